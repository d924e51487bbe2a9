"""Four-hundred-and-eighty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government, ministers, presiding
officers, party leaders and general secretaries appear only by office ("the president", "the
vice president", "the prime minister", "the opposition leader", "the speaker", "the Deputy
Speaker", "the local government minister", "the Finance Secretary", „der Kanzler“, „der
Amtsinhaber“, „der FPÖ-Chef“, „die Innenministerin“, „der Finanzminister“, „der bayerische
Ministerpräsident“, „die Ministerpräsidentin“, „der Landeshauptmann“, „der
Nationalratspräsident“, „die Bundestagspräsidentin“, „der CDU-Landesvorsitzende“, „der
CDU-Generalsekretär“, „die Ratspräsidentin“), and the members, pollsters and researchers who
appear by name are rank-and-file roles that stand for no real holder.

Names: the members whose claims are checked (Rep. Marisol Ortega-Finch, R-Texas; Rep.
Desmond Achebe-Lowry, D-Ill.; Conservative MP Helena Markby-Stone, Tewkesbury; Sinn Féin TD
Orla Kinsella-Dunne; Conservative MP Gabrielle Fournier-Hayes, Ottawa; Greens senator Talia
Brennan-Okafor, Canberra; Reform UK MP Connor Hallworth-Pike; Sen. Rowan Pettigrew-Soto,
D-Minn.; Scottish Conservative MSP Graeme Lockhart-Inglis; independent NSW MP Fiona
Claremont-Ashe; Rep. Janelle Okonkwo-Reyes, D-Ga.; Liberal Democrat MP Imogen
Harcastle-Bligh; Sen. Harlan Whitcombe-Dade, R-Wyo.; Conservative MP Pierre-Luc
Daigneault-Moore, Ottawa; Conservative MP Rupert Fenwick-Hale, Ludlow;
Linken-Landtagsabgeordnete Karoline Wendt-Ahlers, Schwerin; CDU-Sozialpolitikerin Annegret
Vosskuhl-Demir; Nationalrätin Seraina Imfeld-Gartmann, GLP/ZH; Nationalrat Urs
Bärtschi-Lüthi, SVP/BE; FPÖ-Abgeordneter Kurt Mayrhofer-Stangl; Grünen-Haushaltspolitikerin
Theresa Wimmerer-Balta, München; SPD-Finanzpolitiker Malte Ostendorf-Brink;
SPÖ-Landtagsabgeordnete Birgit Zechner-Wolf, Graz; ÖVP-Bildungspolitiker Florian
Haslinger-Gmeiner; FDP-Kantonsrätin Nadja Kälin-Rüegg, Zürich), the pollsters and
researchers (Market-Studienleiter Gernot Pfleger-Aichinger, Infratest-dimap-Wahlforscherin
Lena Hochreiter-Baum, INSA-Meinungsforscher Bastian Kreuzkamp, gfs.bern-Politologe Lukas
Gerber-Zihlmann, NORC research scientist Jennie Castellanos-Ward), every unnamed
spokesperson, teller, whip, analyst, senior figure, government source and Kantonsrat or
Kantonsrätin, the Elternzeit-Initiative, the Devolution and Local Government Bill and the
Water Bill are invented. Real bodies, parties, pollsters, media and places (AP, Reuters, PA,
AAP, dpa with "dpa/mv", "dpa/lby" and "dpa/sn", APA, Keystone-SDA; the House, the Senate,
Congress, the Border Patrol; the House of Commons, Whitehall, Westminster, Downing Street,
Holyrood, the Scottish Government, the Scottish Parliament, the Scottish Greens, the
Scottish Fiscal Commission, Reform UK, Labour, the Conservatives, the Liberal Democrats,
YouGov, Opinium, The Observer, Bournemouth; the Dáil, Fianna Fáil, Fine Gael, Sinn Féin, the
Social Democrats, Red C, the Business Post; Canada's House of Commons, the Liberals, the New
Democrats, the Bloc Quebecois, the Greens, Nanos Research, Abacus Data; Labor, the
Coalition, Newspoll, Brisbane, NSW Labor, the Legislative Assembly, the Resolve Political
Monitor; AP-NORC, NORC, Pew Research Center, Quinnipiac University; Bundestag, Bundesrat,
Vermittlungsausschuss, Koalitionsausschuss, Bundestagsverwaltung, Arbeitsministerium,
hessisches Finanzministerium, Bund der Steuerzahler, ARD-Deutschlandtrend, Infratest dimap,
INSA, Union, CDU, SPD, AfD, Grüne, Linke, BSW, Freistaat Bayern, Baden-Württemberg, Hessen,
Mecklenburg-Vorpommern, Sachsen; Nationalrat, Parlamentskorrespondenz, Budgetdienst des
Parlaments, Unterrichtsausschuss, FPÖ, ÖVP, SPÖ, NEOS, Market, „Standard“, Steiermark;
Nationalrat and Ständerat in Bern, Einigungskonferenz, Bundesrat, SRG, gfs.bern,
Arbeitgeberverband, GLP, SVP, SP, FDP, Zürcher Kantonsrat, Finanzdirektion; the EU, and the
datelines' cities) stand for the way wire copy names them; every tally, seat count, share,
sample, margin, sum, date and quote here is invented, and where a real figure came to mind
(a real pension level and its end year, a real commuter allowance, a real poll standing, a
real count of Austrian Volksbegehren or of casting votes in the Commons) it was changed -
only background rules a check turns on are kept as wire copy would state them (the sizes of
the chambers, 326 seats for a Commons majority, 35 of the Bundesrat's 69 votes, 16 members
from each chamber in the Vermittlungsausschuss, 218 signatures and seven legislative days
for a discharge petition, 60 votes to end a filibuster, a quarter of the Nationalrat for a
special sitting, 100,000 signatures for a Volksbegehren, 12 of 23 Standesstimmen, the EU's
minimum electricity tax, the quorum of half the Bundestag and the Commons convention on the
chair's casting vote).

Its weight: PARLIAMENTS, VOTES, COALITIONS AND OPINION POLLS, the first round under this
heading and the seventh on parliaments and their votes (the sixty-fifth batch weighed
parliamentary procedure, legislation and votes, the hundred-third elections and
parliamentary votes, the hundred-eighty-eighth a parliamentary day, the
two-hundred-and-thirty-second budget debates in parliament, the three-hundred-and-third
parliaments and legislation and the three-hundred-and-seventy-fifth parliamentary debates
and votes) and the third on opinion polls (the hundred-thirty-fourth weighed opinion polls
and surveys, the two-hundred-and-fifth elections and polls); beside them the ninety-fifth
weighed a coalition committee, the hundred-third coalition talks, the hundred-fifty-first
domestic politics on an ordinary day, the seventy-sixth, three-hundred-and-thirty-second and
four-hundred-and-thirty-fourth US politics, polls and Congress, the
two-hundred-and-thirty-seventh Austrian domestic politics, the two-hundred-and-thirty-eighth
Swiss federal politics and direct democracy, the two-hundred-and-thirty-ninth British
politics and the four-hundred-and-eighteenth Swiss and Austrian domestic politics; their
decisions are kept. One made-up parliamentary year, January 14 to December 8, as 30 short
stories in date order with the German and English ones interleaved, each told as wire copy
runs it (a dateline lead with the tally, the seat count or the headline share, the threshold
or the majority, the bill's or the package's cost, the method line of a poll, attributed
claims of government and opposition, pollsters' readings, quotes, heckles and labels, the
next step). Half German (dpa with "dpa/mv", "dpa/lby" and "dpa/sn", APA, Keystone-SDA;
Austrian "Jänner", "heuer", "Mandatarinnen und Mandatare", "Mandate", "Landeshauptmann",
"Volksbegehren", "Budgetrede", "Auszahlungen", "meinte"; Swiss "gutgeheissen", "Geschäft",
"Differenzen", "Einigungskonferenz", "Standesstimmen", "Stimmbevölkerung", "Stichentscheid",
"Gemäss", "schliesst", "grosszieht", "bloss", "12'384", "2650" without a separator, «»
quotes; German „“ quotes): a coalition treaty in Schwerin with its numbered Vorhaben and
members' vote, a Market poll for the „Standard“, the Bundestag's pension package in a
roll-call vote, the Kita bill in the Swiss Nationalrat, the Bundesrat's 1071st sitting and
the Vermittlungsausschuss, the ARD-Deutschlandtrend, a failed Misstrauensantrag in a special
sitting of the Nationalrat, Bavaria's double budget, the Koalitionsausschuss's relief
package with its numbered Maßnahmen, a Styrian government programme and the
Landeshauptmann's election, the Bundestag's session in figures, the SRG trend survey before
a popular vote, an INSA poll with a seat projection in Saxony, a Volksbegehren and the
budget speech in the Nationalrat, and the Zurich cantonal parliament on the tax rate and the
budget. Half English (AP, Reuters with dated datelines, PA, AAP; US, UK, Irish, Canadian and
Australian usage: "218-214", "by 347 votes to 182, majority 165", "R-Texas", "D-Minn.",
"TD", "MSPs", "per cent", "C$", "A$", "£", "2031-32", "Feb. 12-16", "Sept. 19-23"): a border
package in the House, a devolution bill's second reading with a rebellion, a no-confidence
motion in the Dáil with a Red C poll, an AP-NORC poll on Congress and the president, a
minority budget vote in Ottawa with a Nanos survey, a Newspoll and a Senate vote in
Canberra, a YouGov MRP seat projection, a Senate budget resolution on a 50-50 split after a
vote-a-rama, Holyrood's budget, a confidence and supply agreement in New South Wales, a
discharge petition reaching 218 signatures, a party conference vote on electoral reform with
an Opinium poll, a stopgap bill with a Quinnipiac poll, a non-confidence motion in Ottawa
with an Abacus poll and a Commons amendment lost on the casting vote. Speakers as such copy
has them: members with title, party and state, canton or constituency labels dropped ("Rep.
X, R-Texas, said", "Conservative MP X (Tewkesbury) said", "Nationalrätin X (GLP/ZH) sagte"),
members who "told the Dáil" or said "in question period", pollsters and researchers
(„Market-Studienleiter X sagte“, „INSA-Meinungsforscher X sagte“, "YouGov said", "Abacus
said", „Laut gfs.bern“), the parliaments' services („Wie die Parlamentskorrespondenz
mitteilte“, „Nach Angaben der Bundestagsverwaltung“, „teilte der Budgetdienst des Parlaments
mit“), a ministry by its figures („nach Angaben des Arbeitsministeriums“), a spokesman ("A
Downing Street spokesman said"), and beside them the forms left unchecked (offices by role,
polls and surveys as sources, fieldwork verbs, calculations, documents, "according to",
„Gemäss“, plural groups, „kündigte an“). Figures as such copy has them: roll-call tallies
for, against and abstaining, PA's majority, the tellers' formula and a tie, seats held and
seats needed, shares of a chamber as thresholds and quorums, members and signatures counted,
numbered sittings, Parliaments, petitions and Volksbegehren as ordinals, lengths of debates,
sittings and vote-a-ramas, vote shares and approval ratings in percent and per cent, moves
in points and in brackets, net approval with its sign, samples, fieldwork dates and margins
of error, shares of respondents in words and digits, budgets, deficits and packages in
euros, francs, pounds and U.S., Canadian and Australian dollars, a tax in fractions of a
cent, years, dates and datelines. Negatives as such copy has them - 55 rows, none with a
figure: members' and ministers' rhetoric in quotes from all sides, labels („sprach von“,
„nannte“, „kritisierte ... als“, "called", "dismissed ... as"), pollsters' caveats and
parties' commentary on polls, chamber colour, doubts, fears, forecasts without a figure,
analysts' verdicts, evasions and open questions, each near a check-worthy look-alike from
the same story.

245 rows (125 German, 120 English), 55 negatives (27 German, 28 English), 190 check-worthy
rows of which 11 carry no figure (6 German, 5 English), 381 expected quantities (155 counts,
90 percentages - 63 in "%", 27 in percentage points "pp" -, 34 amounts of money - 12 EUR, 6
USD, 6 CHF, 5 GBP, 3 CAD, 2 AUD -, 31 dates - 1 with a year, 30 without -, 28 durations - 10
in hours, 9 in years, 4 in minutes, 3 in days, 1 in weeks, 1 in months -, 21 years, 14
ordinals, 8 fractions; none of them in a negative), 37 checked speakers (18 German, 19
English). These counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, piece of rhetoric, heckle-like colour, pollster's caveat, doubt, fear,
  forecast without a figure, analyst's verdict, evasion or open question is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-fourth, hundred-eighty-eighth, three-hundred-and-third,
  three-hundred-and-seventy-fifth); a quoted or reported statement of fact, figure, step,
  rule, position or schedule is check-worthy with its speaker, also in Konjunktiv I and II
  (hundred-sixtieth, three-hundred-and-third). Pairs from one speaker: Ortega-Finch's 3,500
  agents beside "when a majority keeps its word"; Markby-Stone's £212 beside her "power
  grab"; Kinsella-Dunne's 16,200 people beside "run out of patience"; Castellanos-Ward's 30%
  beside "People are exhausted by the fighting"; Fournier-Hayes's C$60 billion beside "a
  credit card with no limit"; Pettigrew-Soto's 7.4 million beside "nursing homes";
  Lockhart-Inglis's £32,000 beside "pet projects"; Claremont-Ashe's 600 units beside "not to
  a blank cheque"; Okonkwo-Reyes's 2,600 trades beside "play the market"; Harcastle-Bligh's
  72 seats beside "First past the post is broken" ("First" none,
  two-hundred-and-seventy-fourth: "first past the post"); Whitcombe-Dade's 46th stopgap
  beside his mortgage; Daigneault-Moore's 27% beside "the kindness of strangers";
  Fenwick-Hale's 464,000 spills beside "the Government's majority ran dry"; Vosskuhl-Demir's
  45,8 Prozent beside „ein Versprechen an alle“; Imfeld-Gartmann's 2650 Franken beside «Wer
  arbeitet ...»; Mayrhofer-Stangl's 6.840 applications beside „unsere Grenzen längst
  aufgegeben“; Wimmerer-Balta's reserves beside „solide, aber ... mutlos“; Ostendorf-Brink's
  290 Euro beside „ein starkes Signal“; Zechner-Wolf's 480 Millionen beside „ein Programm
  für die ganze Steiermark“; Haslinger-Gmeiner's 63 Prozent beside „Ein Gesetz ersetzt keine
  Erziehung“; and by office, unchecked, the local government minister's 164 councils beside
  "hands power back". Other negatives: labels („sprach von“ twice, „nannte“ twice,
  „kritisierte ... als“, "called" twice, "dismissed ... as", "has called the measure";
  two-hundred-and-fourth, three-hundred-and-third), commentary on polls by a party and a
  pollster („Umfragen sind keine Wahlergebnisse ...“ with „hieß es aus der ÖVP-Zentrale“, "A
  projection is not a result ...", «Der Vorsprung ist zu knapp ...», "I don't pay attention
  to polls ..."; hundred-thirty-fourth) and "Pollsters warn that seat estimates ... can
  shift sharply" (a caveat naming no measure, hundred-thirty-fourth: "Pollsters caution
  ..."), chamber colour (Zwischenrufe interrupting a speech, the Deputy Speaker calling for
  order; three-hundred-and-seventy-fifth), a doubt ("privately doubt"), a fear ("privately
  fear"), a forecast without a figure ("expect another standoff before Thanksgiving"), a
  warning naming no measure (the Arbeitgeberverband's «teuren Experiment»,
  two-hundred-and-fourth), an analysts' verdict ("bought the government time but little
  stability"), and evasions and open questions („ließ ... offen“, „gilt ... als offen“,
  „blieb offen“, „ist offen“, „wollte ... nicht sagen“, "It was not clear whether", "It was
  unclear whether"; two-hundred-and-fourth).
- Parliamentary acts of record and rules of procedure are check-worthy with or without a
  figure (sixty-fifth, hundred-eighty-eighth, three-hundred-and-third,
  three-hundred-and-seventy-fifth): a Misstrauensantrag failed in a special sitting
  (three-hundred-and-third: a constructive no-confidence vote failed), a Commons amendment
  defeated on the casting vote after a tied division, parties' votes („Die AfD-Fraktion
  stimmte geschlossen dagegen, die Grünen enthielten sich mehrheitlich.“ - „mehrheitlich“
  and „geschlossen“ none; "Sinn Féin tabled the motion, and Labour and the Social Democrats
  backed it."), a motion to be re-tabled („Die FPÖ kündigte an, ...“ - „kündigte an“ no verb
  of saying, three-hundred-and-seventy-fifth; „in der nächsten Plenarwoche“ none), the Swiss
  government's and parliament's recommendation to voters, a spokesman's announced amendment
  at report stage, scheduled votes and debates (the Ministerpräsidentin's election „für den
  28. Januar“, the Bundesrat „am 20. März“, the committee report "by March 6", „Abgestimmt
  wird am 27. September.“), and rules stated as fact: the Vermittlungsausschuss's 16 members
  from each chamber, the Ständemehr's 12 of 23 Standesstimmen, the Volksbegehren's 100,000
  signatures, the discharge petition's seven legislative days
  (three-hundred-and-seventy-fifth: "seven legislative days" 7), the quorum of half the
  Bundestag, the chair's casting-vote convention and the Zurich president's „Stichentscheid“
  (no figure; three-hundred-and-third: „Stichentscheid“ none). A numbered item of a
  coalition paper is a reference and carries none, the row check-worthy for what it states
  (three-hundred-and-eighty-eighth: „Punkt 17 regelt ...“, "Point 9 of the draft"):
  „Vorhaben 112 sieht vor, ...“ (its 2032 and 1,200 posts), „Maßnahme 6 sieht vor, ...“ (its
  ordinal 1 and 40 Cent) and "Point 9 of the agreement requires ..." (no figure); the count
  of items is a count („314 nummerierte Vorhaben“, „386 Maßnahmen auf 174 Seiten“, „mit 14
  Maßnahmen“) and "The 14-point agreement" 14 (three-hundred-and-eighty-eighth: "The
  21-point plan"). A pollster's finding without a figure is check-worthy with its speaker
  (hundred-thirty-fourth: Ullrich's finding): „Infratest-dimap-Wahlforscherin Lena
  Hochreiter-Baum sagte, die Verluste der Union gingen vor allem auf ältere Wählerinnen und
  Wähler zurück.“
- Tallies are counts, one per figure (sixty-fifth, hundred-eighty-eighth,
  three-hundred-and-third, three-hundred-and-seventy-fifth): "218-214", "by 347 votes to
  182, majority 165" (PA's majority without "of", hundred-eighty-eighth), "fell by 401 votes
  to 71", "by 88 votes to 73", „votierten 368 Abgeordnete dafür, 271 dagegen, 9 enthielten
  sich“, „mit 112 zu 79 Stimmen bei 4 Enthaltungen“, „mit 26 zu 17 Stimmen“, "by 172 votes
  to 166", „mit zusammen 38 der 69 Stimmen, nötig waren 35“ („zusammen“ no hedge), "passed
  37-33", „stimmten nur die 57 freiheitlichen Abgeordneten, 118 Mandatarinnen und Mandatare
  votierten dagegen“ („nur“ no hedge), "split 50-50" 50 and 50 (sixty-fifth: "a 50-50
  vote"), „112 Abgeordnete dafür und 87 dagegen“, "by 68 votes to 57", „mit 26 von 48
  Stimmen“, "voted by 612 to 389", "217-212 ... a 65-35 vote", "by three votes, with the
  House of Commons voting 170-167" 3, 170 and 167 (three-hundred-and-seventy-fifth: "14
  votes shy"), „mit 92 zu 84 Stimmen“, „mit 121 zu 53 Stimmen“. New: the tellers' formula
  'The tellers announced "Ayes to the right, 291; Noes to the left, 291"' gives two counts,
  291 and 291 - the lobbies' names and sides label the figures as in PA's "Ayes 189, Noes
  12" (three-hundred-and-third New), and a tie written twice gives two counts as „22 zu 22
  Stimmen“ (three-hundred-and-third); the tellers, a plural group, stay unchecked.
- Seats, majorities, thresholds and quorums (sixty-fifth, hundred-third,
  three-hundred-and-third, three-hundred-and-seventy-fifth): counts as written („42 der 79
  Sitze, für die absolute Mehrheit sind 40 nötig“, „27 der 48 Mandate“, „45 der 120 Sitze“,
  "53 of 100 seats", "60 votes", "95 of the 174 seats", "161 of the 343 seats", "at least 11
  opposition or independent members" "at_least", "271 seats ..., leaving it 55 short of a
  Commons majority", "326 seats ... the 650-member Commons", "65 of the 129 seats", "46 of
  the 93 seats ..., one short of the 47 needed" 46, 93, 1 and 47, "the required 218
  signatures" - "required" no hedge as „erforderlich“, three-hundred-and-seventy-fifth -,
  "all 213 Democrats", "all 48 Democrats and independents" - "all" no hedge -, „mindestens
  12 der 23 Standesstimmen“ 12 "at_least" and 23, „180 Mitglieder, vier fehlten“); shares of
  a chamber are fractions („ein Viertel der 183 Abgeordneten, also 46 Unterschriften“ 0.25,
  183 and 46; „weniger als die Hälfte der 630 Abgeordneten“ 0.5 "under";
  three-hundred-and-seventy-fifth). „absolute Mehrheit“, „Volksmehr“, „Ständemehr“, "an
  outright majority", "govern in its own right", "a red line", "voice vote", "vote-a-rama"
  and „Hammelsprung“ carry none (two-hundred-and-fifth, three-hundred-and-third). "The
  ruling three-party alliance" was 3 (three-hundred-and-seventy-fifth); here „nur mit vier
  Parteien möglich“ is 4 and "the two parties in Congress" 2 (hundred-thirty-fourth: "the
  two largest parties"). New: "a confidence and supply agreement" carries no quantity - the
  name of a kind of minority-government deal, as "first past the post"
  (two-hundred-and-seventy-fourth) and "on a two-party preferred basis"
  (three-hundred-and-fifty-ninth) name a system and a measure and count nothing. New: "the
  lone Green MP" carries no count - "lone" is no number word, as "a single"
  (two-hundred-and-forty-fourth) and „kein einziger“ carry none, while "Three independents"
  in the same row is 3.
- Polls (forty-first, hundred-third, hundred-thirty-fourth, two-hundred-and-fifth): shares
  are percentages, "per cent" as "%", the unit written once serving the list („die NEOS auf
  10 und die Grünen auf 9 Prozent“, „Die SPD kommt auf 7, die Linke auf 8, das BSW auf 6 und
  die Grünen auf 5 Prozent“; forty-sixth), moves in points are percentage points ("up two
  points", "rose one point", "slipped two points", „büßt die Union einen Punkt ein“ -
  hundred-thirty-fourth: "büßt einen Punkt ein" -, „legt um zwei Punkte ... zu“, „drei
  Prozentpunkte weniger“, „vier Prozentpunkte weniger“, „um fünf Punkte zugelegt“, "nine
  points ahead", „mit zwölf Prozentpunkten“, "up three points ..., while Labour's is down
  four" 3 and 4 pp - the elliptic "four" takes the points of the first figure,
  hundred-thirty-fourth: "from minus two" - and with no sign for "down",
  three-hundred-and-fourteenth), a net approval rating in points is percentage points with
  its sign ("improved to minus 4 points from minus 11" -4 and -11 pp; hundred-thirty-fourth
  New, four-hundred-and-thirty-fourth), "52 per cent after preferences and the opposition on
  48 per cent" 52 and 48 ("after preferences" none). Margins of error are percentage points
  with no hedge ("±3,5 Prozentpunkten" and "±2,8 Prozentpunkte" with no sign,
  three-hundred-and-ninety-fifth; "3 percentage points either way" and "3.9 percentage
  points in either direction", two-hundred-and-thirty-seventh and
  three-hundred-and-thirty-second; „zwei bis drei Prozentpunkte“ both, the unit written
  once, hundred-thirty-fourth; "a gap within the survey's stated error margin of 2.9
  percentage points" - "within" none -, "an error margin of 3.3 percentage points", „die
  maximale Fehlertoleranz liegt nach Institutsangaben bei 3,1 Prozentpunkten“). Samples are
  counts ("803", "1,021", "1.318", "1,142", "1,256", "11,742", "12'384" - the Swiss
  apostrophe, tenth -, "2,050", "1,398", "1.004"); fieldwork dates are dates without a year,
  the month written once serving the earlier day („von 26. bis 29. Jänner“, „vom 2. bis 10.
  September“, „vom 26. September bis 2. Oktober“, "Feb. 12-16", "Sept. 19-23", "from
  September 10 to 12", "between March 19 and March 23", "between April 2 and April 9";
  hundred-thirty-fourth); „von Montag bis Mittwoch“ and „zwischen Montag und Mittwoch“ none.
  Shares of respondents are fractions with their hedges ("Only about 1 in 5" 0.2 "about" -
  the digits read as number words, four-hundred-and-seventieth; "Only" no hedge -, "About 6
  in 10" 0.6 and "about 1 in 10" 0.1 "about", "Half of adults" 0.5, „Knapp zwei Drittel der
  Wahlberechtigten empfinden ...“ 0.6667 "nearly"; hundred-thirty-fourth), and a share of
  respondents holding a view is check-worthy with the poll unchecked
  (hundred-thirty-fourth). The ranks of trend surveys are ordinals („der zweiten
  SRG-Trendumfrage“ 2, „in der ersten Umfrage“ 1; hundred-thirty-fourth: "die erste
  SRG-Trendumfrage"). New: a poll's change in brackets after a share is a percentage-point
  change with the sign as written - „Die ÖVP kommt auf 21 Prozent (minus 2), die SPÖ auf 19
  Prozent (plus 1), ...“ gives 21 %, -2 pp, 19 %, 1 pp, and the verbless line „Grüne 11
  Prozent (minus 1), Linke 9 Prozent (plus 1), BSW 4 Prozent (unverändert).“ gives 11 %, -1
  pp, 9 %, 1 pp and 4 %, „(unverändert)“ none - as a seat line's bracketed changes are
  counts with their sign (four-hundred-and-fifty-eighth New), a bracketed figure without a
  unit takes its unit from the figure it is set against (four-hundred-and-sixty-sixth New),
  and the change of a poll share is read in points (hundred-thirty-fourth); "minus" is the
  sign (eighty-eighth), "plus" none of its own.
- Readings, sittings, Parliaments and other numbered business are ordinals (sixty-fifth,
  three-hundred-and-third, three-hundred-and-seventy-fifth): "a second reading" 2, „in
  seiner 1071. Sitzung“ 1071, "the 46th Parliament" 46 (four-hundred-and-fifty-second New:
  „der XXVIII. Gesetzgebungsperiode“ 28), „das 74. Volksbegehren ... der Zweiten Republik“
  74 and 2 (tenth: „der Zweiten Republik“ 2), "only the third discharge petition" 3 ("only"
  no hedge), "the 46th stopgap measure" 46, "only the ninth time since 1950" 9 and the year,
  "for the third time in five years" 3 and 5 years, "for the first time" 1
  (four-hundred-and-second: "for the first time since 1946"), „während der ersten acht
  Jahre“ 1 and 8 years (four-hundred-and-seventy-third: „in den ersten vier Monaten“), „ab
  dem ersten Kilometer“ 1 (fifty-third). "four confidence votes ..., and won each of them"
  is count 4 ("each" none). „Erstmals“, „erstmals“, "the biggest revolt", "the highest
  annual total", "its highest reading", „so groß wie nie“, "the last election" and „seit der
  letzten Landtagswahl“ carry none (forty-first).
- Lengths of debates, sittings and talks are durations (the issue: "fünfstündigen";
  sixty-fifth, three-hundred-and-third, three-hundred-and-seventy-fifth): "held the vote
  open for 41 minutes" (three-hundred-and-seventy-fifth: "held open for 47 minutes"), „knapp
  zwei Stunden“ "nearly", „gut sechs Stunden“ "over", „fünf Stunden und 12 Minuten“, "nearly
  22 hours", „über drei Tage und insgesamt gut 26 Stunden“ 3 days and 26 hours "over"
  („über“ before a span and „insgesamt“ no hedge, three-hundred-and-seventy-fifth),
  „zusammen 512 Stunden und 40 Minuten“ („zusammen“ no hedge), „am 3. Juli: 17 Stunden und 6
  Minuten“ the date and both spans (three-hundred-and-third New), „nach 54 Tagen
  Verhandlungen“ 54 days (hundred-third: „Nach 61 Tagen Verhandlungen“), „nach einer mehr
  als neunstündigen Sitzung“ 9 hours "over", „Nach zweitägiger Debatte“ 2 days, "just under
  three hours" 3 hours "under" (three-hundredth New: "just under half"), "with less than two
  hours to spare" 2 hours "under". Deadlines and spans: "within two years" and „innerhalb
  von drei Monaten“ with no hedge (three-hundred-and-third: "within 90 days"), "for two
  years", "over four years" and "over 10 years" ("over" before a span no hedge), "three
  weeks earlier" 3 weeks, "in five years" 5 years. None: "last year", "this year", "last
  month", "last weekend", "the coming year", „im kommenden Jahr“, „heuer“, „pro Jahr“,
  „jährlich“, „im Jahr“, „im Monat“, „im Vormonat“, „bis Ende März“, „Ende August“, „Ein
  Jahr vor der Landtagswahl“ (an article), „in der Wintersession“, „Sessionsende“, „vor der
  Sommerpause“, "the February recess", "the summer recess", "sitting week", "Thanksgiving",
  weekdays and months.
- Money in the currency written (every batch): USD ("$14.6 billion", "$2.1 billion", "$1.2
  trillion", "at least $880 billion" "at_least", "worth a combined $410 million" - "a
  combined" no hedge, three-hundred-and-thirty-second -, "$6.3 billion"); CAD ("C$48.7
  billion ..., down from C$61.9 billion", "exceed C$60 billion" - a verb, no hedge;
  three-hundred-and-third: "C$71.3 billion"); AUD ("A$2.5 billion", "A$1.1 billion"); GBP
  ("an average of £212 a year" with no hedge, "£63.8 billion", "£180 million", "earning more
  than £32,000 a year" "over", "£22.1 billion"); EUR („nur 40 Millionen Euro pro Jahr“,
  „rund 21 Milliarden Euro“, „rund 600 Millionen Euro“, „insgesamt 163,4 Milliarden Euro“,
  „500 Millionen Euro“, „auf unter 2 Milliarden Euro“ "under", „rund 11,5 Milliarden Euro“,
  „auf 40 Cent“ 0.4, „um 290 Euro im Jahr“ - „im Schnitt“ no hedge -, „rund 480 Millionen
  Euro“, „134,2 Milliarden Euro“); CHF („jährlich rund 710 Millionen Franken“, „im Schnitt
  2650 Franken im Monat“ - four Swiss digits without a separator -, „insgesamt über 5
  Milliarden Franken“ "over", „rund 210 Millionen Franken pro Jahr“, „19,7 Milliarden
  Franken ... 118 Millionen Franken“). New: „auf 0,05 Cent je Kilowattstunde“ is 0.0005 EUR:
  Cent are hundredths of a euro (four-hundred-and-seventy-third: „38,2 Cent“ 0.382;
  hundred-thirty-eighth), also where the figure is itself a fraction of a cent, the value
  carried to the decimals it gives; „je Kilowattstunde“ none.
- Other counts as written (every batch): "3,500 additional Border Patrol agents", "more than
  3 million cases" "over", "flip three holdouts", "Twenty-eight Labour backbenchers" (a
  number word opening the row), "164 district councils", "16,200 people, including 4,900
  children", "38,400 new homes", "Four New Democrats and three independents ..., while two
  Bloc Quebecois members", "two crossbenchers", "43 amendments", "Only four amendments"
  ("Only" no hedge), "7.4 million more Americans" ("more" after the figure no hedge), "Two
  Republicans", "the seven Scottish Green MSPs", "three independent MPs", "600 new social
  housing units", "48,000 new members", "Five Republicans", "more than 2,600 stock trades"
  "over", "464,000 times", „1.200 zusätzliche Lehrerstellen“, „23 Abgeordnete“, „41 weiteren
  Tagesordnungspunkten“ („weiteren“ no hedge), „je 16 Mitgliedern“ 16 („je“ no hedge), „die
  verbleibenden drei Differenzen“, „drei Ordnungsrufe, zwei davon“ and „31 Ordnungsrufe, 24
  davon“ („davon“ no hedge), „zweimal“ 2 („beide Male“ none, as „beider“,
  three-hundred-and-seventy-fifth), „in 58 Plenarsitzungen 96 Gesetze“, „6.214 schriftliche
  Fragen“, „214 Änderungsanträge“ („kein einziger“ none), „um 4.500“, „acht Mitglieder, fünf
  davon“, „412.618 Menschen“, „mehr als 100.000 Unterschriften“ "over", „6.840“, „eine
  vierköpfige Familie“ 4 (a figure heading a compound, forty-first: „Im 40-köpfigen
  Gemeinderat“). None: „ein kostenloses Mittagessen“, „ein Abgeordneter“, "a member", "a
  group of independents", "a public bill committee", "every Democrat", "each of them", "both
  sides", „alle Verbraucher“, „allen Grundschulen“.
- Percentages otherwise as written: „78,6 Prozent ..., ... 61 Prozent“, „Rentenniveau von 48
  Prozent“ and „auf 45,8 Prozent“, „ein Plus von 22 Prozent“, „um 9 Prozent unter“ („um“
  before a difference no hedge), „ein Plus von 18 Prozent“, „bereits 63 Prozent“ („bereits“
  no hedge), „auf 3,9 Prozent des BIP“, „den Steuerfuss von 98 auf 95 Prozent“ (the tax rate
  in percent, four-hundred-and-fifty-ninth), "had not topped 30%" ("topped" and "not" no
  hedge, four-hundred-and-seventy-third), "86% of Americans", "on 12.2% of the vote", "58%
  ..., with 24% opposed", "44% ... and 38%", "64% of Canadians", "risen 27% in five years".
- Years and dates: the years („bis 2032“, "by April 2033", „bis 2033“, „bis 2040“, "since
  2007", "since 2021", „bis 2035“ twice, "the 2031-32 fiscal year" both years -
  four-hundred-and-seventy-third: "2015-16" -, „für 2031 und 2032“, „bis Ende 2032“, "by
  2034" twice, „seit 2019“, "since 2010", "since 1950", "in 2019", „für 2032“ and „2032“);
  „zum 1. Januar 2031“ the full date 2031-01-01; dates without a year („für den 28. Januar“,
  „am 20. März“ twice, „am 3. Juli“, „am 25. Juni“, „am 27. September“, "by March 6",
  "through Nov. 21", and the fieldwork dates); Reuters and AAP datelines with a day
  ("DUBLIN, Feb 10 (Reuters)", "OTTAWA, March 11 (Reuters)", "CANBERRA, March 26 (AAP)",
  "WASHINGTON, May 6 (Reuters)", "SYDNEY, June 10 (AAP)", "OTTAWA, Oct 14 (Reuters)") dates
  without a year (hundred-thirty-fourth, three-hundred-and-seventy-fifth); dpa ("Schwerin
  (dpa/mv) -", "Berlin (dpa) -", "München (dpa/lby) -", "Dresden (dpa/sn) -"), APA,
  Keystone-SDA, AP ("WASHINGTON (AP) —") and PA ("LONDON (PA) -", "EDINBURGH (PA) -",
  "BOURNEMOUTH (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, "about", "About" "about"; „knapp“, „Knapp“,
  "nearly" "nearly"; „gut“, „mehr als“, „über“ before a figure, "more than" "over"; „weniger
  als“, „unter“ before a figure, "less than", "just under" "under"; „mindestens“, "at least"
  "at_least". No hedge: „nur“, „bereits“, „zusammen“, „insgesamt“, „im Schnitt“, „je“,
  „davon“, „weiteren“, „um“ before a difference, „über“ before a span, „innerhalb“,
  "within", "Only", "only", "all", "an average of", "a combined", "required", "topped",
  "exceed", "either way", "in either direction", „±“, "over" before a span, and "more" after
  a figure.
- Speakers, checked only in forms the earlier batches settled. English: "Rep. Marisol
  Ortega-Finch, R-Texas, said", "Rep. Desmond Achebe-Lowry, D-Ill., said", "Sen. Rowan
  Pettigrew-Soto, D-Minn., said", "Rep. Janelle Okonkwo-Reyes, D-Ga., said" and "Sen. Harlan
  Whitcombe-Dade, R-Wyo., said" the name with the title and the party and state label
  dropped (three-hundred-and-thirty-second, three-hundred-and-seventy-fifth); "Conservative
  MP Helena Markby-Stone (Tewkesbury) said" and "Conservative MP Rupert Fenwick-Hale
  (Ludlow) said" with PA's constituency dropped (three-hundred-and-seventy-fifth New); "Sinn
  Féin TD Orla Kinsella-Dunne told the Dáil" (fortieth: "told the Dáil" as "told
  parliament"); "Conservative MP Gabrielle Fournier-Hayes said in question period"
  (four-hundred-and-seventy-third); "Greens senator Talia Brennan-Okafor said", "Reform UK
  MP Connor Hallworth-Pike said", "Scottish Conservative MSP Graeme Lockhart-Inglis said",
  "Independent MP Fiona Claremont-Ashe said", "Liberal Democrat MP Imogen Harcastle-Bligh
  said" and "Conservative MP Pierre-Luc Daigneault-Moore said" the name
  (two-hundred-and-thirty-sixth, three-hundred-and-seventy-fifth,
  four-hundred-and-seventy-third); "Castellanos-Ward said" as written
  (hundred-thirty-fourth: "Marsh said"); "YouGov said" and "Abacus said" as written - the
  pollster's short name as the row writes it (hundred-thirty-fourth: "YouGov said", "Leger
  said"); "A Downing Street spokesman said" -> "a Downing Street spokesman"
  (four-hundred-and-seventy-third: "A BBC spokesperson said"). German:
  „Linken-Landtagsabgeordnete Karoline Wendt-Ahlers sagte“, „Market-Studienleiter Gernot
  Pfleger-Aichinger sagte“, „CDU-Sozialpolitikerin Annegret Vosskuhl-Demir sagte“,
  „Infratest-dimap-Wahlforscherin Lena Hochreiter-Baum sagte“ (the pollster's name heading
  the title, hundred-thirty-fourth: „INSA-Meinungsforscher“), „FPÖ-Abgeordneter Kurt
  Mayrhofer-Stangl sagte“, „Die Grünen-Haushaltspolitikerin Theresa Wimmerer-Balta sagte“
  (article and title dropped, four-hundred-and-seventy-third: „Der AfD-Bundestagsabgeordnete
  ...“), „SPD-Finanzpolitiker Malte Ostendorf-Brink sagte“, „INSA-Meinungsforscher Bastian
  Kreuzkamp sagte“, „ÖVP-Bildungspolitiker Florian Haslinger-Gmeiner sagte“ and
  „FDP-Kantonsrätin Nadja Kälin-Rüegg sagte“ the name with the title dropped
  (hundred-thirty-fourth, four-hundred-and-seventy-third); „Nationalrätin Seraina
  Imfeld-Gartmann (GLP/ZH) sagte“ and „Nationalrat Urs Bärtschi-Lüthi (SVP/BE) sagte“ with
  the Swiss party and canton label dropped (three-hundred-and-seventy-fifth);
  „SPÖ-Landtagsabgeordnete Birgit Zechner-Wolf meinte“ (four-hundred-and-sixty-seventh New:
  „meinte X“ after a stated figure); „nach Angaben des Arbeitsministeriums“ -> "das
  Arbeitsministerium" and „Nach Angaben der Bundestagsverwaltung“ -> "die
  Bundestagsverwaltung" (the source in the nominative; two-hundred-and-fourth: „nach Angaben
  des Verteidigungsministeriums“; four-hundred-and-seventy-third); „Wie die
  Parlamentskorrespondenz mitteilte“ -> "die Parlamentskorrespondenz" (sixty-fifth,
  three-hundred-and-seventy-fifth); „teilte der Budgetdienst des Parlaments mit“ -> "der
  Budgetdienst des Parlaments" (the source with its article in the nominative,
  hundred-thirty-fourth: „teilte die Arbeiterkammer Oberösterreich mit“); „Laut gfs.bern“ ->
  "gfs.bern" as written - the institute's name after „laut“, as „Laut Market“
  (hundred-thirty-fourth) and „laut Bundesrat“ (three-hundred-and-seventy-fifth) in the poll
  and parliament rounds, while the health rounds leave „laut“ open
  (four-hundred-and-sixty-third). Left unchecked (None): all negatives, also those with a
  named speaker; offices and roles without a name ("The local government minister told MPs",
  "The minister told the chamber", „Der Finanzminister sagte“, „Die Innenministerin
  entgegnete“ - „entgegnete“ also left open by the three-hundred-and-seventy-fifth -, „Der
  Nationalratspräsident erteilte“, „Das Präsidium erteilte“, "The speaker has called");
  polls and surveys as sources ("according to a new YouGov MRP projection", "a new AP-NORC
  poll finds", "A Red C poll ... put", "A Nanos Research survey ... had", "the latest
  Newspoll, which has", "A Pew Research Center survey ... found", "An Opinium poll ...
  found", "In a Quinnipiac University poll", "An Abacus Data poll ... put", "A Resolve
  Political Monitor poll ... had", „laut der Umfrage“, „laut der zweiten SRG-Trendumfrage“,
  „in einer INSA-Umfrage“, „Nach einer Sitzprojektion von INSA“; hundred-thirty-fourth) and
  the institutes' fieldwork verbs („Market befragte“, „interviewte Infratest dimap“, „Das
  Forschungsinstitut gfs.bern befragte“, „INSA befragte“, "Red C interviewed", "Opinium
  surveyed", "Quinnipiac interviewed"; hundred-thirty-fourth); calculations, documents and
  data („Nach Berechnungen des hessischen Finanzministeriums“, „Nach Berechnungen des Bundes
  der Steuerzahler“, „wie es in dem Beschlusspapier heißt“, „Laut Regierungsprogramm“, „nach
  Institutsangaben“ - a compound -, "according to the Scottish Fiscal Commission's latest
  forecast"; four-hundred-and-fifty-first, four-hundred-and-seventy-third); „Gemäss
  Finanzdirektion“ (four-hundred-and-fourth: „gemäss“ before a source left open); „Die FPÖ
  kündigte an“ (three-hundred-and-seventy-fifth); plural groups ("The tellers announced",
  "Democrats called", "Government sources", "Political analysts said"); and rows without
  attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_481 = [
    # --- House passes border package 218-214 (AP), January 14 ---
    (
        "en",
        "WASHINGTON (AP) — The House passed a $14.6 billion border security package 218-214 on Tuesday, with two Republicans voting no alongside every Democrat.",
        True,
        [
            ("money", 14600000000, "USD", None),
            ("count", 218, None, None),
            ("count", 214, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Leaders held the vote open for 41 minutes while they worked to flip three holdouts from the party's right flank.",
        True,
        [("duration", 41, "minute", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Marisol Ortega-Finch, R-Texas, said the bill would pay for 3,500 additional Border Patrol agents over four years.",
        True,
        [("count", 3500, None, None), ("duration", 4, "year", None)],
        "Marisol Ortega-Finch",
    ),
    (
        "en",
        '"This is what it looks like when a majority keeps its word," Ortega-Finch said on the House floor.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rep. Desmond Achebe-Lowry, D-Ill., said the package took $2.1 billion from immigration courts that already face a backlog of more than 3 million cases.",
        True,
        [("money", 2100000000, "USD", None), ("count", 3000000, None, "over")],
        "Desmond Achebe-Lowry",
    ),
    ("en", 'Democrats called the measure "a cruelty tax wearing a security badge."', False, [], None),
    (
        "en",
        "In the Senate, where Republicans control 53 of 100 seats, the package will need 60 votes to get past a filibuster.",
        True,
        [("count", 53, None, None), ("count", 100, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "It was not clear whether Senate leaders would bring the package to the floor before the February recess.",
        False,
        [],
        None,
    ),
    # --- Koalitionsvertrag in Schwerin unterzeichnet (dpa/mv), 20. Januar ---
    (
        "de",
        "Schwerin (dpa/mv) - SPD und CDU in Mecklenburg-Vorpommern haben nach 54 Tagen Verhandlungen ihren Koalitionsvertrag unterzeichnet.",
        True,
        [("duration", 54, "day", None)],
        None,
    ),
    (
        "de",
        "Das Papier umfasst 168 Seiten und 314 nummerierte Vorhaben, darunter ein kostenloses Mittagessen an allen Grundschulen.",
        True,
        [("count", 168, None, None), ("count", 314, None, None)],
        None,
    ),
    (
        "de",
        "Vorhaben 112 sieht vor, bis 2032 landesweit 1.200 zusätzliche Lehrerstellen zu schaffen.",
        True,
        [("year", 2032, None, None), ("count", 1200, None, None)],
        None,
    ),
    (
        "de",
        "Im Landtag kommen SPD und CDU gemeinsam auf 42 der 79 Sitze, für die absolute Mehrheit sind 40 nötig.",
        True,
        [("count", 42, None, None), ("count", 79, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Beim Mitgliedervotum der SPD stimmten 78,6 Prozent mit Ja, die Beteiligung lag bei 61 Prozent.",
        True,
        [("percent", 78.6, "%", None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "„Dieser Vertrag ist ein Aufbruch für das ganze Land“, sagte der CDU-Landesvorsitzende bei der Unterzeichnung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Linken-Landtagsabgeordnete Karoline Wendt-Ahlers sagte, für den sozialen Wohnungsbau seien im Vertrag nur 40 Millionen Euro pro Jahr vorgesehen.",
        True,
        [("money", 40000000, "EUR", None)],
        "Karoline Wendt-Ahlers",
    ),
    (
        "de",
        "Die Wahl der Ministerpräsidentin im Landtag ist für den 28. Januar angesetzt.",
        True,
        [("date", "--01-28", None, None)],
        None,
    ),
    # --- Devolution bill at second reading (PA), January 27 ---
    (
        "en",
        "LONDON (PA) - MPs have voted by 347 votes to 182, majority 165, to give the Government's Devolution and Local Government Bill a second reading.",
        True,
        [
            ("count", 347, None, None),
            ("count", 182, None, None),
            ("count", 165, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Twenty-eight Labour backbenchers defied the whip, the biggest revolt of this parliament to date.",
        True,
        [("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "The local government minister told MPs the Bill would abolish 164 district councils by April 2033.",
        True,
        [("count", 164, None, None), ("year", 2033, None, None)],
        None,
    ),
    ("en", '"This Bill hands power back to the places that know their own streets best," she said.', False, [], None),
    (
        "en",
        "Conservative MP Helena Markby-Stone (Tewkesbury) said council tax bills in her constituency would rise by an average of £212 a year under the merger.",
        True,
        [("money", 212, "GBP", None)],
        "Helena Markby-Stone",
    ),
    ("en", 'Ms Markby-Stone called the Bill "a power grab by Whitehall in a high-vis jacket".', False, [], None),
    (
        "en",
        "A Liberal Democrat amendment to delay the reorganisation for two years fell by 401 votes to 71.",
        True,
        [("duration", 2, "year", None), ("count", 401, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "The Bill will now be examined by a public bill committee, which must report back by March 6.",
        True,
        [("date", "--03-06", None, None)],
        None,
    ),
    ("en", "The Deputy Speaker had to call for order during the minister's closing speech.", False, [], None),
    # --- Market-Umfrage für den „Standard“ (APA), 3. Februar ---
    (
        "de",
        "Wien (APA) - In der neuesten Market-Umfrage im Auftrag des „Standard“ liegt die FPÖ mit 33 Prozent weiter deutlich vorne.",
        True,
        [("percent", 33, "%", None)],
        None,
    ),
    (
        "de",
        "Die ÖVP kommt auf 21 Prozent (minus 2), die SPÖ auf 19 Prozent (plus 1), die NEOS auf 10 und die Grünen auf 9 Prozent.",
        True,
        [
            ("percent", 21, "%", None),
            ("percent", -2, "pp", None),
            ("percent", 19, "%", None),
            ("percent", 1, "pp", None),
            ("percent", 10, "%", None),
            ("percent", 9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Market befragte von 26. bis 29. Jänner 803 Wahlberechtigte über ein Onlinepanel, der statistische Fehler liegt bei ±3,5 Prozentpunkten.",
        True,
        [
            ("date", "--01-26", None, None),
            ("date", "--01-29", None, None),
            ("count", 803, None, None),
            ("percent", 3.5, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Bei einer fiktiven Direktwahl des Kanzlers würden 27 Prozent für den FPÖ-Chef stimmen und 18 Prozent für den Amtsinhaber.",
        True,
        [("percent", 27, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Market-Studienleiter Gernot Pfleger-Aichinger sagte, der Abstand zwischen FPÖ und ÖVP sei mit zwölf Prozentpunkten so groß wie nie seit Beginn der Legislaturperiode.",
        True,
        [("percent", 12, "pp", None)],
        "Gernot Pfleger-Aichinger",
    ),
    (
        "de",
        "„Umfragen sind keine Wahlergebnisse, wir arbeiten weiter für die Menschen“, hieß es aus der ÖVP-Zentrale.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mit der Arbeit der Bundesregierung sind laut der Umfrage 31 Prozent sehr oder eher zufrieden, im Oktober waren es noch 38 Prozent.",
        True,
        [("percent", 31, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    ("de", "Ob die Koalition bis zum regulären Wahltermin hält, ließ der Meinungsforscher offen.", False, [], None),
    # --- Dáil rejects no-confidence motion; Red C poll (Reuters), February 10 ---
    (
        "en",
        "DUBLIN, Feb 10 (Reuters) - Ireland's government survived a no-confidence motion against its housing minister on Tuesday after the Dáil rejected it by 88 votes to 73.",
        True,
        [("date", "--02-10", None, None), ("count", 88, None, None), ("count", 73, None, None)],
        None,
    ),
    ("en", "Sinn Féin tabled the motion, and Labour and the Social Democrats backed it.", True, [], None),
    (
        "en",
        "The coalition of Fianna Fáil, Fine Gael and a group of independents holds 95 of the 174 seats in the lower house.",
        True,
        [("count", 95, None, None), ("count", 174, None, None)],
        None,
    ),
    (
        "en",
        "Sinn Féin TD Orla Kinsella-Dunne told the Dáil that 16,200 people, including 4,900 children, were living in emergency accommodation in December.",
        True,
        [("count", 16200, None, None), ("count", 4900, None, None)],
        "Orla Kinsella-Dunne",
    ),
    (
        "en",
        '"The minister has run out of excuses and this country has run out of patience," Kinsella-Dunne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The minister told the chamber that 38,400 new homes had been completed last year, the highest annual total since 2007.",
        True,
        [("count", 38400, None, None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "A Red C poll for the Business Post published on Sunday put Sinn Féin on 26%, up two points, with Fianna Fáil on 19% and Fine Gael on 17%.",
        True,
        [
            ("percent", 26, "%", None),
            ("percent", 2, "pp", None),
            ("percent", 19, "%", None),
            ("percent", 17, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Red C interviewed 1,021 adults, and the margin of error is put at 3 percentage points either way.",
        True,
        [("count", 1021, None, None), ("percent", 3, "pp", None)],
        None,
    ),
    (
        "en",
        "Government sources privately doubt the coalition can agree a housing plan before the summer recess.",
        False,
        [],
        None,
    ),
    # --- Bundestag beschließt Rentenpaket (dpa), 13. Februar ---
    (
        "de",
        "Berlin (dpa) - Das umstrittene Rentenpaket hat den Bundestag passiert: In namentlicher Abstimmung votierten 368 Abgeordnete dafür, 271 dagegen, 9 enthielten sich.",
        True,
        [("count", 368, None, None), ("count", 271, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz sichert ein Rentenniveau von 48 Prozent bis 2033 und kostet nach Angaben des Arbeitsministeriums bis dahin rund 21 Milliarden Euro.",
        True,
        [("percent", 48, "%", None), ("year", 2033, None, None), ("money", 21000000000, "EUR", "about")],
        "das Arbeitsministerium",
    ),
    (
        "de",
        "Die Debatte vor der Abstimmung dauerte knapp zwei Stunden, am Rednerpult standen 23 Abgeordnete.",
        True,
        [("duration", 2, "hour", "nearly"), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "CDU-Sozialpolitikerin Annegret Vosskuhl-Demir sagte, ohne die Haltelinie würde das Rentenniveau bis 2040 auf 45,8 Prozent sinken.",
        True,
        [("year", 2040, None, None), ("percent", 45.8, "%", None)],
        "Annegret Vosskuhl-Demir",
    ),
    (
        "de",
        "„Dieses Paket ist ein Versprechen an alle, die dieses Land mit ihrer Arbeit aufgebaut haben“, sagte sie.",
        False,
        [],
        None,
    ),
    ("de", "Die AfD-Fraktion stimmte geschlossen dagegen, die Grünen enthielten sich mehrheitlich.", True, [], None),
    ("de", "Mehrfach unterbrachen Zwischenrufe aus den Reihen der AfD die Rede der Ministerin.", False, [], None),
    (
        "de",
        "Der Bundesrat soll sich am 20. März abschließend mit dem Gesetz befassen.",
        True,
        [("date", "--03-20", None, None)],
        None,
    ),
    # --- AP-NORC poll on Congress and the president (AP), February 24 ---
    (
        "en",
        "WASHINGTON (AP) — Only about 1 in 5 U.S. adults approve of Congress's performance, a new AP-NORC poll finds.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "About 6 in 10 Republicans approve of how the president is handling the economy, compared with about 1 in 10 Democrats.",
        True,
        [("fraction", 0.6, None, "about"), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "en",
        "The president's overall approval rating stands at 41%, down from 45% in December.",
        True,
        [("percent", 41, "%", None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "en",
        "Half of adults say the two parties in Congress should compromise even if it means passing laws they dislike.",
        True,
        [("fraction", 0.5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The survey of 1,142 adults was carried out Feb. 12-16 online and by phone.",
        True,
        [("count", 1142, None, None), ("date", "--02-12", None, None), ("date", "--02-16", None, None)],
        None,
    ),
    (
        "en",
        "Its margin of sampling error is 3.9 percentage points in either direction.",
        True,
        [("percent", 3.9, "pp", None)],
        None,
    ),
    (
        "en",
        '"People are exhausted by the fighting, but they don\'t see anyone offering a way out," said Jennie Castellanos-Ward, a senior research scientist at NORC.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellanos-Ward said approval of Congress had not topped 30% in any AP-NORC poll since 2021.",
        True,
        [("percent", 30, "%", None), ("year", 2021, None, None)],
        "Castellanos-Ward",
    ),
    # --- Nationalrat heisst Kita-Vorlage gut (Keystone-SDA), 4. März ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat die Vorlage zur Entlastung der Eltern bei den Kita-Kosten mit 112 zu 79 Stimmen bei 4 Enthaltungen gutgeheissen.",
        True,
        [("count", 112, None, None), ("count", 79, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund soll sich während der ersten acht Jahre mit jährlich rund 710 Millionen Franken an den Kosten beteiligen.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "year", None), ("money", 710000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Nationalrätin Seraina Imfeld-Gartmann (GLP/ZH) sagte, Familien in Zürich zahlten für einen Vollzeitplatz heute im Schnitt 2650 Franken im Monat.",
        True,
        [("money", 2650, "CHF", None)],
        "Seraina Imfeld-Gartmann",
    ),
    ("de", "«Wer arbeitet, darf nicht dafür bestraft werden, dass er Kinder grosszieht», sagte sie.", False, [], None),
    (
        "de",
        "Nationalrat Urs Bärtschi-Lüthi (SVP/BE) sagte, die Vorlage koste den Bund bis 2035 insgesamt über 5 Milliarden Franken.",
        True,
        [("year", 2035, None, None), ("money", 5000000000, "CHF", "over")],
        "Urs Bärtschi-Lüthi",
    ),
    ("de", "Die SVP sprach von einem «Fass ohne Boden».", False, [], None),
    (
        "de",
        "Der Ständerat hatte das Geschäft in der Wintersession mit 26 zu 17 Stimmen gutgeheissen.",
        True,
        [("count", 26, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Bereinigen die Räte die verbleibenden drei Differenzen nicht bis zum Sessionsende am 20. März, entscheidet die Einigungskonferenz.",
        True,
        [("count", 3, None, None), ("date", "--03-20", None, None)],
        None,
    ),
    # --- Canada's minority government wins budget vote (Reuters), March 11 ---
    (
        "en",
        "OTTAWA, March 11 (Reuters) - Canada's minority Liberal government won a crucial budget vote in the House of Commons on Wednesday by 172 votes to 166, averting a snap election.",
        True,
        [("date", "--03-11", None, None), ("count", 172, None, None), ("count", 166, None, None)],
        None,
    ),
    (
        "en",
        "The Liberals hold 161 of the 343 seats and needed the support of at least 11 opposition or independent members to pass the measure.",
        True,
        [("count", 161, None, None), ("count", 343, None, None), ("count", 11, None, "at_least")],
        None,
    ),
    (
        "en",
        "The budget projects a deficit of C$48.7 billion for the 2031-32 fiscal year, down from C$61.9 billion.",
        True,
        [
            ("money", 48700000000, "CAD", None),
            ("year", 2031, None, None),
            ("year", 2032, None, None),
            ("money", 61900000000, "CAD", None),
        ],
        None,
    ),
    (
        "en",
        "Conservative MP Gabrielle Fournier-Hayes said in question period that federal debt charges would exceed C$60 billion this year for the first time.",
        True,
        [("money", 60000000000, "CAD", None), ("ordinal", 1, None, None)],
        "Gabrielle Fournier-Hayes",
    ),
    ("en", '"This budget is a credit card with no limit," Fournier-Hayes said.', False, [], None),
    (
        "en",
        "Four New Democrats and three independents voted with the government, while two Bloc Quebecois members were absent.",
        True,
        [("count", 4, None, None), ("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Political analysts said the result bought the government time but little stability.", False, [], None),
    (
        "en",
        "A Nanos Research survey released on Tuesday had the Conservatives at 36% and the Liberals at 33%, a gap within the survey's stated error margin of 2.9 percentage points.",
        True,
        [("percent", 36, "%", None), ("percent", 33, "%", None), ("percent", 2.9, "pp", None)],
        None,
    ),
    # --- Bundesrat billigt Rentenpaket, Grundsteuer in den Vermittlungsausschuss (dpa), 20. März ---
    (
        "de",
        "Berlin (dpa) - Der Bundesrat hat in seiner 1071. Sitzung das Rentenpaket gebilligt, ein Gesetz zur Grundsteuer aber an den Vermittlungsausschuss verwiesen.",
        True,
        [("ordinal", 1071, None, None)],
        None,
    ),
    (
        "de",
        "Für die Anrufung des Vermittlungsausschusses stimmten Länder mit zusammen 38 der 69 Stimmen, nötig waren 35.",
        True,
        [("count", 38, None, None), ("count", 69, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des hessischen Finanzministeriums würde die Reform den Kommunen jährlich rund 600 Millionen Euro an Einnahmen entziehen.",
        True,
        [("money", 600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Länderkammer stimmte zudem 41 weiteren Tagesordnungspunkten zu, die Sitzung dauerte gut sechs Stunden.",
        True,
        [("count", 41, None, None), ("duration", 6, "hour", "over")],
        None,
    ),
    (
        "de",
        "„Der Bund bestellt, und die Länder sollen zahlen – da machen wir nicht mit“, sagte der bayerische Ministerpräsident im Plenum.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Vermittlungsausschuss noch vor der Sommerpause eine Einigung findet, gilt in Länderkreisen als offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Vermittlungsausschuss setzt sich aus je 16 Mitgliedern von Bundestag und Bundesrat zusammen.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    # --- Newspoll and a Senate vote in Canberra (AAP), March 26 ---
    (
        "en",
        "CANBERRA, March 26 (AAP) - Labor has moved ahead of the Coalition in the latest Newspoll, which has the government on 52 per cent after preferences and the opposition on 48 per cent.",
        True,
        [("date", "--03-26", None, None), ("percent", 52, "%", None), ("percent", 48, "%", None)],
        None,
    ),
    (
        "en",
        "Labor's primary vote rose one point to 34 per cent, while the Coalition slipped two points to 35 per cent and the Greens held steady on 12 per cent.",
        True,
        [
            ("percent", 1, "pp", None),
            ("percent", 34, "%", None),
            ("percent", 2, "pp", None),
            ("percent", 35, "%", None),
            ("percent", 12, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The poll of 1,256 voters was conducted between March 19 and March 23.",
        True,
        [("count", 1256, None, None), ("date", "--03-19", None, None), ("date", "--03-23", None, None)],
        None,
    ),
    (
        "en",
        "The prime minister's net approval rating improved to minus 4 points from minus 11 three weeks earlier.",
        True,
        [("percent", -4, "pp", None), ("percent", -11, "pp", None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        '"I don\'t pay attention to polls, I pay attention to power bills," the opposition leader told reporters in Brisbane.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In the Senate, the government's environment protection bill passed 37-33 with the support of the Greens and two crossbenchers.",
        True,
        [("count", 37, None, None), ("count", 33, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Greens senator Talia Brennan-Okafor said the deal included A$2.5 billion for native forest protection over four years.",
        True,
        [("money", 2500000000, "AUD", None), ("duration", 4, "year", None)],
        "Talia Brennan-Okafor",
    ),
    # --- ARD-Deutschlandtrend (dpa), 2. April ---
    (
        "de",
        "Berlin (dpa) - Im neuen ARD-Deutschlandtrend büßt die Union einen Punkt ein und fällt auf 27 Prozent.",
        True,
        [("percent", 1, "pp", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Die AfD liegt unverändert bei 24 Prozent, die SPD legt um zwei Punkte auf 16 Prozent zu.",
        True,
        [("percent", 24, "%", None), ("percent", 2, "pp", None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "de",
        "Grüne 11 Prozent (minus 1), Linke 9 Prozent (plus 1), BSW 4 Prozent (unverändert).",
        True,
        [
            ("percent", 11, "%", None),
            ("percent", -1, "pp", None),
            ("percent", 9, "%", None),
            ("percent", 1, "pp", None),
            ("percent", 4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Mit der Arbeit der Bundesregierung sind 26 Prozent zufrieden, drei Prozentpunkte weniger als im Vormonat.",
        True,
        [("percent", 26, "%", None), ("percent", 3, "pp", None)],
        None,
    ),
    (
        "de",
        "Für die Erhebung interviewte Infratest dimap 1.318 Wahlberechtigte zwischen Montag und Mittwoch, die Fehlertoleranz beträgt zwei bis drei Prozentpunkte.",
        True,
        [("count", 1318, None, None), ("percent", 2, "pp", None), ("percent", 3, "pp", None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der Wahlberechtigten empfinden das Regierungsbündnis als zerstritten.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    ("de", "Ein SPD-Sprecher nannte die Zahlen eine „Ermutigung für den Herbst“.", False, [], None),
    (
        "de",
        "Infratest-dimap-Wahlforscherin Lena Hochreiter-Baum sagte, die Verluste der Union gingen vor allem auf ältere Wählerinnen und Wähler zurück.",
        True,
        [],
        "Lena Hochreiter-Baum",
    ),
    # --- YouGov MRP projection (PA), April 15 ---
    (
        "en",
        "LONDON (PA) - Reform UK would win 271 seats if an election were held tomorrow, leaving it 55 short of a Commons majority, according to a new YouGov MRP projection.",
        True,
        [("count", 271, None, None), ("count", 55, None, None)],
        None,
    ),
    (
        "en",
        "The model puts Labour on 164 seats, the Conservatives on 98 and the Liberal Democrats on 71.",
        True,
        [("count", 164, None, None), ("count", 98, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "YouGov said the projection was based on interviews with 11,742 adults in England, Scotland and Wales conducted between April 2 and April 9.",
        True,
        [("count", 11742, None, None), ("date", "--04-02", None, None), ("date", "--04-09", None, None)],
        "YouGov",
    ),
    (
        "en",
        "A party needs 326 seats to govern alone in the 650-member Commons.",
        True,
        [("count", 326, None, None), ("count", 650, None, None)],
        None,
    ),
    (
        "en",
        "In vote share terms, Reform is on 28%, Labour 21%, the Conservatives 18% and the Liberal Democrats 14%.",
        True,
        [
            ("percent", 28, "%", None),
            ("percent", 21, "%", None),
            ("percent", 18, "%", None),
            ("percent", 14, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Reform's share is up three points on YouGov's last MRP in January, while Labour's is down four.",
        True,
        [("percent", 3, "pp", None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        '"A projection is not a result, and nobody hands out seats for being popular in April," a Labour spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Reform UK MP Connor Hallworth-Pike said the party had signed up 48,000 new members since January.",
        True,
        [("count", 48000, None, None)],
        "Connor Hallworth-Pike",
    ),
    ("en", "Pollsters warn that seat estimates made years before polling day can shift sharply.", False, [], None),
    # --- Misstrauensantrag im Nationalrat gescheitert (APA), 22. April ---
    (
        "de",
        "Wien (APA) - Ein Misstrauensantrag der FPÖ gegen die Innenministerin ist am Mittwoch in einer Sondersitzung des Nationalrats gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Antrag stimmten nur die 57 freiheitlichen Abgeordneten, 118 Mandatarinnen und Mandatare votierten dagegen.",
        True,
        [("count", 57, None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "de",
        "Für das Verlangen einer Sondersitzung genügt ein Viertel der 183 Abgeordneten, also 46 Unterschriften.",
        True,
        [("fraction", 0.25, None, None), ("count", 183, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "FPÖ-Abgeordneter Kurt Mayrhofer-Stangl sagte, die Zahl der Asylanträge sei heuer bis Ende März auf 6.840 gestiegen, ein Plus von 22 Prozent.",
        True,
        [("count", 6840, None, None), ("percent", 22, "%", None)],
        "Kurt Mayrhofer-Stangl",
    ),
    (
        "de",
        "„Diese Ministerin hat unsere Grenzen längst aufgegeben“, rief Mayrhofer-Stangl in Richtung Regierungsbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Innenministerin entgegnete, die Zahl der Anträge liege um 9 Prozent unter jener des Vorjahreszeitraums.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Nationalratspräsident erteilte im Lauf der Debatte drei Ordnungsrufe, zwei davon an freiheitliche Abgeordnete.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Wie die Parlamentskorrespondenz mitteilte, dauerte die Sitzung fünf Stunden und 12 Minuten.",
        True,
        [("duration", 5, "hour", None), ("duration", 12, "minute", None)],
        "die Parlamentskorrespondenz",
    ),
    ("de", "Die FPÖ kündigte an, den Antrag in der nächsten Plenarwoche erneut einzubringen.", True, [], None),
    # --- Senate budget resolution on a 50-50 split (Reuters), May 6 ---
    (
        "en",
        "WASHINGTON, May 6 (Reuters) - The U.S. Senate narrowly approved a budget resolution early on Wednesday, with the vice president casting the tie-breaking vote after senators split 50-50.",
        True,
        [("date", "--05-06", None, None), ("count", 50, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "The vote capped a vote-a-rama that lasted nearly 22 hours, during which senators considered 43 amendments.",
        True,
        [("duration", 22, "hour", "nearly"), ("count", 43, None, None)],
        None,
    ),
    (
        "en",
        "Only four amendments made it into the final text, each on a voice vote.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The resolution clears the way for $1.2 trillion in tax cuts over 10 years while instructing committees to find at least $880 billion in spending reductions.",
        True,
        [
            ("money", 1200000000000, "USD", None),
            ("duration", 10, "year", None),
            ("money", 880000000000, "USD", "at_least"),
        ],
        None,
    ),
    (
        "en",
        "Sen. Rowan Pettigrew-Soto, D-Minn., said the plan would leave 7.4 million more Americans without health insurance by 2034.",
        True,
        [("count", 7400000, None, None), ("year", 2034, None, None)],
        "Rowan Pettigrew-Soto",
    ),
    ("en", '"They\'re sending the bill for tax cuts to nursing homes," Pettigrew-Soto said.', False, [], None),
    (
        "en",
        "Two Republicans joined all 48 Democrats and independents in opposing the measure.",
        True,
        [("count", 2, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "en",
        "It was unclear whether House Republicans, who passed a different version in April, would accept the Senate's changes.",
        False,
        [],
        None,
    ),
    # --- Bayerischer Landtag beschließt Doppelhaushalt (dpa/lby), 13. Mai ---
    (
        "de",
        "München (dpa/lby) - Der bayerische Landtag hat den Doppelhaushalt für 2031 und 2032 mit einem Volumen von insgesamt 163,4 Milliarden Euro beschlossen.",
        True,
        [("year", 2031, None, None), ("year", 2032, None, None), ("money", 163400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der Schlussabstimmung votierten 112 Abgeordnete dafür und 87 dagegen.",
        True,
        [("count", 112, None, None), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Die Haushaltsberatungen im Plenum zogen sich über drei Tage und insgesamt gut 26 Stunden.",
        True,
        [("duration", 3, "day", None), ("duration", 26, "hour", "over")],
        None,
    ),
    ("de", "Der Haushalt gilt rückwirkend zum 1. Januar 2031.", True, [("date", "2031-01-01", None, None)], None),
    (
        "de",
        "Der Finanzminister sagte, der Freistaat komme erneut ohne neue Schulden aus und tilge zudem 500 Millionen Euro.",
        True,
        [("money", 500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Grünen-Haushaltspolitikerin Theresa Wimmerer-Balta sagte, die Rücklagen des Freistaats schrumpften bis Ende 2032 auf unter 2 Milliarden Euro.",
        True,
        [("year", 2032, None, None), ("money", 2000000000, "EUR", "under")],
        "Theresa Wimmerer-Balta",
    ),
    ("de", "„Dieser Haushalt ist solide, aber er ist mutlos“, sagte Wimmerer-Balta.", False, [], None),
    (
        "de",
        "Die Opposition hatte 214 Änderungsanträge eingebracht, von denen kein einziger angenommen wurde.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    # --- Holyrood passes budget (PA), May 20 ---
    (
        "en",
        "EDINBURGH (PA) - MSPs have approved the Scottish Government's £63.8 billion budget at Holyrood by 68 votes to 57.",
        True,
        [("money", 63800000000, "GBP", None), ("count", 68, None, None), ("count", 57, None, None)],
        None,
    ),
    (
        "en",
        "The minority administration secured the support of the seven Scottish Green MSPs in exchange for £180 million of spending on free bus travel.",
        True,
        [("count", 7, None, None), ("money", 180000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "A party needs 65 of the 129 seats for a majority in the Scottish Parliament.",
        True,
        [("count", 65, None, None), ("count", 129, None, None)],
        None,
    ),
    (
        "en",
        "Scottish Conservative MSP Graeme Lockhart-Inglis said Scots earning more than £32,000 a year would pay more income tax than elsewhere in the UK.",
        True,
        [("money", 32000, "GBP", "over")],
        "Graeme Lockhart-Inglis",
    ),
    (
        "en",
        '"This is a budget for the Greens\' pet projects, not for hard-pressed families," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Income tax is expected to raise £22.1 billion in the coming year, according to the Scottish Fiscal Commission's latest forecast.",
        True,
        [("money", 22100000000, "GBP", None)],
        None,
    ),
    ("en", 'The Finance Secretary said the agreement showed "grown-up politics".', False, [], None),
    (
        "en",
        "The final vote came after a debate lasting just under three hours.",
        True,
        [("duration", 3, "hour", "under")],
        None,
    ),
    # --- NSW confidence and supply agreement (AAP), June 10 ---
    (
        "en",
        "SYDNEY, June 10 (AAP) - NSW Labor has signed a confidence and supply agreement with three independent MPs, shoring up its hold on government after losing its majority at a by-election.",
        True,
        [("date", "--06-10", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Labor holds 46 of the 93 seats in the Legislative Assembly, one short of the 47 needed to govern in its own right.",
        True,
        [("count", 46, None, None), ("count", 93, None, None), ("count", 1, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "The 14-point agreement commits the government to spending A$1.1 billion on regional hospitals over four years.",
        True,
        [("count", 14, None, None), ("money", 1100000000, "AUD", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Independent MP Fiona Claremont-Ashe said the deal would also deliver 600 new social housing units in her electorate by 2034.",
        True,
        [("count", 600, None, None), ("year", 2034, None, None)],
        "Fiona Claremont-Ashe",
    ),
    ("en", '"We have signed up to stability, not to a blank cheque," Claremont-Ashe told reporters.', False, [], None),
    (
        "en",
        "Point 9 of the agreement requires ministers to brief the independents before every sitting week.",
        True,
        [],
        None,
    ),
    ("en", 'The opposition leader dismissed the deal as "a shopping list paid for by taxpayers".', False, [], None),
    (
        "en",
        "A Resolve Political Monitor poll published last month had Labor's primary vote at 31 per cent, down from 37 per cent at the election.",
        True,
        [("percent", 31, "%", None), ("percent", 37, "%", None)],
        None,
    ),
    # --- Koalitionsausschuss einigt sich auf Entlastungspaket (dpa), 17. Juni ---
    (
        "de",
        "Berlin (dpa) - Die Spitzen der Koalition haben sich nach einer mehr als neunstündigen Sitzung auf ein Entlastungspaket mit 14 Maßnahmen geeinigt.",
        True,
        [("duration", 9, "hour", "over"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Im Zentrum steht, die Stromsteuer für alle Verbraucher auf 0,05 Cent je Kilowattstunde zu drücken, den niedrigsten Satz, den das EU-Recht erlaubt.",
        True,
        [("money", 0.0005, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Paket soll im kommenden Jahr rund 11,5 Milliarden Euro kosten, wie es in dem Beschlusspapier heißt.",
        True,
        [("money", 11500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Maßnahme 6 sieht vor, die Pendlerpauschale ab dem ersten Kilometer auf 40 Cent anzuheben.",
        True,
        [("ordinal", 1, None, None), ("money", 0.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "SPD-Finanzpolitiker Malte Ostendorf-Brink sagte, eine vierköpfige Familie werde dadurch im Schnitt um 290 Euro im Jahr entlastet.",
        True,
        [("count", 4, None, None), ("money", 290, "EUR", None)],
        "Malte Ostendorf-Brink",
    ),
    ("de", "„Das ist ein starkes Signal an die arbeitende Mitte“, sagte Ostendorf-Brink.", False, [], None),
    ("de", "Die Grünen warfen der Koalition vor, sie betreibe „Politik mit der Gießkanne“.", False, [], None),
    (
        "de",
        "Nach Berechnungen des Bundes der Steuerzahler ist knapp ein Drittel der Entlastungen nicht gegenfinanziert.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    # --- Discharge petition on stock trading reaches 218 (AP), June 24 ---
    (
        "en",
        "WASHINGTON (AP) — Supporters of a ban on stock trading by members of Congress collected the 218 signatures needed for their discharge petition on Wednesday, forcing a floor vote.",
        True,
        [("count", 218, None, None)],
        None,
    ),
    (
        "en",
        "Five Republicans signed on alongside all 213 Democrats, defying their party's leadership.",
        True,
        [("count", 5, None, None), ("count", 213, None, None)],
        None,
    ),
    (
        "en",
        "Under House rules, the petition must ripen for seven legislative days before a member can call it up for a vote.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Janelle Okonkwo-Reyes, D-Ga., said members of Congress had made more than 2,600 stock trades last year worth a combined $410 million.",
        True,
        [("count", 2600, None, "over"), ("money", 410000000, "USD", None)],
        "Janelle Okonkwo-Reyes",
    ),
    (
        "en",
        '"The American people are tired of watching their representatives play the market," Okonkwo-Reyes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is only the third discharge petition to reach 218 signatures in the current Congress.",
        True,
        [("ordinal", 3, None, None), ("count", 218, None, None)],
        None,
    ),
    ("en", 'The speaker has called the measure "well-intentioned but unworkable."', False, [], None),
    (
        "en",
        "A Pew Research Center survey last year found that 86% of Americans favor barring lawmakers from trading individual stocks.",
        True,
        [("percent", 86, "%", None)],
        None,
    ),
    # --- Neue Landesregierung in der Steiermark (APA), 1. Juli ---
    (
        "de",
        "Graz (APA) - ÖVP und SPÖ haben in der Steiermark ein Regierungsprogramm mit 386 Maßnahmen auf 174 Seiten vorgelegt.",
        True,
        [("count", 386, None, None), ("count", 174, None, None)],
        None,
    ),
    (
        "de",
        "Der Landtag wählte den neuen Landeshauptmann am Dienstag mit 26 von 48 Stimmen.",
        True,
        [("count", 26, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "ÖVP und SPÖ halten gemeinsam 27 der 48 Mandate.",
        True,
        [("count", 27, None, None), ("count", 48, None, None)],
        None,
    ),
    ("de", "Wer aus den Reihen der Koalition gegen den Landeshauptmann stimmte, blieb offen.", False, [], None),
    (
        "de",
        "Laut Regierungsprogramm soll die Zahl der Kinderbetreuungsplätze bis 2035 um 4.500 steigen.",
        True,
        [("year", 2035, None, None), ("count", 4500, None, None)],
        None,
    ),
    (
        "de",
        "Die Landesregierung umfasst künftig acht Mitglieder, fünf davon stellt die ÖVP.",
        True,
        [("count", 8, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "SPÖ-Landtagsabgeordnete Birgit Zechner-Wolf meinte, das Budgetloch für heuer betrage rund 480 Millionen Euro.",
        True,
        [("money", 480000000, "EUR", "about")],
        "Birgit Zechner-Wolf",
    ),
    (
        "de",
        "„Wir haben ein Programm für die ganze Steiermark geschrieben, nicht für eine Partei“, sagte Zechner-Wolf.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ kritisierte das Programm als „Weiter wie bisher mit neuem Deckblatt“.", False, [], None),
    # --- Bundestag zieht Bilanz vor der Sommerpause (dpa), 8. Juli ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat vor der Sommerpause in 58 Plenarsitzungen 96 Gesetze verabschiedet.",
        True,
        [("count", 58, None, None), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundestagsverwaltung dauerten die Sitzungen zusammen 512 Stunden und 40 Minuten.",
        True,
        [("duration", 512, "hour", None), ("duration", 40, "minute", None)],
        "die Bundestagsverwaltung",
    ),
    (
        "de",
        "Am längsten tagte das Parlament am 3. Juli: 17 Stunden und 6 Minuten.",
        True,
        [("date", "--07-03", None, None), ("duration", 17, "hour", None), ("duration", 6, "minute", None)],
        None,
    ),
    (
        "de",
        "Das Präsidium erteilte 31 Ordnungsrufe, 24 davon an Abgeordnete der AfD-Fraktion.",
        True,
        [("count", 31, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Zu einem Hammelsprung kam es zweimal, beide Male auf Antrag der Union.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Erstmals in dieser Wahlperiode war der Bundestag am 25. Juni nicht beschlussfähig, weil weniger als die Hälfte der 630 Abgeordneten anwesend war.",
        True,
        [("date", "--06-25", None, None), ("fraction", 0.5, None, "under"), ("count", 630, None, None)],
        None,
    ),
    (
        "de",
        "„Dieses Parlament hat gezeigt, dass es arbeitsfähig ist“, sagte die Bundestagspräsidentin in ihrer Bilanz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Abgeordneten stellten 6.214 schriftliche Fragen an die Bundesregierung, ein Plus von 18 Prozent.",
        True,
        [("count", 6214, None, None), ("percent", 18, "%", None)],
        None,
    ),
    ("de", "Ob die Zahl der Ordnungsrufe einen Rekord darstellt, wollte die Verwaltung nicht sagen.", False, [], None),
    # --- SRG-Trendumfrage zur Elternzeit-Initiative (Keystone-SDA), 16. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Elternzeit-Initiative hätte laut der zweiten SRG-Trendumfrage derzeit eine knappe Mehrheit: 52 Prozent wollen bestimmt oder eher Ja stimmen.",
        True,
        [("ordinal", 2, None, None), ("percent", 52, "%", None)],
        None,
    ),
    (
        "de",
        "Das sind vier Prozentpunkte weniger als in der ersten Umfrage Ende August.",
        True,
        [("percent", 4, "pp", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das Forschungsinstitut gfs.bern befragte vom 2. bis 10. September 12'384 Stimmberechtigte, der Fehlerbereich beträgt ±2,8 Prozentpunkte.",
        True,
        [
            ("date", "--09-02", None, None),
            ("date", "--09-10", None, None),
            ("count", 12384, None, None),
            ("percent", 2.8, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "«Der Vorsprung ist zu knapp, um daraus schon einen Sieg abzuleiten», sagte gfs.bern-Politologe Lukas Gerber-Zihlmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut gfs.bern lehnen 61 Prozent der SVP-Anhängerschaft die Vorlage ab.",
        True,
        [("percent", 61, "%", None)],
        "gfs.bern",
    ),
    (
        "de",
        "Für eine Annahme braucht die Initiative neben dem Volksmehr auch das Ständemehr, also mindestens 12 der 23 Standesstimmen.",
        True,
        [("count", 12, None, "at_least"), ("count", 23, None, None)],
        None,
    ),
    ("de", "Abgestimmt wird am 27. September.", True, [("date", "--09-27", None, None)], None),
    ("de", "Bundesrat und Parlament raten der Stimmbevölkerung, die Vorlage abzulehnen.", True, [], None),
    ("de", "Der Arbeitgeberverband warnte vor «einem teuren Experiment auf Kosten der KMU».", False, [], None),
    # --- Lib Dems vote to make electoral reform a red line (PA), September 22 ---
    (
        "en",
        "BOURNEMOUTH (PA) - Liberal Democrat members have voted by 612 to 389 to make electoral reform a red line in any future coalition talks.",
        True,
        [("count", 612, None, None), ("count", 389, None, None)],
        None,
    ),
    (
        "en",
        "The motion commits the party to staying out of government unless a referendum on proportional representation is held within two years.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Liberal Democrat MP Imogen Harcastle-Bligh said the party had won 72 seats at the last election on 12.2% of the vote.",
        True,
        [("count", 72, None, None), ("percent", 12.2, "%", None)],
        "Imogen Harcastle-Bligh",
    ),
    (
        "en",
        '"First past the post is broken and everyone in this hall knows it," she told the conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "An Opinium poll for The Observer last weekend found 58% of voters backed a move to proportional representation, with 24% opposed.",
        True,
        [("percent", 58, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "en",
        "Opinium surveyed 2,050 UK adults online from September 10 to 12.",
        True,
        [("count", 2050, None, None), ("date", "--09-10", None, None), ("date", "--09-12", None, None)],
        None,
    ),
    (
        "en",
        "Some senior figures privately fear the red line could cost the party influence after the next election.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Conference has now voted on electoral reform for the third time in five years.",
        True,
        [("ordinal", 3, None, None), ("duration", 5, "year", None)],
        None,
    ),
    # --- Stopgap bill averts shutdown (AP), September 30 ---
    (
        "en",
        "WASHINGTON (AP) — Congress sent the president a stopgap spending bill late Tuesday, averting a government shutdown with less than two hours to spare.",
        True,
        [("duration", 2, "hour", "under")],
        None,
    ),
    (
        "en",
        "The House approved the measure 217-212 in the afternoon, and the Senate followed with a 65-35 vote.",
        True,
        [("count", 217, None, None), ("count", 212, None, None), ("count", 65, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "The bill keeps the government funded at current levels through Nov. 21 and adds $6.3 billion for disaster relief.",
        True,
        [("date", "--11-21", None, None), ("money", 6300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sen. Harlan Whitcombe-Dade, R-Wyo., said it was the 46th stopgap measure Congress had passed since 2010.",
        True,
        [("ordinal", 46, None, None), ("year", 2010, None, None)],
        "Harlan Whitcombe-Dade",
    ),
    (
        "en",
        '"Governing by stopgap is like paying your mortgage with a credit card," Whitcombe-Dade said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In a Quinnipiac University poll released Monday, 44% of voters said they would blame congressional Republicans for a shutdown and 38% would blame Democrats.",
        True,
        [("percent", 44, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Quinnipiac interviewed 1,398 registered voters Sept. 19-23, and the results carry an error margin of 3.3 percentage points.",
        True,
        [
            ("count", 1398, None, None),
            ("date", "--09-19", None, None),
            ("date", "--09-23", None, None),
            ("percent", 3.3, "pp", None),
        ],
        None,
    ),
    ("en", "Lawmakers in both parties expect another standoff before Thanksgiving.", False, [], None),
    # --- INSA-Umfrage ein Jahr vor der Landtagswahl in Sachsen (dpa/sn), 7. Oktober ---
    (
        "de",
        "Dresden (dpa/sn) - Ein Jahr vor der Landtagswahl in Sachsen liegt die AfD in einer INSA-Umfrage mit 35 Prozent deutlich vor der CDU mit 28 Prozent.",
        True,
        [("percent", 35, "%", None), ("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPD kommt auf 7, die Linke auf 8, das BSW auf 6 und die Grünen auf 5 Prozent.",
        True,
        [("percent", 7, "%", None), ("percent", 8, "%", None), ("percent", 6, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Regierung ohne die AfD wäre nach diesen Werten nur mit vier Parteien möglich.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer Sitzprojektion von INSA käme die AfD auf 45 der 120 Sitze im Landtag.",
        True,
        [("count", 45, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "INSA befragte vom 26. September bis 2. Oktober 1.004 Wahlberechtigte, die maximale Fehlertoleranz liegt nach Institutsangaben bei 3,1 Prozentpunkten.",
        True,
        [
            ("date", "--09-26", None, None),
            ("date", "--10-02", None, None),
            ("count", 1004, None, None),
            ("percent", 3.1, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "INSA-Meinungsforscher Bastian Kreuzkamp sagte, die AfD habe seit der letzten Landtagswahl um fünf Punkte zugelegt.",
        True,
        [("percent", 5, "pp", None)],
        "Bastian Kreuzkamp",
    ),
    ("de", "Der CDU-Generalsekretär nannte die Umfrage einen „Weckruf für alle Demokraten“.", False, [], None),
    (
        "de",
        "Ob die CDU ihren Unvereinbarkeitsbeschluss zur Linken bis zur Wahl aufrechterhält, ist offen.",
        False,
        [],
        None,
    ),
    # --- Canada's government survives confidence vote by three (Reuters), October 14 ---
    (
        "en",
        "OTTAWA, Oct 14 (Reuters) - Canada's minority government survived a Conservative non-confidence motion on Tuesday by three votes, with the House of Commons voting 170-167 against it.",
        True,
        [
            ("date", "--10-14", None, None),
            ("count", 3, None, None),
            ("count", 170, None, None),
            ("count", 167, None, None),
        ],
        None,
    ),
    (
        "en",
        "The government has now faced four confidence votes since the 46th Parliament opened, and won each of them.",
        True,
        [("count", 4, None, None), ("ordinal", 46, None, None)],
        None,
    ),
    (
        "en",
        "Three independents and the lone Green MP voted with the government.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "An Abacus Data poll released on Sunday put the Conservatives at 39%, nine points ahead of the Liberals.",
        True,
        [("percent", 39, "%", None), ("percent", 9, "pp", None)],
        None,
    ),
    (
        "en",
        "Abacus said 64% of Canadians thought the country was on the wrong track, its highest reading since it started asking in 2019.",
        True,
        [("percent", 64, "%", None), ("year", 2019, None, None)],
        "Abacus",
    ),
    (
        "en",
        "Conservative MP Pierre-Luc Daigneault-Moore said grocery prices had risen 27% in five years.",
        True,
        [("percent", 27, "%", None), ("duration", 5, "year", None)],
        "Pierre-Luc Daigneault-Moore",
    ),
    (
        "en",
        '"Canadians did not vote for a government that survives on the kindness of strangers," Daigneault-Moore told reporters.',
        False,
        [],
        None,
    ),
    # --- Handyverbot-Volksbegehren und Budgetrede im Nationalrat (APA), 21. Oktober ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat am Mittwoch erstmals das Volksbegehren für ein Handyverbot an Schulen behandelt, das 412.618 Menschen unterschrieben hatten.",
        True,
        [("count", 412618, None, None)],
        None,
    ),
    (
        "de",
        "Volksbegehren mit mehr als 100.000 Unterschriften müssen im Nationalrat behandelt werden.",
        True,
        [("count", 100000, None, "over")],
        None,
    ),
    (
        "de",
        "Es ist das 74. Volksbegehren in der Geschichte der Zweiten Republik.",
        True,
        [("ordinal", 74, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "ÖVP-Bildungspolitiker Florian Haslinger-Gmeiner sagte, bereits 63 Prozent der Schulen hätten ein Handyverbot in ihrer Hausordnung.",
        True,
        [("percent", 63, "%", None)],
        "Florian Haslinger-Gmeiner",
    ),
    ("de", "„Ein Gesetz ersetzt keine Erziehung“, sagte Haslinger-Gmeiner.", False, [], None),
    (
        "de",
        "Das Volksbegehren wird nun dem Unterrichtsausschuss zugewiesen, der innerhalb von drei Monaten berichten soll.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Am Nachmittag hielt der Finanzminister seine Budgetrede, die Auszahlungen für 2032 sind mit 134,2 Milliarden Euro veranschlagt.",
        True,
        [("year", 2032, None, None), ("money", 134200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Maastricht-Defizit soll 2032 auf 3,9 Prozent des BIP sinken, teilte der Budgetdienst des Parlaments mit.",
        True,
        [("year", 2032, None, None), ("percent", 3.9, "%", None)],
        "der Budgetdienst des Parlaments",
    ),
    ("de", "Die Opposition sprach von einem „Budget der gebrochenen Versprechen“.", False, [], None),
    # --- Commons amendment falls on the Deputy Speaker's casting vote (PA), October 28 ---
    (
        "en",
        "LONDON (PA) - A Conservative amendment to the Water Bill has been defeated on the casting vote of the Deputy Speaker after a tied division in the Commons.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The tellers announced "Ayes to the right, 291; Noes to the left, 291" to gasps from both sides of the chamber.',
        True,
        [("count", 291, None, None), ("count", 291, None, None)],
        None,
    ),
    (
        "en",
        "By convention, the chair votes to allow further debate or to leave a bill unchanged rather than to settle a question outright.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It is only the ninth time since 1950 that a Commons vote has been decided by the chair's casting vote.",
        True,
        [("ordinal", 9, None, None), ("year", 1950, None, None)],
        None,
    ),
    (
        "en",
        "Conservative MP Rupert Fenwick-Hale (Ludlow) said water companies had spilled sewage into rivers and seas 464,000 times last year.",
        True,
        [("count", 464000, None, None)],
        "Rupert Fenwick-Hale",
    ),
    ("en", '"Tonight the Government\'s majority ran dry," Mr Fenwick-Hale said.', False, [], None),
    (
        "en",
        "A Downing Street spokesman said the Government would table its own amendment at report stage.",
        True,
        [],
        "a Downing Street spokesman",
    ),
    # --- Zürcher Kantonsrat lehnt Steuersenkung ab (Keystone-SDA), 8. Dezember ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Zürcher Kantonsrat hat eine Senkung des Steuerfusses von 98 auf 95 Prozent mit 92 zu 84 Stimmen abgelehnt.",
        True,
        [("percent", 98, "%", None), ("percent", 95, "%", None), ("count", 92, None, None), ("count", 84, None, None)],
        None,
    ),
    (
        "de",
        "Der Kantonsrat zählt 180 Mitglieder, vier fehlten bei der Abstimmung.",
        True,
        [("count", 180, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "FDP-Kantonsrätin Nadja Kälin-Rüegg sagte, die Senkung hätte die Steuerzahlenden um rund 210 Millionen Franken pro Jahr entlastet.",
        True,
        [("money", 210000000, "CHF", "about")],
        "Nadja Kälin-Rüegg",
    ),
    (
        "de",
        "«Der Kanton kann sich diese Steuergeschenke schlicht nicht leisten», sagte eine SP-Kantonsrätin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Budget sieht bei einem Aufwand von 19,7 Milliarden Franken ein Defizit von 118 Millionen Franken vor.",
        True,
        [("money", 19700000000, "CHF", None), ("money", 118000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Nach zweitägiger Debatte verabschiedete der Rat das Budget mit 121 zu 53 Stimmen.",
        True,
        [("duration", 2, "day", None), ("count", 121, None, None), ("count", 53, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss Finanzdirektion schliesst der Kanton seit 2019 jedes Jahr besser ab als budgetiert.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    ("de", "Bei Stimmengleichheit hätte die Ratspräsidentin den Stichentscheid gehabt.", True, [], None),
    ("de", "«Mit diesem Budget fährt der Kanton bloss noch auf Sicht», sagte ein GLP-Kantonsrat.", False, [], None),
]
