"""Two-hundred-and-sixty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Jochen
Harmsdorf, Ines Borgward, Antje Rehwoldt, Gregor Wallnöfer, Verena Schürch-Amstutz, Sabine
Drewitz-Kolbe, Lorenz Birkenhauer, Katrin Oberländer, Helga Brinkhues, Elisabeth Pfandler,
Nadja Gysin-Frey, Bernhard Ziesmer, Clemens Hartlauer, Korbinian Haslbeck; Eleanor Ashcombe,
Marisa Kettleborough, Tanya Whitcombe, Callum Wardrop, Hamish Corrigal, Jodie Pellham,
Aurélie Destouches, Cathal Brennock, Marlon Tisdale, Takumi Sawahara, Paul-André
Lemieux-Carr, Dana Bouchard-Hale, Owen Thackeray, Leanne Fawcett, Tomasz Wielgosz, Aino
Kettunen-Hollo, Harlan Dubose, Lorna Haskett, Park Ji-hoon, Moira Lindsay-Grant; every
unnamed minister, spokesman, economist, treasurer, backbencher, cleaner, warehouse worker,
shop assistant, analyst, official and landlord); ministers, commissioners, governors,
treasurers, senators and the heads of real institutes and associations appear under made-up
names that stand for no real holder ("Bundesfinanzminister Jochen Harmsdorf (SPD)",
"Linken-Chefin Ines Borgward", "Niedersachsens Finanzministerin Antje Rehwoldt (SPD)",
"Finanzminister Gregor Wallnöfer (ÖVP)", "Finanzministerin Verena Schürch-Amstutz",
"Bundesarbeitsministerin Sabine Drewitz-Kolbe (SPD)", "Ifo-Konjunkturchef Lorenz
Birkenhauer", "Bundeswirtschaftsministerin Katrin Oberländer (CDU)", "Kommunalministerin
Helga Brinkhues (CDU)", "Staatssekretärin Elisabeth Pfandler (ÖVP)", "Dehoga-Präsident
Bernhard Ziesmer", "Wifo-Chef Clemens Hartlauer", "Bayerns Finanzminister Korbinian Haslbeck
(CSU)", "finance minister Eleanor Ashcombe", "Gov. Marisa Kettleborough", "Treasurer Callum
Wardrop", "Budget Minister Aurélie Destouches", "Finance Minister Cathal Brennock", "Economy
Minister Takumi Sawahara", "Finance Minister Paul-André Lemieux-Carr", "Business Secretary
Owen Thackeray", "EU Economy Commissioner Tomasz Wielgosz", "Finnish Finance Minister Aino
Kettunen-Hollo", "Gov. Harlan Dubose", "Finance Minister Park Ji-hoon", "Finance Secretary
Moira Lindsay-Grant") or by their role only („Bayerns Finanzminister“, „der Präsident des
Bundes der Steuerzahler“, „ein Grünen-Haushälter“, „ein SPD-Abgeordneter“, "one economist at
a London bank"). Real states, bodies, schemes and places (Bundesregierung, Koalition, SPD,
Linke, Union, Bund der Steuerzahler, Bundesrat, Niedersachsen, Bremen, Saarland, Bayern,
Baden-Württemberg, Forsa, Fiskalrat, ÖVP, SPÖ, Maastricht-Grenze, Statistik Austria,
Schweizer Bundesrat, SP, Konferenz der kantonalen Finanzdirektoren, Eidgenössische
Finanzverwaltung, Mindestlohnkommission, Statistisches Bundesamt, Gewerkschaftsbund,
Ifo-Institut, CDU, Umweltministerium, Klimafonds, Umweltbonus, Grüne, Verband der
Automobilindustrie, Statistisches Landesamt IT.NRW, Städte- und Gemeindebund, Städtetag,
Landkreistag, Momentum Institut, Industriellenvereinigung, Bankenabgabe, Landrat
Basel-Landschaft, Gewerbeverband, Bundesgericht, Neuenburg, Genf, Jura, Tessin, Basel-Stadt,
Bundesfinanzministerium, Arbeitskreis Steuerschätzungen, Dehoga, Wifo, IHS, Arbeiterkammer,
CSU, Länderfinanzausgleich, Bundesverfassungsgericht, Berliner Senat; the Office for Budget
Responsibility, the Conservatives, the Illinois House, the Illinois Department of Employment
Security, the Illinois Retail Merchants Association, Treasury modelling, the Coalition, the
mid-year economic and fiscal outlook, INSEE, the National Rally, S&P, the Greens, the Future
Ireland Fund, Sinn Féin, the Irish Fiscal Advisory Council, the Congressional Budget Office,
the Treasury Department, the Bank of Japan, the Liberals, the New Democrats, the
parliamentary budget officer, the Low Pay Commission, UKHospitality, the European
Commission, the South Carolina Senate and House, Samsung Electronics, SK Hynix, Holyrood,
the Scottish Government, the Scottish Fiscal Commission, the Scottish Conservatives, and the
datelines' cities) stand for the way wire copy names them; every rate, threshold, allowance,
wage, deficit, debt ratio, forecast, headroom, subsidy, revenue, poll, vote, seat count,
date, age and quote here is invented, and where a real figure came to mind (a real tax-free
allowance or top-rate threshold, a real minimum wage or living wage, a real Australian,
Canadian or Scottish tax rate, a real OBR headroom, a real corporation tax take or
court-ordered repayment, a real CBO deficit or cost of a tax law, a real chip support
package, a real equalisation payment, a real e-car bonus total, a real seat count of a
governing party) it was changed (the years of laws, introductions and stops kept: the German
minimum wage of 2015, the end of the Umweltbonus in 2023, the 2025 tax law, the EU clause of
2025).

Its weight: OPINION VERSUS CLAIM, twenty-second round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third and two-hundred-and-sixty-first batches were the first
twenty-one, and their decisions are kept; the two-hundred-and-forty-fifth,
two-hundred-and-fifty-third and two-hundred-and-sixty-first were read closely, and the tax,
budget and economic figures follow the hundred-forty-sixth - the opinion round with a budget
-, the hundred-sixty-third on public finances, the two-hundred-and-thirty-second on budget
debates and the two-hundred-and-sixty-third on labour markets), this time in tax and
economic policy copy - an income tax reform, a lower entry rate, tax cuts in Australia,
Canada, South Carolina and Scotland, debt brakes in Germany and Switzerland, budget gaps in
Austria, Britain, France, Canada and the United States, an EU deficit procedure, subsidies
for e-cars, energy bills and chipmakers, minimum wages in Germany, Illinois, Baselland and
Britain, growth forecasts from a government, the Ifo, Wifo and IHS and the OBR, municipal
deficits, tax revenue, a windfall, the reduced VAT on restaurant meals and the Länder's
equalisation scheme - over four ordinary wire days, Monday to Thursday, March 2 to 5, of one
year, as 28 short stories in story order, the German and English stories interleaved by day,
each with a dateline lead, the figures, attributed claims, the other side, quotes and
reactions. About 100 rows are negatives that look like claims - ministers' creeds, rhetoric
and promises („... die dieses Land jeden Morgen am Laufen hält“, "We have fixed the
foundations ...", "Every euro we borrow today is a tax we send to our children"), a
reassurance with its figure, a result read as proof, a felt figure, a counterfactual credit
without a figure, a trade-off comparison for effect, a personal estimate, rhetoric with a
figure ("a $2 trillion hole"), labels from parties, lobbies, unions, councils and
campaigners („Entlastungspaket mit eingebautem Verfallsdatum“, „Dammbruch auf Raten“,
„Lohndiktat durch die Hintertür“, „ein Pflaster auf einer offenen Wunde“, "a tax grab
dressed up as prudence", "a sugar hit before an election", "austerity by stealth", "a
painkiller, not a cure"), verdicts with „halten ... für“, accusations that name no act,
warnings without a measure, fears, hopes, doubts, a perception, arguments, forecasts without
a figure, evasions, open questions and vox pops with their ages and sums - each beside a
check-worthy look-alike around a verifiable core: the same speaker's figure, plan or
position in the next row, a stated tax comparison, the government's forecast on record, a
lobby's calculated date, a demand with its figure, an announced rejection, referendum or
lawsuit, a survey's share, the watchdogs', institutes' and budget offices' estimates, a
source line. Half German (dpa with its slugs "dpa/lnw" and "dpa/lby", APA, Keystone-SDA;
Austrian "heuer", "Jänner", "Börserl", Swiss "hiess", "innert", "Gegenmassnahmen", "22.50
Franken", "9'800", «» quotes, German „“ quotes) and half English (Reuters, AP, PA, AAP;
British "defence", "recognise", "favour", Australian "per cent", "A$", Canadian "C$",
American "defense").

243 rows (122 German, 121 English), 101 negatives (50 German, 51 English), 142 check-worthy
rows of which 12 carry no figure (9 German, 3 English), 288 expected quantities (81 amounts
of money - 35 EUR, 14 USD, 13 GBP, 5 AUD, 5 CAD, 5 CHF, 3 JPY, 1 KRW -, 75 percentages - 71
in %, 2 in basis points "bp", 2 in percentage points "pp" -, 39 counts, 37 years, 22
durations - 16 in years, 2 in days, 2 in months, 1 in hours, 1 in weeks -, 15 dates, 10
ordinals, 9 fractions; 21 of them in 16 negatives, as the seventeenth batch labels a figure
in a negative), 44 checked speakers (20 German, 24 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, promise, vow, reassurance, feeling, perception, hope, fear,
  doubt, belief or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-thirty-first, hundred-forty-sixth,
  two-hundred-and-fourth, two-hundred-and-forty-fifth, two-hundred-and-fifty-third,
  two-hundred-and-sixty-first); a quoted or reported statement of fact, figure, step, plan,
  forecast, demand or position is check-worthy with its speaker, also in Konjunktiv I and in
  direct speech (hundred-sixty-third, two-hundred-and-forty-fifth). Pairs from one speaker:
  Harmsdorf's allowance, top rate and threshold beside his „arbeitende Mitte“ and his
  reassurance („Die 14,8 Milliarden Euro stehen, darauf kann sich jede Familie verlassen“,
  versicherte der SPD-Politiker. - a promise about the future that names no step, its sum
  labelled, two-hundred-and-forty-fifth); Rehwoldt's two billion euros beside
  „Investitionsbremse“; Wallnöfer's 2.5 billion euros beside „kein Einnahmenproblem“ and his
  evasion; Schürch-Amstutz's 3.1 billion francs beside «das ist Anstand»; Drewitz-Kolbe's 74
  percent beside „Punkt“; Birkenhauer's 0.4 points beside „Die Stimmung ist schlechter als
  die Lage“; Oberländer's 1.1% (in both languages) beside "The worst is behind us";
  Brinkhues's 750 million euros beside „Herzkammer unserer Demokratie“; Pfandler's 1.4
  billion euros and half beside her „Versprechen“ and her evasion; Ziesmer's 12 percent
  beside his counterfactual credit (New below); Hartlauer's 0.3 points beside „Sorgenkind
  Europas“; Haslbeck's twelfth time beside „Zahlmeister der Republik“; Ashcombe's 4.5% and
  2.8% beside "We have fixed the foundations"; Kettleborough's 10 days beside "choose
  between rent and groceries"; Wardrop's A$17.1 billion beside "keep the lights on";
  Corrigal's 4,000 jobs beside his "sugar hit"; Destouches's 40 billion euros beside "a tax
  we send to our children"; Brennock's 10.4 billion euros beside "windfalls that could
  vanish"; Tisdale's $3.9 trillion beside his "$2 trillion hole" (rhetoric with a figure,
  its sum labelled; two-hundred-and-forty-fifth: "A doctor worth £50 an hour ...");
  Sawahara's decision by the end of May beside "crush household budgets"; Lemieux-Carr's
  deficit and 42.7% beside "a budget that builds"; Thackeray's £1,300 beside "the beating
  heart"; Wielgosz's 2028 and 3% beside "Rules that nobody enforces"; Kettunen-Hollo's 1.5
  billion euros beside "paying the price"; Dubose's stated intent to sign beside "Every
  dollar ..."; Park's 17% and $158 billion beside "a matter of national survival";
  Lindsay-Grant's 55% beside "the fairest-taxed part of these islands, and I am proud of
  that".
- New: a comparison of tax burdens stated as fact is check-worthy without a figure -
  „Linken-Chefin Ines Borgward sagte, eine Pflegekraft in Vollzeit zahle schon heute einen
  höheren Steuersatz auf ihren Lohn als ein Aktionär auf seine Dividenden.“ -> "Ines
  Borgward" - a claim about two rates that the tariff and the flat tax on dividends settle,
  as a politician's sweeping figure stated as fact is a claim to check
  (two-hundred-and-forty-fifth: „Jeder dritte Euro ...“); a trade-off comparison for effect
  stays a negative with its figure labelled („Für das Geld hätte man jeder Kita im Land zwei
  zusätzliche Erzieherinnen bezahlen können“, sagte ein SPD-Abgeordneter. - count 2, „jeder
  Kita“ none; two-hundred-and-fifty-third: „Für das Geld ... könnten wir 40 Schulen
  sanieren“), the counterfactual being the point of the row, and so does a comparative
  inside a quoted label ("The Scottish Conservatives called Scotland "the highest-taxed part
  of the UK" and accused ministers of ..." - "called" and an accusation that names no act,
  two-hundred-and-fourth, two-hundred-and-forty-fifth).
- New: a government's forecast in the first person plural is check-worthy with its figures
  and speaker - „„Wir gehen davon aus, dass die Wirtschaft im zweiten Halbjahr anzieht und
  im kommenden Jahr um 1,1 Prozent wächst“, sagte Bundeswirtschaftsministerin Katrin
  Oberländer (CDU).“ (ordinal 2, 1.1% -> "Katrin Oberländer") - "we" speaks for the
  government, and the government's forecast is on record as the English twin "said growth
  would pick up to 1.1% next year" is (forecasts with a figure from a named person, seventh,
  hundred-forty-sixth, two-hundred-and-forty-fifth); an estimate framed as the speaker's own
  stays a negative („„Ich persönlich glaube, dass wir in diesem Jahr eher eine Stagnation
  sehen werden“, sagte der Chefvolkswirt ...“; hundred-ninety-sixth: „Ich gehe davon aus
  ..., aber das ist meine ganz persönliche Einschätzung“), as do forecasts without a figure
  ("Economists said they expected more tax rises ...", "Diplomats said they expected ...";
  hundred-sixty-third, two-hundred-and-forty-fourth).
- New: a lobby's calculated date is check-worthy with the date - „Nach Berechnungen des
  Bundes der Steuerzahler arbeiten die Bürger in diesem Jahr bis zum 9. Juli rechnerisch nur
  für den Staat.“ gives --07-09 - a body's calculation with a result a reader can redo, as
  the Umweltbundesamt's tonnes (two-hundred-and-sixty-first) and the Momentum Institut's and
  the Landkreistag's shares here; „rechnerisch“ none, and the speaker is left unchecked
  („Nach Berechnungen des ...“, hundred-forty-sixth); the federation's quota in the next row
  (52.4 percent, „demnach“ no hedge) is check-worthy, while the unions' label („methodisch
  fragwürdig“) and the Linke's accusation that names no act are negatives.
- New: a counterfactual credit without a figure in a quote is a negative - „„Die
  Steuersenkung hat Tausende Betriebe vor dem Aus bewahrt“, sagte Dehoga-Präsident Bernhard
  Ziesmer.“ - a counterfactual asserted without a source, as the prediction of no effect
  (two-hundred-and-sixty-first) and the counterfactual boast (two-hundred-and-twenty-ninth),
  „Tausende“ none (hundred-forty-sixth: „Zehntausende“); a credit claim whose figure stands
  in the main clause stays check-worthy (two-hundred-and-fifty-third), and so does the same
  speaker's insolvency figure („um 12 Prozent ... gesunken“ -> "Ziesmer").
- New: „Viele Gäste haben nach eigener Aussage von einer Preissenkung nichts bemerkt.“ is a
  negative - a perception reported by a group, as "say they feel" and "said they felt"
  (two-hundred-and-sixty-first) report a feeling; the Dehoga survey beside it, with its
  3,150 firms, one in five and nearly two-thirds, is check-worthy (a survey's share,
  two-hundred-and-forty-fifth).
- Demands, steps and warnings (two-hundred-and-fourth, two-hundred-and-forty-fourth,
  two-hundred-and-forty-fifth, two-hundred-and-sixty-first): a demand with its figure is
  check-worthy („Der Gewerkschaftsbund hatte mindestens 15 Euro gefordert.“ 15 EUR
  "at_least"); announced steps are check-worthy without a figure (Bayern and
  Baden-Württemberg's rejection in the Bundesrat, the Gewerbeverband's referendum -
  announced outright, unlike the two-hundred-and-forty-fifth's conditional threat „drohte
  mit dem Referendum, falls ...“ -, the Staatsregierung's lawsuit at the
  Bundesverfassungsgericht, Sawahara's decision by the end of May, Dubose's stated intent to
  sign); a warning with a figure stays check-worthy („Ohne Gegenmassnahmen fehlten ab 2027
  in der Bundeskasse bis zu 3,1 Milliarden Franken pro Jahr, sagte Finanzministerin ...“;
  hundred-eighty-ninth, two-hundred-and-fourth), a warning that names no measure is a
  negative (the Arbeiterkammer's „kaputtzusparen“, the economists' "dangerously reliant").
- Forecasts, estimates and projections with a figure are check-worthy (seventh,
  hundred-forty-sixth, hundred-sixty-third, two-hundred-and-forty-fifth): the OBR's 0.9% and
  1.4%, its 1.3 million people and its borrowing figure, the German ministry's unemployment,
  the Ifo's 0.3 and 1.0 percent, the VDA's range, the Eidgenössische Finanzverwaltung's
  deficit, the Fiskalrat's 4.1 percent, Wifo's and IHS's growth, inflation and jobless
  rates, the IHS's 2027, the CBO's deficit, interest bill and debt ratio, the parliamentary
  budget officer's C$68 billion, the Irish Fiscal Advisory Council's windfall, the industry
  body's £3.4bn, the Scottish Fiscal Commission's £1.6 billion, Treasury modelling's A$312,
  the state revenue analysts' $1.4 billion, the Steuerschätzung's 1,012 trillion; a poll's
  and a survey's share of respondents (Forsa's 54 percent, the retailers' survey with its
  412 members and 38%; hundred-sixteenth, two-hundred-and-forty-fifth).
- Check-worthy without a figure (twelve rows; hundred-sixty-third,
  two-hundred-and-forty-fifth, two-hundred-and-fifty-third, two-hundred-and-sixty-first):
  Borgward's tax comparison (New above), Bayern's announced rejection, the source lines „Das
  geht aus einer Prognose des Fiskalrats hervor, ...“ and „Das geht aus dem Monatsbericht
  des Bundesfinanzministeriums hervor, ...“, the commission's unanimous decision, the
  attribution row „Das teilte das Statistische Landesamt IT.NRW am Mittwoch mit.“, the
  Gewerbeverband's referendum, the five cantons with a minimum wage (a fact a reader can
  check, no figure written), the Staatsregierung's lawsuit; S&P's cut to A+ (a rating grade
  carries none, hundred-sixty-third), Sawahara's decision date and Dubose's stated intent.
- Negatives besides those above (ninety-eighth, hundred-forty-sixth, hundred-sixty-third,
  two-hundred-and-fourth, two-hundred-and-forty-fifth, two-hundred-and-fifty-third,
  two-hundred-and-sixty-first): labels („sprach von“ - the Union, Bayerns Finanzminister,
  the SP, the Arbeitgeberverbände, the Bund der Steuerzahler, the Gewerbeverband,
  Verbraucherschützer -, „nannte“ and „nannten“ - the Städtetag, the unions, the Berliner
  Senat -, "called" - the Conservatives, the Illinois Retail Merchants Association,
  Corrigal, the National Rally, Republican leaders, the Greens, a Tokyo economist,
  Bouchard-Hale, UKHospitality, fiscal hawks, civic groups with count 2 labelled, the
  Scottish Conservatives); verdicts with „halten ... für“ (the Bund der Steuerzahler,
  economists, the Wirtschaftsverbände, the Industriellenvereinigung); accusations that name
  no act (the SPÖ's „schöngerechnet“, Sinn Féin, the Linke, Democrats, the Scottish
  Conservatives); a result read as proof („Das Plus bei der Lohnsteuer zeigt, dass unsere
  Politik ... wirkt“, sagte ein Sprecher des Ministeriums.; two-hundred-and-eighth,
  two-hundred-and-fifty-third); a felt figure („Gefühlt geht jeder zweite Euro ... drauf“
  0.5 labelled; two-hundred-and-forty-fifth); fears, hopes and doubts („fürchten“, „hoffen“,
  „bezweifeln“ twice - once with its 3.9 percent labelled -, "fear" twice, "doubt" with "the
  first half" ordinal 1 labelled, "said they doubted" twice); arguments ("Welfare groups
  argue ...", "Critics say ..."); evasions („ließ Wallnöfer offen“, „konnte Pfandler nicht
  sagen“, "Rating agencies have not said whether ..."); open questions („Ob ...“ four times,
  one with 2028 labelled - „gilt in Bern als wenig wahrscheinlich“ and „ist unter Juristen
  umstritten“ among them -, "Whether ..." five times, one with 2027 labelled, "It is unclear
  whether ..."); "Many pub landlords say they feel punished ..." with "their first job"
  ordinal 1 labelled; and vox pops with their figures labelled (Tanya Whitcombe's two jobs
  and 29 years, Jodie Pellham's A$6 and 41 years, the Gelsenkirchen cleaner's 14.80 euros
  and 52 years, the Linz warehouse worker's 20 euros and 38 years, Leanne Fawcett's 24
  years, the Graz shop assistant's three years and 44 years - „weniger ... als vor drei
  Jahren“ compares, no hedge; hundred-twenty-fourth, two-hundred-and-forty-fifth).
- Percentages as written (every batch): rates, shares and moves („42 Prozent“, „knapp 43
  Prozent“ "nearly", „gut 15 Prozent“ "over", „54 Prozent“, „um insgesamt 74 Prozent“ -
  „insgesamt“ no hedge -, „auf 0,3 Prozent“, „von 1,0 Prozent“ 1.0, „von 20 auf 18 Prozent“
  both with the unit written once (seventy-sixth), „gut 60 Prozent“ "over", „mit einem Plus
  von 7,2 Prozent“ (hundred-sixty-third), „bei 52,4 Prozent“, „auf 7 Prozent“, „um 12
  Prozent“, „knapp 40 Prozent“ "nearly", „von 0,6 beziehungsweise 0,8 Prozent“ both
  (seventy-sixth: „5,8 beziehungsweise 7,2 Prozent“), „von 3,5 Prozent ... auf 2,4 Prozent“,
  „auf 7,6 Prozent“, „von 3,9 Prozent“ in a doubt; "by only 0.9% ... the 1.4%" ("only" no
  hedge), "the higher 40% rate", "38%", "from 16 per cent to 14 per cent", "5.3% ... the
  5.4%", "to 4.6%", "to 0.4% from 0.9%", "to 1.1%", "by just 0.1%" ("just" no hedge), "fell
  2.7%", "about 28% ..., up from 16%", "6.8% of the economy", "rose 3.1% ... the central
  bank's 2% target", "to 14.5% from 15%", "by 4.3%", "by 7.6%", "4.4% ... the EU's 3%
  ceiling", "below 3%" 3 "under" (fourteenth: "below 10.5%"), "to 2.4% of GDP", "the bottom
  40% ... the top 1%", "from 6% to 4.5%", "to 25% from 20% ... up to 35%" "up_to" on the
  last, "rose 17%", "about 90%" "about", "55%"); deficits and debts as shares of output as
  written („0,25 Prozent der Wirtschaftsleistung“, „4,1 Prozent der Wirtschaftsleistung“,
  „die Maastricht-Grenze von drei Prozent“ 3 twice - hundred-thirty-eighth,
  hundred-sixty-third -, „bei 81,6 Prozent“, "from 4.5% of national output ... to 2.8%",
  "116.4% of GDP", "from 101% of gross domestic product to 122%" - a ratio above 100 as
  written, eighteenth -, "42.7% of GDP"); percentage points in "pp" („rund 0,4 Prozentpunkte
  Wachstum“ and „rund 0,3 Prozentpunkte Wachstum“ "about"; hundred-sixty-third) and basis
  points in "bp" ("widened by 3 basis points to 78 basis points" both; hundred-thirty-ninth,
  hundred-sixty-third).
- Money in the currency written (every batch): EUR („rund 14,8 Milliarden Euro im Jahr“
  "about" - „im Jahr“ none -, also labelled in the reassurance; „von 12.400 auf 13.050 Euro“
  both, „ab einem Einkommen von 74.500 Euro“ - „ab“ no hedge, hundred-forty-sixth -, „von
  60.000 Euro“, „rund 620 Euro im Jahr“, „knapp zwei Milliarden Euro“ 2,000,000,000 "nearly"
  (the number word, the issue), „rund 3,2 Milliarden Euro“, „mindestens 2,5 Milliarden Euro“
  "at_least", „von 13,95 Euro auf 14,80 Euro pro Stunde“ both - „pro Stunde“ none -,
  „mindestens 15 Euro“ "at_least", „bis zu 4.500 Euro“ "up_to", „von höchstens 80.000 Euro
  im Jahr“ "at_most", „insgesamt drei Milliarden Euro“ 3,000,000,000 (a number word before
  the scale word), „rund 9,4 Milliarden Euro“, „rund 6,4 Milliarden Euro“ („Rekorddefizit“
  no hedge, as "a record"), „zusätzlich 750 Millionen Euro“ („zusätzlich“ no hedge), „auf
  21,7 Mrd. Euro“ (hundred-thirtieth: „1,07 Mrd. Euro“), „rund 1,4 Milliarden Euro im Jahr“,
  „jeweils rund 700 Millionen Euro zusätzlich“ ("jeweils" no hedge), „auf 58,3 Milliarden
  Euro“, „von 1,012 Billionen Euro“ 1,012,000,000,000 (three digits after the comma before a
  scale word are decimals, hundred-sixty-third: „1,007 Billionen Euro“), „rund 3,6
  Milliarden Euro im Jahr“, „rund 10,9 Milliarden Euro“, „20,1 Milliarden Euro“, „3,9
  Milliarden Euro“, „Mit 14,80 Euro“ and „20 Euro im Monat“ in vox pops; "40 billion euros",
  "33.6 billion euros", "10.4 billion euros", "up to 14 billion euros" "up_to", "1.5 billion
  euros"; „Milliardengeschenk“ none, as „Milliardenhöhe“, hundred-forty-sixth), GBP ("4.1
  billion pounds ... 11.2 billion pounds", "138.2 billion pounds, about 9 billion pounds
  more" - "more" after the figure compares -, "£12.74 an hour" and "£10.78 an hour" - "an
  hour" none -, "about £1,300 more a year", "about £3.4bn" (a PA "bn", an earlier batch's
  "£4bn"), "more than £80,000" "over", "about £1.6 billion more"; pence are GBP hundredths -
  "by 1p to 18p in the pound" 0.01 and 0.18, "a 46p advanced rate" 0.46, "in the pound"
  none; hundred-eighth, hundred-twentieth: "cut the basic rate of income tax by 2p to 18p"),
  CHF („rund 2,7 Milliarden Franken“ „jährlich“ none, „bis zu 3,1 Milliarden Franken pro
  Jahr“ "up_to", „rund 900 Millionen Franken“, „780 Millionen Franken“, „22.50 Franken pro
  Stunde“ 22.5 - the Swiss decimal point, fortieth), USD ("from $15 to $17.50 an hour" both,
  "at least $17" "at_least", "$2.1 trillion", "$1.2 trillion", "about $3.9 trillion"
  "about", "$307 billion ... alone" ("alone" no hedge, as „allein“), "about $1.4 billion a
  year", "an average of $38 a year" (no hedge), "about $9,200", "$158 billion" ("a record"
  no hedge), the converted "($8 billion)" and "($19.2 billion)" (eightieth), "$2 trillion"
  in rhetoric), AUD ("up to A$536 a year" "up_to", "A$17.1 billion", "A$75,000 ... A$312",
  "A$6 a week" in a vox pop), CAD ("C$61.9 billion ... C$78.3 billion", "C$32 billion",
  "C$68 billion, C$6.1 billion higher"), JPY ("1.2 trillion yen", "about 1,000 yen a month",
  "more than 11 trillion yen" "over") and KRW ("28 trillion won" 28,000,000,000,000;
  two-hundred-and-fifty-third: "a record 30.9 trillion won").
- Counts (every batch): „mit zwei Kindern“ 2 (two-hundred-and-eighth: "a mother of two"),
  „59 einzelnen Subventionen“, „Rund 6,2 Millionen Beschäftigte“ "about", „gut 2,3 Millionen
  Fahrzeuge“ "over", „zwischen 120.000 und 180.000“ both with no hedge (hundred-forty-sixth:
  „zwischen drei und sechs Milliarden Euro“), „Nur 9 der 396 Kommunen“ („Nur“ no hedge, a
  definite group as „an neun der 27 öffentlichen Spitäler“, two-hundred-and-forty-fifth),
  „auf 85,2 Punkte“ 85.2 (index points are counts, fourteenth), „mit 46 zu 37 Stimmen bei 4
  Enthaltungen“ all three, „Rund 9'800 Beschäftigte“ "about" (the Swiss apostrophe, tenth),
  „2'000 Unterschriften“, „unter 3.150 Betrieben“ ("unter" before a survey's base no hedge,
  hundred-forty-sixth), and in negatives „zwei zusätzliche Erzieherinnen“; "voted 64-49",
  "voted 31-12" and "voted 68 to 57" all counted (a vote's tally, hundred-sixty-third,
  two-hundred-and-sixty-first), "in three steps" 3, "about 1.1 million workers", "412
  members", "12 other states" ("other" no hedge), "4,000 public service jobs", "an extra 1.3
  million people" ("extra" no hedge), "2.95 million ..., up from 2.84 million", "just 10
  multinational companies" ("just" no hedge), "About 2.6 million workers", "166 of the
  Commons' 343 seats", "at least one other party" 1 "at_least" (hundred-sixty-third), "167
  of the 300 seats", and in negatives "two jobs" and "two of the richest companies". None:
  „Tausende“, "thousands of pubs", "a handful", "a single change", "Every euro", "Every
  dollar", „jede Familie“, „jeder Kita“, "A+", „IT.NRW“.
- Fractions (the issue; hundred-forty-sixth, hundred-sixty-third): „zur Hälfte“ 0.5
  (two-hundred-and-forty-fifth: „je zur Hälfte“), „auf die obere Hälfte der Einkommen“ 0.5
  (two-hundred-and-sixty-second: the noun „die Hälfte“ names the share), „nur jeder fünfte
  Gastronom“ 0.2 („nur“ no hedge; the issue's "jeder vierte"), „Knapp zwei Drittel“ 0.6667
  "nearly", „mehr als die Hälfte des gesamten Volumens“ 0.5 "over", „jeder zweite Euro“ 0.5
  in the felt figure; "more than half of it" 0.5 "over", "Two-thirds of those" 0.6667,
  "About one in four" 0.25 "about". „halbiert“ a verb carries none
  (two-hundred-and-forty-fourth).
- Ordinals (the issue; hundred-sixty-third): „zum dritten Mal in Folge“ 3 (the issue's "zum
  zweiten Mal"), „im zweiten Halbjahr“ 2 with no fraction (hundred-sixty-third: „im ersten
  Halbjahr“ 1), „zum zwölften Mal in Folge“ 12, "the bloc's third-highest" 3
  (hundred-sixty-third: "the second-highest" 2), "their third monthly decline in a row" 3,
  "in his first budget" 1, "for the 46th straight month" 46, "the ninth European Union
  country" 9, and in negatives "in the first half" 1 and "their first job" 1.
- Durations and ages (the issue: "fünfstündigen Treffen", "dreitägige Reise"; every batch):
  „Nach einer zweitägigen Klausur“ 2 days, „in den kommenden drei Jahren“ 3 years, „innert
  acht Wochen“ 8 weeks („innert“ no hedge, two-hundred-and-fifty-third), „Zwei Monate nach
  der Senkung“ 2 months (two-hundred-and-fifty-third: „Sechs Wochen nach dem Start“),
  "within 10 days" ("within" no hedge), "over four years" and "over five years" ("over"
  before a span no hedge), "over the next five years" ("over" before "the" no hedge), "for
  three more months" ("more" no hedge), "after a four-hour debate" 4 hours, the maturity
  "10-year French and German borrowing costs" 10 years (hundred-sixty-third: "the 10-year
  yield"); ages are durations in years ("Tanya Whitcombe, 29,", "Jodie Pellham, 41", „eine
  52-jährige Reinigungskraft“, „ein 38-jähriger Lagerarbeiter“, „eine Verkäuferin aus Graz,
  44“, "Leanne Fawcett, 24," in vox pops; „vor drei Jahren“ 3 years,
  two-hundred-and-sixty-first). New: "Pay for 18 to 20-year-olds" gives two ages, 18 and 20
  years - the first figure without its suspended hyphen is still an age, the unit written
  once serving both ends as in "Among 18- to 29-year-olds" (hundred-twelfth) and "aged 8 to
  14" (hundred-seventieth). "Workers aged 21 and over" is 21 years "at_least" - "and over"
  after an age reads as "or over" (two-hundred-and-forty-fifth) as „und mehr“ reads as „oder
  mehr“ (two-hundred-and-sixty-fourth). None: „heuer“, „im vergangenen Jahr“, „im Vorjahr“,
  „im kommenden Jahr“, „ab dem kommenden Jahr“, „dieses Jahr“, „in diesem Jahr“, „im Jahr“,
  „pro Jahr“, „jährlich“, „im Monat“, „über den Monat“, „Ende Mai“, „im Februar“, „im
  Januar“, „am Monatsende“, „im Vorjahresmonat“, „für das Gesamtjahr“, „in der
  Sommersession“, „vor dem Sommer“, „jeden Morgen“, „auf Dauer“, "this year", "last year",
  "next year", "a year", "a month", "a week", "an hour", "this fiscal year", "the current
  year", "the next", "last October", "in October", "in the autumn", "in April", "in May",
  "through June", "in January", "from December", "a year earlier", "last month", "a decade
  ago", "over a decade" (an article, hundred-seventy-eighth: "for a decade"), "by the end of
  the decade", "by the end of May", "in the spring", "into the summer", "in the next
  downturn", weekdays.
- Years and dates: „ab 2027“ (twice), „für 2026“, „Ende 2025“ (twice, the year only), „seit
  seiner Einführung 2015“, „seit August 2020“ (the year only), „bis 2029“, „Ende 2023“, „ab
  2028“, „für 2027“, „seit 2016“, „2025“, „vor der Landtagswahl 2028“ in an open question;
  "by 2029", "its 2026 growth estimate", "in 2023 and 2024" both, "in fiscal 2027" 2027
  (hundred-sixty-third), "by 2036", "the 2025 tax law" (hundred-eightieth: "the 2023 pension
  reform"), "since ... January 2023" the year only, "until the end of 2028" 2028, "in 2025",
  "beyond 2027" in an open question; fiscal and financial years give both years ("by
  2029-30", "by 2028-29", "in the 2025-26 financial year", "until 2029-30", "in the 2026-27
  fiscal year", "in 2027-28"; hundred-sixty-third). Dates: „am 20. März“ --03-20, „zum 1.
  Januar 2027“ 2027-01-01 and „ab 1. Jänner 2028“ 2028-01-01 (full dates, the issue; the
  Austrian month, two-hundred-and-sixty-first), „vom 1. Juli an“ --07-01, „bis zum 9. Juli“
  --07-09 (New above), "starting Jan. 1, 2027" 2027-01-01, "from July 1" --07-01, "from
  April 1" --04-01; Reuters datelines with a day ("LONDON, March 2", "PARIS, March 3",
  "BERLIN, March 3", "TOKYO, March 4", "OTTAWA, March 4", "BRUSSELS, March 5", "SEOUL, March
  5") dates without a year (two-hundred-and-fifty-third, two-hundred-and-sixty-first); dpa
  with its slugs, APA, Keystone-SDA, AP ("SPRINGFIELD, Ill. (AP) —", "WASHINGTON (AP) —",
  "COLUMBIA, S.C. (AP) —"), PA ("DUBLIN (PA) -", "LONDON (PA) -", "EDINBURGH (PA) -") and
  AAP ("CANBERRA (AAP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About" "about"; „knapp“, „Knapp“
  "nearly"; „gut“, „mehr als“, "more than" "over"; "below" before a figure "under"; „bis
  zu“, "up to" "up_to"; „mindestens“, "at least" "at_least", "and over" after an age
  "at_least"; „höchstens“ "at_most". No hedge: „insgesamt“, „Insgesamt“, „zusätzlich“,
  „jeweils“, „allein“, „nur“, „Nur“, „demnach“, „bislang“, „derzeit“, „ab“, „zwischen“,
  „unter“ before a survey's base or an article, „beziehungsweise“, „Rekord-“, "only",
  "just", "alone", "extra", "other", "a record", "an average of", "within", „innert“, "over"
  before a span or "the", "more" and "higher" after a figure, "up from", "from" and "to"
  around a move.
- Speakers, checked only in forms the earlier batches settled: „sagte Bundesfinanzminister
  Jochen Harmsdorf (SPD)“, „sagte Staatssekretärin Elisabeth Pfandler (ÖVP)“ and „sagte
  Bundeswirtschaftsministerin Katrin Oberländer (CDU)“ the name with the office and the
  party dropped (two-hundred-and-forty-fifth, two-hundred-and-fifty-third), „sagte
  Finanzministerin Verena Schürch-Amstutz vor den Medien in Bern“ the name with the place
  dropped (hundred-sixty-third); „Linken-Chefin Ines Borgward sagte, ...“, „Niedersachsens
  Finanzministerin Antje Rehwoldt (SPD) sagte, ...“, „Finanzminister Gregor Wallnöfer (ÖVP)
  sagte, ...“, „Bundesarbeitsministerin Sabine Drewitz-Kolbe (SPD) sagte, ...“,
  „Ifo-Konjunkturchef Lorenz Birkenhauer sagte, ...“, „Kommunalministerin Helga Brinkhues
  (CDU) sagte, ...“, „Wifo-Chef Clemens Hartlauer sagte, ...“ and „Bayerns Finanzminister
  Korbinian Haslbeck (CSU) sagte, ...“ the name (two-hundred-and-forty-fourth,
  two-hundred-and-sixty-first); „Ziesmer sagte, ...“ the surname opening the row
  (forty-second); „teilte der Fiskalrat mit“ -> "der Fiskalrat" (hundred-sixty-third),
  „teilte das Wifo am Donnerstag mit“ -> "das Wifo" and „teilte das Bundesfinanzministerium
  mit“ -> "das Bundesfinanzministerium" (the source with its article, the weekday dropped;
  hundred-sixty-third, two-hundred-and-sixty-first); „Laut Statistik Austria“ -> "Statistik
  Austria" (two-hundred-and-forty-fifth); „nach Angaben des Statistischen Bundesamts“ ->
  "das Statistische Bundesamt" (hundred-forty-sixth), „nach Angaben des Städte- und
  Gemeindebunds“ -> "der Städte- und Gemeindebund" and „nach Angaben des Ministeriums“ ->
  "das Ministerium" (the source in the nominative, hundred-forty-sixth: „nach Angaben des
  Finanzministeriums“; hundred-sixty-third: „nach Angaben der Behörde“ -> "die Behörde").
  English: "the Office for Budget Responsibility said on Monday" -> "the Office for Budget
  Responsibility" and "The Irish Fiscal Advisory Council said on Tuesday that ..." -> "the
  Irish Fiscal Advisory Council" (the article lowered, the weekday dropped;
  two-hundred-and-forty-fifth), ", the Low Pay Commission said." -> "the Low Pay
  Commission", "the industry ministry said" -> "the industry ministry" and "the finance
  ministry said on Thursday" -> "the finance ministry" (hundred-sixty-third: "the finance
  ministry said"; two-hundred-and-sixty-first: "the transport ministry said on Monday"),
  "according to the Illinois Department of Employment Security", "according to the
  Congressional Budget Office" and "according to the Scottish Fiscal Commission" with the
  article (hundred-sixty-third, two-hundred-and-forty-fifth); "Gov. Marisa Kettleborough
  said", "Treasurer Callum Wardrop said", "Budget Minister Aurélie Destouches said",
  "Economy Minister Katrin Oberländer said", "Finance Minister Cathal Brennock said",
  "Finance Minister Paul-André Lemieux-Carr said on Wednesday in his first budget",
  "Business Secretary Owen Thackeray said", "EU Economy Commissioner Tomasz Wielgosz said"
  and "Finnish Finance Minister Aino Kettunen-Hollo said" the name with the role, the
  weekday and the occasion dropped (hundred-sixty-third: "Finance Minister Évelyne Marchand
  said in her first budget speech"); "Ashcombe told MPs that" and "Finance Secretary Moira
  Lindsay-Grant told MSPs that" (hundred-sixty-third, two-hundred-and-fifty-third),
  "Sawahara told reporters" and "Finance Minister Park Ji-hoon told reporters that"
  (two-hundred-and-fourth: "told reporters" names the speaker); "Corrigal said", "Tisdale
  said" and "Lemieux-Carr said" opening the row (two-hundred-and-forty-fifth). Left
  unchecked (None): rows without attribution and all negatives, also those with a named
  speaker; „nach Berechnungen des Ministeriums“, „nach Berechnungen der Konferenz der
  kantonalen Finanzdirektoren“, „nach Berechnungen des Landkreistags“, „Laut Berechnungen
  des Momentum Instituts“, „Nach Berechnungen des Bundes der Steuerzahler“, „nach Schätzung
  des Finanzministeriums“ (calculations and estimates, hundred-forty-sixth), „Nach einer
  Umfrage des Instituts Forsa“, „Das geht aus einer Umfrage des Branchenverbands Dehoga ...
  hervor“ (surveys and source lines), „wie aus einem Verordnungsentwurf des
  Umweltministeriums hervorgeht“, „den Zahlen des Ministeriums zufolge“ (figures, not a
  speaker, though „X zufolge“ is settled for a person - hundred-forty-sixth: „Sandvoß
  zufolge“), „rechnet“ (the Eidgenössische Finanzverwaltung, the IHS, the Arbeitskreis
  Steuerschätzungen), „schätzt“, „erwarten“, „hat angekündigt“ (hundred-eightieth), „hatte
  ... gefordert“, „Das teilte das Statistische Landesamt IT.NRW am Mittwoch mit.“ (a name
  with its abbreviation after it, not yet settled without brackets); "the INSEE statistics
  office said" (a description after the name, hundred-forty-sixth: "The BDI industry
  federation said"), "the nonpartisan office said" and "the industry body estimated"
  (descriptions), "The association said" (hundred-tenth: "The group said"), "The ministry
  expects", "The OBR expects", "The commission estimates", "The parliamentary budget officer
  estimated" (estimating verbs, hundred-tenth), "According to Treasury modelling",
  "according to the mid-year economic and fiscal outlook", "according to government
  estimates", "according to state revenue analysts", "official data show", "Commission
  figures show" (documents and data), "the commission's analysis found", "The Treasury
  Department reported", "the Government has confirmed" (verbs no batch settled for these
  sources), "has said" (two-hundred-and-fifty-third), "State Sen. Lorna Haskett, a Democrat,
  said" (a description after the name, hundred-twenty-fourth), "citing an earlier CBO
  estimate" (two sources).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_269 = [
    # --- Einkommensteuerreform: Eckpunkte der Koalition (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Nach einer zweitägigen Klausur hat die Koalition Eckpunkte einer Einkommensteuerreform vorgelegt, die Bürgerinnen und Bürger ab dem kommenden Jahr um rund 14,8 Milliarden Euro im Jahr entlasten soll.",
        True,
        [("duration", 2, "day", None), ("money", 14800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Grundfreibetrag soll von 12.400 auf 13.050 Euro steigen und der Spitzensteuersatz von 42 Prozent künftig erst ab einem Einkommen von 74.500 Euro greifen, sagte Bundesfinanzminister Jochen Harmsdorf (SPD).",
        True,
        [
            ("money", 12400, "EUR", None),
            ("money", 13050, "EUR", None),
            ("percent", 42, "%", None),
            ("money", 74500, "EUR", None),
        ],
        "Jochen Harmsdorf",
    ),
    (
        "de",
        "„Das ist eine Reform für die arbeitende Mitte, die dieses Land jeden Morgen am Laufen hält“, sagte Harmsdorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die 14,8 Milliarden Euro stehen, darauf kann sich jede Familie verlassen“, versicherte der SPD-Politiker.",
        False,
        [("money", 14800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine Familie mit zwei Kindern und einem Bruttoeinkommen von 60.000 Euro spart nach Berechnungen des Ministeriums rund 620 Euro im Jahr.",
        True,
        [("count", 2, None, None), ("money", 60000, "EUR", None), ("money", 620, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Linken-Chefin Ines Borgward sagte, eine Pflegekraft in Vollzeit zahle schon heute einen höheren Steuersatz auf ihren Lohn als ein Aktionär auf seine Dividenden.",
        True,
        [],
        "Ines Borgward",
    ),
    ("de", "Die Union sprach von einem „Entlastungspaket mit eingebautem Verfallsdatum“.", False, [], None),
    ("de", "Der Bund der Steuerzahler hält die Pläne für viel zu zaghaft.", False, [], None),
    (
        "de",
        "Die Länder müssten nach dem Entwurf knapp 43 Prozent der Steuerausfälle tragen, die Kommunen gut 15 Prozent.",
        True,
        [("percent", 43, "%", "nearly"), ("percent", 15, "%", "over")],
        None,
    ),
    ("de", "Ob die Länderkammer am Ende mitzieht, ist offen.", False, [], None),
    # --- OBR spring forecast (Reuters), Monday ---
    (
        "en",
        "LONDON, March 2 (Reuters) - British output will expand by only 0.9% this year instead of the 1.4% pencilled in last October, the Office for Budget Responsibility said on Monday.",
        True,
        [("date", "--03-02", None, None), ("percent", 0.9, "%", None), ("percent", 1.4, "%", None)],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "The downgrade leaves finance minister Eleanor Ashcombe with 4.1 billion pounds of headroom against her rule to balance day-to-day spending by 2029-30, down from 11.2 billion pounds in the autumn.",
        True,
        [
            ("money", 4100000000, "GBP", None),
            ("year", 2029, None, None),
            ("year", 2030, None, None),
            ("money", 11200000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Ashcombe told MPs that borrowing would drop from 4.5% of national output in the current year to 2.8% in the next.",
        True,
        [("percent", 4.5, "%", None), ("percent", 2.8, "%", None)],
        "Ashcombe",
    ),
    ("en", '"We have fixed the foundations, and now we are going to build on them," Ashcombe said.', False, [], None),
    (
        "en",
        "The OBR expects the freeze on income tax thresholds to pull an extra 1.3 million people into paying the higher 40% rate by 2028-29.",
        True,
        [
            ("count", 1300000, None, None),
            ("percent", 40, "%", None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    ("en", 'The Conservatives called the statement "a tax grab dressed up as prudence."', False, [], None),
    ("en", "Economists said they expected more tax rises in the autumn budget.", False, [], None),
    (
        "en",
        '"A margin this thin is a rounding error, not a buffer," said one economist at a London bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Public sector net borrowing in the 2025-26 financial year is now forecast at 138.2 billion pounds, about 9 billion pounds more than the watchdog expected in October.",
        True,
        [
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("money", 138200000000, "GBP", None),
            ("money", 9000000000, "GBP", "about"),
        ],
        None,
    ),
    # --- Schuldenbremse: Länder wollen Spielraum (dpa), Montag ---
    (
        "de",
        "Hannover (dpa) - Mehrere Bundesländer wollen die Schuldenbremse lockern und sich selbst einen Verschuldungsspielraum von 0,25 Prozent der Wirtschaftsleistung erlauben.",
        True,
        [("percent", 0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Ein entsprechender Antrag von Niedersachsen, Bremen und dem Saarland soll am 20. März im Bundesrat beraten werden.",
        True,
        [("date", "--03-20", None, None)],
        None,
    ),
    (
        "de",
        "Niedersachsens Finanzministerin Antje Rehwoldt (SPD) sagte, ihr Land habe allein im vergangenen Jahr knapp zwei Milliarden Euro an Investitionen in Schulen und Brücken aufschieben müssen.",
        True,
        [("money", 2000000000, "EUR", "nearly")],
        "Antje Rehwoldt",
    ),
    ("de", "„Die Schuldenbremse ist in ihrer heutigen Form eine Investitionsbremse“, sagte Rehwoldt.", False, [], None),
    ("de", "Bayerns Finanzminister sprach von einem „Dammbruch auf Raten“.", False, [], None),
    ("de", "Bayern und Baden-Württemberg haben angekündigt, den Antrag im Bundesrat abzulehnen.", True, [], None),
    ("de", "Viele Ökonomen halten eine Reform der Regel für überfällig.", False, [], None),
    (
        "de",
        "Nach einer Umfrage des Instituts Forsa sind 54 Prozent der Deutschen dafür, die Schuldenbremse in ihrer jetzigen Form beizubehalten.",
        True,
        [("percent", 54, "%", None)],
        None,
    ),
    # --- Illinois minimum wage (AP), Monday ---
    (
        "en",
        "SPRINGFIELD, Ill. (AP) — The Illinois House voted 64-49 on Monday to raise the state's minimum wage from $15 to $17.50 an hour by 2029.",
        True,
        [
            ("count", 64, None, None),
            ("count", 49, None, None),
            ("money", 15, "USD", None),
            ("money", 17.5, "USD", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "The increase would come in three steps, starting Jan. 1, 2027, and would affect about 1.1 million workers, according to the Illinois Department of Employment Security.",
        True,
        [("count", 3, None, None), ("date", "2027-01-01", None, None), ("count", 1100000, None, "about")],
        "the Illinois Department of Employment Security",
    ),
    (
        "en",
        "Gov. Marisa Kettleborough said she would sign the bill within 10 days.",
        True,
        [("duration", 10, "day", None)],
        "Marisa Kettleborough",
    ),
    (
        "en",
        '"Nobody who works full time in Illinois should have to choose between rent and groceries," Kettleborough said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Illinois Retail Merchants Association called the bill "a job killer for small-town stores."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The association said a survey of 412 members found that 38% planned to cut staff hours if the bill became law.",
        True,
        [("count", 412, None, None), ("percent", 38, "%", None)],
        None,
    ),
    ("en", "Some small business owners fear they will have to close.", False, [], None),
    (
        "en",
        '"I work two jobs and still can\'t cover rent," said Tanya Whitcombe, 29, a cashier in Peoria.',
        False,
        [("count", 2, None, None), ("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        "Illinois would join 12 other states with a minimum wage of at least $17 by the end of the decade.",
        True,
        [("count", 12, None, None), ("money", 17, "USD", "at_least")],
        None,
    ),
    # --- Budgetloch in Österreich (APA), Montag ---
    (
        "de",
        "Wien (APA) - Im österreichischen Bundesbudget klafft heuer eine Lücke von rund 3,2 Milliarden Euro, die mit weiteren Sparmaßnahmen geschlossen werden muss.",
        True,
        [("money", 3200000000, "EUR", "about")],
        None,
    ),
    ("de", "Das geht aus einer Prognose des Fiskalrats hervor, die am Montag veröffentlicht wurde.", True, [], None),
    (
        "de",
        "Das gesamtstaatliche Defizit werde demnach 4,1 Prozent der Wirtschaftsleistung erreichen und damit zum dritten Mal in Folge über der Maastricht-Grenze von drei Prozent liegen, teilte der Fiskalrat mit.",
        True,
        [("percent", 4.1, "%", None), ("ordinal", 3, None, None), ("percent", 3, "%", None)],
        "der Fiskalrat",
    ),
    (
        "de",
        "Finanzminister Gregor Wallnöfer (ÖVP) sagte, die Regierung werde bis Ende Mai ein Paket mit Einsparungen von mindestens 2,5 Milliarden Euro vorlegen.",
        True,
        [("money", 2500000000, "EUR", "at_least")],
        "Gregor Wallnöfer",
    ),
    ("de", "„Dieses Land hat kein Einnahmenproblem, es hat ein Ausgabenproblem“, sagte Wallnöfer.", False, [], None),
    ("de", "Die SPÖ warf dem Finanzminister vor, das Budget „schöngerechnet“ zu haben.", False, [], None),
    ("de", "Wie die Regierung das Loch ohne neue Steuern schließen will, ließ Wallnöfer offen.", False, [], None),
    (
        "de",
        "Laut Statistik Austria lag die Staatsschuldenquote Ende 2025 bei 81,6 Prozent.",
        True,
        [("year", 2025, None, None), ("percent", 81.6, "%", None)],
        "Statistik Austria",
    ),
    # --- Australian tax cuts (AAP), Monday ---
    (
        "en",
        "CANBERRA (AAP) - Every Australian taxpayer will receive a tax cut of up to A$536 a year from July 1 under legislation introduced to parliament on Monday.",
        True,
        [("money", 536, "AUD", "up_to"), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Treasurer Callum Wardrop said the changes would cost the budget A$17.1 billion over four years and cut the lowest rate from 16 per cent to 14 per cent.",
        True,
        [
            ("money", 17100000000, "AUD", None),
            ("duration", 4, "year", None),
            ("percent", 16, "%", None),
            ("percent", 14, "%", None),
        ],
        "Callum Wardrop",
    ),
    (
        "en",
        '"This is about giving back to the people who keep the lights on in this country," Wardrop said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "According to Treasury modelling, a worker on A$75,000 would be A$312 a year better off.",
        True,
        [("money", 75000, "AUD", None), ("money", 312, "AUD", None)],
        None,
    ),
    (
        "en",
        'Opposition treasury spokesman Hamish Corrigal called the package "a sugar hit before an election."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Corrigal said the Coalition would match the cuts but pay for them by trimming 4,000 public service jobs.",
        True,
        [("count", 4000, None, None)],
        "Corrigal",
    ),
    ("en", "Welfare groups argue that rent assistance is where the cash is most needed.", False, [], None),
    (
        "en",
        '"A$6 a week won\'t even buy me a decent coffee," said Brisbane nurse Jodie Pellham, 41.',
        False,
        [("money", 6, "AUD", None), ("duration", 41, "year", None)],
        None,
    ),
    (
        "en",
        "The budget is forecast to stay in deficit every year until 2029-30, according to the mid-year economic and fiscal outlook.",
        True,
        [("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Schweizer Sparpaket (Keystone-SDA), Montag ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Landesregierung will die Bundesfinanzen ab 2027 mit einem Sparpaket von jährlich rund 2,7 Milliarden Franken entlasten, um die Schuldenbremse einzuhalten.",
        True,
        [("year", 2027, None, None), ("money", 2700000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Ohne Gegenmassnahmen fehlten ab 2027 in der Bundeskasse bis zu 3,1 Milliarden Franken pro Jahr, sagte Finanzministerin Verena Schürch-Amstutz vor den Medien in Bern.",
        True,
        [("year", 2027, None, None), ("money", 3100000000, "CHF", "up_to")],
        "Verena Schürch-Amstutz",
    ),
    (
        "de",
        "Kürzen will die Regierung etwa bei der Entwicklungshilfe, beim regionalen Personenverkehr und bei 59 einzelnen Subventionen.",
        True,
        [("count", 59, None, None)],
        None,
    ),
    (
        "de",
        "«Wir geben nur aus, was wir einnehmen, das ist keine Ideologie, das ist Anstand», sagte Schürch-Amstutz.",
        False,
        [],
        None,
    ),
    ("de", "Die SP sprach von einem «Sparhammer, der die Kantone trifft».", False, [], None),
    (
        "de",
        "Die Kantone müssten nach Berechnungen der Konferenz der kantonalen Finanzdirektoren jährlich rund 900 Millionen Franken an zusätzlichen Lasten tragen.",
        True,
        [("money", 900000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Eidgenössische Finanzverwaltung rechnet für 2026 mit einem Defizit von 780 Millionen Franken.",
        True,
        [("year", 2026, None, None), ("money", 780000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ob das Parlament das Paket in der Sommersession ungeschmälert durchwinkt, gilt in Bern als wenig wahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- French deficit (Reuters), Tuesday ---
    (
        "en",
        "PARIS, March 3 (Reuters) - France's public deficit came in at 5.3% of gross domestic product last year, slightly better than the 5.4% the government had targeted, the INSEE statistics office said on Tuesday.",
        True,
        [("date", "--03-03", None, None), ("percent", 5.3, "%", None), ("percent", 5.4, "%", None)],
        None,
    ),
    (
        "en",
        "Public debt climbed to 116.4% of GDP, a ratio exceeded in the European Union only by Greece and Italy, making it the bloc's third-highest.",
        True,
        [("percent", 116.4, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Budget Minister Aurélie Destouches said the government would still need to find 40 billion euros in savings to bring the deficit down to 4.6% this year.",
        True,
        [("money", 40000000000, "EUR", None), ("percent", 4.6, "%", None)],
        "Aurélie Destouches",
    ),
    ("en", '"Every euro we borrow today is a tax we send to our children," Destouches said.', False, [], None),
    ("en", 'The far-right National Rally called the savings plan "austerity by stealth."', False, [], None),
    (
        "en",
        "The gap between 10-year French and German borrowing costs widened by 3 basis points to 78 basis points.",
        True,
        [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 78, "bp", None)],
        None,
    ),
    (
        "en",
        "Rating agencies have not said whether they will act before their scheduled reviews in the spring.",
        False,
        [],
        None,
    ),
    (
        "en",
        "S&P cut France's rating to A+ in October, citing the lack of a credible plan to reduce debt.",
        True,
        [],
        None,
    ),
    # --- Mindestlohn steigt (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Der gesetzliche Mindestlohn in Deutschland soll zum 1. Januar 2027 von 13,95 Euro auf 14,80 Euro pro Stunde steigen.",
        True,
        [("date", "2027-01-01", None, None), ("money", 13.95, "EUR", None), ("money", 14.8, "EUR", None)],
        None,
    ),
    ("de", "Das hat die Mindestlohnkommission am Dienstag einstimmig beschlossen.", True, [], None),
    (
        "de",
        "Rund 6,2 Millionen Beschäftigte profitieren nach Angaben des Statistischen Bundesamts von der Erhöhung.",
        True,
        [("count", 6200000, None, "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Bundesarbeitsministerin Sabine Drewitz-Kolbe (SPD) sagte, der Mindestlohn steige damit seit seiner Einführung 2015 um insgesamt 74 Prozent.",
        True,
        [("year", 2015, None, None), ("percent", 74, "%", None)],
        "Sabine Drewitz-Kolbe",
    ),
    ("de", "„Wer arbeitet, muss davon leben können, Punkt“, sagte Drewitz-Kolbe.", False, [], None),
    ("de", "Die Arbeitgeberverbände sprachen von einem „Lohndiktat durch die Hintertür“.", False, [], None),
    ("de", "Der Gewerkschaftsbund hatte mindestens 15 Euro gefordert.", True, [("money", 15, "EUR", "at_least")], None),
    (
        "de",
        "Viele Friseure und Bäcker fürchten, die höheren Kosten nicht an ihre Kunden weitergeben zu können.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Mit 14,80 Euro komme ich gerade so über den Monat“, sagte eine 52-jährige Reinigungskraft aus Gelsenkirchen.",
        False,
        [("money", 14.8, "EUR", None), ("duration", 52, "year", None)],
        None,
    ),
    # --- German growth forecast (Reuters), Tuesday ---
    (
        "en",
        "BERLIN, March 3 (Reuters) - The German government lowered its 2026 growth estimate to 0.4% from 0.9% on Tuesday, blaming U.S. tariffs and weak demand from China.",
        True,
        [
            ("date", "--03-03", None, None),
            ("year", 2026, None, None),
            ("percent", 0.4, "%", None),
            ("percent", 0.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Economy Minister Katrin Oberländer said growth would pick up to 1.1% next year as spending from the infrastructure fund gathered pace.",
        True,
        [("percent", 1.1, "%", None)],
        "Katrin Oberländer",
    ),
    ("en", '"The worst is behind us," Oberländer told reporters.', False, [], None),
    (
        "en",
        "The ministry expects unemployment to average 2.95 million this year, up from 2.84 million.",
        True,
        [("count", 2950000, None, None), ("count", 2840000, None, None)],
        None,
    ),
    (
        "en",
        "Germany's economy shrank in 2023 and 2024 and grew by just 0.1% last year, official data show.",
        True,
        [("year", 2023, None, None), ("year", 2024, None, None), ("percent", 0.1, "%", None)],
        None,
    ),
    (
        "en",
        "Critics say the government is relying too heavily on debt-financed spending to revive growth.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The opposition Greens called the forecast "an admission that the recovery has been postponed yet again."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters doubt the economy will grow at all in the first half.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Exports fell 2.7% in January from December, their third monthly decline in a row.",
        True,
        [("percent", 2.7, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Ifo senkt Prognose (dpa), Dienstag ---
    (
        "de",
        "München (dpa) - Das Ifo-Institut hat seine Konjunkturprognose für dieses Jahr auf 0,3 Prozent halbiert.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    (
        "de",
        "Für das kommende Jahr erwarten die Münchner Forscher ein Wachstum von 1,0 Prozent.",
        True,
        [("percent", 1.0, "%", None)],
        None,
    ),
    (
        "de",
        "Ifo-Konjunkturchef Lorenz Birkenhauer sagte, allein die US-Zölle kosteten die deutsche Wirtschaft in diesem Jahr rund 0,4 Prozentpunkte Wachstum.",
        True,
        [("percent", 0.4, "pp", "about")],
        "Lorenz Birkenhauer",
    ),
    (
        "de",
        "„Die Stimmung ist schlechter als die Lage, aber die Lage ist auch nicht gut“, sagte Birkenhauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir gehen davon aus, dass die Wirtschaft im zweiten Halbjahr anzieht und im kommenden Jahr um 1,1 Prozent wächst“, sagte Bundeswirtschaftsministerin Katrin Oberländer (CDU).",
        True,
        [("ordinal", 2, None, None), ("percent", 1.1, "%", None)],
        "Katrin Oberländer",
    ),
    (
        "de",
        "„Ich persönlich glaube, dass wir in diesem Jahr eher eine Stagnation sehen werden“, sagte der Chefvolkswirt einer Frankfurter Großbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wirtschaftsverbände halten die Annahmen der Bundesregierung für deutlich zu optimistisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Ifo-Geschäftsklimaindex sank im Februar auf 85,2 Punkte, den niedrigsten Stand seit August 2020.",
        True,
        [("count", 85.2, None, None), ("year", 2020, None, None)],
        None,
    ),
    # --- Irish corporation tax (PA), Tuesday ---
    (
        "en",
        "DUBLIN (PA) - Ireland collected 33.6 billion euros in corporation tax last year, a record, with more than half of it paid by just 10 multinational companies.",
        True,
        [("money", 33600000000, "EUR", None), ("fraction", 0.5, None, "over"), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Cathal Brennock said 10.4 billion euros of the total came from a one-off court ruling and would go into the Future Ireland Fund.",
        True,
        [("money", 10400000000, "EUR", None)],
        "Cathal Brennock",
    ),
    (
        "en",
        '"We cannot build a country on windfalls that could vanish with a single change in Washington," Brennock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Sinn Féin accused the government of "sitting on a mountain of cash while families queue for housing."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Irish Fiscal Advisory Council said on Tuesday that up to 14 billion euros of the annual take could be considered windfall revenue.",
        True,
        [("money", 14000000000, "EUR", "up_to")],
        "the Irish Fiscal Advisory Council",
    ),
    (
        "en",
        "Economists warned that the exchequer had become dangerously reliant on a handful of U.S. tech firms.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Corporation tax now makes up about 28% of all tax revenue, up from 16% a decade ago.",
        True,
        [("percent", 28, "%", "about"), ("percent", 16, "%", None)],
        None,
    ),
    (
        "en",
        "Whether the windfall will last beyond 2027 is far from certain.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Kaufprämie für E-Autos (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Käufer von Elektroautos mit kleinem und mittlerem Einkommen sollen vom 1. Juli an eine Prämie von bis zu 4.500 Euro erhalten.",
        True,
        [("date", "--07-01", None, None), ("money", 4500, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Gefördert werden Haushalte mit einem zu versteuernden Einkommen von höchstens 80.000 Euro im Jahr, wie aus einem Verordnungsentwurf des Umweltministeriums hervorgeht.",
        True,
        [("money", 80000, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Bis 2029 stellt der Bund für das Programm insgesamt drei Milliarden Euro aus dem Klimafonds bereit.",
        True,
        [("year", 2029, None, None), ("money", 3000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Prämie ist ein Geschenk an die Autoindustrie, bezahlt von Mietern, die sich nie ein Auto leisten können“, sagte ein Grünen-Haushälter.",
        False,
        [],
        None,
    ),
    ("de", "Der Bund der Steuerzahler sprach von „Steuergeld für Mitnahmeeffekte“.", False, [], None),
    (
        "de",
        "Beim Umweltbonus, der Ende 2023 abrupt gestoppt worden war, hatte der Bund rund 9,4 Milliarden Euro für gut 2,3 Millionen Fahrzeuge ausgegeben.",
        True,
        [("year", 2023, None, None), ("money", 9400000000, "EUR", "about"), ("count", 2300000, None, "over")],
        None,
    ),
    ("de", "Autohändler hoffen, dass die Prämie den Absatz vor dem Sommer wieder anschiebt.", False, [], None),
    (
        "de",
        "Der Verband der Automobilindustrie schätzt, dass die Prämie in diesem Jahr zwischen 120.000 und 180.000 zusätzliche Neuzulassungen bringen könnte.",
        True,
        [("count", 120000, None, None), ("count", 180000, None, None)],
        None,
    ),
    ("de", "Ökonomen bezweifeln, dass sich die Förderung auf Dauer rechnet.", False, [], None),
    # --- CBO deficit outlook (AP), Tuesday ---
    (
        "en",
        "WASHINGTON (AP) — The federal budget deficit will reach $2.1 trillion this fiscal year, or 6.8% of the economy, according to the Congressional Budget Office.",
        True,
        [("money", 2100000000000, "USD", None), ("percent", 6.8, "%", None)],
        "the Congressional Budget Office",
    ),
    (
        "en",
        "Interest payments on the national debt are projected to reach $1.2 trillion in fiscal 2027, more than the government spends on defense.",
        True,
        [("money", 1200000000000, "USD", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Debt held by the public would climb from 101% of gross domestic product to 122% by 2036, the nonpartisan office said.",
        True,
        [("percent", 101, "%", None), ("percent", 122, "%", None), ("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        'Republican leaders called the report "a wake-up call for Washington\'s spending addiction."',
        False,
        [],
        None,
    ),
    (
        "en",
        "\"You don't fill a $2 trillion hole by taxing waitresses' tips,\" said Sen. Marlon Tisdale, a Democrat from Oregon.",
        False,
        [("money", 2000000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Tisdale said the 2025 tax law would add about $3.9 trillion to deficits over a decade, citing an earlier CBO estimate.",
        True,
        [("year", 2025, None, None), ("money", 3900000000000, "USD", "about")],
        "Tisdale",
    ),
    (
        "en",
        "It is unclear whether Congress will take up any deficit-reduction measures before the midterm elections.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Treasury Department reported a deficit of $307 billion for February alone.",
        True,
        [("money", 307000000000, "USD", None)],
        None,
    ),
    # --- Kommunalfinanzen in NRW (dpa/lnw), Mittwoch ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Städte und Gemeinden in Nordrhein-Westfalen haben im vergangenen Jahr ein Rekorddefizit von rund 6,4 Milliarden Euro verbucht.",
        True,
        [("money", 6400000000, "EUR", "about")],
        None,
    ),
    ("de", "Das teilte das Statistische Landesamt IT.NRW am Mittwoch mit.", True, [], None),
    (
        "de",
        "Nur 9 der 396 Kommunen legten nach Angaben des Städte- und Gemeindebunds einen ausgeglichenen Haushalt vor.",
        True,
        [("count", 9, None, None), ("count", 396, None, None)],
        "der Städte- und Gemeindebund",
    ),
    (
        "de",
        "Kommunalministerin Helga Brinkhues (CDU) sagte, das Land stelle den Kommunen in diesem Jahr zusätzlich 750 Millionen Euro zur Verfügung.",
        True,
        [("money", 750000000, "EUR", None)],
        "Helga Brinkhues",
    ),
    (
        "de",
        "„Die Kommunen sind die Herzkammer unserer Demokratie, und wir lassen sie nicht ausbluten“, sagte Brinkhues.",
        False,
        [],
        None,
    ),
    ("de", "Der Städtetag nannte die Summe „ein Pflaster auf einer offenen Wunde“.", False, [], None),
    (
        "de",
        "Die Kassenkredite der NRW-Kommunen summierten sich Ende 2025 auf 21,7 Mrd. Euro.",
        True,
        [("year", 2025, None, None), ("money", 21700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Gefühlt geht jeder zweite Euro, den wir einnehmen, gleich wieder für Sozialausgaben drauf“, sagte der Kämmerer einer Ruhrgebietsstadt.",
        False,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Sozialausgaben machen nach Berechnungen des Landkreistags inzwischen knapp 40 Prozent der kommunalen Ausgaben aus.",
        True,
        [("percent", 40, "%", "nearly")],
        None,
    ),
    # --- Japan energy subsidies (Reuters), Wednesday ---
    (
        "en",
        "TOKYO, March 4 (Reuters) - Japan's cabinet approved 1.2 trillion yen ($8 billion) in subsidies on Wednesday to cap electricity and gas bills for three more months.",
        True,
        [
            ("date", "--03-04", None, None),
            ("money", 1200000000000, "JPY", None),
            ("money", 8000000000, "USD", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The subsidies will cut the average household's power bill by about 1,000 yen a month through June, the industry ministry said.",
        True,
        [("money", 1000, "JPY", "about")],
        "the industry ministry",
    ),
    (
        "en",
        "Since the scheme began in January 2023, the government has spent more than 11 trillion yen on energy subsidies.",
        True,
        [("year", 2023, None, None), ("money", 11000000000000, "JPY", "over")],
        None,
    ),
    (
        "en",
        '"We will not let rising prices crush household budgets," Economy Minister Takumi Sawahara told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sawahara told reporters the government would decide by the end of May whether to extend the subsidies into the summer.",
        True,
        [],
        "Sawahara",
    ),
    ("en", 'One economist at a Tokyo brokerage called the package "a painkiller, not a cure."', False, [], None),
    (
        "en",
        "Japan's core consumer prices rose 3.1% in January from a year earlier, staying above the central bank's 2% target for the 46th straight month.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2, "%", None), ("ordinal", 46, None, None)],
        None,
    ),
    ("en", "Whether the Bank of Japan raises rates again in April remains an open question.", False, [], None),
    # --- Eingangssteuersatz sinkt (APA), Mittwoch ---
    (
        "de",
        "Wien (APA) - Die Bundesregierung will den Eingangssteuersatz der Lohn- und Einkommensteuer ab 1. Jänner 2028 von 20 auf 18 Prozent senken.",
        True,
        [("date", "2028-01-01", None, None), ("percent", 20, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Die Entlastung koste rund 1,4 Milliarden Euro im Jahr und werde zur Hälfte über eine höhere Bankenabgabe finanziert, sagte Staatssekretärin Elisabeth Pfandler (ÖVP).",
        True,
        [("money", 1400000000, "EUR", "about"), ("fraction", 0.5, None, None)],
        "Elisabeth Pfandler",
    ),
    (
        "de",
        "„Wer mehr arbeitet, soll am Monatsende auch mehr haben, das ist unser Versprechen“, sagte Pfandler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Berechnungen des Momentum Instituts entfallen gut 60 Prozent der Entlastung auf die obere Hälfte der Einkommen.",
        True,
        [("percent", 60, "%", "over"), ("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "Die Industriellenvereinigung hält die Senkung für „zu klein und zu spät“.", False, [], None),
    (
        "de",
        "Die Banken sollen dafür in den kommenden drei Jahren jeweils rund 700 Millionen Euro zusätzlich zahlen.",
        True,
        [("duration", 3, "year", None), ("money", 700000000, "EUR", "about")],
        None,
    ),
    ("de", "Ob die Banken die Abgabe an ihre Kundschaft weiterreichen, konnte Pfandler nicht sagen.", False, [], None),
    (
        "de",
        "„Bei mir bleiben am Ende vielleicht 20 Euro im Monat mehr, das ist doch ein Witz“, sagte ein 38-jähriger Lagerarbeiter aus Linz.",
        False,
        [("money", 20, "EUR", None), ("duration", 38, "year", None)],
        None,
    ),
    # --- Canadian budget (Reuters), Wednesday ---
    (
        "en",
        "OTTAWA, March 4 (Reuters) - Canada's federal deficit will narrow to C$61.9 billion in the 2026-27 fiscal year from C$78.3 billion, Finance Minister Paul-André Lemieux-Carr said on Wednesday in his first budget.",
        True,
        [
            ("date", "--03-04", None, None),
            ("money", 61900000000, "CAD", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 78300000000, "CAD", None),
            ("ordinal", 1, None, None),
        ],
        "Paul-André Lemieux-Carr",
    ),
    (
        "en",
        "The budget includes C$32 billion over five years for defence and a cut in the lowest personal income tax rate to 14.5% from 15%.",
        True,
        [
            ("money", 32000000000, "CAD", None),
            ("duration", 5, "year", None),
            ("percent", 14.5, "%", None),
            ("percent", 15, "%", None),
        ],
        None,
    ),
    ("en", '"This is a budget that builds, not one that waits," Lemieux-Carr said.', False, [], None),
    (
        "en",
        "Lemieux-Carr said federal debt would peak at 42.7% of GDP in 2027-28 before starting to fall.",
        True,
        [("percent", 42.7, "%", None), ("year", 2027, None, None), ("year", 2028, None, None)],
        "Lemieux-Carr",
    ),
    (
        "en",
        'Conservative finance critic Dana Bouchard-Hale called it "a shopping list paid for with our grandchildren\'s money."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The parliamentary budget officer estimated last month that the deficit would come in at C$68 billion, C$6.1 billion higher than the government now projects.",
        True,
        [("money", 68000000000, "CAD", None), ("money", 6100000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Several economists said they doubted Ottawa could meet its target without deep spending cuts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "With 166 of the Commons' 343 seats, the Liberals must win over at least one other party to get the budget through.",
        True,
        [("count", 166, None, None), ("count", 343, None, None), ("count", 1, None, "at_least")],
        None,
    ),
    ("en", "Whether the New Democrats will back the budget is unclear.", False, [], None),
    # --- Mindestlohn in Baselland (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Liestal (Keystone-SDA) - Im Kanton Basel-Landschaft soll ab 2028 ein Mindestlohn von 22.50 Franken pro Stunde gelten.",
        True,
        [("year", 2028, None, None), ("money", 22.5, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Landrat hiess die Vorlage am Mittwoch mit 46 zu 37 Stimmen bei 4 Enthaltungen gut.",
        True,
        [("count", 46, None, None), ("count", 37, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Rund 9'800 Beschäftigte, vor allem im Detailhandel, in der Gastronomie und in der Reinigung, verdienen derzeit weniger.",
        True,
        [("count", 9800, None, "about")],
        None,
    ),
    (
        "de",
        "«Ein Lohn, von dem man nicht leben kann, ist kein Lohn, sondern ein Almosen», sagte SP-Landrätin Nadja Gysin-Frey.",
        False,
        [],
        None,
    ),
    ("de", "Der Gewerbeverband sprach von einem «Angriff auf die Sozialpartnerschaft».", False, [], None),
    ("de", "Der Gewerbeverband hat angekündigt, das Referendum gegen die Vorlage zu ergreifen.", True, [], None),
    (
        "de",
        "Für ein Referendum braucht es im Kanton 2'000 Unterschriften, die innert acht Wochen gesammelt werden müssen.",
        True,
        [("count", 2000, None, None), ("duration", 8, "week", None)],
        None,
    ),
    (
        "de",
        "Ob ein kantonaler Mindestlohn in dieser Höhe vor dem Bundesgericht Bestand hätte, ist unter Juristen umstritten.",
        False,
        [],
        None,
    ),
    ("de", "Neuenburg, Genf, Jura, Tessin und Basel-Stadt kennen bereits kantonale Mindestlöhne.", True, [], None),
    # --- National Living Wage (PA), Wednesday ---
    (
        "en",
        "LONDON (PA) - Workers aged 21 and over on the legal wage floor will get a 4.3% rise to £12.74 an hour from April 1, the Government has confirmed.",
        True,
        [
            ("duration", 21, "year", "at_least"),
            ("percent", 4.3, "%", None),
            ("money", 12.74, "GBP", None),
            ("date", "--04-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "Pay for 18 to 20-year-olds on the lower band goes up by 7.6% to £10.78 an hour, the Low Pay Commission said.",
        True,
        [
            ("duration", 18, "year", None),
            ("duration", 20, "year", None),
            ("percent", 7.6, "%", None),
            ("money", 10.78, "GBP", None),
        ],
        "the Low Pay Commission",
    ),
    (
        "en",
        "About 2.6 million workers are expected to benefit, according to government estimates.",
        True,
        [("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "Two-thirds of those who will benefit are women, the commission's analysis found.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "Business Secretary Owen Thackeray said someone working full time at the new rate would take home about £1,300 more a year.",
        True,
        [("money", 1300, "GBP", "about")],
        "Owen Thackeray",
    ),
    (
        "en",
        '"Making work pay is the beating heart of everything this Government does," Thackeray said.',
        False,
        [],
        None,
    ),
    ("en", 'UKHospitality called the rise "the final straw for thousands of pubs and cafes."', False, [], None),
    (
        "en",
        "Combined with higher employer national insurance, the rise will add about £3.4bn to hospitality firms' costs this year, the industry body estimated.",
        True,
        [("money", 3400000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Many pub landlords say they feel punished for giving young people their first job.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"My wage goes up, but so does my rent, every single time," said Leanne Fawcett, 24, a care worker in Hull.',
        False,
        [("duration", 24, "year", None)],
        None,
    ),
    # --- Steuereinnahmen und Steuerzahlerbund (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Die Steuereinnahmen von Bund und Ländern sind im Februar um 4,6 Prozent auf 58,3 Milliarden Euro gestiegen.",
        True,
        [("percent", 4.6, "%", None), ("money", 58300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Monatsbericht des Bundesfinanzministeriums hervor, der am Mittwoch veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Besonders kräftig legte nach Angaben des Ministeriums die Lohnsteuer zu, mit einem Plus von 7,2 Prozent.",
        True,
        [("percent", 7.2, "%", None)],
        "das Ministerium",
    ),
    (
        "de",
        "„Das Plus bei der Lohnsteuer zeigt, dass unsere Politik für mehr Beschäftigung wirkt“, sagte ein Sprecher des Ministeriums.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Steuerquellen sprudeln, und trotzdem reicht es hinten und vorne nicht“, sagte der Präsident des Bundes der Steuerzahler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Bundes der Steuerzahler arbeiten die Bürger in diesem Jahr bis zum 9. Juli rechnerisch nur für den Staat.",
        True,
        [("date", "--07-09", None, None)],
        None,
    ),
    (
        "de",
        "Die Belastungsquote eines durchschnittlichen Arbeitnehmerhaushalts liegt demnach bei 52,4 Prozent.",
        True,
        [("percent", 52.4, "%", None)],
        None,
    ),
    ("de", "Gewerkschaften nannten die Rechnung des Verbands „methodisch fragwürdig“.", False, [], None),
    (
        "de",
        "Die Linke warf dem Steuerzahlerbund vor, mit der Zahl Stimmung gegen den Sozialstaat zu machen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr rechnet der Arbeitskreis Steuerschätzungen bislang mit Einnahmen von 1,012 Billionen Euro.",
        True,
        [("money", 1012000000000, "EUR", None)],
        None,
    ),
    # --- EU deficit procedure (Reuters), Thursday ---
    (
        "en",
        "BRUSSELS, March 5 (Reuters) - The European Commission proposed on Thursday to open an excessive deficit procedure against Finland, the ninth European Union country to face the disciplinary step.",
        True,
        [("date", "--03-05", None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Finland's deficit reached 4.4% of gross domestic product last year, well above the EU's 3% ceiling, Commission figures show.",
        True,
        [("percent", 4.4, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "EU Economy Commissioner Tomasz Wielgosz said Helsinki would have until the end of 2028 to bring the deficit below 3%.",
        True,
        [("year", 2028, None, None), ("percent", 3, "%", "under")],
        "Tomasz Wielgosz",
    ),
    ("en", '"Rules that nobody enforces are not rules at all," Wielgosz said.', False, [], None),
    (
        "en",
        "Finnish Finance Minister Aino Kettunen-Hollo said the government would present additional savings of 1.5 billion euros in April.",
        True,
        [("money", 1500000000, "EUR", None)],
        "Aino Kettunen-Hollo",
    ),
    (
        "en",
        '"Finland is paying the price for guarding Europe\'s border, and Brussels should recognise that," Kettunen-Hollo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Defence spending, which rose to 2.4% of GDP last year, is partly exempt from the calculation under a clause activated in 2025.",
        True,
        [("percent", 2.4, "%", None), ("year", 2025, None, None)],
        None,
    ),
    ("en", "Diplomats said they expected finance ministers to approve the proposal without debate.", False, [], None),
    (
        "en",
        'Fiscal hawks in the Netherlands and Austria called the exemptions "a loophole big enough to drive a tank through."',
        False,
        [],
        None,
    ),
    # --- Mehrwertsteuer in der Gastronomie (dpa), Donnerstag ---
    (
        "de",
        "Berlin (dpa) - Zwei Monate nach der Senkung der Mehrwertsteuer auf Speisen in Restaurants auf 7 Prozent hat nur jeder fünfte Gastronom seine Preise gesenkt.",
        True,
        [("duration", 2, "month", None), ("percent", 7, "%", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Umfrage des Branchenverbands Dehoga unter 3.150 Betrieben hervor.",
        True,
        [("count", 3150, None, None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der Betriebe gaben an, die Entlastung zum Ausgleich gestiegener Personal- und Energiekosten zu nutzen.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Die Steuersenkung hat Tausende Betriebe vor dem Aus bewahrt“, sagte Dehoga-Präsident Bernhard Ziesmer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ziesmer sagte, die Zahl der Insolvenzen im Gastgewerbe sei im Januar um 12 Prozent gegenüber dem Vorjahresmonat gesunken.",
        True,
        [("percent", 12, "%", None)],
        "Ziesmer",
    ),
    ("de", "Verbraucherschützer sprachen von einem „Milliardengeschenk ohne Gegenleistung“.", False, [], None),
    (
        "de",
        "Die Senkung kostet Bund, Länder und Gemeinden nach Schätzung des Finanzministeriums rund 3,6 Milliarden Euro im Jahr.",
        True,
        [("money", 3600000000, "EUR", "about")],
        None,
    ),
    ("de", "Viele Gäste haben nach eigener Aussage von einer Preissenkung nichts bemerkt.", False, [], None),
    (
        "de",
        "„Für das Geld hätte man jeder Kita im Land zwei zusätzliche Erzieherinnen bezahlen können“, sagte ein SPD-Abgeordneter.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    # --- South Carolina income tax (AP), Thursday ---
    (
        "en",
        "COLUMBIA, S.C. (AP) — South Carolina's Senate voted 31-12 on Wednesday to cut the state's top income tax rate from 6% to 4.5% over five years.",
        True,
        [
            ("count", 31, None, None),
            ("count", 12, None, None),
            ("percent", 6, "%", None),
            ("percent", 4.5, "%", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Once fully in effect, the cut would cost the state about $1.4 billion a year, according to state revenue analysts.",
        True,
        [("money", 1400000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Gov. Harlan Dubose has said he will sign the bill, which now returns to the House for a final vote.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Every dollar we leave in people\'s pockets works harder than it ever would in Columbia," Dubose said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Democrats accused Republicans of "paying for tax breaks for the rich out of the pockets of teachers and nurses."',
        False,
        [],
        None,
    ),
    (
        "en",
        "State Sen. Lorna Haskett, a Democrat, said the bottom 40% of earners would save an average of $38 a year, while the top 1% would save about $9,200.",
        True,
        [
            ("percent", 40, "%", None),
            ("money", 38, "USD", None),
            ("percent", 1, "%", None),
            ("money", 9200, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "About one in four South Carolina filers pays no state income tax at all.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    ("en", "Some lawmakers fear the state will have to cut school funding in the next downturn.", False, [], None),
    (
        "en",
        "Whether the House will accept the Senate's version before the session ends in May is unclear.",
        False,
        [],
        None,
    ),
    # --- Wifo und IHS: Konjunkturprognose (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - Die Wirtschaftsforschungsinstitute Wifo und IHS rechnen heuer mit einem Wirtschaftswachstum von 0,6 beziehungsweise 0,8 Prozent.",
        True,
        [("percent", 0.6, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Inflationsrate dürfte von 3,5 Prozent im Vorjahr auf 2,4 Prozent sinken, teilte das Wifo am Donnerstag mit.",
        True,
        [("percent", 3.5, "%", None), ("percent", 2.4, "%", None)],
        "das Wifo",
    ),
    (
        "de",
        "Wifo-Chef Clemens Hartlauer sagte, die Budgetsanierung koste heuer rund 0,3 Prozentpunkte Wachstum.",
        True,
        [("percent", 0.3, "pp", "about")],
        "Clemens Hartlauer",
    ),
    ("de", "„Österreich ist vom Musterschüler zum Sorgenkind Europas geworden“, sagte Hartlauer.", False, [], None),
    ("de", "Die Arbeiterkammer warnte davor, die Konjunktur mit weiteren Kürzungen „kaputtzusparen“.", False, [], None),
    (
        "de",
        "Die Arbeitslosenquote nach nationaler Definition soll auf 7,6 Prozent steigen, den höchsten Wert seit 2016.",
        True,
        [("percent", 7.6, "%", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Regierung ihr Defizitziel von 3,9 Prozent heuer erreicht, bezweifeln beide Institute.",
        False,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das IHS rechnet erst für 2027 wieder mit einem Defizit unter der Maastricht-Grenze von drei Prozent.",
        True,
        [("year", 2027, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "„Ich habe heute weniger im Börserl als vor drei Jahren“, sagte eine Verkäuferin aus Graz, 44.",
        False,
        [("duration", 3, "year", None), ("duration", 44, "year", None)],
        None,
    ),
    # --- Korean chip subsidies (Reuters), Thursday ---
    (
        "en",
        "SEOUL, March 5 (Reuters) - South Korea will provide 28 trillion won ($19.2 billion) in loans, tax credits and infrastructure support to chipmakers over the next five years, the finance ministry said on Thursday.",
        True,
        [
            ("date", "--03-05", None, None),
            ("money", 28000000000000, "KRW", None),
            ("money", 19200000000, "USD", None),
            ("duration", 5, "year", None),
        ],
        "the finance ministry",
    ),
    (
        "en",
        "Tax credits for large companies investing in chip plants will rise to 25% from 20%, while smaller firms can claim up to 35%.",
        True,
        [("percent", 25, "%", None), ("percent", 20, "%", None), ("percent", 35, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Finance Minister Park Ji-hoon told reporters that chip exports rose 17% last year to a record $158 billion.",
        True,
        [("percent", 17, "%", None), ("money", 158000000000, "USD", None)],
        "Park Ji-hoon",
    ),
    (
        "en",
        '"Semiconductors are not just an industry for Korea, they are a matter of national survival," Park said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Civic groups called the tax breaks "corporate welfare for two of the richest companies in Asia."',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Samsung Electronics and SK Hynix together account for about 90% of the country's chip output.",
        True,
        [("percent", 90, "%", "about")],
        None,
    ),
    ("en", "Some analysts said they doubted the credits would change companies' investment plans.", False, [], None),
    (
        "en",
        "The measures need parliamentary approval, and the ruling party holds 167 of the 300 seats.",
        True,
        [("count", 167, None, None), ("count", 300, None, None)],
        None,
    ),
    # --- Länderfinanzausgleich (dpa/lby), Donnerstag ---
    (
        "de",
        "München (dpa/lby) - Der Freistaat Bayern hat 2025 rund 10,9 Milliarden Euro in den Länderfinanzausgleich eingezahlt, mehr als die Hälfte des gesamten Volumens.",
        True,
        [("year", 2025, None, None), ("money", 10900000000, "EUR", "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Insgesamt wurden zwischen den Ländern 20,1 Milliarden Euro umverteilt, teilte das Bundesfinanzministerium mit.",
        True,
        [("money", 20100000000, "EUR", None)],
        "das Bundesfinanzministerium",
    ),
    (
        "de",
        "Bayerns Finanzminister Korbinian Haslbeck (CSU) sagte, der Freistaat zahle damit zum zwölften Mal in Folge mehr als jedes andere Land.",
        True,
        [("ordinal", 12, None, None)],
        "Korbinian Haslbeck",
    ),
    (
        "de",
        "„Bayern ist solidarisch, aber wir sind nicht der Zahlmeister der Republik“, sagte Haslbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Staatsregierung hat angekündigt, erneut vor dem Bundesverfassungsgericht gegen den Finanzausgleich zu klagen.",
        True,
        [],
        None,
    ),
    ("de", "Der Berliner Senat nannte die Klage „ein Wahlkampfmanöver aus München“.", False, [], None),
    (
        "de",
        "Berlin erhielt den Zahlen des Ministeriums zufolge 3,9 Milliarden Euro und damit so viel wie kein anderes Land.",
        True,
        [("money", 3900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob Karlsruhe noch vor der Landtagswahl 2028 entscheidet, ist offen.",
        False,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Scottish income tax (PA), Thursday ---
    (
        "en",
        "EDINBURGH (PA) - Holyrood has approved the Scottish Government's income tax plans, cutting the starter rate by 1p to 18p in the pound from April.",
        True,
        [("money", 0.01, "GBP", None), ("money", 0.18, "GBP", None)],
        None,
    ),
    (
        "en",
        "MSPs voted 68 to 57 in favour of the rate resolution after a four-hour debate.",
        True,
        [("count", 68, None, None), ("count", 57, None, None), ("duration", 4, "hour", None)],
        None,
    ),
    (
        "en",
        "Finance Secretary Moira Lindsay-Grant told MSPs that 55% of Scottish taxpayers would pay less income tax than they would elsewhere in the UK.",
        True,
        [("percent", 55, "%", None)],
        "Moira Lindsay-Grant",
    ),
    (
        "en",
        '"Scotland is the fairest-taxed part of these islands, and I am proud of that," Lindsay-Grant said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scots earning more than £80,000 will continue to pay a 46p advanced rate, according to the Scottish Fiscal Commission.",
        True,
        [("money", 80000, "GBP", "over"), ("money", 0.46, "GBP", None)],
        "the Scottish Fiscal Commission",
    ),
    (
        "en",
        "The commission estimates that the changes will raise about £1.6 billion more than if Scotland had matched UK rates.",
        True,
        [("money", 1600000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'The Scottish Conservatives called Scotland "the highest-taxed part of the UK" and accused ministers of "driving away doctors and engineers."',
        False,
        [],
        None,
    ),
    ("en", "Whether the higher rates are prompting top earners to move south remains disputed.", False, [], None),
]
