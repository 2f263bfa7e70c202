import { FILE_KINDS } from '@core/inspect/fileKind'
import type { GuideRole } from './guideRoles'

/**
 * The kinds of files users exchange: exactly the kinds `ictwb inspect` names (`FILE_KINDS` of
 * `core/inspect`, one list for both), so the diagram cannot drift from the command.
 */
export const FILE_KIND_IDS = FILE_KINDS
export type FileKindId = (typeof FILE_KIND_IDS)[number]

/** Files shown in the diagram as coming (the app does not write them yet): none since issue #16 landed. */
export const COMING_FILE_KIND_IDS: readonly never[] = []
export type ComingFileKindId = (typeof COMING_FILE_KIND_IDS)[number]

/** A lane of the diagram: the four roles, and the people above the manager who receive comparisons. */
export type FileLane = GuideRole | 'leadership'
export const FILE_LANES: readonly FileLane[] = ['admin', 'evaluator', 'officer', 'manager', 'leadership']

/**
 * One trip of a file in the yearly cycle, in order: who sends it to whom, and the guide section
 * that explains it (`role/section`). Its texts are `guide.files.flows.<id>.{what,does}`.
 */
export type FileFlow = {
  readonly id: string
  readonly kind: FileKindId | ComingFileKindId
  /** `any`: every machine, whatever its role. */
  readonly from: FileLane | 'any'
  readonly to: FileLane
  readonly section: `${GuideRole}/${string}`
  readonly coming?: true
}

export const FILE_FLOWS: readonly FileFlow[] = [
  {
    id: 'authoring',
    kind: 'authoring-workbook',
    from: 'admin',
    to: 'evaluator',
    section: 'admin/frameworks',
  },
  { id: 'framework', kind: 'framework', from: 'evaluator', to: 'officer', section: 'officer/framework' },
  { id: 'blank', kind: 'questionnaire', from: 'evaluator', to: 'officer', section: 'evaluator/send' },
  { id: 'filled', kind: 'questionnaire', from: 'officer', to: 'evaluator', section: 'officer/send' },
  {
    id: 'package',
    kind: 'submission-package',
    from: 'officer',
    to: 'evaluator',
    section: 'evaluator/receive',
  },
  {
    id: 'feedback',
    kind: 'feedback',
    from: 'evaluator',
    to: 'officer',
    section: 'evaluator/round',
  },
  {
    id: 'response',
    kind: 'response',
    from: 'officer',
    to: 'evaluator',
    section: 'officer/round',
  },
  { id: 'report', kind: 'results-report', from: 'evaluator', to: 'manager', section: 'evaluator/report' },
  { id: 'ranking', kind: 'ranking-csv', from: 'evaluator', to: 'manager', section: 'manager/import' },
  {
    id: 'council',
    kind: 'council-package',
    from: 'evaluator',
    to: 'leadership',
    section: 'evaluator/council',
  },
  {
    id: 'appraisal',
    kind: 'appraisal-package',
    from: 'leadership',
    to: 'evaluator',
    section: 'evaluator/member',
  },
  { id: 'lineage', kind: 'lineage', from: 'evaluator', to: 'manager', section: 'manager/lineage' },
  {
    id: 'comparison',
    kind: 'comparison-workbook',
    from: 'manager',
    to: 'leadership',
    section: 'manager/compare',
  },
  { id: 'backup', kind: 'backup', from: 'any', to: 'admin', section: 'admin/backup' },
]
