/**
 * A locality-sensitive fingerprint of a document body: two copies of one document (other
 * punctuation, line breaks, a Traditional mirror once converted, an excerpt, a watermark line)
 * get sketches that agree on most bins; two different documents on few.
 *
 * The body is folded to its Han characters, Latin letters (lower case) and digits (full-width →
 * ASCII), cut into overlapping shingles of SHINGLE_LENGTH characters within each paragraph (none
 * spans a line break: a watermark line between paragraphs adds only its own shingles), and each
 * shingle hashed once. The sketch is a one-permutation MinHash (Li, Owen & Zhang 2012): the top 6 bits of a
 * hash choose one of 64 bins, each bin keeps the minimum of the other 26 bits; an empty bin
 * takes the value of the next non-empty bin to its right (circularly), plus 2²⁶ × the distance
 * (rotation densification, Shrivastava & Li 2014), so that short texts still compare.
 *
 *     fingerprintOf('第一条 为了规范行政执法行为，保障和监督行政机关有效实施行政管理，根据有关法律、法规，制定本办法。')
 *       → { scheme: 'minhash-oph64-c5-lines', shingles: 39, minhash: '0e880a3b0a880a3b…' (512 hex digits) }
 *     fingerprintOf('第一条　为了规范行政执法行为,保障和监督行政机关有效实施行政管理,\n根据有关法律、法规,制定本办法.')
 *       → another fingerprint: the line break parts the paragraph, and no shingle spans it
 */
import { MIN_FOLDED_LENGTH, SHINGLE_LENGTH, SKETCH_BINS } from './rules/copies.js'

/** The fingerprint of a body, as a Report carries it. */
export interface Fingerprint {
  /** how it was computed, e.g. 'minhash-oph64-c5' (so a future change of scheme is detectable) */
  scheme: string
  /** number of distinct shingles of the folded text (the set size, for containment estimates) */
  shingles: number
  /** the sketch: 64 unsigned 32-bit minima, as 512 lowercase hex chars */
  minhash: string
}

/** What two fingerprints say about their bodies' shingle sets A and B. */
export interface FingerprintComparison {
  /** estimated |A∩B| / |A∪B|: the share of equal bins */
  jaccard: number
  /** estimated |A∩B| / min(|A|, |B|): how much of the smaller is in the larger */
  containment: number
  /** estimated |A∩B| / max(|A|, |B|): how much of the larger the two share */
  coverage: number
}

/** The scheme of the fingerprints this version computes. */
export const FINGERPRINT_SCHEME = `minhash-oph${SKETCH_BINS}-c${SHINGLE_LENGTH}-lines`

/** Bits of a hash below its bin number (64 bins: the top 6 bits choose, 26 remain). */
const BIN_SHIFT = 32 - Math.log2(SKETCH_BINS)
/** The part of a hash kept as a bin's value (the low 26 bits); a densified bin adds
 *  distance × 2^26 above it, so a borrowed value never equals a native one. */
const VALUE_MASK = 2 ** BIN_SHIFT - 1
/** Above any native value (they are < 2^26): marks a bin no shingle fell in, until densified. */
const EMPTY_BIN = 0x7fffffff
/** Base of the polynomial shingle hash (odd, so multiplying by it is a bijection mod 2^32). */
const HASH_BASE = 0x01000193
/** HASH_BASE^(SHINGLE_LENGTH − 1) mod 2^32: what the character leaving the window weighs. */
const HASH_BASE_OUT = power(HASH_BASE, SHINGLE_LENGTH - 1)
const HEX_LENGTH = SKETCH_BINS * 8
const HEX_DIGITS = new TextEncoder().encode('0123456789abcdef')
const ASCII = new TextDecoder()
/** Slots of the set of shingle hashes per character of the text (a power of two at least this
 *  many times the text's length): the set stays at most a quarter full, so probes are short. */
