"""A bulk upload is whatever bytes a spreadsheet program, or an attacker, wrote."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocsin.domain.errors import InvalidInput
from tocsin.intake.bulk import parse_reports_csv

HEADERS = [
    b"title,text,country\n",
    b"\xef\xbb\xbftitle,text,country,occurred_on,latitude,longitude\r\n",
    b"title;text;country\n",
    b"",
]


@settings(
    max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(
    header=st.sampled_from(HEADERS),
    body=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(st.sampled_from(['"', ",", "\r", "\n", "x", "BFA", "é"]), max_size=60).map(
            lambda parts: "".join(parts).encode()
        ),
    ),
)
def test_any_upload_is_rows_or_a_refusal_with_a_reason(header, body):
    try:
        rows, problems = parse_reports_csv(header + body)
    except InvalidInput as refusal:
        assert str(refusal).startswith("file:")
    else:
        assert rows or problems
        assert all(p.startswith("line ") for p in problems)


def test_a_row_is_named_by_the_line_it_starts_on_when_a_text_above_spans_lines():
    content = (
        b"title,text,country\n"
        b'Raid,"Houses burned.\nThe granary too.\nThree wounded.",BFA\n'
        b"\n"
        b'Fire,"Granaries burned\r\nat night.",MLI\n'
        b"Bad,too short,BFA\n"
    )

    rows, problems = parse_reports_csv(content)

    assert [line for line, _ in rows] == [2, 6]
    assert rows[0][1].text == "Houses burned.\nThe granary too.\nThree wounded."
    assert problems == ["line 8: text: String should have at least 10 characters"]


def test_a_row_with_more_cells_than_the_header_is_refused_by_its_line():
    content = (
        b"title,text,country\n"
        b"Raid,Houses burned in the night,BFA\n"
        b"Fire,Granaries burned, then the market,MLI\n"
        b"Looting,Shops looted in the town.,NER,,\n"
    )

    rows, problems = parse_reports_csv(content)

    assert [line for line, _ in rows] == [2, 4]  # empty cells past the header hold nothing
    assert problems == ["line 3: more cells than the header has columns"]


def test_the_row_limit_counts_rows_not_lines():
    row = b'Raid,"Houses burned\nin the night.",BFA\n'

    rows, problems = parse_reports_csv(b"title,text,country\n" + row * 6000)

    assert len(rows) == 6000 and not problems


def test_a_record_the_csv_module_cannot_read_is_named_by_the_line_it_starts_on():
    content = (
        b'title,text,country\nRaid,"Houses burned.\nThe granary too.",BFA\n'
        b'Fire,"' + b"x" * 200_000 + b'",MLI\n'
    )

    with pytest.raises(InvalidInput, match="not readable as CSV near line 4 "):
        parse_reports_csv(content)
