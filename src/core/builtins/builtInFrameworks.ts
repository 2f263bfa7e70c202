import departmentIctReadiness from '../../../resources/frameworks/dept-ict-readiness.json'
import dtiPoints from '../../../resources/frameworks/dti-points.json'
import vietnamIctIndexProvince from '../../../resources/frameworks/vn-ict-index-province.json'
import type { FrameworkFamily, LocalizedText } from '@core/framework/framework'
import type { FrameworkIssue } from '@core/framework/frameworkIssue'
import { parseFramework } from '@core/framework/parseFramework'
import { validateFramework, type ValidFramework } from '@core/framework/validateFramework'
import { err, type Result } from '@core/result'

/**
 * The ids of the frameworks shipped with the app (`resources/frameworks/<id>.json`), in the order
 * they are offered: the department ICT readiness survey (Hà Tĩnh form, relative), the provincial
 * Vietnam ICT Index (relative) and the DTI-style points set for districts and departments.
 *
 * @example
 *   builtInFrameworkIds.includes('dti-points') // => true
 */
export const builtInFrameworkIds = ['dept-ict-readiness', 'vn-ict-index-province', 'dti-points'] as const

/** The id of a built-in framework. @example const id: BuiltInFrameworkId = 'vn-ict-index-province' */
export type BuiltInFrameworkId = (typeof builtInFrameworkIds)[number]

/**
 * What a list of built-in frameworks shows before one is opened; `origin` says where the
 * framework comes from (product.md: every built-in is labelled with its origin).
 *
 * @example
 *   const summary: BuiltInFrameworkSummary = { id: 'dti-points', version: '2026.1', year: 2026, unitGroup: 'quan-huyen', family: 'points', name: { vi: '…' }, origin: { vi: '…' } }
 */
export type BuiltInFrameworkSummary = {
  readonly id: BuiltInFrameworkId
  readonly version: string
  readonly year: number
  readonly unitGroup: string
  readonly family: FrameworkFamily
  readonly name: LocalizedText
  readonly origin: LocalizedText
}

/**
 * The JSON files as untrusted values: they go through `parseFramework` like any imported file,
 * so TypeScript's literal type of the JSON never matters.
 */
const sources: Readonly<Record<BuiltInFrameworkId, unknown>> = {
  'dept-ict-readiness': departmentIctReadiness,
  'vn-ict-index-province': vietnamIctIndexProvince,
  'dti-points': dtiPoints,
}

const loaded = new Map<BuiltInFrameworkId, Result<ValidFramework, readonly FrameworkIssue[]>>()

/**
 * Whether a string (a CLI argument, a stored setting) names a built-in framework.
 *
 * @example
 *   isBuiltInFrameworkId('dti-points') // => true
 *   isBuiltInFrameworkId('dti') // => false
 */
export function isBuiltInFrameworkId(value: string): value is BuiltInFrameworkId {
  return (builtInFrameworkIds as readonly string[]).includes(value)
}

/**
 * Loads a built-in framework through `parseFramework` and `validateFramework`, the same door as a
 * framework file, so a shipped file that no longer validates reports its issues instead of
 * reaching scoring. The result is computed once and then reused (frameworks are immutable).
 *
 * Takes any string so callers can pass user input (a CLI argument) directly: an id that is not a
 * built-in gives one `schema-invalid` issue at path `id` naming the built-ins (there is no
 * dedicated issue code for it in `FrameworkIssue`).
 *
 * @example
 *   const loaded = loadBuiltInFramework('dept-ict-readiness')
 *   loaded.ok ? loaded.value.questions.length : loaded.error // => 153
 */
export function loadBuiltInFramework(id: string): Result<ValidFramework, readonly FrameworkIssue[]> {
  if (!isBuiltInFrameworkId(id)) {
    return err([
      {
        code: 'schema-invalid',
        path: 'id',
        message: `Not a built-in framework: ${id} (built-ins: ${builtInFrameworkIds.join(', ')})`,
      },
    ])
  }
  const cached = loaded.get(id)
  if (cached !== undefined) return cached
  const parsed = parseFramework(sources[id])
  const result = parsed.ok ? validateFramework(parsed.value) : parsed
  loaded.set(id, result)
  return result
}

/**
 * The built-in frameworks that load, in `builtInFrameworkIds` order, with what a picker shows.
 * A built-in that fails to load (a bug the tests catch) is left out here; `loadBuiltInFramework`
 * tells why.
 *
 * @example
 *   listBuiltInFrameworks().map((framework) => framework.family) // => ['relative', 'relative', 'points']
 */
export function listBuiltInFrameworks(): BuiltInFrameworkSummary[] {
  return builtInFrameworkIds.flatMap((id) => {
    const result = loadBuiltInFramework(id)
    if (!result.ok) return []
    const { version, year, unitGroup, family, name, origin } = result.value
    return [{ id, version, year, unitGroup, family, name, origin }]
  })
}
