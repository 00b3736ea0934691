/**
 * ReportModel → one self-contained HTML file: inline CSS and SVG, no scripts, no external
 * assets, a Content-Security-Policy that forbids everything else, print-friendly. Every value
 * goes through escapeHtml; only http(s) URLs become links (safe-url.ts).
 */
import { escapeHtml as e } from './escape-html.ts';
import type { GapRow, LinkRef, ReportModel } from './model.ts';
import { safeHttpUrl } from './safe-url.ts';
import { heatMap, sparkline } from './svg.ts';

/** The CSP of the report: nothing may load or run; inline styles and data: images only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1f24;margin:24px auto;max-width:1200px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.meta{color:#57606a;margin:0 0 16px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f6f8fa;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.kind{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;white-space:nowrap;border:1px solid #8c959f}
.kind-silent{background:#ffebe9}.kind-declining{background:#fff8c5}.kind-one_sided{background:#ddf4ff}.kind-central_only{background:#fbefff}.kind-reprint_only{background:#eaeef2}
.leads{font-size:13px;color:#32383f}.leads dt{font-weight:600;display:inline}.leads dd{display:inline;margin:0}.leads div{margin:1px 0}
.nolink{color:#57606a}.small{font-size:12px;color:#57606a}
svg.spark rect.b{fill:#8ab4e0}svg.spark rect.w{fill:#1f6feb}svg.spark rect.z{fill:#d0d7de}
svg.heat text{font-size:11px;fill:#1b1f24}svg.heat text.v{font-size:10px}svg.heat text.v.dark{fill:#fff}
svg.heat rect.empty{fill:#fafbfc;stroke:#eaeef2}svg.heat rect.cell{stroke:#d0d7de}svg.heat rect.flagged{stroke:#cf222e;stroke-width:2}
@media print{body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}tr,svg{break-inside:avoid}a{color:inherit;text-decoration:none}a[href]::after{content:" <" attr(href) ">";font-size:9px;color:#57606a;word-break:break-all}}
`;

export function renderHtml(model: ReportModel): string {
  const L = model.labels;
  const windowWeeks = model.windowWeeks.length;
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push(`<html lang="${model.lang}">`);
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${e(REPORT_CSP)}">`);
  out.push('<meta name="referrer" content="no-referrer">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${e(model.title)} · ${e(model.week)}</title>`);
  out.push(`<style>${CSS}</style>`);
  out.push('</head>');
  out.push('<body>');
  out.push(`<h1>${e(model.title)}</h1>`);
  out.push(`<p class="meta">${e(L.week)} ${e(model.period)} · ${e(L.generated)} ${e(model.generated)}</p>`);

  out.push(`<h2>${e(L.summary)}</h2>`);
  out.push('<table class="summary"><tbody>');
  for (const s of model.summary) out.push(`<tr><th>${e(s.label)}</th><td class="n">${s.value}</td></tr>`);
  out.push('</tbody></table>');

  out.push(`<h2>${e(L.gaps)}</h2>`);
  if (model.gaps.length === 0) out.push(`<p>${e(L.noGaps)}</p>`);
  else {
    out.push(
      `<table class="gaps"><thead><tr><th class="n">${e(L.rank)}</th><th>${e(L.project)}</th><th>${e(L.kind)}</th>` +
        `<th class="n">${e(L.priority)}</th><th>${e(L.reason)}</th><th>${e(L.trend)}</th></tr></thead><tbody>`,
    );
    for (const g of model.gaps) out.push(gapRow(g, model, windowWeeks));
    out.push('</tbody></table>');
  }

  if (model.projects.length > 0) {
    out.push(`<h2>${e(L.projects)}</h2>`);
    const cellHeads = model.projects[0]?.cells.map((c) => `<th class="n">${e(c.label)}</th>`).join('') ?? '';
    out.push(
      `<table class="projects"><thead><tr><th>${e(L.project)}</th><th>${e(L.lifecycle)}</th><th class="n">${e(L.importance)}</th>` +
        `<th class="n">${e(L.observed)}</th><th class="n">${e(L.reprints)}</th><th class="n">${e(L.expected)}</th><th class="n">${e(L.share)}</th>` +
        `${cellHeads}<th>${e(L.kind)}</th><th>${e(L.trend)}</th></tr></thead><tbody>`,
    );
    for (const p of model.projects) {
      out.push(
        `<tr><td>${e(p.project)}<div class="small">${e(p.projectId)}</div></td><td>${e(p.lifecycle)}</td><td class="n">${p.importance}</td>` +
          `<td class="n">${p.originals}</td><td class="n">${p.reprints}</td><td class="n">${p.expected}</td><td class="n">${num(p.sharePerMille, L.none)}</td>` +
          p.cells.map((c) => `<td class="n">${c.count}</td>`).join('') +
          `<td>${p.gaps.map((k) => e(k)).join(', ')}</td><td>${sparkline(p.trend, windowWeeks, L.trend)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }

  if (model.matrix.rows.length > 0) {
    out.push(`<h2>${e(L.matrix)}</h2>`);
    out.push(`<p class="small">${e(L.matrixNote)}</p>`);
    out.push(heatMap(model.matrix, L.matrix));
  }

  out.push(`<h2>${e(L.outlets)}</h2>`);
  out.push(
    `<table class="outlets"><thead><tr><th>${e(L.outlet)}</th><th>${e(L.country)}</th><th>${e(L.level)}</th><th>${e(L.region)}</th>` +
      `<th class="n">${e(L.items)} (${e(model.week)})</th><th class="n">${e(L.items)}</th><th class="n">${e(L.observed)}</th><th class="n">${e(L.reprints)}</th>` +
      `<th class="n">${e(L.share)}</th><th>${e(L.projects)}</th></tr></thead><tbody>`,
  );
  for (const o of model.outlets) {
    out.push(
      `<tr><td>${e(o.name)}<div class="small">${e(o.outletId)}</div></td><td>${e(o.country)}</td><td>${e(o.level)}</td><td>${e(o.region)}</td>` +
        `<td class="n">${o.itemsWeek}</td><td class="n">${o.itemsWindow}</td><td class="n">${o.originals}</td><td class="n">${o.reprints}</td>` +
        `<td class="n">${num(o.sharePerMille, L.none)}</td><td class="small">${e(o.projects)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');

  out.push(`<h2>${e(L.candidates)}</h2>`);
  if (model.candidates.length === 0) out.push(`<p>${e(L.noCandidates)}</p>`);
  else {
    out.push(`<table class="candidates"><thead><tr><th>${e(L.date)}</th><th>${e(L.outlet)}</th><th>${e(L.titleCol)}</th><th class="n">${e(L.score)}</th></tr></thead><tbody>`);
    for (const c of model.candidates) {
      out.push(`<tr><td>${e(c.date)}</td><td>${e(c.outlet)}</td><td>${link(c.url, c.title, L.notLinked)}</td><td class="n">${c.score}</td></tr>`);
    }
    out.push('</tbody></table>');
    if (model.moreCandidates > 0) out.push(`<p class="small">+${model.moreCandidates}</p>`);
  }
  out.push(`<p class="small">${e(L.definitions)}</p>`);
  out.push('</body>');
  out.push('</html>');
  return out.join('\n') + '\n';
}

function gapRow(g: GapRow, model: ReportModel, windowWeeks: number): string {
  const L = model.labels;
  const leads: string[] = [];
  const ref = (label: string, r: LinkRef | null): void => {
    if (!r) return;
    const rep = r.reprint ? ` (${e(L.reprint)})` : '';
    leads.push(`<div><dt>${e(label)}:</dt> <dd>${e(r.date)}, ${e(r.outlet)}${rep}: ${link(r.url, r.title, L.notLinked)}</dd></div>`);
  };
  ref(L.lastCoverage, g.lastCoverage);
  if (g.lastRegional && g.lastRegional.url !== g.lastCoverage?.url) ref(L.lastRegional, g.lastRegional);
  if (g.sourceLines) leads.push(`<div><dt>${e(L.sourceLines)}:</dt> <dd>${e(g.sourceLines)}</dd></div>`);
  if (g.byOrgs.length) leads.push(`<div><dt>${e(L.whoBy)}:</dt> <dd>${e(g.byOrgs.join('; '))}</dd></div>`);
  if (g.kzOrgs.length) leads.push(`<div><dt>${e(L.whoKz)}:</dt> <dd>${e(g.kzOrgs.join('; '))}</dd></div>`);
  leads.push(`<div><dt>${e(L.suggestion)}:</dt> <dd>${e(g.suggestion)}</dd></div>`);
  return (
    `<tr id="gap-${g.rank}"><td class="n">${g.rank}</td><td>${e(g.project)}<div class="small">${e(g.projectId)} · ${e(L.importance)} ${g.importance} · ${e(g.lifecycle)}</div></td>` +
    `<td><span class="kind kind-${g.kind}">${e(g.kindLabel)}</span></td><td class="n">${g.priority}</td>` +
    `<td>${e(g.reason)}<dl class="leads">${leads.join('')}</dl></td><td>${sparkline(g.trend, windowWeeks, L.trend)}</td></tr>`
  );
}

/** An <a> for an http(s) URL, else the title as plain text with a note. */
function link(url: string, title: string, notLinked: string): string {
  const href = safeHttpUrl(url);
  if (href) return `<a href="${e(href)}" rel="noopener noreferrer">${e(title)}</a>`;
  return `${e(title)} <span class="nolink">[${e(notLinked)}: ${e(url)}]</span>`;
}

function num(n: number | null, none: string): string {
  return n === null ? e(none) : String(n);
}
