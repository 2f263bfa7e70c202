import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aYearResults } from '@core/comparison/testing/aYearResults'
import { openWorkbenchDatabase } from './database'
import { createImportedResultsRepository } from './importedResultsRepository'

const openDatabase = async (name = `imported-${crypto.randomUUID()}`) => {
  const opened = await openWorkbenchDatabase(name)
  if (!opened.ok) throw new Error(opened.error.code)
  return opened.value
}

describe('importedResultsRepository', () => {
  it('keeps imported years across a reopen of the database, oldest year first', async () => {
    const name = `imported-${crypto.randomUUID()}`
    const database = await openDatabase(name)
    const repository = createImportedResultsRepository(database)
    const y2024 = aYearResults({ year: 2024, scores: { STC: { A1: 0.5, B1: 1 }, SNV: { A1: 0.2, B1: 0.4 } } })
    const y2023 = aYearResults({ year: 2023, scores: { STC: { A1: 0.1, B1: 0.3 } } })

    expect(await repository.put(y2024, '2026-11-29T08:00:00.000Z')).toEqual({ ok: true, value: undefined })
    expect(await repository.put(y2023, '2026-11-29T08:01:00.000Z')).toEqual({ ok: true, value: undefined })
    database.close()

    const reopened = createImportedResultsRepository(await openDatabase(name))
    expect((await reopened.list()).map((year) => year.year)).toEqual([2023, 2024])
    expect((await reopened.list())[1]).toEqual(y2024)
  })

  it('replaces an earlier import of the same framework and year, and removes one year on request', async () => {
    const repository = createImportedResultsRepository(await openDatabase())
    await repository.put(
      aYearResults({ year: 2024, scores: { STC: { A1: 0.5 } } }),
      '2026-11-29T08:00:00.000Z',
    )
    const corrected = aYearResults({ year: 2024, scores: { STC: { A1: 0.7 }, SNV: { A1: 0.1 } } })
    await repository.put(corrected, '2026-11-29T09:00:00.000Z')

    expect(await repository.list()).toEqual([corrected])
    expect(await repository.remove(corrected.frameworkId, 2024)).toEqual({ ok: true, value: undefined })
    expect(await repository.list()).toEqual([])
    expect(await repository.remove(corrected.frameworkId, 2024)).toEqual({ ok: true, value: undefined })
  })

  it('leaves out a stored row that lost its shape instead of failing the whole list', async () => {
    const database = await openDatabase()
    const repository = createImportedResultsRepository(database)
    const good = aYearResults({ year: 2022, scores: { STC: { A1: 0.5 } } })
    await repository.put(good, '2026-11-29T08:00:00.000Z')
    await database
      .table('importedResults')
      .put({ frameworkId: 'x', year: 2021, importedAt: 'now', results: 'broken' })

    expect(await repository.list()).toEqual([good])
  })

  it('reports a write into a closed database as a value', async () => {
    const database = await openDatabase()
    const repository = createImportedResultsRepository(database)
    database.close()

    const put = await repository.put(
      aYearResults({ year: 2024, scores: { STC: { A1: 0.5 } } }),
      '2026-11-29T08:00:00.000Z',
    )
    expect(put.ok).toBe(false)
  })
})
