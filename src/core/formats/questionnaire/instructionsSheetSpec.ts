import type { Framework } from '@core/framework/framework'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import type { QuestionnaireLayout } from './questionnaireLayout'
import { FILLS, INSTRUCTIONS } from './questionnaireTemplate'

/** The cells of the instructions sheet that identify the unit and year (column B). */
export const INSTRUCTIONS_CELLS = { unitCode: 'B4', unitName: 'B5', year: 'B6' } as const

/**
 * The instructions sheet "Hướng dẫn": the framework, the unit's code and name (unlocked for the
 * unit to type when the workbook was written without a unit, locked otherwise), the year, how to
 * fill in, and the list of sheets. Protected without a password.
 *
 * @example
 *   instructionsSheetSpec(framework, layout, { code: '', name: '' }, 2025).rows[3] // => ['Mã đơn vị', { value: '', style: { locked: false, … } }]
 */
export function instructionsSheetSpec(
  framework: Pick<Framework, 'id' | 'version' | 'name'>,
  layout: QuestionnaireLayout,
  unit: { readonly code: string; readonly name: string },
  year: number,
): SheetSpec {
  const isBlank = unit.code === ''
  const unitCell = (value: string): SpecCell =>
    isBlank
      ? { value: value === '' ? null : value, style: { locked: false, fill: FILLS.answer, border: true } }
      : { value, style: { bold: true, border: true } }
  const label = (text: string): SpecCell => ({ value: text, style: { bold: true } })
  const rows: SpecCell[][] = [
    [{ value: `${INSTRUCTIONS.titlePrefix}: ${framework.name.vi}`, style: { bold: true, fontSize: 14 } }],
    [INSTRUCTIONS.frameworkLine.replace('{id}', framework.id).replace('{version}', framework.version)],
    [],
    [label(INSTRUCTIONS.unitCode), unitCell(unit.code)],
    [label(INSTRUCTIONS.unitName), unitCell(unit.name)],
    [label(INSTRUCTIONS.year), { value: year, style: { bold: true, border: true, horizontal: 'left' } }],
    [],
    [{ value: INSTRUCTIONS.heading, style: { bold: true } }],
    ...INSTRUCTIONS.lines.map((line, index): SpecCell[] => [
      `${index + 1}.`,
      { value: line, style: { wrap: true } },
    ]),
    [],
    [{ value: INSTRUCTIONS.sheetsHeading, style: { bold: true } }],
    ...layout.sections.map((section): SpecCell[] => [section.section.code, section.sheet]),
    ...layout.tables.map((table): SpecCell[] => [table.question.code, table.sheet]),
  ]
  return {
    name: layout.instructionsSheet,
    columns: [{ width: 16 }, { width: 100, style: { wrap: true } }],
    rows,
    validations: isBlank
      ? [
          {
            range: INSTRUCTIONS_CELLS.unitCode,
            rule: { kind: 'text-length', min: 1, max: 50 },
            prompt: { message: 'Mã đơn vị do cơ quan đánh giá cấp' },
          },
        ]
      : [],
    protection: {},
  }
}
