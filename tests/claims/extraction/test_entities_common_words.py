"""find_entities: common words that open a sentence or a clause, and German common nouns, are
no entities; real names stay, also at sentence start. Sentences are sample data written for
these tests."""

import pytest

from claims.extraction import find_entities

# (language, sentence, words that must not be entities, names that must be)
FUNCTION_WORDS = [
    ("en", "Who will pay for the new bridge in Leeds?", ["Who"], ["Leeds"]),
    ("en", "Is anyone at the Treasury still listening?", ["Is"], ["Treasury"]),
    ("en", "What Okafor said next surprised the room.", ["What", "What Okafor"], ["Okafor"]),
    ("en", "Perhaps the harbour plan was never going to work.", ["Perhaps"], []),
    ("en", "Frankly, nobody in Dunmore expected the vote to pass.", ["Frankly"], ["Dunmore"]),
    ("en", "Unsurprisingly, the council in Harwick said no.", ["Unsurprisingly"], ["Harwick"]),
    ("en", "Let's wait for the figures from Statistics Norway.", ["Let"], ["Statistics Norway"]),
    ("en", "Please keep away from the river bank.", ["Please"], []),
    ("en", "Will the bank raise rates again?", ["Will"], []),
    ("en", "Nearly 4,000 fans travelled to Porto.", ["Nearly"], ["Porto"]),
    ("en", "More than 200 people gathered outside the Senate.", ["More"], ["Senate"]),
    ("en", "Up to 80mm of rain fell over Cork overnight.", ["Up"], ["Cork"]),
    ("de", "Ist das wirklich die Lösung für Kärnten?", ["Ist"], ["Kärnten"]),
    ("de", "Hoffentlich bleibt es in Linz ruhig.", ["Hoffentlich"], ["Linz"]),
    ("de", "Wohin führt der Weg der Partei?", ["Wohin"], []),
    ("de", "Lasst uns in Graz ein Zeichen setzen.", ["Lasst"], ["Graz"]),
    ("de", "Wegen Hochwasser sperrte die Polizei die Straße nach Melk.", ["Wegen", "Wegen Hochwasser"], ["Melk"]),
    ("de", "Mehr als 300 Menschen kamen nach Bregenz.", ["Mehr"], ["Bregenz"]),
    ("de", "Bitte halten Sie Abstand.", ["Bitte"], []),
    ("de", "Möge der Winter in Tirol mild werden.", ["Möge"], ["Tirol"]),
]


@pytest.mark.parametrize(("lang", "text", "absent", "present"), FUNCTION_WORDS)
def test_function_words_opening_a_sentence_are_no_entities(lang, text, absent, present):
    found = find_entities(text, lang)
    assert not set(absent) & set(found), found
    assert set(present) <= set(found), found


# Names that open a sentence, or that look like function words at the head of a longer name.
NAMES = [
    ("en", "Reuters reported the deal on Monday.", ["Reuters"]),
    ("en", "Witkoff flew to Moscow on Tuesday.", ["Witkoff", "Moscow"]),
    ("en", "Theresa May met the delegation.", ["Theresa May"]),
    ("en", "Will Okafor scored twice.", ["Will Okafor"]),
    ("en", "Under Armour cut its forecast.", ["Under Armour"]),
    ("de", "Uschakow sagte, das Treffen sei konstruktiv gewesen.", ["Uschakow"]),
    ("de", "Moskau lehnt den Plan ab.", ["Moskau"]),
]


@pytest.mark.parametrize(("lang", "text", "names"), NAMES)
def test_names_stay(lang, text, names):
    found = find_entities(text, lang)
    assert set(names) <= set(found), found


# German: a noun after a figure, a number word or an adjective with a figure is counted, not
# named; a name after a verb of saying is the speaker.
GERMAN_CONTEXT = [
    ("Der Gemeinderat stimmte mit 21 zu 14 Stimmen für den Plan.", ["Stimmen"], []),
    ("Der Konzern streicht 4.500 Stellen in Tirol.", ["Stellen"], ["Tirol"]),
    ("Der 35-jährige Lenker wurde nach Villach gebracht.", ["Lenker"], ["Villach"]),
    ("Drei Fahrer wurden in Wels verletzt.", ["Drei Fahrer", "Fahrer"], ["Wels"]),
    ("Die Gespräche dauerten fünf Stunden.", ["Stunden"], []),
    ("Er spielt in der 2. Liga.", ["Liga"], []),
    ("„Wir reisen morgen ab“, sagte Okonkwo am Abend.", [], ["Okonkwo"]),
    ("Die Gespräche seien konstruktiv gewesen, erklärte Lawrow.", [], ["Lawrow"]),
]


@pytest.mark.parametrize(("text", "absent", "present"), GERMAN_CONTEXT)
def test_german_noun_after_figure_or_verb_of_saying(text, absent, present):
    found = find_entities(text, "de")
    assert not set(absent) & set(found), found
    assert set(present) <= set(found), found


