import { describe, expect, it } from 'vitest'
import { formulaTypeOfQuestion, frameworkReferenceResolver } from './frameworkReferenceResolver'
import { aFramework } from './testing/aFramework'

describe('formulaTypeOfQuestion', () => {
  it.each([
    ['integer', 'number'],
    ['percent', 'number'],
    ['evidence', 'number'],
    ['yes-no', 'boolean'],
    ['single-choice', 'text'],
    ['date', 'text'],
    ['multi-choice', 'choices'],
    ['table', 'table'],
  ] as const)('types a %s answer as %s', (type, formulaType) => {
    expect(formulaTypeOfQuestion(type)).toBe(formulaType)
  })
})

describe('frameworkReferenceResolver', () => {
  const resolver = frameworkReferenceResolver(aFramework())

  it('resolves questions, tables and table columns', () => {
    expect([
      resolver.question('MayTinh'),
      resolver.question('PhanMem'),
      resolver.tableColumn('PhanMem', 'DangDung'),
    ]).toEqual(['number', 'table', 'boolean'])
    expect([resolver.isTable('PhanMem'), resolver.isTable('MayTinh')]).toEqual([true, false])
  })

  it('knows no unknown code, and no column of a question that is not a table', () => {
    expect([
      resolver.question('Nope'),
      resolver.tableColumn('MayTinh', 'Ten'),
      resolver.tableColumn('PhanMem', 'Nope'),
    ]).toEqual([undefined, undefined, undefined])
  })
})
