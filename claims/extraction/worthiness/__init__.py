"""Check-worthiness: a transparent, feature-based score for one sentence.

The score starts at BASE and adds evidence of a verifiable statement, then subtracts
signs of opinion and rhetoric; it is clipped to 0..1. Weights (tuned on the dev sets in
tests/claims/extraction/dev_set.py and opinion_dev_set.py, kept round so they stay explainable):

  + 0.25  a quantity (number, date, money, percent ...); + 0.05 more for two or more; none in a
          verdict (below)
  + 0.10  a named entity; + 0.05 more for two or more
  + 0.15  an explicit speaker in the sentence; + 0.08 when inherited from a quote
  + 0.15  a factual or event verb (past tense, passive, "killed", "stieg", "beschloss"); the past
          of "to be" or "to have" counts only as the perfect or the passive ("has resigned", "hat
          ... gestoppt", "was taken"), not alone ("The mood was upbeat", "has no teeth"); in German
          only German forms count ("kann tief fallen" is no "fallen"); the German perfect or state
          passive with "sein" ("ist ... zur Welt gekommen", "ist wieder freigegeben", not "ist
          gefordert") and a present event verb with a time anchor ("schließt zum Jahresende") count;
          so do plain facts without one: a ruling's status ("ist nicht rechtskräftig", "kann ...
          Revision eingelegt werden", "is not final"), a record against a frame ("der größte ... in
          der Geschichte", "the lowest rate since March"; not "beste", "best", nor in the first
          person), a scheduled event with a date ahead ("wird sich in der Frühjahrssession mit ...
          befassen", "..., der sich im Herbst damit befassen wird", "will rule ... next month"), an
          announcement in the Konjunktiv I with a date ahead ("Eine Antwort werde es Ende der Woche
          geben"), a vague count as the subject of a past verb ("Dutzende Lkw blieben ... hängen"),
          a state that continues ("bleibt ... gesperrt", "bleibt in Kraft", "remains in
          custody"; not "bleibt gereizt") and a term limit or a rule by law ("cannot serve
          consecutive terms", "darf nicht wiedergewählt werden", "must by law"); a factbox line, a
          short label and a value with a figure, a date or a year ("Podestplätze: 34", "Born: 22/11/1991,
          Ballarat"); an age as the whole sentence ("She was 91.", "Er war 84."); opening
          hours ("will open from 9am to 5pm", "ist von 8 bis 12 Uhr geöffnet")
  + 0.10  a stated position ("lehnt ab", "fordert", "bereit", "rejects", "plans"; not English "will")
  + 0.05  a time anchor (weekday, "seit", "yesterday", "last week"); + 0.05 eight words+
  - 0.60  a question; - 0.25 an exclamation
  - 0.45  rhetoric ("Wir alle wissen", "everyone knows", "Few would ...", "Früher oder später"),
          an evaluative copula ("Das ist ebenso gefährlich wie falsch.", "This is unacceptable.")
          or, without a figure, a quoted verdict whoever says it (a quote that is a copula with an
          adjective or an indefinite noun phrase, a verbless fragment, a scare quote in lower case
          that is not a verb phrase of reported speech ("said demand had “exceeded every forecast”",
          "werde ihn „sorgfältig prüfen“", "would “carefully study” it"):
          "„Das war eine überragende Vorstellung“, sagte X", "called the plan “reckless”", "“I'm
          heartbroken and angry,” X said") or a quoted word someone spoke of with nothing reported
          after it ("sprach von einer „Lehrstunde“"); an open question as the claim ("... is the
          billion-dollar question", "Die große Frage ist, ..."); an opening verdict on the past
          ("Rückblickend war ...", "Looking back, X was ...", "Die Zeiten, in denen ..., sind
          vorbei"), a proverb announced as one ("as the old saying goes"); a feeling in the first
          person inside a quote, even beside a figure ("„Heute schlafe ich endlich ruhig“", "“I
          still can't take it in”", "„So etwas habe ich noch nie erlebt“", "“I have never been so
          ...”", "„Ich habe alles riskiert“"); an anecdote told as one ("erzählt man sich", "legend
          has it"); "Man muss kein Prophet sein, um ...", "It doesn't take a genius to ...";
          "Nobody seriously believes ..."; "... is another matter", "steht auf einem anderen Blatt";
          an impression with nothing named ("There is something almost theatrical about ...", "Die
          Szene hat etwas Gespenstisches."); hindsight as the frame of a sentence without a figure,
          whatever its verb ("In hindsight, the protests changed the city more than ...", "Looking
          back now, ..."; not a finding: "In hindsight, it emerged that ...");
          an unknown as the claim where no source is named ("It was not immediately clear how
          ...", "Unklar war zunächst, ob ..."), also by its shape: an opening indirect question whose
          main clause holds no figure, time, event or verb of settling it ("Ob ..., ist offen",
          "Whether ... is another question"; not "Ob ..., entscheidet am Montag das Gericht"), a
          wh-question declared unknown ("Wann ..., weiß niemand"), nobody knowing ("Nobody can say
          where ...");
          without a figure: a greeting, thanks or a slogan in quotes ("„Schön, Sie wiederzusehen“,
          sagte X", "“Welcome to Kyiv,” X said", a short verbless quote ending in "!", any quote
          beside "chanted"/"skandierten"), a joke reported as one ("joked", "quipped", "scherzte"),
          a saying that compares two verbs ("easier to sign than to keep", "leichter unterschrieben
          als umgesetzt"; in German not beside an event verb: "wurde schwerer verletzt als gedacht")
  - 0.45  a verdict (combine(); the sentence's figures then add nothing), whoever is found to say
          it: a sentence that is mostly a direct quote whose quote, in the shape of a judgement (a
          copula, a modal, a verb of belief, "enough", an evaluative word, a generic subject),
          states nothing checkable: no figure, event, position or intention, time, finding, state
          or name ("„Dieser Streik ist völlig unverhältnismäßig“, sagte X", "“Peace is the only way
          forward,” X said"; not "„Wir werden die Steuern nicht erhöhen“", "“There is no evidence
          of foul play”", "„Die Polizei sucht nach dem Täter“"), or, beside a figure in it, tells
          only a feeling or a memory ("„So etwas habe ich in 30 Jahren noch nicht erlebt“"; a count
          after the verb of saying tells who spoke, "said a mother of four"; what a quoted simile
          likens to is not stated, "“It feels like the ground has gone”"); and a
          figure opening the sentence or its quote as the subject of a verdict ("Hundert Tage sind
          schlicht zu kurz, um ...", "Three decades of ... are more than enough.", "“Forty pounds a
          month is an insult ...”", "Ein Zehn-Punkte-Plan ersetzt noch keine Politik."; not a share
          of a group, a past result or an assessment attributed outside a quote): quoted.py,
          verdicts.py
  - 0.45  without a figure, condolences, sympathy and prayers, whoever reports them ("sprach den Familien
          sein Mitgefühl aus", "versicherte ... seine Nähe und sein Gebet", "Die Gedanken seien bei ...",
          "sent their condolences", "Our hearts go out to ...", "Please keep X in your prayers", "deeply
          pained by the loss of lives", "stood shoulder to shoulder with"); not with an act of help or
          mourning ("sagte Hilfe zu", "ordered flags at half-staff", "ordnete Staatstrauer an"): condolences.py
  - 0.45  without a figure, an unnamed eyewitness's quoted experience: a direct quote whose speaker is a lay
          person with an indefinite article ("„Das ganze Haus hat gewackelt“, sagte eine Anwohnerin", "“The
          house was swaying ...,” a resident of X told NHK"); not a spokesman or an official, not a quote that
          names a death, an injury or a collapse: eyewitness.py
  - 0.35  without a figure, a fear of what would or could happen, whoever fears it ("said she feared the
          toll would climb", "officials fear further slopes could give way", "befürchtet, dass ... könnten");
          not a fear of a noun, people "feared missing", nor one beside a demand: fears.py
  - 0.35  first-person belief, pride or thanks ("ich glaube", "we are proud", "I have ever");
          a memory of one's own ("Ich erinnere mich noch gut an ...", "I still remember ...", "I
          will never forget"; not one denied: "Ich erinnere mich an kein Gespräch");
          exhortation ("Lasst uns", "we must", "Höchste Zeit, dass ..."); appeals, wishes and
          opening stances ("nobody should", "hoffentlich", "Frankly, ...", "Perhaps ...", "...
          darf niemandem gleichgültig sein"); a bare assertion before a colon without a figure
          ("Eines steht fest:", "Auch im Fußball gilt:"); an idiom of judgement ("spielt mit dem
          Feuer", "kicked the can down the road", "steht an der Seite der Ukraine", "ein Schlag ins
          Gesicht", "ein Bild der Verwüstung", "darf sich über ... nicht wundern", "The voters have
          spoken"); change without saying what, a mood or talk of nothing else, and no digit ("Zehn
          Jahre danach ist vieles anders", "much has changed", "anything seemed possible", "über
          nichts anderes geredet");
          without a figure or a source, "Man"/"One" and a modal or "Not everyone"/"Nicht alle" opening
          a sentence with no evidence ("Man möchte ... wünschen", "One can only wonder ...", "Not
          everyone is convinced"; not "Man kann ... bis 30. Juni besuchen", "Not all schools will
          reopen on Monday"); a simile with no event outside it ("The leader is like a
          boxer who has forgotten ...", "wirkt wie ein Orchester ohne Dirigent"; not "collapsed
          like a house of cards", "like-for-like", "so groß wie ein Fußballfeld");
          without a figure or an attribution, a concession opening the sentence ("Gewiss, ...",
          "Zugegeben, ...", "To be fair, ...", "Of course, ...") and a maxim with a generic subject
          and no event verb or time ("Wer mit Moskau verhandelt, braucht ...", "Anyone who ...
          needs ...", "Whoever wins ... inherits ..."; "Wer ..., erhält ab 2026 ..." states a rule)
  - 0.35  a hypothetical as the claim, where no speaker is found in the sentence or carried over
          from the one before (combine(): German reported speech also uses the Konjunktiv II) and
          there is no figure: a conditional clause, then a Konjunktiv II or "would"/"could"/"might"
          ("Hätte der Westen früher gehandelt, wäre ...", "Sollte die Waffenruhe halten, könnte
          ...", "Had the West acted sooner, the war might ...", "Without Western aid, Kyiv would
          ..."), or an indefinite subject before one ("Ein Treffen ... wäre ein Signal", "A deal
          with Tehran would ease ..."); not a reduced clause ("If convicted, he could face ...")
          nor an indicative main clause ("Sollte der Vertrag ratifiziert werden, tritt er ...")
  - 0.10  each evaluative word ("gut" before a figure is a hedge, not one; a grade a named body gave
          is its finding, "was rated good by Ofsted", and weighs neither so nor as a quoted verdict),
          at most - 0.30;
          - 0.15 more beside "ich"/"we"/"our"/"uns", and - 0.15 more inside a quote without a figure
  - 0.35  addressing the reader ("Liebe ...,", "Please ...", "Meiden Sie das Gebiet", "..., so make
          sure ...", an imperative told by its object: "Make your voice heard", "Join us at ..."; not
          "Taxes on your savings ..."), advice to a generic addressee without evidence ("Fahrgäste
          sollten sich ... informieren"; not "Die Gespräche sollten am Montag beginnen"), and a
          service appeal in the passive to the public ("Zeugen werden gebeten, ...",
          "Reisenden wird empfohlen, ...", "Commuters are advised to ..."; not "were urged", nor "von
          der Polizei gebeten"), and a reader-service line: a channel (hotline, website, app, live blog,
          coverage, a telephone number) in a frame directed at the reader ("For the latest ..., visit
          ...", "..., you can call ... on ...", "... finden Sie auf der Website ...", "Betroffene
          erreichen die Hotline unter ...", "... ist rund um die Uhr erreichbar", "gibt es in der App";
          not a fact about a channel: a figure, an outage, one set up), unless the sentence reports who
          made the appeal; and a tip to the public whose adviser is named, without a figure ("...,
          rät der ADAC", "Die Polizei rät, ... zu ...", "Geflügelhalter werden gebeten, ...", "Residents
          were urged to ...", "Officials urged residents to ..."; not at a time, "were told to leave on
          Friday", nor beside an event, "... while the road remained closed"): public_advice.py
  - 0.15  each scene-setting word ("hung", "lashed", "riecht", "quiet"; weather beside one, "liegt" beside
          weather), at most - 0.30, and - 0.10 each commentary word ("simply", "Herz", "Charakter",
          "verzettelt"), at most - 0.20: both only in a sentence without a quantity
  - 0.15  an English generic present with a bare plural subject and no event, figure, time,
          position or attribution ("Markets hate uncertainty"); the writer's guess without a
          figure or a source ("dürfte", "is likely to"), as is a view that is the whole sentence
          ("sieht in dem Gesetz einen Anschlag auf ...", "sees the bill as an attack on ...") and one
          put down to an unnamed many without an event ("Für viele im Dorf ist ...", "For many, ...")
  - 0.35  a headline fragment without a verb or figure; - 0.05 an unpunctuated headline with one
  - 0.50  a dateline, byline or credit line; wire boilerplate and editorial notes ("Mit Material
          von dpa und Reuters.", "Weitere Informationen in Kürze.", "This story has been refiled to
          ...", "An earlier version of this article ...", "Korrektur:", "Additional reporting by ..."
          in a sentence without a verb, or a whole line of credits with names only: "(Compiled by ...;
          Editing by ...)"); a caption's label ("Symbolbild:", "File photo:"), a link to another story
          ("Mehr dazu:", "READ MORE:"), a page's timestamp as the whole line ("Stand: 03.12.2025, 14:27
          Uhr", "Updated 2 hours ago"); a no-comment line that is the whole sentence, without a
          figure ("X did not immediately respond to a request for comment.", "declined to comment",
          "wollte sich auf Anfrage nicht äußern"; not "..., and its shares fell 5%"); without a source,
          a note on the data ("Figures are provisional and may be revised.", "Kurse ohne Gewähr, Stand
          17.30 Uhr"), a claim not checked in one clause ("Reuters could not independently verify ...",
          "Unabhängig überprüfen ließen sich die Angaben nicht"), a refusal or a silence without a figure
          ("declined to say whether ...", "... but did not receive a reply", "was not disclosed", "Ob ...,
          wollte X nicht sagen"), a press release's "About X:" without a figure and its notice of
          forward-looking statements: notes.py
  - 0.25  fewer than four words

Claims scoring at least CHECKWORTHY_THRESHOLD are returned.

Where each part lives (this package re-exports every name other modules and tests import):

  score.py         features() (the terms above; the word-count, question, guess and headline terms
                   are there), combine(), final_score(), BASE,
                   CHECKWORTHY_THRESHOLD, ENTITY_BONUS, VERDICT_WEIGHT
  lexicon.py       the word lists: words that weigh by themselves and the trigger words of each pattern
  classes.py       each word list's bit, CLASSES and VOCABULARY
  evidence.py      event verbs beyond the word lists (English "-ed", German perfect and state passive,
                   a present event with a date ahead) and _has_verb()
  rhetoric.py      rhetoric, an opening verdict on the past, an open question, a saying (- 0.45)
  questions.py     an open question by the sentence's shape (- 0.45)
  similes.py       a simile with nothing stated outside it (- 0.35; in a quote, quoted.py)
  impersonal.py    "Man"/"One" and a modal, "Not everyone" with nothing checkable (- 0.35)
  evaluative.py    evaluative words and the evaluative copula, "gut" as a hedge
  quotes.py        quoted verdicts, feelings, greetings and slogans; evaluative words in a quote
  opinion.py       belief, exhortation, appeals, assertions, vague change, concessions, maxims (- 0.35);
                   a view, one put down to an unnamed many, a generic present (- 0.15)
  idioms.py        idioms of judgement (- 0.35)
  address.py       addressing the reader, imperatives told by their object, advice (- 0.35)
  condolences.py   condolences, sympathy and prayers without an act of help (- 0.45)
  eyewitness.py    an unnamed eyewitness's quoted experience (- 0.45)
  fears.py         a fear of what would or could happen (- 0.35)
  public_advice.py a tip to the public, reported or asked in the passive (- 0.35)
  service.py       reader-service lines: a pointer to a channel in a frame directed at the reader (- 0.35)
  nonclaims.py     credit lines, genre labels, wire boilerplate, no-comment lines (- 0.50)
  notes.py         a note on the data, a claim not checked, a refusal or a silence, press-release
                   boilerplate (- 0.50)
  hypothetical.py  a hypothetical as the claim (- 0.35 in combine())
  quoted.py        a sentence that is mostly a quote, judged by what the quote states (a verdict,
                   - 0.45 in combine())
  quote_evidence.py  what a quote states: the evidence quoted.py counts inside it, each kind read by its
                   shape
  verdicts.py      a figure as the subject of a verdict (- 0.45 in combine())
  states.py        plain facts without a figure or an event verb (+ 0.15 as an event): a ruling's
                   status, a record, a scheduled event, an announcement in the Konjunktiv I, a state
                   that continues, a vague count as the subject of a past verb, a term limit
  age_sentence.py  an age as the whole sentence (+ 0.15 as an event)
  factbox.py       a factbox line: a short label, a colon, a value with a figure (+ 0.15 as an event)
  hours.py         opening hours: a word of opening and a span of clock times (+ 0.15 as an event)
  ratings.py       a grade a named body gave ("rated good by Ofsted"): no evaluative word, no verdict
  phrases.py       _Phrases: (?i) patterns run on the lower-cased sentence
"""

