"""Two-hundred-and-ninety-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, apps and figures are made
up (Gereon Altenhövel, Verena Grubmüller-Haas, Malte Ohlendiek, Anja Lüdersen, Leopold
Strasshofer, Reto Allenspach, Friedbert Sandkühler, Miriam Bredehorst, Katrin Ohlsberg,
Alois Hinterberger-Ladstätter, Ulrike Brenninkmeyer, Svenja Hollenstein-Brück, Cornelia
Tschudin-Ammann, Ansgar Wiegelmann, Detlev Rothkegel, Sieglinde Prantauer, the Handelsverband
Nord; Rosalind Aykroyd-Penn, Appstat, Lachlan Merriweather, Kirralee Dunstan, Deirdre
Callanan, Klipzy, Henrika Saarvala, Nerevia, Genevieve Marchbanks, Chirply, Caspar
Thorvaldsen, Marcia Tollefsen, Warren Peabody-Lisle, Hamish Strathallan, Claire
Vasseur-Thibaudeau, Lumora, Ricardo Albuquerque Leme, DataPulso, Sofie Kjaergaard-Lund,
Bettina Castleford; every unnamed spokesperson, moderator, parent, teenager, mayor and
lawyer, the Viennese retail chain and the Berlin moderation contractor left unnamed);
ministers, commissioners, judges and agency heads of real governments, courts and bodies
appear under made-up names that stand for no real holder, or by their role only ("Ein
Unternehmenssprecher", "A Commission spokesman", "A Klipzy spokeswoman", "Its chief
executive"). Real states, bodies, places and things (Bundesnetzagentur,
Digitalministerium, Bitkom, vzbv, KI-Verordnung, Ministerrat, ID Austria, FPÖ, Grüne,
Universität Salzburg, Hamburgischer Datenschutzbeauftragter, Staatsanwaltschaft, Breko,
Telekom, Wirtschaftskammer, US-Botschaft, Bundesrat, SVP, gfs.bern, Digital Services Act,
HateAid, Union, Verdi, RTR, Gemeindebund, Kärnten, Burgenland, FDP, Europarat, Digitale
Gesellschaft, Economiesuisse, ETH Zürich, Datenschutzbehörde, Bundesverwaltungsgericht,
GPA; Ofcom, the Online Safety Act, the NSPCC, eSafety, the University of Newcastle, the
Coalition, Ireland's Data Protection Commission, the Irish High Court, GDPR, the European
Commission, the AI Act, the EU's General Court, CCIA Europe, the U.S. Trade
Representative's office, the DSA, the European Parliament, Virginia, Richmond, NetChoice,
the National Conference of State Legislatures, Openreach, the Countryside Alliance, La
Quadrature du Net, Ifop, Italy's Garante, Brazil's Supreme Court, Congress, Meta, the
Media, Entertainment and Arts Alliance, the Public Interest Journalism Initiative, DIGI, and
the datelines' cities) stand for the way wire copy names them; every fine, tax rate,
levy, count, share, age limit, vote, coverage rate, date and quote here is invented, and
where a real figure came to mind (a real GDPR or DSA fine, a real digital services tax
rate or take, real fibre and gigabit coverage, a real vote on an age limit, the real cap
of a fine) it was changed (the years of laws kept).

Its weight: OPINION VERSUS CLAIM, twenty-fifth round (the ninety-eighth,
hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth,
hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth,
two-hundred-and-eighth, two-hundred-and-fifteenth, two-hundred-and-twenty-second,
two-hundred-and-twenty-ninth, two-hundred-and-forty-first, two-hundred-and-forty-fifth,
two-hundred-and-fifty-third, two-hundred-and-sixty-first, two-hundred-and-sixty-ninth,
two-hundred-and-seventy-seventh and two-hundred-and-eighty-fifth batches were the first
twenty-four, and their decisions are kept; the two-hundred-and-eighty-fifth's decisions
were read closely), this time in digital policy and platforms copy, whose figures follow
the technology rounds - the fifty-first on technology, cybersecurity and telecoms, the
hundred-sixth on technology companies, data breaches and regulators, the
hundred-twenty-eighth on artificial intelligence, chips, data centres and telecoms and the
hundred-seventieth on digital rights, AI regulation and social media platforms (its
decisions on fines, caps, age limits and platforms' replies read closely) -, and their
decisions are kept: AI regulation (a German supervisory bill, the first fine under the AI
Act, a Swiss plan for the Council of Europe's AI convention, an Italian fine for a
chatbot), social-media age limits for teenagers (Austria, Australia a year on, a German
expert commission, France, a Virginia law blocked in court, the European Parliament's
resolution), data-protection fines (Hamburg's annual figures, an Irish fine, a Viennese
retail chain), content moderation (Britain's age checks, a Swiss platform bill, a DSA fine,
DSA complaints at the Bundesnetzagentur, a strike of content moderators, a Brazilian ruling
on platform liability), platform taxes (Austria's Digitalsteuer, Canada's digital services
tax, a German levy on platforms' advertising, Australia's news bargaining charge) and
broadband roll-out (German fibre, Austrian subsidies, British gigabit coverage) - over one
year in story order (January to December), 26 short stories with the German and English
ones interleaved by month, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). About 100 rows are negatives that
look like claims: ministers', regulators' and judges' creeds, pride and resolve („Wir sind
kein Wahrheitsministerium“, „Wir regulieren Risiken, nicht Technologien“, "Privacy is not a
setting users should have to hunt for", "Journalism is not free"), platforms', lobbies',
unions' and campaigners' labels („Strafsteuer für digitale Geschäftsmodelle“, „ein Eigentor
für den Standort“, „Maulkorb für die freie Rede“, "a surveillance tollbooth on the open
web", "regulatory theatre", "a blank cheque for censorship", "a nanny-state fantasy"),
verdicts with „halten ... für“, accusations that name no act, warnings that name no
measure, hopes, fears, doubts, welcomes, formula replies, evaluations naming no fact, a
vow, scene colour and parents' and teenagers' perceptions - each beside a check-worthy
look-alike around a verifiable core: the same speaker's figure, plan or stated position, a
regulator's fine or order, a court's ruling, a vote's tally, a survey's share, a tax's take,
an announced appeal. Half German (dpa with its slug "dpa/lno", APA, Keystone-SDA; Austrian
"mit 1. Jänner", "heuer", Swiss "innert", "Bussen", "Gemäss", "grossen", «» quotes, German
„“ quotes) and half English (Reuters, AP, AFP, PA, AAP; British "programmes", "fibre",
"favour", Australian "A$", Canadian "C$").

232 rows (117 German, 115 English), 102 negatives (51 German, 51 English), 130 check-worthy
rows of which 17 carry no figure (10 German, 7 English), 182 expected quantities (52
counts, 30 durations - 19 in years, 4 in months, 3 in hours, 2 in days, 1 in minutes, 1
in weeks -, 27 percentages, all in %, 23 years, 22 amounts of money - 16 EUR, 3 AUD, 2
GBP, 1 CAD -, 14 dates, 7 fractions, 7 ordinals; none of them in a negative), 46 checked
speakers (17 German, 29 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, welcome, feeling, hope, fear, doubt or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-seventieth, two-hundred-and-fourth, two-hundred-and-eighty-fifth);
  a quoted or reported statement of fact, figure, step, plan, demand or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-sixtieth,
  two-hundred-and-eighty-fifth). Pairs from one speaker: Altenhövel's 30 days beside
  „nicht unter Formularen begraben“, „Aufbruch“ and „Aufholjagd“; Aykroyd-Penn's 6.8
  million checks beside "a lawless playground"; Grubmüller-Haas's 4.1 million users beside
  „ein Stück Kindheit“ and „Lebensader“; Merriweather's 41 minutes beside "a fighting
  chance"; Ohlendiek's 1.9 million euros beside „kein Luxus“ and his hope; Callanan's 140
  million users beside "a setting users should have to hunt for"; Lüdersen's 312
  municipalities beside her warning of a „Überbau-Wettlauf“; Saarvala's three requests
  beside "a testing ground"; Strasshofer's 5 and 7 percent beside „soll hier auch Steuern
  zahlen“; Marchbanks's 3% and her stated plan beside "not a trade barrier"; Allenspach's 14
  days beside „kein rechtsfreier Raum“; Thorvaldsen's refusal to pay beside his "act of
  censorship"; Sandkühler's 38 proceedings beside „kein Wahrheitsministerium“ and his
  confidence; Ohlsberg's 1,000 videos beside „die Müllabfuhr des Internets“;
  Peabody-Lisle's appeal beside "not a business model"; Strathallan's 1.2 billion pounds
  beside "the slow lane"; Brenninkmeyer's 71 percent beside „im Feed verloren“;
  Hollenstein-Brück's draft bill beside „ein Alarmsignal“; Vasseur-Thibaudeau's mid-2028
  beside "not guinea pigs"; Tschudin-Ammann's stated position beside „Risiken, nicht
  Technologien“; Wiegelmann's 1.5 billion euros beside „verdienen an unseren Inhalten“;
  Albuquerque Leme's 24 hours beside "profited from hate"; Kjaergaard-Lund's one in four
  beside "a casino"; Prantauer's finding beside „keine Führungskultur“; Castleford's A$200
  million beside "Journalism is not free"; Meta's 2024 beside "ignored how people actually
  used its services"; Klipzy's, Nerevia's and Lumora's announced appeals beside their
  spokespeople's labels.
- Stated positions, steps and facts without a figure are check-worthy (hundred-seventieth,
  two-hundred-and-eighty-fifth): the vzbv's demand („fordert“ unchecked), the Swiss
  government's bill sent to parliament and its schedule, the DSA complaints' subject „nach
  Angaben der Behörde“, the U.S. Trade Representative's investigation, Marchbanks's and
  Tschudin-Ammann's stated plans, the Swiss duty of disclosure, similar levies in France,
  Italy and Spain, „Die Handelskette kündigte an, Beschwerde beim Bundesverwaltungsgericht
  einzulegen.“ (speaker None, „kündigte an“ unchecked), „Die Entscheidung ist nicht
  rechtskräftig.“ (hundred-nineteenth), and appeals and challenges announced ("Klipzy said
  it would contest the decision ..." -> "Klipzy", "Nerevia said it would challenge ..." ->
  "Nerevia", "Lumora said it would appeal ..." -> "Lumora", "Attorney General Warren
  Peabody-Lisle said the state would appeal." -> "Warren Peabody-Lisle"; hundred-second,
  hundred-seventieth). A court's finding told in its ruling is check-worthy ("In a 34-page
  ruling, ... found that the law likely violated ..."; "found" unchecked). New: a
  government's threat of tariffs naming a figure („drohte ... mit Zöllen von bis zu 25
  Prozent“ 25 "up_to") is check-worthy - it names a measure and a figure, as a court's
  threatened penalty payment does (two-hundred-and-seventy-sixth) - while "Washington warned
  that the fine would weigh on transatlantic relations" names none and is a negative.
- Negatives (ninety-eighth, hundred-seventieth, two-hundred-and-fourth,
  two-hundred-and-eighty-fifth): labels („nannte“, „bezeichnete ... als“, „sprach von“,
  „kritisierte ... als“, "called", "described ... as", "dismissed ... as", "hailed ... as"),
  verdicts with „halten ... für“ (five times), accusations that name no act („warfen ...
  vor, mit Kanonen auf Spatzen zu schießen“, „warf ... vor, zu zögerlich ...“, "accused
  Brussels of targeting American firms", "accused ministers of hiding behind headline
  figures"), warnings that name no measure („warnten vor einer Aufsicht, die „zahnlos und
  unterbesetzt“ bleibe“, „warnten vor einer „Politik über die Köpfe ...““, "warned that
  Europe risked falling further behind", "warned the charge could backfire"), evaluations
  ("said the penalty came years too late", "said the decision showed Brussels still had
  teeth", "said the fine was a warning shot", "said the government had picked a fight it
  could not win", "Critics say", "Meta said the charge ignored ...", "The Garante has been
  among the most aggressive regulators"), hopes („hofft“, „hoffen“, "hoped"), fears and
  doubts („fürchten“, „befürchten“, "fear", "doubt"), welcomes and praise („begrüßten ...
  grundsätzlich“, „lobte“; hundred-seventieth: "said it welcomed the judgment"), moods
  („zeigte sich skeptisch“, „zeigte sich zuversichtlich“), a vow ("vowed to fight the
  decision in Congress"; two-hundred-and-seventy-sixth: vows), formula replies ("said they
  remained committed to keeping young Australians safe", "said they were studying the
  ruling", "said they shared the goal of protecting minors"; hundred-seventieth: "would
  study it carefully"), a spokesman's "respected the law but regarded the checks as
  unworkable", perceptions ("Many parents say the ban has made family dinners calmer",
  "said they felt abandoned", "would simply lie about their age") and scene colour
  ("Teenagers outside a Richmond high school shrugged at the news").
- Fines, taxes, levies and caps are money in the currency written or percentages
  (thirty-ninth, hundred-seventieth): „rund 4,6 Millionen Euro“ "about", „1,9 Millionen
  Euro“, „bis zu 35 Millionen Euro“ and „bis zu 500.000 Euro Strafe“ "up_to", „148 Millionen
  Euro“, „mindestens 750 Millionen Euro“ and "at least 750 million euros" "at_least",
  „weitere 1,4 Milliarden Euro“ („weitere“ no hedge, hundred-seventieth: „weiteren“),
  „14,8 Milliarden Euro“, „rund 1,5 Milliarden Euro“, „mehr als 1 Milliarde Euro“ "over",
  „2,3 Millionen Euro“, "310 million euros", "22 million euros", "480 million euros", "15
  million euros", "C$1.1 billion", "A$9.2 million", "above A$250 million a year" "over"
  (New: "above" before a sum is "over", as „über“), "about A$200 million a year", "1.2
  billion pounds"; rates and caps in percent („von 5 auf 7 Prozent“ both, „von 10 Prozent“,
  „bis zu 5 Prozent“, „bis zu 25 Prozent“, "up to 5%", "up to 1%" "up_to", "the 3% tax").
  "can cost a company 18 million pounds or 10% of its worldwide revenue, whichever is the
  larger sum" carries no hedge (hundred-seventieth: "can reach ... whichever is greater").
  „jährlich“, „im Jahr“, "a year", "for every day", "average daily" none.
- Age limits (hundred-seventieth): "under" before an age („Kinder unter 15 Jahren“,
  „Kindern unter 13 Jahren“, "Australians under 16", "users under 16", "children under 15",
  "users under 15", "children under 13", "children younger than 16" - "younger than" as
  „jünger als“, two-hundred-and-seventy-seventh); „ein Mindestalter von 13 Jahren“ 13 years
  with no hedge (hundred-seventieth); age ranges give both ages with no hedge („Zehn- bis
  14-Jährige“ 10 and 14 years, as „der Elf- bis 14-Jährigen“; „13- bis 15-Jährige“, "14-
  and 15-year-olds", "aged 10 to 12").
- Counts (every batch): users, accounts, checks, complaints and cases („rund 4,1 Millionen
  Menschen“, „knapp 3.900 Beschwerden“ "nearly", „In 17 Fällen“, „knapp 6.200
  Beschwerden“, „in 38 Fällen“, „mehr als 4.000 Betroffene“ "over", „3.480 Beschwerden“,
  "about 6.8 million age checks", "about 2.3 million accounts", "about 140 million users",
  "about 9 million monthly users" - "monthly" none -, "about 144 million social media
  users"), staff and posts („rund 210 zusätzliche Stellen“ - „zusätzliche“ no hedge -, „41
  Planstellen“, „96 Planstellen, besetzt sind 71“, „Rund 150 Beschäftigte“, „120 der 400
  Stellen“), places and premises („in 312 Gemeinden“, „zwei Anbieter“, „mit über 100.000
  Einwohnern“ "over", „46 Filialen“, „1.870 Förderprojekte“, "About 410,000 homes", "18
  million premises and ... about 70,000 a week", "More than 200 newsrooms" "over"), votes
  ("by eight votes to three", "312 lawmakers ... 148 against", "by 483 votes to 92";
  two-hundred-and-eighty-fifth: "by 68 votes to 57"), bodies („in 11 Bundesgesetzen“, "14
  websites", "About 30 companies", "about 40 companies", "At least 19 states" "at_least"),
  „146 Seiten“, „3.200 Familien“, "a 34-page ruling" 34 (hundred-seventieth: „dem
  112-seitigen Abschlussbericht“), "three requests", "90 working days" 90
  (hundred-seventieth: "20 working days"), „bis zu 1.000 Videos“ "up_to" („pro Schicht“
  none), "10 megabits per second" 10 (fifty-first: "the 10Mbit/s speed"), „auf mindestens
  einer Plattform“ and "at least one banned app" 1 "at_least" (hundred-seventieth).
  Multiples are counts: „fast doppelt so viel wie im Vorjahr“ and „fast doppelt so viele
  wie 2024“ 2 "nearly" (hundred-seventieth: „knapp doppelt so viele“). None: „jeder“, "one
  platform", "one of the largest", "the largest so far", "a rival chatbot", names ("DSA",
  "GDPR", "AI Act", "KI-Verordnung", "ID Austria", "gfs.bern", "RTR").
- Ordinals (the issue): „im ersten Halbjahr“ 1, "the third-largest" 3 (the issue's „die
  drittgrößte Stadt“), "the first penalty under the AI Act" 1, "the second fine imposed
  under the DSA" 2, "its first full year" 1, "in the first year of the social media ban"
  1, "its first enforcement decisions" 1. None: "the largest so far", "final approval".
- Fractions: „etwa jeder vierte dieser Anschlüsse“ 0.25 "about", „Jedes dritte Kind“
  0.3333, „mindestens ein Drittel“ 0.3333 "at_least", „mindestens einem Zehntel“ 0.1
  "at_least", "1 in 5" 0.2, "one in eight" 0.125, "one in four" 0.25 (hundred-seventieth:
  "One in seven").
- Percentages, all in "%": „38 Prozent ..., ... 17 Prozent“, „ein Plus von 12 Prozent“, „Gut
  41 Prozent“ "over" (hundred-seventieth: „gut 41.000“), „bei 29 Prozent, ... bei 52
  Prozent“, „um 9 Prozent mehr“, „rund 58 Prozent“ "about", „unter 40 Prozent“ "under",
  „71 Prozent“, „64 Prozent“, „44 Prozent“, "by 140%", "27%", "89% ..., up from 83%", "more
  than 60%" "over", "73%", and the rates and caps above.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): „binnen 30 Tagen“ 30
  days, „innert 14 Tagen“ 14 days, „3,2 Stunden pro Tag“ 3.2 hours („im Schnitt“ no hedge,
  „pro Tag“ none), "by 41 minutes a day" 41 minutes, "within 12 months", "within six
  months", "over five months", "a six-month public awareness drive" 6 months, "for nearly
  four years" 4 years "nearly", "three years at once" 3 years, "for about four weeks" 4
  weeks "about", "24 hours", "one hour a day" 1 hour ("a day" none). None: „im vergangenen
  Jahr“, „im Vorjahr“, „heuer“, „derzeit“, „seit Jahren“, "a year earlier", "in the past
  month", "in the week the checks took effect", "in October", "before the end of March",
  "years too late", „in der Wintersession“.
- Years and dates: „2025“ twice, „für 2026“, „2026“ twice, „Bis 2030“, „bis 2030“, „Seit 2021“,
  „vor der Sommerpause 2028“, „wie 2024“, "since 2018", "since 2025", "to 2022", "in 2023"
  (three times, once "a 2023 law"), "since 2023", "by 2030", "until mid-2028" 2028
  (two-hundred-and-eighty-fifth: "by mid-2027"), "in 2028", "in 2024" twice, "since
  2008". Dates: „ab dem 2. August 2027“ 2027-08-02, „ab dem 1. September 2028“ 2028-09-01,
  „mit 1. Jänner 2028“ 2028-01-01 (Austrian „Jänner“), „bis zum 31. Januar 2028“
  2028-01-31, "on Jan. 1" and "from Jan. 1" --01-01; Reuters and AFP datelines with a day
  ("DUBLIN, March 18", "BRUSSELS, April 9", "OTTAWA, May 14", "BRUSSELS, June 23 (AFP)",
  "PARIS, Sept 15 (AFP)", "ROME, Oct 8", "BRASILIA, Nov 19", "STRASBOURG, Nov 26") dates
  without a year; dpa with its slug, APA, Keystone-SDA, AP, PA and AAP datelines none
  (seventy-ninth). „bis Ende November“ none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About" "about"; „knapp“,
  „fast“, "nearly" "nearly"; „mehr als“, „Gut“, „über“, "more than", "More than", "above"
  "over"; „unter“, "under", "younger than" "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least", "At least" "at_least". No hedge: „nur“, „erst“, „bereits“,
  „derzeit“, „inzwischen“, „zusammen“, „weitere“, „zusätzliche“, „im Schnitt“, "still",
  "now", "average".
- Speakers, checked only in forms the earlier batches settled: the name with the office
  dropped („Digitalminister Gereon Altenhövel sagte“, „Staatssekretärin Verena
  Grubmüller-Haas sagte“, „Behördenleiter Malte Ohlendiek sagte“, „Finanzminister Leopold
  Strasshofer sagte“, „Medienminister Reto Allenspach sagte“, „Behördenpräsident Friedbert
  Sandkühler sagte“, „HateAid-Geschäftsführerin Miriam Bredehorst sagte“,
  „Verdi-Sekretärin Katrin Ohlsberg sagte“, „Kommissionsvorsitzende Ulrike Brenninkmeyer
  sagte“, „Bundesrätin Cornelia Tschudin-Ammann sagte“, „Behördenleiterin Sieglinde
  Prantauer sagte“; "Technology Secretary Rosalind Aykroyd-Penn said", "Communications
  Minister Lachlan Merriweather said", "Shadow Communications Minister Kirralee Dunstan
  said", "Commissioner Deirdre Callanan said", "Tech Commissioner Henrika Saarvala said",
  "Finance Minister Genevieve Marchbanks said", "Attorney General Warren Peabody-Lisle
  said", "Telecoms Minister Hamish Strathallan said", "Digital Minister Claire
  Vasseur-Thibaudeau said", "Rapporteur Sofie Kjaergaard-Lund said", "Treasurer Bettina
  Castleford said"); the surname opening the row („Lüdersen sagte“, „Hollenstein-Brück
  sagte“, „Wiegelmann sagte“; "Klipzy said", "Nerevia said", "Marchbanks said",
  "Thorvaldsen said", "Lumora said", "Albuquerque Leme said", "Openreach said", "Meta said";
  forty-second); „teilte die Bundesnetzagentur am Dienstag mit“ -> "die Bundesnetzagentur"
  and „teilte das Finanzministerium am Montag mit“ -> "das Finanzministerium" (the source
  with its article, the weekday dropped), „Nach Angaben des Finanzministeriums“ -> "das
  Finanzministerium" (the source in the nominative, hundred-forty-sixth); "Ofcom said on
  Monday", "Ofcom said on Thursday" and "Ofcom said it would publish" -> "Ofcom", "the
  finance department said on Wednesday" -> "the finance department", "The NSPCC said",
  "The Countryside Alliance said" and "The Garante said" with the article lowered;
  "according to the Commission", "according to the National Conference of State
  Legislatures", "according to the Public Interest Journalism Initiative" with the article
  (two-hundred-and-eighty-fifth). Left unchecked (None): rows without attribution and all
  negatives, also those with a named speaker; generic referents ("teilte die Behörde mit",
  „nach Angaben der Behörde“, "the regulator said", "the authority said", "according to the
  company", "A Commission spokesman said"), „laut Bundesnetzagentur“, „laut
  Regulierungsbehörde RTR“, „laut Ministerium“, „Laut einer Studie der Universität
  Salzburg“, „Nach einer Bitkom-Umfrage“, „Gemäss einer Befragung durch gfs.bern“, „Laut
  einer Erhebung der ETH Zürich“, „Nach Schätzungen der Kommission“, „nach eigenen
  Angaben“, „wie aus einem Gesetzentwurf ... hervorgeht“, „bezifferte“, „fordert“,
  „kündigte an“, "eSafety figures show", "A survey by ... found", "found that",
  descriptions before a name ("according to the analytics firm Appstat", "according to the
  polling firm DataPulso").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds (written as the Python value None, never as a
string); a qualifier is checked (None: no hedge); the speaker is checked when it is a
string.
"""

