/**
 * The kinds of file the app exchanges, as `ictwb inspect` names them and the guide's files diagram
 * labels them (one id each, shared). A kind added later is one id here and one entry in
 * `FILE_INSPECTORS`.
 *
 * @example
 *   FILE_KINDS.includes('backup') // => true
 */
export const FILE_KINDS = [
  'questionnaire',
  'submission-package',
  'framework',
  'authoring-workbook',
  'results-report',
  'ranking-csv',
  'lineage',
  'comparison-workbook',
  'backup',
  'council-package',
  'appraisal-package',
  'feedback',
  'response',
] as const

/** One kind of exchanged file. @example const kind: FileKind = 'questionnaire' */
export type FileKind = (typeof FILE_KINDS)[number]
