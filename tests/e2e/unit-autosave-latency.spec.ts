import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

// A measurement, not a test: run with ICTWB_MEASURE=1. Prints the autosave commit latency in
// Chromium (strict durability, the submission row and its audit entry in one transaction) from the
// app's own `ictwb:autosave-commit` performance measures. Nothing is asserted about timing.
test.skip(process.env['ICTWB_MEASURE'] !== '1', 'measurement; set ICTWB_MEASURE=1 to run')

const SAVES = Number(process.env['ICTWB_MEASURE_SAVES'] ?? 120)
const framework = JSON.parse(readFileSync('resources/frameworks/dept-ict-readiness.json', 'utf8')) as {
  readonly name: { readonly vi: string }
  readonly year: number
  readonly sections: readonly { readonly code: string; readonly title: { readonly vi: string } }[]
  readonly questions: readonly { readonly code: string; readonly section: string; readonly type: string }[]
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

async function measureSaves(page: Page, questionnaire: QuestionnairePage, code: string, label: string, recordBytes: number) {
  await page.evaluate(() => performance.clearMeasures('ictwb:autosave-commit'))
  for (let index = 0; index < SAVES; index += 1) {
    await questionnaire.typeAnswer(code, String(1000 + index))
    await questionnaire.waitUntilSaved()
  }
  const durations = (await page.evaluate(() => performance.getEntriesByName('ictwb:autosave-commit').map((entry) => entry.duration))).sort((a, b) => a - b)
  const line = `${label}: record ≈ ${Math.round(recordBytes / 1024)} kB, ${durations.length} saves, median ${quantile(durations, 0.5).toFixed(1)} ms, p95 ${quantile(durations, 0.95).toFixed(1)} ms, max ${(durations.at(-1) ?? NaN).toFixed(1)} ms`
  console.log(line)
  test.info().annotations.push({ type: 'measurement', description: line })
}

async function recordSize(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onsuccess = () => {
          const read = request.result.transaction('submissions').objectStore('submissions').getAll()
          read.onsuccess = () => {
            resolve(JSON.stringify(read.result[0]).length)
            request.result.close()
          }
        }
      }),
  )
}

test('input-to-paint while typing in the largest section of the department questionnaire', async ({ appPage }) => {
  test.setTimeout(300_000)
  const home = new QuestionnaireUnitHomePage(appPage)
  const questionnaire = new QuestionnairePage(appPage)
  await home.open()
  await home.createProfile({ code: 'SNV', name: 'Sở Nội vụ', group: 'Sở, ban, ngành' })
  await home.startQuestionnaire(framework.name.vi, framework.year)
  const largest = [...framework.sections].sort(
    (a, b) => framework.questions.filter((question) => question.section === b.code).length - framework.questions.filter((question) => question.section === a.code).length,
  )[0]
  if (largest === undefined) throw new Error('no section')
  await questionnaire.openSection(largest.title.vi)
  const field = framework.questions.find((question) => question.section === largest.code && question.type === 'integer')
  if (field === undefined) throw new Error('no integer question')
  // Keydown → the frame after the next one has been produced: an upper bound of input-to-paint.
  await appPage.evaluate(() => {
    const samples: number[] = []
    Object.assign(window, { __inputToPaint: samples })
    window.addEventListener('keydown', (event) => {
      const start = event.timeStamp
      requestAnimationFrame(() => requestAnimationFrame(() => samples.push(performance.now() - start)))
    }, true)
  })
  await questionnaire.control(field.code).click()
  for (let index = 0; index < 200; index += 1) {
    await appPage.keyboard.press(index % 10 === 9 ? 'Backspace' : String(index % 10))
  }
  await questionnaire.waitUntilSaved()
  const samples = (await appPage.evaluate(() => (window as unknown as { __inputToPaint: number[] }).__inputToPaint)).sort((a, b) => a - b)
  const line = `input-to-paint, section of ${framework.questions.filter((question) => question.section === largest.code).length} questions (${framework.questions.length} in all): ${samples.length} keystrokes, median ${quantile(samples, 0.5).toFixed(1)} ms, p95 ${quantile(samples, 0.95).toFixed(1)} ms`
  console.log(line)
  test.info().annotations.push({ type: 'measurement', description: line })
})

test('autosave commit latency, small and ~60 kB submissions', async ({ appPage }) => {
  test.setTimeout(600_000)
  const home = new QuestionnaireUnitHomePage(appPage)
  const questionnaire = new QuestionnairePage(appPage)
  await home.open()
  await home.createProfile({ code: 'SNV', name: 'Sở Nội vụ', group: 'Sở, ban, ngành' })
  await home.startQuestionnaire(framework.name.vi, framework.year)
  const first = framework.questions.find((question) => question.type === 'integer')
  if (first === undefined) throw new Error('no integer question')
  await expect(questionnaire.control(first.code)).toBeVisible()

  await measureSaves(appPage, questionnaire, first.code, 'small submission', await recordSize(appPage))

  // Grow the record: every text answer at its 4000-character bound, and long comments.
  for (const section of framework.sections) {
    await questionnaire.openSection(section.title.vi)
    for (const question of framework.questions.filter((item) => item.section === section.code)) {
      if ((await questionnaire.question(question.code).count()) === 0) continue
      if (question.type === 'text') await questionnaire.typeAnswer(question.code, 'Nội dung dài '.repeat(400).slice(0, 4000))
    }
  }
  await questionnaire.openSection(framework.sections[0]?.title.vi ?? '')
  let commented = 0
  for (const question of framework.questions.filter((item) => item.section === framework.sections[0]?.code)) {
    if (commented === 7 || (await questionnaire.question(question.code).count()) === 0) continue
    await questionnaire.addComment(question.code, 'Ghi chú về nguồn số liệu. '.repeat(100).slice(0, 2000))
    commented += 1
  }
  await questionnaire.waitUntilSaved()
  await measureSaves(appPage, questionnaire, first.code, 'large submission', await recordSize(appPage))
})
