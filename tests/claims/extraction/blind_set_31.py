"""Thirty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real names and their spellings, "Putin", "Trump", "Juri
Uschakow"/"Yuri Ushakov", "Dmitri Peskow"/"Dmitry Peskov", "Selenskyj"/"Zelensky", "Vitali
Klitschko", "Tedros Adhanom Ghebreyesus", "Mark Rutte", "Steve Witkoff", "Rustem Umerov",
"Boiko Borissow", "Andrew Holness", and real agencies, places and companies stand for the
way wire copy writes them; what is said and counted here is invented).

Its weight: international and diplomatic wire copy of the kind the desk's seed material
comes from - war and diplomacy, summits and talks, peace plans, sanctions, elections
abroad, refugees, disasters and health emergencies - half German (APA, dpa, AFP and the
German services of Reuters, Keystone-SDA; Austrian "Jänner", "heuer", Swiss «» quotes,
German „“ quotes) and half English (Reuters, AP, AFP, PA), told as short stories in story
order: a dateline lead, background, figures, attribution, a quote, a closing line. 16
German stories: talks in Abu Dhabi ("zu ihrem siebten Treffen", "Die vierstündige
Sitzung", "20-Punkte-Plan", "Gut ein Sechstel"), a Putin-Trump phone call ("zum dritten
Mal binnen eines Monats", "rund anderthalb Stunden", "das neunte Telefonat"), a prisoner
exchange ("je 185", "der 69. Austausch", "am 24. Februar 2022"), the 20th EU sanctions
package, a night of drone and missile strikes on Kyiv, the second phase of the Gaza
ceasefire ("Zwei Dutzend Hilfsorganisationen", "Jeder fünfte"), Sudan's refugees ("jeder
vierte"), the Bulgarian election ("der achten Parlamentswahl binnen vier Jahren"), an
earthquake in Afghanistan, an Mpox health emergency, an Austrian foreign minister's visit to
Kyiv ("zu einem dreitägigen Besuch"), frozen Russian assets in Switzerland, Russia's war
economy (Rubel), the Ukraine reconstruction conference (Dollar, Hrywnja), a shipwreck off
Libya, a typhoon in the Philippines; 18 English stories: a third round of Ukraine talks in
Miami, envoys at the Kremlin, Gaza strikes despite the truce, El Fasher and Sudan, the
COP30 deal, U.S. sanctions on Rosneft and Lukoil and the EU's 19th package, a runoff in
Chile, an earthquake in Cebu, Ebola in Kasai, the Foreign Secretary in Kyiv, the IAEA and
Iran, Hurricane Melissa, the Armenia-Azerbaijan accord, the NATO summit in The Hague, a
Rohingya boat disaster, a U.N. General Assembly vote, Syrian returns and a
prisoner swap. Attribution as such copy has it: "sagte X", "so X", "laut X", "X zufolge",
"hieß es aus ...", "wie ... mitteilte", "teilte ... mit", "nach Angaben von/der X", "wie
... berichtete", "X sagte, ...", Konjunktiv I paraphrase; "said", "told reporters", "told a
news conference", "according to", "a spokesperson for X said", "said in a statement", "X
said ..." opening the sentence. Numbers as such copy has them: ordinals of meetings,
rounds, packages, outbreaks and exchanges, durations of meetings and visits as compounds
("vierstündig", "zweitägig", "dreitägig", "a three-day visit", "a two-day summit", "a
one-day offensive", "a four-year term"), fractions of territory and population ("ein
Sechstel", "zwei Drittel", "jeder fünfte", "two-thirds", "one in five", "fewer than a
third"), counts in number words and compounds ("20-Punkte-Plan", "17-point agreement",
"zwei Dutzend", "two dozen"; vague "Dutzende", "Hunderte", "Hundreds", "Dozens"),
casualty figures with hedges ("mindestens", "mehr als", "at least", "an estimated",
"some"), money in EUR, USD, GBP, CHF, RUB and UAH, percentages, years and full dates.

225 rows (115 German, 110 English), 46 negatives (23 German, 23 English), 179 check-worthy
rows of which 20 carry no figure (11 German, 9 English), 252 expected quantities (98
counts, 30 durations, 28 percentages, 23 ordinals, 23 amounts of money, 18 dates, 16
fractions, 16 years; 3 of them in negatives), 46 checked speakers (23 German, 23 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run:
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact or a position is check-worthy with the speaker its own attribution gives
  ("Bei der Gebietsfrage gebe es weiterhin keine Annäherung, sagte Kremlberater Juri
  Uschakow in Moskau." -> "Juri Uschakow"); without an attribution in the sentence the
  speaker is unchecked.
- Diplomatic pleasantries are negatives when quoted ("„Das Gespräch war offen, sachlich und
  sehr konstruktiv“", "\"It was a good, substantive conversation,\"", a thank-you to the
  hosts, a verdict in quotes such as "das Telefonat sei „sehr produktiv“ gewesen"); a
  paraphrased pleasantry is avoided here (the first batch labelled "Die Gespräche seien
  konstruktiv gewesen, hieß es ..." check-worthy, later batches treat attributed assessments
  as negatives). "Ushakov described the talks as \"useful and constructive\" but said no
  compromise on territory had been found." is check-worthy: it reports a position (no
  compromise found), the quoted verdict beside it does not undo that.
- Warnings phrased as values ("„Neutralität heißt nicht Gleichgültigkeit“", "„Dieses Virus
  respektiert keine Grenzen“, warnte Tedros.", "\"Britain will stand with Ukraine for as
  long as it takes\"", "\"These sanctions will bite\"") are negatives, as the metaphor "Die
  Regierung spielt mit dem Feuer, warnte Selenskyj" in the twenty-second batch; so are
  condolences ("sprach ... sein Beileid aus"), appeals and advice, open questions ("Ob ...",
  "Wie viele ...", "Whether ...", "It is unclear whether a sixth round ..." with ordinal 6
  labelled), commentary ("The result is likely to deepen ...") and the wire caveat on
  unverifiable figures (nineteenth batch). A figure in a negative is still labelled: "„Nach
  fast vier Jahren Krieg ...“" 4 years "nearly", "Mark Villanueva, 41" an age, "a sixth
  round" ordinal 6, "a resident of Black River" none.
- "fast das Dreifache der ... Wirtschaftsleistung" is count 3 "times" with "nearly", as
  "fast doppelt so viele" (count 2 "times", twelfth and sixteenth batches) and "threefold"
  (seventeenth): the noun "das Dreifache" multiplies as the adjective does; the verb
  "triple" ("agreed ... to triple funding") carries none, as "tripled".
- "Zweitstärkste Kraft" is ordinal 2, as "zweithöchste" and "viertgrößte" (an ordinal word
  inside a compound); "die Vier-Prozent-Hürde" percent 4, as "die Fünf-Prozent-Hürde"
  (twenty-third batch).
- "binnen vier Jahren", "binnen zehn Tagen", "binnen zwei Wochen", "binnen drei Jahren" and
  "binnen zwei Jahren" are durations (a figure with its unit, as "binnen zwei Monaten" in
  the twenty-first batch); "binnen eines Monats", "für ein Jahr", "um Wochen", "vor einem
  Jahr", "in der vergangenen Woche", "within weeks", "a month", "more than a day", "per day"
  carry none.
- "rund anderthalb Stunden" is 1.5 hours "about"; "nearly four decades" 40 years "nearly"
  (as "almost six decades" is 60 years, twentieth batch); "a one-day offensive" 1 day, as "a
  two-day summit"; "for 99 years" and "beginning a four-year term" durations; "over three
  days" of an exchange 3 days with no hedge ("over" spreads, twenty-fifth batch); "42 days
  after the last patient ..." a duration, as "two years after it was launched".
- Vague magnitudes carry none ("Dutzende", "Hunderte", "Hundreds", "Dozens", fourteenth and
  seventeenth batches); "Zwei Dutzend" and "two dozen" are 24, as "zwei Dutzend Kampfjets"
  (fourteenth). "je 185 Soldaten" and "1,000 prisoners each" are counts with no hedge ("je",
  "each", "nur", "erst", "Only" none).
- "Gut ein Sechstel" is the fraction 1/6 (labelled 0.1667) with "over" ("gut" is "over",
  sixth and fourteenth batches); "Rund ein Sechstel" 0.1667 "about"; "knapp zwei Dritteln"
  0.6667 "nearly"; "About two-thirds" 0.6667 "about"; "fewer than a third" 0.3333 "under"
  (as "less than one-third", twentieth batch); "Around one in five" 0.2 "about"; "only a
  quarter of" 0.25 with no hedge; "more than half" 0.5 "over"; "roughly half" 0.5 "about".
- "no more than 3.67%" is percent 3.67 "at_most", as "höchstens" (first batch), the
  counterpart of "no less than" -> "at_least" (twenty-second batch).
- Magnitudes and physical measures are counts (fourth batch): "der Stärke 6,0", "A magnitude
  6.9 earthquake", "a Category 5 storm", "185 mph", "892 millibars", "acht Kilometern", "19
  kilometres", "bis zu 180 Kilometer pro Stunde" (180 "up_to", "pro Stunde" no duration),
  "about 440 kg", "a 43-kilometre transit corridor", "3.1 million barrels of oil per day".
- "The two companies", "The two firms", "the two firms" are count 2 (eighth batch: "The two
  leaders"); "both sides", "der beiden Präsidenten", "beide Seiten" none; "one of the 32
  allies" has the pronoun "one" (none) and count 32; "The U.N. General Assembly voted 142-10
  ... with 12 abstentions" three counts (a tally, twenty-second and twenty-sixth batches);
  "Some 157 of the 193 U.N. member states" counts 157 "about" and 193; "17 der 20 Punkte",
  "15 of the plan's 20 points" two counts each; "after five rounds" count 5; "tests negative
  for a second time" ordinal 2.
- "Der Rubel gab um 1,8 Prozent auf 81,20 je Dollar nach." is percent 1.8 and 81.2 RUB (an
  exchange rate is money in the priced currency, fourteenth batch: "The rouble firmed to
  78.5 per dollar"); "5,7 Billionen Rubel" 5.7e12 RUB (a German "Billion" is a million
  millions, twenty-second batch); "18 Milliarden Hrywnja" 1.8e10 UAH (seventeenth); "could
  exceed $7 billion" no hedge (a verb, not a hedge word before the figure); "$65.90 a
  barrel" 65.9 USD; "$6 per person per month" 6 USD with no duration.
- Datelines with a day ("MIAMI, Dec 21 (Reuters)") are dates without a year; AP and PA
  datelines and German ones carry none; "am 24. Februar 2022", "ab dem 1. Jänner 2027", "am
  27. Oktober 2024" and "since the invasion began on Feb. 24, 2022" full dates; "on Oct.
  10", "on March 11" dates without a year; "seit Oktober 2023", "in September 2023", "from
  January 2027" the year; "seit Jänner", "im Dezember", "Ende Oktober", "in June" (months
  alone) none; "COP30" a name, no quantity.
- Ages in years: "Putin, 73,", "Irarrazaval, 59,", "Mark Villanueva, 41" (in a negative,
  labelled); "bei Kindern unter fünf Jahren" 5 years "under" (twenty-first and
  twenty-seventh batches).
- Speakers, checked only in forms the earlier batches settled, and in one form decided here:
  a title before a name is dropped ("Kremlberater", "Menschenrechtsbeauftragter",
  "Bürgermeister" after "nach Angaben von", "UNHCR-Sprecherin", "WHO-Chef",
  "Regierungschefin", "Kremlsprecher", "Kremlin aide", "Kremlin spokesman", "Ukrainian chief
  negotiator", "Health Minister", "Prime Minister", "NATO Secretary General"); "Selenskyj
  zufolge", "Peskow zufolge", "so Selenskyj", "sagte Uschakow", "Borissow sagte, ...",
  "Zelensky said ...", "Ushakov described ... but said" the name; "X told reporters" and "X
  told a news conference" X (as "X told a rally", twenty-fifth batch); "hieß es aus dem
  Kreml" -> "der Kreml" and "hieß es aus dem Ratssekretariat" -> "das Ratssekretariat"; "wie
  der Koordinierungsstab für Kriegsgefangene / das Staatssekretariat für Wirtschaft
  mitteilte", "teilte das Außenministerium / der Zivilschutz mit", "Nach Angaben der
  EU-Kommission" the source with its article in the nominative; "laut
  Welternährungsprogramm", "laut UNHCR" as written; "according to UNHCR" as written,
  "according to the International Organization for Migration / the energy ministry" with the
  article in lower case; "the World Health Organization said", "the Treasury Department
  said", "the department said", "the U.S. Geological Survey said", "the health ministry
  said", "the Foreign Office said in a statement", "the World Food Programme said" (at the
  end); "A spokesperson for the World Food Programme said" -> "a spokesperson for the World
  Food Programme" (fifth, ninth and eleventh batches); "Israel's military said", "Malaysia's
  maritime agency said" and "Jamaica's government said" the possessive form. Decided here:
  "wie der ORF berichtete" gives "der ORF" - "berichtete" is a verb of saying for a news
  organisation as "mitteilte" is for an office, the source with its article in the
  nominative; "wie die Nachrichtenagentur Interfax unter Berufung auf Händler berichtete"
  stays unchecked (a description before a name, and a report relayed from others, as
  "berichtete ... unter Berufung auf" in the tenth batch). Left unchecked (None): "nach
  Angaben aus Verhandlerkreisen", "nach Angaben Uschakows" (a genitive after "Angaben", a
  form no batch settled), "nach Kreml-Angaben", "nach UN-Angaben", "nach WHO-Angaben", "nach
  ukrainischen Angaben", "nach Angaben der Überlebenden" and "nach Angaben von
  Hilfsorganisationen" (plural groups), "hieß es aus Diplomatenkreisen", "teilte die
  ukrainische Luftwaffe mit" (a source with an adjective), "teilte die Zentrale
  Wahlkommission mit" and "teilte die Internationale Organisation für Migration mit" (a
  capitalised adjective heading the name, as "die Deutsche Krankenhausgesellschaft" in the
  twentieth batch), "wie die Statistikbehörde Rosstat / die US-Erdbebenwarte USGS mitteilte"
  (a description before a name), "teilte er mit" (a pronoun), "nach einer Schätzung der
  Weltbank", "nach Schätzungen der Regierung in Kiew", "beziffert Kiew" and "bezifferte die
  ... Gesundheitsbehörde" (no verb of saying), "sagte ein Sprecher der Taliban-Regierung",
  "a Ukrainian official said", "a NATO official said", "officials said", "officials on both
  sides said", "U.N. agencies say", "Gaza's health ministry says" and "Kyiv says" opening
  the sentence, "the WHO says" (present tense after a claim, as "has said"), "The WHO said"
  opening the sentence (as "The World Food Programme said" in the twenty-eighth batch), "the
  territory's civil defence agency said", "the country's electoral service said", "the
  island's power company said", "the U.N. refugee agency said" (descriptions), "according to
  the Philippine Institute of Volcanology and Seismology" (a nationality adjective heading
  the name), "according to an AFP tally", "a confidential report ... showed", "a NATO report
  showed", "The RSF said" opening the sentence (an abbreviation, as "The agency said"),
  "Lukoil said it would ..." (a company at the head of reported speech, eighteenth batch),
  "The IAEA estimates", "Syria's interim government estimates", "Putin, 73, has repeatedly
  said" ("has said"), and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_31 = [
    # === German =================================================================================
    # --- Ukraine-Gespräche in Abu Dhabi (dpa) ------------------------------------------------
    ("de", "Abu Dhabi (dpa) - In Abu Dhabi haben sich Unterhändler aus Washington, Moskau und Kiew am Samstag zu ihrem siebten Treffen eingefunden.", True,
     [("ordinal", 7, None, None)], None),
    ("de", "Die vierstündige Sitzung drehte sich nach Angaben aus Verhandlerkreisen vor allem um den künftigen Grenzverlauf im Donbass.", True,
     [("duration", 4, "hour", None)], None),
    ("de", "Grundlage bleibt der 20-Punkte-Plan, den Washington und Kiew im Dezember gemeinsam ausgearbeitet hatten.", True,
     [("count", 20, None, None)], None),
    ("de", "Gut ein Sechstel des Gebiets Donezk ist nach ukrainischen Angaben noch unter der Kontrolle Kiews.", True,
     [("fraction", 0.1667, None, "over")], None),
    ("de", "Bei der Gebietsfrage gebe es weiterhin keine Annäherung, sagte Kremlberater Juri Uschakow in Moskau.", True,
     [], "Juri Uschakow"),
    ("de", "Das nächste Treffen soll nach Angaben Uschakows binnen zwei Wochen stattfinden.", True,
     [("duration", 2, "week", None)], None),
    ("de", "Selenskyj zufolge sind bislang 17 der 20 Punkte zwischen Kiew und Washington abgestimmt.", True,
     [("count", 17, None, None), ("count", 20, None, None)], "Selenskyj"),
    ("de", "Kremlsprecher Dmitri Peskow sagte, Russland habe kein Interesse an einer Feuerpause von nur 30 Tagen.", True,
     [("duration", 30, "day", None)], "Dmitri Peskow"),
    ("de", "Das Treffen in der Golfmetropole war bis zuletzt geheim gehalten worden, wie der ORF berichtete.", True,
     [], "der ORF"),
    ("de", "„Wir sind einem gerechten Frieden heute ein gutes Stück näher als gestern“, sagte der ukrainische Chefunterhändler.", False, [], None),
    ("de", "Ob Moskau am Ende zu echten Zugeständnissen bereit ist, bleibt offen.", False, [], None),
    # --- Telefonat Putin-Trump (APA/AFP) ----------------------------------------------------
    ("de", "Moskau/Washington (APA/AFP) - Zum dritten Mal binnen eines Monats haben Kremlchef Putin und Trump am Donnerstag miteinander telefoniert.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Das Gespräch dauerte rund anderthalb Stunden, hieß es aus dem Kreml.", True,
     [("duration", 1.5, "hour", "about")], "der Kreml"),
    ("de", "Es war nach Kreml-Angaben das neunte Telefonat der beiden Präsidenten seit Jänner.", True,
     [("ordinal", 9, None, None)], None),
    ("de", "Putin habe seine Bereitschaft zu einem persönlichen Treffen in Budapest bekräftigt, sagte Uschakow.", True,
     [], "Uschakow"),
    ("de", "Peskow zufolge gibt es für ein solches Gipfeltreffen allerdings noch keinen Termin.", True,
     [], "Peskow"),
    ("de", "Trump schrieb auf seiner Plattform Truth Social, das Telefonat sei „sehr produktiv“ gewesen.", False, [], None),
    ("de", "„Das Gespräch war offen, sachlich und sehr konstruktiv“, sagte Uschakow.", False, [], None),
    # --- Gefangenenaustausch (AFP) ----------------------------------------------------------
    ("de", "Kiew (AFP) - Moskau und Kiew haben am Freitag erneut Gefangene ausgetauscht, je 185 Soldaten kamen frei.", True,
     [("count", 185, None, None)], None),
    ("de", "Es war der 69. Austausch seit Beginn des russischen Großangriffs am 24. Februar 2022, wie der Koordinierungsstab für Kriegsgefangene mitteilte.", True,
     [("ordinal", 69, None, None), ("date", "2022-02-24", None, None)], "der Koordinierungsstab für Kriegsgefangene"),
    ("de", "Unter den Freigelassenen seien auch 22 Zivilisten und mehrere Schwerverletzte, so Menschenrechtsbeauftragter Dmytro Lubinez.", True,
     [("count", 22, None, None)], "Dmytro Lubinez"),
    ("de", "Als Vermittler traten wie schon zuvor die Vereinigten Arabischen Emirate auf.", True, [], None),
    ("de", "Seit Kriegsbeginn kehrten damit insgesamt mehr als 5.800 Ukrainerinnen und Ukrainer aus der Gefangenschaft heim.", True,
     [("count", 5800, None, "over")], None),
    ("de", "„Jeder Einzelne, der heute nach Hause kommt, ist ein Sieg für unser Land“, schrieb Selenskyj auf Telegram.", False, [], None),
    # --- EU-Sanktionen (Reuters) ------------------------------------------------------------
    ("de", "Brüssel (Reuters) - Die EU-Staaten haben sich nach zweitägigen Beratungen auf das 20. Sanktionspaket gegen Russland geeinigt.", True,
     [("duration", 2, "day", None), ("ordinal", 20, None, None)], None),
    ("de", "Kernstück ist ein Einfuhrstopp für Flüssiggas aus Russland ab dem 1. Jänner 2027, hieß es aus dem Ratssekretariat.", True,
     [("date", "2027-01-01", None, None)], "das Ratssekretariat"),
    ("de", "Zudem kommen 117 weitere Schiffe der sogenannten Schattenflotte auf die schwarze Liste, die damit auf mehr als 650 Tanker anwächst.", True,
     [("count", 117, None, None), ("count", 650, None, "over")], None),
    ("de", "Die Einigung hatte sich um Wochen verzögert, weil die Slowakei Ausnahmen für ihre Gasversorgung verlangt hatte, hieß es aus Diplomatenkreisen.", True, [], None),
    ("de", "Zwei Drittel der in der EU eingefrorenen Gelder der russischen Zentralbank liegen beim Finanzdienstleister Euroclear in Belgien.", True,
     [("fraction", 0.6667, None, None)], None),
    ("de", "Nach Angaben der EU-Kommission geht es dort um rund 185 Milliarden Euro.", True,
     [("money", 185000000000, "EUR", "about")], "die EU-Kommission"),
    ("de", "„Dieses Paket ist eine unmissverständliche Botschaft an Moskau“, sagte die EU-Außenbeauftragte.", False, [], None),
    # --- Luftangriff auf Kiew (dpa) ---------------------------------------------------------
    ("de", "Kiew (dpa) - Bei einem der schwersten russischen Luftangriffe auf Kiew seit Kriegsbeginn sind mindestens 14 Menschen getötet worden.", True,
     [("count", 14, None, "at_least")], None),
    ("de", "Unter den Toten sind nach Angaben von Bürgermeister Vitali Klitschko zwei Kinder.", True,
     [("count", 2, None, None)], "Vitali Klitschko"),
    ("de", "Dutzende Menschen wurden verletzt, Hunderte Wohnungen beschädigt.", True, [], None),
    ("de", "Russland setzte in der Nacht 653 Drohnen und 51 Raketen ein, teilte die ukrainische Luftwaffe mit.", True,
     [("count", 653, None, None), ("count", 51, None, None)], None),
    ("de", "Die Flugabwehr habe 585 der Drohnen sowie 30 Raketen zerstört.", True,
     [("count", 585, None, None), ("count", 30, None, None)], None),
    ("de", "Mehr als 2.000 Haushalte in der Hauptstadt waren am Morgen ohne Strom.", True,
     [("count", 2000, None, "over")], None),
    ("de", "Russland habe seit Monatsbeginn mehr als 3.500 Drohnen auf die Ukraine abgefeuert, so Selenskyj.", True,
     [("count", 3500, None, "over")], "Selenskyj"),
    ("de", "Unabhängig überprüfen ließ sich die Zahl der abgefangenen Drohnen zunächst nicht.", False, [], None),
    ("de", "„Nach fast vier Jahren Krieg ist jeder Tag ohne Waffenruhe einer zu viel“, sagte Außenminister Andrij Sybiha.", False,
     [("duration", 4, "year", "nearly")], None),
    # --- Gaza (AFP) -------------------------------------------------------------------------
    ("de", "Kairo (AFP) - Knapp drei Monate nach Beginn der Waffenruhe im Gazastreifen haben Vermittler Gespräche über die zweite Phase des Abkommens aufgenommen.", True,
     [("duration", 3, "month", "nearly"), ("ordinal", 2, None, None)], None),
    ("de", "An den Gesprächen in Kairo nehmen Delegationen aus Ägypten, Katar, der Türkei und den USA teil.", True, [], None),
    ("de", "Täglich sollen nach dem Abkommen 600 Lastwagen mit Hilfsgütern in das Küstengebiet fahren.", True,
     [("count", 600, None, None)], None),
    ("de", "Nach UN-Angaben waren es in der vergangenen Woche im Schnitt nur rund 190.", True,
     [("count", 190, None, "about")], None),
    ("de", "Jeder fünfte Bewohner des Gazastreifens leidet laut Welternährungsprogramm an akutem Hunger.", True,
     [("fraction", 0.2, None, None)], "Welternährungsprogramm"),
    ("de", "Zwei Dutzend Hilfsorganisationen forderten in einem gemeinsamen Appell ungehinderten Zugang für ihre Helfer.", True,
     [("count", 24, None, None)], None),
    ("de", "Die von der Hamas kontrollierte Gesundheitsbehörde bezifferte die Zahl der Toten seit Oktober 2023 auf mehr als 70.000.", True,
     [("year", 2023, None, None), ("count", 70000, None, "over")], None),
    ("de", "Israel hat nach eigenen Angaben bisher die sterblichen Überreste von 26 der 28 toten Geiseln zurückerhalten.", True,
     [("count", 26, None, None), ("count", 28, None, None)], None),
    ("de", "„Jeder Tag Verzögerung kostet Menschenleben“, sagte ein Sprecher des UN-Kinderhilfswerks Unicef.", False, [], None),
    # --- Sudan (APA/AFP) --------------------------------------------------------------------
    ("de", "Genf (APA/AFP) - Der Krieg im Sudan hat nach UN-Angaben fast zwölf Millionen Menschen in die Flucht getrieben.", True,
     [("count", 12000000, None, "nearly")], None),
    ("de", "Rund vier Millionen von ihnen seien in Nachbarländer geflohen, vor allem in den Tschad und nach Ägypten, sagte UNHCR-Sprecherin Marta Keller.", True,
     [("count", 4000000, None, "about")], "Marta Keller"),
    ("de", "Damit ist laut UNHCR jeder vierte Sudanese auf der Flucht.", True,
     [("fraction", 0.25, None, None)], "UNHCR"),
    ("de", "Für die Versorgung der Flüchtlinge in der Region seien 2026 rund 1,6 Milliarden Dollar nötig, bisher seien erst 18 Prozent davon finanziert.", True,
     [("year", 2026, None, None), ("money", 1600000000, "USD", "about"), ("percent", 18, "%", None)], None),
    ("de", "In El Fasher wurden bei der Einnahme der Stadt durch die RSF-Miliz Ende Oktober nach Angaben von Hilfsorganisationen mindestens 1.500 Zivilisten getötet.", True,
     [("count", 1500, None, "at_least")], None),
    ("de", "„Die Welt hat den Sudan vergessen“, sagte der UN-Flüchtlingskommissar bei einem Besuch im Tschad.", False, [], None),
    ("de", "Wie viele Menschen noch in der belagerten Stadt ausharren, ist unklar.", False, [], None),
    # --- Wahl in Bulgarien (dpa) ------------------------------------------------------------
    ("de", "Sofia (dpa) - Bei der achten Parlamentswahl binnen vier Jahren ist in Bulgarien die konservative GERB erneut stärkste Kraft geworden.", True,
     [("ordinal", 8, None, None), ("duration", 4, "year", None)], None),
    ("de", "Die Partei von Ex-Regierungschef Boiko Borissow kam nach Auszählung von 98 Prozent der Stimmen auf 26,8 Prozent, teilte die Zentrale Wahlkommission mit.", True,
     [("percent", 98, "%", None), ("percent", 26.8, "%", None)], None),
    ("de", "Die Wahlbeteiligung lag bei nur 38,9 Prozent und damit so niedrig wie nie seit dem Ende des Kommunismus.", True,
     [("percent", 38.9, "%", None)], None),
    ("de", "Zweitstärkste Kraft wurde mit 14,1 Prozent ein prorussisches Bündnis.", True,
     [("ordinal", 2, None, None), ("percent", 14.1, "%", None)], None),
    ("de", "Insgesamt schafften sieben Parteien den Sprung über die Vier-Prozent-Hürde ins Parlament.", True,
     [("count", 7, None, None), ("percent", 4, "%", None)], None),
    ("de", "Die vorige Wahl hatte am 27. Oktober 2024 stattgefunden.", True,
     [("date", "2024-10-27", None, None)], None),
    ("de", "Borissow sagte, er wolle binnen zehn Tagen Sondierungsgespräche mit allen proeuropäischen Parteien führen.", True,
     [("duration", 10, "day", None)], "Borissow"),
    ("de", "„Die Menschen sind der ewigen Wahlen müde“, sagte Borissow am Wahlabend.", False, [], None),
    ("de", "Ob diesmal eine stabile Regierung zustande kommt, bezweifeln viele Beobachter.", False, [], None),
    # --- Erdbeben in Afghanistan (Reuters) --------------------------------------------------
    ("de", "Kabul (Reuters) - Bei einem Erdbeben der Stärke 6,0 im Osten Afghanistans sind mindestens 1.400 Menschen ums Leben gekommen.", True,
     [("count", 6.0, None, None), ("count", 1400, None, "at_least")], None),
    ("de", "Mehr als 3.100 weitere wurden verletzt, sagte ein Sprecher der Taliban-Regierung.", True,
     [("count", 3100, None, "over")], None),
    ("de", "Das Beben ereignete sich kurz vor Mitternacht in einer Tiefe von nur acht Kilometern, wie die US-Erdbebenwarte USGS mitteilte.", True,
     [("count", 8, None, None)], None),
    ("de", "In der Provinz Kunar wurden ganze Dörfer mit Lehmhäusern zerstört.", True, [], None),
    ("de", "Die Vereinten Nationen stellten fünf Millionen Dollar aus einem Nothilfefonds bereit.", True,
     [("money", 5000000, "USD", None)], None),
    ("de", "Es ist bereits das dritte schwere Beben in Afghanistan binnen zwei Jahren.", True,
     [("ordinal", 3, None, None), ("duration", 2, "year", None)], None),
    ("de", "Österreichs Bundespräsident sprach den Angehörigen der Opfer sein tief empfundenes Beileid aus.", False, [], None),
    # --- Mpox-Notlage (dpa) -----------------------------------------------------------------
    ("de", "Genf (dpa) - Die Weltgesundheitsorganisation hat wegen einer neuen Mpox-Variante zum zweiten Mal binnen drei Jahren eine internationale Gesundheitsnotlage ausgerufen.", True,
     [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Seit Jahresbeginn seien in Afrika mehr als 34.000 Verdachtsfälle und rund 900 Todesfälle gemeldet worden, sagte WHO-Chef Tedros Adhanom Ghebreyesus.", True,
     [("count", 34000, None, "over"), ("count", 900, None, "about")], "Tedros Adhanom Ghebreyesus"),
    ("de", "Besonders betroffen ist die Demokratische Republik Kongo mit knapp zwei Dritteln aller Fälle.", True,
     [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Die Sterblichkeit liegt bei Kindern unter fünf Jahren nach WHO-Angaben bei bis zu zehn Prozent.", True,
     [("duration", 5, "year", "under"), ("percent", 10, "%", "up_to")], None),
    ("de", "Die EU-Gesundheitsbehörde Hera kündigte die Lieferung von 120.000 Impfdosen an.", True,
     [("count", 120000, None, None)], None),
    ("de", "„Dieses Virus respektiert keine Grenzen“, warnte Tedros.", False, [], None),
    ("de", "Wer aus den betroffenen Gebieten zurückkehrt und einen Hautausschlag bemerkt, sollte umgehend einen Arzt aufsuchen.", False, [], None),
    # --- Außenministerin in Kiew (APA) ------------------------------------------------------
    ("de", "Wien/Kiew (APA) - Außenministerin Claudia Pernegger ist zu einem dreitägigen Besuch in der Ukraine eingetroffen.", True,
     [("duration", 3, "day", None)], None),
    ("de", "Es ist ihr zweiter Besuch in dem Land seit ihrem Amtsantritt im März.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Österreich stellt heuer weitere 25 Millionen Euro für humanitäre Hilfe und Minenräumung zur Verfügung, sagte Pernegger in Kiew.", True,
     [("money", 25000000, "EUR", None)], "Pernegger"),
    ("de", "Damit summiert sich die österreichische Hilfe seit 2022 auf rund 290 Millionen Euro, teilte das Außenministerium mit.", True,
     [("year", 2022, None, None), ("money", 290000000, "EUR", "about")], "das Außenministerium"),
    ("de", "Rund ein Viertel der Fläche der Ukraine gilt nach Schätzungen der Regierung in Kiew als vermint.", True,
     [("fraction", 0.25, None, "about")], None),
    ("de", "„Neutralität heißt nicht Gleichgültigkeit“, sagte Pernegger.", False, [], None),
    ("de", "„Wir danken Österreich für seine Treue in schweren Zeiten“, sagte ihr ukrainischer Amtskollege.", False, [], None),
    # --- Russische Vermögen in der Schweiz (Keystone-SDA) -----------------------------------
    ("de", "Bern (Keystone-SDA) - In der Schweiz sind derzeit russische Vermögenswerte von 7,4 Milliarden Franken gesperrt.", True,
     [("money", 7400000000, "CHF", None)], None),
    ("de", "Das sind rund 600 Millionen Franken mehr als vor einem Jahr, wie das Staatssekretariat für Wirtschaft mitteilte.", True,
     [("money", 600000000, "CHF", "about")], "das Staatssekretariat für Wirtschaft"),
    ("de", "Hinzu kommen Reserven der russischen Zentralbank von rund 7,5 Milliarden Franken.", True,
     [("money", 7500000000, "CHF", "about")], None),
    ("de", "Der Bundesrat übernimmt zudem das jüngste Sanktionspaket der EU, teilte er am Mittwoch mit.", True, [], None),
    ("de", "«Wir haben unsere Hausaufgaben gemacht», sagte Seco-Direktorin Monika Zbinden.", False, [], None),
    # --- Russlands Kriegswirtschaft (Reuters) -----------------------------------------------
    ("de", "Moskau (Reuters) - Die russische Zentralbank hat ihren Leitzins zum vierten Mal in Folge gesenkt, auf nun 16,5 Prozent.", True,
     [("ordinal", 4, None, None), ("percent", 16.5, "%", None)], None),
    ("de", "Die Inflation lag im November bei 6,6 Prozent, wie die Statistikbehörde Rosstat mitteilte.", True,
     [("percent", 6.6, "%", None)], None),
    ("de", "Das Haushaltsdefizit dürfte in diesem Jahr auf 5,7 Billionen Rubel steigen, knapp 2,6 Prozent der Wirtschaftsleistung.", True,
     [("money", 5700000000000, "RUB", None), ("percent", 2.6, "%", "nearly")], None),
    ("de", "Fast ein Drittel der Staatsausgaben fließt inzwischen in Verteidigung und Sicherheit.", True,
     [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Rund ein Sechstel der Staatseinnahmen stammt noch aus dem Öl- und Gasgeschäft.", True,
     [("fraction", 0.1667, None, "about")], None),
    ("de", "Die Ölexporte über die Ostseehäfen seien im November um 12 Prozent gesunken, wie die Nachrichtenagentur Interfax unter Berufung auf Händler berichtete.", True,
     [("percent", 12, "%", None)], None),
    ("de", "Der Rubel gab um 1,8 Prozent auf 81,20 je Dollar nach.", True,
     [("percent", 1.8, "%", None), ("money", 81.2, "RUB", None)], None),
    ("de", "Ob die Kriegswirtschaft noch lange trägt, ist unter Ökonomen umstritten.", False, [], None),
    # --- Wiederaufbaukonferenz (dpa) --------------------------------------------------------
    ("de", "Rom (dpa) - Die Kosten für den Wiederaufbau der Ukraine belaufen sich nach einer Schätzung der Weltbank auf 524 Milliarden Dollar.", True,
     [("money", 524000000000, "USD", None)], None),
    ("de", "Das ist fast das Dreifache der ukrainischen Wirtschaftsleistung des vergangenen Jahres.", True,
     [("count", 3, "times", "nearly")], None),
    ("de", "Auf der zweitägigen Konferenz sagten Staaten und Unternehmen Hilfen von mehr als zehn Milliarden Euro zu.", True,
     [("duration", 2, "day", None), ("money", 10000000000, "EUR", "over")], None),
    ("de", "Allein die Schäden am Energiesystem beziffert Kiew auf 68 Milliarden Dollar.", True,
     [("money", 68000000000, "USD", None)], None),
    ("de", "Die Ukraine will bis 2030 rund 18 Milliarden Hrywnja in den Bau dezentraler Kraftwerke stecken, sagte Regierungschefin Julija Swyrydenko.", True,
     [("year", 2030, None, None), ("money", 18000000000, "UAH", "about")], "Julija Swyrydenko"),
    ("de", "„Wer heute in die Ukraine investiert, investiert in die Sicherheit Europas“, sagte die italienische Gastgeberin.", False, [], None),
    # --- Bootsunglück vor Libyen (AFP) ------------------------------------------------------
    ("de", "Rom (AFP) - Beim Untergang eines Flüchtlingsboots vor der libyschen Küste sind mindestens 61 Menschen ums Leben gekommen.", True,
     [("count", 61, None, "at_least")], None),
    ("de", "Nur 12 Menschen konnten gerettet werden, teilte die Internationale Organisation für Migration mit.", True,
     [("count", 12, None, None)], None),
    ("de", "An Bord waren nach Angaben der Überlebenden rund 75 Menschen, die meisten aus dem Sudan und Eritrea.", True,
     [("count", 75, None, "about")], None),
    ("de", "Seit Jahresbeginn sind im zentralen Mittelmeer damit mehr als 1.200 Migranten ertrunken oder gelten als vermisst.", True,
     [("count", 1200, None, "over")], None),
    ("de", "„Das Mittelmeer darf nicht länger ein Friedhof sein“, sagte ein Sprecher von Ärzte ohne Grenzen.", False, [], None),
    # --- Taifun auf den Philippinen (dpa) ---------------------------------------------------
    ("de", "Manila (dpa) - Der Taifun „Kalmaegi“ hat auf den Philippinen mindestens 114 Menschen das Leben gekostet.", True,
     [("count", 114, None, "at_least")], None),
    ("de", "Mehr als 560.000 Menschen mussten vor dem Sturm in Sicherheit gebracht werden, teilte der Zivilschutz mit.", True,
     [("count", 560000, None, "over")], "der Zivilschutz"),
    ("de", "Beim Landfall erreichten die Böen des Taifuns bis zu 180 Kilometer pro Stunde.", True,
     [("count", 180, None, "up_to")], None),
    ("de", "Präsident Ferdinand Marcos Jr. rief für ein Jahr den nationalen Katastrophenzustand aus.", True, [], None),
    ("de", "Die Behörden riefen die Bewohner der Küstenorte auf, sich weiterhin von Flüssen und Hängen fernzuhalten.", False, [], None),
    # === English ================================================================================
    # --- Ukraine talks in Miami (Reuters) ---------------------------------------------------
    ("en", "MIAMI, Dec 21 (Reuters) - Negotiators from Washington and Kyiv ended a third round of talks in Florida on Sunday, with both sides reporting progress on a revised 20-point plan.", True,
     [("date", "--12-21", None, None), ("ordinal", 3, None, None), ("count", 20, None, None)], None),
    ("en", "The meeting at a golf resort north of Miami lasted nearly seven hours, a Ukrainian official said.", True,
     [("duration", 7, "hour", "nearly")], None),
    ("en", "Ukrainian chief negotiator Rustem Umerov said 15 of the plan's 20 points had been agreed in principle.", True,
     [("count", 15, None, None), ("count", 20, None, None)], "Rustem Umerov"),
    ("en", "The remaining disputes concern territory in the east and control of the Zaporizhzhia nuclear power plant, Europe's largest.", True, [], None),
    ("en", "Russian forces occupy roughly 19% of Ukraine's territory, including almost all of the Luhansk region.", True,
     [("percent", 19, "%", "about")], None),
    ("en", "Leaders from two dozen countries in the coalition of the willing joined a video call on Tuesday.", True,
     [("count", 24, None, None)], None),
    ("en", "Kremlin aide Yuri Ushakov told reporters in Moscow that Russia had not yet seen the revised text.", True,
     [], "Yuri Ushakov"),
    ("en", "\"We have never been this close to a deal,\" U.S. envoy Steve Witkoff told reporters.", False, [], None),
    ("en", "Whether Moscow will sign up to the new draft is far from certain.", False, [], None),
    # --- Envoys at the Kremlin (AP) ---------------------------------------------------------
    ("en", "MOSCOW (AP) - Russian President Vladimir Putin met U.S. envoys at the Kremlin for nearly four hours on Tuesday, his seventh meeting with Steve Witkoff this year.", True,
     [("duration", 4, "hour", "nearly"), ("ordinal", 7, None, None)], None),
    ("en", "The delegation had flown in from Berlin, where Zelensky met the same envoys for about six hours a day earlier.", True,
     [("duration", 6, "hour", "about")], None),
    ("en", "Ushakov described the talks as \"useful and constructive\" but said no compromise on territory had been found.", True,
     [], "Ushakov"),
    ("en", "Kremlin spokesman Dmitry Peskov said a further meeting could take place \"within weeks\".", True,
     [], "Dmitry Peskov"),
    ("en", "Putin, 73, has repeatedly said Russia will take the rest of Donetsk by force if Kyiv does not withdraw.", True,
     [("duration", 73, "year", None)], None),
    ("en", "\"It was a good, substantive conversation,\" Witkoff said as he left the Kremlin.", False, [], None),
    # --- Gaza strikes (AFP) -----------------------------------------------------------------
    ("en", "GAZA CITY, Jan 9 (AFP) - Israeli strikes killed at least 13 Palestinians across the Gaza Strip on Friday, the territory's civil defence agency said, despite the ceasefire in place since October.", True,
     [("date", "--01-09", None, None), ("count", 13, None, "at_least")], None),
    ("en", "Gaza's health ministry says more than 420 people have been killed since the truce took effect on Oct. 10.", True,
     [("count", 420, None, "over"), ("date", "--10-10", None, None)], None),
    ("en", "Israel's military said it had struck militants who crossed the so-called yellow line, which leaves about 53% of the territory under Israeli control.", True,
     [("percent", 53, "%", "about")], "Israel's military"),
    ("en", "Under the 20-point plan, some 2,000 Palestinian prisoners and detainees were freed in exchange for the last 20 living hostages.", True,
     [("count", 20, None, None), ("count", 2000, None, "about"), ("count", 20, None, None)], None),
    ("en", "Israel says the remains of one hostage are still being held in Gaza.", True,
     [("count", 1, None, None)], None),
    ("en", "A spokesperson for the World Food Programme said fewer than a third of the trucks it needs were getting in.", True,
     [("fraction", 0.3333, None, "under")], "a spokesperson for the World Food Programme"),
    ("en", "\"Every day of delay costs children their lives,\" said Clara Winterton, a UNICEF spokesperson.", False, [], None),
    ("en", "It was not possible to independently verify the casualty figures.", False, [], None),
    # --- Sudan (Reuters) --------------------------------------------------------------------
    ("en", "PORT SUDAN, Nov 4 (Reuters) - The Rapid Support Forces killed at least 460 people at a hospital in El Fasher, the World Health Organization said, as accounts of atrocities emerged after the city's fall.", True,
     [("date", "--11-04", None, None), ("count", 460, None, "at_least")], "the World Health Organization"),
    ("en", "More than 82,000 people have fled the city and surrounding villages since late October, according to the International Organization for Migration.", True,
     [("count", 82000, None, "over")], "the International Organization for Migration"),
    ("en", "The conflict, which is in its third year, has uprooted an estimated 12 million people, the world's largest displacement crisis.", True,
     [("ordinal", 3, None, None), ("count", 12000000, None, "about")], None),
    ("en", "About two-thirds of Sudan's 50 million people need humanitarian aid, U.N. agencies say.", True,
     [("fraction", 0.6667, None, "about"), ("count", 50000000, None, None)], None),
    ("en", "Aid agencies have received only a quarter of the $4.2 billion they sought for Sudan this year.", True,
     [("fraction", 0.25, None, None), ("money", 4200000000, "USD", None)], None),
    ("en", "The RSF said it had opened an investigation into abuses by its fighters in the city.", True, [], None),
    ("en", "\"The world has looked away from Sudan for far too long,\" said Henrik Lund, a senior U.N. relief official.", False, [], None),
    ("en", "How many civilians remain trapped in El Fasher is unknown.", False, [], None),
    # --- COP30 (AP) -------------------------------------------------------------------------
    ("en", "BELEM, Brazil (AP) - Nearly 200 countries agreed on Saturday to triple funding to help poor nations adapt to climate change by 2035, after two weeks of tense negotiations that ran more than a day past their deadline.", True,
     [("count", 200, None, "nearly"), ("year", 2035, None, None), ("duration", 2, "week", None)], None),
    ("en", "The deal at the COP30 summit builds on last year's pledge of $300 billion a year in climate finance.", True,
     [("money", 300000000000, "USD", None)], None),
    ("en", "More than 80 countries had backed a road map away from fossil fuels, but it was dropped from the final text, officials said.", True,
     [("count", 80, None, "over")], None),
    ("en", "\"Multilateralism is alive, and today it delivered,\" the summit's president told delegates.", False, [], None),
    ("en", "Whether the money will actually materialise is another matter.", False, [], None),
    # --- Oil sanctions (Reuters) ------------------------------------------------------------
    ("en", "WASHINGTON, Oct 22 (Reuters) - The United States imposed sanctions on Rosneft and Lukoil on Wednesday, targeting the two companies that account for roughly half of Russia's crude exports.", True,
     [("date", "--10-22", None, None), ("count", 2, None, None), ("fraction", 0.5, None, "about")], None),
    ("en", "The two firms together export about 3.1 million barrels of oil per day, the Treasury Department said.", True,
     [("count", 2, None, None), ("count", 3100000, None, "about")], "the Treasury Department"),
    ("en", "Companies have until Nov. 21 to wind down transactions with the two firms, the department said.", True,
     [("date", "--11-21", None, None), ("count", 2, None, None)], "the department"),
    ("en", "Benchmark Brent crude rose more than 5% to $65.90 a barrel after the announcement.", True,
     [("percent", 5, "%", "over"), ("money", 65.9, "USD", None)], None),
    ("en", "On Thursday the European Union approved its 19th round of sanctions on Moscow, which phases out purchases of Russian LNG from January 2027.", True,
     [("ordinal", 19, None, None), ("year", 2027, None, None)], None),
    ("en", "Lukoil said it would sell its international assets, which include stakes in oil fields in Iraq and Kazakhstan.", True, [], None),
    ("en", "\"These sanctions will bite, and Moscow knows it,\" a senior administration official told reporters.", False, [], None),
    # --- Chile runoff (Reuters) -------------------------------------------------------------
    ("en", "SANTIAGO, Dec 14 (Reuters) - Right-wing candidate Tomas Irarrazaval took 58.2% of the vote to win the presidential runoff in Chile on Sunday, the country's electoral service said.", True,
     [("date", "--12-14", None, None), ("percent", 58.2, "%", None)], None),
    ("en", "His leftist rival, Carla Jara, took 41.8%.", True,
     [("percent", 41.8, "%", None)], None),
    ("en", "Turnout was about 85% in the first presidential election since voting was made compulsory again in 2022.", True,
     [("percent", 85, "%", "about"), ("ordinal", 1, None, None), ("year", 2022, None, None)], None),
    ("en", "Irarrazaval, 59, is due to take office on March 11, beginning a four-year term.", True,
     [("duration", 59, "year", None), ("date", "--03-11", None, None), ("duration", 4, "year", None)], None),
    ("en", "He becomes the most right-wing leader of Chile since the end of military rule in 1990.", True,
     [("year", 1990, None, None)], None),
    ("en", "\"Chile has chosen order, and Chile has chosen hope,\" Irarrazaval told cheering supporters in Santiago.", False, [], None),
    ("en", "The result is likely to deepen a rightward shift across Latin America.", False, [], None),
    # --- Cebu earthquake (AP) ---------------------------------------------------------------
    ("en", "MANILA, Philippines (AP) - A magnitude 6.9 earthquake struck the central Philippine province of Cebu late Tuesday, killing at least 72 people and injuring hundreds.", True,
     [("count", 6.9, None, None), ("count", 72, None, "at_least")], None),
    ("en", "The quake was centred about 19 kilometres northeast of the city of Bogo at a depth of 10 kilometres, the U.S. Geological Survey said.", True,
     [("count", 19, None, "about"), ("count", 10, None, None)], "the U.S. Geological Survey"),
    ("en", "Nearly 600 aftershocks had been recorded by Wednesday morning, according to the Philippine Institute of Volcanology and Seismology.", True,
     [("count", 600, None, "nearly")], None),
    ("en", "More than 20,000 people spent the night in evacuation centres or in the open.", True,
     [("count", 20000, None, "over")], None),
    ("en", "Dozens of villages in the north of the island remained cut off by landslides.", True, [], None),
    ("en", "Residents were told to keep out of damaged buildings until engineers had inspected them.", False, [], None),
    ("en", "\"It looks like a war zone here,\" said Bogo resident Mark Villanueva, 41.", False,
     [("duration", 41, "year", None)], None),
    # --- Ebola in Kasai (Reuters) -----------------------------------------------------------
    ("en", "KINSHASA, Sept 5 (Reuters) - An Ebola outbreak in Congo's Kasai province has killed at least 15 people, the health ministry said, the country's 16th outbreak since the virus was identified in 1976.", True,
     [("date", "--09-05", None, None), ("count", 15, None, "at_least"), ("ordinal", 16, None, None), ("year", 1976, None, None)], "the health ministry"),
    ("en", "There are 28 suspected cases, including four health workers, Health Minister Samuel Kabongo told a news conference.", True,
     [("count", 28, None, None), ("count", 4, None, None)], "Samuel Kabongo"),
    ("en", "The strain behind the outbreak has killed about half of those infected in past outbreaks, the WHO says.", True,
     [("fraction", 0.5, None, "about")], None),
    ("en", "The WHO said it had shipped 2,000 doses of the Ervebo vaccine to the province and would send a further 45,000.", True,
     [("count", 2000, None, None), ("count", 45000, None, None)], None),
    ("en", "The outbreak can be declared at an end 42 days after the last patient tests negative for a second time.", True,
     [("duration", 42, "day", None), ("ordinal", 2, None, None)], None),
    ("en", "It is the first outbreak in the province since 2007.", True,
     [("ordinal", 1, None, None), ("year", 2007, None, None)], None),
    ("en", "\"We have the tools to stop this outbreak quickly,\" the WHO's Africa director said.", False, [], None),
    # --- Foreign Secretary in Kyiv (PA) -----------------------------------------------------
    ("en", "KYIV (PA) - The Foreign Secretary has arrived in Kyiv for a three-day visit, her third trip to Ukraine since taking office in September.", True,
     [("duration", 3, "day", None), ("ordinal", 3, None, None)], None),
    ("en", "She announced £120 million in support for Ukraine's energy grid ahead of the winter, the Foreign Office said in a statement.", True,
     [("money", 120000000, "GBP", None)], "the Foreign Office"),
    ("en", "The UK has committed £21.8 billion in military, economic and humanitarian support since the invasion began on Feb. 24, 2022.", True,
     [("money", 21800000000, "GBP", None), ("date", "2022-02-24", None, None)], None),
    ("en", "Around one in five Ukrainian power plants has been damaged or destroyed since the full-scale invasion, according to the energy ministry.", True,
     [("fraction", 0.2, None, "about")], "the energy ministry"),
    ("en", "\"Britain will stand with Ukraine for as long as it takes,\" she told reporters at the railway station.", False, [], None),
    # --- IAEA and Iran (Reuters) ------------------------------------------------------------
    ("en", "VIENNA, Nov 12 (Reuters) - Iran has not let U.N. inspectors access its stockpile of highly enriched uranium for five months, a confidential report by the International Atomic Energy Agency showed.", True,
     [("date", "--11-12", None, None), ("duration", 5, "month", None)], None),
    ("en", "The IAEA estimates Iran holds about 440 kg of uranium enriched to up to 60% purity, close to the roughly 90% needed for weapons.", True,
     [("count", 440, None, "about"), ("percent", 60, "%", "up_to"), ("percent", 90, "%", "about")], None),
    ("en", "That would be enough, if enriched further, for about 10 nuclear weapons by the agency's yardstick.", True,
     [("count", 10, None, "about")], None),
    ("en", "Talks between Washington and Tehran broke off in June after five rounds mediated by Oman.", True,
     [("count", 5, None, None)], None),
    ("en", "Under the 2015 nuclear deal, Iran was allowed to enrich uranium to no more than 3.67%.", True,
     [("year", 2015, None, None), ("percent", 3.67, "%", "at_most")], None),
    ("en", "\"Diplomacy remains the only way out of this crisis,\" Oman's foreign minister said.", False, [], None),
    ("en", "It is unclear whether a sixth round will take place before the end of the year.", False,
     [("ordinal", 6, None, None)], None),
    # --- Hurricane Melissa (AP) -------------------------------------------------------------
    ("en", "KINGSTON, Jamaica (AP) - Hurricane Melissa slammed into western Jamaica as a Category 5 storm with winds of 185 mph, the strongest to hit the island since records began in 1851.", True,
     [("count", 5, None, None), ("count", 185, None, None), ("year", 1851, None, None)], None),
    ("en", "The storm made landfall near New Hope with a central pressure of 892 millibars.", True,
     [("count", 892, None, None)], None),
    ("en", "At least 32 people were killed in Jamaica and Haiti, officials said.", True,
     [("count", 32, None, "at_least")], None),
    ("en", "About 77% of Jamaica's electricity customers were without power on Wednesday, the island's power company said.", True,
     [("percent", 77, "%", "about")], None),
    ("en", "Prime Minister Andrew Holness said the damage could exceed $7 billion, or roughly a third of the country's gross domestic product.", True,
     [("money", 7000000000, "USD", None), ("fraction", 0.3333, None, "about")], "Andrew Holness"),
    ("en", "Jamaica's government said more than 25,000 people were in shelters on Wednesday night.", True,
     [("count", 25000, None, "over")], "Jamaica's government"),
    ("en", "\"Nothing could have prepared us for this,\" said a resident of Black River.", False, [], None),
    # --- Armenia-Azerbaijan (AFP) -----------------------------------------------------------
    ("en", "WASHINGTON, Aug 8 (AFP) - The leaders of Armenia and Azerbaijan signed a 17-point agreement at the White House on Friday aimed at ending nearly four decades of conflict.", True,
     [("date", "--08-08", None, None), ("count", 17, None, None), ("duration", 40, "year", "nearly")], None),
    ("en", "The deal grants the United States exclusive development rights to a 43-kilometre transit corridor through southern Armenia for 99 years.", True,
     [("count", 43, None, None), ("duration", 99, "year", None)], None),
    ("en", "Armenia lost control of Nagorno-Karabakh in a one-day offensive in September 2023, and more than 100,000 ethnic Armenians fled the region.", True,
     [("duration", 1, "day", None), ("year", 2023, None, None), ("count", 100000, None, "over")], None),
    ("en", "\"Today we end decades of hostility and open a new chapter,\" the Azerbaijani president said.", False, [], None),
    # --- NATO summit (Reuters) --------------------------------------------------------------
    ("en", "THE HAGUE, June 25 (Reuters) - At a two-day summit, NATO leaders committed to lifting military budgets to 5% of economic output by 2035.", True,
     [("date", "--06-25", None, None), ("duration", 2, "day", None), ("percent", 5, "%", None), ("year", 2035, None, None)], None),
    ("en", "Of that, 3.5% is to go to core defence and 1.5% to related infrastructure and security, a NATO official said.", True,
     [("percent", 3.5, "%", None), ("percent", 1.5, "%", None)], None),
    ("en", "Spain, one of the 32 allies, secured an exemption, saying it could meet its commitments with 2.1% of GDP.", True,
     [("count", 32, None, None), ("percent", 2.1, "%", None)], None),
    ("en", "NATO Secretary General Mark Rutte told reporters that all allies now met the old 2% target for the first time.", True,
     [("percent", 2, "%", None), ("ordinal", 1, None, None)], "Mark Rutte"),
    ("en", "The 2% goal, set in 2014, had been met by only three allies a decade ago.", True,
     [("percent", 2, "%", None), ("year", 2014, None, None), ("count", 3, None, None)], None),
    ("en", "Combined defence spending by the allies reached about $1.5 trillion last year, a NATO report showed.", True,
     [("money", 1500000000000, "USD", "about")], None),
    ("en", "\"This is a historic moment for our alliance,\" Rutte said.", False, [], None),
    # --- Rohingya boat (AFP) ----------------------------------------------------------------
    ("en", "DHAKA, Nov 10 (AFP) - Hundreds of Rohingya refugees are feared missing after a boat carrying about 300 people capsized off the coast of Malaysia, according to UNHCR.", True,
     [("date", "--11-10", None, None), ("count", 300, None, "about")], "UNHCR"),
    ("en", "Only 13 survivors had been found by Monday evening, Malaysia's maritime agency said.", True,
     [("count", 13, None, None)], "Malaysia's maritime agency"),
    ("en", "Bangladesh hosts an estimated 1.1 million Rohingya in camps around Cox's Bazar, most of whom fled a military crackdown in Myanmar in 2017.", True,
     [("count", 1100000, None, "about"), ("year", 2017, None, None)], None),
    ("en", "Earlier this year, food rations in the camps were cut to $6 per person per month because of funding shortfalls, the World Food Programme said.", True,
     [("money", 6, "USD", None)], "the World Food Programme"),
    ("en", "\"These are people with nowhere left to go,\" said a UNHCR spokesperson in Geneva.", False, [], None),
    # --- U.N. General Assembly (AP) ---------------------------------------------------------
    ("en", "UNITED NATIONS (AP) - The U.N. General Assembly voted 142-10 on Friday to endorse a declaration on Palestinian statehood, with 12 abstentions.", True,
     [("count", 142, None, None), ("count", 10, None, None), ("count", 12, None, None)], None),
    ("en", "The United States and Israel were among those voting against.", True, [], None),
    ("en", "Some 157 of the 193 U.N. member states now recognise a Palestinian state, according to an AFP tally.", True,
     [("count", 157, None, "about"), ("count", 193, None, None)], None),
    # --- Syrian returns (Reuters) -----------------------------------------------------------
    ("en", "AMMAN, Dec 8 (Reuters) - More than 1.2 million Syrians have returned home from abroad in the year since the fall of Bashar al-Assad, the U.N. refugee agency said.", True,
     [("date", "--12-08", None, None), ("count", 1200000, None, "over")], None),
    ("en", "Another 1.9 million people displaced inside the country have gone back to their home areas, UNHCR said.", True,
     [("count", 1900000, None, None)], "UNHCR"),
    ("en", "Yet more than half of Syria's pre-war population of about 22 million remains displaced.", True,
     [("fraction", 0.5, None, "over"), ("count", 22000000, None, "about")], None),
    ("en", "Syria's interim government estimates reconstruction will cost at least $216 billion.", True,
     [("money", 216000000000, "USD", "at_least")], None),
    ("en", "\"Return must be voluntary, safe and dignified,\" the agency's chief said.", False, [], None),
    # --- Prisoner swap (AP) -----------------------------------------------------------------
    ("en", "KYIV, Ukraine (AP) - Ukraine and Russia exchanged 1,000 prisoners each over three days in the largest swap of the war, officials on both sides said.", True,
     [("count", 1000, None, None), ("duration", 3, "day", None)], None),
    ("en", "Zelensky said the exchange, agreed at talks in Istanbul, would be followed by further swaps.", True,
     [], "Zelensky"),
    ("en", "Kyiv says about 8,000 Ukrainians remain in Russian captivity.", True,
     [("count", 8000, None, "about")], None),
]
