"""Hundred-and-twenty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Sabine Löhr-Winter, Carsten Rehberg, Matthias Overbeck, Gerlinde Pachernegg, Annika
Sjöberg, Monika Rüttimann, Céline Ducret, Thomas Imfeld, Rupert Eichinger, Daniel Zbinden,
Nathalie Berset, Piotr Zawadzki, Heidmark Defence, Jonas Wiegand, Bernd Kopetz, Moritz
Hellberg, Ulrike Brandner, Robert Laimböck; Yuri Belkin, Graham Attwell, Lucy Marchant,
Bernd Kolbeck, Lin Qiao, Rasa Kairyte, Matthias Zurbuchen, Halloran Ordnance, Rachel
Thwaite, Lena Brandt, Nicholas Brayford, Karin Ahlberg); office-holders who would be real
people (the NATO secretary general, the Danish and French ministers, the Tánaiste, the
Army secretary, Germany's top general) appear only by office,
and the named ministers and officials are invented. Real alliances, forces, parliaments,
institutes, papers, pollsters, weapon types and places ("Nato", "Bundeswehr",
"Wehrbeauftragte", "Bundesheer", "Aufbauplan", "Budgetdienst des Parlaments", "FPÖ",
"Sky Shield", „Presse“, "Sipri", "Nationalrat", "Ständerat", "SP", "Grüne", "SVP",
"IRIS-T SLM", "Stellung", "Zivildienstserviceagentur", "Bundesamt für Zivildienst",
"Rekrutenschule", "Civiva", "AH-64E", "Beschaffungsamt der Bundeswehr",
"Haushaltsausschuss", "Reichstagsgebäude", "M-346", "Eurofighter", "Priority-A",
"Market-Institut", "Eidgenössische Finanzkontrolle", "EFK", "F-35A", "VBS", "Armasuisse",
"Payerne", "Kiel Institut für Weltwirtschaft", "Patriot", "Finanzministerium", "Die
Linke", "Bundeskanzlei", "Neutralitätsinitiative", "Sotomo", «Neue Zürcher Zeitung»,
"Wehrdienstkommission", "SPÖ", "NEOS"; "NATO", "Kremlin", "Ministry of Defence", "MoD",
"National Audit Office", "Treasury", "BBC", "State Department", "Pentagon", "Congress",
"State Secretariat for Economic Affairs", "Dáil", "UN", "Defence Forces", "Congressional
Budget Office", "Armed Services Committee", "F-35", "Virginia-class", "Rafale", "SAMP/T",
"Le Monde", "Bundestag", "Reichstag", "YouGov", "Downing Street", "U.S. Army", "Stockholm
International Peace Research Institute", "SIPRI", "Taiwan Affairs Office", "Typhoon",
"Warton") stand for the way wire copy names them; every budget, share, order, price,
delivery date, vote, conscript, poll and quote here is invented, and where a real figure
came to mind it was changed.

Its weight: DEFENCE BUDGETS, ARMS DELIVERIES, MILITARY PROCUREMENT AND CONSCRIPTION over
about ten weeks (early March to mid-May of one year) in story order, each story told as
wire copy runs it (a dateline lead, the figures, attributed claims, the other side's reply,
quotes, follow-ups), the German and English stories interleaved by date. Half German (dpa,
APA, Keystone-SDA, AFP German; Austrian "heuer", "Mrd.", "Mio.", "Stellung",
"Grundwehrdiener", "Abrüsten", Swiss "18'000", "6'870", "Mia.", "gutgeheissen",
"grössten", "innert", «» quotes, German „“ quotes): the Wehrbeauftragte's annual report
with troop numbers, vacancies, the average age and a 15-point plan, the Bundesheer's budget
as a share of output with the Aufbauplan and the neutrality row over Sky Shield, Sipri's
arms transfers over five-year periods, the Swiss Armeebotschaft in the Nationalrat with its
tally and its air defence and ammunition credits, the Austrian Stellung with the aptness
rate and a record number of Zivildiener, the Ständerat tightening access to Swiss civilian
service and the referendum announced against it, Poland's budget and helicopter order, a
framework contract for 155-millimetre shells with its unit price, pupils striking against
the new German military service, Austria's jet trainers, Eurofighter scrambles and a
neutrality poll, the F-35A cost overrun found by the Swiss audit office, the Kiel
Institute's aid figures, conscription for women in Denmark, the Bundestag's budget
committee clearing Eurofighters and Patriots from the special fund with Moscow's embassy
replying, the Swiss neutrality initiative and an Austrian commission on a longer basic
service. Half English (Reuters, AP, PA, AFP): NATO's annual spending report and the
Kremlin's reply, the National Audit Office on the equipment plan, an arms maker's results,
a missile sale to Taiwan and Beijing's protest, Lithuania's conscription, Swiss war
materiel exports, a British shell order, Ireland's triple lock, Russia's spring draft, the
Pentagon's budget request, France's military budget, the Bundestag's military service law,
the British Army at its smallest, U.S. Army recruiting, SIPRI's world military spending,
Patriots delivered to Ukraine, Taiwan's special budget, NATO defence ministers' targets and
British drone and Typhoon orders. Figures as such copy has them: shares of GDP and of
budgets ("1,05 Prozent der Wirtschaftsleistung", "each at just over 2%", "between 5% and 6%
of GDP", "3.5% of GDP on core defense and a further 1.5%"), budgets, contracts, credits
and aid in euros, francs, dollars, pounds, Taiwan dollars and roubles, with the unit prices
of shells, jets, systems and interceptors ("knapp 8.700 Euro", "pro Maschine also mehr als
180 Millionen Euro", "about £4,800 a round", "each interceptor missile about $4 million"),
orders and deliveries in counts and delivery years ("zwischen 2027 und 2033", "between
2028 and 2030"), calibres, troops, conscripts, reservists and recruits, lengths of service
("Der Grundwehrdienst dauert sechs Monate, der Zivildienst neun.", "von vier auf elf
Monate", "zusätzlich 60 Tage"), ages of conscripts, parliament votes with tallies and
abstentions, polls, rankings and consecutive increases, multiples ("das Anderthalbfache",
"eightfold", "more than twentyfold", "multiplied by ten"), German number words and
compounds ("dreieinhalb Milliarden", "ein halbes Jahrhundert", "fünfstündigen",
"15-Punkte-Plan", "142-seitige", "100-Milliarden-Euro-Sondervermögen", "zweistelliges").
Negatives as such copy has them: ministers' rhetoric in quotes and in Konjunktiv I,
generals' warnings without figures, labels of parties, opposition politicians and the other
side, editorials quoted (one with a figure), a formal protest, verdicts with "hält ... für",
fears, forecasts without a figure, open questions and doubts (two with a figure), a chant,
a banner with a figure and a vox pop with an age.

241 rows (122 German, 119 English), 56 negatives (28 German, 28 English), 185 check-worthy
rows of which 16 carry no figure (10 German, 6 English), 357 expected quantities (105
counts, 59 percentages, 57 amounts of money - 25 EUR, 13 USD, 10 CHF, 6 GBP, 2 TWD, 1
RUB -, 48 durations, 46 years, 21 fractions, 11 ordinals, 10 dates; 8 of them in seven
negatives, as the seventeenth batch labels a figure in a negative), 36 checked speakers (18
German, 18 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives ("Die Armee
  könne heute nur etwa ein Drittel ihrer Truppen vollständig ausrüsten, sagte
  Verteidigungsministerin Monika Rüttimann im Rat." -> "Monika Rüttimann", the title and
  "im Rat" dropped as "im ORF", fiftieth; "Für die Erneuerung der Bodentruppen fehlten bis
  2035 zusätzlich dreieinhalb Milliarden Franken, so Rüttimann." -> "Rüttimann"; "Das
  Verteidigungsbudget belaufe sich ..., sagte Vize-Verteidigungsminister Piotr Zawadzki." ->
  "Piotr Zawadzki"; "Künftige Großprojekte würden ..., sagte Finanzstaatssekretärin Ulrike
  Brandner." -> "Ulrike Brandner"; fiftieth, hundred-fourteenth to hundred-eighteenth), with
  the speaker unchecked where the source is a document or a role or the verb no verb of
  saying ("Die Sanierung der Kasernen werde ..., heißt es in dem Bericht.", "Grund seien
  ..., heisst es im Bericht.", "Die USA hätten ..., heißt es in der Auswertung.", "Der Armee
  fehlten bis 2030 rund 30'000 Angehörige, hatte Armeechef Daniel Zbinden zuvor gewarnt.",
  "..., sagte ein Sprecher des Amts."; hundred-fourteenth, hundred-seventeenth). Konjunktiv I
  rhetoric and forecasts without a figure are negatives ("Jeder Zloty für die Armee sei
  „eine Versicherungsprämie für unsere Freiheit“, sagte Zawadzki.", "Die russische Botschaft
  in Berlin erklärte, Deutschland bereite sich „auf einen Krieg vor, ...“.", "Eine Annahme
  würde die Zusammenarbeit mit der Nato «erheblich erschweren», schreibt der Bundesrat in
  seiner Botschaft."; fiftieth, hundred-sixteenth), and so are generals' warnings without a
  figure ("Generalinspekteur Matthias Overbeck warnte, die Bedrohung sei „näher, ...“.", "The
  head of the Army, General Sir Nicholas Brayford, warned that the force was "too small
  ...""; fiftieth). New: a military threat assessment that names a date is check-worthy -
  "Germany's top general told the ministers that Russia could be in a position to attack a
  NATO member by 2029." with its year - as a forecast with a figure is (seventh,
  hundred-nineteenth: "Policymakers now see inflation ending the year at 3.0%"); its
  speaker, a role without a name, stays unchecked.
- The other side's reply (fiftieth, hundred-fourteenth, hundred-sixteenth): the Kremlin's
  figure stays check-worthy with its label appended ("Kremlin spokesman Yuri Belkin said
  NATO was now spending more than 10 times as much as Russia and called the alliance "a
  machine built for war."" -> "Yuri Belkin", 10 "over"; hundred-sixteenth: a denial paired
  with a label), while the label, the rhetoric and the forecast alone are negatives
  ("Moskau warf Warschau vor, das Land „in ein einziges Militärlager zu verwandeln“.",
  "Russia's embassy in Vilnius called the plan ...", "Russia's foreign ministry dismissed
  the report as ...", "China's Taiwan Affairs Office said the spending would "push ..."",
  "Russia was "forced to respond"", "the deliveries would "change nothing on the
  battlefield""), a formal protest too ("China's foreign ministry said it had lodged "stern
  representations" with Washington and urged it to cancel the sale."; hundred-seventeenth).
  Denials and counter-positions of record are check-worthy without a figure ("The defence
  ministry said conscripts would not be sent to fight in Ukraine." -> "the defence
  ministry"; "Das VBS hält an einem vertraglich vereinbarten Festpreis fest, die
  US-Botschaft in Bern bestreitet, dass es einen solchen gibt."; ninety-eighth,
  hundred-sixteenth), and so is an allegation of a checkable act by a plural group, speaker
  unchecked ("Rights groups say some conscripts have been pressured into signing contracts
  ..."; hundred-eighteenth: "Disability charities say ..."). New: ""Conscription is not on
  the table," a Downing Street spokesman said." is check-worthy - a position ruled out, as
  the hundred-twentieth's coalition ruled out, though it reads like a slogan - with its
  speaker unchecked (a role without a name).
- Check-worthy without a figure otherwise (forty-fifth, hundred-fourteenth to
  hundred-twenty-first): a chamber's stated aim ("Der Ständerat will den Wechsel ...
  deutlich erschweren."), the Federal Council rejecting an initiative and the initiative's
  content, a party's announced parliamentary question paired with its label ("Die FPÖ sieht
  in der Beteiligung an Sky Shield einen Bruch der Neutralität und kündigte eine
  parlamentarische Anfrage an."; hundred-sixteenth), a position by vote ("Die Linke stimmte
  als einzige Fraktion gegen sämtliche Vorlagen."; hundred-nineteenth), an announced bill
  ("Pachernegg kündigte an, bis Ende Juni einen Gesetzesentwurf vorzulegen.";
  ninety-eighth), the terms of two laws ("Service remains voluntary for now, but parliament
  can order compulsory call-ups ...", "Swiss law bars foreign buyers from passing Swiss-made
  weapons on ..."), what a budget will pay for, a cause stated in an audit report, and a
  company's guidance with a vague magnitude ("Für das laufende Jahr stellt Heidmark erneut
  ein zweistelliges Umsatzwachstum in Aussicht." - "zweistellig" carries no quantity and
  the guidance row stays check-worthy, twenty-third).
- Shares of output are percentages, "des BIP", "of GDP" and "der Wirtschaftsleistung"
  carrying none (fiftieth, fifty-third): "1,05 Prozent der Wirtschaftsleistung", "auf zwei
  Prozent", "ein Prozent der Wirtschaftsleistung", "4,8 Prozent seiner
  Wirtschaftsleistung", "mit jeweils mehr als 0,9 Prozent" "over" ("jeweils" no hedge),
  "auf 0,22 Prozent", "the alliance's 2% spending target", "at 4.31% of gross domestic
  product, ahead of Lithuania with 3.86% and Latvia with 3.64%", "2.4% of GDP", "the 3.5%
  of GDP on core defence", "each at just over 2%" "over" (hundred-eighteenth: "just over"),
  "2.6% of GDP", "raising that to 3%", "between 5% and 6% of GDP" both with no hedge,
  "about 0.2%", "about 6.1% of GDP", "7.4% of GDP", "to 3.32% of GDP this year and to 5%",
  "3.5% of GDP on core defense and a further 1.5%" ("a further" no hedge). Shares of totals
  likewise ("43 Prozent aller Exporte", "mit knapp 10 Prozent" "nearly", "fast 98 Prozent"
  "nearly", "China for an estimated 12%" "about" - fiftieth: "an estimated" -, "averaged
  7.6% ..., up from 6.9%" - "averaged" no hedge -, "At least 10% ..., up from about 4%").
  Polls are check-worthy with the speaker unchecked (forty-first, hundred-sixteenth): "61
  Prozent ..., nur 22 Prozent", "54 Prozent ..., 41 Prozent dagegen", "37% ..., while 49%",
  and "Jeder Fünfte der Befragten hält einen militärischen Angriff auf Österreich in den
  nächsten zehn Jahren für wahrscheinlich." with 0.2 and 10 years (hundred-sixteenth: a
  share of respondents holding a view is a measured fact), while "hält ... für" said of a
  person stays a verdict ("Der Verfassungsjurist Bernd Kopetz hält die Teilnahme dagegen
  für „neutralitätsrechtlich unbedenklich“.", "Die NEOS halten eine Verlängerung ... für
  „reine Zeitverschwendung“.").
- Budgets, contracts, credits and aid are money in the currency written (every batch): EUR
  ("5,1 Mrd. Euro, um knapp 300 Mio. Euro mehr als heuer" - "um" no hedge, "knapp"
  "nearly", the "mehr als" after the figure compares -, "im Wert von bis zu 9,6 Milliarden
  Euro" "up_to", "Einzelne Abrufe von mehr als 25 Millionen Euro" "over", "Beschaffungen
  unter 5.000 Euro" "under", "umgerechnet rund 46 Milliarden Euro" "about" - "umgerechnet"
  no hedge, hundred-seventeenth -, "41,3 Milliarden Euro", "9,8 Milliarden Euro", "zusammen
  rund 31 Milliarden Euro" "about", "gut 3,7 Milliarden Euro" "over", "82,7 Milliarden
  Euro", "rund 1,2 Mrd. Euro", "350 bis 420 Millionen Euro jährlich" both, "11.2 billion
  euros", "a record 71 billion euros" - "a record" no hedge -, "62 billion euros", "6.5
  billion euros over three years", "11.5 billion euros", "roughly 2,600 euros a month",
  "about 700 euros a month"), CHF ("insgesamt 2,4 Milliarden Franken", "1,1 Milliarden
  Franken", "260 Mio. Franken", "rund 9,8 Mia. Franken im Jahr" - Swiss "Mia.", fortieth -,
  "zusätzlich dreieinhalb Milliarden Franken" 3.5e9 - "zusätzlich" no hedge; fifty-third:
  "zweieinhalb Milliarden Euro" -, "zwischen 520 Millionen und 1,1 Milliarden Franken" both
  in the currency written once with no hedge, "höchstens 6 Milliarden Franken" "at_most",
  "rund 15 Milliarden Franken", "612 million Swiss francs ($690 million)" CHF and USD),
  USD ("an estimated $559 billion" "about", "5,3 Milliarden Dollar", "worth an estimated
  $2.3 billion", "$1.01 trillion", "$25 billion", "as much as $542 billion" "up_to",
  "$2.91 trillion", "an estimated $162 billion", "$4.3 billion worth"), GBP ("at least £28
  billion" "at_least", "£9.4 billion", "about £66 billion a year", "£1.2 billion", "£4
  billion"), TWD ("T$850 billion ($27 billion)" TWD and USD, the converted figure in
  brackets with no hedge, fifty-first and eightieth; "T$647 billion") and RUB ("12.9
  trillion roubles"; fiftieth: "13 Billionen Rubel"). "Aus dem
  100-Milliarden-Euro-Sondervermögen" is 1e11 EUR (nineteenth: "ein
  90-Milliarden-Euro-Darlehen"). Unit prices are money with their hedge, the unit priced
  carrying none ("Rechnerisch kostet eine Granate damit knapp 8.700 Euro." "nearly", "der
  Stückpreis bei rund 2.000 Euro" "about", "pro Maschine also mehr als 180 Millionen Euro"
  "over", "at about £4,800 a round" - "a round" none, as "a litre", fifty-third -, "A single
  system costs about $1 billion, and each interceptor missile about $4 million" - "A
  single" and "each" none, hundred-fifteenth).
- Counts: jets, helicopters, systems, missiles, shells, ships, radars, jobs and troops as
  written (fiftieth); type designations carry none, the figure inside them included
  (fiftieth: "F-35A", "Iris-T SLM", "Patriot"): "IRIS-T SLM", "AH-64E", "F-35", "F-35A",
  "M-346", "SAMP/T", "Patriot-Feuereinheiten", "Eurofighter", "Typhoon", "Rafale",
  "Virginia-class". Calibres are counts ("155-Millimeter-Munition", "155mm artillery
  shells", "of the 155mm ammunition"; fiftieth), the shells beside them their own count
  ("bis zu 1,1 Millionen Schuss" "up_to", "up to 250,000 shells" "up_to"); "eine halbe
  Million Granaten" 500,000 (fiftieth: "eine halbe Million Schuss"); "Tausende Helfer" and
  "several hundred school students" none (seventeenth). Tallies, one count per figure
  (eleventh, sixty-fifth, hundred-sixteenth): "mit 131 zu 59 Stimmen bei 3 Enthaltungen",
  "mit 28 zu 14 Stimmen", "by 124 to 68", "by 78 votes to 66", "by 318 votes to 271, with
  five abstentions", "by 61 votes to 49". "Twenty-seven of NATO's 32 members ..., up from
  23" three counts (a definite group, forty-first), "Only three allies" ("Only" no hedge),
  "Eight allies ..., two diplomats said" (hundred-first: "two Egyptian security sources"),
  "more than 12 Irish troops" "over", "41 Mal" 41 (the issue's "100 Mal"),
  "Priority-A-Einsätzen" none (as "A-Segment", hundred-fifteenth), "einen 15-Punkte-Plan"
  15 (the issue's "28-Punkte-Entwurf"), "Der 142-seitige Bericht" 142 (hundred-seventeenth:
  "148-seitigen"). New: "the so-called triple lock" carries no count - the name of a rule,
  as "Nulldefizit" and "die schwarze Null" carry none (fifty-third). New: "eine
  Mindestzahl von 150 Diensttagen" is count 150 with no hedge - a day inside a compound
  noun is counted (hundred-twenty-first: "an ihren sechs Publikumstagen") and the noun
  "Mindestzahl" carries the bound, as "capped at" (hundred-fifteenth) and "the most any
  worker would lose was" (hundred-nineteenth) do. "two Virginia-class attack submarines,
  one fewer than last year" counts 2 and 1 (hundred-twenty-first: "including one
  intermission"; "fewer" after a figure compares, hundred-seventeenth).
- Multiples are counts (seventeenth, fiftieth, hundred-twenty-first): "more than 10 times
  as much as Russia" 10 "over", "more than twentyfold" 20 "over", "will rise eightfold" 8,
  "roughly threefold" 3 "about"; "mehr als verdreifacht" and "halbierte sich" carry none
  (verbs; nineteenth, hundred-seventeenth: "mehr als halbiert"). New: "das Anderthalbfache
  der Diensttage" is count 1.5 - "anderthalb" with "-fache", as "das Dreifache" is 3 and
  "anderthalb Jahre" 1.5 years (fiftieth). New: "are to be multiplied by ten" is count 10,
  a multiplier with its figure as "tenfold" (twenty-second).
- Fractions (the issue; hundred-fourteenth to hundred-twenty-first): "Jede vierte Stelle"
  0.25, "Knapp ein Fünftel" 0.2 "nearly", "Rund ein Drittel ..., ein weiteres Viertel"
  0.3333 "about" and 0.25 ("weiteres" no hedge), "Mehr als die Hälfte" 0.5 "over", "etwa
  ein Drittel" 0.3333 "about", "Fast jeder zweite Taugliche" 0.5 "nearly", "rund ein
  Fünftel mehr als 2019" 0.2 "about", "Mehr als ein Drittel von ihnen" 0.3333 "over",
  "knapp ein Drittel mehr" 0.3333 "nearly", "Rund drei Viertel" 0.75 "about", "fast jeder
  vierte Wehrdienstleistende" 0.25 "nearly", "mehr als die Hälfte" 0.5 "over", "Jeder
  dritte Grundwehrdiener" 0.3333, "nearly half of the increase" 0.5 "nearly", "a third more
  than last year" 0.3333, "about a fifth of the total" 0.2 "about", "by more than half" 0.5
  "over", "roughly a quarter" 0.25 "about", "by about a tenth" 0.1 "about".
- Conscription and service (fiftieth, hundred-eighteenth): lengths of service are durations
  ("Service lasts nine months", "12 months of compulsory service", "von vier auf elf
  Monate", "von sechs auf acht Monate", "von neun auf zwölf Monate" - the unit written once
  serves both, seventy-sixth -, "auf acht Monate ... zwei Monate", "zusätzlich 60 Tage
  verpflichtende Milizübungen" 60 days, "in der Regel 368 Tage" 368 days - "in der Regel"
  no hedge, as "usually", hundred-fourteenth). New: "Der Grundwehrdienst dauert sechs
  Monate, der Zivildienst neun." gives 6 and 9 months - the unit written once serves the
  later elliptic figure, as the currency written once does (hundred-seventeenth).
  Conscripts, recruits and reservists are counts ("rund 41.800 jungen Männern", "14.412
  Männer", "6'870 Personen" - Swiss apostrophe, tenth -, "rund 30'000 Angehörige", "rund
  350.000 junge Männer", "rund 23.000 beorderte Soldaten ..., von 55.000" - "verfügt ...
  über rund" the hedge "rund", fiftieth -, "5,200 conscripts", "152,000 men", "about 20,000
  recruits a year", "62,500 recruits", "50,000 trained reservists"), the aptness rate a
  percentage ("71,2 Prozent als tauglich"). Ages are durations in years ("aged 18 to 23",
  "aged 18 to 30" and "aged 17 to 24" both with no hedge, thirty-third; "all 18-year-old
  men"; "Lena Brandt, 17," in a negative, labelled, seventy-sixth; "Das Durchschnittsalter
  der Truppe stieg auf 34,1 Jahre." 34.1 years); "des Jahrgangs 2009" is the year 2009
  (thirty-ninth: a cohort named by its year).
- Durations otherwise (the issue: "fünfstündigen"): "nach einer fünfstündigen Debatte" and
  "Nach einer fünfstündigen Sitzung" 5 hours, "nach einer mehr als dreistündigen Debatte" 3
  hours "over" (hundred-twentieth: "einen mehr als zweistündigen"), "im
  Fünfjahreszeitraum 2021 bis 2025 gegenüber den fünf Jahren davor" 5 years twice with both
  years (fiftieth), "in den ersten sechs Monaten" ordinal 1 and 6 months (eighty-ninth),
  "für zehn Jahre", "in den nächsten zehn Jahren", "über 30 Jahre hinweg" 30 years with no
  hedge (hundred-sixteenth: "über fünf Jahre hinweg"), "innert 100 Tagen" (Swiss,
  ninety-ninth), "30 Jahre lang" (in a negative, labelled), "The Ministry of Defence's
  10-year equipment plan" 10 years (the issue's "a two-week visit"), "within 72 hours" and
  "within 18 months" (no hedge, fiftieth), "30 days to object", "the lowest in nine years"
  9 years (fifty-third: "its smallest in four years"), "after five years", "two years ahead
  of schedule", "over three years", "over 20 years" and "over eight years" ("over" before
  a span no hedge, hundred-sixteenth), "in the 12 months to March", "nearly four months
  early" "nearly", "over the next four years" (forty-first). New: "noch rund ein halbes
  Jahrhundert" is 50 years "about" - half a century read in years, as "ein halbes Prozent"
  is 0.5 % and "more than six decades" 60 years (twenty-fourth, hundred-twenty-first); the
  century is no unit of the issue's list. None: "ein Jahr zuvor", "a year earlier", "im
  Vorjahr", "heuer", "im kommenden Jahr", "this year", "next year", "last year", "a
  month", "a year", "im Jahr", "jährlich", "pro Jahr", "jahrzehntelang" and "a decade" (in
  negatives).
- Ordinals (fiftieth, hundred-fourteenth): "zum vierten Mal in Folge" 4, "auf Platz zwei"
  2, "auf Rang fünf" 5, "Die ersten Maschinen" 1, "Die ersten acht Jets" 1 and 8
  (fiftieth: "Die ersten Flugzeuge"), "the first drone units" 1, "the fifth U.S. arms sale"
  5, "the 11th consecutive annual increase" 11, "the world's fourth-largest military
  spender" 4 (fiftieth: "the world's 10th-largest"), "since the early 19th century" 19
  (centuries are ordinals, seventeenth and hundred-twenty-first). "the largest share", "the
  lowest spenders", "its highest share", "so viele wie nie zuvor", "so viel wie kein anderes
  Nato-Land", "the largest spring draft", "its smallest" carry none (forty-first).
- Years and dates: "bis 2031", "Bis 2032", "bis 2035", "Bis 2030", "2028 ... bis 2032",
  "zwischen 2027 und 2033", "2019", "2020", "ab 2028", "2027", "im April 2024", "since 1990",
  "by 2035", "in 2027", "from 2027", "since February 2022", "between 2028 and 2030", "by
  2029", "between 2026 and 2029", "since 2011", "by 2028", "in 2022 and 2023", "since
  2022", "in 2022", "by 2030" years; "Ab Januar 2027" the year (hundred-twentieth: "im Jänner
  2020"); "bis mindestens 2035" and "frühestens im Frühjahr 2027" the year with no
  qualifier (fiftieth: "bis spätestens 2030", "frühestens 2028"; the hedges bound amounts);
  "ab dem 1. Juli" --07-01; Reuters and AFP datelines with a day ("BRUSSELS, March 3",
  "FRANKFURT, March 12", "VILNIUS, March 18", "ZURICH, March 20", "MOSCOW, March 31", "PARIS,
  April 8 (AFP)", "BERLIN, April 9", "STOCKHOLM, April 27", "TAIPEI, May 6") dates without
  a year; dpa, APA, Keystone-SDA, AFP German ("Warschau (AFP) -", "Kopenhagen (AFP) -"), AP
  ("WASHINGTON (AP) —", "KYIV, Ukraine (AP) —", "BRUSSELS (AP) —") and PA datelines none
  (seventy-ninth). Weekdays, months and "Ende Dezember", "im Januar", "Ende Juni", "since
  January", "in December", "in April" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly", "an
  estimated" "about"; "knapp", "Knapp", "fast", "Fast", "nearly" "nearly"; "mehr als",
  "Mehr als", "gut", "more than", "just over" "over"; "unter" "under"; "bis zu", "up to",
  "as much as" "up_to"; "at least", "At least" "at_least"; "höchstens" "at_most". No hedge:
  "insgesamt", "zusammen" (with "rund" the hedge), "nur", "Only", "jeweils", "zusätzlich",
  "weiteres", "a further", "umgerechnet", "in der Regel", "zwischen", "between", "averaged",
  "a record", "A single", "each", "um" before a difference, "bis mindestens" and
  "frühestens" before a year, "over" and "within" before a span, "mehr als" and "fewer"
  after a figure.
- Speakers, checked only in forms the earlier batches settled: "Verteidigungsminister
  Carsten Rehberg sagte, ..." -> "Carsten Rehberg" (fiftieth: "Verteidigungsministerin
  Claudia Reiter sagte im ORF, ..."); "teilte das Verteidigungsministerium am Donnerstag
  mit" (the weekday dropped, hundred-fourteenth), "teilte das Verteidigungsministerium mit"
  and "teilte das Verteidigungsministerium in Kopenhagen mit" (the place dropped,
  hundred-seventeenth) -> "das Verteidigungsministerium", "teilte das Bundesheer mit" and
  "teilte das Finanzministerium mit" (fiftieth), "teilte das Amt am Donnerstag mit" -> "das
  Amt" (as "teilte das Gericht mit", hundred-fourteenth), "teilte die Bundeskanzlei mit",
  "teilte Armasuisse mit" -> "Armasuisse" (a name without an article as written,
  hundred-seventeenth: "Statistics Canada"), "Laut Sipri" -> "Sipri" (fiftieth), "Nach
  Angaben der Zivildienstserviceagentur" -> "die Zivildienstserviceagentur" (seventieth),
  "wie das Bundesamt für Zivildienst mitteilte" and "wie das Kiel Institut für
  Weltwirtschaft am Mittwoch mitteilte" (hundred-twenty-first: "wie die Messe am Sonntag
  mitteilte"), "sagte Verteidigungsministerin Monika Rüttimann im Rat", "so Rüttimann",
  "sagte Vize-Verteidigungsminister Piotr Zawadzki", "so Studienleiter Moritz Hellberg"
  (hundred-fourteenth: "so Synodalratspräsidentin Verena Amstutz"), "sagte
  Finanzstaatssekretärin Ulrike Brandner" the name with the title dropped. English: "NATO
  said in its annual report on Tuesday" -> "NATO" as written (as "Sotheby's said",
  hundred-twenty-first), "Kremlin spokesman Yuri Belkin said" -> "Yuri Belkin" (fiftieth),
  "the National Audit Office has said" (fiftieth), "Defence Secretary Graham Attwell said"
  (fiftieth: "Defence Secretary Jonathan Mercer told parliament") and "Attwell said" as
  written, "The MoD said ..." opening the row and "the MoD said" -> "the MoD"
  (hundred-fourteenth: the article lowered), "Chief Executive Bernd Kolbeck said", "the
  Pentagon said Thursday" -> "the Pentagon" (the weekday dropped; fiftieth), "the defence
  ministry said on Wednesday" and "The defence ministry said ..." -> "the defence ministry"
  (hundred-eighteenth: "the interior ministry said"), "Defence Minister Rasa Kairyte said",
  "the State Secretariat for Economic Affairs said on Friday", "the company said", "the
  armed forces ministry said on Wednesday", "Defence Minister Carsten Rehberg said",
  "according to the Stockholm International Peace Research Institute" with its article and
  "according to SIPRI" as written (fiftieth). Left unchecked (None): "schreibt die
  Wehrbeauftragte", "heißt es in dem Bericht", "heisst es im Bericht", "heißt es in der
  Auswertung", "laut Aufbauplan", "laut dem Bericht" (documents, hundred-second), "nach
  Berechnungen des Budgetdienstes des Parlaments" (hundred-twentieth), "teilte das
  Friedensforschungsinstitut Sipri am Montag mit" (a description before the name,
  fiftieth), "plädierte", "hatte ... zuvor gewarnt", "kündigte ... an", "beziffert",
  "veranschlagt", "rechnet ... mit" (no verbs of saying a fact), "sagte ein Sprecher des
  Amts" (a role without a name), "Nach Angaben der Veranstalter ..., die Polizei zählte
  ..." (two sources, hundred-eighteenth), "den Forschern zufolge" (a plural group), "Laut
  einer Umfrage des Market-Instituts", "In einer Umfrage des Instituts Sotomo"; "the report
  showed", "according to Treasury figures", "official figures show", "according to
  Pentagon data", "according to budget documents", "according to a decree published on
  Tuesday", "according to an AP tally of air force reports" (data and documents), "the
  Pentagon's comptroller told reporters", "Taiwan's defense ministry said", "Ukraine's air
  force said Wednesday" (a possessive heading the source, eighty-third and
  hundred-nineteenth), "The U.S. Army said Tuesday" (the national abbreviation heading the
  name, hundred-first: "the Swiss government said"), "Congressional Budget Office analysts
  have put the cost ... at", "two diplomats said", "Rights groups say" (plural groups), "a
  Downing Street spokesman said", "the Defence Secretary announced", "Germany's top general
  told the ministers" (roles without a name), "The MoD also confirmed", rows without
  attribution and all negatives, also those with a named speaker.
- Negatives (fiftieth, ninety-eighth, hundred-fourteenth to hundred-twenty-first):
  ministers' and officials' rhetoric and creed, also with a named speaker („Wir haben 30
  Jahre lang von der Friedensdividende gelebt, ...“ with its 30 years labelled, „Neutralität
  ist kein Schutzschild, ...“, „Freiheit gibt es nicht zum Nulltarif“ - "Nulltarif" none,
  fifty-third -, „Gleichberechtigung hört nicht am Kasernentor auf“, „Eine Armee, die nicht
  übt, ...“, ""The trend is good, ..."", ""Our geography does not give us the luxury of
  time,"", ""This is about putting Britain's industrial base on a war footing,"", ""Never
  since 1945 has freedom been so threatened ..."" with its year labelled, ""Young Americans
  are answering the call,"", ""No one in Moscow should doubt our resolve,"", ""The era of
  fighting the last war is over,"", "The Tánaiste said neutrality remained "a cornerstone
  ...""); a company chief's, an industry head's and researchers' verdicts in quotes ("This is not a bubble,
  ...", „Europa kauft, als gäbe es kein Morgen, ...“, „Europa zahlt inzwischen mehr, ...“,
  "Governments are buying security today ...", "Our neutrality has become a sales
  handicap"); labels of parties, politicians and the other side („Personalnotstand mit
  Ansage“, „Neutralitätsbruch auf Raten“, «ein Feigenblatt, mehr nicht», „Mondpreisen, die
  die Industrie diktiert“, „Retro-Politik aus dem Kalten Krieg“, "a damning verdict on a
  decade of drift", "hollowed out", "a blank check for a dome that may never work", and the
  replies above); quotes of opponents («Wir kaufen Waffen für einen Krieg, ...», «Man
  bestraft junge Menschen ...», «Die Schweiz hat sich über den Tisch ziehen lassen», "You
  cannot defend a country on a spreadsheet"); editorials quoted (New: an editorial quoted
  by the agency is a negative even when it carries a figure - "Die «Neue Zürcher Zeitung»
  hielt dem Bundesrat vor, mit einem Armeebudget von einem Prozent des BIP lasse sich
  Neutralität ohnehin nicht glaubwürdig verteidigen." with its 1 percent labelled - as the
  reviews quoted by the agencies, hundred-twenty-first, and a Konjunktiv I verdict with a
  figure, hundred-seventeenth; "Die „Presse“ kommentierte, ..." and "Le Monde said in an
  editorial that ..." without one); a fear ("Rettungsorganisationen fürchten, ...";
  thirtieth); open questions, doubts and a refusal to say, two with a figure labelled ("Ob
  der Bundesrat die Zahl der Jets verringert, wollte Rüttimann nicht sagen.", "Ob die
  Industrie die Maschinen wie zugesagt ab 2031 liefern kann, bezweifeln selbst Beamte im
  Ministerium." 2031, "Whether the 3.5% can be reached by 2035 is doubted ..." 3.5 and
  2035, "Whether the plant can recruit ...", "Whether the surge lasts ..."; hundred-twentieth:
  questions carrying a figure); a chant ("We won't be your cannon fodder"), the banner
  „Schulen statt Panzer – 100 Milliarden für Bildung“ (count 100,000,000,000 and no money -
  no currency is written, hundred-twenty-first) and a vox pop ("Lena Brandt, 17,").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_122 = [
    # --- NATO annual report (Reuters) ---
    (
        "en",
        "BRUSSELS, March 3 (Reuters) - Twenty-seven of NATO's 32 members met the alliance's 2% spending target last year, up from 23 a year earlier, NATO said in its annual report on Tuesday.",
        True,
        [
            ("date", "--03-03", None, None),
            ("count", 27, None, None),
            ("count", 32, None, None),
            ("percent", 2, "%", None),
            ("count", 23, None, None),
        ],
        "NATO",
    ),
    (
        "en",
        "Poland again devoted the largest share of its economy to defence, at 4.31% of gross domestic product, ahead of Lithuania with 3.86% and Latvia with 3.64%.",
        True,
        [("percent", 4.31, "%", None), ("percent", 3.86, "%", None), ("percent", 3.64, "%", None)],
        None,
    ),
    (
        "en",
        "Germany's defence spending reached 2.4% of GDP, its highest share since 1990, the report showed.",
        True,
        [("percent", 2.4, "%", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Only three allies already spend the 3.5% of GDP on core defence that leaders have pledged to reach by 2035.",
        True,
        [("count", 3, None, None), ("percent", 3.5, "%", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "Spain, Belgium and Canada were among the lowest spenders, each at just over 2%.",
        True,
        [("percent", 2, "%", "over")],
        None,
    ),
    (
        "en",
        "Combined defence spending by European allies and Canada rose 19% to an estimated $559 billion.",
        True,
        [("percent", 19, "%", None), ("money", 559000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"The trend is good, but good is not the same as ready," the NATO secretary general told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Kremlin spokesman Yuri Belkin said NATO was now spending more than 10 times as much as Russia and called the alliance "a machine built for war."',
        True,
        [("count", 10, None, "over")],
        "Yuri Belkin",
    ),
    # --- Jahresbericht der Wehrbeauftragten (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundeswehr ist im vergangenen Jahr erneut kaum gewachsen: Ende Dezember dienten nach dem Jahresbericht der Wehrbeauftragten 182.740 Soldatinnen und Soldaten.",
        True,
        [("count", 182740, None, None)],
        None,
    ),
    (
        "de",
        "Das waren nur gut 1.300 mehr als ein Jahr zuvor, das Ziel von 203.000 bis 2031 rückt damit in weite Ferne.",
        True,
        [("count", 1300, None, "over"), ("count", 203000, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Jede vierte Stelle oberhalb der Mannschaftsdienstgrade ist unbesetzt, schreibt die Wehrbeauftragte Sabine Löhr-Winter.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Das Durchschnittsalter der Truppe stieg auf 34,1 Jahre.", True, [("duration", 34.1, "year", None)], None),
    (
        "de",
        "Knapp ein Fünftel der Rekrutinnen und Rekruten bricht den Dienst schon in den ersten sechs Monaten wieder ab.",
        True,
        [("fraction", 0.2, None, "nearly"), ("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Die Sanierung der Kasernen werde beim derzeitigen Tempo noch rund ein halbes Jahrhundert dauern, heißt es in dem Bericht.",
        True,
        [("duration", 50, "year", "about")],
        None,
    ),
    ("de", "Löhr-Winter sprach von einem „Personalnotstand mit Ansage“.", False, [], None),
    (
        "de",
        "Verteidigungsminister Carsten Rehberg sagte, die Zahl der Bewerbungen sei im Januar um 21 Prozent gestiegen.",
        True,
        [("percent", 21, "%", None)],
        "Carsten Rehberg",
    ),
    (
        "de",
        "Er legte zudem einen 15-Punkte-Plan vor, nach dem Beschaffungen unter 5.000 Euro künftig ohne Ausschreibung möglich sein sollen.",
        True,
        [("count", 15, None, None), ("money", 5000, "EUR", "under")],
        None,
    ),
    (
        "de",
        "Generalinspekteur Matthias Overbeck warnte, die Bedrohung sei „näher, als viele in diesem Land wahrhaben wollen“.",
        False,
        [],
        None,
    ),
    # --- Budget für das Bundesheer (APA) ---
    (
        "de",
        "Wien (APA) - Das Bundesheer soll im kommenden Jahr 5,1 Mrd. Euro erhalten, um knapp 300 Mio. Euro mehr als heuer.",
        True,
        [("money", 5100000000, "EUR", None), ("money", 300000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Das entspricht 1,05 Prozent der Wirtschaftsleistung, teilte das Verteidigungsministerium am Donnerstag mit.",
        True,
        [("percent", 1.05, "%", None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Bis 2032 soll der Anteil laut Aufbauplan auf zwei Prozent steigen.",
        True,
        [("year", 2032, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Rund ein Drittel des Budgets fließt in das Personal, ein weiteres Viertel in Investitionen, vor allem in Fahrzeuge und Luftabwehr.",
        True,
        [("fraction", 0.3333, None, "about"), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Inflationsbereinigt steigen die Ausgaben nach Berechnungen des Budgetdienstes des Parlaments allerdings nur um 1,8 Prozent.",
        True,
        [("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir haben 30 Jahre lang von der Friedensdividende gelebt, diese Zeit ist vorbei“, sagte Verteidigungsministerin Gerlinde Pachernegg.",
        False,
        [("duration", 30, "year", None)],
        None,
    ),
    (
        "de",
        "Die FPÖ kritisierte die Teilnahme an der europäischen Luftabwehrinitiative Sky Shield als „Neutralitätsbruch auf Raten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Presse“ kommentierte, ein Heer, das heuer erstmals wieder Panzer kaufe, habe „jahrzehntelang von der Substanz gelebt“.",
        False,
        [],
        None,
    ),
    # --- Sipri: Waffenhandel (dpa) ---
    (
        "de",
        "Stockholm (dpa) - Die Einfuhren schwerer Waffen nach Europa haben sich im Fünfjahreszeitraum 2021 bis 2025 gegenüber den fünf Jahren davor mehr als verdreifacht.",
        True,
        [
            ("duration", 5, "year", None),
            ("year", 2021, None, None),
            ("year", 2025, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Ukraine war demnach mit einem Anteil von 8,6 Prozent der weltweit größte Importeur schwerer Waffen, teilte das Friedensforschungsinstitut Sipri am Montag mit.",
        True,
        [("percent", 8.6, "%", None)],
        None,
    ),
    (
        "de",
        "Laut Sipri stammten 43 Prozent aller Exporte aus den USA, Frankreich folgte mit knapp 10 Prozent auf Platz zwei.",
        True,
        [("percent", 43, "%", None), ("percent", 10, "%", "nearly"), ("ordinal", 2, None, None)],
        "Sipri",
    ),
    (
        "de",
        "Deutschland rutschte mit 5,2 Prozent auf Rang fünf ab, Russlands Anteil halbierte sich auf 7,4 Prozent.",
        True,
        [("percent", 5.2, "%", None), ("ordinal", 5, None, None), ("percent", 7.4, "%", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der Waffen, die europäische Staaten einführten, kam aus den Vereinigten Staaten.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Lieferungen an Staaten im Nahen Osten gingen um 19 Prozent zurück.",
        True,
        [("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "„Europa kauft, als gäbe es kein Morgen, und es kauft vor allem amerikanisch“, sagte Sipri-Forscherin Annika Sjöberg.",
        False,
        [],
        None,
    ),
    # --- Equipment plan gap (PA) ---
    (
        "en",
        "LONDON (PA) - The Ministry of Defence's 10-year equipment plan is unaffordable by at least £28 billion, the National Audit Office has said.",
        True,
        [("duration", 10, "year", None), ("money", 28000000000, "GBP", "at_least")],
        "the National Audit Office",
    ),
    (
        "en",
        "The spending watchdog found that costs across 46 major projects had risen by £9.4 billion since the previous plan, with armoured vehicles accounting for nearly half of the increase.",
        True,
        [("count", 46, None, None), ("money", 9400000000, "GBP", None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Defence spending is due to reach 2.6% of GDP in 2027, or about £66 billion a year, according to Treasury figures.",
        True,
        [("percent", 2.6, "%", None), ("year", 2027, None, None), ("money", 66000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Defence Secretary Graham Attwell said the Government was committed to raising that to 3% in the next parliament.",
        True,
        [("percent", 3, "%", None)],
        "Graham Attwell",
    ),
    (
        "en",
        'Shadow defence secretary Lucy Marchant called the report "a damning verdict on a decade of drift."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The MoD said 11 projects, including two new classes of frigate, had been rated amber or red for delivery.",
        True,
        [("count", 11, None, None), ("count", 2, None, None)],
        "the MoD",
    ),
    (
        "en",
        '"You cannot defend a country on a spreadsheet," a former chief of the defence staff told the BBC.',
        False,
        [],
        None,
    ),
    # --- Armeebotschaft im Nationalrat (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat die Armeebotschaft mit Verpflichtungskrediten von insgesamt 2,4 Milliarden Franken gutgeheissen.",
        True,
        [("money", 2400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel nach einer fünfstündigen Debatte mit 131 zu 59 Stimmen bei 3 Enthaltungen, dagegen stimmten SP und Grüne.",
        True,
        [
            ("duration", 5, "hour", None),
            ("count", 131, None, None),
            ("count", 59, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Den grössten Posten bilden 1,1 Milliarden Franken für die bodengestützte Luftverteidigung mittlerer Reichweite vom Typ IRIS-T SLM.",
        True,
        [("money", 1100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Dazu kommen 260 Mio. Franken für Munition, darunter rund 18'000 Schuss für die Panzerhaubitzen.",
        True,
        [("money", 260000000, "CHF", None), ("count", 18000, None, "about")],
        None,
    ),
    (
        "de",
        "Bis 2030 soll das Armeebudget ein Prozent der Wirtschaftsleistung erreichen, das wären rund 9,8 Mia. Franken im Jahr.",
        True,
        [("year", 2030, None, None), ("percent", 1, "%", None), ("money", 9800000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Armee könne heute nur etwa ein Drittel ihrer Truppen vollständig ausrüsten, sagte Verteidigungsministerin Monika Rüttimann im Rat.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Monika Rüttimann",
    ),
    (
        "de",
        "Für die Erneuerung der Bodentruppen fehlten bis 2035 zusätzlich dreieinhalb Milliarden Franken, so Rüttimann.",
        True,
        [("year", 2035, None, None), ("money", 3500000000, "CHF", None)],
        "Rüttimann",
    ),
    (
        "de",
        "«Wir kaufen Waffen für einen Krieg, den wir nie führen wollen», sagte SP-Nationalrätin Céline Ducret.",
        False,
        [],
        None,
    ),
    ("de", "SVP-Nationalrat Thomas Imfeld nannte das Paket «ein Feigenblatt, mehr nicht».", False, [], None),
    # --- Heidmark results (Reuters) ---
    (
        "en",
        "FRANKFURT, March 12 (Reuters) - German arms maker Heidmark Defence on Thursday reported a 36% rise in annual sales to 11.2 billion euros and forecast growth of 35% to 40% this year.",
        True,
        [
            ("date", "--03-12", None, None),
            ("percent", 36, "%", None),
            ("money", 11200000000, "EUR", None),
            ("percent", 35, "%", None),
            ("percent", 40, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Its order backlog swelled to a record 71 billion euros at the end of December.",
        True,
        [("money", 71000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Bernd Kolbeck said the group's artillery ammunition output would reach 1.1 million rounds a year by 2027.",
        True,
        [("count", 1100000, None, None), ("year", 2027, None, None)],
        "Bernd Kolbeck",
    ),
    (
        "en",
        "Shares in the company have risen more than twentyfold since February 2022.",
        True,
        [("count", 20, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    ("en", '"This is not a bubble, it is a decade of catching up," Kolbeck told analysts.', False, [], None),
    # --- Missile sale to Taiwan (AP) ---
    (
        "en",
        "WASHINGTON (AP) — U.S. officials have cleared a possible sale of 60 air defense missiles and related equipment to Taiwan worth an estimated $2.3 billion, the Pentagon said Thursday.",
        True,
        [("count", 60, None, None), ("money", 2300000000, "USD", "about")],
        "the Pentagon",
    ),
    (
        "en",
        "The package includes three radar units and training for about 200 Taiwanese personnel.",
        True,
        [("count", 3, None, None), ("count", 200, None, "about")],
        None,
    ),
    (
        "en",
        "It is the fifth U.S. arms sale to the island to be approved since January.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    ("en", "Congress has 30 days to object to the sale.", True, [("duration", 30, "day", None)], None),
    (
        "en",
        'China\'s foreign ministry said it had lodged "stern representations" with Washington and urged it to cancel the sale.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Beijing sanctioned nine U.S. defense companies in December over earlier sales.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Taiwan's defense ministry said the missiles would be delivered between 2028 and 2030.",
        True,
        [("year", 2028, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Stellung und Zivildienst (APA) ---
    (
        "de",
        "Wien (APA) - Von den rund 41.800 jungen Männern, die im Vorjahr zur Stellung mussten, sind 71,2 Prozent als tauglich eingestuft worden.",
        True,
        [("count", 41800, None, "about"), ("percent", 71.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Tauglichkeitsquote ist damit zum vierten Mal in Folge gestiegen, teilte das Bundesheer mit.",
        True,
        [("ordinal", 4, None, None)],
        "das Bundesheer",
    ),
    (
        "de",
        "Fast jeder zweite Taugliche entschied sich allerdings für den Zivildienst.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Zivildienstserviceagentur traten im Vorjahr 14.412 Männer ihren Zivildienst an, so viele wie nie zuvor.",
        True,
        [("count", 14412, None, None)],
        "die Zivildienstserviceagentur",
    ),
    (
        "de",
        "Der Grundwehrdienst dauert sechs Monate, der Zivildienst neun.",
        True,
        [("duration", 6, "month", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Generalstabschef Rupert Eichinger plädierte erneut dafür, den Grundwehrdienst auf acht Monate zu verlängern und danach zwei Monate verpflichtende Milizübungen vorzusehen.",
        True,
        [("duration", 8, "month", None), ("duration", 2, "month", None)],
        None,
    ),
    ("de", "„Eine Armee, die nicht übt, ist eine Armee auf dem Papier“, sagte Eichinger.", False, [], None),
    (
        "de",
        "Rettungsorganisationen fürchten, dass ihnen bei einer Verlängerung Tausende Helfer fehlen würden.",
        False,
        [],
        None,
    ),
    # --- Lithuania expands conscription (Reuters) ---
    (
        "en",
        "VILNIUS, March 18 (Reuters) - Lithuania will call up 5,200 conscripts this year, a third more than last year, and extend compulsory service to all men aged 18 to 23 from 2027, the defence ministry said on Wednesday.",
        True,
        [
            ("date", "--03-18", None, None),
            ("count", 5200, None, None),
            ("fraction", 0.3333, None, None),
            ("duration", 18, "year", None),
            ("duration", 23, "year", None),
            ("year", 2027, None, None),
        ],
        "the defence ministry",
    ),
    (
        "en",
        "Service lasts nine months, and conscripts are paid about 700 euros a month.",
        True,
        [("duration", 9, "month", None), ("money", 700, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Defence Minister Rasa Kairyte said the army wanted to be able to mobilise 50,000 trained reservists within 72 hours.",
        True,
        [("count", 50000, None, None), ("duration", 72, "hour", None)],
        "Rasa Kairyte",
    ),
    (
        "en",
        "Lithuania plans to spend between 5% and 6% of GDP on defence from next year.",
        True,
        [("percent", 5, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    ("en", '"Our geography does not give us the luxury of time," Kairyte said.', False, [], None),
    ("en", 'Russia\'s embassy in Vilnius called the plan the "militarisation of Baltic youth."', False, [], None),
    # --- Zivildienst im Ständerat (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat will den Wechsel von der Armee in den Zivildienst deutlich erschweren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Er hiess am Donnerstag mit 28 zu 14 Stimmen eine Vorlage gut, die für Wechselwillige eine Mindestzahl von 150 Diensttagen vorsieht.",
        True,
        [("count", 28, None, None), ("count", 14, None, None), ("count", 150, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr wurden 6'870 Personen zum Zivildienst zugelassen, rund ein Fünftel mehr als 2019.",
        True,
        [("count", 6870, None, None), ("fraction", 0.2, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als ein Drittel von ihnen hatte die Rekrutenschule bereits begonnen oder abgeschlossen, wie das Bundesamt für Zivildienst mitteilte.",
        True,
        [("fraction", 0.3333, None, "over")],
        "das Bundesamt für Zivildienst",
    ),
    (
        "de",
        "Zivildienstleistende müssen das Anderthalbfache der Diensttage von Soldaten leisten, in der Regel 368 Tage.",
        True,
        [("count", 1.5, None, None), ("duration", 368, "day", None)],
        None,
    ),
    (
        "de",
        "Der Armee fehlten bis 2030 rund 30'000 Angehörige, hatte Armeechef Daniel Zbinden zuvor gewarnt.",
        True,
        [("year", 2030, None, None), ("count", 30000, None, "about")],
        None,
    ),
    (
        "de",
        "«Man bestraft junge Menschen dafür, dass sie ihrem Gewissen folgen», sagte Grünen-Ständerätin Nathalie Berset.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Zivildienstverband Civiva kündigte das Referendum an, dafür braucht er 50'000 Unterschriften innert 100 Tagen.",
        True,
        [("count", 50000, None, None), ("duration", 100, "day", None)],
        None,
    ),
    # --- Swiss arms exports (Reuters) ---
    (
        "en",
        "ZURICH, March 20 (Reuters) - Swiss exports of war materiel fell 8% last year to 612 million Swiss francs ($690 million), the lowest in nine years, the State Secretariat for Economic Affairs said on Friday.",
        True,
        [
            ("date", "--03-20", None, None),
            ("percent", 8, "%", None),
            ("money", 612000000, "CHF", None),
            ("money", 690000000, "USD", None),
            ("duration", 9, "year", None),
        ],
        "the State Secretariat for Economic Affairs",
    ),
    (
        "en",
        "Germany remained the biggest buyer, taking about a fifth of the total, followed by the United States and Denmark.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", "Exports to Poland and Romania rose by more than half.", True, [("fraction", 0.5, None, "over")], None),
    (
        "en",
        "Swiss law bars foreign buyers from passing Swiss-made weapons on to countries at war, including Ukraine.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The lower house of parliament voted by 124 to 68 this week to let 25 partner countries re-export Swiss arms after five years.",
        True,
        [
            ("count", 124, None, None),
            ("count", 68, None, None),
            ("count", 25, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        '"Our neutrality has become a sales handicap," said Matthias Zurbuchen, who heads the Swiss arms industry association.',
        False,
        [],
        None,
    ),
    # --- Polen rüstet auf (AFP) ---
    (
        "de",
        "Warschau (AFP) - Polen will in diesem Jahr 4,8 Prozent seiner Wirtschaftsleistung für die Verteidigung ausgeben, so viel wie kein anderes Nato-Land.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das Verteidigungsbudget belaufe sich auf umgerechnet rund 46 Milliarden Euro, sagte Vize-Verteidigungsminister Piotr Zawadzki.",
        True,
        [("money", 46000000000, "EUR", "about")],
        "Piotr Zawadzki",
    ),
    (
        "de",
        "Zawadzki unterzeichnete am Montag einen Vertrag über 48 Kampfhubschrauber vom Typ AH-64E im Wert von 5,3 Milliarden Dollar.",
        True,
        [("count", 48, None, None), ("money", 5300000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die ersten Maschinen sollen 2028 geliefert werden, die letzten bis 2032.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Jeder Zloty für die Armee sei „eine Versicherungsprämie für unsere Freiheit“, sagte Zawadzki.",
        False,
        [],
        None,
    ),
    ("de", "Moskau warf Warschau vor, das Land „in ein einziges Militärlager zu verwandeln“.", False, [], None),
    # --- Artillery shells order (PA) ---
    (
        "en",
        "LONDON (PA) - The Ministry of Defence has placed a £1.2 billion order for 155mm artillery shells with Halloran Ordnance to replenish stocks sent to Ukraine.",
        True,
        [("money", 1200000000, "GBP", None), ("count", 155, None, None)],
        None,
    ),
    (
        "en",
        "The contract covers up to 250,000 shells delivered between 2026 and 2029, putting the average price at about £4,800 a round.",
        True,
        [
            ("count", 250000, None, "up_to"),
            ("year", 2026, None, None),
            ("year", 2029, None, None),
            ("money", 4800, "GBP", "about"),
        ],
        None,
    ),
    (
        "en",
        "Output at the company's plant in south Wales will rise eightfold by the end of next year, the MoD said.",
        True,
        [("count", 8, None, None)],
        "the MoD",
    ),
    ("en", "About 400 jobs will be created, the company said.", True, [("count", 400, None, "about")], "the company"),
    (
        "en",
        '"This is about putting Britain\'s industrial base on a war footing," Procurement Minister Rachel Thwaite said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A parliamentary committee found last year that the Army held roughly a quarter of the 155mm ammunition NATO expects it to keep.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 155, None, None)],
        None,
    ),
    ("en", "Whether the plant can recruit enough skilled workers in time remains an open question.", False, [], None),
    # --- Ireland's triple lock (PA) ---
    (
        "en",
        "DUBLIN (PA) - The Dáil has voted by 78 votes to 66 to scrap the so-called triple lock, which requires UN approval before more than 12 Irish troops can be deployed overseas.",
        True,
        [("count", 78, None, None), ("count", 66, None, None), ("count", 12, None, "over")],
        None,
    ),
    (
        "en",
        "The Defence Forces have about 7,350 personnel, well short of the 10,800 the Government has committed to by 2029.",
        True,
        [("count", 7350, None, "about"), ("count", 10800, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Ireland spends about 0.2% of its GDP on defence, the lowest share of any EU member state.",
        True,
        [("percent", 0.2, "%", "about")],
        None,
    ),
    (
        "en",
        "About 340 Irish soldiers serve with the UN peacekeeping mission in southern Lebanon.",
        True,
        [("count", 340, None, "about")],
        None,
    ),
    ("en", 'Opposition leaders said the change "hollowed out" Irish neutrality.', False, [], None),
    ("en", 'The Tánaiste said neutrality remained "a cornerstone of who we are."', False, [], None),
    # --- Russia's spring draft (Reuters) ---
    (
        "en",
        "MOSCOW, March 31 (Reuters) - Russia will call up 152,000 men for military service this spring, the largest spring draft since 2011, according to a decree published on Tuesday.",
        True,
        [("date", "--03-31", None, None), ("count", 152000, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Men aged 18 to 30 are liable for 12 months of compulsory service.",
        True,
        [("duration", 18, "year", None), ("duration", 30, "year", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The defence ministry said conscripts would not be sent to fight in Ukraine.",
        True,
        [],
        "the defence ministry",
    ),
    (
        "en",
        "Rights groups say some conscripts have been pressured into signing contracts that send them to the front.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Russia plans to spend 12.9 trillion roubles on defence this year, or about 6.1% of GDP, according to budget documents.",
        True,
        [("money", 12900000000000, "RUB", None), ("percent", 6.1, "%", "about")],
        None,
    ),
    (
        "en",
        'Kremlin spokesman Yuri Belkin said Russia was "forced to respond" to what he called NATO\'s military build-up.',
        False,
        [],
        None,
    ),
    # --- Pentagon budget request (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Pentagon on Wednesday requested $1.01 trillion for the next fiscal year, a 13% increase that counts money from a budget reconciliation bill.",
        True,
        [("money", 1010000000000, "USD", None), ("percent", 13, "%", None)],
        None,
    ),
    (
        "en",
        "The request would buy 47 F-35 fighter jets, down from 68 a year earlier, and 19 Navy ships.",
        True,
        [("count", 47, None, None), ("count", 68, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The Navy's share includes two Virginia-class attack submarines, one fewer than last year.",
        True,
        [("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "It sets aside $25 billion for a missile defense shield, most of it for space-based interceptors.",
        True,
        [("money", 25000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Troops would get a 3.8% pay raise, the Pentagon's comptroller told reporters.",
        True,
        [("percent", 3.8, "%", None)],
        None,
    ),
    (
        "en",
        "Congressional Budget Office analysts have put the cost of a space-based shield at as much as $542 billion over 20 years.",
        True,
        [("money", 542000000000, "USD", "up_to"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        'Democrats on the Armed Services Committee called the plan "a blank check for a dome that may never work."',
        False,
        [],
        None,
    ),
    # --- Rahmenvertrag für Artilleriemunition (dpa) ---
    (
        "de",
        "Koblenz (dpa) - Das Beschaffungsamt der Bundeswehr hat einen Rahmenvertrag über Artilleriemunition im Wert von bis zu 9,6 Milliarden Euro geschlossen, teilte das Amt am Donnerstag mit.",
        True,
        [("money", 9600000000, "EUR", "up_to")],
        "das Amt",
    ),
    (
        "de",
        "Er umfasst bis zu 1,1 Millionen Schuss 155-Millimeter-Munition, die zwischen 2027 und 2033 geliefert werden sollen.",
        True,
        [
            ("count", 1100000, None, "up_to"),
            ("count", 155, None, None),
            ("year", 2027, None, None),
            ("year", 2033, None, None),
        ],
        None,
    ),
    ("de", "Rechnerisch kostet eine Granate damit knapp 8.700 Euro.", True, [("money", 8700, "EUR", "nearly")], None),
    (
        "de",
        "Vor Beginn des russischen Angriffskriegs habe der Stückpreis bei rund 2.000 Euro gelegen, sagte ein Sprecher des Amts.",
        True,
        [("money", 2000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Auftragnehmer ist der Rüstungskonzern Heidmark Defence, der seine Fertigung in Niedersachsen auf eine halbe Million Granaten im Jahr ausbaut.",
        True,
        [("count", 500000, None, None)],
        None,
    ),
    (
        "de",
        "Einzelne Abrufe von mehr als 25 Millionen Euro muss der Haushaltsausschuss des Bundestags noch genehmigen.",
        True,
        [("money", 25000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr stellt Heidmark erneut ein zweistelliges Umsatzwachstum in Aussicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Grünen-Haushälter Jonas Wiegand sprach von „Mondpreisen, die die Industrie diktiert“.",
        False,
        [],
        None,
    ),
    # --- France's military budget (AFP) ---
    (
        "en",
        "PARIS, April 8 (AFP) - France will raise its defence budget to 62 billion euros by 2028, two years ahead of schedule, the armed forces ministry said on Wednesday.",
        True,
        [
            ("date", "--04-08", None, None),
            ("money", 62000000000, "EUR", None),
            ("year", 2028, None, None),
            ("duration", 2, "year", None),
        ],
        "the armed forces ministry",
    ),
    (
        "en",
        "The updated military programming law adds 6.5 billion euros over three years and foresees 40 more Rafale fighter jets.",
        True,
        [("money", 6500000000, "EUR", None), ("duration", 3, "year", None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Stocks of long-range drones are to be multiplied by ten, and the number of SAMP/T air defence batteries will rise from eight to 12.",
        True,
        [("count", 10, None, None), ("count", 8, None, None), ("count", 12, None, None)],
        None,
    ),
    ("en", "France spent 2.1% of its GDP on defence last year.", True, [("percent", 2.1, "%", None)], None),
    (
        "en",
        '"Never since 1945 has freedom been so threatened on our continent," the armed forces minister told lawmakers.',
        False,
        [("year", 1945, None, None)],
        None,
    ),
    (
        "en",
        'Le Monde said in an editorial that the government "confuses announcing money with spending it."',
        False,
        [],
        None,
    ),
    # --- Bundestag passes military service law (Reuters) ---
    (
        "en",
        "BERLIN, April 9 (Reuters) - Germany's Bundestag on Thursday approved a new military service law under which all 18-year-old men will have to fill in a questionnaire and undergo a medical from 2027.",
        True,
        [("date", "--04-09", None, None), ("duration", 18, "year", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The bill passed by 318 votes to 271, with five abstentions.",
        True,
        [("count", 318, None, None), ("count", 271, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Service remains voluntary for now, but parliament can order compulsory call-ups if too few volunteers come forward.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The government wants to add about 20,000 recruits a year, with volunteers paid roughly 2,600 euros a month before tax.",
        True,
        [("count", 20000, None, "about"), ("money", 2600, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Defence Minister Carsten Rehberg said the Bundeswehr must expand to 260,000 active soldiers by 2035, from about 183,000 today.",
        True,
        [("count", 260000, None, None), ("year", 2035, None, None), ("count", 183000, None, "about")],
        "Carsten Rehberg",
    ),
    (
        "en",
        'Outside the Reichstag, several hundred school students chanted "We won\'t be your cannon fodder."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I\'d rather choose my own future than have it chosen for me," said Lena Brandt, 17, a school student from Potsdam.',
        False,
        [("duration", 17, "year", None)],
        None,
    ),
    # --- Schulstreik gegen den Wehrdienst (dpa) ---
    (
        "de",
        "Berlin (dpa) - Gegen das neue Wehrdienstgesetz sind am Donnerstag in mehr als 80 Städten Schülerinnen und Schüler auf die Straße gegangen.",
        True,
        [("count", 80, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Veranstalter beteiligten sich bundesweit rund 55.000 Menschen, die Polizei zählte allein in Berlin etwa 6.000.",
        True,
        [("count", 55000, None, "about"), ("count", 6000, None, "about")],
        None,
    ),
    (
        "de",
        "„Schulen statt Panzer – 100 Milliarden für Bildung“, stand auf einem Transparent vor dem Reichstagsgebäude.",
        False,
        [("count", 100000000000, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundestag hatte das Gesetz zuvor nach einer mehr als dreistündigen Debatte beschlossen.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    ("de", "„Freiheit gibt es nicht zum Nulltarif“, sagte Rehberg im Plenum.", False, [], None),
    (
        "de",
        "Ab Januar 2027 erhalten rund 350.000 junge Männer des Jahrgangs 2009 den Fragebogen, für Frauen ist das Ausfüllen freiwillig.",
        True,
        [("year", 2027, None, None), ("count", 350000, None, "about"), ("year", 2009, None, None)],
        None,
    ),
    # --- Army at its smallest (PA) ---
    (
        "en",
        "LONDON (PA) - The regular British Army has shrunk to 69,940 soldiers, its smallest since the early 19th century, official figures show.",
        True,
        [("count", 69940, None, None), ("ordinal", 19, None, None)],
        None,
    ),
    (
        "en",
        "Outflow exceeded intake by about 2,300 in the 12 months to March.",
        True,
        [("count", 2300, None, "about"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The Army Reserve stood at 25,110 trained soldiers, against a target of 30,100.",
        True,
        [("count", 25110, None, None), ("count", 30100, None, None)],
        None,
    ),
    (
        "en",
        'The head of the Army, General Sir Nicholas Brayford, warned that the force was "too small for the threats we now face."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A YouGov poll found 37% of Britons would back some form of compulsory national service for young people, while 49% were opposed.",
        True,
        [("percent", 37, "%", None), ("percent", 49, "%", None)],
        None,
    ),
    ("en", '"Conscription is not on the table," a Downing Street spokesman said.', True, [], None),
    # --- Luftraumüberwachung und Neutralität (APA) ---
    (
        "de",
        "Wien (APA) - Österreich hat den Kauf von zwölf Düsentrainern vom Typ M-346 abgeschlossen, die ab 2028 auch zur Luftraumüberwachung eingesetzt werden sollen.",
        True,
        [("count", 12, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Vertrag mit dem italienischen Hersteller hat ein Volumen von rund 1,2 Mrd. Euro, inklusive Ausbildung und Wartung für zehn Jahre.",
        True,
        [("money", 1200000000, "EUR", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die 15 Eurofighter des Bundesheeres sollen noch bis mindestens 2035 fliegen, teilte das Verteidigungsministerium mit.",
        True,
        [("count", 15, None, None), ("year", 2035, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Im Vorjahr stiegen die Abfangjäger 41 Mal zu Priority-A-Einsätzen auf, meist wegen Verkehrsflugzeugen ohne Funkkontakt.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die FPÖ sieht in der Beteiligung an Sky Shield einen Bruch der Neutralität und kündigte eine parlamentarische Anfrage an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Verfassungsjurist Bernd Kopetz hält die Teilnahme dagegen für „neutralitätsrechtlich unbedenklich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut einer Umfrage des Market-Instituts wollen 61 Prozent der Österreicherinnen und Österreicher an der Neutralität in ihrer jetzigen Form festhalten, nur 22 Prozent sind für einen Nato-Beitritt.",
        True,
        [("percent", 61, "%", None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder Fünfte der Befragten hält einen militärischen Angriff auf Österreich in den nächsten zehn Jahren für wahrscheinlich.",
        True,
        [("fraction", 0.2, None, None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "„Neutralität ist kein Schutzschild, sondern ein Versprechen, das man auch halten können muss“, sagte Pachernegg.",
        False,
        [],
        None,
    ),
    # --- Mehrkosten beim F-35A (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Eidgenössische Finanzkontrolle (EFK) rechnet bei den 36 Kampfjets vom Typ F-35A mit Mehrkosten zwischen 520 Millionen und 1,1 Milliarden Franken.",
        True,
        [("count", 36, None, None), ("money", 520000000, "CHF", None), ("money", 1100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Grund seien vor allem höhere Preise der US-Regierung und die Teuerung in den Vereinigten Staaten, heisst es im Bericht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Stimmvolk hatte 2020 für die Beschaffung einen Kreditrahmen von höchstens 6 Milliarden Franken bewilligt.",
        True,
        [("year", 2020, None, None), ("money", 6000000000, "CHF", "at_most")],
        None,
    ),
    (
        "de",
        "Das VBS hält an einem vertraglich vereinbarten Festpreis fest, die US-Botschaft in Bern bestreitet, dass es einen solchen gibt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die ersten acht Jets sollen 2027 auf dem Militärflugplatz Payerne landen, teilte Armasuisse mit.",
        True,
        [("ordinal", 1, None, None), ("count", 8, None, None), ("year", 2027, None, None)],
        "Armasuisse",
    ),
    (
        "de",
        "Die Kosten für Betrieb und Unterhalt veranschlagt die EFK über 30 Jahre hinweg auf rund 15 Milliarden Franken.",
        True,
        [("duration", 30, "year", None), ("money", 15000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Die Schweiz hat sich über den Tisch ziehen lassen», sagte SP-Sicherheitspolitikerin Céline Ducret.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Bundesrat die Zahl der Jets verringert, wollte Rüttimann nicht sagen.", False, [], None),
    # --- Army recruiting (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. Army said Tuesday it had met its goal of signing 62,500 recruits for the fiscal year nearly four months early, after missing its targets in 2022 and 2023.",
        True,
        [
            ("count", 62500, None, None),
            ("duration", 4, "month", "nearly"),
            ("year", 2022, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "A preparatory course for would-be soldiers has put about 31,000 young people through remedial fitness or academic training since 2022.",
        True,
        [("count", 31000, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Only about 23% of Americans aged 17 to 24 qualify for military service without a waiver, according to Pentagon data.",
        True,
        [("percent", 23, "%", "about"), ("duration", 17, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    ("en", '"Young Americans are answering the call," the Army secretary said in a statement.', False, [], None),
    ("en", "Whether the surge lasts once the job market weakens is another matter.", False, [], None),
    # --- Militärhilfe für die Ukraine (dpa) ---
    (
        "de",
        "Kiel (dpa) - Die europäischen Staaten haben die Ukraine im vergangenen Jahr mit Militärhilfe im Wert von 41,3 Milliarden Euro unterstützt, knapp ein Drittel mehr als im Jahr davor, wie das Kiel Institut für Weltwirtschaft am Mittwoch mitteilte.",
        True,
        [("money", 41300000000, "EUR", None), ("fraction", 0.3333, None, "nearly")],
        "das Kiel Institut für Weltwirtschaft",
    ),
    (
        "de",
        "Deutschland stellte demnach mit 9,8 Milliarden Euro den größten Einzelbeitrag, vor Großbritannien und den nordischen Ländern.",
        True,
        [("money", 9800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gemessen an der Wirtschaftsleistung liegen Dänemark und Estland mit jeweils mehr als 0,9 Prozent vorn, Deutschland kommt auf 0,22 Prozent, so Studienleiter Moritz Hellberg.",
        True,
        [("percent", 0.9, "%", "over"), ("percent", 0.22, "%", None)],
        "Moritz Hellberg",
    ),
    (
        "de",
        "Rund drei Viertel der Hilfe wurden den Forschern zufolge über neue Aufträge an die Industrie finanziert und nicht aus Beständen.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "Die USA hätten seit Jahresbeginn kein neues Hilfspaket beschlossen, heißt es in der Auswertung.",
        True,
        [],
        None,
    ),
    ("de", "„Europa zahlt inzwischen mehr, aber es liefert noch immer zu langsam“, sagte Hellberg.", False, [], None),
    # --- SIPRI: world military spending (Reuters) ---
    (
        "en",
        "STOCKHOLM, April 27 (Reuters) - World military spending rose 8.1% last year to a record $2.91 trillion, the 11th consecutive annual increase, according to the Stockholm International Peace Research Institute.",
        True,
        [
            ("date", "--04-27", None, None),
            ("percent", 8.1, "%", None),
            ("money", 2910000000000, "USD", None),
            ("ordinal", 11, None, None),
        ],
        "the Stockholm International Peace Research Institute",
    ),
    (
        "en",
        "Spending in Europe jumped 14%, led by Germany, which overtook Britain and France to become the world's fourth-largest military spender.",
        True,
        [("percent", 14, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Russia's military budget reached an estimated $162 billion, or 7.4% of GDP, according to SIPRI.",
        True,
        [("money", 162000000000, "USD", "about"), ("percent", 7.4, "%", None)],
        "SIPRI",
    ),
    (
        "en",
        "The United States accounted for 36% of the global total and China for an estimated 12%.",
        True,
        [("percent", 36, "%", None), ("percent", 12, "%", "about")],
        None,
    ),
    (
        "en",
        "Worldwide, military spending averaged 7.6% of government expenditure, up from 6.9% in 2022.",
        True,
        [("percent", 7.6, "%", None), ("percent", 6.9, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Governments are buying security today with money they will miss in schools and hospitals tomorrow," SIPRI researcher Karin Ahlberg said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Russia\'s foreign ministry dismissed the report as "Western propaganda to justify rearmament."',
        False,
        [],
        None,
    ),
    # --- Patriots for Ukraine (AP) ---
    (
        "en",
        "KYIV, Ukraine (AP) — Germany has delivered two more Patriot air defense systems to Ukraine, bringing the number Kyiv has received from its partners to nine, Ukraine's air force said Wednesday.",
        True,
        [("count", 2, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "A single system costs about $1 billion, and each interceptor missile about $4 million.",
        True,
        [("money", 1000000000, "USD", "about"), ("money", 4000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Germany paid for the two latest systems from this year's Ukraine aid budget of 11.5 billion euros.",
        True,
        [("count", 2, None, None), ("money", 11500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Russia launched more than 5,100 drones and 190 missiles at Ukraine in April, according to an AP tally of air force reports.",
        True,
        [("count", 5100, None, "over"), ("count", 190, None, None)],
        None,
    ),
    (
        "en",
        "Under a NATO-coordinated scheme, European allies have so far paid for $4.3 billion worth of U.S. weapons for Ukraine.",
        True,
        [("money", 4300000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Kremlin spokesman Yuri Belkin said the deliveries would "change nothing on the battlefield" and only drag out the war.',
        False,
        [],
        None,
    ),
    # --- Wehrpflicht für Frauen in Dänemark (AFP) ---
    (
        "de",
        "Kopenhagen (AFP) - In Dänemark gilt die Wehrpflicht ab dem 1. Juli auch für Frauen.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Zugleich wird der Grunddienst von vier auf elf Monate verlängert.",
        True,
        [("duration", 4, "month", None), ("duration", 11, "month", None)],
        None,
    ),
    (
        "de",
        "Rund 6.500 junge Menschen sollen künftig pro Jahr einberufen werden, bisher waren es knapp 4.700.",
        True,
        [("count", 6500, None, "about"), ("count", 4700, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bereits heute ist fast jeder vierte Wehrdienstleistende eine Frau, teilte das Verteidigungsministerium in Kopenhagen mit.",
        True,
        [("fraction", 0.25, None, "nearly")],
        "das Verteidigungsministerium",
    ),
    ("de", "„Gleichberechtigung hört nicht am Kasernentor auf“, sagte der Verteidigungsminister.", False, [], None),
    # --- Taiwan's special defence budget (Reuters) ---
    (
        "en",
        "TAIPEI, May 6 (Reuters) - Taiwan's parliament on Wednesday approved a special defence budget of T$850 billion ($27 billion) to be spent over eight years, after opposition lawmakers cut it by about a tenth.",
        True,
        [
            ("date", "--05-06", None, None),
            ("money", 850000000000, "TWD", None),
            ("money", 27000000000, "USD", None),
            ("duration", 8, "year", None),
            ("fraction", 0.1, None, "about"),
        ],
        None,
    ),
    ("en", "The bill passed by 61 votes to 49.", True, [("count", 61, None, None), ("count", 49, None, None)], None),
    (
        "en",
        "The money will pay for drones, coastal anti-ship missiles and a layered air defence network.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Taiwan's regular defence budget for this year stands at T$647 billion.",
        True,
        [("money", 647000000000, "TWD", None)],
        None,
    ),
    (
        "en",
        "Taiwan plans to raise total defence spending to 3.32% of GDP this year and to 5% by 2030.",
        True,
        [("percent", 3.32, "%", None), ("percent", 5, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        'China\'s Taiwan Affairs Office said the spending would "push the people of Taiwan towards the abyss of war."',
        False,
        [],
        None,
    ),
    # --- Haushaltsausschuss billigt Rüstungsprojekte (dpa) ---
    (
        "de",
        "Berlin (dpa) - Nach einer fünfstündigen Sitzung hat der Haushaltsausschuss des Bundestags am Mittwoch 23 Beschaffungsvorlagen mit einem Volumen von zusammen rund 31 Milliarden Euro gebilligt.",
        True,
        [("duration", 5, "hour", None), ("count", 23, None, None), ("money", 31000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Darunter sind 20 weitere Eurofighter, vier zusätzliche Patriot-Feuereinheiten und 600 Flugabwehrraketen.",
        True,
        [("count", 20, None, None), ("count", 4, None, None), ("count", 600, None, None)],
        None,
    ),
    (
        "de",
        "Die Eurofighter kosten inklusive Bewaffnung und Ersatzteilen gut 3,7 Milliarden Euro, pro Maschine also mehr als 180 Millionen Euro.",
        True,
        [("money", 3700000000, "EUR", "over"), ("money", 180000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Aus dem 100-Milliarden-Euro-Sondervermögen sind damit fast 98 Prozent gebunden, teilte das Finanzministerium mit.",
        True,
        [("money", 100000000000, "EUR", None), ("percent", 98, "%", "nearly")],
        "das Finanzministerium",
    ),
    (
        "de",
        "Künftige Großprojekte würden aus dem regulären Wehretat bezahlt, der im kommenden Jahr auf 82,7 Milliarden Euro steigen solle, sagte Finanzstaatssekretärin Ulrike Brandner.",
        True,
        [("money", 82700000000, "EUR", None)],
        "Ulrike Brandner",
    ),
    ("de", "Die Linke stimmte als einzige Fraktion gegen sämtliche Vorlagen.", True, [], None),
    (
        "de",
        "Die russische Botschaft in Berlin erklärte, Deutschland bereite sich „auf einen Krieg vor, den in Moskau niemand will“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Industrie die Maschinen wie zugesagt ab 2031 liefern kann, bezweifeln selbst Beamte im Ministerium.",
        False,
        [("year", 2031, None, None)],
        None,
    ),
    # --- Neutralitätsinitiative (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat lehnt die Neutralitätsinitiative ab und verzichtet auf einen Gegenvorschlag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Initiative will die «immerwährende bewaffnete Neutralität» in der Verfassung verankern und Sanktionen gegen kriegführende Staaten weitgehend verbieten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sie war im April 2024 mit 131'472 gültigen Unterschriften eingereicht worden, teilte die Bundeskanzlei mit.",
        True,
        [("year", 2024, None, None), ("count", 131472, None, None)],
        "die Bundeskanzlei",
    ),
    (
        "de",
        "Eine Annahme würde die Zusammenarbeit mit der Nato «erheblich erschweren», schreibt der Bundesrat in seiner Botschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einer Umfrage des Instituts Sotomo sprachen sich 54 Prozent der Befragten für die Initiative aus, 41 Prozent dagegen.",
        True,
        [("percent", 54, "%", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Das Stimmvolk dürfte frühestens im Frühjahr 2027 darüber befinden.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die «Neue Zürcher Zeitung» hielt dem Bundesrat vor, mit einem Armeebudget von einem Prozent des BIP lasse sich Neutralität ohnehin nicht glaubwürdig verteidigen.",
        False,
        [("percent", 1, "%", None)],
        None,
    ),
    # --- NATO defence ministers (AP) ---
    (
        "en",
        "BRUSSELS (AP) — NATO defense ministers on Thursday agreed new capability targets that would require allies to increase their ground-based air defenses roughly threefold by 2030.",
        True,
        [("count", 3, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Allies have pledged to spend 3.5% of GDP on core defense and a further 1.5% on related security spending by 2035.",
        True,
        [("percent", 3.5, "%", None), ("percent", 1.5, "%", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "Eight allies have yet to submit a credible plan for getting there, two diplomats said.",
        True,
        [("count", 8, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Germany's top general told the ministers that Russia could be in a position to attack a NATO member by 2029.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Whether the 3.5% can be reached by 2035 is doubted even by some officials in national capitals.",
        False,
        [("percent", 3.5, "%", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        '"No one in Moscow should doubt our resolve," the secretary general told reporters after the meeting.',
        False,
        [],
        None,
    ),
    # --- Bericht der Wehrdienstkommission (APA) ---
    (
        "de",
        "Wien (APA) - Die Wehrdienstkommission empfiehlt, den Grundwehrdienst von sechs auf acht Monate zu verlängern und zusätzlich 60 Tage verpflichtende Milizübungen einzuführen.",
        True,
        [("duration", 6, "month", None), ("duration", 8, "month", None), ("duration", 60, "day", None)],
        None,
    ),
    (
        "de",
        "Der 142-seitige Bericht wurde am Freitag Verteidigungsministerin Pachernegg übergeben.",
        True,
        [("count", 142, None, None)],
        None,
    ),
    (
        "de",
        "Derzeit verfügt die Miliz über rund 23.000 beorderte Soldaten, für die volle Einsatzstärke von 55.000 fehlt damit mehr als die Hälfte.",
        True,
        [("count", 23000, None, "about"), ("count", 55000, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Mehrkosten beziffert die Kommission auf 350 bis 420 Millionen Euro jährlich.",
        True,
        [("money", 350000000, "EUR", None), ("money", 420000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Zivildienst würde parallel von neun auf zwölf Monate verlängert.",
        True,
        [("duration", 9, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Jeder dritte Grundwehrdiener hat laut dem Bericht nach dem Abrüsten keinerlei Kontakt mehr zum Bundesheer.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "SPÖ-Wehrsprecher Robert Laimböck sprach von „Retro-Politik aus dem Kalten Krieg“.", False, [], None),
    (
        "de",
        "Die NEOS halten eine Verlängerung ohne Reform der Ausbildung für „reine Zeitverschwendung“.",
        False,
        [],
        None,
    ),
    ("de", "Pachernegg kündigte an, bis Ende Juni einen Gesetzesentwurf vorzulegen.", True, [], None),
    # --- Drones and Typhoons (PA) ---
    (
        "en",
        "LONDON (PA) - The Government will spend £4 billion on autonomous systems and drones over the next four years, the Defence Secretary announced on Monday.",
        True,
        [("money", 4000000000, "GBP", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "At least 10% of the equipment budget will go on new technologies, up from about 4% today.",
        True,
        [("percent", 10, "%", "at_least"), ("percent", 4, "%", "about")],
        None,
    ),
    (
        "en",
        "The MoD also confirmed an order for 14 more Typhoon jets, securing about 1,600 jobs at Warton in Lancashire.",
        True,
        [("count", 14, None, None), ("count", 1600, None, "about")],
        None,
    ),
    (
        "en",
        "Attwell said the first drone units would be operational within 18 months.",
        True,
        [("ordinal", 1, None, None), ("duration", 18, "month", None)],
        "Attwell",
    ),
    ("en", '"The era of fighting the last war is over," Attwell told MPs.', False, [], None),
]
