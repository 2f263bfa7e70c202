const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7}));/g
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/**
 * Replaces XML's predefined entities and character references; anything else is left as is.
 *
 * @example
 *   decodeXmlEntities('Sở TT&amp;TT &#x41;') // => 'Sở TT&TT A'
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(
    ENTITY,
    (whole, name: string | undefined, hex: string | undefined, decimal: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? whole
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal)
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    },
  )
}

/**
 * The attributes of one start tag's text, values decoded, in a `Map` (never a plain object:
 * attribute names come from the file).
 *
 * @example
 *   parseXmlAttributes('sheet name="A&amp;B" r:id="rId1"').get('name') // => 'A&B'
 */
export function parseXmlAttributes(tag: string): ReadonlyMap<string, string> {
  const attributes = new Map<string, string>()
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? ''
    if (!attributes.has(name)) attributes.set(name, decodeXmlEntities(match[2] ?? match[3] ?? ''))
  }
  return attributes
}

/**
 * The start tags (their text between `<name` and `>`) of every element called `name`, in order.
 *
 * @example
 *   [...findStartTags('<a x="1"/><ab/><a y="2">', 'a')] // => [' x="1"/', ' y="2"']
 */
export function* findStartTags(xml: string, name: string): Generator<string> {
  const pattern = new RegExp(`<${name.replace(/[.]/g, '\\.')}(?=[\\s/>])([^>]*)>`, 'g')
  for (const match of xml.matchAll(pattern)) yield match[1] ?? ''
}
