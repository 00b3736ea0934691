// BelTA items of the demo snapshot (ru: www.belta.by, en: eng.belta.by). All texts are invented.
// Fields: see generate.mjs. `dl` is the dateline place; the generator writes
// "ГОМЕЛЬ, 16 сентября (БЕЛТА) – " / "MINSK, 16 September (BelTA) – " before the first paragraph.

const GSM = 'gomselmash-agromashholding-kostanay';
const MTZ = 'mtz-composite-group-kostanay';
const MKHV = 'mogilevkhimvolokno-pta-pet';
const KOK = 'kokshetau-industrial-technological-park';
const IGC = 'intergovernmental-commission-trade-economic';
const GP = 'gomel-region-pavlodar-region';
const FORUM = 'business-forum';
const DAIRY = 'belarusian-dairy-farm-construction-kz';

export const BELTA = [
  // ---------------------------------------------------------------- ru: cooperation projects
  {
    o: 'belta', f: 'ru', d: '2026-09-15 11:20', r: 'economics', dl: 'МИНСК', p: [DAIRY], gap: 'declining',
    t: 'Беларусь построит в Казахстане еще две молочно-товарные фермы на 2400 голов',
    l: 'Проекты ферм подготовлены белорусскими специалистами, оборудование и племенной скот поставят из Беларуси.',
    b: [
      'Беларусь построит в Костанайской и Северо-Казахстанской областях еще две молочно-товарные фермы на 2400 голов каждая, сообщили корреспонденту БЕЛТА в Министерстве сельского хозяйства и продовольствия.',
      'Фермы возводятся по белорусскому проекту под ключ: белорусская сторона поставит доильное и кормораздаточное оборудование, металлоконструкции и около 1200 голов племенного скота для первой очереди. Завершить строительство планируется в 2027 году.',
      'Сейчас в Казахстане работают три фермы, построенные белорусскими подрядчиками. По данным министерства, надои на них превышают средние по региону более чем на 30%.',
    ],
    tags: ['Сельское хозяйство', 'Казахстан', 'Экспорт'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-16 10:05', r: 'economics', dl: 'ГОМЕЛЬ', p: [GSM], gap: 'well-covered', video: true,
    t: '«Гомсельмаш» отгрузил в Костанай очередную партию машинокомплектов комбайнов',
    l: 'В Казахстан отправлено 40 машинокомплектов зерноуборочных комбайнов «Палессе».',
    b: [
      'ОАО "Гомсельмаш" отгрузило в Костанай 40 машинокомплектов зерноуборочных комбайнов "Палессе" GS12 для совместного производства с казахстанским партнером, сообщили корреспонденту БЕЛТА в пресс-службе холдинга "Гомсельмаш".',
      'Сборку машин ведет АО "АгромашХолдинг KZ". Первые комбайны из новой партии должны сойти с конвейера костанайского предприятия до конца сентября, чтобы успеть к завершению уборочной кампании на севере Казахстана.',
      'С начала года "Гомсельмаш" поставил в Казахстан более 300 машинокомплектов. Уровень локализации на сборочной площадке в Костанае превышает 50%.',
    ],
    tags: ['Гомсельмаш', 'Казахстан', 'Гомельская область'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-17 15:40', r: 'economics', dl: 'МИНСК', p: [FORUM], gap: 'declining',
    t: 'Белорусско-казахстанский бизнес-форум пройдет в Минске 8 октября',
    l: 'На форум зарегистрировались более 200 компаний двух стран.',
    b: [
      'Белорусско-казахстанский бизнес-форум пройдет в Минске 8 октября, сообщили корреспонденту БЕЛТА в Белорусской торгово-промышленной палате.',
      'В программе – пленарная сессия, отраслевые секции по машиностроению, агропромышленному комплексу, логистике и строительству, а также переговоры в формате B2B. На участие уже зарегистрировались более 200 компаний.',
      'По итогам прошлого форума стороны подписали контракты на сумму свыше $120 млн.',
    ],
    tags: ['БелТПП', 'Казахстан', 'Бизнес-форум'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-22 12:30', r: 'economics', dl: 'МИНСК', p: [MTZ], gap: 'well-covered',
    t: 'МТЗ увеличит уровень локализации тракторов на заводе в Костанае',
    l: 'На казахстанском предприятии начнут выпускать кабины и передние мосты для тракторов «Беларус».',
    b: [
      'Минский тракторный завод в следующем году увеличит уровень локализации тракторов "Беларус", выпускаемых в Костанае, до 60%, сообщили корреспонденту БЕЛТА на МТЗ.',
      'На предприятии ТОО "Машиностроительный завод МТЗ-Казахстан" завершается монтаж оборудования для сварки и окраски кабин. Следующим шагом станет выпуск передних мостов.',
      'С начала года завод в Костанае выпустил более 900 тракторов. Основные покупатели – аграрии Костанайской, Акмолинской и Северо-Казахстанской областей.',
    ],
    tags: ['МТЗ', 'Казахстан', 'Промкооперация'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-24 14:15', r: 'economics', dl: 'МОГИЛЕВ', p: [MKHV], gap: 'one-sided (BY only)',
    t: '«Могилевхимволокно» и казахстанские партнеры обсудили поставки параксилола',
    l: 'Сырье для нового производства терефталевой кислоты может поступать из Казахстана.',
    b: [
      'Представители ОАО "Могилевхимволокно" провели переговоры с казахстанской нефтехимической компанией о долгосрочных поставках параксилола, сообщили корреспонденту БЕЛТА на предприятии.',
      'Параксилол нужен для проекта по выпуску очищенной терефталевой кислоты и ПЭТ-гранулята. Казахстанский параксилол позволит снизить зависимость от одного поставщика и загрузить новое производство.',
      'Стороны договорились подготовить проект контракта до конца года.',
    ],
    tags: ['Могилевхимволокно', 'Могилевская область', 'Нефтехимия'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-30 16:50', r: 'economics', dl: 'МИНСК', p: [KOK], gap: 'central-only',
    t: 'Белорусские машиностроители расширят выпуск техники в индустриальном парке в Кокшетау',
    l: 'В белорусско-казахстанском индустриально-технологическом парке появится линия по сборке прицепов.',
    b: [
      'Белорусские предприятия расширят производство в белорусско-казахстанском индустриально-технологическом парке сельскохозяйственной и коммунальной техники в Кокшетау, сообщили корреспонденту БЕЛТА в Министерстве промышленности.',
      'До конца года в парке планируется запустить линию по сборке тракторных прицепов и пресс-подборщиков. Сейчас на площадке работают около 180 человек.',
      'Стороны также рассматривают возможность выпуска в Кокшетау коммунальной техники на шасси МАЗ.',
    ],
    tags: ['Минпром', 'Казахстан', 'Машиностроение'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-01 09:40', r: 'regions', dl: 'ГОМЕЛЬ', p: [GSM], gap: 'well-covered',
    t: 'Специалисты «Гомсельмаша» провели обучение механизаторов в Костанайской области',
    l: 'Сервисные инженеры холдинга обучили более 60 комбайнеров.',
    b: [
      'Сервисные инженеры ОАО "Гомсельмаш" провели в Костанайской области обучение механизаторов, которые работают на комбайнах "Палессе", сообщили корреспонденту БЕЛТА в холдинге.',
      'Занятия прошли на базе сервисного центра АО "АгромашХолдинг KZ". За неделю подготовку прошли более 60 комбайнеров из хозяйств региона.',
      'Холдинг планирует сделать такие выездные курсы ежегодными.',
    ],
    tags: ['Гомсельмаш', 'Костанай', 'Сервис'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-06 13:25', r: 'society', dl: 'МИНСК', p: [GP], gap: 'reprint-only', key: 'gp1',
    t: 'Гомельская и Павлодарская области утвердили план сотрудничества на 2027-2028 годы',
    l: 'Документ предусматривает обмен делегациями, ярмарки и совместные проекты в образовании.',
    b: [
      'Гомельская и Павлодарская области утвердили план мероприятий по развитию межрегионального сотрудничества на 2027-2028 годы, сообщили корреспонденту БЕЛТА в Министерстве иностранных дел.',
      'План предусматривает обмен делегациями, участие предприятий в ярмарках и выставках, стажировки учителей и врачей, а также совместные проекты колледжей. Особое внимание уделят поставкам продукции гомельских предприятий в Павлодарскую область.',
      'Соглашение о сотрудничестве между регионами действует с 2014 года. Товарооборот Гомельской области с Павлодарской областью за девять месяцев вырос на 18%.',
    ],
    tags: ['Гомельская область', 'Казахстан', 'Межрегиональное сотрудничество'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-08 17:10', r: 'economics', dl: 'МИНСК', p: [FORUM], gap: 'declining', video: true,
    t: 'Контракты на $95 млн подписаны на белорусско-казахстанском бизнес-форуме',
    l: 'Соглашения касаются поставок техники, продуктов питания и строительных материалов.',
    b: [
      'Контракты и соглашения на сумму около $95 млн подписаны на белорусско-казахстанском бизнес-форуме в Минске, сообщил корреспонденту БЕЛТА председатель Белорусской торгово-промышленной палаты.',
      'В форуме приняли участие более 250 компаний. Наибольший интерес казахстанские предприниматели проявили к сельхозтехнике, молочной продукции и лифтовому оборудованию.',
      'Следующий форум может пройти в Алматы.',
    ],
    tags: ['БелТПП', 'Казахстан', 'Бизнес-форум'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-13 10:30', r: 'economics', dl: 'МИНСК', p: [DAIRY], gap: 'declining',
    t: 'Белорусские строители начали возведение молочной фермы на 1200 голов в Казахстане',
    l: 'Ферма в Северо-Казахстанской области станет четвертым таким объектом.',
    b: [
      'Белорусские строители приступили к возведению молочно-товарной фермы на 1200 голов в Северо-Казахстанской области, сообщили корреспонденту БЕЛТА в Министерстве сельского хозяйства и продовольствия.',
      'Комплекс строится под ключ по белорусскому проекту. Поставки оборудования начнутся в декабре, завезти первых нетелей планируется летом.',
      'Минсельхоз Казахстана рассматривает возможность тиражировать белорусский проект в других областях.',
    ],
    tags: ['Сельское хозяйство', 'Казахстан'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-14 16:05', r: 'economics', dl: 'МИНСК', p: [GSM], gap: 'well-covered',
    t: '«Гомсельмаш» и «АгромашХолдинг KZ» подписали соглашение о поставках на 2027 год',
    l: 'В следующем году в Костанае планируют собрать 650 комбайнов.',
    b: [
      'ОАО "Гомсельмаш" и АО "АгромашХолдинг KZ" подписали соглашение о поставках машинокомплектов на 2027 год, сообщили корреспонденту БЕЛТА в Министерстве промышленности.',
      'Документ предусматривает сборку в Костанае 650 зерноуборочных комбайнов, в том числе новой модели для уборки риса. Сумма соглашения превышает $70 млн.',
      'Совместное производство работает с 2007 года, за это время на нем собрано более 5 тыс. комбайнов.',
    ],
    tags: ['Гомсельмаш', 'Казахстан', 'Минпром'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-15 11:55', r: 'economics', dl: 'МИНСК', p: [MKHV], gap: 'one-sided (BY only)',
    t: 'Проект по выпуску терефталевой кислоты в Могилеве выходит на этап строительства',
    l: 'Инвестором выступает казахстанская сторона.',
    b: [
      'Проект по выпуску очищенной терефталевой кислоты на ОАО "Могилевхимволокно" выходит на этап строительства, сообщили корреспонденту БЕЛТА в концерне "Белнефтехим".',
      'Инвестором проекта стала казахстанская компания, которая также обеспечит поставки параксилола. Мощность комплекса составит около 600 тыс. т терефталевой кислоты в год.',
      'Реализация проекта позволит полностью обеспечить сырьем собственное производство ПЭТ-гранулята и полиэфирных волокон.',
    ],
    tags: ['Белнефтехим', 'Могилевхимволокно', 'Инвестиции'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-21 12:45', r: 'economics', dl: 'МИНСК', p: [FORUM], gap: 'declining',
    t: 'БелТПП: договоренности белорусско-казахстанского бизнес-форума начали выполняться',
    l: 'Первые поставки по контрактам форума уже отгружены.',
    b: [
      'Договоренности, достигнутые на белорусско-казахстанском бизнес-форуме, начали выполняться, сообщили корреспонденту БЕЛТА в Белорусской торгово-промышленной палате.',
      'По контрактам, подписанным на форуме, уже отгружены первые партии молочной продукции и лифтового оборудования. Еще несколько соглашений находятся на стадии согласования спецификаций.',
    ],
    tags: ['БелТПП', 'Казахстан'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-29 15:20', r: 'politics', dl: 'МИНСК', p: [IGC], gap: 'central-only',
    t: 'Заседание белорусско-казахстанской межправкомиссии пройдет в Астане в ноябре',
    l: 'Стороны обсудят промышленную кооперацию, логистику и продовольственные поставки.',
    b: [
      'Очередное заседание Белорусско-казахстанской межправительственной комиссии по торгово-экономическому сотрудничеству пройдет в Астане 12-13 ноября, сообщили корреспонденту БЕЛТА в Совете Министров.',
      'Белорусскую делегацию возглавит сопредседатель комиссии, заместитель премьер-министра. В повестке – промышленная кооперация, транзит грузов, поставки продовольствия и выполнение дорожной карты сотрудничества.',
      'Товарооборот Беларуси и Казахстана за январь-август вырос на 9%.',
    ],
    tags: ['Совмин', 'Казахстан', 'Межправкомиссия'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-02 14:40', r: 'society', dl: 'МИНСК', p: [GP], gap: 'reprint-only', key: 'gp2',
    t: 'Павлодарские аграрии изучат опыт Гомельской области в производстве молока',
    l: 'Стажировка для специалистов из Павлодарской области пройдет в декабре.',
    b: [
      'Специалисты сельхозпредприятий Павлодарской области пройдут стажировку в Гомельской области, сообщили корреспонденту БЕЛТА в Министерстве иностранных дел.',
      'Договоренность достигнута в рамках сотрудничества двух регионов. Павлодарские аграрии познакомятся с работой молочно-товарных комплексов и перерабатывающих предприятий Гомельщины, а также с подготовкой кадров в аграрных колледжах.',
      'В 2027 году делегация Гомельской области планирует посетить Павлодар с ответным визитом.',
    ],
    tags: ['Гомельская область', 'Казахстан', 'АПК'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-03 10:15', r: 'economics', dl: 'МОГИЛЕВ', p: [MKHV], gap: 'one-sided (BY only)',
    t: 'На «Могилевхимволокне» подготовили площадку под комплекс терефталевой кислоты',
    l: 'Строительство основного корпуса начнется весной.',
    b: [
      'На ОАО "Могилевхимволокно" завершили подготовку площадки под комплекс по выпуску терефталевой кислоты, сообщили корреспонденту БЕЛТА на предприятии.',
      'Проект реализуется с казахстанским инвестором. Сырьем станет параксилол, поставки которого из Казахстана согласованы в рамках проекта.',
      'На новом производстве будет создано около 400 рабочих мест.',
    ],
    tags: ['Могилевхимволокно', 'Могилевская область'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-05 13:05', r: 'economics', dl: 'МИНСК', p: [MTZ], gap: 'well-covered',
    t: 'МТЗ запустил в Костанае выпуск кабин для тракторов «Беларус»',
    l: 'Мощность нового цеха – до 10 тыс. кабин в год.',
    b: [
      'Минский тракторный завод совместно с казахстанским партнером запустил в Костанае производство кабин для тракторов "Беларус", сообщили корреспонденту БЕЛТА на МТЗ.',
      'Цех кабин полного цикла рассчитан на выпуск до 10 тыс. изделий в год. Кабины будут устанавливаться на тракторы, которые собирают в Костанае, а также поставляться на сборочные площадки в других регионах Казахстана.',
      'Следующим этапом станет выпуск передних мостов.',
    ],
    tags: ['МТЗ', 'Казахстан', 'Костанай'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-06 16:30', r: 'culture', dl: 'МИНСК', rel: true, gap: 'candidate',
    t: 'Дни культуры Казахстана пройдут в Беларуси с 9 по 14 ноября',
    l: 'Концерты казахстанских артистов состоятся в Минске, Могилеве и Гродно.',
    b: [
      'Дни культуры Казахстана пройдут в Беларуси с 9 по 14 ноября, сообщили корреспонденту БЕЛТА в Министерстве культуры.',
      'В программе – гала-концерт артистов Казахстана в Большом театре Беларуси, выставка казахского прикладного искусства в Национальном историческом музее и неделя казахстанского кино. Концерты также пройдут в Могилеве и Гродно.',
      'Ответные Дни культуры Беларуси в Казахстане запланированы на следующий год.',
    ],
    tags: ['Культура', 'Казахстан'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-10 11:45', r: 'economics', dl: 'МИНСК', p: [KOK], gap: 'central-only',
    t: 'В белорусско-казахстанском индустриальном парке в Кокшетау освоили выпуск пресс-подборщиков',
    l: 'Первые машины поступят аграриям Акмолинской области весной.',
    b: [
      'В белорусско-казахстанском индустриально-технологическом парке в Кокшетау освоили выпуск пресс-подборщиков по белорусской лицензии, сообщили корреспонденту БЕЛТА в Министерстве промышленности.',
      'До конца года в парке планируют собрать 50 машин. Уровень локализации на старте составляет около 25%, к 2028 году его планируется довести до 45%.',
    ],
    tags: ['Минпром', 'Казахстан'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-13 18:20', r: 'politics', dl: 'АСТАНА', p: [IGC], gap: 'central-only',
    t: 'Межправкомиссия Беларуси и Казахстана одобрила план по наращиванию товарооборота',
    l: 'Стороны поставили цель довести товарооборот до $1,5 млрд.',
    b: [
      'Белорусско-казахстанская межправительственная комиссия по торгово-экономическому сотрудничеству на заседании в Астане одобрила план мероприятий по наращиванию товарооборота, передает корреспондент БЕЛТА.',
      'Стороны договорились довести взаимную торговлю до $1,5 млрд, расширить промышленную кооперацию в машиностроении и нарастить поставки продовольствия. Отдельное внимание уделено транзиту грузов и цифровизации логистики.',
      'Следующее заседание комиссии пройдет в Беларуси.',
    ],
    tags: ['Межправкомиссия', 'Казахстан', 'Товарооборот'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-17 12:10', r: 'politics', dl: 'МИНСК', p: [IGC], gap: 'central-only',
    t: 'Правительство утвердит план реализации решений межправкомиссии с Казахстаном',
    l: 'Министерствам поручено до конца года подготовить дорожные карты по отраслям.',
    b: [
      'Совет Министров утвердит план реализации решений заседания Белорусско-казахстанской межправительственной комиссии, сообщили корреспонденту БЕЛТА в правительстве.',
      'Министерствам и концернам поручено до конца года подготовить отраслевые дорожные карты с Казахстаном – по машиностроению, сельскому хозяйству и логистике.',
    ],
    tags: ['Совмин', 'Казахстан', 'Межправкомиссия'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-18 10:25', r: 'economics', dl: 'ГОМЕЛЬ', p: [GSM], gap: 'well-covered',
    t: '«Гомсельмаш» начнет поставлять в Костанай машинокомплекты нового комбайна',
    l: 'Сборку новой модели на казахстанском предприятии освоят весной.',
    b: [
      'ОАО "Гомсельмаш" в декабре начнет поставлять в Костанай машинокомплекты нового зерноуборочного комбайна КЗС-1218, сообщили корреспонденту БЕЛТА в холдинге.',
      'Новую модель будут собирать на предприятии АО "АгромашХолдинг KZ". Первые комбайны должны сойти с конвейера к весне, чтобы хозяйства успели получить их к уборочной кампании.',
      'По итогам года совместное производство в Костанае выпустит около 600 комбайнов.',
    ],
    tags: ['Гомсельмаш', 'Казахстан', 'Гомельская область'],
  },

  // ---------------------------------------------------------------- ru: everything else
  {
    o: 'belta', f: 'ru', d: '2026-09-14 09:10', r: 'society',
    t: 'Синоптики: первая половина недели в Беларуси будет теплой и сухой',
    l: 'Днем воздух прогреется до +22°С.',
    b: ['Первая половина недели в Беларуси будет теплой и сухой, сообщили корреспонденту БЕЛТА в Белгидромете. Днем ожидается от +16°С до +22°С, ночью – от +5°С до +11°С.', 'Во второй половине недели с запада придет атмосферный фронт, местами пройдут дожди.'],
    tags: ['Погода'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-18 18:40', r: 'sport',
    t: 'Минское «Динамо» обыграло «Торпедо-БелАЗ» в матче чемпионата Беларуси',
    l: 'Встреча завершилась со счетом 2:0.',
    b: ['Минское "Динамо" обыграло жодинское "Торпедо-БелАЗ" в матче 25-го тура чемпионата Беларуси по футболу со счетом 2:0, передает корреспондент БЕЛТА.', 'Голы забили оба полузащитника минчан во втором тайме. "Динамо" поднялось на третье место в турнирной таблице.'],
    tags: ['Футбол'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-21 10:50', r: 'economics', dl: 'МИНСК',
    t: 'Уборка зерновых в Беларуси близится к завершению',
    l: 'Зерновые и зернобобовые убраны на 96% площадей.',
    b: ['Зерновые и зернобобовые культуры в Беларуси убраны на 96% площадей, сообщили корреспонденту БЕЛТА в Министерстве сельского хозяйства и продовольствия.', 'Намолочено более 8 млн т зерна. Лидирует по урожайности Гродненская область.', 'Параллельно аграрии ведут сев озимых и уборку кукурузы на зерно.'],
    tags: ['Уборочная'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-25 12:05', r: 'society', dl: 'МИНСК',
    t: 'В Минске открылась выставка ко Дню библиотек',
    l: 'В экспозиции – редкие издания XVI-XIX веков.',
    b: ['В Национальной библиотеке Беларуси открылась выставка редких изданий, приуроченная ко Дню библиотек, сообщили корреспонденту БЕЛТА в учреждении.', 'В экспозиции представлены более 150 книг и рукописей XVI-XIX веков, в том числе издания белорусских типографий.'],
    tags: ['Культура'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-09-29 08:30', r: 'incident', dl: 'БРЕСТ',
    t: 'Пожар в жилом доме в Бресте потушили без пострадавших',
    l: 'Из подъезда эвакуировали 12 человек.',
    b: ['В Бресте спасатели ликвидировали пожар в квартире пятиэтажного жилого дома, сообщили корреспонденту БЕЛТА в областном управлении МЧС.', 'Из подъезда эвакуировали 12 человек, никто не пострадал. Причина пожара устанавливается.'],
    tags: ['МЧС', 'Брест'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-02 11:15', r: 'regions', dl: 'ВИТЕБСК',
    t: 'В Витебске завершили реконструкцию набережной Западной Двины',
    l: 'На набережной появились велодорожки и смотровые площадки.',
    b: ['В Витебске завершили реконструкцию набережной Западной Двины, сообщили корреспонденту БЕЛТА в горисполкоме.', 'Обновленная набережная протяженностью 1,2 км получила велодорожки, освещение и две смотровые площадки.'],
    tags: ['Витебск'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-09 09:35', r: 'society', dl: 'МИНСК',
    t: 'Белгидромет: в выходные в Беларуси ожидаются заморозки',
    l: 'Ночью температура местами опустится до -3°С.',
    b: ['В выходные в Беларуси ожидается похолодание, ночью местами заморозки до -3°С, сообщили корреспонденту БЕЛТА в Белгидромете.', 'Днем воздух прогреется до +6...+12°С. Осадки маловероятны.'],
    tags: ['Погода'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-16 14:20', r: 'society', dl: 'ГРОДНО',
    t: 'В Гродно открыли новую поликлинику в микрорайоне Ольшанка',
    l: 'Поликлиника рассчитана на 600 посещений в смену.',
    b: ['В Гродно в микрорайоне Ольшанка открылась новая поликлиника, сообщили корреспонденту БЕЛТА в облисполкоме.', 'Учреждение рассчитано на 600 посещений в смену. Здесь работают кабинеты функциональной диагностики и дневной стационар.'],
    tags: ['Здравоохранение', 'Гродно'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-23 19:15', r: 'sport',
    t: 'Белорусские гандболисты вышли в финал молодежного турнира в Бресте',
    l: 'В полуфинале сборная обыграла команду Сербии.',
    b: ['Молодежная сборная Беларуси по гандболу вышла в финал международного турнира в Бресте, обыграв в полуфинале команду Сербии со счетом 31:28, передает корреспондент БЕЛТА.', 'В финале белорусы встретятся с победителем пары Хорватия – Польша.'],
    tags: ['Гандбол'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-10-27 10:00', r: 'economics', dl: 'МИНСК',
    t: 'Нацбанк сохранил ставку рефинансирования на уровне 9,5%',
    l: 'Решение принято на заседании правления.',
    b: ['Правление Национального банка сохранило ставку рефинансирования на уровне 9,5% годовых, сообщили корреспонденту БЕЛТА в регуляторе.', 'Инфляция в годовом выражении в сентябре составила 5,8%, что соответствует прогнозу.'],
    tags: ['Нацбанк'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-09 09:20', r: 'society', dl: 'МИНСК',
    t: 'Первый снег ожидается в Беларуси в середине недели',
    l: 'В северных районах снег может лечь.',
    b: ['Первый снег в Беларуси ожидается в среду и четверг, сообщили корреспонденту БЕЛТА в Белгидромете.', 'В северных районах возможен временный снежный покров. Днем от 0°С до +5°С.'],
    tags: ['Погода'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-12 15:35', r: 'regions', dl: 'БОБРУЙСК',
    t: 'В Бобруйске отремонтировали школу искусств',
    l: 'Ремонт обошелся в Br1,8 млн.',
    b: ['В Бобруйске завершился капитальный ремонт детской школы искусств, сообщили корреспонденту БЕЛТА в горисполкоме.', 'В здании заменили инженерные сети, оборудовали концертный зал на 200 мест и студию звукозаписи.'],
    tags: ['Бобруйск', 'Образование'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-16 13:50', r: 'economics', dl: 'МИНСК',
    t: 'Беларусь за десять месяцев увеличила экспорт продовольствия на 7%',
    l: 'Основной рост дали молочная и мясная продукция.',
    b: ['Экспорт продовольствия и сельхозсырья из Беларуси за январь-октябрь вырос на 7% и превысил $7 млрд, сообщили корреспонденту БЕЛТА в Министерстве сельского хозяйства и продовольствия.', 'Основной прирост обеспечили молочная и мясная продукция. Расширена география поставок в страны Азии и Африки.'],
    tags: ['Экспорт', 'АПК'],
  },
  {
    o: 'belta', f: 'ru', d: '2026-11-20 17:45', r: 'sport',
    t: 'Белорусская биатлонистка заняла пятое место на этапе Кубка IBU',
    l: 'Гонка прошла в норвежском Шушёэне.',
    b: ['Белорусская биатлонистка заняла пятое место в спринте на этапе Кубка IBU, передает корреспондент БЕЛТА.', 'Спортсменка допустила один промах на стрельбе стоя. Следующая гонка – преследование – пройдет в субботу.'],
    tags: ['Биатлон'],
  },

  // ---------------------------------------------------------------- en: cooperation projects
  {
    o: 'belta', f: 'en', d: '2026-09-16 13:40', r: 'economics', dl: 'GOMEL', p: [GSM], gap: 'well-covered',
    t: 'Gomselmash ships another batch of combine kits to Kostanay',
    l: 'The 40 machine kits will be assembled by AgromashHolding KZ.',
    b: [
      'Gomselmash has shipped 40 machine kits of Palesse GS12 combine harvesters to Kostanay for joint production with its Kazakh partner, the press service of the Gomselmash holding told BelTA.',
      'The combines will be assembled at AgromashHolding KZ. The first machines from the new batch are expected to leave the assembly line before the end of September, in time for the harvest in northern Kazakhstan.',
      'Since the start of the year Gomselmash has supplied more than 300 machine kits to Kazakhstan.',
    ],
    tags: ['Gomselmash', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-09-22 16:10', r: 'economics', dl: 'MINSK', p: [MTZ], gap: 'well-covered',
    t: 'MTZ to raise localization of tractors made in Kostanay',
    l: 'The Kazakh plant will start making cabs and front axles for Belarus tractors.',
    b: [
      'Minsk Tractor Works (MTZ) will raise the localization of Belarus tractors produced in Kostanay to 60% next year, MTZ told BelTA.',
      'At the MTZ-Kazakhstan machine-building plant, the installation of equipment for welding and painting tractor cabs is nearing completion. The production of front axles will be the next step.',
      'Since the beginning of the year the Kostanay plant has produced over 900 tractors.',
    ],
    tags: ['MTZ', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-01 15:30', r: 'economics', dl: 'MOGILEV', p: [MKHV], gap: 'one-sided (BY only)',
    t: 'Mogilevkhimvolokno in talks on Kazakh paraxylene supplies',
    l: 'Kazakh raw materials could feed the new terephthalic acid facility.',
    b: [
      'Mogilevkhimvolokno has held talks with a Kazakh petrochemical company on long-term supplies of paraxylene, the company told BelTA.',
      'Paraxylene is the feedstock for the project to produce purified terephthalic acid and PET granules in Mogilev. Kazakh paraxylene would reduce dependence on a single supplier.',
      'The parties agreed to draft a contract by the end of the year.',
    ],
    tags: ['Mogilevkhimvolokno', 'Mogilev Oblast'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-02 12:20', r: 'economics', dl: 'MINSK', p: [FORUM], gap: 'declining',
    t: 'Over 200 companies register for Belarus-Kazakhstan business forum',
    l: 'The forum will take place in Minsk on 8 October.',
    b: [
      'More than 200 companies have registered for the Belarus-Kazakhstan business forum due in Minsk on 8 October, the Belarusian Chamber of Commerce and Industry told BelTA.',
      'The program includes a plenary session, sectoral panels on engineering, agriculture, logistics and construction, and B2B talks.',
    ],
    tags: ['BelCCI', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-06 17:05', r: 'society', dl: 'MINSK', p: [GP], gap: 'reprint-only',
    t: 'Gomel Oblast, Pavlodar Region approve cooperation plan for 2027-2028',
    l: 'The plan provides for delegation visits, fairs and joint education projects.',
    b: [
      'Gomel Oblast and Pavlodar Region of Kazakhstan have approved a plan to develop interregional cooperation in 2027-2028, the Belarusian Foreign Ministry told BelTA.',
      'The plan envisages exchanges of delegations, participation in fairs and exhibitions, internships for teachers and doctors and joint projects of colleges.',
      'The cooperation agreement between Gomel and Pavlodar regions has been in force since 2014.',
    ],
    tags: ['Gomel Oblast', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-08 19:00', r: 'economics', dl: 'MINSK', p: [FORUM], gap: 'declining',
    t: 'Contracts worth $95 million signed at Belarus-Kazakhstan business forum',
    l: 'The deals cover machinery, food and construction materials.',
    b: [
      'Contracts and agreements worth about $95 million were signed at the Belarus-Kazakhstan business forum in Minsk, the chairman of the Belarusian Chamber of Commerce and Industry told BelTA.',
      'Over 250 companies took part in the forum. Kazakh businesses showed the greatest interest in farm machinery, dairy products and elevator equipment.',
    ],
    tags: ['BelCCI', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-09 11:30', r: 'economics', dl: 'MINSK', p: [DAIRY], gap: 'declining',
    t: 'Belarus to build two more 2,400-cow dairy farms in Kazakhstan',
    l: 'Belarus will supply equipment and pedigree cattle.',
    b: [
      'Belarus will build two more dairy farms for 2,400 cows each in Kazakhstan, the Belarusian Agriculture and Food Ministry told BelTA.',
      'The farms will be built on a turnkey basis using a Belarusian design. Belarus will supply milking equipment, steel structures and pedigree cattle.',
    ],
    tags: ['Agriculture', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-04 14:45', r: 'economics', dl: 'MINSK', p: [KOK], gap: 'central-only',
    t: 'Belarusian-Kazakh industrial park in Kokshetau to launch baler production',
    l: 'The first balers will be made under a Belarusian license.',
    b: [
      'The Belarusian-Kazakh industrial and technological park in Kokshetau will start producing balers under a Belarusian license, the Industry Ministry of Belarus told BelTA.',
      'Fifty machines are due by the end of the year. The park is also preparing a line for tractor trailers.',
    ],
    tags: ['Industry Ministry', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-05 10:20', r: 'society', dl: 'MINSK', rel: true, gap: 'candidate',
    t: 'Belarusian and Kazakh IT companies open joint programming school',
    l: 'The first 120 students will study online and in Minsk and Astana.',
    b: [
      'Belarusian and Kazakh IT companies have opened a joint programming school for teenagers, the Belarusian Education Ministry told BelTA.',
      'The first 120 students from Belarus and Kazakhstan will study software development and data analysis online, with intensive sessions in Minsk and Astana. The best graduates will be offered internships at the partner companies.',
    ],
    tags: ['Education', 'IT', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-05 16:15', r: 'economics', dl: 'MINSK', p: [MTZ], gap: 'well-covered',
    t: 'MTZ launches production of tractor cabs in Kostanay',
    l: 'The new workshop can make up to 10,000 cabs a year.',
    b: [
      'Minsk Tractor Works and its Kazakh partner have launched the production of cabs for Belarus tractors in Kostanay, MTZ told BelTA.',
      'The full-cycle workshop will make up to 10,000 cabs a year for tractors assembled in Kostanay and at other sites in Kazakhstan.',
    ],
    tags: ['MTZ', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-13 19:30', r: 'politics', dl: 'ASTANA', p: [IGC], gap: 'central-only',
    t: 'Belarus-Kazakhstan intergovernmental commission approves trade growth plan',
    l: 'The sides aim to bring mutual trade to $1.5 billion.',
    b: [
      'The Belarus-Kazakhstan intergovernmental commission on trade and economic cooperation approved a plan to increase mutual trade at its meeting in Astana, a BelTA correspondent reports.',
      'The parties agreed to bring trade to $1.5 billion, expand industrial cooperation in engineering and increase food supplies.',
    ],
    tags: ['Kazakhstan', 'Trade'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-17 15:00', r: 'politics', dl: 'MINSK', p: [IGC], gap: 'central-only',
    t: 'Government to approve plan to implement decisions of intergovernmental commission with Kazakhstan',
    l: 'Ministries will draw up sectoral road maps by the end of the year.',
    b: [
      'The Council of Ministers of Belarus will approve a plan to implement the decisions of the Belarus-Kazakhstan intergovernmental commission, the government told BelTA.',
      'Ministries and state concerns have been instructed to prepare sectoral road maps with Kazakhstan on engineering, agriculture and logistics by the end of the year.',
    ],
    tags: ['Government', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-18 14:10', r: 'economics', dl: 'GOMEL', p: [GSM], gap: 'well-covered',
    t: 'Gomselmash to supply new combine kits to Kostanay',
    l: 'Assembly of the KZS-1218 will begin in spring.',
    b: [
      'Gomselmash will start shipping machine kits of the new KZS-1218 combine harvester to Kostanay in December, the holding told BelTA.',
      'The new model will be assembled at AgromashHolding KZ, and the first combines should leave the line by spring.',
    ],
    tags: ['Gomselmash', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-19 12:40', r: 'economics', dl: 'MOGILEV', p: [MKHV], gap: 'one-sided (BY only)',
    t: 'Site ready for terephthalic acid complex at Mogilevkhimvolokno',
    l: 'The project is implemented with a Kazakh investor.',
    b: [
      'Mogilevkhimvolokno has finished preparing the site for a terephthalic acid complex, the company told BelTA.',
      'The project is implemented with a Kazakh investor; paraxylene will be supplied from Kazakhstan. The new facility will create about 400 jobs.',
    ],
    tags: ['Mogilevkhimvolokno', 'Investment'],
  },

  {
    o: 'belta', f: 'en', d: '2026-10-14 18:25', r: 'economics', dl: 'MINSK', p: [GSM], gap: 'well-covered',
    t: 'Gomselmash, AgromashHolding KZ sign supply agreement for 2027',
    l: 'Kostanay is to assemble 650 combine harvesters next year.',
    b: [
      'Gomselmash and AgromashHolding KZ have signed an agreement on supplies of machine kits for 2027, the Industry Ministry of Belarus told BelTA.',
      'The document provides for the assembly of 650 combine harvesters in Kostanay, including a new rice harvester. The agreement is worth over $70 million.',
      'The joint production has been running since 2007 and has assembled more than 5,000 combines.',
    ],
    tags: ['Gomselmash', 'Kazakhstan'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-02 17:40', r: 'society', dl: 'MINSK', p: [GP], gap: 'reprint-only',
    t: 'Pavlodar Region farmers to study dairy experience of Gomel Oblast',
    l: 'An internship for Kazakh specialists will take place in December.',
    b: [
      'Specialists of agricultural companies of Pavlodar Region of Kazakhstan will do an internship in Gomel Oblast, the Belarusian Foreign Ministry told BelTA.',
      'The arrangement was reached as part of cooperation between the two regions. The visitors will study dairy complexes and processing plants of Gomel Oblast.',
    ],
    tags: ['Gomel Oblast', 'Kazakhstan'],
  },
  // ---------------------------------------------------------------- en: everything else
  {
    o: 'belta', f: 'en', d: '2026-09-14 12:15', r: 'society', dl: 'MINSK',
    t: 'Warm and dry weather forecast for early week in Belarus',
    l: 'Daytime temperatures will reach +22°C.',
    b: ['Warm and dry weather is expected in Belarus in the first half of the week, the Belhydromet weather service told BelTA. Daytime temperatures will range from +16°C to +22°C.', 'Rain is expected in some areas in the second half of the week.'],
    tags: ['Weather'],
  },
  {
    o: 'belta', f: 'en', d: '2026-09-18 10:45', r: 'culture', dl: 'MINSK',
    t: 'National Art Museum to display newly restored icons',
    l: 'The exhibition will feature 40 icons from the 17th-18th centuries.',
    b: ['The National Art Museum of Belarus will open an exhibition of newly restored icons on 22 September, the museum told BelTA.', 'The display will include 40 icons from the 17th-18th centuries restored over the past five years.'],
    tags: ['Culture'],
  },
  {
    o: 'belta', f: 'en', d: '2026-09-23 17:50', r: 'sports', dl: 'MINSK',
    t: 'Belarusian rowers win two medals at international regatta',
    l: 'The team took silver and bronze.',
    b: ['Belarusian rowers won silver and bronze medals at an international regatta, BelTA learned from the national rowing federation.', 'The medals came in the women\'s double sculls and the men\'s four.'],
    tags: ['Rowing'],
  },
  {
    o: 'belta', f: 'en', d: '2026-09-28 11:00', r: 'economics', dl: 'MINSK',
    t: 'Belarus harvests over 8 million tonnes of grain',
    l: 'Grain crops have been harvested from 96% of the area.',
    b: ['Belarusian farmers have harvested over 8 million tonnes of grain, the Agriculture and Food Ministry told BelTA.', 'Grodno Oblast has the highest yield. Sowing of winter crops is nearly complete.'],
    tags: ['Agriculture'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-05 09:55', r: 'society', dl: 'MINSK',
    t: 'Minsk metro extends opening hours on weekends',
    l: 'Trains will run until 1:30 am on Fridays and Saturdays.',
    b: ['The Minsk metro will extend its opening hours on Friday and Saturday nights, the Minsk City Executive Committee told BelTA.', 'Trains will run until 1:30 am on all three lines. The trial period will last until the end of the year.'],
    tags: ['Minsk', 'Transport'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-12 14:30', r: 'regions', dl: 'BREST',
    t: 'Brest Fortress museum welcomes its 500,000th visitor of the year',
    l: 'The number of foreign tourists grew by 12%.',
    b: ['The Brest Fortress memorial complex has welcomed its 500,000th visitor this year, the museum told BelTA.', 'The number of foreign tourists has grown by 12% compared to last year.'],
    tags: ['Tourism', 'Brest'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-16 16:40', r: 'economics', dl: 'MINSK',
    t: 'Belarus\' GDP up 3.1% in January-September',
    l: 'Industry and construction were the main growth drivers.',
    b: ['Belarus\' gross domestic product grew by 3.1% in January-September year-on-year, the National Statistics Committee told BelTA.', 'Industry and construction were the main drivers of growth.'],
    tags: ['Economy', 'GDP'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-20 10:10', r: 'society', dl: 'GRODNO',
    t: 'New polyclinic opens in Grodno',
    l: 'The polyclinic can receive 600 patients per shift.',
    b: ['A new polyclinic has opened in Grodno\'s Olshanka district, the Grodno Oblast Executive Committee told BelTA.', 'The facility can receive 600 patients per shift and has a day hospital.'],
    tags: ['Healthcare', 'Grodno'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-22 12:05', r: 'economics', dl: 'MINSK',
    t: 'Belarus completes potato harvest',
    l: 'Farmers dug up over 1 million tonnes in agricultural companies.',
    b: ['Belarusian agricultural companies have completed the potato harvest, gathering over 1 million tonnes, the Agriculture and Food Ministry told BelTA.', 'The average yield was 31 tonnes per hectare.'],
    tags: ['Agriculture'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-26 18:25', r: 'sports', dl: 'BREST',
    t: 'Belarus youth handball team wins tournament in Brest',
    l: 'Belarus beat Croatia in the final.',
    b: ['The Belarus youth handball team won an international tournament in Brest, beating Croatia 29:27 in the final, a BelTA correspondent reports.', 'The team\'s goalkeeper was named the best player of the tournament.'],
    tags: ['Handball'],
  },
  {
    o: 'belta', f: 'en', d: '2026-10-30 13:15', r: 'culture', dl: 'MINSK',
    t: 'Bolshoi Theater of Belarus to premiere new ballet in December',
    l: 'The ballet is based on Belarusian legends.',
    b: ['The National Academic Bolshoi Opera and Ballet Theater of Belarus will premiere a new ballet based on Belarusian legends in December, the theater told BelTA.', 'The score was written by a young Belarusian composer.'],
    tags: ['Culture', 'Theater'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-02 09:30', r: 'society', dl: 'MINSK',
    t: 'Belarus switches to winter road maintenance',
    l: 'Road services have stocked 300,000 tonnes of de-icing materials.',
    b: ['Road maintenance services in Belarus have switched to the winter regime, the Transport Ministry told BelTA.', 'Over 300,000 tonnes of de-icing materials have been stockpiled.'],
    tags: ['Roads'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-10 11:50', r: 'economics', dl: 'MINSK',
    t: 'National Bank keeps refinancing rate unchanged',
    l: 'The rate stays at 9.5% per annum.',
    b: ['The National Bank of Belarus has kept its refinancing rate at 9.5% per annum, the regulator told BelTA.', 'Annual inflation stood at 5.7% in October.'],
    tags: ['National Bank'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-16 10:05', r: 'society', dl: 'MINSK',
    t: 'First snow expected in Belarus this week',
    l: 'Snow cover may form in the north.',
    b: ['The first snow is expected in Belarus on Wednesday and Thursday, Belhydromet told BelTA.', 'Temporary snow cover may form in northern districts. Daytime temperatures will range from 0°C to +5°C.'],
    tags: ['Weather'],
  },
  {
    o: 'belta', f: 'en', d: '2026-11-21 16:35', r: 'sports', dl: 'MINSK',
    t: 'Belarusian biathlete finishes fifth at IBU Cup stage',
    l: 'The sprint race took place in Norway.',
    b: ['A Belarusian biathlete finished fifth in the sprint at an IBU Cup stage in Norway, a BelTA correspondent reports.', 'She missed one target in the standing shooting.'],
    tags: ['Biathlon'],
  },
];
