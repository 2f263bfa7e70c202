import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { Framework } from '@core/framework/framework'
import { validateFramework, type ValidFramework } from '@core/framework/validateFramework'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { structureFromFramework, type YearResults } from '@core/comparison/yearResults'

/** The changes 2026.1 declares against 2025.1 (one of each kind but `dropped`, which names an old code). */
export const VERSION_CHANGES = {
  renamed: { code: 'HTKT_MayChu', previousCode: 'HTKT_SoMayChu' },
  changed: 'UD_DVCTT',
  added: 'UD_LienThong',
  dropped: 'HTKT_MayIn',
} as const

/**
 * The built-in department framework as two versions: `2025.1` (used in 2024 and 2025) and
 * `2026.1` (2026), which renamed one indicator, changed the definition of another, added one and
 * dropped one, and says so in its comparability notes.
 *
 * @example
 *   const { older, newer } = twoFrameworkVersions()
 */
export function twoFrameworkVersions(): { readonly older: ValidFramework; readonly newer: ValidFramework } {
  const loaded = loadBuiltInFramework('dept-ict-readiness')
  if (!loaded.ok) throw new Error('dept-ict-readiness does not load')
  const base = loaded.value as Framework
  const newer: Framework = {
    ...base,
    version: '2026.1',
    year: 2026,
    comparability: [
      {
        previousVersion: '2025.1',
        notes: [
          {
            indicator: VERSION_CHANGES.renamed.code,
            change: 'renamed',
            previousCode: VERSION_CHANGES.renamed.previousCode,
          },
          {
            indicator: VERSION_CHANGES.changed,
            change: 'changed',
            note: {
              vi: 'Từ 2026 chỉ tính dịch vụ công trực tuyến mức 3 trở lên trên tổng số thủ tục',
              en: 'From 2026 only level-3+ services over all procedures',
            },
          },
          { indicator: VERSION_CHANGES.added, change: 'added' },
          { indicator: VERSION_CHANGES.dropped, change: 'dropped' },
        ],
      },
    ],
  }
  const older: Framework = {
    ...base,
    version: '2025.1',
    year: 2025,
    comparability: [],
    indicators: [
      ...base.indicators
        .filter((indicator) => indicator.code !== VERSION_CHANGES.added)
        .map((indicator) => {
          if (indicator.code === VERSION_CHANGES.renamed.code)
            return { ...indicator, code: VERSION_CHANGES.renamed.previousCode }
          if (indicator.code === VERSION_CHANGES.changed) return { ...indicator, formula: 'DVC3' }
          return indicator
        }),
      {
        code: VERSION_CHANGES.dropped,
        name: { vi: 'Số máy in / CBCC' },
        formula: 'MayBan',
        direction: 1 as const,
        weight: 1,
        parent: 'HTKT',
        denominator: 'SoCBCC',
        placeholder: false,
      },
    ],
  }
  const validate = (framework: Framework) => {
    const valid = validateFramework(framework)
    if (!valid.ok) throw new Error(`${framework.version} is invalid: ${JSON.stringify(valid.error)}`)
    return valid.value
  }
  return { older: validate(older), newer: validate(newer) }
}

/** One generated and scored year, with the framework and the units' answers it was computed from. */
export type GeneratedYear = { readonly framework: ValidFramework; readonly results: YearResults }

/**
 * Three years (2024, 2025 on version 2025.1; 2026 on 2026.1) of generated answers for Đà Nẵng's 28
 * departments and districts plus `extraUnits` synthetic units, scored by the engine: the data the
 * comparison is tested and demonstrated with.
 *
 * @example
 *   const years = threeYearSeries({ extraUnits: 32 }).map((year) => year.results) // 60 units a year
 */
export function threeYearSeries(
  options: { readonly extraUnits?: number; readonly seed?: number } = {},
): GeneratedYear[] {
  const { older, newer } = twoFrameworkVersions()
  return ([2024, 2025, 2026] as const).map((year) => {
    const framework = year === 2026 ? newer : older
    const sample = generateSample({
      framework,
      year,
      seed: options.seed ?? 3,
      extraUnits: options.extraUnits ?? 32,
    })
    if (!sample.ok) throw new Error(JSON.stringify(sample.error))
    const units = sample.value.submissions.map(({ unit, answers }) => ({
      code: unit.code,
      name: unit.name,
      group: unit.groupName,
      attributes: { group: unit.groupName },
      answers,
    }))
    const result = computeAssessment(framework, units)
    return {
      framework,
      results: {
        year,
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        source: { kind: 'assessment', assessmentId: `${framework.id}|${year}|t` },
        structure: structureFromFramework(framework),
        result,
      },
    }
  })
}
