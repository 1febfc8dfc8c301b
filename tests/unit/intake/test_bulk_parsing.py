"""A bulk upload is whatever bytes a spreadsheet program, or an attacker, wrote."""

from __future__ import annotations

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
