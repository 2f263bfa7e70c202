import { fc, test } from '@fast-check/vitest'
import { describe, expect, it, vi } from 'vitest'
import { digestSha256Hex } from '@core/sha256'
import { decodeBackup, encodeBackup, type BackupTables } from './backupFormat'

const about = {
  createdAt: '2025-03-01T08:00:00.000Z',
  appVersion: '0.1.0',
  database: 'ict-index-workbench',
  schemaVersion: 1,
}

async function encoded(tables: BackupTables): Promise<Uint8Array> {
  const result = await encodeBackup(tables, about)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value.bytes
}

describe('encodeBackup and decodeBackup', () => {
  it('round-trips rows with bytes, dates, undefined, special numbers and a tag-like key', async () => {
    const tables = {
      evidence: [{ id: 'e1', bytes: new Uint8Array([0, 1, 254, 255]), at: new Date(Date.UTC(2025, 0, 2)) }],
      odd: [
        {
          id: 'o1',
          missing: undefined,
          nan: Number.NaN,
          negativeZero: -0,
          big: 12345678901234567890n,
          __ictwb: 'not a tag',
          list: [1, undefined, null],
        },
      ],
    }

    const decoded = await decodeBackup(await encoded(tables))

    expect(decoded).toEqual({
      ok: true,
      value: {
        header: expect.objectContaining({ recordCount: 2, tableCounts: { evidence: 1, odd: 1 } }),
        tables,
      },
    })
    expect(
      Object.is(
        decoded.ok && (decoded.value.tables['odd']?.[0] as { negativeZero: number }).negativeZero,
        -0,
      ),
    ).toBe(true)
  })

  it('keeps Vietnamese, Khmer, Thai, Arabic, CJK, emoji and combining marks exactly (Dexie #2105 class)', async () => {
    const texts = [
      'Sở Thông tin và Truyền thông',
      'ក្រសួង',
      'กระทรวง',
      'وزارة',
      '信息通信部',
      '👩🏽‍💻🇻🇳',
      'Tiếng Việt',
      'e\u0301\u0323',
    ]
    const tables = { units: texts.map((name, index) => ({ code: `U${index}`, name: name.repeat(5000) })) }

    const decoded = await decodeBackup(await encoded(tables))

    expect(decoded.ok && decoded.value.tables).toEqual(tables)
  })

  it('records the SHA-256 of the tables text as the content hash', async () => {
    const result = await encodeBackup({ settings: [{ key: 'a', value: 1 }] }, about)

    expect(result.ok && result.value.header.contentHash).toBe(
      await digestSha256Hex(new TextEncoder().encode('{"settings":[{"key":"a","value":1}]}')),
    )
  })

  it('refuses a value IndexedDB could hold but the format cannot (a Map), naming where it is', async () => {
    expect(await encodeBackup({ settings: [{ key: 'a', value: new Map() }] }, about)).toEqual({
      ok: false,
      error: { code: 'unsupported-value', path: 'settings[0].value', kind: 'Map' },
    })
  })

  it('detects one flipped byte anywhere in the file', async () => {
    const bytes = await encoded({
      settings: [{ key: 'language', value: 'vi' }],
      units: [{ code: 'SYT', name: 'Sở Y tế' }],
    })
    const outcomes = new Set<string>()
    for (let index = 0; index < bytes.length; index += 1) {
      const damaged = bytes.slice()
      damaged[index] = (damaged[index] as number) ^ 0x01
      const decoded = await decodeBackup(damaged)
      outcomes.add(decoded.ok ? 'accepted' : decoded.error.code)
    }

    expect(outcomes.has('accepted')).toBe(false)
  })

  it('detects a truncated file', async () => {
    const bytes = await encoded({ settings: [{ key: 'language', value: 'vi' }] })

    for (const length of [0, 10, bytes.length - 1, bytes.length - 20]) {
      expect((await decodeBackup(bytes.slice(0, length))).ok).toBe(false)
    }
  })

  it('says plainly when the file is not a backup at all', async () => {
    expect(await decodeBackup(new TextEncoder().encode('{"hello":1}'))).toEqual({
      ok: false,
      error: { code: 'not-a-backup' },
    })
  })

  it('keeps a __proto__ key of a hostile file as a plain field', async () => {
    const tablesJson = '{"settings":[{"key":"x","__proto__":{"polluted":true}}]}'
    const unsealed = {
      ...about,
      recordCount: 1,
      tableCounts: { settings: 1 },
      contentHash: await digestSha256Hex(new TextEncoder().encode(tablesJson)),
    }
    const header = {
      ...unsealed,
      integrity: await digestSha256Hex(
        new TextEncoder().encode(`${JSON.stringify(unsealed)}\n${tablesJson}`),
      ),
    }
    const text = `{"format":"ict-index-workbench-backup","formatVersion":1,"header":${JSON.stringify(header)},"tables":${tablesJson}}`

    const decoded = await decodeBackup(new TextEncoder().encode(text))

    expect(decoded.ok).toBe(true)
    const row = decoded.ok ? (decoded.value.tables['settings']?.[0] as Record<string, unknown>) : {}
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

const jsonLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.uint8Array({ maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value

test.prop([fc.array(jsonLike, { maxLength: 10 })])('decodes what it encodes', async (rows) => {
  const decoded = await decodeBackup(await encoded({ anything: rows }))

  expect(decoded.ok && decoded.value.tables['anything']).toEqual(rows)
})

describe('digestSha256Hex without Web Crypto (a page served over plain http)', () => {
  it('hashes with the synchronous SHA-256 and gives the same hex', async () => {
    const bytes = new TextEncoder().encode('{"settings":[]}')
    const native = await digestSha256Hex(bytes)
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) })
    try {
      expect(await digestSha256Hex(bytes)).toBe(native)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
