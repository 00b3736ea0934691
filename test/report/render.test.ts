import { describe, expect, it } from 'vitest';
import { buildGapReport } from '../../src/gaps/build-gap-report.ts';
import type { GapReport } from '../../src/gaps/model.ts';
import { csvField, renderCsv } from '../../src/report/csv.ts';
import { renderHtml, REPORT_CSP } from '../../src/report/html.ts';
import { renderJson, stableJson } from '../../src/report/json.ts';
import { escapeMarkdown, markdownLink, renderMarkdown } from '../../src/report/markdown.ts';
import { buildReportModel, formatLines } from '../../src/report/model.ts';
import { safeHttpUrl } from '../../src/report/safe-url.ts';
import { weekRange } from '../../src/gaps/week.ts';
import { input, item, project } from '../gaps/fixture.ts';

const EVIL_TITLE = '<script>alert(1)</script><img src=x onerror=alert(2)> **bold** [x](javascript:alert(3)) | pipe';
const BAD_URLS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative'];

function hostileInput() {
  const weeks = weekRange('2026-W18', '2026-W43');
  const matches = [
    ...weeks.map((w) => item('p', 'belta', w)),
    item('p', 'kazinform', '2026-W45', { title: EVIL_TITLE, url: 'javascript:alert(1)' }),
    item('p', 'kazinform', '2026-W46', { title: '=HYPERLINK("http://evil")', url: 'data:text/html,<b>x</b>' }),
  ];
  return input({
    projects: [project('p', { name: { en: 'Proj <b>x</b>', ru: 'Проект <i>' } })],
    matches,
    candidates: [
      { itemId: 99, outletId: 'belta', publishedAt: new Date('2026-11-20T09:00:00Z'), title: EVIL_TITLE, url: 'javascript:alert(4)', relevanceScore: 0.7 },
      { itemId: 98, outletId: 'belta', publishedAt: new Date('2026-11-20T09:00:00Z'), title: 'Fine', url: 'https://www.belta.by/x', relevanceScore: 0.6 },
    ],
  });
}
const HOSTILE = hostileInput();
const hostileReport = (): GapReport => buildGapReport(HOSTILE);

describe('safeHttpUrl', () => {
  it.each(BAD_URLS)('refuses %j', (url) => expect(safeHttpUrl(url)).toBeNull());
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://www.belta.by/a b')).toBe('https://www.belta.by/a%20b');
    expect(safeHttpUrl('http://inform.kz/x?y=1')).toBe('http://inform.kz/x?y=1');
  });
});

describe('renderHtml', () => {
  const report = hostileReport();
  const html = renderHtml(buildReportModel(report, { lang: 'en' }));

  it('lands <script> and onerror= from feed titles escaped, never as markup', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>x<\/b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    // onerror= survives only as text between tags, never inside a tag.
    for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/onerror|javascript:/i);
  });

  it('makes only http(s) links clickable', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    expect(html).toContain('<span class="nolink">[link not shown (not http/https): javascript:alert(4)]</span>');
  });

  it('is self-contained with a Content-Security-Policy meta and no external assets', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#39;')}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<(script|link|iframe|object|embed)\b/i);
    for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\bsrc=/i);
    expect(html).toContain('<svg class="spark"');
    expect(html).toContain('@media print');
  });

  it('renders Russian labels', () => {
    const ru = renderHtml(buildReportModel(report, { lang: 'ru' }));
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('Пробелы, сначала важные');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildReportModel(hostileReport(), { lang: 'en' }));

  it('escapes HTML and Markdown specials in untrusted titles', () => {
    expect(md).not.toMatch(/(^|[^\\])<script/i);
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toContain('**bold**');
  });

  it('never makes javascript: or data: clickable', () => {
    const links = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(links).toEqual(['https://www.belta.by/x']);
    for (const l of links) expect(l).toMatch(/^https?:\/\//);
    expect(md).not.toMatch(/(^|[^\\])javascript:/im);
    expect(md).not.toMatch(/(^|[^\\])data:text/im);
  });

  it('escapes table pipes and line breaks, keeping inert text readable', () => {
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
    expect(escapeMarkdown('see javascript:alert(1)')).toBe('see javascript\\:alert(1)');
    expect(markdownLink('https://x.org/a(b)', 'T [1]', 'no link')).toBe('[T \\[1\\]](https://x.org/a%28b%29)');
    expect(markdownLink('javascript:alert(1)', 'T', 'no link')).toBe('T (no link: javascript\\:alert(1))');
  });
});

describe('renderCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('writes %j as %j', (cell, out) => expect(csvField(cell)).toBe(out));

  it('leaves numbers alone, negative ones too', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(null)).toBe('');
  });

  it('ends every record with CRLF and guards formula cells from feed titles', () => {
    const files = renderCsv(buildReportModel(hostileReport(), { lang: 'en' }));
    expect(files.map((f) => f.table)).toEqual(['gaps', 'projects', 'outlets', 'candidates', 'matrix']);
    const gaps = files.find((f) => f.table === 'gaps')!.text;
    expect(gaps.endsWith('\r\n')).toBe(true);
    expect(gaps.split('\r\n')[0]).toMatch(/^rank,project_id,project,gap,/);
    expect(gaps).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(gaps).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('determinism', () => {
  it('renders byte-identical output from the same input, and after a JSON round trip of the report', () => {
    const a = hostileReport();
    const b = hostileReport();
    const frozen = JSON.parse(stableJson(a)) as GapReport;
    for (const lang of ['en', 'ru'] as const) {
      const outputs = [a, b, frozen].map((r) => {
        const m = buildReportModel(r, { lang });
        return [renderHtml(m), renderMarkdown(m), renderJson(m), ...renderCsv(m).map((f) => f.text)].join('\u0000');
      });
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
    }
  });

  it('writes JSON with sorted keys whatever the insertion order', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });
});

describe('formatLines', () => {
  it('shows ranges compactly and caps a long list', () => {
    expect(formatLines([[612, 620]], 'en')).toBe('lines 612–620');
    expect(formatLines([[1, 1], [5, 7], [9, 9], [20, 21], [30, 30], [40, 40], [50, 50]], 'ru')).toBe('строки 1, 5–7, 9, 20–21, 30, 40 … (+1)');
  });
});
