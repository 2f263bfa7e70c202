/**
 * The canonical JSON text of a value, the one encoding the audit log hashes: object keys sorted
 * (by UTF-16 code units), keys whose value is `undefined` left out, no spaces; arrays keep their
 * order (an `undefined` item becomes `null`, as `JSON.stringify` writes it); strings, numbers,
 * booleans and `null` as `JSON.stringify` writes them (a non-finite number becomes `null`). A
 * value read back from its JSON (a backup, a restore) therefore encodes to the same text.
 *
 * @example
 *   canonicalJson({ b: 1, a: [true, undefined], c: undefined }) // => '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return JSON.stringify(value)
  if (typeof value === 'bigint') return JSON.stringify(value.toString())
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`
  if (typeof value === 'object') {
    const withToJson = value as { toJSON?: () => unknown }
    if (typeof withToJson.toJSON === 'function') return canonicalJson(withToJson.toJSON())
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
      .sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`
  }
  return 'null'
}