const SET_SLOTS_PER_CHAR = 4
/** The largest set kept from call to call (4 MiB); a longer text gets a set of its own. */
const MAX_KEPT_SET = 1 << 20
/** Slots of the ring of the last folded characters: a power of two, at least SHINGLE_LENGTH. */
const WINDOW_RING = 8
const RING_MASK = WINDOW_RING - 1
if (SHINGLE_LENGTH < 1 || SHINGLE_LENGTH > WINDOW_RING) throw new RangeError(`SHINGLE_LENGTH must be 1…${WINDOW_RING}`)
/** What foldUnit returns for the high half of a surrogate pair of the astral Han extensions. */
const ASTRAL_HAN = -1

// Scratch space reused from call to call, so that a page is fingerprinted without allocating: an
// open-addressing set of shingle hashes (for counting the distinct ones), the bins and the hex
// digits. Int32 throughout: V8 keeps int32 values unboxed (a Uint32Array element ≥ 2^31 is a
// double), so the bins hold the native 26-bit minima under EMPTY_BIN until densified.
let keptSet = new Int32Array(0)
const recent = new Int32Array(WINDOW_RING)
const minima = new Int32Array(SKETCH_BINS)
const hexBytes = new Uint8Array(HEX_LENGTH)

/**
 * Fingerprint a document body.
 * @param text the body, chrome stripped and converted to Simplified
 * @returns its fingerprint, or null when it has fewer than MIN_FOLDED_LENGTH folded characters
 */
export function fingerprintOf(text: string): Fingerprint | null {
  const shingles = sketchInto(text, minima)
  if (shingles < 0) return null
  return { scheme: FINGERPRINT_SCHEME, shingles, minhash: encodeMinhash(densify(minima)) }
}

/**
 * Fold `text`, hash its shingles and keep each bin's minimum in `bins` (not densified).
 * @returns the number of distinct shingles, or −1 when the folded text is too short
 */
function sketchInto(text: string, bins: Int32Array): number {
  // The hot loop, kept apart from the encoding so that it compiles on its own (measured: the
  // same loop followed by the hex encoding in one function ran up to 1.5× slower), with the
  // common case inline: a CJK ideograph goes straight to the hash; foldUnit handles the rest.
  let capacity = 1 << 8
  while (capacity < text.length * SET_SLOTS_PER_CHAR) capacity <<= 1
  let set = keptSet
  if (capacity > set.length) {
    set = new Int32Array(capacity)
    if (capacity <= MAX_KEPT_SET) keptSet = set
  } else set.fill(0, 0, capacity)
  const mask = capacity - 1
  bins.fill(EMPTY_BIN)
  let distinct = 0
  let hasZero = false

  // One pass: fold a character, roll it into the hash of the last SHINGLE_LENGTH folded
  // characters, then, once the window is full, put the shingle's hash into its bin and into the
  // set. The window is a ring of the last WINDOW_RING folded characters (not a folded copy of the
  // text, which would cost a third of the time); its unwritten slots are 0, so the first
  // characters subtract nothing.
  const ring = recent.fill(0)
  let folded = 0
  let inLine = 0
  let h = 0
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x4e00 || c > 0x9fff) {
      // a shingle never spans two paragraphs: a copy site's watermark line between paragraphs,
      // or a cut at a paragraph's end, adds or takes no shingle of the document's own
      if (c === 0x0a) {
        if (inLine > 0) {
          ring.fill(0)
          h = 0
          inLine = 0
        }
        continue
      }
      // not a CJK Unified Ideograph: punctuation, space, ASCII, full-width forms, rare Han
      c = foldUnit(c)
      if (c === 0) continue
      if (c === ASTRAL_HAN) {
        c = astralHanAt(text, i)
        if (c === 0) continue
        i++
      }
    }
    const leaving = ring[(folded - SHINGLE_LENGTH) & RING_MASK]!
    h = (Math.imul(h - Math.imul(leaving, HASH_BASE_OUT), HASH_BASE) + c) | 0
    ring[folded & RING_MASK] = c
    folded++
    if (++inLine < SHINGLE_LENGTH) continue
    // MurmurHash3's finaliser (fmix32): every bit of h flips each bit of x with probability ½
    let x = h ^ (h >>> 16)
    x = Math.imul(x, 0x85ebca6b)
    x ^= x >>> 13
    x = Math.imul(x, 0xc2b2ae35)
    x ^= x >>> 16
    const bin = x >>> BIN_SHIFT
    const value = x & VALUE_MASK
    if (value < bins[bin]!) bins[bin] = value
    // count the distinct hashes; 0 marks an empty slot, so the hash 0 is counted apart
    if (x === 0) {
      if (!hasZero) distinct++
      hasZero = true
      continue
    }
    let slot = x & mask
    for (;;) {
      const there = set[slot]!
      if (there === 0) {
        set[slot] = x
        distinct++
        break
      }
      if (there === x) break
      slot = (slot + 1) & mask
    }
  }
  return folded < MIN_FOLDED_LENGTH ? -1 : distinct
}

