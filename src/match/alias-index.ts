/**
 * The catalog compiled once into one trie of token-key n-grams: project aliases, rule terms,
 * exclusions, gazetteer names and organisation names all live in the same structure, so an
 * item is scanned once however many projects the catalog holds.
 */
import type { Catalog, Country, Names, Project, Region } from '../catalog/model.ts';
import { foldWord } from './normalize.ts';
import { lightStems, LIGHT_LANGS_BY_SCRIPT } from './light-stem.ts';
import { skeleton } from './transliterate.ts';
import { isAcronym, stemKey, tokenize, wordKeys, type Script } from './tokens.ts';

export type PlaceForm = 'name' | 'adjective' | 'historical' | 'dateline';

export type Payload =
  | { readonly kind: 'alias'; readonly project: number; readonly phrase: string }
  | {
    readonly kind: 'rule'; readonly project: number; readonly rule: number; readonly group: number;
    /** Index of (project, rule) across the catalog, for the per-item group bitmask. */
    readonly slot: number;
    readonly phrase: string; readonly term: string;
  }
  | { readonly kind: 'exclude'; readonly project: number; readonly phrase: string }
  | { readonly kind: 'place'; readonly region: number; readonly form: PlaceForm; readonly phrase: string }
  | { readonly kind: 'org'; readonly country: Country; readonly phrase: string }
  /** A third country or a multilateral body: the context that makes BY+KZ mentions multilateral. */
  | { readonly kind: 'third'; readonly phrase: string };

export interface TrieNode {
  children: Map<number, TrieNode> | null;
  payloads: Payload[];
  /**
   * What the matcher reads from `payloads`, digested once at compile time (see `digestNode`):
   * a country word carries a rule payload for most projects, and re-reading those lists for
   * every mention was most of the matcher's time after the scan.
   */
  digest: NodeDigest;
  /** Last matcher call that read this node's rule payloads (match-item.ts, pass 1). */
  seenBy: number;
}

/** The payloads of one trie node, sorted by what the matcher does with them. */
export interface NodeDigest {
  /** Organisation payloads per side. */
  readonly orgsBY: number;
  readonly orgsKZ: number;
  readonly hasPlace: boolean;
  readonly hasThird: boolean;
  /** Rule payloads as (slot, group bit) pairs, and the projects of alias payloads. */
  readonly ruleSlots: Int32Array;
  readonly ruleBits: Uint32Array;
  readonly aliasProjects: Int32Array;
  /** Alias, rule and exclude payloads in payload order: the ones that become project hits. */
  readonly projectPayloads: readonly ProjectPayload[];
  /** Regions of place payloads, each once, in payload order. */
  readonly placeRegions: Int32Array;
}

export type ProjectPayload = Extract<Payload, { kind: 'alias' | 'rule' | 'exclude' }>;

export interface IndexedRegion {
  readonly id: string;
  readonly country: Country;
  readonly kind: Region['kind'];
  /** The oblast (or republican city, or Minsk) the place belongs to; null for countries. */
  readonly oblastId: string | null;
}

export interface MatchIndex {
  readonly version: string;
  readonly catalog: Catalog;
  readonly projects: readonly Project[];
  readonly regions: readonly IndexedRegion[];
  readonly regionIndex: ReadonlyMap<string, number>;
  /** Key string → key id; every key of every catalog word. */
  readonly keyIds: ReadonlyMap<string, number>;
  readonly root: TrieNode;
  /** The root's children as a dense array by key id: every token with a key looks here. */
  readonly rootById: ReadonlyArray<TrieNode | undefined>;
  /** Raw token text → its reading (see {@link resolveSpan}), filled while matching. */
  readonly tokenTable: TokenTable;
  /** Key-id lists of tokens with several readings; a reading ≤ −2 is index −2 − r here. */
  readonly multiReadings: Array<readonly number[]>;
  /** Dateline candidate → its gazetteer place (match-item.ts), filled while matching. */
  readonly datelineCache: Map<string, number | null>;
  /** Bitmask of all groups per rule slot (see the `slot` of rule payloads). */
  readonly ruleFullMask: Uint32Array;
  /** Project of each rule slot. */
  readonly ruleProject: Int32Array;
  /** Problems an editor should fix: empty phrases, aliases shared by projects, unknown @refs. */
  readonly warnings: readonly string[];
}

