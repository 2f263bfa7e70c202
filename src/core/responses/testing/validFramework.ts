import type { Framework } from '@core/framework/framework'
import { validateFramework, type ValidFramework } from '@core/framework/validateFramework'

/**
 * Validates a test framework (from `aFramework`, `aPointsFramework` …) and fails the test loudly
 * when the builder produced something invalid.
 *
 * @example
 *   const framework = validFramework(aFramework())
 */
export function validFramework(framework: Framework): ValidFramework {
  const validated = validateFramework(framework)
  if (!validated.ok) throw new Error(`invalid test framework: ${JSON.stringify(validated.error)}`)
  return validated.value
}
