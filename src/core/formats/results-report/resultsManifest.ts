import { appraisedPoints, latestAppraisals, type Appraisal } from '@core/assessment/appraisal'
import { previousIndicatorValues } from '@core/assessment/previousIndicatorValues'
import type { ReportSignature } from '@core/assessment/reportSignature'
import type { Framework } from '@core/framework/framework'
import type { Answers } from '@core/responses/answer'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { ScoringOptions, UnitAnswers } from '@core/scoring/scoringOptions'
import { sha256OfText } from '@core/sha256'
import { canonicalJson } from '@core/canonicalJson'
import type { ReportOperator, ResultsReportInput } from './resultsReportInput'

/** The manifest's format name and version (bumped only if its shape ever changes). */
export const MANIFEST_FORMAT = 'ictwb-results-manifest'
export const MANIFEST_FORMAT_VERSION = 1

/** A unit as scored: its final answers (declared, with the appraisals applied). */
export type ManifestUnit = {
  readonly code: string
  readonly name: string
  readonly group: string
  readonly attributes?: Readonly<Record<string, string>>
  readonly answers: Answers
}

/**
 * Everything a results report's numbers follow from, embedded in the report (`manifestSheet`) so
 * that anyone can recompute them (`verifyResultsReport`): the framework (canonical JSON), every
 * scored unit's final answers, the appraisals in force (answer appraisals are already in the final
 * answers; points appraisals replace a criterion's points), last year's indicator values when an
 * indicator imputes from them, and who published what and when.
 *
 * @example
 *   const manifest = buildResultsManifest(input)
 *   manifest.units.length // => input.units.length
 */
export type ResultsManifest = {
  readonly format: typeof MANIFEST_FORMAT
  readonly formatVersion: typeof MANIFEST_FORMAT_VERSION
  /** `SCORING_ENGINE_VERSION` of the engine that computed the results. */
  readonly engineVersion: number
  readonly appVersion: string
  /** The published version's number; `null` when the results are not a numbered version. */
  readonly resultsVersion: number | null
  /** That version's digest (SHA-256 of what the publication froze), printed beside its number; `null` without a version. */
  readonly resultsDigest: string | null
  readonly status: 'official' | 'provisional'
  readonly year: number
  readonly generatedAt: string
  readonly publishedAt: string | null
  readonly operator: ReportOperator | null
  readonly signature: ReportSignature | null
  /** The year of the "So với năm trước" sheet, `null` when the report has none. */
  readonly previousYear: number | null
  /** How many chart pictures the report holds (they are not verified, only counted). */
  readonly charts: number
  readonly framework: Framework
  readonly units: readonly ManifestUnit[]
  readonly appraisals: readonly Appraisal[]
  /** Last year's indicator values, per unit and indicator, for the indicators imputed from them; `null`: none used. */
  readonly previousValues: Readonly<Record<string, Readonly<Record<string, number | null>>>> | null
}

/**
 * The three SHA-256 digests (hex) the manifest sheet carries, each over a canonical JSON text
 * (`canonicalJson`): the framework; the answers (units with their final answers, the
 * appraisals in force and last year's values); the results (the engine's whole `AssessmentResult`).
 *
 * @example
 *   const digests: ManifestDigests = { framework: '9f…', answers: '41…', results: 'c2…' }
 */
export type ManifestDigests = {
  readonly framework: string
  readonly answers: string
  readonly results: string
}

/**
 * The manifest of a report input: the final answers and appraisals the results used, the
 * framework, the versions and times.
 *
 * @example
 *   buildResultsManifest(input).framework.id // => input.framework.id
 */