/**
 * Country names the press uses in every language we read. The gazetteer's `by`/`kz` entries are
 * merged in; this list makes relevance work even when an editor has listed only ru/en forms
 * (German "Weißrussland", Polish "Białoruś" and Chinese names were missing from early drafts).
 */
const COUNTRY_FORMS: Readonly<Record<Country, { names: readonly string[]; adjectives: readonly string[] }>> = {
  BY: {
    names: ['Беларусь', 'Белоруссия', 'Республика Беларусь', 'Belarus', 'Byelorussia', 'Weißrussland',
      'Belarussland', 'Białoruś', 'Білорусь', '白俄罗斯', '白俄', 'Беларусь Республикасы'],
    adjectives: ['белорусский', 'беларуский', 'Belarusian', 'Belarussian', 'belarussisch', 'weißrussisch',
      'białoruski', 'белорусы', 'Belarusians', 'Belarussen', 'беларусцы'],
  },
  KZ: {
    names: ['Казахстан', 'Республика Казахстан', 'Қазақстан', 'Kazakhstan', 'Qazaqstan', 'Kasachstan',
      'Kazachstan', '哈萨克斯坦', '哈萨克', 'Қазақстан Республикасы'],
    adjectives: ['казахстанский', 'казахский', 'қазақстандық', 'қазақ', 'Kazakh', 'Kazakhstani', 'kasachisch',
      'kasachstanisch', 'kazachski', 'kazachstański', 'казахстанцы', 'Kazakhs', 'Kasachen', 'qazaqstandyq'],
  },
};

/**
 * Third countries and multilateral bodies that share stories with Belarus and Kazakhstan
 * (EAEU, CSTO, CIS, SCO summits; "Russia, Belarus and Kazakhstan" lists). Their presence tells
 * relevance that two country names may be list items rather than partners.
 */
const THIRD_PARTIES: readonly string[] = [
  'ЕАЭС', 'ЕврАзЭС', 'Евразийский экономический союз', 'Евразийская экономическая комиссия', 'ЕЭК', 'EAEU', 'EAEC',
  'EAWU', 'Eurasian Economic Union', 'Eurasian Economic Commission', 'Eurasische Wirtschaftsunion', 'ЕАЭО', 'EAEO',
  'ОДКБ', 'CSTO', 'OVKS', 'ODKB', 'ҰҚШҰ', 'СНГ', 'CIS', 'GUS', 'ТМД', 'ШОС', 'SCO', 'SOZ', 'ШЫҰ', 'Таможенный союз',
  'Customs Union', 'Zollunion', 'Союзное государство', 'Union State', 'ОБСЕ', 'OSCE', 'ООН', 'United Nations',
  'Россия', 'Russia', 'Russland', 'Rosja', 'Ресей', 'российский', 'Russian', 'russisch', 'Украина', 'Ukraine',
  'Узбекистан', 'Uzbekistan', 'Usbekistan', 'Өзбекстан', 'Кыргызстан', 'Киргизия', 'Kyrgyzstan', 'Kirgisistan',
  'Қырғызстан', 'Таджикистан', 'Tajikistan', 'Tadschikistan', 'Тәжікстан', 'Туркменистан', 'Turkmenistan',
  'Армения', 'Armenia', 'Armenien', 'Азербайджан', 'Azerbaijan', 'Aserbaidschan', 'Грузия', 'Georgia', 'Georgien',
  'Молдова', 'Moldova', 'Moldau', 'Китай', 'China', 'Қытай', 'Монголия', 'Mongolia', 'Mongolei', 'Турция', 'Turkey',
  'Türkei', 'Иран', 'Iran', 'Индия', 'India', 'Indien', 'Пакистан', 'Pakistan', 'Вьетнам', 'Vietnam', 'Оман', 'Oman',
  'ОАЭ', 'UAE', 'Сербия', 'Serbia', 'Serbien', 'Польша', 'Poland', 'Polen', 'Литва', 'Lithuania', 'Litauen',
  'Германия', 'Germany', 'Deutschland', 'США', 'USA', 'United States', 'Египет', 'Egypt', 'Ägypten', 'Венесуэла',
  'Venezuela', 'Куба', 'Cuba', 'Kuba', 'Зимбабве', 'Zimbabwe', 'Simbabwe', 'Таиланд', 'Thailand', 'Япония', 'Japan',
];

