"""Incitement and dehumanising speech: does a report carry calls to violence against a group?

A transparent rule coder rather than a trained classifier, for three reasons: it must work in
Amharic, Burmese and Arabic, where no labelled data can ship with Tocsin; an analyst must see
*why* a text was flagged (the span and the kind of cue); and what matters for atrocity
warning is narrow - calls to exterminate or cleanse, threats, and likening a group to vermin
or disease - not general offensiveness.

Per sentence: a *call* or *threat* scores high, higher when a group or a plural pronoun is its
object; a *dehumanising* word scores high only when it is said of a group in the same sentence
(so "a rat ran across the road" is not flagged); a negation before the cue or a counter-speech
marker in the sentence ("it is wrong to call them vermin") scales the score down. The report
scores as its strongest sentence.

When a learned model has been trained (:mod:`tocsin.coding.incitement_model`), a report in a
language it reads is also flagged when the model says so; the rules still give the span, the
cue and the target group, ``learned_score`` says what the model thought, and ``source`` says
whether the rules found a cue or the model alone flagged the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.embedder import pooled_vectors
from tocsin.coding.groups import GroupMention, find_groups
from tocsin.coding.incitement_lexicon import LEXICONS, Lexicon
from tocsin.coding.incitement_model import MODEL_FILE, IncitementModel
from tocsin.coding.incitement_model import THRESHOLD as MODEL_THRESHOLD
from tocsin.coding.registry import register
from tocsin.coding.storage import ModelFile
from tocsin.coding.text import AFFIXED_SCRIPTS, alternation, fold, phrase_pattern

THRESHOLD = 0.5
CALL, THREAT, DEHUMANISING = "call_to_violence", "threat", "dehumanising"
BASE = {CALL: 0.7, THREAT: 0.75, DEHUMANISING: 0.3}
WITH_GROUP = {CALL: 0.95, THREAT: 0.85, DEHUMANISING: 0.8}
WITH_PRONOUN = {CALL: 0.85, THREAT: 0.8, DEHUMANISING: 0.6}
COUNTERED = 0.3  # a negated or condemned cue keeps under a third of its score

_PRONOUN = re.compile(
    r"\b(?:them|they|these people|those people|all of them|such people|ils|eux|elles|ellos|eles|"
    r"wao|hao|hawa|wale|su duka|su duk|dukansu|dukkansu|wadannan|mutanen nan|irinsu|"
    r"iyaga|iyagu|dhammaantood|dhamaantood|dadkaas|dadkan|kuwaas|kuwaasi|kuwan|kuwaan|"
    r"beeshaas|beeshan|qabiilkaas|qabiilkan|bose|abo bantu|abo bose|bariya|ba bantu|"
    r"bariya bantu)\b"
    r"|هم\b|ሁሉንም|እነሱ|ንሳቶም|ንሳተን|ንዓኣቶም|ንዓታቶም|ንዓኦም|እቶም ሰባት|እዞም ሰባት|እዚኣቶም|ကောင်တွေ|သူတို့",
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|no one|don't|doesn't|isn't|aren't|shouldn't|mustn't|won't|"
    r"can't|cannot|pas|jamais|nunca|nao|nadie|ninguem|kamwe|hapana|kada|kar|ba za mu|"
    r"ko kadan|yaan|yaynaan|yeynan|marnaba|ma aha|maaha|maya|ha dilina|ha dilin|"
    r"ntimukabice|ntimukice|ntitukice|ntitugomba|ntituzigera|nta na rimwe|ntibikwiye|"
    r"ntimukabikore|oya)\b|\bn'|"
    r"\bلا\b|\bليس"
    # Tigrinya: "it is not", "must not", "no!", and the negative prefix fused onto the cue's
    # own verb ("ኣይን-ቕተሎም", let us not kill them), which ends the text before the cue.
    r"|ኣይኮነን|ኣይግባእን|ኣይፋል|(?:ኣይ|አይ)[ንት]?$"
)
# French "ne" negates only with its partner ("ne les tuez pas"); alone it is Hausa's "is"
# ("kyankyasai ne", they are cockroaches).
_FRENCH_NE = re.compile(r"\bne\b(?=[^.!?]*\b(?:pas|jamais|plus|rien|personne|point)\b)")
_COUNTER = re.compile(
    r"\b(?:wrong|condemn\w*|disgusting|unacceptable|hateful|hurtful|offensive|racist|"
    r"dehumani[sz]\w*|slurs?|stop "
    r"(?:calling|saying)|how dare|shame on|denounce\w*|not okay|not ok|inacceptable|condamn\w*|"
    r"honte|stop aux|(?:tuna|ana|ina|wana|ali|wali|ili|ame|wame|ku)laani|haikubaliki|"
    r"ni makosa|matamshi ya chuki|(?:acheni|tuache|msiwaite) kuwaita|allah wadai|tir da|"
    r"kalaman kiyayya|kalaman tunzura|ba za a lamunta ba|a daina kiran su|cambaare\w*|"
    r"lama aqbali karo|aan la aqbali karin|hadal nacayb|"
    r"hadallada nacaybka|nacaybka qabiil|joojiya hadallada|turamagana|yamaganye|bamaganye|"
    r"propagande|xenophob\w*|signalez|discours de haine|haineu\w*|incitation a la haine|"
    r"qui traitent|dire que|le discours de|poursuivis|xenofob\w*|discurso de odio|racismo|"
    r"racista|denunciad[oa]s?|discriminacion|discriminacao|no podemos repetir|nunca mas|"
    r"a expressao|la expresion|que chama|que llama|investigad[oa]s?|preconceito|chamar|"
    r"kwamagana|imvugo y'urwango|imvugo ibiba urwango|ntibyemewe|nimureke kubita|"
    r"ingengabitekerezo ya jenoside|kurwanya ingengabitekerezo)\b"
    # Tigrinya: "condemn" in its forms, "unacceptable", "hate speech"
    r"|ኮኒን|ኮኒኑ|ኹንን|ኩነኔ|ዘይቅቡል|ዘይቕቡል|ቅቡል ኣይኮነን|ጽልኢ ዘረባ|ዘረባ ጽልኢ"
    # Arabic: "racist", "hate speech", "we condemn / denounce / reject", "a shame on us",
    # "(does not) represent us", "an open call", "a war crime", "stop it" (Sudanese)
    r"|عنصري|خطاب الكراهية|خطاب كراهية|ندين|نستنكر|ادانة|نرفض|عار علينا|يمثلنا|دعوة صريحة|"
    r"جريمة حرب|جرائم حرب|شريك في الجريمة|بطلوها"
    # ... and a witness's account of what the killers shouted ("they were shouting")
    r"|كانوا بيصرخوا|كانوا يصرخون|كانوا بيهتفوا|كانوا يهتفون"
)
# "X are (nothing but | like | just) (a | an)? TERM": who is being likened, even when unlisted.
# French too: "les X sont des ...", "ces X c des ..." (SMS for "c'est").
_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:all|these|those|the|les|ces|tous les|los|las|os|as|esos|esses)\s+)"
    r"([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+"
    r"(?:are|is|r|=|sont|ce sont|c'est|c|son|sao)\s+"
    r"(?:basically\s+|nothing but\s+|no better than\s+|like\s+|just\s+|simply\s+|such\s+|"
    r"que\s+|rien que\s+|comme\s+)?"
    r"(?:a\s+|an\s+|des\s+|de\s+la\s+|de\s+|une?\s+|una?\s+|uma?\s+|uns\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:and\s+\w+\s+)?$"
)
# Arabic, Amharic and Burmese drop subject pronouns and fuse object pronouns into the verb,
# so a call in those scripts is read as aimed at someone, as an English call with "them" is.
# Amharic and Burmese dehumanising words still need a named group: alone ("dog") they are
# mostly everyday insults.
_PRO_DROP = re.compile(r"[\u0600-\u06ff\u1200-\u137f\u1000-\u109f]")


# Tigrinya "(they | you) are": "ተመን እዮም" is "they are snakes", said of people, as English
# "X are rats" is (the copula follows the noun and its plural ending).
_PREDICATED = re.compile(r"[\u1200-\u135a]*\s*(?:እዮም|ኢዮም|ኢኹም|ኢኹምን|ኢኽን|እየን|ኢየን)(?![\u1200-\u135a])")


# Somali "waa" (is, are) before the noun: "Reer X waa jiir", they are rats.
_SOMALI_COPULA = re.compile(r"\bwaa\s+$")
# Somali names a clan or lineage as "reer" and its name ("reer Kulmiye", the Kulmiye people):
# a group, though no list can hold every one.
_LINEAGE = re.compile(r"\breer\s+[a-z][\w'-]*")


def _pro_drop(cue: _Cue, folded: str, sentence: str) -> bool:
    """A call in a pro-drop script, an Arabic dehumanising word of the kind that names a group
    on its own (plural nouns - "dogs", "apes and pigs"), unless the sentence is about pests,
    crops or disease, or a Tigrinya or Somali one predicated of people."""
    text = folded[cue.start : cue.end]
    if cue.kind == DEHUMANISING:
        return bool(
            (cue.alone and not _LITERAL_CONTEXT.search(sentence))
            or _PREDICATED.match(folded, cue.end)
            or _SOMALI_COPULA.search(folded, max(0, cue.start - 8), cue.start)
        )
    return bool(_PRO_DROP.search(text))


_AR_LETTER = "\u0621-\u064a"
# Arabic words of pest control, farming and disease: rats in a store, locusts in a field and
# cholera's "epidemic" are not people.
_LITERAL_CONTEXT = re.compile(
    rf"(?<![{_AR_LETTER}])(?:و|ب|ل)?(?:ال)?(?:سم|مبيد|مبيدات|رش|نرش|ارشوا|محصول|محاصيل|زرع|قمح|"
    rf"ذرة|حصاد|مخزن|مزرعة|مزارع|نباتات|كوليرا|ملاريا|بعوض|تطعيم|لقاح)"
    rf"(?![{_AR_LETTER}])"
)


_NOT_SUBJECTS = {"they", "these", "those", "it", "this", "that", "there", "he", "she", "you",
                 "we", "i", "what", "which", "who", "people", "some", "ils", "elles", "ce", "ca",
                 "cela", "ceci", "on", "nous", "vous", "je", "tu", "il", "elle", "qui", "que",
                 "gens", "tout", "tous"}


@dataclass(frozen=True)
class _Cue:
    kind: str
    start: int
    end: int
    alone: bool = False  # a likening that names a group on its own (see Lexicon.names_group)


# English words of likening that event reports use literally ("Fulani herders' cattle", "seized
# 60 cattle", "slaughtered animals", "a disease outbreak"): they count only when said of someone,
# after a copula, a likening or an insult ("they are cattle", "like animals", "you filthy
# animals").
_LITERAL_WORDS = re.compile(r"(?:cattle|animals?|disease|virus)")
_PREDICATION = re.compile(
    r"\b(?:are|is|were|was|be|been|r|like|as|than|but|such|these|those|you|ur|filthy|dirty|"
    r"wild|stupid|dumb|mere|sub)\b[^.!?,;:]{0,20}$"
)


# English words of worthlessness that everyday speech says of anything ("J Cole is trash",
# "them boys trash", "this season is garbage"): a likening of people only when a group is
# named, or when people are called or treated as refuse ("human garbage", "nothing but
# trash", "thrown out like trash").
_REFUSE_WORDS = re.compile(r"(?:trash|garbage|rubbish)")
_REFUSE_LIKENING = re.compile(
    r"\b(?:human|like|as|nothing but|no better than)\s+(?:the\s+|a\s+|so\s+much\s+)?$"
)


def _literal_use(cue: _Cue, folded: str, left: int) -> bool:
    return bool(
        cue.kind == DEHUMANISING
        and _LITERAL_WORDS.fullmatch(folded, cue.start, cue.end)
        and not _PREDICATION.search(folded, max(left, cue.start - 30), cue.start)
    )


# Verbs of removal that everyday speech uses of governments, streets and pests ("il faut
# dégager ce gouvernement", "nettoyer le quartier", "acabar con la corrupción"): a call only
# when a group is named. And calls whose sentence is about pests, crops, livestock, cleaning or
# sport ("il faut tuer les rats du grenier", "égorger le mouton de la Tabaski", "hoy los vamos
# a golear") are not aimed at people unless a group is named.
_REMOVAL_VERBS = re.compile(
    r"(?:nettoyer|degager|balayer|chasser|virer|expulser|couper|finir|chassez|balayez|chasses|"
    r"expulses|finissez|decoupez)(?:[- ](?:les|leur|tous|toutes|ces|ce|cette))?$"
    # Spanish and Portuguese: "acabar con la corrupción", "sacar a este gobierno", "limpar"
    r"|(?:sacar|expulsar|correr|limpiar|limpar|acabar con|acabar com|borrar|eliminar|"
    r"desaparecer|echar|tirar|fumigar|dedetizar|cazar|cacar)"
    r"(?:-?(?:los|las|lo|la|les|os|as))?$"
)
_PEST_CONTEXT = re.compile(
    r"\b(?:grenier|poison|insecticides?|raticides?|pesticides?|larves?|moustiques?|cafards de|"
    r"rats (?:du|de la|des)|eaux stagnantes|recoltes?|champs?|salubrite|ordures|caniveaux|"
    r"poubelles|tabaski|moutons?|poulets?|chevres?|boeufs?|betail|chenilles|criquets|"
    r"fumigador\w*|fumigar|fumigac\w*|veneno|cosechas?|langostas?|gallinas?|mercaderia|deposito|"
    r"colheitas?|gafanhotos|galinhas?|celeiro|dispensa|despensa|galpao|dedetizacao|racao|"
    r"ganado|gado|vacas|garrapatas|carrapatos|"
    # and sport: "les llegó su hora a los del América, hoy los vamos a golear"
    r"golear|goleada|partido|estadio|campeonato|torcida|jogo|clasico|classico)\b"
)


def _removal_call(cue: _Cue, folded: str) -> bool:
    return cue.kind == CALL and bool(_REMOVAL_VERBS.search(folded, cue.start, cue.end))


def _everyday_refuse(cue: _Cue, folded: str, group: GroupMention | None) -> bool:
    return bool(
        cue.kind == DEHUMANISING
        and group is None
        and _REFUSE_WORDS.fullmatch(folded, cue.start, cue.end)
        and not _REFUSE_LIKENING.search(folded, max(0, cue.start - 20), cue.start)
    )


def _compile(lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for kind, items in ((CALL, lexicon.calls), (THREAT, lexicon.threats)):
        if not items:
            continue
        if lexicon.regex:
            out.append((kind, re.compile(alternation(items))))
        else:
            out.append((kind, phrase_pattern(items, word_boundaries=lexicon.word_boundaries)))
    if lexicon.dehumanising:
        pattern = phrase_pattern(lexicon.dehumanising, lexicon.word_boundaries)
        if lexicon.arabic_words:
            pattern = re.compile(
                rf"(?<![{_AR_LETTER}])(?:و|ف)?(?:ب|ل|ك)?(?:ال)?{pattern.pattern}(?![{_AR_LETTER}])"
            )
        out.append((DEHUMANISING, pattern))
    return out


def _in_affixed_script(lexicon: Lexicon) -> bool:
    entries = lexicon.calls + lexicon.threats + lexicon.dehumanising
    return all(AFFIXED_SCRIPTS.search(e) for e in entries)


# (needs an Arabic, Ethiopic or Myanmar letter in the text, kind, pattern): the lexicons of
# those scripts are matched anywhere in a word, which is slow on a text that has none.
_CUE_PATTERNS = [
    (_in_affixed_script(lexicon), kind, pattern, lexicon.names_group and kind == DEHUMANISING)
    for lexicon in LEXICONS
    for kind, pattern in _compile(lexicon)
]


def find_cues(folded: str) -> list[_Cue]:
    cues = []
    affixed = AFFIXED_SCRIPTS.search(folded) is not None
    for needs_script, kind, pattern, alone in _CUE_PATTERNS:
        if needs_script and not affixed:
            continue
        for match in pattern.finditer(folded):
            start, end = match.span()
            while start < end and not folded[start].isalnum() and not _is_symbol(folded[start]):
                start += 1
            cues.append(_Cue(kind, start, end, alone))
    return cues


def _is_symbol(char: str) -> bool:
    return ord(char) > 0x2000  # emoji and other pictographs stand as cues on their own


@dataclass(frozen=True)
class IncitementFinding:
    detected: bool
    score: float
    target_group: str | None
    target_category: str | None
    span: tuple[int, int] | None
    cue: str | None


class IncitementDetector:
    """Rule coder for calls to violence, threats and dehumanising speech against groups."""

    name = "incitement"

    def __init__(
        self,
        threshold: float = THRESHOLD,
        model_path: Path | None = None,
        model: IncitementModel | None = None,
    ) -> None:
        self.threshold = threshold
        self._fixed = model
        self._file = ModelFile(model_path if model is None else None, _load_model)

    @property
    def model(self) -> IncitementModel | None:
        """The learned second opinion, if one was trained (re-read when its file changes)."""
        return self._fixed if self._fixed is not None else self._file.current()

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]:
        learned = self._learned_scores(batch)
        out = []
        for report, p in zip(batch.reports, learned, strict=True):
            finding = self.assess(report.text)
            by_model = p is not None and p >= MODEL_THRESHOLD
            score = finding.score if p is None else max(finding.score, round(float(p), 4))
            # "model": the learned opinion alone, with no cue or span to show the analyst;
            # it is not fused into the indicators (tocsin.coding.fusion).
            source = "rules" if finding.detected else "model" if by_model else None
            details = {"detected": source is not None, "target_group": finding.target_group,
                       "target_category": finding.target_category, "cue": finding.cue,
                       "learned_score": None if p is None else round(float(p), 4),
                       "source": source}
            out.append([Suggestion("incitement", finding.cue or "none", score,
                                   finding.span, details)])
        return out

    def _learned_scores(self, batch: ReportBatch) -> list[float | None]:
        """The learned model's probability for each report in a language it reads, else None."""
        scores: list[float | None] = [None] * len(batch)
        model = self.model
        if model is None or not len(batch):
            return scores
        chosen = [i for i, (lang, _) in enumerate(batch.languages()) if lang in model.languages]
        if not chosen:
            return scores
        if batch.has_vectors:
            per_report = [batch.sentence_vectors()[i] for i in chosen]
        else:  # only the reports the model reads are encoded
            subset = ReportBatch([batch.reports[i].text for i in chosen], encoder=batch.encoder)
            per_report = subset.sentence_vectors()
        for i, p in zip(chosen, model.predict_proba(pooled_vectors(per_report)), strict=True):
            scores[i] = float(p)
        return scores

    def assess(self, text: str) -> IncitementFinding:
        folded = fold(text)
        cues = find_cues(folded)
        if not cues:  # most reports: no need to look for the groups a cue would target
            return IncitementFinding(False, 0.0, None, None, None, None)
        # A word cannot be both a group and what a group is likened to: "inyenzi" names the
        # Tutsi and is also the everyday word for cockroaches ("umuti wica inyenzi, imbeba",
        # poison for cockroaches and rats).
        likenings = [c for c in cues if c.kind == DEHUMANISING]
        named = find_groups(text, folded)
        groups = [g for g in named
                  if not any(g.start < c.end and c.start < g.end for c in likenings)]
        best: tuple[float, _Cue, GroupMention | None, str | None] | None = None
        for cue in cues:
            score, group, subject = self._score_cue(cue, folded, groups)
            if best is None or score > best[0]:
                best = (score, cue, group, subject)
        if best is None:
            return IncitementFinding(False, 0.0, None, None, None, None)
        score, cue, group, subject = best
        if group is None and subject is None and (groups or named):
            # A slur that names the group ("العبيد", the slaves) cannot be what the group is
            # likened to and its target at once, but it still says whom a call is aimed at.
            group = (groups or named)[0]
        target = group.surface if group else subject
        category = group.canonical if group else subject
        return IncitementFinding(score >= self.threshold, round(score, 4), target, category,
                                 (cue.start, cue.end), cue.kind)

    @staticmethod
    def _score_cue(
        cue: _Cue, folded: str, groups: list[GroupMention]
    ) -> tuple[float, GroupMention | None, str | None]:
        left, right = _sentence_bounds(folded, cue.start, cue.end)
        if _literal_use(cue, folded, left):
            return 0.0, None, None
        sentence_groups = [g for g in groups if left <= g.start and g.end <= right]
        group = min(sentence_groups, key=lambda g: abs(g.start - cue.start), default=None)
        if _everyday_refuse(cue, folded, group):
            return 0.0, None, None
        subject = None
        if group is None and cue.kind == DEHUMANISING:
            match = _SUBJECT.search(folded[left : cue.start])
            if match and match.group(1).split()[0] not in _NOT_SUBJECTS:
                subject = match.group(1)
        if group is None and subject is None:
            lineage = _LINEAGE.search(folded, left, right)
            subject = lineage.group() if lineage else None
        # Not aimed at people: removal said of no one named ("il faut dégager ce gouvernement"),
        # or talk of pests, livestock or sport ("las garrapatas son una peste en el ganado").
        if group is None and (
            (subject is None and _removal_call(cue, folded))
            or _PEST_CONTEXT.search(folded, left, right)
        ):
            return 0.0, None, None
        if group is not None or subject is not None:
            score = WITH_GROUP[cue.kind]
        elif _PRONOUN.search(folded[left:right]) or _pro_drop(cue, folded, folded[left:right]):
            score = WITH_PRONOUN[cue.kind]
        else:
            score = BASE[cue.kind]
        if _negated(folded, max(left, cue.start - 40), cue, right) or _COUNTER.search(
            folded[left:right]
        ):
            score *= COUNTERED
        return score, group, subject


