"""Opinion told by the shape of the sentence, not by its words (own sentences, written for these tests).

Each rejected row was returned before its rule; each kept row is a fact of the same shape that must stay
returned. Shapes: an open question (an opening indirect question whose main clause holds no evidence, a
wh-question declared unknown, nobody knowing), an imperative told by its object ("your", "us") and advice
to a generic addressee ("Fahrgäste sollten ..."), a simile with nothing stated outside it, a quote of
feelings whose only figure tells who spoke ("said a mother of four"), an impersonal subject with a modal
("Man möchte ...", "One can only ...") or "not everyone", hindsight as the sentence's frame, an impression
with nothing named ("There is something ... about"), a quantifier opening a quote ("„Niemand ...“").
"""

import pytest

from claims.extraction import extract_claims
from claims.extraction.worthiness.questions import open_question
from claims.extraction.worthiness.similes import simile_only

REJECTED = [
    # An open question: the main clause after "Ob ..."/"Whether ..." holds no figure, time, event or
    # verb of settling; a wh-question declared unknown; nobody knowing.
    ("de", "Ob der Konzern die Werke in Sachsen und Thüringen verkauft, ist noch offen."),
    ("de", "Ob die Stadtwerke Linz den Gaspreis senken, bleibt ungewiss."),
    ("en", "Whether the airline can keep its Lisbon routes is unclear."),
    ("en", "Whether Northvale Council can balance its books is another question."),
    ("de", "Wann der Bahnhof in Graz wieder öffnet, weiß derzeit niemand."),
    ("en", "No one can say when the Danube bridge will reopen."),
    ("en", "Nobody knows how long the Elbe ferry will stay out of service."),
    ("en", "Where the money for the Tyne tunnel went is still unclear."),
    ("de", "Warum der Zug entgleiste, ist weiterhin unklar."),
    # An imperative told by its object, advice to a generic addressee.
    ("en", "Write to your MEP before the vote on Thursday."),
    ("en", "Give your old phone a second life at the recycling point in Hove."),
    ("en", "Join us at the town hall in Derby to protest against the closure."),
    ("en", "Ask your pharmacist in Bristol about the new flu jab."),
    ("de", "Autofahrer sollten die Strecke über den Brennerpass meiden."),
    # A simile: what a thing is likened to is not asserted, also inside a quote.
    ("en", "The ruling party in Westminster behaves like a team that has stopped listening to its coach."),
    ("en", "The Treasury under Rachel Byers looks like a shop that has run out of ideas."),
    ("de", "Die Landesregierung in Kärnten wirkt wie ein Orchester ohne Dirigent."),
    ("en", '"It feels like we have been forgotten by everyone," a shopkeeper in Rye said.'),
    # A quote of feelings: a count after the verb of saying tells who spoke.
    ("en", '"We are tired and we are hungry," said a grandmother of six outside the shelter in Dnipro.'),
    ("de", "„Wir sind müde und wir haben Angst“, sagte eine Mutter von drei Kindern in der Notunterkunft in Charkiw."),
    # An impersonal subject and a modal, "not everyone": no one in particular, nothing checkable.
    ("de", "Man möchte den Pendlern in Linz wünschen, dass die Bauarbeiten bald vorbei sind."),
    ("de", "Man kann den Verantwortlichen in Innsbruck nur viel Glück wünschen."),
    ("en", "One can only wonder what the board in Frankfurt was thinking."),
    ("de", "Nicht alle in der Wiener SPÖ sind von dem Kompromiss mit der ÖVP begeistert."),
    ("en", "Not everyone in Brussels is happy about the plan."),
    # Hindsight as the frame of the sentence, whatever its verb; an impression with nothing named.
    ("en", "In hindsight, the Brexit vote redrew the map of British politics more than anyone expected."),
    ("en", "Looking back today, the merger of Nordbank and Südbank reshaped the whole industry."),
    ("en", "There is something strangely hopeful about the mood in Kyiv."),
    ("de", "Die Szene am Wiener Westbahnhof hat etwas Gespenstisches."),
    # A quantifier opening a quote is no name.
    ("de", "„Niemand streitet gerne vor Gericht“, sagte der Anwalt in Wien."),
]

