import { describe, expect, it } from 'vitest'
import { aYearResults } from './testing/aYearResults'
import { compareThroughLineage } from './compareThroughLineage'
import { restateYear } from './restateYear'
import type { LineageKind, LineageRow, UnitLineage } from './unitLineage'

const row = (
  kind: LineageKind,
  oldCode: string,
  newCode: string,
  effectiveDate = '2025-03-01',
  weight: number | null = null,
): LineageRow => ({
  newCode,
  newName: `Tên ${newCode}`,
  oldCode,
  oldName: `Tên ${oldCode}`,
  kind,
  effectiveDate,
  weight,
  source: '',
})
const lineage = (...rows: LineageRow[]): UnitLineage => ({ rows })
const units = (...codes: string[]) => codes.map((code) => ({ code, name: `Mới ${code}`, group: 'g' }))
/** A year whose composite is exactly the given value (A and B both that value). */
const year2024 = (values: Record<string, number | null>) =>
  aYearResults({
    year: 2024,
    scores: Object.fromEntries(
      Object.entries(values).map(([code, value]) => [code, { A1: value, B1: value }]),
    ),
  })
const composite = (restated: ReturnType<typeof restateYear>, code: string) => {
  const at = restated.year.result.units.findIndex((unit) => unit.code === code)
  return restated.year.result.components['ICT']?.score[at] ?? null
}
const rank = (restated: ReturnType<typeof restateYear>, code: string) => {
  const at = restated.year.result.units.findIndex((unit) => unit.code === code)
  return restated.year.result.components['ICT']?.rank[at] ?? null
}

