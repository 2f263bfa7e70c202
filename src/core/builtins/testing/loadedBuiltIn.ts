import type { ValidFramework } from '@core/framework/validateFramework'
import { loadBuiltInFramework, type BuiltInFrameworkId } from '@core/builtins/builtInFrameworks'

/**
 * The validated built-in framework for tests; throws with every issue listed when it does not
 * load, so a failing test shows what is wrong with the file.
 *
 * @example
 *   const framework = loadedBuiltIn('dti-points')
 */
export function loadedBuiltIn(id: BuiltInFrameworkId): ValidFramework {
  const loaded = loadBuiltInFramework(id)
  if (loaded.ok) return loaded.value
  throw new Error(`${id} does not load:\n${JSON.stringify(loaded.error, null, 2)}`)
}
