import { readCellNumber } from '@core/excel/cellNumber'
import type { CellValue, SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { FrameworkFamily, LocalizedText } from '@core/framework/framework'
import { REPORT_LABELS } from '@core/formats/results-report/reportLabels'
import { err, ok, type Result } from '@core/result'
import type { AssessmentResult, ComponentResult, IndicatorResult } from '@core/scoring/assessmentResult'
import { rankColumn } from '@core/scoring/rankColumn'
import type { ResultsImportIssue } from './resultsImportIssue'
import type { StructureNode, YearResults } from '@core/comparison/yearResults'

/**
 * What the caller knows when the file does not say: the year, the framework the results belong
 * to (the series being compared), and the root code of the composite.
 *
 * @example
 *   const hints: ResultsImportHints = { year: 2023, frameworkId: 'dept-ict-readiness', rootCode: 'ICT' }
 */
export type ResultsImportHints = {
  readonly year?: number
  readonly frameworkId?: string
  readonly frameworkVersion?: string
  readonly rootCode?: string
}

/** A grid of cells, as a sheet or a parsed CSV gives it. */
type Grid = readonly (readonly CellValue[])[]

const HEADER_WORDS = {
  code: ['ucode', 'mã', 'ma', 'mã đơn vị', 'code', 'unit code'],
  name: ['uname', 'đơn vị', 'tên đơn vị', 'name', 'unit', 'unit name'],
  group: ['group', 'nhóm', 'nhóm đơn vị'],
  rank: ['rank', 'hạng', 'xếp hạng'],
  year: ['year', 'time', 'năm'],
  skip: ['xếp loại', 'band', 'tỷ lệ so với tối đa', 'share'],
  composite: ['composite', 'index', 'chỉ số chung', 'tổng hợp', 'điểm tổng hợp'],
} as const

const text = (cell: CellValue | undefined): string => {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'string') return cell.trim()
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell)
  if (cell.type === 'formula')
    return text(cell.result === null || typeof cell.result !== 'object' ? cell.result : null)
  return ''
}
const word = (cell: CellValue | undefined) => text(cell).normalize('NFC').toLowerCase()
const isOneOf = (cell: CellValue | undefined, words: readonly string[]) => words.includes(word(cell))

/** A number from a cell: numbers as they are, text with a decimal comma or point; `undefined` when not a number. */
function numberOf(cell: CellValue | undefined): number | null | undefined {
  // the report writes a missing value as a dash
  if (typeof cell === 'string' && ['', '—', '-'].includes(cell.trim())) return null
  const value = readCellNumber(cell)
  return value === 'invalid' ? undefined : value
}

/** `Chỉ số hạ tầng kỹ thuật (HTKT)` → `HTKT`; a bare header is its own code. */
function codeOfHeader(header: string): string {
  const match = /\(([^()]+)\)\s*$/.exec(header)
  return (match?.[1] ?? header).trim()
}
function nameOfHeader(header: string): string {
  return header.replace(/\s*\([^()]+\)\s*$/, '').trim() || header
}

type Table = {
  readonly headerRow: number
  readonly code: number
  readonly name: number | null
  readonly group: number | null
  readonly rank: number | null
  readonly year: number | null
  readonly scores: readonly {
    readonly column: number
    readonly code: string
    readonly name: string
    readonly isComposite: boolean
  }[]
}

