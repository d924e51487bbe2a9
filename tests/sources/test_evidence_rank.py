"""Choosing a claim's evidence from a run's sources: the same paragraph from several outlets shows once."""

import pytest

from claims.models import Claim, CollectionCandidate, CollectionRun, Evidence, Source
from claims.services.ranking import evidence_rank
from tests.sources.conftest import article_with_claims, claim_containing

ARTICLE = ("Für Außenministerin Lena Brandt war es in diesem Jahr das dritte Treffen mit ihrem Amtskollegen "
           "Piet Haverkamp.")


@pytest.fixture
def claim(db):
    return claim_containing(article_with_claims(text=ARTICLE, title="Brandt trifft Haverkamp"), "dritte Treffen")


def run_with(claim: Claim, texts: list[str]) -> tuple[CollectionRun, list[Source]]:
    run = CollectionRun.objects.create(claim=claim, stage=CollectionRun.Stage.RANK)
    sources = []
    for i, text in enumerate(texts):
        url = f"https://news{i}.example/story"
        source = Source.objects.create(url=url, title=f"Story {i}", language="de", text=text)
        CollectionCandidate.objects.create(run=run, connector="gdelt", url=url, source=source,
                                           status=CollectionCandidate.Status.STORED)
        sources.append(source)
    return run, sources


def test_the_same_paragraph_from_two_outlets_is_one_piece_of_evidence(claim):
    agency = "Lena Brandt und Piet Haverkamp trafen sich in diesem Jahr bereits zum dritten Mal, meldete die Agentur."
    run, sources = run_with(claim, [agency + "\n\nEigener Bericht aus Wien.",
                                    agency + "\n\nMehr dazu im Ressort Politik."])
    evidence_rank(run=run)
    evidence = list(Evidence.objects.filter(claim=claim))
    assert [e.passage for e in evidence] == [agency]
    assert evidence[0].source_id == sources[0].pk and evidence[0].stance == "agrees"

