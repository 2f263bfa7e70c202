import { useState } from 'react'
import type { ValidFramework } from '@core/framework/validateFramework'
import { ok } from '@core/result'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { listCatalog, loadCatalogFramework } from '@core/storage/frameworkCatalog'

/**
 * The frameworks an evaluator can import for (built-in and imported, kept current by a live read),
 * and the chosen one loaded; until one is chosen, the first. `fixed` (a framework given by the
 * hosting screen) skips the choice. `entries` is `null` while loading or when the list cannot be read.
 */
export function useImportTargets(fixed: ValidFramework | undefined) {
  const database = useDatabase()
  const [picked, setPicked] = useState<string>('')
  const isFixed = fixed !== undefined
  const list = useLiveRead(async () => ok(isFixed ? [] : await listCatalog(database)), [database, isFixed])
  const entries = list.status === 'ready' && !isFixed ? list.value : null
  const first = entries?.[0]
  const chosen = picked || (first === undefined ? '' : `${first.id}@${first.version}`)
  const loaded = useLiveRead(async () => {
    if (isFixed || chosen === '') return ok(null)
    const [id = '', version = ''] = chosen.split('@')
    return ok(await loadCatalogFramework(database, id, version))
  }, [database, chosen, isFixed])
  const framework = loaded.status === 'ready' ? loaded.value : null
  return { entries, chosen, choose: setPicked, framework: fixed ?? framework }
}