/**
 * Compare two fingerprints of the same scheme.
 * @param a a fingerprint
 * @param b another
 * @returns the estimated Jaccard similarity of their shingle sets, and from it (with the sets'
 *   sizes) the containment of the smaller in the larger and the coverage of the larger
 */
export function compareFingerprints(a: Fingerprint, b: Fingerprint): FingerprintComparison {
  if (a.scheme !== b.scheme) throw new RangeError(`cannot compare fingerprints of schemes '${a.scheme}' and '${b.scheme}'`)
  return compareSketches(sketchOf(a), a.shingles, sketchOf(b), b.shingles)
}

/**
 * Compare two decoded sketches (what compareFingerprints does once both are decoded; for callers
 * that decode each fingerprint once and compare it many times).
 * @param a a sketch (SKETCH_BINS values)
 * @param sizeA the number of distinct shingles it was made of
 * @param b another sketch
 * @param sizeB its number of distinct shingles
 * @returns jaccard, containment and coverage, as compareFingerprints
 */
export function compareSketches(a: Uint32Array, sizeA: number, b: Uint32Array, sizeB: number): FingerprintComparison {
  let equal = 0
  for (let i = 0; i < SKETCH_BINS; i++) if (a[i] === b[i]) equal++
  const jaccard = equal / SKETCH_BINS
  const min = Math.min(sizeA, sizeB)
  const max = Math.max(sizeA, sizeB)
  // |A∩B| = J·|A∪B| and |A∪B| = |A| + |B| − |A∩B|; the estimate may exceed what the smaller holds
  const shared = Math.min(min, (jaccard * (sizeA + sizeB)) / (1 + jaccard))
  return { jaccard, containment: min > 0 ? shared / min : 0, coverage: max > 0 ? shared / max : 0 }
}

/**
 * @param fingerprint a fingerprint
 * @returns its sketch as numbers, decoded once per fingerprint object (cached)
 */
export function sketchOf(fingerprint: Fingerprint): Uint32Array {
  const cached = decoded.get(fingerprint)
  if (cached !== undefined && cached.hex === fingerprint.minhash) return cached.sketch
  const sketch = decodeMinhash(fingerprint.minhash)
  decoded.set(fingerprint, { hex: fingerprint.minhash, sketch })
  return sketch
}
const decoded = new WeakMap<Fingerprint, { hex: string; sketch: Uint32Array }>()

/**
 * @param sketch SKETCH_BINS unsigned 32-bit values
 * @returns them as 8 lowercase hex characters each, in order
 */
export function encodeMinhash(sketch: Uint32Array): string {
  // digit by digit into bytes: Number#toString(16) on values ≥ 2^31 is slow in V8
  const bytes = hexBytes
  for (let i = 0; i < SKETCH_BINS; i++) {
    const value = sketch[i]!
    for (let k = 0; k < 8; k++) bytes[i * 8 + k] = HEX_DIGITS[(value >>> (28 - 4 * k)) & 15]!
  }
  return ASCII.decode(bytes)
}

/**
 * @param hex a `minhash` string (SKETCH_BINS × 8 lowercase hex characters)
 * @returns its values
 * @throws RangeError when the string is not a sketch
 */