/**
 * Surface forms of an organisation as the catalog writes it ("Belarusian State Concern for Oil
 * and Chemistry (Belneftekhim)", "OJSC BELAZ"): the full name, each bracketed part, and the name
 * without brackets and without a leading legal form, since the press rarely uses all of it.
 */
export function orgForms(name: string): string[] {
  const out = new Set<string>([name]);
  for (const m of name.matchAll(/\(([^)]+)\)/g)) out.add((m[1] as string).trim());
  const bare = name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  out.add(bare);
  out.add(bare.replace(/^(?:OJSC|OAO|JSC|AO|АО|ОАО|ТОО|ООО|LLP|LLC|CJSC|ЗАО|PJSC|ПАО|UE|УП|RUE|РУП|ТОВ)\s+/i, '').replace(/^["«“]|["»”]$/g, ''));
  return [...out].filter((s) => s.length > 1);
}

interface Builder {
  pending: Array<{ words: string[][]; payload: Payload }>;
  warnings: string[];
}

/** The key alternatives of each word of a phrase; empty when the phrase has no words. */
export function phraseWordKeys(phrase: string): string[][] {
  return tokenize(phrase).map((t) => wordKeys(foldWord(t.text), t.script, isAcronym(t.text)));
}

/** Queues a phrase with a payload; returns false when the phrase has no words. */
function addPhrase(b: Builder, phrase: string, payload: Payload): boolean {
  const words = phraseWordKeys(phrase);
  if (words.length === 0) return false;
  b.pending.push({ words, payload });
  return true;
}

/**
 * Builds the trie. The keys of one catalog word (its raw and its stemmed skeleton) are merged
 * into one key class with union-find, so a text token that reads as either key walks one edge.
 * Before this, "Kazakhstan" read as two keys and the scan walked and de-duplicated both paths
 * for every mention, a fifth of matching time in bench/match.ts.
 */
function buildTrie(b: Builder): { keyIds: Map<string, number>; root: TrieNode } {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    let c = k;
    while (c !== r) {
      const next = parent.get(c) as string;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const { words } of b.pending) {
    for (const alternatives of words) {
      for (const k of alternatives) if (!parent.has(k)) parent.set(k, k);
      const first = find(alternatives[0] as string);
      for (const k of alternatives.slice(1)) {
        const other = find(k);
        if (other !== first) parent.set(other, first);
      }
    }
  }
  const classIds = new Map<string, number>();
  const keyIds = new Map<string, number>();
  for (const k of parent.keys()) {
    const root = find(k);
    let id = classIds.get(root);
    if (id === undefined) classIds.set(root, (id = classIds.size));
    keyIds.set(k, id);
  }
  const root: TrieNode = newNode();
  root.children = new Map();
  for (const { words, payload } of b.pending) {
    let node = root;
    for (const alternatives of words) {
      const id = keyIds.get(alternatives[0] as string) as number;
      node.children ??= new Map();
      let child = node.children.get(id);
      if (!child) node.children.set(id, (child = newNode()));
      node = child;
    }
    if (!node.payloads.some((p) => samePayload(p, payload))) node.payloads.push(payload);
  }
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    node.digest = digestNode(node.payloads);
    if (node.children) stack.push(...node.children.values());
  }
  return { keyIds, root };
}

const EMPTY_DIGEST: NodeDigest = {
  orgsBY: 0, orgsKZ: 0, hasPlace: false, hasThird: false, ruleSlots: new Int32Array(0), ruleBits: new Uint32Array(0),
  aliasProjects: new Int32Array(0), projectPayloads: [], placeRegions: new Int32Array(0),
};

function newNode(): TrieNode {
  return { children: null, payloads: [], digest: EMPTY_DIGEST, seenBy: 0 };
}

