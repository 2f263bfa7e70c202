import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from './base64'

describe('bytesToBase64', () => {
  it('encodes with standard padding', () => {
    expect(
      [[], [102], [102, 111], [102, 111, 111]].map((bytes) => bytesToBase64(new Uint8Array(bytes))),
    ).toEqual(['', 'Zg==', 'Zm8=', 'Zm9v'])
  })
})

describe('base64ToBytes', () => {
  it('refuses text that is not padded base64', () => {
    expect(['Zg=', 'Z===', 'Zm9v!', 'Zm=v', 'Zm9vé==='].map(base64ToBytes)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

test.prop([fc.uint8Array({ maxLength: 2000 })])('round-trips any bytes', (bytes) => {
  expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
})
