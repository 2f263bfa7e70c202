import { ok } from '@core/result'
import { verifyAuditLog } from '@core/storage/auditLogRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

/**
 * The audit log's hash chain, checked when the screen opens and again after every write to the
 * log (a live read), so a break shows as soon as it is there.
 */
export function useAuditChain() {
  const database = useDatabase()
  return useLiveRead(async () => ok(await verifyAuditLog(database)), [database])
}
