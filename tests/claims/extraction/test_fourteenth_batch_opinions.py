"""Non-claims of kinds the fourteenth blind batch showed, as general rules, and the facts beside them.

Sample data written for these tests (own sentences, not from any blind batch or the seed article).
Each kind is a closed class that wire copy uses in any language: wire boilerplate and editorial
notes, no-comment lines, hypotheticals (a conditional or an indefinite subject before a Konjunktiv
II or "would"/"could"/"might"), greetings and chanted slogans in quotes, reported jokes, concession
openers, maxims with a generic subject, sayings that compare two verbs, anecdotes told as such.
Every sentence in the first lists was returned before these rules; every one in the look-alike
lists is a fact and must stay a claim.
"""

import pytest

from claims.extraction import extract_claims

EDITORIAL = [
    ("de", "Mit Material von AFP und APA."),
    ("de", "Mit Material der Agenturen dpa, AFP und Reuters."),
    ("de", "Weitere Einzelheiten in Kürze."),
    ("de", "Dieser Artikel wurde aktualisiert, um einen Tippfehler zu korrigieren."),
    ("de", "Diese Meldung wurde um Angaben aus dem Innenministerium ergänzt."),
    ("en", "This article has been updated to correct the spelling of a name."),
    ("en", "This story has been corrected to show that the vote took place in Geneva."),
    ("en", "An earlier version of this story misspelled the minister's name."),
    ("en", "Additional reporting by Tom Hale in London."),
    ("en", "Writing by Jane Doe; editing by Alex Richardson."),
    ("de", "Korrektur: In einer früheren Version hieß es, der Gipfel finde in Genf statt."),
]

NO_COMMENT = [
    ("en", "Representatives for Siemens did not return calls seeking comment."),
    ("en", "The embassy could not be reached for comment on Sunday."),
    ("en", "A spokesperson for Gazprom declined to comment."),
    ("en", "Officials at the White House did not respond to emailed questions."),
    ("en", "A Kremlin spokesman did not reply to a Reuters request for comment."),
    ("en", "The White House declined to comment, referring questions to the Justice Department."),
    ("de", "Ein Sprecher der Botschaft wollte sich auf Anfrage nicht äußern."),
    ("de", "Eine Anfrage der APA blieb bis zum Abend unbeantwortet."),
]

HYPOTHETICAL = [
    ("de", "Hätte die Regierung früher reagiert, wäre die Krise womöglich glimpflicher verlaufen."),
    ("de", "Falls Brüssel nachgibt, könnte Budapest weitere Zugeständnisse verlangen."),
    ("de", "Eine Einigung in Genf würde die Märkte beruhigen."),
    ("de", "Käme es zu Neuwahlen, hätte die Koalition keine Mehrheit mehr."),
    ("de", "Ohne die Hilfe aus dem Westen wäre die Ukraine längst zusammengebrochen."),
    ("en", "Had the talks collapsed, the region might have slid into a wider war."),
    ("en", "If the sanctions bite, Moscow could change course."),
    ("en", "A deal with Tehran would ease pressure on oil markets."),
    ("en", "If Washington had listened, Kyiv might have held the city."),
    ("en", "Without Western aid, Kyiv would have fallen within weeks."),
    ("en", "An escalation could drag NATO into the conflict."),
]

QUOTED_CRIES_AND_JOKES = [
    ("de", "„Schön, dass Sie da sind“, sagte die Kanzlerin zu ihrem Gast."),
    ("de", "„Herzlich willkommen in Wien“, begrüßte der Bundespräsident die Delegation."),
    ("de", "„Freiheit für Belarus!“, riefen die Menschen auf dem Platz."),
    ("de", "„Guten Morgen, Kiew“, schrieb der Präsident auf X."),
    ("de", "„Danke, Österreich“, sagte der Kanzler zum Abschied."),
    ("en", '"Welcome to Kyiv," Zelenskiy told his visitor on the platform.'),
    ("en", '"Hands off Greenland!" protesters shouted outside the consulate.'),
    ("en", '"Stop the war!" the marchers chanted as they passed the parliament.'),
    ("en", 'Protesters chanted "Free Palestine" outside the parliament.'),
    ("en", "The chancellor quipped that the weather was the only thing the leaders agreed on."),
    ("de", "Der Außenminister antwortete augenzwinkernd, er habe keine Zeit für Ferien."),
]

