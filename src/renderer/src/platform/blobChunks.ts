/** How much of a snapshot file one read takes (at most). */
export const SNAPSHOT_READ_BYTES = 8 * 1024 * 1024

/** The local-storage key of the snapshot diagnostics (support staff and the end-to-end tests only). */
export const SNAPSHOT_DIAGNOSTICS_KEY = 'ictwb.diagnostics.snapshots'

/**
 * A Blob's bytes, slice by slice: `Blob.slice` reads nothing until asked, so a large snapshot
 * file is never whole in memory.
 *
 * @example
 *   for await (const chunk of blobChunks(file, 4096)) consume(chunk)
 */
export async function* blobChunks(
  blob: Blob,
  sliceBytes: number = SNAPSHOT_READ_BYTES,
): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < blob.size; at += sliceBytes)
    yield new Uint8Array(await blob.slice(at, at + sliceBytes).arrayBuffer())
}

/**
 * The slice size a restore reads a snapshot with: 8 MB, or smaller when the diagnostics ask for it
 * (JSON `{"readBytes": 4096}`, 1 KB to 8 MB), so a test can make a small snapshot take many reads
 * inside the restore's transaction.
 *
 * @example
 *   snapshotReadBytes(window.localStorage) // => 8388608
 */
export function snapshotReadBytes(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): number {
  try {
    const text = storage?.getItem(SNAPSHOT_DIAGNOSTICS_KEY) ?? null
    if (text === null) return SNAPSHOT_READ_BYTES
    const { readBytes } = JSON.parse(text) as { readBytes?: unknown }
    return typeof readBytes === 'number' &&
      Number.isInteger(readBytes) &&
      readBytes >= 1024 &&
      readBytes <= SNAPSHOT_READ_BYTES
      ? readBytes
      : SNAPSHOT_READ_BYTES
  } catch {
    return SNAPSHOT_READ_BYTES
  }
}
