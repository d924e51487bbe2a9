"""Input a careless or hostile client sends: every one a 4xx with a JSON body naming it, never a 500."""

import base64

import pytest

from tests.publishing import sample


@pytest.fixture(autouse=True)
def _no_raise(anon, as_checker):
    # See the status a client would see instead of the test client re-raising the server's exception.
    anon.raise_request_exception = as_checker.raise_request_exception = False


def _cursor(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


@pytest.mark.parametrize("position", ["notadate", "9999-99-99", "\x00", "x" * 300])
@pytest.mark.parametrize("path", ["/api/v1/verdicts/", "/api/v1/claimreview/"])
def test_a_hand_made_cursor_with_a_bad_position_is_an_invalid_cursor(anon, published, path, position):
    response = anon.get(path, {"cursor": _cursor(f"p={position}")})
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_a_bad_cursor_position_on_a_numeric_ordering_is_an_invalid_cursor(as_checker, claim):
    response = as_checker.get("/api/v1/claims/", {"ordering": "score", "cursor": _cursor("p=nonumber")})
    assert response.status_code == 404 and response.json()["code"] == "not_found"


@pytest.mark.parametrize("value", ["²", "٣", "¹²"])
def test_unicode_digits_as_rating_filter_are_no_server_error(anon, published, value):
    response = anon.get("/api/v1/verdicts/", {"rating": value})
    assert response.status_code == 200 and response.json()["results"] == []


@pytest.mark.parametrize("field", ["claim", "rating"])
def test_unicode_digits_as_ids_are_a_400_naming_the_field(as_checker, claim, field):
    body = {"claim": claim.pk, "rating": sample.rating().pk, "headline": "[Beispiel] Test", field: "²"}
    response = as_checker.post("/api/v1/verdicts/", body, format="json")
    assert response.status_code == 400 and field in response.json()["errors"]


def test_unicode_digit_assignee_is_a_400(as_checker, claim):
    response = as_checker.post(f"/api/v1/claims/{claim.pk}/assign/", {"assignee": "²"}, format="json")
    assert response.status_code == 400 and "assignee" in response.json()["errors"]


def test_deeply_nested_json_is_a_parse_error(as_checker, db):
    body = "[" * 100_000 + "]" * 100_000
    response = as_checker.post("/api/v1/verdicts/", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error" and "nested" in response.json()["detail"]


@pytest.mark.parametrize("key", ["a\x00b", "ä" * 40, "a" * 39 + "-"])
def test_a_token_the_database_cannot_hold_is_a_401(anon, published, key):
    response = anon.get("/api/v1/verdicts/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 401 and response.json()["code"] == "authentication_failed"


@pytest.mark.parametrize("method", ["post", "patch", "put", "delete"])
def test_a_write_without_the_trailing_slash_is_a_json_404_naming_the_path(as_checker, claim, method):
    # A 301 would make HTTP clients repeat a POST as a GET: a list comes back and looks like success.
    response = getattr(as_checker, method)("/api/v1/verdicts", {"claim": claim.pk}, format="json")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found" and "/api/v1/verdicts/" in response.json()["detail"]


def test_a_read_without_the_trailing_slash_is_still_redirected(anon, db):
    response = anon.get("/api/v1/verdicts", {"page_size": 5})
    assert response.status_code == 301 and response["Location"] == "/api/v1/verdicts/?page_size=5"
