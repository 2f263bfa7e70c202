/**
 * Something the engine noticed while computing, kept beside the results so the UI and the report
 * can explain it (core never builds user text; the renderer translates `code`).
 *
 * @example
 *   const warning: ScoringWarning = { code: 'constant-indicator', indicator: 'MayTinhPerCB' }
 */
export type ScoringWarning =
  | { readonly code: 'constant-indicator'; readonly indicator: string }
  | { readonly code: 'non-positive-under-geometric'; readonly node: string; readonly unit: string }
  | { readonly code: 'zero-under-harmonic'; readonly node: string; readonly unit: string }
  | { readonly code: 'non-positive-maximum'; readonly indicator: string }
  | { readonly code: 'missing-data-share'; readonly indicator: string; readonly share: number }
  | {
      readonly code: 'imputation-impossible'
      readonly indicator: string
      readonly unit: string
      readonly method: string
    }
  | { readonly code: 'formula-failed'; readonly indicator: string; readonly unit: string }
