/**
 * What every page of the review site shares: escaping, the page shell with its style sheet, and
 * the typography of Chinese text. Each page carries its own CSS so that the site works from
 * file:// with no server, no CDN and no other file.
 */

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string)
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** JSON safe inside a <script type="application/json"> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/**
 * A complete HTML document.
 * @param title the <title>, escaped here
 * @param body the <body> markup
 * @param script plain script run at the end of the body, or undefined
 * @returns the page
 */
export function htmlPage(title: string, body: string, script?: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lawgov review">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
${script === undefined ? '' : `<script>${script}</script>\n`}</body>
</html>
`
}

/** CJK first: PingFang and Hiragino on Apple systems, Microsoft YaHei on Windows, Noto/Source
 *  Han on Linux; the serif stack for the source text follows 公文's 仿宋/宋体 look. */
const STYLE = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#e3e5e8;--bg:#fff;--panel:#f6f7f9;--accent:#0b57d0;--removed:#9aa0a6;--repair:#fff3c4;--repair-edge:#c99a00;--warn:#b3261e;--ok:#137333;
font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,-apple-system,"Segoe UI",sans-serif;
color:var(--fg);background:var(--bg);line-height:1.7;font-size:16px}
body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem}
h1{font-size:1.5rem;line-height:1.4;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.25rem .5rem;z-index:2}
.muted{color:var(--muted)}
.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:0;padding:0;list-style:none}
.totals li{background:var(--panel);border-radius:.5rem;padding:.75rem 1rem}
.totals .n{display:block;font-size:1.6rem;font-weight:600;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1.5rem}
figure{margin:0}figcaption{font-weight:600;margin-bottom:.25rem}
svg.bars{width:100%;height:auto;font-size:12px}
svg.bars text{fill:var(--fg)}svg.bars .bar{fill:var(--accent)}svg.bars .track{fill:var(--panel)}
.table-tools{display:flex;gap:.75rem;align-items:center;flex-wrap:wrap;margin:.5rem 0}
.table-tools input{font:inherit;padding:.35rem .6rem;min-width:16rem;border:1px solid var(--line);border-radius:.35rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.status-ok{color:var(--ok)}.status-warnings{color:#8a5a00}.status-failed{color:var(--warn)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:1.5rem;align-items:start}
.layout aside{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto}
@media (max-width:60rem){.layout{grid-template-columns:1fr}.layout aside{position:static;max-height:none}}
.card{background:var(--panel);border-radius:.5rem;padding:.75rem 1rem;margin-bottom:1rem}
.card dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.15rem .75rem}
.card dt{color:var(--muted);white-space:nowrap}.card dd{margin:0;overflow-wrap:anywhere}
.evidence{display:block;font-size:.8rem;color:var(--muted)}
.warnings{border-left:4px solid var(--warn);background:#fdecea;padding:.5rem 1rem;margin:0 0 1rem;border-radius:.25rem}
.warnings ul{margin:.25rem 0;padding-left:1.25rem}
.outline ol{padding-left:1.1rem;margin:.25rem 0}.outline li{margin:.1rem 0}
.source{font-family:"FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC","Songti SC","SimSun",serif;background:var(--bg);border:1px solid var(--line);border-radius:.5rem;padding:.5rem 0;counter-reset:none}
.line{display:grid;grid-template-columns:3.5rem minmax(0,1fr);gap:.75rem;padding:0 .75rem;white-space:pre-wrap;overflow-wrap:anywhere}
.line:target{background:#e8f0fe}
.ln{color:var(--muted);text-align:right;font-family:ui-monospace,monospace;font-size:.8rem;text-decoration:none;padding-top:.2rem}
.line.removed .text{color:var(--removed);text-decoration:line-through}
.rule{display:inline-block;margin-left:.5rem;font-family:ui-monospace,monospace;font-size:.72rem;color:var(--muted);border:1px solid var(--line);border-radius:.25rem;padding:0 .3rem;text-decoration:none;white-space:nowrap}
mark.repair{position:relative;background:var(--repair);border-bottom:2px solid var(--repair-edge);color:inherit;border-radius:.15rem;cursor:help}
mark.repair.unsure{border-bottom-style:dashed}
mark.repair del{color:var(--warn)}mark.repair ins{text-decoration:none;font-weight:600}
.tip{display:none;position:absolute;left:0;top:100%;z-index:3;min-width:16rem;max-width:24rem;background:#202124;color:#fff;font-family:ui-monospace,monospace;font-size:.78rem;line-height:1.5;padding:.4rem .6rem;border-radius:.35rem;white-space:normal}
mark.repair:hover .tip,mark.repair:focus .tip,mark.repair:focus-within .tip{display:block}
@media print{body{max-width:none;padding:0}.layout{grid-template-columns:1fr}.layout aside{position:static;max-height:none}.table-tools,.skip{display:none}a{color:inherit;text-decoration:none}.line{break-inside:avoid}.tip{display:none!important}mark.repair .tip-print{display:inline}}
.tip-print{display:none;font-size:.75rem;color:var(--muted)}
`