function findTable(grid: Grid, rootCode: string | undefined): Table | null {
  for (let row = 0; row < Math.min(grid.length, 30); row += 1) {
    const cells = grid[row] ?? []
    const code = cells.findIndex((cell) => isOneOf(cell, HEADER_WORDS.code))
    if (code < 0) continue
    const find = (words: readonly string[]) => {
      const at = cells.findIndex((cell, column) => column !== code && isOneOf(cell, words))
      return at < 0 ? null : at
    }
    const name = find(HEADER_WORDS.name)
    const group = find(HEADER_WORDS.group)
    const rank = find(HEADER_WORDS.rank)
    const year = find(HEADER_WORDS.year)
    const taken = new Set([code, name, group, rank, year].filter((value): value is number => value !== null))
    const scoreColumns = cells.flatMap((cell, column) =>
      taken.has(column) || text(cell) === '' || isOneOf(cell, HEADER_WORDS.skip)
        ? []
        : [{ column, header: text(cell) }],
    )
    if (scoreColumns.length === 0) continue
    const compositeAt = Math.max(
      0,
      scoreColumns.findIndex((item) => rootCode !== undefined && codeOfHeader(item.header) === rootCode) >= 0
        ? scoreColumns.findIndex((item) => codeOfHeader(item.header) === rootCode)
        : scoreColumns.findIndex((item) => isOneOf(item.header, HEADER_WORDS.composite)),
    )
    const scores = scoreColumns.map((item, position) => {
      const isComposite = position === compositeAt
      const headerCode = codeOfHeader(item.header)
      const code =
        isComposite && isOneOf(item.header, HEADER_WORDS.composite) ? (rootCode ?? headerCode) : headerCode
      return { column: item.column, code, name: nameOfHeader(item.header), isComposite }
    })
    return { headerRow: row, code, name, group, rank, year, scores }
  }
  return null
}

/** Label → value pairs and the tree of the results report's "Phương pháp" sheet. */
type MethodFacts = {
  readonly frameworkId?: string
  readonly frameworkVersion?: string
  readonly name?: string
  readonly year?: number
  readonly maximum?: number
  readonly decimals?: number
  readonly family?: FrameworkFamily
  readonly nodes: readonly StructureNode[]
}

function readMethodSheet(workbook: SheetWorkbook): MethodFacts {
  const sheet = workbook.sheets.find((item) => item.name === REPORT_LABELS.sheets.method)
  if (sheet === undefined) return { nodes: [] }
  const labels = REPORT_LABELS.method
  const fact = (label: string) => sheet.rows.find((row) => text(row[0]) === label)?.[1]
  const idVersion = text(fact(labels.frameworkId)).split(/\s+/)
  const familyText = text(fact(labels.family))
  const numberFact = (label: string) => {
    const value = numberOf(fact(label))
    return value === null || value === undefined ? undefined : value
  }
  const treeHeader = sheet.rows.findIndex(
    (row) => text(row[0]) === labels.treeColumns[0] && text(row[1]) === labels.treeColumns[1],
  )
  const nodes: StructureNode[] = []
  if (treeHeader >= 0) {
    for (const row of sheet.rows.slice(treeHeader + 1)) {
      const kind =
        text(row[0]) === labels.component
          ? 'component'
          : text(row[0]) === labels.indicator
            ? 'indicator'
            : null
      if (kind === null) break
      const weight = numberOf(row[4])
      nodes.push({
        code: text(row[1]),
        kind,
        name: { vi: text(row[2]) || text(row[1]) },
        parent: text(row[3]) === '' ? null : text(row[3]),
        weight: typeof weight === 'number' ? weight : 1,
        ...(kind === 'component' ? { aggregation: 'arithmetic' as const } : {}),
      })
    }
  }
  const year = numberFact(labels.year)
  const maximum = numberFact(labels.scale)
  const decimals = numberFact(labels.decimals)
  return {
    ...(idVersion[0] ? { frameworkId: idVersion[0] } : {}),
    ...(idVersion[1] ? { frameworkVersion: idVersion[1] } : {}),
    ...(text(fact(labels.framework)) ? { name: text(fact(labels.framework)) } : {}),
    ...(year !== undefined && Number.isInteger(year) ? { year } : {}),
    ...(maximum !== undefined && maximum > 0 ? { maximum } : {}),
    ...(decimals !== undefined && Number.isInteger(decimals) ? { decimals } : {}),
    ...(familyText === labels.families.points
      ? { family: 'points' as const }
      : familyText === labels.families.relative
        ? { family: 'relative' as const }
        : {}),
    nodes,
  }
}

