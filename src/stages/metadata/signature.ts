/**
 * The signature block: signer lines directly above a date line.
 *
 * Example: blocks […, signer '中共某市委', signer '某市人民政府', signature-date '2019年5月6日'] →
 * {signers: ['中共某市委', '某市人民政府'], date: '2019-05-06'}.
 */
import { isoDateIn } from '../../dates.js'
import { METADATA_RULES } from '../../rules/metadata.js'
import { splitNames } from '../../rules/document.js'
import { gluedOrgans } from './joint-organs.js'
import type { Signature } from '../../types.js'
import type { Block } from '../segment.js'
import { inBlock, type Finder } from './evidence.js'

export const SIGNATURE_FINDERS: readonly Finder<Signature>[] = [
  // the first signature block: the signers read top to bottom, then their date
  {
    rule: METADATA_RULES.signature,
    find: (page) => {
      const blocks = page.blocks
      const dateIndex = blocks.findIndex((b) => b.role === 'signature-date')
      if (dateIndex === -1) return undefined
      const dateBlock = blocks[dateIndex] as Block
      const signerBlocks: Block[] = []
      let first = dateBlock
      for (let k = dateIndex - 1; k >= 0 && (blocks[k] as Block).role === 'signer'; k--) {
        first = blocks[k] as Block
        signerBlocks.push(first)
      }
      const signers = signerBlocks.reverse().flatMap((block) => splitNames(block.text).flatMap(gluedOrgans))
      return { value: { signers, date: isoDateIn(dateBlock.text) }, where: inBlock(first) }
    },
  },
]

