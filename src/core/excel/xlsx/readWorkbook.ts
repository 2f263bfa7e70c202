import type { RawInflater } from './rawInflater'
import { err, ok, type Result } from '@core/result'
import type { Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { defaultWorkbookReadLimits, type WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { checkPackage, CONTENT_TYPES_PART } from './checkPackage'
import { readCellStyles, type CellStyles } from './readCellStyles'
import { readSharedStrings } from './readSharedStrings'
import { readWorkbookPart, WORKBOOK_PART } from './readWorkbookPart'
import { readWorksheetPart, type WorkbookBudget } from './readWorksheetPart'
import { readZipEntries } from './readZipEntries'

const NO_STYLES: CellStyles = { isDate: [], isUnlocked: [] }

/**
 * Reads an untrusted `.xlsx` into a `SheetWorkbook`, in one pass over each XML part it needs
 * (docs/xlsx-reader.md). Never throws and never hangs on small hostile files: the zip is read
 * by `readZipEntries` (budgets, CRC), the package checked (`checkPackage`: no macros, external
 * links, ActiveX, embedded objects or DTDs), then the workbook part, shared strings, cell styles
 * and each worksheet are tokenised once by saxes (`parseXmlPart`) and turned into cells as they
 * are read, with every limit of `limits` (defaults: `defaultWorkbookReadLimits`) applied to what
 * the tokenizer reads. Nothing is evaluated; exceljs is used only for writing.
 *
 * @example
 *   const workbook = await readWorkbook(new Uint8Array(await file.arrayBuffer()))
 *   if (!workbook.ok) workbook.error.map((issue) => issue.code) // => ['encrypted-or-legacy-file']
 */
export async function readWorkbook(
  bytes: Uint8Array,
  limits: Partial<WorkbookReadLimits> = {},
  host: WorkbookReadHost = {},
): Promise<Result<SheetWorkbook, readonly WorkbookReadIssue[]>> {
  try {
    return readWorkbookNow(bytes, { ...defaultWorkbookReadLimits, ...limits }, host)
  } catch (error) {
    // A bug here must not take a batch down: the file is reported with the message.
    const message = error instanceof Error ? error.message : String(error)
    return err([{ code: 'unreadable-workbook', message: message.slice(0, 300) }])
  }
}

/**
 * What the host may lend the reader: a native raw inflater (`RawInflater`), used instead of the
 * built-in one for every compressed part, a native CRC-32 (IEEE, unsigned, as `crc32.ts` computes
 * it) for the check of every part, and a native synchronous SHA-256 (lowercase hex) for the
 * file's fingerprint, used instead of Web Crypto's asynchronous digest (whose job queue costs more
 * than the hash over a 30 kB workbook in Node).
 *
 * @example
 *   await readWorkbook(bytes, {}, { inflateRaw: nodeRawInflater })
 */
export type WorkbookReadHost = {
  readonly inflateRaw?: RawInflater
  readonly crc32?: (bytes: Uint8Array) => number
  readonly sha256Hex?: (bytes: Uint8Array) => string
}

function readWorkbookNow(
  bytes: Uint8Array,
  limits: WorkbookReadLimits,
  host: WorkbookReadHost,
): Result<SheetWorkbook, readonly WorkbookReadIssue[]> {
  const zip = readZipEntries(bytes, limits, host.inflateRaw, host.crc32)
  if (!zip.ok) return zip
  const parts = new Map(zip.value.map((part) => [part.name, part.data]))
  const issues: WorkbookReadIssue[] = [...checkPackage(parts, limits)]
  if (!parts.has(CONTENT_TYPES_PART)) issues.push({ code: 'missing-content-types' })
  if (!parts.has(WORKBOOK_PART)) issues.push({ code: 'missing-workbook-part' })
  if (issues.length > 0) return err(issues)

  const structure = readWorkbookPart(parts, limits)
  if (!structure.ok) return structure
  const { sharedStringsPart, stylesPart, date1904 } = structure.value
  const sharedStrings =
    sharedStringsPart === null
      ? ok([])
      : readSharedStrings(parts.get(sharedStringsPart) ?? new Uint8Array(), sharedStringsPart, limits)
  const styles =
    stylesPart === null
      ? ok(NO_STYLES)
      : readCellStyles(parts.get(stylesPart) ?? new Uint8Array(), stylesPart, limits)
  if (!sharedStrings.ok) issues.push(...sharedStrings.error)
  if (!styles.ok) issues.push(...styles.error)
  if (!sharedStrings.ok || !styles.ok) return err(issues)

  const budget: WorkbookBudget = { cells: 0, gridCells: 0 }
  const context = { sharedStrings: sharedStrings.value, styles: styles.value, date1904, limits, budget }
  const sheets: Sheet[] = []
  for (const sheet of structure.value.sheets) {
    const read = readWorksheetPart(parts.get(sheet.part) ?? new Uint8Array(), sheet, context)
    if (read.ok) sheets.push(read.value)
    else {
      issues.push(...read.error)
      // Workbook-wide budgets are spent: the other sheets could only repeat the same issue.
      if (read.error.some((issue) => issue.code === 'too-many-cells' || issue.code === 'grid-too-large'))
        break
    }
  }
  return issues.length > 0 ? err(issues) : ok({ sheets })
}
