import { imputationMethods, normalisationMethods, treatmentMethods } from '@core/framework/method'
import { childPath } from '@core/framework/issuePath'
import type { AuthoringFieldReader } from './authoringFieldReader'
import { normalisationParameterKeys, normalisationParameters } from './methodColumns'

/**
 * Reads `normalisation` with its parameters (`normalisation_lower` …) into `{ method, lower, upper }`
 * and the like: a method's own parameters are required, the others must stay empty. `undefined`
 * when the method cell is empty (then every parameter must be empty too).
 *
 * @example
 *   readNormalisation(read, 'indicators[0].normalisation') // => { method: 'min-max', lower: 0, upper: 1 }
 */
export function readNormalisation(
  read: AuthoringFieldReader,
  path: string,
): Record<string, unknown> | undefined {
  const keys = normalisationParameterKeys.map((parameter) => `normalisation_${parameter}`)
  const method = read.option('normalisation', normalisationMethods, childPath(path, 'method'))
  if (method === undefined) {
    if (read.isBlank('normalisation') && keys.some((key) => !read.isBlank(key)))
      read.requiredText('normalisation')
    return undefined
  }
  read.record(path, 'normalisation')
  const own: readonly string[] = normalisationParameters[method]
  read.mustBeEmpty(
    keys.filter((key) => !own.includes(key.slice('normalisation_'.length))),
    method,
  )
  const normalisation: Record<string, unknown> = { method }
  for (const parameter of own) {
    const key = `normalisation_${parameter}`
    normalisation[parameter] = read.isBlank(key)
      ? void read.requiredText(key)
      : read.number(key, childPath(path, parameter))
  }
  return normalisation
}

/**
 * Reads `imputation` (and `imputation_attribute` for `group-mean`) into `{ method, attribute? }`;
 * `undefined` when the method cell is empty.
 *
 * @example
 *   readImputation(read, 'method.imputation') // => { method: 'group-mean', attribute: 'group' }
 */
export function readImputation(
  read: AuthoringFieldReader,
  path: string,
): Record<string, unknown> | undefined {
  const method = read.option('imputation', imputationMethods, childPath(path, 'method'))
  if (method === undefined) {
    if (read.isBlank('imputation') && !read.isBlank('imputation_attribute')) read.requiredText('imputation')
    return undefined
  }
  read.record(path, 'imputation')
  if (method !== 'group-mean') {
    read.mustBeEmpty(['imputation_attribute'], method)
    return { method }
  }
  return { method, attribute: read.requiredText('imputation_attribute', childPath(path, 'attribute')) }
}

/**
 * Reads `treatment` (and `treatment_winmax` for `coinr` and `winsorise`) into `{ method, winmax? }`;
 * `undefined` when the method cell is empty (decision 0017).
 *
 * @example
 *   readTreatment(read, 'method.treatment') // => { method: 'coinr', winmax: 5 }
 */
export function readTreatment(read: AuthoringFieldReader, path: string): Record<string, unknown> | undefined {
  const method = read.option('treatment', treatmentMethods, childPath(path, 'method'))
  if (method === undefined) {
    if (read.isBlank('treatment') && !read.isBlank('treatment_winmax')) read.requiredText('treatment')
    return undefined
  }
  read.record(path, 'treatment')
  if (method !== 'coinr' && method !== 'winsorise') {
    read.mustBeEmpty(['treatment_winmax'], method)
    return { method }
  }
  return {
    method,
    winmax: read.isBlank('treatment_winmax')
      ? void read.requiredText('treatment_winmax')
      : read.number('treatment_winmax', childPath(path, 'winmax')),
  }
}
