// BAK-03: backup rotation survives being killed mid-write. A child Node process runs the real
// backup store in a loop (bundled from the sources with esbuild) and is SIGKILLed at a random
// moment, round after round, on the same folder. After every kill an independent check (not the
// store's own code) proves the newest backup the child reported as written is intact and every
// sidecar matches its data file.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackupStore } from './backupStore'

const ROUNDS = 30
const repositoryRoot = resolve(__dirname, '../../..')
let workFolder = ''
let childScript = ''

const CHILD_SOURCE = `
import { writeSync } from 'node:fs'
import { createBackupStore } from './src/main/services/backupStore'
import { encodeBackup } from './src/core/formats/backup/backupFormat'

const folder = process.argv[2] as string
const say = (line: string) => writeSync(1, line + '\\n')
const store = createBackupStore({ folder, retention: { latest: 3, daily: 0 }, onPhase: (phase) => say('phase ' + phase) })

async function main() {
  // Encoded once, so the loop spends its time inside the store (where the kills should land).
  const filler = String(Math.random()).repeat(60_000 + Math.floor(Math.random() * 200_000))
  const encoded = await encodeBackup({ settings: [{ key: 'filler', value: filler }] }, {
    createdAt: new Date().toISOString(), appVersion: 'kill-test', database: 'ict-index-workbench', schemaVersion: 1,
  })
  if (!encoded.ok) throw new Error('encode failed')
  say('ready')
  for (;;) {
    const written = await store.write({ reason: 'manual', bytes: encoded.value.bytes, contentHash: encoded.value.header.contentHash, recordCount: 1, schemaVersion: 1 })
    if (written.ok && written.value.status === 'written') say('written ' + written.value.entry.id + ' ' + written.value.entry.sha256)
  }
}
void main()
`

type Sidecar = { id: string; sha256: string; bytes: number }

/** The folder as an outsider sees it: every sidecar, and whether its data file matches it. */
async function inspect(folder: string) {
  const names = await readdir(folder)
  const sidecars: { sidecar: Sidecar; intact: boolean }[] = []
  for (const name of names.filter((entry) => entry.endsWith('.meta.json'))) {
    const sidecar = JSON.parse(await readFile(join(folder, name), 'utf8')) as Sidecar
    const dataPath = join(folder, `backup-${sidecar.id}.json`)
    const bytes = existsSync(dataPath) ? await readFile(dataPath) : null
    const intact =
      bytes !== null &&
      bytes.length === sidecar.bytes &&
      createHash('sha256').update(bytes).digest('hex') === sidecar.sha256
    sidecars.push({ sidecar, intact })
  }
  return { names, sidecars }
}

function runChildUntilKilled(folder: string, killAfterMs: number): Promise<{ lines: string[] }> {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(process.execPath, [childScript, folder], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let errors = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      // The clock starts once the child is running the store, not while Node is still starting.
      if (timer === undefined && output.includes('ready\n'))
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('error', rejectRun)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      clearTimeout(watchdog)
      if (signal !== 'SIGKILL') rejectRun(new Error(`child ended by itself: ${errors}`))
      else resolveRun({ lines: output.split('\n').filter((line) => line.length > 0) })
    })
  })
}

beforeAll(async () => {
  workFolder = await mkdtemp(join(tmpdir(), 'backup-kill-'))
  childScript = join(workFolder, 'child.cjs')
  await build({
    stdin: { contents: CHILD_SOURCE, resolveDir: repositoryRoot, loader: 'ts', sourcefile: 'killChild.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: childScript,
    logLevel: 'silent',
  })
}, 60_000)

afterAll(async () => {
  if (workFolder) await rm(workFolder, { recursive: true, force: true })
})

describe('the backup store killed mid-write (BAK-03)', () => {
  it(`keeps the previous good backup intact and every sidecar consistent over ${ROUNDS} random kills`, async () => {
    const folder = join(workFolder, 'backups')
    let lastGood: { id: string; sha256: string } | null = null
    const killedIn = new Map<string, number>()
    let writesCompleted = 0

    for (let round = 0; round < ROUNDS; round += 1) {
      const { lines } = await runChildUntilKilled(folder, Math.floor(Math.random() * 400))
      const phase =
        lines
          .filter((line) => line.startsWith('phase '))
          .at(-1)
          ?.slice(6) ?? 'starting'
      killedIn.set(phase, (killedIn.get(phase) ?? 0) + 1)
      for (const line of lines.filter((entry) => entry.startsWith('written '))) {
        const [, id, sha256] = line.split(' ')
        lastGood = { id: id as string, sha256: sha256 as string }
        writesCompleted += 1
      }
      if (!existsSync(folder)) continue

      const { sidecars } = await inspect(folder)

      expect(
        sidecars.filter((entry) => !entry.intact).map((entry) => entry.sidecar.id),
        `round ${round}: a sidecar without its matching data`,
      ).toEqual([])
      if (lastGood !== null) {
        const found = sidecars.find((entry) => entry.sidecar.id === lastGood?.id)
        expect(
          found?.intact,
          `round ${round}: the last backup reported good (${lastGood.id}) is gone or damaged`,
        ).toBe(true)
        expect(found?.sidecar.sha256).toBe(lastGood.sha256)
      }
    }

    const store = createBackupStore({ folder, retention: { latest: 3, daily: 0 } })
    const listed = await store.list()
    const afterRecovery = await store.write({
      ...(await store
        .read(listed[0]?.id ?? '')
        .then((read) =>
          read.ok
            ? { bytes: read.value.bytes, contentHash: read.value.entry.contentHash }
            : { bytes: new Uint8Array(), contentHash: '' },
        )),
      reason: 'manual',
      recordCount: 1,
      schemaVersion: 1,
    })
    const { names } = await inspect(folder)

    expect(writesCompleted).toBeGreaterThan(0)
    expect(afterRecovery.ok).toBe(true)
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(names.filter((name) => name.endsWith('.json') && !name.endsWith('.meta.json')).length).toBe(
      names.filter((name) => name.endsWith('.meta.json')).length,
    )
    console.info(
      `kill test: ${ROUNDS} rounds, ${writesCompleted} backups completed, kills landed in ${JSON.stringify(Object.fromEntries(killedIn))}`,
    )
  }, 180_000)
})
