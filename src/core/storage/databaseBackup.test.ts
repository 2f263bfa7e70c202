import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { encodeBackup } from '@core/formats/backup/backupFormat'
import { decodeAnyBackup as decodeBackup } from '@core/formats/backup/decodeAnyBackup'
import { defineWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { exportDatabase, restoreDatabase } from './databaseBackup'
import { schemaHistory, type SchemaStep } from './schemaHistory'
import { tableContents } from './storageTestKit'

const uniqueName = (prefix: string) => `${prefix}-${crypto.randomUUID()}`
const SCRIPTS = [
  'Sở Thông tin và Truyền thông',
  'ក្រសួងប្រៃសណីយ៍',
  'กระทรวงดิจิทัล',
  'وزارة الاتصالات',
  '信息通信部',
  '👩🏽‍💻🇻🇳',
  'e\u0301\u0323\u0300',
]

async function seeded(name: string, submissions: number): Promise<WorkbenchDatabase> {
  const database = defineWorkbenchDatabase(name)
  await database.settings.put({ key: 'language', value: 'vi' })
  await database.units.bulkPut(SCRIPTS.map((text, index) => ({ code: `U${index}`, name: text, group: 'Sở' })))
  await database.submissions.bulkPut(
    Array.from({ length: submissions }, (_, index) => ({
      id: `s${index}`,
      frameworkId: 'vn-ict-index-province',
      frameworkVersion: '2025.1',
      unitCode: `U${index % SCRIPTS.length}`,
      year: 2025,
      status: 'draft',
      // Lengths around chunk-like boundaries (Dexie #2105 cut strings at chunk edges).
      answers: {
        note: (SCRIPTS[index % SCRIPTS.length] as string).repeat(1 + (index % 13)),
        score: index / 7,
      },
      updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
    })),
  )
  await database.evidence.put({
    id: 'e1',
    submissionId: 's0',
    questionCode: 'KiemChung',
    fileName: 'QĐ-123.pdf',
    bytes: new Uint8Array(70_000).map((_, index) => index % 251),
  })
  await database.auditLog.add({
    at: '2025-01-01T00:00:00.000Z',
    entityId: 's0',
    action: 'created',
    detail: { by: 'Nguyễn Văn A' },
  })
  return database
}

describe('exportDatabase and restoreDatabase', () => {
  it('round-trips 10,000 records in several scripts, with evidence bytes, into a fresh database (BAK-01)', async () => {
    const source = await seeded(uniqueName('source'), 10_000)
    const started = performance.now()

    const exported = await exportDatabase(source, { appVersion: '0.1.0' })
    const exportMs = performance.now() - started
    if (!exported.ok) throw new Error(JSON.stringify(exported.error))
    const decoded = await decodeBackup(exported.value.bytes)
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error))
    const target = defineWorkbenchDatabase(source.name.replace('source', 'target'))
    await target.open()
    const restored = await restoreDatabase(target, {
      ...decoded.value,
      header: { ...decoded.value.header, database: target.name },
    })

    expect(restored).toEqual({ ok: true, value: { recordCount: 10_000 + SCRIPTS.length + 3 } })
    expect(await tableContents(target)).toEqual(await tableContents(source))
    expect(exported.value.header.recordCount).toBe(10_000 + SCRIPTS.length + 3)
    console.info(
      `backup of ${exported.value.header.recordCount} records: ${exported.value.bytes.length} bytes, export+encode ${exportMs.toFixed(0)} ms`,
    )
  }, 60_000)

  it('replaces what the database held, in one transaction', async () => {
    const database = await seeded(uniqueName('replace'), 3)
    const exported = await exportDatabase(database, { appVersion: '0.1.0' })
    if (!exported.ok) throw new Error('export failed')
    await database.submissions.put({
      id: 'added-later',
      frameworkId: 'f',
      frameworkVersion: '1',
      unitCode: 'U0',
      year: 2025,
      status: 'draft',
      answers: {},
      updatedAt: '2025-02-01T00:00:00.000Z',
    })
    await database.settings.clear()
    const decoded = await decodeBackup(exported.value.bytes)
    if (!decoded.ok) throw new Error('decode failed')

    await restoreDatabase(database, decoded.value)

    expect(await database.submissions.get('added-later')).toBeUndefined()
    expect(await database.settings.get('language')).toEqual({ key: 'language', value: 'vi' })
  })

  it('changes nothing when the restore fails half-way (duplicate keys abort the transaction)', async () => {
    const database = await seeded(uniqueName('atomic'), 5)
    const before = await tableContents(database)
    const encoded = await encodeBackup(
      {
        ...before,
        units: [
          { code: 'X', name: 'x', group: 'g' },
          { code: 'X', name: 'duplicate', group: 'g' },
        ],
      },
      {
        createdAt: '2025-03-01T00:00:00.000Z',
        appVersion: '0.1.0',
        database: database.name,
        schemaVersion: database.verno,
      },
    )
    if (!encoded.ok) throw new Error('encode failed')
    const decoded = await decodeBackup(encoded.value.bytes)
    if (!decoded.ok) throw new Error('decode failed')

    const restored = await restoreDatabase(database, decoded.value)

    expect(restored).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    expect(await tableContents(database)).toEqual(before)
  })

  it('refuses a backup made by a newer app or of another database', async () => {
    const database = await seeded(uniqueName('newer'), 1)
    const exported = await exportDatabase(database, { appVersion: '0.1.0' })
    const decoded = exported.ok ? await decodeBackup(exported.value.bytes) : null
    if (!decoded?.ok) throw new Error('setup failed')

    expect(
      await restoreDatabase(database, {
        ...decoded.value,
        header: { ...decoded.value.header, schemaVersion: 99 },
      }),
    ).toEqual({
      ok: false,
      error: { code: 'backup-from-newer-app', found: 99, current: database.verno },
    })
    expect(
      await restoreDatabase(database, {
        ...decoded.value,
        header: { ...decoded.value.header, database: 'other' },
      }),
    ).toEqual({
      ok: false,
      error: { code: 'backup-of-other-database', found: 'other' },
    })
  })

  it('upgrades a backup of an older schema through the schema history before restoring it', async () => {
    const newest = schemaHistory.at(-1) as SchemaStep
    const history: SchemaStep[] = [
      ...schemaHistory,
      {
        version: newest.version + 1,
        stores: { ...newest.stores },
        upgrade: (transaction) =>
          transaction
            .table('units')
            .toCollection()
            .modify((row: { name: string }) => {
              row.name = row.name.toUpperCase()
            }),
      },
    ]
    const name = uniqueName('older')
    const old = await seeded(name, 1)
    const exported = await exportDatabase(old, { appVersion: '0.0.9' })
    old.close()
    const current = defineWorkbenchDatabase(name, history)
    await current.open()
    const decoded = exported.ok ? await decodeBackup(exported.value.bytes) : null
    if (!decoded?.ok) throw new Error('setup failed')

    const restored = await restoreDatabase(current, decoded.value, { history })

    expect(restored.ok).toBe(true)
    expect(await current.units.get('U0')).toMatchObject({ name: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG' })
  })
})
