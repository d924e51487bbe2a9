"""A verb of saying in "-s" that is also a plural noun ("states", "reports", "estimates") is no
verb after names joined by "and" (which take "say", "state"): "Kano and Kaduna states account
for ..." names no speaker; nor is it right before another verb of saying ("Gulf states
warned" -> "Gulf states"). A plural noun in lower case after such names is of them all
("Kano and Kaduna states said" -> "Kano and Kaduna states"). A singular subject's "states" and
German subjects of two names stay as they were."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Kano and Kaduna states account for about 40% of new infections.", None),
        ("en", "Kano, Kaduna and Sokoto states account for about 40% of new infections.", None),
        ("en", "Kano and Kaduna states said about 40% of new infections were in children.", "Kano and Kaduna states"),
        ("en", "Gulf states warned oil could reach $120 a barrel.", "Gulf states"),
        ("en", "The Nordic states said they would spend 3% of GDP on defence.", "the Nordic states"),
        # Near misses: a singular subject's "states", names with a plural verb, a body's name
        # with "and" inside, German names joined by "und".
        ("en", "Ghana states that about 40% of new infections are in children.", "Ghana"),
        ("en", "Ghana and Togo say about 40% of new infections are in children.", "Ghana and Togo"),
        ("en", "The Food and Drug Administration says 40 batches were recalled.", "the Food and Drug Administration"),
        ("en", "Infections rose 40%, the health ministry says.", "the health ministry"),
        ("de", "Bayern und Hessen teilten mit, 40 Prozent der Fälle seien Kinder.", "Bayern und Hessen"),
    ],
)
def test_plural_nouns_after_names(lang, text, speaker):
    assert extract_claims(text, lang)[0].speaker == speaker
