/**
 * Charts of the review dashboard, drawn as inline SVG when the site is built: no script, no
 * library, and they print. Each bar carries its label and count as text, and a <title> for
 * screen readers and hover.
 */
import { escapeHtml } from './html.js'

export interface Bar {
  label: string
  value: number
  /** A key the page's tests and scripts can find the bar by (data-stat). */
  key?: string
}

const ROW = 22
const LABEL_WIDTH = 230
const BAR_WIDTH = 190
const VALUE_WIDTH = 80

/**
 * Horizontal bars, one per entry, longest first as given.
 * @param bars the entries
 * @param options scale: `max` is the value of a full bar (default: the largest value); `total`
 *   adds a share after each count
 * @returns an <svg> element, or a line saying there is nothing to draw
 */
export function barChart(bars: readonly Bar[], options: { max?: number; total?: number; label: string }): string {
  if (bars.length === 0) return '<p class="muted">none</p>'
  const max = Math.max(options.max ?? 0, ...bars.map((bar) => bar.value), 1)
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
  const height = bars.length * ROW + 4
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 2
    const length = Math.round((BAR_WIDTH * bar.value) / max)
    const share = options.total !== undefined && options.total > 0 ? ` (${((100 * bar.value) / options.total).toFixed(0)}%)` : ''
    const key = bar.key === undefined ? '' : ` data-stat="${escapeHtml(bar.key)}"`
    return (
      `<g${key}><title>${escapeHtml(`${bar.label}: ${bar.value}${share}`)}</title>` +
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(shorten(bar.label))}</text>` +
      `<rect class="track" x="${LABEL_WIDTH}" y="${y + 3}" width="${BAR_WIDTH}" height="${ROW - 6}" rx="2"/>` +
      `<rect class="bar" x="${LABEL_WIDTH}" y="${y + 3}" width="${length}" height="${ROW - 6}" rx="2"/>` +
      `<text class="value" x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 15}">${bar.value}${share}</text></g>`
    )
  })
  return `<svg class="bars" role="img" aria-label="${escapeHtml(options.label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`
}

/** Labels longer than the label column are cut with an ellipsis (the <title> has them whole). */
function shorten(label: string): string {
  let width = 0
  let out = ''
  for (const char of label) {
    width += /[\u2e80-\uffff]/.test(char) ? 12 : 7
    if (width > LABEL_WIDTH - 16) return `${out}…`
    out += char
  }
  return out
}
