// Excel exchange, done-when: 300 generated questionnaire workbooks import through the UI with a
// visible progress bar; importing them again reports 300 already imported; one altered file is one
// conflict, shown side by side, and a hostile file is rejected with its reason.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import type { Locator, Page } from '@playwright/test'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { generateSample } from '@core/sample/generateSample'
import { expect, test } from './fixtures'

const FILES = Number(process.env['ICTWB_E2E_IMPORT_FILES'] ?? 300)
const loaded = loadBuiltInFramework('dept-ict-readiness')
if (!loaded.ok) throw new Error('the built-in department framework does not load')
const framework = loaded.value
let folder = ''
let batchPaths: string[] = []
let alteredPath = ''
let hostilePath = ''
let alteredUnit = ''

/** The bulk import panel on the evaluator page. */
class BulkImportPanel {
  readonly root: Locator
  readonly progress: Locator
  readonly progressBlock: Locator
  readonly progressText: Locator
  readonly outcomes: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Nhập phiếu Excel của các đơn vị' })
    this.progress = this.root.getByRole('progressbar', { name: 'Tiến độ nhập' })
    this.progressBlock = this.root.getByTestId('import-progress')
    this.progressText = this.root.getByTestId('import-progress-text')
    this.outcomes = this.root.getByRole('region', { name: 'Kết quả từng tệp' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
    await expect(this.root).toBeVisible()
    await this.root
      .getByRole('combobox', { name: 'Bộ chỉ số' })
      .selectOption({ value: `${framework.id}@${framework.version}` })
  }

  /** Chooses files and waits until their import started (the run number moved on). */
  async chooseFiles(paths: readonly string[]): Promise<void> {
    const before = Number(
      (await this.progressBlock.count()) === 0 ? 0 : await this.progressBlock.getAttribute('data-run'),
    )
    const chooser = this.page.waitForEvent('filechooser')
    await this.root.getByRole('button', { name: 'Chọn tệp…' }).click()
    await (await chooser).setFiles([...paths])
    await expect(this.progressBlock).toHaveAttribute('data-run', String(before + 1), { timeout: 60_000 })
  }

  async waitUntilDone(total: number): Promise<void> {
    await expect(this.progressBlock).toHaveAttribute('data-phase', 'finished', { timeout: 280_000 })
    await expect(this.progressText).toContainText(`${total}/${total} tệp`)
  }
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const sample = generateSample({
    framework,
    year: framework.year,
    seed: 7,
    extraUnits: FILES,
    anomalies: false,
  })
  if (!sample.ok) throw new Error('sample not generated')
  folder = mkdtempSync(join(tmpdir(), 'ictwb-import-e2e-'))
  mkdirSync(join(folder, 'batch'))
  const submissions = sample.value.submissions.slice(0, FILES)
  for (const [index, submission] of submissions.entries()) {
    const written = await writeQuestionnaireWorkbook(framework, {
      unit: { code: submission.unit.code, name: submission.unit.name },
      appVersion: 'e2e',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers: submission.answers, comments: index === 0 ? { SoCBCC: 'Số liệu đến 31/12' } : {} },
    })
    if (!written.ok) throw new Error(`workbook ${submission.unit.code}: ${JSON.stringify(written.error)}`)
    const path = join(folder, 'batch', `${String(index + 1).padStart(3, '0')}-${submission.unit.code}.xlsx`)
    writeFileSync(path, written.value)
    batchPaths.push(path)
  }
  const first = submissions[0]
  if (first === undefined) throw new Error('no submission')
  alteredUnit = first.unit.code
  const altered = await writeQuestionnaireWorkbook(framework, {
    unit: { code: first.unit.code, name: first.unit.name },
    appVersion: 'e2e',
    exportedAt: '2026-03-05T08:00:00.000Z',
    content: {
      answers: { ...first.answers, SoCBCC: Number(first.answers['SoCBCC'] ?? 0) + 7 },
      comments: { SoCBCC: 'Đã cập nhật sau khi rà soát' },
    },
  })
  if (!altered.ok) throw new Error('altered workbook')
  alteredPath = join(folder, `${first.unit.code}-sua-doi.xlsx`)
  writeFileSync(alteredPath, altered.value)
  const parts = unzipSync(altered.value)
  parts['xl/vbaProject.bin'] = strToU8('macro')
  hostilePath = join(folder, 'co-macro.xlsx')
  writeFileSync(hostilePath, zipSync(parts))
})

