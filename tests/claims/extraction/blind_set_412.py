"""Four-hundred-and-twelfth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real offices appear only by office or
under made-up names that stand for no real holder ("Bank of Canada Deputy Governor Marianne
Thibodeau", "Ein Sprecher des Sozialstadtrats", "A Defra spokesperson", "the congressman").

Names: the politicians whose claims are checked (Regula Ammann, SVP; Sabine Wendrich,
Greens, whose speech was cut; Markus Pirchner, ÖVP; Rep. Dale Hargrove; Sen. Russell
Tamblin; Senator Bronwyn Keogh), the central banker a fake quote is pinned on (Marianne
Thibodeau), the study author (Ingrid Solvang) and every unnamed user, author, blogger,
influencer, commenter, administrator and spokesperson are invented. Real bodies, platforms,
programmes and places ("dpa", "APA", "AFP", "Keystone-SDA", "Facebook", "X", "Telegram",
"Tiktok", "Instagram", "Whatsapp", "Youtube", "Bundesagentur für Arbeit", "Statistik
Austria", "E-Control", "Bundesverband WindEnergie", "Uckermark", "Prenzlau", "«Arena»",
"SVP", "Staatssekretariat für Migration", "SEM", "Statistisches Bundesamt",
"Bundesgesundheitsministerium", "Innenministerium", "Landeswahlleitung", "Worms",
"Statistik Stadt Zürich", "bayerisches Umweltministerium", "Bayerisches Landesamt für
Umwelt", "ORF", „ZIB 1“, "ORF-Mediathek", "ADAC", "Wildhut", "Ilanz", "Graubünden",
"Verband der Ersatzkassen", "Nordrhein-Westfalen", "Sachsen-Anhalt", "Wiener Landtag",
"ÖVP"; Reuters, Reuters Fact Check, AP, AFP, AAP FactCheck, PA, Full Fact, the Crime
Survey for England and Wales, the Office for National Statistics, the ONS, the Home
Office, the Bureau of Labor Statistics, the Department of Social Services, Leeds City
Council, WhatsApp, the Japan Meteorological Agency, Chiba, Taipei, the Agriculture
Department's Economic Research Service, the National Oceanic and Atmospheric
Administration, the National Weather Service, the Bank of Canada, WaterNSW, Warragamba Dam,
Sydney Water, Fox Business, the Social Security trustees, the International Energy
Agency, the Centers for Disease Control and Prevention, the CDC, BBC News, Defra, TikTok,
and the datelines' cities) stand for the way wire copy names them; every post, reach,
claim, check, rating, figure and quote here is invented, and where a real figure came to
mind (a real count of benefit claimants, a real asylum total, a real hospital count, a real
rent, a real care-home contribution, a real minimum-income count, a real youth jobless
peak, a real trust-fund date or coverage share, a real dam level, a real emigration
estimate, a real hailstone record, a real quake) it was changed - only background facts a
check turns on are kept as wire copy would state them (the International Energy Agency's
90 days of net imports, measles declared eliminated in the U.S. in 2000).

Its weight: FACT-CHECK COPY, second round (the three-hundred-and-seventy-second batch was
the first round under this heading and the fourth of fact-check copy, after the
twenty-ninth, thirty-third and eighty-sixth weighed what arrives at a fact-check desk and
the hundred-thirty-sixth, hundred-ninety-first and two-hundred-and-thirty-sixth weighed
viral claims and their checks; their decisions are kept) - the desks' own fact-check copy
over one spring, early March to early May, as 30 stories in story order with the German and
English ones interleaved by date, each told as the desks publish it: the claim as it
circulates („Auf Facebook wird behauptet, ...“, „In einem vielfach geteilten Sharepic wird
behauptet, ...“, „Ein Video, das auf Tiktok kursiert, behauptet, ...“, "A post that has
been shared thousands of times claims ...", "Posts on X claim ...", "A viral video claims
..."), the politician's claim with the occasion, the summary box line by line („Behauptung:“,
"Claim:", "CLAIM:", the rating line, „Fakten:“, "THE FACTS:", „Kontext:“, "Context:"), the
facts with figures and sources („Laut Bundesagentur für Arbeit ...“, „Laut Statistischem
Bundesamt ...“, „Nach Angaben des Statistischen Bundesamts ...“, "according to ONS data",
"according to the Bureau of Labor Statistics"), the claimant's figure set against the
corrected one, the arithmetic, where the claimed figure comes from, where an image or a
clip comes from and what it shows, the claimant's account, the platform's and the
sharers' acts, and a correction and an update note. Half German (dpa-Faktencheck,
APA-Faktencheck, AFP's German service, Keystone-SDA; Austrian "Jänner", "heuer",
"Asylwerber", "Mindestpensionisten", "Ausgleichszulagenrichtsatz", Swiss "innert",
"Grösse", "100'000", «» quotes, German „“ quotes): benefit claimants, electricity prices in
Austria, a miscaptioned photo of a burning wind turbine, asylum claims in the «Arena», the
hospital reform, asylum seekers against minimum pensioners, postal votes in Worms, asking
rents in Zurich (a claim rated right), a forged letter on drinking water in Bavaria, a cut
speech in the Stuttgart Landtag, a doctored „ZIB 1“ inflation graphic, electric-car
batteries with a correction, a wolf in a schoolyard, care-home costs and minimum income in
Vienna (a claim rated right). Half English (Reuters Fact Check with dated datelines, AP
Fact Check with its "CLAIM:", "AP'S ASSESSMENT:" and "THE FACTS:", AFP Fact Check, AAP
FactCheck with dated datelines and "per cent", PA with Full Fact's verdict): crime in
England and Wales, a congressman on youth unemployment, the age pension, council tax in
Leeds, a Taipei clip passed off as a Tokyo quake, food imports, an AI hailstone, a fake
quote on cash, Warragamba Dam, a senator on Social Security, emigration from Britain, a
senator on fuel stocks, measles cases, a fake BBC screenshot and a coffee study with an
update note. Figures as such copy has them: the claimed figure and the official one,
reach and followers, shares in words and fractions („jede zweite Klinik“, „der Hälfte
aller Kliniken“, „nicht einmal ein Viertel“, „vier Fünftel“, „zwei Drittel“, „Zwei von
drei“, „gut ein Fünftel“, "fewer than one in 20", "one in four", "A quarter", "roughly one
in 11", "more than half", "Over half", "three-quarters", "a third", "fewer than one in
five", "More than two-thirds"), multiples („doppelt so viele“, „viermal so viel“, "about
10 times as many"), number words („elf Millionen“, „anderthalb Minuten“, „zwölfte“,
„zweimal“, „fünfköpfige“, "half a million", "a dozen", "only nine days"), hedges, ages,
clip lengths, percentages and a percentage-point change, money in euros, francs, pounds
and U.S., Canadian and Australian dollars, ordinals, years and dates. Negatives as such
copy has them - 56 rows, none with a figure: the rating line of every story (confirming
ones included), the posts' and videos' own rhetoric, politicians' rhetoric in quotes
beside their checked claims, the desk's framing without a fact (a partial verdict, "Here's
a closer look ...", „Ein Blick auf die Zahlen zeigt ein anderes Bild.“), questions (three
teaser questions, a desk's lead-in question, a commenter's and a chat group's rhetorical
questions), an open question of the desk and an update note, each near a check-worthy
look-alike from the same story.

244 rows (122 German, 122 English), 56 negatives (28 German, 28 English), 188 check-worthy
rows of which 36 carry no figure (17 German, 19 English), 245 expected quantities (84
counts, 41 percentages - 40 in "%", 1 in percentage points "pp" -, 29 years, 28 durations
- 16 in years, 5 in days, 2 in minutes, 2 in seconds, 2 in months, 1 in weeks -, 22 amounts
of money - 14 EUR, 2 each AUD, CHF, GBP, 1 each CAD, USD -, 19 fractions, 16 dates - 2 with
a year, 14 without -, 6 ordinals; none of them in a negative), 36 checked speakers (20
German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-sixth,
  three-hundred-and-seventy-second); a quoted or reported statement of fact, figure, step or
  position is check-worthy with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs
  from one speaker: Ammann's 100,000 and her account beside «Wir verlieren die Kontrolle
  ...», Pirchner's two thirds beside „Wien ist das Sozialamt der Republik“, Wendrich's
  complaint beside „Wer so schneidet, ...“, Hargrove's one in four beside "Our kids are
  doing everything right ...", Tamblin's claim beside "Washington has been lying ...",
  Keogh's nine days and her later account beside "We are a single crisis away ...".
- The three parts of a check, as the three-hundred-and-seventy-second batch settled them
  and as the brief asks to follow exactly. (a) THE QUOTED FALSE CLAIM is check-worthy with
  its figures and the speaker unchecked, whatever the desk found: the claim as it circulates
  („Auf Facebook wird behauptet, ... elf Millionen ...“ 2023 and 11,000,000, „In einem
  vielfach geteilten Sharepic wird behauptet, ...“ 2030 and 0.5 - eighty-sixth: „In einem
  auf Facebook tausendfach geteilten Video wird behauptet“ -, "A post that has been shared
  thousands of times claims ..." 2015 and 0.05 "under" - "thousands of times" none,
  hundred-eleventh and hundred-ninety-first: "tens of thousands of times" -, "Posts on X
  claim that more than a million people ..." 1,000,000 "over", "Posts on Facebook say ...
  more than A$500,000 ... from July 1", „Eine Kettennachricht behauptet, ...“ with both
  amounts, „Dazu heißt es, es sei bereits der zwölfte Windradbrand ...“ ordinal 12 -
  hundred-ninety-first: what the post says after „Dazu heißt es“ -, "A quote attributed to
  ... Marianne Thibodeau, saying banknotes "will be withdrawn ... by 2030," ..."), and the
  summary-box line after its label, which carries nothing („Behauptung: Mehr als elf
  Millionen Menschen ..., doppelt so viele wie zu Beginn.“ 11,000,000 "over" and 2, „Behauptung:
  Strom kostet heute viermal so viel wie vor vier Jahren.“ 4 and 4 years, „Behauptung: Im
  Wahlkreis Worms wurden 4.800 Briefwahlstimmen zweimal gezählt.“ 4,800 and 2, "Claim:
  Crime in England and Wales has doubled in ten years." 10 years - "doubled" a verb, none -,
  "CLAIM: A quarter of Americans under 25 are unemployed." 0.25 and 25 years "under",
  "CLAIM: Over half of America's food comes from abroad." 0.5 "over", "Claim: Over 1
  million Britons left the UK last year." 1,000,000 "over", "CLAIM: U.S. measles cases are
  up 900% from last year." 900, and without a figure „Behauptung: Asylwerber erhalten mehr
  Geld als Mindestpensionisten.“, „Behauptung: Bayern rationiert ab Juni das
  Trinkwasser.“, "CLAIM: Social Security will run out of money next year."). A politician's
  claim gives the politician, the title, the party and the occasion dropped
  („SVP-Nationalrätin Regula Ammann hat in der «Arena» behauptet, ...“ -> "Regula Ammann",
  „Der ÖVP-Landtagsabgeordnete Markus Pirchner hat im Wiener Landtag behauptet, ...“ ->
  "Markus Pirchner", "Rep. Dale Hargrove claimed at a town hall on Tuesday that ..." ->
  "Dale Hargrove", "Sen. Russell Tamblin claimed in a Fox Business interview on Sunday that
  ..." -> "Russell Tamblin", "Senator Bronwyn Keogh claimed during a Senate estimates
  hearing that ..." -> "Bronwyn Keogh"; three-hundred-and-seventy-second: "Sen. Marla
  Prentiss claimed in a television interview"), and a figure inside the quoted claim counts
  ("one in four" 0.25, "only nine days" 9 days - "only" no hedge). (b) THE VERDICT LABEL is
  a negative whatever its rating word, also where it confirms the claim: „Bewertung:
  Falsch.“ (five stories), „Bewertung: Stark übertrieben.“, „Bewertung: Manipuliert.“,
  „Bewertung: Gefälscht.“, „Bewertung: Übertrieben.“, „Bewertung: Falscher Kontext.“,
  „AFP-Bewertung: Falscher Kontext.“, „Bewertung: Richtig.“ (two-hundred-and-thirty-sixth),
  "Verdict: Misleading." (twice; eighty-sixth: "The verdict: Misleading."), "AP'S
  ASSESSMENT: False." (twice), "AP'S ASSESSMENT: Missing context." (hundred-thirty-sixth),
  "AAP FactCheck verdict: False." (twice), "Full Fact's verdict: False.", "Reuters Fact
  Check rating: Miscaptioned.", "Verdict: Fabricated quote.", "AFP rating: Fake.". New: the
  rating words not met before are verdicts as these are - „Bewertung: Unbelegt.“ (as
  „Bewertung: Irreführend.“), „Bewertung: Weitgehend richtig.“ (as „Fazit: Weitgehend
  zutreffend.“, three-hundred-and-seventy-second), „AFP-Bewertung: Aus dem Zusammenhang
  gerissen.“ (as „Bewertung: Aus dem Zusammenhang gerissen.“), "AP'S ASSESSMENT:
  Misleading.", "AAP FactCheck verdict: Misleading." and "Reuters Fact Check rating:
  Misleading." (as "AFP rating: Misleading."), "AFP rating: AI-generated." (as „Bewertung:
  KI-generiert.“). (c) THE CORRECTING FACT is check-worthy with its own figures and its own
  attribution, „Fakten:“ and "THE FACTS:" carrying nothing (three-hundred-and-seventy-
  second): „Fakten: Laut Bundesagentur für Arbeit ...“ -> "Bundesagentur für Arbeit",
  „Fakten: Nach Angaben des Statistischen Bundesamts ...“ -> "das Statistische Bundesamt",
  „Fakten: Die Landeswahlleitung teilte mit, ...“ -> "die Landeswahlleitung", "THE FACTS:
  ..., according to the Bureau of Labor Statistics." unchecked. The claimed and the official
  figure each keep their own label wherever they stand (three-hundred-and-seventy-second):
  „Statt der behaupteten 100'000 war es also nicht einmal ein Viertel.“ 100,000 and 0.25
  "under" (three-hundred-and-eighty-eighth: „nicht einmal drei Viertel“ "under"), "That is
  roughly one in 11 of the young people looking for work, not one in four." 0.0909 "about"
  and 0.25 ("one in N" is 1/N rounded to four places, hundred-ninety-first), "The "one in
  20" part is closer to the mark: 5.8% ..." 0.05 and 5.8; the arithmetic („Das entspricht
  einem Plus von gut 43 Prozent.“ 43 "over", „Das entspricht einem Anteil von rund 68
  Prozent.“, „..., sondern um knapp ein Prozent gesunken.“ 1 "nearly" - the number word
  before the unit is one, hundred-ninety-first: „um gut ein Prozent“ -, "That is about 10
  times as many, in line with the claim." 10 "about", "That means fewer than one in five
  ..." 0.2 "under") and the origin of the claimed figure („Die elf Millionen stammen nach
  dpa-Recherchen aus ...“ 11,000,000, „Die 1.850 Euro entsprechen ...“, „Die 5.000 Euro
  entsprechen nach dpa-Recherchen ungefähr den Gesamtkosten ...“ with „ungefähr“ before the
  article no hedge, „Die Zahl stammt offenbar aus einem Gutachten von 2022, ...“, "The 30 per
  cent figure appears to come from a 2019 news report.", "The 1 million figure appears to
  count ...", "The claim appears to stem from a 2022 think-tank proposal ...") are
  check-worthy. A confirmed claim is checked as a false one is: the rows of the Zurich and
  Vienna stories that carry the figures are check-worthy, the rating lines before them
  negatives (two-hundred-and-thirty-sixth).
- New: „Kontext:“ and "Context:" are box labels as „Fakten:“ and "THE FACTS:" are
  (three-hundred-and-seventy-second) and carry nothing; the line is judged on what follows:
  „Kontext: Ein durchschnittlicher Haushalt verbraucht nach Zahlen der E-Control rund 3.500
  Kilowattstunden Strom im Jahr.“ 3,500 "about" (data, unchecked), „Kontext: Rund vier
  Fünftel der Zürcher Haushalte wohnen zur Miete.“ 0.8 "about", „Kontext: Wien hat mit gut
  zwei Millionen Einwohnern gut ein Fünftel der österreichischen Bevölkerung.“ 2,000,000 and
  0.2 both "over", "Context: The survey interviews about 35,000 households a year, ..."
  35,000 "about", "Context: Measles was declared eliminated in the U.S. in 2000, meaning it
  no longer spreads continuously for 12 months or more." 2000 and 12 months "at_least" ("or
  more" after a figure as „und mehr“, hundred-thirty-second, and "aged 70 or older",
  hundred-ninety-first), and without a figure „Kontext: Jeder Wahlbrief wird vor der
  Auszählung mit dem Wählerverzeichnis abgeglichen, ...“ and "Context: Emigration estimates
  are less certain than immigration figures ..." - statements of how a count or a rule
  works, check-worthy as "The ONS publishes migration estimates twice a year ..."
  (three-hundred-and-seventy-second).
- New: the desk's own framing without a fact is a negative, as the posts' rhetoric is:
  "Here's a closer look at where the video goes wrong." and „Ein Blick auf die Zahlen zeigt
  ein anderes Bild.“ announce a correction without stating it, and "That part of the post
  is broadly accurate." is a verdict on part of a claim, as „Fazit: Teilweise richtig, ...“
  (hundred-thirty-sixth) is one on the whole, the figures standing in the row before it.
  New: questions are negatives whoever asks them - the teaser questions „Faktencheck: Hat
  sich die Zahl der Bürgergeld-Empfänger wirklich verdoppelt?“, „Faktencheck: Wurden in
  Worms Briefwahlstimmen doppelt gezählt?“ and "Is Social Security really about to go
  broke?" (three-hundred-and-seventy-second: „Faktencheck: Was ist dran an dem Bild vom
  Altmarkt?“), the desk's lead-in "So where did the post's figure come from?" (its answer,
  the 2023 story with its 20%, in the next row), a commenter's "Why is no one in the media
  reporting this?" and a chat group's „Erst der Strom, jetzt das Wasser – was kommt als
  Nächstes?“ (hundred-ninety-first: an author's rhetorical question); this batch writes no
  figure into them. The desk's open question („Wie viele Häuser tatsächlich schließen
  werden, lässt sich derzeit nicht seriös sagen.“) is a negative as „Ob ... blieb zunächst
  unklar.“ (hundred-twenty-fourth).
- Denials, provenance, observation and acts stay check-worthy, with or without a figure
  (hundred-thirty-sixth, hundred-ninety-first, two-hundred-and-thirty-sixth,
  three-hundred-and-seventy-second): "There is no such change, and none has been announced,
  the Department of Social Services said." -> "the Department of Social Services", „Das
  Bundesgesundheitsministerium teilte mit, die Reform lege keine Zahl von Schließungen fest.“
  -> "das Bundesgesundheitsministerium", „Das Umweltministerium teilte mit, das Schreiben sei
  eine Fälschung, ...“ -> "das Umweltministerium", „Nach Angaben der Polizei hat es ...
  keinen Brand ... gegeben.“ -> "die Polizei", „Nach Angaben der Wildhut wurde ... kein Wolf
  ... beobachtet.“ -> "die Wildhut", "The Bank of Canada said Thibodeau had never made the
  statement ..." -> "the Bank of Canada", "The BBC said it had published no such article,
  ..." -> "the BBC", "Sydney Water said there were no plans for restrictions.", "A Defra
  spokesperson said ..." (a role, unchecked), "A search of her 19 published speeches since
  she joined the bank's governing council in 2022 returns no such phrase." 19 and 2022; the
  origin of an image or a clip („... die eine schottische Lokalzeitung am 23. Mai 2019
  veröffentlicht hatte.“ 2019-05-23, "filmed in Taipei during an earthquake on Dec. 18,
  2022," 2022-12-18, „Das Foto stammt aus Rumänien und wurde im Februar 2021 ...
  veröffentlicht.“, "A Reuters search found the same clip recycled after earlier quakes
  ..." - a positive finding, not a failed search -, "The earliest version of the quote was
  on a website set up in January ...", "It first appeared on April 19 in a Facebook group
  with about 52,000 members."), what it visibly shows ("Street signs ... are visible in the
  first eight seconds of the clip." ordinal 1 and 8 seconds, "The hand holding the stone has
  six fingers, ..." 6, "... repeats the same pattern in at least three places." 3
  "at_least", "... misspells the word "government" in its first line." ordinal 1, „Im Clip
  fehlen der erste und der letzte Satz dieser Passage.“ ordinal 1 - „der letzte“ none -,
  „Die gefälschte Version ändert nur die Zahl, ...“, „Das Schreiben trägt ein Logo, das das
  Ministerium seit 2018 nicht mehr verwendet.“), detection findings ("Two AI-detection tools
  rated the image as 98% and 99% likely ..." 2, 98 and 99), a speech as the full record has
  it („In der vollständigen, gut vier Minuten langen Rede spricht sich Wendrich dafür aus,
  eine der drei Sportstunden ...“ 4 minutes "over" and 3 - „eine der“ a pronoun, none, as
  „Einer der Beamten“, hundred-thirty-sixth -, speaker unchecked, „spricht sich ... aus“ no
  verb of saying), accounts and channels („Der Kanal, der die Behauptung zuerst verbreitete,
  hat rund 48.000 Abonnenten.“, „Hochgeladen hatte den Clip ein Account, der erst im Februar
  angelegt wurde und seither knapp 700 Videos veröffentlicht hat.“ 700 "nearly", "The
  account that first posted it was created in February and has shared about a dozen similar
  images since." 12 "about"), and acts of platforms, authorities and sharers („Der ORF
  teilte mit, er habe die Plattformen aufgefordert, das Bild zu entfernen.“ -> "der ORF",
  "The council said it had reported the fake screenshot to WhatsApp." -> "the council",
  „Wendrich sagte AFP, sie habe Anzeige wegen Verleumdung erstattet.“ -> "Wendrich", "The
  group's administrator removed the post on Tuesday after AFP contacted her."). What a chain
  message asks of its readers is its content (two-hundred-and-thirty-sixth): „Am Ende werden
  die Empfänger aufgefordert, die Nachricht an mindestens 15 Kontakte weiterzuschicken.“ 15
  "at_least". The claimants' accounts and admissions are check-worthy: „Ammann sagte auf
  Anfrage, ...“ -> "Ammann", "Keogh later said she had been quoting a figure for diesel held
  at one terminal in Queensland." -> "Keogh" with count 1 ("one" before a noun counts,
  hundred-ninety-first), „Auf APA-Anfrage räumte die Urheberin des Videos ein, ...“ with its
  2021, „Der Blogger sagte der dpa, ...“, "A spokesperson for Hargrove said ...",
  "Tamblin's office said ...", "The man who made the video told the AP ..." and „Ein
  Sprecher des Sozialstadtrats sagte der APA, ...“ with the speaker unchecked (roles and
  possessives, eighty-third, hundred-thirty-sixth). A correction written as a sentence that
  states the right figure is check-worthy with the wrong and the right one both
  („Berichtigung: Eine frühere Version nannte 3.400 ausgewertete Fahrzeuge, tatsächlich
  waren es gut 4.300.“ 3,400 and 4,300 "over"; hundred-ninety-first,
  two-hundred-and-thirty-sixth); the update note "(Updated to add comment from the study's
  lead author)" names no fact and is a negative (three-hundred-and-seventy-second).
- Reach, followers and counts, as every batch reads them: „mehr als 14.000 Mal“, „rund
  410.000 Mal“, „mehr als 9.000 Mal“, „mehr als 260.000 Mal“, „über 120'000 Mal“ (the Swiss
  apostrophe, tenth; „innert drei Tagen“ 3 days), "more than 6,000 times", "more than 2
  million times", "more than 30,000 times", "more than 18,000 times", "more than 11,000
  times"; "about 310,000 followers", "about 41,000 members", "about 52,000 members", „rund
  48.000 Abonnenten“, „rund 23.000 Mitgliedern“; "One of the posts" and "The most shared
  version" none (hundred-ninety-first), „Tausende“ none (seventeenth: vague magnitudes).
  People and cases with their hedges („rund 5,38 Millionen“, „knapp 1,5 Millionen“, „5,43
  Millionen“, „24'310 ..., ... 27'860“, „41'180“, „rund 187.000 ..., davon knapp 127.000“,
  „31.206 ..., davon 12.874“, „1.741 Krankenhäuser, rund 160 weniger als zehn Jahre zuvor“ -
  „weniger als“ after a figure compares -, „rund 16,4 Millionen“, "from 4.4 million to 6.7
  million", "About 2.4 million Australians", "about half a million people ..., of whom
  roughly 92,000" 500,000 "about" (fifteenth; two-hundred-and-tenth: "about half a million"
  500,000 "about"), "About
  71 million people", "412 cases ..., against 41", "19 states", "about 170,000 adults",
  "about 35,000 households"); things counted („zehn bis 15 Brände ..., bei mehr als 28.000
  Anlagen“ - the „bis“ of a range no hedge -, „gut 4.300 Fahrzeugen“, „160.000 Kilometern“,
  „rund 70 Wölfe in zwölf Rudeln“, „120 Liter“ and „131 Liter“ a day - „am Tag“ none -,
  „rund 3.500 Kilowattstunden“, "about 40 kilometers", "about 3.5 inches across" - physical
  measures are counts, fourth -, "magnitude 6.1" 6.1 - hundred-ninety-first: "magnitude
  5.8" -, "two cups" 2, "two to three cups" 2 and 3, "two rural counties" 2 - "a single
  outbreak" none -); „fünfköpfige Familie“ 5 (three-hundred-and-eighty-eighth: „einer
  18-köpfigen Delegation“); repetitions and multiples („zweimal“ 2, „viermal so viel“ 4,
  „doppelt so viele“ 2, "about 10 times as many" 10 "about"; "doubled", „verdoppelt“ none,
  nineteenth). None besides: „ZIB 1“ (a programme's name, hundred-thirty-sixth), "Band D",
  „Schutzstatus S“, "9 a.m." (a clock time), "A$" and "C$" are currency marks.
- Percentages, all in "%" but one, and fractions (the issue: "4,7 Prozent", "jeder vierte",
  "ein Drittel"): „um 300 Prozent“, „um 62,4 Prozent über dem Wert“ ("über" after the
  figure compares), „187 Prozent“, „um durchschnittlich 4,6 Prozent“ (no hedge), „bei 3,1
  Prozent, nach 3,4 Prozent“, „von 9,8 Prozent“, „von 3,1 Prozent“, „um gut 40 Prozent“ and
  „über 40 Prozent mehr“ "over", „rund 9 Prozent“, „rund 91 Prozent“, „gut 85 Prozent“
  "over", „mindestens 70 Prozent“ "at_least", "about 9%", "5.8%", "8.7%", "4.3%", "26.8%",
  "20%" twice, "4.8%", "about 16%", "about 80%", "98% and 99%", "about 11% ..., down from
  33%" ("down from" no hedge), "30 per cent" twice, "87.2 per cent", "below 50 per cent"
  "under" (three-hundred-and-twenty-fourth: "below" before a figure), "about 79%", "about 90
  per cent", "900%" twice, "a roughly 12% lower risk" "about" ("lower" after the figure
  compares); „um 0,3 Prozentpunkte“ 0.3 "pp". Fractions: „jede zweite Klinik“ and „der
  Hälfte aller Kliniken“ 0.5 (jede N-te is 1/N, three-hundred-and-seventy-second),
  „nicht einmal ein Viertel“ 0.25 "under", „vier Fünftel“ 0.8, „zwei Drittel“ and „Zwei von
  drei“ 0.6667 (tenth: „Drei von vier“), „gut ein Fünftel“ 0.2 "over", "fewer than one in
  20" 0.05 "under", "one in four" and "A quarter" 0.25, "roughly one in 11" 0.0909 "about",
  "more than half" and "Over half" 0.5 "over" ("Over" right before the share, as "a little
  over a tenth", three-hundred-and-eighty-eighth), "roughly three-quarters" 0.75 and "about a
  third" 0.3333 "about", "fewer than one in five" 0.2 "under", "More than two-thirds" 0.6667
  "over".
- Ages and durations (the issue: "fünfstündigen Treffen", "a two-week visit"): ages are
  durations in years („Kinder unter 15 Jahren“ 15 "under", hundred-thirty-sixth; "under 25"
  25 "under"; "aged 16 to 24" 16 and 24, two ages with no hedge, hundred-sixty-first); „anderthalb
  Minuten“ 1.5 minutes (two-hundred-and-fifty-third: „anderthalb Jahre“ 1.5 years), „in knapp zwei
  Wochen“ 2 weeks "nearly", „vor vier Jahren“ 4 years, spans („der vergangenen
  30 Jahre“ 30 years, „zehn Jahre zuvor“ 10 years, „nach fünf Jahren“ three times 5 years,
  „Nach acht Jahren“ and „acht Jahre lang“ 8 years, „länger als drei Jahre“ 3 years "over" -
  hundred-thirty-sixth: "longer than 18 weeks" -), „Der 23 Sekunden lange Clip“ 23 seconds,
  „gut vier Minuten langen“ 4 minutes "over", "in the first eight seconds" ordinal 1 and 8
  seconds, "more than three months" 3 months "over", "for a median of 11 years" 11 years ("a
  median of" no hedge, two-hundred-and-twenty-second), "up to 10 years longer" 10 years
  "up_to", "only nine days", "24 days", "17 days" and "90 days" (stocks counted in days of
  use, as days of exceedance, two-hundred-and-seventy-sixth), "12 months or more" 12 months
  "at_least". None: „im vergangenen Jahr“, „im Jahr davor“, „im Vorjahr“, „im
  Jahresschnitt“, „heuer“, „im Jahr“, „im Monat“, „monatlich“, „jährlich“, „am Tag“, „pro
  Woche“, „seit Jänner“, „seit Donnerstag“, „seit dem Wochenende“, „in diesem Jahr“, „im
  Februar“, „im März“, "in the decade to September" (no figure), "in the year to
  September", "in the year to June", "over the same period", "during that time", "last
  year", "this year", "next year", "so far this year", "a year", "a day", "each month",
  "within weeks", "last week", "this spring", "for decades" in a negative, weekdays and
  months alone.
- Ordinals: „dem ersten Monat nach der Umstellung“ 1 (a month named without a figure gives
  no duration, three-hundred-and-seventy-second: „in der ersten Jännerwoche“), „der zwölfte
  Windradbrand“ 12, „im ersten Jahr“ 1 (two-hundred-and-fourth), "the first eight seconds"
  1, „der erste und der letzte Satz“ 1, "in its first line" 1. None: „Den höchsten Wert“,
  "The largest hailstone", "the most on record", "The most shared version", "The earliest
  version", „Am teuersten“, „am günstigsten“, "first appeared", "first posted".
- Money in the currency written (every batch): EUR („monatlich 1.850 Euro, ... mit 1.270
  Euro“, „40 Euro Taschengeld im Monat“, „bis zu 310 Euro ..., Familien bis zu 620 Euro“
  "up_to" both, „1.318,60 Euro brutto“ 1318.6, „Die 1.850 Euro“, „5.000 Euro“ three times -
  „im Schnitt“, „durchschnittlich“ no hedge -, „2.871 Euro pro Monat“ with „im Bundesschnitt“
  no hedge, „knapp 2.100 Euro“ "nearly", „mit 3.214 Euro, ... mit 2.205 Euro“), CHF („von
  2'190 Franken ... auf 3'140 Franken“), GBP ("£1,912.36 a year", "about £94"), AUD ("more
  than A$500,000" "over", "up to A$321,500" "up_to"), CAD ("about C$131 billion"), USD
  ("about $2.6 trillion").
- Years and dates: Reuters and AAP datelines with a day are dates without a year ("LONDON,
  March 4" --03-04, "SYDNEY, March 10 (AAP)" --03-10, "TOKYO, March 17" --03-17, "OTTAWA,
  March 27" --03-27, "SYDNEY, April 3 (AAP)" --04-03, "LONDON, April 9" --04-09, "CANBERRA,
  April 14 (AAP)" --04-14, "LONDON, May 6" --05-06); dpa, APA, AFP (German and English),
  Keystone-SDA, AP and PA datelines none (seventy-ninth). Full dates: „am 23. Mai 2019“
  2019-05-23, "on Dec. 18, 2022" 2022-12-18; without a year: "from July 1", „ab 1. Juni“
  („ab“ no hedge), „vom 1. April“, „Am 8. April“, "by April 10" ("by" no hedge), "on April
  19". Years: „seit dessen Einführung 2023“ (a year after an event's name dates it,
  two-hundred-and-forty-fourth), „Im Januar 2023“, „im Jänner 2023“, „seit 2021“, „vom
  Februar 2021“, „von 2021“, „bis 2030“, „von 2022“, „seit 2015“ and „als 2015“, „im Jahr
  2015“, „2015 mit 41'180 Gesuchen“, „seit 2018“, „im Februar 2021“, "since 2015", "in April
  2020", "a 2022 think-tank proposal", "a 2023 news story" and "a 2019 news report" (a year
  before a noun dates it, two-hundred-and-fourth), "by 2030", "in 2022", "in 2009", "since
  early 2020", "in 2019 and lifted in 2021", "in 2034", "in 2000", "from 2027", "in 2017".
- Hedges, only the names in use: „rund“, "about", "About", "roughly" "about"; „knapp“
  "nearly"; „mehr als“, „über“ and „gut“ before a figure, "more than", "More than", "Over"
  "over"; "fewer than", "below" and „nicht einmal“ "under", „unter“ before an age "under";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least", "or more" after a figure "at_least".
  No hedge: „im Schnitt“, „im Bundesschnitt“, „durchschnittlich“, „zuletzt“, „derzeit“,
  „bislang“, „bereits“, „nur“, "only", „ab“, „Statt der behaupteten“, „weniger als“,
  „über“ and „mehr als“ after a figure, „ungefähr“ before an article, "alone", "a median
  of", "down from", "by" before a date or a year, "lower" and "longer" after a figure, and
  the „bis“ and "to" of a range.
- Speakers, checked only in forms the earlier batches settled: „Laut Bundesagentur für
  Arbeit“, „Laut Statistik Austria“ (three times), „Laut Staatssekretariat für Migration“,
  „Laut Statistik Stadt Zürich“ and „Laut Verband der Ersatzkassen“ as written
  (three-hundred-and-seventy-second: „Laut Bundesamt für Statistik“, „Laut Statistik
  Austria“); „Nach Angaben des Statistischen Bundesamts“, „Nach Angaben des
  Innenministeriums“, „Nach Angaben des Bayerischen Landesamts für Umwelt“, „Nach Angaben der
  Polizei“ and „Nach Angaben der Wildhut“ the source in the nominative
  (hundred-sixtieth, hundred-seventieth, three-hundred-and-fifty-sixth: „nach Angaben der
  Feuerwehr“); „Das Bundesgesundheitsministerium teilte mit“, „Das Umweltministerium teilte
  mit“, „Der ORF teilte mit“ and „Die Landeswahlleitung teilte mit“ opening the row with the
  article lowered (three-hundred-and-seventy-second: „Das Landeskriminalamt teilte mit“); the
  politicians' claims above; „Ammann sagte auf Anfrage“ and „Wendrich sagte AFP“ the surname
  (the audience dropped, three-hundred-and-seventy-second). English: "The Office for
  National Statistics said", "The Japan Meteorological Agency said", "The Bank of Canada
  said", "The BBC said" and "The council said" opening the row with the article lowered, "...,
  the Department of Social Services said.", "..., the National Weather Service said." and
  "..., the CDC said." with their article (three-hundred-and-seventy-second), "Leeds City
  Council said" and "Sydney Water said" as written (hundred-thirty-sixth: "City of York
  Council said"), "Keogh later said" and "Solvang said" the surname, "..., lead author Ingrid
  Solvang told Reuters." the name with the title and the addressee dropped
  (three-hundred-and-seventy-second: "Rourke told AAP FactCheck"). Left unchecked (None): all
  negatives, also those with a named speaker; the claim lines, the posts, videos, sharepics,
  screenshots and chain messages and their authors („Dazu heißt es“, „behauptet ein
  Autoblogger“, „Der Blogger sagte der dpa“, „räumte die Urheberin des Videos ein“, "The man
  who made the video told the AP"); roles and possessives („Ein Sprecher des
  Sozialstadtrats sagte der APA“, "A spokesperson for Hargrove said", "A Defra spokesperson
  said", "Tamblin's office said"); „Laut Statistischem Bundesamt“ (an adjective in the
  name, „laut“ before a body without an article, three-hundred-and-thirteenth); data,
  documents, estimates and the desks' findings („nach Zahlen der E-Control“, „Nach Zahlen des
  Bundesverbands WindEnergie“, „nach dpa-Recherchen“, „nach APA-Recherchen“, „wie der
  Mietpreisindex zeigt“, „wie ein Abgleich mit der ORF-Mediathek zeigt“, „Eine Auswertung des
  ADAC ... ergab“, „verzeichnete das SEM“, "according to ONS data", "according to Home Office
  figures", "according to the Bureau of Labor Statistics", "according to the latest estimate
  from ...", "the estimate shows", "according to the department's website", "according to the
  agency", "according to the bank's own surveys", "WaterNSW data shows", "the data shows",
  "Government data shows", "The Office for National Statistics estimated", "The latest annual
  report of the Social Security trustees projects", "the report says", "A Reuters search
  found", "The Centers for Disease Control and Prevention had confirmed" - no verb of saying
  -; two-hundred-and-fourth, three-hundred-and-seventy-second), the present "says" ("the
  National Oceanic and Atmospheric Administration says", "the energy department says";
  three-hundred-and-fifty-sixth), „spricht sich ... aus“ and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_412 = [
    # --- dpa-Faktencheck: Bürgergeld (dpa), Anfang März ---
    ("de", "Faktencheck: Hat sich die Zahl der Bürgergeld-Empfänger wirklich verdoppelt?", False, [], None),
    (
        "de",
        "Berlin (dpa) - Auf Facebook wird behauptet, die Zahl der Menschen im Bürgergeld habe sich seit dessen Einführung 2023 auf inzwischen elf Millionen verdoppelt.",
        True,
        [("year", 2023, None, None), ("count", 11000000, None, None)],
        None,
    ),
    (
        "de",
        "Behauptung: Mehr als elf Millionen Menschen beziehen Bürgergeld, doppelt so viele wie zu Beginn.",
        True,
        [("count", 11000000, None, "over"), ("count", 2, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Laut Bundesagentur für Arbeit bezogen im Februar rund 5,38 Millionen Menschen Bürgergeld, darunter knapp 1,5 Millionen Kinder unter 15 Jahren.",
        True,
        [("count", 5380000, None, "about"), ("count", 1500000, None, "nearly"), ("duration", 15, "year", "under")],
        "Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Im Januar 2023, dem ersten Monat nach der Umstellung, waren es 5,43 Millionen gewesen.",
        True,
        [("year", 2023, None, None), ("ordinal", 1, None, None), ("count", 5430000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl ist damit nicht gestiegen, sondern um knapp ein Prozent gesunken.",
        True,
        [("percent", 1, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die elf Millionen stammen nach dpa-Recherchen aus einem Blogbeitrag, der Bürgergeld-, Wohngeld- und Kinderzuschlagsbezieher zusammenzählte.",
        True,
        [("count", 11000000, None, None)],
        None,
    ),
    (
        "de",
        "„Die arbeitende Mitte zahlt für alle, und keiner traut sich, es auszusprechen“, heißt es in dem Beitrag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Beitrag wurde seit Donnerstag mehr als 14.000 Mal geteilt.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    # --- Crime in England and Wales (Reuters Fact Check), March 4 ---
    (
        "en",
        "LONDON, March 4 (Reuters) - A post that has been shared thousands of times claims that crime in England and Wales has doubled since 2015 and that police now solve fewer than one in 20 offences.",
        True,
        [("date", "--03-04", None, None), ("year", 2015, None, None), ("fraction", 0.05, None, "under")],
        None,
    ),
    ("en", "Claim: Crime in England and Wales has doubled in ten years.", True, [("duration", 10, "year", None)], None),
    ("en", "Verdict: Misleading.", False, [], None),
    (
        "en",
        "Crime measured by the Crime Survey for England and Wales fell by about 9% in the decade to September, according to ONS data.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "Police-recorded offences rose over the same period from 4.4 million to 6.7 million, excluding fraud.",
        True,
        [("count", 4400000, None, None), ("count", 6700000, None, None)],
        None,
    ),
    (
        "en",
        "The Office for National Statistics said much of that rise reflected changes in how forces record offences rather than more crime.",
        True,
        [],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Context: The survey interviews about 35,000 households a year, so it also captures crimes never reported to police.",
        True,
        [("count", 35000, None, "about")],
        None,
    ),
    (
        "en",
        'The "one in 20" part is closer to the mark: 5.8% of offences recorded in the year to September ended in a charge or a summons, according to Home Office figures.',
        True,
        [("fraction", 0.05, None, None), ("percent", 5.8, "%", None)],
        None,
    ),
    ("en", "That part of the post is broadly accurate.", False, [], None),
    # --- APA-Faktencheck: Strompreise (APA), März ---
    (
        "de",
        "Wien (APA) - Ein Video, das auf Tiktok kursiert, behauptet, die Strompreise für Haushalte seien in Österreich seit 2021 um 300 Prozent gestiegen.",
        True,
        [("year", 2021, None, None), ("percent", 300, "%", None)],
        None,
    ),
    (
        "de",
        "Das anderthalb Minuten lange Video wurde in knapp zwei Wochen rund 410.000 Mal aufgerufen.",
        True,
        [("duration", 1.5, "minute", None), ("duration", 2, "week", "nearly"), ("count", 410000, None, "about")],
        None,
    ),
    (
        "de",
        "Behauptung: Strom kostet heute viermal so viel wie vor vier Jahren.",
        True,
        [("count", 4, None, None), ("duration", 4, "year", None)],
        None,
    ),
    ("de", "Bewertung: Stark übertrieben.", False, [], None),
    (
        "de",
        "Fakten: Laut Statistik Austria lag der Strompreis im Verbraucherpreisindex im Februar um 62,4 Prozent über dem Wert vom Februar 2021.",
        True,
        [("percent", 62.4, "%", None), ("year", 2021, None, None)],
        "Statistik Austria",
    ),
    (
        "de",
        "In der Spitze, im Jänner 2023, hatte das Plus 187 Prozent betragen.",
        True,
        [("year", 2023, None, None), ("percent", 187, "%", None)],
        None,
    ),
    (
        "de",
        "Seit Jänner haben die größten Landesenergieversorger ihre Tarife um durchschnittlich 4,6 Prozent gesenkt.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Auf APA-Anfrage räumte die Urheberin des Videos ein, sie habe den teuersten Neukundentarif eines einzelnen Anbieters mit dem Durchschnittspreis von 2021 verglichen.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Kontext: Ein durchschnittlicher Haushalt verbraucht nach Zahlen der E-Control rund 3.500 Kilowattstunden Strom im Jahr.",
        True,
        [("count", 3500, None, "about")],
        None,
    ),
    # --- A congressman on youth jobs (AP Fact Check), March 6 ---
    (
        "en",
        'COLUMBUS, Ohio (AP) — Rep. Dale Hargrove claimed at a town hall on Tuesday that "one in four young Americans can\'t find a job."',
        True,
        [("fraction", 0.25, None, None)],
        "Dale Hargrove",
    ),
    (
        "en",
        "CLAIM: A quarter of Americans under 25 are unemployed.",
        True,
        [("fraction", 0.25, None, None), ("duration", 25, "year", "under")],
        None,
    ),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: The unemployment rate for Americans aged 16 to 24 was 8.7% in February, according to the Bureau of Labor Statistics.",
        True,
        [("duration", 16, "year", None), ("duration", 24, "year", None), ("percent", 8.7, "%", None)],
        None,
    ),
    (
        "en",
        "That is roughly one in 11 of the young people looking for work, not one in four.",
        True,
        [("fraction", 0.0909, None, "about"), ("fraction", 0.25, None, None)],
        None,
    ),
    ("en", "The overall jobless rate was 4.3% in the same month.", True, [("percent", 4.3, "%", None)], None),
    (
        "en",
        "The youth rate peaked at 26.8% in April 2020, when pandemic shutdowns closed restaurants and shops.",
        True,
        [("percent", 26.8, "%", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "A spokesperson for Hargrove said the congressman had been citing a survey of recent graduates in his district.",
        True,
        [],
        None,
    ),
    ("en", '"Our kids are doing everything right and getting nothing for it," Hargrove said.', False, [], None),
    # --- AFP-Faktencheck: brennendes Windrad (AFP), März ---
    (
        "de",
        "Berlin (AFP) - Ein Foto, das ein brennendes Windrad in Brandenburg zeigen soll, verbreitet sich seit dem Wochenende auf X und Facebook.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dazu heißt es, es sei bereits der zwölfte Windradbrand in diesem Jahr.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    ("de", "Behauptung: Das Bild zeigt einen Brand in einem Windpark bei Prenzlau im März.", True, [], None),
    ("de", "AFP-Bewertung: Falscher Kontext.", False, [], None),
    (
        "de",
        "Eine Bilder-Rückwärtssuche führt zu einer Aufnahme, die eine schottische Lokalzeitung am 23. Mai 2019 veröffentlicht hatte.",
        True,
        [("date", "2019-05-23", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Polizei hat es in diesem Jahr im Landkreis Uckermark keinen Brand an einer Windkraftanlage gegeben.",
        True,
        [],
        "die Polizei",
    ),
    (
        "de",
        "Nach Zahlen des Bundesverbands WindEnergie werden in Deutschland jährlich zehn bis 15 Brände an Windrädern gemeldet, bei mehr als 28.000 Anlagen.",
        True,
        [("count", 10, None, None), ("count", 15, None, None), ("count", 28000, None, "over")],
        None,
    ),
    ("de", "Das Foto wurde bislang mehr als 9.000 Mal geteilt.", True, [("count", 9000, None, "over")], None),
    # --- Age pension (AAP FactCheck), March 10 ---
    (
        "en",
        "SYDNEY, March 10 (AAP) - Posts on Facebook say the government will stop paying the age pension to anyone with more than A$500,000 in savings from July 1.",
        True,
        [("date", "--03-10", None, None), ("money", 500000, "AUD", "over"), ("date", "--07-01", None, None)],
        None,
    ),
    ("en", "AAP FactCheck verdict: False.", False, [], None),
    (
        "en",
        "There is no such change, and none has been announced, the Department of Social Services said.",
        True,
        [],
        "the Department of Social Services",
    ),
    (
        "en",
        "Under the existing assets test, a single homeowner can hold up to A$321,500 and still receive the full pension.",
        True,
        [("money", 321500, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "About 2.4 million Australians receive the age pension, according to the department's website.",
        True,
        [("count", 2400000, None, "about")],
        None,
    ),
    (
        "en",
        "The claim appears to stem from a 2022 think-tank proposal that was never adopted.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "One of the posts, shared more than 6,000 times, shows a fake letter bearing the department's logo.",
        True,
        [("count", 6000, None, "over")],
        None,
    ),
    ("en", 'A commenter beneath it asked: "Why is no one in the media reporting this?"', False, [], None),
    # --- Keystone-SDA: Asylgesuche in der «Arena», März ---
    (
        "de",
        "Bern (Keystone-SDA) - SVP-Nationalrätin Regula Ammann hat in der «Arena» behauptet, die Schweiz nehme jedes Jahr über 100'000 Asylsuchende auf.",
        True,
        [("count", 100000, None, "over")],
        "Regula Ammann",
    ),
    (
        "de",
        "Behauptung: Jährlich stellen in der Schweiz mehr als 100'000 Menschen ein Asylgesuch.",
        True,
        [("count", 100000, None, "over")],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Laut Staatssekretariat für Migration wurden im vergangenen Jahr 24'310 Asylgesuche gestellt, im Jahr davor 27'860.",
        True,
        [("count", 24310, None, None), ("count", 27860, None, None)],
        "Staatssekretariat für Migration",
    ),
    (
        "de",
        "Statt der behaupteten 100'000 war es also nicht einmal ein Viertel.",
        True,
        [("count", 100000, None, None), ("fraction", 0.25, None, "under")],
        None,
    ),
    (
        "de",
        "Den höchsten Wert der vergangenen 30 Jahre verzeichnete das SEM 2015 mit 41'180 Gesuchen.",
        True,
        [("duration", 30, "year", None), ("year", 2015, None, None), ("count", 41180, None, None)],
        None,
    ),
    (
        "de",
        "Ammann sagte auf Anfrage, sie habe auch Personen mit Schutzstatus S und vorläufig Aufgenommene mitgezählt.",
        True,
        [],
        "Ammann",
    ),
    ("de", "«Wir verlieren die Kontrolle über unser eigenes Land», sagte Ammann in der Sendung.", False, [], None),
    # --- Council tax in Leeds (PA), March 13 ---
    (
        "en",
        "LEEDS, England (PA) - A screenshot shared widely on WhatsApp claims households in Leeds face a 20% council tax rise from April.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    ("en", "Full Fact's verdict: False.", False, [], None),
    (
        "en",
        "Leeds City Council said its share of the Band D bill would rise by 4.8% in April, to £1,912.36 a year.",
        True,
        [("percent", 4.8, "%", None), ("money", 1912.36, "GBP", None)],
        "Leeds City Council",
    ),
    (
        "en",
        "Including the police and fire precepts, the average Band D bill goes up by about £94.",
        True,
        [("money", 94, "GBP", "about")],
        None,
    ),
    ("en", "So where did the post's figure come from?", False, [], None),
    (
        "en",
        "The screenshot appears to have been edited from a 2023 news story about a proposed 20% rise in parking charges.",
        True,
        [("year", 2023, None, None), ("percent", 20, "%", None)],
        None,
    ),
    (
        "en",
        "It was first posted in a Facebook group for Leeds residents with about 41,000 members.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    ("en", "The council said it had reported the fake screenshot to WhatsApp.", True, [], "the council"),
    # --- dpa-Faktencheck: Krankenhausreform (dpa), Mitte März ---
    (
        "de",
        "Berlin (dpa) - In einem vielfach geteilten Sharepic wird behauptet, bis 2030 werde jede zweite Klinik in Deutschland geschlossen.",
        True,
        [("year", 2030, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Behauptung: Die Krankenhausreform führt zur Schließung der Hälfte aller Kliniken.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "Bewertung: Unbelegt.", False, [], None),
    (
        "de",
        "Fakten: Nach Angaben des Statistischen Bundesamts gab es zuletzt 1.741 Krankenhäuser in Deutschland, rund 160 weniger als zehn Jahre zuvor.",
        True,
        [("count", 1741, None, None), ("count", 160, None, "about"), ("duration", 10, "year", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Laut Statistischem Bundesamt wurden dort im vergangenen Jahr rund 16,4 Millionen Patientinnen und Patienten stationär behandelt.",
        True,
        [("count", 16400000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Bundesgesundheitsministerium teilte mit, die Reform lege keine Zahl von Schließungen fest.",
        True,
        [],
        "das Bundesgesundheitsministerium",
    ),
    (
        "de",
        "Die Zahl stammt offenbar aus einem Gutachten von 2022, das langfristig rund 1.200 Standorte für ausreichend hielt.",
        True,
        [("year", 2022, None, None), ("count", 1200, None, "about")],
        None,
    ),
    ("de", "Wie viele Häuser tatsächlich schließen werden, lässt sich derzeit nicht seriös sagen.", False, [], None),
    ("de", "„Erst stirbt das Krankenhaus, dann stirbt das Dorf“, heißt es auf dem Sharepic.", False, [], None),
    # --- Tokyo quake video (Reuters Fact Check), March 17 ---
    (
        "en",
        "TOKYO, March 17 (Reuters) - A video viewed more than 2 million times on X does not show high-rise buildings swaying in Tokyo during Sunday's magnitude 6.1 earthquake off Chiba.",
        True,
        [("date", "--03-17", None, None), ("count", 2000000, None, "over"), ("count", 6.1, None, None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Miscaptioned.", False, [], None),
    (
        "en",
        "The footage was filmed in Taipei during an earthquake on Dec. 18, 2022, and first posted by a local resident that evening.",
        True,
        [("date", "2022-12-18", None, None)],
        None,
    ),
    (
        "en",
        "Street signs in traditional Chinese characters are visible in the first eight seconds of the clip.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "second", None)],
        None,
    ),
    (
        "en",
        "The Japan Meteorological Agency said the quake was felt in Tokyo but caused no damage to buildings there.",
        True,
        [],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "The quake struck at a depth of about 40 kilometers shortly after 9 a.m. local time, according to the agency.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    ("en", "A Reuters search found the same clip recycled after earlier quakes in Turkey and Mexico.", True, [], None),
    (
        "en",
        "The most shared version was posted by an account with about 310,000 followers.",
        True,
        [("count", 310000, None, "about")],
        None,
    ),
    # --- APA-Faktencheck: Asylwerber und Mindestpensionisten (APA), März ---
    (
        "de",
        "Wien (APA) - Eine Kettennachricht behauptet, Asylwerber bekämen in Österreich monatlich 1.850 Euro, während Mindestpensionisten mit 1.270 Euro auskommen müssten.",
        True,
        [("money", 1850, "EUR", None), ("money", 1270, "EUR", None)],
        None,
    ),
    ("de", "Behauptung: Asylwerber erhalten mehr Geld als Mindestpensionisten.", True, [], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Nach Angaben des Innenministeriums erhalten Asylwerber in organisierten Quartieren 40 Euro Taschengeld im Monat, Unterkunft und Verpflegung werden gestellt.",
        True,
        [("money", 40, "EUR", None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Wer privat wohnt, bekommt bis zu 310 Euro für Miete und Verpflegung, Familien bis zu 620 Euro.",
        True,
        [("money", 310, "EUR", "up_to"), ("money", 620, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Der Ausgleichszulagenrichtsatz für Alleinstehende liegt heuer bei 1.318,60 Euro brutto.",
        True,
        [("money", 1318.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die 1.850 Euro entsprechen nach APA-Recherchen dem Betrag, den ein Quartiergeber für eine fünfköpfige Familie im Monat erhält.",
        True,
        [("money", 1850, "EUR", None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Am Ende werden die Empfänger aufgefordert, die Nachricht an mindestens 15 Kontakte weiterzuschicken.",
        True,
        [("count", 15, None, "at_least")],
        None,
    ),
    # --- Food imports (AP Fact Check), March 19 ---
    (
        "en",
        "NEW YORK (AP) — A viral video claims the United States now imports more than half of the food Americans eat.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    ("en", "CLAIM: Over half of America's food comes from abroad.", True, [("fraction", 0.5, None, "over")], None),
    ("en", "AP'S ASSESSMENT: Misleading.", False, [], None),
    ("en", "Here's a closer look at where the video goes wrong.", False, [], None),
    (
        "en",
        "THE FACTS: Imports made up about 16% of the food Americans consumed by volume, according to the latest estimate from the Agriculture Department's Economic Research Service.",
        True,
        [("percent", 16, "%", "about")],
        None,
    ),
    (
        "en",
        "The share is far higher for some items: roughly three-quarters of fresh fruit and about a third of fresh vegetables come from abroad, the estimate shows.",
        True,
        [("fraction", 0.75, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "The man who made the video told the AP he had meant seafood, most of which the U.S. imports.",
        True,
        [],
        None,
    ),
    (
        "en",
        "About 80% of the seafood eaten in the country is imported, the National Oceanic and Atmospheric Administration says.",
        True,
        [("percent", 80, "%", "about")],
        None,
    ),
    ("en", '"Wake up, we can\'t even feed ourselves anymore," the narrator says.', False, [], None),
    # --- dpa-Faktencheck: Briefwahl in Worms (dpa), Ende März ---
    ("de", "Faktencheck: Wurden in Worms Briefwahlstimmen doppelt gezählt?", False, [], None),
    (
        "de",
        "Mainz (dpa) - Nach der Landtagswahl kursiert auf Telegram die Behauptung, in mehreren Wahlkreisen seien Tausende Briefwahlstimmen doppelt gezählt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Behauptung: Im Wahlkreis Worms wurden 4.800 Briefwahlstimmen zweimal gezählt.",
        True,
        [("count", 4800, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Die Landeswahlleitung teilte mit, im Wahlkreis Worms seien 31.206 gültige Stimmen abgegeben worden, davon 12.874 per Brief.",
        True,
        [("count", 31206, None, None), ("count", 12874, None, None)],
        "die Landeswahlleitung",
    ),
    (
        "de",
        "Kontext: Jeder Wahlbrief wird vor der Auszählung mit dem Wählerverzeichnis abgeglichen, eine doppelte Stimmabgabe fiele dabei auf.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Kanal, der die Behauptung zuerst verbreitete, hat rund 48.000 Abonnenten.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "de",
        "„Wer jetzt noch an saubere Wahlen glaubt, dem ist nicht zu helfen“, heißt es in dem Beitrag.",
        False,
        [],
        None,
    ),
    # --- AI hailstone (AFP Fact Check), March 24 ---
    (
        "en",
        "PARIS (AFP) - An image that has circulated on Facebook more than 30,000 times claims to show a hailstone the size of a football that fell in Texas last week.",
        True,
        [("count", 30000, None, "over")],
        None,
    ),
    ("en", "AFP rating: AI-generated.", False, [], None),
    (
        "en",
        "Two AI-detection tools rated the image as 98% and 99% likely to have been generated with artificial intelligence.",
        True,
        [("count", 2, None, None), ("percent", 98, "%", None), ("percent", 99, "%", None)],
        None,
    ),
    (
        "en",
        "The hand holding the stone has six fingers, a common flaw in such images.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The stone's surface also repeats the same pattern in at least three places.",
        True,
        [("count", 3, None, "at_least")],
        None,
    ),
    (
        "en",
        "The largest hailstone reported in Texas this spring measured about 3.5 inches across, the National Weather Service said.",
        True,
        [("count", 3.5, None, "about")],
        "the National Weather Service",
    ),
    (
        "en",
        "The account that first posted it was created in February and has shared about a dozen similar images since.",
        True,
        [("count", 12, None, "about")],
        None,
    ),
    # --- Keystone-SDA: Angebotsmieten in Zürich, Ende März ---
    (
        "de",
        "Zürich (Keystone-SDA) - Ein Post auf Instagram behauptet, die Angebotsmieten in der Stadt Zürich seien seit 2015 um gut 40 Prozent gestiegen.",
        True,
        [("year", 2015, None, None), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Behauptung: Neue Mietwohnungen in Zürich kosten heute über 40 Prozent mehr als 2015.",
        True,
        [("percent", 40, "%", "over"), ("year", 2015, None, None)],
        None,
    ),
    ("de", "Bewertung: Weitgehend richtig.", False, [], None),
    (
        "de",
        "Fakten: Laut Statistik Stadt Zürich stieg die mittlere Angebotsmiete für eine Wohnung mittlerer Grösse von 2'190 Franken im Jahr 2015 auf 3'140 Franken im vergangenen Jahr.",
        True,
        [("money", 2190, "CHF", None), ("year", 2015, None, None), ("money", 3140, "CHF", None)],
        "Statistik Stadt Zürich",
    ),
    ("de", "Das entspricht einem Plus von gut 43 Prozent.", True, [("percent", 43, "%", "over")], None),
    (
        "de",
        "Die Bestandsmieten stiegen im gleichen Zeitraum nur um rund 9 Prozent, wie der Mietpreisindex zeigt.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "de",
        "Kontext: Rund vier Fünftel der Zürcher Haushalte wohnen zur Miete.",
        True,
        [("fraction", 0.8, None, "about")],
        None,
    ),
    ("de", "«Zürich ist nur noch etwas für Banker und Erben», schreibt die Verfasserin dazu.", False, [], None),
    # --- A fake quote on cash (Reuters Fact Check), March 27 ---
    (
        "en",
        'OTTAWA, March 27 (Reuters) - A quote attributed to Bank of Canada Deputy Governor Marianne Thibodeau, saying banknotes "will be withdrawn from circulation by 2030," has been shared more than 18,000 times on Facebook.',
        True,
        [("date", "--03-27", None, None), ("year", 2030, None, None), ("count", 18000, None, "over")],
        None,
    ),
    ("en", "Verdict: Fabricated quote.", False, [], None),
    (
        "en",
        "The Bank of Canada said Thibodeau had never made the statement and that it had no plans to stop issuing banknotes.",
        True,
        [],
        "the Bank of Canada",
    ),
    (
        "en",
        "A search of her 19 published speeches since she joined the bank's governing council in 2022 returns no such phrase.",
        True,
        [("count", 19, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Cash was used in about 11% of in-person purchases last year, down from 33% in 2009, according to the bank's own surveys.",
        True,
        [("percent", 11, "%", "about"), ("percent", 33, "%", None), ("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "Banknotes worth about C$131 billion were in circulation at the end of last year.",
        True,
        [("money", 131000000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "The earliest version of the quote was on a website set up in January that lists no owner or contact details.",
        True,
        [],
        None,
    ),
    ("en", '"Cash today, your freedom tomorrow," the post reads.', False, [], None),
    # --- dpa-Faktencheck: gefälschtes Schreiben zum Trinkwasser (dpa), Anfang April ---
    (
        "de",
        "München (dpa) - In Whatsapp-Gruppen kursiert ein angebliches Schreiben des bayerischen Umweltministeriums, wonach ab 1. Juni jeder Einwohner nur noch 120 Liter Wasser am Tag verbrauchen dürfe.",
        True,
        [("date", "--06-01", None, None), ("count", 120, None, None)],
        None,
    ),
    ("de", "Behauptung: Bayern rationiert ab Juni das Trinkwasser.", True, [], None),
    ("de", "Bewertung: Gefälscht.", False, [], None),
    (
        "de",
        "Das Umweltministerium teilte mit, das Schreiben sei eine Fälschung, eine Rationierung sei nicht geplant.",
        True,
        [],
        "das Umweltministerium",
    ),
    (
        "de",
        "Fakten: Nach Angaben des Bayerischen Landesamts für Umwelt verbrauchte jeder Einwohner zuletzt im Schnitt 131 Liter Trinkwasser am Tag.",
        True,
        [("count", 131, None, None)],
        "das Bayerische Landesamt für Umwelt",
    ),
    (
        "de",
        "Das Schreiben trägt ein Logo, das das Ministerium seit 2018 nicht mehr verwendet.",
        True,
        [("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "„Erst der Strom, jetzt das Wasser – was kommt als Nächstes?“, heißt es in einer der Gruppen.",
        False,
        [],
        None,
    ),
    # --- Warragamba Dam (AAP FactCheck), April 3 ---
    (
        "en",
        "SYDNEY, April 3 (AAP) - Facebook posts claim Sydney's main dam is down to 30 per cent and that water restrictions will start within weeks.",
        True,
        [("date", "--04-03", None, None), ("percent", 30, "%", None)],
        None,
    ),
    ("en", "AAP FactCheck verdict: False.", False, [], None),
    (
        "en",
        "WaterNSW data shows Warragamba Dam was at 87.2 per cent of capacity on Wednesday.",
        True,
        [("percent", 87.2, "%", None)],
        None,
    ),
    (
        "en",
        "The dam has not been below 50 per cent since early 2020, the data shows.",
        True,
        [("percent", 50, "%", "under"), ("year", 2020, None, None)],
        None,
    ),
    ("en", "Sydney Water said there were no plans for restrictions.", True, [], "Sydney Water"),
    (
        "en",
        "The 30 per cent figure appears to come from a 2019 news report.",
        True,
        [("percent", 30, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Restrictions were last imposed in Sydney in 2019 and lifted in 2021.",
        True,
        [("year", 2019, None, None), ("year", 2021, None, None)],
        None,
    ),
    # --- AFP-Faktencheck: geschnittene Landtagsrede (AFP), Anfang April ---
    (
        "de",
        "Stuttgart (AFP) - Ein kurzer Clip aus einer Landtagsrede der Grünen-Abgeordneten Sabine Wendrich verbreitet sich auf Tiktok: Darin scheint sie zu fordern, den Sportunterricht an Grundschulen abzuschaffen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 23 Sekunden lange Clip wurde mehr als 260.000 Mal angesehen.",
        True,
        [("duration", 23, "second", None), ("count", 260000, None, "over")],
        None,
    ),
    ("de", "AFP-Bewertung: Aus dem Zusammenhang gerissen.", False, [], None),
    (
        "de",
        "In der vollständigen, gut vier Minuten langen Rede spricht sich Wendrich dafür aus, eine der drei Sportstunden pro Woche durch Schwimmunterricht zu ersetzen.",
        True,
        [("duration", 4, "minute", "over"), ("count", 3, None, None)],
        None,
    ),
    ("de", "Im Clip fehlen der erste und der letzte Satz dieser Passage.", True, [("ordinal", 1, None, None)], None),
    ("de", "Wendrich sagte AFP, sie habe Anzeige wegen Verleumdung erstattet.", True, [], "Wendrich"),
    ("de", "„Wer so schneidet, will nicht informieren, sondern hetzen“, sagte Wendrich.", False, [], None),
    (
        "de",
        "Hochgeladen hatte den Clip ein Account, der erst im Februar angelegt wurde und seither knapp 700 Videos veröffentlicht hat.",
        True,
        [("count", 700, None, "nearly")],
        None,
    ),
    # --- Social Security (AP Fact Check), April 7 ---
    ("en", "Is Social Security really about to go broke?", False, [], None),
    (
        "en",
        'WASHINGTON (AP) — Sen. Russell Tamblin claimed in a Fox Business interview on Sunday that Social Security "will be bankrupt by next year."',
        True,
        [],
        "Russell Tamblin",
    ),
    ("en", "CLAIM: Social Security will run out of money next year.", True, [], None),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: The latest annual report of the Social Security trustees projects that the program's main trust fund will run dry in 2034.",
        True,
        [("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "Even then, incoming payroll taxes would still cover about 79% of scheduled benefits, the report says.",
        True,
        [("percent", 79, "%", "about")],
        None,
    ),
    (
        "en",
        "The fund held about $2.6 trillion in reserves at the end of last year.",
        True,
        [("money", 2600000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "About 71 million people receive Social Security benefits each month.",
        True,
        [("count", 71000000, None, "about")],
        None,
    ),
    ("en", "Tamblin's office said he had meant a separate fund that pays disability benefits.", True, [], None),
    ("en", '"Washington has been lying to seniors for decades," Tamblin said.', False, [], None),
    # --- APA-Faktencheck: manipulierte Inflationsgrafik (APA), April ---
    (
        "de",
        "Wien (APA) - Ein Bild einer angeblichen „ZIB 1“-Grafik, die für März eine Inflationsrate von 9,8 Prozent zeigt, verbreitet sich auf Facebook und X.",
        True,
        [("percent", 9.8, "%", None)],
        None,
    ),
    ("de", "Bewertung: Manipuliert.", False, [], None),
    (
        "de",
        "Eingeblendet war in der Sendung vom 1. April eine Teuerung von 3,1 Prozent, wie ein Abgleich mit der ORF-Mediathek zeigt.",
        True,
        [("date", "--04-01", None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    ("de", "Die gefälschte Version ändert nur die Zahl, Schrift und Farben entsprechen dem Original.", True, [], None),
    (
        "de",
        "Fakten: Laut Statistik Austria lag die Inflation im März bei 3,1 Prozent, nach 3,4 Prozent im Februar.",
        True,
        [("percent", 3.1, "%", None), ("percent", 3.4, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Die Teuerung sank damit um 0,3 Prozentpunkte gegenüber dem Vormonat.",
        True,
        [("percent", 0.3, "pp", None)],
        None,
    ),
    ("de", "Der ORF teilte mit, er habe die Plattformen aufgefordert, das Bild zu entfernen.", True, [], "der ORF"),
    (
        "de",
        "Zuerst gepostet wurde das Bild in einer Facebook-Gruppe mit rund 23.000 Mitgliedern.",
        True,
        [("count", 23000, None, "about")],
        None,
    ),
    # --- Emigration from Britain (Reuters Fact Check), April 9 ---
    (
        "en",
        "LONDON, April 9 (Reuters) - Posts on X claim that more than a million people emigrated from Britain last year, the most on record.",
        True,
        [("date", "--04-09", None, None), ("count", 1000000, None, "over")],
        None,
    ),
    ("en", "Claim: Over 1 million Britons left the UK last year.", True, [("count", 1000000, None, "over")], None),
    ("en", "Verdict: Misleading.", False, [], None),
    (
        "en",
        "The Office for National Statistics estimated that about half a million people emigrated from the UK in the year to June, of whom roughly 92,000 were British nationals.",
        True,
        [("count", 500000, None, "about"), ("count", 92000, None, "about")],
        None,
    ),
    (
        "en",
        "That means fewer than one in five of those leaving were British.",
        True,
        [("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "The 1 million figure appears to count short-term stays abroad of more than three months as emigration.",
        True,
        [("count", 1000000, None, None), ("duration", 3, "month", "over")],
        None,
    ),
    (
        "en",
        "Context: Emigration estimates are less certain than immigration figures because people leaving are not counted at the border.",
        True,
        [],
        None,
    ),
    ("en", '"Everyone with any sense is getting out," the most widely shared post says.', False, [], None),
    # --- dpa-Faktencheck: Akkus von E-Autos (dpa), Mitte April ---
    (
        "de",
        "Hamburg (dpa) - In einem Youtube-Video behauptet ein Autoblogger, die Akkus von Elektroautos seien nach fünf Jahren Schrott.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    ("de", "Behauptung: Nach fünf Jahren ist ein E-Auto-Akku wertlos.", True, [("duration", 5, "year", None)], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Eine Auswertung des ADAC von gut 4.300 Fahrzeugen ergab, dass die Akkus nach fünf Jahren im Schnitt noch rund 91 Prozent ihrer Kapazität hatten.",
        True,
        [("count", 4300, None, "over"), ("duration", 5, "year", None), ("percent", 91, "%", "about")],
        None,
    ),
    (
        "de",
        "Nach acht Jahren oder 160.000 Kilometern lag der Wert bei gut 85 Prozent.",
        True,
        [("duration", 8, "year", None), ("count", 160000, None, None), ("percent", 85, "%", "over")],
        None,
    ),
    (
        "de",
        "Die meisten Hersteller garantieren acht Jahre lang mindestens 70 Prozent der ursprünglichen Kapazität.",
        True,
        [("duration", 8, "year", None), ("percent", 70, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Der Blogger sagte der dpa, er habe sich auf ein einzelnes Fahrzeug mit einem Produktionsfehler bezogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Berichtigung: Eine frühere Version nannte 3.400 ausgewertete Fahrzeuge, tatsächlich waren es gut 4.300.",
        True,
        [("count", 3400, None, None), ("count", 4300, None, "over")],
        None,
    ),
    # --- Fuel stocks (AAP FactCheck), April 14 ---
    (
        "en",
        'CANBERRA, April 14 (AAP) - Senator Bronwyn Keogh claimed during a Senate estimates hearing that Australia holds "only nine days" of petrol.',
        True,
        [("date", "--04-14", None, None), ("duration", 9, "day", None)],
        "Bronwyn Keogh",
    ),
    ("en", "AAP FactCheck verdict: Misleading.", False, [], None),
    (
        "en",
        "Government data shows Australia held 24 days of petrol at the end of January, including cargoes on ships bound for its ports.",
        True,
        [("duration", 24, "day", None)],
        None,
    ),
    ("en", "Stocks held onshore alone covered 17 days of consumption.", True, [("duration", 17, "day", None)], None),
    (
        "en",
        "Keogh later said she had been quoting a figure for diesel held at one terminal in Queensland.",
        True,
        [("count", 1, None, None)],
        "Keogh",
    ),
    ("en", '"We are a single crisis away from empty bowsers," Keogh told the hearing.', False, [], None),
    (
        "en",
        "Australia imports about 90 per cent of its liquid fuels, the energy department says.",
        True,
        [("percent", 90, "%", "about")],
        None,
    ),
    (
        "en",
        "As a member of the International Energy Agency, it is required to hold stocks equal to 90 days of net imports.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    # --- Keystone-SDA: Wolf auf dem Schulhof, April ---
    (
        "de",
        "Chur (Keystone-SDA) - Ein Foto, das einen Wolf auf einem Schulhof in Graubünden zeigen soll, ist innert drei Tagen über 120'000 Mal geteilt worden.",
        True,
        [("duration", 3, "day", None), ("count", 120000, None, "over")],
        None,
    ),
    (
        "de",
        "Behauptung: Am 8. April stand während der Pause ein Wolf auf dem Schulhof von Ilanz.",
        True,
        [("date", "--04-08", None, None)],
        None,
    ),
    ("de", "Bewertung: Falscher Kontext.", False, [], None),
    (
        "de",
        "Das Foto stammt aus Rumänien und wurde im Februar 2021 von einer Lokalzeitung veröffentlicht.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Wildhut wurde in Ilanz in diesem Jahr kein Wolf innerhalb des Siedlungsgebiets beobachtet.",
        True,
        [],
        "die Wildhut",
    ),
    (
        "de",
        "Im Kanton leben derzeit rund 70 Wölfe in zwölf Rudeln.",
        True,
        [("count", 70, None, "about"), ("count", 12, None, None)],
        None,
    ),
    # --- Measles cases (AP Fact Check), April 17 ---
    (
        "en",
        "ATLANTA (AP) — Social media posts claim measles cases in the United States have jumped 900% so far this year.",
        True,
        [("percent", 900, "%", None)],
        None,
    ),
    ("en", "CLAIM: U.S. measles cases are up 900% from last year.", True, [("percent", 900, "%", None)], None),
    ("en", "AP'S ASSESSMENT: Missing context.", False, [], None),
    (
        "en",
        "THE FACTS: The Centers for Disease Control and Prevention had confirmed 412 cases by April 10, against 41 in the same period last year.",
        True,
        [("count", 412, None, None), ("date", "--04-10", None, None), ("count", 41, None, None)],
        None,
    ),
    ("en", "That is about 10 times as many, in line with the claim.", True, [("count", 10, None, "about")], None),
    (
        "en",
        "More than two-thirds of this year's cases are linked to a single outbreak in two rural counties, the CDC said.",
        True,
        [("fraction", 0.6667, None, "over"), ("count", 2, None, None)],
        "the CDC",
    ),
    ("en", "Cases have been reported in 19 states so far.", True, [("count", 19, None, None)], None),
    (
        "en",
        "Context: Measles was declared eliminated in the U.S. in 2000, meaning it no longer spreads continuously for 12 months or more.",
        True,
        [("year", 2000, None, None), ("duration", 12, "month", "at_least")],
        None,
    ),
    # --- dpa-Faktencheck: Eigenanteil im Pflegeheim (dpa), Ende April ---
    (
        "de",
        "Berlin (dpa) - Ein Sharepic auf Facebook behauptet, Pflegebedürftige müssten für einen Heimplatz inzwischen im Schnitt 5.000 Euro im Monat aus eigener Tasche zahlen.",
        True,
        [("money", 5000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Der Eigenanteil im Pflegeheim liegt bei durchschnittlich 5.000 Euro monatlich.",
        True,
        [("money", 5000, "EUR", None)],
        None,
    ),
    ("de", "Bewertung: Übertrieben.", False, [], None),
    ("de", "Ein Blick auf die Zahlen zeigt ein anderes Bild.", False, [], None),
    (
        "de",
        "Fakten: Laut Verband der Ersatzkassen zahlten Heimbewohner im ersten Jahr zuletzt im Bundesschnitt 2.871 Euro pro Monat.",
        True,
        [("ordinal", 1, None, None), ("money", 2871, "EUR", None)],
        "Verband der Ersatzkassen",
    ),
    (
        "de",
        "Wer länger als drei Jahre im Heim lebt, zahlt dank höherer Zuschläge der Pflegekasse im Schnitt knapp 2.100 Euro.",
        True,
        [("duration", 3, "year", "over"), ("money", 2100, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Am teuersten ist Nordrhein-Westfalen mit 3.214 Euro, am günstigsten Sachsen-Anhalt mit 2.205 Euro.",
        True,
        [("money", 3214, "EUR", None), ("money", 2205, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die 5.000 Euro entsprechen nach dpa-Recherchen ungefähr den Gesamtkosten eines Heimplatzes, bevor die Pflegekasse ihren Anteil übernimmt.",
        True,
        [("money", 5000, "EUR", None)],
        None,
    ),
    ("de", "„Wer sein Leben lang gearbeitet hat, wird im Alter enteignet“, heißt es auf dem Bild.", False, [], None),
    # --- A fake BBC screenshot (AFP Fact Check), April 24 ---
    (
        "en",
        "LONDON (AFP) - A screenshot of a purported BBC News article saying Britain will ban petrol lawnmowers from 2027 has been shared more than 11,000 times on Facebook.",
        True,
        [("year", 2027, None, None), ("count", 11000, None, "over")],
        None,
    ),
    ("en", "AFP rating: Fake.", False, [], None),
    (
        "en",
        "The BBC said it had published no such article, and a search of its website returns no match.",
        True,
        [],
        "the BBC",
    ),
    ("en", "A Defra spokesperson said there were no plans to ban petrol-powered garden tools.", True, [], None),
    (
        "en",
        'The screenshot uses a typeface the BBC dropped in 2017 and misspells the word "government" in its first line.',
        True,
        [("year", 2017, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "It first appeared on April 19 in a Facebook group with about 52,000 members.",
        True,
        [("date", "--04-19", None, None), ("count", 52000, None, "about")],
        None,
    ),
    ("en", "The group's administrator removed the post on Tuesday after AFP contacted her.", True, [], None),
    # --- APA-Faktencheck: Mindestsicherung in Wien (APA), Anfang Mai ---
    (
        "de",
        "Wien (APA) - Der ÖVP-Landtagsabgeordnete Markus Pirchner hat im Wiener Landtag behauptet, zwei Drittel aller Bezieher der Mindestsicherung in Österreich lebten in Wien.",
        True,
        [("fraction", 0.6667, None, None)],
        "Markus Pirchner",
    ),
    (
        "de",
        "Behauptung: Zwei von drei Beziehern der Mindestsicherung leben in Wien.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    ("de", "Bewertung: Richtig.", False, [], None),
    (
        "de",
        "Fakten: Laut Statistik Austria bezogen im Vorjahr im Jahresschnitt rund 187.000 Menschen Mindestsicherung oder Sozialhilfe, davon knapp 127.000 in Wien.",
        True,
        [("count", 187000, None, "about"), ("count", 127000, None, "nearly")],
        "Statistik Austria",
    ),
    ("de", "Das entspricht einem Anteil von rund 68 Prozent.", True, [("percent", 68, "%", "about")], None),
    (
        "de",
        "Kontext: Wien hat mit gut zwei Millionen Einwohnern gut ein Fünftel der österreichischen Bevölkerung.",
        True,
        [("count", 2000000, None, "over"), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Sozialstadtrats sagte der APA, Wien habe als Großstadt überdurchschnittlich viele Alleinerziehende und anerkannte Flüchtlinge.",
        True,
        [],
        None,
    ),
    ("de", "„Wien ist das Sozialamt der Republik“, sagte Pirchner im Landtag.", False, [], None),
    # --- A coffee study (Reuters Fact Check), May 6 ---
    (
        "en",
        "LONDON, May 6 (Reuters) - Posts on Instagram and TikTok claim a new study found that people who drink two cups of coffee a day live up to 10 years longer.",
        True,
        [("date", "--05-06", None, None), ("count", 2, None, None), ("duration", 10, "year", "up_to")],
        None,
    ),
    ("en", "Reuters Fact Check rating: Misleading.", False, [], None),
    (
        "en",
        "The study, published in March, followed about 170,000 adults for a median of 11 years.",
        True,
        [("count", 170000, None, "about"), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "It found that those drinking two to three cups a day had a roughly 12% lower risk of dying during that time than non-drinkers.",
        True,
        [("count", 2, None, None), ("count", 3, None, None), ("percent", 12, "%", "about")],
        None,
    ),
    (
        "en",
        "The authors did not estimate any gain in life expectancy, lead author Ingrid Solvang told Reuters.",
        True,
        [],
        "Ingrid Solvang",
    ),
    (
        "en",
        "Solvang said the lower risk was an association and did not show that coffee itself lengthens life.",
        True,
        [],
        "Solvang",
    ),
    ("en", "\"Doctors won't tell you this because it's free,\" a video says.", False, [], None),
    ("en", "(Updated to add comment from the study's lead author)", False, [], None),
]
