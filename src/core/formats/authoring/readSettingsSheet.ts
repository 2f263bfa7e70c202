import type { Sheet } from '@core/excel/sheetWorkbook'
import { aggregations } from '@core/framework/method'
import { authoringFieldReader } from './authoringFieldReader'
import type { AuthoringReadContext } from './authoringReadContext'
import { compactObject } from './compactObject'
import { readImputation, readNormalisation, readTreatment } from './readMethodFields'
import { readKeyValueSheet } from './readKeyValueSheet'
import { settingsLayout } from './settingsLayout'

/**
 * Reads the `settings` sheet into the framework's top-level fields and `method` (every other list
 * is left to its own sheet). Empty optional settings are left out, so the schema's defaults apply
 * (`format_version` 1, `decimals` 4, min-max 0–1, no imputation).
 *
 * @example
 *   readSettingsSheet(sheet, context) // => { formatVersion: 1, id: 'dti-points', version: '2026.1', … , method: { … } }
 */
export function readSettingsSheet(sheet: Sheet, context: AuthoringReadContext): Record<string, unknown> {
  const read = authoringFieldReader(
    readKeyValueSheet(
      sheet,
      settingsLayout.map((setting) => setting.key),
      context,
    ),
    context,
  )
  for (const setting of settingsLayout) {
    if (setting.isRequired === true && read.isBlank(setting.key) && setting.kind !== 'text')
      read.requiredText(setting.key)
  }
  const aggregation = read.option('aggregation', aggregations, 'method.aggregation')
  return compactObject({
    formatVersion: read.integer('format_version', 'formatVersion') ?? 1,
    id: read.text('id', 'id'),
    version: read.text('version', 'version'),
    year: read.integer('year', 'year'),
    unitGroup: read.text('unit_group', 'unitGroup'),
    name: read.localized('name', 'name', true),
    description: read.localized('description', 'description'),
    origin: read.localized('origin', 'origin', true),
    family: read.option('family', ['relative', 'points'], 'family'),
    decimals: read.integer('decimals', 'decimals'),
    scale: read.number('scale', 'scale'),
    method: compactObject({
      normalisation: readNormalisation(read, 'method.normalisation'),
      aggregation,
      imputation: readImputation(read, 'method.imputation'),
      treatment: readTreatment(read, 'method.treatment'),
    }),
  })
}
