import type { FrameworkIssue } from '@core/framework/frameworkIssue'
import type { CellLocation } from '@core/formats/authoring/authoringReadContext'

/**
 * A framework issue found in an authoring workbook, with the sheet and cell its `path` came from
 * when known (the path itself is kept, so the issue still reads as a framework issue).
 *
 * @example
 *   const issue: LocatedFrameworkIssue = { code: 'unknown-section', path: 'questions[0].section', section: 'X', sheet: 'questions', cell: 'B3' }
 */
export type LocatedFrameworkIssue = FrameworkIssue & {
  readonly sheet?: string
  readonly cell?: string
  /** From a table (COINr iMeta): the row number in the file (header = 1), the row's code, the column. */
  readonly tableRow?: number
  readonly tableCode?: string
  readonly tableColumn?: string
  /** From a JSON file: the code of the node the path points into (`indicators[2]` → `Ship`). */
  readonly nodeCode?: string
}

/** Where a path of a framework built from a table came from: its row, the row's code, the column. */
export type TableLocation = { readonly row: number; readonly code: string; readonly column?: string }

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

/**
 * Adds to a framework issue the table row (and column, when the path names a field read from one)
 * its `path` or nearest enclosing path was read from.
 *
 * @example
 *   locateInTable({ code: 'non-positive-weight', path: 'indicators[2].weight', weight: -1 }, sources)
 *   // => { …, tableRow: 4, tableCode: 'Ship', tableColumn: 'Weight' }
 */
export function locateInTable(
  issue: FrameworkIssue,
  sources: ReadonlyMap<string, TableLocation>,
): LocatedFrameworkIssue {
  for (let path = issue.path; path !== ''; path = parentPath(path)) {
    const location = sources.get(path)
    if (location === undefined) continue
    return {
      ...issue,
      tableRow: location.row,
      tableCode: location.code,
      ...(location.column === undefined ? {} : { tableColumn: location.column }),
    }
  }
  return issue
}

/**
 * Adds the code of the node a JSON framework issue's path points into (its first `name[index]`
 * step), so `indicators[2].weight` can be shown with `Ship`.
 *
 * @example
 *   withNodeCode({ code: 'non-positive-weight', path: 'indicators[0].weight', weight: -1 }, { indicators: [{ code: 'Ship' }] })
 *   // => { …, nodeCode: 'Ship' }
 */
export function withNodeCode(issue: FrameworkIssue, json: unknown): LocatedFrameworkIssue {
  const step = /^(\w+)\[(\d+)\]/.exec(issue.path)
  if (step === null || typeof json !== 'object' || json === null) return issue
  const list = (json as Readonly<Record<string, unknown>>)[step[1] ?? '']
  const node = Array.isArray(list) ? (list[Number(step[2])] as unknown) : undefined
  const code =
    typeof node === 'object' && node !== null
      ? (node as Readonly<Record<string, unknown>>)['code']
      : undefined
  return typeof code === 'string' && code !== '' ? { ...issue, nodeCode: code } : issue
}

function parentPath(path: string): string {
  const bracket = /\[[^\]]*\]$/.exec(path)
  if (bracket !== null) return path.slice(0, bracket.index)
  const dot = path.lastIndexOf('.')
  return dot < 0 ? '' : path.slice(0, dot)
}