from __future__ import annotations

from .classes import (
    ADDRESS,
    APPEAL,
    AUX,
    BELIEF,
    CHANT,
    CLASSES,
    COMMENT,
    COPULA,
    DEMONSTRATIVE,
    EDITORIAL,
    EVALUATIVE,
    EVENT_NOW,
    EXHORT,
    FACT,
    FEELING,
    FIRST_PERSON,
    GREETING,
    GUESS,
    HYPOTHETICAL,
    IDIOM,
    JOKE,
    MEMORY,
    NO_COMMENT,
    POSITION,
    POSTURE,
    QUESTION,
    RHETORIC,
    RHETORIC_MORE,
    RULE_OF_THUMB,
    SAYING,
    SCENE,
    TIME,
    VAGUE,
    VIEW,
    VOCABULARY,
)
from .evaluative import _EVAL_COPULA, _EVAL_COPULA_NOUN
from .evidence import _ED_WORD
from .hypothetical import HYPOTHETICAL_WEIGHT, is_hypothetical
from .idioms import _IDIOM_BY_WORD
from .nonclaims import _CREDIT, _CREDIT_FIRST, _LABEL, _LABEL_FIRST, _NO_COMMENT
from .opinion import _APPEAL, _BELIEF, _EXHORT, _MEMORY, _VAGUE_CHANGE
from .phrases import _UNFOLDED, _lowered, _Phrases
from .quoted import quote_states_nothing
from .quotes import _FEELING
from .rhetoric import _IMPRESSION, _OPEN_QUESTION, _RHETORIC, _RHETORIC_MORE, _SAYING, _UNKNOWN
from .score import BASE, CHECKWORTHY_THRESHOLD, ENTITY_BONUS, VERDICT_WEIGHT, combine, features, final_score
from .verdicts import figure_verdict

