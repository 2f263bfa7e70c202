import { describe, expect, it } from 'vitest'
import { removeXmlElements } from './removeXmlElements'

describe('removeXmlElements', () => {
  it('removes elements with content, self-closing ones, and several names', () => {
    const xml =
      '<ws><sheetData/><dataValidations count="1"><dataValidation sqref="A1"/></dataValidations><hyperlinks/><drawing r:id="1"/><drawingX/></ws>'

    expect(removeXmlElements(xml, ['dataValidations', 'hyperlinks', 'drawing'])).toBe(
      '<ws><sheetData/><drawingX/></ws>',
    )
  })

  it('keeps an element left open, and text that only mentions the name', () => {
    expect(removeXmlElements('<a><extLst><x/>', ['extLst'])).toBe('<a><extLst><x/>')
    expect(removeXmlElements('<t>&lt;extLst&gt;</t>', ['extLst'])).toBe('<t>&lt;extLst&gt;</t>')
  })
})
