"""Three-hundred-and-seventy-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, posts, accounts, a novel and
figures are made up (Gerwin Hollaus, Carola Weidenbach, Jens Bodmerstein, Eckart Vollmering,
Ueli Brechbühl, Birgit Ortner-Kalb, the crime novel „Hafenlichter“; Marla Prentiss, Corinne
Labelle, Darren Kettle, Gordon Treadwell, Helena Rourke; every unnamed user, influencer,
author, commenter, organiser, photographer, meteorologist, councillor, spokesperson and
official); ministers, a state secretary, a senator, an MP, a Landtag member, a Nationalrat,
a former Innensenator and a mayoral candidate of real governments, parliaments, parties and
cities appear under made-up names that stand for no real holder, or by their role only ("Ein
Sprecher des Finanzministeriums", "Ein Ministeriumssprecher", "ein Sprecher der
Arbeiterkammer", "ein FPÖ-Gemeinderat aus Wels", "A European Commission spokesperson", "a
bureau meteorologist"). Real bodies, platforms, programmes, places and things ("dpa", "APA",
"AFP", "Keystone-SDA", "Facebook", "X", "Telegram", "Tiktok", "Instagram", "Whatsapp",
"Statistisches Bundesamt", "Destatis", "Statistik Austria", "Sozialministerium", "ORF",
„Pressestunde“, "Bundesamt für Statistik", "BFS", "Basel-Stadt", "Stadt Dresden",
"Altmarkt", "AfD", "sächsischer Landtag", "Polizeiliche Kriminalstatistik",
"Landeskriminalamt", "Leipzig", "E-Control", "Klimaschutzministerium", "Bundestag",
"Sozialgesetzbuch", "Land Tirol", "Sölden", "Ötztal", "Tourismusverband Ötztal",
"Bürgerschaft", "SVP", «Arena», "Luzern", "Staatssekretariat für Migration",
"Bundesfinanzministerium", "EU", "FPÖ", "Wels", "Bundesgesundheitsministerium",
"GKV-Spitzenverband", "Arbeiterkammer"; "Reuters", "Reuters Fact Check", "AP", "AFP", "AAP",
"AAP FactCheck", "PA", "TikTok", "YouTube", "Reddit", "the Office for National Statistics",
"the ONS", "the Bureau of Labor Statistics", "Interstate 35", "Waco", "the Texas Department
of Public Safety", "the World Health Organization", "the WHO", "the House of Commons
Hansard", "the Finance Department", "the Bank of England", "the Australian Bureau of
Statistics", "the ABS", "the Bureau of Meteorology", "West Terrace", "Oodnadatta", "Port
Augusta", "the European Union", "the European Commission", "the Federal Highway
Administration", "Ofgem", "Chicago police", "the Great Barrier Reef", "the Australian
Institute of Marine Science", "Statistics Canada", "the Department for Work and Pensions",
and the datelines' cities) stand for the way wire copy names them; every post, view count,
claim, check, figure, rating and quote here is invented, and where a real figure came to
mind (a real naturalisation total, a real migration estimate, a real social-assistance rate,
a real net EU contribution, a real health-insurance contribution, a real price cap, a real
coral cover, a real jobless rate, a real bridge count) it was changed - only background
facts the checks turn on are kept as wire copy would state them (Austria's standard VAT rate
of 20 percent since 1984, the Bank of England's four denominations, the UK state pension age
rising from 66 to 67 between 2026 and 2028 and to 68 between 2044 and 2046, the EU's rule
for new cars from 2035 adopted in 2023, Australia's 50.7C record at Oodnadatta in 1960, the
five-level avalanche danger scale).

Its weight: FACT-CHECKS AND DEBUNKS, the fourth round of fact-check copy (the twenty-ninth,
thirty-third and eighty-sixth batches weighed what arrives at a fact-check desk, and the
hundred-thirty-sixth, hundred-ninety-first and two-hundred-and-thirty-sixth were the first
three rounds of viral claims and fact-check copy; their decisions are kept) - the agencies'
own fact-check copy over one winter, early December to late February, as 30 stories in story
order with the German and English ones interleaved by date, each told as the desks write it,
their summary box spelled out line by line: the claim quoted after the desk's label
("Behauptung:", "Claim:", AP's "CLAIM:"), the rating line ("Bewertung:", "Fazit:",
"AFP-Bewertung:", "Verdict:", "AP'S ASSESSMENT:", "AFP rating:", "Reuters Fact Check
rating:", "AAP FactCheck verdict:"), the correcting fact after its label ("Fakten:", "THE
FACTS:") or without one, then the arithmetic, the origin of the claimed figure, where an
image or a clip comes from and what it shows, the denial of the person misquoted, the other
side's account, the platform's step, quotes, and two corrections. Half German
(dpa-Faktencheck, APA-Faktencheck, AFP's German service, Keystone-SDA; Austrian "Jänner",
"Pensionen", "Sharepic", "Gemeinderat", Swiss "innert", "Grösse", "gross", "310'000",
"71'400", «» quotes, German „“ quotes): naturalisations, a fake quote of a finance minister
on pensions, a doctored crowd photo in Dresden, social assistance in Basel, electricity
imports from France, rents in Vienna, a fake quote of a health minister on hip replacements,
a doctored diesel price board, burglaries in Saxony, an AI avalanche in Sölden, a quote
misattributed to a former Hamburg interior senator, population growth in the «Arena»,
Germany's net EU contribution, a cut clip of a parliamentary speech and a chain message on
health-insurance contributions with the desk's correction. Half English (Reuters Fact Check,
AP Fact Check, AFP Fact Check, AAP FactCheck, PA): UK net migration, a senator on grocery
prices, a flight-simulator clip passed off as a highway landing in Texas, a diabetes
forecast pinned on the WHO, a fake quote of Canada's finance minister, a £75 banknote, an MP
on Australia's population, a street thermometer in Adelaide, EU fines for petrol cars, U.S.
bridges, a fake front page on energy bills, a mayoral candidate on homicides in Chicago, a
misattributed warning on the reef, an altered jobless graphic and the state pension age.
Figures as such copy has them: the claimed figure set against the official one from
statistics offices and agencies (Statistisches Bundesamt, Destatis, Statistik Austria,
Bundesamt für Statistik, BFS, the Office for National Statistics, the Bureau of Labor
Statistics, the Australian Bureau of Statistics, Statistics Canada, the Bureau of
Meteorology), reach and followers, the arithmetic („um knapp 63 Prozent, nicht einer
Verzehnfachung“, "about £35, not £1,000"), shares in words („jede vierte Person“, „gut jede
sechzehnte“, „fast die Hälfte“, „zu weniger als einem Drittel“, "one in three", "More than a
third"), multiples („doppelt so viele“, "more than four times"), ages and pension ages, clip
lengths and cuts, temperatures, money in euros, cents, francs, pounds, pence and U.S.,
Canadian and Australian dollars, ordinals, years and dates. Negatives as such copy has them,
about a quarter of the rows and none with a figure: the rating lines of the desks (one in
every story), a teaser question and a teaser headline, the posts' and videos' own rhetoric,
politicians' rhetoric in quotes, a label, commenters, a process line and an update note,
each near a check-worthy look-alike from the same story.

243 rows (122 German, 121 English), 55 negatives (27 German, 28 English), 188 check-worthy
rows of which 31 carry no figure (19 German, 12 English), 266 expected quantities (78
counts, 49 percentages - all in "%" -, 39 years, 36 amounts of money - 17 EUR, 14 GBP, 2
USD, 1 each AUD, CAD, CHF -, 29 durations - 18 in years, 4 in months, 4 in seconds, 2 in
minutes, 1 in days -, 19 dates - 2 with a year, 17 without -, 10 fractions, 6 ordinals; none
of them in a negative), 35 checked speakers (20 German, 15 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-sixth,
  hundred-ninety-first, two-hundred-and-thirty-sixth); a quoted or reported statement of
  fact, figure, step or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth). Pairs from one speaker: Prentiss's 50% in two years beside "Families
  in my state know ...", Kettle's million and his later account beside "Every suburb is
  feeling it ...", Bodmerstein's claim and his account beside „Die Menschen haben Angst
  ...“, Brechbühl's claim and his source beside «Die Schweiz verliert ihr Gesicht»,
  Treadwell's "doubled" beside "People don't feel safe ...", Ortner-Kalb's recorded sentence
  with its 25 percent beside „Hier wird mit Fälschungen gezielt Politik gemacht“.
- The three parts of a check - the question this batch was asked to settle. (a) THE QUOTED
  FALSE CLAIM is check-worthy with its figures: that the desk found it false is the result
  of checking it, not a sign that it cannot be checked (twenty-ninth, hundred-thirty-sixth:
  the reported claim of a post is check-worthy in Konjunktiv I as in the indicative, with or
  without a figure, the speaker unchecked, and a politician's claim gives the politician;
  two-hundred-and-thirty-sixth: a figure inside the quoted claim counts). New: the labels of
  the desks' summary boxes - „Behauptung:“, "Claim:" and AP's "CLAIM:" - carry nothing, and
  the line is judged on the claim after them, as a desk slug carries nothing
  (three-hundred-and-fifty-sixth and the headline rounds before it): „Behauptung: Die Zahl
  der Einbürgerungen hat sich binnen fünf Jahren verzehnfacht.“ 5 years („verzehnfacht“ a
  verb, none; nineteenth), "Claim: Net migration to Britain hit 1.8 million last year."
  1,800,000, "CLAIM: Grocery prices have climbed 50% since January 2025." 50 and 2025, and
  without a figure "CLAIM: Video shows a jet landing on a Texas interstate ...", "CLAIM:
  Chicago's homicide count doubled ..." and „Behauptung: Die Schweiz wächst jedes Jahr um so
  viele Menschen, wie in Luzern leben.“. The speaker of a claim line is never checked, and a
  person named inside it is part of what is claimed, not who says the row („Behauptung:
  Hollaus habe ... angekündigt.“, „Behauptung: Weidenbach hat im Bundestag gesagt, ...“,
  „Behauptung: Vollmering habe den Satz 1994 ... gesagt.“, "Claim: Labelle announced in
  Parliament ...", "Claim: A leading reef scientist said ..."; hundred-thirty-sixth: the
  person a sharepic quotes is not the row's speaker). (b) THE VERDICT LABEL is a negative
  whatever its rating word, also where it confirms the claim (twenty-ninth,
  hundred-thirty-sixth, hundred-ninety-first, two-hundred-and-thirty-sixth): „Bewertung:
  Falsch.“ (five stories), „Fazit: Falsch.“, „Bewertung: Manipuliert.“, „Bewertung: Stark
  übertrieben.“, „Bewertung: Falsch zugeschrieben.“, "Verdict: False." (twice), "AP'S
  ASSESSMENT: False." (twice; hundred-ninety-first: "AP's assessment: Miscaptioned."), "AFP
  rating: False.", "AFP rating: Misleading.", "AAP FactCheck verdict: False.", "Reuters Fact
  Check rating: Missing context.", "Reuters Fact Check rating: Digitally altered.". New: the
  rating words not met before are verdicts as these are - „Bewertung: Erfundenes Zitat.“ (as
  "Verdict: Fabricated quote."), „Fazit: Stark überzeichnet.“ (as „Stark übertrieben“),
  „AFP-Bewertung: Manipuliertes Foto.“ (as „Reuters-Bewertung: Falscher Kontext.“), „Fazit:
  KI-generiert.“ (as „Bewertung: KI-generiert.“), „Bewertung: Aus dem Zusammenhang
  gerissen.“ (as "AFP rating: Out of context."), "AP'S ASSESSMENT: Fabricated.", "Reuters
  Fact Check rating: Misattributed.", "AAP FactCheck verdict: Misattributed.", "AFP rating:
  Altered image.", "Verdict: Altered graphic." (as "Rating: Altered video.") and "Verdict:
  Incorrect."; the confirming „Fazit: Weitgehend zutreffend.“ is a verdict as „Bewertung:
  Richtig.“ (two-hundred-and-thirty-sixth), the BFS figures before it carrying what can be
  checked. A rating word followed by a colon and a checkable statement stays check-worthy
  with its figure ("Missing context: the 38% figure counts bridges rated "fair," ..." 38;
  hundred-thirty-sixth: "Missing context: the 34% figure covers only Ontario ..."). New: a
  verdict sentence that restates the claim with its figure is check-worthy with that figure
  - „Die Behauptung, Deutschland zahle netto 52 Milliarden Euro an die EU, ist falsch.“
  52,000,000,000 EUR and "The claim that Australia added more than a million residents last
  year is false." 1,000,000 "over" - because it asserts a checkable negation, as "There is
  no government cost-of-living payment of £350 this year." (hundred-ninety-first) does; "Die
  Behauptung ist falsch." (thirty-third, eighty-sixth, two-hundred-and-thirty-sixth) names
  nothing to check and stays a negative, and, as the brief for these batches asks, no
  negative carries a figure. (c) THE CORRECTING FACT is check-worthy with its own figures
  and its own attribution (twenty-ninth, hundred-thirty-sixth, hundred-ninety-first,
  two-hundred-and-thirty-sixth). New: „Fakten:“ and AP's "THE FACTS:" are box labels as
  „Behauptung:“ is and carry nothing, the speaker coming from the sentence after them:
  „Fakten: Im vergangenen Jahr erhielten nach Angaben des Statistischen Bundesamts rund
  214.300 Menschen ...“ -> "das Statistische Bundesamt", „Fakten: Laut Bundesamt für
  Statistik ...“ -> "Bundesamt für Statistik", „Fakten: Die ständige Wohnbevölkerung wuchs
  ... laut BFS ...“ -> "BFS", „Fakten: Nach Angaben des Bundesfinanzministeriums ...“ ->
  "das Bundesfinanzministerium", while „Fakten: Die Polizei zählte ...“ and „Fakten: Den
  durchschnittlichen Zusatzbeitrag ... hat das Bundesgesundheitsministerium ... festgelegt.“
  (no verb of saying, hundred-thirty-sixth: "Die Polizei zählte"), "THE FACTS: ...,
  according to data released Wednesday by the Bureau of Labor Statistics." (data) and "THE
  FACTS: Chicago police recorded ..." stay unchecked. The claimed and the official figure
  each keep their own label wherever they stand (hundred-thirty-sixth: a doctored figure and
  the original each keep their own label): "1.8 million" beside "387,000", „jede vierte“
  beside „6,4 Prozent“ and „gut jede sechzehnte Person ..., nicht jede vierte“ both, "56C"
  beside "43.1C", "50%" beside "4.6%", „2,89 Euro“ beside „1,62 Euro“ and the original's
  „2,09 Euro“. The arithmetic that sets them against each other is check-worthy („Das
  entspricht einem Anstieg um knapp 63 Prozent, nicht einer Verzehnfachung.“ 63 "nearly",
  „Das ist ein Plus von knapp 12 Prozent.“, "That is an increase of about £35, not £1,000."
  both), and so is the origin of the claimed figure („Die Zahl 600.000 stammt nach
  dpa-Recherchen aus ...“ 600,000 - hundred-ninety-first: "die Zahl 40" is the count it
  names -, "The 1.8 million figure appears to come from ...", "The "one in three" figure
  appears to come from ...", "The 5,000-euro figure appears to come from a 2019 proposal
  ...", „Die 52 Milliarden Euro entsprechen ungefähr dem Bruttobeitrag ...“ - „ungefähr“
  before the article bounds no figure, as "well below" before a target,
  three-hundred-and-twenty-fourth).
- Headlines and teasers of checks. New: the slugs „Faktencheck:“ and "Fact Check:" carry
  nothing, as „Eil +++“ and "UPDATE 1-" (three-hundred-and-fifty-sixth), and „Nein,“ opening
  a headline carries nothing either: the negated claim with its figure is a denial of record
  and check-worthy („Faktencheck: Nein, Deutschland hat im vergangenen Jahr nicht 600.000
  Menschen eingebürgert“ 600,000; "Fact Check: Image of £75 banknote is not a Bank of
  England design" 75 GBP; hundred-ninety-first: "There is no ... payment of £350"). The
  teaser question „Faktencheck: Was ist dran an dem Bild vom Altmarkt?“ and the teaser
  „Lawine in Sölden? Was hinter dem Bild steckt“ are negatives
  (three-hundred-and-fifty-sixth: teasers and teaser questions).
- Misattributed and fabricated quotes (hundred-thirty-sixth, hundred-ninety-first,
  two-hundred-and-thirty-sixth): the quote a post attributes is check-worthy with the
  speaker unchecked and its figures counted („... legt Finanzminister Gerwin Hollaus den
  Satz in den Mund: „Die Pensionen werden ab 2027 um drei Prozent gekürzt, ...““ 2027 - „ab“
  no hedge - and 3 percent; „... das Zitat zu: „In zehn Jahren wird ...““ 10 years; "A quote
  attributed to Canadian Finance Minister Corinne Labelle, saying ... a 30% surtax from
  2027, ..." with its reach; "A quote attributed to reef scientist Helena Rourke, saying
  "... by 2030," ..."; „Darin heißt es, Patienten über 75 Jahre ...“ 75 years "over" -
  hundred-ninety-first: what the fake says after „Darin heißt es“ -; and without a figure
  „Ein Zitat, das ... Weidenbach zugeschrieben wird, kursiert ...“); so is what the fake
  shows beside the quote ("The post shows Labelle beside a chart claiming the surtax would
  raise C$4.2 billion a year."). The denial of the person or the office is check-worthy
  ("Vollmering sagte der dpa, ..." -> "Vollmering", "Rourke told AAP FactCheck ..." ->
  "Rourke", the audience dropped - two-hundred-and-thirty-sixth: "Raubold sagte der dpa";
  „Ein Sprecher des Finanzministeriums sagte der APA, ...“, „Ein Ministeriumssprecher sagte
  der dpa, ...“ and "Labelle's office said ..." unchecked, roles and a possessive heading
  the source, eighty-third, hundred-ninety-first). That a quote is missing from named
  records is a fact about those records and check-worthy (hundred-thirty-sixth): „In der
  Abschrift der 55 Minuten langen Sendung vom 16. November kommt der Satz nicht vor.“ 55
  minutes and --11-16 (as „Das knapp 40 Sekunden lange Video“,
  two-hundred-and-thirty-sixth), „Im Plenarprotokoll der Sitzung vom 4. Dezember ...“
  --12-04, „In den Protokollen der 41 Bürgerschaftssitzungen des Jahres 1994 ...“ 41 and
  1994, "A search of the House of Commons Hansard for the past 18 months returns no such
  statement by Labelle." 18 months. The true origin is provenance and check-worthy: the
  crime novel „erschienen 1998“, "a satirical website on Dec. 29", "a 2021 blog post that
  cited no source", „seit 2019 in wechselnden Versionen, zuletzt mit einem Foto ... aus dem
  Jahr 2001“. New: a politician's sentence as the full recording has it, quoted after a
  present-tense „sagt“ („In der vollständigen Rede, die in der Mediathek des Parlaments
  abrufbar ist, sagt Ortner-Kalb: „Eine Anhebung der Mehrwertsteuer auf 25 Prozent wird es
  mit dieser Regierung nicht geben.““) is check-worthy with its 25 percent and the speaker
  unchecked - the row tells what a record contains, and the present "say" stays unchecked
  (three-hundred-and-fifty-sixth: "Forecasters say").
- Doctored images and clips: provenance and observation are check-worthy
  (hundred-thirty-sixth, hundred-ninety-first, two-hundred-and-thirty-sixth) - the original
  and its publisher and date („Das Originalbild veröffentlichte die Stadt Dresden ...;
  darauf ist der Platz zu weniger als einem Drittel gefüllt.“ 0.3333 "under", „Eine
  Bilder-Rückwärtssuche führt zum Originalfoto, das eine Regionalzeitung im Juli 2022
  veröffentlicht hatte; darauf steht ein Preis von 2,09 Euro.“, "first posted to YouTube on
  Aug. 3, 2019" 2019-08-03, "a design-competition entry posted ... in October 2023", "taken
  in January 2019 ..., its photographer told AFP", "The original broadcast ... showed 6.9%",
  "The newspaper's real front page that day led with rail fares ..."), what the fake visibly
  shows („Derselbe Mann mit roter Mütze taucht an vier Stellen im Bild auf.“ 4, „Das Hotel
  im Bild hat sieben Stockwerke, das höchste Gebäude an dieser Stelle hat nur vier.“ 7 and 4
  - „nur“ no hedge -, „eine Ziffer der Preisangabe“ none - an article, as „an einer
  Messstelle“, two-hundred-and-seventy-sixth -, "a cover price of £2.50, 30 pence less than
  the paper charged" 2.5 and 0.3 GBP - pence as hundredths of a pound,
  three-hundred-and-fifty-sixth; "less" after the figure compares -, "misspells the word
  "unemployment""), detection findings („Zwei Forensik-Programme zeigen ...“ 2, „Zwei
  Erkennungsprogramme stufen das Bild mit einer Wahrscheinlichkeit von 97 und 99 Prozent als
  KI-erzeugt ein.“ 2, 97 and 99 - the unit written once serving the earlier figure,
  three-hundred-and-thirty-third -; hundred-ninety-first: "mit einer Wahrscheinlichkeit von
  96 Prozent") and cuts ("trimmed from 3 minutes 40 seconds to 58 seconds" 3 minutes, 40 and
  58 seconds - each unit, three-hundred-and-fifty-sixth: "three hours and 12 minutes" -; "a
  simulator watermark is visible ... for the first 12 seconds" ordinal 1 and 12 seconds -
  hundred-ninety-first: "the first 20 seconds" -; „Im Clip fehlen die ersten drei und die
  letzten fünf Wörter dieses Satzes.“ ordinal 1 and counts 3 and 5 -
  three-hundred-and-twenty-fourth: „für die ersten drei Quartale“ ordinal 1 and count 3 -,
  „die letzten“ none). Acts of platforms and sharers are check-worthy (hundred-thirty-sixth,
  hundred-ninety-first): „bevor Instagram es mit einem Hinweis auf falsche Informationen
  versah“ (the words of the label inside the act make it no verdict), „Geteilt hatte den
  Clip unter anderem ein FPÖ-Gemeinderat aus Wels, der ihn ... löschte.“, "an account
  created in January that has since been suspended". What a chain message asks of its
  readers is its content (two-hundred-and-thirty-sixth): „Die Kettennachricht endet mit der
  Aufforderung, sie an alle Kontakte weiterzuleiten.“ without a figure („alle“ none).
- Denials, the other side and records without a figure stay check-worthy
  (hundred-thirty-sixth, hundred-ninety-first, two-hundred-and-thirty-sixth): "The Texas
  Department of Public Safety said no aircraft had landed on a highway ..." -> "the Texas
  Department of Public Safety", „Nach Angaben des Landes Tirol ging am Wochenende im
  gesamten Ötztal keine Lawine auf bewohntes Gebiet ab.“ -> "das Land Tirol" (the
  nominative, hundred-seventieth), „Der Tourismusverband Ötztal teilte mit, ...“ -> "der
  Tourismusverband Ötztal", "A poor rating means a bridge needs repair, ..., the agency
  said." -> "the agency" (hundred-ninety-first), „Eine Altersgrenze für Hüftoperationen
  sieht das Sozialgesetzbuch nicht vor.“ (what the law holds, hundred-thirty-sixth), "A
  European Commission spokesperson said there was no plan to fine drivers.", "The federal
  budget tabled in November contains no surtax ...", and the accounts of the claimants and
  authors („Bodmerstein sagte der dpa, er habe sich auf einzelne Leipziger Stadtteile
  bezogen.“ -> "Bodmerstein", „Brechbühl sagte auf Anfrage, ...“ -> "Brechbühl", "Kettle
  later said ..." -> "Kettle", "A spokesperson for Prentiss said ...", "Treadwell's campaign
  said he had meant killings in the city's 11th police district, where they rose from 19 to
  37." ordinal 11, 19 and 37, „Der Verfasser des Videos sagte auf Anfrage, ...“, „Der
  Influencer erklärte gegenüber der dpa, ...“, „Die Verfasserin des Videos räumte auf
  APA-Anfrage ein, ...“ - an admission, hundred-thirty-sixth).
- Figures of the statistics offices and of the posts, as every batch reads them. Counts:
  reach („mehr als 18.000 Mal“, „gut 26.000 Mal“, „über 310'000 Mal“ - the Swiss apostrophe,
  tenth, and „innert einer Woche“ none, hundred-thirty-sixth -, „rund 470.000 Mal“, „mehr
  als 2,1 Millionen Mal“, „gut 390.000 Mal“, "more than 9 million times", "3.4 million
  times", "more than 14,000 times", "more than 20,000 times", "about 1.4 million views",
  "more than 6,200 shares", "2.7 million times", "more than 1.2 million times across 40
  posts"), followers ("about 240,000", "about 95,000", "about 410,000"), people and cases
  („600.000“ in the headline, the post and the origin row, „rund 214.300 ..., ... 131.600“,
  „rund 8.500 ..., ... 12.000“ - „in der Spitze“ no hedge, and „sprach von“ with a figure a
  claim, hundred-ninety-first -, „rund 118.000“, „47 Menschen“, „71'400“, „68'900“, „2'500“,
  „83'600“, „4.912 ..., nach 4.388“, "387,000 ..., against 604,000", "463,800", "326,100",
  "about 21.3 million", "447 homicides ..., down from 545", "more than a million" inside the
  MP's quote and twice more 1,000,000 "over"), items and places („41
  Bürgerschaftssitzungen“, "211 basic items across 75 urban areas", "roughly 623,000
  bridges", "124 reefs", "four denominations"), temperatures as physical measures (fourth,
  two-hundred-and-thirty-sixth: "34.8C"): "56C" twice, "43.1C", "50.7C", "10 to 15 degrees"
  ("to" in a range no hedge); a rate base („je 100.000 Einwohner“ 100,000 and „je“ none;
  two-hundred-and-thirty-sixth: "per 100,000 vehicles"); a danger level and its scale („bei
  3 auf der fünfstufigen Skala“ 3 and 5, as the hundred-thirty-first batch's
  „Lawinenwarnstufe 3 auf der fünfstufigen Skala“); multiples („doppelt so viele ... wie“ 2,
  "more than four times the official estimate" 4 "over"; two-hundred-and-forty-fourth,
  two-hundred-and-seventy-sixth: "more than double the 35 days"); "twice a year" 2
  (eighty-third); „in fünf der zwölf Monate“ count 5 and 12 months
  (two-hundred-and-seventy-sixth: "in three of the past five years"). None: „verzehnfacht“,
  „Verzehnfachung“, „verdoppelt“, "doubled" (verbs and their nouns, nineteenth), "Interstate
  35" (a road identifier, hundred-forty-eighth: "Interstate 70"), "CO2", "both engines",
  „mehrfach“, „mehrere“, „Derselbe Mann“, „alle Kontakte“, „keine Lawine“, "no such
  statement".
- Percentages, all in "%", and fractions (the issue: "4,7 Prozent", "jeder vierte", "ein
  Drittel"): „um knapp 63 Prozent“, „knapp 43 Prozent“ and „knapp 12 Prozent“ "nearly"; „um
  weniger als 20 Prozent“ "under" (two-hundred-and-thirty-sixth: „weniger als sechs
  Minuten“); "above 12%" "over" (three-hundred-and-fifty-sixth: "above $4,800"); "about
  13%", "about 38%", "about 18%", "about 95%" "about"; „zuletzt bei 6,4 Prozent“, „derzeit
  bei 4,4 Prozent“, „im Schnitt 5 Prozent“ and „durchschnittlich 5 Prozent“ no hedge;
  "7.4%", "31% ..., down from 36%", "6.9%" twice, "12.4%" twice, "38%" and "the 38% figure",
  "by 2.1%", "4.6%", "1.7%", "30%" twice, "50%" twice, „um 27,4 Prozent“, „11,2 Prozent ...,
  ... 2,4 Prozent“, „mit einer Wahrscheinlichkeit von 97 und 99 Prozent“, „auf 25 Prozent“
  twice, „bei 20 Prozent“, „um 2,9 Prozent, ... um 3,4 Prozent“, „um drei Prozent“ twice,
  „80 Prozent“ twice, „40 Prozent“, „3,1 Prozent“ twice, „0,8 Prozent“, „4,8 Prozent,
  richtig sind 4,4 Prozent“. Fractions: „jede vierte Person“, „Jeder vierte Einwohner“ and
  „nicht jede vierte“ 0.25; „zu weniger als einem Drittel“ 0.3333 "under" (the dative;
  two-hundred-and-fourth: „weniger als ein Viertel“ "under"); „fast die Hälfte“ 0.5
  "nearly"; "one in three" twice and "a third of all adults" 0.3333; "More than a third"
  0.3333 "over". New: „gut jede sechzehnte Person“ is 0.0625 "over" - „jede N-te“ is 1/N as
  „jeder vierte“ (the issue) and „Rund jeder achte Haushalt“ 0.125
  (two-hundred-and-thirty-sixth), and „gut“ bounds it as „gut jeder fünfte“ "over"
  (forty-first).
- Ages, pension ages and durations (the issue: "fünfstündigen Treffen", "a two-week visit").
  Ages are durations in years: „Patienten über 75 Jahre“ and „wer älter als 75 Jahre sei“ 75
  "over" (tenth: „älter als 65 Jahre“), „im Alter von 75 Jahren und mehr“ 75 "at_least"
  (hundred-thirty-second: „im Alter von 80 Jahren und mehr“). New: a state pension age is an
  age and a duration in years - "rise to 71" (four rows: the post, the claim line, the DWP's
  denial and the think-tank paper's "a pension age of 71"), "to 67 ..., from 66 today", "a
  further rise to 68" - as "once they turn 70" 70 (hundred-ninety-first; a bare number for a
  person's age, hundred-seventy-sixth), with no hedge ("to", "from" and "a further" none).
  Spans: „binnen fünf Jahren“, „fünf Jahre zuvor“ (an earlier batch: „fast doppelt so viele
  wie fünf Jahre zuvor“), „in den vergangenen fünf Jahren“, "in just two years" ("just" no
  hedge), "in the two years to November", "two years earlier", "within five years" ("within"
  no hedge), "for the 12 months ending in June" and "in the 12 months to June 30" 12 months
  (the latter with --06-30, three-hundred-and-fifty-sixth: "the six months to June 30"),
  "for the past 18 months", „binnen drei Tagen“, „In zehn Jahren“ inside the quote, „55
  Minuten langen“, „Der 14 Sekunden lange Clip“. New: „in der ersten Jännerwoche“ is ordinal
  1 and no duration - a week named without a figure gives none, as „in der ersten Stunde des
  neuen Jahres“ (two-hundred-and-seventy-sixth). None: „binnen eines Jahres“ and „innert
  einer Woche“ (an article, hundred-thirty-sixth), „im vergangenen Jahr“, „im Jahr davor“,
  „seit Jahresbeginn“, „seit Tagen“, „seit Sonntag“, „am Wochenende“, „Ende des Jahres“,
  „für das laufende Jahr“, „jährlich“, „im Jahr“, "last year", "a year earlier", "the year
  before", "in the year to June", "in the past year", "over the past year", "over that
  period", "over the same period", "a year", "annual", "this year", "last month", "this
  week", "for decades" in a negative, clock times ("at 4:12 p.m."), months and weekdays.
- Ordinals (the issue's „die drittgrößte Stadt“, "the 12th round"): „der viertgrößte
  Lieferant“ 4 („erst“ no hedge), „auf Platz sieben“ 7 (two-hundred-and-forty-fourth: „auf
  Platz eins“), „in der ersten Jännerwoche“ 1, "for the first 12 seconds" 1, „die ersten
  drei“ 1, "the city's 11th police district" 11. None: „so viele wie nie zuvor“, "its
  hottest day ever", "an all-time Australian record", "The most widely shared post", "The
  most shared post", "Australia's highest recorded temperature", „der höchste
  Zusatzbeitrag“, „das höchste Gebäude“, „die letzten“, "first appeared", "first posted"
  (hundred-thirty-sixth: "first published" gives only its date).
- Money in the currency written (every batch): EUR („2,89 Euro pro Liter“ - „pro Liter“ none
  -, „fast drei Euro“ 3 "nearly", „1,62 Euro“, „2,09 Euro“, „rund 13 Cent“ 0.13 "about" -
  Cent as hundredths of a euro, hundred-thirty-eighth -, „unter 2.450 Euro brutto“ 2,450
  "under" - „unter“ right before the figure, three-hundredth -, „von 8,90 auf 11,34 Euro pro
  Quadratmeter“ both, the currency written once, „52 Milliarden Euro“ four times, „16,8
  Milliarden Euro“, „rund 200 Euro im Jahr“, "5,000 euros" twice and "The 5,000-euro figure"
  - the figure heading a compound, three-hundred-and-fifty-sixth: "a 52-yard field goal"),
  GBP ("£75" three times, "£5, £10, £20 and £50", "£1,000" three times, "£1,712 a year",
  "about £35", "£2.50", "30 pence"), USD ("$4.12 ..., against $2.98"), CHF („rund 2,7
  Milliarden Franken“), CAD ("C$4.2 billion a year"), AUD ("A$3.5 billion").
- Years and dates: Reuters and AAP datelines with a day are dates without a year ("LONDON,
  Dec 2" --12-02, "OTTAWA, Jan 8" --01-08, "SYDNEY, Jan 14 (AAP)" --01-14, "BRUSSELS, Jan
  21" --01-21, "WASHINGTON, Feb 3" --02-03, "LONDON, Feb 10" --02-10, "BRISBANE, Feb 17
  (AAP)" --02-17, "TORONTO, Feb 20" --02-20; two-hundred-and-thirty-sixth); dpa, APA, AFP
  (German and English), Keystone-SDA, AP and PA datelines none (seventy-ninth). Full dates:
  „mit 1. Jänner 2027“ 2027-01-01 (hundred-ninety-first: „mit 1. Jänner“), "on Aug. 3, 2019"
  2019-08-03; without a year: „vom 16. November“, „vom 4. Dezember“, „zum 1. März“, "on Dec.
  29", "since Jan 12", "on Jan 18", "from April 1", "on Feb 14", "to June 30". Years: „ab
  2027“, "from 2027", "from March 2027", "from 2030" three times, "in 2030", "from 2035",
  "by 2030" three times ("ab", "from", "by" before a year no hedge), "since January 2025",
  „im Juli 2022“, "in October 2023", "in January 2019", „zwischen 2020 und 2025“, "between
  2026 and 2028", "between 2044 and 2046", "born after 2000" (the year with no qualifier, as
  "registered before 2011", two-hundred-and-seventy-sixth), "a 2019 proposal", "a 2021 blog
  post", "A 2023 think-tank paper" (a year before a noun dates it, two-hundred-and-fourth),
  „Seit dem Atomausstieg 2023“ (a year after an event's name dates it,
  two-hundred-and-forty-fourth), „seit 1984“, "in 1960", "in 2020", "in 2023", "in 2024",
  „1994“ twice, „1998“, „seit 2019“, „aus dem Jahr 2001“, „2025 ... wie 2024“ in the claim
  and „2025“ in the statistics row.
- Hedges, only the names in use: „rund“, "about", "roughly" "about"; „knapp“, „fast“
  "nearly"; „mehr als“, „gut“, „über“ before a count or an age, „älter als“, "more than",
  "More than", "above" "over"; „weniger als“, „unter“ right before the figure "under"; „im
  Alter von ... und mehr“ "at_least". No hedge: „insgesamt“, „zuletzt“, „derzeit“, „erst“,
  „nur“, „im Schnitt“, „durchschnittlich“, „in der Spitze“, „ab“, „ungefähr“ before an
  article, "just", "against", "down from", "from ... to", "to" in a range, "within", "a
  further", "by" before a year, and "less" and "higher" after a figure.
- Speakers, checked only in forms the earlier batches settled: „Fakten: ... nach Angaben des
  Statistischen Bundesamts ...“, „Fakten: Nach Angaben des Statistischen Bundesamts ...“ and
  „Nach Angaben des Statistischen Bundesamts ...“ -> "das Statistische Bundesamt", „Fakten:
  Nach Angaben des Bundesfinanzministeriums ...“ -> "das Bundesfinanzministerium" and „Nach
  Angaben des Landes Tirol“ -> "das Land Tirol" (the nominative, hundred-sixtieth,
  hundred-seventieth); „Laut Sozialministerium“, „Laut Bundesamt für Statistik“, „Laut
  Statistik Austria“, „Laut Destatis“, „Laut E-Control“, „laut Klimaschutzministerium“,
  „laut GKV-Spitzenverband“ and „laut BFS“ as written (two-hundred-and-thirty-sixth: „laut
  Sozialministerium“, „Laut Statistik Austria“; three-hundred-and-twenty-fourth: „laut
  OeNB“); „Das Landeskriminalamt teilte mit, ...“ -> "das Landeskriminalamt" and „Der
  Tourismusverband Ötztal teilte mit, ...“ -> "der Tourismusverband Ötztal" opening the row
  (hundred-ninety-first: „Das Verteidigungsministerium teilte mit“); the politicians' claims
  with title, party and occasion dropped („Der AfD-Landtagsabgeordnete Jens Bodmerstein hat
  im sächsischen Landtag behauptet, ...“ -> "Jens Bodmerstein", „SVP-Nationalrat Ueli
  Brechbühl hat in der «Arena» behauptet, ...“ -> "Ueli Brechbühl"; hundred-thirty-sixth:
  „SP-Nationalrätin Andrea Mettler hat in der «Arena» behauptet“), and „Bodmerstein sagte
  der dpa, ...“, „Vollmering sagte der dpa, ...“, „Brechbühl sagte auf Anfrage, ...“ the
  surname (the audience dropped, two-hundred-and-thirty-sixth). English: "Sen. Marla
  Prentiss claimed in a television interview ..." -> "Marla Prentiss", "Federal MP Darren
  Kettle claimed in a radio interview ..." -> "Darren Kettle" and "Mayoral candidate Gordon
  Treadwell claimed during a televised debate ..." -> "Gordon Treadwell"
  (hundred-thirty-sixth: "Sen. Dwight Ambrose claimed"; two-hundred-and-thirty-sixth:
  "Republican gubernatorial candidate Curtis Dunthorne claimed"); "Kettle later said" ->
  "Kettle" and "Rourke told AAP FactCheck" -> "Rourke" (two-hundred-and-thirty-sixth:
  "Sellwood later said"; three-hundred-and-fifty-sixth: "Asante-Boateng told reporters");
  "The Bank of England said", "The Texas Department of Public Safety said", "The WHO said",
  "The Australian Bureau of Statistics said", "The Bureau of Meteorology said", "The
  Australian Institute of Marine Science said" and "The Department for Work and Pensions
  said" opening the row with the article in lower case (hundred-ninety-first: "The Bank of
  England said"), "Ofgem said" and "Statistics Canada said" as written
  (three-hundred-and-fifty-sixth), "..., the agency said." -> "the agency"
  (hundred-ninety-first). Left unchecked (None): all negatives, also those with a named
  speaker; the claim lines and the posts, videos, sharepics and chain messages and their
  authors („behauptet ein Influencer“, „Der Verfasser des Videos sagte auf Anfrage“, „Der
  Influencer erklärte gegenüber der dpa“ - no verb of saying settled -, „Die Verfasserin des
  Videos räumte ... ein“); roles without a name („Ein Sprecher des Finanzministeriums sagte
  der APA“, „Ein Ministeriumssprecher sagte der dpa“, „sagte ein Sprecher der
  Arbeiterkammer“, "A spokesperson for Prentiss said", "A European Commission spokesperson
  said", "a bureau meteorologist told AFP", "its photographer told AFP"); possessives
  heading the source ("Labelle's office said", "Treadwell's campaign said"; eighty-third);
  „sagt Ortner-Kalb“ in the present (a record, above); estimating and acting verbs ("The
  Office for National Statistics estimated", „Die Polizei zählte“, „registrierte die
  Polizei“, „hat das Bundesgesundheitsministerium ... festgelegt“, "Chicago police
  recorded"; hundred-thirty-sixth, two-hundred-and-forty-fourth); data, documents and the
  desks' findings („Laut der jüngsten Polizeilichen Kriminalstatistik“ - the article after
  „Laut“, two-hundred-and-thirty-sixth -, „nach dpa-Recherchen“, „laut
  Keystone-SDA-Recherche“, „wie eine Suche im Parlamentsarchiv ergab“, "according to data
  released Wednesday by the Bureau of Labor Statistics", "the bureau's figures show",
  "Police data show", "according to its website", "according to a Reuters count", "YouTube's
  public counter shows"); and, to keep the checked speakers near 35 as the three-hundredth
  and three-hundred-and-twenty-fourth batches did, the "according to" forms this batch could
  have checked ("according to the ABS", "according to the Finance Department", "according to
  the Federal Highway Administration"; hundred-ninety-first and two-hundred-and-thirty-sixth
  checked "according to" with the body's article).
- Negatives (twenty-ninth, eighty-sixth, ninety-eighth, hundred-thirty-sixth,
  hundred-ninety-first, two-hundred-and-thirty-sixth), besides the rating lines and the
  teasers above: the posts' and videos' own rhetoric („Die Zahlen lügen nicht, die Politik
  schon“, heißt es in dem Beitrag.; «Basel ist längst ein Sozialamt mit Rheinblick», sagt
  der Verfasser im Video.; „Brüssel saugt uns aus“, heißt es unter der Grafik.; ""They are
  lying to you about the numbers," the post reads."; ""Get ready for another price hike
  ...," the caption reads."; ""And they still tell us it's just summer," ..."; ""Drive over
  a bridge this week ...," the narrator says."; ""Work till you drop, that's the plan," the
  post says."), politicians' and ministers' rhetoric in quotes with a named speaker
  (Hollaus, Prentiss, Weidenbach, Kettle, Bodmerstein, Brechbühl, Treadwell, Ortner-Kalb), a
  label („Die Arbeiterkammer nannte das Video „zugespitzt, aber nicht aus der Luft
  gegriffen“.“; hundred-seventieth: "called"), commenters and users („... kommentierte eine
  Nutzerin.“, "... a commenter wrote." twice, "... a user wrote."), a process line ("AFP
  asked the accounts behind the posts for their source and had not received a reply by
  Thursday."; hundred-thirty-sixth) and an update note that names no fact ("(Updated to
  include the WHO's response)"; two-hundred-and-thirty-sixth). A correction written as a
  sentence that states the right figure is check-worthy with the wrong and the right one
  both („Berichtigung: Eine frühere Fassung dieses Faktenchecks nannte als höchsten
  Zusatzbeitrag 4,8 Prozent, richtig sind 4,4 Prozent.“; "Correction: This article
  previously said the posts had been viewed 4.1 million times; the correct figure is
  410,000."; hundred-ninety-first, two-hundred-and-thirty-sixth). As the brief for these
  batches asks, negatives carry no expected quantities, and this batch writes no figure into
  them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_372 = [
    # --- dpa-Faktencheck: Einbürgerungen (Anfang Dezember) ---
    (
        "de",
        "Faktencheck: Nein, Deutschland hat im vergangenen Jahr nicht 600.000 Menschen eingebürgert",
        True,
        [("count", 600000, None, None)],
        None,
    ),
    (
        "de",
        "Berlin (dpa) - Ein auf Facebook geteiltes Sharepic behauptet, Deutschland habe im vergangenen Jahr mehr als 600.000 Ausländer eingebürgert, so viele wie nie zuvor.",
        True,
        [("count", 600000, None, "over")],
        None,
    ),
    (
        "de",
        "Behauptung: Die Zahl der Einbürgerungen hat sich binnen fünf Jahren verzehnfacht.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Im vergangenen Jahr erhielten nach Angaben des Statistischen Bundesamts rund 214.300 Menschen einen deutschen Pass, fünf Jahre zuvor waren es 131.600.",
        True,
        [("count", 214300, None, "about"), ("duration", 5, "year", None), ("count", 131600, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das entspricht einem Anstieg um knapp 63 Prozent, nicht einer Verzehnfachung.",
        True,
        [("percent", 63, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl 600.000 stammt nach dpa-Recherchen aus einer Zählung aller Anträge, über die noch nicht entschieden ist.",
        True,
        [("count", 600000, None, None)],
        None,
    ),
    (
        "de",
        "Das Sharepic wurde seit Sonntag mehr als 18.000 Mal geteilt, unter anderem von mehreren Landtagsabgeordneten.",
        True,
        [("count", 18000, None, "over")],
        None,
    ),
    ("de", "„Die Zahlen lügen nicht, die Politik schon“, heißt es in dem Beitrag.", False, [], None),
    # --- Reuters Fact Check: net migration to Britain (Dec 2) ---
    (
        "en",
        "LONDON, Dec 2 (Reuters) - Social media posts claim net migration to the United Kingdom reached 1.8 million in the year to June, more than four times the official estimate.",
        True,
        [("date", "--12-02", None, None), ("count", 1800000, None, None), ("count", 4, None, "over")],
        None,
    ),
    ("en", "Claim: Net migration to Britain hit 1.8 million last year.", True, [("count", 1800000, None, None)], None),
    ("en", "Verdict: False.", False, [], None),
    (
        "en",
        "The Office for National Statistics estimated net migration at 387,000 for the 12 months ending in June, against 604,000 a year earlier.",
        True,
        [("count", 387000, None, None), ("duration", 12, "month", None), ("count", 604000, None, None)],
        None,
    ),
    (
        "en",
        "The 1.8 million figure appears to come from the total of visas granted in that period, a number that includes visitors, students and seasonal workers.",
        True,
        [("count", 1800000, None, None)],
        None,
    ),
    (
        "en",
        "The ONS publishes migration estimates twice a year and revises earlier figures as more data arrive.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The most widely shared post, from an account with about 240,000 followers, had been viewed 3.4 million times by Tuesday.",
        True,
        [("count", 240000, None, "about"), ("count", 3400000, None, None)],
        None,
    ),
    ("en", '"They are lying to you about the numbers," the post reads.', False, [], None),
    # --- APA-Faktencheck: erfundenes Zitat des Finanzministers zu den Pensionen ---
    (
        "de",
        "Wien (APA) - Ein auf Instagram verbreitetes Sharepic legt Finanzminister Gerwin Hollaus den Satz in den Mund: „Die Pensionen werden ab 2027 um drei Prozent gekürzt, die Jungen können nicht alles zahlen.“",
        True,
        [("year", 2027, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Hollaus habe in der ORF-„Pressestunde“ Pensionskürzungen um drei Prozent angekündigt.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Ein Sprecher des Finanzministeriums sagte der APA, Hollaus habe diesen Satz nie gesagt, weder in der Sendung noch anderswo.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Abschrift der 55 Minuten langen Sendung vom 16. November kommt der Satz nicht vor.",
        True,
        [("duration", 55, "minute", None), ("date", "--11-16", None, None)],
        None,
    ),
    (
        "de",
        "Laut Sozialministerium steigen die Pensionen mit 1. Jänner 2027 um 2,9 Prozent, Pensionen unter 2.450 Euro brutto um 3,4 Prozent.",
        True,
        [("date", "2027-01-01", None, None), ("percent", 2.9, "%", None), ("money", 2450, "EUR", "under"), ("percent", 3.4, "%", None)],
        "Sozialministerium",
    ),
    (
        "de",
        "Das Sharepic wurde binnen drei Tagen gut 26.000 Mal geteilt, bevor Instagram es mit einem Hinweis auf falsche Informationen versah.",
        True,
        [("duration", 3, "day", None), ("count", 26000, None, "over")],
        None,
    ),
    ("de", "„Wer so etwas fälscht, spielt mit den Ängsten älterer Menschen“, sagte Hollaus.", False, [], None),
    # --- AP Fact Check: a senator on grocery prices ---
    (
        "en",
        "WASHINGTON (AP) — Sen. Marla Prentiss claimed in a television interview on Sunday that grocery prices had risen 50% in just two years.",
        True,
        [("percent", 50, "%", None), ("duration", 2, "year", None)],
        "Marla Prentiss",
    ),
    (
        "en",
        "CLAIM: Grocery prices have climbed 50% since January 2025.",
        True,
        [("percent", 50, "%", None), ("year", 2025, None, None)],
        None,
    ),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: The consumer price index for food at home rose 4.6% in the two years to November, according to data released Wednesday by the Bureau of Labor Statistics.",
        True,
        [("percent", 4.6, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Egg prices, which Prentiss singled out, climbed about 38% over that period before easing.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "The average price of eggs was $4.12 in November, against $2.98 two years earlier, the bureau's figures show.",
        True,
        [("money", 4.12, "USD", None), ("money", 2.98, "USD", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "A spokesperson for Prentiss said she had been referring to \"the cost of a typical family's weekly shop in her state.\"",
        True,
        [],
        None,
    ),
    (
        "en",
        "The bureau tracks prices for 211 basic items across 75 urban areas, according to its website.",
        True,
        [("count", 211, None, None), ("count", 75, None, None)],
        None,
    ),
    (
        "en",
        '"Families in my state know what they pay at the checkout, whatever Washington says," Prentiss said.',
        False,
        [],
        None,
    ),
    # --- dpa-Faktencheck: manipuliertes Foto vom Dresdner Altmarkt ---
    ("de", "Faktencheck: Was ist dran an dem Bild vom Altmarkt?", False, [], None),
    (
        "de",
        "Dresden (dpa) - Ein Foto, das mehr als 100.000 Teilnehmer einer Kundgebung gegen die Heizkostenreform auf dem Dresdner Altmarkt zeigen soll, verbreitet sich seit Samstag auf X und Telegram.",
        True,
        [("count", 100000, None, "over")],
        None,
    ),
    (
        "de",
        "Behauptung: Das Foto zeigt die Kundgebung vom Samstag mit mehr als 100.000 Menschen.",
        True,
        [("count", 100000, None, "over")],
        None,
    ),
    ("de", "Bewertung: Manipuliert.", False, [], None),
    (
        "de",
        "Fakten: Die Polizei zählte in der Spitze rund 8.500 Teilnehmende, der Veranstalter sprach von 12.000.",
        True,
        [("count", 8500, None, "about"), ("count", 12000, None, None)],
        None,
    ),
    (
        "de",
        "Das Originalbild veröffentlichte die Stadt Dresden am Samstagnachmittag auf Instagram; darauf ist der Platz zu weniger als einem Drittel gefüllt.",
        True,
        [("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "de",
        "In der verbreiteten Version wurden Teile der Menge mehrfach hineinkopiert: Derselbe Mann mit roter Mütze taucht an vier Stellen im Bild auf.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Zwei Forensik-Programme zeigen an den Rändern der kopierten Bereiche typische Spuren einer nachträglichen Bearbeitung.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- AP Fact Check: a simulator clip shown as a highway landing in Texas ---
    (
        "en",
        "DALLAS (AP) — A video purporting to show a passenger jet making an emergency landing on Interstate 35 near Waco has been viewed more than 9 million times on TikTok and X.",
        True,
        [("count", 9000000, None, "over")],
        None,
    ),
    ("en", "CLAIM: Video shows a jet landing on a Texas interstate after both engines failed.", True, [], None),
    ("en", "AP'S ASSESSMENT: Fabricated.", False, [], None),
    (
        "en",
        "THE FACTS: The footage was rendered in a commercial flight simulator and first posted to YouTube on Aug. 3, 2019, by a channel that publishes simulated emergency landings.",
        True,
        [("date", "2019-08-03", None, None)],
        None,
    ),
    (
        "en",
        "In the original upload, a simulator watermark is visible in the lower right corner for the first 12 seconds.",
        True,
        [("ordinal", 1, None, None), ("duration", 12, "second", None)],
        None,
    ),
    (
        "en",
        "The clip circulating now was trimmed from 3 minutes 40 seconds to 58 seconds, cutting the opening title card.",
        True,
        [("duration", 3, "minute", None), ("duration", 40, "second", None), ("duration", 58, "second", None)],
        None,
    ),
    (
        "en",
        "YouTube's public counter shows the original upload has about 1.4 million views.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        "The Texas Department of Public Safety said no aircraft had landed on a highway anywhere in the state this year.",
        True,
        [],
        "the Texas Department of Public Safety",
    ),
    # --- Keystone-SDA: Sozialhilfe in Basel ---
    (
        "de",
        "Basel (Keystone-SDA) - Ein Video auf Tiktok behauptet, in Basel beziehe inzwischen jede vierte Person Sozialhilfe.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Das Video wurde innert einer Woche über 310'000 Mal angesehen.",
        True,
        [("count", 310000, None, "over")],
        None,
    ),
    (
        "de",
        "Behauptung: Jeder vierte Einwohner von Basel-Stadt lebt von der Sozialhilfe.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Bewertung: Stark übertrieben.", False, [], None),
    (
        "de",
        "Fakten: Laut Bundesamt für Statistik lag die Sozialhilfequote im Kanton Basel-Stadt zuletzt bei 6,4 Prozent, schweizweit bei 3,1 Prozent.",
        True,
        [("percent", 6.4, "%", None), ("percent", 3.1, "%", None)],
        "Bundesamt für Statistik",
    ),
    (
        "de",
        "Damit bezieht in Basel gut jede sechzehnte Person Sozialhilfe, nicht jede vierte.",
        True,
        [("fraction", 0.0625, None, "over"), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Netto gaben Kantone und Gemeinden zuletzt rund 2,7 Milliarden Franken für die Sozialhilfe aus.",
        True,
        [("money", 2700000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Zahl im Video stammt laut Keystone-SDA-Recherche aus einer Auswertung, die Sozialhilfe, Ergänzungsleistungen und Prämienverbilligungen zusammenzählt.",
        True,
        [],
        None,
    ),
    ("de", "Der Verfasser des Videos sagte auf Anfrage, er habe «alle Unterstützten» gemeint.", True, [], None),
    ("de", "«Basel ist längst ein Sozialamt mit Rheinblick», sagt der Verfasser im Video.", False, [], None),
    # --- AFP Fact Check: a diabetes forecast pinned on the WHO ---
    (
        "en",
        "GENEVA (AFP) - Posts on Instagram and TikTok claim the World Health Organization has warned that one in three adults worldwide will have diabetes by 2030.",
        True,
        [("fraction", 0.3333, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Claim: The WHO forecasts that a third of all adults will be diabetic by 2030.",
        True,
        [("fraction", 0.3333, None, None), ("year", 2030, None, None)],
        None,
    ),
    ("en", "AFP rating: False.", False, [], None),
    (
        "en",
        "The WHO said about 13% of adults had diabetes in 2024 and that it had published no forecast of the kind described in the posts.",
        True,
        [("percent", 13, "%", "about"), ("year", 2024, None, None)],
        "the WHO",
    ),
    (
        "en",
        'The "one in three" figure appears to come from a U.S. estimate of adults with prediabetes, a different condition.',
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "AFP asked the accounts behind the posts for their source and had not received a reply by Thursday.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Correction: This article previously said the posts had been viewed 4.1 million times; the correct figure is 410,000.",
        True,
        [("count", 4100000, None, None), ("count", 410000, None, None)],
        None,
    ),
    ("en", "(Updated to include the WHO's response)", False, [], None),
    # --- dpa-Faktencheck: Strom aus Frankreich ---
    (
        "de",
        "Berlin (dpa) - In einem vielfach geteilten Video behauptet ein Influencer, Deutschland beziehe inzwischen 40 Prozent seines Stroms aus französischen Atomkraftwerken.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Seit dem Atomausstieg 2023 stammt fast die Hälfte des in Deutschland verbrauchten Stroms aus Frankreich.",
        True,
        [("year", 2023, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    ("de", "Fazit: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Nach Angaben des Statistischen Bundesamts deckten Importe im vergangenen Jahr 11,2 Prozent des deutschen Stromverbrauchs, der Anteil Frankreichs lag bei 2,4 Prozent.",
        True,
        [("percent", 11.2, "%", None), ("percent", 2.4, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Frankreich war damit erst der viertgrößte Lieferant hinter Dänemark, Norwegen und den Niederlanden.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Laut Destatis war Deutschland zudem in fünf der zwölf Monate Nettoexporteur von Strom.",
        True,
        [("count", 5, None, None), ("duration", 12, "month", None)],
        "Destatis",
    ),
    (
        "de",
        "Der Influencer erklärte gegenüber der dpa, er habe eine Grafik eines französischen Netzbetreibers als Quelle genutzt.",
        True,
        [],
        None,
    ),
    # --- Reuters Fact Check: a fake quote of Canada's finance minister (Jan 8) ---
    (
        "en",
        "OTTAWA, Jan 8 (Reuters) - A quote attributed to Canadian Finance Minister Corinne Labelle, saying cottage owners would face a 30% surtax from 2027, has been shared more than 14,000 times on Facebook.",
        True,
        [("date", "--01-08", None, None), ("percent", 30, "%", None), ("year", 2027, None, None), ("count", 14000, None, "over")],
        None,
    ),
    (
        "en",
        "Claim: Labelle announced in Parliament a 30% surtax on cottages and other vacation properties.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "The post shows Labelle beside a chart claiming the surtax would raise C$4.2 billion a year.",
        True,
        [("money", 4200000000, "CAD", None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Misattributed.", False, [], None),
    (
        "en",
        "A search of the House of Commons Hansard for the past 18 months returns no such statement by Labelle.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Labelle's office said she had never made the remark and that no such tax was under consideration.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The wording first appeared on a satirical website on Dec. 29, in an article tagged "humour."',
        True,
        [("date", "--12-29", None, None)],
        None,
    ),
    (
        "en",
        "The federal budget tabled in November contains no surtax on vacation properties, according to the Finance Department.",
        True,
        [],
        None,
    ),
    ("en", '"This is how they take the cottage away from your grandkids," a commenter wrote.', False, [], None),
    # --- APA-Faktencheck: Mieten in Wien ---
    (
        "de",
        "Wien (APA) - Ein Video auf Tiktok behauptet, die Mieten in Wien seien in den vergangenen fünf Jahren um 80 Prozent gestiegen.",
        True,
        [("duration", 5, "year", None), ("percent", 80, "%", None)],
        None,
    ),
    (
        "de",
        "Der Clip wurde seit Jahresbeginn rund 470.000 Mal abgespielt.",
        True,
        [("count", 470000, None, "about")],
        None,
    ),
    ("de", "Fazit: Stark überzeichnet.", False, [], None),
    (
        "de",
        "Laut Statistik Austria stiegen die durchschnittlichen Mieten inklusive Betriebskosten in Wien zwischen 2020 und 2025 um 27,4 Prozent, von 8,90 auf 11,34 Euro pro Quadratmeter.",
        True,
        [("year", 2020, None, None), ("year", 2025, None, None), ("percent", 27.4, "%", None), ("money", 8.9, "EUR", None), ("money", 11.34, "EUR", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Die im Video genannten 80 Prozent erreichen allenfalls einzelne Neuvermietungen in Innenstadtbezirken, sagte ein Sprecher der Arbeiterkammer.",
        True,
        [("percent", 80, "%", None)],
        None,
    ),
    (
        "de",
        "Die Verfasserin des Videos räumte auf APA-Anfrage ein, die Zahl von einem Immobilienportal übernommen zu haben.",
        True,
        [],
        None,
    ),
    ("de", "Die Arbeiterkammer nannte das Video „zugespitzt, aber nicht aus der Luft gegriffen“.", False, [], None),
    # --- AFP Fact Check: a £75 banknote ---
    (
        "en",
        "Fact Check: Image of £75 banknote is not a Bank of England design",
        True,
        [("money", 75, "GBP", None)],
        None,
    ),
    (
        "en",
        "LONDON (AFP) - An image circulating on Facebook and X appears to show a new £75 banknote that the Bank of England will issue from March 2027.",
        True,
        [("money", 75, "GBP", None), ("year", 2027, None, None)],
        None,
    ),
    ("en", "AFP rating: Altered image.", False, [], None),
    (
        "en",
        "The Bank of England said there were no plans for a £75 note and that the image did not match any of its designs.",
        True,
        [("money", 75, "GBP", None)],
        "the Bank of England",
    ),
    (
        "en",
        "The bank currently issues four denominations, worth £5, £10, £20 and £50.",
        True,
        [("count", 4, None, None), ("money", 5, "GBP", None), ("money", 10, "GBP", None), ("money", 20, "GBP", None), ("money", 50, "GBP", None)],
        None,
    ),
    (
        "en",
        "A reverse image search led AFP to a design-competition entry posted on a graphic artists' forum in October 2023, without the words \"legal tender\" seen on the shared version.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The most shared post, from a page with about 95,000 followers, has drawn more than 6,200 shares since Jan 12.",
        True,
        [("count", 95000, None, "about"), ("count", 6200, None, "over"), ("date", "--01-12", None, None)],
        None,
    ),
    ("en", '"Get ready for another price hike dressed up as a new note," the caption reads.', False, [], None),
    # --- dpa-Faktencheck: erfundenes Zitat der Gesundheitsministerin ---
    (
        "de",
        "Berlin (dpa) - Ein Zitat, das Bundesgesundheitsministerin Carola Weidenbach zugeschrieben wird, kursiert seit Tagen in Whatsapp-Gruppen und auf Facebook.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Darin heißt es, Patienten über 75 Jahre sollten künftig keine künstlichen Hüftgelenke mehr auf Kassenkosten erhalten.",
        True,
        [("duration", 75, "year", "over")],
        None,
    ),
    (
        "de",
        "Behauptung: Weidenbach hat im Bundestag gesagt, wer älter als 75 Jahre sei, bekomme keine neue Hüfte mehr.",
        True,
        [("duration", 75, "year", "over")],
        None,
    ),
    ("de", "Bewertung: Erfundenes Zitat.", False, [], None),
    (
        "de",
        "Ein Ministeriumssprecher sagte der dpa, Weidenbach habe diesen Satz weder im Bundestag noch an anderer Stelle gesagt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Plenarprotokoll der Sitzung vom 4. Dezember, auf die sich die Beiträge beziehen, findet sich der Satz nicht.",
        True,
        [("date", "--12-04", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Statistischen Bundesamts erhielten im vergangenen Jahr rund 118.000 Menschen im Alter von 75 Jahren und mehr ein künstliches Hüftgelenk, knapp 43 Prozent aller solchen Eingriffe.",
        True,
        [("count", 118000, None, "about"), ("duration", 75, "year", "at_least"), ("percent", 43, "%", "nearly")],
        "das Statistische Bundesamt",
    ),
    ("de", "Eine Altersgrenze für Hüftoperationen sieht das Sozialgesetzbuch nicht vor.", True, [], None),
    (
        "de",
        "„Solche Fälschungen verunsichern gerade ältere Menschen“, sagte Weidenbach am Rande einer Kabinettsklausur.",
        False,
        [],
        None,
    ),
    # --- AAP FactCheck: an MP on population growth (Jan 14) ---
    (
        "en",
        "SYDNEY, Jan 14 (AAP) - Federal MP Darren Kettle claimed in a radio interview that Australia's population grew by \"more than a million people\" last year.",
        True,
        [("date", "--01-14", None, None), ("count", 1000000, None, "over")],
        "Darren Kettle",
    ),
    (
        "en",
        "Claim: Australia added more than a million residents in the past year.",
        True,
        [("count", 1000000, None, "over")],
        None,
    ),
    ("en", "AAP FactCheck verdict: False.", False, [], None),
    (
        "en",
        "The Australian Bureau of Statistics said the population grew by 463,800 people, or 1.7%, in the 12 months to June 30.",
        True,
        [("count", 463800, None, None), ("percent", 1.7, "%", None), ("duration", 12, "month", None), ("date", "--06-30", None, None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Net overseas migration accounted for 326,100 of that increase, according to the ABS.",
        True,
        [("count", 326100, None, None)],
        None,
    ),
    ("en", "Kettle later said he had been referring to arrivals, not to population growth.", True, [], "Kettle"),
    (
        "en",
        "Kettle made the remark while criticising the government's A$3.5 billion housing package.",
        True,
        [("money", 3500000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Arrivals, which include tourists and returning residents, numbered about 21.3 million over the same period.",
        True,
        [("count", 21300000, None, "about")],
        None,
    ),
    (
        "en",
        "The claim that Australia added more than a million residents last year is false.",
        True,
        [("count", 1000000, None, "over")],
        None,
    ),
    ("en", '"Every suburb is feeling it, and Canberra pretends otherwise," Kettle said.', False, [], None),
    # --- AFP-Faktencheck: manipulierte Preistafel ---
    (
        "de",
        "Wien (AFP) - Ein Foto einer Preistafel mit einem Dieselpreis von 2,89 Euro pro Liter wird in sozialen Netzwerken als Beleg für eine neue CO2-Steuer in Österreich verbreitet.",
        True,
        [("money", 2.89, "EUR", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Seit Jahresbeginn kostet Diesel in Österreich wegen der CO2-Bepreisung fast drei Euro pro Liter.",
        True,
        [("money", 3, "EUR", "nearly")],
        None,
    ),
    ("de", "AFP-Bewertung: Manipuliertes Foto.", False, [], None),
    (
        "de",
        "Laut E-Control lag der durchschnittliche Dieselpreis in Österreich in der ersten Jännerwoche bei 1,62 Euro pro Liter.",
        True,
        [("ordinal", 1, None, None), ("money", 1.62, "EUR", None)],
        "E-Control",
    ),
    (
        "de",
        "Eine Bilder-Rückwärtssuche führt zum Originalfoto, das eine Regionalzeitung im Juli 2022 veröffentlicht hatte; darauf steht ein Preis von 2,09 Euro.",
        True,
        [("year", 2022, None, None), ("money", 2.09, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der verbreiteten Version wurde eine Ziffer der Preisangabe ausgetauscht, ihre Schriftart weicht sichtbar von den übrigen ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die CO2-Bepreisung macht laut Klimaschutzministerium derzeit rund 13 Cent pro Liter Diesel aus.",
        True,
        [("money", 0.13, "EUR", "about")],
        "Klimaschutzministerium",
    ),
    # --- AFP Fact Check: a street thermometer in Adelaide ---
    (
        "en",
        "SYDNEY (AFP) - A photo of a roadside thermometer showing 56C is being shared as proof that Adelaide recorded its hottest day ever on Jan 18.",
        True,
        [("count", 56, None, None), ("date", "--01-18", None, None)],
        None,
    ),
    (
        "en",
        "Claim: Adelaide hit 56C on Saturday, an all-time Australian record.",
        True,
        [("count", 56, None, None)],
        None,
    ),
    ("en", "AFP rating: Misleading.", False, [], None),
    (
        "en",
        "The Bureau of Meteorology said Adelaide's official maximum that day was 43.1C, recorded at West Terrace at 4:12 p.m.",
        True,
        [("count", 43.1, None, None)],
        "the Bureau of Meteorology",
    ),
    (
        "en",
        "Street thermometers in direct sunlight can read 10 to 15 degrees higher than shaded official instruments, a bureau meteorologist told AFP.",
        True,
        [("count", 10, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Australia's highest recorded temperature remains 50.7C, measured at Oodnadatta in 1960.",
        True,
        [("count", 50.7, None, None), ("year", 1960, None, None)],
        None,
    ),
    (
        "en",
        "The photo itself is genuine but was taken in January 2019 outside a pharmacy in Port Augusta, its photographer told AFP.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    ("en", "\"And they still tell us it's just summer,\" the caption reads.", False, [], None),
    # --- dpa-Faktencheck: Wohnungseinbrüche in Sachsen ---
    (
        "de",
        "Dresden (dpa) - Der AfD-Landtagsabgeordnete Jens Bodmerstein hat im sächsischen Landtag behauptet, die Zahl der Wohnungseinbrüche in Sachsen habe sich binnen eines Jahres verdoppelt.",
        True,
        [],
        "Jens Bodmerstein",
    ),
    (
        "de",
        "Behauptung: 2025 gab es in Sachsen doppelt so viele Wohnungseinbrüche wie 2024.",
        True,
        [("year", 2025, None, None), ("count", 2, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Laut der jüngsten Polizeilichen Kriminalstatistik registrierte die Polizei in Sachsen 2025 insgesamt 4.912 Wohnungseinbrüche, nach 4.388 im Jahr davor.",
        True,
        [("year", 2025, None, None), ("count", 4912, None, None), ("count", 4388, None, None)],
        None,
    ),
    ("de", "Das ist ein Plus von knapp 12 Prozent.", True, [("percent", 12, "%", "nearly")], None),
    (
        "de",
        "Bei der Zahl der Einbrüche je 100.000 Einwohner lag Sachsen damit bundesweit auf Platz sieben.",
        True,
        [("count", 100000, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Bodmerstein sagte der dpa, er habe sich auf einzelne Leipziger Stadtteile bezogen.",
        True,
        [],
        "Bodmerstein",
    ),
    (
        "de",
        "Das Landeskriminalamt teilte mit, auch in Leipzig sei die Zahl um weniger als 20 Prozent gestiegen.",
        True,
        [("percent", 20, "%", "under")],
        "das Landeskriminalamt",
    ),
    ("de", "„Die Menschen haben Angst, und die Regierung schaut weg“, sagte Bodmerstein.", False, [], None),
    # --- Reuters Fact Check: EU fines for petrol cars (Jan 21) ---
    (
        "en",
        "BRUSSELS, Jan 21 (Reuters) - Posts on Facebook claim the European Union will fine drivers 5,000 euros a year for using petrol or diesel cars from 2030.",
        True,
        [("date", "--01-21", None, None), ("money", 5000, "EUR", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Claim: EU drivers of combustion-engine cars face annual fines of 5,000 euros from 2030.",
        True,
        [("money", 5000, "EUR", None), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Verdict: False.", False, [], None),
    (
        "en",
        "EU rules adopted in 2023 require new cars sold from 2035 to produce no tailpipe CO2 and do not apply to vehicles already on the road.",
        True,
        [("year", 2023, None, None), ("year", 2035, None, None)],
        None,
    ),
    ("en", "A European Commission spokesperson said there was no plan to fine drivers.", True, [], None),
    (
        "en",
        "The 5,000-euro figure appears to come from a 2019 proposal for fines in a city low-emission zone that was never adopted.",
        True,
        [("money", 5000, "EUR", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The claim was viewed more than 1.2 million times across 40 posts, according to a Reuters count.",
        True,
        [("count", 1200000, None, "over"), ("count", 40, None, None)],
        None,
    ),
    # --- APA-Faktencheck: KI-Bild einer Lawine in Sölden ---
    ("de", "Lawine in Sölden? Was hinter dem Bild steckt", False, [], None),
    (
        "de",
        "Innsbruck (APA) - Ein Bild, das ein von einer Lawine verschüttetes Hotel in Sölden zeigen soll, ist seit Sonntag auf Facebook mehr als 2,1 Millionen Mal angezeigt worden.",
        True,
        [("count", 2100000, None, "over")],
        None,
    ),
    (
        "de",
        "In den Beiträgen heißt es, bei dem Unglück seien 47 Menschen ums Leben gekommen.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    ("de", "Fazit: KI-generiert.", False, [], None),
    (
        "de",
        "Nach Angaben des Landes Tirol ging am Wochenende im gesamten Ötztal keine Lawine auf bewohntes Gebiet ab.",
        True,
        [],
        "das Land Tirol",
    ),
    (
        "de",
        "Die Lawinenwarnstufe lag am Sonntag bei 3 auf der fünfstufigen Skala.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Zwei Erkennungsprogramme stufen das Bild mit einer Wahrscheinlichkeit von 97 und 99 Prozent als KI-erzeugt ein.",
        True,
        [("count", 2, None, None), ("percent", 97, "%", None), ("percent", 99, "%", None)],
        None,
    ),
    (
        "de",
        "Das Hotel im Bild hat sieben Stockwerke, das höchste Gebäude an dieser Stelle hat nur vier.",
        True,
        [("count", 7, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Tourismusverband Ötztal teilte mit, der Skibetrieb laufe ohne Einschränkungen.",
        True,
        [],
        "der Tourismusverband Ötztal",
    ),
    # --- Reuters Fact Check: U.S. bridges (Feb 3) ---
    (
        "en",
        'WASHINGTON, Feb 3 (Reuters) - A widely shared video claims that 38% of bridges in the United States are "structurally deficient" and at risk of collapse.',
        True,
        [("date", "--02-03", None, None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Claim: More than a third of U.S. bridges are in danger of collapsing.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    ("en", "Reuters Fact Check rating: Missing context.", False, [], None),
    (
        "en",
        "Of the roughly 623,000 bridges in the national inventory, 7.4% were rated in poor condition last year, according to the Federal Highway Administration.",
        True,
        [("count", 623000, None, "about"), ("percent", 7.4, "%", None)],
        None,
    ),
    (
        "en",
        "A poor rating means a bridge needs repair, not that it is unsafe to cross, the agency said.",
        True,
        [],
        "the agency",
    ),
    (
        "en",
        'Missing context: the 38% figure counts bridges rated "fair," a middle category, not bridges at risk of collapse.',
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "The video, posted by an account with about 410,000 followers, has been viewed 2.7 million times.",
        True,
        [("count", 410000, None, "about"), ("count", 2700000, None, None)],
        None,
    ),
    ("en", "\"Drive over a bridge this week and you're rolling the dice,\" the narrator says.", False, [], None),
    # --- dpa-Faktencheck: falsch zugeschriebenes Zitat eines Hamburger Innensenators ---
    (
        "de",
        "Hamburg (dpa) - Ein Sharepic schreibt dem früheren Hamburger Innensenator Eckart Vollmering das Zitat zu: „In zehn Jahren wird in dieser Stadt keiner mehr Deutsch sprechen.“",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Vollmering habe den Satz 1994 in einer Bürgerschaftsdebatte gesagt.",
        True,
        [("year", 1994, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch zugeschrieben.", False, [], None),
    (
        "de",
        "Der Satz stammt tatsächlich aus dem 1998 erschienenen Kriminalroman „Hafenlichter“ und wird dort einer Romanfigur in den Mund gelegt.",
        True,
        [("year", 1998, None, None)],
        None,
    ),
    (
        "de",
        "In den Protokollen der 41 Bürgerschaftssitzungen des Jahres 1994 findet sich die Formulierung nicht, wie eine Suche im Parlamentsarchiv ergab.",
        True,
        [("count", 41, None, None), ("year", 1994, None, None)],
        None,
    ),
    (
        "de",
        "Vollmering sagte der dpa, er habe den Satz nie gesagt und kenne ihn erst aus dem Internet.",
        True,
        [],
        "Vollmering",
    ),
    (
        "de",
        "Das Sharepic zirkuliert seit 2019 in wechselnden Versionen, zuletzt mit einem Foto Vollmerings aus dem Jahr 2001.",
        True,
        [("year", 2019, None, None), ("year", 2001, None, None)],
        None,
    ),
    ("de", "„Das passt genau zu dem, was hier passiert“, kommentierte eine Nutzerin.", False, [], None),
    # --- Reuters Fact Check: a fake front page on energy bills (Feb 10) ---
    (
        "en",
        'LONDON, Feb 10 (Reuters) - An image of a newspaper front page with the headline "Energy bills to soar by £1,000 in April" has been shared more than 20,000 times on X.',
        True,
        [("date", "--02-10", None, None), ("money", 1000, "GBP", None), ("count", 20000, None, "over")],
        None,
    ),
    (
        "en",
        "Claim: Household energy bills will rise by £1,000 from April 1.",
        True,
        [("money", 1000, "GBP", None), ("date", "--04-01", None, None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Digitally altered.", False, [], None),
    (
        "en",
        "Ofgem said the cap for a typical household using gas and electricity would go up by 2.1% to £1,712 a year from April.",
        True,
        [("percent", 2.1, "%", None), ("money", 1712, "GBP", None)],
        "Ofgem",
    ),
    (
        "en",
        "That is an increase of about £35, not £1,000.",
        True,
        [("money", 35, "GBP", "about"), ("money", 1000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The newspaper's real front page that day led with rail fares, and its online archive shows no such headline.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The fake also shows a cover price of £2.50, 30 pence less than the paper charged that day.",
        True,
        [("money", 2.5, "GBP", None), ("money", 0.3, "GBP", None)],
        None,
    ),
    ("en", "\"We're being softened up for the next shock,\" a user wrote.", False, [], None),
    # --- Keystone-SDA: Bevölkerungswachstum in der «Arena» ---
    (
        "de",
        "Bern (Keystone-SDA) - SVP-Nationalrat Ueli Brechbühl hat in der «Arena» behauptet, die Schweiz wachse Jahr für Jahr um eine Stadt so gross wie Luzern.",
        True,
        [],
        "Ueli Brechbühl",
    ),
    ("de", "Behauptung: Die Schweiz wächst jedes Jahr um so viele Menschen, wie in Luzern leben.", True, [], None),
    (
        "de",
        "Fakten: Die ständige Wohnbevölkerung wuchs im vergangenen Jahr laut BFS um 71'400 Personen oder 0,8 Prozent.",
        True,
        [("count", 71400, None, None), ("percent", 0.8, "%", None)],
        "BFS",
    ),
    (
        "de",
        "Der Wanderungssaldo lag bei 68'900, der Geburtenüberschuss bei 2'500.",
        True,
        [("count", 68900, None, None), ("count", 2500, None, None)],
        None,
    ),
    (
        "de",
        "Luzern zählte Ende des Jahres 83'600 Einwohnerinnen und Einwohner.",
        True,
        [("count", 83600, None, None)],
        None,
    ),
    ("de", "Fazit: Weitgehend zutreffend.", False, [], None),
    (
        "de",
        "Brechbühl sagte auf Anfrage, er stütze sich auf die Zahlen des Staatssekretariats für Migration.",
        True,
        [],
        "Brechbühl",
    ),
    ("de", "«Die Schweiz verliert ihr Gesicht», sagte Brechbühl in der Sendung.", False, [], None),
    # --- AP Fact Check: a mayoral candidate on homicides in Chicago ---
    (
        "en",
        'CHICAGO (AP) — Mayoral candidate Gordon Treadwell claimed during a televised debate on Tuesday that homicides in Chicago had "doubled" over the past year.',
        True,
        [],
        "Gordon Treadwell",
    ),
    ("en", "CLAIM: Chicago's homicide count doubled in the past year.", True, [], None),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: Chicago police recorded 447 homicides last year, down from 545 the year before, a decline of about 18%.",
        True,
        [("count", 447, None, None), ("count", 545, None, None), ("percent", 18, "%", "about")],
        None,
    ),
    (
        "en",
        "Treadwell's campaign said he had meant killings in the city's 11th police district, where they rose from 19 to 37.",
        True,
        [("ordinal", 11, None, None), ("count", 19, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "In that district, homicides rose by about 95%, though from a small base.",
        True,
        [("percent", 95, "%", "about")],
        None,
    ),
    (
        "en",
        "\"People don't feel safe on their own block, and no statistic changes that,\" Treadwell told supporters.",
        False,
        [],
        None,
    ),
    # --- dpa-Faktencheck: der deutsche EU-Nettobeitrag ---
    (
        "de",
        "Berlin (dpa) - Auf Telegram kursiert eine Grafik, nach der Deutschland jährlich 52 Milliarden Euro mehr an die EU zahlt, als es zurückbekommt.",
        True,
        [("money", 52000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Der deutsche Nettobeitrag an die EU beträgt 52 Milliarden Euro im Jahr.",
        True,
        [("money", 52000000000, "EUR", None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Nach Angaben des Bundesfinanzministeriums lag der deutsche Nettobeitrag zuletzt bei 16,8 Milliarden Euro.",
        True,
        [("money", 16800000000, "EUR", None)],
        "das Bundesfinanzministerium",
    ),
    (
        "de",
        "Die 52 Milliarden Euro entsprechen ungefähr dem Bruttobeitrag, also den Zahlungen vor Abzug der Rückflüsse.",
        True,
        [("money", 52000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Pro Kopf entspricht der Nettobeitrag damit rund 200 Euro im Jahr.",
        True,
        [("money", 200, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Behauptung, Deutschland zahle netto 52 Milliarden Euro an die EU, ist falsch.",
        True,
        [("money", 52000000000, "EUR", None)],
        None,
    ),
    ("de", "„Brüssel saugt uns aus“, heißt es unter der Grafik.", False, [], None),
    # --- AAP FactCheck: a reef scientist's misattributed warning (Feb 17) ---
    (
        "en",
        'BRISBANE, Feb 17 (AAP) - A quote attributed to reef scientist Helena Rourke, saying "the Great Barrier Reef will be completely dead by 2030," is circulating on Facebook and Instagram.',
        True,
        [("date", "--02-17", None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Claim: A leading reef scientist said the whole reef would be dead within five years.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    ("en", "AAP FactCheck verdict: Misattributed.", False, [], None),
    (
        "en",
        'Rourke told AAP FactCheck she had never said that and had warned only of "more frequent mass bleaching."',
        True,
        [],
        "Rourke",
    ),
    (
        "en",
        "The Australian Institute of Marine Science said average hard coral cover on the northern reef was 31% in its latest annual survey, down from 36% a year earlier.",
        True,
        [("percent", 31, "%", None), ("percent", 36, "%", None)],
        "the Australian Institute of Marine Science",
    ),
    (
        "en",
        "The institute's survey covered 124 reefs between August and May.",
        True,
        [("count", 124, None, None)],
        None,
    ),
    (
        "en",
        "The quote first appeared in a 2021 blog post that cited no source.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    ("en", '"Scientists have been crying wolf for decades," a commenter wrote.', False, [], None),
    # --- APA-Faktencheck: gekürzter Clip einer Parlamentsrede ---
    (
        "de",
        "Wien (APA) - Ein auf X verbreiteter Ausschnitt aus einer Parlamentsrede soll zeigen, wie Finanzstaatssekretärin Birgit Ortner-Kalb eine Erhöhung der Mehrwertsteuer auf 25 Prozent ankündigt.",
        True,
        [("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Der 14 Sekunden lange Clip wurde seit Mittwoch gut 390.000 Mal angesehen.",
        True,
        [("duration", 14, "second", None), ("count", 390000, None, "over")],
        None,
    ),
    ("de", "Bewertung: Aus dem Zusammenhang gerissen.", False, [], None),
    (
        "de",
        "In der vollständigen Rede, die in der Mediathek des Parlaments abrufbar ist, sagt Ortner-Kalb: „Eine Anhebung der Mehrwertsteuer auf 25 Prozent wird es mit dieser Regierung nicht geben.“",
        True,
        [("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Im Clip fehlen die ersten drei und die letzten fünf Wörter dieses Satzes.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der Normalsatz der Mehrwertsteuer liegt in Österreich seit 1984 bei 20 Prozent.",
        True,
        [("year", 1984, None, None), ("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Geteilt hatte den Clip unter anderem ein FPÖ-Gemeinderat aus Wels, der ihn nach einer APA-Anfrage am Donnerstag löschte.",
        True,
        [],
        None,
    ),
    ("de", "„Hier wird mit Fälschungen gezielt Politik gemacht“, sagte Ortner-Kalb.", False, [], None),
    # --- Reuters Fact Check: an altered jobless graphic (Feb 20) ---
    (
        "en",
        "TORONTO, Feb 20 (Reuters) - A screenshot of a television news graphic showing Canada's unemployment rate at 12.4% in January is being shared on Facebook and Reddit.",
        True,
        [("date", "--02-20", None, None), ("percent", 12.4, "%", None)],
        None,
    ),
    ("en", "Claim: Canada's jobless rate jumped to 12.4% last month.", True, [("percent", 12.4, "%", None)], None),
    ("en", "Verdict: Altered graphic.", False, [], None),
    (
        "en",
        "Statistics Canada said the unemployment rate was 6.9% in January, unchanged from December.",
        True,
        [("percent", 6.9, "%", None)],
        "Statistics Canada",
    ),
    (
        "en",
        "The original broadcast, which Reuters located on the network's website, showed 6.9%, and the altered version misspells the word \"unemployment.\"",
        True,
        [("percent", 6.9, "%", None)],
        None,
    ),
    (
        "en",
        "The rate last stood above 12% in 2020, during pandemic lockdowns.",
        True,
        [("percent", 12, "%", "over"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "The manipulated image was first posted on Feb 14 by an account created in January that has since been suspended.",
        True,
        [("date", "--02-14", None, None)],
        None,
    ),
    # --- dpa-Faktencheck: Kettennachricht zum Zusatzbeitrag ---
    (
        "de",
        "Berlin (dpa) - Eine Kettennachricht auf Whatsapp warnt, der Zusatzbeitrag der gesetzlichen Krankenkassen steige zum 1. März auf durchschnittlich 5 Prozent.",
        True,
        [("date", "--03-01", None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Ab März zahlen Kassenmitglieder im Schnitt 5 Prozent Zusatzbeitrag.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Den durchschnittlichen Zusatzbeitrag für das laufende Jahr hat das Bundesgesundheitsministerium im November auf 3,1 Prozent festgelegt.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Einzelne Kassen dürfen davon abweichen; der höchste Zusatzbeitrag liegt laut GKV-Spitzenverband derzeit bei 4,4 Prozent.",
        True,
        [("percent", 4.4, "%", None)],
        "GKV-Spitzenverband",
    ),
    ("de", "Die Kettennachricht endet mit der Aufforderung, sie an alle Kontakte weiterzuleiten.", True, [], None),
    (
        "de",
        "Berichtigung: Eine frühere Fassung dieses Faktenchecks nannte als höchsten Zusatzbeitrag 4,8 Prozent, richtig sind 4,4 Prozent.",
        True,
        [("percent", 4.8, "%", None), ("percent", 4.4, "%", None)],
        None,
    ),
    # --- PA: the state pension age ---
    (
        "en",
        "LONDON (PA) - A post shared widely on Facebook claims the state pension age will rise to 71 for everyone from 2030.",
        True,
        [("duration", 71, "year", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Claim: The state pension age will go up to 71 in 2030.",
        True,
        [("duration", 71, "year", None), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Verdict: Incorrect.", False, [], None),
    (
        "en",
        "The Department for Work and Pensions timetable lifts the pension age to 67 in stages between 2026 and 2028, from 66 today.",
        True,
        [("duration", 67, "year", None), ("year", 2026, None, None), ("year", 2028, None, None), ("duration", 66, "year", None)],
        None,
    ),
    (
        "en",
        "Under current law, a further rise to 68 is scheduled between 2044 and 2046.",
        True,
        [("duration", 68, "year", None), ("year", 2044, None, None), ("year", 2046, None, None)],
        None,
    ),
    (
        "en",
        "The Department for Work and Pensions said no government had proposed a pension age of 71.",
        True,
        [("duration", 71, "year", None)],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "A 2023 think-tank paper modelled a pension age of 71 for workers born after 2000.",
        True,
        [("year", 2023, None, None), ("duration", 71, "year", None), ("year", 2000, None, None)],
        None,
    ),
    ("en", "\"Work till you drop, that's the plan,\" the post says.", False, [], None),
]
