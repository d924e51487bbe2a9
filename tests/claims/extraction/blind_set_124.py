"""Hundred-and-twenty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, places of minor note and
figures are made up (Reto Lüthold, Gerald Pfisterer, Silvia Hametner, Katharina Haslauer,
Judith Amrein, Marco Bühlmann, Thomas Reiterer, Christoph Lanzenberger, Holger Bamberger,
Klaus Ebenhofer, Hinrich Osterloh, Jan-Hendrik Wübbens, Christoph Brakemeier, Kremstaler
Anlagenbau, Bernhard Gföllner, Harald Wimmleitner, Franz Aichberger, Ingrid Roscher, Cosima
Bräutigam, Sabine Tschurtschenthaler, Jens Kallweit, Matthias Rehm, Dominik Faltermeier,
Carina Wutscher, Rudolf Schirnhofer, Ulrich Brennecke, Werner Strohmaier, Leon Brandstätter,
Michael Gruber, Gerhard Lanner, Urs Fankhauser, Lea Steffen, Martina Pölzl, Elisabeth
Kornherr; Owen Castell, Ronan Gilmartin, Declan Furlong, Dana Lieberson, Marisol Duarte,
Christian Lavergne, Mattias Lindholm, Halvorsen, Annika Sjöberg, Brixton Industrial, Pine
Fork, Monica Everly, Crystal Mabry, Helen Garside, Gary Pennock, Nadège Rouvier, Arnaud
Delclos, Luc Ferland, Gordon Sayers, Darius Whitmer, Terrell Haynes, Andre Coulter, Graham
Ellerby, Patricia Holloway, Jennifer Trask, Mark Dunleavy, Oliver Brampton, Sandbrook
Capital, Lisa Hartwig, Moira Kerrigan); ministers, chancellors and chairs appear under
made-up names or by their role only. Real bodies, clubs, papers and places
("Schweizerischer Gewerkschaftsbund", "SGB", "Arbeitgeberverband", "Unia", "Bundesamt für
Statistik", "Statistik Austria", "Arbeiterkammer", "Brunnenmarkt", "Oktoberfest",
"Theresienwiese", "Stadt München", "Bund der Steuerzahler", "Stadtparlament" of Lucerne,
"Schwanenplatz", "Kapellgasse", "Hotelierverein", "FDP", "Wifo", "IHS", "IV", "Landkreis
Cuxhaven", "Landvolk", "Nabu", "PRO-GE", "EVG", "Deutsche Bahn", "Landesgericht
Innsbruck", "Seefeld", "FC Augsburg", "Union Berlin", "Nationalrat", "ÖHGB",
"Mietervereinigung", "Ö1-Morgenjournal", "FPÖ", "Grüne", "Bundestag", "Frankfurter
Allgemeine Zeitung", "Süddeutsche Zeitung", "Wirtschaftsrat", "ÖFB",
"Ernst-Happel-Stadion", "Bundeskanzlei", "Kanton Jura", "Wiener Linien", "U5", "ÖVP",
"Hernals"; "Nationwide", "Capital Economics", "Shelter", "Crystal Palace", "Premier League",
"Sky Sports", "Metropolitan Transportation Authority", "Tour de France", "Palais des
Congrès", "Jefferies", "RAC", "Local Government Association", "European Environment
Agency", "CGT", "France Inter", "Place de la République", "Port of Montreal", "Montreal
Port Authority", "Maritime Employers Association", "Milwaukee Bucks", "Chicago Bulls",
"Southwark Crown Court", "G7", "Bank of England", "Columbus Zoo and Aquarium", "World
Wildlife Fund", "PETA", "Glasgow City Council", "Scottish Tourism Alliance") stand for the
way wire copy names them; every figure, vote, forecast, quote and reaction here is invented,
and where a real figure came to mind it was changed.

Its weight: OPINION VERSUS CLAIM ON ORDINARY WIRE DAYS, third round (the ninety-eighth and
hundred-nineteenth batches were the first two, and their decisions are kept) - 30 short
stories from late September to late November of one year in story order (a dateline lead,
then figures, attributed lines, quotes and reactions, the other side's reply, sometimes a
press-conference question, a service or a closing line), the German and English stories
interleaved by date, in which nearly half the rows are what ordinary copy carries that is
not check-worthy and most of them stand beside a check-worthy look-alike of the same shape,
often from the same speaker. Half German (APA, dpa, dpa/lby, Keystone-SDA; Austrian "heuer",
"Jänner", "Anrainer", "Öffi-Stadträtin", Swiss "ss", "Reisecars", "Arbeitnehmende",
"14'000", «» quotes, German „“ quotes): the Swiss unions' wage demands, Austrian inflation in
September, the Oktoberfest's balance, a coach fee in Lucerne, the Wifo and IHS forecasts, a
wolf attack on sheep near Cuxhaven, short-time work at an Upper Austrian engineering firm, a
rail warning strike, a holiday-flat fraud trial in Innsbruck, a Bundesliga coach sacked, an
Austrian rent cap, the German federal budget with two papers quoted, Austria's World Cup
qualification, a Swiss vote on six weeks' holiday and the delay of Vienna's U5. Half English
(Reuters, AP, PA, AFP): British house prices, a Premier League manager sacked, New York's fare
rise, the Tour de France route, a truckmaker's profit warning, a contaminated-water verdict in
West Virginia, potholes, the EU's 2040 climate target, French budget protests, a Montreal
port strike, a 52-point night in Milwaukee, a financial adviser jailed, British third-quarter
growth, an elephant calf in Columbus and Glasgow's visitor levy. Negatives as such copy has
them: ministers', executives', coaches' and chairs' rhetoric with and without a figure,
evaluations that sound like facts („Die Teuerung ist gebrochen“, „Österreich ist ein
Hochsteuerland, ...“, „Die Lage in der Industrie ist dramatisch“, "We have turned the
corner", "Britain is the sick man of Europe again"), labels of parties, unions, business
lobbies, campaigners and analysts ("historischen Versagen", "a historic failure dressed up
as leadership", "a kitchen-sink moment"), a newspaper's commentary, commentators' and
writers' verdicts, hopes (three with a figure), fears, warnings and outlooks without a
figure, conditional threats (four with a named source), a reporter's question and an
evasive answer, vox pops (three with a figure), thanks, a banner, open questions (two with a
figure), a review, a no-comment line, advice, scene colour and the Austrian boilerplate.
Check-worthy look-alikes: quoted facts and figures of the same speakers, a minister's
rhetoric carrying a figure and a measurable record, a verdict wrapped round a checkable
count, forecasts, demands and a company's target with a figure, denials, steps actually
taken where the other side only threatened, a paper's report of a figure, votes, a reason,
a public statement of confidence as an act of record, a victim's lament carried by a
checkable clause, a witness's account in court and factual sentences with evaluative words
in them ("deutlich abgelehnt", "a lavish lifestyle", "austerity budget").

241 rows (122 German, 119 English), 110 negatives (54 German, 56 English), 131 check-worthy
rows of which 15 carry no figure (10 German, 5 English), 209 expected quantities (54 counts,
41 percentages - one of them in percentage points -, 31 amounts of money - 12 EUR, 8 USD, 7
GBP, 2 CHF, 1 SEK, 1 CAD -, 27 durations, 22 ordinals, 21 years, 8 dates, 5 fractions; 12
of them in ten negatives, as the seventeenth batch labels a figure in a negative), 39
checked speakers (22 German, 17 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or reaction is a negative with speaker None, also with a named speaker
  (seventh, eighteenth, sixty-sixth, ninety-eighth, hundred-nineteenth); a quoted statement
  of fact or figure is check-worthy with its speaker (eighteenth, twenty-fifth,
  ninety-eighth, hundred-nineteenth): „Seit Juli zahlen die Menschen auf Brot, Milch und
  Gemüse keine Mehrwertsteuer mehr“ ("Pfisterer"), "A typical first-time buyer now needs a
  deposit of about £61,000" ("Castell"), „Unser Auftragseingang ist seit Jänner um 38 Prozent
  eingebrochen“ ("Bernhard Gföllner"), „Wir haben der Bahn drei Verhandlungstermine
  angeboten, ...“ ("Cosima Bräutigam"; the other side's "Die Bahn bestreitet das." is a
  denial and check-worthy too, ninety-eighth), „Er hat bereits 42.000 Euro an Geschädigte
  zurückgezahlt“ ("Tschurtschenthaler"), „Wir haben in acht Qualifikationsspielen nur zwei
  Gegentore bekommen“ ("Strohmaier"), "We are on track to fix an extra one million potholes a
  year" ("Helen Garside"), "At least half the money will go on street cleaning and public
  toilets" ("Moira Kerrigan"; ninety-eighth: where the money goes). A minister's rhetoric
  that carries a figure and a measurable record is check-worthy („Wir investieren im
  kommenden Jahr 126 Milliarden Euro, so viel wie noch nie“ -> "Brennecke"; twenty-ninth),
  and so is a verdict wrapped round a checkable count („Der Klassenerhalt ist absolut
  machbar, wir haben noch 24 Spiele“ -> "Dominik Faltermeier"; ninety-eighth: "We have won
  our last five home games and that is no accident"). Their twins from the same speakers are
  negatives: „Die Teuerung ist gebrochen“, "The market is showing remarkable resilience",
  „Wir kämpfen um jeden einzelnen Arbeitsplatz“, „Mein Mandant ist kein Betrüger, ...“
  (hundred-sixteenth: a protestation made of feeling), „Das ist der schönste Moment meiner
  Karriere“, „Das ist ein Haushalt, der Deutschland wieder nach vorne bringt“, "Every penny
  raised will be spent on making Glasgow a better place to visit" (a pledge with no
  checkable content, hundred-fifth), „Heute ist ein guter Tag für jeden, der zur Miete
  wohnt“, "Nobody likes a fare increase, ...", "We are taking decisive action ...", "There is
  no other responsible path", "We have turned the corner", "I was just feeling it tonight".
- Evaluations that sound like facts are negatives, quoted or not (twenty-sixth: „Die Lage an
  vielen Schulen ist schlicht dramatisch“; fifty-second: „Der Wohnungsbau steckt in der
  tiefsten Krise seit Jahrzehnten“; sixtieth: "Die deutsche Autoindustrie steckt in der
  tiefsten Krise ihrer Geschichte, kommentierte ein Branchenbeobachter."): „Österreich ist
  ein Hochsteuerland, und das kostet uns jedes Jahr Wachstum“, „Die Lage in der Industrie ist
  dramatisch“, „Die Lage am Wiener Wohnungsmarkt ist dramatisch“, „Die Talfahrt ist vorbei,
  ...“, "Britain is the sick man of Europe again", "Council leaders say years of
  underfunding cannot be undone in a single budget."; each stands beside a figure a reader
  could check (the September rate, the Abgabenquote in fourth place, industrial output down
  about nine percent since 2022, the rent rise, growth second-slowest in the G7). New: a
  superlative of quality is a verdict and a superlative of a measure with a point of
  reference is a claim - „die modernste U-Bahn Europas“, "the best scorer in this league
  right now" and "the most mountainous Tour in a generation" (said by cycling writers, and
  "a generation" names no year) are negatives, while "the most since 2011", "the most points
  by a Bucks player since 2019", "the most for that quarter since 2021", "the second-slowest
  growth in the G7", "EU-weit an vierter Stelle" and "so viel wie noch nie" with its figure
  are claims. "Historic" follows the same line: „historischen Versagen“, „historischen Abend
  für den österreichischen Fußball“, "a historic day for Europe", "a historic failure dressed
  up as leadership" and "a historic failure of economic management" are labels
  (thirty-sixth, sixty-eighth, hundred-nineteenth), „zum ersten Mal seit 1998“ is a record.
  Evaluative words in a sentence that states a checkable event leave it check-worthy
  (seventh, twenty-second, seventy-first: "die umstrittene Novelle"): "deutlich abgelehnt",
  "lahmgelegt", "to fund a lavish lifestyle", "the government's austerity budget".
- New: a hope with a figure is a negative and keeps its figure labelled, as the seventeenth
  batch labels a figure in a negative and the thirtieth makes hopes negatives - "Die
  Schausteller hoffen, dass im kommenden Jahr wieder mehr als sieben Millionen Gäste ...
  kommen." (7,000,000 "over"), "Die Mietervereinigung hofft, dass die Bremse in einem
  zweiten Schritt auch für freie Mieten gilt." (ordinal 2), "The company hopes a recovery
  ... will lift orders in the second half of next year." (ordinal 2) - while a company's
  target with a figure is a stated intention and check-worthy ("Sjöberg said the company
  would cut about 2,000 office jobs and aimed to lower annual costs by 4 billion Swedish
  crowns ($420 million) by 2027." -> "Sjöberg") and a forecast with a figure is a claim
  (seventh, eighty-seventh: "Capital Economics expects prices to rise 3% next year.", "Die
  Arbeitslosenquote dürfte laut Wifo im kommenden Jahr auf 7,6 Prozent steigen." -> "Wifo",
  the institutes' growth forecasts for next year). Outlooks, fears and warnings without a
  figure are negatives (thirty-eighth, forty-seventh, hundred-eighteenth): "Some economists
  expect the market to cool ...", "Most economists expect the Bank of England to cut rates
  again in December.", "Retailers fear ...", "Hoteliers fear ...", "Industry groups warned
  that the target would drive factories out of Europe.", "Der Nabu warnte vor ...", "Der
  Wirtschaftsrat warnte vor einer „Schuldenlawine ...“", "Finanzminister Klaus Ebenhofer
  zeigte sich überzeugt, dass Österreich „gestärkt aus dieser Phase“ hervorgehen werde."
- Threats made on a condition are negatives (eighty-fourth, hundredth), in Konjunktiv I and
  with a named source too: "Sollten die Baumeister nicht einlenken, seien Protesttage auf den
  Baustellen denkbar, hiess es bei der Unia.", "Sollte es im Frühjahr zu Kündigungen kommen,
  werde man „alle gewerkschaftlichen Mittel ausschöpfen“, drohte PRO-GE-Landessekretär
  Harald Wimmleitner.", "Labour Minister Gordon Sayers said Ottawa would use "every tool
  available" if the strike dragged on.", "Union leaders warned of "a winter of anger" if the
  budget passed unchanged.". New: "Sollte es bis Monatsende kein besseres Angebot geben,
  seien unbefristete Streiks nicht ausgeschlossen, sagte Bräutigam." is such a threat and a
  negative - "nicht ausgeschlossen" under a condition set for the other side is leverage,
  not a position of record, unlike the eighty-seventh batch's "Negativzinsen seien weiterhin
  nicht ausgeschlossen, sagte SNB-Präsident ..." (a central bank's stated policy,
  check-worthy). Each threat stands beside the step actually taken, which is check-worthy
  without a figure or with one (thirtieth, ninety-fourth: threats of a concrete act stated
  as a position; ninety-eighth: announced steps): "Die Unia hat für den 8. November bereits
  eine nationale Kundgebung in Bern bewilligen lassen.", "Sayers said he had asked both
  sides to meet a federal mediator on Wednesday." -> "Sayers", "Das Landvolk hat beim
  Umweltministerium eine Ausnahmegenehmigung für den Abschuss beantragt.".
- New: a newspaper's commentary quoted by the agency is a negative like any other label -
  "Die „Frankfurter Allgemeine Zeitung“ schrieb in einem Kommentar, die Koalition verwechsle
  Schulden mit Reformen." (as the headlines "Kommentar: ..." of the ninth batch and the
  reviews of the hundred-twenty-first) - while a paper's report of a figure is a claim with
  the speaker unchecked ("Die „Süddeutsche Zeitung“ berichtete, im Finanzministerium rechne
  man für 2028 mit einer Lücke von mehr als 170 Milliarden Euro."; hundred-sixteenth: "Nach
  Medienberichten" unchecked). Commentators and writers are labels as critics are
  ("Kommentatoren werteten das Resultat als Zeichen ...", "Cycling writers called it ...";
  ninety-eighth: "Kritiker sprachen von ...").
- Interviews and press conferences: a reporter's question is a negative („Herr Rehm, haben
  Sie zu lange an ihm festgehalten?“, wollte ein Reporter auf der Pressekonferenz wissen.;
  hundred-twentieth: a moderator's question), and so is an evasive answer ("Auf die Frage
  nach weiteren Standorten sagte Gföllner nur: „Ich schließe heute gar nichts aus.“";
  hundred-fourteenth: "replied only that"; hundred-twentieth); "ließ Gföllner offen" and
  "wollte Kornherr nicht garantieren" are open questions (ninety-eighth,
  hundred-nineteenth), "Zu möglichen Nachfolgern wollte sich der Verein nicht äußern." a
  no-comment line (twenty-first). New: "Noch vor einer Woche hatte Rehm dem Trainer
  öffentlich das Vertrauen ausgesprochen." is check-worthy - that a statement was made in
  public at a stated time is an act of record whatever its content, as an appeal announced
  (ninety-eighth) or a denial reported (hundred-sixteenth); quoted, the same vote of
  confidence would be a verdict. "Umweltminister Christoph Brakemeier sagte, ein Abschuss
  werde geprüft, sobald ..." is a review that names no step and a negative
  (hundred-nineteenth: "would review the legislation").
- Vox pops and victims (hundred-fourteenth, hundred-eighteenth, hundred-nineteenth): a
  vox pop is a negative with its figures labelled (""I already pay $132 a month just to get
  to work," said Marisol Duarte, 34, ..." 132 USD and 34 years; „Ich halte seit 30 Jahren
  Schafe, so ein Blutbad habe ich noch nie gesehen“ 30 years, hundred-tenth: „So etwas habe
  ich in 30 Jahren ... nicht erlebt“; ""My kids drank that water for months," said Crystal
  Mabry, 38, who attended every day of the five-week trial." 38 years and 5 weeks; „Beim
  Einkaufen merke ich davon gar nichts“; «Die Altstadt gehört längst nicht mehr uns, ...»;
  "It's like driving on the surface of the moon"). New: ""He took everything my mother had
  saved," said Jennifer Trask, whose 84-year-old mother lost £212,000." is check-worthy -
  the narrator's clause states a checkable loss and carries the row, as the
  hundred-seventeenth's staff figure carried "Humber Steel, which employs ..."; its speaker
  stays unchecked (a description after the name). New: a witness's quoted account of a
  payment in court is check-worthy with the speaker unchecked („Wir haben 1.800 Euro für eine
  Wohnung in Seefeld überwiesen und standen dann vor einer Baugrube“, schilderte eine Zeugin
  aus Rosenheim.), one side's account as defence counsel's (hundred-nineteenth).
- Other negatives (ninety-eighth, hundred-fourteenth to hundred-twenty-first): labels of
  unions, lobbies, parties, campaigners, analysts and a prosecutor ("nannte die Forderungen
  «realitätsfremd ...»", "sprach von einer „trügerischen Entwarnung“", "nannte die
  Bierpreise „eine Unverschämtheit“", "sprach von einem «fatalen Signal ...»", "sprach von
  einem „Alarmsignal ...“", "sprach von „kaltschnäuziger Gier“", "called the figures "one
  more reminder ..."", "called the hike ...", "described the state of Britain's local roads
  as ...", "called the verdict ...", "called the warning "a kitchen-sink moment."", "called
  the demands ...", "called the birth ...", "called the levy ...", "Judge Patricia Holloway
  said he had shown "breathtaking arrogance ..."" - a judge's remarks, hundred-nineteenth:
  the judge's label for the evidence), creeds and rhetoric in quotes («Wer Vollzeit arbeitet,
  ...», «Wer über Overtourism jammert, ...», „Wer die Mieten deckelt, ...“, «Die Vernunft hat
  gesiegt», «Das ist erst der Anfang, ...», „Jetzt wollen wir in Amerika Geschichte
  schreiben“), a verdict in quotes with a figure („Eine Inflation von 3,1 Prozent ist für
  Pensionistinnen und Pensionisten noch immer ein Armutsrisiko“ with its 3.1 percent
  labelled; hundred-seventeenth and hundred-twenty-first), a feeling of a sports director
  („Wir hatten zuletzt nicht mehr das Gefühl, ...“), a quote with a figure that is no
  measure ("Defending champion Mattias Lindholm said he had "never seen a third week this
  hard."" with ordinal 3; hundred-nineteenth: "never ... like it"), thanks ("Palace thanked
  Gilmartin for his "tireless work and dedication.""; hundred-eighteenth: "dankte den
  Einsatzkräften"), a banner („Mit Herz, ohne Plan“; fifty-seventh), open questions
  ("Whether the owners will back his successor ...", "It is unclear whether ...", "Ob die
  Maß im nächsten Jahr die 17-Euro-Marke knackt, ..." with 17 EUR, "Whether he can keep up
  that pace over 82 games ..." with 82), advice ("Drivers are advised to report potholes
  ..."), scene colour (away fans chanting, fans queueing at the Palais des Congrès, residents
  on the courthouse steps, drummers and balloons on the Place de la République, the crowd
  chanting "MVP", relatives in the gallery, "Keepers described the birth as smooth and
  uneventful."), "Es gilt die Unschuldsvermutung." (fifty-fifth).
- Check-worthy without a figure (ninety-eighth, hundred-fourteenth to
  hundred-twenty-first): Pfisterer's VAT claim, Amrein's account of where the fee goes, an
  application lodged, a works council's written pledge ("Betriebsratschef Franz Aichberger
  sagte, es gebe eine schriftliche Zusage, ..." -> "Franz Aichberger"; hundred-fifth and
  hundred-nineteenth: pledges with a checkable content), the denial, a partial guilty plea,
  a verdict expected on Wednesday (hundred-twentieth: a scheduled step), the vote of
  confidence above, a parliament still to approve (hundred-seventeenth), "Brixton said it
  would appeal." -> "Brixton", the mediator called in, a party's vote, the Wiener Linien's
  stated reason ("Als Grund nannten die Wiener Linien ..."; ninety-eighth), an opening date
  in a pronoun row ("She said visitors would be able to see the calf from early December.";
  the speaker unchecked, eighty-fourth), the prosecutors' account of how the money was spent.
- Shares and fractions (the issue; hundred-fourteenth, hundred-twenty-first): "Jeder fünfte
  Haushalt" 0.2, "knapp ein Zehntel weniger" 0.1 "nearly" (the "weniger" after it compares),
  "About one in four primary school teachers" 0.25 "about", "At least half the money" 0.5
  "at_least". New: "rund neun von zehn Zügen" is 0.9 "about" - the ratio "X von Y" without
  an article is a share, as "nine in 10" (hundred-eleventh) and "Three in 10"
  (hundred-twentieth), while "X der Y" and "X of the Y" with the article stay two counts
  (forty-first: a definite group).
- Money in the currency written (every earlier batch): EUR ("bis zu 16,40 Euro" "up_to",
  "aber mindestens 350 Euro monatlich" "at_least" - "aber" stands before the hedge, not
  between it and the figure -, "insgesamt 318.000 Euro" with "insgesamt" no hedge, "42.000
  Euro", "1.800 Euro", "519,8 Milliarden Euro", "126 Milliarden Euro", "mehr als 170
  Milliarden Euro" "over", "um 240 Millionen auf 2,1 Milliarden Euro" both EUR - the
  currency written once serves the earlier figure, hundred-seventeenth and
  hundred-nineteenth -, "40 billion euros"), CHF ("mindestens 150 Franken im Monat"
  "at_least", "50 Franken pro Halt"; "im Monat", "pro Halt", "monatlich" none), USD ("$3.05",
  "$136, up from $132", "$132 a month" in a negative, "about $120 million a year" "about",
  "$212 million", "($420 million)" with no hedge - the converted figure in brackets,
  eightieth), GBP ("about £61,000", "£1.6 billion", "an estimated £16.8 billion" "about" -
  hundred-eighteenth: "an estimated" -, "£2.3 million", "£212,000", "Only £310,000" with
  "Only" no hedge, "about £11 million a year"), SEK ("4 billion Swedish crowns";
  hundred-fourteenth), CAD ("roughly C$400 million worth of goods a day" "about";
  hundred-seventeenth: "C$8.9 billion"). "The 15-cent increase" is 0.15 USD - cents are USD
  hundredths (hundred-fifteenth: "rose 38 cents"), the compound read as written. New: "die
  17-Euro-Marke" is money 17 EUR (in an open question, labelled) - a currency in a
  hyphenated compound makes an amount, as "28-Punkte-Entwurf" is count 28 (the issue) and
  "Zehn-Kilometer-Sperrzone" count 10 (hundred-fifteenth). "weighing 286 pounds" is count
  286 - a weight in pounds after a figure in U.S. copy about an animal, as "about 26,000
  pounds of ground beef" (seventy-ninth), not pounds sterling.
- Percentages: "von bis zu 3,5 Prozent" "up_to" (hundred-seventeenth: "von bis zu 36,1
  Prozent"), "1,2 Prozent unter dem Stand von 2021" and "35% under the 1990 mark" and "87%
  below their 1990 level" with no hedge (a bound after the figure compares,
  hundred-first), "5,8 beziehungsweise 7,2 Prozent" and "1,1 beziehungsweise 0,9 Prozent"
  two percentages each (the unit written once, forty-sixth), "um durchschnittlich 30
  Prozent" with no hedge, "um rund neun Prozent" "about", "um fast 15 Prozent" "nearly",
  "auf höchstens drei Prozent pro Jahr" "at_most" (hundred-sixteenth: "höchstens"), "7% to
  8%, down from about 10%" (the hedge on the third only), "as much as 11%" "up_to"
  (hundred-seventeenth), "about 50% more" "about", "Up to four percentage points" 4 pp
  "up_to", "a 5% visitor levy" and "also set at 5%", "38,2 Prozent Ja-Stimmen", "44,2
  Prozent", "50,9 Prozent".
- Counts, ordinals and durations: tallies ("mit 27 zu 19 Stimmen", "by a vote of 11 to 2",
  "by 49 votes to 31") two counts each; "1.200 seiner 3.400 Beschäftigten" two counts, the
  hedge on the first only (hundred-seventeenth); "rund 14'000 Cars" (Swiss apostrophe,
  tenth); "each side's count" of the French protest three counts with the speaker unchecked
  (two sources in one row, hundred-eighteenth); "one million potholes" 1,000,000 ("an extra"
  no hedge); "Fewer than 50,000" "under" (fifty-fifth); "54,000 metres", "3,350 kilometres",
  "58 km" counts (hundred-eighteenth: lengths); "31.4 points" count 31.4; "nach nur zehn
  Spieltagen" count 10 (a day inside a compound is counted, hundred-twenty-first; "nur" no
  hedge); "in acht Qualifikationsspielen nur zwei Gegentore" counts 8 and 2; "Elf weitere
  Tiere" 11 ("weitere" no hedge, hundred-sixteenth); "verteilt auf zwei Stufen" 2
  (sixty-sixth). Ordinals: "18th", "the third top-flight manager", "the third day of
  nationwide protests", "die fünfte Niederlage in Serie", "der fünfte Bundesliga-Trainer",
  "im ersten Halbjahr" 1, "an vierter Stelle" 4, "in the fourth quarter", "Canada's
  second-largest port" 2 (the issue: "die drittgrößte Stadt"), "the second-slowest growth"
  2, "in the third quarter, slowing from 0.3% in the second" 3 and 2 (seventy-first: the
  noun left out), "through his first nine games" ordinal 1 and count 9
  (hundred-twenty-first: "in its first five days"), "the first since 2023", "zum ersten Mal
  seit 1998", "auf Platz eins" 1 (hundred-sixteenth: "auf Platz drei"), "die ersten Züge"
  and "das erste Teilstück" 1, "the zoo's second elephant birth since 2020" 2. Durations:
  "nach 16 Tagen", "for 14 months", "A 30-day unlimited pass" 30 days, "einem achtstündigen
  Warnstreik" 8 hours (the issue: "fünfstündigen"), "zwölf Monaten Laufzeit" and "30 Monate
  Laufzeit", "for about 11 hours over two days" ("over" before a span no hedge,
  hundred-sixteenth), "for at least three years" "at_least", "the five-week trial" (in a
  negative), "over four years", "over nine years", "for eight years", "binnen zwei Jahren",
  "a pregnancy of nearly 22 months" "nearly", "sechs Wochen Ferien" and "mindestens vier
  Wochen Ferien" "at_least", "um mindestens eineinhalb Jahre" 1.5 years "at_least" ("um" no
  hedge; hundred-twentieth: "zweieinhalbstündigen"), "their biggest one-day drop" 1 day
  (hundred-seventeenth). Ages are durations in years ("Gilmartin, 52,", "ein 41-Jähriger",
  "Whitmer, 24,", "Graham Ellerby, 57,", "whose 84-year-old mother", and "Marisol Duarte,
  34," and "Crystal Mabry, 38," in negatives). None: "im Vorjahr", "ein Jahr zuvor", "im
  kommenden Jahr", "heuer", "in diesem Jahr", "seit Jahren", "Noch vor einer Woche", "bis
  Monatsende", "bis Ende März", "next year", "last year", "this year", "a year", "a month",
  "a day", "for months", "for hours", "in a generation", "seit halb sechs"-style clock
  times, weekdays, months ("im September", "seit Jänner", "ab November", "in January",
  "between July and September", "since August", "in December", "from next October"),
  "zweistellig" (hundred-sixth: "einen zweistelligen Millionenbetrag"), "Millionen
  Pendler", "Hundreds of thousands" (seventeenth), "kein einziger", "keinen einzigen" and
  "a single" (hundred-fifteenth), scores ("0:4", "2:0", "3-0", "128-119"), "U5" and "G7"
  (hundred-fifth: "A45").
- Years and dates: "von 2021", "seit Herbst 2022", "zwischen 2022 und 2024", "ab 2027",
  "für 2028", "seit 1998", "Statt Ende 2026 ... im Sommer 2028", "since 2023", "by 2027",
  "since March 2020", "a 2019 leak", "since 2021", "from 1990 levels by 2040", "In 2023 ...
  the 1990 mark", "since 2019", "since 2020", "since 2011" the years; "für den 8. November"
  --11-08, "ab dem 1. April" --04-01 ("ab" no hedge; ninety-eighth: "Ab 1. März"), "am 5.
  Dezember" --12-05 dates without a year; Reuters datelines with a day ("LONDON, Oct 2",
  "STOCKHOLM, Oct 17", "BRUSSELS, Oct 28", "MONTREAL, Nov 4", "LONDON, Nov 13") dates without
  a year; APA, dpa, dpa/lby, Keystone-SDA, AP ("NEW YORK (AP) —", "CHARLESTON, W.Va. (AP) —",
  "MILWAUKEE (AP) —", "COLUMBUS, Ohio (AP) —"), PA and AFP datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "About", "about", "roughly", "an estimated"
  "about"; "knapp", "fast", "nearly" "nearly"; "mehr als", "more than" "over"; "Fewer than"
  "under"; "mindestens", "at least", "At least" "at_least"; "bis zu", "Up to", "as much as"
  "up_to"; "höchstens" "at_most". No hedge: "insgesamt", "totalling", "a total of",
  "durchschnittlich", "bisher", "bereits", "nur", "Only", "weitere", "an extra", "ab", "um"
  before a difference, "over" before a span, "unter", "under", "below" and "weniger" after a
  figure, "the most ... since".
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("Vorstandschef", "EVG-Verhandlungsführerin", "Interimstrainer") and surnames as
  written ("sagte Pfisterer", "sagte Tschurtschenthaler", "sagte Brennecke", "sagte
  Strohmaier"; ninety-fifth), "sagte Stadträtin Judith Amrein" after a Konjunktiv
  paraphrase (hundred-fourteenth), "sagte Justizministerin Carina Wutscher im
  Ö1-Morgenjournal" -> "Carina Wutscher" (the programme dropped, eighty-fourth and
  ninety-third), "so IHS-Chef Holger Bamberger" -> "Holger Bamberger" (forty-eighth),
  "Betriebsratschef Franz Aichberger sagte, ..." opening the row -> "Franz Aichberger"
  (forty-second), "laut Wifo" -> "Wifo" as written (hundred-twentieth: "Laut AMS"), "nach
  Angaben des Bundesamts für Statistik" -> "das Bundesamt für Statistik", "nach Angaben des
  Umweltministeriums" -> "das Umweltministerium" and "Nach Angaben der Deutschen Bahn" -> "die
  Deutsche Bahn" the source in the nominative (hundred-twenty-first: "nach Angaben des
  Auktionshauses"), "teilte die Stadt München mit" (the place part of the name,
  hundred-eighteenth), "teilte der Landkreis mit", "teilte das Unternehmen am Donnerstag mit"
  and "teilten die Wiener Linien am Mittwoch mit" (the weekday dropped,
  hundred-fourteenth), "wie die Stadt mitteilte" and "wie die Bundeskanzlei mitteilte"
  (ninety-ninth). English: "Castell said", "Lieberson said", "Everly said", "Sayers said" as
  written, "Sjöberg said the company would ..." the surname, "Budget minister Arnaud Delclos
  said" and "roads minister Helen Garside said" and "council leader Moira Kerrigan said" the
  name with the title dropped (fifteenth), "organisers said on Tuesday" -> "organisers"
  (hundred-twenty-first), "according to the organisers", "according to the European
  Environment Agency", "according to the education ministry", "according to the Montreal Port
  Authority" and "according to the World Wildlife Fund" with the article (ninety-eighth),
  "Brixton said" as written (hundred-seventeenth: "Euroclear said"), "the RAC said" with its
  article as written, "the zoo said Wednesday" -> "the zoo" (the weekday dropped,
  forty-second). Left unchecked (None): "fügte er hinzu" and "She said" (pronouns),
  "hiess es bei der Unia", "rechnete die Arbeiterkammer vor" (hundredth), "laut
  Schnellschätzung der Statistik Austria" and "laut einer AK-Umfrage" (a document or a
  survey, hundred-second), "Laut Anklage", "schilderte eine Zeugin", "die Polizei zählte",
  "berichtete" with a paper's name in quotation marks, "mortgage lender Nationwide said" (a
  description before the name, fortieth), "Analysts in a Reuters poll", "official figures
  showed", "the board decided", "Capital Economics expects" (an estimating verb,
  hundred-tenth), "two EU diplomats said", "The CGT said ..., while the interior ministry put
  the figure at ..." (two sources in one row), "put ... at", "prosecutors said" and "council
  officials said" (plural groups, forty-first), "Southwark Crown Court heard", "the court was
  told", "said Jennifer Trask, whose ..." (above), rows without attribution and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_124 = [
    # --- Lohnrunde in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Gewerkschaften fordern für das kommende Jahr generelle Lohnerhöhungen von bis zu 3,5 Prozent.",
        True,
        [("percent", 3.5, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Tiefe Löhne sollen nach dem Willen des Gewerkschaftsbunds um mindestens 150 Franken im Monat steigen.",
        True,
        [("money", 150, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "«Wer Vollzeit arbeitet, muss von seinem Lohn anständig leben können», sagte SGB-Präsident Reto Lüthold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Reallöhne lägen noch immer 1,2 Prozent unter dem Stand von 2021, fügte er hinzu.",
        True,
        [("percent", 1.2, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband nannte die Forderungen «realitätsfremd und Gift für die Exportindustrie».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Teuerung lag im August nach Angaben des Bundesamts für Statistik bei 0,2 Prozent.",
        True,
        [("percent", 0.2, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Sollten die Baumeister nicht einlenken, seien Protesttage auf den Baustellen denkbar, hiess es bei der Unia.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Unia hat für den 8. November bereits eine nationale Kundgebung in Bern bewilligen lassen.",
        True,
        [("date", "--11-08", None, None)],
        None,
    ),
    # --- Inflation im September (APA) ---
    (
        "de",
        "Wien (APA) - Die Teuerung in Österreich ist im September laut Schnellschätzung der Statistik Austria auf 3,1 Prozent zurückgegangen.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    ("de", "„Die Teuerung ist gebrochen“, sagte Wirtschaftsminister Gerald Pfisterer.", False, [], None),
    (
        "de",
        "„Seit Juli zahlen die Menschen auf Brot, Milch und Gemüse keine Mehrwertsteuer mehr“, sagte Pfisterer.",
        True,
        [],
        "Pfisterer",
    ),
    ("de", "Die Arbeiterkammer sprach von einer „trügerischen Entwarnung“.", False, [], None),
    (
        "de",
        "Mieten und Haushaltsenergie seien um 5,8 beziehungsweise 7,2 Prozent teurer gewesen als ein Jahr zuvor, rechnete die Arbeiterkammer vor.",
        True,
        [("percent", 5.8, "%", None), ("percent", 7.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Eine Inflation von 3,1 Prozent ist für Pensionistinnen und Pensionisten noch immer ein Armutsrisiko“, sagte AK-Präsidentin Silvia Hametner.",
        False,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder fünfte Haushalt musste laut einer AK-Umfrage im Sommer beim Lebensmitteleinkauf sparen.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "„Beim Einkaufen merke ich davon gar nichts“, sagte eine Pensionistin am Brunnenmarkt.", False, [], None),
    # --- British house prices (Reuters) ---
    (
        "en",
        "LONDON, Oct 2 (Reuters) - British house prices rose 0.4% in September from August, mortgage lender Nationwide said on Thursday.",
        True,
        [("date", "--10-02", None, None), ("percent", 0.4, "%", None)],
        None,
    ),
    ("en", "Analysts in a Reuters poll had pencilled in a 0.1% increase.", True, [("percent", 0.1, "%", None)], None),
    (
        "en",
        "Annual growth slowed to 2.2% from 2.8% in August.",
        True,
        [("percent", 2.2, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        '"The market is showing remarkable resilience," said Nationwide chief economist Owen Castell.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"A typical first-time buyer now needs a deposit of about £61,000," Castell said.',
        True,
        [("money", 61000, "GBP", "about")],
        "Castell",
    ),
    ("en", "Estate agents described buyers as cautious but no longer fearful.", False, [], None),
    ("en", "Capital Economics expects prices to rise 3% next year.", True, [("percent", 3, "%", None)], None),
    (
        "en",
        'Housing charity Shelter called the figures "one more reminder that home ownership is slipping out of reach."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some economists expect the market to cool once the stamp duty break for first-time buyers ends.",
        False,
        [],
        None,
    ),
    # --- Wiesn-Bilanz (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Das Oktoberfest ist am Sonntagabend nach 16 Tagen mit rund 6,3 Millionen Besucherinnen und Besuchern zu Ende gegangen.",
        True,
        [("duration", 16, "day", None), ("count", 6300000, None, "about")],
        None,
    ),
    (
        "de",
        "Das waren etwa 400.000 weniger als im Vorjahr, teilte die Stadt München mit.",
        True,
        [("count", 400000, None, "about")],
        "die Stadt München",
    ),
    (
        "de",
        "„Es war eine friedliche, fröhliche und sichere Wiesn“, sagte Wiesn-Chefin Katharina Haslauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei zählte 1.146 Einsätze und damit knapp ein Zehntel weniger als im Vorjahr.",
        True,
        [("count", 1146, None, None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    ("de", "Die Maß Bier kostete heuer bis zu 16,40 Euro.", True, [("money", 16.4, "EUR", "up_to")], None),
    ("de", "Der Bund der Steuerzahler nannte die Bierpreise „eine Unverschämtheit“.", False, [], None),
    (
        "de",
        "Die Schausteller hoffen, dass im kommenden Jahr wieder mehr als sieben Millionen Gäste auf die Theresienwiese kommen.",
        False,
        [("count", 7000000, None, "over")],
        None,
    ),
    (
        "de",
        "Ob die Maß im nächsten Jahr die 17-Euro-Marke knackt, wagte kein Wirt vorherzusagen.",
        False,
        [("money", 17, "EUR", None)],
        None,
    ),
    # --- Crystal Palace sack their manager (PA) ---
    (
        "en",
        "LONDON (PA) - Crystal Palace have sacked manager Ronan Gilmartin after a run of seven league games without a win.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The club sit 18th in the Premier League with five points from nine matches.",
        True,
        [("ordinal", 18, None, None), ("count", 5, None, None), ("count", 9, None, None)],
        None,
    ),
    ("en", 'In a statement, Palace thanked Gilmartin for his "tireless work and dedication."', False, [], None),
    (
        "en",
        "Gilmartin, 52, had been in charge for 14 months.",
        True,
        [("duration", 52, "year", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        '"We are all responsible for this, not just one man," captain Declan Furlong told Sky Sports.',
        False,
        [],
        None,
    ),
    ("en", "Away fans had chanted for his dismissal during Saturday's 3-0 defeat at Newcastle.", False, [], None),
    (
        "en",
        "Gilmartin becomes the third top-flight manager to be dismissed since August.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Whether the owners will back his successor in the January transfer window is unclear.", False, [], None),
    # --- Cargebühr in Luzern (Keystone-SDA) ---
    (
        "de",
        "Luzern (Keystone-SDA) - Reisecars müssen in der Stadt Luzern ab dem 1. April eine Gebühr von 50 Franken pro Halt bezahlen.",
        True,
        [("date", "--04-01", None, None), ("money", 50, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das Stadtparlament hiess die Vorlage am Donnerstag mit 27 zu 19 Stimmen gut.",
        True,
        [("count", 27, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hielten rund 14'000 Cars am Schwanenplatz, wie die Stadt mitteilte.",
        True,
        [("count", 14000, None, "about")],
        "die Stadt",
    ),
    (
        "de",
        "«Die Altstadt gehört längst nicht mehr uns, sondern den Reisegruppen», sagte eine Anwohnerin an der Kapellgasse.",
        False,
        [],
        None,
    ),
    ("de", "Der Hotelierverein sprach von einem «fatalen Signal an die Gäste aus Asien».", False, [], None),
    (
        "de",
        "Die Einnahmen würden vollständig in den Ausbau des Busangebots fliessen, sagte Stadträtin Judith Amrein.",
        True,
        [],
        "Judith Amrein",
    ),
    (
        "de",
        "«Wer über Overtourism jammert, sägt am Ast, auf dem die ganze Region sitzt», sagte FDP-Grossstadtrat Marco Bühlmann.",
        False,
        [],
        None,
    ),
    # --- New York fare increase (AP) ---
    (
        "en",
        "NEW YORK (AP) — The base fare for New York City's subways and buses will rise to $3.05 in January, the Metropolitan Transportation Authority's board decided Wednesday.",
        True,
        [("money", 3.05, "USD", None)],
        None,
    ),
    (
        "en",
        "The 15-cent increase, approved by a vote of 11 to 2, is the first since 2023.",
        True,
        [
            ("money", 0.15, "USD", None),
            ("count", 11, None, None),
            ("count", 2, None, None),
            ("ordinal", 1, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Nobody likes a fare increase, but the alternative is a system that falls apart," MTA Chair Dana Lieberson told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lieberson said the increase would raise about $120 million a year for maintenance.",
        True,
        [("money", 120000000, "USD", "about")],
        "Lieberson",
    ),
    (
        "en",
        '"I already pay $132 a month just to get to work," said Marisol Duarte, 34, a home health aide from the Bronx.',
        False,
        [("money", 132, "USD", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "A 30-day unlimited pass will cost $136, up from $132.",
        True,
        [("duration", 30, "day", None), ("money", 136, "USD", None), ("money", 132, "USD", None)],
        None,
    ),
    ("en", 'Transit advocates called the hike "a tax on the riders who can least afford it."', False, [], None),
    ("en", "It is unclear whether the extra money will cut delays on the oldest lines.", False, [], None),
    # --- Konjunkturprognose von Wifo und IHS (APA) ---
    (
        "de",
        "Wien (APA) - Die Wirtschaftsforscher von Wifo und IHS erwarten für das kommende Jahr ein Wachstum von 1,1 beziehungsweise 0,9 Prozent.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Exporte in die USA sind laut Wifo im ersten Halbjahr zweistellig eingebrochen.",
        True,
        [("ordinal", 1, None, None)],
        "Wifo",
    ),
    (
        "de",
        "„Die Talfahrt ist vorbei, aber von einem Aufschwung kann keine Rede sein“, sagte Wifo-Chef Thomas Reiterer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote dürfte laut Wifo im kommenden Jahr auf 7,6 Prozent steigen.",
        True,
        [("percent", 7.6, "%", None)],
        "Wifo",
    ),
    (
        "de",
        "„Österreich ist ein Hochsteuerland, und das kostet uns jedes Jahr Wachstum“, sagte IV-Generalsekretär Christoph Lanzenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mit einer Abgabenquote von 44,1 Prozent lag Österreich im Vorjahr EU-weit an vierter Stelle.",
        True,
        [("percent", 44.1, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    ("de", "„Die Lage in der Industrie ist dramatisch“, sagte Lanzenberger.", False, [], None),
    (
        "de",
        "Die Industrieproduktion sei seit Herbst 2022 um rund neun Prozent geschrumpft, so IHS-Chef Holger Bamberger.",
        True,
        [("year", 2022, None, None), ("percent", 9, "%", "about")],
        "Holger Bamberger",
    ),
    (
        "de",
        "Finanzminister Klaus Ebenhofer zeigte sich überzeugt, dass Österreich „gestärkt aus dieser Phase“ hervorgehen werde.",
        False,
        [],
        None,
    ),
    # --- Wolfsriss im Landkreis Cuxhaven (dpa) ---
    (
        "de",
        "Hannover (dpa) - Ein Wolf hat in der Nacht zum Montag im Landkreis Cuxhaven 23 Schafe gerissen.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Elf weitere Tiere mussten eingeschläfert werden, teilte der Landkreis mit.",
        True,
        [("count", 11, None, None)],
        "der Landkreis",
    ),
    (
        "de",
        "„Ich halte seit 30 Jahren Schafe, so ein Blutbad habe ich noch nie gesehen“, sagte Schäfer Hinrich Osterloh.",
        False,
        [("duration", 30, "year", None)],
        None,
    ),
    (
        "de",
        "„Der Wolf hat in einer Kulturlandschaft wie unserer nichts verloren“, sagte Landvolk-Präsident Jan-Hendrik Wübbens.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Landvolk hat beim Umweltministerium eine Ausnahmegenehmigung für den Abschuss beantragt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Umweltministeriums leben in Niedersachsen derzeit 58 Rudel.",
        True,
        [("count", 58, None, None)],
        "das Umweltministerium",
    ),
    ("de", "Der Nabu warnte vor „Panikmache auf dem Rücken einer streng geschützten Art“.", False, [], None),
    (
        "de",
        "Umweltminister Christoph Brakemeier sagte, ein Abschuss werde geprüft, sobald das Ergebnis der DNA-Analyse vorliege.",
        False,
        [],
        None,
    ),
    # --- Tour de France route (AFP) ---
    (
        "en",
        "PARIS (AFP) - Next year's Tour de France will start in Barcelona and cover about 3,350 kilometres in 21 stages, organisers said on Tuesday.",
        True,
        [("count", 3350, None, "about"), ("count", 21, None, None)],
        "organisers",
    ),
    (
        "en",
        "The route includes five summit finishes and two individual time trials totalling 58 km.",
        True,
        [("count", 5, None, None), ("count", 2, None, None), ("count", 58, None, None)],
        None,
    ),
    ("en", '"It\'s a route for climbers, and a cruel one," said race director Christian Lavergne.', False, [], None),
    (
        "en",
        "Riders will climb a total of 54,000 metres, the most since 2011, according to the organisers.",
        True,
        [("count", 54000, None, None), ("year", 2011, None, None)],
        "the organisers",
    ),
    (
        "en",
        'Defending champion Mattias Lindholm said he had "never seen a third week this hard."',
        False,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Cycling writers called it the most mountainous Tour in a generation.", False, [], None),
    ("en", "Fans queued for hours outside the Palais des Congrès to catch a glimpse of the riders.", False, [], None),
    # --- Kurzarbeit bei Kremstaler Anlagenbau (APA) ---
    (
        "de",
        "Linz (APA) - Der Maschinenbauer Kremstaler Anlagenbau schickt ab November rund 1.200 seiner 3.400 Beschäftigten in Oberösterreich in Kurzarbeit.",
        True,
        [("count", 1200, None, "about"), ("count", 3400, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitszeit werde um durchschnittlich 30 Prozent reduziert, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("percent", 30, "%", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "„Unser Auftragseingang ist seit Jänner um 38 Prozent eingebrochen“, sagte Vorstandschef Bernhard Gföllner.",
        True,
        [("percent", 38, "%", None)],
        "Bernhard Gföllner",
    ),
    ("de", "„Wir kämpfen um jeden einzelnen Arbeitsplatz“, sagte Gföllner.", False, [], None),
    ("de", "Die Gewerkschaft PRO-GE sprach von einem „Alarmsignal für den ganzen Industriestandort“.", False, [], None),
    (
        "de",
        "Sollte es im Frühjahr zu Kündigungen kommen, werde man „alle gewerkschaftlichen Mittel ausschöpfen“, drohte PRO-GE-Landessekretär Harald Wimmleitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Betriebsratschef Franz Aichberger sagte, es gebe eine schriftliche Zusage, bis Ende März niemanden zu kündigen.",
        True,
        [],
        "Franz Aichberger",
    ),
    (
        "de",
        "Auf die Frage nach weiteren Standorten sagte Gföllner nur: „Ich schließe heute gar nichts aus.“",
        False,
        [],
        None,
    ),
    ("de", "Ob die Kurzarbeit reicht, um das Werk in Wels zu halten, ließ Gföllner offen.", False, [], None),
    # --- Halvorsen profit warning (Reuters) ---
    (
        "en",
        "STOCKHOLM, Oct 17 (Reuters) - Swedish truckmaker Halvorsen cut its full-year profit forecast on Friday, blaming weak demand in Europe and U.S. tariffs.",
        True,
        [("date", "--10-17", None, None)],
        None,
    ),
    (
        "en",
        "It now expects an operating margin of 7% to 8%, down from about 10% previously.",
        True,
        [("percent", 7, "%", None), ("percent", 8, "%", None), ("percent", 10, "%", "about")],
        None,
    ),
    (
        "en",
        '"We are taking decisive action to protect our profitability," Chief Executive Annika Sjöberg said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sjöberg said the company would cut about 2,000 office jobs and aimed to lower annual costs by 4 billion Swedish crowns ($420 million) by 2027.",
        True,
        [
            ("count", 2000, None, "about"),
            ("money", 4000000000, "SEK", None),
            ("money", 420000000, "USD", None),
            ("year", 2027, None, None),
        ],
        "Sjöberg",
    ),
    ("en", 'Analysts at Jefferies called the warning "a kitchen-sink moment."', False, [], None),
    (
        "en",
        "Shares in Halvorsen fell as much as 11%, their biggest one-day drop since March 2020.",
        True,
        [("percent", 11, "%", "up_to"), ("duration", 1, "day", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "The company hopes a recovery in European freight volumes will lift orders in the second half of next year.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Warnstreik bei der Bahn (dpa) ---
    (
        "de",
        "Berlin (dpa) - Mit einem achtstündigen Warnstreik hat die Eisenbahn- und Verkehrsgewerkschaft EVG am Montag den Bahnverkehr in weiten Teilen Deutschlands lahmgelegt.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Deutschen Bahn fielen im Fernverkehr rund neun von zehn Zügen aus.",
        True,
        [("fraction", 0.9, None, "about")],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "Die EVG verlangt 7,5 Prozent mehr Geld, aber mindestens 350 Euro monatlich, bei zwölf Monaten Laufzeit.",
        True,
        [("percent", 7.5, "%", None), ("money", 350, "EUR", "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Bahn hat bisher 4 Prozent angeboten, verteilt auf zwei Stufen und 30 Monate Laufzeit.",
        True,
        [("percent", 4, "%", None), ("count", 2, None, None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "de",
        "„Dieser Streik ist völlig unverhältnismäßig und trifft Millionen Pendler“, sagte Bahn-Personalvorständin Ingrid Roscher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben der Bahn drei Verhandlungstermine angeboten, sie hat keinen einzigen wahrgenommen“, sagte EVG-Verhandlungsführerin Cosima Bräutigam.",
        True,
        [("count", 3, None, None)],
        "Cosima Bräutigam",
    ),
    ("de", "Die Bahn bestreitet das.", True, [], None),
    (
        "de",
        "Sollte es bis Monatsende kein besseres Angebot geben, seien unbefristete Streiks nicht ausgeschlossen, sagte Bräutigam.",
        False,
        [],
        None,
    ),
    # --- Contaminated water verdict (AP) ---
    (
        "en",
        "CHARLESTON, W.Va. (AP) — A jury on Tuesday ordered chemical maker Brixton Industrial to pay $212 million to about 3,400 residents of a town whose drinking water was contaminated by a 2019 leak.",
        True,
        [("money", 212000000, "USD", None), ("count", 3400, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Jurors deliberated for about 11 hours over two days.",
        True,
        [("duration", 11, "hour", "about"), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        '"Today the people of Pine Fork finally got the justice they deserve," lead attorney Monica Everly said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Everly said the company had known about corroded storage tanks for at least three years before the leak.",
        True,
        [("duration", 3, "year", "at_least")],
        "Everly",
    ),
    ("en", "Brixton said it would appeal.", True, [], "Brixton"),
    ("en", 'A company spokesman called the verdict "deeply flawed and unsupported by the science."', False, [], None),
    (
        "en",
        '"My kids drank that water for months," said Crystal Mabry, 38, who attended every day of the five-week trial.',
        False,
        [("duration", 38, "year", None), ("duration", 5, "week", None)],
        None,
    ),
    ("en", "Some residents hugged and wept on the courthouse steps.", False, [], None),
    # --- Potholes (PA) ---
    (
        "en",
        "LONDON (PA) - Patrols attended 2,140 breakdowns caused by potholes between July and September, the most for that quarter since 2021, the RAC said.",
        True,
        [("count", 2140, None, None), ("year", 2021, None, None)],
        "the RAC",
    ),
    ("en", 'The RAC described the state of Britain\'s local roads as "a national embarrassment."', False, [], None),
    (
        "en",
        "The Government has given councils £1.6 billion for road repairs this year, about 50% more than last year.",
        True,
        [("money", 1600000000, "GBP", None), ("percent", 50, "%", "about")],
        None,
    ),
    (
        "en",
        '"We are on track to fix an extra one million potholes a year," roads minister Helen Garside said.',
        True,
        [("count", 1000000, None, None)],
        "Helen Garside",
    ),
    (
        "en",
        "The Local Government Association put the backlog of repairs in England at an estimated £16.8 billion.",
        True,
        [("money", 16800000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"It\'s like driving on the surface of the moon," said Stoke-on-Trent taxi driver Gary Pennock.',
        False,
        [],
        None,
    ),
    ("en", "Council leaders say years of underfunding cannot be undone in a single budget.", False, [], None),
    ("en", "Drivers are advised to report potholes to their council online.", False, [], None),
    # --- Betrugsprozess um Ferienwohnungen (APA) ---
    (
        "de",
        "Innsbruck (APA) - Weil er Ferienwohnungen vermietet haben soll, die es gar nicht gab, muss sich ein 41-Jähriger seit Montag am Landesgericht Innsbruck verantworten.",
        True,
        [("duration", 41, "year", None)],
        None,
    ),
    (
        "de",
        "Laut Anklage soll er zwischen 2022 und 2024 rund 260 Urlauberinnen und Urlauber um insgesamt 318.000 Euro gebracht haben.",
        True,
        [
            ("year", 2022, None, None),
            ("year", 2024, None, None),
            ("count", 260, None, "about"),
            ("money", 318000, "EUR", None),
        ],
        None,
    ),
    ("de", "Der Angeklagte bekannte sich teilweise schuldig.", True, [], None),
    (
        "de",
        "„Mein Mandant ist kein Betrüger, sondern ein Mann, dem alles über den Kopf gewachsen ist“, sagte Verteidigerin Sabine Tschurtschenthaler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Er hat bereits 42.000 Euro an Geschädigte zurückgezahlt“, sagte Tschurtschenthaler.",
        True,
        [("money", 42000, "EUR", None)],
        "Tschurtschenthaler",
    ),
    (
        "de",
        "„Wir haben 1.800 Euro für eine Wohnung in Seefeld überwiesen und standen dann vor einer Baugrube“, schilderte eine Zeugin aus Rosenheim.",
        True,
        [("money", 1800, "EUR", None)],
        None,
    ),
    ("de", "Der Staatsanwalt sprach von „kaltschnäuziger Gier“.", False, [], None),
    ("de", "Ein Urteil wird für Mittwoch erwartet.", True, [], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- EU climate target (Reuters) ---
    (
        "en",
        "BRUSSELS, Oct 28 (Reuters) - European Union environment ministers agreed on Tuesday that the bloc's net emissions must fall 87% below their 1990 level by 2040, after talks that ran through the night.",
        True,
        [
            ("date", "--10-28", None, None),
            ("percent", 87, "%", None),
            ("year", 1990, None, None),
            ("year", 2040, None, None),
        ],
        None,
    ),
    (
        "en",
        "Up to four percentage points of the target can be met with international carbon credits.",
        True,
        [("percent", 4, "pp", "up_to")],
        None,
    ),
    (
        "en",
        '"This is a historic day for Europe and for the planet," Denmark\'s climate minister told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Poland, Hungary and Slovakia voted against, two EU diplomats said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", 'Climate campaigners called the deal "a historic failure dressed up as leadership."', False, [], None),
    (
        "en",
        "In 2023 the bloc's emissions stood 35% under the 1990 mark, according to the European Environment Agency.",
        True,
        [("year", 2023, None, None), ("percent", 35, "%", None), ("year", 1990, None, None)],
        "the European Environment Agency",
    ),
    ("en", "Industry groups warned that the target would drive factories out of Europe.", False, [], None),
    ("en", "The European Parliament still has to approve the target.", True, [], None),
    # --- Protests against the French budget (AFP) ---
    (
        "en",
        "PARIS (AFP) - Hundreds of thousands of protesters took to the streets in French cities on Thursday against the government's austerity budget, the third day of nationwide protests since September.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The CGT said 720,000 people had taken part, including 110,000 in Paris, while the interior ministry put the figure at 265,000.",
        True,
        [("count", 720000, None, None), ("count", 110000, None, None), ("count", 265000, None, None)],
        None,
    ),
    (
        "en",
        '"The French people are saying no to a budget that makes workers pay for everything," CGT leader Nadège Rouvier said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Budget minister Arnaud Delclos said the plan would save 40 billion euros next year.",
        True,
        [("money", 40000000000, "EUR", None)],
        "Arnaud Delclos",
    ),
    ("en", '"There is no other responsible path," Delclos told France Inter radio.', False, [], None),
    (
        "en",
        "About one in four primary school teachers was on strike, according to the education ministry.",
        True,
        [("fraction", 0.25, None, "about")],
        "the education ministry",
    ),
    ("en", 'Union leaders warned of "a winter of anger" if the budget passed unchanged.', False, [], None),
    ("en", "Drummers and giant union balloons filled the Place de la République.", False, [], None),
    # --- Trainerwechsel beim FC Augsburg (dpa) ---
    (
        "de",
        "Augsburg (dpa) - Der FC Augsburg hat sich nach nur zehn Spieltagen von Trainer Jens Kallweit getrennt.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Am Samstag hatte die Mannschaft 0:4 gegen Union Berlin verloren, es war die fünfte Niederlage in Serie.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "„Wir hatten zuletzt nicht mehr das Gefühl, dass er die Mannschaft erreicht“, sagte Sportdirektor Matthias Rehm.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Herr Rehm, haben Sie zu lange an ihm festgehalten?“, wollte ein Reporter auf der Pressekonferenz wissen.",
        False,
        [],
        None,
    ),
    ("de", "Noch vor einer Woche hatte Rehm dem Trainer öffentlich das Vertrauen ausgesprochen.", True, [], None),
    (
        "de",
        "„Der Klassenerhalt ist absolut machbar, wir haben noch 24 Spiele“, sagte Interimstrainer Dominik Faltermeier.",
        True,
        [("count", 24, None, None)],
        "Dominik Faltermeier",
    ),
    ("de", "In der Fankurve hing ein Transparent mit der Aufschrift „Mit Herz, ohne Plan“.", False, [], None),
    (
        "de",
        "Kallweit ist bereits der fünfte Bundesliga-Trainer, der in dieser Saison gehen muss.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    ("de", "Zu möglichen Nachfolgern wollte sich der Verein nicht äußern.", False, [], None),
    # --- Montreal port strike (Reuters) ---
    (
        "en",
        "MONTREAL, Nov 4 (Reuters) - About 1,100 dockworkers at the Port of Montreal walked off the job on Tuesday, halting container traffic at Canada's second-largest port.",
        True,
        [("date", "--11-04", None, None), ("count", 1100, None, "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The port handles roughly C$400 million worth of goods a day, according to the Montreal Port Authority.",
        True,
        [("money", 400000000, "CAD", "about")],
        "the Montreal Port Authority",
    ),
    (
        "en",
        "The union is seeking raises of 20% over four years.",
        True,
        [("percent", 20, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        'The Maritime Employers Association called the demands "completely disconnected from reality."',
        False,
        [],
        None,
    ),
    ("en", '"We will stay out as long as it takes," union president Luc Ferland told reporters.', False, [], None),
    (
        "en",
        'Labour Minister Gordon Sayers said Ottawa would use "every tool available" if the strike dragged on.',
        False,
        [],
        None,
    ),
    ("en", "Sayers said he had asked both sides to meet a federal mediator on Wednesday.", True, [], "Sayers"),
    ("en", "Retailers fear empty shelves in the run-up to Christmas.", False, [], None),
    # --- Mietpreisbremse im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat am Mittwoch eine Mietpreisbremse beschlossen, die Erhöhungen bei regulierten Mieten ab 2027 auf höchstens drei Prozent pro Jahr begrenzt.",
        True,
        [("year", 2027, None, None), ("percent", 3, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Davon profitieren rund 780.000 Haushalte, sagte Justizministerin Carina Wutscher im Ö1-Morgenjournal.",
        True,
        [("count", 780000, None, "about")],
        "Carina Wutscher",
    ),
    ("de", "„Heute ist ein guter Tag für jeden, der zur Miete wohnt“, sagte Wutscher.", False, [], None),
    (
        "de",
        "„Wer die Mieten deckelt, bekommt keine neuen Wohnungen, sondern verfallende Häuser“, sagte ÖHGB-Präsident Rudolf Schirnhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Richtwertmieten waren zuletzt binnen zwei Jahren um fast 15 Prozent gestiegen.",
        True,
        [("duration", 2, "year", None), ("percent", 15, "%", "nearly")],
        None,
    ),
    ("de", "Die FPÖ stimmte gegen das Gesetz, die Grünen stimmten mit den Regierungsparteien.", True, [], None),
    (
        "de",
        "Die Mietervereinigung hofft, dass die Bremse in einem zweiten Schritt auch für freie Mieten gilt.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Die Lage am Wiener Wohnungsmarkt ist dramatisch“, sagte eine Sprecherin der Mietervereinigung.",
        False,
        [],
        None,
    ),
    # --- Bucks beat Bulls (AP) ---
    (
        "en",
        "MILWAUKEE (AP) — Darius Whitmer scored a career-high 52 points, 18 of them in the fourth quarter, and the Milwaukee Bucks beat the Chicago Bulls 128-119 on Thursday night.",
        True,
        [("count", 52, None, None), ("count", 18, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    ("en", "It was the most points by a Bucks player since 2019.", True, [("year", 2019, None, None)], None),
    ("en", '"I was just feeling it tonight," Whitmer said.', False, [], None),
    (
        "en",
        "\"He's the best scorer in this league right now, and it isn't close,\" Bucks coach Terrell Haynes said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitmer, 24, is averaging 31.4 points through his first nine games.",
        True,
        [
            ("duration", 24, "year", None),
            ("count", 31.4, None, None),
            ("ordinal", 1, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "en",
        "Andre Coulter had 27 points for Chicago, which has lost four straight.",
        True,
        [("count", 27, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", 'The crowd chanted "MVP" each time he went to the free-throw line late in the game.', False, [], None),
    (
        "en",
        "Whether he can keep up that pace over 82 games is another matter.",
        False,
        [("count", 82, None, None)],
        None,
    ),
    # --- Financial adviser jailed (PA) ---
    (
        "en",
        "LONDON (PA) - A former financial adviser who stole £2.3 million from elderly clients to fund a lavish lifestyle has been jailed for eight years.",
        True,
        [("money", 2300000, "GBP", None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Graham Ellerby, 57, took money from 19 clients over nine years, Southwark Crown Court heard.",
        True,
        [("duration", 57, "year", None), ("count", 19, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        'Judge Patricia Holloway said he had shown "breathtaking arrogance and not a flicker of remorse."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ellerby spent the money on a villa in the Algarve, a yacht and online gambling, prosecutors said.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"He took everything my mother had saved," said Jennifer Trask, whose 84-year-old mother lost £212,000.',
        True,
        [("duration", 84, "year", None), ("money", 212000, "GBP", None)],
        None,
    ),
    ("en", 'Detective Inspector Mark Dunleavy said Ellerby had "preyed on trust."', False, [], None),
    (
        "en",
        "Only £310,000 has been recovered so far, the court was told.",
        True,
        [("money", 310000, "GBP", None)],
        None,
    ),
    ("en", "Victims' relatives held hands in the gallery while the judge passed sentence.", False, [], None),
    # --- Bundeshaushalt beschlossen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am Donnerstag den Etat für das kommende Jahr beschlossen, er sieht Ausgaben von 519,8 Milliarden Euro vor.",
        True,
        [("money", 519800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Haushalt, der Deutschland wieder nach vorne bringt“, sagte Finanzminister Ulrich Brennecke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir investieren im kommenden Jahr 126 Milliarden Euro, so viel wie noch nie“, sagte Brennecke.",
        True,
        [("money", 126000000000, "EUR", None)],
        "Brennecke",
    ),
    ("de", "Die Opposition sprach von einem „historischen Versagen“ und einem „Haushalt auf Pump“.", False, [], None),
    (
        "de",
        "Die „Frankfurter Allgemeine Zeitung“ schrieb in einem Kommentar, die Koalition verwechsle Schulden mit Reformen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Süddeutsche Zeitung“ berichtete, im Finanzministerium rechne man für 2028 mit einer Lücke von mehr als 170 Milliarden Euro.",
        True,
        [("year", 2028, None, None), ("money", 170000000000, "EUR", "over")],
        None,
    ),
    ("de", "Der Wirtschaftsrat warnte vor einer „Schuldenlawine, die unsere Kinder begraben wird“.", False, [], None),
    # --- UK third-quarter GDP (Reuters) ---
    (
        "en",
        "LONDON, Nov 13 (Reuters) - British output expanded by 0.1% in the third quarter, slowing from 0.3% in the second, official figures showed on Thursday.",
        True,
        [
            ("date", "--11-13", None, None),
            ("percent", 0.1, "%", None),
            ("ordinal", 3, None, None),
            ("percent", 0.3, "%", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    ("en", "Growth of 0.2% had been the median forecast in a Reuters poll.", True, [("percent", 0.2, "%", None)], None),
    ("en", '"We have turned the corner," the Chancellor said in a statement.', False, [], None),
    ("en", 'The Conservatives called the figures "a historic failure of economic management."', False, [], None),
    (
        "en",
        "Britain had the second-slowest growth in the G7 over the period, ahead only of Germany.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Britain is the sick man of Europe again," said Oliver Brampton, chief economist at Sandbrook Capital.',
        False,
        [],
        None,
    ),
    ("en", "Sterling fell 0.3% against the dollar after the data.", True, [("percent", 0.3, "%", None)], None),
    ("en", "Most economists expect the Bank of England to cut rates again in December.", False, [], None),
    # --- ÖFB-Team bei der WM (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Fußball-Nationalteam hat sich mit einem 2:0 gegen Bosnien-Herzegowina zum ersten Mal seit 1998 für eine WM-Endrunde qualifiziert.",
        True,
        [("ordinal", 1, None, None), ("year", 1998, None, None)],
        None,
    ),
    (
        "de",
        "Vor 47.300 Zuschauerinnen und Zuschauern im ausverkauften Ernst-Happel-Stadion trafen Leon Brandstätter und Kapitän Michael Gruber.",
        True,
        [("count", 47300, None, None)],
        None,
    ),
    ("de", "„Das ist der schönste Moment meiner Karriere“, sagte Teamchef Werner Strohmaier.", False, [], None),
    (
        "de",
        "„Wir haben in acht Qualifikationsspielen nur zwei Gegentore bekommen“, sagte Strohmaier.",
        True,
        [("count", 8, None, None), ("count", 2, None, None)],
        "Strohmaier",
    ),
    (
        "de",
        "ÖFB-Präsident Gerhard Lanner sprach von einem „historischen Abend für den österreichischen Fußball“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Österreich beendete die Gruppe mit 22 Punkten auf Platz eins.",
        True,
        [("count", 22, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Auslosung der Endrunde findet am 5. Dezember in Washington statt.",
        True,
        [("date", "--12-05", None, None)],
        None,
    ),
    ("de", "„Jetzt wollen wir in Amerika Geschichte schreiben“, sagte Gruber.", False, [], None),
    # --- Elephant calf born in Columbus (AP) ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — An Asian elephant at the Columbus Zoo and Aquarium has given birth to a female calf weighing 286 pounds, the zoo said Wednesday.",
        True,
        [("count", 286, None, None)],
        "the zoo",
    ),
    (
        "en",
        "The calf was born after a pregnancy of nearly 22 months and is the zoo's second elephant birth since 2020.",
        True,
        [("duration", 22, "month", "nearly"), ("ordinal", 2, None, None), ("year", 2020, None, None)],
        None,
    ),
    ("en", '"She is absolutely perfect, and mom is doing great," said curator Lisa Hartwig.', False, [], None),
    (
        "en",
        "Fewer than 50,000 Asian elephants are left in the wild, according to the World Wildlife Fund.",
        True,
        [("count", 50000, None, "under")],
        "the World Wildlife Fund",
    ),
    (
        "en",
        'Animal rights group PETA called the birth "a tragedy for a wild animal born into captivity."',
        False,
        [],
        None,
    ),
    ("en", "She said visitors would be able to see the calf from early December.", True, [], None),
    ("en", '"Every birth matters for a species in this much trouble," Hartwig said.', False, [], None),
    ("en", "Keepers described the birth as smooth and uneventful.", False, [], None),
    # --- Abstimmung über die Ferien-Initiative (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Stimmberechtigten haben die Volksinitiative für sechs Wochen Ferien am Sonntag deutlich abgelehnt.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Die Vorlage kam auf 38,2 Prozent Ja-Stimmen, kein einziger Kanton stimmte zu.",
        True,
        [("percent", 38.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 44,2 Prozent, wie die Bundeskanzlei mitteilte.",
        True,
        [("percent", 44.2, "%", None)],
        "die Bundeskanzlei",
    ),
    ("de", "«Die Vernunft hat gesiegt», sagte Gewerbeverbandsdirektor Urs Fankhauser.", False, [], None),
    (
        "de",
        "«Das ist erst der Anfang, das Thema Erholung verschwindet nicht», sagte Initiantin Lea Steffen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Heute haben Arbeitnehmende in der Schweiz Anspruch auf mindestens vier Wochen Ferien.",
        True,
        [("duration", 4, "week", "at_least")],
        None,
    ),
    (
        "de",
        "Am knappsten fiel das Nein im Kanton Jura aus, mit 50,9 Prozent.",
        True,
        [("percent", 50.9, "%", None)],
        None,
    ),
    (
        "de",
        "Kommentatoren werteten das Resultat als Zeichen tiefer Skepsis gegenüber neuen Arbeitskosten.",
        False,
        [],
        None,
    ),
    # --- Glasgow visitor levy (PA) ---
    (
        "en",
        "GLASGOW (PA) - Glasgow City Council has voted to introduce a 5% visitor levy on overnight stays from next October.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Councillors backed the plan by 49 votes to 31.",
        True,
        [("count", 49, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        'The Scottish Tourism Alliance called the levy "a tax on success that will push visitors elsewhere."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"At least half the money will go on street cleaning and public toilets," council leader Moira Kerrigan said.',
        True,
        [("fraction", 0.5, None, "at_least")],
        "Moira Kerrigan",
    ),
    (
        "en",
        '"Every penny raised will be spent on making Glasgow a better place to visit," Kerrigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The levy is expected to raise about £11 million a year, council officials said.",
        True,
        [("money", 11000000, "GBP", "about")],
        None,
    ),
    ("en", "Hoteliers fear guests will simply book in towns outside the city.", False, [], None),
    ("en", "Edinburgh's levy, also set at 5%, came into force in July.", True, [("percent", 5, "%", None)], None),
    # --- Verzögerung bei der U5 (APA) ---
    (
        "de",
        "Wien (APA) - Die neue U-Bahn-Linie U5 geht um mindestens eineinhalb Jahre später in Betrieb als geplant.",
        True,
        [("duration", 1.5, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Statt Ende 2026 sollen die ersten Züge nun im Sommer 2028 fahren, teilten die Wiener Linien am Mittwoch mit.",
        True,
        [("year", 2026, None, None), ("ordinal", 1, None, None), ("year", 2028, None, None)],
        "die Wiener Linien",
    ),
    ("de", "Als Grund nannten die Wiener Linien Probleme beim Hersteller der fahrerlosen Züge.", True, [], None),
    (
        "de",
        "Die Kosten für das erste Teilstück steigen um 240 Millionen auf 2,1 Milliarden Euro.",
        True,
        [("ordinal", 1, None, None), ("money", 240000000, "EUR", None), ("money", 2100000000, "EUR", None)],
        None,
    ),
    ("de", "„Das ist ein Debakel mit Ansage“, sagte ÖVP-Gemeinderätin Martina Pölzl.", False, [], None),
    (
        "de",
        "„Wir bauen hier die modernste U-Bahn Europas, da geht Sicherheit vor Tempo“, sagte Öffi-Stadträtin Elisabeth Kornherr.",
        False,
        [],
        None,
    ),
    ("de", "Anrainer in Hernals klagen seit Jahren über Lärm und Staub von der Baustelle.", False, [], None),
    ("de", "Ob der neue Termin hält, wollte Kornherr nicht garantieren.", False, [], None),
]
