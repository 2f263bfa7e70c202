import type { Component, Framework, Indicator, Question } from '@core/framework/framework'
import { loadFramework } from '@core/framework/loadFramework'
import { validateFramework, type ValidFramework } from '@core/framework/validateFramework'
import { err, type Result } from '@core/result'
import { readCellNumber } from '@core/excel/cellNumber'
import {
  locateInTable,
  type LocatedFrameworkIssue,
  type TableLocation,
} from '@core/formats/framework-file/locateFrameworkIssue'
import { iMetaShapeHolds } from './iMetaShapeHolds'
import { cellText, headerIndex, type TableGrid } from './tableGrid'

export type IMetaIssue =
  | { readonly code: 'imeta-empty' }
  | { readonly code: 'imeta-missing-column'; readonly column: string }
  | {
      readonly code: 'imeta-bad-cell'
      readonly row: number
      readonly column: string
      readonly found: string
      readonly expected: string
    }
  | { readonly code: 'imeta-unknown-type'; readonly row: number; readonly found: string }
  | { readonly code: 'imeta-framework-invalid'; readonly issues: readonly LocatedFrameworkIssue[] }

export type IMetaOptions = {
  readonly id: string
  readonly year: number
  readonly name?: string
  /** Divide indicators by their `Denominator` column (COINr's optional denomination step). Default true. */
  readonly denominate?: boolean
}

const REQUIRED = ['icode', 'iname', 'direction', 'weight', 'parent', 'type'] as const
const KNOWN_TYPES = new Set(['indicator', 'aggregate', 'denominator', 'group', 'other'])

/**
 * Reads a COINr / JRC COIN Tool iMeta table as a relative-family framework (methodology §3 "Table
 * layout"): `Indicator` rows become indicators (each reading a decimal question of the same
 * code), `Aggregate` rows the component tree, `Denominator` rows questions used as denominators;
 * `Group` and `Other` rows are unit attributes and are skipped. Defaults: min-max [0, 100] and
 * the weighted arithmetic mean, as COINr's. Every problem is collected.
 *
 * @example
 *   importIMeta(parseCsv(text), { id: 'asem', year: 2018 }) // => ok(framework with 49 indicators)
 */
