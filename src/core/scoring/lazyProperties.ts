/** Where an object made by `lazyProperties` keeps its computations and the values computed so far. */
const STORE: unique symbol = Symbol('lazyProperties')

type Store = {
  readonly compute: Readonly<Record<string, () => unknown>>
  readonly known: Map<string, unknown>
}

/** One getter per property name, shared by every object, so that objects with the same lazy properties share one shape in the engine. */
const getters = new Map<string, (this: { readonly [STORE]: Store }) => unknown>()

function getterFor(key: string) {
  let getter = getters.get(key)
  if (getter === undefined) {
    getter = function (this: { readonly [STORE]: Store }) {
      const store = this[STORE]
      if (!store.known.has(key)) store.known.set(key, (store.compute[key] as () => unknown)())
      return store.known.get(key)
    }
    getters.set(key, getter)
  }
  return getter
}

/**
 * Adds enumerable properties to `target` whose values are computed on first read and kept
 * (decision 0026): result objects of large assessments hold millions of numbers, and most callers
 * read a few columns. The properties read like plain data — `Object.keys`, spreading, JSON,
 * structured clone (IndexedDB, `postMessage`) and `toEqual` all see the values — but have no
 * setter (the result types are read-only). Properties are added in the order of `getters`; the
 * computations are kept under a symbol that is not enumerable, which none of those see.
 *
 * @example
 *   const result = lazyProperties({ code: 'I1' }, { score: () => columnToArray(column) })
 *   result.score // => computed now, the same array on every later read
 */
export function lazyProperties<T extends object, L extends Record<string, unknown>>(
  target: T,
  compute: { readonly [K in keyof L]: () => L[K] },
): T & L {
  const store: Store = { compute, known: new Map() }
  Object.defineProperty(target, STORE, { value: store, enumerable: false })
  for (const key of Object.keys(compute))
    Object.defineProperty(target, key, { enumerable: true, configurable: true, get: getterFor(key) })
  return target as T & L
}