KEPT = [
    # The question handed to someone, or to a date; a concession; a plan in a free relative; nobody hurt;
    # a named source who does not know.
    ("de", "Ob die Brücke saniert wird, prüft derzeit das Verkehrsministerium in Wien."),
    ("en", "Whether the law applies to contractors will be decided by the Supreme Court next month."),
    ("en", "Whether the strike goes ahead depends on a ballot of Unite members next week."),
    ("de", "Ob die Schule in Villach schließt, hängt vom Gemeinderat ab."),
    ("en", "How the fire at the Tyne depot started is under investigation."),
    ("de", "Was die Regierung in Wien plant, ist ein Verbot von Einwegplastik."),
    ("de", "Ob arm oder reich, in Graz zahlen alle Haushalte seit Jänner mehr für Strom."),
    ("de", "Niemand wurde bei dem Brand in Salzburg verletzt."),
    ("en", "Nobody knows where the suspect is hiding, police in Leeds said."),
    # "your" after a plural noun, a preposition opening the sentence, "US" the country; a dated "sollten";
    # a requirement with "must"; a source.
    ("en", "Taxes on your savings will rise by 2% in April."),
    ("en", "For your safety, the Severn Bridge is closed to traffic until Monday."),
    ("en", "Sanctions on US steel take effect on Friday."),
    ("de", "Die Gespräche sollten am Montag in Genf beginnen."),
    ("en", "Flights should resume on Monday, the airline said."),
    ("en", "Ministers must now agree the budget with the Senate."),
    # "like" that is no simile, an equative with a figure, an event before the simile.
    ("en", "The retailer said like-for-like sales fell 2%."),
    ("en", "Countries like the Netherlands have banned the pesticide."),
    ("en", "We would like a meeting with the Home Secretary, the union said."),
    ("de", "Die Halle ist so groß wie ein Fußballfeld und kostete 40 Millionen Euro."),
    ("en", '"We rebuilt the school like a fortress," the mayor said.'),
    # "like" before a clause: "it seems that", not a comparison.
    ("en", "It looks like a deal will be signed on Friday."),
    ("en", '"It looks like a deal will be signed on Friday," the minister said.'),
    # A quote that states an event or an intention; a share after the verb of saying.
    ("en", '"We have lost everything," said a mother of two whose house burned down.'),
    ("en", '"The plant will close," the company told 300 workers on Friday.'),
    ("en", '"This is a disaster," he said of the 12% drop in sales.'),
    # A relative clause about the speaker may report more.
    ("en", '"It is a tragedy," said the father of two, whose son died in the crash.'),
    # "Man" with a date or a plan, "not all" with a date.
    ("de", "Man kann die Ausstellung im Belvedere bis 30. Juni besuchen."),
    ("de", "Man will die Gespräche mit der Gewerkschaft am Montag fortsetzen."),
    ("en", "Not all schools in Kent will reopen on Monday."),
    ("de", "Nicht alle Schulen in Tirol öffnen am Montag wieder."),
    # A finding in hindsight, a figure in hindsight; something new announced.
    ("en", "In hindsight, it emerged that the warnings from Vienna had been ignored."),
    ("en", "Looking back, sales at Nordwerk rose by 40% under her leadership."),
    ("de", "Der Minister hat etwas Neues angekündigt: eine Steuer auf Kerosin ab 2027."),
    # A named source who cannot say, a question handed on; a report after the imperative's colon; a
    # comparison set off by commas; a content clause with a name; hindsight a source reports.
    ("de", "Ob die A10 bis Ostern wieder befahrbar ist, konnte die Asfinag nicht sagen."),
    ("en", "Whether the mine reopens is up to the regional government in Asturias."),
    ("en", "Protect your data: the EU's new privacy rules take effect on May 25."),
    ("en", "Help us find Lisa: police in Bolton have released a photo of the missing girl."),
    ("en", "The company, like a number of its rivals, cut jobs in March."),
    ("en", "One should note that the figures exclude Scotland."),
    ("en", "Looking back, the company said it had underestimated the cost of the project."),
    ("de", "Rückblickend, so der Bericht, hätte die Behörde früher warnen müssen."),
    # A named source that leaves the question open; a source after the unknown; advice with a date or
    # reported with a verb of advising; an explanation after a colon; hindsight an inquiry found; a count in
    # a relative clause about the speaker.
    ("de", "Ob Russland die Lieferungen einstellt, ließ der Kreml offen."),
    ("de", "Niemand kann sagen, wann die Lieferungen wieder aufgenommen werden, so ein Sprecher der OMV."),
    ("en", "Travellers should allow extra time at Heathrow this weekend."),
    ("de", "Eltern sollten ihre Kinder gegen Masern impfen lassen, empfiehlt das RKI."),
    ("de", "Nicht alle Spieler sind fit: Kapitän Huber fällt mit einer Knieverletzung aus."),
    ("en", "In retrospect, the warning came too late, the inquiry found."),
    ("en", '"We are devastated," said the club, which has 2,000 members.'),
    # A date ahead, an English perfect with a span in the main clause; an impression a source reports.
    ("de", "Ob das Werk in Steyr bleibt, soll bis Jahresende feststehen."),
    ("en", "Whether Greece can repay its debts has worried investors for a decade."),
    ("en", "There is something odd about the accounts, the auditors wrote in their report."),
    # A state that changed; hindsight conceded by a source; the speaker's group and what happened to it.
    ("de", "Nicht alle Gemeinden in Kärnten haben wieder Strom."),
    ("en", "In hindsight, Mr Sunak called the election too early, his allies now admit."),
    ("en", '"It was chaos," said one of the 300 passengers stranded at Stansted overnight.'),
    # A main clause after "Ob ..." that tells what something does, or whose matter the question is.
    ("de", "Ob der Zug pünktlich ankommt, zeigt eine App der ÖBB in Echtzeit an."),
    ("de", "Ob die Demonstration genehmigt wird, ist Sache der Landespolizeidirektion."),
    # Nobody hurt; a named subject acting.
    ("de", "„Niemand wurde verletzt“, sagte ein Polizeisprecher in Salzburg."),
    ("de", "„Russland bombardiert gezielt Kraftwerke“, sagte der Minister."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_opinion_shape_is_not_returned(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_fact_of_the_same_shape_is_returned(lang, text):
    assert extract_claims(text, language=lang)


def test_a_question_settled_at_a_date_is_no_open_question():
    # (returned or not for other reasons, the open-question shape does not weigh on it)
    assert not open_question("Ob der Vertrag gültig ist, entscheidet am Montag das Höchstgericht.", "ob", "de")
    assert open_question("Ob der Vertrag gültig ist, bleibt offen.", "ob", "de")
    # A main clause that says nothing of the question (a concession without "or") is no verdict on it.
    assert not open_question("Whether it rains, the match goes ahead.", "whether", "en")
    assert not open_question("Ob es regnet, das Spiel findet statt.", "ob", "de")
    assert open_question("Whether the deal survives, nobody knows.", "whether", "en")


def test_an_event_before_the_simile_is_stated():
    assert not simile_only("The warehouse collapsed like a house of cards.", "en", True)
    assert simile_only("The warehouse stands like a house of cards.", "en", False)
