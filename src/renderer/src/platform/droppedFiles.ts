import { ok, type Result } from '@core/result'
import type { DesktopError, FilePurpose, PickedFile } from '../../../shared/ipc/contract'
import { getPlatform } from './getPlatform'

/**
 * The files of a drop, read by the platform within the purpose's limits, in the shape a file
 * chooser returns (so a feature handles "picked" and "dropped" alike). Call it synchronously
 * inside the `drop` handler: the browser empties the `DataTransfer` once the handler returns.
 *
 * @example
 *   onDropTransfer={(transfer) => void importer.start(droppedFiles(transfer, 'framework'))}
 */
export function droppedFiles(
  transfer: DataTransfer,
  purpose: FilePurpose,
): Promise<Result<readonly PickedFile[] | null, DesktopError>> {
  return getPlatform()
    .readDropped(transfer, purpose)
    .then((read) => (read.ok ? ok(read.value.files) : read))
}
