// Excel exchange end to end: a unit exports its questionnaire from unit mode and the evaluator
// imports that very file; an import interrupted by closing the page resumes from its journal
// without importing anything twice.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { generateSample } from '@core/sample/generateSample'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'
import { FrameworkLibraryPage } from './pages/FrameworkLibraryPage'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

let folder = ''
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ictwb-exchange-e2e-'))
})
test.afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
})

const importPanel = (page: Page) => page.getByRole('region', { name: 'Nhập phiếu Excel của các đơn vị' })

async function chooseFiles(page: Page, buttonName: string, paths: readonly string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await importPanel(page).getByRole('button', { name: buttonName }).click()
  await (await chooser).setFiles([...paths])
}

test('a questionnaire exported in unit mode imports in evaluator mode with its answers and notes', async ({
  appPage,
  problems,
}) => {
  const home = new QuestionnaireUnitHomePage(appPage)
  const questionnaire = new QuestionnairePage(appPage)
  const framework = unitTestFramework()
  await home.open()
  await home.createProfile({ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' })
  await home.importFramework('khung.json', framework)
  await home.startQuestionnaire('Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT', 2025)
  await questionnaire.typeAnswer('MayTinh', '80')
  await questionnaire.addComment('MayTinh', '=SUM(A1) gồm 5 máy chủ')
  await questionnaire.openSection('Hạ tầng nhân lực')
  await questionnaire.typeAnswer('SoCBCC', '1.234')
  await questionnaire.waitUntilSaved()

  const download = appPage.waitForEvent('download')
  await questionnaire.submissionPanel.getByRole('button', { name: 'Xuất tệp Excel…' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('e2e-so-ban-nganh-2025-STC.xlsx')
  const path = join(folder, file.suggestedFilename())
  await file.saveAs(path)

  await appPage.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  await importPanel(appPage)
    .getByRole('combobox', { name: 'Bộ chỉ số' })
    .selectOption({ value: `${framework.id}@${framework.version}` })
  await chooseFiles(appPage, 'Chọn tệp…', [path])

  const row = importPanel(appPage).getByRole('region', { name: 'Kết quả từng tệp' }).locator('tbody tr')
  await expect(row).toHaveAttribute('data-outcome', 'imported', { timeout: 60_000 })
  await expect(row).toContainText('STC · Sở Tài chính')
  const received = await appPage.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result
            .transaction('receivedSubmissions')
            .objectStore('receivedSubmissions')
            .getAll()
          read.onsuccess = () => resolve(read.result)
        }
      }),
  )
  expect(received).toMatchObject([
    {
      unitCode: 'STC',
      status: 'current',
      content: { answers: { MayTinh: 80, SoCBCC: 1234 }, comments: { MayTinh: '=SUM(A1) gồm 5 máy chủ' } },
      source: { isUnchangedSinceExport: true },
    },
  ])
  expect(problems).toEqual([])
})

