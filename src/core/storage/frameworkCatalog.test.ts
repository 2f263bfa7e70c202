import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { listBuiltInFrameworks, loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { aFramework } from '@core/framework/testing/aFramework'
import { validFramework } from '@core/responses/testing/validFramework'
import { openWorkbenchDatabase } from './database'
import { listCatalog, loadCatalogFramework } from './frameworkCatalog'
import { createFrameworkRepository } from './frameworkRepository'
import { createFrameworkSnapshotRepository } from './frameworkSnapshotRepository'

const openDatabase = async () => {
  const opened = await openWorkbenchDatabase(`catalog-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  return opened.value
}
const builtIn = () => {
  const loaded = loadBuiltInFramework('dept-ict-readiness')
  if (!loaded.ok) throw new Error('dept-ict-readiness')
  return loaded.value
}
const at = '2026-11-29T00:00:00.000Z'

describe('listCatalog', () => {
  it('lists the built-in frameworks when nothing was imported', async () => {
    const entries = await listCatalog(await openDatabase())
    expect(entries.map((entry) => [entry.source, entry.id]).sort()).toEqual(
      listBuiltInFrameworks()
        .map((entry) => ['built-in', entry.id])
        .sort(),
    )
  })

  it('adds the imported ones, newest year first, and lists an imported copy of a built-in version once', async () => {
    const database = await openDatabase()
    const frameworks = createFrameworkRepository(database)
    const later = validFramework(aFramework({ id: 'khung-moi', year: 2099, name: { vi: 'Bộ chỉ số mới' } }))
    await frameworks.save(later, at)
    await frameworks.save(builtIn(), at)

    const entries = await listCatalog(database)
    expect(entries[0]).toEqual({
      source: 'imported',
      id: 'khung-moi',
      version: later.version,
      year: 2099,
      unitGroup: later.unitGroup,
      family: later.family,
      name: later.name,
      origin: later.origin,
    })
    expect(entries.filter((entry) => entry.id === builtIn().id)).toEqual([
      expect.objectContaining({ source: 'built-in', version: builtIn().version }),
    ])
    expect(entries.map((entry) => entry.year)).toEqual(
      [...entries.map((entry) => entry.year)].sort((a, b) => b - a),
    )
  })
})

describe('loadCatalogFramework', () => {
  it('finds a built-in version, then an imported one, then the copy kept with a submission, else nothing', async () => {
    const database = await openDatabase()
    const shipped = builtIn()
    const imported = validFramework(aFramework({ id: 'khung-moi' }))
    const older = validFramework({ ...JSON.parse(JSON.stringify(shipped)), version: '2000.1' })
    await createFrameworkRepository(database).save(imported, at)
    await createFrameworkSnapshotRepository(database).keep(older)

    expect(await loadCatalogFramework(database, shipped.id, shipped.version)).toEqual(shipped)
    expect(await loadCatalogFramework(database, 'khung-moi', imported.version)).toEqual(imported)
    expect(await loadCatalogFramework(database, shipped.id, '2000.1')).toEqual(older)
    expect(await loadCatalogFramework(database, shipped.id, '1999.1')).toBeNull()
  })
})
