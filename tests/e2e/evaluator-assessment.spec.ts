import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { finalAnswers } from '@core/assessment/appraisal'
import { findReviewFlags } from '@core/assessment/findReviewFlags'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { verifyResultsReportFile } from '@core/formats/results-report/verifyResultsReport'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { roundForPublication } from '@core/scoring/roundForPublication'
import { expect, test } from './fixtures'
import { EvaluatorPage } from './pages/EvaluatorPage'

const loaded = loadBuiltInFramework('dept-ict-readiness')
if (!loaded.ok) throw new Error('the built-in department framework does not load')
const framework = loaded.value
const YEAR = framework.year
const sample = generateSample({ framework, year: YEAR, seed: 7, extraUnits: 32 })
if (!sample.ok) throw new Error('sample')
const LONG_NAME =
  'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp thành phố Đà Nẵng'
const submitted = sample.value.submissions.map(({ unit, answers }) => ({
  unit: { code: unit.code, name: unit.code === 'SYN-0001' ? LONG_NAME : unit.name, group: unit.groupName },
  answers,
}))
const notReceived = [
  {
    code: 'TT-CNTT',
    name: 'Trung tâm Công nghệ thông tin và Truyền thông thuộc Sở Thông tin và Truyền thông thành phố Đà Nẵng',
    group: 'Sở, ban, ngành',
  },
  { code: 'H-HS', name: 'UBND huyện đảo Hoàng Sa', group: 'UBND quận, huyện' },
]
const units = [...submitted.map(({ unit }) => unit), ...notReceived]

// The value to appraise: the largest z-score outlier on a whole-number question, corrected to the median of the others.
const outlier = findReviewFlags(
  framework,
  submitted.map(({ unit, answers }) => ({ code: unit.code, answers })),
)
  .flatMap((flag) =>
    flag.kind === 'outlier-z' &&
    framework.questions.find((question) => question.code === flag.question)?.type === 'integer'
      ? [flag]
      : [],
  )
  .sort((a, b) => Math.abs(b.zScore) - Math.abs(a.zScore))[0]
if (outlier === undefined) throw new Error('the sample has no outlier to appraise')
const others = submitted
  .flatMap(({ unit, answers }) =>
    unit.code !== outlier.unit && typeof answers[outlier.question] === 'number'
      ? [answers[outlier.question] as number]
      : [],
  )
  .sort((a, b) => a - b)
const appraisedValue = Math.round(others[Math.floor(others.length / 2)] ?? 0)
const REASON = 'Đối chiếu biên bản kiểm kê tài sản năm 2026: số liệu khai nhầm đơn vị tính'
const appraisedUnit = units.find((unit) => unit.code === outlier.unit)

const viScore = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(
        roundForPublication(value, 4),
      )

test.use({ viewport: { width: 1366, height: 900 } })

// The units' filled questionnaire workbooks, written with the Excel exchange's writer as units send them.
let folder = ''
const workbookPaths: string[] = []
test.beforeAll(async () => {
  test.setTimeout(180_000)
  folder = mkdtempSync(join(tmpdir(), 'ictwb-evaluator-e2e-'))
  for (const { unit, answers } of submitted) {
    const written = await writeQuestionnaireWorkbook(framework, {
      unit: { code: unit.code, name: unit.name },
      year: YEAR,
      appVersion: 'e2e',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers, comments: {} },
    })
    if (!written.ok) throw new Error(`workbook ${unit.code}: ${JSON.stringify(written.error)}`)
    const path = join(folder, `${unit.code}.xlsx`)
    writeFileSync(path, written.value)
    workbookPaths.push(path)
  }
})
test.afterAll(() => rmSync(folder, { recursive: true, force: true }))

