"""Names and phrases the synthetic record is made of, in English, Russian and Kazakh.

State, organisation, body and priority-area names are those of the shipped
record (data/*.yaml) where it has them; the rest are the CICA catalogue's
usual terms. Russian and Kazakh forms are given in the grammatical case each
phrase needs, so that generated sentences read as a native reader expects.
Kept apart from the generator (`record.py` and its parts) so that its code stays short.
"""

from __future__ import annotations

# (code, English, Russian, Kazakh, year it joined, status). Members first, as in data/states.yaml.
STATES = (
    ("KZ", "Kazakhstan", "Казахстан", "Қазақстан", 1999, "member"),
    ("RU", "Russia", "Россия", "Ресей", 1999, "member"),
    ("CN", "China", "Китай", "Қытай", 1999, "member"),
    ("IN", "India", "Индия", "Үндістан", 1999, "member"),
    ("TR", "Türkiye", "Турция", "Түркия", 1999, "member"),
    ("IR", "Iran", "Иран", "Иран", 1999, "member"),
    ("PS", "Palestine", "Палестина", "Палестина", 1999, "member"),
    ("AZ", "Azerbaijan", "Азербайджан", "Әзірбайжан", 1999, "member"),
    ("PK", "Pakistan", "Пакистан", "Пәкістан", 1999, "member"),
    ("KR", "Republic of Korea", "Республика Корея", "Корея Республикасы", 2006, "member"),
    ("TJ", "Tajikistan", "Таджикистан", "Тәжікстан", 1999, "member"),
    ("UZ", "Uzbekistan", "Узбекистан", "Өзбекстан", 1999, "member"),
    ("KG", "Kyrgyzstan", "Киргизия", "Қырғызстан", 1999, "member"),
    ("MN", "Mongolia", "Монголия", "Моңғолия", 1999, "member"),
    ("AF", "Afghanistan", "Афганистан", "Ауғанстан", 1999, "member"),
    ("EG", "Egypt", "Египет", "Мысыр", 1999, "member"),
    ("IL", "Israel", "Израиль", "Израиль", 1999, "member"),
    ("TH", "Thailand", "Таиланд", "Тайланд", 2004, "member"),
    ("JO", "Jordan", "Иордания", "Иордания", 2008, "member"),
    ("AE", "United Arab Emirates", "Объединённые Арабские Эмираты", "Біріккен Араб Әмірліктері", 2008, "member"),
    ("IQ", "Iraq", "Ирак", "Ирак", 2010, "member"),
    ("VN", "Viet Nam", "Вьетнам", "Вьетнам", 2010, "member"),
    ("BH", "Bahrain", "Бахрейн", "Бахрейн", 2011, "member"),
    ("KH", "Cambodia", "Камбоджа", "Камбоджа", 2011, "member"),
    ("QA", "Qatar", "Катар", "Катар", 2014, "member"),
    ("BD", "Bangladesh", "Бангладеш", "Бангладеш", 2014, "member"),
    ("LK", "Sri Lanka", "Шри-Ланка", "Шри-Ланка", 2018, "member"),
    ("KW", "Kuwait", "Кувейт", "Кувейт", 2022, "member"),
    ("TM", "Turkmenistan", "Туркменистан", "Түрікменстан", 2021, "observer"),
    ("SA", "Saudi Arabia", "Саудовская Аравия", "Сауд Арабиясы", 2023, "observer"),
)

# How often each speaker takes the floor in the model minutes (data/meetings/2023-12-12-soc.yaml):
# the Chair 18 of 45 statements, Russia 10, the Secretary General 7, China 4, Palestine 3, ... Every
# other state speaks about once.
SPEAKER_WEIGHTS = {"chair": 18, "RU": 10, "secretary-general": 7, "CN": 4, "PS": 3, "KR": 2, "IR": 2, "TR": 2}
OTHER_SPEAKER_WEIGHT = 1

