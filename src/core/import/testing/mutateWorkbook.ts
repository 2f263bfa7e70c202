// Seeded mutation fuzz of a questionnaire workbook (reliability §5.1 XL-IN-FUZZ): byte flips in
// the compressed data, XML token insertions, deletions and duplications, attribute value swaps,
// huge numbers and removed parts. Test data only.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

const TOKENS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '</row>',
  '<row>',
  '<row r="2">',
  '<c r="D2"><v>1</v></c>',
  '<c r="A2" t="s"><v>99999</v></c>',
  '<!DOCTYPE x>',
  '&#0;',
  '&#xFFFE;',
  '\uFFFE',
  '<f>1+1</f>',
  ' r="XFD1048576"',
  '<mergeCell ref="A1:B2"/>',
  '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<sheet name="x" sheetId="99" r:id="rId99"/>',
  '<v>1e308</v>',
  ' t="s"',
  ' t="e"',
  ' s="999"',
  '<is><t>x</t></is>',
  ']]>',
  '<![CDATA[',
  '<?xml version="1.0"?>',
  'xmlns:x="y"',
  '__proto__',
]
const HUGE = [
  '1e308',
  '-1e308',
  '99999999999999999999999',
  'NaN',
  'INF',
  '-0',
  '4294967296',
  '1.7976931348623157e309',
  '0x10',
  '',
]

/** One mutation applied, for the failure message of a test. */
export type Mutation = { readonly kind: string; readonly detail: string }

/**
 * A mutated copy of `bytes` and what was done to it: 1–3 mutations chosen by `random`.
 *
 * @example
 *   const { bytes: mutated, mutations } = mutateWorkbook(template, mulberry32(42))
 */
export function mutateWorkbook(
  bytes: Uint8Array,
  random: () => number,
): { readonly bytes: Uint8Array; readonly mutations: readonly Mutation[] } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const count = 1 + Math.floor(random() * 3)
  const mutations: Mutation[] = []
  let current = bytes
  for (let step = 0; step < count; step += 1) {
    const parts = random() < 0.25 ? null : unzipped(current)
    if (parts === null) {
      current = flipBytes(current, random, mutations)
      continue
    }
    const names = Object.keys(parts).filter((name) => !name.endsWith('/'))
    const part = pick(names)
    const kind = pick([
      'insert',
      'delete',
      'duplicate',
      'swap-attributes',
      'huge-number',
      'remove-part',
      'truncate',
    ] as const)
    const text = strFromU8(parts[part] ?? new Uint8Array())
    const at = Math.floor(random() * (text.length + 1))
    const span = 1 + Math.floor(random() * 200)
    let mutated: string | null
    if (kind === 'insert') mutated = text.slice(0, at) + pick(TOKENS) + text.slice(at)
    else if (kind === 'delete') mutated = text.slice(0, at) + text.slice(at + span)
    else if (kind === 'duplicate')
      mutated = text.slice(0, at + span) + text.slice(at, at + span) + text.slice(at + span)
    else if (kind === 'swap-attributes') mutated = swapAttributeValues(text, random)
    else if (kind === 'huge-number')
      mutated = text.replace(/<v>[^<]*<\/v>/g, (match) => (random() < 0.2 ? `<v>${pick(HUGE)}</v>` : match))
    else if (kind === 'truncate') mutated = text.slice(0, at)
    else mutated = null
    mutations.push({ kind, detail: `${part}@${at}` })
    const files: Record<string, Uint8Array> = {}
    for (const name of names) if (name !== part) files[name] = parts[name] ?? new Uint8Array()
    if (mutated !== null) files[part] = strToU8(mutated)
    current = zipSync(files)
  }
  return { bytes: current, mutations }
}

/** The parts of a zip, or `null` once an earlier byte flip broke it. */
function unzipped(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    return unzipSync(bytes)
  } catch {
    return null
  }
}

function flipBytes(bytes: Uint8Array, random: () => number, mutations: Mutation[]): Uint8Array {
  const copy = bytes.slice()
  const flips = 1 + Math.floor(random() * 8)
  for (let index = 0; index < flips; index += 1) {
    const at = Math.floor(random() * copy.length)
    copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(random() * 8))
    mutations.push({ kind: 'flip', detail: `byte ${at}` })
  }
  return copy
}

function swapAttributeValues(text: string, random: () => number): string {
  const values = [...text.matchAll(/="([^"]*)"/g)]
  if (values.length < 2) return text
  const first = values[Math.floor(random() * values.length)]
  const second = values[Math.floor(random() * values.length)]
  if (first === undefined || second === undefined || first.index === second.index) return text
  const [a, b] = (first.index ?? 0) < (second.index ?? 0) ? [first, second] : [second, first]
  const aStart = (a.index ?? 0) + 2
  const bStart = (b.index ?? 0) + 2
  return (
    text.slice(0, aStart) +
    (b[1] ?? '') +
    text.slice(aStart + (a[1] ?? '').length, bStart) +
    (a[1] ?? '') +
    text.slice(bStart + (b[1] ?? '').length)
  )
}
