import type { Result } from '@core/result'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { decodeExcelEscapes } from './decodeExcelEscapes'
import { isSpreadsheetNamespace, parseXmlPart, StopXmlPart } from './parseXmlPart'

/**
 * The shared-string table, in one pass of the tokenizer: each `<si>` is its `<t>` text, or its
 * rich-text runs (`<r><t>`) joined; phonetic runs (`<rPh>`) are left out, `_xHHHH_` escapes
 * decoded. Refused: more strings than `maxSharedStrings` (`too-many-shared-strings`), a text
 * longer than `maxTextLength` (`text-too-long`), and whatever the tokenizer refuses.
 *
 * @example
 *   readSharedStrings(bytes, 'xl/sharedStrings.xml', limits) // => ok(['Mã', 'Sở TT&TT'])
 */
export function readSharedStrings(
  data: Uint8Array,
  part: string,
  limits: WorkbookReadLimits,
): Result<readonly string[], readonly WorkbookReadIssue[]> {
  const strings: string[] = []
  let pieces: string[] = []
  let length = 0
  let inString = false
  let inText = false
  let phoneticDepth = 0
  const read = parseXmlPart(data, part, limits.maxXmlDepth, {
    open: (tag) => {
      if (!isSpreadsheetNamespace(tag.uri)) return
      if (tag.local === 'si') {
        if (strings.length >= limits.maxSharedStrings)
          throw new StopXmlPart([
            {
              code: 'too-many-shared-strings',
              part,
              count: strings.length + 1,
              limit: limits.maxSharedStrings,
            },
          ])
        ;[inString, pieces, length, phoneticDepth] = [true, [], 0, 0]
      } else if (tag.local === 'rPh') phoneticDepth += 1
      else if (tag.local === 't' && inString && phoneticDepth === 0) inText = true
    },
    close: (tag) => {
      if (!isSpreadsheetNamespace(tag.uri)) return
      if (tag.local === 't') inText = false
      else if (tag.local === 'rPh') phoneticDepth -= 1
      else if (tag.local === 'si' && inString) {
        inString = false
        strings.push(decodeExcelEscapes(pieces.join('')))
      }
    },
    text: (text) => {
      if (!inText) return
      length += text.length
      if (length > limits.maxTextLength)
        throw new StopXmlPart([{ code: 'text-too-long', part, length, limit: limits.maxTextLength }])
      pieces.push(text)
    },
  })
  return read.ok ? { ok: true, value: strings } : read
}
