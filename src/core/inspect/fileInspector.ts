import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { CellValue } from '@core/excel/sheetWorkbook'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Result } from '@core/result'
import type { FileKind } from './fileKind'
import type { InspectedFile, InspectProblem } from './inspectedFile'

/** The file being inspected, and the frameworks (besides the built-in ones) a questionnaire may be checked against. */
export type InspectInput = {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly frameworks: readonly ValidFramework[]
}

/** What an inspector returns: the file's description, or why it is damaged. */
export type Inspection = Promise<Result<InspectedFile, InspectProblem>>

/**
 * One kind's entry in `FILE_INSPECTORS`: the container it lives in, a cheap test that a file of
 * that container is of this kind (true even when the file is damaged, so the damage is reported
 * under the right kind), and the inspection with the kind's own reader.
 * - `workbook`: an `.xlsx`, already read by the guarded reader (`readWorkbook`);
 * - `package`: a `.zip` that is not a workbook, given the names of its entries (guarded `readZipEntries`);
 * - `json`: a UTF-8 text starting with `{`;
 * - `csv`: any other UTF-8 text, given its parsed rows.
 */
export type FileInspector =
  | {
      readonly kind: FileKind
      readonly container: 'workbook'
      readonly recognises: (workbook: SheetWorkbook) => boolean
      readonly inspect: (workbook: SheetWorkbook, input: InspectInput) => Inspection
    }
  | {
      readonly kind: FileKind
      readonly container: 'package'
      readonly recognises: (entryNames: readonly string[]) => boolean
      readonly inspect: (input: InspectInput) => Inspection
    }
  | {
      readonly kind: FileKind
      readonly container: 'json'
      readonly recognises: (text: string) => boolean
      readonly inspect: (input: InspectInput) => Inspection
    }
  | {
      readonly kind: FileKind
      readonly container: 'csv'
      readonly recognises: (rows: readonly (readonly CellValue[])[]) => boolean
      readonly inspect: (rows: readonly (readonly CellValue[])[], input: InspectInput) => Inspection
    }
