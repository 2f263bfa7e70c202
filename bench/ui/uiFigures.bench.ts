// The UI figures of `npm run bench` (benchmarks issue), measured in Debian Chromium against the
// browser edition (the built renderer served on loopback). Each figure is written to
// bench/tmp/ui/<key>.json as { median, min, max, samples } for scripts/bench.mjs to merge. Nothing
// here asserts a time: the bench reports, the targets are judged in the note.
import type { Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { expect, test } from '../../tests/e2e/fixtures'
import { EvaluatorPage } from '../../tests/e2e/pages/EvaluatorPage'
import { QuestionnairePage } from '../../tests/e2e/pages/QuestionnairePage'
import { QuestionnaireUnitHomePage } from '../../tests/e2e/pages/QuestionnaireUnitHomePage'
import { benchFramework200 } from './benchFramework200'

const OUT = 'bench/tmp/ui'
const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN

function writeFigure(key: string, value: number, samples: readonly number[]): void {
  mkdirSync(OUT, { recursive: true })
  const sorted = [...samples].sort((a, b) => a - b)
  const figure = {
    value: Math.round(value * 10) / 10,
    min: Math.round((sorted[0] ?? Number.NaN) * 10) / 10,
    max: Math.round((sorted.at(-1) ?? Number.NaN) * 10) / 10,
    samples: sorted.length,
  }
  writeFileSync(`${OUT}/${key}.json`, `${JSON.stringify(figure)}\n`)
  console.log(`${key}: ${figure.value} ms (min ${figure.min}, max ${figure.max}, ${figure.samples} samples)`)
}

const median = (samples: readonly number[]): number =>
  quantile(
    [...samples].sort((a, b) => a - b),
    0.5,
  )

test('ui_time_to_interactive_ms: navigation start until the shell answers a click', async ({ page }) => {
  const samples: number[] = []
  for (let run = 0; run < 7; run += 1) {
    await page.goto('/', { waitUntil: 'commit' })
    // Interactive = the mode navigation is rendered and a click on it is handled (the route changes).
    await page.waitForFunction(() => document.querySelector('a[href="#/unit"]') !== null, undefined, {
      polling: 'raf',
    })
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          // The router changes the address with history.pushState (no hashchange event): watch it.
          document.querySelector<HTMLAnchorElement>('a[href="#/unit"]')?.click()
          const answered = () =>
            location.hash === '#/unit' ? resolve(performance.now()) : requestAnimationFrame(answered)
          answered()
        }),
    )
    samples.push(ms)
  }
  writeFigure('ui_time_to_interactive_ms', median(samples), samples)
})

async function openBenchQuestionnaire(
  page: Page,
): Promise<{ questionnaire: QuestionnairePage; field: string }> {
  const framework = benchFramework200()
  const home = new QuestionnaireUnitHomePage(page)
  const questionnaire = new QuestionnairePage(page)
  await home.open()
  await home.createProfile({ code: 'SNV', name: 'Sở Nội vụ', group: 'Sở, ban, ngành' })
  await home.importFramework('bench-200.json', framework.json)
  await home.startQuestionnaire(framework.name, framework.year)
  await questionnaire.openSection(framework.largestSectionTitle)
  await expect(questionnaire.control(framework.typedQuestion)).toBeVisible()
  return { questionnaire, field: framework.typedQuestion }
}

test('ui_input_p95_ms: keydown to the second frame while typing in a 200-question questionnaire', async ({
  appPage,
}) => {
  test.setTimeout(300_000)
  const { questionnaire, field } = await openBenchQuestionnaire(appPage)
  // Keydown → the frame after the next one has been produced: an upper bound of input-to-paint.
  await appPage.evaluate(() => {
    const samples: number[] = []
    Object.assign(window, { __inputToPaint: samples })
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp
        requestAnimationFrame(() => requestAnimationFrame(() => samples.push(performance.now() - start)))
      },
      true,
    )
  })
  await questionnaire.control(field).click()
  for (let index = 0; index < 300; index += 1)
    await appPage.keyboard.press(index % 10 === 9 ? 'Backspace' : String(index % 10))
  await questionnaire.waitUntilSaved()
  const samples = await appPage.evaluate(
    () => (window as unknown as { __inputToPaint: number[] }).__inputToPaint,
  )
  writeFigure(
    'ui_input_p95_ms',
    quantile(
      [...samples].sort((a, b) => a - b),
      0.95,
    ),
    samples,
  )
})

test('autosave_commit_p95_ms: the submission and its audit entry committed in one transaction', async ({
  appPage,
}) => {
  test.setTimeout(300_000)
  const { questionnaire, field } = await openBenchQuestionnaire(appPage)
  await appPage.evaluate(() => performance.clearMeasures('ictwb:autosave-commit'))
  for (let index = 0; index < 80; index += 1) {
    await questionnaire.typeAnswer(field, String(1000 + index))
    await questionnaire.waitUntilSaved()
  }
  const samples = await appPage.evaluate(() =>
    performance.getEntriesByName('ictwb:autosave-commit').map((entry) => entry.duration),
  )
  writeFigure(
    'autosave_commit_p95_ms',
    quantile(
      [...samples].sort((a, b) => a - b),
      0.95,
    ),
    samples,
  )
})

test('ranking_render_700_ms: the ranking tab of 700 units, from the click to 700 rows', async ({
  appPage,
}) => {
  test.setTimeout(600_000)
  const loaded = loadBuiltInFramework('dept-ict-readiness')
  if (!loaded.ok) throw new Error('the built-in department framework does not load')
  const framework = loaded.value
  const sample = generateSample({ framework, year: framework.year, seed: 11, extraUnits: 672 })
  if (!sample.ok) throw new Error('sample')
  const submitted = sample.value.submissions.map(({ unit, answers }) => ({
    unit: { code: unit.code, name: unit.name, group: unit.groupName },
    answers,
  }))
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.open()
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
  await evaluator.refreshSubmissions()
  await expect(evaluator.statusBoard.locator('tbody tr')).toHaveCount(700, { timeout: 60_000 })
  const samples: number[] = []
  for (let run = 0; run < 5; run += 1) {
    await appPage.getByRole('link', { name: 'Đơn vị và tình trạng' }).click()
    await expect(evaluator.statusBoard.locator('tbody tr')).toHaveCount(700, { timeout: 60_000 })
    // Timed inside the page: Playwright's own polling on a 7,000-cell table would dominate otherwise.
    samples.push(
      await appPage.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const started = performance.now()
            ;[...document.querySelectorAll('a')]
              .find((link) => link.textContent === 'Kết quả và xếp hạng')
              ?.click()
            const check = (): void => {
              if (document.querySelectorAll('table.ranking-table tbody tr').length === 700)
                resolve(performance.now() - started)
              else requestAnimationFrame(check)
            }
            check()
          }),
      ),
    )
  }
  writeFigure('ranking_render_700_ms', median(samples), samples)
})
