// Slicing-by-8 (Intel's method): eight 256-entry tables, so the loop folds eight bytes per step
// instead of one. Measured on a 170 kB questionnaire's inflated parts: 0.30 ms against 0.86 ms for
// the byte-at-a-time table (it is checked on every part of every imported file).
const TABLES = (() => {
  const tables = new Int32Array(256 * 8)
  for (let index = 0; index < 256; index += 1) {
    let value = index
    for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1
    tables[index] = value
  }
  for (let slice = 1; slice < 8; slice += 1) {
    for (let index = 0; index < 256; index += 1) {
      const previous = tables[(slice - 1) * 256 + index] ?? 0
      tables[slice * 256 + index] = (previous >>> 8) ^ (tables[previous & 0xff] ?? 0)
    }
  }
  return tables
})()

/**
 * The CRC-32 (IEEE, as zip uses) of some bytes, as an unsigned 32-bit number.
 *
 * @example
 *   crc32(new TextEncoder().encode('123456789')) // => 0xcbf43926
 */
export function crc32(bytes: Uint8Array): number {
  const table = TABLES
  const length = bytes.length
  let crc = -1
  let index = 0
  for (; index + 8 <= length; index += 8) {
    const word =
      crc ^
      ((bytes[index] as number) |
        ((bytes[index + 1] as number) << 8) |
        ((bytes[index + 2] as number) << 16) |
        ((bytes[index + 3] as number) << 24))
    crc =
      (table[1792 + (word & 0xff)] as number) ^
      (table[1536 + ((word >>> 8) & 0xff)] as number) ^
      (table[1280 + ((word >>> 16) & 0xff)] as number) ^
      (table[1024 + (word >>> 24)] as number) ^
      (table[768 + (bytes[index + 4] as number)] as number) ^
      (table[512 + (bytes[index + 5] as number)] as number) ^
      (table[256 + (bytes[index + 6] as number)] as number) ^
      (table[bytes[index + 7] as number] as number)
  }
  for (; index < length; index += 1)
    crc = (table[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ -1) >>> 0
}
