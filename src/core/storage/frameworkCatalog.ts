import { listBuiltInFrameworks, loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { FrameworkFamily, LocalizedText } from '@core/framework/framework'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { WorkbenchDatabase } from './database'
import { createFrameworkRepository } from './frameworkRepository'
import { createFrameworkSnapshotRepository } from './frameworkSnapshotRepository'

/** A framework the officer can fill in: shipped with the app or imported into this workspace. */
export type CatalogEntry = {
  readonly source: 'built-in' | 'imported'
  readonly id: string
  readonly version: string
  readonly year: number
  readonly unitGroup: string
  readonly family: FrameworkFamily
  readonly name: LocalizedText
  readonly origin: LocalizedText
}

/**
 * The frameworks of this workspace, newest year first: the built-in ones and those imported (an
 * imported copy of a built-in version is listed once, as built-in).
 *
 * @example
 *   const entries = await listCatalog(database)
 *   entries.filter((entry) => entry.source === 'imported')
 */
export async function listCatalog(database: WorkbenchDatabase): Promise<readonly CatalogEntry[]> {
  const builtIn: CatalogEntry[] = listBuiltInFrameworks().map((entry) => ({ ...entry, source: 'built-in' }))
  const imported = (await createFrameworkRepository(database).list())
    .filter((entry) => !builtIn.some((known) => known.id === entry.id && known.version === entry.version))
    .map((entry): CatalogEntry => ({
      source: 'imported',
      id: entry.id,
      version: entry.version,
      year: entry.year,
      unitGroup: entry.unitGroup,
      family: entry.family,
      name: entry.name,
      origin: entry.origin,
    }))
  return [...builtIn, ...imported].sort((a, b) => b.year - a.year)
}

/**
 * The framework a submission was filled against: the built-in or imported one with that id and
 * version, else the copy kept when the submission was started (built-ins change with app updates);
 * `null` when none is found.
 *
 * @example
 *   const framework = await loadCatalogFramework(database, submission.frameworkId, submission.frameworkVersion)
 */
export async function loadCatalogFramework(
  database: WorkbenchDatabase,
  id: string,
  version: string,
): Promise<ValidFramework | null> {
  const builtIn = loadBuiltInFramework(id)
  if (builtIn.ok && builtIn.value.version === version) return builtIn.value
  const imported = await createFrameworkRepository(database).get(id, version)
  if (imported?.ok) return imported.value
  return createFrameworkSnapshotRepository(database).get(id, version)
}