export function buildResultsManifest(input: ResultsReportInput): ResultsManifest {
  const units = input.units.map((unit): ManifestUnit => ({
    code: unit.code,
    name: unit.name,
    group: unit.group,
    ...(unit.attributes === undefined ? {} : { attributes: unit.attributes }),
    answers: unit.answers,
  }))
  const previous =
    input.previousValues ??
    (input.previous === null ? undefined : previousIndicatorValues(input.previous.result))
  return {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    engineVersion: input.result.engineVersion,
    appVersion: input.appVersion,
    resultsVersion: input.resultsVersion?.version ?? null,
    resultsDigest: input.resultsVersion?.digest ?? null,
    status: input.status,
    year: input.year,
    generatedAt: input.generatedAt,
    publishedAt: input.publishedAt ?? null,
    operator: input.operator ?? null,
    signature: input.signature ?? null,
    previousYear: input.previous?.year ?? null,
    charts: input.charts?.length ?? 0,
    framework: input.framework,
    units,
    // only the appraisal's own fields (stored rows may carry more)
    appraisals: latestAppraisals(input.appraisals).map(
      ({ unit, kind, question, value, reason, at, response }): Appraisal => ({
        unit,
        ...(kind === undefined ? {} : { kind }),
        question,
        value,
        reason,
        at,
        // the response it decides (decision 0027), so the Thẩm định sheet rebuilds from the manifest
        ...(response === undefined
          ? {}
          : {
              response: {
                round: response.round,
                responseId: response.responseId,
                decision: response.decision,
                explanation: response.explanation,
              },
            }),
      }),
    ),
    previousValues: previousValuesUsed(input.framework, units, previous),
  }
}

/** Last year's values of the indicators that impute from them (`previous-year`), for the scored units only. */
function previousValuesUsed(
  framework: Framework,
  units: readonly ManifestUnit[],
  previous: ReadonlyMap<string, Readonly<Record<string, number | null>>> | undefined,
): Record<string, Record<string, number | null>> | null {
  const codes = framework.indicators
    .filter((indicator) => (indicator.imputation ?? framework.method.imputation)?.method === 'previous-year')
    .map((indicator) => indicator.code)
  if (previous === undefined || codes.length === 0) return null
  const values: Record<string, Record<string, number | null>> = {}
  for (const unit of units) {
    const row = previous.get(unit.code)
    if (row === undefined) continue
    values[unit.code] = Object.fromEntries(codes.map((code) => [code, row[code] ?? null]))
  }
  return values
}

/**
 * What `computeAssessment` takes besides the framework and units, as the manifest records it.
 *
 * @example
 *   computeAssessment(framework, manifest.units, manifestScoringOptions(manifest))
 */
export function manifestScoringOptions(
  manifest: Pick<ResultsManifest, 'appraisals' | 'previousValues'>,
): ScoringOptions {
  const points = appraisedPoints(manifest.appraisals)
  const previous = manifest.previousValues === null ? null : new Map(Object.entries(manifest.previousValues))
  return {
    ...(previous === null ? {} : { previousValues: previous }),
    ...(points.size === 0 ? {} : { appraisedPoints: points }),
  }
}

/**
 * The units as the engine takes them.
 *
 * @example
 *   manifestUnits(manifest)[0]?.answers
 */
export function manifestUnits(manifest: Pick<ResultsManifest, 'units'>): UnitAnswers[] {
  return manifest.units.map((unit) => ({ ...unit }))
}

/**
 * The digest of the framework: SHA-256 of its canonical JSON.
 *
 * @example
 *   frameworkDigest(framework) // => '64 hex digits'
 */
export function frameworkDigest(framework: unknown): string {
  return sha256OfText(canonicalJson(framework))
}

/**
 * The digest of the answers: SHA-256 of the canonical JSON of `{ units, appraisals, previousValues }`.
 *
 * @example
 *   answersDigest(manifest) // => '64 hex digits'
 */
export function answersDigest(manifest: {
  readonly units: unknown
  readonly appraisals: unknown
  readonly previousValues: unknown
}): string {
  return sha256OfText(
    canonicalJson({
      units: manifest.units,
      appraisals: manifest.appraisals,
      previousValues: manifest.previousValues,
    }),
  )
}

/**
 * The digest of the results: SHA-256 of the canonical JSON of the engine's result.
 *
 * @example
 *   resultsDigest(result) // => '64 hex digits'
 */
export function resultsDigest(result: AssessmentResult): string {
  return sha256OfText(canonicalJson(result))
}

/**
 * The three digests of a manifest and the results it was written with.
 *
 * @example
 *   manifestDigests(manifest, input.result).results
 */
export function manifestDigests(manifest: ResultsManifest, result: AssessmentResult): ManifestDigests {
  return {
    framework: frameworkDigest(manifest.framework),
    answers: answersDigest(manifest),
    results: resultsDigest(result),
  }
}
