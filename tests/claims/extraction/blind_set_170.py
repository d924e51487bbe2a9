"""Hundred-and-seventieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, platforms, firms and figures are
made up (Ilona Varga-Berens, Gregor Lindemann-Sauer, Jens Oltmann-Vogt, Clemens
Aigner-Rath, Miriam Vogelsang, Sabine Hollerbach-Kunz, Lukas Pernthaler-Moser, Lena
Hofstätter, Florian Brandstätter-Wolf, Katharina Sielmann, Beat Rüegsegger-Frey, Ramona
Pfleiderer, Tobias Kreitmayr; Fiona Gallagher-Byrne, Julia Brennan-Moss, Nadia Koroveshi,
Priya Vasanthan, Hélène Garnier-Lacroix, Ellen Marchetti, Tomasz Wierzbicki-Hale,
Alessandra Ferri-Colombo, Daniel Mwangi-Otieno, Joanna Threlkeld, Andrea Kowalczyk-Reyes,
Maarten Dekker-Sloot, Imran Choudhury; the platforms Flinkr, Lumigram, Quorra, Threadline
and Bazario, the app store operator Orbis, Nexalon AI, Corvid Labs, the app Kindred and its
maker Halcyon Interactive, Veritrace, Maison Lumen, Orison Business Services and the Centre
for Digital Accountability); commissioners, ministers, regulators' heads and office holders
of real bodies appear under made-up names that stand for no real holder, or by their role
only ("ein Flinkr-Sprecher", "die Ministerin", "ein Gerichtssprecher", "Der bulgarische
Ministerpräsident", "the forum's administrator", "a spokesperson", "an Orbis spokeswoman",
"A Halcyon spokesperson", "A Commission spokesperson"). Real bodies, laws, places and
things ("EU-Kommission", "Digital Services Act", "DSA", "Gericht der Europäischen Union",
"BEUC", "Bundesnetzagentur", "Irland", "Bitkom", "Deutsche Presse-Agentur",
"Hamburgischer Datenschutzbeauftragter", "Datenschutzbehörde", "noyb", "DSGVO",
"Bundesverwaltungsgericht", "HateAid", "Forsa", "Chaos Computer Club", "Ministerrat", "ID
Austria", "Saferinternet.at", "epicenter.works", "NCMEC", "Europaparlament",
"KI-Verordnung", "Verbraucherzentrale Bundesverband", "vzbv", "Bundesrat", "Bakom",
"gfs.bern", "Economiesuisse", "Landgericht Frankfurt", "Bulgarien", "Democracy Reporting
International", "Verbraucherzentralen", "EuGH", "Bundesgerichtshof", "Landgericht
Regensburg", "Bayern"; "Data Protection Commission", "DPC", "General Data Protection
Regulation", "eSafety Commissioner", "Brisbane", "Ofcom", "Online Safety Act", "CNIL",
"Medef", "Center for Countering Digital Hate", "AI Act", "AI Office", "Access Now",
"Garante", "Altroconsumo", "Nairobi", "Digital Markets Act", "DMA", "Home Office",
"Internet Watch Foundation", "Federal Trade Commission", "FTC", "Dutch Data Protection
Authority", "General Court", "Network Enforcement Act") stand for the way wire copy names
them; every fine, tally, share, survey result, sum, age, date of a decision and quote here is
invented, and where a real figure came to mind (a real fine, a real leak's size, a real
court's damages, a real count of reports) it was changed - only the caps, thresholds and
dates of the laws the stories turn on (six per cent and 45 million users under the DSA, its
0.05% fee cap, four per cent under the GDPR and its one-month deadline for access requests,
35 million euros or 7% under the AI Act and its dates in August 2024, February 2025 and
August 2025, ten and twenty per cent and the daily penalty under the DMA, 18 million pounds
or 10% under the Online Safety Act, A$49.5 million and the December start of Australia's
ban, the 24 hours of the Network Enforcement Act, the 150-euro customs line, the DMA's 2023
start, the Bundesnetzagentur's role since May 2024) are kept as wire copy would state them.

Its weight: DIGITAL RIGHTS, AI REGULATION AND SOCIAL MEDIA PLATFORMS over one year in story
order (January to December of 2026), 29 stories each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the platform's reply, the NGOs' claims, quotes), the
German and English stories interleaved by month: EU Digital Services Act and AI Act
proceedings, fines in euros and as shares of turnover, content-moderation transparency
figures, account takedowns, age limits, data-protection authorities' decisions, platforms'
replies and NGOs' claims. Half German (dpa with its slugs "dpa/lno" and "dpa/lhe", APA,
APA/dpa, Reuters German, AFP German, Keystone-SDA; Austrian "Bescheid", "Ministerrat", "mit
1. Jänner", "Elf- bis 14-Jährigen", Swiss "Vernehmlassung", "Bussen", "Verstössen",
"grosser", "Gemäss", «» quotes, German „“ quotes): a DSA fine against a short-video
platform, the Bundesnetzagentur's year as digital services coordinator, the German data
protection authorities' fines, an Austrian decision on a noyb complaint, a platform's German
transparency report, an expert commission on a minimum age, Austria's planned ban for
children under 15, the interior ministers' position on abuse material and encrypted
messages, a proposed delay of the AI Act's high-risk rules, a Swiss platform law sent to
consultation, a Frankfurt court ordering a platform to delete a defamatory post's variants,
fake accounts deleted before an election, a toy test on an online marketplace and a CJEU
ruling on damages after a data leak. Half English (Reuters, AP, AFP, PA): the Irish DPC's
fine over teenagers' data, Australia's under-16 ban, an Ofcom fine under the Online Safety
Act, a CNIL cookie fine, a microblogging platform's global transparency report, the AI
Act's code of practice, the Italian Garante's fine on a chatbot maker, Kenyan content
moderators' lawsuit, a year of British age checks, a DMA fine on an app store operator,
Britain's planned offence for deepfake apps, an FTC settlement with an AI companion app, a
Dutch fine on a facial recognition firm, the General Court on the DSA supervisory fee and
an NGO's test of hate speech removals. Figures as such copy has them: fines and caps in
euros, pounds, dollars, Australian dollars and Kenyan shillings (a converted figure in
brackets), fines as shares of turnover ("rund 1,4 Prozent des weltweiten
Jahresumsatzes", "bis zu sechs Prozent", "up to 4%", "7% of a company's worldwide
turnover", "capped at 0.05%"), users, accounts, posts, complaints, requests, orders and
staff as counts (scaled "142 Millionen", "12.4 million", "more than 40 billion"), age limits
and age ranges ("Kinder unter 15 Jahren", "under-16s", "ein Mindestalter von 14 Jahren",
"14- und 15-Jährige", "13- to 15-year-olds", "aged 8 to 14"), multiples ("knapp doppelt
so viele", "fünfmal so viele", "das 230-Fache", "twice"), shares in words ("Mehr als ein
Drittel", "in etwa jedem fünften Fall", "Jedes vierte Kind", "more than half", "about
two-thirds", "about a third", "One in seven", "fewer than one in five"), number words and
compounds ("Twenty-six", "112-seitigen", "a six-month", "a 30-day period", "ein Dutzend",
"einer Million"), ordinals ("erst die zweite", "its third penalty", "im zweiten Halbjahr",
"das dritte Auskunftsersuchen", "the fifth European regulator"), deadlines and durations,
years, dates with and without a year, hedges and ranges. Negatives as such copy has them:
commissioners', ministers', regulators', platforms' and campaigners' rhetoric in quotes,
labels with "sprach von", "kritisierte ... als", "begrüßte ... als" and "called",
accusations without a checkable claim, warnings, a verdict with "halten ... für", group
arguments and forecasts without a figure, a welcome and a formula reply, advice to parents,
open questions and vox pops (four negatives carry figures, labelled).

244 rows (123 German, 121 English), 55 negatives (28 German, 27 English), 189 check-worthy
rows of which 39 carry no figure (22 German, 17 English), 235 expected quantities (74
counts, 52 durations - 31 in years, 8 in months, 5 in hours, 4 in days, 4 in weeks -, 29
percentages - all in % -, 27 amounts of money - 19 EUR, 4 USD, 2 GBP, 1 AUD, 1 KES -, 24
years, 12 dates, 9 ordinals, 8 fractions; 5 of them in four negatives, as the seventeenth
batch labels a figure in a negative), 40 checked speakers (17 German, 23 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-fifty-second,
  hundred-sixty-seventh); a reported statement of fact, figure, step or position is
  check-worthy with its speaker. The pairs from one speaker: Lindemann-Sauer's 74 posts and
  "mindestens 120" ("Behördenpräsident Gregor Lindemann-Sauer sagte, ..." -> "Gregor
  Lindemann-Sauer") beside „Wir sind kein Zensuramt, ...“; Oltmann-Vogt's 46 posts beside
  „Datenschutz ist kein Bürokratiemonster, ...“; Hollerbach-Kunz's draft bill before the
  summer break beside „Wir dürfen unsere Kinder nicht länger ...“; Vogelsang's reading of
  the report ("sagte, die Zahlen zeigten vor allem, wie viel Hass ...", an evaluation in
  Konjunktiv, a negative) beside her „Dieses Urteil zeigt, ...“. Konjunktiv I paraphrases of
  a figure or a fact are check-worthy with the speaker their own attribution gives
  (thirty-ninth, hundred-fifty-second, hundred-sixty-seventh): Lindemann-Sauer's,
  Oltmann-Vogt's and Brandstätter-Wolf's "sagte"-rows, "Die Konten hätten ..., teilte das
  Unternehmen mit." -> "das Unternehmen", "Bazario teilte mit, die beanstandeten Artikel
  seien ..." -> "Bazario"; "Quorra habe ... verweigert, heißt es in dem Bescheid." (a
  document, None) and the unattributed "Jedes vierte Kind ... habe bereits ein eigenes
  Konto" are check-worthy with speaker None. One side's account is check-worthy
  (sixty-eighth, hundred-second, hundred-fifty-second): Quorra's technical error, the forum
  administrator's post, Threadline's argument in court, the contractor's counselling and
  wages, Nexalon's reason for refusing, Veritrace's refusal to pay, the platform operator's
  reply to the CJEU, Threadline's reply to the study, the moderators' pay ("The moderators
  say ..."), the app developers' commissions and the politician's testimony (2 months).
- Platforms' replies (hundred-second, hundred-fifty-second: "would appeal"): an appeal or
  a challenge announced is check-worthy ("Ein Flinkr-Sprecher kündigte an, ... anfechten.",
  "Lumigram said it would appeal, ...", "The company said it would appeal and noted ...",
  "Orbis said it would appeal the decision." -> "Orbis"), as a fix stated ("Maison Lumen
  said it had fixed the problem within two weeks ..."). New: "Lumigram said it welcomed the
  judgment." and "A Commission spokesperson said it took note of the ruling and would study
  it carefully." are negatives - a welcome and a formula reply state a feeling and no step a
  reader can check, as "Kinderschutzorganisationen zeigten sich enttäuscht." does.
- Check-worthy without a figure (fifty-eighth, hundred-nineteenth, hundred-fifty-second,
  hundred-sixty-seventh): leads stating a decision or an event (a complaint upheld "in
  zentralen Punkten", a draft sent to consultation, a court's order to delete variants, the
  CJEU's ruling, the Home Office's planned offence), "Eine Geldstrafe verhängte die Datenschutzbehörde nicht." (a finding
  that something did not happen, eighty-first), rules of law without a figure ("Nach der
  DSGVO muss eine solche Auskunft grundsätzlich innerhalb eines Monats erteilt werden." -
  "eines Monats" an article -, "... platforms must act on such notices "without undue
  delay", though the law sets no fixed deadline."), "Das Urteil ist nicht rechtskräftig."
  (hundred-nineteenth), "Halcyon did not admit wrongdoing.", a transparency report
  published, stated positions and next steps (Hollerbach-Kunz, Pernthaler-Moser, Sielmann's
  group voting against "jede Verschiebung", Brandstätter-Wolf's reason for abstaining, "Nun
  muss sich der Rat noch mit dem Europaparlament ... einigen.", Altroconsumo's class action),
  the content of the Council's position, the duties of the Swiss draft, "Several European
  governments have said ..." ("Several" none, hundred-sixty-seventh), the U.S. threats of
  tariffs and "more than doubled" (a verb and no count, hundred-fifty-second). New: an
  authority's formal charge or preliminary finding in proceedings is check-worthy without a
  figure ("Die Kommission wirft Flinkr vor, ...", "Die EU-Kommission hatte bereits im Juli
  vorläufig festgestellt, dass Bazario gegen den DSA verstößt, ..."; "The CNIL said the
  company's website had dropped advertising cookies ...") - it states what a decision or a
  file holds - while a campaigners' accusation without a checkable claim stays a negative
  ("Civil society groups including Access Now accused the Commission of watering the code
  down ...", "vzbv-Vorständin Ramona Pfleiderer sagte, die Plattform verdiene an jedem
  gefährlichen Produkt kräftig mit.", the vzbv's „auf dem Altar der
  Wettbewerbsfähigkeit“; hundred-sixtieth, hundred-sixty-seventh). A researchers' statement
  of what a report leaves out ("... said the report did not disclose how many flagged posts
  were never reviewed at all.") is check-worthy; their "Transparency reports are marketing
  documents, not audits" a negative.
- Fines and caps (thirty-ninth, hundred-fifty-second): money in the currency written, shares
  of turnover in percent ("rund 1,4 Prozent des weltweiten Jahresumsatzes" 1.4 "about").
  Caps with a bounding word: "bis zu sechs Prozent" and "Bussen bis zu sechs Prozent" 6
  "up_to", "up to 4%" "up_to", "as much as A$49.5 million" and "as much as 5%" "up_to"
  (hundred-sixty-seventh: "as much as"), "bis zu einer Million Euro pro Verstoß" 1,000,000 EUR
  "up_to" ("pro Verstoß" none, as "per car", hundred-sixty-seventh), "up to 4.5 million euros
  in penalties for each month" ("for each month" none), "up to 30%" "up_to", "up to two years
  in prison" 2 years "up_to" (thirty-ninth). New: "einer Million Euro" is 1,000,000 EUR -
  the inflected "eine" before the scale word is the number word one, as "2,4 Millionen" is
  scaled in the issue. Caps named by a verb carry no hedge (hundred-fifty-seventh: "capped at
  2%"): "The fee is capped at 0.05% ..." 0.05, "The DMA caps fines at 10% ..., rising to 20%"
  10 and 20. New: "fines can reach 18 million pounds or 10% of qualifying worldwide revenue,
  whichever is greater" and "can draw fines of 35 million euros or 7% ..., whichever is
  higher" carry no hedge - "reach" and "draw" name the cap as "capped at" does, and
  "whichever is greater" chooses between the two figures without bounding either. None:
  "daily penalty payments", "periodic penalties ... on average", "a fraction of", "the
  largest fine yet".
- Thresholds and age limits: "Plattformen mit mehr als 45 Millionen monatlichen Nutzern"
  45,000,000 "over" ("monatlich" and "monatlichen" none, as "daily", hundred-fifty-second),
  "von durchschnittlich mindestens zehn Prozent der Schweizer Bevölkerung" 10 "at_least"
  ("durchschnittlich" no hedge, hundred-sixty-seventh). Age bounds "under" (eighty-eighth:
  "Kinder unter 15 Jahren"; hundred-thirty-third: "children under 12"): "Kinder unter 15
  Jahren", "Australians under 16", "children under 13", "were under 13", "users under 18".
  New: "under-16s" is 16 years "under" - the hyphenated noun reads as "under 16" does. New:
  "ein Mindestalter von 14 Jahren" and "ein Mindestalter von 13 Jahren" carry no hedge - the
  minimum is the rule's own figure, as "capped at" gives a cap (hundred-fifty-seventh),
  unlike "mindestens" straight before a figure. Age ranges give both ages with no hedge
  (forty-first: "zwischen"; hundred-sixty-eighth: "16- and 17-year-olds"): "aged 13 to 17",
  "aged 8 to 14", "zwischen zehn und 13 Jahren", "13- to 15-year-olds", "12- bis
  17-Jährige" ("bis" between two figures no hedge), "14- und 15-Jährige". New: "der Elf- bis
  14-Jährigen" is 11 and 14 years - the spelled number word before a suspended hyphen is read
  as "Sixteen-year-olds" is (hundred-sixty-eighth). Ages in apposition in two negatives
  ("Lena Hofstätter, 17." at the end of a quote's attribution, "Daniel Mwangi-Otieno, 34,";
  sixty-third), labelled.
- Counts (every batch): users, accounts and posts ("rund 142 Millionen Menschen", "about
  4.2 million accounts", "about 1.9 million accounts", "about 610,000 ... and Lumigram for
  480,000" - the hedge only on its own figure -, "more than 95,000 accounts", "knapp 4,7
  Millionen Beiträge" "nearly", "12.4 million posts ... 5.3 million accounts", "mehr als
  27.000 gefälschten Konten", "rund 1,3 Millionen Kommentare", "19 Millionen monatliche
  Nutzer", "more than 700,000 users", "about 28 million visitors a month" - "a month" none
  -, "more than 40 billion images", "rund 410 Millionen weiteren Nutzern" - "weiteren" no
  hedge, hundred-sixty-seventh), complaints, requests, orders and cases ("2.870", "In 312
  Fällen", "312.000 Löschungen", "1.140 Anordnungen", "41,200 requests", "2,300 complaints",
  "gut 41.000" "over", "mehr als 800 Beschwerden", "mehr als 5.000 Betroffene", "mehr als
  20 Millionen Hinweise", "rund 6.000 Klagen", "3,512 ... images", "1,500 posts ... to four
  platforms"), staff ("418 Moderatorinnen und Moderatoren, 62 weniger" - the "weniger"
  after the figure compares, hundred-first -, "about 1,300 ... jobs", "about 140 staff",
  "mit nur 46 Stellen" - "nur" no hedge -, "74 Planstellen ..., mindestens 120" "at_least"),
  bodies and members ("17 sogenannte vertrauenswürdige Hinweisgeber", "unter den 17
  Behörden", "14 Bußgelder", "21 Staaten", "den 27 Mitgliedstaaten", "in allen 27
  EU-Staaten", "Twenty-six companies" 26, "24 providers", "14 providers", "64 sites and
  apps", "at least 11 states" "at_least", "184 former content moderators", "More than 140
  of them" "over" - a definite group, forty-first -, "erst 9 von 45" - "erst" no hedge -,
  "31 von 48", "In zwölf Produkten", "two formal information requests"), "mehr als 30.000
  Mal geteilt" 30,000 "over" (hundred-fifty-second: "mehr als 1.100 Mal"), "rund ein Dutzend
  Angebote" 12 "about" (fiftieth: "a dozen"), "20 working days" 20 (hundred-thirtieth:
  "binnen zehn Arbeitstagen" count 10), "about five million checks a day" ("a day" none),
  the 112 pages of "dem 112-seitigen Abschlussbericht" (hundred-forty-fifth: "der
  13-seitige"), "the 20 most popular pornography sites" 20 and "one of the world's two
  biggest app stores" 2 (hundred-forty-eighth: "in den sieben größten Städten" 7;
  hundred-fifty-second: "Each of the two most serious counts" 2), "at least one banned
  platform" and "mindestens eine Social-Media-App" 1 "at_least" (hundred-forty-third: "at
  least one reactor"). Multiples are counts (hundred-sixty-seventh): "knapp doppelt so viele
  wie im Vorjahr" 2 "nearly", "fünfmal so viele Aufrufe" 5, "twice in three years" 2 (the
  issue's "viermal"). New: "das 230-Fache des zulässigen Grenzwerts" is count 230 - a
  multiple in digits with "-Fache" read as "das Zweieinhalbfache" 2.5 (hundred-forty-fifth).
  New: "a mother of three" is count 3 - the number word counts her children (in a vox-pop
  negative, labelled). None: "in einem Fall" (hundred-fifty-second: "one of the men"),
  "billions of photos", "millions of adults" (hundred-forty-fifth: "Thousands"), "a single
  forum", "Several", names ("DSA", "DSGVO", "AI Act", "ID Austria", "gfs.bern").
- Ordinals (the issue's "das sechste Treffen"): "erst die zweite auf Grundlage des DSA" 2
  (an elliptic ordinal, hundred-fifty-second: "der dritte schweigt"; "erst" no hedge), "its
  third penalty" 3, "the first penalty under the Online Safety Act" 1, "its eighth over
  cookies since 2020" 8, "das dritte Auskunftsersuchen ... in diesem Jahr" 3 ("bereits" no
  hedge), "the fifth European regulator" 5; halves of a year are ordinals and no fraction
  (hundred-fifty-eighth, hundred-sixty-seventh: "in the first half of 2026" 1): "im zweiten
  Halbjahr 2025" 2, "in the second half of 2025" 2, "from the first half" 1. None: "the
  largest fine yet", "the largest the CNIL has imposed this year", "the last quarter", "the
  month before".
- Fractions: "Mehr als ein Drittel" 0.3333 "over", "in etwa jedem fünften Fall" 0.2 "about"
  (hundred-sixtieth: "Nur in etwa jedem zehnten Fall" 0.1 "about"), "Jedes vierte Kind"
  0.25, "more than half of the requests" 0.5 "over", "about two-thirds" 0.6667 "about",
  "about a third" 0.3333 "about", "One in seven" 0.1429 (hundred-fifty-sixth: "Jeder siebte"
  0.1429), "fewer than one in five" 0.2 "under" (fifty-fifth: "fewer than").
- Percentages, all in "%": "rund 1,4 Prozent", "Rund 41 Prozent ..., 23 Prozent", "um 9
  Prozent", "Rund 86 Prozent", "71 Prozent ..., 22 Prozent", "84 Prozent", "68 Prozent",
  "31%", "a 38% drop", "71% of them", "8%" "about", "rose by 380%" ("by" no hedge,
  hundred-fifty-second), "9% ..., Lumigram 27% and Flinkr 34%", "98%", and the caps above.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): "binnen 90 Tagen",
  "within three months", "for almost two years" "nearly", "mehr als acht Monate lang"
  "over", "binnen vier Wochen", "innerhalb von vier Wochen", "19 Stunden", "3,4 Stunden am
  Tag" ("am Tag" none; "im Schnitt" no hedge), "nach mehr als drei Jahren Streit" "over",
  "um zwei Jahre verlängert", "um bis zu 16 Monate" "up_to", "a six-month information
  campaign" 6 months, "within two weeks", "in three years", "over a 30-day period" 30 days
  (the number heading a hyphenated compound), "in den vergangenen sechs Wochen", "innerhalb
  von 24 Stunden", "within 24 hours", "every two years for 20 years", "within 60 days", "12 months to adopt a new method", "zwei Monate lang", "eight hours a
  day" 8 hours ("a day" none) and "acht Monate warten" (both in negatives, labelled). New:
  "within two months and 10 days" is 2 months and 10 days - a deadline written in two units
  gives one duration per unit, as "six years and eight months" does (hundred-fifty-second).
  None: "innerhalb eines Monats", "for about a month" (an article; the hedge has no figure to
  sit on, hundred-fifty-second: "more than a year"), "more than a decade", "within a day",
  "in the year since", "im vergangenen Jahr", "im Vorjahr", "ein Jahr zuvor", "im selben
  Zeitraum", "in diesem Jahr", "this year", "last year", "For this year", "in March last
  year", "from August", "an hour", "a month", weekdays and months ("im Juli", "im
  September", "between August and October", "in March", "in December", "in the spring").
- Years and dates: Reuters datelines with a day ("DUBLIN, Jan 22", "SYDNEY, Feb 11", "SAN
  FRANCISCO, April 16", "BRUSSELS, May 7", "ROME, June 18", "AMSTERDAM, Oct 8", "LUXEMBOURG,
  Nov 19", "LONDON, Dec 3") are dates without a year (hundred-fifty-second,
  hundred-sixty-seventh); dpa, APA, APA/dpa, Reuters German, AFP German, Keystone-SDA, AP,
  AFP and PA datelines none (seventy-ninth). "mit 1. Jänner 2027" is the date 2027-01-01
  (hundred-fiftieth: "mit 1. Jänner" dates a change; hundred-thirty-sixth: a full date is
  ISO); "for Oct. 14" --10-14. New: "bis zum 16. November" and "bis zum 20. Oktober" are
  dates without a year and no hedge - "bis zum" before a date sets a deadline and bounds no
  measure (hundred-forty-fifth: "bis" straight before a figure that bounds a measure), as
  "bis 2030" and "bis Ende 2025" carry no hedge (hundred-sixty-seventh). Years: "im Februar
  2024", "seit Mai 2024", "until September 2024", "in 2023", "in 2021", "since 2018"
  (three times, German and English), "in 2024", "since 2020", "since August 2025", "in
  August 2024 ... until 2027", "Statt ab August 2026 ... erst ab Dezember 2027" (years
  only; "ab" no hedge, hundred-sixty-seventh), "bis 2029", "seit Februar 2025", "which took
  effect in 2023", "since 2022", "2021 bei einem Datenleck", "im zweiten Halbjahr 2025".
- Money in the currency written (every batch): EUR ("385 Millionen Euro", "290 million
  euros", "more than 3.5 billion euros" "over", "zusammen rund 61 Millionen Euro" "about" -
  "zusammen" no hedge, the hedge "rund" on the figure -, "insgesamt 38,7 Millionen Euro" -
  "insgesamt" no hedge -, "42 million euros", "12.5 million euros", "less than 2 million
  euros" "under", "rund 5 Milliarden Euro", "540 million euros", "12.000 Euro", "27.5 million
  euros", "im Wert von unter 150 Euro" "under" - hundred-sixty-first: "unter" -, "at a
  combined 58.2 million euros" - "combined" no hedge, hundred-fifty-second -, "150 Euro",
  "1.000 Euro"), GBP ("£1.05 million", "18 million pounds"), USD ("about $84 billion", "about
  $2.20 an hour" - "an hour" none -, "$18 million"), AUD ("A$49.5 million", forty-ninth).
  New: "1.6 billion Kenyan shillings" is KES, and its converted figure "(about $12.4
  million)" keeps the "about" written inside the brackets - a converted figure in brackets
  carries a hedge only where one is written (hundred-sixty-seventh: "($3.9 billion)" none).
- Hedges, only the names in use: "rund", "Rund", "etwa" (in "in etwa"), "about" "about";
  "knapp", "almost" "nearly"; "mehr als", "Mehr als", "gut", "more than", "More
  than" "over"; "unter", "less than", "fewer than", "under" (age bounds) "under"; "bis zu",
  "up to", "as much as" "up_to"; "mindestens", "at least" "at_least". No hedge: "zusammen",
  "insgesamt", "combined", "Allein", "nur", "erst", "bereits", "derzeit", "bislang",
  "durchschnittlich", "im Schnitt", "weiteren", "weniger" after a figure, "to" and "bis"
  between two figures, "reach", "draw", "capped at", "caps ... at".
- Speakers, checked only in forms the earlier batches settled: the source of "nach Angaben"
  in the nominative ("der Behörde" -> "die Behörde", "der Kommission" -> "die Kommission"
  twice more, "der Bundesnetzagentur" -> "die Bundesnetzagentur", "der Behörden" -> "die
  Behörden", "des Digitalisierungsstaatssekretariats" -> "das
  Digitalisierungsstaatssekretariat", "der Klägerin" -> "die Klägerin"; seventieth,
  hundred-sixty-seventh), "teilte die Kommission am Mittwoch mit" with the weekday dropped
  (hundred-forty-fifth), "teilte das Unternehmen mit", "Quorra teilte mit" and "Bazario
  teilte mit" as written (hundred-sixty-seventh: "teilte Auto-Schweiz mit"); the name with
  the title dropped ("Behördenpräsident Gregor Lindemann-Sauer sagte, ...", "Der
  Hamburgische Datenschutzbeauftragte Jens Oltmann-Vogt sagte, ...", "Familienministerin
  Sabine Hollerbach-Kunz sagte, ...", "Digitalisierungsstaatssekretär Lukas
  Pernthaler-Moser sagte, ...", "Innenminister Florian Brandstätter-Wolf sagte, ...", "Die
  Grünen-Europaabgeordnete Katharina Sielmann sagte, ..."). English: "the DPC said",
  "Lumigram said" (twice), "Threadline said" (twice), "Nexalon said", "Orbis said", "Maison
  Lumen said", "The CNIL said" -> "the CNIL", "Ofcom said" (twice) and "according to Ofcom"
  -> "Ofcom", "the European Commission said on Thursday" and "the Home Office said on
  Monday" with the weekday dropped (fortieth), "The Internet Watch Foundation said" -> "the
  Internet Watch Foundation", "The FTC said" -> "the FTC" (hundred-fifty-second: "the SFO
  said"), "The company said" -> "the company" and "The regulator said" / "according to the
  regulator" -> "the regulator" (hundred-thirtieth), "the agency said Tuesday" -> "the
  agency" (hundred-eleventh), "eSafety Commissioner Julia Brennan-Moss said" -> "Julia
  Brennan-Moss". Left unchecked (None): "nach eigenen Angaben", "heißt es in dem Bescheid",
  "laut Bericht", "Laut einer ... Studie", "Laut einer Erhebung", "Gemäss einer Umfrage",
  "Nach Schätzungen des Bundesamts ...", "Nach Schätzungen der Kommission", "Nach einer
  Auswertung der Organisation ...", "Nach Zahlen des US-Meldezentrums", "nach Angaben von
  Diplomaten", "wie ein Gerichtssprecher am Montag mitteilte", "Ein Flinkr-Sprecher kündigte
  an", "Flinkr erklärte", "Der Plattformbetreiber erklärte", "Die Kommission begründete",
  "Threadline hatte argumentiert", "Die Politikerin sagte vor Gericht" and "She said" (a
  role or a pronoun without a name, hundred-fifty-eighth), "the country's online safety
  regulator said" and "Italy's data protection authority said" (a description, fortieth),
  "according to its latest transparency report", "according to figures it filed", "according
  to a medical report", "the study found", "a study by ... found" (documents and data,
  hundred-forty-fifth), "a spokesperson said", "A Halcyon spokesperson said", "it said",
  "The regulator estimates" (an estimating verb, hundred-tenth), "Researchers at the Center
  for Countering Digital Hate said", "Consumer group Altroconsumo said", "The contractor,
  Orison Business Services, said", "Veritrace, which has no office ..., said", "Age
  verification providers said", "The moderators say", "A group of app developers said" (a
  description or a group before or around the name, fortieth). New, left unchecked until
  settled: "the watchdog said" (twice) and "The authority said" - a regulator's other common
  nouns, not yet settled as "the regulator" is.
- Negatives (ninety-eighth, hundred-fifty-second, hundred-sixty-seventh): rhetoric and creed
  in quotes (Flinkr's spokesman, Varga-Berens, Gallagher-Byrne, Lindemann-Sauer,
  Oltmann-Vogt, Aigner-Rath with his eight months labelled, Vasanthan twice, Garnier-Lacroix,
  Marchetti, Hollerbach-Kunz, Wierzbicki-Hale, Hofstätter with her age labelled,
  Ferri-Colombo, Mwangi-Otieno with his hours and age labelled, Rüegsegger-Frey, an Orbis
  spokeswoman, Vogelsang, Threlkeld, Kowalczyk-Reyes, Dekker-Sloot, Kreitmayr, Choudhury);
  labels with "sprach von" (BEUC, the Austrian opposition, epicenter.works, the Bulgarian
  prime minister), "kritisierte ... als" (Bitkom), "begrüßte ... als" (Bitkom) and "called"
  (free-speech groups); verdicts ("Privacy campaigners said the penalty was far too small
  ...", "Wirtschaftsverbände halten ... für ein Standorthindernis", Medef on
  competitiveness, parents' groups on "a fraction"); accusations without a checkable claim
  (above); warnings ("Digital rights groups warn ...", the Chaos Computer Club,
  epicenter.works, Economiesuisse, "..., the regulator warned."); group arguments and
  forecasts without a figure ("Labor rights groups say the case could shape ...", "Privacy
  advocates argue ...", "Campaigners said the law should also cover ..."); the welcome and
  the formula reply (above); feelings ("zeigten sich enttäuscht"); advice to parents (the
  Verbraucherschützer); open questions ("Offen ist, ob ...", "Ob eine nationale
  Altersgrenze ...", "Ob die Löschung ...", "Whether the Commission will act ..."); and a
  vox pop with its figure labelled (Nadia Koroveshi's "a mother of three").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_170 = [
    (
        "de",
        "Brüssel (dpa) - Die Kurzvideo-Plattform Flinkr soll wegen Verstößen gegen den Digital Services Act (DSA) eine Strafe von 385 Millionen Euro zahlen.",
        True,
        [("money", 385000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das entspricht nach Angaben der Behörde rund 1,4 Prozent des weltweiten Jahresumsatzes des Unternehmens.",
        True,
        [("percent", 1.4, "%", "about")],
        "die Behörde",
    ),
    (
        "de",
        "Der DSA sieht Strafen von bis zu sechs Prozent des weltweiten Umsatzes vor.",
        True,
        [("percent", 6, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die Kommission wirft Flinkr vor, Minderjährige nicht ausreichend vor suchtfördernden Funktionen wie dem endlosen Scrollen geschützt und Forschern den Zugang zu Daten verweigert zu haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Verfahren war im Februar 2024 eröffnet worden, die Strafe ist erst die zweite auf Grundlage des DSA.",
        True,
        [("year", 2024, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Flinkr muss binnen 90 Tagen einen Plan vorlegen, wie es die Mängel beheben will, teilte die Kommission am Mittwoch mit.",
        True,
        [("duration", 90, "day", None)],
        "die Kommission",
    ),
    (
        "de",
        "Nach Angaben der Kommission nutzen in der EU monatlich rund 142 Millionen Menschen die App.",
        True,
        [("count", 142000000, None, "about")],
        "die Kommission",
    ),
    (
        "de",
        "Ein Flinkr-Sprecher kündigte an, das Unternehmen werde die Entscheidung vor dem Gericht der Europäischen Union anfechten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Diese Entscheidung ist ein politisches Signal und kein faires Verfahren“, sagte der Sprecher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Kinder sind keine Versuchskaninchen für Algorithmen“, sagte EU-Digitalkommissarin Ilona Varga-Berens.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verbraucherschutzorganisation BEUC sprach von einem „Weckruf für die gesamte Branche“.",
        False,
        [],
        None,
    ),
    (
        "en",
        "DUBLIN, Jan 22 (Reuters) - Ireland's Data Protection Commission fined photo-sharing app Lumigram 290 million euros on Thursday for failing to protect the personal data of teenage users, its third penalty against the company.",
        True,
        [("date", "--01-22", None, None), ("money", 290000000, "EUR", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The regulator found that accounts of users aged 13 to 17 had been set to public by default for almost two years until September 2024.",
        True,
        [
            ("duration", 13, "year", None),
            ("duration", 17, "year", None),
            ("duration", 2, "year", "nearly"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The inquiry, opened in 2023, concerned about 4.2 million accounts in the European Union, the DPC said.",
        True,
        [("year", 2023, None, None), ("count", 4200000, None, "about")],
        "the DPC",
    ),
    (
        "en",
        "Lumigram was also ordered to bring its data processing into line with the law within three months.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Under the General Data Protection Regulation, companies can be fined up to 4% of their global annual turnover.",
        True,
        [("percent", 4, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Lumigram said it would appeal, adding that it had made teenagers' accounts private by default in 2021.",
        True,
        [("year", 2021, None, None)],
        "Lumigram",
    ),
    (
        "en",
        "Fines imposed by the Irish regulator since 2018 now total more than 3.5 billion euros.",
        True,
        [("year", 2018, None, None), ("money", 3500000000, "EUR", "over")],
        None,
    ),
    (
        "en",
        '"Children\'s data is not a raw material to be mined for engagement," Deputy Commissioner Fiona Gallagher-Byrne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Privacy campaigners said the penalty was far too small to change the behaviour of a company of Lumigram's size.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bonn (dpa) - Bei der Bundesnetzagentur sind im vergangenen Jahr 2.870 Beschwerden über Online-Plattformen eingegangen, knapp doppelt so viele wie im Vorjahr.",
        True,
        [("count", 2870, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Behörde ist seit Mai 2024 als Koordinator für digitale Dienste für die Durchsetzung des DSA in Deutschland zuständig.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Rund 41 Prozent der Beschwerden betrafen nach Angaben der Bundesnetzagentur Online-Marktplätze, 23 Prozent soziale Netzwerke.",
        True,
        [("percent", 41, "%", "about"), ("percent", 23, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "In 312 Fällen leitete die Behörde die Beschwerde an die zuständigen Stellen in anderen EU-Staaten weiter, vor allem nach Irland.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Zudem ließ die Bundesnetzagentur bislang 17 sogenannte vertrauenswürdige Hinweisgeber zu, deren Meldungen die Plattformen vorrangig bearbeiten müssen.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Die Verfahren gegen Plattformen mit mehr als 45 Millionen monatlichen Nutzern in der EU führt die EU-Kommission selbst.",
        True,
        [("count", 45000000, None, "over")],
        None,
    ),
    (
        "de",
        "Behördenpräsident Gregor Lindemann-Sauer sagte, für die Aufsicht stünden derzeit 74 Planstellen zur Verfügung, benötigt würden mindestens 120.",
        True,
        [("count", 74, None, None), ("count", 120, None, "at_least")],
        "Gregor Lindemann-Sauer",
    ),
    (
        "de",
        "„Wir sind kein Zensuramt, wir sorgen dafür, dass die Regeln für alle gelten“, sagte Lindemann-Sauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Digitalverband Bitkom kritisierte die Aufsicht als „zersplittert und viel zu langsam“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hamburg (dpa/lno) - Die deutschen Datenschutzaufsichtsbehörden haben im vergangenen Jahr Bußgelder von zusammen rund 61 Millionen Euro verhängt.",
        True,
        [("money", 61000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das geht aus einer Umfrage der Deutschen Presse-Agentur unter den 17 Behörden von Bund und Ländern hervor.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Allein der Hamburgische Datenschutzbeauftragte verhängte 14 Bußgelder über insgesamt 38,7 Millionen Euro, den größten Teil davon gegen einen Lieferdienst.",
        True,
        [("count", 14, None, None), ("money", 38700000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschwerden von Bürgerinnen und Bürgern stieg bundesweit um 9 Prozent auf gut 41.000.",
        True,
        [("percent", 9, "%", None), ("count", 41000, None, "over")],
        None,
    ),
    (
        "de",
        "Mehr als ein Drittel der Beschwerden betraf nach Angaben der Behörden unerwünschte Werbung und Videoüberwachung.",
        True,
        [("fraction", 0.3333, None, "over")],
        "die Behörden",
    ),
    (
        "de",
        "Der Hamburgische Datenschutzbeauftragte Jens Oltmann-Vogt sagte, mit nur 46 Stellen könne seine Behörde nicht jedem Hinweis nachgehen.",
        True,
        [("count", 46, None, None)],
        "Jens Oltmann-Vogt",
    ),
    ("de", "„Datenschutz ist kein Bürokratiemonster, sondern Grundrechtsschutz“, sagte Oltmann-Vogt.", False, [], None),
    (
        "de",
        "Wirtschaftsverbände halten die föderale Aufsicht mit ihren unterschiedlichen Auslegungen für ein Standorthindernis.",
        False,
        [],
        None,
    ),
    (
        "en",
        "SYDNEY, Feb 11 (Reuters) - Social media companies have deactivated or restricted about 1.9 million accounts believed to belong to Australians under 16 since a ban took effect in December, the country's online safety regulator said on Wednesday.",
        True,
        [("date", "--02-11", None, None), ("count", 1900000, None, "about"), ("duration", 16, "year", "under")],
        None,
    ),
    (
        "en",
        "Platforms that fail to take reasonable steps to keep under-16s off their services risk penalties of as much as A$49.5 million.",
        True,
        [("duration", 16, "year", "under"), ("money", 49500000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "eSafety Commissioner Julia Brennan-Moss said Flinkr accounted for about 610,000 of the removed accounts and Lumigram for 480,000.",
        True,
        [("count", 610000, None, "about"), ("count", 480000, None, None)],
        "Julia Brennan-Moss",
    ),
    (
        "en",
        "She said her office had received 2,300 complaints from parents that children were still getting around the age checks.",
        True,
        [("count", 2300, None, None)],
        None,
    ),
    (
        "en",
        "A survey commissioned by the regulator found that 31% of 13- to 15-year-olds said they still used at least one banned platform.",
        True,
        [
            ("percent", 31, "%", None),
            ("duration", 13, "year", None),
            ("duration", 15, "year", None),
            ("count", 1, None, "at_least"),
        ],
        None,
    ),
    (
        "en",
        "Threadline said it had removed more than 95,000 accounts and was using facial age estimation on new sign-ups.",
        True,
        [("count", 95000, None, "over")],
        "Threadline",
    ),
    (
        "en",
        "Several European governments have said they are watching the Australian experiment closely before drafting rules of their own.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Kids are smart, and some of them will always find a way around the rules," said Nadia Koroveshi, a mother of three in Brisbane.',
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Digital rights groups warn that the age checks could push adults into handing identity documents to tech companies.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wien (APA) - Die österreichische Datenschutzbehörde hat einer Beschwerde der Datenschutzorganisation noyb gegen den Messengerdienst Quorra in zentralen Punkten stattgegeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Quorra habe einem Nutzer aus Wien die Auskunft über seine gespeicherten Daten mehr als acht Monate lang verweigert, heißt es in dem Bescheid.",
        True,
        [("duration", 8, "month", "over")],
        None,
    ),
    (
        "de",
        "Nach der DSGVO muss eine solche Auskunft grundsätzlich innerhalb eines Monats erteilt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Behörde trug dem Unternehmen auf, die Daten binnen vier Wochen vollständig herauszugeben.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    ("de", "Eine Geldstrafe verhängte die Datenschutzbehörde nicht.", True, [], None),
    (
        "de",
        "noyb hat nach eigenen Angaben seit 2018 mehr als 800 Beschwerden bei Datenschutzbehörden in ganz Europa eingebracht.",
        True,
        [("year", 2018, None, None), ("count", 800, None, "over")],
        None,
    ),
    (
        "de",
        "Quorra teilte mit, man habe die Anfrage wegen eines technischen Fehlers zunächst keinem Konto zuordnen können.",
        True,
        [],
        "Quorra",
    ),
    (
        "de",
        "Der Bescheid ist nicht rechtskräftig, Quorra kann ihn innerhalb von vier Wochen beim Bundesverwaltungsgericht anfechten.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "„Ein Grundrecht, auf dessen Durchsetzung man acht Monate warten muss, ist kein Grundrecht“, sagte noyb-Jurist Clemens Aigner-Rath.",
        False,
        [("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "LONDON (PA) - Ofcom has fined an online forum £1.05 million for failing to protect British users from illegal content, the first penalty under the Online Safety Act against a site of its size.",
        True,
        [("money", 1050000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The regulator said the forum, which it did not name, had ignored two formal information requests and never carried out a risk assessment.",
        True,
        [("count", 2, None, None)],
        "the regulator",
    ),
    (
        "en",
        "The site has 20 working days to respond before Ofcom decides whether to ask the courts to block access to it in Britain.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Under the law, fines can reach 18 million pounds or 10% of qualifying worldwide revenue, whichever is greater.",
        True,
        [("money", 18000000, "GBP", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "Ofcom said it had opened investigations into 64 sites and apps since the illegal harms duties came into force in March last year.",
        True,
        [("count", 64, None, None)],
        "Ofcom",
    ),
    (
        "en",
        "The forum's administrator wrote in a post that the site was run by unpaid volunteers and could not afford the fine.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"The days of tech firms treating British law as optional are over," Technology Secretary Priya Vasanthan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Free-speech groups called the penalty a dangerous precedent for small community websites.",
        False,
        [],
        None,
    ),
    (
        "en",
        "PARIS (AFP) - France's data protection watchdog CNIL on Thursday fined online retailer Maison Lumen 42 million euros over cookies placed on users' devices without their consent.",
        True,
        [("money", 42000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The CNIL said the company's website had dropped advertising cookies as soon as visitors arrived, before they could refuse them.",
        True,
        [],
        "the CNIL",
    ),
    (
        "en",
        "The site had about 28 million visitors a month in France, the watchdog said.",
        True,
        [("count", 28000000, None, "about")],
        None,
    ),
    (
        "en",
        "The penalty is the largest the CNIL has imposed this year and its eighth over cookies since 2020.",
        True,
        [("ordinal", 8, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Maison Lumen said it had fixed the problem within two weeks of being contacted by the regulator in 2024.",
        True,
        [("duration", 2, "week", None), ("year", 2024, None, None)],
        "Maison Lumen",
    ),
    (
        "en",
        '"Consent must be real, not a trick of design," CNIL president Hélène Garnier-Lacroix said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "French employers' federation Medef said such fines were eroding the competitiveness of European online retail.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Berlin (Reuters) - Die Plattform Flinkr hat im zweiten Halbjahr 2025 in Deutschland nach eigenen Angaben knapp 4,7 Millionen Beiträge wegen Verstößen gegen Gesetze oder ihre Gemeinschaftsrichtlinien entfernt.",
        True,
        [("ordinal", 2, None, None), ("year", 2025, None, None), ("count", 4700000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Transparenzbericht hervor, den das Unternehmen am Dienstag veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 86 Prozent der Inhalte wurden demnach automatisiert erkannt und gelöscht, bevor ein Nutzer sie gemeldet hatte.",
        True,
        [("percent", 86, "%", "about")],
        None,
    ),
    (
        "de",
        "Nutzer legten gegen 312.000 Löschungen Einspruch ein, in etwa jedem fünften Fall wurde der Beitrag wiederhergestellt.",
        True,
        [("count", 312000, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Für Inhalte in deutscher Sprache beschäftigt Flinkr laut Bericht 418 Moderatorinnen und Moderatoren, 62 weniger als ein Jahr zuvor.",
        True,
        [("count", 418, None, None), ("count", 62, None, None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Bearbeitungszeit einer Nutzermeldung lag bei 19 Stunden.",
        True,
        [("duration", 19, "hour", None)],
        None,
    ),
    (
        "de",
        "Behörden in Deutschland stellten im selben Zeitraum 1.140 Anordnungen zur Entfernung von Inhalten, die meisten davon wegen Volksverhetzung.",
        True,
        [("count", 1140, None, None)],
        None,
    ),
    (
        "de",
        "HateAid-Geschäftsführerin Miriam Vogelsang sagte, die Zahlen zeigten vor allem, wie viel Hass weiterhin ungehindert auf der Plattform lande.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Offen ist, ob die Kommission die Angaben der Plattform von unabhängigen Prüfern kontrollieren lassen wird.",
        False,
        [],
        None,
    ),
    (
        "en",
        "SAN FRANCISCO, April 16 (Reuters) - Microblogging platform Threadline removed 12.4 million posts and suspended 5.3 million accounts worldwide in the second half of 2025, according to its latest transparency report.",
        True,
        [
            ("date", "--04-16", None, None),
            ("count", 12400000, None, None),
            ("count", 5300000, None, None),
            ("ordinal", 2, None, None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "en",
        "That was a 38% drop in removals from the first half, when the company still employed a larger trust and safety team.",
        True,
        [("percent", 38, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The company said it had received 41,200 requests from governments to remove content and had complied fully or partly with 71% of them.",
        True,
        [("count", 41200, None, None), ("percent", 71, "%", None)],
        "the company",
    ),
    (
        "en",
        "Turkey, India and Germany together accounted for more than half of the requests.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Threadline cut about 1,300 trust and safety jobs in 2024, according to figures it filed with Irish authorities.",
        True,
        [("count", 1300, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Researchers at the Center for Countering Digital Hate said the report did not disclose how many flagged posts were never reviewed at all.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The company has said it now relies more heavily on automated tools and on notes written by users to add context to misleading posts.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Transparency reports are marketing documents, not audits," said Ellen Marchetti, a researcher at the group.',
        False,
        [],
        None,
    ),
    (
        "de",
        "Berlin (dpa) - Eine von der Bundesregierung eingesetzte Expertenkommission empfiehlt ein gesetzliches Mindestalter von 14 Jahren für soziale Netzwerke und die Zustimmung der Eltern für 14- und 15-Jährige.",
        True,
        [("duration", 14, "year", None), ("duration", 14, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Nach dem 112-seitigen Abschlussbericht sollen Plattformen das Alter ihrer Nutzer künftig verbindlich überprüfen müssen.",
        True,
        [("count", 112, None, None)],
        None,
    ),
    (
        "de",
        "Laut einer in dem Bericht zitierten Studie verbringen 12- bis 17-Jährige im Schnitt 3,4 Stunden am Tag in sozialen Netzwerken.",
        True,
        [("duration", 12, "year", None), ("duration", 17, "year", None), ("duration", 3.4, "hour", None)],
        None,
    ),
    (
        "de",
        "Jedes vierte Kind zwischen zehn und 13 Jahren habe bereits ein eigenes Konto, obwohl die meisten Plattformen ein Mindestalter von 13 Jahren vorschreiben.",
        True,
        [
            ("fraction", 0.25, None, None),
            ("duration", 10, "year", None),
            ("duration", 13, "year", None),
            ("duration", 13, "year", None),
        ],
        None,
    ),
    (
        "de",
        "In einer Umfrage des Instituts Forsa sprachen sich 71 Prozent der Befragten für eine Altersgrenze aus, 22 Prozent dagegen.",
        True,
        [("percent", 71, "%", None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "Familienministerin Sabine Hollerbach-Kunz sagte, ein Gesetzentwurf solle noch vor der Sommerpause vorgelegt werden.",
        True,
        [],
        "Sabine Hollerbach-Kunz",
    ),
    (
        "de",
        "„Wir dürfen unsere Kinder nicht länger den Geschäftsmodellen einiger Konzerne überlassen“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Chaos Computer Club warnte, eine Ausweispflicht im Netz gefährde die Anonymität aller Nutzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob eine nationale Altersgrenze mit dem europäischen Recht vereinbar ist, ist unter Juristen umstritten.",
        False,
        [],
        None,
    ),
    (
        "en",
        "BRUSSELS, May 7 (Reuters) - Twenty-six companies have signed the European Union's code of practice for general-purpose artificial intelligence models, but chatbot maker Nexalon AI has refused, the European Commission said on Thursday.",
        True,
        [("date", "--05-07", None, None), ("count", 26, None, None)],
        "the European Commission",
    ),
    (
        "en",
        "The code is meant to help developers comply with the AI Act's rules for such models, which have applied since August 2025.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Under the AI Act, the most serious breaches can draw fines of 35 million euros or 7% of a company's worldwide turnover, whichever is higher.",
        True,
        [("money", 35000000, "EUR", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "Nexalon said the code went beyond the law and would force it to disclose trade secrets about its training data.",
        True,
        [],
        "Nexalon",
    ),
    (
        "en",
        "The San Francisco-based company, valued at about $84 billion in its last funding round, has more than 40 million users in the EU.",
        True,
        [("money", 84000000000, "USD", "about"), ("count", 40000000, None, "over")],
        None,
    ),
    (
        "en",
        "The Commission's AI Office, which will enforce the rules from August, has about 140 staff, a spokesperson said.",
        True,
        [("count", 140, None, "about")],
        None,
    ),
    (
        "en",
        "The AI Act entered into force in August 2024, and its obligations are being phased in until 2027.",
        True,
        [("year", 2024, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"Signing is voluntary, but respecting the law is not," Commission spokesman Tomasz Wierzbicki-Hale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Civil society groups including Access Now accused the Commission of watering the code down under pressure from U.S. companies.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wien (APA) - Die Bundesregierung will die Nutzung sozialer Netzwerke für Kinder unter 15 Jahren verbieten.",
        True,
        [("duration", 15, "year", "under")],
        None,
    ),
    (
        "de",
        "Der Ministerrat beschloss am Mittwoch Eckpunkte, das Gesetz soll mit 1. Jänner 2027 in Kraft treten.",
        True,
        [("date", "2027-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Die Altersprüfung soll über die ID Austria laufen, die nach Angaben des Digitalisierungsstaatssekretariats derzeit rund 4,1 Millionen Menschen nutzen.",
        True,
        [("count", 4100000, None, "about")],
        "das Digitalisierungsstaatssekretariat",
    ),
    (
        "de",
        "Plattformen, die sich nicht daran halten, drohen Strafen von bis zu einer Million Euro pro Verstoß.",
        True,
        [("money", 1000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Laut einer Erhebung von Saferinternet.at nutzen 84 Prozent der Elf- bis 14-Jährigen in Österreich mindestens eine Social-Media-App.",
        True,
        [
            ("percent", 84, "%", None),
            ("duration", 11, "year", None),
            ("duration", 14, "year", None),
            ("count", 1, None, "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Digitalisierungsstaatssekretär Lukas Pernthaler-Moser sagte, Österreich werde sich auf EU-Ebene zugleich für eine europaweite Regelung einsetzen.",
        True,
        [],
        "Lukas Pernthaler-Moser",
    ),
    (
        "de",
        "Die Opposition sprach von „Symbolpolitik“, die an der Lebensrealität der Jugendlichen vorbeigehe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grundrechte-NGO epicenter.works warnte vor einer „Ausweispflicht durch die Hintertür“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ein Verbot ohne Medienbildung wird nicht funktionieren“, sagte Schülervertreterin Lena Hofstätter, 17.",
        False,
        [("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Luxemburg (APA/dpa) - Die Innenminister der EU-Staaten haben sich nach mehr als drei Jahren Streit auf eine gemeinsame Position zur Bekämpfung von Missbrauchsdarstellungen im Netz geeinigt.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Anders als ursprünglich geplant sollen Anbieter verschlüsselter Messengerdienste nicht verpflichtet werden, private Nachrichten flächendeckend zu durchsuchen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine freiwillige Suche nach bekannten Darstellungen bleibt dagegen erlaubt, die entsprechende Übergangsregel wird um zwei Jahre verlängert.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Für die Einigung stimmten nach Angaben von Diplomaten 21 Staaten, Österreich und Polen enthielten sich.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Nach Zahlen des US-Meldezentrums NCMEC gingen im vergangenen Jahr mehr als 20 Millionen Hinweise auf solche Inhalte ein.",
        True,
        [("count", 20000000, None, "over")],
        None,
    ),
    (
        "de",
        "Innenminister Florian Brandstätter-Wolf sagte, Österreich habe sich enthalten, weil der Text zu viele Fragen zum Schutz der Privatsphäre offen lasse.",
        True,
        [],
        "Florian Brandstätter-Wolf",
    ),
    ("de", "Nun muss sich der Rat noch mit dem Europaparlament auf einen endgültigen Text einigen.", True, [], None),
    (
        "de",
        "Die Datenschutzorganisation epicenter.works sprach von einem „Etappensieg für das digitale Briefgeheimnis“.",
        False,
        [],
        None,
    ),
    ("de", "Kinderschutzorganisationen zeigten sich enttäuscht.", False, [], None),
    (
        "en",
        "ROME, June 18 (Reuters) - Italy's data protection authority said on Thursday it had fined U.S. chatbot developer Corvid Labs 12.5 million euros for using people's personal data to train its models without an adequate legal basis.",
        True,
        [("date", "--06-18", None, None), ("money", 12500000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The Garante also found that the company had no effective system to stop children under 13 from using its chatbot.",
        True,
        [("duration", 13, "year", "under")],
        None,
    ),
    (
        "en",
        "Corvid Labs must run a six-month information campaign on Italian radio, television and newspapers, the watchdog said.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The company said it would appeal and noted that its annual revenue in Italy was less than 2 million euros.",
        True,
        [("money", 2000000, "EUR", "under")],
        "the company",
    ),
    (
        "en",
        "The Garante has now sanctioned a generative AI company twice in three years.",
        True,
        [("count", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "In 2023, the authority briefly blocked a popular chatbot in Italy for about a month.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Consumer group Altroconsumo said it planned to file a class action on behalf of Italian users.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Innovation cannot be an excuse for ignoring fundamental rights," board member Alessandra Ferri-Colombo said.',
        False,
        [],
        None,
    ),
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission will die Anwendung zentraler Regeln der KI-Verordnung für Hochrisiko-Systeme um bis zu 16 Monate verschieben.",
        True,
        [("duration", 16, "month", "up_to")],
        None,
    ),
    (
        "de",
        "Statt ab August 2026 sollen die Pflichten etwa für KI in der Personalauswahl oder bei der Kreditvergabe erst ab Dezember 2027 gelten.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Kommission begründete den Schritt damit, dass erst 9 von 45 geplanten technischen Normen fertiggestellt seien.",
        True,
        [("count", 9, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "de",
        "Nach Schätzungen der Kommission könnten Unternehmen dadurch bis 2029 Bürokratiekosten von rund 5 Milliarden Euro sparen.",
        True,
        [("year", 2029, None, None), ("money", 5000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Vorschlag muss noch vom Europaparlament und den 27 Mitgliedstaaten gebilligt werden.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Die Verbote besonders riskanter KI-Anwendungen wie des sogenannten Social Scorings gelten bereits seit Februar 2025 und sollen unverändert bleiben.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen-Europaabgeordnete Katharina Sielmann sagte, ihre Fraktion werde gegen jede Verschiebung stimmen.",
        True,
        [],
        "Katharina Sielmann",
    ),
    (
        "de",
        "Der Verbraucherzentrale Bundesverband (vzbv) warf der Kommission vor, den Verbraucherschutz „auf dem Altar der Wettbewerbsfähigkeit“ zu opfern.",
        False,
        [],
        None,
    ),
    ("de", "Der Branchenverband Bitkom begrüßte den Vorschlag als „überfällige Atempause“.", False, [], None),
    (
        "en",
        "NAIROBI, Kenya (AP) — A Kenyan court on Tuesday allowed 184 former content moderators to proceed with a lawsuit against a contractor that screened posts for a major social media platform.",
        True,
        [("count", 184, None, None)],
        None,
    ),
    (
        "en",
        "The moderators say they were paid about $2.20 an hour to review videos of killings, suicides and child abuse.",
        True,
        [("money", 2.2, "USD", "about")],
        None,
    ),
    (
        "en",
        "More than 140 of them have been diagnosed with post-traumatic stress disorder, according to a medical report filed with the court.",
        True,
        [("count", 140, None, "over")],
        None,
    ),
    (
        "en",
        "They are seeking compensation of 1.6 billion Kenyan shillings (about $12.4 million).",
        True,
        [("money", 1600000000, "KES", None), ("money", 12400000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The contractor, Orison Business Services, said it had provided counselling and paid wages above the local minimum.",
        True,
        [],
        None,
    ),
    ("en", "The judge set the next hearing for Oct. 14.", True, [("date", "--10-14", None, None)], None),
    (
        "en",
        '"We watched the worst of humanity for eight hours a day so that others would not have to," said Daniel Mwangi-Otieno, 34, one of the plaintiffs.',
        False,
        [("duration", 8, "hour", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "Labor rights groups say the case could shape how tech firms treat outsourced workers across Africa.",
        False,
        [],
        None,
    ),
    (
        "en",
        "LONDON (PA) - Visits to the 20 most popular pornography sites in Britain have fallen by about a third in the year since mandatory age checks came into force, according to Ofcom.",
        True,
        [("count", 20, None, None), ("fraction", 0.3333, None, "about")],
        "Ofcom",
    ),
    (
        "en",
        "Use of virtual private networks, which can hide a user's location, more than doubled over the same period, the regulator said.",
        True,
        [],
        "the regulator",
    ),
    (
        "en",
        "Ofcom said 14 providers were under investigation for failing to introduce what it calls highly effective age assurance.",
        True,
        [("count", 14, None, None)],
        "Ofcom",
    ),
    (
        "en",
        "The regulator estimates that about 8% of children aged 8 to 14 had visited a pornography site in the month before the rules took effect.",
        True,
        [("percent", 8, "%", "about"), ("duration", 8, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        "Age verification providers said they were now carrying out about five million checks a day.",
        True,
        [("count", 5000000, None, "about")],
        None,
    ),
    (
        "en",
        '"We are not going to apologise for protecting children," Technology Secretary Priya Vasanthan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Privacy advocates argue that millions of adults are now handing sensitive data to little-known verification companies.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat hat am Mittwoch einen Gesetzesentwurf zur Regulierung grosser Kommunikationsplattformen in die Vernehmlassung geschickt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen wären Plattformen und Suchmaschinen, die monatlich von durchschnittlich mindestens zehn Prozent der Schweizer Bevölkerung genutzt werden.",
        True,
        [("percent", 10, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Nach Schätzungen des Bundesamts für Kommunikation (Bakom) fielen damit rund ein Dutzend Angebote unter das Gesetz.",
        True,
        [("count", 12, None, "about")],
        None,
    ),
    (
        "de",
        "Die Plattformen müssten eine Kontaktstelle in der Schweiz bezeichnen und Nutzern ein internes Beschwerdeverfahren anbieten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Wer gegen die Pflichten verstösst, dem drohen Bussen bis zu sechs Prozent des globalen Jahresumsatzes.",
        True,
        [("percent", 6, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Gemäss einer Umfrage des Forschungsinstituts gfs.bern befürworten 68 Prozent der Stimmberechtigten strengere Regeln für Plattformen.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    ("de", "Die Vernehmlassung dauert bis zum 16. November.", True, [("date", "--11-16", None, None)], None),
    (
        "de",
        "«Die Schweiz darf kein rechtsfreier Raum für digitale Konzerne bleiben», sagte Kommunikationsminister Beat Rüegsegger-Frey.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Wirtschaftsdachverband Economiesuisse warnte vor einem «Swiss Finish», der Investitionen abschrecke.",
        False,
        [],
        None,
    ),
    (
        "en",
        "BRUSSELS (AFP) - The European Commission on Thursday fined Orbis, the operator of one of the world's two biggest app stores, 540 million euros for blocking developers from steering users to cheaper offers outside its store.",
        True,
        [("count", 2, None, None), ("money", 540000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "It was the largest fine yet under the Digital Markets Act, which took effect in 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Orbis must end the practice within 60 days or pay periodic penalties worth as much as 5% of the group's daily revenue on average.",
        True,
        [("duration", 60, "day", None), ("percent", 5, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The DMA caps fines at 10% of global turnover, rising to 20% for repeat offenders.",
        True,
        [("percent", 10, "%", None), ("percent", 20, "%", None)],
        None,
    ),
    ("en", "Orbis said it would appeal the decision.", True, [], "Orbis"),
    (
        "en",
        "A group of app developers said they had paid Orbis commissions of up to 30% on digital sales for more than a decade.",
        True,
        [("percent", 30, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The U.S. administration has repeatedly threatened tariffs in response to EU fines on American tech firms.",
        True,
        [],
        None,
    ),
    ("en", '"This decision is about protectionism, not competition," an Orbis spokeswoman said.', False, [], None),
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Das Landgericht Frankfurt hat die Plattform Threadline verpflichtet, sinngleiche Varianten eines verleumderischen Beitrags über eine Kommunalpolitikerin auch ohne erneute Meldung zu löschen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zudem muss das Unternehmen der Frau ein Schmerzensgeld von 12.000 Euro zahlen, wie ein Gerichtssprecher am Montag mitteilte.",
        True,
        [("money", 12000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das manipulierte Foto samt erfundenem Zitat war nach Angaben der Klägerin mehr als 30.000 Mal geteilt worden.",
        True,
        [("count", 30000, None, "over")],
        "die Klägerin",
    ),
    (
        "de",
        "Unterstützt wurde die Klage von der Organisation HateAid, die nach eigenen Angaben seit 2018 mehr als 5.000 Betroffene beraten hat.",
        True,
        [("year", 2018, None, None), ("count", 5000, None, "over")],
        None,
    ),
    (
        "de",
        "Threadline hatte argumentiert, eine automatische Suche nach ähnlichen Beiträgen sei technisch nicht zumutbar.",
        True,
        [],
        None,
    ),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    (
        "de",
        "Die Politikerin sagte vor Gericht, sie habe nach der Kampagne zwei Monate lang das Haus nicht mehr allein verlassen.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "„Dieses Urteil zeigt, dass Plattformen sich nicht hinter ihrer Technik verstecken können“, sagte HateAid-Geschäftsführerin Miriam Vogelsang.",
        False,
        [],
        None,
    ),
    (
        "en",
        "LONDON (PA) - Ministers will make it a criminal offence to create or supply apps that generate sexually explicit deepfake images of real people, the Home Office said on Monday.",
        True,
        [],
        "the Home Office",
    ),
    (
        "en",
        "Offenders could face up to two years in prison under the plans.",
        True,
        [("duration", 2, "year", "up_to")],
        None,
    ),
    (
        "en",
        "The Internet Watch Foundation said it had found 3,512 AI-generated child sexual abuse images on a single forum over a 30-day period.",
        True,
        [("count", 3512, None, None), ("duration", 30, "day", None)],
        "the Internet Watch Foundation",
    ),
    (
        "en",
        "Reports of such images to the charity rose by 380% last year, it said.",
        True,
        [("percent", 380, "%", None)],
        None,
    ),
    (
        "en",
        "Searches for nudification tools in Britain have fallen by about two-thirds since Ofcom ordered several sites to block UK users in the spring, according to the regulator.",
        True,
        [("fraction", 0.6667, None, "about")],
        "the regulator",
    ),
    (
        "en",
        "One in seven secondary school teachers in England said in a survey that a pupil had been targeted with a deepfake image.",
        True,
        [("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "en",
        '"No woman or girl should wake up to find a fake naked image of herself circulating among her classmates," Safeguarding Minister Joanna Threlkeld said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Campaigners said the law should also cover the large AI models on which such apps are built.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brüssel (AFP) - Vor der Parlamentswahl in Bulgarien hat die Plattform Flinkr nach eigenen Angaben ein Netzwerk aus mehr als 27.000 gefälschten Konten gelöscht.",
        True,
        [("count", 27000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Konten hätten in den vergangenen sechs Wochen rund 1,3 Millionen Kommentare zugunsten einer Partei verbreitet, teilte das Unternehmen mit.",
        True,
        [("duration", 6, "week", None), ("count", 1300000, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Die EU-Kommission forderte Flinkr auf, bis zum 20. Oktober Auskunft über seine Empfehlungsalgorithmen im Wahlkampf zu geben.",
        True,
        [("date", "--10-20", None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits das dritte Auskunftsersuchen an die Plattform in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer Auswertung der Organisation Democracy Reporting International erreichten Videos der Partei auf Flinkr im September fünfmal so viele Aufrufe wie die aller anderen Parteien zusammen.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Flinkr erklärte, man arbeite mit Faktenprüfern in allen 27 EU-Staaten zusammen.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Der bulgarische Ministerpräsident sprach von einem „hybriden Angriff auf unsere Demokratie“.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Löschung den Ausgang der Wahl noch beeinflussen kann, ist offen.", False, [], None),
    (
        "en",
        "WASHINGTON (AP) — The maker of AI companion app Kindred will pay $18 million to settle Federal Trade Commission allegations that it collected children's data without their parents' consent, the agency said Tuesday.",
        True,
        [("money", 18000000, "USD", None)],
        "the agency",
    ),
    (
        "en",
        "The FTC said more than 700,000 users of the app were under 13, the age below which federal law requires parental consent.",
        True,
        [("count", 700000, None, "over"), ("duration", 13, "year", "under")],
        "the FTC",
    ),
    (
        "en",
        "The company, Halcyon Interactive, also agreed to delete the data and to submit to independent privacy audits every two years for 20 years.",
        True,
        [("duration", 2, "year", None), ("duration", 20, "year", None)],
        None,
    ),
    ("en", "Halcyon did not admit wrongdoing.", True, [], None),
    (
        "en",
        "The settlement comes as at least 11 states weigh bills that would restrict AI chatbots for minors.",
        True,
        [("count", 11, None, "at_least")],
        None,
    ),
    (
        "en",
        "A Halcyon spokesperson said the company had introduced age verification in March and now bars users under 18 from romantic role-play.",
        True,
        [("duration", 18, "year", "under")],
        None,
    ),
    ("en", '"Kids are not a growth strategy," FTC Chair Andrea Kowalczyk-Reyes said.', False, [], None),
    (
        "en",
        "Parents' groups said the fine amounted to a fraction of what the app had earned from young users.",
        False,
        [],
        None,
    ),
    (
        "en",
        "AMSTERDAM, Oct 8 (Reuters) - The Dutch Data Protection Authority fined U.S. facial recognition company Veritrace 27.5 million euros for building a database of billions of photos scraped from the internet.",
        True,
        [("date", "--10-08", None, None), ("money", 27500000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The authority said the database held more than 40 billion images, including those of people in the Netherlands.",
        True,
        [("count", 40000000000, None, "over")],
        None,
    ),
    (
        "en",
        "It ordered the company to stop processing the data of Dutch residents or pay up to 4.5 million euros in penalties for each month of non-compliance.",
        True,
        [("money", 4500000, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        "Veritrace, which has no office in the European Union, said the decision was unenforceable and that it would not pay.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It was the fifth European regulator to fine the company since 2022.",
        True,
        [("ordinal", 5, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "Dutch companies that use the service could themselves face fines, the regulator warned.", False, [], None),
    (
        "en",
        '"Facial recognition of this kind is deeply intrusive and simply cannot be allowed," the authority\'s chair, Maarten Dekker-Sloot, said.',
        False,
        [],
        None,
    ),
    (
        "de",
        "Berlin (dpa) - Bei einem Testkauf der Verbraucherzentralen auf dem Online-Marktplatz Bazario haben 31 von 48 untersuchten Kinderspielzeugen die EU-Sicherheitsvorschriften nicht erfüllt.",
        True,
        [("count", 31, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "In zwölf Produkten fanden die Prüfer verbotene Weichmacher, in einem Fall das 230-Fache des zulässigen Grenzwerts.",
        True,
        [("count", 12, None, None), ("count", 230, None, None)],
        None,
    ),
    (
        "de",
        "Die EU-Kommission hatte bereits im Juli vorläufig festgestellt, dass Bazario gegen den DSA verstößt, weil die Plattform illegale Produkte nicht wirksam entferne.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Kommission erreichen täglich rund 4,6 Millionen Pakete aus Drittstaaten im Wert von unter 150 Euro die EU.",
        True,
        [("count", 4600000, None, "about"), ("money", 150, "EUR", "under")],
        "die Kommission",
    ),
    (
        "de",
        "Der Marktplatz hat in Deutschland nach eigenen Angaben 19 Millionen monatliche Nutzer.",
        True,
        [("count", 19000000, None, None)],
        None,
    ),
    (
        "de",
        "Bazario teilte mit, die beanstandeten Artikel seien innerhalb von 24 Stunden entfernt und die Händler gesperrt worden.",
        True,
        [("duration", 24, "hour", None)],
        "Bazario",
    ),
    (
        "de",
        "vzbv-Vorständin Ramona Pfleiderer sagte, die Plattform verdiene an jedem gefährlichen Produkt kräftig mit.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verbraucherschützer raten Eltern, beim Kauf von Spielzeug auf einen Händler mit Sitz in der EU zu achten.",
        False,
        [],
        None,
    ),
    (
        "en",
        "LUXEMBOURG, Nov 19 (Reuters) - The EU's General Court on Thursday annulled the European Commission's method for calculating the annual supervisory fee that large online platforms pay under the Digital Services Act.",
        True,
        [("date", "--11-19", None, None)],
        None,
    ),
    (
        "en",
        "The fee is capped at 0.05% of a provider's worldwide annual net income.",
        True,
        [("percent", 0.05, "%", None)],
        None,
    ),
    (
        "en",
        "Threadline and Lumigram had challenged the fee, arguing that the Commission based it on group-wide profits rather than on the platforms' own figures.",
        True,
        [],
        None,
    ),
    (
        "en",
        "For this year, the Commission had set the fees for 24 providers at a combined 58.2 million euros.",
        True,
        [("count", 24, None, None), ("money", 58200000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The court gave the Commission 12 months to adopt a new method, during which the existing fees remain in place.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Either side may take the case to the EU's top court within two months and 10 days.",
        True,
        [("duration", 2, "month", None), ("duration", 10, "day", None)],
        None,
    ),
    ("en", "A Commission spokesperson said it took note of the ruling and would study it carefully.", False, [], None),
    ("en", "Lumigram said it welcomed the judgment.", False, [], None),
    (
        "de",
        "Luxemburg (dpa) - Schon der Verlust der Kontrolle über persönliche Daten nach einem Datenleck kann nach einem Urteil des Europäischen Gerichtshofs (EuGH) einen Anspruch auf Schadenersatz begründen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Geklagt hatte ein Mann aus Bayern, dessen Telefonnummer und Geburtsdatum 2021 bei einem Datenleck eines sozialen Netzwerks zusammen mit den Daten von rund 410 Millionen weiteren Nutzern im Netz gelandet waren.",
        True,
        [("year", 2021, None, None), ("count", 410000000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bundesgerichtshof hatte in einem ähnlichen Fall bereits 150 Euro als angemessenen Ausgleich für den bloßen Kontrollverlust bezeichnet.",
        True,
        [("money", 150, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Luxemburger Richter stellten klar, dass es für solche Ansprüche keine Bagatellgrenze gebe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Verbraucheranwälte schätzen, dass in Deutschland allein wegen dieses Lecks noch rund 6.000 Klagen anhängig sind.",
        True,
        [("count", 6000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Kläger hatte 1.000 Euro verlangt, über die Höhe muss nun das Landgericht Regensburg entscheiden.",
        True,
        [("money", 1000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Plattformbetreiber erklärte, das Urteil ändere nichts daran, dass er die Daten nie aktiv weitergegeben habe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das ist ein guter Tag für alle, deren Daten im Netz verschleudert wurden“, sagte sein Anwalt Tobias Kreitmayr.",
        False,
        [],
        None,
    ),
    (
        "en",
        "LONDON, Dec 3 (Reuters) - Major social media platforms removed fewer than one in five posts containing illegal hate speech within a day of being notified, a study by the Centre for Digital Accountability found.",
        True,
        [("date", "--12-03", None, None), ("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "Researchers reported 1,500 posts in English, German and French to four platforms between August and October.",
        True,
        [("count", 1500, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Threadline removed 9% of the reported posts, Lumigram 27% and Flinkr 34%, the study found.",
        True,
        [("percent", 9, "%", None), ("percent", 27, "%", None), ("percent", 34, "%", None)],
        None,
    ),
    (
        "en",
        'Under the EU\'s Digital Services Act, platforms must act on such notices "without undue delay", though the law sets no fixed deadline.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Germany's Network Enforcement Act had required obviously illegal content to be taken down within 24 hours.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Lumigram said it had removed 98% of the hateful content it found in the last quarter before anyone reported it.",
        True,
        [("percent", 98, "%", None)],
        "Lumigram",
    ),
    (
        "en",
        "Threadline said the study relied on a small sample and did not reflect its enforcement worldwide.",
        True,
        [],
        "Threadline",
    ),
    (
        "en",
        '"Platforms promised Brussels the world and delivered a shrug," said the centre\'s director, Imran Choudhury.',
        False,
        [],
        None,
    ),
    ("en", "Whether the Commission will act on the findings remains unclear.", False, [], None),
]
