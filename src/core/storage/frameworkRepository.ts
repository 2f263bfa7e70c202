import type { ValidFramework } from '@core/framework/validateFramework'
import { loadFramework } from '@core/framework/loadFramework'
import type { FrameworkIssue } from '@core/framework/frameworkIssue'
import { err, ok, type Result } from '@core/result'
import type { WorkbenchDatabase } from './database'

export type FrameworkSummary = {
  readonly id: string
  readonly version: string
  readonly year: number
  readonly unitGroup: string
  readonly family: ValidFramework['family']
  readonly name: ValidFramework['name']
  readonly origin: ValidFramework['origin']
  readonly importedAt: string
}

export type FrameworkRepository = {
  /** Stores (or replaces) a validated framework under its id and version. */
  save(framework: ValidFramework, importedAt: string): Promise<void>
  list(): Promise<readonly FrameworkSummary[]>
  /** The stored framework, re-validated on the way out (stored data may predate a rule). */
  get(id: string, version: string): Promise<Result<ValidFramework, readonly FrameworkIssue[]> | null>
  remove(id: string, version: string): Promise<void>
}

/**
 * Frameworks the evaluator imported into this workspace (built-in ones are not stored: they
 * ship with the app). Stored as their canonical JSON and validated again when read.
 *
 * @example
 *   const frameworks = createFrameworkRepository(database)
 *   await frameworks.save(framework, new Date().toISOString())
 */
export function createFrameworkRepository(database: WorkbenchDatabase): FrameworkRepository {
  return {
    save: async (framework, importedAt) => {
      await database.frameworks.put({
        id: framework.id,
        version: framework.version,
        year: framework.year,
        definition: JSON.parse(JSON.stringify(framework)),
        importedAt,
      })
    },
    list: async () => {
      const rows = await database.frameworks.toArray()
      return rows.flatMap((row) => {
        const loaded = loadFramework(row.definition)
        if (!loaded.ok) return []
        const { id, version, year, unitGroup, family, name, origin } = loaded.value
        return [{ id, version, year, unitGroup, family, name, origin, importedAt: row.importedAt }]
      })
    },
    get: async (id, version) => {
      const row = await database.frameworks.get([id, version])
      if (row === undefined) return null
      const loaded = loadFramework(row.definition)
      return loaded.ok ? ok(loaded.value) : err(loaded.error)
    },
    remove: async (id, version) => {
      await database.frameworks.delete([id, version])
    },
  }
}
