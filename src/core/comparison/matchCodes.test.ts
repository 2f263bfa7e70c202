import { describe, expect, it } from 'vitest'
import { matchCodes } from './matchCodes'
import { aYearResults } from './testing/aYearResults'

const scores = { STC: { A1: 0.2, A2: 0.4, B1: 0.6 }, SYT: { A1: 0.8, A2: 0.1, B1: 0.3 } }

describe('matchCodes', () => {
  it('matches every code as the same when both years use one framework version', () => {
    const earlier = aYearResults({ year: 2024, version: '2025.1', scores })
    const later = aYearResults({ year: 2025, version: '2025.1', scores })

    const matching = matchCodes(earlier, later)

    expect(
      [...matching.byCode.values()].every(
        (match) => match.status === 'same' && match.comparable && match.previousCode === match.code,
      ),
    ).toBe(true)
    expect(matching.declared).toBe(true)
    expect(matching.dropped).toEqual([])
  })

  it('follows a renamed indicator to its previous code', () => {
    const earlier = aYearResults({
      year: 2025,
      version: '2025.1',
      scores: { STC: { A1: 0.2, A9: 0.4, B1: 0.6 } },
    })
    const later = aYearResults({
      year: 2026,
      version: '2026.1',
      scores: { STC: { A1: 0.2, A2: 0.4, B1: 0.6 } },
      comparability: [
        { previousVersion: '2025.1', notes: [{ indicator: 'A2', change: 'renamed', previousCode: 'A9' }] },
      ],
    })

    const match = matchCodes(earlier, later).byCode.get('A2')

    expect(match).toEqual({ code: 'A2', previousCode: 'A9', status: 'renamed', comparable: true, note: null })
  })

  it('never compares an indicator whose definition changed, even though the code is the same', () => {
    const earlier = aYearResults({ year: 2025, version: '2025.1', scores })
    const later = aYearResults({
      year: 2026,
      version: '2026.1',
      scores,
      comparability: [
        {
          previousVersion: '2025.1',
          notes: [{ indicator: 'B1', change: 'changed', note: { vi: 'Đổi công thức' } }],
        },
      ],
    })

    const match = matchCodes(earlier, later).byCode.get('B1')

    expect(match).toEqual({
      code: 'B1',
      previousCode: null,
      status: 'changed',
      comparable: false,
      note: { vi: 'Đổi công thức' },
    })
  })

  it('marks added indicators and lists dropped ones as not comparable', () => {
    const earlier = aYearResults({
      year: 2025,
      version: '2025.1',
      scores: { STC: { A1: 0.2, A8: 0.3, B1: 0.6 } },
    })
    const later = aYearResults({
      year: 2026,
      version: '2026.1',
      scores: { STC: { A1: 0.2, A2: 0.4, B1: 0.6 } },
      comparability: [
        {
          previousVersion: '2025.1',
          notes: [
            { indicator: 'A2', change: 'added' },
            { indicator: 'A8', change: 'dropped', note: { vi: 'Bỏ' } },
          ],
        },
      ],
    })

    const matching = matchCodes(earlier, later)

    expect(matching.byCode.get('A2')?.status).toBe('added')
    expect(matching.byCode.get('A2')?.comparable).toBe(false)
    expect(matching.dropped).toEqual([
      { code: 'A8', previousCode: null, status: 'dropped', comparable: false, note: { vi: 'Bỏ' } },
    ])
  })

  it('chains notes through an intermediate version', () => {
    const y2024 = aYearResults({
      year: 2024,
      version: '2024.1',
      scores: { STC: { A0: 0.1, A2: 0.2, B1: 0.3 } },
    })
    const y2025 = aYearResults({
      year: 2025,
      version: '2025.1',
      scores: { STC: { A1: 0.1, A2: 0.2, B1: 0.3 } },
      comparability: [
        {
          previousVersion: '2024.1',
          notes: [
            { indicator: 'A1', change: 'renamed', previousCode: 'A0' },
            { indicator: 'A2', change: 'changed' },
          ],
        },
      ],
    })
    const y2026 = aYearResults({
      year: 2026,
      version: '2026.1',
      scores: { STC: { A3: 0.1, A2: 0.2, B1: 0.3 } },
      comparability: [
        { previousVersion: '2025.1', notes: [{ indicator: 'A3', change: 'renamed', previousCode: 'A1' }] },
      ],
    })

    const matching = matchCodes(y2024, y2026, [y2024, y2025, y2026])

    expect(matching.versionPath).toEqual(['2026.1', '2025.1', '2024.1'])
    expect(matching.byCode.get('A3')).toMatchObject({
      previousCode: 'A0',
      status: 'renamed',
      comparable: true,
    })
    expect(matching.byCode.get('A2')).toMatchObject({ status: 'changed', comparable: false })
    expect(matching.byCode.get('B1')).toMatchObject({ status: 'same', comparable: true })
  })

  it('matches by code and says so when no notes link two different versions', () => {
    const earlier = aYearResults({ year: 2025, version: '2025.1', scores })
    const later = aYearResults({
      year: 2026,
      version: '2026.1',
      scores: { STC: { A1: 0.2, A5: 0.1, B1: 0.6 } },
    })

    const matching = matchCodes(earlier, later)

    expect(matching.declared).toBe(false)
    expect(matching.byCode.get('A1')?.status).toBe('same')
    expect(matching.byCode.get('A5')).toMatchObject({ status: 'absent', comparable: false })
    expect(matching.dropped.map((match) => match.code)).toEqual(['A2'])
  })
})
