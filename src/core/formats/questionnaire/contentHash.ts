import type { Framework } from '@core/framework/framework'
import { normaliseContent, type WorkbookContent } from './normaliseContent'
import { sha256OfText } from '@core/sha256'

/** Whose submission, to which framework version and year: part of what the hash covers. */
export type ContentIdentity = {
  readonly unitCode: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
}

/** Bumped only if the hashed text ever changes shape (old hashes would no longer match). */
const HASH_FORMAT = 'ictwb-content-1'

/**
 * The content hash of a submission: SHA-256 (hex) of a canonical JSON text holding the unit code,
 * framework id and version, year, and the normalised answers and notes (`normaliseContent`) as
 * `[code, value]` pairs in framework order. Two workbooks saying the same thing for the same unit
 * have the same hash whatever program saved them, so importing one twice is "already imported";
 * another hash for the same unit and year is a different version (a conflict).
 *
 * Notes are included: a note changed by the unit is a change the evaluator must see. The unit's
 * name is not: renaming a unit does not make a new version. `isNormalised` skips the
 * normalisation when the content comes from `normaliseContent` already.
 *
 * @example
 *   submissionContentHash(framework, { unitCode: 'SNV', frameworkId: framework.id, frameworkVersion: framework.version, year: 2025 }, content)
 *   // => '3f1c…' (64 hex digits)
 */
export function submissionContentHash(
  framework: Pick<Framework, 'questions'>,
  identity: ContentIdentity,
  content: WorkbookContent,
  options: { readonly isNormalised?: boolean } = {},
): string {
  const normalised = options.isNormalised === true ? content : normaliseContent(framework, content)
  const canonical = JSON.stringify([
    HASH_FORMAT,
    identity.unitCode,
    identity.frameworkId,
    identity.frameworkVersion,
    identity.year,
    Object.entries(normalised.answers),
    Object.entries(normalised.comments),
  ])
  return sha256OfText(canonical)
}
