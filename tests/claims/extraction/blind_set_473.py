"""Four-hundred-and-seventy-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of real offices whose claims are checked
appear only by office („Der Finanzminister“, „der Minister“, "The president", "the prime
minister"), and the politicians, spokespeople and experts who appear by name are invented
and stand for no real holder; real broadcasts appear only by their programme names, never by
a presenter's.

Names: the politicians whose claims are checked (Wendelin Scharrenbroich, AfD; Brigitte
Wallnöfer-Grasl, FPÖ; Beat Imhasly-Wyss, SVP; Ronny Kolbitz-Heyne, AfD; Katrin
Ahlemeyer-Tosun, BSW; Hubertus Engelkemper, CDU; Seraina Bühlmann-Caduff, FDP; Markus
Pichlbauer-Rainer, FPÖ; Reform UK MP Duncan Ferrier-Whitlock; Rep. Dale Hutchins-Varga,
R-Ariz.; Conservative MP Imogen Tarrant-Hulme; Senator Bradley Ostrander-Kemp; Senator
Maxine Dellacroix-Ward; Rep. Carla Whitmore-Adair, D-Pa.; Liberal Democrat MP Harriet
Ockenden-Vale; Dutch MEP Joris van Hemert-Daalmans; Conservative MP Lucien Thibodeau-Marsh),
the statistics office's demographer (Lorenz Tschudin-Bärtschi), the health office's
spokeswoman (Corinne Maillefer-Zaugg) and every unnamed user, narrator, moderator, editorial
team, cabaret artist, spokesperson and office are invented. Real bodies, parties, platforms,
programmes, media and places ("dpa", "dpa/lsn", "APA", "Keystone-SDA", "ARD", „Hart aber
fair“, "ORF", „Pressestunde“, "SRF", «Arena», "ZDF", „Berlin direkt“, "X", "Facebook",
"Telegram", "Tiktok", "Instagram", "Youtube", "AfD", "FPÖ", "SVP", "BSW", "CDU", "FDP",
"Bundesagentur für Arbeit", "Bundestagsverwaltung", "Nationalrat", "Innenministerium",
"Bundesamt für Statistik", "BFS", "Bundesamt für Gesundheit", "BAG", "Statistik Austria",
"Finanzministerium", "Landeskriminalamt", "sächsischer Landtag", "Staatsregierung",
"Eurostat", "Statistisches Bundesamt", "OECD", "Bundesamt für Strassen", "Zürcher
Kantonsrat", "TCS", "BAMF", "EUAA", "Bundesnetzagentur", Berlin, Bremen, Duisburg, Luzern,
Dresden, Leipzig, Erfurt, Irland, Dänemark, Tessin, Basel-Stadt, Steiermark, Graz, Leoben,
Winterthur, Limmattal, Nürnberg, Spanien, Italien, Hamburg; Reuters, Reuters Fact Check, AP,
AFP, PA, Full Fact, the Office for National Statistics, the ONS, Reform UK, Clacton,
Westminster, the House Homeland Security Committee, U.S. Customs and Border Protection, the
Coast Guard, TikTok, the European Union, the European Commission, Prime Minister's
Questions, NHS England, CBS' "Face the Nation", the U.S. Energy Information Administration,
the EIA, California, the Bureau of Labor Statistics, the White House, Michigan, ABC
television's "Insiders", the Australian Bureau of Statistics, the Australian Energy
Regulator, the Treasury, Queensland, Canberra, Ireland's Department of Housing, the Central
Statistics Office, NBC's "Meet the Press", Philadelphia, the BBC's "Question Time", the BBC,
BBC News, the Driver and Vehicle Standards Agency, the European Parliament, the common
agricultural policy, Threads, the Social Security Administration, Congress, Canada Mortgage
and Housing Corp, CMHC, Statistics Canada, the House of Commons, and the datelines' cities)
stand for the way wire copy names them; every post, reach, claim, statistic, rating,
correction and quote here is invented, and where a real figure came to mind (a real count of
asylum applications, a real net migration total, a real tax ratio, a real number of sick
days, a real fentanyl seizure total, a real homicide count, a real average council tax bill,
a real test fee, a real licence levy, a real trust fund date) it was changed - only
background rules a check turns on are kept as wire copy would state them (the EU's ecodesign
limit for new stoves, the referendum threshold for council tax rises, the July adjustment of
German MPs' pay).

Its weight: VIRAL CLAIMS AND FACT-CHECK COPY, fifth round under this heading (the
hundred-thirty-sixth, hundred-ninety-first, two-hundred-and-thirty-sixth and
four-hundred-and-thirty-first batches were the first four; the twenty-ninth, thirty-third
and eighty-sixth weighed what arrives at a fact-check desk, and the
three-hundred-and-seventy-second and four-hundred-and-twelfth the desks' own fact-check copy
with its summary box; their decisions are kept) - this time weighing the politician's claim
as it is made in a talk show, a speech, a parliamentary debate or a party rally, set against
the official statistic that answers it: 28 stories over seven weeks, from January 11 to
February 26, in story order, the German and English ones interleaved by date, each told as
the desks publish it: the claim with its speaker, programme or occasion and its reach, the
politician's rhetoric beside it, the summary box where the desk uses one („Behauptung:“,
„Fakten:“, "CLAIM:", "THE FACTS:"), the official figure with its source ("Tatsächlich ...",
„Laut ...“, „Nach Angaben ...“, „Nach Zahlen ...“, "According to ...", "... data show"), the
arithmetic that sets one against the other, where the claimed figure comes from, the
politician's or the office's account, the verdict line and, in two stories, the desk's own
correction. Half German (dpa-Faktencheck with "dpa/lsn", APA-Faktencheck, Keystone-SDA;
Austrian "Jänner", "heuer", "Asylwerber", "Grundversorgung", "Abgabenquote", Swiss "gross",
"Gemäss", "Strassen", "88'000", "11'340", "2500", «» quotes, German „“ quotes): a talk-show
claim on Bürgergeld recipients, an FPÖ speech on asylum seekers, an SVP claim on immigration
in the «Arena», a sharepic on MPs' pay, the finance minister's tax ratio in the
„Pressestunde“, knife attacks in the Saxon Landtag, a Tiktok video on health premiums,
electricity prices at a party conference, a post on the ORF levy, sick leave in „Berlin
direkt“, traffic jams in the Zurich cantonal parliament, a video on asylum applications,
rents in a Styrian party speech and wind power in January with a correction. Half English
(Reuters Fact Check with dated datelines, AP Fact Check with "CLAIM:", "AP'S ASSESSMENT:"
and "THE FACTS:", AFP Fact Check with "percent", PA with Full Fact's verdict; US, UK,
Canadian and Australian usage: "R-Ariz.", "D-Pa.", "A$", "£2,142", "2015-16"): net migration
posts and a Reform UK speech, a congressman on fentanyl seizures, a video on an EU stove
ban, the NHS waiting list at Prime Minister's Questions, a senator on gasoline prices on
"Face the Nation", the president on factory jobs, a senator on power bills on "Insiders",
social homes in Ireland, a congresswoman on homicides on "Meet the Press", council tax on
"Question Time", a fake BBC headline on the driving test fee, an MEP on farm subsidies,
posts on Social Security cuts and housing starts in question period with a correction.
Speakers as such copy has them: the politician who "behauptet" or "claimed", with the title,
party, programme, network and occasion dropped, the politician's later account („X sagte der
dpa“, „X sagte auf APA-Anfrage“, "X later said"), spokespeople with a name and a title,
statistics offices and agencies („Laut Statistik Austria“, „Nach Angaben der
Bundestagsverwaltung“, „Das Statistische Bundesamt teilte mit“, "The Office for National
Statistics said", "The Commission said"), and beside them the forms left unchecked (offices
by role, data, documents, the desks' findings, compounds, possessives, "according to",
„Gemäss“, verbs not of saying). Figures as such copy has them: the claimed and the official
figure with their hedges, reach counts, shares in words („jeder zweite“, „rund jeder
fünfte“, „knapp ein Viertel“, "a third", "nine in 10", "the top fifth"), percentages and a
percentage-point change, multiples, sick days, jam hours, clip lengths, money in euros and
cents, francs, pounds and U.S. and Australian dollars, ranks, years and dates. Negatives as
such copy has them - 58 rows, none with a figure: the verdict line of every story, the
politicians' rhetoric in quotes beside their checked claims, the posts', captions', videos'
and users' own lines (insults and slogans among them), a moderator's question, and a
correction tag that names no figure, each near a check-worthy look-alike from the same
story.

240 rows (123 German, 117 English), 58 negatives (30 German, 28 English), 182 check-worthy
rows of which 21 carry no figure (13 German, 8 English), 296 expected quantities (95 counts,
63 percentages - 62 in "%", 1 in percentage points "pp" -, 38 durations - 17 in years, 8 in
months, 5 in days, 4 in hours, 2 in seconds, 1 in weeks, 1 in minutes -, 35 years, 35
amounts of money - 14 EUR, 8 USD, 7 GBP, 3 AUD, 3 CHF -, 14 dates - 2 with a year, 12
without -, 8 fractions, 8 ordinals; none of them in a negative), 37 checked speakers (20
German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, slogan, insult, question or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  eighty-sixth, hundred-thirty-sixth, four-hundred-and-thirty-first); a quoted or reported
  statement of fact, figure or account is check-worthy with its speaker, also in Konjunktiv
  I (hundred-sixtieth). Pairs from one speaker: Scharrenbroich's „jeder zweite“ and his
  account beside „Die Leute draußen merken doch längst ...“; Ferrier-Whitlock's 1.2 million
  beside "This country has lost control ..."; Hutchins-Varga's 27,000 pounds beside "We are
  losing a generation ..."; Wallnöfer-Grasl's „über 90.000“ and her account beside „... ein
  völlig entgleistes Asylsystem“; Imhasly-Wyss's 88,000 beside «Wir bauen und bauen ...»;
  Tarrant-Hulme's 400,000 and her 18 weeks beside "Patients are paying the price ...";
  Ostrander-Kemp's $5 beside "Families are getting crushed ..."; the president's 2.1 million
  beside "Nobody has done more ..." and the finance minister's tax ratio beside „Wir haben
  die Menschen entlastet ...“ (both by office, unchecked); Dellacroix-Ward's 40 percent
  beside "Australians are freezing in the dark ..."; Kolbitz-Heyne's claim beside „Wer
  nachts durch Leipzig geht ...“; Whitmore-Adair's third beside "Safer streets didn't happen
  by accident ..."; Ahlemeyer-Tosun's claim beside „... in dem Licht zum Luxus wird“;
  Ockenden-Vale's 50% beside "... having their bins emptied"; Engelkemper's 24 days and his
  stand-by beside „Wir leisten uns den Luxus ...“; Bühlmann-Caduff's 100 hours and her
  account beside «... einen Kulturkampf gegen das Auto ...»; van Hemert-Daalmans's 80 and 20
  percent beside "Brussels is paying billionaires ..."; Pichlbauer-Rainer's 50 percent
  beside „Die Leute können sich das Wohnen ... nicht mehr leisten“; Thibodeau-Marsh's 15
  years beside "... the dream of owning a home into a fantasy".
- The three parts of a check, as the three-hundred-and-seventy-second,
  four-hundred-and-twelfth and four-hundred-and-thirty-first batches settled them. (a) THE
  QUOTED CLAIM is check-worthy with its figures whatever the desk found. A politician's
  claim gives the politician, the title, the party, the programme, the network and the
  occasion dropped (eighty-sixth: "behauptete X", "X claimed", „in der ORF-„Pressestunde““,
  "in question period"; two-hundred-and-thirty-sixth: "Queensland senator Lachlan Quarrie
  claimed"; three-hundred-and-eighty-first: "told NBC's "Meet the Press""): „Der
  AfD-Bundestagsabgeordnete Wendelin Scharrenbroich hat in der ARD-Talkshow „Hart aber fair“
  behauptet, ...“ -> "Wendelin Scharrenbroich", „Die FPÖ-Nationalratsabgeordnete Brigitte
  Wallnöfer-Grasl hat in der Budgetdebatte im Nationalrat behauptet“, „SVP-Nationalrat Beat
  Imhasly-Wyss hat in der SRF-«Arena» behauptet“, „Der AfD-Landtagsabgeordnete Ronny
  Kolbitz-Heyne hat in einer Rede im sächsischen Landtag behauptet“, „Die
  BSW-Bundestagsabgeordnete Katrin Ahlemeyer-Tosun hat auf einem Landesparteitag in Erfurt
  behauptet“ (a claim of a measurable record without a figure, eighty-sixth),
  „CDU-Wirtschaftspolitiker Hubertus Engelkemper hat im ZDF-Interview „Berlin direkt“
  behauptet“, „FDP-Kantonsrätin Seraina Bühlmann-Caduff hat in der Budgetdebatte des Zürcher
  Kantonsrats behauptet“, „Der FPÖ-Landtagsabgeordnete Markus Pichlbauer-Rainer hat bei
  einer Parteiveranstaltung in Leoben behauptet“, "Reform UK MP Duncan Ferrier-Whitlock
  claimed in a speech in Clacton on Saturday", "Rep. Dale Hutchins-Varga, R-Ariz., claimed
  at a House Homeland Security Committee hearing on Tuesday" and "Rep. Carla Whitmore-Adair,
  D-Pa., claimed on NBC's "Meet the Press" on Sunday" the name with "Rep." and the party tag
  dropped (hundred-forty-first: "Sen. Garrett Voss, R-Okla., said"), "Conservative MP Imogen
  Tarrant-Hulme claimed at Prime Minister's Questions", "Senator Bradley Ostrander-Kemp
  claimed on CBS' "Face the Nation" on Sunday", "Senator Maxine Dellacroix-Ward claimed on
  ABC television's "Insiders"", "Liberal Democrat MP Harriet Ockenden-Vale claimed on the
  BBC's "Question Time"", "Dutch MEP Joris van Hemert-Daalmans claimed in a speech to the
  European Parliament" -> "Joris van Hemert-Daalmans" (the nationality drops with the title,
  the particle stays, four-hundred-and-twentieth) and "Conservative MP Lucien
  Thibodeau-Marsh claimed in question period on Monday". A claim made by an office without a
  name stays unchecked („Der Finanzminister hat in der ORF-„Pressestunde“ behauptet, ...“,
  "The president told a rally in Michigan ...", "The prime minister answered that ...";
  twenty-ninth: "The Prime Minister said"). Claims of posts, videos and sharepics and their
  summary lines carry their figures with the speaker unchecked („Ein Sharepic, ...,
  behauptet, ...“, „In einem Tiktok-Video ... behauptet eine Nutzerin, ...“, „Ein Video,
  ..., behauptet, ...“, "Posts with more than 31,000 shares ... say ...", "A video ...
  claims ...", "A post on X ... claims ...", "A screenshot ... purports to show ...",
  „Behauptung: ...“, "CLAIM: ...", also in quotes: 'CLAIM: "We have created 2.1 million
  ..."'); a figure inside the quoted words counts ("four times what they caught five years
  ago" 4 and 5 years; two-hundred-and-thirty-sixth). (b) THE VERDICT LINE is a negative
  whatever its rating word: „Bewertung: Falsch.“ (eight stories), „Bewertung: Irreführend.“,
  „Bewertung: Stark übertrieben.“ (twice), „Bewertung: Übertrieben.“, „Bewertung: Teilweise
  falsch.“ (hundred-ninety-first: "Fazit: Teilweise falsch, ..." and "Rating: Partly
  false."), "Reuters Fact Check rating: False." (twice), "Reuters Fact Check rating: Missing
  context." (twice), "Reuters Fact Check rating: Fabricated.", "AP'S ASSESSMENT: False."
  (twice), "AFP rating: False.", "AFP rating: Missing context.", "Verdict: Misleading.",
  "Full Fact's verdict: False.". New: the rating words not met before are verdicts as these
  are - "AP'S ASSESSMENT: Needs context." and „Bewertung: Fehlender Kontext.“ (as "Missing
  context", two-hundred-and-thirty-sixth), "AP'S ASSESSMENT: Mostly true." (as „Bewertung:
  Richtig.“ and „Bewertung: Weitgehend richtig.“: a rating that confirms is still the
  rating) and "Full Fact's verdict: Exaggerated." (as „Bewertung: Übertrieben.“). (c) THE
  CORRECTING FACT is check-worthy with its own figures and its own attribution, „Fakten:“
  and "THE FACTS:" carrying nothing: „Fakten: Nach Angaben der Bundestagsverwaltung ...“ ->
  "die Bundestagsverwaltung", „Fakten: Nach Angaben des BAMF ...“ -> "das BAMF" (an
  abbreviation in the nominative with its article, four-hundred-and-eighth: „Nach Angaben
  des LGL“ -> "das LGL"), "THE FACTS: ... data show ..." unchecked.
- New: a moderator's on-air counter to a claim is check-worthy with its figure and the
  speaker unchecked („Die Moderatorin hielt in der Sendung dagegen, ... seien es weniger als
  40 Prozent.“ 40 "under" - a role without a name, and „hielt dagegen“ unchecked,
  eighty-sixth), while her question to the guest is a negative („„Woher haben Sie diese
  Zahl?“, fragte die Moderatorin zurück.“ - an open question, four-hundred-and-twelfth).
  New: a programme's own correction after the broadcast is an act of record and check-worthy
  without a figure („Die Redaktion der Sendung ergänzte ihren Faktencheck zur Ausgabe am
  Folgetag um die Zahlen der Bundesagentur.“; „am Folgetag“ none), as the acts of platforms
  are (hundred-thirty-sixth, two-hundred-and-thirty-sixth).
- The other side's account is check-worthy (hundred-thirty-sixth,
  two-hundred-and-thirty-sixth): „Scharrenbroich sagte der dpa, ...“, „Wallnöfer-Grasl sagte
  auf APA-Anfrage, ...“, „Engelkemper sagte der dpa, er bleibe bei seiner Aussage, ...“ (a
  stand-by), „Bühlmann-Caduff sagte auf Anfrage, ...“ and "Tarrant-Hulme later said ..."
  give the surname (the audience dropped, four-hundred-and-thirty-first); spokespeople,
  offices, staff and authors stay unchecked ("A spokesperson for Hutchins-Varga said", "A
  spokesperson for Ostrander-Kemp said", "Dellacroix-Ward's office said", "Ockenden-Vale's
  office said", "Thibodeau-Marsh's office said", „Ein Sprecher der SVP-Fraktion sagte“, „Ein
  Sprecher der AfD-Fraktion sagte“, „Ein Sprecher des Finanzministeriums sagte“, „Ihr Büro
  verwies auf Anfrage“, „Die Nutzerin sagte auf Anfrage“, „Die Urheberin des Videos sagte
  der dpa“; four-hundred-and-thirty-first). New: „Ein Sprecher Pichlbauer-Rainers sagte auf
  APA-Anfrage“ stays unchecked - a role with the politician's name in the genitive is the
  German form of "A spokesperson for Krieger-Pike said" (four-hundred-and-thirty-first), the
  spokesman, not the politician, speaking.
- Where the claimed figure comes from and the arithmetic are check-worthy (eighty-sixth,
  hundred-thirty-sixth, four-hundred-and-thirty-first): „Die Zahl stammt nach dpa-Recherchen
  aus ...“, „Die Zahl von 90.000 hatte zuletzt im Frühjahr 2023 gestimmt, ...“ 90,000
  (two-hundred-and-thirty-sixth: „Die Zahl 900“), „Die 20 Prozent stammen ...“, „Die 30
  Prozent entsprechen ... ungefähr dem Anstieg ...“ („ungefähr“ before an article no hedge),
  „Die 25 Euro tauchten ... erstmals ... auf“, „Die 24 Tage stammen ...“, "The 1.2 million
  figure appears to count ...", "The 50,000 figure is more than five times ..." 50,000 and 5
  "over", "... which appears to be where the figure comes from", "The figure may stem from
  ..."; „Das entspricht einem Anstieg um knapp 60 Prozent, nicht einer Verdreifachung.“
  („Verdreifachung“ none, nineteenth), "That is a fall of about 170,000, not a rise.", "That
  is an increase of roughly 351%, ..." 351 "about", "That is an increase of about 46%, ...",
  "That would mean a cut of about 22%, not 30%, ..." both, „Die Quote sank damit binnen
  eines Jahres um 0,3 Prozentpunkte.“ 0.3 "pp" („binnen eines Jahres“ an article, none),
  „Der Beitrag gibt damit den Tiefstwert einer einzigen Stunde als Monatswert aus.“ (no
  figure; "einer einzigen" none). What a statistic counts is check-worthy without a figure
  (four-hundred-and-thirty-first): „Gezählt werden dabei die Stunden, in denen auf einem
  Abschnitt Stau herrschte, ...“, "Social homes are allocated by local councils ...",
  "Recipients are ranked by the size of their payment, ..." (with its "top fifth").
- Corrections (hundred-eighty-second, hundred-ninety-first, two-hundred-and-thirty-sixth): a
  correction written as a sentence that states the right fact is check-worthy with both
  figures („Berichtigung: Die erste Version dieses Faktenchecks nannte ... 13,1 Prozent;
  richtig sind 31,8 Prozent.“, "Correction: This fact check initially put ... at 14%; the
  drop was 4%."), and a bracketed correction tag naming no figure is an editorial note and a
  negative („(Korrigiert wurde zudem der Name der zitierten Behörde)“).
- Reach as every batch reads it (four-hundred-and-thirty-first): „mehr als 640.000 Mal
  angesehen und rund 9.800 Mal geteilt“, „gut 184.000 Mal abgespielt“, „gut 56'000 Mal
  angesehen“ (the Swiss apostrophe, tenth), „zusammen rund 48.000 Mal geteilt“ („zusammen“
  no hedge), „über 390'000 Mal abgespielt“, „rund 23.000 Mal geteilt“, „gut 96.000 Mal
  angesehen“, „zusammen mehr als 1,4 Millionen Mal aufgerufen“, „gut 15.000 Mal geteilt“,
  "more than 31,000 shares", "more than 2.3 million times", "more than 1.6 million views",
  "about 870,000 times", "more than 12,000 Facebook shares", "more than 18,000 shares",
  "about 46,000 followers"; an account's record is check-worthy
  (two-hundred-and-thirty-sixth): „... hat seither knapp 1.300 Beiträge abgesetzt“ 1,300
  "nearly", "AFP found the clip was first posted on Jan. 8 by an account that ... has about
  46,000 followers." --01-08 and 46,000 "about".
- Counts besides (every batch): "27,000 pounds of fentanyl", "about 19,400 pounds ...,
  against 4,300 pounds" and "by about 7,600 pounds" are counts - pounds of a substance are
  weight, not money (fourth, fifty-eighth; seventy-ninth: "about 26,000 pounds of ground
  beef"); "40 milligrams per cubic metre" 40 and „16,4 Terawattstunden“ 16.4 (physical
  measures, fourth; "per cubic metre" none); multiples are counts with their hedges ("four
  times" 4, "more than five times" 5 "over"; two-hundred-and-thirty-sixth); "one retailer's
  quarterly bill" 1 ("one" before a noun, hundred-sixty-eighth,
  two-hundred-and-thirty-sixth); rates per head give two counts („2,6 Erstanträgen je 1.000
  Einwohner“, twenty-ninth); „in drei Städten“, „in sieben Bundesländern“, "in three
  states", „der 27 EU-Staaten“, „die übrigen 26 EU-Staaten“, the scaled figures ("1.2
  million", "about 1.06 million", "7.21 million", "13.1 million", "between 12.9 million and
  13.2 million" both, "About 5.8 million", "Roughly 66 million" "about", „rund 5,1
  Millionen“), and the Swiss counts without a separator or with the apostrophe („171'600“,
  „94'800“, „rund 88'000“, „knapp 84'000“). New: „auf Rang vier von 27 untersuchten Ländern“
  gives ordinal 4 and count 27 - the field after a rank is a count as the top of a scale
  after a level is (four-hundred-and-fifty-first: „der Stufe 3 von 4“), the rank an ordinal
  as „auf Rang 14“ (four-hundred-and-fifty-first). None: „mehr als verdreifacht“ (a verb,
  four-hundred-and-twentieth: „mehr als halbiert“), "doubled" in quotes, "Band D",
  „Schutzstatus S“, "a single year", „einer einzigen Stunde“, the platform "X".
- Percentages and fractions (the issue: "4,7 Prozent", "jeder vierte", "ein Drittel"):
  percentages in "%" as written with their hedges („weniger als 40 Prozent“ and „„weniger
  als 1 Prozent““ "under", „über 50 Prozent“ "over", „knapp 60 Prozent“ "nearly", „rund 28
  Prozent“, „rund 57 Prozent“, „zusammen rund 29 Prozent“ "about", „„um satte 20 Prozent““
  with no hedge - „satte“ stresses and bounds nothing, three-hundred-and-seventy-sixth -,
  „im Schnitt um 30 Prozent“ and „im Schnitt um 27,4 Prozent“ with no hedge, "by between 9
  and 24 percent" both with the unit written once, "about 78 percent ... about 20 percent",
  "up to 4.99%" "up_to", "about 32%", "about 7%", "by 18%", "a 2.6% cost-of-living
  increase", "about 78%"), the percentage-point change „um 0,3 Prozentpunkte“ 0.3 "pp"
  (two-hundred-and-thirty-sixth). Fractions: „jeder zweite Bürgergeld-Empfänger“ 0.5,
  „weniger als der Hälfte“ 0.5 "under" (eighty-sixth: „weniger als ein Zehntel“), „rund
  jeder fünfte“ 0.2 "about", „knapp ein Viertel“ 0.25 "nearly", "by a third" 0.3333
  (two-hundred-and-thirty-sixth: "by nearly a third"), "About nine in 10" 0.9 "about"
  (four-hundred-and-twentieth: "nearly nine in 10"), "the top fifth" 0.2
  (hundred-fifty-fifth, four-hundred-and-fiftieth).
- Durations and ages (the issue: "fünfstündigen Treffen", "a two-week visit"): clip lengths
  („Der 47 Sekunden lange Ausschnitt“ 47 seconds, "A 58-second clip" 58 seconds, „Ein knapp
  dreiminütiges Video“ 3 minutes "nearly"; hundred-ninety-first: „knapp einminütige“); sick
  days are durations in days („im Schnitt 24 Tage im Jahr krankgeschrieben“, „im Schnitt
  14,6 Tage krankgemeldet ..., nach 14,9 Tagen“, „von bis zu 19 Tagen“ "up_to", „Die 24
  Tage“; hundred-fifty-fifth: „Im Schnitt fehlten ... 9,8 Tage“), jam hours durations in
  hours („«jedes Jahr über 100 Stunden im Stau»“ 100 "over", „auf 11'340 Stunden“, „auf rund
  38 Stunden im Jahr“ "about", „auf bis zu 94 Stunden“ "up_to"; two-hundred-and-sixty-first,
  four-hundred-and-first: Staustunden); spans ("five years ago" and "five years earlier" 5
  years, four-hundred-and-twentieth: "two years ago"; „in den ersten vier Monaten“ ordinal 1
  and 4 months, four-hundred-and-twentieth: „in den ersten neun Monaten“; „über die
  vergangenen fünf Jahre“ and „in den vergangenen fünf Jahren“ 5 years - „über“ before a
  span no hedge -, „der vergangenen drei Jahre“, „„in nur fünf Jahren““ 5 years with „nur“
  no hedge, "in the 12 months to June", "in the 12 months before the election", "the past 12
  months" and "any 12-month period" 12 months, "in the 24 months to December" 24 months
  (eighty-sixth: "in the 12 months to March"), "in two years" and "over the same two years"
  2 years ("over" before a span no hedge), "the past four years", "for the past 36 months",
  "over 10 years" 10 years, "each of the five months since July" 5 months, "waiting more
  than 18 weeks" 18 weeks "over", "for more than eight years" 8 years "over", "the largest
  one-year drop" and "no larger one-year fall" 1 year (eighty-sixth: "the largest one-year
  decline"), "the 10-year average" 10 years (hundred-thirty-third: "the five-year average"),
  "their lowest level in 15 years" and "a 15-year low" 15 years (eighty-seventh: "a
  three-year low")). None: „im Jahr“, „im Monat“, „jedes Jahr“, „am Folgetag“, „im
  vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „im selben Zeitraum“, „zum
  Jahreswechsel“, „seither“, „binnen eines Jahres“, „heuer“, „ab April“, „bis Ende“ before a
  year, "last year", "a year earlier", "the year before", "in the year to June", "in a
  single year", "last week", "this January", "next January", "over that period", "over the
  same period", "the last fiscal year", "the previous fiscal year", "the most recent year",
  "since the 1970s", "a year", "a gallon", "per household", "each month", weekdays and
  months alone.
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt"): „in den ersten vier
  Monaten“ and „im ersten Halbjahr“ 1 (four-hundred-and-twentieth), „auf Rang drei“ 3, „auf
  Platz sieben“ 7 (eighty-sixth: „auf Platz zwei“, „auf Rang zwölf“), „auf Rang vier“ 4,
  „auf Rang sechs“ 6, „an fünfter Stelle“ 5, "for a fifth straight month" 5
  (four-hundred-and-fifty-first: "for the fourth straight month"). None: „die höchsten“,
  „die niedrigste“, „am meisten“, „Am stärksten“, „der niedrigste Wert“, "the biggest drop",
  "the largest", "the only state", "the richest", "first posted", „erstmals“, "Prime
  Minister's Questions".
- Money in the currency written (every batch): EUR („11.617 Euro im Monat“, „5.212 Euro im
  Monat“, „rund 7,4 Milliarden Euro“ "about", „38,2 Cent je Kilowattstunde“ 0.382, „mit 41,6
  Cent und ... mit 39,0 Cent“ 0.416 and 0.39, „27,4 Cent“ 0.274 - Cent as hundredths of a
  euro, hundred-thirty-eighth; „je Kilowattstunde“, „je Quadratmeter“ none -, „auf 25 Euro
  im Monat“ and „Die 25 Euro“, „mit 14,80 Euro im Monat“, „von bis zu 5,10 Euro“ "up_to",
  „insgesamt 19,90 Euro“ („insgesamt“ no hedge), „8,92 Euro je Quadratmeter“, "392 billion
  euros"), CHF („auf 401 Franken im Monat“, „von 2500 auf 300 Franken“ both with the
  currency written once and the Swiss four digits without a separator), GBP ("from £1,468 in
  2015-16 to £2,142" with both years of "2015-16", fortieth, forty-fifth; "£64 ... £77", "to
  £150", "a fee of £120 instead of £150"), USD ("to more than $5 a gallon" "over", "$3.12
  ..., down from $3.38", "has not reached $4" with no hedge - a verb bounds nothing,
  four-hundred-and-thirty-first: "had passed 3 million views" -, "between $2.91 and $3.99",
  "topped $5 ..., at $5.07" with "topped" no hedge), AUD ("from A$1,010 to A$1,412", "A$275
  per household").
- Years and dates: Reuters datelines with a day are dates without a year ("LONDON, Jan 12
  (Reuters)" --01-12, "WASHINGTON, Jan 21 (Reuters)" --01-21, "DUBLIN, Feb 2 (Reuters)"
  --02-02, "LONDON, Feb 12 (Reuters)" --02-12, "OTTAWA, Feb 24 (Reuters)" --02-24); dpa
  (also "dpa/lsn"), APA, Keystone-SDA, AP ("WASHINGTON (AP) —", "DETROIT (AP) —",
  "PHILADELPHIA (AP) —", "NEW YORK (AP) —"), AFP ("PARIS (AFP) -", "SYDNEY (AFP) -",
  "BRUSSELS (AFP) -") and PA ("LONDON (PA) -") datelines none (seventy-ninth). Dates: „zum
  Stichtag 1. Jänner“ and „zum 1. Januar“ --01-01, „zum 1. Juli“ (twice) --07-01, „am 19.
  Januar“ --01-19, "on Jan. 8" --01-08, "from January 1, 2027" 2027-01-01 ("from" no hedge),
  „am 3. Mai 2023“ 2023-05-03. Years: „seit 2011“, „zuletzt 2016“, „in den Jahren 2011 und
  2012“, „seit 2019“ and „2019 waren es“, „seit 2020“, „für 2019“, „im Frühjahr 2023“, „im
  Jahr 2019“, „im Dezember 2023“, „bis Ende 2026“, „2022 und 2023“, „Die Quote 2022“, „einer
  Studie des Kantons von 2022“, „auf das Jahr 2022“, „auf das Jahr 2016“, "since 2022", "in
  2028", "built before 2010" ("before" no hedge), "a 2023 survey", "since 2015", "2015-16"
  both, "since 2011", "in March 2023", "for 2021 to 2027" both, "in 2023", "in 2035", "going
  back to 1960", "from 2009 to 2019" both, "since 2009".
- Hedges, only the names in use: „rund“, "about", "About", "roughly", "Roughly" "about";
  „knapp“ "nearly"; „mehr als“, „gut“, „über“ before a figure, "more than" "over"; „weniger
  als“ before a figure or a fraction "under"; „bis zu“, "up to" "up_to". No hedge: „im
  Schnitt“, „zusammen“, „insgesamt“, „nur“, „lediglich“ (two-hundred-and-thirty-ninth),
  „satte“, „allein“, „sogar“, „tatsächlich“, „zum Beispiel“, „ungefähr“ before an article,
  „binnen“, „über“ before a span, "over" before a span, "topped", "reached", "built before",
  "from ... to", "between ... and", "instead of", "down from", "not".
- Speakers, checked only in forms the earlier batches settled: the politicians' claims and
  accounts above; „sagte BFS-Demograf Lorenz Tschudin-Bärtschi“ and „BAG-Sprecherin Corinne
  Maillefer-Zaugg sagte, ...“ the name with the title dropped (two-hundred-and-thirty-sixth:
  „sagte AGES-Expertin Roswitha Kammerstätter“; four-hundred-and-twentieth:
  „DIHK-Bildungsexpertin Marlene Trautwein-Osei sagte“); „Laut Statistik Austria“ (twice) ->
  "Statistik Austria" as written; „Nach Angaben der Bundestagsverwaltung“, „Nach Angaben des
  BAMF“ and „Nach Angaben der Bundesnetzagentur“ the source in the nominative with its
  article (eighty-sixth, four-hundred-and-eighth); „Das Statistische Bundesamt teilte mit,
  ...“ opening the row with the article lowered (four-hundred-and-thirty-first); English:
  "The Office for National Statistics said", "The Australian Bureau of Statistics said",
  "The Central Statistics Office said", "The European Commission said", "The Commission
  said" and "The Social Security Administration said in a statement" opening the row with
  the article lowered (eighty-sixth, hundred-thirty-sixth; tenth: "said in a statement"), "A
  BBC spokesperson said" -> "a BBC spokesperson" (two-hundred-and-thirty-sixth). Left
  unchecked (None): all negatives, also those with a named speaker; offices and roles
  without a name (above); possessives ("Ireland's Department of Housing said",
  "Dellacroix-Ward's office said"; two-hundred-and-thirty-sixth: "Louisiana's insurance
  department said"); the posts, videos and their authors; data, documents, estimates and the
  desks' findings („nach Zahlen der Bundesagentur für Arbeit“, „Nach Zahlen des
  Innenministeriums“, „Nach Zahlen des Landeskriminalamts“, „Nach Zahlen des Bundesamts für
  Gesundheit“, „Nach Eurostat-Daten“ - a compound -, „wie aus einer parlamentarischen
  Anfragebeantwortung hervorgeht“, „laut derselben Studie“, „Eine Studie des Kantons ...
  beziffert“, „nach dpa-Recherchen“, „nach APA-Recherchen“, „nach Recherchen von
  Keystone-SDA“, "U.S. Customs and Border Protection data show", "ONS data show", "EIA data
  show", "Bureau of Labor Statistics data show", "NHS England figures", "Government figures
  show", "European Commission data ... show", "CMHC data show", "Statistics Canada data
  show", "the bureau estimates", "the ONS put at", "Reuters calculated", "Reuters found",
  "AFP found"); „Gemäss Bundesamt für Statistik“ and „Gemäss Bundesamt für Strassen“
  (four-hundred-and-fourth: „gemäss“ before a source left open); „Laut der EU-Asylagentur
  EUAA“ (the article after „Laut“ and a description before the name,
  two-hundred-and-thirty-sixth); every "according to" (the ONS, the U.S. Energy Information
  Administration, the Treasury, the department, Full Fact's calculation, the Driver and
  Vehicle Standards Agency, Canada Mortgage and Housing Corp; two-hundred-and-fourth,
  four-hundred-and-twentieth). New: „rechnete das Ministerium vor“ stays unchecked - a verb
  of calculating, as "Reuters calculated" and „schätzte“ (four-hundred-and-fifty-first), not
  of saying. To keep the checked speakers near 35, as the four-hundred-and-thirty-first
  batch did, several official figures are given as data or with "according to".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_473 = [
    # --- Talk-show claim on Bürgergeld recipients (dpa-Faktencheck), January 11 ---
    (
        "de",
        "Berlin (dpa) - Der AfD-Bundestagsabgeordnete Wendelin Scharrenbroich hat in der ARD-Talkshow „Hart aber fair“ behauptet, inzwischen sei jeder zweite Bürgergeld-Empfänger ein Ausländer.",
        True,
        [("fraction", 0.5, None, None)],
        "Wendelin Scharrenbroich",
    ),
    (
        "de",
        "Der 47 Sekunden lange Ausschnitt wurde auf X seither mehr als 640.000 Mal angesehen und rund 9.800 Mal geteilt.",
        True,
        [
            ("duration", 47, "second", None),
            ("count", 640000, None, "over"),
            ("count", 9800, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "„Die Leute draußen merken doch längst, wer hier auf wessen Kosten lebt“, sagte Scharrenbroich in der Sendung.",
        False,
        [],
        None,
    ),
    ("de", "„Woher haben Sie diese Zahl?“, fragte die Moderatorin zurück.", False, [], None),
    (
        "de",
        "Die Moderatorin hielt in der Sendung dagegen, nach den Unterlagen der Redaktion seien es weniger als 40 Prozent.",
        True,
        [("percent", 40, "%", "under")],
        None,
    ),
    (
        "de",
        "Tatsächlich hatten nach Zahlen der Bundesagentur für Arbeit im vergangenen September 38,6 Prozent der rund 5,1 Millionen Leistungsberechtigten keine deutsche Staatsangehörigkeit.",
        True,
        [("percent", 38.6, "%", None), ("count", 5100000, None, "about")],
        None,
    ),
    (
        "de",
        "Unter den erwerbsfähigen Leistungsberechtigten lag der Anteil bei 41,2 Prozent, also ebenfalls bei weniger als der Hälfte.",
        True,
        [("percent", 41.2, "%", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "Die Zahl stammt nach dpa-Recherchen aus einer Statistik zu Bedarfsgemeinschaften in Großstädten, in der der Ausländeranteil in drei Städten über 50 Prozent lag.",
        True,
        [("count", 3, None, None), ("percent", 50, "%", "over")],
        None,
    ),
    (
        "de",
        "Scharrenbroich sagte der dpa, er habe sich auf Berlin, Bremen und Duisburg bezogen und das in der Sendung nur verkürzt wiedergegeben.",
        True,
        [],
        "Scharrenbroich",
    ),
    (
        "de",
        "Die Redaktion der Sendung ergänzte ihren Faktencheck zur Ausgabe am Folgetag um die Zahlen der Bundesagentur.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Net migration posts and a Reform UK speech (Reuters Fact Check), January 12 ---
    (
        "en",
        "LONDON, Jan 12 (Reuters) - Posts with more than 31,000 shares on Facebook and X say Britain's net migration hit 1.2 million in the year to June.",
        True,
        [
            ("date", "--01-12", None, None),
            ("count", 31000, None, "over"),
            ("count", 1200000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Reform UK MP Duncan Ferrier-Whitlock claimed in a speech in Clacton on Saturday that the country had taken in 1.2 million people in a single year.",
        True,
        [("count", 1200000, None, None)],
        "Duncan Ferrier-Whitlock",
    ),
    (
        "en",
        '"This country has lost control of its borders and nobody in Westminster cares," Ferrier-Whitlock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Office for National Statistics said the net inflow in the 12 months to June came to 447,000, down from 685,000 a year earlier.",
        True,
        [
            ("duration", 12, "month", None),
            ("count", 447000, None, None),
            ("count", 685000, None, None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "The 1.2 million figure appears to count gross immigration alone, which the ONS put at about 1.06 million, and ignores the 613,000 people who left.",
        True,
        [
            ("count", 1200000, None, None),
            ("count", 1060000, None, "about"),
            ("count", 613000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Even gross immigration has never reached 1.2 million in any 12-month period on record, ONS data show.",
        True,
        [("count", 1200000, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Of those who arrived, about 392,000 came on study visas and about 285,000 on work visas, according to the ONS.",
        True,
        [("count", 392000, None, "about"), ("count", 285000, None, "about")],
        None,
    ),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- A congressman on fentanyl seizures (AP Fact Check), January 13 ---
    (
        "en",
        'WASHINGTON (AP) — Rep. Dale Hutchins-Varga, R-Ariz., claimed at a House Homeland Security Committee hearing on Tuesday that border agents seized 27,000 pounds of fentanyl last year, "four times what they caught five years ago."',
        True,
        [("count", 27000, None, None), ("count", 4, None, None), ("duration", 5, "year", None)],
        "Dale Hutchins-Varga",
    ),
    (
        "en",
        '"We are losing a generation to this poison while Washington looks away," Hutchins-Varga told the hearing.',
        False,
        [],
        None,
    ),
    (
        "en",
        "CLAIM: Border agents seized 27,000 pounds of fentanyl last year, four times the amount seized five years earlier.",
        True,
        [("count", 27000, None, None), ("count", 4, None, None), ("duration", 5, "year", None)],
        None,
    ),
    ("en", "AP'S ASSESSMENT: Needs context.", False, [], None),
    (
        "en",
        "THE FACTS: U.S. Customs and Border Protection data show agents seized about 19,400 pounds of fentanyl in the last fiscal year, against 4,300 pounds five years earlier.",
        True,
        [
            ("count", 19400, None, "about"),
            ("count", 4300, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "About nine in 10 of those seizures were made at legal ports of entry, mostly from U.S. citizens, the data show.",
        True,
        [("fraction", 0.9, None, "about")],
        None,
    ),
    (
        "en",
        "That is an increase of roughly 351%, so the multiple Hutchins-Varga cited understates the rise while his total overstates it by about 7,600 pounds.",
        True,
        [("percent", 351, "%", "about"), ("count", 7600, None, "about")],
        None,
    ),
    (
        "en",
        "Seizures fell by 18% from the previous fiscal year, the agency's figures show.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "A spokesperson for Hutchins-Varga said the congressman had been quoting a committee briefing that also counted seizures by the Coast Guard.",
        True,
        [],
        None,
    ),
    # --- An FPÖ speech on asylum seekers (APA-Faktencheck), January 14 ---
    (
        "de",
        "Wien (APA) - Die FPÖ-Nationalratsabgeordnete Brigitte Wallnöfer-Grasl hat in der Budgetdebatte im Nationalrat behauptet, Österreich versorge derzeit „über 90.000 Asylwerber auf Kosten der Steuerzahler“.",
        True,
        [("count", 90000, None, "over")],
        "Brigitte Wallnöfer-Grasl",
    ),
    (
        "de",
        "Ein Video der Rede verbreitete die Partei auf Facebook, wo es gut 184.000 Mal abgespielt wurde.",
        True,
        [("count", 184000, None, "over")],
        None,
    ),
    (
        "de",
        "„Die Österreicherinnen und Österreicher zahlen die Zeche für ein völlig entgleistes Asylsystem“, sagte Wallnöfer-Grasl im Plenum.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Innenministeriums befanden sich zum Stichtag 1. Jänner 61.420 Menschen in der Grundversorgung, davon waren 38.905 Asylwerber im laufenden Verfahren.",
        True,
        [
            ("date", "--01-01", None, None),
            ("count", 61420, None, None),
            ("count", 38905, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die übrigen gut 22.500 Personen sind vor allem Vertriebene aus der Ukraine sowie anerkannte Flüchtlinge in den ersten vier Monaten nach ihrem Bescheid.",
        True,
        [
            ("count", 22500, None, "over"),
            ("ordinal", 1, None, None),
            ("duration", 4, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Im Jahresschnitt lag die Zahl der Menschen in Grundversorgung bei knapp 63.000, rund jeder fünfte davon war ein Kind.",
        True,
        [("count", 63000, None, "nearly"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl von 90.000 hatte zuletzt im Frühjahr 2023 gestimmt, als die Grundversorgung 92.310 Menschen umfasste, wie aus einer parlamentarischen Anfragebeantwortung hervorgeht.",
        True,
        [("count", 90000, None, None), ("year", 2023, None, None), ("count", 92310, None, None)],
        None,
    ),
    (
        "de",
        "Wallnöfer-Grasl sagte auf APA-Anfrage, sie habe alle Personen in der Grundversorgung gemeint und „Asylwerber“ umgangssprachlich verwendet.",
        True,
        [],
        "Wallnöfer-Grasl",
    ),
    ("de", "Bewertung: Irreführend.", False, [], None),
    # --- A video on an EU stove ban (AFP Fact Check), January 15 ---
    (
        "en",
        "PARIS (AFP) - A video viewed more than 2.3 million times on TikTok claims the European Union will ban all wood-burning stoves in private homes from January 1, 2027.",
        True,
        [("count", 2300000, None, "over"), ("date", "2027-01-01", None, None)],
        None,
    ),
    (
        "en",
        '"They want you cold, poor and obedient," the narrator says over footage of a crackling fire.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The European Commission said no such ban exists or has been proposed.",
        True,
        [],
        "the European Commission",
    ),
    (
        "en",
        "The rules behind the claim are EU ecodesign limits that have applied to newly sold stoves since 2022, capping fine-dust emissions at 40 milligrams per cubic metre.",
        True,
        [("year", 2022, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Stoves already installed in homes are not covered, and a review of the limits is due to report in 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Germany separately requires owners of some older stoves, built before 2010, to retrofit or replace them if they exceed national limits, a rule the video appears to mix up with EU law.",
        True,
        [("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "AFP found the clip was first posted on Jan. 8 by an account that sells heating pellets and has about 46,000 followers.",
        True,
        [("date", "--01-08", None, None), ("count", 46000, None, "about")],
        None,
    ),
    ("en", "AFP rating: False.", False, [], None),
    # --- An SVP claim on immigration in the «Arena» (Keystone-SDA), January 19 ---
    (
        "de",
        "Bern (Keystone-SDA) - SVP-Nationalrat Beat Imhasly-Wyss hat in der SRF-«Arena» behauptet, in die Schweiz komme «jedes Jahr eine Stadt so gross wie Luzern», netto also rund 88'000 Menschen.",
        True,
        [("count", 88000, None, "about")],
        "Beat Imhasly-Wyss",
    ),
    (
        "de",
        "Der Ausschnitt wurde auf Instagram gut 56'000 Mal angesehen.",
        True,
        [("count", 56000, None, "over")],
        None,
    ),
    (
        "de",
        "«Wir bauen und bauen und kommen trotzdem nie nach», sagte Imhasly-Wyss in der Sendung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Statistik betrug der Wanderungssaldo der ständigen Wohnbevölkerung im vergangenen Jahr 76'800 Personen, nach 89'400 im Jahr davor.",
        True,
        [("count", 76800, None, None), ("count", 89400, None, None)],
        None,
    ),
    (
        "de",
        "Den 171'600 Zuzügen aus dem Ausland standen 94'800 Wegzüge gegenüber.",
        True,
        [("count", 171600, None, None), ("count", 94800, None, None)],
        None,
    ),
    (
        "de",
        "Luzern zählt rund 88'000 Einwohnerinnen und Einwohner; der Vergleich traf damit nur im Vorjahr ungefähr zu.",
        True,
        [("count", 88000, None, "about")],
        None,
    ),
    (
        "de",
        "Zähle man die Asylsuchenden und die Personen mit Schutzstatus S hinzu, liege der Saldo bei knapp 84'000, sagte BFS-Demograf Lorenz Tschudin-Bärtschi.",
        True,
        [("count", 84000, None, "nearly")],
        "Lorenz Tschudin-Bärtschi",
    ),
    (
        "de",
        "Ein Sprecher der SVP-Fraktion sagte auf Anfrage, Imhasly-Wyss habe den Durchschnitt der vergangenen drei Jahre gemeint.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    ("de", "Bewertung: Teilweise falsch.", False, [], None),
    # --- NHS waiting list at Prime Minister's Questions (PA, Full Fact), January 20 ---
    (
        "en",
        "LONDON (PA) - Conservative MP Imogen Tarrant-Hulme claimed at Prime Minister's Questions that the NHS waiting list in England had grown by 400,000 since the general election.",
        True,
        [("count", 400000, None, None)],
        "Imogen Tarrant-Hulme",
    ),
    (
        "en",
        "The prime minister answered that the backlog had shrunk for a fifth straight month.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "\"Patients are paying the price for this government's complacency,\" Tarrant-Hulme told MPs.",
        False,
        [],
        None,
    ),
    (
        "en",
        "According to NHS England figures, 7.21 million treatments were waiting in November, against 7.38 million in the month of the election.",
        True,
        [("count", 7210000, None, None), ("count", 7380000, None, None)],
        None,
    ),
    (
        "en",
        "That is a fall of about 170,000, not a rise.",
        True,
        [("count", 170000, None, "about")],
        None,
    ),
    (
        "en",
        "The list did rise by about 400,000 in the 12 months before the election, which appears to be where the figure comes from.",
        True,
        [("count", 400000, None, "about"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The prime minister's own line holds up: the list has shrunk in each of the five months since July.",
        True,
        [("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        "Tarrant-Hulme later said her figure referred to patients waiting more than 18 weeks, a group that has grown by 62,000 over the same period.",
        True,
        [("duration", 18, "week", "over"), ("count", 62000, None, None)],
        "Tarrant-Hulme",
    ),
    ("en", "Full Fact's verdict: False.", False, [], None),
    # --- A senator on gasoline prices on "Face the Nation" (Reuters Fact Check), January 21 ---
    (
        "en",
        "WASHINGTON, Jan 21 (Reuters) - Senator Bradley Ostrander-Kemp claimed on CBS' \"Face the Nation\" on Sunday that gasoline prices had \"doubled\" under the current administration, to more than $5 a gallon.",
        True,
        [("date", "--01-21", None, None), ("money", 5, "USD", "over")],
        "Bradley Ostrander-Kemp",
    ),
    (
        "en",
        "Clips of the interview have drawn more than 1.6 million views on X.",
        True,
        [("count", 1600000, None, "over")],
        None,
    ),
    (
        "en",
        '"Families are getting crushed at the pump, and everybody knows it," Ostrander-Kemp said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The national average price of regular gasoline was $3.12 a gallon last week, down from $3.38 a year earlier, according to the U.S. Energy Information Administration.",
        True,
        [("money", 3.12, "USD", None), ("money", 3.38, "USD", None)],
        None,
    ),
    (
        "en",
        "The weekly average has not reached $4 in any week of the past 12 months, EIA data show.",
        True,
        [("money", 4, "USD", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Over the past four years, the weekly national average has ranged between $2.91 and $3.99 a gallon.",
        True,
        [("duration", 4, "year", None), ("money", 2.91, "USD", None), ("money", 3.99, "USD", None)],
        None,
    ),
    (
        "en",
        "California was the only state where the average topped $5 last week, at $5.07.",
        True,
        [("money", 5, "USD", None), ("money", 5.07, "USD", None)],
        None,
    ),
    (
        "en",
        "A spokesperson for Ostrander-Kemp said he was talking about pump prices in his home state rather than the national average.",
        True,
        [],
        None,
    ),
    ("en", "Reuters Fact Check rating: Missing context.", False, [], None),
    # --- A sharepic on MPs' pay (dpa-Faktencheck), January 22 ---
    (
        "de",
        "Berlin (dpa) - Ein Sharepic, das auf Facebook und Telegram zusammen rund 48.000 Mal geteilt wurde, behauptet, die Bundestagsabgeordneten hätten sich zum Jahreswechsel die Diäten „um satte 20 Prozent“ erhöht.",
        True,
        [("count", 48000, None, "about"), ("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "„Für uns Rentner gibt es Almosen, für die da oben den Jackpot“, steht unter der Grafik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Behauptung: Die Diäten der Bundestagsabgeordneten sind zum 1. Januar um 20 Prozent gestiegen.",
        True,
        [("date", "--01-01", None, None), ("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Fakten: Nach Angaben der Bundestagsverwaltung stieg die Abgeordnetenentschädigung zum 1. Juli des Vorjahres um 3,9 Prozent auf 11.617 Euro im Monat.",
        True,
        [
            ("date", "--07-01", None, None),
            ("percent", 3.9, "%", None),
            ("money", 11617, "EUR", None),
        ],
        "die Bundestagsverwaltung",
    ),
    (
        "de",
        "Zum Jahreswechsel gab es keine Erhöhung; die Anpassung folgt gesetzlich jedes Jahr zum 1. Juli der Entwicklung der Nominallöhne.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Zum 1. Januar stieg lediglich die steuerfreie Kostenpauschale, und zwar um 2,1 Prozent auf 5.212 Euro im Monat.",
        True,
        [
            ("date", "--01-01", None, None),
            ("percent", 2.1, "%", None),
            ("money", 5212, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die 20 Prozent stammen nach dpa-Recherchen aus einem Beitrag über die Kostenpauschale in einem anderen EU-Land, der im Jahr 2019 erschienen war.",
        True,
        [("percent", 20, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Die Seite, die das Bild zuerst veröffentlichte, wurde im November angelegt und hat seither knapp 1.300 Beiträge abgesetzt.",
        True,
        [("count", 1300, None, "nearly")],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- The president on factory jobs (AP Fact Check), January 26 ---
    (
        "en",
        "DETROIT (AP) — The president told a rally in Michigan on Saturday that his administration had created 2.1 million manufacturing jobs.",
        True,
        [("count", 2100000, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody has done more for the American worker, nobody," the president told the crowd.',
        False,
        [],
        None,
    ),
    (
        "en",
        'CLAIM: "We have created 2.1 million manufacturing jobs since I took office."',
        True,
        [("count", 2100000, None, None)],
        None,
    ),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: Bureau of Labor Statistics data show manufacturing employment rose by about 96,000 over that period, to 13.1 million.",
        True,
        [("count", 96000, None, "about"), ("count", 13100000, None, None)],
        None,
    ),
    (
        "en",
        "Manufacturing has not added 2.1 million jobs in any stretch of comparable length since the 1970s, the data show.",
        True,
        [("count", 2100000, None, None)],
        None,
    ),
    (
        "en",
        "Factory employment has stayed between 12.9 million and 13.2 million for the past 36 months, the bureau's figures show.",
        True,
        [
            ("count", 12900000, None, None),
            ("count", 13200000, None, None),
            ("duration", 36, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The figure may stem from a White House fact sheet on announced factory investments, which it said would support up to 2.1 million jobs over 10 years.",
        True,
        [("count", 2100000, None, "up_to"), ("duration", 10, "year", None)],
        None,
    ),
    # --- The finance minister in the „Pressestunde“ (APA-Faktencheck), January 27 ---
    (
        "de",
        "Wien (APA) - Der Finanzminister hat in der ORF-„Pressestunde“ behauptet, Österreich habe „die niedrigste Abgabenquote seit 2011“ erreicht.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben die Menschen entlastet wie keine Regierung vor uns“, sagte der Minister in der Sendung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria lag die Abgabenquote im Vorjahr bei 42,7 Prozent des Bruttoinlandsprodukts, nach 43,0 Prozent im Jahr davor.",
        True,
        [("percent", 42.7, "%", None), ("percent", 43.0, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Niedriger war sie zuletzt 2016 mit 42,4 Prozent, und auch in den Jahren 2011 und 2012 lag sie unter dem aktuellen Wert.",
        True,
        [
            ("year", 2016, None, None),
            ("percent", 42.4, "%", None),
            ("year", 2011, None, None),
            ("year", 2012, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Quote sank damit binnen eines Jahres um 0,3 Prozentpunkte.",
        True,
        [("percent", 0.3, "pp", None)],
        None,
    ),
    (
        "de",
        "Ohne die Energiehilfen hätte die Quote 2022 bei 43,6 Prozent gelegen, rechnete das Ministerium vor.",
        True,
        [("year", 2022, None, None), ("percent", 43.6, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Finanzministeriums sagte auf Anfrage, der Minister habe die Quote ohne die einmaligen Energiehilfen gemeint, die 2022 und 2023 zusammen rund 7,4 Milliarden Euro ausmachten.",
        True,
        [
            ("year", 2022, None, None),
            ("year", 2023, None, None),
            ("money", 7400000000, "EUR", "about"),
        ],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- A senator on power bills on "Insiders" (AFP Fact Check), January 28 ---
    (
        "en",
        "SYDNEY (AFP) - Senator Maxine Dellacroix-Ward claimed on ABC television's \"Insiders\" that household power bills in Australia had risen by 40 percent in two years.",
        True,
        [("percent", 40, "%", None), ("duration", 2, "year", None)],
        "Maxine Dellacroix-Ward",
    ),
    (
        "en",
        '"Australians are freezing in the dark so Canberra can feel good about itself," Dellacroix-Ward said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Australian Bureau of Statistics said electricity prices in its consumer price index rose 11.8 percent in the 24 months to December, a figure held down by government rebates.",
        True,
        [("percent", 11.8, "%", None), ("duration", 24, "month", None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Without the rebates, the bureau estimates, the rise would have been about 26 percent.",
        True,
        [("percent", 26, "%", "about")],
        None,
    ),
    (
        "en",
        "The default market offer set by the Australian Energy Regulator, which caps standing-offer prices in three states, rose by between 9 and 24 percent over the same two years, depending on the region.",
        True,
        [
            ("count", 3, None, None),
            ("percent", 9, "%", None),
            ("percent", 24, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Dellacroix-Ward's office said the 40 percent figure came from one retailer's quarterly bill for a customer in regional Queensland, which rose from A$1,010 to A$1,412.",
        True,
        [
            ("percent", 40, "%", None),
            ("count", 1, None, None),
            ("money", 1010, "AUD", None),
            ("money", 1412, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "The federal energy rebate of A$275 per household is due to end in June, according to the Treasury.",
        True,
        [("money", 275, "AUD", None)],
        None,
    ),
    ("en", "Verdict: Misleading.", False, [], None),
    # --- Knife attacks in the Saxon Landtag (dpa-Faktencheck), January 29 ---
    (
        "de",
        "Dresden (dpa/lsn) - Der AfD-Landtagsabgeordnete Ronny Kolbitz-Heyne hat in einer Rede im sächsischen Landtag behauptet, seit 2019 hätten sich die Messerattacken im Freistaat „mehr als verdreifacht“.",
        True,
        [("year", 2019, None, None)],
        "Ronny Kolbitz-Heyne",
    ),
    (
        "de",
        "„Wer nachts durch Leipzig geht, braucht heute Mut“, rief Kolbitz-Heyne in den Saal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Landeskriminalamts registrierte die Polizei im vergangenen Jahr 1.184 Messerangriffe, 2019 waren es 742.",
        True,
        [("count", 1184, None, None), ("year", 2019, None, None), ("count", 742, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Anstieg um knapp 60 Prozent, nicht einer Verdreifachung.",
        True,
        [("percent", 60, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Allerdings werden Messerangriffe in Sachsen erst seit 2020 einheitlich erfasst, die Zahl für 2019 ist deshalb nur eingeschränkt vergleichbar.",
        True,
        [("year", 2020, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Messerangriffe, bei denen jemand schwer verletzt wurde, stieg im selben Zeitraum von 97 auf 131.",
        True,
        [("count", 97, None, None), ("count", 131, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher der AfD-Fraktion sagte der dpa, Kolbitz-Heyne habe sich auf eine Antwort der Staatsregierung auf eine Kleine Anfrage bezogen, die nur Leipzig betreffe.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Stark übertrieben.", False, [], None),
    # --- Social homes for migrants in Ireland (Reuters Fact Check), February 2 ---
    (
        "en",
        'DUBLIN, Feb 2 (Reuters) - A post on X viewed about 870,000 times claims Ireland gave "50,000 social homes to migrants" last year while Irish families waited.',
        True,
        [
            ("date", "--02-02", None, None),
            ("count", 870000, None, "about"),
            ("count", 50000, None, None),
        ],
        None,
    ),
    ("en", '"Ireland for the Irish, or Ireland for sale?" the post asks.', False, [], None),
    (
        "en",
        "Ireland's Department of Housing said 9,870 new social homes were delivered last year in total, through building, buying and leasing.",
        True,
        [("count", 9870, None, None)],
        None,
    ),
    (
        "en",
        "The Central Statistics Office said 6,214 of them were newly built and the rest acquired or leased.",
        True,
        [("count", 6214, None, None)],
        "the Central Statistics Office",
    ),
    (
        "en",
        "Social homes are allocated by local councils from housing lists, and asylum seekers, who are housed in separate state accommodation, are not eligible to apply.",
        True,
        [],
        None,
    ),
    (
        "en",
        "People granted refugee status can apply, and they accounted for about 7% of allocations in a 2023 survey of councils.",
        True,
        [("percent", 7, "%", "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The 50,000 figure is more than five times the total number of social homes delivered, Reuters calculated.",
        True,
        [("count", 50000, None, None), ("count", 5, None, "over")],
        None,
    ),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- A Tiktok video on health premiums (Keystone-SDA), February 3 ---
    (
        "de",
        "Bern (Keystone-SDA) - In einem Tiktok-Video, das über 390'000 Mal abgespielt wurde, behauptet eine Nutzerin, die Krankenkassenprämien seien heuer im Schnitt um 30 Prozent gestiegen.",
        True,
        [("count", 390000, None, "over"), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "«Bald können sich nur noch Millionäre einen Arzt leisten», sagt die Frau am Ende des Clips.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Bundesamts für Gesundheit stieg die mittlere Prämie für das laufende Jahr um 6,1 Prozent auf 401 Franken im Monat.",
        True,
        [("percent", 6.1, "%", None), ("money", 401, "CHF", None)],
        None,
    ),
    (
        "de",
        "Am stärksten fiel der Anstieg im Kanton Tessin mit 9,4 Prozent aus, am schwächsten in Basel-Stadt mit 2,8 Prozent.",
        True,
        [("percent", 9.4, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die 30 Prozent entsprechen nach Recherchen von Keystone-SDA ungefähr dem Anstieg der mittleren Prämie über die vergangenen fünf Jahre.",
        True,
        [("percent", 30, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "BAG-Sprecherin Corinne Maillefer-Zaugg sagte, einzelne Versicherte könnten nach einem Wechsel des Modells oder der Franchise tatsächlich deutlich höhere Aufschläge zahlen.",
        True,
        [],
        "Corinne Maillefer-Zaugg",
    ),
    (
        "de",
        "Die Nutzerin sagte auf Anfrage, ihre eigene Prämie sei um 30 Prozent gestiegen, weil sie die Franchise von 2500 auf 300 Franken gesenkt habe.",
        True,
        [("percent", 30, "%", None), ("money", 2500, "CHF", None), ("money", 300, "CHF", None)],
        None,
    ),
    ("de", "Bewertung: Fehlender Kontext.", False, [], None),
    # --- A congresswoman on homicides on "Meet the Press" (AP Fact Check), February 4 ---
    (
        "en",
        "PHILADELPHIA (AP) — Rep. Carla Whitmore-Adair, D-Pa., claimed on NBC's \"Meet the Press\" on Sunday that homicides in Philadelphia fell by a third last year, \"the biggest drop in the city's history.\"",
        True,
        [("fraction", 0.3333, None, None)],
        "Carla Whitmore-Adair",
    ),
    (
        "en",
        "\"Safer streets didn't happen by accident; we invested in them,\" Whitmore-Adair said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "CLAIM: Homicides in Philadelphia fell by a third last year, the largest one-year drop on record.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 1, "year", None)],
        None,
    ),
    ("en", "AP'S ASSESSMENT: Mostly true.", False, [], None),
    (
        "en",
        "THE FACTS: Philadelphia police data show 281 homicides last year, down from 412 the year before, a decline of about 32%.",
        True,
        [("count", 281, None, None), ("count", 412, None, None), ("percent", 32, "%", "about")],
        None,
    ),
    (
        "en",
        "Nonfatal shootings fell by about 28% over the same period, to 871, according to the department.",
        True,
        [("percent", 28, "%", "about"), ("count", 871, None, None)],
        None,
    ),
    (
        "en",
        "Police records going back to 1960 show no larger one-year fall.",
        True,
        [("year", 1960, None, None), ("duration", 1, "year", None)],
        None,
    ),
    (
        "en",
        "A police department spokesperson said the count leaves out deaths ruled justifiable, which numbered 14 last year.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    # --- Electricity prices at a party conference (dpa-Faktencheck), February 5 ---
    (
        "de",
        "Erfurt (dpa) - Die BSW-Bundestagsabgeordnete Katrin Ahlemeyer-Tosun hat auf einem Landesparteitag in Erfurt behauptet, deutsche Haushalte zahlten „die höchsten Strompreise in ganz Europa“.",
        True,
        [],
        "Katrin Ahlemeyer-Tosun",
    ),
    (
        "de",
        "„Die Ampel hat uns ein Land hinterlassen, in dem Licht zum Luxus wird“, sagte Ahlemeyer-Tosun unter dem Beifall der Delegierten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Eurostat-Daten zahlten Haushalte in Deutschland im ersten Halbjahr des Vorjahres im Schnitt 38,2 Cent je Kilowattstunde einschließlich Steuern und Abgaben.",
        True,
        [("ordinal", 1, None, None), ("money", 0.382, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit lag Deutschland auf Rang drei hinter Irland mit 41,6 Cent und Dänemark mit 39,0 Cent.",
        True,
        [("ordinal", 3, None, None), ("money", 0.416, "EUR", None), ("money", 0.39, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Durchschnitt der 27 EU-Staaten kostete die Kilowattstunde 27,4 Cent.",
        True,
        [("count", 27, None, None), ("money", 0.274, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rechnet man die Preise in Kaufkraftstandards um, rutscht Deutschland auf Platz sieben.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Ihr Büro verwies auf Anfrage auf die Zahlen eines Vergleichsportals, die nur Tarife für Neukunden erfassen.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- A post on the ORF levy (APA-Faktencheck), February 9 ---
    (
        "de",
        "Wien (APA) - Ein Facebook-Beitrag, der rund 23.000 Mal geteilt wurde, behauptet, der ORF-Beitrag steige ab April auf 25 Euro im Monat.",
        True,
        [("count", 23000, None, "about"), ("money", 25, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Zwangsgebühren für Regierungspropaganda, und jetzt noch mehr“, heißt es in dem Beitrag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der ORF-Beitrag ist gesetzlich bis Ende 2026 mit 14,80 Euro im Monat festgelegt.",
        True,
        [("year", 2026, None, None), ("money", 14.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Dazu kommen in sieben Bundesländern Landesabgaben von bis zu 5,10 Euro im Monat.",
        True,
        [("count", 7, None, None), ("money", 5.1, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Wer in der Steiermark wohnt, zahlt damit am meisten, insgesamt 19,90 Euro.",
        True,
        [("money", 19.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine ORF-Sprecherin sagte der APA, eine Erhöhung sei weder beschlossen noch beantragt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 25 Euro tauchten nach APA-Recherchen erstmals in einem satirischen Video eines Kabarettisten auf, das im Dezember 2023 auf Youtube erschien.",
        True,
        [("money", 25, "EUR", None), ("year", 2023, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Council tax on "Question Time" (PA, Full Fact), February 10 ---
    (
        "en",
        "LONDON (PA) - Liberal Democrat MP Harriet Ockenden-Vale claimed on the BBC's \"Question Time\" that average council tax in England had risen by 50% since 2015.",
        True,
        [("percent", 50, "%", None), ("year", 2015, None, None)],
        "Harriet Ockenden-Vale",
    ),
    (
        "en",
        '"Councils are being forced to tax people for the privilege of having their bins emptied," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Government figures show the average Band D bill in England rose from £1,468 in 2015-16 to £2,142 this year.",
        True,
        [
            ("money", 1468, "GBP", None),
            ("year", 2015, None, None),
            ("year", 2016, None, None),
            ("money", 2142, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "That is an increase of about 46%, slightly short of the figure Ockenden-Vale gave.",
        True,
        [("percent", 46, "%", "about")],
        None,
    ),
    (
        "en",
        "Adjusted for inflation, the rise is about 9%, according to Full Fact's calculation.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "Councils in England can raise bills by up to 4.99% a year without holding a local referendum.",
        True,
        [("percent", 4.99, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Ockenden-Vale's office said she had rounded the figure up \"for television\" and stood by her point.",
        True,
        [],
        None,
    ),
    ("en", "Full Fact's verdict: Exaggerated.", False, [], None),
    # --- Sick leave in „Berlin direkt“ (dpa-Faktencheck), February 11 ---
    (
        "de",
        "Berlin (dpa) - CDU-Wirtschaftspolitiker Hubertus Engelkemper hat im ZDF-Interview „Berlin direkt“ behauptet, Beschäftigte in Deutschland seien im Schnitt 24 Tage im Jahr krankgeschrieben, so viel wie in keinem anderen Industrieland.",
        True,
        [("duration", 24, "day", None)],
        "Hubertus Engelkemper",
    ),
    (
        "de",
        "„Wir leisten uns den Luxus eines Landes, das nicht mehr zur Arbeit kommt“, sagte Engelkemper.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Statistische Bundesamt teilte mit, Beschäftigte seien im Vorjahr im Schnitt 14,6 Tage krankgemeldet gewesen, nach 14,9 Tagen im Jahr davor.",
        True,
        [("duration", 14.6, "day", None), ("duration", 14.9, "day", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Höhere Werte von bis zu 19 Tagen weisen Krankenkassen aus, die auch kurze Krankmeldungen ihrer Versicherten zählen.",
        True,
        [("duration", 19, "day", "up_to")],
        None,
    ),
    (
        "de",
        "Die 24 Tage stammen nach dpa-Recherchen aus einer Auswertung für Beschäftigte in der Altenpflege.",
        True,
        [("duration", 24, "day", None)],
        None,
    ),
    (
        "de",
        "Die Auswertung war am 3. Mai 2023 erschienen und bezog sich auf das Jahr 2022.",
        True,
        [("date", "2023-05-03", None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Im internationalen Vergleich der OECD liegt Deutschland bei den krankheitsbedingten Fehlzeiten auf Rang vier von 27 untersuchten Ländern.",
        True,
        [("ordinal", 4, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Engelkemper sagte der dpa, er bleibe bei seiner Aussage, auch wenn die Zahl für alle Beschäftigten niedriger liege.",
        True,
        [],
        "Engelkemper",
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- A fake BBC headline on the driving test fee (Reuters Fact Check), February 12 ---
    (
        "en",
        "LONDON, Feb 12 (Reuters) - A screenshot with more than 12,000 Facebook shares purports to show a BBC News headline saying the fee for a car driving test in Britain will rise to £150 from April.",
        True,
        [
            ("date", "--02-12", None, None),
            ("count", 12000, None, "over"),
            ("money", 150, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        '"Another tax on young people just trying to get to work," one user wrote beneath the screenshot.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A BBC spokesperson said the corporation had published no such headline.",
        True,
        [],
        "a BBC spokesperson",
    ),
    (
        "en",
        "The practical car test costs £64 on weekdays and £77 on evenings, weekends and bank holidays, according to the Driver and Vehicle Standards Agency.",
        True,
        [("money", 64, "GBP", None), ("money", 77, "GBP", None)],
        None,
    ),
    (
        "en",
        "The agency has not raised the fees since 2011 and has announced no plans to do so.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "The typeface in the screenshot does not match the one on the BBC's website, and the byline names a reporter the broadcaster has never employed.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The same image circulated in March 2023 with a fee of £120 instead of £150, Reuters found.",
        True,
        [("year", 2023, None, None), ("money", 120, "GBP", None), ("money", 150, "GBP", None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Fabricated.", False, [], None),
    # --- Traffic jams in the Zurich cantonal parliament (Keystone-SDA), February 16 ---
    (
        "de",
        "Zürich (Keystone-SDA) - FDP-Kantonsrätin Seraina Bühlmann-Caduff hat in der Budgetdebatte des Zürcher Kantonsrats behauptet, Pendlerinnen und Pendler stünden im Kanton Zürich «jedes Jahr über 100 Stunden im Stau».",
        True,
        [("duration", 100, "hour", "over")],
        "Seraina Bühlmann-Caduff",
    ),
    (
        "de",
        "«Die Stadt Zürich führt einen Kulturkampf gegen das Auto, und die Agglomeration bezahlt ihn», sagte Bühlmann-Caduff im Rat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Strassen summierten sich die Staustunden auf den Nationalstrassen im Kanton Zürich im Vorjahr auf 11'340 Stunden.",
        True,
        [("duration", 11340, "hour", None)],
        None,
    ),
    (
        "de",
        "Gezählt werden dabei die Stunden, in denen auf einem Abschnitt Stau herrschte, nicht die Zeit, die eine einzelne Person im Stau verbringt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Studie des Kantons von 2022 beziffert den Zeitverlust eines durchschnittlichen Autopendlers auf rund 38 Stunden im Jahr.",
        True,
        [("year", 2022, None, None), ("duration", 38, "hour", "about")],
        None,
    ),
    (
        "de",
        "Auf der Strecke zwischen Winterthur und dem Limmattal kamen Vielpendler laut derselben Studie auf bis zu 94 Stunden.",
        True,
        [("duration", 94, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Bühlmann-Caduff sagte auf Anfrage, sie habe sich auf eine Umfrage des TCS gestützt, in der Befragte ihren Zeitverlust selbst geschätzt hätten.",
        True,
        [],
        "Bühlmann-Caduff",
    ),
    ("de", "Bewertung: Übertrieben.", False, [], None),
    # --- An MEP on farm subsidies (AFP Fact Check), February 17 ---
    (
        "en",
        "BRUSSELS (AFP) - Dutch MEP Joris van Hemert-Daalmans claimed in a speech to the European Parliament that 80 percent of EU farm subsidies go to the richest 20 percent of farms.",
        True,
        [("percent", 80, "%", None), ("percent", 20, "%", None)],
        "Joris van Hemert-Daalmans",
    ),
    (
        "en",
        "Since then a 58-second clip of the speech has drawn more than 18,000 shares across Facebook and Instagram.",
        True,
        [("duration", 58, "second", None), ("count", 18000, None, "over")],
        None,
    ),
    (
        "en",
        '"Brussels is paying billionaires to farm while family farms go under," van Hemert-Daalmans told the chamber.',
        False,
        [],
        None,
    ),
    (
        "en",
        "European Commission data for the most recent year show that about 78 percent of direct payments went to about 20 percent of recipients.",
        True,
        [("percent", 78, "%", "about"), ("percent", 20, "%", "about")],
        None,
    ),
    (
        "en",
        "About 5.8 million farmers received direct payments in the most recent year, the data show.",
        True,
        [("count", 5800000, None, "about")],
        None,
    ),
    (
        "en",
        "Recipients are ranked by the size of their payment, not by income or wealth, so the top fifth are mostly large farms rather than the richest owners.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "Direct payments make up about 69 percent of the common agricultural policy's budget of 392 billion euros for 2021 to 2027.",
        True,
        [
            ("percent", 69, "%", "about"),
            ("money", 392000000000, "EUR", None),
            ("year", 2021, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Commission said the gap had narrowed slightly since new redistribution rules took effect in 2023.",
        True,
        [("year", 2023, None, None)],
        "the Commission",
    ),
    ("en", "AFP rating: Missing context.", False, [], None),
    # --- A video on asylum applications (dpa-Faktencheck), February 18 ---
    (
        "de",
        "Nürnberg (dpa) - Ein Video, das auf Tiktok und Instagram zusammen mehr als 1,4 Millionen Mal aufgerufen wurde, behauptet, Deutschland nehme „mehr Asylbewerber auf als alle anderen EU-Staaten zusammen“.",
        True,
        [("count", 1400000, None, "over")],
        None,
    ),
    (
        "de",
        "„Das wird man ja wohl noch sagen dürfen“, kommentierte ein Nutzer unter dem Clip.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Behauptung: Deutschland verzeichnet mehr Asylanträge als die übrigen 26 EU-Staaten zusammen.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Fakten: Nach Angaben des BAMF wurden in Deutschland im Vorjahr 218.436 Erstanträge gestellt.",
        True,
        [("count", 218436, None, None)],
        "das BAMF",
    ),
    (
        "de",
        "Laut der EU-Asylagentur EUAA gingen in der gesamten EU im selben Zeitraum rund 948.000 Erstanträge ein, auf Deutschland entfiel also knapp ein Viertel.",
        True,
        [("count", 948000, None, "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Spanien und Italien kamen zusammen auf knapp 290.000 Erstanträge und damit auf deutlich mehr als Deutschland.",
        True,
        [("count", 290000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der Erstanträge in Deutschland sank gegenüber dem Jahr davor um rund 28 Prozent.",
        True,
        [("percent", 28, "%", "about")],
        None,
    ),
    (
        "de",
        "Bezogen auf die Einwohnerzahl lag Deutschland mit 2,6 Erstanträgen je 1.000 Einwohner auf Rang sechs in der EU.",
        True,
        [("count", 2.6, None, None), ("count", 1000, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Urheberin des Videos sagte der dpa, sie habe sich auf das Jahr 2016 bezogen, als auf Deutschland tatsächlich rund 57 Prozent aller Anträge in der EU entfielen.",
        True,
        [("year", 2016, None, None), ("percent", 57, "%", "about")],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Posts on Social Security cuts (AP Fact Check), February 19 ---
    (
        "en",
        "NEW YORK (AP) — Posts on Facebook and Threads claim Social Security checks will be cut by 30% starting next January.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "\"They robbed the trust fund and now they're robbing you,\" one of the most shared posts says.",
        False,
        [],
        None,
    ),
    (
        "en",
        "CLAIM: Social Security benefits will be cut by 30% in January.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: No law has been passed to cut benefits, and recipients received a 2.6% cost-of-living increase this January.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "Roughly 66 million Americans get a Social Security payment every month.",
        True,
        [("count", 66000000, None, "about")],
        None,
    ),
    (
        "en",
        "The Social Security Administration said in a statement that any change to benefit levels would require an act of Congress.",
        True,
        [],
        "the Social Security Administration",
    ),
    (
        "en",
        "The program's trustees projected last year that the retirement trust fund would be depleted in 2035, after which incoming payroll taxes would cover about 78% of scheduled benefits.",
        True,
        [("year", 2035, None, None), ("percent", 78, "%", "about")],
        None,
    ),
    (
        "en",
        "That would mean a cut of about 22%, not 30%, and only if Congress does nothing for more than eight years.",
        True,
        [
            ("percent", 22, "%", "about"),
            ("percent", 30, "%", None),
            ("duration", 8, "year", "over"),
        ],
        None,
    ),
    # --- Rents in a Styrian campaign speech (APA-Faktencheck), February 23 ---
    (
        "de",
        "Graz (APA) - Der FPÖ-Landtagsabgeordnete Markus Pichlbauer-Rainer hat bei einer Parteiveranstaltung in Leoben behauptet, die Mieten in der Steiermark seien „in nur fünf Jahren um 50 Prozent“ gestiegen.",
        True,
        [("duration", 5, "year", None), ("percent", 50, "%", None)],
        "Markus Pichlbauer-Rainer",
    ),
    (
        "de",
        "Ein knapp dreiminütiges Video des Auftritts wurde auf Facebook gut 96.000 Mal angesehen.",
        True,
        [("duration", 3, "minute", "nearly"), ("count", 96000, None, "over")],
        None,
    ),
    (
        "de",
        "„Die Leute können sich das Wohnen in ihrer eigenen Heimat nicht mehr leisten“, sagte Pichlbauer-Rainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria erhöhten sich die Mieten samt Betriebskosten in der Steiermark in den vergangenen fünf Jahren im Schnitt um 27,4 Prozent auf 8,92 Euro je Quadratmeter.",
        True,
        [("duration", 5, "year", None), ("percent", 27.4, "%", None), ("money", 8.92, "EUR", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Bei Neuvermietungen fiel der Anstieg mit 33,8 Prozent höher aus, in Graz allein mit 36,1 Prozent.",
        True,
        [("percent", 33.8, "%", None), ("percent", 36.1, "%", None)],
        None,
    ),
    (
        "de",
        "Im Bundesländervergleich lag die Steiermark beim Anstieg der Mieten an fünfter Stelle.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Inflation lag im selben Zeitraum bei zusammen rund 29 Prozent, die Mieten stiegen damit real sogar leicht weniger als das allgemeine Preisniveau.",
        True,
        [("percent", 29, "%", "about")],
        None,
    ),
    (
        "de",
        "Ein Sprecher Pichlbauer-Rainers sagte auf APA-Anfrage, der Abgeordnete habe sich auf Inserate einer Immobilienplattform bezogen.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Stark übertrieben.", False, [], None),
    # --- Housing starts in question period (Reuters Fact Check), February 24 ---
    (
        "en",
        "OTTAWA, Feb 24 (Reuters) - Conservative MP Lucien Thibodeau-Marsh claimed in question period on Monday that housing starts in Canada fell to their lowest level in 15 years last year.",
        True,
        [("date", "--02-24", None, None), ("duration", 15, "year", None)],
        "Lucien Thibodeau-Marsh",
    ),
    (
        "en",
        '"This government has turned the dream of owning a home into a fantasy," Thibodeau-Marsh told the House of Commons.',
        False,
        [],
        None,
    ),
    (
        "en",
        "There were 236,400 housing starts last year, down 4% from the year before but above the 10-year average, according to Canada Mortgage and Housing Corp.",
        True,
        [("count", 236400, None, None), ("percent", 4, "%", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Starts were lower in every year from 2009 to 2019, CMHC data show.",
        True,
        [("year", 2009, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Thibodeau-Marsh's office said he had meant starts of single-detached homes, which did fall to a 15-year low, at 39,800.",
        True,
        [("duration", 15, "year", None), ("count", 39800, None, None)],
        None,
    ),
    (
        "en",
        "Statistics Canada data show single-detached starts have not been lower since 2009.",
        True,
        [("year", 2009, None, None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Missing context.", False, [], None),
    (
        "en",
        "Correction: This fact check initially put last year's drop in housing starts at 14%; the drop was 4%.",
        True,
        [("percent", 14, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    # --- Wind power in January, with a correction (dpa-Faktencheck), February 26 ---
    (
        "de",
        "Hamburg (dpa) - Ein Beitrag auf X, der gut 15.000 Mal geteilt wurde, behauptet, Windräder in Deutschland hätten im Januar „weniger als 1 Prozent“ des Stroms geliefert.",
        True,
        [("count", 15000, None, "over"), ("percent", 1, "%", "under")],
        None,
    ),
    (
        "de",
        "„Milliarden für Stahlspargel, die bei Flaute nur herumstehen“, heißt es in dem Beitrag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesnetzagentur erzeugten Windkraftanlagen an Land und auf See im Januar 16,4 Terawattstunden Strom, das waren 31,8 Prozent der Nettostromerzeugung.",
        True,
        [("count", 16.4, None, None), ("percent", 31.8, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "An einzelnen windstillen Tagen fiel der Anteil deutlich, am 19. Januar zum Beispiel auf 3,2 Prozent.",
        True,
        [("date", "--01-19", None, None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der niedrigste Wert einer einzelnen Stunde lag bei 0,8 Prozent, am frühen Morgen desselben Tages.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Beitrag gibt damit den Tiefstwert einer einzigen Stunde als Monatswert aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Berichtigung: Die erste Version dieses Faktenchecks nannte für den Windstrom im Januar einen Anteil von 13,1 Prozent; richtig sind 31,8 Prozent.",
        True,
        [("percent", 13.1, "%", None), ("percent", 31.8, "%", None)],
        None,
    ),
    ("de", "(Korrigiert wurde zudem der Name der zitierten Behörde)", False, [], None),
    ("de", "Bewertung: Falsch.", False, [], None),
]
