import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { authoringSheetNames } from '@core/formats/authoring/authoringTemplate'
import { isSheetNamed } from '@core/formats/authoring/readAuthoringWorkbook'
import { MANIFEST_SHEET } from '@core/formats/results-report/manifestSheet'
import { APPRAISAL_PACKAGE_MANIFEST } from '@core/formats/appraisal-package/appraisalPackageFormat'
import { COUNCIL_PACKAGE_MANIFEST } from '@core/formats/council-package/councilPackageFormat'
import { BACKUP_FORMAT } from '@core/formats/backup/backupFormat'
import type { FileInspector } from './fileInspector'
import { inspectBackup } from './inspectBackup'
import { inspectAppraisalPackage, inspectCouncilPackage } from './inspectCouncilFile'
import { comparisonSheetRows, inspectComparisonTable, isComparisonTableRows } from './inspectComparisonTable'
import { inspectComparisonWorkbook, isComparisonWorkbook } from './inspectComparisonWorkbook'
import { inspectFrameworkFile, isIMetaRows } from './inspectFrameworkFile'
import { inspectLineage, isLineageRows, lineageSheetRows } from './inspectLineage'
import { inspectQuestionnaire, isQuestionnaireWorkbook } from './inspectQuestionnaire'
import { inspectRankingCsv, isRankingRows } from './inspectRankingCsv'
import { inspectResultsReport } from './inspectResultsReport'
import { isRoundPackage, isRoundWorkbook } from '@core/formats/feedback/roundFileKind'
import { inspectRoundFile } from './inspectRoundFile'
import { inspectSubmissionPackage } from './inspectSubmissionPackage'

const isAuthoringWorkbook = (workbook: SheetWorkbook) =>
  workbook.sheets.some(
    (sheet) =>
      isSheetNamed(sheet, authoringSheetNames.meta) || isSheetNamed(sheet, authoringSheetNames.settings),
  )

/**
 * Every kind `inspectFile` knows, one entry each, tried in this order within a container (the
 * questionnaire before the authoring workbook: both have a `_meta` sheet). A new kind of file is
 * one `FILE_KINDS` id and one entry here.
 *
 * @example
 *   FILE_INSPECTORS.map((inspector) => inspector.kind) // => ['questionnaire', 'authoring-workbook', …]
 */
export const FILE_INSPECTORS: readonly FileInspector[] = [
  {
    kind: 'questionnaire',
    container: 'workbook',
    recognises: isQuestionnaireWorkbook,
    inspect: async (workbook, input) => inspectQuestionnaire(workbook, input.frameworks, 'questionnaire'),
  },
  {
    kind: 'feedback',
    container: 'workbook',
    recognises: (workbook) => isRoundWorkbook(workbook, 'feedback'),
    inspect: (_workbook, input) => inspectRoundFile(input, 'feedback'),
  },
  {
    kind: 'response',
    container: 'workbook',
    recognises: (workbook) => isRoundWorkbook(workbook, 'response'),
    inspect: (_workbook, input) => inspectRoundFile(input, 'response'),
  },
  {
    kind: 'results-report',
    container: 'workbook',
    recognises: (workbook) => workbook.sheets.some((sheet) => sheet.name === MANIFEST_SHEET),
    inspect: (workbook) => inspectResultsReport(workbook),
  },
  {
    kind: 'authoring-workbook',
    container: 'workbook',
    recognises: isAuthoringWorkbook,
    inspect: (_workbook, input) => inspectFrameworkFile(input, 'authoring-workbook'),
  },
  {
    kind: 'comparison-workbook',
    container: 'workbook',
    recognises: isComparisonWorkbook,
    inspect: (workbook) => inspectComparisonWorkbook(workbook),
  },
  {
    kind: 'comparison-workbook',
    container: 'workbook',
    recognises: (workbook) => isComparisonTableRows(comparisonSheetRows(workbook)),
    inspect: (workbook) => inspectComparisonTable(comparisonSheetRows(workbook)),
  },
  {
    kind: 'lineage',
    container: 'workbook',
    recognises: (workbook) => isLineageRows(lineageSheetRows(workbook)),
    inspect: (workbook) => inspectLineage(lineageSheetRows(workbook)),
  },
  {
    kind: 'framework',
    container: 'workbook',
    recognises: (workbook) => isIMetaRows(workbook.sheets[0]?.rows ?? []),
    inspect: (_workbook, input) => inspectFrameworkFile(input, 'framework', 'xlsx'),
  },
  {
    kind: 'council-package',
    container: 'package',
    recognises: (names) => names.includes(COUNCIL_PACKAGE_MANIFEST),
    inspect: inspectCouncilPackage,
  },
  {
    kind: 'appraisal-package',
    container: 'package',
    recognises: (names) => names.includes(APPRAISAL_PACKAGE_MANIFEST),
    inspect: inspectAppraisalPackage,
  },
  {
    kind: 'feedback',
    container: 'package',
    recognises: (names) => isRoundPackage(names, 'feedback'),
    inspect: (input) => inspectRoundFile(input, 'feedback'),
  },
  {
    kind: 'response',
    container: 'package',
    recognises: (names) => isRoundPackage(names, 'response'),
    inspect: (input) => inspectRoundFile(input, 'response'),
  },
  {
    kind: 'submission-package',
    container: 'package',
    recognises: (names) => names.some((name) => !name.includes('/') && /\.xlsx$/i.test(name)),
    inspect: inspectSubmissionPackage,
  },
  {
    kind: 'backup',
    container: 'json',
    recognises: (text) => text.startsWith(`{"format":"${BACKUP_FORMAT}"`),
    inspect: inspectBackup,
  },
  {
    kind: 'framework',
    container: 'json',
    recognises: (text) => /"questions"\s*:/.test(text) && /"formatVersion"\s*:/.test(text),
    inspect: (input) => inspectFrameworkFile(input, 'framework'),
  },
  { kind: 'lineage', container: 'csv', recognises: isLineageRows, inspect: (rows) => inspectLineage(rows) },
  {
    kind: 'ranking-csv',
    container: 'csv',
    recognises: isRankingRows,
    inspect: (rows) => inspectRankingCsv(rows),
  },
  {
    kind: 'comparison-workbook',
    container: 'csv',
    recognises: isComparisonTableRows,
    inspect: (rows) => inspectComparisonTable(rows),
  },
  {
    kind: 'framework',
    container: 'csv',
    recognises: isIMetaRows,
    inspect: (_rows, input) => inspectFrameworkFile(input, 'framework', 'csv'),
  },
]
