/**
 * Whether a parse worker's `error` event says it ran out of memory. Chromium reports a failed
 * allocation inside a worker as an uncaught `RangeError` ("Array buffer allocation failed",
 * "Invalid string length", "Invalid typed array length"); a worker that exhausts the whole heap
 * takes the page down instead, which the batch's parsing marks cover (`parse-interrupted`).
 *
 * @example
 *   workerFailureCause('Uncaught RangeError: Array buffer allocation failed') // => 'out-of-memory'
 */
export function workerFailureCause(message: string): 'out-of-memory' | undefined {
  return /out of memory|allocation failed|invalid (string|array|typed array) length/i.test(message)
    ? 'out-of-memory'
    : undefined
}
