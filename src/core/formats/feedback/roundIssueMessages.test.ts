import { describe, expect, it } from 'vitest'
import en from '../../../shared/messages/en/issues.json'
import vi from '../../../shared/messages/vi/issues.json'
import { interpolateMessage } from '../../../shared/messages/interpolateMessage'
import { ROUND_ISSUE_CODES, type RoundIssue } from './roundIssue'

const samples: readonly RoundIssue[] = [
  { code: 'round-not-feedback', found: 'response' },
  { code: 'round-not-response', found: 'other' },
  { code: 'round-newer-format', found: 2, newest: 1 },
  { code: 'round-damaged-manifest', field: 'year' },
  { code: 'round-hash-mismatch', kind: 'feedback' },
  { code: 'round-edited-cell', sheet: 'Giải trình', cell: 'H9' },
  { code: 'round-missing-sheet', sheet: 'Giải trình' },
  { code: 'round-unexpected-sheet', sheet: 'Sheet1' },
  { code: 'round-formula-cell', sheet: 'Giải trình', cell: 'B4' },
  { code: 'round-package-without-workbook', expected: 'giai-trinh.xlsx' },
  { code: 'round-package-unexpected-entry', part: 'x/y.txt' },
  { code: 'round-unit-code-invalid', found: 'S N V' },
  { code: 'round-unit-code-lookalike', found: 'SΝV', known: 'SNV' },
  { code: 'round-unit-mismatch', expected: 'SNV', found: 'STC' },
  { code: 'round-unknown-unit', unitCode: 'XYZ' },
  { code: 'round-framework-mismatch', expected: 'dept 2026.1', found: 'dept 2025.1' },
  { code: 'round-year-mismatch', expected: 2026, found: 2025 },
  { code: 'round-assessment-mismatch' },
  { code: 'round-explanation-required', question: 'MayTinh' },
  { code: 'round-evidence-missing', question: 'MayTinh', fileName: 'QĐ.pdf' },
  { code: 'round-evidence-unlisted', part: 'evidence/A/b.pdf' },
  { code: 'round-evidence-not-accepted', question: 'MayTinh', fileName: 'a.exe', accept: 'pdf, png' },
  { code: 'round-evidence-too-many', question: 'MayTinh', maxFiles: 10 },
  { code: 'round-attachment-missing', fileName: 'CV.pdf' },
  { code: 'round-attachment-unlisted', part: 'attachments/x.pdf' },
  { code: 'round-response-unknown-feedback', unit: 'SNV', round: 2 },
  { code: 'round-response-needs-assessment' },
]

describe('round issue messages', () => {
  it('have exactly the round codes, in both languages', () => {
    expect(Object.keys(en.roundIssues).sort()).toEqual([...ROUND_ISSUE_CODES].sort())
    expect(Object.keys(vi.roundIssues).sort()).toEqual([...ROUND_ISSUE_CODES].sort())
    expect(samples.map((issue) => issue.code).sort()).toEqual([...ROUND_ISSUE_CODES].sort())
  })

  it.each(['en', 'vi'] as const)('render every issue in %s with no placeholder left', (language) => {
    const catalogue = (language === 'en' ? en : vi).roundIssues as Record<string, string>
    for (const issue of samples) {
      const text = interpolateMessage(catalogue[issue.code] ?? '', issue)
      expect(text, issue.code).not.toMatch(/\{\{/)
      expect(text.length, issue.code).toBeGreaterThan(15)
    }
  })
})
