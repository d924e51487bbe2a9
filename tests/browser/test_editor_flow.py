"""A real headless Chromium drives the admin: a fact-checker pins evidence and drafts, a publisher publishes.

Screenshots of every step land in artifacts/browser/ (gitignored; CI keeps them as test artifacts).
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from claims.models import Article, Claim, Evidence, Source, Transition, Verdict
from tests.claims.admin.sample import rating

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "browser"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "browser-test-pw-1"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                     "(apt-get install -y chromium)"),
]

# Sample data written for this test (invented town and figures), German like the desk's articles.
SAMPLE = (
    "Musterstadt (Beispielmeldung). Bürgermeisterin Anna Probe sagte am Dienstag, die Stadt habe im Jahr 2024 "
    "insgesamt 14 neue Radwege mit einer Länge von 23 Kilometern gebaut. Nach Angaben des Bauamts kosteten die "
    "Arbeiten 6,5 Millionen Euro. Kritiker sprechen dagegen von nur 9 fertigen Radwegen. "
    "<script>window.__pwned = true; alert('x')</script><svg onload=\"window.__pwned = true\"></svg>"
)


def _user(username, group):
    user = User.objects.create_user(username=username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def _claims_of(article):
    """Claims found by the extraction engine where it exists, else written by hand from offsets."""
    try:
        from claims.extraction import extract_claims
    except ImportError:
        extract_claims = None
    for found in extract_claims(article.text, language="de") if extract_claims else []:
        Claim.objects.create(article=article, text=found.text, start=found.start, end=found.end,
                             speaker=found.speaker or "", language=found.language, score=round(found.score, 4),
                             quantities=[q.to_dict() for q in found.quantities])
    if not article.claims.filter(text__contains="14 neue Radwege").exists():
        sentence = "die Stadt habe im Jahr 2024 insgesamt 14 neue Radwege mit einer Länge von 23 Kilometern gebaut."
        start = article.text.index(sentence)
        Claim.objects.create(article=article, text=sentence, start=start, end=start + len(sentence),
                             speaker="Anna Probe", language="de", score=0.9,
                             quantities=[{"surface": "14", "value": 14, "unit": "Radwege", "start": start + 38,
                                          "end": start + 40}])
    return article.claims.get(text__contains="14 neue Radwege")


@pytest.fixture
def sample(desk_roles):
    article = Article.objects.create(title="Radwege in Musterstadt (Beispiel)", publisher="Beispiel-Agentur",
                                     language="de", text=SAMPLE, status=Article.Status.EXTRACTED, is_sample=True)
    claim = _claims_of(article)
    evidence = []
    for i, (passage, stance, relevance) in enumerate([
        ("Laut Jahresbericht des Bauamts wurden 2024 genau 9 Radwege fertiggestellt.", "conflicts", 0.92),
        ("Die Stadt meldet 14 neue Radwege, davon 5 noch im Bau.", "agrees", 0.81),
    ]):
        source = Source.objects.create(url=f"https://quellen.example.org/radwege/{i}", title=f"Bauamt-Bericht {i + 1}",
                                       publisher="Beispiel-Archiv", language="de", text=passage, is_sample=True)
        evidence.append(Evidence.objects.create(claim=claim, source=source, passage=passage, start=0,
                                                end=len(passage), relevance=relevance, rank=i, stance=stance))
    return {"article": article, "claim": claim, "evidence": evidence,
            "checker": _user("faktencheck", "Fact-checker"), "publisher": _user("chefin", "Publisher")}


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _login(browser, base, user):
    page = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="de-DE").new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page, dialogs


def _shot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_checker_drafts_and_publisher_publishes(live_server, sample, browser, monkeypatch):
    # Playwright's sync API keeps an event loop in this thread; our ORM calls between steps are still sync.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    base, claim, evidence = live_server.url, sample["claim"], sample["evidence"]

    # the fact-checker opens the sample article: claims highlighted, hostile markup inert
    page, dialogs = _login(browser, base, sample["checker"])
    page.goto(f"{base}/admin/claims/article/{sample['article'].pk}/change/")
    link = page.locator(f'a.fc-link[href="/admin/claims/claim/{claim.pk}/change/"]')
    assert link.count() == 1
    assert page.locator("mark.fc-claim").count() == sample["article"].claims.count()
    assert "<script>window.__pwned" in page.locator(".fc-article").inner_text()
    assert page.evaluate("window.__pwned === undefined") and dialogs == []
    _shot(page, "01-article-highlighted")

    # opens the claim and pins the conflicting evidence as refuting
    link.click()
    page.wait_for_selector("#claim-context")
    row = page.locator(f"#evidence-{evidence[0].pk}")
    row.locator("select[name=stance]").select_option("refutes")
    row.locator("button[value=pin]").click()
    page.wait_for_selector(f"#evidence-{evidence[0].pk}.fc-pinned")
    assert "Pinned by faktencheck" in page.locator(f"#evidence-{evidence[0].pk}").inner_text()
    _shot(page, "02-claim-evidence-pinned")

    # drafts a verdict citing it
    page.click("#draft-verdict")
    page.select_option("#id_rating", str(rating("Größtenteils falsch").pk))
    page.fill("#id_headline", "Es waren 9 neue Radwege, nicht 14")
    page.fill("#id_summary", "Der Jahresbericht des Bauamts nennt 9 fertige Radwege.")
    page.fill("#id_body", "Beispieltext: Begründung des Urteils.")
    page.check(f'input[name=evidence][value="{evidence[0].pk}"]')
    _shot(page, "03-verdict-form")
    page.click("input[name=_save]")
    page.wait_for_selector("#transitions")
    verdict = Verdict.objects.get(claim=claim)
    assert verdict.status == "draft" and list(verdict.evidence.all()) == [evidence[0]]
    page.click("#do-submit")
    page.wait_for_selector("text=Submitted for approval.")
    assert page.locator("#do-approve").count() == 0  # four eyes: no approve button for its author
    _shot(page, "04-verdict-submitted")

    # the publisher approves and publishes
    page, dialogs = _login(browser, base, sample["publisher"])
    page.goto(f"{base}/admin/claims/verdict/{verdict.pk}/change/")
    page.fill("#transition-note", "Geprüft.")
    page.click("#do-approve")
    page.wait_for_selector("text=Approved.")
    _shot(page, "05-verdict-approved")
    page.click("#do-publish")
    page.wait_for_selector("text=Published: the verdict is public now.")
    assert page.locator("#do-publish").count() == 0 and page.locator("#do-correct").count() == 1
    history = page.locator("#history").inner_text()
    assert "approved → published" in history and "chefin" in history and "faktencheck" in history
    _shot(page, "06-verdict-published")
    assert dialogs == []

    # then
    verdict.refresh_from_db()
    assert (verdict.status, verdict.published_by, verdict.approved_by) == (
        "published", sample["publisher"], sample["publisher"])
    assert Claim.objects.get(pk=claim.pk).status == "published"
    assert Evidence.objects.get(pk=evidence[0].pk).editor_stance == "refutes"
    assert Transition.objects.filter(entity="verdict", object_id=verdict.pk, action="publish").count() == 1
    assert os.path.exists(ARTIFACTS / "06-verdict-published.png")
