import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..', '..', '..')
const SCANNED = ['src/renderer/src', 'src/cli', 'src/core/formats']

/**
 * Dates and numbers reach people through one module (src/renderer/src/i18n/format.ts, backed by
 * src/shared/displayFormat.ts). A call below formats by itself, with the browser's or the
 * operating system's idea of a date ("07:30:05 5/3/2025"), so it is refused here.
 */
const AD_HOC = /\.toLocale(?:Date|Time)?String\(|new Intl\.DateTimeFormat\(|\b(?:dateStyle|timeStyle)\s*:/

/** Allowed exceptions, each with its reason (path relative to the repository, then a substring of the line). */
const ALLOWED: readonly { readonly file: string; readonly line: string; readonly reason: string }[] = []

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test(-prop)?\.tsx?$/.test(entry.name)) return []
    return [path]
  })
}

function adHocCalls(): string[] {
  return SCANNED.flatMap((folder) =>
    sourceFiles(join(ROOT, folder)).flatMap((path) => {
      const file = relative(ROOT, path).split('\\').join('/')
      return readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          AD_HOC.test(line) &&
          !ALLOWED.some((allowed) => allowed.file === file && line.includes(allowed.line))
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        )
    }),
  )
}

describe('dates and times are formatted in one place', () => {
  it('finds no toLocale*String, Intl.DateTimeFormat or dateStyle/timeStyle outside the formatting module', () => {
    expect(adHocCalls()).toEqual([])
  })

  it('would catch such a call (the pattern matches what it is meant to refuse)', () => {
    expect(AD_HOC.test('new Date(at).toLocaleString(language)')).toBe(true)
    expect(AD_HOC.test('savedAt.toLocaleTimeString("vi-VN")')).toBe(true)
    expect(AD_HOC.test("new Intl.DateTimeFormat(locale, { dateStyle: 'short' })")).toBe(true)
    expect(AD_HOC.test("code.toLocaleUpperCase('vi')")).toBe(false)
    expect(AD_HOC.test('formatDateTime(entry.at)')).toBe(false)
  })

  it('scans real folders (a wrong path would make the first test pass without looking)', () => {
    expect(SCANNED.map((folder) => sourceFiles(join(ROOT, folder)).length > 5)).toEqual([true, true, true])
  })
})
