import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'

const directives = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((directive) => [
    directive.split(' ')[0],
    directive.split(' ').slice(1),
  ]),
)

describe('CONTENT_SECURITY_POLICY (SEC-01, SEC-04)', () => {
  it('allows scripts only from the app itself: no eval, no inline script, no remote host', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
  })

  it('lets the page connect only to its own origin, so it cannot send data anywhere', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
  })

  it('forbids plugins, base-URL changes, form posts and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })
})
