"""Sixty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Henriette
Lassnig, Marja Lindholm, Tomás Arriaga, Gudrun Achleitner, Ruth Kamau, Marcus Ellery, Nur
Begum, Amina Yusuf, Clare Ndungu, Peter Holm and everybody unnamed); real agencies, charities,
camps and places ("UNHCR", "Welternährungsprogramm"/"WFP", "Unicef"/"UNICEF", "WHO", "IOM",
"IPC", "ICRC", "UNRWA", "Gavi", "Caritas", "Diakonie Katastrophenhilfe", "Welthungerhilfe",
"Ärzte ohne Grenzen", "Glückskette", "DEZA", "Venro", "AG Globale Verantwortung", "Oxfam",
"Save the Children", "Bond", "Institute for Fiscal Studies", "Weltbank"/"World Bank",
"Adré", "Kakuma", "Dadaab", "Kutupalong", "Zaatari", "Kerem Schalom", "Islam Qala") stand for
the way wire copy names them; what is counted, pledged, said and estimated here is invented.

Its weight: HUMANITARIAN, DEVELOPMENT AND UN/NGO REPORTS. Half German (dpa with UNHCR's
global displacement figures, Gaza crossings and the IPC, polio in Pakistan, the World Bank's
poverty line and eastern Congo; APA/AFP with ration cuts in Chad; APA with Caritas Österreich,
Ukraine's displaced and Austria's aid quota; KNA with Unicef's child mortality report and the
Rohingya; Reuters with the Syria donor conference; epd with the German aid budget, the
Welthunger-Index and drought in East Africa; Keystone-SDA with a Glückskette collection day
and Swiss aid cuts; AFP with Afghan returnees, cholera in Yemen, Haiti and Burkina Faso),
half English (Reuters with Kenyan ration cuts, the IPC famine finding in Sudan, Nigeria's
measles campaign, the World Bank line, Afghan and Syrian returns, Gavi's replenishment and
Jordan; AP with the U.N.'s global appeal, Gaza trucks, cholera in Sudan, Cox's Bazar, Haiti,
Ukraine, Somalia, the ICRC's cuts, the Mediterranean, U.S. aid cuts, UNRWA and Myanmar;
AFP with UNICEF, Oxfam's Davos report, Yemen and South Sudan; PA with a London Sudan
conference, the UK aid cut and Save the Children). Figures as such copy has them: displaced
people, refugees, returnees and camp populations ("127,4 Millionen", "mehr als 230.000
Menschen, ausgelegt war es für 50.000", "rund eine Million Rohingya", "Some 375,000"),
people in IPC phases ("in Phase 5, der höchsten Stufe der fünfstufigen Skala", "IPC Phase 3
or worse", "the five-point scale"), rations in kilocalories and as shares ("etwa 1.050
Kilokalorien", "840 kilocalories a day", "40% of the minimum daily requirement", "half
rations"), vouchers and cash ("von 12 auf 6 Dollar pro Person", "$150 per family"), appeals,
pledges and funding gaps ("nur zu 17 Prozent finanziert", "only 38% funded", "a gap of
roughly $32 billion", "14,6 Mio. Franken", "just over £800 million"), aid quotas ("0,67
Prozent seines Bruttonationaleinkommens", "from 0.5% to 0.3% of gross national income"),
child mortality per 1,000 births ("37 Todesfällen je 1.000 Lebendgeburten", "36 deaths per
1,000 live births", "one child in 14"), poverty lines in dollars a day ("von 2,15 auf 3,00
Dollar pro Tag", "less than $6.85 a day"), water in litres ("sechs Liter Wasser am Tag",
"18 litres of water per person a day"), trucks ("212 Lastwagen", "600 Lkw pro Tag", "4.600
Lkw-Ladungen", "at least 500 truckloads a day"), vaccination campaigns ("eine siebentägige
Impfkampagne", "a 10-day vaccination campaign ... aged nine months to 14 years"), a famine
threshold ("two people in every 10,000 die each day"), German number words and fractions
("jedes dritte Kind", "jedes neunte Kind", "jeder zwölfte Mensch", "drei Viertel", "zwei
Drittel", "fast doppelt so viele"), Swiss "38'000" and "Mio.", hedges and attribution.
Negatives as such copy has them: quoted moral verdicts of agency chiefs, ministers and
charity officials, appeals and calls for action ("Das Hilfswerk rief die Staatengemeinschaft
auf ...", "Hilfsorganisationen appellierten ...", "..., forderte die WHO.", "The agency urged
donors ...", "Save the Children is urging world leaders ..."), reported rhetoric ("Die
Hilfswerke sprachen von einem «schwarzen Tag ...»", "Bond ... called the decision "a
betrayal ..."", "Critics called the cuts reckless and cruel."), donation lines and
boilerplate about the organisation ("Spenden an die Caritas sind steuerlich absetzbar.",
"Die Diakonie Katastrophenhilfe ist das humanitäre Hilfswerk ...", "Oxfam describes itself as
...", "For media enquiries, ...", a reporting credit) and scene colour.

230 rows (115 German, 115 English), 48 negatives (24 German, 24 English), 182 check-worthy
rows of which 5 carry no figure (2 German, 3 English), 351 expected quantities (162 counts,
52 amounts of money, 32 durations, 32 percentages, 32 years, 26 fractions, 10 ordinals, 5
dates; 1 of them in a negative), 35 checked speakers (13 German, 22 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: a famine declared, a crossing closed (attributed to the WFP), a government's
  rejection of famine findings, operations suspended, a transit centre opened. An appeal
  for a stated sum is check-worthy ("The United Nations on Wednesday appealed for $29
  billion ...", as "The WHO has appealed for $50 million", sixteenth); so is a lobby's
  demand with figures ("fordert eine Anhebung auf 0,7 Prozent bis 2030", as "Der
  Eigentümerverband fordert eine Verdopplung", thirty-third) and a warning that carries a
  projection ("könnten bis 2030 zusätzlich bis zu 4,5 Millionen Kinder sterben, warnte
  Unicef", "UNICEF warned"). A call for action without a figure is a negative ("müssten den
  Zugang ... garantieren, forderte die WHO", "urged donors to step up", as "Refugee charities
  urged ...", fifty-fifth). New: boilerplate describing an organisation is a negative even
  where it reads like a fact ("Die Diakonie Katastrophenhilfe ist das humanitäre Hilfswerk der
  evangelischen Kirchen in Deutschland.", "Das Welternährungsprogramm ... ist nach eigener
  Darstellung die größte humanitäre Organisation ...", "Spenden an die Caritas sind
  steuerlich absetzbar."), as "Es gilt die Unschuldsvermutung." (fifty-fifth). A refugee's
  own account with figures is check-worthy with her as speaker ("We walked for nine days
  ...", said Amina Yusuf, ... with her four children", as Priya Nair's quote, twelfth); a
  quote of pure feeling is not, and its figure is still labelled ("Nur Begum, a mother of
  four" count 4, as "a mother of five", sixty-third; a figure in a negative, thirty-first).
- New: kilocalories, calories, litres, grams and kilograms are physical units and so counts
  (fourth batch; "136 Liter pro Person und Tag" count 136, fifty-seventh): "etwa 1.050
  Kilokalorien" 1050 "about", "von 2.100 Kilokalorien" 2100, "about 840 kilocalories a day"
  840 "about", "1,260 calories" 1260, "500 kilocalories", "sechs Liter Wasser am Tag" 6, "bei
  15 Litern" 15, "mindestens 15 Liter Wasser pro Tag" 15 "at_least", "18 litres of water per
  person a day" 18, "A 20-kilogram sack" 20, "26 square kilometres" 26; "am Tag", "pro Tag",
  "a day", "per person", "pro Person", "pro Familie", "daily", "täglich", "each day" carry
  none (thirty-first: "per day" none).
- New: child mortality "per 1,000 live births" is two counts, the rate and the base, as rates
  per 100,000 are ("Straftaten je 100.000 Einwohner" counts 100000 and 6658, fifty-fifth;
  "440 cases per 100,000 people", thirty-third): "37 Todesfällen je 1.000 Lebendgeburten"
  counts 37 and 1000, "36 deaths per 1,000 live births" counts 36 and 1000; so the famine
  threshold "two people in every 10,000 die each day" counts 2 and 10000. "one child in 14"
  is the fraction 1/14 (labelled 0.0714) and "one in 125" 0.008, as "Roughly 1 in 60"
  (thirty-third); "jedes neunte Kind" 1/9 (0.1111), "jeder zwölfte Mensch" 1/12 (0.0833), as
  "jeder vierte" (the issue).
- New: an IPC phase is a level on a scale and so a count, as "Gefahrenstufe 3", "Stufe vier
  der fünfstufigen Skala" and "a Category 3 storm" (fifteenth, nineteenth, twentieth,
  thirty-eighth): "in Phase 5, der höchsten Stufe der fünfstufigen Skala" counts 5 and 5, "der
  Phase 4" 4, "IPC Phase 5, the highest level on the five-point scale" counts 5 and 5 (as
  "28-Punkte-Entwurf"), "in Phase 4" 4, "at IPC Phase 3 or worse" 3 with no hedge (the words
  after the figure are no hedge, as "about 11% above rated capacity", fifty-fifth). "IPC" and
  "IPC-Analyse" carry none. A phase of a process by ordinal ("die zweite Phase") would be an
  ordinal (nineteenth); none occurs here.
- Funding: "nur zu 17 Prozent finanziert" percent 17 and "only 38% funded" percent 38 ("nur",
  "only", "just" no hedge, thirty-first); "just 9% of the $2.5 billion requested" percent 9
  and 2.5e9 USD; "a gap of roughly $32 billion" "about"; "just over £800 million" "over" (as
  "just over a quarter", thirty-third); "0,67 Prozent seines Bruttonationaleinkommens" and
  "das UN-Ziel von 0,7 Prozent" percentages; "from 0.5% to 0.3% of gross national income"
  both. "the lowest share in at least a decade" carries none (an article, as "more than a
  decade", fifty-ninth). New: "Österreich 12 Millionen" after "Deutschland sagte 300
  Millionen Euro zu" is 12e6 EUR, the unit written once serving the list (as "nach 2,1
  Milliarden im Vorjahreszeitraum" EUR, eleventh); "um 910 Millionen auf 9,94 Milliarden
  Euro" two amounts in EUR (as "von 5,20 auf 5,35 Euro je Aktie", twenty-seventh); "von 12 auf
  6 Dollar pro Person" 12 and 6 USD; "von 2,15 auf 3,00 Dollar pro Tag" 2.15 and 3.0 USD;
  "2.4 billion in 2024" after "1.8 billion francs" CHF ("francs" of Swiss bodies CHF, as "1.8
  billion francs" in earlier batches); "14,6 Mio. Franken" and "321 Mio. Franken" CHF.
- Poverty lines and vouchers are money with no duration (thirty-first: "$6 per person per
  month" 6 USD): "weniger als 3 Dollar am Tag" 3 USD "under", "less than $6.85 a day" 6.85
  USD "under", "to $3 a day from $2.15" 3 and 2.15 USD, "$6 per person" and "$12", "$150 per
  family", "rund 140 Euro pro Familie" "about" ("umgerechnet" no hedge), "Mit 40 Euro" 40 EUR.
  "a one-off cash grant" and "eine einmalige Bargeldhilfe" carry no count ("one-off" is no
  number word, an earlier batch).
- Ages and age groups are durations in years (every earlier batch): "Kinder unter 18 Jahren"
  18 years "under", "Kind unter fünf Jahren" and "children under five" 5 years "under"
  (thirty-first and later), "der unter Fünfjährigen" 5 years "under" (as "über 65-Jährigen"
  "over", first batch); new: "the global under-five death toll" and "The under-five
  mortality rate" 5 years "under", the compound read as "children under five"; "before
  turning five" 5 years; "aged nine months to 14 years" 9 months and 14 years, "aged one month
  to five years" 1 month and 5 years (the number word "one" with its unit is the figure 1, as
  "zwischen einem und zehn Jahren", fifty-fifth). "vor ihrem fünften Geburtstag" and "vor dem
  fünften Lebensjahr" are ordinal 5 (as "ihren 90. Geburtstag" and "im 78. Lebensjahr",
  sixty-third and thirty-ninth); "the first week of life" ordinal 1; "die ersten 28 Tage nach
  der Geburt" ordinal 1 and 28 days (as "in den ersten neun Monaten", fifty-fifth).
- Durations: "eine siebentägige Impfkampagne" 7 days (as "fünfstündig", the issue), "a 10-day
  vaccination campaign", "a six-day drive", "the one-day meeting" 1 day (as "a one-day
  offensive", thirty-first), "Für die nächsten sechs Monate", "for the next six months", "in
  den vergangenen 18 Monaten", "in den vergangenen drei Monaten", "a 24% rise in six months",
  "in the 16 days after", "for about two weeks" 2 weeks "about", "for six to eight weeks" 6
  and 8 weeks (the unit once), "over the next two years", "Two months after", "vor zehn
  Jahren" 10 years (forty-sixth), "nearly four years into" 4 years "nearly". None: "ein Jahr
  zuvor", "im Vorjahr", "seit Jahresbeginn", "einen Monat lang", "an einem einzigen Tag", "a
  year earlier", "a year ago", "within a decade", "this century", "in the past week".
- Counts: "fast doppelt so viele" count 2 "times" "nearly" (twelfth and sixteenth), "three
  times faster" count 3 "times" (as "threefold"); the verbs "halbieren" carry none
  (nineteenth). "a family of five" count 5 and "her four children" count 4; "to treat one
  severely malnourished child" count 1 (as "to prevent one stroke", thirty-third); "at least
  twice" count 2 "at_least"; "in 38 of South Sudan's 79 counties" two counts (forty-first);
  "bei drei Einsätzen 172 Menschen" two counts; "Humanity 1" carries none (a numeral in a
  name, forty-second: "Reactor 2"); "bis zu minus 20 Grad" count -20 "up_to" (twenty-first:
  "bis zu minus 18 Grad"); "the 7.7 magnitude earthquake" count 7.7 (thirty-first); "mit einem
  Wert von 42,6" count 42.6 (an index value, as index levels, fifty-fifth); "rund eine
  Million Rohingya" and "About 1 million Rohingya" 1e6 "about"; "Zehntausende" does not occur.
- Fractions: "Mehr als die Hälfte" and "mehr als die Hälfte der Bevölkerung" 0.5 "over", "die
  Hälfte des ... Mindestbedarfs" 0.5, "Fast die Hälfte" 0.5 "nearly", "Nur rund die Hälfte" 0.5
  "about", "knapp die Hälfte des Betrags von 2023" 0.5 "nearly" and the year, "drei Viertel"
  0.75, "Etwa drei Viertel" 0.75 "about", "etwa zwei Drittel davon" 0.6667 "about", "Jedes
  dritte Kind" 0.3333, "less than half the 1990 level" 0.5 "under", "nearly a third" 0.3333
  "nearly", "a third of them", "a third of whom" 0.3333, "about half the population" 0.5
  "about", "nearly a quarter" 0.25 "nearly", "nearly three-quarters" 0.75 "nearly", "one in
  four" 0.25, "One in six" 0.1667. New: "half rations" is the fraction 0.5, as "half of" is -
  a ration cut by half is the figure the desk checks.
- Years and dates: Reuters datelines with a day ("NAIROBI, March 4 (Reuters)", "ROME, Nov 3
  (Reuters)", "ABUJA, Oct 14 (Reuters)", "WASHINGTON, June 5 (Reuters)", "ISLAMABAD, July 22
  (Reuters)") are dates without a year; AP, AFP, PA and German datelines ("Genf (dpa) -",
  "Bern (Keystone-SDA) -", "GENEVA (AP) —", "ADEN, Yemen (AFP) -", "LONDON (PA) -",
  "BRUSSELS (Reuters) -", "DAMASCUS (Reuters) -") none; "im April 2023", "Seit August 2017",
  "in July 2024", "in late 2023" the years; "für die Jahre 2025 und 2026", "in den Jahren 2025
  bis 2028", "for 2026 to 2030" both years (fortieth); "bis 2030", "bis Ende 2028", "im Jahr
  2160", "since 1999", "since records began in 2005", "opened in 2012", "based on 2021 prices"
  the years; months alone ("ab Juli", "seit Januar", "seit Oktober", "In March", "through
  October", "since December", "between January and June") none.
- Hedges, only the names in use: "rund", "etwa", "geschätzt" (before the figure, as
  "geschätzten", an earlier batch), "umgerechnet rund", "Some", "some", "about", "About",
  "around", "Around", "roughly" "about"; "knapp", "Knapp", "fast", "Fast", "nearly", "Nearly"
  "nearly"; "mehr als", "Mehr als", "über", "gut", "more than", "More than", "over", "just
  over" "over"; "weniger als", "less than" "under"; "bis zu", "up to" "up_to"; "mindestens",
  "at least", "At least" "at_least"; "nur", "nur noch", "Allein", "allein", "zunächst",
  "bereits", "insgesamt", "Insgesamt", "Weitere", "weitere", "im Schnitt", "an average of", "a
  record low of", "In all", "A further", "another", "only", "just" no hedge.
- Speakers, checked only in forms the earlier batches settled: "teilte das UNHCR ... mit" ->
  "das UNHCR" (an abbreviation with its article, as "das BFA", fifty-fifth), "laut UNHCR" ->
  "UNHCR" and "laut Welternährungsprogramm" -> "Welternährungsprogramm" as written
  (thirty-first), "teilte das Welternährungsprogramm mit" (seventeenth), "wie Unicef
  mitteilte" -> "Unicef", "teilte die WHO mit", "teilte das Gesundheitsministerium / das
  Außenministerium mit", "nach Angaben des Roten Kreuzes" -> "das Rote Kreuz" (tenth), "nach
  Angaben der IOM" -> "die IOM" (as "nach Angaben des Bundeskriminalamts", fifty-fifth); a
  title before a name dropped ("Caritas-Präsidentin", "Kommissarin", "Weltbank-Chefökonom",
  "WFP spokeswoman", "U.N. relief chief"). English: "UNHCR said" at the end and opening the
  sentence, "UNICEF said" opening and at the end, "Oxfam said", "Save the Children said" as
  written (as "Frontex said", fifty-fifth); "the World Health Organization said", "the WHO
  said", "the U.N. said", "the IPC said" and "the ICRC said" (as "the ONS said"), "the
  International Organization for Migration said", "the State Department said" with the
  article in lower case; "according to the health ministry", "according to the Institute for
  Fiscal Studies" (thirty-first); "the UN's humanitarian office said" -> "the UN's
  humanitarian office", the possessive form as "Israel's military said" (thirty-first); "said
  Amina Yusuf" for her own account. Left unchecked (None): "nach UN-Angaben", "nach
  Unicef-Angaben", "nach WHO-Angaben", "nach UN-Schätzungen", "nach eigenen Angaben", "nach
  neuen Berechnungen der Weltbank", "laut dem Bericht", "heißt es in dem Bericht", "nach
  Angaben von Ärzte ohne Grenzen", "nach Angaben der Organisation", "nach Angaben der
  Internationalen Organisation für Migration" (a capitalised adjective heading the name,
  thirty-first), "wie die Stiftung mitteilte" (a description), "berichten WHO und Unicef"
  (two bodies), "warnte Unicef", "rechnet die Caritas vor", "bezifferte der Dachverband
  Venro", "sprach ... von"; "the agency said", "the charity said", "the think tank said", "the
  report said", "it said", "the report found", "the country's primary health care agency
  said", "the Israeli military body that oversees aid said", "the U.N. refugee agency said",
  "the U.N. humanitarian office said" (descriptions, forty-second and thirty-first), "the
  Foreign Secretary announced", "the Prime Minister has announced", "UNICEF warned", "the
  U.N. says", "The WFP says", "The IOM said" opening (as "The WHO said", thirty-first), "The
  alliance says", "Oxfam estimates", "UNRWA, the U.N. agency ..., said" (an apposition between
  name and verb), "according to the U.N.'s Financial Tracking Service", "according to the
  latest IPC analysis", "official figures show", "A study in The Lancet estimated", rows
  without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_69 = [
    # === German =================================================================================
    # --- UNHCR-Jahresbericht (dpa) ---
    ("de", "Genf (dpa) - Die Zahl der gewaltsam vertriebenen Menschen weltweit ist auf einen neuen Höchststand von 127,4 Millionen gestiegen, teilte das UNHCR am Donnerstag in Genf mit.", True, [("count", 127400000, None, None)], "das UNHCR"),
    ("de", "Das sind rund 4,3 Millionen mehr als ein Jahr zuvor und fast doppelt so viele wie vor zehn Jahren.", True, [("count", 4300000, None, "about"), ("count", 2, "times", "nearly"), ("duration", 10, "year", None)], None),
    ("de", "Mehr als die Hälfte der Vertriebenen sind Binnenvertriebene, die innerhalb ihres eigenen Landes Schutz suchen.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "Knapp 40 Prozent aller Geflüchteten sind laut UNHCR Kinder unter 18 Jahren.", True, [("percent", 40, "%", "nearly"), ("duration", 18, "year", "under")], "UNHCR"),
    ("de", "Fast 70 Prozent der Flüchtlinge leben in Nachbarländern ihrer Herkunftsstaaten, drei Viertel in Ländern mit niedrigem oder mittlerem Einkommen.", True, [("percent", 70, "%", "nearly"), ("fraction", 0.75, None, None)], None),
    ("de", "Größtes Aufnahmeland ist mit rund 3,5 Millionen Schutzsuchenden der Iran, gefolgt von der Türkei und Kolumbien.", True, [("count", 3500000, None, "about")], None),
    ("de", "„Jede dieser Zahlen ist ein Mensch, der sein Zuhause verloren hat“, sagte der UN-Flüchtlingskommissar.", False, [], None),
    ("de", "Das Hilfswerk rief die Staatengemeinschaft auf, die Ursachen von Flucht entschlossener anzugehen.", False, [], None),
    # --- Tschad: Rationen halbiert (APA/AFP) ---
    ("de", "Rom (APA/AFP) - Das Welternährungsprogramm muss die Rationen für rund 800.000 sudanesische Flüchtlinge im Osten des Tschad ab Juli halbieren.", True, [("count", 800000, None, "about")], None),
    ("de", "Eine Tagesration umfasst dann nur noch etwa 1.050 Kilokalorien, die Hälfte des empfohlenen Mindestbedarfs von 2.100 Kilokalorien.", True, [("count", 1050, None, "about"), ("fraction", 0.5, None, None), ("count", 2100, None, None)], None),
    ("de", "Für die nächsten sechs Monate fehlen dem WFP im Tschad nach eigenen Angaben 186 Millionen Dollar.", True, [("duration", 6, "month", None), ("money", 186000000, "USD", None)], None),
    ("de", "Im Lager Adré an der Grenze leben inzwischen mehr als 230.000 Menschen, ausgelegt war es für 50.000.", True, [("count", 230000, None, "over"), ("count", 50000, None, None)], None),
    ("de", "Jedes dritte Kind unter fünf Jahren in den Lagern ist nach Angaben von Ärzte ohne Grenzen akut mangelernährt.", True, [("fraction", 0.3333, None, None), ("duration", 5, "year", "under")], None),
    ("de", "Pro Person stehen in einigen Lagern nur sechs Liter Wasser am Tag zur Verfügung, der humanitäre Mindeststandard liegt bei 15 Litern.", True, [("count", 6, None, None), ("count", 15, None, None)], None),
    ("de", "Seit Kriegsbeginn im April 2023 sind mehr als 1,2 Millionen Sudanesinnen und Sudanesen in den Tschad geflohen.", True, [("year", 2023, None, None), ("count", 1200000, None, "over")], None),
    ("de", "„Wir sind gezwungen zu entscheiden, wer isst und wer nicht – das ist eine unerträgliche Wahl“, sagte die WFP-Landesdirektorin.", False, [], None),
    ("de", "Hilfsorganisationen appellierten an die Geber, die zugesagten Mittel rasch freizugeben.", False, [], None),
    ("de", "Die Vereinten Nationen haben für Teile Nord-Darfurs offiziell eine Hungersnot festgestellt.", True, [], None),
    # --- Gazastreifen (dpa) ---
    ("de", "Tel Aviv/Gaza (dpa) - Über den Grenzübergang Kerem Schalom sind am Montag nach UN-Angaben 212 Lastwagen mit Hilfsgütern in den Gazastreifen gefahren.", True, [("count", 212, None, None)], None),
    ("de", "Vereinbart waren im Rahmen der Waffenruhe 600 Lkw pro Tag.", True, [("count", 600, None, None)], None),
    ("de", "In der vergangenen Woche kamen im Schnitt täglich knapp 180 Lastwagen an, etwa zwei Drittel davon mit Lebensmitteln.", True, [("count", 180, None, "nearly"), ("fraction", 0.6667, None, "about")], None),
    ("de", "Die israelische Behörde Cogat sprach dagegen von 4.600 Lkw-Ladungen in der Vorwoche.", True, [("count", 4600, None, None)], None),
    ("de", "Nach der jüngsten IPC-Analyse befinden sich rund 640.000 Menschen im Gazastreifen in Phase 5, der höchsten Stufe der fünfstufigen Skala.", True, [("count", 640000, None, "about"), ("count", 5, None, None), ("count", 5, None, None)], None),
    ("de", "Weitere 1,1 Millionen Menschen sind der Phase 4 („Notlage“) zugeordnet.", True, [("count", 1100000, None, None), ("count", 4, None, None)], None),
    ("de", "Das WFP betreibt derzeit 19 Bäckereien und gibt täglich etwa 1,2 Millionen warme Mahlzeiten aus.", True, [("count", 19, None, None), ("count", 1200000, None, "about")], None),
    ("de", "Der Grenzübergang Rafah bleibt für Hilfslieferungen weiterhin geschlossen, teilte das Welternährungsprogramm mit.", True, [], "das Welternährungsprogramm"),
    ("de", "„Die Menschen in Gaza brauchen keine Versprechen, sie brauchen Mehl“, sagte ein Sprecher des Hilfswerks.", False, [], None),
    # --- Caritas Österreich (APA) ---
    ("de", "Wien (APA) - Die Caritas hat im Vorjahr in Österreich rund 62.000 Menschen mit Lebensmittelgutscheinen und Überbrückungshilfen unterstützt, um 14 Prozent mehr als 2023.", True, [("count", 62000, None, "about"), ("percent", 14, "%", None), ("year", 2023, None, None)], None),
    ("de", "In den 35 Sozialberatungsstellen seien die Anfragen zu Energiekosten und Mieten stark gestiegen, sagte Caritas-Präsidentin Henriette Lassnig.", True, [("count", 35, None, None)], "Henriette Lassnig"),
    ("de", "Weltweit hungern laut dem Bericht rund 712 Millionen Menschen, das ist etwa jeder zwölfte Mensch.", True, [("count", 712000000, None, "about"), ("fraction", 0.0833, None, "about")], None),
    ("de", "Mit der Augustsammlung will das Hilfswerk heuer 4,5 Millionen Euro für die Hungerhilfe in Afrika aufbringen.", True, [("money", 4500000, "EUR", None)], None),
    ("de", "Mit 40 Euro kann eine Familie in Burundi einen Monat lang mit Saatgut und Werkzeug versorgt werden, rechnet die Caritas vor.", True, [("money", 40, "EUR", None)], None),
    ("de", "Jede Spende zählt, betonte Lassnig.", False, [], None),
    ("de", "„Armut ist kein Schicksal, sondern eine Frage des politischen Willens“, sagte Lassnig.", False, [], None),
    ("de", "Spenden an die Caritas sind steuerlich absetzbar.", False, [], None),
    # --- Unicef: Kindersterblichkeit (KNA) ---
    ("de", "New York (KNA) - Die Zahl der Kinder, die vor ihrem fünften Geburtstag sterben, ist im vergangenen Jahr auf geschätzt 4,8 Millionen gesunken, wie Unicef mitteilte.", True, [("ordinal", 5, None, None), ("count", 4800000, None, "about")], "Unicef"),
    ("de", "Die Sterblichkeitsrate der unter Fünfjährigen lag weltweit bei 37 Todesfällen je 1.000 Lebendgeburten, im Jahr 2000 waren es noch 76.", True, [("duration", 5, "year", "under"), ("count", 37, None, None), ("count", 1000, None, None), ("year", 2000, None, None), ("count", 76, None, None)], None),
    ("de", "Im Tschad stirbt nach Unicef-Angaben etwa jedes neunte Kind vor dem fünften Lebensjahr.", True, [("fraction", 0.1111, None, "about"), ("ordinal", 5, None, None)], None),
    ("de", "Fast die Hälfte dieser Todesfälle entfällt auf die ersten 28 Tage nach der Geburt.", True, [("fraction", 0.5, None, "nearly"), ("ordinal", 1, None, None), ("duration", 28, "day", None)], None),
    ("de", "Durch Kürzungen bei der Entwicklungshilfe könnten bis 2030 zusätzlich bis zu 4,5 Millionen Kinder sterben, warnte Unicef.", True, [("year", 2030, None, None), ("count", 4500000, None, "up_to")], None),
    ("de", "„Kein Kind sollte an einer vermeidbaren Krankheit sterben“, sagte die Unicef-Direktorin.", False, [], None),
    # --- Polio in Pakistan (dpa) ---
    ("de", "Islamabad (dpa) - In Pakistan hat am Montag eine siebentägige Impfkampagne gegen Kinderlähmung begonnen, bei der 45 Millionen Kinder unter fünf Jahren erreicht werden sollen.", True, [("duration", 7, "day", None), ("count", 45000000, None, None), ("duration", 5, "year", "under")], None),
    ("de", "Rund 400.000 Impfhelferinnen und Impfhelfer gehen dafür von Haus zu Haus, teilte das Gesundheitsministerium mit.", True, [("count", 400000, None, "about")], "das Gesundheitsministerium"),
    ("de", "In diesem Jahr wurden in Pakistan bislang 27 Fälle von Wildpolio registriert, im benachbarten Afghanistan 9.", True, [("count", 27, None, None), ("count", 9, None, None)], None),
    ("de", "Es ist bereits die vierte landesweite Impfrunde seit Januar.", True, [("ordinal", 4, None, None)], None),
    ("de", "„Solange Polio irgendwo existiert, ist jedes Kind in Gefahr“, sagte ein WHO-Vertreter in Islamabad.", False, [], None),
    # --- Routineimpfungen (APA/dpa) ---
    ("de", "Genf (APA/dpa) - Weltweit haben im vergangenen Jahr 14,3 Millionen Kinder keine einzige Routineimpfung erhalten, berichten WHO und Unicef.", True, [("count", 14300000, None, None)], None),
    ("de", "Die Quote für die erste Masern-Impfdosis stagnierte bei 84 Prozent, für die zweite bei 76 Prozent.", True, [("ordinal", 1, None, None), ("percent", 84, "%", None), ("ordinal", 2, None, None), ("percent", 76, "%", None)], None),
    ("de", "Um Ausbrüche zu verhindern, wäre eine Durchimpfungsrate von mindestens 95 Prozent nötig.", True, [("percent", 95, "%", "at_least")], None),
    # --- Syrien-Geberkonferenz (Reuters) ---
    ("de", "Brüssel (Reuters) - Bei der Geberkonferenz für Syrien haben internationale Geber Hilfen von insgesamt 5,8 Milliarden Euro zugesagt.", True, [("money", 5800000000, "EUR", None)], None),
    ("de", "Das sind gut 1,2 Milliarden Euro weniger als bei der Konferenz im Vorjahr.", True, [("money", 1200000000, "EUR", "over")], None),
    ("de", "Allein die EU-Kommission stellt für die Jahre 2025 und 2026 rund 2,5 Milliarden Euro bereit, sagte Kommissarin Marja Lindholm.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("money", 2500000000, "EUR", "about")], "Marja Lindholm"),
    ("de", "Deutschland sagte 300 Millionen Euro zu, Österreich 12 Millionen.", True, [("money", 300000000, "EUR", None), ("money", 12000000, "EUR", None)], None),
    ("de", "Der UN-Hilfsplan für Syrien ist für dieses Jahr bisher nur zu 17 Prozent finanziert.", True, [("percent", 17, "%", None)], None),
    ("de", "Insgesamt benötigen die Vereinten Nationen für Syrien und die Nachbarländer 8,1 Milliarden Dollar.", True, [("money", 8100000000, "USD", None)], None),
    ("de", "„Die Welt darf das syrische Volk jetzt nicht im Stich lassen“, sagte der Außenminister.", False, [], None),
    # --- Entwicklungsetat Deutschland (epd) ---
    ("de", "Berlin (epd) - Deutschland hat im vergangenen Jahr 0,67 Prozent seines Bruttonationaleinkommens für öffentliche Entwicklungsleistungen ausgegeben und damit das UN-Ziel von 0,7 Prozent verfehlt.", True, [("percent", 0.67, "%", None), ("percent", 0.7, "%", None)], None),
    ("de", "Der Etat des Entwicklungsministeriums sinkt im kommenden Jahr um 910 Millionen auf 9,94 Milliarden Euro.", True, [("money", 910000000, "EUR", None), ("money", 9940000000, "EUR", None)], None),
    ("de", "Für humanitäre Hilfe stehen dem Auswärtigen Amt künftig nur noch 1,05 Milliarden Euro zur Verfügung, knapp die Hälfte des Betrags von 2023.", True, [("money", 1050000000, "EUR", None), ("fraction", 0.5, None, "nearly"), ("year", 2023, None, None)], None),
    ("de", "Der Dachverband Venro bezifferte den Rückgang der deutschen Entwicklungsausgaben seit 2022 auf insgesamt rund 3 Milliarden Euro.", True, [("year", 2022, None, None), ("money", 3000000000, "EUR", "about")], None),
    ("de", "Entwicklungsorganisationen kritisierten die Kürzungen als „kurzsichtig und gefährlich“.", False, [], None),
    # --- Glückskette und DEZA (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Glückskette hat an ihrem nationalen Sammeltag für die Opfer des Erdbebens in Myanmar 14,6 Mio. Franken gesammelt.", True, [("money", 14600000, "CHF", None)], None),
    ("de", "Bis Mittwochabend waren über 38'000 Spendenversprechen eingegangen, wie die Stiftung mitteilte.", True, [("count", 38000, None, "over")], None),
    ("de", "Der Bund kürzt die Mittel für die internationale Zusammenarbeit in den Jahren 2025 bis 2028 um insgesamt 321 Mio. Franken.", True, [("year", 2025, None, None), ("year", 2028, None, None), ("money", 321000000, "CHF", None)], None),
    ("de", "Die DEZA will sich deshalb bis Ende 2028 aus drei Schwerpunktländern zurückziehen, darunter Bangladesch.", True, [("year", 2028, None, None), ("count", 3, None, None)], None),
    ("de", "Die Hilfswerke sprachen von einem «schwarzen Tag für die humanitäre Tradition der Schweiz».", False, [], None),
    # --- Ukraine: Binnenvertriebene und Winterhilfe (APA) ---
    ("de", "Kiew (APA) - In der Ukraine sind nach Angaben der Internationalen Organisation für Migration weiterhin rund 3,6 Millionen Menschen Binnenvertriebene.", True, [("count", 3600000, None, "about")], None),
    ("de", "Knapp 1,3 Millionen von ihnen leben in Sammelunterkünften oder bei Gastfamilien.", True, [("count", 1300000, None, "nearly")], None),
    ("de", "Das Rote Kreuz hat seit Oktober 8.500 Stromgeneratoren und 120.000 Winterdecken in die Ostukraine geliefert.", True, [("count", 8500, None, None), ("count", 120000, None, None)], None),
    ("de", "Bei Temperaturen von bis zu minus 20 Grad sind nach UN-Schätzungen 1,8 Millionen Menschen auf Winterhilfe angewiesen.", True, [("count", -20, None, "up_to"), ("count", 1800000, None, None)], None),
    ("de", "„Der Winter wird zur Waffe“, sagte der ukrainische Sozialminister.", False, [], None),
    # --- Afghanistan: Rückkehrer (AFP) ---
    ("de", "Kabul (AFP) - Aus dem Iran und Pakistan sind seit Jahresbeginn mehr als 1,9 Millionen Afghaninnen und Afghanen in ihr Heimatland zurückgekehrt oder abgeschoben worden.", True, [("count", 1900000, None, "over")], None),
    ("de", "Allein am Grenzübergang Islam Qala zählte die IOM an einem einzigen Tag 41.000 Rückkehrer.", True, [("count", 41000, None, None)], None),
    ("de", "Die meisten Rückkehrer erhalten bei der Ankunft eine einmalige Bargeldhilfe von umgerechnet rund 140 Euro pro Familie.", True, [("money", 140, "EUR", "about")], None),
    ("de", "Nach UN-Angaben sind 22,9 Millionen Menschen in Afghanistan, mehr als die Hälfte der Bevölkerung, auf humanitäre Hilfe angewiesen.", True, [("count", 22900000, None, None), ("fraction", 0.5, None, "over")], None),
    ("de", "Frauenrechtlerinnen warnen, die Rückkehrerinnen erwarte ein Leben ohne Rechte.", False, [], None),
    # --- Rohingya in Bangladesch (KNA) ---
    ("de", "Dhaka (KNA) - In den Flüchtlingslagern von Cox's Bazar leben rund eine Million Rohingya, die Hälfte von ihnen Kinder.", True, [("count", 1000000, None, "about"), ("fraction", 0.5, None, None)], None),
    ("de", "Das WFP muss die monatliche Essensgutschrift ab April von 12 auf 6 Dollar pro Person kürzen.", True, [("money", 12, "USD", None), ("money", 6, "USD", None)], None),
    ("de", "Seit August 2017 sind über 740.000 Rohingya aus Myanmar nach Bangladesch geflohen, in den vergangenen 18 Monaten kamen weitere 150.000 hinzu.", True, [("year", 2017, None, None), ("count", 740000, None, "over"), ("duration", 18, "month", None), ("count", 150000, None, None)], None),
    ("de", "Im größten Lager, Kutupalong, teilen sich im Schnitt 20 Menschen eine Latrine.", True, [("count", 20, None, None)], None),
    ("de", "„Diese Menschen sind in einer Sackgasse gefangen, ohne Perspektive und ohne Hoffnung“, sagte ein Caritas-Mitarbeiter vor Ort.", False, [], None),
    # --- Weltbank: extreme Armut (dpa) ---
    ("de", "Washington (dpa) - Rund 808 Millionen Menschen leben nach neuen Berechnungen der Weltbank in extremer Armut, also von weniger als 3 Dollar am Tag.", True, [("count", 808000000, None, "about"), ("money", 3, "USD", "under")], None),
    ("de", "Die Weltbank hat ihre internationale Armutsgrenze damit von 2,15 auf 3,00 Dollar pro Tag angehoben.", True, [("money", 2.15, "USD", None), ("money", 3.0, "USD", None)], None),
    ("de", "Etwa drei Viertel der extrem Armen leben in Afrika südlich der Sahara.", True, [("fraction", 0.75, None, "about")], None),
    ("de", "Das Ziel, die extreme Armut bis 2030 zu beenden, werde verfehlt, sagte Weltbank-Chefökonom Tomás Arriaga.", True, [("year", 2030, None, None)], "Tomás Arriaga"),
    # --- Jemen: Cholera (AFP) ---
    ("de", "Sanaa (AFP) - Im Jemen sind seit Jahresbeginn mehr als 249.000 Cholera-Verdachtsfälle und 861 Todesfälle gemeldet worden, teilte die WHO mit.", True, [("count", 249000, None, "over"), ("count", 861, None, None)], "die WHO"),
    ("de", "Die Sterblichkeitsrate liegt damit bei rund 0,35 Prozent.", True, [("percent", 0.35, "%", "about")], None),
    ("de", "Nur rund die Hälfte der Gesundheitseinrichtungen im Land ist nach WHO-Angaben voll funktionsfähig.", True, [("fraction", 0.5, None, "about")], None),
    ("de", "Die Konfliktparteien müssten den Zugang für Helfer endlich garantieren, forderte die WHO.", False, [], None),
    # --- Welthunger-Index (epd) ---
    ("de", "Bonn (epd) - Der Welthunger-Index weist in diesem Jahr für 36 Länder ein ernstes oder sehr ernstes Hungerniveau aus.", True, [("count", 36, None, None)], None),
    ("de", "Am schlechtesten schneidet Somalia mit einem Wert von 42,6 ab, vor dem Jemen und dem Tschad.", True, [("count", 42.6, None, None)], None),
    ("de", "Bei der derzeitigen Entwicklung werde die Welt das Ziel „Kein Hunger“ erst im Jahr 2160 erreichen, heißt es in dem Bericht.", True, [("year", 2160, None, None)], None),
    ("de", "„Hunger ist das Ergebnis politischer Entscheidungen“, sagte die Präsidentin der Welthungerhilfe, Gudrun Achleitner.", False, [], None),
    # --- Ostafrika: Dürre (epd) ---
    ("de", "Berlin (epd) - In Äthiopien, Kenia und Somalia sind nach der fünften ausgefallenen Regenzeit in Folge rund 23 Millionen Menschen von akutem Hunger bedroht.", True, [("ordinal", 5, None, None), ("count", 23000000, None, "about")], None),
    ("de", "Die Diakonie Katastrophenhilfe stellt für die Region zunächst 2 Millionen Euro bereit.", True, [("money", 2000000, "EUR", None)], None),
    ("de", "In Nordkenia sind nach Angaben der Organisation mehr als 2,5 Millionen Nutztiere verendet.", True, [("count", 2500000, None, "over")], None),
    ("de", "Die Diakonie Katastrophenhilfe ist das humanitäre Hilfswerk der evangelischen Kirchen in Deutschland.", False, [], None),
    ("de", "Das Hilfswerk bittet um Spenden unter dem Stichwort „Hunger in Ostafrika“.", False, [], None),
    # --- Haiti (AFP) ---
    ("de", "Port-au-Prince (AFP) - Die Gewalt bewaffneter Banden hat in Haiti mehr als 1,4 Millionen Menschen in die Flucht getrieben, so viele wie nie zuvor.", True, [("count", 1400000, None, "over")], None),
    ("de", "Fast die Hälfte der rund 11,7 Millionen Einwohner leidet laut Welternährungsprogramm unter akuter Ernährungsunsicherheit.", True, [("fraction", 0.5, None, "nearly"), ("count", 11700000, None, "about")], "Welternährungsprogramm"),
    ("de", "In der Hauptstadt gibt es inzwischen 142 improvisierte Lager in Schulen, Kirchen und auf Sportplätzen.", True, [("count", 142, None, None)], None),
    ("de", "„Wir erleben die schlimmste humanitäre Krise unserer Zeit“, sagte der UN-Nothilfekoordinator in Genf.", False, [], None),
    # --- Ostkongo (dpa) ---
    ("de", "Goma (dpa) - Im Osten der Demokratischen Republik Kongo sind seit Januar nach UN-Angaben mindestens 7.000 Menschen bei Kämpfen getötet worden.", True, [("count", 7000, None, "at_least")], None),
    ("de", "In den Vertriebenenlagern rund um Goma teilen sich nach Angaben des Roten Kreuzes bis zu 500 Menschen einen Wasserhahn.", True, [("count", 500, None, "up_to")], "das Rote Kreuz"),
    ("de", "Ärzte ohne Grenzen behandelte in den vergangenen drei Monaten in der Provinz Nord-Kivu 13.400 Cholera-Patienten.", True, [("duration", 3, "month", None), ("count", 13400, None, None)], None),
    # --- Österreichische Entwicklungshilfe (APA) ---
    ("de", "Wien (APA) - Österreichs öffentliche Entwicklungshilfeleistungen sind im Vorjahr auf 0,34 Prozent des Bruttonationaleinkommens gesunken, nach 0,38 Prozent im Jahr davor.", True, [("percent", 0.34, "%", None), ("percent", 0.38, "%", None)], None),
    ("de", "Der Auslandskatastrophenfonds wird heuer mit 80 Millionen Euro dotiert, teilte das Außenministerium mit.", True, [("money", 80000000, "EUR", None)], "das Außenministerium"),
    ("de", "Die AG Globale Verantwortung, der Dachverband von 35 Hilfsorganisationen, fordert eine Anhebung auf 0,7 Prozent bis 2030.", True, [("count", 35, None, None), ("percent", 0.7, "%", None), ("year", 2030, None, None)], None),
    ("de", "Österreich dürfe sich nicht aus seiner Verantwortung stehlen, sagte die Geschäftsführerin des Verbands.", False, [], None),
    ("de", "Das Welternährungsprogramm der Vereinten Nationen ist nach eigener Darstellung die größte humanitäre Organisation im Kampf gegen den Hunger.", False, [], None),
    # --- Mittelmeer (dpa) ---
    ("de", "Rom (dpa) - Im zentralen Mittelmeer sind nach Angaben der IOM seit Jahresbeginn mindestens 1.190 Menschen ums Leben gekommen oder werden vermisst.", True, [("count", 1190, None, "at_least")], "die IOM"),
    ("de", "Das Rettungsschiff „Humanity 1“ nahm am Wochenende bei drei Einsätzen 172 Menschen an Bord.", True, [("count", 3, None, None), ("count", 172, None, None)], None),
    ("de", "„Das Mittelmeer bleibt die tödlichste Fluchtroute der Welt, und Europa schaut weg“, sagte ein Sprecher der Organisation.", False, [], None),
    # --- Sahel (AFP) ---
    ("de", "Ouagadougou (AFP) - In Burkina Faso sind nach Unicef-Angaben mehr als 5.300 Schulen wegen der Gewalt geschlossen, rund eine Million Kinder können keinen Unterricht besuchen.", True, [("count", 5300, None, "over"), ("count", 1000000, None, "about")], None),
    ("de", "Nach dem Sphere-Standard benötigt ein Mensch in der Nothilfe mindestens 15 Liter Wasser pro Tag zum Trinken, Kochen und für die Hygiene.", True, [("count", 15, None, "at_least")], None),
    # === English ================================================================================
    # --- Kenya: ration cuts (Reuters) ---
    ("en", "NAIROBI, March 4 (Reuters) - The World Food Programme will cut food rations for some 720,000 refugees in Kenya to 40% of the minimum daily requirement from next month, the agency said on Tuesday.", True, [("date", "--03-04", None, None), ("count", 720000, None, "about"), ("percent", 40, "%", None)], None),
    ("en", "Refugees in the Kakuma and Dadaab camps will receive about 840 kilocalories a day, down from 1,260 calories currently, WFP spokeswoman Ruth Kamau said.", True, [("count", 840, None, "about"), ("count", 1260, None, None)], "Ruth Kamau"),
    ("en", "The WFP says it needs $42 million to restore full rations for the next six months.", True, [("money", 42000000, "USD", None), ("duration", 6, "month", None)], None),
    ("en", "Dadaab, near the Somali border, is home to about 380,000 registered refugees and asylum seekers.", True, [("count", 380000, None, "about")], None),
    ("en", "Kakuma, in Kenya's northwest, hosts more than 300,000 people, most of them from South Sudan, Somalia and Congo.", True, [("count", 300000, None, "over")], None),
    ("en", "\"Cutting food to people who have nothing else is the last thing we want to do,\" Kamau said.", False, [], None),
    ("en", "The agency urged donors to step up before the lean season begins.", False, [], None),
    # --- Global appeal (AP) ---
    ("en", "GENEVA (AP) — The United Nations on Wednesday appealed for $29 billion to help 135 million of the world's most vulnerable people next year, a smaller ask that it blamed on shrinking donor budgets.", True, [("money", 29000000000, "USD", None), ("count", 135000000, None, None)], None),
    ("en", "The appeal is down from $47 billion sought a year earlier, when the U.N. aimed to reach nearly 190 million people.", True, [("money", 47000000000, "USD", None), ("count", 190000000, None, "nearly")], None),
    ("en", "By late November, this year's appeal was only 38% funded, the lowest share in at least a decade, according to the U.N.'s Financial Tracking Service.", True, [("percent", 38, "%", None)], None),
    ("en", "Donors provided about $12 billion, leaving a gap of roughly $32 billion.", True, [("money", 12000000000, "USD", "about"), ("money", 32000000000, "USD", "about")], None),
    ("en", "U.N. relief chief Marcus Ellery said agencies would focus on 87 million people in 30 crises deemed most urgent.", True, [("count", 87000000, None, None), ("count", 30, None, None)], "Marcus Ellery"),
    ("en", "\"We are being forced into a triage of human survival,\" Ellery told reporters.", False, [], None),
    ("en", "\"The math is cruel,\" he said.", False, [], None),
    # --- Sudan: famine (Reuters) ---
    ("en", "ROME, Nov 3 (Reuters) - Famine has been confirmed in the Sudanese city of El Fasher and the town of Kadugli, the IPC said on Monday.", True, [("date", "--11-03", None, None)], "the IPC"),
    ("en", "Some 375,000 people across Sudan are facing catastrophic hunger, or IPC Phase 5, the highest level on the five-point scale, the report said.", True, [("count", 375000, None, "about"), ("count", 5, None, None), ("count", 5, None, None)], None),
    ("en", "A further 6.3 million people are classified in Phase 4, or emergency, it said.", True, [("count", 6300000, None, None), ("count", 4, None, None)], None),
    ("en", "In all, 21.2 million Sudanese, about 45% of the population, face acute food insecurity at IPC Phase 3 or worse.", True, [("count", 21200000, None, None), ("percent", 45, "%", "about"), ("count", 3, None, None)], None),
    ("en", "A famine is declared when at least 20% of households face extreme food shortages, 30% of children are acutely malnourished and two people in every 10,000 die each day.", True, [("percent", 20, "%", "at_least"), ("percent", 30, "%", None), ("count", 2, None, None), ("count", 10000, None, None)], None),
    ("en", "The army-aligned government in Port Sudan has rejected previous famine findings.", True, [], None),
    ("en", "\"Famine is not a natural disaster, it is a policy choice,\" said Oxfam's Sudan director.", False, [], None),
    # --- Gaza: trucks and malnutrition (AP) ---
    ("en", "JERUSALEM (AP) — Some 3,870 trucks carrying humanitarian aid entered Gaza in the past week, the Israeli military body that oversees aid said Sunday.", True, [("count", 3870, None, "about")], None),
    ("en", "The U.N. counted 1,945 trucks over the same period, saying many loads were held up at crossings or looted.", True, [("count", 1945, None, None)], None),
    ("en", "Humanitarian groups have said at least 500 truckloads a day would be needed to stabilise conditions.", True, [("count", 500, None, "at_least")], None),
    ("en", "UNICEF said 14,100 children were admitted for treatment of acute malnutrition in Gaza in October, including 3,050 with the most severe form.", True, [("count", 14100, None, None), ("count", 3050, None, None)], "UNICEF"),
    ("en", "The World Food Programme said it had distributed 1.6 million food parcels since the truce, each meant to feed a family of five for about two weeks.", True, [("count", 1600000, None, None), ("count", 5, None, None), ("duration", 2, "week", "about")], None),
    ("en", "\"Every truck that is turned back is a meal that never reaches a child,\" said a UNICEF spokesperson in Geneva.", False, [], None),
    # --- UNICEF: child mortality (AFP) ---
    ("en", "NEW YORK (AFP) - The global under-five death toll fell to a record low of 4.7 million in 2024, but aid cuts could push child deaths up for the first time this century, UNICEF warned Tuesday.", True, [("duration", 5, "year", "under"), ("count", 4700000, None, None), ("year", 2024, None, None), ("ordinal", 1, None, None)], None),
    ("en", "The under-five mortality rate stood at 36 deaths per 1,000 live births, less than half the 1990 level of 93.", True, [("duration", 5, "year", "under"), ("count", 36, None, None), ("count", 1000, None, None), ("fraction", 0.5, None, "under"), ("year", 1990, None, None), ("count", 93, None, None)], None),
    ("en", "Newborns accounted for 2.3 million of those deaths, with most occurring in the first week of life.", True, [("count", 2300000, None, None), ("ordinal", 1, None, None)], None),
    ("en", "In sub-Saharan Africa, one child in 14 dies before turning five, compared with one in 125 in Europe and North America, the report found.", True, [("fraction", 0.0714, None, None), ("duration", 5, "year", None), ("fraction", 0.008, None, None)], None),
    ("en", "Pneumonia, diarrhoea and malaria remain the leading causes of death among children aged one month to five years.", True, [("duration", 1, "month", None), ("duration", 5, "year", None)], None),
    ("en", "\"Each of these deaths leaves a grieving family behind,\" the agency's executive director said.", False, [], None),
    # --- Nigeria: measles campaign (Reuters) ---
    ("en", "ABUJA, Oct 14 (Reuters) - Nigeria launched a 10-day vaccination campaign on Monday aiming to protect 21 million children aged nine months to 14 years against measles and rubella.", True, [("date", "--10-14", None, None), ("duration", 10, "day", None), ("count", 21000000, None, None), ("duration", 9, "month", None), ("duration", 14, "year", None)], None),
    ("en", "Some 68,000 health workers will be deployed across 21 states, the country's primary health care agency said.", True, [("count", 68000, None, "about"), ("count", 21, None, None)], None),
    ("en", "Nigeria reported more than 24,000 suspected measles cases last year, nearly a third of them in children who had never received a single dose.", True, [("count", 24000, None, "over"), ("fraction", 0.3333, None, "nearly")], None),
    ("en", "Measles vaccination coverage in Nigeria stands at 61% for the first dose, far below the 95% needed to stop outbreaks.", True, [("percent", 61, "%", None), ("ordinal", 1, None, None), ("percent", 95, "%", None)], None),
    ("en", "Gavi, the Vaccine Alliance, is covering $36 million of the campaign's $51 million cost.", True, [("money", 36000000, "USD", None), ("money", 51000000, "USD", None)], None),
    ("en", "\"Vaccines are the safest, smartest investment a country can make in its children,\" said the health minister.", False, [], None),
    # --- Sudan: cholera (AP) ---
    ("en", "PORT SUDAN, Sudan (AP) — Health workers have vaccinated 1.4 million people against cholera in Sudan's Khartoum state in a six-day drive, the World Health Organization said Thursday.", True, [("count", 1400000, None, None), ("duration", 6, "day", None)], "the World Health Organization"),
    ("en", "Sudan has recorded more than 113,000 suspected cholera cases and over 3,000 deaths since the outbreak began in July 2024, according to the health ministry.", True, [("count", 113000, None, "over"), ("count", 3000, None, "over"), ("year", 2024, None, None)], "the health ministry"),
    ("en", "The case fatality rate of 2.7% is well above the 1% threshold that signals a failing response, the WHO said.", True, [("percent", 2.7, "%", None), ("percent", 1, "%", None)], "the WHO"),
    # --- London Sudan conference (PA) ---
    ("en", "LONDON (PA) - Britain will provide £120 million in humanitarian aid for Sudan this year, the Foreign Secretary announced at a conference in London attended by ministers from 20 countries.", True, [("money", 120000000, "GBP", None), ("count", 20, None, None)], None),
    ("en", "The money is expected to provide food for more than 650,000 people and nutrition support for 200,000 children.", True, [("count", 650000, None, "over"), ("count", 200000, None, None)], None),
    ("en", "Pledges at the one-day meeting totalled just over £800 million, well short of the $4.2 billion the UN says it needs for Sudan.", True, [("duration", 1, "day", None), ("money", 800000000, "GBP", "over"), ("money", 4200000000, "USD", None)], None),
    ("en", "\"We cannot let the world's largest humanitarian crisis become its most forgotten,\" she told delegates.", False, [], None),
    ("en", "Charities said the conference had failed to match words with action.", False, [], None),
    # --- UK aid cut (PA) ---
    ("en", "LONDON (PA) - The UK will cut overseas aid from 0.5% to 0.3% of gross national income by 2027 to fund higher defence spending, the Prime Minister has announced.", True, [("percent", 0.5, "%", None), ("percent", 0.3, "%", None), ("year", 2027, None, None)], None),
    ("en", "The cut is worth about £6 billion a year, according to the Institute for Fiscal Studies.", True, [("money", 6000000000, "GBP", "about")], "the Institute for Fiscal Studies"),
    ("en", "Aid spending will fall to its lowest share of national income since 1999, the think tank said.", True, [("year", 1999, None, None)], None),
    ("en", "Around 28% of the UK aid budget was spent on housing asylum seekers in Britain in 2023, official figures show.", True, [("percent", 28, "%", "about"), ("year", 2023, None, None)], None),
    ("en", "Bond, the network of UK development charities, called the decision \"a betrayal of the world's poorest\".", False, [], None),
    # --- Oxfam inequality report (AFP) ---
    ("en", "DAVOS, Switzerland (AFP) - The combined wealth of the world's billionaires grew by $2 trillion last year, three times faster than in 2023, Oxfam said in a report released ahead of the World Economic Forum.", True, [("money", 2000000000000, "USD", None), ("count", 3, "times", None), ("year", 2023, None, None)], "Oxfam"),
    ("en", "Nearly 3.6 billion people, about 44% of humanity, live on less than $6.85 a day, the charity said.", True, [("count", 3600000000, None, "nearly"), ("percent", 44, "%", "about"), ("money", 6.85, "USD", "under")], None),
    ("en", "Oxfam estimates that five people will become trillionaires within a decade.", True, [("count", 5, None, None)], None),
    ("en", "\"Extreme wealth is a sign of a failing economic system,\" said Oxfam's executive director.", False, [], None),
    ("en", "Oxfam describes itself as a confederation of charities campaigning against poverty and inequality.", False, [], None),
    # --- World Bank poverty line (Reuters) ---
    ("en", "WASHINGTON, June 5 (Reuters) - The World Bank raised its international extreme poverty line to $3 a day from $2.15, a change that added some 125 million people to the global count of the extreme poor.", True, [("date", "--06-05", None, None), ("money", 3, "USD", None), ("money", 2.15, "USD", None), ("count", 125000000, None, "about")], None),
    ("en", "The new line is based on 2021 prices and the national poverty lines of the world's poorest countries.", True, [("year", 2021, None, None)], None),
    ("en", "Under the revised measure, 838 million people were living in extreme poverty in 2022, nearly 10.5% of the world's population.", True, [("count", 838000000, None, None), ("year", 2022, None, None), ("percent", 10.5, "%", "nearly")], None),
    ("en", "Development economists have long argued the old threshold understated real hardship.", False, [], None),
    # --- Cox's Bazar: water and vouchers (AP) ---
    ("en", "COX'S BAZAR, Bangladesh (AP) — Residents of the world's largest refugee settlement receive an average of 18 litres of water per person a day, barely above the emergency standard of 15 litres, UNHCR said.", True, [("count", 18, None, None), ("count", 15, None, None)], "UNHCR"),
    ("en", "About 1 million Rohingya live in 33 camps spread over 26 square kilometres.", True, [("count", 1000000, None, "about"), ("count", 33, None, None), ("count", 26, None, None)], None),
    ("en", "In March, the WFP cut monthly food vouchers to $6 per person before restoring them to $12 after a last-minute pledge from Washington.", True, [("money", 6, "USD", None), ("money", 12, "USD", None)], None),
    ("en", "\"The children here have known nothing but the camp,\" said Nur Begum, a mother of four.", False, [("count", 4, None, None)], None),
    # --- Haiti displacement (AP) ---
    ("en", "PORT-AU-PRINCE, Haiti (AP) — More than 1.3 million Haitians have fled their homes because of gang violence, a 24% rise in six months, the International Organization for Migration said Wednesday.", True, [("count", 1300000, None, "over"), ("percent", 24, "%", None), ("duration", 6, "month", None)], "the International Organization for Migration"),
    ("en", "Nearly 240,000 of them live in 246 makeshift sites, many in schools and churches in the capital.", True, [("count", 240000, None, "nearly"), ("count", 246, None, None)], None),
    ("en", "The IOM said one in four displaced people had been forced to move at least twice.", True, [("fraction", 0.25, None, None), ("count", 2, None, "at_least")], None),
    # --- Afghan returns (Reuters) ---
    ("en", "ISLAMABAD, July 22 (Reuters) - Pakistan has deported or pressured into leaving more than 1 million Afghans since it launched a crackdown in late 2023, the U.N. refugee agency said.", True, [("date", "--07-22", None, None), ("count", 1000000, None, "over"), ("year", 2023, None, None)], None),
    ("en", "Iran expelled another 508,000 in the 16 days after its war with Israel, UNHCR said.", True, [("count", 508000, None, None), ("duration", 16, "day", None)], "UNHCR"),
    ("en", "Returnees receive a one-off cash grant of $150 per family at the border, along with a hot meal and a SIM card.", True, [("money", 150, "USD", None)], None),
    ("en", "Rights groups said women and girls sent back faced a future without school or work.", False, [], None),
    # --- Yemen (AFP) ---
    ("en", "ADEN, Yemen (AFP) - Yemen's humanitarian response plan for this year has received just 9% of the $2.5 billion requested, the UN's humanitarian office said.", True, [("percent", 9, "%", None), ("money", 2500000000, "USD", None)], "the UN's humanitarian office"),
    ("en", "More than 17 million Yemenis, about half the population, do not have enough to eat, while 4.8 million are internally displaced.", True, [("count", 17000000, None, "over"), ("fraction", 0.5, None, "about"), ("count", 4800000, None, None)], None),
    ("en", "The WFP paused food distributions in the north in 2023, affecting 9.5 million people.", True, [("year", 2023, None, None), ("count", 9500000, None, None)], None),
    ("en", "The WFP has suspended operations in Saada province after the detention of several staff members.", True, [], None),
    # --- Ukraine (AP) ---
    ("en", "KYIV, Ukraine (AP) — About 3.6 million Ukrainians remain internally displaced nearly four years into Russia's full-scale invasion, the U.N. says.", True, [("count", 3600000, None, "about"), ("duration", 4, "year", "nearly")], None),
    ("en", "The U.N.'s humanitarian plan for Ukraine seeks $2.6 billion to reach 4.8 million people this winter.", True, [("money", 2600000000, "USD", None), ("count", 4800000, None, None)], None),
    # --- Syria returns (Reuters) ---
    ("en", "DAMASCUS (Reuters) - More than 700,000 Syrian refugees have returned from neighbouring countries since December, most of them from Lebanon and Turkey, UNHCR said on Friday.", True, [("count", 700000, None, "over")], "UNHCR"),
    ("en", "UNHCR said it expected up to 1.5 million refugees and 2 million internally displaced people to return this year if funding allows.", True, [("count", 1500000, None, "up_to"), ("count", 2000000, None, None)], "UNHCR"),
    ("en", "Each returning family receives a package worth around $100, the agency said.", True, [("money", 100, "USD", "about")], None),
    ("en", "UNHCR has opened a new transit centre near the Lebanese border to register arrivals.", True, [], None),
    ("en", "\"Coming home to a house with no roof is not the end of displacement,\" said a UNHCR official in Damascus.", False, [], None),
    # --- Gavi replenishment (Reuters) ---
    ("en", "BRUSSELS (Reuters) - Gavi, the Vaccine Alliance, raised $9 billion at a pledging summit in Brussels, short of its $11.9 billion target for 2026 to 2030.", True, [("money", 9000000000, "USD", None), ("money", 11900000000, "USD", None), ("year", 2026, None, None), ("year", 2030, None, None)], None),
    ("en", "The alliance says the money will allow it to vaccinate 500 million children and save at least 8 million lives.", True, [("count", 500000000, None, None), ("count", 8000000, None, "at_least")], None),
    ("en", "The United States, previously Gavi's largest government donor with a $300 million annual pledge, did not make a new commitment.", True, [("money", 300000000, "USD", None)], None),
    ("en", "\"Every dollar invested in immunisation comes back many times over,\" Gavi's chief executive said.", False, [], None),
    # --- Somalia (AP) ---
    ("en", "MOGADISHU, Somalia (AP) — About 4.4 million people in Somalia, nearly a quarter of the population, face crisis levels of hunger or worse, according to the latest IPC analysis.", True, [("count", 4400000, None, "about"), ("fraction", 0.25, None, "nearly")], None),
    ("en", "Some 1.7 million children under five are expected to suffer acute malnutrition this year, including 466,000 who are severely malnourished.", True, [("count", 1700000, None, "about"), ("duration", 5, "year", "under"), ("count", 466000, None, None)], None),
    ("en", "A 20-kilogram sack of sorghum now costs 38% more than a year ago in Baidoa.", True, [("count", 20, None, None), ("percent", 38, "%", None)], None),
    ("en", "Families in the Baidoa camps have been living on half rations since April.", True, [("fraction", 0.5, None, None)], None),
    # --- ICRC cuts (AP) ---
    ("en", "GENEVA (AP) — The Red Cross will cut its budget by 430 million Swiss francs and shed up to 3,000 jobs over the next two years, the ICRC said on Tuesday.", True, [("money", 430000000, "CHF", None), ("count", 3000, None, "up_to"), ("duration", 2, "year", None)], "the ICRC"),
    ("en", "The ICRC's budget for next year is 1.8 billion francs, down from 2.4 billion in 2024.", True, [("money", 1800000000, "CHF", None), ("money", 2400000000, "CHF", None), ("year", 2024, None, None)], None),
    # --- Mediterranean (AP) ---
    ("en", "ROME (AP) — At least 1,450 migrants have died or gone missing on the central Mediterranean route so far this year, the International Organization for Migration said.", True, [("count", 1450, None, "at_least")], "the International Organization for Migration"),
    ("en", "Italy registered 52,300 sea arrivals through October, 8% fewer than in the same period last year.", True, [("count", 52300, None, None), ("percent", 8, "%", None)], None),
    # --- U.S. aid cuts (AP) ---
    ("en", "WASHINGTON (AP) — The administration has cancelled 83% of the foreign aid programs it reviewed, the State Department said.", True, [("percent", 83, "%", None)], "the State Department"),
    ("en", "A study in The Lancet estimated the cuts could cause more than 14 million additional deaths by 2030, a third of them among children under five.", True, [("count", 14000000, None, "over"), ("year", 2030, None, None), ("fraction", 0.3333, None, None), ("duration", 5, "year", "under")], None),
    ("en", "Critics called the cuts reckless and cruel.", False, [], None),
    # --- Jordan, South Sudan (Reuters, AFP) ---
    ("en", "AMMAN (Reuters) - The Zaatari camp in northern Jordan, opened in 2012, still houses about 78,000 Syrians, a third of whom were born there.", True, [("year", 2012, None, None), ("count", 78000, None, "about"), ("fraction", 0.3333, None, None)], None),
    ("en", "JUBA, South Sudan (AFP) - Floods have affected more than 890,000 people in 38 of South Sudan's 79 counties, the U.N. humanitarian office said.", True, [("count", 890000, None, "over"), ("count", 38, None, None), ("count", 79, None, None)], None),
    ("en", "About 9.3 million people, nearly three-quarters of the population, need humanitarian assistance.", True, [("count", 9300000, None, "about"), ("fraction", 0.75, None, "nearly")], None),
    # --- Save the Children (PA) ---
    ("en", "LONDON (PA) - One in six children worldwide lives in a conflict zone, Save the Children said in a report published on Monday.", True, [("fraction", 0.1667, None, None)], "Save the Children"),
    ("en", "The charity counted 8,470 verified grave violations against children between January and June, the highest since records began in 2005.", True, [("count", 8470, None, None), ("year", 2005, None, None)], None),
    ("en", "Save the Children is urging world leaders to put children at the heart of peace talks.", False, [], None),
    ("en", "For media enquiries, please contact the press office.", False, [], None),
    # --- UNRWA (AP) ---
    ("en", "AMMAN, Jordan (AP) — UNRWA, the U.N. agency for Palestinian refugees, said it faces a funding shortfall of $200 million and may be unable to pay salaries beyond March.", True, [("money", 200000000, "USD", None)], None),
    ("en", "The agency serves about 5.9 million registered refugees in Gaza, the West Bank, Jordan, Lebanon and Syria and employs around 30,000 staff.", True, [("count", 5900000, None, "about"), ("count", 30000, None, "about")], None),
    # --- Therapeutic food (Reuters) ---
    ("en", "A carton of ready-to-use therapeutic food, enough to treat one severely malnourished child for six to eight weeks, costs about $45, UNICEF said.", True, [("count", 1, None, None), ("duration", 6, "week", None), ("duration", 8, "week", None), ("money", 45, "USD", "about")], "UNICEF"),
    ("en", "Each child needs about 150 sachets of the peanut paste, each containing 500 kilocalories.", True, [("count", 150, None, "about"), ("count", 500, None, None)], None),
    # --- Myanmar quake (AP) ---
    ("en", "YANGON, Myanmar (AP) — Two months after the 7.7 magnitude earthquake, more than 200,000 people are still living in tents or open-air shelters, the U.N. said.", True, [("duration", 2, "month", None), ("count", 7.7, None, None), ("count", 200000, None, "over")], "the U.N."),
    ("en", "The quake killed at least 3,700 people and destroyed or damaged some 64,000 homes.", True, [("count", 3700, None, "at_least"), ("count", 64000, None, "about")], None),
    # --- Camp voices and close ---
    ("en", "\"We walked for nine days with nothing but water,\" said Amina Yusuf, who reached the camp last week with her four children.", True, [("duration", 9, "day", None), ("count", 4, None, None)], "Amina Yusuf"),
    ("en", "Aid workers describe scenes of despair at the distribution points.", False, [], None),
    ("en", "\"This is a man-made catastrophe, and it can be stopped,\" the relief chief said.", False, [], None),
    ("en", "Reporting by Clare Ndungu; Editing by Peter Holm", False, [], None),
]
