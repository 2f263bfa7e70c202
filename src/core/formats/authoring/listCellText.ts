import type { ChoiceOutcome, PointsStep, QuestionCheck } from '@core/framework/framework'
import { err, ok, type Result } from '@core/result'
import { readCellNumber } from '@core/excel/cellNumber'

/** The lists written in one cell, readable rather than JSON. @example const kind: ListCellKind = 'steps' */
export type ListCellKind = 'steps' | 'outcomes' | 'checks' | 'accept'

type ListValues = {
  readonly steps: readonly PointsStep[]
  readonly outcomes: readonly ChoiceOutcome[]
  readonly checks: readonly QuestionCheck[]
  readonly accept: readonly string[]
}

/**
 * What each list looks like, quoted in `authoring-bad-list` issues.
 *
 * @example
 *   listCellExamples.steps // => '4:20; 3:15'
 */
export const listCellExamples: Readonly<Record<ListCellKind, string>> = {
  steps: '4:20; 3:15',
  outcomes: 'chu-tich=1; pho-chu-tich=0,5',
  checks: 'MayTinhInternet <= MayTinh => Vượt quá tổng số máy tính | Exceeds the number of computers',
  accept: 'pdf, docx',
}

/**
 * Writes a list as one readable cell: steps `4:20; 3:15`, outcomes `chu-tich=1; pho-chu-tich=0.5`,
 * checks one per line `formula => tiếng Việt | English`, extensions `pdf, docx`. When the readable
 * form would not read back to exactly the same list (a choice value holding `;` or `=`, a check
 * message holding `|` or a line break…), the cell is the list as JSON instead, which
 * `parseListCell` also reads: the round trip stays exact.
 *
 * @example
 *   formatListCell('steps', [{ atLeast: 4, points: 20 }, { atLeast: 3, points: 15 }]) // => '4:20; 3:15'
 *   formatListCell('outcomes', [{ choice: 'a;b', value: 1 }]) // => '[{"choice":"a;b","value":1}]'
 */
export function formatListCell<K extends ListCellKind>(kind: K, values: ListValues[K]): string {
  const readable = formatReadable(kind, values)
  const back = parseListCell(kind, readable)
  return back.ok && isDeepEqual(back.value, values) ? readable : JSON.stringify(values)
}

/**
 * Reads a list cell written by `formatListCell` or typed by an author (`;` or line breaks between
 * items, a decimal comma in numbers, spaces anywhere). A cell starting with `[` is read as JSON.
 * The items are returned unchecked beyond their syntax: the framework schema checks them.
 * The error is the example of the expected form.
 *
 * @example
 *   parseListCell('steps', '4:20; 3:15') // => ok([{ atLeast: 4, points: 20 }, { atLeast: 3, points: 15 }])
 *   parseListCell('outcomes', 'co = 0,5') // => ok([{ choice: 'co', value: 0.5 }])
 *   parseListCell('steps', '4-20') // => err('4:20; 3:15')
 */
export function parseListCell(kind: ListCellKind, text: string): Result<readonly unknown[], string> {
  const trimmed = text.trim()
  if (trimmed.startsWith('[')) return parseJsonList(trimmed, kind)
  const items =
    kind === 'checks'
      ? trimmed.split('\n')
      : kind === 'accept'
        ? trimmed.split(/[,;\s]+/)
        : trimmed.split(/[;\n]/)
  const parsed: unknown[] = []
  for (const item of items) {
    if (item.trim() === '') continue
    const value = parseItem(kind, item)
    if (value === null) return err(listCellExamples[kind])
    parsed.push(value)
  }
  return ok(parsed)
}

function formatReadable<K extends ListCellKind>(kind: K, values: ListValues[K]): string {
  switch (kind) {
    case 'steps':
      return (values as ListValues['steps']).map((step) => `${step.atLeast}:${step.points}`).join('; ')
    case 'outcomes':
      return (values as ListValues['outcomes'])
        .map((outcome) => `${outcome.choice}=${outcome.value}`)
        .join('; ')
    case 'checks':
      return (values as ListValues['checks'])
        .map(
          (check) =>
            `${check.formula} => ${check.message.vi}${check.message.en === undefined ? '' : ` | ${check.message.en}`}`,
        )
        .join('\n')
    default:
      return (values as ListValues['accept']).join(', ')
  }
}

function parseItem(kind: ListCellKind, item: string): unknown {
  if (kind === 'accept') return item.trim()
  if (kind === 'checks') return parseCheck(item)
  const separator = kind === 'steps' ? item.indexOf(':') : item.lastIndexOf('=')
  if (separator < 0) return null
  const left = item.slice(0, separator).trim()
  const right = numberIn(item.slice(separator + 1))
  if (left === '' || right === null) return null
  if (kind === 'outcomes') return { choice: left, value: right }
  const atLeast = numberIn(left)
  return atLeast === null ? null : { atLeast, points: right }
}

/** A number written inside a list item (`Có = 1`, `≥ 50: 2`), or null. */
function numberIn(text: string): number | null {
  const value = readCellNumber(text)
  return typeof value === 'number' ? value : null
}

function parseCheck(line: string): QuestionCheck | null {
  const arrow = line.indexOf('=>')
  if (arrow < 0) return null
  const formula = line.slice(0, arrow).trim()
  const message = line.slice(arrow + 2)
  const bar = message.indexOf('|')
  const vi = (bar < 0 ? message : message.slice(0, bar)).trim()
  const en = bar < 0 ? '' : message.slice(bar + 1).trim()
  if (formula === '' || vi === '') return null
  return { formula, message: en === '' ? { vi } : { vi, en } }
}

function parseJsonList(text: string, kind: ListCellKind): Result<readonly unknown[], string> {
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? ok(value) : err(listCellExamples[kind])
  } catch {
    return err(listCellExamples[kind])
  }
}

function isDeepEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false
  if (Array.isArray(left) !== Array.isArray(right)) return false
  const leftKeys = Object.keys(left)
  const rightKeys = Object.keys(right)
  if (leftKeys.length !== rightKeys.length) return false
  return leftKeys.every(
    (key) =>
      Object.hasOwn(right, key) &&
      isDeepEqual((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]),
  )
}
