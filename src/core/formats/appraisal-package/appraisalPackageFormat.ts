import { z } from 'zod'
import { defaultWorkbookReadLimits, type WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { councilMemberSchema, councilScopeSchema } from '@core/formats/council-package/councilPackageFormat'

/** The `format` id in an appraisal package's manifest. */
export const APPRAISAL_PACKAGE_FORMAT = 'ictwb-appraisal-package'
/** The appraisal package format this build writes and reads (docs/appraisal-council.md). */
export const APPRAISAL_PACKAGE_FORMAT_VERSION = 1
/** The manifest at the top of the zip. */
export const APPRAISAL_PACKAGE_MANIFEST = 'appraisal-package.json'

/** Limits for an appraisal package: appraisals only (text), no evidence. */
export const appraisalPackageLimits: WorkbookReadLimits = {
  ...defaultWorkbookReadLimits,
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 4,
  maxPartBytes: 50 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
}

/** An appraisal package's manifest, beyond the sealed fields every council file has. */
export const appraisalPackageManifestSchema = z.looseObject({
  assessmentId: z.string().min(1).max(200),
  frameworkId: z.string().min(1).max(200),
  frameworkVersion: z.string().min(1).max(200),
  year: z.number().int().min(2000).max(2100),
  member: councilMemberSchema,
  scope: councilScopeSchema,
  workPackageHash: z.string().regex(/^[0-9a-f]{64}$/),
  exportedAt: z.string().max(40),
  appVersion: z.string().max(40),
})
