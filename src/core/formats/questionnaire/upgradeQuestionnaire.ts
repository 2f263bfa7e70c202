import { err, ok, type Result } from '@core/result'
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { QuestionnaireIssue } from './questionnaireIssue'
import { CURRENT_TEMPLATE_VERSION } from './questionnaireTemplate'

/**
 * Turns a workbook of template version `n` into the layout of version `n + 1` (cells moved,
 * `_meta` rows renamed…), as plain data. Registered under `n` in `templateUpgraders`.
 *
 * @example
 *   const upgrader: TemplateUpgrader = (workbook) => workbook
 */
export type TemplateUpgrader = (workbook: SheetWorkbook) => SheetWorkbook

/**
 * The upgraders of every template version ever shipped before the current one, by the version
 * they upgrade from. Version 1 is the first shipped version, so there are none yet; when version
 * 2 ships, version 1's golden file must keep importing through `templateUpgraders.get(1)`.
 */
export const templateUpgraders: ReadonlyMap<number, TemplateUpgrader> = new Map()

/** The workbook in the current layout, and the version it was upgraded from (`null`: it was current). */
export type UpgradedWorkbook = { readonly workbook: SheetWorkbook; readonly upgradedFrom: number | null }

/**
 * Brings a workbook of an older template version up to the current one step by step, as
 * Excalidraw's `restore` does; refuses a newer version (written by a later app) or one with no
 * upgrade path with `unsupported-template-version`.
 *
 * @example
 *   upgradeQuestionnaire(workbook, 2) // => err([{ code: 'unsupported-template-version', found: 2, newestKnown: 1 }])
 */
export function upgradeQuestionnaire(
  workbook: SheetWorkbook,
  version: number,
  upgraders: ReadonlyMap<number, TemplateUpgrader> = templateUpgraders,
  current: number = CURRENT_TEMPLATE_VERSION,
): Result<UpgradedWorkbook, readonly QuestionnaireIssue[]> {
  const refused = err([
    { code: 'unsupported-template-version' as const, found: version, newestKnown: current },
  ])
  if (!Number.isInteger(version) || version < 1 || version > current) return refused
  let upgraded = workbook
  for (let from = version; from < current; from += 1) {
    const upgrader = upgraders.get(from)
    if (upgrader === undefined) return refused
    upgraded = upgrader(upgraded)
  }
  return ok({ workbook: upgraded, upgradedFrom: version === current ? null : version })
}
