import { childPath, issuePath } from '@core/framework/issuePath'
import { isBlankCell } from './authoringCellValue'
import { authoringFieldReader } from './authoringFieldReader'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'
import { compactObject } from './compactObject'
import { groupRows, peekText } from '@core/formats/framework-file/peekText'

const CHANGES = ['renamed', 'changed', 'dropped', 'added'] as const

/**
 * Builds the framework's `bands` from the `bands` rows; `undefined` when there are none (the
 * framework then has no `bands` field).
 *
 * @example
 *   readBandRows(rows, context) // => [{ code: 'tot', label: { vi: 'Tốt' }, minShare: 0.8 }, …]
 */
export function readBandRows(
  rows: readonly AuthoringFieldSource[],
  context: AuthoringReadContext,
): readonly Record<string, unknown>[] | undefined {
  if (rows.length === 0) return undefined
  return rows.map((row, index) => {
    const read = authoringFieldReader(row, context)
    const path = issuePath('bands', index)
    read.record(path, 'code')
    const minShare = read.isBlank('min_share')
      ? void read.requiredText('min_share')
      : read.number('min_share', childPath(path, 'minShare'))
    return compactObject({
      code: read.requiredText('code', childPath(path, 'code')),
      label: read.localized('label', childPath(path, 'label'), true),
      minShare,
    })
  })
}

/**
 * Builds the framework's `comparability` from the `comparability` rows: one entry per previous
 * version (in order of first appearance), its notes in row order; a row with an empty `indicator`
 * only declares the entry. `undefined` when there are no rows.
 *
 * @example
 *   readComparabilityRows(rows, context) // => [{ previousVersion: '2024.1', notes: [{ indicator: 'UD_DVC', change: 'changed' }] }]
 */
export function readComparabilityRows(
  rows: readonly AuthoringFieldSource[],
  context: AuthoringReadContext,
): readonly Record<string, unknown>[] | undefined {
  if (rows.length === 0) return undefined
  const byVersion = groupRows(rows, (row) => peekText(row, 'previous_version'))
  return [...byVersion.values()].map((group, entryIndex) => {
    const path = issuePath('comparability', entryIndex)
    const entries = group.map((row) => ({ row, read: authoringFieldReader(row, context) }))
    const first = entries[0]?.read
    first?.record(path, 'previous_version')
    const previousVersion = first?.requiredText('previous_version', childPath(path, 'previousVersion'))
    const notes = entries
      .filter(({ row }) => !isDeclarationOnly(row))
      .map(({ read }, noteIndex) => {
        const notePath = childPath(path, 'notes', noteIndex)
        read.record(notePath, 'indicator')
        return compactObject({
          indicator: read.requiredText('indicator', childPath(notePath, 'indicator')),
          change: read.isBlank('change')
            ? void read.requiredText('change')
            : read.option('change', CHANGES, childPath(notePath, 'change')),
          previousCode: read.text('previous_code', childPath(notePath, 'previousCode')),
          note: read.localized('note', childPath(notePath, 'note')),
        })
      })
    return compactObject({ previousVersion, notes })
  })
}

/** A row with only `previous_version`: it declares a comparison with no changes. */
function isDeclarationOnly(row: AuthoringFieldSource): boolean {
  return ['indicator', 'change', 'previous_code', 'note_vi', 'note_en'].every((key) =>
    isBlankCell(row.value(key)),
  )
}
