import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import packageJson from './package.json'

// main and preload: entries default to src/main/index.ts and src/preload/index.ts; packages in
// "dependencies" are externalized (build.externalizeDeps defaults to true).
// The one path alias (tsconfig.base.json paths): @core/<folder>/<file> is src/core/<folder>/<file>.
const core = { '@core': resolve(__dirname, 'src/core') }

export default defineConfig({
  main: { resolve: { alias: core } },
  preload: { resolve: { alias: core } },
  renderer: {
    // electron-vite builds the renderer with base './', so out/renderer loads from app:// in
    // Electron and from http://127.0.0.1 in the browser edition.
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
    resolve: { alias: { ...core, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    build: { minify: true, chunkSizeWarningLimit: 2000 },
    plugins: [react()],
  },
})
