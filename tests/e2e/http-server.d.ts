// The one part of http-server (a plain static server, devDependency) the intranet test uses.
declare module 'http-server' {
  import type { Server } from 'node:http'
  export function createServer(options: {
    readonly root: string
    readonly cache?: number
    readonly showDir?: string
    readonly logFn?: () => void
  }): {
    readonly server: Server
    listen(port: number, host: string, callback: () => void): void
    close(): void
  }
}
