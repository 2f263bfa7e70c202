/**
 * Why a zip is corrupt.
 *
 * @example
 *   const reason: CorruptZipReason = 'crc-mismatch'
 */
export type CorruptZipReason =
  | 'missing-end-of-central-directory'
  | 'multi-disk'
  | 'entry-out-of-bounds'
  | 'bad-entry-header'
  | 'invalid-compressed-data'
  | 'size-mismatch'
  | 'crc-mismatch'

/**
 * Why a sheet's name cannot be read faithfully (exceljs would throw or silently truncate).
 *
 * @example
 *   const reason: InvalidSheetNameReason = 'too-long'
 */
export type InvalidSheetNameReason =
  'empty' | 'reserved' | 'forbidden-character' | 'edge-apostrophe' | 'too-long'

/**
 * What is wrong with a sheet's entry in `xl/workbook.xml`.
 *
 * @example
 *   const reason: InvalidSheetEntryReason = 'duplicate-id'
 */
export type InvalidSheetEntryReason = 'bad-id' | 'duplicate-id' | 'missing-relationship' | 'duplicate-part'

/**
 * Why `readWorkbook` refused a file: a plain object with a kebab-case `code` plus context (`part`
 * is a path inside the zip, `sheet` a sheet name when known). The renderer translates the code;
 * core never builds the message. All problems found are collected.
 *
 * @example
 *   const issue: WorkbookReadIssue = { code: 'too-many-merges', part: 'xl/worksheets/sheet1.xml', sheet: 'Data', count: 30000, limit: 2000 }
 */
export type WorkbookReadIssue =
  | { readonly code: 'empty-file' }
  | { readonly code: 'file-too-large'; readonly size: number; readonly limit: number }
  | { readonly code: 'encrypted-or-legacy-file' }
  | { readonly code: 'not-a-zip' }
  | { readonly code: 'corrupt-zip'; readonly reason: CorruptZipReason; readonly part?: string }
  | { readonly code: 'zip64-unsupported' }
  | { readonly code: 'too-many-entries'; readonly count: number; readonly limit: number }
  | { readonly code: 'unsafe-entry-name'; readonly part: string }
  | { readonly code: 'duplicate-entry'; readonly part: string }
  | { readonly code: 'encrypted-entry'; readonly part: string }
  | { readonly code: 'unsupported-compression'; readonly part: string; readonly method: number }
  | { readonly code: 'part-too-large'; readonly part: string; readonly size: number; readonly limit: number }
  | { readonly code: 'workbook-too-large'; readonly size: number; readonly limit: number }
  | {
      readonly code: 'compression-ratio-too-high'
      readonly part: string
      readonly ratio: number
      readonly limit: number
    }
  | { readonly code: 'missing-content-types' }
  | { readonly code: 'missing-workbook-part' }
  | { readonly code: 'missing-workbook-relationships' }
  | { readonly code: 'missing-sheet-part'; readonly sheet: string; readonly part: string }
  | { readonly code: 'unsupported-part-name'; readonly part: string; readonly sheet?: string }
  | { readonly code: 'macros-present'; readonly part: string }
  | { readonly code: 'external-links-present'; readonly part: string }
  | { readonly code: 'activex-present'; readonly part: string }
  | { readonly code: 'embedded-objects-present'; readonly part: string }
  | { readonly code: 'xml-dtd-present'; readonly part: string }
  | { readonly code: 'unsupported-xml-encoding'; readonly part: string }
  | { readonly code: 'invalid-xml-character'; readonly part: string }
  | { readonly code: 'xml-too-deep'; readonly part: string; readonly depth: number; readonly limit: number }
  | { readonly code: 'no-sheets' }
  | { readonly code: 'too-many-sheets'; readonly count: number; readonly limit: number }
  | { readonly code: 'invalid-sheet-name'; readonly sheet: string; readonly reason: InvalidSheetNameReason }
  | { readonly code: 'duplicate-sheet-name'; readonly sheet: string }
  | { readonly code: 'invalid-sheet-entry'; readonly sheet: string; readonly reason: InvalidSheetEntryReason }
  | {
      readonly code: 'sheet-too-large'
      readonly part: string
      readonly sheet: string
      readonly rows: number
      readonly columns: number
      readonly limits: { readonly rows: number; readonly columns: number }
    }
  | { readonly code: 'too-many-cells'; readonly count: number; readonly limit: number }
  | { readonly code: 'grid-too-large'; readonly count: number; readonly limit: number }
  | {
      readonly code: 'too-many-merges'
      readonly part: string
      readonly sheet: string
      readonly count: number
      readonly limit: number
    }
  | {
      readonly code: 'merge-area-too-large'
      readonly part: string
      readonly sheet: string
      readonly cells: number
      readonly limit: number
    }
  | { readonly code: 'invalid-merge'; readonly part: string; readonly sheet: string; readonly ref: string }
  | {
      readonly code: 'invalid-cell-reference'
      readonly part: string
      readonly sheet: string
      readonly ref: string
    }
  | { readonly code: 'text-too-long'; readonly part: string; readonly length: number; readonly limit: number }
  | {
      readonly code: 'too-many-shared-strings'
      readonly part: string
      readonly count: number
      readonly limit: number
    }
  | {
      readonly code: 'too-many-styles'
      readonly part: string
      readonly count: number
      readonly limit: number
    }
  | {
      readonly code: 'invalid-shared-string-reference'
      readonly part: string
      readonly sheet: string
      readonly index: number
      readonly count: number
    }
  | { readonly code: 'unreadable-workbook'; readonly message: string }

/** Every `WorkbookReadIssue` code, for the renderer's translation tests. @example workbookReadIssueCodes.includes('not-a-zip') // => true */
export const workbookReadIssueCodes = [
  'empty-file',
  'file-too-large',
  'encrypted-or-legacy-file',
  'not-a-zip',
  'corrupt-zip',
  'zip64-unsupported',
  'too-many-entries',
  'unsafe-entry-name',
  'duplicate-entry',
  'encrypted-entry',
  'unsupported-compression',
  'part-too-large',
  'workbook-too-large',
  'compression-ratio-too-high',
  'missing-content-types',
  'missing-workbook-part',
  'missing-workbook-relationships',
  'missing-sheet-part',
  'unsupported-part-name',
  'macros-present',
  'external-links-present',
  'activex-present',
  'embedded-objects-present',
  'xml-dtd-present',
  'unsupported-xml-encoding',
  'invalid-xml-character',
  'xml-too-deep',
  'no-sheets',
  'too-many-sheets',
  'invalid-sheet-name',
  'duplicate-sheet-name',
  'invalid-sheet-entry',
  'sheet-too-large',
  'too-many-cells',
  'grid-too-large',
  'too-many-merges',
  'merge-area-too-large',
  'invalid-merge',
  'invalid-cell-reference',
  'text-too-long',
  'too-many-shared-strings',
  'too-many-styles',
  'invalid-shared-string-reference',
  'unreadable-workbook',
] as const satisfies readonly WorkbookReadIssue['code'][]

type UnlistedCode = Exclude<WorkbookReadIssue['code'], (typeof workbookReadIssueCodes)[number]>
void (true satisfies [UnlistedCode] extends [never] ? true : false)
