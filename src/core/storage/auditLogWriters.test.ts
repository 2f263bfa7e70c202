import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test(-prop)?\.tsx?$/.test(entry.name) ? [path] : []
  })

describe('writers of the audit log', () => {
  it('all go through appendAuditEntry: no other code adds, changes or deletes a log row', () => {
    // A row added another way has no hash and breaks the chain; an update or delete is tampering.
    const direct = /auditLog\s*\.\s*(add|put|bulkAdd|bulkPut|update|delete|bulkDelete|clear|modify)\s*\(/
    const offenders = sourceFiles(root)
      .filter((file) => !file.endsWith(join('storage', 'auditLogAppend.ts')))
      .filter((file) => direct.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))

    expect(offenders).toEqual([])
  })
})
