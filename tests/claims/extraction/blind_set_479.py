"""Four-hundred-and-seventy-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads and officers of real agencies, research funders,
universities and companies appear under made-up names that stand for no real holder (a DLR
board member, a NASA science chief, the presidents of the FWF and the DFG, the chief
executives of UKRI and CSIRO, the director of the SNF, the rector of ETH Zurich, the chair of
ISRO, a vice-president of the ERC, the finance director of ESA, the chair of Austria's
research council and of Germany's expert commission on research and innovation), and the
holders of real political offices appear only by their role ("The White House", "the
president", "The science minister", „Der Wissenschaftsminister“, „Die
Raumfahrtkoordinatorin der Bundesregierung“, „Der Präsident der Gesellschaft“); the member
of Congress and the senator who speak here are invented and stand for no real holder.

Names: Annegret Pfisterer-Kahl (DLR board member), Harold Weintraub-Sayles (NASA science
chief), Norma Castellanos-Pike (a Democratic congresswoman from California), Ingeborg
Strasshofer-Lenz (FWF president), Martin Ashcombe-Ridley (UKRI chief executive), Océane
Delacroix-Bauer (Arianespace launch director), Delia Roan-Whitfield (NASA exploration
program manager), Johanna Wiesinger-Maurer (study leader in Heidelberg), Rosalind
Tedeschi-Barr (CSIRO chief executive), Mirjam Okonkwo-Haller (a quantum physicist in Mainz
and Leibniz laureate), Konstantin Hüsgen-Marx (DFG president), Thandiwe Marchetti-Lowe
(Rubin operations director), Regula Casutt-Fehr (SNF director), Bénédicte Rousseau-Klein
(lead author of the Webb study), Henrike Sattlberger-Koch (chair of Austria's research
council), Priyanka Hartmann-Oduya (an Elsevier analyst), Wolfram Eichhorst-Bähr (chair of
the EFI), Carla Dunmore-Reyes (NSF spokeswoman), Ines Calderwood-Ng (a physicist at the
University of Wisconsin-Madison), Sabina Gredig-Thalmann (ETH rector), Venkatesh
Iyer-Ramaswamy (ISRO chairman), Dörte Lindenstrauß-Amin (head of personnel of the
Max-Planck-Gesellschaft), Leonie Vahrenkamp-Stoll (a German ESA astronaut), Fabian
Rotermund-Eckl (head of the European Astronaut Centre), Euan Lockhart-Dunbar (chief
executive of the Scottish launch firm Skyreach Orbital with its Kestrel rocket), Marisol
Ekwueme-Hart (deputy project scientist of Perseverance), Noémie Chappuis-Rüegg (head of the
Lausanne start-up Orbitrix), Lorna Fitzwilliam-Oke (an analyst at the consultancy Orbital
Ledger), Katalin Bérczy-Albrecht (ERC vice-president), Maddie Hollingsworth-Tan (a CSIRO
radio astronomer), Margit Haidacher-Pospischil (vice-rector of the University of Vienna),
Haruka Sonoda-Blake (JAXA project manager), Pieter Vandermeulen-Roth (ESA finance director),
Senator Roberta Ingledew-Park; Skyreach Orbital, Kestrel, Orbitrix and Orbital Ledger are
made up, as is every unnamed board, spokesperson, official, analyst, observer, critic,
campaigner, vice-chancellor, theorist, astronomer and institute director. Real agencies,
bodies, firms, launchers, craft, telescopes, rankings, journals and places (Deutsches
Zentrum für Luft- und Raumfahrt, DLR, Bund und Länder, Oberpfaffenhofen, Köln; FWF,
Wissenschaftsfonds, Universitätenkonferenz, Kuratorium; Ariane 6, Arianespace, Esa, Kourou;
James-Webb-Teleskop, Max-Planck-Institut für Astronomie, Heidelberg, „Nature Astronomy“;
Gottfried Wilhelm Leibniz-Preis, DFG, Mainz; Schweizerischer Nationalfonds, SNF, Horizon
Europe, Wintersession, Parlament; Statistik Austria, Forschungsrat, EU, Schweden, Belgien,
Deutschland; Stifterverband, Expertenkommission Forschung und Innovation, EFI,
Bundesregierung, Wirtschaftsverbände; ETH Zürich, QS, ETH Lausanne, EPFL, Universität
Zürich, ETH-Bereich; Max-Planck-Gesellschaft, Pakt für Forschung und Innovation, USA,
Vereinigte Staaten; Internationale Raumstation ISS, Florida, Europäisches
Astronautenzentrum; SBFI, Lausanne; Europäischer Forschungsrat, ERC, Starting Grants,
Frankreich, Niederlande, Österreich, Schweiz, Hochschulrektorenkonferenz; „Times Higher
Education“, THE, Universität Wien, Medizinische Universität Wien, Technische Universität
Wien, Universität Oxford, Österreichische Hochschülerinnen- und Hochschülerschaft, ÖH; the
Esa council in Lissabon, Italien, Bundeswirtschaftsministerium, Gateway; NASA, the White
House, the Planetary Society, Congress; UK Research and Innovation, UKRI, the Campaign for
Science and Engineering, Universities UK, MPs; the Space Launch System, the United States,
China, Beijing; CSIRO, the CSIRO Staff Association, Australia, the OECD; the Vera C. Rubin
Observatory, Cerro Pachón, the U.S. National Science Foundation, the Department of Energy;
the James Webb Space Telescope, The Astrophysical Journal; Elsevier, India, Germany,
Britain; the National Science Foundation, NSF, the University of Wisconsin-Madison, Nature;
India, Venus, LVM3, Sriharikota, the Indian Space Research Organisation, ISRO; Scotland,
Space Hub Sutherland, the Kyle of Tongue, the UK Space Agency; Perseverance, Jezero Crater,
the Jet Propulsion Laboratory, Mars; SpaceX, Falcon 9, Starlink, Starship, the Atlantic, the
Federal Aviation Administration, South Texas, the Pentagon; the Square Kilometre Array, the
SKA Observatory, Western Australia, Murchison, Manchester; Phobos, the Japan Aerospace
Exploration Agency, H3, Tanegashima, CNES, South Australia; the Senate, the House, and the
datelines' cities) stand for the way wire copy names them; every launch, orbit, distance,
mass, temperature, stay, budget, grant, approval rate, headcount, tally of papers, rank,
share, date and quote here is invented, and where a real figure came to mind (a real DLR,
FWF, SNF, UKRI, NSF or NASA budget, a real UK research spending pledge, a real Australian or
OECD research ratio, a real Austrian or German research ratio and its sum, a real ERC call's
count and sum and country tallies, a real count of Leibniz prizes, real QS and THE ranks and
the THE's field of universities, a real count of Max-Planck institutes, a real SLS launch
cost, a real Mars sample return estimate, a real Venus orbiter budget, real NSF grant
terminations, a real debris count, a real Starship launch licence, a real UK space sector
headcount) it was changed; historical years and physical facts are kept (the last crewed
moon landing in 1972, Webb's launch in December 2021 and its observing point about 1.5
million km out, Perseverance's landing in Jezero Crater in February 2021, the Leibniz prize
since 1986, Phobos as the larger of Mars's two moons circling it about three times a day,
the light time between Mars and Earth, the president's ten days to sign a bill not counting
Sundays).

Its weight: SPACE, SCIENCE AND RESEARCH FUNDING, the second round under this heading (the
two-hundred-and-eighty-third batch, SCIENCE, SPACE AND RESEARCH FUNDING, was the first) and
the ninth round for space and science copy as the four-hundred-and-thirty-seventh batch
counts them (the forty-fourth batch weighed science, space, research and education copy, the
hundred-twelfth space missions and science news, the hundred-eighty-fifth science and space
agency news, the two-hundred-and-thirty-fourth space missions and big science, the
two-hundred-and-eighty-third science, space and research funding, the
three-hundred-and-forty-sixth science, space and research, the
three-hundred-and-seventy-ninth space flight and astronomy and the
four-hundred-and-thirty-seventh space missions and astronomy, with the
four-hundred-and-tenth science and research news, the two-hundred-and-fifteenth science and
research copy under opinion versus claim and the four-hundred-and-seventieth schools,
universities and education statistics with its rankings beside them; their decisions are
kept) - this time weighing the money and the people of research as much as the launches:
research budgets and their cuts, grants and approval rates, numbers of researchers, staff
and papers, university rankings and citation impact, beside launches and missions, distances
and orbits, mission durations, observatory results and the statements of research agencies
and scientists. Over one made-up year, January 14 to December 12, as 30 short stories in
date order with the German and English desks interleaved, each told as wire copy runs it (a
dateline lead, the figures, attributed claims of agencies, funders and scientists, quotes,
the other side, the publication line). German (dpa with "dpa/lsw" and "dpa/lby", APA,
Keystone-SDA; Austrian „heuer“, „Jänner“, „Vizerektorin“; Swiss „gesprochen“,
„Gesuchstellenden“, „Doktorierende“, „Übergangsmassnahmen“, „Gemäss“, „grösser“, „5700“ and
„1600“ without a separator, „19'000“ and „26'900“ with the apostrophe, „Mia. Fr.“, «»
quotes; German „“ quotes): the DLR's annual figures, the FWF's year, an Ariane 6 with two
Earth observation satellites, water vapour found by a Heidelberg team with Webb, the Leibniz
prizes, the SNF's year, Austria's research ratio, the EFI's annual report, ETH Zurich in the
QS ranking, the Max-Planck-Gesellschaft's figures, a German ESA astronaut back from the ISS,
a Lausanne start-up catching a piece of debris, the ERC's Starting Grants, Austrian
universities in the THE ranking and the ESA council's subscriptions. English (Reuters and
AFP with dated datelines, AP, PA, AAP; US, UK and Australian usage: "%", "percent" in AFP
copy, "per cent" in PA and AAP copy, "$" for Australian dollars in AAP copy, "£", "Rs ...
crore", "yen", "525km", "100km", "19-metre", "meters" and "kilometres", "2.14pm", "2029-30",
"R-Kan.", "D-Calif."): the White House's NASA budget plan, UKRI's budget, the crewed moon
landing slipping, CSIRO's job cuts, the Rubin Observatory's first year, an early galaxy seen
by Webb, China's lead in research papers, NSF grant cancellations, India's Venus orbiter, a
Scottish rocket reaching orbit, Perseverance's distance record, SpaceX's hundredth launch of
the year, the SKA's first image, a Japanese probe on Phobos and Congress's NASA and NSF
budget. Speakers as such copy has them: researchers, funders' and agencies' heads and
spokespeople with a name and a title, and the surname alone in later rows („X sagte“, „sagte
X“, "X said", "told reporters"), bodies with „teilte ... mit“ and "said", „Laut Statistik
Austria“, a German role with the name set off by commas, and beside them the forms left
unchecked (offices by role, wie-clauses, compounds, „Gemäss“, "according to", estimates,
documents and analyses, plural sources, a relative clause between name and verb). Figures as
such copy has them: budgets, grants and subscriptions in euros, francs, dollars, Australian
dollars, pounds, rupees in crore and yen, approval and success rates, research ratios in
percent of economic output and a change in percentage points, headcounts of researchers,
staff and students, papers and patents, places and ranks in rankings with rank bands and
points, a citation impact, light years, kilometres and miles, kelvin and degrees Celsius,
masses in tonnes and kilograms, a redshift, terabytes, multiples, launches, flights and
orbits counted, the Nth flight, launch and attempt, stays, journeys and flight times in
years, months, weeks, days, hours and minutes, cosmic spans in millions and billions of
years, ages, shares as fractions, years and dates; number words and compounds
(„siebeneinhalb“, „2,7-fachen“, „Die 41-Jährige“, „die 36 Jahre alte“, „sechs weitere Male“,
"The 2.5-tonne spacecraft", "The 19-metre Kestrel launcher", "eight and a half minutes",
"two in three", "The crew of four"), hedges and ranges. Negatives as such copy has them - 57
rows, none with a figure: researchers', funders', executives', astronauts' and politicians'
quotes of pride, feeling and rhetoric, labels („nannte“, „sprach von“, „lobten ... als“,
"called"), a verdict with „halten ... für“, doubts, hopes, fears, speculation, warnings and
forecasts without a figure, an argument, criticism, evasions and open questions, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

240 rows (121 German, 119 English), 57 negatives (29 German, 28 English), 183 check-worthy
rows of which 5 carry no figure (3 German, 2 English), 326 expected quantities (132 counts,
51 amounts of money - 20 EUR, 14 USD, 7 CHF, 6 GBP, 2 AUD, 1 each INR, JPY -, 39 percentages
- 38 in "%", 1 in percentage points "pp" -, 38 durations - 17 in years, 7 in minutes, 5 in
days, 5 in months, 3 in hours, 1 in weeks -, 27 ordinals, 21 years, 11 dates - 2 with a
year, 9 without -, 7 fractions; none of them in a negative), 37 checked speakers (20 German,
17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, plan, budget line or position is check-worthy with the speaker its own attribution
  gives, also in Konjunktiv I (hundred-twelfth, hundred-sixtieth); a quoted or reported
  feeling, pride, label, verdict, piece of rhetoric, hope, fear, doubt, speculation, evasion
  or open question is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, two-hundred-and-eighty-third, three-hundred-and-forty-sixth,
  four-hundred-and-tenth, four-hundred-and-thirty-seventh). Pairs from one speaker:
  Pfisterer-Kahl's 61 institutes and 11,280 staff beside „vom Prestigeprojekt zur kritischen
  Infrastruktur“; Weintraub-Sayles's 19 missions beside "we have to live within the budget";
  Strasshofer-Lenz's 40 million euros and 30 percent beside „das ist jedes Mal bitter“;
  Ashcombe-Ridley's 55,000 researchers beside "not a luxury"; Delacroix-Bauer's six launches
  beside „ein Bilderbuchstart“; Roan-Whitfield's 21 of 34 engine tests beside "we are not
  ready"; Wiesinger-Maurer's 38 hours beside the midge's breath; Tedeschi-Barr's cuts beside
  "painful decisions"; Okonkwo-Haller's two posts beside her „Scherz meiner Kollegen“;
  Hüsgen-Marx's 447 prizes beside „das schönste Vertrauensvotum“; Marchetti-Lowe's 18
  terabytes and 100 years beside "the sky hands us something"; Casutt-Fehr's 90 million
  francs beside «spart an der Zukunft»; Rousseau-Klein's 64 hours beside "far too grown-up";
  Sattlberger-Koch's 19 and 17 percent beside „Masse mit Klasse“; Hartmann-Oduya's third
  place beside "the centre of gravity"; Eichhorst-Bähr's three quarters beside „die Motoren
  von gestern“; Gredig-Thalmann's 26,900 students beside «nur einen Teil»; Iyer-Ramaswamy's
  orbit beside "Earth's twin gone wrong"; Lindenstrauß-Amin's 1,100 applicants beside „frei
  atmen“; Lockhart-Dunbar's 14 launches beside "started doing it"; Ekwueme-Hart's six years
  beside "outlived every plan"; Chappuis-Rüegg's 38 million francs beside «im All
  aufräumen»; Bérczy-Albrecht's 41 percent beside „die klügsten Köpfe“; Hollingsworth-Tan's
  $2.3 billion beside "switched the lights on"; Haidacher-Pospischil's 22 percent beside „in
  derselben Liga“; Sonoda-Blake's date and 14 months beside "a moon that nobody had ever
  touched"; Vandermeulen-Roth's 3.1 billion euros beside „auf der Tribüne“; Ingledew-Park's
  two orbiters beside "not negotiable"; the quotes of Castellanos-Pike, Calderwood-Ng,
  Fitzwilliam-Oke and the laureate („sagte die Physikerin“) and Vahrenkamp-Stoll's view from
  the cupola are negatives beside the rows on their budgets, grants, launches and missions.
- Negatives besides the quotes (two-hundred-and-eighty-third, three-hundred-and-forty-sixth,
  four-hundred-and-tenth, four-hundred-and-thirty-seventh): labels („Die
  Universitätenkonferenz nannte die Zahlen ein „Alarmsignal ...““, „nannte den Preis“,
  „sprach von einem „starken Signal ...““, „sprach von einem „historischen Tag ...““, 'Staff
  representatives called the cuts "an act of national self-harm"'); a verdict with „halten
  ... für“ („Fachleute halten eine weitere deutliche Steigerung ... für kaum erreichbar.“,
  „Kritiker halten die Methode für wenig aussagekräftig.“); doubts („Branchenbeobachter
  bezweifeln ...“, "Some lawmakers have questioned whether ...", "Some researchers question
  whether ..."); hopes and fears ("Astronomers hope", "Scientists hope", „Mehrere
  Institutsdirektoren befürchten ...“); speculation ("Some theorists suspect ..."); warnings
  and forecasts naming no figure and no measure ("Vice-chancellors warned that the
  settlement would do little to halt the loss of research posts.", "Former program officers
  said the cuts would set American science back by a generation.";
  two-hundred-and-eighty-third: a warning naming no measure); an argument ("Local
  campaigners have long argued ..."; four-hundred-and-thirty-seventh); criticism („Die ÖH
  kritisierte, Rankings belohnten Prestige statt guter Lehre.“; four-hundred-and-tenth); an
  evasion ("Officials would not be drawn on when ..."); open questions and things not said
  („Ob der Planet eine feste Oberfläche besitzt, lässt sich ... noch nicht ablesen.“, „Ob
  das Parlament ..., ist offen.“, „Ob und wann sie erneut ins All fliegen darf, ließ die Esa
  offen.“, „Ob das Trümmerteil ..., soll sich in den kommenden Wochen zeigen.“, "NASA has
  not said whether it will revive the effort."; hundred-seventy-first,
  four-hundred-and-thirty-seventh). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them ("the era before galaxies
  formed", "a generation" and "the nature of dark energy" carry none). New: „Die
  Wirtschaftsverbände lobten das Gutachten als „überfälligen Weckruf“.“ is a label and a
  negative - „lobten ... als“ names a thing as „kritisierte ... als“ does
  (four-hundred-and-thirty-seventh) and „nannte“ does, the praise carrying no checkable
  fact.
- Check-worthy without a figure (5 rows; hundred-twelfth, two-hundred-and-eighty-third,
  four-hundred-and-tenth, four-hundred-and-thirty-seventh): Tedeschi-Barr's account of where
  the cuts fall (a stated plan), the EFI report handed to the government („Das geht aus ...
  hervor“, an act of record; four-hundred-and-tenth), the Lausanne start-up's first catch
  („erstmals“ none) and two publication lines („Veröffentlicht wurde die Studie im Fachblatt
  „Nature Astronomy“.“, "The study appeared in The Astrophysical Journal."). A stated plan,
  aim or projection with a figure is check-worthy ("Beijing aims to put two of its own
  astronauts on the moon ...", "Rubin is designed to run for 10 years and is expected to
  catalogue about 4.5 million asteroids ...", „Für heuer rechnet der Fonds mit einem Budget
  von 372 Millionen Euro“, „Die Kommission empfiehlt, die steuerliche Forschungszulage auf
  35 Prozent ... anzuheben.“; three-hundred-and-seventy-ninth, four-hundred-and-tenth), as
  is a reported absence ("None of the newly found objects poses a threat to Earth over the
  next 100 years"; three-hundred-and-fifty-sixth).
- Research funding, budgets and rates (forty-fourth, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth, four-hundred-and-tenth): money in the currency written -
  EUR („1,74 Milliarden Euro“, „knapp 960 Millionen Euro“ "nearly", „1,02 Milliarden Euro“,
  „358,6 Millionen Euro“, „40 Millionen Euro pro Jahr“ - „pro Jahr“ none -, „372 Millionen
  Euro“, „rund 3,4 Milliarden Euro“, „bis zu 2,5 Millionen Euro“ "up_to" - „pro Person“ none
  -, „rund 18,1 Milliarden Euro“, „um 1,8 Milliarden Euro“, „134,9 Milliarden Euro“, „2,41
  Milliarden Euro“, „rund 802 Millionen Euro“, „bis zu 1,5 Millionen Euro über fünf Jahre“
  "up_to" with 5 years - „über“ before a span no hedge, four-hundred-and-seventy-third -,
  „26,8 Milliarden Euro“, „mit 6,2 Milliarden Euro ..., vor Frankreich mit 4,4 Milliarden
  Euro und Italien mit 3,9 Milliarden Euro“, „rund 3,1 Milliarden Euro“, „2,2 Milliarden
  Euro“), CHF („1,21 Milliarden Franken“, „rund 90 Millionen Franken“, „weitere 112
  Millionen Franken“ - „weitere“ no hedge -, „2,94 Mia. Fr.“ -
  four-hundred-and-fifty-second: „Mia. Fr.“ -, „38 Millionen Franken ..., 12 Millionen
  Franken davon“, „rund 212 Millionen Franken“), USD ("$5.1 billion", "$20.7 billion, down
  from $26.3 billion", "about $4.6 billion", "about $810 million", "about $1.9 billion",
  "$4.6 billion", "$9.4 billion", "$7.2 billion", "$26.5 billion overall, about $200 million
  more", "$8.1 billion"), AUD ("about $140 million" and "about $2.3 billion" in AAP copy -
  four-hundred-and-fifth: "about $310 million" in AAP copy AUD), GBP ("£9.6 billion", "Some
  £1.4 billion" "about", "a further £650 million" - "a further" no hedge -, "£23.4 billion",
  "about £210 million", "£19.7 billion a year" - "a year" none), INR and JPY with the
  converted dollars in brackets keeping no hedge ("about Rs 1,580 crore ($186 million)"
  15,800,000,000 INR "about" and 186,000,000 USD, "about 54 billion yen ($355 million)"
  54,000,000,000 JPY "about" and 355,000,000 USD; four-hundred-and-thirty-seventh). Rates
  and ratios as written: „die Quote sank damit auf 23,0 Prozent“ 23.0, „auf rund 30 Prozent“
  "about", „einer Forschungsquote von 3,46 Prozent“, „ein Plus von 4,1 Prozent“, „bei 3,07
  Prozent des Bruttoinlandsprodukts“, „Die Erfolgsquote lag bei 14,2 Prozent und damit um
  0,8 Prozentpunkte unter dem Vorjahr“ 14.2 and 0.8 "pp" (four-hundred-and-tenth: „um fünf
  Prozentpunkte“), „von 19 auf 17 Prozent“ both with the unit written once
  (four-hundred-and-seventy-third: „von 2500 auf 300 Franken“), "by 31%", "a rise of 2.4 per
  cent", "by 3.5 per cent", "about 1.5 per cent of its GDP ... the OECD average of 2.9 per
  cent" (PA's and AAP's "per cent", four-hundred-and-tenth), "about 2 percent" (AFP's
  "percent"), "down 49%", "a cut of about 9%". Fractions: „Rund ein Drittel“ 0.3333 "about",
  „gut ein Viertel“ 0.25 "over", „fast drei Viertel“ 0.75 "nearly", „Mehr als die Hälfte“
  0.5 "over", „fast die Hälfte der Bewertung“ 0.5 "nearly" („fast“ "nearly",
  four-hundred-and-tenth), "about a quarter" 0.25 "about", "two in three" 0.6667
  (two-hundred-and-seventy-sixth: "X in Y" is X/Y).
- Researchers, staff, papers and grants are counts (forty-fourth,
  two-hundred-and-eighty-third, four-hundred-and-tenth): „an den 61 Instituten und
  Einrichtungen ... auf 11.280“, „3.912 begutachtete Fachartikel, gut 200 mehr“ 3,912 and
  200 "over" ("mehr" after a figure no hedge, four-hundred-and-thirty-seventh), „681 von
  2.960 eingereichten Anträgen“, „Rund 4.600 Personen“, „aus 141 Vorschlägen“, „vier
  Frauen“, „zwei zusätzliche Doktorandenstellen“ („zusätzliche“ no hedge), „447
  Leibniz-Preise“, „rund 5700 Projekte, an denen gut 19'000 Forschende“ (the Swiss four
  digits without a separator and the apostrophe, tenth, four-hundred-and-seventy-third),
  „mehr als 1.900 andere Anträge“, „In den 83 Instituten ... 25.330 Menschen, darunter
  7.180“ („darunter“ no hedge), „bis zu 30 Spitzenforschende“ "up_to", „mehr als 1.100
  Forschende“, „rund 15.600 Fachartikel“, „nur 1.140 Erfindungen ..., chinesische mehr als
  29.000“ („nur“ no hedge), „512 Starting Grants“, „Mit 104 Förderungen ..., vor Frankreich
  mit 67 und den Niederlanden mit 49“, „auf 17 Grants, die Schweiz auf 26“, „26'900
  Studierende und Doktorierende aus 129 Ländern“, "about 55,000 researchers and more than
  28,000 doctoral students", "Some 72 institutions" "about", "about 5,900 people at more
  than 50 sites", "more than 800 jobs", "about 4,000 jobs", "2,140 research grants", "about
  7,500 new awards", "96 grants", "about 1.12 million peer-reviewed papers" 1,120,000
  "about", "about 198,000 papers and Britain about 205,000" each with its own hedge, "24
  million papers", "about 55,600 jobs", "About 1,200 people", "fewer than 120 people" 120
  "under" (fifty-fifth: "fewer than 1,500 spaces") with "within 100km" 100 ("within" no
  hedge). New: "a field-weighted citation impact of 1.38 against 1.05 for China, where 1.0
  marks the world average" gives counts 1.38, 1.05 and 1.0 - a citation index is read as
  written as a hazard ratio and a risk ratio are (hundred-fifty-fifth,
  four-hundred-and-tenth), and the average it is set against is a figure of the row too.
- Rankings (forty-fourth, two-hundred-and-eighty-third, four-hundred-and-seventieth): places
  moved are counts and places reached ordinals - „um zwei Plätze auf Rang sechs“ 2 and 6,
  „von Platz 31 auf Platz 25“ 31 and 25, „um vier Plätze auf Rang 98“ 4 and 98, „um sieben
  Plätze auf Rang 131“ 7 and 131; „unter die besten 300 der rund 1600 bewerteten
  Universitäten“ 300 and 1,600 "about" with „sieben“ 7 (two-hundred-and-eighty-third: "17
  universities in the top 200"); „zum zwölften Mal in Folge“ 12
  (two-hundred-and-eighty-third: „zum elften Mal in Folge“); „an vierter Stelle“ 4
  (two-hundred-and-eighty-third: „an dritter Stelle“); "the third-largest producer" 3 (the
  issue's „die drittgrößte Stadt“; four-hundred-and-tenth: "the 12th-largest"); „um 4,6
  Punkte“ on an indicator 4.6 (points are counts). New: „in der Gruppe der Ränge 151 bis
  175“ and „in jener der Ränge 201 bis 250“ give ordinals 151, 175, 201 and 250 - a rank
  band published instead of a single place is read as a range of places, each end an ordinal
  as „auf Rang 131“ is, with no hedge, as a range keeps the ends it writes
  (four-hundred-and-fifty-fourth).
- Physical measures are counts read as written (fourth, forty-fourth, hundred-twelfth,
  two-hundred-and-eighty-third, four-hundred-and-tenth, four-hundred-and-thirty-seventh):
  distances and heights („in etwa 830 Kilometern Höhe“, „rund 104 Lichtjahre“, „etwa 126
  Millionen Kilometer“ 126,000,000 "about", „in etwa 660 Kilometern Höhe“, "roughly 1.5
  million kilometres", "around 525km" - "around" "about" -, "between 200 km and 600 km"
  both, "more than 30 miles (48 kilometers)" 30 "over" and 48 with no hedge - the converted
  figure in brackets keeps none of the hedge before the first (four-hundred-and-fifty-fifth)
  -, "larger than 140 meters" 140 "over" (four-hundred-and-thirty-seventh: "larger than 10
  cm"), „grösser als 1 Zentimeter“ 1 "over"), masses and sizes („zusammen gut 4,6 Tonnen“
  "over" - „zusammen“ no hedge -, „rund 95 Kilogramm“, "The 2.5-tonne spacecraft" 2.5, "The
  19-metre Kestrel launcher" 19, "at least 10 grams" "at_least", "roughly 400 million solar
  masses" 400,000,000 "about"), temperatures in kelvin and degrees as written, not converted
  („310 bis 360 Kelvin, also zwischen 37 und 87 Grad Celsius“ four counts;
  two-hundred-and-eighty-third), multiples („den 2,7-fachen Erddurchmesser“ 2.7 "about"), a
  redshift ("a redshift of 14.8"; two-hundred-and-eighty-third), a data volume ("about 18
  terabytes"), a speed ("about 0.12 kilometers per hour" - "averages" no hedge, "per hour"
  none) and objects counted („vier Transits“, „rund 1,4 Millionen Trümmerteile“, "more than
  92,000 galaxies", "about 4,100 antennas", "about 1,150 ... including 37", "more than
  41,000 previously unknown asteroids", "about 4.5 million asteroids", "16 scientific
  instruments, four of them", "24 Starlink internet satellites ... more than 11,500", "six
  small satellites", "38 rock and soil samples", "Mars's two moons" 2, "about three times a
  day" 3 "about" - "a day" none, hundred-twenty-first: "four times a day"). "The crew of
  four" is count 4 (twelfth: "The Artemis II crew of four astronauts"), "two of them" 2,
  „sechs weitere Male“ 6 (times counted, „weitere“ no hedge), "14 launches", "about 210
  launches", "up to 40 Starship launches a year" "up_to", "14 test flights", "21 of 34
  planned engine tests" both, "38 missions ..., including two Mars orbiters", "19 of those
  missions", "31 of the 38 missions" both, "passed the Senate 71-27" 71 and 27
  (four-hundred-and-tenth: "passed the committee 33-26"), "11 member countries".
- The Nth flight, launch and place are ordinals (the issue: „das sechste Treffen“, „zum
  zweiten Mal“; two-hundred-and-eighty-third, four-hundred-and-thirty-seventh): „der neunte
  Flug ... und der dritte in diesem Jahr“ 9 and 3 (the elliptic ordinal,
  hundred-forty-third), "its first full year" 1, "the first crewed landing on the moon since
  1972" 1 with the year, "its first mission to Venus" 1, "the company's third attempt" 3,
  "for the first time" 1, "its 100th Falcon 9 rocket of the year" 100 ("Falcon 9" none),
  "flew for the 33rd time, a record" 33 ("a record" no hedge), "its first detailed picture"
  1, "the agency's fourth launch this year" 4, "for the third year running" 3, „die 14.
  Person aus Deutschland“ 14 (two-hundred-and-eighty-third: „der 29. Japaner“), „im ersten
  Halbjahr“ 1 (four-hundred-and-seventy-third). New: "the second planet from the sun" is
  ordinal 2 - a planet's place counted outward from its star is an order, as a numbered
  solar cycle is (four-hundred-and-thirty-seventh: „im 25. Sonnenzyklus“) and as „die
  drittgrößte Stadt“ is in the issue. None: „erstmals“, "first planned" (an adverb,
  four-hundred-and-thirty-seventh: "first spotted"), "the earliest ever observed", „größter
  Beitragszahler“, „die größte deutsche Organisation“, "farther than any rover before it",
  "the larger of Mars's two moons" (its "two" counted as above). Names carry no figure:
  „Eine Ariane 6“, "Falcon 9", "LVM3", "H3", "Starlink", „Horizon Europe“, „Pakt für
  Forschung und Innovation“ (four-hundred-and-thirty-seventh).
- Stays, flights, journeys and spans are durations (the issue: „fünfstündigen Treffen“, "a
  two-week visit"; four-hundred-and-thirty-seventh): „nach 186 Tagen“, „knapp 17 Stunden
  nach dem Abkoppeln“ "nearly", „Rund 64 Minuten nach dem Start“ "about", „knapp elf
  Minuten“ "nearly", „mindestens siebeneinhalb Jahre lang“ 7.5 years "at_least"
  (two-hundred-and-eighty-third: „mindestens achteinhalb Jahre lang“), „über sieben Jahre
  hinweg“ 7 years, „in den kommenden fünf Jahren“ 5 years, „binnen fünf Jahren“ 5 years,
  „für drei Jahre“ 3 years, „rund drei Wochen“ "about", „38 Stunden Beobachtungszeit“, "64
  hours of telescope time across three visits" 64 hours and 3 (four-hundred-and-tenth: "21
  hours of telescope time spread over two visits"), "by at least 10 months" "at_least",
  "about six days on the lunar surface", "a journey of about 140 days", "about 19 minutes
  later", "about 90 minutes later", "roughly eight and a half minutes after liftoff" 8.5
  minutes "about" (four-hundred-and-tenth: "three and a half times" 3.5), "about two months
  earlier", "for at least another six years" "at_least" ("another" no hedge), "between 4 and
  22 minutes" both with the unit written once, "run for 10 years", "over the next 100
  years", "over the next two years", "in the past 18 months", "three years later than first
  planned", "almost five years after" "nearly", "about 14 months", "spent 11 months", "10
  days, not counting Sundays" 10 days; a planet's year („ein Jahr dauert auf ihm ... 11,4
  Tage“ 11.4 days - „ein Jahr“ an article; two-hundred-and-eighty-third: a rotation period
  "every 7.2 hours"), cosmic spans scaled as written ("some 280 million years after the Big
  Bang" 280,000,000 "about", "some 13.4 billion years ago" 13,400,000,000 "about";
  two-hundred-and-eighty-third), ages („Die 41-Jährige“ 41 years, „die 36 Jahre alte
  Quantenphysikerin“ 36 years, „unter 35 Jahre alt“ 35 years "under" -
  four-hundred-and-tenth: „Forschende unter 35 Jahren“). New: "who has 10 days, not counting
  Sundays, to sign it" is 10 days with no hedge - "not counting" names what the span leaves
  out and bounds nothing, as „davon“ and "of them" bound nothing. None: „im vergangenen
  Jahr“, „im Vorjahr“, „im Jahr davor“, „im Berichtsjahr“, „Ende des Jahres“, „zum
  Jahresende“, „für das laufende Jahr“, „in diesem Jahr“, „heuer“, „bis Jahresende“, „für
  die kommenden Jahre“, „pro Jahr“, „pro Person“, „in der Nacht zum Samstag“, „am
  Samstagmorgen“, „in den kommenden Wochen“, "last year", "this year", "next year", "the
  next fiscal year", "this fiscal year", "each night", "a year", "a day", "per hour", "since
  January", "in the May budget", "last October", "in June", "by the end of the decade", the
  clock time "at 2.14pm" and weekdays.
- Years and dates: Reuters and AFP English datelines with a day are dates without a year
  ("WASHINGTON, Feb 3 (Reuters)" --02-03, "CERRO PACHON, Chile, April 8" --04-08 with the
  country between city and day, "PARIS, April 21 (AFP)" --04-21, "LONDON, May 7" --05-07,
  "BENGALURU, June 17" --06-17, "CAPE CANAVERAL, Fla., Aug 19" --08-19, "TOKYO, Oct 16"
  --10-16; four-hundred-and-thirty-seventh); AP ("HOUSTON (AP) —", "WASHINGTON (AP) —",
  "PASADENA, Calif. (AP) —"), PA ("LONDON (PA) -", "TONGUE, Sutherland (PA) -"), AAP
  ("CANBERRA (AAP) -", "PERTH (AAP) -"), dpa (also "dpa/lsw", "dpa/lby"), APA and
  Keystone-SDA datelines carry none (seventy-ninth). Dates: „am 14. Jänner“ --01-14 (the
  Austrian month name, blind_set.py: „am 12. Jänner“), "the financial year that starts on
  April 1" --04-01, "on July 9, 2034," 2034-07-09, „am 21. November 2034“ 2034-11-21. Years:
  „mehr als 2029“, „bis 2028“, „seit 2019“, „für die Jahre 2028 bis 2030“ both, „2029“
  before the patents, „im Jahr 2030“, „seit 1986“, "since 1972", "September 2032" and "April
  2028" and "February 2021" and "December 2021" their years only
  (four-hundred-and-thirty-seventh: a month with a year gives the year), "since 2029", "in
  2029", "between 2026 and 2030" both, "in 2033", "launch in 2033", "by 2029-30" both years
  (four-hundred-and-seventy-third: "2015-16").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "around", "some", "Some" "about"; „knapp“, „fast“, "nearly", "almost" "nearly"; „mehr
  als“, „Mehr als“, „gut“, "more than" "over"; „unter“ before an age, "fewer than" "under";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge: „zusammen“,
  „Insgesamt“, „weitere“, „zusätzliche“, „davon“, „Davon“, „darunter“, „nur“, „Allein“,
  „derzeit“, „inzwischen“, „damit“, „zuletzt“, „über“ before a span, "a further", "another",
  "a record", "within", "between", "down from", "more" and "mehr" after a figure,
  "averages", "not counting", "well below".
- Speakers, checked only in forms the earlier batches settled. German: „X sagte, ...“ and
  „..., sagte X“ with the title dropped („DLR-Vorständin Annegret Pfisterer-Kahl am Dienstag
  in Köln“ with the weekday and the place dropped, „Studienleiterin Johanna
  Wiesinger-Maurer“, „DFG-Präsident Konstantin Hüsgen-Marx“, „SNF-Direktorin Regula
  Casutt-Fehr“, „Kommissionsvorsitzender Wolfram Eichhorst-Bähr“, „ETH-Rektorin Sabina
  Gredig-Thalmann“, „Personalchefin Dörte Lindenstrauß-Amin“, „Zentrumsleiter Fabian
  Rotermund-Eckl“, „Firmenchefin Noémie Chappuis-Rüegg“, „ERC-Vizepräsidentin Katalin
  Bérczy-Albrecht“, „Vizerektorin Margit Haidacher-Pospischil“, „Esa-Finanzdirektor Pieter
  Vandermeulen-Roth“; four-hundred-and-tenth, four-hundred-and-thirty-seventh) and the
  surname alone opening the row („Strasshofer-Lenz sagte“, „Delacroix-Bauer sagte“,
  „Okonkwo-Haller sagte“; two-hundred-and-eighty-third); „Die Vorsitzende des
  Forschungsrats, Henrike Sattlberger-Koch, sagte, ...“ -> "Henrike Sattlberger-Koch" (a
  German role with the name set off by commas, four-hundred-and-sixty-seventh); „teilte der
  SNF am Donnerstag mit“ -> "der SNF" (four-hundred-and-tenth), „teilte der ERC mit“ -> "der
  ERC" and „teilte das SBFI mit“ -> "das SBFI" (four-hundred-and-thirty-seventh); „Laut
  Statistik Austria“ -> "Statistik Austria" as written (four-hundred-and-seventy-third).
  English: the name with the role dropped ("NASA science chief Harold Weintraub-Sayles told
  reporters", "UKRI chief executive Martin Ashcombe-Ridley said", "Exploration program
  manager Delia Roan-Whitfield told reporters", "Chief executive Rosalind Tedeschi-Barr
  said", "Rubin operations director Thandiwe Marchetti-Lowe told reporters", "Lead author
  Bénédicte Rousseau-Klein said", "Elsevier analyst Priyanka Hartmann-Oduya said", "NSF
  spokeswoman Carla Dunmore-Reyes said" with a partial quote in the clause, "ISRO chairman
  Venkatesh Iyer-Ramaswamy told reporters", "Skyreach Orbital chief executive Euan
  Lockhart-Dunbar said", "Deputy project scientist Marisol Ekwueme-Hart said", "Project
  manager Haruka Sonoda-Blake said", "..., CSIRO radio astronomer Maddie Hollingsworth-Tan
  said." at the end; two-hundred-and-eighty-third, four-hundred-and-thirty-seventh), "...,
  Marchetti-Lowe said." the surname as written, "UKRI said on Thursday" -> "UKRI" and
  "SpaceX said" -> "SpaceX" as written (the weekday dropped;
  four-hundred-and-thirty-seventh: "SpaceX said", "JAXA said"), "the Japan Aerospace
  Exploration Agency said on Thursday" with its article (two-hundred-and-eighty-third). Left
  unchecked (None): all negatives, also those with a named speaker; offices and roles
  without a name ("The science minister told MPs", "The science minister said", „Der
  Wissenschaftsminister verwies“, „Der Präsident der Gesellschaft kündigte an“, "The
  agency's inspector general ... put", "The White House"); wie-clauses („wie der FWF am
  Mittwoch mitteilte“, „wie Arianespace mitteilte“, „wie die Max-Planck-Gesellschaft am
  Dienstag in München mitteilte“, „wie die Esa mitteilte“, „wie das
  Bundeswirtschaftsministerium mitteilte“ - left unchecked by choice, as the
  three-hundred-and-seventy-ninth and four-hundred-and-thirty-seventh leave them, to keep
  the checked speakers near 35); compounds („nach DLR-Angaben“, „nach DFG-Angaben“, „nach
  Esa-Angaben“, „nach DLR-Zählung“, „nach Firmenangaben“, „Gemäss Esa-Schätzungen“ -
  „Gemäss“ before a source left open, four-hundred-and-fourth); data, documents, findings
  and calculations („wie aus dem ... Jahresbericht hervorgeht“, „Das geht aus dem
  Jahresgutachten ... hervor“, „Nach Zahlen des Stifterverbands“, „nach den Messungen des
  Teams“, "budget documents showed", "according to a summary seen by Reuters", "the analysis
  found", "according to an agency database", "according to government filings", "according
  to its latest annual report"); estimates ("The Planetary Society ... estimated";
  four-hundred-and-tenth); plural sources ("its operators said", "astronomers said",
  "university officials said"); every "according to" (the Campaign for Science and
  Engineering, Universities UK, the CSIRO Staff Association, an analysis by the publisher
  Elsevier, the Indian Space Research Organisation, the UK Space Agency, the Jet Propulsion
  Laboratory, industry analysts; two-hundred-and-fourth, four-hundred-and-thirty-seventh); a
  relative clause that parts a subject from its verb ("Sen. Roberta Ingledew-Park, R-Kan.,
  who chairs the subcommittee ..., said"; four-hundred-and-thirty-seventh). New: „Die Kosten
  des Programms beziffert die Esa auf rund 3,4 Milliarden Euro.“ is check-worthy and stays
  unchecked - „beziffert“ is a verb of putting a figure on something, as „rechnete ... vor“
  (four-hundred-and-seventy-third) and "estimated" are, not a verb of saying; „rechnet der
  Fonds mit“ is a forecast's verb and likewise unchecked.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_479 = [
    # --- DLR zieht Jahresbilanz (dpa), Dienstag, 14. Januar ---
    (
        "de",
        "Köln (dpa) - Das DLR, Deutschlands Forschungszentrum für Luft- und Raumfahrt, hat im vergangenen Jahr 1,74 Milliarden Euro ausgegeben und damit rund 6 Prozent mehr als 2029.",
        True,
        [("money", 1740000000, "EUR", None), ("percent", 6, "%", "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Davon stammten nach DLR-Angaben knapp 960 Millionen Euro aus der institutionellen Förderung von Bund und Ländern, der Rest aus Drittmitteln und Aufträgen.",
        True,
        [("money", 960000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschäftigten an den 61 Instituten und Einrichtungen stieg auf 11.280, sagte DLR-Vorständin Annegret Pfisterer-Kahl am Dienstag in Köln.",
        True,
        [("count", 61, None, None), ("count", 11280, None, None)],
        "Annegret Pfisterer-Kahl",
    ),
    (
        "de",
        "„Wir erleben gerade, wie die Raumfahrt vom Prestigeprojekt zur kritischen Infrastruktur wird“, sagte Pfisterer-Kahl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der neu eingestellten Forschenden kam aus dem Ausland, wie aus dem am Dienstag vorgelegten Jahresbericht hervorgeht.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Vom Raumfahrtkontrollzentrum in Oberpfaffenhofen aus steuert das DLR derzeit neun Satellitenmissionen.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr hat der Bund dem DLR eine Grundfinanzierung von 1,02 Milliarden Euro zugesagt.",
        True,
        [("money", 1020000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Forschenden veröffentlichten im Berichtsjahr 3.912 begutachtete Fachartikel, gut 200 mehr als im Jahr davor.",
        True,
        [("count", 3912, None, None), ("count", 200, None, "over")],
        None,
    ),
    # --- White House budget plan cuts NASA science (Reuters), Monday, Feb 3 ---
    (
        "en",
        "WASHINGTON, Feb 3 (Reuters) - The White House proposed on Monday to cut NASA's science budget by 31% to $5.1 billion for the next fiscal year, budget documents showed.",
        True,
        [("date", "--02-03", None, None), ("percent", 31, "%", None), ("money", 5100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Overall, the space agency would receive $20.7 billion, down from $26.3 billion this year.",
        True,
        [("money", 20700000000, "USD", None), ("money", 26300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The plan would end funding for 38 missions that are operating or in development, including two Mars orbiters, according to a summary seen by Reuters.",
        True,
        [("count", 38, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "NASA science chief Harold Weintraub-Sayles told reporters that 19 of those missions were already operating beyond their planned lifetimes.",
        True,
        [("count", 19, None, None)],
        "Harold Weintraub-Sayles",
    ),
    (
        "en",
        '"Nobody likes to switch off a working spacecraft, but we have to live within the budget we are given," Weintraub-Sayles said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Planetary Society, a nonprofit advocacy group, estimated that about 4,000 jobs at NASA centers and contractors could be lost.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    ("en", '"This budget guts a generation of discovery," said Rep. Norma Castellanos-Pike, D-Calif.', False, [], None),
    # --- FWF legt Jahresbilanz vor (APA), Mittwoch, 22. Jänner ---
    (
        "de",
        "Wien (APA) - Der Wissenschaftsfonds FWF hat im Vorjahr Forschungsprojekte mit einem Volumen von 358,6 Millionen Euro bewilligt, so viel wie nie zuvor.",
        True,
        [("money", 358600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Genehmigt wurden 681 von 2.960 eingereichten Anträgen, die Quote sank damit auf 23,0 Prozent, wie der FWF am Mittwoch mitteilte.",
        True,
        [("count", 681, None, None), ("count", 2960, None, None), ("percent", 23.0, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir lehnen viel zu viele ausgezeichnete Projekte ab, und das ist jedes Mal bitter“, sagte FWF-Präsidentin Ingeborg Strasshofer-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Strasshofer-Lenz sagte, mit zusätzlichen 40 Millionen Euro pro Jahr ließe sich die Quote auf rund 30 Prozent heben.",
        True,
        [("money", 40000000, "EUR", None), ("percent", 30, "%", "about")],
        "Strasshofer-Lenz",
    ),
    (
        "de",
        "Rund 4.600 Personen waren Ende des Jahres in FWF-Projekten angestellt, knapp 60 Prozent von ihnen unter 35 Jahre alt.",
        True,
        [("count", 4600, None, "about"), ("percent", 60, "%", "nearly"), ("duration", 35, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Lebenswissenschaften erhielten mit 37 Prozent den größten Anteil, vor den Naturwissenschaften mit 31 Prozent und den Geistes- und Sozialwissenschaften mit 24 Prozent.",
        True,
        [("percent", 37, "%", None), ("percent", 31, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "de",
        "Die Universitätenkonferenz nannte die Zahlen ein „Alarmsignal für den Forschungsstandort“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für heuer rechnet der Fonds mit einem Budget von 372 Millionen Euro, das Kuratorium hat den Voranschlag am 14. Jänner beschlossen.",
        True,
        [("money", 372000000, "EUR", None), ("date", "--01-14", None, None)],
        None,
    ),
    # --- UKRI sets out its budget (PA), Thursday, Feb 13 ---
    (
        "en",
        "LONDON (PA) - UK Research and Innovation will spend £9.6 billion in the financial year that starts on April 1, a rise of 2.4 per cent in cash terms, UKRI said on Thursday.",
        True,
        [("money", 9600000000, "GBP", None), ("date", "--04-01", None, None), ("percent", 2.4, "%", None)],
        "UKRI",
    ),
    (
        "en",
        "Once inflation is taken into account, the budget is flat for the third year running, according to the Campaign for Science and Engineering.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Some £1.4 billion is ringfenced for curiosity-driven research, with a further £650 million set aside for early-career fellowships.",
        True,
        [("money", 1400000000, "GBP", "about"), ("money", 650000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "UKRI chief executive Martin Ashcombe-Ridley said the body funds about 55,000 researchers and more than 28,000 doctoral students.",
        True,
        [("count", 55000, None, "about"), ("count", 28000, None, "over")],
        "Martin Ashcombe-Ridley",
    ),
    ("en", '"Science is not a luxury we only pay for when times are good," Ashcombe-Ridley said.', False, [], None),
    (
        "en",
        "Vice-chancellors warned that the settlement would do little to halt the loss of research posts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Some 72 institutions have announced redundancy programmes in the past 18 months, according to Universities UK.",
        True,
        [("count", 72, None, "about"), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "The science minister told MPs that total government R&D spending would reach £23.4 billion by 2029-30.",
        True,
        [("money", 23400000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Ariane 6 startet mit zwei Erdbeobachtungssatelliten (dpa), Samstag, 22. Februar ---
    (
        "de",
        "Kourou (dpa) - Eine Ariane 6 ist in der Nacht zum Samstag mit zwei europäischen Erdbeobachtungssatelliten an Bord in Kourou gestartet.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Es war der neunte Flug der neuen Trägerrakete und der dritte in diesem Jahr, wie Arianespace mitteilte.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Rund 64 Minuten nach dem Start setzte die Oberstufe die beiden Satelliten in etwa 830 Kilometern Höhe aus.",
        True,
        [("duration", 64, "minute", "about"), ("count", 830, None, "about")],
        None,
    ),
    (
        "de",
        "Die zusammen gut 4,6 Tonnen schweren Satelliten sollen mindestens siebeneinhalb Jahre lang Temperatur und Feuchte der Atmosphäre messen.",
        True,
        [("count", 4.6, None, "over"), ("duration", 7.5, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Kosten des Programms beziffert die Esa auf rund 3,4 Milliarden Euro.",
        True,
        [("money", 3400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Das war ein Bilderbuchstart, genau so haben wir ihn uns gewünscht“, sagte Arianespace-Startleiterin Océane Delacroix-Bauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Delacroix-Bauer sagte, bis Jahresende wolle Arianespace die Rakete noch sechs weitere Male starten.",
        True,
        [("count", 6, None, None)],
        "Delacroix-Bauer",
    ),
    (
        "de",
        "Branchenbeobachter bezweifeln, dass Arianespace dieses Tempo über das ganze Jahr halten kann.",
        False,
        [],
        None,
    ),
    # --- NASA delays crewed moon landing (AP), Wednesday, March 5 ---
    (
        "en",
        "HOUSTON (AP) — NASA on Wednesday delayed the first crewed landing on the moon since 1972 by at least 10 months, citing slow progress on the lander.",
        True,
        [("ordinal", 1, None, None), ("year", 1972, None, None), ("duration", 10, "month", "at_least")],
        None,
    ),
    (
        "en",
        "The crew of four is now scheduled to launch no earlier than September 2032, with two of them spending about six days on the lunar surface.",
        True,
        [
            ("count", 4, None, None),
            ("year", 2032, None, None),
            ("count", 2, None, None),
            ("duration", 6, "day", "about"),
        ],
        None,
    ),
    (
        "en",
        "Exploration program manager Delia Roan-Whitfield told reporters the lander had completed 21 of 34 planned engine tests.",
        True,
        [("count", 21, None, None), ("count", 34, None, None)],
        "Delia Roan-Whitfield",
    ),
    ("en", '"We are not going to fly until we are ready, and we are not ready," Roan-Whitfield said.', False, [], None),
    (
        "en",
        "The agency's inspector general last year put the cost of each Space Launch System flight at about $4.6 billion.",
        True,
        [("money", 4600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Some lawmakers have questioned whether the United States can still beat China back to the moon.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Beijing aims to put two of its own astronauts on the moon by the end of the decade.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The giant rocket has flown two missions so far, the most recent in April 2028.",
        True,
        [("count", 2, None, None), ("year", 2028, None, None)],
        None,
    ),
    # --- Heidelberger Forschende finden Wasserdampf auf fernem Planeten (dpa/lsw), Donnerstag, 13. März ---
    (
        "de",
        "Heidelberg (dpa/lsw) - Mit dem James-Webb-Teleskop haben Heidelberger Forschende Wasserdampf um einen Planeten entdeckt, der rund 104 Lichtjahre von uns entfernt ist.",
        True,
        [("count", 104, None, "about")],
        None,
    ),
    (
        "de",
        "Der Planet hat etwa den 2,7-fachen Erddurchmesser, ein Jahr dauert auf ihm nach den Messungen des Teams 11,4 Tage.",
        True,
        [("count", 2.7, None, "about"), ("duration", 11.4, "day", None)],
        None,
    ),
    (
        "de",
        "Seine Temperatur schätzen die Forschenden auf 310 bis 360 Kelvin, also zwischen 37 und 87 Grad Celsius.",
        True,
        [("count", 310, None, None), ("count", 360, None, None), ("count", 37, None, None), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Für die Messung beobachtete das Team vier Transits, bei denen der Planet von der Erde aus gesehen vor seinem Stern vorbeizog.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiterin Johanna Wiesinger-Maurer sagte, die Daten stammten aus 38 Stunden Beobachtungszeit, für die sich das Team gegen mehr als 1.900 andere Anträge durchgesetzt habe.",
        True,
        [("duration", 38, "hour", None), ("count", 1900, None, "over")],
        "Johanna Wiesinger-Maurer",
    ),
    (
        "de",
        "„Das ist, als würde man den Atem einer Mücke über einen ganzen Kontinent hinweg riechen“, sagte Wiesinger-Maurer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Planet eine feste Oberfläche besitzt, lässt sich aus den Daten noch nicht ablesen.",
        False,
        [],
        None,
    ),
    ("de", "Veröffentlicht wurde die Studie im Fachblatt „Nature Astronomy“.", True, [], None),
    # --- CSIRO to cut research jobs (AAP), Tuesday, March 18 ---
    (
        "en",
        "CANBERRA (AAP) - The CSIRO will shed up to 420 research positions over the next two years as the national science agency tries to close a funding gap of about $140 million.",
        True,
        [("count", 420, None, "up_to"), ("duration", 2, "year", None), ("money", 140000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "The agency employs about 5,900 people at more than 50 sites, according to its latest annual report.",
        True,
        [("count", 5900, None, "about"), ("count", 50, None, "over")],
        None,
    ),
    (
        "en",
        "Chief executive Rosalind Tedeschi-Barr said the cuts would fall mostly on agriculture, environment and mineral resources research.",
        True,
        [],
        "Rosalind Tedeschi-Barr",
    ),
    ("en", '"These are painful decisions and I don\'t make them lightly," Tedeschi-Barr said.', False, [], None),
    (
        "en",
        "The agency has already lost more than 800 jobs since 2029, according to the CSIRO Staff Association.",
        True,
        [("count", 800, None, "over"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The science minister said the government had lifted the agency's base funding by 3.5 per cent in the May budget.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    ("en", 'Staff representatives called the cuts "an act of national self-harm".', False, [], None),
    (
        "en",
        "Australia spends about 1.5 per cent of its GDP on research and development, well below the OECD average of 2.9 per cent.",
        True,
        [("percent", 1.5, "%", "about"), ("percent", 2.9, "%", None)],
        None,
    ),
    # --- Leibniz-Preise verliehen (dpa), Mittwoch, 19. März ---
    (
        "de",
        "Berlin (dpa) - Zehn Forscherinnen und Forscher sind am Mittwoch in Berlin mit dem Gottfried Wilhelm Leibniz-Preis ausgezeichnet worden.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Auszeichnung bringt pro Person bis zu 2,5 Millionen Euro, die über sieben Jahre hinweg frei für die Forschung verwendet werden können.",
        True,
        [("money", 2500000, "EUR", "up_to"), ("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Die Preisträgerinnen und Preisträger wurden nach DFG-Angaben aus 141 Vorschlägen ausgewählt.",
        True,
        [("count", 141, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Geehrten sind vier Frauen, die jüngste ist die 36 Jahre alte Quantenphysikerin Mirjam Okonkwo-Haller aus Mainz.",
        True,
        [("count", 4, None, None), ("duration", 36, "year", None)],
        None,
    ),
    (
        "de",
        "Okonkwo-Haller sagte, sie wolle mit dem Geld vor allem zwei zusätzliche Doktorandenstellen finanzieren.",
        True,
        [("count", 2, None, None)],
        "Okonkwo-Haller",
    ),
    ("de", "„Ich habe zuerst an einen Scherz meiner Kollegen geglaubt“, sagte die Physikerin.", False, [], None),
    (
        "de",
        "DFG-Präsident Konstantin Hüsgen-Marx sagte, seit 1986 seien damit 447 Leibniz-Preise vergeben worden.",
        True,
        [("year", 1986, None, None), ("count", 447, None, None)],
        "Konstantin Hüsgen-Marx",
    ),
    ("de", "Hüsgen-Marx nannte den Preis „das schönste Vertrauensvotum, das die Wissenschaft kennt“.", False, [], None),
    # --- Rubin Observatory's first year (Reuters), Tuesday, April 8 ---
    (
        "en",
        "CERRO PACHON, Chile, April 8 (Reuters) - The Vera C. Rubin Observatory has discovered more than 41,000 previously unknown asteroids in its first full year of survey operations, its operators said on Tuesday.",
        True,
        [("date", "--04-08", None, None), ("count", 41000, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "About 1,150 of them are near-Earth objects, including 37 larger than 140 meters across.",
        True,
        [("count", 1150, None, "about"), ("count", 37, None, None), ("count", 140, None, "over")],
        None,
    ),
    (
        "en",
        "Rubin operations director Thandiwe Marchetti-Lowe told reporters the survey produces about 18 terabytes of images each night.",
        True,
        [("count", 18, None, "about")],
        "Thandiwe Marchetti-Lowe",
    ),
    (
        "en",
        "None of the newly found objects poses a threat to Earth over the next 100 years, Marchetti-Lowe said.",
        True,
        [("duration", 100, "year", None)],
        "Marchetti-Lowe",
    ),
    ("en", '"Every night the sky hands us something we did not expect," Marchetti-Lowe said.', False, [], None),
    (
        "en",
        "The observatory, funded by the U.S. National Science Foundation and the Department of Energy, cost about $810 million to build.",
        True,
        [("money", 810000000, "USD", "about")],
        None,
    ),
    ("en", "Astronomers hope the survey will also shed light on the nature of dark energy.", False, [], None),
    (
        "en",
        "Rubin is designed to run for 10 years and is expected to catalogue about 4.5 million asteroids by the end of its survey.",
        True,
        [("duration", 10, "year", None), ("count", 4500000, None, "about")],
        None,
    ),
    # --- Nationalfonds spricht mehr Geld (Keystone-SDA), Donnerstag, 10. April ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalfonds (SNF) hat im vergangenen Jahr Forschungsgelder von 1,21 Milliarden Franken gesprochen, 3 Prozent mehr als im Vorjahr.",
        True,
        [("money", 1210000000, "CHF", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Unterstützt wurden rund 5700 Projekte, an denen gut 19'000 Forschende beteiligt waren, teilte der SNF am Donnerstag mit.",
        True,
        [("count", 5700, None, "about"), ("count", 19000, None, "over")],
        "der SNF",
    ),
    (
        "de",
        "Die Erfolgsquote in der Projektförderung lag bei 46 Prozent, nach 49 Prozent im Jahr davor.",
        True,
        [("percent", 46, "%", None), ("percent", 49, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Frauen unter den Gesuchstellenden stieg auf 38,5 Prozent.",
        True,
        [("percent", 38.5, "%", None)],
        None,
    ),
    (
        "de",
        "SNF-Direktorin Regula Casutt-Fehr sagte, wegen des Sparprogramms des Bundes müsse der SNF bis 2028 rund 90 Millionen Franken einsparen.",
        True,
        [("year", 2028, None, None), ("money", 90000000, "CHF", "about")],
        "Regula Casutt-Fehr",
    ),
    (
        "de",
        "«Wer bei der Grundlagenforschung spart, spart an der Zukunft des Landes», sagte Casutt-Fehr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Übergangsmassnahmen im Zusammenhang mit dem EU-Programm Horizon Europe gab der Fonds weitere 112 Millionen Franken aus.",
        True,
        [("money", 112000000, "CHF", None)],
        None,
    ),
    ("de", "Ob das Parlament die Kürzungen in der Wintersession abschwächt, ist offen.", False, [], None),
    # --- Webb spots an early galaxy (AFP), Monday, April 21 ---
    (
        "en",
        "PARIS, April 21 (AFP) - The James Webb Space Telescope has spotted a galaxy that already existed some 280 million years after the Big Bang, putting it among the earliest ever observed, astronomers said Monday.",
        True,
        [("date", "--04-21", None, None), ("duration", 280000000, "year", "about")],
        None,
    ),
    (
        "en",
        "Its light set out some 13.4 billion years ago, when the universe was about 2 percent of its current age.",
        True,
        [("duration", 13400000000, "year", "about"), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        "The galaxy has a redshift of 14.8 and already holds roughly 400 million solar masses of stars.",
        True,
        [("count", 14.8, None, None), ("count", 400000000, None, "about")],
        None,
    ),
    (
        "en",
        "Lead author Bénédicte Rousseau-Klein said the observations took 64 hours of telescope time across three visits.",
        True,
        [("duration", 64, "hour", None), ("count", 3, None, None)],
        "Bénédicte Rousseau-Klein",
    ),
    ("en", '"It is far too bright and far too grown-up for its age," Rousseau-Klein told AFP.', False, [], None),
    (
        "en",
        "Some theorists suspect such galaxies are powered partly by growing black holes rather than by stars alone.",
        False,
        [],
        None,
    ),
    ("en", "The study appeared in The Astrophysical Journal.", True, [], None),
    (
        "en",
        "Webb, launched in December 2021, works from a point roughly 1.5 million kilometres beyond Earth.",
        True,
        [("year", 2021, None, None), ("count", 1500000, None, "about")],
        None,
    ),
    # --- Forschungsquote steigt auf 3,46 Prozent (APA), Donnerstag, 24. April ---
    (
        "de",
        "Wien (APA) - Österreichs Ausgaben für Forschung und Entwicklung werden heuer auf rund 18,1 Milliarden Euro steigen, das entspricht einer Forschungsquote von 3,46 Prozent.",
        True,
        [("money", 18100000000, "EUR", "about"), ("percent", 3.46, "%", None)],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria ist das ein Plus von 4,1 Prozent gegenüber dem Vorjahr.",
        True,
        [("percent", 4.1, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Heimische Unternehmen tragen 48,9 Prozent der Ausgaben, der Bund gut ein Viertel und das Ausland rund 16 Prozent.",
        True,
        [("percent", 48.9, "%", None), ("fraction", 0.25, None, "over"), ("percent", 16, "%", "about")],
        None,
    ),
    (
        "de",
        "Österreich liegt damit unter den EU-Staaten an vierter Stelle, hinter Schweden, Belgien und Deutschland.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Fachleute halten eine weitere deutliche Steigerung der Quote dennoch für kaum erreichbar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Vorsitzende des Forschungsrats, Henrike Sattlberger-Koch, sagte, der Anteil der Grundlagenforschung sei seit 2019 von 19 auf 17 Prozent gesunken.",
        True,
        [("year", 2019, None, None), ("percent", 19, "%", None), ("percent", 17, "%", None)],
        "Henrike Sattlberger-Koch",
    ),
    ("de", "„Wir verwechseln in diesem Land Masse mit Klasse“, sagte Sattlberger-Koch.", False, [], None),
    (
        "de",
        "Der Wissenschaftsminister verwies auf das um 1,8 Milliarden Euro aufgestockte Universitätsbudget für die Jahre 2028 bis 2030.",
        True,
        [("money", 1800000000, "EUR", None), ("year", 2028, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- China widens its lead in research output (Reuters), Wednesday, May 7 ---
    (
        "en",
        "LONDON, May 7 (Reuters) - Chinese institutions published about 1.12 million peer-reviewed papers last year, nearly 40% more than their U.S. counterparts, according to an analysis by the publisher Elsevier.",
        True,
        [("date", "--05-07", None, None), ("count", 1120000, None, "about"), ("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "en",
        "China accounted for 29% of the world's papers in chemistry and the physical sciences, against 14% for the United States, the analysis found.",
        True,
        [("percent", 29, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "U.S. papers were still cited more often, with a field-weighted citation impact of 1.38 against 1.05 for China, where 1.0 marks the world average.",
        True,
        [("count", 1.38, None, None), ("count", 1.05, None, None), ("count", 1.0, None, None)],
        None,
    ),
    (
        "en",
        "Elsevier analyst Priyanka Hartmann-Oduya said India had overtaken Germany to become the third-largest producer of research papers.",
        True,
        [("ordinal", 3, None, None)],
        "Priyanka Hartmann-Oduya",
    ),
    (
        "en",
        '"The centre of gravity of world science is moving east, and it is not coming back," Hartmann-Oduya said.',
        False,
        [],
        None,
    ),
    ("en", "Some researchers question whether raw counts of papers say much about their quality.", False, [], None),
    (
        "en",
        "Germany published about 198,000 papers and Britain about 205,000.",
        True,
        [("count", 198000, None, "about"), ("count", 205000, None, "about")],
        None,
    ),
    (
        "en",
        "The analysis covered 24 million papers published between 2026 and 2030.",
        True,
        [("count", 24000000, None, None), ("year", 2026, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Expertenkommission: Forschungsziel verfehlt (dpa), Mittwoch, 14. Mai ---
    (
        "de",
        "Berlin (dpa) - Deutschland hat sein Ziel erneut verfehlt, 3,5 Prozent der Wirtschaftsleistung in Forschung und Entwicklung zu investieren.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Stifterverbands lagen die Ausgaben von Staat, Hochschulen und Wirtschaft zuletzt bei 3,07 Prozent des Bruttoinlandsprodukts oder 134,9 Milliarden Euro.",
        True,
        [("percent", 3.07, "%", None), ("money", 134900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Jahresgutachten der Expertenkommission Forschung und Innovation (EFI) hervor, das am Mittwoch der Bundesregierung übergeben wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kommissionsvorsitzender Wolfram Eichhorst-Bähr sagte, fast drei Viertel der Forschungsausgaben der Wirtschaft entfielen auf nur drei Branchen.",
        True,
        [("fraction", 0.75, None, "nearly"), ("count", 3, None, None)],
        "Wolfram Eichhorst-Bähr",
    ),
    (
        "de",
        "„Wir setzen zu sehr auf die Motoren von gestern und zu wenig auf die Technologien von morgen“, sagte Eichhorst-Bähr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei Patenten zur Künstlichen Intelligenz meldeten deutsche Unternehmen 2029 nur 1.140 Erfindungen an, chinesische mehr als 29.000.",
        True,
        [("year", 2029, None, None), ("count", 1140, None, None), ("count", 29000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Kommission empfiehlt, die steuerliche Forschungszulage auf 35 Prozent der förderfähigen Kosten anzuheben.",
        True,
        [("percent", 35, "%", None)],
        None,
    ),
    ("de", "Die Wirtschaftsverbände lobten das Gutachten als „überfälligen Weckruf“.", False, [], None),
    # --- NSF cancels grants (AP), Friday, May 23 ---
    (
        "en",
        "WASHINGTON (AP) — The National Science Foundation has canceled 2,140 research grants worth about $1.9 billion since January, according to an agency database.",
        True,
        [("count", 2140, None, None), ("money", 1900000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Under the president's budget plan, the foundation would get $4.6 billion next year, down 49% from this year.",
        True,
        [("money", 4600000000, "USD", None), ("percent", 49, "%", None)],
        None,
    ),
    (
        "en",
        'NSF spokeswoman Carla Dunmore-Reyes said the agency was "realigning its portfolio" and would still make about 7,500 new awards this year.',
        True,
        [("count", 7500, None, "about")],
        "Carla Dunmore-Reyes",
    ),
    (
        "en",
        "The foundation pays for about a quarter of all federally funded basic research at U.S. colleges and universities.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    ("en", "Former program officers said the cuts would set American science back by a generation.", False, [], None),
    (
        "en",
        "At the University of Wisconsin-Madison alone, 96 grants have been terminated, university officials said.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "en",
        '"We are watching the pipeline of young scientists drain away," said Ines Calderwood-Ng, a physicist at the university.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A survey by the journal Nature found that two in three U.S. scientists were considering moving abroad.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    # --- ETH im QS-Ranking auf Rang sechs (Keystone-SDA), Mittwoch, 11. Juni ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die ETH Zürich ist in der neuen Hochschulrangliste des britischen Unternehmens QS um zwei Plätze auf Rang sechs vorgerückt.",
        True,
        [("count", 2, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die ETH Lausanne (EPFL) verbesserte sich von Platz 31 auf Platz 25.",
        True,
        [("ordinal", 31, None, None), ("ordinal", 25, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt schafften es sieben Schweizer Hochschulen unter die besten 300 der rund 1600 bewerteten Universitäten.",
        True,
        [("count", 7, None, None), ("count", 300, None, None), ("count", 1600, None, "about")],
        None,
    ),
    (
        "de",
        "ETH-Rektorin Sabina Gredig-Thalmann sagte, die Hochschule zähle inzwischen 26'900 Studierende und Doktorierende aus 129 Ländern.",
        True,
        [("count", 26900, None, None), ("count", 129, None, None)],
        "Sabina Gredig-Thalmann",
    ),
    (
        "de",
        "«Ranglisten messen nur einen Teil dessen, was eine gute Hochschule ausmacht», sagte Gredig-Thalmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Universität Zürich fiel um vier Plätze auf Rang 98 zurück.",
        True,
        [("count", 4, None, None), ("ordinal", 98, None, None)],
        None,
    ),
    (
        "de",
        "Umfragen unter Akademikern und Arbeitgebern machen bei QS zusammen fast die Hälfte der Bewertung aus.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    ("de", "Kritiker halten die Methode für wenig aussagekräftig.", False, [], None),
    (
        "de",
        "Der ETH-Bereich erhält vom Bund in diesem Jahr 2,94 Mia. Fr.",
        True,
        [("money", 2940000000, "CHF", None)],
        None,
    ),
    # --- India launches a Venus orbiter (Reuters), Tuesday, June 17 ---
    (
        "en",
        "BENGALURU, June 17 (Reuters) - India launched its first mission to Venus on Tuesday, sending an orbiter on a journey of about 140 days to the second planet from the sun.",
        True,
        [
            ("date", "--06-17", None, None),
            ("ordinal", 1, None, None),
            ("duration", 140, "day", "about"),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 2.5-tonne spacecraft lifted off on an LVM3 rocket from Sriharikota and separated from the upper stage about 19 minutes later, according to the Indian Space Research Organisation.",
        True,
        [("count", 2.5, None, None), ("duration", 19, "minute", "about")],
        None,
    ),
    (
        "en",
        "The orbiter carries 16 scientific instruments, four of them built with foreign partners.",
        True,
        [("count", 16, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The mission cost about Rs 1,580 crore ($186 million), according to government filings.",
        True,
        [("money", 15800000000, "INR", "about"), ("money", 186000000, "USD", None)],
        None,
    ),
    (
        "en",
        "ISRO chairman Venkatesh Iyer-Ramaswamy told reporters the probe would map the planet from an orbit between 200 km and 600 km above its clouds.",
        True,
        [("count", 200, None, None), ("count", 600, None, None)],
        "Venkatesh Iyer-Ramaswamy",
    ),
    ("en", '"Venus is Earth\'s twin gone wrong, and we want to know why," Iyer-Ramaswamy said.', False, [], None),
    ("en", "It was the agency's fourth launch this year.", True, [("ordinal", 4, None, None)], None),
    ("en", "Officials would not be drawn on when India's astronaut programme would fly.", False, [], None),
    # --- Max-Planck-Gesellschaft legt Zahlen vor (dpa/lby), Dienstag, 24. Juni ---
    (
        "de",
        "München (dpa/lby) - Die größte deutsche Organisation für Grundlagenforschung hat im vergangenen Jahr 2,41 Milliarden Euro ausgegeben, gut 80 Prozent davon kamen von Bund und Ländern.",
        True,
        [("money", 2410000000, "EUR", None), ("percent", 80, "%", "over")],
        None,
    ),
    (
        "de",
        "In den 83 Instituten arbeiteten zum Jahresende 25.330 Menschen, darunter 7.180 Wissenschaftlerinnen und Wissenschaftler, wie die Max-Planck-Gesellschaft am Dienstag in München mitteilte.",
        True,
        [("count", 83, None, None), ("count", 25330, None, None), ("count", 7180, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der Forschenden stammt aus dem Ausland.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Der Präsident der Gesellschaft kündigte an, in den kommenden fünf Jahren bis zu 30 Spitzenforschende aus den USA anzuwerben.",
        True,
        [("duration", 5, "year", None), ("count", 30, None, "up_to")],
        None,
    ),
    (
        "de",
        "Allein im ersten Halbjahr hätten sich mehr als 1.100 Forschende aus den Vereinigten Staaten auf offene Stellen beworben, sagte Personalchefin Dörte Lindenstrauß-Amin.",
        True,
        [("ordinal", 1, None, None), ("count", 1100, None, "over")],
        "Dörte Lindenstrauß-Amin",
    ),
    ("de", "„Die Wissenschaft geht dorthin, wo sie frei atmen kann“, sagte Lindenstrauß-Amin.", False, [], None),
    (
        "de",
        "Die Forschenden der Institute veröffentlichten im Jahr 2030 rund 15.600 Fachartikel.",
        True,
        [("year", 2030, None, None), ("count", 15600, None, "about")],
        None,
    ),
    (
        "de",
        "Mehrere Institutsdirektoren befürchten, dass steigende Personalkosten den Zuwachs aus dem Pakt für Forschung und Innovation aufzehren.",
        False,
        [],
        None,
    ),
    # --- Esa-Astronautin zurück auf der Erde (dpa), Samstag, 28. Juni ---
    (
        "de",
        "Köln (dpa) - Die deutsche Esa-Astronautin Leonie Vahrenkamp-Stoll ist nach 186 Tagen an Bord der Internationalen Raumstation ISS zur Erde zurückgekehrt.",
        True,
        [("duration", 186, "day", None)],
        None,
    ),
    (
        "de",
        "Ihre Kapsel wasserte am Samstagmorgen vor der Küste Floridas, knapp 17 Stunden nach dem Abkoppeln von der Station.",
        True,
        [("duration", 17, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die 41-Jährige umrundete die Erde während ihrer Mission rund 2.970 Mal und legte dabei etwa 126 Millionen Kilometer zurück, wie die Esa mitteilte.",
        True,
        [("duration", 41, "year", None), ("count", 2970, None, "about"), ("count", 126000000, None, "about")],
        None,
    ),
    (
        "de",
        "An Bord betreute sie nach Esa-Angaben mehr als 150 Experimente, 34 davon aus Deutschland.",
        True,
        [("count", 150, None, "over"), ("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Sie ist nach DLR-Zählung die 14. Person aus Deutschland, die ins All geflogen ist.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "„Ich vermisse schon jetzt den Blick aus der Kuppel“, sagte Vahrenkamp-Stoll nach der Landung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Reha im Europäischen Astronautenzentrum in Köln soll rund drei Wochen dauern, sagte Zentrumsleiter Fabian Rotermund-Eckl.",
        True,
        [("duration", 3, "week", "about")],
        "Fabian Rotermund-Eckl",
    ),
    ("de", "Ob und wann sie erneut ins All fliegen darf, ließ die Esa offen.", False, [], None),
    # --- Scottish rocket reaches orbit (PA), Saturday, July 12 ---
    (
        "en",
        "TONGUE, Sutherland (PA) - A rocket built in Scotland has reached orbit for the first time, placing six small satellites around 525km above the Earth.",
        True,
        [("ordinal", 1, None, None), ("count", 6, None, None), ("count", 525, None, "about")],
        None,
    ),
    (
        "en",
        "The 19-metre Kestrel launcher lifted off from Space Hub Sutherland at 2.14pm on Saturday, about 90 minutes later than planned because of strong winds.",
        True,
        [("count", 19, None, None), ("duration", 90, "minute", "about")],
        None,
    ),
    (
        "en",
        "It was the company's third attempt, after failures in 2029 and last October.",
        True,
        [("ordinal", 3, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Skyreach Orbital chief executive Euan Lockhart-Dunbar said the firm now had orders for 14 launches worth about £210 million.",
        True,
        [("count", 14, None, None), ("money", 210000000, "GBP", "about")],
        "Euan Lockhart-Dunbar",
    ),
    ("en", '"Today Scotland stopped talking about space and started doing it," Lockhart-Dunbar said.', False, [], None),
    (
        "en",
        "According to the UK Space Agency, the sector supports about 55,600 jobs and earns £19.7 billion a year.",
        True,
        [("count", 55600, None, "about"), ("money", 19700000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Local campaigners have long argued that the spaceport threatens a fragile peatland habitat.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1,200 people watched the launch from viewing points around the Kyle of Tongue.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    # --- Mars rover sets a distance record (AP), Wednesday, July 23 ---
    (
        "en",
        "PASADENA, Calif. (AP) — NASA's Perseverance rover has now driven more than 30 miles (48 kilometers) across Mars, farther than any rover before it, according to the Jet Propulsion Laboratory.",
        True,
        [("count", 30, None, "over"), ("count", 48, None, None)],
        None,
    ),
    (
        "en",
        "The rover, which landed in Jezero Crater in February 2021, has sealed 38 rock and soil samples in tubes.",
        True,
        [("year", 2021, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Deputy project scientist Marisol Ekwueme-Hart said the rover's nuclear power source should keep it running for at least another six years.",
        True,
        [("duration", 6, "year", "at_least")],
        "Marisol Ekwueme-Hart",
    ),
    ("en", '"She has outlived every plan we ever made for her," Ekwueme-Hart said.', False, [], None),
    (
        "en",
        "A plan to bring the samples back to Earth was shelved last year after its estimated cost climbed to $9.4 billion.",
        True,
        [("money", 9400000000, "USD", None)],
        None,
    ),
    ("en", "NASA has not said whether it will revive the effort.", False, [], None),
    (
        "en",
        "Perseverance averages about 0.12 kilometers per hour when it drives.",
        True,
        [("count", 0.12, None, "about")],
        None,
    ),
    (
        "en",
        "Depending on the planets' positions, a signal from the rover takes between 4 and 22 minutes to reach Earth.",
        True,
        [("duration", 4, "minute", None), ("duration", 22, "minute", None)],
        None,
    ),
    # --- Lausanner Start-up fängt Weltraumschrott ein (Keystone-SDA), Donnerstag, 7. August ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Ein Satellit des Lausanner Start-ups Orbitrix hat im All erstmals ein ausgedientes Trümmerteil eingefangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das rund 95 Kilogramm schwere Fragment einer Raketenoberstufe kreiste in etwa 660 Kilometern Höhe um die Erde.",
        True,
        [("count", 95, None, "about"), ("count", 660, None, "about")],
        None,
    ),
    (
        "de",
        "Für das Andockmanöver benötigte der Fangsatellit nach Firmenangaben knapp elf Minuten.",
        True,
        [("duration", 11, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "Gemäss Esa-Schätzungen kreisen derzeit rund 1,4 Millionen Trümmerteile grösser als 1 Zentimeter um die Erde.",
        True,
        [("count", 1400000, None, "about"), ("count", 1, None, "over")],
        None,
    ),
    (
        "de",
        "Firmenchefin Noémie Chappuis-Rüegg sagte, die Mission habe 38 Millionen Franken gekostet, 12 Millionen Franken davon habe der Bund getragen.",
        True,
        [("money", 38000000, "CHF", None), ("money", 12000000, "CHF", None)],
        "Noémie Chappuis-Rüegg",
    ),
    ("de", "«Wir haben bewiesen, dass man im All aufräumen kann», sagte Chappuis-Rüegg.", False, [], None),
    (
        "de",
        "Die Schweiz zahlt der Esa in diesem Jahr rund 212 Millionen Franken an Pflichtbeiträgen, teilte das SBFI mit.",
        True,
        [("money", 212000000, "CHF", "about")],
        "das SBFI",
    ),
    (
        "de",
        "Ob das Trümmerteil wie geplant in der Atmosphäre verglüht, soll sich in den kommenden Wochen zeigen.",
        False,
        [],
        None,
    ),
    # --- SpaceX reaches 100 launches for the year (Reuters), Tuesday, Aug 19 ---
    (
        "en",
        "CAPE CANAVERAL, Fla., Aug 19 (Reuters) - SpaceX launched its 100th Falcon 9 rocket of the year on Tuesday, reaching the mark about two months earlier than last year.",
        True,
        [("date", "--08-19", None, None), ("ordinal", 100, None, None), ("duration", 2, "month", "about")],
        None,
    ),
    (
        "en",
        "The rocket carried 24 Starlink internet satellites to low-Earth orbit, lifting the number launched so far to more than 11,500.",
        True,
        [("count", 24, None, None), ("count", 11500, None, "over")],
        None,
    ),
    (
        "en",
        "The booster, which flew for the 33rd time, a record, came down on a drone ship in the Atlantic roughly eight and a half minutes after liftoff.",
        True,
        [("ordinal", 33, None, None), ("duration", 8.5, "minute", "about")],
        None,
    ),
    (
        "en",
        "SpaceX said it was aiming for about 210 launches this year.",
        True,
        [("count", 210, None, "about")],
        "SpaceX",
    ),
    (
        "en",
        "The company accounted for about 88% of all mass sent to orbit worldwide last year, according to industry analysts.",
        True,
        [("percent", 88, "%", "about")],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration has approved up to 40 Starship launches a year from the company's base in South Texas.",
        True,
        [("count", 40, None, "up_to")],
        None,
    ),
    (
        "en",
        '"The cadence is simply unlike anything in the history of spaceflight," said Lorna Fitzwilliam-Oke, a launch analyst at the consultancy Orbital Ledger.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Starship, the company's fully reusable rocket, has flown 14 test flights, the last of which reached orbit in June.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    # --- Deutschland holt die meisten ERC-Grants (dpa), Donnerstag, 4. September ---
    (
        "de",
        "Brüssel (dpa) - Der Europäische Forschungsrat (ERC) vergibt in diesem Jahr 512 Starting Grants im Gesamtwert von rund 802 Millionen Euro an Nachwuchsforschende.",
        True,
        [("count", 512, None, None), ("money", 802000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mit 104 Förderungen gehen die meisten an Forschende in Deutschland, vor Frankreich mit 67 und den Niederlanden mit 49.",
        True,
        [("count", 104, None, None), ("count", 67, None, None), ("count", 49, None, None)],
        None,
    ),
    (
        "de",
        "Österreich kommt auf 17 Grants, die Schweiz auf 26.",
        True,
        [("count", 17, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Jede Förderung kann bis zu 1,5 Millionen Euro über fünf Jahre betragen, teilte der ERC mit.",
        True,
        [("money", 1500000, "EUR", "up_to"), ("duration", 5, "year", None)],
        "der ERC",
    ),
    (
        "de",
        "Die Erfolgsquote lag bei 14,2 Prozent und damit um 0,8 Prozentpunkte unter dem Vorjahr.",
        True,
        [("percent", 14.2, "%", None), ("percent", 0.8, "pp", None)],
        None,
    ),
    (
        "de",
        "ERC-Vizepräsidentin Katalin Bérczy-Albrecht sagte, der Frauenanteil unter den Geförderten sei auf 41 Prozent gestiegen.",
        True,
        [("percent", 41, "%", None)],
        "Katalin Bérczy-Albrecht",
    ),
    (
        "de",
        "„Europa kann die klügsten Köpfe halten, wenn es ihnen Freiheit gibt“, sagte Bérczy-Albrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hochschulrektorenkonferenz sprach von einem „starken Signal für den Wissenschaftsstandort“.",
        False,
        [],
        None,
    ),
    # --- SKA telescope's first image (AAP), Monday, Sept 15 ---
    (
        "en",
        "PERTH (AAP) - The low-frequency arm of the Square Kilometre Array has delivered its first detailed picture of the southern sky, showing more than 92,000 galaxies.",
        True,
        [("ordinal", 1, None, None), ("count", 92000, None, "over")],
        None,
    ),
    (
        "en",
        "The image was made with about 4,100 antennas, roughly 3 per cent of the number that will eventually stand at the site in Western Australia's Murchison region.",
        True,
        [("count", 4100, None, "about"), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "The Australian arm of the project is costing about $2.3 billion, CSIRO radio astronomer Maddie Hollingsworth-Tan said.",
        True,
        [("money", 2300000000, "AUD", "about")],
        "Maddie Hollingsworth-Tan",
    ),
    (
        "en",
        "\"It's like someone switched the lights on in a room we'd only ever felt our way around,\" Hollingsworth-Tan said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Construction is due to finish in 2033, three years later than first planned.",
        True,
        [("year", 2033, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The SKA Observatory, headquartered near Manchester, has 11 member countries.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Astronomers hope the telescope will pick up faint radio signals from the era before galaxies formed.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Murchison site was chosen partly because fewer than 120 people live within 100km of it.",
        True,
        [("count", 120, None, "under"), ("count", 100, None, None)],
        None,
    ),
    # --- Uni Wien klettert im THE-Ranking (APA), Mittwoch, 8. Oktober ---
    (
        "de",
        "Wien (APA) - Die Universität Wien ist im Hochschulranking des Magazins „Times Higher Education“ (THE) um sieben Plätze auf Rang 131 vorgerückt.",
        True,
        [("count", 7, None, None), ("ordinal", 131, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt sind elf österreichische Universitäten unter den rund 2.300 bewerteten Hochschulen aus 119 Ländern vertreten.",
        True,
        [("count", 11, None, None), ("count", 2300, None, "about"), ("count", 119, None, None)],
        None,
    ),
    (
        "de",
        "Die Medizinische Universität Wien landete in der Gruppe der Ränge 151 bis 175, die Technische Universität Wien in jener der Ränge 201 bis 250.",
        True,
        [
            ("ordinal", 151, None, None),
            ("ordinal", 175, None, None),
            ("ordinal", 201, None, None),
            ("ordinal", 250, None, None),
        ],
        None,
    ),
    (
        "de",
        "Angeführt wird die Liste zum zwölften Mal in Folge von der Universität Oxford.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Vizerektorin Margit Haidacher-Pospischil sagte, die Zahl der Drittmittelprojekte sei binnen fünf Jahren um 22 Prozent gestiegen.",
        True,
        [("duration", 5, "year", None), ("percent", 22, "%", None)],
        "Margit Haidacher-Pospischil",
    ),
    (
        "de",
        "„Wir spielen mit deutlich weniger Geld in derselben Liga wie die Großen“, sagte Haidacher-Pospischil.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Österreichische Hochschülerinnen- und Hochschülerschaft (ÖH) kritisierte, Rankings belohnten Prestige statt guter Lehre.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim Indikator Forschungsqualität legte die Universität Wien um 4,6 Punkte zu.",
        True,
        [("count", 4.6, None, None)],
        None,
    ),
    # --- Japanese probe lands on Phobos (Reuters), Thursday, Oct 16 ---
    (
        "en",
        "TOKYO, Oct 16 (Reuters) - A Japanese probe has landed on the Martian moon Phobos and scooped up at least 10 grams of surface dust, the Japan Aerospace Exploration Agency said on Thursday.",
        True,
        [("date", "--10-16", None, None), ("count", 10, None, "at_least")],
        "the Japan Aerospace Exploration Agency",
    ),
    (
        "en",
        "The landing came almost five years after the spacecraft left Earth on an H3 rocket from Tanegashima.",
        True,
        [("duration", 5, "year", "nearly")],
        None,
    ),
    (
        "en",
        "Phobos, the larger of Mars's two moons, circles the planet about three times a day.",
        True,
        [("count", 2, None, None), ("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        "Project manager Haruka Sonoda-Blake said the sample capsule would touch down in South Australia on July 9, 2034, after a journey of about 14 months.",
        True,
        [("date", "2034-07-09", None, None), ("duration", 14, "month", "about")],
        "Haruka Sonoda-Blake",
    ),
    ("en", '"We touched a moon that nobody had ever touched," Sonoda-Blake told reporters.', False, [], None),
    (
        "en",
        "The mission, which includes a small rover built by France's CNES and Germany's DLR, cost about 54 billion yen ($355 million).",
        True,
        [("money", 54000000000, "JPY", "about"), ("money", 355000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Scientists hope the material will reveal whether Phobos began as a captured asteroid or as debris from a giant impact on Mars.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The probe had spent 11 months mapping Phobos from orbit before picking a landing site.",
        True,
        [("duration", 11, "month", None)],
        None,
    ),
    # --- Esa-Staaten zeichnen Rekordbudget (dpa), Donnerstag, 27. November ---
    (
        "de",
        "Lissabon (dpa) - Die Mitgliedsländer der Esa haben bei ihrem Ministerrat Programme im Umfang von 26,8 Milliarden Euro für die kommenden Jahre gezeichnet.",
        True,
        [("money", 26800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Deutschland bleibt mit 6,2 Milliarden Euro größter Beitragszahler, vor Frankreich mit 4,4 Milliarden Euro und Italien mit 3,9 Milliarden Euro.",
        True,
        [("money", 6200000000, "EUR", None), ("money", 4400000000, "EUR", None), ("money", 3900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der deutsche Anteil entspricht gut 23 Prozent, wie das Bundeswirtschaftsministerium mitteilte.",
        True,
        [("percent", 23, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Raumfahrtkoordinatorin der Bundesregierung sprach von einem „historischen Tag für Europa“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Esa-Finanzdirektor Pieter Vandermeulen-Roth sagte, rund 3,1 Milliarden Euro flössen in die Entwicklung einer europäischen Rakete mit wiederverwendbarer Unterstufe.",
        True,
        [("money", 3100000000, "EUR", "about")],
        "Pieter Vandermeulen-Roth",
    ),
    (
        "de",
        "Für die Beteiligung an der Mondstation Gateway und an künftigen Mondlandungen sind 2,2 Milliarden Euro vorgesehen.",
        True,
        [("money", 2200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Europa hat heute gezeigt, dass es im All nicht mehr nur auf der Tribüne sitzen will“, sagte Vandermeulen-Roth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Beschlüsse gelten für drei Jahre, die nächste Ministerratskonferenz soll am 21. November 2034 beginnen.",
        True,
        [("duration", 3, "year", None), ("date", "2034-11-21", None, None)],
        None,
    ),
    # --- Congress spares NASA science (AP), Friday, Dec 12 ---
    (
        "en",
        "WASHINGTON (AP) — Congress on Friday approved $7.2 billion for NASA's science programs this fiscal year, rejecting most of the cuts the White House had sought.",
        True,
        [("money", 7200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The spending bill passed the Senate 71-27 after clearing the House on Wednesday.",
        True,
        [("count", 71, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "It gives NASA $26.5 billion overall, about $200 million more than last year.",
        True,
        [("money", 26500000000, "USD", None), ("money", 200000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The measure also restores funding for 31 of the 38 missions the administration had proposed ending.",
        True,
        [("count", 31, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Roberta Ingledew-Park, R-Kan., who chairs the subcommittee that oversees NASA's budget, said the bill kept two planned Mars orbiters on track for launch in 2033.",
        True,
        [("count", 2, None, None), ("year", 2033, None, None)],
        None,
    ),
    ("en", '"American leadership in space is not negotiable," Ingledew-Park said.', False, [], None),
    (
        "en",
        "The bill now goes to the president, who has 10 days, not counting Sundays, to sign it.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "The bill sets the National Science Foundation's budget at $8.1 billion, a cut of about 9%.",
        True,
        [("money", 8100000000, "USD", None), ("percent", 9, "%", "about")],
        None,
    ),
]
