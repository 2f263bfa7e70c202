import enChangelog from '../../../../../resources/changelog/en.md?raw'
import viChangelog from '../../../../../resources/changelog/vi.md?raw'

/**
 * The changes listed for one version in a changelog text (`resources/changelog/<language>.md`):
 * the `- ` lines of its `## <version>` section, in order; none when the version has no section.
 *
 * @example
 *   changesOf('## 0.1.0\n- Một\n- Hai\n## 0.0.9\n- Cũ', '0.1.0') // => ['Một', 'Hai']
 */
export function changesOf(text: string, version: string): string[] {
  const changes: string[] = []
  let inside = false
  for (const line of text.split(/\r?\n/)) {
    const heading = /^##\s+(.+?)\s*$/.exec(line)
    if (heading) {
      if (inside) break
      inside = heading[1] === version
      continue
    }
    if (inside && line.startsWith('- ')) changes.push(line.slice(2).trim())
  }
  return changes
}

/** The changelog text of a language (Vietnamese for any other). @example changelogText('en').startsWith('# Changes') // => true */
export function changelogText(language: string): string {
  return language === 'en' ? enChangelog : viChangelog
}
