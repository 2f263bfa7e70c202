import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { finalAnswers } from '@core/assessment/appraisal'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { readFeedbackPackage } from '@core/formats/feedback/readFeedbackPackage'
import { readResponsePackage } from '@core/formats/response/readResponsePackage'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { verifyResultsReport } from '@core/formats/results-report/verifyResultsReport'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { roundForPublication } from '@core/scoring/roundForPublication'
import type { Browser } from '@playwright/test'
import { expect, test } from './fixtures'
import { shoot } from './guideScreens'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

const loaded = loadBuiltInFramework('dept-ict-readiness')
if (!loaded.ok) throw new Error('the built-in department framework does not load')
const framework = loaded.value
const YEAR = framework.year
// 28 units, as the issue's "done when" asks.
const sample = generateSample({ framework, year: YEAR, seed: 16, extraUnits: 0 })
if (!sample.ok) throw new Error('sample')
const submitted = sample.value.submissions.slice(0, 28).map(({ unit, answers }) => ({
  unit: { code: unit.code, name: unit.name, group: unit.groupName },
  answers,
}))
const SHOTS = 'test-results/screenshots/appraisal-round'
const defined = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('the sample has too few units')
  return value
}
const disputed = defined(submitted[0])
const other = defined(submitted[1])
// Three whole-number questions the unit answered: appraised to another value, each with a reason.
const questions = framework.questions
  .filter((question) => question.type === 'integer' && typeof disputed.answers[question.code] === 'number')
  .slice(0, 3)
  .map((question) => question.code)

