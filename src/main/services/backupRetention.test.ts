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
