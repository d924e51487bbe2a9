"""Four-hundred-and-eighty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the politicians whose claims are checked are
invented and stand for no real holder, and real offices and bodies appear only as
institutions („Der Bundesrat“ in a quote, "the agency", "the bureau"), never by a holder's
name.

Names: the politicians whose claims are checked (SVP-Kantonsrat Ueli Brändle-Kradolfer;
SVP-Nationalrätin Regula Zurflüh-Amstutz; AfD-Bundestagsabgeordnete Sieglinde
Ortmann-Beckhaus; FPÖ-Landtagsabgeordneter Reinhold Aichberger-Mayr; State Senator Rhett
Vanlandingham; Reform UK MP Garfield Ashcombe-Pryce; Rep. Wade Hollister-Bragg, R-Tenn.;
Independent MP Crispin Haverstock-Lyle), the experts (the oncologist Henrike
Albrechtsen-Moll, the AGES experts Roswitha Hinterleitner-Kos and Barbara
Stockinger-Waldl, the DWD meteorologist Lasse Jürgensen-Holt, the BAG epidemiologist Florian
Decurtins-Walder, the Graz endocrinologist Matthias Pölzl-Unterberger, the child
psychiatrist Andrea Caflisch-Rüegg, the allergologist Johanna Freudenreich-Ott, the dentist
Thomas Gadient-Vögeli, the cell study's lead author Dr. Kenji Harrowfield-Sato, the
ornithologist Dr. Beatriz Valadares-Lemos, the veterinary immunologist Dr. Fiona
Tregaskis-Lowe, the broccoli study's lead author Dr. Ines Albarracín-Soto) and every
unnamed user, narrator, influencer, energy healer, farmer, account, shop, spokesperson and
meteorologist are invented. Real bodies, parties, platforms, media and places ("dpa",
"dpa/lby", "APA", "Keystone-SDA", "Tiktok", "Facebook", "Instagram", "X", "Telegram",
"Whatsapp", "Youtube", "Krebsinformationsdienst", "Giftnotruf Berlin", "Bundesamt für
Sicherheit im Gesundheitswesen", "AGES", "SVP", "AfD", "FPÖ", "Bienengesundheitsdienst",
"Bundesamt für Kommunikation", "Deutscher Wetterdienst", "DWD", "Umweltbundesamt",
"Internationale Agentur für Krebsforschung", "WHO", "Nationalrat", "Bundesrat", "Bundesamt
für Statistik", "Bundesamt für Gesundheit", "BAG", "Bundestag", "Paul-Ehrlich-Institut",
"LKH-Universitätsklinikum Graz", "Swissmedic", "Tox Info Suisse", "Efsa", "EU", "Bundesamt
für Verbraucherschutz und Lebensmittelsicherheit", "GeoSphere Austria", "Bundesinstitut für
Risikobewertung", "Robert Koch-Institut", "Bundesamt für Lebensmittelsicherheit und
Veterinärwesen", "Statistik Austria", "Bundesministerium für Ernährung und Landwirtschaft",
"Zentralverband des Deutschen Bäckerhandwerks", Thurgau, Frauenfeld, Schleswig-Holstein,
Hamburg, Niedersachsen, Norddeutschland, Bad Gleichenberg, Oststeiermark, Steiermark,
Nordmazedonien, Frankreich, China, Indien, Wels, Linz, Graz, Wien, Bern, Zürich, Lausanne,
Köln, München, Berlin; Reuters, Reuters Fact Check, AP, AFP, PA, Full Fact, Cancer Research
UK, Anacom, the Met Office, the Civil Aviation Authority, Reform UK, the Commons, the ONS,
the American Heart Association, the CDC, the Vaccine Adverse Event Reporting System, the
Australian Pesticides and Veterinary Medicines Authority, the Office for Product Safety and
Standards, the Public Health Agency of Canada, the Food and Drug Administration, the FDA,
the University of Alaska Fairbanks, the National Weather Service, the Food Standards
Agency, the American Diabetes Association, the Bureau of Meteorology, Ohio, Somerset,
Devon, Porto, Portugal, Queensland, Alaska, and the datelines' cities) stand for the way
wire copy names them; every post, reach, claim, study, statistic, price, rating and quote
here is invented, and where a real figure came to mind (a real Covid death toll, a real
total of adverse-event reports, a real count of death reports and of causal assessments by
the Paul-Ehrlich-Institut, a real number of doses given, a real cancer incidence, a real
rise in melanoma, the real sizes and results of a sunscreen trial, a vitamin D
meta-analysis, a farm-milk study and a broccoli study, a real measles coverage) it was
changed - only background rules a check turns on are kept as wire copy would state them
(the 0.7 milligrams per liter recommended for U.S. water systems, the acceptable daily
intake of 40 milligrams of aspartame per kilogram of body weight and its class 2B, the
4,000 units of vitamin D as the tolerable upper intake, the EU's 2022 ban on titanium
dioxide in food after France's of 2020, the Swiss cap of 250 milligrams of fluoride per
kilogram of salt, the four insect species approved in the EU, the January 2027 deadline for
Red No. 3, the 95% immunity needed against measles, the 1991 to 2020 reference period, the
Swiss installation limit of 5 volts per metre).

Its weight: VIRAL CLAIMS AND FACT-CHECK COPY, sixth round under this heading (the
hundred-thirty-sixth, hundred-ninety-first, two-hundred-and-thirty-sixth,
four-hundred-and-thirty-first and four-hundred-and-seventy-third batches were the first
five; the twenty-ninth, thirty-third and eighty-sixth weighed what arrives at a fact-check
desk, and the three-hundred-and-seventy-second and four-hundred-and-twelfth the desks' own
fact-check copy with its summary box; their decisions are kept, and so are those of the
health and science rounds this batch borders on - the sixty-fourth, hundred-eleventh,
hundred-fifty-fifth, four-hundred-and-fiftieth and four-hundred-and-sixty-third) - this
time weighing claims about health, food and science spread on social media (miracle cures,
vaccine myths, food additives, 5G, weather manipulation) set against studies and
authorities: 30 stories over eight weeks, from March 2 to April 23, in story order, the
German and English ones interleaved by date, each told as the desks publish it: the claim
as it circulates with its reach, the summary box where the desk uses one („Behauptung:“,
„Fakten:“, "CLAIM:", "AP'S ASSESSMENT:", "THE FACTS:"), the study, register, measurement
or authority that answers it, the arithmetic that sets one against the other, where the
claimed figure comes from, what the account behind it sells, the claimant's account and
the verdict line. Half German (dpa-Faktencheck with "dpa/lby", APA-Faktencheck,
Keystone-SDA, and rating words in the style of CORRECTIV.Faktencheck; Austrian "Jänner",
"heuer", "Spital", "Energetikerin", "Landtagsklub", Swiss "innert", "heisst",
"grösser", "Gemäss", "120'000", "7'840", «» quotes, German „“ quotes): baking soda against
cancer, a chain message on the HPV vaccine, 5G antennas and bee colonies in Thurgau,
"chemtrails" and rainfall in the north, aspartame, a Nationalrat question on excess deaths,
a Bundestag speech on deaths after vaccination, vitamin D megadoses, chlorine dioxide sold
against autism, titanium dioxide in chewing gum, hail-defence planes blamed for a drought
in Styria, raw milk against allergies, fluoridated salt and IQ, a rally speech on cancer
cases and insect flour in bread. Half English (Reuters Fact Check with dated datelines, AP
Fact Check with "CLAIM:", "AP'S ASSESSMENT:" and "THE FACTS:", AFP Fact Check with
"percent", PA with Full Fact's verdict and "per cent"; US, UK, Canadian and Australian
usage: "R-Tenn.", "COLUMBUS, Ohio", "millimetres", "milligrams per liter", "A$89",
"£18.50", "$24.99"): ivermectin as a cancer cure, a state senator on fluoride and IQ, dead
birds under a "5G mast", an MP on "cloud seeding" before floods, seed oils, a congressman
on vaccine deaths, mRNA vaccines in livestock, sunscreen, measles among the vaccinated in
Canada, a "ban" of all food dyes, a research station blamed for tornadoes, an MP on excess
deaths, microwaves and nutrients, apple cider vinegar against diabetes and cloud seeding
blamed for floods in Queensland. Speakers as such copy has them: the politician who
„behauptet“ or "claimed", with the title, party, occasion and platform dropped, the
politician's later account („X sagte der dpa“, "X later said") or a spokesperson's,
experts and lead authors by name with their titles dropped, authorities that „teilte mit“
or "said", and beside them the forms left unchecked (roles without a name, data,
registers, records, measurements, the desks' findings, „Gemäss“, „laut dem“, „Nach Zahlen
des ...“, "according to", possessives, a relative clause, verbs not of saying, the posts'
authors). Figures as such copy has them: reach counts with their hedges, the claimed and
the measured figure, study sizes and relative risks, rates per 100,000 doses and
inhabitants, doses and limits in milligrams, units and volts, rainfall in litres and
millimetres, IQ points, multiples, shares in words („jedes fünfte geimpfte Mädchen“, „in
neun von zehn Fällen“, „bei sieben von zehn Kindern“, "one in three", "nine out of 10",
"half of all heart attacks"), percentages and one percentage-point change, clip lengths
and claimed cure times, prices of the cures and products in francs, euros, pounds and U.S.
and Australian dollars, ranks, years and dates. Negatives as such copy has them - 56 rows,
none with a figure: the verdict line of every story, the posts', captions',
videos' and users' own lines, politicians' rhetoric in quotes beside their checked claims,
an expert's label in Konjunktiv I and an authority's advice, each near a check-worthy
look-alike from the same story.

243 rows (123 German, 120 English), 56 negatives (29 German, 27 English), 187 check-worthy
rows of which 37 carry no figure (17 German, 20 English), 276 expected quantities (139
counts, 36 percentages - 35 in "%", 1 in percentage points "pp" -, 33 years, 24 durations -
7 in days, 6 in years, 5 in minutes, 4 in weeks, 1 in hours, 1 in seconds -, 17 fractions,
15 dates - 2 with a year, 13 without -, 8 amounts of money - 2 CHF, 2 EUR, 2 USD, 1 AUD, 1
GBP -, 4 ordinals; none of them in a negative), 37 checked speakers (19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, slogan, piece of advice or rhetoric is a negative with speaker None,
  also with a named speaker (seventh, ninety-eighth, hundred-thirty-sixth,
  four-hundred-and-thirty-first, four-hundred-and-seventy-third); a quoted or reported
  statement of fact, figure, finding or account is check-worthy with its speaker, also in
  Konjunktiv I (hundred-sixtieth). Pairs from one speaker: Brändle-Kradolfer's third beside
  «Man experimentiert an unserer Natur ...»; Ashcombe-Pryce's 340 beside "Somebody is
  playing God ..."; Vanlandingham's 10 points beside "We are medicating every child ...";
  Hollister-Bragg's 1.3 million beside "The American people were lied to ...";
  Zurflüh-Amstutz's 10'000 beside «Der Bundesrat schaut weg ...»; Ortmann-Beckhaus's 3.000
  and her account beside „Diese Toten verschweigt man Ihnen ...“; Haverstock-Lyle's 20 per
  cent and his stand-by beside "Families deserve answers ..."; Aichberger-Mayr's 30 Prozent
  beside „Die Onkologen sehen es jeden Tag ...“. An expert's label in Konjunktiv I stays a
  negative beside the checked facts of the same story („Von einem vollständigen Schutz
  könne keine Rede sein, sagte der Grazer Endokrinologe ...“; hundred-thirty-sixth: „Die
  Zahl im Video sei „frei erfunden ...““), and so does an authority's advice („Das
  Bundesinstitut für Risikobewertung rät Eltern davon ab, ...“; hundred-eleventh,
  four-hundred-and-sixty-third), written without a reason so that it does not become a
  verdict joined to a checkable reason (two-hundred-and-thirty-sixth).
- The three parts of a check, as the three-hundred-and-seventy-second,
  four-hundred-and-twelfth, four-hundred-and-thirty-first and
  four-hundred-and-seventy-third batches settled them. (a) THE CLAIM is check-worthy with
  its figures whatever the desk found. As it circulates the speaker stays unchecked („In
  einem Tiktok-Video ... behauptet ein Mann, ...“, „Eine Kettennachricht ... behauptet,
  ...“, „Ein Sharepic, ..., behauptet, ...“, „Ein auf Facebook ... geteilter Beitrag
  behauptet, ...“, „In einem Telegram-Kanal ... wird ein Mittel ... angeboten, das
  angeblich ... heilt.“, „In mehreren Facebook-Gruppen ... wird behauptet, ...“, „Ein
  Landwirt wirbt in einem Instagram-Reel ... mit der Behauptung, ...“, „Eine Energetikerin
  behauptet in einem Youtube-Video, ...“, "Facebook and Instagram posts with more than
  27,000 shares claim ...", "A 41-second video ... claims to show ...", "A video by a
  wellness influencer ... claims ...", "Posts ... claim ...", "A TikTok video viewed ...
  claims ...", "A video shared on Facebook ... claims ...", "Facebook and X posts seen ...
  claim ..."), and so does the summary-box line after its label („Behauptung: ...“,
  "CLAIM: ..."). A politician's claim gives the politician, the title, the party, the
  occasion and the platform dropped (eighty-sixth, hundred-thirty-sixth,
  four-hundred-and-seventy-third): „SVP-Kantonsrat Ueli Brändle-Kradolfer hat in einem
  Facebook-Video behauptet“, „SVP-Nationalrätin Regula Zurflüh-Amstutz hat in der
  Fragestunde des Nationalrats behauptet“, „Die AfD-Bundestagsabgeordnete Sieglinde
  Ortmann-Beckhaus hat in einer Rede im Bundestag behauptet“, „Der
  FPÖ-Landtagsabgeordnete Reinhold Aichberger-Mayr hat bei einer Veranstaltung in Wels
  behauptet“, "State Senator Rhett Vanlandingham claimed at a committee hearing on
  Tuesday", "Reform UK MP Garfield Ashcombe-Pryce claimed on his X account", "Rep. Wade
  Hollister-Bragg, R-Tenn., claimed on a podcast on Monday" (the party tag dropped,
  hundred-forty-first) and "Independent MP Crispin Haverstock-Lyle claimed in a Commons
  debate on Tuesday" give the full name. A figure inside the quoted words counts ("over 1.3
  million" "over", „„über 3.000 Menschen ...““ "over", «jedes Jahr rund 10'000 Menschen
  ...» "about", „„um mehr als 30 Prozent““ "over"; two-hundred-and-thirty-sixth). (b) THE
  VERDICT LINE is a negative whatever its rating word: „Bewertung: Falsch.“ (ten
  stories), „Bewertung: Irreführend.“ (twice), „Bewertung: Teilweise falsch.“
  (hundred-ninety-first, four-hundred-and-seventy-third), "Reuters Fact Check rating:
  False." (four times), "AP'S ASSESSMENT: False." (four times), "AFP rating: False."
  (three times), "Full Fact's verdict: False." (twice), "Full Fact's verdict: Misleading."
  (as "Verdict: Misleading.", four-hundred-and-thirty-first). New: the rating words not
  met before are verdicts as these are - „Bewertung: Größtenteils falsch.“ and „Bewertung:
  Unbelegt.“, the scale of CORRECTIV.Faktencheck that German desks borrow (as „Bewertung:
  Teilweise falsch.“ and „Bewertung: Fehlender Kontext.“, four-hundred-and-seventy-third),
  and "AFP rating: Miscaptioned." (as "Reuters Fact Check rating: Miscaptioned." and "AP'S
  ASSESSMENT: Miscaptioned.", four-hundred-and-thirty-first). (c) THE CORRECTING FACT is
  check-worthy with its own figures and its own attribution, „Fakten:“ and "THE FACTS:"
  carrying nothing: „Fakten: Der Deutsche Wetterdienst teilte mit, ...“ -> "der Deutsche
  Wetterdienst", „Fakten: Laut AGES ...“ -> "AGES", „Fakten: Laut GeoSphere Austria ...“ ->
  "GeoSphere Austria", while „Fakten: ... laut dem Krebsinformationsdienst ...“, „Fakten:
  Nach Zahlen des Paul-Ehrlich-Instituts ...“, „Fakten: Die Internationale Agentur für
  Krebsforschung ... hat ... eingestuft“ (a verb not of saying), "THE FACTS: ..., state
  data show." and "THE FACTS: CDC data show ..." stay unchecked.
- Denials and findings of record (hundred-thirty-sixth, hundred-ninety-first,
  two-hundred-and-thirty-sixth): that no study, trial, registration, permit, seeding flight
  or plan exists is check-worthy without a figure, with the speaker its attribution gives
  (the Krebsinformationsdienst and Cancer Research UK unchecked, "The Met Office said it
  had never carried out cloud seeding ..." -> "the Met Office", "No permits ... according
  to the Civil Aviation Authority", "No mRNA vaccine is registered ..., according to ...",
  „Swissmedic teilte mit, Chlordioxid-Lösungen seien ... nicht als Arzneimittel
  zugelassen ...“ -> "Swissmedic", „Für eine Wirkung gegen Autismus gibt es keine einzige
  Studie, sagte ...“ with „keine einzige“ no figure, "The agency said it had no plans to
  ban the remaining dyes outright." -> "the agency" - a step ruled out,
  hundred-twenty-second -, „Das Bundesministerium ... teilte mit, an dieser Pflicht habe
  sich zum 1. April nichts geändert.“, „Eine Schweizer Studie, die ... belegen würde, gebe
  es nicht, sagte ...“ with its 7, "The American Diabetes Association said there is no
  evidence ...", "The Bureau of Meteorology said ... no seeding flights had taken place
  ..."). A finding of no effect or no link is a finding (two-hundred-and-fifty-second,
  four-hundred-and-fiftieth: „Große Registerstudien ... fanden keinen Zusammenhang ...“,
  „Eine Auswertung des Bundesamts für Gesundheit fand keinen zeitlichen Zusammenhang ...“,
  „... habe Natron ... keinen messbaren Vorteil gezeigt“, „Messungen des
  Umweltbundesamts ergaben ... keine erhöhten Aluminiumwerte.“). What a register or a
  statistic counts is check-worthy without a figure (four-hundred-and-thirty-first,
  four-hundred-and-seventy-third): „Eine Verdachtsmeldung belegt keinen Zusammenhang,
  sondern löst erst eine Prüfung aus; ...“, and with its figure "The federal Vaccine
  Adverse Event Reporting System, open to reports from anyone, holds about 21,400 reports
  ..., and a report does not mean ...". How a thing works is a statement of fact
  (four-hundred-and-twelfth: „Kontext:“): „Die Streifen entstehen, wenn ...“, "Microwaves
  heat food by making the water in it vibrate ...", "The rings in the video are a common
  radar artifact ...", „Die Hagelabwehr impfe Gewitterwolken mit Silberjodid, ...“.
- Where the claimed figure comes from and the arithmetic are check-worthy (eighty-sixth,
  hundred-thirty-sixth, four-hundred-and-thirty-first, four-hundred-and-seventy-third): „Die
  „neun von zehn Fällen“ stammen nach dpa-Recherchen aus ...“ 0.9 and 2011, „Die Zahl von
  10'000 stammt nach Recherchen von Keystone-SDA aus ...“ 10,000, "The 80% figure appears to
  come from ...", 'The "half" figure appears to come from ...' 0.5 (four-hundred-and-
  thirty-first: 'The "one in five" figure'), 'The "nine out of 10" figure appears to come
  from ...', "The 90% figure appears to come from ...", "The 20 per cent figure appears to
  compare ...", "The claim seems to trace back to a satirical website ..." --03-24; „Das
  ist ein Rückgang um knapp 3,5 Prozent, nicht um ein Drittel.“, „Das sind knapp 6 Prozent
  weniger als ...“ („weniger“ after the figure compares), „Ein Erwachsener mit 70 Kilo
  müsste demnach täglich gut 15 Dosen ... trinken, ...“ 70, 15 "over" and 180 "about", „...
  die Dosis im Video ist also 12,5-mal so hoch“ 12.5, „Das sind gut 3 Prozent der
  gemeldeten Todesfälle, ...“, „Das ist ein Anstieg um knapp 4 Prozent, der in etwa dem
  Wachstum ... entspricht“ („in etwa“ before an article no hedge), „Das ist rund ein Drittel
  weniger als im langjährigen Mittel, ...“ 0.3333 "about", „das entspricht etwa 61
  Meldungen je 100.000 Dosen“, „Wer täglich 5 Gramm solches Salz isst, nimmt damit 1,25
  Milligramm Fluorid auf, rechnete das Amt vor.“ (the speaker unchecked, a verb of
  calculating, four-hundred-and-seventy-third), "That puts fully vaccinated people at about
  5% of cases, not 90%." both, "... scored roughly 3 points lower on average, not 10." 3
  "about" and 10.
- New: what the account or the post behind a claim sells, and at what price, is a fact of
  record anyone can retrace on the platform and check-worthy with its money, as the
  account's age, output and followers are (two-hundred-and-thirty-sixth): „Eine Flasche mit
  100 Millilitern kostet im Kanal 49 Franken, dazu kommt ein «Aktivator» für 19 Franken.“,
  „Der Beitrag verlinkt auf einen Onlineshop, der „titandioxidfreie“ Kaugummis für 4,90
  Euro je Packung verkauft.“ („je Packung“ none), „Der Liter Rohmilch kostet im Hofladen
  des Landwirts 2,40 Euro, gut doppelt so viel wie ...“ with its multiple 2 "over"
  (three-hundred-and-ninety-ninth: „gut doppelt so teuer“), "One of the posts links to a
  farm that sells "mRNA-free" beef at A$89 for a 5-kilogram box." 89 AUD and 5, "The
  narrator sells a "radiation-free" countertop oven for $349 ...", "... she sells "natural"
  skin oils at £18.50 a bottle ...", "... sells vinegar gummies at $24.99 a bottle ...",
  "... has about 31,000 followers and sells water filters." - the seller's interest is
  what the reader weighs the claim by, and the desk reports it as it reports the reach.
  So are the account's other records (two-hundred-and-thirty-sixth): "... was created in
  December and has about 6,300 followers.", „Das Bild wurde erstmals am 9. März von einem
  Telegram-Kanal mit rund 12.000 Abonnenten verbreitet.“, "The video was first posted on
  March 19 and had been viewed fewer than 2,000 times before ..." 2,000 "under" ("first
  posted" none, hundred-thirty-sixth), „Verschickt wird das Mittel ... von einem Onlineshop
  ..., der seit 2021 bereits zum dritten Mal seinen Namen gewechselt hat.“ 2021 and ordinal
  3 (hundred-thirty-sixth: „bereits zum zweiten Mal“; „bereits“ no hedge), "It is the third
  wellness account promoting the same gummies that the AP has found this year, each of
  them with more than 500,000 followers." ordinal 3 and 500,000 "over"
  (two-hundred-and-thirty-sixth: "Quarrie's 12th post ..., according to a count by AAP
  FactCheck"), "The same claim has spread after at least six earlier outbreaks ... since
  2011, according to a count of archived posts by AFP." 6 "at_least" - a recurrence the desk
  counted is a record of the claim, not the desk's own earlier checks, which stay negatives
  (hundred-ninety-first).
- Provenance (hundred-thirty-sixth, hundred-ninety-first, two-hundred-and-thirty-sixth):
  "AFP traced the footage to a local news report from Jan. 14, 2021, ..." 2021-01-14,
  „Das Video ist nach dpa-Recherchen eine gekürzte Fassung eines Clips vom 1. April 2023,
  ...“ 2023-04-01, „Die Nachricht geht nach APA-Recherchen auf einen Blogeintrag aus dem
  Jahr 2017 zurück, ...“, „... verwechselt ... die Inhaltsliste einer Zahnpasta aus dem
  Jahr 2019 ...“, "The 80% figure appears to come from a 2020 laboratory study ...". The
  other side's account (hundred-thirty-sixth, four-hundred-and-seventy-third):
  „Ortmann-Beckhaus sagte der dpa, ...“ -> "Ortmann-Beckhaus", "Haverstock-Lyle later said he
  stood by his figure, ..." -> "Haverstock-Lyle" (a stand-by); spokespeople and authors stay
  unchecked („Ein Sprecher Brändle-Kradolfers sagte auf Anfrage“ - the genitive form of "A
  spokesperson for ...", four-hundred-and-seventy-third -, „Ein Sprecher des
  FPÖ-Landtagsklubs sagte auf APA-Anfrage“, "A spokesperson for Vanlandingham said", "A
  spokesperson for Hollister-Bragg said", "A spokesperson for Ashcombe-Pryce later said",
  „Die Energetikerin sagte auf APA-Anfrage“, „Der Landwirt sagte auf Anfrage“, "The woman
  who posted the video told Full Fact").
- Studies and doses (sixty-fourth, hundred-fifty-fifth, four-hundred-and-fiftieth): sample
  sizes and study counts are counts („mit 28 Patientinnen und Patienten“, „mit zusammen
  mehr als 900.000 Frauen“ "over" - „zusammen“ no hedge -, „eine Fallserie von drei
  Patientinnen“, „von 31 Studien mit zusammen rund 14.600 Teilnehmenden“, „mit rund 6.900
  Kindern“, "a trial of 16 patients", "Of those 16 patients, three ...", "a 2019 Canadian
  study of 512 mother-child pairs", "A 2023 review of 44 trials", "1,480 adults", "A 2019
  study of 20 vegetables", "120 adults"); a specific tally "X von Y" stays two counts
  (two-hundred-and-twenty-second: „in 3.912 von 24.600 Fällen“; four-hundred-and-fiftieth:
  „14 von 16 Tieren“): „27 von 1.150 geprüften Produkten“ 27 and 1,150. Relative changes
  are percentages as written („ein um 8 Prozent geringeres Risiko“, „um 28 Prozent
  niedriger“, "by about 17%", "at a rate about 50 per cent lower than the others" -
  "lower" after the figure compares), and a gap in blood sugar in percentage points is
  "pp" ("by about 0.3 percentage points on average" 0.3 "pp" "about", "on average" no
  hedge; four-hundred-and-fiftieth: "an absolute difference of 2.6 percentage points").
  Doses, limits and contents are counts (sixty-fourth: „2.000 Internationale Einheiten
  (IE)“, „150 Milligramm pro Kilogramm Körpergewicht“): „50.000 Internationale Einheiten“,
  „bei 4.000 Einheiten am Tag“ („am Tag“ none), „bei 40 Milligramm je Kilogramm
  Körpergewicht“, „höchstens 250 Milligramm Fluorid pro Kilogramm“ 250 "at_most", „5
  Gramm“, „1,25 Milligramm“, „mehr als 2 Milligramm pro Liter“ "over", „weniger als 0,2
  Milligramm pro Liter“ "under", „100 Millilitern“, "0.7 milligrams per liter", "at 0.7
  milligrams" and "between 0.6 and 0.8" both with the unit written once before them
  (three-hundred-and-thirty-third), "a 5-kilogram box" 5, „mit 70 Kilo“ 70; rates per head
  and per dose give two counts (twenty-ninth, hundred-eleventh,
  four-hundred-and-sixty-third): „etwa 61 Meldungen je 100.000 Dosen“ 61 "about" and
  100,000, „von 497 auf 488 Fälle je 100.000 Einwohner“ 497, 488 and 100,000.
- Other measures are counts (fourth; hundred-sixtieth, three-hundred-and-sixty-third,
  four-hundred-and-fiftieth): rainfall („742 Liter pro Quadratmeter“ - „im Schnitt“ no
  hedge, „pro Quadratmeter“ none -, „mit 789 Litern“, „46 Millimeter Niederschlag“, "118
  millimetres of rain", "up to 420 millimetres" "up_to"), heights („in rund 10.000 Metern
  Höhe“ "about", "about 50 miles up"), the field strength „5 Volt pro Meter“ 5 (a physical
  measure as the decibels and mmHg of the four-hundred-and-fiftieth), IQ points ("by 10
  points", «um durchschnittlich 7 Punkte» - „durchschnittlich“ no hedge, as „im Schnitt“
  -, „um 7 Punkte“; four-hundred-and-thirty-first: "4 points lower"). Multiples are counts
  with their hedges ("more than twice that level" 2 "over" - four-hundred-and-sixty-third:
  "more than three times the level" -, "about 1.6 times the average" 1.6 "about", „rund
  zehnmal strenger“ 10 "about", „12,5-mal so hoch“ 12.5, „gut doppelt so viel“ 2 "over");
  "tripled", „eingebrochen“, „verbannt“ are verbs and carry none (nineteenth). Days on which
  something happened are a tally, not a span (four-hundred-and-fiftieth: heavy drinking
  days): „an 11 Tagen“ 11, beside „seit 58 Tagen“ 58 days, a span. "one dye" 1, "two
  tablespoons" 2, "two doses" 2 ("one" and "two" before a noun count, hundred-sixty-eighth),
  „drei Flugzeuge“ 3, „zweimal“ 2 (four-hundred-and-fiftieth: „zweimal“), "Eight other
  synthetic dyes" 8 (a number word opening a row, three-hundredth), „vier Insektenarten“
  4. None: "dozens" (seventeenth), "a handful", "for more than a century" and "more than a
  decade" (articles, hundred-eighteenth), "within days", „keine einzige“, „keiner der“.
- New: an additive's or a dye's code carries no figure - „Aspartam (E 951)“, „Titandioxid (E
  171)“ and "Red No. 3" are names, as "H3N2" (four-hundred-and-sixty-third), „PM2,5“
  (hundred-sixtieth) and „Typ-2-Diabetes“ and "Type 2 diabetes"
  (four-hundred-and-fiftieth); and „in Gruppe 2B eingestuft“ carries none - the letter makes
  the class a name, unlike a warning level („der Stufe 3 von 4“,
  four-hundred-and-fifty-first) whose digit counts on a scale. "5G", „5G-Antennen“,
  "COVID-19", "mRNA", „HPV-Impfung“, "IQ" and the platform "X" carry none (fifty-first,
  hundred-twenty-eighth, four-hundred-and-fiftieth).
- Shares and fractions (the issue: "jeder vierte", "ein Drittel"): „neun von zehn
  Fällen“ (three times) 0.9 and „bei sieben von zehn Kindern“ 0.7 - a round ratio "X von Y"
  without an article is a share (hundred-twenty-fourth: „rund neun von zehn Zügen“) -,
  "nine out of 10" (twice) 0.9 (four-hundred-and-seventy-third: "About nine in 10"),
  „jedes fünfte geimpfte Mädchen“ 0.2 („jede N-te“ is 1/N,
  three-hundred-and-seventy-second), «um ein Drittel» and „nicht um ein Drittel“ 0.3333,
  "one in three" (twice) 0.3333, "half of all heart attacks", "half of heart attacks" and
  'The "half" figure' 0.5, „in jedem zweiten Kaugummi“ 0.5, "by roughly a third" 0.3333
  "about". Percentages in "%" as written with their hedges („in 80 Prozent aller
  Lebensmittel“, „„zu 100 Prozent““, „um 40 Prozent“, „knapp 3,5 Prozent“ and „knapp 6
  Prozent“ "nearly", „gut 2 Prozent“ and „gut 3 Prozent“ "over", „bei 4,8 und 2,1 Prozent“
  both with the unit written once, „unter den 9 Prozent“ with no hedge („deutlich unter
  den“ before an article), "cures 80% of cancers", "less than 2 percent" "under", "by about
  17%", "about 5% ..., not 90%", "About 95%" and "about 73%"
  "about", "about 120 per cent", "3.1 per cent", "at about 14 per cent", "20 per cent"
  (twice), "about 85% ... about 60%", "up to 91%" "up_to", "by about 10 percent").
- Durations and ages: claimed cure times („innerhalb von drei Wochen“ and „binnen drei
  Wochen“ 3 weeks - „innerhalb von“, „binnen“ no hedge -, «innert 60 Tagen» 60 days, "in 30
  days" and "within 30 days" 30 days - "within" no hedge -), clip lengths ("A 41-second
  video" 41 seconds, „Das gut vierminütige Video“ 4 minutes "over", „Das knapp
  zwölfminütige Video“ 12 minutes "nearly", "A 2-minute video" 2 minutes;
  four-hundred-and-seventy-third: „Ein knapp dreiminütiges Video“), spans („in den
  vergangenen zehn Jahren“, „in den vergangenen drei Jahren“, „seit 58 Tagen“ twice, „zwei
  Jahre vor der EU“, "for at least 12 weeks" "at_least", "for 12 weeks", "in the 48 hours
  before", "tracked for five days", "over four days", "for six minutes", "in the past five
  years", "a five-year average" 5 years - hundred-thirty-third: "the five-year average" -,
  "an average of 14 minutes" with "an average of" no hedge), and ages as durations in
  years ("among 7-year-olds" 7 years; four-hundred-and-sixty-third: "a 7-month-old girl").
  None: „seit Mitte Februar“, „seit Ende Februar“, „seit Anfang März“, „seit Jänner“, „bis
  Ende des Vorjahres“, „im vergangenen Jahr“, „im Jahr davor“, „heuer“, „im selben
  Zeitraum“, „in diesem Zeitraum“, „im langjährigen Mittel“, „täglich“, „am Tag“, "a day",
  "daily", "last year", "this year", "last week", "next month", "this month", "in May",
  "the early 1990s", "a 1960s rat study", "a 1950s rainmaking experiment" (decades,
  four-hundred-and-seventy-third: "since the 1970s"), "a single winter week", weekdays and
  months alone.
- Ordinals: „des ersten Pandemiejahres“ 1, „zum dritten Mal“ 3, "the county's
  third-wettest February" 3 (hundred-nineteenth: "the third-wettest February"), "the third
  wellness account" 3. None: "the most shared", "the largest trial", "The only published
  results", „der bislang einzigen“, „die größte dieser Studien“, "highest", "first posted",
  „erstmals“, "The account that first posted".
- Money in the currency written (every batch): CHF („49 Franken“, „19 Franken“), EUR („4,90
  Euro je Packung“, „2,40 Euro“), GBP ("£18.50 a bottle"), USD ("$349", "$24.99 a
  bottle"), AUD ("A$89").
- Years and dates: Reuters datelines with a day are dates without a year ("LONDON, March 3
  (Reuters)" --03-03, "WASHINGTON, March 16 (Reuters)" --03-16, "OTTAWA, March 30
  (Reuters)" --03-30, "LONDON, April 14 (Reuters)" --04-14); dpa (also "dpa/lby"), APA,
  Keystone-SDA, AP ("COLUMBUS, Ohio (AP) —", "WASHINGTON (AP) —", "NEW YORK (AP) —",
  "ATLANTA (AP) —"), AFP ("LISBON (AFP) -", "SYDNEY (AFP) -", "WASHINGTON (AFP) -",
  "BRISBANE (AFP) -") and PA ("LONDON (PA) -") datelines none (seventy-ninth); "Ohio"
  after the comma ends no sentence (four-hundred-and-sixty-third: "YAKIMA, Wash."). Full
  dates ISO ("from Jan. 14, 2021" 2021-01-14, „vom 1. April 2023“ 2023-04-01), dates
  without a year "--MM-DD" ("on Feb. 27", "as of March 21", "on March 24", "on March 19",
  „am 9. März“, „am 2. April“, „seit dem 1. April“ twice and „zum 1. April“ --04-01).
  Years: „von 2011“, „aus dem Jahr 2017“, „seit 2018“ (three times), „der Referenzperiode
  1991 bis 2020“ both (four-hundred-and-thirty-first: „der Referenzperiode 1961 bis
  1990“), „In den Jahren 2022 und 2023“, „des ersten Pandemiejahres 2020“, „der Jahre 2015
  bis 2019“ both, „seit August 2022“ the year (a month with a year,
  two-hundred-and-seventy-third), „im Jahr 2020“, „aus dem Jahr 2019“, „seit 2021“, „im
  Jahr 2022 ..., im Jahr 2019“, "a 2020 laboratory study", "a 2019 Canadian study", "A
  2023 review", "A 2019 study", "a 2001 study" (a year before a noun,
  two-hundred-and-fourth), "between 2000 and 2019", "withdrawn in 2022", "since 1871",
  "until January 2027", "by the end of 2026", "since 2011", "in 2020", "in 2021", "ended
  in 2011".
- Reach as every batch reads it (four-hundred-and-thirty-first,
  four-hundred-and-seventy-third): „mehr als 1,3 Millionen Mal aufgerufen“, „gut 14.000 Mal
  geteilt“ („allein“ no hedge), „über 120'000 Mal angesehen“ (the Swiss apostrophe,
  tenth), „zusammen rund 36.000 Mal geteilt“, „rund 9.400 Mal“, „gut 210'000 Mal
  abgespielt“, „knapp 480.000 Mal“, „gut 310.000 Mal“, „gut 8.700 Mal geteilter“, „rund
  265.000 Mal“, „rund 47'000 Mal“, „knapp 52.000 Mal“, „mehr als 730.000 Mal“; members,
  subscribers and followers („rund 23'000 Mitgliedern“, „zusammen rund 64.000 Mitgliedern“,
  „rund 12.000 Abonnenten“, "about 2.4 million followers", "about 6,300 followers", "about
  88,000 followers", "about 31,000 followers", "more than 500,000 followers"); "more than
  27,000 shares", "more than 860,000 times", "roughly 1.9 million views", "more than 5
  million times", "about 3.2 million views", "more than 11,000 Facebook shares", "more than
  740,000 times", "more than 4 million times", "more than 9,000 times", "about 1.4 million
  times", "about 17,000 times", "more than 6,500 times", "about 2.7 million times", "more
  than 900,000 times".
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly" "about";
  „knapp“ "nearly"; „mehr als“, „gut“, „über“ before a figure, "more than", "over" in a
  quote "over"; „weniger als“, "less than", "fewer than" "under"; „höchstens“ "at_most";
  "at least" "at_least"; "up to" "up_to". No hedge: „zusammen“, „allein“, „insgesamt“,
  „bereits“, „erst“, „im Schnitt“, „durchschnittlich“, „innerhalb von“, „binnen“, „innert“,
  „in etwa“ and „deutlich unter“ before an article, „weniger“ and "lower" after a figure,
  "on average", "an average of", "within", "between ... and", "until", "by the end of",
  "not".
- Speakers, checked only in forms the earlier batches settled. German: the politicians'
  claims above; „sagte Onkologin Henrike Albrechtsen-Moll der dpa“ the name (the title and
  the audience dropped; four-hundred-and-fiftieth: „Studienleiter Korbinian Hallerstede
  sagte der Nachrichtenagentur dpa“), „sagte AGES-Expertin Roswitha Hinterleitner-Kos“
  (two-hundred-and-thirty-sixth: „sagte AGES-Expertin Roswitha Kammerstätter“), „sagte
  DWD-Meteorologe Lasse Jürgensen-Holt“, „sagte AGES-Ernährungsexpertin Barbara
  Stockinger-Waldl“, „sagte BAG-Epidemiologe Florian Decurtins-Walder“, „sagte
  Kinderpsychiaterin Andrea Caflisch-Rüegg“, „sagte Allergologin Johanna
  Freudenreich-Ott“ and „sagte Zahnmediziner Thomas Gadient-Vögeli“ the name with the title
  dropped (four-hundred-and-sixty-third); „Der Deutsche Wetterdienst teilte mit“, „Das
  Bundesamt für Verbraucherschutz und Lebensmittelsicherheit teilte mit“ and „Das
  Bundesministerium für Ernährung und Landwirtschaft teilte mit“ opening the row with the
  article lowered, „Swissmedic teilte mit“ as written (four-hundred-and-thirty-first);
  „Laut AGES“ and „Laut GeoSphere Austria“ as written (two-hundred-and-thirty-sixth: „Laut
  AGES“). English: "That study's lead author, Dr. Kenji Harrowfield-Sato, told Reuters" and
  "The study's lead author, Dr. Ines Albarracín-Soto, said" the name in apposition with
  "Dr." and the addressee dropped, its diacritic kept (hundred-fifty-fifth: "The study's
  lead author, Jonas Eklund, said"; four-hundred-and-thirty-first: "lead author Dr. Alina
  Marchetti-Boyd told Reuters"), "..., ornithologist Dr. Beatriz Valadares-Lemos told AFP."
  and "..., veterinary immunologist Dr. Fiona Tregaskis-Lowe said." the name
  (four-hundred-and-fiftieth: "Expedition leader Martina Echagüe-Rossi told AFP"), "The
  Met Office said", "The Public Health Agency of Canada said", "The American Diabetes
  Association said" and "The Bureau of Meteorology said" opening the row with the article
  lowered, "..., the American Heart Association said.", "..., the National Weather Service
  said." and "..., the CDC said." with their article (four-hundred-and-twelfth), "The
  agency said" -> "the agency" (hundred-eleventh). New: "The Office for Product Safety and
  Standards told Full Fact that ..." -> "the Office for Product Safety and Standards" - a
  body telling a desk is a body saying, the desk as addressee dropped as in „sagte der
  dpa“ and „teilten auf APA-Anfrage mit“ (four-hundred-and-thirty-first) and as "told
  Reuters" after a name. Left unchecked (None): all negatives, also those with a named
  speaker; the claim lines and the posts, videos, channels and their authors; roles
  without a name („sagte eine Meteorologin von GeoSphere Austria“, „hieß es beim
  Zentralverband des Deutschen Bäckerhandwerks“ - „hieß es“, four-hundred-and-sixty-third
  -, „nennen Fachleute“, "forecasters had tracked", "researchers put down"); spokespeople
  (above); a relative clause between a body and its verb ("The University of Alaska
  Fairbanks, which runs the station, said"; four-hundred-and-thirty-first); possessives
  ("Cancer Research UK's guidance says"; two-hundred-and-thirty-sixth); „laut dem
  Krebsinformationsdienst“ and „Laut dem Bundesamt für Kommunikation“ (the article after
  „laut“, as „Laut der EU-Asylagentur EUAA“, four-hundred-and-seventy-third); „Gemäss
  Bienengesundheitsdienst“, „Gemäss Bundesamt für Statistik“ and „Gemäss Bundesamt für
  Lebensmittelsicherheit und Veterinärwesen“ (four-hundred-and-fourth); data, registers,
  records, measurements and the desks' findings („Nach Zahlen des Bundesamts für
  Sicherheit im Gesundheitswesen“, „Nach Zahlen des Paul-Ehrlich-Instituts“, „Nach Zahlen
  des Robert Koch-Instituts“, „Nach Zahlen der Statistik Austria“, „Bei einer
  Marktstichprobe der AGES“, „wie aus Daten des Spitals hervorgeht“, „wie aus dem
  Einsatzprotokoll hervorgeht“, „nach Messungen der Kantonschemiker“, „nach Angaben von
  Toxikologen“ - a plural without an article -, „nach dpa-Recherchen“, „nach
  APA-Recherchen“, „nach Recherchen von Keystone-SDA“, "state data show", "CDC data show",
  "ONS figures show", "the trial's published summary shows", "its public register shows",
  "the regulator's survey shows", "the agency's weekly report shows", "the bureau's
  records show", "state records show", "the same records show", "the weather service's
  preliminary review found", "AFP traced", "The AP found"); verbs not of saying („der
  Giftnotruf Berlin verzeichnete“, „Tox Info Suisse registrierte“, „stufte das Institut ...
  ein“, „rechnete das Amt vor“, „Messungen des Umweltbundesamts ergaben“); and every
  "according to" (Cancer Research UK, the regional agriculture authority, Anacom, Met
  Office records, the Civil Aviation Authority, the Australian Pesticides and Veterinary
  Medicines Authority, the agency, the Food Standards Agency, a review, a count of archived
  posts by AFP; two-hundred-and-fourth, four-hundred-and-twentieth). To keep the checked
  speakers near 35, as the four-hundred-and-thirty-first and
  four-hundred-and-seventy-third batches did, several authorities are given with
  "according to", „laut dem“ or as data.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_488 = [
    # --- A Tiktok video on baking soda against cancer (dpa-Faktencheck), March 2 ---
    (
        "de",
        "Berlin (dpa) - In einem Tiktok-Video, das seit Mitte Februar mehr als 1,3 Millionen Mal aufgerufen wurde, behauptet ein Mann, Natron heile Krebs „in neun von zehn Fällen innerhalb von drei Wochen“.",
        True,
        [("count", 1300000, None, "over"), ("fraction", 0.9, None, None), ("duration", 3, "week", None)],
        None,
    ),
    ("de", "„Die Pharmaindustrie will nicht, dass ihr das erfahrt“, sagt der Mann am Ende des Clips.", False, [], None),
    (
        "de",
        "Behauptung: Natron heilt Krebs in neun von zehn Fällen binnen drei Wochen.",
        True,
        [("fraction", 0.9, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Fakten: Eine Studie, die eine Heilung von Krebs durch Natron belegt, gibt es laut dem Krebsinformationsdienst nicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der bislang einzigen klinischen Studie dazu, mit 28 Patientinnen und Patienten, habe Natron als Zusatz zur Chemotherapie keinen messbaren Vorteil gezeigt, sagte Onkologin Henrike Albrechtsen-Moll der dpa.",
        True,
        [("count", 28, None, None)],
        "Henrike Albrechtsen-Moll",
    ),
    (
        "de",
        "Die „neun von zehn Fällen“ stammen nach dpa-Recherchen aus einem Ratgeber im Selbstverlag von 2011, dessen Autor keine medizinische Ausbildung hat.",
        True,
        [("fraction", 0.9, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Große Mengen Natron können den Säure-Basen-Haushalt entgleisen lassen; der Giftnotruf Berlin verzeichnete im vergangenen Jahr 46 Anfragen zu solchen Vergiftungen.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Posts on ivermectin as a cancer cure (Reuters Fact Check), March 3 ---
    (
        "en",
        'LONDON, March 3 (Reuters) - Facebook and Instagram posts with more than 27,000 shares claim that the anti-parasite drug ivermectin "cures 80% of cancers" and that doctors are hiding it.',
        True,
        [("date", "--03-03", None, None), ("count", 27000, None, "over"), ("percent", 80, "%", None)],
        None,
    ),
    (
        "en",
        '"Big Pharma buried this because a cure doesn\'t make money," one of the most shared posts says.',
        False,
        [],
        None,
    ),
    (
        "en",
        "No clinical trial has shown that ivermectin cures cancer in humans, according to Cancer Research UK.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The only published results in people come from an early-stage trial of 16 patients with advanced breast cancer, in which the drug was given alongside immunotherapy.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "Of those 16 patients, three saw their tumours stop growing for at least 12 weeks and none was cured, the trial's published summary shows.",
        True,
        [("count", 16, None, None), ("count", 3, None, None), ("duration", 12, "week", "at_least")],
        None,
    ),
    (
        "en",
        "The 80% figure appears to come from a 2020 laboratory study on cancer cells, which the posts present as a result in patients.",
        True,
        [("percent", 80, "%", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "That study's lead author, Dr. Kenji Harrowfield-Sato, told Reuters it had tested the drug only on cells grown in dishes, never in people.",
        True,
        [],
        "Kenji Harrowfield-Sato",
    ),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- A state senator on fluoride and IQ (AP Fact Check), March 4 ---
    (
        "en",
        'COLUMBUS, Ohio (AP) — State Senator Rhett Vanlandingham claimed at a committee hearing on Tuesday that fluoride in tap water "lowers children\'s IQ by 10 points."',
        True,
        [("count", 10, None, None)],
        "Rhett Vanlandingham",
    ),
    ("en", '"We are medicating every child in this state without their consent," Vanlandingham said.', False, [], None),
    (
        "en",
        "CLAIM: Fluoride in community drinking water lowers children's IQ by 10 points.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: The recommended fluoride level for U.S. community water systems is 0.7 milligrams per liter, and the largest systems in Ohio reported averages between 0.6 and 0.8 last year, state data show.",
        True,
        [("count", 0.7, None, None), ("count", 0.6, None, None), ("count", 0.8, None, None)],
        None,
    ),
    (
        "en",
        "A federal review of mostly foreign studies linked lower IQ scores only to water with more than twice that level and found no clear effect at 0.7 milligrams.",
        True,
        [("count", 2, None, "over"), ("count", 0.7, None, None)],
        None,
    ),
    (
        "en",
        "Across the studies the review weighed, children at those higher exposures scored roughly 3 points lower on average, not 10.",
        True,
        [("count", 3, None, "about"), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "A spokesperson for Vanlandingham said the senator had been citing a 2019 Canadian study of 512 mother-child pairs.",
        True,
        [("year", 2019, None, None), ("count", 512, None, None)],
        None,
    ),
    # --- A chain message on the HPV vaccine (APA-Faktencheck), March 5 ---
    (
        "de",
        "Wien (APA) - Eine Kettennachricht, die seit Ende Februar auf Whatsapp und Telegram kursiert, behauptet, die HPV-Impfung mache „jedes fünfte geimpfte Mädchen unfruchtbar“.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Ein Screenshot der Nachricht wurde allein auf Facebook gut 14.000 Mal geteilt.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    ("de", "„Schützt eure Töchter, bevor es zu spät ist!“, heißt es am Ende der Nachricht.", False, [], None),
    (
        "de",
        "Nach Zahlen des Bundesamts für Sicherheit im Gesundheitswesen gingen in den vergangenen zehn Jahren 1.284 Meldungen über vermutete Nebenwirkungen der HPV-Impfung ein, keine davon zu einer bestätigten Unfruchtbarkeit.",
        True,
        [("duration", 10, "year", None), ("count", 1284, None, None)],
        None,
    ),
    (
        "de",
        "Im selben Zeitraum wurden in Österreich rund 2,1 Millionen Dosen verabreicht, das entspricht etwa 61 Meldungen je 100.000 Dosen.",
        True,
        [("count", 2100000, None, "about"), ("count", 61, None, "about"), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Große Registerstudien aus Skandinavien mit zusammen mehr als 900.000 Frauen fanden keinen Zusammenhang zwischen der Impfung und Fruchtbarkeitsproblemen, sagte AGES-Expertin Roswitha Hinterleitner-Kos.",
        True,
        [("count", 900000, None, "over")],
        "Roswitha Hinterleitner-Kos",
    ),
    (
        "de",
        "Die Nachricht geht nach APA-Recherchen auf einen Blogeintrag aus dem Jahr 2017 zurück, der eine Fallserie von drei Patientinnen verallgemeinert.",
        True,
        [("year", 2017, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- A video of dead birds under a "5G mast" (AFP Fact Check), March 9 ---
    (
        "en",
        "LISBON (AFP) - A 41-second video viewed more than 860,000 times on X claims to show dozens of birds that dropped dead beneath a newly switched-on 5G mast.",
        True,
        [("duration", 41, "second", None), ("count", 860000, None, "over")],
        None,
    ),
    ("en", '"They are testing it on the birds first, then on us," the caption says.', False, [], None),
    (
        "en",
        "AFP traced the footage to a local news report from Jan. 14, 2021, about starlings found dead in a park near Porto after a hailstorm.",
        True,
        [("date", "2021-01-14", None, None)],
        None,
    ),
    (
        "en",
        "Veterinary tests at the time found that the 212 birds had died of internal injuries consistent with hail, according to the regional agriculture authority.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "The nearest mast had not been carrying 5G signals on that date, according to Anacom, Portugal's telecoms regulator.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Radio-frequency exposure measured near masts in Portugal last year averaged less than 2 percent of the limit in international guidelines, the regulator's survey shows.",
        True,
        [("percent", 2, "%", "under")],
        None,
    ),
    (
        "en",
        "Mass deaths of starlings have been recorded for more than a century, long before mobile networks existed, ornithologist Dr. Beatriz Valadares-Lemos told AFP.",
        True,
        [],
        "Beatriz Valadares-Lemos",
    ),
    ("en", "AFP rating: Miscaptioned.", False, [], None),
    # --- 5G antennas and bee colonies in Thurgau (Keystone-SDA), March 10 ---
    (
        "de",
        "Frauenfeld (Keystone-SDA) - SVP-Kantonsrat Ueli Brändle-Kradolfer hat in einem Facebook-Video behauptet, seit dem Bau von 5G-Antennen im Thurgau seien die Bienenvölker im Kanton «um ein Drittel» eingebrochen.",
        True,
        [("fraction", 0.3333, None, None)],
        "Ueli Brändle-Kradolfer",
    ),
    (
        "de",
        "Das gut vierminütige Video wurde über 120'000 Mal angesehen.",
        True,
        [("duration", 4, "minute", "over"), ("count", 120000, None, "over")],
        None,
    ),
    (
        "de",
        "«Man experimentiert an unserer Natur, und Bern schaut zu», sagte Brändle-Kradolfer im Video.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Bienengesundheitsdienst zählten die Thurgauer Imkerinnen und Imker im vergangenen Jahr 7'840 Völker, nach 8'120 im Jahr davor.",
        True,
        [("count", 7840, None, None), ("count", 8120, None, None)],
        None,
    ),
    (
        "de",
        "Das ist ein Rückgang um knapp 3,5 Prozent, nicht um ein Drittel.",
        True,
        [("percent", 3.5, "%", "nearly"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Als Hauptursache der Winterverluste nennen Fachleute die Varroamilbe und den nassen Herbst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut dem Bundesamt für Kommunikation halten die 5G-Antennen im Kanton wie alle Anlagen den Anlagegrenzwert von 5 Volt pro Meter ein, der rund zehnmal strenger ist als der internationale Richtwert.",
        True,
        [("count", 5, None, None), ("count", 10, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Sprecher Brändle-Kradolfers sagte auf Anfrage, der Kantonsrat habe sich auf Aussagen mehrerer Imker in seiner Gemeinde gestützt.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- An MP on "cloud seeding" before the Somerset floods (PA, Full Fact), March 11 ---
    (
        "en",
        'LONDON (PA) - Reform UK MP Garfield Ashcombe-Pryce claimed on his X account that the Met Office had "seeded the clouds" over Somerset before floods that forced 340 people from their homes.',
        True,
        [("count", 340, None, None)],
        "Garfield Ashcombe-Pryce",
    ),
    ("en", "The clip has drawn roughly 1.9 million views.", True, [("count", 1900000, None, "about")], None),
    (
        "en",
        '"Somebody is playing God with our weather and the people of Somerset are paying for it," Ashcombe-Pryce said in the video.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Met Office said it had never carried out cloud seeding and had no aircraft or equipment able to do so.",
        True,
        [],
        "the Met Office",
    ),
    (
        "en",
        "According to Met Office records, parts of Somerset received 118 millimetres of rain in the 48 hours before the flooding, about 1.6 times the average for the whole month.",
        True,
        [("count", 118, None, None), ("duration", 48, "hour", None), ("count", 1.6, None, "about")],
        None,
    ),
    (
        "en",
        "It was the county's third-wettest February since 1871, the same records show, and the rain came from a storm that forecasters had tracked for five days.",
        True,
        [("ordinal", 3, None, None), ("year", 1871, None, None), ("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "No permits for cloud-seeding flights have been issued in the UK, according to the Civil Aviation Authority.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A spokesperson for Ashcombe-Pryce later said the MP had been referring to a 1950s rainmaking experiment in Devon that his staff had read about online.",
        True,
        [],
        None,
    ),
    ("en", "Full Fact's verdict: False.", False, [], None),
    # --- A sharepic on "chemtrails" and rainfall (dpa-Faktencheck), March 12 ---
    (
        "de",
        "Hamburg (dpa) - Ein Sharepic, das auf Facebook und X zusammen rund 36.000 Mal geteilt wurde, behauptet, Flugzeuge versprühten über Norddeutschland Aluminium, weshalb es dort seit 2018 um 40 Prozent weniger regne.",
        True,
        [("count", 36000, None, "about"), ("year", 2018, None, None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "Das Bild wurde erstmals am 9. März von einem Telegram-Kanal mit rund 12.000 Abonnenten verbreitet.",
        True,
        [("date", "--03-09", None, None), ("count", 12000, None, "about")],
        None,
    ),
    (
        "de",
        "Behauptung: Chemtrails haben die Niederschläge in Norddeutschland seit 2018 um 40 Prozent verringert.",
        True,
        [("year", 2018, None, None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "Fakten: Der Deutsche Wetterdienst teilte mit, in Schleswig-Holstein, Hamburg und Niedersachsen seien in den Jahren seit 2018 im Schnitt 742 Liter pro Quadratmeter gefallen.",
        True,
        [("year", 2018, None, None), ("count", 742, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Das sind knapp 6 Prozent weniger als im Mittel der Referenzperiode 1991 bis 2020 mit 789 Litern.",
        True,
        [
            ("percent", 6, "%", "nearly"),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("count", 789, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Streifen entstehen, wenn Wasserdampf aus den Triebwerken in rund 10.000 Metern Höhe zu Eiskristallen gefriert, sagte DWD-Meteorologe Lasse Jürgensen-Holt.",
        True,
        [("count", 10000, None, "about")],
        "Lasse Jürgensen-Holt",
    ),
    ("de", "Messungen des Umweltbundesamts ergaben im Regenwasser keine erhöhten Aluminiumwerte.", True, [], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- An influencer's video on seed oils (Reuters Fact Check), March 16 ---
    (
        "en",
        'WASHINGTON, March 16 (Reuters) - A video by a wellness influencer with about 2.4 million followers claims seed oils such as canola and soybean oil "cause half of all heart attacks."',
        True,
        [("date", "--03-16", None, None), ("count", 2400000, None, "about"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "The clip has been watched more than 5 million times on Instagram and TikTok since it was posted on Feb. 27.",
        True,
        [("count", 5000000, None, "over"), ("date", "--02-27", None, None)],
        None,
    ),
    (
        "en",
        '"Your grandparents cooked with butter and lard and nobody needed a cardiologist," the influencer says.',
        False,
        [],
        None,
    ),
    (
        "en",
        "No study has found that seed oils cause half of heart attacks, the American Heart Association said.",
        True,
        [("fraction", 0.5, None, None)],
        "the American Heart Association",
    ),
    (
        "en",
        "A 2023 review of 44 trials found that replacing saturated fat with polyunsaturated fats, the main fats in seed oils, cut the risk of heart disease events by about 17%.",
        True,
        [("year", 2023, None, None), ("count", 44, None, None), ("percent", 17, "%", "about")],
        None,
    ),
    (
        "en",
        'The "half" figure appears to come from a blog post that misread a 1960s rat study as a human trial.',
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Heart disease deaths among U.S. adults fell by roughly a third between 2000 and 2019, a period in which seed oil use rose, CDC data show.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2000, None, None), ("year", 2019, None, None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- A sharepic on aspartame (APA-Faktencheck), March 17 ---
    (
        "de",
        "Wien (APA) - Ein Sharepic, das auf Instagram rund 9.400 Mal geteilt wurde, behauptet, der Süßstoff Aspartam (E 951) stecke „in 80 Prozent aller Lebensmittel“ und sei von der WHO „als krebserregend eingestuft“ worden.",
        True,
        [("count", 9400, None, "about"), ("percent", 80, "%", None)],
        None,
    ),
    ("de", "„Die wissen es seit Jahren und verkaufen es euch trotzdem“, heißt es unter dem Bild.", False, [], None),
    (
        "de",
        "Fakten: Die Internationale Agentur für Krebsforschung der WHO hat Aspartam in Gruppe 2B eingestuft, also als „möglicherweise krebserregend“, nicht als „krebserregend“.",
        True,
        [],
        None,
    ),
    ("de", "In dieselbe Gruppe fallen unter anderem auch Aloe-vera-Extrakt und eingelegtes Gemüse.", True, [], None),
    (
        "de",
        "Der zulässige Tageswert liegt unverändert bei 40 Milligramm je Kilogramm Körpergewicht, sagte AGES-Ernährungsexpertin Barbara Stockinger-Waldl.",
        True,
        [("count", 40, None, None)],
        "Barbara Stockinger-Waldl",
    ),
    (
        "de",
        "Ein Erwachsener mit 70 Kilo müsste demnach täglich gut 15 Dosen eines Light-Getränks mit je rund 180 Milligramm Aspartam trinken, um diesen Wert zu überschreiten.",
        True,
        [("count", 70, None, None), ("count", 15, None, "over"), ("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Bei einer Marktstichprobe der AGES enthielten heuer 27 von 1.150 geprüften Produkten Aspartam, das sind gut 2 Prozent.",
        True,
        [("count", 27, None, None), ("count", 1150, None, None), ("percent", 2, "%", "over")],
        None,
    ),
    ("de", "Bewertung: Teilweise falsch.", False, [], None),
    # --- A congressman on vaccine deaths (AP Fact Check), March 18 ---
    (
        "en",
        'WASHINGTON (AP) — Rep. Wade Hollister-Bragg, R-Tenn., claimed on a podcast on Monday that COVID-19 vaccines "have killed more Americans than COVID itself, over 1.3 million."',
        True,
        [("count", 1300000, None, "over")],
        "Wade Hollister-Bragg",
    ),
    (
        "en",
        "Clips of the episode have drawn about 3.2 million views across X and YouTube.",
        True,
        [("count", 3200000, None, "about")],
        None,
    ),
    ("en", '"The American people were lied to, and nobody has paid a price," Hollister-Bragg said.', False, [], None),
    (
        "en",
        "CLAIM: COVID-19 vaccines have killed more than 1.3 million Americans, more than the disease itself.",
        True,
        [("count", 1300000, None, "over")],
        None,
    ),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: CDC data show about 1.16 million Americans have died of COVID-19 since the pandemic began, with the disease named on their death certificates as the underlying or a contributing cause.",
        True,
        [("count", 1160000, None, "about")],
        None,
    ),
    (
        "en",
        "The federal Vaccine Adverse Event Reporting System, open to reports from anyone, holds about 21,400 reports of deaths after vaccination, and a report does not mean the vaccine caused the death.",
        True,
        [("count", 21400, None, "about")],
        None,
    ),
    (
        "en",
        "Reviews of those reports by federal scientists have linked only a handful of deaths to a vaccine, all from a rare clotting disorder after a shot no longer used in the U.S., the CDC said.",
        True,
        [],
        "the CDC",
    ),
    (
        "en",
        "A spokesperson for Hollister-Bragg said the congressman had been citing an estimate from a preprint that was withdrawn in 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- A Nationalrat question on excess deaths (Keystone-SDA), March 19 ---
    (
        "de",
        "Bern (Keystone-SDA) - SVP-Nationalrätin Regula Zurflüh-Amstutz hat in der Fragestunde des Nationalrats behauptet, seit Beginn der Covid-Impfungen stürben in der Schweiz «jedes Jahr rund 10'000 Menschen mehr als normal».",
        True,
        [("count", 10000, None, "about")],
        "Regula Zurflüh-Amstutz",
    ),
    (
        "de",
        "Ein Ausschnitt ihrer Frage wurde auf Telegram und X zusammen gut 210'000 Mal abgespielt.",
        True,
        [("count", 210000, None, "over")],
        None,
    ),
    ("de", "«Der Bundesrat schaut weg, weil er selbst verantwortlich ist», sagte Zurflüh-Amstutz.", False, [], None),
    (
        "de",
        "Gemäss Bundesamt für Statistik starben im vergangenen Jahr 71'420 Menschen, rund 1'900 mehr, als aufgrund der Alterung der Bevölkerung zu erwarten gewesen wäre.",
        True,
        [("count", 71420, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "In den Jahren 2022 und 2023 lag die Übersterblichkeit bei 4,8 und 2,1 Prozent und damit deutlich unter den 9 Prozent des ersten Pandemiejahres 2020.",
        True,
        [
            ("year", 2022, None, None),
            ("year", 2023, None, None),
            ("percent", 4.8, "%", None),
            ("percent", 2.1, "%", None),
            ("percent", 9, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl von 10'000 stammt nach Recherchen von Keystone-SDA aus einem Video, das die Todesfälle mit dem Durchschnitt der Jahre 2015 bis 2019 verglich, ohne die grösser gewordene Zahl älterer Menschen zu berücksichtigen.",
        True,
        [("count", 10000, None, None), ("year", 2015, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Eine Auswertung des Bundesamts für Gesundheit fand keinen zeitlichen Zusammenhang zwischen den Impfwellen und der Sterblichkeit, sagte BAG-Epidemiologe Florian Decurtins-Walder.",
        True,
        [],
        "Florian Decurtins-Walder",
    ),
    ("de", "Bewertung: Irreführend.", False, [], None),
    # --- Posts on mRNA vaccines in livestock (AFP Fact Check), March 23 ---
    (
        "en",
        'SYDNEY (AFP) - Posts with more than 11,000 Facebook shares claim Australian beef and pork now come from animals injected with mRNA vaccines, and that "one in three" supermarket steaks contains them.',
        True,
        [("count", 11000, None, "over"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        'One of the posts links to a farm that sells "mRNA-free" beef at A$89 for a 5-kilogram box.',
        True,
        [("money", 89, "AUD", None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "No mRNA vaccine is registered for use in cattle or pigs in Australia, according to the Australian Pesticides and Veterinary Medicines Authority.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The authority has approved 27 livestock vaccines in the past five years, all of them conventional killed or modified-live products, its public register shows.",
        True,
        [("count", 27, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Even if an animal were given such a vaccine, the mRNA would break down within days and would not survive cooking or digestion, veterinary immunologist Dr. Fiona Tregaskis-Lowe said.",
        True,
        [],
        "Fiona Tregaskis-Lowe",
    ),
    (
        "en",
        'The account that first posted the "one in three" figure was created in December and has about 6,300 followers.',
        True,
        [("fraction", 0.3333, None, None), ("count", 6300, None, "about")],
        None,
    ),
    ("en", "AFP rating: False.", False, [], None),
    # --- A Bundestag speech on deaths after vaccination (dpa-Faktencheck), March 24 ---
    (
        "de",
        "Berlin (dpa) - Die AfD-Bundestagsabgeordnete Sieglinde Ortmann-Beckhaus hat in einer Rede im Bundestag behauptet, nach offiziellen Zahlen seien in Deutschland „über 3.000 Menschen an der Corona-Impfung gestorben“.",
        True,
        [("count", 3000, None, "over")],
        "Sieglinde Ortmann-Beckhaus",
    ),
    (
        "de",
        "Ein Video der Rede verbreitete die Fraktion auf Tiktok, wo es knapp 480.000 Mal angesehen wurde.",
        True,
        [("count", 480000, None, "nearly")],
        None,
    ),
    ("de", "„Diese Toten verschweigt man Ihnen bis heute“, rief Ortmann-Beckhaus ins Plenum.", False, [], None),
    (
        "de",
        "Fakten: Nach Zahlen des Paul-Ehrlich-Instituts gingen bis Ende des Vorjahres 3.312 Verdachtsmeldungen über Todesfälle in zeitlichem Zusammenhang mit einer Corona-Impfung ein.",
        True,
        [("count", 3312, None, None)],
        None,
    ),
    (
        "de",
        "Bei 104 dieser Fälle stufte das Institut einen ursächlichen Zusammenhang als wahrscheinlich oder möglich ein.",
        True,
        [("count", 104, None, None)],
        None,
    ),
    (
        "de",
        "Das sind gut 3 Prozent der gemeldeten Todesfälle, bei rund 186 Millionen verabreichten Dosen.",
        True,
        [("percent", 3, "%", "over"), ("count", 186000000, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Verdachtsmeldung belegt keinen Zusammenhang, sondern löst erst eine Prüfung aus; einreichen können sie Ärztinnen und Ärzte ebenso wie Angehörige.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ortmann-Beckhaus sagte der dpa, sie habe mit „offiziellen Zahlen“ die Meldungen an das Institut gemeint.",
        True,
        [],
        "Ortmann-Beckhaus",
    ),
    ("de", "Bewertung: Größtenteils falsch.", False, [], None),
    # --- A TikTok video against sunscreen (PA, Full Fact), March 25 ---
    (
        "en",
        'LONDON (PA) - A TikTok video viewed more than 740,000 times claims that sunscreen "causes more skin cancer than the sun" and that melanoma rates have tripled since sun cream went on sale.',
        True,
        [("count", 740000, None, "over")],
        None,
    ),
    (
        "en",
        "The video was first posted on March 19 and had been viewed fewer than 2,000 times before a larger account reshared it.",
        True,
        [("date", "--03-19", None, None), ("count", 2000, None, "under")],
        None,
    ),
    (
        "en",
        "Cancer Research UK's guidance says there is strong evidence that regular sunscreen use lowers the risk of melanoma and other skin cancers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Melanoma incidence in the UK has risen by about 120 per cent since the early 1990s, a rise researchers put down mainly to cheap package holidays and sunbeds.",
        True,
        [("percent", 120, "%", "about")],
        None,
    ),
    (
        "en",
        "In an Australian trial that followed 1,480 adults for more than a decade, those told to use sunscreen daily developed invasive melanoma at a rate about 50 per cent lower than the others.",
        True,
        [("count", 1480, None, None), ("percent", 50, "%", "about")],
        None,
    ),
    (
        "en",
        "The Office for Product Safety and Standards told Full Fact that sunscreens sold in the UK must pass a safety assessment before they go on sale.",
        True,
        [],
        "the Office for Product Safety and Standards",
    ),
    (
        "en",
        'The woman who posted the video told Full Fact she sells "natural" skin oils at £18.50 a bottle through her account, which has about 88,000 followers.',
        True,
        [("money", 18.5, "GBP", None), ("count", 88000, None, "about")],
        None,
    ),
    ("en", "Full Fact's verdict: False.", False, [], None),
    # --- A Youtube video on vitamin D megadoses (APA-Faktencheck), March 26 ---
    (
        "de",
        "Graz (APA) - Eine Energetikerin behauptet in einem Youtube-Video, wer täglich 50.000 Internationale Einheiten Vitamin D einnehme, sei „zu 100 Prozent“ vor Grippe und Corona geschützt.",
        True,
        [("count", 50000, None, None), ("percent", 100, "%", None)],
        None,
    ),
    (
        "de",
        "Das knapp zwölfminütige Video wurde seit Jänner gut 310.000 Mal aufgerufen.",
        True,
        [("duration", 12, "minute", "nearly"), ("count", 310000, None, "over")],
        None,
    ),
    ("de", "„Euer Arzt verdient an eurer Krankheit, ich nicht“, sagt die Frau im Video.", False, [], None),
    (
        "de",
        "Fakten: Laut AGES liegt die tolerierbare Höchstmenge für Erwachsene bei 4.000 Einheiten am Tag, die Dosis im Video ist also 12,5-mal so hoch.",
        True,
        [("count", 4000, None, None), ("count", 12.5, None, None)],
        "AGES",
    ),
    (
        "de",
        "Am LKH-Universitätsklinikum Graz wurden heuer bereits sieben Patientinnen und Patienten mit einer Vitamin-D-Vergiftung behandelt, wie aus Daten des Spitals hervorgeht.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Eine Auswertung von 31 Studien mit zusammen rund 14.600 Teilnehmenden ergab bei täglicher Einnahme ein um 8 Prozent geringeres Risiko für Atemwegsinfekte.",
        True,
        [("count", 31, None, None), ("count", 14600, None, "about"), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Von einem vollständigen Schutz könne keine Rede sein, sagte der Grazer Endokrinologe Matthias Pölzl-Unterberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Energetikerin sagte auf APA-Anfrage, sie gebe keine medizinischen Ratschläge, sondern teile ihre Erfahrung.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Posts on measles among the vaccinated in Canada (Reuters Fact Check), March 30 ---
    (
        "en",
        'OTTAWA, March 30 (Reuters) - Posts viewed more than 4 million times on X claim that "nine out of 10" people who caught measles in Canada this year had been vaccinated, proof that the shot spreads the disease.',
        True,
        [("date", "--03-30", None, None), ("count", 4000000, None, "over"), ("fraction", 0.9, None, None)],
        None,
    ),
    (
        "en",
        '"The vaccinated are the super-spreaders, wake up," one user wrote beneath a widely shared graphic.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Public Health Agency of Canada said 1,842 measles cases had been reported this year as of March 21.",
        True,
        [("count", 1842, None, None), ("date", "--03-21", None, None)],
        "the Public Health Agency of Canada",
    ),
    (
        "en",
        "Of those, 1,605 involved people who were unvaccinated or of unknown status, and 98 involved people with two doses, the agency's weekly report shows.",
        True,
        [("count", 1605, None, None), ("count", 98, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "That puts fully vaccinated people at about 5% of cases, not 90%.",
        True,
        [("percent", 5, "%", "about"), ("percent", 90, "%", None)],
        None,
    ),
    (
        "en",
        'The "nine out of 10" figure appears to come from a misread chart that showed vaccination coverage in the general population, not among cases.',
        True,
        [("fraction", 0.9, None, None)],
        None,
    ),
    (
        "en",
        "About 95% of people must be immune to stop measles spreading, while coverage of two doses among 7-year-olds in Canada stands at about 73%, according to the agency.",
        True,
        [
            ("percent", 95, "%", "about"),
            ("count", 2, None, None),
            ("duration", 7, "year", None),
            ("percent", 73, "%", "about"),
        ],
        None,
    ),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- Chlorine dioxide sold as an autism cure (Keystone-SDA), March 31 ---
    (
        "de",
        "Zürich (Keystone-SDA) - In einem Telegram-Kanal mit rund 23'000 Mitgliedern wird ein Mittel auf Chlordioxid-Basis angeboten, das angeblich Autismus bei Kindern «innert 60 Tagen» heilt.",
        True,
        [("count", 23000, None, "about"), ("duration", 60, "day", None)],
        None,
    ),
    (
        "de",
        "Eine Flasche mit 100 Millilitern kostet im Kanal 49 Franken, dazu kommt ein «Aktivator» für 19 Franken.",
        True,
        [("count", 100, None, None), ("money", 49, "CHF", None), ("money", 19, "CHF", None)],
        None,
    ),
    ("de", "«Die Ärzte geben eure Kinder auf, wir nicht», heisst es in einem angehefteten Beitrag.", False, [], None),
    (
        "de",
        "Swissmedic teilte mit, Chlordioxid-Lösungen seien in der Schweiz nicht als Arzneimittel zugelassen und ihr Verkauf zu Heilzwecken sei verboten.",
        True,
        [],
        "Swissmedic",
    ),
    (
        "de",
        "Die Lösung wirkt nach Angaben von Toxikologen wie ein Bleichmittel und kann Erbrechen, schwere Durchfälle und Nierenschäden verursachen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tox Info Suisse registrierte in den vergangenen drei Jahren 38 Anrufe wegen Vergiftungen mit solchen Mitteln, neun davon betrafen Kinder.",
        True,
        [("duration", 3, "year", None), ("count", 38, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Für eine Wirkung gegen Autismus gibt es keine einzige Studie, sagte Kinderpsychiaterin Andrea Caflisch-Rüegg.",
        True,
        [],
        "Andrea Caflisch-Rüegg",
    ),
    (
        "de",
        "Verschickt wird das Mittel nach Recherchen von Keystone-SDA von einem Onlineshop in Nordmazedonien, der seit 2021 bereits zum dritten Mal seinen Namen gewechselt hat.",
        True,
        [("year", 2021, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Posts on a "ban" of all food dyes (AP Fact Check), April 1 ---
    (
        "en",
        "NEW YORK (AP) — Posts shared more than 9,000 times on Facebook and Instagram claim the Food and Drug Administration has banned all artificial food dyes starting next month.",
        True,
        [("count", 9000, None, "over")],
        None,
    ),
    ("en", '"Finally they admit the rainbow candy was poison all along," one post reads.', False, [], None),
    ("en", "CLAIM: The FDA has banned all artificial food dyes in the U.S. starting in May.", True, [], None),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: The FDA has revoked its approval of one dye, Red No. 3, for use in food, and manufacturers have until January 2027 to take it out of their products.",
        True,
        [("count", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Eight other synthetic dyes remain approved, though the agency has asked companies to phase them out voluntarily by the end of 2026.",
        True,
        [("count", 8, None, None), ("year", 2026, None, None)],
        None,
    ),
    ("en", "The agency said it had no plans to ban the remaining dyes outright.", True, [], "the agency"),
    (
        "en",
        'The claim seems to trace back to a satirical website that ran a story under the headline "FDA Bans Rainbows" on March 24.',
        True,
        [("date", "--03-24", None, None)],
        None,
    ),
    # --- A post on titanium dioxide in chewing gum (dpa-Faktencheck), April 2 ---
    (
        "de",
        "Köln (dpa) - Ein auf Facebook gut 8.700 Mal geteilter Beitrag behauptet, der Farbstoff Titandioxid (E 171) sei in Deutschland „in jedem zweiten Kaugummi“ noch erlaubt, obwohl Frankreich ihn längst verboten habe.",
        True,
        [("count", 8700, None, "over"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Beitrag verlinkt auf einen Onlineshop, der „titandioxidfreie“ Kaugummis für 4,90 Euro je Packung verkauft.",
        True,
        [("money", 4.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Fakten: Titandioxid ist als Lebensmittelzusatzstoff in der gesamten EU seit August 2022 verboten, nachdem die Lebensmittelbehörde Efsa ihn nicht mehr als sicher eingestuft hatte.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Frankreich hatte den Stoff bereits im Jahr 2020 aus Lebensmitteln verbannt, zwei Jahre vor der EU.",
        True,
        [("year", 2020, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit teilte mit, bei Kontrollen im vergangenen Jahr sei der Stoff in keiner der 312 untersuchten Süßwarenproben gefunden worden.",
        True,
        [("count", 312, None, None)],
        "das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit",
    ),
    (
        "de",
        "In Zahnpasta ist Titandioxid weiterhin erlaubt; der Beitrag verwechselt nach dpa-Recherchen die Inhaltsliste einer Zahnpasta aus dem Jahr 2019 mit der eines Kaugummis.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Posts blaming a research station for tornadoes (AFP Fact Check), April 6 ---
    (
        "en",
        'WASHINGTON (AFP) - Posts on X and Facebook claim a military-funded research station in Alaska "steered" the tornadoes that killed 23 people across three southern states last week.',
        True,
        [("count", 23, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        'A 2-minute video in one of the posts, viewed about 1.4 million times, shows what it calls "frequency rings" on a weather radar screen.',
        True,
        [("duration", 2, "minute", None), ("count", 1400000, None, "about")],
        None,
    ),
    ("en", '"This was not nature, this was a weapon," the narrator says.', False, [], None),
    (
        "en",
        "The University of Alaska Fairbanks, which runs the station, said its antennas study the ionosphere, a layer that begins about 50 miles up, far above where weather forms.",
        True,
        [("count", 50, None, "about")],
        None,
    ),
    (
        "en",
        "The rings in the video are a common radar artifact caused by the radar's own signal bouncing off nearby objects, the National Weather Service said.",
        True,
        [],
        "the National Weather Service",
    ),
    (
        "en",
        "Forecasters issued tornado warnings an average of 14 minutes before the storms struck, the weather service's preliminary review found.",
        True,
        [("duration", 14, "minute", None)],
        None,
    ),
    (
        "en",
        "The same claim has spread after at least six earlier outbreaks of severe weather since 2011, according to a count of archived posts by AFP.",
        True,
        [("count", 6, None, "at_least"), ("year", 2011, None, None)],
        None,
    ),
    ("en", "AFP rating: False.", False, [], None),
    # --- Hail-defence planes blamed for drought in Styria (APA-Faktencheck), April 8 ---
    (
        "de",
        "Graz (APA) - In mehreren Facebook-Gruppen mit zusammen rund 64.000 Mitgliedern wird behauptet, die Hagelabwehrflieger der Steiermark „stehlen den Regen“, weshalb in der Oststeiermark seit 58 Tagen kein Tropfen gefallen sei.",
        True,
        [("count", 64000, None, "about"), ("duration", 58, "day", None)],
        None,
    ),
    ("de", "„Die Bauern zahlen für die Flieger und verlieren dafür ihre Ernte“, schreibt ein Nutzer.", False, [], None),
    (
        "de",
        "Behauptung: Die Hagelflieger verhindern Regen, seit 58 Tagen hat es in der Oststeiermark nicht geregnet.",
        True,
        [("duration", 58, "day", None)],
        None,
    ),
    (
        "de",
        "Fakten: Laut GeoSphere Austria fielen an der Messstation Bad Gleichenberg seit Anfang März an 11 Tagen zusammen 46 Millimeter Niederschlag.",
        True,
        [("count", 11, None, None), ("count", 46, None, None)],
        "GeoSphere Austria",
    ),
    (
        "de",
        "Das ist rund ein Drittel weniger als im langjährigen Mittel, aber keine Dürre ohne Regen.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Die Hagelabwehr impfe Gewitterwolken mit Silberjodid, damit sich kleinere Hagelkörner bilden, an der Regenmenge einer Region ändere das nichts Messbares, sagte eine Meteorologin von GeoSphere Austria.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die drei Flugzeuge des Vereins starteten heuer erst zweimal, zuletzt am 2. April, wie aus dem Einsatzprotokoll hervorgeht.",
        True,
        [("count", 3, None, None), ("count", 2, None, None), ("date", "--04-02", None, None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- An MP on excess deaths since the vaccine rollout (PA, Full Fact), April 9 ---
    (
        "en",
        'LONDON (PA) - Independent MP Crispin Haverstock-Lyle claimed in a Commons debate on Tuesday that excess deaths in England had been "running at 20 per cent a year" since the Covid vaccines were rolled out.',
        True,
        [("percent", 20, "%", None)],
        "Crispin Haverstock-Lyle",
    ),
    (
        "en",
        "A clip of the speech posted by his office has been shared about 17,000 times.",
        True,
        [("count", 17000, None, "about")],
        None,
    ),
    (
        "en",
        '"Families deserve answers and this House keeps looking the other way," Haverstock-Lyle told MPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "ONS figures show deaths in England last year were 3.1 per cent higher than expected once the ageing of the population is taken into account.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Excess deaths were highest in 2020, the year before most people were vaccinated, at about 14 per cent.",
        True,
        [("year", 2020, None, None), ("percent", 14, "%", "about")],
        None,
    ),
    (
        "en",
        "The 20 per cent figure appears to compare deaths in a single winter week with a five-year average that included the lockdown months.",
        True,
        [("percent", 20, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Haverstock-Lyle later said he stood by his figure, which he said came from a campaign group's website.",
        True,
        [],
        "Haverstock-Lyle",
    ),
    ("en", "Full Fact's verdict: Misleading.", False, [], None),
    # --- A farmer's reel on raw milk (dpa-Faktencheck), April 13 ---
    (
        "de",
        "München (dpa/lby) - Ein Landwirt wirbt in einem Instagram-Reel, das rund 265.000 Mal angesehen wurde, mit der Behauptung, unbehandelte Rohmilch heile Heuschnupfen und Asthma „bei sieben von zehn Kindern“.",
        True,
        [("count", 265000, None, "about"), ("fraction", 0.7, None, None)],
        None,
    ),
    (
        "de",
        "Der Liter Rohmilch kostet im Hofladen des Landwirts 2,40 Euro, gut doppelt so viel wie Vollmilch im Supermarkt.",
        True,
        [("money", 2.4, "EUR", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "In Studien mit Bauernhofkindern hatten jene, die früh Hofmilch tranken, seltener Asthma, eine Heilung bestehender Allergien zeigte aber keine Studie, sagte Allergologin Johanna Freudenreich-Ott.",
        True,
        [],
        "Johanna Freudenreich-Ott",
    ),
    (
        "de",
        "In der größten dieser Studien mit rund 6.900 Kindern lag das Asthmarisiko bei den Rohmilchtrinkern um 28 Prozent niedriger.",
        True,
        [("count", 6900, None, "about"), ("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "Das Bundesinstitut für Risikobewertung rät Eltern davon ab, Kindern unerhitzte Rohmilch zu geben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Robert Koch-Instituts wurden im vergangenen Jahr 14 Ausbrüche mit zusammen 93 Erkrankten auf Rohmilch zurückgeführt.",
        True,
        [("count", 14, None, None), ("count", 93, None, None)],
        None,
    ),
    (
        "de",
        "Der Landwirt sagte auf Anfrage, er verkaufe seine Milch ab Hof und habe die Aussage aus einem Vortrag übernommen.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Unbelegt.", False, [], None),
    # --- A video on microwaves and nutrients (Reuters Fact Check), April 14 ---
    (
        "en",
        'LONDON, April 14 (Reuters) - A video shared on Facebook more than 6,500 times claims microwave ovens "destroy 90% of the nutrients" in food and make vegetables "radioactive."',
        True,
        [("date", "--04-14", None, None), ("count", 6500, None, "over"), ("percent", 90, "%", None)],
        None,
    ),
    (
        "en",
        'The narrator sells a "radiation-free" countertop oven for $349 through a link below the video.',
        True,
        [("money", 349, "USD", None)],
        None,
    ),
    (
        "en",
        "Microwaves heat food by making the water in it vibrate and cannot make it radioactive, according to the Food Standards Agency.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A 2019 study of 20 vegetables found that microwaving kept on average about 85% of their vitamin C, compared with about 60% for boiling, because less water is used.",
        True,
        [
            ("year", 2019, None, None),
            ("count", 20, None, None),
            ("percent", 85, "%", "about"),
            ("percent", 60, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "The 90% figure appears to come from a 2001 study of broccoli cooked in a large amount of water for six minutes, which found losses of some antioxidants of up to 91%.",
        True,
        [
            ("percent", 90, "%", None),
            ("year", 2001, None, None),
            ("duration", 6, "minute", None),
            ("percent", 91, "%", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "The study's lead author, Dr. Ines Albarracín-Soto, said the losses reflected the amount of water used, not the microwave itself.",
        True,
        [],
        "Ines Albarracín-Soto",
    ),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- A Tiktok video on fluoridated salt (Keystone-SDA), April 15 ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Ein Tiktok-Video, das rund 47'000 Mal angesehen wurde, behauptet, fluoridiertes Speisesalz senke den IQ von Schweizer Kindern «um durchschnittlich 7 Punkte».",
        True,
        [("count", 47000, None, "about"), ("count", 7, None, None)],
        None,
    ),
    ("de", "«Sie vergiften uns mit dem Salz in unserer eigenen Küche», sagt die Sprecherin im Video.", False, [], None),
    (
        "de",
        "Gemäss Bundesamt für Lebensmittelsicherheit und Veterinärwesen darf Speisesalz in der Schweiz höchstens 250 Milligramm Fluorid pro Kilogramm enthalten.",
        True,
        [("count", 250, None, "at_most")],
        None,
    ),
    (
        "de",
        "Wer täglich 5 Gramm solches Salz isst, nimmt damit 1,25 Milligramm Fluorid auf, rechnete das Amt vor.",
        True,
        [("count", 5, None, None), ("count", 1.25, None, None)],
        None,
    ),
    (
        "de",
        "Die Studien, die einen Zusammenhang mit dem IQ zeigen, stammen vor allem aus Regionen in China und Indien, deren Trinkwasser mehr als 2 Milligramm pro Liter enthält.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Schweizer Trinkwasser enthält nach Messungen der Kantonschemiker meist weniger als 0,2 Milligramm pro Liter.",
        True,
        [("count", 0.2, None, "under")],
        None,
    ),
    (
        "de",
        "Eine Schweizer Studie, die einen Rückgang des IQ um 7 Punkte belegen würde, gebe es nicht, sagte Zahnmediziner Thomas Gadient-Vögeli.",
        True,
        [("count", 7, None, None)],
        "Thomas Gadient-Vögeli",
    ),
    ("de", "Bewertung: Irreführend.", False, [], None),
    # --- A video on apple cider vinegar and diabetes (AP Fact Check), April 16 ---
    (
        "en",
        'ATLANTA (AP) — A video viewed about 2.7 million times on TikTok claims that two tablespoons of apple cider vinegar a day "reverses Type 2 diabetes in 30 days."',
        True,
        [("count", 2700000, None, "about"), ("count", 2, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "\"Doctors won't tell you this because there's no money in vinegar,\" the man in the video says.",
        False,
        [],
        None,
    ),
    (
        "en",
        "CLAIM: Drinking two tablespoons of apple cider vinegar daily reverses Type 2 diabetes within 30 days.",
        True,
        [("count", 2, None, None), ("duration", 30, "day", None)],
        None,
    ),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: In the largest trial so far, 120 adults who took vinegar daily for 12 weeks lowered their long-term blood sugar by about 0.3 percentage points on average, and none of them saw their diabetes go away.",
        True,
        [("count", 120, None, None), ("duration", 12, "week", None), ("percent", 0.3, "pp", "about")],
        None,
    ),
    (
        "en",
        "The American Diabetes Association said there is no evidence that vinegar can reverse the disease.",
        True,
        [],
        "the American Diabetes Association",
    ),
    (
        "en",
        "The AP found that the account behind the video sells vinegar gummies at $24.99 a bottle through a link in its profile.",
        True,
        [("money", 24.99, "USD", None)],
        None,
    ),
    (
        "en",
        "It is the third wellness account promoting the same gummies that the AP has found this year, each of them with more than 500,000 followers.",
        True,
        [("ordinal", 3, None, None), ("count", 500000, None, "over")],
        None,
    ),
    # --- A rally speech on cancer cases (APA-Faktencheck), April 20 ---
    (
        "de",
        "Linz (APA) - Der FPÖ-Landtagsabgeordnete Reinhold Aichberger-Mayr hat bei einer Veranstaltung in Wels behauptet, seit den Corona-Impfungen seien die Krebserkrankungen in Österreich „um mehr als 30 Prozent“ gestiegen.",
        True,
        [("percent", 30, "%", "over")],
        "Reinhold Aichberger-Mayr",
    ),
    (
        "de",
        "Ein Mitschnitt wurde auf Facebook und Telegram zusammen knapp 52.000 Mal aufgerufen.",
        True,
        [("count", 52000, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Die Onkologen sehen es jeden Tag, nur sagen darf es keiner“, sagte Aichberger-Mayr in seiner Rede.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen der Statistik Austria wurden im Jahr 2022 insgesamt 47.320 Krebsneuerkrankungen registriert, im Jahr 2019 waren es 45.540.",
        True,
        [
            ("year", 2022, None, None),
            ("count", 47320, None, None),
            ("year", 2019, None, None),
            ("count", 45540, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das ist ein Anstieg um knapp 4 Prozent, der in etwa dem Wachstum und der Alterung der Bevölkerung entspricht.",
        True,
        [("percent", 4, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Altersbereinigt sank die Rate in diesem Zeitraum sogar leicht, von 497 auf 488 Fälle je 100.000 Einwohner.",
        True,
        [("count", 497, None, None), ("count", 488, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des FPÖ-Landtagsklubs sagte auf APA-Anfrage, Aichberger-Mayr habe sich auf Berichte aus einzelnen Spitälern bezogen.",
        True,
        [],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Posts blaming cloud seeding for Queensland floods (AFP Fact Check), April 22 ---
    (
        "en",
        "BRISBANE (AFP) - Facebook and X posts seen more than 900,000 times claim that secret cloud-seeding flights caused the floods that cut off 14 towns in western Queensland this month.",
        True,
        [("count", 900000, None, "over"), ("count", 14, None, None)],
        None,
    ),
    ("en", '"They made the rain and now they will blame it on climate change," one post says.', False, [], None),
    (
        "en",
        "The Bureau of Meteorology said cloud seeding could not produce rain over an area that large and that no seeding flights had taken place in Queensland.",
        True,
        [],
        "the Bureau of Meteorology",
    ),
    (
        "en",
        "The floods followed a monsoon low that dropped up to 420 millimetres of rain over four days, the bureau's records show.",
        True,
        [("count", 420, None, "up_to"), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "Seeding can at best raise the rainfall from a suitable cloud by about 10 percent, according to a review the bureau published in 2021.",
        True,
        [("percent", 10, "%", "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The last state-funded seeding trial in Queensland ended in 2011, state records show.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "The account behind the most shared version was set up in February, has about 31,000 followers and sells water filters.",
        True,
        [("count", 31000, None, "about")],
        None,
    ),
    ("en", "AFP rating: False.", False, [], None),
    # --- A video on insect flour in bread (dpa-Faktencheck), April 23 ---
    (
        "de",
        "Berlin (dpa) - Ein Video, das zusammen auf Tiktok und Instagram mehr als 730.000 Mal aufgerufen wurde, behauptet, seit dem 1. April dürften Bäckereien Insektenmehl ohne Kennzeichnung ins Brot mischen.",
        True,
        [("count", 730000, None, "over"), ("date", "--04-01", None, None)],
        None,
    ),
    ("de", "„Ab jetzt esst ihr Käfer, ob ihr wollt oder nicht“, sagt die Frau im Video.", False, [], None),
    (
        "de",
        "Behauptung: Seit dem 1. April darf Insektenpulver ohne Angabe im Brot stecken.",
        True,
        [("date", "--04-01", None, None)],
        None,
    ),
    (
        "de",
        "Fakten: In der EU sind derzeit vier Insektenarten als neuartige Lebensmittel zugelassen, und jede Zutat daraus muss im Zutatenverzeichnis mit ihrem Namen stehen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das Bundesministerium für Ernährung und Landwirtschaft teilte mit, an dieser Pflicht habe sich zum 1. April nichts geändert.",
        True,
        [("date", "--04-01", None, None)],
        "das Bundesministerium für Ernährung und Landwirtschaft",
    ),
    (
        "de",
        "Das Video ist nach dpa-Recherchen eine gekürzte Fassung eines Clips vom 1. April 2023, der damals als Aprilscherz gekennzeichnet war.",
        True,
        [("date", "2023-04-01", None, None)],
        None,
    ),
    (
        "de",
        "Keiner der rund 9.600 Mitgliedsbetriebe verarbeite Insektenmehl, hieß es beim Zentralverband des Deutschen Bäckerhandwerks.",
        True,
        [("count", 9600, None, "about")],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
]
