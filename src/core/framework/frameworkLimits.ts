/**
 * The size limits a framework must respect, shared by the schema and the input guard.
 *
 * Why: a hand-written or imported file is untrusted input; bounded sizes keep parsing and
 * validation fast and make a runaway spreadsheet export fail with a clear issue instead of
 * freezing the app. Generous compared with real sets (161 questions, 98 DTI components).
 *
 * @example
 *   if (questions.length > frameworkLimits.questions) report('too many questions')
 */
export const frameworkLimits = {
  codeLength: 64,
  textLength: 4000,
  /** Matches `MAX_FORMULA_LENGTH` of `core/formula/parseFormula.ts`. */
  formulaLength: 2000,
  sections: 500,
  questions: 5000,
  indicators: 5000,
  components: 2000,
  choices: 1000,
  columns: 200,
  checks: 50,
  ruleItems: 200,
  bands: 50,
  comparability: 100,
  comparabilityNotes: 5000,
  acceptedExtensions: 50,
  /** Nesting of JSON objects and arrays (nested points rules are the deepest part). */
  depth: 64,
  /** Every object, array and primitive value counted once. */
  values: 2_000_000,
  /** A string longer than this is refused before any other check (no text is close to it). */
  rawStringLength: 100_000,
} as const
