// The site's one stylesheet (the CSP allows no inline styles). Colours meet WCAG AA contrast on
// their backgrounds; every focusable element gets a visible focus ring; the layout is one column
// on a phone and puts the map beside its table on a wide screen.

export const SITE_CSS = `:root {
  --text: #1b1f24;
  --muted: #4a5360;
  --bg: #ffffff;
  --panel: #f3f5f8;
  --line: #c9d0d8;
  --link: #0a4f96;
  --brand: #0b3558;
  --focus: #b4410a;
  --overdue: #a4161a;
  --shade-0: #e4e7eb;
  --shade-1: #c6dbef;
  --shade-2: #9ecae1;
  --shade-3: #5fa2d0;
  --shade-4: #2f7ab9;
  --shade-5: #0b4f8c;
  --self: #d9480f;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--text); background: var(--bg); }
.wrap { max-width: 78rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--bg); color: var(--link); padding: 0.5rem 0.75rem; z-index: 10; border: 2px solid var(--focus); }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.site-header { background: var(--brand); color: #fff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.6rem; padding-bottom: 0.6rem; }
.site-header a { color: #fff; }
.site-header :focus-visible { outline-color: #ffd8a8; }
.site-name { margin: 0; font-weight: 700; font-size: 1.1rem; }
.site-name a { text-decoration: none; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
nav a { display: inline-block; padding: 0.35rem 0; }
nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
main { padding: 1rem 0 2.5rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 0.5rem; }
h2 small { font-weight: 400; color: var(--muted); font-size: 1rem; }
.lead { font-size: 1.1rem; color: var(--muted); overflow-wrap: anywhere; }
.breadcrumb { margin: 0.5rem 0 0; color: var(--muted); }
p, li, dd { overflow-wrap: anywhere; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; background: var(--panel); padding: 0.05em 0.3em; border-radius: 3px; }
.notice { background: #fff4e5; border-left: 4px solid var(--focus); padding: 0.5rem 0.75rem; }
.figures { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 0.75rem; }
.figures li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; }
.figure { display: block; font-size: 1.8rem; font-weight: 700; line-height: 1.1; }
.map-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; align-items: start; }
@media (min-width: 60rem) { .map-layout { grid-template-columns: minmax(0, 3fr) minmax(22rem, 2fr); } }
.map-figure { margin: 0; }
.world-map { width: 100%; height: auto; display: block; background: var(--bg); }
.world-map .sphere { fill: #f4f8fb; stroke: var(--line); stroke-width: 0.5; }
.world-map path { stroke: #ffffff; stroke-width: 0.4; stroke-linejoin: round; }
.world-map .sphere { stroke: var(--line); }
.shade-0 { fill: var(--shade-0); background: var(--shade-0); }
.shade-1 { fill: var(--shade-1); background: var(--shade-1); }
.shade-2 { fill: var(--shade-2); background: var(--shade-2); }
.shade-3 { fill: var(--shade-3); background: var(--shade-3); }
.shade-4 { fill: var(--shade-4); background: var(--shade-4); }
.shade-5 { fill: var(--shade-5); background: var(--shade-5); }
.shade-self { fill: var(--self); background: var(--self); }
.world-map a:hover path, .world-map a:focus path { stroke: #111; stroke-width: 1.2; }
.world-map a:focus-visible { outline: none; }
.world-map a:focus-visible path { stroke: var(--focus); stroke-width: 2.5; }
.legend { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.9rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; vertical-align: -0.15rem; border: 1px solid #8a949e; }
.map-note, .not-drawn { font-size: 0.9rem; color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; border: 1px solid var(--line); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0.6rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); white-space: nowrap; }
tbody th { font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfc; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
table.compact { font-size: 0.9rem; }
table.compact th, table.compact td { padding: 0.35rem 0.45rem; }
.status { display: inline-block; padding: 0 0.4rem; border-radius: 3px; background: var(--panel); border: 1px solid var(--line); white-space: nowrap; }
.timing-overdue { color: var(--overdue); font-weight: 700; }
.timing-possibly-due, .timing-due { font-weight: 600; }
.bar rect { fill: var(--shade-4); }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.75rem 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; margin: 0.75rem 0; }
.field { display: flex; flex-direction: column; gap: 0.2rem; }
.field-wide { grid-column: 1 / -1; }
.field small { color: var(--muted); }
.field label { font-weight: 600; }
input, select, button { font: inherit; color: var(--text); border: 1px solid #6b7480; border-radius: 4px; padding: 0.35rem 0.5rem; background: #fff; min-height: 2.5rem; }
button { cursor: pointer; background: var(--brand); color: #fff; border-color: var(--brand); }
.field-actions { justify-content: flex-end; }
.filter-status { font-weight: 600; }
.fields { display: grid; grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr); gap: 0.4rem 1.25rem; margin: 0; }
.fields dt { font-weight: 600; }
.fields dd { margin: 0; }
ul.plain { list-style: none; margin: 0; padding: 0; }
.timeline { list-style: none; padding: 0 0 0 1rem; margin: 0; border-left: 3px solid var(--line); }
.timeline li { position: relative; padding: 0.3rem 0 0.3rem 0.5rem; }
.timeline li::before { content: ""; position: absolute; left: -1.55rem; top: 0.75rem; width: 0.7rem; height: 0.7rem; border-radius: 50%; background: var(--shade-4); border: 2px solid #fff; }
.timeline .timeline-agreement::before { background: var(--self); }
.timeline-date { font-weight: 600; font-variant-numeric: tabular-nums; }
.sources li, .events > li { margin-bottom: 0.6rem; }
.site-footer { border-top: 1px solid var(--line); background: var(--panel); color: var(--muted); font-size: 0.9rem; }
.site-footer .wrap { padding-top: 0.75rem; padding-bottom: 0.75rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.5rem; }
  .fields { grid-template-columns: minmax(0, 1fr); gap: 0.1rem; }
  .fields dd { margin-bottom: 0.5rem; }
  th, td { padding: 0.4rem 0.45rem; }
  .wide-only { display: none; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
@media print { .site-header nav, .filters, .skip-link { display: none; } }
`;

/** A plain mark for the browser tab, so no page asks the server for /favicon.ico. */
export const SITE_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3558"/><path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#ffffff"/></svg>
`;
