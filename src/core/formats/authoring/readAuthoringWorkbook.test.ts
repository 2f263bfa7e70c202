import { beforeAll, describe, expect, it } from 'vitest'
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { aFramework } from '@core/framework/testing/aFramework'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import { loadAuthoringWorkbook } from './loadAuthoringWorkbook'
import { readAuthoringWorkbook } from './readAuthoringWorkbook'
import { cellOf, editSheet, setCell } from './testing/editSheetWorkbook'
import { authoringSheetWorkbook } from './testing/roundTripAuthoringWorkbook'

let framework: ValidFramework
let points: ValidFramework
let workbook: SheetWorkbook
let pointsWorkbook: SheetWorkbook

beforeAll(async () => {
  const loaded = loadFramework(aFramework())
  const loadedPoints = loadFramework(aPointsFramework())
  if (!loaded.ok || !loadedPoints.ok) throw new Error('test frameworks do not load')
  framework = loaded.value
  points = loadedPoints.value
  workbook = await authoringSheetWorkbook(framework)
  pointsWorkbook = await authoringSheetWorkbook(points)
})

/** Rows are stored only up to their last value; pad them so that columns can be moved as a block. */
const padRows = <T>(rows: readonly (readonly T[])[]): (T | null)[][] => {
  const width = Math.max(...rows.map((row) => row.length))
  return rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)])
}

const issuesOf = (edited: SheetWorkbook) => {
  const read = readAuthoringWorkbook(edited)
  return read.ok ? [] : read.error
}

