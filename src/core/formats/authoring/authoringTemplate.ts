/**
 * The kind written in the `_meta` sheet of a framework authoring workbook, so that a questionnaire
 * or report workbook is never mistaken for one.
 *
 * @example
 *   authoringTemplateKind // => 'framework-authoring'
 */
export const authoringTemplateKind = 'framework-authoring'

/**
 * The newest framework authoring template version this build reads and the one it writes.
 * Versions only grow (house style B1.4): a newer workbook is refused, never half-read.
 *
 * @example
 *   authoringTemplateVersion // => 1
 */
export const authoringTemplateVersion = 1

/**
 * The sheet names of template version 1, in tab order. The data sheets use the English machine
 * names (as XLSForm does); only the instructions sheet has a Vietnamese name.
 *
 * @example
 *   authoringSheetNames.questions // => 'questions'
 */
export const authoringSheetNames = {
  instructions: 'Hướng dẫn',
  settings: 'settings',
  sections: 'sections',
  questions: 'questions',
  choices: 'choices',
  columns: 'columns',
  indicators: 'indicators',
  components: 'components',
  rules: 'rules',
  bands: 'bands',
  comparability: 'comparability',
  meta: '_meta',
} as const

/** The name of a sheet the reader knows. @example const sheet: AuthoringSheetName = 'rules' */
export type AuthoringSheetName = (typeof authoringSheetNames)[keyof typeof authoringSheetNames]

/** Rows 1 and 2 of every table sheet are the Vietnamese headings and the column keys; data starts here. @example AUTHORING_FIRST_DATA_ROW // => 3 */
export const AUTHORING_FIRST_DATA_ROW = 3

/** Drop-downs cover the rows down to this one, so rows the author adds get them too. @example AUTHORING_VALIDATED_ROWS // => 2000 */
export const AUTHORING_VALIDATED_ROWS = 2000
