import type { Imputation, Normalisation, Treatment } from '@core/framework/framework'
import type { AuthoringRowValues } from './authoringCellText'

/**
 * The `normalisation` … `imputation_attribute` cells of a row (or settings) for the given methods;
 * empty cells for absent ones and for parameters a method does not have.
 *
 * @example
 *   toMethodCells({ method: 'min-max', lower: 0, upper: 1 }, undefined)
 *   // => { normalisation: 'min-max', normalisation_lower: 0, normalisation_upper: 1, normalisation_mean: null, …, imputation: null, imputation_attribute: null }
 */
export function toMethodCells(
  normalisation: Normalisation | undefined,
  imputation: Imputation | undefined,
  treatment?: Treatment,
): AuthoringRowValues {
  const parameter = (name: 'lower' | 'upper' | 'mean' | 'sd' | 'scale'): number | null => {
    const value: unknown =
      normalisation === undefined ? undefined : (normalisation as Readonly<Record<string, unknown>>)[name]
    return typeof value === 'number' ? value : null
  }
  return {
    normalisation: normalisation?.method ?? null,
    normalisation_lower: parameter('lower'),
    normalisation_upper: parameter('upper'),
    normalisation_mean: parameter('mean'),
    normalisation_sd: parameter('sd'),
    normalisation_scale: parameter('scale'),
    imputation: imputation?.method ?? null,
    imputation_attribute: imputation?.method === 'group-mean' ? imputation.attribute : null,
    treatment: treatment?.method ?? null,
    treatment_winmax:
      treatment?.method === 'coinr' || treatment?.method === 'winsorise' ? treatment.winmax : null,
  }
}
