"""Sample data for admin and workflow tests: a short German article of our own writing (not real news)."""

from claims.models import Article, Claim, Evidence, Rating, Source
from claims.services.workflow import verdict_draft, verdict_transition

# Sample data written for these tests; the town and the figures are invented.
SAMPLE_TEXT = (
    "Beispieltext für Tests. Der Bürgermeister von Musterstadt, Karl Beispiel, sagte am Montag, die Stadt habe "
    "im vergangenen Jahr 12 neue Kindergärten eröffnet. Laut Stadtverwaltung kostete das Programm 48 Millionen "
    "Euro. Die Opposition bezweifelt diese Zahlen und spricht von höchstens 7 neuen Einrichtungen. "
    "Das Wetter war am Montag sonnig."
)
SENTENCES = [
    ("die Stadt habe im vergangenen Jahr 12 neue Kindergärten eröffnet.", "Karl Beispiel", "12", 12, "Kindergärten"),
    ("Laut Stadtverwaltung kostete das Programm 48 Millionen Euro.", "Stadtverwaltung", "48 Millionen Euro",
     48_000_000, "EUR"),
    ("Die Opposition bezweifelt diese Zahlen und spricht von höchstens 7 neuen Einrichtungen.", "Opposition", "7", 7,
     "Einrichtungen"),
]


def sample_article(text: str = SAMPLE_TEXT, **fields) -> Article:
    defaults = {"title": "Musterstadt eröffnet Kindergärten (Beispiel)", "publisher": "Beispiel-Agentur",
                "language": "de", "status": Article.Status.EXTRACTED, "is_sample": True, "text": text}
    defaults.update(fields)
    return Article.objects.create(**defaults)


def sample_claims(article: Article, *, score: float = 0.8) -> list[Claim]:
    """One Claim per sample sentence, with offsets into the article and a quantity relative to the sentence."""
    claims = []
    for i, (sentence, speaker, surface, value, unit) in enumerate(SENTENCES):
        start = article.text.index(sentence)
        at = sentence.index(surface)
        claims.append(Claim.objects.create(
            article=article, text=sentence, start=start, end=start + len(sentence), speaker=speaker, language="de",
            score=score - i * 0.3, quantities=[{"text": surface, "value": value, "unit": unit, "start": at,
                                               "end": at + len(surface)}],
        ))
    return claims


def sample_evidence(claim: Claim, *, count: int = 2) -> list[Evidence]:
    """Sources with passages: the first agrees with the claim's number, the second conflicts."""
    rows = []
    passages = [
        ("Im Jahresbericht der Stadt heißt es, 12 Kindergärten seien 2024 neu eröffnet worden.", "agrees", 0.9),
        ("Eine Zählung des Landes kommt auf 9 neue Kindergärten in Musterstadt.", "conflicts", 0.6),
        ("Musterstadt hat rund 80.000 Einwohner.", "no_number", 0.2),
    ]
    for i, (passage, stance, relevance) in enumerate(passages[:count]):
        source = Source.objects.create(
            url=f"https://quellen.example.org/claim-{claim.pk}/{i}", title=f"Beispielquelle {i + 1}",
            publisher="Beispiel-Archiv", language="de", text=f"Einleitung. {passage} Schluss.", is_sample=True,
        )
        start = source.text.index(passage)
        rows.append(Evidence.objects.create(
            claim=claim, source=source, passage=passage, start=start, end=start + len(passage), relevance=relevance,
            rank=i, stance=stance,
        ))
    return rows


def rating(label: str = "Größtenteils falsch") -> Rating:
    return Rating.objects.get(scale__is_default=True, label=label)


def verdict_in(status: str, *, claim: Claim, author, approver=None, publisher=None, headline="Zahl stimmt nicht"):
    """A verdict brought to `status` through the services (draft → submit → approve → publish)."""
    verdict = verdict_draft(claim=claim, user=author, rating=rating(), headline=headline, summary="Kurz.",
                            body="Lang.")
    steps = {"draft": [], "submitted": ["submit"], "approved": ["submit", "approve"],
             "published": ["submit", "approve", "publish"]}[status]
    actors = {"submit": author, "approve": approver, "publish": publisher or approver}
    for action in steps:
        verdict_transition(verdict=verdict, user=actors[action], action=action)
    verdict.refresh_from_db()
    return verdict


def fresh(obj):
    return type(obj).objects.get(pk=obj.pk)

