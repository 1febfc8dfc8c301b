"""Names of groups that incitement targets, in the languages Tocsin monitors.

The list favours groups named in atrocity situations (ethnic, national, religious) and the
groups that hate-speech research shows are most often dehumanised (migrants, women, LGBT
people, people with disabilities). It is deliberately open: an unlisted group is still found
when a sentence predicates vermin or disease of it ("the Xians are rats"), by
:mod:`tocsin.coding.incitement`. Each entry maps a canonical English name to its surface forms;
Ethiopic, Burmese and Arabic forms are matched inside words because those scripts attach
affixes to the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tocsin.coding.text import fold, mixed_phrase_pattern

GROUPS: dict[str, tuple[str, ...]] = {
    # ethnic and national groups named in past and current atrocity situations
    "Tutsi": ("tutsi", "tutsis", "batutsi", "inyenzi", "inyenzis"),
    "Hutu": ("hutu", "hutus", "bahutu"),
    "Rohingya": ("rohingya", "rohingyas", "bengalis", "bengali", "ရိုဟင်ဂျာ", "ဘင်္ဂါလီ", "ကုလား"),
    "Fulani": ("fulani", "fulanis", "peul", "peuls", "peulh", "peulhs", "fula", "fulbe"),
    "Tigrayans": ("tigrayan", "tigrayans", "tigray", "ትግሬ", "ትግራይ", "ወያኔ", "woyane"),
    "Amhara": ("amhara", "amharas", "አማራ"),
    "Oromo": ("oromo", "oromos", "ኦሮሞ", "ጋላ", "ሸኔ"),
    "Yazidis": ("yazidi", "yazidis", "ezidi", "الأيزيديين", "الايزيدية"),
    "Kurds": ("kurds", "kurdish people", "kurdes", "الأكراد", "الاكراد"),
    "Uyghurs": ("uyghur", "uyghurs", "uighurs", "ouïghours"),
    "Masalit": ("masalit", "massalit", "المساليت", "مساليت", "مسلاتي"),
    # Sudan, beside the Masalit above: Darfur's and Kordofan's non-Arab peoples, the slurs
    # for them ("zurga", blacks; "ghuraba", westerners), the riverine elite ("jallaba"), and
    # the sides of the 2023 war, whose fighters and presumed supporters ("incubators") are
    # named as targets
    "Fur": ("fur people", "fur community", "fur tribe", "fur villages", "الفور", "فوراوي"),
    "Zaghawa": ("zaghawa", "الزغاوة", "زغاوة", "زغاوي"),
    "Nuba": ("nuba", "النوبة", "نوباوي"),
    "Darfuris": ("darfuris", "darfurians", "الغرابة", "غرباوي", "الدارفوريين"),
    "riverine Sudanese": ("jallaba", "الجلابة"),
    "RSF": ("rsf fighters", "rsf militia", "janjaweed", "janjawid", "الدعامة", "دعامي",
            "الجنجويد", "جنجويد"),
    "RSF supporters": ("حواضن", "الحواضن", "حاضنة الدعم"),
    "Islamists": ("kizan", "kaizan", "islamists", "الكيزان", "كيزان"),
    "South Sudanese": ("south sudanese", "الجنوبيين", "الجنوبيون", "جنوبيين"),
    # South Sudan, with the slurs "jienge" (Dinka) and "nyagat" (Nuer)
    "Dinka": ("dinka", "jienge", "jieng", "monyjang", "الدينكا"),
    "Nuer": ("nuer", "nyagat", "naath", "النوير"),
    "Shilluk": ("shilluk", "chollo", "collo", "الشلك"),
    "Murle": ("murle", "المورلي"),
    "Equatorians": ("equatorians", "equatorian people"),
    # Ethiopia and Eritrea, beside the Tigrayans, Amhara and Oromo above
    "Eritreans": ("eritreans", "eritrean people", "eritrean refugees"),
    "Afar": ("afar people", "afar community", "afars"),
    "Irob": ("irob",),
    "Kunama": ("kunama",),
    # Nigeria, beside the Fulani above
    "Igbo": ("igbo", "igbos", "ibo"),
    "Hausa": ("hausa people", "hausas"),
    "Yoruba": ("yoruba people", "yorubas"),
    "Berom": ("berom", "birom"),
    "Tiv": ("tiv",),
    # Somalia's clan families and minorities
    "Darod": ("darod", "daarood", "darood", "daarod", "daaroodka"),
    "Hawiye": ("hawiye", "hawiyaha", "hawiya"),
    "Isaaq": ("isaaq", "isaaqa", "isxaaq"),
    "Rahanweyn": ("rahanweyn", "raxanweyn", "reewin", "mirifle", "digil iyo mirifle"),
    "Somali Bantu": ("somali bantu", "bantuuga", "jareer", "jareerweyne"),
    "Sufis": ("sufis", "suufi", "suufiyada", "suufiyiin", "ahlu sunna"),
    # eastern DRC and Kenya, with their Swahili (class 2 "wa-", class 1 "m-"/"mw-") and
    # eastern-Congo ("ba-") forms
    "Banyamulenge": ("banyamulenge", "wanyamulenge", "munyamulenge", "mnyamulenge"),
    "Rwandophones": ("rwandophones", "kinyarwanda speakers", "banyarwanda", "wanyarwanda",
                     "munyarwanda", "mnyarwanda"),
    "Hema": ("hema people", "hema community", "wahema", "bahema", "muhema", "mhema"),
    "Lendu": ("lendu", "walendu", "balendu", "mulendu", "mlendu"),
    "Twa": ("twa", "batwa", "watwa", "mtwa", "pygmies", "mbilikimo"),
    "Somalis": ("somalis", "wasomali", "msomali"),
    "Kikuyu": ("kikuyu", "kikuyus", "wakikuyu", "mkikuyu"),
    "Kalenjin": ("kalenjin", "kalenjins", "wakalenjin", "mkalenjin"),
    "Luo": ("luo", "luos", "wajaluo", "mjaluo", "waluo", "mluo"),
    "people with albinism": ("people with albinism", "albinos", "walemavu wa ngozi",
                             "mlemavu wa ngozi", "maalbino", "zeruzeru"),
    "Arabs": ("arabs", "arab people", "arabes", "العرب", "العربان", "الاعراب"),
    "Africans": ("africans", "africains", "الأفارقة", "الافارقة"),
    "Black people": ("black people", "blacks", "negroes", "noirs", "negros", "السود", "zurga",
                     "zurqa", "abid", "الزرقة", "زرقة", "العبيد"),
    "Asians": ("asians", "asiatiques", "chinese people"),
    "Roma": ("roma", "gypsies", "gitans", "tsiganes", "roms"),
    # religious groups
    "Muslims": ("muslims", "muslim", "moslems", "musulmans", "musulmanes", "muçulmanos",
                "المسلمين", "المسلمون", "ሙስሊም", "မွတ်စလင်", "မူဆလင်"),
    "Christians": ("christians", "chrétiens", "cristianos", "cristãos", "المسيحيين", "النصارى",
                   "ክርስቲያን", "ခရစ်ယာန်"),
    "Jews": ("jews", "jew", "jewish people", "juifs", "judíos", "judeus", "اليهود", "ayhud"),
    "Hindus": ("hindus", "hindous"),
    "Shia": ("shia", "shias", "shiites", "chiites", "الشيعة", "الروافض", "الرافضة"),
    "Sunni": ("sunnis", "sunnites", "السنة"),
    "Hazara": ("hazara", "hazaras"),
    "Ahmadis": ("ahmadis", "ahmadiyya", "qadianis"),
    # migrants and refugees
    "migrants": ("migrants", "migrant", "immigrants", "immigrant", "immigrés", "immigres",
                 "migrantes", "inmigrantes", "imigrantes", "illegals", "المهاجرين", "المهاجرون"),
    "refugees": ("refugees", "refugee", "réfugiés", "refugiados", "asylum seekers", "اللاجئين",
                 "اللاجئون"),
    "foreigners": ("foreigners", "étrangers", "extranjeros", "estrangeiros", "الأجانب"),
    # other groups dehumanising speech often targets
    "women": ("women", "woman", "femmes", "mujeres", "mulheres", "النساء"),
    "gay people": ("gay people", "gays", "homosexuals", "homosexuels", "lesbians", "pédés",
                   "maricones", "المثليين"),
    "trans people": ("trans people", "transgender people", "trans women", "trans men",
                     "trannies", "transsexuels"),
    "disabled people": ("disabled people", "people with disabilities", "handicapés",
                        "retards", "cripples"),
    # political groups, often the target in civil wars
    "informants": ("ဒလန်",),
    "the military": ("စစ်ကောင်စီ", "စစ်ခွေး", "စစ်တပ်"),
}

# Swahili forms of the groups above: class 2 "wa-" (the people), class 1 "m-"/"mw-" (one of
# them) and the eastern-Congo "ba-". "wageni" is also "guests" and "wahindi" East Africa's
# word for people of South Asian descent; a group name only matters beside a cue.
_SWAHILI = {
    "Tutsi": ("watutsi", "mtutsi", "mututsi"),
    "Hutu": ("wahutu", "mhutu", "muhutu"),
    "Muslims": ("waislamu", "mwislamu", "waislam", "muislamu"),
    "Christians": ("wakristo", "mkristo", "wakristu", "mkristu"),
    "Jews": ("wayahudi", "myahudi"),
    "Hindus": ("wahindu", "mhindu"),
    "Shia": ("washia", "mashia"),
    "Sunni": ("wasunni", "masunni"),
    "Arabs": ("waarabu", "mwarabu"),
    "Africans": ("waafrika", "mwafrika"),
    "Black people": ("watu weusi",),
    "Asians": ("wahindi", "mhindi", "wachina", "mchina", "waasia"),
    "migrants": ("wahamiaji", "mhamiaji", "wahamiaji haramu"),
    "refugees": ("wakimbizi", "mkimbizi", "wanaotafuta hifadhi"),
    "foreigners": ("wageni", "raia wa kigeni"),
    "women": ("wanawake", "mwanamke"),
    "gay people": ("mashoga", "wasagaji", "msagaji", "wapenzi wa jinsia moja"),
    "trans people": ("waliobadili jinsia",),
    "disabled people": ("walemavu", "mlemavu", "watu wenye ulemavu"),
    "informants": ("wasaliti", "msaliti", "vibaraka", "kibaraka"),
    "the military": ("wanajeshi", "jeshi la serikali"),
}
# Tigrinya forms, matched inside words like Amharic's. "ስደተኛታት" is both migrants and
# refugees; it is listed as refugees. "ትግሬ" (above) is also Eritrea's Tigre people.
_TIGRINYA = {
    "Tigrayans": ("ተጋሩ", "ትግራዋይ", "ትግራወይቲ", "ህዝቢ ትግራይ"),
    "Amhara": ("ኣምሓሩ", "ኣምሓራ", "አምሓራ", "ኣማራ"),
    "Oromo": ("ኦሮሞታት",),
    "Eritreans": ("ኤርትራውያን", "ኤርትራዊ", "ኤርትራዊት", "ህዝቢ ኤርትራ"),
    "Afar": ("ዓፋር", "ኣፋር", "አፋር"),
    "Irob": ("ኢሮብ", "ኢሮባውያን"),
    "Kunama": ("ኩናማ", "ኹናማ", "ኵናማ"),
    "Muslims": ("ኣስላም", "እስላም", "ሙስሊም", "ምስሊም"),
    "Christians": ("ክርስትያን", "ክርስቲያን"),
    "refugees": ("ስደተኛ", "ዑቕባ ሓተትቲ"),
    "migrants": ("ፈለስቲ",),
    "women": ("ደቀንስትዮ", "ደቂ ኣንስትዮ", "ኣንስተይቲ"),
}
# Hausa forms, with the slurs the groups are called by ("inyamurai" for the Igbo, "munshi" for
# the Tiv). "mata" (women) is also Spanish "kills", and "nasara" (Christians) also "victory":
# both left out.
_HAUSA = {
    "Fulani": ("filani", "bafillace", "bafulatani", "fulanin daji"),
    "Hausa": ("hausawa", "bahaushe", "bahaushiya", "hausa-fulani"),
    "Igbo": ("inyamurai", "inyamiri", "nyamiri"),
    "Yoruba": ("yarabawa", "yarbawa", "bayarabe", "bayerabe"),
    "Berom": ("biromawa",),
    "Tiv": ("tibabe", "munshi"),
    "Christians": ("kiristoci", "kirista", "kiristocin"),
    "Muslims": ("musulmi", "musulmai", "musulman"),
    "Shia": ("yan shi'a", "yan shia", "yan zakzaky"),
    "refugees": ("yan gudun hijira", "masu gudun hijira"),
    "migrants": ("bakin haure", "yan ci rani"),
    "women": ("yan mata",),
}
# Somali forms. Left out: the country names ("kenya", "itoobiya"), "bantu" (English too),
# and the slurs "gaalo" (infidels) and "addoon" (slaves), which the lexicon has as
# dehumanising words.
_SOMALI = {
    "Christians": ("masiixiyiin", "masiixi", "kiristaan", "kirishtaan"),
    "refugees": ("qaxooti", "qaxootiga", "qaxootiyaal", "qaxootiyaasha"),
    "migrants": ("muhaajiriin", "muhaajiriinta", "tahriibayaal", "soogalooti"),
    "women": ("haween", "haweenka", "dumar", "dumarka", "naago"),
}
# Kinyarwanda forms ("aba-" the people, "umu-" one of them). "inyenzi", the slur for the
# Tutsi, is listed above; "interahamwe" names a militia, not a people, and is left out.
_KINYARWANDA = {
    "Tutsi": ("abatutsi", "umututsi"),
    "Hutu": ("abahutu", "umuhutu"),
    "Twa": ("abatwa", "umutwa"),
    "Banyamulenge": ("abanyamulenge", "umunyamulenge"),
    "Rwandophones": ("abavuga ikinyarwanda",),
    "Muslims": ("abayisilamu", "umuyisilamu", "abisilamu"),
    "Christians": ("abakirisitu", "umukirisitu", "abakristu", "umukristu"),
    "refugees": ("impunzi", "abahungiye"),
    "migrants": ("abimukira", "umwimukira"),
    "women": ("abagore", "umugore", "abategarugori"),
}
# Francophone Africa: the Sahel's and Lake Chad's peoples, Cameroon's Anglophones and
# Bamiléké, Guinea's and Côte d'Ivoire's, the eastern DR Congo's Nande and Luba, and the
# regional labels of Ivorian and Chadian politics ("nordistes"), with French forms of the
# groups above ("haoussa", "foulbé", "rwandais"; "les hema", since Swahili "hema" is a tent).
_FRANCOPHONE = {
    "Fulani": ("foulbe", "foulani", "fulbes", "fulas"),
    "Hausa": ("haoussa", "haoussas"),
    "Hema": ("les hema",),
    "Rwandophones": ("rwandais",),
    "Mossi": ("mossi", "mossis"),
    "Dogon": ("dogon", "dogons"),
    "Bambara": ("bambara", "bambaras", "bamanan"),
    "Songhai": ("songhai", "songhay", "sonrhai", "songhais"),
    "Tuareg": ("touareg", "touaregs", "tuareg", "tuaregs", "tamasheq", "kel tamasheq"),
    "Kanuri": ("kanouri", "kanuri", "kanouris", "kanuris"),
    "Bamileke": ("bamileke", "bamilekes"),
    "Anglophones": ("anglophones", "ambazoniens", "ambazonians"),
    "Malinke": ("malinke", "malinkes", "mandingues", "mandinka", "mandinkas"),
    "Susu": ("soussou", "soussous"),
    "Dioula": ("dioula", "dioulas"),
    "Gbaya": ("gbaya", "gbayas"),
    "Nande": ("nande", "banande", "wanande"),
    "Luba": ("baluba", "balubas"),
    "Northerners": ("nordistes",),
    "Southerners": ("sudistes",),
    "non-natives": ("allogenes", "allochtones"),
}
# Latin America and the Portuguese-speaking countries: migrants named by nationality
# ("venecos", a slur), Indigenous peoples, Bolivia's "collas" and "cambas", Brazil's
# "nordestinos" and "quilombolas", Mozambique's Makua and Makonde, Angola's Bakongo.
_LATIN_LUSOPHONE = {
    "Venezuelans": ("venezolanos", "venezolano", "venezuelanos", "venezuelano", "venecos"),
    "Haitians": ("haitianos", "haitiano", "haitiens"),
    "Hondurans": ("hondurenos",),
    "Guatemalans": ("guatemaltecos",),
    "Nicaraguans": ("nicaraguenses", "nicas"),
    "Colombians": ("colombianos",),
    "Indigenous peoples": ("indigenas", "indios", "indio", "indigenous people", "povos indigenas"),
    "Mapuche": ("mapuches", "mapuche"),
    "highland Bolivians": ("collas",),
    "lowland Bolivians": ("cambas",),
    "northeastern Brazilians": ("nordestinos", "nordestino"),
    "Quilombolas": ("quilombolas", "quilombola"),
    "Makua": ("macuas", "macua", "makua"),
    "Makonde": ("macondes", "maconde", "makonde"),
    "Bakongo": ("bakongos", "bakongo"),
    "Zimbabweans": ("zimbabueanos", "zimbabweans"),
    "Evangelicals": ("evangelicos", "evangelicals"),
    "gay people": ("maricones", "viados", "viado", "maricas"),
    "trans people": ("travestis",),
    "Catholics": ("catolicos",),
    "Peruvians": ("peruanos",),
    "Bolivians": ("bolivianos",),
    "Brazilians": ("brasileiros", "brasilenos"),
    "Angolans": ("angolanos",),
    "Maya": ("mayas",),
    "Afro-descendants": ("afrodescendientes", "afrodescendentes", "negros"),
    "Roma": ("ciganos",),
    "Muslims": ("moros",),
    "coca growers": ("cocaleros",),
    "favela residents": ("favelados", "favelado"),
    "leftists": ("zurdos", "comunistas"),
    "Changana": ("changanas",),
    "Bijago": ("bijagos",),
    "Ovimbundu": ("bailundos", "ovimbundu"),
}
_ETHIOPIANS_KENYANS = {
    "Ethiopians": ("ethiopians", "itoobiyaan", "itoobiyaanka", "xabashi", "xabashida"),
    "Kenyans": ("kenyans", "kenyaan", "kenyaanka", "kiinyaan"),
    "Congolese": ("congolese", "congolais", "abanyekongo", "umunyekongo", "abakongomani",
                  "umukongomani"),
    "Burundians": ("burundians", "burundais", "abarundi", "umurundi", "abanyaburundi"),
}
def _merged(*tables: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """One table: each group's forms from every table, in the tables' order, each form once."""
    out: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for name, forms in table.items():
            out[name] = tuple(dict.fromkeys(out.get(name, ()) + forms))
    return out


GROUPS = _merged(
    GROUPS, _ETHIOPIANS_KENYANS, _SWAHILI, _TIGRINYA, _HAUSA, _SOMALI, _KINYARWANDA,
    _FRANCOPHONE, _LATIN_LUSOPHONE,
)


@dataclass(frozen=True)
class GroupMention:
    canonical: str
    surface: str
    start: int
    end: int


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(canonical, mixed_phrase_pattern(forms)) for canonical, forms in GROUPS.items()]


_PATTERNS = _patterns()
# Phrases in which a group's name is an everyday word: Arabic "على الفور", at once.
_NOT_GROUPS = re.compile("على الفور|علي الفور")
_ARTICLE = re.compile(r"(?:\bthe|\bles|\bla|\bles|\blos|\blas|\bos|\bas|\bdes)\s+$", re.I)


def find_groups(text: str, folded: str | None = None) -> list[GroupMention]:
    """Every listed group named in the text, with offsets, in order of appearance.

    A preceding article is kept in the surface form ("the Tutsi"), as an analyst would quote it.
    """
    folded = folded if folded is not None else fold(text)
    mentions = []
    for canonical, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            article = _ARTICLE.search(text[max(0, start - 5) : start])
            if article:
                start -= len(article.group())
            mentions.append(GroupMention(canonical, text[start:end], start, end))
    idioms = [m.span() for m in _NOT_GROUPS.finditer(folded)]
    mentions = [m for m in mentions if not any(a < m.end and m.start < b for a, b in idioms)]
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[GroupMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
