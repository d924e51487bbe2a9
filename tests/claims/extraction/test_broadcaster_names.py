"""A broadcaster's name that opens with an addressee's word ("Radio", "Fernsehen", "Sender")
stays whole where no addressee can stand: in a source after "laut", "nach Angaben", "zufolge"
("laut dem Bayerischen Radio BR24" is "das Bayerische Radio BR24", not "das Bayerische"), and
after "das" and a place's adjective in "-er", which needs its noun ("meldete das Wiener
Radio ..."). After a subject that is whole, the addressee still ends it ("sagte Huber Radio
Bremen"), in German and English alike."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Laut dem Wiener Radio Orange sind 40 Sendungen ausgefallen.", "das Wiener Radio Orange"),
        ("de", "Laut dem Privatsender Radio Kärnten sind 40 Sendungen ausgefallen.", "der Privatsender Radio Kärnten"),
        ("de", "40 Sendungen sind ausgefallen, meldete das Berliner Fernsehen.", "das Berliner Fernsehen"),
        ("de", "Wie das Basler Radio X meldete, sind 40 Sendungen ausgefallen.", "das Basler Radio X"),
        # Near misses: an addressee after a whole subject, a neuter noun in "-er", a source with
        # no adjective, one before "zufolge" (read apart), English broadcasters.
        ("de", "Es seien 40 Sendungen ausgefallen, sagte Huber Radio Bremen.", "Huber"),
        ("de", "Es seien 40 Sendungen ausgefallen, sagte der Intendant Radio Bremen.", "der Intendant"),
        ("de", "Es seien 40 Sendungen ausgefallen, sagte das Theater Reportern.", "das Theater"),
        ("de", "Laut Radio Bremen sind 40 Sendungen ausgefallen.", "Radio Bremen"),
        ("de", "Dem Tiroler Radio Grünwelle zufolge sind 40 Sendungen ausgefallen.", "das Tiroler Radio Grünwelle"),
        ("en", "Forty programmes were cancelled, Huber told Radio Free Europe.", "Huber"),
        ("en", "Forty programmes were cancelled, according to Radio Free Europe.", "Radio Free Europe"),
    ],
)
def test_broadcaster_names(lang, text, speaker):
    assert extract_claims(text, lang)[0].speaker == speaker
