import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openWorkbenchDatabase } from './database'
import { checkUnitProfile, createUnitProfileRepository } from './unitProfileRepository'

const openRepository = async () => {
  const opened = await openWorkbenchDatabase(`profile-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  return createUnitProfileRepository(opened.value)
}

describe('unitProfileRepository', () => {
  it('has no profile before the officer creates one', async () => {
    expect(await (await openRepository()).get()).toBeNull()
  })

  it('stores a cleaned profile and reads it back', async () => {
    const repository = await openRepository()

    const saved = await repository.save({
      code: ' 000.00.13.H21 ',
      name: 'So\u031b\u0309 No\u0302\u0323i vu\u0323\u0000',
      group: 'so-ban-nganh',
    })

    expect(saved).toEqual({
      ok: true,
      value: { code: '000.00.13.H21', name: 'Sở Nội vụ', group: 'so-ban-nganh' },
    })
    expect(await repository.get()).toEqual({
      code: '000.00.13.H21',
      name: 'Sở Nội vụ',
      group: 'so-ban-nganh',
    })
  })

  it('refuses an incomplete or malformed profile and says which field is wrong', async () => {
    expect(checkUnitProfile({ code: 'S N V', name: '', group: 'Sở' })).toEqual({
      ok: false,
      error: [
        { field: 'code', code: 'invalid-code' },
        { field: 'name', code: 'required' },
        { field: 'group', code: 'invalid-group' },
      ],
    })
  })
})