describe('restateYear', () => {
  it('leaves the earlier year as it was when no event falls between the years', () => {
    const earlier = year2024({ A: 0.4, B: 0.6 })
    const restated = restateYear(
      earlier,
      units('A', 'B'),
      lineage(row('merged', 'A', 'B', '2024-06-01')),
      2025,
    )
    expect(restated.restated).toBe(false)
    expect(restated.year).toBe(earlier)
  })

  it('merged: the arithmetic mean of the predecessors by default, noted with both and the rule', () => {
    const restated = restateYear(
      year2024({ STTTT: 0.4, SKHCN: 0.8, STC: 0.5 }),
      units('SKHCN', 'STC'),
      lineage(row('merged', 'STTTT', 'SKHCN'), row('merged', 'SKHCN', 'SKHCN')),
      2026,
    )
    expect(composite(restated, 'SKHCN')).toBeCloseTo(0.6, 12)
    expect(composite(restated, 'STC')).toBeCloseTo(0.5, 12)
    expect(restated.notes.get('SKHCN')).toMatchObject({
      predecessors: [
        { code: 'STTTT', name: 'Đơn vị STTTT' },
        { code: 'SKHCN', name: 'Đơn vị SKHCN' },
      ],
      kinds: ['merged'],
      rule: { kind: 'mean' },
      comparable: true,
    })
    expect(restated.notes.has('STC')).toBe(false)
    // every column is restated, indicators included
    const at = restated.year.result.units.findIndex((unit) => unit.code === 'SKHCN')
    expect(restated.year.result.indicators['A1']?.value[at]).toBeCloseTo(0.6, 12)
    expect(restated.year.result.components['A']?.score[at]).toBeCloseTo(0.6, 12)
  })

  it('merged, weighted by an attribute: from the weights given, or the lineage file’s own weight column', () => {
    const earlier = year2024({ A: 0.2, B: 0.8 })
    const merge = lineage(row('merged', 'A', 'C', '2025-07-01', 1), row('merged', 'B', 'C', '2025-07-01', 3))
    const byFile = restateYear(earlier, units('C'), merge, 2025, {
      rule: { kind: 'weighted', attribute: 'weight' },
    })
    expect(composite(byFile, 'C')).toBeCloseTo((0.2 * 1 + 0.8 * 3) / 4, 12)
    const byPopulation = restateYear(earlier, units('C'), merge, 2025, {
      rule: { kind: 'weighted', attribute: 'population' },
      weights: new Map([
        ['A', 3],
        ['B', 1],
      ]),
    })
    expect(composite(byPopulation, 'C')).toBeCloseTo((0.2 * 3 + 0.8 * 1) / 4, 12)
    expect(byPopulation.notes.get('C')?.rule).toEqual({ kind: 'weighted', attribute: 'population' })
  })

  it('merged, weighted with a predecessor’s weight missing: not comparable, the missing one named', () => {
    const restated = restateYear(
      year2024({ A: 0.2, B: 0.8 }),
      units('C'),
      lineage(row('merged', 'A', 'C', '2025-07-01', 2), row('merged', 'B', 'C', '2025-07-01')),
      2025,
      { rule: { kind: 'weighted', attribute: 'weight' } },
    )
    expect(composite(restated, 'C')).toBeNull()
    expect(restated.notes.get('C')).toMatchObject({ comparable: false, missingWeights: ['B'] })
  })

  it('merged with the rule "none": not comparable, still noted', () => {
    const restated = restateYear(
      year2024({ A: 0.2, B: 0.8 }),
      units('C'),
      lineage(row('merged', 'A', 'C'), row('merged', 'B', 'C')),
      2025,
      { rule: { kind: 'none' } },
    )
    expect(composite(restated, 'C')).toBeNull()
    expect(restated.notes.get('C')).toMatchObject({ comparable: false, rule: { kind: 'none' } })
  })

  it('merged: a predecessor without a value is left out of the mean', () => {
    const restated = restateYear(
      year2024({ A: 0.2, B: null }),
      units('C'),
      lineage(row('merged', 'A', 'C'), row('merged', 'B', 'C')),
      2025,
    )
    expect(composite(restated, 'C')).toBeCloseTo(0.2, 12)
  })

  it('renamed: carried over under the new code', () => {
    const restated = restateYear(year2024({ A: 0.3 }), units('A2'), lineage(row('renamed', 'A', 'A2')), 2025)
    expect(composite(restated, 'A2')).toBeCloseTo(0.3, 12)
    expect(restated.notes.get('A2')).toMatchObject({ kinds: ['renamed'], predecessors: [{ code: 'A' }] })
  })

  it('split: every successor gets the predecessor’s value, flagged; a successor of two split units gets their mean', () => {
    const restated = restateYear(
      year2024({ Q1: 0.4, Q2: 0.8 }),
      units('P1', 'P2', 'P3'),
      lineage(
        row('split', 'Q1', 'P1', '2025-07-01'),
        row('split', 'Q1', 'P2', '2025-07-01'),
        row('split', 'Q2', 'P2', '2025-07-01'),
        row('split', 'Q2', 'P3', '2025-07-01'),
      ),
      2025,
    )
    expect(composite(restated, 'P1')).toBeCloseTo(0.4, 12)
    expect(composite(restated, 'P3')).toBeCloseTo(0.8, 12)
    expect(composite(restated, 'P2')).toBeCloseTo(0.6, 12)
    expect(restated.notes.get('P1')?.kinds).toEqual(['split'])
    expect(restated.notes.get('P2')?.predecessors.map((item) => item.code)).toEqual(['Q1', 'Q2'])
  })

  it('dissolved: listed as no longer existing with where it went; nothing is carried', () => {
    const restated = restateYear(
      year2024({ Q: 0.4, S: 0.5 }),
      units('P', 'S'),
      lineage(row('dissolved', 'Q', 'P', '2025-07-01')),
      2025,
    )
    expect(restated.dissolved).toEqual([
      { code: 'Q', name: 'Đơn vị Q', date: '2025-07-01', into: { code: 'P', name: 'Tên P' } },
    ])
    expect(composite(restated, 'P')).toBeNull()
    expect(restated.year.result.units.map((unit) => unit.code)).toEqual(['P', 'S'])
  })

  it('created: no history, noted as new', () => {
    const restated = restateYear(
      year2024({ S: 0.5 }),
      units('N', 'S'),
      lineage({ ...row('created', '', 'N'), oldName: '' }),
      2025,
    )
    expect(composite(restated, 'N')).toBeNull()
    expect(restated.notes.get('N')).toMatchObject({ kinds: ['created'], predecessors: [], comparable: false })
  })

  it('chains compose: renamed in one year, merged in the next', () => {
    const restated = restateYear(
      year2024({ A: 0.2, B: 0.6 }),
      units('C'),
      lineage(
        row('renamed', 'A', 'A2', '2025-03-01'),
        row('merged', 'A2', 'C', '2026-01-01'),
        row('merged', 'B', 'C', '2026-01-01'),
      ),
      2026,
    )
    expect(composite(restated, 'C')).toBeCloseTo(0.4, 12)
    expect(new Set(restated.notes.get('C')?.kinds)).toEqual(new Set(['renamed', 'merged']))
  })

  it('recomputes the earlier ranks over the restated set, ties sharing the best rank', () => {
    // before: A 0.9 (1), B 0.1 (4), C 0.5 (2), D 0.3 (3); A+B merge into AB = 0.5, tied with C
    const restated = restateYear(
      year2024({ A: 0.9, B: 0.1, C: 0.5, D: 0.3 }),
      units('AB', 'C', 'D'),
      lineage(row('merged', 'A', 'AB'), row('merged', 'B', 'AB')),
      2025,
    )
    expect(rank(restated, 'AB')).toBe(1)
    expect(rank(restated, 'C')).toBe(1)
    expect(rank(restated, 'D')).toBe(3)
  })
})