test.afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
  batchPaths = []
})

test('300 workbooks import through the UI; again they are 300 already imported; an altered one is a conflict, a macro file is rejected', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(600_000)
  const panel = new BulkImportPanel(appPage)
  await panel.open()

  const started = Date.now()
  await panel.chooseFiles(batchPaths)
  await expect(panel.progress).toBeVisible()
  await expect(panel.progressText).toContainText(/còn khoảng/, { timeout: 120_000 })
  await expect
    .poll(async () => Number((await panel.progress.getAttribute('value')) ?? 0), { timeout: 120_000 })
    .toBeGreaterThanOrEqual(Math.min(60, FILES))
  await panel.root.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/import-progress.png' })
  await panel.waitUntilDone(FILES)
  const firstImportMs = Date.now() - started
  await expect(panel.progressText).toContainText(`${FILES} đã nhập · 0 đã có · 0 xung đột · 0 bị từ chối`)
  await expect(panel.outcomes.locator('tbody tr[data-outcome="imported"]')).toHaveCount(FILES)

  const againStarted = Date.now()
  await panel.chooseFiles(batchPaths)
  await panel.waitUntilDone(FILES)
  const secondImportMs = Date.now() - againStarted
  await expect(panel.progressText).toContainText(`0 đã nhập · ${FILES} đã có · 0 xung đột · 0 bị từ chối`)
  await expect(panel.outcomes.locator('tbody tr[data-outcome="duplicate"]')).toHaveCount(FILES)

  await panel.chooseFiles([alteredPath, hostilePath, batchPaths[1] ?? ''])
  await panel.waitUntilDone(3)
  await expect(panel.progressText).toContainText('0 đã nhập · 1 đã có · 1 xung đột · 1 bị từ chối')
  const rejected = panel.outcomes.locator('tbody tr[data-outcome="rejected"]')
  await expect(rejected).toContainText('co-macro.xlsx')
  await expect(rejected).toContainText('macro')
  await expect(panel.outcomes.locator('tbody tr[data-outcome="conflict"]')).toContainText(alteredUnit)
  const conflicts = panel.root.getByRole('region', { name: /Xung đột cần quyết định/ })
  await expect(conflicts).toContainText(alteredUnit)
  await conflicts.getByRole('button', { name: `So sánh ${alteredUnit}` }).click()
  const compare = conflicts.getByRole('table')
  await expect(compare.getByRole('row', { name: /SoCBCC/ }).first()).toBeVisible()
  await expect(compare).toContainText('Đã cập nhật sau khi rà soát')
  await expect(compare).toContainText('Số liệu đến 31/12')
  await panel.root.scrollIntoViewIfNeeded()
  await appPage.screenshot({
    path: 'test-results/screenshots/import-conflict-and-rejection.png',
    fullPage: true,
  })
  await conflicts.getByRole('button', { name: 'Dùng bản mới' }).click()
  await expect(panel.root.getByRole('status').filter({ hasText: 'Đã dùng bản mới' })).toBeVisible()
  await expect(conflicts).toBeHidden()

  console.log(
    `bulk import of ${FILES} workbooks through the UI: ${(firstImportMs / 1000).toFixed(1)} s (${Math.round(firstImportMs / FILES)} ms per file); again as duplicates: ${(secondImportMs / 1000).toFixed(1)} s`,
  )
  test
    .info()
    .annotations.push(
      { type: 'import-300-ms', description: String(firstImportMs) },
      { type: 'reimport-300-ms', description: String(secondImportMs) },
    )
  expect(problems).toEqual([])
})
