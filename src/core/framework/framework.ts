import type { LocalizedText } from './localizedText'
import type { Imputation, MethodDefaults, Normalisation, Aggregation, Treatment } from './method'
import type { PointsRule } from './pointsRule'
import type { Question } from './question'

export type { LocalizedText } from './localizedText'
export type { Aggregation, Imputation, MethodDefaults, Normalisation, Treatment } from './method'
export type {
  ChoiceOutcome,
  PointsAlternative,
  PointsPart,
  PointsRule,
  PointsRuleKind,
  PointsStep,
} from './pointsRule'
export type { Choice, ColumnType, Question, QuestionCheck, QuestionType, TableColumn } from './question'

/**
 * The two scoring families (product.md "The framework model"): `relative` normalises each
 * indicator across units and takes weighted means (ICT Index); `points` gives each indicator
 * points by a rule and sums them, capped, up the tree (DTI).
 *
 * @example
 *   const family: FrameworkFamily = 'points'
 */
export type FrameworkFamily = 'relative' | 'points'

/** A group of questions shown together. @example const section: Section = { code: 'HTKT', title: { vi: 'Hạ tầng kỹ thuật' } } */
export type Section = {
  readonly code: string
  readonly title: LocalizedText
  readonly description?: LocalizedText
}

/**
 * A scored quantity computed from questions by `formula`, a leaf of the component tree.
 *
 * Relative family: the value (÷ `denominator` when set) is normalised with `normalisation` (or
 * the framework default), multiplied by −1 first when `direction` is −1; a boolean value counts
 * as 1 / 0. Points family: `rule` applied with `maxPoints`; `direction`, `denominator` and
 * `normalisation` do not apply.
 *
 * @example
 *   const computersPerStaff: Indicator = {
 *     code: 'HTKT_MayTinh', name: { vi: 'Tỷ lệ máy tính / CBCCVC' }, formula: 'MayTinh / SoCBCC',
 *     direction: 1, weight: 1, parent: 'HTKT', placeholder: false,
 *   }
 */
export type Indicator = {
  /** Unique among indicators and components (they share the tree's namespace, as COINr's iCode). */
  readonly code: string
  readonly name: LocalizedText
  readonly description?: LocalizedText
  readonly formula: string
  /** Default 1 (higher is better); −1 when lower is better. */
  readonly direction: 1 | -1
  /** Relative to the siblings' weights; default 1. */
  readonly weight: number
  /** Code of the component the indicator belongs to. */
  readonly parent: string
  readonly unit?: LocalizedText
  /** Question code: the value is divided by this answer before normalising (per staff, per capita). */
  readonly denominator?: string
  readonly normalisation?: Normalisation
  readonly imputation?: Imputation
  /** Outlier treatment; absent = the framework's `method.treatment` (decision 0017). */
  readonly treatment?: Treatment
  /** Default `false`; `true` when the real definition is not public and should be replaced. */
  readonly placeholder: boolean
  /** The evidence (tài liệu kiểm chứng) the unit must attach to justify the value. */
  readonly evidence?: LocalizedText
  /** Points family: the most points the indicator can give. */
  readonly maxPoints?: number
  /** Points family: how the value becomes points. */
  readonly rule?: PointsRule
}

/**
 * A node of the tree above indicators. Exactly one component has `parent: null`: the composite
 * index. The children of a component are the components and indicators naming it as `parent`.
 *
 * @example
 *   const composite: Component = { code: 'ICT', name: { vi: 'Chỉ số ICT' }, parent: null, weight: 1 }
 */
export type Component = {
  readonly code: string
  readonly name: LocalizedText
  readonly description?: LocalizedText
  readonly parent: string | null
  /** Relative to the siblings' weights; default 1. Ignored for the root. */
  readonly weight: number
  /** Overrides the framework default for this node's children. */
  readonly aggregation?: Aggregation
  /** Points family: the cap on the sum of the children's points. */
  readonly maxPoints?: number
}

/**
 * A class on the total as a share of the maximum (points) or of the scale (relative): a unit is in
 * the first band, in list order, whose `minShare` it reaches. Bands are listed from the highest
 * `minShare` down, strictly descending, and the last has `minShare: 0`.
 *
 * @example
 *   const good: Band = { code: 'tot', label: { vi: 'Tốt' }, minShare: 0.8 }
 */
export type Band = {
  readonly code: string
  readonly label: LocalizedText
  readonly minShare: number
}

/**
 * What changed for one indicator against a previous version. `indicator` is the current code
 * (for `dropped`: the code in the previous version); `previousCode` is the old code of a renamed
 * indicator. Comparisons treat `changed`, `dropped` and `added` as not comparable.
 *
 * @example
 *   const note: ComparabilityNote = { indicator: 'UD_DVCTT', change: 'renamed', previousCode: 'UD_DVC' }
 */
export type ComparabilityNote = {
  readonly indicator: string
  readonly change: 'renamed' | 'changed' | 'dropped' | 'added'
  readonly previousCode?: string
  readonly note?: LocalizedText
}

/** The changes against one previous version. @example const entry: Comparability = { previousVersion: '2024.1', notes: [] } */
export type Comparability = {
  readonly previousVersion: string
  readonly notes: readonly ComparabilityNote[]
}

/**
 * A framework (bộ chỉ số): the versioned, data-only definition of a questionnaire and how it is
 * scored, for one reporting year and one group of units. Identified by `id` + `version`.
 * Produced by `parseFramework` (shape) and checked by `validateFramework` (meaning).
 *
 * @example
 *   const framework: Framework = aFramework({ year: 2025 }) // see testing/aFramework.ts
 */
export type Framework = {
  readonly formatVersion: 1
  /** Lower-case kebab case, e.g. `dept-ict-readiness`. */
  readonly id: string
  /** E.g. `2025.1`: digits and letters separated by `.` or `-`. */
  readonly version: string
  /** The reporting year, 2000–2100. */
  readonly year: number
  /** Lower-case kebab case, e.g. `so-ban-nganh`, `quan-huyen`, `tinh-thanh`. */
  readonly unitGroup: string
  readonly name: LocalizedText
  readonly description?: LocalizedText
  /** Where the framework comes from (a decision, a publication, "built in"), shown as a label. */
  readonly origin: LocalizedText
  readonly family: FrameworkFamily
  /** Decimals of published values (rounding half away from zero); default 4. */
  readonly decimals: number
  /**
   * Relative family: the declared top of the published range, 0–`scale` (1 for the ICT Index, 100
   * for COINr's default); 1 when absent. Used for display and band shares (score ÷ scale); the
   * engine does not rescale, so the normalisation bounds must match it.
   */
  readonly scale?: number
  readonly sections: readonly Section[]
  readonly questions: readonly Question[]
  readonly indicators: readonly Indicator[]
  readonly components: readonly Component[]
  readonly method: MethodDefaults
  readonly bands?: readonly Band[]
  readonly comparability?: readonly Comparability[]
}
