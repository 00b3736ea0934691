import { describe, expect, it } from 'vitest';
import { extractDateline, type Dateline } from '../../src/crawl/dateline.ts';

describe('extractDateline', () => {
  const cases: Record<string, { text: string; want: Dateline | null }> = {
    'reads a BelTA ru dateline with an en dash': {
      text: 'МИНСК, 2 октября (БЕЛТА) – Минский тракторный завод отгрузил…',
      want: { place: 'МИНСК', raw: 'МИНСК, 2 октября (БЕЛТА) –', agency: 'belta' },
    },
    'reads a BelTA ru regional dateline with a hyphen': {
      text: 'ГОМЕЛЬ, 2 октября (БЕЛТА) - Делегация ОАО "Гомсельмаш"…',
      want: { place: 'ГОМЕЛЬ', raw: 'ГОМЕЛЬ, 2 октября (БЕЛТА) -', agency: 'belta' },
    },
    'reads a BelTA en dateline': {
      text: 'MINSK, 2 October (BelTA) – Belarus and Kazakhstan…',
      want: { place: 'MINSK', raw: 'MINSK, 2 October (BelTA) –', agency: 'belta' },
    },
    'reads a BelTA de dateline with a dotted day': {
      text: 'MINSK, 2. Oktober (BelTA) - Das Minsker Traktorenwerk…',
      want: { place: 'MINSK', raw: 'MINSK, 2. Oktober (BelTA) -', agency: 'belta' },
    },
    'reads a hyphenated place': {
      text: 'NUR-SULTAN, 25. Oktober (BelTA) – Der belarussische…',
      want: { place: 'NUR-SULTAN', raw: 'NUR-SULTAN, 25. Oktober (BelTA) –', agency: 'belta' },
    },
    'reads a Kazinform en dateline': {
      text: 'KARAGANDA. KAZINFORM – KazBelAZ celebrated…',
      want: { place: 'KARAGANDA', raw: 'KARAGANDA. KAZINFORM –', agency: 'kazinform' },
    },
    'reads a Kazinform dateline with a hyphen': {
      text: 'ASTANA. KAZINFORM - Most regions…', want: { place: 'ASTANA', raw: 'ASTANA. KAZINFORM -', agency: 'kazinform' },
    },
    'reads a Kazinform dateline without a dash': {
      text: 'MINSK. KAZINFORM Kazakhstan is interested…', want: { place: 'MINSK', raw: 'MINSK. KAZINFORM', agency: 'kazinform' },
    },
    'reads the old capital name': {
      text: 'NUR-SULTAN. KAZINFORM – Unstable weather…', want: { place: 'NUR-SULTAN', raw: 'NUR-SULTAN. KAZINFORM –', agency: 'kazinform' },
    },
    'reads a Kazinform ru dateline in Cyrillic': {
      text: 'АСТАНА. КАЗИНФОРМ – Между Астаной и Минском…', want: { place: 'АСТАНА', raw: 'АСТАНА. КАЗИНФОРМ –', agency: 'kazinform' },
    },
    'reads a Cyrillic place with a Latin agency name': {
      text: 'АСТАНА. KAZINFORM - World Boxing аясында…', want: { place: 'АСТАНА', raw: 'АСТАНА. KAZINFORM -', agency: 'kazinform' },
    },
    'reads the older QazAqparat name': {
      text: 'ASTANA. QazAqparat – The Senate…', want: { place: 'ASTANA', raw: 'ASTANA. QazAqparat –', agency: 'kazinform' },
    },
    'reads a Kazakh dateline with a capitalised place': {
      text: 'Астана. ҚазАқпарат - Сенат отырысында…', want: { place: 'АСТАНА', raw: 'Астана. ҚазАқпарат -', agency: 'kazinform' },
    },
    'reads an old Kazinform dateline with a date and an author': {
      text: 'АСТАНА. 24 января. КАЗИНФОРМ /Гульнара Жандагулова/ - Между Астаной…',
      want: { place: 'АСТАНА', raw: 'АСТАНА. 24 января. КАЗИНФОРМ /Гульнара Жандагулова/ -', agency: 'kazinform' },
    },
    'reads a regional paper dateline with a correspondent mark': {
      text: 'Минск, 5 мая. /Корр. БЕЛТА/ Делегация…', want: { place: 'МИНСК', raw: 'Минск, 5 мая. /Корр. БЕЛТА/', agency: 'belta' },
    },
    'reads a date-first correspondent dateline': {
      text: '13 июля, Минск /Корр. БЕЛТА/. Пожарная техника МАЗ…',
      want: { place: 'МИНСК', raw: '13 июля, Минск /Корр. БЕЛТА/.', agency: 'belta' },
    },
    'reads a Polish correspondent dateline with a lower-case place': {
      text: '3 czerwca, powiat smolewiczski /Kor. BELTA/. Premier…',
      want: { place: 'POWIAT SMOLEWICZSKI', raw: '3 czerwca, powiat smolewiczski /Kor. BELTA/.', agency: 'belta' },
    },
    'reads a dateline after the dev-corpus date prefix': {
      text: ' date 2021-06-25 NUR-SULTAN. KAZINFORM - As part of his working trip…',
      want: { place: 'NUR-SULTAN', raw: 'NUR-SULTAN. KAZINFORM -', agency: 'kazinform' },
    },
    'reads a dateline after navigation, a headline and a photo caption': {
      text: 'Projekte\nStaatsorgane\nflag Donnerstag, 28 März 2024\nAlle Nachrichten\nWirtschaft\n17 März 2017, 18:21\n\n'
        + 'Gomselmasch nimmt Lieferungen auf\n\nArchivfoto\nGOMEL, 17. März (BelTA) – Die belarussische…',
      want: { place: 'GOMEL', raw: 'GOMEL, 17. März (BelTA) –', agency: 'belta' },
    },
    'reads a dateline without a date from another agency': {
      text: 'Manufacturing and agriculture\n\nASTANA (TCA) — Belarus and Kazakhstan…',
      want: { place: 'ASTANA', raw: 'ASTANA (TCA) —', agency: 'TCA' },
    },
    'reads a paper’s own dateline without an agency': {
      text: 'ГОМЕЛЬ, 2 октября – В областном центре…', want: { place: 'ГОМЕЛЬ', raw: 'ГОМЕЛЬ, 2 октября –', agency: null },
    },
    'treats a no-break space like a space': {
      text: 'МИНСК,\u00a02\u00a0октября (БЕЛТА) –\u00a0Текст', want: { place: 'МИНСК', raw: 'МИНСК, 2 октября (БЕЛТА) –', agency: 'belta' },
    },
    'returns null for a story without a dateline': {
      text: 'В Минске 2 октября прошел форум регионов Беларуси и Казахстана.', want: null,
    },
    'returns null when the dateline is too far down the page': {
      text: `${'Навигация '.repeat(80)}МИНСК, 2 октября (БЕЛТА) – Текст`, want: null,
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      expect(extractDateline(c.text)).toEqual(c.want);
    });
  }
});
