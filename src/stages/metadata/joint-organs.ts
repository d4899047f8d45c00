/**
 * Organs that issue or sign jointly, their names run together (a page joined with nothing lost the
 * line break or the space between them): read apart by where one name ends and the next begins.
 */
import { isOrganName } from '../../rules/document.js'
import { placeShapedOpening } from '../../regions.js'

/** Whether `rest` opens with the name of a place `head` names too: organs that sign jointly are of
 *  one place (中共溪北区委 | 溪北区人民政府). */
function namesSamePlace(head: string, rest: string): boolean {
  const place = placeShapedOpening(rest, TOWN_DEPTH)
  return place !== undefined && head.includes(place)
}

/** Joint signers may be a town's (中共桂溪镇委员会 | 桂溪镇人民政府): place names are read down to a town. */
const TOWN_DEPTH = 3

/** Two organs signed jointly are each this long at least (中共某县委 is 5). */
const JOINT_ORGAN_MIN_LENGTH = 5

/**
 * Organs that sign or issue jointly, their names run together where the line break or the space
 * between them was lost (a page joined with nothing): "中共衡南县咸塘镇委员会衡南县咸塘镇人民政府" → 中共衡南县咸塘镇委员会 |
 * 衡南县咸塘镇人民政府. A name is cut where the words before end like an organ and the words after
 * open like another: 中共…, or the place the words before name (衡南县…); one organ whose name holds
 * another's ending
 * ("中共某市委全面依法治市委员会办公室", "某区人民政府某街道办事处": a town's or a street's office is
 * named under its district) stays whole.
 * @param name one signer's name as the line printed it
 * @returns the organs, in order
 */
export function gluedOrgans(name: string): string[] {
  for (let at = JOINT_ORGAN_MIN_LENGTH; at <= name.length - JOINT_ORGAN_MIN_LENGTH; at++) {
    const head = name.slice(0, at)
    const rest = name.slice(at)
    if (!isOrganName(head) || !(rest.startsWith('中共') || namesSamePlace(head, rest))) continue
    const others = gluedOrgans(rest)
    if (others.every(isOrganName)) return [head, ...others]
  }
  return [name]
}
