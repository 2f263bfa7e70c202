import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { loadBuiltInLineage } from '@core/comparison/builtInLineages'
import { defineWorkbenchDatabase } from './database'
import { createUnitLineageRepository, UNIT_LINEAGE_AUDIT_ENTITY } from './unitLineageRepository'

describe('unitLineageRepository', () => {
  it('keeps every saved version, the newest in force, each logged in the audit log', async () => {
    const database = defineWorkbenchDatabase(`lineage-${crypto.randomUUID()}`)
    let clock = Date.UTC(2026, 11, 7, 8)
    const repository = createUnitLineageRepository(database, { now: () => new Date((clock += 60_000)) })
    expect(await repository.current()).toEqual({ rows: [], version: 0, origin: '' })
    const builtIn = loadBuiltInLineage('danang-2025')
    if (!builtIn.ok) throw new Error('built-in lineage invalid')

    expect(await repository.save(builtIn.value, 'danang-2025')).toEqual({ ok: true, value: 1 })
    expect(await repository.save({ rows: builtIn.value.rows.slice(0, 3) }, 'sua-doi.csv')).toEqual({
      ok: true,
      value: 2,
    })
    expect(await repository.save({ rows: [] }, '')).toEqual({ ok: true, value: 3 })

    const current = await repository.current()
    expect(current.version).toBe(3)
    expect(current.rows).toEqual([])
    expect((await repository.versions()).map((item) => [item.version, item.origin, item.rowCount])).toEqual([
      [3, '', 0],
      [2, 'sua-doi.csv', 3],
      [1, 'danang-2025', 40],
    ])
    const log = await database.auditLog.where('entityId').equals(UNIT_LINEAGE_AUDIT_ENTITY).toArray()
    expect(log.map((entry) => [entry.action, (entry.detail as { version: number }).version])).toEqual([
      ['lineage.saved', 1],
      ['lineage.saved', 2],
      ['lineage.cleared', 3],
    ])
    database.close()
  })
})
