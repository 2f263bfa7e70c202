import { describe, expect, it } from 'vitest'
import { checkDuplicateCodes } from './checkDuplicateCodes'
import {
  aChoice,
  aColumn,
  aComponent,
  aFramework,
  anIndicator,
  aQuestion,
  aSection,
} from './testing/aFramework'

describe('checkDuplicateCodes', () => {
  it('treats indicators and components as one namespace', () => {
    const framework = aFramework({ indicators: [...aFramework().indicators, anIndicator({ code: 'HTKT' })] })

    expect(checkDuplicateCodes(framework)).toEqual([
      {
        code: 'duplicate-code',
        path: 'indicators[4].code',
        namespace: 'tree',
        duplicate: 'HTKT',
        firstPath: 'components[1].code',
      },
    ])
  })

  it('lets a question and an indicator share a code', () => {
    const framework = aFramework({
      indicators: [...aFramework().indicators, anIndicator({ code: 'MayTinh', formula: 'MayTinh' })],
    })

    expect(checkDuplicateCodes(framework)).toEqual([])
  })

  it('reports every repeat after the first use', () => {
    const framework = aFramework({ sections: [aSection(), aSection(), aSection()] })

    expect(checkDuplicateCodes(framework)).toEqual([
      {
        code: 'duplicate-code',
        path: 'sections[1].code',
        namespace: 'section',
        duplicate: 'HTKT',
        firstPath: 'sections[0].code',
      },
      {
        code: 'duplicate-code',
        path: 'sections[2].code',
        namespace: 'section',
        duplicate: 'HTKT',
        firstPath: 'sections[0].code',
      },
    ])
  })

  it('reports repeated choices within one question', () => {
    const framework = aFramework({
      questions: [aQuestion({ type: 'multi-choice', choices: [aChoice(), aChoice()] })],
    })

    expect(checkDuplicateCodes(framework)).toEqual([
      {
        code: 'duplicate-code',
        path: 'questions[0].choices[1].value',
        namespace: 'choice',
        duplicate: 'co',
        firstPath: 'questions[0].choices[0].value',
      },
    ])
  })

  it('reports repeated columns and repeated choices of a column', () => {
    const column = aColumn({ code: 'Loai', type: 'single-choice', choices: [aChoice(), aChoice()] })
    const framework = aFramework({ questions: [aQuestion({ type: 'table', columns: [column, column] })] })

    expect(checkDuplicateCodes(framework)).toEqual([
      {
        code: 'duplicate-code',
        path: 'questions[0].columns[1].code',
        namespace: 'column',
        duplicate: 'Loai',
        firstPath: 'questions[0].columns[0].code',
      },
      expect.objectContaining({ path: 'questions[0].columns[0].choices[1].value', namespace: 'choice' }),
      expect.objectContaining({ path: 'questions[0].columns[1].choices[1].value', namespace: 'choice' }),
    ])
  })

  it('reports repeated parts, thresholds and outcomes inside points rules', () => {
    const yes = { kind: 'yes-no', yesPoints: 1, noPoints: 0 } as const
    const steps = {
      kind: 'steps',
      steps: [
        { atLeast: 2, points: 1 },
        { atLeast: 2, points: 2 },
      ],
    } as const
    const indicator = anIndicator({
      rule: {
        kind: 'sum-of-parts',
        parts: [
          { code: 'a', formula: 'X', maxPoints: 1, rule: yes },
          { code: 'a', formula: 'X', maxPoints: 1, rule: steps },
        ],
      },
    })
    const framework = aFramework({ indicators: [indicator], components: [aComponent({ parent: null })] })

    expect(checkDuplicateCodes(framework)).toEqual([
      {
        code: 'duplicate-code',
        path: 'indicators[0].rule.parts[1].code',
        namespace: 'part',
        duplicate: 'a',
        firstPath: 'indicators[0].rule.parts[0].code',
      },
      {
        code: 'duplicate-code',
        path: 'indicators[0].rule.parts[1].rule.steps[1].atLeast',
        namespace: 'step',
        duplicate: '2',
        firstPath: 'indicators[0].rule.parts[1].rule.steps[0].atLeast',
      },
    ])
  })

  it('reports a band code used twice', () => {
    const band = { code: 'tot', label: { vi: 'Tốt' }, minShare: 0 }
    const framework = aFramework({ bands: [band, band] })

    expect(checkDuplicateCodes(framework)).toEqual([
      {
        code: 'duplicate-code',
        path: 'bands[1].code',
        namespace: 'band',
        duplicate: 'tot',
        firstPath: 'bands[0].code',
      },
    ])
  })
})
