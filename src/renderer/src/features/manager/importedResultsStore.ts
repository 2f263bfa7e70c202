import type { YearResults } from '../../../../core/comparison/yearResults'

// Results imported from files live for the session only: storing them needs a storage table
// (core/storage), which the manager does not own yet.
let imported: readonly YearResults[] = []
const listeners = new Set<() => void>()

export const importedResultsStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  snapshot: (): readonly YearResults[] => imported,
  add(year: YearResults): void {
    imported = [...imported.filter((item) => !(item.frameworkId === year.frameworkId && item.year === year.year)), year]
    for (const listener of listeners) listener()
  },
}
