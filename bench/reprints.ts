/**
 * Reprint-detection benchmark (`npm run bench:reprints [-- seed]`): precision and recall of
 * `isReprint` (src/crawl/fingerprint.ts) on a generated set of pairs with controlled edits.
 *
 * Originals are the agency items of the demo snapshot (demo/expected.jsonl: BelTA and Kazinform,
 * ru and en, 19–95 words — shorter than most real copy, which makes the task harder).
 * Positives: each original "reprinted" by a regional desk with a random mix of the edits seen in
 * the regional press — a new headline (always), a trimmed lead (dateline and/or first sentence
 * cut), a paragraph dropped, paragraphs reordered, an attribution line added, boilerplate added
 * (subscription footer, photo credit, "read also" teaser), a few words reworded.
 * Negatives: (a) two different stories on the same topic (demo items sharing a catalog project,
 * or the same unrelated theme such as weather), (b) the same template with other facts
 * (generated families: weather, shipments, harvest, fires, match reports, statistics).
 * Each pair is decided on its own (pairwise precision/recall); a retrieval check then runs every
 * candidate against all originals, as the pipeline does, and counts wrong `reprint_of` picks.
 *
 * Targets (issue 8): precision ≥ 0.95, recall ≥ 0.90. The last line printed is one JSON object.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fingerprint, hamming, isReprint, MIN_SHARED, REPRINT_THRESHOLD, similarity, type Fingerprint } from '../src/crawl/fingerprint.ts';

const SEED = Number(process.argv[2] ?? 1);
const TARGET = { precision: 0.95, recall: 0.9 };
const VARIANTS_PER_ORIGINAL = 4;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (p: number): boolean => random() < p;

interface DemoItem {
  id: string;
  outlet: string;
  title: string;
  text: string;
  lang: string;
  projects: string[];
  gap: string;
}
interface Doc {
  title: string;
  paragraphs: string[];
  lang: string;
}

const demo: DemoItem[] = readFileSync(fileURLToPath(new URL('../demo/expected.jsonl', import.meta.url)), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as DemoItem);
const AGENCIES = new Set(['belta', 'kazinform']);
const originals = demo.filter((d) => AGENCIES.has(d.outlet) && (d.lang === 'ru' || d.lang === 'en'));
const docOf = (d: DemoItem): Doc => ({ title: d.title, paragraphs: d.text.split(/\n\n+/), lang: d.lang });

// ---- edits -------------------------------------------------------------------------------------
type EditKind = 'headline' | 'trim_lead' | 'drop_paragraph' | 'reorder' | 'attribution' | 'boilerplate' | 'reword';
const EDITS: readonly EditKind[] = ['trim_lead', 'drop_paragraph', 'reorder', 'attribution', 'boilerplate', 'reword'];

const HEADLINE_WORDS = {
  ru: ['Новости региона:', 'Важно:', 'Гомельщина:', 'Из первых рук:', 'Коротко:', 'Павлодар:', 'Экономика:'],
  en: ['Region news:', 'In brief:', 'Update:', 'Economy:'],
};
const ATTRIBUTION = {
  ru: { belta: ['Источник: БелТА', '/Корр. БЕЛТА/', 'По материалам БЕЛТА'], kazinform: ['Источник: МИА «Казинформ»', 'По информации Kazinform'], lead: ['По информации {A}, ', 'Как сообщает {A}, '] },
  en: { belta: ['Source: BelTA', 'BelTA reports'], kazinform: ['Source: Kazinform'], lead: ['According to {A}, ', '{A} reports that '] },
};
const BOILERPLATE = {
  ru: [
    'Подписывайтесь на наш Telegram-канал и будьте в курсе главных новостей региона.',
    'Фото из открытых источников.',
    'Читайте также: в областном центре открылась новая библиотека после реконструкции.',
    'Если вы стали свидетелем интересного события, пишите нам в редакцию или звоните по телефону доверия.',
    'Материал подготовлен редакцией газеты при поддержке областного исполнительного комитета.',
  ],
  en: ['Follow us on Telegram for the main regional news.', 'Photo from open sources.', 'Read also: a new library opened in the regional centre.'],
};
const REWORD: Record<string, string> = {
  сообщили: 'рассказали', отметил: 'подчеркнул', планирует: 'намерен', также: 'кроме того', году: 'г.',
  предприятия: 'компании', области: 'региона', said: 'noted', will: 'is set to', also: 'as well',
};

function stripDateline(p: string): string {
  // "МИНСК, 6 октября (БЕЛТА) – …", "КОСТАНАЙ. KAZINFORM – …", "MINSK, 6 October (BelTA) – …"
  return p.replace(/^[\p{Lu}][\p{Lu} -]+[,.]\s*(?:\d{1,2}\s+\p{L}+\s*)?(?:\([^)]*\))?\s*(?:KAZINFORM\s*)?[–—-]\s*/u, '');
}
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function reprint(doc: Doc, agency: string, edits: Set<EditKind>): Doc {
  const lang = doc.lang === 'en' ? 'en' : 'ru';
  let paragraphs = [...doc.paragraphs];
  // A new headline: the regional desk's own wording, keeping a few of the original's words.
  const words = doc.title.split(' ');
  const title = `${pick(HEADLINE_WORDS[lang])} ${words.slice(Math.floor(words.length / 2)).join(' ')}`;
  if (edits.has('trim_lead')) {
    // The agency subtitle goes, the dateline goes, and sometimes the lead's last clause too.
    if (paragraphs.length > 2) paragraphs.shift();
    paragraphs[0] = capitalise(stripDateline(paragraphs[0]!));
    if (chance(0.5)) paragraphs[0] = paragraphs[0]!.replace(/,[^,]*\.$/u, '.');
  }
  if (edits.has('drop_paragraph') && paragraphs.length > 2) paragraphs.splice(1 + Math.floor(random() * (paragraphs.length - 1)), 1);
  if (edits.has('reorder') && paragraphs.length > 2) {
    const i = 1 + Math.floor(random() * (paragraphs.length - 1));
    const j = 1 + Math.floor(random() * (paragraphs.length - 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
  }
  if (edits.has('reword')) {
    paragraphs = paragraphs.map((p) => p.split(' ').map((w) => (REWORD[w] && chance(0.7) ? REWORD[w] : w)).join(' '));
  }
  if (edits.has('attribution')) {
    const a = ATTRIBUTION[lang];
    const names = agency === 'belta' ? a.belta : a.kazinform;
    if (chance(0.5)) paragraphs.push(pick(names));
    else {
      const who = agency === 'belta' ? (lang === 'ru' ? 'БЕЛТА' : 'BelTA') : 'Kazinform';
      paragraphs[0] = pick(a.lead).replace('{A}', who) + paragraphs[0]!.charAt(0).toLowerCase() + paragraphs[0]!.slice(1);
    }
  }
  if (edits.has('boilerplate')) {
    const list = BOILERPLATE[lang];
    for (let k = 0; k < 1 + Math.floor(random() * 3); k++) paragraphs.push(pick(list));
  }
  return { title, paragraphs, lang: doc.lang };
}

// ---- template families (same template, other facts) ----------------------------------------------
const CITIES = ['Гомеле', 'Бресте', 'Витебске', 'Гродно', 'Могилеве', 'Костанае', 'Павлодаре', 'Караганде', 'Кокшетау', 'Семее'];
const OBLASTS = ['Гомельской', 'Брестской', 'Витебской', 'Гродненской', 'Могилевской', 'Костанайской', 'Павлодарской', 'Карагандинской'];
const PLANTS = ['«Гомсельмаш»', 'МТЗ', 'МАЗ', 'БелАЗ', '«Амкодор»', '«Бобруйскагромаш»', '«Лидсельмаш»'];
const n = (lo: number, hi: number): string => String(lo + Math.floor(random() * (hi - lo)));
const TEMPLATES: ReadonlyArray<() => Doc> = [
  () => ({ lang: 'ru', title: `Синоптики: в ${pick(CITIES)} ожидается до +${n(5, 30)} градусов`, paragraphs: [
    `Погода в ближайшие дни будет ${pick(['теплой', 'прохладной', 'неустойчивой', 'сухой'])}, сообщили в ${pick(['Белгидромете', 'Казгидромете'])}.`,
    `Днем воздух прогреется до +${n(5, 30)}°С, ночью ожидается от ${n(-5, 5)} до +${n(5, 12)}°С. ${pick(['Местами пройдут кратковременные дожди', 'Осадков не ожидается', 'Ожидается туман', 'Ветер усилится до 15 м/с'])}.`,
    `В выходные ${pick(['похолодает', 'потеплеет', 'сохранится сухая погода', 'пройдут грозы'])}, на ${pick(['севере', 'юге', 'западе', 'востоке'])} страны до +${n(3, 25)}°С.`,
  ] }),
  () => ({ lang: 'ru', title: `${pick(PLANTS)} отгрузил ${n(10, 200)} машинокомплектов в ${pick(CITIES)}`, paragraphs: [
    `${pick(PLANTS)} отправил партию из ${n(10, 200)} машинокомплектов ${pick(['комбайнов', 'тракторов', 'самосвалов', 'погрузчиков'])} на сборочное производство в ${pick(CITIES)}, сообщили в пресс-службе предприятия.`,
    `С начала года на площадку поставлено ${n(100, 900)} комплектов, что на ${n(5, 40)}% больше, чем годом ранее. Уровень локализации достиг ${n(20, 60)}%.`,
    `До конца ${pick(['месяца', 'квартала', 'года'])} планируется отгрузить еще ${n(20, 300)} комплектов.`,
  ] }),
  () => ({ lang: 'ru', title: `В ${pick(OBLASTS)} области убрано ${n(40, 99)}% зерновых`, paragraphs: [
    `Аграрии ${pick(OBLASTS)} области обмолотили зерновые на ${n(40, 99)}% площадей, сообщили в облисполкоме.`,
    `Намолочено ${n(200, 1500)} тыс. тонн зерна при урожайности ${n(20, 50)} ц/га. Лидирует ${pick(['Речицкий', 'Лидский', 'Оршанский', 'Бобруйский', 'Пинский'])} район.`,
    `В уборке задействовано ${n(500, 2500)} комбайнов, в том числе ${n(50, 400)} новых машин.`,
  ] }),
  () => ({ lang: 'ru', title: `Пожар в ${pick(CITIES)}: спасатели эвакуировали ${n(3, 40)} человек`, paragraphs: [
    `Вечером ${n(1, 28)} ${pick(['сентября', 'октября', 'ноября'])} в ${pick(CITIES)} загорелась квартира на ${n(2, 16)}-м этаже ${pick(['девятиэтажного', 'пятиэтажного', 'шестнадцатиэтажного'])} дома, сообщили в ${pick(['МЧС', 'ДЧС'])}.`,
    `Спасатели эвакуировали ${n(3, 40)} человек, ${pick(['пострадавших нет', 'один человек госпитализирован', 'двое получили отравление дымом'])}. Причина пожара — ${pick(['неисправная проводка', 'неосторожное курение', 'оставленный без присмотра электроприбор'])}.`,
  ] }),
  () => ({ lang: 'ru', title: `«${pick(['Гомель', 'Днепр', 'Неман', 'Иртыш', 'Шахтер', 'Тобол'])}» обыграл соперника со счетом ${n(1, 5)}:${n(0, 3)}`, paragraphs: [
    `В матче ${n(5, 30)}-го тура чемпионата команда из ${pick(CITIES)} победила ${pick(['гостей', 'хозяев поля', 'лидера'])} со счетом ${n(1, 5)}:${n(0, 3)}.`,
    `Голы забили ${pick(['Иванов', 'Петров', 'Касымов', 'Жумабаев', 'Сидоренко'])} на ${n(1, 45)}-й минуте и ${pick(['Козлов', 'Ахметов', 'Новик', 'Лукашевич'])} на ${n(46, 90)}-й.`,
    `После этой победы команда набрала ${n(10, 60)} очков и поднялась на ${n(1, 12)}-е место в турнирной таблице.`,
  ] }),
  () => ({ lang: 'ru', title: `Товарооборот ${pick(OBLASTS)} области с Казахстаном вырос на ${n(3, 40)}%`, paragraphs: [
    `За ${pick(['январь-июнь', 'январь-август', 'девять месяцев', 'январь-октябрь'])} товарооборот ${pick(OBLASTS)} области с Казахстаном составил $${n(20, 400)} млн, сообщили в ${pick(['облисполкоме', 'акимате', 'министерстве экономики'])}.`,
    `Экспорт увеличился на ${n(3, 40)}%, импорт — на ${n(1, 30)}%. Основные товары: ${pick(['техника', 'молочная продукция', 'мебель', 'шины'])} и ${pick(['зерно', 'металлопрокат', 'удобрения', 'текстиль'])}.`,
    `Сальдо торговли положительное и составило $${n(5, 200)} млн.`,
  ] }),
];

// ---- the set -----------------------------------------------------------------------------------
interface Pair {
  kind: string;
  candidate: Doc;
  original: Doc;
  agency: string;
  positive: boolean;
  edits?: EditKind[];
  originalIndex?: number;
  /** The demo item the candidate was made from (never its own original in the retrieval check). */
  sourceId?: string;
}
const pairs: Pair[] = [];
originals.forEach((o, i) => {
  for (let v = 0; v < VARIANTS_PER_ORIGINAL; v++) {
    const edits = new Set<EditKind>(EDITS.filter(() => chance(0.45)));
    pairs.push({ kind: 'reprint', candidate: reprint(docOf(o), o.outlet, edits), original: docOf(o), agency: o.outlet, positive: true, edits: ['headline', ...edits], originalIndex: i, sourceId: o.id });
  }
});
// (a) different stories on the same topic: same catalog project, or the same unrelated theme.
const themeOf = (d: DemoItem): string | null => d.projects[0] ?? (/погод|синоптик|снег|заморозк|weather|snow|frost/iu.test(d.title) ? 'weather' : null);
for (const o of originals) {
  const theme = themeOf(o);
  if (!theme) continue;
  for (const other of demo) {
    if (other === o || other.lang !== o.lang || themeOf(other) !== theme) continue;
    // The demo's own regional reprints are true reprints, not negatives.
    if ((demo.find((d) => d.id === other.id) as { reprint_of?: string }).reprint_of === o.id) continue;
    if (chance(0.5)) pairs.push({ kind: 'same_topic', candidate: { ...docOf(other), title: `Новости: ${other.title}` }, original: docOf(o), agency: o.outlet, positive: false, sourceId: other.id });
  }
}
// (b) the same template, other facts.
for (const make of TEMPLATES) {
  const instances = Array.from({ length: 7 }, make);
  for (let i = 0; i < instances.length; i++) {
    for (let j = i + 1; j < instances.length; j++) pairs.push({ kind: 'same_template', candidate: instances[j]!, original: instances[i]!, agency: 'belta', positive: false });
  }
}

// ---- evaluate ------------------------------------------------------------------------------------
const fp = (d: Doc): Fingerprint => fingerprint({ title: d.title, body: d.paragraphs.join('\n\n') });
const started = performance.now();
const scored = pairs.map((p) => {
  const c = fp(p.candidate);
  const o = fp(p.original);
  const d = isReprint(c, { shingles: o.shingles, agency: p.agency });
  return { ...p, c, o, d, hamming: hamming(c.simhash, o.simhash), jaccard: similarity(c.shingles, o.shingles).jaccard };
});
const ms = performance.now() - started;

function metrics(predict: (s: (typeof scored)[number]) => boolean) {
  let tp = 0, fp_ = 0, fn = 0;
  for (const s of scored) {
    const yes = predict(s);
    if (yes && s.positive) tp++;
    else if (yes) fp_++;
    else if (s.positive) fn++;
  }
  return { precision: tp + fp_ ? tp / (tp + fp_) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp: fp_, fn };
}
const main = metrics((s) => s.d.reprint);
const baselines = {
  simhash_le_3: metrics((s) => s.hamming <= 3),
  simhash_le_10: metrics((s) => s.hamming <= 10),
  jaccard_ge_0_5: metrics((s) => s.jaccard >= 0.5),
  overlap_no_boost: metrics((s) => s.d.shared >= MIN_SHARED && s.d.overlap >= REPRINT_THRESHOLD),
};

const range = (xs: number[]) => (xs.length ? `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}` : '–');
const byKind = new Map<string, number[]>();
for (const s of scored) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s.d.score]);
const recallByEdit = Object.fromEntries((['headline', ...EDITS] as EditKind[]).map((e) => {
  const with_ = scored.filter((s) => s.edits?.includes(e));
  return [e, with_.length ? with_.filter((s) => s.d.reprint).length / with_.length : 1];
}));

