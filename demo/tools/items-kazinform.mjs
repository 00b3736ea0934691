// Kazinform items of the demo snapshot (ru, en, kk editions of inform.kz). All texts are invented.
// `dl` is the dateline place; the generator writes "КОСТАНАЙ. KAZINFORM – " before the first paragraph.

const GSM = 'gomselmash-agromashholding-kostanay';
const MTZ = 'mtz-composite-group-kostanay';
const KBZ = 'kazbelaz-karaganda';
const KOK = 'kokshetau-industrial-technological-park';
const IGC = 'intergovernmental-commission-trade-economic';
const FORUM = 'business-forum';
const DAIRY = 'belarusian-dairy-farm-construction-kz';

export const KAZINFORM = [
  // ---------------------------------------------------------------- ru: cooperation projects
  {
    o: 'kazinform', f: 'ru', d: '2026-09-15 12:40', dl: 'КАРАГАНДА', p: [KBZ], gap: 'one-sided (KZ only)', cat: 'Регионы',
    t: 'На «КазБелАЗе» собрали первый 90-тонный самосвал',
    l: 'Ранее карагандинское предприятие выпускало машины грузоподъемностью до 45 тонн.',
    b: [
      'На карагандинском совместном предприятии «КазБелАЗ» собрали первый карьерный самосвал грузоподъемностью 90 тонн. Об этом сообщили в пресс-службе предприятия.',
      'До сих пор в Караганде собирали и ремонтировали 45-тонные машины. Для выпуска тяжелых самосвалов на предприятии переоборудовали сборочный цех и обучили 35 сотрудников.',
      'Новую машину получит угольный разрез в Карагандинской области. До конца года планируется собрать еще пять таких самосвалов.',
    ],
    tags: ['КазБелАЗ', 'Караганда', 'Машиностроение'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-09-21 15:10', dl: 'АСТАНА', p: [DAIRY], gap: 'declining', cat: 'Экономика',
    t: 'В Казахстане построят еще две молочно-товарные фермы по белорусскому проекту',
    l: 'Фермы на 2400 голов появятся в Костанайской и Северо-Казахстанской областях.',
    b: [
      'В Костанайской и Северо-Казахстанской областях построят две молочно-товарные фермы на 2400 голов каждая по белорусскому проекту. Об этом сообщили в Министерстве сельского хозяйства Казахстана.',
      'Строительство ведут белорусские подрядчики под ключ, оборудование и племенной скот поставит белорусская сторона.',
      'В ведомстве отметили, что три ранее построенные фермы вышли на проектные показатели.',
    ],
    tags: ['Сельское хозяйство', 'Молоко', 'Беларусь'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-09-23 11:25', dl: 'КОСТАНАЙ', p: [GSM], gap: 'well-covered', cat: 'Регионы',
    t: 'В Костанае собрали 300-й комбайн с начала года',
    l: 'Юбилейная машина отправится в хозяйство Карабалыкского района.',
    b: [
      'На заводе «АгромашХолдинг KZ» в Костанае собрали 300-й с начала года зерноуборочный комбайн ESSIL. Машины выпускаются совместно с белорусским холдингом «Гомсельмаш».',
      'Юбилейный комбайн КЗС-10 передадут фермерскому хозяйству Карабалыкского района. Всего в этом году предприятие планирует выпустить около 600 комбайнов.',
      'Как отметили на заводе, спрос на технику вырос благодаря программе льготного лизинга.',
    ],
    tags: ['Костанай', 'Машиностроение', 'Комбайны'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-09-24 16:20', dl: 'АСТАНА', p: [FORUM], gap: 'declining', cat: 'Экономика',
    t: 'Казахстанские компании примут участие в бизнес-форуме в Минске',
    l: 'Делегацию возглавит вице-министр торговли и интеграции.',
    b: [
      'Более 80 казахстанских компаний примут участие в казахстанско-белорусском бизнес-форуме в Минске 8 октября. Об этом сообщили в Министерстве торговли и интеграции.',
      'Казахстанские предприниматели представят продукцию металлургии, зерно, масличные культуры и логистические услуги.',
    ],
    tags: ['Беларусь', 'Торговля'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-14 10:45', dl: 'АСТАНА', p: [KOK], gap: 'central-only', cat: 'Экономика',
    t: 'Казахстанско-белорусский индустриальный парк в Кокшетау расширит производство',
    l: 'В парке начнут выпускать прицепы и пресс-подборщики.',
    b: [
      'Казахстанско-белорусский индустриальный парк в Кокшетау до конца года запустит линии по выпуску тракторных прицепов и пресс-подборщиков. Об этом сообщили в Министерстве промышленности и строительства.',
      'Оператором парка выступает Казахстанская агроинновационная корпорация. Сейчас на площадке работают около 180 человек.',
    ],
    tags: ['Индустриализация', 'Беларусь', 'Акмолинская область'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-19 12:05', dl: 'АСТАНА', p: [DAIRY], gap: 'declining', cat: 'Экономика',
    t: 'Минсельхоз: белорусские фермы на 1200 голов тиражируют по всей стране',
    l: 'Проект молочной фермы предложат инвесторам в пяти областях.',
    b: [
      'Министерство сельского хозяйства Казахстана предложит инвесторам в пяти областях типовой проект молочно-товарной фермы на 1200 голов, разработанный белорусскими специалистами.',
      'Проект уже реализуется в Северо-Казахстанской области, где белорусские строители возводят ферму под ключ. В министерстве рассчитывают тиражировать его по всей стране.',
    ],
    tags: ['Сельское хозяйство', 'Беларусь'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-20 14:35', dl: 'КОСТАНАЙ', p: [MTZ], gap: 'well-covered', cat: 'Регионы',
    t: 'Костанайский завод МТЗ-Казахстан начал монтаж линии кабин',
    l: 'Производство кабин полного цикла запустят в ноябре.',
    b: [
      'На ТОО «Машиностроительный завод МТЗ-Казахстан» в Костанае начался монтаж линии по производству кабин для тракторов «Беларус». Об этом сообщили в управлении предпринимательства и индустриально-инновационного развития Костанайской области.',
      'Линия рассчитана на выпуск до 10 тысяч кабин в год. Запуск производства запланирован на ноябрь.',
    ],
    tags: ['Костанай', 'МТЗ', 'Индустриализация'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-22 09:50', dl: 'КАРАГАНДА', p: [KBZ], gap: 'one-sided (KZ only)', cat: 'Регионы',
    t: 'Сервисный центр «КазБелАЗ» отремонтировал с начала года 120 самосвалов',
    l: 'Предприятие выполняет капремонт двигателей и трансмиссий.',
    b: [
      'Сервисный центр ТОО «СП «КазБелАЗ» в Караганде с начала года выполнил капитальный ремонт 120 карьерных самосвалов. Об этом сообщили на предприятии.',
      'Основные заказчики – угольные разрезы и медные рудники Карагандинской области и области Улытау. В этом году центр освоил ремонт гидромеханических трансмиссий.',
    ],
    tags: ['КазБелАЗ', 'Караганда'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-23 17:15', dl: 'АСТАНА', rel: true, gap: 'candidate', cat: 'Общество',
    t: 'Между Минском и Алматы откроют прямой авиарейс',
    l: 'Полеты начнутся в декабре, рейсы будут выполняться трижды в неделю.',
    b: [
      'Авиакомпании Беларуси и Казахстана с декабря откроют прямой рейс Минск – Алматы. Об этом сообщили в Комитете гражданской авиации Министерства транспорта Казахстана.',
      'Рейсы будут выполняться три раза в неделю. Сейчас между странами летают только рейсы Минск – Астана.',
    ],
    tags: ['Авиация', 'Беларусь'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-27 11:40', dl: 'АСТАНА', rel: true, gap: 'candidate', cat: 'Общество',
    t: 'Казахстанско-белорусская школа программирования откроется в Астане',
    l: 'Обучение бесплатное, занятия начнутся в ноябре.',
    b: [
      'Казахстанские и белорусские IT-компании открывают совместную школу программирования для подростков. Первые занятия в Астане начнутся в ноябре, сообщили в Министерстве цифрового развития, инноваций и аэрокосмической промышленности.',
      'В первом наборе – 120 школьников из Казахстана и Беларуси. Обучение пройдет онлайн и на интенсивах в Астане и Минске.',
    ],
    tags: ['IT', 'Образование', 'Беларусь'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-04 15:55', dl: 'КОСТАНАЙ', p: [GSM], gap: 'well-covered', cat: 'Регионы',
    t: 'Костанайские комбайностроители освоят выпуск рисоуборочной техники',
    l: 'Первые машины для южных регионов соберут в следующем году.',
    b: [
      'Костанайский завод «АгромашХолдинг KZ» в следующем году начнет сборку рисоуборочных комбайнов совместно с белорусским «Гомсельмашем». Об этом сообщили на предприятии.',
      'Машины предназначены для хозяйств Кызылординской и Туркестанской областей. Опытный образец уже прошел испытания.',
    ],
    tags: ['Костанай', 'Комбайны'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-06 10:30', dl: 'КАРАГАНДА', p: [KBZ], gap: 'one-sided (KZ only)', cat: 'Регионы',
    t: 'В Караганде готовят механиков для карьерной техники',
    l: 'Учебный центр «КазБелАЗа» выпустил 40 специалистов.',
    b: [
      'Учебный центр совместного предприятия «КазБелАЗ» в Караганде выпустил 40 механиков по обслуживанию карьерных самосвалов. Об этом сообщили в управлении образования Карагандинской области.',
      'Обучение шло по программам, согласованным с белорусским заводом БелАЗ. Выпускники уже трудоустроены на горнодобывающих предприятиях региона.',
    ],
    tags: ['КазБелАЗ', 'Образование', 'Караганда'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-12 18:30', dl: 'АСТАНА', p: [IGC], gap: 'central-only', cat: 'Политика',
    t: 'В Астане прошло заседание казахстанско-белорусской межправкомиссии',
    l: 'Стороны договорились довести товарооборот до 1,5 млрд долларов.',
    b: [
      'В Астане прошло заседание Казахстанско-белорусской межправительственной комиссии по торгово-экономическому сотрудничеству. Об этом сообщили в Министерстве торговли и интеграции.',
      'Стороны обсудили промышленную кооперацию, поставки продовольствия, транзит грузов и цифровизацию транспортных процедур. Поставлена цель довести товарооборот между Казахстаном и Беларусью до 1,5 млрд долларов.',
    ],
    tags: ['Беларусь', 'Межправкомиссия'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-17 13:15', dl: 'КОСТАНАЙ', p: [MTZ], gap: 'well-covered', cat: 'Регионы',
    t: 'В Костанае выпустили первые кабины для тракторов «Беларус»',
    l: 'Новый цех обеспечит кабинами весь годовой выпуск тракторов.',
    b: [
      'В Костанае на заводе МТЗ-Казахстан изготовили первые кабины для тракторов «Беларус». Об этом сообщили в акимате Костанайской области.',
      'Цех кабин полного цикла построен совместно с Минским тракторным заводом. На предприятии создано 140 рабочих мест.',
    ],
    tags: ['Костанай', 'МТЗ'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-19 12:20', dl: 'КОСТАНАЙ', p: [GSM], gap: 'well-covered', cat: 'Регионы',
    t: 'Костанайский завод готовится к сборке новой модели комбайна',
    l: 'Машинокомплекты из Гомеля начнут поступать в декабре.',
    b: [
      'Завод «АгромашХолдинг KZ» в Костанае готовится к сборке нового комбайна КЗС-1218. Машинокомплекты от «Гомсельмаша» начнут поступать в декабре. Об этом сообщили на предприятии.',
      'Для сборки новой модели на заводе реконструировали участок окраски и обучили 50 сборщиков.',
    ],
    tags: ['Костанай', 'Комбайны'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-20 16:05', dl: 'АСТАНА', p: [KOK], gap: 'central-only', cat: 'Экономика',
    t: 'Казахстанская агроинновационная корпорация подвела итоги года',
    l: 'В парке в Кокшетау собрано более 300 единиц техники.',
    b: [
      'Казахстанская агроинновационная корпорация подвела итоги работы парка сельскохозяйственной и коммунальной техники в Кокшетау. Об этом сообщили в Министерстве сельского хозяйства.',
      'С начала года в парке собрано более 300 единиц техники, в том числе прицепы и пресс-подборщики по белорусским лицензиям.',
    ],
    tags: ['Агропром', 'Беларусь'],
  },

  // ---------------------------------------------------------------- ru: everything else
  {
    o: 'kazinform', f: 'ru', d: '2026-09-14 10:05', dl: 'АСТАНА', cat: 'Общество',
    t: 'Синоптики: на севере Казахстана ожидаются заморозки',
    l: 'Ночью температура опустится до -3 градусов.',
    b: ['В ближайшие дни на севере Казахстана ожидаются заморозки до -3 градусов. Об этом сообщили в РГП «Казгидромет».', 'На юге страны сохранится жаркая погода до +30 градусов.'],
    tags: ['Погода'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-09-17 13:30', dl: 'АСТАНА', cat: 'Экономика',
    t: 'Уборка зерновых в Казахстане проведена на 60% площадей',
    l: 'Намолочено около 12 млн тонн зерна.',
    b: ['Зерновые культуры в Казахстане убраны на 60% площадей, намолочено около 12 млн тонн. Об этом сообщили в Министерстве сельского хозяйства.', 'Лидируют по темпам уборки Костанайская и Акмолинская области.'],
    tags: ['Уборка'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-09-28 19:45', dl: 'АСТАНА', cat: 'Спорт',
    t: 'Казахстанские борцы завоевали три медали на турнире в Ташкенте',
    l: 'Сборная заняла второе место в командном зачете.',
    b: ['Казахстанские борцы завоевали одну золотую и две бронзовые медали на международном турнире в Ташкенте.', 'Сборная Казахстана заняла второе место в командном зачете.'],
    tags: ['Борьба'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-02 08:40', dl: 'АСТАНА', cat: 'Регионы',
    t: 'В Астане откроют новую линию скоростного автобуса',
    l: 'Маршрут свяжет левый берег с железнодорожным вокзалом.',
    b: ['В Астане до конца года откроют новую линию скоростного автобуса. Об этом сообщили в акимате столицы.', 'Маршрут протяженностью 14 км свяжет левый берег с железнодорожным вокзалом Нурлы жол.'],
    tags: ['Астана', 'Транспорт'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-07 11:00', dl: 'АТЫРАУ', cat: 'Экономика',
    t: 'Добыча нефти в Казахстане за девять месяцев составила 69 млн тонн',
    l: 'Основной объем обеспечили три крупнейших месторождения.',
    b: ['Добыча нефти и газового конденсата в Казахстане за девять месяцев составила 69 млн тонн. Об этом сообщили в Министерстве энергетики.', 'Основной объем пришелся на Тенгиз, Кашаган и Карачаганак.'],
    tags: ['Нефть'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-10 14:25', dl: 'АЛМАТЫ', cat: 'Культура',
    t: 'В Алматы стартовал международный кинофестиваль',
    l: 'В конкурсной программе – 24 фильма.',
    b: ['В Алматы открылся международный кинофестиваль, в конкурсной программе которого 24 фильма из 15 стран.', 'Фестиваль продлится до 16 октября.'],
    tags: ['Кино', 'Алматы'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-15 09:15', dl: 'АСТАНА', cat: 'Экономика',
    t: 'Инфляция в Казахстане в сентябре замедлилась до 8,1%',
    l: 'Цены на продовольствие выросли на 7,4%.',
    b: ['Годовая инфляция в Казахстане в сентябре замедлилась до 8,1%. Об этом сообщили в Бюро национальной статистики.', 'Продовольственные товары подорожали за год на 7,4%, непродовольственные – на 8,3%.'],
    tags: ['Инфляция'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-10-29 18:50', dl: 'АСТАНА', cat: 'Спорт',
    t: '«Барыс» одержал третью победу подряд в КХЛ',
    l: 'Астанинцы обыграли соперника со счетом 4:2.',
    b: ['Хоккейный клуб «Барыс» одержал третью победу подряд в регулярном чемпионате КХЛ, обыграв соперника со счетом 4:2.', 'Дубль оформил нападающий астанинской команды.'],
    tags: ['Хоккей'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-02 10:10', dl: 'ПЕТРОПАВЛОВСК', cat: 'Общество',
    t: 'В Северо-Казахстанской области выпал первый снег',
    l: 'Дорожные службы переведены на зимний режим.',
    b: ['В Северо-Казахстанской области выпал первый снег. Дорожные службы переведены на зимний режим работы, сообщили в акимате области.', 'На трассах работают более 200 единиц снегоуборочной техники.'],
    tags: ['Погода', 'СКО'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-09 12:30', dl: 'АСТАНА', cat: 'Общество',
    t: 'В Казахстане начался призыв на воинскую службу',
    l: 'Осенний призыв продлится до конца декабря.',
    b: ['В Казахстане начался осенний призыв граждан на срочную воинскую службу. Об этом сообщили в Министерстве обороны.', 'Призыв продлится до конца декабря.'],
    tags: ['Армия'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-13 15:40', dl: 'ШЫМКЕНТ', cat: 'Регионы',
    t: 'В Шымкенте открыли новую школу на 1200 мест',
    l: 'В школе оборудованы робототехнические классы.',
    b: ['В Шымкенте открылась новая общеобразовательная школа на 1200 мест. Об этом сообщили в акимате города.', 'В школе оборудованы кабинеты робототехники и спортивный комплекс.'],
    tags: ['Шымкент', 'Образование'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-16 11:20', dl: 'АСТАНА', cat: 'Экономика',
    t: 'Нацбанк Казахстана сохранил базовую ставку на уровне 14%',
    l: 'Следующее решение будет принято в январе.',
    b: ['Национальный банк Казахстана сохранил базовую ставку на уровне 14% годовых.', 'Следующее плановое решение по базовой ставке будет объявлено в январе.'],
    tags: ['Нацбанк'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-18 09:30', dl: 'АСТАНА', cat: 'Общество',
    t: 'Казгидромет: в Астане ожидается метель',
    l: 'Скорость ветра достигнет 23 метров в секунду.',
    b: ['В Астане в ближайшие сутки ожидается метель, порывы ветра до 23 метров в секунду. Об этом сообщили в РГП «Казгидромет».', 'Жителей просят воздержаться от поездок за город.'],
    tags: ['Погода', 'Астана'],
  },
  {
    o: 'kazinform', f: 'ru', d: '2026-11-21 17:00', dl: 'АЛМАТЫ', cat: 'Спорт',
    t: 'Казахстанские конькобежцы выиграли две медали на этапе Кубка мира',
    l: 'Медали завоеваны на дистанциях 500 и 1000 метров.',
    b: ['Казахстанские конькобежцы завоевали серебряную и бронзовую медали на этапе Кубка мира.', 'Медали завоеваны на дистанциях 500 и 1000 метров.'],
    tags: ['Конькобежный спорт'],
  },

  // ---------------------------------------------------------------- en: cooperation projects
  {
    o: 'kazinform', f: 'en', d: '2026-09-29 14:20', dl: 'ASTANA', p: [DAIRY], gap: 'declining',
    t: 'Two more dairy farms for 2,400 head to be built in Kazakhstan with Belarus',
    l: 'Belarusian contractors will build the farms on a turnkey basis.',
    b: [
      'Two dairy farms for 2,400 head each will be built in Kostanay and North Kazakhstan regions under a Belarusian design, the Kazakh Ministry of Agriculture said.',
      'Belarusian contractors will build them on a turnkey basis and supply equipment and pedigree cattle.',
    ],
    tags: ['Agriculture', 'Belarus'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-07 12:15', dl: 'KARAGANDA', p: [KBZ], gap: 'one-sided (KZ only)',
    t: 'KazBelAZ assembles first 90-tonne dump truck in Karaganda',
    l: 'The joint venture previously made 45-tonne trucks.',
    b: [
      'The KazBelAZ joint venture has assembled its first 90-tonne mining dump truck in Karaganda, the company\'s press service said.',
      'Until now the plant assembled and repaired 45-tonne trucks. The new truck will go to a coal mine in Karaganda region.',
    ],
    tags: ['KazBelAZ', 'Karaganda'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-08 18:10', dl: 'MINSK', p: [FORUM], gap: 'declining',
    t: 'Kazakh companies sign deals at Kazakhstan-Belarus business forum in Minsk',
    l: 'Kazakh exporters agreed supplies of grain, oilseeds and metal products.',
    b: [
      'Kazakh companies signed export contracts at the Kazakhstan-Belarus business forum in Minsk, the Ministry of Trade and Integration said.',
      'Over 80 Kazakh companies attended. The deals cover grain, oilseeds, metal products and logistics services.',
    ],
    tags: ['Belarus', 'Trade'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-14 15:40', dl: 'KOSTANAY', p: [GSM], gap: 'well-covered',
    t: 'AgromashHolding and Gomselmash agree on 650 combines for 2027',
    l: 'The Kostanay plant will also assemble a rice harvester.',
    b: [
      'AgromashHolding KZ and Belarus\' Gomselmash have agreed to assemble 650 combine harvesters in Kostanay in 2027, the Kostanay plant said.',
      'The agreement includes a new rice harvester for southern Kazakhstan. Joint assembly of Gomselmash combines in Kostanay began in 2007.',
    ],
    tags: ['Kostanay', 'Agricultural machinery'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-20 10:35', dl: 'ASTANA', p: [FORUM], gap: 'declining',
    t: 'Follow-up talks held after Kazakhstan-Belarus business forum',
    l: 'The trade ministry reviewed the contracts signed in Minsk.',
    b: [
      'The Ministry of Trade and Integration held a meeting with exporters to review contracts signed at the Kazakhstan-Belarus business forum in Minsk.',
      'The first grain shipments under the forum contracts are scheduled for November.',
    ],
    tags: ['Belarus', 'Trade'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-21 13:25', dl: 'ASTANA', p: [KOK], gap: 'central-only',
    t: 'Kazakhstan-Belarus industrial park in Kokshetau to launch two new lines',
    l: 'The park will produce trailers and balers.',
    b: [
      'The Kazakhstan-Belarus industrial park in Kokshetau will launch lines for tractor trailers and balers by the end of the year, the Ministry of Industry and Construction said.',
      'The park is operated by the Kazakhstan Agro Innovation Corporation and employs about 180 people.',
    ],
    tags: ['Industry', 'Belarus'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-28 16:50', dl: 'KOSTANAY', p: [MTZ], gap: 'well-covered',
    t: 'MTZ-Kazakhstan plant in Kostanay installs tractor cab line',
    l: 'Full-cycle cab production will start in November.',
    b: [
      'The MTZ-Kazakhstan machine-building plant in Kostanay has started installing a line to produce cabs for Belarus tractors, the regional administration said.',
      'The line will make up to 10,000 cabs a year.',
    ],
    tags: ['Kostanay', 'MTZ'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-11 11:05', dl: 'ASTANA', rel: true, gap: 'candidate',
    t: 'Days of Kazakh culture open in Belarus',
    l: 'Kazakh artists will perform in Minsk, Mogilev and Grodno.',
    b: [
      'The Days of Kazakh Culture have opened in Belarus, the Ministry of Culture and Information of Kazakhstan said.',
      'Kazakh musicians and dancers will perform in Minsk, Mogilev and Grodno, and an exhibition of Kazakh applied art has opened at the National History Museum of Belarus.',
    ],
    tags: ['Culture', 'Belarus'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-12 19:05', dl: 'ASTANA', p: [IGC], gap: 'central-only',
    t: 'Kazakhstan-Belarus intergovernmental commission meets in Astana',
    l: 'The sides aim to bring trade to $1.5 billion.',
    b: [
      'The Kazakhstan-Belarus intergovernmental commission on trade and economic cooperation met in Astana, the Ministry of Trade and Integration said.',
      'The sides discussed industrial cooperation, food supplies and transit and set the goal of bringing bilateral trade to $1.5 billion.',
    ],
    tags: ['Belarus', 'Trade'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-18 12:55', dl: 'KARAGANDA', p: [KBZ], gap: 'one-sided (KZ only)',
    t: 'KazBelAZ training centre graduates 40 mechanics',
    l: 'The graduates will service mining dump trucks in the region.',
    b: [
      'The training centre of the KazBelAZ joint venture in Karaganda has graduated 40 mechanics for mining dump trucks, the regional education department said.',
      'The courses were developed together with BelAZ. All graduates have found jobs at mining companies of the region.',
    ],
    tags: ['KazBelAZ', 'Karaganda'],
  },

  {
    o: 'kazinform', f: 'en', d: '2026-10-22 15:30', dl: 'KARAGANDA', p: [KBZ], gap: 'one-sided (KZ only)',
    t: 'KazBelAZ service centre overhauls 120 mining trucks this year',
    l: 'The centre has mastered the repair of transmissions.',
    b: [
      'The service centre of KazBelAZ in Karaganda has overhauled 120 mining dump trucks since the start of the year, the company said.',
      'Its customers are coal mines and copper mines of Karaganda and Ulytau regions.',
    ],
    tags: ['KazBelAZ', 'Karaganda'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-04 17:50', dl: 'KOSTANAY', p: [GSM], gap: 'well-covered',
    t: 'Kostanay plant to assemble rice harvesters with Gomselmash',
    l: 'The machines are meant for farms in southern Kazakhstan.',
    b: [
      'AgromashHolding KZ in Kostanay will start assembling rice harvesters next year together with Belarus\' Gomselmash, the company said.',
      'The machines are meant for farms in Kyzylorda and Turkistan regions. A prototype has passed field tests.',
    ],
    tags: ['Kostanay', 'Agricultural machinery'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-17 16:25', dl: 'KOSTANAY', p: [MTZ], gap: 'well-covered',
    t: 'First Belarus tractor cabs made in Kostanay',
    l: 'The new workshop has created 140 jobs.',
    b: [
      'The MTZ-Kazakhstan plant in Kostanay has made its first cabs for Belarus tractors, the Kostanay regional akimat said.',
      'The full-cycle cab workshop was built together with Minsk Tractor Works.',
    ],
    tags: ['Kostanay', 'MTZ'],
  },
  // ---------------------------------------------------------------- en: everything else
  {
    o: 'kazinform', f: 'en', d: '2026-09-14 16:30', dl: 'ASTANA',
    t: 'Frosts expected in northern Kazakhstan',
    l: 'Night temperatures will drop to -3°C.',
    b: ['Frosts of down to -3°C are expected in northern Kazakhstan in the coming days, Kazhydromet said.', 'Hot weather of up to +30°C will persist in the south.'],
    tags: ['Weather'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-09-16 09:35', dl: 'ASTANA',
    t: 'Kazakhstan to launch new Earth observation satellite in 2027',
    l: 'The satellite will monitor crops and floods.',
    b: ['Kazakhstan plans to launch a new Earth observation satellite in 2027, the Ministry of Digital Development, Innovations and Aerospace Industry said.', 'The satellite will be used to monitor crops, floods and wildfires.'],
    tags: ['Space'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-09-18 11:45', dl: 'ASTANA',
    t: 'Kazakhstan harvests 12 million tonnes of grain',
    l: 'Grain has been harvested from 60% of the area.',
    b: ['Kazakh farmers have harvested about 12 million tonnes of grain from 60% of the sown area, the Ministry of Agriculture said.', 'Kostanay and Akmola regions lead the harvest.'],
    tags: ['Agriculture'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-09-22 17:20', dl: 'ALMATY',
    t: 'Almaty to plant 20,000 trees this autumn',
    l: 'Planting will focus on the city\'s northern districts.',
    b: ['Almaty will plant 20,000 trees this autumn, the city akimat said.', 'Most of the trees will be planted in the northern districts.'],
    tags: ['Almaty', 'Ecology'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-09-25 09:50', dl: 'ASTANA',
    t: 'Kazakhstan\'s GDP grows 5.2% in eight months',
    l: 'Construction and transport led the growth.',
    b: ['Kazakhstan\'s GDP grew 5.2% in January-August, the Ministry of National Economy said.', 'Construction, transport and trade were the main drivers.'],
    tags: ['Economy'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-01 18:30', dl: 'ASTANA',
    t: 'Kazakh wrestlers win three medals in Tashkent',
    l: 'Kazakhstan finished second in the team standings.',
    b: ['Kazakh wrestlers won one gold and two bronze medals at an international tournament in Tashkent.', 'Kazakhstan finished second in the team standings.'],
    tags: ['Wrestling'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-05 10:40', dl: 'ATYRAU',
    t: 'Oil output in Kazakhstan reaches 69 million tonnes in nine months',
    l: 'Tengiz, Kashagan and Karachaganak account for most of the output.',
    b: ['Kazakhstan produced 69 million tonnes of oil and gas condensate in January-September, the Ministry of Energy said.', 'Tengiz, Kashagan and Karachaganak accounted for most of the output.'],
    tags: ['Oil'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-12 15:10', dl: 'ALMATY',
    t: 'Almaty film festival opens with 24 films in competition',
    l: 'Films from 15 countries are competing.',
    b: ['An international film festival has opened in Almaty with 24 films from 15 countries in competition.', 'The festival will run until 16 October.'],
    tags: ['Cinema'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-16 12:25', dl: 'ASTANA',
    t: 'Inflation in Kazakhstan slows to 8.1%',
    l: 'Food prices rose 7.4% year-on-year.',
    b: ['Annual inflation in Kazakhstan slowed to 8.1% in September, the Bureau of National Statistics said.', 'Food prices rose 7.4% and non-food goods 8.3%.'],
    tags: ['Inflation'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-26 14:00', dl: 'TURKISTAN',
    t: 'Turkistan region completes cotton harvest',
    l: 'Farmers gathered over 400,000 tonnes of raw cotton.',
    b: ['Farmers in Turkistan region have completed the cotton harvest, gathering over 400,000 tonnes of raw cotton, the regional akimat said.', 'The yield was 10% higher than last year.'],
    tags: ['Agriculture', 'Turkistan'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-10-30 17:35', dl: 'ASTANA',
    t: 'Barys wins third straight KHL game',
    l: 'The Astana club beat its opponent 4-2.',
    b: ['Astana\'s Barys hockey club won its third straight game in the KHL regular season, beating its opponent 4-2.', 'A Barys forward scored twice.'],
    tags: ['Hockey'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-03 10:15', dl: 'ASTANA',
    t: 'Astana opens new bus rapid transit line',
    l: 'The 14-km line links the Left Bank with Nurly Zhol station.',
    b: ['A new bus rapid transit line has opened in Astana, the city akimat said.', 'The 14-km line links the Left Bank with Nurly Zhol railway station.'],
    tags: ['Astana', 'Transport'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-06 13:10', dl: 'ASTANA',
    t: 'Autumn military conscription starts in Kazakhstan',
    l: 'The call-up will last until the end of December.',
    b: ['The autumn call-up for compulsory military service has begun in Kazakhstan, the Defence Ministry said.', 'It will last until the end of December.'],
    tags: ['Army'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-09 16:45', dl: 'SHYMKENT',
    t: 'New school for 1,200 pupils opens in Shymkent',
    l: 'The school has robotics classrooms.',
    b: ['A new school for 1,200 pupils has opened in Shymkent, the city akimat said.', 'It has robotics classrooms and a sports complex.'],
    tags: ['Education', 'Shymkent'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-16 12:10', dl: 'ASTANA',
    t: 'National Bank of Kazakhstan keeps base rate at 14%',
    l: 'The next decision is due in January.',
    b: ['The National Bank of Kazakhstan has kept its base rate at 14% per annum.', 'The next scheduled decision will be announced in January.'],
    tags: ['National Bank'],
  },
  {
    o: 'kazinform', f: 'en', d: '2026-11-20 18:20', dl: 'ALMATY',
    t: 'Kazakh speed skaters win two World Cup medals',
    l: 'The medals came in the 500 m and 1,000 m.',
    b: ['Kazakh speed skaters won silver and bronze at a World Cup stage.', 'The medals came in the 500 m and 1,000 m races.'],
    tags: ['Speed skating'],
  },

  // ---------------------------------------------------------------- kk
  {
    o: 'kazinform', f: 'kk', d: '2026-10-29 11:30', dl: 'ҚАРАҒАНДЫ', p: [KBZ], gap: 'one-sided (KZ only)',
    t: '«ҚазБелАЗ» кәсіпорны 90 тонналық екінші өздігінен аударғышты құрастырды',
    l: 'Қарағандыдағы бірлескен кәсіпорын ауыр техника шығаруды жалғастыруда.',
    b: [
      'Қарағандыдағы «ҚазБелАЗ» бірлескен кәсіпорны жүк көтергіштігі 90 тонна болатын екінші карьерлік өздігінен аударғышты құрастырды. Бұл туралы кәсіпорынның баспасөз қызметі хабарлады.',
      'Жаңа техника облыстағы көмір разрезіне жіберіледі. Жыл соңына дейін тағы үш көлік құрастыру жоспарланған.',
    ],
    tags: ['ҚазБелАЗ', 'Қарағанды'],
  },
  {
    o: 'kazinform', f: 'kk', d: '2026-11-12 19:20', dl: 'АСТАНА', p: [IGC], gap: 'central-only',
    t: 'Астанада Қазақстан-Беларусь үкіметаралық комиссиясының отырысы өтті',
    l: 'Тараптар тауар айналымын 1,5 млрд долларға жеткізуді көздейді.',
    b: [
      'Астанада Қазақстан мен Беларусь арасындағы сауда-экономикалық ынтымақтастық жөніндегі үкіметаралық комиссияның отырысы өтті. Бұл туралы Сауда және интеграция министрлігі хабарлады.',
      'Тараптар өнеркәсіптік кооперацияны, азық-түлік жеткізілімін және транзитті талқылады.',
    ],
    tags: ['Беларусь', 'Сауда'],
  },
  {
    o: 'kazinform', f: 'kk', d: '2026-09-30 10:20', dl: 'АСТАНА',
    t: 'Елордада жаңа саябақ ашылды',
    l: 'Саябақта велосипед жолдары мен балалар алаңдары бар.',
    b: ['Астананың Есіл ауданында жаңа саябақ ашылды. Бұл туралы қала әкімдігі хабарлады.', 'Саябақта велосипед жолдары, балалар алаңдары және 3 мыңнан астам ағаш бар.'],
    tags: ['Астана'],
  },
  {
    o: 'kazinform', f: 'kk', d: '2026-11-17 09:45', dl: 'АСТАНА',
    t: 'Синоптиктер елдің солтүстігінде боран болатынын ескертті',
    l: 'Жел екпіні секундына 25 метрге дейін жетеді.',
    b: ['Алдағы тәулікте елдің солтүстігі мен орталығында боран болады. Бұл туралы «Қазгидромет» хабарлады.', 'Жел екпіні секундына 25 метрге дейін жетеді.'],
    tags: ['Ауа райы'],
  },
];
