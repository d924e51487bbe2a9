"""Hundred-and-forty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Inspectors' chiefs, ambassadors,
negotiators, ministers, spokespeople, lawmakers, researchers, campaigners, residents, firms
and figures are made up (Ruben Castellaro, Sabine Oberleitner, Kaveh Ardalani, Hamid
Rezaeifar - "Hamid Resaeifar" in the German rows -, Hossein Arabzadeh, Kenji Moriyama,
Takeshi Ogura, Yuki Tanabe, Oleg Varennikov, Eleanor Whitlock, Katrin Vollmer, Gregory
Ashcombe, Andrei Zhuravlyov - "Andrej Schurawljow" -, Pavel Lyubimov - "Pawel Ljubimow" -,
Gennadi Worobjow, Nadine Imboden, Tamsin Caldwell, Oliver Pendleton, Harriet Coles, Dale
Whitford, Fabienne Rüegg, Urs Zwahlen, Rakesh Varma, Ingrid Halvorsen, Choi Min-jae; the
consortium member Harcastle Engineering; the missile designation "Hwasong-23", Iran's
enrichment to 75% and the whole series of events); office-holders who would be real people
(the North Korean leader, the UN Secretary-General's spokesman, Iran's parliament speaker
and U.N. envoy, Russia's deputy U.N. ambassador, Pakistan's prime minister, a State
Department spokeswoman in one row, a Regierungssprecher in another) appear only by office,
and the named ministers, envoys and officials are invented and stand for no real holder of
an office. Real bodies, treaties, parties, agencies, papers, markets and places
("Internationale Atomenergiebehörde", "IAEA", "International Atomic Energy Agency", "Board
of Governors", "Gouverneursrat", "KCNA", "Irna", "Nationaler Sicherheitsrat", "Supreme
National Security Council", "Atomic Energy Organization of Iran", "U.N. Security Council",
"White House", "State Department", "U.S. Treasury", "Auswärtiges Amt", "Statistisches
Bundesamt", "BGA", "Die Linke", "EDA", "Palais des Nations", "Nationalrat", "Ständerat",
"Bundesrat", "SP", "SVP", "Bundeshaus", "Staatsduma", "Interfax", "Kosmodrom Plessezk",
"Ministry of Defence", "Aldermaston", "Campaign for Nuclear Disarmament", "CND", "Commons",
"Congressional Budget Office", "Air Force", "Pentagon", "Defence Research and Development
Organisation", "Stockholm International Peace Research Institute", "SIPRI", "Sipri", "Asan
Institute for Policy Studies", "Non-Proliferation Treaty", "Atomwaffensperrvertrag",
"UNO-Atomwaffenverbotsvertrag", "Fliegerhorst Büchel", "Nato", "Rosatom", "Zaporizhzhia",
"Saporischschja", "Fordow", "Fordo", "Natanz", "Isfahan", "Okushiri", "Esashi", "Odisha",
"Nikopol", "Nikkei 225", "Nifty 50", "Aegis", "IR-6", "Brent") stand for the way wire copy
names them; every stockpile, level, cascade, inspection, range, altitude, warhead, ceiling,
tally, sum, rate, date and quote here is invented, and where a real figure came to mind it
was changed.

Its weight: NUCLEAR PROGRAMMES, ARMS CONTROL AND THE IAEA over about seven weeks of one
year (late February to mid-April) in story order, a fictional but wire-realistic series
told as wire copy runs it (a dateline lead, the figures, attributed claims and the other
side's reply, quotes, follow-ups), the German and English stories interleaved by date, most
stories told twice, once by a German service and once by an English one. Half German (APA,
APA/Reuters, APA/dpa, dpa, AFP, Keystone-SDA, Reuters German; German „“ quotes, Swiss
"grösste", "verliessen", «» quotes, Austrian service names): the IAEA's quarterly report on
Iran's stock of uranium enriched to up to 75 Prozent with kilograms, cascades of IR-6
centrifuges, inspections and days without access, a North Korean ICBM test with flight time,
altitude, distance and the won, the Board of Governors' vote finding Iran in breach for the
first time in 17 years with its tally and a Fünf-Punkte-Vorschlag, Iran's parliament
curbing cooperation with the rial at a record low, Berlin on the snapback with trade in
euros, Geneva hosting the U.S.-Russian talks in francs with the draft's warhead ceilings, a
Russian ICBM test and a Duma vote, the Nationalrat voting to prepare accession to the
nuclear weapons ban treaty, a Pakistani missile test with ranges, SIPRI's warhead count,
Japan's missile defence in euros and yen with the survivors of the atomic bombings, the
inspectors back at Fordo and an IAEA rotation at Saporischschja. Half English (Reuters, AP,
PA): the same IAEA report, the North Korean test with the Nikkei, the board's opening, Iran
expelling two inspectors with the rial and Brent, the snapback at the U.N. with a failed
draft's tally, the fourth round of U.S.-Russian talks in Geneva on a successor treaty, U.S.
Treasury sanctions on a procurement network, a warhead plant contract in pounds at
Aldermaston, the CBO's cost estimate for U.S. nuclear forces, India's answering missile
test, SIPRI's count, a Seoul poll on a South Korean bomb, inspectors back at Fordow and the
Zaporizhzhia rotation. Figures as such copy has them: enrichment levels in percent ("bis zu
75 Prozent angereichertem Uran", "enriched to up to 75% purity", "the 75% material", "about
90%"), stockpiles and payloads in kilograms ("by 38.6 kg to 296.4 kg", "um knapp 39
Kilogramm", "a payload of up to 1,500 kg"), centrifuge cascades and machines, inspections,
inspectors and days without access ("seit 142 Tagen", "for 142 days"), missile ranges,
altitudes and flight distances in kilometres ("eine Höhe von etwa 6.300 Kilometern", "more
than 14,000 km", "Reichweiten von 350 und 450 Kilometern", "bis zu 2.480 Kilometern") and
flight times in minutes, warheads and launchers under a draft treaty's limits ("1,420
deployed strategic warheads and 640 deployed missiles and heavy bombers", "up to 14 on-site
inspections a year", "about 8% below the limit"), stocks of warheads by country, tallies of
the IAEA board, the Security Council, Iran's parliament, the Duma and the Nationalrat, sanctions
counted in companies, people, banks, individuals and entities, money in seven currencies
(dollars, euros, pounds, francs, yen, won and rials, exchange rates per dollar), German
number words and compounds ("zweimal", "ein Fünftel", "knapp sechsstündigen",
"dreistündigen", "vierköpfige", "zweitägigen", "Fünf-Punkte-Vorschlag", "die dritte Runde",
"die 42. Rotation", "330-Kilovolt-Reserveleitung", "gut viereinhalb Stunden"), shares in
words ("fast ein Fünftel", "gut ein Drittel", "rund zwei Drittel", "roughly four-fifths",
"nearly a third", "Two in three"), ages, hedges, years and dates. Negatives as such copy has
them: leaders', envoys' and lawmakers' rhetoric in quotes and in Konjunktiv I, threats and
resolve, condemnations and a formal protest, labels of ministries, parties, a parliament
speaker, a prime minister and an embassy, legal verdicts, warnings without a figure (one
with an ordinal), a hope, fears, a doubt, forecasts without a figure, a chant, banners, open
questions (one with a count) and three vox pops with their ages.

241 rows (120 German, 121 English), 56 negatives (28 German, 28 English), 185 check-worthy
rows of which 27 carry no figure (12 German, 15 English), 267 expected quantities (112
counts, 51 durations - 15 in days, 14 in years, 9 in hours, 6 in months, 4 in minutes, 3 in
weeks -, 23 ordinals, 21 percentages - 20 in %, 1 in percentage points -, 20 amounts of
money - 8 USD, 4 EUR, 3 IRR, 2 GBP, 1 KRW, 1 CHF, 1 JPY -, 19 dates, 14 years, 7 fractions;
five of them in five negatives, as the seventeenth batch labels a figure in a negative), 38
checked speakers (18 German, 20 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact or a figure are check-worthy with the speaker their own attribution gives
  ("IAEA-Sprecherin Sabine Oberleitner sagte, die Behörde habe seit 142 Tagen keinen Zugang
  ..." -> "Sabine Oberleitner", sixty-eighth: "IAEA-Sprecherin Judith Kranebitter sagte";
  "Die Rakete ... habe eine Höhe von etwa 6.300 Kilometern erreicht, teilte der Generalstab
  in Seoul mit." -> "der Generalstab", the place dropped as "der Koordinierungsstab für
  Kriegsgefangene in Kiew", hundred-first; "..., sagte Verteidigungsminister Kenji Moriyama
  in Tokio." -> "Kenji Moriyama", the title and the place dropped, hundred-fortieth; "Der
  grösste Teil davon entfalle auf die Sicherheit, teilte das EDA am Mittwoch mit." -> "das
  EDA", the weekday dropped, hundred-fortieth; "Kremlsprecher Pawel Ljubimow sagte, der Start
  sei seit Monaten geplant gewesen ..." -> "Pawel Ljubimow", a denial of a link,
  hundred-sixteenth; "Davon seien etwa 3.950 ..., teilte Sipri mit." -> "Sipri"; "Der Besuch
  sei bei zweitägigen Gesprächen ... vereinbart worden, sagte Außenamtssprecher Hamid
  Resaeifar."; "..., teilte die Behörde mit." -> "die Behörde", hundred-thirty-seventh), and
  with the speaker unchecked after a document, a role or a press office ("Insgesamt verfüge
  Teheran nun über 296,4 Kilogramm ..., heißt es in dem Bericht, ..."; hundred-fourteenth;
  "..., teilte die Pressestelle der Streitkräfte mit." - a press office named by its role,
  not yet settled, so left unchecked). Konjunktiv I rhetoric and resolve are negatives even
  with a named speaker ("Regierungssprecherin Katrin Vollmer sagte, Deutschland bleibe
  gesprächsbereit, eine iranische Atombombe werde man aber „unter keinen Umständen“
  hinnehmen.", "Vizeaußenminister Andrej Schurawljow sagte der Agentur Interfax, ein Abkommen
  sei „nur auf Augenhöhe“ möglich."; hundred-nineteenth: creed; hundred-fortieth), and so are
  a threat without a checkable content ("Der Vorsitzende des Verteidigungsausschusses, Gennadi
  Worobjow, drohte, Moskau könne „jederzeit“ wieder Atomtests aufnehmen.", "Der iranische
  Botschafter bei der IAEA, Kaveh Ardalani, kündigte „angemessene Gegenmaßnahmen“ an.";
  hundred-twenty-fourth) and a conditional line ("Rezaeifar said any further cooperation
  would depend on "the other side's good faith.""; hundred-fortieth: a conditional threat).
- Check-worthy without a figure (forty-first, ninety-eighth, hundred-fourteenth to
  hundred-forty-first): the agency's finding that continuity of knowledge was lost ("The
  agency's director general, Ruben Castellaro, told reporters in Vienna that ..." -> "Ruben
  Castellaro", the name in apposition with the audience and place dropped, sixty-eighth and
  hundred-fortieth), a counter-claim paired with a label ("Iran's ambassador to the agency,
  Kaveh Ardalani, said Tehran had declared every new cascade to inspectors and called the
  report "one-sided."" -> "Kaveh Ardalani"; hundred-sixteenth), no damage reported ("There
  were no immediate reports of damage to ships or aircraft.", "Berichte über Schäden an
  Schiffen oder Flugzeugen gab es zunächst nicht."; fortieth: no reports of damage), state
  media's account of its own test ("KCNA, the North's state news agency, said on Saturday that
  the test of the solid-fuel Hwasong-23 had confirmed ..."; hundred-first and
  hundred-thirty-seventh: a side's account of its own strikes stays a claim), a co-sponsor
  named, a vote expected on Thursday and the next board meeting set (sixty-fifth and
  hundred-twenty-third: a scheduled step; "Über die Motion entscheidet im Sommer die kleine
  Kammer, der Ständerat."), positions of record ("Russia and China have said they will vote
  against ...", Moscow's demand on missile defence -> "Andrei Zhuravlyov", Tehran's refusal to
  recognise the sanctions beside its envoy's label "legally void", the Federal Council's
  rejection of accession, Seoul's commitment to the treaty; ninety-third, hundred-twentieth),
  an allegation of a checkable act by an unnamed spokesman (the workshop at Natanz;
  hundred-twenty-second), Iran's past answers to censures, the law passed in Tehran and its
  terms, the terms of the sanctions ("The measures freeze any U.S. assets ..."; the
  hundred-twenty-second's terms of two laws), the launch site named "nach Angaben aus Moskau",
  the notification of the Indian test ("Foreign ministry spokesman Rakesh Varma said ..." ->
  "Rakesh Varma"), treaty status and basing of record ("Beide Länder sind dem
  Atomwaffensperrvertrag nie beigetreten.", "In Deutschland lagern auf dem Fliegerhorst Büchel
  ... amerikanische Atombomben."; "Beide" none, thirty-first), the IAEA's still-denied access
  (with its label appended in "Castellaro said the visit was "an important gesture" but that
  inspectors were still being kept out ..." -> "Castellaro"), and a task set for the agency's
  chief ("IAEA-Generaldirektor Ruben Castellaro soll bis zur nächsten Tagung im Juni einen
  umfassenden Bericht vorlegen."). New: a resolution's demand with its deadline is the content
  of a decision of record and check-worthy - "Die Resolution fordert Teheran auf, den
  Inspektoren binnen 60 Tagen wieder uneingeschränkten Zugang zu allen Anlagen zu gewähren."
  with 60 days - as the terms of a law are (hundred-twenty-second), not an appeal of a speaker
  (an appeal states no act a desk can check beyond its being made, a resolution's text
  binds its addressee and is on record).
- Estimates, plans and forecasts with a figure are check-worthy (seventh, hundred-nineteenth,
  hundred-twenty-second): the diplomats' "für sechs bis sieben Sprengköpfe" 6 and 7 ("bis" no
  hedge, hundred-thirty-seventh: "80 bis 95"), the experts' range "more than 14,000 km" and
  "mehr als 14.000 Kilometer" "over", "The agency estimates Iran now has enough uranium ... for
  about eight weapons" and "Nach IAEA-Schätzung ... für etwa acht Atomwaffen" (thirty-first:
  "for about 10 nuclear weapons"), the EU's plan "binnen 30 Tagen", the CBO's "$1.02 trillion
  over the next decade", "as many as 1,100 warheads by 2031" ("as many as" "up_to",
  hundredth) and "bis 2031 über bis zu 1.100 Sprengköpfe", Japan's spending plan, Moriyama's
  "bis 2029 ... zwölf Zerstörer", Rosatom's plan to restart "at least one reactor", the
  treaty ceilings of a draft seen by Reuters; forecasts and outlooks without a figure are
  negatives (forty-seventh): "Analysten in Seoul rechnen damit, dass Pjöngjang ... einen
  weiteren Atomtest vorbereitet." ("einen weiteren" none), "Analysts expect Pyongyang to stage
  further launches ...", "Beobachter rechnen damit, dass Neu-Delhi ... antwortet.", "Analysts
  said the tit-for-tat tests were unlikely to derail ...".
- Enrichment, stockpiles, centrifuges and inspections (thirty-first, seventieth,
  eighty-fourth, ninety-first, ninety-fourth): enrichment levels are percentages ("enriched to
  up to 75% purity", "bis zu 75 Prozent angereichertem Uran" and "enriched to up to 75%"
  "up_to"; "typically enriched to about 90%" and "zu rund 90 Prozent angereichert" "about" -
  "typically" no hedge, hundred-seventh: "The NTSB typically issues"). New: an enrichment
  level naming the material ("the 75% material") is percent 75 with no hedge, the figure read
  as written inside the noun phrase as "its 2% target" (eighty-seventh). Stockpiles in
  kilograms are counts ("by 38.6 kg to 296.4 kg" - eighty-fourth: "grew by 32.4 kg to 408.6
  kg" -, "um knapp 39 Kilogramm" "nearly", "Insgesamt ... 296,4 Kilogramm" with "Insgesamt"
  no hedge); cascades, machines, inspections, visits and inspectors are counts ("11 cascades
  ..., up from seven in November", "elf Kaskaden ..., vier mehr als im November" - "mehr"
  after the figure compares, hundred-first -, "about 170 machines", "only nine verification
  visits ..., compared with 23", "lediglich neun Inspektionen ..., nach 23", "about 110
  inspectors ..., 17 of them", "zweimal an der Einreise gehindert" 2 - the issue's "viermal"
  -, "A team of four inspectors", "Das vierköpfige Team" 4 - the number word heading the
  compound, hundred-seventeenth: "22-köpfigen" -). Type designations carry none ("IR-6",
  "Hwasong-23", "Aegis"; fiftieth and hundred-twenty-second: "F-35A", "IRIS-T SLM"), and so
  does "U-Boot-gestützte". Access denied is a duration ("for 142 days", "seit 142 Tagen").
- Missiles (fourth, fiftieth, hundred-seventh, hundred-twelfth): ranges, altitudes, distances
  and payloads are counts ("an altitude of about 6,300 km", "eine Höhe von etwa 6.300
  Kilometern", "travelled nearly 1,100 km", "Nach einer Flugstrecke von knapp 1.100
  Kilometern", "about 250 km west of Okushiri island", "etwa 250 Kilometer westlich",
  "rund 5.800 Kilometer entfernt", "mit einer Reichweite von bis zu 2.480 Kilometern"
  "up_to" - fiftieth: "with a range of up to 450 km" -, "Reichweiten von 350 und 450
  Kilometern" both, the unit written once serving the list, forty-sixth - "zwei
  Kurzstreckenraketen" 2 beside them -, "a payload of up to 1,500 kg" "up_to", "a target
  about 3,700 km away"); flight times are durations ("for about 74 minutes", "rund 74 Minuten
  in der Luft", "86 Minuten lang" - hundred-fortieth: "knapp sechs Stunden lang" -, "weniger
  als zwölf Minuten nach dem Start" 12 minutes "under" - hundred-fortieth: "weniger als"
  "under"). Tests counted and ordered ("der fünfte Raketentest Nordkoreas in diesem Jahr und
  der erste einer Interkontinentalrakete seit Oktober" ordinals 5 and 1 - the elliptic
  "erste", eighty-ninth, as cited in the hundred-fortieth -, "its fifth missile launch this
  year and its first ICBM test", "der zweite Test dieser Art binnen sechs Wochen" 2 and 6
  weeks, "der dritte Raketentest Pakistans binnen zwei Monaten" 3 and 2 months, "India's
  second such test this year" 2; "in diesem Jahr", "this year" none). "ICBM",
  "Interkontinentalrakete", "solid-fuel" and "multiple-warhead" carry none.
- Warheads, treaties and limits (fiftieth, hundred-twenty-second, hundred-fortieth): warheads,
  launchers and inspections under a draft are counts ("1,420 deployed strategic warheads and
  640 deployed missiles and heavy bombers", "je 1420 stationierten strategischen
  Sprengköpfen" - Swiss copy writes four digits without a separator, tenth -, "je 640
  einsatzbereite Interkontinentalraketen" - "je" no hedge, hundred-fortieth -, "up to 14
  on-site inspections a year by each side" "up_to" - "a year" and "each side" none -); "about
  8% below the limit of the expired treaty" 8 "about" ("below" after the figure compares, as
  "above", hundred-thirty-third); stocks by country ("an estimated 12,380" "about",
  hundred-twenty-second: "an estimated"; "about 160 fewer", "about 3,950", "up by around 60",
  "Das sind rund 60 mehr als ein Jahr zuvor." - "ein Jahr zuvor" none -, "by about 90 warheads
  to an estimated 690", "um rund 90 auf etwa 690", "etwa 4.150 einsatzfähige
  Atomsprengköpfe", "jeweils rund 165" - "jeweils" no hedge, hundred-twenty-second -, "around
  55 warheads ... for up to 40 more"), "The world's nine nuclear-armed states" and "Die neun
  Atommächte" 9. "the 2015 nuclear deal" is the year (thirty-first: "Under the 2015 nuclear
  deal"); "since the Cold War" carries none (fiftieth: "the alliance's largest exercise since
  the Cold War"). "snapback", "Snapback-Mechanismus", "UNO-Atomwaffenverbotsvertrag" and
  "Atomwaffensperrvertrag" carry none (names of a rule and of treaties, hundred-twenty-second:
  "the so-called triple lock").
- Votes and bodies (eleventh, sixty-fifth, hundred-first, hundred-twenty-second): each figure
  of a tally is a count ("stimmten 21 Mitgliedstaaten, vier votierten dagegen, neun enthielten
  sich", "stimmten 231 Abgeordnete, fünf votierten dagegen, sieben enthielten sich", "voted
  231-5 ..., with seven abstentions", "won only four votes ..., with nine against and two
  abstentions" - hundred-first: "with 12 votes in favour and three abstentions" -, "mit 98 zu
  91 Stimmen bei 4 Enthaltungen", "stimmten 402 Abgeordnete"); "the 15-member Security
  Council" 15 (eightieth: "The six-member monetary policy committee" 6); "the three
  countries" 3 and "the two countries", "the two sides", "The two delegations" 2
  (eighty-fourth, hundred-fortieth), "beide Delegationen", "Beide Länder" none; "43
  individuals and 78 entities", "27 companies and nine people", "19 iranischen Banken", "81
  Staaten ..., aber keine einzige Atommacht" ("keine einzige" none), "etwa 60 deutsche
  Firmen", "Rund 450 Polizistinnen und Polizisten aus sieben Kantonen", "Rund 200 Personen",
  "about 1,200 jobs", "a further 3,400 jobs" ("a further" no hedge, hundred-twenty-second),
  "a consortium of three firms", "The survey of 1,000 adults", "zwei IAEA-Inspektoren",
  "two IAEA inspectors", "more than 6,000 carbon-fibre components", "more than 20 drone
  attacks", "mehr als 20 Drohnenangriffe", "The plant's six reactors", "Die sechs Reaktoren",
  "at least one reactor" 1 "at_least" (a number word before a noun, hundred-eighteenth: "One
  farmer was charged"), "a single 330-kilovolt backup line" and "an einer einzigen
  330-Kilovolt-Reserveleitung" 330 ("a single", "einzigen" none; sixty-eighth:
  "330-Kilovolt-Leitung"), "einen Fünf-Punkte-Vorschlag" 5 (hundred-fortieth: "ein
  Sieben-Punkte-Papier"). "Ein Barrel" carries none (the German article, twentieth).
- Money in the currency written (every batch): EUR ("4.8 million euros", "knapp 1,1 Milliarden
  Euro" "nearly", "rund 190 Millionen Euro" "about", "umgerechnet rund 9,4 Milliarden Euro"
  "about" - "umgerechnet" no hedge, hundred-seventeenth), USD ("$81.36 a barrel" and "82,10
  Dollar" - "a barrel" and "by 1200 GMT" none, ninety-first -, "about $48 million", "up to $12
  million" "up_to", "$1.02 trillion", "$158 billion, up from ... $84 billion", "$94 billion"),
  GBP ("a £2.6 billion contract", "more than £31 billion" "over"), CHF ("rund 1,4 Millionen
  Franken"), JPY ("1,3 Billionen Yen" 1.3e12 - a German "Billion" is a million millions, third:
  "1,5 Billionen Yen" -), IRR ("1,12 Millionen Rial je Dollar" - eightieth: "1,23 Millionen
  Rial" -, "a record low of 1,134,500 per dollar" and "1,097,000 per dollar" after "The rial",
  an exchange rate being money in the priced currency, fourteenth and ninety-first) and KRW.
  New: the German "Won" after a figure is KRW ("auf 1.471,8 Won je Dollar"), as the German
  "Rand" after a figure is ZAR (hundred-forty-first) and the English "won" KRW; "Der
  südkoreanische Won" before it, with no figure, makes no amount (hundred-forty-first: the
  currency's name without a figure). "Nikkei 225" and "Nifty 50" carry none (ninety-first,
  hundred-forty-first); their moves are percentages ("slipped 0.8%", "gaining 0.4%").
- Percentages and fractions otherwise: "about 40% of it", "about 12% more than" (the "more
  than" after the figure compares), "41,7 Prozent" and "41.7%", "um 0,6 Prozent", "rose 1.9%",
  "um 2,3 Prozent", "about 84%" and "Rund 84 Prozent", "firmed 3.2%", "up from 55%", "a margin
  of error of 3.1 percentage points" 3.1 pp (hundred-twelfth: "2.1 percentage points in either
  direction"); "fast ein Fünftel seines Wertes" 0.2 "nearly", "ein Fünftel weniger als im Jahr
  davor" 0.2 ("weniger" after the share compares, hundred-thirty-seventh), "gut ein Drittel"
  0.3333 "over", "rund zwei Drittel der Befragten" 0.6667 "about" (a poll, check-worthy with
  the speaker unchecked, forty-first and hundred-sixteenth), "nearly a third of them" 0.3333 "nearly",
  "roughly four-fifths" 0.8 "about" (hundred-fourteenth: "two-fifths"), "Two in three South
  Koreans" 0.6667 (hundred-eighteenth: "one in three high-speed trains" 0.3333; the ratio
  without an article a share, hundred-twenty-fourth). "Der grösste Teil davon" carries no
  fraction (hundred-fifteenth: "most of them" none).
- Durations and ordinals (the issue: "fünfstündigen", "das sechste Treffen"): "over the past
  three months" 3 months ("over" before a span no hedge, hundred-sixteenth), "binnen drei
  Monaten" 3 months, "binnen 60 Tagen", "innerhalb von 72 Stunden" and "within 72 hours" 72
  hours (no hedge, forty-first), "72 hours before the launch", "two days after", "nach einer
  knapp dreistündigen Debatte" 3 hours "nearly" and "Nach dem knapp sechsstündigen Auftakt" 6
  hours "nearly" (the hedge before the compound bounding its number, hundred-twentieth),
  "nearly six hours", "about six hours", "rund sechs Stunden", "gut viereinhalb Stunden" 4.5
  hours "over" (hundred-twenty-first), "drei Tage dauern" and "to last three days" 3 days,
  "after two days", "nach zwei Tagen", "two days of talks" and "bei zweitägigen Gesprächen" 2
  days, "delayed by nine days" and "um neun Tage" 9 days, "for the past 23 days" and "seit 23
  Tagen", "over 14 months" 14 months ("over" before a span), "by six months" 6 months, "two
  months after", "seit mehr als drei Jahren" 3 years "over", "about eight years" 8 years
  "about", "in den kommenden fünf Jahren" and "in den vergangenen drei Jahren", "$94 billion
  over 10 years" 10 years, "two years ago" and "three years ago" (thirtieth: "five years
  ago"), "in more than 10 years" 10 years "over", "Erstmals seit 19 Wochen" 19 weeks
  ("Erstmals" none, ninety-third) and "for the first time in 19 weeks" ordinal 1 and 19 weeks,
  "zum ersten Mal seit 17 Jahren" and "for the first time in 17 years" ordinal 1 and 17 years
  (hundred-thirty-ninth: "the first annual decline in four years"). Ages are durations in years
  ("Ihr Durchschnittsalter liegt bei gut 87 Jahren." 87 "over", hundred-twenty-second: "Das
  Durchschnittsalter der Truppe stieg auf 34,1 Jahre."; the vox pops' "Takeshi Ogura, 67,",
  "die 58-jährige Fischhändlerin" and "eine 44-jährige Bewohnerin" in negatives, labelled,
  hundred-fourteenth). Ordinals: "a fourth round", "Die vierte Verhandlungsrunde", "Schon die
  dritte Runde", "the fourth round of Iran-related sanctions", "the third time in a year"
  ("in a year" none, hundred-fortieth: "in a month"), "for the second time in a year",
  "das dritte Gesetz dieser Art seit 2020" with the year, "on the first day" 1, "the first of
  the new missiles" 1 with its year (hundred-forty-first: "the first of three phases"), "the
  42nd rotation" and "die 42. Rotation" 42 (hundred-fortieth: "der 71. Austausch"). New: "am
  vierten und letzten Sitzungstag" is ordinal 4 alone - "letzten" (last) names no figure, as
  "final" names none, and the coordination does not change the ordinal before it.
- Years and dates: "since 2024", "since 2022", "since 2020", "in 2019", "in 2034", "before
  2033", "by 2031", "bis 2031", "bis 2029", "seit 2020", "seit 2022", "in 2022", "im Jahr 2009"
  years; "am 2. März" --03-02, "starting on March 2" --03-02, "on April 21", "on April 8", "on
  June 8" and "für den 8. Juni" dates without a year, "from March 24 to 28" two dates
  (eighty-fourth: "from Sept. 9 to 12"); Reuters datelines with a day ("VIENNA, Feb 24",
  "SEOUL, Feb 27", "VIENNA, March 2", "DUBAI, March 9", "GENEVA, March 17", "WASHINGTON, March
  19", "NEW DELHI, April 3", "STOCKHOLM, April 7", "SEOUL, April 9", "VIENNA, April 13", "KYIV,
  April 15") dates without a year; APA ("Wien (APA) -", "Wien (APA/Reuters) -", "Wien (APA/dpa)
  -", "Kiew (APA/dpa) -"), dpa, AFP, Keystone-SDA, Reuters German ("Stockholm (Reuters) -"),
  AP ("UNITED NATIONS (AP) —", "WASHINGTON (AP) —") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth). None: weekdays, months ("im Februar", "in December", "seit Oktober", "im
  Juni", "in January", "im Sommer"), "Seit Jahresbeginn", "since the start of the year",
  "Anfang des Jahres", "at the start of the year", "a year earlier", "ein Jahr zuvor", "im Jahr
  davor", "im vergangenen Jahr", "last year", "last week", "in der Vorwoche", "this year", "in
  diesem Jahr", "over the next decade" (hundred-twenty-third), "before the end of the year",
  "in den kommenden Wochen", "im abgelaufenen Quartal", "during the quarter",
  "im Vorjahreszeitraum", "a year" and "by 1200 GMT".
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly", "an estimated" "about"; "knapp", "fast", "nearly" "nearly"; "mehr als", "gut",
  "more than" "over"; "weniger als" "under"; "at least" "at_least"; "bis zu", "up to", "as many
  as" "up_to". No hedge: "lediglich", "only", "Insgesamt", "insgesamt", "bereits",
  "inzwischen", "umgerechnet", "je", "jeweils", "each side", "a further", "typically", "bis"
  between two figures, "over" before a span, "within", "binnen", "innerhalb von", and "mehr",
  "weniger", "more than", "below" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: "sagte X" and "X
  sagte, ..." with the title dropped ("IAEA-Sprecherin Sabine Oberleitner sagte",
  "Verteidigungsminister Kenji Moriyama" twice, "Kremlsprecher Pawel Ljubimow sagte",
  "Sipri-Forscherin Ingrid Halvorsen sagte", "sagte Außenamtssprecher Hamid Resaeifar";
  sixty-eighth, hundred-fortieth), "nach Angaben von EDA-Sprecherin Nadine Imboden" -> the name
  (hundred-fortieth: "nach Angaben von Außenamtssprecher Tarek Abdelwahhab"), "teilte der
  Generalstab in Seoul mit" -> "der Generalstab" (above), "teilte das EDA am Mittwoch mit" ->
  "das EDA", "teilte die IAEA mit" -> "die IAEA" (sixty-eighth), "teilte die Behörde mit" ->
  "die Behörde" (hundred-thirty-seventh), "teilte das Auswärtige Amt mit" -> "das Auswärtige
  Amt" (the capitalised adjective in the nominative, hundred-fifteenth), "teilte Sipri mit" ->
  "Sipri" (a name without an article as written, eighty-fifth: "wie Destatis mitteilte"),
  "Nach Angaben der Zentralbank" -> "die Zentralbank", "nach Angaben der Polizei" -> "die
  Polizei", "nach Angaben des Statistischen Bundesamts" -> "das Statistische Bundesamt",
  "nach Angaben des Verteidigungsministeriums" -> "das Verteidigungsministerium" (here inside
  a relative clause) and "nach Angaben des Gesundheitsministeriums" -> "das
  Gesundheitsministerium" (the source with its article in the nominative, seventieth,
  hundred-seventeenth, hundred-forty-first). English: "The IAEA said ..." opening the row ->
  "the IAEA" (the article lowered, hundred-fourteenth), "the agency said" (twice) -> "the
  agency" (hundred-sixteenth: "the commission"), "South Korea's military said" and "Pakistan's
  foreign office said" the possessive form as written (sixty-eighth: "Sudan's army said"),
  "the Defence Research and Development Organisation said" with the article (eightieth), "The
  Campaign for Nuclear Disarmament said ..." -> "the Campaign for Nuclear Disarmament", the
  name in apposition ("The agency's director general, Ruben Castellaro, told reporters",
  "Iran's ambassador to the agency, Kaveh Ardalani, said", "Britain's U.N. ambassador, Eleanor
  Whitlock, said", "A State Department spokeswoman, Tamsin Caldwell, said"; eighty-fourth,
  hundred-sixteenth), the name with the title, the party-and-state label, the relative clause
  and the audience dropped ("Japanese Defence Minister Kenji Moriyama said", "Chief U.S.
  negotiator Gregory Ashcombe told reporters", "Russian Deputy Foreign Minister Andrei
  Zhuravlyov said", "Defence procurement minister Oliver Pendleton told MPs", "Sen. Dale
  Whitford, R-Neb., who chairs the strategic forces subcommittee, said", "Foreign ministry
  spokesman Rakesh Varma said", "SIPRI researcher Ingrid Halvorsen said", "Foreign ministry
  spokesman Hamid Rezaeifar said"; seventy-sixth, seventy-ninth, hundred-twenty-seventh,
  hundred-thirty-second), "Castellaro said" as written. Left unchecked (None): documents and
  data ("a confidential ... report seen by Reuters showed", "the report said", "heißt es in
  dem Bericht", "dem Bericht zufolge", "according to a copy seen by Reuters", "according to
  the designation notice", "according to agency figures", "Official data showed", "a poll by
  the Asan Institute for Policy Studies showed", "nach Informationen von Reuters";
  hundred-fourteenth, hundred-twenty-third), estimates and estimating verbs ("the Congressional
  Budget Office estimated", "The agency estimates", "the institute estimates", "according to
  estimates published ... by the Stockholm International Peace Research Institute", "according
  to independent estimates", "Nach Schätzungen westlicher Diplomaten", "Nach Schätzungen des
  Außenhandelsverbands BGA", "nach Schätzung des Friedensforschungsinstituts Sipri", "Nach
  IAEA-Schätzung", "nach Einschätzung von Fachleuten"; hundred-tenth, ninety-first: "Nach
  Schätzung der IAEA"), plural groups ("Western diplomats said", "Diplomats said", "according
  to diplomats familiar with the plant", "Experts said", "traders said"; forty-first), roles
  ("a State Department spokeswoman said", "An Atomic Energy Organization of Iran spokesman
  said", "Iran's U.N. envoy", "a U.S. official said", "wie ein Regierungssprecher ankündigte",
  "He said"; thirty-seventh, hundred-fortieth), a description before the name ("wie die
  Nachrichtenagentur Irna meldete", "Russia's state nuclear corporation Rosatom said";
  fortieth), sources with an adjective or none named ("nach südkoreanischen Angaben", "nach
  Armeeangaben", "nach Angaben aus Moskau"; seventieth: "nach omanischen Angaben"), a
  press office named by its role ("teilte die Pressestelle der Streitkräfte mit", above), a
  name followed by a description in apposition ("KCNA, the North's state news agency, said" -
  not yet settled), "The government has said" (a government named by its role only, not yet
  settled; the hundred-forty-first settled "The International Monetary Fund has said" for a
  named institution), "The Air Force has told Congress" and "beantragte das
  Verteidigungsministerium" (no verbs of saying, hundred-twentieth), rows without attribution
  and all negatives, also those with a named speaker.
- Negatives (ninety-eighth, hundred-fourteenth to hundred-forty-first): rhetoric and resolve
  in quotes, with or without a name ("Pressure has never worked on the Iranian nation, ...",
  "Our nuclear force grows stronger ...", "The board must not become an instrument ...", „Wer
  mit dem Feuer spielt, ...“, "We will not allow spies dressed up as inspectors ...", "This is
  a dark day for diplomacy,", "Arms control is not a favour ...", «Genf bietet diesen
  Gesprächen gerne eine Bühne», "We will keep squeezing these networks ...", "Every pound spent
  on weapons of mass destruction ...", "Deterrence is expensive, ...", «Die Schweiz darf ...
  nicht abseitsstehen», "India's deterrent is credible, ...", "We are drifting back into an
  arms race, ..." and its German twin with "warnte", "We cannot keep outsourcing our survival
  ...", „Vertrauen entsteht nicht über Nacht“, "Nuclear safety is not a bargaining chip,");
  the leader's words reported by KCNA in Konjunktiv I; the Konjunktiv I lines above; a chant
  and two banners („Atomenergie ist unser unveräußerliches Recht“, «Abrüsten statt
  aufrüsten», «Atomwaffen ächten – jetzt»; hundredth and hundred-eighteenth); labels of a
  ministry, a parliament speaker, parties, a prime minister and an embassy („einseitig und
  politisch gefärbt“ - ninety-fourth: „politisch motiviert“ -, „Antwort auf die Arroganz des
  Westens“, „Rückfall in die Logik des Kalten Krieges“, "a further unacceptable escalation.",
  «reine Symbolpolitik», „Tag des Stolzes für die Nation“, "illegal unilateral sanctions and
  long-arm jurisdiction."); condemnations ("Ein Sprecher des UN-Generalsekretärs verurteilte
  den Start ...", "The White House condemned the launch as "a flagrant violation" ...") and
  a formal protest ("Tokio legte über diplomatische Kanäle Protest in Pjöngjang ein.";
  hundred-twenty-second); legal verdicts without a checkable fact ("Ukraine's energy ministry
  said any restart under Russian control would breach international law.", "Die Ukraine hält
  ein Wiederanfahren ... für „unverantwortlich und völkerrechtswidrig“." - "hält ... für",
  hundred-twenty-second); a hope ("Kremlin spokesman Pavel Lyubimov said he hoped ...";
  thirtieth); warnings without a figure ("Der Verband warnte vor „erheblichen Härten“ ...",
  "Arms control advocates warned that ... for the first time since the Cold War." with its
  ordinal 1 labelled; hundred-fortieth); fears and a doubt ("Händler auf dem Teheraner Basar
  fürchten, ...", "Critics fear the project will follow earlier defence programmes in running
  years late and billions over budget." - "years" and "billions" vague magnitudes, none,
  hundred-eighteenth -, "Arms control groups questioned whether ..."); the forecasts without a
  figure above; open questions ("Whether the three European powers will also seek to restore
  U.N. sanctions remained unclear." with its count 3 labelled, "Ob Großbritannien, Frankreich
  und Deutschland dort eine Resolution ... einbringen, ist noch offen.", "It is not clear how
  Tehran would retaliate ...", "Whether Iran will respond by quitting the Nuclear
  Non-Proliferation Treaty, ... is an open question."; hundred-fourteenth); and three vox pops
  with their ages labelled (Takeshi Ogura, 67, in Esashi; Yuki Tanabe, 58; a resident of
  Nikopol, 44; hundred-twenty-fourth: a vox pop is a negative with its figures labelled).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string."""

