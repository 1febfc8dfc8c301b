"""Cue phrases of ACLED's six event types in the languages monitors write in.

The English cues paraphrase the ACLED Codebook (2019 and later); the French, Spanish,
Portuguese, Arabic, Swahili, Amharic, Burmese, Tigrinya, Hausa, Somali and Kinyarwanda ones
say the same things the way reports in those languages do (French-speaking Sahel monitors
write "vindicte populaire" for mob justice and "ville morte" for a shutdown strike).
Weights: 3 a cue that names the type outright, 2-2.5 a strong sign, 1-1.5 a weak one, 0.5 an
actor that only leans. Cues are matched on folded text (lower case, no accents), so they may
be written with or without accents. Arabic, Amharic, Tigrinya and Burmese are matched
without word boundaries, because their articles, prepositions and affixes are written joined
to the word (and Burmese has no spaces between words).
"""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
RIOTS = "Riots"
PROTESTS = "Protests"
STRATEGIC = "Strategic developments"
EVENT_TYPES = (BATTLES, EXPLOSIONS, VAC, RIOTS, PROTESTS, STRATEGIC)

Cues = dict[str, dict[str, float]]

ENGLISH: Cues = {
    BATTLES: {
        "clash": 1.5, "clashed": 1.5, "clashes": 1.5, "armed clash": 2, "fighting": 1.5,
        "fought": 1.5, "exchange of fire": 2, "exchanged fire": 2, "gunfight": 2, "firefight": 2,
        "gun battle": 2, "encounter": 1.5, "ambush": 1.5, "ambushed": 1.5, "repelled": 1.5,
        "offensive": 1, "militants": 0.5, "soldiers": 0.5, "military": 0.5, "troops": 0.5,
        "army": 0.5, "jihadists": 0.5, "rebels": 0.5, "attacked a military": 2,
        "attacked an army": 2, "attacked a police": 1.5, "military post": 1, "neutralized": 1,
        "neutralised": 1, "combat": 1.5,
    },
    EXPLOSIONS: {
        "ied": 3, "improvised explosive": 3, "explosive": 2, "explosives": 2, "landmine": 3,
        "mine": 1.5, "bomb": 2, "bombs": 2, "bombing": 2.5, "blast": 2, "exploded": 2.5,
        "explosion": 2.5, "airstrike": 3, "airstrikes": 3, "air strike": 3, "air strikes": 3,
        "drone": 2.5, "shelling": 3, "shelled": 3, "mortar": 3, "rocket": 2.5, "rockets": 2.5,
        "grenade": 2.5, "suicide bomber": 3, "artillery": 2.5, "missile": 2.5, "bombed": 2.5,
        "detonated": 2.5, "aerial": 2,
    },
    VAC: {
        "civilian": 1.5, "civilians": 1.5, "villagers": 1.5, "abducted": 2.5, "kidnapped": 2.5,
        "abduction": 2.5, "kidnapping": 2.5, "executed": 1.5, "raped": 2.5, "rape": 2,
        "murdered": 2,
        "shot dead": 1.5, "killed a man": 1.5, "killed a civilian": 2.5, "gunmen": 1.5,
        "armed men": 1.5, "unidentified armed": 1, "slit the throat": 2.5, "beheaded": 2,
        "attacked the village": 1.5, "residents": 1, "a man": 0.5, "a woman": 1, "a trader": 1,
        "a farmer": 1, "his home": 1, "hacked": 1.5, "tortured": 2, "assaulted": 1,
    },
    RIOTS: {
        "mob": 2.5, "rioters": 3, "riot": 2.5, "rioting": 2.5, "violent demonstration": 3,
        "vandalised": 2, "vandalized": 2, "ransacked": 1.5, "pelted": 2, "stones": 1.5,
        "set fire": 1, "torched": 1.5, "burned tyres": 2, "burnt tyres": 2, "burning tyres": 2,
        "barricades": 1.5, "lynched": 2.5, "supporters": 1, "clashed with police": 2,
        "clashed with the police": 2, "tear gas": 1, "teargas": 1, "angry": 1, "stormed": 1.5,
        "beat": 1, "beaten": 1, "thrashed": 1.5, "injured in a clash": 2, "brawl": 2,
        "group of youths": 1.5, "communal": 1.5,
    },
    PROTESTS: {
        "protest": 2, "protested": 2.5, "protesters": 2, "protestors": 2, "demonstration": 2,
        "demonstrated": 2.5, "demonstrators": 2, "rally": 2, "rallied": 2, "march": 1.5,
        "marched": 2, "sit-in": 3, "strike": 1.5, "went on strike": 2.5, "hartal": 2,
        "human chain": 3, "staged": 1.5, "gathered": 1, "demanding": 1.5, "demanded": 1.5,
        "petition": 1, "memorandum": 2, "denounce": 1, "size=": 1.5, "against the": 0.5,
        "shutdown": 1, "boycott": 1.5, "held a": 1,
    },
    STRATEGIC: {
        "arrested": 2, "arrest": 1.5, "looted": 2.5, "looting": 2.5, "seized": 1.5,
        "recovered": 1.5, "defused": 2.5, "agreement": 2, "ceasefire": 2, "signed": 1.5,
        "displaced": 2, "displacement": 2.5, "fled": 1.5, "surrendered": 2, "recruited": 2,
        "recruitment": 2, "base": 1, "curfew": 2, "deployed": 1.5, "banned": 1.5, "ban": 1,
        "stole": 2, "stolen": 2, "burned down": 1, "destroyed": 1, "took control": 1.5,
        "peace": 1.5, "negotiations": 2, "released": 1.5, "warned": 1.5, "ordered": 1,
        "sabotaged": 1.5, "threatened": 1, "ultimatum": 2, "closed": 1, "cattle": 1,
        "livestock": 1, "weapons cache": 2, "dismantled": 1.5, "patrol": 1,
    },
}

FRENCH: Cues = {
    BATTLES: {
        "affrontement": 1.5, "affrontements": 1.5, "accrochage": 2, "accrochages": 2,
        "combats": 1.5, "echange de tirs": 2, "echanges de tirs": 2, "embuscade": 1.5,
        "ont repousse": 1.5, "militaires": 0.5, "soldats": 0.5, "armee": 0.5,
        "forces de defense": 0.5, "jihadistes": 0.5, "djihadistes": 0.5, "terroristes": 0.5,
        "rebelles": 0.5, "neutralise": 1, "neutralises": 1, "poste militaire": 1,
        "camp militaire": 1, "attaque contre un poste": 2, "attaque contre une position": 2,
        "se sont affrontes": 2.5, "ont affronte": 2, "affrontes": 1.5, "tirs nourris": 1.5,
        "repousse l'attaque": 2, "repousse une attaque": 2, "essuye des tirs": 2,
        "ont essuye des tirs": 2.5,
    },
    EXPLOSIONS: {
        "engin explosif": 3, "engins explosifs": 3, "eei": 3, "bombe": 2, "bombes": 2,
        "bombardement": 3, "bombardements": 3, "bombarde": 2.5, "a explose": 2.5,
        "frappe aerienne": 3, "frappes aeriennes": 3, "obus": 3, "mortier": 3, "roquette": 2.5,
        "roquettes": 2.5, "kamikaze": 3, "artillerie": 2.5, "mine artisanale": 3,
    },
    VAC: {
        "civils": 1.5, "villageois": 1.5, "enleve": 2.5, "enleves": 2.5, "enlevee": 2.5,
        "enlevement": 2.5, "kidnappe": 2.5, "execute": 1.5, "executes": 1.5, "viol": 2,
        "violee": 2.5, "assassine": 2, "assassines": 2, "abattu": 1.5, "hommes armes": 1.5,
        "individus armes": 1.5, "egorge": 2.5, "egorges": 2.5, "decapite": 2, "habitants": 1,
        "torture": 2, "tortures": 2, "massacre": 2, "civils tues": 2.5, "une femme": 1,
        "un commercant": 1, "un cultivateur": 1, "violees": 2.5, "ont ete violees": 3,
        "violences sexuelles": 2.5, "sevices": 2, "massacrees": 2.5, "viols": 2.5,
        "site de deplaces": 2, "ouvert le feu sur": 1.5,
    },
    RIOTS: {
        "emeute": 3, "emeutes": 3, "emeutiers": 3, "foule": 2, "manifestation violente": 3,
        "saccage": 2, "saccages": 2, "vandalise": 2, "jets de pierres": 2, "pierres": 1.5,
        "pneus brules": 2, "lynche": 2.5, "lynchage": 2.5, "vindicte populaire": 3,
        "justice populaire": 2.5, "gaz lacrymogene": 1, "gaz lacrymogenes": 1, "en colere": 1,
        "bagarre": 2, "rixe": 2, "passe a tabac": 1.5, "tabasse": 1.5, "presume voleur": 1.5,
        "caillasse": 2.5, "caillassage": 2.5, "caillasser": 2.5, "mis a sac": 2.5,
        "pris d'assaut": 1.5,
        "battu a mort": 2.5, "battue a mort": 2.5, "riverains": 1, "sorciere": 1.5, "sorcier": 1.5,
        "sorcellerie": 1.5, "incendie le commissariat": 2, "cailloux": 1.5,
        "a coups de cailloux": 2.5, "affronte les forces de l'ordre": 2.5,
        "affrontent les forces de l'ordre": 2.5,
    },
    PROTESTS: {
        "manifestation": 2, "manifestations": 2, "manifestants": 2, "ont manifeste": 2.5,
        "rassemblement": 2, "une marche": 1.5, "marche pacifique": 2.5, "greve": 1.5,
        "en greve": 2.5, "greve generale": 2.5, "protester": 2, "protestation": 2,
        "reclamer": 1.5, "reclamant": 1.5, "exigeant": 1.5, "denoncer": 1, "ville morte": 2.5,
        "pacifique": 1, "syndicats": 1, "boycott": 1.5, "pacifiquement": 2,
        "pancartes": 2, "scandant": 1.5, "marche blanche": 3, "ont marche": 2,
    },
    STRATEGIC: {
        "interpelle": 2, "interpelles": 2, "arrestation": 2, "arrestations": 2, "arretes": 1.5,
        "pillage": 2.5, "pille": 2, "pilles": 2, "saisi": 1.5, "saisie": 1.5, "desamorce": 2.5,
        "accord": 1.5, "cessez-le-feu": 2, "deplaces": 2, "deplacement": 2, "ont fui": 1.5,
        "se sont rendus": 2, "recrutement": 2, "couvre-feu": 2, "deploye": 1.5,
        "interdiction": 1.5, "vol de betail": 2, "betail": 1, "detruit": 1, "detruits": 1,
        "pris le controle": 1.5, "paix": 1.5, "negociations": 2, "libere": 1.5, "liberes": 1.5,
        "ont menace": 1, "ultimatum": 2, "fermeture": 1, "cache d'armes": 2, "demantele": 1.5,
        "patrouille": 1, "sans combat": 2.5, "sans combattre": 2.5, "se sont retires": 1.5,
        "sans rencontrer de resistance": 3, "interdit toute manifestation": 3,
        "interdit les manifestations": 3, "interdiction de manifester": 3,
    },
}

