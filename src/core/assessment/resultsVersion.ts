import { canonicalJson } from '@core/canonicalJson'
import type { Answers } from '@core/responses/answer'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { sha256OfText } from '@core/sha256'
import type { Appraisal } from './appraisal'
import type { Assessment } from './assessment'

/** Bumped only if the digested text ever changes shape (stored digests would no longer match). */
export const RESULTS_VERSION_DIGEST_FORMAT = 'ictwb-results-version-1'

/** One unit's final answers (declared, with the appraisals applied) as they were scored. */
export type UnitFinalAnswers = { readonly unit: string; readonly answers: Answers }

/**
 * What publishing freezes as version N of an assessment's official results (kết quả chính thức,
 * phiên bản N); the digest covers all of it.
 */
export type ResultsVersionContent = {
  readonly assessmentId: string
  /** 1, 2, … in publishing order; never reused. */
  readonly version: number
  readonly publishedAt: string
  readonly engineVersion: number
  /** The framework definition the results were computed with (its canonical JSON, parsed). */
  readonly framework: unknown
  /**
   * The final answers of every scored unit, in the results' unit order. `null` only for a
   * version recorded by the schema upgrade from results published before versions existed
   * (the answers were not kept then).
   */
  readonly finalAnswers: readonly UnitFinalAnswers[] | null
  /** The appraisals in force at publication (the latest per unit and question). */
  readonly appraisals: readonly Appraisal[]
  readonly result: AssessmentResult
}

/** A frozen version: its content, the content's digest, and where it sits in the audit log. */
export type ResultsVersion = ResultsVersionContent & {
  /** SHA-256 (hex) of the canonical encoding of the content (`resultsVersionDigest`). */
  readonly digest: string
  /** `published`: frozen by a publication; `upgraded`: results published before versions existed. */
  readonly origin: 'published' | 'upgraded'
  /** The audit log's `seq` of the publication entry, `null` when unknown. */
  readonly auditSeq: number | null
}

/** A version as lists show it, and what a report or a manifest names. */
export type ResultsVersionSummary = Pick<
  ResultsVersion,
  'assessmentId' | 'version' | 'publishedAt' | 'digest' | 'origin'
>

/**
 * The digest of a version's content: SHA-256 over the canonical JSON (`canonicalJson`: sorted
 * keys, no whitespace) of the format tag and the content. Stable across key order, storage and
 * a backup round trip; any changed answer, appraisal, framework field or result changes it.
 *
 * @example
 *   resultsVersionDigest(content) // => '9c1e…' (64 hex digits)
 */
export function resultsVersionDigest(content: ResultsVersionContent): string {
  const { assessmentId, version, publishedAt, engineVersion, framework, finalAnswers, appraisals, result } =
    content
  return sha256OfText(
    canonicalJson([
      RESULTS_VERSION_DIGEST_FORMAT,
      { assessmentId, version, publishedAt, engineVersion, framework, finalAnswers, appraisals, result },
    ]),
  )
}

/**
 * Freezes a version: the content as plain JSON data (what IndexedDB and backups keep, so the
 * digest recomputed from a stored row matches) with its digest.
 *
 * @example
 *   const v1 = freezeResultsVersion({ assessmentId: 'a1', version: 1, publishedAt, engineVersion: 1, framework, finalAnswers, appraisals, result }, { origin: 'published', auditSeq: 12 })
 */
export function freezeResultsVersion(
  content: ResultsVersionContent,
  where: Pick<ResultsVersion, 'origin' | 'auditSeq'>,
): ResultsVersion {
  const frozen = JSON.parse(JSON.stringify(content)) as ResultsVersionContent
  return { ...frozen, digest: resultsVersionDigest(frozen), origin: where.origin, auditSeq: where.auditSeq }
}

/**
 * Whether a stored version still has the digest of its content (nothing edited since).
 *
 * @example
 *   isResultsVersionIntact(version) // => true
 */
export function isResultsVersionIntact(version: ResultsVersion): boolean {
  return resultsVersionDigest(version) === version.digest
}

/**
 * The number the next publication gets: one more than the highest so far, 1 for the first.
 *
 * @example
 *   nextResultsVersionNumber([{ version: 1 }, { version: 2 }]) // => 3
 */
export function nextResultsVersionNumber(versions: readonly Pick<ResultsVersion, 'version'>[]): number {
  return versions.reduce((highest, item) => Math.max(highest, item.version), 0) + 1
}

/**
 * The published version of an assessment: its latest version while it is published, `null`
 * while it is open (unlocked or never published). What the ranking, the report and a report's
 * manifest name ("Phiên bản 2").
 *
 * @example
 *   publishedResultsVersion({ status: 'published' }, versions)?.version // => 2
 */
export function publishedResultsVersion<V extends Pick<ResultsVersion, 'version'>>(
  assessment: Pick<Assessment, 'status'>,
  versions: readonly V[],
): V | null {
  if (assessment.status !== 'published') return null
  let latest: V | null = null
  for (const item of versions) if (latest === null || item.version > latest.version) latest = item
  return latest
}

/**
 * A digest's short form for lists and reports: its first 12 hex digits in groups of four.
 *
 * @example
 *   shortDigest('9c1e4b07aa35d2f0…') // => '9c1e 4b07 aa35'
 */
export function shortDigest(digest: string): string {
  return (digest.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ')
}

/**
 * A version without its bulky content, for lists.
 *
 * @example
 *   versions.map(summariseResultsVersion)
 */
export function summariseResultsVersion(version: ResultsVersion): ResultsVersionSummary {
  const { assessmentId, publishedAt, digest, origin } = version
  return { assessmentId, version: version.version, publishedAt, digest, origin }
}
