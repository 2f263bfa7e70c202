// Finds the Electron binary without importing `electron` (which would try to download it).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Returns { path } when the Electron runtime is installed, or { reason } explaining why not. */
export function findElectronBinary(projectRoot = process.cwd()) {
  const packageDir = join(projectRoot, 'node_modules', 'electron')
  if (!existsSync(join(packageDir, 'package.json')))
    return { reason: 'the electron package is not installed' }
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile))
    return {
      reason: 'the Electron runtime has not been downloaded (node_modules/electron/path.txt is missing)',
    }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return { reason: `the Electron runtime is missing at ${binary}` }
  return { path: binary }
}
