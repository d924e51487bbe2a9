"""Speakers the sixteenth and seventeenth blind batches' first runs missed, and speakers known
wrong from the round before, in forms of their kinds (sample sentences written for tests, not
rows of the batches), with near misses that must not change.

- Role nouns that were not listed ("Verteidiger", "Geschäftsführer", "Beamte"): the role is
  dropped before a name; an adjectival role noun after "einem"/"eines" takes the strong
  nominative ("einem hohen Beamten" -> "ein hoher Beamter", "einem Abgeordneten" -> "ein
  Abgeordneter"), after "dem" the weak one ("dem Beamten" -> "der Beamte").
- A name joined by "und"/"and": "das Bundesamt für Migration und Flüchtlinge", "the Fire and
  Rescue Service", "the Department of Health and Social Care"; two sources stay apart.
- In the frames "teilte ... mit" and "hieß es aus/von ...", "für" and capitalised nouns after
  the head noun belong to the name whatever the head ("das Kuratorium für Verkehrssicherheit");
  after "sagte" only an institution's name goes on ("der Sprecher für Außenpolitik").
- A role word that opens a body's or company's name ("the Premier League", "General Motors").
- A place after a lower-case source is dropped ("the central bank in Warsaw said"), as "Dem
  Generalstab in Kiew zufolge"; also with an article ("Der Polizei in der Slowakei zufolge").
- "said U.S. Ambassador to the U.N. Linda Moss", "said Secretary of the Navy John Pike", "said
  St. Louis Mayor Tom Reed": the name after the role's complement and after the "St." of a place.
"""

import pytest

from claims.extraction import find_speaker