# (id, English, Russian, Kazakh, short en, short ru, short kk)
ORGANISATIONS = (
    ("un", "United Nations", "Организация Объединённых Наций", "Біріккен Ұлттар Ұйымы", "UN", "ООН", "БҰҰ"),
    ("sco", "Shanghai Cooperation Organisation", "Шанхайская организация сотрудничества",
     "Шанхай ынтымақтастық ұйымы", "SCO", "ШОС", "ШЫҰ"),
    ("asean", "Association of Southeast Asian Nations", "Ассоциация государств Юго-Восточной Азии",
     "Оңтүстік-Шығыс Азия елдерінің қауымдастығы", "ASEAN", "АСЕАН", "АСЕАН"),
    ("ots", "Organisation of Turkic States", "Организация тюркских государств", "Түркі мемлекеттері ұйымы",
     "OTS", "ОТГ", "ТМҰ"),
    ("eaeu", "Eurasian Economic Union", "Евразийский экономический союз", "Еуразиялық экономикалық одақ",
     "EAEU", "ЕАЭС", "ЕАЭО"),
    ("cis", "Commonwealth of Independent States", "Содружество Независимых Государств",
     "Тәуелсіз Мемлекеттер Достастығы", "CIS", "СНГ", "ТМД"),
    ("osce", "Organization for Security and Co-operation in Europe",
     "Организация по безопасности и сотрудничеству в Европе", "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы",
     "OSCE", "ОБСЕ", "ЕҚЫҰ"),
    ("las", "League of Arab States", "Лига арабских государств", "Араб мемлекеттері лигасы", "LAS", "ЛАГ", "АМЛ"),
    ("iom", "International Organization for Migration", "Международная организация по миграции",
     "Халықаралық көші-қон ұйымы", "IOM", "МОМ", "ХКҰ"),
    ("unoct", "United Nations Office of Counter-Terrorism",
     "Контртеррористическое управление Организации Объединённых Наций",
     "БҰҰ Терроризмге қарсы іс-қимыл басқармасы", "UNOCT", "КТУ ООН", "UNOCT"),
)

