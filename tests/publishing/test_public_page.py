"""The public verdict page: escapes everything, shows corrections and retractions, hides drafts."""

from claims.services.workflow import verdict_transition
from tests.publishing import sample


def test_page_escapes_html_and_script_breakouts(client, checker, publisher, db):
    # given: hostile text everywhere an editor or a source can put it
    hostile = '<script>alert(1)</script></script><img src=x onerror=alert(2)>'
    article = sample.make_article(title=hostile, url="https://news.example.org/x")
    claim = sample.make_claim(article, text="[Beispiel] " + hostile, end=80, speaker=hostile)
    verdict = sample.publish(claim, checker, publisher, headline="Test </script><b>fett</b>")
    # when
    html = client.get(f"/verdicts/{verdict.slug}/").content.decode()
    # then
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>fett</b>" not in html
    assert "&lt;script&gt;" in html
    jsonld = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "</script" not in jsonld and "\\u003C/script\\u003E" in jsonld


def test_javascript_urls_are_not_links(client, checker, publisher, db):
    article = sample.make_article(url="javascript:alert(1)")
    verdict = sample.publish(sample.make_claim(article), checker, publisher)
    html = client.get(f"/verdicts/{verdict.slug}/").content.decode()
    assert 'href="javascript:' not in html


def test_correction_history_is_shown(client, published, publisher, publisher2):
    correction = sample.correct_and_publish(published, publisher, publisher2, note="[Beispiel] Zahl für 2024 ergänzt.",
                                            headline="Ja, 2,9 Prozent im Jahr 2024")
    html = client.get(f"/verdicts/{correction.slug}/").content.decode()
    assert "Ja, 2,9 Prozent im Jahr 2024" in html
    assert "Frühere Fassungen" in html and "Version 1" in html
    assert "[Beispiel] Zahl für 2024 ergänzt." in html and "korrigiert am" in html


def test_retracted_verdict_shows_the_notice_without_claimreview(client, published, publisher):
    verdict_transition(verdict=published, user=publisher, action="retract", note="[Beispiel] Die Quelle war falsch.")
    response = client.get(f"/verdicts/{published.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Zurückgezogen" in html and "[Beispiel] Die Quelle war falsch." in html
    assert "application/ld+json" not in html and 'content="noindex"' in html


def test_drafts_and_unknown_slugs_are_404(client, claim, checker):
    verdict = sample.draft(claim, checker)
    assert client.get(f"/verdicts/{verdict.slug}/").status_code == 404
    assert client.get("/verdicts/no-such-thing/").status_code == 404
    assert client.post(f"/verdicts/{verdict.slug}/").status_code == 405


def test_page_sends_a_content_security_policy_it_lives_within(client, admin_client, published, publisher):
    import re

    response = client.get(f"/verdicts/{published.slug}/")
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert policy["base-uri"] == "'none'" and "script-src" not in policy  # no script may run
    html = response.content.decode()
    # what the page needs is allowed: its inline <style>; its only <script> is JSON-LD data, never run
    assert "<style>" in html and policy["style-src"] == "'unsafe-inline'"
    assert re.findall(r"<script[^>]*>", html) == ['<script type="application/ld+json">']
    assert not re.search(r"<(link|img|iframe|object|embed|form)\b|\son\w+=|\ssrc=", html)
    # the retracted page too; the admin and the API docs are left to their own scripts
    verdict_transition(verdict=published, user=publisher, action="retract", note="[Beispiel] Die Quelle war falsch.")
    assert client.get(f"/verdicts/{published.slug}/")["Content-Security-Policy"] == response["Content-Security-Policy"]
    assert "Content-Security-Policy" not in admin_client.get("/admin/")
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and "Content-Security-Policy" not in docs
