import { schemaHistory } from '@core/storage/schemaHistory'
import { AppShellPage } from './pages/AppShellPage'
import { expect, test } from './fixtures'

test('opens in Vietnamese with no console errors and no outbound requests', async ({ appPage, problems }) => {
  const shell = new AppShellPage(appPage)

  await expect(shell.heading).toHaveText('Bạn muốn làm gì?')
  await expect(appPage.locator('html')).toHaveAttribute('lang', 'vi')
  await appPage.screenshot({ path: 'test-results/screenshots/home-vi.png', fullPage: true })
  expect(problems).toEqual([])
})

test('reaches each mode and shows what can be done there', async ({ appPage, problems }) => {
  const shell = new AppShellPage(appPage)
  const modes: ReadonlyArray<readonly [string, string, string]> = [
    ['Đơn vị', 'Đơn vị', 'Chưa có phiếu khai nào'],
    ['Đánh giá', 'Đánh giá', 'Chưa có kỳ đánh giá nào'],
    ['Lãnh đạo', 'Lãnh đạo', 'Chưa có kết quả để so sánh'],
    ['Cài đặt', 'Cài đặt', 'Ngôn ngữ'],
  ]

  for (const [link, title, section] of modes) {
    await shell.openMode(link)
    await expect(shell.heading).toHaveText(title)
    await expect(appPage.getByRole('heading', { level: 2, name: section })).toBeVisible()
    await expect(shell.navigation.getByRole('link', { name: link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  }
  await appPage.screenshot({ path: 'test-results/screenshots/settings-vi.png', fullPage: true })
  expect(problems).toEqual([])
})

test('switches to English and keeps the choice after a reload', async ({ appPage, problems }) => {
  const shell = new AppShellPage(appPage)

  await shell.chooseLanguage('English')
  await expect(shell.heading).toHaveText('What would you like to do?')
  await expect(appPage.locator('html')).toHaveAttribute('lang', 'en')
  await shell.openMode('Evaluation')
  await appPage.reload()

  await expect(shell.heading).toHaveText('Evaluation')
  await expect(appPage.getByRole('heading', { level: 2, name: 'No assessment yet' })).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-en.png', fullPage: true })
  await shell.chooseLanguage('Tiếng Việt')
  await expect(shell.heading).toHaveText('Đánh giá')
  expect(problems).toEqual([])
})

test('opens the IndexedDB store and reports it in settings', async ({ appPage }) => {
  const shell = new AppShellPage(appPage)

  await shell.openMode('Cài đặt')

  await expect(
    appPage.getByText('Trong bộ nhớ của trình duyệt cho địa chỉ này', { exact: false }),
  ).toBeVisible()
  const tables = await appPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onsuccess = () => {
          resolve([...request.result.objectStoreNames].sort())
          request.result.close()
        }
        request.onerror = () => reject(request.error)
      }),
  )
  expect(tables).toEqual(Object.keys(schemaHistory.at(-1)?.stores ?? {}).sort())
})

test('a crashing screen shows a plain message while the navigation keeps working', async ({ appPage }) => {
  const shell = new AppShellPage(appPage)
  await appPage.evaluate(() => window.localStorage.setItem('ictwb.diagnostics', 'crash'))

  await appPage.goto('/#/crash')
  await appPage.reload()
  await expect(appPage.getByRole('alert')).toContainText('Màn hình này gặp sự cố')
  await expect(appPage.getByRole('alert')).toContainText('Mọi dữ liệu đã lưu vẫn an toàn')
  await appPage.screenshot({ path: 'test-results/screenshots/crash-vi.png', fullPage: true })
  await shell.openMode('Cài đặt')

  await expect(shell.heading).toHaveText('Cài đặt')
  await appPage.evaluate(() => window.localStorage.removeItem('ictwb.diagnostics'))
})

test('the skip link moves the focus to the page without leaving it', async ({ appPage }) => {
  const shell = new AppShellPage(appPage)
  await shell.openMode('Đánh giá')
  // The change of screen moves the focus to the new heading once it shows; wait for that first,
  // or a slow machine lets it land after the skip link has done its work.
  await expect(shell.heading).toHaveText('Đánh giá')
  await expect(shell.heading).toBeFocused()

  await appPage.getByRole('link', { name: 'Chuyển đến nội dung' }).focus()
  await appPage.keyboard.press('Enter')

  await expect(shell.heading).toHaveText('Đánh giá')
  await expect(appPage.locator('#main')).toBeFocused()
})
