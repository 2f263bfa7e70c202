// Mutation fuzz (docs/reliability.md §5.1, XL-IN-FUZZ): workbooks derived from our own export by
// byte flips, XML token edits and part removal never make readWorkbook throw; it answers with a
// workbook or with issues whose codes are all known, and Object.prototype stays clean.
import { fc, test } from '@fast-check/vitest'
import { beforeAll, expect } from 'vitest'
import { workbookReadIssueCodes } from '@core/excel/workbookReadIssue'
import { readWorkbook } from './readWorkbook'
import { EVERY_FEATURE_SPEC } from './testing/everyFeatureSpec'
import { editParts, prototypeKeys } from './testing/xlsxPackage'
import { writeWorkbook } from './writeWorkbook'

let base: Uint8Array = new Uint8Array()
const prototypeBefore = prototypeKeys()
const PARTS = [
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  '[Content_Types].xml',
]
const TOKENS = [
  '<',
  '>',
  '"',
  '/>',
  '</row>',
  '<c r="A1">',
  '<v>1e999</v>',
  '<f>A1</f>',
  '&#0;',
  '&amp;',
  'r="XFD1048576"',
  't="s"',
  '<mergeCell ref="A1:B2"/>',
  'sheetId="1"',
  '__proto__',
  '\u0000',
]

beforeAll(async () => {
  const written = await writeWorkbook(EVERY_FEATURE_SPEC)
  if (!written.ok) throw new Error('base workbook not written')
  base = written.value
})

type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly byte: number }
  | {
      readonly kind: 'insert' | 'duplicate' | 'delete'
      readonly part: string
      readonly at: number
      readonly token: string
      readonly length: number
    }
  | { readonly kind: 'remove'; readonly part: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constantFrom('insert' as const, 'duplicate' as const, 'delete' as const),
    part: fc.constantFrom(...PARTS),
    at: fc.nat(),
    token: fc.constantFrom(...TOKENS),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), part: fc.constantFrom(...PARTS) }),
)

function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  if (change.kind === 'flip') {
    const copy = bytes.slice()
    copy[change.at % copy.length] = change.byte
    return copy
  }
  return editParts(bytes, (parts) => {
    if (change.kind === 'remove') return void parts.delete(change.part)
    const data = parts.get(change.part)
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data ?? new Uint8Array())
    const at = change.at % (text.length + 1)
    const edited =
      change.kind === 'insert'
        ? text.slice(0, at) + change.token + text.slice(at)
        : change.kind === 'delete'
          ? text.slice(0, at) + text.slice(at + change.length)
          : text.slice(0, at) + text.slice(at, at + change.length) + text.slice(at)
    parts.set(change.part, edited)
  })
}

// Part edits first (they need a readable zip), byte flips last.
const order = (change: Mutation): number => (change.kind === 'flip' ? 1 : 0)

test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: 60 })(
  'readWorkbook answers every mutated workbook with a value',
  async (changes) => {
    const bytes = [...changes].sort((a, b) => order(a) - order(b)).reduce(mutate, base)

    const read = await readWorkbook(bytes)

    if (!read.ok)
      expect(read.error.filter((issue) => !workbookReadIssueCodes.includes(issue.code))).toEqual([])
    expect(prototypeKeys()).toEqual(prototypeBefore)
  },
)
