from tocsin.coding.text import fold, mixed_phrase_pattern, phrase_pattern, split_sentences


def test_sentences_carry_offsets_into_the_original_text() -> None:
    text = "Armed men attacked Djibo.  They killed 12!\nSecond line؟ ثم"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.text for s in split_sentences(text)][:2] == ["Armed men attacked Djibo.",
                                                           "They killed 12!"]


def test_overlong_sentences_are_cut_at_a_space() -> None:
    text = "word " * 300
    pieces = split_sentences(text, max_chars=100)
    assert all(len(p.text) <= 100 for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)


def test_fold_keeps_length_so_spans_stay_valid() -> None:
    text = "Évacuation à Ségou, ግደሉ, اقتلوا"
    assert len(fold(text)) == len(text)
    assert fold("Évacuation").startswith("evacuation")


def test_phrase_pattern_matches_whole_words_and_inflections() -> None:
    pattern = phrase_pattern(["massacre", "ethnic cleansing"], inflect=True)
    found = [m.group() for m in pattern.finditer("massacred; ethnic-cleansing; massacrex")]
    assert found == ["massacred", "ethnic-cleansing"]


def test_mixed_pattern_finds_arabic_inside_words_and_latin_as_whole_words() -> None:
    pattern = mixed_phrase_pattern(["نزاع مسلح", "guerre civile", "coup"], inflect=True)
    text = fold("والنزاع مسلح ; la guerre civile ; coups ; coupure")
    assert [m.group() for m in pattern.finditer(text)] == ["نزاع مسلح", "guerre civile", "coups"]
    assert mixed_phrase_pattern(["نزاع"]).search("بالنزاعات")
    assert not mixed_phrase_pattern(["coup"]).search("coupure")


def test_arabic_vowel_marks_and_tatweel_do_not_hide_a_keyword() -> None:
    pattern = mixed_phrase_pattern(["إبادة", "النزاع المسلح"])
    cases = {
        "دعوة إلى إِبَادَة الجماعة": "إِبَادَة",
        "إبـادة": "إبـادة",
        "في النِّزَاع المُسَلَّح": "النِّزَاع المُسَلَّح",
    }
    for text, expected in cases.items():
        match = pattern.search(fold(text))
        assert match is not None and text[match.start() : match.end()] == expected


def test_hausa_hooked_letters_fold_to_plain_ones() -> None:
    assert fold("Ƙauyen Ɗan Ɓata") == "kauyen dan bata" == fold("Kauyen Dan Bata")


def test_a_dotted_capital_i_keeps_every_span_after_it_in_place() -> None:
    """"İ" lowers to two characters: a report naming İdlib or İstanbul had every span after
    the name one character off per "İ" (the cue "must be exterminated" shown as "be
    exterminated."; the event cue "Gunmen" as "n kill")."""
    from tocsin.coding.incitement import IncitementDetector

    text = "İDLİB: Gunmen killed 12 civilians; the militia said the Fulani must be exterminated."
    assert len(fold(text)) == len(text) and fold(text).startswith("idlib: gunmen")
    start, end = IncitementDetector().assess(text).span or (0, 0)
    assert text[start:end] == "must be exterminated"