STANCES_MAXIMS_SAYINGS = [
    ("de", "Zugegeben, der Zeitplan war von Anfang an ehrgeizig."),
    ("de", "Gewiss, die Sanktionen haben nicht alles bewirkt, was man sich erhofft hatte."),
    ("en", "Granted, the summit produced little of substance."),
    ("en", "Of course, not everyone in Brussels was happy with the outcome."),
    ("en", "In fairness, the minister inherited a difficult situation."),
    ("en", "To be sure, the talks never had much chance of success."),
    ("de", "Wer mit Peking Geschäfte macht, braucht einen langen Atem."),
    ("de", "Wer in der Politik überleben will, muss Kompromisse schließen können."),
    ("en", "Anyone who bargains with the Kremlin needs a long spoon."),
    ("en", "Whoever wins the election inherits a divided country."),
    ("en", "Those who ignore history are doomed to repeat it."),
    ("de", "Ein Abkommen ist leichter unterschrieben als umgesetzt."),
    ("en", "Easier said than done."),
    ("de", "In Brüssel erzählt man sich gern die Anekdote vom vergessenen Regenschirm."),
    ("en", "Legend has it that the treaty was signed on a napkin."),
    ("en", "The story goes that the two leaders once shared a taxi."),
]


@pytest.mark.parametrize(
    ("lang", "text"), EDITORIAL + NO_COMMENT + HYPOTHETICAL + QUOTED_CRIES_AND_JOKES + STANCES_MAXIMS_SAYINGS
)
def test_non_claim_is_not_returned(lang, text):
    assert not extract_claims(text, language=lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A condition with an indicative main clause, or with a figure and a source.
        ("de", "Sollte der Vertrag ratifiziert werden, tritt er im Frühjahr in Kraft."),
        ("de", "Sollte der Vertrag ratifiziert werden, tritt er am 1. Mai in Kraft, teilte das Ministerium mit."),
        ("de", "Sollte das Parlament zustimmen, würden 2.000 Soldaten entsandt, sagte der Minister."),
        ("de", "Wäre am Sonntag Bundestagswahl, käme die Union laut der Umfrage auf 31 Prozent."),
        # A reduced conditional clause, a figure, a definite subject, a speaker.
        ("en", "If convicted, the former minister could face life in prison."),
        ("en", "If approved, the plan would cut emissions by 40% by 2035."),
        ("en", "The bill would ban TikTok in the United States."),
        ("en", "Under the proposal, Russia would withdraw from the Kharkiv region."),
        ("en", "A conviction would bar him from running for office, his lawyer said."),
        ("en", "A source familiar with the talks said a deal could be announced within days."),
        ("en", "An agreement would need the approval of all 27 member states."),
        ("de", "Ein Abzug der Truppen würde nach Angaben des Ministeriums bis Ende März dauern."),
        ("de", "Ein Sprecher der Stadt sagte, die Brücke wäre ohne die Sanierung einsturzgefährdet gewesen."),
        ("de", "Eine Mehrheit der Befragten würde ein Tempolimit auf Autobahnen begrüßen."),
        # No comment beside a fact, a figure or another clause.
        ("en", "The company did not respond to a request for comment, and its shares fell 5% in early trading."),
        ("en", "The ministry did not respond to questions about the 300 missing files."),
        ("en", "The ministry confirmed the arrest but declined to comment further."),
        # A report that was updated, findings credited to reporting or research.
        ("de", "Der Bericht wurde am Montag aktualisiert, teilte das Ministerium mit."),
        ("en", "Reporting by the Guardian revealed that the minister had met the lobbyist twice."),
        ("en", "Research by Oxford economists found that rents rose faster than wages."),
        # A quoted exclamation with a verb, a joke with a figure.
        ("en", '"We will not surrender a single village!" the president said.'),
        ("de", "„Die Brücke ist gesperrt!“, rief der Polizist den Autofahrern zu."),
        ("en", "The prime minister joked about a third term at the rally."),
        # A rule with a figure, a generic subject with an event or a source, a comparison with a fact.
        ("de", "Wer die Prüfung besteht, erhält ab 2026 ein Zertifikat."),
        ("en", "Those who fled the shelling were housed in schools."),
        ("en", "Anyone who entered the building after 6 p.m. was searched, police said."),
        ("de", "Der Fahrer wurde schwerer verletzt als zunächst angenommen."),
        ("de", "Der Fahrer wurde schwerer verletzt als gedacht."),
        # An opening stance word with a figure and a source, or as an adverb of manner.
        ("en", "Admittedly, inflation fell to 2.1% in May, the central bank said."),
        ("de", "Natürlich gewachsene Wälder speichern laut einer Studie mehr Kohlenstoff."),
    ],
)
def test_look_alike_fact_stays_a_claim(lang, text):
    assert extract_claims(text, language=lang), text


@pytest.mark.parametrize(
    "text",
    [
        # German reported speech goes on in the Konjunktiv II: with the speaker carried over from the
        # sentence before, the hypothetical is the speaker's position, not the writer's guess.
        "Die Regierung sei zu Gesprächen bereit, sagte der Sprecher. "
        "Eine Einigung wäre aber nur mit Garantien möglich.",
        "Russland sei zu Gesprächen bereit, sagte Peskow. "
        "Eine Waffenruhe würde dann an der gesamten Front im Donbass gelten.",
    ],
)
def test_hypothetical_with_a_carried_over_speaker_stays(text):
    claims = extract_claims(text, language="de")
    assert len(claims) == 2 and claims[1].speaker, [(c.text, c.speaker) for c in claims]
