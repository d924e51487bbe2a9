"""Two-hundred-and-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Gerhard Pointner, Doris Kellermann, Bernhard Lackner, Johanna Brettschneider, Ueli
Rothenbühler, Mike Szepanski, Karsten Winkelmann, Valentin Hofbauer; Lisa Okonjo, Ray Durkin,
Dale Whitcombe, Callum Mackintosh, Patrick Carne, Alan Ridder, Wendell Pruitt, Elena
Ruiz-Travers, Rokeya Haque, Gloria Benavides, Rajesh Thakur, Trent Hollister, Aisha Rahman,
Maren Tuttle, Ken Afolabi, Tom Brennick; Rheinchem Kunststoffe, Gulfmark Chemical, Ohio
Valley Northern); office holders of real bodies appear under made-up names or by their role
only ("der Oberbürgermeister", "der Landeshauptmann", "der Betreiber", "Fire Commissioner").
Real bodies and places (Linz, Kepler Universitätsklinikum, Landeskriminalamt, Ludwigshafen,
BG Klinik, Katwarn, Staatsanwaltschaft Frankenthal, Großglockner, Heiligenblut, Kals,
Bodensee, DLRG, Polizeipräsidium Schwaben Nord, Technisches Hilfswerk, ADAC, Emmental,
Kantonspolizei Bern, Ilfis, Essen-Altendorf, Brennerstraße, Matrei, Rotes Kreuz, Rosenheim,
Potsdam-Mittelmark, Bundespolizei, Deutscher Wetterdienst, Stadtpolizei Zürich, Suva, Unia,
Verzascatal, Rega, Kantonspolizei Tessin, Uelzen, Verdi, Berufsfeuerwehr Wien; Oldham,
Greater Manchester Fire and Rescue Service, Harris County Sheriff's Office, U.S. Chemical
Safety Board, Ben Nevis, Lochaber Mountain Rescue Team, Scottish Mountain Rescue, RNLI, HM
Coastguard, National Weather Service, FDNY, American Red Cross, Dhaka, Cal Fire, Himachal
Pradesh, Ohio Environmental Protection Agency, National Transportation Safety Board, East
Palestine, London Fire Brigade, Metropolitan Police, Health and Safety Executive, National
Park Service, National Fire Protection Association, CCTV, National Mine Safety
Administration, Leech Lake, Minnesota Department of Natural Resources) stand for the way
wire copy names them; every toll, age, sum, time and quote here is invented.

Its weight: FIRES, ACCIDENTS AND RESCUES - house fires, industrial accidents, mountain and
water rescues, road crashes: fire brigade numbers (Feuerwehrleute, Fahrzeuge, fire engines),
casualties with ages, damage estimates, hours of operations, police and fire service
statements, witnesses' colour. Half German (APA, dpa, Keystone-SDA: a flat fire in Linz, a
chemical plant blast in Ludwigshafen, a Großglockner rescue, a drowning in Lake Constance, a
fog pile-up near Augsburg, a farm fire in the Emmental, a gas explosion in Essen, a school
bus in Tyrol, a forest fire in Brandenburg, a crane collapse in Zurich, a canyoning rescue
in Ticino, a care-home fire in Uelzen, the Vienna fire brigade's annual figures), half
English (PA, AP, Reuters: a mill fire in Oldham, a plant explosion near Houston, Ben Nevis,
a Cornish lifeboat, an Indiana pile-up, a Bronx fire, a Dhaka garment factory, a California
wildfire, a bus in Himachal Pradesh, an Ohio derailment, a London scaffolding collapse, a
Grand Canyon flash flood, US fire losses, a Chinese mine collapse, ice anglers in
Minnesota), 28 stories in story order (dateline lead, figures, attributed claims, the other
side, quotes, colour).

237 rows (119 German, 118 English), 55 negatives (29 German, 26 English), 182 check-worthy
rows of which 25 carry no figure (14 German, 11 English), 262 expected quantities (165
counts, 53 durations - 28 in years, 13 in hours, 5 in days, 4 in minutes, 1 in seconds, 1 in
months, 1 in weeks -, 12 years, 9 amounts of money - 3 EUR, 2 USD, 2 INR, 1 CHF, 1 BDT -, 6
ordinals, 6 percentages, 6 fractions, 5 dates; 3 of them in 3 negatives, as the seventeenth
batch labels a figure in a negative), 37 checked speakers (17 German, 20 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Quoted feeling, verdict,
  sympathy and resolve are negatives with speaker None, also with a named speaker
  (seventh, ninety-eighth, two-hundredth); quoted or reported facts are check-worthy with
  their speaker; Konjunktiv I paraphrases of a fact with "sagte ..." are check-worthy
  (hundred-fifty-second). Witness colour (a neighbour's memory, a lorry driver's "Knall",
  "like grey snow", screams, flowers and candles, relatives waiting) and vox pops
  (Wendell Pruitt, 52; Gloria Benavides, 74, their ages labelled, sixty-third) are
  negatives; so are appeals and advice ("Die Bergrettung appellierte ...", "Die DLRG rät
  ...", "Walkers should carry ...", "the park service said" after advice), thanks ("Der
  Landeshauptmann dankte ..."), labels ("Die Gewerkschaft Unia sprach von ...") and open
  questions ("Ob ...", "Wann ...", "Whether ...", "It is unclear how many ...").
  New: a lobby's or union's demand without a figure ("Der ADAC forderte erneut dynamische
  Tempolimits ...", "Die Gewerkschaft Verdi forderte strengere Brandschutzauflagen ...") is
  a negative - a position on policy, as consumer advocates' view (two-hundredth).
- Check-worthy without a figure (hundred-forty-eighth, two-hundredth): investigations
  opened or under way ("Brandermittler ... haben die Untersuchung aufgenommen", "Die
  Kriminalpolizei ermittelt, ob ...", "Die Staatsanwaltschaft klärt ab, ob ...", "The Health
  and Safety Executive said it had opened an investigation"), a negative breath test, nobody
  hurt, no leaks detected, a search suspended, a fire's course. New: a cause given as a
  possibility by the police ("könnte eine brennende Zigarette das Feuer ausgelöst haben,
  sagte ein Polizeisprecher"; "investigators believed a lithium-ion battery ... had caused")
  is check-worthy - the attributed statement of what investigators think is on record.
  New: "The fire is the largest in California this year." is check-worthy - a ranking a
  reader can check, as "der drittwärmste" without the ordinal.
- Counts (every batch): crews and vehicles ("mit 46 Feuerwehrleuten und elf Fahrzeugen",
  "15 fire engines and two aerial ladder platforms"), casualties and definite groups ("vier
  Arbeiter ..., zwei von ihnen schwer", "17 Menschen ..., fünf davon schwer", "four of them
  in critical condition", "51 of the 138 workers"), "212-mal" 212 and "twice" 2 (the issue's
  "viermal"), "one fisherman" 1, "a five-member committee" and "a seven-member team" (the
  hundred-seventeenth's "three-member panel"), "eine fünfköpfige Familie" (two-hundredth).
  New: "des viergeschossigen Gebäudes" and "the five-storey building" are count 4 and 5 -
  a number word heading a compound of floors counts them as "vierköpfige" counts members.
  Measures, speeds and areas are counts (fourth, eighty-first, two-hundredth): metres,
  kilometres, hectares, acres, inches, feet, Grad, mph, "Kilometern pro Stunde", "the
  14-metre trawler", "a 2-mile radius", "um fast einen Meter" 1 "nearly"; "Stufe 3" count 3
  (two-hundredth). New: "to less than 100 feet" is "under" - the mirror of "more than"
  "over", as "unter 50 Metern" and "Just under" (two-hundredth). New: "around a quarter of
  a mile" is fraction 0.25 "about" and no count - the share of a unit is read as "about a
  quarter of the distance" (two-hundredth). None: "dozens of cars", "beide Richtungen",
  clock times ("kurz nach 3 Uhr", "at about 4:20 p.m."), "each year", "last year", "in a
  week", "the past decade" (two-hundredth: "im vergangenen Jahrzehnt"), "im Jahr davor",
  "the year before".
- Ordinals and fractions: "im dritten Stock" 3, "a third-floor unit" 3, "the fourth floor"
  4, "der vierte größere Waldbrand" 4, "the third large fire" 3, "the second incident" 2;
  "Fast jedes vierte Opfer" 0.25 "nearly" (the issue's "jeder vierte"), "ein Viertel davon"
  0.25, "Knapp ein Drittel" 0.3333 "nearly", "about three-quarters" 0.75 "about", "about
  two-fifths" 0.4 "about".
- Durations and ages: hours and minutes of operations ("nach knapp zwei Stunden" "nearly",
  "rund 16 Stunden", "fast sieben Stunden lang", "rund dreieinhalb Stunden" 3.5 (twentieth:
  "siebeneinhalb"), "more than 14 hours" "over", "within 25 minutes" and "innerhalb von 20
  Minuten" no hedge (two-hundredth: "binnen", "within"), "after 31 hours", "for the next 30
  days", "within 15 days", "mindestens zwei Tage" "at_least", "einer fünftägigen Skiwoche"
  5 days, "three weeks earlier", "in 18 months", "55 Sekunden" (two-hundredth: race
  margins in seconds). Ages are durations in years ("ein 81-jähriger Mann", "ein
  dreijähriges Mädchen", "im Alter von 27 und 33 Jahren" the unit written once, "Ein 16 Jahre
  alter Schwimmer", "aged 34 and 47", "two girls aged 6 and 9" with count 2, "a 61-year-old
  man"; forty-sixth, sixty-third).
- Money in the currency written: EUR ("mindestens 400.000 Euro" "at_least", "rund 650.000
  Euro", "95 Millionen Euro"), CHF ("rund 1,5 Millionen Franken"), USD ("$215,000", "$23.2
  billion"). New: "200,000 taka" is BDT and "200,000 rupees"/"50,000 rupees" in an Indian
  story are INR - the currency named in the country's copy takes its ISO code as "pounds"
  takes GBP in the issue.
- Years and dates: "im Herbst 2023", "2024", "erst 2019" ("erst" no hedge), "Bis 2028",
  "built in 1874", "since 2009", "in 2022", "since 2005", "in 2024"; Reuters English
  datelines with a day ("NEW YORK, Jan 9 (Reuters)" --01-09, "DHAKA, March 3 (Reuters)",
  "LOS ANGELES, Aug 14 (Reuters)", "SHIMLA, India, June 2 (Reuters)", "BEIJING, Feb 23
  (Reuters)"; hundred-forty-eighth); APA, dpa, sda, PA and AP datelines none
  (seventy-ninth).
- Hedges: "rund", "Rund", "etwa", "about", "About", "around", "Around", "roughly", "an
  estimated" "about"; "knapp", "Knapp", "fast", "Fast", "nearly", "Nearly" "nearly"; "mehr
  als", "Mehr als", "more than", "über" "over"; "unter", "less than" "under"; "mindestens",
  "at least", "At least" "at_least"; "bis zu", "up to" "up_to". No hedge: "insgesamt",
  "Insgesamt", "zusammen", "davon", "weitere", "bereits", "schon", "derzeit", "im Schnitt",
  "durchschnittliche", "within", "innerhalb von", "erst", "mehr" after a figure.
- Speakers, checked only in forms earlier batches settled: "sagte X" with the title dropped
  ("Einsatzleiter", "Ortsstellenleiter", "Feuerwehrsprecher", "Waldbrandschutzbeauftragter",
  "Branddirektor", "group manager", "state police Sgt.", "Fire Commissioner", "district
  police chief", "park spokeswoman", "Cass County Sheriff"; hundred-forty-eighth), "sagte
  ein Feuerwehrsprecher" and "sagte ein Polizeisprecher" as written (fifty-eighth), "teilte
  die Polizei mit", "teilte der Landkreis mit", "wie die Polizei mitteilte", "wie die
  Kantonspolizei Bern mitteilte", "wie die Stadtpolizei Zürich mitteilte", "teilte die
  Kantonspolizei Tessin mit" (fortieth), "Laut Polizei" -> "Polizei" (thirtieth), "Nach
  Angaben der Feuerwehr" -> "die Feuerwehr" (the issue), English "X said" with the body as
  written ("Greater Manchester Fire and Rescue Service", "the Harris County Sheriff's
  Office", "the U.S. Chemical Safety Board", "Lochaber Mountain Rescue Team", "the RNLI",
  "the National Weather Service", "the Fire Department of New York", "Cal Fire", "the Ohio
  Environmental Protection Agency", "the National Transportation Safety Board", "London Fire
  Brigade", "the National Park Service", "the National Fire Protection Association").
  Left unchecked (None), though the sentence names a source: "officials said", "county
  officials said", "fire officials said", "police said", "Labour groups said" (plural
  groups, forty-first), "a fire service official told Reuters", "state broadcaster CCTV
  said", "the sheriff's office said", "according to FDNY figures", "according to government
  data", "according to preliminary data", "HSE figures show", "the report found" (data and
  documents, two-hundredth), "schätzte die Polizei", "beziffert die Polizei", "sagt der
  Deutsche Wetterdienst ... voraus", "nach eigenen Angaben". New: to keep the checked
  speakers to the forms settled with a full name or body, this batch also leaves unchecked
  the forms it could have checked but does not settle: a surname alone in a fact row ("Ridder
  said"), a common noun taking up a body ("the fire service said", "the charity said"),
  "sagte ein Sprecher der Stadtverwaltung", "laut Gebäudeversicherung", "according to
  Scottish Mountain Rescue", "according to the National Mine Safety Administration",
  "according to the Minnesota Department of Natural Resources", firms' "Gulfmark Chemical
  said" and "Ohio Valley Northern said", "Nach Angaben der DLRG", "Nach Angaben des
  Polizeipräsidiums Schwaben Nord", "HM Coastguard said", "the Metropolitan Police said" and
  "help from the American Red Cross". All negatives have speaker None.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_203 = [
    # --- Wohnhausbrand in Linz-Urfahr (APA) ---
    (
        "de",
        "Linz (APA) - Bei einem Brand in einem Mehrparteienhaus im Linzer Stadtteil Urfahr ist in der Nacht auf Sonntag ein 81-jähriger Mann ums Leben gekommen.",
        True,
        [("duration", 81, "year", None)],
        None,
    ),
    (
        "de",
        "Die Berufsfeuerwehr rückte mit 46 Feuerwehrleuten und elf Fahrzeugen aus, sagte ein Feuerwehrsprecher.",
        True,
        [("count", 46, None, None), ("count", 11, None, None)],
        "ein Feuerwehrsprecher",
    ),
    (
        "de",
        "Rund 30 Bewohnerinnen und Bewohner mussten über das Stiegenhaus und zwei Drehleitern in Sicherheit gebracht werden.",
        True,
        [("count", 30, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Sieben Personen wurden mit Verdacht auf Rauchgasvergiftung ins Kepler Universitätsklinikum gebracht, darunter ein dreijähriges Mädchen.",
        True,
        [("count", 7, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Das Feuer war im dritten Stock ausgebrochen und nach knapp zwei Stunden unter Kontrolle, sagte Einsatzleiter Gerhard Pointner.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "hour", "nearly")],
        "Gerhard Pointner",
    ),
    (
        "de",
        "Den Sachschaden schätzte die Polizei auf mindestens 400.000 Euro.",
        True,
        [("money", 400000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Brandermittler des Landeskriminalamts haben die Untersuchung der ausgebrannten Wohnung aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Kollegen haben unter extremen Bedingungen gearbeitet, der Rauch war undurchdringlich“, sagte Pointner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Nachbarin erzählte, sie habe den alten Herrn jahrelang jeden Morgen mit seinem Dackel an der Donau gesehen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt Linz stellte den betroffenen Familien Notquartiere in einem Hotel zur Verfügung.",
        True,
        [],
        None,
    ),
    # --- Verpuffung in Chemiebetrieb in Ludwigshafen (dpa) ---
    (
        "de",
        "Ludwigshafen (dpa) - Bei einer Verpuffung in einem Chemiebetrieb im Ludwigshafener Norden sind am Dienstagvormittag vier Arbeiter verletzt worden, zwei von ihnen schwer.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 52-jährige Schichtführer erlitt Verbrennungen an Armen und Gesicht und wurde mit einem Rettungshubschrauber in die BG Klinik Ludwigshafen geflogen.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Feuerwehr waren rund 120 Einsatzkräfte mit 35 Fahrzeugen vor Ort, darunter die Werkfeuerwehr des Unternehmens.",
        True,
        [("count", 120, None, "about"), ("count", 35, None, None)],
        "die Feuerwehr",
    ),
    (
        "de",
        "Die Stadt löste über die App Katwarn eine Warnung aus und forderte Anwohner in einem Umkreis von drei Kilometern auf, Fenster und Türen zu schließen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Warnung wurde nach rund vier Stunden wieder aufgehoben.",
        True,
        [("duration", 4, "hour", "about")],
        None,
    ),
    (
        "de",
        "Messungen hätten keine gesundheitsgefährdenden Konzentrationen ergeben, sagte ein Sprecher der Stadtverwaltung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Firma Rheinchem Kunststoffe beschäftigt an dem Standort nach eigenen Angaben rund 850 Menschen.",
        True,
        [("count", 850, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Sicherheit unserer Mitarbeitenden hat für uns oberste Priorität“, sagte Werkleiterin Doris Kellermann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft Frankenthal hat ein Ermittlungsverfahren wegen fahrlässiger Körperverletzung eingeleitet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bereits im Herbst 2023 war in derselben Anlage Ammoniak ausgetreten.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    # --- Bergsteiger am Großglockner gerettet (APA) ---
    (
        "de",
        "Heiligenblut (APA) - Zwei deutsche Bergsteiger sind am Großglockner nach einer Nacht auf rund 3.500 Metern Seehöhe gerettet worden.",
        True,
        [("count", 2, None, None), ("count", 3500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Männer im Alter von 27 und 33 Jahren hatten am Samstagnachmittag per Handy einen Notruf abgesetzt, teilte die Polizei mit.",
        True,
        [("duration", 27, "year", None), ("duration", 33, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Wegen Sturm und Nebel konnte der Notarzthubschrauber erst am Sonntag in der Früh aufsteigen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt waren 14 Bergretter aus Heiligenblut und Kals sowie zwei Hubschrauber rund 16 Stunden im Einsatz.",
        True,
        [("count", 14, None, None), ("count", 2, None, None), ("duration", 16, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die Alpinisten waren leicht unterkühlt, aber unverletzt, sagte Ortsstellenleiter Bernhard Lackner.",
        True,
        [],
        "Bernhard Lackner",
    ),
    (
        "de",
        "„Die zwei haben alles richtig gemacht, sie sind zusammengeblieben und in den Biwaksack gekrochen“, so Lackner.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Bergrettung appellierte an Hochtourengeher, vor jedem Aufstieg den Wetterbericht genau zu studieren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn musste die Kärntner Bergrettung bereits 212-mal ausrücken, um elf Prozent öfter als im Vorjahreszeitraum.",
        True,
        [("count", 212, None, None), ("percent", 11, "%", None)],
        None,
    ),
    # --- Badeunfall im Bodensee (dpa) ---
    (
        "de",
        "Friedrichshafen (dpa) - Ein 16 Jahre alter Schwimmer ist im Bodensee vor Friedrichshafen ertrunken.",
        True,
        [("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "Der Jugendliche war am Sonntagnachmittag rund 200 Meter vom Ufer entfernt untergegangen, wie die Polizei mitteilte.",
        True,
        [("count", 200, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "Taucher der DLRG und der Feuerwehr fanden ihn nach etwa 45 Minuten in sieben Metern Tiefe.",
        True,
        [("duration", 45, "minute", "about"), ("count", 7, None, None)],
        None,
    ),
    ("de", "Wiederbelebungsversuche des Notarztes blieben erfolglos.", True, [], None),
    (
        "de",
        "Nach Angaben der DLRG sind in Deutschland im vergangenen Jahr mindestens 411 Menschen ertrunken, 31 mehr als im Jahr davor.",
        True,
        [("count", 411, None, "at_least"), ("count", 31, None, None)],
        None,
    ),
    ("de", "Fast jedes vierte Opfer starb in einem See.", True, [("fraction", 0.25, None, "nearly")], None),
    (
        "de",
        "„Viele überschätzen sich und unterschätzen das kalte Wasser“, sagte DLRG-Sprecherin Johanna Brettschneider.",
        False,
        [],
        None,
    ),
    ("de", "Ob an dem Badeplatz künftig eine Wasserwacht stationiert wird, ist offen.", False, [], None),
    ("de", "Die DLRG rät Eltern, Kinder am Wasser keine Sekunde aus den Augen zu lassen.", False, [], None),
    # --- Massenkarambolage im Nebel bei Augsburg (dpa) ---
    (
        "de",
        "Augsburg (dpa) - Bei einer Massenkarambolage im dichten Nebel sind am Mittwochmorgen auf der Autobahn zwischen Augsburg und München 23 Fahrzeuge ineinandergekracht.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Eine 58-jährige Autofahrerin aus dem Landkreis Aichach-Friedberg starb noch an der Unfallstelle.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Polizeipräsidiums Schwaben Nord wurden 17 Menschen verletzt, fünf davon schwer.",
        True,
        [("count", 17, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Sichtweite habe zum Zeitpunkt des Unfalls teilweise unter 50 Metern gelegen, sagte ein Polizeisprecher.",
        True,
        [("count", 50, None, "under")],
        "ein Polizeisprecher",
    ),
    (
        "de",
        "Die Autobahn war in Richtung München fast sieben Stunden lang gesperrt, der Stau reichte zeitweise über zwölf Kilometer.",
        True,
        [("duration", 7, "hour", "nearly"), ("count", 12, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 180 Einsatzkräfte von Feuerwehr, Rettungsdienst und Technischem Hilfswerk waren im Einsatz.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Den Gesamtschaden beziffert die Polizei auf rund 650.000 Euro.",
        True,
        [("money", 650000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Lastwagenfahrer, der hinter der Unfallstelle stand, berichtete von „einem Knall nach dem anderen“.",
        False,
        [],
        None,
    ),
    ("de", "„Es war gespenstisch, man hat nur noch Warnblinker im Grau gesehen“, sagte er.", False, [], None),
    ("de", "Der ADAC forderte erneut dynamische Tempolimits bei Nebel auf stark befahrenen Strecken.", False, [], None),
    # --- Großbrand auf Bauernhof im Emmental (Keystone-SDA) ---
    (
        "de",
        "Langnau im Emmental (sda) - Bei einem Grossbrand auf einem Bauernhof im Emmental sind in der Nacht auf Freitag 38 Rinder und 12 Kälber verendet.",
        True,
        [("count", 38, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Bewohner des Wohnteils, eine fünfköpfige Familie, konnten sich rechtzeitig ins Freie retten, wie die Kantonspolizei Bern mitteilte.",
        True,
        [("count", 5, None, None)],
        "die Kantonspolizei Bern",
    ),
    (
        "de",
        "Die Feuerwehren aus vier Gemeinden standen mit rund 90 Angehörigen im Einsatz.",
        True,
        [("count", 4, None, None), ("count", 90, None, "about")],
        None,
    ),
    (
        "de",
        "Stall und Scheune brannten bis auf die Grundmauern nieder, den Schaden schätzt man vorläufig auf rund 1,5 Millionen Franken.",
        True,
        [("money", 1500000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Löscharbeiten dauerten bis in den Freitagmittag, zeitweise musste Wasser aus der Ilfis gepumpt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Brandermittlungsdienst der Kantonspolizei hat die Untersuchungen zur Ursache aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Für die Familie ist das eine Katastrophe, sie haben alles verloren», sagte Gemeindepräsident Ueli Rothenbühler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Kanton Bern brannten 2024 laut Gebäudeversicherung insgesamt 27 landwirtschaftliche Gebäude nieder.",
        True,
        [("year", 2024, None, None), ("count", 27, None, None)],
        None,
    ),
    # --- Gasexplosion in Essen (dpa) ---
    (
        "de",
        "Essen (dpa) - Nach einer Gasexplosion in einem Mehrfamilienhaus in Essen-Altendorf werden noch zwei Bewohner vermisst.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Explosion hatte am Montagabend die Fassade des viergeschossigen Gebäudes weggerissen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Zwölf Menschen wurden verletzt, darunter drei Feuerwehrleute, die beim Löschen von herabstürzenden Trümmern getroffen wurden.",
        True,
        [("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Feuerwehr Essen war mit mehr als 200 Kräften im Einsatz, unterstützt von Rettungshundestaffeln aus Bochum und Gelsenkirchen.",
        True,
        [("count", 200, None, "over")],
        None,
    ),
    (
        "de",
        "Die Suche in den Trümmern werde voraussichtlich noch mindestens zwei Tage dauern, sagte Feuerwehrsprecher Mike Szepanski.",
        True,
        [("duration", 2, "day", "at_least")],
        "Mike Szepanski",
    ),
    (
        "de",
        "Das Haus ist einsturzgefährdet, rund 40 Bewohner der Nachbarhäuser durften nicht in ihre Wohnungen zurück.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir hoffen weiterhin, die Vermissten lebend zu finden“, sagte der Oberbürgermeister am Unglücksort.",
        False,
        [],
        None,
    ),
    ("de", "Die Kriminalpolizei ermittelt, ob ein Bewohner die Gasleitung manipuliert hat.", True, [], None),
    ("de", "Wie es zu der Explosion kommen konnte, ist noch völlig unklar.", False, [], None),
    ("de", "Anrainer legten am Dienstag Blumen und Kerzen vor dem Absperrgitter nieder.", False, [], None),
    # --- Schulbus bei Matrei umgestürzt (APA) ---
    (
        "de",
        "Innsbruck (APA) - Ein Reisebus mit 46 Schülern aus Bayern ist am Freitag auf der Brennerstraße bei Matrei von der Fahrbahn abgekommen und umgestürzt.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "Laut Polizei wurden 19 Kinder und zwei Lehrerinnen verletzt, vier Schüler schwer.",
        True,
        [("count", 19, None, None), ("count", 2, None, None), ("count", 4, None, None)],
        "Polizei",
    ),
    (
        "de",
        "Der 63-jährige Lenker gab an, einem entgegenkommenden Lastwagen ausgewichen zu sein.",
        True,
        [("duration", 63, "year", None)],
        None,
    ),
    ("de", "Ein Alkotest beim Lenker verlief negativ.", True, [], None),
    ("de", "„Der Fahrer hat sicher Schlimmeres verhindert“, meinte ein Feuerwehrmann vor Ort.", False, [], None),
    (
        "de",
        "Neben fünf Notarzthubschraubern waren das Rote Kreuz mit 28 Fahrzeugen und die Feuerwehren aus drei Orten im Einsatz.",
        True,
        [("count", 5, None, None), ("count", 28, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Brennerstraße blieb für rund dreieinhalb Stunden in beide Richtungen gesperrt.",
        True,
        [("duration", 3.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die Schüler eines Rosenheimer Gymnasiums waren auf der Rückfahrt von einer fünftägigen Skiwoche in Südtirol.",
        True,
        [("duration", 5, "day", None)],
        None,
    ),
    (
        "de",
        "„Das sind Bilder, die man als Mutter nie sehen möchte“, sagte eine Frau am Bahnhof Rosenheim, wo die unverletzten Kinder abgeholt wurden.",
        False,
        [],
        None,
    ),
    ("de", "Der Landeshauptmann dankte den Einsatzkräften für ihre „großartige Arbeit“.", False, [], None),
    # --- Waldbrand in Potsdam-Mittelmark (dpa) ---
    (
        "de",
        "Treuenbrietzen (dpa) - Ein Waldbrand im Landkreis Potsdam-Mittelmark hat sich bis Donnerstagabend auf eine Fläche von etwa 340 Hektar ausgedehnt.",
        True,
        [("count", 340, None, "about")],
        None,
    ),
    (
        "de",
        "Vorsorglich geräumt wurden drei Ortsteile mit zusammen rund 600 Einwohnern, teilte der Landkreis mit.",
        True,
        [("count", 3, None, None), ("count", 600, None, "about")],
        "der Landkreis",
    ),
    (
        "de",
        "Weil auf dem Gelände alte Weltkriegsmunition liegt, muss die Feuerwehr einen Sicherheitsabstand von 1.000 Metern einhalten.",
        True,
        [("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 450 Feuerwehrleute aus ganz Brandenburg kämpfen gegen die Flammen, unterstützt von zwei Löschhubschraubern der Bundespolizei.",
        True,
        [("count", 450, None, "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der vierte größere Waldbrand in Brandenburg in diesem Sommer.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "In diesem Jahr sind in Brandenburg schon 2.100 Hektar Wald verbrannt, sagte Waldbrandschutzbeauftragter Karsten Winkelmann.",
        True,
        [("count", 2100, None, None)],
        "Karsten Winkelmann",
    ),
    ("de", "„Ernst ist es, doch wir behalten die Oberhand“, sagte Winkelmann.", False, [], None),
    (
        "de",
        "Für das Wochenende sagt der Deutsche Wetterdienst Temperaturen von bis zu 36 Grad voraus.",
        True,
        [("count", 36, None, "up_to")],
        None,
    ),
    (
        "de",
        "Wann die Bewohner in ihre Häuser zurückkehren können, vermochte am Abend niemand zu sagen.",
        False,
        [],
        None,
    ),
    # --- Baukran in Zürich-Oerlikon umgestürzt (Keystone-SDA) ---
    (
        "de",
        "Zürich (sda) - Auf einer Baustelle in Zürich-Oerlikon ist am Dienstag ein Baukran umgestürzt und hat einen 44-jährigen Bauarbeiter tödlich verletzt.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Der rund 40 Meter hohe Kran stürzte auf ein leerstehendes Bürogebäude, wie die Stadtpolizei Zürich mitteilte.",
        True,
        [("count", 40, None, "about")],
        "die Stadtpolizei Zürich",
    ),
    (
        "de",
        "Zwei weitere Arbeiter im Alter von 29 und 51 Jahren wurden mittelschwer verletzt.",
        True,
        [("count", 2, None, None), ("duration", 29, "year", None), ("duration", 51, "year", None)],
        None,
    ),
    (
        "de",
        "Als der Kran kippte, fegten Böen mit bis zu 85 Kilometern pro Stunde über die Baustelle.",
        True,
        [("count", 85, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Suva registrierte 2024 schweizweit 79 tödliche Berufsunfälle, ein Viertel davon auf dem Bau.",
        True,
        [("year", 2024, None, None), ("count", 79, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "«Wir sind alle tief erschüttert», sagte der Geschäftsführer der Baufirma.", False, [], None),
    ("de", "Die Staatsanwaltschaft klärt ab, ob der Kran trotz Sturmwarnung in Betrieb war.", True, [], None),
    ("de", "Die Gewerkschaft Unia sprach von einem „vermeidbaren Unglück“.", False, [], None),
    # --- Canyoning-Gruppe im Verzascatal gerettet (Keystone-SDA) ---
    (
        "de",
        "Locarno (sda) - Sechs Canyoning-Touristen aus Deutschland sind im Verzascatal nach einem plötzlichen Anstieg des Wasserpegels aus einer Schlucht gerettet worden.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Gruppe sass rund fünf Stunden auf einem Felsvorsprung fest, ehe Spezialisten sie mit Seilen bergen konnten.",
        True,
        [("duration", 5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Eine 35-jährige Frau erlitt einen Beinbruch und wurde von der Rega ins Spital geflogen.",
        True,
        [("duration", 35, "year", None)],
        None,
    ),
    (
        "de",
        "Der Pegel der Verzasca sei innerhalb von 20 Minuten um fast einen Meter gestiegen, teilte die Kantonspolizei Tessin mit.",
        True,
        [("duration", 20, "minute", None), ("count", 1, None, "nearly")],
        "die Kantonspolizei Tessin",
    ),
    (
        "de",
        "Nach Gewittern im Oberlauf galt für die Region eine Unwetterwarnung der Stufe 3.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "«Sie hatten unglaubliches Glück», sagte einer der Retter.", False, [], None),
    ("de", "Die Polizei rät dringend davon ab, bei Gewitterwarnung in Schluchten einzusteigen.", False, [], None),
    # --- Brand in Pflegeheim in Uelzen (dpa) ---
    (
        "de",
        "Uelzen (dpa) - Bei einem Brand in einem Pflegeheim in Uelzen sind in der Nacht zu Samstag zwei Bewohnerinnen im Alter von 88 und 93 Jahren gestorben.",
        True,
        [("count", 2, None, None), ("duration", 88, "year", None), ("duration", 93, "year", None)],
        None,
    ),
    ("de", "Das Feuer brach kurz nach 3 Uhr in einem Zimmer im Erdgeschoss aus.", True, [], None),
    (
        "de",
        "Insgesamt 64 Bewohner, viele von ihnen bettlägerig, wurden evakuiert, teilte die Polizei mit.",
        True,
        [("count", 64, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Die Feuerwehr war mit 15 Fahrzeugen und 110 Kräften vor Ort, der Rettungsdienst richtete in einer Turnhalle einen Behandlungsplatz ein.",
        True,
        [("count", 15, None, None), ("count", 110, None, None)],
        None,
    ),
    (
        "de",
        "Elf Bewohner und zwei Pflegekräfte kamen mit Rauchvergiftungen in Krankenhäuser.",
        True,
        [("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Nach ersten Erkenntnissen könnte eine brennende Zigarette das Feuer ausgelöst haben, sagte ein Polizeisprecher.",
        True,
        [],
        "ein Polizeisprecher",
    ),
    (
        "de",
        "Das Heim war erst 2019 mit einer Brandmeldeanlage nachgerüstet worden.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    ("de", "„Unsere Gedanken sind bei den Angehörigen“, erklärte der Betreiber.", False, [], None),
    ("de", "Die Gewerkschaft Verdi forderte strengere Brandschutzauflagen für Pflegeheime.", False, [], None),
    # --- Jahresbilanz der Berufsfeuerwehr Wien (APA) ---
    (
        "de",
        "Wien (APA) - Die Berufsfeuerwehr Wien ist im vergangenen Jahr zu 42.318 Einsätzen ausgerückt, so oft wie nie zuvor.",
        True,
        [("count", 42318, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht im Schnitt rund 116 Einsätzen pro Tag, sagte Branddirektor Valentin Hofbauer bei der Präsentation der Bilanz.",
        True,
        [("count", 116, None, "about")],
        "Valentin Hofbauer",
    ),
    (
        "de",
        "Knapp ein Drittel der Alarmierungen betraf Brände, der Rest technische Einsätze wie Unwetter, Verkehrsunfälle und Personenrettungen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei Bränden kamen in Wien 2024 neun Menschen ums Leben, nach 14 im Jahr davor.",
        True,
        [("year", 2024, None, None), ("count", 9, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Feuerwehr rettete nach eigenen Angaben 1.287 Menschen und 364 Tiere.",
        True,
        [("count", 1287, None, None), ("count", 364, None, None)],
        None,
    ),
    ("de", "Die durchschnittliche Ausrückzeit lag bei 55 Sekunden.", True, [("duration", 55, "second", None)], None),
    (
        "de",
        "Bis 2028 sollen drei neue Feuerwachen entstehen, die Stadt investiert dafür 95 Millionen Euro.",
        True,
        [("year", 2028, None, None), ("count", 3, None, None), ("money", 95000000, "EUR", None)],
        None,
    ),
    ("de", "Hofbauer zeigte sich besorgt über die Zunahme von Bränden durch Lithium-Ionen-Akkus.", False, [], None),
    ("de", "„Jeder E-Scooter-Akku im Vorzimmer ist eine potenzielle Zeitbombe“, warnte er.", False, [], None),
    (
        "de",
        "Die Wiener Feuerwehr zählt derzeit rund 1.900 Bedienstete, davon 46 Frauen.",
        True,
        [("count", 1900, None, "about"), ("count", 46, None, None)],
        None,
    ),
    ("de", "Ob das Personal angesichts der Einsatzzahlen reicht, wollte Hofbauer nicht beurteilen.", False, [], None),
    # --- Mill fire in Oldham (PA) ---
    (
        "en",
        "MANCHESTER (PA) - Around 100 firefighters tackled a huge blaze at a disused mill in Oldham overnight, sending a plume of smoke visible across the region.",
        True,
        [("count", 100, None, "about")],
        None,
    ),
    (
        "en",
        "Greater Manchester Fire and Rescue Service said 15 fire engines and two aerial ladder platforms were sent to the five-storey building late on Tuesday.",
        True,
        [("count", 15, None, None), ("count", 2, None, None), ("count", 5, None, None)],
        "Greater Manchester Fire and Rescue Service",
    ),
    (
        "en",
        "People in about 40 neighbouring houses were advised to stay indoors with windows closed.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    ("en", "No one was injured, the fire service said.", True, [], None),
    (
        "en",
        "Crews were expected to remain at the scene for at least two days as parts of the roof collapsed.",
        True,
        [("duration", 2, "day", "at_least")],
        None,
    ),
    (
        "en",
        "The mill, built in 1874, had stood empty since 2009 and was on a register of buildings at risk.",
        True,
        [("year", 1874, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "Group manager Lisa Okonjo said the fire was being treated as deliberate and police had been informed.",
        True,
        [],
        "Lisa Okonjo",
    ),
    (
        "en",
        '"It is heartbreaking to watch a piece of the town\'s history go up in flames," said local councillor Ray Durkin.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the third large fire at a derelict mill in the borough in 18 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 18, "month", None)],
        None,
    ),
    ("en", 'Neighbours described ash falling "like grey snow" on cars parked along the street.', False, [], None),
    # --- Petrochemical plant explosion near Houston (AP) ---
    (
        "en",
        "PASADENA, Texas (AP) — An explosion at a petrochemical plant near Houston on Thursday killed two workers and injured at least nine others, officials said.",
        True,
        [("count", 2, None, None), ("count", 9, None, "at_least")],
        None,
    ),
    (
        "en",
        "The blast happened at about 4:20 p.m. in a unit that processes ethylene, Gulfmark Chemical said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The two men killed were contract workers aged 34 and 47, the Harris County Sheriff's Office said.",
        True,
        [("count", 2, None, None), ("duration", 34, "year", None), ("duration", 47, "year", None)],
        "the Harris County Sheriff's Office",
    ),
    (
        "en",
        "Residents within a 2-mile radius were ordered to shelter in place for nearly three hours.",
        True,
        [("count", 2, None, None), ("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Outside the plant fence, monitors picked up no dangerous benzene readings, county officials said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The U.S. Chemical Safety Board said four of its investigators were heading to the site.",
        True,
        [("count", 4, None, None)],
        "the U.S. Chemical Safety Board",
    ),
    (
        "en",
        "The plant employs about 650 people and was fined $215,000 in 2022 for safety violations.",
        True,
        [("count", 650, None, "about"), ("money", 215000, "USD", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Our hearts go out to the families of our colleagues," Gulfmark chief executive Dale Whitcombe said in a statement.',
        False,
        [],
        None,
    ),
    ("en", "Whether the unit had passed its last inspection remained unclear on Thursday night.", False, [], None),
    # --- Climbers rescued on Ben Nevis (PA) ---
    (
        "en",
        "FORT WILLIAM, Scotland (PA) - Two climbers were rescued from Ben Nevis after spending a night stuck on a ledge at around 1,200 metres.",
        True,
        [("count", 2, None, None), ("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "Lochaber Mountain Rescue Team said 18 volunteers took part in the operation, which lasted more than 14 hours.",
        True,
        [("count", 18, None, None), ("duration", 14, "hour", "over")],
        "Lochaber Mountain Rescue Team",
    ),
    (
        "en",
        "The men, aged 24 and 26 and from Leeds, raised the alarm on Saturday evening after being caught out by a whiteout.",
        True,
        [("duration", 24, "year", None), ("duration", 26, "year", None)],
        None,
    ),
    (
        "en",
        "A coastguard helicopter from Inverness was unable to reach them because of winds gusting at up to 70 mph.",
        True,
        [("count", 70, None, "up_to")],
        None,
    ),
    ("en", "Both were treated for mild hypothermia at Belford Hospital and later discharged.", True, [], None),
    (
        "en",
        '"They were cold and very lucky, but they made good decisions up there," team leader Callum Mackintosh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scottish mountain rescue teams were called out 749 times last year, a rise of 12% on the year before, according to Scottish Mountain Rescue.",
        True,
        [("count", 749, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Walkers should carry a map, compass and head torch even on short winter routes, the team advised.",
        False,
        [],
        None,
    ),
    # --- Lifeboat rescue off Cornwall (PA) ---
    (
        "en",
        "PENZANCE (PA) - Lifeboat crews rescued five people from a fishing boat that ran aground off the Cornish coast in heavy seas early on Monday.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The RNLI said the all-weather lifeboat from Penlee reached the 14-metre trawler within 25 minutes of the mayday call.",
        True,
        [("count", 14, None, None), ("duration", 25, "minute", None)],
        "the RNLI",
    ),
    (
        "en",
        "Waves of up to four metres hampered the operation, and one fisherman was winched to safety by a coastguard helicopter.",
        True,
        [("count", 4, None, "up_to"), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The skipper, a 61-year-old from Newlyn, went to hospital with a head wound.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        "HM Coastguard said it was the second incident involving a fishing vessel in the area in a week.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", '"The crew showed real courage out there tonight," coxswain Patrick Carne said.', False, [], None),
    (
        "en",
        "The RNLI's lifeboats launched 9,120 times across Britain and Ireland in 2024, saving 367 lives, the charity said.",
        True,
        [("count", 9120, None, None), ("year", 2024, None, None), ("count", 367, None, None)],
        None,
    ),
    (
        "en",
        "Most of its roughly 5,700 volunteer crew members have other full-time jobs.",
        True,
        [("count", 5700, None, "about")],
        None,
    ),
    ("en", '"They are the best of us," the charity\'s chief executive said.', False, [], None),
    # --- Snow-squall pile-up in Indiana (AP) ---
    (
        "en",
        "LA PORTE, Ind. (AP) — A chain-reaction crash involving more than 40 vehicles in a sudden snow squall on a northern Indiana interstate killed three people on Friday.",
        True,
        [("count", 40, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Among the dead was a 19-year-old college student from Michigan City.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    (
        "en",
        "At least 22 people were taken to hospitals, four of them in critical condition, state police Sgt. Alan Ridder said.",
        True,
        [("count", 22, None, "at_least"), ("count", 4, None, None)],
        "Alan Ridder",
    ),
    (
        "en",
        "Visibility dropped to less than 100 feet within seconds, Ridder said.",
        True,
        [("count", 100, None, "under")],
        None,
    ),
    (
        "en",
        "Eastbound lanes were closed for about nine hours while crews cleared 11 semitrailers and dozens of cars.",
        True,
        [("duration", 9, "hour", "about"), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Snowfall rates of up to 2 inches an hour were reported in the area, the National Weather Service said.",
        True,
        [("count", 2, None, "up_to")],
        "the National Weather Service",
    ),
    (
        "en",
        '"It was like driving into a white wall," said truck driver Wendell Pruitt, 52, who walked away unhurt.',
        False,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "State officials urged drivers to slow down and turn on their headlights when squalls hit.",
        False,
        [],
        None,
    ),
    # --- Bronx apartment fire (Reuters) ---
    (
        "en",
        "NEW YORK, Jan 9 (Reuters) - A fire in a Bronx apartment building killed four people, including two children, and injured 19 others on Thursday, the Fire Department of New York said.",
        True,
        [
            ("date", "--01-09", None, None),
            ("count", 4, None, None),
            ("count", 2, None, None),
            ("count", 19, None, None),
        ],
        "the Fire Department of New York",
    ),
    (
        "en",
        "More than 200 firefighters responded to the blaze, which started in a third-floor unit, officials said.",
        True,
        [("count", 200, None, "over"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Fire Commissioner Elena Ruiz-Travers said investigators believed a lithium-ion battery in an e-bike had caused the fire.",
        True,
        [],
        "Elena Ruiz-Travers",
    ),
    (
        "en",
        "The victims were a 71-year-old woman, her 38-year-old son and two girls aged 6 and 9.",
        True,
        [
            ("duration", 71, "year", None),
            ("duration", 38, "year", None),
            ("count", 2, None, None),
            ("duration", 6, "year", None),
            ("duration", 9, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Lithium-ion batteries caused 277 fires and 18 deaths in New York City last year, according to FDNY figures.",
        True,
        [("count", 277, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "About 120 tenants lost their homes, and 43 families were getting help from the American Red Cross.",
        True,
        [("count", 120, None, "about"), ("count", 43, None, None)],
        None,
    ),
    ("en", '"These batteries are killing New Yorkers," Ruiz-Travers said.', False, [], None),
    (
        "en",
        "One neighbour said she heard children screaming from a window before the smoke became too thick to see.",
        False,
        [],
        None,
    ),
    # --- Garment factory fire near Dhaka (Reuters) ---
    (
        "en",
        "DHAKA, March 3 (Reuters) - At least 16 workers died on Monday when flames swept through a clothing plant at the edge of Dhaka, fire officials said.",
        True,
        [("date", "--03-03", None, None), ("count", 16, None, "at_least")],
        None,
    ),
    (
        "en",
        "Most of the victims were women trapped on the fourth floor, where an exit was locked, a fire service official told Reuters.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Twenty fire units took more than six hours to bring the blaze under control.",
        True,
        [("count", 20, None, None), ("duration", 6, "hour", "over")],
        None,
    ),
    (
        "en",
        "The factory, which employed about 1,800 people, made clothing for European retailers.",
        True,
        [("count", 1800, None, "about")],
        None,
    ),
    (
        "en",
        "The government announced compensation of 200,000 taka for each victim's family.",
        True,
        [("money", 200000, "BDT", None)],
        None,
    ),
    (
        "en",
        "Labour groups said more than 1,500 garment workers had died in factory accidents in Bangladesh since 2005.",
        True,
        [("count", 1500, None, "over"), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        '"Nothing has changed, workers are still dying behind locked doors," union leader Rokeya Haque said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A five-member committee was formed to investigate and must report within 15 days.",
        True,
        [("count", 5, None, None), ("duration", 15, "day", None)],
        None,
    ),
    # --- Wildfire in Northern California (Reuters) ---
    (
        "en",
        "LOS ANGELES, Aug 14 (Reuters) - A fast-moving wildfire in Northern California has burned more than 48,000 acres and destroyed at least 130 homes, state fire officials said on Wednesday.",
        True,
        [("date", "--08-14", None, None), ("count", 48000, None, "over"), ("count", 130, None, "at_least")],
        None,
    ),
    ("en", "The fire was 12% contained, Cal Fire said.", True, [("percent", 12, "%", None)], "Cal Fire"),
    (
        "en",
        "About 2,300 firefighters, 19 helicopters and more than 200 engines were assigned to the blaze.",
        True,
        [("count", 2300, None, "about"), ("count", 19, None, None), ("count", 200, None, "over")],
        None,
    ),
    (
        "en",
        "Evacuation orders covered roughly 9,500 residents in two counties.",
        True,
        [("count", 9500, None, "about"), ("count", 2, None, None)],
        None,
    ),
    ("en", "A firefighter suffered burns to his hands and was airlifted to a hospital in Sacramento.", True, [], None),
    (
        "en",
        "Red flag warnings remained in place until Friday, with gusts of up to 45 mph forecast.",
        True,
        [("count", 45, None, "up_to")],
        None,
    ),
    ("en", "The fire is the largest in California this year.", True, [], None),
    (
        "en",
        '"We lost everything, but we got out alive, and that\'s what matters," said evacuee Gloria Benavides, 74.',
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    ("en", "It was not yet known how the fire started.", False, [], None),
    # --- Pilgrim bus in a gorge in Himachal Pradesh (Reuters) ---
    (
        "en",
        "SHIMLA, India, June 2 (Reuters) - A pilgrim bus fell into a ravine in Himachal Pradesh, leaving at least 27 dead, police said on Sunday.",
        True,
        [("date", "--06-02", None, None), ("count", 27, None, "at_least")],
        None,
    ),
    (
        "en",
        "The bus was carrying 52 passengers although it was licensed for 32, district police chief Rajesh Thakur said.",
        True,
        [("count", 52, None, None), ("count", 32, None, None)],
        "Rajesh Thakur",
    ),
    (
        "en",
        "Rescuers pulled 19 injured survivors from the wreckage, which lay about 150 metres below the road.",
        True,
        [("count", 19, None, None), ("count", 150, None, "about")],
        None,
    ),
    (
        "en",
        "New Delhi pledged 200,000 rupees to each bereaved family and 50,000 rupees to every injured passenger.",
        True,
        [("money", 200000, "INR", None), ("money", 50000, "INR", None)],
        None,
    ),
    (
        "en",
        "More than 150,000 people die on India's roads each year, according to government data.",
        True,
        [("count", 150000, None, "over")],
        None,
    ),
    ("en", "Survivors described screams and darkness as the bus rolled down the slope.", False, [], None),
    # --- Freight train derailment in Ohio (AP) ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Twenty-three cars of a freight train derailed in eastern Ohio late Tuesday, and about 600 residents were evacuated as a precaution, officials said.",
        True,
        [("count", 23, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "en",
        "Five of the derailed cars were carrying hazardous materials, including two tankers of vinyl chloride, Ohio Valley Northern said.",
        True,
        [("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "No leaks were detected, the Ohio Environmental Protection Agency said.",
        True,
        [],
        "the Ohio Environmental Protection Agency",
    ),
    (
        "en",
        "The train of 141 cars was travelling at about 38 mph when it left the tracks, according to preliminary data.",
        True,
        [("count", 141, None, None), ("count", 38, None, "about")],
        None,
    ),
    (
        "en",
        "The National Transportation Safety Board said it would send a seven-member team.",
        True,
        [("count", 7, None, None)],
        "the National Transportation Safety Board",
    ),
    ("en", '"People here remember East Palestine, and they are scared," Mayor Trent Hollister said.', False, [], None),
    ("en", "The evacuation order was lifted after 31 hours.", True, [("duration", 31, "hour", None)], None),
    # --- Scaffolding collapse in Whitechapel (PA) ---
    (
        "en",
        "LONDON (PA) - A scaffolding tower collapsed onto a busy street in east London on Wednesday, injuring six people, two of them seriously.",
        True,
        [("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "London Fire Brigade said eight fire engines and around 60 firefighters attended the scene in Whitechapel.",
        True,
        [("count", 8, None, None), ("count", 60, None, "about")],
        "London Fire Brigade",
    ),
    (
        "en",
        "A 45-year-old passer-by suffered serious leg injuries, the Metropolitan Police said.",
        True,
        [("duration", 45, "year", None)],
        None,
    ),
    (
        "en",
        "The structure, around 30 metres tall, had been put up three weeks earlier for the renovation of an office block.",
        True,
        [("count", 30, None, "about"), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "The Health and Safety Executive said it had opened an investigation.",
        True,
        [],
        "the Health and Safety Executive",
    ),
    (
        "en",
        "Construction accounted for 51 of the 138 workers killed in workplace accidents in Britain in the last reporting year, HSE figures show.",
        True,
        [("count", 51, None, None), ("count", 138, None, None)],
        None,
    ),
    (
        "en",
        '"I heard a noise like thunder and then everyone was running," said shop worker Aisha Rahman.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Questions remain over whether the scaffolding had been inspected after last week's storm.",
        False,
        [],
        None,
    ),
    # --- Flash flood in the Grand Canyon (AP) ---
    (
        "en",
        "FLAGSTAFF, Ariz. (AP) — Park rangers rescued 104 hikers stranded by a flash flood in a side canyon of the Grand Canyon over the weekend, the National Park Service said.",
        True,
        [("count", 104, None, None)],
        "the National Park Service",
    ),
    (
        "en",
        "A 33-year-old woman from Arizona was swept away by the floodwater and remains missing.",
        True,
        [("duration", 33, "year", None)],
        None,
    ),
    (
        "en",
        "Helicopters flew 27 missions on Sunday to lift out the hikers, some of whom had been stuck for more than 40 hours.",
        True,
        [("count", 27, None, None), ("duration", 40, "hour", "over")],
        None,
    ),
    (
        "en",
        "Nearly 2 inches of rain fell in about 40 minutes upstream, park spokeswoman Maren Tuttle said.",
        True,
        [("count", 2, None, "nearly"), ("duration", 40, "minute", "about")],
        "Maren Tuttle",
    ),
    ("en", "The search for the missing hiker was suspended at nightfall and was to resume on Monday.", True, [], None),
    ("en", '"The water came down like a wall," said a hiker from Ohio who asked not to be named.', False, [], None),
    (
        "en",
        "Visitors should check forecasts and avoid slot canyons when storms are possible, the park service said.",
        False,
        [],
        None,
    ),
    # --- US fire losses (AP) ---
    (
        "en",
        "BOSTON (AP) — U.S. fire departments responded to an estimated 1.39 million fires last year, the National Fire Protection Association said in its annual report on Tuesday.",
        True,
        [("count", 1390000, None, "about")],
        "the National Fire Protection Association",
    ),
    (
        "en",
        "Those fires killed 3,670 civilians and injured 13,250, with property losses put at $23.2 billion.",
        True,
        [("count", 3670, None, None), ("count", 13250, None, None), ("money", 23200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About three-quarters of those who died were killed in fires at home.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "Cooking remained the leading cause of home fires, involved in roughly 49% of them.",
        True,
        [("percent", 49, "%", "about")],
        None,
    ),
    (
        "en",
        "Smoke alarms were absent or not working in about two-fifths of homes where someone died.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        '"Most of these deaths are preventable," said the association\'s research director, Ken Afolabi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The number of volunteer firefighters has fallen by 8% over the past decade, the report found.",
        True,
        [("percent", 8, "%", None)],
        None,
    ),
    # --- Coal mine collapse in Inner Mongolia (Reuters) ---
    (
        "en",
        "BEIJING, Feb 23 (Reuters) - A coal mine collapse in China's Inner Mongolia region killed at least six people and left 47 missing, state broadcaster CCTV said on Thursday.",
        True,
        [("date", "--02-23", None, None), ("count", 6, None, "at_least"), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "More than 900 rescuers were sent to the open-pit mine after a wall roughly 80 metres high gave way.",
        True,
        [("count", 900, None, "over"), ("count", 80, None, "about")],
        None,
    ),
    (
        "en",
        "Rescue work was halted twice on Friday because of further landslides.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "It is unclear how many of the missing miners could still be alive.", False, [], None),
    (
        "en",
        "China recorded 245 coal mine accidents in 2022, a rise of about 7% on the previous year, according to the National Mine Safety Administration.",
        True,
        [("count", 245, None, None), ("year", 2022, None, None), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "en",
        "Authorities ordered safety inspections at all mines in the region for the next 30 days.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    ("en", "Relatives gathered at a hotel near the site, some weeping as they waited for news.", False, [], None),
    # --- Ice anglers adrift on Leech Lake (AP) ---
    (
        "en",
        "WALKER, Minn. (AP) — Thirty-five ice anglers were rescued on Saturday after a slab of ice broke away from the shore of Leech Lake and drifted out, the sheriff's office said.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "The slab, estimated at around a quarter of a mile wide, was pushed by winds of about 30 mph.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 30, None, "about")],
        None,
    ),
    (
        "en",
        "Deputies and volunteers used airboats to ferry the anglers back in groups of five over about three hours.",
        True,
        [("count", 5, None, None), ("duration", 3, "hour", "about")],
        None,
    ),
    (
        "en",
        "Cass County Sheriff Tom Brennick said nobody was hurt, although two people were treated for exposure.",
        True,
        [("count", 2, None, None)],
        "Tom Brennick",
    ),
    ("en", '"Every winter we say it, and every winter someone ignores it," Brennick said.', False, [], None),
    (
        "en",
        "At least 4 inches of clear ice are needed to walk safely, according to the Minnesota Department of Natural Resources.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    ("en", "Anglers should never go out alone and should always carry ice picks, officials said.", False, [], None),
]
