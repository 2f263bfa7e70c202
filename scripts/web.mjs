// npm run web: builds the renderer and serves the browser edition on http://127.0.0.1:$PORT.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { serveRenderer } from './serveRenderer.mjs'

const port = Number(process.env.PORT ?? 4780)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535 (got "${process.env.PORT}").`)
  process.exit(2)
}
if (process.env.ICTWB_SKIP_BUILD !== '1' || !existsSync('out/renderer/index.html')) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
try {
  const { url } = await serveRenderer(port)
  console.log(
    `\nBàn làm việc Chỉ số CNTT (phiên bản trình duyệt) / ICT Index Workbench (browser edition): ${url}`,
  )
  console.log(
    'Mở địa chỉ trên trong trình duyệt. Nhấn Ctrl-C để dừng. / Open the address above in a browser. Press Ctrl-C to stop.',
  )
} catch (error) {
  const inUse = error && error.code === 'EADDRINUSE'
  console.error(
    inUse
      ? `Port ${port} is already in use; set PORT to another number, e.g. PORT=4781 npm run web.`
      : String(error),
  )
  process.exit(1)
}
process.on('SIGINT', () => process.exit(0))
process.on('SIGTERM', () => process.exit(0))
