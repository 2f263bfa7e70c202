/** The modes an operator works in; each machine keeps one operator per mode. */
export const OPERATOR_MODES = ['unit', 'evaluator', 'manager'] as const
export type OperatorMode = (typeof OPERATOR_MODES)[number]

/**
 * Who acted, as every audit log entry records it: the operator's name and optional position
 * (chức vụ) in the mode they worked in. `name` is `null` when nobody has been named yet in that
 * mode (a unit's autosave before the officer gave a name); the actions that need a name
 * (appraising, approving, publishing, unlocking, settling a conflict, restoring) ask for it first.
 *
 * @example
 *   const operator: AuditOperator = { mode: 'evaluator', name: 'Nguyễn Văn An', position: 'Chuyên viên' }
 */
export type AuditOperator = {
  readonly mode: OperatorMode
  readonly name: string | null
  readonly position?: string
}

/** The longest name or position kept (characters); longer text is cut. */
export const OPERATOR_TEXT_LIMIT = 120

export type OperatorProblem = { readonly code: 'operator-name-required' }

/**
 * Cleans what the operator typed: spaces trimmed and runs of white space made one, an empty
 * position left out; an empty name is refused.
 *
 * @example
 *   normaliseOperator('evaluator', '  Nguyễn  Văn An ', '') // => { ok: true, value: { mode: 'evaluator', name: 'Nguyễn Văn An' } }
 */
export function normaliseOperator(
  mode: OperatorMode,
  name: string,
  position: string,
):
  | { readonly ok: true; readonly value: AuditOperator }
  | { readonly ok: false; readonly error: OperatorProblem } {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, OPERATOR_TEXT_LIMIT)
  const cleanName = clean(name)
  if (cleanName === '') return { ok: false, error: { code: 'operator-name-required' } }
  const cleanPosition = clean(position)
  return {
    ok: true,
    value:
      cleanPosition === '' ? { mode, name: cleanName } : { mode, name: cleanName, position: cleanPosition },
  }
}

/** Reads an operator kept by an earlier session (storage can hold anything); `null` when unusable. */
export function readStoredOperator(mode: OperatorMode, value: unknown): AuditOperator | null {
  if (typeof value !== 'object' || value === null) return null
  const record = value as { name?: unknown; position?: unknown }
  if (typeof record.name !== 'string') return null
  const normalised = normaliseOperator(
    mode,
    record.name,
    typeof record.position === 'string' ? record.position : '',
  )
  return normalised.ok ? normalised.value : null
}