describe('readAuthoringWorkbook on a workbook edited by hand', () => {
  it('reports a renamed sheet as missing', () => {
    const renamed = {
      sheets: workbook.sheets.map((sheet) =>
        sheet.name === 'questions' ? { ...sheet, name: 'câu hỏi' } : sheet,
      ),
    }

    expect(issuesOf(renamed)).toEqual([{ code: 'authoring-missing-sheet', sheet: 'questions' }])
  })

  it('reports a missing settings sheet', () => {
    const removed = { sheets: workbook.sheets.filter((sheet) => sheet.name !== 'settings') }

    expect(issuesOf(removed)).toEqual([{ code: 'authoring-missing-sheet', sheet: 'settings' }])
  })

  it('reports an unknown question type with its cell and the types it accepts', () => {
    const cell = cellOf(workbook, 'questions', 'MayTinh', 'type')

    const issues = issuesOf(setCell(workbook, 'questions', cell, 'number'))

    expect(issues).toEqual([
      {
        code: 'authoring-unknown-option',
        sheet: 'questions',
        cell,
        expected:
          'integer, decimal, percent, yes-no, single-choice, multi-choice, text, date, table, evidence',
        found: 'number',
      },
    ])
  })

  it('reports a weight that is not a number', () => {
    const cell = cellOf(workbook, 'indicators', 'HTKT_Internet', 'weight')

    expect(issuesOf(setCell(workbook, 'indicators', cell, 'hai'))).toEqual([
      { code: 'authoring-not-a-number', sheet: 'indicators', cell, found: 'hai' },
    ])
  })

  it('reads numbers stored as text, with a decimal comma', () => {
    const edited = setCell(
      workbook,
      'indicators',
      cellOf(workbook, 'indicators', 'UD_PhanMem', 'weight'),
      ' 2,5 ',
    )

    const loaded = loadAuthoringWorkbook(
      setCell(edited, 'questions', cellOf(workbook, 'questions', 'TyLeVanBanDienTu', 'max'), '100'),
    )

    expect(
      loaded.ok && loaded.value.indicators.find((indicator) => indicator.code === 'UD_PhanMem')?.weight,
    ).toBe(2.5)
    expect(loaded.ok && loaded.value).toEqual({
      ...framework,
      indicators: framework.indicators.map((indicator) =>
        indicator.code === 'UD_PhanMem' ? { ...indicator, weight: 2.5 } : indicator,
      ),
    })
  })

  it('reads yes/no written as Có, TRUE, 1 and khong', () => {
    const at = (code: string) => cellOf(workbook, 'questions', code, 'required')
    const edits: readonly [string, string | number | boolean][] = [
      ['SoCBCC', 'Có'],
      ['MayTinh', true],
      ['MayTinhInternet', 0],
      ['CoPhongCNTT', 'khong'],
      ['GhiChu', 1],
    ]

    const edited = edits.reduce(
      (current, [code, value]) => setCell(current, 'questions', at(code), value),
      workbook,
    )
    const loaded = loadAuthoringWorkbook(edited)

    expect(
      loaded.ok &&
        loaded.value.questions.filter((question) => question.required).map((question) => question.code),
    ).toEqual(['SoCBCC', 'MayTinh', 'GhiChu'])
  })

  it('reports a yes/no cell it cannot read', () => {
    const cell = cellOf(workbook, 'questions', 'SoCBCC', 'required')

    expect(issuesOf(setCell(workbook, 'questions', cell, 'chắc chắn'))).toEqual([
      { code: 'authoring-not-yes-no', sheet: 'questions', cell, found: 'chắc chắn' },
    ])
  })

  it('refuses a newer template version before reading anything else', () => {
    const edited = setCell(
      editSheet(workbook, 'settings', () => []),
      '_meta',
      'B3',
      2,
    )

    expect(issuesOf(edited)).toEqual([
      { code: 'authoring-newer-template', sheet: '_meta', cell: 'B3', expected: '1', found: '2' },
    ])
  })

  it('refuses a workbook of another template', () => {
    expect(issuesOf(setCell(workbook, '_meta', 'B2', 'questionnaire'))).toEqual([
      {
        code: 'authoring-wrong-template',
        sheet: '_meta',
        cell: 'B2',
        expected: 'framework-authoring',
        found: 'questionnaire',
      },
    ])
  })

  it('reads a workbook made by hand without a _meta sheet as template version 1', () => {
    const loaded = loadAuthoringWorkbook({
      sheets: workbook.sheets.filter((sheet) => sheet.name !== '_meta'),
    })

    expect(loaded).toEqual({ ok: true, value: framework })
  })

  it('finds columns by heading in any order, without the Vietnamese heading row, in sheets named in any case', () => {
    const reorder = (rows: readonly (readonly unknown[])[]) =>
      padRows(rows)
        .slice(1)
        .map((row) => [...row].reverse())
    const edited = {
      sheets: workbook.sheets.map((sheet) =>
        ['questions', 'indicators', 'choices'].includes(sheet.name)
          ? { ...sheet, name: sheet.name.toUpperCase(), rows: reorder(sheet.rows) as typeof sheet.rows }
          : sheet,
      ),
    }

    expect(loadAuthoringWorkbook(edited)).toEqual({ ok: true, value: framework })
  })

  it('skips blank rows and ignores note columns', () => {
    const edited = editSheet(workbook, 'questions', (rows) => [
      ...padRows(rows)
        .slice(0, 2)
        .map((row, index) => [...row, index === 1 ? 'ghi chú' : 'Ghi chú', '# nháp']),
      [],
      ...padRows(rows)
        .slice(2)
        .flatMap((row) => [
          [...row, 'xem lại', 'x'],
          [null, '  ', null],
        ]),
    ])

    expect(loadAuthoringWorkbook(edited)).toEqual({ ok: true, value: framework })
  })

  it('reports unknown, duplicate and missing required columns on the heading row', () => {
    const edited = editSheet(workbook, 'sections', (rows) =>
      rows.map((row, index) =>
        index === 1 ? ['code', 'title_en', 'mo_ta', 'code'] : row.slice(0, 1).concat(row.slice(2)),
      ),
    )

    expect(issuesOf(edited)).toEqual([
      { code: 'authoring-unknown-column', sheet: 'sections', cell: 'C2', found: 'mo_ta' },
      { code: 'authoring-duplicate-column', sheet: 'sections', cell: 'D2', found: 'code' },
      { code: 'authoring-missing-column', sheet: 'sections', cell: 'A2', expected: 'title_vi' },
    ])
  })

  it('reports an empty required cell, a formula cell and an error cell, all at once', () => {
    let edited = setCell(workbook, 'sections', 'A3', null)
    edited = setCell(edited, 'indicators', cellOf(workbook, 'indicators', 'HTKT_Internet', 'formula'), {
      type: 'formula',
      formula: 'MayTinhInternet/MayTinh',
      result: { type: 'error', code: '#NAME?' },
    })
    edited = setCell(edited, 'components', cellOf(workbook, 'components', 'UD', 'weight'), {
      type: 'error',
      code: '#DIV/0!',
    })

    expect(issuesOf(edited)).toEqual([
      { code: 'authoring-missing-value', sheet: 'sections', cell: 'A3', expected: 'code' },
      {
        code: 'authoring-formula-cell',
        sheet: 'indicators',
        cell: cellOf(workbook, 'indicators', 'HTKT_Internet', 'formula'),
        found: '=MayTinhInternet/MayTinh',
      },
      {
        code: 'authoring-error-cell',
        sheet: 'components',
        cell: cellOf(workbook, 'components', 'UD', 'weight'),
        found: '#DIV/0!',
      },
    ])
  })

  it('reports a column that does not apply to the question type', () => {
    const cell = cellOf(workbook, 'questions', 'GhiChu', 'min')

    expect(issuesOf(setCell(workbook, 'questions', cell, 0))).toEqual([
      { code: 'authoring-not-applicable', sheet: 'questions', cell, column: 'min', type: 'text' },
    ])
  })

  it('reports choices naming an unknown question or a question without choices', () => {
    const edited = editSheet(workbook, 'choices', (rows) => [
      ...rows,
      ['KhongCo', null, 'a', 'A'],
      ['MayTinh', null, 'b', 'B'],
    ])
    const last = workbook.sheets.find((sheet) => sheet.name === 'choices')?.rows.length ?? 0

    expect(issuesOf(edited)).toEqual([
      { code: 'authoring-unknown-question', sheet: 'choices', cell: `A${last + 1}`, found: 'KhongCo' },
      {
        code: 'authoring-rows-not-allowed',
        sheet: 'choices',
        cell: `A${last + 2}`,
        found: 'MayTinh',
        type: 'integer',
      },
    ])
  })

  it('reports a missing setting and an unknown one', () => {
    const edited = editSheet(workbook, 'settings', (rows) =>
      rows.map((row) => (row[0] === 'origin_vi' ? ['origin', row[1] ?? null] : row)),
    )
    const row =
      (workbook.sheets
        .find((sheet) => sheet.name === 'settings')
        ?.rows.findIndex((cells) => cells[0] === 'origin_vi') ?? 0) + 1

    expect(issuesOf(edited)).toEqual([
      { code: 'authoring-unknown-setting', sheet: 'settings', cell: `A${row}`, found: 'origin' },
      { code: 'authoring-missing-setting', sheet: 'settings', expected: 'origin_vi' },
    ])
  })
})

