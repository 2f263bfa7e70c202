import { describe, expect, it } from 'vitest'
import { csvStyleOptions, DEFAULT_CSV_STYLE } from './csvStyleOptions'
import { writeCsv } from './writeCsv'

describe('csvStyleOptions', () => {
  it('writes for Vietnamese Excel by default: BOM, semicolons, decimal comma', () => {
    expect(
      writeCsv(
        [
          ['Mã', 'ICT'],
          ['VP', 0.8654],
        ],
        csvStyleOptions(DEFAULT_CSV_STYLE),
      ),
    ).toBe('\uFEFFMã;ICT\r\nVP;0,8654\r\n')
  })

  it('keeps a machine form with commas and a decimal point, with the BOM', () => {
    expect(
      writeCsv(
        [
          ['Mã', 'ICT'],
          ['VP', -0.5],
        ],
        csvStyleOptions('machine'),
      ),
    ).toBe('\uFEFFMã,ICT\r\nVP,-0.5\r\n')
  })
})
