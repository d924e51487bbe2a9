"""A real headless Chromium reads the public verdict page under its Content-Security-Policy: nothing the
page needs is blocked (its inline styles apply, the JSON-LD reads), and no violation is reported."""

import json

import pytest

from tests.browser.test_editor_flow import ARGS, CHROMIUM
from tests.publishing import sample

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]

# Playwright's init script runs outside the page's policy: it only records what the policy blocks.
RECORD_VIOLATIONS = """window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));"""


def test_the_page_works_within_its_policy(live_server, desk_roles, checker, publisher):
    from playwright.sync_api import sync_playwright

    claim = sample.make_claim(sample.make_article())
    cited = [sample.make_evidence(claim, n).pk for n in (1, 2)]
    verdict = sample.publish(claim, checker, publisher, evidence=cited)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = chromium.new_page()
            console = []
            page.on("console", lambda message: console.append(message.text))
            page.add_init_script(RECORD_VIOLATIONS)
            response = page.goto(f"{live_server.url}/verdicts/{verdict.slug}/")
            assert "default-src 'none'" in response.headers["content-security-policy"]
            # the inline <style> applies
            assert page.eval_on_selector(".rating", "e => getComputedStyle(e).backgroundColor") == "rgb(34, 34, 34)"
            # the JSON-LD is there for crawlers
            jsonld = page.eval_on_selector('script[type="application/ld+json"]', "e => e.textContent")
            assert json.loads(jsonld)["@type"] == "ClaimReview"
            assert page.evaluate("window.__violations") == []
            assert not [text for text in console if "Content Security Policy" in text]
        finally:
            chromium.close()
