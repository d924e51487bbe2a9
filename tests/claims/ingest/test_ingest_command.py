"""`manage.py ingest <url-or-file> [--language de]`: processes in its own process and prints the claims."""

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article
from tests.claims.ingest.conftest import GERMAN_PAGE
from tests.httpserver import Response

TEXT = ("Die Feuerwehr rückte am Sonntag zu 14 Einsätzen aus, teilte die Stadt mit. "
        "Es war bereits der dritte Großeinsatz in diesem Monat.\n")


def test_file_is_ingested_and_its_claims_printed(db, tmp_path, capsys):
    path = tmp_path / "meldung.txt"
    path.write_text(TEXT, encoding="utf-8")
    call_command("ingest", str(path), "--language", "de")
    out = capsys.readouterr().out
    article = Article.objects.get()
    assert article.status == "extracted" and article.title == "meldung"
    assert "die Stadt" in out and "count 14" in out and "ordinal 3" in out


def test_url_is_fetched_in_process(db, web, capsys):
    web.add("/story", Response(body=GERMAN_PAGE, content_type="text/html; charset=utf-8"))
    call_command("ingest", web.url("/story"))
    out = capsys.readouterr().out
    assert "extracted" in out and "percent 4.7" in out
    assert web.hits("/story") == 1


def test_an_upper_case_scheme_is_a_url_not_a_file(db, web, capsys):
    web.add("/upper", Response(body=GERMAN_PAGE, content_type="text/html; charset=utf-8"))
    call_command("ingest", web.url("/upper").replace("http://", "HTTP://"))
    assert "extracted" in capsys.readouterr().out
    assert web.hits("/upper") == 1


def test_bad_input_is_a_clear_command_error(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("ingest", str(tmp_path / "missing.txt"))
    (tmp_path / "latin1.txt").write_bytes("Grüße".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("ingest", str(tmp_path / "latin1.txt"))
    with pytest.raises(CommandError, match=r"169\.254\.169\.254"):
        call_command("ingest", "http://169.254.169.254/latest/")
    assert not Article.objects.exists()


def test_a_failed_fetch_reports_why(db, web):
    # The fetch error must reach the desk, not be overwritten by "the article has no text".
    web.add("/gone", Response(status=404, body=b"not here", content_type="text/plain"))
    with pytest.raises(CommandError, match="404"):
        call_command("ingest", web.url("/gone"))
    article = Article.objects.get()
    assert article.status == "failed" and "404" in article.error
