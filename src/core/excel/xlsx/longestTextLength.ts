const TEXT_ELEMENT = /<t(?:\s[^>]*)?>([^<]*)<\/t>/g
const ENTITY = /&[^;&<]{1,10};/g

/**
 * The length of the longest `<t>` text (shared strings, inline strings, rich-text runs), counting
 * each entity or character reference as one character; cheap for the common short texts.
 *
 * @example
 *   longestTextLength('<si><t>a&amp;b</t></si><si><t xml:space="preserve"> x </t></si>') // => 3
 */
export function longestTextLength(xml: string): number {
  let longest = 0
  for (const match of xml.matchAll(TEXT_ELEMENT)) {
    const raw = match[1] ?? ''
    if (raw.length <= longest) continue
    longest = Math.max(longest, raw.includes('&') ? raw.replace(ENTITY, '_').length : raw.length)
  }
  return longest
}
