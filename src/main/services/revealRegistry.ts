import { randomUUID } from 'node:crypto'

/** Paths main itself wrote, behind opaque tokens the renderer can hand back (decision 0003). */
export type RevealRegistry = {
  /** Remembers a path main wrote and returns the token for it (the same token for the same path). */
  remember(path: string): string
  /** The path behind a token, or null for a token main never gave out (or forgot). */
  pathFor(token: string): string | null
}

/**
 * A bounded map from random tokens to paths main wrote in this session. The oldest entries are
 * forgotten past `capacity`, so a long session cannot grow it without limit.
 *
 * @example
 *   const token = registry.remember('/home/u/SNV-2025.xlsx') // returned with the save result
 *   registry.pathFor(token) // => '/home/u/SNV-2025.xlsx'
 */
export function createRevealRegistry(
  options: { readonly capacity?: number; readonly newToken?: () => string } = {},
): RevealRegistry {
  const capacity = options.capacity ?? 500
  const newToken = options.newToken ?? randomUUID
  const pathsByToken = new Map<string, string>()
  const tokensByPath = new Map<string, string>()
  return {
    remember(path) {
      const known = tokensByPath.get(path)
      if (known !== undefined) return known
      const token = newToken()
      pathsByToken.set(token, path)
      tokensByPath.set(path, token)
      while (pathsByToken.size > capacity) {
        const [oldestToken, oldestPath] = pathsByToken.entries().next().value as [string, string]
        pathsByToken.delete(oldestToken)
        tokensByPath.delete(oldestPath)
      }
      return token
    },
    pathFor(token) {
      return pathsByToken.get(token) ?? null
    },
  }
}
