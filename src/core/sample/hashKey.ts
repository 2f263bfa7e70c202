const FNV_OFFSET_BASIS = 0x811c9dc5

/**
 * Hashes a text to an unsigned 32-bit integer (FNV-1a over UTF-16 code units, then a murmur3
 * finaliser so that keys differing in one character land far apart). `from` continues the hash
 * of a prefix (`hashState`), so `hashKey(key, hashState(prefix))` equals `hashKey(prefix + key)`
 * without building the joined string.
 *
 * Why: the sample generator derives an independent random draw for every (seed, unit, year,
 * question) from a readable key, so adding a unit or a question never shifts the others' draws.
 *
 * @example
 *   hashKey('MayBan', hashState('1|SNV|')) === hashKey('1|SNV|MayBan') // => true
 */
export function hashKey(text: string, from = FNV_OFFSET_BASIS): number {
  let hash = hashState(text, from)
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/**
 * The FNV-1a state after `text` (before the finaliser), to continue with `hashKey(rest, state)`.
 *
 * @example
 *   const state = hashState('1|SNV|')
 */
export function hashState(text: string, from = FNV_OFFSET_BASIS): number {
  let hash = from
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash
}
