/**
 * The synthetic archive behind `npm run bench:scale`: years of agency and regional items, spread
 * over the configured outlets as the real ones publish (agencies most, regional papers a little),
 * with news-like Russian/English/Kazakh/Belarusian text of article length. A few percent of the
 * items are about a catalog project (its name, description, organisations and places, as the
 * press writes them), more mention a place or both countries; agency items filed from a region
 * carry a dateline. Deterministic for a seed, generated lazily so a million items never sit in
 * memory at once. Not a corpus for the matcher's quality: a load with the right shape.
 */
import type { Catalog, Project, Region } from '../src/catalog/model.ts';
import type { Outlet } from '../src/config/load.ts';
import { titleKey } from '../src/crawl/dedup.ts';
import type { NewItem } from '../src/db/tables.ts';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER: Record<string, string[]> = {
  ru: [
    'В {city} подвели итоги работы агропромышленного комплекса за девять месяцев текущего года.',
    'По данным статистического ведомства, объем промышленного производства вырос на {n} процента.',
    'Синоптики прогнозируют похолодание и мокрый снег в большинстве районов страны.',
    'Министр здравоохранения провел выездное совещание в областной клинической больнице.',
    'На заседании правительства обсудили ход подготовки к отопительному сезону.',
    'Участники форума обсудили вопросы цифровизации государственных услуг и развития электронной торговли.',
    'В рамках визита стороны подписали меморандум о взаимопонимании в сфере образования.',
    'Спортсмены завоевали {n} медалей на международных соревнованиях по дзюдо.',
    'В {city} открылся новый физкультурно-оздоровительный комплекс на {n} мест.',
    'Строительство жилого дома планируется завершить до конца года, сообщили в местном исполкоме.',
    'Фермерские хозяйства региона намолотили более {n} тысяч тонн зерна.',
    'Экспорт продовольствия за январь—сентябрь превысил {n} миллионов долларов.',
    'Специалисты отмечают рост спроса на отечественную технику на внешних рынках.',
    'Глава государства поручил ускорить модернизацию перерабатывающих предприятий.',
    'Театр представил премьеру спектакля по мотивам классической пьесы.',
    'В школах региона начались осенние каникулы, для учащихся подготовлена насыщенная программа.',
    'Железнодорожники увеличили количество поездов на популярных направлениях.',
    'На предприятии внедрили автоматизированную систему учета сырья и готовой продукции.',
    'Депутаты приняли в первом чтении законопроект о местном самоуправлении.',
    'Мероприятие собрало более {n} участников из разных стран.',
    'В ходе встречи обсуждались вопросы торгово-экономического сотрудничества и логистики.',
    'Национальный банк сохранил ставку рефинансирования на прежнем уровне.',
    'Сотрудники МЧС напомнили о правилах безопасности при обращении с газовыми приборами.',
    'Ярмарка вакансий предложила соискателям более {n} рабочих мест.',
    'Музей подготовил выставку, посвященную истории края и народным промыслам.',
    'Для аграриев провели семинар о применении цифровых технологий в растениеводстве.',
    'В {city} прошел республиканский конкурс молодых исполнителей.',
    'Дорожники завершили реконструкцию участка магистрали протяженностью {n} километров.',
    'Энергетики ввели в эксплуатацию новую подстанцию, что повысит надежность электроснабжения.',
    'По словам директора, предприятие полностью обеспечено заказами до конца квартала.',
    'Ученые представили разработки в области биотехнологий и медицинской диагностики.',
    'На границе усилен контроль за перемещением подкарантинной продукции.',
    'Жители смогут получить консультации специалистов в режиме онлайн.',
    'Инвестиционный проект предусматривает создание {n} новых рабочих мест.',
    'В регионе продолжается реализация программы по благоустройству населенных пунктов.',
    'Аналитики ожидают стабилизации цен на основные виды продовольствия.',
    'Туристический сезон показал рост числа гостей из соседних стран.',
    'Волонтеры провели акцию по посадке деревьев в городском парке.',
    'Конференция прошла в смешанном формате, часть докладов была представлена дистанционно.',
    'Итоги олимпиады школьников подведут в конце месяца.',
  ],
  en: [
    'Industrial output grew by {n} percent year on year, the statistics office said.',
    'The government discussed preparations for the heating season at its weekly meeting.',
    'Forecasters expect cold weather and wet snow across most of the country.',
    'The forum brought together more than {n} participants from different countries.',
    'The parties signed a memorandum of understanding in the field of education.',
    'Exports of food products exceeded {n} million dollars in January-September.',
    'The head of state instructed the government to speed up the modernization of processing plants.',
    'A new sports complex with {n} seats opened in {city}.',
    'Athletes won {n} medals at the international judo tournament.',
    'The national bank kept the refinancing rate unchanged.',
    'Road builders completed the reconstruction of a {n}-kilometre section of the highway.',
    'Scientists presented developments in biotechnology and medical diagnostics.',
    'The meeting focused on trade, economic cooperation and logistics.',
    'The theatre presented a premiere based on a classic play.',
    'Farms of the region harvested more than {n} thousand tonnes of grain.',
    'The investment project will create {n} new jobs.',
    'Analysts expect food prices to stabilize in the coming months.',
    'The conference was held in a hybrid format with remote presentations.',
  ],
  kk: [
    'Өңірде егін жинау науқаны жалғасып жатыр, {n} мың тонна астық жиналды.',
    'Үкімет отырысында жылыту маусымына дайындық мәселелері талқыланды.',
    'Синоптиктер елдің басым бөлігінде күн суытатынын болжап отыр.',
    'Форумға түрлі елдерден {n} астам қатысушы келді.',
    'Тараптар білім беру саласындағы өзара түсіністік туралы меморандумға қол қойды.',
    'Спортшылар халықаралық жарыста {n} медаль жеңіп алды.',
    'Жаңа спорт кешені {n} орынға арналған.',
    'Мемлекет басшысы өңдеу кәсіпорындарын жаңғыртуды жеделдетуді тапсырды.',
    'Инвестициялық жоба {n} жаңа жұмыс орнын ашуды көздейді.',
    'Кездесуде сауда-экономикалық ынтымақтастық мәселелері талқыланды.',
  ],
  be: [
    'У рэгіёне падвялі вынікі работы аграпрамысловага комплексу за дзевяць месяцаў.',
    'Сіноптыкі прагназуюць пахаладанне і мокры снег у большасці раёнаў краіны.',
    'На пасяджэнні ўрада абмеркавалі падрыхтоўку да ацяпляльнага сезона.',
    'Удзельнікі форуму абмеркавалі пытанні лічбавізацыі дзяржаўных паслуг.',
    'Спартсмены заваявалі {n} медалёў на міжнародных спаборніцтвах.',
    'Экспарт харчовай прадукцыі перавысіў {n} мільёнаў долараў.',
    'Інвестыцыйны праект прадугледжвае стварэнне {n} новых працоўных месцаў.',
    'Тэатр прадставіў прэм’еру спектакля па матывах класічнай п’есы.',
  ],
};

