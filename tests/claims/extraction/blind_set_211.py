"""Two-hundred-and-eleventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Alpacom, Gregor Pfandl, Korvanta, Anton Scheuring, Vernetra, Carsten Mühlhoff,
Lindhoff Mobil, Timo Reckling, Ursula Brandtner, Helvanet, Corina Bärtschi, Mertiva,
Frederik Vollrath, Sabine Ohlendorf, Quorix, Klaus Reimold, Quenlo, "X9 Ultra", Jan
Petersen, Telvio, Stadtwerke Wesertal, Kerstin Ahlers, Rheinlogik, Mathias Trautwein,
Drautec, Martina Lackner; Cirrona Cloud, Hollis Brandt, Keswick Research, Cloudmetric,
Solvane Semiconductor, Ingrid Haldorsen, Grant Whitacre, Altavance Micro, "Helix", Naomi
Pritchard, Derek Salcedo, Redwater Wireless, Jolene Marsh, Chirply, Lena Markovic,
Brightloom Software, Owen Keating, Jobcull, Heathline Mobile, Priya Lomax, Bronwyn Tate,
Jaldhara Telecom, Vikram Sethi, Kitasora Devices, Kenta Oshiro, Pebblechat, Calderwave,
Fiona Harcastle, Kestrel Labs, Amara Quist; every unnamed minister, commissioner,
spokesperson, analyst, trader, mayor and campaigner); ministers, regulators' heads and
officials of real bodies appear under made-up names that stand for no real holder, or by
their role only ("der Bundesdigitalminister", "die zuständige Kommissarin", "die zuständige
Staatssekretärin", "Niedersachsens Innenministerin", "Commerce Secretary Grant Whitacre",
"Communications Minister Bronwyn Tate"). Real bodies, laws, places and things (RTR,
Arbeiterkammer, Downdetector, EU-Kommission, Bundeswirtschaftsministerium, Land
Brandenburg, Bund der Steuerzahler, Bloomberg, Datenschutz-Grundverordnung,
Verbraucherzentrale, heise online, Bundesamt für Kommunikation, Bakom, Gericht der EU,
Digital Markets Act, Bundesnetzagentur, Telekom-Monitor der RTR, Finanzministerium,
Gemeindebund, Waldviertel, Fricktal, Landeskriminalamt, eco, Hanau, Land Kärnten, PRO-GE;
Wall Street, LSEG, the Commerce Department, the FBI, the Federal Communications Commission,
Ofcom, the Telecom Regulatory Authority of India, the Data Protection Commission, the Irish
High Court, the GDPR, G7, Which?, and the datelines' cities) stand for the way wire copy
names them; every result, user number, cut, outage, fine, breach, subsidy, coverage share,
price and quote here is invented, and where a real figure came to mind it was changed
(the GDPR's 72-hour reporting duty and 4% ceiling and the Digital Markets Act's 10% and 20%
ceilings and 5% daily penalty are stated as the laws set them, as the hundred-sixth and
hundred-twenty-eighth batches stated them).

Its weight: TECHNOLOGY COMPANIES AND TELECOMS over one ordinary wire week in the third-quarter
reporting season, Monday to Friday, October 20 to 24, of one year, as 26 short stories in
story order, the German and English stories interleaved by day, each told as wire copy runs
it (a dateline lead, the figures, attributed claims, the other side, quotes, reactions).
Half German (APA, dpa, dpa-AFX, dpa/lni, Keystone-SDA, Reuters German; Austrian
"Ostösterreich", "Frühpensionsmodell", "Arbeitsstiftung", "APA-Recherchen", Swiss "innert",
"60'000", «» quotes, German „“ quotes): an Austrian mobile outage "gut siebenstündig" with
a regulator's deadline and a test-winner claim, a Taiwanese chipmaker's plant in Brandenburg
with subsidies, nodes and wafers, a telecom group's third quarter with customer numbers and
consensus, a mobile provider's data breach with accounts and the reporting duty, a Swiss
fixed-line outage "fast einen halben Tag" long in places, a software group's job cuts
("etwa jede neunte"), a Digital Markets Act fine, Germany's 5G and fibre coverage, Austrian
fibre subsidies, a Chinese smartphone maker's launch with its marketing, a ransomware attack
on a municipal utility, an AI data centre campus and a Carinthian chip supplier's cuts. Half
English (Reuters, AP, PA, AAP, Bloomberg): a nearly 14-hour cloud outage with Downdetector
counts and service credits, a cut U.S. chip grant with an equity stake, a chipmaker's
quarter with guidance and margin, a carrier's breach of 9.4 million customers, a social
app's daily users and ARPU, software layoffs with severance, an Ofcom fine over 999 calls,
Australia's broadband rollout with coverage shares, India's 5G subscribers in crore and
rupees, a Japanese fab subsidy in yen, an Irish privacy fine over children's accounts, a UK
broadband provider's half year in pence and per cent, and a smart-glasses launch. Negatives
as such copy has them: executives' marketing claims and superlatives without a benchmark,
slogans and launch-video lines, visions and convictions (four with a figure labelled),
reassurances and apologies, labels of unions, lobbies, traders, analysts, campaigners and
officials, a minister's rhetoric, an appeal, advice, a doubt, investors' mood (with a year
labelled), open questions, a no-comment line and a vox pop.

243 rows (122 German, 121 English), 57 negatives (27 German, 30 English), 186 check-worthy
rows of which 23 carry no figure (16 German, 7 English), 291 expected quantities (82 counts,
57 amounts of money - 23 USD, 21 EUR, 5 GBP, 5 INR, 3 JPY -, 42 percentages, all in %, 36
durations - 11 in years, 7 in hours, 6 in months, 5 in days, 4 in weeks, 3 in minutes -, 25
ordinals, 24 years, 13 dates, 12 fractions; 5 of them in five negatives, as the seventeenth
batch labels a figure in a negative), 41 checked speakers (18 German, 23 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vision, conviction, reassurance, apology or piece of marketing rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-sixth, hundred-ninety-sixth, two-hundred-fourth); a quoted or
  reported statement of fact, figure, step or plan is check-worthy with its speaker. Pairs
  from one speaker: Pfandl's cause beside his apology; Scheuring's 1,800 jobs and 35,000
  wafers beside „Brandenburg wird zum Silicon Valley Europas“; Haldorsen's $2.6 billion
  beside "the heart of our American future"; Salcedo's 2 million accelerators beside
  "Nobody else comes close ..." and the "decade-long build-out"; Markovic's 52 minutes
  beside "where culture happens" and her conviction with half a billion users labelled;
  Vollrath's plan beside his conviction with three years labelled; Tate's 90% beside
  "nation-building"; Sethi's 300 billion rupees beside "the world's most connected nation";
  Petersen's 2.5 million devices beside his superlative and „lieben Quenlo“; Oshiro's 2027
  beside "Within five years ..." with 5 years labelled; Harcastle's 3 million homes beside
  "most-loved" and "our strategy is working"; Lackner's reason beside her conviction with
  two years labelled (hundred-ninety-sixth: convictions with a figure); Quist's pre-orders
  beside "the most important product we have ever made". Konjunktiv I paraphrases of a fact
  are check-worthy with the speaker their own attribution gives (Pfandl's cause, Reckling's
  passwords, Brandtner's proceedings, Reimold's rail lines, the Commission's finding,
  Ahlers's weeks, Lackner's reason; fifty-first, hundred-sixth, hundred-twenty-eighth).
- Marketing and executives' claims (fifty-first, fifty-seventh, hundred-sixth,
  hundred-twenty-eighth): a superlative, boast or promise without a benchmark that could be
  checked is a negative („Das ist das beste Smartphone, das je gebaut wurde“, "Nobody else
  comes close to what our chips can do", "the most important product we have ever made",
  "the UK's most-loved broadband brand", "Chirply is where culture happens ...", „Wir sind
  der Wachstumsmotor ...“, „Unsere Kundinnen und Kunden lieben Quenlo ...“, „Kamera, die
  zufällig auch telefonieren kann“, the launch video's "They will change the way you see the
  world"), as are reassurances („Der Schutz Ihrer Daten hat für uns oberste Priorität“, "We
  take the security of our customers' information extremely seriously", "Protecting young
  people has always been at the core ...") and apologies (Pfandl, Bärtschi, Brandt, the
  Heathline spokesperson, Keating's "I take full responsibility"; hundred-sixth). New: a
  marketing claim that names its checkable source is check-worthy - a test result („Im
  Netztest einer Fachzeitschrift war Alpacom ... zum vierten Mal in Folge Testsieger“
  ordinal 4), a contract term ("Cirrona's standard service agreement promises 99.99%
  availability", „Quenlo garantiert ... sieben Jahre lang Sicherheitsupdates“ 7 years) and a
  store rating („im Schnitt mit 4,6 von 5 Sternen“ counts 4.6 and 5, read as the
  fifty-first batch's „mit 9,8 von 10 möglichen Punkten“; „im Schnitt“ no hedge) - as the
  hundred-sixth kept checkable records check-worthy ("The penalty is the biggest Ofcom has
  ever handed ..." here), while the Arbeiterkammer's label about „das beste Netz des
  Landes“ stays a negative.
- New: "24/7" carries no quantity - shorthand for round the clock, as "rund um die Uhr"
  (twenty-seventh) and "around the clock" carry none; it is neither a fraction nor a date
  nor a count ("Our engineers work 24/7 ...", a homepage slogan and a negative).
- Other negatives: labels (the Arbeiterkammer, the Bund der Steuerzahler, traders, a works
  council head, a commissioner, a state secretary, operators, environmental groups, PRO-GE,
  an opposition spokesman, analysts, campaigners, children's rights groups; ninety-eighth,
  hundred-sixth), a minister's rhetoric („Funklöcher gehören ... bald der Vergangenheit
  an“), an appeal without a measure („mahnte die Kommunen, ihre IT-Sicherheit „endlich ernst
  zu nehmen““; two-hundred-fourth), advice („Die Verbraucherzentrale rät ...“, fifty-first),
  investors' mood with 2027 labelled, a doubt ("Some analysts doubt ..."), open questions
  ("Whether regulators ...", „Wie viele Kundendaten ...“, "Privacy advocates questioned
  whether ..."; hundred-twenty-eighth), a no-comment line, a vox pop, a trade
  representative's and a mayor's verdicts.
- Check-worthy without a figure (fifty-first, hundred-sixth, hundred-twenty-eighth): an
  outage's reach, start and cause, emergency numbers unreachable (their numbers
  identifiers), an approval still needed, what a breach did not reach („Zugangsdaten und
  Passwörter seien ... nicht betroffen“; hundred-sixth), proceedings and an investigation
  opened, a regulator's finding, a suit and an appeal announced, findings accepted and a
  fine paid in full, a refusal to pay a ransom („Wir zahlen kein Lösegeld“; the
  hundred-twenty-eighth's „Wir werden nicht zahlen“), a police investigation with the
  suspected group, a supply not at risk, a company's stated reason, a works council's
  account, a cut's focus and a government estimate's comparison.
- Durations (the issue: "fünfstündigen"; every batch): "Eine gut siebenstündige Störung" 7
  hours "over" (hundred-twenty-eighth: "gut fünfstündige"), "A nearly 14-hour outage"
  "nearly", "während rund viereinhalb Stunden" 4.5 "about" (fortieth, fifty-first), "for
  almost 10 hours" "nearly" (fifty-first), "binnen 14 Tagen", "innert 30 Tagen", "Binnen 60
  Tagen", "binnen 72 Stunden", "erst zehn Tage später" ("erst" no hedge), "in 18 months",
  "in three years", "two years of identity theft protection", "at least 14 weeks' pay"
  "at_least" and "two more weeks per year of tenure" 2 weeks ("per year" none;
  hundred-sixth, hundred-twenty-eighth), "an average of 52 minutes a day" and "44 minutes a
  year ago", "in the three months to September", "in the six months to September 30" with
  its date (fifty-first), "within six months", "over the next two years" ("over" before a
  span no hedge, hundred-sixteenth), "has three months", "um sechs Monate", "zwei bis drei
  Wochen" both (hundred-sixth: "sechs bis acht Wochen"), "nach gut drei Jahren Bauzeit"
  "over", "vor drei Jahren" (hundred-sixth: "vor zwei Monaten"), "sieben Jahre lang", "in
  the first 48 hours" ordinal 1 and 48 hours (fifty-first: "in den ersten neun Monaten"),
  "up to six hours" and "up to three minutes" "up_to"; ages "aged 13 to 17" both in years
  (thirty-third: "aged 16 to 64"); in negatives „In drei Jahren“, „in zwei Jahren“ and
  "Within five years" labelled ("within" no hedge). New: "fast einen halben Tag" is 0.5
  days "nearly" - "halb" is a figure fused with its unit, as "eine halbe Milliarde Euro"
  (500,000,000) and "eine Viertelstunde" (0.25 hours, seventeenth), unlike the bare article
  of "eine Stunde": by that article rule "fast eine Stunde lang" carries none (fifth, ninth,
  seventy-sixth; "almost an hour" none). None: "seit Montag", "bis zum Mittag", "in diesem
  Jahr", "seit Jahresbeginn", "im Jahresvergleich", "this year", "a year ago", "a year
  earlier", "a quarter earlier" (hundred-twenty-eighth), "a month", "a day", "before the end
  of the decade", "a decade-long build-out" (two-hundredth: "im vergangenen Jahrzehnt"),
  "half-year profits" (a reporting period, as the earlier "a 9% rise in half-year
  profits"), "the July-September quarter", "current-quarter" (hundred-ninety-sixth). New:
  "Im Sommerquartal" carries no ordinal - the season names the July-to-September quarter
  without a figure, as "the July-September quarter" and "im Schlussquartal"
  (hundred-ninety-sixth) carry none.
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): quarters „im dritten
  Quartal“, "fourth-quarter", "Third-quarter", "in the third quarter", "the fiscal first
  quarter" (fifty-first, hundred-sixth); "die dritte größere Störung ... in diesem Jahr",
  "third major outage", "the second major breach", "der vierte landesweite Ausfall", "der
  fünfte Angriff", "its second round of layoffs", "erst die zweite Strafe" ("erst" no hedge),
  "the Irish regulator's fourth" (the noun left out, hundred-sixth), "das zweite Werk", "Aus
  der ersten Förderrunde", "In einer ersten Ausbaustufe" (hundred-sixth: "nach einer ersten
  Prüfung"), "its first pair", "zum vierten Mal in Folge"; rankings "auf Platz vier"
  (two-hundredth: "auf Rang vier"), "auf Rang 22 von 27" ordinal 22 and count 27
  (fifty-first), "the UK's No. 3 operator" (fifty-first: "No. 2"), "the country's
  fourth-largest carrier" (the issue: "drittgrößte"). "first" as an adverb ("first
  detected", "first promised") carries none (hundred-sixth).
- Fractions (the issue: "drei Viertel", "jeder vierte"): "etwa drei Viertel" 0.75 "about",
  "knapp drei Viertel von ihnen" 0.75 "nearly", "about three quarters of the total" 0.75
  "about" - a share of a whole, while "a quarter earlier" in the next row is a fiscal period
  (hundred-twenty-eighth) -, "More than three-quarters" 0.75 "over", "bei etwa jedem fünften
  Konto" 0.2 "about" (the dative, as "rund einem Drittel", hundred-fourteenth), "knapp ein
  Fünftel" 0.2 "nearly", "etwa jede neunte" 1/9 = 0.1111 "about" (fifty-first: "etwa jede
  siebte" 0.1429), "fast ein Zehntel" 0.1 "nearly", "about a third" and "roughly a third"
  0.3333 "about", "rose by a quarter" 0.25 (hundred-twenty-eighth: "by about a quarter").
- Counts (fifty-first, hundred-sixth, hundred-twenty-eighth): users, accounts, customers,
  subscribers, premises, households and jobs with their hedges ("rund 2,3 Millionen
  Kundenkonten", "about 9.4 million", "roughly 1.7 million of them", "um 412.000 auf 24,6
  Millionen", "netto 38.000" and "a net 86,000" with no hedge, "gut 60'000" "over" (Swiss
  apostrophe, tenth), "crossed 390 million" with no hedge (fifty-first: "crossed 970
  million"), "1.1 crore" 11,000,000 and "21.4 crore" 214,000,000 (forty-first), "half a
  billion daily users" 500,000,000 in a negative (earlier batches: "almost half a billion
  pounds"), "740 der rund 9.800" and "rund 260 seiner 2.150 Stellen" the hedge on its own
  figure (hundred-seventeenth, two-hundredth), "only two of the four planned clean rooms" 2
  and 4 ("only" no hedge, forty-first), "the two largest providers" 2 (hundred-sixth), "the
  last four digits" 4 (hundred-sixth), "four proposed class actions", "analysts'
  expectations of 309 million"); the multiple "nearly four times the level in Europe" 4
  "nearly" (hundred-sixth: "fast viermal so viele"); a cryptocurrency, "60 Bitcoin"
  (fifty-first), beside "umgerechnet rund 5,4 Millionen Euro" "about" ("umgerechnet" no
  hedge). Technical measures are counts (fourth, fifty-first, hundred-twenty-eighth): "im
  16- und 28-Nanometer-Verfahren" 16 and 28, "2-nanometre chips" 2 (the British spelling
  read as "2nm"), "bis zu 35.000 Wafer" "up_to" ("monatlich" none), "mindestens 1 Gbit/s"
  and "mindestens 100 Mbit/s" "at_least", "912 Mbps", "240 Megawatt", "rund 1,3 Gigawatt"
  "about", "380 Kilovolt", "49 grams", "6,8-Zoll-Bildschirm", "5.500 mAh",
  "200-Megapixel-Kamera", "12-megapixel camera", "45.000 KI-Beschleuniger". Names and
  identifiers carry none (fifty-first): "5G", "5G-Netz", "X9 Ultra", "Helix", "US-East-4",
  "G7", "Ebitda", "DSGVO", "GDPR", "Digital Markets Act", the emergency numbers "112",
  "117", "144" and "999", and clock times ("3:12 a.m. ET"); "Tausende", "thousands of
  websites" and "thousands of its customers" none (hundred-sixth).
- Money in the currency written (every batch): "für rund 8,6 Milliarden Euro" "about",
  "knapp 2,9 Milliarden Euro" "nearly", "ursprünglich" no hedge, "by $1.2 billion to $3.4
  billion" both (hundred-twenty-eighth), "up to $4.6 billion" "up_to", "zwischen 280 und 320
  Millionen Euro" both ("zwischen" no hedge, the unit written once, seventy-sixth), "ab
  1.299 Euro" with no hedge (fifty-first: "ab 949 Euro"), "auf 0,95 Euro je Aktie" ("je
  Aktie" none), "auf 31,46 Euro", "to $187.35", "118.6p" 1.186 GBP and "2.4p per share"
  0.024 GBP (fifty-first: "121.4p"), "£3.50 a month" ("a month" none), "$31.20", "211
  rupees a month from 195 rupees" INR, "6,430 crore rupees ($770 million)" 64,300,000,000
  INR and the converted USD, "about 300 billion rupees" "about", "1.5 trillion rupees", "up
  to 540 billion yen ($3.6 billion)" JPY "up_to" with the bracketed conversion unhedged
  (eightieth), "about 1.7 trillion yen", "about 5 trillion yen" (two-hundred-fourth:
  "trillion yen" JPY), "385 million euros ($447 million)" (hundred-sixth), "£6.8 million",
  „für 40.000 Dollar“ USD, "at least $650 million" "at_least", "a buyback of up to $3
  billion" "up_to", "$1.1 billion ... $9 billion", "$499". Fines and ceilings (fifty-first,
  hundred-sixth): „von bis zu 10 Prozent ..., im Wiederholungsfall von bis zu 20 Prozent“
  both "up_to", „Zwangsgelder von bis zu 5 Prozent seines durchschnittlichen weltweiten
  Tagesumsatzes“ "up_to" („tägliche“ none), "can reach 4%" with no hedge (sixty-fifth,
  hundred-twenty-eighth).
- Percentages: results and shares ("um 3,4 Prozent auf 6,82 Milliarden Euro", "plus or
  minus 2%" with no hedge, hundred-twenty-eighth, "narrowed to 71.3% from 74.0%", "less
  than 5%" "under", "roughly 8% of its workforce" "about", "a 9.9% equity stake", "a 30%
  discount", "99.99% availability", "25% of their monthly bill", "11 per cent" and "4.1 per
  cent" in %); coverage (fifty-first, hundred-twenty-eighth: "94,2 Prozent der Fläche",
  "erst 90,6 Prozent" and "erst 31 Prozent" with no hedge, "rund 2,1 Prozent der Fläche"
  "about", "99,5 Prozent der Fläche", "38,4 Prozent der Haushalte", "90% of fixed-line
  premises", "Only about 38%" "about" - "Only" no hedge); „auf 15 Prozent verdoppeln“ 15
  ("verdoppeln" a verb, none, hundred-seventeenth); "more than doubled" none
  (hundred-fifty-second).
- Years and dates: Reuters and AAP datelines with a day ("SEATTLE, Oct 20", "WASHINGTON,
  Oct 20", "SANTA CLARA, California, Oct 21", the city-less "Oct 22 (Reuters)", "SYDNEY,
  Oct 23 (AAP)", "NEW DELHI, Oct 23", "TOKYO, Oct 23", "DUBLIN, Oct 24") are dates without a
  year; APA, dpa, dpa-AFX, dpa/lni, Keystone-SDA, Reuters German, AP, PA and Bloomberg
  ("(Bloomberg) --") datelines none (seventy-ninth, hundred-sixth). „am 2. Oktober“, „am 7.
  November“, "on Sept. 28", "on Nov. 14", "September 30" dates without a year; "2029", "bis
  Ende 2027", "bis Ende 2026", "bis Mitte 2026", "Seit Anfang 2024", "seit 2021", "seit
  2019", "bis 2030", "ab 2029", "bis 2028", "in 2031 instead of 2028", "The original 2022
  agreement", "since 2022", "in 2027", "by the end of 2026", "by March 2027", "between 2021
  and 2023", "into 2027" (in a negative) the years. Months and seasons alone ("im
  Frühjahr", "since January", "in March", "by June", "in August", "in April", "at the end of
  September"), weekdays and clock times none.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly", "around"
  "about"; "knapp", "fast", "nearly", "almost" "nearly"; "mehr als", "Mehr als", "gut",
  "more than", "More than" "over"; "less than" "under"; "bis zu", "up to" "up_to";
  "mindestens", "at least" "at_least". No hedge: "netto", "a net", "erst", "only", "Only",
  "alone", "bereits", "zeitweise", "im Schnitt", "on average", "an average of",
  "ursprünglich", "first", "weitere", "zusätzlich", "umgerechnet", "zwischen", "ab",
  "binnen", "innert", "within", "plus or minus", "can reach", "crossed".
- Speakers, checked only in forms the earlier batches settled. German: "sagte
  Technikvorstand Gregor Pfandl", "sagte Geschäftsführer Timo Reckling", "sagte
  Geschäftsführerin Kerstin Ahlers", "sagte Geschäftsführerin Martina Lackner" the name with
  the title dropped; "sagte Ahlers" as written; "Korvanta-Europachef Anton Scheuring sagte,
  ...", "Datenschutzbeauftragte Ursula Brandtner sagte, ...", "Vorstandschef Frederik
  Vollrath sagte, ...", "Behördenpräsident Klaus Reimold sagte, ..." and "Petersen sagte,
  ..." opening the row (hundred-twenty-eighth, hundred-ninety-sixth, two-hundredth);
  "teilte das Unternehmen am Dienstag mit" -> "das Unternehmen", "teilte die RTR am
  Montagabend mit" -> "die RTR" (fifty-first), "teilte die Kommission mit", "teilte die
  Bundesnetzagentur am Donnerstag mit" the source in the nominative with the day dropped;
  "nach Angaben des Bundeswirtschaftsministeriums" -> "das Bundeswirtschaftsministerium"
  (fifty-first, two-hundredth); "wie das Bundesamt für Kommunikation mitteilte" and "wie das
  Finanzministerium am Donnerstag mitteilte" -> the body in the nominative - the earlier
  batches disagree on the "wie"-clause (the fortieth, fifty-first, hundred-sixth,
  hundred-twenty-eighth and two-hundredth check it, the hundred-ninety-sixth and
  two-hundred-fourth leave it unchecked), and this batch follows the majority. English: "the
  company said" at the end of a lead -> "the company" (fifty-first, hundred-sixth);
  "according to Downdetector" as written (fifty-first); "Brandt said", "Salcedo said",
  "Sethi said" and "Harcastle said" opening the row as written (hundred-ninety-sixth);
  "Chief Financial Officer Naomi Pritchard said on a call with analysts", "Solvane Chief
  Executive Ingrid Haldorsen said", "Chief Executive Lena Markovic said", "Communications
  Minister Bronwyn Tate said" and "In a memo to staff, Chief Executive Owen Keating said" the
  name with title and occasion dropped (hundred-sixth, hundred-twenty-eighth); "Chief
  Executive Kenta Oshiro told reporters" -> "Kenta Oshiro" (fifty-first, two-hundred-fourth);
  "the department said on Monday" -> "the department", "the industry ministry said on
  Thursday" -> "the industry ministry" (hundred-twenty-eighth: "the telecoms ministry"), "the
  federal communications department says" -> "the federal communications department" (the
  present tense as "the eSafety Commissioner says", hundred-twenty-eighth), "the Telecom
  Regulatory Authority of India said on Thursday" (fifty-first), "The Federal Communications
  Commission said" with the article in lower case (hundred-sixth), "The regulator said" ->
  "the regulator" (hundred-twenty-fifth, hundred-twenty-eighth), "Ofcom said" (fifty-first);
  "Redwater said", "Heathline said" and "Pebblechat said" as written - a company at the head
  of reported speech: the eighteenth, twenty-fourth and fifty-first batches left it
  unchecked, the ninety-eighth, hundredth, hundred-sixth, hundred-seventeenth,
  hundred-twenty-eighth and two-hundredth check it, and this batch follows the majority.
  Left unchecked (None): all negatives, also those with a named speaker; "bestätigte" and
  "kündigte ... an" (no verb of saying, fifty-first, hundred-twenty-eighth), "Nach
  Darstellung von Ohlendorf" and "teilten die Stadtwerke mit" (a form and a plural body no
  batch settled), "Als Ursache nannte das Unternehmen", "nach Unternehmensangaben", "nach
  eigenen Angaben", "nach Recherchen von heise online", "nach dpa-Informationen", "nach
  APA-Recherchen", "laut dem Telekom-Monitor der RTR" (a document, fifty-first), "nach
  Zahlen des Marktforschers Telvio" (a description before the name), "nach Angaben des
  Branchenverbands eco" (a masculine genitive with a description, hundred-eighteenth);
  "Analysts at Keswick Research estimated", "according to research firm Cloudmetric",
  "according to LSEG data", "according to a memo seen by Bloomberg", "its most recent
  annual report put ...", "according to figures it filed ...", "the layoffs tracker Jobcull
  estimates", "according to the competition regulator's quarterly report", "according to
  its own estimates", "according to a government estimate" (data, documents and estimates),
  "The regulator found" (fifty-first), "the social media company said", "Broadband and
  mobile provider Calderwave said" and "Consumer group Which? said" (a description before
  a name, fifty-first, hundred-sixth), "According to Quist" (a form no batch settled), and
  rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_211 = [
    # --- Mobilfunkstörung bei Alpacom (APA) ---
    (
        "de",
        "Wien (APA) - Eine gut siebenstündige Störung im Mobilfunknetz von Alpacom hat am Montag rund 1,4 Millionen Kundinnen und Kunden in Ostösterreich getroffen.",
        True,
        [("duration", 7, "hour", "over"), ("count", 1400000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen waren Telefonie, SMS und mobiles Internet in Wien, Niederösterreich und im Burgenland.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ursache sei ein fehlerhaftes Update der Routing-Software in einem Netzknoten in Wien-Floridsdorf gewesen, sagte Technikvorstand Gregor Pfandl.",
        True,
        [],
        "Gregor Pfandl",
    ),
    (
        "de",
        "„Es tut uns leid, dass wir unsere Kundinnen und Kunden heute so enttäuscht haben“, sagte Pfandl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim Portal Downdetector meldeten Nutzerinnen und Nutzer bis zum Mittag mehr als 22.000 Probleme.",
        True,
        [("count", 22000, None, "over")],
        None,
    ),
    ("de", "Auch der Notruf 112 war in Teilen des Burgenlands fast eine Stunde lang nicht erreichbar.", True, [], None),
    (
        "de",
        "Die Regulierungsbehörde verlangt von Alpacom binnen 14 Tagen einen schriftlichen Bericht, teilte die RTR am Montagabend mit.",
        True,
        [("duration", 14, "day", None)],
        "die RTR",
    ),
    (
        "de",
        "Vertragskundinnen und -kunden erhalten eine Gutschrift von 10 Euro.",
        True,
        [("money", 10, "EUR", None)],
        None,
    ),
    (
        "de",
        "Es war bereits die dritte größere Störung bei Alpacom in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im Netztest einer Fachzeitschrift war Alpacom im Frühjahr zum vierten Mal in Folge Testsieger geworden.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer sprach von einem „Armutszeugnis für einen Betreiber, der sich das beste Netz des Landes auf die Fahnen schreibt“.",
        False,
        [],
        None,
    ),
    # --- Cirrona Cloud outage (Reuters) ---
    (
        "en",
        "SEATTLE, Oct 20 (Reuters) - A nearly 14-hour outage at Cirrona Cloud knocked thousands of websites, banking apps and streaming services offline on Monday, the company said.",
        True,
        [("date", "--10-20", None, None), ("duration", 14, "hour", "nearly")],
        "the company",
    ),
    (
        "en",
        "At the peak, more than 3.1 million users reported problems, according to Downdetector.",
        True,
        [("count", 3100000, None, "over")],
        "Downdetector",
    ),
    (
        "en",
        "The disruption began at 3:12 a.m. ET in the US-East-4 region, where a faulty configuration change took down a core database service.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We know how much our customers depend on us, and we are deeply sorry," Chief Executive Hollis Brandt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brandt said affected customers would receive service credits worth 25% of their monthly bill.",
        True,
        [("percent", 25, "%", None)],
        "Brandt",
    ),
    (
        "en",
        "Cirrona's standard service agreement promises 99.99% availability for the database service.",
        True,
        [("percent", 99.99, "%", None)],
        None,
    ),
    (
        "en",
        "It was Cirrona's third major outage in 18 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Analysts at Keswick Research estimated the outage cost Cirrona's customers at least $650 million in lost sales.",
        True,
        [("money", 650000000, "USD", "at_least")],
        None,
    ),
    (
        "en",
        '"Our engineers work 24/7 so you never have to think about the cloud," reads the slogan on Cirrona\'s homepage.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cirrona holds about 11% of the global cloud infrastructure market, behind the two largest providers, according to research firm Cloudmetric.",
        True,
        [("percent", 11, "%", "about"), ("count", 2, None, None)],
        None,
    ),
    ("en", "Whether regulators will look into the incident remains unclear.", False, [], None),
    # --- Chipwerk in Brandenburg (dpa) ---
    (
        "de",
        "Potsdam (dpa) - Der taiwanische Chipkonzern Korvanta baut bei Frankfurt (Oder) für rund 8,6 Milliarden Euro ein Halbleiterwerk und erhält dafür knapp 2,9 Milliarden Euro an staatlichen Hilfen.",
        True,
        [("money", 8600000000, "EUR", "about"), ("money", 2900000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Produktion soll 2029 anlaufen, gefertigt werden Chips für Autos und Industrieanlagen im 16- und 28-Nanometer-Verfahren.",
        True,
        [("year", 2029, None, None), ("count", 16, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Korvanta-Europachef Anton Scheuring sagte, das Werk werde rund 1.800 Arbeitsplätze schaffen und monatlich bis zu 35.000 Wafer verarbeiten.",
        True,
        [("count", 1800, None, "about"), ("count", 35000, None, "up_to")],
        "Anton Scheuring",
    ),
    ("de", "„Brandenburg wird zum Silicon Valley Europas“, sagte Scheuring.", False, [], None),
    ("de", "Die Beihilfe bedarf noch der Genehmigung durch die EU-Kommission.", True, [], None),
    (
        "de",
        "Der Bund trägt nach Angaben des Bundeswirtschaftsministeriums etwa drei Viertel der Förderung, den Rest übernimmt das Land Brandenburg.",
        True,
        [("fraction", 0.75, None, "about")],
        "das Bundeswirtschaftsministerium",
    ),
    ("de", "Es ist das zweite Werk des Konzerns außerhalb Asiens.", True, [("ordinal", 2, None, None)], None),
    (
        "de",
        "Korvanta hatte die Investition ursprünglich auf 6,5 Milliarden Euro beziffert.",
        True,
        [("money", 6500000000, "EUR", None)],
        None,
    ),
    ("de", "Der Bund der Steuerzahler sprach von einem „Fass ohne Boden“.", False, [], None),
    (
        "de",
        "Die Bauarbeiten sollen im Frühjahr beginnen, die Fertigung nach gut drei Jahren Bauzeit anlaufen.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    # --- Ohio chip grant cut (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 20 (Reuters) - Washington has trimmed a planned Commerce Department grant to Solvane Semiconductor by $1.2 billion to $3.4 billion after the chipmaker scaled back its plans for a fab in Ohio, the department said on Monday.",
        True,
        [("date", "--10-20", None, None), ("money", 1200000000, "USD", None), ("money", 3400000000, "USD", None)],
        "the department",
    ),
    (
        "en",
        "Solvane will now equip only two of the four planned clean rooms, with output due to begin in 2031 instead of 2028.",
        True,
        [("count", 2, None, None), ("count", 4, None, None), ("year", 2031, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The smaller site will still employ about 1,500 people, down from the 3,000 jobs first promised.",
        True,
        [("count", 1500, None, "about"), ("count", 3000, None, None)],
        None,
    ),
    (
        "en",
        "Under the revised terms, the government will take a 9.9% equity stake in Solvane.",
        True,
        [("percent", 9.9, "%", None)],
        None,
    ),
    (
        "en",
        '"This is a great deal for American taxpayers and a great deal for American workers," Commerce Secretary Grant Whitacre said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Solvane Chief Executive Ingrid Haldorsen said the company had already spent $2.6 billion on the site.",
        True,
        [("money", 2600000000, "USD", None)],
        "Ingrid Haldorsen",
    ),
    ("en", '"Ohio is and will remain the heart of our American future," Haldorsen said.', False, [], None),
    (
        "en",
        "Ohio had offered about $600 million in state incentives for the project.",
        True,
        [("money", 600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The original 2022 agreement had promised Solvane up to $4.6 billion.",
        True,
        [("year", 2022, None, None), ("money", 4600000000, "USD", "up_to")],
        None,
    ),
    # --- Vernetra-Quartalszahlen (dpa-AFX) ---
    (
        "de",
        "Bonn (dpa-AFX) - Der Telekommunikationskonzern Vernetra hat im dritten Quartal dank eines starken Mobilfunkgeschäfts mehr verdient als erwartet.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg im Jahresvergleich um 3,4 Prozent auf 6,82 Milliarden Euro, das bereinigte Ebitda um 5,1 Prozent auf 2,47 Milliarden Euro, teilte das Unternehmen am Dienstag mit.",
        True,
        [
            ("percent", 3.4, "%", None),
            ("money", 6820000000, "EUR", None),
            ("percent", 5.1, "%", None),
            ("money", 2470000000, "EUR", None),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "Analysten hatten laut einer Bloomberg-Umfrage im Schnitt ein bereinigtes Ebitda von 2,41 Milliarden Euro erwartet.",
        True,
        [("money", 2410000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Mobilfunkvertragskunden wuchs um 412.000 auf 24,6 Millionen.",
        True,
        [("count", 412000, None, None), ("count", 24600000, None, None)],
        None,
    ),
    (
        "de",
        "Im Festnetz verlor Vernetra dagegen netto 38.000 Breitbandanschlüsse.",
        True,
        [("count", 38000, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Carsten Mühlhoff bestätigte die Jahresprognose, die ein Ebitda-Wachstum von rund 4 Prozent vorsieht.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    ("de", "„Wir sind der Wachstumsmotor der europäischen Telekombranche“, sagte Mühlhoff.", False, [], None),
    (
        "de",
        "Mühlhoff kündigte an, bis Ende 2027 sollten 10 Millionen Haushalte einen Glasfaseranschluss von Vernetra buchen können.",
        True,
        [("year", 2027, None, None), ("count", 10000000, None, None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll für das laufende Geschäftsjahr auf 0,95 Euro je Aktie steigen.",
        True,
        [("money", 0.95, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Aktie legte bis zum Mittag um 2,8 Prozent auf 31,46 Euro zu.",
        True,
        [("percent", 2.8, "%", None), ("money", 31.46, "EUR", None)],
        None,
    ),
    ("de", "Händler sprachen von einer „grundsoliden Vorlage ohne große Überraschungen“.", False, [], None),
    # --- Altavance Micro results (Reuters) ---
    (
        "en",
        "SANTA CLARA, California, Oct 21 (Reuters) - Altavance Micro on Tuesday projected fourth-quarter sales ahead of what Wall Street had pencilled in, as demand for its data centre chips showed no sign of slowing.",
        True,
        [("date", "--10-21", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The chipmaker guided to $14.2 billion in current-quarter revenue, plus or minus 2%, above the $13.6 billion analysts had on average expected, according to LSEG data.",
        True,
        [("money", 14200000000, "USD", None), ("percent", 2, "%", None), ("money", 13600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Third-quarter revenue rose 41% to $12.9 billion, with the data centre unit contributing $9.8 billion, or about three quarters of the total.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 41, "%", None),
            ("money", 12900000000, "USD", None),
            ("money", 9800000000, "USD", None),
            ("fraction", 0.75, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Gross margin narrowed to 71.3% from 74.0% a quarter earlier, Chief Financial Officer Naomi Pritchard said on a call with analysts.",
        True,
        [("percent", 71.3, "%", None), ("percent", 74.0, "%", None)],
        "Naomi Pritchard",
    ),
    (
        "en",
        '"We are at the very start of a decade-long build-out of AI infrastructure," Chief Executive Derek Salcedo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Salcedo said Altavance had shipped more than 2 million of its Helix accelerators since their launch in March.",
        True,
        [("count", 2000000, None, "over")],
        "Salcedo",
    ),
    ("en", '"Nobody else comes close to what our chips can do," Salcedo told analysts.', False, [], None),
    (
        "en",
        "Sales to China have dropped to less than 5% of revenue because of U.S. export curbs.",
        True,
        [("percent", 5, "%", "under")],
        None,
    ),
    (
        "en",
        "Shares rose 6.2% to $187.35 in extended trading.",
        True,
        [("percent", 6.2, "%", None), ("money", 187.35, "USD", None)],
        None,
    ),
    (
        "en",
        "Investors remain divided over whether the AI spending boom can last into 2027.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Datenleck bei Lindhoff Mobil (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Beim Mobilfunkanbieter Lindhoff Mobil haben Unbekannte die Daten von rund 2,3 Millionen Kundenkonten erbeutet.",
        True,
        [("count", 2300000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen sind Namen, Anschriften, Geburtsdaten und bei etwa jedem fünften Konto auch die Bankverbindung, teilte das Unternehmen am Dienstag mit.",
        True,
        [("fraction", 0.2, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Zugangsdaten und Passwörter seien nach derzeitigem Kenntnisstand nicht betroffen, sagte Geschäftsführer Timo Reckling.",
        True,
        [],
        "Timo Reckling",
    ),
    (
        "de",
        "„Der Schutz Ihrer Daten hat für uns oberste Priorität“, heißt es in einer E-Mail an die Kundschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Angriff war bereits am 2. Oktober entdeckt worden, die Behörden wurden jedoch erst zehn Tage später informiert.",
        True,
        [("date", "--10-02", None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "de",
        "Die Datenschutz-Grundverordnung schreibt eine Meldung binnen 72 Stunden vor.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Datenschutzbeauftragte Ursula Brandtner sagte, ihre Behörde habe ein Bußgeldverfahren gegen Lindhoff Mobil eingeleitet.",
        True,
        [],
        "Ursula Brandtner",
    ),
    (
        "de",
        "Die Verbraucherzentrale rät Betroffenen, ihre Kontoauszüge in den kommenden Wochen genau zu prüfen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einem Darknet-Forum werden die Daten nach Recherchen von heise online für 40.000 Dollar angeboten.",
        True,
        [("money", 40000, "USD", None)],
        None,
    ),
    (
        "de",
        "Lindhoff Mobil zählt rund 3,1 Millionen Kundinnen und Kunden, knapp drei Viertel von ihnen sind damit betroffen.",
        True,
        [("count", 3100000, None, "about"), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    # --- Redwater Wireless breach (AP) ---
    (
        "en",
        "DALLAS (AP) — Hackers stole personal information belonging to about 9.4 million current and former customers of Redwater Wireless, the company said Tuesday.",
        True,
        [("count", 9400000, None, "about")],
        "the company",
    ),
    (
        "en",
        "The stolen files include names, phone numbers and the last four digits of Social Security numbers for roughly 1.7 million of them.",
        True,
        [("count", 4, None, None), ("count", 1700000, None, "about")],
        None,
    ),
    (
        "en",
        "Redwater said it first detected suspicious activity on Sept. 28 and had notified the FBI.",
        True,
        [("date", "--09-28", None, None)],
        "Redwater",
    ),
    (
        "en",
        '"We take the security of our customers\' information extremely seriously," the company said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the second major breach at the carrier in three years.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The Federal Communications Commission said it had opened an investigation.",
        True,
        [],
        "the Federal Communications Commission",
    ),
    (
        "en",
        "Redwater will pay for two years of identity theft protection for every customer whose data was taken.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "By Tuesday evening, four proposed class actions had been filed against the company in federal court in Texas.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Sorry doesn\'t cut it when your whole identity is out there," said Jolene Marsh, a customer from Fort Worth.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Redwater, the country's fourth-largest carrier, has about 22 million subscribers.",
        True,
        [("ordinal", 4, None, None), ("count", 22000000, None, "about")],
        None,
    ),
    # --- Netzausfall bei Helvanet (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Ein Ausfall im Festnetz und beim Internet von Helvanet hat am Dienstag während rund viereinhalb Stunden Tausende Geschäftskunden in der Deutschschweiz lahmgelegt.",
        True,
        [("duration", 4.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Auch die Notrufnummern 112, 117 und 144 waren in mehreren Kantonen zeitweise nicht erreichbar, wie das Bundesamt für Kommunikation mitteilte.",
        True,
        [],
        "das Bundesamt für Kommunikation",
    ),
    (
        "de",
        "In einzelnen Gemeinden im Fricktal dauerte die Störung fast einen halben Tag.",
        True,
        [("duration", 0.5, "day", "nearly")],
        None,
    ),
    (
        "de",
        "Das Bakom hat von Helvanet innert 30 Tagen einen Bericht über die Ursache verlangt.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Als Ursache nannte das Unternehmen einen Fehler bei Wartungsarbeiten in einem Rechenzentrum in Zürich-Altstetten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Es tut uns aufrichtig leid, dass wir unsere Kundschaft im Stich gelassen haben», sagte Mediensprecherin Corina Bärtschi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Anfang 2024 ist es bereits der vierte landesweite Ausfall bei Helvanet.",
        True,
        [("year", 2024, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Helvanet zählt rund 1,9 Millionen Festnetz- und Internetkundinnen und -kunden sowie gut 60'000 Geschäftskunden.",
        True,
        [("count", 1900000, None, "about"), ("count", 60000, None, "over")],
        None,
    ),
    (
        "de",
        "«Für ein Land wie die Schweiz ist das schlicht peinlich», sagte ein Vertreter des Gewerbeverbands.",
        False,
        [],
        None,
    ),
    # --- Chirply user numbers (Reuters) ---
    (
        "en",
        "Oct 22 (Reuters) - Chirply's daily active users rose 11% to 318 million in the third quarter, the social media company said on Wednesday, beating analysts' expectations of 309 million.",
        True,
        [
            ("date", "--10-22", None, None),
            ("percent", 11, "%", None),
            ("count", 318000000, None, None),
            ("ordinal", 3, None, None),
            ("count", 309000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Revenue grew 19% to $2.74 billion, while net income more than doubled to $412 million.",
        True,
        [("percent", 19, "%", None), ("money", 2740000000, "USD", None), ("money", 412000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Average revenue per user in the United States and Canada reached $31.20, nearly four times the level in Europe.",
        True,
        [("money", 31.2, "USD", None), ("count", 4, "times", "nearly")],
        None,
    ),
    (
        "en",
        "Chief Executive Lena Markovic said users now spend an average of 52 minutes a day on the app, up from 44 minutes a year ago.",
        True,
        [("duration", 52, "minute", None), ("duration", 44, "minute", None)],
        "Lena Markovic",
    ),
    ("en", '"Chirply is where culture happens, every single day," Markovic said.', False, [], None),
    (
        "en",
        "\"I'm convinced we'll pass half a billion daily users before the end of the decade,\" Markovic told analysts.",
        False,
        [("count", 500000000, None, None)],
        None,
    ),
    (
        "en",
        "Chirply also announced a buyback of up to $3 billion.",
        True,
        [("money", 3000000000, "USD", "up_to")],
        None,
    ),
    ("en", "Chirply's shares jumped 14% in after-hours trading.", True, [("percent", 14, "%", None)], None),
    (
        "en",
        "In the European Union, Chirply has about 62 million monthly users, according to figures it filed with the Commission in August.",
        True,
        [("count", 62000000, None, "about")],
        None,
    ),
    (
        "en",
        'Child-safety campaigners accused the platform of "harvesting teenagers\' attention for profit."',
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Mertiva (Reuters) ---
    (
        "de",
        "Mannheim (Reuters) - Der Softwarekonzern Mertiva streicht weltweit rund 3.200 Stellen, etwa jede neunte.",
        True,
        [("count", 3200, None, "about"), ("fraction", 0.1111, None, "about")],
        None,
    ),
    (
        "de",
        "In Deutschland fallen nach Unternehmensangaben 740 der rund 9.800 Arbeitsplätze weg.",
        True,
        [("count", 740, None, None), ("count", 9800, None, "about")],
        None,
    ),
    (
        "de",
        "Der Abbau soll bis Ende 2026 abgeschlossen sein und einmalig zwischen 280 und 320 Millionen Euro kosten.",
        True,
        [("year", 2026, None, None), ("money", 280000000, "EUR", None), ("money", 320000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Frederik Vollrath sagte, Mertiva wolle die frei werdenden Mittel vor allem in Künstliche Intelligenz stecken.",
        True,
        [],
        "Frederik Vollrath",
    ),
    (
        "de",
        "„In drei Jahren wird Mertiva ein reines KI-Unternehmen sein, davon bin ich überzeugt“, sagte Vollrath.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Betriebsratschefin Sabine Ohlendorf nannte den Abbau „einen Schlag ins Gesicht der Belegschaft“.",
        False,
        [],
        None,
    ),
    ("de", "Nach Darstellung von Ohlendorf erfuhr der Betriebsrat erst am Montagabend von den Plänen.", True, [], None),
    (
        "de",
        "Im dritten Quartal war der Umsatz von Mertiva um 6 Prozent auf 2,1 Milliarden Euro gestiegen, der operative Gewinn um knapp ein Fünftel.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 6, "%", None),
            ("money", 2100000000, "EUR", None),
            ("fraction", 0.2, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Anleger begrüßten den Sparkurs, die Mertiva-Aktie gewann in Frankfurt zeitweise 4,6 Prozent.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Bereits im Frühjahr hatte Mertiva den Abbau von 450 Stellen im Vertrieb angekündigt.",
        True,
        [("count", 450, None, None)],
        None,
    ),
    # --- Brightloom layoffs (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Brightloom Software Inc. is cutting about 2,400 jobs, or roughly 8% of its workforce, in its second round of layoffs this year, according to a memo seen by Bloomberg.",
        True,
        [("count", 2400, None, "about"), ("percent", 8, "%", "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "In a memo to staff, Chief Executive Owen Keating said sales and recruiting staff would bear the brunt of the reductions.",
        True,
        [],
        "Owen Keating",
    ),
    (
        "en",
        "Departing staff in the US will get at least 14 weeks' pay, plus two more weeks per year of tenure.",
        True,
        [("duration", 14, "week", "at_least"), ("duration", 2, "week", None)],
        None,
    ),
    ("en", '"This is a hard day, and I take full responsibility for it," Keating wrote.', False, [], None),
    (
        "en",
        "The company's most recent annual report put its headcount at about 30,000.",
        True,
        [("count", 30000, None, "about")],
        None,
    ),
    (
        "en",
        "Brightloom's shares have fallen about a third this year as investors bet that AI coding tools will erode demand for its products.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "More than 140,000 technology workers have lost their jobs since January, the layoffs tracker Jobcull estimates.",
        True,
        [("count", 140000, None, "over")],
        None,
    ),
    (
        "en",
        "Brightloom's revenue rose 7% to $5.6 billion in the fiscal first quarter.",
        True,
        [("percent", 7, "%", None), ("money", 5600000000, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", "A Brightloom spokesperson declined to comment beyond the memo.", False, [], None),
    # --- DMA-Strafe gegen Quorix (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission hat gegen den US-Plattformbetreiber Quorix wegen Verstößen gegen den Digital Markets Act eine Geldbuße von 720 Millionen Euro verhängt.",
        True,
        [("money", 720000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Quorix habe App-Entwickler daran gehindert, Nutzer auf günstigere Angebote außerhalb seines App-Stores hinzuweisen, teilte die Kommission mit.",
        True,
        [],
        "die Kommission",
    ),
    (
        "de",
        "Binnen 60 Tagen muss der Konzern die Praxis beenden, sonst werden tägliche Zwangsgelder von bis zu 5 Prozent seines durchschnittlichen weltweiten Tagesumsatzes fällig.",
        True,
        [("duration", 60, "day", None), ("percent", 5, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Das Gesetz erlaubt Strafen von bis zu 10 Prozent des weltweiten Jahresumsatzes, im Wiederholungsfall von bis zu 20 Prozent.",
        True,
        [("percent", 10, "%", "up_to"), ("percent", 20, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Es ist erst die zweite Strafe, die Brüssel auf Grundlage des Gesetzes über digitale Märkte verhängt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Quorix kündigte an, vor dem Gericht der EU in Luxemburg gegen die Entscheidung zu klagen.", True, [], None),
    ("de", "„Das ist eine Strafsteuer auf amerikanische Innovation“, sagte ein Quorix-Sprecher.", False, [], None),
    ("de", "Die zuständige Kommissarin sprach von einem „klaren Signal an alle Torwächter“.", False, [], None),
    (
        "de",
        "Im vergangenen Jahr hatte Quorix in der EU nach eigenen Angaben rund 31 Milliarden Euro umgesetzt.",
        True,
        [("money", 31000000000, "EUR", "about")],
        None,
    ),
    # --- Ofcom fines Heathline (PA) ---
    (
        "en",
        "LONDON (PA) - Ofcom has fined Heathline Mobile £6.8 million after a software fault meant thousands of its customers could not reach 999 for almost 10 hours.",
        True,
        [("money", 6800000, "GBP", None), ("duration", 10, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "The regulator said 3,214 emergency calls had failed during the outage in June last year.",
        True,
        [("count", 3214, None, None)],
        "the regulator",
    ),
    ("en", "The penalty is the biggest Ofcom has ever handed a mobile network over emergency calls.", True, [], None),
    (
        "en",
        '"Being able to reach the emergency services is a lifeline, and Heathline let its customers down," Ofcom\'s enforcement director, Priya Lomax, said.',
        False,
        [],
        None,
    ),
    ("en", "Heathline said it accepted the findings and had paid the fine in full.", True, [], "Heathline"),
    (
        "en",
        "The fine includes a 30% discount because the company settled the case.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "Heathline, the UK's No. 3 operator, has about 14 million customers.",
        True,
        [("ordinal", 3, None, None), ("count", 14000000, None, "about")],
        None,
    ),
    ("en", '"We are truly sorry to everyone affected," a Heathline spokesperson said.', False, [], None),
    (
        "en",
        "Ofcom said it would publish new guidance for all operators within six months.",
        True,
        [("duration", 6, "month", None)],
        "Ofcom",
    ),
    # --- Mobilfunkversorgung (dpa) ---
    (
        "de",
        "Bonn (dpa) - Das 5G-Netz in Deutschland deckt inzwischen 94,2 Prozent der Fläche ab, teilte die Bundesnetzagentur am Donnerstag mit.",
        True,
        [("percent", 94.2, "%", None)],
        "die Bundesnetzagentur",
    ),
    ("de", "Vor einem Jahr waren es erst 90,6 Prozent gewesen.", True, [("percent", 90.6, "%", None)], None),
    (
        "de",
        "Auf rund 2,1 Prozent der Fläche gibt es weiterhin überhaupt kein Mobilfunksignal.",
        True,
        [("percent", 2.1, "%", "about")],
        None,
    ),
    (
        "de",
        "Mehr als 4.000 neue Funkmasten sollen bis Ende 2027 diese Lücken schließen.",
        True,
        [("count", 4000, None, "over"), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "„Funklöcher gehören in Deutschland bald der Vergangenheit an“, sagte der Bundesdigitalminister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Behördenpräsident Klaus Reimold sagte, knapp ein Fünftel der Bahnstrecken sei noch nicht durchgehend mit schnellem Mobilfunk versorgt.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "Klaus Reimold",
    ),
    ("de", "Die Netzbetreiber kritisierten die Auflagen als „realitätsfern und teuer“.", False, [], None),
    (
        "de",
        "Bis 2030 müssen die Betreiber 99,5 Prozent der Fläche mit mindestens 100 Mbit/s versorgen.",
        True,
        [("year", 2030, None, None), ("percent", 99.5, "%", None), ("count", 100, None, "at_least")],
        None,
    ),
    (
        "de",
        "Beim Glasfaserausbau liegt Deutschland mit einer Anschlussquote von 38,4 Prozent der Haushalte im EU-Vergleich auf Rang 22 von 27.",
        True,
        [("percent", 38.4, "%", None), ("ordinal", 22, None, None), ("count", 27, None, None)],
        None,
    ),
    # --- Broadband rollout (AAP) ---
    (
        "en",
        "SYDNEY, Oct 23 (AAP) - More than three-quarters of Australian premises can now order a gigabit-capable broadband service, the federal communications department says.",
        True,
        [("date", "--10-23", None, None), ("fraction", 0.75, None, "over")],
        "the federal communications department",
    ),
    (
        "en",
        "The network's builder connected 412,000 additional premises to fibre in the three months to September, taking the total to 6.9 million.",
        True,
        [("count", 412000, None, None), ("duration", 3, "month", None), ("count", 6900000, None, None)],
        None,
    ),
    (
        "en",
        "Communications Minister Bronwyn Tate said the rollout would reach 90% of fixed-line premises by the end of 2026.",
        True,
        [("percent", 90, "%", None), ("year", 2026, None, None)],
        "Bronwyn Tate",
    ),
    ("en", '"This is the nation-building project of our generation," Tate said.', False, [], None),
    (
        "en",
        "About 1.4 million homes and businesses in regional areas still rely on satellite or fixed wireless services.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        'The opposition\'s communications spokesman called the figures "spin dressed up as progress."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Average peak-hour download speeds on the fastest plans reached 912 Mbps in September, according to the competition regulator's quarterly report.",
        True,
        [("count", 912, None, None)],
        None,
    ),
    (
        "en",
        "About 7,600 premises in Tasmania will be moved from satellite to fixed wireless by June.",
        True,
        [("count", 7600, None, "about")],
        None,
    ),
    (
        "en",
        "Only about 38% of eligible premises have so far upgraded to a fibre connection.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    # --- Glasfaserförderung (APA) ---
    (
        "de",
        "Wien (APA) - Der Bund stellt für den Glasfaserausbau in ländlichen Regionen bis 2030 weitere 600 Millionen Euro bereit, wie das Finanzministerium am Donnerstag mitteilte.",
        True,
        [("year", 2030, None, None), ("money", 600000000, "EUR", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Damit sollen zusätzlich rund 420.000 Haushalte in 380 Gemeinden einen Anschluss mit mindestens 1 Gbit/s erhalten.",
        True,
        [("count", 420000, None, "about"), ("count", 380, None, None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "de",
        "Derzeit verfügen laut dem Telekom-Monitor der RTR erst 31 Prozent der österreichischen Haushalte über einen Glasfaseranschluss.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Die zuständige Staatssekretärin sprach von einem „Quantensprung für den ländlichen Raum“.",
        False,
        [],
        None,
    ),
    ("de", "Die Gemeinden müssen einen Eigenanteil von 10 Prozent tragen.", True, [("percent", 10, "%", None)], None),
    (
        "de",
        "Der Gemeindebund begrüßte die Mittel, forderte aber eine Verlängerung der Antragsfrist um sechs Monate.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "„Ohne schnelles Internet wandern die Jungen ab“, sagte ein Bürgermeister aus dem Waldviertel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aus der ersten Förderrunde seit 2021 sind nach APA-Recherchen erst 58 Prozent der Mittel abgeflossen.",
        True,
        [("ordinal", 1, None, None), ("year", 2021, None, None), ("percent", 58, "%", None)],
        None,
    ),
    # --- India 5G (Reuters) ---
    (
        "en",
        "NEW DELHI, Oct 23 (Reuters) - India's 5G subscriber base crossed 390 million at the end of September, the Telecom Regulatory Authority of India said on Thursday.",
        True,
        [("date", "--10-23", None, None), ("count", 390000000, None, None)],
        "the Telecom Regulatory Authority of India",
    ),
    (
        "en",
        "That is roughly a third of the country's 1.19 billion mobile subscribers.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 1190000000, None, None)],
        None,
    ),
    (
        "en",
        "Market leader Jaldhara Telecom alone added 1.1 crore 5G users in the quarter, taking its total to 21.4 crore.",
        True,
        [("count", 11000000, None, None), ("count", 214000000, None, None)],
        None,
    ),
    (
        "en",
        "Jaldhara's net profit rose 18% to 6,430 crore rupees ($770 million) in the July-September quarter.",
        True,
        [("percent", 18, "%", None), ("money", 64300000000, "INR", None), ("money", 770000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Average revenue per user rose to 211 rupees a month from 195 rupees a year earlier.",
        True,
        [("money", 211, "INR", None), ("money", 195, "INR", None)],
        None,
    ),
    (
        "en",
        '"India will be the world\'s most connected nation within this decade," Jaldhara Chairman Vikram Sethi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sethi said the company would invest about 300 billion rupees in its network over the next two years.",
        True,
        [("money", 300000000000, "INR", "about"), ("duration", 2, "year", None)],
        "Sethi",
    ),
    ("en", 'Analysts called the pace of the rollout "breathtaking but financially fragile."', False, [], None),
    (
        "en",
        "The government auctioned 5G spectrum worth 1.5 trillion rupees in 2022.",
        True,
        [("money", 1500000000000, "INR", None), ("year", 2022, None, None)],
        None,
    ),
    # --- Quenlo-Smartphone (dpa) ---
    (
        "de",
        "München (dpa) - Der chinesische Smartphone-Hersteller Quenlo will mit einem neuen Spitzenmodell seinen Marktanteil in Deutschland bis Ende 2026 auf 15 Prozent verdoppeln.",
        True,
        [("year", 2026, None, None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "de",
        "Das Quenlo X9 Ultra kommt am 7. November in den Handel und kostet ab 1.299 Euro.",
        True,
        [("date", "--11-07", None, None), ("money", 1299, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Das ist das beste Smartphone, das je gebaut wurde“, sagte Deutschlandchef Jan Petersen bei der Präsentation.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Gerät hat einen 6,8-Zoll-Bildschirm, einen Akku mit 5.500 mAh und eine 200-Megapixel-Kamera.",
        True,
        [("count", 6.8, None, None), ("count", 5500, None, None), ("count", 200, None, None)],
        None,
    ),
    ("de", "Quenlo bewirbt das Gerät als „Kamera, die zufällig auch telefonieren kann“.", False, [], None),
    (
        "de",
        "Im dritten Quartal kam Quenlo in Deutschland nach Zahlen des Marktforschers Telvio auf einen Anteil von 7,4 Prozent und lag damit auf Platz vier.",
        True,
        [("ordinal", 3, None, None), ("percent", 7.4, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Petersen sagte, Quenlo habe in Deutschland seit dem Marktstart vor drei Jahren mehr als 2,5 Millionen Geräte verkauft.",
        True,
        [("duration", 3, "year", None), ("count", 2500000, None, "over")],
        "Petersen",
    ),
    ("de", "„Unsere Kundinnen und Kunden lieben Quenlo, weil wir ihnen zuhören“, sagte Petersen.", False, [], None),
    (
        "de",
        "Quenlo garantiert für das Gerät sieben Jahre lang Sicherheitsupdates.",
        True,
        [("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Im App-Store bewerten Nutzer die Kamera-App von Quenlo im Schnitt mit 4,6 von 5 Sternen.",
        True,
        [("count", 4.6, None, None), ("count", 5, None, None)],
        None,
    ),
    # --- Japan chip subsidy (Reuters) ---
    (
        "en",
        "TOKYO, Oct 23 (Reuters) - Japan will give chipmaker Kitasora Devices up to 540 billion yen ($3.6 billion) in additional subsidies for its plant in Hokkaido, the industry ministry said on Thursday.",
        True,
        [("date", "--10-23", None, None), ("money", 540000000000, "JPY", "up_to"), ("money", 3600000000, "USD", None)],
        "the industry ministry",
    ),
    (
        "en",
        "That brings total government support for the project to about 1.7 trillion yen since 2022.",
        True,
        [("money", 1700000000000, "JPY", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Kitasora aims to start mass production of 2-nanometre chips in 2027, Chief Executive Kenta Oshiro told reporters.",
        True,
        [("count", 2, None, None), ("year", 2027, None, None)],
        "Kenta Oshiro",
    ),
    (
        "en",
        '"Within five years, Japan will once again lead the world in semiconductors," Oshiro said.',
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The company will need about 5 trillion yen in total to reach full production, according to its own estimates.",
        True,
        [("money", 5000000000000, "JPY", "about")],
        None,
    ),
    ("en", "Some analysts doubt the company can win enough customers to fill the plant.", False, [], None),
    ("en", "The plant will employ around 1,000 engineers once complete.", True, [("count", 1000, None, "about")], None),
    (
        "en",
        "Japan's chip subsidies now exceed those of any other G7 country as a share of economic output, according to a government estimate.",
        True,
        [],
        None,
    ),
    # --- Cyberangriff auf Stadtwerke (dpa) ---
    (
        "de",
        "Oldenburg (dpa/lni) - Nach einem Cyberangriff auf die Stadtwerke Wesertal können rund 86.000 Haushalte seit Montag weder das Kundenportal nutzen noch ihre Abschläge ändern.",
        True,
        [("count", 86000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Strom- und Wasserversorgung sei zu keinem Zeitpunkt gefährdet gewesen, teilten die Stadtwerke mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Angreifer verlangen nach dpa-Informationen ein Lösegeld von 60 Bitcoin, umgerechnet rund 5,4 Millionen Euro.",
        True,
        [("count", 60, None, None), ("money", 5400000, "EUR", "about")],
        None,
    ),
    ("de", "„Wir zahlen kein Lösegeld“, sagte Geschäftsführerin Kerstin Ahlers.", True, [], "Kerstin Ahlers"),
    (
        "de",
        "Das Landeskriminalamt ermittelt, die Täter werden einer russischsprachigen Gruppe zugerechnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es werde voraussichtlich zwei bis drei Wochen dauern, bis alle Systeme wieder liefen, sagte Ahlers.",
        True,
        [("duration", 2, "week", None), ("duration", 3, "week", None)],
        "Ahlers",
    ),
    (
        "de",
        "Niedersachsens Innenministerin mahnte die Kommunen, ihre IT-Sicherheit „endlich ernst zu nehmen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist der fünfte Angriff auf einen kommunalen Versorger in Niedersachsen seit Jahresbeginn.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    ("de", "Wie viele Kundendaten abgeflossen sind, ist noch offen.", False, [], None),
    # --- Irish privacy fine (Reuters) ---
    (
        "en",
        "DUBLIN, Oct 24 (Reuters) - Ireland's Data Protection Commission fined messaging app Pebblechat 385 million euros ($447 million) on Friday for failing to protect children's data.",
        True,
        [("date", "--10-24", None, None), ("money", 385000000, "EUR", None), ("money", 447000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The regulator found that Pebblechat had set the accounts of users aged 13 to 17 to public by default between 2021 and 2023.",
        True,
        [
            ("duration", 13, "year", None),
            ("duration", 17, "year", None),
            ("year", 2021, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Pebblechat has three months to change how it handles the data of minors.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The penalty is the Irish regulator's fourth against a tech firm this year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("en", "Pebblechat said it would challenge the ruling in the Irish High Court.", True, [], "Pebblechat"),
    (
        "en",
        '"Protecting young people has always been at the core of everything we build," a Pebblechat spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pebblechat has about 260 million monthly active users worldwide, about 41 million of them in the European Union.",
        True,
        [("count", 260000000, None, "about"), ("count", 41000000, None, "about")],
        None,
    ),
    (
        "en",
        "GDPR penalties can reach 4% of a firm's worldwide yearly revenue.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    ("en", 'Children\'s rights groups called the fine "a good start, but nowhere near enough."', False, [], None),
    # --- KI-Rechenzentrum (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Der Rechenzentrumsbetreiber Rheinlogik will im Rhein-Main-Gebiet bis 2028 rund 3,2 Milliarden Euro in einen Campus für Künstliche Intelligenz investieren.",
        True,
        [("year", 2028, None, None), ("money", 3200000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Campus in Hanau soll eine Anschlussleistung von 240 Megawatt haben, fast ein Zehntel des Frankfurter Spitzenstrombedarfs.",
        True,
        [("count", 240, None, None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "In einer ersten Ausbaustufe sollen rund 45.000 KI-Beschleuniger installiert werden, kündigte Rheinlogik-Chef Mathias Trautwein an.",
        True,
        [("ordinal", 1, None, None), ("count", 45000, None, "about")],
        None,
    ),
    ("de", "„Wer in Europa bei KI mitreden will, braucht Rechenzentren wie dieses“, sagte Trautwein.", False, [], None),
    (
        "de",
        "Die Abwärme soll ab 2029 rund 9.000 Wohnungen in Hanau heizen.",
        True,
        [("year", 2029, None, None), ("count", 9000, None, "about")],
        None,
    ),
    (
        "de",
        "Umweltverbände kritisierten den Wasserverbrauch der Anlage als „unverantwortlich in Zeiten der Dürre“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Frankfurt sind nach Angaben des Branchenverbands eco derzeit Rechenzentren mit rund 1,3 Gigawatt Leistung in Betrieb.",
        True,
        [("count", 1.3, None, "about")],
        None,
    ),
    (
        "de",
        "Der Campus soll über ein eigenes Umspannwerk mit 380 Kilovolt an das Höchstspannungsnetz angeschlossen werden.",
        True,
        [("count", 380, None, None)],
        None,
    ),
    # --- Calderwave half-year results (PA) ---
    (
        "en",
        "LONDON (PA) - Broadband and mobile provider Calderwave said half-year profits climbed 11 per cent to £412 million as price rises made up for lost customers.",
        True,
        [("percent", 11, "%", None), ("money", 412000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The group lost a net 86,000 broadband customers in the six months to September 30, leaving it with 5.3 million.",
        True,
        [
            ("count", 86000, None, None),
            ("duration", 6, "month", None),
            ("date", "--09-30", None, None),
            ("count", 5300000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Calderwave's mid-contract price rise of £3.50 a month took effect in April.",
        True,
        [("money", 3.5, "GBP", None)],
        None,
    ),
    (
        "en",
        'Chief executive Fiona Harcastle described the company as "the UK\'s most-loved broadband brand."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Harcastle said its own full-fibre network would reach 3 million homes by March 2027.",
        True,
        [("count", 3000000, None, None), ("year", 2027, None, None)],
        "Harcastle",
    ),
    (
        "en",
        "Shares in the group rose 4.1 per cent to 118.6p in early trading.",
        True,
        [("percent", 4.1, "%", None), ("money", 1.186, "GBP", None)],
        None,
    ),
    ("en", "The interim dividend was held at 2.4p per share.", True, [("money", 0.024, "GBP", None)], None),
    ("en", '"These results show that our strategy is working," Harcastle said.', False, [], None),
    (
        "en",
        "Consumer group Which? said complaints about Calderwave rose by a quarter in the period.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    # --- Stellenabbau bei Drautec (APA) ---
    (
        "de",
        "Villach (APA) - Der Kärntner Halbleiterzulieferer Drautec baut bis Mitte 2026 rund 260 seiner 2.150 Stellen ab.",
        True,
        [("year", 2026, None, None), ("count", 260, None, "about"), ("count", 2150, None, None)],
        None,
    ),
    (
        "de",
        "Grund sei die anhaltend schwache Nachfrage aus der Autoindustrie, sagte Geschäftsführerin Martina Lackner.",
        True,
        [],
        "Martina Lackner",
    ),
    (
        "de",
        "Im Sommerquartal brach der Umsatz um knapp 18 Prozent auf 131 Millionen Euro ein.",
        True,
        [("percent", 18, "%", "nearly"), ("money", 131000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für gut 90 ältere Beschäftigte soll es ein Frühpensionsmodell geben.",
        True,
        [("count", 90, None, "over")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft PRO-GE sprach von einem „schwarzen Tag für den Industriestandort Kärnten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich bin überzeugt, dass wir in zwei Jahren wieder einstellen werden“, sagte Lackner.",
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Das Land Kärnten stellt für eine Arbeitsstiftung 4 Millionen Euro bereit.",
        True,
        [("money", 4000000, "EUR", None)],
        None,
    ),
    ("de", "Drautec gehört seit 2019 einem Münchner Finanzinvestor.", True, [("year", 2019, None, None)], None),
    # --- Kestrel smart glasses (AP) ---
    (
        "en",
        "SAN FRANCISCO (AP) — Kestrel Labs unveiled its first pair of smart glasses on Friday, priced at $499 and due in stores on Nov. 14.",
        True,
        [("ordinal", 1, None, None), ("money", 499, "USD", None), ("date", "--11-14", None, None)],
        None,
    ),
    (
        "en",
        '"This is the most important product we have ever made," co-founder and CEO Amara Quist told the crowd.',
        False,
        [],
        None,
    ),
    (
        "en",
        "According to Quist, Kestrel took more than 180,000 pre-orders in the first 48 hours.",
        True,
        [("count", 180000, None, "over"), ("ordinal", 1, None, None), ("duration", 48, "hour", None)],
        None,
    ),
    (
        "en",
        "The glasses weigh 49 grams and run for up to six hours on a single charge.",
        True,
        [("count", 49, None, None), ("duration", 6, "hour", "up_to")],
        None,
    ),
    (
        "en",
        '"They will change the way you see the world — literally," the company\'s launch video says.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The built-in 12-megapixel camera can record video clips of up to three minutes.",
        True,
        [("count", 12, None, None), ("duration", 3, "minute", "up_to")],
        None,
    ),
    (
        "en",
        "The company raised $1.1 billion in a funding round in March that valued it at $9 billion.",
        True,
        [("money", 1100000000, "USD", None), ("money", 9000000000, "USD", None)],
        None,
    ),
    ("en", "Kestrel has about 1,200 employees.", True, [("count", 1200, None, "about")], None),
    ("en", "Privacy advocates questioned whether bystanders would know when the camera is recording.", False, [], None),
]
