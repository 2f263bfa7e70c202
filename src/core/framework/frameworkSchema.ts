import { z } from 'zod'
import type {
  Band,
  Comparability,
  ComparabilityNote,
  Component,
  Framework,
  Indicator,
  Section,
} from './framework'
import { frameworkLimits as limits } from './frameworkLimits'
import {
  aggregationSchema,
  imputationSchema,
  treatmentSchema,
  methodDefaultsSchema,
  normalisationSchema,
} from './methodSchema'
import { pointsRuleSchema } from './pointsRuleSchema'
import { questionSchema } from './questionSchema'
import type { SameShape } from './sameShape'
import {
  boundedArray,
  codeSchema,
  formulaSchema,
  identifierSchema,
  kebabCodeSchema,
  localizedTextOrStringSchema,
  localizedTextSchema,
  numberSchema,
  pointsSchema,
  versionSchema,
} from './schemaPrimitives'

/** Schema of `Section`. @example sectionSchema.parse({ code: 'HTKT', title: { vi: 'Hạ tầng kỹ thuật' } }) */
export const sectionSchema = z.strictObject({
  code: codeSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.exactOptional(),
})

/**
 * Schema of `Indicator`. Weights are any finite number here; `validateFramework` reports
 * non-positive ones as `non-positive-weight`.
 *
 * @example
 *   indicatorSchema.parse({ code: 'I1', name: { vi: 'Máy tính / cán bộ' }, formula: 'MayTinh / SoCBCC', parent: 'HTKT' })
 */
export const indicatorSchema = z.strictObject({
  code: codeSchema,
  name: localizedTextSchema,
  description: localizedTextSchema.exactOptional(),
  formula: formulaSchema,
  direction: z.union([z.literal(1), z.literal(-1)]).default(1),
  weight: numberSchema.default(1),
  parent: codeSchema,
  unit: localizedTextOrStringSchema.exactOptional(),
  denominator: identifierSchema.exactOptional(),
  normalisation: normalisationSchema.exactOptional(),
  imputation: imputationSchema.exactOptional(),
  treatment: treatmentSchema.exactOptional(),
  placeholder: z.boolean().default(false),
  evidence: localizedTextSchema.exactOptional(),
  maxPoints: pointsSchema.exactOptional(),
  rule: pointsRuleSchema.exactOptional(),
})

/**
 * Schema of `Component`; `parent` is required (`null` for the root).
 * @example componentSchema.parse({ code: 'ICT', name: { vi: 'Chỉ số' }, parent: null })
 */
export const componentSchema = z.strictObject({
  code: codeSchema,
  name: localizedTextSchema,
  description: localizedTextSchema.exactOptional(),
  parent: codeSchema.nullable(),
  weight: numberSchema.default(1),
  aggregation: aggregationSchema.exactOptional(),
  maxPoints: pointsSchema.exactOptional(),
})

/** Schema of `Band`. @example bandSchema.parse({ code: 'tot', label: { vi: 'Tốt' }, minShare: 0.8 }) */
export const bandSchema = z.strictObject({
  code: codeSchema,
  label: localizedTextSchema,
  minShare: numberSchema.min(0).max(1),
})

/** Schema of `ComparabilityNote`. @example comparabilityNoteSchema.parse({ indicator: 'I1', change: 'changed' }) */
export const comparabilityNoteSchema = z.strictObject({
  indicator: codeSchema,
  change: z.enum(['renamed', 'changed', 'dropped', 'added']),
  previousCode: codeSchema.exactOptional(),
  note: localizedTextSchema.exactOptional(),
})

/** Schema of `Comparability`. @example comparabilitySchema.parse({ previousVersion: '2024.1', notes: [] }) */
export const comparabilitySchema = z.strictObject({
  previousVersion: versionSchema,
  notes: boundedArray(comparabilityNoteSchema, limits.comparabilityNotes),
})

/**
 * Schema of a whole `Framework`: the shape only (strict objects, trimmed NFC texts, bounded
 * sizes, finite numbers). Meaning (references, tree, formulas) is `validateFramework`'s job.
 * Prefer `parseFramework`, which also guards against cyclic and oversized input.
 *
 * @example
 *   frameworkSchema.safeParse(JSON.parse(text))
 */
export const frameworkSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: kebabCodeSchema,
  version: versionSchema,
  year: z.int().min(2000).max(2100),
  unitGroup: kebabCodeSchema,
  name: localizedTextSchema,
  description: localizedTextSchema.exactOptional(),
  origin: localizedTextSchema,
  family: z.enum(['relative', 'points']),
  decimals: z.int().min(0).max(10).default(4),
  scale: numberSchema.positive().exactOptional(),
  sections: boundedArray(sectionSchema, limits.sections),
  questions: boundedArray(questionSchema, limits.questions),
  indicators: boundedArray(indicatorSchema, limits.indicators),
  components: boundedArray(componentSchema, limits.components),
  method: methodDefaultsSchema.prefault({}),
  bands: boundedArray(bandSchema, limits.bands).exactOptional(),
  comparability: boundedArray(comparabilitySchema, limits.comparability).exactOptional(),
})

void (true satisfies SameShape<z.output<typeof sectionSchema>, Section>)
void (true satisfies SameShape<z.output<typeof indicatorSchema>, Indicator>)
void (true satisfies SameShape<z.output<typeof componentSchema>, Component>)
void (true satisfies SameShape<z.output<typeof bandSchema>, Band>)
void (true satisfies SameShape<z.output<typeof comparabilityNoteSchema>, ComparabilityNote>)
void (true satisfies SameShape<z.output<typeof comparabilitySchema>, Comparability>)
void (true satisfies SameShape<z.output<typeof frameworkSchema>, Framework>)
