import type { Framework } from '@core/framework/framework'
import type { FrameworkIssue } from '@core/framework/frameworkIssue'
import { aFramework } from './aFramework'
import { aPointsFramework } from './aPointsFramework'
import { aComponent, anIndicator, aQuestion } from './frameworkParts'

/**
 * One small framework broken in one way, and an issue `validateFramework` reports for it.
 *
 * @example
 *   const example: BrokenFramework = { name: 'a question in an unknown section', framework, issue }
 */
export type BrokenFramework = {
  readonly name: string
  readonly framework: Framework
  readonly issue: FrameworkIssue
}

const relative = aFramework()
const points = aPointsFramework()
const withQuestion = (...questions: Framework['questions']): Framework =>
  aFramework({ questions: [...relative.questions, ...questions] })
const withIndicator = (...indicators: Framework['indicators']): Framework =>
  aFramework({ indicators: [...relative.indicators, ...indicators] })
const replacePointsIndicator = (
  index: number,
  indicator: Partial<Framework['indicators'][number]>,
): Framework =>
  aPointsFramework({
    indicators: points.indicators.map((current, at) =>
      at === index ? { ...current, ...indicator } : current,
    ),
  })
const [pointsIndicatorWithoutRule = anIndicator()] = points.indicators.map(
  ({ rule: _rule, ...indicator }) => indicator,
)

/**
 * A broken framework for every code `validateFramework` can report (the appended question or
 * indicator is always last: the relative builder has 12 questions and 4 indicators).
 *
 * Why shared: the validation tests prove each code can be raised, and the renderer can use the
 * same issues to check that every code has a readable translated message.
 *
 * @example
 *   for (const { framework, issue } of brokenFrameworks) expect(validateFramework(framework).error).toContainEqual(issue)
 */
