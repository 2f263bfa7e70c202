import type { SensitivityOptions, SensitivityResult } from '@core/assessment/sensitivity/runSensitivity'
import type { UnitAnswers } from '@core/scoring/scoringOptions'

/** What the page sends the variance-based sensitivity worker. */
export type SensitivityRequest = {
  readonly framework: unknown
  readonly units: readonly UnitAnswers[]
  readonly options: SensitivityOptions
  /** Diagnostics only (`ictwb.diagnostics.analysis`): a pause after each progress report. */
  readonly pauseMs?: number
}

/** What the worker sends back (`failed` carries the first problem's code). */
export type SensitivityMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: SensitivityResult; readonly elapsedMs: number }
  | { readonly type: 'failed'; readonly code: string }
