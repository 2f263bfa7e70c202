import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { expect, test } from './fixtures'
import { EvaluatorPage } from './pages/EvaluatorPage'

const loaded = loadBuiltInFramework('dept-ict-readiness')
if (!loaded.ok) throw new Error('the built-in department framework does not load')
const framework = loaded.value
const sample = generateSample({ framework, year: framework.year, seed: 11, extraUnits: 672 })
if (!sample.ok) throw new Error('sample')
const submitted = sample.value.submissions.map(({ unit, answers }) => ({
  unit: { code: unit.code, name: unit.name, group: unit.groupName },
  answers,
}))

declare global {
  /** Runs `act`, then resolves with the milliseconds until `isDone()` holds (checked every frame). */
  function timeUntil(act: () => void, isDone: () => boolean): Promise<number>
}

test('700 units: the status board and the ranking stay usable, and their render times are measured', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(300_000)
  const installTimer = () =>
    appPage.evaluate(() => {
      Object.assign(window, {
        timeUntil: (act: () => void, isDone: () => boolean) =>
          new Promise<number>((resolve) => {
            const started = performance.now()
            act()
            const check = () =>
              isDone() ? resolve(performance.now() - started) : requestAnimationFrame(check)
            check()
          }),
      })
    })
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.open()
  await installTimer()
  await evaluator.createAssessment({
    year: framework.year,
    unitsText: submitted.map(({ unit }) => [unit.code, unit.name, unit.group].join('\t')).join('\n'),
  })
  await expect(evaluator.statusFilter('Chưa nhận')).toContainText('700', { timeout: 60_000 })
  await evaluator.seedSubmittedAnswers(
    framework,
    framework.year,
    submitted.map(({ unit, answers }) => ({ unitCode: unit.code, answers })),
  )

  // Timed inside the page (Playwright's own locator polling on a 7,000-cell table would dominate otherwise).
  const boardMs = await appPage.evaluate(() =>
    timeUntil(
      () =>
        [...document.querySelectorAll('button')]
          .find((button) => button.textContent === 'Kiểm tra phiếu khai mới')
          ?.click(),
      () => document.body.textContent?.includes('Đã nhận phiếu khai của 700/700 đơn vị.') === true,
    ),
  )
  await expect(evaluator.statusBoard.locator('tbody tr')).toHaveCount(700, { timeout: 60_000 })
  const rankingMs = await appPage.evaluate(() =>
    timeUntil(
      () =>
        [...document.querySelectorAll('a')]
          .find((link) => link.textContent === 'Kết quả và xếp hạng')
          ?.click(),
      () => document.querySelectorAll('table.ranking-table tbody tr').length === 700,
    ),
  )
  const sortMs = await appPage.evaluate(() =>
    timeUntil(
      () =>
        [...document.querySelectorAll<HTMLButtonElement>('.ranking-table th button')]
          .find((button) => button.textContent?.startsWith('HTKT'))
          ?.click(),
      () =>
        document
          .querySelector('.ranking-table th[aria-sort="descending"]')
          ?.textContent?.startsWith('HTKT') === true,
    ),
  )
  await expect(evaluator.rankingTable.locator('tbody tr')).toHaveCount(700, { timeout: 60_000 })
  console.log(
    `700 units: load, flag and compute to the status board ${Math.round(boardMs)} ms; ranking tab ${Math.round(rankingMs)} ms; sort by a component ${Math.round(sortMs)} ms`,
  )
  expect(problems).toEqual([])
})
