import { useEffect, useState } from 'react'
import type { ValidFramework } from '@core/framework/validateFramework'
import { useDatabase } from '../../app/DatabaseProvider'
import { listCatalog, loadCatalogFramework, type CatalogEntry } from '@core/storage/frameworkCatalog'

/**
 * The frameworks an evaluator can import for (built-in and imported), and the chosen one loaded.
 * `fixed` (a framework given by the hosting screen) skips the choice.
 */
export function useImportTargets(fixed: ValidFramework | undefined) {
  const database = useDatabase()
  const [entries, setEntries] = useState<readonly CatalogEntry[] | null>(null)
  const [chosen, setChosen] = useState<string>('')
  const [framework, setFramework] = useState<ValidFramework | null>(fixed ?? null)

  useEffect(() => {
    if (fixed !== undefined) return
    let cancelled = false
    void listCatalog(database).then((list) => {
      if (cancelled) return
      setEntries(list)
      setChosen((current) => current || (list[0] === undefined ? '' : `${list[0].id}@${list[0].version}`))
    })
    return () => {
      cancelled = true
    }
  }, [database, fixed])

  useEffect(() => {
    if (fixed !== undefined || chosen === '') return
    let cancelled = false
    const [id = '', version = ''] = chosen.split('@')
    void loadCatalogFramework(database, id, version).then((loaded) => {
      if (!cancelled) setFramework(loaded)
    })
    return () => {
      cancelled = true
    }
  }, [database, chosen, fixed])

  return { entries, chosen, choose: setChosen, framework: fixed ?? framework }
}