SPANISH: Cues = {
    BATTLES: {
        "enfrentamiento": 1.5, "enfrentamientos": 1.5, "combates": 1.5,
        "intercambio de disparos": 2, "tiroteo": 1.5, "emboscada": 1.5, "ofensiva": 1,
        "militares": 0.5, "soldados": 0.5, "ejercito": 0.5, "tropas": 0.5, "rebeldes": 0.5,
        "guerrilla": 0.5, "disidencias": 0.5, "abatidos": 1, "base militar": 1,
        "balacera": 2, "se enfrentaron": 2.5, "combatieron": 2, "tomaron por la fuerza": 2.5,
        "enfrentamiento armado": 2, "cartel": 0.5, "carteles": 0.5,
        "se balearon": 2.5, "se disputan": 1,
    },
    EXPLOSIONS: {
        "artefacto explosivo": 3, "explosivo": 2, "explosivos": 2, "mina antipersonal": 3,
        "bomba": 2, "bombas": 2, "bombardeo": 3, "bombardeos": 3, "exploto": 2.5,
        "ataque aereo": 3, "dron": 2.5, "drones": 2.5, "mortero": 3, "cohete": 2.5,
        "una granada": 2.5, "granadas": 2.5, "coche bomba": 3, "artilleria": 2.5, "misil": 2.5,
    },
    VAC: {
        "civiles": 1.5, "campesinos": 1.5, "pobladores": 1.5, "secuestrado": 2.5,
        "secuestrados": 2.5, "secuestro": 2.5, "ejecutado": 1.5, "ejecutados": 1.5,
        "violada": 2.5, "violacion": 2, "asesinado": 2, "asesinados": 2, "asesinato": 2,
        "hombres armados": 1.5, "sicarios": 1.5, "lider social": 2,
        "desaparicion forzada": 2.5, "masacre": 2, "torturado": 2,
        "comando armado": 1.5, "privados de la libertad": 2, "levanton": 2.5, "mataron a": 1.5,
        "asesinaron": 2, "desarmado": 2, "reclutados a la fuerza": 3, "reclutamiento forzado": 3,
        "irrumpieron": 1.5, "lideres sociales": 2, "se llevo a": 1.5, "se llevaron a": 1.5,
        "abrieron fuego contra familias": 2.5, "familias desplazadas": 1.5,
    },
    RIOTS: {
        "disturbios": 3, "motin": 2.5, "turba": 2.5, "manifestacion violenta": 3,
        "vandalizaron": 2, "piedras": 1.5, "quema de llantas": 2, "barricadas": 1.5,
        "linchado": 2.5, "linchamiento": 2.5, "gases lacrimogenos": 1,
        "enfrentamientos con la policia": 2, "rina": 2, "golpearon": 1,
        "bombas molotov": 2.5, "a pedradas": 2.5, "pedradas": 2, "inconformes": 1.5,
        "encapuchados": 2, "justicia por mano propia": 3, "saquearon comercios": 2.5,
        "indignados": 1.5, "enardecidos": 2, "incendiaron la alcaldia": 2.5,
        "presidencia municipal": 1,
        "lincharon": 2.5, "linchar": 2.5, "presunto ladron": 1.5, "quemaron la comisaria": 2.5,
        "apedrearon": 2.5, "prendieron fuego": 1,
    },
    PROTESTS: {
        "protesta": 2, "protestas": 2, "protestaron": 2.5, "manifestacion": 2,
        "manifestaciones": 2, "manifestantes": 2, "una marcha": 1.5, "marcha pacifica": 2.5,
        "marcharon": 2, "planton": 3, "huelga": 1.5, "paro nacional": 2.5, "bloquearon": 1.5,
        "concentracion": 1,
        "exigiendo": 1.5, "exigir": 1.5, "reclamar": 1.5, "cacerolazo": 3, "pacifica": 1,
        "bloqueo pacifico": 3, "paro civico": 3, "paro": 1.5, "vigilia": 2.5, "velaton": 3,
        "concentraron": 2, "movilizacion": 2, "movilizaron": 2, "pacifico": 1,
    },
    STRATEGIC: {
        "detenido": 2, "detenidos": 2, "arrestado": 2, "arrestados": 2, "capturados": 1.5,
        "saqueo": 2.5, "saquearon": 2.5, "incautaron": 1.5, "incautacion": 1.5,
        "desactivaron": 2.5, "acuerdo": 2, "alto el fuego": 2, "cese al fuego": 2,
        "firmaron": 1.5, "desplazados": 2, "desplazamiento": 2.5, "huyeron": 1.5,
        "se rindieron": 2, "reclutamiento": 2, "toque de queda": 2, "desplegaron": 1.5,
        "prohibicion": 1.5, "robaron": 2, "destruyeron": 1, "tomaron el control": 1.5,
        "acuerdo de paz": 2, "proceso de paz": 2, "negociaciones": 2, "liberados": 1.5,
        "amenazas": 1, "panfleto": 2, "robo de ganado": 2, "patrullaje": 1,
        "arsenal": 2, "casa de seguridad": 1.5, "aseguraron": 1, "fusiles": 1,
        "confinamiento": 2.5, "confinadas": 2, "desplazamiento masivo": 3,
        "decomisaron": 1.5, "caleta": 1.5,
    },
}

PORTUGUESE: Cues = {
    BATTLES: {
        "confronto": 1.5, "confrontos": 1.5, "combates": 1.5, "troca de tiros": 2,
        "tiroteio": 1.5, "emboscada": 1.5, "ofensiva": 1, "militares": 0.5, "soldados": 0.5,
        "exercito": 0.5, "tropas": 0.5, "insurgentes": 0.5, "rebeldes": 0.5, "abatidos": 1,
        "confrontaram-se": 2, "trocaram tiros": 2.5, "combateram": 2, "reconquistaram": 2,
        "recuperaram o controlo": 2, "forcas de defesa e seguranca": 0.5, "machababos": 0.5,
        "enfrentaram-se": 2.5, "enfrentaram-se a tiro": 3,
    },
    EXPLOSIONS: {
        "artefato explosivo": 3, "explosivo": 2, "explosivos": 2, "mina terrestre": 3,
        "bomba": 2, "bombardeio": 3, "bombardeios": 3, "explosao": 2.5, "explodiu": 2.5,
        "ataque aereo": 3, "morteiro": 3, "foguete": 2.5, "uma granada": 2.5, "granadas": 2.5,
        "artilharia": 2.5,
        "missil": 2.5,
        "bombardearam": 3, "morteiros": 3, "helicopteros": 1.5, "drone": 2.5, "drones": 2.5,
        "minas": 2, "engenho explosivo": 3, "artefacto explosivo": 3, "rebentou": 2,
    },
    VAC: {
        "civis": 1.5, "moradores": 1, "aldeoes": 1.5, "sequestrado": 2.5, "sequestrados": 2.5,
        "sequestro": 2.5, "raptado": 2.5, "raptados": 2.5, "executado": 1.5,
        "executados": 1.5, "estupro": 2, "violada": 2.5, "assassinado": 2,
        "assassinados": 2, "homens armados": 1.5, "decapitado": 2, "decapitados": 2,
        "massacre": 2, "torturado": 2,
        "com pessoas dentro": 2.5, "matando": 1.5, "mataram": 1.5, "morreram queimados": 2,
        "centro de deslocados": 2, "executaram": 2, "executaram sumariamente": 2.5,
        "decapitaram": 2.5, "raptaram": 2.5, "sequestraram": 2.5, "violaram": 2.5,
        "abusos sexuais": 2.5, "desarmados": 1.5,
    },
    RIOTS: {
        "tumulto": 2.5, "tumultos": 2.5, "motim": 2.5, "turba": 2.5, "multidao": 1.5,
        "manifestacao violenta": 3, "vandalizaram": 2, "pedras": 1.5, "pneus queimados": 2,
        "barricadas": 1.5, "linchado": 2.5, "linchamento": 2.5, "gas lacrimogeneo": 1,
        "espancado": 1.5, "espancaram": 1.5,
        "justica pelas proprias maos": 3, "espancando": 1.5, "ate a morte": 1.5,
        "multidao furiosa": 2.5, "esquadra": 1, "montaram barricadas": 2, "queimaram pneus": 2.5,
        "populares": 1.5, "feiticeiro": 1.5, "feiticaria": 1.5, "apedrejaram": 2.5,
        "apedrejamento": 2.5, "revoltados": 1.5, "saquearam lojas": 2.5,
        "lincharam": 2.5, "linchar": 2.5, "enfurecidos": 1.5, "acusado de roubo": 1.5,
    },
    PROTESTS: {
        "protesto": 2, "protestos": 2, "protestaram": 2.5, "manifestacao": 2,
        "manifestacoes": 2, "manifestantes": 2, "uma marcha": 1.5, "passeata": 3, "greve": 1.5,
        "paralisacao": 2, "bloquearam": 1.5, "exigindo": 1.5, "exigir": 1.5,
        "reivindicar": 1.5, "reivindicando": 1.5, "concentracao": 1.5, "pacifica": 1,
        "panelaco": 3, "vigilia": 2.5, "concentraram-se": 2.5, "manifestaram-se": 2.5,
        "marcharam": 2.5, "pacificamente": 2, "pedindo justica": 2, "cartazes": 2,
        "palavras de ordem": 2,
    },
    STRATEGIC: {
        "detido": 2, "detidos": 2, "presos": 1.5, "saque": 2.5, "saquearam": 2.5,
        "apreenderam": 1.5, "apreensao": 1.5, "acordo": 2, "cessar-fogo": 2, "assinaram": 1.5,
        "deslocados": 2, "deslocamento": 2.5, "fugiram": 1.5, "renderam": 2,
        "recrutamento": 2, "toque de recolher": 2, "proibicao": 1.5, "roubaram": 2,
        "destruiram": 1, "assumiram o controlo": 1.5, "acordo de paz": 2,
        "processo de paz": 2, "negociacoes": 2,
        "libertados": 1.5, "ameacas": 1, "gado": 1, "patrulha": 1,
        "sem disparar um tiro": 3, "sem resistencia": 3, "distribuiram dinheiro": 1.5,
        "recrutar": 1.5, "deteve": 2,
    },
}

