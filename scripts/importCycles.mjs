// File-level import cycles in src/ and folder-level cycles among src/core's folders, read from the
// import statements (relative paths and the @core/ alias). `npm run lint` runs it; a cycle fails.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

const SOURCE = /\.(ts|tsx|mts)$/
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx']

const listSources = (folder) =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return listSources(path)
    return SOURCE.test(name) ? [path] : []
  })

const resolveImport = (file, specifier, coreRoot) => {
  const path = specifier.split('?')[0]
  let base
  if (path.startsWith('@core/')) base = join(coreRoot, path.slice('@core/'.length))
  else if (path.startsWith('.')) base = resolve(dirname(file), path)
  else return null
  for (const extension of EXTENSIONS) {
    const candidate = base + extension
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** Every source file under `srcRoot` with the source files it imports. */
export function importGraph(srcRoot) {
  const coreRoot = join(srcRoot, 'core')
  const graph = new Map()
  for (const file of listSources(srcRoot)) {
    const targets = new Set()
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3], coreRoot)
      if (target) targets.add(target)
    }
    graph.set(file, targets)
  }
  return graph
}

/** The strongly connected components with more than one node (or a self-import): the cycles. */
export function findCycles(graph) {
  let counter = 0
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const cycles = []
  const visit = (start) => {
    // iterative Tarjan, so a deep import chain cannot overflow the stack
    const work = [[start, [...(graph.get(start) ?? [])], 0]]
    index.set(start, counter)
    low.set(start, counter++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const [node, next] = frame
      if (frame[2] < next.length) {
        const target = next[frame[2]++]
        if (!graph.has(target)) continue
        if (!index.has(target)) {
          index.set(target, counter)
          low.set(target, counter++)
          stack.push(target)
          onStack.add(target)
          work.push([target, [...(graph.get(target) ?? [])], 0])
        } else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)))
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1][0]
        low.set(parent, Math.min(low.get(parent), low.get(node)))
      }
      if (low.get(node) === index.get(node)) {
        const component = []
        let member
        do {
          member = stack.pop()
          onStack.delete(member)
          component.push(member)
        } while (member !== node)
        if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort())
      }
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}

const isTest = (file) => /\.test(-prop)?\.tsx?$/.test(file) || file.split(sep).includes('testing')

/** The graph of src/core's top folders, from production files only (tests are leaves). */
export function coreFolderGraph(graph, coreRoot) {
  const folders = new Map()
  const folderOf = (file) => {
    const parts = relative(coreRoot, file).split(sep)
    return parts[0].startsWith('..') || parts.length === 1 ? null : parts[0]
  }
  for (const [file, targets] of graph) {
    const from = folderOf(file)
    if (from === null || isTest(file)) continue
    if (!folders.has(from)) folders.set(from, new Set())
    for (const target of targets) {
      const to = folderOf(target)
      if (to !== null && to !== from) folders.get(from).add(to)
    }
  }
  return folders
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const srcRoot = resolve(process.argv[2] ?? 'src')
  const graph = importGraph(srcRoot)
  const fileCycles = findCycles(graph)
  const folderCycles = findCycles(coreFolderGraph(graph, join(srcRoot, 'core')))
  for (const cycle of fileCycles)
    console.error(`import cycle: ${cycle.map((f) => relative(srcRoot, f)).join(' ↔ ')}`)
  for (const cycle of folderCycles) console.error(`folder cycle in src/core: ${cycle.join(' ↔ ')}`)
  if (fileCycles.length + folderCycles.length > 0) process.exit(1)
  console.log(`no import cycles (${graph.size} files in ${relative(process.cwd(), srcRoot) || '.'})`)
}
