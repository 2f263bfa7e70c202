import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DatabaseMarkerRecord } from '../../shared/ipc/contract'
import { createDatabaseMarkerFiles } from './databaseMarkerFile'

let folder: string | undefined
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

const marker: DatabaseMarkerRecord = {
  format: 1,
  databaseName: 'ict-index-workbench',
  identity: 'id-1',
  counts: { submissions: 3 },
  lastChangeAt: '2026-12-07T06:00:00.000Z',
}

describe('createDatabaseMarkerFiles', () => {
  it('has no marker at first, then reads back the one written, one file per database', async () => {
    folder = await mkdtemp(join(tmpdir(), 'markers-'))
    const markers = createDatabaseMarkerFiles({ folder: join(folder, 'database-markers') })

    expect(await markers.read('ict-index-workbench')).toEqual({ ok: true, value: null })
    expect(await markers.write(marker)).toEqual({ ok: true, value: null })
    expect(await markers.write({ ...marker, counts: { submissions: 4 } })).toEqual({ ok: true, value: null })

    expect(await markers.read('ict-index-workbench')).toEqual({
      ok: true,
      value: { ...marker, counts: { submissions: 4 } },
    })
    expect(await markers.read('ict-index-workbench-sample')).toEqual({ ok: true, value: null })
    expect(await readdir(join(folder, 'database-markers'))).toEqual(['ict-index-workbench.json'])
  })

  it('reads a damaged marker, or one naming another database, as none', async () => {
    folder = await mkdtemp(join(tmpdir(), 'markers-'))
    const markers = createDatabaseMarkerFiles({ folder })
    await writeFile(join(folder, 'ict-index-workbench.json'), '{"format":1,"databa')
    expect(await markers.read('ict-index-workbench')).toEqual({ ok: true, value: null })

    await writeFile(join(folder, 'other.json'), JSON.stringify(marker))
    expect(await markers.read('other')).toEqual({ ok: true, value: null })
  })

  it('reports a folder it cannot write as io-failed', async () => {
    folder = await mkdtemp(join(tmpdir(), 'markers-'))
    await writeFile(join(folder, 'not-a-folder'), 'x')
    const markers = createDatabaseMarkerFiles({ folder: join(folder, 'not-a-folder') })

    expect(await markers.write(marker)).toMatchObject({ ok: false, error: { code: 'io-failed' } })
  })
})
