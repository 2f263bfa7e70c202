import { describe, expect, it } from 'vitest'
import { prepareWorkbookSpec } from './prepareWorkbookSpec'
import type { SheetSpec, WorkbookSpec } from './workbookSpec'

const aSheet = (overrides: Partial<SheetSpec> = {}): SheetSpec => ({ name: 'S', rows: [], ...overrides })
const issuesOf = (spec: WorkbookSpec): readonly unknown[] => {
  const prepared = prepareWorkbookSpec(spec, () => 0)
  return prepared.ok ? [] : prepared.error
}

describe('prepareWorkbookSpec', () => {
  it('maps requested sheet names to written ones and reports the renaming', () => {
    const prepared = prepareWorkbookSpec(
      { sheets: [aSheet({ name: 'Q1/2025' }), aSheet({ name: 'q1_2025' })] },
      () => 0,
    )

    expect(prepared.ok && prepared.value.sheetNames).toEqual([
      { requested: 'Q1/2025', written: 'Q1_2025' },
      { requested: 'q1_2025', written: 'q1_2025 (2)' },
    ])
    expect(prepared.ok && prepared.value.changes).toEqual([
      { kind: 'sheet-renamed', requested: 'Q1/2025', written: 'Q1_2025' },
      { kind: 'sheet-renamed', requested: 'q1_2025', written: 'q1_2025 (2)' },
    ])
  })

  it('follows the renaming in validation sources and defined names', () => {
    const prepared = prepareWorkbookSpec(
      {
        sheets: [
          aSheet({
            validations: [
              { range: 'A1:A9', rule: { kind: 'list-range', sheet: "Lists/O'Neil", range: 'A1:A3' } },
            ],
          }),
          aSheet({ name: "Lists/O'Neil" }),
        ],
        definedNames: [{ name: 'Choices', sheet: "Lists/O'Neil", range: 'A1:A3' }],
      },
      () => 0,
    )

    expect(prepared.ok && prepared.value.sheets[0]?.validations[0]?.formulae).toEqual([
      "'Lists_O''Neil'!$A$1:$A$3",
    ])
    expect(prepared.ok && prepared.value.definedNames).toEqual([
      { name: 'Choices', formula: "'Lists_O''Neil'!$A$1:$A$3" },
    ])
  })

  it('neutralises formula-like text and reports sanitised text by cell', () => {
    const prepared = prepareWorkbookSpec(
      { sheets: [aSheet({ rows: [['=1+1', 'a\u0001b', '', -0]] })] },
      () => 0,
    )

    expect(prepared.ok && prepared.value.sheets[0]?.cells.map((cell) => cell.value)).toEqual([
      { kind: 'text', text: "'=1+1", isNeutralised: true },
      { kind: 'text', text: 'ab', isNeutralised: false },
      { kind: 'number', value: 0 },
    ])
    expect(prepared.ok && prepared.value.changes).toEqual([
      { kind: 'text-changed', sheet: 'S', place: 'B1', reasons: ['control-characters-removed'] },
    ])
  })

  it('keeps styled empty cells, such as unlocked answer cells', () => {
    const prepared = prepareWorkbookSpec(
      { sheets: [aSheet({ rows: [[null, { value: null, style: { locked: false } }]] })] },
      () => 0,
    )

    expect(prepared.ok && prepared.value.sheets[0]?.cells).toEqual([
      { row: 1, column: 2, value: { kind: 'empty' }, style: { locked: false } },
    ])
  })

  it('refuses a spec without sheets, or without a visible one', () => {
    expect(issuesOf({ sheets: [] })).toEqual([{ code: 'no-sheets' }])
    expect(issuesOf({ sheets: [aSheet({ state: 'hidden' })] })).toEqual([{ code: 'no-visible-sheet' }])
  })

  it('collects every cell problem at once', () => {
    const rows = [
      [
        'x'.repeat(32_768),
        Number.NaN,
        { type: 'date', iso: '2023-02-29' },
        { type: 'formula', formula: "cmd|' /C calc'!A0" },
        { value: 1, style: { fill: 'yellow' } },
      ],
    ] as const

    expect(issuesOf({ sheets: [aSheet({ rows })] })).toEqual([
      { code: 'text-too-long', sheet: 'S', cell: 'A1', length: 32_768, limit: 32_767 },
      { code: 'non-finite-number', sheet: 'S', cell: 'B1' },
      { code: 'invalid-date', sheet: 'S', cell: 'C1', iso: '2023-02-29' },
      { code: 'invalid-formula', sheet: 'S', cell: 'D1', reason: 'dde' },
      { code: 'invalid-style', sheet: 'S', cell: 'E1', field: 'fill' },
    ])
  })

  it('counts the apostrophe of neutralised text against the 32,767-character limit', () => {
    expect(issuesOf({ sheets: [aSheet({ rows: [[`=${'x'.repeat(32_766)}`]] })] })).toEqual([
      { code: 'text-too-long', sheet: 'S', cell: 'A1', length: 32_768, limit: 32_767 },
    ])
  })

  it('refuses more rows or columns than Excel has', () => {
    expect(issuesOf({ sheets: [aSheet({ rows: Array.from({ length: 1_048_577 }, () => []) })] })).toEqual([
      { code: 'too-many-rows', sheet: 'S', rows: 1_048_577, limit: 1_048_576 },
    ])
    expect(issuesOf({ sheets: [aSheet({ rows: [Array(16_385).fill(1)] })] })).toEqual([
      { code: 'too-many-columns', sheet: 'S', columns: 16_385, limit: 16_384 },
    ])
  })

  it('refuses bad merges, freeze panes, filters, columns, fonts and dates', () => {
    const sheet = aSheet({
      rows: [['a', 'hidden']],
      merges: ['A1:B1', 'B1:C2', 'A1:XFD1048576', 'nope'],
      freeze: { rows: -1 },
      autoFilter: 'A1:',
      columns: [{ width: 300 }],
    })

    expect(
      issuesOf({ sheets: [sheet], font: { name: '', size: 12 }, properties: { created: 'yesterday' } }),
    ).toEqual([
      { code: 'merge-hides-value', sheet: 'S', range: 'A1:B1', cell: 'B1' },
      { code: 'overlapping-merges', sheet: 'S', ranges: ['A1:B1', 'B1:C2'] },
      { code: 'invalid-range', sheet: 'S', range: 'A1:XFD1048576', field: 'merge', reason: 'too-large' },
      { code: 'invalid-range', sheet: 'S', range: 'nope', field: 'merge', reason: 'syntax' },
      { code: 'invalid-style', sheet: 'S', cell: 'column A', field: 'width' },
      { code: 'invalid-freeze', sheet: 'S' },
      { code: 'invalid-range', sheet: 'S', range: 'A1:', field: 'auto-filter', reason: 'syntax' },
      { code: 'invalid-font' },
      { code: 'invalid-created-date', created: 'yesterday' },
    ])
  })

  it('refuses bad defined names', () => {
    const definedNames = [
      { name: 'A1', sheet: 'S', range: 'A1' },
      { name: 'R1C1', sheet: 'S', range: 'A1' },
      { name: '1abc', sheet: 'S', range: 'A1' },
      { name: 'ok', sheet: 'Missing', range: 'A1' },
      { name: 'Dup', sheet: 'S', range: 'A1' },
      { name: 'dup', sheet: 'S', range: 'A2' },
    ]

    expect(issuesOf({ sheets: [aSheet()], definedNames })).toEqual([
      { code: 'invalid-defined-name', name: 'A1', reason: 'looks-like-reference' },
      { code: 'invalid-defined-name', name: 'R1C1', reason: 'looks-like-reference' },
      { code: 'invalid-defined-name', name: '1abc', reason: 'syntax' },
      { code: 'unknown-sheet', sheet: 'Missing', field: 'defined-name' },
      { code: 'duplicate-defined-name', name: 'dup' },
    ])
  })

  it('accepts __proto__ as a sheet name and as a defined name', () => {
    const prepared = prepareWorkbookSpec(
      {
        sheets: [aSheet({ name: '__proto__' })],
        definedNames: [{ name: '__proto__', sheet: '__proto__', range: 'A1' }],
      },
      () => 0,
    )

    expect(prepared.ok && prepared.value.definedNames).toEqual([
      { name: '__proto__', formula: "'__proto__'!$A$1" },
    ])
  })

  it('uses Times New Roman 12 and the given creation time', () => {
    const prepared = prepareWorkbookSpec({
      sheets: [aSheet()],
      properties: { creator: 'ICT', created: '2025-01-15T08:00:00Z' },
    })

    expect(
      prepared.ok && [prepared.value.font, prepared.value.creator, prepared.value.createdMilliseconds],
    ).toEqual([{ name: 'Times New Roman', size: 12 }, 'ICT', Date.UTC(2025, 0, 15, 8)])
  })
})
