import { fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import type { FeedbackContent, FeedbackItem } from './feedbackContent'
import { readFeedbackPackage } from './readFeedbackPackage'
import { FEEDBACK_IDENTITY } from './testing/roundFixtures'
import { writeFeedbackPackage } from './writeFeedbackPackage'

/** Texts with Vietnamese letters, spaces, line breaks and characters a spreadsheet treats specially. */
const anyText = (maxLength: number) =>
  fc.string({
    unit: fc.constantFrom('a', 'Đ', 'ệ', ' ', '\n', '=', '+', '-', '@', "'", '"', '1', ',', '&', '<'),
    maxLength,
  })
const item: fc.Arbitrary<FeedbackItem> = fc.record({
  question: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/),
  kind: fc.constantFrom('answer' as const, 'points' as const),
  label: anyText(40),
  declared: anyText(20),
  appraised: anyText(20),
  reason: anyText(60),
})
const score = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
  nil: null,
})
const content: fc.Arbitrary<Omit<FeedbackContent, 'attachments'>> = fc.record({
  frameworkName: anyText(40),
  message: anyText(200),
  composite: score,
  rank: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  unitCount: fc.integer({ min: 0, max: 100 }),
  components: fc.array(fc.record({ code: fc.stringMatching(/^[A-Z]{1,6}$/), name: anyText(30), score }), {
    maxLength: 4,
  }),
  items: fc.array(item, { maxLength: 6 }),
})

describe('feedback package (property)', () => {
  it('reads back exactly what was written, with an intact hash', async () => {
    await fc.assert(
      fc.asyncProperty(content, fc.integer({ min: 1, max: 9 }), async (written, round) => {
        const file = await writeFeedbackPackage({ ...FEEDBACK_IDENTITY, round }, written, [])
        if (!file.ok) throw new Error(JSON.stringify(file.error))
        const read = await readFeedbackPackage(file.value.bytes, { unitCode: FEEDBACK_IDENTITY.unitCode })
        if (!read.ok) throw new Error(JSON.stringify(read.error))
        // as JSON: a score of -0 is written as 0
        expect(read.value.content).toEqual(JSON.parse(JSON.stringify({ ...written, attachments: [] })))
        expect(read.value.manifest).toEqual(file.value.manifest)
      }),
      {
        numRuns: 25,
        examples: [
          [
            {
              frameworkName: '',
              message: '',
              composite: -0,
              rank: null,
              unitCount: 0,
              components: [],
              items: [],
            },
            1,
          ],
        ],
      },
    )
  }, 120_000)
})