# ruff: noqa: E501

BLIND_SET_293 = [
    # --- KI-Aufsicht (dpa), Januar ---
    ("de", "Berlin (dpa) - Die Bundesnetzagentur soll als zentrale Aufsicht für künstliche Intelligenz ab dem 2. August 2027 rund 210 zusätzliche Stellen erhalten, wie aus einem Gesetzentwurf des Digitalministeriums hervorgeht.", True, [("date", "2027-08-02", None, None), ("count", 210, None, "about")], None),
    ("de", "Digitalminister Gereon Altenhövel sagte, Unternehmen sollten Hochrisiko-Anwendungen künftig binnen 30 Tagen bei der Behörde anzeigen müssen.", True, [("duration", 30, "day", None)], "Gereon Altenhövel"),
    ("de", "„Wir wollen Erfindergeist möglich machen und ihn nicht unter Formularen begraben“, sagte Altenhövel.", False, [], None),
    ("de", "Der Branchenverband Bitkom nannte den Entwurf „einen Schritt in die richtige Richtung, aber noch keinen Sprung“.", False, [], None),
    ("de", "Nach einer Bitkom-Umfrage setzen 38 Prozent der Unternehmen hierzulande bereits KI ein, 2025 waren es erst 17 Prozent.", True, [("percent", 38, "%", None), ("year", 2025, None, None), ("percent", 17, "%", None)], None),
    ("de", "Verbraucherschützer warnten vor einer Aufsicht, die „zahnlos und unterbesetzt“ bleibe.", False, [], None),
    ("de", "Der Verbraucherzentrale Bundesverband (vzbv) fordert, dass Betroffene automatisierte Entscheidungen von KI-Systemen vor Gericht anfechten können.", True, [], None),
    ("de", "Die Opposition hält den Zeitplan für ehrgeizig, aber machbar.", False, [], None),
    ("de", "Bei Verstößen gegen die KI-Verordnung drohen Unternehmen Bußgelder von bis zu 35 Millionen Euro.", True, [("money", 35000000, "EUR", "up_to")], None),
    ("de", "Altenhövel sprach von einem „Aufbruch, den wir uns von Bedenkenträgern nicht kleinreden lassen“.", False, [], None),
    # --- Online Safety Act age checks (PA), January ---
    ("en", "LONDON (PA) - Ofcom said on Monday it had opened investigations into 14 websites suspected of failing to carry out the age checks required under the Online Safety Act.", True, [("count", 14, None, None)], "Ofcom"),
    ("en", "Technology Secretary Rosalind Aykroyd-Penn said about 6.8 million age checks were now being carried out in Britain every day.", True, [("count", 6800000, None, "about")], "Rosalind Aykroyd-Penn"),
    ("en", "\"The days of the internet as a lawless playground for children are over,\" Aykroyd-Penn said.", False, [], None),
    ("en", "Privacy campaigners described the checks as \"a surveillance tollbooth on the open web\".", False, [], None),
    ("en", "Breaches of the act can cost a company 18 million pounds or 10% of its worldwide revenue, whichever is the larger sum.", True, [("money", 18000000, "GBP", None), ("percent", 10, "%", None)], None),
    ("en", "Downloads of VPN apps in Britain jumped by 140% in the week the checks took effect, according to the analytics firm Appstat.", True, [("percent", 140, "%", None)], None),
    ("en", "Children's charities said they hoped the rules would finally make platforms take safety seriously.", False, [], None),
    ("en", "The NSPCC said 1 in 5 children aged 10 to 12 had seen violent content online in the past month.", True, [("fraction", 0.2, None, None), ("duration", 10, "year", None), ("duration", 12, "year", None)], "the NSPCC"),
    ("en", "A spokesman for one of the largest adult sites said the company respected the law but regarded the checks as unworkable.", False, [], None),
    ("en", "Ofcom said it would publish its first enforcement decisions before the end of March.", True, [("ordinal", 1, None, None)], "Ofcom"),
    # --- Social-Media-Verbot (APA), Februar ---
    ("de", "Wien (APA) - Die Regierung will sozialen Netzwerken die Aufnahme von Kindern unter 15 Jahren ab dem 1. September 2028 verbieten, das hat der Ministerrat am Mittwoch beschlossen.", True, [("duration", 15, "year", "under"), ("date", "2028-09-01", None, None)], None),
    ("de", "Staatssekretärin Verena Grubmüller-Haas sagte, die Altersprüfung solle über die ID Austria laufen, die derzeit rund 4,1 Millionen Menschen nutzen.", True, [("count", 4100000, None, "about")], "Verena Grubmüller-Haas"),
    ("de", "„Wir geben unseren Kindern ein Stück Kindheit zurück“, sagte Grubmüller-Haas.", False, [], None),
    ("de", "Die FPÖ sprach von einer „digitalen Bevormundung der Familien“.", False, [], None),
    ("de", "Laut einer Studie der Universität Salzburg verbringen Zehn- bis 14-Jährige im Schnitt 3,2 Stunden pro Tag in sozialen Netzwerken.", True, [("duration", 10, "year", None), ("duration", 14, "year", None), ("duration", 3.2, "hour", None)], None),
    ("de", "Jedes dritte Kind dieser Altersgruppe hat demnach bereits ein eigenes Profil auf mindestens einer Plattform.", True, [("fraction", 0.3333, None, None), ("count", 1, None, "at_least")], None),
    ("de", "Elternvertreter halten das Verbot für gut gemeint, aber kaum durchsetzbar.", False, [], None),
    ("de", "Die Grünen begrüßten den Beschluss grundsätzlich.", False, [], None),
    ("de", "Bei Verstößen sollen Plattformen bis zu 500.000 Euro Strafe zahlen.", True, [("money", 500000, "EUR", "up_to")], None),
    ("de", "Viele Jugendliche fürchten, den Anschluss an ihren Freundeskreis zu verlieren.", False, [], None),
    # --- Australia under-16 ban (AAP), February ---
    ("en", "SYDNEY (AAP) - Platforms removed about 2.3 million accounts held by Australians under 16 in the first year of the social media ban, eSafety figures show.", True, [("count", 2300000, None, "about"), ("duration", 16, "year", "under"), ("ordinal", 1, None, None)], None),
    ("en", "Communications Minister Lachlan Merriweather said the ban had cut teenagers' average screen time by 41 minutes a day.", True, [("duration", 41, "minute", None)], "Lachlan Merriweather"),
    ("en", "\"We have given parents back a fighting chance,\" Merriweather said.", False, [], None),
    ("en", "Youth advocates called the law \"a blunt instrument that pushes kids into the darker corners of the web\".", False, [], None),
    ("en", "A survey by the University of Newcastle found that 27% of 14- and 15-year-olds still used at least one banned app through a parent's account.", True, [("percent", 27, "%", None), ("duration", 14, "year", None), ("duration", 15, "year", None), ("count", 1, None, "at_least")], None),
    ("en", "The government fined one platform A$9.2 million in October for failing to take reasonable steps to keep children off its service.", True, [("money", 9200000, "AUD", None)], None),
    ("en", "Tech companies said they remained committed to keeping young Australians safe.", False, [], None),
    ("en", "Shadow Communications Minister Kirralee Dunstan said a Coalition government would review the ban within 12 months.", True, [("duration", 12, "month", None)], "Kirralee Dunstan"),
    ("en", "Many parents say the ban has made family dinners calmer.", False, [], None),
    # --- Datenschutz-Bußgelder Hamburg (dpa/lno), März ---
    ("de", "Hamburg (dpa/lno) - Der Hamburgische Datenschutzbeauftragte hat im vergangenen Jahr Bußgelder von zusammen rund 4,6 Millionen Euro verhängt, fast doppelt so viel wie im Vorjahr.", True, [("money", 4600000, "EUR", "about"), ("count", 2, None, "nearly")], None),
    ("de", "Behördenleiter Malte Ohlendiek sagte, das höchste Einzelbußgeld von 1,9 Millionen Euro habe ein Onlinehändler wegen unerlaubter Werbeanrufe erhalten.", True, [("money", 1900000, "EUR", None)], "Malte Ohlendiek"),
    ("de", "„Datenschutz ist kein Luxus, den man sich nur in guten Zeiten leistet“, sagte Ohlendiek.", False, [], None),
    ("de", "Bei der Behörde gingen 2026 knapp 3.900 Beschwerden ein, ein Plus von 12 Prozent.", True, [("year", 2026, None, None), ("count", 3900, None, "nearly"), ("percent", 12, "%", None)], None),
    ("de", "Der Handelsverband Nord nannte die Bußgeldpraxis „unverhältnismäßig und mittelstandsfeindlich“.", False, [], None),
    ("de", "Wirtschaftsvertreter warfen der Behörde vor, mit Kanonen auf Spatzen zu schießen.", False, [], None),
    ("de", "In 17 Fällen wurden Verfahren an die Staatsanwaltschaft abgegeben, teilte die Behörde mit.", True, [("count", 17, None, None)], None),
    ("de", "Ohlendiek hofft auf mehr Personal im nächsten Doppelhaushalt.", False, [], None),
    ("de", "Die Behörde verfügt derzeit über 41 Planstellen.", True, [("count", 41, None, None)], None),
    # --- Irish DPC fine (Reuters), March ---
    ("en", "DUBLIN, March 18 (Reuters) - Ireland's Data Protection Commission fined the video app Klipzy 310 million euros on Thursday for moving European users' data to servers in China without adequate safeguards.", True, [("date", "--03-18", None, None), ("money", 310000000, "EUR", None)], None),
    ("en", "The penalty is the third-largest handed out by the Irish watchdog since Europe's GDPR privacy rules took effect in 2018.", True, [("ordinal", 3, None, None), ("year", 2018, None, None)], None),
    ("en", "Commissioner Deirdre Callanan said the company had stored data on about 140 million users outside the bloc for nearly four years.", True, [("count", 140000000, None, "about"), ("duration", 4, "year", "nearly")], "Deirdre Callanan"),
    ("en", "\"Privacy is not a setting users should have to hunt for,\" Callanan said.", False, [], None),
    ("en", "Klipzy said it would contest the decision before the Irish High Court.", True, [], "Klipzy"),
    ("en", "A Klipzy spokeswoman called the fine \"a political penalty dressed up as privacy enforcement\".", False, [], None),
    ("en", "The company must bring its data transfers into line with the law within six months.", True, [("duration", 6, "month", None)], None),
    ("en", "Digital rights groups said the penalty came years too late.", False, [], None),
    ("en", "Privacy lawyers doubt the fine will change how the company treats its users.", False, [], None),
    # --- Glasfaser (dpa), April ---
    ("de", "Bonn (dpa) - Gut 41 Prozent aller deutschen Haushalte haben mittlerweile die Möglichkeit, Glasfaser zu buchen, teilte die Bundesnetzagentur am Dienstag mit.", True, [("percent", 41, "%", "over")], "die Bundesnetzagentur"),
    ("de", "Tatsächlich genutzt wird nur etwa jeder vierte dieser Anschlüsse.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Bis 2030 sollen nach dem Willen der Bundesregierung alle Haushalte Zugang zu Glasfaser haben.", True, [("year", 2030, None, None)], None),
    ("de", "Digitalminister Altenhövel nannte den Ausbau „eine Aufholjagd, die wir gewinnen werden“.", False, [], None),
    ("de", "Der Bundesverband Breitbandkommunikation (Breko) bezifferte die Investitionen der Branche für 2026 auf 14,8 Milliarden Euro.", True, [("year", 2026, None, None), ("money", 14800000000, "EUR", None)], None),
    ("de", "Die Kommunen klagen über „Funklöcher, Formulare und Baggerstau“.", False, [], None),
    ("de", "Im ländlichen Raum liegt die Glasfaserquote laut Bundesnetzagentur bei 29 Prozent, in Städten mit über 100.000 Einwohnern bei 52 Prozent.", True, [("percent", 29, "%", None), ("count", 100000, None, "over"), ("percent", 52, "%", None)], None),
    ("de", "Breko-Geschäftsführerin Anja Lüdersen warnte vor einem „Überbau-Wettlauf“ des Marktführers.", False, [], None),
    ("de", "Lüdersen sagte, in 312 Gemeinden hätten zwei Anbieter parallel Glasfaser verlegt.", True, [("count", 312, None, None), ("count", 2, None, None)], "Lüdersen"),
    ("de", "Die Telekom sprach von einem „Märchen der Konkurrenz“.", False, [], None),
    # --- AI Act fine (Reuters), April ---
    ("en", "BRUSSELS, April 9 (Reuters) - The European Commission fined AI developer Nerevia 22 million euros on Wednesday for failing to hand over documentation on a general-purpose model, the first penalty under the AI Act.", True, [("date", "--04-09", None, None), ("money", 22000000, "EUR", None), ("ordinal", 1, None, None)], None),
    ("en", "Tech Commissioner Henrika Saarvala said Nerevia had ignored three requests for information over five months.", True, [("count", 3, None, None), ("duration", 5, "month", None)], "Henrika Saarvala"),
    ("en", "\"Europe will not be a testing ground for unaccountable models,\" Saarvala said.", False, [], None),
    ("en", "Nerevia said it would challenge the fine at the EU's General Court.", True, [], "Nerevia"),
    ("en", "Its chief executive dismissed the decision as \"regulatory theatre\".", False, [], None),
    ("en", "The AI Act's obligations for general-purpose models have applied since 2025.", True, [("year", 2025, None, None)], None),
    ("en", "Industry group CCIA Europe warned that Europe risked falling further behind the United States and China.", False, [], None),
    ("en", "About 30 companies have signed the voluntary code of practice for such models, according to the Commission.", True, [("count", 30, None, "about")], "the Commission"),
    ("en", "Critics say the code is too vague to mean much.", False, [], None),
    ("en", "U.S. officials have accused Brussels of targeting American firms.", False, [], None),
    # --- Digitalsteuer (APA), Mai ---
    ("de", "Wien (APA) - Die Einnahmen aus der Digitalsteuer sind im vergangenen Jahr auf 148 Millionen Euro gestiegen, um 9 Prozent mehr als 2025.", True, [("money", 148000000, "EUR", None), ("percent", 9, "%", None), ("year", 2025, None, None)], None),
    ("de", "Finanzminister Leopold Strasshofer sagte, die Regierung wolle den Steuersatz auf Onlinewerbung von 5 auf 7 Prozent anheben.", True, [("percent", 5, "%", None), ("percent", 7, "%", None)], "Leopold Strasshofer"),
    ("de", "„Wer in Österreich Geld verdient, soll hier auch Steuern zahlen“, sagte Strasshofer.", False, [], None),
    ("de", "Die Wirtschaftskammer nannte die Erhöhung „ein Eigentor für den Standort“.", False, [], None),
    ("de", "Die Steuer trifft Konzerne mit einem weltweiten Umsatz von mindestens 750 Millionen Euro.", True, [("money", 750000000, "EUR", "at_least")], None),
    ("de", "Nach Angaben des Finanzministeriums zahlen derzeit 31 Unternehmen die Abgabe.", True, [("count", 31, None, None)], "das Finanzministerium"),
    ("de", "Die US-Botschaft hält die Steuer für diskriminierend.", False, [], None),
    ("de", "Werbeagenturen befürchten, dass die Konzerne die Kosten an heimische Kunden weiterreichen.", False, [], None),
    ("de", "Die Erhöhung soll mit 1. Jänner 2028 in Kraft treten.", True, [("date", "2028-01-01", None, None)], None),
    # --- Canada digital services tax (Reuters), May ---
    ("en", "OTTAWA, May 14 (Reuters) - Canada collected C$1.1 billion from its digital services tax in its first full year, the finance department said on Wednesday.", True, [("date", "--05-14", None, None), ("money", 1100000000, "CAD", None), ("ordinal", 1, None, None)], "the finance department"),
    ("en", "Finance Minister Genevieve Marchbanks said the 3% tax applied to about 40 companies with global revenue of at least 750 million euros.", True, [("percent", 3, "%", None), ("count", 40, None, "about"), ("money", 750000000, "EUR", "at_least")], "Genevieve Marchbanks"),
    ("en", "\"Fairness is not a trade barrier,\" Marchbanks told reporters.", False, [], None),
    ("en", "Washington has called the tax \"an assault on American innovation\".", False, [], None),
    ("en", "The U.S. Trade Representative's office has opened a formal investigation into the levy.", True, [], None),
    ("en", "Business groups fear retaliatory tariffs on Canadian steel and lumber.", False, [], None),
    ("en", "The tax was backdated to 2022, leaving some firms with bills covering three years at once.", True, [("year", 2022, None, None), ("duration", 3, "year", None)], None),
    ("en", "Opposition critics said the government had picked a fight it could not win.", False, [], None),
    ("en", "Marchbanks said Ottawa would scrap the tax as soon as a global deal on taxing tech giants took effect.", True, [], "Marchbanks"),
    # --- Plattformgesetz (Keystone-SDA), Juni ---
    ("de", "Bern (Keystone-SDA) - Die Landesregierung hat ihre Botschaft zum neuen Gesetz über Kommunikationsplattformen am Freitag ans Parlament überwiesen.", True, [], None),
    ("de", "Erfasst werden sollen Dienste, die monatlich von mindestens einem Zehntel der Schweizer Wohnbevölkerung genutzt werden.", True, [("fraction", 0.1, None, "at_least")], None),
    ("de", "Medienminister Reto Allenspach sagte, Nutzerinnen und Nutzer sollten gelöschte Beiträge künftig innert 14 Tagen anfechten können.", True, [("duration", 14, "day", None)], "Reto Allenspach"),
    ("de", "«Das Internet ist kein rechtsfreier Raum, aber auch kein Ort der Zensur», sagte Allenspach.", False, [], None),
    ("de", "Die SVP kritisierte die Vorlage als «Maulkorb für die freie Rede».", False, [], None),
    ("de", "Plattformen, die sich nicht an die Regeln halten, drohen Bussen von bis zu 5 Prozent ihres weltweiten Umsatzes.", True, [("percent", 5, "%", "up_to")], None),
    ("de", "Gemäss einer Befragung durch gfs.bern wünschen sich 64 Prozent der Stimmberechtigten eine schärfere Regulierung der grossen Plattformen.", True, [("percent", 64, "%", None)], None),
    ("de", "Digitalverbände fürchten einen «Swiss Finish», der kleine Anbieter überfordert.", False, [], None),
    ("de", "Das Parlament wird die Vorlage voraussichtlich in der Wintersession beraten.", True, [], None),
    # --- DSA fine (AFP), June ---
    ("en", "BRUSSELS, June 23 (AFP) - The European Commission fined social network Chirply 480 million euros on Monday after finding that it had broken EU platform law on ad transparency and on giving researchers access to data.", True, [("date", "--06-23", None, None), ("money", 480000000, "EUR", None)], None),
    ("en", "It is the second fine imposed under the DSA and the largest so far.", True, [("ordinal", 2, None, None)], None),
    ("en", "A Commission spokesman said Chirply's ad repository had lacked key information on more than 60% of political ads.", True, [("percent", 60, "%", "over")], None),
    ("en", "Chirply's owner, the billionaire Caspar Thorvaldsen, called the fine \"an act of censorship by unelected bureaucrats\".", False, [], None),
    ("en", "Thorvaldsen said Chirply would not pay and would take the Commission to court.", True, [], "Thorvaldsen"),
    ("en", "Chirply was given 90 working days to put things right, after which Brussels can levy up to 5% of the firm's average daily turnover for every day it stays in breach.", True, [("count", 90, None, None), ("percent", 5, "%", "up_to")], None),
    ("en", "Green members of the European Parliament said the decision showed Brussels still had teeth.", False, [], None),
    ("en", "Washington warned that the fine would weigh on transatlantic relations.", False, [], None),
    ("en", "The Commission opened proceedings against Chirply in 2023.", True, [("year", 2023, None, None)], None),
    # --- DSA-Beschwerden (dpa), Juli ---
    ("de", "Bonn (dpa) - Bei der Bundesnetzagentur sind im ersten Halbjahr knapp 6.200 Beschwerden über Onlineplattformen nach dem Digital Services Act eingegangen.", True, [("ordinal", 1, None, None), ("count", 6200, None, "nearly")], None),
    ("de", "Die meisten betrafen nach Angaben der Behörde Hassbeiträge, die nicht gelöscht worden waren.", True, [], None),
    ("de", "Behördenpräsident Friedbert Sandkühler sagte, in 38 Fällen habe man Verfahren gegen Anbieter eingeleitet.", True, [("count", 38, None, None)], "Friedbert Sandkühler"),
    ("de", "„Wir sind kein Wahrheitsministerium“, sagte Sandkühler.", False, [], None),
    ("de", "Die Organisation HateAid nannte die Zahl „die Spitze eines sehr großen Eisbergs“.", False, [], None),
    ("de", "HateAid-Geschäftsführerin Miriam Bredehorst sagte, ihre Organisation habe 2026 mehr als 4.000 Betroffene beraten.", True, [("year", 2026, None, None), ("count", 4000, None, "over")], "Miriam Bredehorst"),
    ("de", "Die Union warf der Behörde vor, zu zögerlich gegen große Plattformen vorzugehen.", False, [], None),
    ("de", "Für die Plattformaufsicht hat die Behörde 96 Planstellen, besetzt sind 71.", True, [("count", 96, None, None), ("count", 71, None, None)], None),
    ("de", "Sandkühler zeigte sich zuversichtlich, dass die Verfahren bald Wirkung zeigen.", False, [], None),
    # --- Moderatorenstreik (dpa), Juli ---
    ("de", "Berlin (dpa) - Rund 150 Beschäftigte eines Dienstleisters für Inhaltsmoderation haben am Montag in Berlin für einen Tarifvertrag gestreikt.", True, [("count", 150, None, "about")], None),
    ("de", "Verdi-Sekretärin Katrin Ohlsberg sagte, die Moderatorinnen und Moderatoren müssten pro Schicht bis zu 1.000 Videos sichten.", True, [("count", 1000, None, "up_to")], "Katrin Ohlsberg"),
    ("de", "„Diese Menschen sind die Müllabfuhr des Internets, und niemand sieht sie“, sagte Ohlsberg.", False, [], None),
    ("de", "Das Unternehmen will nach eigenen Angaben 120 der 400 Stellen durch KI-Systeme ersetzen.", True, [("count", 120, None, None), ("count", 400, None, None)], None),
    ("de", "Ein Unternehmenssprecher nannte den Streik „bedauerlich und unnötig“.", False, [], None),
    ("de", "Die Beschäftigten fürchten, dass sie bald nur noch die Maschinen überwachen sollen.", False, [], None),
    # --- Virginia teen social media law (AP), July ---
    ("en", "RICHMOND, Va. (AP) - A federal judge on Tuesday blocked a Virginia law that would have limited users under 16 to one hour a day on social media without parental consent.", True, [("duration", 16, "year", "under"), ("duration", 1, "hour", None)], None),
    ("en", "In a 34-page ruling, U.S. District Judge Marcia Tollefsen found that the law likely violated free speech protections in the U.S. Constitution.", True, [("count", 34, None, None)], None),
    ("en", "Attorney General Warren Peabody-Lisle said the state would appeal.", True, [], "Warren Peabody-Lisle"),
    ("en", "\"Our kids are not a business model,\" Peabody-Lisle said.", False, [], None),
    ("en", "NetChoice, a trade group that represents large tech companies, hailed the ruling as a win for free expression.", False, [], None),
    ("en", "At least 19 states have passed laws restricting minors' use of social media since 2023, according to the National Conference of State Legislatures.", True, [("count", 19, None, "at_least"), ("year", 2023, None, None)], "the National Conference of State Legislatures"),
    ("en", "Parents who backed the law said they felt abandoned by the courts.", False, [], None),
    ("en", "The law had been due to take effect on Jan. 1.", True, [("date", "--01-01", None, None)], None),
    ("en", "Teenagers outside a Richmond high school shrugged at the news.", False, [], None),
    # --- Breitbandförderung (APA), August ---
    ("de", "Wien (APA) - Für den Breitbandausbau stehen bis 2030 weitere 1,4 Milliarden Euro an Förderungen bereit, teilte das Finanzministerium am Montag mit.", True, [("year", 2030, None, None), ("money", 1400000000, "EUR", None)], "das Finanzministerium"),
    ("de", "Derzeit verfügen laut Regulierungsbehörde RTR rund 58 Prozent der Haushalte über einen gigabitfähigen Anschluss.", True, [("percent", 58, "%", "about")], None),
    ("de", "Staatssekretärin Grubmüller-Haas sprach von einer „digitalen Lebensader für den ländlichen Raum“.", False, [], None),
    ("de", "In Kärnten und im Burgenland liegt der Wert unter 40 Prozent.", True, [("percent", 40, "%", "under")], None),
    ("de", "Der Gemeindebund fordert, dass mindestens ein Drittel der Mittel direkt an die Gemeinden geht.", True, [("fraction", 0.3333, None, "at_least")], None),
    ("de", "Gemeindebund-Präsident Alois Hinterberger-Ladstätter nannte den bisherigen Ausbau „einen Fleckerlteppich“.", False, [], None),
    ("de", "Die Netzbetreiber halten die Förderrichtlinien für zu kompliziert.", False, [], None),
    ("de", "Seit 2021 wurden laut Ministerium 1.870 Förderprojekte genehmigt.", True, [("year", 2021, None, None), ("count", 1870, None, None)], None),
    ("de", "Viele Bürgermeister hoffen nun auf raschere Genehmigungen.", False, [], None),
    # --- UK broadband (PA), August ---
    ("en", "LONDON (PA) - Gigabit-capable broadband now reaches 89% of UK premises, up from 83% a year earlier, Ofcom said on Thursday.", True, [("percent", 89, "%", None), ("percent", 83, "%", None)], "Ofcom"),
    ("en", "About 410,000 homes and businesses still cannot get a download speed of 10 megabits per second, the regulator said.", True, [("count", 410000, None, "about"), ("count", 10, None, None)], None),
    ("en", "Telecoms Minister Hamish Strathallan said the government would spend 1.2 billion pounds connecting remote areas by 2030.", True, [("money", 1200000000, "GBP", None), ("year", 2030, None, None)], "Hamish Strathallan"),
    ("en", "\"No village should be left in the slow lane,\" Strathallan said.", False, [], None),
    ("en", "Rural campaigners called the pace of the rollout \"glacial\".", False, [], None),
    ("en", "The Countryside Alliance said one in eight rural homes had no reliable mobile signal indoors.", True, [("fraction", 0.125, None, None)], "the Countryside Alliance"),
    ("en", "Openreach said it had built fibre past 18 million premises and was adding about 70,000 a week.", True, [("count", 18000000, None, None), ("count", 70000, None, "about")], "Openreach"),
    ("en", "Smaller network builders fear they will be squeezed out of the market.", False, [], None),
    ("en", "Opposition MPs accused ministers of hiding behind headline figures.", False, [], None),
    # --- Mindestalter (dpa), September ---
    ("de", "Berlin (dpa) - Eine Expertenkommission der Bundesregierung empfiehlt für soziale Netzwerke ein Mindestalter von 13 Jahren und für 13- bis 15-Jährige die Zustimmung der Eltern.", True, [("duration", 13, "year", None), ("duration", 13, "year", None), ("duration", 15, "year", None)], None),
    ("de", "Kommissionsvorsitzende Ulrike Brenninkmeyer sagte, 71 Prozent der befragten Eltern wünschten sich strengere Regeln.", True, [("percent", 71, "%", None)], "Ulrike Brenninkmeyer"),
    ("de", "„Die Kindheit darf nicht im Feed verloren gehen“, sagte Brenninkmeyer.", False, [], None),
    ("de", "Familienministerin Svenja Hollenstein-Brück nannte den Bericht „ein Alarmsignal für die ganze Gesellschaft“.", False, [], None),
    ("de", "Hollenstein-Brück sagte, ihr Haus werde bis zur Sommerpause 2028 einen Gesetzentwurf vorlegen.", True, [("year", 2028, None, None)], "Hollenstein-Brück"),
    ("de", "Der Bericht umfasst 146 Seiten und stützt sich auf eine Befragung von 3.200 Familien.", True, [("count", 146, None, None), ("count", 3200, None, None)], None),
    ("de", "Jugendverbände warnten vor einer „Politik über die Köpfe junger Menschen hinweg“.", False, [], None),
    ("de", "Digitalpolitiker der FDP halten eine Altersgrenze für technisch kaum umsetzbar.", False, [], None),
    ("de", "Nach Schätzungen der Kommission nutzen rund 1,1 Millionen Kinder unter 13 Jahren bereits soziale Netzwerke.", True, [("count", 1100000, None, "about"), ("duration", 13, "year", "under")], None),
    # --- France under-15 ban (AFP), September ---
    ("en", "PARIS, Sept 15 (AFP) - France's parliament on Monday gave final approval to a social media ban for children under 15, with 312 lawmakers voting in favour and 148 against.", True, [("date", "--09-15", None, None), ("duration", 15, "year", "under"), ("count", 312, None, None), ("count", 148, None, None)], None),
    ("en", "Digital Minister Claire Vasseur-Thibaudeau said platforms would have until mid-2028 to introduce age verification.", True, [("year", 2028, None, None)], "Claire Vasseur-Thibaudeau"),
    ("en", "\"Our children are not guinea pigs for Silicon Valley,\" Vasseur-Thibaudeau told lawmakers.", False, [], None),
    ("en", "La Quadrature du Net, a digital rights group, called the law \"a gift to the surveillance industry\".", False, [], None),
    ("en", "A survey by the Ifop polling institute found that 73% of French people supported the ban.", True, [("percent", 73, "%", None)], None),
    ("en", "Platforms that fail to comply face fines of up to 1% of their global turnover.", True, [("percent", 1, "%", "up_to")], None),
    ("en", "Teachers' unions welcomed the vote but said schools needed more help.", False, [], None),
    ("en", "France already requires parental consent for users under 15 under a 2023 law that was never fully enforced.", True, [("duration", 15, "year", "under"), ("year", 2023, None, None)], None),
    ("en", "Some teenagers said they would simply lie about their age.", False, [], None),
    # --- KI-Konvention (Keystone-SDA), Oktober ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat will die KI-Konvention des Europarats mit Anpassungen in 11 Bundesgesetzen umsetzen.", True, [("count", 11, None, None)], None),
    ("de", "Die Vernehmlassung dauert bis zum 31. Januar 2028.", True, [("date", "2028-01-31", None, None)], None),
    ("de", "Bundesrätin Cornelia Tschudin-Ammann sagte, ein eigenes KI-Gesetz nach dem Vorbild der EU sei nicht vorgesehen.", True, [], "Cornelia Tschudin-Ammann"),
    ("de", "«Wir regulieren Risiken, nicht Technologien», sagte Tschudin-Ammann.", False, [], None),
    ("de", "Die Digitale Gesellschaft bezeichnete den Ansatz als «Regulierung light».", False, [], None),
    ("de", "Economiesuisse lobte die «pragmatische Linie» der Landesregierung.", False, [], None),
    ("de", "Laut einer Erhebung der ETH Zürich setzen 44 Prozent der Schweizer Firmen generative KI ein, fast doppelt so viele wie 2024.", True, [("percent", 44, "%", None), ("count", 2, None, "nearly"), ("year", 2024, None, None)], None),
    ("de", "Gewerkschaften befürchten, dass KI-Systeme zur Überwachung am Arbeitsplatz eingesetzt werden.", False, [], None),
    ("de", "Neu sollen Behörden offenlegen müssen, wenn sie Entscheide mithilfe von KI fällen.", True, [], None),
    # --- Italy chatbot fine (Reuters), October ---
    ("en", "ROME, Oct 8 (Reuters) - Italy's data protection authority fined U.S. chatbot maker Lumora 15 million euros for processing users' personal data to train its models without a proper legal basis.", True, [("date", "--10-08", None, None), ("money", 15000000, "EUR", None)], None),
    ("en", "The Garante said Lumora had also failed to verify the age of users, exposing children under 13 to unsuitable content.", True, [("duration", 13, "year", "under")], "the Garante"),
    ("en", "The company has also been ordered to run a six-month public awareness drive in Italian media, the authority said.", True, [("duration", 6, "month", None)], None),
    ("en", "Lumora said it would appeal the decision in a Rome court.", True, [], "Lumora"),
    ("en", "A Lumora spokesperson called the fine \"disproportionate and out of step with Europe's ambitions on AI\".", False, [], None),
    ("en", "The Garante has been among the most aggressive regulators of generative AI in Europe.", False, [], None),
    ("en", "In 2023 it briefly blocked a rival chatbot for about four weeks.", True, [("year", 2023, None, None), ("duration", 4, "week", "about")], None),
    ("en", "Consumer groups said the fine was a warning shot for the whole industry.", False, [], None),
    ("en", "Lumora's chatbot has about 9 million monthly users in Italy, according to the company.", True, [("count", 9000000, None, "about")], None),
    # --- Plattformabgabe (dpa), November ---
    ("de", "Berlin (dpa) - Kulturstaatsminister Ansgar Wiegelmann will große Onlineplattformen mit einer Abgabe von 10 Prozent auf ihre in Deutschland erzielten Werbeumsätze belegen.", True, [("percent", 10, "%", None)], None),
    ("de", "Wiegelmann sagte, die Abgabe könne jährlich rund 1,5 Milliarden Euro einbringen, die in Medien und Kultur fließen sollten.", True, [("money", 1500000000, "EUR", "about")], "Wiegelmann"),
    ("de", "„Die Plattformen verdienen an unseren Inhalten, also sollen sie auch dafür bezahlen“, sagte Wiegelmann.", False, [], None),
    ("de", "Der Digitalverband Bitkom sprach von einer „Strafsteuer für digitale Geschäftsmodelle“.", False, [], None),
    ("de", "Betroffen wären laut Ministerium Konzerne mit mehr als 1 Milliarde Euro Umsatz im Jahr.", True, [("money", 1000000000, "EUR", "over")], None),
    ("de", "Finanzminister Detlev Rothkegel zeigte sich skeptisch.", False, [], None),
    ("de", "Die US-Regierung drohte für den Fall einer Einführung mit Zöllen von bis zu 25 Prozent auf deutsche Waren.", True, [("percent", 25, "%", "up_to")], None),
    ("de", "Zeitungsverleger hoffen auf einen Anteil an den Einnahmen.", False, [], None),
    ("de", "Ähnliche Abgaben gibt es bereits in Frankreich, Italien und Spanien.", True, [], None),
    # --- Brazil platform liability (Reuters), November ---
    ("en", "BRASILIA, Nov 19 (Reuters) - Brazil's Supreme Court ruled by eight votes to three on Wednesday that social media companies can be held liable for illegal posts they fail to remove after being notified.", True, [("date", "--11-19", None, None), ("count", 8, None, None), ("count", 3, None, None)], None),
    ("en", "Justice Ricardo Albuquerque Leme said the platforms had profited from hate for far too long.", False, [], None),
    ("en", "Albuquerque Leme said companies would have 24 hours to remove content inciting violence against democratic institutions.", True, [("duration", 24, "hour", None)], "Albuquerque Leme"),
    ("en", "A lawyer for the companies called the ruling \"a blank cheque for censorship\".", False, [], None),
    ("en", "Brazil has about 144 million social media users, according to the polling firm DataPulso.", True, [("count", 144000000, None, "about")], None),
    ("en", "The platforms said they were studying the ruling.", False, [], None),
    ("en", "Right-wing lawmakers vowed to fight the decision in Congress.", False, [], None),
    ("en", "The court began hearing the case in 2024.", True, [("year", 2024, None, None)], None),
    # --- EU Parliament age resolution (Reuters), November ---
    ("en", "STRASBOURG, Nov 26 (Reuters) - European lawmakers on Wednesday urged the bloc to bar children younger than 16 from social media without parental consent, in a non-binding resolution passed by 483 votes to 92.", True, [("date", "--11-26", None, None), ("duration", 16, "year", "under"), ("count", 483, None, None), ("count", 92, None, None)], None),
    ("en", "Rapporteur Sofie Kjaergaard-Lund said one in four European teenagers showed signs of problematic smartphone use.", True, [("fraction", 0.25, None, None)], "Sofie Kjaergaard-Lund"),
    ("en", "\"We would never let a casino open in a school playground,\" Kjaergaard-Lund said.", False, [], None),
    ("en", "Conservative members called the resolution \"a nanny-state fantasy\".", False, [], None),
    ("en", "The Commission is due to present a digital fairness act in 2028.", True, [("year", 2028, None, None)], None),
    ("en", "Tech lobby groups said they shared the goal of protecting minors.", False, [], None),
    # --- Datenschutzbehörde (APA), Dezember ---
    ("de", "Wien (APA) - Die Datenschutzbehörde hat gegen eine Wiener Handelskette eine Strafe von 2,3 Millionen Euro wegen der Videoüberwachung von Mitarbeitern verhängt.", True, [("money", 2300000, "EUR", None)], None),
    ("de", "Die Kameras hätten in 46 Filialen auch Pausenräume erfasst, teilte die Behörde am Dienstag mit.", True, [("count", 46, None, None)], None),
    ("de", "Behördenleiterin Sieglinde Prantauer sagte, es sei die höchste Strafe, die ihre Behörde je gegen ein österreichisches Unternehmen verhängt habe.", True, [], "Sieglinde Prantauer"),
    ("de", "„Überwachung ist keine Führungskultur“, sagte Prantauer.", False, [], None),
    ("de", "Die Handelskette kündigte an, Beschwerde beim Bundesverwaltungsgericht einzulegen.", True, [], None),
    ("de", "Die Gewerkschaft GPA sprach von einem „Sieg für die Würde am Arbeitsplatz“.", False, [], None),
    ("de", "Bei der Behörde gingen heuer bis Ende November 3.480 Beschwerden ein.", True, [("count", 3480, None, None)], None),
    ("de", "Die Wirtschaftskammer hält die Strafe für überzogen.", False, [], None),
    ("de", "Die Entscheidung ist nicht rechtskräftig.", True, [], None),
    # --- News bargaining charge (AAP), December ---
    ("en", "CANBERRA (AAP) - Digital platforms with Australian revenue above A$250 million a year will pay a news bargaining charge from Jan. 1 unless they strike deals with local publishers.", True, [("money", 250000000, "AUD", "over"), ("date", "--01-01", None, None)], None),
    ("en", "Treasurer Bettina Castleford said the charge was expected to raise about A$200 million a year.", True, [("money", 200000000, "AUD", "about")], "Bettina Castleford"),
    ("en", "\"Journalism is not free, and it never has been,\" Castleford said.", False, [], None),
    ("en", "Meta said the charge ignored how people actually used its services.", False, [], None),
    ("en", "Meta said it had stopped paying Australian publishers in 2024.", True, [("year", 2024, None, None)], "Meta"),
    ("en", "The Media, Entertainment and Arts Alliance called the charge \"a lifeline for regional newsrooms\".", False, [], None),
    ("en", "More than 200 newsrooms have closed in Australia since 2008, according to the Public Interest Journalism Initiative.", True, [("count", 200, None, "over"), ("year", 2008, None, None)], "the Public Interest Journalism Initiative"),
    ("en", "Digital industry group DIGI warned the charge could backfire.", False, [], None),
    ("en", "Small publishers fear they will be left out of any new deals.", False, [], None),
]
