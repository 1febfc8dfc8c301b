"""The imports page's job table adds up, and its GDELT box says what it does.

Every row read is in exactly one of taken, updated, unchanged, rejected or skipped: a table
without "unchanged" and "skipped" showed a re-import as "3010 read, 0 taken" and GDELT as
"2111 read, 329 taken". A failed job names the file as it was sent.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_principal
from tests.integration.ingest.layouts import acled_row, write_acled
from tests.integration.web.conftest import csrf_from, log_in
from tests.shared_data import shared_file
from tocsin.domain.roles import Role
from tocsin.ingest.pipeline import import_file

HEADERS = [
    "Job",
    "File",
    "Dataset",
    "Status",
    "Rows read",
    "Taken",
    "Updated",
    "Unchanged",
    "Rejected",
    "Skipped",
    "Probable duplicates",
    "Finished",
]


def _cells(page: str, job_id: int) -> dict[str, str]:
    row = page[page.index(f'id="job-{job_id}"') :].split("</tr>", 1)[0]
    cells = [c.split("</td>")[0].strip() for c in row.split("<td>")[1:]]
    return dict(zip(HEADERS, cells, strict=True))


def _counts(cells: dict[str, str]) -> list[int]:
    return [int(cells[h].split()[0].split(">")[-1]) for h in HEADERS[4:10]]


def _as_analyst(client, store) -> None:
    make_principal(store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/imports")


def test_the_counts_of_each_job_add_up_to_the_rows_read(client, sqlite_store, tmp_path: Path):
    _as_analyst(client, sqlite_store)
    acled = write_acled(tmp_path / "ben.csv", [acled_row("BEN1"), acled_row("BEN2")])
    first = import_file(sqlite_store, "acled", acled).job.id
    again = import_file(sqlite_store, "acled", acled, resume=False).job.id
    gdelt = import_file(
        sqlite_store, "gdelt", shared_file("events/gdelt/gdelt1_20160728.export.CSV")
    ).job.id

    page = client.get("/imports").text

    assert f"<th>{'</th><th>'.join(HEADERS)}</th>" in page
    for job in (first, again, gdelt):
        read, taken, updated, unchanged, rejected, skipped = _counts(_cells(page, job))
        assert read == taken + updated + unchanged + rejected + skipped, job
    assert _counts(_cells(page, again))[3] == 2  # the re-import: both rows unchanged
    assert _counts(_cells(page, gdelt))[5] > 0  # GDELT rows left out on purpose


def test_the_gdelt_box_says_what_it_takes(client, sqlite_store):
    _as_analyst(client, sqlite_store)
    page = client.get("/imports").text
    label = page[page.index('name="include_all"') :].split("</label>", 1)[0]
    assert "take every located event, not only material conflict" in label
    assert "rows without a place are always left out" in label
    assert "events without a place)" not in label


def test_a_failed_job_names_the_file_as_it_was_sent(client, sqlite_store):
    _as_analyst(client, sqlite_store)
    form = client.get("/imports")
    sent = client.post(
        "/imports",
        data={"csrf_token": csrf_from(form.text), "dataset": "acled"},
        files={"file": ("wrongcols.csv", b"a,b,c\n1,2,3\n", "text/csv")},
        follow_redirects=False,
    )
    job_id = int(sent.headers["location"].removeprefix("/imports#job-"))

    status = _cells(client.get("/imports").text, job_id)["Status"]

    assert status.startswith("failed") and "wrongcols.csv: not an ACLED export" in status
    assert "-wrongcols.csv" not in status
