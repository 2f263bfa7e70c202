// The one-way core (docs/architecture.md, "The core, folder by folder"): a folder of src/core may
// import only from itself, from core's root files (result.ts) and from the folders before it in
// CORE_LAYERS. Tests (*.test.ts, *.test-prop.ts) and their `testing/` helpers are leaves that
// nothing imports, so they may reach any folder. Across folders, core imports go through the
// `@core/` alias, so a relative `../` that leaves the file's folder is refused too.
import { dirname, relative, resolve, sep } from 'node:path'

/** The order of src/core's folders, lowest first. */
export const CORE_LAYERS = [
  'excel',
  'formula',
  'framework',
  'builtins',
  'audit',
  'responses',
  'scoring',
  'assessment',
  'comparison',
  'formats',
  'import',
  'inspect',
  'sample',
  'storage',
]

const isTestFile = (file) => /\.test(-prop)?\.tsx?$/.test(file) || file.split(sep).includes('testing')

/** The top folder of src/core that `specifier` (written in `file`) points into, or null outside core. */
export function coreFolderOf(file, specifier, coreRoot) {
  let target
  if (specifier.startsWith('@core/')) target = resolve(coreRoot, specifier.slice('@core/'.length))
  else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier)
  else return null
  const inside = relative(coreRoot, target)
  if (inside.startsWith('..') || inside === '') return null
  const parts = inside.split(sep)
  return parts.length === 1 ? '' : parts[0] // '' = a root file such as result.ts
}

const oneWay = {
  meta: {
    type: 'problem',
    docs: { description: 'src/core folders import one way, in the order of CORE_LAYERS' },
    schema: [],
    messages: {
      wrongWay:
        'core/{{from}} may not import core/{{to}}: the core imports one way ({{order}}); move the code to the right folder instead',
      unknownFolder:
        'core/{{folder}} is not in CORE_LAYERS (eslint-rules/coreLayers.mjs): add it where it belongs in the order',
      relativeAcross:
        "import core/{{to}} as '@core/{{to}}/…', not with a relative path that leaves core/{{from}}",
    },
  },
  create(context) {
    const file = context.filename
    const coreRoot = resolve(context.cwd, 'src/core')
    const own = relative(coreRoot, file)
    if (own.startsWith('..') || isTestFile(file)) return {}
    const ownParts = own.split(sep)
    if (ownParts.length === 1) return {} // result.ts and other root files
    const from = ownParts[0]
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return
      const to = coreFolderOf(file, specifier, coreRoot)
      if (to === null || to === '' || to === from) return
      const fromRank = CORE_LAYERS.indexOf(from)
      const toRank = CORE_LAYERS.indexOf(to)
      if (fromRank < 0) return context.report({ node, messageId: 'unknownFolder', data: { folder: from } })
      if (toRank < 0) return context.report({ node, messageId: 'unknownFolder', data: { folder: to } })
      if (toRank > fromRank) {
        return context.report({
          node,
          messageId: 'wrongWay',
          data: { from, to, order: CORE_LAYERS.join(' → ') },
        })
      }
      if (specifier.startsWith('.')) context.report({ node, messageId: 'relativeAcross', data: { from, to } })
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    }
  },
}

export default { rules: { 'one-way': oneWay } }
