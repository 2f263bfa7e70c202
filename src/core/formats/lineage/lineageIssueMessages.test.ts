import { describe, expect, it } from 'vitest'
import en from '../../../shared/messages/en/issues.json'
import vi from '../../../shared/messages/vi/issues.json'
import { interpolateMessage } from '../../../shared/messages/interpolateMessage'
import { LINEAGE_ISSUE_CODES, type LineageFileIssue } from './lineageFileIssue'

const samples: readonly LineageFileIssue[] = [
  { code: 'lineage-bad-kind', row: 2, found: 'absorbed' },
  { code: 'lineage-bad-date', row: 3, found: '01/07/2025' },
  { code: 'lineage-bad-weight', row: 4, found: '-1' },
  { code: 'lineage-missing-code', row: 5, column: 'old_code' },
  { code: 'lineage-unknown-code', row: 6, unit: 'ZZZ' },
  { code: 'lineage-cycle', row: 7, cycle: 'A → B → A' },
  { code: 'lineage-merged-twice', row: 8, unit: 'A', date: '2025-03-01', first: 'B', second: 'C' },
  { code: 'lineage-date-order', row: 9, unit: 'L', date: '2025-01-01', createdOn: '2025-07-01' },
  { code: 'lineage-duplicate-row', row: 10, first: 3 },
  { code: 'lineage-missing-column', column: 'kind' },
  { code: 'lineage-empty' },
]

describe('lineage issue messages', () => {
  it('have exactly the lineage codes, in both languages', () => {
    expect(Object.keys(en.lineageIssues).sort()).toEqual([...LINEAGE_ISSUE_CODES].sort())
    expect(Object.keys(vi.lineageIssues).sort()).toEqual([...LINEAGE_ISSUE_CODES].sort())
    expect(samples.map((issue) => issue.code).sort()).toEqual([...LINEAGE_ISSUE_CODES].sort())
  })

  it.each(['en', 'vi'] as const)(
    'render every issue in %s with its row and no placeholder left',
    (language) => {
      const catalogue = (language === 'en' ? en : vi).lineageIssues as Record<string, string>
      for (const issue of samples) {
        const text = interpolateMessage(catalogue[issue.code] ?? '', issue)
        expect(text, issue.code).not.toMatch(/\{\{/)
        if ('row' in issue) expect(text, issue.code).toContain(String(issue.row))
      }
    },
  )
})
