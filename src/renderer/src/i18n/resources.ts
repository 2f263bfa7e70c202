// One object per language, merged from one file per feature so that features can grow their
// messages without touching each other's files. English is the source of the key types.
import enIssues from '../../../shared/messages/en/issues.json'
import viIssues from '../../../shared/messages/vi/issues.json'
import enFrameworks from './locales/en/frameworks.json'
import enGuide from './locales/en/guide.json'
import enImportExport from './locales/en/importExport.json'
import viFrameworks from './locales/vi/frameworks.json'
import viGuide from './locales/vi/guide.json'
import viImportExport from './locales/vi/importExport.json'
import enDatabaseWipe from './locales/en/databaseWipe.json'
import enEvaluator from './locales/en/evaluator.json'
import enManager from './locales/en/manager.json'
import enOperator from './locales/en/operator.json'
import enSampleWorkspace from './locales/en/sampleWorkspace.json'
import enSettings from './locales/en/settings.json'
import enShell from './locales/en/shell.json'
import enUi from './locales/en/ui.json'
import enUnit from './locales/en/unit.json'
import viDatabaseWipe from './locales/vi/databaseWipe.json'
import viEvaluator from './locales/vi/evaluator.json'
import viManager from './locales/vi/manager.json'
import viOperator from './locales/vi/operator.json'
import viSampleWorkspace from './locales/vi/sampleWorkspace.json'
import viSettings from './locales/vi/settings.json'
import viShell from './locales/vi/shell.json'
import viUi from './locales/vi/ui.json'
import viUnit from './locales/vi/unit.json'

export const en = {
  ...enIssues,
  ...enFrameworks,
  ...enShell,
  ...enUnit,
  ...enEvaluator,
  ...enManager,
  ...enOperator,
  ...enSettings,
  ...enSampleWorkspace,
  ...enImportExport,
  ...enUi,
  ...enDatabaseWipe,
  ...enGuide,
}
export type Messages = typeof en

/**
 * The messages without English's singular forms (`key_one`, i18next's plural suffix, read when
 * the count is 1): Vietnamese has one form, its base key serves every count.
 */
type WithoutSingulars<T> = T extends string
  ? T
  : { [K in keyof T as K extends `${string}_one` ? never : K]: WithoutSingulars<T[K]> }

/** Vietnamese must have every English key but the singular forms: a missing one is a type error here. */
export const vi: WithoutSingulars<Messages> = {
  ...viIssues,
  ...viFrameworks,
  ...viShell,
  ...viUnit,
  ...viEvaluator,
  ...viManager,
  ...viOperator,
  ...viSettings,
  ...viSampleWorkspace,
  ...viImportExport,
  ...viUi,
  ...viDatabaseWipe,
  ...viGuide,
}
