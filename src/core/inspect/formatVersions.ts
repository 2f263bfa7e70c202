import { authoringTemplateVersion } from '@core/formats/authoring/authoringTemplate'
import { APPRAISAL_PACKAGE_FORMAT_VERSION } from '@core/formats/appraisal-package/appraisalPackageFormat'
import { COUNCIL_PACKAGE_FORMAT_VERSION } from '@core/formats/council-package/councilPackageFormat'
import { BACKUP_FORMAT_VERSION } from '@core/formats/backup/backupFormat'
import { ROUND_FORMAT_VERSION } from '@core/formats/feedback/roundManifest'
import { CURRENT_TEMPLATE_VERSION } from '@core/formats/questionnaire/questionnaireTemplate'
import { MANIFEST_FORMAT_VERSION } from '@core/formats/results-report/resultsManifest'
import type { Framework } from '@core/framework/framework'
import type { FileKind } from './fileKind'

/** The framework file's `formatVersion` this build writes and reads (the schema's literal). */
const FRAMEWORK_FORMAT_VERSION: Framework['formatVersion'] = 1

/**
 * The format version this build writes for each kind of file (what Settings → Giới thiệu lists and
 * `ictwb inspect` reports). `null`: the format has no version number (fixed columns or sheets). A
 * submission package carries a questionnaire workbook, so it has the template's version.
 *
 * @example
 *   FORMAT_VERSIONS.backup // => 1
 */
export const FORMAT_VERSIONS: Readonly<Record<FileKind, number | null>> = {
  questionnaire: CURRENT_TEMPLATE_VERSION,
  'submission-package': CURRENT_TEMPLATE_VERSION,
  framework: FRAMEWORK_FORMAT_VERSION,
  'authoring-workbook': authoringTemplateVersion,
  'results-report': MANIFEST_FORMAT_VERSION,
  'ranking-csv': null,
  lineage: null,
  'comparison-workbook': null,
  backup: BACKUP_FORMAT_VERSION,
  'council-package': COUNCIL_PACKAGE_FORMAT_VERSION,
  'appraisal-package': APPRAISAL_PACKAGE_FORMAT_VERSION,
  feedback: ROUND_FORMAT_VERSION,
  response: ROUND_FORMAT_VERSION,
}
