// npm start: builds and launches the desktop app; falls back to the browser edition when the
// Electron runtime is not installed on this machine.
import { spawn, spawnSync } from 'node:child_process'
import { findElectronBinary } from './electronRuntime.mjs'

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const electron = findElectronBinary()
if ('path' in electron) {
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    `\nThe desktop app cannot start because ${electron.reason}; starting the browser edition instead.`,
  )
  console.log(`Không chạy được ứng dụng máy tính vì thiếu Electron; đang mở phiên bản trình duyệt.\n`)
  const web = spawn(process.execPath, ['scripts/web.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ICTWB_SKIP_BUILD: '1' },
  })
  web.on('exit', (code) => process.exit(code ?? 0))
  process.on('SIGINT', () => web.kill('SIGINT'))
}
