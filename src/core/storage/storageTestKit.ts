import type { Dexie } from 'dexie'
import { exportDatabase } from './databaseBackup'

/**
 * For tests: every table's rows by table name, to compare a database before and after.
 *
 * @example
 *   expect(await tableContents(database)).toEqual(before)
 */
export async function tableContents(database: Dexie): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {}
  for (const table of database.tables) contents[table.name] = await table.toArray()
  return contents
}

/**
 * For tests: the bytes of a backup of `database` (format 2), or a throw.
 *
 * @example
 *   const bytes = await backupBytesOf(database)
 */
export async function backupBytesOf(database: Dexie): Promise<Uint8Array> {
  const exported = await exportDatabase(database, { appVersion: '0.1.0' })
  if (!exported.ok) throw new Error(exported.error.code)
  return exported.value.bytes
}
