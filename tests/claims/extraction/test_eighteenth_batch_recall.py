"""Facts without a figure that the eighteenth and nineteenth blind batches' first runs missed, in forms
of their kinds (sample sentences written for these tests, not rows of any batch or the seed article),
and look-alike opinions that must stay rejected.

- A ruling's legal status: "ist (noch) nicht rechtskräftig", "kann angefochten werden", "Berufung
  ist möglich", "is not final", "is subject to appeal", "can be challenged".
- A record: a measured superlative against a frame ("in der Geschichte", "seit", "since", "on
  record", "in a generation", "ever", "in the state's history"), "der bislang größte", "record
  high"; not a verdict ("beste", "best", "greatest"), not in the first person, not about a
  judgement noun ("die größte Enttäuschung", "the biggest mistake").
- A scheduled event: "wird sich in der Herbstsession mit ... befassen", "werden sich nächste Woche
  treffen", "will rule ... next month"; not "am Ende werden die Wähler entscheiden".
- A state that continues, like the state passive: "bleibt ... gesperrt", "bleiben geschlossen",
  "bleibt aufrecht", "in Untersuchungshaft", "remains in force", "in custody"; not a mood ("Die
  Stimmung bleibt gereizt", "Die Lage bleibt angespannt").
- A term limit or a rule by law: "cannot seek re-election", "darf nicht wiedergewählt werden",
  "must by law"; not "Presidents must listen to the people."
- A quoted verb phrase in reported speech ("said orders had “outpaced every projection”") is an
  attributed fact, not a scare-quoted verdict ("called the offer “deeply disappointing”").
- News preterites of event verbs ("verlief", "kenterte", "überlebte").
Every fact row was not returned before these rules.
"""

import pytest

from claims.extraction import extract_claims

FACTS = [
    # a ruling's legal status
    ("de", "Der Freispruch ist noch nicht rechtskräftig."),
    ("de", "Die Geldstrafe ist inzwischen rechtskräftig."),
    ("de", "Gegen das Urteil ist Berufung möglich."),
    ("de", "Der Schuldspruch kann noch angefochten werden."),
    ("en", "The verdict is not final."),
    ("en", "The acquittal is not yet final."),
    ("en", "The ruling is subject to appeal."),
    # a record against a frame
    ("de", "Es ist der größte Drogenfund in der Geschichte des Flughafens."),
    ("de", "Es war die grösste Razzia in der Geschichte des Kantons."),
    ("de", "Es war das opferreichste Unglück der Vereinsgeschichte."),
    ("de", "Die Inflation ist so niedrig wie seit Jahren nicht mehr."),
    ("en", "It was the lowest jobless rate since the spring."),
    ("en", "It was the hottest summer on record."),
    ("en", "It was the deadliest storm in decades."),
    ("en", "The seizure was the largest ever at the port."),
    ("en", "The yen is at its weakest in a generation."),
    ("en", "Oil is at a record high."),
    # a scheduled event with a date ahead
    ("de", "Der Nationalrat wird sich in der Herbstsession mit dem Entwurf befassen."),
    ("de", "Im Herbst wird der Landtag über das Paket beraten."),
    ("de", "Die Außenminister werden sich nächste Woche erneut treffen."),
    ("de", "Das Gericht wird Mitte März entscheiden."),
    ("en", "The court will rule on the appeal next month."),
    ("en", "The judge will sentence him on Friday."),
    # a state that continues
    ("de", "Die Passstraße bleibt wegen Steinschlaggefahr vorerst gesperrt."),
    ("de", "Die Schulen im Bezirk bleiben geschlossen."),
    ("de", "Die Unwetterwarnung bleibt aufrecht."),
    ("de", "Der Tatverdächtige bleibt in Untersuchungshaft."),
    ("de", "Die Grenze blieb dicht."),
    ("en", "The ban remains in force."),
    ("en", "The suspect remains in custody."),
    ("en", "The driver remains in critical condition."),
    # a term limit, a rule by law
    ("en", "Peruvian presidents cannot seek re-election."),
    ("en", "The governor may not run for re-election."),
    ("de", "Der Präsident darf nicht wiedergewählt werden."),
    ("en", "Landlords must by law register every deposit."),
    # a quoted verb phrase in reported speech
    ("en", 'The finance chief said bookings had "outpaced every projection".'),
    ("en", "The chief executive said orders “doubled the forecast”."),
    # news preterites
    ("de", "Eine Blutprobe beim Lenker verlief negativ."),
    ("de", "Die Fähre kenterte vor der Küste."),
    ("de", "Der Bergsteiger überlebte den Absturz."),
]

NON_CLAIMS = [
    ("de", "Das ist der größte Unsinn, den ich je gehört habe."),
    ("en", "It was the best night of my life."),
    ("de", "Die Stimmung bleibt gereizt."),
    ("de", "Die Lage bleibt angespannt."),
    ("de", "Der Trainer bleibt gelassen."),
    ("de", "Das bleibt unvergessen."),
    ("de", "Der Ausgang bleibt offen."),
    ("de", "Es bleibt zu hoffen, dass beide Seiten einlenken."),
    ("de", "Es war der schönste Tag in der Geschichte des Vereins."),
    ("de", "Das war die größte Enttäuschung seit Jahren."),
    ("de", "Das war die beste Saison aller Zeiten."),
    ("en", "It was the biggest mistake in the club's history."),
    ("en", "This is the greatest team of all time."),
    ("en", "It was the most exciting final ever."),
    ("en", "It is the oldest trick in the book."),
    ("en", "The biggest challenge since the war lies ahead."),
    ("de", "Am Ende werden die Wähler entscheiden."),
    ("de", "Die Debatte wird uns noch lange beschäftigen."),
    ("en", "The mood remains tense."),
    ("en", "Presidents must listen to the people."),
    ("en", "That decision is final, and I will not change my mind."),
    ("en", "The union called the offer “deeply disappointing”."),
    ("en", 'She said the plan was "deeply flawed".'),
]


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_plain_fact_is_a_claim(lang, text):
    assert extract_claims(text, language=lang), text


@pytest.mark.parametrize(("lang", "text"), NON_CLAIMS)
def test_look_alike_stays_rejected(lang, text):
    assert extract_claims(text, language=lang) == [], text
