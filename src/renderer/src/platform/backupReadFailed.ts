import type { DesktopError } from '../../../shared/ipc/contract'

/**
 * Thrown inside a restore's stream when the host cannot give the next chunk (the file went away
 * or changed); the restore turns it back into its `failure` as an error value.
 */
export class BackupReadFailed extends Error {
  constructor(readonly failure: DesktopError) {
    super(failure.code)
  }
}
