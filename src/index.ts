/**
 * lawgov as a library: `parseReport(bytes | string, options) → Report`, the Report's JSON Schema,
 * and the fixture checker the CLI and the tests share.
 */
export { learnSiteChrome, parseReport } from './pipeline.js'
export { reportJsonSchema, ReportSchema, SectionSchema, SCHEMA_VERSION } from './types.js'
export type {
  Citation,
  InputFormat,
  ParseOptions,
  Period,
  Region,
  Removed,
  Repair,
  Report,
  ReportDates,
  Section,
  Signature,
  Source,
  Warning,
} from './types.js'
export { checkFixture, findFixtureCases, type FixtureResult, type FieldDifference } from './fixtures/check.js'
export {
  addDigest,
  corpusStats,
  COVERAGE_FIELDS,
  digestReport,
  emptyStats,
  finishStats,
  type CitedDocument,
  type CorpusStats,
  type ReportDigest,
  type RunningStats,
} from './stats.js'
export { compareFingerprints, fingerprintOf, type Fingerprint, type FingerprintComparison } from './fingerprint.js'
export { copyCandidateOf, groupCopies, type CopyCandidate, type CopyGroup } from './duplicates.js'
export { InputError, LawgovError, UsageError, BugError } from './messages.js'
