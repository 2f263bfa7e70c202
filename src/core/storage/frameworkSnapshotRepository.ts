import type { ValidFramework } from '@core/framework/validateFramework'
import { loadFramework } from '@core/framework/loadFramework'
import type { WorkbenchDatabase } from './database'

export type FrameworkSnapshotRepository = {
  /** Keeps a copy of the framework a submission was started with (once per id and version). */
  keep(framework: ValidFramework): Promise<void>
  /** The kept copy, validated again; `null` when none is kept or it no longer validates. */
  get(id: string, version: string): Promise<ValidFramework | null>
}

const keyOf = (id: string, version: string) => `unit.framework.${id}@${version}`

/**
 * Copies of the frameworks unit-mode submissions were filled against, in `settings`.
 *
 * Why: a built-in framework ships with the app and changes with an update (2026.1 → 2026.2); a
 * past year's submission must still open with the questions it was answered against ("past years
 * stay readable"), so the exact version is kept beside the data.
 *
 * @example
 *   await createFrameworkSnapshotRepository(database).keep(framework)
 */
export function createFrameworkSnapshotRepository(database: WorkbenchDatabase): FrameworkSnapshotRepository {
  return {
    keep: async (framework) => {
      const key = keyOf(framework.id, framework.version)
      await database.transaction('rw', database.settings, async () => {
        if ((await database.settings.get(key)) === undefined) {
          await database.settings.put({ key, value: JSON.parse(JSON.stringify(framework)) })
        }
      })
    },
    get: async (id, version) => {
      const row = await database.settings.get(keyOf(id, version))
      if (row === undefined) return null
      const loaded = loadFramework(row.value)
      return loaded.ok ? loaded.value : null
    },
  }
}
