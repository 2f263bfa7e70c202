// Issue #15 item 3 in the app: a workbook whose parse never ends is refused as parse-timeout (its
// Web Worker terminated and replaced) while the batch goes on; a page that crashed while a file was
// being parsed resumes its batch reporting that file as parse-interrupted, without parsing it
// again, while a page merely reloaded (an orderly exit) parses it again.
// The parse diagnostics (local storage `ictwb.diagnostics.parse`) make one named file spin in its
// worker, as a pathological workbook would, and shorten the time limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { generateSample } from '@core/sample/generateSample'
import { expect, test } from './fixtures'

const loaded = loadBuiltInFramework('vn-ict-index-province')
if (!loaded.ok) throw new Error('the built-in province framework does not load')
const framework = loaded.value
const HANGING = '2-treo.xlsx'
let folder = ''
let paths: string[] = []

test.beforeAll(async () => {
  const sample = generateSample({ framework, year: framework.year, seed: 11, anomalies: false })
  if (!sample.ok) throw new Error('sample not generated')
  folder = mkdtempSync(join(tmpdir(), 'ictwb-bounded-e2e-'))
  const names = ['1-dau.xlsx', HANGING, '3-giua.xlsx', '4-cuoi.xlsx']
  paths = []
  for (const [index, submission] of sample.value.submissions.slice(0, names.length).entries()) {
    const written = await writeQuestionnaireWorkbook(framework, {
      unit: { code: submission.unit.code, name: submission.unit.name },
      appVersion: 'e2e',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers: submission.answers, comments: {} },
    })
    if (!written.ok) throw new Error(`workbook ${submission.unit.code}`)
    const path = join(folder, names[index] ?? '')
    writeFileSync(path, written.value)
    paths.push(path)
  }
})

test.afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
})

const panelOf = (page: Page) => page.getByRole('region', { name: 'Nhập phiếu Excel của các đơn vị' })

async function openPanel(page: Page, diagnostics: { timeoutMs?: number; hangOn?: string }): Promise<void> {
  await page.evaluate(
    (value) => window.localStorage.setItem('ictwb.diagnostics.parse', value),
    JSON.stringify(diagnostics),
  )
  await page.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  const panel = panelOf(page)
  await expect(panel).toBeVisible()
  const select = panel.getByRole('combobox', { name: 'Bộ chỉ số' })
  const value = `${framework.id}@${framework.version}`
  await expect(select.locator(`option[value="${value}"]`)).toHaveCount(1)
  await select.selectOption({ value })
}

async function chooseFiles(page: Page, button: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await panelOf(page).getByRole('button', { name: button }).click()
  await (await chooser).setFiles(paths)
}

/** The parsing marks the page's import journal holds, by file name. */
const parsingMarks = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result.transaction('importBatches').objectStore('importBatches').getAll()
          read.onsuccess = () =>
            resolve(
              (read.result as { parsing?: { fileName: string }[] }[]).flatMap((batch) =>
                (batch.parsing ?? []).map((mark) => mark.fileName),
              ),
            )
        }
      }),
  )

const outcomeOf = (page: Page, fileName: string) =>
  panelOf(page)
    .getByRole('region', { name: 'Kết quả từng tệp' })
    .locator('tbody tr')
    .filter({ hasText: fileName })

test('a workbook whose parse never ends is refused as parse-timeout and the batch goes on', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  await openPanel(appPage, { timeoutMs: 3000, hangOn: HANGING })

  const started = Date.now()
  await chooseFiles(appPage, 'Chọn tệp…')
  const progress = panelOf(appPage).getByTestId('import-progress')
  await expect(progress).toHaveAttribute('data-phase', 'finished', { timeout: 60_000 })

  expect(Date.now() - started).toBeGreaterThanOrEqual(3000)
  await expect(panelOf(appPage).getByTestId('import-progress-text')).toContainText(
    '3 đã nhập · 0 đã có · 0 xung đột · 1 bị từ chối',
  )
  const hanging = outcomeOf(appPage, HANGING)
  await expect(hanging).toHaveAttribute('data-outcome', 'rejected')
  await expect(hanging).toContainText('Đọc tệp quá 3 giây')
  for (const name of ['1-dau.xlsx', '3-giua.xlsx', '4-cuoi.xlsx'])
    await expect(outcomeOf(appPage, name)).toHaveAttribute('data-outcome', 'imported')
  expect(await parsingMarks(appPage)).toEqual([])
  await appPage.screenshot({ path: 'test-results/screenshots/import-parse-timeout.png', fullPage: true })
  expect(problems).toEqual([])
})

