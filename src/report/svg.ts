/** Inline SVG charts for the HTML report: sparklines and the region heat map (no scripts, no external refs). */
import { escapeHtml as e } from './escape-html.ts';
import type { MatrixModel } from './model.ts';

/**
 * Bars of weekly original items, oldest left; the last `windowWeeks` bars (the current
 * window) are darker. The accessible name carries the numbers for screen readers and print.
 */
export function sparkline(values: readonly number[], windowWeeks: number, label: string): string {
  const w = 3;
  const gap = 1;
  const h = 20;
  const max = Math.max(1, ...values);
  const bars = values
    .map((v, i) => {
      const bh = v === 0 ? 1 : Math.max(2, Math.round((v / max) * h));
      const cls = i >= values.length - windowWeeks ? 'w' : 'b';
      return `<rect class="${cls}${v === 0 ? ' z' : ''}" x="${i * (w + gap)}" y="${h - bh}" width="${w}" height="${bh}"/>`;
    })
    .join('');
  const width = values.length * (w + gap);
  const title = `${label}: ${values.join(' ')}`;
  return `<svg class="spark" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" role="img" aria-label="${e(title)}"><title>${e(title)}</title>${bars}</svg>`;
}

/** Heat map: rows = Belarusian oblasts, columns = Kazakh oblasts, shade ∝ original items. */
export function heatMap(m: MatrixModel, note: string): string {
  if (m.rows.length === 0 || m.cols.length === 0) return '';
  const cell = 44;
  const left = 150;
  const top = 110;
  const width = left + m.cols.length * cell + 10;
  const height = top + m.rows.length * cell + 10;
  const at = new Map(m.cells.map((c) => [`${c.by}|${c.kz}`, c]));
  const parts: string[] = [];
  m.cols.forEach((c, j) => {
    const x = left + j * cell + cell / 2;
    parts.push(`<text class="col" transform="translate(${x},${top - 6}) rotate(-45)">${e(c.label)}</text>`);
  });
  m.rows.forEach((r, i) => {
    const y = top + i * cell;
    parts.push(`<text class="row" x="${left - 6}" y="${y + cell / 2 + 4}" text-anchor="end">${e(r.label)}</text>`);
    m.cols.forEach((c, j) => {
      const x = left + j * cell;
      const v = at.get(`${r.id}|${c.id}`);
      if (!v) {
        parts.push(`<rect class="empty" x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}"/>`);
        return;
      }
      // Lightness from 96 % (nothing) to 35 % (the busiest cell): readable in grey print too.
      const light = m.max > 0 ? Math.round(96 - (61 * v.originals) / m.max) : 96;
      const tip = `${r.label} × ${c.label}: ${v.originals} (${v.regional}), ${v.projects} / ${v.flagged}`;
      parts.push(
        `<g><title>${e(tip)}</title><rect class="${v.flagged > 0 ? 'cell flagged' : 'cell'}" x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" style="fill:hsl(210,60%,${light}%)"/>` +
          `<text class="${light < 60 ? 'v dark' : 'v'}" x="${x + (cell - 2) / 2}" y="${y + cell / 2 + 3}" text-anchor="middle">${v.originals}(${v.regional})</text></g>`,
      );
    });
  });
  return `<svg class="heat" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${e(note)}">${parts.join('')}</svg>`;
}
