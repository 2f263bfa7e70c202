import { unzipSync, zipSync } from 'fflate'
import { err, ok, type Result } from '@core/result'
import type { PreparedWorkbook } from '@core/excel/preparedWorkbook'
import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { decodeUtf8, encodeUtf8 } from './utf8'

const STYLES = 'xl/styles.xml'
const WORKBOOK = 'xl/workbook.xml'
const FORMULA_ELEMENT = /<f[\s>/]/g
/** Zip timestamps use MS-DOS dates, which start in 1980. */
const EARLIEST_ZIP_TIME = Date.UTC(1980, 0, 2)

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/**
 * Finishes what exceljs wrote: sets the workbook's default font (the `Normal` style, which Excel
 * uses for empty cells and column widths), adds the defined names (and each sheet's print titles), checks that the sheets hold
 * exactly the template formulas asked for (no `<f>` from anywhere else), and re-zips with fixed
 * timestamps so equal specs give equal bytes.
 *
 * @example
 *   const bytes = finishWorkbookBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), prepared)
 */
export function finishWorkbookBytes(
  raw: Uint8Array,
  prepared: PreparedWorkbook,
): Result<Uint8Array, readonly WorkbookWriteIssue[]> {
  const files = unzipSync(raw)
  const text = (name: string): string => decodeUtf8(files[name] ?? new Uint8Array()) ?? ''

  const styles = setDefaultFont(text(STYLES), prepared.font)
  const workbook = addDefinedNames(text(WORKBOOK), [
    ...prepared.definedNames.map(
      (name) => `<definedName name="${escapeXml(name.name)}">${escapeXml(name.formula)}</definedName>`,
    ),
    ...printTitles(prepared),
  ])
  if (styles === null || workbook === null)
    return err([
      { code: 'unwritable-workbook', message: 'Unexpected exceljs output (styles or workbook part)' },
    ])
  files[STYLES] = encodeUtf8(styles)
  files[WORKBOOK] = encodeUtf8(workbook)

  const formulas = Object.keys(files)
    .filter((name) => name.startsWith('xl/worksheets/') && name.endsWith('.xml'))
    .reduce((count, name) => count + (text(name).match(FORMULA_ELEMENT)?.length ?? 0), 0)
  if (formulas !== prepared.formulaCount) {
    return err([
      {
        code: 'unwritable-workbook',
        message: `Expected ${prepared.formulaCount} formulas, found ${formulas}`,
      },
    ])
  }
  return ok(
    zipSync(files, { level: 6, mtime: new Date(Math.max(EARLIEST_ZIP_TIME, prepared.createdMilliseconds)) }),
  )
}

function setDefaultFont(xml: string, font: PreparedWorkbook['font']): string | null {
  const fonts = xml.indexOf('<fonts')
  const start = fonts === -1 ? -1 : xml.indexOf('<font>', fonts)
  const end = start === -1 ? -1 : xml.indexOf('</font>', start)
  if (end === -1) return null
  const family = font.name === 'Times New Roman' ? '<family val="1"/>' : ''
  const replacement = `<font><sz val="${font.size}"/><color theme="1"/><name val="${escapeXml(font.name)}"/>${family}</font>`
  return xml.slice(0, start) + replacement + xml.slice(end + '</font>'.length)
}

/** The rows each sheet repeats on every printed page: Excel's built-in name, local to the sheet. */
function printTitles(prepared: PreparedWorkbook): string[] {
  return prepared.sheets.flatMap((sheet, index) => {
    const quoted = `'${sheet.name.replace(/'/g, "''")}'!`
    const ranges = [sheet.page?.printTitleColumns ?? null, sheet.page?.printTitleRows ?? null]
      .filter((range): range is string => range !== null)
      .map((range) => `${quoted}${range.replace(/(^|:)/g, '$1$')}`)
    if (ranges.length === 0) return []
    return [
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(ranges.join(','))}</definedName>`,
    ]
  })
}

function addDefinedNames(xml: string, definedNames: readonly string[]): string | null {
  if (definedNames.length === 0) return xml
  const entries = definedNames.join('')
  const existing = xml.indexOf('</definedNames>')
  if (existing !== -1) return xml.slice(0, existing) + entries + xml.slice(existing)
  const sheetsEnd = xml.indexOf('</sheets>')
  if (sheetsEnd === -1) return null
  const at = sheetsEnd + '</sheets>'.length
  return `${xml.slice(0, at)}<definedNames>${entries}</definedNames>${xml.slice(at)}`
}
