import { describe, expect, it } from 'vitest'
import type { IMetaIssue } from '@core/formats/coinr/importIMeta'
import type { CsvIssue } from '@core/excel/csv/parseCsv'
import { workbookReadIssueCodes, type WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { workbookWriteIssueCodes, type WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { frameworkIssueCodes } from '@core/framework/frameworkIssue'
import en from '../../../shared/messages/en/issues.json'
import vi from '../../../shared/messages/vi/issues.json'
import { interpolateMessage } from '../../../shared/messages/interpolateMessage'
import { authoringIssueCodes, type AuthoringIssue } from '@core/formats/authoring/authoringIssue'
import { frameworkFileLevelCodes, type FileLevelIssue, type FrameworkFileIssue } from './frameworkFileIssue'

type SamplesOf<I extends { readonly code: string }> = {
  readonly [C in I['code']]: Extract<I, { readonly code: C }>
}

const where = { sheet: 'questions', cell: 'C7' }
const authoringSamples: SamplesOf<AuthoringIssue> = {
  'authoring-missing-sheet': { code: 'authoring-missing-sheet', sheet: 'questions' },
  'authoring-missing-column': { code: 'authoring-missing-column', ...where, expected: 'type' },
  'authoring-duplicate-column': { code: 'authoring-duplicate-column', ...where, found: 'code' },
  'authoring-unknown-column': { code: 'authoring-unknown-column', ...where, found: 'tex_vi' },
  'authoring-missing-value': { code: 'authoring-missing-value', ...where, expected: 'code' },
  'authoring-missing-setting': { code: 'authoring-missing-setting', sheet: 'settings', expected: 'id' },
  'authoring-unknown-setting': {
    code: 'authoring-unknown-setting',
    sheet: 'settings',
    cell: 'A9',
    found: 'ten',
  },
  'authoring-duplicate-row': { code: 'authoring-duplicate-row', sheet: 'settings', cell: 'A12', found: 'id' },
  'authoring-not-a-number': { code: 'authoring-not-a-number', ...where, found: 'hai' },
  'authoring-not-an-integer': { code: 'authoring-not-an-integer', ...where, found: '2,5' },
  'authoring-not-yes-no': { code: 'authoring-not-yes-no', ...where, found: 'chắc chắn' },
  'authoring-not-text': { code: 'authoring-not-text', ...where, found: '2025-01-02' },
  'authoring-unknown-option': {
    code: 'authoring-unknown-option',
    ...where,
    expected: 'integer, decimal',
    found: 'number',
  },
  'authoring-bad-list': {
    code: 'authoring-bad-list',
    sheet: 'rules',
    cell: 'H4',
    expected: '4:20; 3:15',
    found: '4-20',
  },
  'authoring-formula-cell': { code: 'authoring-formula-cell', ...where, found: '=A1+1' },
  'authoring-error-cell': { code: 'authoring-error-cell', ...where, found: '#N/A' },
  'authoring-not-applicable': { code: 'authoring-not-applicable', ...where, column: 'min', type: 'text' },
  'authoring-unknown-question': {
    code: 'authoring-unknown-question',
    sheet: 'choices',
    cell: 'A5',
    found: 'KhongCo',
  },
  'authoring-unknown-table-column': {
    code: 'authoring-unknown-table-column',
    sheet: 'choices',
    cell: 'B5',
    found: 'Cot9',
    question: 'PhanMem',
  },
  'authoring-rows-not-allowed': {
    code: 'authoring-rows-not-allowed',
    sheet: 'choices',
    cell: 'A6',
    found: 'MayTinh',
    type: 'integer',
  },
  'authoring-unknown-indicator': {
    code: 'authoring-unknown-indicator',
    sheet: 'rules',
    cell: 'A9',
    found: '9.9',
  },
  'authoring-rule-without-parent': {
    code: 'authoring-rule-without-parent',
    sheet: 'rules',
    cell: 'B9',
    found: 'a/x',
  },
  'authoring-wrong-template': {
    code: 'authoring-wrong-template',
    sheet: '_meta',
    cell: 'B2',
    expected: 'framework-authoring',
    found: 'questionnaire',
  },
  'authoring-newer-template': {
    code: 'authoring-newer-template',
    sheet: '_meta',
    cell: 'B3',
    expected: '1',
    found: '2',
  },
}
const fileSamples: SamplesOf<FileLevelIssue> = {
  'unsupported-file-type': { code: 'unsupported-file-type', fileName: 'khung.xls', extension: 'xls' },
  'not-utf8-text': { code: 'not-utf8-text', fileName: 'imeta.csv' },
  'not-json': { code: 'not-json', fileName: 'khung.json', message: 'Unexpected token }' },
}
const part = 'xl/worksheets/sheet1.xml'
const readSamples: SamplesOf<WorkbookReadIssue> = {
  'empty-file': { code: 'empty-file' },
  'file-too-large': { code: 'file-too-large', size: 30_000_000, limit: 20_000_000 },
  'encrypted-or-legacy-file': { code: 'encrypted-or-legacy-file' },
  'not-a-zip': { code: 'not-a-zip' },
  'corrupt-zip': { code: 'corrupt-zip', reason: 'crc-mismatch' },
  'zip64-unsupported': { code: 'zip64-unsupported' },
  'too-many-entries': { code: 'too-many-entries', count: 5000, limit: 1000 },
  'unsafe-entry-name': { code: 'unsafe-entry-name', part: '../evil' },
  'duplicate-entry': { code: 'duplicate-entry', part },
  'encrypted-entry': { code: 'encrypted-entry', part },
  'unsupported-compression': { code: 'unsupported-compression', part, method: 12 },
  'part-too-large': { code: 'part-too-large', part, size: 60_000_000, limit: 50_000_000 },
  'workbook-too-large': { code: 'workbook-too-large', size: 200_000_000, limit: 100_000_000 },
  'compression-ratio-too-high': { code: 'compression-ratio-too-high', part, ratio: 1000, limit: 200 },
  'missing-content-types': { code: 'missing-content-types' },
  'missing-workbook-part': { code: 'missing-workbook-part' },
  'missing-workbook-relationships': { code: 'missing-workbook-relationships' },
  'missing-sheet-part': { code: 'missing-sheet-part', sheet: 'Data', part },
  'unsupported-part-name': { code: 'unsupported-part-name', part },
  'macros-present': { code: 'macros-present', part: 'xl/vbaProject.bin' },
  'external-links-present': { code: 'external-links-present', part: 'xl/externalLinks/externalLink1.xml' },
  'activex-present': { code: 'activex-present', part: 'xl/activeX/activeX1.xml' },
  'embedded-objects-present': { code: 'embedded-objects-present', part: 'xl/embeddings/oleObject1.bin' },
  'xml-dtd-present': { code: 'xml-dtd-present', part },
  'unsupported-xml-encoding': { code: 'unsupported-xml-encoding', part },
  'invalid-xml-character': { code: 'invalid-xml-character', part },
  'xml-too-deep': { code: 'xml-too-deep', part, depth: 65, limit: 64 },
  'no-sheets': { code: 'no-sheets' },
  'too-many-sheets': { code: 'too-many-sheets', count: 300, limit: 250 },
  'invalid-sheet-name': { code: 'invalid-sheet-name', sheet: 'History', reason: 'reserved' },
  'duplicate-sheet-name': { code: 'duplicate-sheet-name', sheet: 'Data' },
  'invalid-sheet-entry': { code: 'invalid-sheet-entry', sheet: 'Data', reason: 'missing-relationship' },
  'sheet-too-large': {
    code: 'sheet-too-large',
    part,
    sheet: 'Data',
    rows: 200_000,
    columns: 10,
    limits: { rows: 100_000, columns: 2000 },
  },
  'too-many-cells': { code: 'too-many-cells', count: 2_000_000, limit: 1_000_000 },
  'grid-too-large': { code: 'grid-too-large', count: 9_000_000, limit: 5_000_000 },
  'too-many-merges': { code: 'too-many-merges', part, sheet: 'Data', count: 30_000, limit: 2000 },
  'merge-area-too-large': {
    code: 'merge-area-too-large',
    part,
    sheet: 'Data',
    cells: 1_000_000,
    limit: 100_000,
  },
  'invalid-merge': { code: 'invalid-merge', part, sheet: 'Data', ref: 'A1:ZZZZ9' },
  'invalid-cell-reference': { code: 'invalid-cell-reference', part, sheet: 'Data', ref: 'A0' },
  'text-too-long': { code: 'text-too-long', part, length: 40_000, limit: 32_767 },
  'too-many-shared-strings': { code: 'too-many-shared-strings', part, count: 1_000_001, limit: 1_000_000 },
  'too-many-styles': { code: 'too-many-styles', part, count: 200_000, limit: 64_000 },
  'invalid-shared-string-reference': {
    code: 'invalid-shared-string-reference',
    part,
    sheet: 'Data',
    index: 99,
    count: 10,
  },
  'unreadable-workbook': { code: 'unreadable-workbook', message: 'End of data reached' },
}
const writeWhere = { sheet: 'Báo cáo', cell: 'C7' }
const writeSamples: SamplesOf<WorkbookWriteIssue> = {
  'no-sheets': { code: 'no-sheets' },
  'no-visible-sheet': { code: 'no-visible-sheet' },
  'too-many-rows': { code: 'too-many-rows', sheet: 'Data', rows: 2_000_000, limit: 1_048_576 },
  'too-many-columns': { code: 'too-many-columns', sheet: 'Data', columns: 20_000, limit: 16_384 },
  'text-too-long': { code: 'text-too-long', ...writeWhere, length: 40_000, limit: 32_767 },
  'non-finite-number': { code: 'non-finite-number', ...writeWhere },
  'invalid-date': { code: 'invalid-date', ...writeWhere, iso: '2025-02-30' },
  'invalid-formula': { code: 'invalid-formula', ...writeWhere, reason: 'dde' },
  'invalid-style': { code: 'invalid-style', ...writeWhere, field: 'width' },
  'invalid-range': { code: 'invalid-range', sheet: 'Data', range: 'A0:B2', field: 'merge', reason: 'syntax' },
  'overlapping-merges': { code: 'overlapping-merges', sheet: 'Data', ranges: ['A1:B2', 'B2:C3'] },
  'merge-hides-value': { code: 'merge-hides-value', sheet: 'Data', range: 'A1:B2', cell: 'B2' },
  'invalid-validation': { code: 'invalid-validation', sheet: 'Data', range: 'C3:C9', reason: 'empty-list' },
  'validation-text-too-long': {
    code: 'validation-text-too-long',
    sheet: 'Data',
    range: 'C3:C9',
    field: 'prompt',
    length: 300,
    limit: 255,
  },
  'unknown-sheet': { code: 'unknown-sheet', sheet: 'Danh mục', field: 'validation-source' },
  'invalid-defined-name': { code: 'invalid-defined-name', name: 'A1', reason: 'looks-like-reference' },
  'duplicate-defined-name': { code: 'duplicate-defined-name', name: 'DanhSach' },
  'invalid-freeze': { code: 'invalid-freeze', sheet: 'Data' },
  'invalid-page-setup': { code: 'invalid-page-setup', sheet: 'Data', field: 'header' },
  'invalid-font': { code: 'invalid-font' },
  'invalid-created-date': { code: 'invalid-created-date', created: 'hôm qua' },
  'unwritable-workbook': { code: 'unwritable-workbook', message: 'Out of memory' },
  cancelled: { code: 'cancelled' },
}
const samples: readonly { readonly code: string }[] = [
  ...Object.values(authoringSamples),
  ...Object.values(fileSamples),
  ...Object.values(readSamples),
  ...Object.values(writeSamples),
]
const catalogues = { en, vi } as const
const fileMessages = (language: 'en' | 'vi'): Readonly<Record<string, string>> =>
  catalogues[language].fileIssues
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '')

describe('file issue messages', () => {
  it('have the same codes in Vietnamese and English', () => {
    expect(Object.keys(vi.fileIssues).sort()).toEqual(Object.keys(en.fileIssues).sort())
  })

  it('cover every authoring, file, workbook read and workbook write code, and the unknown fallback', () => {
    const expected = new Set<string>([
      ...authoringIssueCodes,
      ...frameworkFileLevelCodes,
      ...workbookReadIssueCodes,
      ...workbookWriteIssueCodes,
      'unknown',
    ])

    expect(Object.keys(en.fileIssues).sort()).toEqual([...expected].sort())
  })

  it('use no code that another catalogue already translates (the first catalogue found would win)', () => {
    const others = new Set([...Object.keys(en.frameworkIssues), ...Object.keys(en.tableIssues)])

    expect(Object.keys(en.fileIssues).filter((code) => others.has(code))).toEqual([])
  })

  it.each(['en', 'vi'] as const)(
    'name only fields of the issue in their %s placeholders and leave none unfilled',
    (language) => {
      for (const sample of samples) {
        const template = fileMessages(language)[sample.code] ?? ''

        const text = interpolateMessage(template, sample)

        expect(
          placeholders(template).filter((name) => !(name in sample)),
          sample.code,
        ).toEqual([])
        expect(text, sample.code).not.toMatch(/\{\{|\}\}/)
        expect(text.length, sample.code).toBeGreaterThan(15)
      }
    },
  )

  it.each(['en', 'vi'] as const)('have a %s fallback naming the code', (language) => {
    expect(interpolateMessage(fileMessages(language)['unknown'] ?? '', { code: 'mystery' })).toContain(
      'mystery',
    )
  })

  it('translate every code readFrameworkFile can return in one catalogue or another', () => {
    const iMetaCodes = [
      'imeta-empty',
      'imeta-missing-column',
      'imeta-bad-cell',
      'imeta-unknown-type',
      'imeta-framework-invalid',
    ] as const satisfies readonly IMetaIssue['code'][]
    const csvCodes = ['unterminated-quote', 'unexpected-quote'] as const satisfies readonly CsvIssue['code'][]
    const codes: readonly FrameworkFileIssue['code'][] = [
      ...frameworkFileLevelCodes,
      ...workbookReadIssueCodes,
      ...authoringIssueCodes,
      ...frameworkIssueCodes,
      ...iMetaCodes,
      ...csvCodes,
    ]
    const translated = (language: 'en' | 'vi') =>
      new Set(Object.values(catalogues[language]).flatMap((section) => Object.keys(section)))

    expect(codes.filter((code) => !translated('en').has(code) || !translated('vi').has(code))).toEqual([])
  })
})
