"""Twenty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real names and their spellings, "Selenskyj", "Peskow",
"Uschakow"/"Ushakov", "Putin", "Gabriel Felbermayr", "Gustav Klimt", "Leonardo da Vinci",
stand for the way wire copy writes them; what is said here is invented). One invented
negotiator is written three ways, as wire services transliterate him: "Serhij Hawrylenko"
(dpa), "Serhij Chawrylenko" (AFP German) and "Serhiy Havrylenko" (Reuters English).

Its weight: a German-language wire day (about 70 % German, 30 % English) from APA, dpa,
Keystone-SDA and the German services of Reuters and AFP, 32 short stories in story order
(a dateline lead, then background, figures, attributed lines, a quote, a closing line),
with Austrian "heuer", "Jänner", "Lenker", "Spital", "Primar", "ersucht"-style appeals and
Swiss "ss" ("Grossversicherer", "drittgrösste", "gross"), "Franken", «...» quotes and "VS"
after a place; "Mio.", "Mrd.", "Tsd.", "u.a.", "z.B.", "bzw.", "Dr.", "St. Moritz", "Nr. 5",
"16.00 Uhr", "19.30 Uhr" inside sentences. 21 German stories: Ukraine talks in Berlin ("zu
ihrem sechsten Treffen binnen zwei Monaten", "28-Punkte-Plan ... auf 20 Punkte",
"fünfstündig", "etwa ein Fünftel", "dreitägig"), the Kremlin's answer ("viermal", "fast fünf
Stunden", "ein Dutzend"), Gaza hostages and aid ("knapp drei Viertel"), EU sanctions and
Ukraine aid ("zweitägig", "das 20. Sanktionspaket", "90 Mrd. Euro", "zwei Drittel", "am 18.
und 19. Dezember"), the Austrian budget, the German pension vote, a fraud trial, a burglary
gang ("480 Tsd. Euro", "23 Uhren"), a motorway crash, an avalanche in the Valais ("mehr als
100 Mal", "Gefahrenstufe 3"), black ice in Germany ("minus 18 Grad", "bis 16.00 Uhr 212 von
rund 1.100"), inflation and unemployment in Austria (one story), a Swiss insurer's results, job cuts at
a supplier ("rund jede siebte Stelle"), a flu wave ("zweiwöchig", "knapp jeder fünfte"), the
teacher shortage ("jede zehnte Stelle"), skiing and football, the Salzburg festival with a
New Year's Eve concert (one culture story), the Swiss army budget and an economic forecast ("0,9 bzw. 1,0
Prozent"); 11 English stories: Ukraine talks, Lebanon strikes, an EU parcel duty and budget,
German business sentiment, an Austrian bank's results, an avalanche in Tyrol, a fraud
sentence, the flu season, skiing with the football results, a Klimt auction and Swiss unemployment.
Attribution in every German form: "sagte X", "so X", "X zufolge", "Den X zufolge", "laut X",
"nach Angaben von X", "wie X mitteilte", "teilte X mit", "hieß es aus Verhandlerkreisen",
"hieß es", "heißt es in der Studie", "X sagte, ...", "X sagte der Nachrichtenagentur
Reuters, ...", a quote closed by "sagte X", Konjunktiv I paraphrase with and without an
attribution of its own; in English "said", "told reporters", "according to", "X said ..."
opening the sentence, "says". Negatives as such copy has them: quoted opinion and feelings
with a named speaker, an opposition catchword, a chairman's verdict, commentary, open
questions, rhetorical questions, outlooks without a figure, advice, an appeal for victims
to come forward, a no-comment line, condolences, a non-disclosure line and a credit line.

237 rows (171 German, 66 English), 42 negatives (30 German, 12 English), 195 check-worthy
rows of which 23 carry no figure (19 German, 4 English), 281 expected quantities (97
counts, 40 durations, 39 percentages, 32 amounts of money, 30 years, 21 ordinals, 13
fractions, 9 dates; 2 of them in negatives), 40 checked speakers (28 German, 12 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run:
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  is check-worthy when it reports a fact or a position, with the speaker its own
  attribution gives ("..., so Hawrylenko." -> "Hawrylenko"); without one ("Eine Antwort
  werde es frühestens Ende der Woche geben.") the speaker is unchecked. A quoted line that
  reports a fact ("„Wir haben ... Diebesgut aus mindestens 40 Einbrüchen gefunden“, sagte
  Ermittlungsleiter Gernot Pichler") is check-worthy with its speaker (eighteenth batch).
- "Artikel 5 des Nato-Vertrags" and "Beethovens Sinfonie Nr. 5" carry no quantity: an
  article of a treaty and a catalogue number are identifiers, as "Paragraf 218" (ninth
  batch) and "Class 12"; "A2", "A8", "H3N2", "Super-G" likewise; "VS" is a canton.
- "23 Uhren" (watches) is count 23: "Uhr" after a figure with no time of day is a noun,
  not a clock time; "bis 16.00 Uhr 212 von rund 1.100 geplanten Flügen" has the clock time
  (none) and counts 212 and 1100 "about".
- "binnen zwei Monaten" is a duration of 2 months (a figure with its unit, as "binnen 48
  Stunden"); "binnen eines Monats", "länger als ein Jahr", "mehr als einer Stunde",
  "tagelang", "wochenlang", "pro Jahr", "im Monat", "a year", "a day" carry none.
- "ein Aktienrückkaufprogramm über bis zu 1,5 Mrd. Franken" is "up_to": "über" names the
  amount of the programme here, and "bis zu" stands right before the figure. "unter die
  Maastricht-Grenze von drei Prozent" and "knapp unter dem Zielwert der EZB von zwei
  Prozent" give the named limit no qualifier (a hedge word parted from the figure by a
  noun, sixteenth batch). "Der Prozess hatte 14 Verhandlungstage gedauert." is count 14,
  as "58 Verhandlungstage" (nineteenth batch).
- "rund jede siebte Stelle" is the fraction 1/7 (labelled 0.1429) with "about", as "jeder
  elfte Arbeitsplatz" (sixteenth batch); "Roughly one in three" 0.3333 with "about".
- "auf ein Prozent" is percent 1: "ein" before "Prozent" is the figure one, as "eine
  Million Euro" (seventeenth batch); the article before an ordinary noun stays no count.
- "480 Tsd. Euro" is 480,000 EUR (seventeenth batch); "um 1,50 auf 28 Franken" gives CHF
  to both figures, the unit written once; "a flat 3-euro customs duty" is money 3 EUR, as
  "a 500-billion-euro fund".
- "bei Menschen über 50 Jahren" is an age of 50 years with "over", as "der über
  60-Jährigen" (sixteenth batch); "people over 65" likewise an age of 65 years with
  "over", as "at 34" after "prime minister" is an age (eighth batch); "plus 9,4 Prozent"
  is 9.4 with no hedge and no sign; "ihr dreijähriger Sohn" an age of 3 years.
- "bis zu minus 18 Grad" is count -18 with "up_to" ("minus 45" wind chill, fifteenth
  batch); "Sturmböen von bis zu 90 km/h" count 90 "up_to"; "auf rund 3100 Metern über Meer"
  count 3100 "about" (Swiss copy without a separator).
- "Gefahrenstufe 3" and "at level 3 on a scale of 5" are counts, as "Stufe vier der
  fünfstufigen Skala" (fifteenth batch); "The group of five" is count 5 and "the two sides"
  count 2 (third batch); "the only one of the 27 member states" has the pronoun "one" (none)
  and count 27; "einer von ihnen", "beiden", "beide" none.
- "traf zweimal" is count 2 "times", as "scored twice"; "viermal", "zehnmal", "four times"
  counts; "mehr als 100 Mal" count 100 "over"; "ein Dutzend Vorschläge" 12.
- "der drittgrösste Versicherer" (Swiss spelling) is ordinal 3, as "drittgrößte"; "the
  second-highest price" ordinal 2; "wurde Vierte", "Rang drei", "Italy's Luca Ferrari third"
  ordinals; "das dritte Jahr in Folge" ordinal 3; "aus einer ersten Schnellschätzung"
  ordinal 1 (an article before "ersten", eleventh batch); "Europe's largest economy" none.
- "0,9 bzw. 1,0 Prozent" gives the unit to both figures, as a list with the unit written
  once; "loan growth of 5% to 6%" two percentages; "für die Jahre 2026 bis 2028" two years.
- "am 18. und 19. Dezember" is two dates, the month written once, as "vom 5. bis 19.
  Juli"; "on Nov. 27, 2024" the full date 2024-11-27; "BERLIN, Dec 14 (Reuters)" a date;
  "seit Herbst 2022", "starting in July 2026", "since early 2021" the year; "im Jänner",
  "Ende Jänner", "seit dem Sommer" none.
- Index readings ("dropped to 87.6 from 88.0", "a reading of 88.2") are counts, as index
  points in the earlier batches; scores ("3:1", "0:2", "2-0") carry none.
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Chefunterhändler", "Kremlsprecher", "Kremlberater", "EU-Haushaltskommissar",
  "Finanzminister", "Staatsanwältin Dr.", "Ermittlungsleiter", "Generaldirektor",
  "Finanzvorstand", "Primar Dr.", "Präsidentin", "Verteidigungsminister", "Wifo-Chef",
  "Ukrainian chief negotiator", "Kremlin aide", "Chief Executive"); "sagte Primar Dr.
  Wolfgang Lechner von der Klinik Ottakring" gives the name, as "said Maria Costa, the
  bank's head of security" (seventeenth); "Hawrylenko zufolge" the name; "Den Vereinten
  Nationen zufolge" gives "die Vereinten Nationen", the plural in the nominative with its
  article, as "Dem Robert Koch-Institut zufolge" gives "das Robert Koch-Institut"; "laut
  Fiskalrat", "Laut Kultusministerkonferenz", "laut Polizei" as written; "teilte die
  Landespolizeidirektion / die Kantonspolizei Wallis / die Statistik Austria / das AMS mit",
  "so die Polizei" with the article; "nach Angaben von Eurostat" the name; "Lebanon's Health
  Ministry said" the possessive form; "police said" -> "police"; "the Ifo institute said",
  "the auction house said", "the State Secretariat for Economic Affairs said" with the
  article in lower case; "according to the European Commission", "according to the WHO";
  "NHS England said". Left unchecked (None): "schrieb ... auf Telegram" (eighteenth batch),
  "hieß es aus Verhandlerkreisen", "hieß es", "heißt es in der Studie", "nach eigenen
  Angaben", "nach Angaben der ukrainischen Luftwaffe" and "laut der von der Hamas
  kontrollierten Gesundheitsbehörde" (sources with an adjective), "nach Angaben des
  Spitals" (a description for the hospital named before, as "hospital officials said"),
  "nach Berechnungen des Bildungsforschers ...", "laut dem Influenza-Netzwerk ...", "nach
  der Prognose des Finanzministeriums", "wie ein EU-Diplomat sagte", "ein Sprecher der
  israelischen Armee", "ein Unternehmenssprecher", "wie der Betreiber Fraport mitteilte" (a
  description before a name), "schätzt die Weltbank", "beziffert das Arbeitsministerium",
  "zählte die Polizei", "warnte der Deutsche Wetterdienst", "kündigte ... an" (verbs that
  are not of saying), "Kyiv says" (a city for its government), "The Israeli military said"
  and "according to Lebanese authorities" (sources with an adjective), "Commission
  officials estimated", "diplomats said", "the survey showed", "His lawyer said" (a
  pronoun), "Tyrol's avalanche warning service had rated" and all negatives.
- Negatives: quoted opinion, feelings and verdicts with a named speaker ("„Wir haben keine
  Eile“, sagte Peskow.", "„Wir haben Wort gehalten“", "„Das ist ein Kahlschlag ...“",
  "„Die Talsohle ist noch nicht erreicht“", "„Neun Punkte sind noch gar nichts“" with its
  figure labelled), a paraphrased assessment ("man sei „einem würdigen Frieden näher als je
  zuvor“"), an opposition catchword ("„Belastungsbudget“"), a chairman's "«ausgezeichneten
  Jahr»", commentary ("Für die Haushalte ist das nur ein schwacher Trost.", "Whether a
  3-euro charge ..." with its figure labelled), open questions ("Wie viele weitere
  Geschädigte es gibt, ist unklar.", "It is not yet clear ..."), rhetorical questions, the
  wire caveat on unverifiable figures (nineteenth batch), outlooks without a figure ("Am
  Wochenende soll es laut DWD deutlich milder werden.", "Der Höhepunkt der Welle wird erst
  gegen Ende Jänner erwartet."), advice, an appeal for victims to come forward, a no-comment
  line, condolences, a non-disclosure line and a credit line. Check-worthy without a figure:
  events, decisions, a ruling and its status, a stated position ("Die IG Metall kündigte
  erbitterten Widerstand ... an."), a fixed next step, attributed facts.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_21 = [
    # === German =================================================================================
    # --- Ukraine-Gespräche in Berlin (dpa) ----------------------------------------------------
    ("de", "Berlin (dpa) - Unterhändler der Ukraine und der USA sind am Sonntag in Berlin zu ihrem sechsten Treffen binnen zwei Monaten zusammengekommen.", True,
     [("ordinal", 6, None, None), ("duration", 2, "month", None)], None),
    ("de", "Grundlage ist der 28-Punkte-Plan aus Washington, der inzwischen auf 20 Punkte zusammengestrichen wurde.", True,
     [("count", 28, None, None), ("count", 20, None, None)], None),
    ("de", "Das fünfstündige Treffen im Kanzleramt habe „substanzielle Fortschritte“ gebracht, sagte Chefunterhändler Serhij Hawrylenko am Abend.", True,
     [("duration", 5, "hour", None)], "Serhij Hawrylenko"),
    ("de", "Russland kontrolliert derzeit etwa ein Fünftel des ukrainischen Territoriums, darunter fast das gesamte Gebiet Luhansk.", True,
     [("fraction", 0.2, None, "about")], None),
    ("de", "Hawrylenko zufolge geht es nun vor allem um die Frage, wer künftig das Atomkraftwerk Saporischschja betreibt.", True,
     [], "Hawrylenko"),
    ("de", "Kiew verlange Sicherheitsgarantien nach dem Vorbild von Artikel 5 des Nato-Vertrags, so Hawrylenko.", True,
     [], "Hawrylenko"),
    ("de", "Der Unterhändler reist anschließend zu einem dreitägigen Besuch nach Washington weiter.", True,
     [("duration", 3, "day", None)], None),
    ("de", "Präsident Wolodymyr Selenskyj schrieb auf Telegram, man sei „einem würdigen Frieden näher als je zuvor“.", False, [], None),
    ("de", "Die nächste Runde ist für den 3. Jänner in Miami angesetzt, hieß es aus Verhandlerkreisen.", True,
     [("date", "--01-03", None, None)], None),
    ("de", "Ob Moskau einem solchen Kompromiss je zustimmen wird, ist mehr als fraglich.", False, [], None),
    # --- Reaktion des Kreml (AFP) -------------------------------------------------------------
    ("de", "Moskau (AFP) - Der Kreml hat den in Berlin überarbeiteten Friedensplan zurückhaltend aufgenommen.", True, [], None),
    ("de", "Man habe den Text erst am Montagmorgen erhalten und werde ihn „sorgfältig prüfen“, sagte Kremlsprecher Dmitri Peskow vor Journalisten.", True,
     [], "Dmitri Peskow"),
    ("de", "Eine Antwort werde es frühestens Ende der Woche geben.", True, [], None),
    ("de", "Über die Gespräche mit dem ukrainischen Unterhändler Serhij Chawrylenko sei man von amerikanischer Seite laufend informiert worden, sagte Peskow.", True,
     [], "Peskow"),
    ("de", "Kremlberater Juri Uschakow sagte, Präsident Wladimir Putin habe den US-Gesandten in diesem Jahr bereits viermal empfangen.", True,
     [("count", 4, None, None)], "Juri Uschakow"),
    ("de", "Das jüngste Gespräch im Kreml hatte fast fünf Stunden gedauert.", True,
     [("duration", 5, "hour", "nearly")], None),
    ("de", "Die russische Seite habe dem Westen seit Herbst 2022 ein Dutzend Vorschläge für eine Waffenruhe unterbreitet, so Uschakow.", True,
     [("year", 2022, None, None), ("count", 12, None, None)], "Uschakow"),
    ("de", "„Wir haben keine Eile“, sagte Peskow.", False, [], None),
    ("de", "In der Nacht griff Russland die Ukraine nach Angaben der ukrainischen Luftwaffe mit 412 Drohnen und 38 Raketen an.", True,
     [("count", 412, None, None), ("count", 38, None, None)], None),
    ("de", "Unabhängig überprüfen ließen sich die Angaben zunächst nicht.", False, [], None),
    # --- Geiseln und Waffenruhe in Gaza (Reuters) ---------------------------------------------
    ("de", "Jerusalem (Reuters) - Israel hat am Dienstag nach eigenen Angaben die Leichen von drei weiteren Geiseln aus dem Gazastreifen zurückerhalten.", True,
     [("count", 3, None, None)], None),
    ("de", "Damit befinden sich noch die sterblichen Überreste von zwei Verschleppten in Gaza.", True,
     [("count", 2, None, None)], None),
    ("de", "Die Waffenruhe gilt seit dem 10. Oktober, wird aber immer wieder von Angriffen unterbrochen.", True,
     [("date", "--10-10", None, None)], None),
    ("de", "Seither wurden laut der von der Hamas kontrollierten Gesundheitsbehörde mehr als 360 Palästinenser getötet.", True,
     [("count", 360, None, "over")], None),
    ("de", "Ein Sprecher der israelischen Armee sagte, die Soldaten hätten auf eine „unmittelbare Bedrohung“ reagiert.", True, [], None),
    ("de", "Den Vereinten Nationen zufolge erreichen derzeit täglich rund 4.200 Tonnen Hilfsgüter das Gebiet, knapp drei Viertel der vereinbarten Menge.", True,
     [("count", 4200, None, "about"), ("fraction", 0.75, None, "nearly")], "die Vereinten Nationen"),
    ("de", "Die Kosten für den Wiederaufbau des Gazastreifens schätzt die Weltbank auf rund 70 Milliarden Dollar.", True,
     [("money", 70000000000, "USD", "about")], None),
    ("de", "„Wie viel Leid soll diese Region noch ertragen?“, fragte der UN-Nothilfekoordinator in Genf.", False, [], None),
    # --- Sanktionen und Ukraine-Hilfe (dpa) ---------------------------------------------------
    ("de", "Brüssel (dpa) - Die EU-Staaten haben sich nach zweitägigen Verhandlungen auf das 20. Sanktionspaket gegen Russland verständigt.", True,
     [("duration", 2, "day", None), ("ordinal", 20, None, None)], None),
    ("de", "Unter anderem werden 43 weitere Tanker der sogenannten Schattenflotte mit Hafenverboten belegt.", True,
     [("count", 43, None, None)], None),
    ("de", "Damit stehen nun knapp 600 Schiffe auf der Liste, wie ein EU-Diplomat sagte.", True,
     [("count", 600, None, "nearly")], None),
    ("de", "Ungarn und die Slowakei hatten ihre Zustimmung tagelang blockiert.", True, [], None),
    ("de", "Die Kommission schlägt zudem vor, der Ukraine in den Jahren 2026 und 2027 insgesamt 90 Mrd. Euro zu leihen.", True,
     [("year", 2026, None, None), ("year", 2027, None, None), ("money", 90000000000, "EUR", None)], None),
    ("de", "Rund zwei Drittel davon sollen in die Verteidigung fließen, teilte EU-Haushaltskommissar Piotr Nowakowski mit.", True,
     [("fraction", 0.6667, None, "about")], "Piotr Nowakowski"),
    ("de", "„Europa muss endlich erwachsen werden“, sagte der dänische Regierungschef.", False, [], None),
    ("de", "Der nächste EU-Gipfel findet am 18. und 19. Dezember in Brüssel statt.", True,
     [("date", "--12-18", None, None), ("date", "--12-19", None, None)], None),
    # --- Budget im Nationalrat (APA) ----------------------------------------------------------
    ("de", "Wien (APA) - Der Nationalrat hat am Donnerstag mit der Mehrheit der Regierungsparteien das Doppelbudget für 2025 und 2026 verabschiedet.", True,
     [("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("de", "Das Defizit soll heuer 4,5 Prozent der Wirtschaftsleistung betragen und bis 2028 unter die Maastricht-Grenze von drei Prozent sinken.", True,
     [("percent", 4.5, "%", None), ("year", 2028, None, None), ("percent", 3, "%", None)], None),
    ("de", "Insgesamt sollen bis dahin rund 15 Mrd. Euro eingespart werden, sagte Finanzminister Georg Harrer.", True,
     [("money", 15000000000, "EUR", "about")], "Georg Harrer"),
    ("de", "Allein bei den Pensionen will die Regierung heuer 1,2 Mrd. Euro weniger ausgeben als ursprünglich geplant.", True,
     [("money", 1200000000, "EUR", None)], None),
    ("de", "Die Opposition sprach von einem „Belastungsbudget“.", False, [], None),
    ("de", "„Dieses Budget ist ein Anschlag auf den Mittelstand“, sagte FPÖ-Budgetsprecher Arnold Pichler.", False, [], None),
    ("de", "Laut Fiskalrat droht dennoch eine Lücke von knapp 2 Mrd. Euro.", True,
     [("money", 2000000000, "EUR", "nearly")], "Fiskalrat"),
    ("de", "Die Schuldenquote steigt nach der Prognose des Finanzministeriums 2026 auf 84,7 Prozent.", True,
     [("year", 2026, None, None), ("percent", 84.7, "%", None)], None),
    ("de", "Die Budgetdebatte im Plenum hatte insgesamt drei Tage gedauert.", True,
     [("duration", 3, "day", None)], None),
    # --- Rentenpaket im Bundestag (dpa) -------------------------------------------------------
    ("de", "Berlin (dpa) - Mit 319 Ja- zu 251 Nein-Stimmen bei 38 Enthaltungen hat der Bundestag am Freitag das umstrittene Rentenpaket verabschiedet.", True,
     [("count", 319, None, None), ("count", 251, None, None), ("count", 38, None, None)], None),
    ("de", "Die Kanzlermehrheit von 316 Stimmen wurde damit knapp übertroffen.", True,
     [("count", 316, None, None)], None),
    ("de", "Das Rentenniveau soll bis 2031 bei 48 Prozent gehalten werden.", True,
     [("year", 2031, None, None), ("percent", 48, "%", None)], None),
    ("de", "Die Kosten dafür beziffert das Arbeitsministerium auf rund 185 Mrd. Euro bis zum Jahr 2040.", True,
     [("money", 185000000000, "EUR", "about"), ("year", 2040, None, None)], None),
    ("de", "Jeder vierte Rentner in Deutschland bezieht weniger als 1.000 Euro im Monat.", True,
     [("fraction", 0.25, None, None), ("money", 1000, "EUR", "under")], None),
    ("de", "„Wir haben Wort gehalten“, sagte Arbeitsministerin Katrin Sommer nach der Abstimmung.", False, [], None),
    ("de", "Die Junge Gruppe der Union hatte wochenlang gegen das Paket rebelliert, am Ende stimmten aber nur sieben ihrer 18 Abgeordneten dagegen.", True,
     [("count", 7, None, None), ("count", 18, None, None)], None),
    ("de", "Zustimmen muss am 19. Dezember noch der Bundesrat.", True,
     [("date", "--12-19", None, None)], None),
    # --- Anlagebetrug vor Gericht (APA) -------------------------------------------------------
    ("de", "Wien (APA) - Ein 52-jähriger Vermögensberater ist am Mittwoch am Wiener Landesgericht wegen schweren gewerbsmäßigen Betrugs zu sechs Jahren Haft verurteilt worden.", True,
     [("duration", 52, "year", None), ("duration", 6, "year", None)], None),
    ("de", "Er soll zwischen 2017 und 2023 mehr als 240 Anleger um insgesamt 11,4 Mio. Euro gebracht haben.", True,
     [("year", 2017, None, None), ("year", 2023, None, None), ("count", 240, None, "over"), ("money", 11400000, "EUR", None)], None),
    ("de", "Der Schöffensenat sah es als erwiesen an, dass der Mann ein Schneeballsystem betrieben hatte.", True, [], None),
    ("de", "Rund ein Drittel des Geldes soll in Luxusautos und Reisen geflossen sein, so Staatsanwältin Dr. Sabine Eder.", True,
     [("fraction", 0.3333, None, "about")], "Sabine Eder"),
    ("de", "Der Prozess hatte 14 Verhandlungstage gedauert.", True,
     [("count", 14, None, None)], None),
    ("de", "Der Schuldspruch ist nicht rechtskräftig, die Verteidigung nahm sich drei Tage Bedenkzeit.", True,
     [("duration", 3, "day", None)], None),
    ("de", "Wie viele weitere Geschädigte es gibt, ist unklar.", False, [], None),
    # --- Einbruchsserie in der Steiermark (APA) -----------------------------------------------
    ("de", "Graz (APA) - Der steirischen Polizei ist nach einer Einbruchsserie mit mehr als 70 Tatorten ein Schlag gegen eine mutmaßliche Bande gelungen.", True,
     [("count", 70, None, "over")], None),
    ("de", "Vier Männer im Alter von 23 bis 41 Jahren wurden in Graz und Leoben festgenommen, teilte die Landespolizeidirektion am Freitag mit.", True,
     [("count", 4, None, None), ("duration", 23, "year", None), ("duration", 41, "year", None)], "die Landespolizeidirektion"),
    ("de", "Die Verdächtigen sollen seit dem Sommer Beute im Wert von rund 480 Tsd. Euro gemacht haben.", True,
     [("money", 480000, "EUR", "about")], None),
    ("de", "Bei Hausdurchsuchungen wurden u.a. 23 Uhren, Schmuck und Bargeld sichergestellt.", True,
     [("count", 23, None, None)], None),
    ("de", "„Wir haben in den Wohnungen der Verdächtigen Diebesgut aus mindestens 40 Einbrüchen gefunden“, sagte Ermittlungsleiter Gernot Pichler.", True,
     [("count", 40, None, "at_least")], "Gernot Pichler"),
    ("de", "Die Ermittlungen dauerten laut Polizei mehr als vier Monate.", True,
     [("duration", 4, "month", "over")], "Polizei"),
    ("de", "Mögliche weitere Opfer sollen sich beim Landeskriminalamt melden, hieß es.", False, [], None),
    # --- Unfall auf der Südautobahn (APA) -----------------------------------------------------
    ("de", "Klagenfurt (APA) - Bei einem Verkehrsunfall auf der Südautobahn bei Villach sind am Samstag kurz nach 16.00 Uhr zwei Menschen ums Leben gekommen.", True,
     [("count", 2, None, None)], None),
    ("de", "Ein 34-jähriger Lenker aus Slowenien war mit seinem Pkw aus noch ungeklärter Ursache auf den Pannenstreifen geraten und gegen einen abgestellten Lkw geprallt.", True,
     [("duration", 34, "year", None)], None),
    ("de", "Der Lenker und seine 31-jährige Beifahrerin waren laut Polizei sofort tot.", True,
     [("duration", 31, "year", None)], "Polizei"),
    ("de", "Ihr dreijähriger Sohn wurde ins Klinikum Klagenfurt geflogen, er ist nach Angaben des Spitals außer Lebensgefahr.", True,
     [("duration", 3, "year", None)], None),
    ("de", "Die A2 war in Richtung Italien rund zweieinhalb Stunden gesperrt.", True,
     [("duration", 2.5, "hour", "about")], None),
    ("de", "Heuer starben auf Kärntens Straßen bereits 38 Menschen, um neun mehr als im Vorjahr.", True,
     [("count", 38, None, None), ("count", 9, None, None)], None),
    ("de", "Warum der Wagen von der Fahrbahn abkam, ist noch völlig offen.", False, [], None),
    # --- Lawine im Wallis (Keystone-SDA) ------------------------------------------------------
    ("de", "Sitten (Keystone-SDA) - Eine Lawine hat am Sonntag oberhalb von Zermatt VS drei Skitourengänger erfasst, einer von ihnen ist gestorben.", True,
     [("count", 3, None, None)], None),
    ("de", "Die beiden anderen konnten sich selbst aus den Schneemassen befreien, teilte die Kantonspolizei Wallis mit.", True,
     [], "die Kantonspolizei Wallis"),
    ("de", "Das Schneebrett löste sich auf rund 3100 Metern über Meer an einem steilen Nordhang.", True,
     [("count", 3100, None, "about")], None),
    ("de", "Das Institut für Schnee- und Lawinenforschung hatte für die Region die Gefahrenstufe 3, «erheblich», ausgegeben.", True,
     [("count", 3, None, None)], None),
    ("de", "Seit Freitag sind im Oberwallis verbreitet 50 bis 70 Zentimeter Neuschnee gefallen.", True,
     [("count", 50, None, None), ("count", 70, None, None)], None),
    ("de", "In der Schweiz sind in diesem Winter damit bereits elf Menschen in Lawinen ums Leben gekommen.", True,
     [("count", 11, None, None)], None),
    ("de", "Die Rettungsflieger mussten seit Anfang Dezember mehr als 100 Mal zu Lawineneinsätzen ausrücken.", True,
     [("count", 100, None, "over")], None),
    ("de", "Im langjährigen Mittel sterben in den Schweizer Alpen pro Jahr rund 20 Personen in Lawinen.", True,
     [("count", 20, None, "about")], None),
    ("de", "«Wer jetzt abseits der markierten Pisten fährt, spielt mit seinem Leben», sagte ein Bergführer aus Zermatt.", False, [], None),
    # --- Glätte in Deutschland (dpa) ----------------------------------------------------------
    ("de", "Offenbach (dpa) - Glätte und Schneefall haben in weiten Teilen Deutschlands am Dienstag zu Hunderten Unfällen geführt.", True, [], None),
    ("de", "Allein in Bayern zählte die Polizei bis zum Nachmittag mehr als 450 Unfälle mit Blechschaden.", True,
     [("count", 450, None, "over")], None),
    ("de", "Dutzende Lkw blieben an Steigungen hängen.", True, [], None),
    ("de", "Auf der A8 bei Rosenheim staute sich der Verkehr auf einer Länge von 18 Kilometern, so die Polizei.", True,
     [("count", 18, None, None)], "die Polizei"),
    ("de", "Der Deutsche Wetterdienst warnte für die Nacht vor Tiefstwerten von bis zu minus 18 Grad im Alpenvorland.", True,
     [("count", -18, None, "up_to")], None),
    ("de", "Am Frankfurter Flughafen wurden bis 16.00 Uhr 212 von rund 1.100 geplanten Flügen gestrichen, wie der Betreiber Fraport mitteilte.", True,
     [("count", 212, None, None), ("count", 1100, None, "about")], None),
    ("de", "Bei der Deutschen Bahn kam es auf mehreren Fernverkehrsstrecken zu Verspätungen von mehr als einer Stunde.", True, [], None),
    ("de", "Am Wochenende soll es laut DWD deutlich milder werden.", False, [], None),
    ("de", "Autofahrer sollten nur bei dringendem Bedarf unterwegs sein.", False, [], None),
    # --- Inflation und Arbeitsmarkt (APA) --------------------------------------------------------
    ("de", "Wien (APA) - Die Inflationsrate in Österreich ist im Jänner auf 2,9 Prozent gefallen, nach 3,8 Prozent im Dezember, teilte die Statistik Austria mit.", True,
     [("percent", 2.9, "%", None), ("percent", 3.8, "%", None)], "die Statistik Austria"),
    ("de", "Das geht aus einer ersten Schnellschätzung hervor.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "Hauptgrund für den Rückgang sei der Wegfall eines Basiseffekts bei den Strompreisen, sagte Generaldirektor Tobias Reindl.", True,
     [], "Tobias Reindl"),
    ("de", "Dienstleistungen verteuerten sich um 4,1 Prozent, Lebensmittel um 3,3 Prozent.", True,
     [("percent", 4.1, "%", None), ("percent", 3.3, "%", None)], None),
    ("de", "Der Mikrowarenkorb, der den täglichen Einkauf abbildet, stieg um 3,6 Prozent.", True,
     [("percent", 3.6, "%", None)], None),
    ("de", "Im Euroraum lag die Teuerung nach Angaben von Eurostat bei 1,9 Prozent und damit knapp unter dem Zielwert der EZB von zwei Prozent.", True,
     [("percent", 1.9, "%", None), ("percent", 2, "%", None)], "Eurostat"),
    ("de", "Für die Haushalte ist das nur ein schwacher Trost.", False, [], None),
    ("de", "Ende Jänner waren in Österreich 431.870 Menschen arbeitslos gemeldet oder in Schulung, um 6,8 Prozent mehr als vor einem Jahr.", True,
     [("count", 431870, None, None), ("percent", 6.8, "%", None)], None),
    ("de", "Die Arbeitslosenquote nach nationaler Definition stieg um 0,5 Prozentpunkte auf 8,9 Prozent, teilte das AMS mit.", True,
     [("percent", 0.5, "pp", None), ("percent", 8.9, "%", None)], "das AMS"),
    ("de", "Besonders stark war der Anstieg bei Menschen über 50 Jahren mit plus 9,4 Prozent.", True,
     [("duration", 50, "year", "over"), ("percent", 9.4, "%", None)], None),
    ("de", "Jeder fünfte Arbeitslose ist bereits länger als ein Jahr ohne Job.", True,
     [("fraction", 0.2, None, None)], None),
    ("de", "Die Zahl der offenen Stellen sank um ein Fünftel auf rund 76.000.", True,
     [("fraction", 0.2, None, None), ("count", 76000, None, "about")], None),
    ("de", "„Die Talsohle ist noch nicht erreicht“, sagte AMS-Chefin Petra Draxler.", False, [], None),
    # --- Versicherer Helvara (Keystone-SDA) ---------------------------------------------------
    ("de", "Zürich (Keystone-SDA) - Der Grossversicherer Helvara hat im vergangenen Jahr einen Reingewinn von 4,12 Mrd. Franken erzielt, ein Plus von 8 Prozent.", True,
     [("money", 4120000000, "CHF", None), ("percent", 8, "%", None)], None),
    ("de", "Helvara ist nach Prämienvolumen der drittgrösste Versicherer der Schweiz.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Die Dividende soll um 1,50 auf 28 Franken je Aktie steigen.", True,
     [("money", 1.5, "CHF", None), ("money", 28, "CHF", None)], None),
    ("de", "Zudem kündigte der Konzern ein Aktienrückkaufprogramm über bis zu 1,5 Mrd. Franken an.", True,
     [("money", 1500000000, "CHF", "up_to")], None),
    ("de", "In der Schweiz will Helvara bis Ende 2027 rund 300 Stellen abbauen, das entspricht knapp 5 Prozent der Belegschaft.", True,
     [("year", 2027, None, None), ("count", 300, None, "about"), ("percent", 5, "%", "nearly")], None),
    ("de", "Konzernchef Beat Zollinger sprach von einem «ausgezeichneten Jahr».", False, [], None),
    ("de", "An der Börse legte die Aktie am Vormittag um 3,2 Prozent auf 612,40 Franken zu.", True,
     [("percent", 3.2, "%", None), ("money", 612.4, "CHF", None)], None),
    ("de", "Analysten hatten mit einem Gewinn von 3,9 Mrd. Franken gerechnet.", True,
     [("money", 3900000000, "CHF", None)], None),
    # --- Stellenabbau beim Zulieferer (Reuters) -----------------------------------------------
    ("de", "Stuttgart (Reuters) - Der Autozulieferer Merkwerk streicht in Deutschland bis 2028 weitere 7.500 Arbeitsplätze.", True,
     [("year", 2028, None, None), ("count", 7500, None, None)], None),
    ("de", "Das sei rund jede siebte Stelle im Inland, sagte ein Unternehmenssprecher am Montag.", True,
     [("fraction", 0.1429, None, "about")], None),
    ("de", "Im dritten Quartal war der Umsatz um 6,3 Prozent auf 9,8 Mrd. Euro eingebrochen, unter dem Strich stand ein Verlust von 412 Mio. Euro.", True,
     [("ordinal", 3, None, None), ("percent", 6.3, "%", None), ("money", 9800000000, "EUR", None), ("money", 412000000, "EUR", None)], None),
    ("de", "Finanzvorstand Thomas Albrecht sagte der Nachrichtenagentur Reuters, die Nachfrage nach Elektroautos bleibe deutlich hinter den Erwartungen zurück.", True,
     [], "Thomas Albrecht"),
    ("de", "Bereits im Vorjahr hatte Merkwerk den Abbau von 4.000 Stellen angekündigt.", True,
     [("count", 4000, None, None)], None),
    ("de", "Die IG Metall kündigte erbitterten Widerstand gegen die Pläne an.", True, [], None),
    ("de", "„Das ist ein Kahlschlag auf dem Rücken der Beschäftigten“, sagte Bezirksleiterin Nadine Vogt.", False, [], None),
    ("de", "Ob auch Werke geschlossen werden, wollte das Unternehmen nicht sagen.", False, [], None),
    # --- Grippewelle (APA) --------------------------------------------------------------------
    ("de", "Wien (APA) - Die Grippewelle hat Österreich heuer deutlich früher erreicht als in den Vorjahren.", True, [], None),
    ("de", "In der vergangenen Woche wurden laut dem Influenza-Netzwerk der MedUni Wien rund 38.000 Neuerkrankungen geschätzt.", True,
     [("count", 38000, None, "about")], None),
    ("de", "In den Wiener Spitälern lagen am Montag 412 Patientinnen und Patienten mit Influenza, 27 davon auf Intensivstationen.", True,
     [("count", 412, None, None), ("count", 27, None, None)], None),
    ("de", "Betroffen sind z.B. Hüft- und Knieoperationen, die um bis zu zwei Wochen verschoben werden.", True,
     [("duration", 2, "week", "up_to")], None),
    ("de", "Nur knapp jeder fünfte Erwachsene ist in dieser Saison gegen Influenza geimpft, sagte Primar Dr. Wolfgang Lechner von der Klinik Ottakring.", True,
     [("fraction", 0.2, None, "nearly")], "Wolfgang Lechner"),
    ("de", "Das Gesundheitsministerium startet am Montag eine zweiwöchige Impfaktion in Einkaufszentren.", True,
     [("duration", 2, "week", None)], None),
    ("de", "Der Höhepunkt der Welle wird erst gegen Ende Jänner erwartet.", False, [], None),
    ("de", "Wer Fieber hat, sollte zu Hause bleiben und telefonisch ärztlichen Rat einholen.", False, [], None),
    # --- Lehrermangel (dpa) -------------------------------------------------------------------
    ("de", "Berlin (dpa) - An deutschen Schulen fehlen nach Berechnungen des Bildungsforschers Jörg Hansen derzeit rund 25.000 Lehrkräfte.", True,
     [("count", 25000, None, "about")], None),
    ("de", "Besonders groß ist die Lücke an Grundschulen, wo jede zehnte Stelle nicht mit einer voll ausgebildeten Lehrkraft besetzt ist.", True,
     [("fraction", 0.1, None, None)], None),
    ("de", "Laut Kultusministerkonferenz kommen bereits knapp 12 Prozent der neu eingestellten Lehrer als Quereinsteiger in den Beruf.", True,
     [("percent", 12, "%", "nearly")], "Kultusministerkonferenz"),
    ("de", "Bis 2035 dürfte die Zahl der Schüler um gut 1,2 Millionen auf 12,4 Millionen steigen, heißt es in der Studie.", True,
     [("year", 2035, None, None), ("count", 1200000, None, "over"), ("count", 12400000, None, None)], None),
    ("de", "Die Untersuchung im Auftrag der Bildungsgewerkschaft GEW wird am 3. Dezember in Berlin vorgestellt.", True,
     [("date", "--12-03", None, None)], None),
    ("de", "„Wir erleben einen Bildungsnotstand mit Ansage“, sagte GEW-Vorsitzende Sabine Krull.", False, [], None),
    ("de", "Wann sich die Lage entspannt, kann derzeit niemand seriös vorhersagen.", False, [], None),
    # --- Ski alpin (APA) ----------------------------------------------------------------------
    ("de", "Val d'Isère (APA) - Der Salzburger Felix Gruber hat am Samstag die Weltcup-Abfahrt in Val d'Isère gewonnen und damit zum zweiten Mal in seiner Karriere ein Rennen für sich entschieden.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Der 26-Jährige lag im Ziel 0,18 Sekunden vor dem Schweizer Marco Odermann und 0,41 Sekunden vor dem Norweger Henrik Strand.", True,
     [("duration", 26, "year", None), ("duration", 0.18, "second", None), ("duration", 0.41, "second", None)], None),
    ("de", "Für den ÖSV war es der erste Abfahrtssieg in diesem Winter.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "Im Abfahrtsweltcup liegt Gruber nun mit 245 Punkten auf Rang drei.", True,
     [("count", 245, None, None), ("ordinal", 3, None, None)], None),
    ("de", "„Ich kann es noch gar nicht glauben“, sagte Gruber im ORF-Interview.", False, [], None),
    ("de", "Bei den Damen gewann die Italienerin Giulia Ferrante in St. Moritz den Super-G, Katharina Huber wurde Vierte.", True,
     [("ordinal", 4, None, None)], None),
    ("de", "Die Rennen am Sonntag wurden wegen Sturmböen von bis zu 90 km/h abgesagt.", True,
     [("count", 90, None, "up_to")], None),
    # --- Fußball-Bundesliga (dpa) -------------------------------------------------------------
    ("de", "München (dpa) - Der FC Bayern München hat seinen Vorsprung in der Fußball-Bundesliga mit einem 3:1 gegen den VfB Stuttgart auf neun Punkte ausgebaut.", True,
     [("count", 9, None, None)], None),
    ("de", "Stürmer Lennart Wolff traf zweimal und steht nun bei 19 Saisontoren.", True,
     [("count", 2, "times", None), ("count", 19, None, None)], None),
    ("de", "Es war der 14. Sieg im 16. Saisonspiel.", True,
     [("ordinal", 14, None, None), ("ordinal", 16, None, None)], None),
    ("de", "Die Münchner sind damit seit 27 Pflichtspielen ungeschlagen.", True,
     [("count", 27, None, None)], None),
    ("de", "Vor 75.000 Zuschauern in der ausverkauften Allianz Arena war Stuttgart in der 12. Minute durch Deniz Aktürk in Führung gegangen.", True,
     [("count", 75000, None, None), ("ordinal", 12, None, None)], None),
    ("de", "„Neun Punkte sind noch gar nichts“, sagte Trainer Rasmus Lindqvist.", False,
     [("count", 9, None, None)], None),
    ("de", "Borussia Dortmund verlor zeitgleich 0:2 in Leipzig und fiel auf Rang vier zurück.", True,
     [("ordinal", 4, None, None)], None),
    # --- Festspiele und Neujahrskonzert (APA) -------------------------------------------------
    ("de", "Salzburg (APA) - Die Salzburger Festspiele haben im Sommer mit rund 252.000 verkauften Karten einen Rekord erzielt.", True,
     [("count", 252000, None, "about")], None),
    ("de", "Die Auslastung lag bei 98 Prozent, die Kartenerlöse stiegen auf 33,8 Mio. Euro, teilte Präsidentin Elisabeth Moser mit.", True,
     [("percent", 98, "%", None), ("money", 33800000, "EUR", None)], "Elisabeth Moser"),
    ("de", "Das Programm umfasste 174 Vorstellungen an 16 Spielstätten in 44 Tagen.", True,
     [("count", 174, None, None), ("count", 16, None, None), ("duration", 44, "day", None)], None),
    ("de", "Höhepunkt war eine Neuinszenierung von Mozarts „Don Giovanni“, die zehnmal gezeigt wurde.", True,
     [("count", 10, None, None)], None),
    ("de", "Im Wiener Musikverein wird am 31. Dezember u.a. Beethovens Sinfonie Nr. 5 aufgeführt.", True,
     [("date", "--12-31", None, None)], None),
    ("de", "Das Konzert beginnt um 19.30 Uhr und wird vom ORF live übertragen.", True, [], None),
    ("de", "Ein schöneres Finale für das Jubiläumsjahr kann man sich kaum wünschen.", False, [], None),
    # --- Armeebudget (Keystone-SDA) -----------------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Der Nationalrat hat das Armeebudget für die Jahre 2026 bis 2028 um 530 Millionen Franken aufgestockt.", True,
     [("year", 2026, None, None), ("year", 2028, None, None), ("money", 530000000, "CHF", None)], None),
    ("de", "Der Entscheid fiel mit 109 zu 79 Stimmen bei 6 Enthaltungen.", True,
     [("count", 109, None, None), ("count", 79, None, None), ("count", 6, None, None)], None),
    ("de", "Damit soll der Anteil der Armeeausgaben am Bruttoinlandprodukt bis 2032 auf ein Prozent steigen.", True,
     [("year", 2032, None, None), ("percent", 1, "%", None)], None),
    ("de", "Finanziert werden soll die Aufstockung u.a. durch Kürzungen bei der Entwicklungszusammenarbeit in Höhe von 110 Mio. Franken.", True,
     [("money", 110000000, "CHF", None)], None),
    ("de", "Verteidigungsminister Urs Kälin sagte, die Bedrohungslage habe sich seit 2022 grundlegend verändert.", True,
     [("year", 2022, None, None)], "Urs Kälin"),
    ("de", "Die Vorlage geht nun an den Ständerat, der sich in der Frühjahrssession damit befassen wird.", True, [], None),
    ("de", "Ob das Geld am Ende reicht, ist auch unter bürgerlichen Sicherheitspolitikern umstritten – die Zweifel sind gross.", False, [], None),
    # --- Konjunkturprognose (APA) -------------------------------------------------------------
    ("de", "Wien (APA) - Die Wirtschaftsforschungsinstitute Wifo und IHS erwarten für heuer ein Wachstum von 0,9 bzw. 1,0 Prozent.", True,
     [("percent", 0.9, "%", None), ("percent", 1.0, "%", None)], None),
    ("de", "Im Vorjahr war die österreichische Wirtschaft das dritte Jahr in Folge geschrumpft, zuletzt um 0,3 Prozent.", True,
     [("ordinal", 3, None, None), ("percent", 0.3, "%", None)], None),
    ("de", "Die Inflation dürfte laut Wifo-Chef Gabriel Felbermayr auf durchschnittlich 2,4 Prozent zurückgehen.", True,
     [("percent", 2.4, "%", None)], "Gabriel Felbermayr"),
    ("de", "Die Arbeitslosenquote soll 2026 bei 7,5 Prozent verharren.", True,
     [("year", 2026, None, None), ("percent", 7.5, "%", None)], None),
    ("de", "Das Budgetdefizit sehen beide Institute bei 4,2 Prozent des BIP.", True,
     [("percent", 4.2, "%", None)], None),
    ("de", "„Die Zeit der Ausreden ist vorbei“, sagte IHS-Direktor Holger Brandl mit Blick auf die Regierung.", False, [], None),
    ("de", "Was heißt das für die Löhne im kommenden Jahr?", False, [], None),
    # === English ================================================================================
    # --- Ukraine talks in Berlin (Reuters) ----------------------------------------------------
    ("en", "BERLIN, Dec 14 (Reuters) - Ukrainian and U.S. negotiators met for five hours in Berlin on Sunday, their sixth round of talks since Washington unveiled a 28-point peace plan in November.", True,
     [("date", "--12-14", None, None), ("duration", 5, "hour", None), ("ordinal", 6, None, None), ("count", 28, None, None)], None),
    ("en", "Ukrainian chief negotiator Serhiy Havrylenko said the two sides had made \"real progress\" on security guarantees.", True,
     [("count", 2, None, None)], "Serhiy Havrylenko"),
    ("en", "Russia occupies roughly a fifth of Ukraine, and Moscow has demanded that Kyiv withdraw from the remaining 23% of the Donetsk region it still controls.", True,
     [("fraction", 0.2, None, "about"), ("percent", 23, "%", None)], None),
    ("en", "Kremlin aide Yuri Ushakov told reporters Putin had met the U.S. envoy four times this year.", True,
     [("count", 4, "times", None)], "Yuri Ushakov"),
    ("en", "Kyiv says more than 3,000 Russian drones were launched at Ukraine in the first week of December alone.", True,
     [("count", 3000, None, "over"), ("ordinal", 1, None, None)], None),
    ("en", "\"Nobody should expect a breakthrough by Christmas,\" a senior European official said.", False, [], None),
    ("en", "Can a deal survive contact with the front line?", False, [], None),
    ("en", "(Reporting by Lena Brandt and Tom Walsh; Editing by Kim Ortega)", False, [], None),
    # --- Lebanon strikes (AP) -----------------------------------------------------------------
    ("en", "BEIRUT (AP) — Israeli airstrikes on southern Lebanon killed at least 11 people on Thursday, Lebanon's Health Ministry said.", True,
     [("count", 11, None, "at_least")], "Lebanon's Health Ministry"),
    ("en", "The strikes were the deadliest since a U.S.-brokered ceasefire took effect on Nov. 27, 2024.", True,
     [("date", "2024-11-27", None, None)], None),
    ("en", "The Israeli military said it had targeted weapons depots belonging to Hezbollah.", True, [], None),
    ("en", "Israel still holds five hilltop positions inside Lebanon, despite a deadline for its withdrawal that passed in February.", True,
     [("count", 5, None, None)], None),
    ("en", "More than 4,000 people were killed in Lebanon during the 14-month war between Israel and Hezbollah, according to Lebanese authorities.", True,
     [("count", 4000, None, "over"), ("duration", 14, "month", None)], None),
    ("en", "\"We will not accept this new reality,\" the Lebanese president said in a televised address.", False, [], None),
    # --- EU parcels duty and budget (Reuters) -------------------------------------------------
    ("en", "BRUSSELS (Reuters) - EU finance ministers agreed on Tuesday to impose a flat 3-euro customs duty on small parcels ordered from online platforms, starting in July 2026.", True,
     [("money", 3, "EUR", None), ("year", 2026, None, None)], None),
    ("en", "About 4.6 billion low-value parcels entered the EU last year, 91% of them from China, according to the European Commission.", True,
     [("count", 4600000000, None, "about"), ("percent", 91, "%", None)], "the European Commission"),
    ("en", "The duty could raise up to 2 billion euros a year, Commission officials estimated.", True,
     [("money", 2000000000, "EUR", "up_to")], None),
    ("en", "Ministers also approved a 2.3% increase in the bloc's 2026 budget, to 193.3 billion euros.", True,
     [("percent", 2.3, "%", None), ("year", 2026, None, None), ("money", 193300000000, "EUR", None)], None),
    ("en", "Hungary voted against, the only one of the 27 member states to do so, diplomats said.", True,
     [("count", 27, None, None)], None),
    ("en", "Whether a 3-euro charge will stem the flood of cheap goods is another matter.", False,
     [("money", 3, "EUR", None)], None),
    # --- German business sentiment (Reuters) --------------------------------------------------
    ("en", "BERLIN (Reuters) - German business sentiment fell unexpectedly in December, the Ifo institute said on Wednesday, dampening hopes of a recovery in Europe's largest economy.", True,
     [], "the Ifo institute"),
    ("en", "The Ifo business climate index dropped to 87.6 from 88.0 in November.", True,
     [("count", 87.6, None, None), ("count", 88.0, None, None)], None),
    ("en", "Analysts polled by Reuters had expected a reading of 88.2.", True,
     [("count", 88.2, None, None)], None),
    ("en", "The German economy shrank by 0.2% in 2024, its second consecutive year of contraction.", True,
     [("percent", 0.2, "%", None), ("year", 2024, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Berlin plans to borrow a record 180 billion euros next year to fund infrastructure and defence.", True,
     [("money", 180000000000, "EUR", None)], None),
    ("en", "Roughly one in three industrial firms reported a lack of orders, the survey showed.", True,
     [("fraction", 0.3333, None, "about")], None),
    ("en", "\"The mood among companies remains gloomy,\" Ifo president Martin Reuter said.", False, [], None),
    # --- Austrian bank results (Reuters) ------------------------------------------------------
    ("en", "VIENNA (Reuters) - Austria's Donaubank raised its dividend by 10% to 3 euros per share after net profit climbed to a record 3.1 billion euros.", True,
     [("percent", 10, "%", None), ("money", 3, "EUR", None), ("money", 3100000000, "EUR", None)], None),
    ("en", "The lender employs about 50,000 people in seven countries in central and eastern Europe.", True,
     [("count", 50000, None, "about"), ("count", 7, None, None)], None),
    ("en", "Chief Executive Peter Hollinger said he expected loan growth of 5% to 6% this year.", True,
     [("percent", 5, "%", None), ("percent", 6, "%", None)], "Peter Hollinger"),
    ("en", "Shares in the bank rose 4.1% in early trading in Vienna.", True,
     [("percent", 4.1, "%", None)], None),
    ("en", "The Austrian government has imposed a bank levy of 500 million euros a year for 2025 and 2026.", True,
     [("money", 500000000, "EUR", None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    # --- Avalanche in Tyrol (AP) --------------------------------------------------------------
    ("en", "INNSBRUCK, Austria (AP) — Three German skiers were killed by an avalanche in Austria's Tyrol province on Saturday, police said.", True,
     [("count", 3, None, None)], "police"),
    ("en", "The group of five was skiing off-piste at an altitude of about 2,600 meters near the resort of Ischgl when the slope gave way.", True,
     [("count", 5, None, None), ("count", 2600, None, "about")], None),
    ("en", "Two members of the group, a 42-year-old man and his 17-year-old son, survived with minor injuries.", True,
     [("count", 2, None, None), ("duration", 42, "year", None), ("duration", 17, "year", None)], None),
    ("en", "Rescue crews using two helicopters and avalanche dogs recovered the bodies after nearly three hours.", True,
     [("count", 2, None, None), ("duration", 3, "hour", "nearly")], None),
    ("en", "Tyrol's avalanche warning service had rated the danger at level 3 on a scale of 5 for the area.", True,
     [("count", 3, None, None), ("count", 5, None, None)], None),
    ("en", "At least 18 people have died in avalanches in the Alps since the start of the winter season.", True,
     [("count", 18, None, "at_least")], None),
    ("en", "\"The mountains do not forgive mistakes,\" a local mountain guide said.", False, [], None),
    ("en", "Our thoughts are with the families of the victims.", False, [], None),
    # --- Fraud sentence in Munich (AP) --------------------------------------------------------
    ("en", "MUNICH (AP) — A German court on Thursday sentenced a former finance executive to seven and a half years in prison for his part in a fraud that cost investors 1.9 billion euros.", True,
     [("duration", 7.5, "year", None), ("money", 1900000000, "EUR", None)], None),
    ("en", "The 61-year-old had admitted inflating the company's revenues between 2015 and 2020.", True,
     [("duration", 61, "year", None), ("year", 2015, None, None), ("year", 2020, None, None)], None),
    ("en", "Prosecutors had sought a sentence of 10 years.", True,
     [("duration", 10, "year", None)], None),
    ("en", "The trial at the Munich regional court lasted more than three years and heard from 150 witnesses.", True,
     [("duration", 3, "year", "over"), ("count", 150, None, None)], None),
    ("en", "Two other defendants received suspended sentences of 18 months and two years.", True,
     [("count", 2, None, None), ("duration", 18, "month", None), ("duration", 2, "year", None)], None),
    ("en", "His lawyer said he would consider an appeal.", True, [], None),
    # --- Flu season (Reuters) -----------------------------------------------------------------
    ("en", "GENEVA (Reuters) - An early and severe flu season is putting pressure on hospitals across Europe, the World Health Organization said on Tuesday.", True,
     [], "the World Health Organization"),
    ("en", "Influenza activity began about four weeks earlier than usual in several countries, driven by a new variant of the H3N2 strain.", True,
     [("duration", 4, "week", "about")], None),
    ("en", "In England, an average of 2,660 patients a day were in hospital with flu last week, up 55% on the week before, NHS England said.", True,
     [("count", 2660, None, None), ("percent", 55, "%", None)], "NHS England"),
    ("en", "Only around 40% of people over 65 in some EU countries have been vaccinated this season, according to the WHO.", True,
     [("percent", 40, "%", "about"), ("duration", 65, "year", "over")], "the WHO"),
    ("en", "\"Please get vaccinated if you have not already,\" the health minister urged.", False, [], None),
    ("en", "It is not yet clear how well this year's vaccine protects against the new variant.", False, [], None),
    # --- Skiing and football (Reuters) ---------------------------------------------------------
    ("en", "VAL GARDENA, Italy (Reuters) - Switzerland's Marco Odermann won the World Cup downhill on Saturday, his 48th career victory.", True,
     [("ordinal", 48, None, None)], None),
    ("en", "Odermann finished 0.27 seconds ahead of Austria's Felix Gruber, with Italy's Luca Ferrari third.", True,
     [("duration", 0.27, "second", None), ("ordinal", 3, None, None)], None),
    ("en", "The 28-year-old now leads the overall standings by 312 points.", True,
     [("duration", 28, "year", None), ("count", 312, None, None)], None),
    ("en", "In the Premier League, Arsenal extended their lead at the top of the Premier League to five points with a 2-0 win over Everton on Saturday.", True,
     [("count", 5, None, None)], None),
    ("en", "It was Arsenal's 10th win in 15 league games this season.", True,
     [("ordinal", 10, None, None), ("count", 15, None, None)], None),
    ("en", "\"We keep going, step by step,\" the Arsenal manager said.", False, [], None),
    # --- Klimt auction (AFP) ------------------------------------------------------------------
    ("en", "NEW YORK (AFP) - A portrait by Gustav Klimt sold for $236.4 million at an auction in New York on Tuesday, the second-highest price ever paid for a work of art at auction.", True,
     [("money", 236400000, "USD", None), ("ordinal", 2, None, None)], None),
    ("en", "The painting, completed between 1914 and 1916, had been expected to fetch about $150 million.", True,
     [("year", 1914, None, None), ("year", 1916, None, None), ("money", 150000000, "USD", "about")], None),
    ("en", "Bidding lasted 20 minutes, with six bidders competing, the auction house said.", True,
     [("duration", 20, "minute", None), ("count", 6, None, None)], "the auction house"),
    ("en", "The auction record remains the $450.3 million paid for Leonardo da Vinci's \"Salvator Mundi\" in 2017.", True,
     [("money", 450300000, "USD", None), ("year", 2017, None, None)], None),
    ("en", "The buyer's identity was not disclosed.", False, [], None),
    # --- Swiss jobless (Reuters) --------------------------------------------------------------
    ("en", "ZURICH (Reuters) - Swiss unemployment rose to 3.2% in December, the highest since early 2021, the State Secretariat for Economic Affairs said.", True,
     [("percent", 3.2, "%", None), ("year", 2021, None, None)], "the State Secretariat for Economic Affairs"),
    ("en", "The number of jobless rose by 7,900 to 145,500.", True,
     [("count", 7900, None, None), ("count", 145500, None, None)], None),
    ("en", "Watchmakers, hit by U.S. tariffs, cut exports to the United States by almost a third in the three months to November.", True,
     [("fraction", 0.3333, None, "nearly"), ("duration", 3, "month", None)], None),
]
