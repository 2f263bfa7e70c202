import { describe, expect, it } from 'vitest'
import { collectReferences } from './collectReferences'
import { parseFormula } from './parseFormula'

function referencesOf(source: string) {
  const parsed = parseFormula(source)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  return collectReferences(parsed.value)
}

describe('collectReferences', () => {
  it('lists question codes once each, in order of first appearance', () => {
    expect(referencesOf('b + a * b - if(c, a, d)').questions).toEqual(['b', 'a', 'c', 'd'])
  })

  it('lists the tables and columns read by sum and countif', () => {
    expect(
      referencesOf('sum(Apps.Users) + countif(Apps.Status, s) + sum(Staff.Age) + sum(Apps.Users)'),
    ).toEqual({
      questions: ['s'],
      tables: ['Apps', 'Staff'],
      tableColumns: [
        { table: 'Apps', column: 'Users' },
        { table: 'Apps', column: 'Status' },
        { table: 'Staff', column: 'Age' },
      ],
    })
  })

  it('lists the code counted by count among the tables, even if it is a multi-choice question', () => {
    expect(referencesOf('count(Apps) + count(Channels)')).toEqual({
      questions: [],
      tables: ['Apps', 'Channels'],
      tableColumns: [],
    })
  })

  it('keeps a code used both as a value and as a table in both lists', () => {
    expect(referencesOf('count(X) + X')).toEqual({ questions: ['X'], tables: ['X'], tableColumns: [] })
  })

  it('finds nothing in a formula of literals', () => {
    expect(referencesOf('1 + 2 = 3 and not "a" = "b"')).toEqual({
      questions: [],
      tables: [],
      tableColumns: [],
    })
  })
})
