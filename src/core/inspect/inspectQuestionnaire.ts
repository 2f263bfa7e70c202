import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { isWarning } from '@core/formats/questionnaire/questionnaireIssue'
import { readMeta } from '@core/formats/questionnaire/questionnaireMeta'
import { readQuestionnaire } from '@core/formats/questionnaire/readQuestionnaire'
import {
  CURRENT_TEMPLATE_VERSION,
  QUESTIONNAIRE_TEMPLATE_KIND,
  SHEET_NAMES,
} from '@core/formats/questionnaire/questionnaireTemplate'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import type { FileKind } from './fileKind'
import type { InspectedFile, InspectProblem } from './inspectedFile'

/**
 * Whether a workbook is a questionnaire: its `_meta` sheet names the questionnaire template.
 *
 * @example
 *   isQuestionnaireWorkbook({ sheets: [] }) // => false
 */
export function isQuestionnaireWorkbook(workbook: SheetWorkbook): boolean {
  const meta = workbook.sheets.find((sheet) => sheet.name === SHEET_NAMES.meta)
  return meta?.rows.some((row) => row[0] === 'template' && row[1] === QUESTIONNAIRE_TEMPLATE_KIND) ?? false
}

/**
 * Describes a questionnaire workbook (alone, or the one inside a submission package: `kind`).
 * `_meta` gives the template version, framework, year and unit; when the framework is at hand (the
 * given ones, then the built-in ones, same id and version) and the workbook is a unit's, the whole
 * workbook is read as the import reads it (`readQuestionnaire`): its errors make it unreadable,
 * the answers are counted, and the hash is `ok` when the content is what the app wrote, `changed`
 * when it was filled or edited afterwards. A blank template or an unknown framework: `not-checked`.
 *
 * @example
 *   const about = inspectQuestionnaire(workbook, [], 'questionnaire')
 *   about.ok && about.value.scope // => 'SNV — Sở Nội vụ'
 */
export function inspectQuestionnaire(
  workbook: SheetWorkbook,
  frameworks: readonly ValidFramework[],
  kind: FileKind,
): Result<InspectedFile, InspectProblem> {
  const sheet = workbook.sheets.find((candidate) => candidate.name === SHEET_NAMES.meta)
  if (sheet === undefined) return err({ code: 'unreadable', kind, issues: [{ code: 'missing-meta' }] })
  const read = readMeta(sheet)
  if (!read.ok) return err({ code: 'unreadable', kind, issues: read.error })
  const meta = read.value
  if (meta.templateVersion > CURRENT_TEMPLATE_VERSION)
    return err({ code: 'newer-format', kind, found: meta.templateVersion, newest: CURRENT_TEMPLATE_VERSION })
  const blank = meta.unitCode === ''
  const about: InspectedFile = {
    kind,
    formatVersion: meta.templateVersion,
    frameworkId: meta.frameworkId,
    frameworkVersion: meta.frameworkVersion,
    year: meta.year,
    scope: blank ? '' : `${meta.unitCode} — ${meta.unitName}`,
    items: null,
    itemUnit: null,
    hash: 'not-checked',
    details: { appVersion: meta.appVersion, exportedAt: meta.exportedAt, blank },
  }
  const framework = frameworkFor(meta.frameworkId, meta.frameworkVersion, frameworks)
  if (framework === null || blank) return ok(about)
  const decoded = readQuestionnaire(workbook, framework)
  if (!decoded.ok)
    return err({ code: 'unreadable', kind, issues: decoded.error.filter((issue) => !isWarning(issue)) })
  return ok({
    ...about,
    scope: `${decoded.value.unit.code} — ${decoded.value.unit.name}`,
    items: Object.keys(decoded.value.content.answers).length,
    itemUnit: 'answers',
    hash: decoded.value.isUnchangedSinceExport ? 'ok' : 'changed',
  })
}

function frameworkFor(
  id: string,
  version: string,
  frameworks: readonly ValidFramework[],
): ValidFramework | null {
  const given = frameworks.find((framework) => framework.id === id && framework.version === version)
  if (given !== undefined) return given
  const builtIn = loadBuiltInFramework(id)
  return builtIn.ok && builtIn.value.version === version ? builtIn.value : null
}
