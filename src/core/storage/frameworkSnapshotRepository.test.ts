import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aFramework } from '@core/framework/testing/aFramework'
import { validFramework } from '@core/responses/testing/validFramework'
import { openWorkbenchDatabase } from './database'
import { createFrameworkSnapshotRepository } from './frameworkSnapshotRepository'

const openRepository = async () => {
  const opened = await openWorkbenchDatabase(`snapshots-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  return createFrameworkSnapshotRepository(opened.value)
}

describe('frameworkSnapshotRepository', () => {
  it('keeps the first copy of a framework version and gives it back validated', async () => {
    const repository = await openRepository()
    const framework = validFramework(aFramework())

    await repository.keep(framework)
    await repository.keep(validFramework(aFramework({ name: { vi: 'Đổi tên sau' } })))

    expect(await repository.get(framework.id, framework.version)).toEqual(framework)
  })

  it('has nothing for a version never kept', async () => {
    expect(await (await openRepository()).get('nope', '1')).toBeNull()
  })
})
