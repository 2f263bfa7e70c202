/**
 * Inflates one zip entry's raw DEFLATE data into exactly `size` bytes: the inflated bytes when the
 * data inflates to exactly `size`, `null` when it inflates to any other size (it must stop after at
 * most `size + 1` bytes, so a lying size never costs more memory than declared), `'corrupt'` when
 * the data is not valid DEFLATE. The reader's own inflater (fflate, pure JS) runs everywhere; a host
 * with a native one passes it to `readWorkbook` (Node's zlib in `ictwb import` and its parse
 * workers: `src/cli/nodeRawInflater.ts`, about twice as fast over a questionnaire workbook).
 *
 * @example
 *   const inflateRaw: RawInflater = (compressed, size) => myInflate(compressed, size + 1)
 */
export type RawInflater = (compressed: Uint8Array, size: number) => Uint8Array | null | 'corrupt'
