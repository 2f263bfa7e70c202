// TextEncoder and TextDecoder exist in browsers, Electron and Node, but not in the ES library that
// tsconfig.core.json type-checks against; reaching them through globalThis keeps this folder
// type-checkable there too (other core modules import it).
type Decoder = { decode(bytes: Uint8Array): string }
type Codecs = {
  readonly TextEncoder: new () => { encode(text: string): Uint8Array<ArrayBuffer> }
  readonly TextDecoder: new (
    label: string,
    options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
  ) => Decoder
}
const codecs = globalThis as unknown as Codecs

/**
 * UTF-8 bytes of a string.
 *
 * @example
 *   encodeUtf8('ạ') // => Uint8Array [225, 186, 161]
 */
export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  return new codecs.TextEncoder().encode(text)
}

/**
 * The string of some UTF-8 bytes; with `fatal`, `null` for invalid UTF-8 instead of U+FFFD
 * replacements. A byte-order mark is kept (callers strip it).
 *
 * @example
 *   decodeUtf8(new Uint8Array([0xc3]), { fatal: true }) // => null
 */
export function decodeUtf8(bytes: Uint8Array, options: { readonly fatal?: boolean } = {}): string | null {
  const isFatal = options.fatal === true
  try {
    return decoderOf(isFatal).decode(bytes)
  } catch {
    return null
  }
}

// One decoder of each kind, made on first use and reused: a one-shot `decode` (no `stream`) keeps
// no state between calls, and making a TextDecoder costs more than decoding a small XML part
// (Node opens an ICU converter each time).
let fatalDecoder: Decoder | null = null
let lenientDecoder: Decoder | null = null

function decoderOf(isFatal: boolean): Decoder {
  if (isFatal) return (fatalDecoder ??= new codecs.TextDecoder('utf-8', { fatal: true, ignoreBOM: true }))
  return (lenientDecoder ??= new codecs.TextDecoder('utf-8', { fatal: false, ignoreBOM: true }))
}
