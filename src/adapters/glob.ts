/**
 * Wrapper around fast-glob: folder searches and glob patterns. Loaded on first use only, so a run
 * over named files does not pay for it.
 */
import { createRequire } from 'node:module'
import type FastGlob from 'fast-glob'

type FastGlobModule = typeof FastGlob
let fastGlob: FastGlobModule | undefined

function load(): FastGlobModule {
  fastGlob ??= createRequire(import.meta.url)('fast-glob') as FastGlobModule
  return fastGlob
}

/**
 * @param pattern a path or a glob
 * @returns whether it holds wildcards ("crawl/**\/*.html")
 */
export function isGlobPattern(pattern: string): boolean {
  return load().isDynamicPattern(pattern)
}

/** fast-glob's synchronous search, with its options and entry shapes. */
export const globSync: FastGlobModule['sync'] = ((pattern: string | string[], options?: FastGlob.Options) => load().sync(pattern, options)) as FastGlobModule['sync']