# ruff: noqa: E501
BLIND_SET_143 = [
    # --- IAEA report on Iran (Reuters) ---
    (
        "en",
        "VIENNA, Feb 24 (Reuters) - Iran has expanded its stock of uranium enriched to up to 75% purity by 38.6 kg to 296.4 kg over the past three months, a confidential International Atomic Energy Agency report seen by Reuters showed on Tuesday.",
        True,
        [
            ("date", "--02-24", None, None),
            ("percent", 75, "%", "up_to"),
            ("count", 38.6, None, None),
            ("count", 296.4, None, None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Material for a nuclear bomb is typically enriched to about 90%.",
        True,
        [("percent", 90, "%", "about")],
        None,
    ),
    (
        "en",
        "Tehran began producing the 75% material at its Fordow plant in December, after the agency's board censured it for the second time in a year.",
        True,
        [("percent", 75, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The report counted 11 cascades of advanced IR-6 centrifuges now enriching at Fordow, up from seven in November.",
        True,
        [("count", 11, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Each cascade holds about 170 machines, according to diplomats familiar with the plant.",
        True,
        [("count", 170, None, "about")],
        None,
    ),
    (
        "en",
        "Inspectors carried out only nine verification visits in Iran during the quarter, compared with 23 in the same period a year earlier, the report said.",
        True,
        [("count", 9, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "The IAEA said it had not been granted access to the underground site at Isfahan for 142 days.",
        True,
        [("duration", 142, "day", None)],
        "the IAEA",
    ),
    (
        "en",
        "The agency's director general, Ruben Castellaro, told reporters in Vienna that the agency had lost continuity of knowledge over Iran's production of centrifuge parts.",
        True,
        [],
        "Ruben Castellaro",
    ),
    (
        "en",
        'Iran\'s ambassador to the agency, Kaveh Ardalani, said Tehran had declared every new cascade to inspectors and called the report "one-sided."',
        True,
        [],
        "Kaveh Ardalani",
    ),
    (
        "en",
        '"Pressure has never worked on the Iranian nation, and it never will," Ardalani said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Western diplomats said Britain, France and Germany were weighing a resolution against Iran at the Board of Governors meeting starting on March 2.",
        True,
        [("date", "--03-02", None, None)],
        None,
    ),
    (
        "en",
        "Whether the three European powers will also seek to restore U.N. sanctions remained unclear.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    # --- IAEA-Bericht zum Iran (APA/Reuters) ---
    (
        "de",
        "Wien (APA/Reuters) - Der Iran hat seinen Vorrat an bis zu 75 Prozent angereichertem Uran laut einem als vertraulich eingestuften Bericht der Internationalen Atomenergiebehörde (IAEA) binnen drei Monaten um knapp 39 Kilogramm aufgestockt.",
        True,
        [("percent", 75, "%", "up_to"), ("duration", 3, "month", None), ("count", 39, None, "nearly")],
        None,
    ),
    (
        "de",
        "Insgesamt verfüge Teheran nun über 296,4 Kilogramm dieses Materials, heißt es in dem Bericht, welcher der Nachrichtenagentur Reuters vorliegt.",
        True,
        [("count", 296.4, None, None)],
        None,
    ),
    ("de", "Waffenfähiges Uran ist zu rund 90 Prozent angereichert.", True, [("percent", 90, "%", "about")], None),
    (
        "de",
        "Nach Schätzungen westlicher Diplomaten würde der Vorrat nach weiterer Anreicherung für sechs bis sieben Sprengköpfe reichen.",
        True,
        [("count", 6, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Kontrolleure der Behörde konnten im abgelaufenen Quartal lediglich neun Inspektionen im Iran durchführen, nach 23 im Vorjahreszeitraum.",
        True,
        [("count", 9, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "IAEA-Sprecherin Sabine Oberleitner sagte, die Behörde habe seit 142 Tagen keinen Zugang zur unterirdischen Anlage in Isfahan.",
        True,
        [("duration", 142, "day", None)],
        "Sabine Oberleitner",
    ),
    (
        "de",
        "In Fordo laufen dem Bericht zufolge inzwischen elf Kaskaden moderner Zentrifugen vom Typ IR-6, vier mehr als im November.",
        True,
        [("count", 11, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn wurden IAEA-Inspektoren zudem zweimal an der Einreise gehindert.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das iranische Außenministerium wies den Bericht als „einseitig und politisch gefärbt“ zurück.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gouverneursrat der IAEA kommt am 2. März in Wien zu seiner Frühjahrstagung zusammen.",
        True,
        [("date", "--03-02", None, None)],
        None,
    ),
    (
        "de",
        "Ob Großbritannien, Frankreich und Deutschland dort eine Resolution gegen Teheran einbringen, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- Nordkorea testet Interkontinentalrakete (dpa) ---
    (
        "de",
        "Seoul (dpa) - Nordkorea hat erneut eine Interkontinentalrakete getestet, die nach südkoreanischen Angaben rund 74 Minuten in der Luft war.",
        True,
        [("duration", 74, "minute", "about")],
        None,
    ),
    (
        "de",
        "Die Rakete vom Typ Hwasong-23 sei in steilem Winkel abgefeuert worden und habe eine Höhe von etwa 6.300 Kilometern erreicht, teilte der Generalstab in Seoul mit.",
        True,
        [("count", 6300, None, "about")],
        "der Generalstab",
    ),
    (
        "de",
        "Nach einer Flugstrecke von knapp 1.100 Kilometern stürzte sie ins Japanische Meer.",
        True,
        [("count", 1100, None, "nearly")],
        None,
    ),
    (
        "de",
        "Es war bereits der fünfte Raketentest Nordkoreas in diesem Jahr und der erste einer Interkontinentalrakete seit Oktober.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Damals war das Geschoss 86 Minuten lang geflogen.", True, [("duration", 86, "minute", None)], None),
    (
        "de",
        "Auf normaler Flugbahn könnte die Waffe nach Einschätzung von Fachleuten mehr als 14.000 Kilometer weit fliegen und damit das gesamte US-Festland erreichen.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Rakete sei etwa 250 Kilometer westlich der Insel Okushiri in Japans ausschließlicher Wirtschaftszone niedergegangen, sagte Verteidigungsminister Kenji Moriyama in Tokio.",
        True,
        [("count", 250, None, "about")],
        "Kenji Moriyama",
    ),
    ("de", "Berichte über Schäden an Schiffen oder Flugzeugen gab es zunächst nicht.", True, [], None),
    ("de", "Tokio legte über diplomatische Kanäle Protest in Pjöngjang ein.", False, [], None),
    (
        "de",
        "Die staatliche Nachrichtenagentur KCNA zitierte den nordkoreanischen Machthaber mit den Worten, die Atomstreitmacht des Landes werde „mit jedem Tag stärker“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher des UN-Generalsekretärs verurteilte den Start als klaren Verstoß gegen die Resolutionen des Sicherheitsrats.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der südkoreanische Won gab nach dem Start um 0,6 Prozent auf 1.471,8 Won je Dollar nach.",
        True,
        [("percent", 0.6, "%", None), ("money", 1471.8, "KRW", None)],
        None,
    ),
    (
        "de",
        "Analysten in Seoul rechnen damit, dass Pjöngjang noch vor dem Sommer einen weiteren Atomtest vorbereitet.",
        False,
        [],
        None,
    ),
    # --- North Korea ICBM (Reuters) ---
    (
        "en",
        "SEOUL, Feb 27 (Reuters) - North Korea fired an intercontinental ballistic missile on Friday that flew for about 74 minutes before landing in the sea west of Japan, South Korea's military said.",
        True,
        [("date", "--02-27", None, None), ("duration", 74, "minute", "about")],
        "South Korea's military",
    ),
    (
        "en",
        "Launched at a lofted angle from near Pyongyang, the missile reached an altitude of about 6,300 km and travelled nearly 1,100 km.",
        True,
        [("count", 6300, None, "about"), ("count", 1100, None, "nearly")],
        None,
    ),
    (
        "en",
        "It was North Korea's fifth missile launch this year and its first ICBM test since October.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Japanese Defence Minister Kenji Moriyama said the missile appeared to have come down inside Japan's exclusive economic zone, about 250 km west of Okushiri island.",
        True,
        [("count", 250, None, "about")],
        "Kenji Moriyama",
    ),
    ("en", "There were no immediate reports of damage to ships or aircraft.", True, [], None),
    (
        "en",
        "Experts said that on a standard trajectory the missile could fly more than 14,000 km, putting the entire U.S. mainland within range.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    (
        "en",
        "KCNA, the North's state news agency, said on Saturday that the test of the solid-fuel Hwasong-23 had confirmed the reliability of a new multiple-warhead system.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Our nuclear force grows stronger with every passing day, and no sanction can stop it," KCNA quoted the leader as saying.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The White House condemned the launch as "a flagrant violation" of multiple U.N. Security Council resolutions.',
        False,
        [],
        None,
    ),
    (
        "en",
        'In the Hokkaido port of Esashi, fisherman Takeshi Ogura, 67, said: "Every time the alerts go off, we wonder whether it is safe to take the boats out."',
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    (
        "en",
        "Analysts expect Pyongyang to stage further launches around the joint U.S.-South Korean spring drills.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Japan's benchmark Nikkei 225 index slipped 0.8% in early trade.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    # --- IAEA board opens (Reuters) ---
    (
        "en",
        "VIENNA, March 2 (Reuters) - The head of the U.N. nuclear watchdog told its Board of Governors on Monday that inspections in Iran were now rarer than at any time in more than 10 years.",
        True,
        [("date", "--03-02", None, None), ("duration", 10, "year", "over")],
        None,
    ),
    (
        "en",
        "He said the agency had spent 4.8 million euros on its Iran verification work last year, about 40% of it on travel and equipment for inspectors.",
        True,
        [("money", 4800000, "EUR", None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Britain, France and Germany circulated a draft resolution that would find Iran in breach of its safeguards obligations for the first time in 17 years, according to a copy seen by Reuters.",
        True,
        [("ordinal", 1, None, None), ("duration", 17, "year", None)],
        None,
    ),
    ("en", "The United States is co-sponsoring the text, a State Department spokeswoman said.", True, [], None),
    ("en", "Diplomats said a vote on the draft was expected on Thursday.", True, [], None),
    (
        "en",
        '"The board must not become an instrument of political pressure," Russia\'s ambassador to the agency, Oleg Varennikov, said.',
        False,
        [],
        None,
    ),
    ("en", "Russia and China have said they will vote against any resolution targeting Tehran.", True, [], None),
    (
        "en",
        "Iran has in the past responded to board censures by installing more centrifuges and removing surveillance cameras.",
        True,
        [],
        None,
    ),
    ("en", "It is not clear how Tehran would retaliate if the resolution passes.", False, [], None),
    # --- Gouverneursrat rügt Iran (APA/dpa) ---
    (
        "de",
        "Wien (APA/dpa) - Der Gouverneursrat der Internationalen Atomenergiebehörde hat dem Iran am Donnerstag zum ersten Mal seit 17 Jahren einen Verstoß gegen seine Kontrollverpflichtungen bescheinigt.",
        True,
        [("ordinal", 1, None, None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Für die von Großbritannien, Frankreich und Deutschland eingebrachte Resolution stimmten 21 Mitgliedstaaten, vier votierten dagegen, neun enthielten sich.",
        True,
        [("count", 21, None, None), ("count", 4, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer knapp dreistündigen Debatte fiel die Entscheidung am vierten und letzten Sitzungstag.",
        True,
        [("duration", 3, "hour", "nearly"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Resolution fordert Teheran auf, den Inspektoren binnen 60 Tagen wieder uneingeschränkten Zugang zu allen Anlagen zu gewähren.",
        True,
        [("duration", 60, "day", None)],
        None,
    ),
    (
        "de",
        "IAEA-Generaldirektor Ruben Castellaro soll bis zur nächsten Tagung im Juni einen umfassenden Bericht vorlegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zuletzt hatte das Gremium im Jahr 2009 eine solche Feststellung getroffen.",
        True,
        [("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Teheran hatte zuvor einen Fünf-Punkte-Vorschlag für eine schrittweise Rückkehr der Inspektoren vorgelegt, den die Europäer als unzureichend ablehnten.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der iranische Botschafter bei der IAEA, Kaveh Ardalani, kündigte „angemessene Gegenmaßnahmen“ an.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wer mit dem Feuer spielt, wird sich die Finger verbrennen“, sagte Ardalani vor Journalisten.",
        False,
        [],
        None,
    ),
    # --- Iranisches Parlament schränkt Kooperation ein (AFP) ---
    (
        "de",
        "Teheran (AFP) - Das iranische Parlament hat als Reaktion auf die IAEA-Resolution ein Gesetz verabschiedet, das die Zusammenarbeit mit der Behörde weiter einschränkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Entwurf stimmten 231 Abgeordnete, fünf votierten dagegen, sieben enthielten sich, wie die Nachrichtenagentur Irna meldete.",
        True,
        [("count", 231, None, None), ("count", 5, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Inspektoren sollen Atomanlagen demnach nur noch mit Genehmigung des Nationalen Sicherheitsrats betreten dürfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zudem müssen zwei IAEA-Inspektoren das Land innerhalb von 72 Stunden verlassen, wie ein Regierungssprecher ankündigte.",
        True,
        [("count", 2, None, None), ("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits das dritte Gesetz dieser Art seit 2020.",
        True,
        [("ordinal", 3, None, None), ("year", 2020, None, None)],
        None,
    ),
    ("de", "Der Parlamentspräsident sprach von einer „Antwort auf die Arroganz des Westens“.", False, [], None),
    (
        "de",
        "Mehrere Abgeordnete skandierten nach der Abstimmung „Atomenergie ist unser unveräußerliches Recht“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landeswährung fiel auf dem freien Markt auf ein Rekordtief von 1,12 Millionen Rial je Dollar.",
        True,
        [("money", 1120000, "IRR", None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat der Rial damit fast ein Fünftel seines Wertes verloren.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Zentralbank lag die Inflation im Februar bei 41,7 Prozent.",
        True,
        [("percent", 41.7, "%", None)],
        "die Zentralbank",
    ),
    (
        "de",
        "Händler auf dem Teheraner Basar fürchten, dass die Preise für Importwaren weiter steigen.",
        False,
        [],
        None,
    ),
    # --- Iran expels inspectors (Reuters) ---
    (
        "en",
        'DUBAI, March 9 (Reuters) - Iran has ordered two IAEA inspectors to leave the country within 72 hours, the agency said on Monday, calling the decision "unjustified."',
        True,
        [("date", "--03-09", None, None), ("count", 2, None, None), ("duration", 72, "hour", None)],
        "the agency",
    ),
    (
        "en",
        "An Atomic Energy Organization of Iran spokesman said the inspectors had tried to enter a workshop at Natanz that was not on the list of declared sites.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The IAEA has about 110 inspectors designated for Iran, but Tehran has withdrawn the accreditation of 17 of them since 2024, according to agency figures.",
        True,
        [("count", 110, None, "about"), ("count", 17, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Iran's parliament voted 231-5 last week, with seven abstentions, for a law that requires the Supreme National Security Council to approve every inspection.",
        True,
        [("count", 231, None, None), ("count", 5, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The rial slid to a record low of 1,134,500 per dollar on the unofficial market on Monday, traders said.",
        True,
        [("money", 1134500, "IRR", None)],
        None,
    ),
    ("en", "Official data showed inflation running at 41.7% in February.", True, [("percent", 41.7, "%", None)], None),
    (
        "en",
        '"We will not allow spies dressed up as inspectors to roam our facilities," lawmaker Hossein Arabzadeh told state television.',
        False,
        [],
        None,
    ),
    ("en", 'France\'s foreign ministry called the expulsions "a further unacceptable escalation."', False, [], None),
    (
        "en",
        "Brent crude futures rose 1.9% to $81.36 a barrel by 1200 GMT.",
        True,
        [("percent", 1.9, "%", None), ("money", 81.36, "USD", None)],
        None,
    ),
    # --- Snapback at the U.N. (AP) ---
    (
        "en",
        'UNITED NATIONS (AP) — Britain, France and Germany on Thursday triggered the process to restore U.N. sanctions on Iran that were lifted under the 2015 nuclear deal, accusing Tehran of "significant non-performance" of its commitments.',
        True,
        [("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Under the so-called snapback mechanism, the measures return automatically unless the 15-member Security Council votes to keep them lifted.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "They include an arms embargo, a ban on enrichment and an asset freeze on 43 individuals and 78 entities.",
        True,
        [("count", 43, None, None), ("count", 78, None, None)],
        None,
    ),
    (
        "en",
        'Britain\'s U.N. ambassador, Eleanor Whitlock, said the three countries had tried "every diplomatic avenue" over 14 months before taking the step.',
        True,
        [("count", 3, None, None), ("duration", 14, "month", None)],
        "Eleanor Whitlock",
    ),
    (
        "en",
        'Iran\'s U.N. envoy called the move "legally void" and said Tehran would not recognize the reimposed sanctions.',
        True,
        [],
        None,
    ),
    ("en", '"This is a dark day for diplomacy," Russia\'s deputy U.N. ambassador told reporters.', False, [], None),
    (
        "en",
        "A Russian-Chinese draft that would have delayed the snapback by six months won only four votes in the council, with nine against and two abstentions.",
        True,
        [("duration", 6, "month", None), ("count", 4, None, None), ("count", 9, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It was the third time in a year that the two countries had failed to win council backing on the Iran file.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Whether Iran will respond by quitting the Nuclear Non-Proliferation Treaty, as some lawmakers in Tehran have demanded, is an open question.",
        False,
        [],
        None,
    ),
    # --- Berlin zu den Sanktionen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Nach der Auslösung des Snapback-Mechanismus will die EU ihre ausgesetzten Iran-Sanktionen binnen 30 Tagen wieder in Kraft setzen.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Betroffen seien unter anderem Ölimporte, der Handel mit Gold sowie die Konten von 19 iranischen Banken, teilte das Auswärtige Amt mit.",
        True,
        [("count", 19, None, None)],
        "das Auswärtige Amt",
    ),
    (
        "de",
        "Deutsche Unternehmen exportierten im vergangenen Jahr Waren im Wert von knapp 1,1 Milliarden Euro in den Iran, ein Fünftel weniger als im Jahr davor.",
        True,
        [("money", 1100000000, "EUR", "nearly"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Die Importe aus dem Iran lagen nach Angaben des Statistischen Bundesamts bei rund 190 Millionen Euro.",
        True,
        [("money", 190000000, "EUR", "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Nach Schätzungen des Außenhandelsverbands BGA sind noch etwa 60 deutsche Firmen mit eigenen Niederlassungen im Iran tätig.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    ("de", "Der Verband warnte vor „erheblichen Härten“ für den Mittelstand.", False, [], None),
    (
        "de",
        "Regierungssprecherin Katrin Vollmer sagte, Deutschland bleibe gesprächsbereit, eine iranische Atombombe werde man aber „unter keinen Umständen“ hinnehmen.",
        False,
        [],
        None,
    ),
    ("de", "Die Linke sprach von einem „Rückfall in die Logik des Kalten Krieges“.", False, [], None),
    (
        "de",
        "Ein Barrel der Nordseesorte Brent verteuerte sich am Nachmittag um 2,3 Prozent auf 82,10 Dollar.",
        True,
        [("percent", 2.3, "%", None), ("money", 82.1, "USD", None)],
        None,
    ),
    (
        "de",
        "Die EU hatte ihre Iran-Sanktionen bereits zweimal verschärft, zuletzt im Oktober wegen Drohnenlieferungen an Russland.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- U.S.-Russian arms talks in Geneva (Reuters) ---
    (
        "en",
        "GENEVA, March 17 (Reuters) - U.S. and Russian negotiators opened a fourth round of talks on Tuesday on a successor to their last strategic arms treaty, with the two sides still divided over how to count new types of weapons.",
        True,
        [("date", "--03-17", None, None), ("ordinal", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A draft framework seen by Reuters would cap each side at 1,420 deployed strategic warheads and 640 deployed missiles and heavy bombers.",
        True,
        [("count", 1420, None, None), ("count", 640, None, None)],
        None,
    ),
    (
        "en",
        "The warhead ceiling would be about 8% below the limit of the expired treaty.",
        True,
        [("percent", 8, "%", "about")],
        None,
    ),
    (
        "en",
        "The draft also provides for up to 14 on-site inspections a year by each side.",
        True,
        [("count", 14, None, "up_to")],
        None,
    ),
    (
        "en",
        "Chief U.S. negotiator Gregory Ashcombe told reporters the round was expected to last three days.",
        True,
        [("duration", 3, "day", None)],
        "Gregory Ashcombe",
    ),
    (
        "en",
        "Russian Deputy Foreign Minister Andrei Zhuravlyov said Moscow would insist that U.S. missile defences be covered by any agreement.",
        True,
        [],
        "Andrei Zhuravlyov",
    ),
    ("en", '"Arms control is not a favour we do for Washington," Zhuravlyov said.', False, [], None),
    (
        "en",
        "The two delegations met for nearly six hours on the first day, a U.S. official said.",
        True,
        [("count", 2, None, None), ("duration", 6, "hour", "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Together, the United States and Russia still hold roughly four-fifths of the world's nuclear warheads, according to independent estimates.",
        True,
        [("fraction", 0.8, None, "about")],
        None,
    ),
    (
        "en",
        "The previous round, also in Geneva, ended in January after two days without a joint statement.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        'Kremlin spokesman Pavel Lyubimov said he hoped the talks would be "constructive and businesslike."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Arms control advocates warned that without a deal both countries could expand their arsenals for the first time since the Cold War.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Genf als Gastgeber (Keystone-SDA) ---
    (
        "de",
        "Genf (Keystone-SDA) - Die Schweiz lässt sich die Ausrichtung der amerikanisch-russischen Abrüstungsgespräche in Genf rund 1,4 Millionen Franken kosten.",
        True,
        [("money", 1400000, "CHF", "about")],
        None,
    ),
    ("de", "Der grösste Teil davon entfalle auf die Sicherheit, teilte das EDA am Mittwoch mit.", True, [], "das EDA"),
    (
        "de",
        "Rund 450 Polizistinnen und Polizisten aus sieben Kantonen stehen im Einsatz.",
        True,
        [("count", 450, None, "about"), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die vierte Verhandlungsrunde soll nach Angaben von EDA-Sprecherin Nadine Imboden drei Tage dauern.",
        True,
        [("ordinal", 4, None, None), ("duration", 3, "day", None)],
        "Nadine Imboden",
    ),
    (
        "de",
        "Nach dem knapp sechsstündigen Auftakt am Dienstag verliessen beide Delegationen das Genfer Hotel ohne Stellungnahme.",
        True,
        [("duration", 6, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht nach Informationen von Reuters eine Obergrenze von je 1420 stationierten strategischen Sprengköpfen vor.",
        True,
        [("count", 1420, None, None)],
        None,
    ),
    (
        "de",
        "Hinzu kommen je 640 einsatzbereite Interkontinentalraketen, U-Boot-gestützte Raketen und schwere Bomber.",
        True,
        [("count", 640, None, None)],
        None,
    ),
    (
        "de",
        "Schon die dritte Runde im Januar war nach zwei Tagen ohne gemeinsame Erklärung zu Ende gegangen.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "day", None)],
        None,
    ),
    ("de", "«Genf bietet diesen Gesprächen gerne eine Bühne», sagte Imboden.", False, [], None),
    (
        "de",
        "Vor dem Palais des Nations forderten Demonstrierende mit Transparenten wie «Abrüsten statt aufrüsten» ein Ende des Wettrüstens.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 200 Personen nahmen nach Angaben der Polizei an der Kundgebung teil.",
        True,
        [("count", 200, None, "about")],
        "die Polizei",
    ),
    # --- Treasury sanctions (Reuters) ---
    (
        "en",
        "WASHINGTON, March 19 (Reuters) - The U.S. Treasury on Thursday imposed sanctions on 27 companies and nine people in China, the United Arab Emirates and Turkey that it accused of supplying parts for Iran's centrifuge and missile programs.",
        True,
        [("date", "--03-19", None, None), ("count", 27, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "According to the designation notice, the network shipped more than 6,000 carbon-fibre components and machine tools worth about $48 million to Iran since 2022.",
        True,
        [("count", 6000, None, "over"), ("money", 48000000, "USD", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The measures freeze any U.S. assets of those designated and generally bar Americans from dealing with them.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It was the fourth round of Iran-related sanctions announced by the Treasury this year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "A State Department spokeswoman, Tamsin Caldwell, said Washington would offer rewards of up to $12 million for information on the network's financiers.",
        True,
        [("money", 12000000, "USD", "up_to")],
        "Tamsin Caldwell",
    ),
    ("en", '"We will keep squeezing these networks until Tehran changes course," Caldwell said.', False, [], None),
    (
        "en",
        'China\'s embassy in Washington said Beijing firmly opposed "illegal unilateral sanctions and long-arm jurisdiction."',
        False,
        [],
        None,
    ),
    # --- Russischer Raketentest (dpa) ---
    (
        "de",
        "Moskau (dpa) - Russland hat während der Genfer Abrüstungsgespräche eine Interkontinentalrakete getestet, deren Sprengkopf nach Angaben des Verteidigungsministeriums rund 5.800 Kilometer entfernt auf der Halbinsel Kamtschatka einschlug.",
        True,
        [("count", 5800, None, "about")],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Abgefeuert wurde die Rakete nach Angaben aus Moskau vom Kosmodrom Plessezk im Norden des Landes.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kremlsprecher Pawel Ljubimow sagte, der Start sei seit Monaten geplant gewesen und habe mit den Verhandlungen nichts zu tun.",
        True,
        [],
        "Pawel Ljubimow",
    ),
    (
        "de",
        "Es war bereits der zweite Test dieser Art binnen sechs Wochen.",
        True,
        [("ordinal", 2, None, None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Russland verfügt nach Schätzungen unabhängiger Fachleute über etwa 4.150 einsatzfähige Atomsprengköpfe.",
        True,
        [("count", 4150, None, "about")],
        None,
    ),
    (
        "de",
        "In der Staatsduma stimmten 402 Abgeordnete für eine Erklärung, die Washington auffordert, seine Raketenabwehr in die Gespräche einzubeziehen.",
        True,
        [("count", 402, None, None)],
        None,
    ),
    (
        "de",
        "Vizeaußenminister Andrej Schurawljow sagte der Agentur Interfax, ein Abkommen sei „nur auf Augenhöhe“ möglich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Vorsitzende des Verteidigungsausschusses, Gennadi Worobjow, drohte, Moskau könne „jederzeit“ wieder Atomtests aufnehmen.",
        False,
        [],
        None,
    ),
    # --- Warhead plant contract (PA) ---
    (
        "en",
        "LONDON (PA) - The Ministry of Defence has awarded a £2.6 billion contract to build a new production facility for nuclear warheads at Aldermaston in Berkshire, creating about 1,200 jobs.",
        True,
        [("money", 2600000000, "GBP", None), ("count", 1200, None, "about")],
        None,
    ),
    ("en", "The facility is due to be completed in 2034.", True, [("year", 2034, None, None)], None),
    (
        "en",
        "Defence procurement minister Oliver Pendleton told MPs the contract would support a further 3,400 jobs in the supply chain, nearly a third of them in the South East.",
        True,
        [("count", 3400, None, None), ("fraction", 0.3333, None, "nearly")],
        "Oliver Pendleton",
    ),
    (
        "en",
        "The work is expected to take about eight years and will be led by a consortium of three firms, including Harcastle Engineering.",
        True,
        [("duration", 8, "year", "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Campaign for Nuclear Disarmament said the government had committed more than £31 billion to warhead programmes since 2020.",
        True,
        [("money", 31000000000, "GBP", "over"), ("year", 2020, None, None)],
        "the Campaign for Nuclear Disarmament",
    ),
    (
        "en",
        '"Every pound spent on weapons of mass destruction is a pound taken from our hospitals," CND general secretary Harriet Coles said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Commons vote on the defence estimates is scheduled for April 21.",
        True,
        [("date", "--04-21", None, None)],
        None,
    ),
    (
        "en",
        "Critics fear the project will follow earlier defence programmes in running years late and billions over budget.",
        False,
        [],
        None,
    ),
    # --- CBO on nuclear costs (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Maintaining and modernizing U.S. nuclear forces will cost $1.02 trillion over the next decade, the Congressional Budget Office estimated Wednesday.",
        True,
        [("money", 1020000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "That is about 12% more than the office projected two years ago, driven largely by the soaring cost of a new intercontinental ballistic missile.",
        True,
        [("percent", 12, "%", "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The missile program alone is now expected to cost $158 billion, up from an estimate of $84 billion in 2019.",
        True,
        [("money", 158000000000, "USD", None), ("money", 84000000000, "USD", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The report puts the cost of nuclear command, control and communications systems at $94 billion over 10 years.",
        True,
        [("money", 94000000000, "USD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Sen. Dale Whitford, R-Neb., who chairs the strategic forces subcommittee, said the panel would hold a hearing on the report on April 8.",
        True,
        [("date", "--04-08", None, None)],
        "Dale Whitford",
    ),
    ("en", '"Deterrence is expensive, but war is far more expensive," Whitford said.', False, [], None),
    (
        "en",
        "The Air Force has told Congress that the first of the new missiles will not be on alert before 2033.",
        True,
        [("ordinal", 1, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "Arms control groups questioned whether the Pentagon could ever deliver the programs on time.",
        False,
        [],
        None,
    ),
    # --- Nationalrat und Atomwaffenverbot (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat den Bundesrat mit 98 zu 91 Stimmen bei 4 Enthaltungen beauftragt, den Beitritt der Schweiz zum UNO-Atomwaffenverbotsvertrag vorzubereiten.",
        True,
        [("count", 98, None, None), ("count", 91, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Über die Motion entscheidet im Sommer die kleine Kammer, der Ständerat.", True, [], None),
    (
        "de",
        "Der Bundesrat lehnt einen Beitritt ab, weil dieser die sicherheitspolitische Zusammenarbeit mit der Nato erschweren würde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dem Vertrag sind bisher 81 Staaten beigetreten, aber keine einzige Atommacht.",
        True,
        [("count", 81, None, None)],
        None,
    ),
    (
        "de",
        "In einer Umfrage im Auftrag einer Friedensorganisation sprachen sich rund zwei Drittel der Befragten für einen Beitritt aus.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    ("de", "Die Debatte im Rat dauerte gut viereinhalb Stunden.", True, [("duration", 4.5, "hour", "over")], None),
    (
        "de",
        "«Die Schweiz darf beim Verbot der schlimmsten Waffen nicht abseitsstehen», sagte SP-Nationalrätin Fabienne Rüegg.",
        False,
        [],
        None,
    ),
    ("de", "SVP-Nationalrat Urs Zwahlen nannte den Vertrag «reine Symbolpolitik».", False, [], None),
    (
        "de",
        "Vor dem Bundeshaus hielten Aktivistinnen Schilder mit der Aufschrift «Atomwaffen ächten – jetzt» in die Höhe.",
        False,
        [],
        None,
    ),
    # --- Pakistan testet Rakete (AFP) ---
    (
        "de",
        "Islamabad (AFP) - Pakistan hat nach Armeeangaben eine atomwaffenfähige ballistische Rakete mit einer Reichweite von bis zu 2.480 Kilometern getestet.",
        True,
        [("count", 2480, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Rakete sei weniger als zwölf Minuten nach dem Start im Arabischen Meer eingeschlagen, teilte die Pressestelle der Streitkräfte mit.",
        True,
        [("duration", 12, "minute", "under")],
        None,
    ),
    (
        "de",
        "Es war der dritte Raketentest Pakistans binnen zwei Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Im Februar hatte das Land bereits zwei Kurzstreckenraketen mit Reichweiten von 350 und 450 Kilometern erprobt.",
        True,
        [("count", 2, None, None), ("count", 350, None, None), ("count", 450, None, None)],
        None,
    ),
    (
        "de",
        "Indien und Pakistan verfügen nach Schätzungen des Friedensforschungsinstituts Sipri über jeweils rund 165 Atomsprengköpfe.",
        True,
        [("count", 165, None, "about")],
        None,
    ),
    ("de", "Beide Länder sind dem Atomwaffensperrvertrag nie beigetreten.", True, [], None),
    (
        "de",
        "Der Premierminister gratulierte den Wissenschaftlern und sprach von einem „Tag des Stolzes für die Nation“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beobachter rechnen damit, dass Neu-Delhi in den kommenden Wochen mit einem eigenen Test antwortet.",
        False,
        [],
        None,
    ),
    # --- India answers (Reuters) ---
    (
        "en",
        "NEW DELHI, April 3 (Reuters) - India test-fired a nuclear-capable intermediate-range ballistic missile from an island off the coast of Odisha on Friday, two days after a similar launch by Pakistan.",
        True,
        [("date", "--04-03", None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The missile, which can carry a payload of up to 1,500 kg, struck a target about 3,700 km away in the Bay of Bengal, the Defence Research and Development Organisation said.",
        True,
        [("count", 1500, None, "up_to"), ("count", 3700, None, "about")],
        "the Defence Research and Development Organisation",
    ),
    (
        "en",
        "Foreign ministry spokesman Rakesh Varma said Pakistan had been notified of the launch in advance under a bilateral agreement on missile tests.",
        True,
        [],
        "Rakesh Varma",
    ),
    (
        "en",
        "Pakistan's foreign office said it had received India's notice 72 hours before the launch.",
        True,
        [("duration", 72, "hour", None)],
        "Pakistan's foreign office",
    ),
    ("en", "It was India's second such test this year.", True, [("ordinal", 2, None, None)], None),
    (
        "en",
        '"India\'s deterrent is credible, it is minimal, and it threatens no one," Varma told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Indian shares edged higher, with the Nifty 50 gaining 0.4%.", True, [("percent", 0.4, "%", None)], None),
    (
        "en",
        "Analysts said the tit-for-tat tests were unlikely to derail a fragile thaw between the neighbours.",
        False,
        [],
        None,
    ),
    # --- SIPRI warhead count (Reuters) ---
    (
        "en",
        "STOCKHOLM, April 7 (Reuters) - The world's nine nuclear-armed states held an estimated 12,380 warheads at the start of the year, about 160 fewer than a year earlier, according to estimates published on Tuesday by the Stockholm International Peace Research Institute.",
        True,
        [
            ("date", "--04-07", None, None),
            ("count", 9, None, None),
            ("count", 12380, None, "about"),
            ("count", 160, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Of those, about 3,950 were deployed on missiles or at operational bases, up by around 60.",
        True,
        [("count", 3950, None, "about"), ("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "Russia and the United States together possess about 84% of all warheads.",
        True,
        [("percent", 84, "%", "about")],
        None,
    ),
    (
        "en",
        "China's arsenal grew by about 90 warheads to an estimated 690, the fastest expansion of any country.",
        True,
        [("count", 90, None, "about"), ("count", 690, None, "about")],
        None,
    ),
    (
        "en",
        "SIPRI researcher Ingrid Halvorsen said China could field as many as 1,100 warheads by 2031.",
        True,
        [("count", 1100, None, "up_to"), ("year", 2031, None, None)],
        "Ingrid Halvorsen",
    ),
    (
        "en",
        '"We are drifting back into an arms race, with fewer guardrails than ever," Halvorsen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "North Korea has assembled around 55 warheads and has enough fissile material for up to 40 more, the institute estimates.",
        True,
        [("count", 55, None, "about"), ("count", 40, None, "up_to")],
        None,
    ),
    (
        "en",
        "The figures were published two months after the last treaty limiting U.S. and Russian strategic arsenals expired.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    # --- Sipri-Zahlen (Reuters) ---
    (
        "de",
        "Stockholm (Reuters) - Die neun Atommächte verfügten Anfang des Jahres nach Schätzung des Friedensforschungsinstituts Sipri über insgesamt rund 12.380 Sprengköpfe.",
        True,
        [("count", 9, None, None), ("count", 12380, None, "about")],
        None,
    ),
    (
        "de",
        "Davon seien etwa 3.950 auf Raketen montiert oder auf Stützpunkten stationiert, teilte Sipri mit.",
        True,
        [("count", 3950, None, "about")],
        "Sipri",
    ),
    ("de", "Das sind rund 60 mehr als ein Jahr zuvor.", True, [("count", 60, None, "about")], None),
    (
        "de",
        "China hat sein Arsenal demnach binnen eines Jahres um rund 90 auf etwa 690 Sprengköpfe ausgebaut.",
        True,
        [("count", 90, None, "about"), ("count", 690, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 84 Prozent aller Sprengköpfe entfallen auf Russland und die USA.",
        True,
        [("percent", 84, "%", "about")],
        None,
    ),
    (
        "de",
        "Sipri-Forscherin Ingrid Halvorsen sagte, China könne bis 2031 über bis zu 1.100 Sprengköpfe verfügen.",
        True,
        [("year", 2031, None, None), ("count", 1100, None, "up_to")],
        "Ingrid Halvorsen",
    ),
    (
        "de",
        "„Die Welt steuert in ein neues Wettrüsten, und die Leitplanken fehlen“, warnte Halvorsen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Deutschland lagern auf dem Fliegerhorst Büchel im Rahmen der nuklearen Teilhabe der Nato amerikanische Atombomben.",
        True,
        [],
        None,
    ),
    # --- South Korea poll (Reuters) ---
    (
        "en",
        "SEOUL, April 9 (Reuters) - Two in three South Koreans now back developing the country's own nuclear weapons, up from 55% three years ago, a poll by the Asan Institute for Policy Studies showed.",
        True,
        [
            ("date", "--04-09", None, None),
            ("fraction", 0.6667, None, None),
            ("percent", 55, "%", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The survey of 1,000 adults, conducted from March 24 to 28, has a margin of error of 3.1 percentage points.",
        True,
        [
            ("count", 1000, None, None),
            ("date", "--03-24", None, None),
            ("date", "--03-28", None, None),
            ("percent", 3.1, "pp", None),
        ],
        None,
    ),
    ("en", "The government has said South Korea remains committed to the Non-Proliferation Treaty.", True, [], None),
    (
        "en",
        '"We cannot keep outsourcing our survival to Washington," opposition lawmaker Choi Min-jae wrote on Facebook.',
        False,
        [],
        None,
    ),
    # --- Japan rüstet Raketenabwehr auf (dpa) ---
    (
        "de",
        "Tokio (dpa) - Japan will seine Raketenabwehr nach den jüngsten Tests Nordkoreas ausbauen und dafür in den kommenden fünf Jahren umgerechnet rund 9,4 Milliarden Euro ausgeben.",
        True,
        [("duration", 5, "year", None), ("money", 9400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für das nächste Haushaltsjahr beantragte das Verteidigungsministerium 1,3 Billionen Yen für neue Abfangraketen und Radaranlagen.",
        True,
        [("money", 1300000000000, "JPY", None)],
        None,
    ),
    (
        "de",
        "Verteidigungsminister Kenji Moriyama sagte, bis 2029 würden insgesamt zwölf Zerstörer mit dem Abwehrsystem Aegis ausgerüstet.",
        True,
        [("year", 2029, None, None), ("count", 12, None, None)],
        "Kenji Moriyama",
    ),
    (
        "de",
        "Japan hat seine Verteidigungsausgaben in den vergangenen drei Jahren bereits um gut ein Drittel erhöht.",
        True,
        [("duration", 3, "year", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Im Februar war eine nordkoreanische Rakete nur etwa 250 Kilometer vor der Küste Hokkaidos ins Meer gestürzt.",
        True,
        [("count", 250, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir schauen jeden Morgen zuerst aufs Handy, ob wieder eine Warnung kam“, sagte die 58-jährige Fischhändlerin Yuki Tanabe in Esashi.",
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der noch lebenden Überlebenden der Atombombenabwürfe ist nach Angaben des Gesundheitsministeriums auf knapp 94.000 gesunken.",
        True,
        [("count", 94000, None, "nearly")],
        "das Gesundheitsministerium",
    ),
    ("de", "Ihr Durchschnittsalter liegt bei gut 87 Jahren.", True, [("duration", 87, "year", "over")], None),
    # --- Inspectors back at Fordow (Reuters) ---
    (
        "en",
        "VIENNA, April 13 (Reuters) - IAEA inspectors returned to Iran's Fordow enrichment plant on Monday for the first time in 19 weeks, the agency said.",
        True,
        [("date", "--04-13", None, None), ("ordinal", 1, None, None), ("duration", 19, "week", None)],
        "the agency",
    ),
    (
        "en",
        "A team of four inspectors spent about six hours at the site and checked the number of cascades in operation.",
        True,
        [("count", 4, None, None), ("duration", 6, "hour", "about")],
        None,
    ),
    (
        "en",
        'Castellaro said the visit was "an important gesture" but that inspectors were still being kept out of the Isfahan site.',
        True,
        [],
        "Castellaro",
    ),
    (
        "en",
        "Foreign ministry spokesman Hamid Rezaeifar said the visit had been agreed during two days of talks in Tehran last week.",
        True,
        [("duration", 2, "day", None)],
        "Hamid Rezaeifar",
    ),
    ("en", 'Rezaeifar said any further cooperation would depend on "the other side\'s good faith."', False, [], None),
    (
        "en",
        "The agency estimates Iran now has enough uranium enriched to up to 75% for about eight weapons if it were refined further.",
        True,
        [("percent", 75, "%", "up_to"), ("count", 8, None, "about")],
        None,
    ),
    (
        "en",
        "The rial firmed 3.2% to 1,097,000 per dollar after news of the visit, traders said.",
        True,
        [("percent", 3.2, "%", None), ("money", 1097000, "IRR", None)],
        None,
    ),
    ("en", "The Board of Governors is due to meet again on June 8.", True, [("date", "--06-08", None, None)], None),
    # --- Inspektoren wieder in Fordo (APA) ---
    (
        "de",
        "Wien (APA) - Erstmals seit 19 Wochen haben Inspektoren der Internationalen Atomenergiebehörde wieder die iranische Anreicherungsanlage Fordo besucht.",
        True,
        [("duration", 19, "week", None)],
        None,
    ),
    (
        "de",
        "Das vierköpfige Team habe rund sechs Stunden in der Anlage verbracht und die Zahl der laufenden Kaskaden überprüft, teilte die IAEA mit.",
        True,
        [("count", 4, None, None), ("duration", 6, "hour", "about")],
        "die IAEA",
    ),
    ("de", "Zur Anlage in Isfahan erhielten die Kontrolleure weiterhin keinen Zutritt.", True, [], None),
    (
        "de",
        "Der Besuch sei bei zweitägigen Gesprächen in Teheran in der Vorwoche vereinbart worden, sagte Außenamtssprecher Hamid Resaeifar.",
        True,
        [("duration", 2, "day", None)],
        "Hamid Resaeifar",
    ),
    (
        "de",
        "Nach IAEA-Schätzung würde Irans Vorrat an hoch angereichertem Uran nach weiterer Anreicherung inzwischen für etwa acht Atomwaffen reichen.",
        True,
        [("count", 8, None, "about")],
        None,
    ),
    ("de", "„Vertrauen entsteht nicht über Nacht“, sagte IAEA-Chef Castellaro.", False, [], None),
    (
        "de",
        "Die nächste Tagung des Gouverneursrats ist für den 8. Juni angesetzt.",
        True,
        [("date", "--06-08", None, None)],
        None,
    ),
    # --- Zaporizhzhia rotation (Reuters) ---
    (
        "en",
        "KYIV, April 15 (Reuters) - A new team of IAEA experts crossed the front line on Wednesday to reach Ukraine's Russian-held Zaporizhzhia nuclear power plant, the 42nd rotation since the agency set up a permanent presence there in 2022.",
        True,
        [("date", "--04-15", None, None), ("ordinal", 42, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The rotation had been delayed by nine days because of shelling near the route.",
        True,
        [("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "The plant's six reactors remain in cold shutdown, and it has depended on a single 330-kilovolt backup line for the past 23 days.",
        True,
        [("count", 6, None, None), ("count", 330, None, None), ("duration", 23, "day", None)],
        None,
    ),
    (
        "en",
        "Russia's state nuclear corporation Rosatom said it planned to restart at least one reactor before the end of the year.",
        True,
        [("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "Ukraine's energy ministry said any restart under Russian control would breach international law.",
        False,
        [],
        None,
    ),
    ("en", '"Nuclear safety is not a bargaining chip," Castellaro said in a statement.', False, [], None),
    (
        "en",
        "The IAEA has recorded more than 20 drone attacks near the site since the start of the year.",
        True,
        [("count", 20, None, "over")],
        None,
    ),
    # --- Saporischschja (APA/dpa) ---
    (
        "de",
        "Kiew (APA/dpa) - Ein neues Expertenteam der IAEA hat das von Russland besetzte Atomkraftwerk Saporischschja erreicht, es ist die 42. Rotation seit 2022.",
        True,
        [("ordinal", 42, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Wegen Beschusses entlang der Route habe sich der Wechsel um neun Tage verzögert, teilte die Behörde mit.",
        True,
        [("duration", 9, "day", None)],
        "die Behörde",
    ),
    (
        "de",
        "Das Kraftwerk hängt seit 23 Tagen an einer einzigen 330-Kilovolt-Reserveleitung.",
        True,
        [("duration", 23, "day", None), ("count", 330, None, None)],
        None,
    ),
    (
        "de",
        "Die sechs Reaktoren der Anlage sind seit mehr als drei Jahren heruntergefahren.",
        True,
        [("count", 6, None, None), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Ukraine hält ein Wiederanfahren unter russischer Kontrolle für „unverantwortlich und völkerrechtswidrig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn registrierte die IAEA in der Nähe des Kraftwerks mehr als 20 Drohnenangriffe.",
        True,
        [("count", 20, None, "over")],
        None,
    ),
    (
        "de",
        "„Wir leben hier mit der ständigen Angst im Nacken“, sagte eine 44-jährige Bewohnerin der nahen Stadt Nikopol.",
        False,
        [("duration", 44, "year", None)],
        None,
    ),
]
