/**
 * Removes every element called one of `names` (with its content) from XML text, by plain
 * searching: linear, no regular-expression backtracking. Elements must not nest in themselves
 * (true of the worksheet and workbook children this is used for); an element left open is kept.
 *
 * @example
 *   removeXmlElements('<a><b x="1"><c/></b><d/><b/></a>', ['b']) // => '<a><d/></a>'
 */
export function removeXmlElements(xml: string, names: readonly string[]): string {
  let result = xml
  for (const name of names) result = removeElement(result, name)
  return result
}

function removeElement(xml: string, name: string): string {
  const open = `<${name}`
  const close = `</${name}`
  const pieces: string[] = []
  let from = 0
  for (let start = xml.indexOf(open); start !== -1; start = xml.indexOf(open, start + 1)) {
    if (start < from || !/[\s/>]/.test(xml.charAt(start + open.length))) continue
    const tagEnd = xml.indexOf('>', start)
    if (tagEnd === -1) break
    let end = tagEnd + 1
    if (xml.charAt(tagEnd - 1) !== '/') {
      const closeStart = xml.indexOf(close, tagEnd)
      const closeEnd = closeStart === -1 ? -1 : xml.indexOf('>', closeStart)
      if (closeEnd === -1) break
      end = closeEnd + 1
    }
    pieces.push(xml.slice(from, start))
    from = end
  }
  pieces.push(xml.slice(from))
  return pieces.join('')
}
