import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { FrameworkLibraryPage } from './pages/FrameworkLibraryPage'
import { expect, test } from './fixtures'

test('lists the three built-in frameworks and shows a tree with weights and a points tree with maxima', async ({
  appPage,
  problems,
}) => {
  const library = new FrameworkLibraryPage(appPage)
  await library.goto()

  await expect(library.list.getByRole('row')).toHaveCount(4)
  await appPage.screenshot({ path: 'test-results/screenshots/frameworks-list-vi.png', fullPage: true })
  await library.open('dept-ict-readiness', '2026.1')
  await expect(appPage.getByRole('heading', { level: 2 })).toContainText('dept-ict-readiness')
  await expect(appPage.getByText(/trọng số 1 \(33,3% của cấp này\)/).first()).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/frameworks-tree-vi.png' })
  await library.showTab('Câu hỏi')
  await expect(appPage.getByRole('heading', { level: 3 }).first()).toBeVisible()
  await appPage.getByRole('button', { name: /Quay lại danh sách/ }).click()
  await library.open('dti-points', '2026.1')

  await expect(appPage.getByText('1.000 điểm').first()).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/frameworks-dti-vi.png' })
  expect(problems).toEqual([])
})

test('imports a COINr iMeta table, lists it and keeps it after a reload', async ({ appPage }) => {
  const library = new FrameworkLibraryPage(appPage)
  await library.goto()

  await library.importFile({
    name: 'ASEM_iMeta.csv',
    mimeType: 'text/csv',
    buffer: readFileSync(resolve(__dirname, '../../examples/coinr-asem/ASEM_iMeta.csv')),
  })

  await expect(appPage.getByText(/Đã nhập “ASEM_iMeta” \(asem-imeta 1\)/)).toBeVisible()
  await appPage.reload()
  await expect(library.list.getByRole('row')).toHaveCount(5)
  await library.open('asem-imeta', '1')
  await expect(appPage.getByText(/49 chỉ tiêu, 11 chỉ số thành phần/)).toBeVisible()
})

test('refuses a broken framework with a readable report and imports nothing', async ({ appPage }) => {
  const library = new FrameworkLibraryPage(appPage)
  await library.goto()
  const broken = {
    formatVersion: 1,
    id: 'hong',
    version: '1',
    year: 2026,
    unitGroup: 'so',
    name: { vi: 'Hỏng' },
    origin: { vi: 'x' },
    family: 'relative',
    sections: [],
    questions: [],
    indicators: [],
    components: [],
  }

  await library.importFile({
    name: 'hong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  })

  const report = appPage.getByRole('alert')
  await expect(report).toContainText('Không dùng được “hong.json” làm bộ chỉ số. Chưa có gì được nhập.')
  await expect(report).toContainText('cây chỉ số không có gốc')
  await appPage.screenshot({
    path: 'test-results/screenshots/frameworks-import-error-vi.png',
    fullPage: true,
  })
  await expect(library.list.getByRole('row')).toHaveCount(4)
})