ARABIC: Cues = {
    BATTLES: {
        "اشتباك": 1.5, "اشتباكات": 1.5, "معارك": 1.5, "معركة": 1.5, "تبادل لإطلاق النار": 2,
        "تبادل إطلاق النار": 2, "كمين": 1.5, "هجوم على موقع عسكري": 2, "الجيش": 0.5,
        "جنود": 0.5, "متمرد": 0.5,
        # Sudan: the RSF and the army's allied "joint forces" are the sides of most battles
        "الدعم السريع": 0.5, "القوات المشتركة": 0.5, "مواجهات": 1.5, "المواجهات المسلحة": 2,
    },
    EXPLOSIONS: {
        "عبوة ناسفة": 3, "ناسفة": 2, "لغم": 2, "قنبلة": 2, "تفجير": 2.5, "انفجار": 2.5,
        "غارة جوية": 3, "غارات جوية": 3, "غارة": 2.5, "غارات": 2.5, "طائرة مسيرة": 3,
        "قصف": 3, "هاون": 3, "صاروخ": 2.5, "صواريخ": 2.5, "قذيفة": 2.5, "قذائف": 2.5,
        "انتحاري": 3, "مدفعية": 2.5,
        # Sudan's war is fought with drones ("مسيّرة"; the marks are dropped before matching,
        # and "مسيرة" alone is also a march), warplanes, rocket launchers and barrel bombs
        "طائرات مسيرة": 3, "الطائرات المسيرة": 3, "مسيرة انتحارية": 3,
        "مسيرات انتحارية": 3, "بمسيرة": 2.5, "بمسيرات": 2.5, "بالمسيرات": 2.5,
        "استهدفت مسيرة": 3, "استهدفت مسيرات": 3, "مسيرة استهدفت": 3,
        "مسيرات استهدفت": 3, "مسيرات قصفت": 3, "سقطت مسيرة": 3,
        "مسيرات الدعم السريع": 2.5, "مسيرة للدعم السريع": 2.5, "مسيرات الجيش": 2.5,
        "الدفاعات الأرضية": 2,
        "المضادات الأرضية": 2, "الطيران الحربي": 3, "طيران الجيش": 2.5, "راجمات": 2.5,
        "براميل متفجرة": 3, "برميل متفجر": 3, "مقذوفات": 2.5,
    },
    VAC: {
        "مدنيين": 1.5, "مدنيون": 1.5, "القرويين": 1.5, "اختطاف": 2.5, "خطف": 2.5, "إعدام": 1.5,
        "اغتصاب": 2.5, "اغتيال": 2, "مسلحون": 1.5, "مسلحين": 1.5, "ذبح": 2.5, "قطع رأس": 2,
        "تعذيب": 2, "مجزرة": 2, "السكان": 1,
        # Sudanese reports: "field liquidations" (summary executions), a camp of displaced
        # people attacked
        "تصفيات ميدانية": 3, "تصفية ميدانية": 3, "إعدامات ميدانية": 3, "إعدام ميداني": 3,
        "معسكر للنازحين": 1.5, "معسكر النازحين": 1.5, "مخيم للنازحين": 1.5,
        "على معسكر للنازحين": 2.5, "على معسكر النازحين": 2.5, "على مخيم للنازحين": 2.5,
        "على مخيم النازحين": 2.5, "أعدم": 2.5, "رميا بالرصاص": 2.5, "اغتصب": 2.5,
        "هاجم مسلحون": 2, "جلدوا": 2.5, "بالسياط": 2.5,
    },
    RIOTS: {
        "شغب": 3, "مشاغبين": 3, "غوغاء": 2.5, "رشق بالحجارة": 2, "الحجارة": 1.5,
        "حرق الإطارات": 2, "متاريس": 1.5, "الغاز المسيل للدموع": 1, "غاضبين": 1,
        "اقتحم": 1.5, "حشد غاضب": 2.5,
        # protesters who turn violent: they clash, set fire, throw stones, storm a building
        "غاضبون": 1, "محتجون غاضبون": 2.5, "متظاهرون غاضبون": 2.5, "اشتبك محتجون": 3,
        "اشتبك متظاهرون": 3, "اشتباكات بين محتجين": 3, "اشتباكات بين متظاهرين": 3,
        "أضرم محتجون": 3, "أضرم المحتجون": 3, "أحرق محتجون": 3, "أحرق المحتجون": 3,
        "أحرق متظاهرون": 3, "اقتحم محتجون": 3, "اقتحم المحتجون": 3, "اقتحم متظاهرون": 3,
        "إطارات مشتعلة": 2, "الإطارات المشتعلة": 2, "حرق إطارات": 2, "رشقوا": 2,
        "تخريب": 1.5, "تكسير": 1.5,
        # mob violence: a crowd of residents beats, drags or kills someone it accuses
        "حشد من الأهالي": 3, "حشد من المواطنين": 3, "جمع من الأهالي": 3, "جمهرة": 2,
        "سحل": 2.5, "ضربوه حتى الموت": 3, "ضربا حتى الموت": 3, "اقتحموا مركز الشرطة": 3,
        "اقتحام مركز الشرطة": 2.5, "اللص": 1, "تجمهر": 2.5, "انهالوا بالضرب": 2.5,
        "انهال عدد من": 2.5, "بممارسة السحر": 2.5,
    },
    PROTESTS: {
        "احتجاج": 2, "احتجاجات": 2, "مظاهرة": 2, "مظاهرات": 2, "تظاهر": 2, "متظاهرين": 2,
        "متظاهرون": 2, "محتجين": 2, "وقفة احتجاجية": 3, "اعتصام": 3, "إضراب": 1.5,
        "مسيرة": 1.5, "للمطالبة": 1.5, "تنديدا": 1.5, "سلمية": 1,
        # Sudan's word for a protest march ("موكب سلمي", a peaceful march)
        "موكب": 2.5, "مواكب": 2.5, "موكب سلمي": 3,
        # a march ("مسيرة") said to be peaceful, a protest or crowded, or "going out"
        "مسيرة سلمية": 3, "مسيرات سلمية": 3, "مسيرة احتجاجية": 3, "مسيرات احتجاجية": 3,
        "مسيرة حاشدة": 2.5, "مسيرات حاشدة": 2.5, "خرجت مسيرة": 2.5, "خرجت مسيرات": 2.5,
        # "احتج" alone is inside "احتجاز", detention: only its forms that say who protested
        "احتجوا": 2, "يحتجون": 2, "احتج مئات": 2, "احتج عشرات": 2, "احتج آلاف": 2,
        "اعتصم": 2.5, "وقفة تضامنية": 3,
    },
    STRATEGIC: {
        "اعتقال": 2, "اعتقلت": 2, "اعتقل": 2, "القبض": 2, "نهب": 2.5, "ضبط": 1.5,
        "اتفاق": 2, "وقف إطلاق النار": 2, "نازحين": 2, "نزوح": 2.5, "فروا": 1.5,
        "استسلم": 2, "تجنيد": 2, "حظر التجول": 2, "حظر": 1.5, "سرقة": 2, "سيطرة": 1.5,
        "مفاوضات": 2, "الإفراج": 1.5, "تهديد": 1, "ماشية": 1,
        # people fleeing ("نزحت", "نزحوا"), a town entered or left
        "نزح": 2, "دخلت قوات": 1.5, "انسحاب": 1.5, "انسحبت": 1.5,
        # a town taken "without fighting" or "without resistance" (French "sans combat"),
        # "took control of", and arms handed out to militias
        "دون قتال": 2.5, "بدون قتال": 2.5, "دون مقاومة": 2.5, "بدون مقاومة": 2.5,
        "سيطرت": 1.5, "توزيع الأسلحة": 2.5, "توزيع السلاح": 2.5,
    },
}

# Swahili as BBC Swahili, Mwananchi, Taifa Leo and Radio Okapi write it. Swahili marks person,
# tense and voice with prefixes and suffixes ("wali-" past, "wame-" perfect, "-wa" passive),
# and cues are whole words, so the frequent forms are listed one by one. Tear gas is "mabomu
# ya machozi", so Explosions has "bomu" and phrases with "mabomu", not "mabomu" alone;
# "kulipuka" also means an outbreak, so only its forms with "bomu" weigh 3.
SWAHILI: Cues = {
    BATTLES: {
        "mapigano": 1.5, "mapigano makali": 2, "makabiliano": 1.5,
        "makabiliano ya risasi": 2, "majibizano ya risasi": 2, "kurushiana risasi": 2,
        "walirushiana risasi": 2, "kufyatuliana risasi": 2, "walipambana": 1.5,
        "wamepambana": 1.5, "walikabiliana": 1.5, "wamekabiliana": 1.5,
        "kushambuliana": 1.5, "mapambano": 1, "vita": 1, "kuvizia": 1.5, "walivizia": 1.5,
        "shambulio la kuvizia": 2, "walishambulia kambi ya jeshi": 2.5, "kambi ya jeshi": 1,
        "kambi ya kijeshi": 1, "walishambulia kituo cha polisi": 1.5,
        "waliuteka mji": 1.5, "operesheni ya kijeshi": 1.5, "waasi": 0.5,
        "wanamgambo": 0.5, "wapiganaji": 0.5, "wanajeshi": 0.5, "jeshi": 0.5,
        "askari": 0.5,
    },
    EXPLOSIONS: {
        "bomu": 2, "shambulio la bomu": 3, "shambulizi la bomu": 3,
        "mashambulizi ya mabomu": 3, "mlipuko wa bomu": 3, "milipuko ya mabomu": 3,
        "bomu lililipuka": 3, "bomu la kutegwa": 3, "mabomu ya kutegwa": 3,
        "bomu la ardhini": 3, "mabomu ya ardhini": 3, "kilipuzi": 2.5, "vilipuzi": 2.5,
        "guruneti": 2.5, "gruneti": 2.5, "kombora": 2.5, "makombora": 3, "mizinga": 2,
        "shambulio la anga": 3, "shambulizi la anga": 3, "mashambulizi ya anga": 3,
        "mashambulio ya anga": 3, "ndege isiyo na rubani": 3, "ndege zisizo na rubani": 3,
        "ndege za kivita": 2, "kujitoa muhanga": 3, "kujitoa mhanga": 3, "alijilipua": 3,
        "walilipua": 2.5, "mlipuko": 2,
    },
    VAC: {
        "raia": 1.5, "wanakijiji": 1.5, "wakazi": 1, "kutekwa nyara": 2.5,
        "walitekwa nyara": 2.5, "alitekwa nyara": 2.5, "wametekwa nyara": 2.5,
        "waliwateka nyara": 2.5, "walimteka nyara": 2.5, "utekaji nyara": 2.5,
        "waliuawa": 1, "aliuawa": 1, "mauaji": 1.5, "mauaji ya raia": 2.5,
        "mauaji ya halaiki": 2.5, "walichinjwa": 2.5, "alichinjwa": 2.5, "alibakwa": 2.5,
        "walibakwa": 2.5, "ubakaji": 2, "waliteswa": 2, "aliteswa": 2,
        "watu wenye silaha": 1.5, "watu waliojihami": 1.5, "watu wasiojulikana": 1,
        "walikatwakatwa": 2, "kwa mapanga": 1.5, "alipigwa risasi": 1.5,
        "walivamia kijiji": 1.5, "mwanamke mmoja": 1,
    },
    RIOTS: {
        "ghasia": 2.5, "vurugu": 1.5, "machafuko": 1.5, "kundi la watu wenye hasira": 3,
        "wananchi wenye hasira": 2.5, "wananchi wenye hasira walimpiga": 3,
        "watu wenye hasira": 2.5, "umati": 1.5, "kujichukulia sheria mkononi": 3,
        "walijichukulia sheria mkononi": 3, "alipigwa hadi kufa": 2.5,
        "walimpiga hadi kufa": 2.5, "kuchoma matairi": 2, "walichoma matairi": 2,
        "matairi": 1.5, "kurusha mawe": 2, "walirusha mawe": 2, "mawe": 1,
        "mabomu ya machozi": 1, "mabomu ya kutoa machozi": 1, "gesi ya kutoa machozi": 1,
        "maandamano ya vurugu": 3, "maandamano ya ghasia": 3, "waliharibu mali": 2,
        "vizuizi": 1.5, "walichoma moto": 1, "mshukiwa wa wizi": 1.5, "ugomvi": 2,
        "wafuasi": 1,
    },
    PROTESTS: {
        "maandamano": 2, "waandamanaji": 2, "waliandamana": 2.5, "wameandamana": 2.5,
        "wakiandamana": 2.5, "kuandamana": 2, "maandamano ya amani": 2.5,
        "walifanya maandamano": 2.5, "mgomo": 1.5, "mgomo baridi": 2.5, "waligoma": 2.5,
        "wamegoma": 2.5, "kugoma": 2, "wakipinga": 1.5, "kupinga": 1,
        "wakilalamikia": 1.5, "kushinikiza": 1.5, "wakishinikiza": 1.5, "wakidai": 1,
        "mabango": 1.5, "wakiwa na mabango": 2, "walisusia": 1.5, "kususia": 1.5,
        "walikusanyika": 1, "kwa amani": 1, "risala": 1, "mkutano wa hadhara": 1,
        "walifunga barabara": 1.5,
    },
    STRATEGIC: {
        "walikamatwa": 2, "alikamatwa": 2, "wamekamatwa": 2, "amekamatwa": 2,
        "kukamatwa": 1.5, "walitiwa mbaroni": 2, "alitiwa mbaroni": 2,
        "walitiwa nguvuni": 2, "wanashikiliwa": 1.5, "uporaji": 2.5, "walipora": 2.5,
        "waliporwa": 2, "makubaliano ya amani": 2.5, "mkataba wa amani": 2.5,
        "mazungumzo ya amani": 2, "kusitisha mapigano": 2, "walisaini": 1.5,
        "wakimbizi": 1.5, "wakimbizi wa ndani": 2.5, "kuyakimbia makazi": 2.5,
        "waliyakimbia makazi": 2.5, "wameyakimbia makazi": 2.5, "walikimbia": 1.5,
        "walijisalimisha": 2, "amri ya kutotoka nje": 2.5, "marufuku": 1.5,
        "wizi wa mifugo": 2, "waliachiliwa": 1.5, "shehena ya silaha": 2, "doria": 1,
    },
}