# Bodies with the forms sentences need: Russian grammatical gender (for verb endings) and the dative
# ("recommended to the Ministerial Council"), Kazakh dative. `symbol` is how their documents' symbols begin.
BODIES = {
    "summit": dict(en="Summit (Meeting of Heads of State)", ru="Саммит СВМДА", kk="АӨСШК саммиті",
                   short=("Summit", "Саммит", "Саммит"), symbol="SUMMIT", gender="m",
                   subject=("the Summit", "Саммит", "Саммит"), dative=("the Summit", "Саммиту", "Саммитке")),
    "mc": dict(en="Ministerial Council", ru="Совет министров иностранных дел СВМДА", kk="Министрлер кеңесі",
               short=("MC", "СМИД", "Министрлер кеңесі"), symbol="MC", gender="m",
               subject=("the Ministerial Council", "Совет министров иностранных дел", "Министрлер кеңесі"),
               dative=("the Ministerial Council", "Совету министров иностранных дел", "Министрлер кеңесіне")),
    "soc": dict(en="Senior Officials Committee", ru="Комитет старших должностных лиц",
                kk="Аға лауазымды тұлғалар комитеті", short=("SOC", "КСДЛ", "Аға лауазымды тұлғалар комитеті"),
                symbol="SOC", gender="m",
                subject=("the SOC", "Комитет старших должностных лиц", "Аға лауазымды тұлғалар комитеті"),
                dative=("the SOC", "Комитету старших должностных лиц", "Аға лауазымды тұлғалар комитетіне")),
    "swg": dict(en="Special Working Group", ru="Специальная рабочая группа", kk="Арнайы жұмыс тобы",
                short=("SWG", "СРГ", "Арнайы жұмыс тобы"), symbol="SWG", gender="f",
                subject=("the SWG", "Специальная рабочая группа", "Арнайы жұмыс тобы"),
                dative=("the SWG", "Специальной рабочей группе", "Арнайы жұмыс тобына")),
    "secretariat": dict(en="Secretariat of the Conference on Interaction and Confidence Building Measures in Asia",
                        ru="Секретариат Совещания по взаимодействию и мерам доверия в Азии",
                        kk="Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің (Азия Кеңесінің) Хатшылығы",
                        short=("Secretariat", "Секретариат", "Хатшылық"), symbol=None, gender="m",
                        subject=("the Secretariat", "Секретариат", "Хатшылық"),
                        dative=("the Secretariat", "Секретариату", "Хатшылыққа")),
}
# The forms of each body's name that Russian and Kazakh sentences need (bodies.yaml `forms`), in the order of
# BODY_FORMS_RU and BODY_FORMS_KK.
BODY_FORMS_RU = ("running", "genitive", "dative", "meeting", "meeting_genitive", "meeting_prepositional")
BODY_FORMS_KK = ("running", "genitive", "dative", "meeting_owner", "meeting", "meeting_genitive", "meeting_locative")
BODY_FORMS = {
    "summit": (
        (
            "саммит",
            "саммита СВМДА",
            "саммиту СВМДА",
            "саммит СВМДА",
            "саммита СВМДА",
            "саммите СВМДА",
        ),
        (
            "саммит",
            "АӨСШК саммитінің",
            "АӨСШК саммитіне",
            "АӨСШК",
            "саммиті",
            "саммитінің",
            "саммитінде",
        ),
    ),
    "mc": (
        (
            "СМИД",
            "Совета министров иностранных дел СВМДА",
            "Совету министров иностранных дел СВМДА",
            "заседание Совета министров иностранных дел СВМДА",
            "заседания Совета министров иностранных дел СВМДА",
            "заседании Совета министров иностранных дел СВМДА",
        ),
        (
            "Министрлер кеңесі",
            "Министрлер кеңесінің",
            "Министрлер кеңесіне",
            "Министрлер кеңесінің",
            "отырысы",
            "отырысының",
            "отырысында",
        ),
    ),
    "soc": (
        (
            "КСДЛ",
            "Комитета старших должностных лиц",
            "Комитету старших должностных лиц",
            "заседание Комитета старших должностных лиц",
            "заседания Комитета старших должностных лиц",
            "заседании Комитета старших должностных лиц",
        ),
        (
            "Аға лауазымды тұлғалар комитеті",
            "Аға лауазымды тұлғалар комитетінің",
            "Аға лауазымды тұлғалар комитетіне",
            "Аға лауазымды тұлғалар комитетінің",
            "отырысы",
            "отырысының",
            "отырысында",
        ),
    ),
    "swg": (
        (
            "СРГ",
            "Специальной рабочей группы",
            "Специальной рабочей группе",
            "заседание Специальной рабочей группы",
            "заседания Специальной рабочей группы",
            "заседании Специальной рабочей группы",
        ),
        (
            "Арнайы жұмыс тобы",
            "Арнайы жұмыс тобының",
            "Арнайы жұмыс тобына",
            "Арнайы жұмыс тобының",
            "отырысы",
            "отырысының",
            "отырысында",
        ),
    ),
    "secretariat": (
        (
            "Секретариат",
            "Секретариата СВМДА",
            "Секретариату СВМДА",
            "мероприятие Секретариата СВМДА",
            "мероприятия Секретариата СВМДА",
            "мероприятии Секретариата СВМДА",
        ),
        (
            "Хатшылық",
            "Азия Кеңесі Хатшылығының",
            "Азия Кеңесі Хатшылығына",
            "Азия Кеңесі Хатшылығының",
            "іс-шарасы",
            "іс-шарасының",
            "іс-шарасында",
        ),
    ),
}
# Which body a body's recommendations go to.
RECOMMENDS_TO = {"swg": "soc", "soc": "mc", "mc": "summit"}

