import type { FrameworkIssue } from '@core/framework/frameworkIssue'
import type { CellLocation } from '@core/formats/authoring/authoringReadContext'

/**
 * A framework issue found in an authoring workbook, with the sheet and cell its `path` came from
 * when known (the path itself is kept, so the issue still reads as a framework issue).
 *
 * @example
 *   const issue: LocatedFrameworkIssue = { code: 'unknown-section', path: 'questions[0].section', section: 'X', sheet: 'questions', cell: 'B3' }
 */
export type LocatedFrameworkIssue = FrameworkIssue & { readonly sheet?: string; readonly cell?: string }

/**
 * Adds to a framework issue the cell its `path` (or the nearest enclosing path) was read from:
 * `questions[3].choices[0].value` falls back to `questions[3].choices[0]`, then `questions[3]`.
 * An issue about the whole file (path `''`) or a path no cell produced is returned unchanged.
 *
 * @example
 *   locateFrameworkIssue({ code: 'unknown-section', path: 'questions[0].section', section: 'X' }, sources)
 *   // => { code: 'unknown-section', path: 'questions[0].section', section: 'X', sheet: 'questions', cell: 'B3' }
 */
export function locateFrameworkIssue(
  issue: FrameworkIssue,
  sources: ReadonlyMap<string, CellLocation>,
): LocatedFrameworkIssue {
  for (let path = issue.path; path !== ''; path = parentPath(path)) {
    const location = sources.get(path)
    if (location !== undefined) return { ...issue, sheet: location.sheet, cell: location.cell }
  }
  return issue
}

function parentPath(path: string): string {
  const bracket = /\[[^\]]*\]$/.exec(path)
  if (bracket !== null) return path.slice(0, bracket.index)
  const dot = path.lastIndexOf('.')
  return dot < 0 ? '' : path.slice(0, dot)
}
