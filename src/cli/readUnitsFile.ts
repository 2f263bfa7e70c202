import { readFile } from 'node:fs/promises'
import { isValidUnitCode, normaliseUnitCode } from '@core/assessment/unitCode'
import { decodeUtf8Text } from '@core/excel/csv/decodeUtf8Text'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { err, ok, type Result } from '@core/result'
import type { CliContext } from './cliContext'

/**
 * Reads `ictwb import --units <csv>`: a CSV whose header row has a `code` column (and maybe
 * `name`), one unit per row. Codes are normalised (`normaliseUnitCode`) and must be valid and
 * distinct without regard to case; any problem comes back as one translated sentence.
 *
 * @example
 *   await readUnitsFile('units.csv', context) // => ok(Set { 'SNV', 'STC' })
 */
export async function readUnitsFile(path: string, context: CliContext): Promise<Result<Set<string>, string>> {
  const fail = (reason: string) => err(context.say('importUnitsUnusable', { file: path, reason }))
  if (!path.toLowerCase().endsWith('.csv'))
    return err(context.say('unsupportedExtension', { file: path, expected: '.csv' }))
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    return fail((error as Error).message)
  }
  const text = decodeUtf8Text(bytes)
  if (text === null) return fail(context.say('importUnitsNotUtf8'))
  const parsed = parseCsv(text)
  if (!parsed.ok) return fail(parsed.error.map((issue) => context.describeIssue(issue)).join('; '))
  const rows = parsed.value.rows.filter((row) => row.some((cell) => cell.trim() !== ''))
  const column = (rows[0] ?? []).findIndex((cell) => cell.trim().toLowerCase() === 'code')
  if (column === -1) return fail(context.say('importUnitsNoCodeColumn'))
  const codes = new Set<string>()
  const seen = new Map<string, string>()
  for (const [index, row] of rows.slice(1).entries()) {
    const code = normaliseUnitCode(row[column] ?? '')
    const line = index + 2
    if (!isValidUnitCode(code)) return fail(context.say('importUnitsInvalidCode', { row: line, code }))
    const first = seen.get(code.toLowerCase())
    if (first !== undefined) return fail(context.say('importUnitsDuplicateCode', { row: line, code, first }))
    seen.set(code.toLowerCase(), code)
    codes.add(code)
  }
  if (codes.size === 0) return fail(context.say('importUnitsEmpty'))
  return ok(codes)
}
