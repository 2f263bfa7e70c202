import type { WriteCsvOptions } from './writeCsv'

/**
 * Who a CSV file is for. `vi-excel` (the default for files people open): what Excel with
 * Vietnamese regional settings opens in columns on a double-click — UTF-8 with a BOM, `;` between
 * fields, numbers with a decimal comma (`0,8654`). `machine`: `,` and a decimal point (with the
 * BOM), for other programs (COINr, R, Python) and for computers with English regional settings.
 *
 * @example
 *   const style: CsvStyle = 'machine'
 */
export type CsvStyle = 'vi-excel' | 'machine'

/** The style of the CSV files the app and `ictwb` write for people unless told otherwise. */
export const DEFAULT_CSV_STYLE: CsvStyle = 'vi-excel'

/**
 * The `writeCsv` options of a CSV style.
 *
 * @example
 *   writeCsv(rows, csvStyleOptions('vi-excel')) // => '\uFEFFHạng;Mã;…\r\n1;VP;…;0,8654;…'
 *   csvStyleOptions('machine') // => { delimiter: ',', bom: true, decimalComma: false }
 */
export function csvStyleOptions(style: CsvStyle): WriteCsvOptions {
  return style === 'vi-excel'
    ? { delimiter: ';', bom: true, decimalComma: true }
    : { delimiter: ',', bom: true, decimalComma: false }
}
