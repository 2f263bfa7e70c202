import { describe, expect, it } from 'vitest'
import { checkDatabaseMarker, parseDatabaseMarker, type DatabaseMarker } from './checkDatabaseMarker'

const hash = (digit: string) => digit.repeat(64)
const marker: DatabaseMarker = {
  format: 1,
  databaseName: 'ict-index-workbench',
  identity: 'id-1',
  counts: { settings: 2, auditLog: 40, submissions: 3 },
  lastChangeAt: '2026-03-01T08:00:00.000Z',
  auditHead: { count: 40, hash: hash('a') },
}
const observed = (auditLog: number, atMarker: string | null) => ({
  identity: 'id-1',
  counts: { settings: 2, auditLog, submissions: 3 },
  auditHead: { count: auditLog, hash: hash('f') },
  auditHashAtMarker: atMarker,
})

describe('checkDatabaseMarker: the audit chain head (decision 0021)', () => {
  it('passes a log that kept its head, with or without newer entries', () => {
    expect(checkDatabaseMarker(marker, observed(40, hash('a')))).toEqual({ status: 'ok' })
    expect(checkDatabaseMarker(marker, observed(45, hash('a')))).toEqual({ status: 'ok' })
  })

  it('blocks a log that lost entries, even a few (below the large-drop rule)', () => {
    expect(checkDatabaseMarker(marker, observed(38, null))).toEqual({
      status: 'blocked',
      reason: 'log-truncated',
      marker,
      drops: [{ table: 'auditLog', before: 40, after: 38 }],
    })
  })

  it('blocks a log whose entry at the head was replaced (truncated, then refilled)', () => {
    expect(checkDatabaseMarker(marker, observed(41, hash('b')))).toMatchObject({
      status: 'blocked',
      reason: 'log-truncated',
    })
  })

  it('reads markers with and without the head', () => {
    expect(parseDatabaseMarker(JSON.stringify(marker))).toEqual(marker)
    const { auditHead: _head, ...older } = marker
    expect(parseDatabaseMarker(JSON.stringify(older))).toEqual(older)
    expect(checkDatabaseMarker(older, observed(39, null))).toEqual({ status: 'ok' })
  })
})
