import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../i18n/languages'
import { guideImages } from './guideContent'

const ROOT = join(__dirname, '..', '..', '..', '..', '..')
/** The e2e specs that take the guide's pictures: the guide's own walk, and the round's and the council's. */
const SPECS = ['guide-screens.spec.ts', 'appraisal-round.spec.ts', 'council.spec.ts'].map((name) =>
  join(ROOT, 'tests', 'e2e', name),
)
const PUBLIC = join(ROOT, 'src', 'renderer', 'public', 'guide')

/** The names the specs give to `shoot(page, '<name>', …)`: the pictures they write. */
const shotsOfSpec = (): string[] =>
  SPECS.flatMap((spec) =>
    [...readFileSync(spec, 'utf8').matchAll(/\bshoot\(\s*\w+,\s*'([a-z0-9-]+)'/g)].map((match) => match[1]!),
  )

describe('the guide’s screenshots', () => {
  it('are all taken by the screenshots spec', () => {
    const shots = shotsOfSpec()

    expect(shots.length).toBeGreaterThan(0)
    for (const image of guideImages())
      expect(shots, `${image} is not taken by any of the guide's e2e specs`).toContain(image)
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
