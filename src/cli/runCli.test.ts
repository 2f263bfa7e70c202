import { describe, expect, it } from 'vitest'
import { runCli, type CliIo } from './runCli'

function capture(env: Record<string, string | undefined> = {}) {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = { out: (line) => out.push(line), error: (line) => error.push(line), env }
  return { io, out, error }
}

describe('runCli', () => {
  it('prints the usage in Vietnamese by default', async () => {
    const { io, out } = capture()

    expect(await runCli(['--help'], io, '1.2.3')).toBe(0)
    expect(out.join('\n')).toContain('Cách dùng: ictwb <lệnh>')
  })

  it('prints the usage in English with --lang en', async () => {
    const { io, out } = capture()

    expect(await runCli(['--lang', 'en', 'help'], io, '1.2.3')).toBe(0)
    expect(out.join('\n')).toContain('Usage: ictwb <command>')
  })

  it('follows ICTWB_LANG when no flag is given', async () => {
    const { io, out } = capture({ ICTWB_LANG: 'en' })

    await runCli([], io, '1.2.3')

    expect(out.join('\n')).toContain('Commands:')
  })

  it('prints the version', async () => {
    const { io, out } = capture()

    expect(await runCli(['--version'], io, '1.2.3')).toBe(0)
    expect(out).toEqual(['1.2.3'])
  })

  it('rejects an unknown command with one line and a pointer to --help, exit code 2', async () => {
    const { io, out, error } = capture({ ICTWB_LANG: 'en' })

    expect(await runCli(['frobnicate'], io, '1.2.3')).toBe(2)
    expect(error).toEqual(['Unknown command: "frobnicate".', 'Run "ictwb --help" to see the commands.'])
    expect(out).toEqual([])
  })

  it('rejects an unknown option', async () => {
    const { io, error } = capture()

    expect(await runCli(['--frobnicate'], io, '1.2.3')).toBe(2)
    expect(error[0]).toBe('Tuỳ chọn không hợp lệ: "--frobnicate".')
  })

  it('rejects a language other than vi or en', async () => {
    const { io, error } = capture()

    expect(await runCli(['--lang', 'fr', '--help'], io, '1.2.3')).toBe(2)
    expect(error).toEqual(['Ngôn ngữ phải là "vi" hoặc "en" (nhận được "fr").'])
  })

  it('rejects --lang without a value', async () => {
    const { io, error } = capture()

    expect(await runCli(['--lang'], io, '1.2.3')).toBe(2)
    expect(error).toEqual(['Tuỳ chọn --lang cần một giá trị.'])
  })
})
