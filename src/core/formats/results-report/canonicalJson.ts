/**
 * The canonical JSON text of a value, the encoding the results manifest hashes: object keys sorted
 * (by UTF-16 code units, at every depth), no white space, numbers as JavaScript writes them
 * (shortest round-trip form, `-0` as `0`, NaN and ±Infinity as `null`), properties holding
 * `undefined` left out and `undefined` array items as `null` — `JSON.stringify` with sorted keys.
 * Parsing the text and encoding it again gives the same text.
 *
 * @example
 *   canonicalJson({ b: 1, a: [true, undefined, -0], c: undefined }) // => '{"a":[true,null,0],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null'
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
    return `{${entries.join(',')}}`
  }
  return 'null'
}
