#!/usr/bin/env node
/**
 * Writes the offline demo snapshot (demo/http/**, demo/expected.jsonl and the generated part of
 * demo/README.md) from the item tables in demo/tools/items-*.mjs.
 *
 *   node demo/tools/generate.mjs
 *
 * Plain Node, no dependencies except iconv-lite from the project's node_modules (the Gomel
 * paper's feed is written as windows-1251 bytes). Everything in the snapshot is invented.
 * Every link is written as `{{BASE}}/…`; the demo server replaces the placeholder on bytes.
 *
 * Item fields (see items-*.mjs): o outlet, f feed (ru|en|kk|be), d local date-time
 * "YYYY-MM-DD HH:MM" in the outlet's zone, r rubric/section, dl dateline place (agency items;
 * omitted = no dateline), t title, l lead, b body paragraphs, tags, p expected project ids,
 * gap what the item is in the demo for, rel relevant to BY–KZ cooperation (default: p.length > 0),
 * key a name other items refer to, reprint the key of the agency item a regional reprint copies
 * (written to expected.jsonl as `reprint_of`, the source's served path), author, cats (feed
 * categories), section (Bitrix section name), cat (Kazinform feed category), video (BelTA video
 * block to be removed by the extractor), readAlso (Kazinform "read also" block).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BELTA } from './items-belta.mjs';
import { KAZINFORM } from './items-kazinform.mjs';
import { REGIONAL } from './items-regional.mjs';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

const DEMO = fileURLToPath(new URL('../', import.meta.url));
const HTTP = join(DEMO, 'http');
const B = '{{BASE}}';

// ---------------------------------------------------------------------------------------------
// Outlets: where each feed lives and how its dates are written.

const OUTLETS = {
  belta: { tz: 3, feeds: { ru: 'belta/rss', en: 'belta-eng/rss' }, pubOffset: 3 },
  kazinform: { tz: 5, feeds: { ru: 'kazinform/rss/rus.xml', en: 'kazinform/rss/eng.xml', kk: 'kazinform/rss/kaz.xml' }, pubOffset: 5 },
  minsknews: { tz: 3, feeds: { ru: 'minsknews/feed.xml' }, pubOffset: 0 },
  'gp-by': { tz: 3, feeds: { ru: 'gp-by/rss-cp1251.xml', be: 'gp-by/rss-cp1251.xml' }, pubOffset: 0 },
  mogilevnews: { tz: 3, feeds: { ru: 'mogilevnews/rss.xml' }, pubOffset: 3 },
  kstnews: { tz: 5, feeds: { ru: 'kstnews/feed.xml' }, pubOffset: 5 },
  ekaraganda: { tz: 5, feeds: { ru: 'ekaraganda/rss.xml' }, pubOffset: 5 },
  pavlodarnews: { tz: 5, feeds: { ru: 'pavlodarnews/rss.xml' }, pubOffset: 5 },
};

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_EN = MONTHS_EN.map((m) => m.slice(0, 3));
const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_KK = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const MONTHS_BE_GEN = ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'];

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Local "YYYY-MM-DD HH:MM" at UTC+tz → a Date (UTC instant). */
function instant(local, tz) {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)$/.exec(local);
  if (!m) throw new Error(`bad date ${local}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4] - tz, +m[5], 0));
}

/** The wall clock of an instant at UTC+offset, as UTC fields of a shifted Date. */
const wall = (date, offset) => new Date(date.getTime() + offset * 3_600_000);

function rfc822(date, offset) {
  const w = wall(date, offset);
  const sign = offset >= 0 ? '+' : '-';
  return `${DAYS_EN[w.getUTCDay()]}, ${pad(w.getUTCDate())} ${MON_EN[w.getUTCMonth()]} ${w.getUTCFullYear()} ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:00 ${sign}${pad(Math.abs(offset))}00`;
}

function iso(date, offset) {
  const w = wall(date, offset);
  const sign = offset >= 0 ? '+' : '-';
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:00${sign}${pad(Math.abs(offset))}:00`;
}