GERMAN = [
    # role nouns not listed before
    ("Der Vertrag sei nichtig, sagte Verteidigerin Eva Brandl und kündigte eine Beschwerde an.", "Eva Brandl"),
    ("Die Strafe von 3 Jahren werde angefochten, sagte Pflichtverteidiger Jonas Reiter.", "Jonas Reiter"),
    ("Der Umsatz sank um 4 Prozent, sagte Geschäftsführer Paul Kerner.", "Paul Kerner"),
    ("Einem hohen Beamten zufolge wurden 14 Anträge abgelehnt.", "ein hoher Beamter"),
    ("Laut dem Beamten wurden 14 Anträge abgelehnt.", "der Beamte"),
    ("Einem Abgeordneten zufolge stimmten 40 Mitglieder dagegen.", "ein Abgeordneter"),
    ("Laut einem Vorsitzenden stimmten 40 Mitglieder dagegen.", "ein Vorsitzender"),
    # "und" inside a name with "für"
    (
        "Es gab 2.300 Anträge, teilte das Bundesamt für Migration und Flüchtlinge mit.",
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "Laut dem Bundesministerium für Arbeit und Soziales steigt die Rente um 3 Prozent.",
        "das Bundesministerium für Arbeit und Soziales",
    ),
    (
        "Dem Bundesamt für Migration und Flüchtlinge zufolge gab es 2.300 Anträge.",
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    # "für" after any head noun inside "teilte ... mit" and "hieß es aus/von"
    (
        "Die Zahl der Verletzten sank um ein Fünftel, teilte das Kuratorium für Verkehrssicherheit mit.",
        "das Kuratorium für Verkehrssicherheit",
    ),
    (
        "Die Pegel stiegen um 40 Zentimeter, hieß es vom Arbeitskreis für Wasserwirtschaft.",
        "der Arbeitskreis für Wasserwirtschaft",
    ),
    (
        "Das Observatorium für Klimafolgen teilte mit, es habe 12 Hitzetage gegeben.",
        "das Observatorium für Klimafolgen",
    ),
    # a place with an article after the source of "zufolge"
    ("Der Polizei in der Slowakei zufolge wurden 6 Menschen verletzt.", "die Polizei"),
]
GERMAN_NEAR_MISSES = [
    ("Die Exporte stiegen um 9 Prozent, sagte der Sprecher für Außenpolitik.", "der Sprecher"),
    ("Die Strafe sei zu hoch, sagte Rudolf Gruber und meldete Berufung an.", "Rudolf Gruber"),
    ("Laut einem Experten steigen die Preise um 3 Prozent.", "ein Experte"),
    ("Nach Angaben des Vorsitzenden stimmten 40 Delegierte dagegen.", "der Vorsitzende"),
    ("Es gab 2.300 Anträge, teilte das Bundesamt für Migration mit.", "das Bundesamt für Migration"),
    ("Es gab 2.300 Anträge, teilte das Bundesamt für Migration und die Polizei mit.", "das Bundesamt für Migration"),
    ("Die Exporte stiegen um 9 Prozent, teilte das Sekretariat für Handel mit.", "das Sekretariat für Handel"),
    ("Einem Interview in der Zeitung zufolge wurden 200 Stellen gestrichen.", "die Zeitung"),
    ("Der Zeitung zufolge wurden 200 Stellen gestrichen.", "die Zeitung"),
    ("Dem Generalstab in Kiew zufolge wurden 40 Angriffe abgewehrt.", "der Generalstab"),
]

ENGLISH = [
    # "and" inside a name
    ("Four crews were sent, according to the Fire and Rescue Service.", "the Fire and Rescue Service"),
    (
        "Waiting lists grew by 3%, according to the Department of Health and Social Care.",
        "the Department of Health and Social Care",
    ),
    (
        "Waiting lists grew by 3%, the Department of Health and Social Care said.",
        "the Department of Health and Social Care",
    ),
    # a role word opening a name
    ("The match was moved to Sunday, the Premier League said.", "the Premier League"),
    ("Output fell 8% in May, General Motors said.", "General Motors"),
    # a place after a lower-case source
    ("The zloty weakened 2%, the central bank in Warsaw said.", "the central bank"),
    ("Three people were arrested, police in Leeds said.", "police"),
    ("Fourteen drones were downed, Ukraine's air force in Kyiv said.", "Ukraine's air force"),
    # the name after "Ambassador to ..." and after "St."
    ("The vote was 12 to 3, said U.S. Ambassador to the U.N. Linda Moss.", "Linda Moss"),
    ("The city will hire 300 officers, said St. Louis Mayor Tom Reed.", "Tom Reed"),
    ("Two carriers will be retired, said Secretary of the Navy John Pike.", "John Pike"),
]
ENGLISH_NEAR_MISSES = [
    ("The drug was approved, the Food and Drug Administration said.", "the Food and Drug Administration"),
    ("Sales fell 4%, according to Britain and France.", "Britain"),
    ("Sales fell 4%, according to the Home Office and Border Force.", "the Home Office"),
    ("Rates were held at 0.5%, according to the Bank of Japan and Bank of Korea.", "the Bank of Japan"),
    ("Sales fell 4%, said Premier Li Qiang.", "Li Qiang"),
    ("Sales fell 4%, General Mark Milley said.", "Mark Milley"),
    ("Sales fell 4%, the Church in Wales said.", "the Church in Wales"),
    ("Sales fell 4%, said the ministry in Ankara.", "the ministry"),
    ("Sales fell 4%, said the spokesman to reporters.", "the spokesman"),
    ("The plan has 20 points, said the U.N.", "the U.N."),
    ("St. Louis Mayor Tom Reed said the city will hire 300 officers.", "Tom Reed"),
]


ROWS = [("de", *row) for row in GERMAN + GERMAN_NEAR_MISSES] + [("en", *row) for row in ENGLISH + ENGLISH_NEAR_MISSES]


@pytest.mark.parametrize(("lang", "text", "speaker"), ROWS)
def test_speaker(lang, text, speaker):
    assert find_speaker(text, lang) == speaker