/** Indicator columns of the report's "Chỉ tiêu - giá trị" / "Chỉ tiêu - chuẩn hoá" sheets, by unit code. */
function readIndicatorSheet(workbook: SheetWorkbook, name: string): Map<string, Map<string, number | null>> {
  const columns = new Map<string, Map<string, number | null>>()
  const sheet = workbook.sheets.find((item) => item.name === name)
  if (sheet === undefined) return columns
  const table = findTable(sheet.rows, undefined)
  if (table === null) return columns
  for (const score of table.scores) {
    const values = new Map<string, number | null>()
    for (const row of sheet.rows.slice(table.headerRow + 1)) {
      const unit = text(row[table.code])
      const value = numberOf(row[score.column])
      if (unit !== '') values.set(unit, value === undefined ? null : value)
    }
    columns.set(score.code, values)
  }
  return columns
}

/**
 * Reads an earlier year's results from a workbook already read into cells: the results report
 * this app writes ("Tổng hợp" with "Phương pháp" and the indicator sheets, which give the year,
 * the framework id and version, the tree, and indicator values), or any sheet holding a plain
 * table (uCode/Mã, uName/Đơn vị, optional Nhóm/Group, Hạng/Rank, Năm/Year, then the composite and
 * the components; headers like "Hạ tầng kỹ thuật (HTKT)" give the code in brackets). Numbers may
 * be typed with a decimal comma. Ranks are the file's when it has a rank column; component ranks
 * are recomputed (competition ranking on the file's values). The year comes from the file, the
 * hints, or a year in the file name, in that order.
 *
 * @example
 *   const imported = resultsFromWorkbook(workbook, 'ket-qua-2023.xlsx', { frameworkId: 'dept-ict-readiness' })
 *   imported.ok && imported.value.year // => 2023
 */
export function resultsFromWorkbook(
  workbook: SheetWorkbook,
  fileName: string,
  hints: ResultsImportHints = {},
): Result<YearResults, readonly ResultsImportIssue[]> {
  const method = readMethodSheet(workbook)
  const rootCode = hints.rootCode ?? method.nodes.find((node) => node.parent === null)?.code
  const ordered = [...workbook.sheets].sort(
    (a, b) =>
      Number(b.name === REPORT_LABELS.sheets.summary) - Number(a.name === REPORT_LABELS.sheets.summary),
  )
  for (const sheet of ordered) {
    if (sheet.state !== 'visible') continue
    const table = findTable(sheet.rows, rootCode)
    if (table === null) continue
    return buildYear(sheet.name, sheet.rows, table, fileName, hints, method, {
      values: readIndicatorSheet(workbook, REPORT_LABELS.sheets.indicatorValues),
      scores: readIndicatorSheet(workbook, REPORT_LABELS.sheets.indicatorScores),
    })
  }
  return err([{ code: 'no-results-table' }])
}

/**
 * Reads an earlier year's results from the rows of a CSV (the ranking CSV this app writes, or a
 * plain table as `resultsFromWorkbook` describes).
 *
 * @example
 *   resultsFromRows([['uCode', 'uName', 'ICT', 'HTKT'], ['STC', 'Sở Tài chính', '0,71', '0,8']], 'ket-qua-2023.csv', { frameworkId: 'dept-ict-readiness' })
 */
export function resultsFromRows(
  rows: readonly (readonly string[])[],
  fileName: string,
  hints: ResultsImportHints = {},
): Result<YearResults, readonly ResultsImportIssue[]> {
  const table = findTable(rows, hints.rootCode)
  if (table === null) return err([{ code: 'no-results-table' }])
  return buildYear(
    'CSV',
    rows,
    table,
    fileName,
    hints,
    { nodes: [] },
    { values: new Map(), scores: new Map() },
  )
}

