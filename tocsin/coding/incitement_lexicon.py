"""Words and phrases of incitement, threat and dehumanisation, per language.

Three kinds of cue, after the Amharic TRAC 2024 severity guideline and the HateCheck
functionalities (calls to violence and threats at the top, then likening a group to vermin,
animals, disease or filth):

* ``calls`` - a call or wish for violence against a group ("exterminate", "should all be
  killed", "mort aux"); a plain past-tense report of violence ("gunmen killed five") is *not* a
  call, so English verbs only count after a modal, an imperative or "death to".
* ``threats`` - a speaker's own threat ("I will kill", "your days are numbered").
* ``dehumanising`` - vermin, animal, disease and filth words used of people.

Latin-script languages are matched on word boundaries; Arabic, Amharic (Ethiopic) and Burmese
on substrings, because those scripts fuse affixes onto the stem (Arabic "فاقتلوهم" holds
"اقتلوهم"). Burmese entries are the wish-of-death formulas typical of Facebook curses ("may
they die a bad death"), which is how lethal speech is mostly written there.
"""

from __future__ import annotations

from dataclasses import dataclass

_VIOLENT_VERBS = (
    r"(?:kill|exterminate|eliminate|slaughter|massacre|wipe out|wipe them out|cleanse|annihilate|"
    r"eradicate|butcher|hang|shoot|burn|behead|gas|lynch|destroy|purge|get rid of|execute|"
    r"murder|stab|bomb|rape|cut (?:their|the) throats?|drive (?:them )?out|finish (?:them )?off|"
    r"beat up|fuck up|punch|run over|attack|torture|"
    # emoji written in place of the verb ("I am going to 🔪 ...", HatemojiCheck's verb swaps)
    r"🔪|🗡️?|💣|🔫|👊🏻|👊🏼|👊🏽|👊🏾|👊🏿|👊|🪓|🔥|⚔️?)"
)
_PASSIVE = (
    r"(?:killed|exterminated|eliminated|slaughtered|massacred|wiped out|cleansed|annihilated|"
    r"eradicated|butchered|hanged|hung|shot|burned|burnt|beheaded|gassed|lynched|destroyed|"
    r"purged|executed|murdered|stabbed|bombed|put down|wiped off the (?:face of the earth|map))"
)
_MODAL = (
    r"(?:should|must|need to|needs to|have to|has to|ought to|deserve to|deserves to|"
    r"let's|let us|time to|it's time to|we (?:will|shall|must|should|need to|have to)|"
    r"(?:we|i) (?:are|am|'m|'re) (?:going to|gonna)|i (?:will|shall|want to|wanna|wanted to)|"
    r"i'll|we'll|gonna|going to|would love to|(?:someone|somebody) (?:should|would)|"
    r"who wants to|can't wait to|cannot wait to|so i can|let's go|lets|love to)"
)

EN_CALLS = (
    rf"\b{_MODAL}\s+(?:\w+\s+){{0,2}}?{_VIOLENT_VERBS}(?!\w)",
    rf"\b(?:should|must|need to|needs to|deserve to|deserves to|ought to|have to|has to|"
    rf"will|to)\s+(?:all\s+|each\s+|every one\s+)?be\s+{_PASSIVE}\b",
    rf"(?:^|[.!?,;:]\s*){_VIOLENT_VERBS}\s+(?:all|them|every|the|these|those|each|some)\b",
    rf"(?<!\w){_VIOLENT_VERBS}\s*(?:them\s+)?all\b",
    r"\bdeath to\b",
    r"\b(?:deserve|deserves|should|must|ought to|need to|needs to) (?:to )?(?:die|be dead|burn)\b",
    r"\bbetter off dead\b",
    r"\bfinal solution\b",
    r"\b(?:exterminate|exterminating|extermination of|annihilate|eradicate|cleanse the land of)\b",
)
EN_THREATS = (
    r"\byour days are numbered\b",
    r"\bwe know where you live\b",
    r"\byou (?:will|'ll|are going to|are gonna) (?:all )?(?:die|pay|bleed|regret)\b",
    r"\bwatch your back\b",
    r"\b(?:i|we) (?:will|'ll|am going to|are going to) (?:hunt|come for|find) (?:you|them)\b",
)
EN_DEHUMANISING = (
    "vermin", "cockroach", "cockroaches", "snake", "snakes", "rat", "rats", "parasite",
    "parasites", "lice", "louse", "leech", "leeches", "insect", "insects", "bugs", "pest",
    "pests", "infestation", "plague", "disease", "cancer", "tumour", "tumor", "virus",
    "scum", "filth", "filthy animals", "animals", "beasts", "savages", "subhuman",
    "sub-human", "subhumans", "untermenschen", "pigs", "swine", "dogs", "monkeys", "apes",
    "baboons", "maggots", "worms", "cockroach-like", "garbage", "trash", "rubbish",
    "inyenzi", "germs", "locusts", "termites", "weeds", "primates", "animal", "rodents",
    "infest", "infesting", "infested", "breed like rabbits", "breed like rats", "bloodsuckers",
    "blood sucking", "cattle", "creatures", "demons",
)

