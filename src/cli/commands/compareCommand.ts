import { readFile, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { compareThroughLineage } from '@core/comparison/compareThroughLineage'
import type { CombineRule, UnitRestatement } from '@core/comparison/restateYear'
import { EMPTY_LINEAGE, type UnitLineage } from '@core/comparison/unitLineage'
import type { YearResults } from '@core/comparison/yearResults'
import { csvStyleOptions } from '@core/excel/csv/csvStyleOptions'
import { writeCsv } from '@core/excel/csv/writeCsv'
import { readLineageFile } from '@core/formats/lineage/readLineageFile'
import { readResultsFile } from '@core/formats/results-table/readResultsFile'
import type { ResultsImportIssue } from '@core/formats/results-table/resultsImportIssue'
import { err, ok, type Result } from '@core/result'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { CSV_MACHINE_FLAG, csvStyleFlag } from '../csvStyleFlag'
import type { OptionSpec, ParsedOptions } from '../parseOptions'
import { readTableFile } from '../readTableFile'
import { writeTableWorkbook } from '../writeTableWorkbook'

const SPEC: OptionSpec = {
  '--earlier': 'value',
  '--later': 'value',
  '--lineage': 'value',
  '--combine': 'value',
  '--out': 'value',
  [CSV_MACHINE_FLAG]: 'flag',
}

/**
 * `ictwb compare --earlier <results> --later <results> [--lineage <csv|xlsx>] [--combine mean|weighted:<column>|none] --out <csv|xlsx> [--csv-machine]`:
 * reads two years' results tables (the ranking CSV or the results workbook, as the manager
 * imports them), restates the earlier year in the later year's units through the lineage
 * (`compareThroughLineage`, the same computation as the app's comparison) and writes one row per
 * later unit: code, name, earlier value (restated), later value, change, earlier rank (restated),
 * later rank, and a note naming the predecessors and the rule. Units dissolved on the way are
 * listed on the output. `weighted:weight` takes the lineage file's `weight` column; any other
 * column name is looked up in the earlier results table (by unit code).
 */
export const compareCommand: CliCommand = { options: SPEC, positionals: false, run: compare }

async function compare(options: ParsedOptions, context: CliContext): Promise<number> {
  const fail = (line: string, code: 1 | 2 = 2) => {
    context.io.error(line)
    return code
  }
  const { values, flags } = options
  for (const option of ['--earlier', '--later', '--out'] as const)
    if (values[option] === undefined) return fail(context.say('missingOption', { option }))
  const out = values['--out'] as string
  const outType = extname(out).toLowerCase()
  if (outType !== '.csv' && outType !== '.xlsx')
    return fail(context.say('unsupportedExtension', { file: out, expected: '.csv, .xlsx' }))
  const rule = parseCombine(values['--combine'])
  if (rule === null)
    return fail(
      context.say('badOptionValue', {
        option: '--combine',
        value: values['--combine'] ?? '',
        expected: 'mean | weighted:<column> | none',
      }),
    )
  const earlier = await readYear(values['--earlier'] as string, context)
  if (!earlier.ok) return fail(earlier.error, earlier.exit)
  const later = await readYear(values['--later'] as string, context)
  if (!later.ok) return fail(later.error, later.exit)
  let lineage: UnitLineage = EMPTY_LINEAGE
  const lineagePath = values['--lineage']
  if (lineagePath !== undefined) {
    const bytes = await readBytes(lineagePath, context)
    if (!bytes.ok) return fail(bytes.error)
    const read = await readLineageFile(bytes.value, lineagePath)
    if (!read.ok)
      return fail(
        read.error
          .map((issue) =>
            context.say('workbookProblem', { file: lineagePath, problem: context.describeIssue(issue) }),
          )
          .join('\n'),
        1,
      )
    lineage = read.value
  }
  let weights: ReadonlyMap<string, number> | undefined
  if (rule.kind === 'weighted' && rule.attribute !== 'weight') {
    const read = await weightsFrom(values['--earlier'] as string, rule.attribute, context)
    if (!read.ok) return fail(read.error)
    weights = read.value
  }
  const compared = compareThroughLineage(earlier.value, later.value, lineage, {
    rule,
    ...(weights === undefined ? {} : { weights }),
  })
  const years = { earlier: earlier.value.year, later: later.value.year }
  const table: (string | number | null)[][] = [
    [
      context.say('compareColumnCode'),
      context.say('compareColumnName'),
      context.say('compareColumnEarlier', { year: years.earlier }),
      context.say('compareColumnLater', { year: years.later }),
      context.say('compareColumnChange'),
      context.say('compareColumnEarlierRank', { year: years.earlier }),
      context.say('compareColumnLaterRank', { year: years.later }),
      context.say('compareColumnNote'),
    ],
    ...compared.rows.map((row) => [
      row.code,
      row.name,
      row.earlier,
      row.later,
      row.change,
      row.earlierRank,
      row.laterRank,
      row.restatement === null ? '' : describeRestatement(row.restatement, context),
    ]),
  ]
  try {
    if (outType === '.csv') await writeFile(out, writeCsv(table, csvStyleOptions(csvStyleFlag(flags))))
    else await writeFile(out, await writeTableWorkbook(context.say('compareSheet'), table))
  } catch (error) {
    return fail(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
  }
  context.io.out(
    context.say('compareSummary', {
      count: compared.rows.length,
      restated: compared.rows.filter((row) => row.restatement !== null).length,
      earlier: years.earlier,
      later: years.later,
    }),
  )
  for (const unit of compared.dissolved)
    context.io.out(
      unit.into === null
        ? context.say('compareDissolved', { code: unit.code, name: unit.name, date: unit.date })
        : context.say('compareDissolvedInto', {
            code: unit.code,
            name: unit.name,
            date: unit.date,
            into: `${unit.into.code} (${unit.into.name})`,
          }),
    )
  context.io.out(context.say('written', { file: out }))
  return 0
}

/** `mean`, `none` or `weighted:<column>`; null when it is none of them. */
export function parseCombine(text: string | undefined): CombineRule | null {
  if (text === undefined || text === 'mean') return { kind: 'mean' }
  if (text === 'none') return { kind: 'none' }
  const match = /^weighted:(.+)$/.exec(text)
  return match?.[1] === undefined || match[1].trim() === ''
    ? null
    : { kind: 'weighted', attribute: match[1].trim() }
}

/**
 * The note of a restated unit, as the app's views word it: how it was made (merged from N units,
 * split from, renamed from, new), the predecessors by code and name, and the rule.
 *
 * @example
 *   describeRestatement(note, context) // => 'ghép từ 2 đơn vị: STTTT (Sở Thông tin và Truyền thông), SKHCN (Sở Khoa học và Công nghệ); trung bình cộng'
 */
export function describeRestatement(note: UnitRestatement, context: CliContext): string {
  const list = note.predecessors.map((item) => `${item.code} (${item.name})`).join(', ')
  const how = note.kinds.includes('created')
    ? context.say('restatedCreated')
    : note.kinds.includes('merged')
      ? context.say('restatedMerged', { count: note.predecessors.length, list })
      : note.kinds.includes('split')
        ? context.say('restatedSplit', { list })
        : context.say('restatedRenamed', { list })
  if (note.kinds.includes('created')) return how
  const rule =
    note.predecessors.length < 2
      ? ''
      : note.rule.kind === 'mean'
        ? context.say('ruleMean')
        : note.rule.kind === 'none'
          ? context.say('ruleNone')
          : note.missingWeights.length > 0
            ? context.say('ruleWeightMissing', {
                attribute: note.rule.attribute,
                list: note.missingWeights.join(', '),
              })
            : context.say('ruleWeighted', { attribute: note.rule.attribute })
  return rule === '' ? how : `${how}; ${rule}`
}

async function readBytes(path: string, context: CliContext): Promise<Result<Uint8Array, string>> {
  try {
    return ok(new Uint8Array(await readFile(path)))
  } catch (error) {
    return err(context.say('unreadableFile', { file: path, reason: (error as Error).message }))
  }
}

async function readYear(
  path: string,
  context: CliContext,
): Promise<{ ok: true; value: YearResults } | { ok: false; error: string; exit: 1 | 2 }> {
  const bytes = await readBytes(path, context)
  if (!bytes.ok) return { ok: false, error: bytes.error, exit: 2 }
  const read = await readResultsFile(bytes.value, path)
  if (read.ok) return { ok: true, value: read.value }
  return {
    ok: false,
    exit: 1,
    error: read.error
      .map((issue) =>
        context.say('workbookProblem', { file: path, problem: describeResultsIssue(issue, context) }),
      )
      .join('\n'),
  }
}

function describeResultsIssue(issue: ResultsImportIssue, context: CliContext): string {
  switch (issue.code) {
    case 'unreadable-csv':
    case 'unreadable-workbook':
      return issue.issues.map((inner) => context.describeIssue(inner)).join('; ')
    case 'not-utf8':
      return context.say('resultsNotUtf8')
    case 'unsupported-file-type':
      return context.say('unsupportedExtension', { file: issue.fileName, expected: '.csv, .xlsx' })
    case 'no-results-table':
      return context.say('resultsNoTable')
    case 'no-units':
      return context.say('resultsNoUnits', { sheet: issue.sheet })
    case 'year-unknown':
      return context.say('resultsYearUnknown')
    case 'duplicate-unit':
      return context.say('resultsDuplicateUnit', { row: issue.row, unit: issue.unit })
    case 'invalid-number':
      return context.say('resultsInvalidNumber', { row: issue.row, column: issue.column, found: issue.found })
  }
}

/** The weights of the earlier units from one column of the earlier results table, by unit code. */
async function weightsFrom(
  path: string,
  column: string,
  context: CliContext,
): Promise<Result<ReadonlyMap<string, number>, string>> {
  const bytes = await readBytes(path, context)
  if (!bytes.ok) return bytes
  const table = await readTableFile(bytes.value, path, context)
  if (!table.ok) return table
  const wanted = column.normalize('NFC').toLowerCase()
  const codeWords = ['mã', 'ma', 'code', 'ucode', 'unit code', 'mã đơn vị']
  for (const [index, row] of table.value.entries()) {
    const header = row.map((cell) =>
      String(cell ?? '')
        .trim()
        .normalize('NFC')
        .toLowerCase(),
    )
    const at = header.indexOf(wanted)
    const code = header.findIndex((cell) => codeWords.includes(cell))
    if (at < 0 || code < 0) continue
    const weights = new Map<string, number>()
    for (const cells of table.value.slice(index + 1)) {
      const value = cells[at]
      const number = typeof value === 'number' ? value : Number(String(value ?? '').replace(',', '.'))
      if (String(cells[code] ?? '') !== '' && Number.isFinite(number) && number > 0)
        weights.set(String(cells[code]), number)
    }
    return ok(weights)
  }
  return err(context.say('compareWeightColumnMissing', { file: path, column }))
}