test('a page that crashed while a file was being parsed resumes its batch reporting that file as parse-interrupted', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  // The hanging file spins for ten minutes: only the crash stops it, and parsing it again would hang the test.
  await openPanel(appPage, { timeoutMs: 600_000, hangOn: HANGING })
  await chooseFiles(appPage, 'Chọn tệp…')
  await expect(outcomeOf(appPage, '1-dau.xlsx')).toHaveAttribute('data-outcome', 'imported', {
    timeout: 60_000,
  })
  // Every other file's parse has returned (only the hanging one is still marked): a file parsed
  // beside it when the page dies is a suspect too, since nobody can tell which one took the page down.
  await expect.poll(() => parsingMarks(appPage), { timeout: 30_000 }).toEqual([HANGING])

  // The renderer dies as it does when a worker exhausts the heap: no pagehide, no orderly exit.
  const crashed = appPage.waitForEvent('crash')
  const session = await appPage.context().newCDPSession(appPage)
  void session.send('Page.crash').catch(() => undefined)
  await crashed
  const page = await appPage.context().newPage()
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  await page.goto('/')
  await page.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  const notice = panelOf(page).getByRole('alert').filter({ hasText: 'Lần nhập trước bị gián đoạn' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('đã lưu 1/4 tệp')
  await chooseFiles(page, 'Tiếp tục lần nhập này…')
  await expect(panelOf(page).getByTestId('import-progress')).toHaveAttribute('data-phase', 'finished', {
    timeout: 60_000,
  })

  const hanging = outcomeOf(page, HANGING)
  await expect(hanging).toHaveAttribute('data-outcome', 'rejected')
  await expect(hanging).toContainText('Lần nhập trước đã dừng khi đang đọc tệp này')
  for (const name of ['1-dau.xlsx', '3-giua.xlsx', '4-cuoi.xlsx'])
    await expect(outcomeOf(page, name)).toHaveAttribute('data-outcome', 'imported')
  await expect(notice).toBeHidden()
  await page.screenshot({ path: 'test-results/screenshots/import-parse-interrupted.png', fullPage: true })
  await page.evaluate(() => window.localStorage.removeItem('ictwb.diagnostics.parse'))
  expect(problems).toEqual([])
})

test('a page reloaded while a file was being parsed is an orderly exit: the resumed batch parses that file again', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  await openPanel(appPage, { timeoutMs: 3000, hangOn: HANGING })
  await chooseFiles(appPage, 'Chọn tệp…')
  await expect(outcomeOf(appPage, '1-dau.xlsx')).toHaveAttribute('data-outcome', 'imported', {
    timeout: 60_000,
  })
  await expect.poll(() => parsingMarks(appPage), { timeout: 30_000 }).toContain(HANGING)

  await appPage.reload()
  await appPage.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  const notice = panelOf(appPage).getByRole('alert').filter({ hasText: 'Lần nhập trước bị gián đoạn' })
  await expect(notice).toBeVisible()
  await chooseFiles(appPage, 'Tiếp tục lần nhập này…')
  await expect(panelOf(appPage).getByTestId('import-progress')).toHaveAttribute('data-phase', 'finished', {
    timeout: 60_000,
  })

  // Parsed again, it hangs again and meets the time limit; the files beside it import.
  await expect(outcomeOf(appPage, HANGING)).toContainText('Đọc tệp quá 3 giây')
  for (const name of ['1-dau.xlsx', '3-giua.xlsx', '4-cuoi.xlsx'])
    await expect(outcomeOf(appPage, name)).toHaveAttribute('data-outcome', 'imported')
  expect(await parsingMarks(appPage)).toEqual([])
  await appPage.evaluate(() => window.localStorage.removeItem('ictwb.diagnostics.parse'))
  expect(problems).toEqual([])
})
