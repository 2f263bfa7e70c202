/**
 * The object without its `undefined` fields: how the readers leave out optional framework fields
 * (with `exactOptionalPropertyTypes`, an absent field and an `undefined` one differ).
 *
 * @example
 *   compactObject({ code: 'Q1', min: undefined, max: 10 }) // => { code: 'Q1', max: 10 }
 */
export function compactObject(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}