describe('readAuthoringWorkbook on the rules sheet', () => {
  it('reports a steps list it cannot read, with the expected form', () => {
    const cell = cellOf(pointsWorkbook, 'rules', '1.3', 'steps')

    expect(issuesOf(setCell(pointsWorkbook, 'rules', cell, '4 → 20'))).toEqual([
      { code: 'authoring-bad-list', sheet: 'rules', cell, expected: '4:20; 3:15', found: '4 → 20' },
    ])
  })

  it('reads steps typed with decimal commas and line breaks', () => {
    const cell = cellOf(pointsWorkbook, 'rules', '1.3', 'steps')

    const loaded = loadAuthoringWorkbook(setCell(pointsWorkbook, 'rules', cell, '4:20\n3 : 15;2:10,5;1:5;'))

    const rule = loaded.ok
      ? loaded.value.indicators.find((indicator) => indicator.code === '1.3')?.rule
      : undefined
    expect(rule).toEqual({
      kind: 'steps',
      steps: [
        { atLeast: 4, points: 20 },
        { atLeast: 3, points: 15 },
        { atLeast: 2, points: 10.5 },
        { atLeast: 1, points: 5 },
      ],
    })
  })

  it('reports rules for an unknown indicator and a part without its parent row', () => {
    const edited = editSheet(pointsWorkbook, 'rules', (rows) => [
      ...rows,
      ['9.9', null, 'ratio-times-max'],
      ['1.3', 'c', 'ratio-times-max', 'SoCuocHop'],
    ])
    const last = pointsWorkbook.sheets.find((sheet) => sheet.name === 'rules')?.rows.length ?? 0

    expect(issuesOf(edited)).toEqual([
      { code: 'authoring-rule-without-parent', sheet: 'rules', cell: `B${last + 2}`, found: 'c' },
      { code: 'authoring-unknown-indicator', sheet: 'rules', cell: `A${last + 1}`, found: '9.9' },
    ])
  })

  it('reports a missing rule parameter and one that belongs to another kind', () => {
    const steps = cellOf(pointsWorkbook, 'rules', '1.3', 'steps')
    const yes = cellOf(pointsWorkbook, 'rules', '1.3', 'yes_points')

    const issues = issuesOf(setCell(setCell(pointsWorkbook, 'rules', steps, null), 'rules', yes, 3))

    expect(issues).toEqual([
      { code: 'authoring-not-applicable', sheet: 'rules', cell: yes, column: 'yes_points', type: 'steps' },
      { code: 'authoring-missing-value', sheet: 'rules', cell: steps, expected: 'steps' },
    ])
  })
})

describe('loadAuthoringWorkbook', () => {
  it('points a framework issue at the cell it came from', () => {
    const cell = cellOf(workbook, 'questions', 'MayTinh', 'section')

    const loaded = loadAuthoringWorkbook(setCell(workbook, 'questions', cell, 'XYZ'))

    expect(loaded).toEqual({
      ok: false,
      error: [
        { code: 'unknown-section', path: 'questions[1].section', section: 'XYZ', sheet: 'questions', cell },
      ],
    })
  })

  it('points an issue inside a rule at its rules row', () => {
    const cell = cellOf(pointsWorkbook, 'rules', '1.3', 'steps')

    const loaded = loadAuthoringWorkbook(setCell(pointsWorkbook, 'rules', cell, '4:200'))

    expect(
      loaded.ok
        ? []
        : loaded.error.map((issue) => ('cell' in issue ? [issue.code, issue.cell] : [issue.code])),
    ).toContainEqual(['rule-points-exceed-max', cell])
  })
})
