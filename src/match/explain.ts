/** `covgap explain`: why an item matched what it matched, for an editor. Pure. */
import type { Catalog } from '../catalog/model.ts';
import type { ItemMatch } from './match-item.ts';

export interface ExplainedItem {
  id: number | string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  level: string | null;
}

export function formatExplanation(item: ExplainedItem, m: ItemMatch, catalog: Catalog, related: ReadonlyArray<{ projectId: string; score: number }>): string {
  const projects = new Map(catalog.projects.map((p) => [p.id, p]));
  const places = new Map(catalog.regions.map((r) => [r.id, r]));
  const out: string[] = [];
  out.push(`Item ${item.id}: ${item.title ?? '(no title)'}`);
  if (item.url) out.push(`  ${item.url}`);
  const when = item.publishedAt ? `${item.publishedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'no date';
  out.push(`  ${[item.outlet, when, item.level && `${item.level} level`].filter(Boolean).join(' · ')}`);
  out.push('');
  if (!m.projects.length) out.push('Projects: none above the threshold.');
  for (const p of m.projects) {
    const name = projects.get(p.projectId)?.name.en ?? p.projectId;
    out.push(`Project ${p.projectId} — ${name}`);
    out.push(`  score ${p.score.toFixed(2)}, by ${p.rule === 'alias' ? 'an alias (a name enough on its own)' : `the context rule "${p.rule}"`}`);
    for (const e of p.evidence.slice(0, 6)) {
      const snippet = e.snippet.replace(e.matched, `»${e.matched}«`);
      out.push(`  - ${e.field} "${e.matched}" for ${e.term.startsWith('@') ? `the place ${places.get(e.term.slice(1).replace(/\+$/, ''))?.label.en ?? e.term}` : `"${e.term}"`}: ${snippet}`);
    }
    if (p.evidence.length > 6) out.push(`  (${p.evidence.length - 6} more hits)`);
  }
  out.push('');
  const regions = m.regions.map((r) => `${places.get(r.regionId)?.label.en ?? r.regionId}${r.via === 'dateline' ? ' (dateline)' : ` ×${r.count}`}`);
  out.push(`Places: ${regions.length ? regions.join(', ') : 'none found'}`);
  out.push(`Belarus–Kazakhstan relevance: ${m.relevant ? 'yes' : 'no'} (score ${m.relevance.score.toFixed(2)}; Belarus signals ${m.relevance.by}, Kazakhstan signals ${m.relevance.kz})`);
  for (const r of m.relevance.reasons) out.push(`  - ${r}`);
  if (m.relevant && !m.projects.length) out.push('  → a candidate for the catalog: relevant, but no project matched.');
  if (related.length) {
    out.push(`Closest catalog projects by vocabulary (TF-IDF): ${related.map((r) => `${r.projectId} (${r.score.toFixed(2)})`).join(', ')}`);
  }
  return out.join('\n');
}