# (dimension id, English, Russian, Kazakh, [(area id, English, Russian, Kazakh), ...])
DIMENSIONS = (
    ("new-challenges-and-threats", "Dimension of new challenges and threats", "Измерение новых вызовов и угроз",
     "Жаңа сын-қатерлер өлшемі", (
         ("combating-terrorism", "Combating terrorism", "Борьба с терроризмом", "Терроризмге қарсы күрес"),
         ("combating-illicit-drugs", "Combating illicit drugs", "Борьба с незаконным оборотом наркотиков",
          "Есірткінің заңсыз айналымына қарсы күрес"),
         ("ict-security", "Security of and in the use of ICTs", "Безопасность в сфере использования ИКТ и самих ИКТ",
          "АКТ қауіпсіздігі және оларды пайдалану саласындағы қауіпсіздік"),
         ("epidemiological-safety", "Epidemiological safety, public health and pharmaceuticals",
          "Эпидемиологическая безопасность, здравоохранение и фармацевтика",
          "Эпидемиологиялық қауіпсіздік, денсаулық сақтау және фармацевтика"),
         ("combating-trafficking", "Combating trafficking in human beings", "Борьба с торговлей людьми",
          "Адам саудасына қарсы күрес"),
     )),
    ("economic", "Economic dimension", "Экономическое измерение", "Экономикалық өлшем", (
        ("trade-and-investment", "Trade and investment", "Торговля и инвестиции", "Сауда және инвестициялар"),
        ("sustainable-development", "Sustainable development", "Устойчивое развитие", "Тұрақты даму"),
        ("smes", "Development of small and medium-sized enterprises", "Развитие малого и среднего предпринимательства",
         "Шағын және орта кәсіпкерлікті дамыту"),
        ("transport-corridors", "Secure and effective systems of transportation corridors",
         "Безопасные и эффективные системы транспортных коридоров", "Көлік дәліздерінің қауіпсіз және тиімді жүйелері"),
        ("energy-security", "Energy security", "Энергетическая безопасность", "Энергетикалық қауіпсіздік"),
        ("agriculture", "Agriculture", "Сельское хозяйство", "Ауыл шаруашылығы"),
        ("information-technology", "Information technology", "Информационные технологии", "Ақпараттық технологиялар"),
        ("tourism", "Tourism", "Туризм", "Туризм"),
    )),
    ("environmental", "Environmental dimension", "Экологическое измерение", "Экологиялық өлшем", (
        ("natural-disaster-management", "Natural disaster management", "Управление в случае стихийных бедствий",
         "Табиғи апаттар кезіндегі басқару"),
        ("environment-protection", "Environment protection", "Охрана окружающей среды", "Қоршаған ортаны қорғау"),
        ("water-resources", "Rational use of water resources", "Рациональное использование водных ресурсов",
         "Су ресурстарын ұтымды пайдалану"),
        ("climate-change", "Adaptation to climate change", "Адаптация к изменению климата",
         "Климаттың өзгеруіне бейімделу"),
    )),
    ("human", "Human dimension", "Человеческое (гуманитарное) измерение", "Гуманитарлық өлшем", (
        ("youth-cooperation", "Youth cooperation", "Молодёжное сотрудничество", "Жастар ынтымақтастығы"),
        ("cultural-cooperation", "Cultural cooperation", "Культурное сотрудничество", "Мәдени ынтымақтастық"),
        ("education", "Cooperation in education", "Сотрудничество в сфере образования",
         "Білім беру саласындағы ынтымақтастық"),
        ("volunteerism", "Volunteerism", "Волонтёрство", "Волонтерлік"),
        ("womens-empowerment", "Women's empowerment", "Расширение прав и возможностей женщин",
         "Әйелдердің құқықтары мен мүмкіндіктерін кеңейту"),
    )),
    ("military-political", "Military-political dimension", "Военно-политическое измерение", "Әскери-саяси өлшем", (
        ("military-information", "Exchange of information on military matters", "Обмен информацией по военным вопросам",
         "Әскери мәселелер бойынша ақпарат алмасу"),
        ("military-visits", "Visits of military delegations", "Визиты военных делегаций",
         "Әскери делегациялардың сапарлары"),
        ("border-security", "Border security cooperation", "Сотрудничество в области безопасности границ",
         "Шекара қауіпсіздігі саласындағы ынтымақтастық"),
    )),
)

# Places of meetings: (English, Russian, Kazakh)
PLACES = (
    ("Astana", "Астана", "Астана"), ("Almaty", "Алматы", "Алматы"), ("Baku", "Баку", "Баку"),
    ("Istanbul", "Стамбул", "Стамбұл"), ("Shanghai", "Шанхай", "Шанхай"), ("Dushanbe", "Душанбе", "Душанбе"),
    ("New York", "Нью-Йорк", "Нью-Йорк"),
)

