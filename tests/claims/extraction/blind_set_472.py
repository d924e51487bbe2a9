"""Four-hundred-and-seventy-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers and heads of government appear by their
office only („der Verteidigungsminister“, „der Finanzminister“, "the defence secretary",
"the shadow defence secretary", "Poland's prime minister", Denmark's "minister", "the
president"), and so do the holders of single offices wire readers know by name („die
Wehrbeauftragte des Bundestags“, „die Präsidentin des Amts“ at the procurement office,
NATO's "secretary general"); the generals, officers, spokespeople, analysts, researchers,
lawmakers and the executive quoted by name are invented and stand for no real holder.

Names: Konrad Wiesenthal-Brück, Reinhold Stadlmayr-Koller, Jens Hollmichel, Aldo
Bernasconi-Frei, Malte Ringelhahn, Martina Gsellmann-Pichler, Nils Oddvar Kjellberg, Marco
Andermatt-Rüegg, Henning Ostendarp, Gerhard Pollhammer-Leitner, Jürgen Tillmanns-Adler and
his firm Vossberg Wehrtechnik, Klaus Hintersteiner-Moos and Beat Zumstein-Gubler; Tomasz
Wielgosz, Helen Ashcombe-Price, Gail Westerhoff-Ruiz, Todd Harrigan, Maren Lindqvist-Aho,
Callum Fenwick-Rowe, Ilse Verbraeken-Mol, Denise Okafor-Blaine, Stefan Brakelmann-Ost, Priya
Dhanjal-Reeves, Rasa Vaitkevičienė, Eric Salonga-Hu, Kenji Ishiwata-Lowe, Marcus
Edevane-Price, Jakob Lyngby-Sørensen, Tomás Aguirre-Lindahl and Dana Kowalski-Brandt; every
unnamed minister, official, spokesperson, diplomat, critic and source. Real states, bodies,
firms, units, places and type names (Bundeswehr, Bundesamt für das Personalmanagement der
Bundeswehr, Verteidigungsministerium, Bundeswehrverband, Karrierecenter der Bundeswehr,
Hannover, Bundestag, Haushaltsausschuss, Finanzministerium, Marine, Linke, Grüne, AfD,
Beschaffungsamt der Bundeswehr, Koblenz, Bundesrechnungshof, Sachsen-Anhalt, Düsseldorf,
Xetra, Nato, Brüssel, Bundesheer, FPÖ, Neos, Sky Shield, Landesverteidigungsausschuss,
Steiermark, Stockholmer Friedensforschungsinstitut Sipri, Schweizer Armee, Bundesrat,
Parlament, VBS, SP, SVP, Sicherheitspolitische Kommission des Ständerats, Nationalrat,
Ständerat, Zivildienst, Rekrutenschule, Schweizer Luftwaffe, Militärflugplatz Payerne,
Eidgenössische Finanzkontrolle, Eidgenössische Finanzverwaltung; NATO, the Ministry of
Defence, the MoD, the British Army, the Army Reserve, the Royal Navy, the RAF, the Gurkhas,
the Liberal Democrats, the GMB union, Rosyth, Fife, MBDA, Bolton, Stevenage, the Pentagon,
Congress, the House, the Senate, the House Armed Services Committee, the White House, the
Navy, the Center for Strategic and International Studies, Army Recruiting Command, Fort
Knox, the State Department, the Defense Security Cooperation Agency, the Stockholm
International Peace Research Institute, SIPRI, KNDS, Panzerbrigade 45, Rūdninkai, Latvia,
Estonia, Russia's embassy, China's foreign ministry, Taiwan's defense ministry, the
Institute for National Defense and Security Research, Taipei, Japan's defence ministry, the
Self-Defense Forces, Keio University, the Danish Institute for International Studies, and
the datelines' cities; Skyranger, Pandur Evo, Patriot, IRIS-T SLM, Eurofighter, Tranche 5,
F-35, F-35A, F-35B, Leopard 2, Leopard 2A8, Boxer, K2, Type 31, Sky Sabre, Common Anti-air
Modular Missiles, CV90, NASAMS, SAMP/T NG, Virginia-class) stand for the way wire copy names
them; every budget, share, order, unit price, delivery year, troop number, recruit,
reservist, conscript, vote, ranking, date and quote here is invented, and where a real
figure came to mind (a real order of tanks, jets, batteries or frigates, a real troop or
reserve target, a real spending path or quota, a real fleet size, a real army strength, a
real price overrun, a real special budget, a real SIPRI total or share) it was changed or
the figure dropped (the special fund of 100 billion euros from 2022, the new Wehrdienst in
force from January 1, 2026, Austria's opening of the Stellung to women in 2023, its
nine-month civilian and six-month basic service, the Eurofighter type decision of 2002 and
its inquiry, SIPRI's series from 1950 and the U.S. Army's preparatory course from 2022
kept).

Its weight: DEFENCE BUDGETS, ARMED FORCES AND ARMS PROCUREMENT, seventh round (the fiftieth
batch weighed defence procurement, military and security copy, the hundred-twenty-second
defence budgets, arms deliveries, military procurement and conscription, the
two-hundred-and-sixteenth defence procurement and armed forces in German-heavy copy, the
two-hundred-and-seventy-eighth defence and military procurement, the
three-hundred-and-sixty-fifth defence, NATO and military procurement and the
four-hundred-and-fourteenth defence, armed forces and military aid, beside the
hundred-sixty-second, two-hundred-and-twenty-third, three-hundred-and-forty-eighth and
four-hundred-and-twenty-second on war copy with its air defence and the hundred-forty-third
on arms control; their decisions are kept) - one made-up year, January 8 to December 30,
2030, as 33 short stories in story order with the German and English desks interleaved, each
told as wire copy runs it (a dateline lead with the headline figure, the figures around it,
attributed claims, the other side, quotes, reactions). German (dpa, APA, Keystone-SDA;
Austrian "Mrd.", "Mio.", "heuer", "um 780 Mio. Euro", "Stellung", "tauglich",
"Einrückungstermin", "Grundwehrdiener", "eingerückt"; Swiss "Mia.", "gemäss", "grösste",
"gutgeheissen", "liess", "Bruttoinlandprodukt", "4'200", "136'800", the masculine „einen
Viertel“, «» quotes; German „“ quotes): the Bundeswehr's strength at the turn of the year,
Austria's defence budget, the new Wehrdienst's questionnaires, the Swiss Armeebotschaft, the
budget committee's frigates, jets and shells, Austria's IRIS-T SLM purchase under Sky
Shield, SIPRI's world military spending, the Swiss army's strength and civilian service,
NATO's defence ministers and Germany's brigades, Austria's Stellung statistics, an arms
maker's half year, the first Swiss F-35A at Payerne, the draft federal budget for 2031, the
Eurofighter successor, the Bundestag's vote on compulsory screening, the Swiss army budget
for 2031 and the procurement office's year. English (Reuters with dated datelines, AP, PA):
Poland's defence budget, British Army strength, the Pentagon's budget request, SIPRI's arms
transfers, Britain's Type 31 frigates, NATO's annual report, U.S. Army recruiting, Germany's
tank order, Britain's air defence package, Lithuania's budget and the German brigade, an
arms sale to Taiwan, Japan's budget request, the Army Reserve, Denmark's air defence order,
SIPRI's top 100 arms companies and the U.S. defense policy bill. Speakers as such copy has
them: the name with rank, office and title dropped („Generalinspekteur X sagte“,
„Generalstabschef X sagte“, „Korpskommandant X sagte“, „Divisionär X sagte“,
„Generalleutnant X sagte“, „Vorstandschef X sagte“, „Sipri-Forscher X sagte“,
„Grünen-Haushälter X sagte“, „SVP-Ständerat X sagte“, "Brigadier", "Air Marshal", "Maj.
Gen.", "Lt. Col.", "Pentagon comptroller", "NATO spokeswoman", "SIPRI researcher", "Rep. X,
D-Ohio,"), bodies after „teilte ... mit“, „wie ... mitteilte“, „nach Angaben des/der“ and
"said"; beside them the forms left unchecked (offices, roles and pronouns, descriptions and
relative clauses between a name and its verb, possessives, plural sources, documents, data,
estimates and every "according to"). Figures as such copy has them: shares of GDP and NATO
quotas, budgets, contracts, unit prices and pay in euros, francs, dollars, pounds, zlotys,
yen, Danish crowns and Taiwan dollars (converted figures in brackets), troops, recruits,
reservists, conscripts, volunteers, tanks, jets, frigates, batteries, fire units, launchers,
missiles, shells and calibres („155-Millimeter-Granaten“, „35-Millimeter-Zwillingskanonen“),
votes, rankings („auf Platz vier“, "fourth place", "sixth among the allies"), numbered
generations, fractions („Gut jeder vierte“, „einen Viertel“, "two in five", "1 in 5", "just
under half"), durations in compounds and phrases („sechsmonatigen“, „binnen 30 Tagen“, „165
Flugstunden“, "the 12 months to October", "five-year"), delivery and target years, fiscal
years ("fiscal 2031", "2030-31"), SIPRI periods ("2025-29"), price bases, dates and
datelines; type names whose figures are no quantities. Negatives as such copy has them - 56
rows, none with a figure: generals', officers', spokespeople's, analysts', ministers' and
executives' rhetoric and creed in quotes beside the same speaker's figure, labels of
parties, associations and the other side („sprach von“, „bezeichnete ... als“, „kritisierte
... als“, "called", "branded", "dismissed ... as", "described ... as", "welcomed ... as"), a
warning naming no measure, a regret, doubts, fears and worries, a mood line, evasions and
open questions („ließ ... offen“, „liess ... offen“, "declined to comment", "has not said
whether", "it remained unclear whether"), each near a check-worthy look-alike from the same
story.

235 rows (116 German, 119 English), 56 negatives (27 German, 29 English), 179 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 353 expected quantities (120 counts,
55 years, 52 amounts of money - 22 EUR, 14 USD, 6 CHF, 4 GBP, 3 JPY, 1 each DKK, PLN and TWD
-, 50 percentages - all in "%" -, 27 ordinals, 22 durations - 11 in months, 6 in years, 4 in
days, 1 in hours -, 15 fractions, 12 dates; none of them in a negative), 37 checked speakers
(19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, warning naming no measure, forecast without a figure, doubt,
  fear, mood, evasion or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-twenty-second,
  two-hundred-and-sixteenth, two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth); a quoted or reported fact, figure, plan, order, target,
  demand with a figure or position is check-worthy with its speaker, also in Konjunktiv I
  (fiftieth, hundred-twenty-second, two-hundred-and-sixteenth). Pairs from one speaker:
  Wiesenthal-Brück's 24,000 volunteers beside „Wir wachsen, aber wir wachsen zu langsam
  ...“; Wielgosz's 218,000 soldiers beside "Our neighbours respect strength ...";
  Stadlmayr-Koller's eight of 24 Skyranger beside „Gegen Drohnen hilft keine
  Neutralitätserklärung“; Ashcombe-Price's 14% beside "front door"; Hollmichel's 412 men and
  96 women beside „besser als ihr Ruf“; Westerhoff-Ruiz's missile defence sums beside "built
  to deter"; Bernasconi-Frei's quarter of the units beside «eine Armee auf dem Papier»;
  Lindqvist-Aho's two-thirds beside "a pace we have not seen in generations"; Ringelhahn's
  third of the projects beside his „Blankoscheck für die Industrie“; Fenwick-Rowe's 13 ships
  beside "Hulls in the water ..."; Gsellmann-Pichler's cannons beside „Wer den Himmel nicht
  schützen kann ...“; the secretary general's $1.67 trillion beside "We have bought time
  ..." (both told by office); Kjellberg's 2.9 percent beside „Mehr Geld allein ...“;
  Okafor-Blaine's 27,000 beside "a real shot"; Andermatt-Rüegg's 340 days beside «bequemen
  Hintertür»; Brakelmann-Ost's third beside "not a luxury item"; the Verteidigungsminister's
  18,000 beside „nicht verhandelbar“ and, in November, his „klares Signal“; Ostendarp's
  37,500 beside his warning „als bloße Rechenübung“; Dhanjal-Reeves's 41 aircraft beside "no
  longer theoretical"; Pollhammer-Leitner's 1,480 beside „Wer gesund ist, soll dienen ...“;
  the brigade spokesman's 3,600 beside "a message to Moscow"; Tillmanns-Adler's 250,000
  shells beside „Teil ihrer Lösung“; Salonga-Hu's budget beside his verdict on resolve; the
  Swiss air force spokesman's pilots beside «eine Luftwaffe, die diesen Namen verdient»; the
  Finanzminister's fifth beside „Sicherheit hat ihren Preis ...“; Edevane-Price's two in
  five beside "skills we could never afford ..."; Hintersteiner-Moos's 41 scrambles beside
  his creed on neutrality; the Danish minister's 3.6% beside "years ago" (a regret, "years
  ago" no figure); Lyngby-Sørensen's 900 beside "it remained unclear whether";
  Aguirre-Lindahl's 29 beside "Demand is not the bottleneck ..."; Kowalski-Brandt's 78,500
  beside "more with less"; Zumstein-Gubler's 11 billion francs beside «keine
  Jahresgeschenke»; the office president's 300 contracts beside „kein Selbstzweck“.
- Labels, verdicts and the other side (hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth): the Bundeswehrverband's „Trendwende auf dem Papier“, the
  FPÖ's „Budget für die Schlagzeile“ and „Nato-Beitritt auf Raten“, the Left's „Wehrpflicht
  durch die Hintertür“, the SP's «Aufrüstung auf Pump», the Liberal Democrats' "a disgrace
  for a nuclear power", the GMB's "a vote of confidence" (praise is a label too), the shadow
  defence secretary's "too little, too late", Russia's embassy's "a deliberate provocation"
  and China's foreign ministry saying the sale "gravely harms" peace (an evaluation by the
  other side though its verb is "said", two-hundred-and-seventy-eighth,
  four-hundred-and-fourteenth) are negatives; so are the House Republicans' verdict that the
  request "fell short", the officials' "most severe of the post-war era"
  (three-hundred-and-sixty-fifth: "the most severe"), the diplomats' mood line, the
  opposition's and the analysts' doubts ("questioned whether", „bezweifeln“), the critics'
  worry, the employers' fear, Ostendarp's warning naming no measure (two-hundred-and-fourth)
  and the evasions and open questions („ließ das Ministerium offen“, „liess das VBS offen“,
  „ließ die Behörde offen“, "A KNDS spokesperson declined to comment", "The White House has
  not said whether", "it remained unclear whether"; three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth).
- Check-worthy without a figure (hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth): the Greens voting against the purchase and the AfD's motion
  failing with only its movers for it (positions by vote, hundred-nineteenth), the defence
  secretary's announced recruitment plan "before the summer recess" (an announced step,
  none), the budget vote „Ende November“ and the ministers' next meeting „für Oktober“
  (scheduled sittings, sixty-fifth; months alone none), and the reported need to multiply
  air defence fivefold („verfünffachen“, a verb, none - fiftieth: „verdoppeln“; „Nach
  Angaben aus Nato-Kreisen“ a plural source).
- Shares of output and NATO quotas are percentages, "des Bruttoinlandsprodukts", „des
  Bruttoinlandprodukts“, „des BIP“, "of gross domestic product", "of GDP" and "of output"
  carrying none (fiftieth, hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth): "4.9% of gross domestic product", „1,16 Prozent ... auf zwei
  Prozent“, „auf 1,5 Prozent des BIP“, „auf 1,2 Prozent des Bruttoinlandprodukts“, "2.7% of
  GDP for 2030-31", "the old 2% of GDP guideline" 2 and "at least 3.5% on core defence" 3.5
  "at_least", "2.1% ..., ... 4.8%", "3.1% of GDP", „2,9 Prozent“, "5.6% of GDP", "at least
  5.5% of GDP", "about 2.4% of GDP" "about", „eine Nato-Quote von 3,6 Prozent“, "2.2% of
  GDP", "2.5% of GDP", "3.6% of GDP", „auf 0,82 Prozent“; SIPRI's shares ("45% ..., up from
  41% ..., with 9.6%", "6.2%", "7.8% of the global total", "a share of 5.9%") and other
  shares and changes likewise („14,1 Prozent“, „von 27 auf 23 Prozent“, „61 Prozent“, "a
  3.4% increase", "risen 14%", "by 11.2% in real terms" - "in real terms" none -, "by 18%",
  „ein Plus von 6,8 Prozent“, „real um 14 Prozent“, „75,3 Prozent“, „Rund 43 Prozent“
  "about", "about 70% complete" "about", „um 31 Prozent“, „um 4,3 Prozent“, "up 6.2%", „fast
  40 Prozent“ "nearly", "or 7.6%", "by at least 25%" "at_least", "rose 9.3%", "up 17%", "a
  4.3% pay raise ... an extra 10%" - "extra" no hedge -, „Gut 80 Prozent“ "over").
- Orders, troops and output are counts as written (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth, two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth): soldiers, reservists, volunteers, conscripts, applicants,
  recruits, women, tanks, vehicles, jets, ships, frigates, submarines, batteries, fire
  units, launchers, missiles, shells, projects, contracts, jobs and scrambles („ein Plus von
  3.960“, „mindestens 24.000“ "at_least", „rund 185.000 Reservisten“ "about", "96 more",
  "three more", "84 more", "six more", "18 more", "12 more", „vier weitere“, „zwei
  weiteren“, „zwei zusätzliche“, „rund 18.000 zusätzliche“ "about" - „weitere“,
  „zusätzliche“, "more" and "additional" no hedge -, "The first 24 ... and the rest", „die
  übrigen drei“, "the remaining four" - "remaining" no hedge -, „von den 24 bestellten ...
  acht“, "1,310 below ... and 3,160 short of ... 73,000", "about 3,600 of its planned
  5,100", "29 of the companies", "Forty-one of the 100 companies" 41 and 100 (a number word
  opening the row, three-hundredth), "the world's 100 largest arms companies" 100, "Only two
  Russian companies" 2 - "Only" no hedge -, „um 4'200 auf 136'800“ and „mindestens 140'000“
  with the Swiss apostrophe, „Rund 6'900“ "about", "more than 27,000" "over", "about 13,000"
  and "by 2,500 soldiers to 442,500", "1.29 million active-duty troops" 1,290,000 and "about
  8,000 fewer" "about", "about 224,500 ..., roughly 22,600 short" both "about", "at least
  78,500 U.S. troops" "at_least", "remained below 70,000" "under" - "below" right before a
  figure bounds it, four-hundred-and-fifty-first: "below minus 40" -, „binnen 30 Tagen bis
  zu 320.000 Soldaten“ "up_to", „bis zu 250.000 155-Millimeter-Granaten“ "up_to" and 155,
  „1,2 Millionen Schuss 155-Millimeter-Munition“ 1,200,000 and 155, „den vorhandenen
  35-Millimeter-Zwillingskanonen“ 35 - calibres are counts (fiftieth,
  three-hundred-and-sixty-fifth) -, „in mehr als 30 Kilometern Entfernung“ 30 "over" (a
  range, fiftieth), „2.140 Aufträge“, „mehr als 300 Verträge“ "over", "about 1,100" "about",
  "about 1,200 jobs ... and a further 300" - "a further" no hedge -, "about 900 additional
  personnel" "about", "60 votes", „41 Alarmstarts“, „1.480 Grundwehrdiener“, „212 Frauen“,
  „um 3.400 auf 31.200“, „rund 4.000 weniger als angestrebt“ "about" - „weniger als“ after
  the figure compares -). Days of service written as a compound are counts: „340 Diensttage
  ... statt wie bisher 300“ 340 and 300 and „45 zusätzliche Übungstage“ 45 (an earlier
  batch: „eine Mindestzahl von 150 Diensttagen“ count 150; three-hundred-and-sixty-fifth:
  „statt“ sets both figures). Votes are one count per figure („mit 112 zu 79 Stimmen“, „mit
  388 zu 236 Stimmen bei 9 Enthaltungen“, „mit 29 zu 13 Stimmen“, "276-149";
  two-hundred-and-sixteenth, four-hundred-and-fourteenth). Type designations carry none, the
  figure inside included (fiftieth, hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth, four-hundred-and-fourteenth): "K2", "F-35", "F-35s",
  "F-35A", "F-35B", "Leopard 2", "Leopard 2A8", "Type 31", „Tranche 5“, „IRIS-T SLM“,
  „Pandur Evo“, "CV90", "SAMP/T NG", "Virginia-class", „Skyranger-Flugabwehrpanzern“, and
  „Panzerbrigade 45“ (a unit numbered with a cardinal after its noun, fiftieth,
  three-hundred-and-sixty-fifth). New: „vier weitere Fregatten der Klasse 127“ gives the
  count 4 only - a number after „Klasse“ names the ship class as a number after its noun
  names a brigade („Panzerbrigade 45“), a budget section („Einzelplan 14“, an earlier batch)
  or a treaty article (four-hundred-and-fourteenth), and it is the class that wire copy also
  writes „F127“ (four-hundred-and-fourteenth: none). Multiples and verbs: "more than
  doubled" and "will double" carry none (fiftieth: „verdoppeln“).
- Ordinals (the issue; fiftieth, two-hundred-and-sixteenth, two-hundred-and-seventy-eighth,
  three-hundred-and-sixty-fifth, four-hundred-and-fourteenth): „zum dritten Mal in Folge“ 3,
  "the seventh consecutive year" 7, "the third straight year" 3, „das 15. Jahr in Folge“ 15,
  "the fifth consecutive annual increase" 5, "a third armoured brigade" 3, "a second NASAMS
  air defence battery" 2, "the ninth arms sale" 9, „auf Platz vier“ 4, "second place" 2,
  "fourth place" 4, "sixth among the allies" 6, „im ersten Halbjahr“ 1 (an earlier batch),
  "in the first five months of 2030" 1 with 5 months and the year (three-hundredth: "in the
  first nine months"); firsts with their counts or alone ("the first payments", "the first
  of a new class of frigates", "the first of the three" 1 and 3, "The first 24" 1 and 24,
  "The first two batteries" 1 and 2, „Die ersten vier F-35A-Kampfflugzeuge“ 1 and 4, „die
  ersten zwölf Piloten“ 1 and 12, „Die erste Feuereinheit“, „das erste der neuen Schiffe“,
  "the first of the new batteries", "the first launchers"; three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth). New: a fighter's generation is an ordinal - „Kampfjets der
  fünften Generation“ and "12 more fifth-generation F-35B fighters" give ordinal 5 - as a
  family's generation is („in dritter Generation“ 3, three-hundred-and-first) and as an
  ordinal heading a hyphenated compound ranks ("the 20th-century average" 20, hundred-tenth
  and four-hundred-and-fifty-first); the jets' count beside it stays a count. „das letzte“,
  "the lowest", "the highest", "the largest single importer", "NATO's biggest spender", „der
  höchste Wert“, „einen Höchststand“, „einen Rekordwert“, "a record", "record order
  backlogs", „so viele ... wie nie zuvor“, „erstmals“ and "fastest" carry none.
- Fractions (the issue; two-hundred-and-sixteenth, two-hundred-and-seventy-eighth,
  three-hundred-and-sixty-fifth, four-hundred-and-fourteenth): „Gut jeder vierte“ 0.25
  "over" (three-hundred-and-sixty-fifth), „nur rund einen Viertel“ 0.25 "about" (the Swiss
  masculine, two-hundred-and-seventy-eighth; „nur“ no hedge), „fast jedes dritte Vorhaben“
  0.3333 "nearly", „gut ein Drittel davon“ 0.3333 "over", „gut einem Fünftel“ 0.2 "over",
  „in jeder dritten Kaserne“ 0.3333, „bei fast jedem vierten Großprojekt“ 0.25 "nearly",
  "about two-thirds" 0.6667 "about", "nearly two-thirds" 0.6667 "nearly", "about a third"
  0.3333 "about", "two in five" 0.4 (hundred-fifty-first: "4 in 10"), "About 1 in 5" 0.2
  "about" and "1 in 8" 0.125 (eleventh: "1 in 83"; hundred-fifty-first: "About 1 in 3"),
  "just under half" 0.5 "under" (forty-first), "Half of the increase" 0.5.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „in der sechsmonatigen Probezeit“ 6 months, „mindestens sechs Monate“ 6 months "at_least",
  „binnen zwölf Monaten“ 12 months and „binnen 30 Tagen“ 30 days („binnen“ no hedge), "in
  the 12 months to October" 12 months (three-hundred-and-sixty-fifth: "in the 12 months to
  March"), "from 90 days to 30" 90 and 30 days (the unit written once serves both,
  hundred-twenty-second), "more than four months ahead of schedule" 4 months "over", "six
  years or longer" 6 years ("or longer" after the figure no hedge, as "or higher",
  forty-seventh, and „oder mehr“, four-hundred-and-fifty-first), "three years ago" 3 years
  (two-hundred-and-forty-fourth: "four years ago"), "the previous five-year period" 5 years,
  "A new five-year defence plan" 5 years, "over six years" 6 years ("over" before a span no
  hedge), "Congress has 30 days to review" 30 days (three-hundred-and-sixty-fifth: "have 30
  days to raise objections"), „der neun Monate dauert“, „sechs Monate; ... sieben Monate“,
  „von 14 auf neun Monate“ both, „einer Verzögerung von bis zu drei Jahren“ 3 years "up_to",
  „im Schnitt 165 Flugstunden“ 165 hours („Flugstunden“ are hours, fiftieth; „im Schnitt“ no
  hedge). New: „eine Flugstunde eines Eurofighters rund 85.000 Euro“ carries the money only
  - an hour named once as the unit a price is counted in is no duration, as "a month" in "up
  to £1,200 a month" and „im Monat“ in „rund 2.700 Euro brutto im Monat“ carry none
  (three-hundred-and-sixty-fifth, four-hundred-and-fourteenth). None: „im laufenden Jahr“,
  „im vergangenen Jahr“, „im Vorjahr“, „heuer“, „im kommenden Jahr“, „in diesem Jahr“,
  „binnen eines Jahres“ (two-hundred-and-sixteenth), „jährlich“, „derzeit“, „Ende Dezember“,
  „Ende Juni“, „Ende November“, „seit Januar“, „bis Ende Januar“, „im März“, „im Juli“, „im
  Herbst“, „für Oktober“, "this year", "last year", "next year", "a year earlier", "the
  fiscal year", "the next fiscal year", "the previous year", "the last financial year", "in
  the year to July", "in a decade", "years ago", "over time", "next week", "in February",
  "in March", "at the end of March", "before the summer recess", "in generations", "the
  Napoleonic wars", "the post-war era".
- Years and dates: target, delivery and budget years as written („Bis 2035“, „bis 2035“,
  „bis 2032“, „Bis 2032“, „bis Ende 2032“, „bis 2030“, „bis Ende 2030“, „bis 2034“ twice,
  „2034 ..., das letzte 2039“, „bis 2033“, „im Herbst 2031 ..., bis Ende 2033“, „ab 2032“,
  „ab 2031“, „seit 2014“, „im Jahr 2023“, „für 2031“ twice, „2029 hätten“, „war 2002
  gefallen“, „aus dem Jahr 2022“, „2031 sollten“, "between 2031 and 2034", "by 2036", "since
  2022", "began in 2022", "in 2023", "in 2031, ... by 2037", "by 2033", "in spring 2031" the
  year, "from 2031", "since January 2029" the year, "in 2033", "due in 2031, ... by 2033",
  "by 2035", "due in 2032 ... by the end of 2034", "in 1950", "the first five months of
  2030"), a cohort named by its year („des Jahrgangs 2012“, „ab dem Jahrgang 2013“;
  hundred-twenty-second), named programmes and years as subjects („Mit der Armeebotschaft
  2030“ 2030, an earlier batch: „der Armeebotschaft 2025“; „sind 2029 das 15. Jahr in Folge
  gestiegen“), fiscal years ("for fiscal 2031" 2031, an earlier batch; "for 2030-31" both
  years, fortieth), SIPRI's period "in 2025-29" 2025 and 2029 (fiftieth: "in 2020-24"). New:
  a price base named by its year is a year - "Measured in constant 2029 dollars" and
  „gerechnet in Preisen von 2029“ give 2029, as a year before a noun dates it ("a 2022
  strategy", two-hundred-and-fourth) and "the 1961-1990 average" names a reference period
  (four-hundred-and-fifty-first); the dollars named with it carry no amount. Dates: „am 8.
  April“ --04-08, "on June 13" --06-13, „ab dem 1. Juli 2031“ 2031-07-01, „zum 1. Januar
  2026“ 2026-01-01; Reuters English datelines with a day are dates without a year ("WARSAW,
  Jan 10", "STOCKHOLM, March 11", "BRUSSELS, April 4", "BERLIN, May 22", "VILNIUS, July 11",
  "TOKYO, Aug 30", "COPENHAGEN, Oct 23", "STOCKHOLM, Dec 2"); dpa ("Berlin (dpa) -",
  "Stockholm (dpa) -", "Brüssel (dpa) -", "Düsseldorf (dpa) -", "Koblenz (dpa) -"), APA
  ("Wien (APA) -"), Keystone-SDA ("Bern (Keystone-SDA) -", "Payerne VD (Keystone-SDA) -" -
  the canton letters none), AP ("WASHINGTON (AP) —", "FORT KNOX, Ky. (AP) —") and PA
  ("LONDON (PA) -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („5,12 Mrd. Euro ... um rund 410 Mio.
  Euro mehr“ - „mehr als“ after the figure compares -, „rund 2.700 Euro brutto im Monat“
  "about", „rund 31,4 Milliarden Euro“ "about", „für zusammen 14,6 Milliarden Euro“ -
  „zusammen“ no hedge -, „zum Stückpreis von knapp 140 Millionen Euro“ "nearly" (a unit
  price), „rund 6,9 Milliarden Euro“, „um insgesamt 780 Mio. Euro“ - „insgesamt“ no hedge -,
  "about 2.4 billion euros", "roughly 28.6 million euros per tank" "about" ("per tank" none,
  three-hundred-and-sixty-fifth: „pro Maschine“), "3.1 billion euros", "4.9 billion euros",
  „auf 4,82 Milliarden Euro“, „mit 71,5 Milliarden Euro“, „119,4 Milliarden Euro ..., ein
  Plus von knapp 9 Milliarden“ both EUR, "nearly" on the second - the currency written once
  serves the other figure, hundred-seventeenth, four-hundred-and-fourteenth -, „Das
  Sondervermögen von 100 Milliarden Euro“ 1e11, „rund 1,8 Milliarden Euro“, „bis zu 6 Mrd.
  Euro“ "up_to", „rund 120 Mio. Euro“, „rund 85.000 Euro“, „zusammen 61,3 Milliarden Euro“),
  CHF („Verpflichtungskredite von 2,84 Mia. Franken“, „mit 1,05 Mia. Franken“, „bis zu 1,1
  Mia. Franken“ "up_to", „6,92 Mia. Franken ..., 480 Mio. Franken mehr“, „rund 11 Mia.
  Franken“ "about"), USD ("$962 billion", "$41.2 billion, up from $36.8 billion", „3,38
  Billionen US-Dollar“ 3.38e12 - „Billionen“ are 1e12, three-hundred-and-twenty-fourth -,
  „138 Milliarden Dollar“, „812 Milliarden Dollar“, "$1.67 trillion" - "combined" no hedge
  -, "an estimated $2.26 billion" "about" (hundredth: "an estimated"), "$871 billion", "$198
  billion", "$938 billion"), the converted figure in brackets with no hedge ("($53
  billion)", "($66 billion)", "($4.1 billion)"; hundred-twenty-second), GBP ("£1.6 billion",
  "about £320 million", "£1.9 billion", "up to £1,200 a month per employee" "up_to"), PLN
  ("about 214 billion zlotys" "about"), JPY ("a record 9.71 trillion yen" - "a record" none
  -, "1.2 trillion yen", "to top 60 trillion yen" - "top" a verb, no hedge, as "topped
  1.5C", seventy-fourth), DKK ("27.8 billion Danish crowns"), TWD ("about NT$980 billion"
  "about"; an earlier batch: "NT$" is TWD).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly" "about", "an
  estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „gut“, „Gut“, „mehr als“, "more
  than" "over"; "just under" and "below" before a figure "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least". No hedge: „insgesamt“, „zusammen“, „nur“, "only",
  "Only", „bislang“, „bisher“, „derzeit“, „weitere“, „zusätzliche“, „statt“, „im Schnitt“,
  „binnen“, "more", "additional", "extra", "a further", "combined", "remaining", "in all",
  "or longer", "over" before a span, "top", and „mehr als“, „weniger als“ and "fewer than"
  after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „X sagte, ...“
  opening the row with rank, office or title dropped („Generalinspekteur Konrad
  Wiesenthal-Brück“, „Generalstabschef Reinhold Stadlmayr-Koller“, „Korpskommandant Aldo
  Bernasconi-Frei“, „Grünen-Haushälter Malte Ringelhahn“, „Fliegerabwehr-Kommandantin Oberst
  Martina Gsellmann-Pichler“ - both titles dropped -, „Sipri-Forscher Nils Oddvar
  Kjellberg“, „Divisionär Marco Andermatt-Rüegg“, „Generalleutnant Henning Ostendarp“,
  „Vorstandschef Jürgen Tillmanns-Adler“, „Luftstreitkräfte-Kommandant Brigadier Klaus
  Hintersteiner-Moos“, „SVP-Ständerat Beat Zumstein-Gubler“; two-hundred-and-sixteenth,
  three-hundred-and-sixty-fifth, four-hundred-and-fourteenth), „Oberstleutnant Jens
  Hollmichel vom Karrierecenter der Bundeswehr in Hannover sagte“ -> "Jens Hollmichel" (an
  affiliation after the name dropped, four-hundred-and-twentieth), „teilte das
  Verteidigungsministerium am Mittwoch mit“ -> "das Verteidigungsministerium", „teilte das
  Bundesheer am Dienstag mit“ -> "das Bundesheer" (fiftieth, four-hundred-and-fourteenth),
  „teilte die Armee am Dienstag mit“ -> "die Armee" (fiftieth: „teilte die Bundeswehr mit“),
  „wie das Bundesamt für das Personalmanagement der Bundeswehr am Dienstag mitteilte“ -> the
  whole name (three-hundred-and-sixty-fifth) and „wie das VBS mitteilte“ -> "das VBS" (a
  body after „wie ... mitteilte“ checked as the four-hundred-and-twentieth settled), „nach
  Angaben des Verteidigungsministeriums“ -> "das Verteidigungsministerium" and „nach Angaben
  des Beschaffungsamts“ -> "das Beschaffungsamt" (the nominative, fiftieth,
  two-hundred-and-sixteenth). English: the name with rank, office, title and "told
  reporters" dropped ("Army personnel director Brigadier Helen Ashcombe-Price said",
  "Pentagon comptroller Gail Westerhoff-Ruiz told reporters", "NATO spokeswoman Ilse
  Verbraeken-Mol said", "Army Recruiting Command chief Maj. Gen. Denise Okafor-Blaine said",
  "Air Marshal Priya Dhanjal-Reeves said", "Armed forces spokeswoman Lt. Col. Rasa
  Vaitkevičienė said", "SIPRI researcher Tomás Aguirre-Lindahl said";
  two-hundred-and-seventy-eighth, three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth), "Lindqvist-Aho said" as written, "said Eric Salonga-Hu, an
  analyst at ..." and "said Kenji Ishiwata-Lowe, a defence economist at ..." the name after
  a quoted figure (fifteenth, hundred-tenth), "Rep. Dana Kowalski-Brandt, D-Ohio, said"
  (hundred-forty-first, four-hundred-and-twentieth: "Rep. X, R-Wash., said"), "the defence
  ministry said on Thursday" and "... on Wednesday" -> "the defence ministry", "the MoD
  said" -> "the MoD", "the Ministry of Defence said on Tuesday" -> "the Ministry of Defence"
  (hundred-twenty-second, two-hundred-and-seventy-eighth, four-hundred-and-fourteenth),
  "SIPRI said" twice -> "SIPRI" (fiftieth) and "the Stockholm International Peace Research
  Institute said in a report released on Monday" with its article, the occasion dropped
  (fiftieth; tenth: "said in a statement"). Left unchecked (None): all negatives, also those
  with a named speaker; offices, roles and pronouns („Der Verteidigungsminister sagte“,
  „sagte der Minister“, „Der Finanzminister sagte“, „Die Wehrbeauftragte des Bundestags
  sagte“, „Die Präsidentin des Amts sagte“, „Ein Luftwaffen-Sprecher sagte“, „sagte der
  Sprecher“, "Poland's prime minister has said", "The defence secretary told MPs", "The
  secretary general told reporters", "the minister said", "a brigade spokesman said", "a
  ministry official said", "the ministry said"; forty-first, three-hundred-and-sixty-fifth,
  four-hundred-and-fourteenth), descriptions, appositions and relative clauses between a
  name and its verb ("Tomasz Wielgosz, a spokesman for the ministry, said", "Todd Harrigan,
  a budget analyst at ..., said", "Rear Admiral Callum Fenwick-Rowe, who commands ...,
  said", "Lieutenant General Stefan Brakelmann-Ost, the head of the army, said", "Colonel
  Marcus Edevane-Price, who leads reserve recruiting, said", "Jakob Lyngby-Sørensen, an
  analyst at ..., said", „Brigadier Gerhard Pollhammer-Leitner, Militärkommandant der
  Steiermark, sagte“; two-hundred-and-thirty-third, four-hundred-and-fourteenth,
  four-hundred-and-twentieth), a description before the name („wie das Stockholmer
  Friedensforschungsinstitut Sipri am Montag mitteilte“, hundred-twenty-second), possessives
  heading the source ("its defence ministry said", "Denmark's defence ministry said",
  "Taiwan's defense ministry ... said", "Japan's defence ministry ... requested";
  hundred-twenty-second), bodies' "said" other than the settled ministry forms ("the Defense
  Security Cooperation Agency said"), plural and anonymous sources ("service officials
  said", „hieß es aus dem Verteidigungsministerium“, „Nach Angaben aus Nato-Kreisen“),
  documents, data and estimates („nach Berechnungen des Ministeriums“, „nach Berechnungen
  der Eidgenössischen Finanzkontrolle“, „wie die Eidgenössische Finanzverwaltung berechnet“,
  „wie aus den Vorlagen des Finanzministeriums hervorgeht“, „wie aus der Stellungsstatistik
  des Verteidigungsministeriums hervorgeht“, „heißt es in einer Aussendung des
  Verteidigungsministeriums“, „nach Zahlen des Verteidigungsministeriums“, „nach den Plänen
  des Verteidigungsministeriums“, „nach Herstellerangaben“, „Gemäss Armeeplanung“, „gemäss
  VBS“, "Ministry of Defence statistics", "the alliance's annual report showed", "figures
  from the Stockholm International Peace Research Institute showed", "the latest quarterly
  figures"; every "according to"; two-hundred-and-fourth, four-hundred-and-fourteenth,
  four-hundred-and-twentieth), verbs that are not of saying („rechnet das VBS ... mit“,
  „Ringelhahn rechnete vor“, „hatte ... bemängelt“, "asked Congress", "expects"), and rows
  without attribution. As the three-hundred-and-sixty-fifth and four-hundred-and-fourteenth
  batches did, and to keep the checked speakers near 35, this batch also leaves unchecked
  „nach Angaben des Ministeriums“ on the drop-out rate (an earlier batch left the same form
  open) and gives several figures no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_472 = [
    # --- Bundeswehr personnel strength (dpa), January 8 ---
    (
        "de",
        "Berlin (dpa) - Die Bundeswehr ist zum dritten Mal in Folge gewachsen: Ende Dezember dienten 188.420 Soldatinnen und Soldaten, ein Plus von 3.960 binnen zwölf Monaten, wie das Bundesamt für das Personalmanagement der Bundeswehr am Dienstag mitteilte.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 188420, None, None),
            ("count", 3960, None, None),
            ("duration", 12, "month", None),
        ],
        "das Bundesamt für das Personalmanagement der Bundeswehr",
    ),
    (
        "de",
        "Der Frauenanteil in der Truppe stieg leicht auf 14,1 Prozent.",
        True,
        [("percent", 14.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bis 2035 soll die Truppe nach den Plänen des Verteidigungsministeriums auf 262.000 aktive Soldaten anwachsen, dazu kommen rund 185.000 Reservisten.",
        True,
        [
            ("year", 2035, None, None),
            ("count", 262000, None, None),
            ("count", 185000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Generalinspekteur Konrad Wiesenthal-Brück sagte, im laufenden Jahr müssten mindestens 24.000 Freiwillige neu gewonnen werden, um das Zwischenziel zu erreichen.",
        True,
        [("count", 24000, None, "at_least")],
        "Konrad Wiesenthal-Brück",
    ),
    (
        "de",
        "„Wir wachsen, aber wir wachsen zu langsam für die Lage, in der wir stehen“, sagte Wiesenthal-Brück.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Quote der Abbrüche in der sechsmonatigen Probezeit sank nach Angaben des Ministeriums von 27 auf 23 Prozent.",
        True,
        [("duration", 6, "month", None), ("percent", 27, "%", None), ("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bundeswehrverband sprach von einer „Trendwende auf dem Papier“.",
        False,
        [],
        None,
    ),
    # --- Poland's defence budget (Reuters), January 10 ---
    (
        "en",
        "WARSAW, Jan 10 (Reuters) - Poland will spend 4.9% of gross domestic product on defence this year, or about 214 billion zlotys ($53 billion), the defence ministry said on Thursday, keeping it NATO's biggest spender relative to the size of its economy.",
        True,
        [
            ("date", "--01-10", None, None),
            ("percent", 4.9, "%", None),
            ("money", 214000000000, "PLN", "about"),
            ("money", 53000000000, "USD", None),
        ],
        "the defence ministry",
    ),
    (
        "en",
        "The budget includes the first payments for 96 more K2 tanks, due to be delivered between 2031 and 2034.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 96, None, None),
            ("year", 2031, None, None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    (
        "en",
        "Tomasz Wielgosz, a spokesman for the ministry, said the armed forces had grown to 218,000 soldiers, counting members of the territorial defence force.",
        True,
        [("count", 218000, None, None)],
        None,
    ),
    (
        "en",
        '"Our neighbours respect strength and very little else," Wielgosz said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Poland's prime minister has said the country wants an army of 320,000 by 2036.",
        True,
        [("count", 320000, None, None), ("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        "Defence spending has more than doubled as a share of output since 2022, when it stood at 2.2% of GDP.",
        True,
        [("year", 2022, None, None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "en",
        "Opposition lawmakers questioned whether the plan could be financed without deeper borrowing.",
        False,
        [],
        None,
    ),
    # --- Austria's defence budget (APA), January 16 ---
    (
        "de",
        "Wien (APA) - Das Bundesheer erhält heuer 5,12 Mrd. Euro und damit um rund 410 Mio. Euro mehr als im Vorjahr, teilte das Verteidigungsministerium am Mittwoch mit.",
        True,
        [("money", 5120000000, "EUR", None), ("money", 410000000, "EUR", "about")],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Das entspricht nach Berechnungen des Ministeriums 1,16 Prozent des Bruttoinlandsprodukts, bis 2032 will die Regierung ihn auf zwei Prozent anheben.",
        True,
        [("percent", 1.16, "%", None), ("year", 2032, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Generalstabschef Reinhold Stadlmayr-Koller sagte, von den 24 bestellten Skyranger-Flugabwehrpanzern auf Basis des Pandur Evo seien bisher acht ausgeliefert worden.",
        True,
        [("count", 24, None, None), ("count", 8, None, None)],
        "Reinhold Stadlmayr-Koller",
    ),
    (
        "de",
        "„Gegen Drohnen hilft keine Neutralitätserklärung“, sagte Stadlmayr-Koller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ sprach von einem „Budget für die Schlagzeile“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Neos verlangten, den Anteil schon bis 2030 auf 1,5 Prozent des BIP anzuheben.",
        True,
        [("year", 2030, None, None), ("percent", 1.5, "%", None)],
        None,
    ),
    # --- British Army strength (PA), January 23 ---
    (
        "en",
        "LONDON (PA) - The British Army's fully trained regular strength dropped to 69,840 in the 12 months to October, its smallest since the Napoleonic wars, according to Ministry of Defence statistics.",
        True,
        [("count", 69840, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The total was 1,310 below the figure a year earlier and 3,160 short of the Army's requirement of 73,000.",
        True,
        [("count", 1310, None, None), ("count", 3160, None, None), ("count", 73000, None, None)],
        None,
    ),
    (
        "en",
        "Outflow exceeded intake for the seventh consecutive year, with 8,920 soldiers leaving against 7,610 joining.",
        True,
        [("ordinal", 7, None, None), ("count", 8920, None, None), ("count", 7610, None, None)],
        None,
    ),
    (
        "en",
        "Army personnel director Brigadier Helen Ashcombe-Price said applications had risen 14% since the online process was cut from 90 days to 30.",
        True,
        [("percent", 14, "%", None), ("duration", 90, "day", None), ("duration", 30, "day", None)],
        "Helen Ashcombe-Price",
    ),
    (
        "en",
        '"The Army is getting its front door open again," Ashcombe-Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Army's total strength, including reservists and Gurkhas, stood at 107,300.",
        True,
        [("count", 107300, None, None)],
        None,
    ),
    (
        "en",
        "The defence secretary told MPs the government would publish a new recruitment plan before the summer recess.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The Liberal Democrats branded the shortfall "a disgrace for a nuclear power".',
        False,
        [],
        None,
    ),
    # --- The new Wehrdienst's questionnaires (dpa), February 5 ---
    (
        "de",
        "Berlin (dpa) - Von den rund 405.000 jungen Männern des Jahrgangs 2012, die seit Januar den Fragebogen zum neuen Wehrdienst erhalten haben, haben bislang 61 Prozent geantwortet.",
        True,
        [("count", 405000, None, "about"), ("year", 2012, None, None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Gut jeder vierte Antwortende kann sich nach eigener Auskunft einen freiwilligen Dienst vorstellen, hieß es aus dem Verteidigungsministerium.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Zur Musterung wurden nach Angaben des Verteidigungsministeriums bis Ende Januar 38.700 Männer eingeladen.",
        True,
        [("count", 38700, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Der freiwillige Wehrdienst dauert mindestens sechs Monate, der Sold liegt bei rund 2.700 Euro brutto im Monat.",
        True,
        [("duration", 6, "month", "at_least"), ("money", 2700, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Oberstleutnant Jens Hollmichel vom Karrierecenter der Bundeswehr in Hannover sagte, in seinem Bezirk hätten sich im Januar 412 Männer und 96 Frauen beworben.",
        True,
        [("count", 412, None, None), ("count", 96, None, None)],
        "Jens Hollmichel",
    ),
    (
        "de",
        "„Die jungen Leute sind besser als ihr Ruf“, sagte Hollmichel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke bezeichnete den Fragebogen als „Wehrpflicht durch die Hintertür“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Bundestag die Bedarfswehrpflicht aktivieren muss, soll nach dem Gesetz bis Ende 2030 geprüft werden.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- The Pentagon's budget request (AP), February 11 ---
    (
        "en",
        "WASHINGTON (AP) — The Pentagon on Monday asked Congress for $962 billion for fiscal 2031, a 3.4% increase over this year's enacted budget that would pay for 58 F-35 fighters and two Virginia-class submarines.",
        True,
        [
            ("money", 962000000000, "USD", None),
            ("year", 2031, None, None),
            ("percent", 3.4, "%", None),
            ("count", 58, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The request includes $41.2 billion for missile defense, up from $36.8 billion, Pentagon comptroller Gail Westerhoff-Ruiz told reporters.",
        True,
        [("money", 41200000000, "USD", None), ("money", 36800000000, "USD", None)],
        "Gail Westerhoff-Ruiz",
    ),
    (
        "en",
        "The Navy would buy nine new ships in all, among them the first of a new class of frigates.",
        True,
        [("count", 9, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"This budget is built to deter, not to impress at parades," Westerhoff-Ruiz said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Todd Harrigan, a budget analyst at the Center for Strategic and International Studies, said inflation would eat up about two-thirds of the increase.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Republicans on the House Armed Services Committee said the request fell short of what the threat demanded.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The request would fund a force of 1.29 million active-duty troops, about 8,000 fewer than this year.",
        True,
        [("count", 1290000, None, None), ("count", 8000, None, "about")],
        None,
    ),
    (
        "en",
        "The Army would shrink its active force by 2,500 soldiers to 442,500.",
        True,
        [("count", 2500, None, None), ("count", 442500, None, None)],
        None,
    ),
    # --- The Swiss Armeebotschaft (Keystone-SDA), February 20 ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit der Armeebotschaft 2030 will der Bundesrat beim Parlament Verpflichtungskredite von 2,84 Mia. Franken einholen.",
        True,
        [("year", 2030, None, None), ("money", 2840000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der grösste Posten ist mit 1,05 Mia. Franken die Beschaffung von zwei weiteren Feuereinheiten des Luftverteidigungssystems Patriot, wie das VBS mitteilte.",
        True,
        [("money", 1050000000, "CHF", None), ("count", 2, None, None)],
        "das VBS",
    ),
    (
        "de",
        "Das Armeebudget soll bis 2034 auf 1,2 Prozent des Bruttoinlandprodukts steigen.",
        True,
        [("year", 2034, None, None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Korpskommandant Aldo Bernasconi-Frei sagte, die Armee könne heute nur rund einen Viertel ihrer Verbände vollständig ausrüsten.",
        True,
        [("fraction", 0.25, None, "about")],
        "Aldo Bernasconi-Frei",
    ),
    (
        "de",
        "«Eine Armee, die man nicht ausrüstet, ist eine Armee auf dem Papier», sagte Bernasconi-Frei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SP kritisierte die Vorlage als «Aufrüstung auf Pump».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sicherheitspolitische Kommission des Ständerats berät die Vorlage am 8. April.",
        True,
        [("date", "--04-08", None, None)],
        None,
    ),
    # --- SIPRI arms transfers (Reuters), March 11 ---
    (
        "en",
        "STOCKHOLM, March 11 (Reuters) - European states more than doubled their imports of major arms in 2025-29 compared with the previous five-year period, the Stockholm International Peace Research Institute said in a report released on Monday.",
        True,
        [
            ("date", "--03-11", None, None),
            ("year", 2025, None, None),
            ("year", 2029, None, None),
            ("duration", 5, "year", None),
        ],
        "the Stockholm International Peace Research Institute",
    ),
    (
        "en",
        "The United States accounted for 45% of global arms exports, up from 41%, while France held on to second place with 9.6%.",
        True,
        [
            ("percent", 45, "%", None),
            ("percent", 41, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 9.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Russia's share of exports fell to 6.2%, its lowest since the institute began collecting data in 1950.",
        True,
        [("percent", 6.2, "%", None), ("year", 1950, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine remained the largest single importer, taking 7.8% of the global total, SIPRI said.",
        True,
        [("percent", 7.8, "%", None)],
        "SIPRI",
    ),
    (
        "en",
        "Arms imports by states in Asia and Oceania fell by 18% over the same period.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Germany rose to fourth place among exporters, with a share of 5.9%.",
        True,
        [("ordinal", 4, None, None), ("percent", 5.9, "%", None)],
        None,
    ),
    (
        "en",
        '"Europe is rearming at a pace we have not seen in generations," said Maren Lindqvist-Aho, a senior researcher at the institute.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lindqvist-Aho said nearly two-thirds of Europe's imports had come from American manufacturers.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Lindqvist-Aho",
    ),
    # --- The budget committee's procurement bills (dpa), March 13 ---
    (
        "de",
        "Berlin (dpa) - 19 Rüstungsvorhaben mit einem Gesamtvolumen von rund 31,4 Milliarden Euro hat der Haushaltsausschuss des Bundestags am Mittwoch gebilligt.",
        True,
        [("count", 19, None, None), ("money", 31400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Größter Posten sind vier weitere Fregatten der Klasse 127 für zusammen 14,6 Milliarden Euro, wie aus den Vorlagen des Finanzministeriums hervorgeht.",
        True,
        [("count", 4, None, None), ("money", 14600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Marine soll das erste der neuen Schiffe 2034 erhalten, das letzte 2039.",
        True,
        [("ordinal", 1, None, None), ("year", 2034, None, None), ("year", 2039, None, None)],
        None,
    ),
    (
        "de",
        "Außerdem bewilligte der Ausschuss 16 Eurofighter der Tranche 5 zum Stückpreis von knapp 140 Millionen Euro.",
        True,
        [("count", 16, None, None), ("money", 140000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Für 1,2 Millionen Schuss 155-Millimeter-Munition sind bis 2033 rund 6,9 Milliarden Euro vorgesehen.",
        True,
        [
            ("count", 1200000, None, None),
            ("count", 155, None, None),
            ("year", 2033, None, None),
            ("money", 6900000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Grünen-Haushälter Malte Ringelhahn sagte, fast jedes dritte Vorhaben sei teurer geworden als ursprünglich geplant.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Malte Ringelhahn",
    ),
    (
        "de",
        "Ringelhahn sprach von einem „Blankoscheck für die Industrie“.",
        False,
        [],
        None,
    ),
    # --- Britain's Type 31 frigates (PA), March 20 ---
    (
        "en",
        "LONDON (PA) - The Ministry of Defence has ordered three more Type 31 frigates in a deal worth £1.6 billion, taking the planned fleet to eight, the MoD said.",
        True,
        [("count", 3, None, None), ("money", 1600000000, "GBP", None), ("count", 8, None, None)],
        "the MoD",
    ),
    (
        "en",
        "Steel will be cut on the first of the three at Rosyth in 2031, and all are due in service by 2037.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("year", 2031, None, None),
            ("year", 2037, None, None),
        ],
        None,
    ),
    (
        "en",
        "The contract will sustain about 1,200 jobs in Fife and a further 300 in the supply chain, according to the shipbuilder.",
        True,
        [("count", 1200, None, "about"), ("count", 300, None, None)],
        None,
    ),
    (
        "en",
        "Rear Admiral Callum Fenwick-Rowe, who commands the fleet's surface ships, said the Royal Navy currently had only 13 frigates and destroyers available for operations.",
        True,
        [("count", 13, None, None)],
        None,
    ),
    (
        "en",
        '"Hulls in the water are what deter," Fenwick-Rowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Each ship is expected to cost about £320 million, excluding weapons.",
        True,
        [("money", 320000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The defence secretary confirmed a target of 2.7% of GDP for 2030-31.",
        True,
        [("percent", 2.7, "%", None), ("year", 2030, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        'The GMB union welcomed the order as "a vote of confidence in Scottish shipbuilding".',
        False,
        [],
        None,
    ),
    # --- Austria's IRIS-T purchase (APA), March 26 ---
    (
        "de",
        "Wien (APA) - Österreich kauft im Rahmen der Initiative Sky Shield vier Feuereinheiten des Flugabwehrsystems IRIS-T SLM um insgesamt 780 Mio. Euro, teilte das Bundesheer am Dienstag mit.",
        True,
        [("count", 4, None, None), ("money", 780000000, "EUR", None)],
        "das Bundesheer",
    ),
    (
        "de",
        "Die erste Feuereinheit soll im Herbst 2031 geliefert werden, die übrigen drei bis Ende 2033.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2031, None, None),
            ("count", 3, None, None),
            ("year", 2033, None, None),
        ],
        None,
    ),
    (
        "de",
        "Jede Einheit kann nach Herstellerangaben Ziele in mehr als 30 Kilometern Entfernung bekämpfen.",
        True,
        [("count", 30, None, "over")],
        None,
    ),
    (
        "de",
        "Fliegerabwehr-Kommandantin Oberst Martina Gsellmann-Pichler sagte, bis zur Lieferung werde man den Luftraum mit den vorhandenen 35-Millimeter-Zwillingskanonen schützen.",
        True,
        [("count", 35, None, None)],
        "Martina Gsellmann-Pichler",
    ),
    (
        "de",
        "„Wer den Himmel nicht schützen kann, kann auch sonst nichts schützen“, sagte Gsellmann-Pichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ bezeichnete den Kauf als „Nato-Beitritt auf Raten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen stimmten im Landesverteidigungsausschuss gegen den Kauf.",
        True,
        [],
        None,
    ),
    # --- NATO's annual report (Reuters), April 4 ---
    (
        "en",
        "BRUSSELS, April 4 (Reuters) - NATO's European members and Canada increased defence spending by 11.2% in real terms last year, the alliance's annual report showed on Thursday.",
        True,
        [("date", "--04-04", None, None), ("percent", 11.2, "%", None)],
        None,
    ),
    (
        "en",
        "All 32 allies met the old 2% of GDP guideline, and 14 of them already spent at least 3.5% on core defence, according to the report.",
        True,
        [
            ("count", 32, None, None),
            ("percent", 2, "%", None),
            ("count", 14, None, None),
            ("percent", 3.5, "%", "at_least"),
        ],
        None,
    ),
    (
        "en",
        "The secretary general told reporters that combined spending across the alliance reached $1.67 trillion.",
        True,
        [("money", 1670000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"We have bought time, but we have not yet bought enough capability," the secretary general said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "NATO spokeswoman Ilse Verbraeken-Mol said defence ministers would next meet in Brussels on June 13.",
        True,
        [("date", "--06-13", None, None)],
        "Ilse Verbraeken-Mol",
    ),
    (
        "en",
        "Spain remained the lowest spender at 2.1% of GDP, while Poland led with 4.8%.",
        True,
        [("percent", 2.1, "%", None), ("percent", 4.8, "%", None)],
        None,
    ),
    (
        "en",
        "Germany's spending rose to 3.1% of GDP, ranking it sixth among the allies relative to the size of its economy.",
        True,
        [("percent", 3.1, "%", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Diplomats described the mood among southern allies as uneasy.",
        False,
        [],
        None,
    ),
    # --- SIPRI's world military spending (dpa), April 29 ---
    (
        "de",
        "Stockholm (dpa) - Die weltweiten Militärausgaben sind 2029 das 15. Jahr in Folge gestiegen und haben mit 3,38 Billionen US-Dollar einen Rekordwert erreicht.",
        True,
        [
            ("year", 2029, None, None),
            ("ordinal", 15, None, None),
            ("money", 3380000000000, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Das ist ein Plus von 6,8 Prozent, wie das Stockholmer Friedensforschungsinstitut Sipri am Montag mitteilte.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Deutschland lag mit 138 Milliarden Dollar auf Platz vier hinter den USA, China und Russland.",
        True,
        [("money", 138000000000, "USD", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Sipri-Forscher Nils Oddvar Kjellberg sagte, der Anteil der Militärausgaben an der weltweiten Wirtschaftsleistung sei auf 2,9 Prozent gestiegen.",
        True,
        [("percent", 2.9, "%", None)],
        "Nils Oddvar Kjellberg",
    ),
    (
        "de",
        "In Europa stiegen die Ausgaben demnach real um 14 Prozent auf 812 Milliarden Dollar, gerechnet in Preisen von 2029.",
        True,
        [
            ("percent", 14, "%", None),
            ("money", 812000000000, "USD", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Mehr Geld allein macht noch keine Sicherheit“, sagte Kjellberg.",
        False,
        [],
        None,
    ),
    # --- U.S. Army recruiting (AP), May 9 ---
    (
        "en",
        "FORT KNOX, Ky. (AP) — The U.S. Army has already met its recruiting goal of 61,500 new soldiers for the fiscal year, more than four months ahead of schedule, service officials said Thursday.",
        True,
        [("count", 61500, None, None), ("duration", 4, "month", "over")],
        None,
    ),
    (
        "en",
        "It is the third straight year the Army has hit its target after missing it by about 13,000 in 2023.",
        True,
        [("ordinal", 3, None, None), ("count", 13000, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Army Recruiting Command chief Maj. Gen. Denise Okafor-Blaine said a preparatory course for applicants who miss fitness or academic standards had sent more than 27,000 graduates into the ranks since it began in 2022.",
        True,
        [("count", 27000, None, "over"), ("year", 2022, None, None)],
        "Denise Okafor-Blaine",
    ),
    (
        "en",
        '"Young Americans want to serve when we give them a real shot," Okafor-Blaine said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1 in 5 recruits this year enlisted for six years or longer, up from 1 in 8 three years ago.",
        True,
        [
            ("fraction", 0.2, None, "about"),
            ("duration", 6, "year", None),
            ("fraction", 0.125, None, None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The Army had set a goal of 55,000 for the previous year and ended it with 57,200 signed contracts.",
        True,
        [("count", 55000, None, None), ("count", 57200, None, None)],
        None,
    ),
    (
        "en",
        "Critics in Congress worried that looser standards could weaken the force over time.",
        False,
        [],
        None,
    ),
    # --- Swiss army strength and civilian service (Keystone-SDA), May 14 ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Effektivbestand der Schweizer Armee ist im vergangenen Jahr um 4'200 auf 136'800 Armeeangehörige gesunken, teilte die Armee am Dienstag mit.",
        True,
        [("count", 4200, None, None), ("count", 136800, None, None)],
        "die Armee",
    ),
    (
        "de",
        "Gemäss Armeeplanung braucht es mindestens 140'000 Angehörige, um alle Formationen zu füllen.",
        True,
        [("count", 140000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Rund 6'900 Männer wechselten im vergangenen Jahr in den Zivildienst, gut ein Drittel davon erst nach der Rekrutenschule.",
        True,
        [("count", 6900, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Divisionär Marco Andermatt-Rüegg sagte, ab 2032 würden Durchdiener neu 340 Diensttage leisten statt wie bisher 300.",
        True,
        [("year", 2032, None, None), ("count", 340, None, None), ("count", 300, None, None)],
        "Marco Andermatt-Rüegg",
    ),
    (
        "de",
        "«Der Zivildienst ist zur bequemen Hintertür geworden», sagte Andermatt-Rüegg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Nationalrat hatte im März mit 112 zu 79 Stimmen strengere Regeln für die Zulassung gutgeheissen.",
        True,
        [("count", 112, None, None), ("count", 79, None, None)],
        None,
    ),
    # --- Germany's tank order (Reuters), May 22 ---
    (
        "en",
        "BERLIN, May 22 (Reuters) - Germany has ordered 84 more Leopard 2A8 tanks from KNDS for about 2.4 billion euros, the defence ministry said on Wednesday, as the army equips a third armoured brigade.",
        True,
        [
            ("date", "--05-22", None, None),
            ("count", 84, None, None),
            ("money", 2400000000, "EUR", "about"),
            ("ordinal", 3, None, None),
        ],
        "the defence ministry",
    ),
    (
        "en",
        "That works out at roughly 28.6 million euros per tank, including training and spare parts.",
        True,
        [("money", 28600000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The first 24 are due in 2032 and the rest by the end of 2034.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 24, None, None),
            ("year", 2032, None, None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    (
        "en",
        "The order comes on top of 148 Boxer armoured vehicles worth 3.1 billion euros approved in March.",
        True,
        [("count", 148, None, None), ("money", 3100000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Lieutenant General Stefan Brakelmann-Ost, the head of the army, said the service still lacked about a third of the equipment its divisions needed.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"Tanks are not a luxury item in Europe any more," Brakelmann-Ost said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The army currently fields 328 Leopard 2 tanks in various versions, the ministry said.",
        True,
        [("count", 328, None, None)],
        None,
    ),
    (
        "en",
        "A KNDS spokesperson declined to comment on the price.",
        False,
        [],
        None,
    ),
    # --- NATO defence ministers in Brussels (dpa), June 13 ---
    (
        "de",
        "Brüssel (dpa) - Die Nato-Verteidigungsminister haben sich am Donnerstag auf neue Fähigkeitsziele geeinigt, nach denen Deutschland bis 2035 zwei zusätzliche Heeresbrigaden aufstellen soll.",
        True,
        [("year", 2035, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Verteidigungsminister sagte am Rande des Treffens, die Bundeswehr brauche dafür rund 18.000 zusätzliche Soldaten.",
        True,
        [("count", 18000, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Ziele sind ehrgeizig, aber sie sind nicht verhandelbar“, sagte der Minister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben aus Nato-Kreisen muss die Allianz ihre bodengebundene Luftverteidigung insgesamt verfünffachen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Minister billigten zudem einen Plan, nach dem binnen 30 Tagen bis zu 320.000 Soldaten einsatzbereit sein sollen.",
        True,
        [("duration", 30, "day", None), ("count", 320000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Generalleutnant Henning Ostendarp sagte, Deutschland stelle für die schnellen Eingreifkräfte derzeit rund 37.500 Soldaten.",
        True,
        [("count", 37500, None, "about")],
        "Henning Ostendarp",
    ),
    (
        "de",
        "Ostendarp warnte davor, die Ziele als bloße Rechenübung zu behandeln.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das nächste Treffen der Verteidigungsminister ist für Oktober geplant.",
        True,
        [],
        None,
    ),
    # --- Britain's air defence package (PA), June 25 ---
    (
        "en",
        "LONDON (PA) - Britain is to spend £1.9 billion on new ground-based air defence, including six more Sky Sabre batteries, the Ministry of Defence said on Tuesday.",
        True,
        [("money", 1900000000, "GBP", None), ("count", 6, None, None)],
        "the Ministry of Defence",
    ),
    (
        "en",
        "The new systems will double the number of batteries available to the Army to 12 by 2033.",
        True,
        [("count", 12, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "The deal also covers about 1,100 Common Anti-air Modular Missiles, built at MBDA's sites in Bolton and Stevenage.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        "Air Marshal Priya Dhanjal-Reeves said the RAF had intercepted 41 Russian aircraft approaching British airspace in the first five months of 2030.",
        True,
        [
            ("count", 41, None, None),
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
            ("year", 2030, None, None),
        ],
        "Priya Dhanjal-Reeves",
    ),
    (
        "en",
        '"The threat to the UK mainland is no longer theoretical," Dhanjal-Reeves said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Britain spent 2.5% of GDP on defence in the last financial year.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        'The shadow defence secretary dismissed the package as "too little, too late".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The MoD said the first of the new batteries would be handed over in spring 2031.",
        True,
        [("ordinal", 1, None, None), ("year", 2031, None, None)],
        None,
    ),
    # --- Austria's Stellung statistics (APA), July 3 ---
    (
        "de",
        "Wien (APA) - Von den 39.860 jungen Männern, die im Vorjahr zur Stellung erschienen sind, waren 75,3 Prozent voll tauglich, wie aus der Stellungsstatistik des Verteidigungsministeriums hervorgeht.",
        True,
        [("count", 39860, None, None), ("percent", 75.3, "%", None)],
        None,
    ),
    (
        "de",
        "Das ist der höchste Wert seit 2014.",
        True,
        [("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Rund 43 Prozent der Tauglichen entschieden sich für den Zivildienst, der neun Monate dauert.",
        True,
        [("percent", 43, "%", "about"), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Seit der Öffnung im Jahr 2023 haben sich zudem 212 Frauen freiwillig der Stellung unterzogen.",
        True,
        [("year", 2023, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Brigadier Gerhard Pollhammer-Leitner, Militärkommandant der Steiermark, sagte, beim Einrückungstermin im Juli seien im Bundesland 1.480 Grundwehrdiener eingerückt.",
        True,
        [("count", 1480, None, None)],
        None,
    ),
    (
        "de",
        "„Wer gesund ist, soll dienen – so einfach ist das“, sagte Pollhammer-Leitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit dauert der Grundwehrdienst sechs Monate; eine Kommission hatte sieben Monate und 45 zusätzliche Übungstage empfohlen.",
        True,
        [("duration", 6, "month", None), ("duration", 7, "month", None), ("count", 45, None, None)],
        None,
    ),
    # --- Lithuania's budget and the German brigade (Reuters), July 11 ---
    (
        "en",
        "VILNIUS, July 11 (Reuters) - Lithuania will raise defence spending to 5.6% of GDP next year, the highest share in NATO, its defence ministry said on Thursday.",
        True,
        [("date", "--07-11", None, None), ("percent", 5.6, "%", None)],
        None,
    ),
    (
        "en",
        "The budget of 4.9 billion euros includes money for 18 more CV90 infantry fighting vehicles and a second NASAMS air defence battery.",
        True,
        [("money", 4900000000, "EUR", None), ("count", 18, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Germany's Panzerbrigade 45 now has about 3,600 of its planned 5,100 troops in Lithuania, a brigade spokesman said.",
        True,
        [("count", 3600, None, "about"), ("count", 5100, None, None)],
        None,
    ),
    (
        "en",
        '"Every soldier here is a message to Moscow," the spokesman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Armed forces spokeswoman Lt. Col. Rasa Vaitkevičienė said construction of the brigade's base at Rūdninkai was about 70% complete.",
        True,
        [("percent", 70, "%", "about")],
        "Rasa Vaitkevičienė",
    ),
    (
        "en",
        "Russia's embassy described the deployment as \"a deliberate provocation\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Latvia and Estonia have pledged to spend at least 5.5% of GDP from 2031.",
        True,
        [("percent", 5.5, "%", "at_least"), ("year", 2031, None, None)],
        None,
    ),
    # --- An arms maker's half year (dpa), July 24 ---
    (
        "de",
        "Düsseldorf (dpa) - Der Rüstungskonzern Vossberg Wehrtechnik hat seinen Umsatz im ersten Halbjahr um 31 Prozent auf 4,82 Milliarden Euro gesteigert.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 31, "%", None),
            ("money", 4820000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Auftragsbestand erreichte Ende Juni mit 71,5 Milliarden Euro einen Höchststand.",
        True,
        [("money", 71500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Jürgen Tillmanns-Adler sagte, das neue Werk in Sachsen-Anhalt werde ab 2031 jährlich bis zu 250.000 155-Millimeter-Granaten herstellen.",
        True,
        [("year", 2031, None, None), ("count", 250000, None, "up_to"), ("count", 155, None, None)],
        "Jürgen Tillmanns-Adler",
    ),
    (
        "de",
        "Die Belegschaft wuchs binnen eines Jahres um 3.400 auf 31.200 Beschäftigte.",
        True,
        [("count", 3400, None, None), ("count", 31200, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind nicht die Gewinner einer Krise, wir sind Teil ihrer Lösung“, sagte Tillmanns-Adler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie legte im Xetra-Handel um 4,3 Prozent zu.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "Analysten bezweifeln, dass sich das Wachstumstempo halten lässt.",
        False,
        [],
        None,
    ),
    # --- An arms sale to Taiwan (AP), August 13 ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. has cleared a possible sale to Taiwan of 16 NASAMS air defense launchers and related equipment worth an estimated $2.26 billion, the Defense Security Cooperation Agency said Tuesday.",
        True,
        [("count", 16, None, None), ("money", 2260000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It is the ninth arms sale to the island announced since January 2029.",
        True,
        [("ordinal", 9, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Taiwan's defense ministry expects the first launchers to arrive in 2033 and said the package included 480 missiles.",
        True,
        [("ordinal", 1, None, None), ("year", 2033, None, None), ("count", 480, None, None)],
        None,
    ),
    (
        "en",
        "China's foreign ministry said the sale \"gravely harms\" peace in the Taiwan Strait.",
        False,
        [],
        None,
    ),
    (
        "en",
        "\"Taiwan's special defense budget runs to about NT$980 billion over six years,\" said Eric Salonga-Hu, an analyst at the Institute for National Defense and Security Research in Taipei.",
        True,
        [("money", 980000000000, "TWD", "about"), ("duration", 6, "year", None)],
        "Eric Salonga-Hu",
    ),
    (
        "en",
        "Congress has 30 days to review the sale before it can go ahead.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Salonga-Hu said deterrence depended less on single deals than on Taiwan's own resolve.",
        False,
        [],
        None,
    ),
    # --- The first Swiss F-35A at Payerne (Keystone-SDA), August 22 ---
    (
        "de",
        "Payerne VD (Keystone-SDA) - Die ersten vier F-35A-Kampfflugzeuge der Schweizer Luftwaffe sind am Donnerstag auf dem Militärflugplatz Payerne gelandet.",
        True,
        [("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Bis 2032 sollen gemäss VBS insgesamt 32 Jets in der Schweiz stationiert sein.",
        True,
        [("year", 2032, None, None), ("count", 32, None, None)],
        None,
    ),
    (
        "de",
        "Die Mehrkosten gegenüber dem Fixpreis belaufen sich nach Berechnungen der Eidgenössischen Finanzkontrolle auf bis zu 1,1 Mia. Franken.",
        True,
        [("money", 1100000000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Ein Luftwaffen-Sprecher sagte, die ersten zwölf Piloten hätten in den USA im Schnitt 165 Flugstunden auf dem neuen Jet absolviert.",
        True,
        [("ordinal", 1, None, None), ("count", 12, None, None), ("duration", 165, "hour", None)],
        None,
    ),
    (
        "de",
        "«Die Schweiz hat damit wieder eine Luftwaffe, die diesen Namen verdient», sagte der Sprecher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei den sechs Patriot-Feuereinheiten rechnet das VBS weiterhin mit einer Verzögerung von bis zu drei Jahren.",
        True,
        [("count", 6, None, None), ("duration", 3, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Ob die Schweiz dafür Entschädigung verlangt, liess das VBS offen.",
        False,
        [],
        None,
    ),
    # --- Japan's budget request (Reuters), August 30 ---
    (
        "en",
        "TOKYO, Aug 30 (Reuters) - Japan's defence ministry on Friday requested a record 9.71 trillion yen ($66 billion) for the next fiscal year, up 6.2% from this year's initial budget.",
        True,
        [
            ("date", "--08-30", None, None),
            ("money", 9710000000000, "JPY", None),
            ("money", 66000000000, "USD", None),
            ("percent", 6.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The request includes 1.2 trillion yen for long-range missiles and funds for 12 more fifth-generation F-35B fighters.",
        True,
        [
            ("money", 1200000000000, "JPY", None),
            ("count", 12, None, None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "en",
        "Defence spending including related items would reach about 2.4% of GDP, a ministry official said.",
        True,
        [("percent", 2.4, "%", "about")],
        None,
    ),
    (
        "en",
        "Japan's Self-Defense Forces had about 224,500 personnel at the end of March, roughly 22,600 short of their authorised strength.",
        True,
        [("count", 224500, None, "about"), ("count", 22600, None, "about")],
        None,
    ),
    (
        "en",
        "A new five-year defence plan, due by December, is expected to top 60 trillion yen.",
        True,
        [("duration", 5, "year", None), ("money", 60000000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Officials described the security environment as the most severe of the post-war era.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Half of the increase is being eaten by the weak yen," said Kenji Ishiwata-Lowe, a defence economist at Keio University.',
        True,
        [("fraction", 0.5, None, None)],
        "Kenji Ishiwata-Lowe",
    ),
    # --- The draft federal budget for 2031 (dpa), September 4 ---
    (
        "de",
        "Berlin (dpa) - Für die Verteidigung sieht der Etatentwurf für 2031 Ausgaben von 119,4 Milliarden Euro vor, ein Plus von knapp 9 Milliarden gegenüber dem laufenden Jahr; das Kabinett beschloss den Entwurf am Mittwoch.",
        True,
        [
            ("year", 2031, None, None),
            ("money", 119400000000, "EUR", None),
            ("money", 9000000000, "EUR", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Zusammen mit den Krediten, die von der Schuldenbremse ausgenommen sind, ergibt sich eine Nato-Quote von 3,6 Prozent.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Das Sondervermögen von 100 Milliarden Euro aus dem Jahr 2022 ist damit bis auf rund 1,8 Milliarden Euro verplant.",
        True,
        [
            ("money", 100000000000, "EUR", None),
            ("year", 2022, None, None),
            ("money", 1800000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Der Finanzminister sagte, der Anteil der Verteidigung am Gesamthaushalt liege damit bei gut einem Fünftel.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "„Sicherheit hat ihren Preis, und wir zahlen ihn“, sagte der Finanzminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ringelhahn rechnete vor, fast 40 Prozent der Mittel flössen in Personal und Betrieb statt in neue Ausrüstung.",
        True,
        [("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Bundestag soll den Haushalt Ende November verabschieden.",
        True,
        [],
        None,
    ),
    # --- The Army Reserve (PA), September 16 ---
    (
        "en",
        "LONDON (PA) - The Army Reserve has grown to 27,450 trained soldiers, its highest level in a decade, according to the latest quarterly figures.",
        True,
        [("count", 27450, None, None)],
        None,
    ),
    (
        "en",
        "Numbers rose by 1,930, or 7.6%, in the year to July.",
        True,
        [("count", 1930, None, None), ("percent", 7.6, "%", None)],
        None,
    ),
    (
        "en",
        "Colonel Marcus Edevane-Price, who leads reserve recruiting, said two in five new reservists were former regulars.",
        True,
        [("fraction", 0.4, None, None)],
        None,
    ),
    (
        "en",
        '"Reservists bring skills we could never afford to train from scratch," Edevane-Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government wants to expand the reserve by at least 25% by 2035.",
        True,
        [("percent", 25, "%", "at_least"), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "Employers who release reservists for training can claim up to £1,200 a month per employee.",
        True,
        [("money", 1200, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "The regular Army's trained strength remained below 70,000.",
        True,
        [("count", 70000, None, "under")],
        None,
    ),
    (
        "en",
        "Employers' groups said they feared staff shortages if more workers were called up.",
        False,
        [],
        None,
    ),
    # --- The Eurofighter successor (APA), October 8 ---
    (
        "de",
        "Wien (APA) - Die Entscheidung über die Nachfolge der Eurofighter-Flotte des Bundesheers soll bis Ende 2032 fallen, heißt es in einer Aussendung des Verteidigungsministeriums vom Dienstag.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Im Gespräch sind Kampfjets der fünften Generation, die Kosten werden auf bis zu 6 Mrd. Euro geschätzt.",
        True,
        [("ordinal", 5, None, None), ("money", 6000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Luftraumüberwachung kostet derzeit jährlich rund 120 Mio. Euro, eine Flugstunde eines Eurofighters rund 85.000 Euro.",
        True,
        [("money", 120000000, "EUR", "about"), ("money", 85000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Luftstreitkräfte-Kommandant Brigadier Klaus Hintersteiner-Moos sagte, 2029 hätten die Abfangjäger 41 Alarmstarts absolviert.",
        True,
        [("year", 2029, None, None), ("count", 41, None, None)],
        "Klaus Hintersteiner-Moos",
    ),
    (
        "de",
        "„Ein neutraler Staat, der seinen Luftraum nicht überwachen kann, gibt seine Neutralität auf“, sagte Hintersteiner-Moos.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Österreich sich einem europäischen Beschaffungsprojekt anschließt, ließ das Ministerium offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Typenentscheidung für den Eurofighter war 2002 gefallen und hatte später einen Untersuchungsausschuss beschäftigt.",
        True,
        [("year", 2002, None, None)],
        None,
    ),
    # --- Denmark's air defence order (Reuters), October 23 ---
    (
        "en",
        "COPENHAGEN, Oct 23 (Reuters) - Denmark will buy six SAMP/T NG long-range air defence batteries for 27.8 billion Danish crowns ($4.1 billion), Denmark's defence ministry said on Wednesday.",
        True,
        [
            ("date", "--10-23", None, None),
            ("count", 6, None, None),
            ("money", 27800000000, "DKK", None),
            ("money", 4100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The first two batteries are due in 2031, the remaining four by 2033.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 2, None, None),
            ("year", 2031, None, None),
            ("count", 4, None, None),
            ("year", 2033, None, None),
        ],
        None,
    ),
    (
        "en",
        "Defence spending will reach 3.6% of GDP next year, the minister said.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        '"We should have made this decision years ago," the minister said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Jakob Lyngby-Sørensen, an analyst at the Danish Institute for International Studies, said the batteries would need about 900 additional personnel.",
        True,
        [("count", 900, None, "about")],
        None,
    ),
    (
        "en",
        "Lyngby-Sørensen said it remained unclear whether the armed forces could recruit them in time.",
        False,
        [],
        None,
    ),
    # --- The Bundestag's vote on compulsory screening (dpa), November 14 ---
    (
        "de",
        "Berlin (dpa) - Mit 388 zu 236 Stimmen bei 9 Enthaltungen hat der Bundestag am Donnerstag eine verpflichtende Musterung für alle Männer ab dem Jahrgang 2013 beschlossen.",
        True,
        [
            ("count", 388, None, None),
            ("count", 236, None, None),
            ("count", 9, None, None),
            ("year", 2013, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bislang haben sich in diesem Jahr nach Zahlen des Verteidigungsministeriums 19.850 Freiwillige zum Wehrdienst gemeldet, rund 4.000 weniger als angestrebt.",
        True,
        [("count", 19850, None, None), ("count", 4000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Musterung soll ab dem 1. Juli 2031 greifen und jährlich etwa 300.000 junge Männer erfassen.",
        True,
        [("date", "2031-07-01", None, None), ("count", 300000, None, "about")],
        None,
    ),
    (
        "de",
        "„Das ist keine Wehrpflicht, aber es ist ein klares Signal“, sagte der Verteidigungsminister in der Debatte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wehrbeauftragte des Bundestags sagte, in jeder dritten Kaserne fehlten weiterhin Unterkünfte für Freiwillige.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Ein Antrag der AfD auf sofortige Rückkehr zur Wehrpflicht scheiterte, nur die Antragsteller stimmten dafür.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der neue Wehrdienst war zum 1. Januar 2026 in Kraft getreten.",
        True,
        [("date", "2026-01-01", None, None)],
        None,
    ),
    # --- SIPRI's top 100 arms companies (Reuters), December 2 ---
    (
        "en",
        "STOCKHOLM, Dec 2 (Reuters) - Revenue from the sale of arms and military services by the world's 100 largest arms companies rose 9.3% last year to $871 billion, figures from the Stockholm International Peace Research Institute showed.",
        True,
        [
            ("date", "--12-02", None, None),
            ("count", 100, None, None),
            ("percent", 9.3, "%", None),
            ("money", 871000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Measured in constant 2029 dollars, it was the fifth consecutive annual increase, SIPRI said.",
        True,
        [("year", 2029, None, None), ("ordinal", 5, None, None)],
        "SIPRI",
    ),
    (
        "en",
        "European companies in the ranking grew fastest, with combined arms revenues up 17% to $198 billion.",
        True,
        [("percent", 17, "%", None), ("money", 198000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Forty-one of the 100 companies are based in the United States, accounting for just under half of the total.",
        True,
        [("count", 41, None, None), ("count", 100, None, None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "SIPRI researcher Tomás Aguirre-Lindahl said 29 of the companies had reported record order backlogs.",
        True,
        [("count", 29, None, None)],
        "Tomás Aguirre-Lindahl",
    ),
    (
        "en",
        '"Demand is not the bottleneck any more, capacity is," Aguirre-Lindahl said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Only two Russian companies made the list because reliable data on the others was lacking.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- The U.S. defense policy bill (AP), December 10 ---
    (
        "en",
        "WASHINGTON (AP) — House lawmakers on Tuesday approved a $938 billion annual defense policy bill 276-149, sending the measure to the Senate.",
        True,
        [
            ("money", 938000000000, "USD", None),
            ("count", 276, None, None),
            ("count", 149, None, None),
        ],
        None,
    ),
    (
        "en",
        "Troops would get a 4.3% pay raise under the bill, with junior enlisted personnel getting an extra 10%.",
        True,
        [("percent", 4.3, "%", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "It authorizes 64 F-35s, up from the 58 the Pentagon requested in February.",
        True,
        [("count", 64, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Dana Kowalski-Brandt, D-Ohio, said the bill also required at least 78,500 U.S. troops to remain stationed in Europe.",
        True,
        [("count", 78500, None, "at_least")],
        "Dana Kowalski-Brandt",
    ),
    (
        "en",
        '"We cannot keep asking our troops to do more with less," Kowalski-Brandt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Senators are expected to take up the bill next week, when 60 votes will be needed to end debate.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "The White House has not said whether the president will sign it.",
        False,
        [],
        None,
    ),
    # --- The Swiss army budget for 2031 (Keystone-SDA), December 12 ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Parlament hat das Armeebudget für 2031 auf 6,92 Mia. Franken festgelegt, 480 Mio. Franken mehr als im laufenden Jahr.",
        True,
        [
            ("year", 2031, None, None),
            ("money", 6920000000, "CHF", None),
            ("money", 480000000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Der Ständerat folgte in der letzten Differenz mit 29 zu 13 Stimmen dem Nationalrat.",
        True,
        [("count", 29, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Damit steigt der Anteil am Bruttoinlandprodukt auf 0,82 Prozent, wie die Eidgenössische Finanzverwaltung berechnet.",
        True,
        [("percent", 0.82, "%", None)],
        None,
    ),
    (
        "de",
        "SVP-Ständerat Beat Zumstein-Gubler sagte, bis 2034 fehlten der Armee ohne zusätzliche Mittel rund 11 Mia. Franken.",
        True,
        [("year", 2034, None, None), ("money", 11000000000, "CHF", "about")],
        "Beat Zumstein-Gubler",
    ),
    (
        "de",
        "«Die Armee braucht Planungssicherheit, keine Jahresgeschenke», sagte Zumstein-Gubler.",
        False,
        [],
        None,
    ),
    # --- The procurement office's year (dpa), December 30 ---
    (
        "de",
        "Koblenz (dpa) - Das Beschaffungsamt der Bundeswehr hat in diesem Jahr so viele Verträge geschlossen wie nie zuvor: 2.140 Aufträge mit einem Volumen von zusammen 61,3 Milliarden Euro.",
        True,
        [("count", 2140, None, None), ("money", 61300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gut 80 Prozent davon gingen nach Angaben des Beschaffungsamts an Unternehmen in Europa.",
        True,
        [("percent", 80, "%", "over")],
        "das Beschaffungsamt",
    ),
    (
        "de",
        "Die durchschnittliche Vergabedauer sank von 14 auf neun Monate.",
        True,
        [("duration", 14, "month", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Die Präsidentin des Amts sagte, 2031 sollten erstmals mehr als 300 Verträge mit Start-ups geschlossen werden.",
        True,
        [("year", 2031, None, None), ("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "„Beschaffung ist kein Selbstzweck, sie muss in der Truppe ankommen“, sagte die Präsidentin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrechnungshof hatte im Herbst bemängelt, bei fast jedem vierten Großprojekt fehle eine belastbare Kostenschätzung.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ob die Zahl im kommenden Jahr erneut steigt, ließ die Behörde offen.",
        False,
        [],
        None,
    ),
]
