/** One project as an editor reads it (`covgap catalog show`). Pure. */
import type { Catalog, Project } from './model.ts';

export function formatProject(p: Project, catalog: Catalog, lang: 'en' | 'ru'): string {
  const places = new Map(catalog.regions.map((r) => [r.id, r]));
  const place = (id: string) => places.get(id)?.label[lang] ?? id;
  const L = lang === 'ru'
    ? { kind: 'Тип', sector: 'Отрасль', life: 'Статус', imp: 'Важность', years: 'Годы', by: 'Беларусь', kz: 'Казахстан', orgs: 'организации', regions: 'регионы', press: 'Как пишет пресса', alone: 'достаточно одного', rules: 'только в контексте', excl: 'исключают совпадение', doc: 'Источник: строки документа', urls: 'Ссылки' }
    : { kind: 'Kind', sector: 'Sector', life: 'Lifecycle', imp: 'Importance', years: 'Years', by: 'Belarus', kz: 'Kazakhstan', orgs: 'organisations', regions: 'regions', press: 'How the press names it', alone: 'enough alone', rules: 'only with context', excl: 'exclude a match', doc: 'Source document lines', urls: 'Cited URLs' };
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '—');
  const out: string[] = [];
  out.push(`${p.name[lang]}  [${p.id}]${p.retired ? '  (retired)' : ''}`);
  out.push('='.repeat(Math.min(100, p.name[lang].length + p.id.length + 4)));
  out.push(wrap(p.description[lang], 96));
  out.push('');
  out.push(`${L.kind}: ${p.kind}   ${L.sector}: ${p.sector}   ${L.life}: ${p.lifecycle}   ${L.imp}: ${'★'.repeat(p.importance)}${'☆'.repeat(3 - p.importance)}   ${L.years}: ${list(p.years.map(String))}`);
  out.push(`${L.by}: ${L.orgs} ${list(p.byOrgs)}; ${L.regions} ${list(p.byRegions.map(place))}`);
  out.push(`${L.kz}: ${L.orgs} ${list(p.kzOrgs)}; ${L.regions} ${list(p.kzRegions.map(place))}`);
  out.push('');
  out.push(`${L.press}:`);
  for (const [lng, aliases] of Object.entries(p.match.aliases)) if (aliases?.length) out.push(`  ${L.alone} (${lng}): ${aliases.join(' · ')}`);
  for (const r of p.match.rules) {
    const groups = r.all.map((g) => `[${g.map((t) => (t.startsWith('@') ? place(t.slice(1).replace(/\+$/, '')) + (t.endsWith('+') ? '+' : '') : t)).join(' | ')}]`);
    out.push(`  ${L.rules} — ${r.name}: ${groups.join(' + ')}${r.window ? ` within ${r.window} words` : ''}`);
  }
  if (p.match.exclude.length) out.push(`  ${L.excl}: ${p.match.exclude.join(' · ')}`);
  out.push('');
  out.push(`${L.doc}: ${p.seedLines.length ? compactRanges(p.seedLines) : '—'}`);
  if (p.citedUrls.length) out.push(`${L.urls}: ${p.citedUrls.join(', ')}`);
  return out.join('\n');
}

/** 169,171,173,175 → "169–175" when the lines are consecutive paragraphs (odd/even spacing allowed). */
export function compactRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  for (const n of sorted.slice(1).concat(Number.NaN)) {
    if (n - prev <= 2) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}

function wrap(text: string, width: number): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join('\n');
}
