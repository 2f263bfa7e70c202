/**
 * True when two values read from or written to IndexedDB hold the same data: byte arrays by their
 * bytes, dates by their time, arrays and plain objects member by member (own keys, any order),
 * everything else by `Object.is` (so `NaN` equals `NaN`). A restore uses it to leave in place a
 * large row the database already holds unchanged (decision 0030).
 *
 * @example
 *   sameStoredValue({ bytes: new Uint8Array([1]) }, { bytes: new Uint8Array([1]) }) // => true
 */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return false
    if (a.constructor !== b.constructor || a.byteLength !== b.byteLength) return false
    const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
    const right = new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
    for (let index = 0; index < left.length; index += 1) if (left[index] !== right[index]) return false
    return true
  }
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime())
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  const record = (value: object) => value as Record<string, unknown>
  return aKeys.every(
    (key) => Object.prototype.hasOwnProperty.call(b, key) && sameStoredValue(record(a)[key], record(b)[key]),
  )
}
