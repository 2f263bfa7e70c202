import { describe, expect, it } from 'vitest'
import { checkPoints } from './checkPoints'
import type { PointsRule } from './framework'
import { aComponent, aFramework, anIndicator } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'

const withRule = (rule: PointsRule, maxPoints = 10) =>
  aPointsFramework({
    indicators: [anIndicator({ code: 'X', formula: 'SoCuocHop', parent: 'NT', maxPoints, rule })],
  })

describe('checkPoints', () => {
  it('accepts the points builder', () => {
    expect(checkPoints(aPointsFramework())).toEqual([])
  })

  it('reports a component worth more than its parent', () => {
    const framework = aPointsFramework({
      components: aPointsFramework().components.map((component) =>
        component.code === 'HT' ? { ...component, maxPoints: 120 } : component,
      ),
    })

    expect(checkPoints(framework)).toEqual([
      {
        code: 'points-exceed-parent',
        path: 'components[2].maxPoints',
        maxPoints: 120,
        parent: 'DTI',
        parentMaxPoints: 100,
      },
    ])
  })

  it('reports a part worth more than its indicator', () => {
    const rule: PointsRule = {
      kind: 'sum-of-parts',
      parts: [{ code: 'a', formula: 'CoTTDL', maxPoints: 12, rule: { kind: 'ratio-times-max' } }],
    }

    expect(checkPoints(withRule(rule))).toEqual([
      {
        code: 'points-exceed-parent',
        path: 'indicators[0].rule.parts[0].maxPoints',
        maxPoints: 12,
        parent: 'X',
        parentMaxPoints: 10,
      },
    ])
  })

  it('checks nested rules against the maximum of their part', () => {
    const rule: PointsRule = {
      kind: 'sum-of-parts',
      parts: [
        { code: 'a', formula: 'CoTTDL', maxPoints: 5, rule: { kind: 'yes-no', yesPoints: 6, noPoints: 0 } },
      ],
    }

    expect(checkPoints(withRule(rule))).toEqual([
      {
        code: 'rule-points-exceed-max',
        path: 'indicators[0].rule.parts[0].rule.yesPoints',
        points: 6,
        maxPoints: 5,
      },
    ])
  })

  it('limits fractions of the maximum to 1', () => {
    const rule: PointsRule = {
      kind: 'choice',
      mode: 'fraction',
      outcomes: [{ choice: 'chu-tich', value: 1.5 }],
    }

    expect(checkPoints(withRule(rule))).toEqual([
      {
        code: 'rule-points-exceed-max',
        path: 'indicators[0].rule.outcomes[0].value',
        points: 1.5,
        maxPoints: 1,
      },
    ])
  })

  it('checks per-item, presence and bonus points', () => {
    expect(checkPoints(withRule({ kind: 'per-item', pointsPerItem: 11 }))).toEqual([
      { code: 'rule-points-exceed-max', path: 'indicators[0].rule.pointsPerItem', points: 11, maxPoints: 10 },
    ])
    expect(
      checkPoints(
        withRule({ kind: 'presence-bonus', presencePoints: 11, bonusFormula: 'CoHopChuan', bonusPoints: 1 }),
      ),
    ).toEqual([
      {
        code: 'rule-points-exceed-max',
        path: 'indicators[0].rule.presencePoints',
        points: 11,
        maxPoints: 10,
      },
    ])
  })

  it('checks the alternatives of a best-of rule against the indicator maximum', () => {
    const rule: PointsRule = {
      kind: 'best-of',
      alternatives: [{ code: 'a', formula: 'SoCuocHop', rule: { kind: 'per-item', pointsPerItem: 20 } }],
    }

    expect(checkPoints(withRule(rule))).toEqual([
      {
        code: 'rule-points-exceed-max',
        path: 'indicators[0].rule.alternatives[0].rule.pointsPerItem',
        points: 20,
        maxPoints: 10,
      },
    ])
  })

  it('does nothing in the relative family', () => {
    const framework = aFramework({
      components: [aComponent({ code: 'HTKT', parent: null, maxPoints: 1 })],
      indicators: [anIndicator({ maxPoints: 5 })],
    })

    expect(checkPoints(framework)).toEqual([])
  })
})