# Amharic and Burmese as Ethiopian and Myanmar news write them, matched anywhere in a word
# (affixes are joined to the stem; Burmese has no spaces between words). Where a short word sits
# inside a longer, unrelated one it is left out or given only in phrases: Amharic "አድማ" (strike)
# is inside "አድማጭ" (listener), "ተኩስ" (gunfire) inside "ተኩስ አቁም" (ceasefire). Burmese tear gas
# is a "tear bomb" (မျက်ရည်ယိုဗုံး), listed whole under Explosions at 0.5 so that the longer cue,
# matched first, keeps it from scoring as a bombing; the marks ့ and ် are typed in either
# order, so cues carrying the pair mid-word are given both ways.
AMHARIC: Cues = {
    BATTLES: {
        "ውጊያ": 2, "ከባድ ውጊያ": 2.5, "ጦርነት": 1.5, "ግጭት": 1.5, "ተኩስ ልውውጥ": 2.5, "ተዋጉ": 1.5,
        "ተዋግ": 1.5, "ደፈጣ": 2, "መልሶ ማጥቃት": 2, "ማጥቃት": 1, "ከበባ": 1, "ደመሰ": 1.5, "ደምስ": 1.5,
        "ወታደር": 0.5, "ሰራዊት": 0.5, "ሠራዊት": 0.5, "ታጣቂ": 0.5, "ሚሊሻ": 0.5, "ልዩ ኃይል": 0.5,
        "ልዩ ሃይል": 0.5, "አማፂ": 0.5, "አማጺ": 0.5, "ፀጥታ": 0.5, "ጸጥታ": 0.5,
    },
    EXPLOSIONS: {
        "የአየር ጥቃት": 3, "የአየር ላይ ጥቃት": 3, "የአየር ድብደባ": 3, "የድሮን ጥቃት": 3, "ድሮን": 2.5, "ድሮኖች": 2.5,
        "ሰው አልባ አውሮፕላን": 3, "የጦር አውሮፕላን": 2.5, "ቦምብ": 2, "ቦንብ": 2, "ቦምቦች": 2, "የእጅ ቦምብ": 3,
        "የእጅ ቦንብ": 3, "ፈንጂ": 2.5, "የተቀበረ ፈንጂ": 3, "ፍንዳታ": 2.5, "ፈነዳ": 2.5, "ፈነዱ": 2.5,
        "ሮኬት": 2.5, "ሚሳኤል": 2.5, "ሚሳይል": 2.5, "ሞርታር": 3, "መድፍ": 2.5, "ከባድ መሳሪያ": 1.5,
        "ከባድ መሣሪያ": 1.5,
    },
    VAC: {
        "ሰላማዊ ሰዎች": 2, "ሰላማዊ ዜጎች": 2, "ንፁሃን": 1.5, "ንጹሃን": 1.5, "ንፁሐን": 1.5, "ንጹሐን": 1.5,
        "ሲቪሎች": 1.5, "ነዋሪ": 1, "ታገቱ": 2.5, "ታግተ": 2.5, "እገታ": 2.5, "ታፍነ": 2, "ግድያ": 2,
        "የጅምላ ግድያ": 2.5, "ጭፍጨፋ": 2.5, "ጨፈጨፉ": 2.5, "ተገደሉ": 1, "ተገድለዋል": 1, "ታረዱ": 2.5,
        "አስገድዶ መድፈር": 2.5, "ተደፈሩ": 2.5, "ጾታዊ ጥቃት": 2.5, "ፆታዊ ጥቃት": 2.5, "ሰቆቃ": 2,
        "ያልታወቁ ታጣቂዎች": 1.5,
    },
    RIOTS: {
        "ሁከት": 2.5, "ሁከት ፈጣሪ": 3, "ረብሻ": 2.5, "ብጥብጥ": 2.5, "አመፅ": 2, "አመጽ": 2, "ዓመፅ": 2,
        "ግርግር": 2, "ድንጋይ": 1.5, "ጎማ አቃጠሉ": 2, "ጎማ በማቃጠል": 2, "አቃጠሉ": 1, "አስለቃሽ ጭስ": 1,
        "የተቆጡ": 1, "የተቆጡ ወጣቶች": 2.5, "የመንጋ ፍትህ": 3, "የመንጋ ፍትሕ": 3, "የመንጋ ፍርድ": 3, "በመንጋ": 2,
        "ደበደቡ": 1, "ንብረት አወደሙ": 2, "የብሄር ግጭት": 1.5, "የብሔር ግጭት": 1.5,
    },
    PROTESTS: {
        "ሰላማዊ ሰልፍ": 3, "የተቃውሞ ሰልፍ": 3, "የድጋፍ ሰልፍ": 3, "ሰልፍ": 1.5, "ሠልፍ": 1.5, "ሰልፈኞች": 2.5,
        "ሰልፍ ወጡ": 2.5, "ሰልፍ ወጥ": 2.5, "ተቃውሞ": 2, "ተቃውሟ": 2, "ተቃውመ": 2.5, "መቃወም": 1.5,
        "የስራ ማቆም": 2.5, "የሥራ ማቆም": 2.5, "አድማ መቱ": 2.5, "አድማ መምታት": 2.5, "አድማ ላይ": 2,
        "ያለመውጣት አድማ": 3, "መፈክር": 2, "ድምፃቸውን አሰሙ": 2, "ድምጻቸውን አሰሙ": 2, "ቅሬታቸውን": 1.5,
        "በሰላማዊ መንገድ": 1, "ቦይኮት": 1.5,
    },
    STRATEGIC: {
        "ታሰሩ": 2, "ታስረ": 2, "እስር": 1.5, "ከእስር ተፈቱ": 2, "ቁጥጥር ስር": 2, "ቁጥጥር ሥር": 2, "ተቆጣጠ": 1.5,
        "ተማረኩ": 1.5, "እጅ ሰጡ": 2, "ዘረፋ": 2.5, "ዘረፉ": 2.5, "ዘረፈ": 2, "ዝርፊያ": 2, "የሰላም ስምምነት": 2.5,
        "ስምምነት": 2, "ተኩስ አቁም": 2.5, "ግጭት የማቆም": 2.5, "ድርድር": 2, "ፈናቀ": 2.5, "ፈናቅ": 2.5,
        "ፈናቃ": 2, "ሸሽተ": 1.5, "እላፊ": 2.5, "አስቸኳይ ጊዜ": 2, "ምልመላ": 2,
    },
}

