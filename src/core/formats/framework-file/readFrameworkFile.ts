import { importIMeta, type IMetaIssue } from '@core/formats/coinr/importIMeta'
import type { TableGrid } from '@core/formats/coinr/tableGrid'
import { parseCsv } from '@core/excel/csv/parseCsv'
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import { withNodeCode } from './locateFrameworkIssue'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, type Result } from '@core/result'
import { authoringSheetNames } from '@core/formats/authoring/authoringTemplate'
import { decodeUtf8Text } from '@core/excel/csv/decodeUtf8Text'
import { fileExtension, fileStem, frameworkIdFromFileName } from './frameworkIdFromFileName'
import type { FrameworkFileIssue } from './frameworkFileIssue'
import { loadAuthoringWorkbook } from '@core/formats/authoring/loadAuthoringWorkbook'
import { isSheetNamed } from '@core/formats/authoring/readAuthoringWorkbook'
import { sheetToTableGrid } from '@core/formats/authoring/sheetToTableGrid'

/** What an iMeta table needs besides its rows (a framework file carries the rest itself). @example const options: FrameworkFileOptions = { year: 2025, denominate: false } */
export type FrameworkFileOptions = {
  /** The reporting year given to a framework imported from an iMeta table. */
  readonly year: number
  /** Divide iMeta indicators by their `Denominator` column (default: `importIMeta`'s, true). */
  readonly denominate?: boolean
}

type FileResult = Promise<Result<ValidFramework, readonly FrameworkFileIssue[]>>

/**
 * Reads a framework file picked by the user (the import screen) or named on the command line, by
 * its extension (any case):
 * - `.json`: the framework JSON (`not-json` with the parser's message, then `loadFramework`);
 * - `.xlsx`: an authoring workbook when it has a `_meta` or `settings` sheet
 *   (`loadAuthoringWorkbook`, issues located at sheet and cell), otherwise a COINr iMeta table on
 *   its first visible sheet;
 * - `.csv`: a COINr iMeta table (UTF-8, `,` or `;` separated);
 * - anything else: `unsupported-file-type`.
 * An iMeta framework gets its id from the file name (`frameworkIdFromFileName`) and the year from
 * `options`; `imeta-framework-invalid` is followed by the framework issues it wraps. Every problem
 * is returned as a value (`FrameworkFileIssue`); random bytes never throw.
 *
 * @example
 *   const read = await readFrameworkFile('ASEM_iMeta.csv', bytes, { year: 2025 })
 *   if (!read.ok) read.error.map((issue) => describeIssue(t, issue))
 */
export async function readFrameworkFile(
  fileName: string,
  bytes: Uint8Array,
  options: FrameworkFileOptions,
): FileResult {
  const extension = fileExtension(fileName)
  if (extension === 'json') return readJson(fileName, bytes)
  if (extension === 'csv') return readCsv(fileName, bytes, options)
  if (extension !== 'xlsx') return err([{ code: 'unsupported-file-type', fileName, extension }])
  const workbook = await readWorkbook(bytes)
  if (!workbook.ok) return workbook
  if (isAuthoringWorkbook(workbook.value)) return loadAuthoringWorkbook(workbook.value)
  const sheet =
    workbook.value.sheets.find((candidate) => candidate.state === 'visible') ?? workbook.value.sheets[0]
  return readIMeta(fileName, sheet === undefined ? [] : sheetToTableGrid(sheet), options)
}

async function readJson(fileName: string, bytes: Uint8Array): FileResult {
  const text = decodeUtf8Text(bytes)
  if (text === null) return err([{ code: 'not-utf8-text', fileName }])
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return err([
      {
        code: 'not-json',
        fileName,
        message: error instanceof Error ? error.message.slice(0, 300) : String(error),
      },
    ])
  }
  const loaded = loadFramework(json)
  return loaded.ok ? loaded : err(loaded.error.map((issue) => withNodeCode(issue, json)))
}

async function readCsv(fileName: string, bytes: Uint8Array, options: FrameworkFileOptions): FileResult {
  const text = decodeUtf8Text(bytes)
  if (text === null) return err([{ code: 'not-utf8-text', fileName }])
  const parsed = parseCsv(text)
  return parsed.ok ? readIMeta(fileName, parsed.value.rows, options) : parsed
}

function readIMeta(fileName: string, grid: TableGrid, options: FrameworkFileOptions): Awaited<FileResult> {
  const imported = importIMeta(grid, {
    id: frameworkIdFromFileName(fileName),
    year: options.year,
    name: fileStem(fileName),
    ...(options.denominate === undefined ? {} : { denominate: options.denominate }),
  })
  if (imported.ok) return imported
  return err(
    imported.error.flatMap((issue: IMetaIssue): FrameworkFileIssue[] =>
      issue.code === 'imeta-framework-invalid' ? [issue, ...issue.issues] : [issue],
    ),
  )
}

function isAuthoringWorkbook(workbook: SheetWorkbook): boolean {
  return workbook.sheets.some(
    (sheet) =>
      isSheetNamed(sheet, authoringSheetNames.meta) || isSheetNamed(sheet, authoringSheetNames.settings),
  )
}
