import type { IMetaIssue } from '@core/formats/coinr/importIMeta'
import type { CsvIssue } from '@core/excel/csv/parseCsv'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { AuthoringIssue } from '@core/formats/authoring/authoringIssue'
import type { LocatedFrameworkIssue } from './locateFrameworkIssue'

/**
 * A problem with the file itself, before its content is looked at: a kind of file the app does not
 * read (`extension` lower case without the dot, `''` when there is none), text that is not UTF-8,
 * or a `.json` file that is not JSON (`message` is the parser's, in English, shown as detail).
 *
 * @example
 *   const issue: FileLevelIssue = { code: 'unsupported-file-type', fileName: 'khung.xls', extension: 'xls' }
 */
export type FileLevelIssue =
  | { readonly code: 'unsupported-file-type'; readonly fileName: string; readonly extension: string }
  | { readonly code: 'not-utf8-text'; readonly fileName: string }
  | { readonly code: 'not-json'; readonly fileName: string; readonly message: string }

/** The codes of `FileLevelIssue`. @example frameworkFileLevelCodes.includes('not-json') // => true */
export const frameworkFileLevelCodes = [
  'unsupported-file-type',
  'not-utf8-text',
  'not-json',
] as const satisfies readonly FileLevelIssue['code'][]

/**
 * Anything `readFrameworkFile` can report, one plain object with a `code` each: the file itself,
 * the `.xlsx` container (`WorkbookReadIssue`), CSV quoting (`CsvIssue`), the authoring workbook
 * (`AuthoringIssue`), the iMeta table (`IMetaIssue`; an `imeta-framework-invalid` is followed by the
 * framework issues it wraps) and the framework (`FrameworkIssue`, with `sheet` and `cell` when it
 * came from an authoring workbook). Every code has a message in `src/shared/messages`.
 *
 * @example
 *   const issues: FrameworkFileIssue[] = [{ code: 'not-a-zip' }, { code: 'authoring-missing-sheet', sheet: 'questions' }]
 */
export type FrameworkFileIssue =
  FileLevelIssue | WorkbookReadIssue | CsvIssue | AuthoringIssue | IMetaIssue | LocatedFrameworkIssue