# People's names, (Latin, Cyrillic): given names and family names combine into distinct people.
GIVEN_NAMES = (
    ("Aidar", "Айдар"), ("Marat", "Марат"), ("Askar", "Аскар"), ("Dauren", "Даурен"), ("Yerlan", "Ерлан"),
    ("Nurlan", "Нурлан"), ("Timur", "Тимур"), ("Ruslan", "Руслан"), ("Bakhyt", "Бахыт"), ("Serik", "Серик"),
    ("Aliya", "Алия"), ("Dana", "Дана"), ("Madina", "Мадина"), ("Saule", "Сауле"), ("Zarina", "Зарина"),
    ("Farid", "Фарид"), ("Kamal", "Камал"), ("Rashid", "Рашид"), ("Elnur", "Эльнур"), ("Orhan", "Орхан"),
)
FAMILY_NAMES = (
    ("Akhmetov", "Ахметов"), ("Bekova", "Бекова"), ("Dzhaksybekov", "Джаксыбеков"), ("Ismailov", "Исмаилов"),
    ("Karimov", "Каримов"), ("Mamedov", "Мамедов"), ("Nazarov", "Назаров"), ("Omarov", "Омаров"),
    ("Rakhimov", "Рахимов"), ("Sadykov", "Садыков"), ("Tokhtarov", "Тохтаров"), ("Umarova", "Умарова"),
    ("Yusupov", "Юсупов"), ("Zhumabayev", "Жумабаев"), ("Abdullayev", "Абдуллаев"), ("Aliyev", "Алиев"),
    ("Hasanov", "Гасанов"), ("Kurbanov", "Курбанов"), ("Safarov", "Сафаров"), ("Valiyev", "Валиев"),
)

# What drafts and the decisions on them are about. Each subject: English (in running text), its title, Russian accusative (after
# "утвердил"), Russian nominative (titles) and gender, Kazakh accusative and nominative; {year} and {area}
# are filled in. The document kind is that of the draft the decision is taken on.
SUBJECTS = (
    dict(en="the Annual Plan of Implementation of CBMs for {year}",
         title="Annual Plan of Implementation of CBMs for {year}",
         ru_acc="Ежегодный план реализации мер доверия на {year} год",
         ru_nom="Ежегодный план реализации мер доверия на {year} год", gender="m",
         kk_acc="{year} жылға арналған сенім шараларын іске асырудың жыл сайынғы жоспарын",
         kk_nom="{year} жылға арналған сенім шараларын іске асырудың жыл сайынғы жоспары", kind="plan",
         next_year=True),
    dict(en="the Budget of the CICA Secretariat for {year}", title="Budget of the CICA Secretariat for {year}",
         ru_acc="бюджет Секретариата СВМДА на {year} год", ru_nom="Бюджет Секретариата СВМДА на {year} год",
         gender="m", kk_acc="Азия Кеңесі Хатшылығының {year} жылға арналған бюджетін",
         kk_nom="Азия Кеңесі Хатшылығының {year} жылға арналған бюджеті", kind="draft", next_year=True),
    dict(en="the Concept Paper in the priority area “{area}”", title="Concept Paper in the priority area “{area}”",
         ru_acc="Концепцию по приоритетному направлению «{area_ru}»",
         ru_nom="Концепция по приоритетному направлению «{area_ru}»", gender="f",
         kk_acc="«{area_kk}» басым бағыты бойынша тұжырымдамалық құжатты",
         kk_nom="«{area_kk}» басым бағыты бойынша тұжырымдамалық құжат", kind="concept-paper"),
    dict(en="the Regulations of the CICA Fund", title="Regulations of the CICA Fund",
         ru_acc="Положение о Фонде СВМДА", ru_nom="Положение о Фонде СВМДА", gender="n",
         kk_acc="Азия Кеңесі Қорының ережесін", kk_nom="Азия Кеңесі Қорының ережесі", kind="rules"),
    dict(en="the updated Catalogue of CICA Confidence Building Measures",
         title="Updated Catalogue of CICA Confidence Building Measures",
         ru_acc="обновлённый Каталог мер доверия СВМДА", ru_nom="Обновлённый Каталог мер доверия СВМДА", gender="m",
         kk_acc="Азия Кеңесінің сенім шараларының жаңартылған каталогын",
         kk_nom="Азия Кеңесінің сенім шараларының жаңартылған каталогы", kind="draft"),
    dict(en="the List of coordinating and co-coordinating countries in the priority areas",
         title="List of coordinating and co-coordinating countries",
         ru_acc="Перечень стран-координаторов и сокоординаторов по приоритетным направлениям",
         ru_nom="Перечень стран-координаторов и сокоординаторов", gender="m",
         kk_acc="басым бағыттар бойынша үйлестіруші және тең үйлестіруші елдердің тізбесін",
         kk_nom="Үйлестіруші және тең үйлестіруші елдердің тізбесі", kind="draft"),
    dict(en="the General Guidelines for Conducting Events on Implementation of CICA CBMs",
         title="General Guidelines for Conducting Events on Implementation of CICA CBMs",
         ru_acc="Общие руководящие принципы проведения мероприятий по реализации мер доверия СВМДА",
         ru_nom="Общие руководящие принципы проведения мероприятий по реализации мер доверия СВМДА", gender="pl",
         kk_acc="Азия Кеңесінің сенім шараларын іске асыру жөніндегі іс-шараларды өткізудің жалпы қағидаттарын",
         kk_nom="Азия Кеңесінің сенім шараларын іске асыру жөніндегі іс-шараларды өткізудің жалпы қағидаттары",
         kind="guidelines"),
    dict(en="the draft Charter of CICA", title="Draft Charter of CICA", ru_acc="проект Устава СВМДА",
         ru_nom="Проект Устава СВМДА", gender="m", kk_acc="Азия Кеңесі Жарғысының жобасын",
         kk_nom="Азия Кеңесі Жарғысының жобасы", kind="draft"),
)

