import type { Result } from '@core/result'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { isDateFormat } from './isDateFormat'
import { attributeOf, isSpreadsheetNamespace, parseXmlPart, StopXmlPart } from './parseXmlPart'

/**
 * What the reader needs of each cell style (`<xf>` of `<cellXfs>`, by index = a cell's `s`):
 * whether it shows numbers as dates, and whether it unlocks the cell.
 *
 * @example
 *   const styles: CellStyles = { isDate: [false, true], isUnlocked: [false, false] }
 */
export type CellStyles = { readonly isDate: readonly boolean[]; readonly isUnlocked: readonly boolean[] }

/**
 * The styles part's cell styles, in one pass of the tokenizer: custom number formats
 * (`<numFmt>`) and cell formats (`<cellXfs><xf>` with its `<protection locked="0">`); fonts,
 * fills, borders and the rest are skipped. More than `maxStyleRecords` number formats and cell
 * formats together is refused (`too-many-styles`: Excel itself stops at 64,000).
 *
 * @example
 *   readCellStyles(bytes, 'xl/styles.xml', limits) // => ok({ isDate: [false, true], isUnlocked: [false, true] })
 */
export function readCellStyles(
  data: Uint8Array,
  part: string,
  limits: WorkbookReadLimits,
): Result<CellStyles, readonly WorkbookReadIssue[]> {
  const formats = new Map<number, string>()
  const xfs: { numFmtId: number; isUnlocked: boolean }[] = []
  let records = 0
  let inCellXfs = false
  let current: { numFmtId: number; isUnlocked: boolean } | null = null
  const count = (): void => {
    records += 1
    if (records > limits.maxStyleRecords)
      throw new StopXmlPart([
        { code: 'too-many-styles', part, count: records, limit: limits.maxStyleRecords },
      ])
  }
  const read = parseXmlPart(data, part, limits.maxXmlDepth, {
    open: (tag, depth) => {
      if (!isSpreadsheetNamespace(tag.uri)) return
      if (depth === 2) inCellXfs = tag.local === 'cellXfs'
      else if (depth === 3 && tag.local === 'numFmt') {
        count()
        const id = Number(attributeOf(tag, 'numFmtId'))
        if (Number.isInteger(id)) formats.set(id, attributeOf(tag, 'formatCode') ?? '')
      } else if (depth === 3 && inCellXfs && tag.local === 'xf') {
        count()
        current = { numFmtId: Number(attributeOf(tag, 'numFmtId') ?? 0), isUnlocked: false }
        xfs.push(current)
      } else if (depth === 4 && current !== null && tag.local === 'protection') {
        const locked = attributeOf(tag, 'locked')
        current.isUnlocked = locked === '0' || locked === 'false'
      }
    },
    close: (tag, depth) => {
      if (depth === 3 && tag.local === 'xf') current = null
      if (depth === 2) inCellXfs = false
    },
  })
  if (!read.ok) return read
  return {
    ok: true,
    value: {
      isDate: xfs.map((xf) => xf.numFmtId > 0 && isDateFormat(xf.numFmtId, formats.get(xf.numFmtId))),
      isUnlocked: xfs.map((xf) => xf.isUnlocked),
    },
  }
}
