import type { Framework, PointsRule } from './framework'
import type { CodeNamespace, FrameworkIssue } from './frameworkIssue'
import { childPath, issuePath } from './issuePath'

/**
 * Reports every code used twice in its namespace (`duplicate-code`), pointing at the repeat and
 * at the first use. Namespaces: see `CodeNamespace`.
 *
 * @example
 *   checkDuplicateCodes(aFramework({ sections: [aSection(), aSection()] }))
 *   // => [{ code: 'duplicate-code', path: 'sections[1].code', namespace: 'section', duplicate: 'HTKT', firstPath: 'sections[0].code' }]
 */
export function checkDuplicateCodes(framework: Framework): FrameworkIssue[] {
  const { components, indicators } = framework
  const treePath = (index: number): string =>
    index < components.length
      ? issuePath('components', index, 'code')
      : issuePath('indicators', index - components.length, 'code')
  return [
    ...duplicates(
      'section',
      framework.sections.map((section) => section.code),
      (index) => issuePath('sections', index, 'code'),
    ),
    ...duplicates(
      'question',
      framework.questions.map((question) => question.code),
      (index) => issuePath('questions', index, 'code'),
    ),
    ...duplicates(
      'tree',
      [...components, ...indicators].map((item) => item.code),
      treePath,
    ),
    ...duplicates(
      'band',
      (framework.bands ?? []).map((band) => band.code),
      (index) => issuePath('bands', index, 'code'),
    ),
    ...framework.questions.flatMap((question, index) =>
      questionDuplicates(question, issuePath('questions', index)),
    ),
    ...indicators.flatMap((indicator, index) =>
      indicator.rule ? ruleDuplicates(indicator.rule, issuePath('indicators', index, 'rule')) : [],
    ),
    ...comparabilityDuplicates(framework),
  ]
}

function questionDuplicates(question: Framework['questions'][number], path: string): FrameworkIssue[] {
  if (question.type === 'single-choice' || question.type === 'multi-choice')
    return choiceDuplicates(question.choices, path)
  if (question.type !== 'table') return []
  return [
    ...duplicates(
      'column',
      question.columns.map((column) => column.code),
      (index) => childPath(path, 'columns', index, 'code'),
    ),
    ...question.columns.flatMap((column, index) =>
      column.type === 'single-choice'
        ? choiceDuplicates(column.choices, childPath(path, 'columns', index))
        : [],
    ),
  ]
}

function choiceDuplicates(choices: readonly { readonly value: string }[], path: string): FrameworkIssue[] {
  return duplicates(
    'choice',
    choices.map((choice) => choice.value),
    (index) => childPath(path, 'choices', index, 'value'),
  )
}

function ruleDuplicates(rule: PointsRule, path: string): FrameworkIssue[] {
  const at = (list: string, key: string) => (index: number) => childPath(path, list, index, key)
  switch (rule.kind) {
    case 'steps':
      return duplicates(
        'step',
        rule.steps.map((step) => String(step.atLeast)),
        at('steps', 'atLeast'),
      )
    case 'choice':
      return duplicates(
        'outcome',
        rule.outcomes.map((outcome) => outcome.choice),
        at('outcomes', 'choice'),
      )
    case 'sum-of-parts':
      return [
        ...duplicates(
          'part',
          rule.parts.map((part) => part.code),
          at('parts', 'code'),
        ),
        ...rule.parts.flatMap((part, index) => ruleDuplicates(part.rule, at('parts', 'rule')(index))),
      ]
    case 'best-of':
      return [
        ...duplicates(
          'alternative',
          rule.alternatives.map((item) => item.code),
          at('alternatives', 'code'),
        ),
        ...rule.alternatives.flatMap((item, index) =>
          ruleDuplicates(item.rule, at('alternatives', 'rule')(index)),
        ),
      ]
    default:
      return []
  }
}

function comparabilityDuplicates(framework: Framework): FrameworkIssue[] {
  const entries = framework.comparability ?? []
  return [
    ...duplicates(
      'comparability',
      entries.map((entry) => entry.previousVersion),
      (index) => issuePath('comparability', index, 'previousVersion'),
    ),
    ...entries.flatMap((entry, index) =>
      duplicates(
        'comparability-note',
        entry.notes.map((note) => note.indicator),
        (noteIndex) => issuePath('comparability', index, 'notes', noteIndex, 'indicator'),
      ),
    ),
  ]
}

/** Every repeat of a code in `codes`, at `pathOf(index)`, with the path of the first use. */
function duplicates(
  namespace: CodeNamespace,
  codes: readonly string[],
  pathOf: (index: number) => string,
): FrameworkIssue[] {
  const first = new Map<string, string>()
  const issues: FrameworkIssue[] = []
  codes.forEach((code, index) => {
    const firstPath = first.get(code)
    if (firstPath === undefined) first.set(code, pathOf(index))
    else issues.push({ code: 'duplicate-code', path: pathOf(index), namespace, duplicate: code, firstPath })
  })
  return issues
}