test("an evaluator creates an assessment, imports 60 units' workbooks, appraises a value, ranks, tests sensitivity, publishes and exports the report", async ({
  appPage,
  problems,
}) => {
  test.setTimeout(240_000)
  mkdirSync('test-results/screenshots', { recursive: true })
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.open()
  await expect(appPage.getByRole('heading', { name: 'Chưa có kỳ đánh giá nào' })).toBeVisible()

  await evaluator.createAssessment({
    year: YEAR,
    unitsText: units.map((unit) => [unit.code, unit.name, unit.group].join('\t')).join('\n'),
  })
  await expect(appPage.locator('.assessment-header h2')).toContainText(`năm ${YEAR}`)
  await expect(evaluator.statusFilter('Chưa nhận')).toContainText('62')

  const blankStarted = Date.now()
  const blank = await evaluator.exportBlankWorkbooks()
  const blankFiles = Object.keys(unzipSync(new Uint8Array(readFileSync(await blank.path()))))
  expect(blankFiles).toHaveLength(62)
  expect(blankFiles).toContain(`dept-ict-readiness-${YEAR}-SYN-0001.xlsx`)
  const blankMs = Date.now() - blankStarted

  const importStarted = Date.now()
  await evaluator.importWorkbooks(workbookPaths)
  const importMs = Date.now() - importStarted
  await expect(appPage.getByText('Đã nhận phiếu khai của 60/62 đơn vị.')).toBeVisible()
  await expect(evaluator.statusFilter('Chưa nhận')).toContainText('2')
  const received = (await evaluator.statusCount('Đã nhận')) + (await evaluator.statusCount('Có vấn đề'))
  expect(received).toBe(60)
  expect(await evaluator.statusCount('Có vấn đề')).toBeGreaterThan(0)
  await appPage.locator('.status-filters').first().scrollIntoViewIfNeeded()
  await appPage.evaluate(() => document.querySelector('.status-filters')?.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-status-board.png' })
  await evaluator.statusFilter('Chưa nhận').click()
  await expect(evaluator.statusBoard.locator('tbody tr')).toHaveCount(2)
  await evaluator.statusFilter('Tất cả').click()
  await evaluator.editUnitList((text) =>
    text.replace('UBND huyện đảo Hoàng Sa', 'Ủy ban nhân dân huyện đảo Hoàng Sa'),
  )
  await expect(
    evaluator.statusBoard.getByRole('link', { name: 'Ủy ban nhân dân huyện đảo Hoàng Sa' }),
  ).toBeVisible()

  // Appraise the outlier with a reason; declared, appraised and final side by side.
  await evaluator.openUnit(appraisedUnit?.name ?? '')
  await expect(appPage.getByRole('heading', { name: /Vấn đề cần xem/ })).toBeVisible()
  await expect(appPage.locator('.flag').filter({ hasText: outlier.question }).first()).toContainText(
    'độ lệch chuẩn',
  )
  await evaluator.appraise(outlier.question, String(appraisedValue), REASON)
  const row = evaluator.answerRow(outlier.question)
  await expect(row.locator('td.value').nth(1)).toContainText(`Lý do: ${REASON}`)
  await expect(row.locator('td.final')).toHaveText(new Intl.NumberFormat('vi-VN').format(appraisedValue))
  await row.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-appraisal.png' })
  await appPage.getByRole('button', { name: 'Duyệt đơn vị này' }).click()
  await expect(appPage.locator('.unit-review-bar .status-badge')).toHaveText('Đã duyệt')
  await appPage.getByRole('link', { name: 'Về bảng tình trạng' }).click()
  await expect(evaluator.statusFilter('Đã duyệt')).toContainText('1')

  // The ranking agrees with the engine on the same final answers.
  const expected = computeAssessment(
    framework,
    submitted.map(({ unit, answers }) => ({
      ...unit,
      attributes: { group: unit.group },
      answers:
        unit.code === outlier.unit
          ? finalAnswers(answers, [
              { unit: unit.code, question: outlier.question, value: appraisedValue, reason: REASON, at: '' },
            ])
          : answers,
    })),
  )
  const root = expected.components[expected.rootCode]
  const started = Date.now()
  await evaluator.openTab('Kết quả và xếp hạng')
  await expect(evaluator.rankingTable.locator('tbody tr')).toHaveCount(60)
  const rankingRenderMs = Date.now() - started
  const shown = await evaluator.rankingRows()
  for (const line of shown) {
    const index = expected.units.findIndex((unit) => unit.code === line.code)
    expect(index, line.code).toBeGreaterThanOrEqual(0)
    expect(line.rank, line.code).toBe(String(root?.rank[index] ?? '—'))
    expect(line.composite, line.code).toBe(viScore(root?.score[index]))
  }
  expect(shown.map((line) => Number(line.rank))).toEqual(
    [...shown.map((line) => Number(line.rank))].sort((a, b) => a - b),
  )
  await appPage.evaluate(() => document.querySelector('#ranking-heading')?.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-ranking.png' })
  await evaluator.rankingTable.getByRole('button', { name: LONG_NAME }).click()
  await expect(appPage.getByRole('heading', { name: new RegExp(`Vì sao ${LONG_NAME}`) })).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-explanation.png' })

  // What-if never changes the official results; uncertainty runs in a worker with progress.
  await evaluator.openTab('Độ nhạy')
  await appPage.getByLabel(/^HTKT/).fill('3')
  await appPage.getByRole('button', { name: 'So sánh' }).click()
  await expect(appPage.getByText(/đơn vị đổi hạng; thay đổi lớn nhất/)).toBeVisible()
  await appPage.evaluate(() => document.querySelector('#what-if-heading')?.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-what-if.png' })
  // The columnar engine runs 60 × 1000 in a fraction of a second: the worker pauses 30 ms after
  // each progress report (diagnostics, `ictwb.diagnostics.analysis`) so the progress can be seen.
  await appPage.evaluate(() => localStorage.setItem('ictwb.diagnostics.analysis', '{"pauseMs":30}'))
  const uncertaintyStarted = Date.now()
  await appPage.getByRole('button', { name: 'Chạy phân tích' }).click()
  await expect(appPage.getByRole('progressbar', { name: 'Tiến độ phân tích độ bất định' })).toBeVisible()
  // The main thread stays free while the worker runs: a round trip to the page is quick.
  const pingStarted = Date.now()
  await appPage.evaluate(() => document.title)
  const pingMs = Date.now() - pingStarted
  await appPage.getByTestId('uncertainty-progress').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-uncertainty-progress.png' })
  await expect(appPage.getByTestId('uncertainty-done')).toBeVisible({ timeout: 120_000 })
  const uncertaintyMs = Date.now() - uncertaintyStarted
  await appPage.evaluate(() => localStorage.removeItem('ictwb.diagnostics.analysis'))
  expect(pingMs).toBeLessThan(500)
  await expect(appPage.locator('table.uncertainty-table tbody tr')).toHaveCount(60)
  await appPage.locator('.uncertainty-table').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-uncertainty.png' })
  console.log(
    `ranking render (60 units): ${rankingRenderMs} ms; uncertainty 60 × 1000 in the worker (with 40 diagnostic pauses of 30 ms): ${uncertaintyMs} ms (${await appPage.getByTestId('uncertainty-done').textContent()}); ping during the run: ${pingMs} ms; 62 blank workbooks: ${blankMs} ms; import of 60 workbooks: ${importMs} ms`,
  )
  await evaluator.openTab('Kết quả và xếp hạng')
  await expect(evaluator.rankingTable.locator('tbody tr')).toHaveCount(60)
  expect((await evaluator.rankingRows()).map((line) => line.composite)).toEqual(
    shown.map((line) => line.composite),
  )

  // Publish, export and read the report back.
  await evaluator.publish()
  await expect(evaluator.publishBar).toContainText('Đã công bố (đã khoá)')
  await evaluator.openTab('Báo cáo')
  const download = await evaluator.exportReport()
  const path = 'test-results/evaluator-report.xlsx'
  await download.saveAs(path)
  expect(download.suggestedFilename()).toBe(`ket-qua-dept-ict-readiness-${YEAR}.xlsx`)
  const workbook = await readWorkbook(new Uint8Array(readFileSync(path)))
  if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
  expect(workbook.value.sheets.map((sheet) => sheet.name)).toEqual([
    'Tổng hợp',
    'HTKT',
    'HTNL',
    'UD',
    'UD_NB',
    'UD_CTTDT',
    'Số liệu gốc',
    'Thẩm định',
    'Chỉ tiêu - giá trị',
    'Chỉ tiêu - chuẩn hoá',
    'Biểu đồ',
    'Phương pháp',
    '_manifest',
  ])
  const summary = workbook.value.sheets[0]?.rows ?? []
  expect(summary[4]?.slice(0, 4)).toEqual(['Hạng', 'Mã', 'Đơn vị', 'Nhóm'])
  // two header rows: each component's name over its value and its rank
  expect(summary[5]?.slice(5, 7)).toEqual(['Giá trị', 'Hạng'])
  const reportRows = summary.slice(6)
  expect(reportRows).toHaveLength(60)
  for (const line of reportRows) {
    const index = expected.units.findIndex((unit) => unit.code === line[1])
    expect(line[0], String(line[1])).toBe(root?.rank[index])
    expect(line[4], String(line[1])).toBe(root?.score[index])
    expect(line[5], String(line[1])).toBe(expected.components['HTKT']?.score[index])
    expect(line[6], String(line[1])).toBe(expected.components['HTKT']?.rank[index])
  }
  const appraisals = workbook.value.sheets.find((sheet) => sheet.name === 'Thẩm định')?.rows ?? []
  expect(appraisals[1]?.slice(0, 3)).toEqual([outlier.unit, appraisedUnit?.name, outlier.question])
  expect(appraisals[1]?.[4]).toBe(appraisedValue)
  // the published report, with its appraisal, follows from its embedded data (ictwb verify's check)
  const verdict = await verifyResultsReportFile(new Uint8Array(readFileSync(path)))
  expect(verdict.ok && verdict.value.differences).toEqual([])
  expect(verdict.ok && verdict.value.report).toMatchObject({ units: 60, status: 'official' })
  expect(appraisals[1]?.[5]).toBe(REASON)

  await appPage.screenshot({ path: 'test-results/screenshots/evaluator-report.png' })
  const csv = await evaluator.exportRankingCsv()
  const csvText = readFileSync(await csv.path(), 'utf8')
  // For Vietnamese Excel by default: ';' between fields, decimal commas.
  expect(csvText.split('\r\n')[0]).toBe('\uFEFFHạng;Mã;Đơn vị;Nhóm;ICT;HTKT;HTNL;UD;UD_NB;UD_CTTDT;Xếp loại')
  expect(csvText.split('\r\n')[1]).toMatch(/^1;.*;\d+,\d+;/)
  await appPage.getByLabel('CSV cho máy tính khác (dấu phẩy, dấu chấm)').check()
  const machineCsv = readFileSync(await (await evaluator.exportRankingCsv()).path(), 'utf8')
  expect(machineCsv.split('\r\n')[0]).toBe(
    '\uFEFFHạng,Mã,Đơn vị,Nhóm,ICT,HTKT,HTNL,UD,UD_NB,UD_CTTDT,Xếp loại',
  )
  expect(machineCsv.split('\r\n')[1]).toMatch(/^1,.*,\d+\.\d+,/)

  await evaluator.openTab('Nhật ký')
  await expect(appPage.locator('.audit-list')).toContainText(`${outlier.unit} · ${outlier.question}`)
  await expect(appPage.locator('.audit-list')).toContainText(`Lý do: ${REASON}`)
  await expect(appPage.locator('.audit-list')).toContainText(
    'Công bố kết quả, phiên bản 1 (60 đơn vị, mã kiểm tra ',
  )
  await expect(appPage.locator('.audit-list')).toContainText(
    'Sửa danh sách đơn vị: thêm 0, bớt 0, đổi tên 1.',
  )
  expect(problems).toEqual([])
})
