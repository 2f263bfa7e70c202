import { describe, expect, it } from 'vitest'
import { applyPatch, type SubmissionContent } from './submission'
import { addTableRow, moveTableRow, removeTableRow, setTableCell } from './tableRows'

const start: SubmissionContent = {
  answers: { PhanMem: [{ Ten: 'a' }, { Ten: 'b' }, { Ten: 'c' }] },
  comments: {},
  entries: { 'PhanMem[2].SoNguoiDung': 'x', 'PhanMem[0].SoNguoiDung': 'y' },
}

describe('table rows', () => {
  it('adds an empty row at the end', () => {
    expect(applyPatch(start, addTableRow(start, 'PhanMem')).answers['PhanMem']).toEqual([
      { Ten: 'a' },
      { Ten: 'b' },
      { Ten: 'c' },
      {},
    ])
  })

  it('removes a row and moves the unreadable entries of later rows up with them', () => {
    const after = applyPatch(start, removeTableRow(start, 'PhanMem', 0))

    expect(after.answers['PhanMem']).toEqual([{ Ten: 'b' }, { Ten: 'c' }])
    expect(after.entries).toEqual({ 'PhanMem[1].SoNguoiDung': 'x' })
  })

  it('moves a row up and its entries with it', () => {
    const after = applyPatch(start, moveTableRow(start, 'PhanMem', 2, -1))

    expect(after.answers['PhanMem']).toEqual([{ Ten: 'a' }, { Ten: 'c' }, { Ten: 'b' }])
    expect(after.entries).toEqual({ 'PhanMem[1].SoNguoiDung': 'x', 'PhanMem[0].SoNguoiDung': 'y' })
  })

  it('ignores a move past either end', () => {
    expect(moveTableRow(start, 'PhanMem', 0, -1)).toEqual({})
    expect(moveTableRow(start, 'PhanMem', 2, 1)).toEqual({})
  })

  it('sets a cell, clears it with null, and drops the unreadable entry it replaces', () => {
    const set = applyPatch(start, setTableCell(start, 'PhanMem', 0, 'SoNguoiDung', 40))
    const cleared = applyPatch(set, setTableCell(set, 'PhanMem', 0, 'Ten', null))

    expect(set.answers['PhanMem']).toEqual([{ Ten: 'a', SoNguoiDung: 40 }, { Ten: 'b' }, { Ten: 'c' }])
    expect(set.entries).toEqual({ 'PhanMem[2].SoNguoiDung': 'x' })
    expect(cleared.answers['PhanMem']).toEqual([{ SoNguoiDung: 40 }, { Ten: 'b' }, { Ten: 'c' }])
  })
})
