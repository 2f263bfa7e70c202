/**
 * Resource limits `readWorkbook` enforces on the zip and on what its XML tokenizer reads, as it
 * reads it (docs/xlsx-reader.md): a 414 kB file can inflate to 400 MB, a 1.5 MB sheet can claim
 * a million rows, one merge can cover the whole sheet (docs/reliability.md §2.2). The defaults leave ample room for the
 * app's own workbooks (questionnaires of a few hundred rows, reports of 1,000 units × 200 answers)
 * and keep one read in the low hundreds of MB.
 *
 * @example
 *   const strict: WorkbookReadLimits = { ...defaultWorkbookReadLimits, maxSheets: 10 }
 */
export type WorkbookReadLimits = {
  /** Size of the file itself. */
  readonly maxFileBytes: number
  /** Zip entries, directories included. */
  readonly maxEntries: number
  /** Inflated size of one part. */
  readonly maxPartBytes: number
  /** Inflated size of all parts together. */
  readonly maxTotalBytes: number
  /** Inflated ÷ compressed size of one part, checked for parts larger than `ratioGraceBytes`. */
  readonly maxCompressionRatio: number
  readonly ratioGraceBytes: number
  readonly maxSheets: number
  /** Highest row number, and number of `<row>` elements, in one sheet. */
  readonly maxRowsPerSheet: number
  /** Highest column number in one sheet. */
  readonly maxColumnsPerSheet: number
  /** Stored cells (`<c>` elements) in the whole workbook. */
  readonly maxCells: number
  /** Slots of the dense grid the reader builds: the sum, over rows, of each row's last column. */
  readonly maxGridCells: number
  readonly maxMergesPerSheet: number
  /** Cells covered by all merges of one sheet together. */
  readonly maxMergedCellsPerSheet: number
  /** Characters in one text (Excel's own cell limit is 32,767). */
  readonly maxTextLength: number
  /** Element nesting depth in any XML part (SpreadsheetML needs about 8; extensions a few more). */
  readonly maxXmlDepth: number
  /** Entries (`<si>`) of the shared-string table (a report of 1,000 units × 200 text answers fits). */
  readonly maxSharedStrings: number
  /** Number formats and cell formats (`<numFmt>`, `<cellXfs><xf>`) of the styles part; Excel stops at 64,000. */
  readonly maxStyleRecords: number
}

/**
 * The limits used when `readWorkbook` is given none.
 *
 * @example
 *   readWorkbook(bytes, { maxFileBytes: 5 * 1024 * 1024 }) // stricter file size, other defaults
 */
export const defaultWorkbookReadLimits: WorkbookReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 1_000,
  maxPartBytes: 50 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioGraceBytes: 1024 * 1024,
  maxSheets: 250,
  maxRowsPerSheet: 100_000,
  maxColumnsPerSheet: 2_000,
  maxCells: 1_000_000,
  maxGridCells: 5_000_000,
  maxMergesPerSheet: 2_000,
  maxMergedCellsPerSheet: 100_000,
  maxTextLength: 32_767,
  maxXmlDepth: 64,
  maxSharedStrings: 250_000,
  maxStyleRecords: 64_000,
}
