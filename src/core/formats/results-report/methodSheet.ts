import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import {
  aggregationLabel,
  imputationLabel,
  normalisationLabel,
  REPORT_LABELS,
  warningLabel,
} from './reportLabels'
import { header, title, vi, vietnameseDate } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'
import { officialResultsVersion } from './reportStatusLine'
import { treatmentRows } from './treatmentRows'

const MAX_WARNINGS = 500

/**
 * "Phương pháp": the framework, the methods, the ranking rule, the date and the app version, then
 * the tree of components and indicators with weights, shares within their group and formulas,
 * and the engine's warnings.
 *
 * @example
 *   methodSheet(input).name // => 'Phương pháp'
 */
export function methodSheet(input: ResultsReportInput): SheetSpec {
  const { framework, result } = input
  const labels = REPORT_LABELS.method
  const method = framework.method
  const version = officialResultsVersion(input)
  const treatment = treatmentRows(input)
  const facts: [string, string | number][] = [
    [labels.framework, vi(framework.name)],
    [labels.frameworkId, `${framework.id} ${framework.version}`],
    [labels.origin, vi(framework.origin)],
    [labels.year, input.year],
    [labels.family, labels.families[framework.family]],
    ...(framework.family === 'relative'
      ? ([
          [labels.normalisation, normalisationLabel(method.normalisation)],
          [labels.aggregation, aggregationLabel(method.aggregation ?? 'arithmetic')],
        ] as [string, string][])
      : []),
    [labels.imputation, imputationLabel(method.imputation)],
    ...(treatment.fact === null ? [] : [[...treatment.fact] as [string, string]]),
    [labels.scale, result.maximum],
    [labels.decimals, result.decimals],
    [labels.ranking, labels.rankingRule],
    [labels.units, result.units.length],
    [labels.status, REPORT_LABELS.status[input.status]],
    ...(version === null
      ? []
      : ([
          [labels.resultsVersion, version.version],
          [labels.digest, version.digest],
        ] as [string, string | number][])),
    [labels.generated, vietnameseDate(input.generatedAt)],
    [labels.appVersion, input.appVersion],
    [labels.engineVersion, result.engineVersion],
  ]
  const weightShare = (parent: string | null, weight: number) => {
    const siblings = [
      ...framework.components.filter((node) => node.parent === parent),
      ...framework.indicators.filter((node) => node.parent === parent),
    ]
    const total = siblings.reduce((sum, node) => sum + Math.max(0, node.weight), 0)
    return total > 0 ? weight / total : null
  }
  const tree: SpecCell[][] = [
    ...framework.components.map((component): SpecCell[] => [
      labels.component,
      component.code,
      vi(component.name),
      component.parent ?? '',
      component.weight,
      component.parent === null
        ? null
        : { value: weightShare(component.parent, component.weight), style: { numberFormat: '0.0%' } },
      component.aggregation === undefined ? '' : aggregationLabel(component.aggregation),
      '',
      '',
      component.maxPoints ?? null,
    ]),
    ...framework.indicators.map((indicator): SpecCell[] => [
      labels.indicator,
      indicator.code,
      vi(indicator.name),
      indicator.parent,
      indicator.weight,
      { value: weightShare(indicator.parent, indicator.weight), style: { numberFormat: '0.0%' } },
      indicator.denominator === undefined
        ? indicator.formula
        : `(${indicator.formula}) / ${indicator.denominator}`,
      indicator.direction === 1 ? labels.higher : labels.lower,
      indicator.normalisation === undefined ? '' : normalisationLabel(indicator.normalisation),
      indicator.maxPoints ?? null,
    ]),
  ]
  const warnings = result.warnings
    .slice(0, MAX_WARNINGS)
    .map((warning): SpecCell[] => [warningLabel(warning)])
  return {
    name: REPORT_LABELS.sheets.method,
    columns: [
      { width: 30 },
      { width: 22 },
      { width: 50, style: { wrap: true } },
      { width: 14 },
      { width: 10 },
      { width: 12 },
      { width: 50, style: { wrap: true } },
      { width: 20 },
      { width: 26 },
      { width: 12 },
    ],
    rows: [
      [title(labels.heading)],
      ...facts.map(([label, value]): SpecCell[] => [{ value: label, style: { bold: true } }, value]),
      [],
      [title(labels.treeHeading)],
      labels.treeColumns.map(header),
      ...tree,
      ...treatment.rows,
      ...(warnings.length === 0 ? [] : [[], [title(labels.warningsHeading)], ...warnings]),
    ],
  }
}
