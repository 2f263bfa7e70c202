import type { Page } from '@playwright/test'
import { threeYearSeries } from '@core/comparison/testing/threeYearSeries'
import { rankingCsv } from '@core/formats/results-report/rankingCsv'
import { expect, test } from './fixtures'
import { ManagerPage } from './pages/ManagerPage'

// Views are Dexie live queries (decision 0008): a write made anywhere in the app, in this window
// or another one of the same origin, shows without a reload; a read that fails shows why.
const generated = threeYearSeries({ extraUnits: 2 })
const [y2024, y2025, y2026] = generated
if (y2024 === undefined || y2025 === undefined || y2026 === undefined) throw new Error('three years expected')

const importPanel = (page: Page) => page.getByRole('region', { name: 'Nhập kết quả các năm trước' })
const comparedYears = (page: Page) => page.getByLabel('So sánh từ năm').locator('option')

test('results imported in one window appear in the comparison of another window, and a removal in the second shows in the first, with no reload', async ({
  appPage,
  problems,
}) => {
  const manager = new ManagerPage(appPage)
  await manager.open()
  // Written straight into IndexedDB (outside Dexie), so both windows load it once, below.
  await manager.seedGeneratedYears([y2025, y2026])
  await appPage.reload()
  await expect(comparedYears(appPage)).toHaveText(['2025', '2026'])

  const other = await appPage.context().newPage()
  other.on('pageerror', (error) => problems.push(`other pageerror: ${error.message}`))
  await other.goto('/#/manager')
  await expect(comparedYears(other)).toHaveText(['2025', '2026'])

  // Import in the first window…
  const panel = importPanel(appPage)
  await panel.getByLabel('Năm của tệp (khi tệp không ghi năm)').fill('2024')
  const chooser = appPage.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Chọn tệp kết quả (Excel hoặc CSV)' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'xep-hang-2024.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rankingCsv(y2024.framework, y2024.results.result), 'utf8'),
  })
  await expect(panel.getByRole('status')).toContainText('Đã nhập kết quả năm 2024')
  // …and it is compared here and in the other window, which was never reloaded.
  await expect(comparedYears(appPage)).toHaveText(['2024', '2025', '2026'])
  await expect(comparedYears(other)).toHaveText(['2024', '2025', '2026'])
  await expect(importPanel(other).getByText(/^Năm 2024: .+ \(30 đơn vị\)$/)).toBeVisible()

  // Removed in the other window: gone from the first one too.
  await importPanel(other).getByRole('button', { name: 'Xoá kết quả năm 2024' }).click()
  await expect(comparedYears(appPage)).toHaveText(['2025', '2026'])
  await expect(panel.getByText(/^Năm 2024: /)).toHaveCount(0)
  await other.close()
  expect(problems).toEqual([])
})

test('a read that IndexedDB refuses shows a translated error instead of loading forever', async ({
  appPage,
  problems,
}) => {
  // Every read of the assessments fails the way Chromium reports a damaged store (an UnknownError
  // from IndexedDB); nothing else is touched. The manager's published results read them first:
  // this is the read that used to leave the page on "Đang đọc kết quả đã công bố…" for good.
  await appPage.addInitScript(() => {
    const failing = 'assessments'
    const refuse = () => {
      throw new DOMException(`Simulated read failure of the ${failing} store`, 'UnknownError')
    }
    for (const [prototype, storeOf] of [
      [IDBObjectStore.prototype, (source: IDBObjectStore) => source.name],
      [IDBIndex.prototype, (source: IDBIndex) => source.objectStore.name],
    ] as const) {
      for (const method of ['getAll', 'openCursor', 'get'] as const) {
        const original = prototype[method] as (...args: unknown[]) => IDBRequest
        Object.defineProperty(prototype, method, {
          configurable: true,
          writable: true,
          value: function (this: IDBObjectStore & IDBIndex, ...args: unknown[]) {
            if ((storeOf as (source: IDBObjectStore & IDBIndex) => string)(this) === failing) refuse()
            return original.apply(this, args)
          },
        })
      }
    }
  })
  await appPage.goto('/#/manager')
  await appPage.reload()

  const alert = appPage.getByRole('alert').filter({ hasText: 'Không đọc được dữ liệu trên máy' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('Kho dữ liệu trên máy báo lỗi khi đọc.')
  await expect(alert.locator('details')).toContainText(
    'UnknownError: Simulated read failure of the assessments store',
  )
  await expect(appPage.getByText('Đang đọc kết quả đã công bố…')).toHaveCount(0)

  // The same failure in English.
  await appPage.getByLabel('Ngôn ngữ / Language').selectOption('en')
  await expect(appPage.getByRole('alert')).toContainText('The data on this computer could not be read')
  expect(problems).toEqual([])
})
