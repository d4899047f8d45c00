/**
 * Every warning code a Report's `warnings` may carry, declared once: the code and what it means.
 * Stages emit them by name (WARNINGS.noTitle.code); the README's table of warning codes is
 * generated from this list (`npm run readme:tables`), and a test fails on a code emitted but not
 * declared, declared but never emitted, or a table that is not current.
 */

export interface WarningDeclaration {
  /** kebab-case, as `warnings[].code` carries it */
  code: string
  /** what it says about the page, for the README */
  meaning: string
}

export const WARNINGS = {
  noTitle: { code: 'no-title', meaning: 'no title in the document or its disclosure block' },
  ambiguousDate: { code: 'ambiguous-date', meaning: 'a damaged date with several readings, kept as printed' },
  docNumberYearMissing: {
    code: 'doc-number-year-missing',
    meaning: 'a 文号 whose year was lost (国发〔〕33号), in the text or the disclosure block; kept as printed, never given a year',
  },
  chromeTooAggressive: { code: 'chrome-too-aggressive', meaning: 'chrome rules would have removed most of the page (the lines its HTML structure names as chrome aside); nothing was removed' },
  invalidBytes: { code: 'invalid-bytes', meaning: 'bytes invalid in the detected encoding became U+FFFD' },
  mixedEncoding: {
    code: 'mixed-encoding',
    meaning: 'some lines are UTF-8 and others GBK/Big5 (pages pasted together); each line was read in its own encoding',
  },
  nulBytes: { code: 'nul-bytes', meaning: 'stray NUL bytes in a text page were dropped' },
  noDocument: { code: 'no-document', meaning: 'every line of the page is chrome; the body is empty' },
  emptyInput: { code: 'empty-input', meaning: 'the input has no text' },
  flattenedText: { code: 'flattened-text', meaning: 'a line held the page with its line breaks lost; it was split into lines (info)' },
  titleConflict: { code: 'title-conflict', meaning: 'the disclosure block\'s title and the document\'s own differ; the disclosure block\'s is used' },
  issuerConflict: {
    code: 'issuer-conflict',
    meaning: 'the disclosure block\'s 发文机关 names none of the organs that signed the document; the signers are kept',
  },
  regionAmbiguous: {
    code: 'region-ambiguous',
    meaning: 'a place name several divisions share, with nothing on the page to choose; the region stays at the level that is certain',
  },
  regionConflict: { code: 'region-conflict', meaning: 'the site, the disclosure block or a code names a place that cannot be the document\'s region' },
  periodPublishedMismatch: { code: 'period-published-mismatch', meaning: 'an annual report published in another year than the one after its period' },
} as const satisfies Record<string, WarningDeclaration>

export type WarningCode = (typeof WARNINGS)[keyof typeof WARNINGS]['code']
