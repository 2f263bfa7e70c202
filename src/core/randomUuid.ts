/**
 * A random version-4 UUID from `crypto.getRandomValues`. Unlike `crypto.randomUUID`, which browsers
 * expose only in secure contexts (https or localhost), `getRandomValues` exists everywhere, so the
 * browser edition keeps working when a province serves it over plain http on its intranet.
 *
 * @example
 *   randomUuid() // => 'b3e1c2a4-5d6f-4a7b-9c8d-0e1f2a3b4c5d' (random)
 */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
