import { describe, expect, it } from 'vitest'
import { isHangingFile, PARSE_DIAGNOSTICS_KEY, readParseDiagnostics } from './parseDiagnostics'

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === PARSE_DIAGNOSTICS_KEY ? value : null),
})

describe('readParseDiagnostics', () => {
  it('reads a shorter time limit and the file to hang on', () => {
    expect(readParseDiagnostics(storage('{"timeoutMs":1500,"hangOn":"poison.xlsx"}'))).toEqual({
      timeoutMs: 1500,
      hangOn: 'poison.xlsx',
    })
  })

  it('ignores what is missing, unreadable or out of range', () => {
    expect(readParseDiagnostics(storage(null))).toEqual({})
    expect(readParseDiagnostics(undefined)).toEqual({})
    expect(readParseDiagnostics(storage('not json'))).toEqual({})
    expect(readParseDiagnostics(storage('42'))).toEqual({})
    expect(readParseDiagnostics(storage('{"timeoutMs":5,"hangOn":""}'))).toEqual({})
    expect(readParseDiagnostics(storage('{"timeoutMs":"1500","hangOn":7}'))).toEqual({})
    expect(readParseDiagnostics(storage('{"timeoutMs":1500.5}'))).toEqual({})
  })

  it('reads nothing when the storage throws (storage disabled)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readParseDiagnostics(throwing)).toEqual({})
  })
})

describe('isHangingFile', () => {
  it('matches the file by its name or the end of its path, nothing else', () => {
    expect(isHangingFile('poison.xlsx', 'poison.xlsx')).toBe(true)
    expect(isHangingFile('lot/poison.xlsx', 'poison.xlsx')).toBe(true)
    expect(isHangingFile('C:\\lot\\poison.xlsx', 'poison.xlsx')).toBe(true)
    expect(isHangingFile('not-poison.xlsx', 'poison.xlsx')).toBe(false)
    expect(isHangingFile('poison.xlsx.zip', 'poison.xlsx')).toBe(false)
  })
})
