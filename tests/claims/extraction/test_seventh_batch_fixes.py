"""What the seventh blind batch showed missing in check-worthiness: forms of address and
imperatives, scene-setting, commentary words without an evaluative adjective, German endings
of evaluative adjectives, praise in one's own voice, "the X is ... <evaluative>"; with nearby
facts that must stay claims. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    # Addressing the reader: a salutation, an opening imperative, the German polite imperative.
    ("de", "Liebe Wählerinnen und Wähler, geben Sie uns Ihre Stimme."),
    ("de", "Verlassen Sie bei Sturm nicht das Haus und meiden Sie Waldgebiete."),
    ("de", "Bitte folgen Sie den Hinweisen der Einsatzkräfte."),
    ("en", "Dear colleagues, let us finish what we started."),
    ("en", "Please keep your dogs on a lead near the lake."),
    ("en", "Do not drive through floodwater under any circumstances."),
    # Scene-setting and colour.
    ("de", "Dichter Nebel hing über dem Hafen, als die Fähre ablegte."),
    ("en", "Rain lashed the tents as the protesters settled in for the night."),
    ("en", "A hush fell over the chamber when the speaker rose."),
    # Commentary without an evaluative adjective.
    ("de", "Die Spielerinnen haben mit Herz und Leidenschaft verteidigt."),
    ("en", "The ministry has simply run out of patience and ideas."),
    # German endings of evaluative adjectives; praise in one's own voice.
    ("de", "Der Verband hat eine großartige Moral bewiesen."),
    ("en", "“We played some brilliant rugby this afternoon,” the coach said."),
    # "The X is ... <evaluative>" at the start of a clause, also in a quote.
    ("en", "“The deal is a betrayal of our farmers,” the senator said."),
    # Idioms of rhetoric and thanks.
    ("en", "Time will tell whether the new coach was the right choice."),
    ("de", "Ich danke allen Ehrenamtlichen für ihren unermüdlichen Einsatz."),
]

KEPT = [
    # Weather and light as news, not colour: with a figure, or without a painting word.
    ("en", "Heavy snow closed the M8 between Glasgow and Edinburgh on Monday."),
    ("de", "Dichter Nebel führte am Montag auf der A1 zu einem Unfall mit 14 Fahrzeugen."),
    ("en", "Rain lashed the coast with up to 120 millimetres in 24 hours."),
    ("de", "Bei eisigen Temperaturen von minus 15 Grad fiel in 3.000 Haushalten der Strom aus."),
    # Records and superlatives are facts.
    ("en", "The storm was the strongest to hit Ireland since 1961."),
    ("de", "Das Defizit ist das höchste seit 2010, teilte das Finanzministerium mit."),
    # Positions, intentions and pledges.
    ("de", "Die Landesregierung lehnt den Bau der Umfahrung ab."),
    ("en", "The mayor will run for a third term, her office said."),
    ("en", "“We will not close the hospital,” the health secretary said on Tuesday."),
    # Appeals reported as events, with a figure.
    ("de", "Die Polizei forderte die Bewohner von 200 Häusern auf, die Fenster geschlossen zu halten."),
    ("en", "Officials urged 5,000 residents to boil their water before drinking it."),
    # Thanks, praise or address words inside a fact.
    ("de", "Die Regierung dankte den 4.500 Helfern mit einer Prämie von je 500 Euro."),
    ("en", "Stay-at-home orders were lifted in 12 counties on Friday."),
    # "Sie" meaning "she" or "they" is no address.
    ("de", "Nach dem Urteil legten sie Berufung ein, sagte ihr Anwalt."),
    # A German verb "wahren" is no commentary, nor is an auxiliary with a past participle.
    ("de", "Die Schweiz will ihre Neutralität im Konflikt wahren."),
    ("de", "Der Konzern hat seinen Gewinn im abgelaufenen Geschäftsjahr verdoppelt."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_opinion_and_rhetoric_are_not_claims(lang, text):
    assert extract_claims(text, language=lang) == [], text


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_near_miss_facts_stay_claims(lang, text):
    assert extract_claims(text, language=lang), text