function digestNode(payloads: readonly Payload[]): NodeDigest {
  if (payloads.length === 0) return EMPTY_DIGEST;
  let orgsBY = 0;
  let orgsKZ = 0;
  let hasPlace = false;
  let hasThird = false;
  const slots: number[] = [];
  const bits: number[] = [];
  const aliases: number[] = [];
  const projectPayloads: ProjectPayload[] = [];
  const regions: number[] = [];
  for (const p of payloads) {
    switch (p.kind) {
      case 'org':
        if (p.country === 'BY') orgsBY += 1;
        else orgsKZ += 1;
        break;
      case 'place':
        hasPlace = true;
        if (!regions.includes(p.region)) regions.push(p.region);
        break;
      case 'third':
        hasThird = true;
        break;
      case 'rule':
        slots.push(p.slot);
        bits.push((1 << Math.min(p.group, 31)) >>> 0);
        projectPayloads.push(p);
        break;
      case 'alias':
        aliases.push(p.project);
        projectPayloads.push(p);
        break;
      case 'exclude':
        projectPayloads.push(p);
        break;
    }
  }
  return {
    orgsBY, orgsKZ, hasPlace, hasThird, ruleSlots: Int32Array.from(slots), ruleBits: Uint32Array.from(bits),
    aliasProjects: Int32Array.from(aliases), projectPayloads, placeRegions: Int32Array.from(regions),
  };
}

function samePayload(a: Payload, b: Payload): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'alias': case 'exclude': return a.project === (b as typeof a).project;
    case 'rule': {
      const r = b as typeof a;
      return a.project === r.project && a.rule === r.rule && a.group === r.group;
    }
    case 'place': return a.region === (b as typeof a).region;
    case 'org': return a.country === (b as typeof a).country && a.phrase === (b as typeof a).phrase;
    case 'third': return true;
  }
}

const allNames = (names: Names): string[] => Object.values(names).flatMap((list) => list ?? []);

/** Every surface form of a place with the form it was listed as. */
function placeForms(region: Region): Array<[string, PlaceForm]> {
  return [
    ...allNames(region.names).map((n): [string, PlaceForm] => [n, 'name']),
    ...allNames(region.adjectives).map((n): [string, PlaceForm] => [n, 'adjective']),
    ...region.historical.map((h): [string, PlaceForm] => [h.name, 'historical']),
    ...region.dateline.map((n): [string, PlaceForm] => [n, 'dateline']),
  ];
}

function oblastOf(region: Region, byId: ReadonlyMap<string, Region>): string | null {
  let r: Region | undefined = region;
  for (let guard = 0; r && guard < 10; guard++) {
    if (r.kind === 'country') return null;
    if (r.kind === 'oblast') return r.id;
    const parent: Region | undefined = r.parent ? byId.get(r.parent) : undefined;
    // A city directly under its country is an oblast-level unit: Minsk, Astana, Almaty, Shymkent.
    if (!parent || parent.kind === 'country') return r.id;
    r = parent;
  }
  return null;
}

/** The place and, for `@id+`, every place whose `parent` chain reaches it. */
function expandRef(ref: string, regions: readonly Region[]): Region[] | null {
  const withChildren = ref.endsWith('+');
  const id = withChildren ? ref.slice(1, -1) : ref.slice(1);
  const root = regions.find((r) => r.id === id);
  if (!root) return null;
  if (!withChildren) return [root];
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    const parentId = (out[i] as Region).id;
    for (const r of regions) if (r.parent === parentId && !out.includes(r)) out.push(r);
  }
  return out;
}

/** The phrases a match-spec term stands for (an @ref expands to its places' forms). */
function termPhrases(term: string, regions: readonly Region[], warn: (m: string) => void, where: string): string[] {
  if (!term.startsWith('@')) return [term];
  const places = expandRef(term, regions);
  if (!places) {
    warn(`${where}: unknown region reference ${term}`);
    return [];
  }
  return places.flatMap((p) => placeForms(p).map(([name]) => name));
}

function withCountries(regions: readonly Region[]): Region[] {
  const out = [...regions];
  for (const country of ['BY', 'KZ'] as const) {
    const id = country.toLowerCase();
    const forms = COUNTRY_FORMS[country];
    const existing = out.findIndex((r) => r.id === id);
    const base: Region = existing >= 0 ? (out[existing] as Region) : {
      id, kind: 'country', country, parent: null, label: { en: id, ru: id },
      names: {}, adjectives: {}, historical: [], dateline: [],
    };
    const merged: Region = {
      ...base,
      // Appended under `en` only because Names needs a key; the language is informational.
      names: { ...base.names, en: [...(base.names.en ?? []), ...forms.names] },
      adjectives: { ...base.adjectives, en: [...(base.adjectives.en ?? []), ...forms.adjectives] },
    };
    if (existing >= 0) out[existing] = merged;
    else out.push(merged);
  }
  return out;
}

