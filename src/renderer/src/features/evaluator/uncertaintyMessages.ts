import type { RankInterval, UncertaintyOptions } from '@core/assessment/runUncertainty'
import type { UnitAnswers } from '@core/scoring/scoringOptions'

/** What the page sends the uncertainty worker. */
export type UncertaintyRequest = {
  readonly framework: unknown
  readonly units: readonly UnitAnswers[]
  readonly options: UncertaintyOptions
  /** Diagnostics only (`ictwb.diagnostics.analysis`): a pause after each progress report. */
  readonly pauseMs?: number
}

/** What the worker sends back. */
export type UncertaintyMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly intervals: readonly RankInterval[]; readonly elapsedMs: number }
  | { readonly type: 'failed'; readonly code: string }
