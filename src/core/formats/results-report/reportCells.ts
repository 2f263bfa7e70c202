import type { LocalizedText } from '@core/framework/localizedText'
import type { SpecCell } from '@core/excel/workbookSpec'

/** A heading cell (bold, grey, bordered, wrapped). @example header('Hạng') */
export const header = (text: string): SpecCell => ({ value: text, style: { header: true } })

/** The sheet's title line. @example title('Kết quả…') */
export const title = (text: string): SpecCell => ({ value: text, style: { bold: true, fontSize: 14 } })

/** A note in italics. @example note('Giá trị hiển thị…') */
export const note = (text: string): SpecCell => ({ value: text, style: { italic: true } })

/**
 * The display format for scores: fixed decimals. The cell keeps the full-precision value.
 *
 * @example
 *   scoreFormat(4) // => '0.0000'
 */
export function scoreFormat(decimals: number): string {
  return decimals <= 0 ? '0' : `0.${'0'.repeat(decimals)}`
}

/** A score cell: the unrounded value, shown with the framework's decimals; empty when missing. */
export function scoreCell(value: number | null | undefined, decimals: number, fill?: string): SpecCell {
  if (value === null || value === undefined || !Number.isFinite(value))
    return fill === undefined ? null : { value: null, style: { fill } }
  return { value, style: { numberFormat: scoreFormat(decimals), ...(fill === undefined ? {} : { fill }) } }
}

/** A raw number cell with a general format that keeps every digit visible up to Excel's limits. */
export function numberCell(value: number | null | undefined, fill?: string): SpecCell {
  if (value === null || value === undefined || !Number.isFinite(value))
    return fill === undefined ? null : { value: null, style: { fill } }
  return fill === undefined ? value : { value, style: { fill } }
}

/** Vietnamese text of a framework text. */
export const vi = (text: LocalizedText | undefined): string => text?.vi ?? ''

/** The A1 column letters of a 1-based column. @example columnLetters(28) // => 'AB' */
export function columnLetters(column: number): string {
  let letters = ''
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

/** The A1 range of a table: from its header row over `width` columns and `rows` data rows. @example tableRange(4, 5, 60) // => 'A4:E64' */
export function tableRange(headerRow: number, width: number, rows: number): string {
  return `A${headerRow}:${columnLetters(Math.max(1, width))}${headerRow + Math.max(0, rows)}`
}

/** The fill of cells whose value was imputed (light yellow). */
export const IMPUTED_FILL = 'FFF2CC'

/** An ISO date-time's calendar date as Vietnamese write it. @example vietnameseDate('2026-03-01T08:00:00Z') // => '01/03/2026' */
export function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`
}
