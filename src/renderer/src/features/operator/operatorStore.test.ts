import { describe, expect, it } from 'vitest'
import { operatorModeOf, operatorStore } from './operatorStore'

const fakeStorage = () => {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('operatorStore', () => {
  it('keeps one operator per mode and reads it back', () => {
    const storage = fakeStorage()
    operatorStore.write({ mode: 'evaluator', name: 'Nguyễn Văn An', position: 'Chuyên viên' }, storage)

    expect(operatorStore.read('evaluator', storage)).toEqual({
      mode: 'evaluator',
      name: 'Nguyễn Văn An',
      position: 'Chuyên viên',
    })
    expect(operatorStore.read('unit', storage)).toBeNull()
    expect(storage.items.get('ictwb.operator.evaluator')).toBe(
      JSON.stringify({ name: 'Nguyễn Văn An', position: 'Chuyên viên' }),
    )
  })

  it('ignores a stored value it cannot use', () => {
    const storage = fakeStorage()
    storage.setItem('ictwb.operator.manager', JSON.stringify({ name: '   ' }))

    expect(operatorStore.read('manager', storage)).toBeNull()
  })

  it('remembers the last mode worked in, evaluator when none', () => {
    const storage = fakeStorage()
    expect(operatorStore.lastMode(storage)).toBe('evaluator')
    operatorStore.rememberMode('unit', storage)
    expect(operatorStore.lastMode(storage)).toBe('unit')
  })
})

describe('operatorModeOf', () => {
  it('is the route itself in a mode, the last mode elsewhere', () => {
    expect(operatorModeOf('manager', 'unit')).toBe('manager')
    expect(operatorModeOf('settings', 'unit')).toBe('unit')
    expect(operatorModeOf('home', 'evaluator')).toBe('evaluator')
  })
})
