import { describe, expect, it } from 'vitest'
import {
  checkDatabaseMarker,
  isLargeDrop,
  mayFollowChange,
  newestBackupWithData,
  parseDatabaseMarker,
  type DatabaseMarker,
} from './checkDatabaseMarker'

const marker: DatabaseMarker = {
  format: 1,
  databaseName: 'ict-index-workbench',
  identity: 'id-1',
  counts: { submissions: 12, assessments: 2, auditLog: 30 },
  lastChangeAt: '2026-12-07T06:00:00.000Z',
}

describe('isLargeDrop', () => {
  it('needs at least 5 rows gone and less than half left', () => {
    expect(isLargeDrop(10, 4)).toBe(true)
    expect(isLargeDrop(10, 5)).toBe(false)
    expect(isLargeDrop(4, 0)).toBe(false)
    expect(isLargeDrop(5, 0)).toBe(true)
    expect(isLargeDrop(1000, 600)).toBe(false)
  })
})

describe('checkDatabaseMarker', () => {
  it('treats a missing marker as a first start', () => {
    expect(checkDatabaseMarker(null, { identity: null, counts: {} })).toEqual({ status: 'new' })
  })

  it('accepts the same database with the same or more rows', () => {
    expect(
      checkDatabaseMarker(marker, {
        identity: 'id-1',
        counts: { submissions: 13, assessments: 2, auditLog: 31 },
      }),
    ).toEqual({ status: 'ok' })
  })

  it('blocks an emptied database (no identity, no rows) and lists what was lost', () => {
    const check = checkDatabaseMarker(marker, { identity: null, counts: { submissions: 0 } })

    expect(check).toMatchObject({ status: 'blocked', reason: 'emptied' })
    expect(check.status === 'blocked' && check.drops).toEqual([
      { table: 'submissions', before: 12, after: 0 },
      { table: 'assessments', before: 2, after: 0 },
      { table: 'auditLog', before: 30, after: 0 },
    ])
  })

  it('blocks a database recreated with another identity, even with a few rows in it', () => {
    expect(checkDatabaseMarker(marker, { identity: 'id-2', counts: { submissions: 1 } })).toMatchObject({
      status: 'blocked',
      reason: 'recreated',
    })
  })

  it('blocks the same database when a table lost most of its rows', () => {
    const check = checkDatabaseMarker(marker, {
      identity: 'id-1',
      counts: { submissions: 5, assessments: 0, auditLog: 30 },
    })

    // 12 → 5: 7 gone, under half: large. 2 → 0: only 2 gone: not large.
    expect(check).toMatchObject({ status: 'blocked', reason: 'shrunk' })
    expect(check.status === 'blocked' && check.drops).toEqual([
      { table: 'submissions', before: 12, after: 5 },
    ])
  })

  it('never blocks when the marker saw no data', () => {
    const empty = { ...marker, counts: { submissions: 0 } }
    expect(checkDatabaseMarker(empty, { identity: null, counts: {} })).toEqual({ status: 'ok' })
  })
})

describe('mayFollowChange', () => {
  it('follows changes only while the identity is the marker’s', () => {
    expect(mayFollowChange(marker, { identity: 'id-1', counts: { submissions: 0 } })).toBe(true)
    expect(mayFollowChange(marker, { identity: null, counts: {} })).toBe(false)
    expect(mayFollowChange(null, { identity: null, counts: {} })).toBe(true)
  })
})

describe('parseDatabaseMarker', () => {
  it('reads a stored marker and rejects anything else as null', () => {
    expect(parseDatabaseMarker(JSON.stringify(marker))).toEqual(marker)
    expect(parseDatabaseMarker(null)).toBeNull()
    expect(parseDatabaseMarker('{not json')).toBeNull()
    expect(parseDatabaseMarker(JSON.stringify({ ...marker, counts: { submissions: -1 } }))).toBeNull()
    expect(parseDatabaseMarker(JSON.stringify({ ...marker, extra: 1 }))).toBeNull()
  })
})

describe('newestBackupWithData', () => {
  const entry = (id: string, createdAt: string, recordCount: number, verified = true) => ({
    id,
    createdAt,
    recordCount,
    verified,
  })

  it('skips backups of the emptied database and unverified ones', () => {
    const entries = [
      entry('empty', '2026-12-07T07:00:00.000Z', 1),
      entry('broken', '2026-12-07T06:30:00.000Z', 44, false),
      entry('good', '2026-12-07T06:00:00.000Z', 45),
      entry('older', '2026-12-06T06:00:00.000Z', 40),
    ]

    expect(newestBackupWithData(entries, marker)?.id).toBe('good')
    expect(newestBackupWithData([entries[0] as (typeof entries)[0]], marker)).toBeNull()
  })
})
