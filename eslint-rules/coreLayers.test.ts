import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { CORE_LAYERS } from './coreLayers.mjs'

// The repository's own ESLint configuration, on files that do not exist: shows that a wrong-way
// import in src/core fails `npm run lint`.
const root = resolve(__dirname, '..')
const eslint = new ESLint({ cwd: root })
const layerErrors = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return (result?.messages ?? []).filter((message) => message.ruleId === 'core-layers/one-way')
}

describe('core-layers/one-way', () => {
  it('fails a lower folder importing a higher one (formula → scoring)', async () => {
    const errors = await layerErrors(
      'src/core/formula/wrongWay.ts',
      "import { computeAssessment } from '@core/scoring/computeAssessment'\nexport const x = computeAssessment\n",
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain('core/formula may not import core/scoring')
  })

  it('fails a wrong-way import written as a relative path, and a dynamic import', async () => {
    const errors = await layerErrors(
      'src/core/responses/wrongWay.ts',
      "import { x } from '../storage/database'\nexport const y = () => import('@core/formats/coinr/importIMeta')\nexport const z = x\n",
    )
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining('core/responses may not import core/storage'),
      expect.stringContaining('core/responses may not import core/formats'),
    ])
  })

  it('lets a higher folder import a lower one through @core, and refuses a relative path across folders', async () => {
    expect(
      await layerErrors(
        'src/core/formats/rightWay.ts',
        "import { computeAssessment } from '@core/scoring/computeAssessment'\nexport const x = computeAssessment\n",
      ),
    ).toEqual([])
    const relative = await layerErrors(
      'src/core/formats/coinr/relative.ts',
      "import { computeAssessment } from '../../scoring/computeAssessment'\nexport const x = computeAssessment\n",
    )
    expect(relative.map((error) => error.message)).toEqual([expect.stringContaining("'@core/scoring/…'")])
  })

  it('leaves tests and their testing/ helpers free to reach any folder', async () => {
    const code = "import { openDatabase } from '@core/storage/database'\nexport const x = openDatabase\n"
    expect(await layerErrors('src/core/formula/anything.test.ts', code)).toEqual([])
    expect(await layerErrors('src/core/formula/testing/helper.ts', code)).toEqual([])
  })

  it('refuses a core folder that has no place in the order', async () => {
    const errors = await layerErrors(
      'src/core/newthing/file.ts',
      "import { parseFormula } from '@core/formula/parseFormula'\nexport const x = parseFormula\n",
    )
    expect(errors[0]?.message).toContain('core/newthing is not in CORE_LAYERS')
  })

  it('is the order docs/architecture.md documents', () => {
    const page = readFileSync(resolve(root, 'docs/architecture.md'), 'utf8')
    const documented = [...page.matchAll(/^\| (\d+) \| `(\w[\w-]*)\/` \|/gm)].map((match) => match[2])
    expect(documented).toEqual(CORE_LAYERS)
  })
})
