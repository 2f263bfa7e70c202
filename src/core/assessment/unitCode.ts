/** Longest unit code accepted. */
export const MAX_UNIT_CODE_LENGTH = 50

/** Why a unit code cannot be taken as it is. */
export type UnitCodeProblem =
  /** Outside `[A-Za-z0-9._-]` (spaces, other letters, symbols), empty or too long. */
  | { readonly code: 'unit-code-invalid'; readonly found: string }
  /** Differs from a known unit's code only by case or by Cyrillic/Greek look-alike letters. */
  | { readonly code: 'unit-code-lookalike'; readonly found: string; readonly known: string }

const VALID_CODE = /^[A-Za-z0-9._-]+$/

/** Cyrillic and Greek letters drawn like a Latin letter (`FROM`), and that letter (`TO`, same position). */
const LOOKALIKE_FROM = 'АВЕКМНОРСТХУІЈЅҮԚԜ' + 'аеорсухіјѕԁһԛԝү' + 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ' + 'αικνορυχ'
const LOOKALIKE_TO = 'ABEKMHOPCTXYIJSYQW' + 'aeopcyxijsdhqwy' + 'ABEZHIKMNOPTYX' + 'aikvopux'
const LOOKALIKES: ReadonlyMap<string, string> = new Map(
  [...LOOKALIKE_FROM].map((letter, index) => [letter, LOOKALIKE_TO[index] ?? letter]),
)
const LOOKALIKE_LETTERS = new RegExp(`[${LOOKALIKE_FROM}]`, 'gu')

/**
 * A unit code as typed, made comparable: Unicode NFKC (full-width letters and digits become
 * ASCII, a non-breaking space a space), format characters removed (`\p{Cf}`: zero-width spaces
 * and joiners, word joiner, byte-order mark, bidi marks) and the edges trimmed.
 *
 * @example
 *   normaliseUnitCode('\u200bＳＮＶ\u00a0') // => 'SNV'
 */
export function normaliseUnitCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim()
}

/**
 * The code with every Cyrillic or Greek look-alike letter replaced by its Latin twin (case kept):
 * what the code reads as.
 *
 * @example
 *   latinLookalike('SΝV') // => 'SNV' (Greek capital Nu)
 */
export function latinLookalike(code: string): string {
  return code.replace(LOOKALIKE_LETTERS, (letter) => LOOKALIKES.get(letter) ?? letter)
}

/**
 * Whether a (normalised) code is one a unit may have: `[A-Za-z0-9._-]`, 1 to
 * `MAX_UNIT_CODE_LENGTH` characters.
 *
 * @example
 *   isValidUnitCode('SNV') // => true
 */
export function isValidUnitCode(code: string): boolean {
  return code.length <= MAX_UNIT_CODE_LENGTH && VALID_CODE.test(code)
}

/**
 * What is wrong with a unit code read from a file, given the codes of the known units: `null`
 * when its normalised form is a known code, or a valid code none of them looks like; else a
 * look-alike of a known code (same skeleton — look-alike letters made Latin, case ignored — but
 * not the same code), checked first so the message can name the known unit, else an invalid code.
 *
 * @example
 *   unitCodeProblem('snv', ['SNV']) // => { code: 'unit-code-lookalike', found: 'snv', known: 'SNV' }
 *   unitCodeProblem('S N V', ['SNV']) // => { code: 'unit-code-invalid', found: 'S N V' }
 */
export function unitCodeProblem(raw: string, knownCodes: Iterable<string>): UnitCodeProblem | null {
  const found = normaliseUnitCode(raw)
  const skeleton = skeletonOf(found)
  let lookalike: string | null = null
  for (const known of knownCodes) {
    if (known === found) return null
    if (lookalike === null && skeletonOf(known) === skeleton) lookalike = known
  }
  if (lookalike !== null) return { code: 'unit-code-lookalike', found, known: lookalike }
  return isValidUnitCode(found) ? null : { code: 'unit-code-invalid', found }
}

function skeletonOf(code: string): string {
  return latinLookalike(normaliseUnitCode(code)).toLowerCase()
}
