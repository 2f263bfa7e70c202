import { appraisedPoints } from '@core/assessment/appraisal'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { roundForPublication } from '@core/scoring/roundForPublication'
import { expect, test } from './fixtures'
import { EvaluatorPage } from './pages/EvaluatorPage'

// Points frameworks (DTI cấp huyện): the evaluator awards the points of one criterion with a
// reason; the final points and the unit's total follow, as the engine computes them.
const loaded = loadBuiltInFramework('dti-points')
if (!loaded.ok) throw new Error('dti-points')
const dti = loaded.value
const sample = generateSample({ framework: dti, year: dti.year, seed: 21, anomalies: false })
if (!sample.ok) throw new Error('sample')
const submitted = sample.value.submissions.map(({ unit, answers }) => ({
  unit: { code: unit.code, name: unit.name, group: unit.groupName },
  answers,
}))
const target = submitted[1]
if (target === undefined) throw new Error('two units expected')
const CRITERION = '1.2'
const AWARDED = 7.5
const REASON = 'Kế hoạch chuyển đổi số ban hành sau thời hạn, chỉ tính một phần'
/** As the panel shows points: up to 2 decimals, no trailing zeros. */
const shown = (value: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value)
/** As the ranking shows a score: exactly the framework's decimals. */
const points = (value: number, decimals: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    roundForPublication(value, decimals),
  )

test('an evaluator awards the points of one criterion with a reason, and the total follows the engine', async ({
  appPage,
  problems,
}) => {
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.open()
  await evaluator.createAssessment({
    year: dti.year,
    frameworkName: dti.name.vi,
    unitsText: submitted.map(({ unit }) => [unit.code, unit.name, unit.group].join('\t')).join('\n'),
  })
  await expect(evaluator.statusFilter('Chưa nhận')).toContainText(String(submitted.length))
  await evaluator.seedSubmittedAnswers(
    dti,
    dti.year,
    submitted.map(({ unit, answers }) => ({ unitCode: unit.code, answers })),
  )
  await evaluator.refreshSubmissions()
  await expect(evaluator.statusBoard.locator('tbody tr')).toHaveCount(submitted.length)
  await evaluator.openUnit(target.unit.name)

  const panel = appPage.getByRole('region', { name: 'Điểm từng tiêu chí' })
  const row = panel.locator(`tr[data-criterion="${CRITERION}"]`)
  const byRule = computeAssessment(
    dti,
    submitted.map(({ unit, answers }) => ({ ...unit, answers })),
  )
  const index = byRule.units.findIndex((unit) => unit.code === target.unit.code)
  await expect(row.locator('td').nth(2)).toHaveText(shown(byRule.indicators[CRITERION]?.score[index] ?? 0))

  await panel.getByRole('button', { name: `Thẩm định điểm tiêu chí ${CRITERION}` }).click()
  const form = appPage.getByRole('form', { name: `Thẩm định điểm tiêu chí ${CRITERION}` })
  await form.getByLabel(/^Điểm thẩm định/).fill('25')
  await expect(form.getByRole('alert')).toHaveText('Nhập một số từ 0 đến 20.')
  await form.getByLabel(/^Điểm thẩm định/).fill('7,5')
  await form.getByLabel('Lý do (bắt buộc)').fill(REASON)
  await panel.screenshot({ path: 'test-results/screenshots/evaluator-points-appraisal-form-vi.png' })
  await form.getByRole('button', { name: 'Lưu điểm thẩm định' }).click()

  await expect(row.locator('td').nth(3)).toContainText(shown(AWARDED))
  await expect(row.locator('td').nth(3)).toContainText(REASON)
  await expect(row.locator('td').nth(4)).toHaveText(shown(AWARDED))
  const appraised = computeAssessment(
    dti,
    submitted.map(({ unit, answers }) => ({ ...unit, answers })),
    {
      appraisedPoints: appraisedPoints([
        {
          unit: target.unit.code,
          kind: 'points',
          question: CRITERION,
          value: AWARDED,
          reason: REASON,
          at: '2026-01-01T00:00:00.000Z',
        },
      ]),
    },
  )
  await appPage.getByRole('link', { name: 'Về bảng tình trạng' }).click()
  await evaluator.openTab('Kết quả và xếp hạng')
  const rankingRow = evaluator.rankingTable.locator('tbody tr').filter({ hasText: target.unit.name })
  await expect(rankingRow).toContainText(
    points(appraised.components[appraised.rootCode]?.score[index] ?? 0, dti.decimals),
  )
  expect(appraised.components[appraised.rootCode]?.score[index]).not.toBe(
    byRule.components[byRule.rootCode]?.score[index],
  )
  expect(problems).toEqual([])
})
