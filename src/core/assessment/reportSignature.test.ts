import { describe, expect, it } from 'vitest'
import { MAX_SIGNATURE_FIELD_LENGTH, parseReportSignature, storedReportSignature } from './reportSignature'

describe('parseReportSignature', () => {
  it('trims the fields and turns line breaks into spaces', () => {
    expect(parseReportSignature({ place: ' Đà Nẵng ', preparer: 'Nguyễn\nVăn An', head: '' })).toEqual({
      ok: true,
      value: { place: 'Đà Nẵng', preparer: 'Nguyễn Văn An', head: '' },
    })
  })

  it('gives no block when every field is empty', () => {
    expect(parseReportSignature({ place: '  ', preparer: '', head: '\n' })).toEqual({ ok: true, value: null })
  })

  it('names each field that is too long', () => {
    const long = 'ạ'.repeat(MAX_SIGNATURE_FIELD_LENGTH + 1)
    expect(parseReportSignature({ place: long, preparer: 'A', head: long })).toEqual({
      ok: false,
      error: [
        { code: 'signature-field-too-long', field: 'place', max: MAX_SIGNATURE_FIELD_LENGTH },
        { code: 'signature-field-too-long', field: 'head', max: MAX_SIGNATURE_FIELD_LENGTH },
      ],
    })
  })
})

describe('storedReportSignature', () => {
  it('takes an object of three strings and nothing else', () => {
    expect(storedReportSignature({ place: 'Huế', preparer: 'A', head: 'B' })).toEqual({
      place: 'Huế',
      preparer: 'A',
      head: 'B',
    })
    expect(storedReportSignature({ place: 'Huế', preparer: 'A' })).toBeNull()
    expect(storedReportSignature(undefined)).toBeNull()
  })
})
