"""Words and phrases of incitement, threat and dehumanisation, per language.

Three kinds of cue, after the Amharic TRAC 2024 severity guideline and the HateCheck
functionalities (calls to violence and threats at the top, then likening a group to vermin,
animals, disease or filth):

* ``calls`` - a call or wish for violence against a group ("exterminate", "should all be
  killed", "mort aux"); a plain past-tense report of violence ("gunmen killed five") is *not* a
  call, so English verbs only count after a modal, an imperative or "death to".
* ``threats`` - a speaker's own threat ("I will kill", "your days are numbered").
* ``dehumanising`` - vermin, animal, disease and filth words used of people.

Latin-script languages are matched on word boundaries; Arabic, Amharic and Tigrinya (Ethiopic)
and Burmese on substrings, because those scripts fuse affixes onto the stem (Arabic "فاقتلوهم" holds
"اقتلوهم"). Burmese entries are the wish-of-death formulas typical of Facebook curses ("may
they die a bad death"), which is how lethal speech is mostly written there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VIOLENT_VERBS = (
    r"(?:kill|exterminate|eliminate|slaughter|massacre|wipe out|wipe them out|cleanse|annihilate|"
    r"eradicate|butcher|hang|shoot|burn|behead|gas|lynch|destroy|purge|get rid of|execute|"
    r"murder|stab|bomb|rape|cut (?:their|the) throats?|drive (?:them )?out|finish (?:them )?off|"
    r"beat up|fuck up|punch|run over|attack|torture|clear them out|"
    r"chase them (?:out|away|back|off)|push them (?:back|out)|sweep them (?:away|out)|"
    # emoji written in place of the verb ("I am going to 🔪 ...", HatemojiCheck's verb swaps)
    r"🔪|🗡️?|💣|🔫|👊🏻|👊🏼|👊🏽|👊🏾|👊🏿|👊|🪓|🔥|⚔️?)"
)
# Words between a modal and its verb ("we must *all* kill", "il faut *les* tuer"), but never a
# negation: "we must not kill the X", "on doit pas tuer" (SMS French drops "ne"), "vamos a no
# matar" forbid the act, and a negation inside the cue is not seen by the coder's check of
# the words before it.
_FILLER = (
    r"(?:(?!(?:not|never|no|nor|pas|jamais|plus|nunca|nao|jamas|ni|kamwe|hapana)\b)\w+\s+)"
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
# What the speaker vows to have done ("until we have killed / driven out ..."); the past of
# a report ("until we had killed") is left out.
_DONE = (
    rf"(?:{_PASSIVE}|driven (?:them )?out|chased (?:them )?(?:out|away)|"
    r"finished (?:them )?off|got rid of|gotten rid of)"
)
# The speaker's own vows, which the negation check must not read as negated: "we will not
# rest until we kill the X", and litotes, "we will not hesitate to kill", "nous n'hésiterons
# pas à tuer", "no dudaremos en matar", "não hesitaremos em matar". The verb after "until" is
# present or perfect: a goal, not an account. Only the first person (and, in French, Spanish
# and Portuguese, the imperative) counts: "the army will not hesitate to shoot looters" is
# an authority's warning, as "the army will shoot" is no call.
_VOWS = (
    rf"\buntil\s+(?:we|i)\s+(?:(?:have|'ve)\s+(?:all\s+)?{_DONE}|{_VIOLENT_VERBS})(?!\w)",
    rf"\b(?:we|i)\b[^.!?,;:]{{0,12}}?(?:\bnot|\bnever|n['’]t)\s+hesitate\s+to\s+"
    rf"{_FILLER}{{0,2}}?{_VIOLENT_VERBS}(?!\w)",
)

EN_CALLS = (
    rf"\b{_MODAL}\s+{_FILLER}{{0,2}}?{_VIOLENT_VERBS}(?!\w)",
    *_VOWS,
    rf"\b(?:should|must|need to|needs to|deserve to|deserves to|ought to|have to|has to|"
    rf"will|to)\s+(?:all\s+|each\s+|every one\s+)?be\s+{_PASSIVE}\b",
    rf"(?:^|[.!?,;:]\s*){_VIOLENT_VERBS}\s+(?:all|them|every|the|these|those|each|some)\b",
    rf"(?<!\w){_VIOLENT_VERBS}\s*(?:them\s+)?all\b",
    r"\bdeath to\b",
    r"\b(?:deserve|deserves|should|must|ought to|need to|needs to) (?:to )?(?:die|be dead|burn)\b",
    r"\bbetter off dead\b",
    r"\bfinal solution\b",
    r"\b(?:exterminate|exterminating|extermination of|annihilate|eradicate|cleanse the land of)\b",
    # "leave none alive", the order of massacres (Rwanda's radio said it), and its variants;
    # "we will not spare any effort" is left out
    r"\b(?:leave|let)\s+(?:none|no one|nobody|not (?:a single )?one)(?:\s+of them)?\s+"
    r"(?:alive|breathing|standing)\b",
    r"\bdon'?t leave a single one(?:\s+of them)?\s+(?:alive|breathing|standing)\b",
    r"\b(?:not|never)\s+spare\s+(?:a single one|a single soul|any of them|one of them)\b",
    r"\bspare\s+(?:none|no one|nobody)\b",
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
    "blood sucking", "cattle", "creatures", "demons", "abid",
)

# French as written in the Sahel, Central Africa and on phones: "il faut / faudra / on va /
# qu'on ...", imperatives with their pronoun anywhere ("chassez-les", "tuez-les tous"), SMS
# spellings ("faut les finir", "ts", "tt"), "none of them must remain". "tout" as the object
# ("on va tout brûler") is a party or a riot, not a group.
_FR_VERBS = (
    r"tuer|exterminer|eliminer|massacrer|egorger|bruler|pendre|fusiller|nettoyer|eradiquer|"
    r"abattre|liquider|virer|chasser|buter|degager|finir|decouper|couper|decapiter|balayer|"
    r"expulser|bruler vifs?|raser"
)
FR_CALLS = (
    r"\b(?:il faut|faut|il faudra|faudra|il faudrait|faudrait|on doit|nous devons|on va|"
    r"on ira|allons|je vais|nous allons|on peut|qu'on|doit|doivent)\s+(?!tout\s)"
    + _FILLER + r"{0,2}?(?:" + _FR_VERBS + r")\b",
    r"\b(?:doit|doivent|devraient|meritent de)\s+(?:tous\s+|toutes\s+|tt\s+|ts\s+)?"
    r"(?:etre\s+)?(?:tues|exterminees?|exterminés|elimines|massacres|egorges|brules|pendus|"
    r"fusilles|chasses|expulses|mourir|crever|disparaitre)\b",
    r"\bmort aux\b", r"\bmort a (?:ces|cette|ce|tous|toutes)\b", r"(?:^|[.!?;:]\s*)mort a\b",
    r"\ba mort les\b", r"\bexterminer\b", r"\bextermination\b",
    r"\bnettoyage ethnique\b", r"\bsolution finale\b",
    r"(?:^|[.!?,;:]\s*)(?:tuez|exterminez|egorgez|brulez|massacrez|eliminez)\b",
    r"\b(?:tuez|exterminez|egorgez|brulez|massacrez|eliminez|chassez|balayez|decoupez|"
    r"decapitez|abattez|butez|pendez|finissez)[- ](?:les|leur|tous|toutes|ces|ce|cette)\b",
    r"\b(?:pas un seul|pas une seule|aucun|aucune)\b[^.!?]{0,40}?\bne doit (?:rester|survivre|"
    r"vivre|echapper)\b",
    # litotes: "nous n'hésiterons pas à (les) tuer"
    rf"\b(?:nous\s+n['’]\s*hesiterons|on\s+n['’]\s*hesitera|je\s+n['’]\s*hesiterai|"
    rf"n['’]\s*hesitez|n['’]\s*hesitons)\s+(?:pas|jamais|plus)\s+a\s+{_FILLER}{{0,2}}?"
    rf"(?:{_FR_VERBS})\b",
)
# "on les (jette | égorgera ...)": the speaker's own threat, present or future; "vous allez
# (tous) payer", "vos jours sont comptés".
FR_THREATS = (
    r"\bon (?:les|vous) (?:jette|jettera|tue|tuera|brule|brulera|egorge|egorgera|massacre|"
    r"massacrera|chasse|chassera|extermine|exterminera|decoupe|decoupera|finira|aura)\b",
    r"\bvous (?:allez|aller) (?:tous |toutes |tt |ts )?(?:payer|mourir|crever|regretter|saigner)\b",
    r"\bvous (?:paierez|payerez|mourrez|crev(?:e|er)ez)\b", r"\bvos jours sont comptes\b",
    r"\bon sait ou vous (?:habitez|dormez)\b",
)
FR_DEHUMANISING = (
    "vermine", "cafards", "cafard", "rats", "serpents", "serpent", "parasites", "poux",
    "insectes", "cancer", "peste", "virus", "sous-hommes", "sous-homme", "animaux", "betes",
    "porcs", "chiens", "singes", "macaques", "sauvages", "ordures", "racaille", "vermines",
    "cancrelats", "microbes", "sangsues", "maladie", "hyenes", "chacals", "termites",
    "punaises", "sauterelles",
)
# Spanish and Portuguese as posted in Latin America, Mozambique and Angola: "hay q / tem que /
# bora ...", verbs with their pronoun joined ("exterminarlos", "expulsá-los"), imperatives
# ("mátenlos", "matem todos"), "que no quede ninguno", "leva bala", and social-cleansing
# slogans ("limpieza social", "bandido bom é bandido morto").
_ES_PT_VERBS = (
    r"matar|exterminar|eliminar|masacrar|quemar|queimar|fusilar|fuzilar|ahorcar|enforcar|"
    r"colgar|erradicar|limpiar|limpar|acabar con|acabar com|sacar|expulsar|correr|borrar|"
    r"degollar|decapitar|desaparecer|passar o rodo|passar o trator|echar|tirar|cazar|cacar|"
    r"fumigar|dedetizar|esmagar|tacar fogo|quemar vivos|queimar vivos"
)
ES_PT_CALLS = (
    r"\b(?:hay que|hay q|tenemos que|tenemos q|vamos a|vamos|temos que|temos de|tem que|tem q|"
    r"tem de|devemos|deben|bora|hay que hacer con \w+ \w+ lo que hizo \w+,?)\s+"
    + _FILLER + r"{0,2}?"
    r"(?:" + _ES_PT_VERBS + r")(?:-?(?:los|las|lo|la|les|os|as))?\b",
    # litotes: "no dudaremos en matar", "não hesitaremos em matar"
    rf"\b(?:no|nao)\s+(?:dud|vacil|titube|hesit)(?:aremos|are|arei|amos|emos|en|em)\s+"
    rf"(?:en|em|a)\s+{_FILLER}{{0,2}}?(?:{_ES_PT_VERBS})(?:-?(?:los|las|lo|la|les|os|as))?\b",
    r"\b(?:muerte a (?:los|las|todos|esos|esas)|morte aos|morte as|morte a todos)\b",
    r"\bexterminar\b", r"\bexterminio\b", r"\blimpieza etnica\b", r"\blimpeza etnica\b",
    r"\blimpieza social\b", r"\blimpeza social\b",
    r"\b(?:merecen|merecem|deben|devem)\s+"
    r"(?:morir|morrer|ser (?:exterminados|eliminados|mortos))\b",
    r"\b(?:matenlos|maten|mátenlos|matem|matemos|quemenlos|queimem|saquenlos|expulsemlos)\b"
    r"(?:\s+(?:a\s+)?todos)?",
    r"\bque se mueran\b", r"\bque morram\b", r"\bdenles bala\b", r"\bdarles plomo\b",
    r"\bleva(?:r)? bala\b", r"\bque no quede (?:ninguno|uno)\b", r"\bno dejen ni uno\b",
    r"\bnao vai sobrar (?:um|nenhum)\b", r"\bno va a quedar ninguno\b",
    r"\bbandido bom e bandido morto\b", r"\bindio bom e indio morto\b",
    r"\bacabar com essa raca\b", r"\bfogo nas aldeias\b", r"\bborrarlos del mapa\b",
    r"\b(?:deberian|deveriam|deviam|tienen que|tem de ser|tem que ser)\s+(?:ser\s+)?"
    r"(?:desaparecer|morir|morrer|exterminad[oa]s|eliminad[oa]s|corrid[oa]s a tiro|"
    r"quemad[oa]s|queimad[oa]s|ahorcad[oa]s)\b",
    r"\bno merecen vivir\b", r"\bnao merecem viver\b", r"\bpena de muerte para todos\b",
    r"\bq(?:ue)? no quede nadie vivo\b", r"\b\w+ bom e \w+ morto\b",
    r"\b(?:ojala|tomara que) (?:los maten|les quemen|morram|mueran)\b",
    r"\blimpar essa raca\b", r"\b(?:echarlos|echar) al mar\b", r"\blos sacamos a machetazos\b",
    r"\bles damos machete\b", r"\blos tiramos de los aviones\b", r"\bbombardeen\b",
    r"\bapanhar ate morrer\b", r"\blevam porrada ate morrer\b",
)
# Threats: "les llegó su hora", "van a pagar todos", "chegou a hora dos ...", "lo matamos".
ES_PT_THREATS = (
    r"\bles llego su hora\b", r"\bchegou a hora d(?:os|as|e)\b", r"\bvamos por ellos\b",
    r"\b(?:van|vao) a? ?pagar todos\b", r"\b(?:van|vao) pagar todos\b",
    r"\b(?:lo|los) (?:matamos|sacamos muertos)\b", r"\bvai apanhar ate morrer\b",
    r"\b(?:los|las) (?:vamos a cazar|cazamos)\b", r"\bvamos cacar\b",
    r"\bsenao vai ter sangue\b", r"\bsi no va a haber sangre\b",
    r"\bse les (?:va a acabar|acabo) la fiesta\b", r"\btienen 24 horas\b",
)
ES_PT_DEHUMANISING = (
    "cucarachas", "alimañas", "alimanas", "ratas", "parasitos", "serpientes", "plaga", "cancer",
    "animales", "bestias", "cerdos", "perros", "monos", "baratas", "ratos", "vermes",
    "parasitas", "cobras", "praga", "animais", "porcos", "cachorros", "macacos", "escoria",
    "escória", "lixo", "basura", "infrahumanos", "sub-humanos", "enfermedad", "doenca",
    "verme", "bicho", "lixo humano", "uns ratos", "lacra", "peste", "cancro", "aberracao",
    "sabandijas",
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
# Sudanese Arabic, as the wars in Darfur and since 2023 are fought online: "ك" for "ق" ("اكتلوهم",
# kill them), "ح" for the future ("حنحرقكم", we will burn you), the army's and the RSF's slogans
# ("ما تجيبوهم حيين", don't bring them back alive; "امسح اكسح", wipe out, sweep away), "their
# blood is licit", "leave none of them", and wishes ("ربنا يبيد", may God exterminate). Past
# tenses ("كتلوهم", they killed them) are reports and left out.
AR_CALLS_SUDANESE = (
    "اكتلو", "ادبحوا", "ادبحوهم", "ما تجيبوهم حي", "ما تجيبوه حي", "ما تجيبو حي", "ماتجيبوهم حي",
    "اكسح", "اكسحوهم", "امسحوهم", "نمسحهم", "نكشحهم", "اكشحوهم", "يتكشحوا", "يتكشحو",
    "لازم يندبح", "لازم ينكتل", "لازم يموتو", "ربنا يبيد", "الله يبيد", "حنطهر", "نطهر البلد",
    "تتنضف منهم", "ننضفها منهم", "نضفها منهم", "تتنظف منهم", "ننظفها منهم", "دمو حلال",
    "دمه حلال", "دمهم حلال", "دماءهم حلال", "دماؤهم حلال", "ما نخلي فيهم", "ما نخلي منهم",
    "ما حيفضل منهم", "لا تبقوا منهم", "لا تتركوا منهم",
)
AR_THREATS = (
    "يومكم جاي", "ايامكم معدودة", "حنجيكم", "جايينكم", "حنحرقكم", "حنكتلكم", "حنبيدكم",
    "حنذبحكم", "حندبحكم", "سنقتلكم", "سنبيدكم", "سنحرقكم", "سنذبحكم", "نحرقها عليكم",
    "سنجعلكم عبرة",
)
# Likenings that are also everyday words ("جراد", locusts in a field; "عبيد", a man's name and
# "servants of"), matched as whole words and counted only when said of a group: "slaves" and
# "blacks" ("زرقة") are the Darfur war's slurs, "فلنقاي" (a lackey) its word for non-Arabs
# who side with the other camp.
AR_LIKENING = (
    "عبيد", "جراد", "وسخ", "نجسين", "انجاس", "نجس", "قرود", "ديدان", "جراثيم", "زبالة", "بهايم",
    "فلنقاي", "فلنقايات",
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
    "သတ်ရမယ်", "သတ်သင့်", "မီးရှို့ရမယ်", "မီးရှို့ရမည်", "မီးရှို့သင့်", "မီးရှို့ပစ်ရမယ်",
    "မီးရှို့ကြစို့", "ရှင်းပစ်", "အမြစ်ပြတ်", "ငရဲ", "ကျိန်စာ", "ကျိန်ဆို",
    "ကာလနာ", "တန်ပြန်ခံရ", "မြန်မြန်သေ", "အမြန်သေ", "သေချင်းဆိုး", "ကျဆုံးပါစေ",
)
MY_DEHUMANISING = (
    "ခွေး", "ဝက်", "မျောက်", "မြွေ", "ပိုးမွှား", "ကင်ဆာ", "တိရစ္ဆာန်", "ကြွက်", "ပိုးဟပ်",
)
# Tigrinya: imperative and jussive forms with the object fused ("ቕተልዎም", kill them; "ንሕረዶም",
# let us slaughter them), the speaker's own future ("ክንቐትለኩም", we will kill you), and the
# slurs of the Tigray war ("ጁንታ"). Left out: "ይውጽኡ" (let them leave), said of anyone leaving;
# "ባንዳ" (traitor), inside Amharic "ባንዳንድ" (some); "ከሓዲ" (traitor), an insult but no likening;
# "ክትከፍሉ ኢኹም" (you will pay) and "ክንመጸኩም ኢና" (we will come to you), said of fees and visits.
TI_CALLS = (
    "ቕተልዎም", "ቅተልዎም", "ቕተሎም", "ንቕተሎም", "ንቅተሎም", "ክቕተሉ ኣለዎም", "ክሞቱ ኣለዎም", "ይሙቱ", "ሕረድዎም",
    "ንሕረዶም", "ኣጽንትዎም", "ኣፅንትዎም", "ነጽንቶም", "ደምስስዎም", "ንደምስሶም", "ኣጥፍእዎም", "ነጥፍኦም", "ክጠፍኡ ኣለዎም",
    "ይጥፍኡ", "ኣጽርይዎም", "ነጽርዮም", "ኣንድድዎም", "ነንድዶም", "ስጐግዎም", "ስጎግዎም", "ንስጐጎም", "ክወጹ ኣለዎም",
    "ሞት ንዓኦም", "ሕነ ንፍዲ",
)
TI_THREATS = (
    "ክንቀትለኩም", "ክንቐትለኩም", "ክንሓርደኩም", "ክነጽንተኩም", "ክነጥፍኣኩም", "ክንድምስሰኩም", "ክንሰጉገኩም", "መዓልትኩም ተቖጺራ",
    "መዓልትኹም ተቖጺራ", "መዓልታትኩም ተቖጺረን", "ደምኩም ክፈስስ",
)
TI_DEHUMANISING = (
    "ጸራጺት", "ተመን", "ኣንጭዋ", "ከልቢ", "ኣኽላባት", "ዝብኢ", "ኣዛብእ", "ቃማል", "ቅማል", "መንሽሮ",
    "ሓሽላ", "ሰይጣን", "ኣጋንንቲ", "ጁንታ", "ሓሰኻ", "ኣራዊት",
)
# Tigrinya verbs carry subject, tense and object in one word, so beside the listed forms the
# lexicon gives their shapes: "we will (kill | slaughter | exterminate | destroy | burn) ..."
# ("ክንሓርዶም ኢና", "ከነንድዶ ኢና"), "we will finish you" ("ክንውድኣኩም ኢና"), "they must
# (perish | die | be killed | leave)" ("ክጠፍእ ኣለዎ", "ክውጽኡ ኣለዎም") and "not even one
# (of them) shall remain".
_TI_LETTERS = "[\u1200-\u135a]*"
_TI_FORMS_CALLS = (
    rf"(?:ክ|ከ)(?:ጠፍ|ሞቱ|ቕተሉ|ቅተሉ|ጸንቱ|ጽንቱ|ውጽኡ){_TI_LETTERS}\s+ኣለ(?:ዎም|ዎ|ወን|ዋ)",
)
_TI_FORMS_THREATS = (
    rf"(?:ክን|ከነ|ክነ)(?:ቐት|ቀት|ሓር|ሐር|ጸን|ጽን|ፀን|ፅን|ድምስ|ንድ){_TI_LETTERS}\s+ኢና",
    rf"ክንውድ{_TI_LETTERS}(?:ኩም|ኹም)\s+ኢና",
    r"ሓደ\s+እኳ[^።!?]{0,30}(?:ከይተርፍ|ኣይክተርፍን|ኣይተርፍን)",
)


def _literal(phrases: tuple[str, ...], whole_words: bool = False) -> tuple[str, ...]:
    """Plain phrases as regular expressions (any run of spaces between words), between word
    boundaries for a language written with spaces between words."""
    out = tuple(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return tuple(rf"(?<!\w){p}(?!\w)" for p in out) if whole_words else out


# Hausa: the subjunctive of exhortation ("mu kashe su", let us kill them; "a kore su", let them
# be driven out), "dole" (must), the future of a threat ("za mu kashe ku", we will kill you).
# The past of a report ("sun kashe su", they killed them) is not a call. Left out: "za ku
# gani" (you will see), "za mu same ku" (we will find you), said of anything.
HA_CALLS = (
    "mu kashe su", "ku kashe su", "a kashe su", "mu yanka su", "ku yanka su", "a yanka su",
    "mu ƙone su", "a ƙone su", "mu kone su", "a kone su", "mu kore su", "ku kore su",
    "a kore su", "dole a kore su", "dole su bar", "dole su fice", "mu share su", "a shafe su",
    "mu kawar da su", "a kawar da su", "dole a kawar da su", "mu hallaka su", "a hallaka su",
    "a ƙarar da su", "a karar da su", "kada a bar ko ɗaya", "kada a bar ko daya",
    "mu tashi mu kashe", "mutuwa ga",
)
HA_THREATS = (
    "za mu kashe ku", "zamu kashe ku", "za mu yanka ku", "zamu yanka ku", "za mu ƙone ku",
    "za mu kone ku", "za mu kore ku", "kwanakinku sun ƙare", "kwanakinku sun kare",
    "za mu ɗauki fansa", "za mu dauki fansa",
)
HA_DEHUMANISING = (
    "kyankyasai", "kyankyaso", "ɓeraye", "beraye", "macizai", "karnuka", "kuraye", "kwarkwata",
    "ciwon daji", "cutar daji", "shaiɗanu", "shaidanu", "arna", "kafirai", "kafiri", "aladu",
    "birai", "jakai", "ƙazamai", "kazamai",
)
# ... and their shapes: "let us / you (pl.) / let one (kill | slaughter | burn | drive out |
# wipe out) them / him" and "we will (kill | slaughter | burn | drive out | finish off) ...".
# "murkushe" (crush) is left out of the threats: "za mu murkushe su" is what fans say of
# Sunday's opponents.
_HA_VERBS = r"(?:kashe|yanka|kona|kone|kore|hallaka|kawar da|share|shafe|karar da)"
_HA_FORMS_CALLS = (rf"\b(?:mu|ku|a)\s+{_HA_VERBS}\s+(?:su|shi|ta)\b",)
_HA_FORMS_THREATS = (
    r"\b(?:za\s+mu|zamu|sai\s+mun)\s+(?:kashe|yanka|kona|kone|kore|hallaka|gama\s+da)\b",
)


# Somali: imperatives ("dila", kill!; "gowraca", slaughter!), "let us" ("aan dilno"), the
# jussive "ha la ..." (let them be ...), "waa in la ..." (they must be ...), and threats in
# the future ("waan idin dili doonnaa", we will kill you). Left out as said of anything:
# "nadiifiya" (clean!), "la dagaalama" (fight it!, of corruption as of people), "waad arki
# doontaan" (you will see), "waan idiin imaan doonnaa" (we will come to you).
SO_CALLS = (
    "dila", "aan dilno", "aynu dilno", "ha la dilo", "waa in la dilaa", "gowraca",
    "aan gowracno", "ha la gowraco", "waa in la gowracaa", "tirtira", "ha la tirtiro",
    "waa in la tirtiraa", "baabi'iya", "ha la baabi'iyo", "waa in la baabi'iyaa", "guba",
    "ha la gubo", "ka saara", "ha la eryo", "waa in la eryaa", "waa inay tagaan",
    "waa inay baxaan", "ha dhimaan", "ha dhinto", "hubka qaata", "dhiiggooda daadiya",
)
SO_THREATS = (
    "waan idin dili doonnaa", "waan idin gowraci doonnaa", "waan idin tirtiri doonnaa",
    "waan idin gubi doonnaa", "maalmihiinnu waa tirsan yihiin", "maalmihiinu way tirsan yihiin",
    "waxaad arki doontaan waxa dhaca", "idinka ayaa xiga", "dhiig ayaa daadan doona",
    "waan idinla dagaallami doonnaa",
)
SO_DEHUMANISING = (
    "baranbaro", "jiir", "jiirar", "masas", "abeeso", "eeyo", "dhurwaa", "dhurwaayo", "injir",
    "kansar", "doofaar", "doofaarro", "xayawaan", "bahallo", "shayaadiin", "gaalo", "murtad",
    "murtadiin", "addoon", "addoomo",
)
# ... and their shapes: the jussive "ha (la) <verb>" (let him kill, let them be driven out;
# the negative "ha dilin" ends otherwise) and "waan idin <verb> doonnaa" (we will <verb>
# you), for the verbs of killing, slaughter, burning, wiping out and driving out.
_SO_VERBS = r"(?:dil|gowrac|gub|tirtir|baabi'i|xasuuq|layn|saar|eryo|ery)"
_SO_FORMS_CALLS = (rf"\bha\s+(?:la\s+)?{_SO_VERBS}(?:o|aan|aa)\b",)
_SO_FORMS_THREATS = (
    r"\bwaan\s+idin\s+(?:dili|gowraci|tirtiri|gubi|dhammeyn|dhameyn|baabi'in|xasuuqi|layn)"
    r"\s+doon(?:naa|na)\b",
)


# Kinyarwanda: the object is inside the verb ("nimubice", kill them!; "tubatsembe", let us
# exterminate them; "tuzabica", we will kill them), so forms are listed whole; "muteme ibiti
# birebire" (cut the tall trees) is the 1994 radio's call to kill Tutsi. Left out as said of
# anything: "nibagende" (let them go), "mukore akazi" (do the work, the 1994 euphemism but
# ordinary speech), "tuzaza kubashaka" (we will come for you).
RW_CALLS = (
    "nimubice", "mubice", "tubice", "nimubatsembe", "tubatsembe", "mubatsembatsembe",
    "nimubamare", "tubamare", "nimubatwike", "tubatwike", "nimubirukane", "tubirukane",
    "mubirukane", "bagomba kwicwa", "bagomba gupfa", "bagomba kugenda", "bagomba kurimburwa",
    "bagomba gutsembwa", "nibapfe", "nibicwe", "nibatsembwe", "nibashire", "tubarimbure",
    "nimubarimbure", "muteme ibiti birebire", "tubakureho", "nimubakubite",
)
RW_THREATS = (
    "tuzabica", "tuzabatsemba", "tuzabamara", "tuzabatwika", "tuzabirukana", "tuzabaca imitwe",
    "iminsi yanyu irabaze", "muzabona ibizababaho", "muzapfa", "murapfa", "muzashira",
    "tuzabarimbura",
)
RW_DEHUMANISING = (
    "inyenzi", "inzoka", "ibyitso", "imbeba", "imbwa", "impyisi", "ibyonnyi", "kanseri",
    "icyorezo", "ibyatsi bibi", "abadayimoni", "amadayimoni", "shitani", "sekibi", "imyanda",
    "umwanda", "inyamaswa", "ibikoko", "ibisimba",
)
# Swahili. A call is an imperative, subjunctive or modal form, which shows in the verb:
#   tu-wa-u-e     "let us kill them"       (subjunctive 1pl with object -wa-: a call)
#   wa-u-e-ni     "kill them!"             (imperative plural with object: a call)
#   wa-u-aw-e     "they should be killed"  (passive subjunctive: a call)
#   wa-li-wa-u-a  "they killed them"       (indicative past: a report, never matched)
#   tu-ta-wa-u-a  "we will kill them"      (future 1pl: the speaker's own threat)
# The negative subjunctives "tusiwaue" and "msiwaue" ("let us not kill them") are not
# matched, because "si" sits between the subject and the object prefix.
# "-ba-" is the eastern-Congo (Kingwana) class-2 prefix ("tubaue").
#
# The verbs, each in its subjunctive (-e), imperative plural (-eni), passive subjunctive
# (-we) and infinitive or future (-a) forms, with the passive infinitive after it:
# kill, slaughter, chase out, drive out, burn, finish off, cut down, exterminate, burn up,
# hang, hack to pieces.
_SW_SUBJ = r"(?:ue|chinje|fukuze|furushe|chome|malize|fyeke|angamize|teketeze|nyonge|katekate)"
_SW_IMPER = (r"(?:ueni|chinjeni|fukuzeni|furusheni|chomeni|malizeni|fyekeni|angamizeni|"
          r"teketezeni|nyongeni|katekateni)")
_SW_PASS_SUBJ = (r"(?:uawe|uwawe|uliwe|chinjwe|fukuzwe|furushwe|chomwe|malizwe|fyekwe|"
              r"angamizwe|teketezwe|nyongwe|katwekatwe)")
_SW_INF = (r"(?:ua|chinja|fukuza|furusha|choma|maliza|fyeka|angamiza|teketeza|nyonga|"
        r"katakata)")
_SW_INF_PASS = (r"(?:uawa|uwawa|uliwa|chinjwa|fukuzwa|furushwa|chomwa moto|malizwa|fyekwa|"
             r"angamizwa|teketezwa|nyongwa|katwakatwa)")
# Verbs also used of jobs, schools, parties, injections and elections ("wafukuzwe kazi",
# be fired; "tutawamaliza kisiasa", we will finish them politically). After these words
# the verb is not a call.
_SW_NOT_VIOLENT = (
    r"(?!\s+(?:kazi|kazini|shule|shuleni|chuo|chama|chamani|bunge|bungeni|uanachama|"
    r"madarakani|ofisini|sindano|kisiasa|kwa kura|kwenye uchaguzi|katika uchaguzi|uwanjani|"
    r"mechi|mashindano)\b)"
)
_SW_MODAL = (
    r"(?:(?:ni\s+)?lazima|sharti|ni sharti|inabidi|inatubidi|inapaswa|tunapaswa|mnapaswa|"
    r"wanapaswa|wanastahili|yatupasa|ni wajibu wetu|wakati umefika wa|wakati umefika|"
    r"ni wakati wa|tuko tayari)"
)
_SW_CLAUSE_START = r"(?:^|[.!?,;:\"'«“]\s*)"

SW_CALLS: tuple[str, ...] = (
    # "tuwaue", "muwachinje", "tuwafukuze", "tubaue": let us (you pl.) kill / slaughter
    # / chase them
    rf"\b(?:tu|mu|m)(?:wa|ba){_SW_SUBJ}\b{_SW_NOT_VIOLENT}",
    # "waueni", "wachinjeni", "wafukuzeni": kill them! slaughter them! chase them out!
    rf"\b(?:wa|ba){_SW_IMPER}\b{_SW_NOT_VIOLENT}",
    # "wauawe", "auawe", "wachinjwe", "wafukuzwe", "wamalizwe", "wafyekwe": they should be ...
    rf"\b(?:wa|ba|a){_SW_PASS_SUBJ}\b{_SW_NOT_VIOLENT}",
    # singular imperative with object, opening a clause: "Waue!", "Wachinje wote"
    rf"{_SW_CLAUSE_START}(?:wa|ba){_SW_SUBJ}\b{_SW_NOT_VIOLENT}",
    # modal + infinitive: "ni lazima kuwaua", "inabidi kuwafukuza", "wanastahili kuuawa"
    rf"\b{_SW_MODAL}\s+{_FILLER}{{0,2}}?ku(?:wa|ba|m)?(?:{_SW_INF}|{_SW_INF_PASS})\b{_SW_NOT_VIOLENT}",
    # "lazima wafe", "wote wafe", "wafe wote", "waache wafe": they should die
    r"\b(?:(?:ni\s+)?lazima|sharti|wote|bora|waache|acha)\s+wafe\b",
    r"\bwafe\s+(?:wote|kama|kabisa)\b",
    r"\b(?:(?:ni\s+)?lazima|sharti)\s+afe\b",
    # expulsion: "lazima waondoke", "waondoke mara moja", "madoadoa warudi kwao"
    rf"\b{_SW_MODAL}\s+{_FILLER}{{0,2}}?waondoke\b",
    r"\bwote\s+waondoke\b",
    r"\bwaondoke\s+(?:wote|mara moja|haraka|kwetu|hapa)\b",
    r"\bwaondoke\s+(?:kwenye|katika|kutoka)\s+(?:ardhi|nchi|eneo|kaunti|mkoa)\s+"
    r"(?:yetu|letu)\b",
    rf"\b(?:{_SW_MODAL}|wote|waende|wafukuzwe|madoadoa|wageni|hawa)\s+(?:\w+\s+){{0,2}}?"
    r"warudi\s+kwao\b",
    r"\bwarudi\s+kwao\s+(?:wote|mara moja|haraka|sasa hivi)\b",
    rf"{_SW_CLAUSE_START}warudi\s+kwao\b",
    # "kifo kwa ..." (death to ...) only as a slogan: opening a clause or ending in "!".
    # The plain phrase is also "sentenced to death for ..." and "caused the death of ...".
    rf"{_SW_CLAUSE_START}(?:kifo|mauti)\s+kwa\b",
    r"\bkifo\s+kwa\s+(?:\w+\s+){0,2}?\w+\s*!",
    # cleansing: "tuwasafishe", "usafishaji wa kikabila", "tusafishe ... madoadoa",
    # "kuondoa madoadoa". "kusafisha" and "tusafishe" alone mean cleaning up litter.
    r"\btu(?:wa|ba)safishe\b",
    r"\b(?:usafishaji|kusafisha)\s+(?:wa\s+)?kikabila\b",
    r"\b(?:tu|ku)safish(?:e|a)\s+(?:\w+\s+){0,3}?(?:kutoka kwa|dhidi ya|madoadoa|mende|"
    r"kwekwe|wageni)\b",
    r"\b(?:ku|tu)?(?:wa|ba)?ondo(?:a|e|eni|lewe)\s+(?:\w+\s+){0,2}?(?:madoadoa|mende)\b",
    # "tuwapige risasi", "wapigwe mawe", "wakatwe vichwa"
    r"\b(?:(?:tu|mu)(?:wa|ba)pige|(?:wa|ba)pigeni|(?:wa|ba|a)pigwe)\s+"
    r"(?:risasi|mawe|mapanga|hadi wafe|mpaka wafe)\b",
    r"\b(?:(?:tu|mu)(?:wa|ba)kate|(?:wa|ba)kateni|(?:wa|ba|a)katwe)\s+(?:vichwa|shingo)\b",
    # "damu imwagike" (let blood be shed), "msiwaache hai" (leave none alive),
    # "hata mmoja asibaki" (let not one remain)
    r"\bdamu\s+imwagike\b",
    r"\b(?:msi|tusi|usi)(?:wa|ba|m)ache\s+(?:hai|hata mmoja)\b",
    r"\bhata mmoja asibaki\b", r"\basibaki hata mmoja\b",
)

SW_THREATS: tuple[str, ...] = (
    # "tutawaua", "nitakuua", "tutamchinja", "tutawafukuza", "tutabaua": we/I will kill them/you
    rf"\b(?:tu|ni)ta(?:wa|ba|ku|mu|mw|m){_SW_INF}\b{_SW_NOT_VIOLENT}",
    r"\b(?:tu|ni)ta(?:wa|ba|ku|m)?chomea\s+(?:nyumba|makazi|mashamba|maduka)\b",
    r"\b(?:tu|ni)tachoma\s+(?:nyumba|makazi|mashamba|maduka)\s+(?:zenu|yenu|zako|yako)\b",
    # you will be killed / you will die
    r"\b(?:m|u)ta(?:uawa|uwawa|uliwa|chinjwa|chomwa moto|katwakatwa)\b",
    r"\bmtakufa\b",
    # your days are numbered
    r"\bsiku\s+(?:zenu|zako|zao|zake)\s+(?:zinahesabika|zimehesabika|zimekwisha|zimeisha)\b",
    # you will regret it / you will see what the woodcutter saw / you will see fire
    r"\b(?:m|u|wa)tajuta\b",
    r"\b(?:m|u)ta(?:kiona|ona)\s+cha\s+mtema\s+kuni\b",
    r"\b(?:m|u)taona\s+moto\b",
    r"\b(?:mtajua hamjui|utajua hujui)\b",
    # we will come for you
    r"\btutakuja\s+(?:kwenu|kwako|nyumbani|kuwamaliza|kuwachukua)\b",
    r"\btuta(?:wafuata|kufuata|wasaka|kusaka|wajia|kujia)\s+(?:mpaka|hadi|kokote|popote|"
    r"nyumbani|usiku)\b",
    r"\btuta(?:wa|ku)winda\b",
    # we know where you live
    r"\btunajua\s+(?:mahali\s+)?(?:mnapoishi|unapoishi|mnakoishi|unakoishi|wanapoishi|"
    r"wanakoishi|nyumbani kwenu|nyumbani kwako)\b",
    # blood will be shed / we will take revenge / you will not live (in peace)
    r"\bdamu\s+(?:itamwagika|itamwagwa)\b",
    r"\b(?:tu|ni)tamwaga\s+damu\b",
    r"\b(?:tu|ni)talipiza\s+kisasi\b",
    r"\bhamtaishi\b(?!\s+(?:bila|milele)\b)",
    r"\bhamtabaki\s+hai\b",
)

# Vermin, animal, disease and filth words used of people. "madoadoa" (spots, stains: those who
# do not belong), "kwekwe" and "magugu" (weeds) were the slurs of Kenya's 2007-08 violence,
# and "mende" (cockroaches) is the Swahili for the Rwandan "inyenzi". Most of the rest are
# ordinary words: "mbwa", "panya", "nyoka", "uchafu", "saratani" and "wanyama" appear in
# plain news and farming reports. They count only with a group near them in the same
# sentence, which the incitement coder already requires: the base score of a dehumanising
# word alone is below the threshold. Noun classes 9/10 have one form for singular and
# plural ("mende", "panya", "nyoka", "mbwa"), so those are listed once.
SW_DEHUMANISING: tuple[str, ...] = (
    "mende", "kwekwe", "magugu", "gugu", "madoadoa", "doadoa", "nyoka", "panya", "chawa",
    "mbwa", "mambwa", "mbwa koko", "nguruwe", "nyani", "tumbili", "ngedere", "sokwe",
    "wadudu", "mdudu", "takataka", "uchafu", "saratani", "kansa", "funza", "kunguni", "mchwa",
    "viroboto", "kiroboto", "nzige", "kupe", "ruba", "minyoo", "mnyoo", "vimelea", "kimelea",
    "virusi", "tauni", "wanyama", "mnyama", "hayawani", "mahayawani", "fisi", "mafisi",
    "nyang'au", "nyangau", "mashetani", "shetani", "mapepo",
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
    # Arabic plural insults ("كلاب", dogs) name a group on their own; other likenings need one
    names_group: bool = False
    # whole Arabic words, with at most a joined conjunction, preposition and article
    arabic_words: bool = False


def _with_shapes(
    language: str,
    calls: tuple[tuple[str, ...], tuple[str, ...]],
    threats: tuple[tuple[str, ...], tuple[str, ...]],
    dehumanising: tuple[str, ...],
    whole_words: bool = True,
) -> Lexicon:
    """A lexicon of listed phrases and of regular-expression shapes of its verbs; calls and
    threats are each (phrases, shapes)."""
    return Lexicon(
        language,
        _literal(calls[0], whole_words) + calls[1],
        _literal(threats[0], whole_words) + threats[1],
        dehumanising,
        regex=True,
        word_boundaries=whole_words,
    )


LEXICONS: tuple[Lexicon, ...] = (
    Lexicon("en", EN_CALLS, EN_THREATS, EN_DEHUMANISING, regex=True),
    Lexicon("fr", FR_CALLS, FR_THREATS, FR_DEHUMANISING, regex=True),
    Lexicon("es/pt", ES_PT_CALLS, ES_PT_THREATS, ES_PT_DEHUMANISING, regex=True),
    Lexicon("ar", AR_CALLS + AR_CALLS_SUDANESE, AR_THREATS, AR_DEHUMANISING,
            word_boundaries=False, names_group=True),
    Lexicon("ar", (), (), AR_LIKENING, word_boundaries=False, arabic_words=True),
    Lexicon("am", AM_CALLS, (), AM_DEHUMANISING, word_boundaries=False),
    Lexicon("my", MY_CALLS, (), MY_DEHUMANISING, word_boundaries=False),
    _with_shapes("ti", (TI_CALLS, _TI_FORMS_CALLS), (TI_THREATS, _TI_FORMS_THREATS),
                 TI_DEHUMANISING, whole_words=False),
    Lexicon("sw", SW_CALLS, SW_THREATS, SW_DEHUMANISING, regex=True),
    Lexicon("rw", RW_CALLS, RW_THREATS, RW_DEHUMANISING),
    _with_shapes("so", (SO_CALLS, _SO_FORMS_CALLS), (SO_THREATS, _SO_FORMS_THREATS),
                 SO_DEHUMANISING),
    _with_shapes("ha", (HA_CALLS, _HA_FORMS_CALLS), (HA_THREATS, _HA_FORMS_THREATS),
                 HA_DEHUMANISING),
    Lexicon("emoji", EMOJI_CALLS, (), EMOJI_DEHUMANISING, word_boundaries=False),
)
