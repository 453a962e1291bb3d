/**
 * The report's only styles, inline so that the file stands alone: it can be emailed, opened
 * offline or attached to board papers, and it makes no request of any kind.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; --text: #0b0c0c; --muted: #505a5f; --line: #b1b4b6; --panel: #f3f2f1; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--text); background: #fff; }
h1 { font-size: 2rem; margin: 0 0 8px; }
h2 { font-size: 1.5rem; margin: 40px 0 12px; padding-top: 12px; border-top: 2px solid var(--text); }
h3 { font-size: 1.15rem; margin: 24px 0 8px; }
p, li { max-width: 70ch; }
.meta, .note { color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; margin: 16px 0; padding: 0; }
.figures div { background: var(--panel); padding: 12px 16px; border-left: 5px solid var(--text); }
.figures dt { font-size: 0.9rem; color: var(--muted); }
.figures dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: 12px 0 24px; font-size: 0.9rem; }
caption { text-align: left; font-weight: 700; font-size: 1.05rem; padding-bottom: 8px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.heatmap { font-size: 0.78rem; }
.heatmap td { text-align: center; min-width: 5em; }
.heatmap tbody th { min-width: 16em; }
.level { font-weight: 600; }
.tone-blue { background: #1d70b8; color: #fff; }
.tone-green { background: #00703c; color: #fff; }
.tone-amber { background: #ffbf47; color: #0b0c0c; }
.tone-red { background: #d4351c; color: #fff; }
.tone-grey { background: #dee0e2; color: #0b0c0c; }
.tone-none { background: #fff; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 8px; padding: 0; list-style: none; }
.legend li { padding: 2px 10px; border: 1px solid var(--line); }
.below { display: block; color: var(--muted); font-size: 0.85em; }
figure { margin: 12px 0; padding: 12px 16px; border-left: 5px solid #00703c; background: var(--panel); max-width: 75ch; }
blockquote { margin: 0; }
figcaption { margin-top: 6px; color: var(--muted); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); border: 0; white-space: nowrap; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h2.new-page { break-before: page; page-break-before: always; }
  thead { display: table-header-group; }
  tr, figure, .figures div { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  .heatmap { font-size: 7pt; }
  .heatmap td, .tone-blue, .tone-green, .tone-amber, .tone-red, .tone-grey { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
