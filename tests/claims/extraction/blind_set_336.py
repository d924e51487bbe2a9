"""Three-hundred-and-thirty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, a company and figures are made up
(Kadri Saarepuu, Birgit Aichenauer, Henrike Vollmar, Rémi Castelbrun, Krzysztof Ożarowski,
Marek Oravec, Markus Tiefengraber, Lena Pürstinger, Sander Bruyninckx, Tiago Barradas, Ivo
Schranz, Bence Szilvássy, Pavlos Andreadakis, Henning Altvater, Svenja Tollkühn; Maarten
Bosschaert, Ottilie Farnsworth, Joost Ravensbergen, Arvydas Kelmelis, Jorien van Aalst,
Lucía Arrizabalaga, the app store operator Corvana, Ana Ribeiro-Matos, Agnès Delacroix-Ruiz,
Mirela Dragomir, Elin Brattström, Henrik Skovmand; every unnamed diplomat, official,
spokesperson, prosecutor, campaigner and critic); the presidents of the Commission and the
European Council, the foreign policy chief, commissioners, ministers, prime ministers and
MEPs appear under made-up names that stand for no real holder, or by their role only ("der
Bundeskanzler", "Der ungarische Ministerpräsident", "der luxemburgische Premier", "A
Hungarian government spokesman", "Portugal's environment ministry"). Real bodies, states,
places and things ("EU-Kommission", "Kommission", "Rat", "Europaparlament", "Europäischer
Gerichtshof", "Eurostat", "Budgetdienst", "Finanzministerium", "Nationalrat",
"EU-Hauptausschuss", "Kanzleramt", "Ministerrat", "Patrioten", "NEOS", "SPÖ", "CDU",
"Grüne", "Deutsche Presse-Agentur", "Standard-Eurobarometer", "Druschba-Leitung",
"Schattenflotte"; the European Commission, the Council, the European Parliament, the EU's
top court, the General Court, the Official Journal, the Digital Markets Act, Euroclear,
EuroCommerce, Copa-Cogeca, Climate Action Network Europe, the Lithuanian presidency, the
"Fit for 55" package, Montenegro, Croatia, Moldova, Podgorica, and the datelines' cities)
stand for the way wire copy names them; every package, listing, price cap, vote, tally,
budget figure, share of national income, fine, penalty, quota, tariff, deadline, poll,
count, quote and label here is invented, and where a real figure came to mind (a real oil
price cap, a real sum of frozen central bank assets, a real rebate, a real budget proposal
as a share of national income, a real farm envelope, a real number of refugees under
temporary protection, a real tariff ceiling or fertiliser duty, a real defence loan
facility, a real daily fine) it was changed (the years of treaties, accessions, invasions
and directives kept).

Its weight: EU POLITICS AND BRUSSELS, third round (the seventy-fifth batch weighed EU
politics and institutions and the two-hundred-and-second EU summits and Brussels copy; the
sixty-fifth and three-hundred-and-third weighed parliaments and legislation; their decisions
are kept) over eight wire weeks of one year, February 2 to the end of March, as 30 short
stories in story order, the German and English stories interleaved. German (APA, dpa, AFP
German, Reuters German; Austrian "Mrd.", "Mio.", "Begutachtung", "Ministerrat", German „“
quotes): the Commission's February infringement package with Austria's cases, a failed
no-confidence motion against the Commission president with its two-thirds rule, Council
import quotas for Ukrainian farm goods by qualified majority, the 21st sanctions package
blocked by a Slovak veto, Austria's net contribution to the draft multiannual budget by the
parliamentary budget office, more time for France under the deficit procedure, a Commission
suit against Germany with a daily penalty and a lump sum, the draft summit conclusions, a
Eurobarometer poll in Austria, the six-monthly renewal of individual sanctions, the
extension of temporary protection for Ukrainians, Parliament's vote on the tariff deal with
the United States, the Austrian government's line for the summit, the March summit ending
without a budget deal, and the 22nd sanctions package. English (Reuters, AFP, AP): the
Commission's proposal of a 21st package, the final vote on gene-edited crops, a Court of
Justice lump sum and daily penalty for Portugal, the leaders' competitiveness retreat, the
presidency's negotiating box for 2028-2034 in trillions, a customs fee on parcels, a lifted
immunity, the adoption of the 21st package with its price cap, a Digital Markets Act fine,
Hungary taken to court and the March infringement package, Parliament's budget resolution,
Montenegro's accession chapters, fertiliser tariffs passed by qualified majority, the first
summit day and the softening of free carbon permits. Forms: tallies ("by 347 votes to 271,
with 28 abstentions", „179 Abgeordnete, 390 votierten dagegen, 22 enthielten sich“, "passed
412 to 196, with 44 abstentions", „mit 27 zu 12 Stimmen“), Council majorities („21 Länder,
die zusammen gut 71 Prozent“, "23 countries in favour, three against", the double majority
as a rule in both languages, „Zweidrittelmehrheit“), packages and rounds as ordinals („das
21. Sanktionspaket“, "their 21st package", „ein 22. Paket“, „zum vierten Mal“, „der dritte
Misstrauensantrag“), budgets in trillions, billions, „Mrd.“ and „Mio.“ and as shares of
gross national income, fines, lump sums and daily penalties, price caps in dollars, fees and
tariffs per parcel and per tonne, deadlines („zwei Monate Zeit“, "60 days to comply", „alle
sechs Monate“), dates of effect and summit dates. Negatives as such copy has them - about a
quarter of the rows, none with a figure: commissioners', ministers', leaders' and MEPs'
rhetoric in quotes, labels („sprach von“, „nannte“, "called", "welcomed ... as"), evasions
after a suit, a ruling and a proposal, warnings naming no measure, diplomats' and
campaigners' verdicts, a doubt and a fear, open questions, an accusation naming no act,
procedural boilerplate and scene colour, each near a check-worthy look-alike from the same
story (often the same speaker's figure, step or position).

238 rows (119 German, 119 English), 57 negatives (28 German, 29 English), 181 check-worthy
rows of which 24 carry no figure (17 German, 7 English), 269 expected quantities (89 counts,
36 percentages - 35 in "%", 1 in percentage points "pp" -, 34 amounts of money - 31 EUR, 3
USD -, 33 dates, 30 years, 25 durations - 11 in months, 5 in days, 4 in years, 3 in weeks, 2
in hours -, 17 ordinals, 5 fractions; none of them in a negative), 36 checked speakers (18
German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, warning naming no measure, evasion, doubt, fear or piece of rhetoric is
  a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, three-hundredth, three-hundred-and-third); a quoted
  or reported statement of fact, figure, step, rule, timetable or position is check-worthy
  with its speaker, also in Konjunktiv I (seventy-fifth, hundred-thirty-ninth). Pairs from
  one speaker: Saarepuu's 31 entities beside "follows the money", her „enttäuscht, aber
  zuversichtlich“ and her label of the adopted package; Aichenauer's timetable beside „jedes
  Schreiben aus Brüssel“ and „ermutigenden Signal“; Ożarowski's national ban beside „Schlag
  ins Gesicht“ and "a moral duty"; Barradas's 2028 and 25% and his revised negotiating box
  beside "another lost decade" and „spürbaren Fortschritten“; Oravec's stated position
  beside „erpressen“; Kelmelis's 24 billion euros beside "a budget for decline";
  Tiefengraber's rebate and 600 Mio. Euro beside „aufgeblähtes“; van Aalst's 15 billion
  euros beside "play by our rules"; Bruyninckx's 0.6 percent beside „Die Regeln gelten für
  alle“; Arrizabalaga's 60 days beside "Gatekeepers"; Corvana's court challenge beside its
  "punishment for success"; Andreadakis's 2,000 euros beside „jede Hand“; Dragomir's 2027
  beside "the door to Europe"; Delacroix-Ruiz's 9% beside "no credible Europe"; Skovmand's
  2.3 billion euros beside "Decarbonisation"; Castelbrun's denial beside his labels in both
  languages.
- Brussels' acts of record are check-worthy with or without a figure (seventy-fifth,
  two-hundred-and-second, three-hundred-and-third): a no-confidence motion survived, the
  factions' votes („stimmten nach Angaben des Parlaments geschlossen gegen den Antrag“),
  governments' votes and abstentions in the Council ("Austria and Hungary voted against
  ...", „Polen, Ungarn und die Slowakei stimmten dagegen, ...“), an immunity lifted, suits
  brought before the Court of Justice (Berlin, Budapest), a veto announced („Der ungarische
  Ministerpräsident hat angekündigt, ...“), stated positions (Oravec's, Ożarowski's), a
  recommendation adopted „ohne Gegenstimme“, a joint paper circulated, the presidency tasked
  „bis Juni“ and a revised box asked for "by June", Parliament's consent to the tariff deal,
  a Green demand naming a measure (two-hundred-and-fourth), an announced court challenge
  ("The company said it planned to take the case to the General Court in Luxembourg." ->
  "the company"; hundred-second), a timetable (Aichenauer's „bis zur Jahresmitte“), a denial
  with an age ("Castelbrun, 58, denies any wrongdoing." 58 years; three-hundred-and-third: a
  denial is check-worthy), and rules of procedure stated as fact (unanimity for renewing
  sanctions, consent without amendment, „mit qualifizierter Mehrheit zustimmen“, "a
  qualified majority of member states"; three-hundredth: a checkable rule). The next step of
  an infringement procedure told in general is procedural boilerplate and a negative
  (seventy-fifth): „Reagiert ein Land nicht zufriedenstellend, kann Brüssel als nächsten
  Schritt den Europäischen Gerichtshof anrufen.“
- New: what summit conclusions say is check-worthy also where the leaders' own wording
  evaluates („In den Schlussfolgerungen „begrüßen“ die Staats- und Regierungschefs zudem den
  Vorschlag der Kommission ...“ with no figure, „Darin bekennen sich die Staats- und
  Regierungschefs zu dem Ziel, ... bis 2030 auf mindestens 3,5 Prozent ...“) - the
  document's text is the record that can be checked, as what minutes and accounts record is
  (eleventh, eighty-seventh, hundred-thirty-ninth, three-hundred-and-twenty-fourth), while a
  diplomat's label for the summit („Gipfel der Weichenstellungen“) and Brussels' verdict on
  the odds of a deal („gilt in Brüssel als unwahrscheinlich“) stay negatives.
- Negatives besides the quotes (two-hundred-and-fourth, three-hundredth,
  three-hundred-and-third): evasions ('"regrets the delays" and would study the judgment
  closely', „man werde die Klage zunächst prüfen“, „man werde den Vorschlag „sorgfältig
  prüfen““ - three-hundredth New), a warning naming no measure (Moscow's "painful" response
  "but did not say what it would be", Copa-Cogeca's "footing the bill", the organic
  farmers'), verdicts of campaigners and diplomats ("far too small", "looked ambitious",
  "tense but not hostile"), "privately doubt", „fürchten“, open questions („Ob die
  Kommission ...“, „Ob Budapest ...“, "Whether Bratislava ...", "Whether the court ..."),
  labels („sprach von“, „nannte“, „zeigte sich „enttäuscht ...““, "called", "welcomed the
  plan as long overdue"), an accusation naming no act ("accuse the government of rushing
  reforms through parliament"), and scene colour (supporters chanting outside the building;
  three-hundred-and-third: a crowd outside a court).
- Votes and majorities (sixty-fifth, seventy-fifth, two-hundred-and-second,
  three-hundred-and-third): tallies one count per figure („179 Abgeordnete, 390 votierten
  dagegen, 22 enthielten sich“, "by 347 votes to 271, with 28 abstentions", "passed 401 to
  188, with 35 abstentions", "by 19 votes to 5", "passed 412 to 196, with 44 abstentions",
  "rejected by 301 votes to 289", „361 Abgeordnete, 212 waren dagegen und 71 enthielten
  sich“, „mit 27 zu 12 Stimmen“); Council votes („Dafür stimmten 21 Länder, die zusammen gut
  71 Prozent ...“ 21 and 71 % "over" - „zusammen“ no hedge -, "23 countries in favour, three
  against and Ireland abstaining" 23 and 3, "Leaders of 26 countries", „nur 26 der 27
  Staaten“ - „nur“ no hedge); the double majority stated as a rule („mindestens 55 Prozent
  der Mitgliedstaaten, in denen wiederum mindestens 65 Prozent der Unionsbürger leben“ both
  "at_least", "15 of the 27 governments, together representing at least 65%" 15, 27 and 65
  "at_least"); „eine Zweidrittelmehrheit der abgegebenen Stimmen“ 0.6667
  (two-hundred-and-second New) with „der 720 Mitglieder“ 720; "every one of the 27 member
  states" 27 only ("one of" a pronoun, two-hundred-and-thirteenth: "one of 23").
  „qualifizierte Mehrheit“, "qualified majority", „Einstimmigkeit“, "unanimous", „ohne
  Gegenstimme“ and "secret ballot" carry none.
- Sanctions packages and other ordinals (seventy-fifth, two-hundred-and-second,
  two-hundred-and-fourth): „das 21. Sanktionspaket“ and „des 21. Sanktionspakets“ 21, „ein
  22. Paket“ and „ein mögliches 22. Sanktionspaket“ 22, "a 21st package" and "their 21st
  package" 21, "its 20th package in October, 11 weeks after the 19th" 20, 11 weeks and 19
  (the ordinal without its noun counts in order as "the committee's fourth",
  three-hundred-and-third), „zum vierten Mal“ 4, „der dritte Misstrauensantrag gegen Vollmar
  binnen 14 Monaten“ 3 and 14 months, "the fourth time since 2022" 4 and the year, "the
  fourth time in this parliamentary term" 4, "the third fine imposed under the Digital
  Markets Act" 3, „einen ersten Entwurf“ and "a first discussion" 1 (seventy-fifth: „des
  ersten Clusters“), "the first new member since Croatia joined in 2013" 1 and the year,
  "the first of six negotiating clusters" 1 and 6 (seventy-fifth: "the first two negotiating
  clusters"). „erstmals“, „Noch nie“ and "the largest" carry none.
- Identifiers and names (sixty-fifth, seventy-fifth): "Standard-Eurobarometer 104" carries
  none - a cardinal after the noun is the number of a document, as "Amendment 47"
  (sixty-fifth); "DMA", "Digital Markets Act", „Druschba-Leitung“, „Februar-Paket“ none.
  New: "its "Fit for 55" climate package" carries no quantity - a number inside a quoted
  programme title names the programme, as "NIS-2", "COP30" and "the G8" do (seventy-fifth,
  thirty-first, sixty-eighth), and is not the share it once stood for.
- Money in the currency written (seventy-fifth, two-hundred-and-second,
  three-hundred-and-twenty-fourth): budgets in trillions and billions ("1.81 trillion euros"
  1.81e12, "about 170 billion euros" "about", "371 billion euros", „bis zu 120 Milliarden
  Euro“ "up_to"), Austrian „rund 2,1 Mrd. Euro pro Jahr“ and „etwa 1,6 Mrd. Euro jährlich“
  "about", „538 Mio. Euro pro Jahr“, „bis zu 600 Mio. Euro“ "up_to" („zusätzlich“ no hedge;
  seventy-fifth: „Mrd.“, „Mio.“); fines and penalties ("a lump sum of 9 million euros and a
  daily penalty of 42,000 euros", "a lump sum of 12.6 million euros and a daily fine of
  61,000 euros" - "daily" none, seventy-fifth -, „ein Zwangsgeld von 38.700 Euro für jeden
  Tag ...“ - „für jeden Tag“ none, two-hundred-and-forty-eighth -, „einen Pauschalbetrag von
  mindestens 4,1 Millionen Euro“ "at_least", "a daily penalty of 800,000 euros", "more than
  560 million euros" "over", "640 million euros", "about 420,000 euros" "about"); price caps
  in dollars ("to $39.80 a barrel from $43.50" and "falls to $39.80 a barrel" USD, "a
  barrel" none); fees and tariffs ("a flat handling fee of 3 euros", "goods worth less than
  150 euros" "under", "from 35 euros a tonne this July to 290 euros a tonne" and "around 68
  euros a tonne" "about", "a tonne" none); yearly sums ("about 24 billion euros a year",
  "roughly 15 billion euros a year", "about 2.3 billion euros a year", „rund 3 Milliarden
  Euro jährlich“; "a year", „jährlich“, „pro Jahr“ none), "about 196 billion euros", "5.5
  billion euros", "about 2.4 billion euros", „bis zu 2.000 Euro Starthilfe pro Person“
  "up_to" („pro Person“ none).
- Percentages (seventy-fifth, two-hundred-and-second, three-hundred-and-third): shares of
  national income and output as written ("1.13% ... 1.24%" twice, "held at 1% of GNI", "no
  more than 1.05% of GNI" "at_most" - hundred-seventh: "no more than 45 people" -, "at least
  1.27%" "at_least", „mehr als 1,1 Prozent des Bruttonationaleinkommens“ "over", „5,2
  Prozent ..., ... 116,8 Prozent“, „um mindestens 0,6 Prozent“ and „auf mindestens 3,5
  Prozent“ "at_least", „gut 23 Prozent“ "over"); "a ceiling of 1.1%" and "fines are capped
  at 10% ..., or 20% for repeat offenders" carry no hedge (three-hundred-and-third: "with a
  ceiling of 5%"; seventy-fifth: "fines can reach 10%"), and so does „unter die Grenze von
  drei Prozent“ 3 - the noun stands between „unter“ and the figure (hundred-ninety-ninth:
  „über dem Ziel von 2 Prozent“); "up to 5% of its average daily turnover" "up_to" and „ein
  Zollsatz von höchstens 12 Prozent“ "at_most"; polls („47 Prozent der Befragten ..., drei
  Prozentpunkte mehr“ 47 % and 3 pp, „61 Prozent“, „38 Prozent ..., ... 31 Prozent“, „32
  Prozent“, "Around 62% of Montenegrins" "about"; a poll's share is what can be checked,
  two-hundred-and-seventy-sixth); "at least 25%", "about 91%", "about 9%", "0.9%", "2.3%",
  „mindestens 40 Prozent“ as written.
- Counts as written (every batch): "86 more tankers" and "nine more banks" ("more" after the
  figure no hedge), "to 643", "31 entities", „31 neue Verfahren ..., darunter vier“, „In
  zwei der Fälle“ 2, „in 14 Grundwasserkörpern“, „1.412 Vertragsverletzungsverfahren offen,
  gegen Österreich 71“ (the elliptic second figure keeps its kind, seventy-fifth), „für 29
  Agrarprodukte“, „auf 1,15 Millionen Tonnen im Jahr ..., für Zucker auf 82.000 Tonnen“ (a
  physical measure is a count, fourth), "17 towns", "nine of the 17 sites", "11 of the EU's
  37 decentralised agencies", „der 27 Mitgliedstaaten“, „mehr als 2.600 Personen und
  Organisationen“ "over" (twice), "62 pages", „einer 48-seitigen Analyse“ 48 (the number
  heading the compound, three-hundred-and-third: "the 343-seat House of Commons"), "Some 5.1
  billion such parcels" "about", "All 27 member states", „acht weitere Staaten“ („weitere“
  no hedge), „74 Vertragsverletzungsverfahren“, "nine Russian and four third-country banks",
  „elf Seiten und 46 Absätze“, „1.004 Menschen“, „zweimal im Jahr“ 2 (the issue's
  "viermal"), "nine member states", "only 11 of the 27 member states" ("only" no hedge),
  "opened 27 new cases and closed 84", „Drei Personen“, „von vier weiteren Namen“, "four
  further negotiating chapters ..., 17 of the 33 chapters", "14 pages", "two EU diplomats"
  and "two EU officials" 2 (seventy-fifth), "the two sectors" 2 (forty-first: "the two
  hubs"), „37 Güter“, „52 weitere Schiffe ..., auf 695“, „knapp 3,9 Millionen Menschen“
  "nearly", „gut 1,2 Millionen ... knapp 980.000“ "over" and "nearly". None: „ein Land“,
  „eine Kommission“, "a single market", "every one".
- Fractions (the issue; two-hundred-and-forty-fourth, three-hundredth): „um knapp ein
  Fünftel“ 0.2 "nearly", "less than half the U.S. rate" 0.5 "under"
  (two-hundred-and-forty-fourth: "Less than a fifth"), "about a quarter of the fertiliser"
  0.25 "about", "by about a fifth" 0.2 "about", „Zweidrittelmehrheit“ 0.6667.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"; seventy-fifth,
  three-hundred-and-third): "more than three years of wrangling" 3 years "over", "24 months
  after their publication", „zwei Monate Zeit“, "two months to act", "60 days to reply", "60
  days to comply", „binnen 14 Monaten“, "a one-day retreat" 1 day (two-hundred-and-second:
  "a one-day summit"), „vor knapp zwei Wochen“ 2 weeks "nearly", „Knapp vier Wochen nach“ 4
  weeks "nearly", "11 weeks after", „vor 15 Monaten“, „frühestens in 18 bis 24 Monaten“ both
  in months (the unit written once serves the range, forty-sixth; „frühestens“ no hedge),
  „nach 18 Monaten“, „um weitere sechs Monate“ and "by six months" 6 months, „alle sechs
  Monate“ 6 months (seventy-fifth), „knapp drei Stunden lang“ 3 hours "nearly", „Nach mehr
  als 15 Stunden Verhandlungen“ 15 hours "over", "the bloc's next seven-year budget" 7
  years, "a two-day summit" and „den zweitägigen EU-Gipfel“ 2 days, "by three years" 3 years
  ("by" before a change no hedge); ages in years ("Castelbrun, 58,"). None: "last year",
  "this year", "last month", "a year", "for weeks", „im Jahr“, „pro Jahr“, „jährlich“, „bis
  zur Jahresmitte“, „Ende vergangenen Jahres“, „in diesem Jahr“, „in der Nacht zum Freitag“,
  "in this parliamentary term", months and weekdays.
- Years and dates (seventy-fifth, two-hundred-and-second, three-hundred-and-third): "for
  2028-2034" both years (two-hundred-and-second: "2028 to 2034"), "between 2019 and 2023"
  both, "July 2025", "July 2023", "March 2020", „seit März 2014“, „Seit Februar 2022“,
  „Anfang März 2022“, "since 2022", „bis Ende 2028“, "by 2028", "by the end of 2027", „bis
  2027“, „bis 2030“, „ab 2028“, „das Jahr 2029“, "until 2037", "by 2034", "in 2029", "in
  2017", "in 2013", "in 2023", "a 2024 ruling" (two-hundred-and-seventy-sixth: "a 2024
  Supreme Court ruling"), „1999“, „seit dem Beitritt 1995“; full dates („bis 7. Juni 2026“
  2026-06-07 - „bis“ before a date no hedge, seventy-fifth -, „bis zum 4. März 2029“, "until
  June 30, 2028,", "on July 1, 2028,"); dates without a year („am 19. und 20. März“ and „am
  24. und 25. Juni“ two dates each, "on March 19 and 20" and "on March 19-20" two dates each
  (two-hundred-and-second), „zwischen 3. und 28. Februar“ two dates with „zwischen“ no
  hedge, „bis zum 15. September“, „bis zum 30. April“, „für den 24. März“, „am 1. April“,
  "from March 15", "until July 31", "for May 28"); Reuters and AFP English datelines with a
  day ("BRUSSELS, Feb 2 (Reuters)", "LUXEMBOURG, Feb 10 (Reuters)", "BRUSSELS, Feb 17",
  "BRUSSELS, March 3", "BRUSSELS, March 5", "BRUSSELS, March 17", "BRUSSELS, March 19";
  "STRASBOURG, Feb 5 (AFP)", "BRUSSELS, Feb 19 (AFP)", "BRUSSELS, Feb 27 (AFP)", "BRUSSELS,
  March 12 (AFP)", "BRUSSELS, March 24 (AFP)") dates without a year
  (three-hundred-and-third: "SINGAPORE, Sept 14 (AFP)"); AP ("BRUSSELS (AP) —", "STRASBOURG,
  France (AP) —") and German datelines (dpa, APA, AFP, Reuters) none (seventy-ninth).
- Hedges, only the names in use: "about", "Some", "roughly", "around", "Around", „rund“,
  „etwa“ "about"; „knapp“, „Knapp“ "nearly"; "more than", „mehr als“, „gut“ "over"; "less
  than" "under"; "at least", „mindestens“ "at_least"; "up to", „bis zu“ "up_to"; "no more
  than", „höchstens“ "at_most". No hedge: „zusammen“, „insgesamt“, „derzeit“, „bereits“,
  „weitere“, "further", „im Schnitt“, „nur“, "only", "alone", „frühestens“, „zusätzlich“,
  "more" after a figure, "well above", "ceiling", "capped at", „unter die Grenze von“, "by"
  before a change, „bis“ before a date, "between" and „zwischen“.
- Speakers, checked only in forms the earlier batches settled: "..., the Commission said."
  (three times) -> "the Commission" (hundred-twenty-third, two-hundred-and-second), "...,
  the Council said." -> "the Council" (as "the Commission" and "the Parliament said in a
  statement", sixty-fifth), "..., the court said." -> "the court" and "The company said ..."
  -> "the company" (three-hundred-and-third, two-hundred-and-seventy-sixth), "according to
  Eurostat" -> "Eurostat" (the issue, two-hundred-and-second); "Foreign policy chief Kadri
  Saarepuu told reporters" and "Rapporteur Maarten Bosschaert told reporters" the name
  (three-hundred-and-third: "Rapporteur Ines Halvorsen told reporters"), "Trade Commissioner
  Jorien van Aalst told a news conference", "Competition Commissioner Lucía Arrizabalaga
  told a news conference" and "Barradas told a news conference" (seventy-fifth), "European
  Council President Tiago Barradas said", "Dutch Finance Minister Joost Ravensbergen said"
  (two-hundred-and-second: "Dutch Finance Minister Ruben Hoogeveen said"), "Enlargement
  Commissioner Mirela Dragomir said" and "Climate Commissioner Henrik Skovmand said" the
  name with the title dropped, "Kelmelis said ..." opening the row and "..., Delacroix-Ruiz
  said." as written. German: „teilte die Kommission mit“ and „teilte die Kommission am
  Mittwoch mit“ -> "die Kommission", „nach Angaben der Kommission“ (twice) -> "die
  Kommission", „nach Angaben der EU-Kommission“ -> "die EU-Kommission" (the source with its
  article in the nominative, seventy-fifth, three-hundred-and-third), „teilte der Rat mit“
  and „teilte der Rat am Montag mit“ -> "der Rat" (seventy-fifth; the weekday dropped,
  hundred-fourteenth), „nach Angaben des Parlaments“ -> "das Parlament" (a neuter genitive
  in the nominative, two-hundred-and-fourth: „nach Angaben des Verteidigungsministeriums“),
  „teilte das Finanzministerium mit“ -> "das Finanzministerium" (three-hundred-and-third:
  „teilte das Bundesbauministerium mit“), „wie Eurostat mitteilte“ -> "Eurostat"
  (seventy-fifth, three-hundred-and-twenty-fourth), „teilte Eurostat mit“ -> "Eurostat" as
  written (two-hundred-and-forty-fourth: „teilte BirdLife Österreich mit“), „Laut
  Budgetdienst“ -> "Budgetdienst" (three-hundred-and-third: „Laut Parlamentsdirektion“),
  „Europaministerin Birgit Aichenauer sagte, ...“, „Finanzminister Markus Tiefengraber
  sagte, ...“, „Finanzminister Tiefengraber sagte, ...“, „Wirtschaftskommissar Sander
  Bruyninckx sagte, ...“ and „EU-Migrationskommissar Pavlos Andreadakis sagte, ...“ the name
  (hundred-eightieth: the office heading "X sagte"), „Ożarowski sagte, ...“ opening the row
  (two-hundred-and-fourth). Left unchecked (None): all negatives, also those with a named
  speaker; "two EU diplomats said", "diplomats said", "two EU officials said", „hieß es aus
  Diplomatenkreisen“, „nach Angaben von Diplomaten“ (plural groups, forty-first);
  "Portugal's environment ministry said" (a possessive, three-hundred-and-third); „Der
  slowakische Regierungschef Marek Oravec sagte“ (a national adjective before the title,
  three-hundred-and-twenty-fourth); „sagte der Bundeskanzler“ (a role, hundred-fifteenth);
  "according to a draft seen by Reuters", "according to the final text seen by Reuters",
  "according to Commission figures", "according to Eurostat data", "according to a
  government-commissioned poll" (documents and data, hundred-thirty-ninth), "The Commission
  estimates" (an estimate, hundred-tenth), „nach Berechnungen der Bundesregierung“, „nach
  eigenen Angaben“, „Das geht aus ... hervor“, „wie aus dem Papier hervorgeht“, „laut dem
  jüngsten Standard-Eurobarometer 104“ (a document), "Prosecutors suspect", „fordert“,
  „verlangen“, „hat angekündigt“ and "denies" (no verbs of saying), and rows without
  attribution. New, left unchecked until settled: "Commission spokeswoman Ana Ribeiro-Matos
  told the midday briefing" - the settled "told" forms name reporters, a news conference,
  MPs, MSPs, parliament and senators (seventy-fifth, hundred-eighty-eighth,
  two-hundred-and-fourth, three-hundred-and-third), and the Commission's daily briefing for
  the press corps is none of them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_336 = [
    # --- Commission proposes 21st sanctions package (Reuters), February 2 ---
    (
        "en",
        "BRUSSELS, Feb 2 (Reuters) - The European Commission on Monday proposed a 21st package of sanctions against Russia, targeting 86 more tankers of Moscow's so-called shadow fleet and nine more banks.",
        True,
        [("date", "--02-02", None, None), ("ordinal", 21, None, None), ("count", 86, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The new listings would bring the number of vessels barred from EU ports and services to 643, the Commission said.",
        True,
        [("count", 643, None, None)],
        "the Commission",
    ),
    (
        "en",
        "The package also proposes lowering the price cap on Russian crude to $39.80 a barrel from $43.50, two EU diplomats said.",
        True,
        [("money", 39.8, "USD", None), ("money", 43.5, "USD", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Foreign policy chief Kadri Saarepuu told reporters the proposal also covered 31 entities in China, India and the United Arab Emirates accused of helping Moscow dodge earlier measures.",
        True,
        [("count", 31, None, None)],
        "Kadri Saarepuu",
    ),
    (
        "en",
        '"Every package makes the Kremlin\'s war more expensive, and this one follows the money to where it hides," Saarepuu said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sanctions require the consent of every one of the 27 member states, and Hungary and Slovakia have delayed several earlier packages for weeks.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    ("en", "Whether Bratislava will again demand concessions on oil supplies was not clear on Monday.", False, [], None),
    (
        "en",
        "The bloc adopted its 20th package in October, 11 weeks after the 19th.",
        True,
        [("ordinal", 20, None, None), ("duration", 11, "week", None), ("ordinal", 19, None, None)],
        None,
    ),
    # --- Vertragsverletzungen: Monatspaket der Kommission (APA), Februar ---
    (
        "de",
        "Brüssel (APA) - In ihrem Februar-Paket zu Vertragsverletzungen hat die EU-Kommission 31 neue Verfahren gegen Mitgliedstaaten eröffnet, darunter vier gegen Österreich.",
        True,
        [("count", 31, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "In zwei der Fälle geht es um verspätet umgesetzte Richtlinien, darunter jene über Lohntransparenz, die bis 7. Juni 2026 in nationales Recht hätte übertragen werden müssen.",
        True,
        [("count", 2, None, None), ("date", "2026-06-07", None, None)],
        None,
    ),
    (
        "de",
        "Österreich hat nun zwei Monate Zeit, auf die Mahnschreiben zu antworten, teilte die Kommission mit.",
        True,
        [("duration", 2, "month", None)],
        "die Kommission",
    ),
    (
        "de",
        "Zudem schickte die Behörde an Wien eine begründete Stellungnahme wegen Mängeln bei der Überwachung der Nitratbelastung in 14 Grundwasserkörpern.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Reagiert ein Land nicht zufriedenstellend, kann Brüssel als nächsten Schritt den Europäischen Gerichtshof anrufen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Europaministerin Birgit Aichenauer sagte, das Gesetz zur Lohntransparenz sei in Begutachtung und solle bis zur Jahresmitte im Nationalrat beschlossen werden.",
        True,
        [],
        "Birgit Aichenauer",
    ),
    ("de", "„Wir nehmen jedes Schreiben aus Brüssel ernst“, fügte sie hinzu.", False, [], None),
    (
        "de",
        "Insgesamt waren Ende vergangenen Jahres nach Angaben der EU-Kommission 1.412 Vertragsverletzungsverfahren offen, gegen Österreich 71.",
        True,
        [("count", 1412, None, None), ("count", 71, None, None)],
        "die EU-Kommission",
    ),
    # --- Parliament approves gene-editing rules (AFP), February 5 ---
    (
        "en",
        "STRASBOURG, Feb 5 (AFP) - The European Parliament on Thursday gave its final green light to looser rules for plants bred with new genomic techniques, ending more than three years of wrangling.",
        True,
        [("date", "--02-05", None, None), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "en",
        "Lawmakers backed the compromise by 347 votes to 271, with 28 abstentions.",
        True,
        [("count", 347, None, None), ("count", 271, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "Plants with no more than 20 targeted genetic changes will be treated like conventional varieties, while their seeds will still carry a label.",
        True,
        [("count", 20, None, "at_most")],
        None,
    ),
    (
        "en",
        "Rapporteur Maarten Bosschaert told reporters the rules would apply 24 months after their publication in the Official Journal.",
        True,
        [("duration", 24, "month", None)],
        "Maarten Bosschaert",
    ),
    ("en", 'Greens co-chair Ottilie Farnsworth called the vote "a blank cheque for the seed giants".', False, [], None),
    ("en", "Austria and Hungary voted against the text in the Council last month, while Belgium abstained.", True, [], None),
    (
        "en",
        "Organic farmers' associations warned that keeping their fields free of gene-edited material could become impossible.",
        False,
        [],
        None,
    ),
    ("en", "The Commission tabled the regulation in July 2023.", True, [("year", 2023, None, None)], None),
    # --- Misstrauensantrag gegen Kommissionspräsidentin scheitert (dpa), Februar ---
    (
        "de",
        "Straßburg (dpa) - Kommissionspräsidentin Henrike Vollmar hat ein Misstrauensvotum im Europaparlament klar überstanden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den von Rechtsaußen-Fraktionen eingebrachten Antrag stimmten 179 Abgeordnete, 390 votierten dagegen, 22 enthielten sich.",
        True,
        [("count", 179, None, None), ("count", 390, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Nötig gewesen wäre eine Zweidrittelmehrheit der abgegebenen Stimmen, die zugleich die Mehrheit der 720 Mitglieder des Parlaments umfasst.",
        True,
        [("fraction", 0.6667, None, None), ("count", 720, None, None)],
        None,
    ),
    (
        "de",
        "Es war bereits der dritte Misstrauensantrag gegen Vollmar binnen 14 Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "„Dieses Haus hat heute gezeigt, dass es sich von Populisten nicht erpressen lässt“, sagte die Kommissionspräsidentin nach der Abstimmung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Fraktionschef der Patrioten, Rémi Castelbrun, sprach von einer „Kommission ohne Rückhalt bei den Völkern Europas“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Christdemokraten, Sozialdemokraten und Liberale stimmten nach Angaben des Parlaments geschlossen gegen den Antrag.",
        True,
        [],
        "das Parlament",
    ),
    (
        "de",
        "Noch nie hat ein Misstrauensantrag im Europaparlament die nötige Mehrheit erreicht, 1999 kam eine Kommission einer drohenden Niederlage mit ihrem Rücktritt zuvor.",
        True,
        [("year", 1999, None, None)],
        None,
    ),
    # --- EU top court fines Portugal over sewage (Reuters), February 10 ---
    (
        "en",
        "LUXEMBOURG, Feb 10 (Reuters) - The EU's top court on Tuesday ordered Portugal to pay a lump sum of 9 million euros and a daily penalty of 42,000 euros for failing to treat sewage properly in 17 towns.",
        True,
        [("date", "--02-10", None, None), ("money", 9000000, "EUR", None), ("money", 42000, "EUR", None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Lisbon had still not complied with a judgment handed down in March 2020, the court said.",
        True,
        [("year", 2020, None, None)],
        "the court",
    ),
    (
        "en",
        "The Commission had originally taken Portugal to court over the treatment plants in 2017.",
        True,
        [("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "The Commission had asked the judges for a lump sum of 12.6 million euros and a daily fine of 61,000 euros.",
        True,
        [("money", 12600000, "EUR", None), ("money", 61000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Portugal's environment ministry said works at nine of the 17 sites would be finished by the end of 2027.",
        True,
        [("count", 9, None, None), ("count", 17, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        'A ministry spokeswoman said the government "regrets the delays" and would study the judgment closely.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the fourth time since 2022 that the court has fined a member state over waste water.",
        True,
        [("ordinal", 4, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Environmental campaigners said the penalties were far too small to change how governments behave.",
        False,
        [],
        None,
    ),
    # --- Rat beschließt Agrarquoten für die Ukraine (Reuters), Februar ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Staaten haben mit qualifizierter Mehrheit neue Einfuhrquoten für 29 Agrarprodukte aus der Ukraine beschlossen.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Dafür stimmten 21 Länder, die zusammen gut 71 Prozent der EU-Bevölkerung repräsentieren, teilte der Rat mit.",
        True,
        [("count", 21, None, None), ("percent", 71, "%", "over")],
        "der Rat",
    ),
    ("de", "Polen, Ungarn und die Slowakei stimmten dagegen, Frankreich und Österreich enthielten sich.", True, [], None),
    (
        "de",
        "Eine qualifizierte Mehrheit erfordert mindestens 55 Prozent der Mitgliedstaaten, in denen wiederum mindestens 65 Prozent der Unionsbürger leben.",
        True,
        [("percent", 55, "%", "at_least"), ("percent", 65, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Die zollfreie Menge für Weizen wird auf 1,15 Millionen Tonnen im Jahr begrenzt, für Zucker auf 82.000 Tonnen.",
        True,
        [("count", 1150000, None, None), ("count", 82000, None, None)],
        None,
    ),
    (
        "de",
        "Der polnische Agrarminister Krzysztof Ożarowski nannte die Quoten „einen Schlag ins Gesicht unserer Bauern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ożarowski sagte, Polen werde sein nationales Einfuhrverbot für ukrainisches Getreide vorerst beibehalten.",
        True,
        [],
        "Ożarowski",
    ),
    ("de", "Ob die Kommission dagegen ein Verfahren einleitet, ließ eine Sprecherin offen.", False, [], None),
    # --- Leaders' retreat on competitiveness (AP), February 12 ---
    (
        "en",
        "BRUSSELS (AP) — European Union leaders met at a former abbey outside Brussels on Thursday for a one-day retreat on how to close the bloc's widening gap with the United States and China.",
        True,
        [("duration", 1, "day", None)],
        None,
    ),
    (
        "en",
        "European Council President Tiago Barradas said leaders agreed to complete a single market for capital by 2028 and to cut reporting obligations for companies by at least 25%.",
        True,
        [("year", 2028, None, None), ("percent", 25, "%", "at_least")],
        "Tiago Barradas",
    ),
    (
        "en",
        '"Europe does not have the luxury of another lost decade," Barradas told reporters after the meeting.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The EU economy grew 0.9% last year, less than half the U.S. rate, according to Eurostat.",
        True,
        [("percent", 0.9, "%", None), ("fraction", 0.5, None, "under")],
        "Eurostat",
    ),
    (
        "en",
        "Leaders also discussed a Commission plan to merge 11 of the EU's 37 decentralised agencies.",
        True,
        [("count", 11, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "Some diplomats privately doubt the savings plan will survive resistance from smaller financial centres.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Germany, France and Italy circulated a joint paper ahead of the meeting calling for a "buy European" rule in public procurement.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Leaders will return to the topic at their formal summit in Brussels on March 19 and 20.",
        True,
        [("date", "--03-19", None, None), ("date", "--03-20", None, None)],
        None,
    ),
    # --- 21. Sanktionspaket blockiert (AFP), Februar ---
    (
        "de",
        "Brüssel (AFP) - Die Verhandlungen über das 21. Sanktionspaket gegen Russland sind vorerst an einem Veto der Slowakei gescheitert.",
        True,
        [("ordinal", 21, None, None)],
        None,
    ),
    (
        "de",
        "Die Botschafter der 27 Mitgliedstaaten konnten sich am Freitag bereits zum vierten Mal nicht auf das Paket einigen, hieß es aus Diplomatenkreisen.",
        True,
        [("count", 27, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Bratislava fordert nach Angaben von Diplomaten Sonderregeln für russisches Öl aus der Druschba-Leitung bis Ende 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der slowakische Regierungschef Marek Oravec sagte, sein Land werde keinem Paket zustimmen, das die Energieversorgung der Slowakei gefährde.",
        True,
        [],
        None,
    ),
    ("de", "„Wir lassen uns von niemandem erpressen“, sagte Oravec.", False, [], None),
    (
        "de",
        "Die Kommission hatte das Paket vor knapp zwei Wochen vorgelegt.",
        True,
        [("duration", 2, "week", "nearly")],
        None,
    ),
    (
        "de",
        "Die Außenbeauftragte Kadri Saarepuu zeigte sich „enttäuscht, aber zuversichtlich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Februar 2022 hat die EU nach eigenen Angaben Sanktionen gegen mehr als 2.600 Personen und Organisationen verhängt.",
        True,
        [("year", 2022, None, None), ("count", 2600, None, "over")],
        None,
    ),
    # --- Presidency tables budget negotiating box (Reuters), February 17 ---
    (
        "en",
        "BRUSSELS, Feb 17 (Reuters) - The Lithuanian presidency of the EU proposed on Tuesday a long-term budget of 1.81 trillion euros for 2028-2034, trimming about 170 billion euros from the Commission's plan, according to a draft seen by Reuters.",
        True,
        [
            ("date", "--02-17", None, None),
            ("money", 1810000000000, "EUR", None),
            ("year", 2028, None, None),
            ("year", 2034, None, None),
            ("money", 170000000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "en",
        "That would equal 1.13% of the bloc's gross national income, down from 1.24% in the Commission's July 2025 proposal.",
        True,
        [("percent", 1.13, "%", None), ("percent", 1.24, "%", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The draft, a so-called negotiating box running to 62 pages, leaves the figures for farm and cohesion spending in square brackets.",
        True,
        [("count", 62, None, None)],
        None,
    ),
    (
        "en",
        "Net payers Germany, the Netherlands, Sweden, Austria and Denmark want the overall ceiling held at 1% of GNI.",
        True,
        [("percent", 1, "%", None)],
        None,
    ),
    (
        "en",
        "Dutch Finance Minister Joost Ravensbergen said his country would accept no more than 1.05% of GNI.",
        True,
        [("percent", 1.05, "%", "at_most")],
        "Joost Ravensbergen",
    ),
    (
        "en",
        '"A budget that shrinks in real terms while our tasks grow is a budget for decline," Budget Commissioner Arvydas Kelmelis said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kelmelis said repayments for the pandemic recovery fund alone would take up about 24 billion euros a year from 2028.",
        True,
        [("money", 24000000000, "EUR", "about"), ("year", 2028, None, None)],
        "Kelmelis",
    ),
    ("en", "Diplomats said a deal before the end of the year looked ambitious.", False, [], None),
    (
        "en",
        "EU leaders are due to hold a first discussion of the box at their summit on March 19-20.",
        True,
        [("ordinal", 1, None, None), ("date", "--03-19", None, None), ("date", "--03-20", None, None)],
        None,
    ),
    # --- Österreichs Nettobeitrag laut Budgetdienst (APA), Februar ---
    (
        "de",
        "Wien (APA) - Österreich müsste nach dem Entwurf der litauischen Ratspräsidentschaft ab 2028 im Schnitt rund 2,1 Mrd. Euro pro Jahr mehr nach Brüssel überweisen, als es zurückbekommt.",
        True,
        [("year", 2028, None, None), ("money", 2100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das geht aus einer 48-seitigen Analyse des parlamentarischen Budgetdienstes hervor, die am Mittwoch veröffentlicht wurde.",
        True,
        [("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Derzeit liegt der Nettobeitrag bei etwa 1,6 Mrd. Euro jährlich.",
        True,
        [("money", 1600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzminister Markus Tiefengraber sagte, Österreich bestehe weiterhin auf einem Rabatt, wie er dem Land bis 2027 zusteht.",
        True,
        [("year", 2027, None, None)],
        "Markus Tiefengraber",
    ),
    (
        "de",
        "„Wir zahlen gern für ein starkes Europa, aber nicht für ein aufgeblähtes“, so Tiefengraber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Rabatt beträgt derzeit 538 Mio. Euro pro Jahr, teilte das Finanzministerium mit.",
        True,
        [("money", 538000000, "EUR", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die NEOS-Europaabgeordnete Lena Pürstinger nannte die Rabattforderung „Buchhaltung von gestern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Budgetdienst würden die Agrarzahlungen an Österreich um knapp ein Fünftel sinken.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "Budgetdienst",
    ),
    # --- Commission proposes parcel fee (AFP), February 19 ---
    (
        "en",
        "BRUSSELS, Feb 19 (AFP) - The European Commission proposed on Thursday a flat handling fee of 3 euros on every low-value parcel shipped into the EU from outside the bloc.",
        True,
        [("date", "--02-19", None, None), ("money", 3, "EUR", None)],
        None,
    ),
    (
        "en",
        "Some 5.1 billion such parcels reached the EU last year, about 91% of them from China, the Commission said.",
        True,
        [("count", 5100000000, None, "about"), ("percent", 91, "%", "about")],
        "the Commission",
    ),
    (
        "en",
        "Trade Commissioner Jorien van Aalst told a news conference the fee would raise roughly 15 billion euros a year.",
        True,
        [("money", 15000000000, "EUR", "about")],
        "Jorien van Aalst",
    ),
    (
        "en",
        '"European shops play by our rules, and online platforms will have to do the same," van Aalst said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The proposal would also scrap the customs duty exemption for goods worth less than 150 euros.",
        True,
        [("money", 150, "EUR", "under")],
        None,
    ),
    (
        "en",
        "All 27 member states must approve the fee because it would feed the EU's own resources.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    ("en", "Retail group EuroCommerce welcomed the plan as long overdue.", False, [], None),
    (
        "en",
        "Both measures would take effect on July 1, 2028, if governments agree.",
        True,
        [("date", "2028-07-01", None, None)],
        None,
    ),
    # --- Finanzminister geben Frankreich mehr Zeit (dpa), Februar ---
    (
        "de",
        "Brüssel (dpa) - Die EU-Finanzminister haben Frankreich bis 2030 Zeit gegeben, sein Haushaltsdefizit unter die Grenze von drei Prozent der Wirtschaftsleistung zu drücken.",
        True,
        [("year", 2030, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Bislang galt im Defizitverfahren gegen Paris das Jahr 2029 als Zieljahr.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr lag das französische Defizit bei 5,2 Prozent der Wirtschaftsleistung, die Schuldenquote bei 116,8 Prozent, wie Eurostat mitteilte.",
        True,
        [("percent", 5.2, "%", None), ("percent", 116.8, "%", None)],
        "Eurostat",
    ),
    (
        "de",
        "Wirtschaftskommissar Sander Bruyninckx sagte, Frankreich müsse seine Ausgaben in diesem Jahr strukturell um mindestens 0,6 Prozent der Wirtschaftsleistung zurückfahren.",
        True,
        [("percent", 0.6, "%", "at_least")],
        "Sander Bruyninckx",
    ),
    (
        "de",
        "„Die Regeln gelten für alle, für große wie für kleine Länder“, sagte Bruyninckx.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Neben Frankreich laufen derzeit Defizitverfahren gegen acht weitere Staaten, darunter Österreich.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Paris muss der Kommission bis zum 30. April einen Bericht über seine Sparmaßnahmen vorlegen.",
        True,
        [("date", "--04-30", None, None)],
        None,
    ),
    ("de", "Die Minister beschlossen die Empfehlung ohne Gegenstimme.", True, [], None),
    # --- Parliament lifts immunity of far-right leader (AP), February 24 ---
    (
        "en",
        "STRASBOURG, France (AP) — European lawmakers on Tuesday stripped far-right leader Rémi Castelbrun of his parliamentary immunity, clearing the way for French prosecutors to question him over alleged misuse of EU funds.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The motion passed 401 to 188, with 35 abstentions, in a secret ballot.",
        True,
        [("count", 401, None, None), ("count", 188, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors suspect that about 420,000 euros meant for parliamentary assistants was used to pay party staff between 2019 and 2023.",
        True,
        [("money", 420000, "EUR", "about"), ("year", 2019, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        'Castelbrun called the vote "a political lynching staged by the Brussels elite".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Parliament's legal affairs committee had recommended waiving his immunity by 19 votes to 5 last month.",
        True,
        [("count", 19, None, None), ("count", 5, None, None)],
        None,
    ),
    ("en", "Castelbrun, 58, denies any wrongdoing.", True, [("duration", 58, "year", None)], None),
    (
        "en",
        "It is the fourth time in this parliamentary term that the assembly has waived the immunity of a member of his group.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        'His supporters outside the building chanted slogans and waved placards reading "Hands off our vote".',
        False,
        [],
        None,
    ),
    # --- Kommission verklagt Deutschland (Reuters), Februar ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission verklagt Deutschland vor dem Europäischen Gerichtshof, weil Berlin eine Richtlinie zur Gesamtenergieeffizienz von Gebäuden nicht fristgerecht umgesetzt hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Behörde beantragt ein Zwangsgeld von 38.700 Euro für jeden Tag nach dem Urteil, an dem die Umsetzung weiter aussteht.",
        True,
        [("money", 38700, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zudem fordert sie einen Pauschalbetrag von mindestens 4,1 Millionen Euro, teilte die Kommission am Mittwoch mit.",
        True,
        [("money", 4100000, "EUR", "at_least")],
        "die Kommission",
    ),
    (
        "de",
        "Die Frist für die Umsetzung war nach Angaben der Kommission bereits vor 15 Monaten abgelaufen.",
        True,
        [("duration", 15, "month", None)],
        "die Kommission",
    ),
    ("de", "Ein Sprecher des Bundesbauministeriums sagte, man werde die Klage zunächst prüfen.", False, [], None),
    (
        "de",
        "Gegen Deutschland sind derzeit 74 Vertragsverletzungsverfahren anhängig, gegen kein anderes Land mehr.",
        True,
        [("count", 74, None, None)],
        None,
    ),
    ("de", "Die Immobilienwirtschaft sprach von „Überregulierung aus Brüssel“.", False, [], None),
    (
        "de",
        "Ein Urteil dürfte nach Erfahrung von Juristen frühestens in 18 bis 24 Monaten fallen.",
        True,
        [("duration", 18, "month", None), ("duration", 24, "month", None)],
        None,
    ),
    # --- EU adopts 21st sanctions package (AFP), February 27 ---
    (
        "en",
        "BRUSSELS, Feb 27 (AFP) - EU countries on Friday formally adopted their 21st package of sanctions on Russia after Slovakia lifted its veto in return for assurances on oil supplies.",
        True,
        [("date", "--02-27", None, None), ("ordinal", 21, None, None)],
        None,
    ),
    (
        "en",
        "Bratislava secured an exemption allowing it to keep importing Russian crude by pipeline until June 30, 2028, diplomats said.",
        True,
        [("date", "2028-06-30", None, None)],
        None,
    ),
    (
        "en",
        "The package lists 86 more shadow fleet vessels, bringing the total to 643, and bans transactions with nine Russian and four third-country banks.",
        True,
        [("count", 86, None, None), ("count", 643, None, None), ("count", 9, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The price cap on Russian crude falls to $39.80 a barrel from March 15, the Council said.",
        True,
        [("money", 39.8, "USD", None), ("date", "--03-15", None, None)],
        "the Council",
    ),
    (
        "en",
        'Saarepuu called the package "our sharpest blow yet against the Kremlin\'s war chest".',
        False,
        [],
        None,
    ),
    (
        "en",
        'Moscow\'s foreign ministry warned of a "painful" response but did not say what it would be.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The EU has now immobilised about 196 billion euros in assets of Russia's central bank, the bulk of it at the Belgian depository Euroclear.",
        True,
        [("money", 196000000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Ministers also extended the sectoral sanctions by six months until July 31.",
        True,
        [("duration", 6, "month", None), ("date", "--07-31", None, None)],
        None,
    ),
    # --- Entwurf der Gipfelerklärung (dpa), März ---
    (
        "de",
        "Brüssel (dpa) - Vor dem EU-Gipfel am 19. und 20. März hat Ratspräsident Tiago Barradas einen ersten Entwurf der Gipfelerklärung an die Hauptstädte verschickt.",
        True,
        [("date", "--03-19", None, None), ("date", "--03-20", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Text umfasst elf Seiten und 46 Absätze, wie aus dem Papier hervorgeht, das der Deutschen Presse-Agentur vorliegt.",
        True,
        [("count", 11, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "Darin bekennen sich die Staats- und Regierungschefs zu dem Ziel, die Verteidigungsausgaben bis 2030 auf mindestens 3,5 Prozent der Wirtschaftsleistung zu steigern.",
        True,
        [("year", 2030, None, None), ("percent", 3.5, "%", "at_least")],
        None,
    ),
    (
        "de",
        "In den Schlussfolgerungen „begrüßen“ die Staats- und Regierungschefs zudem den Vorschlag der Kommission für eine Gebühr auf Kleinsendungen aus Drittstaaten.",
        True,
        [],
        None,
    ),
    ("de", "Ein EU-Diplomat sprach von einem „Gipfel der Weichenstellungen“.", False, [], None),
    (
        "de",
        "Beim Haushalt sollen die Staats- und Regierungschefs erstmals über konkrete Zahlen beraten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dass schon im März eine Einigung über den Finanzrahmen gelingt, gilt in Brüssel als unwahrscheinlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der ungarische Ministerpräsident hat angekündigt, dem Abschnitt zur Ukraine erneut nicht zuzustimmen.",
        True,
        [],
        None,
    ),
    # --- Digital Markets Act fine (Reuters), March 3 ---
    (
        "en",
        "BRUSSELS, March 3 (Reuters) - EU antitrust regulators fined U.S. app store operator Corvana 640 million euros on Tuesday for blocking developers from pointing customers to cheaper deals elsewhere.",
        True,
        [("date", "--03-03", None, None), ("money", 640000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "It is the third fine imposed under the Digital Markets Act since the law took effect in 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Competition Commissioner Lucía Arrizabalaga told a news conference the company had 60 days to comply or face periodic penalty payments worth up to 5% of its average daily turnover worldwide.",
        True,
        [("duration", 60, "day", None), ("percent", 5, "%", "up_to")],
        "Lucía Arrizabalaga",
    ),
    (
        "en",
        '"Gatekeepers do not get to pick which rules they follow," Arrizabalaga said.',
        False,
        [],
        None,
    ),
    ("en", "The company said it planned to take the case to the General Court in Luxembourg.", True, [], "the company"),
    (
        "en",
        'Corvana called the fine "a punishment for success" that would end up hurting European users.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the DMA, fines are capped at 10% of a gatekeeper's global annual turnover, or 20% for repeat offenders.",
        True,
        [("percent", 10, "%", None), ("percent", 20, "%", None)],
        None,
    ),
    ("en", "Shares in Corvana dropped 2.3% in early New York trading.", True, [("percent", 2.3, "%", None)], None),
    # --- Eurobarometer: Zustimmung in Österreich (APA), März ---
    (
        "de",
        "Wien (APA) - Die Zustimmung zur EU-Mitgliedschaft ist in Österreich laut dem jüngsten Standard-Eurobarometer 104 leicht gestiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "47 Prozent der Befragten halten die Mitgliedschaft für eine gute Sache, drei Prozentpunkte mehr als im Herbst.",
        True,
        [("percent", 47, "%", None), ("percent", 3, "pp", None)],
        None,
    ),
    ("de", "Im EU-Schnitt liegt der Wert bei 61 Prozent.", True, [("percent", 61, "%", None)], None),
    (
        "de",
        "Für die Umfrage wurden in Österreich zwischen 3. und 28. Februar 1.004 Menschen persönlich befragt.",
        True,
        [("date", "--02-03", None, None), ("date", "--02-28", None, None), ("count", 1004, None, None)],
        None,
    ),
    (
        "de",
        "Als wichtigstes Thema nennen 38 Prozent der Österreicher die Teuerung, gefolgt von der Migration mit 31 Prozent.",
        True,
        [("percent", 38, "%", None), ("percent", 31, "%", None)],
        None,
    ),
    ("de", "Europaministerin Birgit Aichenauer sprach von einem „ermutigenden Signal“.", False, [], None),
    (
        "de",
        "„Die Skepsis bleibt hoch, und das sollten wir ernst nehmen“, sagte der SPÖ-Europaabgeordnete Ivo Schranz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am geringsten ist die Zustimmung nach wie vor in Tschechien mit 32 Prozent.",
        True,
        [("percent", 32, "%", None)],
        None,
    ),
    (
        "de",
        "Die Umfrage wird zweimal im Jahr im Auftrag der EU-Kommission durchgeführt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Commission takes Hungary to court (Reuters), March 5 ---
    (
        "en",
        "BRUSSELS, March 5 (Reuters) - The European Commission on Thursday took Hungary to the EU's top court over a law that lets authorities bar foreign-funded groups from public consultations.",
        True,
        [("date", "--03-05", None, None)],
        None,
    ),
    (
        "en",
        "The Commission also sent reasoned opinions to nine member states that have failed to fully transpose rules on pay transparency, giving them two months to act.",
        True,
        [("count", 9, None, None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "Commission spokeswoman Ana Ribeiro-Matos told the midday briefing that only 11 of the 27 member states had fully transposed the pay transparency directive so far.",
        True,
        [("count", 11, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Budapest was given 60 days to reply to a formal notice in October but did not change the law, the Commission said.",
        True,
        [("duration", 60, "day", None)],
        "the Commission",
    ),
    (
        "en",
        'A Hungarian government spokesman called the case "yet another attack on a sovereign nation".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hungary already pays a daily penalty of 800,000 euros for ignoring a 2024 ruling on asylum rules, money the Commission deducts from EU funds owed to Budapest.",
        True,
        [("money", 800000, "EUR", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "So far the Commission has offset more than 560 million euros this way, according to Commission figures.",
        True,
        [("money", 560000000, "EUR", "over")],
        None,
    ),
    ("en", "Whether the court will fast-track the new case is unclear.", False, [], None),
    (
        "en",
        "In all, the EU executive opened 27 new cases and closed 84 in its March package.",
        True,
        [("count", 27, None, None), ("count", 84, None, None)],
        None,
    ),
    # --- Rat verlängert Einzelsanktionen (AFP), März ---
    (
        "de",
        "Brüssel (AFP) - Die EU hat ihre Sanktionen gegen mehr als 2.600 Personen und Organisationen in Russland um weitere sechs Monate bis zum 15. September verlängert.",
        True,
        [("count", 2600, None, "over"), ("duration", 6, "month", None), ("date", "--09-15", None, None)],
        None,
    ),
    (
        "de",
        "Drei Personen wurden von der Liste gestrichen, teilte der Rat am Montag mit.",
        True,
        [("count", 3, None, None)],
        "der Rat",
    ),
    (
        "de",
        "Ungarn hatte die Verlängerung bis zuletzt von der Streichung von vier weiteren Namen abhängig gemacht.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Für die Verlängerung ist Einstimmigkeit nötig, andernfalls laufen die Strafmaßnahmen automatisch aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der ungarische Außenminister Bence Szilvássy sprach von „sinnlosen Symbolstrafen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Liste umfasst unter anderem Vermögenssperren und Einreiseverbote, sie wird seit März 2014 alle sechs Monate erneuert.",
        True,
        [("year", 2014, None, None), ("duration", 6, "month", None)],
        None,
    ),
    ("de", "Ob Budapest im September wieder blockiert, blieb offen.", False, [], None),
    (
        "de",
        "Die Außenminister berieten zudem knapp drei Stunden lang über ein mögliches 22. Sanktionspaket.",
        True,
        [("duration", 3, "hour", "nearly"), ("ordinal", 22, None, None)],
        None,
    ),
    # --- Parliament sets out budget demands (AP), March 11 ---
    (
        "en",
        "STRASBOURG, France (AP) — The European Parliament on Wednesday demanded a long-term budget worth at least 1.27% of the bloc's gross national income, well above what member states are discussing.",
        True,
        [("percent", 1.27, "%", "at_least")],
        None,
    ),
    (
        "en",
        "The resolution passed 412 to 196, with 44 abstentions.",
        True,
        [("count", 412, None, None), ("count", 196, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "en",
        "Lawmakers also want the 371 billion euros earmarked for farm support in the current budget to be matched in the next one.",
        True,
        [("money", 371000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Parliament must give its consent before the budget can take effect, but it cannot amend the text.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Co-rapporteur Agnès Delacroix-Ruiz told reporters that "without a credible budget there is no credible Europe".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The presidency's draft would cut overall spending by about 9% compared with the Commission's proposal, Delacroix-Ruiz said.",
        True,
        [("percent", 9, "%", "about")],
        "Delacroix-Ruiz",
    ),
    (
        "en",
        "Lawmakers rejected by 301 votes to 289 an amendment that would have ring-fenced cohesion funds for poorer regions.",
        True,
        [("count", 301, None, None), ("count", 289, None, None)],
        None,
    ),
    # --- Schutzstatus für Ukrainer (Reuters), März ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission hat vorgeschlagen, den vorübergehenden Schutz für Flüchtlinge aus der Ukraine bis zum 4. März 2029 zu verlängern.",
        True,
        [("date", "2029-03-04", None, None)],
        None,
    ),
    (
        "de",
        "Derzeit genießen knapp 3,9 Millionen Menschen aus der Ukraine diesen Status in der EU, teilte Eurostat mit.",
        True,
        [("count", 3900000, None, "nearly")],
        "Eurostat",
    ),
    (
        "de",
        "Die meisten davon leben in Deutschland mit gut 1,2 Millionen und in Polen mit knapp 980.000.",
        True,
        [("count", 1200000, None, "over"), ("count", 980000, None, "nearly")],
        None,
    ),
    (
        "de",
        "EU-Migrationskommissar Pavlos Andreadakis sagte, die Kommission wolle zugleich Anreize zur Rückkehr schaffen, etwa mit bis zu 2.000 Euro Starthilfe pro Person.",
        True,
        [("money", 2000, "EUR", "up_to")],
        "Pavlos Andreadakis",
    ),
    ("de", "„Die Ukraine wird jede Hand für den Wiederaufbau brauchen“, sagte Andreadakis.", False, [], None),
    ("de", "Der Schutzstatus war Anfang März 2022 erstmals aktiviert worden.", True, [("year", 2022, None, None)], None),
    ("de", "Die Mitgliedstaaten müssen dem Vorschlag mit qualifizierter Mehrheit zustimmen.", True, [], None),
    (
        "de",
        "Mehrere osteuropäische Regierungen fürchten, dass eine Verlängerung die Rückkehr der Menschen weiter verzögert.",
        False,
        [],
        None,
    ),
    # --- Montenegro closes accession chapters (AFP), March 12 ---
    (
        "en",
        "BRUSSELS, March 12 (AFP) - Montenegro provisionally wrapped up four further negotiating chapters on Thursday, so that 17 of the 33 chapters it has opened are now closed.",
        True,
        [("date", "--03-12", None, None), ("count", 4, None, None), ("count", 17, None, None), ("count", 33, None, None)],
        None,
    ),
    (
        "en",
        "Enlargement Commissioner Mirela Dragomir said the Balkan country could conclude its talks by the end of 2027 and become the first new member since Croatia joined in 2013.",
        True,
        [("year", 2027, None, None), ("ordinal", 1, None, None), ("year", 2013, None, None)],
        "Mirela Dragomir",
    ),
    (
        "en",
        '"Montenegro shows that the door to Europe is open to those who deliver," Dragomir said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ukraine and Moldova are still waiting to open the first of six negotiating clusters because of a Hungarian veto.",
        True,
        [("ordinal", 1, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Every accession treaty needs ratification in all 27 member states as well as the consent of the European Parliament.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Around 62% of Montenegrins back EU membership, according to a government-commissioned poll published in January.",
        True,
        [("percent", 62, "%", "about")],
        None,
    ),
    (
        "en",
        "Critics in Podgorica accuse the government of rushing reforms through parliament to please Brussels.",
        False,
        [],
        None,
    ),
    # --- Parlament billigt Zollabkommen mit den USA (dpa), März ---
    (
        "de",
        "Straßburg (dpa) - Das Europaparlament hat nach monatelangem Streit der Abschaffung der EU-Zölle auf Industriegüter aus den USA zugestimmt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die Verordnung stimmten 361 Abgeordnete, 212 waren dagegen und 71 enthielten sich.",
        True,
        [("count", 361, None, None), ("count", 212, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Im Gegenzug gilt für die meisten EU-Exporte in die USA ein Zollsatz von höchstens 12 Prozent.",
        True,
        [("percent", 12, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Die Abgeordneten bauten eine Klausel ein, nach der die Zollfreiheit nach 18 Monaten automatisch ausläuft, wenn Washington seine Zusagen nicht einhält.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Der Handelsausschuss hatte den Text zuvor mit 27 zu 12 Stimmen gebilligt.",
        True,
        [("count", 27, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Der CDU-Abgeordnete Henning Altvater sprach von einem „Kompromiss mit Augenmaß“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben uns erpressen lassen, und das wird nicht das letzte Mal gewesen sein“, sagte die Grünen-Handelsexpertin Svenja Tollkühn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Mitgliedstaaten müssen noch formell zustimmen, eine Abstimmung im Rat ist für den 24. März geplant.",
        True,
        [("date", "--03-24", None, None)],
        None,
    ),
    # --- Ministers approve fertiliser tariffs by qualified majority (Reuters), March 17 ---
    (
        "en",
        "BRUSSELS, March 17 (Reuters) - EU ministers on Tuesday approved steep tariffs on fertilisers from Russia and Belarus, outvoting a group of countries that feared higher costs for farmers.",
        True,
        [("date", "--03-17", None, None)],
        None,
    ),
    (
        "en",
        "The measure passed by qualified majority, with 23 countries in favour, three against and Ireland abstaining.",
        True,
        [("count", 23, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Duties will rise in stages from 35 euros a tonne this July to 290 euros a tonne in 2029.",
        True,
        [("money", 35, "EUR", None), ("money", 290, "EUR", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Russia supplied about a quarter of the fertiliser the EU imported last year, according to Eurostat data.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    ("en", "Copa-Cogeca warned that farmers would end up footing the bill.", False, [], None),
    (
        "en",
        "A qualified majority needs the backing of 15 of the 27 governments, together representing at least 65% of EU citizens.",
        True,
        [("count", 15, None, None), ("count", 27, None, None), ("percent", 65, "%", "at_least")],
        None,
    ),
    (
        "en",
        'Polish Agriculture Minister Krzysztof Ożarowski said the vote was "a moral duty towards Ukraine".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Commission estimates that fertiliser sales to the EU earned Moscow about 2.4 billion euros last year.",
        True,
        [("money", 2400000000, "EUR", "about")],
        None,
    ),
    # --- Regierung legt Gipfellinie fest (APA), März ---
    (
        "de",
        "Wien (APA) - Im Ministerrat hat die Bundesregierung am Mittwoch ihre Linie für den zweitägigen EU-Gipfel in Brüssel festgelegt.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Österreich werde einem Finanzrahmen von mehr als 1,1 Prozent des Bruttonationaleinkommens nicht zustimmen, sagte der Bundeskanzler nach der Sitzung.",
        True,
        [("percent", 1.1, "%", "over")],
        None,
    ),
    (
        "de",
        "Zugleich fordert Wien, dass mindestens 40 Prozent der Agrarmittel in die ländliche Entwicklung fließen.",
        True,
        [("percent", 40, "%", "at_least")],
        None,
    ),
    (
        "de",
        "„Wer mehr Geld will, muss zuerst bei sich selbst sparen“, hieß es aus dem Kanzleramt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzminister Tiefengraber sagte, ein Verzicht auf den Rabatt würde das Budget jährlich mit bis zu 600 Mio. Euro zusätzlich belasten.",
        True,
        [("money", 600000000, "EUR", "up_to")],
        "Tiefengraber",
    ),
    (
        "de",
        "Die Grünen verlangen, dass der EU-Hauptausschuss des Nationalrats künftig vor jedem Gipfel tagt.",
        True,
        [],
        None,
    ),
    ("de", "Österreich zählt seit dem Beitritt 1995 zu den Nettozahlern der Union.", True, [("year", 1995, None, None)], None),
    # --- Budget clash at the March summit (Reuters), March 19 ---
    (
        "en",
        "BRUSSELS, March 19 (Reuters) - European Union leaders clashed over the size of the bloc's next seven-year budget on Thursday at the start of a two-day summit, with net payers insisting on a ceiling of 1.1% of gross national income.",
        True,
        [("date", "--03-19", None, None), ("duration", 7, "year", None), ("duration", 2, "day", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "The Commission's proposal amounts to 1.24% of GNI, and the Lithuanian presidency's compromise to 1.13%.",
        True,
        [("percent", 1.24, "%", None), ("percent", 1.13, "%", None)],
        None,
    ),
    (
        "en",
        '"We are not here to sign blank cheques," Swedish Prime Minister Elin Brattström told reporters on arrival.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Leaders of 26 countries backed a text pledging 5.5 billion euros in military support for Ukraine this year, with Hungary refusing to sign.",
        True,
        [("count", 26, None, None), ("money", 5500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The summit conclusions run to 14 pages, according to the final text seen by Reuters.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("en", "Diplomats said the atmosphere among leaders was tense but not hostile.", False, [], None),
    (
        "en",
        "Barradas told a news conference the leaders had asked the presidency to present a revised negotiating box by June.",
        True,
        [],
        "Barradas",
    ),
    (
        "en",
        "A special budget summit has been pencilled in for May 28, two EU officials said.",
        True,
        [("date", "--05-28", None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Gipfel endet ohne Haushaltseinigung (dpa), März ---
    (
        "de",
        "Brüssel (dpa) - Nach mehr als 15 Stunden Verhandlungen ist der EU-Gipfel in der Nacht zum Freitag ohne Einigung über den nächsten Haushaltsrahmen zu Ende gegangen.",
        True,
        [("duration", 15, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die Staats- und Regierungschefs beauftragten die litauische Ratspräsidentschaft, bis Juni einen überarbeiteten Entwurf vorzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Deutschland trägt nach Berechnungen der Bundesregierung gut 23 Prozent der Einnahmen des EU-Haushalts.",
        True,
        [("percent", 23, "%", "over")],
        None,
    ),
    ("de", "Ratspräsident Barradas sprach dennoch von „spürbaren Fortschritten“.", False, [], None),
    (
        "de",
        "Einig waren sich die Staaten dagegen, gemeinsame Kredite für Rüstungsprojekte im Umfang von bis zu 120 Milliarden Euro aufzulegen.",
        True,
        [("money", 120000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Erklärung zur Ukraine trugen erneut nur 26 der 27 Staaten mit.",
        True,
        [("count", 26, None, None), ("count", 27, None, None)],
        None,
    ),
    ("de", "„Europa hat heute Nacht nicht geliefert“, sagte der luxemburgische Premier.", False, [], None),
    (
        "de",
        "Planmäßig kommen die Staats- und Regierungschefs am 24. und 25. Juni wieder zusammen.",
        True,
        [("date", "--06-24", None, None), ("date", "--06-25", None, None)],
        None,
    ),
    # --- Commission softens carbon rules for industry (AFP), March 24 ---
    (
        "en",
        'BRUSSELS, March 24 (AFP) - The European Commission proposed on Tuesday to extend free carbon permits for steel and cement makers by three years, softening part of its "Fit for 55" climate package.',
        True,
        [("date", "--03-24", None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Under current rules, free allocation for those sectors would be phased out completely by 2034.",
        True,
        [("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "Climate Commissioner Henrik Skovmand said the change would leave about 2.3 billion euros a year with the two sectors until 2037.",
        True,
        [("money", 2300000000, "EUR", "about"), ("count", 2, None, None), ("year", 2037, None, None)],
        "Henrik Skovmand",
    ),
    ("en", '"Decarbonisation cannot mean deindustrialisation," Skovmand said.', False, [], None),
    (
        "en",
        "The carbon price on the EU market has fallen by about a fifth since January, to around 68 euros a tonne.",
        True,
        [("fraction", 0.2, None, "about"), ("money", 68, "EUR", "about")],
        None,
    ),
    (
        "en",
        'Climate Action Network Europe called the proposal "a reward for the heaviest emitters".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The plan needs the approval of both the Parliament and a qualified majority of member states.",
        True,
        [],
        None,
    ),
    # --- Kommission legt 22. Sanktionspaket vor (Reuters), März ---
    (
        "de",
        "Brüssel (Reuters) - Knapp vier Wochen nach der Verabschiedung des 21. Sanktionspakets hat die EU-Kommission ein 22. Paket gegen Russland vorgelegt.",
        True,
        [("duration", 4, "week", "nearly"), ("ordinal", 21, None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "de",
        "Es sieht nach Angaben der Kommission Exportverbote für weitere 37 Güter mit militärischem Nutzen vor, darunter Werkzeugmaschinen.",
        True,
        [("count", 37, None, None)],
        "die Kommission",
    ),
    (
        "de",
        "Außerdem sollen 52 weitere Schiffe der Schattenflotte gelistet werden, womit ihre Zahl auf 695 stiege.",
        True,
        [("count", 52, None, None), ("count", 695, None, None)],
        None,
    ),
    (
        "de",
        "Die Kommission schlägt zudem vor, Erträge aus eingefrorenen russischen Zentralbankgeldern von rund 3 Milliarden Euro jährlich an die Ukraine weiterzuleiten.",
        True,
        [("money", 3000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Der Druck auf Moskau muss steigen, nicht sinken“, sagte Kommissionspräsidentin Vollmar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Slowakei ließ über ihren EU-Botschafter ausrichten, man werde den Vorschlag „sorgfältig prüfen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die EU-Botschafter sollen sich erstmals am 1. April mit dem Vorschlag befassen.",
        True,
        [("date", "--04-01", None, None)],
        None,
    ),
]