/** ISO week of an instant in Europe/Minsk (UTC+3 all year). */
function isoWeek(date) {
  const w = wall(date, 3);
  const d = new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate()));
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d - firstThursday) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s) => `<![CDATA[${String(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const TRANSLIT_BELTA = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', і: 'i', ў: 'u', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u',
  ү: 'u', һ: 'h',
};
const TRANSLIT_KZ = { ...TRANSLIT_BELTA, й: 'y', ц: 'c', ю: 'yu', я: 'ya', щ: 'sch', х: 'h' };

function slugify(title, table, maxLen = 90) {
  const s = title.toLowerCase().split('').map((ch) => table[ch] ?? ch).join('')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (s.length <= maxLen) return s;
  return s.slice(0, maxLen).replace(/-[^-]*$/, '');
}

function hexId(seed, len) {
  let n = 0;
  for (;;) {
    const h = createHash('sha1').update(`${seed}#${n++}`).digest('hex').slice(0, len);
    if (/\d/.test(h) && /[a-f]/.test(h)) return h;
  }
}

// ---------------------------------------------------------------------------------------------
// Items → URLs

const ALL = [...BELTA, ...KAZINFORM, ...REGIONAL].map((it, i) => {
  const o = OUTLETS[it.o];
  if (!o) throw new Error(`unknown outlet ${it.o} (${it.t})`);
  if (!o.feeds[it.f]) throw new Error(`outlet ${it.o} has no ${it.f} feed (${it.t})`);
  const at = instant(it.d, o.tz);
  return { ...it, n: i, at, week: isoWeek(at), p: it.p ?? [], rel: it.rel ?? (it.p?.length ?? 0) > 0 };
});
ALL.sort((a, b) => a.at - b.at || a.n - b.n);

const DAY0 = Date.UTC(2026, 8, 14);
const dayIndex = (at) => Math.floor((at.getTime() - DAY0) / 86_400_000);
const usedPaths = new Set();
const counters = {};
const seq = (k, start) => (counters[k] = (counters[k] ?? start) + 1);

for (const it of ALL) {
  const w = wall(it.at, 3);
  const minuteOfDay = w.getUTCHours() * 60 + w.getUTCMinutes();
  let path;
  if (it.o === 'belta') {
    const id = it.f === 'ru'
      ? 715000 + dayIndex(it.at) * 310 + Math.floor(minuteOfDay / 5)
      : 189000 + dayIndex(it.at) * 45 + Math.floor(minuteOfDay / 35);
    const slug = slugify(it.t, TRANSLIT_BELTA);
    path = `${it.f === 'ru' ? 'belta' : 'belta-eng'}/${it.r}/view/${slug}-${id}-2026.html`;
    it.articleId = id;
  } else if (it.o === 'kazinform') {
    const hex = hexId(it.t, it.n % 3 === 0 ? 8 : 6);
    path = `kazinform/${it.f === 'kk' ? 'kz' : it.f}/${slugify(it.t, TRANSLIT_KZ, 80)}-${hex}.html`;
    it.articleId = hex;
  } else if (it.o === 'gp-by') {
    const id = 49000 + dayIndex(it.at) * 11 + seq('gp', 0) % 11;
    path = `gp-by/novosti/${it.r}/news${id}.html`;
    it.articleId = id;
  } else if (it.o === 'minsknews') {
    it.articleId = 1_460_000 + dayIndex(it.at) * 140 + Math.floor(minuteOfDay / 11);
    path = `minsknews/${slugify(it.t, TRANSLIT_BELTA, 70)}.html`;
  } else if (it.o === 'mogilevnews') {
    path = `mogilevnews/news/${slugify(it.t, TRANSLIT_BELTA, 70)}.html`;
    it.articleId = 88_000 + dayIndex(it.at) * 9 + seq('mog', 0) % 9;
  } else if (it.o === 'kstnews') {
    it.articleId = 96_000 + dayIndex(it.at) * 25 + seq('kst', 0) % 25;
    path = `kstnews/${it.r}/${it.articleId}-${slugify(it.t, TRANSLIT_KZ, 70)}.html`;
  } else if (it.o === 'ekaraganda') {
    it.articleId = 231_000 + dayIndex(it.at) * 30 + seq('ek', 0) % 30;
    path = `ekaraganda/articles/${it.articleId}.html`;
  } else if (it.o === 'pavlodarnews') {
    it.articleId = 54_000 + dayIndex(it.at) * 20 + seq('pv', 0) % 20;
    path = `pavlodarnews/ru/${slugify(it.t, TRANSLIT_KZ, 70)}.html`;
  }
  if (usedPaths.has(path)) throw new Error(`duplicate path ${path}`);
  usedPaths.add(path);
  it.path = path;
  it.url = `${B}/${path}`;
}

