import { fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { FEEDBACK_IDENTITY } from '@core/formats/feedback/testing/roundFixtures'
import { readResponsePackage } from './readResponsePackage'
import type { ResponseItem } from './responseContent'
import { writeResponsePackage } from './writeResponsePackage'

const anyText = (maxLength: number) =>
  fc.string({
    unit: fc.constantFrom('a', 'Đ', 'ệ', ' ', '\n', '=', '+', '-', '@', "'", '"', '1', ',', '&', '<'),
    maxLength,
  })
const item: fc.Arbitrary<Omit<ResponseItem, 'evidence'>> = fc
  .record({
    question: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/),
    kind: fc.constantFrom('answer' as const, 'points' as const),
    label: anyText(40),
    declared: anyText(20),
    appraised: anyText(20),
    reason: anyText(60),
    decision: fc.constantFrom('agree' as const, 'explain' as const),
    explanation: fc.string({ minLength: 3, maxLength: 80 }).filter((text) => text.trim().length >= 3),
  })
  .map((answered) => (answered.decision === 'agree' ? { ...answered, explanation: '' } : answered))
const fileName = fc.constantFrom('QĐ 12.pdf', 'anh chup.PNG', 'bien-ban.docx', 'so lieu.xlsx')

describe('response package (property)', () => {
  it('reads back exactly what was written: decisions, explanations, evidence per item', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(item, { maxLength: 5, selector: (answered) => answered.question }),
        fc.array(fc.tuple(fc.nat(4), fileName), { maxLength: 4 }),
        async (items, picks) => {
          const explained = items.filter((answered) => answered.decision === 'explain')
          const files = [
            ...new Map(
              picks.flatMap(([index, name]) => {
                const target = explained[index % Math.max(1, explained.length)]
                return target === undefined
                  ? []
                  : [
                      [
                        `${target.question}/${name}`,
                        { question: target.question, fileName: name, bytes: new TextEncoder().encode(name) },
                      ] as const,
                    ]
              }),
            ).values(),
          ]
          const content = { frameworkName: 'Bộ chỉ số', feedbackHash: 'b'.repeat(64), items }
          const file = await writeResponsePackage(FEEDBACK_IDENTITY, content, files)
          if (!file.ok) throw new Error(JSON.stringify(file.error))
          const read = await readResponsePackage(file.value.bytes)
          if (!read.ok) throw new Error(JSON.stringify(read.error))
          expect(read.value.content.items.map(({ evidence: _evidence, ...rest }) => rest)).toEqual(items)
          expect(read.value.evidence.map((entry) => `${entry.question}/${entry.fileName}`).sort()).toEqual(
            files.map((entry) => `${entry.question}/${entry.fileName}`).sort(),
          )
        },
      ),
      { numRuns: 25 },
    )
  }, 120_000)
})