BURMESE: Cues = {
    BATTLES: {
        "တိုက်ပွဲ": 2, "တိုက်ပွဲဖြစ်": 2.5, "တိုက်ပွဲပြင်းထန်": 2.5, "ထိတွေ့တိုက်ပွဲ": 2.5,
        "ထိတွေ့တိုက်ခိုက်": 2, "အပြန်အလှန်ပစ်ခတ်": 2.5, "ပစ်ခတ်တိုက်ခိုက်": 2, "ပစ်ခတ်": 1,
        "ချုံခို": 2, "တန်ပြန်တိုက်ခိုက်": 2, "ဝင်ရောက်တိုက်ခိုက်": 1.5, "ထိုးစစ်": 1.5,
        "စစ်ဆင်ရေး": 1, "ဆုတ်ခွာ": 1.5, "ကျဆုံး": 1, "ပဋိပက္ခ": 1, "တိုက်ခိုက်": 0.5,
        "စစ်စခန်း": 1, "ကင်းစခန်း": 1, "စစ်တပ်": 0.5, "စစ်သား": 0.5, "တပ်ဖွဲ့ဝင်": 0.5,
        "လက်နက်ကိုင်တပ်ဖွဲ့": 0.5, "တော်လှန်ရေးတပ်": 0.5,
    },
    EXPLOSIONS: {
        "လေကြောင်းတိုက်ခိုက်": 3, "လေကြောင်းဗုံးကြဲ": 3, "ဗုံးကြဲ": 3, "ဗုံးခွဲ": 3, "ဗုံး": 2,
        "ဗံုး": 2, "အသေခံဗုံး": 3, "လက်ပစ်ဗုံး": 3, "မော်တာဗုံး": 3, "တိုက်လေယာဉ်": 2.5,
        "ဒရုန်း": 2.5, "မြေမြှုပ်မိုင်း": 3, "မိုင်းနင်း": 3, "မိုင်းထိ": 2.5, "မိုင်းခွဲ": 3,
        "မိုင်း": 1, "လက်နက်ကြီး": 2.5, "လက်နက်ကြီးကျည်": 3, "ဒုံးပျံ": 2.5, "ပေါက်ကွဲ": 2.5,
        "မျက်ရည်ယိုဗုံး": 0.5,
    },
    VAC: {
        "အရပ်သား": 1.5, "ရွာသား": 1.5, "ဒေသခံ": 1, "ပြန်ပေးဆွဲ": 2.5, "ဓားစာခံ": 2.5,
        "သတ်ဖြတ်": 1.5, "သတ်ဖြတ်ခံရ": 2, "ဖမ်းဆီးသတ်ဖြတ်": 2.5, "အစုလိုက်အပြုံလိုက်": 2.5,
        "ပစ်သတ်": 1.5, "ခုတ်သတ်": 2.5, "အရှင်လတ်လတ်": 2.5, "ခေါင်းဖြတ်": 2, "လည်ပင်းလှီး": 2.5,
        "မုဒိမ်း": 2.5, "အဓမ္မပြုကျင": 2.5, "ညှဉ်းပန်းနှိပ်စက်": 2.5, "နှိပ်စက်": 1.5,
        "လူသားဒိုင်း": 2.5, "လူသတ်": 1.5, "ရက်စက်စွာ": 1.5, "အမည်မသိ": 1, "ဖမ်းဆီးခေါ်ဆောင်": 1,
        "ကလေးငယ်": 1, "အမျိုးသမီးတစ်ဦး": 1,
    },
    RIOTS: {
        "အဓိကရုဏ်း": 3, "အကြမ်းဖက်ဆန္ဒပြ": 3, "ဆူပူအုံကြွ": 2.5, "ဆူပူ": 1.5, "လူအုပ်": 1.5,
        "ဒေါသထွက်": 1, "ဝိုင်းရိုက်": 2.5, "ရိုက်သတ်": 2, "ရိုက်နှက်": 1.5, "ခဲဖြင့်ပေါက်": 2,
        "ခဲနဲ့ပေါက်": 2, "ခဲပေါက်": 2, "ရန်ဖြစ်": 2, "ရန်ပွဲ": 2, "အုပ်စုလိုက်": 1,
        "မျက်ရည်ယိုဗုံး": 1, "ဖြိုခွင်း": 1, "မွှေနှောက်": 2, "ခဲဖြင့်ပေါက်": 2,
    },
    PROTESTS: {
        "ဆန္ဒပြ": 2.5, "ဆန္ဒထုတ်ဖော်": 2.5, "သပိတ်": 2, "သပိတ်စစ်ကြောင်း": 3, "အလုပ်သပိတ်": 3,
        "အသံပိတ်သပိတ်": 3, "သပိတ်မှောက်": 2.5, "မီးရှူးတိုင်": 2.5, "ကြွေးကြော်": 2,
        "ကန့်ကွက်": 1.5, "တောင်းဆို": 1.5, "ဆန့်ကျင်": 1, "ဆိုင်းဘုတ်": 1.5, "ချီတက်": 2,
        "လူစုလူဝေး": 1, "ငြိမ်းချမ်းစွာ": 1, "အာဏာဖီဆန်ရေး": 2, "အိုးခေါက်": 2, "ကန့်ကွက်": 1.5,
        "ဆန့်ကျင်": 1,
    },
    STRATEGIC: {
        "ဖမ်းဆီး": 2, "ထိန်းသိမ်း": 1.5, "ထောင်ဒဏ်": 1.5, "လုယက်": 2.5, "ခိုးယူ": 2,
        "ဓားပြတိုက်": 2, "သိမ်းဆည်း": 1.5, "သိမ်းပိုက်": 1.5, "အပစ်အခတ်ရပ်စဲ": 2.5,
        "အပစ်ရပ်": 2.5, "တိုက်ပွဲရပ်": 2.5, "ငြိမ်းချမ်းရေး": 1.5, "သဘောတူစာချုပ်": 2,
        "သဘောတူညီ": 1.5, "စစ်ရှောင်": 2.5, "စစ်ဘေးရှောင်": 2.5, "နေရပ်စွန့်ခွာ": 2.5,
        "တိမ်းရှောင်": 1.5, "လက်နက်ချ": 2, "စစ်မှုထမ်း": 2, "စစ်သားစုဆောင်း": 2.5,
        "ညမထွက်ရ": 2.5, "စစ်ဥပဒေ": 2.5, "မီးရှို့": 1.5, "နေရပ်စွန့်ခွာ": 2.5,
    },
}

# Tigrinya as Tigray and Eritrean media write it, matched anywhere in a word like Amharic. Its
# verbs and nouns differ from Amharic's ("ውግእ" battle, "ሰልፊ" demonstration, "ናዕቢ" riot),
# and its "qhe" letters (ቐ, ቕ) are given both with and without the dot where writers vary.
# "ኣድማ" (strike) is inside "ኣድማዒ" (effective), so it is given only in phrases.
TIGRINYA: Cues = {
    BATTLES: {
        "ውግእ": 2.5, "ውግኣት": 2.5, "ከቢድ ውግእ": 3, "ብረታዊ ግጥም": 3, "ግጥማት": 2, "ግጥም": 1.5, "ተጋጢሞም": 2,
        "ተዋግኡ": 3, "ተዋጊኦም": 3, "ኲናት": 2, "ኩናት": 2, "ምልውዋጥ ተኹሲ": 3, "ምልውዋጥ ተኩሲ": 3,
        "ተኹሲ ተለዋዊጦም": 3, "ተኹሲ": 1.5, "ተኩሲ": 1.5, "ድብያ": 2.5, "ወተሃደራዊ መጥቃዕቲ": 2.5, "መጥቃዕቲ": 1.5,
        "ተቖጻጺ": 1.5, "ተቆጻጺ": 1.5, "ሓራ ኣውጺ": 1.5, "ከቢቦም": 1.5, "ተሰዊ": 1.5, "ምሩኻት": 1.5,
        "ሰራዊት": 0.5, "ሠራዊት": 0.5, "ሚሊሻ": 0.5, "ተጋደልቲ": 0.5, "ሓይሊ ፋኖ": 0.5,
    },
    EXPLOSIONS: {
        "ደብዳብ ነፈርቲ": 3, "ናይ ኣየር ደብዳብ": 3, "ኣየራዊ ደብዳብ": 3, "ናይ ኣየር መጥቃዕቲ": 3, "ኣየራዊ መጥቃዕቲ": 3,
        "ደብዳብ ድሮን": 3, "ድሮን": 2.5, "ሰብ ኣልቦ ነፋሪት": 3, "ነፈርቲ ውግእ": 2.5, "ደብዳብ": 2, "ደብዲ": 1.5,
        "መዳፍዕ": 2.5, "ከቢድ ብረት": 1.5, "ሞርታር": 2.5, "ሚሳይል": 3, "ሚሳኤል": 3, "ሮኬት": 2.5, "ሮኬታት": 2.5,
        "ቦምብ": 2.5, "ቦምባ": 2.5, "ቦምባ ኢድ": 3, "ፈንጂ": 2.5, "ተፈንጅ": 2.5, "ፍንጃር": 2.5,
        "ዝተቐብረ ፈንጂ": 3, "ርእሰ ቕትለት": 2, "ኣየር ሓይሊ": 1, "ነፈርቲ": 1,
    },
    VAC: {
        "ጃምላዊ ቅትለት": 3, "ጅምላዊ ቅትለት": 3, "ጃምላ ቅትለት": 3, "ህልቂት": 2.5, "ጃምላዊ መቓብር": 2.5,
        "ቅትለት ሲቪል": 3, "ካብ ፍርዲ ወጻኢ": 2.5, "ብዘይ ፍርዲ": 2, "ግፍዒ": 2, "ግፍዕታት": 2, "ጾታዊ ዓመጽ": 3,
        "ፆታዊ ዓመፅ": 3, "ጾታዊ ጥቕዓት": 3, "ተዓሚጸ": 3, "ተዓሚጻ": 3, "ዓሚጾ": 3, "ዓሚፆ": 3, "ጨውዮ": 2.5,
        "ጨውዩ": 2.5, "ምጭዋይ": 2.5, "ሓሪዶ": 2, "ሐሪዶ": 2, "ኣሳቒዮ": 2, "ቐቲሎ": 1.5, "ቀቲሎ": 1.5,
        "ቅትለት": 1.5, "ዘር ምጥፋእ": 2.5, "ሰላማውያን": 1.5, "ሲቪላውያን": 1.5, "ንጹሃት": 1.5,
    },
    RIOTS: {
        "ናዕቢ": 3, "ናዕብታት": 3, "ህውከት": 2.5, "ሕውከት": 2.5, "ዕግርግር": 2, "ዓመጻዊ ሰልፊ": 3, "ብኣእማን": 2.5,
        "ኣእማን ደርብዮም": 3, "ኣእማን": 1.5, "አእማን": 1.5, "ጎማታት ኣንዲዶም": 3, "ጎማታት": 1.5, "ሕጊ ብኢዶም": 2.5,
        "ሕጊ ብኢዱ": 2.5, "ብህዝቢ ተቐቲሉ": 2.5, "ደብዲቦም ቀቲሎምዎ": 2.5, "ንብረት ኣዕንዮም": 2, "ዱኳናት ዘሚቶም": 2,
        "ምስ ፖሊስ ተጋጢሞም": 2.5, "ዝተቖጥዑ": 1.5, "ዝተቆጥዑ": 1.5, "ዱላታት": 1.5, "ደርብዮም": 1, "ፖሊስ": 0.5,
        "መንእሰያት": 0.5,
    },
    PROTESTS: {
        "ሰላማዊ ሰልፊ": 3, "ሠላማዊ ሰልፊ": 3, "ሰልፊ ተቓውሞ": 3, "ተቓውሞ ሰልፊ": 3, "ሰልፊ ወጺ": 3,
        "ሰልፊ ኣካይዶም": 2.5, "ሰልፈኛ": 2.5, "ተቓውሞ": 2, "ተቃውሞ": 2, "ተቓውሞኦም": 2.5, "ተቓዊሞም": 1.5,
        "ጭርሖ": 2, "ኣድማ ገይሮም": 3, "ኣድማ ኣካይዶም": 3, "ኣድማ ስራሕ": 3, "ናይ ስራሕ ኣድማ": 3, "ሓፈሻዊ ኣድማ": 3,
        "ስራሕ ደው": 2.5, "ስራሕ ጠጠው": 2.5, "ዱኳናት ዓጽዮም": 2, "ጠለባቶም": 1.5, "ናይ ደገፍ ሰልፊ": 2.5,
        "ሻምዓ ኣብሪሆም": 1.5, "ሰልፊ": 1.5, "ፍትሒ ንደሊ": 1.5, "ተማሃሮ": 0.5,
    },
    STRATEGIC: {
        "ተኹሲ ደው ምባል": 3, "ተኩሲ ደው ምባል": 3, "ተኹሲ ጠጠው ምባል": 3, "ስምምዕ ሰላም": 3, "ናይ ሰላም ስምምዕ": 3,
        "ስምምዕ": 1.5, "ዘተ ሰላም": 3, "ናይ ሰላም ዘተ": 3, "ልዝብ": 2, "ኣሲሮ": 2.5, "አሲሮ": 2.5, "ኣሲሩ": 2.5,
        "ማእሰርቲ": 2, "ኣብ ቀይዲ": 2, "ተታሒዞ": 1.5, "ዘሚቶ": 2, "ዘሚቱ": 2, "ምዝማት": 2, "ተፈናቒ": 2,
        "ተፈናቐ": 2, "ሰዓት እላፊ": 3, "ኣዋጅ ህጹጽ ግዜ": 3, "ገደብ ምንቅስቓስ": 2.5, "ኣዋፊሮ": 2, "ኢዶም ሂቦም": 2.5,
        "ኢዱ ሂቡ": 2.5, "ምዝላቕ": 2, "ኣዝሊቖ": 2, "ብዘይ ውግእ": 2.5, "ተመልሚ": 2,
    },
}

