"""Four-hundred-and-eighteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of real offices appear only by office
("Der Verkehrsminister", "The transport minister", "der Bundeskanzler", "die bisherige
Vizepräsidentin des Bundesrats", "des neuen Vizepräsidenten", "the current vice president
of the seven-member Federal Council", "the defence minister", "eine Berner
SP-Nationalrätin" and "a Social Democrat from Bern" elected to chair the Nationalrat, "ein
Mitglied der Mitte-Fraktion" chairing the Ständerat, "ein Innerschweizer Ständerat", "den
Innenminister", "the interior minister", "die Dritte Nationalratspräsidentin", "der
Landesparteivorsitzende", "their regional leader", "the Social Democratic governor").

Names: the pollsters, initiators, campaigners, parliamentarians, negotiators, councillors,
the political scientist and the candidate are invented - Silvan Brunner-Egli (gfs.bern),
Noemi Tschanz, Beat Gisler-Amrein, Marco Ferrazzini, Jasmin Rüegg-Stämpfli, Sabine
Kehrli-Wyss, Flavia Derungs, Roger Bühlmann, Anne-Laure Morerod, Sonja Mairinger-Pichler,
Gernot Ladstätter (spelled "Ladstaetter" by AFP, as English copy writes the umlaut), Lukas
Emberger, Andrea Rauchberger, Lisa Kornberger, Verena Schöffmann-Kraut ("Schoeffmann-Kraut"
in Reuters copy), Michael Sailer-Pfurtscheller, Elfriede Hametner and Irina Bachmann-Zeller
(Sotomo) -, and so are the initiative «Wohnraum für alle – Spekulation stoppen», the
vignette increase from 40 to 70 francs, the federal decree on electronic voting, the
initiative «Für eine Lehrstellengarantie», the revision of the energy law, Zurich's tax
law, Basel's vote on the voting age, the Austrian Mietpreisbremse and debt-brake clause,
the Carinthian three-party coalition, the Tyrolean vacancy levy, the congresses, the polls
and every unnamed analyst, activist, delegate, observer and spokesperson. Real states,
bodies, parties, agencies, pollsters, papers and places (Keystone-SDA, APA, Reuters, AFP,
swissinfo, SRG, gfs.bern, Sotomo, Market, Der Standard, Bundeskanzlei, Federal Chancellery,
Eidgenössische Finanzkontrolle, Stadtkanzlei, Bundesrat and Federal Council in both
countries' senses, Vereinigte Bundesversammlung, Federal Assembly, Nationalrat, Ständerat,
National Council, Council of States, Länderkammer, Landtag, Verfassungsgerichtshof,
Constitutional Court, Justizministerium, finance ministry, SP, SVP, FDP, Mitte, Grüne,
Grünliberale/GLP, ÖVP, SPÖ, FPÖ/FPO, NEOS, Hauseigentümerverband, the cantons from Geneva
to Appenzell Innerrhoden, Basel-Stadt, Schwyz, Glarus, Schaffhausen, Lausanne, Olten,
Kärnten/Carinthia, Tirol/Tyrol, Oberösterreich/Upper Austria, Linz, Graz, Klagenfurt,
Innsbruck, Wien and the datelines' cities) stand for the way wire copy names them; every
share, tally, turnout, seat count, vote, poll, margin, budget, cost, price, age, date and
quote here is invented, and where a real figure came to mind (a real count of accepted
initiatives, a real number of Swiss abroad, a real vote weight of Appenzell Innerrhoden
against Zurich, a real vignette price rise, a real number of e-voting cantons, real poll
shares) it was changed; the structural figures wire copy repeats as fact (200 and 46
seats, 246 members of the Federal Assembly, 183 seats in Vienna, 60 members of the
Länderkammer, 36 seats in Carinthia and Tyrol, 26 cantons with 23 cantonal votes, six half
cantons, 100,000 and 50,000 signatures, 18 months and 100 days, the 26-member conciliation
committee, 1891) were kept.

Its weight: SWISS AND AUSTRIAN DOMESTIC POLITICS (the sixty-fifth batch weighed
parliamentary procedure, legislation and votes, the seventy-seventh an Austrian and Swiss
domestic news day, the ninety-second a Swiss news day, the hundred-third elections and
parliamentary votes, the hundred-fifty-first domestic politics on an ordinary day, the
hundred-seventy-second referendums, the hundred-eighty-eighth a parliamentary day with the
Swiss chambers and the Nationalrat in Vienna, the hundred-eighty-ninth opinion versus claim
in domestic politics, the two-hundred-and-thirty-seventh Austrian domestic politics, the
two-hundred-and-thirty-eighth Swiss federal politics and direct democracy, the
two-hundred-and-eighty-fourth a mixed Austrian and Swiss wire day, the
three-hundred-and-third parliaments and legislation and the three-hundred-and-sixty-eighth
referendums and direct democracy; their decisions are kept) - a made-up Swiss voting
Sunday and the weeks around it, Wednesday, November 17, to Friday, December 10, with the
federal votes on Sunday, November 28, the first two weeks of the winter session in Bern and
a busy fortnight in Vienna and the Länder, as 46 short stories in story order, the German
and the English stories interleaved by day, about half in each language. German
(Keystone-SDA with Swiss "ss" - "hiess", "Erfahrungsgemäss", "Vorstössen", "heisst",
"gutgeheissen", "schliessen" -, apostrophe grouping "12'306", "1'224'037", "410'000",
"220'000", "2600" and "8420" without a separator, "Franken", "Rappen", "Stände",
"Standesstimmen", "Ständemehr", "Volk und Stände", "Stimmbeteiligung", "Ja-Anteil",
"Nein-Parole", "Ja-Parole", "Vernehmlassung", "bis am", "innert", "das absolute Mehr", «»
quotes; APA with "Jänner", "mit 1. Jänner", "Klubs", "Länderkammer", "namentlicher
Abstimmung", "Dringlichen Anfrage", "Ordnungsruf", "Gesetzgebungsperiode",
"Landesparteitag", "Delegiertenstimmen", "Dreierkoalition", "Verhandlungsrunde",
"Mandate", „“ quotes): the second SRG trend poll, campaign budgets disclosed to the
Finanzkontrolle, postal votes in Zurich, the housing initiative failing with people and
cantons, the vignette increase thrown out, the e-voting decree accepted, cantonal votes in
Zurich and Basel, the parties' reactions, the opening of the winter session, the Nationalrat
passing the budget, the Ständerat against a reform of the Ständemehr, the Nationalrat in
Vienna passing a rent cap and a debt-brake clause with a two-thirds majority, a failed
motion of no confidence and a call to order, an SPÖ Landesparteitag, the Grünliberale
delegates' voting slogans, the Greens' list leader, a three-party coalition in Carinthia,
Tyrol's vacancy levy, the election of the president of the Confederation, the
Länderkammer letting the rent cap pass, the post-vote survey and the Bundesrat's e-voting
plan. English (Reuters and AFP with dated datelines, swissinfo without a dateline): the
poll, an explainer of initiatives, referendums and the double majority, the Swiss abroad
and e-voting, the results, the vignette, the language divide and turnout, cantonal votes,
what comes next, the session opening and how the session works, the budget, the cantons'
majority kept, the Austrian rent cap and debt brake, the Upper Austrian congress, the
Greens' list leader, Carinthia's coalition and its governor, Tyrol, the Swiss president,
Austria's upper house, the post-vote survey, a Market poll and the e-voting rollout.
Figures as such copy has them: Ja- and Nein-shares, Yes and No shares and turnout in
percent, Standesstimmen and Stände with halves in digits and in words („4,5 von 23
Ständen“, „15,5 zu 7,5 Standesstimmen“, "four and a half of the 23 cantonal votes", "15.5
of the 23 cantonal votes"), tallies for, against and abstaining („mit 128 zu 64 Stimmen bei
3 Enthaltungen“, „mit 119 zu 72 Stimmen bei 5 Enthaltungen“, „mit 31 zu 12 Stimmen bei
einer Enthaltung“, "by 31 votes to 12 with one abstention", "104 to 71", „mit 19 von 60
Stimmen“, "21 of 36 votes"), votes cast in the Federal Assembly and the absolute majority,
delegates' votes in percent and counted („mit 86,9 Prozent der Delegiertenstimmen“, "91.4%
of delegates' votes", „mit 198 zu 7 Stimmen bei 3 Enthaltungen die Ja-Parole“, "271 took
part"), seats and government posts („21 der 36 Mandate“, „vier der sieben
Regierungsmitglieder, die ÖVP zwei und die NEOS eines“), majorities as fractions
(„Zweidrittelmehrheit“, "two-thirds majority"), poll shares, moves in points and margins,
campaign budgets, deficits, cuts, levies and prices in francs, Rappen, euros and dollars,
number words and compounds („Elf Tage“, „gut viermal“, „drei Viertel“, „dreiwöchigen“,
„gut neunstündigen“, „halbstündige“, „45-mal“, „Vier-Tage-Woche“, „Dreierkoalition“, "Three
parties", "eight rounds", "three-quarters", "more than double", "the seven-member", "the
183-seat"), ordinals („der zweiten SRG-Trendumfrage“, „als drittem ordentlichem
Stimmkanal“, „zum zweiten Mal innert sechs Jahren“, „der dritte Anlauf“, „der vierte in
dieser Gesetzgebungsperiode“, „die Dritte Nationalratspräsidentin“, „nach der achten
Verhandlungsrunde“, „das drittbeste Resultat“, "between the first and second wave", "the
fourth such motion", "a first phase"), shares in words („mindestens ein Fünftel“, „rund ein
Drittel“, „rund ein Viertel“, „Fast zwei Drittel“, „gut jeder Dritte“, "roughly a quarter",
"half a vote", "more than a fifth", "Nearly one in two", "just over a third"), ages as the
bounds of survey groups, spans and deadlines, years and dates with and without a year.
Negatives as such copy has them - 56 rows, none with a figure: politicians' and
campaigners' rhetoric in «» and „“ quotes and in English quotes, labels („sprach von“,
"dismissed ... as"), reactions („zeigte sich enttäuscht“, "said they were disappointed",
"welcomed ... but said"), verdicts („werteten ... als“, „hält es für denkbar“, "Analysts
read ... as", "Political analysts ... said ... appeared"), views in the present tense
("Critics say", "Supporters ... argue", "Many expatriates say"), a warning naming no measure
(the SVP's, the landlords'), accusations naming no fact, an appeal, resolve, a doubt,
evasions and open questions, commentary on polls - each near a check-worthy look-alike from
the same story, most often the same speaker's figure.

242 rows (124 German, 118 English), 56 negatives (28 German, 28 English), 186 check-worthy
rows of which 21 carry no figure (12 German, 9 English), 358 expected quantities (124
counts, 65 percentages - 58 in "%", 7 in percentage points "pp" -, 39 amounts of money - 29
CHF, 6 EUR, 4 USD -, 39 dates, 29 durations - 14 in years, 6 in days, 4 in hours, 3 in
weeks, 2 in months -, 26 years, 20 ordinals, 16 fractions; none of them in a negative), 36
checked speakers (20 German, 16 English). These counts were computed by a script over the
list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, reaction, verdict, view, resolve, appeal, warning naming no measure,
  accusation naming no fact, evasion, doubt or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth,
  three-hundred-and-third, three-hundred-and-sixty-eighth); a reported fact, figure, rule,
  step, plan or position is check-worthy with the speaker its own attribution gives, also in
  Konjunktiv I (hundred-seventy-second, hundred-eighty-eighth, two-hundred-and-thirty-
  seventh). As the brief for these batches asks, negatives carry no expected quantities,
  and this batch writes no figure into them (three-hundred-and-fifty-sixth,
  three-hundred-and-sixty-eighth, three-hundred-and-eighty-eighth; the
  two-hundred-and-thirty-seventh and two-hundred-and-thirty-eighth still labelled figures in
  negatives). Pairs from one speaker: Brunner-Egli's pattern of initiatives losing support
  and his waves since 2015 beside «sehr, sehr eng»; Tschanz's 2600 small donors and her
  55 percent beside «Hier kauft sich eine Branche eine Abstimmung» and «bittere
  Niederlage»; Gisler-Amrein's motion for faster permits beside «Neid-Initiative» and
  "caution over experiments"; Ferrazzini's three quarters in both languages beside
  «Milchkühe der Nation» and "cash cows"; Rüegg-Stämpfli's third of the Swiss abroad and
  her 2 Rappen beside «im digitalen Zeitalter» and «Wer A sagt ...»; Kehrli-Wyss's fifth
  and 12 percent beside "The Röstigraben is back"; Derungs's 1.1 billion francs in both
  languages beside «am falschen Ort» and "a false economy"; Bühlmann's 11 billion francs
  beside «kein Luxus»; Morerod's 45 times in both languages beside "would not give up";
  Mairinger-Pichler's 380 euros beside „Grundbedürfnis“; Ladstätter's quarter and
  Ladstaetter's quarter beside „Placebo-Politik“, "placebo politics" and the accusation
  „systematisch zu täuschen“; Emberger's concession beside "out of responsibility";
  Rauchberger's 1,240 members beside „Wir sind wieder da“ and its twin; Kornberger's 2.8
  million euros in both languages beside „unsere Antwort auf die Angst“ and its twin;
  Schöffmann-Kraut's 1,500 places in both spellings beside „Regierung der Mitte“ and its
  twin; Sailer-Pfurtscheller's 17,000 flats in both languages beside „Sparbuch aus Beton“
  and its twin; Hametner's 24 percent in both languages beside „Wer heute gegen die Bremse
  stimmt ...“; Bachmann-Zeller's finding in both languages beside „hält es für denkbar“;
  the transport minister's announced bill beside his reaction; the Bundeskanzler's test
  rule beside «Sicherheit geht vor Tempo».
- Acts of direct democracy, of parliaments and of parties are check-worthy with or without
  a figure (ninety-second, hundred-seventy-second, hundred-eighty-eighth,
  two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth, three-hundred-and-third,
  three-hundred-and-sixty-eighth): an initiative failing at people and cantons, a decree
  accepted by „Volk und Stände“, the cantons that said yes named and not counted („Ein Ja
  gab es nur in Genf, der Waadt, Neuenburg und dem Jura sowie im Halbkanton Basel-Stadt.“),
  the content of a proposal („Die Initiative wollte die Stimmen der Kantone künftig nach
  ihrer Bevölkerungszahl gewichten.“), rules of the system ("Any change to the constitution
  needs the approval of both the people and the cantons, ...", "A bill becomes law only
  when both chambers have approved an identical text.", "The post rotates every year among
  the parliamentary groups.", "Every system will have to pass a public hacking test before
  it is used.", the Bundeskanzler's test rule), a stated pattern of polls
  („Erfahrungsgemäss verlieren Volksinitiativen ...“, three-hundred-and-sixty-eighth), a
  chamber's next step and a deadline („Als Nächstes berät der Ständerat den Voranschlag,
  ...“), steps announced („kündigte an, ... zu unterbreiten“, „kündigte an, ... ein
  Moratorium ... zu beantragen“, „kündigten an, die Unterschriftensammlung ... zu starten“,
  „kündigte eine Prüfung durch den Verfassungsgerichtshof an“, "said it would ask the
  Constitutional Court", "would present a new funding plan", Gisler-Amrein's motion;
  hundred-fifty-first), a denial („wies den Vorwurf zurück“; two-hundred-and-fourth), a
  party's vote and its stated reason („Die Grünen stimmten gegen das Paket, weil ...“), a
  concession won (Emberger), the Länderkammer raising no objection, a Landtag's decision
  without a figure, voting slogans decided by delegates with their tallies
  (two-hundred-and-thirty-eighth New), a pollster's finding (Bachmann-Zeller;
  two-hundred-and-thirty-seventh) and a share of respondents holding a view ("Nearly one in
  two respondents said the rent cap did not go far enough." 0.5 "nearly";
  two-hundred-and-thirty-seventh). A label joined to a checkable record stays check-worthy
  ("The housing vote once again exposed the gulf ...: all four French-speaking cantons
  voted yes, while no German-speaking canton did." count 4; two-hundred-and-thirty-eighth
  New, three-hundred-and-sixty-eighth).
- Standesstimmen and Stände keep their halves as written (seventy-seventh New: „fünfeinhalb
  Stände“ 5.5; hundred-third, hundred-seventy-second, two-hundred-and-thirty-eighth,
  three-hundred-and-sixty-eighth: „22 Stände“ 22, „mit elfeinhalb zu elfeinhalb
  Standesstimmen“): „mit 15,5 zu 7,5 Standesstimmen“ 15.5 and 7.5, "15.5 of the 23 cantonal
  votes" 15.5 and 23. New: „Sie erreichte nur 4,5 von 23 Ständen.“ gives 4.5 and 23 - the
  Stände counted with the half canton as a half, as the Standesstimmen are, and the total
  as a definite group ("8 der 23 Standesstimmen", hundred-seventy-second); "only four and a
  half of the 23 cantonal votes" gives 4.5 and 23 ("only" no hedge), the number words with
  "and a half" read as "eight and a half hours" is 8.5 (three-hundred-and-eighty-eighth) and
  „elfeinhalb“ 11.5 (three-hundred-and-sixty-eighth). "Six of the 26 cantons carry only half
  a vote each" gives 6, 26 and 0.5 ("half a cantonal vote", three-hundred-and-sixty-eighth)
  and "the number of cantonal votes to 23" 23. None: "Ständemehr", "Volksmehr", "Volk und
  Stände", "double majority", "cantonal majorities", "Halbkanton", "the city canton".
- Tallies are counts, one per figure (sixty-fifth, hundred-third, hundred-eighty-eighth,
  two-hundred-and-thirty-eighth, three-hundred-and-third): „mit 128 zu 64 Stimmen bei 3
  Enthaltungen“, „mit 119 zu 72 Stimmen bei 5 Enthaltungen“ and "by 119 votes to 72 with
  five abstentions", „mit 31 zu 12 Stimmen bei einer Enthaltung“ 31, 12 and 1
  (two-hundred-and-thirty-eighth New: „bei einer Enthaltung“ 1) and "with one abstention" 1
  (sixty-fifth), „votierten 104 Abgeordnete dafür und 71 dagegen“ and "104 to 71", „mit 198
  zu 7 Stimmen bei 3 Enthaltungen“, „mit 201 zu 4 Stimmen“, „mit 24 von 36 Stimmen“ and
  "with 24 of its 36 votes", „mit 19 von 60 Stimmen“ and "Only 19 of the 60 members"
  ("Only" no hedge), "with 21 of 36 votes", „41 von 44 gültigen Stimmen“, "168 of 187 valid
  votes", „136 der 178 anwesenden Abgeordneten“ and "136 of the 178 votes cast", „Mit 172
  Stimmen“, „Bei 231 gültigen Wahlzetteln lag das absolute Mehr bei 116.“ 231 and 116 ("das
  absolute Mehr" alone none, two-hundred-and-thirty-eighth), "172 of the 231 valid ballots",
  "An absolute majority of 116 votes was needed." 116. Delegates are counted („Von den 286
  Delegierten beteiligten sich 271“, "Of the party's 286 delegates, 271"; hundred-fifty-
  first: „274 der 300 Delegierten“), and delegates' votes in percent are percentages („mit
  86,9 Prozent der Delegiertenstimmen“, "with 86.9% of delegates' votes", „91,4 Prozent der
  Delegiertenstimmen“, „kam auf 8,6 Prozent“; hundred-eighty-ninth: „mit 94,2 Prozent der
  Delegiertenstimmen“).
- Seats, posts, bodies and parties are counts as written (hundred-third,
  two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth, three-hundred-and-third):
  „21 der 36 Mandate“ and "21 of the 36 seats", "the 183-seat lower house" 183 (three-
  hundred-and-third: "the 343-seat House of Commons"), "The 200-member National Council and
  the 46-member Council of States" 200 and 46 and "the 246-member Federal Assembly" 246
  (two-hundred-and-thirty-eighth), "the seven-member Federal Council" 7, "a conciliation
  committee of 26 members, 13 from each house" 26 and 13, "after three readings in each
  chamber" 3, "the nine provinces" 9 (two-hundred-and-thirty-seventh: „die neun
  Bundesländer“), "the three governing parties" and "the three coalition parties" 3 and
  "Three parties agreed" 3 (a number word opening the row, three-hundredth New),
  „Dreierkoalition“ 3 (ninety-fifth, two-hundred-and-thirty-seventh), "after eight rounds
  of talks" 8 (rounds counted in English, while „nach der achten Verhandlungsrunde“ is
  ordinal 8; two-hundred-and-thirty-seventh: „nach der siebenten Verhandlungsrunde“ 7), „mit
  12 Vorstössen“ and "12 motions", „einen Leitantrag mit 14 Punkten“ and "a 14-point
  programme" 14 (the issue's "28-Punkte-Entwurf"), „164 Seiten“ and "The 164-page coalition
  programme" 164, "in four cantons" 4, "all four French-speaking cantons" 4 ("all" no
  hedge). „Die SPÖ stellt vier der sieben Regierungsmitglieder, die ÖVP zwei und die NEOS
  eines.“ and "four of the seven seats ..., the People's Party two and the NEOS one" give 4,
  7, 2 and 1 - „eines“ and "one" count in a list beside figures (hundred-seventy-second New,
  three-hundred-and-sixty-eighth: "one for a local MP and one for a party list"), unlike
  "one in Zurich" (a pronoun, two-hundred-and-thirty-eighth; here "as much as one in
  Zurich" carries none) and unlike the articles in „eine Berner SP-Nationalrätin“ and „ein
  Mitglied der Mitte-Fraktion“. Multiples are counts with their hedges: „gut viermal so viel
  ... wie“ 4 "over" (two-hundred-and-thirty-eighth: „fast fünfmal so viel“), „gut 45-mal so
  viel wie“ 45 "over". New: "counts well over 45 times as much" is 45 "over" - "over"
  stands right before the figure and "well" strengthens it as "just" and "a little" bend
  "under" and "over" without changing them (three-hundredth, three-hundred-and-eighty-
  eighth), unlike "well above the 100,000 needed", where the words stand before the article
  (three-hundred-and-sixty-eighth). New: "more than double the current maximum" is 2 "over"
  - the English multiple as "more than twice its previous record" (two-hundred-and-forty-
  fourth) and „mehr als doppelt so viele“. Other counts as written: signatures and voters
  with the Swiss apostrophe and English commas („12'306 Stimmberechtigte“, "12,306 eligible
  voters", „1'224'037 Stimmende, Nein 1'472'112“, „gut 220'000 Auslandschweizerinnen“
  "over", "More than 220,000" "over", "the 830,000 citizens", „rund 5,7 Millionen Personen“
  "about", „rund 2600 Kleinspenderinnen“ "about" and „8420 Stimmberechtigte“ below 10'000
  without a separator - two-hundred-and-thirty-eighth -, "8,420 voters", "800 voters",
  "100,000 signatures", "50,000 signatures", "Only 21 popular initiatives" - "Only" no
  hedge -), households and flats („rund 410.000 Haushalte“ and "about 410,000 households",
  „rund 17.000 Wohnungen“ and "about 17,000 homes", „rund 1.500 zusätzliche
  Kinderbetreuungsplätze“ and "about 1,500 additional childcare places" "about", „1.240 neue
  Mitglieder“), and an area („mit mehr als 150 Quadratmetern“ 150 "over"; areas are counts,
  two-hundred-and-forty-fourth).
- Percentages as written (seventy-seventh, ninety-second, hundred-seventy-second,
  two-hundred-and-thirty-eighth, three-hundred-and-sixty-eighth): Ja- and Nein-shares and
  turnout („54,6 Prozent der Stimmenden sagten Nein“, „mit 61,2 Prozent Nein-Stimmen“,
  „einen Ja-Anteil von 52,9 Prozent“, „Die Stimmbeteiligung lag bei 47,3 Prozent.“, "Turnout
  was 47.3%", "Turnout ranged from 38.9% ... to 61.4%" both with no hedge, „mit 68,4
  Prozent“ and „mit 63,1 Prozent Nein“, „mit 57,8 Prozent Ja“, „mit 56,2 Prozent Nein“,
  "against just 31.2%" - "just" no hedge -, „jeweils mehr als 55 Prozent“ "over" - „jeweils“
  no hedge -), poll shares with the unit written once serving the earlier figure („von 42
  auf 53 Prozent“ both, forty-sixth, two-hundred-and-thirty-seventh; "rose to 53% from
  42%"), „Noch 44 Prozent“, „noch 51 Prozent“, „nur 36 Prozent“ and „Nur 29 Prozent“ with
  no hedge, party shares ("The People's Party stood at 20%, the Greens at 9% and the NEOS
  at 8%"), bounds („auf höchstens zwei Prozent pro Jahr“ 2 "at_most" - a percentage in
  words, three-hundredth -, „auf höchstens 0,3 Prozent des BIP“ and "no more than 0.3% of
  economic output" "at_most", „höchstens 30 Prozent“ and "no more than 30%" "at_most", „um
  fast 24 Prozent“ and "by nearly 24%" "nearly", "about 12%" "about"). New: "capped annual
  rent increases ... at two percent" is 2 with no hedge - the verb names the cap and the
  figure states it, as a cap named by a noun gives its figure with no hedge
  (three-hundred-and-third New), while its German twin writes „höchstens“ and keeps
  "at_most". Moves, rate cuts and margins are percentage points "pp": „um 1,5
  Prozentpunkte“ and "a cut of 1.5 percentage points", "down two points" and "gained three
  points" 2 and 3 (two-hundred-and-thirty-seventh: "down 4.6 points", „zwei Punkte“),
  „plus/minus 2,9 Prozentpunkten“ and "a margin of error of 2.9 percentage points" with no
  hedge (two-hundred-and-fifth, three-hundredth New), "accurate to within 3.5 percentage
  points either way" 3.5 with no hedge ("within" and "either way" no hedge,
  two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth).
- Fractions (the issue; two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth,
  three-hundred-and-third, three-hundred-and-sixty-eighth): „Mit der nötigen
  Zweidrittelmehrheit“ and "the required two-thirds majority" 0.6667
  (three-hundred-and-third), „mindestens ein Fünftel“ 0.2 "at_least", „um drei Viertel“
  0.75 ("um" before a difference no hedge, two-hundred-and-thirty-seventh) and "by
  three-quarters" 0.75, „rund ein Drittel“ 0.3333 "about", „rund ein Viertel“ and "about a
  quarter" 0.25 "about" ("only" no hedge), "roughly a quarter" 0.25 "about", "more than a
  fifth" 0.2 "over", „Fast zwei Drittel“ and "Nearly two-thirds" 0.6667 "nearly", „nur gut
  jeder Dritte“ 0.3333 "over" („nur“ no hedge; two-hundred-and-thirty-eighth: „gut jede
  vierte“) and "just over a third" 0.3333 "over" (two-hundred-and-thirty-seventh: "just
  over"), "Nearly one in two" 0.5 "nearly", "half a vote" 0.5.
- Ordinals (the issue; two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth,
  three-hundred-and-third, three-hundred-and-sixty-eighth): „laut der zweiten
  SRG-Trendumfrage“ 2, „In der ersten Welle“ 1 and "in the first survey" 1, "between the
  first and second wave" 1 and 2 (the noun written once serves the earlier ordinal,
  three-hundred-and-eighty-eighth New), „als drittem ordentlichem Stimmkanal“ 3, „die ersten
  Kantone“ 1 (two-hundred-and-thirty-eighth: „die ersten neuen Systeme“), „zum zweiten Mal
  innert sechs Jahren“ and "the second such defeat in six years" 2 and 6 years, „in der
  ersten Sessionswoche“ 1 (two-hundred-and-thirty-eighth: „in der dritten
  Sessionswoche“), „der dritte Anlauf ... innert zehn Jahren“ 3 and 10 years ("bereits" no
  hedge) and "the third attempt ... in a decade" 3 ("a decade" none), „bereits der vierte in
  dieser Gesetzgebungsperiode“ and "the fourth such motion" 4 (the elliptic ordinal,
  three-hundred-and-eighty-eighth), „nach der achten Verhandlungsrunde“ 8, „das drittbeste
  Resultat“ 3 (the issue's „die drittgrößte Stadt“), „In einer ersten Phase“ and "during a
  first phase" 1, „in den ersten fünf Jahren“ 1 and 5 years (two-hundred-and-fourth: "in
  the first four days"). New: „die Dritte Nationalratspräsidentin“ is ordinal 3 - the
  number of a numbered office is read as written, as a numbered name keeps its ordinal
  („der Zweiten Republik“ 2, three-hundred-and-sixty-eighth). None: "the final votes",
  "the closing days", „nächsten Landtagswahl“, "its best result", "the main argument",
  „das wichtigste Nein-Argument“, „Am deutlichsten“, „am klarsten“.
- Durations and ages (the issue; every batch): „Elf Tage vor dem Abstimmungssonntag“ and
  "11 days before the national vote" 11 days, „Fünf Tage vor dem Urnengang“ 5 days
  (three-hundred-and-sixty-eighth: „Gut fünf Wochen vor dem Urnengang“), „der dreiwöchigen
  Wintersession“ and "their three-week winter session" 3 weeks (two-hundred-and-thirty-
  eighth: „Die dreiwöchige Frühjahrssession“), „nach einer gut neunstündigen Debatte“ and
  "a debate lasting more than nine hours" 9 hours "over", „mehr als 13 Stunden“ 13 hours
  "over", "within 18 months" and „innert sechs Jahren“, „innert zehn Jahren“ ("within",
  „innert“ no hedge), „um drei Jahre“ 3 years ("um" no hedge), "for a new five-year term" 5
  years, "over five years" 5 years ("over" before a span no hedge), "two years ago" 2 years
  (three-hundredth New: "two years earlier"), "to under three months" 3 months "under", "can
  take up to three weeks" 3 weeks "up_to", „die Vier-Tage-Woche“ and "a four-day week" 4
  days (seventeenth: „Die Vier-Tage-Woche“; sixteenth: "a 32-hour, four-day week"). New:
  „für eine halbstündige Beratung der Klubs“ is 0.5 hours - the half hour heading the
  compound is a figure, as „pro halbe Stunde“ 0.5 hours (twelfth) and
  „zweieinhalbstündigen“ 2.5 (three-hundred-and-eighty-eighth), unlike "an hour-long phone
  call", which writes none (three-hundred-and-eighty-eighth). New: "no later than 100 days
  after it is published" is 100 days with no hedge - "no later than" sets a deadline as
  "within 100 days" does (two-hundred-and-thirty-eighth) and as „spätestens 2029“ marks a
  year (three-hundred-and-sixty-eighth New), and does not bound the span as "no more than"
  bounds a figure. Ages: „Stimmrechtsalter 16“ and "lowering the voting age to 16" 16 years
  (two-hundred-and-thirty-eighth New, hundred-fifty-first), „der unter 35-Jährigen“ and
  "voters under 35" 35 years "under", „bei den über 65-Jährigen“ and "those over 65" 65
  years "over" (hundred-seventy-second, three-hundred-and-sixty-eighth). None: "every
  year", "all year", "a year", „jährlich“, „im Jahr“, „im Monat“, "a month", „pro Jahr“,
  "in a decade", „Mitte Oktober“, "in October", „seit Jänner“, „bis im Sommer“, "by the
  summer", „im Frühling“, „in der Wintersession“, „Abstimmungssonntag“, "the winter
  session", „kurz vor Mitternacht“, "earlier in the day", weekdays and "next year's".
- Money in the currency written (every batch): CHF („40 Franken“, „70 Franken“, „von 40 auf
  70 Franken“ both - the currency written once serves the earlier figure,
  two-hundred-and-thirty-eighth -, „6,8 Millionen Franken“, „rund 1,6 Millionen Franken“
  "about", „2,3 Millionen Franken ..., ... 410'000 Franken“, „jährlich rund 290 Millionen
  Franken“ and "about 290 million francs a year" "about", „640 Millionen Franken“, „um 180
  Millionen Franken ... 110 Millionen“ both CHF (the currency written once serves the later
  figure, three-hundred-and-fifty-sixth: „auf 17,9 Milliarden Euro, nach 20,1 Milliarden“),
  "180 million Swiss francs in revenue a year, and its municipalities 140 million" both,
  „um insgesamt 1,1 Milliarden Franken“ and "by a total of 1.1 billion francs" with no hedge,
  „mindestens 11 Milliarden Franken zusätzlich“ "at_least", „rund 84 Millionen Franken“
  "about", „um rund 2 Rappen pro Kilowattstunde“ 0.02 CHF "about" - Rappen as hundredths,
  twelfth, two-hundred-and-thirty-eighth -, "30 francs more" with no hedge); conversions give
  both amounts, the hedge staying with the first ("70 Swiss francs ($88)", "180 million Swiss
  francs ($226 million)", "about 84 million Swiss francs ($105 million)", "2.8 million euros
  ($3.3 million)"; two-hundred-and-thirty-eighth, three-hundred-and-sixty-eighth); EUR („bis
  zu 380 Euro im Jahr“ "up_to", „bis zu 1.100 Euro im Monat ..., ... höchstens 430 Euro“
  "up_to" and "at_most", "up to 1,100 euros a month" "up_to", „2,8 Millionen Euro“).
- Years and dates: „Voranschlag 2028“ and "the 2028 federal budget" 2028 (a budget named
  by its year, two-hundred-and-thirty-seventh), „für die Europawahl 2029“ and "the 2029
  European Parliament election", „zur Bundespräsidentin für 2028“ and "president for 2028",
  „2025 hatte er noch ...“ (a year opening the row), „seit 2024“, „seit 2022“, „seit 2010“,
  "since 2015", "since 2020", "since 2022", "since 2023", "since 2024", "since 2004", "in
  1891", „bis 2030“, „bis 2032“, "by 2030", „ab 2029“ and "From 2029", „frühestens ab 2029“
  and "in 2029 at the earliest" the year with no hedge (two-hundred-and-thirty-eighth New:
  "as early as 2027"; three-hundred-and-eighty-eighth: "at the earliest"). Dates without a
  year: „zwischen dem 3. und dem 11. November“ and "between Nov. 3 and Nov. 11" two dates
  each, „zwischen dem 29. November und dem 3. Dezember“ and "between Nov. 29 and Dec. 3",
  "from Dec. 2 to Dec. 7", „für den 28. November“, „nach dem Ja vom 28. November“ and "the
  Nov. 28 ballot" --11-28, „bis zum 16. Dezember“ --12-16, „bis am 31. März“ --03-31
  (two-hundred-and-thirty-eighth: „bis am 29. Mai“), "scheduled for Dec. 17" --12-17,
  „mit 1. Jänner“ twice, "from Jan. 1" and "on Jan. 1" --01-01 (seventy-seventh and later:
  „mit 1. Jänner“); Reuters and AFP datelines with a day ("ZURICH, Nov 17 (Reuters)",
  "ZURICH, Nov 28 (Reuters)" twice, "BERN, Nov 28 (Reuters)", "GENEVA, Nov 28 (AFP)", "BERN,
  Nov 29 (AFP)", "BERN, Nov 30 (Reuters)", "VIENNA, Dec 1 (AFP)", "BERN, Dec 2 (Reuters)",
  "VIENNA, Dec 2 (AFP)", "LINZ, Austria, Dec 4 (AFP)", "GRAZ, Austria, Dec 5 (AFP)",
  "VIENNA, Dec 6 (Reuters)", "INNSBRUCK, Austria, Dec 7 (Reuters)", "BERN, Dec 8
  (Reuters)", "VIENNA, Dec 9 (Reuters)", "KLAGENFURT, Austria, Dec 9 (AFP)", "VIENNA, Dec
  10 (Reuters)", "GENEVA, Dec 10 (AFP)") dates without a year, the country between city and
  day (two-hundred-and-forty-fourth); Keystone-SDA and APA datelines none (seventy-ninth);
  swissinfo rows carry no dateline.
- Hedges, only the names in use: „rund“, "about", "roughly" "about"; „fast“, „Fast“,
  "nearly", "Nearly" "nearly"; „gut“, „mehr als“, „über“ before an age, "more than", "More
  than", "just over", "well over", "over" before an age "over"; "under" right before a
  figure or an age, „unter“ before an age "under"; „bis zu“, "up to" "up_to"; „mindestens“
  "at_least"; „höchstens“, "no more than" "at_most". No hedge: „noch“, „Noch“, „nur“,
  „Nur“, "only", "Only", "just", „jeweils“, „bereits“, „insgesamt“, "a total of",
  „zusätzlich“, „frühestens“, "at the earliest", „innert“, "within", "no later than",
  "either way", "all", "over" before a span, "more" after a figure, „um“ before a
  difference, and "capped ... at".
- Speakers, checked only in forms the earlier batches settled: German „sagte X“ with the
  title, the occasion and the place dropped („sagte Studienleiter Silvan Brunner-Egli vor
  den Medien in Bern“ -> "Silvan Brunner-Egli"; two-hundred-and-thirty-eighth), "X sagte,
  ..." opening the row with the title, the party and the canton dropped
  („Referendumsführer Marco Ferrazzini“, „Nationalrätin Flavia Derungs (SP/GR)“,
  „Nationalrat Roger Bühlmann (SVP/LU)“, „Ständerätin Anne-Laure Morerod (SP)“,
  „SPÖ-Abgeordnete Sonja Mairinger-Pichler“, „FPÖ-Abgeordneter Gernot Ladstätter“,
  „GLP-Nationalrätin Jasmin Rüegg-Stämpfli“, „Verhandlungsleiterin Verena Schöffmann-Kraut
  (ÖVP)“, „Landtagsabgeordneter Michael Sailer-Pfurtscheller (Grüne)“, „Bundesrätin
  Elfriede Hametner (SPÖ)“, „Sotomo-Projektleiterin Irina Bachmann-Zeller“;
  two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth) and the surname as written
  („Tschanz sagte“ twice, „Rüegg-Stämpfli sagte“, „Rauchberger sagte“, „..., sagte
  Kornberger.“), „wie die Finanzkontrolle am Freitag mitteilte“ -> "die Finanzkontrolle"
  (the weekday dropped; two-hundred-and-thirty-eighth follows the majority on „wie ...
  mitteilte“), „nach Angaben des Justizministeriums“ -> "das Justizministerium" (the
  nominative, two-hundred-and-thirty-seventh: "das Sozialministerium"), „Laut Bundeskanzlei“
  -> "Bundeskanzlei" (hundred-eighty-eighth: „laut Bundesrat“ -> "Bundesrat";
  three-hundred-and-eighty-eighth New: „Laut Brjanzew“). English: the name with the role
  dropped ("project leader Silvan Brunner-Egli told reporters", "Referendum leader Marco
  Ferrazzini said", "Social Democrat lawmaker Flavia Derungs said", "FPO lawmaker Gernot
  Ladstaetter said", "People's Party negotiator Verena Schoeffmann-Kraut said", "Green
  lawmaker Michael Sailer-Pfurtscheller said", "Social Democrat member Elfriede Hametner
  said", "Sotomo project leader Irina Bachmann-Zeller said"; two-hundred-and-thirty-seventh:
  "FPO candidate Marlies Pongratz-Eder said"), the surname as written ("Gisler-Amrein said",
  "Kehrli-Wyss said", "Emberger said", "Kornberger said"), "the finance ministry said", "the
  justice ministry said" and "the Federal Council said on Friday" with the article and the
  weekday dropped (three-hundred-and-eighty-eighth: "the Kremlin said"; the later batches
  check a body's "said"). New: "lawmaker Anne-Laure Morerod told the chamber" -> "Anne-Laure
  Morerod" - "told the chamber" names the speaker as "told parliament" does
  (two-hundred-and-thirty-seventh: "Jauk told parliament") and "told reporters"
  (two-hundred-and-fourth). Names are checked as each row spells them, "Ladstätter" and
  "Schöffmann-Kraut" in German, "Ladstaetter" and "Schoeffmann-Kraut" in English
  (two-hundred-and-thirty-seventh: "Höllwarth"/"Hoellwarth"). Left unchecked (None): all
  negatives, also those with a named speaker; roles without a name ("The transport minister
  said", „Der Bundeskanzler sagte vor den Medien“; two-hundred-and-thirty-eighth: "a party
  spokesman said"); a pronoun („Er kündigte an“); polls, surveys and results as sources
  („laut der zweiten SRG-Trendumfrage“, „laut einer Nachbefragung“, "a poll for broadcaster
  SRG showed", "the gfs.bern institute found", "official results showed", "a post-vote
  survey found", "a Market poll for the daily Der Standard showed"; hundred-seventy-second,
  three-hundred-and-sixty-eighth); estimates („veranschlagt der Bundesrat“, "The canton
  expects"; hundred-tenth); „hiess es bei der Stadtkanzlei“ (two-hundred-and-thirty-seventh:
  „hieß es aus der WKStA“); "according to the Federal Chancellery" twice - the
  three-hundred-and-sixty-eighth checked "according to" with a body, the
  two-hundred-and-fourth and three-hundred-and-eighty-eighth leave every "according to"
  unchecked, and this batch follows the latter; "The Freedom Party voted against and said
  ..." (a subject parted from its verb, two-hundred-and-forty-fourth); verbs that are not
  of saying („kündigte an“, „kündigten an“, „wies ... zurück“, „warnte“, „sprach von“,
  „zeigte sich“, "dismissed ... as"); plural groups ("Political analysts in Bern said",
  "Youth groups said", "Digital rights groups said", "Senators from rural cantons said",
  "Housing activists said"; forty-first); rows without attribution.
- Negatives (ninety-eighth, two-hundred-and-fourth, two-hundred-and-thirty-seventh,
  two-hundred-and-thirty-eighth, three-hundred-and-third, three-hundred-and-sixty-eighth),
  none with a figure: rhetoric in quotes (Brunner-Egli, Tschanz twice, Ferrazzini in both
  languages, Rüegg-Stämpfli twice, Gisler-Amrein, Kehrli-Wyss, Derungs in both languages,
  Bühlmann, an Innerschweizer Ständerat, Mairinger-Pichler, Ladstaetter, Emberger,
  Rauchberger in both languages, Kornberger in both languages, Schöffmann-Kraut in both
  spellings, Sailer-Pfurtscheller in both languages, Hametner, the Bundeskanzler), labels
  („sprach von einer «Neid-Initiative ...»“, „sprach von einem «klaren Bekenntnis ...»“,
  „sprach von einem «Sonntag der Mieterinnen und Mieter ...»“, „sprach von
  „Placebo-Politik ...““, "dismissed the deal as "a coalition of losers""), reactions („zeigte
  sich enttäuscht“, "said they were disappointed but would keep fighting", "welcomed the
  cap but said it came far too late"), verdicts („werteten ... als“ twice, „hält es für
  denkbar“, "Analysts read ... as", "said the housing campaign appeared to have peaked too
  early", "said the rule protected minorities ..."), views in the present tense ("Critics
  say", "Supporters of direct democracy argue", "Many expatriates say", "Parliamentarians
  often describe ..."), warnings naming no measure („Die SVP warnte vor einem «Blindflug
  ...»“, "Landlords' associations warned ..."; two-hundred-and-fourth), accusations naming
  no fact („warf der Regierung vor, die Bevölkerung „systematisch zu täuschen““, "accused
  the coalition of "buying peace ...""), an appeal ("called for more respect between the
  political camps"), resolve ("would watch the rollout closely", "would not give up",
  "said the debate was far from over"), a doubt ("questioned whether the timetable was
  realistic"), commentary on polls ("Pollsters cautioned ..."; two-hundred-and-thirty-
  seventh), an evasion („ließ offen, ob ...“) and an open question („Ob ..., lässt sich
  laut Fachleuten noch nicht sagen.“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_418 = [
    # --- Zweite SRG-Trendumfrage (Keystone-SDA), Mittwoch, 17. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Elf Tage vor dem Abstimmungssonntag bröckelt laut der zweiten SRG-Trendumfrage der Rückhalt für die Wohnraum-Initiative: Noch 44 Prozent der Stimmberechtigten wollen Ja stimmen.",
        True,
        [("duration", 11, "day", None), ("ordinal", 2, None, None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "de",
        "In der ersten Welle Mitte Oktober waren es noch 51 Prozent gewesen, das Nein-Lager wuchs von 42 auf 53 Prozent.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 51, "%", None),
            ("percent", 42, "%", None),
            ("percent", 53, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Für die Erhöhung der Autobahnvignette von 40 auf 70 Franken sprechen sich nur 36 Prozent aus, beim Bundesbeschluss über die elektronische Stimmabgabe sind es 55 Prozent.",
        True,
        [
            ("money", 40, "CHF", None),
            ("money", 70, "CHF", None),
            ("percent", 36, "%", None),
            ("percent", 55, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 3. und dem 11. November 12'306 Stimmberechtigte, der Fehlerbereich liegt bei plus/minus 2,9 Prozentpunkten.",
        True,
        [
            ("date", "--11-03", None, None),
            ("date", "--11-11", None, None),
            ("count", 12306, None, None),
            ("percent", 2.9, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Erfahrungsgemäss verlieren Volksinitiativen gegen Ende des Abstimmungskampfs an Unterstützung, sagte Studienleiter Silvan Brunner-Egli vor den Medien in Bern.",
        True,
        [],
        "Silvan Brunner-Egli",
    ),
    ("de", "«Für die Initianten wird es sehr, sehr eng», sagte Brunner-Egli.", False, [], None),
    # --- Swiss housing initiative loses ground (Reuters), Nov 17 ---
    (
        "en",
        "ZURICH, Nov 17 (Reuters) - Support for a Swiss initiative to curb property speculation has slipped to 44%, a poll for broadcaster SRG showed on Wednesday, 11 days before the national vote.",
        True,
        [("date", "--11-17", None, None), ("percent", 44, "%", None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "en",
        "Opposition rose to 53% from 42% in the first survey in October, the gfs.bern institute found.",
        True,
        [("percent", 53, "%", None), ("percent", 42, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Only 36% back raising the price of the motorway sticker to 70 Swiss francs ($88) from 40 francs.",
        True,
        [
            ("percent", 36, "%", None),
            ("money", 70, "CHF", None),
            ("money", 88, "USD", None),
            ("money", 40, "CHF", None),
        ],
        None,
    ),
    (
        "en",
        "The pollster surveyed 12,306 eligible voters between Nov. 3 and Nov. 11, with a margin of error of 2.9 percentage points.",
        True,
        [
            ("count", 12306, None, None),
            ("date", "--11-03", None, None),
            ("date", "--11-11", None, None),
            ("percent", 2.9, "pp", None),
        ],
        None,
    ),
    (
        "en",
        '"In every initiative we have polled since 2015, support fell between the first and second wave," project leader Silvan Brunner-Egli told reporters.',
        True,
        [("year", 2015, None, None), ("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        "Silvan Brunner-Egli",
    ),
    ("en", "Political analysts in Bern said the housing campaign appeared to have peaked too early.", False, [], None),
    # --- Kampagnenbudgets offengelegt (Keystone-SDA), Freitag, 19. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Nein-Lager gegen die Wohnraum-Initiative gibt im Abstimmungskampf gut viermal so viel aus wie die Befürworterseite.",
        True,
        [("count", 4, None, "over")],
        None,
    ),
    (
        "de",
        "Die Gegner haben bei der Eidgenössischen Finanzkontrolle ein Budget von 6,8 Millionen Franken gemeldet, die Initianten rund 1,6 Millionen Franken, wie die Finanzkontrolle am Freitag mitteilte.",
        True,
        [("money", 6800000, "CHF", None), ("money", 1600000, "CHF", "about")],
        "die Finanzkontrolle",
    ),
    (
        "de",
        "Bei der Vignetten-Vorlage meldeten die Befürworter 2,3 Millionen Franken, das Referendumskomitee 410'000 Franken.",
        True,
        [("money", 2300000, "CHF", None), ("money", 410000, "CHF", None)],
        None,
    ),
    ("de", "«Hier kauft sich eine Branche eine Abstimmung», sagte Mitinitiantin Noemi Tschanz.", False, [], None),
    (
        "de",
        "Tschanz sagte, ihr Komitee werde von rund 2600 Kleinspenderinnen und Kleinspendern sowie vom Mieterinnen- und Mieterverband getragen.",
        True,
        [("count", 2600, None, "about")],
        "Tschanz",
    ),
    (
        "de",
        "Der Hauseigentümerverband wies den Vorwurf zurück, er verschleiere die Herkunft seiner Spenden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nationalrat Beat Gisler-Amrein (FDP/ZH) sprach von einer «Neid-Initiative, die keine Wohnung baut».",
        False,
        [],
        None,
    ),
    # --- Explainer: initiatives, referendums and the double majority (swissinfo) ---
    (
        "en",
        "A popular initiative needs 100,000 signatures gathered within 18 months to reach the ballot.",
        True,
        [("count", 100000, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Opponents of a new federal law can force a referendum on it if they hand in 50,000 signatures no later than 100 days after it is published.",
        True,
        [("count", 50000, None, None), ("duration", 100, "day", None)],
        None,
    ),
    (
        "en",
        "Any change to the constitution needs the approval of both the people and the cantons, the so-called double majority.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Six of the 26 cantons carry only half a vote each, which brings the number of cantonal votes to 23.",
        True,
        [("count", 6, None, None), ("count", 26, None, None), ("fraction", 0.5, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Critics say the rule lets sparsely populated mountain cantons block the will of the cities.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Only 21 popular initiatives have been accepted since the instrument was introduced in 1891.",
        True,
        [("count", 21, None, None), ("year", 1891, None, None)],
        None,
    ),
    (
        "en",
        "Supporters of direct democracy argue the system forces politicians to build broad compromises.",
        False,
        [],
        None,
    ),
    # --- Briefliche Stimmabgabe in Zürich (Keystone-SDA), Dienstag, 23. November ---
    (
        "de",
        "Zürich (Keystone-SDA) - Fünf Tage vor dem Urnengang haben in der Stadt Zürich bereits 31,4 Prozent der Stimmberechtigten brieflich abgestimmt, hiess es bei der Stadtkanzlei.",
        True,
        [("duration", 5, "day", None), ("percent", 31.4, "%", None)],
        None,
    ),
    (
        "de",
        "Schweizweit sind für den 28. November rund 5,7 Millionen Personen stimmberechtigt, darunter gut 220'000 Auslandschweizerinnen und Auslandschweizer.",
        True,
        [("date", "--11-28", None, None), ("count", 5700000, None, "about"), ("count", 220000, None, "over")],
        None,
    ),
    (
        "de",
        "Ob die hohe briefliche Beteiligung auf einen Mobilisierungsschub hindeutet, lässt sich laut Fachleuten noch nicht sagen.",
        False,
        [],
        None,
    ),
    # --- The Swiss abroad and e-voting (swissinfo) ---
    (
        "en",
        "More than 220,000 Swiss living abroad are registered to vote, roughly a quarter of the 830,000 citizens who live outside the country.",
        True,
        [("count", 220000, None, "over"), ("fraction", 0.25, None, "about"), ("count", 830000, None, None)],
        None,
    ),
    (
        "en",
        "The federal decree on the Nov. 28 ballot would make electronic voting a permanent option alongside postal voting and the ballot box.",
        True,
        [("date", "--11-28", None, None)],
        None,
    ),
    (
        "en",
        "E-voting trials have run in four cantons since 2023, according to the Federal Chancellery.",
        True,
        [("count", 4, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Postal ballots sent abroad can take up to three weeks to arrive.",
        True,
        [("duration", 3, "week", "up_to")],
        None,
    ),
    ("en", "Many expatriates say postal ballots still arrive too late to be returned in time.", False, [], None),
    # --- Wohnraum-Initiative scheitert (Keystone-SDA), Sonntag, 28. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Volksinitiative «Wohnraum für alle – Spekulation stoppen» ist am Sonntag an Volk und Ständen gescheitert: 54,6 Prozent der Stimmenden sagten Nein.",
        True,
        [("percent", 54.6, "%", None)],
        None,
    ),
    (
        "de",
        "Ja sagten 1'224'037 Stimmende, Nein 1'472'112.",
        True,
        [("count", 1224037, None, None), ("count", 1472112, None, None)],
        None,
    ),
    (
        "de",
        "Auch am Ständemehr scheiterte die Vorlage deutlich: Sie erreichte nur 4,5 von 23 Ständen.",
        True,
        [("count", 4.5, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Ein Ja gab es nur in Genf, der Waadt, Neuenburg und dem Jura sowie im Halbkanton Basel-Stadt.",
        True,
        [],
        None,
    ),
    ("de", "Die Stimmbeteiligung lag bei 47,3 Prozent.", True, [("percent", 47.3, "%", None)], None),
    (
        "de",
        "Die Initiative verlangte, dass mindestens ein Fünftel aller neu gebauten Wohnungen gemeinnützig sein muss und die Gemeinden ein Vorkaufsrecht für Bauland erhalten.",
        True,
        [("fraction", 0.2, None, "at_least")],
        None,
    ),
    (
        "de",
        "«Das ist eine bittere Niederlage für alle, die sich das Wohnen kaum noch leisten können», sagte Mitinitiantin Noemi Tschanz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tschanz sagte, in den Städten Zürich, Bern und Basel habe die Initiative jeweils mehr als 55 Prozent Ja erzielt.",
        True,
        [("percent", 55, "%", "over")],
        "Tschanz",
    ),
    ("de", "Der Hauseigentümerverband sprach von einem «klaren Bekenntnis des Volkes zum Eigentum».", False, [], None),
    (
        "de",
        "Im Parlament hatte sich der Nationalrat mit 128 zu 64 Stimmen bei 3 Enthaltungen gegen das Begehren ausgesprochen.",
        True,
        [("count", 128, None, None), ("count", 64, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Swiss reject housing initiative (Reuters), Nov 28 ---
    (
        "en",
        "ZURICH, Nov 28 (Reuters) - Swiss voters on Sunday rejected a left-wing proposal to curb property speculation, with 54.6% voting against it, official results showed.",
        True,
        [("date", "--11-28", None, None), ("percent", 54.6, "%", None)],
        None,
    ),
    (
        "en",
        "The initiative won majorities in only four and a half of the 23 cantonal votes, all in the French-speaking west apart from the city canton of Basel.",
        True,
        [("count", 4.5, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Voters also threw out a plan to raise the annual motorway sticker to 70 francs from 40 francs, with 61.2% against.",
        True,
        [("money", 70, "CHF", None), ("money", 40, "CHF", None), ("percent", 61.2, "%", None)],
        None,
    ),
    (
        "en",
        "A constitutional amendment allowing electronic voting nationwide passed with 52.9% of the vote and 15.5 of the 23 cantonal votes.",
        True,
        [("percent", 52.9, "%", None), ("count", 15.5, None, None), ("count", 23, None, None)],
        None,
    ),
    ("en", "Turnout was 47.3%, according to the Federal Chancellery.", True, [("percent", 47.3, "%", None)], None),
    (
        "en",
        '"The people have chosen caution over experiments," said Beat Gisler-Amrein, a Liberal lawmaker who led the No campaign.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gisler-Amrein said his campaign would now push for faster building permits through a parliamentary motion in the winter session.",
        True,
        [],
        "Gisler-Amrein",
    ),
    # --- Vignette bleibt bei 40 Franken (Keystone-SDA), 28. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Autobahnvignette kostet auch künftig 40 Franken: Das Stimmvolk hat die Erhöhung auf 70 Franken mit 61,2 Prozent Nein-Stimmen verworfen.",
        True,
        [("money", 40, "CHF", None), ("money", 70, "CHF", None), ("percent", 61.2, "%", None)],
        None,
    ),
    (
        "de",
        "Mit den Mehreinnahmen von jährlich rund 290 Millionen Franken wollte der Bund den Ausbau des Nationalstrassennetzes finanzieren.",
        True,
        [("money", 290000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Referendumsführer Marco Ferrazzini sagte, der Preis wäre um drei Viertel gestiegen, ohne dass dafür zusätzliche Fahrspuren gebaut würden.",
        True,
        [("fraction", 0.75, None, None)],
        "Marco Ferrazzini",
    ),
    ("de", "«Die Autofahrer sind nicht die Milchkühe der Nation», sagte Ferrazzini.", False, [], None),
    ("de", "Der Verkehrsminister zeigte sich enttäuscht über das Resultat.", False, [], None),
    (
        "de",
        "Er kündigte an, dem Parlament bis im Sommer eine neue Finanzierungsvorlage zu unterbreiten.",
        True,
        [],
        None,
    ),
    # --- Motorway sticker price rise rejected (AFP), Nov 28 ---
    (
        "en",
        "GENEVA, Nov 28 (AFP) - Swiss voters on Sunday refused to pay 30 francs more for the sticker that gives drivers access to the country's motorways.",
        True,
        [("date", "--11-28", None, None), ("money", 30, "CHF", None)],
        None,
    ),
    (
        "en",
        "The increase was rejected by 61.2% of voters; it would have raised about 290 million francs a year for road projects.",
        True,
        [("percent", 61.2, "%", None), ("money", 290000000, "CHF", "about")],
        None,
    ),
    (
        "en",
        "Referendum leader Marco Ferrazzini said the price would have jumped by three-quarters without any new lanes being built.",
        True,
        [("fraction", 0.75, None, None)],
        "Marco Ferrazzini",
    ),
    ("en", '"Drivers are not the cash cows of the nation," Ferrazzini said.', False, [], None),
    (
        "en",
        "The transport minister said the government would present a new funding plan to parliament by the summer.",
        True,
        [],
        None,
    ),
    # --- Ja zum E-Voting (Keystone-SDA), 28. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Volk und Stände haben der elektronischen Stimmabgabe als drittem ordentlichem Stimmkanal neben Urne und Brief zugestimmt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundesbeschluss erzielte einen Ja-Anteil von 52,9 Prozent, das Ständemehr kam mit 15,5 zu 7,5 Standesstimmen zustande.",
        True,
        [("percent", 52.9, "%", None), ("count", 15.5, None, None), ("count", 7.5, None, None)],
        None,
    ),
    (
        "de",
        "Am deutlichsten sagte Basel-Stadt Ja, mit 68,4 Prozent, am klarsten lehnte Appenzell Innerrhoden mit 63,1 Prozent Nein ab.",
        True,
        [("percent", 68.4, "%", None), ("percent", 63.1, "%", None)],
        None,
    ),
    (
        "de",
        "Laut Bundeskanzlei sollen die ersten Kantone frühestens ab 2029 flächendeckend elektronisch abstimmen lassen.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        "Bundeskanzlei",
    ),
    (
        "de",
        "«Die Demokratie kommt endlich im digitalen Zeitalter an», sagte GLP-Nationalrätin Jasmin Rüegg-Stämpfli (ZH).",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rüegg-Stämpfli sagte, rund ein Drittel der Auslandschweizer habe bei früheren Urnengängen wegen verspäteter Post nicht abstimmen können.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Rüegg-Stämpfli",
    ),
    ("de", "Die SVP warnte vor einem «Blindflug mit der Demokratie».", False, [], None),
    (
        "de",
        "Die SVP kündigte an, im Parlament ein Moratorium für E-Voting bei eidgenössischen Wahlen zu beantragen.",
        True,
        [],
        None,
    ),
    # --- Language divide and turnout (Reuters), Nov 28 ---
    (
        "en",
        "BERN, Nov 28 (Reuters) - The housing vote once again exposed the gulf between French- and German-speaking Switzerland: all four French-speaking cantons voted yes, while no German-speaking canton did.",
        True,
        [("date", "--11-28", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "In Geneva, 58.7% voted yes, against just 31.2% in the canton of Schwyz.",
        True,
        [("percent", 58.7, "%", None), ("percent", 31.2, "%", None)],
        None,
    ),
    (
        "en",
        '"The Röstigraben is back, and it runs straight through the housing market," said political scientist Sabine Kehrli-Wyss.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kehrli-Wyss said rents in Geneva and Lausanne had risen by more than a fifth since 2020, compared with about 12% in Zurich.",
        True,
        [("fraction", 0.2, None, "over"), ("year", 2020, None, None), ("percent", 12, "%", "about")],
        "Kehrli-Wyss",
    ),
    (
        "en",
        "Turnout ranged from 38.9% in Glarus to 61.4% in Schaffhausen, where voting is compulsory.",
        True,
        [("percent", 38.9, "%", None), ("percent", 61.4, "%", None)],
        None,
    ),
    # --- Kantonale Abstimmungen (Keystone-SDA), 28. November ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Zürcher Stimmberechtigten haben ein Steuergesetz mit 57,8 Prozent Ja gutgeheissen, das den Gewinnsteuersatz für Unternehmen um 1,5 Prozentpunkte senkt.",
        True,
        [("percent", 57.8, "%", None), ("percent", 1.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Im Kanton Basel-Stadt fiel das Stimmrechtsalter 16 zum zweiten Mal innert sechs Jahren durch, diesmal mit 56,2 Prozent Nein.",
        True,
        [
            ("duration", 16, "year", None),
            ("ordinal", 2, None, None),
            ("duration", 6, "year", None),
            ("percent", 56.2, "%", None),
        ],
        None,
    ),
    # --- Cantonal votes (Reuters), Nov 28 ---
    (
        "en",
        "ZURICH, Nov 28 (Reuters) - Voters in the canton of Zurich approved a cut of 1.5 percentage points in the corporate profit tax rate, with 57.8% in favour.",
        True,
        [("date", "--11-28", None, None), ("percent", 1.5, "pp", None), ("percent", 57.8, "%", None)],
        None,
    ),
    (
        "en",
        "The canton expects to lose 180 million Swiss francs in revenue a year, and its municipalities 140 million.",
        True,
        [("money", 180000000, "CHF", None), ("money", 140000000, "CHF", None)],
        None,
    ),
    (
        "en",
        "In Basel, 56.2% of voters rejected lowering the voting age to 16 in cantonal matters, the second such defeat in six years.",
        True,
        [
            ("percent", 56.2, "%", None),
            ("duration", 16, "year", None),
            ("ordinal", 2, None, None),
            ("duration", 6, "year", None),
        ],
        None,
    ),
    ("en", "Youth groups said they were disappointed but would keep fighting.", False, [], None),
    # --- Reaktionen der Parteien (Keystone-SDA), 28. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SP will nach dem Nein zur Wohnraum-Initiative noch in der Wintersession mit 12 Vorstössen zum Mietrecht nachlegen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die SP sprach von einem «Sonntag der Mieterinnen und Mieter, auch wenn das Resultat schmerzt».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen kündigten an, die Unterschriftensammlung für eine neue Mietzins-Initiative im Frühling zu starten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Grünliberalen werteten das Ja zum E-Voting als «überfälliges Signal an die junge Generation».",
        False,
        [],
        None,
    ),
    # --- What comes next (swissinfo), Nov 29 ---
    (
        "en",
        "The Social Democrats plan to table 12 motions on tenancy law during the winter session, which opens on Monday.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The federal government must now draft the implementing law, which parliament is expected to debate in 2029 at the earliest.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    ("en", "Digital rights groups said they would watch the rollout closely.", False, [], None),
    # --- Auftakt der Wintersession (Keystone-SDA), Montag, 29. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Zum Auftakt der dreiwöchigen Wintersession hat der Nationalrat am Montag eine Berner SP-Nationalrätin zur neuen Präsidentin gewählt.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Im Ständerat übernahm ein Mitglied der Mitte-Fraktion das Präsidium, gewählt mit 41 von 44 gültigen Stimmen.",
        True,
        [("count", 41, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "de",
        "Der Nationalrat befasst sich in der ersten Sessionswoche mit dem Voranschlag 2028, der ein Defizit von 640 Millionen Franken vorsieht.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None), ("money", 640000000, "CHF", None)],
        None,
    ),
    # --- Winter session opens (AFP), Nov 29 ---
    (
        "en",
        "BERN, Nov 29 (AFP) - Swiss lawmakers opened their three-week winter session on Monday by electing a Social Democrat from Bern as speaker of the lower house, with 168 of 187 valid votes.",
        True,
        [
            ("date", "--11-29", None, None),
            ("duration", 3, "week", None),
            ("count", 168, None, None),
            ("count", 187, None, None),
        ],
        None,
    ),
    ("en", "The post rotates every year among the parliamentary groups.", True, [], None),
    (
        "en",
        "In her inaugural speech, the new speaker called for more respect between the political camps.",
        False,
        [],
        None,
    ),
    # --- How the session works (swissinfo) ---
    (
        "en",
        "The 200-member National Council and the 46-member Council of States sit separately during the session.",
        True,
        [("count", 200, None, None), ("count", 46, None, None)],
        None,
    ),
    ("en", "A bill becomes law only when both chambers have approved an identical text.", True, [], None),
    (
        "en",
        "If differences remain after three readings in each chamber, a conciliation committee of 26 members, 13 from each house, seeks a compromise.",
        True,
        [("count", 3, None, None), ("count", 26, None, None), ("count", 13, None, None)],
        None,
    ),
    ("en", "The final votes of the session are scheduled for Dec. 17.", True, [("date", "--12-17", None, None)], None),
    (
        "en",
        "Parliamentarians often describe the closing days of the session as the most hectic of the year.",
        False,
        [],
        None,
    ),
    # --- Nationalrat verabschiedet Budget (Keystone-SDA), Dienstag, 30. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat den Voranschlag 2028 nach einer gut neunstündigen Debatte mit 119 zu 72 Stimmen bei 5 Enthaltungen gutgeheissen.",
        True,
        [
            ("year", 2028, None, None),
            ("duration", 9, "hour", "over"),
            ("count", 119, None, None),
            ("count", 72, None, None),
            ("count", 5, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die bürgerliche Mehrheit stockte das Armeebudget um 180 Millionen Franken auf und kürzte dafür bei der Entwicklungszusammenarbeit 110 Millionen.",
        True,
        [("money", 180000000, "CHF", None), ("money", 110000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Nationalrätin Flavia Derungs (SP/GR) sagte, seit 2024 habe das Parlament die Entwicklungshilfe damit um insgesamt 1,1 Milliarden Franken gekürzt.",
        True,
        [("year", 2024, None, None), ("money", 1100000000, "CHF", None)],
        "Flavia Derungs",
    ),
    ("de", "«Wer bei den Ärmsten spart, spart am falschen Ort», sagte Derungs.", False, [], None),
    (
        "de",
        "Nationalrat Roger Bühlmann (SVP/LU) sagte, die Armee brauche bis 2032 mindestens 11 Milliarden Franken zusätzlich, um ihre Lücken zu schliessen.",
        True,
        [("year", 2032, None, None), ("money", 11000000000, "CHF", "at_least")],
        "Roger Bühlmann",
    ),
    ("de", "«Sicherheit ist kein Luxus, sondern die Grundlage von allem», sagte Bühlmann.", False, [], None),
    (
        "de",
        "Als Nächstes berät der Ständerat den Voranschlag, die Differenzen müssen bis zum 16. Dezember bereinigt sein.",
        True,
        [("date", "--12-16", None, None)],
        None,
    ),
    # --- Swiss lower house passes budget (Reuters), Nov 30 ---
    (
        "en",
        "BERN, Nov 30 (Reuters) - Switzerland's lower house approved the 2028 federal budget on Tuesday by 119 votes to 72 with five abstentions, after a debate lasting more than nine hours.",
        True,
        [
            ("date", "--11-30", None, None),
            ("year", 2028, None, None),
            ("count", 119, None, None),
            ("count", 72, None, None),
            ("count", 5, None, None),
            ("duration", 9, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "Lawmakers added 180 million Swiss francs ($226 million) for the army and cut development aid by 110 million francs.",
        True,
        [("money", 180000000, "CHF", None), ("money", 226000000, "USD", None), ("money", 110000000, "CHF", None)],
        None,
    ),
    (
        "en",
        "The budget foresees a deficit of 640 million francs, the finance ministry said.",
        True,
        [("money", 640000000, "CHF", None)],
        "the finance ministry",
    ),
    (
        "en",
        "Social Democrat lawmaker Flavia Derungs said parliament had cut development spending by a total of 1.1 billion francs since 2024.",
        True,
        [("money", 1100000000, "CHF", None), ("year", 2024, None, None)],
        "Flavia Derungs",
    ),
    ("en", '"Cutting aid to the poorest is a false economy," Derungs told the chamber.', False, [], None),
    # --- Ständerat gegen Reform des Ständemehrs (Keystone-SDA), Donnerstag, 2. Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat will nichts wissen von einer Reform des Ständemehrs: Er hat eine parlamentarische Initiative mit 31 zu 12 Stimmen bei einer Enthaltung abgelehnt.",
        True,
        [("count", 31, None, None), ("count", 12, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Initiative wollte die Stimmen der Kantone künftig nach ihrer Bevölkerungszahl gewichten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ständerätin Anne-Laure Morerod (SP) sagte, eine Stimme in Appenzell Innerrhoden wiege beim Ständemehr gut 45-mal so viel wie eine Stimme in Zürich.",
        True,
        [("count", 45, None, "over")],
        "Anne-Laure Morerod",
    ),
    (
        "de",
        "«Föderalismus heisst nicht, dass jede Stimme gleich viel wert sein muss», entgegnete ein Innerschweizer Ständerat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Anlauf zur Reform des Ständemehrs innert zehn Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 10, "year", None)],
        None,
    ),
    # --- Upper house keeps cantons' majority (Reuters), Dec 2 ---
    (
        "en",
        "BERN, Dec 2 (Reuters) - Switzerland's upper house on Thursday rejected a proposal to weight cantons by population in national votes, by 31 votes to 12 with one abstention.",
        True,
        [
            ("date", "--12-02", None, None),
            ("count", 31, None, None),
            ("count", 12, None, None),
            ("count", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Under the current rule, a vote in Appenzell Innerrhoden counts well over 45 times as much as one in Zurich when cantonal majorities are tallied, lawmaker Anne-Laure Morerod told the chamber.",
        True,
        [("count", 45, None, "over")],
        "Anne-Laure Morerod",
    ),
    ("en", "It was the third attempt to change the rule in a decade.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "Senators from rural cantons said the rule protected minorities and was part of the Swiss identity.",
        False,
        [],
        None,
    ),
    ("en", "Morerod said she would not give up.", False, [], None),
    # --- Nationalrat beschließt Mietpreisbremse (APA), Mittwoch, 1. Dezember ---
    (
        "de",
        "Wien (APA) - Eine Mietpreisbremse, die Erhöhungen bei Altbaumieten auf höchstens zwei Prozent pro Jahr begrenzt, ist am Mittwoch im Nationalrat mit Koalitionsmehrheit von ÖVP, SPÖ und NEOS beschlossen worden.",
        True,
        [("percent", 2, "%", "at_most")],
        None,
    ),
    (
        "de",
        "In namentlicher Abstimmung votierten 104 Abgeordnete dafür und 71 dagegen.",
        True,
        [("count", 104, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Die Regelung gilt rückwirkend mit 1. Jänner und betrifft nach Angaben des Justizministeriums rund 410.000 Haushalte.",
        True,
        [("date", "--01-01", None, None), ("count", 410000, None, "about")],
        "das Justizministerium",
    ),
    (
        "de",
        "SPÖ-Abgeordnete Sonja Mairinger-Pichler sagte, eine durchschnittliche Familie in Wien spare damit bis zu 380 Euro im Jahr.",
        True,
        [("money", 380, "EUR", "up_to")],
        "Sonja Mairinger-Pichler",
    ),
    ("de", "„Wohnen ist ein Grundbedürfnis und keine Spekulationsware“, sagte Mairinger-Pichler.", False, [], None),
    (
        "de",
        "FPÖ-Abgeordneter Gernot Ladstätter sagte, die Bremse gelte nur für rund ein Viertel aller Mietverhältnisse und lasse Neubauten aus.",
        True,
        [("fraction", 0.25, None, "about")],
        "Gernot Ladstätter",
    ),
    ("de", "Ladstätter sprach von „Placebo-Politik für die Schlagzeilen“.", False, [], None),
    (
        "de",
        "Die Grünen stimmten gegen das Paket, weil es keine Regeln für befristete Mietverträge enthält.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor der Abstimmung wurde die Sitzung für eine halbstündige Beratung der Klubs unterbrochen.",
        True,
        [("duration", 0.5, "hour", None)],
        None,
    ),
    # --- Austria caps rents (AFP), Dec 1 ---
    (
        "en",
        "VIENNA, Dec 1 (AFP) - Austria's parliament on Wednesday capped annual rent increases for older flats at two percent, in a vote backed by the three governing parties.",
        True,
        [("date", "--12-01", None, None), ("percent", 2, "%", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A roll-call vote passed the measure 104 to 71 in the 183-seat lower house.",
        True,
        [("count", 104, None, None), ("count", 71, None, None), ("count", 183, None, None)],
        None,
    ),
    (
        "en",
        "The cap will apply retroactively from Jan. 1 and cover about 410,000 households, the justice ministry said.",
        True,
        [("date", "--01-01", None, None), ("count", 410000, None, "about")],
        "the justice ministry",
    ),
    (
        "en",
        "FPO lawmaker Gernot Ladstaetter said the cap covered only about a quarter of all tenancies.",
        True,
        [("fraction", 0.25, None, "about")],
        "Gernot Ladstaetter",
    ),
    ("en", '"This is placebo politics for the headlines," Ladstaetter told parliament.', False, [], None),
    ("en", "Tenant groups welcomed the cap but said it came far too late.", False, [], None),
    # --- Schuldenbremse in der Verfassung (APA), Donnerstag, 2. Dezember ---
    (
        "de",
        "Wien (APA) - Mit der nötigen Zweidrittelmehrheit hat der Nationalrat am Donnerstag eine Verfassungsbestimmung beschlossen, die Bund, Ländern und Gemeinden gemeinsame Schuldenregeln vorschreibt.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Für die Novelle stimmten 136 der 178 anwesenden Abgeordneten, neben den Koalitionsparteien auch die Grünen.",
        True,
        [("count", 136, None, None), ("count", 178, None, None)],
        None,
    ),
    (
        "de",
        "Die Länder müssen ihr Defizit demnach ab 2029 auf höchstens 0,3 Prozent des BIP begrenzen.",
        True,
        [("year", 2029, None, None), ("percent", 0.3, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Zuvor war ein Misstrauensantrag der FPÖ gegen den Innenminister gescheitert, bereits der vierte in dieser Gesetzgebungsperiode.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer Dringlichen Anfrage zur Asylpolitik erteilte die Dritte Nationalratspräsidentin dem FPÖ-Abgeordneten Ladstätter einen Ordnungsruf.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Ladstätter warf der Regierung vor, die Bevölkerung „systematisch zu täuschen“.", False, [], None),
    (
        "de",
        "Die Sitzung dauerte mehr als 13 Stunden und endete kurz vor Mitternacht.",
        True,
        [("duration", 13, "hour", "over")],
        None,
    ),
    # --- Debt brake in the constitution (AFP), Dec 2 ---
    (
        "en",
        "VIENNA, Dec 2 (AFP) - Austrian lawmakers on Thursday enshrined a debt brake for the federal government, the nine provinces and local councils in the constitution with the required two-thirds majority.",
        True,
        [("date", "--12-02", None, None), ("count", 9, None, None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "The opposition Greens joined the three coalition parties, giving the amendment 136 of the 178 votes cast.",
        True,
        [("count", 3, None, None), ("count", 136, None, None), ("count", 178, None, None)],
        None,
    ),
    (
        "en",
        "From 2029, the provinces may run deficits of no more than 0.3% of economic output.",
        True,
        [("year", 2029, None, None), ("percent", 0.3, "%", "at_most")],
        None,
    ),
    (
        "en",
        "A far-right motion of no confidence in the interior minister failed earlier in the day, the fourth such motion since the government took office.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        'Greens lawmaker Lukas Emberger said his party had acted "out of responsibility, not out of love for this government".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Emberger said the Greens had won an independent fiscal watchdog for the provinces in return for their votes.",
        True,
        [],
        "Emberger",
    ),
    # --- Landesparteitag der SPÖ Oberösterreich (APA), Samstag, 4. Dezember ---
    (
        "de",
        "Linz (APA) - Beim Landesparteitag der SPÖ Oberösterreich ist der Landesparteivorsitzende am Samstag mit 86,9 Prozent der Delegiertenstimmen im Amt bestätigt worden.",
        True,
        [("percent", 86.9, "%", None)],
        None,
    ),
    (
        "de",
        "2025 hatte er noch 93,4 Prozent der Stimmen erhalten.",
        True,
        [("year", 2025, None, None), ("percent", 93.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Delegierten beschlossen außerdem einen Leitantrag mit 14 Punkten, darunter die Vier-Tage-Woche im Landesdienst.",
        True,
        [("count", 14, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "„Wir sind wieder da, und wir sind gekommen, um zu bleiben“, rief Landtagsabgeordnete Andrea Rauchberger den Delegierten zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rauchberger sagte, die Landespartei habe seit Jänner 1.240 neue Mitglieder gewonnen.",
        True,
        [("count", 1240, None, None)],
        "Rauchberger",
    ),
    (
        "de",
        "Der Landesparteivorsitzende ließ offen, ob er bei der nächsten Landtagswahl selbst als Spitzenkandidat antritt.",
        False,
        [],
        None,
    ),
    # --- Upper Austria's Social Democrats (AFP), Dec 4 ---
    (
        "en",
        "LINZ, Austria, Dec 4 (AFP) - Upper Austria's Social Democrats re-elected their regional leader with 86.9% of delegates' votes on Saturday, down from 93.4% two years ago.",
        True,
        [
            ("date", "--12-04", None, None),
            ("percent", 86.9, "%", None),
            ("percent", 93.4, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Delegates also adopted a 14-point programme that includes a four-day week for regional civil servants.",
        True,
        [("count", 14, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        '"We are back, and we are here to stay," regional lawmaker Andrea Rauchberger told the congress.',
        False,
        [],
        None,
    ),
    # --- Parolen der Grünliberalen (Keystone-SDA), 4. Dezember ---
    (
        "de",
        "Olten (Keystone-SDA) - Die Delegierten der Grünliberalen haben am Samstag in Olten mit 198 zu 7 Stimmen bei 3 Enthaltungen die Ja-Parole zur Revision des Energiegesetzes beschlossen.",
        True,
        [("count", 198, None, None), ("count", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Zur Volksinitiative «Für eine Lehrstellengarantie» gaben sie mit 201 zu 4 Stimmen die Nein-Parole heraus.",
        True,
        [("count", 201, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "GLP-Nationalrätin Jasmin Rüegg-Stämpfli sagte, die Revision senke den Strompreis für Haushalte bis 2030 um rund 2 Rappen pro Kilowattstunde.",
        True,
        [("year", 2030, None, None), ("money", 0.02, "CHF", "about")],
        "Jasmin Rüegg-Stämpfli",
    ),
    ("de", "«Wer A sagt zum Klimaschutz, muss auch B sagen zum Netzausbau», sagte Rüegg-Stämpfli.", False, [], None),
    # --- Grüne wählen Spitzenkandidatin (APA), Sonntag, 5. Dezember ---
    (
        "de",
        "Graz (APA) - Die Grünen haben die Wiener Gemeinderätin Lisa Kornberger beim Bundeskongress in Graz zur Spitzenkandidatin für die Europawahl 2029 gewählt.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Kornberger erhielt 91,4 Prozent der Delegiertenstimmen, ihr Gegenkandidat aus Tirol kam auf 8,6 Prozent.",
        True,
        [("percent", 91.4, "%", None), ("percent", 8.6, "%", None)],
        None,
    ),
    (
        "de",
        "Von den 286 Delegierten beteiligten sich 271 an der Wahl.",
        True,
        [("count", 286, None, None), ("count", 271, None, None)],
        None,
    ),
    ("de", "„Europa ist unsere Antwort auf die Angst“, sagte Kornberger in ihrer Bewerbungsrede.", False, [], None),
    (
        "de",
        "Die Kampagne werde über ein Budget von 2,8 Millionen Euro verfügen, sagte Kornberger.",
        True,
        [("money", 2800000, "EUR", None)],
        "Kornberger",
    ),
    # --- Greens pick list leader (AFP), Dec 5 ---
    (
        "en",
        "GRAZ, Austria, Dec 5 (AFP) - Austria's Greens on Sunday chose Vienna city councillor Lisa Kornberger to lead their list in the 2029 European Parliament election with 91.4% of delegates' votes.",
        True,
        [("date", "--12-05", None, None), ("year", 2029, None, None), ("percent", 91.4, "%", None)],
        None,
    ),
    ("en", "Her only challenger, a delegate from Tyrol, won 8.6%.", True, [("percent", 8.6, "%", None)], None),
    (
        "en",
        "Of the party's 286 delegates, 271 took part in the vote.",
        True,
        [("count", 286, None, None), ("count", 271, None, None)],
        None,
    ),
    (
        "en",
        "Kornberger said the campaign would have a budget of 2.8 million euros ($3.3 million).",
        True,
        [("money", 2800000, "EUR", None), ("money", 3300000, "USD", None)],
        "Kornberger",
    ),
    ("en", '"Europe is our answer to fear," she told the congress.', False, [], None),
    # --- Dreierkoalition in Kärnten (APA), Montag, 6. Dezember ---
    (
        "de",
        "Klagenfurt (APA) - SPÖ, ÖVP und NEOS haben sich in Kärnten nach der achten Verhandlungsrunde auf eine Dreierkoalition geeinigt.",
        True,
        [("ordinal", 8, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Regierungsprogramm umfasst 164 Seiten und soll am Donnerstag im Landtag präsentiert werden.",
        True,
        [("count", 164, None, None)],
        None,
    ),
    (
        "de",
        "Die SPÖ stellt vier der sieben Regierungsmitglieder, die ÖVP zwei und die NEOS eines.",
        True,
        [("count", 4, None, None), ("count", 7, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Verhandlungsleiterin Verena Schöffmann-Kraut (ÖVP) sagte, die Koalition werde bis 2030 rund 1.500 zusätzliche Kinderbetreuungsplätze schaffen.",
        True,
        [("year", 2030, None, None), ("count", 1500, None, "about")],
        "Verena Schöffmann-Kraut",
    ),
    (
        "de",
        "„Kärnten bekommt eine Regierung der Mitte und keine Regierung der Ränder“, sagte Schöffmann-Kraut.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Koalition verfügt im Landtag über 21 der 36 Mandate.",
        True,
        [("count", 21, None, None), ("count", 36, None, None)],
        None,
    ),
    # --- Carinthia coalition deal (Reuters), Dec 6 ---
    (
        "en",
        "VIENNA, Dec 6 (Reuters) - Three parties agreed on Monday to form a coalition government in the southern Austrian province of Carinthia after eight rounds of talks, shutting out the far-right Freedom Party.",
        True,
        [("date", "--12-06", None, None), ("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "The Social Democrats, the conservative People's Party and the liberal NEOS will hold 21 of the 36 seats in the provincial assembly.",
        True,
        [("count", 21, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "People's Party negotiator Verena Schoeffmann-Kraut said the coalition would create about 1,500 additional childcare places by 2030.",
        True,
        [("count", 1500, None, "about"), ("year", 2030, None, None)],
        "Verena Schoeffmann-Kraut",
    ),
    (
        "en",
        '"Carinthia is getting a government of the centre, not of the fringes," Schoeffmann-Kraut told reporters.',
        False,
        [],
        None,
    ),
    ("en", 'The Freedom Party dismissed the deal as "a coalition of losers".', False, [], None),
    (
        "en",
        "The Freedom Party won 34.8% of the vote in the October election, its best result in the province since 2004.",
        True,
        [("percent", 34.8, "%", None), ("year", 2004, None, None)],
        None,
    ),
    # --- Leerstandsabgabe in Tirol (APA), Dienstag, 7. Dezember ---
    (
        "de",
        "Innsbruck (APA) - Der Tiroler Landtag hat am Dienstag eine deutliche Erhöhung der Leerstandsabgabe beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für eine leer stehende Wohnung mit mehr als 150 Quadratmetern sind künftig bis zu 1.100 Euro im Monat fällig, bisher waren es höchstens 430 Euro.",
        True,
        [("count", 150, None, "over"), ("money", 1100, "EUR", "up_to"), ("money", 430, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Die Novelle passierte mit 24 von 36 Stimmen, neben der Koalition stimmten auch die Grünen zu.",
        True,
        [("count", 24, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "Landtagsabgeordneter Michael Sailer-Pfurtscheller (Grüne) sagte, in Tirol stünden rund 17.000 Wohnungen dauerhaft leer.",
        True,
        [("count", 17000, None, "about")],
        "Michael Sailer-Pfurtscheller",
    ),
    (
        "de",
        "„Wohnungen sind zum Wohnen da und nicht als Sparbuch aus Beton“, sagte Sailer-Pfurtscheller.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ stimmte dagegen und kündigte eine Prüfung durch den Verfassungsgerichtshof an.", True, [], None),
    # --- Tyrol vacancy tax (Reuters), Dec 7 ---
    (
        "en",
        "INNSBRUCK, Austria, Dec 7 (Reuters) - The Austrian province of Tyrol will charge owners of empty homes up to 1,100 euros a month, more than double the current maximum, under a law passed on Tuesday.",
        True,
        [("date", "--12-07", None, None), ("money", 1100, "EUR", "up_to"), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "The provincial assembly approved the increase with 24 of its 36 votes.",
        True,
        [("count", 24, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "Green lawmaker Michael Sailer-Pfurtscheller said about 17,000 homes in Tyrol stood empty all year.",
        True,
        [("count", 17000, None, "about")],
        "Michael Sailer-Pfurtscheller",
    ),
    (
        "en",
        '"Homes are for living in, not savings accounts made of concrete," Sailer-Pfurtscheller said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Freedom Party voted against and said it would ask the Constitutional Court to review the law.",
        True,
        [],
        None,
    ),
    # --- Bundesversammlung wählt Bundespräsidentin (Keystone-SDA), Mittwoch, 8. Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit 172 Stimmen hat das Parlament in der Vereinigten Bundesversammlung am Mittwoch die bisherige Vizepräsidentin des Bundesrats zur Bundespräsidentin für 2028 bestimmt.",
        True,
        [("count", 172, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Bei 231 gültigen Wahlzetteln lag das absolute Mehr bei 116.",
        True,
        [("count", 231, None, None), ("count", 116, None, None)],
        None,
    ),
    (
        "de",
        "Es ist das drittbeste Resultat bei einer Präsidentenwahl seit 2010.",
        True,
        [("ordinal", 3, None, None), ("year", 2010, None, None)],
        None,
    ),
    (
        "de",
        "Beobachter werteten das vergleichsweise schwache Ergebnis des neuen Vizepräsidenten als Denkzettel der Linken.",
        False,
        [],
        None,
    ),
    # --- Swiss parliament picks president (Reuters), Dec 8 ---
    (
        "en",
        "BERN, Dec 8 (Reuters) - Swiss lawmakers on Wednesday elected the current vice president of the seven-member Federal Council as the country's president for 2028, a largely ceremonial role that rotates every year.",
        True,
        [("date", "--12-08", None, None), ("count", 7, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "She received 172 of the 231 valid ballots in the 246-member Federal Assembly.",
        True,
        [("count", 172, None, None), ("count", 231, None, None), ("count", 246, None, None)],
        None,
    ),
    ("en", "An absolute majority of 116 votes was needed.", True, [("count", 116, None, None)], None),
    (
        "en",
        "Analysts read the defence minister's weaker showing in the vote for vice president as a warning shot from the left.",
        False,
        [],
        None,
    ),
    # --- Bundesrat lässt Mietpreisbremse passieren (APA), Donnerstag, 9. Dezember ---
    (
        "de",
        "Wien (APA) - Der Bundesrat hat am Donnerstag keinen Einspruch gegen die Mietpreisbremse erhoben, damit kann das Gesetz mit 1. Jänner in Kraft treten.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    (
        "de",
        "Ein Antrag der FPÖ auf Einspruch fand in der Länderkammer mit 19 von 60 Stimmen keine Mehrheit.",
        True,
        [("count", 19, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Bundesrätin Elfriede Hametner (SPÖ) sagte, seit 2022 seien die Richtwertmieten um fast 24 Prozent gestiegen.",
        True,
        [("year", 2022, None, None), ("percent", 24, "%", "nearly")],
        "Elfriede Hametner",
    ),
    (
        "de",
        "„Wer heute gegen die Bremse stimmt, stimmt gegen die Mieterinnen und Mieter“, sagte Hametner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zudem billigte die Länderkammer einstimmig die Verlängerung der Förderung für thermische Sanierung um drei Jahre.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- Austria's upper house clears rent cap (Reuters), Dec 9 ---
    (
        "en",
        "VIENNA, Dec 9 (Reuters) - Austria's upper house cleared a rent cap on Thursday, rejecting a far-right bid to block it, and the law will take effect on Jan. 1.",
        True,
        [("date", "--12-09", None, None), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        "Only 19 of the 60 members of the Federal Council backed the Freedom Party's objection.",
        True,
        [("count", 19, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Social Democrat member Elfriede Hametner said regulated rents had risen by nearly 24% since 2022.",
        True,
        [("percent", 24, "%", "nearly"), ("year", 2022, None, None)],
        "Elfriede Hametner",
    ),
    ("en", "Landlords' associations warned the cap would deter investment in older buildings.", False, [], None),
    # --- Carinthia re-elects governor (AFP), Dec 9 ---
    (
        "en",
        "KLAGENFURT, Austria, Dec 9 (AFP) - Carinthia's provincial assembly on Thursday re-elected the Social Democratic governor for a new five-year term with 21 of 36 votes.",
        True,
        [
            ("date", "--12-09", None, None),
            ("duration", 5, "year", None),
            ("count", 21, None, None),
            ("count", 36, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 164-page coalition programme includes a plan to cut waiting times for childcare places to under three months.",
        True,
        [("count", 164, None, None), ("duration", 3, "month", "under")],
        None,
    ),
    (
        "en",
        "The Social Democrats hold four of the seven seats in the provincial government, the People's Party two and the NEOS one.",
        True,
        [("count", 4, None, None), ("count", 7, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        'Opposition members in the assembly accused the coalition of "buying peace with promises it cannot fund".',
        False,
        [],
        None,
    ),
    # --- Nachbefragung zur Wohnraum-Initiative (Keystone-SDA), Donnerstag, 9. Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Wohnraum-Initiative ist laut einer Nachbefragung vor allem an den Eigentümerinnen und Eigentümern gescheitert: Nur 29 Prozent von ihnen stimmten Ja.",
        True,
        [("percent", 29, "%", None)],
        None,
    ),
    ("de", "Bei den Mieterinnen und Mietern sagten dagegen 56 Prozent Ja.", True, [("percent", 56, "%", None)], None),
    (
        "de",
        "Fast zwei Drittel der unter 35-Jährigen legten ein Ja ein, bei den über 65-Jährigen war es nur gut jeder Dritte.",
        True,
        [
            ("fraction", 0.6667, None, "nearly"),
            ("duration", 35, "year", "under"),
            ("duration", 65, "year", "over"),
            ("fraction", 0.3333, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Für die Studie befragte das Forschungsinstitut Sotomo zwischen dem 29. November und dem 3. Dezember 8420 Stimmberechtigte.",
        True,
        [("date", "--11-29", None, None), ("date", "--12-03", None, None), ("count", 8420, None, None)],
        None,
    ),
    (
        "de",
        "Sotomo-Projektleiterin Irina Bachmann-Zeller sagte, das wichtigste Nein-Argument sei die Angst vor staatlichen Eingriffen ins Eigentum gewesen.",
        True,
        [],
        "Irina Bachmann-Zeller",
    ),
    (
        "de",
        "Bachmann-Zeller hält es für denkbar, dass eine abgeschwächte Initiative künftig eine Mehrheit finden könnte.",
        False,
        [],
        None,
    ),
    # --- Post-vote survey (swissinfo), Dec 9 ---
    (
        "en",
        "Homeowners sank the housing initiative, a post-vote survey found, with only 29% of them voting yes against 56% of tenants.",
        True,
        [("percent", 29, "%", None), ("percent", 56, "%", None)],
        None,
    ),
    (
        "en",
        "Nearly two-thirds of voters under 35 backed it, compared with just over a third of those over 65.",
        True,
        [
            ("fraction", 0.6667, None, "nearly"),
            ("duration", 35, "year", "under"),
            ("fraction", 0.3333, None, "over"),
            ("duration", 65, "year", "over"),
        ],
        None,
    ),
    (
        "en",
        "The Sotomo institute polled 8,420 voters between Nov. 29 and Dec. 3.",
        True,
        [("count", 8420, None, None), ("date", "--11-29", None, None), ("date", "--12-03", None, None)],
        None,
    ),
    (
        "en",
        "The main argument for voting no was fear of state interference in property, Sotomo project leader Irina Bachmann-Zeller said.",
        True,
        [],
        "Irina Bachmann-Zeller",
    ),
    ("en", "Housing activists said the debate was far from over.", False, [], None),
    # --- Freedom Party slips in poll (Reuters), Dec 10 ---
    (
        "en",
        "VIENNA, Dec 10 (Reuters) - Support for Austria's far-right Freedom Party has slipped to 33% after the government's rent cap, a Market poll for the daily Der Standard showed on Friday.",
        True,
        [("date", "--12-10", None, None), ("percent", 33, "%", None)],
        None,
    ),
    (
        "en",
        "The Freedom Party was down two points from November, while the Social Democrats gained three points to 21%.",
        True,
        [("percent", 2, "pp", None), ("percent", 3, "pp", None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "en",
        "The People's Party stood at 20%, the Greens at 9% and the NEOS at 8%.",
        True,
        [("percent", 20, "%", None), ("percent", 9, "%", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Nearly one in two respondents said the rent cap did not go far enough.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "The pollster surveyed 800 voters online from Dec. 2 to Dec. 7, with results accurate to within 3.5 percentage points either way.",
        True,
        [
            ("count", 800, None, None),
            ("date", "--12-02", None, None),
            ("date", "--12-07", None, None),
            ("percent", 3.5, "pp", None),
        ],
        None,
    ),
    ("en", "Pollsters cautioned that a lone survey says little about the longer trend.", False, [], None),
    # --- Bundesrat will E-Voting schrittweise einführen (Keystone-SDA), Freitag, 10. Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will die elektronische Stimmabgabe nach dem Ja vom 28. November schrittweise einführen und schickt ein entsprechendes Gesetz bis am 31. März in die Vernehmlassung.",
        True,
        [("date", "--11-28", None, None), ("date", "--03-31", None, None)],
        None,
    ),
    (
        "de",
        "In einer ersten Phase sollen höchstens 30 Prozent der Stimmberechtigten eines Kantons elektronisch abstimmen dürfen.",
        True,
        [("ordinal", 1, None, None), ("percent", 30, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Die Kosten für Bund und Kantone veranschlagt der Bundesrat auf rund 84 Millionen Franken in den ersten fünf Jahren.",
        True,
        [("money", 84000000, "CHF", "about"), ("ordinal", 1, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Der Bundeskanzler sagte vor den Medien, jedes System müsse vor dem Einsatz einen öffentlichen Intrusionstest bestehen.",
        True,
        [],
        None,
    ),
    ("de", "«Sicherheit geht vor Tempo», sagte der Bundeskanzler.", False, [], None),
    # --- Government plans gradual e-voting rollout (AFP), Dec 10 ---
    (
        "en",
        "GENEVA, Dec 10 (AFP) - Switzerland's government plans to let no more than 30% of voters in any canton cast ballots online during a first phase of electronic voting.",
        True,
        [("date", "--12-10", None, None), ("percent", 30, "%", "at_most"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The rollout will cost the federal government and the cantons about 84 million Swiss francs ($105 million) over five years, the Federal Council said on Friday.",
        True,
        [("money", 84000000, "CHF", "about"), ("money", 105000000, "USD", None), ("duration", 5, "year", None)],
        "the Federal Council",
    ),
    ("en", "Every system will have to pass a public hacking test before it is used.", True, [], None),
    ("en", "Cybersecurity experts questioned whether the timetable was realistic.", False, [], None),
]
