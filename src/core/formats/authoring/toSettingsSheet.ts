import type { SheetSpec, SpecCell, WritableCellValue } from '@core/excel/workbookSpec'
import type { Framework } from '@core/framework/framework'
import { localizedCells, type AuthoringRowValues } from './authoringCellText'
import { AUTHORING_FIRST_DATA_ROW } from './authoringTemplate'
import { settingsLayout } from './settingsLayout'
import { columnValidation, KEY_STYLE, LABEL_STYLE } from './toAuthoringTableSheet'
import { toMethodCells } from './toMethodCells'

/**
 * The `settings` sheet: headings on rows 1–2 (`key`, `value`, notes), then one row per setting of
 * `settingsLayout`, every setting listed (empty when absent) so authors see what they can set,
 * with its meaning in Vietnamese and English beside it and a drop-down on enumerated values.
 *
 * @example
 *   toSettingsSheet(framework).rows[3] // => [{ value: 'id', … }, { value: 'dti-points', … }, …]
 */
export function toSettingsSheet(framework: Framework): SheetSpec {
  const values: AuthoringRowValues = {
    format_version: framework.formatVersion,
    id: framework.id,
    version: framework.version,
    year: framework.year,
    unit_group: framework.unitGroup,
    ...localizedCells('name', framework.name),
    ...localizedCells('description', framework.description),
    ...localizedCells('origin', framework.origin),
    family: framework.family,
    decimals: framework.decimals,
    scale: framework.scale ?? null,
    ...toMethodCells(framework.method.normalisation, framework.method.imputation, framework.method.treatment),
    aggregation: framework.method.aggregation ?? null,
  }
  const isText = (kind: string) => kind === 'code' || kind === 'text'
  return {
    name: 'settings',
    columns: [{ width: 24 }, { width: 48, style: { numberFormat: '@' } }, { width: 70 }, { width: 60 }],
    rows: [
      ['Khóa', 'Giá trị', 'Ghi chú', 'Ghi chú (tiếng Anh)'].map((label): SpecCell => ({
        value: label,
        style: LABEL_STYLE,
      })),
      ['key', 'value', 'note', 'note_en'].map((key): SpecCell => ({ value: key, style: KEY_STYLE })),
      ...settingsLayout.map((setting): SpecCell[] => [
        { value: setting.key, style: { bold: true, vertical: 'top' } },
        valueCell(values[setting.key] ?? null, isText(setting.kind)),
        { value: setting.help.vi, style: { wrap: true, vertical: 'top' } },
        { value: setting.help.en, style: { wrap: true, vertical: 'top', italic: true } },
      ]),
    ],
    freeze: { rows: AUTHORING_FIRST_DATA_ROW - 1 },
    validations: settingsLayout.flatMap((setting, index) => {
      const cell = `B${AUTHORING_FIRST_DATA_ROW + index}`
      return setting.options === undefined ? [] : columnValidation(setting, 'B', `${cell}:${cell}`)
    }),
  }
}

function valueCell(value: WritableCellValue, isText: boolean): SpecCell {
  return {
    value,
    style: isText
      ? { numberFormat: '@', wrap: true, vertical: 'top' }
      : { vertical: 'top', horizontal: 'left' },
  }
}