# Hausa as BBC Hausa, VOA Hausa and Aminiya write it: whole words, like the other Latin-script
# languages, with the hooked letters (ɓ, ɗ, ƙ) folded to plain ones, as many writers type
# them. Past forms carry the subject ("sun kashe", they killed; "an kashe", were killed).
# Left out: "bore" (uprising), an English word; "maci" (march), also "eater"; "bam" (bomb)
# alone, Burkina Faso's Bam province in English reports; the armed groups' names ("Boko
# Haram", "ISWAP"), which English reports use too.
HAUSA: Cues = {
    BATTLES: {
        "artabu": 3, "an yi artabu": 3, "sun yi artabu": 3, "gumurzu": 3, "an gwabza": 2.5,
        "musayar wuta": 3, "ɓata-kashi": 3, "bata-kashi": 3, "ɗauki ba daɗi": 3,
        "dauki ba dadi": 3, "kwanton ɓauna": 3, "kwanton bauna": 3, "fafatawa": 2.5,
        "sun fafata": 2.5, "faɗa tsakanin": 2, "fada tsakanin": 2, "sun ƙwato": 2,
        "sun kwato": 2, "fatattaki": 2.5, "daƙile harin": 2.5, "dakile harin": 2.5,
        "ragargaza": 2, "kashe 'yan ta'adda": 2, "harbe-harbe": 1.5, "kai farmaki": 1.5,
        "sojoji": 0.5, "dakarun": 0.5, "'yan sa-kai": 0.5,
    },
    EXPLOSIONS: {
        "harin bam": 3, "bam ya tashi": 3, "tashin bam": 3, "fashewar bam": 3,
        "bama-bamai": 2.5, "ƙunar baƙin wake": 3, "kunar bakin wake": 3,
        "harin sama": 3, "hare-haren sama": 3, "harin jirgin sama": 3, "jirgin yaƙi": 2,
        "jirgin yaki": 2, "jiragen yaƙi": 2, "jiragen yaki": 2, "jirgi mara matuƙi": 2.5,
        "jirgi mara matuki": 2.5, "nakiya": 3, "nakiyoyi": 3, "gurneti": 3, "harba roka": 2.5,
        "luguden wuta": 2.5, "jefa bam": 3, "igwa": 2, "abin fashewa": 2.5, "fashewa": 1.5,
        "rundunar sojin sama": 1, "sojin sama": 0.5,
    },
    VAC: {
        "kisan kiyashi": 3, "kashe fararen hula": 3, "kisan gilla": 3, "kisan ƙare dangi": 3,
        "kisan kare dangi": 3, "garkuwa da mutane": 3, "yi garkuwa": 3, "sace mutane": 3,
        "an sace": 2, "sun sace": 2, "aka sace": 2, "suka sace": 2, "fyaɗe": 3, "fyade": 3,
        "azabtarwa": 2.5, "azabtar da": 2.5, "yankan rago": 2.5, "harbe har lahira": 2,
        "an kashe": 1.5, "sun kashe": 1.5, "aka kashe": 1.5, "suka kashe": 1.5,
        "fararen hula": 1.5, "mazauna ƙauyen": 1, "mazauna kauyen": 1, "'yan fashin daji": 0.5,
        "yan fashin daji": 0.5, "'yan bindiga": 0.5, "yan bindiga": 0.5,
    },
    RIOTS: {
        "tarzoma": 3, "tarzomar": 3, "hargitsi": 2, "rikiɗe zuwa rikici": 2.5,
        "rikide zuwa rikici": 2.5, "jifa da duwatsu": 2.5, "jifan duwatsu": 2.5,
        "ƙona tayoyi": 2.5, "kona tayoyi": 2.5, "fusatattun matasa": 2.5,
        "fusatattun jama'a": 2.5, "ɗaukar doka a hannu": 3, "daukar doka a hannu": 3,
        "ƙona shi da ransa": 2, "kona shi da ransa": 2, "dukan tsiya": 1.5, "sun farfasa": 2,
        "farfasa": 1.5, "ɓarnata dukiya": 1.5, "barnata dukiya": 1.5, "barkonon tsohuwa": 1.5,
        "hayaƙi mai sa hawaye": 1.5, "hayaki mai sa hawaye": 1.5, "'yan daba": 1, "yan daba": 1,
        "'yan sara-suka": 1, "'yan jagaliya": 1,
    },
    PROTESTS: {
        "zanga-zanga": 3, "zanga zanga": 3, "zanga-zangar": 3, "masu zanga-zanga": 3,
        "zanga-zangar lumana": 3, "yajin aiki": 3, "tsunduma yajin aiki": 3, "zaman dirshan": 3,
        "gangami": 2, "fito kan tituna": 2, "fita kan tituna": 2, "nuna rashin amincewa": 2,
        "nuna ɓacin ransu": 1.5, "nuna bacin ransu": 1.5, "ɗauke da kwalaye": 2,
        "dauke da kwalaye": 2, "rufe hanya": 1.5, "toshe hanya": 1.5, "ƙungiyar ƙwadago": 1,
        "kungiyar kwadago": 1, "nlc": 1, "asuu": 1, "ƙorafi": 1, "korafi": 1, "endsars": 1.5,
    },
    STRATEGIC: {
        "an kama": 2, "sun kama": 2, "aka kama": 2, "an cafke": 2.5, "sun cafke": 2.5,
        "tsagaita wuta": 3, "yarjejeniyar zaman lafiya": 3, "tattaunawar zaman lafiya": 3,
        "tattaunawar sulhu": 3, "sulhu": 2, "dokar hana fita": 3, "dokar hana zirga-zirga": 2.5,
        "gudun hijira": 2, "ƙauracewa gidajensu": 2, "kauracewa gidajensu": 2,
        "tura dakaru": 2.5, "tura sojoji": 2.5, "miƙa wuya": 3, "mika wuya": 3,
        "ajiye makamai": 2.5, "ɗaukar mayaƙa": 2, "daukar mayaka": 2, "ƙwace iko": 2,
        "kwace iko": 2, "wawushe": 2, "washe": 1.5, "rushe gidaje": 2, "rusau": 2,
        "satar shanu": 1.5,
    },
}

