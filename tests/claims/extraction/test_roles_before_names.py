"""A role before a personal name is dropped when its shape says it is one, also where no list
names it: a German role noun after acronyms joined by hyphens ("VÖEST-Chefverhandler Karin
Ebner" -> "Karin Ebner", a bare "-er" counting there, as no double surname opens with an
acronym), and an English role whose "of" complement is in lower case ("head of investor
relations Tom Lee" -> "Tom Lee"). A double surname, a body after the role and a complement
without a name after it stay as they were."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Die Löhne steigen um 3,1 Prozent, sagte VÖEST-Chefverhandler Karin Ebner.", "Karin Ebner"),
        ("de", "Die Löhne steigen um 3,1 Prozent, sagte ORF-Reporter Lukas Brandl.", "Lukas Brandl"),
        ("de", "BMW-Entwickler Jonas Riedl sagte, 40 Prototypen seien gebaut worden.", "Jonas Riedl"),
        ("en", "Head of investor relations Tom Lee said revenue rose 12% in the quarter.", "Tom Lee"),
        ("en", "Revenue rose 12% in the quarter, said Acme head of investor relations Tom Lee.", "Tom Lee"),
        ("en", "UKHSA director of public health programmes Ann Pike said 40 cases were found.", "Ann Pike"),
        ("en", "The bank's head of global research Nadia Roy said rates would fall 0.5 points.", "Nadia Roy"),
        # Near misses: a double surname, listed roles after acronyms, a role without acronyms, no
        # name after the complement, a capitalised complement, a body after the role.
        ("de", "Die Löhne steigen um 3,1 Prozent, sagte Karin Ebner-Lechner.", "Karin Ebner-Lechner"),
        ("de", "Die Löhne steigen um 3,1 Prozent, sagte Ebner-Lechner.", "Ebner-Lechner"),
        ("de", "Die Löhne steigen um 3,1 Prozent, sagte SPÖ-Klubchef Paul Brandl.", "Paul Brandl"),
        ("de", "Die Quote liege bei 4 Prozent, sagte AMS-Berater Tobias Kern.", "Tobias Kern"),
        ("de", "Die Löhne steigen um 3,1 Prozent, sagte Chefverhandler Karin Ebner.", "Karin Ebner"),
        ("en", "The director of public health said 40 cases were found.", "the director of public health"),
        (
            "en",
            "40 cases were found, said the director of public health for Kent.",
            "the director of public health for Kent",
        ),
        ("en", "Secretary of State Jane Moss said 40 diplomats were expelled.", "Jane Moss"),
        ("en", "Chief of staff Ben Ortiz said 40 aides had left.", "Ben Ortiz"),
        (
            "en",
            "The head of research at Barclays said rates would fall 0.5 points.",
            "the head of research at Barclays",
        ),
    ],
)
def test_roles_before_names(lang, text, speaker):
    assert extract_claims(text, lang)[0].speaker == speaker
