import { describe, expect, it } from 'vitest'
import { checkFormulas } from './checkFormulas'
import type { Framework, PointsRule } from './framework'
import { aChoice, aFramework, anIndicator, aQuestion } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'

const withIndicatorFormula = (formula: string): Framework =>
  aFramework({ indicators: [anIndicator({ code: 'I1', formula, parent: 'HTKT' })] })

const withPointsRule = (formula: string, rule: PointsRule, maxPoints = 10): Framework =>
  aPointsFramework({ indicators: [anIndicator({ code: '1.1', formula, parent: 'NT', maxPoints, rule })] })

describe('checkFormulas', () => {
  it('accepts sums over table columns and yes-no answers used as numbers', () => {
    expect(checkFormulas(withIndicatorFormula('sum(PhanMem.SoNguoiDung) / SoCBCC + CoPhongCNTT'))).toEqual([])
  })

  it('reports an unknown table column with its full name', () => {
    expect(checkFormulas(withIndicatorFormula('sum(PhanMem.Nope)'))).toEqual([
      { code: 'formula-unknown-reference', path: 'indicators[0].formula', name: 'PhanMem.Nope', position: 4 },
    ])
  })

  it('reports a relative indicator that yields text', () => {
    expect(checkFormulas(withIndicatorFormula('CongThongTin'))).toEqual([
      {
        code: 'formula-type-mismatch',
        path: 'indicators[0].formula',
        position: 0,
        expected: 'number',
        found: 'text',
      },
    ])
  })

  it('reports a type mismatch inside a formula at its position', () => {
    expect(checkFormulas(withIndicatorFormula('MayTinh + GhiChu'))).toEqual([
      {
        code: 'formula-type-mismatch',
        path: 'indicators[0].formula',
        position: 10,
        expected: 'number',
        found: 'text',
      },
    ])
  })

  it('reports a cross-field check that is not a condition', () => {
    const framework = aFramework({
      questions: [
        ...aFramework().questions,
        aQuestion({ code: 'X', checks: [{ formula: 'X + 1', message: { vi: 'Sai' } }] }),
      ],
    })

    expect(checkFormulas(framework)).toEqual([
      {
        code: 'formula-type-mismatch',
        path: 'questions[12].checks[0].formula',
        position: 0,
        expected: 'boolean',
        found: 'number',
      },
    ])
  })

  it('requires a condition for yes-no and penalty rules', () => {
    expect(checkFormulas(withPointsRule('SoCuocHop', { kind: 'penalty', points: 1 }, 0))).toEqual([
      {
        code: 'formula-type-mismatch',
        path: 'indicators[0].formula',
        position: 0,
        expected: 'boolean',
        found: 'number',
      },
    ])
  })

  it('checks the bonus formula of a presence-bonus rule', () => {
    const rule: PointsRule = {
      kind: 'presence-bonus',
      presencePoints: 5,
      bonusFormula: 'CoHopChuann',
      bonusPoints: 5,
    }

    expect(checkFormulas(withPointsRule('CoTTDL', rule))).toEqual([
      {
        code: 'formula-unknown-reference',
        path: 'indicators[0].rule.bonusFormula',
        name: 'CoHopChuann',
        position: 0,
      },
    ])
  })

  it('checks the formulas of nested parts and alternatives against their own rules', () => {
    const rule: PointsRule = {
      kind: 'best-of',
      alternatives: [
        { code: 'x', formula: 'SoCuocHop', rule: { kind: 'steps', steps: [{ atLeast: 1, points: 1 }] } },
        {
          code: 'y',
          formula: 'SoCuocHop',
          rule: {
            kind: 'sum-of-parts',
            parts: [
              {
                code: 'p',
                formula: 'SoCuocHop',
                maxPoints: 1,
                rule: { kind: 'yes-no', yesPoints: 1, noPoints: 0 },
              },
            ],
          },
        },
      ],
    }

    expect(checkFormulas(withPointsRule('SoCuocHop', rule))).toEqual([
      {
        code: 'formula-type-mismatch',
        path: 'indicators[0].rule.alternatives[1].rule.parts[0].formula',
        position: 0,
        expected: 'boolean',
        found: 'number',
      },
    ])
  })

  it('accepts any raw value for a sum-of-parts indicator', () => {
    const rule: PointsRule = {
      kind: 'sum-of-parts',
      parts: [
        { code: 'p', formula: 'CoTTDL', maxPoints: 1, rule: { kind: 'yes-no', yesPoints: 1, noPoints: 0 } },
      ],
    }

    expect(checkFormulas(withPointsRule('TruongBan', rule))).toEqual([])
  })

  it('checks choice outcomes against a multi-choice question too', () => {
    const framework = aPointsFramework({
      questions: [
        aQuestion({
          code: 'Kenh',
          section: 'NT',
          type: 'multi-choice',
          choices: [aChoice({ value: 'web' })],
        }),
      ],
      indicators: [
        anIndicator({
          code: '1.1',
          formula: 'Kenh',
          parent: 'NT',
          maxPoints: 10,
          rule: { kind: 'choice', mode: 'points', outcomes: [{ choice: 'app', value: 5 }] },
        }),
      ],
    })

    expect(checkFormulas(framework)).toEqual([
      {
        code: 'unknown-choice-in-rule',
        path: 'indicators[0].rule.outcomes[0].choice',
        choice: 'app',
        question: 'Kenh',
      },
    ])
  })

  it('leaves choice outcomes unchecked when the formula reads several choice questions', () => {
    const framework = aPointsFramework({
      questions: [
        aQuestion({ code: 'A', section: 'NT', type: 'single-choice' }),
        aQuestion({ code: 'B', section: 'NT', type: 'single-choice' }),
      ],
      indicators: [
        anIndicator({
          code: '1.1',
          formula: 'if(A = "co", A, B)',
          parent: 'NT',
          maxPoints: 10,
          rule: { kind: 'choice', mode: 'points', outcomes: [{ choice: 'other', value: 5 }] },
        }),
      ],
    })

    expect(checkFormulas(framework)).toEqual([])
  })
})