test('evidence attached in unit mode travels in the exported .zip and the evaluator saves the very file from the unit review', async ({
  appPage,
  browser,
  problems,
}) => {
  // Two browser profiles, a framework import, an assessment and a zip import with its own 60 s
  // allowance: the default 30 s ran out once on a loaded CI machine (7.7 s when idle).
  test.setTimeout(120_000)
  const home = new QuestionnaireUnitHomePage(appPage)
  const questionnaire = new QuestionnairePage(appPage)
  const framework = unitTestFramework()
  const FRAMEWORK_NAME = 'Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT'
  const evidence = Buffer.from('%PDF-1.4\nQuyết định số 12/QĐ-STC về kế hoạch ứng dụng CNTT\n%%EOF', 'utf8')
  await home.open()
  await home.createProfile({ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' })
  await home.importFramework('khung.json', framework)
  await home.startQuestionnaire(FRAMEWORK_NAME, 2025)
  await questionnaire.typeAnswer('MayTinh', '80')
  await questionnaire.openSection('Ứng dụng CNTT')
  await questionnaire.attachEvidence('KiemChung', [
    { name: 'QD-12.pdf', mimeType: 'application/pdf', buffer: evidence },
  ])
  await expect(questionnaire.question('KiemChung')).toContainText('QD-12.pdf')
  await questionnaire.waitUntilSaved()
  const download = appPage.waitForEvent('download')
  await questionnaire.submissionPanel.getByRole('button', { name: 'Xuất tệp Excel…' }).click()
  const exported = await download
  expect(exported.suggestedFilename()).toBe('e2e-so-ban-nganh-2025-STC.zip')
  const path = join(folder, exported.suggestedFilename())
  await exported.saveAs(path)

  // The evaluator works on another machine: a fresh browser profile with the same framework.
  const evaluatorContext = await browser.newContext()
  const page = await evaluatorContext.newPage()
  page.on('pageerror', (error) => problems.push(`evaluator pageerror: ${error.message}`))
  await page.goto('/')
  const library = new FrameworkLibraryPage(page)
  await library.goto()
  await library.importFile({
    name: 'khung.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(framework), 'utf8'),
  })
  await expect(page.getByText(/Đã nhập “Bộ chỉ số thử nghiệm/)).toBeVisible()
  const evaluator = new EvaluatorPage(page)
  await evaluator.open()
  await evaluator.createAssessment({
    year: 2025,
    frameworkName: FRAMEWORK_NAME,
    unitsText: 'STC\tSở Tài chính\tSở, ban, ngành',
  })
  await chooseFiles(page, 'Chọn tệp…', [path])
  await expect(
    importPanel(page).getByRole('region', { name: 'Kết quả từng tệp' }).locator('tbody tr'),
  ).toHaveAttribute('data-outcome', 'imported', { timeout: 60_000 })
  await expect(evaluator.statusBoard.locator('tbody tr')).toContainText('Sở Tài chính')
  await evaluator.openUnit('Sở Tài chính')

  const panel = page.getByRole('region', { name: 'Minh chứng (1 tệp)' })
  await expect(panel).toContainText('KiemChung')
  await expect(panel).toContainText('QD-12.pdf')
  await panel.screenshot({ path: 'test-results/screenshots/evaluator-unit-evidence-vi.png' })
  const saved = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Lưu tệp minh chứng QD-12.pdf' }).click()
  const file = await saved
  expect(file.suggestedFilename()).toBe('QD-12.pdf')
  expect(readFileSync(await file.path())).toEqual(evidence)
  await expect(panel.getByRole('status')).toContainText('Đã lưu “QD-12.pdf”')
  // The notice follows a language switch (kept as how to say it, not as the text said once).
  await new AppShellPage(page).chooseLanguage('English')
  await expect(page.getByRole('region', { name: 'Evidence (1 file)' }).getByRole('status')).toContainText(
    'Saved “QD-12.pdf” to',
  )
  await evaluatorContext.close()
  expect(problems).toEqual([])
})

test('an import interrupted by closing the page resumes from its journal and stores nothing twice', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(300_000)
  const loaded = loadBuiltInFramework('dti-points')
  if (!loaded.ok) throw new Error('dti-points does not load')
  const framework = loaded.value
  const sample = generateSample({
    framework,
    year: framework.year,
    seed: 9,
    extraUnits: 60,
    anomalies: false,
  })
  if (!sample.ok) throw new Error('sample')
  const paths: string[] = []
  for (const [index, submission] of sample.value.submissions.slice(0, 60).entries()) {
    const written = await writeQuestionnaireWorkbook(framework, {
      unit: { code: submission.unit.code, name: submission.unit.name },
      appVersion: 'e2e',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers: submission.answers, comments: {} },
    })
    if (!written.ok) throw new Error('workbook')
    paths.push(join(folder, `${String(index).padStart(2, '0')}-${submission.unit.code}.xlsx`))
    writeFileSync(paths.at(-1) ?? '', written.value)
  }
  await appPage.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  await importPanel(appPage)
    .getByRole('combobox', { name: 'Bộ chỉ số' })
    .selectOption({ value: `${framework.id}@${framework.version}` })
  await chooseFiles(appPage, 'Chọn tệp…', paths)
  const progress = importPanel(appPage).getByRole('progressbar', { name: 'Tiến độ nhập' })
  await expect
    .poll(async () => Number((await progress.getAttribute('value')) ?? 0), { timeout: 120_000 })
    .toBeGreaterThanOrEqual(10)

  await appPage.reload()
  await appPage.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  const notice = importPanel(appPage).getByRole('alert').filter({ hasText: 'Lần nhập trước bị gián đoạn' })
  await expect(notice).toContainText(/đã lưu \d+\/60 tệp/)
  const stored = Number(/đã lưu (\d+)\/60/.exec((await notice.textContent()) ?? '')?.[1] ?? 0)
  expect(stored).toBeGreaterThanOrEqual(10)
  expect(stored).toBeLessThan(60)
  await importPanel(appPage).scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/import-interrupted.png' })
  await chooseFiles(appPage, 'Tiếp tục lần nhập này…', paths)

  await expect(importPanel(appPage).getByTestId('import-progress')).toHaveAttribute(
    'data-phase',
    'finished',
    { timeout: 120_000 },
  )
  await expect(importPanel(appPage).getByTestId('import-progress-text')).toContainText(
    '60/60 tệp · 60 đã nhập · 0 đã có',
  )
  const outcomes = importPanel(appPage).getByRole('region', { name: 'Kết quả từng tệp' })
  await expect(
    outcomes.locator('tbody tr').filter({ hasText: 'đã lưu ở lần nhập bị gián đoạn' }),
  ).toHaveCount(stored)
  await expect(notice).toBeHidden()
  expect(problems).toEqual([])
})
