/**
 * Each gap's reason and suggestion in words, in English and Russian (docs/gaps.md §7). The
 * words say what the rule saw, with the numbers, so an editor need not read the definitions.
 */
import type { DetectedGap } from './detect.ts';
import type { GapSettings, OutletInfo, ProjectCoverage, Side, Text } from './model.ts';

export interface WordsContext {
  settings: GapSettings;
  /** Weeks the input covers (baseline + window). */
  weeksAnalysed: number;
  regionLabel(id: string): Text;
  pitchTo: readonly OutletInfo[];
}

export function num(n: number, lang: 'en' | 'ru'): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return lang === 'ru' ? s.replace('.', ',') : s;
}

const PRESS: Record<Side, Text> = { BY: { en: 'Belarusian', ru: 'белорусская' }, KZ: { en: 'Kazakh', ru: 'казахстанская' } };
const PRESS_LOC: Record<Side, string> = { BY: 'белорусской', KZ: 'казахстанской' };

function regionsList(p: ProjectCoverage, ctx: WordsContext, lang: 'en' | 'ru'): string {
  return [...p.ownOblasts.BY, ...p.ownOblasts.KZ].map((id) => ctx.regionLabel(id)[lang]).join(', ');
}

function outletsList(ctx: WordsContext): string {
  return ctx.pitchTo.map((o) => o.name).join(', ');
}

export function reasonText(g: DetectedGap, p: ProjectCoverage, ctx: WordsContext): Text {
  const w = ctx.settings.windowWeeks;
  const last = p.lastOriginal;
  switch (g.kind) {
    case 'silent':
      if (!last) {
        return {
          en: `No original coverage at all in the ${ctx.weeksAnalysed} weeks with data; importance ${p.importance} leads to expect about ${num(p.expected.window, 'en')} items in ${w} weeks.`,
          ru: `Ни одного оригинального материала за ${ctx.weeksAnalysed} нед. наблюдений; при важности ${p.importance} ожидалось около ${num(p.expected.window, 'ru')} за ${w} нед.`,
        };
      }
      return {
        en: `No original coverage for ${p.weeksSinceOriginal} weeks (last on ${last.date} in ${last.outletName}).`,
        ru: `Нет оригинальных материалов ${p.weeksSinceOriginal} нед. (последний — ${last.date}, ${last.outletName}).`,
      };
    case 'declining': {
      const pct = Math.round(ctx.settings.decliningRatio * 100);
      const since =
        p.window.originals === 0 && last
          ? { en: ` Nothing since ${last.date} (${last.outletName}).`, ru: ` Ничего с ${last.date} (${last.outletName}).` }
          : { en: '', ru: '' };
      return {
        en: `${p.window.originals} original items in the last ${w} weeks against ${num(p.expected.window, 'en')} expected (below ${pct} %); it used to get ${num(p.baseline.perWeek, 'en')} a week.${since.en}`,
        ru: `${p.window.originals} оригинальных материалов за последние ${w} нед. при ожидаемых ${num(p.expected.window, 'ru')} (меньше ${pct} %); раньше — ${num(p.baseline.perWeek, 'ru')} в неделю.${since.ru}`,
      };
    }
    case 'one_sided': {
      const missing = g.missingSide ?? 'BY';
      const present: Side = missing === 'BY' ? 'KZ' : 'BY';
      const n = p.window.originals + p.window.reprints;
      return {
        en: `In the last ${w} weeks only the ${PRESS[present].en} press wrote about it (${n} items); nothing in the ${PRESS[missing].en} press.`,
        ru: `За последние ${w} нед. о проекте писала только ${PRESS[present].ru} пресса (${n}); в ${PRESS_LOC[missing]} — ничего.`,
      };
    }
    case 'central_only': {
      const n = p.window.originals + p.window.reprints;
      const regions = regionsList(p, ctx, 'en');
      return regions
        ? {
            en: `${n} items in the last ${w} weeks, all from central desks; no regional coverage from the project's own regions (${regions}).`,
            ru: `${n} материалов за последние ${w} нед., все — центральные; региональных материалов из регионов проекта (${regionsList(p, ctx, 'ru')}) нет.`,
          }
        : {
            en: `${n} items in the last ${w} weeks, all from central desks; no regional coverage at all.`,
            ru: `${n} материалов за последние ${w} нед., все — центральные; региональных материалов нет совсем.`,
          };
    }
    case 'reprint_only': {
      const n = p.window.ownRegional.reprints;
      const outlets = [...new Set(regionalReprintOutlets(p))].join(', ');
      return {
        en: `Regional coverage from the project's own regions in the last ${w} weeks is only reprints of agency copy (${n}${outlets ? `: ${outlets}` : ''}); no original regional story.`,
        ru: `Региональная пресса из регионов проекта за последние ${w} нед. только перепечатывала материалы агентств (${n}${outlets ? `: ${outlets}` : ''}); своих материалов нет.`,
      };
    }
  }
}

function regionalReprintOutlets(p: ProjectCoverage): string[] {
  return p.window.outlets.filter((o) => o.reprints > 0 && o.originals === 0).map((o) => o.outletId);
}

export function suggestionText(g: DetectedGap, p: ProjectCoverage, ctx: WordsContext): Text {
  const outlets = outletsList(ctx);
  const regionsEn = regionsList(p, ctx, 'en');
  const regionsRu = regionsList(p, ctx, 'ru');
  const to = outlets ? { en: `; pitch to ${outlets}`, ru: `; предложить: ${outlets}` } : { en: '', ru: '' };
  switch (g.kind) {
    case 'silent':
    case 'declining':
      return {
        en: `Ask the organisations involved for news (progress, figures, next steps) and offer a status update${to.en}.`,
        ru: `Запросить у участников новости (ход работ, цифры, планы) и предложить материал о текущем состоянии${to.ru}.`,
      };
    case 'one_sided': {
      const missing = g.missingSide ?? 'BY';
      return {
        en: `Nothing in the ${PRESS[missing].en} press: offer the ${missing === 'BY' ? 'Belarusian' : 'Kazakh'} partner's side of the story${to.en}.`,
        ru: `В ${PRESS_LOC[missing]} прессе ничего нет: предложить взгляд ${missing === 'BY' ? 'белорусского' : 'казахстанского'} участника${to.ru}.`,
      };
    }
    case 'central_only': {
      const since = p.lastOwnRegional
        ? { en: ` since ${p.lastOwnRegional.date}`, ru: ` с ${p.lastOwnRegional.date}` }
        : { en: ` in the ${ctx.weeksAnalysed} weeks with data`, ru: ` за ${ctx.weeksAnalysed} нед. наблюдений` };
      const where = regionsEn ? { en: ` in ${regionsEn}`, ru: ` (${regionsRu})` } : { en: '', ru: '' };
      if (!outlets) {
        return {
          en: `No regional paper${where.en} has covered this${since.en}, and none there is monitored: consider adding one to config/sources.yaml.`,
          ru: `Ни одна региональная газета${where.ru} не писала об этом${since.ru}, и ни одна оттуда не отслеживается: стоит добавить источник в config/sources.yaml.`,
        };
      }
      return {
        en: `No regional paper${where.en} has covered this${since.en}${to.en}.`,
        ru: `Региональные издания${where.ru} не писали об этом${since.ru}${to.ru}.`,
      };
    }
    case 'reprint_only':
      return {
        en: `Offer the regional papers an original local angle (local firms, people, figures) instead of agency copy${to.en}.`,
        ru: `Предложить региональным изданиям собственный местный сюжет (предприятия, люди, цифры) вместо перепечатки агентств${to.ru}.`,
      };
  }
}
