"""Facts without a figure that the twentieth and twenty-first blind batches' first runs missed, in forms
of their kinds (sample sentences written for these tests, not rows of any batch or the seed article),
and look-alikes that must stay rejected.

- A legal remedy that can be lodged against a ruling: "kann ... Berufung/Beschwerde eingelegt/erhoben
  werden", "..., gegen den Rekurs erhoben werden kann"; not "sollte ... eingelegt werden".
- A scheduled event in a subordinate clause, its verb before a closing "wird"/"werden" ("..., der am
  Dienstag darüber beraten wird"), and a date such as "Ende des Monats", "Anfang kommender Woche".
- An announcement in reported speech: the Konjunktiv I "werde" and its infinitive with a date ahead
  ("Man werde am Mittwoch entscheiden"); not without a date, not "am Ende", not "ich werde".
- A quoted verb phrase after the future or a will outside the quote ("werde den Vorschlag „gründlich
  prüfen“", "would “closely monitor” the situation") is an attributed announcement, not a scare-quoted
  verdict; a modal of judgement or duty, a copula and an adjective stay verdicts.
- A vague count opening the sentence as the subject of a past verb ("Dutzende Autos blieben im Schnee
  stecken", "Hundreds of homes were without power overnight"); not the present or the future.
Every fact row was not returned before these rules (claims/extraction/worthiness/states.py, quotes.py).
"""

import pytest

from claims.extraction import extract_claims

FACTS = [
    # a legal remedy that can be lodged
    ("de", "Gegen den Schuldspruch kann noch Berufung eingelegt werden."),
    ("de", "Gegen die Entscheidung kann Beschwerde erhoben werden."),
    ("de", "Es handelt sich um einen Beschluss, gegen den Rekurs erhoben werden kann."),
    # a scheduled event, the verb before a closing "wird"/"werden"
    ("de", "Der Antrag geht an den Ausschuss, der am Dienstag darüber beraten wird."),
    ("de", "Die Vorlage geht zurück an die Kommission, die sich nächste Woche erneut damit befassen wird."),
    ("de", "Die Gespräche sollen am Montag fortgesetzt werden."),
    # an announcement in the Konjunktiv I with a date ahead
    ("de", "Ein Ergebnis werde es frühestens Ende des Monats geben."),
    ("de", "Man werde am Mittwoch entscheiden."),
    ("de", "Die Frist werde Anfang kommender Woche enden."),
    ("de", "Der Bericht werde im Herbst vorliegen."),
    ("de", "Es werde nächste Woche eine Sondersitzung geben."),
    ("de", "Man werde die Liste Anfang nächsten Monats vorlegen."),
    # a quoted verb phrase after the future or a will
    ("de", "Man werde den Vorschlag „gründlich prüfen“, sagte der Regierungssprecher."),
    ("de", "Die Firma werde den Schaden „umgehend ersetzen“, teilte ein Sprecher mit."),
    ("en", "The agency would “closely monitor” the situation, a spokesman said."),
    ("en", "The board will “fully cooperate” with investigators, the company said."),
    ("en", "We'll “carefully review” the report, the minister said."),
    # a vague count as the subject of a past verb
    ("de", "Dutzende Autos blieben im Schnee stecken."),
    ("de", "Hunderte Menschen blieben ohne Strom."),
    ("de", "Tausende demonstrierten gegen die Reform."),
    ("en", "Hundreds of homes were without power overnight."),
]

LOOK_ALIKES = [
    # a demand, a general statement: no remedy lodged
    ("de", "Gegen das Urteil sollte Berufung eingelegt werden."),
    ("de", "Man kann gegen alles Einspruch erheben."),
    # no date ahead ("am Ende" is none)
    ("de", "Der Rat, der am Ende entscheiden wird, schweigt."),
    ("de", "Die Wähler, die darüber entscheiden werden, sind gespalten."),
    ("de", "Eine Lösung werde es irgendwann geben."),
    ("de", "Am Ende werde sich die Vernunft durchsetzen."),
    ("de", "Das werde sich noch zeigen."),
    # the first person
    ("de", "Ich werde am Montag darüber nachdenken."),
    # scare-quoted verdicts: an adjective, a copula, a modal of judgement or duty
    ("de", "Die Ministerin zeigte sich „sehr zufrieden“ mit dem Ergebnis."),
    ("de", "Der Plan sei „völlig verfehlt“, sagte die Abgeordnete."),
    ("de", "Das könne man „so nicht stehen lassen“, sagte die Abgeordnete."),
    ("de", "Man müsse „endlich handeln“, forderte der Verband."),
    ("en", "The plan would “be a disaster”, the senator said."),
    ("en", "The merger would “prove costly”, an analyst said."),
    ("en", "We must “act now”, the activist said."),
    # a vague count with a present or a future, or no vague count
    ("de", "Tausende Fragen bleiben offen."),
    ("de", "Hunderte Gründe sprechen dagegen."),
    ("de", "Tausende Familien werden darunter leiden."),
    ("de", "Dutzende Experten halten den Plan für falsch."),
    ("de", "Hunderte Bürger fürchten um ihre Ersparnisse."),
    ("de", "Tausende Fans sehnen sich nach einem Titel."),
    ("en", "Hundreds of reasons spring to mind."),
    ("de", "Für einen Moment blieb die Zeit stehen."),
]


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_fact_is_returned(lang, text):
    claims = extract_claims(text, language=lang)
    assert [c.text for c in claims] == [text]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alike_stays_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


def test_the_reported_speaker_is_kept():
    text = "Man werde den Vorschlag „gründlich prüfen“, sagte der Regierungssprecher."
    assert extract_claims(text, language="de")[0].speaker == "der Regierungssprecher"
