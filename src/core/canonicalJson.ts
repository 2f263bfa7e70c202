/**
 * A canonical JSON text of plain data, for hashing: object keys sorted (by UTF-16 code units),
 * no whitespace, `undefined` members left out and `undefined` array items written as `null`
 * (as `JSON.stringify` does), numbers as `JSON.stringify` writes them (so `-0` is `0`; `NaN` and
 * infinities are `null`). Two values equal as JSON give the same text whatever their key order,
 * so a digest over it does not depend on how the data was built or stored.
 *
 * @example
 *   canonicalJson({ b: 1, a: [true, null] }) // => '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value)) ?? 'null'
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sorted(item)))
  if (value === null || typeof value !== 'object') return value
  const source = value as Record<string, unknown>
  // Without a prototype, a key named `__proto__` (legal JSON, e.g. from a hostile file) is kept
  // as data instead of replacing the prototype and vanishing from the text.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(source).sort()) {
    const item = source[key]
    if (item !== undefined && typeof item !== 'function') out[key] = sorted(item)
  }
  return out
}