// Retrieval, as the pipeline runs it: each candidate against every original; the best passing
// original becomes reprint_of. A reprint pointing at the wrong original counts as an error.
const originalFps = originals.map((o) => ({ fp: fp(docOf(o)), agency: o.outlet, id: o.id }));
let wrongPick = 0, missed = 0, falseMark = 0;
const tRetrieval = performance.now();
for (const s of scored.filter((x) => x.kind !== 'same_template')) {
  let best = -1, bestScore = 0;
  originalFps.forEach((o, i) => {
    if (s.kind === 'same_topic' && o.id === s.sourceId) return;
    const d = isReprint(s.c, { shingles: o.fp.shingles, agency: o.agency });
    if (d.reprint && d.score > bestScore) { best = i; bestScore = d.score; }
  });
  if (s.positive && best === -1) missed++;
  else if (s.positive && best !== s.originalIndex) wrongPick++;
  else if (!s.positive && best !== -1) falseMark++;
}
const retrievalMs = performance.now() - tRetrieval;

const ok = main.precision >= TARGET.precision && main.recall >= TARGET.recall;
const line = (name: string, m: ReturnType<typeof metrics>) =>
  `  ${name.padEnd(20)} precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
console.log(`reprint benchmark (seed ${SEED}): ${scored.filter((s) => s.positive).length} reprint pairs, ${scored.filter((s) => !s.positive).length} negative pairs (${originals.length} agency originals)`);
console.log(line('isReprint', main) + `   targets ≥ ${TARGET.precision} / ≥ ${TARGET.recall}: ${ok ? 'MET' : 'NOT MET'}`);
for (const [k, m] of Object.entries(baselines)) console.log(line(k, m));
console.log('score ranges (overlap + attribution boost):');
for (const [k, xs] of byKind) console.log(`  ${k.padEnd(14)} ${range(xs)}  (n=${xs.length})`);
console.log('recall by edit:', Object.entries(recallByEdit).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', '));
const worst = scored.filter((s) => !s.positive).sort((a, b) => b.d.score - a.d.score).slice(0, Number(process.env.SHOW ?? 0));
for (const s of worst) console.log(`  negative ${s.kind} ${s.d.score} shared ${s.d.shared} ${s.d.attribution}: ${s.candidate.title} ~ ${s.original.title}`);
const weakest = scored.filter((s) => s.positive).sort((a, b) => a.d.score - b.d.score).slice(0, Number(process.env.SHOW ?? 0));
for (const s of weakest) console.log(`  reprint ${s.d.score} shared ${s.d.shared} ${s.d.attribution} [${s.edits?.join(',')}]: ${s.candidate.paragraphs.join(' | ').slice(0, 200)}`);
console.log(`retrieval over ${originals.length} originals: ${missed} missed, ${wrongPick} wrong original, ${falseMark} negatives marked`);
console.log(`time: ${(ms / scored.length * 1000).toFixed(0)} µs per pair (fingerprint both + compare); retrieval ${(retrievalMs * 1000 / (scored.length * originals.length)).toFixed(2)} µs per comparison`);
console.log(JSON.stringify({
  bench: 'reprints', seed: SEED, pairs: scored.length, positives: main.tp + main.fn,
  precision: +main.precision.toFixed(4), recall: +main.recall.toFixed(4), target_precision: TARGET.precision, target_recall: TARGET.recall, met: ok,
  baselines: Object.fromEntries(Object.entries(baselines).map(([k, m]) => [k, { precision: +m.precision.toFixed(4), recall: +m.recall.toFixed(4) }])),
  recall_by_edit: Object.fromEntries(Object.entries(recallByEdit).map(([k, v]) => [k, +v.toFixed(4)])),
  retrieval: { missed, wrong_original: wrongPick, negatives_marked: falseMark },
}));
if (!ok) process.exitCode = 1;