// ---------------------------------------------------------------------------------------------
// Datelines and bodies

function datelined(it) {
  if (!it.dl) return it.b;
  const w = wall(it.at, OUTLETS[it.o].tz);
  const day = w.getUTCDate();
  const mon = w.getUTCMonth();
  let head;
  if (it.o === 'belta') head = it.f === 'ru' ? `${it.dl}, ${day} ${MONTHS_RU_GEN[mon]} (БЕЛТА) – ` : `${it.dl}, ${day} ${MONTHS_EN[mon]} (BelTA) – `;
  else if (it.o === 'kazinform') head = `${it.dl}. KAZINFORM – `;
  else throw new Error(`dateline on a regional item: ${it.t}`);
  return [head + it.b[0], ...it.b.slice(1)];
}

const paragraphs = (list, cls = '') => list.map((p) => `<p${cls}>${esc(p).replace(/ ([а-яa-z]{1,2}) /giu, ' $1&nbsp;')}</p>`).join('\n      ');

// ---------------------------------------------------------------------------------------------
// Pages

const RUBRICS_RU = { economics: 'Экономика', politics: 'Политика', society: 'Общество', regions: 'Регионы', sport: 'Спорт', culture: 'Культура', incident: 'Происшествия', world: 'В мире', tech: 'Технологии', president: 'Президент' };
const RUBRICS_EN = { economics: 'Economy', politics: 'Politics', society: 'Society', regions: 'Regions', sports: 'Sports', culture: 'Culture', world: 'World', president: 'President' };

function beltaPage(it) {
  const ru = it.f === 'ru';
  const w = wall(it.at, 3);
  const dateFull = `${pad(w.getUTCDate())} ${ru ? MONTHS_RU_GEN[w.getUTCMonth()] : MONTHS_EN[w.getUTCMonth()]} 2026, ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
  const img = `https://img.belta.by/images/storage/news/with_archive/2026/0000${20 + (it.articleId % 7)}_${Math.floor(it.at.getTime() / 1000) - 600}_${it.articleId}_big.jpg`;
  const body = datelined(it);
  const tags = (it.tags ?? []).map((t) => `<a href="/tags/${slugify(t, TRANSLIT_BELTA)}/" title="${esc(t)}">${esc(t)}</a>`).join('\n      ');
  const mid = Math.min(2, body.length - 1);
  const ps = body.map((p) => `<p class="MsoNormal">${esc(p)}</p>`);
  if (it.video && body.length > 2) ps.splice(mid, 0, `<div class="video_add"><iframe src="https://www.youtube.com/embed/demo${it.articleId}"></iframe><p>${ru ? 'Видео БЕЛТА' : 'BelTA video'}</p></div>`);
  const menu = ru
    ? '<li><a href="/president/">Президент</a></li><li><a href="/politics/">Политика</a></li><li><a href="/economics/">Экономика</a></li><li><a href="/society/">Общество</a></li><li><a href="/regions/">Регионы</a></li><li><a href="/world/">В мире</a></li>'
    : '<li><a href="/president/">President</a></li><li><a href="/politics/">Politics</a></li><li><a href="/economics/">Economy</a></li><li><a href="/society/">Society</a></li><li><a href="/regions/">Regions</a></li>';
  return `<!DOCTYPE html>
<html lang="${ru ? 'ru' : 'en'}">
<head>
<meta charset="utf-8">
<title>${esc(it.t)} | ${ru ? 'Новости Беларуси | БелТА' : 'Belarus News | BelTA'}</title>
<meta name="mediator_published_time" content="${iso(it.at, 3).slice(0, 19)}+00:00">
<meta property="og:title" content="${esc(it.t)}">
<meta property="og:description" content="${esc(it.l)}">
<meta property="og:image" content="${img}">
<meta name="description" content="${esc(it.l)}">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ rubric: "${it.r}" });</script>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/">${ru ? 'БелТА' : 'BelTA'}</a></div>
  <ul class="menu">${menu}</ul>
</div>
<div id="inner">
  <div class="content_margin">
    <div class="rubric"><a href="/${it.r}/">${esc((ru ? RUBRICS_RU : RUBRICS_EN)[it.r] ?? it.r)}</a></div>
    <div class="date_full">${dateFull}</div>
    <h1>${esc(it.t)}</h1>
    <div class="news_main_img"><img src="${img}" alt=""></div>
    <div class="js-mediator-article">
      ${ps.join('\n      ')}
      <div class="invite_in_messagers">${ru ? 'Подписывайтесь на нас в' : 'Follow us on'}: <a href="https://t.me/belta_telegramm">Telegram</a> <a href="https://vk.com/belta_by">${ru ? 'ВКонтакте' : 'VK'}</a></div>
    </div>
    <div class="news_tags_block">
      ${tags}
    </div>
    <div class="clear"></div>
  </div>
</div>
<div class="footer">© ${ru ? 'БелТА, 2026. Все права защищены' : 'BelTA, 2026. All rights reserved'}.</div>
</body>
</html>
`;
}

