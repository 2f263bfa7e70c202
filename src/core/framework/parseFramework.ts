import type { z } from 'zod'
import { err, ok, type Result } from '@core/result'
import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { frameworkSchema } from './frameworkSchema'
import { inspectFrameworkInput } from './inspectFrameworkInput'
import { childPath, issuePath } from './issuePath'

/** At most this many issues are returned; a file that wrong needs fixing at its source anyway. */
const MAX_ISSUES = 1000

/**
 * Checks the shape of an untrusted value (a parsed JSON file, an Excel authoring import) and
 * returns it as a `Framework`, with texts trimmed and NFC-normalised and defaults filled in; or
 * every shape problem, each `{ code: 'schema-invalid', path, message }`.
 *
 * Never throws: cyclic, oversized or deeply nested values, non-objects and `__proto__` keys are
 * reported as issues (unknown keys are refused, and the result is built from known keys only, so
 * nothing reaches a prototype). Meaning (references, tree, formulas) is `validateFramework`'s job.
 *
 * @example
 *   parseFramework(JSON.parse(text)) // => ok(framework) or err([{ code: 'schema-invalid', path: 'questions[2].type', message: '…' }])
 */
export function parseFramework(input: unknown): Result<Framework, readonly FrameworkIssue[]> {
  try {
    const refused = inspectFrameworkInput(input)
    if (refused) return err([refused])
    const parsed = frameworkSchema.safeParse(input)
    if (parsed.success) return ok(parsed.data)
    return err(toFrameworkIssues(parsed.error.issues))
  } catch {
    // Only exotic JavaScript values get here (a getter or proxy that throws); JSON never does.
    return err([{ code: 'schema-invalid', path: '', message: 'The value could not be read' }])
  }
}

function toFrameworkIssues(zodIssues: readonly z.core.$ZodIssue[]): FrameworkIssue[] {
  const issues = zodIssues.flatMap(toFrameworkIssue)
  if (issues.length <= MAX_ISSUES) return issues
  const more = issues.length - MAX_ISSUES
  return [
    ...issues.slice(0, MAX_ISSUES),
    { code: 'schema-invalid', path: '', message: `${more} more issues not shown` },
  ]
}

function toFrameworkIssue(issue: z.core.$ZodIssue): FrameworkIssue[] {
  const path = issuePath(
    ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
  )
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      code: 'schema-invalid',
      path: childPath(path, key),
      message: 'Unknown key',
    }))
  }
  return [{ code: 'schema-invalid', path, message: issue.message }]
}