# Reports a body takes note of (decisions not taken on a draft).
REPORTS = (
    dict(en="the annual report of the Secretary General on the activities of the Secretariat in {year}",
         title="Annual report of the Secretary General for {year}",
         ru_acc="ежегодный доклад Генерального секретаря о деятельности Секретариата в {year} году",
         ru_nom="Ежегодный доклад Генерального секретаря за {year} год", gender="m",
         kk_acc="Бас хатшының Хатшылықтың {year} жылғы қызметі туралы жыл сайынғы баяндамасын",
         kk_nom="Бас хатшының {year} жылғы жыл сайынғы баяндамасы", kind="report"),
    dict(en="the financial report of the Secretariat for {year}", title="Financial report of the Secretariat for {year}",
         ru_acc="финансовый отчёт Секретариата за {year} год", ru_nom="Финансовый отчёт Секретариата за {year} год",
         gender="m", kk_acc="Хатшылықтың {year} жылғы қаржылық есебін", kk_nom="Хатшылықтың {year} жылғы қаржылық есебі",
         kind="report"),
)

# Decision kinds: the Russian verb after the body (by the body's gender), the Russian participle of the
# title (by the subject's gender), the Kazakh verb and title word. {to} is the dative of the body a
# recommendation goes to.
KIND_WORDS = {
    "took-note": dict(en="took note of", ru={"m": "принял к сведению", "f": "приняла к сведению"},
                      ru_title={"m": "принят к сведению", "f": "принята к сведению", "n": "принято к сведению",
                                "pl": "приняты к сведению"},
                      kk="назарға алды", kk_title="назарға алынды", title="noted"),
    "adopted": dict(en="adopted", ru={"m": "принял", "f": "приняла"},
                    ru_title={"m": "принят", "f": "принята", "n": "принято", "pl": "приняты"},
                    kk="қабылдады", kk_title="қабылданды", title="adopted"),
    "approved": dict(en="approved", ru={"m": "утвердил", "f": "утвердила"},
                     ru_title={"m": "утверждён", "f": "утверждена", "n": "утверждено", "pl": "утверждены"},
                     kk="бекітті", kk_title="бекітілді", title="approved"),
    "supported": dict(en="supported", ru={"m": "поддержал", "f": "поддержала"},
                      ru_title={"m": "поддержан", "f": "поддержана", "n": "поддержано", "pl": "поддержаны"},
                      kk="қолдады", kk_title="қолдау тапты", title="supported"),
    "recommended": dict(en="recommended to {to} for approval",
                        ru={"m": "рекомендовал {to} утвердить", "f": "рекомендовала {to} утвердить"},
                        ru_title={"m": "рекомендован {to}", "f": "рекомендована {to}", "n": "рекомендовано {to}",
                                  "pl": "рекомендованы {to}"},
                        kk="{to} бекітуге ұсынды", kk_title="{to} ұсынылды", title="recommended to {to}"),
    "proposed": dict(en="was proposed to adopt by silence procedure",
                     ru={"m": "предложено принять путём процедуры умолчания",
                         "f": "предложено принять путём процедуры умолчания"},
                     ru_title={"m": "предложен для принятия по процедуре умолчания",
                               "f": "предложена для принятия по процедуре умолчания",
                               "n": "предложено для принятия по процедуре умолчания",
                               "pl": "предложены для принятия по процедуре умолчания"},
                     kk="үнсіздік рәсімі арқылы қабылдауға ұсынылды",
                     kk_title="үнсіздік рәсімі арқылы қабылдауға ұсынылды", title="proposed for adoption by silence procedure"),
}

