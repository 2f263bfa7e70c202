import type { Comparability } from '@core/framework/framework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { rankColumn } from '@core/scoring/rankColumn'
import type { StructureNode, YearResults } from '@core/comparison/yearResults'

/**
 * A hand-made year of results for tests: units with a composite `ICT` over components `A` and `B`
 * (equal weights), each over the indicators listed (`A1`, `A2` under A, `B1` under B by default).
 * Indicator scores are given per unit; components and the composite are their arithmetic means.
 *
 * @example
 *   aYearResults({ year: 2025, scores: { STC: { A1: 0.5, A2: 1, B1: 0 } } })
 */
export function aYearResults(options: {
  readonly year: number
  readonly version?: string
  readonly scores: Readonly<Record<string, Readonly<Record<string, number | null>>>>
  readonly groups?: Readonly<Record<string, string>>
  readonly parents?: Readonly<Record<string, 'A' | 'B'>>
  readonly comparability?: readonly Comparability[]
}): YearResults {
  const unitCodes = Object.keys(options.scores)
  const indicatorCodes = [...new Set(unitCodes.flatMap((code) => Object.keys(options.scores[code] ?? {})))]
  const parentOf = (code: string) => options.parents?.[code] ?? (code.startsWith('B') ? 'B' : 'A')
  const mean = (values: readonly (number | null)[]) => {
    const present = values.filter((value): value is number => value !== null)
    return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length
  }
  const indicatorScore = (code: string) => unitCodes.map((unit) => options.scores[unit]?.[code] ?? null)
  const componentScore = (component: 'A' | 'B') =>
    unitCodes.map((_, index) =>
      mean(
        indicatorCodes
          .filter((code) => parentOf(code) === component)
          .map((code) => indicatorScore(code)[index] ?? null),
      ),
    )
  const a = componentScore('A')
  const b = componentScore('B')
  const root = unitCodes.map((_, index) => mean([a[index] ?? null, b[index] ?? null]))
  const version = options.version ?? `${options.year}.1`
  const result: AssessmentResult = {
    engineVersion: 1,
    frameworkId: 'test',
    frameworkVersion: version,
    family: 'relative',
    maximum: 1,
    decimals: 4,
    units: unitCodes.map((code) => ({
      code,
      name: `Đơn vị ${code}`,
      group: options.groups?.[code] ?? 'Sở, ban, ngành',
    })),
    rootCode: 'ICT',
    indicators: Object.fromEntries(
      indicatorCodes.map((code) => [
        code,
        {
          code,
          raw: indicatorScore(code),
          imputed: unitCodes.map(() => null),
          value: indicatorScore(code),
          score: indicatorScore(code),
        },
      ]),
    ),
    components: {
      ICT: { code: 'ICT', score: root, rank: rankColumn(root, 'descending') },
      A: { code: 'A', score: a, rank: rankColumn(a, 'descending') },
      B: { code: 'B', score: b, rank: rankColumn(b, 'descending') },
    },
    share: root,
    band: unitCodes.map(() => null),
    warnings: [],
  }
  const nodes: StructureNode[] = [
    {
      code: 'ICT',
      kind: 'component',
      name: { vi: 'Chỉ số chung' },
      parent: null,
      weight: 1,
      aggregation: 'arithmetic',
    },
    {
      code: 'A',
      kind: 'component',
      name: { vi: 'Thành phần A' },
      parent: 'ICT',
      weight: 1,
      aggregation: 'arithmetic',
    },
    {
      code: 'B',
      kind: 'component',
      name: { vi: 'Thành phần B' },
      parent: 'ICT',
      weight: 1,
      aggregation: 'arithmetic',
    },
    ...indicatorCodes.map((code): StructureNode => ({
      code,
      kind: 'indicator',
      name: { vi: `Chỉ tiêu ${code}` },
      parent: parentOf(code),
      weight: 1,
    })),
  ]
  return {
    year: options.year,
    frameworkId: 'test',
    frameworkVersion: version,
    source: { kind: 'assessment', assessmentId: `test|${options.year}` },
    structure: {
      frameworkId: 'test',
      frameworkVersion: version,
      name: { vi: 'Bộ chỉ số thử' },
      family: 'relative',
      nodes,
      comparability: options.comparability ?? [],
    },
    result,
  }
}
