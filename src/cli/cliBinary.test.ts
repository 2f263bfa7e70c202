// Runs the built `ictwb` binary as a user would (after `npm run build`).
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const bin = resolve(__dirname, '../../bin/ictwb.cjs')
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ICTWB_LANG: 'en' } })

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
})
