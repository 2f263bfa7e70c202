import type { WritableCellValue } from '@core/excel/workbookSpec'
import type { LocalizedText } from '@core/framework/framework'

/** One row of a table sheet, by column key; a missing key is an empty cell. @example const row: AuthoringRowValues = { code: 'tot', min_share: 0.8 } */
export type AuthoringRowValues = Readonly<Record<string, WritableCellValue>>

/**
 * The `_vi` / `_en` cells of a localised text (empty cells when the text or its English is absent).
 *
 * @example
 *   localizedCells('name', { vi: 'Tốt' }) // => { name_vi: 'Tốt', name_en: null }
 */
export function localizedCells(base: string, text: LocalizedText | undefined): AuthoringRowValues {
  return { [`${base}_vi`]: text?.vi ?? null, [`${base}_en`]: text?.en ?? null }
}

/**
 * A yes/no value as written: `có` / `không`, the words of the drop-down.
 *
 * @example
 *   yesNoCell(true) // => 'có'
 */
export function yesNoCell(value: boolean): string {
  return value ? 'có' : 'không'
}
