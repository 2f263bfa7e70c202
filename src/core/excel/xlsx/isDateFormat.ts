/** Built-in number formats (ECMA-376 §18.8.30) that show a date or a time. */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

/**
 * Whether a number format shows a date or time, so a number cell in it holds an Excel date
 * serial: the built-in date formats by id, and custom codes (`formatCode`) that still hold a
 * date or time letter once literal text (`"…"`) and sections in brackets (`[Red]`, `[$-42A]`)
 * are removed. The same rule as the exceljs reader the app used before, so files read the same.
 *
 * @example
 *   isDateFormat(14, undefined) // => true
 *   isDateFormat(164, 'dd/mm/yyyy') // => true
 *   isDateFormat(165, '0.00 "ngày"') // => false
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_FORMATS.has(numFmtId)
  const stripped = formatCode.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '')
  return /[ymdhMsb]/.test(stripped)
}
