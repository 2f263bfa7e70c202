import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { canonicalJson } from './canonicalJson'

/** Rebuilds every object with its keys in reverse order (arrays keep theirs). */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([key, item]) => [key, reversedKeys(item)]),
  )
}

const json = fc.jsonValue()

test.prop([json])('gives the same text whatever the key order', (value) => {
  expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value))
})

test.prop([json])('reads back as the same JSON data, and is its own fixed point', (value) => {
  const text = canonicalJson(value)
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'))
  expect(canonicalJson(JSON.parse(text))).toBe(text)
})

/** Two JSON values: unrelated, or the same data with its keys in another order. */
const pair = fc
  .tuple(json, json)
  .chain(([a, b]) => fc.constantFrom<[unknown, unknown]>([a, b], [a, reversedKeys(a)]))

test.prop([pair])('gives the same text exactly to the same JSON data', ([a, b]) => {
  // As JSON: -0 is written 0, so compare the data JSON keeps.
  const [left, right] = [a, b].map((value) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown)
  let equal = true
  try {
    expect(left).toStrictEqual(right)
  } catch {
    equal = false
  }
  expect(canonicalJson(a) === canonicalJson(b)).toBe(equal)
})
