import { zipSync } from 'fflate'
import type { ScannedXlsx } from './preScanXlsx'
import {
  SHARED_STRINGS_PART,
  STYLES_PART,
  WORKBOOK_PART,
  WORKBOOK_RELATIONSHIPS_PART,
} from './scanWorkbookStructure'
import { removeXmlElements } from './removeXmlElements'
import { encodeUtf8 } from './utf8'

/**
 * Worksheet children the reader does not need and exceljs handles badly: data validations and
 * conditional formats are expanded cell by cell (a whole-column rule means a million objects),
 * hyperlinks, drawings, tables and pictures point through relationships that are not passed on,
 * and `extLst` holds extensions nobody reads here.
 */
const WORKSHEET_CHILDREN_DROPPED = [
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'tableParts',
  'extLst',
]
/** Defined names are expanded cell by cell too; external references are refused upstream. */
const WORKBOOK_CHILDREN_DROPPED = ['definedNames', 'externalReferences', 'extLst']

/**
 * The zip exceljs is given: only the checked parts it needs to read cell values (workbook,
 * relationships, shared strings, styles and the listed worksheets), trimmed of elements it would
 * expand or mishandle, stored without compression. What exceljs parses is exactly what was scanned:
 * comments, drawings, media, themes and any part the scan did not look at never reach it.
 *
 * @example
 *   await new ExcelJS.Workbook().xlsx.load(buildParserPackage(scan.value).buffer)
 */
export function buildParserPackage(scan: ScannedXlsx): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {}
  const add = (name: string, text: string | undefined): void => {
    if (text !== undefined) files[name] = encodeUtf8(text)
  }
  add(WORKBOOK_PART, removeXmlElements(scan.xml.get(WORKBOOK_PART) ?? '', WORKBOOK_CHILDREN_DROPPED))
  add(WORKBOOK_RELATIONSHIPS_PART, scan.xml.get(WORKBOOK_RELATIONSHIPS_PART))
  add(SHARED_STRINGS_PART, scan.xml.get(SHARED_STRINGS_PART))
  add(STYLES_PART, scan.xml.get(STYLES_PART))
  for (const sheet of scan.sheets)
    add(sheet.part, removeXmlElements(scan.xml.get(sheet.part) ?? '', WORKSHEET_CHILDREN_DROPPED))
  return zipSync(files, { level: 0 })
}
