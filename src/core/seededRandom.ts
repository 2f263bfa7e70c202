/**
 * A small, fast 32-bit pseudo-random generator (Tommy Ettinger's mulberry32): the same seed always
 * gives the same sequence of floats in [0, 1), on every platform.
 *
 * Why not `Math.random`: sample data must be reproducible from a seed (same seed → byte-identical
 * files), and a generator this small is easy to audit. Not for anything secret.
 *
 * @example
 *   const next = mulberry32(42)
 *   next() // => 0.6011037519201636 (always, for seed 42)
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The first draw of `mulberry32(seed)` without building a generator (the sample generator makes
 * one draw per key, millions of them for a benchmark sample).
 *
 * @example
 *   mulberry32First(42) === mulberry32(42)() // => true
 */
export function mulberry32First(seed: number): number {
  let mixed = (seed + 0x6d2b79f5) >>> 0
  mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
  return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
}