/** The deadline two weeks from today, as typed (dd/MM/yyyy), and as stored. */
function deadline(): { typed: string; iso: string } {
  const day = new Date(Date.now() + 14 * 24 * 3600 * 1000)
  const pad = (value: number) => String(value).padStart(2, '0')
  return {
    typed: `${pad(day.getDate())}/${pad(day.getMonth() + 1)}/${day.getFullYear()}`,
    iso: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`,
  }
}

const viScore = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(
        roundForPublication(value, 4),
      )

test.use({ viewport: { width: 1366, height: 768 } })

let folder = ''
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ictwb-round-e2e-'))
})
test.afterAll(() => rmSync(folder, { recursive: true, force: true }))

test('round 1 for 28 units: the evaluator issues it with the keyboard, a unit answers in its own browser profile, the evaluator imports the response', async ({
  appPage,
  problems,
  browser,
}) => {
  test.setTimeout(300_000)
  expect(questions).toHaveLength(3)
  mkdirSync(SHOTS, { recursive: true })
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.open()
  await evaluator.createAssessment({
    year: YEAR,
    unitsText: submitted.map(({ unit }) => [unit.code, unit.name, unit.group].join('\t')).join('\n'),
  })
  await expect(evaluator.statusFilter('Chưa nhận')).toContainText('28')
  await evaluator.seedSubmittedAnswers(
    framework,
    YEAR,
    submitted.map(({ unit, answers }) => ({ unitCode: unit.code, answers })),
  )
  await evaluator.refreshSubmissions()
  await expect(appPage.getByText('Đã nhận phiếu khai của 28/28 đơn vị.')).toBeVisible()

  // Appraise three values of one unit and one of another.
  await evaluator.openUnit(disputed.unit.name)
  await evaluator.showAllQuestions()
  for (const [index, code] of questions.entries())
    await evaluator.appraise(
      code,
      String(Number(disputed.answers[code]) + 5 + index),
      `Đối chiếu hồ sơ, mục ${index + 1}`,
    )
  await appPage.getByRole('link', { name: 'Về bảng tình trạng' }).click()
  await evaluator.openUnit(other.unit.name)
  await evaluator.showAllQuestions()
  await evaluator.appraise(
    questions[0] ?? '',
    String(Number(other.answers[questions[0] ?? '']) + 1),
    'Biên bản kiểm kê',
  )
  await appPage.getByRole('link', { name: 'Về bảng tình trạng' }).click()

  // The round's form, with the keyboard alone.
  const panel = appPage.locator('details.feedback-round')
  const summary = panel.locator('summary')
  await summary.focus()
  await appPage.keyboard.press('Enter')
  await expect(panel).toHaveAttribute('open', '')
  const pdf = join(folder, 'Cong van 12.pdf')
  writeFileSync(pdf, '%PDF-1.4 công văn')
  await appPage.keyboard.press('Tab')
  await expect(appPage.getByLabel('Hạn phản hồi')).toBeFocused()
  // Digits only: the field puts the slashes in by itself.
  await appPage.keyboard.type(deadline().typed.replaceAll('/', ''))
  await expect(appPage.getByLabel('Hạn phản hồi')).toHaveValue(deadline().typed)
  await appPage.keyboard.press('Tab')
  await expect(appPage.getByLabel('Lời nhắn gửi đơn vị (không bắt buộc)')).toBeFocused()
  await appPage.keyboard.type('Đề nghị đơn vị giải trình các nội dung dưới đây trước hạn.')
  await appPage.keyboard.press('Tab')
  await expect(appPage.getByRole('radio', { name: /Các đơn vị có nội dung thẩm định khác/ })).toBeFocused()
  await expect(
    appPage.getByRole('radio', { name: /Các đơn vị có nội dung thẩm định khác/ }),
  ).toHaveAccessibleName(/\(2 đơn vị\)/)
  await appPage.keyboard.press('Tab')
  await expect(appPage.getByRole('button', { name: 'Đính kèm tệp…' })).toBeFocused()
  const chooser = appPage.waitForEvent('filechooser', { timeout: 15_000 })
  // Let Playwright start intercepting the file chooser before the key press opens it.
  await appPage.waitForTimeout(300)
  await appPage.keyboard.press('Enter')
  await (await chooser).setFiles(pdf)
  await expect(panel.getByText('Cong van 12.pdf')).toBeVisible()
  await panel.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/issue-round-vi.png` })
  await shoot(appPage, 'evaluator-round', panel)
  const issueButton = appPage.getByRole('button', { name: 'Gửi kết quả sơ bộ (vòng 1)' })
  await issueButton.focus()
  const download = appPage.waitForEvent('download', { timeout: 120_000 })
  await appPage.keyboard.press('Enter')
  const saved = await download
  expect(saved.suggestedFilename()).toBe(`ket-qua-so-bo-vong1-${framework.id}-${YEAR}.zip`)
  await expect(panel.getByRole('status')).toContainText('Đã ghi 2 tệp kết quả sơ bộ của vòng 1')
  await expect(panel.getByText(/^Vòng 1: gửi ngày .* cho 2 đơn vị, hạn phản hồi/)).toBeVisible()
  await expect(appPage.getByRole('button', { name: 'Gửi kết quả sơ bộ (vòng 2)' })).toBeVisible()

  // What was written: one package per disputed unit, each for its unit, with its items and the attachment.
  const packages = unzipSync(new Uint8Array(readFileSync(await saved.path())))
  expect(Object.keys(packages).sort()).toEqual(
    [`${disputed.unit.code}-vong1.zip`, `${other.unit.code}-vong1.zip`].sort(),
  )
  const read = await readFeedbackPackage(packages[`${disputed.unit.code}-vong1.zip`] ?? new Uint8Array(), {
    unitCode: disputed.unit.code,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: YEAR,
  })
  if (!read.ok) throw new Error(JSON.stringify(read.error))
  expect(read.value.manifest).toMatchObject({
    round: 1,
    deadline: deadline().iso,
    unitName: disputed.unit.name,
  })
  expect(read.value.content.items.map((item) => item.question).sort()).toEqual([...questions].sort())
  expect(read.value.content.items.map((item) => item.reason)).toContain('Đối chiếu hồ sơ, mục 1')
  expect(read.value.content).toMatchObject({
    unitCount: 28,
    message: 'Đề nghị đơn vị giải trình các nội dung dưới đây trước hạn.',
  })
  expect(read.value.content.rank).toBeGreaterThanOrEqual(1)
  expect(read.value.attachments.map((file) => file.fileName)).toEqual(['Cong van 12.pdf'])

  // Logged with the operator.
  await evaluator.openTab('Nhật ký')
  await expect(
    appPage.locator('.audit-list li').filter({ hasText: 'vòng giải trình 1: 2 đơn vị' }),
  ).toContainText('Kiểm thử tự động')

  // The unit answers on its own machine; the evaluator imports the response (twice: the second is a no-op).
  const responsePath = await unitResponds(browser, packages)
  await evaluator.openTab('Đơn vị và tình trạng')
  const states = appPage.getByRole('table', { name: 'Tình trạng vòng giải trình' })
  await expect(states.locator(`tr[data-unit="${disputed.unit.code}"]`)).toContainText('Đã gửi')
  for (const expected of ['đã nhập phản hồi vòng 1 của', 'đã được nhập trước đó']) {
    const responseChooser = appPage.waitForEvent('filechooser')
    await appPage.getByRole('button', { name: 'Nhập tệp phản hồi của đơn vị…' }).click()
    await (await responseChooser).setFiles(responsePath)
    await expect(appPage.locator('.round-imports')).toContainText(expected)
  }
  await expect(states.locator(`tr[data-unit="${disputed.unit.code}"]`)).toContainText('Đã phản hồi')
  await expect(states.locator(`tr[data-unit="${other.unit.code}"]`)).toContainText('Đã gửi')
  await states.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/round-states-vi.png` })
  await shoot(appPage, 'evaluator-round-states', states.locator('xpath=..'))

  // The evaluator decides: opens the unit, reads the explanations and saves the new PDF (same
  // bytes), revises the first item back to what the unit declared and keeps the second with a reason.
  const [first, second, third] = questions as [string, string, string]
  await evaluator.openUnit(disputed.unit.name)
  const decisions = appPage.getByRole('region', { name: 'Giải trình của đơn vị (vòng 1)' })
  await expect(decisions.locator('.response-item')).toHaveCount(3)
  await expect(decisions).toContainText('Còn 2 nội dung giải trình chờ quyết định')
  const firstItem = decisions.locator(`.response-item[data-item="${first}"]`)
  const secondItem = decisions.locator(`.response-item[data-item="${second}"]`)
  const thirdItem = decisions.locator(`.response-item[data-item="${third}"]`)
  await expect(firstItem).toContainText(`Số liệu ${first} đúng theo quyết định kèm theo`)
  await expect(firstItem).toContainText('Đối chiếu hồ sơ, mục 1')
  await expect(thirdItem).toContainText('Đơn vị đồng ý với kết quả thẩm định: không cần quyết định.')
  await expect(thirdItem.getByRole('button', { name: 'Giữ kết quả thẩm định' })).toHaveCount(0)
  const evidenceDownload = appPage.waitForEvent('download')
  await firstItem.getByRole('button', { name: 'Lưu tệp minh chứng QD 12.pdf' }).click()
  const evidence = await evidenceDownload
  expect(evidence.suggestedFilename()).toBe('QD 12.pdf')
  expect(readFileSync(await evidence.path()).toString('utf8')).toBe('%PDF-1.4 quyết định')
  await decisions.evaluate((section) => section.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: `${SHOTS}/decide-vi.png` })

  // Revise (the appraisal form, as elsewhere): a value equal to the one in force is refused by name.
  await firstItem.getByRole('button', { name: 'Điều chỉnh' }).click()
  const revise = firstItem.getByRole('form', { name: `Thẩm định ${first}`, exact: true })
  await revise.getByLabel('Lý do (bắt buộc)').fill('Quyết định kèm theo xác nhận số liệu kê khai')
  await revise.getByRole('button', { name: 'Lưu điều chỉnh' }).click()
  await expect(revise.getByRole('alert')).toContainText('trùng với kết quả thẩm định hiện hành')
  await revise
    .getByLabel('Giá trị thẩm định (để trống nếu “không có số liệu”)')
    .fill(String(disputed.answers[first]))
  await revise.getByRole('button', { name: 'Lưu điều chỉnh' }).click()
  await expect(firstItem.locator('.response-decision')).toContainText('Đã điều chỉnh.')
  await expect(firstItem.locator('.response-decision')).toContainText('Kiểm thử tự động')

  // Keep, with the keyboard alone; without a reason it says what is missing.
  await secondItem.getByRole('button', { name: 'Giữ kết quả thẩm định' }).focus()
  await appPage.keyboard.press('Enter')
  const keep = secondItem.getByRole('form', { name: `Giữ kết quả thẩm định nội dung ${second}` })
  await appPage.keyboard.press('Tab')
  await appPage.keyboard.press('Tab')
  await expect(keep.getByLabel('Lý do giữ kết quả thẩm định')).toBeFocused()
  await keep.getByRole('button', { name: 'Lưu quyết định giữ kết quả' }).focus()
  await appPage.keyboard.press('Enter')
  await expect(keep.getByRole('alert')).toHaveText('Cần ghi lý do, ít nhất 3 ký tự.')
  await secondItem.evaluate((item) => item.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: `${SHOTS}/decide-keep-vi.png` })
  await keep.getByLabel('Lý do giữ kết quả thẩm định').focus()
  await appPage.keyboard.type('Quyết định gửi kèm ban hành sau kỳ báo cáo')
  await keep.getByRole('button', { name: 'Lưu quyết định giữ kết quả' }).focus()
  await appPage.keyboard.press('Enter')
  await expect(secondItem.locator('.response-decision')).toContainText('Đã giữ kết quả thẩm định.')
  await expect(secondItem.locator('.response-decision')).toContainText(
    `Giá trị: ${new Intl.NumberFormat('vi-VN').format(Number(disputed.answers[second]) + 6)}`,
  )
  await expect(decisions).toContainText('Mọi nội dung đơn vị giải trình đã có quyết định.')
  await decisions.evaluate((section) => section.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: `${SHOTS}/decided-vi.png` })
  await shoot(appPage, 'evaluator-round-decide', decisions)

  // The round table says "Đã xử lý" for the unit.
  await appPage.getByRole('link', { name: 'Về bảng tình trạng' }).click()
  await expect(states.locator(`tr[data-unit="${disputed.unit.code}"]`)).toContainText('Đã xử lý')
  await expect(states.locator(`tr[data-unit="${other.unit.code}"]`)).toContainText('Đã gửi')

  // Scores and ranking follow the final answers: computed here by the engine from the final appraisals.
  const scored = (revised: boolean) =>
    computeAssessment(
      framework,
      submitted.map(({ unit, answers }) => ({
        ...unit,
        attributes: { group: unit.group },
        answers:
          unit.code === disputed.unit.code
            ? finalAnswers(
                answers,
                questions.map((code, index) => ({
                  unit: unit.code,
                  question: code,
                  value:
                    revised && code === first ? Number(answers[code]) : Number(answers[code]) + 5 + index,
                  reason: '',
                  at: '',
                })),
              )
            : unit.code === other.unit.code
              ? finalAnswers(answers, [
                  { unit: unit.code, question: first, value: Number(answers[first]) + 1, reason: '', at: '' },
                ])
              : answers,
      })),
    )
  const compositeOf = (result: ReturnType<typeof scored>) => {
    const index = result.units.findIndex((unit) => unit.code === disputed.unit.code)
    return result.components[result.rootCode]?.score[index]
  }
  const [before, after] = [compositeOf(scored(false)), compositeOf(scored(true))]
  expect(after).not.toBe(before)
  await evaluator.openTab('Kết quả và xếp hạng')
  await expect(evaluator.rankingTable.locator('tbody tr')).toHaveCount(28)
  const ranking = await evaluator.rankingRows()
  const finalResult = scored(true)
  const root = finalResult.components[finalResult.rootCode]
  for (const line of ranking) {
    const index = finalResult.units.findIndex((unit) => unit.code === line.code)
    expect(line.rank, line.code).toBe(String(root?.rank[index] ?? '—'))
    expect(line.composite, line.code).toBe(viScore(root?.score[index]))
  }
  expect(ranking.find((line) => line.code === disputed.unit.code)?.composite).toBe(viScore(after))

  // The report's Thẩm định sheet lists the explanations and decisions, and the report verifies.
  await evaluator.openTab('Báo cáo')
  const report = await evaluator.exportReport()
  const reportPath = join(folder, 'bao-cao.xlsx')
  await report.saveAs(reportPath)
  const excel = new ExcelJS.Workbook()
  await excel.xlsx.readFile(reportPath)
  const sheet = excel.getWorksheet('Thẩm định')
  const rows: unknown[][] = []
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  expect(rows[0]?.slice(7)).toEqual(['Giải trình của đơn vị', 'Quyết định'])
  const rowOf = (code: string) => rows.find((row) => row[0] === disputed.unit.code && row[2] === code)
  expect(rowOf(first)?.slice(4)).toEqual([
    Number(disputed.answers[first]),
    'Quyết định kèm theo xác nhận số liệu kê khai',
    expect.any(String),
    `Số liệu ${first} đúng theo quyết định kèm theo`,
    'Điều chỉnh (vòng 1)',
  ])
  expect(rowOf(second)?.slice(4)).toEqual([
    Number(disputed.answers[second]) + 6,
    'Quyết định gửi kèm ban hành sau kỳ báo cáo',
    expect.any(String),
    `Số liệu ${second} đúng theo quyết định kèm theo`,
    'Giữ kết quả thẩm định (vòng 1)',
  ])
  const reportWorkbook = await readWorkbook(new Uint8Array(readFileSync(reportPath)))
  if (!reportWorkbook.ok) throw new Error(JSON.stringify(reportWorkbook.error))
  const verdict = verifyResultsReport(reportWorkbook.value)
  expect(verdict.ok && verdict.value.differences).toEqual([])

  // The audit log names both decisions and who made them.
  await evaluator.openTab('Nhật ký')
  await expect(
    appPage.locator('.audit-list li').filter({ hasText: `${first} (vòng 1): điều chỉnh từ` }),
  ).toContainText('Kiểm thử tự động')
  await expect(
    appPage.locator('.audit-list li').filter({ hasText: `${second} (vòng 1): giữ kết quả thẩm định` }),
  ).toContainText('Kiểm thử tự động')
  await evaluator.openTab('Đơn vị và tình trạng')

  // English.
  await new AppShellPage(appPage).chooseLanguage('English')
  const englishPanel = appPage.locator('details.feedback-round')
  await expect(englishPanel.locator('summary')).toHaveText(
    'Send preliminary results to the units (appraisal round)',
  )
  await englishPanel.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/issue-round-en.png` })
  await appPage.getByRole('button', { name: 'Send preliminary results (round 2)' }).click()
  await expect(englishPanel.getByRole('alert')).toContainText('Enter the response deadline')
  await appPage
    .getByRole('table', { name: 'Status of the units' })
    .getByRole('link', { name: disputed.unit.name, exact: true })
    .click()
  const englishDecisions = appPage.getByRole('region', { name: "The unit's explanations (round 1)" })
  await expect(englishDecisions.locator('.response-decision')).toHaveCount(2)
  await expect(englishDecisions).toContainText('Appraisal kept.')
  await englishDecisions.evaluate((section) => section.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: `${SHOTS}/decided-en.png` })
  expect(problems).toEqual([])
})

