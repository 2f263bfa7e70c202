import type { AuthoringSheetLayout } from './authoringLayout'
import { choicesLayout, columnsLayout, questionsLayout, sectionsLayout } from './questionSheetLayouts'
import { rulesLayout } from './rulesLayout'
import { bandsLayout, comparabilityLayout, componentsLayout, indicatorsLayout } from './treeSheetLayouts'

/**
 * Every table sheet of template version 1, in tab order (after `Hướng dẫn` and `settings`, before
 * the hidden `_meta`).
 *
 * @example
 *   authoringTableLayouts.map((layout) => layout.sheet)
 *   // => ['sections', 'questions', 'choices', 'columns', 'indicators', 'components', 'rules', 'bands', 'comparability']
 */
export const authoringTableLayouts: readonly AuthoringSheetLayout[] = [
  sectionsLayout,
  questionsLayout,
  choicesLayout,
  columnsLayout,
  indicatorsLayout,
  componentsLayout,
  rulesLayout,
  bandsLayout,
  comparabilityLayout,
]
