import { describe, expect, it } from 'vitest'
import {
  developers,
  genericNotes,
  portalNotes,
  portalStacks,
  portalUpgrades,
  specialisedSoftware,
} from './vietnameseText'

describe('vietnameseText', () => {
  it('holds non-empty texts in Unicode NFC', () => {
    const texts = [
      ...specialisedSoftware,
      ...developers,
      ...portalNotes,
      ...portalUpgrades,
      ...genericNotes,
      ...portalStacks.flatMap((stack) => [stack.core, stack.language, stack.database]),
    ]

    expect(texts.every((text) => text.trim() !== '' && text === text.normalize('NFC'))).toBe(true)
  })

  it('names each specialised software once', () => {
    expect(new Set(specialisedSoftware).size).toBe(specialisedSoftware.length)
  })
})