const TITLE_PARTS: Record<string, [string[], string[], string[]]> = {
  ru: [
    ['Аграрии', 'Энергетики', 'Строители', 'Медики', 'Педагоги', 'Экспортеры', 'Машиностроители', 'Железнодорожники', 'Депутаты', 'Спортсмены', 'Ученые', 'Фермеры'],
    ['подвели итоги', 'обсудили планы', 'рассказали о работе', 'наращивают объемы', 'получили поддержку', 'готовятся к сезону', 'представили новинки', 'завершили проект', 'открыли объект', 'подписали соглашение'],
    ['в регионе', 'на форуме', 'в столице', 'на выставке', 'за девять месяцев', 'в новом сезоне', 'в онлайн-формате', 'с партнерами', 'на предприятии', 'в районе'],
  ],
  en: [
    ['Farmers', 'Power engineers', 'Builders', 'Doctors', 'Exporters', 'Machine builders', 'Railway workers', 'Lawmakers', 'Athletes', 'Scientists'],
    ['sum up results', 'discuss plans', 'expand output', 'get support', 'prepare for the season', 'present novelties', 'complete project', 'open facility', 'sign agreement'],
    ['in the region', 'at the forum', 'in the capital', 'at the exhibition', 'in nine months', 'online', 'with partners', 'at the plant'],
  ],
  kk: [
    ['Диқандар', 'Энергетиктер', 'Құрылысшылар', 'Дәрігерлер', 'Экспорттаушылар', 'Ғалымдар', 'Спортшылар'],
    ['қорытынды шығарды', 'жоспарларын талқылады', 'көлемін арттырды', 'қолдау алды', 'жобаны аяқтады', 'келісімге қол қойды'],
    ['өңірде', 'форумда', 'елордада', 'көрмеде', 'серіктестермен', 'кәсіпорында'],
  ],
  be: [
    ['Аграрыі', 'Энергетыкі', 'Будаўнікі', 'Медыкі', 'Экспарцёры', 'Навукоўцы', 'Спартсмены'],
    ['падвялі вынікі', 'абмеркавалі планы', 'нарошчваюць аб’ёмы', 'атрымалі падтрымку', 'завяршылі праект', 'падпісалі пагадненне'],
    ['у рэгіёне', 'на форуме', 'у сталіцы', 'на выставе', 'з партнёрамі', 'на прадпрыемстве'],
  ],
};

