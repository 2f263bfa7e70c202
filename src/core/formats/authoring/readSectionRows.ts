import { childPath, issuePath } from '@core/framework/issuePath'
import { authoringFieldReader } from './authoringFieldReader'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'
import { compactObject } from './compactObject'

/**
 * Builds the framework's `sections` from the `sections` rows.
 *
 * @example
 *   readSectionRows(rows, context) // => [{ code: 'HTKT', title: { vi: 'Hạ tầng kỹ thuật' } }, …]
 */
export function readSectionRows(
  rows: readonly AuthoringFieldSource[],
  context: AuthoringReadContext,
): readonly Record<string, unknown>[] {
  return rows.map((row, index) => {
    const read = authoringFieldReader(row, context)
    const path = issuePath('sections', index)
    read.record(path, 'code')
    return compactObject({
      code: read.requiredText('code', childPath(path, 'code')),
      title: read.localized('title', childPath(path, 'title'), true),
      description: read.localized('description', childPath(path, 'description')),
    })
  })
}
