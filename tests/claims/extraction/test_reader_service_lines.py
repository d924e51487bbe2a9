"""Reader-service lines are no claims: a pointer to a hotline, a website, an app, a live blog or more
coverage in a frame directed at the reader ("..., you can call ...", "... finden Sie auf ...", "For the
latest ..., visit ..."). A fact about such a channel stays a claim: its figure, a past outage, a source.
Sample sentences written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_claims

SERVICE = [
    ("de", "Opfer von Gewalt erhalten kostenlos Beratung beim Hilfetelefon unter 0800 116 016."),
    ("de", "Aktuelle Pegelstände von Donau und Inn gibt es auf der Homepage des Landes Oberösterreich."),
    ("de", "Die Ergebnisse aller Gemeinden sind in der Wahl-App nachzulesen."),
    ("de", "Näheres zu den Sperren erfahren Sie auf der Website der Stadt."),
    ("de", "Eltern können sich bei Fragen zur Einschreibung an die Schul-Hotline des Landes wenden."),
    ("de", "Hier endet unser Liveticker zur Landtagswahl in Kärnten."),
    ("de", "Die Pflege-Hotline der Kasse ist rund um die Uhr für Angehörige erreichbar."),
    ("de", "Hinweise nimmt jede Polizeidienststelle auch über die Online-Wache entgegen."),
    ("en", "If this report has raised concerns for you, you can contact the Mind helpline."),
    ("en", "For full results in every Scottish council, follow our election live blog."),
    ("en", "Download our app to get breaking alerts on your phone."),
    ("en", "Anyone struggling with energy bills can find free advice on the Citizens Advice website."),
    ("en", "Parents with questions should ring the council helpline on 0300 123 4567."),
    ("en", "The Samaritans helpline in Northern Ireland is open around the clock for anyone in distress."),
    ("en", "For updates on road closures, check the Highways England website."),
]

# A fact about a channel: a figure, a past outage, a source; a frame with no channel.
FACTS = [
    ("de", "Die Krisen-Hotline der Stadt verzeichnete im Juli 8.400 Anrufe."),
    ("de", "Im Vorjahr erhielten über das Hilfetelefon rund 30.000 Frauen Beratung."),
    ("de", "Die Notrufnummer 144 war am Dienstag in ganz Kärnten zwei Stunden lang nicht erreichbar."),
    ("de", "Seit Jänner können Versicherte die Hotline rund um die Uhr anrufen, teilte die Kasse mit."),
    ("de", "Bei der Hotline der Polizei haben sich bisher 230 Zeugen gemeldet."),
    ("de", "Die Warn-App des Bundes wurde seit dem Start 14 Millionen Mal heruntergeladen."),
    ("en", "The charity's helpline took 52,000 calls last year, up 18% on 2024."),
    ("en", "The ministry's website crashed on Monday after 3 million people tried to apply."),
    ("en", "More than 1.5 million people have downloaded the warning app since March."),
    ("en", "Callers to the hotline can get a refund of up to $200, the regulator said."),
    ("en", "Visit numbers to the museum's website fell 12% in the first quarter."),
    # a channel set up, a count of its callers, a second statement, an idiom of "call"
    ("en", "The Foreign Office has set up a hotline that British nationals can call on 020 7008 5000."),
    ("de", "Das Innenministerium hat eine Hotline eingerichtet, bei der sich Angehörige melden können."),
    ("de", "Täglich erreichen die Hotline Tausende Anrufe besorgter Eltern."),
    ("de", "Immer mehr Menschen finden über die App Hilfe bei der Wohnungssuche."),
    ("en", "Customers can contact the bank's helpline, but many report waiting times of over an hour."),
    ("en", "You can call it a comeback: the app is back in the top ten."),
]


@pytest.mark.parametrize(("lang", "text"), SERVICE)
def test_service_line_is_no_claim(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_fact_about_a_channel_stays_a_claim(lang, text):
    assert extract_claims(text, language=lang) != []