/**
 * Compiles the catalog into a {@link MatchIndex}. Never throws on content: problems become
 * `warnings` (a phrase with no words, an alias two projects share, an unknown @ref).
 */
export function compileCatalog(catalog: Catalog): MatchIndex {
  const b: Builder = { pending: [], warnings: [] };
  const warn = (m: string): void => void b.warnings.push(m);
  const regions = withCountries(catalog.regions);
  const byId = new Map(regions.map((r) => [r.id, r]));
  const regionIndex = new Map(regions.map((r, i) => [r.id, i]));

  regions.forEach((region, i) => {
    for (const [name, form] of placeForms(region)) {
      if (!addPhrase(b, name, { kind: 'place', region: i, form, phrase: name })) {
        warn(`region ${region.id}: name "${name}" has no words`);
      }
    }
  });

  const aliasOwners = new Map<string, Set<string>>();
  const fullMasks: number[] = [];
  const slotProjects: number[] = [];
  catalog.projects.forEach((project, p) => {
    if (project.retired) return;
    for (const alias of allNames(project.match.aliases)) {
      if (!addPhrase(b, alias, { kind: 'alias', project: p, phrase: alias })) {
        warn(`project ${project.id}: alias "${alias}" has no words`);
        continue;
      }
      const canonical = phraseWordKeys(alias).map((k) => k[k.length - 1]).join(' ');
      const owners = aliasOwners.get(canonical) ?? new Set<string>();
      owners.add(project.id);
      aliasOwners.set(canonical, owners);
    }
    project.match.rules.forEach((rule, r) => {
      const slot = fullMasks.length;
      slotProjects.push(p);
      // Groups beyond 31 share the last bit: no real rule has that many.
      fullMasks.push(rule.all.reduce((mask, _g, g) => mask | (1 << Math.min(g, 31)), 0) >>> 0);
      rule.all.forEach((group, g) => {
        for (const term of group) {
          const where = `project ${project.id} rule ${rule.name}`;
          for (const phrase of termPhrases(term, regions, warn, where)) {
            if (!addPhrase(b, phrase, { kind: 'rule', project: p, rule: r, group: g, slot, phrase, term })) {
              warn(`${where}: term "${phrase}" has no words`);
            }
          }
        }
      });
    });
    for (const term of project.match.exclude) {
      for (const phrase of termPhrases(term, regions, warn, `project ${project.id} exclude`)) {
        if (!addPhrase(b, phrase, { kind: 'exclude', project: p, phrase })) {
          warn(`project ${project.id}: exclude "${phrase}" has no words`);
        }
      }
    }
    for (const [orgs, country] of [[project.byOrgs, 'BY'], [project.kzOrgs, 'KZ']] as const) {
      for (const org of orgs) for (const form of orgForms(org)) addPhrase(b, form, { kind: 'org', country, phrase: form });
    }
  });
  for (const phrase of THIRD_PARTIES) addPhrase(b, phrase, { kind: 'third', phrase });
  const { keyIds, root } = buildTrie(b);
  for (const [canonical, owners] of aliasOwners) {
    if (owners.size > 1) warn(`alias "${canonical}" is shared by projects ${[...owners].sort().join(', ')}`);
  }

  return {
    version: catalog.version,
    catalog,
    projects: catalog.projects,
    regions: regions.map((r) => ({ id: r.id, country: r.country, kind: r.kind, oblastId: oblastOf(r, byId) })),
    regionIndex,
    keyIds,
    root,
    rootById: Array.from({ length: keyIds.size }, (_, id) => root.children?.get(id)),
    tokenTable: new TokenTable(),
    multiReadings: [],
    datelineCache: new Map(),
    ruleFullMask: Uint32Array.from(fullMasks),
    ruleProject: Int32Array.from(slotProjects),
    warnings: b.warnings,
  };
}

const TOKEN_CACHE_LIMIT = 500_000;
const NONE: readonly number[] = Object.freeze([]);
/** Keys reached only through a light stripper must be this long: "rates"→"rat" is too loose. */
const MIN_STRIPPED_KEY = 4;