const RELEVANT_RU = [
    'Беларусь и Казахстан намерены расширять сотрудничество в промышленности и сельском хозяйстве.',
    'Белорусско-казахстанский товарооборот по итогам года вырос на {n} процента.',
    'Казахстанская сторона заинтересована в поставках белорусской техники.',
];
const RELEVANT_EN = [
    'Belarus and Kazakhstan intend to expand cooperation in industry and agriculture.',
    'Belarus-Kazakhstan trade grew by {n} percent over the year.',
];

export interface ScaleOptions {
  readonly seed: number;
  /** Items per calendar week (spread over outlets). */
  readonly perWeek: number;
  /** The first instant of the archive (UTC). */
  readonly start: Date;
  /** Share of items about a catalog project (realistic agency traffic: a few per thousand to a few percent). */
  readonly projectShare: number;
  /**
   * false: the item as a feed or an archive listing delivers it (title and lead; the body comes
   * later with the article page), which is what the crawler and backfill store.
   */
  readonly withBody?: boolean;
}

interface OutletPick {
  readonly outlet: Outlet;
  readonly weight: number;
  readonly langs: readonly string[];
}

/** Lazily yields items in time order: item k is published at start + k·(week/perWeek) + jitter. */
export function* generateItems(catalog: Catalog, outlets: readonly Outlet[], opts: ScaleOptions, count: number, firstIndex = 0): Generator<NewItem> {
  const rand = rng(opts.seed + firstIndex);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const picks: OutletPick[] = outlets.map((o) => ({
    outlet: o,
    // Agencies publish ~40 % each of what covgap sees; regional papers share the rest.
    weight: o.level === 'central' ? 40 : 20 / Math.max(1, outlets.filter((x) => x.level === 'regional').length),
    langs: o.level === 'central' ? (o.country === 'BY' ? ['ru', 'ru', 'ru', 'ru', 'ru', 'ru', 'en', 'be'] : ['ru', 'ru', 'ru', 'ru', 'ru', 'kk', 'kk', 'en']) : ['ru'],
  }));
  const totalWeight = picks.reduce((a, p) => a + p.weight, 0);
  const regions = catalog.regions.filter((r) => r.kind === 'city' || r.kind === 'oblast');
  const byCities = regions.filter((r) => r.country === 'BY' && r.kind === 'city');
  const kzCities = regions.filter((r) => r.country === 'KZ' && r.kind === 'city');
  const regionsById = new Map(catalog.regions.map((r) => [r.id, r] as const));
  // Flagship projects get more coverage than minor ones (importance 3 : 2 : 1 → 9 : 4 : 1).
  const projects = catalog.projects.filter((p) => !p.retired);
  const projectWeights = projects.map((p) => p.importance * p.importance);
  const projectTotal = projectWeights.reduce((a, b) => a + b, 0);
  const pickProject = (): Project => {
    let x = rand() * projectTotal;
    for (let i = 0; i < projects.length; i++) if ((x -= projectWeights[i]!) < 0) return projects[i]!;
    return projects[projects.length - 1]!;
  };
  const stepMs = (7 * 86_400_000) / opts.perWeek;
  for (let k = firstIndex; k < firstIndex + count; k++) {
    let x = rand() * totalWeight;
    let p = picks[0]!;
    for (const c of picks) if ((x -= c.weight) < 0) { p = c; break; }
    const lang = pick(p.langs);
    const filler = FILLER[lang] ?? FILLER.ru!;
    const fill = (s: string) => s.replace('{n}', String(2 + Math.floor(rand() * 97))).replace('{city}', label(pick(p.outlet.country === 'BY' ? byCities : kzCities), lang));
    const sentences: string[] = [];
    const n = 16 + Math.floor(rand() * 13);
    for (let i = 0; i < n; i++) sentences.push(fill(pick(filler)));
    const parts = TITLE_PARTS[lang] ?? TITLE_PARTS.ru!;
    let title = `${pick(parts[0])} ${pick(parts[1])} ${pick(parts[2])}`;
    let dateline: string | null = null;
    let rubric: string | null = null;
    const roll = rand();
    if (roll < opts.projectShare) {
      const project = pickProject();
      const name = lang === 'en' ? project.name.en : project.name.ru;
      const desc = (lang === 'en' ? project.description.en : project.description.ru).split(/(?<=\.)\s+/);
      const places = [...project.byRegions, ...project.kzRegions].map((id) => regionsById.get(id)).filter((r): r is Region => !!r);
      title = lang === 'en' ? `${name}: ${pick(parts[1])}` : `${name}: ${pick(parts[1])} ${pick(parts[2])}`;
      sentences.splice(1, 0, ...desc.slice(0, 1 + Math.floor(rand() * desc.length)));
      if (places.length) sentences.splice(3, 0, fill(lang === 'en' ? `Representatives of ${label(pick(places), 'en')} took part in the meeting.` : `В мероприятии приняли участие представители региона ${label(pick(places), 'ru')}.`));
      const orgs = [...project.byOrgs, ...project.kzOrgs];
      if (orgs.length) sentences.push(lang === 'en' ? `The work involves ${orgs.join(', ')}.` : `В работе участвуют ${orgs.join(', ')}.`);
    } else if (roll < opts.projectShare * 2) {
      sentences.splice(2, 0, fill(pick(lang === 'en' ? RELEVANT_EN : RELEVANT_RU)));
    }
    // Agency items filed from a region: a dateline (Kazinform: КОСТАНАЙ. KAZINFORM; BelTA's regions rubric).
    if (p.outlet.level === 'central' && rand() < 0.25) {
      const city = pick(p.outlet.country === 'BY' ? byCities : kzCities);
      dateline = (city.dateline[0] ?? city.label.ru).toUpperCase();
      if (p.outlet.country === 'BY') rubric = 'regions';
    }
    const at = opts.start.getTime() + k * stepMs + Math.floor(rand() * stepMs);
    const site = p.outlet.site ?? `https://${p.outlet.id}.example`;
    const lead = sentences[0]!;
    yield {
      outlet_id: p.outlet.id,
      feed_id: null,
      url: `${site.replace(/\/$/, '')}/${lang}/bench/${k}`,
      guid: null,
      article_id: p.outlet.level === 'central' ? `${lang}-${k}` : null,
      lang,
      rubric,
      title,
      title_key: titleKey(title) + ` ${k}`,
      lead,
      body: opts.withBody === false ? null : sentences.slice(1).join(' '),
      body_method: opts.withBody === false ? null : 'bench',
      tags: '[]',
      dateline,
      published_at: new Date(at),
      published_source: 'feed',
      fetched_at: new Date(at + 60_000 + Math.floor(rand() * 3_600_000)),
      content_hash: null,
      page_status: opts.withBody === false ? 'pending' : 'ok',
      page_error_class: null,
      reprint_of: null,
    };
  }
}

function label(r: Region, lang: string): string {
  return lang === 'en' ? r.label.en : r.label.ru;
}