const MONTHS_RU_GEN_CAP = MONTHS_RU_GEN.map((m) => m[0].toUpperCase() + m.slice(1));

function kazinformPage(it) {
  const lang = it.f === 'kk' ? 'kk' : it.f;
  const w = wall(it.at, 5);
  const mon = w.getUTCMonth();
  const monthName = lang === 'ru' ? MONTHS_RU_GEN_CAP[mon] : lang === 'en' ? MONTHS_EN[mon] : MONTHS_KK[mon][0].toUpperCase() + MONTHS_KK[mon].slice(1);
  const date = `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}, ${pad(w.getUTCDate())} ${monthName} 2026`;
  const body = datelined(it);
  const ps = body.map((p) => `<p>${esc(p)}</p>`);
  if (it.readAlso && ps.length > 2) ps.splice(1, 0, `<div class="read-also"><a href="/${lang === 'kk' ? 'kz' : lang}/${slugify(it.readAlso, TRANSLIT_KZ, 60)}-${hexId(it.readAlso, 6)}">${lang === 'en' ? 'Read also' : lang === 'ru' ? 'Читайте также' : 'Оқи отырыңыз'}: ${esc(it.readAlso)}</a></div>`);
  const tags = (it.tags ?? []).map((t) => `<a href="/${lang === 'kk' ? 'kz' : lang}/tag/${slugify(t, TRANSLIT_KZ)}">${esc(t)}</a>`).join('\n        ');
  const site = lang === 'ru' ? 'Казинформ' : 'Kazinform';
  const author = it.author ?? (lang === 'en' ? 'Kazinform' : lang === 'ru' ? 'Казинформ' : 'Kazinform');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<title>${esc(it.t)} | ${site}</title>
<meta property="og:title" content="${esc(it.t)} | ${site}">
<meta property="og:description" content="${esc(it.l)}">
<meta property="og:image" content="https://static.inform.kz/photos/2026/${it.articleId}.jpg">
<meta name="article:published_time" content="${iso(it.at, 5)}">
<meta name="author" content="${esc(author)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"${iso(it.at, 5)}"}</script>
</head>
<body>
<header class="header"><nav><a href="/${lang === 'kk' ? 'kz' : lang}/lenta">${lang === 'en' ? 'Latest' : lang === 'ru' ? 'Лента' : 'Жаңалықтар'}</a> <a href="/${lang === 'kk' ? 'kz' : lang}/politics">${lang === 'en' ? 'Politics' : lang === 'ru' ? 'Политика' : 'Саясат'}</a> <a href="/${lang === 'kk' ? 'kz' : lang}/economy">${lang === 'en' ? 'Economy' : lang === 'ru' ? 'Экономика' : 'Экономика'}</a></nav></header>
<main>
  <article class="article">
    <h1 class="article__title">${esc(it.t)}</h1>
    <div class="article__date">${date}</div>
    <div class="article__description">${esc(it.l)}</div>
    <div class="article__content">
      ${ps.join('\n      ')}
      <div class="article__tags">
        ${tags}
      </div>
    </div>
  </article>
</main>
<footer>© 1997–2026 ${lang === 'ru' ? 'МИА «Казинформ»' : 'Kazinform International News Agency'}</footer>
</body>
</html>
`;
}

function regionalPage(it, siblings) {
  const o = OUTLETS[it.o];
  const w = wall(it.at, o.tz);
  const lang = it.f === 'be' ? 'be' : 'ru';
  const months = lang === 'be' ? MONTHS_BE_GEN : MONTHS_RU_GEN;
  const human = `${w.getUTCDate()} ${months[w.getUTCMonth()]} 2026, ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
  const popular = siblings.filter((s) => s !== it).slice(0, 4).map((s) => `<li><a href="${s.url}">${esc(s.t)}</a></li>`).join('');
  const body = paragraphs(it.b);
  const head = (name) => `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(it.t)} | ${name}</title>
<meta property="og:title" content="${esc(it.t)}">
<meta property="og:description" content="${esc(it.l)}">
<meta name="description" content="${esc(it.l)}">`;
  switch (it.o) {
    case 'minsknews':
      return `${head('Минск-Новости')}
<meta property="article:published_time" content="${iso(it.at, 0)}">
<link rel="stylesheet" href="/wp-content/themes/minsknews/style.css">
</head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="logo" href="/">Минск-Новости</a>
  <nav class="main-nav"><a href="/category/novosti/">Новости</a> <a href="/category/gorod/">Город</a> <a href="/category/ekonomika/">Экономика</a> <a href="/category/sport/">Спорт</a></nav></header>
<main class="site-main">
  <article class="post type-post status-publish">
    <h1 class="entry-title">${esc(it.t)}</h1>
    <div class="entry-meta"><time class="entry-date published" datetime="${iso(it.at, 0)}">${human}</time> <span class="author">${esc(it.author ?? 'Редакция')}</span></div>
    <div class="entry-content page-content">
      ${body}
    </div>
    <div class="tags-links">${(it.tags ?? []).map((t) => `<a href="/tag/${slugify(t, TRANSLIT_BELTA)}/" rel="tag">${esc(t)}</a>`).join(' ')}</div>
  </article>
  <aside class="widget-area"><h3>Читайте также</h3><ul>${popular}</ul></aside>
</main>
<footer class="site-footer"><p>© 2026 Минск-Новости. Информационное агентство Мингорисполкома.</p></footer>
</body>
</html>
`;
    case 'gp-by':
      return `${head('Гомельская праўда')}
<script src="/bitrix/js/main/core/core.js"></script>
<script>var BX = {}; BX.message({"SITE_ID":"s1"});</script>
</head>
<body>
<header>
  <div class="logo"><a href="/">Гомельская праўда</a></div>
  <nav class="top-menu"><ul><li><a href="/novosti/">Навіны</a></li><li><a href="/novosti/ekonomika/">Эканоміка</a></li><li><a href="/novosti/obshchestvo/">Грамадства</a></li><li><a href="/novosti/sport/">Спорт</a></li></ul></nav>
</header>
<div class="container">
  <div class="content">
    <div class="breadcrumbs"><a href="/">Главная</a> / <a href="/novosti/">Новости</a> / <a href="/novosti/${it.r}/">${esc(it.section ?? it.r)}</a></div>
    <h1>${esc(it.t)}</h1>
    <time class="news-date" datetime="${iso(it.at, 3)}">${human}</time>
    <div class="news-detail">
      ${body}
      <div class="share"><a href="https://vk.com/share.php">ВКонтакте</a> <a href="https://t.me/share">Telegram</a></div>
    </div>
  </div>
  <aside class="sidebar"><h3>Популярное</h3><ul>${popular}</ul></aside>
</div>
<footer><p>© Редакция газеты «Гомельская праўда». При перепечатке материалов ссылка обязательна.</p></footer>
</body>
</html>
`;
    case 'mogilevnews':
      return `${head('Могилевские ведомости')}
<meta property="article:published_time" content="${iso(it.at, 3)}">
</head>
<body class="path-node page-node-type-article">
<header role="banner"><div class="site-branding"><a href="/">Магілёўскія ведамасці</a></div>
  <nav role="navigation"><ul class="menu"><li><a href="/news">Новости</a></li><li><a href="/economy">Экономика</a></li><li><a href="/society">Общество</a></li></ul></nav></header>
<main role="main">
  <article class="node node--type-article node--view-mode-full">
    <h1 class="page-title"><span class="field field--name-title">${esc(it.t)}</span></h1>
    <div class="node__meta"><span class="field--name-created">${human}</span></div>
    <div class="node__content">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
      ${body}
      </div>
    </div>
  </article>
</main>
<aside class="layout-sidebar-second"><h2>Последние новости</h2><ul>${popular}</ul></aside>
<footer role="contentinfo"><p>© Могилевские ведомости, 2026</p></footer>
</body>
</html>
`;
    case 'kstnews':
      return `${head('Костанайские новости')}
<meta itemprop="datePublished" content="${iso(it.at, 5)}">
</head>
<body>
<header class="header"><a class="logo" href="/">Костанайские новости</a>
  <nav><a href="/news">Новости</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/sport">Спорт</a></nav></header>
<div class="latest scroll big">${siblings.filter((s) => s !== it).slice(0, 3).map((s) => `<a class="item" href="${s.url}">${esc(s.t)}</a>`).join('')}</div>
<main class="container">
  <div class="article" itemscope itemtype="https://schema.org/NewsArticle">
    <h1 class="title" itemprop="headline">${esc(it.t)}</h1>
    <div class="meta"><span class="date">${human}</span> · <span class="author">${esc(it.author ?? 'Редакция')}</span></div>
    <div class="text" itemprop="articleBody">
      ${body}
    </div>
  </div>
</main>
<footer><p>© Газета «Костанайские новости», 2026</p></footer>
</body>
</html>
`;
    case 'ekaraganda':
      return `${head('eKaraganda.kz')}
<meta property="article:published_time" content="${iso(it.at, 5)}">
</head>
<body>
<header><div class="logo"><a href="/">eKaraganda</a></div>
  <nav><ul><li><a href="/?mod=news">Новости</a></li><li><a href="/?mod=articles">Статьи</a></li></ul></nav></header>
<div class="wrap">
  <div id="newsread">
    <h1>${esc(it.t)}</h1>
    <div class="date">${human}</div>
    <div class="read">
      ${body}
    </div>
  </div>
  <aside><ul class="morelist">${popular}</ul></aside>
</div>
<footer><p>© eKaraganda.kz — новости Караганды и Карагандинской области</p></footer>
</body>
</html>
`;
    case 'pavlodarnews':
      return `${head('Pavlodarnews.kz')}
</head>
<body>
<header><a class="logo" href="/">Звезда Прииртышья · Сарыарқа самалы</a>
  <nav><a href="/ru/news">Новости</a> <a href="/ru/economy">Экономика</a> <a href="/ru/society">Общество</a></nav></header>
<main>
  <article class="post-full">
    <h1 class="post-title">${esc(it.t)}</h1>
    <time datetime="${iso(it.at, 5)}">${human}</time>
    <div class="post-content">
      ${body}
    </div>
  </article>
  <aside><div class="post-item">${popular}</div></aside>
</main>
<footer><p>© Региональный медиапортал pavlodarnews.kz, 2026</p></footer>
</body>
</html>
`;
    default:
      throw new Error(`no page template for ${it.o}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Feeds (newest first, every item of the snapshot)

function feedXml(outlet, feed, items) {
  const o = OUTLETS[outlet];
  const newest = items[0]?.at ?? new Date();
  const pub = (it) => rfc822(it.at, o.pubOffset);
  if (outlet === 'belta') {
    const ru = feed === 'ru';
    return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${ru ? 'RSS БелТА' : 'BelTA - News from Belarus'}</title>
    <link>${ru ? 'https://www.belta.by/' : 'https://eng.belta.by/'}</link>
    <description>${ru ? 'Новости в Беларуси' : 'Belarusian Telegraph Agency'}</description>
    <language>${feed}</language>
    <lastBuildDate>${rfc822(newest, 3)}</lastBuildDate>
    <atom:link href="${B}/${o.feeds[feed]}" rel="self" type="application/rss+xml"/>
${items.map((it) => `    <item>
      <title>${esc(it.t)}</title>
      <link>${it.url}</link>
      <guid>${it.url}</guid>
      <description>${cdata(it.l)}</description>
      <pubDate>${pub(it)}</pubDate>${ru ? `\n      <category>${esc(RUBRICS_RU[it.r] ?? 'Новости')}</category>` : ''}
    </item>`).join('\n')}
  </channel>
</rss>
`;
  }
  if (outlet === 'kazinform') {
    const meta = {
      ru: ['Казинформ - Новости Казахстана', 'https://www.inform.kz/ru', 'Международное информационное агентство «Казинформ»'],
      en: ['Kazinform - News of Kazakhstan', 'https://www.inform.kz/en', 'Kazinform International News Agency'],
      kk: ['Kazinform - Қазақстан жаңалықтары', 'https://www.inform.kz/kz', '«Казинформ» халықаралық ақпарат агенттігі'],
    }[feed];
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:yandex="http://news.yandex.ru" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${esc(meta[0])}</title>
    <link>${meta[1]}</link>
    <description>${esc(meta[2])}</description>
    <language>${feed}</language>
${items.map((it, i) => `    <item>
      <title>${esc(it.t)}</title>
      <link>${it.url}</link>
      <guid isPermaLink="false">kazinform-${it.articleId}</guid>
      <description>${cdata(it.l)}</description>
      <pubDate>${pub(it)}</pubDate>${it.cat ? `\n      <category>${esc(it.cat)}</category>` : ''}${i < 3 ? `\n      <media:content url="https://static.inform.kz/photos/2026/${it.articleId}.jpg" medium="image"/>` : ''}
    </item>`).join('\n')}
  </channel>
</rss>
`;
  }
  // Regional CMSs: WordPress-style feeds (dc:creator, categories, excerpt; gp-by adds content:encoded).
  const channel = {
    minsknews: ['Минск-Новости', 'https://minsknews.by', 'Информационное агентство «Минск-Новости»', 'ru-RU'],
    'gp-by': ['Гомельская праўда', 'https://gp.by/', 'Новости Гомеля и Гомельской области', 'ru-RU'],
    mogilevnews: ['Могилевские ведомости', 'https://mogilevnews.by/', 'Новости Могилева и Могилевской области', 'ru'],
    kstnews: ['Костанайские новости', 'https://kstnews.kz', 'Новости Костаная и Костанайской области', 'ru-RU'],
    ekaraganda: ['eKaraganda.kz', 'https://ekaraganda.kz/', 'Новости Караганды и Карагандинской области', 'ru'],
    pavlodarnews: ['Pavlodarnews.kz', 'https://pavlodarnews.kz/', 'Региональный медиапортал Павлодарской области', 'ru'],
  }[outlet];
  const wp = outlet === 'minsknews' || outlet === 'gp-by' || outlet === 'kstnews';
  const encoding = outlet === 'gp-by' ? 'windows-1251' : 'UTF-8';
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${esc(channel[0])}</title>
    <link>${channel[1]}</link>
    <description>${esc(channel[2])}</description>
    <language>${channel[3]}</language>
    <lastBuildDate>${rfc822(newest, o.pubOffset)}</lastBuildDate>${wp ? '\n    <generator>https://wordpress.org/?v=6.6.2</generator>' : ''}
    <atom:link href="${B}/${o.feeds[feed]}" rel="self" type="application/rss+xml"/>
${items.map((it) => {
    const guid = outlet === 'gp-by' ? `https://gp.by/?p=${it.articleId}` : outlet === 'minsknews' ? `https://minsknews.by/?p=${it.articleId}` : it.url;
    const excerpt = wp ? `${esc(it.l)}&#8230; <a href="${it.url}">Читать далее</a>` : esc(it.l);
    return `    <item>
      <title>${esc(it.t)}</title>
      <link>${it.url}</link>
      <guid isPermaLink="${guid === it.url}">${guid}</guid>${wp ? `\n      <dc:creator>${cdata(it.author ?? 'Редакция')}</dc:creator>` : ''}
      <pubDate>${pub(it)}</pubDate>
${(it.cats ?? [it.section ?? 'Новости']).map((c) => `      <category>${cdata(c)}</category>`).join('\n')}
      <description>${cdata(excerpt)}</description>${outlet === 'gp-by' ? `\n      <content:encoded>${cdata(it.b.map((p) => `<p>${esc(p)}</p>`).join(''))}</content:encoded>` : ''}
    </item>`;
  }).join('\n')}
  </channel>
