"""Ninety-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, storms and figures are
made up (Franco Di Stefano, Anton Pichlhofer, Lukas Brandhuber, Halberg Chemie, Thomas
Reuschel, Katrin Seewald, Sturmtief „Yvette“; Hurricane Celia, Denise Arceneaux, Jason
Melancon, Marcus Thibodeaux, the Sulphur Fire, Lena Ortiz, Storm Imogen, Jo Pritchard,
Krugerhoek Gold, Sipho Mkhize, Typhoon Dindo, Gulfbend Chemicals); real places and
institutions ("Zivilschutz", "Geosphere Austria", "Hydrografischer Dienst",
"Landesfeuerwehrkommando", "Bundesheer", "Kantonspolizei Wallis", "Glückskette",
"Deutscher Wetterdienst", "Deutsche Bahn", "Gesamtverband der Versicherer", "Staatsanwaltschaft
Essen", "Afad", "Rotes Kreuz"; "Japan Meteorological Agency", "Fire and Disaster Management
Agency", "Tohoku Electric Power", "NHK", "National Hurricane Center", "PowerOutage.us",
"Entergy", "FEMA", "Verisk", "Cal Fire", "Country Fire Authority", "Environment Agency", "Met
Office", "West Mercia Police", "Network Rail", "Association of British Insurers", "National
Disaster Management Authority", "India Meteorological Department", "Council for Geoscience",
"Minerals Council", "Department of Tourism", "Harris County Sheriff's Office", "U.S. Chemical
Safety Board", "AEMET") stand for the way wire copy names them; what is said, counted and
estimated here is invented (the L'Aquila quake of 2009 and the Noto quake of 1 January 2024
are named as background only).

Its weight: DISASTERS AND EMERGENCIES as agencies report them over a day, 20 stories in story
order (a dateline lead, then magnitudes and measures, tolls and their revisions, rescues,
evacuations, damage and aid, then quotes, condolences and scene colour). Half German (APA,
APA/AFP, dpa, Keystone-SDA; Austrian "Anrainer", "Notquartieren", "Seehöhe", Swiss "ss",
"Innert", "Franken", «» quotes, German „“ quotes): an earthquake in the Abruzzi, floods in
Lower Austria with "die zweite Flutwelle", a debris flow in the Valais, a forest fire on the
Peloponnese, an avalanche in the Sellraintal, an explosion at a chemical park in Marl, a
North Sea storm, monsoon landslides in Nepal, a quake in western Turkey. Half English
(Reuters, AP, AFP, PA, AAP): a quake off northeastern Japan, a hurricane in Louisiana, a
wildfire above Ventura, bushfires in the Grampians, floods on the Severn, landslides in
Kerala ("the death toll ... rose to 212"), a gold-mine rockfall after "a 36-hour search", a
typhoon in the Philippines, an avalanche on Dhaulagiri, a petrochemical blast in Texas,
flash floods in Murcia. Figures in the forms such copy has: magnitudes and depths
("der Stärke 5,9", "in einer Tiefe von rund neun Kilometern", "magnitude 6.8", "at a depth of
about 40 km (25 miles)"), aftershocks, rainfall ("286 Liter Regen pro Quadratmeter", "140
Millimeter", "142mm", "572 mm", "18 inches", "180 litres of rain per square metre"), river
and sea levels in metres, wind speeds in km/h and mph, hurricane categories, burned areas in
hectares and acres, avalanche levels, altitudes; casualty counts that are hedged, revised
upward, attributed to different authorities and contradicted ("mindestens 14 Tote", "auf 19
..., die Zahl der Vermissten wurde mit 23 angegeben", "von 22 Toten, während örtliche Medien
bereits mindestens 26 Opfer meldeten", "Die Zahl der Vermissten ist ... auf 30 gestiegen",
"von 96 auf 143 nach oben", "auf bis zu 30 Tote", "had risen to 11", "put the number of dead
at 13", "rose to 212 ..., with more than 190 ... still missing", "had stood at 180", "put the
number of dead at 198"); evacuations, crews and aid in number words and digits ("elf",
"zehn Hubschrauber", "Fourteen other workers", "Seventy-eight miners", "Eleven people");
ordinals ("die zweite Flutwelle", "das dritte schwere Beben", "Ein vierter Tourengeher", "the
third quake in a week", "the fifth named storm", "the 11th tropical cyclone", "on the fourth
day of the search", "for a second day"); durations ("Seit drei Tagen", "Binnen 72 Stunden",
"nach 36 Stunden", "eine dreitägige Staatstrauer", "für zwölf Monate", "a 36-hour search",
"in 30 hours", "for more than nine hours"); damage estimates and aid pledges in euros,
francs, lira, yen, dollars, pounds, rupees, Philippine pesos and Australian dollars.
Negatives as such copy has them: quoted fear and grief of residents, survivors, relatives
and a works manager, condolences ("sprach ... sein tiefes Mitgefühl aus", "Die Gedanken
seien bei den Familien ...", "Our hearts go out to ...", "sent their condolences", "deeply
pained"), prayers ("versicherte ... seine Nähe und sein Gebet", „Möge Gott unserem Volk
beistehen“, ""Please keep Terrebonne in your prayers tonight,"", ""We ask everyone to pray
..."), appeals and advice, fears of a rising toll, open questions, commentary, scene colour and
the caveat on unverified figures.

235 rows (118 German, 117 English), 51 negatives (25 German, 26 English), 184 check-worthy
rows of which 13 carry no figure (6 German, 7 English), 277 expected quantities (175 counts,
36 durations, 27 amounts of money, 20 ordinals, 8 years, 6 dates, 4 percentages, 1 fraction;
none of them in negatives, which carry no figure), 40 checked speakers (16 German, 24
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  with a figure is check-worthy with the speaker its own attribution gives ("Allein am Montag
  habe es mehr als 3.400 Einsätze gegeben, sagte Landesfeuerwehrkommandant Anton
  Pichlhofer." -> "Anton Pichlhofer"; forty-seventh and eighty-eighth); so is a quote with a
  figure closed by "sagte X" („Mehr als die Hälfte der Häuser im Zentrum ist unbewohnbar“ ->
  "Franco Di Stefano", eighty-eighth). Check-worthy without a figure, as facts of record
  (forty-seventh, eightieth, eighty-first): EU solidarity funds promised, a company's account
  of where a blast happened, an arrest, "Die Staatsanwaltschaft Essen hat ein
  Ermittlungsverfahren ... eingeleitet", air measurements without raised values, a damage
  estimate given as "einen dreistelligen Millionenbetrag" (a vague magnitude, fifth and
  fifty-third), no abnormalities at a nuclear plant, a warning in place, a man in his 70s
  missing (fifty-fifth and eighty-first: decades carry none), a line closed until at least
  Wednesday, investigators at work on a blaze's cause (thirty-second), air monitoring without
  harmful levels, a red alert issued (forty-seventh: colour levels carry none).
- New, on tolls that move and disagree: every figure a row gives is labelled, whichever
  authority gives it and whether it replaces an earlier one or contradicts another's - "von
  22 Toten, während örtliche Medien bereits mindestens 26 Opfer meldeten" 22 and 26
  "at_least", "von 96 auf 143 nach oben" 96 and 143 (as "from ... to", earlier batches), "Am
  Vortag hatten die Behörden noch von 78 Toten und 41 Vermissten gesprochen" 78 and 41, "had
  risen to 11, with 164 people injured and four missing" three counts, "The toll had stood at
  180" and "put the number of dead at 198" counts. A figure of the past stays check-worthy as
  a statement of record; the row's speaker is unchecked when the verb is no verb of saying
  ("meldete", "sprach ... von", "korrigierte", "put ... at", "citing", seventy-first and
  ninety-first: "put the number at"). "Die Zahl der Vermissten ist nach Angaben der Polizei
  auf 30 gestiegen" count 30 with "die Polizei" (thirty-second: "auf 41 gestiegen"); "rose to
  212" 212 with no hedge (thirty-second: "death toll rises to 217").
- A forecast of the toll with a figure is check-worthy ("Die Präfektur rechnet damit, dass
  die Bilanz auf bis zu 30 Tote steigen könnte." 30 "up_to"; "Nach Schätzungen des Roten
  Kreuzes könnten dort noch bis zu 60 Menschen ... liegen" 60 "up_to" with "das Rote Kreuz",
  as "nach Schätzungen der Feuerwehr" -> "die Feuerwehr", sixth, and "nach Angaben des Roten
  Kreuzes" -> "das Rote Kreuz", sixty-ninth); a fear that it will rise is a negative ("Gov.
  Denise Arceneaux said she feared the toll would climb ...", "officials fear further slopes
  could give way", thirty-second: "Rescuers fear the toll could rise").
- Magnitudes, depths and other measures are counts (fourth, forty-seventh, eightieth):
  "der Stärke 5,9", "der Stärke 6,1", "einer Magnitude von 4,6", "magnitude 6.8", "a
  magnitude 5.4", "of magnitude 2.9" (a seismic event in a mine), "in einer Tiefe von rund
  neun Kilometern" 9 "about", "etwa zwölf Kilometer nordwestlich" 12 "about", "at a depth of
  about 40 km (25 miles)" 40 "about" and 25 with none (the hedge before the first figure only,
  forty-seventh), "Waves of up to 40 cm (16 inches)" 40 "up_to" and 16; "of magnitude 6 or
  greater" 6 with no hedge (forty-seventh: "or larger"); aftershocks "mehr als 120 Nachbeben"
  "over", "148 Nachbeben", "87 aftershocks". Rainfall: "286 Liter Regen pro Quadratmeter"
  ("pro Quadratmeter" none), "bis zu 140 Millimeter" "up_to", "239 Millimeter", "more than
  18 inches" "over", "Some 142mm" "about", "572 mm", "more than 180 litres of rain per square
  metre" "over". Levels and lengths: "4,82 Meter", "bei rund 60 Zentimetern" "about", "von
  8,90 Metern", "3,25 Meter über dem mittleren Hochwasser" (the words after the figure no
  hedge, forty-seventh), "peaked at 5.6 metres ..., just short of the record" (no hedge),
  "etwa 50 Metern" "about", "rund 300 Meter breit", "aus bis zu zwei Metern Tiefe" 2
  "up_to", "about 1,800 metres underground" "about", "about 8 square kilometres" "about", "a
  58-metre Bailey bridge" 58, "a 2-mile radius" 2, "up to 15 miles away" "up_to", "in einem
  Umkreis von fünf Kilometern" 5. Altitudes (eighty-eighth): "auf etwa 2.600 Metern Seehöhe" 2600
  "about", "oberhalb von 2.200 Metern" 2200 with no hedge, "at about 5,400 meters (17,700
  feet)" 5400 "about" and 17700, "the 8,167-meter peak" 8167. Areas: "mehr als 11.000 Hektar"
  "over", "more than 32,000 acres", "more than 10,000 acres", "more than 76,000 hectares"
  "over". Winds: "bis zu 85 Kilometern pro Stunde", "bis zu 118 km/h", "up to 90km/h", "up
  to 230 km/h" "up_to", "151 Kilometern pro Stunde", "sustained winds reaching 185 km/h",
  "140 mph (225 km/h)" two counts, "topped 70 mph" 70 with no hedge ("topped" a verb,
  eighty-eighth: "top"); "a surge of up to 15 feet (4.6 meters)" 15 "up_to" and 4.6.
  "44.6C" count (forty-seventh); "mehr als das Doppelte der Menge" count 2 "over"
  (forty-seventh). "1.2 million liters of water and 900,000 meals" and "40 Tonnen
  Hilfsgütern" counts.
- Scales are counts (forty-seventh, eighty-eighth): "a Category 4 storm" 4 and "a Category 1
  hurricane" 1; "die Gefahrenstufe 3 auf der fünfteiligen Skala" 3 and 5; "three severe flood
  warnings" count 3 (warnings counted, no level); "a red alert, its highest level" none.
- Casualties, crews and evacuees are counts with their hedges (thirty-second, eightieth,
  eighty-first): "mindestens 14 Tote" and "mindestens 40 Gebäude" "at_least", "mehr als 60
  Verletzte" "over", "Rund 3.400 Menschen" "about", "elf Menschen lebend", "Zwei
  Feuerwehrmänner", "auf vier", "mehr als 9.000 Feuerwehrleute" "over", "1.200 Soldaten und
  zehn Hubschrauber", "Zwei Personen", "17 Dörfern", "rund 580 Einsatzkräfte ... 19
  Löschflugzeugen", "zwei Notarzthubschrauber, 32 Bergretter und zwei Lawinenhunde" (a dog
  counted as a helicopter is, eighty-eighth), "zwei Arbeiter getötet und 17 weitere" 2 and 17
  ("weitere" no hedge, eightieth), "Fünf der Verletzten" 5 (as "Three of the wounded",
  thirty-second), "ein ganzes Dorf mit 37 Häusern" 37 (the article none), "at least seven
  people", "killed two workers and injured 21", "Fourteen other workers ..., three of them" 14
  and 3 (thirty-second: "of them" a pronoun), "Seventy-eight miners", "all three of its
  shafts" 3, "Two of the dead were French and three were Nepali guides" 2 and 3, "another
  30,000" 30,000 with no hedge ("another" as "weiteren"), "Nearly 9,500" and "Nearly 3,100"
  "nearly", "Some 1,400 rescuers" "about", "a team of six investigators" 6, "Six people ...,
  among them two children" 6 and 2. "ein Mann", "A helicopter", "eine Touristin", "Die
  meisten von ihnen", "many of them" carry none (the article and pronouns no figure,
  eleventh and eighty-first).
- Ordinals (thirty-second, forty-seventh, eightieth): "die zweite Flutwelle" 2, "das dritte
  schwere Beben ... seit 2009" 3 and the year, "der zweite grosse Murgang" 2, "der dritte
  Großbrand" 3, "Ein vierter Tourengeher" 4 (fortieth: "Ein dritter Tourengeher"), "das
  dritte tödliche Lawinenunglück ... binnen einer Woche" 3 ("binnen einer Woche" none), "der
  zweite schwere Unfall ... binnen drei Jahren" 2 and 3 years, "aus dem 14. Jahrhundert" 14
  (as "des 19. Jahrhunderts", earlier batches), "nach einer ersten Schätzung" 1 (with the
  article, thirty-second), "the third quake in a week" 3 ("in a week" none, as "the third in
  a month" and "its third reduction in a month", eightieth), "the second major hurricane ...
  and the fifth named storm" 2 and 5, "the fourth fire" 4, "on the fourth day of the search"
  4, "the third time in five years" 3 and 5 years, "the 11th tropical cyclone" 11, "for a
  second day" 2, "the second fatal accident" 2, "in the first 24 hours" 1 and 24 hours
  (eightieth: "Over the first nine months"). "deadliest", "worst", "highest" none.
- Durations (issue, forty-seventh, eightieth, eighty-eighth): "Seit drei Tagen" 3 days,
  "Binnen 72 Stunden", "binnen 24 Stunden", "Innert 24 Stunden" (Swiss, as "Innert drei
  Stunden") 24 hours, "nach 36 Stunden", "nach fast 16 Stunden" "nearly", "nach rund 50
  Minuten" "about", "knapp sieben Stunden" "nearly", "für rund 14 Stunden" "about", "für
  zwölf Monate" 12 months, "eine dreitägige Staatstrauer" 3 days (the issue's
  "dreitägige Reise"), "after a 36-hour search" 36 hours (as "eine 36-stündige
  Unwetterwarnung", forty-seventh), "after 36 hours", "in 24 hours", "in 48 hours", "in two days", "in 30 hours", "in just six hours" 6
  ("just" no hedge, eightieth), "about 30 minutes after" "about", "for more than six hours"
  and "for more than nine hours" "over", "up to three weeks" "up_to". Ages are durations in
  years ("eine 71-jährige Frau", "Ein 81-jähriger Mann", "einem 54-jährigen Mann und seiner
  49-jährigen Frau", "ein 76-jähriger Hirte", "ein 29-Jähriger", "ein 58-jähriger
  Autofahrer", "ein 67 Jahre alter Mann", "a 6-year-old girl", "a 4-year-old boy"). None: "in
  der Nacht auf Mittwoch", "bis zum Abend", "seit Sonntagabend", "in diesem Winter", "in
  diesem Sommer", "in diesem Monat", "a month's rain", "for hours", "overnight", "this year",
  "this season", "in a century", "a year after", "through the night".
- Money in the currency written (every earlier batch): "20 Millionen Euro", "mehr als 1,2
  Milliarden Euro" "over", "450 bis 600 Millionen Euro" both EUR (forty-seventh: "700 bis 800
  Millionen Euro"), "um 300 Millionen Euro", "bis zu 8.000 Euro pro Haushalt" "up_to" ("pro
  Haushalt" none), "rund 400 Millionen Euro" "about"; "mindestens 35 Millionen Franken" CHF
  "at_least", "2,4 Millionen Franken", "1,5 Millionen Franken"; "2,5 Milliarden Lira" TRY
  (eightieth); "420 billion yen ($2.7 billion)" JPY and USD (the converted figure in
  brackets, eightieth); "between $8 billion and $12 billion" both USD ("between" no hedge, as
  "zwischen"); "A$1,000 per adult and A$400 per child" AUD; "£500 and businesses up to
  £2,500" GBP, the second "up_to"; "could exceed £300 million" with no hedge (forty-seventh);
  "Rs 2,000 crore" 2e10 INR (eightieth); New: "3.4 billion Philippine pesos ($58 million)" PHP
  and USD, "Philippine pesos" read as "philippinische Pesos" (eightieth); "$2 million", "1.5
  million euros" EUR, "60 million euros", "$412,000". Percentages: "bis zu 20 Prozent ...
  bis zu 50 Prozent" "up_to", "About 60% of homes" "about", "12% contained". Fractions: "Mehr
  als die Hälfte" 0.5 "over".
- Years and dates: "seit 2009", "zuletzt 2013", "seit 2002", "in 2000", "in 2018", "since
  2012", "in 2024", "in 2022" the years; "on Jan. 1, 2024" the date 2024-01-01 (sixty-third:
  "on Feb. 9, 1933"); datelines with a day are dates without a year ("TOKYO, Jan 9
  (Reuters)", "NEW DELHI, Aug 4 (Reuters)", "JOHANNESBURG, May 14 (Reuters)", "MELBOURNE,
  Dec 28 (AAP)", and "VALENCIA, Spain, Nov 12 (Reuters)" --11-12, the country between city and
  day as in "OMAHA, Neb., Dec 6 (Reuters)", thirty-second); APA, dpa, Keystone-SDA, AP, AFP
  and PA datelines none. Clock times ("um 3.17 Uhr Ortszeit", "gegen 6.40 Uhr", "at 4:12 a.m.
  local time", "shortly after 2 p.m."), weekdays and months ("im August", "since January",
  "in February") none. Names and identifiers carry none ("L'Aquila", "St. Pauli", "X",
  "Shin-Aomori", "PowerOutage.us").
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Around", "Some"
  "about"; "fast", "knapp", "nearly", "Nearly" "nearly"; "mehr als", "Mehr als", "more than",
  "More than" "over"; "mindestens", "at least", "At least" "at_least"; "bis zu", "up to" "up_to";
  "bereits", "Allein", "weitere", "another", "vorläufig", "just",
  "zuletzt", "between", "topped", "could exceed" no hedge.
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des
  Zivilschutzes" -> "der Zivilschutz" and "nach Angaben des Landesfeuerwehrkommandos" -> "das
  Landesfeuerwehrkommando" (the source in the nominative, as "des Straßendienstes",
  eighty-eighth), "nach Angaben der Stadt" -> "die Stadt", "nach Angaben der Feuerwehr" (twice)
  -> "die Feuerwehr", "nach Angaben der Polizei" -> "die Polizei" (seventieth and
  eighty-first); "teilte die Geosphere Austria mit" (forty-seventh), "teilte die
  Landespolizeidirektion mit" (eighty-first), "teilte die Polizei mit" (twice), "teilte das
  Unternehmen mit", "wie die Kantonspolizei Wallis mitteilte" the source with its article in
  the nominative; titles before a name dropped ("Bürgermeister", "Landesfeuerwehrkommandant",
  "DWD-Meteorologin"). English: "the Japan Meteorological Agency said", "the Fire and
  Disaster Management Agency said", "the National Hurricane Center said", "the agency said",
  "the Country Fire Authority said", "the Met Office said", "according to the Environment
  Agency", "the India Meteorological Department said", "the company said", "the Council for
  Geoscience said", "according to the Minerals Council", "the Department of Tourism said",
  "according to the Harris County Sheriff's Office", "the county said" with the article in
  lower case; "The Association of British Insurers said ..." and "The U.S. Chemical Safety
  Board said ..." opening the sentence -> "the Association of British Insurers", "the U.S.
  Chemical Safety Board" (ninety-eighth: "The Royal College of Nursing said"); names as
  written ("Tohoku Electric Power said", "West Mercia Police said", "according to
  PowerOutage.us", "Entergy said ...", "FEMA said ...", "Network Rail said ...", "Cal Fire
  said Tuesday" with the weekday dropped, eighty-first); "Terrebonne Parish President Jason
  Melancon told reporters" -> "Jason Melancon" (the title dropped, "X told reporters").
  Left unchecked (None): "der Zivilschutz meldete", "beziffert der Zivilschutz", "sprach
  ... von", "korrigierte", "rechnet damit", "kündigte Finanzminister ... an" (verbs not of
  saying, forty-seventh), "maß der Deutsche Wetterdienst", "erwartet der Hydrografische
  Dienst", "wie der Netzbetreiber Schleswig-Holstein Netz mitteilte" and "Nach Angaben der
  Katastrophenschutzbehörde Afad" (a description before a name, eightieth), "Die Afad
  zählte", "nach Angaben des Kreises", "authorities said", "state health officials said",
  "regional authorities said", "officials said Tuesday", "state officials said", "the state
  revenue minister said" (a role without a name), "the civil defence office said Monday" (as
  "the national disaster agency said", thirty-second), "its operator said", "Public
  broadcaster NHK, citing local police, put ...", "The National Disaster Management Authority
  put ...", "Catastrophe modeler Verisk estimated", "The Environment Agency issued", rows
  without attribution and all negatives, also those with a named speaker.
- Negatives, with no figure in any of them: quoted fear, shock and grief of residents, a
  farmer, a mother, a survivor, relatives, a plantation worker, a shopkeeper, a union leader,
  a works manager and a company chief (also with a named speaker, ninety-eighth); condolences
  and sympathy ("Österreichs Bundespräsident sprach ... sein tiefes Mitgefühl aus", "Die
  Landesregierung sprach den Familien der Getöteten ihr Mitgefühl aus", "Die Gedanken seien
  bei den Familien der Verunglückten, ...", "Our hearts go out to everyone affected ...", "The
  prime minister said he was deeply pained ...", "The king and queen sent their condolences
  ...", as "sprach ... Beileid aus" in earlier batches); prayers ("Der Papst versicherte ...
  seine Nähe und sein Gebet.", „Möge Gott unserem Volk beistehen“, ""Please keep Terrebonne
  in your prayers tonight,"", ""We ask everyone to pray for the people of Isabela,""); appeals
  and advice, also with a body as their source ("Die Behörden baten Schaulustige ...", "Die
  Gemeinde bittet die Bevölkerung ...", "Die Bergrettung appelliert ...", "Die Polizei rät
  dringend davon ab ...", "Authorities urged residents ...", "If you are in a flooded area,
  ...", "Drivers were told not to attempt ...", forty-seventh and eighty-first); a warning
  in quotes without a figure („Die Verhältnisse sind derzeit extrem trügerisch“); fears of a
  rising toll; open questions ("Ob unter den Trümmern noch Menschen am Leben sind, ...", "Wie
  lange die Aufräumarbeiten dauern werden, ...", "It remains unclear how many homes ...");
  commentary ("Der Klimawandel macht solche Feuer längst zur neuen Normalität."); rhetoric
  ("stood shoulder to shoulder with the people of the Grampians"); scene colour (floating oil
  tanks, a smoke veil over Kalamata, relatives digging by hand, shrimp boats on a highway, ash
  like snow, sandbags in Tenbury Wells, families at a mine gate, residents wading with
  chickens); the caveat on unverified figures ("Die Angaben der Behörden ließen sich
  zunächst nicht unabhängig überprüfen.", thirty-second).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_99 = [
    # --- Erdbeben in den Abruzzen (APA/AFP, dpa) ---
    ("de", "Rom (APA/AFP) - Ein schweres Erdbeben hat in der Nacht auf Mittwoch die italienische Region Abruzzen erschüttert, der Zivilschutz meldete am Morgen mindestens 14 Tote und mehr als 60 Verletzte.", True, [("count", 14, None, "at_least"), ("count", 60, None, "over")], None),
    ("de", "Das Beben der Stärke 5,9 ereignete sich um 3.17 Uhr Ortszeit in einer Tiefe von rund neun Kilometern.", True, [("count", 5.9, None, None), ("count", 9, None, "about")], None),
    ("de", "Das Epizentrum lag etwa zwölf Kilometer nordwestlich von Sulmona.", True, [("count", 12, None, "about")], None),
    ("de", "Bis zum Mittag registrierten die Seismologen mehr als 120 Nachbeben, das stärkste mit einer Magnitude von 4,6.", True, [("count", 120, None, "over"), ("count", 4.6, None, None)], None),
    ("de", "Am Nachmittag stieg die Zahl der Toten nach Angaben des Zivilschutzes auf 19, die Zahl der Vermissten wurde mit 23 angegeben.", True, [("count", 19, None, None), ("count", 23, None, None)], "der Zivilschutz"),
    ("de", "Die Regionalregierung sprach am Abend von 22 Toten, während örtliche Medien bereits mindestens 26 Opfer meldeten.", True, [("count", 22, None, None), ("count", 26, None, "at_least")], None),
    ("de", "Die Präfektur rechnet damit, dass die Bilanz auf bis zu 30 Tote steigen könnte.", True, [("count", 30, None, "up_to")], None),
    ("de", "In der Altstadt von Castel di Sangro stürzten mindestens 40 Gebäude ganz oder teilweise ein, darunter ein Glockenturm aus dem 14. Jahrhundert.", True, [("count", 40, None, "at_least"), ("ordinal", 14, None, None)], None),
    ("de", "„Mehr als die Hälfte der Häuser im Zentrum ist unbewohnbar“, sagte Bürgermeister Franco Di Stefano.", True, [("fraction", 0.5, None, "over")], "Franco Di Stefano"),
    ("de", "Rund 3.400 Menschen verbrachten die Nacht in Zelten, Turnhallen und Autos.", True, [("count", 3400, None, "about")], None),
    ("de", "Die Feuerwehr barg bis zum Abend elf Menschen lebend aus den Trümmern, zuletzt eine 71-jährige Frau nach fast 16 Stunden.", True, [("count", 11, None, None), ("duration", 71, "year", None), ("duration", 16, "hour", "nearly")], None),
    ("de", "Es ist das dritte schwere Beben in der Region seit 2009.", True, [("ordinal", 3, None, None), ("year", 2009, None, None)], None),
    ("de", "Die Regierung in Rom rief für die Provinz L'Aquila für zwölf Monate den Notstand aus und gab 20 Millionen Euro Soforthilfe frei.", True, [("duration", 12, "month", None), ("money", 20000000, "EUR", None)], None),
    ("de", "Den Schaden beziffert der Zivilschutz nach einer ersten Schätzung auf mehr als 1,2 Milliarden Euro.", True, [("ordinal", 1, None, None), ("money", 1200000000, "EUR", "over")], None),
    ("de", "Die EU-Kommission sagte Italien Mittel aus dem Solidaritätsfonds zu.", True, [], None),
    ("de", "„Es war, als würde die Erde unter uns brüllen“, sagte eine Bewohnerin von Castel di Sangro.", False, [], None),
    ("de", "„Wir haben alles verloren, unser Haus, unsere Erinnerungen, einfach alles“, sagte ein Landwirt unter Tränen.", False, [], None),
    ("de", "Der Papst versicherte den Menschen in den Abruzzen in einem Telegramm seine Nähe und sein Gebet.", False, [], None),
    ("de", "Österreichs Bundespräsident sprach dem italienischen Volk sein tiefes Mitgefühl aus.", False, [], None),
    ("de", "Ob unter den Trümmern noch Menschen am Leben sind, ist ungewiss.", False, [], None),
    # --- Hochwasser in Niederösterreich (APA) ---
    ("de", "St. Pölten (APA) - Nach tagelangem Dauerregen hat das Land Niederösterreich seit Sonntag in 24 Gemeinden den Katastrophenfall ausgerufen.", True, [("count", 24, None, None)], None),
    ("de", "Binnen 72 Stunden fielen an der Messstelle Lilienfeld 286 Liter Regen pro Quadratmeter, teilte die Geosphere Austria mit.", True, [("duration", 72, "hour", None), ("count", 286, None, None)], "die Geosphere Austria"),
    ("de", "Das ist mehr als das Doppelte der Menge, die dort sonst im ganzen September fällt.", True, [("count", 2, "times", "over")], None),
    ("de", "Der Pegel der Traisen erreichte in St. Pölten am Montagmorgen 4,82 Meter, der Mittelwasserstand liegt bei rund 60 Zentimetern.", True, [("count", 4.82, None, None), ("count", 60, None, "about")], None),
    ("de", "Für Krems erwartet der Hydrografische Dienst am Dienstag einen Scheitel der Donau von 8,90 Metern.", True, [("count", 8.9, None, None)], None),
    ("de", "Die zweite Flutwelle soll Wien nach Angaben der Stadt in der Nacht auf Mittwoch erreichen.", True, [("ordinal", 2, None, None)], "die Stadt"),
    ("de", "Mehr als 1.100 Häuser wurden evakuiert, rund 2.600 Menschen kamen in Notquartieren unter.", True, [("count", 1100, None, "over"), ("count", 2600, None, "about")], None),
    ("de", "Zwei Feuerwehrmänner kamen ums Leben, als ihr Fahrzeug in Rust im Tullnerfeld von den Fluten mitgerissen wurde.", True, [("count", 2, None, None)], None),
    ("de", "Die Zahl der Toten in Niederösterreich stieg damit auf vier, teilte die Landespolizeidirektion mit.", True, [("count", 4, None, None)], "die Landespolizeidirektion"),
    ("de", "Ein 81-jähriger Mann aus Pottenbrunn wird seit Sonntagabend vermisst.", True, [("duration", 81, "year", None)], None),
    ("de", "Seit drei Tagen sind nach Angaben des Landesfeuerwehrkommandos mehr als 9.000 Feuerwehrleute im Dauereinsatz.", True, [("duration", 3, "day", None), ("count", 9000, None, "over")], "das Landesfeuerwehrkommando"),
    ("de", "Allein am Montag habe es mehr als 3.400 Einsätze gegeben, sagte Landesfeuerwehrkommandant Anton Pichlhofer.", True, [("count", 3400, None, "over")], "Anton Pichlhofer"),
    ("de", "Das Bundesheer stellte 1.200 Soldaten und zehn Hubschrauber ab.", True, [("count", 1200, None, None), ("count", 10, None, None)], None),
    ("de", "Bei Zwentendorf brach am Montagnachmittag auf einer Länge von etwa 50 Metern ein Damm.", True, [("count", 50, None, "about")], None),
    ("de", "Die Landesregierung beziffert die Schäden vorläufig auf 450 bis 600 Millionen Euro.", True, [("money", 450000000, "EUR", None), ("money", 600000000, "EUR", None)], None),
    ("de", "Der Bund stockt den Katastrophenfonds um 300 Millionen Euro auf, kündigte Finanzminister Lukas Brandhuber an.", True, [("money", 300000000, "EUR", None)], None),
    ("de", "Betroffene Haushalte sollen bis zu 20 Prozent des Schadens ersetzt bekommen, in Härtefällen bis zu 50 Prozent.", True, [("percent", 20, "%", "up_to"), ("percent", 50, "%", "up_to")], None),
    ("de", "„Das Wasser kam so schnell, wir konnten nur noch die Kinder packen und laufen“, erzählte eine Mutter in Rust.", False, [], None),
    ("de", "Die Behörden baten Schaulustige eindringlich, den Dämmen fernzubleiben.", False, [], None),
    ("de", "Durch die Gassen von Rust treiben Heizöltanks, Gartenmöbel und tote Fische.", False, [], None),
    # --- Murgang im Wallis (Keystone-SDA) ---
    ("de", "Sitten (Keystone-SDA) - Ein Murgang hat in der Nacht auf Samstag im Val d'Anniviers drei Wohnhäuser und eine Scheune verschüttet.", True, [("count", 3, None, None)], None),
    ("de", "Zwei Personen werden vermisst, wie die Kantonspolizei Wallis mitteilte.", True, [("count", 2, None, None)], "die Kantonspolizei Wallis"),
    ("de", "Innert 24 Stunden waren im Gebiet bis zu 140 Millimeter Regen gefallen.", True, [("duration", 24, "hour", None), ("count", 140, None, "up_to")], None),
    ("de", "Die Schlamm- und Gerölllawine war nach ersten Schätzungen rund 300 Meter breit.", True, [("count", 300, None, "about")], None),
    ("de", "Rund 180 Bewohnerinnen und Bewohner der Weiler Mayoux und Pinsec mussten ihre Häuser verlassen.", True, [("count", 180, None, "about")], None),
    ("de", "Die Armee schickte zwei Helikopter und 60 Angehörige eines Katastrophenhilfe-Bataillons ins Tal.", True, [("count", 2, None, None), ("count", 60, None, None)], None),
    ("de", "Die Suche nach den Vermissten, einem 54-jährigen Mann und seiner 49-jährigen Frau, wurde am Sonntagabend nach 36 Stunden vorerst unterbrochen.", True, [("duration", 54, "year", None), ("duration", 49, "year", None), ("duration", 36, "hour", None)], None),
    ("de", "Es ist bereits der zweite grosse Murgang im Wallis in diesem Sommer.", True, [("ordinal", 2, None, None)], None),
    ("de", "Der Kanton beziffert die Schäden auf mindestens 35 Millionen Franken.", True, [("money", 35000000, "CHF", "at_least")], None),
    ("de", "Die Glückskette eröffnete ein Spendenkonto, bis Montagmittag kamen 2,4 Millionen Franken zusammen.", True, [("money", 2400000, "CHF", None)], None),
    ("de", "«Wir haben gehört, wie der Berg kam, ein Grollen wie von einem Güterzug», sagte ein Anwohner.", False, [], None),
    ("de", "Die Gemeinde bittet die Bevölkerung, auf unnötige Fahrten ins Tal zu verzichten.", False, [], None),
    # --- Waldbrand auf dem Peloponnes (dpa) ---
    ("de", "Athen (dpa) - Ein außer Kontrolle geratener Waldbrand hat auf der Halbinsel Peloponnes seit Montag mehr als 11.000 Hektar Wald und Buschland zerstört.", True, [("count", 11000, None, "over")], None),
    ("de", "Starke Winde mit Böen von bis zu 85 Kilometern pro Stunde fachten die Flammen immer wieder an.", True, [("count", 85, None, "up_to")], None),
    ("de", "Die Behörden ordneten die Evakuierung von 17 Dörfern an.", True, [("count", 17, None, None)], None),
    ("de", "Zwei Menschen kamen in den Flammen ums Leben, ein 76-jähriger Hirte und eine Touristin aus den Niederlanden.", True, [("count", 2, None, None), ("duration", 76, "year", None)], None),
    ("de", "Nach Angaben der Feuerwehr kämpften am Mittwoch rund 580 Einsatzkräfte mit 19 Löschflugzeugen und Hubschraubern gegen das Feuer.", True, [("count", 580, None, "about"), ("count", 19, None, None)], "die Feuerwehr"),
    ("de", "Es ist bereits der dritte Großbrand in Griechenland in diesem Monat.", True, [("ordinal", 3, None, None)], None),
    ("de", "Über das EU-Katastrophenschutzverfahren schickten Italien und Frankreich vier Löschflugzeuge.", True, [("count", 4, None, None)], None),
    ("de", "Die Regierung kündigte Entschädigungen von bis zu 8.000 Euro pro Haushalt an.", True, [("money", 8000, "EUR", "up_to")], None),
    ("de", "Ein Mann wurde festgenommen, er soll das Feuer beim Verbrennen von Gartenabfällen ausgelöst haben.", True, [], None),
    ("de", "„Wir sahen die Flammen über den Hügel kommen und sind nur noch gerannt“, sagte eine Frau aus dem Dorf Krestena.", False, [], None),
    ("de", "Über Kalamata hing den ganzen Tag ein orangefarbener Rauchschleier.", False, [], None),
    ("de", "Der Klimawandel macht solche Feuer längst zur neuen Normalität.", False, [], None),
    # --- Lawine im Sellraintal (APA) ---
    ("de", "Innsbruck (APA) - Drei Skitourengeher aus Deutschland sind am Samstag im Tiroler Sellraintal von einer Lawine verschüttet und getötet worden.", True, [("count", 3, None, None)], None),
    ("de", "Die Gruppe war auf etwa 2.600 Metern Seehöhe von einem rund 400 Meter breiten Schneebrett erfasst worden, teilte die Polizei mit.", True, [("count", 2600, None, "about"), ("count", 400, None, "about")], "die Polizei"),
    ("de", "Ein vierter Tourengeher, ein 29-Jähriger, konnte sich selbst befreien und setzte den Notruf ab.", True, [("ordinal", 4, None, None), ("duration", 29, "year", None)], None),
    ("de", "Die Verschütteten wurden nach rund 50 Minuten aus bis zu zwei Metern Tiefe geborgen.", True, [("duration", 50, "minute", "about"), ("count", 2, None, "up_to")], None),
    ("de", "Im Einsatz standen zwei Notarzthubschrauber, 32 Bergretter und zwei Lawinenhunde.", True, [("count", 2, None, None), ("count", 32, None, None), ("count", 2, None, None)], None),
    ("de", "Der Lawinenwarndienst hatte für Lagen oberhalb von 2.200 Metern die Gefahrenstufe 3 auf der fünfteiligen Skala ausgegeben.", True, [("count", 2200, None, None), ("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Damit sind in Tirol in diesem Winter bereits 14 Menschen unter Lawinen gestorben.", True, [("count", 14, None, None)], None),
    ("de", "Es war das dritte tödliche Lawinenunglück im Land binnen einer Woche.", True, [("ordinal", 3, None, None)], None),
    ("de", "„Die Verhältnisse sind derzeit extrem trügerisch“, warnte der Leiter der örtlichen Bergrettung.", False, [], None),
    ("de", "Die Bergrettung appelliert an alle Tourengeher, den Lawinenlagebericht ernst zu nehmen.", False, [], None),
    ("de", "Die Gedanken seien bei den Familien der Verunglückten, sagte der Bürgermeister von Gries im Sellrain.", False, [], None),
    # --- Explosion im Chemiepark Marl (dpa) ---
    ("de", "Marl (dpa) - Bei einer Explosion im Chemiepark des Unternehmens Halberg Chemie in Marl sind am Dienstagmorgen zwei Arbeiter getötet und 17 weitere verletzt worden.", True, [("count", 2, None, None), ("count", 17, None, None)], None),
    ("de", "Fünf der Verletzten schweben nach Angaben der Feuerwehr in Lebensgefahr.", True, [("count", 5, None, None)], "die Feuerwehr"),
    ("de", "Die Detonation ereignete sich gegen 6.40 Uhr in einer Anlage zur Herstellung von Kunststoffvorprodukten, teilte das Unternehmen mit.", True, [], "das Unternehmen"),
    ("de", "Über die Warn-App Nina wurden Anwohner in einem Umkreis von fünf Kilometern aufgefordert, Fenster und Türen geschlossen zu halten.", True, [("count", 5, None, None)], None),
    ("de", "Rund 250 Einsatzkräfte von Feuerwehr, Rettungsdienst und THW waren vor Ort.", True, [("count", 250, None, "about")], None),
    ("de", "Erst nach knapp sieben Stunden war der Brand gelöscht.", True, [("duration", 7, "hour", "nearly")], None),
    ("de", "Messungen ergaben nach Angaben des Kreises keine erhöhten Schadstoffwerte in der Luft.", True, [], None),
    ("de", "Die Staatsanwaltschaft Essen hat ein Ermittlungsverfahren wegen fahrlässiger Tötung eingeleitet.", True, [], None),
    ("de", "Es ist der zweite schwere Unfall im Chemiepark binnen drei Jahren.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Den Sachschaden schätzt das Unternehmen auf einen dreistelligen Millionenbetrag.", True, [], None),
    ("de", "„Wir sind zutiefst erschüttert und trauern um unsere Kollegen“, sagte Werksleiter Thomas Reuschel.", False, [], None),
    ("de", "Die Landesregierung sprach den Familien der Getöteten ihr Mitgefühl aus.", False, [], None),
    # --- Sturmtief an der Küste (dpa) ---
    ("de", "Hamburg (dpa) - Sturmtief „Yvette“ hat in Norddeutschland mindestens drei Menschen das Leben gekostet.", True, [("count", 3, None, "at_least")], None),
    ("de", "Auf Helgoland maß der Deutsche Wetterdienst Orkanböen von 151 Kilometern pro Stunde, in Hamburg bis zu 118 km/h.", True, [("count", 151, None, None), ("count", 118, None, "up_to")], None),
    ("de", "Orkanböen dieser Stärke habe es im Flachland zuletzt 2013 gegeben, sagte DWD-Meteorologin Katrin Seewald.", True, [("year", 2013, None, None)], "Katrin Seewald"),
    ("de", "In Bremen starb ein 58-jähriger Autofahrer, als ein Baum auf seinen Wagen stürzte, teilte die Polizei mit.", True, [("duration", 58, "year", None)], "die Polizei"),
    ("de", "Die Deutsche Bahn stellte den Fernverkehr in Schleswig-Holstein, Hamburg und Niedersachsen für rund 14 Stunden ein.", True, [("duration", 14, "hour", "about")], None),
    ("de", "Rund 65.000 Haushalte hatten stundenweise keinen Strom, wie der Netzbetreiber Schleswig-Holstein Netz mitteilte.", True, [("count", 65000, None, "about")], None),
    ("de", "Der Pegel St. Pauli erreichte am Abend 3,25 Meter über dem mittleren Hochwasser.", True, [("count", 3.25, None, None)], None),
    ("de", "Der Gesamtverband der Versicherer rechnet mit versicherten Schäden von rund 400 Millionen Euro.", True, [("money", 400000000, "EUR", "about")], None),
    ("de", "„Das ganze Haus hat gewackelt, wir haben kein Auge zugemacht“, sagte eine Anwohnerin in Cuxhaven.", False, [], None),
    ("de", "Die Polizei rät dringend davon ab, Wälder und Parks zu betreten.", False, [], None),
    ("de", "Wie lange die Aufräumarbeiten dauern werden, ist noch offen.", False, [], None),
    # --- Monsun in Nepal (APA/AFP) ---
    ("de", "Kathmandu (APA/AFP) - Nach heftigen Monsunregen ist die Zahl der Toten bei Erdrutschen und Überschwemmungen in Nepal auf mindestens 112 gestiegen.", True, [("count", 112, None, "at_least")], None),
    ("de", "Die Zahl der Vermissten ist nach Angaben der Polizei auf 30 gestiegen.", True, [("count", 30, None, None)], "die Polizei"),
    ("de", "Am Vortag hatten die Behörden noch von 78 Toten und 41 Vermissten gesprochen.", True, [("count", 78, None, None), ("count", 41, None, None)], None),
    ("de", "Das Innenministerium korrigierte die Zahl der Verletzten von 96 auf 143 nach oben.", True, [("count", 96, None, None), ("count", 143, None, None)], None),
    ("de", "Die nationale Katastrophenschutzbehörde sprach dagegen von 104 bestätigten Todesopfern.", True, [("count", 104, None, None)], None),
    ("de", "Im Bezirk Sindhupalchok begrub ein Erdrutsch am Dienstag ein ganzes Dorf mit 37 Häusern unter sich.", True, [("count", 37, None, None)], None),
    ("de", "Nach Schätzungen des Roten Kreuzes könnten dort noch bis zu 60 Menschen unter den Schlammmassen liegen.", True, [("count", 60, None, "up_to")], "das Rote Kreuz"),
    ("de", "Im Kathmandu-Tal fielen binnen 24 Stunden 239 Millimeter Regen, so viel wie seit 2002 nicht mehr.", True, [("duration", 24, "hour", None), ("count", 239, None, None), ("year", 2002, None, None)], None),
    ("de", "Rund 3.000 Soldaten und Polizisten sind an den Rettungsarbeiten beteiligt.", True, [("count", 3000, None, "about")], None),
    ("de", "Die Schweiz stellt 1,5 Millionen Franken für Nothilfe bereit, Indien schickte zwei Transportflugzeuge mit 40 Tonnen Hilfsgütern.", True, [("money", 1500000, "CHF", None), ("count", 2, None, None), ("count", 40, None, None)], None),
    ("de", "Die Regierung ordnete eine dreitägige Staatstrauer an.", True, [("duration", 3, "day", None)], None),
    ("de", "„Meine Schwester und ihre Kinder liegen irgendwo unter diesem Schlamm“, sagte ein Mann an der Unglücksstelle.", False, [], None),
    ("de", "Angehörige gruben mit bloßen Händen im Schlamm, viele weinten.", False, [], None),
    ("de", "Die Angaben der Behörden ließen sich zunächst nicht unabhängig überprüfen.", False, [], None),
    # --- Erdbeben in der Westtürkei (dpa) ---
    ("de", "Istanbul (dpa) - Ein Erdbeben der Stärke 6,1 hat am Sonntagabend die westtürkische Provinz Balıkesir erschüttert.", True, [("count", 6.1, None, None)], None),
    ("de", "Nach Angaben der Katastrophenschutzbehörde Afad kam ein 67 Jahre alter Mann ums Leben, 29 Menschen wurden verletzt.", True, [("duration", 67, "year", None), ("count", 29, None, None)], None),
    ("de", "16 Gebäude stürzten ein, die meisten von ihnen waren bereits bei einem Beben im August beschädigt worden.", True, [("count", 16, None, None)], None),
    ("de", "Die Afad zählte bis Montagfrüh 148 Nachbeben.", True, [("count", 148, None, None)], None),
    ("de", "Für den Wiederaufbau hat das Umweltministerium 2,5 Milliarden Lira veranschlagt.", True, [("money", 2500000000, "TRY", None)], None),
    ("de", "„Möge Gott unserem Volk beistehen“, schrieb der Gouverneur auf X.", False, [], None),
    # --- Earthquake off northeastern Japan (Reuters) ---
    ("en", "TOKYO, Jan 9 (Reuters) - A magnitude 6.8 earthquake shook Japan's northeastern coast on Friday, killing at least seven people and triggering a tsunami advisory, authorities said.", True, [("date", "--01-09", None, None), ("count", 6.8, None, None), ("count", 7, None, "at_least")], None),
    ("en", "The quake hit at 4:12 a.m. local time at a depth of about 40 km (25 miles), the Japan Meteorological Agency said.", True, [("count", 40, None, "about"), ("count", 25, None, None)], "the Japan Meteorological Agency"),
    ("en", "Waves of up to 40 cm (16 inches) reached the port of Kuji about 30 minutes after the shock.", True, [("count", 40, None, "up_to"), ("count", 16, None, None), ("duration", 30, "minute", "about")], None),
    ("en", "It was the third quake in a week of magnitude 6 or greater off the Sanriku coast.", True, [("ordinal", 3, None, None), ("count", 6, None, None)], None),
    ("en", "By evening the death toll had risen to 11, with 164 people injured and four missing, the Fire and Disaster Management Agency said.", True, [("count", 11, None, None), ("count", 164, None, None), ("count", 4, None, None)], "the Fire and Disaster Management Agency"),
    ("en", "Public broadcaster NHK, citing local police, put the number of dead at 13.", True, [("count", 13, None, None)], None),
    ("en", "More than 38,000 households in Iwate and Aomori prefectures lost power, Tohoku Electric Power said.", True, [("count", 38000, None, "over")], "Tohoku Electric Power"),
    ("en", "Nearly 9,500 people spent the night in evacuation centres.", True, [("count", 9500, None, "nearly")], None),
    ("en", "Bullet train services between Sendai and Shin-Aomori were suspended for more than six hours.", True, [("duration", 6, "hour", "over")], None),
    ("en", "The agency recorded 87 aftershocks in the first 24 hours, the strongest of them a magnitude 5.4.", True, [("count", 87, None, None), ("ordinal", 1, None, None), ("duration", 24, "hour", None), ("count", 5.4, None, None)], None),
    ("en", "No abnormalities were detected at the Onagawa nuclear plant, its operator said.", True, [], None),
    ("en", "The government set up an emergency task force and dispatched about 2,000 Self-Defense Forces troops.", True, [("count", 2000, None, "about")], None),
    ("en", "Economists at a Tokyo think tank put the initial damage at 420 billion yen ($2.7 billion).", True, [("money", 420000000000, "JPY", None), ("money", 2700000000, "USD", None)], None),
    ("en", "An earthquake on the Noto peninsula on Jan. 1, 2024, killed more than 500 people, including disaster-related deaths.", True, [("date", "2024-01-01", None, None), ("count", 500, None, "over")], None),
    ("en", "\"The house was swaying so hard I couldn't stand up,\" a resident of Kuji told NHK.", False, [], None),
    ("en", "Our hearts go out to everyone affected in Iwate and Aomori, the U.S. ambassador wrote on X.", False, [], None),
    ("en", "Authorities urged residents to keep away from the coast and brace for further strong shaking.", False, [], None),
    ("en", "It remains unclear how many homes were damaged in remote fishing villages.", False, [], None),
    # --- Hurricane Celia (AP) ---
    ("en", "NEW ORLEANS (AP) — Hurricane Celia slammed into the Louisiana coast as a Category 4 storm early Thursday, with maximum sustained winds of 140 mph (225 km/h), the National Hurricane Center said.", True, [("count", 4, None, None), ("count", 140, None, None), ("count", 225, None, None)], "the National Hurricane Center"),
    ("en", "Forecasters had predicted a surge of up to 15 feet (4.6 meters) in parts of Terrebonne Parish.", True, [("count", 15, None, "up_to"), ("count", 4.6, None, None)], None),
    ("en", "Some coastal towns recorded more than 18 inches of rain in 24 hours.", True, [("count", 18, None, "over"), ("duration", 24, "hour", None)], None),
    ("en", "At least nine people were killed, including a 6-year-old girl struck by a falling tree in Baton Rouge, state health officials said.", True, [("count", 9, None, "at_least"), ("duration", 6, "year", None)], None),
    ("en", "Gov. Denise Arceneaux said she feared the toll would climb once crews reached flooded neighborhoods.", False, [], None),
    ("en", "About 60% of homes in Houma suffered roof damage, Terrebonne Parish President Jason Melancon told reporters.", True, [("percent", 60, "%", "about")], "Jason Melancon"),
    ("en", "More than 870,000 homes and businesses were without power Thursday evening, according to PowerOutage.us.", True, [("count", 870000, None, "over")], "PowerOutage.us"),
    ("en", "Entergy said full restoration could take up to three weeks in the hardest-hit parishes.", True, [("duration", 3, "week", "up_to")], "Entergy"),
    ("en", "Coast Guard crews rescued 214 people from rooftops and flooded cars overnight, the agency said.", True, [("count", 214, None, None)], "the agency"),
    ("en", "Celia is the second major hurricane to hit Louisiana this season and the fifth named storm to make U.S. landfall.", True, [("ordinal", 2, None, None), ("ordinal", 5, None, None)], None),
    ("en", "The storm weakened to a Category 1 hurricane by Thursday afternoon as it moved inland over Mississippi.", True, [("count", 1, None, None)], None),
    ("en", "The White House signed off on a disaster declaration for 22 parishes, freeing federal money for recovery.", True, [("count", 22, None, None)], None),
    ("en", "FEMA said it had pre-positioned 1.2 million liters of water and 900,000 meals in Alexandria.", True, [("count", 1200000, None, None), ("count", 900000, None, None)], "FEMA"),
    ("en", "Catastrophe modeler Verisk estimated insured losses at between $8 billion and $12 billion.", True, [("money", 8000000000, "USD", None), ("money", 12000000000, "USD", None)], None),
    ("en", "\"We rode it out in the attic, praying the roof would hold,\" said Marcus Thibodeaux of Houma.", False, [], None),
    ("en", "Shrimp boats lay tossed across the highway like toys, and the smell of diesel hung over the marsh.", False, [], None),
    ("en", "If you are in a flooded area, stay where you are and call for help; do not try to wade through the water.", False, [], None),
    ("en", "\"Please keep Terrebonne in your prayers tonight,\" the parish president wrote on Facebook.", False, [], None),
    # --- Sulphur Fire near Ventura (AP) ---
    ("en", "LOS ANGELES (AP) — A wind-driven wildfire in the hills above Ventura has burned more than 32,000 acres and destroyed at least 240 structures, Cal Fire said Tuesday.", True, [("count", 32000, None, "over"), ("count", 240, None, "at_least")], "Cal Fire"),
    ("en", "The Sulphur Fire was 12% contained on Tuesday evening.", True, [("percent", 12, "%", None)], None),
    ("en", "Santa Ana gusts topped 70 mph overnight, grounding water-dropping aircraft for hours.", True, [("count", 70, None, None)], None),
    ("en", "More than 48,000 residents were under evacuation orders, and another 30,000 were warned to be ready to leave.", True, [("count", 48000, None, "over"), ("count", 30000, None, None)], None),
    ("en", "Two firefighters suffered minor burns; no deaths have been reported.", True, [("count", 2, None, None)], None),
    ("en", "Nearly 3,100 firefighters, 310 engines and 24 helicopters were assigned to the blaze.", True, [("count", 3100, None, "nearly"), ("count", 310, None, None), ("count", 24, None, None)], None),
    ("en", "It is the fourth fire of more than 10,000 acres in Southern California since January.", True, [("ordinal", 4, None, None), ("count", 10000, None, "over")], None),
    ("en", "Investigators are still working to establish what sparked the blaze.", True, [], None),
    ("en", "\"You just grab the dog and the photo albums and go,\" said Lena Ortiz, who fled her home in Ojai.", False, [], None),
    ("en", "Ash fell like snow on parked cars in downtown Ventura.", False, [], None),
    # --- Grampians bushfires (AAP) ---
    ("en", "MELBOURNE, Dec 28 (AAP) - Bushfires in Victoria's Grampians have burned through more than 76,000 hectares and destroyed 34 homes.", True, [("date", "--12-28", None, None), ("count", 76000, None, "over"), ("count", 34, None, None)], None),
    ("en", "An emergency warning remains in place for Halls Gap, the Country Fire Authority said.", True, [], "the Country Fire Authority"),
    ("en", "Temperatures reached 44.6C in Horsham, with wind gusts of up to 90km/h.", True, [("count", 44.6, None, None), ("count", 90, None, "up_to")], None),
    ("en", "The federal government will make disaster recovery payments of A$1,000 per adult and A$400 per child.", True, [("money", 1000, "AUD", None), ("money", 400, "AUD", None)], None),
    ("en", "The premier said the whole state stood shoulder to shoulder with the people of the Grampians.", False, [], None),
    # --- Storm Imogen floods (PA) ---
    ("en", "LONDON (PA) - More than 240 flood warnings were in force across England on Monday after Storm Imogen brought a month's rain in two days.", True, [("count", 240, None, "over"), ("duration", 2, "day", None)], None),
    ("en", "The Environment Agency issued three severe flood warnings, meaning danger to life, along the River Severn.", True, [("count", 3, None, None)], None),
    ("en", "The Severn at Bewdley peaked at 5.6 metres on Sunday night, just short of the record set in 2000.", True, [("count", 5.6, None, None), ("year", 2000, None, None)], None),
    ("en", "Some 142mm of rain fell at Capel Curig in Snowdonia in 48 hours, the Met Office said.", True, [("count", 142, None, "about"), ("duration", 48, "hour", None)], "the Met Office"),
    ("en", "Two people died after their car was swept off a ford in Herefordshire, West Mercia Police said.", True, [("count", 2, None, None)], "West Mercia Police"),
    ("en", "A man in his 70s is still missing after falling into the River Wye at Hay-on-Wye.", True, [], None),
    ("en", "The search for him was scaled back after 36 hours on Monday afternoon.", True, [("duration", 36, "hour", None)], None),
    ("en", "Around 1,700 homes have been flooded, according to the Environment Agency.", True, [("count", 1700, None, "about")], "the Environment Agency"),
    ("en", "Network Rail said the West Coast Main Line would stay shut between Crewe and Stafford until at least Wednesday.", True, [], "Network Rail"),
    ("en", "Under the government's flood recovery scheme, households can claim £500 and businesses up to £2,500.", True, [("money", 500, "GBP", None), ("money", 2500, "GBP", "up_to")], None),
    ("en", "The Association of British Insurers said claims could exceed £300 million.", True, [("money", 300000000, "GBP", None)], "the Association of British Insurers"),
    ("en", "It is the third time in five years that the temporary barriers at Bewdley have been overtopped.", True, [("ordinal", 3, None, None), ("duration", 5, "year", None)], None),
    ("en", "\"It's heartbreaking, we'd only just got the carpets back down from last time,\" said pub landlady Jo Pritchard.", False, [], None),
    ("en", "Drivers were told not to attempt to cross flooded roads.", False, [], None),
    ("en", "Sandbags were piled against the doorways of Tenbury Wells, and the town fell quiet.", False, [], None),
    # --- Landslides in Kerala (Reuters) ---
    ("en", "NEW DELHI, Aug 4 (Reuters) - The death toll from landslides in India's southern state of Kerala rose to 212 on Sunday, with more than 190 people still missing, state officials said.", True, [("date", "--08-04", None, None), ("count", 212, None, None), ("count", 190, None, "over")], None),
    ("en", "The toll had stood at 180 on Saturday evening, the state revenue minister said.", True, [("count", 180, None, None)], None),
    ("en", "The National Disaster Management Authority put the number of dead at 198, citing figures from district hospitals.", True, [("count", 198, None, None)], None),
    ("en", "Rescuers pulled a 4-year-old boy alive from the debris on the fourth day of the search.", True, [("duration", 4, "year", None), ("ordinal", 4, None, None)], None),
    ("en", "Some 1,400 rescuers, including army engineers and sniffer dog teams, are combing an area of about 8 square kilometres.", True, [("count", 1400, None, "about"), ("count", 8, None, "about")], None),
    ("en", "The Wayanad district received 572 mm of rain in 48 hours, the India Meteorological Department said.", True, [("count", 572, None, None), ("duration", 48, "hour", None)], "the India Meteorological Department"),
    ("en", "More than 9,000 people are staying in 82 relief camps.", True, [("count", 9000, None, "over"), ("count", 82, None, None)], None),
    ("en", "The army built a 58-metre Bailey bridge in 30 hours to reach cut-off villages.", True, [("count", 58, None, None), ("duration", 30, "hour", None)], None),
    ("en", "The state government has sought Rs 2,000 crore in central assistance.", True, [("money", 20000000000, "INR", None)], None),
    ("en", "Kerala lost nearly 500 people in floods in 2018, the state's worst disaster in a century.", True, [("count", 500, None, "nearly"), ("year", 2018, None, None)], None),
    ("en", "\"I searched all night, calling their names, but nobody answered,\" said a plantation worker at a relief camp.", False, [], None),
    ("en", "The prime minister said he was deeply pained by the loss of lives.", False, [], None),
    ("en", "More rain is expected, and officials fear further slopes could give way.", False, [], None),
    # --- Gold mine collapse (Reuters) ---
    ("en", "JOHANNESBURG, May 14 (Reuters) - Rescuers on Wednesday recovered the bodies of 11 miners after a 36-hour search at a collapsed gold mine west of Johannesburg, the company said.", True, [("date", "--05-14", None, None), ("count", 11, None, None), ("duration", 36, "hour", None)], "the company"),
    ("en", "Fourteen other workers were brought to the surface alive, three of them in a serious condition.", True, [("count", 14, None, None), ("count", 3, None, None)], None),
    ("en", "The rockfall occurred about 1,800 metres underground after a seismic event of magnitude 2.9, the Council for Geoscience said.", True, [("count", 1800, None, "about"), ("count", 2.9, None, None)], "the Council for Geoscience"),
    ("en", "Seventy-eight miners were underground at the time of the accident.", True, [("count", 78, None, None)], None),
    ("en", "The mine, operated by Krugerhoek Gold, halted production at all three of its shafts.", True, [("count", 3, None, None)], None),
    ("en", "It is the second fatal accident at the mine this year after two workers died in a fall in February.", True, [("ordinal", 2, None, None), ("count", 2, None, None)], None),
    ("en", "The number of people killed in South African mines dropped to 42 in 2024, according to the Minerals Council.", True, [("count", 42, None, None), ("year", 2024, None, None)], "the Minerals Council"),
    ("en", "\"We have lost brothers today,\" union leader Sipho Mkhize said outside the mine gate.", False, [], None),
    ("en", "Families waited through the night at the gate, some wrapped in blankets.", False, [], None),
    # --- Typhoon Dindo (AFP) ---
    ("en", "MANILA (AFP) - Typhoon Dindo killed at least 26 people and forced more than 410,000 to flee their homes in the northern Philippines, the civil defence office said Monday.", True, [("count", 26, None, "at_least"), ("count", 410000, None, "over")], None),
    ("en", "The storm came ashore in Isabela province with gusts of up to 230 km/h, its sustained winds reaching 185 km/h.", True, [("count", 230, None, "up_to"), ("count", 185, None, None)], None),
    ("en", "Dindo was the 11th tropical cyclone of the year to strike the Philippines and the third in a month.", True, [("ordinal", 11, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Eleven people remain missing, most of them fishermen.", True, [("count", 11, None, None)], None),
    ("en", "Crop damage was put at 3.4 billion Philippine pesos ($58 million).", True, [("money", 3400000000, "PHP", None), ("money", 58000000, "USD", None)], None),
    ("en", "Japan pledged $2 million in emergency aid, and the European Union released 1.5 million euros.", True, [("money", 2000000, "USD", None), ("money", 1500000, "EUR", None)], None),
    ("en", "\"We ask everyone to pray for the people of Isabela,\" the bishop of Ilagan said.", False, [], None),
    ("en", "Residents waded through waist-deep water carrying children and chickens.", False, [], None),
    # --- Avalanche on Dhaulagiri (AP) ---
    ("en", "KATHMANDU, Nepal (AP) — An avalanche swept through a base camp on Mount Dhaulagiri, killing five climbers and leaving three others missing, officials said Tuesday.", True, [("count", 5, None, None), ("count", 3, None, None)], None),
    ("en", "The avalanche struck at about 5,400 meters (17,700 feet) shortly after 2 p.m.", True, [("count", 5400, None, "about"), ("count", 17700, None, None)], None),
    ("en", "Two of the dead were French and three were Nepali guides, the Department of Tourism said.", True, [("count", 2, None, None), ("count", 3, None, None)], "the Department of Tourism"),
    ("en", "A helicopter search was halted for a second day by heavy snowfall.", True, [("ordinal", 2, None, None)], None),
    ("en", "It is the deadliest accident on the 8,167-meter peak since 2012.", True, [("count", 8167, None, None), ("year", 2012, None, None)], None),
    ("en", "\"The mountain gave no warning,\" the expedition's organizer said.", False, [], None),
    # --- Plant explosion in Pasadena, Texas (AP) ---
    ("en", "HOUSTON (AP) — An explosion at a petrochemical plant in Pasadena, Texas, killed two workers and injured 21 on Monday, prompting a shelter-in-place order for residents within a 2-mile radius.", True, [("count", 2, None, None), ("count", 21, None, None), ("count", 2, None, None)], None),
    ("en", "The blast at the Gulfbend Chemicals plant was felt up to 15 miles away, according to the Harris County Sheriff's Office.", True, [("count", 15, None, "up_to")], "the Harris County Sheriff's Office"),
    ("en", "Firefighters battled the blaze for more than nine hours.", True, [("duration", 9, "hour", "over")], None),
    ("en", "Air monitoring found no harmful levels of benzene, the county said.", True, [], "the county"),
    ("en", "The U.S. Chemical Safety Board said it was sending a team of six investigators.", True, [("count", 6, None, None)], "the U.S. Chemical Safety Board"),
    ("en", "Gulfbend was fined $412,000 in 2022 for safety violations at the same site.", True, [("money", 412000, "USD", None), ("year", 2022, None, None)], None),
    ("en", "\"We are heartbroken, and we will find out what went wrong,\" the company's chief executive said.", False, [], None),
    # --- Flash floods in Murcia (Reuters) ---
    ("en", "VALENCIA, Spain, Nov 12 (Reuters) - Flash floods in Spain's southeastern Murcia region killed at least eight people on Tuesday after more than 180 litres of rain per square metre fell in just six hours, regional authorities said.", True, [("date", "--11-12", None, None), ("count", 8, None, "at_least"), ("count", 180, None, "over"), ("duration", 6, "hour", None)], None),
    ("en", "The state weather agency AEMET had issued a red alert, its highest level, for the coast around Cartagena.", True, [], None),
    ("en", "Emergency services carried out more than 350 rescues, many of them from cars trapped in underpasses.", True, [("count", 350, None, "over")], None),
    ("en", "Six people remain missing, among them two children.", True, [("count", 6, None, None), ("count", 2, None, None)], None),
    ("en", "The government declared Murcia a disaster zone and promised an initial 60 million euros in aid.", True, [("money", 60000000, "EUR", None)], None),
    ("en", "The floods come a year after a similar storm killed more than 220 people around Valencia.", True, [("count", 220, None, "over")], None),
    ("en", "\"The water came down the street like a river, carrying cars with it,\" a shopkeeper told Reuters.", False, [], None),
    ("en", "The king and queen sent their condolences to the families of the victims.", False, [], None),
]
