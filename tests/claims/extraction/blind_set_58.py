"""Fifty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, clubs, festivals, schools, trusts
and figures are made up (Victoria Weiler, Herbert Pfeffer, Thomas Brückner, Sabine Lechner,
Georg Haller, Karl Fuchs, Gerhard Maier, Peter Kofler, Martin Schuster, Alois Gruber, Amina
Rauf, Dana Keller, Laura Whitcomb, Melissa Ortiz, Claire Dawson, Helen Marsh, Marcus Bell,
Ruth Ogden, Susan Holt, Don Ferraro, Janet Cole, Trent Sullivan; the Musikverein Kirchdorf,
the Fellside Calling festival, the Mendip County Show, the Riverina Country Music Festival,
Oakfield Academy, Northgate Hospitals NHS Trust); real places and bodies such as the towns
and districts named, "Bezirksfeuerwehrkommando", "Rotes Kreuz", "Bildungsdirektion",
"Asfinag", "Land Burgenland", "Kantonspolizei Bern", "Greater Manchester Police", "Police
Scotland", "National Highways", "the Met Office", "Scottish Water", "Avon Fire and Rescue
Service", "Fire and Rescue NSW", "the Red Cross", "the NSW Department of Education", "the
Legislative Fiscal Office" or "Ofsted" stand for the way regional copy names them; what is
voted, spent, counted, measured and said here is invented.

Its weight: LOCAL AND REGIONAL NEWS as regional papers and the agencies' regional services
write it. German copy (APA regional, dpa-Landesdienste "dpa/lby", "dpa/lnw", "dpa/lsw",
"dpa/lni", Keystone-SDA regional): Gemeinderat and Stadtrat votes and budgets, fees and
small amounts, a Landtag committee, fire brigade operations and a brigade's annual report,
a crash and the rescue service's figures, school starts and classes, a school building
overrun, a kindergarten, clubs' anniversaries ("Der 125 Jahre alte Musikverein", "zum 50.
Mal", "Seinen 100. Geburtstag"), a church renovation and its bells, Christmas and farmers'
markets with opening hours ("täglich von 10 bis 20.30 Uhr"), building projects with a house
number ("in der Bahnhofstraße 14"), road closures, Tempo 30 and a bus interval, regional
snow and hail, a mayoral election, a Swiss Gemeindeversammlung and a fire in Thun, police
and a regional hospital. English copy (PA regional, AP state wires, AAP): council tax and
budget votes, a parish precept and parking charges, planning decisions ("146 homes on a
12-acre field", "Grade II-listed", "at 14 High Street", "Section 106"), local police ("the
400 block of Forest Avenue", "quoting log 2317"), school boards, enrolment and Ofsted, a
hospital trust's A&E figures and a rural hospital closure, by-elections and a numbered
ward, state legislatures and bill numbers, county tax rates ("$1.06 per $100 of assessed
value"), fire crews, festivals and shows, clubs' anniversaries, an aquatic centre, road
closures, snow and a boil-water notice, volunteers and libraries. Figures as such copy has
them: council votes ("mit 23 zu 8 Stimmen", "by 38 votes to 19, with four abstentions",
"voted 5-2", "on a 6-1 vote", "ratified 212-9"), budgets in small amounts ("198,40 Euro",
"um 30 Cent mehr", "71p of every pound", "46 cents per gallon", "a half cent"), fire
brigade operations ("68 Einsatzkräfte von fünf Feuerwehren", "rund drei Stunden", "9.800
Einsatzstunden"), school enrolments, ages and anniversaries, street, house, block, road and
kilometre numbers (identifiers), opening hours, distances, dates in local formats ("am
Samstag, 14. März", "am 14.4.", "on Saturday 14 March", "on Saturday, June 14"), ranges
and hedges. Negatives as such copy has them: invitations and event announcements without a
fact, quoted pride, thanks and verdicts, appeals and advice, scene colour, an open question
and boilerplate.

231 rows (116 German, 115 English), 48 negatives (24 German, 24 English), 183 check-worthy
rows of which 15 carry no figure (10 German, 5 English), 348 expected quantities (163
counts, 61 amounts of money, 48 durations, 22 years, 18 ordinals, 17 percentages, 16 dates,
3 fractions; none of them in negatives, which hold no figure), 42 checked speakers (19
German, 23 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, once with whitespace
and once with punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); an attributed assumption
  ("Laut Polizei dürfte ein 27-jähriger Pkw-Lenker ... übersehen haben.") is check-worthy
  with its source. A stated schedule is check-worthy with or without a figure, as timetable
  lines (seventeenth and forty-eighth batches: "Die Sitzung des Gemeinderats beginnt am
  Dienstag um 9.30 Uhr, teilte das Rathaus mit."): opening hours ("montags bis freitags von
  8 bis 12 Uhr ...", "from 9am to 5pm Monday to Saturday"), a market's day and hours, a
  night closure of the A10, an event's date and ticket prices; an invitation or a welcome
  without a fact is a negative ("Die ganze Bevölkerung ist herzlich eingeladen ...",
  "Everyone is welcome, and refreshments will be provided.", "Don't miss what promises to be
  the best show yet!").
- Council votes are counts (tenth, thirtieth, forty-third and fifty-first batches): "mit 23
  zu 8 Stimmen", "mit 19 gegen 12 Stimmen", "mit 19 zu 6 Stimmen", "mit 7 zu 4 Stimmen",
  "by 38 votes to 19, with four abstentions" (three counts), "voted 5-2", "voted 41-17",
  "voted 27-13", "voted 8-3", "voted 4-3", "on a 6-1 vote", "ratified 212-9" (a tally
  after a verb, as "voted 3-0"), "Von den 612 anwesenden Stimmberechtigten sagten 488 Ja
  und 97 Nein" three counts; "einstimmig", "unanimously" and "The motion was carried
  unanimously." carry none (the last check-worthy without a figure); "ein Mandatar der FPÖ
  enthielt sich" none (a German article, forty-ninth).
- Clock times carry none (every batch): "um 14.52 Uhr", "Um 17.40 Uhr", "from 8pm on Friday
  until 6am on Monday", "Gates open at 9am and close at 10pm", "from 9am to 5pm"; new: "at
  about 11.40pm" gives no hedge and no figure (a hedge before a clock time bounds nothing
  the rules count). New: in a clock range that writes "Uhr" once, the first figure is a
  clock time too and carries none ("von 10 bis 20.30 Uhr", "von 7 bis 12 Uhr", "von 8 bis
  12 Uhr ... von 14 bis 18 Uhr", "von 20 bis 5 Uhr"), as a unit written once serves both
  ends of a range (forty-seventh).
- New: addresses and place labels are identifiers and carry no quantity - house numbers
  ("in der Bahnhofstraße 14", "at 14 High Street"), AP's block numbers ("in the 400 block
  of Forest Avenue", "in the 1500 block of East Main Street") and a road's kilometre marker
  ("Bei Straßenkilometer 23,4 der B 145"), each naming a place as road numbers do ("B 171",
  "B 145", "B 68", "L 101", "A10", "A38", "Route 9"; thirty-eighth and forty-third) and
  junctions ("between junctions 4 and 5", thirty-eighth). New, by the rule for "Reactor 2"
  and "Die Panzerbrigade 45" (forty-second and fiftieth): a ward, a bill, a ballot measure,
  a school term and a school year numbered after their noun are identifiers ("In Ward 6",
  "House Bill 3991", "Measure B", "in Term 1", "into Year 7"), and so is a class named by a
  figure and a letter ("der 4b"), as "S7" and "U4" (fifteenth and forty-eighth).
- Codes, names and numbers that are no quantities: "Bei einem B3-Alarm" none (a letter and
  a figure solid, as "EF3", forty-seventh; "drei Wehren" in the same row count 3); "Das
  Tanklöschfahrzeug TLF 4000" none (a type designation whose figure looks like a count, as
  "PzH 2000", fiftieth); "Notarzthubschrauber Christophorus 1" none (a call sign, a name
  with a figure as "Voyager 1", forty-fourth); the emergency and police numbers "144",
  "911", "101" and "quoting log 2317" none (thirtieth and fifty-first); new: "the Grade
  II-listed former bank" and "an invitation XI" carry none - a Roman numeral naming a
  listing grade or a team, as "Grade A" (forty-second) and "Papst Leo XIV." (forty-fifth);
  "Band D" and "Section 106" none (thirtieth and fifty-third); "first-preference votes"
  none (forty-first); "Liste Fritz", "Christkindlmarkt", "Jubiläum" none.
- School grades and classes: "Ab der 5. Schulstufe" ordinal 5 and "eine fünfte erste
  Klasse" ordinals 5 and 1 (as "in der 2. Klasse", fortieth and forty-eighth); new:
  "Third-grade reading scores" ordinal 3, a grade written as an ordinal compound as
  "fourth-quarter" (fifty-first); "rose 4 points to 62% proficient" count 4 (points without
  "percent", fortieth) and percent 62; "Die Klassenschülerhöchstzahl liegt bei 25" count 25
  and "18,6 Kinder in einer Volksschulklasse" count 18.6 (as "21,4 Kinder", thirtieth;
  "nur" no hedge); enrolments are counts ("rund 11.900 Taferlklassler" "about", "483,212
  students", "from 980 to 1,260 students", "240 pupils ..., up from 210").
- Ages and anniversaries: "Der 125 Jahre alte Musikverein" 125 years (as "die 150 Jahre
  alte Linde", tenth), "The 90-year-old bowls club" 90 years and "The 200-year-old bridge"
  200 years (ages of things as of people, twenty-second and after), "ein 27-jähriger
  Pkw-Lenker", "Ein 34 Jahre alter Mann", "Der 58-Jährige", "A 43-year-old man", "a
  26-year-old man", "A 17-year-old" ages in years; "vor 150 Jahren gegründet" 150 years (as
  "vor zwei Jahren", forty-sixth), "Nach 29 Jahren an der Spitze der Gemeinde" 29 years (as
  "nach 24 Jahren im Amt", eleventh). "zum 50. Mal" ordinal 50 (thirty-ninth); new:
  "Seinen 100. Geburtstag" ordinal 100, a numbered birthday as a numbered anniversary;
  "its 155th anniversary", "for its 72nd year", "Now in its 20th year", "held for the 160th
  time", "the 44th annual Turkey Trot" ordinals; "marks its centenary" ordinal 100
  (thirty-ninth); "Gegründet wurde der Verein 1901", "founded in 1869", "a green laid in
  1935", "wurde 1652 gegossen", "seit 1948" the years.
- Fire brigade and rescue figures are counts: "68 Einsatzkräfte von fünf Feuerwehren",
  "vier Trupps", "drei Tanklöschfahrzeuge" ("eine Drehleiter" none, an article), "zu 412
  Einsätzen ..., 38 mehr", "Die 196 aktiven Mitglieder", "Mit 31 Jugendlichen", "rund 45
  Angehörigen", "23 Keller", "Crews from six fire stations", "12 fire engines and about 70
  firefighters", "Firefighters from 14 stations", "21.340 Transporte"; "Die Alarmierung
  ... der ersten Kräfte" ordinal 1 (fifteenth). New: "mehr als 9.800 Einsatzstunden" is
  9,800 hours "over", a compound in "-stunden" being a duration in hours as "Flugstunden"
  and "Sonnenstunden" (fiftieth and fifty-seventh), and "rund 2.700 ehrenamtliche Stunden"
  2,700 hours "about" (an adjective between figure and unit carries nothing, fifty-sixth:
  "drei zusätzliche freie Tage"). Times of operations and responses: "rund drei Stunden",
  "rund eineinhalb Stunden" 1.5 hours (forty-seventh), "rund vier Stunden", "rund zwei
  Stunden", "more than five hours", "almost two hours" with their hedges; "nach 11 Minuten
  und 40 Sekunden" two durations (forty-ninth: "35 minutes and 11 seconds"; "Im Schnitt"
  no hedge); "within four minutes" no hedge (forty-first); "Nach knapp dreistündiger
  Debatte" 3 hours "nearly" (fifty-fifth: "nach knapp dreistündiger Beratung").
- Money in small amounts, the period or rate carrying none (forty-ninth and fifty-third):
  "198,40 Euro im Jahr", "bei 60 Euro ..., 120 Euro", "von 1,50 auf 2 Euro je Stunde" and
  "von 1,74 auf 1,92 Euro pro Kubikmeter" (the currency written once serves both,
  eighteenth), "5,50 Euro, um 30 Cent mehr" 0.3 EUR (twelfth: cents), "4 Euro
  Häferlpfand" ("Ein Häferl" none, an article), "mehr als 400.000 Euro" "over", "höchstens
  1.420 Euro" "at_most" and "2.130 Euro" with none, "knapp 3.000 Euro" "nearly", "auf 250
  Euro", "850'000 Franken" (Swiss grouping), "Fr. 3,2 Mio." 3,200,000 CHF ("Fr." and
  "Mio.", fortieth), "2,85 Mio. Euro"; "£2,214.87 a year", "71p of every pound" 0.71 GBP
  (pence, forty-sixth; "every pound" none), "from £1.20 to £1.50 an hour", "£48,200 ...,
  an increase of £1,900", "an estimated £1.1m a year" "about", "around £75,000 below its
  valuation" "about", "by 6 cents a gallon" 0.06 USD and "46 cents per gallon" 0.46 USD,
  "from $1.75 to $2", "an A$27.5 million upgrade" AUD. New: "$1.06 per $100 of assessed
  value" gives two amounts, 1.06 and 100 USD - the base after "per" is money as the base of
  "per 100,000 people" is the count 100,000 (fourth and twenty-third). New: "by a half
  cent" is 0.005 USD, half of a unit being the measure's value as "a half-mile radius" is
  0.5 (below) and "up to half a mile across" (forty-seventh). "mehrere hunderttausend
  Franken" carries none (a vague magnitude, as "mehrere Millionen Franken", fortieth); that
  row is check-worthy without a figure (a damage estimate, fifty-first).
- New: "4.2 pounds of methamphetamine" in U.S. copy is a weight, count 4.2 (a physical
  unit, as "14 Kilogramm Kokain" and "1.4 tonnes of cocaine", fifty-fifth), not an amount
  in pounds sterling; "$12,400 in cash" USD.
- A figure inside a compound is read as written (forty-sixth: "55-litre family car";
  fifty-second: "a 40-storey tower"): "eine 120-Liter-Tonne" 120, "a 60-place nursery" 60,
  "a 12-acre field" 12, "The 2.3-hectare site" 2.3, "a 14-storey tower" 14, "a three-story
  apartment building" 3 (as "the two-storey home", thirtieth), "a 24-bed ward" 24 and "its
  18-bed inpatient unit" 18 (as "Vierbettzimmern", forty-ninth), "a new 50-metre pool" 50,
  "The 5km fun run" 5, "A 20mph limit" 20 (fifteenth); new for the zone: "Die neue
  Tempo-30-Zone" 30, as "Tempo 30" is count 30 ("Tempo 100", forty-third). "a half-mile
  radius" count 0.5 (forty-seventh). Distances, areas and weights are counts (fourth
  batch): "2,4 Kilometer langen", "3.200 Quadratmeter großen", "zwischen 45 und 85
  Quadratmetern" both (a range), "knapp 1,2 Millionen Kilometer" "nearly", "auf rund 800
  Metern", "42 miles away", "22 miles of streets", "1.240 Kilogramm", "1.4 tonnes", snow
  and hail ("bis zu 40 Zentimeter Neuschnee" and "bis zu drei Zentimetern Durchmesser"
  "up_to", "rund 900 Meter" "about", "Up to 15cm" "up_to"), "minus 8.2C" -8.2 (forty-second
  and fifty-third: "minus" a sign), "mit 98 km/h ..., in dem 70 erlaubt sind" counts 98 and
  70 (fifteenth: "erlaubt sind dort 50"; "Der Schnellste" none).
- Durations: "für drei Wochen", "vor zwei Wochen" (forty-sixth), "binnen vier Stunden",
  "Nach zweijähriger Renovierung" 2 years (the issue's "fünfstündig"), "einem dreitägigen
  Sportfest", "Das dreitägige Zeltfest", "The three-day ... festival", "over four days" (no
  hedge, forty-fifth), "across 10 days", "take about 18 months" "about", "after a 14-month,
  £4.6m repair" 14 months, "opened 11 weeks behind schedule", "after three days", "for up to
  six weeks" "up_to", "for 20 years", "in five years", "a two-year contract", "after a
  three-hour debate"; "every three weeks" 3 weeks (an interval, forty-eighth: "every three
  minutes"); "im Viertelstundentakt statt wie bisher alle 30 Minuten" 0.25 hour and 30
  minutes (forty-eighth); "within four hours" 4 hours and "more than 12 hours" "over"
  (forty-ninth); "an average of 52 minutes" no hedge; "children under 16" 16 years "under"
  (forty-ninth: a bare figure after an age word). None: "a fortnight" (thirtieth), "vor
  einem Jahr", "ein Jahr davor", "a year earlier", "the year before", "last financial year",
  "im Vorjahr", "im vergangenen Jahr", "im Jahr davor", "in den kommenden Tagen", "im Jahr",
  "a year", "an hour", "je Stunde", "pro Woche".
- Dates in local formats: "am Samstag, 14. März" --03-14 (the weekday before the date
  carries none, as "on Tuesday, March 10", forty-eighth), "am Sonntag, 3. Mai" --05-03, "am
  Donnerstag, 20. November" --11-20, "Ab Montag, 4. Mai," --05-04, "ab 1. Juli" --07-01,
  "mit 1. Jänner" and "mit Stichtag 1. Jänner" --01-01 (thirtieth; fifty-second: "am
  Stichtag 1. Juni"), "vom 19. bis 21. Juni" two dates (forty-first); new: the German
  numeric date without a year, "am 14.4.", is --04-14, as "03.12.2025" is the full date
  2025-12-03 (forty-third). English: "on Saturday 14 March" --03-14 (British day-month,
  fifty-fifth), "on Saturday, June 14" --06-14, "on May 31", "from April 1", "starting Sept.
  1", "on Jan. 1, 2027" 2027-01-01 (fifty-first). Years: "für 2026" (twelfth: "das Budget
  für 2026"), "2022", "ab Frühjahr 2027", "für Herbst 2028" (fifty-second: "für Herbst
  2027"), "bis 2029", "seit 2015", "mehr als 2024", "in 2009", "for fiscal 2027"; "das
  Schuljahr 2027/28", "in 2026-27", "for 2026-27" and "the 2025-26 school year" both years
  (fortieth). Months, seasons and weekdays alone ("ab April", "im Jänner", "ab
  Herbst", "in January", "in March", "from June", "this September") none. Datelines carry
  none, the dpa regional services' slugs included (new forms: "Landshut (dpa/lby) -",
  "Lohmar (dpa/lnw) -", "Stuttgart (dpa/lsw) -", "Osnabrück (dpa/lni) -"), as do "Chur
  (Keystone-SDA) -", "HUDDERSFIELD (PA) -", "PORTLAND, Maine (AP) —", "SALEM, Ore. (AP) —",
  "BALLARAT, Vic (AAP) -", "GEELONG, Vic (AAP) -" and the others.
- Counts, fractions and ordinals otherwise: "drei Menschen ..., zwei davon schwer", "11
  people ..., three of them", "14 people", "12 families", "Two dozen volunteers" 24 (third
  batch: "two dozen"), "Some 300 volunteers" "about", "About 60 of its 210 employees", "18
  of the 30 seats", "27 of the council's 47 seats" (definite groups, forty-first), "About
  410 students ... to three other buildings", "1,214 votes, a majority of 312", "by 48
  votes", "2,904 first-preference votes", "Für die 75 Plätze ... 112 Anmeldungen ..., 37
  Kinder", "zweimal pro Woche" count 2 ("pro Woche" none), "Die älteste der vier Glocken"
  count 4, "Jeder dritte Haushalt" 0.3333, "One in five pupils" 0.2, "Nearly half of the
  town's 3,400 households" 0.5 "nearly" and 3,400; "the city's 58th this year", "for a
  third straight year", "in seine vierte Amtsperiode", "on the fourth count", "für den
  ersten Hund" ordinals. "die beiden Hauptachsen", "every single one", "mehrmals", "many of
  them" none.
- Hedges, only the names in use: "rund", "Some", "About", "about", "an estimated", "around"
  "about"; "knapp", "Nearly", "almost" "nearly"; "mehr als", "gut", "more than" "over";
  "bis zu", "Up to", "up to" "up_to"; "höchstens" "at_most"; "under" before an age "under";
  "im Schnitt", "an average of", "Only", "nur", "zusammen", "erstmals" no hedge. "rund um die Volksschule" gives no hedge ("rund" before "um", no figure, as "rund
  um die Uhr", twenty-seventh).
- Check-worthy without a figure: an abstention in a council vote, a fire engine shuttling
  water, "Brand aus" and no one hurt, the injured flown to hospital, a class's prize, a
  farmers' market's day and hours, the town hall's opening hours, a motorway closed at
  night, a fire's unknown cause and a vague damage estimate, an arrest, a motion carried
  unanimously, a patient's condition, an Ofsted rating, a closure between two junctions,
  a library's opening hours.
- Negatives, with no figure in any of them: quoted pride, thanks and verdicts of mayors,
  commanders, headteachers, club chairmen, parents and hospital chiefs („Mit diesem Budget
  zeigen wir ...“, „Die Kameradinnen und Kameraden haben heute Großartiges geleistet“,
  „Ohne die vielen Ehrenamtlichen ...“, „Wir sind stolz auf unsere Jugend“, „Ich danke
  allen Wählerinnen und Wählern ...“, ""These are our neighborhood schools ..."", ""We are
  incredibly proud of every single one of our pupils,"" - "one" a pronoun, ""Our staff
  have gone above and beyond ..."", a quoted "game changer"), thanks and tributes ("Die
  Feuerwehr bedankt sich ...", "Organisers thanked volunteers ...", "Councillors paid
  tribute ...", "The Lord Lieutenant praised ..."), a Konjunktiv I paraphrase of rhetoric
  ("Die Gemeinde sei auf einem guten Weg, betonte der Bürgermeister.", fiftieth), appeals,
  advice and service lines ("Zeugen des Unfalls werden ersucht, ...", "Autofahrerinnen und
  Autofahrer sollten ...", "Eltern sollten ..., rät das Kuratorium für Verkehrssicherheit.",
  "Winterausrüstung ist ... mitzuführen.", "Gesucht werden weiterhin ...", "Bei einem Notfall
  ist die Rettung rund um die Uhr unter 144 erreichbar." - "rund" before no figure and the
  number an identifier, "Anyone with information is asked to call 101, quoting log 2317.",
  "Please avoid the area ...", "Drivers should plan ahead ...", "Motorists are reminded
  ...", "Wrap up warm ..., the council urged.", "Residents can find their new collection
  day ..."), invitations and welcomes (above, and "Die Gemeinde wünscht allen Besucherinnen
  und Besuchern einen schönen Aufenthalt."), event colour without a fact ("Für das leibliche
  Wohl ...", "Den Festgottesdienst umrahmt die Chorgemeinschaft ..."), worries and verdicts
  without a checkable claim ("Anrainerinnen und Anrainer befürchten ...", "Residents fear
  ...", "Opposition councillors said residents were being asked to pay more and get
  less."), scene colour ("Zwischen den Ständen duftet es ...", "Es war ein Abend voller
  Emotionen ...", "Parents packed the meeting ...", "Festival-goers danced in the sunshine
  ..."), an open question ("Whether the new parking charges will bring shoppers back remains
  to be seen.") and boilerplate ("Alle Termine und weitere Informationen finden Sie auf der
  Homepage der Gemeinde.", "The meeting will be livestreamed ...", "This story has been
  updated ...").
- Speakers, checked only in forms the earlier batches settled, and in two decided here:
  "teilte die Stadtgemeinde / das Bezirksfeuerwehrkommando / das Rote Kreuz / die
  Stadtverwaltung / der Verein / die Diözese / die Marktverwaltung / die
  Wohnbaugenossenschaft / die Polizei / der Bereichsfeuerwehrverband / das Land Burgenland
  mit", "teilten die Stadtwerke mit" and "wie die Gemeinde / die Kantonspolizei Bern
  mitteilte" the source with its article in the nominative (fifteenth, seventeenth,
  twenty-second, forty-third and fifty-fifth); "so die Bildungsdirektion" -> "die
  Bildungsdirektion" (seventeenth); "Laut Polizei" -> "Polizei" (every batch); "sagte ein
  Polizeisprecher" -> "ein Polizeisprecher" (fourth and eighth); "sagte Wehrleiter Thomas
  Brückner bei der Jahreshauptversammlung" -> "Thomas Brückner" (title and occasion dropped,
  as "bei der Eröffnung", fifty-seventh) and "sagte Verkehrsstadtrat Peter Kofler" -> "Peter
  Kofler". English: "the council said" (seventeenth, twenty-second and fifty-second), "the
  department said Monday" -> "the department" (seventeenth), "the district said"
  (thirtieth), "the hospital said" and "the trust said" (a body's common noun with its
  article, as "the airport said", forty-sixth, and "the operator said", fifty-first), "the
  Legislative Fiscal Office said" (as "the Legislative Analyst's Office said", fifty-third),
  "the Met Office said"; "The Red Cross said ..." and "The NSW Department of Education said
  ..." opening the sentence -> "the Red Cross" and "the NSW Department of Education" (as
  "The CSO said ..." -> "the CSO", fifty-fourth; "the NSW Rural Fire Service",
  forty-seventh); "Greater Manchester Police said" (fifteenth), "National Highways said"
  (thirty-eighth), "Scottish Water said" (as "Southern Water said", fifty-seventh), "Avon
  Fire and Rescue Service said" (as "Greater Manchester Fire and Rescue Service said",
  fifteenth) and, new as a name, "Fire and Rescue NSW said" as written; "Police Scotland
  said ..." and "Northgate Hospitals NHS Trust said ..." opening the sentence as written
  (fifty-fifth and forty-ninth: "NHS England said ..."); "organisers said" -> "organisers"
  (tenth and forty-fifth); titles dropped ("Superintendent Laura Whitcomb said", "Fire Chief
  Don Ferraro told reporters", "Sheriff Dana Keller said ..." opening the sentence, as "BRC
  chief executive Laura Pennington said ...", fifty-fourth); new: "Cllr Amina Rauf, the
  cabinet member for finance, said" -> "Amina Rauf", the British abbreviation "Cllr" a title
  as "Councillor", the apposition dropped as in "Senator Maria Ortiz, a Democrat from New
  Mexico, said" (twenty-fifth). Left unchecked (None): "heißt es in einer Aussendung des
  Landes" (a document), "laut Veranstaltern" (a form not settled), "Den Schaden schätzt der
  Besitzer" (no verb of saying), "Columbus police said" (a city before "police", not
  settled), "the state Department of Education said Thursday" (a lower-case word heading a
  capitalised name, not settled), "according to police data" (data), "it said", "fire
  officials said", "council said" without an article (not settled), "with organisers
  estimating", "has warned", rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_58 = [
    # === German =================================================================================
    # --- Gemeinderat und Budget (APA Tirol) ---
    ("de", "Schwaz (APA) - Der Gemeinderat hat in seiner Sitzung am Donnerstag den Voranschlag für 2026 mit 23 zu 8 Stimmen beschlossen.", True, [("year", 2026, None, None), ("count", 23, None, None), ("count", 8, None, None)], None),
    ("de", "Der ordentliche Haushalt umfasst 41,7 Millionen Euro, für Investitionen sind rund 6,2 Millionen Euro vorgesehen.", True, [("money", 41700000, "EUR", None), ("money", 6200000, "EUR", "about")], None),
    ("de", "Größter Einzelposten ist die Sanierung der Volksschule Mitte um 2,85 Mio. Euro, teilte die Stadtgemeinde mit.", True, [("money", 2850000, "EUR", None)], "die Stadtgemeinde"),
    ("de", "Die Grünen und die Liste Fritz stimmten dagegen, ein Mandatar der FPÖ enthielt sich der Stimme.", True, [], None),
    ("de", "„Mit diesem Budget zeigen wir, dass man sparen kann, ohne bei den Kindern zu kürzen“, sagte Bürgermeisterin Victoria Weiler.", False, [], None),
    ("de", "Nach knapp dreistündiger Debatte stimmte der Gemeinderat mit 19 gegen 12 Stimmen für den Verkauf des Grundstücks an einen Investor.", True, [("duration", 3, "hour", "nearly"), ("count", 19, None, None), ("count", 12, None, None)], None),
    # --- Stadtrat und Gebühren (dpa/lby) ---
    ("de", "Landshut (dpa/lby) - Der Stadtrat hat die Gebühren für die Müllabfuhr um 4,5 Prozent angehoben, eine 120-Liter-Tonne kostet damit künftig 198,40 Euro im Jahr.", True, [("percent", 4.5, "%", None), ("count", 120, None, None), ("money", 198.4, "EUR", None)], None),
    ("de", "Die Hundesteuer für den ersten Hund bleibt bei 60 Euro, für jeden weiteren werden 120 Euro fällig.", True, [("ordinal", 1, None, None), ("money", 60, "EUR", None), ("money", 120, "EUR", None)], None),
    ("de", "Die Parkgebühren in der Altstadt steigen ab 1. Juli von 1,50 auf 2 Euro je Stunde.", True, [("date", "--07-01", None, None), ("money", 1.5, "EUR", None), ("money", 2, "EUR", None)], None),
    ("de", "Der Wasserpreis steigt mit 1. Jänner von 1,74 auf 1,92 Euro pro Kubikmeter, die Kanalgebühr um 8 Prozent.", True, [("date", "--01-01", None, None), ("money", 1.74, "EUR", None), ("money", 1.92, "EUR", None), ("percent", 8, "%", None)], None),
    ("de", "Wer die Gebührenbescheide lieber elektronisch erhalten möchte, kann sich dafür im Bürgerbüro anmelden.", False, [], None),
    # --- Feuerwehr: Brand (APA Niederösterreich) ---
    ("de", "St. Pölten (APA) - Beim Brand eines landwirtschaftlichen Anwesens in Ybbsitz sind am Samstag 68 Einsatzkräfte von fünf Feuerwehren rund drei Stunden im Einsatz gestanden.", True, [("count", 68, None, None), ("count", 5, None, None), ("duration", 3, "hour", "about")], None),
    ("de", "Die Alarmierung erfolgte um 14.52 Uhr, beim Eintreffen der ersten Kräfte stand der Stadel bereits in Vollbrand.", True, [("ordinal", 1, None, None)], None),
    ("de", "Unter schwerem Atemschutz gingen vier Trupps gegen die Flammen vor, eine Drehleiter und drei Tanklöschfahrzeuge standen bereit.", True, [("count", 4, None, None), ("count", 3, None, None)], None),
    ("de", "Das Tanklöschfahrzeug TLF 4000 der Feuerwehr Waidhofen pendelte mehrmals zwischen Löschteich und Brandstelle.", True, [], None),
    ("de", "Um 17.40 Uhr konnte „Brand aus“ gegeben werden, verletzt wurde niemand, teilte das Bezirksfeuerwehrkommando mit.", True, [], "das Bezirksfeuerwehrkommando"),
    ("de", "Den Schaden schätzt der Besitzer auf mehr als 400.000 Euro.", True, [("money", 400000, "EUR", "over")], None),
    ("de", "Erst vor zwei Wochen war die Feuerwehr zu einem Kaminbrand im selben Ortsteil ausgerückt.", True, [("duration", 2, "week", None)], None),
    ("de", "„Die Kameradinnen und Kameraden haben heute Großartiges geleistet“, sagte Kommandant Herbert Pfeffer.", False, [], None),
    ("de", "Die Feuerwehr bedankt sich bei der Bevölkerung für die Verpflegung der Einsatzkräfte.", False, [], None),
    # --- Feuerwehr: Jahresbilanz (dpa/lnw) ---
    ("de", "Lohmar (dpa/lnw) - Die Freiwillige Feuerwehr Lohmar ist im vergangenen Jahr zu 412 Einsätzen ausgerückt, 38 mehr als im Jahr davor.", True, [("count", 412, None, None), ("count", 38, None, None)], None),
    ("de", "Die 196 aktiven Mitglieder leisteten dabei zusammen mehr als 9.800 Einsatzstunden.", True, [("count", 196, None, None), ("duration", 9800, "hour", "over")], None),
    ("de", "Mit 31 Jugendlichen zählt die Jugendfeuerwehr so viele Mitglieder wie nie zuvor, sagte Wehrleiter Thomas Brückner bei der Jahreshauptversammlung.", True, [("count", 31, None, None)], "Thomas Brückner"),
    ("de", "Bei einem B3-Alarm rücken in der Stadt künftig automatisch drei Wehren aus.", True, [("count", 3, None, None)], None),
    ("de", "Gesucht werden weiterhin Frauen und Männer, die sich in ihrer Freizeit für andere einsetzen wollen.", False, [], None),
    ("de", "Die Feuerwehr Purbach wurde vor 150 Jahren gegründet und ist damit die älteste im Bezirk.", True, [("duration", 150, "year", None)], None),
    # --- Unfall und Rettung (APA Tirol) ---
    ("de", "Innsbruck (APA) - Bei einem Frontalzusammenstoß auf der Tiroler Straße (B 171) bei Wattens sind am Sonntagabend drei Menschen verletzt worden, zwei davon schwer.", True, [("count", 3, None, None), ("count", 2, None, None)], None),
    ("de", "Laut Polizei dürfte ein 27-jähriger Pkw-Lenker beim Überholen eines Traktors den entgegenkommenden Kleinbus übersehen haben.", True, [("duration", 27, "year", None)], "Polizei"),
    ("de", "Die Schwerverletzten wurden mit dem Notarzthubschrauber Christophorus 1 und einem Rettungswagen in die Klinik Innsbruck gebracht.", True, [], None),
    ("de", "Die B 171 war für die Dauer der Bergung rund eineinhalb Stunden gesperrt.", True, [("duration", 1.5, "hour", "about")], None),
    ("de", "Zeugen des Unfalls werden ersucht, sich bei der Polizeiinspektion in Wattens zu melden.", False, [], None),
    ("de", "Bei Straßenkilometer 23,4 der B 145 war am Vormittag ein Lkw umgestürzt, der Verkehr wurde rund zwei Stunden einspurig vorbeigeführt.", True, [("duration", 2, "hour", "about")], None),
    # --- Rettung: Jahresbilanz ---
    ("de", "Das Rote Kreuz im Bezirk Liezen hat im Vorjahr 21.340 Transporte durchgeführt und dabei knapp 1,2 Millionen Kilometer zurückgelegt.", True, [("count", 21340, None, None), ("count", 1200000, None, "nearly")], None),
    ("de", "Im Schnitt war ein Notarztwagen nach 11 Minuten und 40 Sekunden am Einsatzort, teilte das Rote Kreuz mit.", True, [("duration", 11, "minute", None), ("duration", 40, "second", None)], "das Rote Kreuz"),
    ("de", "Bei einem Notfall ist die Rettung rund um die Uhr unter 144 erreichbar.", False, [], None),
    ("de", "Die Bergrettung Mayrhofen wurde im Vorjahr zu 96 Einsätzen gerufen, die Mitglieder leisteten dabei rund 2.700 ehrenamtliche Stunden.", True, [("count", 96, None, None), ("duration", 2700, "hour", "about")], None),
    # --- Schulen (APA Steiermark) ---
    ("de", "Graz (APA) - In der Steiermark starten am Montag rund 11.900 Taferlklassler ins neue Schuljahr, das sind um 230 Kinder weniger als vor einem Jahr, so die Bildungsdirektion.", True, [("count", 11900, None, "about"), ("count", 230, None, None)], "die Bildungsdirektion"),
    ("de", "An der Volksschule Feldbach wird heuer erstmals eine fünfte erste Klasse eröffnet, weil 104 Kinder angemeldet wurden.", True, [("ordinal", 5, None, None), ("ordinal", 1, None, None), ("count", 104, None, None)], None),
    ("de", "Die Klassenschülerhöchstzahl liegt bei 25, im Schnitt sitzen in der Steiermark aber nur 18,6 Kinder in einer Volksschulklasse.", True, [("count", 25, None, None), ("count", 18.6, None, None)], None),
    ("de", "Die Schülerinnen und Schüler der 4b gewannen mit ihrem Kurzfilm den Landesbewerb „Medienkids“.", True, [], None),
    ("de", "Ab der 5. Schulstufe gilt an allen Mittelschulen des Bezirks während des Unterrichts ein Handyverbot.", True, [("ordinal", 5, None, None)], None),
    ("de", "Eltern sollten den Schulweg schon in den Ferien mit ihren Kindern üben, rät das Kuratorium für Verkehrssicherheit.", False, [], None),
    ("de", "„Die Kinder sollen sich bei uns willkommen und sicher fühlen“, sagte Direktorin Sabine Lechner.", False, [], None),
    # --- Schulbau (dpa/lsw) ---
    ("de", "Stuttgart (dpa/lsw) - Der Neubau des Schulzentrums in Nürtingen wird mit 38,4 Millionen Euro rund 6 Millionen Euro teurer als geplant.", True, [("money", 38400000, "EUR", None), ("money", 6000000, "EUR", "about")], None),
    ("de", "Die Gesamtkosten waren 2022 noch auf 32,1 Millionen Euro geschätzt worden, teilte die Stadtverwaltung mit.", True, [("year", 2022, None, None), ("money", 32100000, "EUR", None)], "die Stadtverwaltung"),
    ("de", "Der Bezug der 14 Klassenzimmer und der neuen Sporthalle verschiebt sich auf das Schuljahr 2027/28.", True, [("count", 14, None, None), ("year", 2027, None, None), ("year", 2028, None, None)], None),
    ("de", "Für die 75 Plätze im neuen Kindergarten gingen 112 Anmeldungen ein, 37 Kinder stehen damit auf der Warteliste.", True, [("count", 75, None, None), ("count", 112, None, None), ("count", 37, None, None)], None),
    # --- Vereine und Jubiläen ---
    ("de", "Der 125 Jahre alte Musikverein Kirchdorf feiert sein Jubiläum mit einem Festakt im Pfarrsaal am Samstag, 14. März.", True, [("duration", 125, "year", None), ("date", "--03-14", None, None)], None),
    ("de", "Gegründet wurde der Verein 1901 von 14 Bauernsöhnen, heute zählt er 62 aktive Musikerinnen und Musiker.", True, [("year", 1901, None, None), ("count", 14, None, None), ("count", 62, None, None)], None),
    ("de", "Das Bezirksmusikfest findet heuer zum 50. Mal statt, erwartet werden 28 Kapellen aus drei Bezirken.", True, [("ordinal", 50, None, None), ("count", 28, None, None), ("count", 3, None, None)], None),
    ("de", "Für das leibliche Wohl der Gäste sorgen die Bäuerinnen aus dem Ort.", False, [], None),
    ("de", "Die ganze Bevölkerung ist herzlich eingeladen, mit dem Verein zu feiern.", False, [], None),
    ("de", "Seinen 100. Geburtstag feiert der TSV Grafing mit einem dreitägigen Sportfest vom 19. bis 21. Juni.", True, [("ordinal", 100, None, None), ("duration", 3, "day", None), ("date", "--06-19", None, None), ("date", "--06-21", None, None)], None),
    ("de", "Der Mitgliedsbeitrag beträgt 35 Euro im Jahr für Erwachsene und 15 Euro für Kinder, teilte der Verein mit.", True, [("money", 35, "EUR", None), ("money", 15, "EUR", None)], "der Verein"),
    ("de", "„Ohne die vielen Ehrenamtlichen gäbe es unseren Verein längst nicht mehr“, sagte der Vorsitzende Georg Haller.", False, [], None),
    ("de", "Das dreitägige Zeltfest des Musikvereins lockte laut Veranstaltern rund 6.500 Gäste an.", True, [("duration", 3, "day", None), ("count", 6500, None, "about")], None),
    ("de", "Zum Seniorenball kamen gut 200 Gäste, die Tombola brachte knapp 3.000 Euro für die Sozialstation.", True, [("count", 200, None, "over"), ("money", 3000, "EUR", "nearly")], None),
    ("de", "„Wir sind stolz auf unsere Jugend“, betonte Obmann Karl Fuchs.", False, [], None),
    ("de", "Es war ein Abend voller Emotionen, der den Gästen lange in Erinnerung bleiben wird.", False, [], None),
    # --- Kirchen ---
    ("de", "Linz (APA) - Nach zweijähriger Renovierung wird die Pfarrkirche St. Michael in Rohrbach am Sonntag, 3. Mai, vom Diözesanbischof neu geweiht.", True, [("duration", 2, "year", None), ("date", "--05-03", None, None)], None),
    ("de", "Die älteste der vier Glocken wurde 1652 gegossen und wiegt 1.240 Kilogramm.", True, [("count", 4, None, None), ("year", 1652, None, None), ("count", 1240, None, None)], None),
    ("de", "Die Zahl der Katholikinnen und Katholiken in der Pfarre sank seit 2015 um 612 auf 3.418, teilte die Diözese mit.", True, [("year", 2015, None, None), ("count", 612, None, None), ("count", 3418, None, None)], "die Diözese"),
    ("de", "Der Kirchenchor probt seit 1948 zweimal pro Woche im Pfarrheim.", True, [("year", 1948, None, None), ("count", 2, None, None)], None),
    ("de", "„Die Kirche soll wieder ein Ort sein, an dem sich die Menschen gerne treffen“, sagte Pfarrer Gerhard Maier.", False, [], None),
    ("de", "Den Festgottesdienst umrahmt die Chorgemeinschaft mit einer Messe von Joseph Haydn.", False, [], None),
    # --- Märkte ---
    ("de", "Salzburg (APA) - Der Christkindlmarkt auf dem Domplatz öffnet am Donnerstag, 20. November, seine 96 Stände, geöffnet ist täglich von 10 bis 20.30 Uhr.", True, [("date", "--11-20", None, None), ("count", 96, None, None)], None),
    ("de", "Ein Häferl Glühwein kostet heuer 5,50 Euro, um 30 Cent mehr als 2024, dazu kommen 4 Euro Häferlpfand.", True, [("money", 5.5, "EUR", None), ("money", 0.3, "EUR", None), ("year", 2024, None, None), ("money", 4, "EUR", None)], None),
    ("de", "Der Bauernmarkt in der Altstadt findet ab April jeden Samstag von 7 bis 12 Uhr statt, teilte die Marktverwaltung mit.", True, [], "die Marktverwaltung"),
    ("de", "Das Bürgerservice im Rathaus ist ab Februar montags bis freitags von 8 bis 12 Uhr und donnerstags zusätzlich von 14 bis 18 Uhr geöffnet.", True, [], None),
    ("de", "Zwischen den Ständen duftet es nach Zimt, gebrannten Mandeln und Lebkuchen.", False, [], None),
    ("de", "Beim Flohmarkt am Sonntag boten 140 Händlerinnen und Händler ihre Waren auf rund 800 Metern entlang der Promenade an.", True, [("count", 140, None, None), ("count", 800, None, "about")], None),
    # --- Bauprojekte ---
    ("de", "Wels (APA) - Mit dem Spatenstich haben am Montag die Arbeiten an der 2,4 Kilometer langen Umfahrung von Gunskirchen begonnen.", True, [("count", 2.4, None, None)], None),
    ("de", "Das Land Oberösterreich investiert in das Projekt 18,9 Millionen Euro, die Fertigstellung ist für Herbst 2028 geplant.", True, [("money", 18900000, "EUR", None), ("year", 2028, None, None)], None),
    ("de", "Täglich sollen dadurch rund 9.500 Fahrzeuge weniger durch den Ortskern rollen, heißt es in einer Aussendung des Landes.", True, [("count", 9500, None, "about")], None),
    ("de", "Auf dem 3.200 Quadratmeter großen Areal der ehemaligen Molkerei in der Bahnhofstraße 14 entstehen 48 geförderte Mietwohnungen.", True, [("count", 3200, None, None), ("count", 48, None, None)], None),
    ("de", "Die Wohnungen zwischen 45 und 85 Quadratmetern sollen ab Frühjahr 2027 bezugsfertig sein, teilte die Wohnbaugenossenschaft mit.", True, [("count", 45, None, None), ("count", 85, None, None), ("year", 2027, None, None)], "die Wohnbaugenossenschaft"),
    ("de", "Der Bauausschuss empfahl das Projekt einstimmig, im Gemeinderat fiel die Entscheidung mit 19 zu 6 Stimmen.", True, [("count", 19, None, None), ("count", 6, None, None)], None),
    ("de", "Gegen den Bescheid haben drei Nachbarn beim Landesverwaltungsgericht Beschwerde eingelegt.", True, [("count", 3, None, None)], None),
    ("de", "Anrainerinnen und Anrainer befürchten mehr Verkehr und Lärm in der Siedlung.", False, [], None),
    # --- Verkehr ---
    ("de", "Ab Montag, 4. Mai, ist die Ortsdurchfahrt von Hallwang wegen Kanalarbeiten für drei Wochen gesperrt, die Umleitung erfolgt über die L 101.", True, [("date", "--05-04", None, None), ("duration", 3, "week", None)], None),
    ("de", "In der Innenstadt von Villach gilt ab Herbst flächendeckend Tempo 30, ausgenommen sind nur die beiden Hauptachsen.", True, [("count", 30, None, None)], None),
    ("de", "Die neue Tempo-30-Zone rund um die Volksschule umfasst sieben Straßen, sagte Verkehrsstadtrat Peter Kofler.", True, [("count", 30, None, None), ("count", 7, None, None)], "Peter Kofler"),
    ("de", "Der Ortsbus fährt künftig im Viertelstundentakt statt wie bisher alle 30 Minuten.", True, [("duration", 0.25, "hour", None), ("duration", 30, "minute", None)], None),
    ("de", "Die Asfinag sperrt die A10 zwischen dem Knoten Salzburg und Puch-Urstein in der Nacht auf Mittwoch von 20 bis 5 Uhr.", True, [], None),
    ("de", "Bei einer Verkehrskontrolle auf der B 68 wurden binnen vier Stunden 312 Fahrzeuge gemessen, 41 Lenker waren zu schnell unterwegs.", True, [("duration", 4, "hour", None), ("count", 312, None, None), ("count", 41, None, None)], None),
    ("de", "Der Schnellste fuhr mit 98 km/h durch den Baustellenbereich, in dem 70 erlaubt sind.", True, [("count", 98, None, None), ("count", 70, None, None)], None),
    ("de", "Autofahrerinnen und Autofahrer sollten den Bereich großräumig umfahren.", False, [], None),
    # --- Wetter regional ---
    ("de", "Klagenfurt (APA) - In Oberkärnten fielen in der Nacht auf Dienstag bis zu 40 Zentimeter Neuschnee, die Schneefallgrenze sank auf rund 900 Meter.", True, [("count", 40, None, "up_to"), ("count", 900, None, "about")], None),
    ("de", "Am Loiblpass blieben 14 Lkw hängen, die Straße war rund vier Stunden gesperrt, teilte die Polizei mit.", True, [("count", 14, None, None), ("duration", 4, "hour", "about")], "die Polizei"),
    ("de", "Hagelkörner mit bis zu drei Zentimetern Durchmesser beschädigten in Gleisdorf rund 60 Dächer.", True, [("count", 3, None, "up_to"), ("count", 60, None, "about")], None),
    ("de", "Die Feuerwehren pumpten in Gleisdorf 23 Keller aus, teilte der Bereichsfeuerwehrverband mit.", True, [("count", 23, None, None)], "der Bereichsfeuerwehrverband"),
    ("de", "Winterausrüstung ist in den kommenden Tagen unbedingt mitzuführen.", False, [], None),
    # --- Landtag, Ausschuss (APA Burgenland) ---
    ("de", "Eisenstadt (APA) - Der Sozialausschuss des Burgenländischen Landtags hat am Mittwoch die Erhöhung des Heizkostenzuschusses auf 250 Euro einstimmig beschlossen.", True, [("money", 250, "EUR", None)], None),
    ("de", "Bezugsberechtigt sind Alleinstehende mit einem monatlichen Nettoeinkommen von höchstens 1.420 Euro, bei Paaren sind es 2.130 Euro.", True, [("money", 1420, "EUR", "at_most"), ("money", 2130, "EUR", None)], None),
    ("de", "Im Vorjahr hatten rund 14.600 Haushalte den Zuschuss beantragt, teilte das Land Burgenland mit.", True, [("count", 14600, None, "about")], "das Land Burgenland"),
    ("de", "Der Antrag der Opposition auf eine Ausweitung des Zuschusses wurde im Ausschuss mit 7 zu 4 Stimmen abgelehnt.", True, [("count", 7, None, None), ("count", 4, None, None)], None),
    # --- Bürgermeisterwahl ---
    ("de", "Bei der Bürgermeisterwahl in Perchtoldsdorf setzte sich Amtsinhaber Martin Schuster mit 54,2 Prozent durch, die Wahlbeteiligung lag bei 61,8 Prozent.", True, [("percent", 54.2, "%", None), ("percent", 61.8, "%", None)], None),
    ("de", "Der 58-Jährige geht damit in seine vierte Amtsperiode.", True, [("duration", 58, "year", None), ("ordinal", 4, None, None)], None),
    ("de", "„Ich danke allen Wählerinnen und Wählern für das große Vertrauen“, sagte Schuster am Wahlabend.", False, [], None),
    ("de", "Nach 29 Jahren an der Spitze der Gemeinde tritt Bürgermeister Alois Gruber bei der Wahl im Jänner nicht mehr an.", True, [("duration", 29, "year", None)], None),
    ("de", "Die Gemeinde Hard zählt mit Stichtag 1. Jänner 13.905 Einwohnerinnen und Einwohner, das sind um 211 mehr als ein Jahr davor.", True, [("date", "--01-01", None, None), ("count", 13905, None, None), ("count", 211, None, None)], None),
    ("de", "Die Gemeinde sei auf einem guten Weg, betonte der Bürgermeister.", False, [], None),
    # --- Keystone-SDA regional ---
    ("de", "Chur (Keystone-SDA) - Die Gemeindeversammlung von Domat/Ems hat am Dienstagabend einen Kredit von 4,6 Millionen Franken für die Sanierung des Hallenbads gutgeheissen.", True, [("money", 4600000, "CHF", None)], None),
    ("de", "Von den 612 anwesenden Stimmberechtigten sagten 488 Ja und 97 Nein, der Rest enthielt sich.", True, [("count", 612, None, None), ("count", 488, None, None), ("count", 97, None, None)], None),
    ("de", "Der Kanton Graubünden beteiligt sich mit 850'000 Franken an den Kosten, wie die Gemeinde mitteilte.", True, [("money", 850000, "CHF", None)], "die Gemeinde"),
    ("de", "Bern (Keystone-SDA) - Wegen eines Feuers in einem Mehrfamilienhaus in Thun sind in der Nacht auf Samstag 17 Personen evakuiert worden, zwei kamen mit Verdacht auf Rauchvergiftung ins Spital.", True, [("count", 17, None, None), ("count", 2, None, None)], None),
    ("de", "Die Feuerwehr Thun stand mit rund 45 Angehörigen im Einsatz, wie die Kantonspolizei Bern mitteilte.", True, [("count", 45, None, "about")], "die Kantonspolizei Bern"),
    ("de", "Die Brandursache ist noch unklar, der Sachschaden dürfte mehrere hunderttausend Franken betragen.", True, [], None),
    ("de", "Die Sanierung der Kantonsstrasse zwischen Sarnen und Kerns dauert von Mitte April bis Ende Oktober und kostet Fr. 3,2 Mio.", True, [("money", 3200000, "CHF", None)], None),
    ("de", "Jeder dritte Haushalt in der Gemeinde ist inzwischen an das Fernwärmenetz angeschlossen, teilten die Stadtwerke mit.", True, [("fraction", 0.3333, None, None)], "die Stadtwerke"),
    # --- Polizei regional (dpa/lni) ---
    ("de", "Osnabrück (dpa/lni) - Ein 34 Jahre alter Mann hat in der Nacht zu Sonntag in der Innenstadt von Osnabrück zwei Männer mit einem Messer verletzt.", True, [("duration", 34, "year", None), ("count", 2, None, None)], None),
    ("de", "Die Beamten nahmen den Tatverdächtigen wenig später in seiner Wohnung in der Lotter Straße fest, sagte ein Polizeisprecher.", True, [], "ein Polizeisprecher"),
    # --- Krankenhaus regional ---
    ("de", "Das Landesklinikum Zwettl wird bis 2029 um 74 Millionen Euro umgebaut, die Zahl der Betten bleibt mit 212 gleich.", True, [("year", 2029, None, None), ("money", 74000000, "EUR", None), ("count", 212, None, None)], None),
    # --- Termine und Boilerplate ---
    ("de", "Die nächste Gemeinderatssitzung findet am 14.4. im Sitzungssaal des Rathauses statt, auf der Tagesordnung stehen 22 Punkte.", True, [("date", "--04-14", None, None), ("count", 22, None, None)], None),
    ("de", "Alle Termine und weitere Informationen finden Sie auf der Homepage der Gemeinde.", False, [], None),
    ("de", "Die Gemeinde wünscht allen Besucherinnen und Besuchern einen schönen Aufenthalt.", False, [], None),
    # === English ================================================================================
    # --- Council budget (PA) ---
    ("en", "HUDDERSFIELD (PA) - Councillors in Kirklees have approved a 4.99% council tax rise, taking the Band D bill to £2,214.87 a year.", True, [("percent", 4.99, "%", None), ("money", 2214.87, "GBP", None)], None),
    ("en", "The budget was passed by 38 votes to 19, with four abstentions, after a three-hour debate.", True, [("count", 38, None, None), ("count", 19, None, None), ("count", 4, None, None), ("duration", 3, "hour", None)], None),
    ("en", "The council must still close a £14.6m funding gap in 2026-27 and has warned that up to 180 posts could go.", True, [("money", 14600000, "GBP", None), ("year", 2026, None, None), ("year", 2027, None, None), ("count", 180, None, "up_to")], None),
    ("en", "Cllr Amina Rauf, the cabinet member for finance, said 71p of every pound the council spends now goes on social care.", True, [("money", 0.71, "GBP", None)], "Amina Rauf"),
    ("en", "Opposition councillors said residents were being asked to pay more and get less.", False, [], None),
    ("en", "The parish council has set its precept at £48,200 for 2026-27, an increase of £1,900.", True, [("money", 48200, "GBP", None), ("year", 2026, None, None), ("year", 2027, None, None), ("money", 1900, "GBP", None)], None),
    ("en", "Car parking in the town centre will rise from £1.20 to £1.50 an hour.", True, [("money", 1.2, "GBP", None), ("money", 1.5, "GBP", None)], None),
    ("en", "Bin collections will move to every three weeks from June, saving an estimated £1.1m a year.", True, [("duration", 3, "week", None), ("money", 1100000, "GBP", "about")], None),
    ("en", "The motion was carried unanimously.", True, [], None),
    ("en", "The meeting will be livestreamed on the council's YouTube channel.", False, [], None),
    # --- Planning (PA) ---
    ("en", "Plans for 146 homes on a 12-acre field on the edge of Thornbury have been approved despite 312 objections.", True, [("count", 146, None, None), ("count", 12, None, None), ("count", 312, None, None)], None),
    ("en", "The scheme includes 35% affordable housing and a 60-place nursery, the council said.", True, [("percent", 35, "%", None), ("count", 60, None, None)], "the council"),
    ("en", "The developer has agreed to pay £1.3m towards school places and road improvements under a Section 106 agreement.", True, [("money", 1300000, "GBP", None)], None),
    ("en", "Councillors refused permission to convert the Grade II-listed former bank at 14 High Street into nine flats.", True, [("count", 9, None, None)], None),
    ("en", "A planning inspector allowed the appeal for a 14-storey tower of 212 flats, overturning the council's refusal.", True, [("count", 14, None, None), ("count", 212, None, None)], None),
    ("en", "The 2.3-hectare site has stood empty since the factory closed in 2009.", True, [("count", 2.3, None, None), ("year", 2009, None, None)], None),
    ("en", "Residents fear the development will change the character of the village forever.", False, [], None),
    # --- Local police (PA) ---
    ("en", "BOLTON (PA) - A 43-year-old man from Farnworth faces an attempted murder charge over a stabbing in Bolton town centre, Greater Manchester Police said.", True, [("duration", 43, "year", None)], "Greater Manchester Police"),
    ("en", "Officers were called to Bradshawgate at about 11.40pm on Saturday, where they found a 26-year-old man with stab wounds.", True, [("duration", 26, "year", None)], None),
    ("en", "He remains in hospital in a stable condition.", True, [], None),
    ("en", "Anyone with information is asked to call 101, quoting log 2317.", False, [], None),
    ("en", "Police Scotland said 11 people were arrested at the derby, three of them for pyrotechnics offences.", True, [("count", 11, None, None), ("count", 3, None, None)], "Police Scotland"),
    # --- Local police (AP) ---
    ("en", "PORTLAND, Maine (AP) — Police arrested 14 people during a weekend operation targeting shoplifting at stores on Congress Street, the department said Monday.", True, [("count", 14, None, None)], "the department"),
    ("en", "The arrests followed a string of thefts in the 400 block of Forest Avenue, where a pharmacy reported losses of about $38,000 since January.", True, [("money", 38000, "USD", "about")], None),
    ("en", "COLUMBUS, Ohio (AP) — A 17-year-old was shot and wounded early Saturday in the 1500 block of East Main Street, Columbus police said.", True, [("duration", 17, "year", None)], None),
    ("en", "The shooting was the city's 58th this year, according to police data.", True, [("ordinal", 58, None, None)], None),
    ("en", "Sheriff Dana Keller said deputies seized 4.2 pounds of methamphetamine and $12,400 in cash from a home on Route 9.", True, [("count", 4.2, None, None), ("money", 12400, "USD", None)], "Dana Keller"),
    # --- Schools (AP) ---
    ("en", "DES MOINES, Iowa (AP) — Enrollment in Iowa's public schools fell for a third straight year this fall, to 483,212 students, the state Department of Education said Thursday.", True, [("ordinal", 3, None, None), ("count", 483212, None, None)], None),
    ("en", "Kindergarten enrollment dropped by 1,146 students, or 3.2%, from a year earlier.", True, [("count", 1146, None, None), ("percent", 3.2, "%", None)], None),
    ("en", "The Cedar Falls school board voted 5-2 on Monday to close two elementary schools at the end of the 2025-26 school year.", True, [("count", 5, None, None), ("count", 2, None, None), ("count", 2, None, None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("en", "The closures are expected to save the district about $2.4 million a year, Superintendent Laura Whitcomb said.", True, [("money", 2400000, "USD", "about")], "Laura Whitcomb"),
    ("en", "About 410 students will be moved to three other buildings.", True, [("count", 410, None, "about"), ("count", 3, None, None)], None),
    ("en", "Parents packed the meeting, many of them wearing green shirts in support of the schools.", False, [], None),
    ("en", "\"These are our neighborhood schools, and we are heartbroken,\" said parent Melissa Ortiz.", False, [], None),
    ("en", "Third-grade reading scores in the district rose 4 points to 62% proficient, the district said.", True, [("ordinal", 3, None, None), ("count", 4, None, None), ("percent", 62, "%", None)], "the district"),
    # --- Schools (PA, AAP) ---
    ("en", "Oakfield Academy will admit 240 pupils into Year 7 this September, up from 210, after the trust won approval for a new teaching block.", True, [("count", 240, None, None), ("count", 210, None, None)], None),
    ("en", "The school was rated good by Ofsted after its inspection in January, up from requires improvement.", True, [], None),
    ("en", "One in five pupils at the school is eligible for free school meals.", True, [("fraction", 0.2, None, None)], None),
    ("en", "\"We are incredibly proud of every single one of our pupils,\" said headteacher Claire Dawson.", False, [], None),
    ("en", "ADELAIDE (AAP) - Enrolment at Mount Barker High School has grown from 980 to 1,260 students in five years.", True, [("count", 980, None, None), ("count", 1260, None, None), ("duration", 5, "year", None)], None),
    ("en", "The NSW Department of Education said 214 new teachers would start at western Sydney schools in Term 1.", True, [("count", 214, None, None)], "the NSW Department of Education"),
    ("en", "Motorists are reminded to take care near schools as children return after the holidays.", False, [], None),
    # --- Hospital trusts (PA) ---
    ("en", "Northgate Hospitals NHS Trust said 1,402 patients waited more than 12 hours in its emergency departments in December.", True, [("count", 1402, None, None), ("duration", 12, "hour", "over")], "Northgate Hospitals NHS Trust"),
    ("en", "Only 61.4% of patients were seen within four hours, against a national target of 78%.", True, [("percent", 61.4, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)], None),
    ("en", "The trust has opened a 24-bed ward at Northgate General Hospital to ease pressure on beds, it said.", True, [("count", 24, None, None)], None),
    ("en", "Ambulances waited an average of 52 minutes to hand over patients at the hospital last month.", True, [("duration", 52, "minute", None)], None),
    ("en", "\"Our staff have gone above and beyond during an incredibly challenging winter,\" said chief executive Dr Helen Marsh.", False, [], None),
    # --- Hospital (AP) ---
    ("en", "The rural hospital in Harlan County will close its 18-bed inpatient unit on May 31, leaving the nearest inpatient care 42 miles away, the hospital said.", True, [("count", 18, None, None), ("date", "--05-31", None, None), ("count", 42, None, None)], "the hospital"),
    ("en", "About 60 of its 210 employees will lose their jobs.", True, [("count", 60, None, "about"), ("count", 210, None, None)], None),
    # --- Local elections ---
    ("en", "YORK (PA) - The Liberal Democrats won the Haxby ward by-election with 1,214 votes, a majority of 312 over the Conservatives.", True, [("count", 1214, None, None), ("count", 312, None, None)], None),
    ("en", "Turnout was 27.4%, the council said.", True, [("percent", 27.4, "%", None)], "the council"),
    ("en", "The result gives the Liberal Democrats 27 of the council's 47 seats.", True, [("count", 27, None, None), ("count", 47, None, None)], None),
    ("en", "In Ward 6, incumbent council member Marcus Bell held his seat by 48 votes after a recount.", True, [("count", 48, None, None)], None),
    ("en", "Independent candidate Ruth Ogden topped the poll in Ballina with 2,904 first-preference votes and was elected on the fourth count.", True, [("count", 2904, None, None), ("ordinal", 4, None, None)], None),
    ("en", "Councillors paid tribute to the former mayor, describing him as a tireless champion of the town.", False, [], None),
    # --- State legislatures (AP) ---
    ("en", "SALEM, Ore. (AP) — The Oregon House voted 41-17 on Tuesday to approve a $1.2 billion transportation package that raises the state gas tax by 6 cents a gallon.", True, [("count", 41, None, None), ("count", 17, None, None), ("money", 1200000000, "USD", None), ("money", 0.06, "USD", None)], None),
    ("en", "House Bill 3991 now goes to the Senate, where Democrats hold 18 of the 30 seats.", True, [("count", 18, None, None), ("count", 30, None, None)], None),
    ("en", "The tax would rise to 46 cents per gallon on Jan. 1, 2027, the Legislative Fiscal Office said.", True, [("money", 0.46, "USD", None), ("date", "2027-01-01", None, None)], "the Legislative Fiscal Office"),
    ("en", "\"This is a bill that keeps Oregon moving,\" said Democratic state Rep. Susan Holt.", False, [], None),
    ("en", "TOPEKA, Kan. (AP) — The Kansas Senate voted 27-13 to override the governor's veto of a bill capping local property tax increases at 3% a year.", True, [("count", 27, None, None), ("count", 13, None, None), ("percent", 3, "%", None)], None),
    # --- County and city (AP) ---
    ("en", "PHOENIX (AP) — The Maricopa County Board of Supervisors voted unanimously to set the property tax rate at $1.06 per $100 of assessed value.", True, [("money", 1.06, "USD", None), ("money", 100, "USD", None)], None),
    ("en", "The county's $3.4 billion budget for fiscal 2027 includes raises of 3% for sheriff's deputies.", True, [("money", 3400000000, "USD", None), ("year", 2027, None, None), ("percent", 3, "%", None)], None),
    ("en", "City council approved a $48 million bond measure for the November ballot on a 6-1 vote.", True, [("money", 48000000, "USD", None), ("count", 6, None, None), ("count", 1, None, None)], None),
    ("en", "The bond would pay for a new fire station and repairs to 22 miles of streets.", True, [("count", 22, None, None)], None),
    ("en", "Measure B would raise the sales tax by a half cent for 20 years.", True, [("money", 0.005, "USD", None), ("duration", 20, "year", None)], None),
    # --- Fire (PA) ---
    ("en", "BRISTOL (PA) - Crews from six fire stations spent more than five hours tackling a blaze at a recycling plant in Avonmouth, Avon Fire and Rescue Service said.", True, [("count", 6, None, None), ("duration", 5, "hour", "over")], "Avon Fire and Rescue Service"),
    ("en", "At its height, 12 fire engines and about 70 firefighters were at the scene.", True, [("count", 12, None, None), ("count", 70, None, "about")], None),
    ("en", "Residents within a half-mile radius were told to keep windows and doors shut.", True, [("count", 0.5, None, None)], None),
    ("en", "Please avoid the area while crews continue to damp down.", False, [], None),
    # --- Fire (AP) ---
    ("en", "ALBANY, N.Y. (AP) — A fire that tore through a three-story apartment building in Schenectady early Sunday displaced 31 residents, fire officials said.", True, [("count", 3, None, None), ("count", 31, None, None)], None),
    ("en", "Firefighters arrived within four minutes of the 911 call, Fire Chief Don Ferraro told reporters.", True, [("duration", 4, "minute", None)], "Don Ferraro"),
    ("en", "The Red Cross said it was helping 12 families with temporary housing.", True, [("count", 12, None, None)], "the Red Cross"),
    # --- Festivals and shows ---
    ("en", "KENDAL (PA) - The three-day Fellside Calling festival drew 42,000 people to the showground over the weekend, organisers said.", True, [("duration", 3, "day", None), ("count", 42000, None, None)], "organisers"),
    ("en", "Now in its 20th year, the festival contributed an estimated £9.8m to the local economy.", True, [("ordinal", 20, None, None), ("money", 9800000, "GBP", "about")], None),
    ("en", "Festival-goers danced in the sunshine as the headliners closed the main stage.", False, [], None),
    ("en", "The Mendip County Show, held for the 160th time, attracted more than 150,000 visitors over four days.", True, [("ordinal", 160, None, None), ("count", 150000, None, "over"), ("duration", 4, "day", None)], None),
    ("en", "BALLARAT, Vic (AAP) - The Begonia Festival returned for its 72nd year, with organisers estimating that 60,000 people attended over the long weekend.", True, [("ordinal", 72, None, None), ("count", 60000, None, None)], None),
    ("en", "Gates open at 9am and close at 10pm on both days, with tickets priced at £45 for adults and £20 for children under 16.", True, [("money", 45, "GBP", None), ("money", 20, "GBP", None), ("duration", 16, "year", "under")], None),
    ("en", "The Riverina Country Music Festival drew about 45,000 visitors across 10 days, pumping an estimated A$38 million into the region.", True, [("count", 45000, None, "about"), ("duration", 10, "day", None), ("money", 38000000, "AUD", "about")], None),
    ("en", "The 5km fun run takes place on Saturday 14 March, starting from the market square.", True, [("count", 5, None, None), ("date", "--03-14", None, None)], None),
    ("en", "Don't miss what promises to be the best show yet!", False, [], None),
    ("en", "Organisers thanked volunteers, sponsors and the local community for their support.", False, [], None),
    ("en", "Everyone is welcome, and refreshments will be provided.", False, [], None),
    # --- Clubs and anniversaries ---
    ("en", "Sedbergh Cricket Club, founded in 1869, is celebrating its 155th anniversary with a match against an invitation XI on Saturday, June 14.", True, [("year", 1869, None, None), ("ordinal", 155, None, None), ("date", "--06-14", None, None)], None),
    ("en", "The 90-year-old bowls club has 64 members and plays on a green laid in 1935.", True, [("duration", 90, "year", None), ("count", 64, None, None), ("year", 1935, None, None)], None),
    ("en", "The village hall marks its centenary this year after a £180,000 refurbishment funded largely by the National Lottery.", True, [("ordinal", 100, None, None), ("money", 180000, "GBP", None)], None),
    ("en", "The 200-year-old bridge over the River Wye will reopen on Friday after a 14-month, £4.6m repair.", True, [("duration", 200, "year", None), ("duration", 14, "month", None), ("money", 4600000, "GBP", None)], None),
    ("en", "\"It's wonderful to see families still coming back every summer,\" said club president Janet Cole.", False, [], None),
    ("en", "The Lord Lieutenant praised the volunteers' dedication and community spirit.", False, [], None),
    # --- Council (AAP) ---
    ("en", "GEELONG, Vic (AAP) - The City of Greater Geelong council has voted 8-3 to approve an A$27.5 million upgrade of the Kardinia Aquatic Centre, including a new 50-metre pool.", True, [("count", 8, None, None), ("count", 3, None, None), ("money", 27500000, "AUD", None), ("count", 50, None, None)], None),
    ("en", "Construction is due to start in March and take about 18 months, council said.", True, [("duration", 18, "month", "about")], None),
    ("en", "The centre recorded 412,000 visits last financial year, up 9% on the year before.", True, [("count", 412000, None, None), ("percent", 9, "%", None)], None),
    ("en", "Mayor Trent Sullivan said the pool would be \"a game changer for families in the north\".", False, [], None),
    # --- Roads and traffic ---
    ("en", "The A38 will be closed in both directions between junctions 4 and 5 from 8pm on Friday until 6am on Monday for resurfacing, National Highways said.", True, [], "National Highways"),
    ("en", "A 20mph limit will apply on 46 residential streets in Cardigan from April 1.", True, [("count", 20, None, None), ("count", 46, None, None), ("date", "--04-01", None, None)], None),
    ("en", "The new roundabout at Chapel Lane, which cost £2.7m, opened 11 weeks behind schedule.", True, [("money", 2700000, "GBP", None), ("duration", 11, "week", None)], None),
    ("en", "Drivers should plan ahead and expect delays while the work is carried out.", False, [], None),
    # --- Weather and utilities ---
    ("en", "Up to 15cm of snow fell on higher ground in Powys overnight, and 40 schools were closed on Tuesday, the council said.", True, [("count", 15, None, "up_to"), ("count", 40, None, None)], "the council"),
    ("en", "Temperatures dropped to minus 8.2C at Sennybridge, the lowest in Wales this winter, the Met Office said.", True, [("count", -8.2, None, None)], "the Met Office"),
    ("en", "Wrap up warm and look in on elderly neighbours, the council urged.", False, [], None),
    ("en", "A boil-water notice affecting about 4,800 homes in Dunoon was lifted after three days, Scottish Water said.", True, [("count", 4800, None, "about"), ("duration", 3, "day", None)], "Scottish Water"),
    # --- Community ---
    ("en", "Two dozen volunteers spent a fortnight repainting the station's footbridge.", True, [("count", 24, None, None)], None),
    ("en", "Nearly half of the town's 3,400 households have signed up for the new food waste collection.", True, [("fraction", 0.5, None, "nearly"), ("count", 3400, None, None)], None),
    ("en", "Some 300 volunteers took part in the annual beach clean, collecting 1.4 tonnes of rubbish.", True, [("count", 300, None, "about"), ("count", 1.4, None, None)], None),
    ("en", "Loans at the county's 23 libraries rose 6.8% to 1.94 million last year.", True, [("count", 23, None, None), ("percent", 6.8, "%", None), ("count", 1940000, None, None)], None),
    ("en", "The library will open from 9am to 5pm Monday to Saturday under the new hours.", True, [], None),
    ("en", "Residents can find their new collection day on the council's website.", False, [], None),
    ("en", "Whether the new parking charges will bring shoppers back remains to be seen.", False, [], None),
    ("en", "This story has been updated with a statement from the school district.", False, [], None),
    # --- Added: fares, sales, fire, events, maternity, contracts ---
    ("en", "LINCOLN, Neb. (AP) — The City Council voted 4-3 to raise bus fares from $1.75 to $2 starting Sept. 1.", True, [("count", 4, None, None), ("count", 3, None, None), ("money", 1.75, "USD", None), ("money", 2, "USD", None), ("date", "--09-01", None, None)], None),
    ("en", "The council has agreed to sell the former library on Castle Street for £425,000, around £75,000 below its valuation.", True, [("money", 425000, "GBP", None), ("money", 75000, "GBP", "about")], None),
    ("en", "SYDNEY (AAP) - Firefighters from 14 stations took almost two hours to bring a factory fire in Wetherill Park under control, Fire and Rescue NSW said.", True, [("count", 14, None, None), ("duration", 2, "hour", "nearly")], "Fire and Rescue NSW"),
    ("en", "About 2,500 runners are expected for the 44th annual Turkey Trot, which raised $118,000 for the county food bank last year.", True, [("count", 2500, None, "about"), ("ordinal", 44, None, None), ("money", 118000, "USD", None)], None),
    ("en", "The maternity unit at Furness General will close to births for up to six weeks from Monday because of staff shortages, the trust said.", True, [("duration", 6, "week", "up_to")], "the trust"),
    ("en", "Teachers in the district will receive a 4.5% raise this year and 3% next year under a two-year contract ratified 212-9.", True, [("percent", 4.5, "%", None), ("percent", 3, "%", None), ("duration", 2, "year", None), ("count", 212, None, None), ("count", 9, None, None)], None),
]
