/**
 * Wrapper around opencc-js: Traditional → Simplified. The converter and its dictionaries are
 * loaded on first use only, so Simplified input never pays for them.
 */
import { createRequire } from 'node:module'

/** Which Traditional standard the text follows: OpenCC's "t" (generic), "tw" (Taiwan words,
 *  軟體 → 软件) or "hk" (Hong Kong forms). */
export type TraditionalVariant = 't' | 'tw' | 'hk'

type Convert = (text: string) => string
const converters = new Map<TraditionalVariant, Convert>()

/**
 * Convert Traditional Chinese text to Simplified (OpenCC, variant → "cn").
 * @param text any text
 * @param variant the Traditional standard the text follows (default: `'t'`)
 * @returns the Simplified text
 */
export function toSimplified(text: string, variant: TraditionalVariant = 't'): string {
  let convert = converters.get(variant)
  if (convert === undefined) {
    const require = createRequire(import.meta.url)
    const opencc = require('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => Convert }
    // characters only: OpenCC's Taiwan phrase table ("twp") rewrites words (建立 → 创建), and a
    // repair that changes what a document says is worse than a Taiwan word left as printed
    convert = opencc.Converter({ from: variant, to: 'cn' })
    converters.set(variant, convert)
  }
  return convert(text)
}
