// Draws the app icon (a rounded blue square with three rising white bars and a gold dot: an index
// going up) and writes resources/icon.png (512 px, Linux/AppImage and the window) and
// resources/icon.ico (16–256 px PNG frames, Windows). Pure Node: zlib for PNG, no image library.
// Run `node scripts/generateIcon.mjs` after changing the drawing; both files are committed.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const BLUE = [22, 78, 150]
const WHITE = [255, 255, 255]
const GOLD = [247, 190, 36]

/** Colour and coverage of one point in a 1×1 square (0..1 coordinates), or null when outside. */
function paint(x, y) {
  const radius = 0.2
  const dx = Math.max(radius - x, 0, x - (1 - radius))
  const dy = Math.max(radius - y, 0, y - (1 - radius))
  if (dx * dx + dy * dy > radius * radius) return null
  const bars = [
    [0.2, 0.62],
    [0.42, 0.45],
    [0.64, 0.28],
  ]
  for (const [left, top] of bars) if (x >= left && x <= left + 0.16 && y >= top && y <= 0.8) return WHITE
  const [cx, cy, r] = [0.72, 0.17, 0.075]
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return GOLD
  return BLUE
}

/** RGBA pixels at `size`, 4×4 supersampled so edges are smooth. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4)
  const samples = 4
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let red = 0
      let green = 0
      let blue = 0
      let covered = 0
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
          if (colour === null) continue
          red += colour[0]
          green += colour[1]
          blue += colour[2]
          covered += 1
        }
      }
      const offset = (py * size + px) * 4
      if (covered > 0) {
        pixels[offset] = Math.round(red / covered)
        pixels[offset + 1] = Math.round(green / covered)
        pixels[offset + 2] = Math.round(blue / covered)
        pixels[offset + 3] = Math.round((255 * covered) / (samples * samples))
      }
    }
  }
  return pixels
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size) {
  const pixels = render(size)
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y += 1)
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** An ICO holding PNG frames (supported since Windows Vista; electron-builder and NSIS accept it). */
function ico(sizes) {
  const frames = sizes.map((size) => ({ size, data: png(size) }))
  const header = Buffer.alloc(6 + 16 * frames.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(frames.length, 4)
  let offset = header.length
  frames.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(data.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...frames.map((frame) => frame.data)])
}

writeFileSync(new URL('../resources/icon.png', import.meta.url), png(512))
writeFileSync(new URL('../resources/icon.ico', import.meta.url), ico([16, 24, 32, 48, 64, 128, 256]))
console.log('resources/icon.png and resources/icon.ico written')
