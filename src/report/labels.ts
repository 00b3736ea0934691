/** Every label the report prints, in English and Russian. */
import type { GapKind, Level, Side } from '../gaps/model.ts';
import type { Lifecycle } from '../catalog/model.ts';

export type ReportLang = 'en' | 'ru';

export interface Labels {
  title: string;
  week: string;
  timeZone: string;
  generated: string;
  summary: string;
  itemsWeek: string;
  itemsWindow: string;
  originalsWindow: string;
  reprintsWindow: string;
  projectsCovered: string;
  projectsFlagged: string;
  gaps: string;
  noGaps: string;
  rank: string;
  project: string;
  kind: string;
  importance: string;
  priority: string;
  shortfall: string;
  reason: string;
  suggestion: string;
  lastCoverage: string;
  lastRegional: string;
  sourceLines: string;
  whoBy: string;
  whoKz: string;
  pitchTo: string;
  trend: string;
  projects: string;
  lifecycle: string;
  observed: string;
  reprints: string;
  expected: string;
  share: string;
  matrix: string;
  matrixNote: string;
  outlets: string;
  outlet: string;
  country: string;
  level: string;
  region: string;
  items: string;
  candidates: string;
  noCandidates: string;
  date: string;
  titleCol: string;
  score: string;
  definitions: string;
  none: string;
  reprint: string;
  notLinked: string;
  kinds: Record<GapKind, string>;
  sides: Record<Side, string>;
  levels: Record<Level, string>;
  lifecycles: Record<Lifecycle, string>;
}

export const LABELS: Readonly<Record<ReportLang, Labels>> = Object.freeze({
  en: {
    title: 'Coverage gaps: Belarus–Kazakhstan cooperation projects',
    week: 'Week',
    timeZone: 'time zone',
    generated: 'Generated',
    summary: 'Summary',
    itemsWeek: 'Items published this week (all outlets)',
    itemsWindow: 'Items published in the window',
    originalsWindow: 'Matched original items in the window',
    reprintsWindow: 'Matched reprints in the window',
    projectsCovered: 'Projects covered in the window',
    projectsFlagged: 'Projects with a gap',
    gaps: 'Gaps, most important first',
    noGaps: 'No gaps this week.',
    rank: '#',
    project: 'Project',
    kind: 'Gap',
    importance: 'Importance',
    priority: 'Priority',
    shortfall: 'Shortfall',
    reason: 'Why',
    suggestion: 'What to do',
    lastCoverage: 'Last coverage',
    lastRegional: 'Last regional coverage',
    sourceLines: 'Source document',
    whoBy: 'Involved (BY)',
    whoKz: 'Involved (KZ)',
    pitchTo: 'Pitch to',
    trend: 'Original items per week',
    projects: 'Projects with coverage or a gap',
    lifecycle: 'Stage',
    observed: 'Originals',
    reprints: 'Reprints',
    expected: 'Expected',
    share: 'Per 1,000 items',
    matrix: 'Belarusian × Kazakh regions',
    matrixNote: 'Original items about projects tying the two regions over the trend weeks (regional-level in brackets); outlined cells have a project with a gap.',
    outlets: 'Outlets',
    outlet: 'Outlet',
    country: 'Country',
    level: 'Level',
    region: 'Region',
    items: 'Items',
    candidates: 'Candidates: relevant items that match no catalog project',
    noCandidates: 'No candidates this window.',
    date: 'Date',
    titleCol: 'Title',
    score: 'Relevance',
    definitions: 'Definitions: docs/gaps.md',
    none: '–',
    reprint: 'reprint',
    notLinked: 'link not shown (not http/https)',
    kinds: { silent: 'silent', declining: 'declining', one_sided: 'one-sided', central_only: 'central-only', reprint_only: 'reprint-only' },
    sides: { BY: 'BY press', KZ: 'KZ press' },
    levels: { central: 'central', regional: 'regional' },
    lifecycles: { planned: 'planned', active: 'active', completed: 'completed', historical: 'historical' },
  },
  ru: {
    title: 'Пробелы в освещении белорусско-казахстанских проектов',
    week: 'Неделя',
    timeZone: 'часовой пояс',
    generated: 'Сформирован',
    summary: 'Сводка',
    itemsWeek: 'Материалов за неделю (все издания)',
    itemsWindow: 'Материалов за окно',
    originalsWindow: 'Оригинальных материалов о проектах за окно',
    reprintsWindow: 'Перепечаток о проектах за окно',
    projectsCovered: 'Проектов с публикациями за окно',
    projectsFlagged: 'Проектов с пробелами',
    gaps: 'Пробелы, сначала важные',
    noGaps: 'Пробелов на этой неделе нет.',
    rank: '№',
    project: 'Проект',
    kind: 'Пробел',
    importance: 'Важность',
    priority: 'Приоритет',
    shortfall: 'Недобор',
    reason: 'Почему',
    suggestion: 'Что сделать',
    lastCoverage: 'Последняя публикация',
    lastRegional: 'Последняя региональная публикация',
    sourceLines: 'Исходный документ',
    whoBy: 'Участники (BY)',
    whoKz: 'Участники (KZ)',
    pitchTo: 'Кому предложить',
    trend: 'Оригинальных материалов в неделю',
    projects: 'Проекты с публикациями или пробелами',
    lifecycle: 'Стадия',
    observed: 'Оригиналы',
    reprints: 'Перепечатки',
    expected: 'Ожидалось',
    share: 'На 1000 материалов',
    matrix: 'Регионы Беларуси × регионы Казахстана',
    matrixNote: 'Оригинальные материалы о проектах, связывающих два региона, за недели графика (в скобках — региональные); обведены клетки с проектом, у которого есть пробел.',
    outlets: 'Издания',
    outlet: 'Издание',
    country: 'Страна',
    level: 'Уровень',
    region: 'Регион',
    items: 'Материалы',
    candidates: 'Кандидаты: материалы по теме, не относящиеся ни к одному проекту каталога',
    noCandidates: 'Кандидатов за окно нет.',
    date: 'Дата',
    titleCol: 'Заголовок',
    score: 'Релевантность',
    definitions: 'Определения: docs/gaps.md',
    none: '–',
    reprint: 'перепечатка',
    notLinked: 'ссылка не показана (не http/https)',
    kinds: { silent: 'молчание', declining: 'спад', one_sided: 'одностороннее', central_only: 'только центр', reprint_only: 'только перепечатки' },
    sides: { BY: 'пресса BY', KZ: 'пресса KZ' },
    levels: { central: 'центральный', regional: 'региональный' },
    lifecycles: { planned: 'планируется', active: 'действует', completed: 'завершён', historical: 'исторический' },
  },
});