# English sentences of statements, by what they do. {s} is the speaker as the minutes name it ("Russia",
# "The Chairman"), {its} "its" or "his", and the other fields are filled from the record.
STATE_SENTENCES = (
    "{s} noted the importance of {area_lower} and expressed {its} readiness to contribute to the implementation "
    "of CBMs in this priority area.",
    "{s} thanked {chair_state} for the excellent chairmanship and the Secretariat for the preparation of the meeting.",
    "{s} supported the draft decision (document {draft} of {date}) and suggested that it be adopted without changes.",
    "{s} informed the {body} about the outcomes of the {event}, which hosted representatives of most CICA Member States.",
    "{s} stressed that cooperation with {org} should be developed in accordance with the existing Rules of Procedure "
    "and considered by all relevant CICA bodies.",
    "{s} requested additional time to consider the proposal and suggested adopting the relevant decision through the "
    "silence procedure.",
    "{s} expressed hope that the Member States would reach consensus on the draft (document {draft}) in the near "
    "future, as it defines concrete parameters of CBMs implementation.",
    "{s} welcomed the progress in {area_lower} and proposed to hold an expert meeting in {place} in {next_year}.",
    "{s} expressed {its} support to the position of {other_state} and called for strict adherence to the existing "
    "Rules of Procedure.",
    "{s} announced {its} voluntary contribution to the budget of the Secretariat and called on other Member States "
    "to follow suit.",
    "{s} noted that the report of the Secretariat (document {info}) reflected the main achievements of the year and "
    "the outlook for {next_year}.",
    "{s} highlighted the significance of the partnership with {org} and of the dialogue commenced between the "
    "two Secretariats.",
    "{s} proposed to include a relevant paragraph in the decisions of the meeting and to task the Secretariat with "
    "preparing the necessary documents to that end.",
)
CHAIR_SENTENCES = (
    "The Chairman thanked the delegations for their comments and took note of their views and promised to consider "
    "them.",
    "The Chairman referred to the SWG meeting that considered the draft (document {draft} of {date}) and recommended "
    "the {body} to approve it.",
    "The Chairman proposed to the {body} to take note of the information and to support further mutually beneficial "
    "interaction with {org}.",
    "The Chairman reminded the {body} of the pending offer of {other_state} to assume the role of co-coordinator in "
    "the priority area “{area}”.",
    "The Chairman noted that the relevant documents are available on the CICA website ({url}).",
)
SG_SENTENCES = (
    "The Secretary General briefed the {body} on the activities of the Secretariat in {year}; the written report "
    "(document {info}) is available on the CICA website ({url}).",
    "The Secretary General informed that the schedule of implementation prepared by the Secretariat was indicative "
    "and mainly served the planning of its own work.",
    "The Secretary General noted that the Secretariat needed a mandate from Member States to start establishing ties "
    "with {org}.",
)
ACCOUNT_SENTENCES = (
    "The agenda was adopted without any changes.",
    "The {body} considered the draft (document {draft}) and the explanatory note of the Secretary General (document "
    "{info}).",
)

