"""Length-grouped batches and the sentence cache: same vectors, less work."""

from __future__ import annotations

import numpy as np
import pytest

from tocsin.coding.embedder import DIMENSION, SentenceEncoder, get_encoder, length_groups


class FakeTokenizer:
    def __call__(self, texts: list[str], truncation: bool, max_length: int) -> dict:
        return {"input_ids": [[0] * min(max_length, len(t.split()) + 2) for t in texts]}


class FakeModel:
    """Stands in for sentence-transformers: one fixed vector per text, and a call log."""

    def __init__(self) -> None:
        self.tokenizer = FakeTokenizer()
        self.max_seq_length = 128
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str], batch_size: int, **_: object) -> np.ndarray:
        self.calls.append(list(texts))
        rng = [np.random.default_rng(abs(hash((t, self.max_seq_length)))) for t in texts]
        vectors = np.array([r.standard_normal(DIMENSION) for r in rng], dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_groups_are_longest_first_and_within_the_budget() -> None:
    lengths = [5, 40, 12, 300, 40, 7, 12, 3]
    groups = length_groups(lengths, budget=100)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    assert groups[0] == [3]  # longer than the budget: alone
    for group in groups:
        padded = max(lengths[i] for i in group) * len(group)
        assert padded <= 100 or len(group) == 1
        assert [lengths[i] for i in group] == sorted((lengths[i] for i in group), reverse=True)


def test_each_distinct_sentence_is_computed_once_and_then_served_from_the_cache() -> None:
    model = FakeModel()
    encoder = SentenceEncoder(model=model, token_budget=16)
    texts = ["one two three", "four", "one two three", "five six seven eight nine"]
    first = encoder.encode(texts)
    assert first.shape == (4, DIMENSION)
    assert np.array_equal(first[0], first[2])
    assert sorted(t for call in model.calls for t in call) == sorted(set(texts))
    model.calls.clear()
    again = encoder.encode(["four", "one two three"])
    assert model.calls == []
    assert np.array_equal(again, first[[1, 0]])


def test_cache_forgets_the_least_recently_used_sentence() -> None:
    model = FakeModel()
    encoder = SentenceEncoder(model=model, cache_size=2)
    encoder.encode(["a", "b"])
    encoder.encode(["a"])  # "b" is now the oldest
    encoder.encode(["c"])
    model.calls.clear()
    encoder.encode(["a", "b", "c"])
    assert model.calls == [["b"]]
    assert len(encoder.cache) == 2


def test_cache_is_emptied_when_the_model_reads_sentences_differently() -> None:
    model = FakeModel()
    encoder = SentenceEncoder(model=model)
    before = encoder.encode(["a long sentence"])
    model.max_seq_length = 8
    model.calls.clear()
    after = encoder.encode(["a long sentence"])
    assert model.calls == [["a long sentence"]]
    assert not np.array_equal(before, after)


@pytest.mark.parametrize("budget", [64, 512])
def test_grouped_batches_give_the_vectors_of_plain_batches(budget: int) -> None:
    model = get_encoder().model
    texts = [
        "Armed men attacked the village.",
        "No casualties reported.",
        "On 3 March, suspected JNIM militants ambushed a convoy of the defence forces near "
        "Djibo, killing four soldiers and wounding several others, according to local sources.",
        "Protesters marched in Ouagadougou.",
        "No casualties reported.",
    ]
    plain = SentenceEncoder(model=model, token_budget=None, cache_size=0).encode(texts)
    grouped = SentenceEncoder(model=model, token_budget=budget).encode(texts)
    assert np.abs(grouped - plain).max() < 1e-5
