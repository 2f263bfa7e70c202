import { DEFAULT_CSV_STYLE, type CsvStyle } from '@core/excel/csv/csvStyleOptions'

/** The option of the commands that write CSV for people: `,` and `.` instead of Vietnamese Excel's `;` and `,`. */
export const CSV_MACHINE_FLAG = '--csv-machine'

/**
 * The style of the CSV a command writes: Vietnamese Excel (`;`, decimal comma) unless
 * `--csv-machine` asks for `,` and a decimal point.
 *
 * @example
 *   csvStyleFlag(new Set(['--csv-machine'])) // => 'machine'
 *   csvStyleFlag(new Set()) // => 'vi-excel'
 */
export function csvStyleFlag(flags: ReadonlySet<string>): CsvStyle {
  return flags.has(CSV_MACHINE_FLAG) ? 'machine' : DEFAULT_CSV_STYLE
}
