import type { Choice, Component, Indicator, Question, Section, TableColumn } from '@core/framework/framework'

/** A section; defaults to `HTKT`. @example aSection({ code: 'UD' }) */
export function aSection(overrides: Partial<Section> = {}): Section {
  return { code: 'HTKT', title: { vi: 'Hạ tầng kỹ thuật' }, ...overrides }
}

/** A choice option; defaults to `co` / "Có". @example aChoice({ value: 'khong', label: { vi: 'Không' } }) */
export function aChoice(overrides: Partial<Choice> = {}): Choice {
  return { value: 'co', label: { vi: 'Có' }, ...overrides }
}

/**
 * A question of any type, an optional integer `Q1` in section `HTKT` by default. A choice question
 * gets two choices (`co`, `khong`) and a table three columns (`Ten` text, `SoNguoiDung` integer,
 * `DangDung` yes-no) unless `overrides` give their own.
 *
 * @example
 *   aQuestion({ code: 'LoaiCong', type: 'single-choice', choices: [aChoice({ value: 'a' })] })
 */
export function aQuestion(overrides: Partial<Question> = {}): Question {
  const type = overrides.type ?? 'integer'
  const base = {
    code: 'Q1',
    section: 'HTKT',
    text: { vi: `Câu hỏi ${overrides.code ?? 'Q1'}` },
    required: false,
  }
  return { ...base, ...extraFieldsFor(type), ...overrides, type } as Question
}

function extraFieldsFor(type: Question['type']): object {
  if (type === 'single-choice' || type === 'multi-choice') {
    return { choices: [aChoice(), aChoice({ value: 'khong', label: { vi: 'Không' } })] }
  }
  if (type === 'table') {
    return {
      columns: [
        aColumn({ code: 'Ten', type: 'text', required: true }),
        aColumn({ code: 'SoNguoiDung', type: 'integer', min: 0 }),
        aColumn({ code: 'DangDung', type: 'yes-no' }),
      ],
    }
  }
  return {}
}

/**
 * A table column, an integer `Cot1` by default; a single-choice column gets choices `co`, `khong`.
 *
 * @example
 *   aColumn({ code: 'Ten', type: 'text' })
 */
export function aColumn(overrides: Partial<TableColumn> = {}): TableColumn {
  const type = overrides.type ?? 'integer'
  const choices =
    type === 'single-choice'
      ? { choices: [aChoice(), aChoice({ value: 'khong', label: { vi: 'Không' } })] }
      : {}
  return {
    code: 'Cot1',
    text: { vi: `Cột ${overrides.code ?? 'Cot1'}` },
    required: false,
    ...choices,
    ...overrides,
    type,
  } as TableColumn
}

/** An indicator `I1` = `Q1` under `HTKT`, weight 1, direction 1. @example anIndicator({ code: 'I2', formula: 'a / b' }) */
export function anIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    code: 'I1',
    name: { vi: `Chỉ tiêu ${overrides.code ?? 'I1'}` },
    formula: 'Q1',
    direction: 1,
    weight: 1,
    parent: 'HTKT',
    placeholder: false,
    ...overrides,
  }
}

/** A component `HTKT` under `ICT`, weight 1. @example aComponent({ code: 'ICT', parent: null }) */
export function aComponent(overrides: Partial<Component> = {}): Component {
  return {
    code: 'HTKT',
    name: { vi: `Thành phần ${overrides.code ?? 'HTKT'}` },
    parent: 'ICT',
    weight: 1,
    ...overrides,
  }
}