# Agenda items of a meeting with minutes: (English, Russian, Kazakh). {year} is the next year.
AGENDA_TITLES = (
    ("Adoption of the agenda", "Утверждение повестки дня", "Күн тәртібін бекіту"),
    ("Update by the CICA Chairmanship on current issues", "Информация Председательства СВМДА по текущим вопросам",
     "Азия Кеңесі Төрағалығының ағымдағы мәселелер бойынша ақпараты"),
    ("Annual report of the CICA Secretary General", "Ежегодный доклад Генерального секретаря СВМДА",
     "Азия Кеңесі Бас хатшысының жыл сайынғы баяндамасы"),
    ("Implementation of confidence building measures", "Реализация мер доверия", "Сенім шараларын іске асыру"),
    ("Financial matters", "Финансовые вопросы", "Қаржы мәселелері"),
    ("Institutional development of CICA", "Институциональное развитие СВМДА", "Азия Кеңесінің институционалдық дамуы"),
    ("Establishing relations with other international organizations",
     "Установление отношений с другими международными организациями",
     "Басқа халықаралық ұйымдармен қарым-қатынас орнату"),
    ("Observer status", "Статус наблюдателя", "Байқаушы мәртебесі"),
    ("Any other business", "Разное", "Өзге де мәселелер"),
)

# A realistic share of statements are also given in our Russian and Kazakh translation (marked unofficial).
TRANSLATED_STATEMENT = dict(
    ru="{s_ru}: делегация подчеркнула важность сотрудничества по приоритетному направлению «{area_ru}» и выразила "
       "готовность содействовать реализации мер доверия в этой области.",
    kk="{s_kk}: делегация «{area_kk}» басым бағыты бойынша ынтымақтастықтың маңыздылығын атап өтіп, осы саладағы "
       "сенім шараларын іске асыруға жәрдемдесуге дайын екенін білдірді.",
)

# Publishers of the external sources: (id, English, Russian, Kazakh, address), as data/sources.yaml has them.
PUBLISHERS = (
    ("cica", "CICA Secretariat (s-cica.org)", "Секретариат СВМДА (s-cica.org)", "Азия Кеңесінің Хатшылығы (s-cica.org)",
     "https://www.s-cica.org"),
    ("astana-times", "The Astana Times", "The Astana Times", "The Astana Times", "https://astanatimes.com"),
)

# Months in the genitive (Russian: "12 декабря 2023 года") and as Kazakh dates write them ("2023 жылғы 12 желтоқсан").
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан")

# A meeting known from press reports: agenda topics as reports name them, an offer, our summary of the report.
# {area}/{area_ru}/{area_kk} and {state}/{state_ru}/{state_kk} are filled in.
TOPICS = (
    ("Implementation of CBMs in the priority area “{area}”", "Реализация мер доверия по направлению «{area_ru}»",
     "«{area_kk}» бағыты бойынша сенім шараларын іске асыру"),
    ("Preparation of the next meetings of CICA bodies", "Подготовка следующих заседаний органов СВМДА",
     "Азия Кеңесі органдарының келесі отырыстарын дайындау"),
    ("Institutional development of CICA", "Институциональное развитие СВМДА", "Азия Кеңесінің институционалдық дамуы"),
)
OFFER = ("{state} offered to host an expert meeting on {area_lower}.",
         "{state_ru}: делегация предложила провести совещание экспертов по направлению «{area_ru}».",
         "{state_kk} «{area_kk}» бағыты бойынша сарапшылар кеңесін өз елінде өткізуді ұсынды.")
REPORT = ("According to the press release, the participants exchanged views on cooperation in {area_lower} and on "
          "the implementation of the decisions of the previous meeting.",
          "Согласно пресс-релизу, участники обменялись мнениями о сотрудничестве по направлению «{area_ru}» и о "
          "выполнении решений предыдущего заседания.",
          "Баспасөз релизіне сәйкес, қатысушылар «{area_kk}» бағыты бойынша ынтымақтастық және алдыңғы отырыс "
          "шешімдерінің орындалуы туралы пікір алмасты.")
DATE_DISAGREEMENT = ("On which day the meeting was held", "В какой день состоялось заседание",
                     "Отырыс қай күні өтті")
