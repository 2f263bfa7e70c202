import type { FileKind } from './fileKind'

/**
 * Whether the file's own hash or digests check out:
 * - `ok`: recomputed and equal (a backup's content hash, a results report recomputed and matching,
 *   a questionnaire whose content is what the app wrote);
 * - `changed`: a questionnaire filled or edited after it was written (expected for a filled one:
 *   its `_meta` hash is the hash at export, not a seal);
 * - `not-checked`: the file has a hash but it cannot be recomputed here (a questionnaire of a
 *   framework this app does not have; a blank template);
 * - `none`: the format carries no hash (lineage, ranking CSV, comparison workbook, framework files).
 *
 * @example
 *   const check: HashCheck = 'ok'
 */
export type HashCheck = 'ok' | 'changed' | 'not-checked' | 'none'

/** What `items` counts (`items`: the disputed items of a round file). @example const unit: ItemUnit = 'answers' */
export type ItemUnit = 'answers' | 'questions' | 'units' | 'rows' | 'records' | 'items'

/**
 * One file inspected: its kind and what it says about itself. Fields a kind does not have are
 * `null` (a framework file has no unit; a lineage no framework).
 *
 * @example
 *   const about: InspectedFile = { kind: 'backup', formatVersion: 1, frameworkId: null, frameworkVersion: null, year: null, scope: 'ict-index-workbench', items: 120, itemUnit: 'records', hash: 'ok', details: { schemaVersion: 6, appVersion: '0.1.0' } }
 */
export type InspectedFile = {
  readonly kind: FileKind
  /** The file format's own version (template version, backup format version…); `null`: unversioned. */
  readonly formatVersion: number | null
  readonly frameworkId: string | null
  readonly frameworkVersion: string | null
  readonly year: number | null
  /** The unit (`code — name`), or what the file covers (years, a database); `null` when nothing applies; '' for a blank template. */
  readonly scope: string | null
  readonly items: number | null
  readonly itemUnit: ItemUnit | null
  readonly hash: HashCheck
  /** Further facts of the kind (evidence files, schema version, app version…), for `--json`. */
  readonly details: Readonly<Record<string, string | number | boolean | null>>
}

/** An issue of one of the app's readers (workbook, questionnaire, framework, lineage…): a `code` and its values. */
export type ReaderIssue = { readonly code: string } & Readonly<Record<string, unknown>>

/**
 * Why a file could not be inspected:
 * - `unknown-kind`: not a file this app exchanges;
 * - `unreadable`: a kind was recognised (or a workbook/zip expected) but the reader refused it
 *   (truncated zip, hostile XML, invalid framework…), with the reader's issues;
 * - `hash-mismatch`: it reads, but its hash or digests do not check out (`detail` says which;
 *   `count`, the number of differences of a results report);
 * - `newer-format`: written by a newer app (format version above what this one reads).
 *
 * @example
 *   const problem: InspectProblem = { code: 'hash-mismatch', kind: 'backup', detail: 'content hash', count: 1 }
 */
export type InspectProblem =
  | { readonly code: 'unknown-kind' }
  | { readonly code: 'unreadable'; readonly kind: FileKind | null; readonly issues: readonly ReaderIssue[] }
  | {
      readonly code: 'hash-mismatch'
      readonly kind: FileKind
      readonly detail: string
      readonly count: number
    }
  | {
      readonly code: 'newer-format'
      readonly kind: FileKind
      readonly found: number
      readonly newest: number
    }
