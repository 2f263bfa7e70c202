import { describe, expect, it } from 'vitest'
import { dropRefusal } from './dropRefusal'

const file = (name: string) => ({ name, isFolder: false })
const frameworkInput = { extensions: ['json', 'xlsx', 'csv'], multiple: false, folders: false }

describe('dropRefusal', () => {
  it('lets through files of the kinds the input accepts, whatever the case of the extension', () => {
    expect(dropRefusal([file('bo-chi-so.JSON')], frameworkInput)).toBeNull()
  })

  it('names every file of another kind', () => {
    expect(
      dropRefusal([file('anh.png'), file('ghi-chu.txt')], { ...frameworkInput, multiple: true }),
    ).toEqual({
      code: 'wrong-kind',
      fileNames: ['anh.png', 'ghi-chu.txt'],
    })
  })

  it('refuses several files, or a folder, where the input takes one file', () => {
    expect(dropRefusal([file('a.json'), file('b.json')], frameworkInput)).toEqual({ code: 'one-file-only' })
    expect(dropRefusal([{ name: 'Phiếu', isFolder: true }], { ...frameworkInput, folders: true })).toEqual({
      code: 'one-file-only',
    })
  })

  it('takes folders only where the input reads folders', () => {
    const folder = { name: 'Phiếu 2026', isFolder: true }
    expect(dropRefusal([folder], { extensions: ['xlsx'], multiple: true, folders: true })).toBeNull()
    expect(dropRefusal([folder], { extensions: ['xlsx'], multiple: true, folders: false })).toEqual({
      code: 'wrong-kind',
      fileNames: ['Phiếu 2026'],
    })
  })

  it('says so when a drag carried no file (text or a link)', () => {
    expect(dropRefusal([], frameworkInput)).toEqual({ code: 'nothing-dropped' })
  })
})
