/**
 * Wrapper around opencc-js: Traditional → Simplified. The converter and its dictionaries are
 * loaded on first use only, so Simplified input never pays for them.
 */
import { createRequire } from 'node:module'

type Convert = (text: string) => string
let toCn: Convert | undefined

/**
 * Convert Traditional Chinese text to Simplified (OpenCC "t" → "cn").
 * @param text any text
 * @returns the Simplified text
 */
export function toSimplified(text: string): string {
  if (toCn === undefined) {
    const require = createRequire(import.meta.url)
    const opencc = require('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => Convert }
    toCn = opencc.Converter({ from: 't', to: 'cn' })
  }
  return toCn(text)
}