function buildYear(
  sheetName: string,
  grid: Grid,
  table: Table,
  fileName: string,
  hints: ResultsImportHints,
  method: MethodFacts,
  indicatorSheets: {
    readonly values: Map<string, Map<string, number | null>>
    readonly scores: Map<string, Map<string, number | null>>
  },
): Result<YearResults, readonly ResultsImportIssue[]> {
  const issues: ResultsImportIssue[] = []
  const units: { code: string; name: string; group: string }[] = []
  const scores = table.scores.map(() => [] as (number | null)[])
  const fileRanks: (number | null)[] = []
  const years = new Set<number>()
  const seen = new Set<string>()
  grid.slice(table.headerRow + 1).forEach((cells, offset) => {
    const row = table.headerRow + offset + 2
    const code = text(cells[table.code])
    if (code === '') return
    if (seen.has(code)) {
      issues.push({ code: 'duplicate-unit', sheet: sheetName, row, unit: code })
      return
    }
    seen.add(code)
    units.push({
      code,
      name: table.name === null ? code : text(cells[table.name]) || code,
      group: table.group === null ? '' : text(cells[table.group]),
    })
    table.scores.forEach((score, position) => {
      const value = numberOf(cells[score.column])
      if (value === undefined)
        issues.push({
          code: 'invalid-number',
          sheet: sheetName,
          row,
          column: text(grid[table.headerRow]?.[score.column]),
          found: text(cells[score.column]),
        })
      scores[position]?.push(value ?? null)
    })
    const rank = table.rank === null ? null : numberOf(cells[table.rank])
    fileRanks.push(typeof rank === 'number' && Number.isInteger(rank) && rank > 0 ? rank : null)
    const year = table.year === null ? null : numberOf(cells[table.year])
    if (typeof year === 'number' && Number.isInteger(year)) years.add(year)
  })
  if (units.length === 0) issues.push({ code: 'no-units', sheet: sheetName })
  const yearFromName = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(fileName)?.[1]
  const year =
    method.year ??
    hints.year ??
    (years.size === 1 ? [...years][0] : undefined) ??
    (yearFromName === undefined ? undefined : Number(yearFromName))
  if (year === undefined) issues.push({ code: 'year-unknown' })
  if (issues.length > 0 || year === undefined) return err(issues)

  const composite = table.scores.find((score) => score.isComposite) ?? table.scores[0]
  const rootCode = composite?.code ?? 'INDEX'
  const components: Record<string, ComponentResult> = {}
  table.scores.forEach((score, position) => {
    const column = scores[position] ?? []
    const ranked = rankColumn(column, 'descending')
    const useFileRanks =
      score.isComposite &&
      table.rank !== null &&
      fileRanks.every((rank, index) => (rank === null) === (column[index] === null))
    components[score.code] = { code: score.code, score: column, rank: useFileRanks ? fileRanks : ranked }
  })
  const indicators: Record<string, IndicatorResult> = {}
  for (const [code, byUnit] of indicatorSheets.values) {
    const value = units.map((unit) => byUnit.get(unit.code) ?? null)
    const score = units.map((unit) => indicatorSheets.scores.get(code)?.get(unit.code) ?? null)
    indicators[code] = { code, raw: value, imputed: units.map(() => null), value, score }
  }
  const rootScores = components[rootCode]?.score ?? []
  const observed = Math.max(0, ...rootScores.filter((value): value is number => value !== null))
  const maximum = method.maximum ?? (observed <= 1 ? 1 : observed <= 100 ? 100 : observed)
  const frameworkId = method.frameworkId ?? hints.frameworkId ?? 'imported'
  const frameworkVersion = method.frameworkVersion ?? hints.frameworkVersion ?? `imported-${year}`
  const family = method.family ?? 'relative'
  const result: AssessmentResult = {
    engineVersion: 0,
    frameworkId,
    frameworkVersion,
    family,
    maximum,
    decimals: method.decimals ?? 4,
    units,
    rootCode,
    indicators,
    components,
    share: rootScores.map((value) => (value === null ? null : value / maximum)),
    band: units.map(() => null),
    warnings: [],
  }
  const headerNames = new Map<string, LocalizedText>(
    table.scores.map((score) => [score.code, { vi: score.name }]),
  )
  const nodes: readonly StructureNode[] =
    method.nodes.length > 0
      ? method.nodes
      : table.scores.map((score) => ({
          code: score.code,
          kind: 'component',
          name: headerNames.get(score.code) ?? { vi: score.code },
          parent: score.code === rootCode ? null : rootCode,
          weight: 1,
          aggregation: 'arithmetic',
        }))
  return ok({
    year,
    frameworkId,
    frameworkVersion,
    source: { kind: 'imported', fileName },
    structure: {
      frameworkId,
      frameworkVersion,
      name: { vi: method.name ?? fileName },
      family,
      nodes,
      comparability: [],
    },
    result,
  })
}
