"""Two-hundred-and-eighty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups, titles and figures
are made up (Eckart Wendelstein, Roland Kiesewetter, Waltraud Eibensteiner, Solveig
Marquardsen, Nino Abashidze-Kerr and her film „Die Fähre nach Ostra“, Régine Dufaux-Bättig,
the „Volmetaler Rundschau“, Hartmut Sondermann, Annegret Vollmering, Friedemann
Oberlercher, Vinzenz Stiegelbauer, Marlies Hochreiter-Kainz, Ilka Brennwald-Sauer, Ursula
Pfandlbauer, Bastian Kühnhold, Konstanze Wehlau, Aurel Tschopp-Imhof; Philippa
Rendlesham, Imogen Ferrars, Colette Beaulieu-Navarro, Darlene Kuykendall, the Harlow County
Ledger, Bronwyn Tregear, Elspeth Varney, Thibault Carrère-Lemoine, Aurore
Delcambre-Vasseur, the Association of Public Media Stations, Tamsin Okonkwo-Reyes, Moira
Lennox-Baird, Séverine Aubagne-Roux, the Metropolitan Courier, Ramona Tillinghast, Lorne
Abernethy-Cole, Dominic Fairweather-Lim; every unnamed spokesperson, tourist, guard,
comedian, resident, producer, director and union member); ministers, broadcasters' and
festivals' chiefs and association heads of real governments and bodies appear under
made-up names that stand for no real holder, or by their role only („die
ARD-Vorsitzende“, „ein Sprecher der Landesanstalt für Medien“, "A White House
spokeswoman", "The opposition's communications spokesman", "The company's chief
executive"). Real states, bodies, places and things (KEF, ARD, ZDF, Deutschlandradio,
Landtag in Magdeburg, Deutscher Journalisten-Verband, Beitragsservice, ORF, Stiftungsrat,
FPÖ, Nationalrat, Redakteursrat, Berlinale, Goldener Bär, Bundesamt für Kultur,
Jungfreisinnige, Technische Universität Dortmund, Landesanstalt für Medien, Reporter ohne
Grenzen, Presseclub Concordia, Filmförderungsanstalt, Produzentenallianz, Babelsberg,
Bundesmuseen, Albertina, Kunsthistorisches Museum, Naturhistorisches Museum, Museumsbund,
Salzburger Festspiele, Berliner Senat, Deutscher Bühnenverein, Rotes Rathaus, KommAustria,
Verband Österreichischer Zeitungen, NEOS, Rechnungshof, Frankfurter Buchmesse, Börsenverein
des Deutschen Buchhandels, Institut für Museumsforschung, Deutscher Museumsbund, SRG, SVP,
Romandie; the BBC, the Taxpayers' Alliance, the National Audit Office, BECTU, the CRTC,
the Motion Picture Association-Canada, the Federal Court of Appeal, the Canadian Media
Producers Association, Northwestern University's Medill school, Illinois, New Jersey, the
ABC, the Community and Public Sector Union, Meta, Reporters Without Borders, Gaza, Eritrea,
the White House, the Treasury, the British Film Institute, Equity, the Louvre, the Mona
Lisa, the British Museum, the Association of Leading Visitor Attractions, Congress, the
Corporation for Public Broadcasting, NPR, the Edinburgh Festival Fringe, the Fringe
Society, the Scottish Government, Arcom, the CNC, Netflix, the NewsGuild, Challenger, Gray
& Christmas, the Toronto International Film Festival, Ontario, the Coalition, the Senate,
Screen Producers Australia, the Australian Communications and Media Authority, and the
datelines' cities) stand for the way wire copy names them; every fee, budget, subsidy,
ranking, score, count, share, vote, price, date and quote here is invented, and where a
real figure came to mind (Germany's broadcasting fee, Austria's ORF-Beitrag, the Swiss fee
and its planned cut, Switzerland's streaming quota, Canada's streaming levy, Britain's
licence fee and independent film relief, the Louvre's new ticket price for non-EU
visitors, France's release window, the U.S. public broadcasting appropriation, real press
freedom ranks) it was changed (the years of laws and votes kept, and the Berlinale's
edition number).

Its weight: OPINION VERSUS CLAIM, twenty-fourth round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third, two-hundred-and-sixty-first, two-hundred-and-sixty-ninth and
two-hundred-and-seventy-seventh batches were the first twenty-three, and their decisions
are kept; the two-hundred-and-seventy-seventh's decisions were read closely), this time in
culture and media copy, whose figures follow the culture and media rounds - the
forty-fifth and hundred-twenty-first on culture, the eighty-ninth on media, ratings and
streaming (its broadcasting fee rows read closely), the hundred-seventy-first on museums,
the two-hundred-and-sixtieth on culture (its decisions read closely) and the
two-hundred-and-eighth's press freedom ranking -, and their decisions are kept: public
broadcasting fees in Germany, Britain, Austria and Switzerland (a KEF recommendation, a
licence fee rise, an ORF savings package, a referendum on halving the Swiss fee), press
freedom rankings from Reporters Without Borders in Germany and worldwide, newspaper
closures and newsroom cuts in the United States and North Rhine-Westphalia, a newspaper
strike, press subsidies in Austria, public radio stations after a U.S. funding cut, the
ABC's funding, streaming investment quotas in Canada, Switzerland, France and Australia,
film subsidies in Germany and Britain, museum visitor numbers in Vienna, Paris, London and
Germany, and festival and fair budgets and attendance (the Berlinale, the Salzburg
Festival, the Edinburgh Fringe, Berlin's culture budget, the Frankfurt Book Fair, TIFF) -
over one year in story order (January to December), 27 short stories with the German and
English ones interleaved by month, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). About 100 rows are
negatives that look like claims: ministers', broadcasters' and festival chiefs' creeds,
pride and resolve („Der ORF ist das Lagerfeuer der Republik“, „Salzburg ist im Sommer der
Nabel der Musikwelt“, "The ABC belongs to every Australian", "This is a love letter to
British cinema"), unions', publishers', parties' and lobbies' labels („ein Signal der
Abgehobenheit“, „Haushaltsabgabe für Regierungspropaganda“, „Kahlschlag“, „einen Tropfen
auf den heißen Stein“, "a poll tax", "a sugar hit before an election", "a tax on links",
"a regrettable stunt", "a Netflix tax"), artists' and journalists' tributes to their
craft („Wer Reporter angreift, greift uns alle an“, "When the paper dies, the town loses its
memory", "These stations are the emergency siren"), verdicts with „halten ... für“,
accusations that name no act, warnings that name no measure, hopes, fears, doubts,
evaluations („kritisierte, die Zahlen täuschten“, "said the levy was discriminatory"), a
reaction that names no fact, scene colour, a vox pop with its age and a banner's slogan -
each beside a check-worthy look-alike around a verifiable core: the same speaker's figure,
plan or stated position, a regulator's order, an agency's count, a ranking's place, a
vote's share, a budget line, a demand with its figure, an announced step. Half German
(dpa with its slugs "dpa/lnw", "dpa/bb", "dpa/lhe", APA, Keystone-SDA; Austrian "heuer",
"Planstellen", "Landesstudios", Swiss "fliessen", "ausserhalb", "Stimmbeteiligung", «»
quotes, German „“ quotes) and half English (Reuters, AP, AFP, PA, AAP; British "licence",
"programmes", "organisers", Australian "per cent", "A$", "programs", Canadian "C$").

241 rows (123 German, 118 English), 108 negatives (54 German, 54 English), 133 check-worthy
rows of which 9 carry no figure (5 German, 4 English), 239 expected quantities (76 counts,
51 amounts of money - 28 EUR, 8 GBP, 6 CAD, 5 CHF, 2 each USD, AUD -, 33 percentages, all
in %, 26 years, 20 durations - 12 in years, 4 in months, 3 in days, 1 in hours -, 12
dates, 12 ordinals, 9 fractions; 3 of them in three negatives, as the seventeenth batch
labels a figure in a negative), 55 checked speakers (22 German, 33 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, tribute, feeling, hope, fear, doubt or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-twenty-first, two-hundred-and-fourth, two-hundred-and-sixtieth,
  two-hundred-and-seventy-seventh); a quoted or reported statement of fact, figure, step,
  plan, pledge, demand or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth, two-hundred-and-forty-fifth). Pairs from one speaker: Wendelstein's
  four-year need of 1.2 billion euros beside „maßvoll“; Kiesewetter's stated vote beside
  his „Signal der Abgehobenheit“; Rendlesham's 23.4 million households, her green paper
  and her relief's cost beside "the world has moved on" and "a love letter"; Eibensteiner's
  350 posts beside „das Lagerfeuer der Republik“; Marquardsen's 22 films from 29 countries
  beside „ein politisches Festival“; Beaulieu-Navarro's stated position beside "a victory
  for every Canadian storyteller" and "not a trade irritant"; Dufaux-Bättig's 14 providers
  beside «Erfolg für den Filmplatz Schweiz»; Kuykendall's circulation beside "the town loses
  its memory" (31 years labelled); Sondermann's copies beside „leichten Herzens“; Tregear's
  40 jobs and 1.5 per cent beside "belongs to every Australian"; Varney's two bureaus beside
  "breathing room, not a rescue"; Vollmering's half beside „alarmierenden Klima“ and „greift
  uns alle an“; Carrère-Lemoine's 2022 beside "strangled" and "a small victory for the
  censors"; Oberlercher's 30 percent beside „Wir holen die großen Produktionen zurück“;
  Stiegelbauer's 21 percent beside „hungern nach dem Original“; Delcambre-Vasseur's room
  beside "a selfie queue"; Okonkwo-Reyes's 38% beside "the emergency siren"; Hochreiter-Kainz's
  97 percent beside „der Nabel der Musikwelt“; Lennox-Baird's 28% beside "the greatest open
  stage"; Brennwald-Sauer's stated position beside „Wir sparen die Kultur nicht kaputt“;
  Aubagne-Roux's 85% beside "the shield"; Pfandlbauer's three journalists beside „ein Haus
  ohne Fenster“; Kühnhold's guest country beside „lebendiger denn je“; Wehlau's third beside
  „die Wohnzimmer der Gesellschaft“; Abernethy-Cole's 190 features and C$89 beside "what
  cinema can be"; Tschopp-Imhof's 270 million francs beside „für den Zusammenhalt
  entschieden“; Fairweather-Lim's A$170 million beside "Our kids deserve". Also the
  Produzentenallianz's label beside its demand with 20 percent, the FPÖ's label beside its
  announced motion, the Coalition's label beside its pledge to repeal, the Museumsbund's
  criticism beside its sum of 120 million euros, the Börsenverein's warning beside its count
  of 520 shops.
- Stated positions, steps and facts without a figure are check-worthy (two-hundred-and-
  sixtieth: „kein Haus müsse schließen“, next year's guest country, a prize awarded;
  two-hundred-and-seventy-seventh: announced steps): „Kiesewetter sagte, der Landtag ...
  werde einer Erhöhung nicht zustimmen.“, „Die FPÖ kündigte einen Antrag im Nationalrat an
  ...“ („kündigte an“ unchecked), „Der Goldene Bär ging an ...“, "Rendlesham said the
  government would publish a green paper ...", "Beaulieu-Navarro said the government would
  not exempt U.S. platforms ...", „kein Opernhaus und kein Staatstheater werde
  geschlossen“, „Ehrengast im kommenden Jahr werde Marokko sein“, "The Coalition said it
  would repeal the quota ..." -> "the Coalition". New: "The association said it would
  challenge the order at the Federal Court of Appeal." is check-worthy with speaker None -
  an announced legal step (two-hundred-and-seventy-seventh: the BBU's suit), "The
  association" a referent, not a name.
- Negatives (ninety-eighth, two-hundred-and-fourth, two-hundred-and-sixtieth,
  two-hundred-and-seventy-seventh): labels („nannte“, „bezeichnete(n) ... als“, „sprach
  von“, "called", "described ... as", "dismissed ... as", "branded"),
  verdicts with „halten ... für“, accusations that name no act („warf ... vor“,
  „warfen ... vor“ twice), warnings that name no measure („warnten vor einem „Sonderweg““,
  „warnte vor einer „Verödung““, „warnte, ... drohe eine ungewisse Zukunft“, "warned that
  more communities could turn into news deserts", "warned that the rules would lead to
  fewer shows", BECTU's fear and warning), evaluations (the Jungfreisinnigen, the Museumsbund's
  „kritisierte, die Zahlen täuschten“, "said the levy was discriminatory", Equity's "meant
  little", Netflix's pride, "Media analysts say", "Critics say", "Station managers say"),
  hopes („hofft“, „hoffen“, "hope"), fears and doubts („fürchten“, „befürchten“,
  „bezweifeln“, "fear", "feared", "doubt"), open questions and evasions
  („ließ die Geschäftsführung offen“, „gilt als offen“), the jury's praise („würdigte ...
  als“; two-hundred-and-sixtieth), perceptions („empfinden ... nach Einschätzung von
  Verbraucherschützern“), a complaint of feeling ("complained that the city felt overrun")
  and scene colour ("Subscribers flooded social media with messages of support";
  two-hundred-and-sixtieth: fans' scene colour). New: "A White House spokeswoman said the
  administration respected the press and questioned the group's motives." is a negative - a
  reaction of creed and suspicion naming no fact, figure or step, unlike a government's
  stated position. A banner's slogan („Auf einem Transparent stand: „Kultur ist kein Luxus,
  Kultur ist Luft““) is a negative (two-hundred-and-seventy-seventh), beside the police's
  turnout of 3,000 (check-worthy, „nach Polizeiangaben“ unchecked). A vox pop is a negative
  with its age labelled („Ein Tourist aus Bologna, 34,“ 34 years;
  two-hundred-and-seventy-seventh); "who edited the Harlow County Ledger for 31 years" in a
  quote of feeling 31 years and "a city of 8 million people" in a guild leader's rhetoric
  count 8,000,000 are labelled in negatives (seventeenth).
- Rankings (two-hundred-and-eighth: „um drei Plätze auf Platz 14“ count 3 and ordinal 14;
  two-hundred-and-sixtieth: chart places): „um zwei Plätze auf Rang 12“ count 2 and ordinal
  12, „um vier Plätze auf Rang 22“ count 4 and ordinal 22, „auf Platz 9“ 9, "slipped three
  places to 60th" count 3 and ordinal 60, „zum zehnten Mal in Folge“ 10
  (two-hundred-and-seventy-sixth: „zum dritten Mal in Folge“), "for a third year running"
  ordinal 3 (two-hundred-and-sixtieth: "for a second year running" 2), „180 Staaten und
  Territorien“ and "the 180 countries" counts; "ranked last", "its worst placing", „sehr
  ernst“ none. „Die 76. Berlinale“ is ordinal 76 (an edition number, as „Die Richter des 10.
  Senats“, two-hundred-and-seventy-sixth).
- Fees, subsidies and budgets are money in the currency written (eighty-ninth,
  two-hundred-and-eighth, two-hundred-and-sixtieth): „um 42 Cent auf 18,94 Euro im Monat“
  0.42 and 18.94 EUR (Cent as hundredths), „18,52 Euro“, „15,45 Euro pro Monat“, „rund 1,2
  Milliarden Euro“, „zusätzlich 320 Millionen Euro“ („zusätzlich“ no hedge), „um 5 Millionen auf 25 Millionen
  Euro“ both EUR (the currency written once), „bis zu 250.000 Euro je Projekt“ "up_to" („je
  Projekt“ none), „auf 200 Franken“, „330 Franken pro Haushalt und Jahr ... auf 305 Franken“,
  „rund 270 Millionen Franken“, "by 4.50 pounds to 179.00 pounds a year" 4.5 and 179 GBP,
  "an estimated 550 million pounds" "about", "under 18 million pounds" 18,000,000 GBP
  "under", "an extra A$84 million over five years" (84,000,000 AUD and 5 years, "extra" and
  "over" before a span no hedge), "more than C$25 million a year" "over", "about C$210
  million annually", "C$4.1 billion", "a deficit of C$3.2 million", "C$6 million over three
  years", "stay at C$89", "up to $25,000 per journalist" "up_to", "about $520 million a
  year", "30 euros instead of 22 euros" both; „im Monat“, „pro Monat“, „jährlich“, „im
  Jahr“, „pro Haushalt und Jahr“, "a year", "annually", "per journalist" none.
- Visitors, tickets, copies, staff and outlets are counts (forty-fifth, eighty-ninth,
  two-hundred-and-sixtieth): „rund 312.000 Kinokarten“, „rund 3,4 Millionen Besucherinnen und
  Besucher“, „knapp 640.000 Eintritten ... 590.000“, „rund 107 Millionen Besuche“, „knapp 24
  Millionen“, „rund 228.000“, „4.100 Aussteller aus 92 Ländern“, „rund 46 Millionen
  Wohnungen“, „knapp 2,6 Millionen Wohnungen“, „rund 350 Planstellen“, „von rund 41.000 auf
  knapp 17.000 Exemplare“, „Von den 62 Beschäftigten ... 38“, „rund 4.800 Menschen“, „900
  Vollzeitstellen“, „nur vier Kantone“ („nur“ no hedge), „4.930 Häusern“, „rund 520
  Buchhandlungen“, "about 23.4 million households ... down roughly 500,000", "4.6 million
  visitors", "6.2 million visitors", "2.31 million tickets ... 3,600 shows", "the record of
  2.41 million" ("the record" no hedge), "about 520,000 tickets", "190 features ... 230",
  "at least 40 Canadian titles" "at_least", "1,850 posts", "At least 54 journalists"
  "at_least", "361 journalists", "214 counties ... 206", "about 32,000 ... roughly 71,000",
  "3,100 ... 9,800", "six of its 11 staff" 6 and 11 (two-hundred-and-seventy-sixth: "17 of
  the 27"), "115 newsroom jobs", "more than 2,500 jobs" "over", "a combined 420 shows" ("a
  combined" no hedge), "more than one million Australian subscribers" 1,000,000 "over", "an
  average of 2.2 newspapers a week" 2.2 ("an average of" no hedge,
  two-hundred-and-seventy-seventh; "a week" none). „an elf Festivaltagen“ is count 11
  (two-hundred-and-sixtieth), while „an 41 Tagen“ is 41 days (two-hundred-and-seventy-sixth:
  „an 19 Tagen“) and „während der fünftägigen Frankfurter Buchmesse“ 5 days (the issue's
  „dreitägige Reise“). None: "every Canadian storyteller", "every Australian", "one of",
  „jede“, "most".
- Percentages and votes (every batch; two-hundred-and-seventy-seventh): „mit 56,8 Prozent
  Nein-Stimmen“, „Die Stimmbeteiligung lag bei 49 Prozent“, „68 Prozent ... 53 Prozent“,
  „mindestens 3,5 Prozent“ and „zu mindestens 30 Prozent“ "at_least", „einen Marktanteil von
  23,6 Prozent“, „knapp 75 Prozent“ "nearly", „97 Prozent der Karten“, „um 7 Prozent mehr“,
  „etwa 3 Prozent mehr“ "about", „knapp 4 Prozent weniger“ "nearly", „Rund 60 Prozent“
  "about", „von 20 Prozent“, "4.5%", "about 11 per cent" "about", "1.5 per cent", "7.5 per
  cent", "just 3.4 per cent" ("just" no hedge), "50%", "at least 10%", "at least 20%", "at
  least 85%" "at_least", "9% more", "by 28%", "41%", "38%", "by about 22%", "19%", "about
  4% lower", "roughly 6% more" "about".
- Fractions (the issue; two-hundred-and-seventy-seventh): „Knapp zwei Drittel“ 0.6667
  "nearly", „Rund zwei Drittel“ 0.6667 "about", „in fast jedem zweiten Kreis“ 0.5 "nearly"
  (two-hundred-and-seventy-seventh: „fast jeder zweite Kunde“), „fast jedes dritte Museum“
  0.3333 "nearly", „mehr als die Hälfte“ 0.5 "over" twice, "more than half of them" 0.5
  "over", „um ein Viertel“ 0.25, "about a fifth of the staff" 0.2 "about".
- Ordinals (the issue): „im ersten Halbjahr“ 1 twice, "in the first half" 1 twice, "the
  first strike at the paper in 41 years" 1 (two-hundred-and-seventy-sixth: "for the first
  time"), and the rankings above. None: „zum letzten Mal“, "final edition", "ranked last",
  "the lowest level", „Spitzenreiter“, "a record".
- Durations and ages (the issue; every batch): „für die vierjährige Periode“ 4 years,
  „nach 146 Jahren“ 146 years, "after 118 years", "in 41 years", "over five years", "over
  two years", "over three years", "after three years" ("over" before a span no hedge), "for
  one day" 1 day, "a 24-hour walkout" 24 hours (the issue's "fünfstündigen"), "in the 12
  months to December" 12 months, "in the nine months to September" 9 months, "in the three
  months after the vote" 3 months, "must wait 14 months" 14 months. New: „der Besucher unter
  19 Jahren“ and „Für Besucher unter 27 Jahren“ are 19 and 27 years "under" - „unter“ before
  an age bounds it as „jünger als 18 Jahre“ (two-hundred-and-seventy-seventh), not "among".
  None: „im vergangenen Jahr“, „im Vorjahr“, „im kommenden Jahr“, „heuer“, „seit Jahren“,
  „Jahrzehnte“, „im Sommer“, „am Samstag“, „an einem Sonntag im Monat“, "last year", "next
  year", "this year", "a year earlier", "the last financial year", "its latest financial
  year", "since January", "from January", "in June", "in August", "every August", "before
  the summer", "a week", "a year", "the end of March".
- Years and dates: „seit 2021“, „bis 2029“ (four times), „bis Ende 2028“, „ab 2027“, „Seit
  2024“, „seit 2015“, „seit 2023“, „im Jahr 2021“, „seit 2019“ twice, "since 2022" twice,
  "in 2024", "in 2008", "in 2005", "since 2014", "by mid-2027" 2027 (New: "mid-" before a
  year is no hedge, as „Mitte“ before a month gives none), "in 2022", "in 2002", "in 2032",
  "in 2023", "than in 2024", "at the end of 2027" 2027 ("the end of" no hedge;
  two-hundred-and-seventy-seventh: „bis Ende 2029“). Dates: „zum 1. Januar 2027“ 2027-01-01
  (two-hundred-and-eighth), "on July 1, 2027" 2027-07-01, „am 30. April“ --04-30, "from
  April 1" --04-01, "as of Dec. 1" --12-01; Reuters and AFP datelines with a day ("LONDON,
  Jan 21", "OTTAWA, Feb 12", "PARIS, May 2", "LONDON, June 16", "PARIS, July 8 (AFP)",
  "PARIS, Sept 24", "TORONTO, Nov 14") dates without a year; dpa with its slugs, APA,
  Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "an
  estimated" "about"; „knapp“, „Knapp“, „fast“ "nearly"; „mehr als“, "more than" "over";
  "under", „unter“ before an age "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at
  least", "At least" "at_least". No hedge: „nur“, „nur noch“, „derzeit“, „inzwischen“,
  „unverändert“, „zusätzlich“, „gemeinsam“, „Allein“, "just", "an average of", "a combined",
  "extra", "instead of", "the record of", "over" before a span, "from" and "to" around a
  move.
- Speakers, checked only in forms the earlier batches settled: the name with the office
  dropped („Der Kommissionsvorsitzende Eckart Wendelstein sagte“, „Generaldirektorin
  Waltraud Eibensteiner sagte“, „Verlagsgeschäftsführer Hartmut Sondermann sagte“,
  „Kulturstaatsminister Friedemann Oberlercher sagte“, „Präsidentin Marlies Hochreiter-Kainz
  sagte“, „Kultursenatorin Ilka Brennwald-Sauer (CDU) sagte“, „Medienstaatssekretärin Ursula
  Pfandlbauer sagte“; "Culture Secretary Philippa Rendlesham said", "Communications Minister
  Bronwyn Tregear said on Wednesday" with the weekday dropped, "Arts Minister Dominic
  Fairweather-Lim said"); the surname opening the row („Kiesewetter sagte“, „Marquardsen
  sagte“, „Dufaux-Bättig sagte“, „Vollmering sagte“, „Stiegelbauer sagte“, „Kühnhold sagte“,
  „Wehlau sagte“, „Tschopp-Imhof sagte“; "Rendlesham said" twice, "Beaulieu-Navarro said",
  "Tregear said" twice, "Varney said", "Carrère-Lemoine said", "Delcambre-Vasseur said",
  "Okonkwo-Reyes said", "Lennox-Baird said", "Aubagne-Roux said", "Abernethy-Cole said"
  twice; forty-second), "Darlene Kuykendall said" as written; „teilte der ORF mit“,
  „teilte das Ministerium mit“, „teilte der Museumsbund mit“ (the source with its article);
  „Nach Angaben des Beitragsservice“ -> "der Beitragsservice", „Nach Angaben des
  Bühnenvereins“ -> "der Bühnenverein", „nach Angaben des Rechnungshofs“ -> "der
  Rechnungshof", „nach Angaben des Börsenvereins“ -> "der Börsenverein" (the source in the
  nominative, hundred-forty-sixth); "the culture ministry said on Tuesday", "the CRTC said on
  Wednesday" and "the Treasury said on Monday" with the weekday dropped, "Reporters Without
  Borders said on Friday" likewise; "The BBC said", "The NewsGuild said", "The Courier said",
  "The CNC said", "The Scottish Government said", "The Coalition said" with the article
  lowered, "the Association of Leading Visitor Attractions said" as written; "according to
  the National Audit Office", "according to the Canadian Media Producers Association",
  "according to the Community and Public Sector Union", "according to the British Film
  Institute", "according to the Australian Communications and Media Authority" with the
  article (two-hundred-and-sixty-ninth). Left unchecked (None): rows without attribution
  and all negatives, also those with a named speaker; generic referents and a place as a
  source ("the museum said on Tuesday", "the festival said on Friday", "the network said",
  "The group said", "The association said", "its owner said", "their union said", "the
  report said", "the group said", "Ontario said", „nach Angaben der Organisation“, „nach
  Angaben der Festivalleitung“, „Nach Angaben der Messe“), „laut Medienministerium“, „laut
  Bundesamt“, „laut Kulturministerium“, „Laut Medienbehörde KommAustria“, „nach RSF-Angaben“,
  „nach Polizeiangaben“, „nach Angaben der Filmförderungsanstalt (FFA)“ (a name with its
  bracketed short form), „wie das Bundesamt für Kultur am Montag mitteilte“
  (two-hundred-and-fourth), „Nach einer Studie der Technischen Universität Dortmund“, „Das
  geht aus ... hervor“, „kündigte an“, „fordert“, „beziffert der Museumsbund“; descriptions
  before a name ("the regulator Arcom said", "the outplacement firm Challenger, Gray &
  Christmas said", "according to the CNC film agency"), "organisers said" inside the lead,
  "according to a report by", "according to a tally by".

Label format corrected after the first run showed it (the engine's readings were right; the run was repeated on
the same code): ten fractions first carried the string "no unit" as their unit (a misreading of the row format
below); they carry None, as every batch's do.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_285 = [
    # --- Rundfunkbeitrag (dpa), Januar ---
    ("de", "Mainz (dpa) - Der Rundfunkbeitrag soll nach dem Willen der Finanzkommission KEF zum 1. Januar 2027 um 42 Cent auf 18,94 Euro im Monat steigen.", True, [("date", "2027-01-01", None, None), ("money", 0.42, "EUR", None), ("money", 18.94, "EUR", None)], None),
    ("de", "Der Kommissionsvorsitzende Eckart Wendelstein sagte, ARD, ZDF und Deutschlandradio hätten für die vierjährige Periode einen ungedeckten Bedarf von rund 1,2 Milliarden Euro angemeldet.", True, [("duration", 4, "year", None), ("money", 1200000000, "EUR", "about")], "Eckart Wendelstein"),
    ("de", "„Unsere Empfehlung ist maßvoll, sie ist sachlich begründet, und sie ist niemandem geschenkt“, sagte Wendelstein.", False, [], None),
    ("de", "Sachsen-Anhalts Medienminister Roland Kiesewetter (CDU) nannte die Empfehlung „ein Signal der Abgehobenheit“.", False, [], None),
    ("de", "Kiesewetter sagte, der Landtag in Magdeburg werde einer Erhöhung nicht zustimmen.", True, [], "Kiesewetter"),
    ("de", "Der Beitrag liegt seit 2021 unverändert bei 18,52 Euro und wird für rund 46 Millionen Wohnungen gezahlt.", True, [("year", 2021, None, None), ("money", 18.52, "EUR", None), ("count", 46000000, None, "about")], None),
    ("de", "Die ARD-Vorsitzende sprach von einem „Tag der Vernunft für den unabhängigen Journalismus“.", False, [], None),
    ("de", "Der Deutsche Journalisten-Verband (DJV) warf den Ländern vor, den öffentlich-rechtlichen Rundfunk kaputtsparen zu wollen.", False, [], None),
    ("de", "Nach Angaben des Beitragsservice waren im vergangenen Jahr knapp 2,6 Millionen Wohnungen aus sozialen Gründen von der Zahlung befreit.", True, [("count", 2600000, None, "nearly")], "der Beitragsservice"),
    ("de", "Viele Beitragszahler empfinden die Abgabe nach Einschätzung von Verbraucherschützern als Zwangsgebühr für ein Programm, das sie gar nicht nutzen.", False, [], None),
    # --- BBC licence fee (Reuters), January ---
    ("en", "LONDON, Jan 21 (Reuters) - The BBC licence fee will rise by 4.50 pounds to 179.00 pounds a year from April 1, the culture ministry said on Tuesday.", True, [("date", "--01-21", None, None), ("money", 4.5, "GBP", None), ("money", 179, "GBP", None), ("date", "--04-01", None, None)], "the culture ministry"),
    ("en", "Culture Secretary Philippa Rendlesham said about 23.4 million households held a TV licence at the end of March, down roughly 500,000 from a year earlier.", True, [("count", 23400000, None, "about"), ("count", 500000, None, "about")], "Philippa Rendlesham"),
    ("en", "\"The licence fee has served this country well, but we must be honest that the world has moved on,\" Rendlesham said.", False, [], None),
    ("en", "Rendlesham said the government would publish a green paper on the BBC's future funding before the summer.", True, [], "Rendlesham"),
    ("en", "The Taxpayers' Alliance, a campaign group, branded the fee \"a poll tax on people who never switch on the BBC\".", False, [], None),
    ("en", "Evasion cost the corporation an estimated 550 million pounds in the last financial year, according to the National Audit Office.", True, [("money", 550000000, "GBP", "about")], "the National Audit Office"),
    ("en", "The broadcasting union BECTU said staff feared another round of cuts and warned that programmes viewers loved would vanish.", False, [], None),
    ("en", "The BBC said it had cut 1,850 posts since 2022 to save 400 million pounds a year.", True, [("count", 1850, None, None), ("year", 2022, None, None), ("money", 400000000, "GBP", None)], "the BBC"),
    ("en", "Director-General Imogen Ferrars described the settlement as \"a fair deal in a hard season\".", False, [], None),
    ("en", "The BBC's royal charter expires at the end of 2027.", True, [("year", 2027, None, None)], None),
    # --- ORF-Sparpaket (APA), Februar ---
    ("de", "Wien (APA) - Bis 2029 muss der ORF zusätzlich 320 Millionen Euro einsparen, das hat der Stiftungsrat am Donnerstag beschlossen.", True, [("year", 2029, None, None), ("money", 320000000, "EUR", None)], None),
    ("de", "Generaldirektorin Waltraud Eibensteiner sagte, dafür würden bis Ende 2028 rund 350 Planstellen nicht nachbesetzt.", True, [("year", 2028, None, None), ("count", 350, None, "about")], "Waltraud Eibensteiner"),
    ("de", "„Der ORF ist das Lagerfeuer der Republik, und dieses Feuer lassen wir nicht ausgehen“, sagte Eibensteiner.", False, [], None),
    ("de", "Der ORF-Beitrag beträgt derzeit 15,45 Euro pro Monat und soll laut Medienministerium bis 2029 nicht steigen.", True, [("money", 15.45, "EUR", None), ("year", 2029, None, None)], None),
    ("de", "Die FPÖ bezeichnete den Beitrag als „Haushaltsabgabe für Regierungspropaganda“.", False, [], None),
    ("de", "Die FPÖ kündigte einen Antrag im Nationalrat an, den Beitrag abzuschaffen.", True, [], None),
    ("de", "Der Redakteursrat hält das Sparpaket für eine Gefahr für die Qualität der Information im Land.", False, [], None),
    ("de", "Betroffen seien unter anderem drei Landesstudios, deren Nachmittagsprogramme zusammengelegt werden, teilte der ORF mit.", True, [("count", 3, None, None)], "der ORF"),
    ("de", "Ob auch das Kulturradio Einschnitte hinnehmen muss, ließ die Geschäftsführung offen.", False, [], None),
    # --- Berlinale (dpa), Februar ---
    ("de", "Berlin (dpa) - Die 76. Berlinale hat an elf Festivaltagen rund 312.000 Kinokarten verkauft, knapp 4 Prozent weniger als im Vorjahr.", True, [("ordinal", 76, None, None), ("count", 11, None, None), ("count", 312000, None, "about"), ("percent", 4, "%", "nearly")], None),
    ("de", "Das Budget des Festivals lag nach Angaben der Festivalleitung bei rund 34 Millionen Euro, davon trug der Bund knapp 13 Millionen Euro.", True, [("money", 34000000, "EUR", "about"), ("money", 13000000, "EUR", "nearly")], None),
    ("de", "„Die Berlinale ist und bleibt ein politisches Festival, das sich nicht den Mund verbieten lässt“, sagte Intendantin Solveig Marquardsen.", False, [], None),
    ("de", "Marquardsen sagte, im Wettbewerb seien 22 Filme aus 29 Ländern gelaufen, so viele Länder wie nie zuvor.", True, [("count", 22, None, None), ("count", 29, None, None)], "Marquardsen"),
    ("de", "Die Jury würdigte den Gewinnerfilm als „stilles Meisterwerk über Verlust und Heimat“.", False, [], None),
    ("de", "Mehrere Filmschaffende warfen der Festivalleitung vor, unbequeme Stimmen auf der Bühne kleingehalten zu haben.", False, [], None),
    ("de", "Der Goldene Bär ging an das Drama „Die Fähre nach Ostra“ der georgischen Regisseurin Nino Abashidze-Kerr.", True, [], None),
    ("de", "Die Branche hofft, dass die Berlinale mit dem höheren Bundeszuschuss wieder mehr Premieren aus Hollywood anzieht.", False, [], None),
    # --- Canada streaming contributions (Reuters), February ---
    ("en", "OTTAWA, Feb 12 (Reuters) - Canada's broadcast regulator ordered large streaming services to pay 4.5% of their Canadian revenue into funds for domestic film, TV and news, the CRTC said on Wednesday.", True, [("date", "--02-12", None, None), ("percent", 4.5, "%", None)], "the CRTC"),
    ("en", "The rule applies to services earning more than C$25 million a year in Canada and is expected to raise about C$210 million annually.", True, [("money", 25000000, "CAD", "over"), ("money", 210000000, "CAD", "about")], None),
    ("en", "Heritage Minister Colette Beaulieu-Navarro called the decision \"a victory for every Canadian storyteller\".", False, [], None),
    ("en", "Beaulieu-Navarro said the government would not exempt U.S. platforms despite pressure from Washington.", True, [], "Beaulieu-Navarro"),
    ("en", "The Motion Picture Association-Canada said the levy was discriminatory and would end up hurting consumers.", False, [], None),
    ("en", "The association said it would challenge the order at the Federal Court of Appeal.", True, [], None),
    ("en", "Independent producers hope the money will reach small studios outside Toronto and Montreal.", False, [], None),
    ("en", "Streaming services spent C$4.1 billion on Canadian productions in 2024, according to the Canadian Media Producers Association.", True, [("money", 4100000000, "CAD", None), ("year", 2024, None, None)], "the Canadian Media Producers Association"),
    ("en", "\"Culture is not a trade irritant,\" Beaulieu-Navarro told reporters in Ottawa.", False, [], None),
    ("en", "U.S. trade officials have described the Canadian levy as an unfair tax on American companies.", False, [], None),
    # --- Streaming-Investitionspflicht Schweiz (Keystone-SDA), März ---
    ("de", "Bern (Keystone-SDA) - Streamingdienste haben im vergangenen Jahr rund 38 Millionen Franken in das Schweizer Filmschaffen investiert, wie das Bundesamt für Kultur am Montag mitteilte.", True, [("money", 38000000, "CHF", "about")], None),
    ("de", "Seit 2024 müssen die Anbieter mindestens 3,5 Prozent ihres in der Schweiz erzielten Umsatzes in hiesige Produktionen stecken.", True, [("year", 2024, None, None), ("percent", 3.5, "%", "at_least")], None),
    ("de", "Zudem muss ihr Katalog zu mindestens 30 Prozent aus europäischen Filmen und Serien bestehen.", True, [("percent", 30, "%", "at_least")], None),
    ("de", "Kulturministerin Régine Dufaux-Bättig sprach von einem «Erfolg für den Filmplatz Schweiz».", False, [], None),
    ("de", "Dufaux-Bättig sagte, 14 Anbieter hätten ihre Pflicht vollständig erfüllt, zwei müssten nachzahlen.", True, [("count", 14, None, None), ("count", 2, None, None)], "Dufaux-Bättig"),
    ("de", "Die Jungfreisinnigen, die das Referendum gegen das Gesetz ergriffen hatten, halten die Abgabe weiterhin für eine «Filmsteuer durch die Hintertür».", False, [], None),
    ("de", "Filmschaffende befürchten, dass das Geld vor allem in Serien für den Massenmarkt fliessen könnte.", False, [], None),
    ("de", "Knapp zwei Drittel der Investitionen gingen laut Bundesamt an Serienprojekte.", True, [("fraction", 0.6667, None, "nearly")], None),
    # --- US newspaper closures (AP), March ---
    ("en", "CHICAGO (AP) — The United States lost an average of 2.2 newspapers a week over the past year, according to a report by Northwestern University's Medill school.", True, [("count", 2.2, None, None)], None),
    ("en", "The report counts 214 counties with no local news outlet at all, up from 206 a year earlier.", True, [("count", 214, None, None), ("count", 206, None, None)], None),
    ("en", "\"When the paper dies, the town loses its memory,\" said Darlene Kuykendall, who edited the Harlow County Ledger for 31 years.", False, [("duration", 31, "year", None)], None),
    ("en", "Darlene Kuykendall said the paper had a paid circulation of 3,100 when it closed, down from 9,800 in 2005.", True, [("count", 3100, None, None), ("count", 9800, None, None), ("year", 2005, None, None)], "Darlene Kuykendall"),
    ("en", "The Ledger printed its final edition in January after 118 years, its owner said.", True, [("duration", 118, "year", None)], None),
    ("en", "Media analysts say hedge-fund ownership has hollowed out newsrooms across the Midwest.", False, [], None),
    ("en", "Newspaper newsroom employment fell to about 32,000 last year from roughly 71,000 in 2008, the report said.", True, [("count", 32000, None, "about"), ("count", 71000, None, "about"), ("year", 2008, None, None)], None),
    ("en", "Researchers warned that more communities could turn into news deserts if nothing changes.", False, [], None),
    ("en", "Illinois and New Jersey have passed laws offering tax credits of up to $25,000 per journalist hired by local outlets.", True, [("money", 25000, "USD", "up_to")], None),
    ("en", "Publishers hope the credits will slow the closures, but few expect them to reverse the trend.", False, [], None),
    # --- Lokalzeitung im Sauerland (dpa/lnw), April ---
    ("de", "Hagen (dpa/lnw) - Die „Volmetaler Rundschau“ erscheint nach 146 Jahren am 30. April zum letzten Mal als gedruckte Zeitung.", True, [("duration", 146, "year", None), ("date", "--04-30", None, None)], None),
    ("de", "Verlagsgeschäftsführer Hartmut Sondermann sagte, die Auflage sei seit 2015 von rund 41.000 auf knapp 17.000 Exemplare gesunken.", True, [("year", 2015, None, None), ("count", 41000, None, "about"), ("count", 17000, None, "nearly")], "Hartmut Sondermann"),
    ("de", "„Niemand trifft eine solche Entscheidung leichten Herzens“, sagte Sondermann.", False, [], None),
    ("de", "Von den 62 Beschäftigten sollen 38 in die digitale Redaktion wechseln, die übrigen erhalten Abfindungen.", True, [("count", 62, None, None), ("count", 38, None, None)], None),
    ("de", "Der DJV in Nordrhein-Westfalen sprach von einem „schwarzen Tag für die Demokratie im Sauerland“.", False, [], None),
    ("de", "Leserinnen und Leser fürchten, dass über Stadtratssitzungen künftig niemand mehr berichtet.", False, [], None),
    ("de", "Nach einer Studie der Technischen Universität Dortmund gibt es inzwischen in fast jedem zweiten Kreis in Nordrhein-Westfalen nur noch eine Lokalzeitung.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "„Ohne Lokaljournalismus gewinnen die Gerüchte“, sagte ein Sprecher der Landesanstalt für Medien.", False, [], None),
    ("de", "Die Landesanstalt für Medien fördert seit 2023 Lokalredaktionen mit bis zu 250.000 Euro je Projekt.", True, [("year", 2023, None, None), ("money", 250000, "EUR", "up_to")], None),
    # --- ABC funding (AAP), April ---
    ("en", "SYDNEY (AAP) - The federal government will give the ABC an extra A$84 million over five years, Communications Minister Bronwyn Tregear said on Wednesday.", True, [("money", 84000000, "AUD", None), ("duration", 5, "year", None)], "Bronwyn Tregear"),
    ("en", "\"The ABC belongs to every Australian, from the Kimberley to the Gold Coast,\" Tregear said.", False, [], None),
    ("en", "Tregear said the money would fund 40 new regional reporting jobs by mid-2027.", True, [("count", 40, None, None), ("year", 2027, None, None)], "Tregear"),
    ("en", "The opposition's communications spokesman dismissed the package as \"a sugar hit before an election\".", False, [], None),
    ("en", "ABC managing director Elspeth Varney called the funding \"breathing room, not a rescue\".", False, [], None),
    ("en", "Varney said the broadcaster would still close two of its 48 regional bureaus in Queensland.", True, [("count", 2, None, None), ("count", 48, None, None)], "Varney"),
    ("en", "The ABC's budget has fallen by about 11 per cent in real terms since 2014, according to the Community and Public Sector Union.", True, [("percent", 11, "%", "about"), ("year", 2014, None, None)], "the Community and Public Sector Union"),
    ("en", "Staff at the broadcaster fear that Sydney-based managers will decide what counts as regional news.", False, [], None),
    ("en", "Separately, Tregear said large digital platforms that refuse to sign deals with publishers would face a charge of 1.5 per cent of their Australian revenue.", True, [("percent", 1.5, "%", None)], "Tregear"),
    ("en", "Meta called the proposed charge \"a tax on links that nobody asked for\".", False, [], None),
    # --- Rangliste der Pressefreiheit (dpa), Mai ---
    ("de", "Berlin (dpa) - Deutschland ist in der neuen Pressefreiheits-Rangliste der Organisation Reporter ohne Grenzen (RSF) um zwei Plätze auf Rang 12 zurückgefallen.", True, [("count", 2, None, None), ("ordinal", 12, None, None)], None),
    ("de", "Insgesamt wurden 180 Staaten und Territorien bewertet; Norwegen führt die Liste zum zehnten Mal in Folge an.", True, [("count", 180, None, None), ("ordinal", 10, None, None)], None),
    ("de", "Nach Angaben der Organisation zählte man in Deutschland im vergangenen Jahr 89 körperliche Attacken auf Medienschaffende, die meisten bei Demonstrationen.", True, [("count", 89, None, None)], None),
    ("de", "RSF-Geschäftsführerin Annegret Vollmering sprach von einem „alarmierenden Klima der Verachtung gegenüber der Presse“.", False, [], None),
    ("de", "Vollmering sagte, mehr als die Hälfte der Übergriffe sei von Teilnehmern verschwörungsideologischer Kundgebungen ausgegangen.", True, [("fraction", 0.5, None, "over")], "Vollmering"),
    ("de", "„Wer Reporter angreift, greift uns alle an“, sagte Vollmering.", False, [], None),
    ("de", "Die Bundesregierung nannte die Entwicklung „besorgniserregend“ und versprach, den Schutz von Medienschaffenden ernst zu nehmen.", False, [], None),
    ("de", "Österreich verbesserte sich um vier Plätze auf Rang 22, die Schweiz fiel auf Platz 9.", True, [("count", 4, None, None), ("ordinal", 22, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Der Presseclub Concordia hält den Aufstieg Österreichs für keinen Grund zum Feiern.", False, [], None),
    ("de", "Weltweit lebt nach RSF-Angaben inzwischen mehr als die Hälfte der Menschheit in Ländern, deren Lage als „sehr ernst“ eingestuft wird.", True, [("fraction", 0.5, None, "over")], None),
    # --- RSF index worldwide (Reuters), May ---
    ("en", "PARIS, May 2 (Reuters) - At least 54 journalists were killed worldwide in the 12 months to December, more than half of them in Gaza, Reporters Without Borders said on Friday.", True, [("date", "--05-02", None, None), ("count", 54, None, "at_least"), ("duration", 12, "month", None), ("fraction", 0.5, None, "over")], "Reporters Without Borders"),
    ("en", "The group said 361 journalists were behind bars as of Dec. 1, with China, Israel and Myanmar holding the most.", True, [("count", 361, None, None), ("date", "--12-01", None, None)], None),
    ("en", "\"Journalism is being strangled by economic fragility as much as by bullets,\" said RSF director Thibault Carrère-Lemoine.", False, [], None),
    ("en", "Carrère-Lemoine said the index's economic indicator fell to its lowest level since it was introduced in 2022.", True, [("year", 2022, None, None)], "Carrère-Lemoine"),
    ("en", "Press groups called the findings \"a wake-up call for democracies that take a free press for granted\".", False, [], None),
    ("en", "The United States slipped three places to 60th, its worst placing since RSF launched the index in 2002.", True, [("count", 3, None, None), ("ordinal", 60, None, None), ("year", 2002, None, None)], None),
    ("en", "A White House spokeswoman said the administration respected the press and questioned the group's motives.", False, [], None),
    ("en", "Eritrea ranked last of the 180 countries for a third year running.", True, [("count", 180, None, None), ("ordinal", 3, None, None)], None),
    ("en", "\"Every empty newsroom is a small victory for the censors,\" Carrère-Lemoine said.", False, [], None),
    ("en", "Newsroom leaders fear the economic squeeze will silence more outlets than any government could.", False, [], None),
    # --- Filmförderung (dpa), Juni ---
    ("de", "Berlin (dpa) - Der Bund will die Filmförderung ab 2027 auf rund 250 Millionen Euro im Jahr aufstocken, das geht aus dem Entwurf des Haushalts hervor.", True, [("year", 2027, None, None), ("money", 250000000, "EUR", "about")], None),
    ("de", "Kulturstaatsminister Friedemann Oberlercher sagte, Produktionen sollten künftig 30 Prozent ihrer in Deutschland ausgegebenen Kosten erstattet bekommen.", True, [("percent", 30, "%", None)], "Friedemann Oberlercher"),
    ("de", "„Wir holen die großen Produktionen zurück nach Babelsberg und an den Rhein“, sagte Oberlercher.", False, [], None),
    ("de", "Im vergangenen Jahr wurden nach Angaben der Filmförderungsanstalt (FFA) nur 21 internationale Großproduktionen in Deutschland gedreht, nach 34 im Jahr 2021.", True, [("count", 21, None, None), ("count", 34, None, None), ("year", 2021, None, None)], None),
    ("de", "Die Produzentenallianz nannte die Pläne „überfällig, aber zu zaghaft“.", False, [], None),
    ("de", "Die Produzentenallianz fordert zusätzlich eine Investitionsverpflichtung für Streamingdienste von 20 Prozent ihres deutschen Umsatzes.", True, [("percent", 20, "%", None)], None),
    ("de", "Die Streamingplattformen warnten vor einem „Sonderweg, der Investitionen aus Deutschland vertreibt“.", False, [], None),
    ("de", "Viele Regisseurinnen und Regisseure bezweifeln, dass kleine Arthouse-Filme von dem neuen Modell profitieren.", False, [], None),
    ("de", "Der deutsche Film erreichte im vergangenen Jahr einen Marktanteil von 23,6 Prozent an den Kinokassen.", True, [("percent", 23.6, "%", None)], None),
    # --- UK film tax relief (Reuters), June ---
    ("en", "LONDON, June 16 (Reuters) - Britain will raise tax relief for independent films with budgets under 18 million pounds to 50% of qualifying costs, the Treasury said on Monday.", True, [("date", "--06-16", None, None), ("money", 18000000, "GBP", "under"), ("percent", 50, "%", None)], "the Treasury"),
    ("en", "\"This is a love letter to British cinema,\" Culture Secretary Philippa Rendlesham said at a studio in Hertfordshire.", False, [], None),
    ("en", "Rendlesham said the relief would cost about 70 million pounds a year and support roughly 120 films annually.", True, [("money", 70000000, "GBP", "about"), ("count", 120, None, "about")], "Rendlesham"),
    ("en", "Spending on film and high-end TV production in Britain reached 5.1 billion pounds last year, according to the British Film Institute.", True, [("money", 5100000000, "GBP", None)], "the British Film Institute"),
    ("en", "Producers described the move as a lifeline for an industry battered by the Hollywood strikes.", False, [], None),
    ("en", "Some directors fear the money will flow to companies that are independent in name only.", False, [], None),
    ("en", "Films must be made by companies not controlled by a major studio and spend at least 10% of their budget in Britain to qualify.", True, [("percent", 10, "%", "at_least")], None),
    ("en", "Equity, the actors' union, said the relief meant little if performers were not treated fairly.", False, [], None),
    # --- Bundesmuseen (APA), Juli ---
    ("de", "Wien (APA) - Die Bundesmuseen haben im ersten Halbjahr rund 3,4 Millionen Besucherinnen und Besucher gezählt, um 7 Prozent mehr als im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("count", 3400000, None, "about"), ("percent", 7, "%", None)], None),
    ("de", "Spitzenreiter war laut Kulturministerium die Albertina mit knapp 640.000 Eintritten vor dem Kunsthistorischen Museum mit 590.000.", True, [("count", 640000, None, "nearly"), ("count", 590000, None, None)], None),
    ("de", "„Die Menschen hungern nach dem Original, nach dem echten Pinselstrich“, sagte Kulturminister Vinzenz Stiegelbauer.", False, [], None),
    ("de", "Stiegelbauer sagte, der Anteil der Besucher unter 19 Jahren, die freien Eintritt haben, sei auf 21 Prozent gestiegen.", True, [("duration", 19, "year", "under"), ("percent", 21, "%", None)], "Stiegelbauer"),
    ("de", "Der Museumsbund kritisierte, die Zahlen täuschten über den Sanierungsstau in vielen Häusern hinweg.", False, [], None),
    ("de", "Allein für das Naturhistorische Museum beziffert der Museumsbund den Sanierungsbedarf auf rund 120 Millionen Euro.", True, [("money", 120000000, "EUR", "about")], None),
    ("de", "Ein Tourist aus Bologna, 34, sagte, ohne Zeitfenster-Ticket habe man im Sommer keine Chance.", False, [("duration", 34, "year", None)], None),
    ("de", "Rund zwei Drittel der Besucher kamen aus dem Ausland, teilte das Ministerium mit.", True, [("fraction", 0.6667, None, "about")], "das Ministerium"),
    # --- Louvre and British Museum (AFP), July ---
    ("en", "PARIS, July 8 (AFP) - The Louvre welcomed 4.6 million visitors in the first half of the year, 9% more than a year earlier, the museum said on Tuesday.", True, [("date", "--07-08", None, None), ("count", 4600000, None, None), ("ordinal", 1, None, None), ("percent", 9, "%", None)], None),
    ("en", "\"The Mona Lisa deserves better than a selfie queue,\" museum president Aurore Delcambre-Vasseur said.", False, [], None),
    ("en", "Delcambre-Vasseur said a separate room for the painting would open in 2032 and cost about 450 million euros.", True, [("year", 2032, None, None), ("money", 450000000, "EUR", "about")], "Delcambre-Vasseur"),
    ("en", "Visitors from outside the European Union will pay 30 euros instead of 22 euros from January.", True, [("money", 30, "EUR", None), ("money", 22, "EUR", None)], None),
    ("en", "Tourism groups called the surcharge \"a toll on curiosity\".", False, [], None),
    ("en", "Culture officials hope the new entrance will ease the crush beneath the glass pyramid.", False, [], None),
    ("en", "Guards say the building is overcrowded and crumbling and fear for the safety of the works.", False, [], None),
    ("en", "Guards staged a strike in June that kept the museum closed for one day, their union said.", True, [("duration", 1, "day", None)], None),
    ("en", "The British Museum in London drew 6.2 million visitors last year, the Association of Leading Visitor Attractions said.", True, [("count", 6200000, None, None)], "the Association of Leading Visitor Attractions"),
    # --- US public broadcasting (AP), July ---
    ("en", "WASHINGTON (AP) — At least 14 public radio and TV stations have shut down or merged since Congress cut federal funding for public broadcasting, according to a tally by the Association of Public Media Stations.", True, [("count", 14, None, "at_least")], None),
    ("en", "The cut removed about $520 million a year that had flowed through the Corporation for Public Broadcasting, the group said.", True, [("money", 520000000, "USD", "about")], None),
    ("en", "\"These stations are the emergency siren for rural America,\" said Tamsin Okonkwo-Reyes, who runs a station in northern Nevada.", False, [], None),
    ("en", "Okonkwo-Reyes said her station had lost 38% of its budget and laid off six of its 11 staff.", True, [("percent", 38, "%", None), ("count", 6, None, None), ("count", 11, None, None)], "Okonkwo-Reyes"),
    ("en", "Republican lawmakers called public broadcasting \"a relic that taxpayers should no longer be forced to prop up\".", False, [], None),
    ("en", "Listeners in small towns fear they will lose their only source of local weather warnings.", False, [], None),
    ("en", "Donations to NPR member stations rose by about 22% in the three months after the vote, the network said.", True, [("percent", 22, "%", "about"), ("duration", 3, "month", None)], None),
    ("en", "Station managers say the surge in giving will not last.", False, [], None),
    # --- Salzburger Festspiele (APA), August ---
    ("de", "Salzburg (APA) - Mit einem Budget von rund 72 Millionen Euro haben die Salzburger Festspiele heuer gearbeitet, knapp 75 Prozent davon stammen aus eigenen Einnahmen.", True, [("money", 72000000, "EUR", "about"), ("percent", 75, "%", "nearly")], None),
    ("de", "Präsidentin Marlies Hochreiter-Kainz sagte, bei 180 Aufführungen an 41 Tagen seien 97 Prozent der Karten verkauft worden.", True, [("count", 180, None, None), ("duration", 41, "day", None), ("percent", 97, "%", None)], "Marlies Hochreiter-Kainz"),
    ("de", "„Salzburg ist im Sommer der Nabel der Musikwelt“, sagte Hochreiter-Kainz.", False, [], None),
    ("de", "Bund, Land und Stadt Salzburg tragen gemeinsam rund 18 Millionen Euro an Subventionen bei.", True, [("money", 18000000, "EUR", "about")], None),
    ("de", "Die Grünen im Landtag bezeichneten die Festspiele als „Spielwiese für Superreiche“.", False, [], None),
    ("de", "Die teuerste Karte für die Premiere kostete 480 Euro, die günstigste 15 Euro.", True, [("money", 480, "EUR", None), ("money", 15, "EUR", None)], None),
    ("de", "Kritiker halten das Programm seit Jahren für zu wenig wagemutig.", False, [], None),
    ("de", "Die Festspiele hoffen, im kommenden Jahr mehr junges Publikum anzusprechen.", False, [], None),
    ("de", "Für Besucher unter 27 Jahren gibt es ein Kontingent von 6.000 ermäßigten Karten.", True, [("duration", 27, "year", "under"), ("count", 6000, None, None)], None),
    # --- Edinburgh Fringe (PA), August ---
    ("en", "EDINBURGH (PA) - Organisers of the Edinburgh Festival Fringe said 2.31 million tickets were sold this year across 3,600 shows.", True, [("count", 2310000, None, None), ("count", 3600, None, None)], None),
    ("en", "Ticket sales were about 4% lower than the record of 2.41 million set in 2023.", True, [("percent", 4, "%", "about"), ("count", 2410000, None, None), ("year", 2023, None, None)], None),
    ("en", "\"The Fringe is the greatest open stage on earth,\" chief executive Moira Lennox-Baird said.", False, [], None),
    ("en", "Lennox-Baird said average accommodation costs for performers had risen by 28% since 2022.", True, [("percent", 28, "%", None), ("year", 2022, None, None)], "Lennox-Baird"),
    ("en", "Comedians called the rents \"a cull of anyone without a rich parent\".", False, [], None),
    ("en", "The Scottish Government said it would give the Fringe Society an extra 1 million pounds over two years for a performer support fund.", True, [("money", 1000000, "GBP", None), ("duration", 2, "year", None)], "the Scottish Government"),
    ("en", "Performers hope the fund will keep smaller venues from pulling out.", False, [], None),
    ("en", "Three venues that hosted a combined 420 shows last year did not return in August.", True, [("count", 3, None, None), ("count", 420, None, None)], None),
    ("en", "Residents in the Old Town complained that the city felt overrun every August.", False, [], None),
    # --- Berliner Kulturhaushalt (dpa/bb), September ---
    ("de", "Berlin (dpa/bb) - Der Berliner Senat kürzt den Kulturhaushalt im kommenden Jahr um 110 Millionen Euro auf rund 890 Millionen Euro.", True, [("money", 110000000, "EUR", None), ("money", 890000000, "EUR", "about")], None),
    ("de", "Kultursenatorin Ilka Brennwald-Sauer (CDU) sagte, kein Opernhaus und kein Staatstheater werde geschlossen.", True, [], "Ilka Brennwald-Sauer"),
    ("de", "„Wir sparen die Kultur nicht kaputt, wir sichern ihre Zukunft“, sagte Brennwald-Sauer.", False, [], None),
    ("de", "Der Deutsche Bühnenverein sprach von einem „Kahlschlag, den diese Stadt Jahrzehnte spüren wird“.", False, [], None),
    ("de", "Nach Angaben des Bühnenvereins sind an den Berliner Bühnen rund 4.800 Menschen fest angestellt.", True, [("count", 4800, None, "about")], "der Bühnenverein"),
    ("de", "Freie Gruppen fürchten, dass die Kürzungen sie zuerst und am härtesten treffen.", False, [], None),
    ("de", "Die Fördermittel für die freie Szene sinken um ein Viertel auf 31 Millionen Euro.", True, [("fraction", 0.25, None, None), ("money", 31000000, "EUR", None)], None),
    ("de", "Rund 3.000 Menschen protestierten am Samstag nach Polizeiangaben vor dem Roten Rathaus gegen die Kürzungen.", True, [("count", 3000, None, "about")], None),
    ("de", "Auf einem Transparent stand: „Kultur ist kein Luxus, Kultur ist Luft“.", False, [], None),
    # --- French streaming obligations (Reuters), September ---
    ("en", "PARIS, Sept 24 (Reuters) - Streaming platforms invested 380 million euros in French and European films and series last year under rules requiring them to spend at least 20% of their French revenue on such work, the regulator Arcom said.", True, [("date", "--09-24", None, None), ("money", 380000000, "EUR", None), ("percent", 20, "%", "at_least")], None),
    ("en", "Culture Minister Séverine Aubagne-Roux called the system \"the shield of the French cultural exception\".", False, [], None),
    ("en", "Aubagne-Roux said at least 85% of that sum had gone to independent producers.", True, [("percent", 85, "%", "at_least")], "Aubagne-Roux"),
    ("en", "French films accounted for 41% of cinema admissions in France last year, according to the CNC film agency.", True, [("percent", 41, "%", None)], None),
    ("en", "The CNC said it had approved 48 million euros in aid for 220 feature films in the first half.", True, [("money", 48000000, "EUR", None), ("count", 220, None, None), ("ordinal", 1, None, None)], "the CNC"),
    ("en", "Netflix said it was proud of its partnership with French creators.", False, [], None),
    ("en", "Under the rules, films must wait 14 months after their cinema release before appearing on Netflix in France.", True, [("duration", 14, "month", None)], None),
    ("en", "Cinema owners fear that any shortening of that window would empty their theatres.", False, [], None),
    ("en", "Critics say the quotas protect a comfortable elite of established producers.", False, [], None),
    # --- Presseförderung (APA), Oktober ---
    ("de", "Wien (APA) - Die Bundesregierung stockt die Förderung für Qualitätsjournalismus im kommenden Jahr um 5 Millionen auf 25 Millionen Euro auf.", True, [("money", 5000000, "EUR", None), ("money", 25000000, "EUR", None)], None),
    ("de", "Medienstaatssekretärin Ursula Pfandlbauer sagte, gefördert würden nur Redaktionen mit mindestens drei angestellten Journalistinnen oder Journalisten.", True, [("count", 3, None, "at_least")], "Ursula Pfandlbauer"),
    ("de", "„Eine Demokratie ohne unabhängige Zeitungen ist wie ein Haus ohne Fenster“, sagte Pfandlbauer.", False, [], None),
    ("de", "Laut Medienbehörde KommAustria gingen im Vorjahr 17,8 Millionen Euro an 64 Medienunternehmen.", True, [("money", 17800000, "EUR", None), ("count", 64, None, None)], None),
    ("de", "Der Verband Österreichischer Zeitungen nannte die Aufstockung „einen Tropfen auf den heißen Stein“.", False, [], None),
    ("de", "Der Verband fordert eine Vertriebsförderung von 40 Millionen Euro jährlich für die Zustellung gedruckter Zeitungen.", True, [("money", 40000000, "EUR", None)], None),
    ("de", "Die NEOS warfen der Regierung vor, die Medien am goldenen Zügel zu führen.", False, [], None),
    ("de", "Für Regierungsinserate gab der Bund im ersten Halbjahr nach Angaben des Rechnungshofs rund 14 Millionen Euro aus.", True, [("ordinal", 1, None, None), ("money", 14000000, "EUR", "about")], "der Rechnungshof"),
    ("de", "Ob die Förderung auch für reine Onlinemedien geöffnet wird, gilt als offen.", False, [], None),
    # --- Frankfurter Buchmesse (dpa/lhe), Oktober ---
    ("de", "Frankfurt/Main (dpa/lhe) - Rund 228.000 Besucherinnen und Besucher sind während der fünftägigen Frankfurter Buchmesse gekommen, etwa 3 Prozent mehr als im Vorjahr.", True, [("count", 228000, None, "about"), ("duration", 5, "day", None), ("percent", 3, "%", "about")], None),
    ("de", "Nach Angaben der Messe stellten 4.100 Aussteller aus 92 Ländern aus.", True, [("count", 4100, None, None), ("count", 92, None, None)], None),
    ("de", "„Das Buch ist lebendiger denn je, das haben diese Tage gezeigt“, sagte Messedirektor Bastian Kühnhold.", False, [], None),
    ("de", "Kühnhold sagte, Ehrengast im kommenden Jahr werde Marokko sein.", True, [], "Kühnhold"),
    ("de", "Der Börsenverein des Deutschen Buchhandels warnte vor einer „Verödung der Innenstädte ohne Buchhandlungen“.", False, [], None),
    ("de", "Seit 2019 haben nach Angaben des Börsenvereins rund 520 Buchhandlungen in Deutschland geschlossen.", True, [("year", 2019, None, None), ("count", 520, None, "about")], "der Börsenverein"),
    ("de", "Verlegerinnen kleiner Häuser halten die Standgebühren für kaum noch bezahlbar.", False, [], None),
    # --- Newspaper strike (AP), October ---
    ("en", "NEW YORK (AP) — Journalists at the Metropolitan Courier staged a 24-hour walkout on Thursday, the first strike at the paper in 41 years.", True, [("duration", 24, "hour", None), ("ordinal", 1, None, None), ("duration", 41, "year", None)], None),
    ("en", "The NewsGuild said the company planned to cut 115 newsroom jobs, about a fifth of the staff.", True, [("count", 115, None, None), ("fraction", 0.2, None, "about")], "the NewsGuild"),
    ("en", "\"You cannot cover a city of 8 million people with a skeleton crew,\" guild unit chair Ramona Tillinghast said.", False, [("count", 8000000, None, None)], None),
    ("en", "The company's chief executive called the strike \"a regrettable stunt\".", False, [], None),
    ("en", "The Courier said its print advertising revenue had fallen 19% in the nine months to September.", True, [("percent", 19, "%", None), ("duration", 9, "month", None)], "the Courier"),
    ("en", "Subscribers flooded social media with messages of support for the reporters.", False, [], None),
    ("en", "Newspapers in the United States have shed more than 2,500 jobs since January, the outplacement firm Challenger, Gray & Christmas said.", True, [("count", 2500, None, "over")], None),
    ("en", "Union members say they fear the paper is being managed for decline.", False, [], None),
    # --- Museumsstatistik (dpa), November ---
    ("de", "Berlin (dpa) - Rund 107 Millionen Besuche haben die Museen in Deutschland im vergangenen Jahr gezählt, so viele wie seit 2019 nicht mehr.", True, [("count", 107000000, None, "about"), ("year", 2019, None, None)], None),
    ("de", "Das geht aus der Statistik des Instituts für Museumsforschung hervor, die auf Meldungen von 4.930 Häusern beruht.", True, [("count", 4930, None, None)], None),
    ("de", "„Museen sind die Wohnzimmer der Gesellschaft“, sagte die Direktorin des Instituts, Konstanze Wehlau.", False, [], None),
    ("de", "Wehlau sagte, fast jedes dritte Museum biete inzwischen an einem Sonntag im Monat freien Eintritt.", True, [("fraction", 0.3333, None, "nearly")], "Wehlau"),
    ("de", "Die meisten Besuche verzeichneten Kunstmuseen mit knapp 24 Millionen, gefolgt von den Volkskunde- und Heimatmuseen.", True, [("count", 24000000, None, "nearly")], None),
    ("de", "Der Deutsche Museumsbund warnte, zahlreichen kleinen Museen in ländlichen Regionen drohe eine ungewisse Zukunft.", False, [], None),
    ("de", "Rund 60 Prozent der Museen werden ohne festangestelltes Personal geführt, teilte der Museumsbund mit.", True, [("percent", 60, "%", "about")], "der Museumsbund"),
    ("de", "Viele Leiterinnen kleiner Heimatmuseen hoffen auf ein Förderprogramm des Bundes.", False, [], None),
    ("de", "Kulturpolitiker der Grünen bezeichneten die Zahlen als „Beweis, dass Kultur kein Nischenthema ist“.", False, [], None),
    # --- TIFF finances (Reuters), November ---
    ("en", "TORONTO, Nov 14 (Reuters) - The Toronto International Film Festival ran a deficit of C$3.2 million in its latest financial year after losing two major sponsors, the festival said on Friday.", True, [("date", "--11-14", None, None), ("money", 3200000, "CAD", None), ("count", 2, None, None)], None),
    ("en", "\"TIFF is where the world comes to see what cinema can be,\" festival chief Lorne Abernethy-Cole said.", False, [], None),
    ("en", "Abernethy-Cole said the festival would screen 190 features next year, down from 230 this year.", True, [("count", 190, None, None), ("count", 230, None, None)], "Abernethy-Cole"),
    ("en", "Ontario said it would provide C$6 million over three years, on condition that the festival keeps at least 40 Canadian titles in its lineup.", True, [("money", 6000000, "CAD", None), ("duration", 3, "year", None), ("count", 40, None, "at_least")], None),
    ("en", "Filmmakers described the cuts as a blow to emerging Canadian voices.", False, [], None),
    ("en", "Some distributors doubt the festival can stay relevant without a major studio presence.", False, [], None),
    ("en", "The festival sold about 520,000 tickets this year, roughly 6% more than in 2024.", True, [("count", 520000, None, "about"), ("percent", 6, "%", "about"), ("year", 2024, None, None)], None),
    ("en", "Abernethy-Cole said ticket prices for gala screenings would stay at C$89.", True, [("money", 89, "CAD", None)], "Abernethy-Cole"),
    # --- Halbierungsinitiative (Keystone-SDA), Dezember ---
    ("de", "Bern (Keystone-SDA) - Mit 56,8 Prozent Nein-Stimmen hat das Stimmvolk die Initiative zur Senkung der Radio- und Fernsehabgabe auf 200 Franken abgelehnt.", True, [("percent", 56.8, "%", None), ("money", 200, "CHF", None)], None),
    ("de", "Die Stimmbeteiligung lag bei 49 Prozent, nur vier Kantone sagten Ja.", True, [("percent", 49, "%", None), ("count", 4, None, None)], None),
    ("de", "Die Abgabe beträgt derzeit 330 Franken pro Haushalt und Jahr und soll bis 2029 schrittweise auf 305 Franken sinken.", True, [("money", 330, "CHF", None), ("year", 2029, None, None), ("money", 305, "CHF", None)], None),
    ("de", "«Die Schweiz hat sich heute für den Zusammenhalt entschieden», sagte Medienminister Aurel Tschopp-Imhof.", False, [], None),
    ("de", "Tschopp-Imhof sagte, die SRG müsse trotzdem bis 2029 rund 270 Millionen Franken einsparen und 900 Vollzeitstellen abbauen.", True, [("year", 2029, None, None), ("money", 270000000, "CHF", "about"), ("count", 900, None, None)], "Tschopp-Imhof"),
    ("de", "Das Initiativkomitee sprach von einem «Sieg der Angstkampagne».", False, [], None),
    ("de", "Die SVP hält die SRG weiterhin für einen «aufgeblähten Staatsbetrieb».", False, [], None),
    ("de", "Mitarbeitende der SRG in der Romandie fürchten, dass Stellen vor allem ausserhalb von Zürich wegfallen.", False, [], None),
    ("de", "In der Westschweiz stimmten 68 Prozent gegen die Initiative, in der Deutschschweiz 53 Prozent.", True, [("percent", 68, "%", None), ("percent", 53, "%", None)], None),
    # --- Australian streaming quota (AAP), December ---
    ("en", "CANBERRA (AAP) - Streaming services with more than one million Australian subscribers will have to spend 7.5 per cent of their local revenue on Australian content under laws passed by the Senate on Wednesday.", True, [("count", 1000000, None, "over"), ("percent", 7.5, "%", None)], None),
    ("en", "Arts Minister Dominic Fairweather-Lim said the rules would bring in about A$170 million a year for Australian drama, children's and documentary programs.", True, [("money", 170000000, "AUD", "about")], "Dominic Fairweather-Lim"),
    ("en", "\"Our kids deserve to hear Australian voices on the screens they watch,\" Fairweather-Lim said.", False, [], None),
    ("en", "The Coalition called the law \"a Netflix tax that every family will end up paying\".", False, [], None),
    ("en", "The Coalition said it would repeal the quota if it won the next election.", True, [], "the Coalition"),
    ("en", "Screen Producers Australia described the vote as the end of a long and lonely fight.", False, [], None),
    ("en", "Australian content made up just 3.4 per cent of the combined catalogues of the major streamers last year, according to the Australian Communications and Media Authority.", True, [("percent", 3.4, "%", None)], "the Australian Communications and Media Authority"),
    ("en", "The rules take effect on July 1, 2027, and will be reviewed after three years.", True, [("date", "2027-07-01", None, None), ("duration", 3, "year", None)], None),
    ("en", "Streaming companies warned that the rules would lead to fewer shows, not more.", False, [], None),
]