export function decodeMinhash(hex: string): Uint32Array {
  const sketch = new Uint32Array(SKETCH_BINS)
  let valid = hex.length === HEX_LENGTH
  for (let i = 0; i < SKETCH_BINS && valid; i++) {
    let value = 0
    for (let k = i * 8; k < i * 8 + 8; k++) {
      const digit = hexDigitValue(hex.charCodeAt(k))
      if (digit < 0) valid = false
      value = value * 16 + digit
    }
    sketch[i] = value
  }
  if (!valid) throw new RangeError(`not a minhash sketch of ${SKETCH_BINS} values: '${hex.slice(0, 16)}…'`)
  return sketch
}

/** The value of a lowercase hex digit's code, or −1. */
function hexDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  return code >= 0x61 && code <= 0x66 ? code - 0x57 : -1
}

/**
 * The folded form of a text, as the fingerprint sees it (for tests and for measuring).
 * @param text any text
 * @returns its Han characters, Latin letters (lower case, full-width → ASCII) and digits
 *   (full-width → ASCII), and a line break between lines that keep any
 */
export function foldForFingerprint(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      if (out !== '' && !out.endsWith('\n')) out += '\n'
      continue
    }
    let c = foldUnit(text.charCodeAt(i))
    if (c === 0) continue
    if (c === ASTRAL_HAN) {
      c = astralHanAt(text, i)
      if (c === 0) continue
      i++
    }
    out += String.fromCodePoint(c)
  }
  return out
}

/**
 * What a UTF-16 code unit folds to: the character's code, lower-cased or made ASCII; 0 when it
 * is dropped; ASTRAL_HAN when it may begin a surrogate pair of the astral Han extensions.
 */
function foldUnit(c: number): number {
  // the common case first: a CJK Unified Ideograph
  if (c >= 0x4e00 && c <= 0x9fff) return c
  if (c < 0x80) {
    // ASCII: digits and letters, lower case
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return c
    return c >= 0x41 && c <= 0x5a ? c + 0x20 : 0
  }
  // Han of Extension A and the compatibility block, and 〇 of dates in numerals (二〇二三年)
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) return c
  if (c >= 0xff10 && c <= 0xff5a) {
    // full-width digits and letters → ASCII (letters in lower case)
    if (c <= 0xff19 || c >= 0xff41) return c - 0xfee0
    return c >= 0xff21 && c <= 0xff3a ? c - 0xfee0 + 0x20 : 0
  }
  // the high halves of U+20000–U+323FF (Extensions B–H: 𠀀)
  return c >= 0xd840 && c <= 0xd888 ? ASTRAL_HAN : 0
}

/** The astral Han character whose high surrogate is at `i`, or 0 when no low surrogate follows. */
function astralHanAt(text: string, i: number): number {
  const low = text.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff ? 0x10000 + ((text.charCodeAt(i) - 0xd800) << 10) + (low - 0xdc00) : 0
}

/** Fill each empty bin from the next non-empty bin to its right, circularly, adding 2^26 × the
 *  distance (rotation densification). At least one bin is full (there is a shingle).
 *  @returns the sketch, as unsigned values */
function densify(bins: Int32Array): Uint32Array {
  const sketch = new Uint32Array(bins)
  let last = SKETCH_BINS - 1
  while (last > 0 && bins[last] === EMPTY_BIN) last--
  // walk leftwards from the last full bin once round, remembering the nearest full bin seen: it
  // is the next full bin to the right of each empty one
  let source = last
  let value = sketch[last]!
  for (let step = 1; step < SKETCH_BINS; step++) {
    const i = (last - step + SKETCH_BINS) % SKETCH_BINS
    if (bins[i] !== EMPTY_BIN) {
      source = i
      value = sketch[i]!
    } else {
      const distance = (source - i + SKETCH_BINS) % SKETCH_BINS
      sketch[i] = value + distance * (VALUE_MASK + 1)
    }
  }
  return sketch
}

function power(base: number, exponent: number): number {
  let result = 1
  for (let i = 0; i < exponent; i++) result = Math.imul(result, base)
  return result
}
