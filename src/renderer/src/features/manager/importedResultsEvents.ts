// Imported results are stored in the database (core/storage/importedResultsRepository); this only
// tells the views that read them that a year was added or removed.
const listeners = new Set<() => void>()

export const importedResultsEvents = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  changed(): void {
    for (const listener of listeners) listener()
  },
}
