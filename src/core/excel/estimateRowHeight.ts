/** Points per line of 12-point text, as Excel and LibreOffice space Times New Roman 12. */
const LINE_POINTS = 15.75
/**
 * Letters per width unit (the width of a digit): Vietnamese text in Times New Roman averages a
 * little narrower than digits (measured on unit names printed by LibreOffice: 31 letters a line
 * in a column 26 wide); bold text about as wide as digits.
 */
const REGULAR_CHARACTERS = 1.15
const BOLD_CHARACTERS = 1
/** Room above and below the text in a cell, in points. */
const PADDING_POINTS = 4

/**
 * How many lines a text takes when wrapped in a column `width` characters wide (Excel's column
 * width unit): words are put on a line while they fit, a word longer than a line is cut, and line
 * breaks in the text start a new line. Bold text is counted 15% wider.
 *
 * @example
 *   wrappedLineCount('Chỉ số hạ tầng kỹ thuật (HTKT)', 12) // => 3
 */
export function wrappedLineCount(
  text: string,
  width: number,
  options: { readonly bold?: boolean } = {},
): number {
  const capacity = Math.max(
    1,
    Math.floor((width - 1) * (options.bold ? BOLD_CHARACTERS : REGULAR_CHARACTERS)),
  )
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let used = 0
    lines += 1
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      const length = [...word].length
      if (used > 0 && used + 1 + length <= capacity) {
        used += 1 + length
        continue
      }
      if (used > 0) lines += 1
      lines += Math.ceil(length / capacity) - 1
      used = length % capacity === 0 ? capacity : length % capacity
    }
  }
  return lines
}

/**
 * The height in points a row needs so that every wrapped text in it shows whole, or `null` when one
 * line is enough (the program's default height). `cells` are the row's texts by column; `widths`
 * the column widths; `fontSize` scales the line height from 12 points.
 *
 * @example
 *   estimateRowHeight(['Hạng', 'Chỉ số hạ tầng kỹ thuật (HTKT)'], [6, 12], { bold: true }) // => 67
 */
export function estimateRowHeight(
  cells: readonly string[],
  widths: readonly number[],
  options: { readonly bold?: boolean; readonly fontSize?: number } = {},
): number | null {
  const lines = Math.max(
    1,
    ...cells.map((text, index) => (text === '' ? 1 : wrappedLineCount(text, widths[index] ?? 8.43, options))),
  )
  if (lines === 1) return null
  return Math.round((lines * LINE_POINTS * ((options.fontSize ?? 12) / 12) + PADDING_POINTS) * 4) / 4
}
