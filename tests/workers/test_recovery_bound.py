"""Recovery sends stalled work round at most RECOVERY_MAX_ATTEMPTS times, then marks it failed."""

import time

from django.utils import timezone

from claims.models import Article, Claim, CollectionRun
from workers.recovery import stalled_work_recover


def test_work_that_stalls_every_time_is_given_up_after_the_bound(paused_worker, settings):
    from claims.services.articles import article_ingest
    from tests.sources.conftest import article_with_claims, claim_containing

    # given: an article and a collection run that stall at their stage every time they are sent round
    settings.STALLED_AFTER_SECONDS = 0
    settings.RECOVERY_MAX_ATTEMPTS = 3
    article, _ = article_ingest(text="Die Behörde teilte mit, dass 3.000 Menschen evakuiert worden seien.",
                                enqueue=False)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTING)
    claim = claim_containing(article_with_claims(text="Es war das dritte Treffen von Lena Brandt und Piet "
                                                      "Haverkamp in diesem Jahr."), "dritte Treffen")
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.RESEARCHING)
    run = CollectionRun.objects.create(claim=claim, status=CollectionRun.Status.RUNNING,
                                       stage=CollectionRun.Stage.RANK, pending=1, updated_at=timezone.now())

    # when: recovery finds them stalled three times, they are sent round three times
    for attempt in (1, 2, 3):
        time.sleep(0.01)
        counts = stalled_work_recover()
        assert (counts["articles_stalled"], counts["collection_runs_stalled"]) == (1, 1)
        assert Article.objects.get(pk=article.pk).recovery_attempts == attempt
        assert CollectionRun.objects.get(pk=run.pk).recovery_attempts == attempt
    # ... and the fourth time they are given up, saying why
    time.sleep(0.01)
    counts = stalled_work_recover()

    # then
    assert (counts["articles_stalled"], counts["collection_runs_stalled"]) == (0, 0)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "stalled: given up after 3 recovery attempts (stalled at stage extracting)"
    run.refresh_from_db()
    assert (run.status, run.stage, run.pending) == ("failed", "done", 0)
    assert run.errors[-1] == {"stage": "rank", "code": "stalled",
                              "message": "given up after 3 recovery attempts (stalled at stage rank)"}
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.IN_REVIEW
    # and nothing is sent round any more
    time.sleep(0.01)
    assert sum(stalled_work_recover().values()) == 0