</rss>
`;
}

// ---------------------------------------------------------------------------------------------
// Write

rmSync(HTTP, { recursive: true, force: true });
const write = (rel, data) => {
  const file = join(HTTP, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
};

const byFeed = new Map();
for (const it of ALL) {
  // Items in Belarusian sit in the Gomel paper's one (Russian) feed: group by feed file.
  const k = `${it.o}|${it.o === 'gp-by' ? 'ru' : it.f}`;
  if (!byFeed.has(k)) byFeed.set(k, []);
  byFeed.get(k).push(it);
}
for (const [k, items] of byFeed) {
  const [outlet, feed] = k.split('|');
  const newestFirst = [...items].reverse();
  const xml = feedXml(outlet, feed, newestFirst);
  const rel = OUTLETS[outlet].feeds[feed];
  write(rel, rel.includes('cp1251') ? iconv.encode(xml, 'windows-1251') : xml);
  for (const it of items) {
    const page = it.o === 'belta' ? beltaPage(it) : it.o === 'kazinform' ? kazinformPage(it) : regionalPage(it, newestFirst);
    write(it.path, page);
  }
}

function reprintSource(it) {
  const src = ALL.find((s) => s.key === it.reprint);
  if (!src) throw new Error(`reprint of unknown key ${it.reprint} (${it.t})`);
  return src;
}

// Expected matches, in `covgap eval --labels` form (id = the served path).
const expected = ALL.map((it) => JSON.stringify({
  id: it.path,
  url: it.url,
  outlet: it.o,
  week: it.week,
  title: it.t,
  text: [it.l, ...datelined(it)].join('\n\n'),
  lang: it.f,
  relevant: it.rel,
  projects: it.p,
  gap: it.gap ?? (it.rel ? 'candidate' : 'unrelated'),
  ...(it.reprint ? { reprint_of: reprintSource(it).path } : {}),
}));
writeFileSync(join(DEMO, 'expected.jsonl'), expected.join('\n') + '\n');

// Counts for the README.
const weeks = [...new Set(ALL.map((it) => it.week))].sort();
const feedKeys = [...byFeed.keys()];
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = [
  row(['feed', ...weeks.map((w) => w.slice(6)), 'total']),
  row(['---', ...weeks.map(() => '--:'), '--:']),
  ...feedKeys.map((k) => row([`${k.replace('|', ' ')}`, ...weeks.map((w) => byFeed.get(k).filter((it) => it.week === w).length || '·'), byFeed.get(k).length])),
  row(['**all**', ...weeks.map((w) => ALL.filter((it) => it.week === w).length), ALL.length]),
];
const langs = Object.entries(ALL.reduce((acc, it) => ((acc[it.f] = (acc[it.f] ?? 0) + 1), acc), {})).map(([l, n]) => `${l} ${n}`).join(', ');
const gaps = {};
for (const it of ALL) for (const p of it.p) {
  gaps[p] ??= { gap: it.gap, n: 0, outlets: new Set(), weeks: new Set() };
  gaps[p].n++;
  gaps[p].outlets.add(it.o);
  gaps[p].weeks.add(it.week.slice(6));
}
const projectTable = [
  row(['project', 'built to show', 'items', 'outlets', 'weeks']),
  row(['---', '---', '--:', '---', '---']),
  ...Object.entries(gaps).map(([p, g]) => row([`\`${p}\``, g.gap, g.n, [...g.outlets].join(', '), [...g.weeks].sort().join(' ')])),
];
const rel = ALL.filter((it) => it.rel);
const summary = `${ALL.length} items (${langs}); ${ALL.filter((it) => it.p.length).length} matched to a catalog project, ${rel.filter((it) => !it.p.length).length} relevant candidates with no project, ${ALL.filter((it) => !it.rel).length} unrelated.`;
const readmePath = join(DEMO, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const generated = `<!-- generated by demo/tools/generate.mjs: do not edit by hand -->\n${summary}\n\nItems per feed and ISO week (Europe/Minsk):\n\n${table.join('\n')}\n\nProjects with coverage:\n\n${projectTable.join('\n')}\n<!-- end generated -->`;
writeFileSync(readmePath, readme.replace(/<!-- generated by[\s\S]*?<!-- end generated -->/, generated));
process.stdout.write(`${summary}\n`);
