"""Four-hundred-and-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government, finance ministers, the
commissioner, the presiding officer and the holders of other real offices appear only by
office ("der Bundeskanzler", "der Kanzler", "der Bundesfinanzminister", "der bayerische
Finanzminister", "der hessische Finanzminister", "der Minister", "die Bundestagspräsidentin",
"der EU-Wirtschaftskommissar", "die Schatzkanzlerin", "Der Finanzminister" in
Vienna, "die Finanzdirektorin" in Bern, "the Treasury Secretary", "the
Chancellor", "the Shadow Chancellor", "the EU's economy commissioner", "the finance
minister" in Ottawa and Tokyo, "the prime minister" in Paris).

Names: the budget spokespeople, MPs, senators, representatives, councillors, economists,
researchers, analysts and spokespeople are invented - Ansgar Klingenhöfer (dpa) /
Ansgar Klingenhoefer (Reuters, the umlaut written out) and Jasper Tüxen (dpa) / Jasper
Tuexen (Reuters), Dörte Kahlbaum, Veronika Hirschberger, Raimo Lindqvist-Hale, Matthias
Kleinhapl, Sieglinde Ferschl, Till Rosenkötter, Nadine Schwarzlose, Merle Vennekötter, Ueli
Bützberger, Regula Sägesser, Sabine Glantschnig, Kerstin Duckwitz, Annika Dettmering,
Carola Wöhlbier, Jonas Eickenrodt; Delia Pendergrass, Rowena Strachan-Bell, Rupert
Dallimore, Wade Brimacombe, Nadine Okoro-Dunn, Lorena Whitcomb-Diaz, Gideon Ogilvy-Rudd,
Tessa Mountjoy, Fiona Marlowe-Finch, Everett Ibsworth, Maris Calloway-Nunn, Dale
Holloway-Crane, Hélène Varaigne, Arnaud Cressonnière, Shauna Yarwood, Daisuke Honjo and the
firm Kasumi Research - and so is every unnamed spokesperson, official, economist, analyst,
investor, observer, critic and lawmaker; none of these names occurs elsewhere
under tests/. Real states, parliaments, bodies, parties, funds and places (Bundestag,
Haushaltsausschuss, Bundesrat, Bundesfinanzministerium, Finanzministerium, Statistisches
Bundesamt, Arbeitskreis Steuerschätzungen, Deutscher Städtetag, Bund der Steuerzahler, DIW,
Sondervermögen, Schuldenbremse, Kommunaler Finanzausgleich, Landtag, Freistaat Bayern,
Hessen, Sachsen-Anhalt, CDU, SPD, Grüne, Linke, FDP, AfD, EU-Kommission, Fiskalrat,
Nationalrat, Wifo, FPÖ, Grosser Rat, Finanzdirektion, SVP, SP, Haushaltsbüro des Kongresses,
Bipartisan Policy Center, Repräsentantenhaus, US-Senat, OBR; the Treasury, Congress, the
House, the Senate, the Congressional Budget Office, the Legislative Analyst's Office,
Moody's, the Institute for Fiscal Studies, the IFS, the Resolution Foundation, the Office
for Budget Responsibility, HMRC, the House of Commons, the Conservatives, Labour, the
Liberal Democrats, the European Commission, the national escape clause, the Bundestag, the
Socialists, JGBs, gilts, Bunds, and the datelines' cities) stand for
the way wire copy names them; every budget, deficit, debt ratio, borrowing figure, tax
yield, allowance, threshold, rate, yield, vote, tally, forecast, date and quote here is
invented, and where a real figure came to mind (a real debt limit, a real X-date, a real
Grundfreibetrag, Kinderfreibetrag, Kindergeld or Pendlerpauschale, a real top-rate
threshold, a real UK threshold freeze or surcharge, a real wealth tax proposal, a real
supplementary budget) it was changed; kept are the rules' own figures that wire copy
repeats (the debt brake's 0.35 percent for the Bund and for the Länder since the March 2025
amendment, the exemption of defence spending above one percent of GDP, the infrastructure
fund's 500 billion euros over twelve years with 100 billion for the Länder, the treaty's
three percent, the 42 percent top rate), the sizes of real bodies (21 euro countries, 26
cantons) and the years of record (the 2011 and 2023 debt-limit fights, Moody's 2025
downgrade, 1946).

Its weight: BUDGETS, TAXES AND PUBLIC DEBT, fourth round of public finances (the
fifty-third batch weighed public finances, budgets and taxes, the hundred-sixty-third
public finances, budgets, debt and taxes over an autumn budget season, the
two-hundred-and-thirty-second budget debates in parliament and the
three-hundred-and-forty-seventh a spring budget season; the three-hundred-and-thirty-second
weighed a debt limit standoff, the hundred-ninety-seventh a stopgap budget, the
hundred-twenty-second defence budgets, and the hundred-fifth, two-hundred-and-eighteenth
and three-hundred-and-ninth municipal budgets; their decisions are kept) - one budget week,
Monday, November 22, to Friday, November 26, 2027, the budgets for 2028, as 33 short
stories in story order, the German and English stories interleaved, about half in each
language. German (dpa with its slugs "dpa/lby", "dpa/lhe" and "dpa/sa", Reuters German,
APA, AFP German, Keystone-SDA with «» quotes; German „“ quotes): the Bundestag's budget
week opened by the Bereinigungssitzung, October tax receipts and the debt at mid-year, the
U.S. debt ceiling, Bavaria's regionalised tax estimate, the Commission's opinions on the
draft budgets, the Fiskalrat's autumn forecast, Hesse's Haushaltsentwurf in second reading,
the British budget, the Generaldebatte, a background piece on the reformed Schuldenbremse,
the U.S. Senate vote, Bern's Voranschlag, Austria's budget passed in the Nationalrat, the
municipalities' record deficit, a Haushaltssperre in Saxony-Anhalt, the federal budget
passed in second and third reading and the tax relief in the Bundesrat (Grundfreibetrag,
Kinderfreibetrag, Spitzensteuersatz, Kindergeld, Pendlerpauschale). English (Reuters with
dated datelines and its FACTBOX- and ANALYSIS- labels, AP, PA, AFP English): the German
budget committee, the Treasury's X-date letter, the IFS's budget preview, the Commission's
opinions, Canada's budget, the House debt-limit vote, California's fiscal outlook, the UK
Budget statement with the OBR's forecasts and a factbox of measures, the Resolution
Foundation's reaction and MPs' lines, the Senate vote, the French budget vote, an analysis
of U.S. finances ("fiscal 2027", "FY27"), the IFS's post-Budget briefing, Japan's extra
budget and the Bundestag's final vote. Figures as such copy has them: spending, net
borrowing, special funds, gaps, receipts, reserves and cuts in "Milliarden", "Billionen",
"billion", "trillion", "Millionen" and "million" of euros, pounds, dollars, Canadian dollars,
francs and yen; deficits and debt as shares of GDP, tax rates, thresholds and allowances in
euros, pounds and cents and pence; fiscal years written "2027-28", „2027/28“, „2029/30“,
"fiscal 2028", "FY27"; gilt, Bund, bill and JGB yields and their moves in basis points;
votes and tallies; amounts, spans and shares in words („knapp einer
Dreiviertelmilliarde Euro“, „gut eine halbe Milliarde“, "half a billion pounds", "A
quarter of a trillion dollars", „zwölf Jahre“, „gut zwei Fünftel“, „knapp ein Zehntel“,
"two-fifths", "roughly two-thirds", "Almost one in three", "The poorest tenth", "Eleven
Democrats"), compounds („gut 15-stündigen“, „72-minütigen“, „gut 50-minütigen“,
„viertägiger“, „dreitägigen“, „Drei-Prozent-Grenze“, „Ein-Prozent-Marke“, "60-vote",
"Ten-year", "30-year"), ordinals of readings and ranks, hedges of every kind in use, years
and dates. Negatives as such copy has them - 55 rows, none with a figure: MPs', ministers',
senators', councillors' and representatives' rhetoric in quotes beside their own figures,
labels from parties, groups and a taxpayers' lobby, accusations naming no act, headings of
service pieces, economists', analysts', investors' and observers' views,
forecasts and fears without a figure, a warning naming no measure, a reassurance, a
verdict with „halten ... für“, a mood line and an evasion, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

239 rows (120 German, 119 English), 55 negatives (27 German, 28 English), 184 check-worthy
rows of which 11 carry no figure (7 German, 4 English), 382 expected quantities (107 amounts
of money - 62 EUR, 22 USD, 15 GBP, 3 CAD, 3 CHF, 2 JPY -, 85 years, 74 percentages - 67 in
"%", 5 in basis points "bp", 2 in percentage points "pp" -, 37 counts, 28 dates, 24
durations - 14 in years, 3 in minutes, 2 in hours, 2 in months, 2 in days, 1 in weeks -, 14
ordinals, 13 fractions; none of them in a negative), 36 checked speakers (20 German, 16
English). These counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one factbox line) and is judged alone (sixteenth, fifty-third).
  A quoted or reported piece of rhetoric, label, accusation naming no act, verdict, view,
  reassurance, fear or forecast without a figure is a negative with speaker None, also with
  a named speaker and an office; a quoted or reported figure, step, plan, schedule,
  compliance, position or accusation naming a checkable record is check-worthy with its
  speaker, also in Konjunktiv I (ninety-eighth, hundred-sixty-third, two-hundred-and-fourth,
  two-hundred-and-thirty-second, three-hundred-and-forty-seventh, three-hundred-and-
  eighty-eighth). Pairs from one speaker or one story: Tüxen's 170 billion euros and his
  30 billion beside „Diese Koalition hat das Wort Sparen ...“ and Tuexen's English twin;
  Klingenhöfer's Ein-Prozent-Marke beside „Wir bauen das Land um ...“; Kahlbaum's label
  beside her cut to social housing; Pendergrass's mid-January beside "Every day of delay
  ..."; the Bavarian finance minister's Doppelhaushalt beside „Wir haben vorsichtig geplant
  ...“ (told by role); Hirschberger's third beside „von der Hand in den Mund“;
  Strachan-Bell's £14 billion beside "There is no painless way ..." and the IFS's 38.6 per
  cent beside her "bought some room"; Kleinhapl's 2.9 billion beside „Ohne zusätzliche
  Maßnahmen ...“; Brimacombe's 1% cap beside "a spending addiction"; Okoro-Dunn's 860,000
  beside the Democratic leaders' "hostage note"; the Hessian finance minister's 900 million
  beside „Wir nutzen die Spielräume ...“ (told by role); Rosenkötter's 14 percent beside
  „Hessen lebt über seine Verhältnisse ...“; the Chancellor's 1.2% beside "These are
  choices I did not want to make ..."; Ogilvy-Rudd's two-fifths and Marlowe-Finch's 9.1
  million beside the Shadow Chancellor's "pickpocket's charter" and Mountjoy's "security
  over short-term popularity"; the German chancellor's 124.6 billion and quarter beside
  „Wer heute am Fundament spart ...“; Vennekötter's 6.2 percent beside „Das ist ein
  Haushalt, der Zukunft baut ...“; the Bundesfinanzminister's compliance beside „Wir haben
  geliefert ...“; Ibsworth's 2011 beside "This is what responsible governing looks like
  ..." and his German label; Bützberger's third-highest burden beside «Wer im Kanton Bern
  arbeitet ...»; the Ottawa finance minister's C$13 billion beside Holloway-Crane's
  "maxed-out credit card"; Varaigne's 1.5 percent beside Cressonnière's "Greek scenario";
  Glantschnig's 44.9 percent beside the FPÖ's label and the Austrian finance minister's
  2029 beside „Wir räumen auf ...“ (told by role); Duckwitz's half beside „In vielen
  Rathäusern ...“; Yarwood's $2.4 trillion beside "Congress has once again chosen a
  deadline over a plan"; Wöhlbier's 180 euros beside „Das ist ein Trostpflaster ...“ and
  the DIW's 38 million beside Eickenrodt's verdict.
- Office-holders by office only: a statement told by an office without a name is
  check-worthy with the speaker unchecked („Der bayerische Finanzminister sagte“, „Der
  hessische Finanzminister sagte im Plenum“, „Der EU-Wirtschaftskommissar sagte“, „sagte
  der Kanzler in seiner ... Rede“, „wie die Schatzkanzlerin ... ankündigte“, „Der
  Bundesfinanzminister sagte nach der Abstimmung“, „Der Finanzminister sagte in seiner
  Schlussrede“, "the Treasury Secretary told lawmakers", "the Treasury Secretary said",
  "The EU's economy commissioner told a news conference", "The finance minister told the
  House of Commons", "The finance minister told reporters", "The Chancellor said";
  two-hundred-and-thirty-second: "the Leader of the House said", "The head of Britain's
  budget watchdog told lawmakers" - roles without a name, hundred-fifteenth;
  three-hundred-and-eighty-eighth: "Ukraine's chief negotiator said Friday"), and their
  rhetoric is a negative like anyone's („sagte der Minister“ four times, „sagte der
  Kanzler“, "the Chancellor told the House of Commons", "The Shadow Chancellor told MPs").
- Check-worthy without a figure (11 rows; fifty-third, hundred-sixty-third,
  three-hundred-and-forty-seventh, three-hundred-and-eighty-eighth): the regionalised tax
  estimate's publication („Das geht aus der regionalisierten Steuerschätzung hervor, ...“;
  fifty-third: the tax estimate's publication), the Bundesfinanzminister's compliance with
  the debt brake (hundred-sixty-third New: „Die Schuldenbremse werde eingehalten“), the
  Haushaltssperre in Saxony-Anhalt (hundred-sixty-third: a spending freeze decided), the
  commissioner's stated cover by the escape clause in both languages and the Commission
  spokesman's stated end of Italy's procedure (positions and steps of record), the Austrian
  ministry's statement that the path was agreed with Brussels („verwies darauf“ - the verb
  no speaker form, the content a fact), Pendergrass's account of the Treasury's tools, the
  House's scheduled vote on the Senate version (three-hundred-and-forty-seventh: "The
  cabinet is expected to approve the guidelines later this month."), the Paris option kept
  open ("has not ruled out", three-hundred-and-twenty-fourth: „schloss ... nicht aus“) and
  Dettmering's promulgation before Christmas (a scheduled step). Schedules stay
  check-worthy with their dates („Die dritte Lesung ist für den 15. Dezember
  geplant.“, „Der Bundesrat soll sich am 17. Dezember ... befassen.“, "The administration
  will present its own budget proposal by Jan. 10, ...").
- Forecasts, estimates, projections and demands with a figure are check-worthy (seventh,
  hundred-sixty-third, two-hundred-and-thirty-second, three-hundred-and-forty-seventh): the
  tax estimators' 4.1 percent, Bavaria's regionalised estimate and the Arbeitskreis's 38.2
  billion euros, the Commission's, the Fiskalrat's, the OBR's, the IFS's, the Resolution
  Foundation's, the LAO's, the CBO's, the Bipartisan Policy Center's, Ottawa's and the
  Wifo's figures, the X-date and its window, the Städtetag's two percentage points
  (hundred-sixty-third: the Städtetag's demand „von 2,2 auf 5 Prozent“). A counterfactual
  computed from a stated measure is check-worthy (three-hundred-and-ninth,
  three-hundred-and-forty-seventh): „ohne die neuen Spielräume wäre eine Lücke von knapp
  900 Millionen Euro entstanden“ and „Die Steuersenkung hätte den Kanton jährlich rund 95
  Millionen Franken gekostet“. Negatives: forecasts, expectations, fears and views without
  a figure („Beobachter in Washington rechnen mit einem Machtkampf ...“, „Ökonomen halten
  die Prognosen ... für zu optimistisch“ - ninety-eighth: „halten ... für“ -, „Ohne
  zusätzliche Maßnahmen wird Österreich noch jahrelang ...“, "Investors said the bill
  market was bracing ...", "Economists said the bigger buffer might still not be enough
  ...", "Economists said Ottawa had little room left ...", "Analysts said the rating
  agencies were likely ...", "Economists said the spending plans were unlikely ...", "Some
  investors fear ..."), a warning naming no measure ("Business groups warned that
  confidence was already fragile ..."; two-hundred-and-fourth), a reassurance ("A Treasury
  spokesperson insisted the Government's plans were fully funded."; three-hundred-and-
  forty-seventh: "remained on track"), a mood line ("MPs on both sides of the House said
  the mood in the chamber had been unusually tense."), an evasion („Ob auch Investitionen
  ... gestoppt werden, ließ das Ministerium offen.“) and headings („Hintergrund: Wie die
  reformierte Schuldenbremse funktioniert“, "FACTBOX-Key measures in Britain's budget",
  "ANALYSIS-Debt ceiling deal buys Washington time, but little else";
  three-hundred-and-eighty-eighth).
- Labels and accusations (ninety-eighth, hundred-sixty-third, two-hundred-and-fourth,
  three-hundred-and-forty-seventh): „sprach von“ (Kahlbaum, Ferschl, Ibsworth, Sägesser,
  the FPÖ), „nannte“ (the Bund der Steuerzahler) and "called" (the House Democratic
  leaders, Holloway-Crane), "described ... as" (pensioners' groups), Dallimore's "softening
  up the country for a tax raid" and the accusations naming no act („warf der
  Landesregierung vor, die Kommunen im Regen stehen zu lassen“, „warf der Regierung vor,
  das Land in die Schuldenfalle zu treiben“) are negatives; an accusation or criticism
  naming a checkable record stays check-worthy with speaker None (Kahlbaum's „kritisierte,
  dass der Etat für den sozialen Wohnungsbau um 1,2 Milliarden Euro gekürzt werde“,
  Tüxen's 170 billion „rechnete ... vor“).
- Fiscal rules and their thresholds (fifty-third, hundred-thirty-eighth,
  hundred-sixty-third, three-hundred-and-forty-seventh): „die Drei-Prozent-Grenze“ 3 (twice),
  "the bloc's 3% ceiling" 3 and "below the 3% threshold" 3 with no hedge ("above the" and
  "below the" stand before the rule's name, not before the figure -
  three-hundred-and-forty-seventh: "above the EU's 3% limit"), „0,35 Prozent des BIP“ and
  „ebenfalls mit 0,35 Prozent“ 0.35 each, „die strukturelle Komponente von 0,35 Prozent des BIP“.
  New: „jenseits der Ein-Prozent-Marke“ is 1 % with no hedge - the number word heading the
  hyphenated compound reads as in „Drei-Prozent-Grenze“ (hundred-thirty-eighth) and
  „0,35-Prozent-Regel“ (three-hundred-and-forty-seventh), and „jenseits der“ stands before
  the mark's name as "above the" does. "defence spending above 1% of economic output" is 1
  "over" ("above" right before the figure, hundred-sixty-third: "sales above 1 billion
  euros"), while „Verteidigungsausgaben, die ein Prozent des BIP übersteigen“ is 1 with no
  hedge (a verb bounds no figure, fifty-third: "top", "crossed" none).
- Deficits, debt, tax take and rates are percentages as written (every batch): „3,8 Prozent
  der Wirtschaftsleistung“, „4,9 Prozent des BIP“, "3.8% of GDP", "68.4% of GDP", "96.4% of
  GDP", „96,4 Prozent der Wirtschaftsleistung“, "4.6 percent of GDP" and "118.3 percent"
  (AFP's "percent"), "38.6 per cent of national income" (PA's "per cent"), „44,9 Prozent“,
  "43.1%", "6.3% of GDP", "exceed 100% of GDP" 100 (the verb no hedge), "the top 1% of
  earners" 1 ("top" no hedge), „Der Spitzensteuersatz von 42 Prozent“, "a minimum tax of 1.5
  percent", "Annual levy of 1%", "Bank surcharge raised to 5% ..., from 4%" both, "up 4.3%",
  „um 14 Prozent“, „um 17 Prozent“, „um 6,2 Prozent“, „7,3 Prozent aller Ausgaben“; "des
  BIP", "of GDP", "der Wirtschaftsleistung", "of national income", "debt-to-GDP" carry none.
  Moves: "half a percentage point" 0.5 "pp" (three-hundred-and-fifty-sixth: "a half-point
  cut" 0.5 "pp"), „zwei Prozentpunkte mehr“ 2 "pp" („mehr“ after the figure compares),
  basis points "bp" ("jumped 14 basis points", "fell 7 basis points", "rose 5 basis
  points", "rose 3 basis points", „um sieben Basispunkte“ with the number word). Yields as
  written ("at 2.94%", "to 4.21%", "to 4.36%", "to 3.47%", "to 2.61%") with their
  maturities as durations ("Ten-year Bund yields", "Ten-year gilt yields", "The 30-year JGB
  yield", "two-year bond yield", „zehnjähriger Staatsanleihen“; twentieth, fifty-third).
- Money in the currency written (every batch): EUR with „Milliarden“ and „Billionen“ („um
  3,5 Milliarden auf 531,4 Milliarden Euro“ and „um 11,3 Milliarden auf 97,2 Milliarden
  Euro“ both - the currency written once serves the earlier figure -, „2,87 Billionen Euro“
  2,870,000,000,000), „gut eine halbe Milliarde weniger als veranschlagt“ 500,000,000 EUR
  "over" and „eine halbe Milliarde mehr als in diesem Jahr“ 500,000,000 EUR (fifty-third
  New: a fraction of a scale word is that share of it, the currency carried from earlier in
  the sentence; the comparison after the figure no hedge), „knapp einer
  Dreiviertelmilliarde Euro“ 750,000,000 EUR "nearly" (fifty-third: „knapp eine
  Dreiviertelmilliarde Euro“; the dative changes nothing); USD ("$42.6 trillion" and
  „42,6 Billionen Dollar“, "$212 billion", "about $640 billion" and „rund 640 Milliarden
  Dollar“, "$1.94 trillion", "$1.1 trillion", "roughly $2.4 trillion" "about", "A quarter of
  a trillion dollars" 250,000,000,000 - fifty-third: "a quarter of a trillion dollars" -,
  "$310 billion", "$294 billion", "$120 billion", "about $190 billion" and „rund 190
  Milliarden Dollar“, "about $48 billion", "$21.7 billion", "about $25 billion a year",
  "$3.9 billion above projections" with no hedge, "$11.2 billion"); GBP ("up to £22
  billion" "up_to", "around £14 billion" "about", "19.6 billion pounds a year" and „19,6
  Milliarden Pfund pro Jahr“, "an estimated 8.3 billion pounds" "about" - fifty-third: "an
  estimated" -, "16.1 billion pounds ... from 4.2 billion pounds", "118.2 billion pounds",
  "103.4 billion pounds", "above £150 million" and "worth more than £750,000" "over", "half
  a billion pounds a year" 500,000,000 - fifty-third: "more than half a trillion pounds" -,
  "around £640 a year" "about", "3p a litre" 0.03 - hundred-sixty-third: "by 5p a litre"
  0.05 -, "£13.42 an hour"); CAD ("C$71.2 billion", "C$54.8 billion", "C$13 billion";
  hundred-sixty-third: "C$71.3 billion"); CHF („46 Millionen Franken“, „rund 95 Millionen
  Franken“, „rund 6,1 Milliarden Franken“); JPY with the converted dollars in brackets ("a
  14.2 trillion yen ($94 billion) extra budget" both, eightieth, hundred-sixty-third),
  "About 9.6 trillion yen" "about"; EUR in English copy ("531.4 billion euros", "almost 170
  billion euros" "nearly", "above 150 million euros" "over", "3.1 billion euros a year");
  "sterling edged up to $1.3142" USD (three-hundred-and-twenty-fourth: exchange rates are
  money in the priced currency). Allowances, thresholds and benefits are money (fifty-third:
  "Grundfreibetrag ... auf 12.396 Euro"): „um 312 Euro auf 12.984 Euro“, „um 228 Euro auf
  7.104 Euro“, „um fünf Euro auf 264 Euro im Monat“, „40 Cent ab dem ersten Kilometer“ 0.40
  EUR (fifty-third: „38 Cent je Kilometer“), „rund 180 Euro“; „ab einem zu versteuernden
  Einkommen von 71.420 Euro“ carries no hedge („von“ stands between, fifty-third). New: "an
  hour" after a wage is a rate and carries no duration, as "a year", "a week" and "a month"
  after an amount (fifty-third). None: "a year", „pro Jahr“, „jährlich“, „im Monat“, "a
  litre", "an hour", "per cent" itself.
- Counts (every batch): tallies one per figure ("The vote was 218-212, with three
  Republicans opposed and two Democrats" 218, 212, 3 and 2, "by a vote of 62-36", „Für das
  Gesetz stimmten 62 Senatoren, 36 dagegen, nötig waren 60 Stimmen“, "Eleven Democrats
  joined 51 Republicans ..., clearing the 60-vote threshold" 11, 51 and 60 - a number word
  opening the row reads as digits, three-hundredth; a figure heading a compound counts,
  hundred-fifteenth -, „mit 86 zu 62 Stimmen bei 3 Enthaltungen“, „322 Abgeordnete, 281
  votierten dagegen, drei enthielten sich“, "voted 322-281 in favour, with three
  abstentions", "by 308 votes to 219"; hundred-sixty-third, three-hundred-and-thirty-second);
  definite groups („bei sechs der 21 Euro-Länder“, "six of the 21 euro zone countries",
  „aller 26 Kantone“; forty-first, three-hundred-and-forty-seventh); people and things
  ("about 4.1 million more people" "about" - "more" after the figure no hedge -, "about
  860,000 people" "about", "9.1 million", "by about 1.6 million to 9.4 million", "About
  410,000 second homes" "about", "the state's three biggest taxes" 3 -
  three-hundred-and-thirty-second: "the five most competitive Senate races" -, "At least 14
  federal agencies" and „mindestens 38 Millionen Steuerpflichtige“ "at_least").
- Fractions (the issue; every batch): „knapp ein Zehntel weniger“ 0.1 "nearly", „um ein
  Drittel“ 0.3333 („um“ no hedge), „jeder vierte Euro“ 0.25, „fast ein Viertel“ 0.25
  "nearly", „Fast jede zweite Großstadt“ 0.5 "nearly", „gut zwei Fünftel“ 0.4 "over", "The
  poorest tenth of households" 0.1 (fifty-third New) and "the richest fifth" 0.2 by the same
  reading, "two-fifths of the money raised" 0.4, "roughly two-thirds of the total" 0.6667
  "about", "nearly half" 0.5 "nearly", "less than half its peak" 0.5 "under", "Almost one
  in three" 0.3333 "nearly" (hundred-sixty-third: "One in 10").
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt"): „in zweiter Lesung“
  2 and „Die dritte Lesung“ 3 (two-hundred-and-thirty-second: „in erster Lesung“ 1), „in
  zweiter und dritter Lesung“ 2 and 3 (three-hundred-and-eighty-eighth New: „Die elfte und
  zwölfte Runde“ gives both, the noun written once serving the earlier ordinal), „In den
  ersten zehn Monaten“ 1 with 10 months and "the first seven months of the fiscal year" 1
  with 7 months (forty-second, three-hundred-and-forty-seventh), „die dritthöchste
  Steuerbelastung“ 3, „der zweitgrößte Einzelposten“ and "the second-largest item" 2,
  "The Chancellor's second Budget" 2 (hundred-sixty-third: "her first budget speech"), "for
  a second straight year" 2, „ab dem ersten Kilometer“ 1 (fifty-third), "for the first time
  since 1946" 1 and the year, "in the first week of January" 1 with no duration
  (three-hundred-and-forty-seventh: „in der ersten Septemberwoche“ 1 and no duration);
  „erstmals“ none (forty-first).
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): „In der gut
  15-stündigen Bereinigungssitzung“ 15 hours "over" (hundred-sixty-third New: „in einer
  mehr als 15-stündigen Marathonsitzung“), „gut vier Stunden“ 4 hours "over", „in seiner gut
  50-minütigen Rede“ 50 minutes "over", "lasted 72 minutes" and „in ihrer 72-minütigen
  Haushaltsrede“ 72 minutes (three-hundred-and-eighty-eighth: „einem 40-minütigen
  Vier-Augen-Gespräch“), „nach viertägiger Debatte“ 4 days and „Nach einer dreitägigen
  Budgetdebatte“ 3 days (hundred-sixty-third), "with roughly three weeks to spare" 3 weeks
  "about" (three-hundred-and-thirty-second New: "with about 28 hours to spare"), „auf zwölf
  Jahre angelegten“ 12 years (fifty-third: „auf zwölf Jahre angelegt“), "over 10 years"
  (twice), „in zehn Jahren“ and "over four years" with no hedge ("over" before a span,
  fifty-third), "two more years", "two further years" and „zwei weitere Jahre“ 2 years
  ("more", "further", „weitere“ no hedge; hundred-sixty-third: "for a further two years"),
  maturities as above. None: "a year", "an hour", „binnen eines Jahres“ (the German "a
  year"; three-hundred-and-twenty-fourth: „binnen Jahresfrist“ none), „im kommenden Jahr“,
  „in diesem Jahr“, „im laufenden Jahr“, „heuer“, „für den Rest des Jahres“, „für das
  Gesamtjahr“, „zur Jahresmitte“, "next year", "this year", "over the decade", "by the end
  of the decade", "over the forecast period", "in the fiscal year that begins next July",
  "the current financial year", "a bumpy few weeks", "mid-January", "late December", „vor
  Weihnachten“, "after the Thanksgiving holiday", „im Frühjahr“, "in the spring", months
  ("im Oktober", „vom Juli“, "in March", "the end of June", "between April and October",
  „Bis Ende Oktober“) and weekdays.
- Years and dates: fiscal years with a slash or hyphen give both years ("2027-28",
  "2028-29" twice, "2029-30" twice, "2030-31" four times, "2031-32" three times,
  „Doppelhaushalt 2027/28“, „bis zum Haushaltsjahr 2029/30“; fortieth, hundred-sixty-third,
  three-hundred-and-forty-seventh); "fiscal 2027", "fiscal 2028" (three times) and "fiscal
  2029" the year (fifty-third, three-hundred-and-thirty-second); "FY27" 2027 (fifty-third
  New: a two-digit "FY26" read in its century); „zu Beginn des Haushaltsjahres 2028“ 2028
  (fifty-third: „im Haushaltsjahr 2026“); „frühestens 2030“ 2030 with no hedge
  (two-hundred-and-thirty-second); „im Jahr 2029“, „seit 2019“, „seit 2025“, „vom März
  2025“, "since 2021", "since 2011", "since the 2023 standoff", "in 2025", "since 1946",
  "before January 2030", "by 2030", "by 2031", „bis 2031“ (three times), „bis Ende 2028“,
  "by the end of 2028", "in April 2030", "until April 2032", "from September 2028", „für
  2028“, „Haushalt 2028“, „Bundeshaushalt 2028“, „Voranschlag 2028“ the years. Full dates:
  "until Jan. 1, 2030" and „bis zum 1. Januar 2030“ 2030-01-01 (three-hundred-and-
  thirty-second: „bis zum 1. Januar 2028“), „zum 1. Januar 2028“ 2028-01-01. Dates without
  a year: "as soon as Dec. 16" and „ab dem 16. Dezember“ --12-16 (fifty-third: "ab 1.
  Januar" --01-01), "on Sept. 3" and „seit dem 3. September“ --09-03, "as of Nov. 18", "on
  Oct. 1", "between Dec. 20 and Jan. 7" and „zwischen dem 20. Dezember und dem 7. Januar“
  two dates each, "by Jan. 10", „für den 15. Dezember“, „am 17. Dezember“, „bis zum 31.
  Dezember“; Reuters and AFP English datelines with a day ("BERLIN, Nov 22", "WASHINGTON,
  Nov 22", "BRUSSELS, Nov 23", "OTTAWA, Nov 23", "LONDON, Nov 24", "WASHINGTON, Nov 24",
  "PARIS, Nov 25 (AFP)", "TOKYO, Nov 26", "BERLIN, Nov 26"); dpa with its slugs, Reuters
  German, APA, AFP German, Keystone-SDA, AP ("WASHINGTON (AP) —", "SACRAMENTO, Calif. (AP)
  —") and PA ("LONDON (PA) -") datelines none (seventy-ninth). New: "under Article 49.3 of
  the constitution" carries no quantity - the number of an article of law is a reference,
  as "section 114" (fifty-third, three-hundred-and-forty-seventh) and a numbered point of a
  draft (sixty-eighth, three-hundred-and-eighty-eighth).
- Hedges, only the names in use: „rund“, "about", "About", "around", "roughly", "Some", "an
  estimated" "about"; „knapp“, „fast“, „Fast“, "almost", "Almost", "nearly" "nearly";
  „gut“, „mehr als“, "more than", "above" right before a figure "over"; "less than",
  „weniger als“ "under"; "up to" "up_to"; "At least", „mindestens“ "at_least"; "no more
  than" "at_most" (twenty-second, three-hundred-and-eighty-eighth). No hedge: „derzeit“,
  „Allein“, „Insgesamt“, „weitere“, „erst“, „nur noch“, „lediglich“, „trotzdem“, „um“
  before a difference or a share, „jenseits der“, "above the" and "below the" before a
  name, "well above", "down from", "more" and „mehr“ after a figure, "more",
  "further" and „weitere“ before a span, "over" before a span, "top",
  "exceed", "topped", „übersteigen“, comparisons after a figure ("above projections",
  „weniger als veranschlagt“, „mehr als in diesem Jahr“).
- Speakers, checked only in forms the earlier batches settled: „X sagte, ...“ opening the
  row with the title and the party dropped („CDU-Haushälter Ansgar Klingenhöfer sagte“,
  „Grünen-Haushälterin Veronika Hirschberger sagte“, „Kommissionssprecher Raimo
  Lindqvist-Hale sagte“, „Fiskalrat-Ökonom Matthias Kleinhapl sagte“, „FDP-Haushälter Till
  Rosenkötter sagte“, „Grünen-Haushälter Jasper Tüxen sagte“, „SPD-Haushälterin Merle
  Vennekötter sagte“, „SVP-Grossrat Ueli Bützberger sagte“, „Wifo-Ökonomin Sabine
  Glantschnig sagte“, „Finanzministeriumssprecherin Annika Dettmering sagte“,
  „Steuerzahlerbund-Expertin Carola Wöhlbier sagte“; hundred-sixty-third,
  two-hundred-and-thirty-second, three-hundred-and-forty-seventh), „sagte
  Städtetag-Finanzexpertin Kerstin Duckwitz“ the name with the title dropped; „teilte das
  Bundesfinanzministerium am Montag in seinem Monatsbericht mit“ -> "das
  Bundesfinanzministerium" (the weekday dropped, hundred-fourteenth; the document it was
  told in dropped as "In a letter to congressional leaders, Quist said" ->
  "Quist", three-hundred-and-thirty-second), „teilte der Fiskalrat am Dienstag mit“,
  „teilte die Finanzdirektion mit“ and „teilte das Finanzministerium in Magdeburg mit“ (the
  place dropped, hundred-seventeenth) the source with its article; „nach Angaben des
  Haushaltsbüros des Kongresses“, „nach Angaben des Deutschen Städtetags“ and „nach Angaben
  des Bundesfinanzministeriums“ the source in the nominative (seventieth,
  hundred-sixty-third, two-hundred-and-thirty-second); „wie das Statistische Bundesamt
  mitteilte“ -> "das Statistische Bundesamt" (three-hundred-and-twenty-fourth: „wie die
  EZB ... mitteilte“). English: "Conservative budget spokesman Ansgar Klingenhoefer told
  reporters" the name as Reuters spells it ("told reporters" names the speaker,
  two-hundred-and-fourth), "Treasury spokeswoman Delia Pendergrass said", "IFS researcher
  Rowena Strachan-Bell said", "Resolution Foundation economist Gideon Ogilvy-Rudd said",
  "Liberal Democrat Treasury spokesperson Fiona Marlowe-Finch said" and "Socialist lawmaker
  Hélène Varaigne said" the name with the role dropped; "Rep. Wade Brimacombe, R-Texas,
  said", "Rep. Nadine Okoro-Dunn, D-Md., said", "Sen. Everett Ibsworth, R-Wyo., said" and
  "Sen. Maris Calloway-Nunn, D-Ore., said" with the party and state label dropped
  (seventy-sixth, three-hundred-and-thirty-second); a quote or paraphrase followed by "said
  Shauna Yarwood, a senior analyst at the Bipartisan Policy Center" the name
  (three-hundred-and-fifty-sixth); "The Congressional Budget Office said on Tuesday", "...,
  the Office for Budget Responsibility said.", "..., the Resolution Foundation said.",
  "..., the Institute for Fiscal Studies said on Thursday." and "The finance ministry said
  on Friday" with the article in lower case and the weekday dropped (fifty-third,
  hundred-sixty-third). Left unchecked (None): all negatives, also those with a named
  speaker; office-holders without a name (above); roles and plural groups („sagte der
  Minister“, "a Treasury official said", "Treasury sources", "government sources said",
  "the government said", „Die Steuerschätzer“, "Economists", "Investors", "Analysts", „Der
  Städtetag verlangt“, "The European Commission warned", "Republican leaders attached";
  hundred-fifteenth, forty-first); verbs no batch settled as verbs of saying („rechnete
  ... vor“, „verwies darauf“, „kritisierte“, „bezifferte“, „beziffert“, „erwartet“, "put",
  "estimated", "expects", "projected", "warned"; two-hundred-and-thirty-second); estimates,
  documents and data („nach einer Warnung des Finanzministeriums“, „Nach Schätzung des
  Bipartisan Policy Center“, „nach der Herbstprognose des Fiskalrats“, „Nach Berechnungen
  der unabhängigen Haushaltsaufsicht OBR“, „Nach Berechnungen des DIW“, „wie aus Daten des
  Statistischen Bundesamts hervorgeht“, „Das geht aus ... hervor“, „demnach“, "according
  to" committee documents, the Institute for Fiscal Studies, a summary, the budget
  documents, finance ministry forecasts, Treasury figures, Treasury data, Treasury
  costings and the finance ministry, "HMRC estimates show", "IFS figures show", "the OBR's
  documents show", "official figures showed", "its analysis found"; hundred-tenth,
  hundred-sixty-third, three-hundred-and-forty-seventh), "Moody's, which stripped ..., said"
  (a subject parted from its verb by a relative clause, three-hundred-and-eighty-eighth),
  and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_402 = [
    # --- Vor der Haushaltswoche (dpa), Montag, 22. November ---
    (
        "de",
        "Berlin (dpa) - Vor der abschließenden Haushaltswoche im Bundestag hat der Haushaltsausschuss den Etat für 2028 noch einmal deutlich ausgeweitet.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "In der gut 15-stündigen Bereinigungssitzung stockten die Haushälter die Ausgaben um 3,5 Milliarden auf 531,4 Milliarden Euro auf.",
        True,
        [("duration", 15, "hour", "over"), ("money", 3500000000, "EUR", None), ("money", 531400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Nettokreditaufnahme im Kernhaushalt steigt damit auf 71,8 Milliarden Euro, im Regierungsentwurf vom Juli waren es noch 68,3 Milliarden Euro gewesen.",
        True,
        [("money", 71800000000, "EUR", None), ("money", 68300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Hinzu kommen Kredite von knapp 64 Milliarden Euro aus dem auf zwölf Jahre angelegten Sondervermögen für Infrastruktur und Klimaneutralität.",
        True,
        [("money", 64000000000, "EUR", "nearly"), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Insgesamt nimmt der Bund 2028 damit fast 170 Milliarden Euro an neuen Schulden auf, rechnete der Grünen-Haushälter Jasper Tüxen vor.",
        True,
        [("year", 2028, None, None), ("money", 170000000000, "EUR", "nearly")],
        None,
    ),
    ("de", "„Diese Koalition hat das Wort Sparen aus ihrem Wortschatz gestrichen“, sagte Tüxen.", False, [], None),
    (
        "de",
        "CDU-Haushälter Ansgar Klingenhöfer sagte, die Schuldenbremse werde auch 2028 eingehalten, weil Verteidigungsausgaben jenseits der Ein-Prozent-Marke ausgenommen seien.",
        True,
        [("year", 2028, None, None), ("percent", 1, "%", None)],
        "Ansgar Klingenhöfer",
    ),
    ("de", "„Wir bauen das Land um, ohne die Kasse zu plündern“, sagte Klingenhöfer.", False, [], None),
    (
        "de",
        "Allein die Zinslast des Bundes beläuft sich im kommenden Jahr auf 38,9 Milliarden Euro, das sind 7,3 Prozent aller Ausgaben.",
        True,
        [("money", 38900000000, "EUR", None), ("percent", 7.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Linke-Haushälterin Dörte Kahlbaum sprach von einem „Haushalt der verpassten Chancen“.",
        False,
        [],
        None,
    ),
    # --- German budget committee (Reuters), Nov 22 ---
    (
        "en",
        "BERLIN, Nov 22 (Reuters) - German lawmakers have added 3.5 billion euros to next year's federal budget, lifting planned spending to 531.4 billion euros ahead of a final vote on Friday.",
        True,
        [("date", "--11-22", None, None), ("money", 3500000000, "EUR", None), ("money", 531400000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Net new borrowing in the core budget is set at 71.8 billion euros, up from 68.3 billion euros in the cabinet's July draft, according to committee documents seen by Reuters.",
        True,
        [("money", 71800000000, "EUR", None), ("money", 68300000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Counting the infrastructure fund and defence spending exempt from the debt brake, total borrowing will come to almost 170 billion euros, the most since the pandemic year of 2021.",
        True,
        [("money", 170000000000, "EUR", "nearly"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Conservative budget spokesman Ansgar Klingenhoefer told reporters that defence spending above 1% of economic output remained outside the debt brake.",
        True,
        [("percent", 1, "%", "over")],
        "Ansgar Klingenhoefer",
    ),
    (
        "en",
        "Interest payments will swallow 7.3% of federal spending next year.",
        True,
        [("percent", 7.3, "%", None)],
        None,
    ),
    (
        "en",
        'Greens budget expert Jasper Tuexen said the coalition had "struck the word saving from its vocabulary".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ten-year Bund yields were little changed at 2.94% after the committee's decision.",
        True,
        [("duration", 10, "year", None), ("percent", 2.94, "%", None)],
        None,
    ),
    # --- Steuereinnahmen im Oktober (Reuters), 22. November ---
    (
        "de",
        "Berlin (Reuters) - Bund und Länder haben im Oktober 63,2 Milliarden Euro an Steuern eingenommen, ein Zuwachs von 3,9 Prozent im Jahresvergleich.",
        True,
        [("money", 63200000000, "EUR", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "In den ersten zehn Monaten lag das Plus bei 4,4 Prozent, teilte das Bundesfinanzministerium am Montag in seinem Monatsbericht mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 4.4, "%", None)],
        "das Bundesfinanzministerium",
    ),
    (
        "de",
        "Die Lohnsteuer brachte 6,1 Prozent mehr ein, die Körperschaftsteuer dagegen knapp ein Zehntel weniger.",
        True,
        [("percent", 6.1, "%", None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Steuerschätzer hatten im Oktober für das Gesamtjahr ein Plus von 4,1 Prozent vorhergesagt.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Schuldenstand des Gesamtstaats kletterte zur Jahresmitte auf 2,87 Billionen Euro, wie aus Daten des Statistischen Bundesamts hervorgeht.",
        True,
        [("money", 2870000000000, "EUR", None)],
        None,
    ),
    # --- Treasury sets X-date (Reuters), Nov 22 ---
    (
        "en",
        "WASHINGTON, Nov 22 (Reuters) - The U.S. Treasury could run out of room to meet all federal obligations as soon as Dec. 16 unless Congress raises or suspends the debt ceiling, the Treasury Secretary told lawmakers on Monday.",
        True,
        [("date", "--11-22", None, None), ("date", "--12-16", None, None)],
        None,
    ),
    (
        "en",
        "In a letter to congressional leaders, the Treasury Secretary said extraordinary cash-management measures had been in use since the government hit the $42.6 trillion limit on Sept. 3.",
        True,
        [("money", 42600000000000, "USD", None), ("date", "--09-03", None, None)],
        None,
    ),
    (
        "en",
        "The Treasury's cash balance stood at $212 billion as of Nov. 18, down from about $640 billion at the start of fiscal 2028 on Oct. 1.",
        True,
        [
            ("money", 212000000000, "USD", None),
            ("date", "--11-18", None, None),
            ("money", 640000000000, "USD", "about"),
            ("year", 2028, None, None),
            ("date", "--10-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "The Bipartisan Policy Center put the likeliest window for the so-called X-date between Dec. 20 and Jan. 7.",
        True,
        [("date", "--12-20", None, None), ("date", "--01-07", None, None)],
        None,
    ),
    (
        "en",
        "Treasury spokeswoman Delia Pendergrass said the department had no accounting tools left to stretch its cash beyond mid-January.",
        True,
        [],
        "Delia Pendergrass",
    ),
    (
        "en",
        '"Every day of delay adds a risk that taxpayers will end up paying for," Pendergrass said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Yields on Treasury bills maturing in late December jumped 14 basis points to 4.21%, the highest since the 2023 standoff.",
        True,
        [("percent", 14, "bp", None), ("percent", 4.21, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "At least 14 federal agencies have drawn up contingency plans for a possible default, a Treasury official said.",
        True,
        [("count", 14, None, "at_least")],
        None,
    ),
    ("en", "Investors said the bill market was bracing for a bumpy few weeks but not for a default.", False, [], None),
    # --- US-Schuldenobergrenze (dpa), 22. November ---
    (
        "de",
        "Washington (dpa) - Den USA droht nach einer Warnung des Finanzministeriums schon ab dem 16. Dezember die Zahlungsunfähigkeit, sollte der Kongress die Schuldenobergrenze nicht rechtzeitig anheben.",
        True,
        [("date", "--12-16", None, None)],
        None,
    ),
    (
        "de",
        "Die Grenze liegt derzeit bei 42,6 Billionen Dollar und ist seit dem 3. September erreicht.",
        True,
        [("money", 42600000000000, "USD", None), ("date", "--09-03", None, None)],
        None,
    ),
    (
        "de",
        "Nach Schätzung des Bipartisan Policy Center dürfte der Stichtag zwischen dem 20. Dezember und dem 7. Januar liegen.",
        True,
        [("date", "--12-20", None, None), ("date", "--01-07", None, None)],
        None,
    ),
    (
        "de",
        "Die Rücklagen des Finanzministeriums sind auf 212 Milliarden Dollar geschrumpft, zu Beginn des Haushaltsjahres 2028 waren es noch rund 640 Milliarden Dollar.",
        True,
        [("money", 212000000000, "USD", None), ("year", 2028, None, None), ("money", 640000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die Republikaner im Repräsentantenhaus wollen die Grenze bis zum 1. Januar 2030 aussetzen, die Demokraten verlangen eine Anhebung ohne Bedingungen.",
        True,
        [("date", "2030-01-01", None, None)],
        None,
    ),
    ("de", "Beobachter in Washington rechnen mit einem Machtkampf bis zur letzten Minute.", False, [], None),
    # --- Regionalisierte Steuerschätzung (dpa/lby), Dienstag, 23. November ---
    (
        "de",
        "München (dpa/lby) - Der Freistaat Bayern muss bis 2031 mit rund 3,4 Milliarden Euro weniger Steuereinnahmen rechnen als bislang geplant.",
        True,
        [("year", 2031, None, None), ("money", 3400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das geht aus der regionalisierten Steuerschätzung hervor, die das Finanzministerium am Dienstag in München vorlegte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Grundlage ist die Schätzung des Arbeitskreises Steuerschätzungen vom Oktober, die für Bund, Länder und Gemeinden bis 2031 Ausfälle von 38,2 Milliarden Euro ergeben hatte.",
        True,
        [("year", 2031, None, None), ("money", 38200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Allein für 2028 fehlen demnach 610 Millionen Euro, für 2029 weitere 780 Millionen Euro.",
        True,
        [
            ("year", 2028, None, None),
            ("money", 610000000, "EUR", None),
            ("year", 2029, None, None),
            ("money", 780000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Kommunen im Freistaat müssen bis 2031 mit knapp einer Dreiviertelmilliarde Euro weniger auskommen.",
        True,
        [("year", 2031, None, None), ("money", 750000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Der bayerische Finanzminister sagte, der Doppelhaushalt 2027/28 müsse deshalb nicht aufgeschnürt werden.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("de", "„Wir haben vorsichtig geplant, und das zahlt sich jetzt aus“, sagte der Minister.", False, [], None),
    (
        "de",
        "Grünen-Haushälterin Veronika Hirschberger sagte, die Rücklage des Freistaats sei seit 2019 um ein Drittel geschrumpft.",
        True,
        [("year", 2019, None, None), ("fraction", 0.3333, None, None)],
        "Veronika Hirschberger",
    ),
    ("de", "Die Staatsregierung lebe „von der Hand in den Mund“, sagte Hirschberger.", False, [], None),
    # --- Budget preview (PA), Nov 23 ---
    (
        "en",
        "LONDON (PA) - The Chancellor will deliver the Budget on Wednesday facing a shortfall of up to £22 billion against the Government's fiscal rules, according to the Institute for Fiscal Studies.",
        True,
        [("money", 22000000000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "IFS researcher Rowena Strachan-Bell said weaker productivity forecasts alone could knock around £14 billion off the Chancellor's headroom.",
        True,
        [("money", 14000000000, "GBP", "about")],
        "Rowena Strachan-Bell",
    ),
    ("en", '"There is no painless way to fill a hole of this size," Strachan-Bell said.', False, [], None),
    (
        "en",
        "Treasury sources have not ruled out extending the freeze on income tax thresholds by two more years.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Under the current freeze, about 4.1 million more people have been pulled into paying income tax since 2021, HMRC estimates show.",
        True,
        [("count", 4100000, None, "about"), ("year", 2021, None, None)],
        None,
    ),
    ("en", "Business groups warned that confidence was already fragile ahead of the statement.", False, [], None),
    (
        "en",
        'Conservative MP Rupert Dallimore said the Government had "spent the autumn softening up the country for a tax raid".',
        False,
        [],
        None,
    ),
    # --- EU-Kommission zu den Haushaltsplänen (Reuters), 23. November ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission sieht bei sechs der 21 Euro-Länder das Risiko, dass ihre Haushaltspläne für 2028 gegen die EU-Regeln verstoßen.",
        True,
        [("count", 6, None, None), ("count", 21, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Deutschland wird demnach im kommenden Jahr ein Defizit von 3,8 Prozent der Wirtschaftsleistung ausweisen, nach 3,5 Prozent in diesem Jahr.",
        True,
        [("percent", 3.8, "%", None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Schuldenquote der Bundesrepublik soll bis Ende 2028 auf 68,4 Prozent steigen.",
        True,
        [("year", 2028, None, None), ("percent", 68.4, "%", None)],
        None,
    ),
    (
        "de",
        "Frankreich verfehlt mit einem erwarteten Defizit von 4,9 Prozent des BIP erneut die Drei-Prozent-Grenze.",
        True,
        [("percent", 4.9, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Der EU-Wirtschaftskommissar sagte, die höheren Verteidigungsausgaben seien durch die nationale Ausweichklausel gedeckt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kommissionssprecher Raimo Lindqvist-Hale sagte, das Defizitverfahren gegen Italien werde voraussichtlich im Frühjahr eingestellt.",
        True,
        [],
        "Raimo Lindqvist-Hale",
    ),
    ("de", "Ökonomen halten die Prognosen für Deutschland für zu optimistisch.", False, [], None),
    # --- EU budget opinions (Reuters), Nov 23 ---
    (
        "en",
        "BRUSSELS, Nov 23 (Reuters) - The European Commission warned on Tuesday that the 2028 budget plans of six of the 21 euro zone countries risked breaching EU fiscal rules.",
        True,
        [
            ("date", "--11-23", None, None),
            ("year", 2028, None, None),
            ("count", 6, None, None),
            ("count", 21, None, None),
        ],
        None,
    ),
    (
        "en",
        "It forecast Germany's deficit at 3.8% of GDP next year and its debt at 68.4% of GDP by the end of 2028.",
        True,
        [("percent", 3.8, "%", None), ("percent", 68.4, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "France's deficit is expected to narrow only slightly to 4.9% in 2028 from 5.2% this year, keeping it well above the bloc's 3% ceiling.",
        True,
        [
            ("percent", 4.9, "%", None),
            ("year", 2028, None, None),
            ("percent", 5.2, "%", None),
            ("percent", 3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Italy's deficit, at 2.7% of GDP, is set to stay below the 3% threshold for a second straight year.",
        True,
        [("percent", 2.7, "%", None), ("percent", 3, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The EU's economy commissioner told a news conference that the extra defence spending was covered by the national escape clause.",
        True,
        [],
        None,
    ),
    # --- Herbstprognose des Fiskalrats (APA), 23. November ---
    (
        "de",
        "Wien (APA) - Österreichs gesamtstaatliches Maastricht-Defizit wird heuer nach der Herbstprognose des Fiskalrats 4,1 Prozent des BIP erreichen.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2028 erwartet das Gremium einen Rückgang auf 3,6 Prozent, die Drei-Prozent-Grenze werde damit frühestens 2030 unterschritten, teilte der Fiskalrat am Dienstag mit.",
        True,
        [
            ("year", 2028, None, None),
            ("percent", 3.6, "%", None),
            ("percent", 3, "%", None),
            ("year", 2030, None, None),
        ],
        "der Fiskalrat",
    ),
    (
        "de",
        "Die Schuldenquote steigt demnach bis Ende 2028 auf 85,2 Prozent.",
        True,
        [("year", 2028, None, None), ("percent", 85.2, "%", None)],
        None,
    ),
    (
        "de",
        "Fiskalrat-Ökonom Matthias Kleinhapl sagte, das Konsolidierungspaket bringe 2028 rund 2,9 Milliarden Euro und damit gut eine halbe Milliarde weniger als veranschlagt.",
        True,
        [("year", 2028, None, None), ("money", 2900000000, "EUR", "about"), ("money", 500000000, "EUR", "over")],
        "Matthias Kleinhapl",
    ),
    (
        "de",
        "„Ohne zusätzliche Maßnahmen wird Österreich noch jahrelang im Defizitverfahren bleiben“, sagte Kleinhapl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grünen-Budgetsprecherin Sieglinde Ferschl sprach von einem „Sparpaket auf Kosten der Klimapolitik“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Finanzministerium verwies darauf, dass der Budgetpfad mit der EU-Kommission abgestimmt sei.",
        True,
        [],
        None,
    ),
    # --- Canada's budget (Reuters), Nov 23 ---
    (
        "en",
        "OTTAWA, Nov 23 (Reuters) - Canada's federal deficit will widen to C$71.2 billion in the 2027-28 fiscal year, the government said in a budget presented on Tuesday.",
        True,
        [
            ("date", "--11-23", None, None),
            ("money", 71200000000, "CAD", None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "The shortfall is projected to narrow to C$54.8 billion by 2030-31 as defence-related spending levels off.",
        True,
        [("money", 54800000000, "CAD", None), ("year", 2030, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "The federal debt-to-GDP ratio will edge up to 43.1% next year before easing, according to the budget documents.",
        True,
        [("percent", 43.1, "%", None)],
        None,
    ),
    (
        "en",
        "Some 38% of new spending over the forecast period will go to defence and security.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "The finance minister told the House of Commons the government would find C$13 billion in savings over four years by cutting the public service by about 8%.",
        True,
        [("money", 13000000000, "CAD", None), ("duration", 4, "year", None), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "en",
        "Canada's two-year bond yield rose 3 basis points to 2.61% after the release.",
        True,
        [("duration", 2, "year", None), ("percent", 3, "bp", None), ("percent", 2.61, "%", None)],
        None,
    ),
    (
        "en",
        'Conservative finance critic Dale Holloway-Crane called the budget "a maxed-out credit card with a maple leaf on it."',
        False,
        [],
        None,
    ),
    ("en", "Economists said Ottawa had little room left before bond markets start to push back.", False, [], None),
    # --- House passes debt bill (AP), Nov 23 ---
    (
        "en",
        "WASHINGTON (AP) — The House narrowly passed a bill Tuesday night that would suspend the nation's debt limit until Jan. 1, 2030, sending the measure to an uncertain fate in the Senate.",
        True,
        [("date", "2030-01-01", None, None)],
        None,
    ),
    (
        "en",
        "The vote was 218-212, with three Republicans opposed and two Democrats voting in favor.",
        True,
        [("count", 218, None, None), ("count", 212, None, None), ("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Republican leaders attached $310 billion in spending cuts over 10 years, according to a summary circulated to lawmakers.",
        True,
        [("money", 310000000000, "USD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Rep. Wade Brimacombe, R-Texas, said he voted against the bill because it did not cap the growth of discretionary spending at 1% a year.",
        True,
        [("percent", 1, "%", None)],
        "Wade Brimacombe",
    ),
    (
        "en",
        '"Washington does not have a borrowing problem, it has a spending addiction," Brimacombe said.',
        False,
        [],
        None,
    ),
    ("en", 'House Democratic leaders called the cuts "a hostage note with a price tag."', False, [], None),
    (
        "en",
        "Rep. Nadine Okoro-Dunn, D-Md., said the bill's work requirements would cut about 860,000 people off food aid.",
        True,
        [("count", 860000, None, "about")],
        "Nadine Okoro-Dunn",
    ),
    (
        "en",
        "The Congressional Budget Office said on Tuesday the bill would reduce deficits by $294 billion over the decade.",
        True,
        [("money", 294000000000, "USD", None)],
        "the Congressional Budget Office",
    ),
    # --- California's fiscal outlook (AP), Nov 23 ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — California faces a $21.7 billion budget shortfall in the fiscal year that begins next July, the Legislative Analyst's Office estimated Tuesday.",
        True,
        [("money", 21700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The nonpartisan office expects deficits of about $25 billion a year through 2031-32 unless lawmakers cut spending or raise taxes.",
        True,
        [("money", 25000000000, "USD", "about"), ("year", 2031, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Revenue from the state's three biggest taxes is running $3.9 billion above projections, largely because of surging capital gains from technology stocks.",
        True,
        [("count", 3, None, None), ("money", 3900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Income taxes paid by the top 1% of earners make up nearly half of the state's general fund revenue.",
        True,
        [("percent", 1, "%", None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "The rainy-day fund held $11.2 billion at the end of June, less than half its peak.",
        True,
        [("money", 11200000000, "USD", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "The administration will present its own budget proposal by Jan. 10, as state law requires.",
        True,
        [("date", "--01-10", None, None)],
        None,
    ),
    (
        "en",
        '"The era of easy surpluses is over, and everyone in this building knows it," said Assemblywoman Lorena Whitcomb-Diaz.',
        False,
        [],
        None,
    ),
    # --- Landeshaushalt 2028 (dpa/lhe), Mittwoch, 24. November ---
    (
        "de",
        "Wiesbaden (dpa/lhe) - Der hessische Landtag hat am Mittwoch in zweiter Lesung über den Haushaltsentwurf für 2028 beraten, der Ausgaben von 40,3 Milliarden Euro vorsieht.",
        True,
        [("ordinal", 2, None, None), ("year", 2028, None, None), ("money", 40300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Nettokreditaufnahme soll bei 1,12 Milliarden Euro liegen, davon entfallen rund 720 Millionen Euro auf die strukturelle Komponente von 0,35 Prozent des BIP, die den Ländern seit 2025 erlaubt ist.",
        True,
        [
            ("money", 1120000000, "EUR", None),
            ("money", 720000000, "EUR", "about"),
            ("percent", 0.35, "%", None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der hessische Finanzminister sagte im Plenum, ohne die neuen Spielräume wäre eine Lücke von knapp 900 Millionen Euro entstanden.",
        True,
        [("money", 900000000, "EUR", "nearly")],
        None,
    ),
    ("de", "„Wir nutzen die Spielräume, aber wir verprassen sie nicht“, sagte der Minister.", False, [], None),
    (
        "de",
        "FDP-Haushälter Till Rosenkötter sagte, die Zinsausgaben des Landes stiegen 2028 um 14 Prozent auf 1,46 Milliarden Euro.",
        True,
        [("year", 2028, None, None), ("percent", 14, "%", None), ("money", 1460000000, "EUR", None)],
        "Till Rosenkötter",
    ),
    ("de", "„Hessen lebt über seine Verhältnisse, und zwar auf Pump“, sagte Rosenkötter.", False, [], None),
    (
        "de",
        "SPD-Fraktionsvize Nadine Schwarzlose warf der Landesregierung vor, die Kommunen im Regen stehen zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über den Kommunalen Finanzausgleich erhalten die Städte und Gemeinden 2028 knapp 7,2 Milliarden Euro, eine halbe Milliarde mehr als in diesem Jahr.",
        True,
        [("year", 2028, None, None), ("money", 7200000000, "EUR", "nearly"), ("money", 500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die dritte Lesung ist für den 15. Dezember geplant.",
        True,
        [("ordinal", 3, None, None), ("date", "--12-15", None, None)],
        None,
    ),
    # --- UK budget (Reuters), Nov 24 ---
    (
        "en",
        "LONDON, Nov 24 (Reuters) - Britain's Chancellor raised taxes by 19.6 billion pounds a year on Wednesday, extending a freeze on income tax thresholds and raising levies on banks and second homes to rebuild her buffer against the government's fiscal rules.",
        True,
        [("date", "--11-24", None, None), ("money", 19600000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The freeze on personal tax thresholds, due to end in April 2030, will now run for two more years, raising an estimated 8.3 billion pounds in 2031-32.",
        True,
        [
            ("year", 2030, None, None),
            ("duration", 2, "year", None),
            ("money", 8300000000, "GBP", "about"),
            ("year", 2031, None, None),
            ("year", 2032, None, None),
        ],
        None,
    ),
    (
        "en",
        "The buffer against the rule on day-to-day spending rose to 16.1 billion pounds in 2030-31 from 4.2 billion pounds in March, the Office for Budget Responsibility said.",
        True,
        [
            ("money", 16100000000, "GBP", None),
            ("year", 2030, None, None),
            ("year", 2031, None, None),
            ("money", 4200000000, "GBP", None),
        ],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "The OBR trimmed half a percentage point from its 2028 growth forecast, now 1.1%, and sees borrowing falling to 3.2% of GDP in 2028-29.",
        True,
        [
            ("percent", 0.5, "pp", None),
            ("year", 2028, None, None),
            ("percent", 1.1, "%", None),
            ("percent", 3.2, "%", None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Borrowing in the current financial year is forecast at 4.1% of GDP, or 118.2 billion pounds.",
        True,
        [("percent", 4.1, "%", None), ("money", 118200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Public sector net debt is forecast to peak at 96.4% of GDP in 2029-30.",
        True,
        [("percent", 96.4, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Ten-year gilt yields fell 7 basis points to 4.36% as the Chancellor spoke, while sterling edged up to $1.3142.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 7, "bp", None),
            ("percent", 4.36, "%", None),
            ("money", 1.3142, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The Chancellor said day-to-day departmental spending would grow by no more than 1.2% a year in real terms after 2028-29.",
        True,
        [("percent", 1.2, "%", "at_most"), ("year", 2028, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        '"These are choices I did not want to make, but they are the right choices," the Chancellor told the House of Commons.',
        False,
        [],
        None,
    ),
    ("en", "Economists said the bigger buffer might still not be enough to calm bond markets.", False, [], None),
    # --- FACTBOX (Reuters), Nov 24 ---
    ("en", "FACTBOX-Key measures in Britain's budget", False, [], None),
    (
        "en",
        "* Income tax and national insurance thresholds frozen for two further years until April 2032",
        True,
        [("duration", 2, "year", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "* Bank surcharge raised to 5% of profits above £150 million, from 4%",
        True,
        [("percent", 5, "%", None), ("money", 150000000, "GBP", "over"), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "* Annual levy of 1% on the value of second homes worth more than £750,000",
        True,
        [("percent", 1, "%", None), ("money", 750000, "GBP", "over")],
        None,
    ),
    (
        "en",
        "* Fuel duty up 3p a litre from September 2028",
        True,
        [("money", 0.03, "GBP", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "* Tobacco and alcohol duty rises to raise half a billion pounds a year by 2030-31",
        True,
        [("money", 500000000, "GBP", None), ("year", 2030, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "* National living wage up 4.3% to £13.42 an hour from April",
        True,
        [("percent", 4.3, "%", None), ("money", 13.42, "GBP", None)],
        None,
    ),
    (
        "en",
        "* Defence spending to reach 2.7% of GDP by 2029-30",
        True,
        [("percent", 2.7, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Budget reaction (PA), Nov 24 ---
    (
        "en",
        "LONDON (PA) - The Chancellor's second Budget will leave the typical household around £640 a year poorer by 2030, the Resolution Foundation said.",
        True,
        [("ordinal", 2, None, None), ("money", 640, "GBP", "about"), ("year", 2030, None, None)],
        "the Resolution Foundation",
    ),
    (
        "en",
        "The poorest tenth of households will lose about 1.4% of their income, while the richest fifth will lose 2.1%, its analysis found.",
        True,
        [
            ("fraction", 0.1, None, None),
            ("percent", 1.4, "%", "about"),
            ("fraction", 0.2, None, None),
            ("percent", 2.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Resolution Foundation economist Gideon Ogilvy-Rudd said two-fifths of the money raised would come from the threshold freeze.",
        True,
        [("fraction", 0.4, None, None)],
        "Gideon Ogilvy-Rudd",
    ),
    (
        "en",
        'The Shadow Chancellor told MPs the Budget was "a pickpocket\'s charter for the squeezed middle".',
        False,
        [],
        None,
    ),
    (
        "en",
        '"This Budget chooses security over short-term popularity," said Labour MP Tessa Mountjoy.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Liberal Democrat Treasury spokesperson Fiona Marlowe-Finch said the number of pensioners paying income tax would reach 9.1 million by 2031.",
        True,
        [("count", 9100000, None, None), ("year", 2031, None, None)],
        "Fiona Marlowe-Finch",
    ),
    (
        "en",
        "About 410,000 second homes will be liable for the new levy, according to Treasury costings.",
        True,
        [("count", 410000, None, "about")],
        None,
    ),
    (
        "en",
        "The Chancellor's statement lasted 72 minutes and was interrupted several times by jeers from the opposition benches.",
        True,
        [("duration", 72, "minute", None)],
        None,
    ),
    ("en", "MPs on both sides of the House said the mood in the chamber had been unusually tense.", False, [], None),
    # --- Britischer Haushalt (dpa), 24. November ---
    (
        "de",
        "London (dpa) - Die britische Regierung erhöht die Steuern um 19,6 Milliarden Pfund pro Jahr, um die Staatsfinanzen zu stabilisieren.",
        True,
        [("money", 19600000000, "GBP", None)],
        None,
    ),
    (
        "de",
        "Die Freibeträge bei der Einkommensteuer bleiben zwei weitere Jahre eingefroren, wie die Schatzkanzlerin in ihrer 72-minütigen Haushaltsrede im Unterhaus ankündigte.",
        True,
        [("duration", 2, "year", None), ("duration", 72, "minute", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der unabhängigen Haushaltsaufsicht OBR steigt die Staatsverschuldung bis zum Haushaltsjahr 2029/30 auf 96,4 Prozent der Wirtschaftsleistung.",
        True,
        [("year", 2029, None, None), ("year", 2030, None, None), ("percent", 96.4, "%", None)],
        None,
    ),
    (
        "de",
        "Das Wachstum im kommenden Jahr sieht die OBR nur noch bei 1,1 Prozent.",
        True,
        [("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Staatsanleihen fiel während der Rede um sieben Basispunkte.",
        True,
        [("duration", 10, "year", None), ("percent", 7, "bp", None)],
        None,
    ),
    # --- Generaldebatte im Bundestag (dpa), 24. November ---
    (
        "de",
        "Berlin (dpa) - In der Generaldebatte zum Haushalt 2028 hat der Bundeskanzler die Rekordinvestitionen der Koalition verteidigt.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Etat sehe Investitionen von 124,6 Milliarden Euro vor, jeder vierte Euro fließe damit in Schiene, Straße, Schulen und Verteidigung, sagte der Kanzler in seiner gut 50-minütigen Rede.",
        True,
        [("money", 124600000000, "EUR", None), ("fraction", 0.25, None, None), ("duration", 50, "minute", "over")],
        None,
    ),
    ("de", "„Wer heute am Fundament spart, dem bricht morgen das Haus weg“, sagte der Kanzler.", False, [], None),
    ("de", "Die AfD-Fraktion warf der Regierung vor, das Land in die Schuldenfalle zu treiben.", False, [], None),
    (
        "de",
        "Grünen-Haushälter Jasper Tüxen sagte, von den 124,6 Milliarden Euro seien mehr als 30 Milliarden Euro lediglich umgebuchte Mittel aus dem Kernhaushalt.",
        True,
        [("money", 124600000000, "EUR", None), ("money", 30000000000, "EUR", "over")],
        "Jasper Tüxen",
    ),
    (
        "de",
        "SPD-Haushälterin Merle Vennekötter sagte, der Etat für Bildung und Forschung wachse um 6,2 Prozent auf 23,7 Milliarden Euro.",
        True,
        [("percent", 6.2, "%", None), ("money", 23700000000, "EUR", None)],
        "Merle Vennekötter",
    ),
    ("de", "„Das ist ein Haushalt, der Zukunft baut und nicht bloß verwaltet“, sagte Vennekötter.", False, [], None),
    (
        "de",
        "Die Debatte dauerte gut vier Stunden, mehrfach rief die Bundestagspräsidentin Abgeordnete zur Ordnung.",
        True,
        [("duration", 4, "hour", "over")],
        None,
    ),
    # --- Hintergrund Schuldenbremse (dpa), 24. November ---
    ("de", "Hintergrund: Wie die reformierte Schuldenbremse funktioniert", False, [], None),
    (
        "de",
        "Seit der Grundgesetzänderung vom März 2025 darf sich der Bund strukturell mit 0,35 Prozent des BIP neu verschulden, die Länder zusammen ebenfalls mit 0,35 Prozent.",
        True,
        [("year", 2025, None, None), ("percent", 0.35, "%", None), ("percent", 0.35, "%", None)],
        None,
    ),
    (
        "de",
        "Verteidigungsausgaben, die ein Prozent des BIP übersteigen, fallen nicht unter die Regel.",
        True,
        [("percent", 1, "%", None)],
        None,
    ),
    (
        "de",
        "Für Infrastruktur stehen in einem Sondervermögen 500 Milliarden Euro bereit, 100 Milliarden Euro davon gehen an die Länder.",
        True,
        [("money", 500000000000, "EUR", None), ("money", 100000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis Ende Oktober sind erst gut 58 Milliarden Euro aus dem Topf abgeflossen.",
        True,
        [("money", 58000000000, "EUR", "over")],
        None,
    ),
    # --- Senate passes debt bill (Reuters), Nov 24 ---
    (
        "en",
        "WASHINGTON, Nov 24 (Reuters) - The U.S. Senate on Wednesday passed a bill suspending the federal debt ceiling until Jan. 1, 2030, by a vote of 62-36, averting a default with roughly three weeks to spare.",
        True,
        [
            ("date", "--11-24", None, None),
            ("date", "2030-01-01", None, None),
            ("count", 62, None, None),
            ("count", 36, None, None),
            ("duration", 3, "week", "about"),
        ],
        None,
    ),
    (
        "en",
        "Eleven Democrats joined 51 Republicans in voting for the measure, clearing the 60-vote threshold needed to end debate.",
        True,
        [("count", 11, None, None), ("count", 51, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Senate negotiators stripped out $120 billion of the House's proposed cuts, leaving about $190 billion over 10 years.",
        True,
        [("money", 120000000000, "USD", None), ("money", 190000000000, "USD", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Sen. Everett Ibsworth, R-Wyo., said the final bill still cut more spending than any debt-limit deal since 2011.",
        True,
        [("year", 2011, None, None)],
        "Everett Ibsworth",
    ),
    ("en", '"This is what responsible governing looks like, even when it is ugly," Ibsworth said.', False, [], None),
    (
        "en",
        "Sen. Maris Calloway-Nunn, D-Ore., said she voted no because the bill would cut Medicaid funding by about $48 billion.",
        True,
        [("money", 48000000000, "USD", "about")],
        "Maris Calloway-Nunn",
    ),
    ("en", "The House is expected to take up the Senate version after the Thanksgiving holiday.", True, [], None),
    # --- US-Senat billigt Aussetzung (AFP), 24. November ---
    (
        "de",
        "Washington (AFP) - Der US-Senat hat die Aussetzung der Schuldenobergrenze bis zum 1. Januar 2030 gebilligt und damit einen Zahlungsausfall vorerst abgewendet.",
        True,
        [("date", "2030-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 62 Senatoren, 36 dagegen, nötig waren 60 Stimmen.",
        True,
        [("count", 62, None, None), ("count", 36, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Die Einsparungen summieren sich nach Angaben des Haushaltsbüros des Kongresses auf rund 190 Milliarden Dollar in zehn Jahren.",
        True,
        [("money", 190000000000, "USD", "about"), ("duration", 10, "year", None)],
        "das Haushaltsbüro des Kongresses",
    ),
    (
        "de",
        "Der republikanische Senator Everett Ibsworth sprach von einem „hässlichen, aber verantwortungsvollen Kompromiss“.",
        False,
        [],
        None,
    ),
    # --- Voranschlag 2028 des Kantons Bern (Keystone-SDA), Donnerstag, 25. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Der bernische Grosse Rat hat den Voranschlag 2028 mit einem Überschuss von 46 Millionen Franken genehmigt.",
        True,
        [("year", 2028, None, None), ("money", 46000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Eine Steuersenkung für natürliche Personen von 2 Prozent lehnte das Parlament mit 86 zu 62 Stimmen bei 3 Enthaltungen ab.",
        True,
        [("percent", 2, "%", None), ("count", 86, None, None), ("count", 62, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Steuersenkung hätte den Kanton jährlich rund 95 Millionen Franken gekostet, teilte die Finanzdirektion mit.",
        True,
        [("money", 95000000, "CHF", "about")],
        "die Finanzdirektion",
    ),
    (
        "de",
        "SVP-Grossrat Ueli Bützberger sagte, der Kanton Bern habe die dritthöchste Steuerbelastung aller 26 Kantone.",
        True,
        [("ordinal", 3, None, None), ("count", 26, None, None)],
        "Ueli Bützberger",
    ),
    (
        "de",
        "«Wer im Kanton Bern arbeitet, bezahlt die Bequemlichkeit der Verwaltung», sagte Bützberger.",
        False,
        [],
        None,
    ),
    ("de", "SP-Grossrätin Regula Sägesser sprach von einem «Steuergeschenk für Gutverdienende».", False, [], None),
    (
        "de",
        "Der Überschuss entspricht weniger als einem Prozent der Ausgaben des Kantons.",
        True,
        [("percent", 1, "%", "under")],
        None,
    ),
    (
        "de",
        "Die Finanzdirektorin bezifferte die Nettoschulden des Kantons auf rund 6,1 Milliarden Franken.",
        True,
        [("money", 6100000000, "CHF", "about")],
        None,
    ),
    # --- French budget vote (AFP), Nov 25 ---
    (
        "en",
        "PARIS, Nov 25 (AFP) - French lawmakers on Wednesday rejected the revenue half of the 2028 budget by 308 votes to 219, dealing a fresh blow to the minority government.",
        True,
        [
            ("date", "--11-25", None, None),
            ("year", 2028, None, None),
            ("count", 308, None, None),
            ("count", 219, None, None),
        ],
        None,
    ),
    (
        "en",
        "The government is targeting a deficit of 4.6 percent of GDP next year, down from an expected 5.1 percent in 2027.",
        True,
        [("percent", 4.6, "%", None), ("percent", 5.1, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Public debt is projected to reach 118.3 percent of GDP by the end of 2028, according to finance ministry forecasts.",
        True,
        [("percent", 118.3, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Socialist lawmaker Hélène Varaigne said her party's minimum tax of 1.5 percent on fortunes above 150 million euros would bring in 3.1 billion euros a year.",
        True,
        [("percent", 1.5, "%", None), ("money", 150000000, "EUR", "over"), ("money", 3100000000, "EUR", None)],
        "Hélène Varaigne",
    ),
    (
        "en",
        "The prime minister has not ruled out forcing the bill through without a vote under Article 49.3 of the constitution, government sources said.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We are drifting towards a Greek scenario with a French accent," said centrist deputy Arnaud Cressonnière.',
        False,
        [],
        None,
    ),
    ("en", "Analysts said the rating agencies were likely to keep France under close watch.", False, [], None),
    # --- Nationalrat beschließt Budget 2028 (APA), 25. November ---
    (
        "de",
        "Wien (APA) - Nach einer dreitägigen Budgetdebatte hat der Nationalrat am Donnerstag das Bundesbudget für 2028 beschlossen.",
        True,
        [("duration", 3, "day", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundesvoranschlag sieht Auszahlungen von 128,7 Milliarden Euro und einen Nettofinanzierungsbedarf von 19,4 Milliarden Euro vor.",
        True,
        [("money", 128700000000, "EUR", None), ("money", 19400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für Pensionen wendet der Bund 2028 fast ein Viertel seiner Auszahlungen auf.",
        True,
        [("year", 2028, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Wifo-Ökonomin Sabine Glantschnig sagte, die Abgabenquote erreiche 2028 mit 44,9 Prozent einen neuen Höchststand.",
        True,
        [("year", 2028, None, None), ("percent", 44.9, "%", None)],
        "Sabine Glantschnig",
    ),
    ("de", "Die FPÖ sprach von einem „Belastungsbudget mit Ansage“.", False, [], None),
    (
        "de",
        "Der Finanzminister sagte in seiner Schlussrede, Österreich werde das EU-Defizitverfahren im Jahr 2029 verlassen.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    ("de", "„Wir räumen auf, aber wir reißen nichts ein“, sagte der Minister.", False, [], None),
    # --- Rekorddefizit der Kommunen (dpa), 25. November ---
    (
        "de",
        "Berlin (dpa) - Die deutschen Kommunen steuern nach Angaben des Deutschen Städtetags im laufenden Jahr auf ein Rekorddefizit von rund 31 Milliarden Euro zu.",
        True,
        [("money", 31000000000, "EUR", "about")],
        "der Deutsche Städtetag",
    ),
    (
        "de",
        "Fast jede zweite Großstadt könne ihren Haushalt 2028 nicht mehr ausgleichen, sagte Städtetag-Finanzexpertin Kerstin Duckwitz.",
        True,
        [("fraction", 0.5, None, "nearly"), ("year", 2028, None, None)],
        "Kerstin Duckwitz",
    ),
    (
        "de",
        "Die Kassenkredite der Gemeinden stiegen binnen eines Jahres um 17 Prozent auf 36,8 Milliarden Euro, wie das Statistische Bundesamt mitteilte.",
        True,
        [("percent", 17, "%", None), ("money", 36800000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    ("de", "„In vielen Rathäusern wird nur noch der Notstand verwaltet“, sagte Duckwitz.", False, [], None),
    (
        "de",
        "Der Städtetag verlangt, dass die Kommunen künftig zwei Prozentpunkte mehr vom Umsatzsteueraufkommen erhalten.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    # --- Haushaltssperre in Sachsen-Anhalt (dpa/sa), 25. November ---
    (
        "de",
        "Magdeburg (dpa/sa) - Sachsen-Anhalts Finanzministerium hat wegen wegbrechender Steuereinnahmen eine Haushaltssperre für den Rest des Jahres verhängt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Neue Verpflichtungen dürfen die Ressorts bis zum 31. Dezember nur noch mit Zustimmung des Ministeriums eingehen, teilte das Finanzministerium in Magdeburg mit.",
        True,
        [("date", "--12-31", None, None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Lücke im laufenden Haushalt beziffert das Ministerium auf rund 410 Millionen Euro.",
        True,
        [("money", 410000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Gesperrt sind damit knapp 1,9 Milliarden Euro an Mitteln, die noch nicht vertraglich gebunden sind.",
        True,
        [("money", 1900000000, "EUR", "nearly")],
        None,
    ),
    ("de", "Ob auch Investitionen in Schulen und Kitas gestoppt werden, ließ das Ministerium offen.", False, [], None),
    # --- ANALYSIS US finances (Reuters), Nov 25 ---
    ("en", "ANALYSIS-Debt ceiling deal buys Washington time, but little else", False, [], None),
    (
        "en",
        "The federal government ran a deficit of $1.94 trillion in fiscal 2027, or 6.3% of GDP, according to Treasury figures.",
        True,
        [("money", 1940000000000, "USD", None), ("year", 2027, None, None), ("percent", 6.3, "%", None)],
        None,
    ),
    (
        "en",
        "Net interest costs topped $1.1 trillion in FY27, more than the government spent on defense.",
        True,
        [("money", 1100000000000, "USD", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Debt held by the public is on course to exceed 100% of GDP in fiscal 2028 for the first time since 1946.",
        True,
        [
            ("percent", 100, "%", None),
            ("year", 2028, None, None),
            ("ordinal", 1, None, None),
            ("year", 1946, None, None),
        ],
        None,
    ),
    (
        "en",
        "The suspension would let the Treasury borrow roughly $2.4 trillion before January 2030, said Shauna Yarwood, a senior analyst at the Bipartisan Policy Center.",
        True,
        [("money", 2400000000000, "USD", "about"), ("year", 2030, None, None)],
        "Shauna Yarwood",
    ),
    ("en", '"Congress has once again chosen a deadline over a plan," Yarwood said.', False, [], None),
    (
        "en",
        "A quarter of a trillion dollars in Treasury bills will have to be rolled over in the first week of January alone, according to Treasury data.",
        True,
        [("money", 250000000000, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Moody's, which stripped the United States of its top rating in 2025, said the deal did not change its assessment.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    ("en", "Some investors fear the next standoff will be even harder to resolve.", False, [], None),
    # --- Post-Budget briefing (PA), Nov 25 ---
    (
        "en",
        "LONDON (PA) - Taxes are set to climb to 38.6 per cent of national income by 2030-31, the highest on record, the Institute for Fiscal Studies said on Thursday.",
        True,
        [("percent", 38.6, "%", None), ("year", 2030, None, None), ("year", 2031, None, None)],
        "the Institute for Fiscal Studies",
    ),
    (
        "en",
        "Almost one in three income taxpayers will be paying the higher or additional rate by the end of the decade, IFS figures show.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("en", '"The Chancellor has bought some room, but not much time," Strachan-Bell said.', False, [], None),
    (
        "en",
        "The number of higher-rate taxpayers will rise by about 1.6 million to 9.4 million by 2031-32, the OBR's documents show.",
        True,
        [
            ("count", 1600000, None, "about"),
            ("count", 9400000, None, None),
            ("year", 2031, None, None),
            ("year", 2032, None, None),
        ],
        None,
    ),
    ("en", 'Pensioners\' groups described the threshold freeze as "a stealth tax on thrift".', False, [], None),
    (
        "en",
        "Public sector borrowing totalled 103.4 billion pounds between April and October, the first seven months of the fiscal year, official figures showed last week.",
        True,
        [("money", 103400000000, "GBP", None), ("ordinal", 1, None, None), ("duration", 7, "month", None)],
        None,
    ),
    ("en", "A Treasury spokesperson insisted the Government's plans were fully funded.", False, [], None),
    # --- Japan extra budget (Reuters), Nov 26 ---
    (
        "en",
        "TOKYO, Nov 26 (Reuters) - Japan's cabinet approved a 14.2 trillion yen ($94 billion) extra budget on Friday to fund a stimulus package aimed at cushioning households from higher prices.",
        True,
        [("date", "--11-26", None, None), ("money", 14200000000000, "JPY", None), ("money", 94000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 9.6 trillion yen, or roughly two-thirds of the total, will come from fresh bond sales.",
        True,
        [("money", 9600000000000, "JPY", "about"), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "The finance minister told reporters the government would keep its target of a primary budget surplus in fiscal 2029.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The 30-year JGB yield rose 5 basis points to 3.47%, its highest on record.",
        True,
        [("duration", 30, "year", None), ("percent", 5, "bp", None), ("percent", 3.47, "%", None)],
        None,
    ),
    (
        "en",
        '"The market is telling Tokyo that its patience is not unlimited," said Daisuke Honjo, chief economist at Kasumi Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Debt-servicing costs take up about 24% of the initial budget for fiscal 2028, according to the finance ministry.",
        True,
        [("percent", 24, "%", "about"), ("year", 2028, None, None)],
        None,
    ),
    # --- Bundestag beschließt Haushalt 2028 (dpa), Freitag, 26. November ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat den Bundeshaushalt 2028 nach viertägiger Debatte in zweiter und dritter Lesung beschlossen.",
        True,
        [
            ("year", 2028, None, None),
            ("duration", 4, "day", None),
            ("ordinal", 2, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 322 Abgeordnete, 281 votierten dagegen, drei enthielten sich.",
        True,
        [("count", 322, None, None), ("count", 281, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Haushalt umfasst Ausgaben von 531,4 Milliarden Euro und eine Nettokreditaufnahme im Kernhaushalt von 71,8 Milliarden Euro.",
        True,
        [("money", 531400000000, "EUR", None), ("money", 71800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Verteidigungsetat wächst um 11,3 Milliarden auf 97,2 Milliarden Euro und ist damit erstmals der zweitgrößte Einzelposten nach dem Arbeits- und Sozialetat.",
        True,
        [("money", 11300000000, "EUR", None), ("money", 97200000000, "EUR", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundesfinanzminister sagte nach der Abstimmung, der Haushalt halte die Vorgaben der Schuldenbremse ein.",
        True,
        [],
        None,
    ),
    ("de", "„Wir haben geliefert, pünktlich und solide“, sagte der Minister.", False, [], None),
    (
        "de",
        "Finanzministeriumssprecherin Annika Dettmering sagte, das Haushaltsgesetz solle noch vor Weihnachten verkündet werden.",
        True,
        [],
        "Annika Dettmering",
    ),
    (
        "de",
        "Die Linke-Haushälterin Dörte Kahlbaum kritisierte, dass der Etat für den sozialen Wohnungsbau um 1,2 Milliarden Euro gekürzt werde.",
        True,
        [("money", 1200000000, "EUR", None)],
        None,
    ),
    ("de", "Der Bund der Steuerzahler nannte den Etat eine „Dauerbaustelle auf Pump“.", False, [], None),
    (
        "de",
        "Der Bundesrat soll sich am 17. Dezember abschließend mit dem Etat befassen.",
        True,
        [("date", "--12-17", None, None)],
        None,
    ),
    # --- German parliament approves budget (Reuters), Nov 26 ---
    (
        "en",
        "BERLIN, Nov 26 (Reuters) - The Bundestag approved Germany's 2028 budget on Friday, with record investment of 124.6 billion euros and net borrowing of 71.8 billion euros in the core budget.",
        True,
        [
            ("date", "--11-26", None, None),
            ("year", 2028, None, None),
            ("money", 124600000000, "EUR", None),
            ("money", 71800000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Lawmakers voted 322-281 in favour, with three abstentions.",
        True,
        [("count", 322, None, None), ("count", 281, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Defence spending will rise by 11.3 billion euros to 97.2 billion euros, making it the second-largest item after labour and social affairs.",
        True,
        [("money", 11300000000, "EUR", None), ("money", 97200000000, "EUR", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The finance ministry said on Friday the budget complied with the debt brake, which was loosened in 2025 to exempt most defence spending.",
        True,
        [("year", 2025, None, None)],
        "the finance ministry",
    ),
    ("en", "Economists said the spending plans were unlikely to give growth a quick lift.", False, [], None),
    # --- Steuerentlastungen im Bundesrat (Reuters), 26. November ---
    (
        "de",
        "Berlin (Reuters) - Der Bundesrat hat am Freitag Steuerentlastungen von knapp 4,6 Milliarden Euro jährlich für Beschäftigte und Familien gebilligt.",
        True,
        [("money", 4600000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Der Grundfreibetrag steigt zum 1. Januar 2028 um 312 Euro auf 12.984 Euro, der Kinderfreibetrag um 228 Euro auf 7.104 Euro.",
        True,
        [
            ("date", "2028-01-01", None, None),
            ("money", 312, "EUR", None),
            ("money", 12984, "EUR", None),
            ("money", 228, "EUR", None),
            ("money", 7104, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Spitzensteuersatz von 42 Prozent greift künftig erst ab einem zu versteuernden Einkommen von 71.420 Euro.",
        True,
        [("percent", 42, "%", None), ("money", 71420, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Kindergeld steigt um fünf Euro auf 264 Euro im Monat.",
        True,
        [("money", 5, "EUR", None), ("money", 264, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Pendlerpauschale beträgt künftig einheitlich 40 Cent ab dem ersten Kilometer.",
        True,
        [("money", 0.4, "EUR", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Länder tragen nach Angaben des Bundesfinanzministeriums gut zwei Fünftel der Mindereinnahmen.",
        True,
        [("fraction", 0.4, None, "over")],
        "das Bundesfinanzministerium",
    ),
    (
        "de",
        "Steuerzahlerbund-Expertin Carola Wöhlbier sagte, die kalte Progression koste einen Durchschnittsverdiener 2028 trotzdem rund 180 Euro.",
        True,
        [("year", 2028, None, None), ("money", 180, "EUR", "about")],
        "Carola Wöhlbier",
    ),
    (
        "de",
        "Nach Berechnungen des DIW profitieren mindestens 38 Millionen Steuerpflichtige von der Anhebung des Grundfreibetrags.",
        True,
        [("count", 38000000, None, "at_least")],
        None,
    ),
    ("de", "„Das ist ein Trostpflaster, keine Reform“, sagte Wöhlbier.", False, [], None),
    ("de", "DIW-Ökonom Jonas Eickenrodt hält die Entlastung für „sozial unausgewogen“.", False, [], None),
]
