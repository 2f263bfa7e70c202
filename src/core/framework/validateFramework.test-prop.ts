import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { parseFramework } from './parseFramework'
import { aFramework } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'
import { validFrameworkArbitrary } from './testing/validFrameworkArbitrary'
import { validateFramework } from './validateFramework'

/** Parses, and validates what parses: the whole path a framework file takes. */
const load = (input: unknown) => {
  const parsed = parseFramework(input)
  return parsed.ok ? validateFramework(parsed.value) : parsed
}

/** Every location in a JSON value, as a list of keys and indices. */
function locations(value: unknown, at: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [at]
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value)
  return [at, ...entries.flatMap(([key, item]) => locations(item, [...at, key]))]
}

/** A deep copy of `value` with the value at `location` replaced. */
function replaced(value: unknown, location: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = location
  if (head === undefined) return replacement
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>
  copy[head] = replaced(copy[head], rest, replacement)
  return copy
}

const builtFrameworks = [aFramework(), aPointsFramework()].map(
  (framework) => JSON.parse(JSON.stringify(framework)) as unknown,
)
const mutatedFramework = fc
  .record({ which: fc.nat({ max: 1 }), where: fc.nat(), replacement: fc.jsonValue({ maxDepth: 3 }) })
  .map(({ which, where, replacement }) => {
    const framework = builtFrameworks[which]
    const all = locations(framework)
    return replaced(framework, all[where % all.length] ?? [], replacement)
  })

test.prop([fc.jsonValue()])('never throws on an arbitrary JSON value', (input) => {
  expect(() => load(input)).not.toThrow()
})

test.prop([mutatedFramework])(
  'never throws on a framework with one value replaced by arbitrary JSON',
  (input) => {
    expect(() => load(input)).not.toThrow()
  },
)

test.prop([fc.string({ maxLength: 60 }), fc.nat({ max: 3 })])(
  'reports formulas of any text as issues, never by throwing',
  (formula, index) => {
    const indicators = aFramework().indicators.map((indicator, at) =>
      at === index ? { ...indicator, formula } : indicator,
    )

    expect(() => validateFramework(aFramework({ indicators }))).not.toThrow()
  },
)

test.prop([validFrameworkArbitrary])(
  'keeps a valid framework unchanged through JSON, parsing and validation',
  (framework) => {
    const loaded = load(JSON.parse(JSON.stringify(framework)))

    expect(loaded).toEqual({ ok: true, value: framework })
  },
)
