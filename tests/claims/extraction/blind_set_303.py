"""Three-hundred-and-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, bills, firms and figures are made
up (Katrin Hollenbeck, Judith Arnsperger, Florian Weitbrecht, Jens Oltmanns, Annika
Vosgerau, Elfriede Danzinger, Gudrun Ebenhofer, Rupert Gsaller, Heike Sundermann, Martin
Pölzleitner, Bernhard Leitgeb, Torben Esselmann, Malte Ostendorp, Lukas Ohmstedt, Dirk
Hellwege, Arnd Weißflog, Reto Ammann, Mirjam Zbinden, Claudine Rossier, Corina Flury, the
digital Kindergesundheitsakte, the Lenkungsabgabe auf Einwegverpackungen; Tom Ridley,
Morwenna Tregarthen, Giles Fanshawe, the Social Tariff Bill, Ines Halvorsen, Roland
Espinoza, Clara Whitmore, Ciaran Mulvey, Dana Pruett, Nora Lindqvist and Pixwell, Samir
Okonjo and Chatterly, Rupert Galloway-Hythe, Jonas Feldhaus, Baroness Ashgrove, the Data
Access Bill, Gail Hartwick, Fiona Dalgliesh, Priya Khatri, Harriet Quill, Lachlan Borrie,
Curtis Vandermeer, Mathieu Brossard; every unnamed member, minister, spokesperson, peer,
senator, governor, party leader and lobby); ministers, presiding officers, party leaders
and chairs of real parliaments, governments and committees appear under made-up names that
stand for no real holder, or by their role only ("der Nationalratspräsident", "ein
ÖVP-Bundesrat aus der Steiermark", "the governor", "The Conservative leader", "Sinn Fein's
housing spokesperson", "A government spokesperson"). Real parliaments, parties, bodies,
procedures and places (Bundestag, Bundesrat, Länderkammer, Vermittlungsausschuss,
Gesundheitsausschuss, Haushaltsausschuss, Bereinigungssitzung, Bundesbauministerium,
Bundesärztekammer, Telematikinfrastruktur, Bundeswehr, Bundesregierung, Europaparlament,
EU-Kommission, Rat, Amtsblatt der EU, Nationalrat, Parlamentsdirektion,
Parlamentskorrespondenz, Sozialministerium, Gesundheitsministerium, Untersuchungsausschuss,
Beharrungsbeschluss, niedersächsischer Landtag, sächsischer Landtag, Landtagsverwaltung,
Ständerat, grosse Kammer, Wintersession, Herbstsession, Sommersession, Einigungskonferenz,
Bundeshaus, Gewerbeverband, CDU, SPD, Grüne, Linke, AfD, ÖVP, SPÖ, NEOS, FPÖ, SP, SVP, KMU;
the House of Representatives, the Senate, the Appropriations Committee, the Congressional
Budget Office, the Commons, the House of Lords, the Treasury, Labour, the European
Parliament, the Commission, the Official Journal, the Senate Commerce Committee, the Dail,
Sinn Fein, TDs, the Federal Statistical Office, the Michigan House and Senate, the
Scottish Parliament, MSPs, the Scottish Association of Landlords, the Australian Senate,
the Greens, the House of Commons of Canada, the White House, and the datelines' cities)
stand for the way wire copy names them; every tally, seat count of a party, cost, levy,
share, length, date of effect, quote and label here is invented, and where a real figure
came to mind (a real shutdown's furlough estimate, a real parcel count, a real party's
seats, a real count of pensioners, private renters or scam losses, a real filibuster
record, a real budget vote) it was changed (the sizes of the chambers - 630, 69, 183, 120,
60, 129, 76, 343, 174 -, the Bundesrat's 35 votes, the Commons' closure rule of 100
members and the year of the Senate's 2013 rules change kept as facts of record).

Its weight: PARLIAMENTS AND LEGISLATION (the sixty-fifth batch weighed parliamentary
procedure, legislation and votes, the hundred-third elections and parliamentary votes, the
hundred-eighty-eighth a parliamentary day and the two-hundred-and-thirty-second budget
debates in parliament, and their decisions are kept) over one parliamentary autumn,
September to December, 30 short stories with the German and English ones interleaved by
month, each told as wire copy runs it (a dateline lead, the tally, the bill's content and
cost, attributed claims, the other side, quotes, the next step). Half German (dpa with its
regional slugs "dpa/lni" and "dpa/sn", APA, Keystone-SDA; Austrian "mit 1. Jänner",
"Mandatare", "Klubobmann", "Minderheitsverlangen", "Beharrungsbeschluss", Swiss "grosse
Kammer", "hiess ... gut", "gutgeheissen", "Stichentscheid", "Einigungskonferenz",
"107'482", "50'000", "Rappen", «» quotes, German „“ quotes): a Grundgesetz change for school
buildings, a hearing in the Bundestag's health committee, a Swiss initiative for a 35-hour
week, the Bundesrat's 1058th sitting, the European Parliament's ban on disposable
e-cigarettes, Austria's pension adjustment, a filibuster-like speech in the Lower Saxony
Landtag, an Austrian inquiry committee, the federal budget for 2027, a Bundeswehr mandate,
a failed constructive no-confidence vote in Saxony, the Austrian Bundesrat's objection to a
rent law, the Nationalrat's year in figures, a Swiss packaging levy in the final vote and a
casting vote on a lobby register in the Ständerat. Half English (Reuters, AP, PA, AAP): a
US stopgap spending bill, a Commons second reading with a rebellion, the European
Parliament on online marketplaces, a 22-hour Senate floor speech and the cloture vote after
it, a no-confidence motion in the Dail, a Senate committee hearing of social media chiefs,
a bill talked out on a sitting Friday, the Bundestag's vote on the voting age, a Lords
defeat, a Michigan veto override, a rent cap at Holyrood's Stage 3, a backbench bill on
school defibrillators, a scams register in the Australian Senate, the US debt limit after a
vote-a-rama and Canada's budget confidence vote. Figures as such copy has them: tallies for,
against and abstaining ("mit 412 zu 187 Stimmen bei 38 Enthaltungen", "In namentlicher
Abstimmung stimmten 471 Abgeordnete mit Ja, 152 mit Nein, vier enthielten sich", "by 348
votes to 176, a majority of 172", "219-211", "Ayes 189, Noes 12", "22 zu 22 Stimmen"),
seats, thresholds and majorities ("die nötige Zweidrittelmehrheit", "420 der 630 Stimmen",
"eines Viertels der Abgeordneten", "eine Ein-Stimmen-Mehrheit", "the two-thirds majority
required", "the 343-seat House of Commons", "the 100 MPs needed"), readings, stages and
numbered sittings ("Die zweite und dritte Lesung", "in seiner 1058. Sitzung", "its second
reading", "at Stage 3", "its 11th defeat of the session"), sittings, debates and speeches
with their length ("knapp siebenstündigen", "gut dreistündigen", "17 Stunden und 23
Minuten", "22 hours and 41 minutes", "a 27-hour vote-a-rama", "for 71 minutes"), laws
taking effect ("ab dem 1. Juli 2027", "mit 1. Jänner 2027", "20 Tage nach ihrer
Veröffentlichung im Amtsblatt", "18 months after they enter into force", "on April 1,
2027"), deadlines, terms and referendum periods ("100 Tage Zeit", "bis zu 14 Monate lang",
"within 28 days", "for 80 days"), budgets, costs and levies in euros, francs and Rappen,
pounds, dollars, Canadian and Australian dollars, percentages, amendments, signatures,
written questions and calls to order counted, ages, years and dates. Negatives as such copy
has them - 55 rows: members', ministers' and lobbies' rhetoric and creed in quotes from all
sides, labels („sprach von“, „nannte“, „bezeichnete ... als“, „kritisierten ... als“,
"called", "dismissed ... as", "described ... as"), accusations naming no checkable record,
pledges without a measure, evasions, a doubt and a warning naming no measure, each near a
check-worthy look-alike from the same story: the same speaker's figure, an accusation
naming a figure, a pledge naming a measure, an act of record or a stated rule of procedure.

244 rows (122 German, 122 English), 55 negatives (27 German, 28 English), 189 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 294 expected quantities (142
counts, 45 durations - 18 in hours, 8 in days, 8 in years, 7 in months, 3 in minutes, 1 in
weeks -, 29 amounts of money - 11 EUR, 6 GBP, 5 USD, 3 AUD, 2 CAD, 2 CHF -, 19 ordinals, 18
dates, 18 years, 15 percentages - 14 in %, 1 in percentage points -, 8 fractions; none of
them in a negative), 35 checked speakers (19 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, accusation without a checkable claim, pledge without a measure,
  evasion, doubt or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-eighty-eighth,
  two-hundred-and-fourth, two-hundred-and-thirty-second); a quoted or reported statement of
  fact, figure, step, rule or schedule is check-worthy with its speaker, also in Konjunktiv
  I and II (hundred-fifty-second, hundred-eighty-eighth). Pairs from one speaker:
  Hollenbeck's 11,000 school buildings beside „über Parteigrenzen hinweg“, Weitbrecht's
  4,800 euros beside „auf dem Rücken der Kleinsten“, Oltmanns's 26 months beside „uns selbst
  im Weg zu stehen“, Vosgerau's 0.15 grams beside „Wegwerfkultur“, Danzinger's 2.6 million
  pensioners beside „um jeden Euro bitten“, Pölzleitner's 23.7 million euros beside
  „Selbstbedienungsladen“, Esselmann's 118 billion euros beside „ein Versprechen an unsere
  Kinder“, Ohmstedt's 3,400 boats beside his pledge, Ammann's 12 percent beside „an der
  Realität der KMU vorbei“, Rossier's 140 million francs beside „ein Anreiz zum Umdenken“,
  Flury's 460 badges beside „Transparenz schadet niemandem“; Ridley's $1.6 trillion beside
  "keeps the lights on", Tregarthen's £190 beside "sit shivering in the dark", Fanshawe's
  £23 beside his label, Halvorsen's one in three beside "the same protection online",
  Espinoza's 340 letters beside "I was not going to sit down", Mulvey's 36,200 homes beside
  "never built a home", Pruett's 1,200 complaints beside "built to be addictive",
  Lindqvist's 1.8 million accounts beside "committed to doing better", Feldhaus's 23 beside
  "a missed chance", Hartwick's $350 beside "waited long enough", Dalgliesh's 362,000
  households beside "back at the heart of housing policy", Borrie's A$2.6 billion beside
  "leave no stone unturned", Vandermeer's 2028 beside "on time", Brossard's C$28 billion
  beside "builders, not for bystanders".
- Parliamentary acts of record are check-worthy with or without a figure (sixty-fifth,
  hundred-eighty-eighth, two-hundred-and-thirty-second): laws, budgets, a mandate, an
  override and a rent cap passed, a Grundgesetz change carried and a voting-age amendment
  failed, a constructive no-confidence vote failed („Ein konstruktives Misstrauensvotum der
  AfD ... ist ... gescheitert.“), parties' and Länder votes („Die Linke stimmte trotz
  Bedenken zu, die AfD votierte geschlossen dagegen.“, „Bayern und Sachsen enthielten sich,
  Thüringen stimmte dagegen.“), the Vermittlungsausschuss called, an inquiry demanded („Die
  FPÖ verlangt im Nationalrat einen Untersuchungsausschuss ...“), the Austrian Bundesrat's
  objection, the Ständerat's casting vote, an earlier rejection („Die grosse Kammer hatte
  die Abgabe in der Herbstsession zunächst abgelehnt, ...“), a referendum announced („Der
  Gewerbeverband kündigte an, das Referendum zu ergreifen.“; hundred-eighty-eighth: a
  referendum step announced), a bill sent on („Das Geschäft geht nun an den Ständerat.“,
  "The bill goes back to the Commons, ...", "The bill moves to the House of Lords, ..."),
  the last step before publication in the Official Journal, a bill talked out, the start and
  end of a floor speech ("The Oregon Democrat began speaking at 9:14 a.m. Wednesday and
  yielded the floor shortly before 8 a.m. Thursday." - clock times carry none, sixty-fifth)
  and a scheduled vote ("Senators are due to vote on the bill on Wednesday, ..." with its
  60). Rules of procedure and law stated as fact are check-worthy (three-hundredth: a
  checkable rule; sixty-fifth): „Eine feste Redezeitbegrenzung ... kennt die
  Geschäftsordnung in der zweiten Beratung ... nicht.“ (ordinal 2), „... dafür muss
  mindestens die Hälfte der Abgeordneten anwesend sein.“, „Heute kann jedes Ratsmitglied je
  zwei Zutrittsausweise ... vergeben.“, "Private members' bills that have not been put to a
  vote by 2.30 p.m. on a sitting Friday lose their place in the queue." (no figure), "Under
  a rules change made in 2013, ...", "Defeat on a budget vote would have brought down the
  government and triggered an early election." (no figure). A denial is check-worthy without
  a figure („Das Gesundheitsministerium wies die Vorwürfe zurück.“;
  two-hundred-and-thirty-second).
- Accusations (hundred-eighty-eighth, two-hundred-and-thirty-second): one that names a
  checkable record is check-worthy with speaker None (the Greens' „um 3,4 Milliarden Euro
  gekürzt“ with „hielten ... vor“), and a rival's figure is check-worthy with its speaker
  ("Fanshawe said the levy would add £23 ..." -> "Fanshawe"); one without a checkable claim
  is a negative (Ostendorp's „die Zukunft zu verfrühstücken“, "governing by manufactured
  crisis", "holding the economy hostage" for weeks - "for weeks" none -, Pruett's "built to
  be addictive", the sponsor's "cynical game-playing"). Labels are negatives („sprach von“,
  „nannte“, „bezeichnete ... als“, „kritisierten ... als“, "called", "dismissed ... as",
  "described ... as"; two-hundred-and-fourth, two-hundred-and-thirty-second), and so are
  heckle-like quotes of a member that state no fact („Das war keine Debatte, sondern
  Arbeitsverweigerung mit Mikrofon“; hundred-eighty-eighth).
- Pledges, the weight's own negatives beside their look-alikes: a pledge without a measure
  is a negative, also with a named speaker and a verb of saying (hundred-seventeenth and
  hundred-twenty-third: „versprach, ... „in keinem Fall“ leiden“): „Ohmstedt versprach, die
  Bundeswehr werde ihren Auftrag „mit aller Entschlossenheit“ erfüllen.“, "Lindqvist said
  the company was "committed to doing better" but announced no new measures.", "Borrie said
  the government would "leave no stone unturned" ..."; a pledge with a checkable content is
  check-worthy (hundred-third, hundred-twenty-third: "promised to recruit 1,000 additional
  GPs"): "Chatterly chief executive Samir Okonjo pledged to introduce age verification for
  all U.S. users by June 2027." (2027, speaker None) and "The government has pledged £8
  million to cover the cost of the devices.". Evasions are negatives
  (two-hundred-and-seventy-sixth, three-hundredth): "would "reflect carefully" on the
  outcome", "had "every respect" for the bill's aims"; so are a doubt and a warning naming
  no measure (two-hundred-and-fourth): „Datenschützer äußerten grundsätzliche Bedenken,
  schlugen aber keine konkreten Änderungen am Entwurf vor.“, "Landlord groups warned the cap
  would drive investors out of the market.".
- Tallies are counts, one per figure (sixty-fifth, hundred-eighty-eighth,
  two-hundred-and-thirty-second): „471 Abgeordnete mit Ja, 152 mit Nein, vier enthielten
  sich“, „mit 128 zu 53 Stimmen“, „mit 74 zu 71 Stimmen“ (the clock time „um 2.47 Uhr“
  none), „mit 412 zu 187 Stimmen bei 38 Enthaltungen“, „mit 131 zu 58 Stimmen bei 3
  Enthaltungen“, „mit 79 zu 112 Stimmen“, „mit 104 zu 87 Stimmen bei 5 Enthaltungen ..., der
  Ständerat mit 25 zu 19 Stimmen“, „389 Abgeordnete, 241 votierten dagegen“ („Enthaltungen
  gab es keine“ none, twenty-seventh), „512 Abgeordnete, 98 ..., elf enthielten sich“, „31
  der 60“, „41 Abgeordnete, nötig gewesen wären 61 der 120 Stimmen“, "by 348 votes to 176, a
  majority of 172", "219-211", "by 498 votes to 97 with 41 abstentions", "51-48", "50-47",
  "by 91 votes to 71", "16-12", "401 votes, with 214 against and 9 abstentions", "by 248 to
  191", "75-35 and the Senate 26-12", "by 67 votes to 55", "53-46", "216-213", "by 174 votes
  to 163", "38 votes to 27"; a tie gives two counts („22 zu 22 Stimmen“; sixty-fifth: "a
  50-50 vote"), and „Stichentscheid“ carries none; "with one senator absent" is count 1
  (sixty-fifth: "with one abstention"). New: PA's division figures "after MPs divided Ayes
  189, Noes 12" are counts 189 and 12 - the lobbies' names stand before the figures as
  labels, as PA's "majority 137" written without "of" (hundred-eighty-eighth).
- Seats, thresholds and groups are counts as written (sixty-fifth, hundred-third):
  „Erforderlich waren 420 der 630 Stimmen, ... 51 Stimmen über der Schwelle“ („über“ after
  the figure no hedge), „zusammen 43 der 69 Stimmen, nötig waren 35“ („zusammen“ no hedge),
  „46 der 183 Mandatare“, „verfügen über 59 Sitze“ and „verfügt über 50 der 120 Sitze“ with
  no hedge (hundred-third: „verfügt über 328 der 630 Sitze“; two-hundred-and-thirty-eighth:
  „verfügen über 1,9 Mio. Franken“ - „über“ the verb's preposition), "With 630 members in
  the chamber, the change needed the backing of 420.", "19 votes short", "it needs 60
  votes", "the 100 MPs needed", "the 129-seat Scottish Parliament", "the 343-seat House of
  Commons", "the 76-seat chamber" (hundred-eighty-eighth: "the 650-seat chamber"), "The Dail
  has 174 seats, and 12 members did not vote.", "Twenty-three Labour MPs", "23 members of
  the conservative bloc", "Two independent TDs", "Two opposition members abstained and four
  were absent", "two Republicans ... four Democrats", "seven of the 16 states". New:
  „verfügt im Landtag über eine Ein-Stimmen-Mehrheit“ is count 1 - the number word heading
  the compound is read as written, as "Dreierkoalition" 3 (ninety-fifth) and the issue's
  "28-Punkte-Entwurf", with „über“ no hedge as above; "a single vote" would carry none
  (hundred-seventy-second).
- Majorities written as shares are fractions (tenth, sixty-fifth): „mit der nötigen
  Zweidrittelmehrheit“ and „mit Zweidrittelmehrheit“ 0.6667, "the two-thirds majority
  required" and "the two-thirds threshold needed to override" 0.6667, „eines Viertels der
  Abgeordneten“ 0.25 (sixty-fifth: „eines Fünftels der Abgeordneten“), „mindestens die
  Hälfte der Abgeordneten“ 0.5 "at_least", „mehr als die Hälfte davon“ 0.5 "over", "one in
  three products" 0.3333; „qualifizierte Mehrheit“, "a simple majority" and
  „Minderheitsverlangen“ carry none. The Council's double majority „mindestens 15 der 27
  Staaten ..., in denen zusammen mindestens 65 Prozent der Unionsbürger leben“ gives 15
  "at_least", 27 and 65 % "at_least" (sixty-fifth).
- Readings, sittings and numbered business are ordinals (sixty-fifth,
  two-hundred-and-thirty-second): „Die zweite und dritte Lesung“ 2 and 3, „in seiner 1058.
  Sitzung“ 1058 (sixty-fifth: „in seiner 1061. Sitzung“), „in der zweiten Beratung“ 2, „Bei
  einem zweiten Gesetz“ 2, "its second reading" 2, "at Stage 3" 3 (sixty-fifth New), "its
  11th defeat of the session" 11, „der dritte Untersuchungsausschuss in dieser
  Gesetzgebungsperiode“ 3, "the second no-confidence motion" 2, "the committee's fourth" 4,
  "the third successful veto override" 3, "the third private member's bill" 3, "the fourth
  confidence vote" 4, "the second stopgap bill" 2, "the first defeat on the bill" 1, „das
  erste konstruktive Misstrauensvotum in Sachsen seit 1990“ 1 and the year, "in its first
  year" 1 (two-hundred-and-fourth: „im ersten Jahr“), "in the year's first nine months" 1
  and 9 months (hundred-eighty-eighth: „in den ersten elf Monaten“). „erstmals“, "the
  largest", "the biggest revolt" and "the final 11 hours" ("final" no ordinal,
  hundred-sixty-third) carry no ordinal.
- Durations of sittings, debates, hearings and speeches (the issue's "fünfstündigen";
  sixty-fifth, two-hundred-and-thirty-second): „In einer gut dreistündigen Anhörung“ 3 hours
  "over", „Mit einer knapp siebenstündigen Rede“ 7 hours "nearly" (sixty-fifth: „knapp
  neunstündigen“), „Nach einer viertägigen Haushaltswoche“ 4 days („Haushaltswoche“ none),
  „knapp vier Stunden“ "nearly", „mehr als 15 Stunden“ "over", „insgesamt rund 318 Stunden“
  "about" („insgesamt“ no hedge), „17 Stunden und 23 Minuten“ and "22 hours and 41 minutes"
  two durations each, "during the final 11 hours", "nearly four hours of questioning"
  "nearly", "for three hours", "for 71 minutes", "just over two hours" "over" (sixty-fifth:
  "just over six hours"), "a 27-hour vote-a-rama" 27 hours ("vote-a-rama" none), "for more
  than 13 hours" "over". New: „Die längste Sitzung dauerte am 9. Juli 17 Stunden und 23
  Minuten.“ gives the date --07-09 and 17 hours and 23 minutes - the day's number closes
  with the month's name and the next figure opens the duration, as a Reuters dateline's day
  stands apart from the figures of its lead.
- Deadlines, terms and periods are durations (sixty-fifth, two-hundred-and-seventy-sixth):
  „über zwölf Jahre“ („über“ before a span no hedge), „um zwölf Monate verlängert“, „24
  Monate nach Inkrafttreten“, „20 Tage nach ihrer Veröffentlichung im Amtsblatt“
  (two-hundred-and-second: „18 Monate nach ihrer Veröffentlichung im Amtsblatt“), „bis zu 14
  Monate lang“ "up_to", „um mindestens sechs Wochen“ "at_least", „100 Tage Zeit“, „im
  Schnitt 26 Monate“ (no hedge), "for 80 days", "18 months after they enter into force",
  "within 90 days", "within six months", "within 28 days", "within two years", "after five
  years", "over five years" and "over four years" ("over" before a span no hedge), "the
  two-year session" 2 years. Working weeks are hours (three-hundredth: "to 42 hours";
  twelfth: "35-Stunden-Woche"): «Für eine 35-Stunden-Woche» and „eine 35-Stunden-Woche“ 35
  hours, „von 45 auf 42 Stunden“ both (the unit written once serves the list, forty-sixth),
  „im Schnitt 41,7 Stunden pro Woche“ 41.7 hours („pro Woche“ none). Days of activity are
  durations in days (two-hundred-and-seventy-sixth: „an 19 Tagen“; three-hundredth: "on
  three days"): „an mindestens vier Tagen pro Woche“ 4 days "at_least", „an mehr als 20
  Tagen im Jahr“ 20 days "over". Counted sittings stay counts ("in six sittings" 6 -
  hundred-eighty-eighth: "for 12 sitting days" -, „zu 42 Plenarsitzungen“ - sixty-fifth: „zu
  41 Plenarsitzungen“). Ages are durations in years: "to lower the voting age in national
  elections to 16" 16 years (hundred-fifty-first: "lowering the voting age to 16"). New:
  "Sixteen-year-olds" opening a row is 16 years - an age written in a capitalised number
  word is read as "a 71-year-old woman" (two-hundred-and-forty-fourth), as "Sixty-four
  percent" opening a row is 64 % (three-hundredth).
- New: a cap named by a noun gives its figure with no hedge - „Die Obergrenze liegt wie im
  Vorjahr bei 300 Soldatinnen und Soldaten.“ 300 and "with a ceiling of 5%" 5 % - the noun
  says what the figure is and does not bound the figure written, unlike „bis zu“, "up to"
  and „höchstens“ before a figure ("up_to", "at_most"; sixty-fifth, hundred-eighty-eighth).
  "inflation plus one percentage point" is 1 pp (two-hundred-and-sixty-first: "plus one
  percentage point"; hundred-twentieth: „plus einen Prozentpunkt“).
- Dates and years: dates of effect with a year are full dates („ab dem 1. Juli 2027“
  2027-07-01, „am 1. Januar 2027“ 2027-01-01, „mit 1. Jänner 2027“ 2027-01-01 - tenth -, "on
  April 1, 2027" 2027-04-01); „für den 10. Oktober“, „für den 13. November“, „am 5.
  November“, „am 28. Jänner“, „am 9. Juli“, "through Dec. 19", "as early as Jan. 15" (no
  hedge, as „frühestens 2029“, two-hundred-and-thirty-second) and "on July 1 next year"
  ("next year" none) are dates without a year; Reuters datelines with a day ("WASHINGTON,
  Sept 30", "STRASBOURG, Oct 21", "DUBLIN, Oct 15", "BERLIN, Nov 6", "OTTAWA, Dec 2",
  "WASHINGTON, Dec 11") dates without a year (hundred-fifty-first, hundred-sixtieth); dpa
  ("Berlin (dpa) -", "Straßburg (dpa) -", "Hannover (dpa/lni) -", "Dresden (dpa/sn) -"),
  APA, Keystone-SDA, PA, AP and AAP datelines none (seventy-ninth). Years: „die
  Pensionsanpassung für 2027“ and „den Etat für 2027“ (a budget named by its year,
  two-hundred-and-thirty-second), „ab 2027“, „im Mai 2025“, „in der Sommersession 2025“ (the
  session's year), „frühestens im Juni 2027“, „zwischen 2021 und 2024“ both, „seit Beginn
  des Einsatzes 2016“, „seit 1946“, „seit 1990“, „ab dem Schuljahr 2027/28“ both
  (two-hundred-and-thirty-second: „Doppelhaushalts 2027/28“), "in 2013", "by June 2027",
  "from April 2027", "into early 2028", "by 2029". None: clock times („um 2.47 Uhr“, "at
  9:14 a.m.", "before 8 a.m.", "by 2.30 p.m."), sessions, weekdays and months („in der
  Herbstsession“, „der Wintersession“, "since January", "since March", "in June", "in July",
  "in August", "in March", "in the spring", "at the end of March"), "last year", "this
  year", "next year", "last week", "a year", "each year", „im Jahr“, „pro Jahr“, „jährlich“,
  „im Vorjahr“, „im kommenden Jahr“, „im Jahresverlauf“, „im zu Ende gehenden Jahr“, „in
  dieser Gesetzgebungsperiode“, „in der laufenden Legislatur“.
- Money in the currency written (every batch): EUR („insgesamt 48 Milliarden Euro“ -
  „insgesamt“ no hedge -, „rund 90 Millionen Euro im Jahr“ "about", „im Schnitt 4.800 Euro“,
  „von höchstens 2.500 Euro brutto im Monat“ "at_most", „rund 1,9 Milliarden Euro“, „23,7
  Millionen Euro“, „521,4 Milliarden Euro ... 86,2 Milliarden Euro“, „den Rekordwert von 118
  Milliarden Euro“, „um 3,4 Milliarden Euro“ - „um“ before a difference no hedge -, „41,6
  Millionen Euro“); CHF („5 Rappen“ 0.05 CHF - two-hundred-and-seventy-sixth: „1,8 Rappen“
  0.018 CHF -, „jährlich rund 140 Millionen Franken“ "about"); GBP ("an average of £190 a
  year" and "an average of £386 a year" with no hedge, "£1.4 billion", "£23", "£40 million a
  year", "£8 million"); USD ("$2.4 billion", "about $1.6 trillion a year", "about $410
  million a year", "about $350 a year", "$1.9 trillion"); CAD ("C$71.3 billion", "C$28
  billion"); AUD ("A$2.6 billion", "up to A$50 million" "up_to", "A$92 million").
- Other counts and percentages as written (every batch): „zwölf Sachverständige“, „rund
  11.000 Schulgebäude“, „knapp 2,6 Millionen Menschen“ "nearly", „74 Rednerinnen und
  Rednern“, „107'482 gültigen Unterschriften“ and „50'000 Unterschriften“ (Swiss grouping,
  tenth), „rund 260 Millionen Einweg-E-Zigaretten“, „0,15 Gramm Lithium“ 0.15 (physical
  measures are counts, fourth), „312 Änderungsanträge ..., 97 davon“ („davon“ no hedge),
  „sieben Stimmzettel“, „31 Ordnungsrufe“ („einen Ordnungsruf“ none), „5.912 schriftliche
  Anfragen“, „164 Gesetze“, „mehr als 3.400 verdächtige Boote“ "over", „rund 460 solcher
  Ausweise“, „je zwei Zutrittsausweise“ 2 („je“ none, three-hundredth), "about 4.2 million
  households", "About 680,000 federal employees", "340 letters", "16,912 people", "36,200
  new homes", "three social media companies", "more than 1,200 complaints" "over", "1.8
  million underage accounts", "About 1.4 million young people", "more than 60 civil society
  groups" "over", "about 30 platforms", "roughly 5.1 billion cheap parcels" "about", "about
  362,000 households", "at least one property" 1 "at_least", "about 270 cardiac arrests",
  "about 2,300 schools", "41 amendments", "Twelve of the amendments"; „nur 38 Prozent“
  („nur“ no hedge), „um 2,6 Prozent ..., ... um 3,1 Prozent“, „ein Plus von 4 Prozent“, „um
  rund 12 Prozent“, „Rund 86 Prozent“, „um höchstens 2 Prozent pro Jahr“ "at_most", "up to
  4%" "up_to", "about 88%", "11% more than" (the comparison after the figure,
  hundred-first), "to 3.9%", "14% of members". None: „ein Ratsmitglied“, „jedes
  Ratsmitglied“, „keine konkreten Änderungen“, "no water", "no new measures", "all stages",
  "all U.S. users".
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly" "about";
  „knapp“, "nearly" "nearly"; „gut“, „mehr als“, "more than", "just over" "over";
  „mindestens“, "at least" "at_least"; „bis zu“, "up to" "up_to"; „höchstens“ "at_most". No
  hedge: „insgesamt“, „zusammen“, „im Schnitt“, „nur“, „derzeit“, „davon“, „je“,
  „frühestens“, "as early as", "an average of", "within", "after", "only", „über“ before a
  span, after „verfügen“ and after a figure, "over" before a span, „Obergrenze“, "ceiling",
  and "more than" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das
  Bundesbauministerium mit“, „teilte die Landtagsverwaltung mit“ and „teilte die
  Parlamentsdirektion mit“ the source with its article in the nominative (sixty-fifth),
  „nach Angaben der Parlamentsdirektion“ -> "die Parlamentsdirektion"
  (hundred-eighty-eighth, two-hundred-and-thirty-second), „wie die Parlamentskorrespondenz
  mitteilte“ -> "die Parlamentskorrespondenz" and „Laut Parlamentsdirektion“ ->
  "Parlamentsdirektion" as written (sixty-fifth); "X sagte, ..." and "sagte X" with the
  title, the party and „im Plenum“ dropped („Bauministerin Katrin Hollenbeck (SPD) sagte“,
  „Gesundheitsministerin Judith Arnsperger (CDU) sagte“, „Kinderarzt Florian Weitbrecht
  sagte“, „Ministerpräsident Jens Oltmanns (CDU) sagte“, „Berichterstatterin Annika Vosgerau
  (Grüne) sagte“, „Sozialministerin Elfriede Danzinger (SPÖ) sagte“, „Landtagspräsidentin
  Heike Sundermann sagte“, „FPÖ-Generalsekretär Martin Pölzleitner sagte“, „Finanzminister
  Torben Esselmann (SPD) sagte im Plenum“, „Verteidigungsstaatssekretär Lukas Ohmstedt
  sagte“, „Bundesrat Reto Ammann sagte“, „sagte Bundesrätin Claudine Rossier“, „Ständerätin
  Corina Flury sagte“; hundred-eighty-eighth, two-hundred-and-thirty-second). English: the
  name with the office dropped ("Appropriations Committee chair Tom Ridley said", "Committee
  chair Dana Pruett said", "Green lawmaker Jonas Feldhaus said", "Senate Majority Leader
  Gail Hartwick said", "Assistant Treasurer Lachlan Borrie said"; hundred-eighty-eighth,
  two-hundred-and-forty-fourth), "told MPs" ("Energy Secretary Morwenna Tregarthen",
  "Schools minister Priya Khatri"; hundred-eighty-eighth), "told parliament" ("Housing
  Minister Ciaran Mulvey"; hundred-forty-first), "told MSPs" ("Housing Secretary Fiona
  Dalgliesh"; two-hundred-and-thirty-second), "told senators" ("Pixwell chief executive Nora
  Lindqvist"; hundred-eightieth), "told reporters" ("Rapporteur Ines Halvorsen", "Senate
  Majority Leader Curtis Vandermeer", "Finance Minister Mathieu Brossard"; sixty-fifth,
  two-hundred-and-fourth), "Fanshawe said" and "Espinoza said" as written, and "the
  Parliament said in a statement" -> "the Parliament" (sixty-fifth). Left unchecked (None):
  all negatives, also those with a named speaker; rows without attribution; verbs no batch
  settled as verbs of saying („beziffert“, „verwies ... darauf“, „hielten ... vor“,
  „kündigte an“, "pledged"; hundred-seventy-fifth, two-hundred-and-thirty-second); estimates
  („Nach Schätzungen der EU-Kommission“, "The Treasury estimated", "The Commission
  estimates", "the Congressional Budget Office estimated"; hundred-tenth); plural groups
  („Laut den Initianten“, "Supporters said"; forty-first); "according to ..." (nonpartisan
  legislative analysts, the Federal Statistical Office) and "official figures showed" (as
  the three-hundredth leaves them); "Crossbench peer Baroness Ashgrove said" (a peer's
  title, left unchecked by the hundred-eighty-eighth until settled); "Conservative MP
  Harriet Quill, who introduced the bill, said" (a subject parted from its verb,
  hundred-sixteenth, two-hundred-and-forty-fourth); "The MP, Rupert Galloway-Hythe, said" (a
  description before the name, three-hundredth: "Unite, Britain's second-largest union,
  said"); "The Scottish Association of Landlords said" (a body's "said",
  two-hundred-and-forty-fourth, two-hundred-and-seventy-sixth). New, left unchecked until
  settled: "Espinoza's office said" (a named person's office in the possessive; only a
  role's office, "the president's office", is settled, seventeenth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_303 = [
    # --- Grundgesetzänderung für den Schulbau (dpa), September ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat eine Grundgesetzänderung mit der nötigen Zweidrittelmehrheit verabschiedet, die dem Bund dauerhaft Investitionen in Schulgebäude erlaubt.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "In namentlicher Abstimmung stimmten 471 Abgeordnete mit Ja, 152 mit Nein, vier enthielten sich.",
        True,
        [("count", 471, None, None), ("count", 152, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Erforderlich waren 420 der 630 Stimmen, die Befürworter lagen damit 51 Stimmen über der Schwelle.",
        True,
        [("count", 420, None, None), ("count", 630, None, None), ("count", 51, None, None)],
        None,
    ),
    (
        "de",
        "Der Fonds soll über zwölf Jahre mit insgesamt 48 Milliarden Euro ausgestattet werden, teilte das Bundesbauministerium mit.",
        True,
        [("duration", 12, "year", None), ("money", 48000000000, "EUR", None)],
        "das Bundesbauministerium",
    ),
    (
        "de",
        "Bauministerin Katrin Hollenbeck (SPD) sagte, rund 11.000 Schulgebäude in Deutschland seien dringend sanierungsbedürftig.",
        True,
        [("count", 11000, None, "about")],
        "Katrin Hollenbeck",
    ),
    (
        "de",
        "„Heute hat dieses Haus gezeigt, dass es über Parteigrenzen hinweg handeln kann“, sagte Hollenbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die AfD sprach von einem „Schuldenberg im Schulranzen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke stimmte trotz Bedenken zu, die AfD votierte geschlossen dagegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat muss die Änderung ebenfalls mit Zweidrittelmehrheit billigen, die Abstimmung dort ist für den 10. Oktober angesetzt.",
        True,
        [("fraction", 0.6667, None, None), ("date", "--10-10", None, None)],
        None,
    ),
    # --- US stopgap spending bill (Reuters), September ---
    (
        "en",
        "WASHINGTON, Sept 30 (Reuters) - The U.S. House on Tuesday approved a temporary funding measure that keeps federal agencies open through Dec. 19, just hours before a midnight deadline.",
        True,
        [("date", "--09-30", None, None), ("date", "--12-19", None, None)],
        None,
    ),
    (
        "en",
        "The measure passed 219-211, with two Republicans voting against it and four Democrats voting in favor.",
        True,
        [("count", 219, None, None), ("count", 211, None, None), ("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "It extends current funding levels for 80 days and includes $2.4 billion in emergency relief for flood-hit states.",
        True,
        [("duration", 80, "day", None), ("money", 2400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Appropriations Committee chair Tom Ridley said the bill kept spending for most agencies at about $1.6 trillion a year.",
        True,
        [("money", 1600000000000, "USD", "about")],
        "Tom Ridley",
    ),
    (
        "en",
        'Ridley called it "a responsible bill that keeps the lights on while we finish our work."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Democrats accused Republican leaders of "governing by manufactured crisis."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Senators are due to vote on the bill on Wednesday, and it needs 60 votes to advance there.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "It was the second stopgap bill Congress has passed this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "About 680,000 federal employees would have been sent home without pay in a shutdown, the Congressional Budget Office estimated.",
        True,
        [("count", 680000, None, "about")],
        None,
    ),
    # --- Anhörung im Gesundheitsausschuss (dpa), September ---
    (
        "de",
        "Berlin (dpa) - In einer gut dreistündigen Anhörung hat der Gesundheitsausschuss des Bundestags zwölf Sachverständige zur geplanten digitalen Kindergesundheitsakte befragt.",
        True,
        [("duration", 3, "hour", "over"), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Entwurf sollen Vorsorgeuntersuchungen bei Kindern ab dem 1. Juli 2027 nur noch digital dokumentiert werden.",
        True,
        [("date", "2027-07-01", None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Judith Arnsperger (CDU) sagte, die Akte solle Doppeluntersuchungen vermeiden und die Krankenkassen um rund 90 Millionen Euro im Jahr entlasten.",
        True,
        [("money", 90000000, "EUR", "about")],
        "Judith Arnsperger",
    ),
    (
        "de",
        "Die Bundesärztekammer verwies in ihrer Stellungnahme darauf, dass bislang nur 38 Prozent der Kinderarztpraxen an die Telematikinfrastruktur angeschlossen seien.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Kinderarzt Florian Weitbrecht sagte, die Umstellung koste jede Praxis im Schnitt 4.800 Euro.",
        True,
        [("money", 4800, "EUR", None)],
        "Florian Weitbrecht",
    ),
    (
        "de",
        "„Digitalisierung darf nicht auf dem Rücken der Kleinsten stattfinden“, sagte Weitbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Datenschützer äußerten grundsätzliche Bedenken, schlugen aber keine konkreten Änderungen am Entwurf vor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die zweite und dritte Lesung im Plenum ist für den 13. November geplant.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None), ("date", "--11-13", None, None)],
        None,
    ),
    # --- Social Tariff Bill at second reading (PA), September ---
    (
        "en",
        "LONDON (PA) - The government's Social Tariff Bill passed its second reading in the Commons on Tuesday by 348 votes to 176, a majority of 172.",
        True,
        [("ordinal", 2, None, None), ("count", 348, None, None), ("count", 176, None, None), ("count", 172, None, None)],
        None,
    ),
    (
        "en",
        "Twenty-three Labour MPs rebelled, the biggest revolt on the government benches in this parliament so far.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Energy Secretary Morwenna Tregarthen told MPs the tariff would cut bills by an average of £190 a year for about 4.2 million households.",
        True,
        [("money", 190, "GBP", None), ("count", 4200000, None, "about")],
        "Morwenna Tregarthen",
    ),
    (
        "en",
        '"Nobody in this country should sit shivering in the dark to make ends meet," Tregarthen told MPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Treasury estimated the scheme would cost £1.4 billion in its first year.",
        True,
        [("money", 1400000000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        'Shadow energy secretary Giles Fanshawe called the bill "a tax on the prudent dressed up as compassion."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fanshawe said the levy would add £23 to the annual bills of households not covered by the scheme.",
        True,
        [("money", 23, "GBP", None)],
        "Fanshawe",
    ),
    (
        "en",
        "The bill would also extend the discount to pensioners receiving pension credit from April 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The bill now goes to committee stage, where MPs will examine it line by line in six sittings.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    # --- Volksinitiative für eine 35-Stunden-Woche im Nationalrat (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat empfiehlt die Volksinitiative «Für eine 35-Stunden-Woche» zur Ablehnung.",
        True,
        [("duration", 35, "hour", None)],
        None,
    ),
    (
        "de",
        "Die grosse Kammer fasste den Beschluss nach einer Debatte mit 74 Rednerinnen und Rednern mit 131 zu 58 Stimmen bei 3 Enthaltungen.",
        True,
        [("count", 74, None, None), ("count", 131, None, None), ("count", 58, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ein indirekter Gegenvorschlag der SP, der die Höchstarbeitszeit von 45 auf 42 Stunden senken wollte, scheiterte mit 79 zu 112 Stimmen.",
        True,
        [("duration", 45, "hour", None), ("duration", 42, "hour", None), ("count", 79, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "de",
        "Laut den Initianten arbeiten Vollzeitbeschäftigte in der Schweiz im Schnitt 41,7 Stunden pro Woche.",
        True,
        [("duration", 41.7, "hour", None)],
        None,
    ),
    (
        "de",
        "Bundesrat Reto Ammann sagte, eine 35-Stunden-Woche würde die Lohnkosten der Unternehmen um rund 12 Prozent erhöhen.",
        True,
        [("duration", 35, "hour", None), ("percent", 12, "%", "about")],
        "Reto Ammann",
    ),
    (
        "de",
        "«Die Initiative ist gut gemeint, aber sie geht an der Realität der KMU vorbei», sagte Ammann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Mehr Freizeit ist kein Luxus, sondern eine Frage der Gesundheit», sagte SP-Nationalrätin Mirjam Zbinden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Initiative war im Mai 2025 mit 107'482 gültigen Unterschriften eingereicht worden.",
        True,
        [("year", 2025, None, None), ("count", 107482, None, None)],
        None,
    ),
    (
        "de",
        "Das Geschäft geht nun an den Ständerat.",
        True,
        [],
        None,
    ),
    # --- Bundesrat billigt schnellere Genehmigungen (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Der Bundesrat hat in seiner 1058. Sitzung das Gesetz zur Beschleunigung von Genehmigungsverfahren für Windräder und Stromleitungen gebilligt.",
        True,
        [("ordinal", 1058, None, None)],
        None,
    ),
    (
        "de",
        "Für das zustimmungspflichtige Gesetz votierten Länder mit zusammen 43 der 69 Stimmen, nötig waren 35.",
        True,
        [("count", 43, None, None), ("count", 69, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Bayern und Sachsen enthielten sich, Thüringen stimmte dagegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Gesetz soll am 1. Januar 2027 in Kraft treten.",
        True,
        [("date", "2027-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Ministerpräsident Jens Oltmanns (CDU) sagte, Genehmigungen für Windräder dauerten in seinem Land derzeit im Schnitt 26 Monate.",
        True,
        [("duration", 26, "month", None)],
        "Jens Oltmanns",
    ),
    (
        "de",
        "„Wir hören endlich auf, uns selbst im Weg zu stehen“, sagte Oltmanns.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltverbände kritisierten die Reform als „Freibrief für Betonpolitik“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei einem zweiten Gesetz, der Reform des Mietspiegels, rief die Länderkammer den Vermittlungsausschuss an.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Vermittlungsausschuss soll sich am 5. November erstmals mit dem Streitfall befassen.",
        True,
        [("date", "--11-05", None, None)],
        None,
    ),
    # --- Online marketplaces in the European Parliament (Reuters), October ---
    (
        "en",
        "STRASBOURG, Oct 21 (Reuters) - The European Parliament on Tuesday approved rules requiring large online marketplaces to verify the identity of their sellers, by 498 votes to 97 with 41 abstentions.",
        True,
        [("date", "--10-21", None, None), ("count", 498, None, None), ("count", 97, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Platforms that break the rules risk penalties of up to 4% of their worldwide annual turnover.",
        True,
        [("percent", 4, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The rules will apply 18 months after they enter into force.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Sellers based outside the EU will have to name a legal representative in the bloc within 90 days.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "Rapporteur Ines Halvorsen told reporters that one in three products bought from third-party sellers in a test purchase had failed EU safety checks.",
        True,
        [("fraction", 0.3333, None, None)],
        "Ines Halvorsen",
    ),
    (
        "en",
        "\"Europe's shoppers deserve the same protection online as on the high street,\" Halvorsen said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The new obligations will cover about 30 platforms, the Parliament said in a statement.",
        True,
        [("count", 30, None, "about")],
        "the Parliament",
    ),
    (
        "en",
        "EU governments endorsed the text in June, making Tuesday's vote the last step before publication in the bloc's Official Journal.",
        True,
        [],
        None,
    ),
    (
        "en",
        'A trade group representing Asian e-commerce sellers called the rules "protectionism in disguise."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Commission estimates that roughly 5.1 billion cheap parcels arrived in the EU last year, about 88% of them shipped from China.",
        True,
        [("count", 5100000000, None, "about"), ("percent", 88, "%", "about")],
        None,
    ),
    # --- Verbot von Einweg-E-Zigaretten im Europaparlament (dpa), Oktober ---
    (
        "de",
        "Straßburg (dpa) - Das Europaparlament hat mit 412 zu 187 Stimmen bei 38 Enthaltungen ein EU-weites Verbot von Einweg-E-Zigaretten gebilligt.",
        True,
        [("count", 412, None, None), ("count", 187, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Das Verkaufsverbot soll 24 Monate nach Inkrafttreten der Verordnung greifen.",
        True,
        [("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "Die Verordnung tritt 20 Tage nach ihrer Veröffentlichung im Amtsblatt der EU in Kraft.",
        True,
        [("duration", 20, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Schätzungen der EU-Kommission werden in der Union jedes Jahr rund 260 Millionen Einweg-E-Zigaretten weggeworfen.",
        True,
        [("count", 260000000, None, "about")],
        None,
    ),
    (
        "de",
        "Berichterstatterin Annika Vosgerau (Grüne) sagte, jedes Gerät enthalte im Schnitt 0,15 Gramm Lithium.",
        True,
        [("count", 0.15, None, None)],
        "Annika Vosgerau",
    ),
    (
        "de",
        "„Wir beenden eine Wegwerfkultur, die niemandem mehr zu erklären ist“, sagte Vosgerau.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Mitgliedstaaten müssen der Verordnung noch zustimmen, im Rat ist dafür eine qualifizierte Mehrheit nötig.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dafür ist die Zustimmung von mindestens 15 der 27 Staaten nötig, in denen zusammen mindestens 65 Prozent der Unionsbürger leben.",
        True,
        [("count", 15, None, "at_least"), ("count", 27, None, None), ("percent", 65, "%", "at_least")],
        None,
    ),
    # --- Senate floor speech against a judicial nominee (AP), October ---
    (
        "en",
        "WASHINGTON (AP) — Sen. Roland Espinoza ended a marathon speech against a judicial nominee on Thursday after 22 hours and 41 minutes on the Senate floor.",
        True,
        [("duration", 22, "hour", None), ("duration", 41, "minute", None)],
        None,
    ),
    (
        "en",
        "The Oregon Democrat began speaking at 9:14 a.m. Wednesday and yielded the floor shortly before 8 a.m. Thursday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Espinoza said he had read aloud 340 letters from constituents during the speech.",
        True,
        [("count", 340, None, None)],
        "Espinoza",
    ),
    (
        "en",
        "Espinoza's office said he drank no water during the final 11 hours.",
        True,
        [("duration", 11, "hour", None)],
        None,
    ),
    (
        "en",
        '"Somebody had to say it out loud, and I was not going to sit down," Espinoza told reporters afterward.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Republicans dismissed the speech as "performance art for the donor class."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Senate then voted 51-48 to end debate on the nomination, with one senator absent.",
        True,
        [("count", 51, None, None), ("count", 48, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Under a rules change made in 2013, ending debate on most nominees requires only a simple majority.",
        True,
        [("year", 2013, None, None)],
        None,
    ),
    (
        "en",
        "The nominee, Judge Clara Whitmore, was confirmed 50-47 on Friday.",
        True,
        [("count", 50, None, None), ("count", 47, None, None)],
        None,
    ),
    # --- Pensionsanpassung im Nationalrat (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Mit den Stimmen der Regierungsparteien ÖVP, SPÖ und NEOS hat der Nationalrat am Mittwoch die Pensionsanpassung für 2027 beschlossen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Pensionen steigen mit 1. Jänner 2027 um 2,6 Prozent, Bezüge von höchstens 2.500 Euro brutto im Monat um 3,1 Prozent.",
        True,
        [("date", "2027-01-01", None, None), ("percent", 2.6, "%", None), ("money", 2500, "EUR", "at_most"), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Mehrkosten beziffert das Sozialministerium auf rund 1,9 Milliarden Euro im kommenden Jahr.",
        True,
        [("money", 1900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Sozialministerin Elfriede Danzinger (SPÖ) sagte, knapp 2,6 Millionen Menschen bezögen eine Pension.",
        True,
        [("count", 2600000, None, "nearly")],
        "Elfriede Danzinger",
    ),
    (
        "de",
        "„Wer jahrzehntelang eingezahlt hat, soll im Ruhestand nicht um jeden Euro bitten müssen“, sagte Danzinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Abänderungsantrag der FPÖ für ein Plus von 4 Prozent wurde mit 128 zu 53 Stimmen abgelehnt.",
        True,
        [("percent", 4, "%", None), ("count", 128, None, None), ("count", 53, None, None)],
        None,
    ),
    (
        "de",
        "FPÖ-Sozialsprecherin Gudrun Ebenhofer nannte die Anpassung einen „Pensionsraub auf Raten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Debatte dauerte knapp vier Stunden, FPÖ-Mandatar Rupert Gsaller erhielt einen Ordnungsruf.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    # --- No-confidence motion in the Dail (Reuters), October ---
    (
        "en",
        "DUBLIN, Oct 15 (Reuters) - Ireland's housing minister survived a motion of no confidence in parliament on Wednesday by 91 votes to 71.",
        True,
        [("date", "--10-15", None, None), ("count", 91, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "Sinn Fein tabled the motion after official figures showed 16,912 people in emergency accommodation in August.",
        True,
        [("count", 16912, None, None)],
        None,
    ),
    (
        "en",
        "The motion was debated for three hours on Tuesday evening.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    (
        "en",
        "Housing Minister Ciaran Mulvey told parliament that builders completed 36,200 new homes in the year's first nine months, 11% more than in the same stretch last year.",
        True,
        [("count", 36200, None, None), ("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 11, "%", None)],
        "Ciaran Mulvey",
    ),
    (
        "en",
        '"I will not be lectured on housing by a party that has never built a home," Mulvey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sinn Fein's housing spokesperson said the minister had \"lost the confidence of a generation.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the second no-confidence motion against a cabinet member since the government took office in January.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Two independent TDs who usually back the government abstained.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Dail has 174 seats, and 12 members did not vote.",
        True,
        [("count", 174, None, None), ("count", 12, None, None)],
        None,
    ),
    # --- Dauerrede im niedersächsischen Landtag (dpa/lni), Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Mit einer knapp siebenstündigen Rede hat ein AfD-Abgeordneter im niedersächsischen Landtag die Abstimmung über das neue Schulgesetz bis in die Nacht verzögert.",
        True,
        [("duration", 7, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Eine feste Redezeitbegrenzung für einzelne Abgeordnete kennt die Geschäftsordnung in der zweiten Beratung von Gesetzentwürfen nicht.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz wurde schließlich um 2.47 Uhr mit 74 zu 71 Stimmen beschlossen.",
        True,
        [("count", 74, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Die rot-grüne Koalition verfügt im Landtag über eine Ein-Stimmen-Mehrheit.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Landtagspräsidentin Heike Sundermann sagte, es sei die längste Rede in der Geschichte des Landtags seit 1946 gewesen.",
        True,
        [("year", 1946, None, None)],
        "Heike Sundermann",
    ),
    (
        "de",
        "„Das war keine Debatte, sondern Arbeitsverweigerung mit Mikrofon“, sagte ein SPD-Abgeordneter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die AfD bezeichnete den Auftritt als „Dienst an der Demokratie“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Gesetz müssen Grundschulen ab dem Schuljahr 2027/28 an mindestens vier Tagen pro Woche ein Ganztagsangebot machen.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("duration", 4, "day", "at_least")],
        None,
    ),
    # --- Child safety hearing in the Senate Commerce Committee (AP), October ---
    (
        "en",
        "WASHINGTON (AP) — The chief executives of three social media companies faced nearly four hours of questioning from the Senate Commerce Committee on Wednesday over the safety of teenagers on their apps.",
        True,
        [("count", 3, None, None), ("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Committee chair Dana Pruett said the panel had received more than 1,200 complaints from parents since January.",
        True,
        [("count", 1200, None, "over")],
        "Dana Pruett",
    ),
    (
        "en",
        "Pixwell chief executive Nora Lindqvist told senators the app had deleted 1.8 million underage accounts since March.",
        True,
        [("count", 1800000, None, None)],
        "Nora Lindqvist",
    ),
    (
        "en",
        '"Your products are built to be addictive, and all of you know it," Pruett told the executives.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Lindqvist said the company was "committed to doing better" but announced no new measures.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Chatterly chief executive Samir Okonjo pledged to introduce age verification for all U.S. users by June 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The hearing was the committee's fourth on online child safety this year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "A bill requiring platforms to switch off algorithmic feeds for minors cleared the committee 16-12 in July but has not had a floor vote.",
        True,
        [("count", 16, None, None), ("count", 12, None, None)],
        None,
    ),
    # --- Bill talked out on a sitting Friday (PA), October ---
    (
        "en",
        "LONDON (PA) - A backbench bill to cap the price of school uniforms was talked out in the Commons on Friday after a Conservative MP spoke for 71 minutes, leaving no time for a vote.",
        True,
        [("duration", 71, "minute", None)],
        None,
    ),
    (
        "en",
        "Private members' bills that have not been put to a vote by 2.30 p.m. on a sitting Friday lose their place in the queue.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The bill's sponsor accused the MP of \"cynical game-playing with children's futures.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Supporters said families in England spend an average of £386 a year per secondary pupil on uniforms.",
        True,
        [("money", 386, "GBP", None)],
        None,
    ),
    (
        "en",
        "The MP, Rupert Galloway-Hythe, said the cap would cost uniform suppliers £40 million a year.",
        True,
        [("money", 40000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "He said afterwards that he had \"every respect\" for the bill's aims.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the third private member's bill to be talked out this session.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Untersuchungsausschuss zu Beraterverträgen (APA), November ---
    (
        "de",
        "Wien (APA) - Die FPÖ verlangt im Nationalrat einen Untersuchungsausschuss zu Beraterverträgen, die das Gesundheitsministerium vergeben hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für ein solches Minderheitsverlangen genügen die Unterschriften eines Viertels der Abgeordneten, also von 46 der 183 Mandatare.",
        True,
        [("fraction", 0.25, None, None), ("count", 46, None, None), ("count", 183, None, None)],
        None,
    ),
    (
        "de",
        "Die Freiheitlichen verfügen über 59 Sitze und können den Ausschuss damit allein einsetzen.",
        True,
        [("count", 59, None, None)],
        None,
    ),
    (
        "de",
        "Der Ausschuss kann nach Angaben der Parlamentsdirektion bis zu 14 Monate lang tagen.",
        True,
        [("duration", 14, "month", "up_to")],
        "die Parlamentsdirektion",
    ),
    (
        "de",
        "FPÖ-Generalsekretär Martin Pölzleitner sagte, das Ministerium habe zwischen 2021 und 2024 Beraterverträge im Wert von 23,7 Millionen Euro vergeben.",
        True,
        [("year", 2021, None, None), ("year", 2024, None, None), ("money", 23700000, "EUR", None)],
        "Martin Pölzleitner",
    ),
    (
        "de",
        "„Hier wurde ein Selbstbedienungsladen für Parteifreunde betrieben“, sagte Pölzleitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Gesundheitsministerium wies die Vorwürfe zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "ÖVP-Klubobmann Bernhard Leitgeb sprach von einem „Tribunal mit Ansage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist der dritte Untersuchungsausschuss in dieser Gesetzgebungsperiode.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Voting age in the Bundestag (Reuters), November ---
    (
        "en",
        "BERLIN, Nov 6 (Reuters) - Germany's Bundestag on Thursday rejected a constitutional amendment to lower the voting age in national elections to 16, leaving it 19 votes short of the two-thirds majority required.",
        True,
        [("date", "--11-06", None, None), ("duration", 16, "year", None), ("count", 19, None, None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "The proposal won 401 votes, with 214 against and 9 abstentions.",
        True,
        [("count", 401, None, None), ("count", 214, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "With 630 members in the chamber, the change needed the backing of 420.",
        True,
        [("count", 630, None, None), ("count", 420, None, None)],
        None,
    ),
    (
        "en",
        "Green lawmaker Jonas Feldhaus said 23 members of the conservative bloc had broken ranks to vote in favour.",
        True,
        [("count", 23, None, None)],
        "Jonas Feldhaus",
    ),
    (
        "en",
        'Feldhaus called the outcome "a missed chance for a whole generation."',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1.4 million young people would have gained the right to vote, according to the Federal Statistical Office.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        "Sixteen-year-olds can already vote in European Parliament elections in Germany and in state elections in seven of the 16 states.",
        True,
        [("duration", 16, "year", None), ("count", 7, None, None), ("count", 16, None, None)],
        None,
    ),
    # --- Bundeshaushalt 2027 verabschiedet (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Nach einer viertägigen Haushaltswoche hat der Bundestag den Etat für 2027 beschlossen.",
        True,
        [("duration", 4, "day", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 389 Abgeordnete, 241 votierten dagegen, Enthaltungen gab es keine.",
        True,
        [("count", 389, None, None), ("count", 241, None, None)],
        None,
    ),
    (
        "de",
        "Der Haushalt sieht Ausgaben von 521,4 Milliarden Euro und eine Neuverschuldung von 86,2 Milliarden Euro vor.",
        True,
        [("money", 521400000000, "EUR", None), ("money", 86200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Torben Esselmann (SPD) sagte im Plenum, die Investitionen stiegen auf den Rekordwert von 118 Milliarden Euro.",
        True,
        [("money", 118000000000, "EUR", None)],
        "Torben Esselmann",
    ),
    (
        "de",
        "„Mit diesem Haushalt halten wir ein Versprechen an unsere Kinder“, sagte Esselmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oppositionsführer Malte Ostendorp (CDU) warf der Koalition vor, „die Zukunft zu verfrühstücken“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen hielten der Koalition vor, die Mittel für den Klimaschutz um 3,4 Milliarden Euro gekürzt zu haben.",
        True,
        [("money", 3400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der Bereinigungssitzung des Haushaltsausschusses waren 312 Änderungsanträge eingebracht worden, 97 davon wurden angenommen.",
        True,
        [("count", 312, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "de",
        "Die Sitzung hatte mehr als 15 Stunden gedauert.",
        True,
        [("duration", 15, "hour", "over")],
        None,
    ),
    # --- Lords defeat on the Data Access Bill (PA), November ---
    (
        "en",
        "LONDON (PA) - The government suffered its 11th defeat of the session in the House of Lords on Monday as peers voted by 248 to 191 to strengthen privacy safeguards in the Data Access Bill.",
        True,
        [("ordinal", 11, None, None), ("count", 248, None, None), ("count", 191, None, None)],
        None,
    ),
    (
        "en",
        "The amendment would require ministers to publish an impact assessment within six months of signing any data-sharing agreement.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Crossbench peer Baroness Ashgrove said more than 60 civil society groups had backed the change.",
        True,
        [("count", 60, None, "over")],
        None,
    ),
    (
        "en",
        'Ashgrove told peers the bill risked "turning every citizen into a data point."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the first defeat on the bill since it was introduced in the Lords in March.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The vote came after a debate lasting just over two hours.",
        True,
        [("duration", 2, "hour", "over")],
        None,
    ),
    (
        "en",
        "The bill goes back to the Commons, where ministers are expected to try to reverse the amendment.",
        True,
        [],
        None,
    ),
    (
        "en",
        'A government spokesperson said ministers were "disappointed" and would "reflect carefully" on the outcome.',
        False,
        [],
        None,
    ),
    # --- Bundeswehr-Mandat im Mittelmeer verlängert (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat den Einsatz der Bundeswehr zur Seeraumüberwachung im Mittelmeer um zwölf Monate verlängert.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Für das Mandat stimmten 512 Abgeordnete, 98 stimmten dagegen, elf enthielten sich.",
        True,
        [("count", 512, None, None), ("count", 98, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Obergrenze liegt wie im Vorjahr bei 300 Soldatinnen und Soldaten.",
        True,
        [("count", 300, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten beziffert die Bundesregierung auf 41,6 Millionen Euro.",
        True,
        [("money", 41600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verteidigungsstaatssekretär Lukas Ohmstedt sagte, seit Beginn des Einsatzes 2016 hätten deutsche Schiffe mehr als 3.400 verdächtige Boote überprüft.",
        True,
        [("year", 2016, None, None), ("count", 3400, None, "over")],
        "Lukas Ohmstedt",
    ),
    (
        "de",
        "Ohmstedt versprach, die Bundeswehr werde ihren Auftrag „mit aller Entschlossenheit“ erfüllen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke nannte den Einsatz ein „Feigenblatt europäischer Abschottung“.",
        False,
        [],
        None,
    ),
    # --- Michigan veto override (AP), November ---
    (
        "en",
        "LANSING, Mich. (AP) — Michigan lawmakers on Wednesday overrode the governor's veto of a measure lowering the state income tax rate to 3.9%.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "The House voted 75-35 and the Senate 26-12, both above the two-thirds threshold needed to override.",
        True,
        [("count", 75, None, None), ("count", 35, None, None), ("count", 26, None, None), ("count", 12, None, None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "The cut will cost the state about $410 million a year once fully phased in by 2029, according to nonpartisan legislative analysts.",
        True,
        [("money", 410000000, "USD", "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Senate Majority Leader Gail Hartwick said the cut would save a typical family about $350 a year.",
        True,
        [("money", 350, "USD", "about")],
        "Gail Hartwick",
    ),
    (
        "en",
        '"Michigan families have waited long enough for relief," Hartwick said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The governor called the override "a gift to the wealthiest people in this state."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the third successful veto override of the two-year session.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Misstrauensvotum im sächsischen Landtag (dpa/sn), November ---
    (
        "de",
        "Dresden (dpa/sn) - Ein konstruktives Misstrauensvotum der AfD gegen den Ministerpräsidenten ist im sächsischen Landtag gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Gegenkandidaten der AfD, den Abgeordneten Dirk Hellwege, stimmten 41 Abgeordnete, nötig gewesen wären 61 der 120 Stimmen.",
        True,
        [("count", 41, None, None), ("count", 61, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Die Abstimmung war geheim, sieben Stimmzettel waren ungültig, teilte die Landtagsverwaltung mit.",
        True,
        [("count", 7, None, None)],
        "die Landtagsverwaltung",
    ),
    (
        "de",
        "Die Minderheitsregierung aus CDU und SPD verfügt über 50 der 120 Sitze.",
        True,
        [("count", 50, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Es war das erste konstruktive Misstrauensvotum in Sachsen seit 1990.",
        True,
        [("ordinal", 1, None, None), ("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "„Die Bürger haben diese Regierung längst abgewählt, nur der Landtag hat es noch nicht bemerkt“, sagte Hellwege.",
        False,
        [],
        None,
    ),
    (
        "de",
        "CDU-Fraktionschef Arnd Weißflog sprach von einem „durchsichtigen Manöver“.",
        False,
        [],
        None,
    ),
    # --- Rent cap at Holyrood (PA), November ---
    (
        "en",
        "EDINBURGH (PA) - MSPs have passed a bill capping rent rises for sitting tenants at inflation plus one percentage point, with a ceiling of 5%, by 67 votes to 55 at Stage 3.",
        True,
        [("percent", 1, "pp", None), ("percent", 5, "%", None), ("count", 67, None, None), ("count", 55, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "There were three abstentions in the 129-seat Scottish Parliament.",
        True,
        [("count", 3, None, None), ("count", 129, None, None)],
        None,
    ),
    (
        "en",
        "Housing Secretary Fiona Dalgliesh told MSPs that about 362,000 households rent privately in Scotland.",
        True,
        [("count", 362000, None, "about")],
        "Fiona Dalgliesh",
    ),
    (
        "en",
        '"Today we have put tenants back at the heart of housing policy," Dalgliesh told MSPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Landlord groups warned the cap would drive investors out of the market.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Scottish Association of Landlords said 14% of members intended to sell at least one property within two years.",
        True,
        [("percent", 14, "%", None), ("count", 1, None, "at_least"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The law is due to take effect on April 1, 2027.",
        True,
        [("date", "2027-04-01", None, None)],
        None,
    ),
    (
        "en",
        "Ministers must review the cap after five years.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    # --- Defibrillators bill clears the Commons (PA), November ---
    (
        "en",
        "LONDON (PA) - A backbench bill requiring a defibrillator in every state school in England cleared the Commons on Friday after MPs divided Ayes 189, Noes 12.",
        True,
        [("count", 189, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The vote could only take place after supporters mustered the 100 MPs needed to carry a closure motion.",
        True,
        [("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "Schools minister Priya Khatri told MPs that about 270 cardiac arrests occur in schools in England each year.",
        True,
        [("count", 270, None, "about")],
        "Priya Khatri",
    ),
    (
        "en",
        "Conservative MP Harriet Quill, who introduced the bill, said about 2,300 schools still had no defibrillator on site.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    (
        "en",
        '"No parent should ever lose a child for want of a machine that costs less than a school trip," Quill said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government has pledged £8 million to cover the cost of the devices.",
        True,
        [("money", 8000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The bill moves to the House of Lords, where it must clear all stages before the session ends in the spring.",
        True,
        [],
        None,
    ),
    # --- Scams register passes the Senate (AAP), November ---
    (
        "en",
        "CANBERRA (AAP) - The Senate has passed laws establishing a national scams register after a marathon sitting that ran for more than 13 hours.",
        True,
        [("duration", 13, "hour", "over")],
        None,
    ),
    (
        "en",
        "The bill passed 38 votes to 27 in the 76-seat chamber, with the Greens and several crossbenchers backing the government.",
        True,
        [("count", 38, None, None), ("count", 27, None, None), ("count", 76, None, None)],
        None,
    ),
    (
        "en",
        "Assistant Treasurer Lachlan Borrie said Australians had reported losses of A$2.6 billion to scammers in the last financial year.",
        True,
        [("money", 2600000000, "AUD", None)],
        "Lachlan Borrie",
    ),
    (
        "en",
        "Banks that do not refund victims within 28 days can be fined up to A$50 million.",
        True,
        [("duration", 28, "day", None), ("money", 50000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "The register will be run by the competition regulator and is expected to cost A$92 million over four years.",
        True,
        [("money", 92000000, "AUD", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        'Opposition senators described the scheme as "red tape that will not stop a single crook."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Borrie said the government would "leave no stone unturned" in the fight against scammers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The laws take effect on July 1 next year.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    # --- Einspruch des Bundesrats gegen das Mietpreisgesetz (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Der Bundesrat hat gegen das vom Nationalrat beschlossene Mietpreisgesetz Einspruch erhoben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Länderkammer stimmten 31 der 60 Bundesrätinnen und Bundesräte für den Einspruch.",
        True,
        [("count", 31, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Der Nationalrat kann den Einspruch mit einem Beharrungsbeschluss überstimmen, dafür muss mindestens die Hälfte der Abgeordneten anwesend sein.",
        True,
        [("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Inkrafttreten des Gesetzes verzögert sich dadurch um mindestens sechs Wochen.",
        True,
        [("duration", 6, "week", "at_least")],
        None,
    ),
    (
        "de",
        "Der Beharrungsbeschluss ist für die Plenarsitzung am 28. Jänner geplant, teilte die Parlamentsdirektion mit.",
        True,
        [("date", "--01-28", None, None)],
        "die Parlamentsdirektion",
    ),
    (
        "de",
        "„Die Länderkammer ist kein Abnickverein“, sagte ein ÖVP-Bundesrat aus der Steiermark.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Gesetz dürften die Mieten in Altbauten ab 2027 um höchstens 2 Prozent pro Jahr steigen.",
        True,
        [("year", 2027, None, None), ("percent", 2, "%", "at_most")],
        None,
    ),
    # --- Debt limit after a vote-a-rama (Reuters), December ---
    (
        "en",
        "WASHINGTON, Dec 11 (Reuters) - The U.S. Senate on Thursday passed a bill raising the federal debt limit by $1.9 trillion, sending it to the White House for signature.",
        True,
        [("date", "--12-11", None, None), ("money", 1900000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The vote was 53-46 after a 27-hour vote-a-rama in which senators considered 41 amendments.",
        True,
        [("count", 53, None, None), ("count", 46, None, None), ("duration", 27, "hour", None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Twelve of the amendments were adopted, most of them by voice vote.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The House passed the measure 216-213 last week.",
        True,
        [("count", 216, None, None), ("count", 213, None, None)],
        None,
    ),
    (
        "en",
        "The Treasury had warned that it could run out of room to pay the government's bills as early as Jan. 15.",
        True,
        [("date", "--01-15", None, None)],
        None,
    ),
    (
        "en",
        "Senate Majority Leader Curtis Vandermeer told reporters the increase would cover federal borrowing into early 2028.",
        True,
        [("year", 2028, None, None)],
        "Curtis Vandermeer",
    ),
    (
        "en",
        '"We did our job, and we did it on time," Vandermeer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Democrats accused Republicans of "holding the economy hostage" for weeks.',
        False,
        [],
        None,
    ),
    # --- Canada's budget survives a confidence vote (Reuters), December ---
    (
        "en",
        "OTTAWA, Dec 2 (Reuters) - Canada's minority government won a confidence vote on its budget on Tuesday by 174 votes to 163 in the 343-seat House of Commons.",
        True,
        [("date", "--12-02", None, None), ("count", 174, None, None), ("count", 163, None, None), ("count", 343, None, None)],
        None,
    ),
    (
        "en",
        "Two opposition members abstained and four were absent.",
        True,
        [("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The budget forecasts a C$71.3 billion deficit for the current fiscal year, which closes at the end of March.",
        True,
        [("money", 71300000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Finance Minister Mathieu Brossard told reporters the budget included C$28 billion in new defence spending over five years.",
        True,
        [("money", 28000000000, "CAD", None), ("duration", 5, "year", None)],
        "Mathieu Brossard",
    ),
    (
        "en",
        '"This is a budget for builders, not for bystanders," Brossard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Conservative leader called it "the most reckless budget in a generation."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the fourth confidence vote the government has faced this year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Defeat on a budget vote would have brought down the government and triggered an early election.",
        True,
        [],
        None,
    ),
    # --- Jahresbilanz des Nationalrats (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Der Nationalrat ist im zu Ende gehenden Jahr zu 42 Plenarsitzungen zusammengetreten, wie die Parlamentskorrespondenz mitteilte.",
        True,
        [("count", 42, None, None)],
        "die Parlamentskorrespondenz",
    ),
    (
        "de",
        "Die Abgeordneten debattierten insgesamt rund 318 Stunden und beschlossen 164 Gesetze.",
        True,
        [("duration", 318, "hour", "about"), ("count", 164, None, None)],
        None,
    ),
    (
        "de",
        "Die längste Sitzung dauerte am 9. Juli 17 Stunden und 23 Minuten.",
        True,
        [("date", "--07-09", None, None), ("duration", 17, "hour", None), ("duration", 23, "minute", None)],
        None,
    ),
    (
        "de",
        "Der Nationalratspräsident erteilte im Jahresverlauf 31 Ordnungsrufe, mehr als die Hälfte davon an Abgeordnete der FPÖ.",
        True,
        [("count", 31, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Laut Parlamentsdirektion wurden zudem 5.912 schriftliche Anfragen an Regierungsmitglieder gestellt.",
        True,
        [("count", 5912, None, None)],
        "Parlamentsdirektion",
    ),
    (
        "de",
        "Rund 86 Prozent der Gesetzesbeschlüsse gingen auf Regierungsvorlagen zurück.",
        True,
        [("percent", 86, "%", "about")],
        None,
    ),
    (
        "de",
        "„Der Ton im Hohen Haus ist rauer geworden, das sollte uns allen zu denken geben“, sagte eine Abgeordnete der Grünen.",
        False,
        [],
        None,
    ),
    # --- Schlussabstimmung über die Lenkungsabgabe auf Einwegverpackungen (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Parlament hat in der Schlussabstimmung der Wintersession eine Lenkungsabgabe von 5 Rappen auf Einwegverpackungen beschlossen.",
        True,
        [("money", 0.05, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Nationalrat hiess die Vorlage mit 104 zu 87 Stimmen bei 5 Enthaltungen gut, der Ständerat mit 25 zu 19 Stimmen.",
        True,
        [("count", 104, None, None), ("count", 87, None, None), ("count", 5, None, None), ("count", 25, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die grosse Kammer hatte die Abgabe in der Herbstsession zunächst abgelehnt, erst die Einigungskonferenz brachte den Durchbruch.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Einnahmen von jährlich rund 140 Millionen Franken sollen vollständig an die Bevölkerung zurückverteilt werden, sagte Bundesrätin Claudine Rossier.",
        True,
        [("money", 140000000, "CHF", "about")],
        "Claudine Rossier",
    ),
    (
        "de",
        "«Das ist keine neue Steuer, sondern ein Anreiz zum Umdenken», sagte Rossier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SVP sprach von einer «Strafsteuer für den Mittelstand».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gewerbeverband kündigte an, das Referendum zu ergreifen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gegner haben nun 100 Tage Zeit, um 50'000 Unterschriften zu sammeln.",
        True,
        [("duration", 100, "day", None), ("count", 50000, None, None)],
        None,
    ),
    (
        "de",
        "Kommt das Referendum zustande, dürfte das Stimmvolk frühestens im Juni 2027 über die Abgabe entscheiden.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Stichentscheid zum Lobbyregister im Ständerat (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat hat ein öffentliches Register für Lobbyistinnen und Lobbyisten mit dem Stichentscheid seines Präsidenten gutgeheissen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Gesamtabstimmung war es zuvor 22 zu 22 Stimmen gestanden, ein Ratsmitglied fehlte.",
        True,
        [("count", 22, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Eintragen müssten sich Interessenvertreter, die an mehr als 20 Tagen im Jahr im Bundeshaus tätig sind.",
        True,
        [("duration", 20, "day", "over")],
        None,
    ),
    (
        "de",
        "Heute kann jedes Ratsmitglied je zwei Zutrittsausweise an Personen seiner Wahl vergeben.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ständerätin Corina Flury sagte, in der laufenden Legislatur seien rund 460 solcher Ausweise an Interessenvertreter gegangen.",
        True,
        [("count", 460, None, "about")],
        "Corina Flury",
    ),
    (
        "de",
        "«Transparenz schadet niemandem, der nichts zu verbergen hat», sagte Flury.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die bürgerliche Minderheit sprach von «Bürokratie ohne jeden Nutzen».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Vorlage geht nun an den Nationalrat, der ein ähnliches Register in der Sommersession 2025 abgelehnt hatte.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
]