# Somali as BBC Somali, VOA Somali and Hiiraan Online write it (c and x for the pharyngeals,
# doubled vowels for long ones), as whole words. Left out: "drone", an English word, and
# "al-Shabaab", which English reports use too.
SOMALI: Cues = {
    BATTLES: {
        "dagaal": 2.5, "dagaalka": 2.5, "dagaallo": 2.5, "dagaal culus": 3, "dagaal qaraar": 3,
        "dagaal kulul": 3, "dagaal ka dhacay": 3, "dagaal u dhexeeyay": 3, "dagaalamay": 3,
        "dagaalameen": 3, "isku dhac": 3, "isku dhacyo": 3, "iska horimaad": 3,
        "iska horimaadyo": 3, "is rasaaseeyeen": 3, "rasaas is weydaarsadeen": 3, "gaadmo": 3,
        "gaadmo u dhigeen": 3, "kamiin": 3, "duulaan": 2, "howlgal ciidan": 2,
        "dib ula wareegeen": 2.5, "dib ula wareegay": 2.5, "dib u qabsadeen": 2.5,
        "weerar ku qaadeen": 2, "rasaas": 1, "khasaare": 1, "ciidamada dowladda": 0.5,
        "maleeshiyaad": 0.5,
    },
    EXPLOSIONS: {
        "qarax": 3, "qaraxa": 3, "qaraxyo": 3, "qaraxyada": 3, "qarxay": 3, "la qarxiyay": 3,
        "qarxiyeen": 3, "ismiidaamin": 3, "is qarxiye": 3, "ismiidaamiye": 3, "miino": 3,
        "miinooyin": 3, "miino dhulka lagu aasay": 3, "walxaha qarxa": 2.5,
        "gaari walxaha qarxa laga soo buuxiyay": 3, "bambaano": 3, "hoobiye": 3,
        "hoobiyeyaal": 3, "madaafiic": 3, "gantaal": 2.5, "gantaallo": 2.5, "duqeyn": 3,
        "duqeymo": 3, "duqeyn cirka ah": 3, "duqeeyay": 3, "duqeeyeen": 3, "weerar cirka ah": 3,
        "diyaarado dagaal": 2,
    },
    VAC: {
        "xasuuq": 3, "xasuuqa": 3, "la xasuuqay": 3, "xasuuqeen": 3, "la afduubay": 3,
        "afduubeen": 3, "afduub": 2.5, "la qafaashay": 3, "qafaasheen": 3, "la kufsaday": 3,
        "kufsi": 3, "kufsadeen": 3, "la jirdilay": 3, "jirdil": 2.5, "la gowracay": 2.5,
        "gowraceen": 2.5, "dad shacab ah": 2, "shacab aan hubeysneyn": 2.5, "dad rayid ah": 2,
        "dad aan waxba galabsan": 2.5, "si fagaare ah loo toogtay": 2, "tuulooyin la gubay": 2,
        "haween iyo carruur": 1.5, "la toogtay": 1.5, "la dilay": 1.5, "ayaa la dilay": 1.5,
        "waa la dilay": 1.5, "dileen": 1.5, "shacab": 1,
    },
    RIOTS: {
        "rabshad": 3, "rabshado": 3, "rabshadaha": 3, "rabshado ka dhacay": 3,
        "bannaanbax rabshado wata": 3, "dhagxaan": 2, "dhagxaan ku tuuray": 2.5,
        "dhagxaan ku tuureen": 2.5, "taayirro": 2, "taayirro gubeen": 2.5,
        "shideen taayirro": 2.5, "dad cadhaysan": 2, "dad caraysan": 2,
        "dadweyne cadhaysan": 2.5, "qalalaase": 2, "buuq": 1.5, "burburiyeen": 1.5,
        "gubeen": 1.5, "bililiqeysteen": 1.5, "sharciga gacanta ku qaateen": 2.5,
        "sharciga gacanta ku qaatay": 2.5, "garaaceen ilaa uu dhintay": 2.5, "kala eryeen": 1.5,
        "rasaas hawada": 1.5, "sunta ilmada keenta": 1.5, "dibadbaxayaasha": 1,
    },
    PROTESTS: {
        "bannaanbax": 3, "banaanbax": 3, "bannaanbaxyo": 3, "bannaanbaxa": 3, "dibadbax": 3,
        "dibadbaxyo": 3, "dibadbaxa": 3, "mudaaharaad": 3, "mudaharaad": 3,
        "ka bannaanbaxay": 3, "ka bannaanbaxeen": 3, "ka dibadbaxay": 3, "ka dibadbaxeen": 3,
        "dibadbaxayaal": 2.5, "bannaanbaxayaal": 2.5, "shaqo joojin": 3, "shaqa joojin": 3,
        "shaqada joojiyeen": 2.5, "fadhi ku dirir": 3, "dukaamada xireen": 2,
        "isu soo baxay": 2, "isu soo baxeen": 2, "boorar": 1.5, "hal ku dhig": 1.5,
        "ka soo horjeeda": 1, "cabasho": 1, "ardayda": 0.5, "macallimiinta": 0.5,
    },
    STRATEGIC: {
        "la xiray": 2, "xireen": 1.5, "xarig": 2, "gacanta lagu dhigay": 2, "heshiis": 2,
        "heshiis nabadeed": 3, "xabbad joojin": 3, "xabad joojin": 3, "wada hadal": 2,
        "wadahadal": 2, "shir nabadeed": 3, "dib u heshiisiin": 2.5, "barakac": 2.5,
        "barakacay": 2, "ku barakaceen": 2.5, "bandoo": 3, "bandow": 3,
        "ciidamo la geeyay": 2.5, "ciidamo dheeraad ah": 2, "ka baxeen": 1.5, "isaga baxeen": 2,
        "dagaal la'aan": 2.5, "is dhiibay": 3, "is dhiibeen": 3, "isdhiibay": 3, "bililiqo": 2,
        "la bililiqeystay": 2, "ciidamo cusub la qoray": 2, "qoritaan": 1.5,
    },
}

# Kinyarwanda (and Kirundi, its close kin) as Radio Rwanda, IGIHE and BBC Gahuzamiryango write
# it, as whole words. Left out: words English, French or Spanish reports use too ("grenade",
# "drone", "mine", "bombe", "grève", "ville morte", "lucha") and armed groups' names (FARDC,
# M23, FDLR, Wazalendo, Interahamwe).
KINYARWANDA: Cues = {
    BATTLES: {
        "imirwano": 3, "imirwano ikomeye": 3, "barwanye": 3, "bararwanye": 3, "kurwana": 2,
        "barasanye": 3, "kurasana": 3, "bahanganye": 2.5, "guhangana": 2, "imirwano yubuye": 3,
        "imirwano yongeye kubura": 3, "bateze igico": 2.5, "igico": 2, "bagabye igitero": 2,
        "yagabye igitero": 2, "igitero": 1.5, "urufaya rw'amasasu": 2, "amasasu": 1.5,
        "bigaruriye": 2.5, "yigaruriye": 2.5, "kwigarurira": 2, "bisubije": 2, "yisubije": 2,
        "intambara": 2, "urugamba": 2.5, "ingabo za leta": 0.5,
    },
    EXPLOSIONS: {
        "igisasu": 2.5, "ibisasu": 2.5, "ibisasu bya rutura": 3, "ibisasu biremereye": 3,
        "barashe ibisasu": 3, "yarashe ibisasu": 3, "ibisasu byaguye": 3, "cyaturitse": 2.5,
        "cyaturikiye": 2.5, "guturika": 2, "ibiturika": 2, "indege zitagira abapilote": 3,
        "indege itagira umupilote": 3, "misile": 3, "gerenade": 3, "ikibunda": 2, "ibibunda": 2,
        "ibisasu byo mu butaka": 3, "yiturikirijeho": 3, "kwiturikirizaho": 3,
        "indege z'intambara": 2.5, "ibisasu byarashwe": 3,
    },
    VAC: {
        "bishe abasivili": 3, "abasivili bishwe": 3, "bishe abaturage": 3,
        "abaturage bishwe": 3, "ubwicanyi": 2.5, "itsembabwoko": 3, "jenoside": 3, "bishwe": 2,
        "yishwe": 2, "barishwe": 2, "bishe": 2, "barishe": 2, "bicishijwe imihoro": 3,
        "batemaguwe": 2.5, "bashimuswe": 2.5, "yashimuswe": 2.5, "bashimuse": 2.5,
        "gushimuta": 2, "ishimutwa": 2, "yafashwe ku ngufu": 3, "bafashwe ku ngufu": 3,
        "gufata ku ngufu": 2.5, "iyicarubozo": 2.5, "bakorewe iyicarubozo": 3,
        "batwitswe ari bazima": 3, "baciwe imitwe": 3, "inzirakarengane": 1.5, "abicanyi": 1.5,
    },
    RIOTS: {
        "imvururu": 3, "imidugararo": 2.5, "urugomo": 2, "imyigaragambyo y'urugomo": 3,
        "bateye amabuye": 3, "batera amabuye": 2.5, "amabuye": 1, "batwitse amapine": 3,
        "gutwika amapine": 2.5, "bangije": 1.5, "bangiza": 1.5, "kwihanira": 3, "bihaniye": 3,
        "biyemeje kwihanira": 3, "bamukubise kugeza apfuye": 3, "bamukubise": 1.5,
        "bakubise": 1.5, "abaturage barakaye": 2, "abaturage barakariye": 2, "imbaga": 1,
        "akavuyo": 1.5, "basahuye amaduka": 2, "gusahura": 1, "barakaye": 1,
        "abigaragambyaga bateye": 2.5,
    },
    PROTESTS: {
        "imyigaragambyo": 3, "imyigaragambyo y'amahoro": 3, "bigaragambije": 3,
        "kwigaragambya": 3, "bigaragambya": 3, "abigaragambya": 2.5, "abigaragambyaga": 2.5,
        "urugendo rwo kwamagana": 3, "bakoze urugendo": 2, "bamaganye": 1.5, "bamagana": 1.5,
        "kwamagana": 1.5, "bahagaritse akazi": 2.5, "guhagarika akazi": 2.5, "baretse akazi": 2,
        "ibyapa": 1.5, "bicaye imbere": 1.5, "bakoraniye imbere": 1.5, "barasaba": 1,
        "basaba": 1, "abanyeshuri": 0.5, "abarimu": 0.5, "sosiyete sivile": 0.5,
    },
    STRATEGIC: {
        "yatawe muri yombi": 2.5, "batawe muri yombi": 2.5, "bafashwe": 1.5, "yafashwe": 1.5,
        "agahenge": 3, "guhagarika imirwano": 3, "amasezerano y'amahoro": 3, "amasezerano": 2,
        "ibiganiro by'amahoro": 3, "imishyikirano": 2.5, "bahunze": 2, "bavanywe mu byabo": 2.5,
        "bakuwe mu byabo": 2.5, "impunzi": 1.5, "ingabo zoherejwe": 2.5, "kohereza ingabo": 2.5,
        "bashyize intwaro hasi": 3, "yishyikirije": 2.5, "bishyikirije": 2.5,
        "kwinjiza mu gisirikare": 2.5, "kwinjiza abana mu gisirikare": 3, "basahuye": 2,
        "basenye amazu": 2, "batwitse amazu": 2, "umukwabu": 1.5, "bigaruriye nta mirwano": 3,
        "bavuye mu birindiro": 2, "amasaha yo kutagenda": 2.5, "guma mu rugo": 1.5,
    },
}

#: Language (ISO 639-1) -> cues. A report is read against all of them: a French report
#: quoting an English statement, or a code-switched one, still finds its cues.
CUES_BY_LANGUAGE: dict[str, Cues] = {
    "en": ENGLISH,
    "fr": FRENCH,
    "es": SPANISH,
    "pt": PORTUGUESE,
    "ar": ARABIC,
    "sw": SWAHILI,
    "am": AMHARIC,
    "my": BURMESE,
    "ti": TIGRINYA,
    "ha": HAUSA,
    "so": SOMALI,
    "rw": KINYARWANDA,
}
#: Languages written with their articles and conjunctions joined to the word.
JOINED = frozenset({"ar", "am", "my", "ti"})

