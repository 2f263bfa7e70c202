const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * Formats a location inside a framework as the `path` of an issue: array indices in brackets,
 * keys joined by dots, odd keys quoted.
 *
 * Why one format: the renderer and the Excel authoring import turn paths back into "question 4,
 * option 1" or a sheet cell, so every checker must spell them the same way.
 *
 * @example
 *   issuePath('questions', 3, 'choices', 0, 'value') // => 'questions[3].choices[0].value'
 *   issuePath() // => ''
 */
export function issuePath(...segments: readonly (string | number)[]): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (!plainKey.test(segment)) path += `[${JSON.stringify(segment)}]`
    else path += path === '' ? segment : `.${segment}`
  }
  return path
}

/**
 * Appends segments to an already formatted path.
 *
 * @example
 *   childPath('indicators[2]', 'rule', 'parts', 0) // => 'indicators[2].rule.parts[0]'
 */
export function childPath(path: string, ...segments: readonly (string | number)[]): string {
  const rest = issuePath(...segments)
  if (path === '' || rest.startsWith('[')) return path + rest
  return rest === '' ? path : `${path}.${rest}`
}
