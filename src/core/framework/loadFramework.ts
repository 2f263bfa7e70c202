import type { Result } from '@core/result'
import type { FrameworkIssue } from './frameworkIssue'
import { parseFramework } from './parseFramework'
import { validateFramework, type ValidFramework } from './validateFramework'

/**
 * Parses and validates an untrusted value in one step: the door for framework files, the CLI's
 * `check` and the authoring import. Shape issues stop before validation (meaning cannot be
 * checked on a wrong shape); otherwise every semantic issue is returned. Never throws.
 *
 * @example
 *   const loaded = loadFramework(JSON.parse(text))
 *   if (!loaded.ok) showIssues(loaded.error)
 */
export function loadFramework(input: unknown): Result<ValidFramework, readonly FrameworkIssue[]> {
  const parsed = parseFramework(input)
  return parsed.ok ? validateFramework(parsed.value) : parsed
}
