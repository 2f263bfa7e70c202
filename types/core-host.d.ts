// What the pure core (src/core) may use from its host beyond the ES2023 library: the WHATWG
// Encoding API and WebCrypto's digest, randomUUID and getRandomValues (digest and randomUUID exist only in secure
// contexts; the core falls back to getRandomValues and @noble/hashes where they are missing). Node 20, Electron and every browser the
// app supports have them. Only tsconfig.core.json includes this file; the node and web configs get
// the full declarations from @types/node and the DOM library.

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}

declare const crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: ArrayBufferView<ArrayBuffer> | ArrayBuffer): Promise<ArrayBuffer>
  }
  randomUUID(): string
  getRandomValues<T extends ArrayBufferView>(array: T): T
}
