import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import type { ManifestDigests } from './resultsManifest'

/** The name of the very hidden sheet that holds the manifest. */
export const MANIFEST_SHEET = '_manifest'

/**
 * Where things sit on the manifest sheet (1-based rows; labels in column A, values in column B):
 * the format name and version, the three digests, the number of JSON chunks and the JSON's length
 * (UTF-16 code units), then the chunks, one per row in column A from `firstChunkRow`.
 */
export const MANIFEST_LAYOUT = {
  formatRow: 1,
  digestRows: { framework: 2, answers: 3, results: 4 },
  chunkCountRow: 5,
  lengthRow: 6,
  firstChunkRow: 7,
  /** At most this many characters per chunk, well under Excel's 32,767 per cell. */
  chunkLength: 8_000,
} as const

/** Labels of the header rows (column A). */
export const MANIFEST_LABELS = {
  framework: 'framework-sha256',
  answers: 'answers-sha256',
  results: 'results-sha256',
  chunkCount: 'json-chunks',
  length: 'json-length',
} as const

/**
 * Splits a JSON text into chunks of at most `maxLength` characters, cutting only where the next
 * chunk starts with an ASCII character a spreadsheet keeps as it is (a letter, digit, quote,
 * bracket, brace, comma or colon) and the chunk does not end in white space: no chunk starts with
 * `=`, `+`, `-`, `@`, an apostrophe or a space, and no surrogate pair is cut. Joining the chunks
 * gives the text back.
 *
 * @example
 *   splitJsonText('{"a":[1,2,3]}', 6) // => ['{"a":[', '1,2,3]', '}']
 */
export function splitJsonText(text: string, maxLength: number = MANIFEST_LAYOUT.chunkLength): string[] {
  const chunks: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + maxLength)
    if (end < text.length) {
      let cut = end
      while (cut > start + 1 && !isSafeCut(text, cut)) cut -= 1
      end = cut > start + 1 ? cut : end
    }
    chunks.push(text.slice(start, end))
    start = end
  }
  return chunks
}

const SAFE_START = /[0-9A-Za-z"{}[\]:,]/
const isSafeCut = (text: string, at: number): boolean =>
  SAFE_START.test(text.charAt(at)) && !/\s/.test(text.charAt(at - 1))

/**
 * The manifest sheet, very hidden (`veryHidden`: Excel shows it again only from VBA): the header
 * rows of `MANIFEST_LAYOUT`, then the manifest's canonical JSON in chunks.
 *
 * @example
 *   manifestSheet(canonicalJson(manifest), digests).state // => 'veryHidden'
 */
export function manifestSheet(json: string, digests: ManifestDigests): SheetSpec {
  const chunks = splitJsonText(json)
  const rows: SpecCell[][] = [
    ['ictwb-results-manifest', 1],
    [MANIFEST_LABELS.framework, digests.framework],
    [MANIFEST_LABELS.answers, digests.answers],
    [MANIFEST_LABELS.results, digests.results],
    [MANIFEST_LABELS.chunkCount, chunks.length],
    [MANIFEST_LABELS.length, json.length],
    ...chunks.map((chunk) => [chunk]),
  ]
  return { name: MANIFEST_SHEET, state: 'veryHidden', columns: [{ width: 40 }, { width: 70 }], rows }
}
