/**
 * Adds enumerable properties to `target` whose values are computed on first read and kept
 * (decision 0026): result objects of large assessments hold millions of numbers, and most callers
 * read a few columns. The properties read like plain data — `Object.keys`, spreading, JSON,
 * structured clone (IndexedDB, `postMessage`) and `toEqual` all see the values — but have no
 * setter (the result types are read-only). Properties are added in the order of `getters`.
 *
 * @example
 *   const result = lazyProperties({ code: 'I1' }, { score: () => columnToArray(column) })
 *   result.score // => computed now, the same array on every later read
 */
export function lazyProperties<T extends object, L extends Record<string, unknown>>(
  target: T,
  getters: { readonly [K in keyof L]: () => L[K] },
): T & L {
  for (const key of Object.keys(getters) as (keyof L & string)[]) {
    const compute = getters[key]
    let known = false
    let value: L[typeof key] | undefined
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        if (!known) {
          value = compute()
          known = true
        }
        return value
      },
    })
  }
  return target as T & L
}
