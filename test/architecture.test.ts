/** The dependency direction: CLI → pipeline → stages → types. Stages do no I/O. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dir = new URL('../src/stages/', import.meta.url)
// a stage's own modules (stages/metadata/title.ts …) are held to the same rule
const stages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))

describe('stages are pure', () => {
  it.each(stages)('%s imports no fs, process, CLI or clock', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8')
    expect(source).not.toMatch(/from ['"](?:node:)?(?:fs|fs\/promises|child_process|net|http|https)['"]/)
    expect(source).not.toMatch(/from ['"]\.\.\/cli\//)
    expect(source).not.toMatch(/\bprocess\.|\bconsole\.|Date\.now\(|new Date\(/)
  })

  it('only the htmlparser2 adapter imports htmlparser2, only the opencc adapter opencc-js, and nothing cheerio (a tool of the tests)', () => {
    const all = (d: URL): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(new URL(`${e.name}/`, d)) : [new URL(e.name, d).pathname]))
    for (const path of all(new URL('../src/', import.meta.url))) {
      const source = readFileSync(path, 'utf8')
      if (!path.endsWith('adapters/htmlparser2.ts')) expect(source, path).not.toMatch(/['"]htmlparser2/)
      expect(source, path).not.toMatch(/['"]cheerio/)
      if (!path.endsWith('adapters/opencc.ts')) expect(source, path).not.toMatch(/['"]opencc-js/)
    }
  })
})