/** The reading of a token that stands for no catalog word. */
export const NO_READING = -1;

/**
 * The key ids a raw token may stand for in this index (usually none or one). A token counts as
 * every catalog word it can be: its own keys (unstemmed and stemmed skeleton) and the keys of its
 * light-stripped forms (Kazakh "Қостанайдағы", German "kasachischen" → "kasachisch"). Offering
 * all of them matters because one surface form can be a catalog word of its own and an
 * inflection of another. Uncached: the matcher goes through {@link resolveSpan}.
 */
export function resolveToken(index: MatchIndex, text: string, script: Script): readonly number[] {
  const folded = foldWord(text);
  const ids: number[] = [];
  const add = (key: string): void => {
    const found = index.keyIds.get(key);
    if (found !== undefined && !ids.includes(found)) ids.push(found);
  };
  for (const key of wordKeys(folded, script, isAcronym(text))) add(key);
  if ((script === 'cyrl' || script === 'latn') && folded.length >= 5 && !isAcronym(text)) {
    for (const lang of LIGHT_LANGS_BY_SCRIPT[script]) {
      for (const stem of lightStems(folded, lang)) {
        for (const key of [skeleton(stem), stemKey(stem, script)]) if (key.length >= MIN_STRIPPED_KEY) add(key);
      }
    }
  }
  return ids.length === 0 ? NONE : ids;
}

/**
 * Raw token text → reading, as an open-addressing table probed with the token's offsets: a hit
 * (nearly every token after warm-up: agency copy reuses its words) costs a hash and a compare
 * of code units, no substring and no string hashing. A Map keyed by `text.slice(start, end)`
 * cost a short-lived string and a string hash per token (bench/match.ts: 243 tokens an item).
 */
export class TokenTable {
  private mask = 0xfff;
  private hashes = new Int32Array(this.mask + 1);
  private keys: Array<string | undefined> = new Array<string | undefined>(this.mask + 1).fill(undefined);
  private readings = new Int32Array(this.mask + 1);
  size = 0;

  /** The slot holding `text[start, end)` with hash `h`, or the empty slot where it belongs (as −1 − slot). */
  find(text: string, start: number, end: number, h: number): number {
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) return -1 - slot;
      if (this.hashes[slot] === h && key.length === length) {
        let i = 0;
        while (i < length && key.charCodeAt(i) === text.charCodeAt(start + i)) i += 1;
        if (i === length) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  reading(slot: number): number {
    return this.readings[slot] as number;
  }

  /** Stores a reading at the empty slot `find` reported; may grow the table. */
  insert(emptySlot: number, key: string, h: number, reading: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.grow();
      emptySlot = this.find(key, 0, key.length, h);
    }
    const slot = -1 - emptySlot;
    this.keys[slot] = key;
    this.hashes[slot] = h;
    this.readings[slot] = reading;
    this.size += 1;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const { keys, hashes, readings } = this;
    this.mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.keys = new Array<string | undefined>(this.mask + 1).fill(undefined);
    this.readings = new Int32Array(this.mask + 1);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = (hashes[i] as number) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.hashes[slot] = hashes[i] as number;
      this.readings[slot] = readings[i] as number;
    }
  }
}

/**
 * The reading of the token `text[start, end)`, whose hash (`hashCodeUnits` in tokens.ts) is `h`:
 * {@link NO_READING}, a key id (≥ 0), or for a token with several key ids −2 − k, where
 * `index.multiReadings[k]` lists them. Cached per index by the token as written.
 */
export function resolveSpan(index: MatchIndex, text: string, start: number, end: number, script: Script, h: number): number {
  const table = index.tokenTable;
  let slot = table.find(text, start, end, h);
  if (slot >= 0) return table.reading(slot);
  if (table.size >= TOKEN_CACHE_LIMIT) {
    table.clear();
    index.multiReadings.length = 0;
    slot = table.find(text, start, end, h);
  }
  const token = text.slice(start, end);
  const ids = resolveToken(index, token, script);
  let reading = NO_READING;
  if (ids.length === 1) reading = ids[0] as number;
  else if (ids.length > 1) {
    reading = -2 - index.multiReadings.length;
    index.multiReadings.push(ids);
  }
  table.insert(slot, token, h, reading);
  return reading;
}