# The _Phrases patterns are all here: test_engine_fast_paths checks every one it finds in this namespace.
__all__ = [
    "ADDRESS", "APPEAL", "AUX", "BASE", "BELIEF", "CHANT", "CHECKWORTHY_THRESHOLD", "CLASSES", "COMMENT", "COPULA",
    "DEMONSTRATIVE", "EDITORIAL", "ENTITY_BONUS", "EVALUATIVE", "EVENT_NOW", "EXHORT", "FACT", "FEELING",
    "FIRST_PERSON", "GREETING", "GUESS", "HYPOTHETICAL", "HYPOTHETICAL_WEIGHT", "IDIOM", "JOKE", "MEMORY", "NO_COMMENT",
    "POSITION", "POSTURE", "QUESTION", "RHETORIC", "RHETORIC_MORE", "RULE_OF_THUMB", "SAYING", "SCENE", "TIME",
    "VAGUE", "VERDICT_WEIGHT", "VIEW", "VOCABULARY", "_APPEAL", "_BELIEF", "_CREDIT", "_CREDIT_FIRST", "_ED_WORD",
    "_EVAL_COPULA",
    "_EVAL_COPULA_NOUN", "_EXHORT", "_FEELING", "_IDIOM_BY_WORD", "_IMPRESSION", "_LABEL", "_LABEL_FIRST", "_MEMORY",
    "_NO_COMMENT",
    "_OPEN_QUESTION", "_RHETORIC", "_RHETORIC_MORE", "_SAYING", "_UNFOLDED", "_UNKNOWN", "_VAGUE_CHANGE", "_Phrases",
    "_lowered", "combine", "features", "figure_verdict", "final_score", "is_hypothetical",
    "quote_states_nothing",
]
