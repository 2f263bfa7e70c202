import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../i18n/languages'
import { guideImages } from './guideContent'

const ROOT = join(__dirname, '..', '..', '..', '..', '..')
const SPEC = join(ROOT, 'tests', 'e2e', 'guide-screens.spec.ts')
const PUBLIC = join(ROOT, 'src', 'renderer', 'public', 'guide')

/** The names the screenshots spec gives to `shoot(page, '<name>', …)`: the pictures it writes. */
const shotsOfSpec = (): string[] =>
  [...readFileSync(SPEC, 'utf8').matchAll(/\bshoot\(\s*\w+,\s*'([a-z0-9-]+)'/g)].map((match) => match[1]!)

describe('the guide’s screenshots', () => {
  it('are all taken by the screenshots spec', () => {
    const shots = shotsOfSpec()

    expect(shots.length).toBeGreaterThan(0)
    for (const image of guideImages())
      expect(shots, `${image} is not taken by guide-screens.spec.ts`).toContain(image)
  })

  it('are all in the app’s static folder, in every language', () => {
    for (const language of LANGUAGES)
      for (const image of guideImages())
        expect(
          existsSync(join(PUBLIC, language, `${image}.png`)),
          `public/guide/${language}/${image}.png`,
        ).toBe(true)
  })

  it('are all shown by the guide: the spec takes none for nothing', () => {
    expect([...new Set(shotsOfSpec())].sort()).toEqual([...guideImages()].sort())
  })
})
