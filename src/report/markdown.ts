/**
 * ReportModel → Markdown for e-mail bodies and chat. Untrusted text is escaped so it cannot
 * open HTML, links, emphasis or table cells; only http(s) URLs become links.
 */
import type { GapRow, LinkRef, ReportModel } from './model.ts';
import { safeHttpUrl } from './safe-url.ts';

/**
 * Backslash-escapes the ASCII punctuation CommonMark/GFM give meaning to inline (HTML tags,
 * entities, links, emphasis, code, strikethrough, table pipes); line breaks become spaces so a
 * value can never start a block (heading, list, quote) of its own. The colon after a scheme
 * (`javascript:`, `https:`) is escaped too, so neither a Markdown renderer nor a mail client
 * reading the raw text autolinks a URL that untrusted text smuggles in.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`)
    .replace(/([A-Za-z][A-Za-z0-9+.-]*):/g, '$1\\:');
}

/** A Markdown link for an http(s) URL (parentheses and spaces percent-encoded), else inert text. */
export function markdownLink(url: string, title: string, notLinked: string): string {
  const href = safeHttpUrl(url);
  if (!href) return `${escapeMarkdown(title)} (${escapeMarkdown(notLinked)}: ${escapeMarkdown(url)})`;
  const target = href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(title)}](${target})`;
}

export function renderMarkdown(model: ReportModel): string {
  const L = model.labels;
  const m = escapeMarkdown;
  const out: string[] = [];
  out.push(`# ${m(model.title)}`, '');
  out.push(`${m(L.week)} ${m(model.period)} · ${m(L.generated)} ${m(model.generated)}`, '');
  out.push(`## ${m(L.summary)}`, '');
  for (const s of model.summary) out.push(`- ${m(s.label)}: **${s.value}**`);
  out.push('');
  out.push(`## ${m(L.gaps)}`, '');
  if (model.gaps.length === 0) out.push(m(L.noGaps), '');
  for (const g of model.gaps) out.push(...gapBlock(g, model), '');
  out.push(`## ${m(L.outlets)}`, '');
  out.push(`| ${m(L.outlet)} | ${m(L.country)} | ${m(L.level)} | ${m(L.items)} | ${m(L.observed)} | ${m(L.reprints)} | ${m(L.share)} |`);
  out.push('|---|---|---|--:|--:|--:|--:|');
  for (const o of model.outlets) {
    out.push(`| ${m(o.name)} | ${o.country} | ${m(o.level)} | ${o.itemsWindow} | ${o.originals} | ${o.reprints} | ${o.sharePerMille ?? m(L.none)} |`);
  }
  out.push('');
  out.push(`## ${m(L.candidates)}`, '');
  if (model.candidates.length === 0) out.push(m(L.noCandidates));
  for (const c of model.candidates) out.push(`- ${m(c.date)}, ${m(c.outlet)}: ${markdownLink(c.url, c.title, L.notLinked)}`);
  if (model.moreCandidates > 0) out.push(`- +${model.moreCandidates}`);
  out.push('', m(L.definitions));
  return out.join('\n') + '\n';
}

function gapBlock(g: GapRow, model: ReportModel): string[] {
  const L = model.labels;
  const m = escapeMarkdown;
  const lines = [`### ${g.rank}. ${m(g.project)} — ${m(g.kindLabel)} (${m(L.priority)} ${g.priority})`, '', m(g.reason), ''];
  const ref = (label: string, r: LinkRef | null): void => {
    if (r) lines.push(`- ${m(label)}: ${m(r.date)}, ${m(r.outlet)}${r.reprint ? ` (${m(L.reprint)})` : ''}: ${markdownLink(r.url, r.title, L.notLinked)}`);
  };
  ref(L.lastCoverage, g.lastCoverage);
  if (g.lastRegional && g.lastRegional.url !== g.lastCoverage?.url) ref(L.lastRegional, g.lastRegional);
  if (g.sourceLines) lines.push(`- ${m(L.sourceLines)}: ${m(g.sourceLines)}`);
  if (g.byOrgs.length) lines.push(`- ${m(L.whoBy)}: ${m(g.byOrgs.join('; '))}`);
  if (g.kzOrgs.length) lines.push(`- ${m(L.whoKz)}: ${m(g.kzOrgs.join('; '))}`);
  lines.push(`- ${m(L.suggestion)}: ${m(g.suggestion)}`);
  lines.push(`- ${m(L.trend)}: \`${g.trend.join(' ')}\``);
  return lines;
}
