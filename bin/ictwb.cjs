#!/usr/bin/env node
// Entry point of `npx ictwb`: runs the bundled CLI from out/cli (built by `npm run build`).
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const bundle = join(__dirname, '..', 'out', 'cli', 'index.cjs')
if (!existsSync(bundle)) {
  console.error(
    'ictwb: chưa build công cụ dòng lệnh; hãy chạy "npm run build". / The CLI is not built yet; run "npm run build".',
  )
  process.exit(2)
}
require(bundle)
