import type { UnitRestatement } from '@core/comparison/restateYear'
import type { Appraisal } from '@core/assessment/appraisal'
import type { ReportSignature } from '@core/assessment/reportSignature'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { UnitAnswers } from '@core/scoring/scoringOptions'

/**
 * A chart already drawn (chart.js to PNG in the renderer), placed on the charts sheet.
 *
 * @example
 *   const chart: ReportChart = { title: 'Chỉ số theo đơn vị', png, width: 900, height: 500 }
 */
export type ReportChart = {
  readonly title: string
  readonly png: Uint8Array
  readonly width: number
  readonly height: number
}

/**
 * Everything the results report is written from. `units` are the scored units with their final
 * answers, in `result.units` order; the report reads every number from `result` and never
 * recomputes.
 *
 * @example
 *   const input: ResultsReportInput = { framework, result, units: scoringUnits(inputs), year: 2026, appraisals, previous: null, status: 'official', generatedAt: new Date().toISOString(), appVersion: '0.1.0' }
 */
export type ResultsReportInput = {
  readonly framework: ValidFramework
  readonly result: AssessmentResult
  readonly units: readonly UnitAnswers[]
  readonly year: number
  readonly appraisals: readonly Appraisal[]
  /** Last year's results of the same framework, when there are some. */
  readonly previous: {
    readonly year: number
    readonly result: AssessmentResult
    /** Units whose last-year values are restated through the unit lineage (the "So với năm trước" sheet notes them). */
    readonly restated?: ReadonlyMap<string, UnitRestatement>
  } | null
  /** `official`: published (locked) results; `provisional`: computed from the current data. */
  readonly status: 'official' | 'provisional'
  readonly generatedAt: string
  readonly appVersion: string
  readonly charts?: readonly ReportChart[]
  /** The signature block printed at the end of "Tổng hợp"; absent or `null`: none. */
  readonly signature?: ReportSignature | null
}
