/**
 * Punctuation that several stages read the same way: what ends a sentence, and the marks of
 * clauses and sentences whose presence tells a line of prose from a label, a menu or a title.
 *
 * Example: "为深入推进依法行政，加快建设法治政府。" holds clause marks (，。) and ends with a
 * sentence's end; "首页 > 政务公开 > 通知公告" and "发布日期：2022-04-11" hold neither.
 */

/** The characters that end a sentence, full width or ASCII. */
export const SENTENCE_END_MARKS = '。！？!?'

/** The marks of clauses and sentences, full width or ASCII: a line that holds one is read as
 *  (part of) a sentence — the prose test of src/line-shape.ts, strip-chrome's label and list lines. */
export const CLAUSE_MARKS = '。，；！？,;!?'

/** Any one of CLAUSE_MARKS. */
export const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`)

/** A sentence's end or a semicolon: what no title and no item of a list holds (a comma may);
 *  CLAUSE_MARKS without the commas. */
export const SENTENCE_STOP = new RegExp(`[${SENTENCE_END_MARKS}；;]`)
