"""Ninety-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up and no real
politician is named: heads of state and government and most ministers appear only by office
("Lebanon's prime minister", "the economy minister", "the Lithuanian foreign minister", "the
state's chief minister", "the armed forces commander", "the U.N. human rights chief", "the
WHO's regional director"), and the officials, spokespeople, doctors, residents, economists
and reporters are invented, two of them in the English and the German transliteration as the
agencies write them (Mykola Hrebeniuk / Mykola Hrebenjuk, Kaveh Mirzaei-Tabar in both);
further Nur Aini, Abdul Rahman Siregar, Halyna Sydorenko, Mariam Abdelgadir, Jean-Pierre
Ilunga Mbaya, Esther Kabeya, Shahjahan Kabir, Danilo Esguerra, Driton Hasolli, Tomás
Elizalde, Hiroshi Tanabe, Harriet Coyle of Tavistock Capital, Anouk Verhelst, Arkady
Zemtsov, Adetunji Okanlawon, Fatuma Hassan, Beate Lindner-Moser and the reporters and editors
of two credit lines (Leila Haddad, Tom Whitcombe, Gareth Pryor, Stanis Wanjiru, Olivia
Brandt, Simon Creel). Real countries, cities, forces, agencies and institutions
("Hezbollah", "the U.S. Geological Survey", "BNPB", "Ukrenergo", "the IAEA", "the Rapid
Support Forces", "the World Food Programme", "OCHA", "UNICEF", "UNHCR", "the International
Organization for Migration", "M23", "ELN", "the AU Commission", "IBGE", "Indec", "ZEW",
"FNSEA", "Mercosur", "Statistics South Africa", "the Office for National Statistics", "the
Kenya Red Cross", "the WHO", "the Pentagon", "the Central Election Commission", "the
Pakistan-Afghanistan Joint Chamber of Commerce", "Nikkei") stand for the way wire copy names
them; every toll, figure, rate, vote, sum, deadline and quote here is invented.

Its weight: AN ORDINARY WORLD-NEWS WIRE DAY as Reuters, AFP and AP file it in English, about
75 % English and 25 % German, every region mixed as the stories come and each story told in
its order (a dateline lead, then figures, attributed lines, background, a quote or a caveat).
34 English stories on one day (Tuesday, Feb 17): Israeli strikes on southern Lebanon, an
earthquake in Central Sulawesi, an overnight drone and missile attack on Ukraine's grid, a
third round of Iran-U.S. talks in Oman with the oil price, the RSF shelling a camp near El
Obeid, aid trucks and the toll in Gaza, refugee returns to Syria, cholera in South Kivu, an
African Union summit, a temple stampede in Odisha, a garment factory fire near Dhaka, a ferry
sinking off Masbate, a snap election in Kosovo, an ELN attack in Arauca, a bus crash in
Oaxaca, Brazilian inflation and the real, Argentine inflation and the peso, gang violence in
Haiti, Chinese home prices and the yuan fixing, North Korean missiles, Japan's GDP and the
Nikkei, the UK labour market, the ZEW index, French farmers in Paris, the EU rolling over
sanctions, the Kremlin on talks with the rouble and the key rate, dawn raids in Turkey, South
African unemployment and the rand, a bushfire in Victoria, the Torkham border crossing, an
abduction in Kwara with Nigerian inflation, floods in Kenya, measles in the WHO's European
region, a U.S. arms sale to Poland, and the agencies' boilerplate (two credit lines, a
correction tag). The German quarter is dpa, dpa-AFX and APA (with AFP and Reuters) retelling
the same day in 13 stories: Lebanon, Sulawesi, Ukraine, Sudan (Austrian "Jänner"), Kosovo, Japan's GDP,
Odisha, the EU sanctions, Oaxaca, Masbate, North Korea, the Iran talks and the bushfire.
Forms as the desk receives them: datelines with and without a day ("BEIRUT, Feb 17 (Reuters)
-", "NAIROBI (AFP) -", "KYIV, Ukraine (AP) —", "PORT SUDAN (AFP) -", "Beirut (dpa) -",
"Jakarta (APA/AFP) -", "Tokio (dpa-AFX) -"), numbers as words ("Seven soldiers", "Ten
seats", "Eleven people", "about two dozen", "zwölf Kinder", "rund zwölf Millionen", "elf
Raketen") and in compounds ("a two-day summit", "the seven-storey building", "the 11-day
exercises", "a four-month closure", "the 120-seat assembly", "the 2,600-km border",
"a 7.5-magnitude quake", "The 32-year-old ship", "a two-thirds majority", "eine
Zweidrittelmehrheit", "dem elftägigen Manöver", "eine 67-jährige Frau"), tolls and counts
with their hedges ("at least", "more than", "nearly", "about", "around", "some", "roughly",
"an estimated", "up to", "almost", "above", "mindestens", "mehr als", "knapp", "fast",
"rund", "bis zu"), shares ("more than half", "almost half", "nearly a third", "about one in
eight"), rates, exchange rates and index levels, and attribution in every common form ("X
said on Tuesday", "said in a statement", "told reporters", "told a news conference", "told
AFP", "told local radio", "according to ...", "... says", "officials said", "diplomats
said", "two Egyptian security sources said", "teilte ... mit", "wie ... mitteilte", "nach
Angaben der/des/von ...", "hieß es aus Diplomatenkreisen", "sagte X"). Negatives as such a
day has them: quoted evaluations, resolve and grief with named and unnamed speakers, scene
colour, labels and accusations ("called the raids “a coup against the ballot box”",
"verurteilte die Angriffe als „eklatanten Bruch ...“", "warf den Behörden schweres Versagen
... vor", "Pyongyang has long denounced the drills as ..."), commentary ("Analysts say ...",
"... but donors remain wary"), no-comment lines, the caveat that figures cannot be verified
(in both languages), a condolence, credit lines and a correction tag.

227 rows (167 English, 60 German), 44 negatives (32 English, 12 German), 183 check-worthy
rows of which 12 carry no figure (10 English, 2 German), 327 expected quantities (162 counts,
48 percentages (45 in %, 2 in percentage points, 1 in basis points), 31 durations, 22 dates,
22 ordinals, 19 amounts of money in 9 currencies (8 USD, 2 INR, 2 ARS, 2 EUR, and one each of
BRL, CNY, RUB, TRY, ZAR), 16 years, 7 fractions; 3 of them in negatives), 59 checked speakers
(53 English, 6 German). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, once with whitespace
and case and once with punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: Israel's army's account of its targets (and the German "Das israelische Militär
  teilte mit, ..."), "No tsunami warning was issued, ..." and "Eine Tsunami-Warnung wurde
  nicht ausgegeben." (seventy-first), power cut to "hundreds of thousands of homes" (a vague
  magnitude is no figure), the Israeli military's account of fire at the demarcation line,
  a framework agreement signed in Doha, an inquiry launched after the bus crash, an
  official's account of what drove inflation, farmers blocking roads in Paris, the make-up
  of the Russian delegation to be announced later (seventy-first: a date "yet to be
  fixed"), kidnapping for ransom in Nigeria (a general fact that can be checked, eightieth).
  A Konjunktiv I paraphrase of a fact is check-worthy ("Weitere 41 Menschen seien verletzt
  worden, ...", "Die Unterredung habe rund vier Stunden gedauert, sagte ..."; sixty-eighth);
  of a lament it is a negative ("Die Welt habe den Sudan vergessen, klagte ...").
- Datelines: Reuters datelines with a day are dates without a year ("BEIRUT, Feb 17
  (Reuters)", "JAKARTA, ...", "MUSCAT, ...", "CAIRO, ...", "KINSHASA, ...", "NEW DELHI, ...",
  "PRISTINA, ...", "BRASILIA, ...", "BUENOS AIRES, ...", "BEIJING, ...", "SEOUL, ...",
  "TOKYO, ...", "LONDON, ...", "BERLIN, ...", "BRUSSELS, ...", "MOSCOW, ...", "ISTANBUL, ...",
  "JOHANNESBURG, ...", "SYDNEY, ...", "GENEVA, ...", "WASHINGTON, Feb 17 (Reuters)" ->
  --02-17; sixty-third, seventy-first and eightieth); AP and AFP datelines without a day
  ("KYIV, Ukraine (AP) —", "NAIROBI (AFP) -", "PORT SUDAN (AFP) -") and all German ones none.
  "on May 31" --05-31. Weekdays ("late Monday", "last Friday", "Sunday's"), months ("since
  June", "in January", "between October and December", "im Jänner", "im März", "seit
  November"), "1130 GMT", "last year", "next week", "in a month", "in a year", "the past
  week", "seit Jahresbeginn" none.
- Years: "in late November 2024" and "Ende November 2024", "in December 2024", "in April
  2023" and "seit April 2023", "since March 2025", "In 2018" and "2018 waren", "in 2011", "in
  2022", "since early 2021", "for 2026 and 2027" (both), "after a record 2024" the years;
  "the lowest since mid-2018" 2018 (an earlier batch: "since mid-2022").
- Tolls and counts with their hedges (sixty-eighth and eightieth): "at least seven ...,
  including two children" 7 "at_least" and 2, "mindestens sieben ..., darunter zwei
  Kinder", "at least 14", "at least 11 ... and 34 injured", "at least nine", "at least 16 ...
  and 22 missing" and "22 weitere" 22 ("weitere" no hedge), "at least 1,247", "at least 46",
  "at least 38"; "more than 1,200", "More than 330", "more than 4,000", "More than 1.3
  million", "More than 1.4 million", "more than 15,000", "more than 700 million", "more than
  2,500", "More than 300" "over"; "nearly 4,000", "Nearly two million", "Nearly 200,000",
  "knapp 4.000", "fast 200.000" "nearly"; "about 480", "about 12 million" and "rund zwölf
  Millionen", "some 250,000", "about 200,000", "About 1,800", "about 1,000", "some 5,800 ...
  about 4,000", "around 350 ... about 4,500", "Some 5,000", "About 600", "about 18,000"
  "about"; "12 of those taken", "only 19 of the 55 member states" 19 and 55 ("only" no
  hedge, eightieth), "53 of the 120 seats" (sixty-fifth), "Of the 70 cities surveyed, 61 ...
  58", "the bloc's 27 member states", "three names", "Ten seats ... and another 10" two
  counts of 10, "the two sides" 2 (seventy-first), "two Egyptian security sources" 2,
  "two senior police officers" 2, "96 air-to-air missiles" 96, "about two dozen" 24 "about"
  (issue: "two dozen"). New: "another" before a figure is no hedge, as "weitere" and "a
  further" are not (sixty-eighth). Vague magnitudes carry none ("hundreds of thousands",
  "tens of thousands", "dozens", "Thousands"; fifth).
- Magnitudes and physical measures are counts (fourth, seventy-first and eightieth): "A
  magnitude 6.4 earthquake" and "der Stärke 6,4", "magnitude 5.1", "a 7.5-magnitude quake"
  and "der Stärke 7,5"; "10 km (6 miles), about 23 km (14 miles)" four counts, the hedge on
  23 only (eightieth: "a depth of 10 kilometers (6 miles), about 17 kilometers (11 miles)");
  "in einer Tiefe von zehn Kilometern" 10, "some 1,000 kilometers" "about", "about 350 km
  (217 miles)" 350 "about" and 217, "rund 350 Kilometer" "about", "about 440 kg" and "rund
  440 Kilogramm" "about", "more than 32,000 hectares" and "mehr als 32.000 Hektar" "over",
  "up to 120 millimetres" "up_to", "the 2,600-km border" 2600 (sixty-eighth: "the
  817-kilometre border"), "the seven-storey building" 7 (sixty-eighth: "a nine-storey
  apartment block"), "the 120-seat assembly" 120 (seventy-first: "the 577-seat chamber"),
  "up to 250 people" and "bis zu 250 Personen" "up_to", "14 fire engines", "14 aircraft" and
  "14 Löschflugzeuge", "archipelago of more than 7,600 islands" "over". New: "climbed above 40
  degrees Celsius" is count 40 "over", as "above 160 litres" (eightieth).
- Index levels and moves are counts (twenty-sixth and seventy-first): "rising to 34.8
  points from 26.7", "a reading of 29.0" 29, "improved by 4.1 points to minus 72.3" 4.1 and
  -72.3 (seventy-first: "bis zu minus acht Grad" -8), "closed down 0.8% at 38,412.55" and
  "bei 38.412,55 Punkten". "Nikkei 225", "M23", "ELN", "air-to-air", "U.S.-South Korean",
  "the October-December quarter" carry none (names, as "S&P 500").
- Ages are durations in years (every earlier batch): "a 67-year-old woman" and "eine
  67-jährige Frau", "A 71-year-old man", "aged 15 to 24" 15 and 24 years (seventy-first:
  "Workers aged 18 to 20"); "The 32-year-old ship" and "Das 32 Jahre alte Schiff" 32 years
  (seventy-ninth: "The 61-year-old business"). In negatives "Nur Aini, 38," 38 years and "a
  mother of five"-style "a mother of six" count 6 are labelled, as figures in negatives are
  (sixty-third and eightieth).
- Durations (issue, sixty-eighth, seventy-first and eightieth): "lasted about four hours"
  and "rund vier Stunden" 4 hours "about", "within two weeks" and "binnen zwei Wochen" 2
  weeks, "over the past 48 hours" 48 hours, "a two-day summit" 2 days, "nearly five hours" 5
  hours "nearly", "in more than two years" 2 years "over", "the third deadly attack on the
  base in six months" ordinal 3 and 6 months (sixty-eighth: "the fourth strike on the port in
  10 days"), "about 11 hours earlier" and "rund elf Stunden zuvor" 11 hours "about"
  (eightieth: "about 13 hours later"), "its lowest in 16 months" 16 months (eightieth: "a
  14-month high"), "in almost two decades" 20 years "nearly" (sixty-third: "for almost three
  decades"), "two days after the start" 2 days (seventy-first: "two years ago"), "The 11-day
  exercises" and "dem elftägigen Manöver" 11 days (issue: "dreitägige Reise"), "in the
  previous three months" 3 months, "in the three months to December" 3 months (seventy-first:
  "in the 26 weeks to"), "the weakest in more than three years" 3 years "over", "for another
  six months" and "um weitere sechs Monate" 6 months (no hedge), "after a four-month
  closure" 4 months, "over the next 72 hours" 72 hours (eightieth: "over the next 48
  hours"). "almost a minute" (in a negative), "a month", "a year" carry none (an article is
  no figure).
- Ordinals (sixty-eighth, seventy-first and eightieth): "a third round" and "eine dritte
  Runde" 3, "the 12th attack" and "der zwölfte Angriff" 12, "the second phase" 2, "the
  world's second-largest garment exporter" 2 (issue: "die drittgrößte Stadt"), "for the
  second time in a year" 2, "the fifth straight monthly increase" 5, "for a 32nd straight
  month" 32, "the fourth annual decline in a row" 4, "the North's first missile launch" and
  "der erste Raketentest" 1, "in the fourth quarter from 31.9% in the third" 4 and 3 (the
  noun left out after "the third", as "headed in a late second", seventy-first), "im vierten
  Quartal" 4, "a 20th sanctions package" and "einem 20. Sanktionspaket" 20, "the fourth such
  meeting" 4, "its sixth reduction since June" 6, "the second dose" 2 (seventy-first); in
  the correction tag "in first paragraph" 1 (labelled in a negative, seventy-first: "in
  second paragraph").
- Percent, points and fractions (seventy-first and eightieth): "44.6% of the vote",
  "With 98% of polling stations counted", "41.2%, down from 44%", "mit 44,6 Prozent", "von
  98 Prozent der Wahllokale", "knapp drei Prozentpunkte unter jener der Wahl" 3 pp "nearly"
  (eightieth: "um knapp fünf Prozentpunkte unter jener von 2021"), "by 50 basis points to
  15.5%" 50 bp and 15.5, "about a 70% chance of a quarter-point move" 70 "about" and 0.25 pp,
  "up to 60% purity" and "auf bis zu 60 Prozent" "up_to" (eighty-fourth: "with a purity of
  up to 60%"), "the roughly 90%" "about", "Around 90%" "about", "only 40%" and "nur 40
  Prozent" no hedge, "an annualised 1.1%" and "auf das Jahr hochgerechnet um 1,1 Prozent"
  1.1, "im Schnitt mit einem Plus von 1,6 Prozent" no hedge, "4.8% of its gross domestic
  product". New: "um revidiert 2,3 Prozent" is 2.3 with no hedge - "revidiert" marks a
  revision, not a bound, as "vorläufig" and "provisionally" (eightieth). Fractions: "a
  two-thirds majority" and "eine Zweidrittelmehrheit" 0.6667 (eightieth), "more than half"
  0.5 "over" (twice), "almost half" 0.5 "nearly", "nearly a third" 0.3333 "nearly" (the
  comparative around it changes no value, seventy-first), "about one in eight" 0.125 "about"
  (seventy-first: "About one in eight").
- Money (issue and eightieth): "$73.12 a barrel" ("a barrel" none), "$410 million", "the $1
  billion target", "$38 billion", "an estimated $1.9 billion" "about", "roughly $1.1 billion
  a year from $2.5 billion" ("a year" none), "90 billion euros" EUR, "500,000 rupees" and
  "500.000 Rupien" INR with the converted "(rund 4.900 Euro)" EUR "about" and "about 2.8
  billion lira ($64 million)" TRY "about" with USD and no hedge inside the brackets
  (eightieth: a converted figure carries the hedge written inside its brackets). Exchange
  rates are money in the priced currency (fourteenth to eightieth): "The real firmed 0.6% to
  5.38 per dollar" BRL, "The peso traded at 1,455 per dollar ..., while the informal “blue”
  rate stood at 1,490" two ARS amounts (the currency named earlier in the sentence serves the
  second figure, fortieth and eightieth), "The yuan was set at 7.0652 per dollar" CNY, "The
  rouble weakened 0.7% to 77.40 per dollar" RUB, "The rand was little changed at 17.65 per
  dollar" ZAR.
- Hedges, only the names in use: "about", "About", "around", "Around", "some", "Some",
  "roughly", "an estimated", "rund", "Rund" "about"; "nearly", "Nearly", "almost", "knapp",
  "fast" "nearly"; "more than", "More than", "mehr als", "Mehr als", "above" "over"; "at
  least", "At least", "mindestens" "at_least"; "up to", "bis zu" "up_to"; "only", "nur",
  "another", "weitere", "Weitere", "im Schnitt", "revidiert", "a record" no hedge. New:
  "below the 95% needed", "well below the 2,500 originally planned" and "well short of the $1
  billion target" carry no hedge - with the article between, the words compare the figure
  with another, as "short of the 78% target" (seventy-first), unlike "well above 50%"
  (eightieth), which bounds the figure it stands before.
- Speakers, checked only in forms the earlier batches settled: titles and roles before a
  name are dropped ("Odesa regional Gov.", "Iranian foreign ministry spokesman", "Health
  Minister", "fire service spokesman", "coast guard spokesman", "Economy ministry official",
  "EU foreign policy spokeswoman", "Kremlin spokesman", "Police spokesman", "Gouverneur"
  after "nach Angaben von", "Außenamtssprecher"; seventy-first, seventy-ninth and
  eighty-fourth); "told reporters", "told a news conference", "told AFP" and "told local
  radio" give the name as "told the BBC" does (eighty-fourth); the possessive form as written
  ("Lebanon's health ministry", "Ukraine's air force", "Russia's Defense Ministry",
  "Ukraine's General Staff", "Oman's foreign ministry", "Gaza's health ministry", "Syria's
  interior ministry", "Congo's health ministry", "South Korea's military", "Japan's defence
  ministry"; sixty-eighth); new by the same rule: "Israel's army said" -> "Israel's army",
  whereas "The Israeli military said" stays unchecked (an adjective heading the source,
  seventy-first); a source with the article in lower case ("the United Nations says", "the
  U.S. Geological Survey", "the World Food Programme", "the International Organization for
  Migration", "the AU Commission said in a statement", "the coast guard", "the Central
  Election Commission", "the army", "the defense ministry", "the police prefecture", "The
  Kremlin said ..." and "The Office for National Statistics said ..." opening the sentence,
  "The prosecutor's office said" -> "the prosecutor's office", "The Kenya Red Cross said" ->
  "the Kenya Red Cross", "the interior ministry", "the National Bureau of Statistics", "the
  Pentagon", "the WHO", "the Pakistan-Afghanistan Joint Chamber of Commerce"; seventy-first
  and eightieth); "according to OCHA" -> "OCHA" (seventy-first: "according to NHS England"),
  "UNHCR said" and "Statistics South Africa said" as written (eightieth); "police said" ->
  "police" (seventeenth); a role with the definite article standing for the source named
  before ("according to the agency" and "the agency said" -> "the agency", "the chamber said"
  -> "the chamber", as "the forecaster", seventy-first); "The group, which tracks casualties
  ..., said" -> "the group" (the relative clause dropped, seventy-ninth); "the defence
  ministry in Seoul said" -> "the defence ministry" (the place dropped, as "das EDA in Bern",
  sixty-eighth). New: "the state's civil protection agency said" -> "the state's civil
  protection agency", a source with its possessive and the article in lower case, as "the
  Prime Minister's official spokesman" (eighty-fourth). New: "Abdul Rahman Siregar, a
  spokesman for the agency, told reporters" -> "Abdul Rahman Siregar" - the apposition after
  the name is dropped, as a relative clause is (seventy-ninth), and the name speaks, as a name
  in apposition after its role does (sixty-eighth). German: "teilte die Wahlkommission am
  Dienstag mit" -> "die Wahlkommission" (eightieth), "wie die Polizei mitteilte" -> "die
  Polizei", "nach Angaben der Küstenwache" -> "die Küstenwache" (the source in the
  nominative, sixty-eighth), "teilte die Staatsanwaltschaft des Bundesstaats mit" as written
  (seventy-ninth: "die Gesundheitsbehörde des Bundesstaats"), "nach Angaben von Gouverneur
  Mykola Hrebenjuk" and "sagte Außenamtssprecher Kaveh Mirzaei-Tabar" the name. Left
  unchecked (None): "the national disaster agency said" (seventy-first), "the U.N. refugee
  agency said" (eightieth) and by the same rule "the U.N. human rights office said", "the
  Indec statistics agency said" (a description around a name, eightieth: "teilte die
  Statistikbehörde Indec mit"), "according to national grid operator Ukrenergo"
  (seventy-first), "a local medical group said" (indefinite), "officials said", "district
  officials said", "fire officials said", "emergency officials said", "officials on both
  sides said", "diplomats said", "state prosecutors said" (seventy-ninth: "Prosecutors
  said"), "two Egyptian security sources said", "A commission official, who asked not to be
  named, told AFP", "a senior Iranian official told Reuters" (in a negative), "state media
  reported", "according to U.N. agencies", "according to IOM figures", "according to a
  Reuters tally", "Reuters calculated from ...", "according to the final communique" (a
  document), "Economists polled by Reuters", "preliminary results showed", "government data
  showed", "a weekly central bank survey showed", "The International Atomic Energy Agency
  puts" and "The meteorological department forecast" (no verb of saying), "he said" (a
  pronoun); German "nach Angaben des libanesischen Gesundheitsministeriums", "teilte die
  ukrainische Luftwaffe mit", "Das israelische Militär teilte mit", "nach Angaben des
  südkoreanischen Generalstabs", "teilte das omanische Außenministerium mit" (an adjective
  heading the source, sixty-eighth), "wie die Katastrophenschutzbehörde BNPB mitteilte",
  "nach Angaben der US-Erdbebenwarte USGS", "nach Angaben des Netzbetreibers Ukrenergo" (a
  description before a name, eightieth), "nach UN-Angaben", "nach Angaben von Ärzten", "nach
  eigenen Angaben", "hieß es aus Diplomatenkreisen", "Nach Schätzung der IAEA", "kündigte
  ... an"; rows without attribution and all negatives, also those with a named speaker.
- Negatives, three of them with a labelled figure (an age, "a mother of six", the
  correction tag's ordinal): quoted evaluations, resolve, grief and scene colour with named
  and unnamed speakers (a prime minister's "flagrant violation", an energy minister's
  Telegram post, a senior Iranian official, a nurse, a UNICEF spokesperson, a doctor, a
  summit declaration, a worker, a party leader, a commander, an economy minister's post on
  X, the U.N. human rights chief, an economy minister, an economist, the ZEW institute's
  statement, a farmer, a Lithuanian minister, an emergency management commissioner, a flood victim, the WHO's
  regional director; in German a resident, an energy minister, a party leader, a foreign
  minister, a diplomat, the fire brigade), a lament in Konjunktiv I, labels and accusations,
  commentary ("Analysts say ...", "... but donors remain wary", "Pyongyang has long
  denounced ..."), no-comment lines ("Hezbollah officials could not be reached for
  comment.", "Zemtsov declined to comment ..."), the caveat that tolls and claims cannot be
  verified ("Neither side's claims could be independently verified.", "AFP was unable to
  confirm the toll independently ...", "Überprüfen ließen sich die Zahlen von unabhängiger
  Seite zunächst nicht."), a condolence, two credit lines and a correction tag.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_91 = [
    # --- Lebanon: Israeli strikes (Reuters) ---
    ("en", "BEIRUT, Feb 17 (Reuters) - Israeli air strikes on villages in southern Lebanon killed at least seven people on Tuesday, including two children, Lebanon's health ministry said.", True, [("date", "--02-17", None, None), ("count", 7, None, "at_least"), ("count", 2, None, None)], "Lebanon's health ministry"),
    ("en", "Israel's army said its jets had hit Hezbollah arms depots and a rocket launch site close to the town of Nabatieh.", True, [], "Israel's army"),
    ("en", "According to a Reuters tally, no day has been as deadly since the U.S.-brokered truce took effect in late November 2024.", True, [("year", 2024, None, None)], None),
    ("en", "Israeli fire has killed more than 330 people in Lebanon since the truce began, the United Nations says.", True, [("count", 330, None, "over")], "the United Nations"),
    ("en", "Lebanon's prime minister called the strikes “a flagrant violation of our sovereignty” and urged Washington to rein in its ally.", False, [], None),
    ("en", "Hezbollah officials could not be reached for comment.", False, [], None),
    # --- Indonesia: earthquake (Reuters) ---
    ("en", "JAKARTA, Feb 17 (Reuters) - A magnitude 6.4 earthquake struck Indonesia's Central Sulawesi province early on Tuesday, killing at least 14 people and damaging more than 1,200 homes, the national disaster agency said.", True, [("date", "--02-17", None, None), ("count", 6.4, None, None), ("count", 14, None, "at_least"), ("count", 1200, None, "over")], None),
    ("en", "The tremor was centred 10 km (6 miles) below ground, about 23 km (14 miles) north of the town of Poso, the U.S. Geological Survey said.", True, [("count", 10, None, None), ("count", 6, None, None), ("count", 23, None, "about"), ("count", 14, None, None)], "the U.S. Geological Survey"),
    ("en", "Abdul Rahman Siregar, a spokesman for the agency, told reporters that 87 people had been injured and nearly 4,000 had fled to temporary shelters.", True, [("count", 87, None, None), ("count", 4000, None, "nearly")], "Abdul Rahman Siregar"),
    ("en", "No tsunami warning was issued, and power had been restored to most of Poso by the afternoon.", True, [], None),
    ("en", "Several aftershocks followed, the strongest of them measuring magnitude 5.1.", True, [("count", 5.1, None, None)], None),
    ("en", "In 2018, a 7.5-magnitude quake and the tsunami it set off killed more than 4,000 people around the provincial capital, Palu.", True, [("year", 2018, None, None), ("count", 7.5, None, None), ("count", 4000, None, "over")], None),
    ("en", "“Everyone ran into the street, the children were screaming,” said Nur Aini, 38, who spent the night under a tarpaulin outside her damaged house.", False, [("duration", 38, "year", None)], None),
    # --- Ukraine: overnight attack (AP) ---
    ("en", "KYIV, Ukraine (AP) — Russian drones and missiles pounded Ukraine's energy grid overnight, knocking out power to hundreds of thousands of homes in the Odesa and Dnipropetrovsk regions, officials said Tuesday.", True, [], None),
    ("en", "Ukraine's air force said Russia launched 163 drones and 11 missiles, and that air defenses brought down 139 of the drones and eight of the missiles.", True, [("count", 163, None, None), ("count", 11, None, None), ("count", 139, None, None), ("count", 8, None, None)], "Ukraine's air force"),
    ("en", "Odesa regional Gov. Mykola Hrebeniuk said a 67-year-old woman was killed when debris fell on a residential building, and four other people were wounded.", True, [("duration", 67, "year", None), ("count", 4, None, None)], "Mykola Hrebeniuk"),
    ("en", "It was the 12th attack on Ukraine's energy infrastructure since the start of the year, according to national grid operator Ukrenergo.", True, [("ordinal", 12, None, None)], None),
    ("en", "Russia's Defense Ministry said air defense units destroyed 46 Ukrainian drones over seven regions overnight, including 17 over the Bryansk region.", True, [("count", 46, None, None), ("count", 7, None, None), ("count", 17, None, None)], "Russia's Defense Ministry"),
    ("en", "Ukraine's General Staff said its long-range drones had struck a refinery in the Samara region of Russia, some 1,000 kilometers from the front line.", True, [("count", 1000, None, "about")], "Ukraine's General Staff"),
    ("en", "Neither side's claims could be independently verified.", False, [], None),
    ("en", "“Every night they try to leave us in the cold and the dark, and every morning we repair what they destroyed,” Energy Minister Halyna Sydorenko wrote on Telegram.", False, [], None),
    # --- Iran-U.S. talks (Reuters) ---
    ("en", "MUSCAT, Feb 17 (Reuters) - Iranian and U.S. negotiators held a third round of indirect talks in Oman on Tuesday, a session that lasted about four hours, Iranian foreign ministry spokesman Kaveh Mirzaei-Tabar said.", True, [("date", "--02-17", None, None), ("ordinal", 3, None, None), ("duration", 4, "hour", "about")], "Kaveh Mirzaei-Tabar"),
    ("en", "Oman's foreign ministry said in a statement that the two sides had agreed to meet again within two weeks.", True, [("count", 2, None, None), ("duration", 2, "week", None)], "Oman's foreign ministry"),
    ("en", "The International Atomic Energy Agency puts Iran's stock of uranium refined to up to 60% purity at about 440 kg, close to the roughly 90% needed for a weapon.", True, [("count", 440, None, "about"), ("percent", 60, "%", "up_to"), ("percent", 90, "%", "about")], None),
    ("en", "Brent crude futures fell 1.4% to $73.12 a barrel by 1130 GMT as traders weighed the prospect of an agreement.", True, [("percent", 1.4, "%", None), ("money", 73.12, "USD", None)], None),
    ("en", "“We are not naive, and we will judge them by their actions, not their words,” a senior Iranian official told Reuters.", False, [], None),
    # --- Sudan: camp shelled (AFP) ---
    ("en", "PORT SUDAN (AFP) - Paramilitary Rapid Support Forces shelled a displacement camp outside the besieged city of El Obeid, killing 23 civilians, a local medical group said on Tuesday.", True, [("count", 23, None, None)], None),
    ("en", "The group, which tracks casualties across North Kordofan, said 41 others were wounded, among them 12 children.", True, [("count", 41, None, None), ("count", 12, None, None)], "the group"),
    ("en", "The war between the army and the RSF, which broke out in April 2023, has left tens of thousands dead and uprooted about 12 million, according to U.N. agencies.", True, [("year", 2023, None, None), ("count", 12000000, None, "about")], None),
    ("en", "The World Food Programme said it had been able to reach only 40% of the people it planned to feed in Kordofan in January.", True, [("percent", 40, "%", None)], "the World Food Programme"),
    ("en", "AFP was unable to confirm the toll independently because of restrictions on access to the area.", False, [], None),
    ("en", "“The world has simply looked away from Sudan,” said Mariam Abdelgadir, a nurse at the camp.", False, [], None),
    # --- Gaza (Reuters) ---
    ("en", "CAIRO, Feb 17 (Reuters) - About 480 aid trucks entered Gaza on Monday, the highest daily number in a month, according to OCHA.", True, [("date", "--02-17", None, None), ("count", 480, None, "about")], "OCHA"),
    ("en", "Gaza's health ministry said 17 Palestinians had been killed by Israeli fire over the past 48 hours, bringing the toll since the October ceasefire to 612.", True, [("count", 17, None, None), ("duration", 48, "hour", None), ("count", 612, None, None)], "Gaza's health ministry"),
    ("en", "The Israeli military said soldiers had fired at gunmen who crossed the demarcation line inside Gaza and posed an immediate threat.", True, [], None),
    ("en", "Egyptian and Qatari mediators are pressing both sides to open talks on the second phase of the truce, which foresees Hamas handing over its weapons, two Egyptian security sources said.", True, [("ordinal", 2, None, None), ("count", 2, None, None)], None),
    ("en", "“Trucks are moving, but the needs are enormous,” a UNICEF spokesperson said in Geneva.", False, [], None),
    # --- Syria (AFP) ---
    ("en", "DAMASCUS (AFP) - More than 1.3 million Syrian refugees have returned home from abroad since the fall of the former government in December 2024, the U.N. refugee agency said on Tuesday.", True, [("count", 1300000, None, "over"), ("year", 2024, None, None)], None),
    ("en", "Nearly two million internally displaced people have also gone back to their areas of origin, UNHCR said.", True, [("count", 2000000, None, "nearly")], "UNHCR"),
    ("en", "Around 90% of Syrians still live below the poverty line, and more than half of the country's hospitals are only partly functioning, according to the agency.", True, [("percent", 90, "%", "about"), ("fraction", 0.5, None, "over")], "the agency"),
    ("en", "Syria's interior ministry said it had arrested 14 suspects over a car bombing in the northern city of Manbij last week that killed six people and wounded about two dozen.", True, [("count", 14, None, None), ("count", 6, None, None), ("count", 24, None, "about")], "Syria's interior ministry"),
    ("en", "The new authorities have promised to rebuild the shattered country, but donors remain wary.", False, [], None),
    # --- DR Congo: cholera (Reuters) ---
    ("en", "KINSHASA, Feb 17 (Reuters) - Congo's health ministry said on Tuesday that a cholera outbreak in South Kivu province had killed 58 people since early January, with 2,314 suspected cases recorded.", True, [("date", "--02-17", None, None), ("count", 58, None, None), ("count", 2314, None, None)], "Congo's health ministry"),
    ("en", "Health Minister Jean-Pierre Ilunga Mbaya told a news conference the outbreak was concentrated in camps around Uvira, where some 250,000 displaced people are sheltering.", True, [("count", 250000, None, "about")], "Jean-Pierre Ilunga Mbaya"),
    ("en", "Fighting between the army and M23 rebels near Uvira has displaced about 200,000 people since December, according to the International Organization for Migration.", True, [("count", 200000, None, "about")], "the International Organization for Migration"),
    ("en", "The rebels and the government in Kinshasa signed a framework agreement in Doha in November, but clashes have continued.", True, [], None),
    ("en", "“These families have nothing left, not even clean water,” said Esther Kabeya, a doctor who runs a clinic in Uvira.", False, [], None),
    # --- African Union summit (AFP) ---
    ("en", "ADDIS ABABA (AFP) - African Union leaders ended a two-day summit in the Ethiopian capital on Monday after agreeing to set up a continental fund for peace operations, the AU Commission said in a statement.", True, [("duration", 2, "day", None)], "the AU Commission"),
    ("en", "Member states pledged $410 million to the fund, well short of the $1 billion target, according to the final communique.", True, [("money", 410000000, "USD", None), ("money", 1000000000, "USD", None)], None),
    ("en", "A commission official, who asked not to be named, told AFP that only 19 of the 55 member states had paid their dues in full last year.", True, [("count", 19, None, None), ("count", 55, None, None)], None),
    ("en", "“Africa can no longer wait for others to pay for its security,” the summit's closing declaration said.", False, [], None),
    # --- India: stampede (Reuters) ---
    ("en", "NEW DELHI, Feb 17 (Reuters) - At least 11 people were killed and 34 injured in a stampede at a Hindu temple festival in the eastern Indian state of Odisha on Tuesday, police said.", True, [("date", "--02-17", None, None), ("count", 11, None, "at_least"), ("count", 34, None, None)], "police"),
    ("en", "Nearly 200,000 pilgrims had gathered at the temple for the annual festival, far more than organisers had planned for, district officials said.", True, [("count", 200000, None, "nearly")], None),
    ("en", "The state government announced compensation of 500,000 rupees for the family of each victim.", True, [("money", 500000, "INR", None)], None),
    ("en", "The state's chief minister ordered a judicial inquiry and suspended two senior police officers.", True, [("count", 2, None, None)], None),
    # --- Bangladesh: factory fire (AFP) ---
    ("en", "DHAKA (AFP) - A fire at a garment factory on the outskirts of Dhaka killed at least nine workers on Tuesday, fire officials said, the deadliest such blaze in the country in more than two years.", True, [("count", 9, None, "at_least"), ("duration", 2, "year", "over")], None),
    ("en", "It took 14 fire engines nearly five hours to bring the flames under control, fire service spokesman Shahjahan Kabir told AFP.", True, [("count", 14, None, None), ("duration", 5, "hour", "nearly")], "Shahjahan Kabir"),
    ("en", "About 1,800 people worked in the seven-storey building, which made sweaters for European brands.", True, [("count", 1800, None, "about"), ("count", 7, None, None)], None),
    ("en", "Bangladesh is the world's second-largest garment exporter after China, with shipments worth $38 billion last year.", True, [("ordinal", 2, None, None), ("money", 38000000000, "USD", None)], None),
    ("en", "“We heard shouting, and then the smoke came up the stairs,” one worker who escaped told AFP.", False, [], None),
    # --- Philippines: ferry (AP) ---
    ("en", "MANILA, Philippines (AP) — A ferry carrying 214 passengers and crew sank in rough seas off the central province of Masbate late Monday, leaving at least 16 people dead and 22 missing, the coast guard said Tuesday.", True, [("count", 214, None, None), ("count", 16, None, "at_least"), ("count", 22, None, None)], "the coast guard"),
    ("en", "Rescuers pulled 176 survivors from the water, coast guard spokesman Danilo Esguerra said.", True, [("count", 176, None, None)], "Danilo Esguerra"),
    ("en", "The vessel, which was licensed to carry up to 250 people, had been cleared to sail despite a gale warning, he said.", True, [("count", 250, None, "up_to")], None),
    ("en", "The 32-year-old ship was built in Japan and bought by its local operator in 2011.", True, [("duration", 32, "year", None), ("year", 2011, None, None)], None),
    ("en", "Sea accidents are common in the archipelago of more than 7,600 islands because of frequent storms, poorly maintained boats and overcrowding.", True, [("count", 7600, None, "over")], None),
    # --- Kosovo: election (Reuters) ---
    ("en", "PRISTINA, Feb 17 (Reuters) - Kosovo's governing party won 44.6% of the vote in Sunday's snap parliamentary election, falling short of a majority for the second time in a year, preliminary results showed on Tuesday.", True, [("date", "--02-17", None, None), ("percent", 44.6, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "With 98% of polling stations counted, the party was on course for 53 of the 120 seats in parliament, the Central Election Commission said.", True, [("percent", 98, "%", None), ("count", 53, None, None), ("count", 120, None, None)], "the Central Election Commission"),
    ("en", "Turnout was 41.2%, down from 44% in the previous vote in December.", True, [("percent", 41.2, "%", None), ("percent", 44, "%", None)], None),
    ("en", "Ten seats are reserved for the Serb community and another 10 for other minorities.", True, [("count", 10, None, None), ("count", 10, None, None)], None),
    ("en", "Electing a new president requires a two-thirds majority in the 120-seat assembly, a hurdle that brought parliament to a standstill for months last year.", True, [("fraction", 0.6667, None, None), ("count", 120, None, None)], None),
    ("en", "“Kosovo has spoken, and it has spoken clearly,” party leader Driton Hasolli told cheering supporters in Pristina.", False, [], None),
    # --- Colombia: ELN attack (AFP) ---
    ("en", "BOGOTA (AFP) - Seven soldiers were killed and five wounded when ELN guerrillas attacked a military base in Colombia's northeastern Arauca department, the army said Tuesday.", True, [("count", 7, None, None), ("count", 5, None, None)], "the army"),
    ("en", "It was the third deadly attack on the base in six months.", True, [("ordinal", 3, None, None), ("duration", 6, "month", None)], None),
    ("en", "The defense ministry said some 5,800 ELN fighters were active in the country, up from about 4,000 in 2022.", True, [("count", 5800, None, "about"), ("count", 4000, None, "about"), ("year", 2022, None, None)], "the defense ministry"),
    ("en", "Colombia votes in a presidential election on May 31, and security has become a central campaign issue.", True, [("date", "--05-31", None, None)], None),
    ("en", "“Those who attack our soldiers will be pursued to the last corner of the jungle,” the armed forces commander said in a video message.", False, [], None),
    # --- Mexico: bus crash (AP) ---
    ("en", "MEXICO CITY (AP) — A bus carrying migrants and local passengers plunged into a ravine in the southern state of Oaxaca early Tuesday, killing 18 people and injuring 26, state prosecutors said.", True, [("count", 18, None, None), ("count", 26, None, None)], None),
    ("en", "Among the dead were citizens of Venezuela, Ecuador and Honduras as well as two Mexican children, the state's civil protection agency said in a statement.", True, [("count", 2, None, None)], "the state's civil protection agency"),
    ("en", "The bus had left Mexico City about 11 hours earlier and was heading for the Guatemalan border.", True, [("duration", 11, "hour", "about")], None),
    ("en", "State authorities have launched an inquiry to establish why the driver lost control.", True, [], None),
    # --- Brazil: inflation (Reuters) ---
    ("en", "BRASILIA, Feb 17 (Reuters) - Brazil's annual inflation slowed to 4.38% in mid-February, its lowest in 16 months, data from statistics agency IBGE showed on Tuesday.", True, [("date", "--02-17", None, None), ("percent", 4.38, "%", None), ("duration", 16, "month", None)], None),
    ("en", "The median forecast of economists in a Reuters poll was 4.45%.", True, [("percent", 4.45, "%", None)], None),
    ("en", "The central bank has held its benchmark Selic rate at 15% since June, the highest level in almost two decades.", True, [("percent", 15, "%", None), ("duration", 20, "year", "nearly")], None),
    ("en", "Most economists expect the bank to begin cutting in March, with the Selic seen at 12.25% by the end of the year, a weekly central bank survey showed.", True, [("percent", 12.25, "%", None)], None),
    ("en", "The real firmed 0.6% to 5.38 per dollar.", True, [("percent", 0.6, "%", None), ("money", 5.38, "BRL", None)], None),
    # --- Argentina: inflation (Reuters) ---
    ("en", "BUENOS AIRES, Feb 17 (Reuters) - Argentina's monthly inflation rate rose to 2.6% in January from 2.4% in December, the fifth straight monthly increase, the Indec statistics agency said.", True, [("date", "--02-17", None, None), ("percent", 2.6, "%", None), ("percent", 2.4, "%", None), ("ordinal", 5, None, None)], None),
    ("en", "Annual inflation eased to 29.8%, the lowest since mid-2018.", True, [("percent", 29.8, "%", None), ("year", 2018, None, None)], None),
    ("en", "Economy ministry official Tomás Elizalde told local radio that beef prices and regulated utility tariffs had driven the increase.", True, [], "Tomás Elizalde"),
    ("en", "The peso traded at 1,455 per dollar on the official market, while the informal “blue” rate stood at 1,490.", True, [("money", 1455, "ARS", None), ("money", 1490, "ARS", None)], None),
    ("en", "“The trend is clear and it is going in the right direction,” the economy minister posted on X.", False, [], None),
    # --- Haiti (AP) ---
    ("en", "PORT-AU-PRINCE, Haiti (AP) — Gang violence killed at least 1,247 people in Haiti between October and December, the U.N. human rights office said Tuesday.", True, [("count", 1247, None, "at_least")], None),
    ("en", "More than 1.4 million Haitians, about one in eight of the population, have been forced from their homes, according to IOM figures.", True, [("count", 1400000, None, "over"), ("fraction", 0.125, None, "about")], None),
    ("en", "A Kenyan-led security mission has about 1,000 officers on the ground, well below the 2,500 originally planned.", True, [("count", 1000, None, "about"), ("count", 2500, None, None)], None),
    ("en", "“The people of Haiti cannot wait any longer for the world to act,” the U.N. human rights chief said.", False, [], None),
    # --- China: home prices (Reuters) ---
    ("en", "BEIJING, Feb 17 (Reuters) - China's new home prices fell for a 32nd straight month in January, dropping 0.4% from December, Reuters calculated from official statistics bureau data.", True, [("date", "--02-17", None, None), ("ordinal", 32, None, None), ("percent", 0.4, "%", None)], None),
    ("en", "Of the 70 cities surveyed, 61 reported price declines, up from 58 in December.", True, [("count", 70, None, None), ("count", 61, None, None), ("count", 58, None, None)], None),
    ("en", "Property investment shrank 15.9% last year, the fourth annual decline in a row.", True, [("percent", 15.9, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "The yuan was set at 7.0652 per dollar in the central bank's daily midpoint fixing.", True, [("money", 7.0652, "CNY", None)], None),
    ("en", "Analysts say Beijing will have to do much more to put a floor under the market.", False, [], None),
    # --- North Korea (Reuters) ---
    ("en", "SEOUL, Feb 17 (Reuters) - North Korea launched two short-range ballistic missiles towards the sea off its east coast on Tuesday, South Korea's military said.", True, [("date", "--02-17", None, None), ("count", 2, None, None)], "South Korea's military"),
    ("en", "The missiles flew about 350 km (217 miles) before landing outside Japan's exclusive economic zone, Japan's defence ministry said.", True, [("count", 350, None, "about"), ("count", 217, None, None)], "Japan's defence ministry"),
    ("en", "It was the North's first missile launch since November and came two days after the start of annual U.S.-South Korean military drills.", True, [("ordinal", 1, None, None), ("duration", 2, "day", None)], None),
    ("en", "The 11-day exercises involve about 18,000 South Korean troops, the defence ministry in Seoul said.", True, [("duration", 11, "day", None), ("count", 18000, None, "about")], "the defence ministry"),
    ("en", "Pyongyang has long denounced the drills as a rehearsal for invasion.", False, [], None),
    # --- Japan: GDP (Reuters) ---
    ("en", "TOKYO, Feb 17 (Reuters) - Japan's economy grew an annualised 1.1% in the October-December quarter, rebounding from a 2.3% contraction in the previous three months, government data showed on Tuesday.", True, [("date", "--02-17", None, None), ("percent", 1.1, "%", None), ("percent", 2.3, "%", None), ("duration", 3, "month", None)], None),
    ("en", "The figure fell short of the median forecast for 1.6% growth in a Reuters poll of economists.", True, [("percent", 1.6, "%", None)], None),
    ("en", "Private consumption, which accounts for more than half of the economy, rose 0.3% from the previous quarter.", True, [("fraction", 0.5, None, "over"), ("percent", 0.3, "%", None)], None),
    ("en", "“The economy is recovering, albeit at a moderate pace,” Economy Minister Hiroshi Tanabe told reporters.", False, [], None),
    ("en", "The Nikkei share average closed down 0.8% at 38,412.55.", True, [("percent", 0.8, "%", None), ("count", 38412.55, None, None)], None),
    # --- UK: labour market (Reuters) ---
    ("en", "LONDON, Feb 17 (Reuters) - The Office for National Statistics said on Tuesday that Britain's unemployment rate rose to 5.2% in the three months to December, the highest since early 2021.", True, [("date", "--02-17", None, None), ("percent", 5.2, "%", None), ("duration", 3, "month", None), ("year", 2021, None, None)], "the Office for National Statistics"),
    ("en", "Regular pay growth, excluding bonuses, slowed to 4.4%, the weakest in more than three years.", True, [("percent", 4.4, "%", None), ("duration", 3, "year", "over")], None),
    ("en", "The number of job vacancies fell by 12,000 to 806,000.", True, [("count", 12000, None, None), ("count", 806000, None, None)], None),
    ("en", "Payrolled employment dropped by an estimated 43,000 in January.", True, [("count", 43000, None, "about")], None),
    ("en", "Investors added to bets that the Bank of England will cut interest rates in March, pricing in about a 70% chance of a quarter-point move.", True, [("percent", 70, "%", "about"), ("percent", 0.25, "pp", None)], None),
    ("en", "“The labour market is clearly running out of steam,” said Harriet Coyle, an economist at Tavistock Capital.", False, [], None),
    # --- Germany: ZEW (Reuters) ---
    ("en", "BERLIN, Feb 17 (Reuters) - German investor morale improved more than expected in February, with the ZEW institute's economic sentiment index rising to 34.8 points from 26.7 in January.", True, [("date", "--02-17", None, None), ("count", 34.8, None, None), ("count", 26.7, None, None)], None),
    ("en", "Analysts polled by Reuters had forecast a reading of 29.0.", True, [("count", 29.0, None, None)], None),
    ("en", "An assessment of current conditions in Germany, Europe's largest economy, improved by 4.1 points to minus 72.3.", True, [("count", 4.1, None, None), ("count", -72.3, None, None)], None),
    ("en", "“Hopes are pinned on the government's infrastructure spending, but companies still see little of it,” the institute said in a statement.", False, [], None),
    # --- France: farmers (AFP) ---
    ("en", "PARIS (AFP) - Thousands of French farmers drove tractors into Paris on Tuesday to protest against a planned EU trade deal with South American nations, blocking several major roads, police said.", True, [], "police"),
    ("en", "Police counted around 350 tractors and about 4,500 protesters, while the FNSEA farmers' union put the number of demonstrators at 12,000.", True, [("count", 350, None, "about"), ("count", 4500, None, "about"), ("count", 12000, None, None)], None),
    ("en", "Eleven people were detained, the police prefecture said.", True, [("count", 11, None, None)], "the police prefecture"),
    ("en", "The agreement with the Mercosur bloc would create a free trade zone of more than 700 million people.", True, [("count", 700000000, None, "over")], None),
    ("en", "“We will not let our farms be sacrificed for German cars,” one farmer shouted from the cab of his tractor.", False, [], None),
    # --- EU: sanctions (Reuters) ---
    ("en", "BRUSSELS, Feb 17 (Reuters) - European Union foreign ministers agreed on Tuesday to extend sanctions on more than 2,500 Russian individuals and entities for another six months, diplomats said.", True, [("date", "--02-17", None, None), ("count", 2500, None, "over"), ("duration", 6, "month", None)], None),
    ("en", "The decision required unanimity among the bloc's 27 member states, and Hungary dropped its objections after three names were struck from the list.", True, [("count", 27, None, None), ("count", 3, None, None)], None),
    ("en", "EU foreign policy spokeswoman Anouk Verhelst told a news conference that work on a 20th sanctions package would begin next month.", True, [("ordinal", 20, None, None)], "Anouk Verhelst"),
    ("en", "The EU has also earmarked 90 billion euros in loans for Ukraine for 2026 and 2027.", True, [("money", 90000000000, "EUR", None), ("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("en", "“Pressure on Moscow must not ease while it keeps bombing Ukrainian cities,” the Lithuanian foreign minister told reporters on arrival.", False, [], None),
    # --- Russia: Kremlin and rouble (Reuters) ---
    ("en", "MOSCOW, Feb 17 (Reuters) - The Kremlin said on Tuesday that a new round of talks with U.S. and Ukrainian officials would take place in Abu Dhabi next week, the fourth such meeting since January.", True, [("date", "--02-17", None, None), ("ordinal", 4, None, None)], "the Kremlin"),
    ("en", "Kremlin spokesman Arkady Zemtsov told reporters the make-up of the Russian delegation would be announced later.", True, [], "Arkady Zemtsov"),
    ("en", "Last Friday the Bank of Russia lowered its key rate by 50 basis points to 15.5%, its sixth reduction since June.", True, [("percent", 50, "bp", None), ("percent", 15.5, "%", None), ("ordinal", 6, None, None)], None),
    ("en", "The rouble weakened 0.7% to 77.40 per dollar.", True, [("percent", 0.7, "%", None), ("money", 77.40, "RUB", None)], None),
    ("en", "Zemtsov declined to comment on reports that a summit could follow.", False, [], None),
    # --- Turkey: raids (Reuters) ---
    ("en", "ISTANBUL, Feb 17 (Reuters) - Turkish police detained 31 people, including four journalists, in dawn raids across six provinces as part of an investigation into an opposition-run municipality, state media reported.", True, [("date", "--02-17", None, None), ("count", 31, None, None), ("count", 4, None, None), ("count", 6, None, None)], None),
    ("en", "The prosecutor's office said the suspects were accused of bid-rigging and bribery in tenders worth about 2.8 billion lira ($64 million).", True, [("money", 2800000000, "TRY", "about"), ("money", 64000000, "USD", None)], "the prosecutor's office"),
    ("en", "More than 300 opposition officials have been detained in similar investigations since March 2025.", True, [("count", 300, None, "over"), ("year", 2025, None, None)], None),
    ("en", "The main opposition party called the raids “a coup against the ballot box”.", False, [], None),
    # --- South Africa: jobs (Reuters) ---
    ("en", "JOHANNESBURG, Feb 17 (Reuters) - Joblessness in South Africa eased to 31.4% in the fourth quarter from 31.9% in the third, Statistics South Africa said on Tuesday.", True, [("date", "--02-17", None, None), ("percent", 31.4, "%", None), ("ordinal", 4, None, None), ("percent", 31.9, "%", None), ("ordinal", 3, None, None)], "Statistics South Africa"),
    ("en", "The number of employed people rose by 248,000 to 17.1 million.", True, [("count", 248000, None, None), ("count", 17100000, None, None)], None),
    ("en", "Youth unemployment, among those aged 15 to 24, stood at 61.2%.", True, [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 61.2, "%", None)], None),
    ("en", "The rand was little changed at 17.65 per dollar.", True, [("money", 17.65, "ZAR", None)], None),
    # --- Australia: bushfire (Reuters) ---
    ("en", "SYDNEY, Feb 17 (Reuters) - A bushfire in western Victoria has destroyed at least 46 homes and burned through more than 32,000 hectares, emergency officials said on Tuesday, as temperatures again climbed above 40 degrees Celsius.", True, [("date", "--02-17", None, None), ("count", 46, None, "at_least"), ("count", 32000, None, "over"), ("count", 40, None, "over")], None),
    ("en", "About 600 firefighters and 14 aircraft were battling the blaze, which was sparked by a lightning strike on Saturday.", True, [("count", 600, None, "about"), ("count", 14, None, None)], None),
    ("en", "A 71-year-old man died while trying to defend his property near Harrow, police said.", True, [("duration", 71, "year", None)], "police"),
    ("en", "“This fire is still very dangerous and it is not contained,” the state's emergency management commissioner told a briefing.", False, [], None),
    # --- Pakistan-Afghanistan border (AFP) ---
    ("en", "ISLAMABAD (AFP) - Pakistan and Afghanistan agreed to reopen their main border crossing at Torkham to trade after a four-month closure, officials on both sides said Tuesday.", True, [("duration", 4, "month", None)], None),
    ("en", "Some 5,000 trucks loaded with goods have been stranded on both sides of the frontier, according to the Pakistan-Afghanistan Joint Chamber of Commerce.", True, [("count", 5000, None, "about")], "the Pakistan-Afghanistan Joint Chamber of Commerce"),
    ("en", "Bilateral trade has fallen to roughly $1.1 billion a year from $2.5 billion in 2022, the chamber said.", True, [("money", 1100000000, "USD", "about"), ("money", 2500000000, "USD", None), ("year", 2022, None, None)], "the chamber"),
    ("en", "Clashes along the 2,600-km border in October killed dozens of soldiers and militants.", True, [("count", 2600, None, None)], None),
    # --- Nigeria: abduction (AFP) ---
    ("en", "ABUJA (AFP) - Gunmen abducted at least 38 worshippers from a church in Nigeria's north-central Kwara state during a Sunday service, police said on Tuesday.", True, [("count", 38, None, "at_least")], "police"),
    ("en", "Police spokesman Adetunji Okanlawon said 12 of those taken had escaped and that tactical teams were combing nearby forests.", True, [("count", 12, None, None)], "Adetunji Okanlawon"),
    ("en", "Kidnapping for ransom has become widespread in northern and central Nigeria, where armed gangs known locally as bandits operate.", True, [], None),
    ("en", "Separately, the National Bureau of Statistics said annual inflation in Nigeria had slowed to 15.1% in January.", True, [("percent", 15.1, "%", None)], "the National Bureau of Statistics"),
    # --- Kenya: floods (AFP) ---
    ("en", "NAIROBI (AFP) - Flash floods triggered by torrential rain have killed 27 people across Kenya over the past week and forced more than 15,000 from their homes, the interior ministry said Tuesday.", True, [("count", 27, None, None), ("count", 15000, None, "over")], "the interior ministry"),
    ("en", "The Kenya Red Cross said it had rescued 142 people trapped on rooftops in the eastern county of Tana River.", True, [("count", 142, None, None)], "the Kenya Red Cross"),
    ("en", "The meteorological department forecast up to 120 millimetres of rain in parts of the country over the next 72 hours.", True, [("count", 120, None, "up_to"), ("duration", 72, "hour", None)], None),
    ("en", "“We lost everything, even the goats,” said Fatuma Hassan, a mother of six from Garissa.", False, [("count", 6, None, None)], None),
    # --- WHO: measles (Reuters) ---
    ("en", "GENEVA, Feb 17 (Reuters) - Measles cases in the World Health Organization's European region fell by nearly a third last year to 127,000, after a record 2024, the WHO said on Tuesday.", True, [("date", "--02-17", None, None), ("fraction", 0.3333, None, "nearly"), ("count", 127000, None, None), ("year", 2024, None, None)], "the WHO"),
    ("en", "Romania and Kazakhstan accounted for almost half of all cases, the agency said.", True, [("fraction", 0.5, None, "nearly")], "the agency"),
    ("en", "Coverage with the second dose of the vaccine stood at 91%, below the 95% needed to stop outbreaks.", True, [("ordinal", 2, None, None), ("percent", 91, "%", None), ("percent", 95, "%", None)], None),
    ("en", "“Measles does not respect borders, and neither should our vigilance,” the WHO's regional director said in a statement.", False, [], None),
    # --- United States: arms sale (Reuters) ---
    ("en", "WASHINGTON, Feb 17 (Reuters) - The U.S. State Department has approved the possible sale of 96 air-to-air missiles and related equipment to Poland for an estimated $1.9 billion, the Pentagon said.", True, [("date", "--02-17", None, None), ("count", 96, None, None), ("money", 1900000000, "USD", "about")], "the Pentagon"),
    ("en", "Poland plans to spend 4.8% of its gross domestic product on defence this year, the highest share of any NATO member.", True, [("percent", 4.8, "%", None)], None),
    # --- Boilerplate ---
    ("en", "(Reporting by Leila Haddad; Additional reporting by Tom Whitcombe in Jerusalem; Editing by Gareth Pryor)", False, [], None),
    ("en", "(Reporting by Stanis Wanjiru; Writing by Olivia Brandt; Editing by Simon Creel)", False, [], None),
    ("en", "(Corrects day of attack in first paragraph)", False, [("ordinal", 1, None, None)], None),
    # --- Libanon (dpa) ---
    ("de", "Beirut (dpa) - Bei israelischen Luftangriffen im Südlibanon sind nach Angaben des libanesischen Gesundheitsministeriums mindestens sieben Menschen getötet worden, darunter zwei Kinder.", True, [("count", 7, None, "at_least"), ("count", 2, None, None)], None),
    ("de", "Das israelische Militär teilte mit, es habe Waffenlager und eine Abschussrampe der Hisbollah nahe Nabatäa angegriffen.", True, [], None),
    ("de", "Es waren die schwersten Angriffe seit Beginn der Waffenruhe Ende November 2024.", True, [("year", 2024, None, None)], None),
    ("de", "Seither wurden im Libanon nach UN-Angaben mehr als 330 Menschen durch israelischen Beschuss getötet.", True, [("count", 330, None, "over")], None),
    ("de", "Die Regierung in Beirut verurteilte die Angriffe als „eklatanten Bruch der Souveränität“ des Landes.", False, [], None),
    # --- Erdbeben Sulawesi (APA/AFP) ---
    ("de", "Jakarta (APA/AFP) - Ein Erdbeben der Stärke 6,4 hat die indonesische Insel Sulawesi erschüttert und mindestens 14 Menschen in den Tod gerissen.", True, [("count", 6.4, None, None), ("count", 14, None, "at_least")], None),
    ("de", "Mehr als 1.200 Häuser wurden beschädigt, knapp 4.000 Menschen suchten Schutz in Notunterkünften, wie die Katastrophenschutzbehörde BNPB mitteilte.", True, [("count", 1200, None, "over"), ("count", 4000, None, "nearly")], None),
    ("de", "Das Epizentrum lag nach Angaben der US-Erdbebenwarte USGS in einer Tiefe von zehn Kilometern.", True, [("count", 10, None, None)], None),
    ("de", "Eine Tsunami-Warnung wurde nicht ausgegeben.", True, [], None),
    ("de", "2018 waren bei einem Beben der Stärke 7,5 und einem darauffolgenden Tsunami in der Region um Palu mehr als 4.000 Menschen ums Leben gekommen.", True, [("year", 2018, None, None), ("count", 7.5, None, None), ("count", 4000, None, "over")], None),
    ("de", "„Alle sind auf die Straße gerannt, die Kinder haben geschrien“, erzählte eine Bewohnerin aus Poso.", False, [], None),
    # --- Ukraine (APA/dpa) ---
    ("de", "Kiew (APA/dpa) - Mit 163 Drohnen und elf Raketen hat das russische Militär in der Nacht auf Dienstag ukrainische Energieanlagen angegriffen.", True, [("count", 163, None, None), ("count", 11, None, None)], None),
    ("de", "Die Flugabwehr habe 139 Drohnen und acht Raketen abgeschossen, teilte die ukrainische Luftwaffe mit.", True, [("count", 139, None, None), ("count", 8, None, None)], None),
    ("de", "Im Gebiet Odessa wurde nach Angaben von Gouverneur Mykola Hrebenjuk eine 67-jährige Frau getötet, vier weitere Menschen erlitten Verletzungen.", True, [("duration", 67, "year", None), ("count", 4, None, None)], "Mykola Hrebenjuk"),
    ("de", "Es war nach Angaben des Netzbetreibers Ukrenergo bereits der zwölfte Angriff auf die Energieinfrastruktur seit Jahresbeginn.", True, [("ordinal", 12, None, None)], None),
    ("de", "„Jede Nacht versuchen sie, uns Kälte und Dunkelheit zu bringen“, schrieb Energieministerin Halyna Sydorenko auf Telegram.", False, [], None),
    # --- Sudan (APA/AFP) ---
    ("de", "Port Sudan (APA/AFP) - Bei einem Angriff der RSF-Miliz auf ein Vertriebenenlager nahe der belagerten Stadt El Obeid sind nach Angaben von Ärzten 23 Zivilisten getötet worden.", True, [("count", 23, None, None)], None),
    ("de", "Weitere 41 Menschen seien verletzt worden, unter ihnen zwölf Kinder.", True, [("count", 41, None, None), ("count", 12, None, None)], None),
    ("de", "Der Krieg zwischen Armee und RSF hat seit April 2023 rund zwölf Millionen Menschen in die Flucht getrieben.", True, [("year", 2023, None, None), ("count", 12000000, None, "about")], None),
    ("de", "Das Welternährungsprogramm erreichte nach eigenen Angaben im Jänner nur 40 Prozent der geplanten Empfänger in Kordofan.", True, [("percent", 40, "%", None)], None),
    ("de", "Überprüfen ließen sich die Zahlen von unabhängiger Seite zunächst nicht.", False, [], None),
    ("de", "Die Welt habe den Sudan vergessen, klagte eine Krankenschwester in dem Lager.", False, [], None),
    # --- Kosovo (APA) ---
    ("de", "Pristina (APA) - Bei der vorgezogenen Parlamentswahl im Kosovo ist die Regierungspartei mit 44,6 Prozent der Stimmen erneut stärkste Kraft geworden, hat die absolute Mehrheit aber verfehlt.", True, [("percent", 44.6, "%", None)], None),
    ("de", "Nach Auszählung von 98 Prozent der Wahllokale kommt sie auf 53 der 120 Sitze, teilte die Wahlkommission am Dienstag mit.", True, [("percent", 98, "%", None), ("count", 53, None, None), ("count", 120, None, None)], "die Wahlkommission"),
    ("de", "Die Wahlbeteiligung lag bei 41,2 Prozent und damit knapp drei Prozentpunkte unter jener der Wahl im Dezember.", True, [("percent", 41.2, "%", None), ("percent", 3, "pp", "nearly")], None),
    ("de", "Für die Wahl des Staatsoberhaupts ist im Parlament eine Zweidrittelmehrheit nötig.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "„Der Kosovo hat gesprochen, und zwar deutlich“, sagte Parteichef Driton Hasolli vor jubelnden Anhängern.", False, [], None),
    # --- Japan (dpa-AFX) ---
    ("de", "Tokio (dpa-AFX) - Japans Wirtschaft ist im vierten Quartal auf das Jahr hochgerechnet um 1,1 Prozent gewachsen.", True, [("ordinal", 4, None, None), ("percent", 1.1, "%", None)], None),
    ("de", "Im Vorquartal war das Bruttoinlandsprodukt noch um revidiert 2,3 Prozent geschrumpft.", True, [("percent", 2.3, "%", None)], None),
    ("de", "Volkswirte hatten im Schnitt mit einem Plus von 1,6 Prozent gerechnet.", True, [("percent", 1.6, "%", None)], None),
    ("de", "Der Leitindex Nikkei 225 schloss 0,8 Prozent tiefer bei 38.412,55 Punkten.", True, [("percent", 0.8, "%", None), ("count", 38412.55, None, None)], None),
    # --- Indien (dpa) ---
    ("de", "Neu-Delhi (dpa) - Bei einer Massenpanik während eines Tempelfests im ostindischen Bundesstaat Odisha sind mindestens elf Menschen ums Leben gekommen.", True, [("count", 11, None, "at_least")], None),
    ("de", "Weitere 34 Menschen wurden verletzt, wie die Polizei mitteilte.", True, [("count", 34, None, None)], "die Polizei"),
    ("de", "Zu dem jährlichen Fest hatten sich fast 200.000 Pilger versammelt.", True, [("count", 200000, None, "nearly")], None),
    ("de", "Die Landesregierung kündigte eine Entschädigung von 500.000 Rupien (rund 4.900 Euro) je Todesopfer an.", True, [("money", 500000, "INR", None), ("money", 4900, "EUR", "about")], None),
    ("de", "Die Opposition warf den Behörden schweres Versagen bei der Organisation des Festes vor.", False, [], None),
    # --- EU-Sanktionen (APA) ---
    ("de", "Brüssel (APA) - Die EU-Außenminister haben die Sanktionen gegen mehr als 2.500 russische Personen und Organisationen um weitere sechs Monate verlängert.", True, [("count", 2500, None, "over"), ("duration", 6, "month", None)], None),
    ("de", "Ungarn gab seinen Widerstand auf, nachdem drei Namen von der Liste gestrichen worden waren, hieß es aus Diplomatenkreisen.", True, [("count", 3, None, None)], None),
    ("de", "Die Arbeiten an einem 20. Sanktionspaket sollen im März beginnen.", True, [("ordinal", 20, None, None)], None),
    ("de", "Außenministerin Beate Lindner-Moser sagte am Rande des Treffens, die EU dürfe „in ihrem Druck auf Moskau nicht nachlassen“.", False, [], None),
    # --- Busunglück Mexiko (dpa) ---
    ("de", "Mexiko-Stadt (dpa) - Beim Sturz eines Busses in eine Schlucht im südmexikanischen Bundesstaat Oaxaca sind 18 Menschen ums Leben gekommen.", True, [("count", 18, None, None)], None),
    ("de", "Weitere 26 Insassen wurden verletzt, teilte die Staatsanwaltschaft des Bundesstaats mit.", True, [("count", 26, None, None)], "die Staatsanwaltschaft des Bundesstaats"),
    ("de", "Der Bus war rund elf Stunden zuvor in Mexiko-Stadt losgefahren.", True, [("duration", 11, "hour", "about")], None),
    ("de", "Die Landesregierung sprach den Angehörigen der Opfer ihr Beileid aus.", False, [], None),
    # --- Fähre Philippinen (APA/AFP) ---
    ("de", "Manila (APA/AFP) - Beim Untergang einer Fähre vor der philippinischen Provinz Masbate sind mindestens 16 Menschen ums Leben gekommen, 22 weitere werden noch vermisst.", True, [("count", 16, None, "at_least"), ("count", 22, None, None)], None),
    ("de", "An Bord waren nach Angaben der Küstenwache 214 Passagiere und Besatzungsmitglieder.", True, [("count", 214, None, None)], "die Küstenwache"),
    ("de", "Das 32 Jahre alte Schiff war für bis zu 250 Personen zugelassen.", True, [("duration", 32, "year", None), ("count", 250, None, "up_to")], None),
    # --- Nordkorea (dpa) ---
    ("de", "Seoul (dpa) - Nordkorea hat nach Angaben des südkoreanischen Generalstabs zwei ballistische Kurzstreckenraketen ins Meer abgefeuert.", True, [("count", 2, None, None)], None),
    ("de", "Die Raketen flogen rund 350 Kilometer weit, bevor sie außerhalb der japanischen Wirtschaftszone niedergingen.", True, [("count", 350, None, "about")], None),
    ("de", "Es war der erste Raketentest des Landes seit November.", True, [("ordinal", 1, None, None)], None),
    ("de", "An dem elftägigen Manöver nehmen rund 18.000 südkoreanische Soldaten teil.", True, [("duration", 11, "day", None), ("count", 18000, None, "about")], None),
    ("de", "Pjöngjang bezeichnet die Manöver regelmäßig als Probe für einen Angriff.", False, [], None),
    # --- Iran (APA/Reuters) ---
    ("de", "Maskat (APA/Reuters) - Der Iran und die USA haben in Oman eine dritte Runde indirekter Gespräche über das iranische Atomprogramm abgehalten.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Unterredung habe rund vier Stunden gedauert, sagte Außenamtssprecher Kaveh Mirzaei-Tabar.", True, [("duration", 4, "hour", "about")], "Kaveh Mirzaei-Tabar"),
    ("de", "Beide Seiten wollen sich binnen zwei Wochen erneut treffen, teilte das omanische Außenministerium mit.", True, [("duration", 2, "week", None)], None),
    ("de", "Nach Schätzung der IAEA verfügt der Iran über rund 440 Kilogramm auf bis zu 60 Prozent angereichertes Uran.", True, [("count", 440, None, "about"), ("percent", 60, "%", "up_to")], None),
    ("de", "„Wir sind nicht naiv“, sagte ein ranghoher iranischer Diplomat.", False, [], None),
    # --- Buschbrand Australien (dpa) ---
    ("de", "Sydney (dpa) - Ein Buschbrand im Westen des australischen Bundesstaats Victoria hat mindestens 46 Häuser zerstört und mehr als 32.000 Hektar Land verwüstet.", True, [("count", 46, None, "at_least"), ("count", 32000, None, "over")], None),
    ("de", "Rund 600 Feuerwehrleute und 14 Löschflugzeuge waren im Einsatz.", True, [("count", 600, None, "about"), ("count", 14, None, None)], None),
    ("de", "„Das Feuer ist noch lange nicht unter Kontrolle“, warnte die Feuerwehr.", False, [], None),
]
