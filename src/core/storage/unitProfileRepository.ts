import { err, ok, type Result } from '@core/result'
import { sanitizeText } from '@core/responses/sanitizeText'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, type StorageFailure } from './storageError'

/**
 * The unit this installation fills in for (unit mode): code, name and group. Kept in `settings`,
 * not in `units`, which holds the evaluator's list of assessed units.
 *
 * @example
 *   const profile: UnitProfile = { code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh' }
 */
export type UnitProfile = { readonly code: string; readonly name: string; readonly group: string }

export type UnitProfileIssue =
  | { readonly field: 'code'; readonly code: 'required' | 'invalid-code' | 'too-long' }
  | { readonly field: 'name'; readonly code: 'required' | 'too-long' }
  | { readonly field: 'group'; readonly code: 'required' | 'invalid-group' }

export const UNIT_PROFILE_LIMITS = { codeLength: 40, nameLength: 200 } as const

const PROFILE_KEY = 'unit.profile'

/**
 * Cleans and checks a profile typed by the officer: NFC, no control characters, trimmed; the
 * code is letters, digits, `.`, `-`, `_` (e.g. the electronic identifier `000.00.13.H21`), the
 * group a kebab-case code like a framework's `unitGroup`.
 *
 * @example
 *   checkUnitProfile({ code: ' SNV ', name: 'Sở Nội vụ', group: 'so-ban-nganh' }) // => ok({ code: 'SNV', … })
 */
export function checkUnitProfile(input: UnitProfile): Result<UnitProfile, readonly UnitProfileIssue[]> {
  const code = sanitizeText(input.code, { multiline: false }).trim()
  const name = sanitizeText(input.name, { multiline: false, maxLength: 10_000 }).trim()
  const group = input.group.trim()
  const issues: UnitProfileIssue[] = []
  if (code === '') issues.push({ field: 'code', code: 'required' })
  else if (code.length > UNIT_PROFILE_LIMITS.codeLength) issues.push({ field: 'code', code: 'too-long' })
  else if (!/^[\p{L}\p{N}._-]+$/u.test(code)) issues.push({ field: 'code', code: 'invalid-code' })
  if (name === '') issues.push({ field: 'name', code: 'required' })
  else if (name.length > UNIT_PROFILE_LIMITS.nameLength) issues.push({ field: 'name', code: 'too-long' })
  if (group === '') issues.push({ field: 'group', code: 'required' })
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(group)) issues.push({ field: 'group', code: 'invalid-group' })
  return issues.length === 0 ? ok({ code, name, group }) : err(issues)
}

export type UnitProfileRepository = {
  /** The stored profile, or `null` before the officer created one (or when the row is unreadable). */
  get(): Promise<UnitProfile | null>
  /** Checks and stores the profile in a strict-durability transaction. */
  save(
    profile: UnitProfile,
  ): Promise<
    Result<
      UnitProfile,
      { readonly code: 'invalid'; readonly issues: readonly UnitProfileIssue[] } | StorageFailure
    >
  >
}

/**
 * The officer's unit profile in `settings` under `unit.profile`.
 *
 * @example
 *   const profiles = createUnitProfileRepository(database)
 *   await profiles.save({ code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh' })
 */
export function createUnitProfileRepository(database: WorkbenchDatabase): UnitProfileRepository {
  return {
    get: async () => {
      const row = await database.settings.get(PROFILE_KEY)
      const value = row?.value as Partial<UnitProfile> | undefined
      if (
        typeof value?.code !== 'string' ||
        typeof value.name !== 'string' ||
        typeof value.group !== 'string'
      )
        return null
      return { code: value.code, name: value.name, group: value.group }
    },
    save: async (input) => {
      const checked = checkUnitProfile(input)
      if (!checked.ok) return err({ code: 'invalid', issues: checked.error })
      return writeWithReopen(database, async () => {
        try {
          await database.transaction('rw', database.settings, async () => {
            await database.settings.put({ key: PROFILE_KEY, value: checked.value })
          })
          return ok(checked.value)
        } catch (error) {
          return err(classifyStorageError(error))
        }
      })
    },
  }
}