# Civilians and harm done to them, for the civilian-targeting flag of events not typed as
# violence against civilians (a shelled market, a mob that killed a passer-by): regular
# expressions over folded text, per language. The first four are matched as whole words.
CIVILIAN_WORDS: dict[str, str] = {
    "en": r"civilians?|villagers?|residents?|women|children|child|passengers?|worshippers?|"
    r"farmers?|herders?|traders?|students?|displaced|a man|a woman|a boy|a girl",
    "fr": r"civils|un civil|villageois|habitants?|femmes?|enfants?|passagers?|fideles|"
    r"cultivateurs?|eleveurs?|commercants?|eleves|deplaces|un homme|une femme|un garcon|"
    r"une fille",
    "es": r"civiles|campesinos?|pobladores?|habitantes?|mujer(?:es)?|nin[oa]s?|pasajeros?|"
    r"comerciantes?|estudiantes?|desplazados|un hombre|una mujer",
    "pt": r"civis|aldeoes|moradores?|habitantes?|mulher(?:es)?|criancas?|passageiros?|"
    r"comerciantes?|estudantes?|deslocados|um homem|uma mulher",
    "ar": r"مدني|قروي|سكان|نساء|امراة|اطفال|طفل|ركاب|مصلين|مزارع|نازح",
    "sw": r"raia|wanakijiji|mwanakijiji|wakazi|mkazi|wananchi|mwananchi|wanawake|mwanamke|"
    r"watoto|mtoto|wasichana|msichana|wavulana|mvulana|wanaume|mwanamume|mwanaume|"
    r"wasafiri|msafiri|abiria|waumini|muumini|waombolezaji|wakulima|mkulima|wafugaji|"
    r"mfugaji|wavuvi|mvuvi|wafanyabiashara|mfanyabiashara|wanafunzi|mwanafunzi|"
    r"wakimbizi|mkimbizi|wakimbizi wa ndani",
    "am": r"ሰላማዊ ሰዎች|ሰላማዊ ዜጎች|ንፁሃን|ንጹሃን|ንፁሐን|ንጹሐን|ንፁሀን|ንጹሀን|ሲቪሎች|ነዋሪ|የመንደሩ|የቀበሌው|ሴቶች|"
    r"አንዲት ሴት|ነፍሰ ጡር|ህፃናት|ሕፃናት|ህጻናት|ሕጻናት|ልጆች|አረጋውያን|አዛውንት|አርሶ አደር|አርብቶ አደር|ገበሬ|ተማሪ|"
    r"መንገደኞች|ተሳፋሪ|ምዕመናን|ምእመናን|አማኞች|ካህናት|ተፈናቃ|ነጋዴ|አሽከርካሪ|ግለሰብ|ዜጎች",
    "my": r"အရပ်သား|ရွာသား|ရွာသူ|ဒေသခံ|နေထိုင်သူ|အမျိုးသမီး|မိန်းကလေး|ယောက်ျားလေး|ကလေး|"
    r"သက်ကြီးရွယ်အို|အဘိုးအို|အဖွားအို|ကိုယ်ဝန်ဆောင်|လယ်သမား|တောင်သူ|ကျောင်းသား|"
    r"ခရီးသည်|စစ်ရှောင်|စစ်ဘေးရှောင်|သံဃာ|ဘုန်းကြီး|ရဟန်း|သီလရှင်|ဘုရားဖူး|ကုန်သည်|"
    r"ဈေးသည်|လူနာ",
    "ti": r"ሲቪል|ሲቪላውያን|ሰላማውያን|ሰላማዊ ህዝቢ|ነበርቲ|ተቐማጦ|ሓረስቶት|ሐረስቶት|ሓረስታይ|ደቀንስትዮ|ህጻናት|ሕጻናት|ህፃናት|ቆልዑ|"
    r"ቖልዑ|ኣረጋውያን|ዓበይቲ ዓዲ|ኣደታት|ተፈናቐልቲ|ምእመናን|ኣመንቲ|ንጹሃት|ንፁሃት|ዘይዕጡቓት|ተማሃሮ",
    "ha": r"fararen hula|farar hula|mazauna|mazauna kauyen|kauyawa|manoma|yara|kananan yara|"
    r"tsofaffi|yan gudun hijira|masallata|masu ibada|bayin allah|"
    r"wadanda ba su ji ba ba su gani ba|matafiya|fasinjoji|dalibai",
    "so": r"shacab|shacabka|rayid|rayidka|dadka deegaanka|dad deegaan|beeraley|beeralayda|"
    r"xoolo dhaqato|dumar|haween|hooyooyin|carruur|caruur|carruurta|waayeel|"
    r"barakacayaal|barakacayaasha|dad barakacay|tukanayay|dadka tuulada|"
    r"dad aan waxba galabsan|bareeri|ardayda",
    "rw": r"abasivili|umusivili|abaturage|umuturage|abaturiye|abatuye|abahinzi|umuhinzi|"
    r"aborozi|abashumba|abagore|umugore|abana|umwana|abakecuru|abasaza|"
    r"abageze mu zabukuru|impunzi|abavanywe mu byabo|abakirisitu|abasenga|abayoboke|"
    r"inzirakarengane|abanyeshuri|abagenzi",
}
HARM_WORDS: dict[str, str] = {
    "en": r"killed|kill|injured|wounded|abducted|kidnapped|raped|shot|beaten|burned|burnt|"
    r"executed|tortured|hacked|attacked|murdered|slaughtered",
    "fr": r"tuee?s?|blessee?s?|enlevee?s?|kidnappee?s?|violee?s?|abattue?s?|executee?s?|"
    r"torturee?s?|egorgee?s?|massacree?s?|agressee?s?|brulee?s?|assassinee?s?|attaque|"
    r"battue?s?|lynchee?s?",
    "es": r"asesinad[oa]s?|asesinaron|mato|mataron|muert[oa]s|herid[oa]s|hirio|hirieron|"
    r"secuestrad[oa]s|"
    r"secuestraron|violad[oa]s?|ejecutad[oa]s?|torturad[oa]s?|atacaron|golpead[oa]s?|"
    r"quemad[oa]s?|masacrad[oa]s?|linchad[oa]s?",
    "pt": r"mort[oa]s|matou|mataram|ferid[oa]s|feriu|feriram|sequestrad[oa]s?|raptad[oa]s?|"
    r"violad[oa]s?|linchad[oa]s?|"
    r"executad[oa]s?|torturad[oa]s?|atacaram|espancad[oa]s?|queimad[oa]s?|decapitad[oa]s?|"
    r"assassinad[oa]s?",
    "ar": r"قتل|مقتل|جرح|اصابة|اختطف|خطف|اغتصب|اعدام|تعذيب|ذبح|هاجم|حرق|قصف",
    # Swahili: past, perfect, relative, infinitive and eastern-Congo "bali-" forms.
    "sw": r"(?:wali|ali|wame|ame|bali|waka|aka|ku|walio|aliye)u(?:awa|wawa|liwa)|"
    r"waliua|aliua|wameua|ameua|waliwaua|walimuua|walimwua|"
    r"(?:wali|ali|wame|ame|bali|walio|aliye|ku)jeruhiwa|majeruhi|"
    r"(?:wali|ali|wame|ame|bali|ku)tekwa(?: nyara)?|(?:wali|walim|waliwa)teka nyara|"
    r"(?:wali|ali|wame|ame|ku)bakwa|"
    r"(?:wali|ali|wame|ame|ku)chomwa(?: moto)?|"
    r"(?:wali|ali|wame|ame|ku)chinjwa|"
    r"(?:wali|ali|wame|ame|ku)katwakatwa|(?:wali|ali)katwa(?: mapanga)?|"
    r"(?:wali|ali|wame|ame|ku)teswa|"
    r"(?:wali|ali|wame|ame|ku)pigwa risasi|(?:wali|ali)pigwa|"
    r"(?:wali|ali|wame|ame|ku)shambuliwa|(?:wali|ali|ku)vamiwa|"
    r"(?:wali|ame|wame|ali)poteza maisha",
    "am": r"ተገደሉ|ተገደለ|ተገድለ|ተገድሏ|ገደሏቸው|ገደሉት|ግድያ|ጭፍጨፋ|ጨፈጨፉ|ቆሰሉ|ቆስለ|ቆስሏ|ቁስለኛ|ቁስለኞች|ጉዳት ደርሶ|"
    r"ጉዳት ደረሰ|ታገቱ|ታገተ|ታግተ|እገታ|ታፍነ|ተሰወሩ|ተደፈሩ|ተደፈረ|ተደፍረ|አስገድዶ መድፈር|ጾታዊ ጥቃት|ፆታዊ ጥቃት|ተቃጠሉ|"
    r"ተቃጥለ|በእሳት|ተሰቃዩ|ሰቆቃ|ስቃይ|ተደበደቡ|ተደበደበ|ደበደቧቸው|ታረዱ|ታርደ|አረዷቸው|በጥይት|ተተኩሶባቸው|ጥቃት ተፈጸመ|"
    r"ጥቃት ተፈፀመ|ጥቃት ደርሶ|ሕይወታቸው አለፈ|ህይወታቸው አለፈ|ሕይወታቸውን አጥ|ህይወታቸውን አጥ|ሕይወቱ አለፈ|ህይወቱ አለፈ|"
    r"ሕይወቷ አለፈ|ህይወቷ አለፈ|ሞተዋል|የሞቱ|መሞታቸው",
    "my": r"သေဆုံး|အသက်ဆုံးရှုံး|သတ်ဖြတ်|အသတ်ခံ|ပစ်သတ်|သတ်ပစ်|ရိုက်သတ်|ခုတ်သတ်|ဒဏ်ရာ|"
    r"ပြန်ပေးဆွဲ|ဓားစာခံ|ဖမ်းဆီးခေါ်ဆောင်|မုဒိမ်း|အဓမ္မပြုကျင|ညှဉ်းပန်း|နှိပ်စက်|"
    r"ရိုက်နှက်|ခေါင်းဖြတ်|လည်ပင်းလှီး|ကျဆုံး|ပစ်ခတ်ခံရ|ထိမှန်|မီးရှို့|လူသားဒိုင်း|"
    r"တိုက်ခိုက်ခံရ",
    "ti": r"ተቐቲ|ተቀቲ|ቀቲሎ|ቐቲሎ|ቀቲሉ|ቐቲሉ|ተቐትሉ|ቅትለት|ቕትለት|ህልቂት|ጃምላዊ ቅትለት|ቆሲሎ|ቖሲሎ|ተወጊኦ|ውጉኣት|ተዓሚጸ|ተዓሚጻ|ዓሚጾ|"
    r"ጨውዮ|ጨውዩ|ኣሳቒዮ|ተወቒዖ|ሓሪዶ|ሐሪዶ|ብሓዊ ተቓጺሎ|ኣስከሬን|ተሳቒዮ",
    "ha": r"kashe|kashe\-kashe|an kashe|aka kashe|sun kashe|suka kashe|rasa rayukansu|rasu|"
    r"mutu|jikkata|raunata|raunuka|fyade|sace|garkuwa|azabtar|yanka|yankan rago|"
    r"kisan kiyashi|kisan gilla|dukan tsiya|kone su da ransu|harbe",
    "so": r"dilay|la dilay|dileen|ku dhintay|ku dhinteen|dhimasho|dhaawac|ku dhaawacmay|"
    r"ku dhaawacmeen|la dhaawacay|xasuuq|la xasuuqay|la kufsaday|kufsi|la afduubay|"
    r"la qafaashay|la jirdilay|la garaacay ilaa uu dhintay|la gowracay|gowracay|"
    r"iyagoo nool la gubay|nool lagu gubay|la toogtay|meydad",
    "rw": r"bishwe|yishwe|barishwe|bishe|yishe|barishe|bapfuye|yapfuye|ubwicanyi|bakomeretse|"
    r"yakomeretse|inkomere|bafashwe ku ngufu|yafashwe ku ngufu|bashimuswe|yashimuswe|"
    r"iyicarubozo|bakubiswe kugeza bapfuye|baciwe imitwe|batwitswe ari bazima|"
    r"bicishijwe imihoro|batemaguwe|yatemaguwe|imirambo|itsembabwoko",
}