export function importIMeta(
  grid: TableGrid,
  options: IMetaOptions,
): Result<ValidFramework, readonly IMetaIssue[]> {
  const [header, ...rows] = grid
  if (header === undefined || rows.length === 0) return err([{ code: 'imeta-empty' }])
  const columns = headerIndex(header)
  const missing = REQUIRED.filter((name) => !columns.has(name))
  if (missing.length > 0)
    return err(missing.map((column) => ({ code: 'imeta-missing-column' as const, column })))
  const issues: IMetaIssue[] = []
  const read = (row: readonly (string | number | boolean | null)[], name: string) =>
    row[columns.get(name) ?? -1] ?? null
  const numberAt = (
    row: readonly (string | number | boolean | null)[],
    rowNumber: number,
    name: string,
    fallback: number,
  ) => {
    const value = readCellNumber(read(row, name))
    if (value === 'invalid') {
      issues.push({
        code: 'imeta-bad-cell',
        row: rowNumber,
        column: name,
        found: cellText(read(row, name)),
        expected: 'number',
      })
      return fallback
    }
    return value ?? fallback
  }
  const components: Component[] = []
  const indicators: Indicator[] = []
  const questions: Question[] = []
  // Where each framework path came from, so a framework issue names the row and column; noted
  // as the rows are read, the map built only when the framework has issues (decision 0026).
  const places: (readonly [string, number, number, string, Readonly<Record<string, string>>])[] = []
  const locate = (
    list: string,
    position: number,
    rowNumber: number,
    code: string,
    fields: Readonly<Record<string, string>>,
  ) => void places.push([list, position, rowNumber, code, fields])
  const sourcesOf = () => {
    const sources = new Map<string, TableLocation>()
    const columnTitle = (name: string) => cellText(header[columns.get(name) ?? -1]) || name
    for (const [list, position, rowNumber, code, fields] of places) {
      const path = `${list}[${position}]`
      sources.set(path, { row: rowNumber, code })
      for (const [field, column] of Object.entries(fields))
        if (columns.has(column))
          sources.set(`${path}.${field}`, { row: rowNumber, code, column: columnTitle(column) })
    }
    return sources
  }
  rows.forEach((row, offset) => {
    const rowNumber = offset + 2
    const type = cellText(read(row, 'type')).toLowerCase()
    const code = cellText(read(row, 'icode'))
    if (code === '' && type === '') return
    if (!KNOWN_TYPES.has(type))
      return void issues.push({
        code: 'imeta-unknown-type',
        row: rowNumber,
        found: cellText(read(row, 'type')),
      })
    const name = { vi: cellText(read(row, 'iname')) || code, en: cellText(read(row, 'iname')) || code }
    const unitText = columns.has('unit') ? cellText(read(row, 'unit')) : ''
    const parent = cellText(read(row, 'parent'))
    if (type === 'aggregate') {
      locate('components', components.length, rowNumber, code, {
        code: 'icode',
        name: 'iname',
        parent: 'parent',
        weight: 'weight',
      })
      components.push({
        code,
        name,
        parent: parent === '' ? null : parent,
        weight: numberAt(row, rowNumber, 'weight', 1),
      })
    } else if (type === 'indicator') {
      const direction = numberAt(row, rowNumber, 'direction', 1)
      if (direction !== 1 && direction !== -1)
        issues.push({
          code: 'imeta-bad-cell',
          row: rowNumber,
          column: 'direction',
          found: String(direction),
          expected: '1 or -1',
        })
      const denominator = columns.has('denominator') ? cellText(read(row, 'denominator')) : ''
      locate('indicators', indicators.length, rowNumber, code, {
        code: 'icode',
        name: 'iname',
        formula: 'icode',
        direction: 'direction',
        weight: 'weight',
        parent: 'parent',
        denominator: 'denominator',
      })
      locate('questions', questions.length, rowNumber, code, { code: 'icode', text: 'iname' })
      // Keys in the schema's order (see iMetaShapeHolds).
      indicators.push({
        code,
        name,
        formula: code,
        direction: direction === -1 ? -1 : 1,
        weight: numberAt(row, rowNumber, 'weight', 1),
        parent,
        ...(unitText === '' ? {} : { unit: { vi: unitText, en: unitText } }),
        ...(denominator !== '' && options.denominate !== false ? { denominator } : {}),
        placeholder: false,
      })
      questions.push(dataQuestion(code, name, unitText))
    } else if (type === 'denominator') {
      locate('questions', questions.length, rowNumber, code, { code: 'icode', text: 'iname' })
      questions.push(dataQuestion(code, name, unitText))
    }
  })
  if (issues.length > 0) return err(issues)
  const framework: Framework = {
    formatVersion: 1,
    id: options.id,
    version: '1',
    year: options.year,
    unitGroup: 'coinr',
    name: { vi: options.name ?? options.id, en: options.name ?? options.id },
    origin: {
      vi: 'Nhập từ bảng iMeta của COINr / JRC COIN Tool',
      en: 'Imported from a COINr / JRC COIN Tool iMeta table',
    },
    family: 'relative',
    decimals: 4,
    scale: 100,
    sections: [{ code: 'data', title: { vi: 'Số liệu', en: 'Data' } }],
    questions,
    indicators,
    components,
    method: {
      normalisation: { method: 'min-max', lower: 0, upper: 100 },
      aggregation: 'arithmetic',
      imputation: { method: 'none' },
    },
  }
  // A framework built from plain cells already has the schema's shape: then only its meaning is
  // checked (decision 0026); otherwise the schema names what is wrong.
  const loaded = iMetaShapeHolds(framework) ? validateFramework(framework) : loadFramework(framework)
  if (loaded.ok) return loaded
  const sources = sourcesOf()
  const located = loaded.error.map((issue) => locateInTable(issue, sources))
  return err([{ code: 'imeta-framework-invalid', issues: located }])
}

function dataQuestion(code: string, name: { vi: string; en: string }, unitText: string): Question {
  return {
    code,
    section: 'data',
    text: name,
    required: false,
    type: 'decimal',
    ...(unitText === '' ? {} : { unit: { vi: unitText, en: unitText } }),
  }
}
