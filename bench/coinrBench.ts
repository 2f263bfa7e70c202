// COINr and our engine timed in the same run on the same tables (issue #17, decision 0016):
// bench/coinr/speed-coinr.R writes a synthetic 10,000 units × 50 indicators table and times COINr's
// in-process pipeline (new_coin → Normalise min-max → Aggregate arithmetic mean) on ASEM (51 × 49)
// and on that table, median of 7 samples after a warm-up, each sample a batch of runs lasting at least
// 20 ms (`medianOf`); then the same work on our side, from the same two
// tables already parsed in memory, numeric columns as numbers as in R's data frames (`typedGrid`):
// importIMeta (no denomination) + importIDataColumns + computeAssessmentColumns (the answers kept
// as columns, decision 0026), timed the same way; then the same from text cells, for the
// record. Without Rscript or COINr the two keys are skipped, loudly.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCellNumber } from '@core/excel/cellNumber'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { importIDataColumns } from '@core/formats/coinr/importIDataColumns'
import { importIMeta } from '@core/formats/coinr/importIMeta'
import { computeAssessmentColumns } from '@core/scoring/computeAssessment'

const RUNS = 7

type Grid = readonly (readonly (string | number)[])[]

const readGrid = (path: string): Grid => {
  const parsed = parseCsv(readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.error)}`)
  return parsed.value.rows
}

/**
 * The table as R holds it once read (decision 0026): a column whose every non-empty cell is a
 * number becomes numbers, as `read.csv`'s `type.convert` makes a numeric column; other columns
 * stay text. COINr is timed on such data frames (ASEM_iData, the synthetic table built in R), so
 * our side starts from the same kind of table; the timing on text cells is kept as a detail.
 */
function typedGrid(grid: Grid): Grid {
  const [header, ...rows] = grid
  if (header === undefined) return grid
  const numeric = header.map((_, column) =>
    rows.every((row) => {
      const cell = row[column]
      return cell === undefined || cell === '' || typeof readCellNumber(cell) === 'number'
    }),
  )
  return [
    header,
    ...rows.map((row) =>
      row.map((cell, column) => {
        if (!numeric[column] || cell === '') return cell
        const value = readCellNumber(cell)
        return typeof value === 'number' ? value : cell
      }),
    ),
  ]
}

/** Build + normalise + aggregate from the parsed tables, as COINr's pipeline does. */
function ourPipeline(iMeta: Grid, iData: Grid) {
  const framework = importIMeta(iMeta, { id: 'bench', year: 2026, denominate: false })
  if (!framework.ok) throw new Error(JSON.stringify(framework.error).slice(0, 500))
  const table = importIDataColumns(iData, framework.value)
  if (!table.ok) throw new Error(JSON.stringify(table.error).slice(0, 500))
  return computeAssessmentColumns(framework.value, table.value)
}

/**
 * Each of the RUNS samples times a batch of `batch` runs and counts its mean: after a warm-up of
 * SAMPLE_MS, the batch doubles from one run until it lasts SAMPLE_MS, on both sides (speed-coinr.R
 * does the same).
 * A single 1 ms run on a shared two-core machine can be preempted for several milliseconds and
 * time six times its length, while a 15 ms COINr run absorbs that; a batch as long as a COINr run
 * gives both sides the same exposure to the machine's noise.
 */
const SAMPLE_MS = 20

function medianOf(run: () => unknown): { median: number; min: number; batch: number } {
  // Warm-up: runs for SAMPLE_MS (at least one), then the batch size doubles until a batch lasts SAMPLE_MS.
  for (const start = performance.now(); performance.now() - start < SAMPLE_MS;) run()
  let batch = 1
  for (;;) {
    const start = performance.now()
    for (let index = 0; index < batch; index += 1) run()
    if (performance.now() - start >= SAMPLE_MS) break
    batch *= 2
  }
  const times: number[] = []
  for (let attempt = 0; attempt < RUNS; attempt += 1) {
    const start = performance.now()
    for (let index = 0; index < batch; index += 1) run()
    times.push((performance.now() - start) / batch)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)] as number, min: times[0] as number, batch }
}

/** Why COINr cannot be timed here, or null when it can. */
function coinrMissing(env: NodeJS.ProcessEnv): string | null {
  const version = spawnSync('Rscript', ['--version'], { env, encoding: 'utf8' })
  if (version.error !== undefined || version.status !== 0) return 'Rscript is not installed'
  const library = spawnSync('Rscript', ['-e', 'suppressMessages(library(COINr))'], { env, encoding: 'utf8' })
  if (library.status !== 0) return `R cannot load COINr (R_LIBS=${env['R_LIBS'] ?? ''})`
  return null
}

export function runCoinrBench(): Record<string, unknown> {
  // COINr's install script puts the library in /tmp/Rlib unless told otherwise.
  const env = {
    ...process.env,
    R_LIBS: process.env['R_LIBS'] ?? (existsSync('/tmp/Rlib') ? '/tmp/Rlib' : ''),
  }
  const missing = coinrMissing(env)
  if (missing !== null) {
    console.warn(
      `COINr comparison skipped: ${missing}; coinr_speedup_asem and coinr_speedup_10000x50 are not measured`,
    )
    return { coinr_skipped: missing }
  }
  const directory = mkdtempSync(join(tmpdir(), 'ictwb-coinr-'))
  try {
    const timed = spawnSync('Rscript', ['bench/coinr/speed-coinr.R', directory, String(RUNS)], {
      env,
      encoding: 'utf8',
    })
    const line = timed.stdout.trim().split('\n').at(-1) ?? ''
    if (timed.status !== 0 || !line.startsWith('{')) {
      console.warn(`COINr comparison skipped: the R script failed (${timed.stderr.trim().slice(0, 300)})`)
      return { coinr_skipped: 'the R script failed' }
    }
    const coinr = JSON.parse(line) as Record<
      'asem_median_ms' | 'asem_min_ms' | 'asem_batch' | 'syn_median_ms' | 'syn_min_ms' | 'syn_batch',
      number
    >
    const asemMeta = readGrid('examples/coinr-asem/ASEM_iMeta.csv')
    const asemData = readGrid('examples/coinr-asem/ASEM_iData.csv')
    const synMeta = readGrid(join(directory, 'syn_iMeta.csv'))
    const synData = readGrid(join(directory, 'syn_iData.csv'))
    // Every table parsed and typed before anything is timed.
    const [asemTypedMeta, asemTypedData] = [typedGrid(asemMeta), typedGrid(asemData)]
    const [synTypedMeta, synTypedData] = [typedGrid(synMeta), typedGrid(synData)]
    const asemParsed = medianOf(() => ourPipeline(asemTypedMeta, asemTypedData))
    const syn = medianOf(() => ourPipeline(synTypedMeta, synTypedData))
    // ASEM again now that the 10,000 × 50 runs have warmed V8's compiled code: the engine's side
    // without just-in-time compilation, for the record (R's COINr is byte-compiled when installed).
    const asemWarm = medianOf(() => ourPipeline(asemTypedMeta, asemTypedData))
    // The same from text cells (every number still to be read from its text), for the record.
    const asemText = medianOf(() => ourPipeline(asemMeta, asemData))
    const synText = medianOf(() => ourPipeline(synMeta, synData))
    const round = (value: number) => Math.round(value * 100) / 100
    return {
      coinr_asem_ms: coinr.asem_median_ms,
      coinr_asem_min_ms: coinr.asem_min_ms,
      coinr_asem_batch: coinr.asem_batch,
      coinr_10000x50_batch: coinr.syn_batch,
      engine_asem_batch: asemParsed.batch,
      engine_10000x50_batch: syn.batch,
      coinr_10000x50_ms: coinr.syn_median_ms,
      coinr_10000x50_min_ms: coinr.syn_min_ms,
      engine_asem_ms: round(asemParsed.median),
      engine_asem_min_ms: round(asemParsed.min),
      engine_10000x50_ms: round(syn.median),
      engine_10000x50_min_ms: round(syn.min),
      engine_asem_warm_ms: round(asemWarm.median),
      coinr_speedup_asem_warm: round(coinr.asem_median_ms / asemWarm.median),
      engine_asem_text_cells_ms: round(asemText.median),
      engine_10000x50_text_cells_ms: round(synText.median),
      coinr_speedup_asem_text_cells: round(coinr.asem_median_ms / asemText.median),
      coinr_speedup_10000x50_text_cells: round(coinr.syn_median_ms / synText.median),
      coinr_speedup_asem: round(coinr.asem_median_ms / asemParsed.median),
      coinr_speedup_10000x50: round(coinr.syn_median_ms / syn.median),
    }
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}
