import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aFramework } from '@core/framework/testing/aFramework'
import { loadFramework } from '@core/framework/loadFramework'
import { openWorkbenchDatabase } from './database'
import { createFrameworkRepository } from './frameworkRepository'

const openRepository = async () => {
  const opened = await openWorkbenchDatabase(`frameworks-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  return { database: opened.value, repository: createFrameworkRepository(opened.value) }
}

const validFramework = () => {
  const loaded = loadFramework(aFramework())
  if (!loaded.ok) throw new Error('aFramework is invalid')
  return loaded.value
}

describe('frameworkRepository', () => {
  it('stores a framework and gives it back equal and validated', async () => {
    const { repository } = await openRepository()
    const framework = validFramework()

    await repository.save(framework, '2026-11-29T00:00:00.000Z')

    expect(await repository.get(framework.id, framework.version)).toEqual({ ok: true, value: framework })
    expect(await repository.list()).toEqual([
      expect.objectContaining({
        id: framework.id,
        version: framework.version,
        year: framework.year,
        importedAt: '2026-11-29T00:00:00.000Z',
      }),
    ])
  })

  it('keeps two versions of the same framework apart', async () => {
    const { repository } = await openRepository()
    const first = validFramework()
    const second = { ...first, version: '2025.2' } as typeof first

    await repository.save(first, 'a')
    await repository.save(second, 'b')

    expect((await repository.list()).map((entry) => entry.version).sort()).toEqual(['2025.1', '2025.2'])
  })

  it('reports a stored definition that no longer validates instead of using it', async () => {
    const { database, repository } = await openRepository()
    await database.frameworks.put({
      id: 'broken',
      version: '1',
      year: 2025,
      definition: { id: 'broken' },
      importedAt: 'x',
    })

    const read = await repository.get('broken', '1')

    expect(read?.ok).toBe(false)
    expect(await repository.list()).toEqual([])
  })

  it('returns null for a framework that is not stored', async () => {
    const { repository } = await openRepository()

    expect(await repository.get('nope', '1')).toBeNull()
  })
})
