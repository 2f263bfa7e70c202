import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { CONTENT_SECURITY_POLICY } from './serveRenderer.mjs'

const docs = resolve(__dirname, '../docs/intranet')
const read = (name: string) => readFileSync(resolve(docs, name), 'utf8')

describe('intranet hosting snippets (docs/intranet)', () => {
  it('web.config is well-formed XML with the app’s CSP, JavaScript MIME types and the two cache rules', () => {
    const text = read('web.config')
    const parser = new SaxesParser()
    const headers = new Map<string, string>()
    const mimeMaps = new Map<string, string>()
    const caches: Record<string, string>[] = []
    parser.on('opentag', (tag) => {
      const attributes = tag.attributes as Record<string, string>
      if (tag.name === 'add' && attributes['name'] !== undefined)
        headers.set(attributes['name'], attributes['value'] ?? '')
      if (tag.name === 'mimeMap')
        mimeMaps.set(attributes['fileExtension'] ?? '', attributes['mimeType'] ?? '')
      if (tag.name === 'clientCache') caches.push(attributes)
    })
    parser.write(text).close()

    expect(headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(mimeMaps.get('.js')).toMatch(/^text\/javascript/)
    expect(mimeMaps.get('.mjs')).toMatch(/^text\/javascript/)
    expect(caches).toEqual([
      { cacheControlMode: 'DisableCache' },
      { cacheControlMode: 'UseMaxAge', cacheControlMaxAge: '365.00:00:00', cacheControlCustom: 'immutable' },
    ])
  })

  it('the nginx snippet has balanced braces, the app’s CSP in both locations, no-cache by default and a long cache only on assets/', () => {
    const text = read('nginx.conf').replace(/#.*$/gm, '')
    expect(text.split('{').length).toBe(text.split('}').length)
    const policies = [...text.matchAll(/Content-Security-Policy "([^"]+)"/g)].map((match) => match[1])
    expect(policies).toEqual([CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY])
    const assets = text.slice(text.indexOf('location /ict/assets/'))
    const outer = text.slice(0, text.indexOf('location /ict/assets/'))
    expect(outer).toContain('add_header Cache-Control "no-cache" always;')
    expect(assets).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;')
  })
})