FR_CALLS = (
    r"\b(?:il faut|faut|on doit|nous devons|on va|allons|je vais|nous allons)\s+(?:\w+\s+){0,2}?"
    r"(?:tuer|exterminer|eliminer|massacrer|egorger|bruler|pendre|fusiller|nettoyer|"
    r"eradiquer|abattre|liquider|virer|chasser|buter|degager)\b",
    r"\b(?:doivent|devraient|meritent de)\s+(?:tous\s+|toutes\s+)?(?:etre\s+)?"
    r"(?:tues|exterminees?|exterminés|elimines|massacres|egorges|brules|pendus|fusilles|mourir|crever)\b",
    r"\bmort aux?\b", r"\ba mort les\b", r"\bexterminer\b", r"\bextermination\b",
    r"\bnettoyage ethnique\b", r"\bsolution finale\b",
    r"(?:^|[.!?,;:]\s*)(?:tuez|exterminez|egorgez|brulez|massacrez|eliminez)\b",
)
FR_DEHUMANISING = (
    "vermine", "cafards", "cafard", "rats", "serpents", "serpent", "parasites", "poux",
    "insectes", "cancer", "peste", "virus", "sous-hommes", "sous-homme", "animaux", "betes",
    "porcs", "chiens", "singes", "macaques", "sauvages", "ordures", "racaille", "vermines",
    "cancrelats", "microbes", "sangsues",
)
ES_PT_CALLS = (
    r"\b(?:hay que|hay q|tenemos que|vamos a|temos que|vamos|devemos|hay que)\s+(?:\w+\s+){0,2}?"
    r"(?:matar|exterminar|eliminar|masacrar|quemar|fusilar|ahorcar|limpiar|queimar|enforcar|"
    r"fuzilar|erradicar|acabar con|acabar com)\b",
    r"\b(?:muerte a|morte aos?|morte as?)\b", r"\bexterminar\b", r"\bexterminio\b",
    r"\bexterminio\b", r"\blimpieza etnica\b", r"\blimpeza etnica\b",
    r"\b(?:merecen|merecem|deben|devem)\s+"
    r"(?:morir|morrer|ser (?:exterminados|eliminados|mortos))\b",
)
ES_PT_DEHUMANISING = (
    "cucarachas", "alimañas", "alimanas", "ratas", "parasitos", "serpientes", "plaga", "cancer",
    "animales", "bestias", "cerdos", "perros", "monos", "baratas", "ratos", "vermes",
    "parasitas", "cobras", "praga", "animais", "porcos", "cachorros", "macacos", "escoria",
    "escória", "lixo", "basura", "infrahumanos", "sub-humanos",
)
AR_CALLS = (
    "اقتلوا", "اقتلوهم", "اقتلوه", "ابيدوا", "ابيدوهم", "اذبحوا", "اذبحوهم", "احرقوا", "احرقوهم",
    "الموت لل", "الموت ل", "ابادة", "ابادتهم", "تطهير", "يجب قتل", "لازم نقتل", "لازم يموتون",
    "يستحقون الموت", "يجب ابادة", "اسحقوهم", "طهروا", "اطردوهم",
)
AR_DEHUMANISING = (
    "حشرات", "صراصير", "صرصور", "جرذان", "فئران", "ثعابين", "افاعي", "سرطان", "طاعون", "وباء",
    "كلاب", "خنازير", "قردة", "حيوانات", "بهائم", "طفيليات", "قمل", "حثالة", "اوساخ", "قذارة",
)
AM_CALLS = (
    "ግደሉ", "ግደሏቸው", "ግደላቸው", "ይገደሉ", "ይጥፉ", "አጥፉ", "አጥፏቸው", "ጨፍጭፉ", "ጭፍጨፋ",
    "ጨርሷቸው", "ጨርሱ", "ይጨፍጨፉ", "መጨፍጨፍ", "እንግደል", "ይገደል", "እረዱ", "አርዱ", "ይታረዱ",
    "ዘር ማጥፋት", "ማጥፋት አለብን", "መጥፋት አለባቸው", "ይውደሙ", "ይቃጠሉ",
    "ማጽዳት", "አጽዱ", "ሞት ለ", "ይሙቱ", "መሞት አለባቸው", "ማጥፋት",
)
AM_DEHUMANISING = (
    "ውሻ", "ውሾች", "አህያ", "አህዮች", "አሳማ", "ዝንጀሮ", "እባብ", "በረሮ", "ተባይ", "ካንሰር",
    "ነቀርሳ", "ጭራቅ", "አውሬ", "ቅማል", "ሰይጣን", "በሽታ", "ቆሻሻ", "ጅብ", "ከብት",
)
MY_CALLS = (
    "သေပါစေ", "သေကြပါစေ", "အသေဆိုး", "သေရမှာ", "သေသွားရမှာ", "သေစေ", "သတ်ပစ်", "သတ်ပါ",
    "သတ်ရမယ်", "သတ်သင့်", "မီးရှို့", "ရှင်းပစ်", "အမြစ်ပြတ်", "ငရဲ", "ကျိန်စာ", "ကျိန်ဆို",
    "ကာလနာ", "တန်ပြန်ခံရ", "မြန်မြန်သေ", "အမြန်သေ", "သေချင်းဆိုး", "ကျဆုံးပါစေ",
)
MY_DEHUMANISING = (
    "ခွေး", "ဝက်", "မျောက်", "မြွေ", "ပိုးမွှား", "ကင်ဆာ", "တိရစ္ဆာန်", "ကြွက်", "ပိုးဟပ်",
)
# Weapon emoji count as calls only in the verb position (see _VIOLENT_VERBS); alone they are
# as often jokes ("you are the 💣") as threats.
EMOJI_CALLS = ("⚰️ for all", "🪦 for all")
EMOJI_DEHUMANISING = ("🐀", "🐁", "🐍", "🪳", "🐷", "🐖", "🐒", "🐵", "🦍", "🦠", "🐛", "🐜",
                      "🦟", "🪱", "🐗", "🐕", "🐶", "🦧", "💩", "🗑")


@dataclass(frozen=True)
class Lexicon:
    """The cues of one language; ``regex`` entries are regular expressions on folded text."""

    language: str
    calls: tuple[str, ...]
    threats: tuple[str, ...] = ()
    dehumanising: tuple[str, ...] = ()
    regex: bool = False
    word_boundaries: bool = True


LEXICONS: tuple[Lexicon, ...] = (
    Lexicon("en", EN_CALLS, EN_THREATS, EN_DEHUMANISING, regex=True),
    Lexicon("fr", FR_CALLS, (), FR_DEHUMANISING, regex=True),
    Lexicon("es/pt", ES_PT_CALLS, (), ES_PT_DEHUMANISING, regex=True),
    Lexicon("ar", AR_CALLS, (), AR_DEHUMANISING, word_boundaries=False),
    Lexicon("am", AM_CALLS, (), AM_DEHUMANISING, word_boundaries=False),
    Lexicon("my", MY_CALLS, (), MY_DEHUMANISING, word_boundaries=False),
    Lexicon("emoji", EMOJI_CALLS, (), EMOJI_DEHUMANISING, word_boundaries=False),
)
