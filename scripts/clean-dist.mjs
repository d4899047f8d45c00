/**
 * First part of `npm run build`: empty dist/. The compiler writes the modules src/ holds and
 * never removes one whose source is gone, so a module deleted or renamed in src/ would live on in
 * dist/ (and a test or the bundle could still load it) until the checkout is cloned afresh.
 */
import { rmSync } from 'node:fs'

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })
