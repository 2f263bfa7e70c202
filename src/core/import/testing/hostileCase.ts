// Types of the hostile workbook corpora (test data only).
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'

/**
 * One file of the corpus: the §5.1 kind it stands for, a variant name, the issue codes of which at
 * least one must be reported, and how to build its bytes.
 */
export type HostileCase = {
  readonly kind: string
  readonly variant: string
  readonly expected: readonly string[]
  readonly bytes: () => Uint8Array
}

/** What the corpus is built from: a filled template's bytes, the same read back, and a re-saver. */
export type CorpusBase = {
  readonly bytes: Uint8Array
  readonly workbook: SheetWorkbook
  /** Writes an edited workbook back to `.xlsx` (the hand-written re-save of `resaveWorkbook`). */
  readonly write: (workbook: SheetWorkbook) => Uint8Array
}
