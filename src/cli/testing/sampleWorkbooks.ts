import type { ValidFramework } from '@core/framework/validateFramework'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { generateSample } from '@core/sample/generateSample'

/** Filled questionnaire workbooks of the first `count` sample units, by unit code (a fixed export time). */
export async function sampleWorkbooks(
  framework: ValidFramework,
  seed: number,
  count: number,
): Promise<Map<string, Uint8Array>> {
  const sample = generateSample({ framework, year: framework.year, seed, anomalies: false })
  if (!sample.ok) throw new Error('sample')
  const workbooks = new Map<string, Uint8Array>()
  for (const submission of sample.value.submissions.slice(0, count)) {
    const written = await writeQuestionnaireWorkbook(framework, {
      unit: { code: submission.unit.code, name: submission.unit.name },
      appVersion: 'test',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers: submission.answers, comments: {} },
    })
    if (!written.ok) throw new Error('workbook')
    workbooks.set(submission.unit.code, written.value)
  }
  return workbooks
}
