// `ictwb` entry: runs the CLI with the real process streams and sets the exit code.
import { runCli } from './runCli'

declare const __APP_VERSION__: string

void runCli(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    error: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  },
  __APP_VERSION__,
).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`ictwb: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 70
  },
)
