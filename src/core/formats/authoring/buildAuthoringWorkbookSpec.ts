import type { SheetSpec, WorkbookSpec } from '@core/excel/workbookSpec'
import type { Framework } from '@core/framework/framework'
import { authoringTemplateKind, authoringTemplateVersion, authoringSheetNames } from './authoringTemplate'
import { choicesLayout, columnsLayout, questionsLayout, sectionsLayout } from './questionSheetLayouts'
import { rulesLayout } from './rulesLayout'
import { toAuthoringTableSheet } from './toAuthoringTableSheet'
import { toInstructionsSheet } from './toInstructionsSheet'
import { toQuestionSheetRows } from './toQuestionSheetRows'
import { toSettingsSheet } from './toSettingsSheet'
import { toTreeSheetRows } from './toTreeSheetRows'
import { bandsLayout, comparabilityLayout, componentsLayout, indicatorsLayout } from './treeSheetLayouts'

/**
 * When and by what the workbook was written, recorded in `_meta` (and the file properties).
 * Both are optional so that tests and the CLI can write byte-stable content.
 *
 * @example
 *   const options: AuthoringWorkbookOptions = { exportedAt: '2025-06-30T08:00:00Z', appVersion: '0.1.0' }
 */
export type AuthoringWorkbookOptions = {
  /** ISO date-time, e.g. `2025-06-30T08:00:00Z`. */
  readonly exportedAt?: string
  readonly appVersion?: string
}

/**
 * The framework authoring workbook, template version 1, as a neutral `WorkbookSpec`: `Hướng dẫn`
 * (instructions), `settings`, `sections`, `questions`, `choices`, `columns`, `indicators`,
 * `components`, `rules`, `bands`, `comparability` and the hidden `_meta` (template kind and
 * version, framework id, version and year). Every sheet is written, empty ones with their headings,
 * so authors can fill them in. Times New Roman (the writer's default font). Pure: no exceljs here.
 *
 * @example
 *   buildAuthoringWorkbookSpec(framework).sheets.map((sheet) => sheet.name)[0] // => 'Hướng dẫn'
 */
export function buildAuthoringWorkbookSpec(
  framework: Framework,
  options: AuthoringWorkbookOptions = {},
): WorkbookSpec {
  const questionRows = toQuestionSheetRows(framework)
  const treeRows = toTreeSheetRows(framework)
  return {
    sheets: [
      toInstructionsSheet(),
      toSettingsSheet(framework),
      toAuthoringTableSheet(sectionsLayout, questionRows.sections),
      toAuthoringTableSheet(questionsLayout, questionRows.questions),
      toAuthoringTableSheet(choicesLayout, questionRows.choices),
      toAuthoringTableSheet(columnsLayout, questionRows.columns),
      toAuthoringTableSheet(indicatorsLayout, treeRows.indicators),
      toAuthoringTableSheet(componentsLayout, treeRows.components),
      toAuthoringTableSheet(rulesLayout, treeRows.rules),
      toAuthoringTableSheet(bandsLayout, treeRows.bands),
      toAuthoringTableSheet(comparabilityLayout, treeRows.comparability),
      toMetaSheet(framework, options),
    ],
    properties: {
      creator: 'ICT Index Workbench',
      ...(options.exportedAt === undefined ? {} : { created: options.exportedAt }),
    },
  }
}

function toMetaSheet(framework: Framework, options: AuthoringWorkbookOptions): SheetSpec {
  return {
    name: authoringSheetNames.meta,
    state: 'hidden',
    columns: [{ width: 20 }, { width: 40 }],
    rows: [
      ['key', 'value'],
      ['template', authoringTemplateKind],
      ['template_version', authoringTemplateVersion],
      ['framework_id', framework.id],
      ['framework_version', framework.version],
      ['year', framework.year],
      ['exported_at', options.exportedAt ?? null],
      ['app_version', options.appVersion ?? null],
    ],
  }
}
