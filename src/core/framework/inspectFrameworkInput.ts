import type { FrameworkIssue } from './frameworkIssue'
import { frameworkLimits } from './frameworkLimits'
import { childPath } from './issuePath'

type Walk = { values: number; readonly ancestors: object[] }

/**
 * Refuses input no framework could be: cyclic, nested deeper than `frameworkLimits.depth`, with
 * more than `frameworkLimits.values` values, or with a string longer than
 * `frameworkLimits.rawStringLength`. Returns the first such problem, or `undefined`.
 *
 * Why before zod: the schema would recurse forever on a cycle and spend its time trimming and
 * normalising a 50 MB string; this walk is bounded by the limits it checks.
 *
 * @example
 *   const looped: { self?: unknown } = {}; looped.self = looped
 *   inspectFrameworkInput(looped) // => { code: 'schema-invalid', path: 'self', message: 'Cyclic reference' }
 */
export function inspectFrameworkInput(input: unknown): FrameworkIssue | undefined {
  return inspect(input, '', { values: 0, ancestors: [] })
}

function inspect(value: unknown, path: string, walk: Walk): FrameworkIssue | undefined {
  walk.values += 1
  if (walk.values > frameworkLimits.values) return problem(path, `More than ${frameworkLimits.values} values`)
  if (typeof value === 'string' && value.length > frameworkLimits.rawStringLength) {
    return problem(path, `Text longer than ${frameworkLimits.rawStringLength} characters`)
  }
  if (typeof value !== 'object' || value === null) return undefined
  if (walk.ancestors.includes(value)) return problem(path, 'Cyclic reference')
  if (walk.ancestors.length >= frameworkLimits.depth)
    return problem(path, `Nested deeper than ${frameworkLimits.depth} levels`)

  walk.ancestors.push(value)
  const found = Array.isArray(value) ? inspectItems(value, path, walk) : inspectEntries(value, path, walk)
  walk.ancestors.pop()
  return found
}

function inspectItems(items: readonly unknown[], path: string, walk: Walk): FrameworkIssue | undefined {
  if (items.length > frameworkLimits.values)
    return problem(path, `More than ${frameworkLimits.values} values`)
  for (let index = 0; index < items.length; index += 1) {
    const found = inspect(items[index], childPath(path, index), walk)
    if (found) return found
  }
  return undefined
}

function inspectEntries(record: object, path: string, walk: Walk): FrameworkIssue | undefined {
  for (const key of Object.keys(record)) {
    const found = inspect((record as Record<string, unknown>)[key], childPath(path, key), walk)
    if (found) return found
  }
  return undefined
}

const problem = (path: string, message: string): FrameworkIssue => ({ code: 'schema-invalid', path, message })
