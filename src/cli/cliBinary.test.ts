// Runs the built `ictwb` binary as a user would (after `npm run build`).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const bin = resolve(__dirname, '../../bin/ictwb.cjs')
const run = (...args: string[]) => runIn(undefined, ...args)
const runIn = (cwd: string | undefined, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ICTWB_LANG: 'en' },
    ...(cwd === undefined ? {} : { cwd }),
  })

describe('the ictwb binary', () => {
  it('prints its commands for --help and exits 0', () => {
    const result = run('--help')

    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: ictwb <command>')
  })

  it('exits 2 on an unknown command without a stack trace', () => {
    const result = run('nope')

    expect(result.status).toBe(2)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stderr.trim().split('\n')).toHaveLength(2)
  })

  it('reads a file named --help when it comes after --', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ictwb-dashdash-'))
    try {
      writeFileSync(join(folder, '--help'), 'not a workbook')

      const result = runIn(folder, 'import', '--framework', 'dti-points', '--', '--help')

      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/^REJECTED --help not-an-xlsx-file /)
      expect(result.stdout).not.toContain('Usage:')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('takes --help after --out as a missing value (exit 2), not as a request for help', () => {
    const result = run('score', '--out', '--help')

    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('Option --out needs a value.\n')
  })
})