/**
 * The unit's side, in a second browser profile (its own machine): opens its feedback package,
 * explains two items with a PDF, agrees with the third and exports its response; returns the
 * response file's path.
 */
async function unitResponds(browser: Browser, packages: Record<string, Uint8Array>): Promise<string> {
  const feedbackBytes = packages[`${disputed.unit.code}-vong1.zip`]
  const otherBytes = packages[`${other.unit.code}-vong1.zip`]
  const feedbackPath = join(folder, `${disputed.unit.code}-vong1.zip`)
  const otherPath = join(folder, `${other.unit.code}-vong1.zip`)
  writeFileSync(feedbackPath, feedbackBytes ?? new Uint8Array())
  writeFileSync(otherPath, otherBytes ?? new Uint8Array())
  const pdf = join(folder, 'QD 12.pdf')
  writeFileSync(pdf, '%PDF-1.4 quyết định')
  // A second browser profile: the unit's own machine.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  await context.addInitScript(() => {
    window.localStorage.setItem(
      'ictwb.dataAddresses',
      JSON.stringify([window.location.origin + window.location.pathname]),
    )
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  await page.goto('/')
  const home = new QuestionnaireUnitHomePage(page)
  await home.open()
  await home.createProfile({ code: disputed.unit.code, name: disputed.unit.name, group: 'Sở, ban, ngành' })
  await home.startQuestionnaire('Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành', YEAR)
  const panel = page.getByRole('region', { name: 'Vòng giải trình' })
  await expect(panel).toBeVisible()

  // Another unit's package is refused with the reason, and nothing is stored.
  let chooser = page.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Mở tệp kết quả sơ bộ…' }).click()
  await (await chooser).setFiles(otherPath)
  await expect(panel.getByRole('alert')).toContainText(
    `Tệp dành cho đơn vị ${other.unit.code}, không phải đơn vị ${disputed.unit.code}.`,
  )
  await expect(panel.locator('.round-item')).toHaveCount(0)

  chooser = page.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Mở tệp kết quả sơ bộ…' }).click()
  await (await chooser).setFiles(feedbackPath)
  await expect(panel.locator('.round-item')).toHaveCount(3)
  await expect(panel.getByRole('heading', { name: /^Vòng 1 — hạn phản hồi/ })).toBeVisible()
  // Opened, the round takes the whole width above the questionnaire, and the focus follows it.
  await expect(panel).toHaveClass(/\bround-panel-wide\b/)
  await expect(panel.getByRole('heading', { name: 'Vòng giải trình', exact: true })).toBeFocused()

  const [first, second, third] = questions
  for (const code of [first, second]) {
    const item = panel.locator(`.round-item[data-question="${code}"]`)
    // The keyboard: focus the choice and press Space.
    await item.getByRole('radio', { name: 'Giải trình' }).focus()
    await page.keyboard.press('Space')
    await item
      .getByLabel(`Nội dung giải trình (${code}, bắt buộc)`)
      .fill(`Số liệu ${code} đúng theo quyết định kèm theo`)
    const evidenceChooser = page.waitForEvent('filechooser')
    await item.getByRole('button', { name: `Thêm tài liệu kiểm chứng cho ${code}…` }).click()
    await (await evidenceChooser).setFiles(pdf)
    await expect(item.getByText('QD 12.pdf')).toBeVisible()
  }
  await panel.locator(`.round-item[data-question="${third}"]`).getByRole('radio', { name: 'Đồng ý' }).check()
  // Drafts autosave: they are there after a reload.
  await page.waitForTimeout(600)
  await page.reload()
  const reloaded = page.getByRole('region', { name: 'Vòng giải trình' })
  await expect(
    reloaded.locator(`.round-item[data-question="${first}"]`).getByRole('radio', { name: 'Giải trình' }),
  ).toBeChecked()
  await expect(reloaded.getByLabel(`Nội dung giải trình (${first}, bắt buộc)`)).toHaveValue(
    `Số liệu ${first} đúng theo quyết định kèm theo`,
  )
  await reloaded
    .getByRole('heading', { name: 'Vòng giải trình' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: `${SHOTS}/unit-response-vi.png` })
  await shoot(page, 'officer-round', reloaded)

  const download = page.waitForEvent('download')
  await reloaded.getByRole('button', { name: 'Xuất tệp phản hồi' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe(`${disputed.unit.code}-giai-trinh-vong1.zip`)
  const responsePath = join(folder, saved.suggestedFilename())
  await saved.saveAs(responsePath)
  const response = await readResponsePackage(new Uint8Array(readFileSync(responsePath)), {
    unitCode: disputed.unit.code,
    year: YEAR,
  })
  if (!response.ok) throw new Error(JSON.stringify(response.error))
  expect(
    response.value.content.items.map((item) => [item.question, item.decision, item.evidence]).sort(),
  ).toEqual(
    [
      [first, 'explain', ['QD 12.pdf']],
      [second, 'explain', ['QD 12.pdf']],
      [third, 'agree', []],
    ].sort(),
  )
  expect(response.value.evidence).toHaveLength(2)
  const history = page.getByRole('region', { name: 'Lịch sử' })
  await expect(history).toContainText('mở kết quả thẩm định sơ bộ, vòng giải trình 1')
  await expect(history).toContainText('xuất tệp phản hồi giải trình, vòng 1')

  await page.getByRole('combobox', { name: 'Ngôn ngữ / Language' }).first().selectOption({ label: 'English' })
  const english = page.getByRole('region', { name: 'Appraisal round' })
  await expect(english.getByRole('button', { name: 'Export the response file' })).toBeVisible()
  await english
    .getByRole('heading', { name: 'Appraisal round' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: `${SHOTS}/unit-response-en.png` })
  expect(problems).toEqual([])
  await context.close()
  return responsePath
}
