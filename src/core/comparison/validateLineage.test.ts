import { describe, expect, it } from 'vitest'
import type { LineageDraftRow } from './unitLineage'
import { validateLineage } from './validateLineage'

let next = 2
const draft = (fields: Partial<LineageDraftRow>): LineageDraftRow => ({
  row: next++,
  newCode: 'B',
  newName: '',
  oldCode: 'A',
  oldName: '',
  kind: 'merged',
  effectiveDate: '2025-03-01',
  weight: null,
  source: '',
  ...fields,
})

describe('validateLineage', () => {
  it('accepts a good lineage and orders it by date', () => {
    next = 2
    const checked = validateLineage(
      [
        draft({ oldCode: 'B', newCode: 'C', effectiveDate: '2025-07-01', kind: 'renamed' }),
        draft({ oldCode: 'A', newCode: 'B', weight: '2,5' }),
        draft({ oldCode: 'B', newCode: 'B' }),
        draft({ oldCode: '', newCode: 'N', kind: 'Created' }),
        draft({ oldCode: 'D', newCode: '', kind: 'dissolved' }),
      ],
      { knownCodes: new Set(['A', 'B', 'D']) },
    )
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(checked.value.rows.map((row) => `${row.oldCode}>${row.newCode}`)).toEqual([
      'A>B',
      'B>B',
      '>N',
      'D>',
      'B>C',
    ])
    expect(checked.value.rows[0]?.weight).toBe(2.5)
    expect(checked.value.rows[2]?.kind).toBe('created')
  })

  it('reports every problem of a bad file at once, each on its row', () => {
    next = 2
    const checked = validateLineage(
      [
        draft({ kind: 'absorbed' }), // 2 bad kind
        draft({ effectiveDate: '2025-02-30' }), // 3 bad date
        draft({ weight: '-1' }), // 4 bad weight
        draft({ newCode: '', kind: 'renamed' }), // 5 missing new code
        draft({ oldCode: 'ZZZ', newCode: 'B' }), // 6 unknown code
        draft({ oldCode: 'X', newCode: 'Y', kind: 'renamed', effectiveDate: '2025-05-01' }), // 7 cycle X → Y → X
        draft({ oldCode: 'Y', newCode: 'X', kind: 'renamed', effectiveDate: '2025-06-01' }), // 8
        draft({ oldCode: 'A', newCode: 'C', effectiveDate: '2025-04-01' }), // 9
        draft({ oldCode: 'A', newCode: 'D', effectiveDate: '2025-04-01' }), // 10 merged twice on one date
        draft({ oldCode: 'L', newCode: 'M', effectiveDate: '2025-01-01' }), // 11 L used before it is created
        draft({ oldCode: 'K', newCode: 'L', effectiveDate: '2025-09-01' }), // 12
        draft({ oldCode: 'A', newCode: 'C', effectiveDate: '2025-04-01' }), // 13 same as row 9
      ],
      { knownCodes: new Set(['A', 'B', 'X', 'Y', 'K']) },
    )
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.error).toEqual([
      { code: 'lineage-bad-kind', row: 2, found: 'absorbed' },
      { code: 'lineage-bad-date', row: 3, found: '2025-02-30' },
      { code: 'lineage-bad-weight', row: 4, found: '-1' },
      { code: 'lineage-missing-code', row: 5, column: 'new_code' },
      { code: 'lineage-unknown-code', row: 6, unit: 'ZZZ' },
      { code: 'lineage-cycle', row: 7, cycle: 'X → Y → X' },
      {
        code: 'lineage-merged-twice',
        row: 10,
        unit: 'A',
        date: '2025-04-01',
        first: 'C',
        second: 'D',
      },
      { code: 'lineage-date-order', row: 11, unit: 'L', date: '2025-01-01', createdOn: '2025-09-01' },
      { code: 'lineage-duplicate-row', row: 13, first: 9 },
    ])
  })
})
