import type { Framework } from '@core/framework/framework'
import { aFramework } from '@core/framework/testing/aFramework'
import {
  aChoice,
  aColumn,
  aComponent,
  anIndicator,
  aQuestion,
  aSection,
} from '@core/framework/testing/frameworkParts'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'

/**
 * A relative framework using the fields the built-ins leave out: descriptions everywhere, a
 * scale, goalposts / z-score normalisation, group-mean imputation, geometric aggregation, checks
 * whose messages hold `|` and line breaks, choice values holding `;` and `=`, evidence limits, a
 * table with a single-choice and a bounded number column, formula-like texts, bands and
 * comparability (one entry without notes).
 *
 * @example
 *   expect(await roundTripAuthoringWorkbook(anEdgeCaseRelativeFramework())).toStrictEqual({ ok: true, value: … })
 */
export function anEdgeCaseRelativeFramework(): Framework {
  const base = aFramework()
  return aFramework({
    name: { vi: '=Bộ chỉ số “thử” 1+1', en: '-Test framework' },
    description: { vi: 'Mô tả\nnhiều dòng', en: '@description' },
    origin: { vi: "'=không phải công thức" },
    scale: 100,
    sections: base.sections.map((section) =>
      aSection({ ...section, description: { vi: `Mục ${section.code}`, en: `Section ${section.code}` } }),
    ),
    questions: [
      ...base.questions.filter(
        (question) => !['CongThongTin', 'PhanMem', 'KiemChung'].includes(question.code),
      ),
      aQuestion({
        code: 'CongThongTin',
        section: 'UD',
        type: 'single-choice',
        help: { vi: 'Chọn một', en: 'Pick one' },
        choices: [
          aChoice({ value: 'a;b', label: { vi: 'A; B', en: 'A; B' }, points: 2 }),
          aChoice({ value: 'x=y', label: { vi: '=X' } }),
          aChoice({ value: '[z]', label: { vi: 'Z' } }),
        ],
        checks: [
          { formula: 'CongThongTin != "x=y"', message: { vi: 'Lỗi | có gạch', en: 'Pipe' } },
          { formula: 'SoCBCC >= 0', message: { vi: 'Hai\ndòng' } },
        ],
      }),
      aQuestion({
        code: 'PhanMem',
        section: 'UD',
        type: 'table',
        minRows: 1,
        maxRows: 50,
        columns: [
          aColumn({ code: 'Ten', type: 'text', required: true, maxLength: 200 }),
          aColumn({
            code: 'SoNguoiDung',
            type: 'decimal',
            min: 0,
            max: 1e6,
            unit: { vi: 'người', en: 'people' },
          }),
          aColumn({
            code: 'TrangThai',
            type: 'single-choice',
            choices: [
              aChoice({ value: 'dang-dung', label: { vi: 'Đang dùng' } }),
              aChoice({ value: 'ngung', label: { vi: 'Ngừng' } }),
            ],
          }),
          aColumn({ code: 'NgayMua', type: 'date' }),
        ],
      }),
      aQuestion({
        code: 'KiemChung',
        section: 'UD',
        type: 'evidence',
        accept: ['pdf', 'docx', 'xlsx'],
        maxFiles: 5,
        required: true,
      }),
    ],
    components: base.components.map((component) =>
      aComponent({
        ...component,
        description: { vi: `Thành phần ${component.code}` },
        ...(component.parent === null ? { aggregation: 'geometric' } : {}),
      }),
    ),
    indicators: [
      ...base.indicators.slice(0, 2).map((indicator) =>
        anIndicator({
          ...indicator,
          description: { vi: 'Mô tả', en: 'Description' },
          unit: { vi: 'máy/người' },
        }),
      ),
      anIndicator({
        code: 'HTNL_CNTT',
        formula: 'if(CoPhongCNTT, SoCBCNTT / SoCBCC, 0)',
        parent: 'HTNL',
        direction: -1,
        weight: 0.25,
        placeholder: true,
        normalisation: { method: 'z-score', mean: 50, sd: 10 },
        imputation: { method: 'group-mean', attribute: 'group' },
        evidence: { vi: 'Quyết định', en: 'Decision' },
      }),
      anIndicator({
        code: 'UD_PhanMem',
        formula: 'sum(PhanMem.SoNguoiDung) / SoCBCC',
        parent: 'UD',
        weight: 2.5,
        normalisation: { method: 'goalposts', lower: 0, upper: 10, scale: 100 },
        imputation: { method: 'zero' },
      }),
    ],
    method: {
      normalisation: { method: 'min-max', lower: 0, upper: 100 },
      aggregation: 'arithmetic',
      imputation: { method: 'mean' },
    },
    bands: [
      { code: 'tot', label: { vi: 'Tốt', en: 'Good' }, minShare: 0.8 },
      { code: 'yeu', label: { vi: 'Yếu' }, minShare: 0 },
    ],
    comparability: [
      { previousVersion: '2024.1', notes: [] },
      {
        previousVersion: '2023.2',
        notes: [
          {
            indicator: 'HTKT_MayTinh',
            change: 'renamed',
            previousCode: 'HTKT_MT',
            note: { vi: 'Đổi mã', en: 'Renamed' },
          },
          { indicator: 'CU_1', change: 'dropped' },
        ],
      },
    ],
  })
}

/**
 * A points framework with a `best-of` nested in a `sum-of-parts` and a `sum-of-parts` nested in a
 * `best-of`, named parts, negative step points and a multi-choice outcome list.
 *
 * @example
 *   anEdgeCasePointsFramework().indicators[1]?.rule?.kind // => 'sum-of-parts'
 */
export function anEdgeCasePointsFramework(): Framework {
  const base = aPointsFramework()
  const nested = anIndicator({
    code: '1.2',
    formula: 'DuHopTinh and ChuTriHop',
    parent: 'NT',
    maxPoints: 10,
    rule: {
      kind: 'sum-of-parts',
      parts: [
        {
          code: 'a',
          name: { vi: 'Phần a', en: 'Part a' },
          formula: 'DuHopTinh',
          maxPoints: 5,
          rule: { kind: 'yes-no', yesPoints: 5, noPoints: 0 },
        },
        {
          code: 'b',
          formula: 'SoCuocHop',
          maxPoints: 5,
          rule: {
            kind: 'best-of',
            alternatives: [
              {
                code: 'b.1',
                formula: 'SoCuocHop',
                rule: {
                  kind: 'steps',
                  steps: [
                    { atLeast: 2.5, points: 5 },
                    { atLeast: 1, points: 2 },
                    { atLeast: -1, points: -1 },
                  ],
                },
              },
              {
                code: 'b-2',
                name: { vi: 'Chủ trì' },
                formula: 'ChuTriHop',
                rule: {
                  kind: 'sum-of-parts',
                  parts: [
                    { code: 'x', formula: 'ChuTriHop', maxPoints: 5, rule: { kind: 'penalty', points: 1 } },
                  ],
                },
              },
            ],
          },
        },
      ],
    },
  })
  return aPointsFramework({
    indicators: base.indicators.map((indicator) => (indicator.code === '1.2' ? nested : indicator)),
  })
}
