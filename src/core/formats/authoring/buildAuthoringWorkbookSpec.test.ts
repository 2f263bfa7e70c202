import { describe, expect, it } from 'vitest'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { questionTypes } from '@core/framework/question'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import { authoringTableLayouts } from './authoringTableLayouts'
import { buildAuthoringWorkbookSpec } from './buildAuthoringWorkbookSpec'
import { settingsLayout } from './settingsLayout'

const spec = buildAuthoringWorkbookSpec(aPointsFramework(), {
  exportedAt: '2025-06-30T08:00:00Z',
  appVersion: '0.1.0',
})
const sheet = (name: string): SheetSpec => {
  const found = spec.sheets.find((candidate) => candidate.name === name)
  if (found === undefined) throw new Error(`no sheet ${name}`)
  return found
}
const valueOf = (cell: SpecCell | undefined) =>
  cell !== null && typeof cell === 'object' && 'value' in cell ? cell.value : cell

describe('buildAuthoringWorkbookSpec', () => {
  it('writes the instructions first, every sheet of template version 1, and a hidden _meta last', () => {
    expect(spec.sheets.map((candidate) => [candidate.name, candidate.state ?? 'visible'])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['settings', 'visible'],
      ...authoringTableLayouts.map((layout) => [layout.sheet, 'visible']),
      ['_meta', 'hidden'],
    ])
  })

  it('records the template kind and version, the framework and the export in _meta', () => {
    expect(sheet('_meta').rows).toEqual([
      ['key', 'value'],
      ['template', 'framework-authoring'],
      ['template_version', 1],
      ['framework_id', 'test-dti-district'],
      ['framework_version', '2025.1'],
      ['year', 2025],
      ['exported_at', '2025-06-30T08:00:00Z'],
      ['app_version', '0.1.0'],
    ])
  })

  it('heads every table sheet with Vietnamese labels over the column keys, both frozen', () => {
    for (const layout of authoringTableLayouts) {
      const table = sheet(layout.sheet)

      expect(table.rows[0]?.map(valueOf), layout.sheet).toEqual(layout.columns.map((column) => column.label))
      expect(table.rows[1]?.map(valueOf), layout.sheet).toEqual(layout.columns.map((column) => column.key))
      expect(table.freeze, layout.sheet).toEqual({ rows: 2, columns: 1 })
    }
  })

  it('offers the question types in a drop-down and keeps code columns as text', () => {
    const questions = sheet('questions')

    expect(questions.validations).toContainEqual(
      expect.objectContaining({ range: 'C3:C2000', rule: { kind: 'list', values: questionTypes } }),
    )
    expect(questions.columns?.[0]?.style).toEqual({ numberFormat: '@' })
  })

  it('offers the section codes in a drop-down on the questions’ section column', () => {
    expect(sheet('questions').validations).toContainEqual(
      expect.objectContaining({
        range: 'B3:B2000',
        rule: { kind: 'list-range', sheet: 'sections', range: '$A$3:$A$2000' },
      }),
    )
  })

  it('lists every setting with its meaning, and a drop-down on the family', () => {
    const settings = sheet('settings')
    const familyRow = settingsLayout.findIndex((setting) => setting.key === 'family') + 3

    expect(settings.rows.slice(2).map((row) => valueOf(row[0]))).toEqual(
      settingsLayout.map((setting) => setting.key),
    )
    expect(settings.validations).toContainEqual(
      expect.objectContaining({
        range: `B${familyRow}:B${familyRow}`,
        rule: { kind: 'list', values: ['relative', 'points'] },
      }),
    )
  })

  it('explains every sheet and every column in the instructions, in Vietnamese and English', () => {
    const documented = sheet('Hướng dẫn').rows.map(
      (row) => `${String(valueOf(row[0]))}.${String(valueOf(row[1]))}`,
    )

    for (const layout of authoringTableLayouts) {
      for (const column of layout.columns) expect(documented).toContain(`${layout.sheet}.${column.key}`)
    }
    for (const setting of settingsLayout) expect(documented).toContain(`settings.${setting.key}`)
  })

  it('writes values only, never a formula', () => {
    const cells = spec.sheets.flatMap((candidate) => candidate.rows.flat().map(valueOf))

    expect(cells.filter((cell) => cell !== null && typeof cell === 'object')).toEqual([])
  })
})
