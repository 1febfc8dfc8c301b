"""What the OpenAPI document tells a client generator beyond the shapes: how to authenticate,
which operations need a token, and the values a field can take."""

from __future__ import annotations

import pytest

from tocsin.store.models import Alert

BEARER = {"bearer": []}


@pytest.fixture
def document(client) -> dict:
    return client.get("/api/v1/openapi.json").json()


def _security(document: dict, method: str, path: str) -> list[dict]:
    return document["paths"][f"/api/v1{path}"][method]["security"]


def test_the_document_declares_bearer_authentication(document, client):
    scheme = document["components"]["securitySchemes"]["bearer"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    # Swagger UI shows its Authorize button for a document with a security scheme.
    assert client.get("/api/docs").status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/reports/mine"),
        ("post", "/reports/{report_id}/verify"),
        ("get", "/subscribers"),
        ("post", "/imports"),
        ("get", "/audit"),
        ("post", "/situations/{situation_id}/level"),
    ],
)
def test_operations_that_refuse_the_public_require_a_token(document, method, path):
    assert _security(document, method, path) == [BEARER]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/reports"),
        ("post", "/reports"),
        ("post", "/reports/with-files"),
        ("get", "/situations"),
        ("get", "/events"),
        ("get", "/events/export"),
        ("get", "/alerts"),
        ("post", "/tokens"),
    ],
)
def test_public_operations_take_a_token_optionally(document, method, path):
    assert _security(document, method, path) == [BEARER, {}]


def test_every_operation_says_whether_it_takes_a_token(document):
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert operation.get("security") in ([BEARER], [BEARER, {}]), f"{method} {path}"


def test_a_token_in_the_scheme_s_form_is_read_and_a_bad_one_refused(client, analyst_token):
    assert client.get("/api/v1/reports/mine").status_code == 401
    mine = client.get("/api/v1/reports/mine", headers={"Authorization": f"bearer {analyst_token}"})
    assert mine.status_code == 200
    for header in ("Bearer nonsense", "Bearer ", "Bearer   "):
        refused = client.get("/api/v1/reports", headers={"Authorization": header})
        assert refused.status_code == 401
        assert refused.json() == {"detail": "invalid or revoked API token"}


ENUM_FIELDS = {
    ("ReportPublic", "status"): "ReportStatus",
    ("OwnReport", "status"): "ReportStatus",
    ("ReportRestricted", "status"): "ReportStatus",
    ("ReportRestricted", "channel"): "Channel",
    ("ReportRestricted", "credibility"): "Credibility",
    ("ReportReceipt", "status"): "ReportStatus",
    ("SituationOut", "level"): "Level",
    ("SituationDetail", "level"): "Level",
    ("LevelChangeOut", "from_level"): "Level",
    ("LevelChangeOut", "to_level"): "Level",
    ("AlertOut", "level"): "Level",
    ("AlertOut", "kind"): "AlertKind",
    ("SubscriberOut", "min_level"): "Level",
    ("RankedOut", "level"): "Level",
    ("EventOut", "dataset"): "Dataset",
    ("EventOut", "violence_type"): "ViolenceType",
    ("TokenOut", "role"): "Role",
}


def test_answers_name_the_values_their_coded_fields_take(document):
    schemas = document["components"]["schemas"]
    for (model, field), enum in ENUM_FIELDS.items():
        prop = schemas[model]["properties"][field]
        refs = [p.get("$ref") for p in prop.get("anyOf", [prop])]
        assert f"#/components/schemas/{enum}" in refs, f"{model}.{field}: {prop}"
        assert schemas[enum]["enum"], enum
    assert "violence_against_civilians" in schemas["ViolenceType"]["enum"]
    assert schemas["AlertKind"]["enum"] == ["level_change"]


def test_coded_fields_answer_the_values_they_always_did(client, analyst_token, sqlite_store):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report = {"title": "Market attacked", "text": "Gunmen attacked the market.", "country": "BFA"}
    receipt = client.post("/api/v1/reports", json=report, headers=auth).json()
    assert receipt["status"] == "received"
    (listed,) = client.get("/api/v1/reports", headers=auth).json()
    assert (listed["status"], listed["channel"]) == ("received", "api")
    with sqlite_store.uow() as uow:
        uow.add(Alert(kind="level_change", country_iso3="BFA", level="watch", title="t", body="b"))
        uow.commit()
    (alert,) = client.get("/api/v1/alerts").json()
    assert (alert["kind"], alert["level"]) == ("level_change", "watch")
    token = client.post(
        "/api/v1/tokens", json={"email": "analyst@example.org", "password": "correct horse battery"}
    )
    assert token.json()["role"] == "analyst"