# German common nouns by their form, forms of address, nouns after a quantifier, and section
# labels in both languages.
COMMON_NOUNS = [
    ("de", "Wir setzen mit Zuversicht auf die Saison in Salzburg.", ["Zuversicht"], ["Salzburg"]),
    ("de", "Demokratie braucht Geduld.", ["Demokratie"], []),
    ("de", "In Zukunft fährt der Bus auch nach Eferding.", ["Zukunft"], ["Eferding"]),
    ("de", "Liebe Kolleginnen und Kollegen, wir beginnen.", ["Liebe Kolleginnen", "Kolleginnen"], []),
    ("de", "Das Team hat Unglaubliches geleistet.", ["Unglaubliches"], []),
    ("de", "Die Gemeinde braucht mehr Geld aus Wien.", ["Geld"], ["Wien"]),
    ("de", "Kommentar: Die Stadt Villach braucht einen Plan", ["Kommentar"], ["Stadt Villach"]),
    ("en", "Opinion: The harbour deal is a mistake", ["Opinion"], []),
    ("en", "Analysis: What the vote in Ohio means", ["Analysis", "What"], ["Ohio"]),
]


@pytest.mark.parametrize(("lang", "text", "absent", "present"), COMMON_NOUNS)
def test_common_nouns_and_labels_are_no_entities(lang, text, absent, present):
    found = find_entities(text, lang)
    assert not set(absent) & set(found), found
    assert set(present) <= set(found), found


def test_office_names_keep_their_last_word():
    # Until runs join over "für", the last word is all a lone run gives of such a name.
    assert "Statistik" in find_entities("Laut dem Bundesamt für Statistik stieg die Zahl.", "de")


# Number words, contractions and comparatives that open a sentence; a common noun before a
# name particle; the first half of a pair of compounds. Place names that end like a number
# word stay ("Leipzig": "-zig").
MORE = [
    ("en", "Two lorries collided near Carlisle.", ["Two"], ["Carlisle"]),
    ("de", "Zwei Menschen starben in Enns.", ["Zwei"], ["Enns"]),
    ("en", "“I’m not leaving Hull,” she said.", ["I’m"], ["Hull"]),
    ("en", "Sooner or later the pier will close.", ["Sooner"], []),
    ("de", "Früher oder später schließt die Bank in Steyr.", ["Früher"], ["Steyr"]),
    ("de", "Da hilft auch kein Streusalz.", ["Da"], []),
    ("de", "Der Stau auf der Umfahrung von Wels wuchs.", ["Umfahrung von Wels"], ["Wels"]),
    ("de", "Betroffen ist die Metall- und Textilindustrie.", ["Metall-"], []),
    ("de", "In Leipzig Hauptbahnhof fiel der Strom aus.", [], ["Leipzig Hauptbahnhof"]),
    ("de", "Die Mieten in Leipzig stiegen um 18 Prozent.", [], ["Leipzig"]),
    ("de", "Ursula von der Leyen reiste nach Rom.", [], ["Ursula von der Leyen", "Rom"]),
]


@pytest.mark.parametrize(("lang", "text", "absent", "present"), MORE)
def test_number_words_pairs_and_particles(lang, text, absent, present):
    found = find_entities(text, lang)
    assert not set(absent) & set(found), found
    assert set(present) <= set(found), found


@pytest.mark.parametrize(
    ("text", "names", "absent"),
    [
        ("Das sagte Klein am Montag in Linz.", ["Klein", "Linz"], []),
        ("Der Zug nach Hallein fiel aus.", ["Hallein"], []),
        ("Die Delegation kam aus Tunis.", ["Tunis"], []),
        ("Laut Jung ist das Ergebnis knapp.", ["Jung"], ["Ergebnis"]),
        ("Allein die Brücke kostet viel, die Lösung ist offen.", [], ["Allein", "Lösung"]),
    ],
)
def test_names_that_end_like_a_generic_suffix_stay(text, names, absent):
    # "-ung", "-lein", "-nis" after a short stem end names; after a longer one, common nouns.
    found = find_entities(text, "de")
    assert set(names) <= set(found), found
    assert not set(absent) & set(found), found


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Im Tal fielen 120 Liter Regen pro Quadratmeter.", ["Liter Regen", "Regen"], []),
        ("Sie gewann mit 0,3 Sekunden Vorsprung in Schladming.", ["Sekunden Vorsprung", "Vorsprung"], ["Schladming"]),
        ("Das Gericht verhängte vier Jahren Haft.", ["Jahren Haft", "Haft"], []),
        ("Der Umsatz stieg auf 2,1 Milliarden Franken.", ["Franken"], []),
        ("Die Zollfahnder fanden 40 Kilogramm Kokain in Triest.", ["Kilogramm Kokain", "Kokain"], ["Triest"]),
    ],
)
def test_german_noun_after_a_unit_is_measured_not_named(text, absent, present):
    found = find_entities(text, "de")
    assert not set(absent) & set(found), found
    assert set(present) <= set(found), found
