import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { readFeedbackPackage } from '@core/formats/feedback/readFeedbackPackage'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { writeResponsePackage } from '@core/formats/response/writeResponsePackage'
import { generateSample } from '@core/sample/generateSample'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'

const loaded = loadBuiltInFramework('dept-ict-readiness')
if (!loaded.ok) throw new Error('the built-in department framework does not load')
const framework = loaded.value
const YEAR = framework.year
const sample = generateSample({ framework, year: YEAR, seed: 16, extraUnits: 0 })
if (!sample.ok) throw new Error('sample')
const units = sample.value.submissions.slice(0, 4).map(({ unit, answers }) => ({
  unit: { code: unit.code, name: unit.name, group: unit.groupName },
  answers,
}))
const defined = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('the sample has too few units')
  return value
}
// Units 0–2 submitted in unit mode; unit 3 sends its questionnaire as a workbook; unit 0 is sent round 1.
const responding = defined(units[0])
const late = defined(units[3])
const question = defined(
  framework.questions.find(
    (candidate) => candidate.type === 'integer' && typeof responding.answers[candidate.code] === 'number',
  ),
).code
const SHOTS = 'test-results/screenshots/round-bulk-import'

test.use({ viewport: { width: 1366, height: 768 } })

let folder = ''
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ictwb-round-bulk-e2e-'))
  mkdirSync(SHOTS, { recursive: true })
})
test.afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The deadline two weeks from today, typed as digits (the field adds the slashes). */
function deadlineDigits(): string {
  const day = new Date(Date.now() + 14 * 24 * 3600 * 1000)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(day.getDate())}${pad(day.getMonth() + 1)}${day.getFullYear()}`
}

/** Chooses files in the bulk import panel of the status board and waits for run `run` to finish. */
async function importThroughPanel(page: Page, paths: readonly string[]): Promise<void> {
  const panel = page.getByRole('region', { name: 'Nhập phiếu Excel của các đơn vị' })
  const chooser = page.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Chọn tệp…' }).click()
  await (await chooser).setFiles([...paths])
  await expect(panel.getByText(new RegExp(`^Xong ${paths.length} tệp trong`))).toBeVisible({
    timeout: 60_000,
  })
}

test('a mixed batch through the bulk import panel: a questionnaire, a response, its duplicate and a damaged response; the board shows the round; the same batch again changes nothing', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(150_000)
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.open()
  await evaluator.createAssessment({
    year: YEAR,
    unitsText: units.map(({ unit }) => [unit.code, unit.name, unit.group].join('\t')).join('\n'),
  })
  await expect(evaluator.statusFilter('Chưa nhận')).toContainText('4')
  await evaluator.seedSubmittedAnswers(
    framework,
    YEAR,
    units.slice(0, 3).map(({ unit, answers }) => ({ unitCode: unit.code, answers })),
  )
  await evaluator.refreshSubmissions()
  await expect(appPage.getByText('Đã nhận phiếu khai của 3/4 đơn vị.')).toBeVisible()
  // No round yet: no round column.
  await expect(evaluator.statusBoard.getByRole('columnheader', { name: 'Vòng giải trình' })).toHaveCount(0)

  // One appraised value makes unit 0 the one unit with a disputed item; round 1 goes to it.
  await evaluator.openUnit(responding.unit.name)
  await evaluator.showAllQuestions()
  await evaluator.appraise(question, String(Number(responding.answers[question]) + 7), 'Biên bản kiểm kê')
  await appPage.getByRole('link', { name: 'Về bảng tình trạng' }).click()
  const round = appPage.locator('details.feedback-round')
  await round.locator('summary').click()
  await appPage.getByLabel('Hạn phản hồi').pressSequentially(deadlineDigits())
  const download = appPage.waitForEvent('download', { timeout: 60_000 })
  await appPage.getByRole('button', { name: 'Gửi kết quả sơ bộ (vòng 1)' }).click()
  const packages = unzipSync(new Uint8Array(readFileSync(await (await download).path())))
  const feedback = await readFeedbackPackage(
    defined(packages[`${responding.unit.code}-vong1.zip`] ?? packages[`${responding.unit.code}-vong1.xlsx`]),
  )
  if (!feedback.ok) throw new Error(JSON.stringify(feedback.error))

  // The unit's response, written in Node with the app's writer: it explains the item with a PDF.
  const { manifest, content } = feedback.value
  const response = await writeResponsePackage(
    {
      assessmentId: manifest.assessmentId,
      frameworkId: manifest.frameworkId,
      frameworkVersion: manifest.frameworkVersion,
      year: manifest.year,
      unitCode: manifest.unitCode,
      unitName: manifest.unitName,
      round: manifest.round,
      deadline: manifest.deadline,
      writtenAt: new Date().toISOString(),
      appVersion: 'e2e',
    },
    {
      frameworkName: content.frameworkName,
      feedbackHash: manifest.contentHash,
      items: content.items.map((item) => ({
        ...item,
        decision: 'explain' as const,
        explanation: 'Số liệu đúng theo quyết định kèm theo',
      })),
    },
    [{ question, fileName: 'QD 12.pdf', bytes: new TextEncoder().encode('%PDF-1.4 quyết định') }],
  )
  if (!response.ok) throw new Error(JSON.stringify(response.error))
  expect(response.value.extension).toBe('zip')
  const withoutEvidence = Object.fromEntries(
    Object.entries(unzipSync(response.value.bytes)).filter(([name]) => !name.startsWith('evidence/')),
  )
  const questionnaire = await writeQuestionnaireWorkbook(framework, {
    unit: { code: late.unit.code, name: late.unit.name },
    year: YEAR,
    appVersion: 'e2e',
    exportedAt: '2026-03-01T08:00:00.000Z',
    content: { answers: late.answers, comments: {} },
  })
  if (!questionnaire.ok) throw new Error(JSON.stringify(questionnaire.error))
  const files = {
    questionnaire: `${late.unit.code}.xlsx`,
    response: `${responding.unit.code}-giai-trinh-vong1.zip`,
    duplicate: `${responding.unit.code}-phan-hoi-ban-sao.zip`,
    damaged: `${responding.unit.code}-giai-trinh-hong.zip`,
  }
  writeFileSync(join(folder, files.questionnaire), questionnaire.value)
  writeFileSync(join(folder, files.response), response.value.bytes)
  writeFileSync(join(folder, files.duplicate), response.value.bytes)
  writeFileSync(join(folder, files.damaged), zipSync(withoutEvidence))
  const paths = Object.values(files).map((name) => join(folder, name))

  // The batch, mixed: through the status board's bulk import panel.
  await appPage.locator('details.import-host > summary').click()
  await expect(appPage.locator('details.import-host')).toContainText(
    'Tệp phản hồi giải trình của đơn vị (vòng giải trình) cũng được nhận ở đây',
  )
  await importThroughPanel(appPage, paths)
  const outcomes = appPage.getByRole('region', { name: 'Kết quả từng tệp' })
  const row = (fileName: string) =>
    outcomes.locator('tbody tr').filter({ has: appPage.locator('td.file-name', { hasText: fileName }) })
  await expect(row(files.questionnaire)).toHaveAttribute('data-outcome', 'imported')
  await expect(row(files.response)).toHaveAttribute('data-outcome', 'imported')
  await expect(row(files.response)).toContainText(`${responding.unit.code} · ${responding.unit.name}`)
  await expect(row(files.response)).toContainText('Phản hồi giải trình vòng 1')
  await expect(row(files.duplicate)).toHaveAttribute('data-outcome', 'duplicate')
  await expect(row(files.duplicate)).toContainText('Đã nhập trước đó')
  await expect(row(files.damaged)).toHaveAttribute('data-outcome', 'rejected')
  await expect(row(files.damaged)).toContainText(
    `Nội dung ${question}: thiếu tệp kiểm chứng “QD 12.pdf” được liệt kê trong tệp.`,
  )
  await outcomes.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/outcomes-vi.png` })

  // The status board: the round column and its filters.
  await expect(appPage.getByText('Đã nhận phiếu khai của 4/4 đơn vị.')).toBeVisible()
  const board = evaluator.statusBoard
  await expect(board.getByRole('columnheader', { name: 'Vòng giải trình' })).toBeVisible()
  const boardRow = (code: string) => board.locator('tbody tr').filter({ hasText: code })
  await expect(boardRow(responding.unit.code).locator('td.round-state')).toHaveText('Đã phản hồivòng 1')
  await expect(boardRow(late.unit.code).locator('td.round-state')).toHaveText('Chưa gửi')
  const roundFilters = appPage.getByRole('group', { name: 'Lọc theo vòng giải trình' })
  await expect(roundFilters.getByRole('button', { name: 'Đã phản hồi 1' })).toBeVisible()
  await expect(roundFilters.getByRole('button', { name: 'Chưa gửi 3' })).toBeVisible()
  // The status filters are still found by their own name beside the round's.
  await expect(evaluator.statusFilter('Đã nhận')).toContainText('3')
  await roundFilters.getByRole('button', { name: 'Đã phản hồi 1' }).click()
  await expect(board.locator('tbody tr')).toHaveCount(1)
  await roundFilters.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/board-round-vi.png` })
  await roundFilters.getByRole('button', { name: 'Tất cả' }).click()
  await expect(board.locator('tbody tr')).toHaveCount(4)

  // The same batch again: nothing new.
  await importThroughPanel(appPage, paths)
  await expect(row(files.questionnaire)).toHaveAttribute('data-outcome', 'duplicate')
  await expect(row(files.response)).toHaveAttribute('data-outcome', 'duplicate')
  await expect(row(files.response)).toContainText('Phản hồi giải trình vòng 1')
  await expect(row(files.duplicate)).toHaveAttribute('data-outcome', 'duplicate')
  await expect(row(files.damaged)).toHaveAttribute('data-outcome', 'rejected')
  await expect(boardRow(responding.unit.code).locator('td.round-state')).toHaveText('Đã phản hồivòng 1')

  // English: the board's round column and filters.
  await new AppShellPage(appPage).chooseLanguage('English')
  const englishFilters = appPage.getByRole('group', { name: 'Filter by appraisal round' })
  await expect(englishFilters.getByRole('button', { name: 'Responded 1' })).toBeVisible()
  await englishFilters.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/board-round-en.png` })
  const englishOutcomes = appPage.getByRole('region', { name: 'Outcome per file' })
  await expect(englishOutcomes.locator('tbody tr').filter({ hasText: files.response })).toContainText(
    'Round 1 response',
  )
  await englishOutcomes.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/outcomes-en.png` })

  await new AppShellPage(appPage).chooseLanguage('Tiếng Việt')

  // Logged once, with the operator.
  await evaluator.openTab('Nhật ký')
  const logged = appPage.locator('.audit-list li').filter({ hasText: 'Nhập phản hồi vòng 1' })
  await expect(logged).toHaveCount(1)
  await expect(logged).toContainText('Kiểm thử tự động')
  expect(problems).toEqual([])
})
