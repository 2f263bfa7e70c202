// The README's `npx ictwb …` examples, run as written (with the built binary, after
// `npm run build`) in an empty folder beside a link to the repository's examples/: a clone of
// this repository alone must be able to follow them.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const bin = join(root, 'bin/ictwb.cjs')

/** The README's example commands: every `npx ictwb` line of its bash blocks, continuations joined. */
function readmeExamples(): string[][] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```bash\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')
  const lines = blocks.flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n'))
  return lines
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx ictwb '))
    .map((line) => line.slice('npx ictwb '.length).split(/\s+/))
}

const folder = mkdtempSync(join(tmpdir(), 'ictwb-readme-'))
symlinkSync(join(root, 'examples'), join(folder, 'examples'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe("the README's ictwb examples", () => {
  const examples = readmeExamples()

  it('are there (frameworks, framework check and convert, score, sample, report, import, compare, verify, sensitivity)', () => {
    expect(examples.map((args) => args[0])).toEqual(
      expect.arrayContaining([
        'frameworks',
        'framework',
        'score',
        'sample',
        'report',
        'import',
        'compare',
        'verify',
        'sensitivity',
      ]),
    )
  })

  it.each(examples.map((args) => [args.join(' '), args] as const))('ictwb %s runs', (_, args) => {
    // The import example reads the workbooks the evaluator received; here, the sample's.
    if (
      args[0] === 'import' &&
      !existsSync(join(folder, 'phieu-da-nhan')) &&
      existsSync(join(folder, 'phieu-mau'))
    )
      cpSync(join(folder, 'phieu-mau'), join(folder, 'phieu-da-nhan'), { recursive: true })
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.status, result.stderr).toBe(0)
    const out = args.indexOf('--out')
    if (out >= 0) expect(existsSync(join(folder, args[out + 1] ?? ''))).toBe(true)
  })

  it('leave the files they promise', () => {
    expect(readdirSync(folder)).toEqual(
      expect.arrayContaining([
        'dept.xlsx',
        'scores.csv',
        'sample.csv',
        'phieu-mau',
        'ket-qua.xlsx',
        'xep-hang.csv',
        'so-sanh.xlsx',
        'do-nhay.json',
      ]),
    )
  })
})
