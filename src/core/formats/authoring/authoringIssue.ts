/**
 * A problem in a framework authoring workbook, found before the framework itself is checked: a
 * plain object with a kebab-case `code`, the `sheet` and (when there is one) the A1 `cell`, and
 * what was `expected` / `found` there. The renderer and the CLI translate the code
 * (the `fileIssues` section of `src/shared/messages/{vi,en}/issues.json`); core never builds the sentence.
 *
 * - `expected` is a column or setting key (`authoring-missing-value`, `authoring-missing-column`,
 *   `authoring-missing-setting`), the allowed values joined by `, ` (`authoring-unknown-option`),
 *   a format example (`authoring-bad-list`) or the newest template version.
 * - `found` is the cell's text as read (a date as `YYYY-MM-DD`, a formula with its `=`).
 *
 * @example
 *   const issue: AuthoringIssue = { code: 'authoring-not-a-number', sheet: 'indicators', cell: 'M7', found: 'hai' }
 */
export type AuthoringIssue =
  | { readonly code: 'authoring-missing-sheet'; readonly sheet: string }
  | {
      readonly code: 'authoring-missing-column'
      readonly sheet: string
      readonly cell: string
      readonly expected: string
    }
  | {
      readonly code: 'authoring-duplicate-column'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-unknown-column'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-missing-value'
      readonly sheet: string
      readonly cell: string
      readonly expected: string
    }
  | { readonly code: 'authoring-missing-setting'; readonly sheet: string; readonly expected: string }
  | {
      readonly code: 'authoring-unknown-setting'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-duplicate-row'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-not-a-number'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-not-an-integer'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-not-yes-no'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-not-text'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-unknown-option'
      readonly sheet: string
      readonly cell: string
      readonly expected: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-bad-list'
      readonly sheet: string
      readonly cell: string
      readonly expected: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-formula-cell'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-error-cell'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-not-applicable'
      readonly sheet: string
      readonly cell: string
      /** The column (or setting) that must stay empty. */
      readonly column: string
      /** The question, column, rule or normalisation type it does not apply to, or `main-rule` / `alternative`. */
      readonly type: string
    }
  | {
      readonly code: 'authoring-unknown-question'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-unknown-table-column'
      readonly sheet: string
      readonly cell: string
      readonly found: string
      readonly question: string
    }
  | {
      readonly code: 'authoring-rows-not-allowed'
      readonly sheet: string
      readonly cell: string
      /** The question (or `question.column`) the row names. */
      readonly found: string
      readonly type: string
    }
  | {
      readonly code: 'authoring-unknown-indicator'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-rule-without-parent'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-wrong-template'
      readonly sheet: string
      readonly cell: string
      readonly expected: string
      readonly found: string
    }
  | {
      readonly code: 'authoring-newer-template'
      readonly sheet: string
      readonly cell: string
      readonly expected: string
      readonly found: string
    }

/** The code of an authoring issue. @example const code: AuthoringIssueCode = 'authoring-missing-sheet' */
export type AuthoringIssueCode = AuthoringIssue['code']

/**
 * Every authoring issue code, for the message catalogues to be checked against.
 *
 * @example
 *   authoringIssueCodes.includes('authoring-newer-template') // => true
 */
export const authoringIssueCodes = [
  'authoring-missing-sheet',
  'authoring-missing-column',
  'authoring-duplicate-column',
  'authoring-unknown-column',
  'authoring-missing-value',
  'authoring-missing-setting',
  'authoring-unknown-setting',
  'authoring-duplicate-row',
  'authoring-not-a-number',
  'authoring-not-an-integer',
  'authoring-not-yes-no',
  'authoring-not-text',
  'authoring-unknown-option',
  'authoring-bad-list',
  'authoring-formula-cell',
  'authoring-error-cell',
  'authoring-not-applicable',
  'authoring-unknown-question',
  'authoring-unknown-table-column',
  'authoring-rows-not-allowed',
  'authoring-unknown-indicator',
  'authoring-rule-without-parent',
  'authoring-wrong-template',
  'authoring-newer-template',
] as const satisfies readonly AuthoringIssueCode[]

type UnlistedCode = Exclude<AuthoringIssueCode, (typeof authoringIssueCodes)[number]>
void (true satisfies [UnlistedCode] extends [never] ? true : false)
