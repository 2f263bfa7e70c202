// Done-when of the Excel exchange issue: for every built-in framework (and a framework with every
// question type), a randomly filled submission → workbook bytes → reader gives an equal
// submission, in several time zones (reliability §5.6 XL-OUT-03, XL-OUT-06).
import { fc, test } from '@fast-check/vitest'
import { afterAll, describe, expect } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import type { Framework } from '@core/framework/framework'
import { validFrameworkArbitrary } from '@core/framework/testing/validFrameworkArbitrary'
import { validateFramework, type ValidFramework } from '@core/framework/validateFramework'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { submissionContentHash } from './contentHash'
import { normaliseContent, type WorkbookContent } from './normaliseContent'
import { readQuestionnaire } from './readQuestionnaire'
import { contentArbitrary } from './testing/answersArbitrary'
import { everyTypeFramework } from './testing/questionnaireFixtures'
import { writeQuestionnaireWorkbook } from './writeQuestionnaireWorkbook'

const originalZone = process.env['TZ']
afterAll(() => {
  if (originalZone === undefined) delete process.env['TZ']
  else process.env['TZ'] = originalZone
})

const unitArbitrary = fc.record({
  code: fc.stringMatching(/^[A-Z][A-Z0-9-]{1,11}$/),
  name: fc.constantFrom('Sở Nội vụ', 'UBND quận Hải Châu', 'Văn phòng Đoàn ĐBQH & HĐND', "Sở Y tế 'mới'"),
})

async function roundTrip(
  framework: ValidFramework,
  content: WorkbookContent,
  unit: { readonly code: string; readonly name: string },
) {
  const written = await writeQuestionnaireWorkbook(framework, {
    unit,
    year: framework.year,
    appVersion: '0.1.0',
    exportedAt: '2026-03-01T08:00:00.000Z',
    content,
  })
  if (!written.ok) throw new Error(JSON.stringify(written.error.slice(0, 3)))
  const workbook = await readWorkbook(written.value)
  if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
  return readQuestionnaire(workbook.value, framework)
}

async function expectEqualAfterRoundTrip(
  framework: ValidFramework,
  content: WorkbookContent,
  unit: { readonly code: string; readonly name: string },
) {
  const read = await roundTrip(framework, content, unit)
  const errors = read.ok
    ? []
    : read.error.filter((issue) => issue.code !== 'missing-required' && issue.code !== 'check-failed')
  expect(errors).toEqual([])
  if (!read.ok) return
  expect(read.value.content).toEqual(normaliseContent(framework, content))
  expect(read.value.unit).toEqual(unit)
  expect(read.value.contentHash).toBe(
    submissionContentHash(
      framework,
      {
        unitCode: unit.code,
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        year: framework.year,
      },
      content,
    ),
  )
  expect(read.value.isUnchangedSinceExport).toBe(true)
}

describe.each(['dept-ict-readiness', 'vn-ict-index-province', 'dti-points'] as const)(
  'questionnaire round trip of %s',
  (id) => {
    const framework = loadedBuiltIn(id)

    test.prop([contentArbitrary(framework), unitArbitrary], { numRuns: 8, seed: 20260301 })(
      'gives back the submission it was written from',
      async (content, unit) => {
        await expectEqualAfterRoundTrip(framework, content, unit)
      },
      120_000,
    )
  },
)

describe.each(['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Kathmandu', 'Asia/Ho_Chi_Minh'])(
  'questionnaire round trip in time zone %s',
  (zone) => {
    const framework = everyTypeFramework()

    test.prop([contentArbitrary(framework), unitArbitrary], { numRuns: 15 })(
      'gives back every question type, dates as the same calendar dates',
      async (content, unit) => {
        process.env['TZ'] = zone
        await expectEqualAfterRoundTrip(framework, content, unit)
      },
      120_000,
    )
  },
)

describe('questionnaire round trip of generated frameworks', () => {
  const validArbitrary = validFrameworkArbitrary
    .map((framework) => validateFramework(framework))
    .filter((validated): validated is { ok: true; value: ValidFramework } => validated.ok)
    .map((validated) => validated.value)

  test.prop(
    [
      validArbitrary.chain((framework: Framework) =>
        fc.tuple(fc.constant(framework as ValidFramework), contentArbitrary(framework)),
      ),
      unitArbitrary,
    ],
    { numRuns: 20 },
  )(
    'survives any section titles (sheet names made valid and unique) and answers',
    async ([framework, content], unit) => {
      await expectEqualAfterRoundTrip(framework, content, unit)
    },
    120_000,
  )
})
