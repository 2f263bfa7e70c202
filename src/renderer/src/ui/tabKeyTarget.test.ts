import { describe, expect, it } from 'vitest'
import { tabKeyTarget } from './tabKeyTarget'

describe('tabKeyTarget', () => {
  it('moves right and left along a horizontal list, wrapping at both ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 3, 'horizontal')).toBe(1)
    expect(tabKeyTarget('ArrowRight', 2, 3, 'horizontal')).toBe(0)
    expect(tabKeyTarget('ArrowLeft', 1, 3, 'horizontal')).toBe(0)
    expect(tabKeyTarget('ArrowLeft', 0, 3, 'horizontal')).toBe(2)
  })

  it('uses Up and Down on a vertical list, and ignores the other pair', () => {
    expect(tabKeyTarget('ArrowDown', 0, 3, 'vertical')).toBe(1)
    expect(tabKeyTarget('ArrowUp', 0, 3, 'vertical')).toBe(2)
    expect(tabKeyTarget('ArrowRight', 0, 3, 'vertical')).toBeNull()
    expect(tabKeyTarget('ArrowDown', 0, 3, 'horizontal')).toBeNull()
  })

  it('goes to the first tab on Home and the last on End', () => {
    expect(tabKeyTarget('Home', 2, 4, 'horizontal')).toBe(0)
    expect(tabKeyTarget('End', 0, 4, 'vertical')).toBe(3)
  })

  it('leaves every other key to the browser, and an empty list alone', () => {
    expect(tabKeyTarget('Enter', 1, 3, 'horizontal')).toBeNull()
    expect(tabKeyTarget('a', 1, 3, 'horizontal')).toBeNull()
    expect(tabKeyTarget('Home', 0, 0, 'horizontal')).toBeNull()
  })
})