export const brokenFrameworks: readonly BrokenFramework[] = [
  {
    name: 'two questions with the same code',
    framework: withQuestion(aQuestion({ code: 'MayTinh' })),
    issue: {
      code: 'duplicate-code',
      path: 'questions[12].code',
      namespace: 'question',
      duplicate: 'MayTinh',
      firstPath: 'questions[1].code',
    },
  },
  {
    name: 'a question in an unknown section',
    framework: withQuestion(aQuestion({ code: 'X', section: 'NOPE' })),
    issue: { code: 'unknown-section', path: 'questions[12].section', section: 'NOPE' },
  },
  {
    name: 'an indicator under an unknown component',
    framework: withIndicator(anIndicator({ code: 'I9', formula: 'MayTinh', parent: 'NOPE' })),
    issue: { code: 'unknown-parent', path: 'indicators[4].parent', parent: 'NOPE' },
  },
  {
    name: 'no root component',
    framework: aFramework({
      components: relative.components.map((component) => ({
        ...component,
        parent: component.parent ?? 'UD',
      })),
    }),
    issue: { code: 'no-root', path: 'components' },
  },
  {
    name: 'two root components',
    framework: aFramework({
      components: [...relative.components, aComponent({ code: 'EXTRA', parent: null })],
      indicators: [...relative.indicators, anIndicator({ code: 'I9', formula: 'MayTinh', parent: 'EXTRA' })],
    }),
    issue: { code: 'several-roots', path: 'components', roots: ['ICT', 'EXTRA'] },
  },
  {
    name: 'components that are each other’s parent',
    framework: aFramework({
      components: relative.components.map((component) =>
        component.code === 'HTKT'
          ? { ...component, parent: 'UD' }
          : component.code === 'UD'
            ? { ...component, parent: 'HTKT' }
            : component,
      ),
    }),
    issue: { code: 'component-cycle', path: 'components[1].parent', cycle: ['HTKT', 'UD'] },
  },
  {
    name: 'a component without children',
    framework: aFramework({
      components: [...relative.components, aComponent({ code: 'EMPTY', parent: 'ICT' })],
    }),
    issue: { code: 'empty-component', path: 'components[4]', component: 'EMPTY' },
  },
  {
    name: 'an indicator weighing zero',
    framework: withIndicator(anIndicator({ code: 'I9', formula: 'MayTinh', weight: 0 })),
    issue: { code: 'non-positive-weight', path: 'indicators[4].weight', weight: 0 },
  },
  {
    name: 'a choice question without options',
    framework: withQuestion(aQuestion({ code: 'X', type: 'single-choice', choices: [] })),
    issue: { code: 'choice-list-empty', path: 'questions[12].choices', question: 'X' },
  },
  {
    name: 'a table without columns',
    framework: withQuestion(aQuestion({ code: 'X', type: 'table', columns: [] })),
    issue: { code: 'missing-columns', path: 'questions[12].columns', question: 'X' },
  },
  {
    name: 'a minimum above the maximum',
    framework: withQuestion(aQuestion({ code: 'X', min: 10, max: 5 })),
    issue: { code: 'min-above-max', path: 'questions[12].min', min: 10, max: 5 },
  },
  {
    name: 'a formula that does not parse',
    framework: withIndicator(anIndicator({ code: 'I9', formula: 'MayTinh +' })),
    issue: {
      code: 'formula-syntax',
      path: 'indicators[4].formula',
      position: 9,
      expected: 'a value',
      found: 'end of formula',
    },
  },
  {
    name: 'a formula reading an unknown question',
    framework: withIndicator(anIndicator({ code: 'I9', formula: 'MayTinhh / SoCBCC' })),
    issue: {
      code: 'formula-unknown-reference',
      path: 'indicators[4].formula',
      name: 'MayTinhh',
      position: 0,
    },
  },
  {
    name: 'a relevance condition that is a number',
    framework: withQuestion(aQuestion({ code: 'X', relevance: 'MayTinh' })),
    issue: {
      code: 'formula-type-mismatch',
      path: 'questions[12].relevance',
      position: 0,
      expected: 'boolean',
      found: 'number',
    },
  },
  {
    name: 'questions asked only when each other is answered',
    framework: withQuestion(
      aQuestion({ code: 'A', relevance: 'B > 0' }),
      aQuestion({ code: 'B', relevance: 'A > 0' }),
    ),
    issue: { code: 'relevance-cycle', path: 'questions[12].relevance', cycle: ['A', 'B'] },
  },
  {
    name: 'a points indicator without a rule',
    framework: aPointsFramework({ indicators: [pointsIndicatorWithoutRule, ...points.indicators.slice(1)] }),
    issue: { code: 'points-rule-missing', path: 'indicators[0]', indicator: '1.1', missing: 'rule' },
  },
  {
    name: 'an indicator worth more than its component',
    framework: replacePointsIndicator(2, { maxPoints: 70 }),
    issue: {
      code: 'points-exceed-parent',
      path: 'indicators[2].maxPoints',
      maxPoints: 70,
      parent: 'NT',
      parentMaxPoints: 60,
    },
  },
  {
    name: 'a step worth more than the indicator',
    framework: replacePointsIndicator(2, { rule: { kind: 'steps', steps: [{ atLeast: 4, points: 25 }] } }),
    issue: {
      code: 'rule-points-exceed-max',
      path: 'indicators[2].rule.steps[0].points',
      points: 25,
      maxPoints: 20,
    },
  },
  {
    name: 'a points rule in the relative family',
    framework: withIndicator(
      anIndicator({ code: 'I9', formula: 'MayTinh', rule: { kind: 'ratio-times-max' } }),
    ),
    issue: { code: 'family-mismatch', path: 'indicators[4].rule', family: 'relative', field: 'rule' },
  },
  {
    name: 'a denominator that is no question',
    framework: withIndicator(anIndicator({ code: 'I9', formula: 'MayTinh', denominator: 'Nope' })),
    issue: { code: 'unknown-denominator', path: 'indicators[4].denominator', denominator: 'Nope' },
  },
  {
    name: 'a denominator that is a text question',
    framework: withIndicator(anIndicator({ code: 'I9', formula: 'MayTinh', denominator: 'GhiChu' })),
    issue: {
      code: 'denominator-not-numeric',
      path: 'indicators[4].denominator',
      denominator: 'GhiChu',
      type: 'text',
    },
  },
  {
    name: 'a choice rule naming a value the question does not offer',
    framework: replacePointsIndicator(0, {
      rule: { kind: 'choice', mode: 'fraction', outcomes: [{ choice: 'bi-thu', value: 1 }] },
    }),
    issue: {
      code: 'unknown-choice-in-rule',
      path: 'indicators[0].rule.outcomes[0].choice',
      choice: 'bi-thu',
      question: 'TruongBan',
    },
  },
  {
    name: 'bands out of order',
    framework: aPointsFramework({ bands: [...(points.bands ?? [])].reverse() }),
    issue: { code: 'band-order', path: 'bands[1].minShare', problem: 'not-descending' },
  },
  {
    name: 'a comparability note on an unknown indicator',
    framework: aFramework({
      comparability: [{ previousVersion: '2024.1', notes: [{ indicator: 'NOPE', change: 'changed' }] }],
    }),
    issue: {
      code: 'comparability-unknown-indicator',
      path: 'comparability[0].notes[0].indicator',
      indicator: 'NOPE',
    },
  },
]
