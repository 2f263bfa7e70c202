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

  describe('where --help and -- stand', () => {
    it('prints the usage for --help or -h after a command, even next to a mistake', async () => {
      for (const args of [
        ['score', '--framework', 'dept-ict-readiness', '--help'],
        ['score', '-h'],
        ['score', '--bogus', '--help'],
        ['--help', 'frobnicate'],
      ]) {
        const { io, out, error } = capture({ ICTWB_LANG: 'en' })

        expect(await runCli(args, io, '1.2.3')).toBe(0)
        expect(out.join('\n')).toContain('Usage: ictwb <command>')
        expect(error).toEqual([])
      }
    })

    it('takes --help after --out as a missing value, not as help', async () => {
      const vi = capture()
      const en = capture({ ICTWB_LANG: 'en' })

      expect(await runCli(['score', '--out', '--help'], vi.io, '1.2.3')).toBe(2)
      expect(await runCli(['score', '--out', '--help'], en.io, '1.2.3')).toBe(2)
      expect(vi.error).toEqual(['Tuỳ chọn --out cần một giá trị.'])
      expect(en.error).toEqual(['Option --out needs a value.'])
      expect([...vi.out, ...en.out]).toEqual([])
    })

    it('takes --out=--help as the value, refused as a file type', async () => {
      const { io, out, error } = capture({ ICTWB_LANG: 'en' })

      const code = await runCli(
        ['score', '--framework', 'dept-ict-readiness', '--data', 'x.csv', '--out=--help'],
        io,
        '1.2.3',
      )

      expect(code).toBe(2)
      expect(error).toEqual(['Unsupported file type "--help"; use .csv, .xlsx, .json.'])
      expect(out).toEqual([])
    })

    it('treats --help after -- as an argument: a framework file named --help', async () => {
      const { io, out, error } = capture({ ICTWB_LANG: 'en' })

      expect(await runCli(['framework', 'check', '--', '--help'], io, '1.2.3')).toBe(2)
      expect(error[0]).toMatch(/^There is no built-in framework "--help" and no such file\./)
      expect(out).toEqual([])
    })

    it('refuses --help after -- where the command takes no argument', async () => {
      const { io, error } = capture()

      expect(await runCli(['score', '--', '--help'], io, '1.2.3')).toBe(2)
      expect(error).toEqual(['Thừa tham số: "--help".'])
    })

    it('takes --lang after -- as an argument, not as the language', async () => {
      const { io, error } = capture()

      expect(await runCli(['framework', 'check', 'x', '--', '--lang', 'en'], io, '1.2.3')).toBe(2)
      expect(error).toEqual(['Thừa tham số: "--lang".'])
    })
  })

  describe('option errors, exit code 2, one line, no stack trace', () => {
    it('names an unknown option of a command in Vietnamese and English', async () => {
      const vi = capture()
      const en = capture()

      expect(await runCli(['score', '--frobnicate'], vi.io, '1.2.3')).toBe(2)
      expect(await runCli(['score', '--frobnicate', '--lang', 'en'], en.io, '1.2.3')).toBe(2)
      expect(vi.error).toEqual(['Tuỳ chọn không hợp lệ: "--frobnicate".'])
      expect(en.error).toEqual(['Unknown option: "--frobnicate".'])
    })

    it('names a missing value at the end of the line', async () => {
      const { io, error } = capture({ ICTWB_LANG: 'en' })

      expect(await runCli(['report', '--framework', 'dept-ict-readiness', '--data'], io, '1.2.3')).toBe(2)
      expect(error).toEqual(['Option --data needs a value.'])
    })

    it('refuses a value given to a flag', async () => {
      const { io, error } = capture({ ICTWB_LANG: 'en' })

      expect(await runCli(['score', '--denominate=yes'], io, '1.2.3')).toBe(2)
      expect(error).toEqual(['Unknown option: "--denominate=yes".'])
    })

    it('refuses an argument to a command that takes none', async () => {
      const { io, error } = capture({ ICTWB_LANG: 'en' })

      expect(await runCli(['frameworks', 'extra'], io, '1.2.3')).toBe(2)
      expect(error).toEqual(['Unexpected argument: "extra".'])
    })

    it('accepts --lang before or after the command, with = too', async () => {
      for (const args of [
        ['--lang', 'en', 'score', '--bogus'],
        ['score', '--bogus', '--lang=en'],
      ]) {
        const { io, error } = capture()

        expect(await runCli(args, io, '1.2.3')).toBe(2)
        expect(error).toEqual(['Unknown option: "--bogus".'])
      }
    })

    it('refuses --lang followed by another option as a missing value', async () => {
      const { io, error } = capture()

      expect(await runCli(['--lang', '--help'], io, '1.2.3')).toBe(2)
      expect(error).toEqual(['Tuỳ chọn --lang cần một giá trị.'])
    })
  })
})
