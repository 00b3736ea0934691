/**
 * Is an item about Belarus–Kazakhstan cooperation, whether or not it names a catalog project?
 * Items flagged relevant with no project are the catalog's growth candidates (DESIGN.md §5).
 */

/** What the scan counted for one side (BY or KZ). */
export interface SideSignals {
  /** Country names/adjectives in the headline and in the body. */
  readonly countryTitle: number;
  readonly countryText: number;
  /** Places of that country below country level (oblasts, cities, districts). */
  readonly places: number;
  /** Organisations the catalog lists for that side (Gomselmash, KazMunayGas…). */
  readonly orgs: number;
}

export interface RelevanceSignals {
  readonly by: SideSignals;
  readonly kz: SideSignals;
  /** BY and KZ country words within a few tokens: "белорусско-казахстанский", "Belarus and Kazakhstan". */
  readonly bilateral: number;
  /** Third countries and multilateral bodies (EAEU, CSTO, Russia…) mentioned. */
  readonly third: number;
  /** How many catalog projects matched. */
  readonly projects: number;
}

export interface Relevance {
  readonly relevant: boolean;
  readonly score: number;
  /** Weighted mentions per side (the numbers the decision used). */
  readonly by: number;
  readonly kz: number;
  readonly reasons: string[];
}

/**
 * Mention weights. A headline word counts three times (the headline states the topic); a body
 * country word once; a place or organisation half, because places are listed in passing
 * (weather reports, "regions" menus). The first body mention is often navigation ("Belarus |
 * World | Economy"), hence a side needs more than one body word.
 */
const W = { title: 3, text: 1, place: 0.5, org: 1 } as const;
/** Each side needs this much weighted mention for the item to be about both countries. */
export const SIDE_MINIMUM = 2;

function side(s: SideSignals): number {
  return W.title * s.countryTitle + W.text * s.countryText + W.place * s.places + W.org * s.orgs;
}

/**
 * Decides relevance: a catalog project match, a bilateral phrase, or both sides mentioned
 * substantively. `score` = min(by, kz) plus 2 per bilateral phrase and 4 per project, so an
 * item's rank among candidates follows how strongly both sides are present.
 */
export function assessRelevance(s: RelevanceSignals): Relevance {
  const by = side(s.by);
  const kz = side(s.kz);
  const reasons: string[] = [];
  if (s.projects > 0) reasons.push(`matches ${s.projects} catalog project(s)`);
  if (s.bilateral > 0) reasons.push(`bilateral phrase ×${s.bilateral}`);
  // With third parties around (an EAEU summit, "Oman, Kazakhstan, Russia and Ukraine") the two
  // sides must stand out: every two third-party mentions raise the bar by one. (Raising it by
  // one per mention lost real bilateral items whose page navigation names Russia or the EAEU.)
  const bar = Math.max(SIDE_MINIMUM, s.third / 2 + 1);
  const bothSides = by >= bar && kz >= bar;
  if (bothSides) reasons.push(`both countries mentioned (BY ${by}, KZ ${kz})`);
  if (s.third > 0) reasons.push(`third parties ×${s.third}`);
  const score = Math.min(by, kz) + 2 * s.bilateral + 4 * s.projects;
  const relevant = s.projects > 0 || s.bilateral > 0 || bothSides;
  return { relevant, score, by, kz, reasons };
}