# Where a negation's reach ends before a cue: "we will not rest *until* we kill them all",
# "don't worry*, we* will kill them", and litotes ("we will not *hesitate* to exterminate
# them", "no dudaremos en matarlos") are calls, not their negation.
_NEGATION_ENDS = re.compile(
    r"\b(?:until|till|unless|before|but|otherwise|or else|jusqu'a|tant que|avant|mais|sinon|"
    r"hasta que|pero|sino|ate que)\b|[;:]"
    r"|,\s*(?:we|i|you|they|nous|on|je|vous|ils|elles|nosotros|nos|eles|wao|sisi)\b"
    r"|\b(?:hesitat\w*|rest|stop|relent|give up|falter|tire|hesit\w*|reposer\w*|reposer|"
    r"arret\w*|dud\w*|vacil\w*|descans\w*|parar\w*|parem\w*|hesitar\w*)\b"
)


def _negated(folded: str, window: int, cue: _Cue, right: int) -> bool:
    """A negation in the 40 characters before the cue that still governs it: not ended by a
    new clause or "until" (the cue's own subject may start the clause), and not a litotes."""
    before = folded[window : cue.start]
    reach = folded[window : cue.end]
    if any(not _NEGATION_ENDS.search(reach, m.start()) for m in _NEGATION.finditer(before)):
        return True
    ne = _FRENCH_NE.search(folded, window, right)
    return (
        ne is not None
        and ne.start() < cue.start
        and not _NEGATION_ENDS.search(folded, ne.start(), cue.end)
    )


_BOUNDARY = re.compile(r"[.!?؟።။\n]")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    right_match = _BOUNDARY.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _load_model(path: Path) -> IncitementModel:
    return IncitementModel.load(path)[0]


@register("incitement")
def _create() -> IncitementDetector:
    from tocsin.coding.storage import model_dir

    return IncitementDetector(model_path=model_dir() / MODEL_FILE)
