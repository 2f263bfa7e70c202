// The backup stream alone, a detail of `npm run bench` (`backup_1gb_stream_node_*`): the issue's
// `backup_1gb_peak_rss_mb` is measured in Chromium on the app's real IndexedDB
// (bench/ui/backup1gb.bench.ts); this one isolates the format's own cost (writer and reader, no
// browser, no IndexedDB). Run in a child process of its own, so its peak RSS is the stream's
// alone. It streams a database with 1 GB of evidence through the same core code path the app's backups use (`createBackupStreamWriter` →
// a file, then `readBackupStream` ← that file, every hash checked), the rows coming from a
// generator instead of IndexedDB: fake-indexeddb keeps every value in memory, so a 1 GB database
// under Node would measure fake-indexeddb, not the backup. Prints one JSON line.
import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackupStreamWriter, readBackupStream } from '@core/formats/backup/backupStream'

const EVIDENCE_BYTES = 1024 * 1024 * 1024
const FILE_BYTES = 8 * 1024 * 1024
const SUBMISSIONS = 128

/** Evidence rows as the evidence table holds them, each file made when asked for and then dropped. */
function* evidenceRows(): Generator<{
  id: string
  submissionId: string
  questionCode: string
  fileName: string
  bytes: Uint8Array
}> {
  for (let index = 0; index < EVIDENCE_BYTES / FILE_BYTES; index += 1) {
    const bytes = new Uint8Array(FILE_BYTES)
    for (let at = 0; at < FILE_BYTES; at += 4096) bytes[at] = (index + at) % 256
    yield {
      id: `ev-${index}`,
      submissionId: `s-${index % SUBMISSIONS}`,
      questionCode: `Q${(index % 50) + 1}`,
      fileName: `Minh chứng ${index}.pdf`,
      bytes,
    }
  }
}

async function main(): Promise<void> {
  // The same process before any backup work: what the 1 GB backup adds is the difference.
  const baselineMb = Math.round(process.memoryUsage().rss / 1024 / 1024)
  const folder = mkdtempSync(join(tmpdir(), 'ictwb-backup-bench-'))
  const path = join(folder, 'backup.ictwb')
  try {
    const started = performance.now()
    const fd = openSync(path, 'w')
    const writer = await createBackupStreamWriter(
      {
        createdAt: new Date().toISOString(),
        appVersion: 'bench',
        database: 'ict-index-workbench',
        schemaVersion: 6,
      },
      async (chunk) => {
        writeSync(fd, chunk)
      },
    )
    await writer.addRows(
      'submissions',
      Array.from({ length: SUBMISSIONS }, (_, index) => ({ id: `s-${index}`, answers: { Q1: index } })),
    )
    for (const row of evidenceRows()) {
      const added = await writer.addRows('evidence', [row])
      if (!added.ok) throw new Error(JSON.stringify(added.error))
    }
    const header = await writer.finish()
    closeSync(fd)
    const writeMs = performance.now() - started
    const readStarted = performance.now()
    let rows = 0
    const read = await readBackupStream(
      createReadStream(path, { highWaterMark: 1024 * 1024 }),
      (_table, batch) => {
        rows += batch.length
      },
    )
    if (!read.ok) throw new Error(JSON.stringify(read.error))
    const readMs = performance.now() - readStarted
    console.log(
      JSON.stringify({
        backup_1gb_stream_node_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
        backup_1gb_stream_node_baseline_rss_mb: baselineMb,
        backup_1gb_stream_node_write_ms: Math.round(writeMs),
        backup_1gb_stream_node_read_ms: Math.round(readMs),
        backup_1gb_stream_node_file_mb: Math.round(statSync(path).size / 1024 / 1024),
        backup_1gb_stream_node_rows: rows,
        backup_1gb_stream_node_content_hash_matches: read.value.contentHash === header.contentHash,
      }),
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
