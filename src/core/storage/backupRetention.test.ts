import { describe, expect, it } from 'vitest'
import { selectBackupsToKeep } from './backupRetention'

const at = (iso: string) => ({ id: iso, createdAt: iso })

describe('selectBackupsToKeep', () => {
  it('keeps the newest ones and the newest of each recent day', () => {
    const entries = [
      at('2025-03-05T10:00:00.000Z'),
      at('2025-03-05T09:00:00.000Z'),
      at('2025-03-04T18:00:00.000Z'),
      at('2025-03-04T08:00:00.000Z'),
      at('2025-03-02T08:00:00.000Z'),
      at('2025-02-20T08:00:00.000Z'),
    ]

    const keep = selectBackupsToKeep(entries, { latest: 2, daily: 3 })

    expect([...keep].sort()).toEqual([
      '2025-03-02T08:00:00.000Z',
      '2025-03-04T18:00:00.000Z',
      '2025-03-05T09:00:00.000Z',
      '2025-03-05T10:00:00.000Z',
    ])
  })

  it('always keeps at least the newest backup', () => {
    expect([
      ...selectBackupsToKeep([at('2025-03-05T10:00:00.000Z'), at('2025-03-01T10:00:00.000Z')], {
        latest: 0,
        daily: 0,
      }),
    ]).toEqual(['2025-03-05T10:00:00.000Z'])
  })
})

describe('selectBackupsToKeep with record counts', () => {
  const backup = (hour: number, recordCount: number) => ({
    id: `b${String(hour).padStart(2, '0')}`,
    createdAt: `2025-03-05T${String(hour).padStart(2, '0')}:00:00.000Z`,
    recordCount,
  })

  it('does not let backups of an emptied database push out the backups with data', () => {
    // Ten hours with 120 records, then the database was emptied and twelve more backups ran.
    const entries = [
      ...Array.from({ length: 10 }, (_, hour) => backup(hour, 120)),
      ...Array.from({ length: 12 }, (_, hour) => backup(hour + 10, 2)),
    ]

    const keep = selectBackupsToKeep(entries, { latest: 3, daily: 1 })

    // The 3 newest with data (b07–b09) and the 3 newest empty ones (b19–b21).
    expect([...keep].sort()).toEqual(['b07', 'b08', 'b09', 'b19', 'b20', 'b21'])
  })

  it('always keeps the newest backup taken before a large drop, even once the data is back', () => {
    const entries = [
      backup(1, 100),
      backup(2, 100),
      backup(3, 30), // a large drop: 70 rows gone, less than half left
      backup(4, 100),
      backup(5, 100),
      backup(6, 100),
    ]

    const keep = selectBackupsToKeep(entries, { latest: 2, daily: 0 })

    expect(keep.has('b02')).toBe(true)
    expect(keep.has('b01')).toBe(false)
    expect([...keep].sort()).toEqual(['b02', 'b03', 'b05', 'b06'])
  })

  it('rotates as before when the counts only grow or shrink a little', () => {
    const entries = [backup(1, 30), backup(2, 32), backup(3, 28), backup(4, 29), backup(5, 40)]

    expect([...selectBackupsToKeep(entries, { latest: 2, daily: 0 })].sort()).toEqual(['b04', 'b05'])
  })

  it('always keeps the newest copy taken before a schema upgrade, and only the newest', () => {
    const routine = Array.from({ length: 12 }, (_, index) =>
      at(`2025-03-05T${String(10 + index).padStart(2, '0')}:00:00.000Z`),
    )
    const upgrades = [
      { ...at('2025-03-05T09:00:00.000Z'), reason: 'before-upgrade' },
      { ...at('2025-03-05T08:00:00.000Z'), reason: 'before-upgrade' },
    ]

    const keep = selectBackupsToKeep([...routine, ...upgrades], { latest: 3, daily: 1 })

    expect(keep.has('2025-03-05T09:00:00.000Z')).toBe(true)
    expect(keep.has('2025-03-05T08:00:00.000Z')).toBe(false)
    expect(keep.size).toBe(4)
  })
})
