import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defineWorkbenchDatabase, openWorkbenchDatabase, SCHEMA_WRITER_KEY } from './database'
import { schemaHistory, type SchemaStep } from './schemaHistory'
import shippedSchema from './shippedSchema.json'

const uniqueName = (prefix: string) => `${prefix}-${crypto.randomUUID()}`

describe('schemaHistory', () => {
  it('never changes a schema step that has shipped', () => {
    const steps = schemaHistory.map(({ version, stores }) => ({ version, stores }))

    expect(steps.slice(0, shippedSchema.length)).toEqual(shippedSchema)
  })

  it('numbers its steps in strictly increasing order', () => {
    const versions = schemaHistory.map((step) => step.version)

    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })
})

describe('openWorkbenchDatabase', () => {
  it('opens an empty database with every table of the current schema', async () => {
    const opened = await openWorkbenchDatabase(uniqueName('open'))

    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const tables = opened.value.tables.map((table) => table.name).sort()
    expect(tables).toEqual(Object.keys(schemaHistory.at(-1)?.stores ?? {}).sort())
    opened.value.close()
  })

  it('keeps stored rows across a close and reopen', async () => {
    const name = uniqueName('reopen')
    const first = defineWorkbenchDatabase(name)
    await first.settings.put({ key: 'language', value: 'en' })
    first.close()

    const again = await openWorkbenchDatabase(name)

    expect(again.ok && (await again.value.settings.get('language'))).toEqual({ key: 'language', value: 'en' })
  })

  it('upgrades a database through a later step and keeps its rows', async () => {
    const name = uniqueName('upgrade')
    const legacy = defineWorkbenchDatabase(name)
    await legacy.units.put({ code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh' })
    legacy.close()
    const base = schemaHistory.at(-1) as SchemaStep
    const nextStep: SchemaStep = {
      version: base.version + 1,
      stores: { ...base.stores, units: 'code, group, name' },
      upgrade: (transaction) =>
        transaction
          .table('units')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row['migrated'] = true
          }),
    }

    const upgraded = await openWorkbenchDatabase(name, [...schemaHistory, nextStep])

    expect(upgraded.ok && (await upgraded.value.units.get('SNV'))).toEqual({
      code: 'SNV',
      name: 'Sở Nội vụ',
      group: 'so-ban-nganh',
      migrated: true,
    })
  })

  it('refuses a database written in a newer data format, naming the app version that wrote it, and changes nothing', async () => {
    const name = uniqueName('newer')
    const base = schemaHistory.at(-1) as SchemaStep
    const newerHistory = [...schemaHistory, { version: base.version + 5, stores: base.stores }]
    const written = await openWorkbenchDatabase(name, newerHistory, '9.1.0')
    expect(written.ok).toBe(true)
    if (!written.ok) return
    await written.value.units.put({ code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh' })
    written.value.close()

    const opened = await openWorkbenchDatabase(name, schemaHistory, '1.0.0')

    expect(opened.ok).toBe(false)
    if (opened.ok) return
    expect(opened.error).toMatchObject({
      code: 'database-newer-than-app',
      found: base.version + 5,
      supported: base.version,
      neededAppVersion: '9.1.0',
    })
    const again = await openWorkbenchDatabase(name, newerHistory)
    expect(again.ok && (await again.value.units.count())).toBe(1)
    expect(again.ok && (await again.value.settings.get(SCHEMA_WRITER_KEY))?.value).toEqual({
      schemaVersion: base.version + 5,
      appVersion: '9.1.0',
    })
    if (again.ok) again.value.close()
  })

  it('records the data format and app version it writes, and says nothing of a version it was not told', async () => {
    const name = uniqueName('writer')
    const opened = await openWorkbenchDatabase(name, schemaHistory, '2.3.4')
    expect(opened.ok && (await opened.value.settings.get(SCHEMA_WRITER_KEY))?.value).toEqual({
      schemaVersion: schemaHistory.at(-1)?.version,
      appVersion: '2.3.4',
    })
    if (opened.ok) opened.value.close()
    const unnamed = await openWorkbenchDatabase(uniqueName('unnamed'))
    expect(unnamed.ok && (await unnamed.value.settings.get(SCHEMA_WRITER_KEY))).toBeUndefined()
    if (unnamed.ok) unnamed.value.close()
  })
})
