type Utf8Decoder = { decode(bytes: Uint8Array): string }
type DecoderConstructor = new (
  label: 'utf-8',
  options: { readonly fatal: boolean; readonly ignoreBOM: boolean },
) => Utf8Decoder

/**
 * Bytes as UTF-8 text without a leading byte-order mark (Notepad and Excel's "CSV UTF-8" write
 * one); `null` when the bytes are not valid UTF-8 (a CSV saved in a Windows code page, for example).
 * Uses the platform's `TextDecoder`, present in browsers and Node (core's type check has no DOM
 * library, hence the typed lookup).
 *
 * @example
 *   decodeUtf8Text(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // => 'a'
 *   decodeUtf8Text(new Uint8Array([0xff])) // => null
 */
export function decodeUtf8Text(bytes: Uint8Array): string | null {
  const TextDecoderClass = (globalThis as unknown as { readonly TextDecoder: DecoderConstructor }).TextDecoder
  try {
    return new TextDecoderClass('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}