describe('compareThroughLineage', () => {
  it('gives one row per later unit: restated earlier value and rank, later value and rank, change', () => {
    const earlier = year2024({ STTTT: 0.4, SKHCN: 0.8, STC: 0.7 })
    const later = aYearResults({
      year: 2026,
      scores: { SKHCN: { A1: 0.9, B1: 0.9 }, STC: { A1: 0.5, B1: 0.5 } },
    })
    const compared = compareThroughLineage(
      earlier,
      later,
      lineage(row('merged', 'STTTT', 'SKHCN'), row('merged', 'SKHCN', 'SKHCN')),
    )
    expect(compared.rows.map((item) => [item.code, item.earlierRank, item.laterRank])).toEqual([
      ['SKHCN', 2, 1],
      ['STC', 1, 2],
    ])
    expect(compared.rows[0]?.earlier).toBeCloseTo(0.6, 12)
    expect(compared.rows[0]?.change).toBeCloseTo(0.3, 12)
    expect(compared.rows[0]?.restatement?.predecessors).toHaveLength(2)
    expect(compared.rows[1]?.restatement).toBeNull()
  })
})

describe('restateSeries', () => {
  it('restates every earlier year in the latest year’s units and keeps the latest as it is', async () => {
    const { restateSeries } = await import('./restateSeries')
    const latest = aYearResults({ year: 2026, scores: { C: { A1: 0.5, B1: 0.5 } } })
    const series = [year2024({ A: 0.2, B: 0.6 }), latest]
    const restated = restateSeries(series, lineage(row('merged', 'A', 'C'), row('merged', 'B', 'C')))
    expect(restated.years[1]).toBe(latest)
    expect(restated.years[0]?.result.units.map((unit) => unit.code)).toEqual(['C'])
    expect(restated.byYear.get(2024)?.notes.get('C')?.kinds).toEqual(['merged'])
    expect(restateSeries(series, { rows: [] }).years).toBe(series)
  })
})

describe('restateAnswers', () => {
  it('combines numbers like the values, carries other answers from a single predecessor, none for new units', async () => {
    const { restateAnswers } = await import('./restateAnswers')
    const previous = new Map([
      ['A', { N: 10, T: 'có' }],
      ['B', { N: 30, T: 'không' }],
      ['Q', { N: 5, T: 'x' }],
    ])
    const restated = restateAnswers(
      previous,
      [
        { code: 'A', name: 'A' },
        { code: 'B', name: 'B' },
        { code: 'Q', name: 'Q' },
      ],
      units('C', 'P', 'N'),
      lineage(row('merged', 'A', 'C'), row('merged', 'B', 'C'), row('split', 'Q', 'P', '2025-07-01'), {
        ...row('created', '', 'N'),
        oldName: '',
      }),
      2024,
      2025,
    )
    expect(restated.answers.get('C')).toEqual({ N: 20 })
    expect(restated.answers.get('P')).toEqual({ N: 5, T: 'x' })
    expect(restated.answers.has('N')).toBe(false)
    expect(restated.notes.get('C')?.kinds).toEqual(['merged'])
  })
})
