"""Four-hundred-and-eighty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of real offices appear only by office
("The fire commissioner", "the commissioner", „Die Innensenatorin“, „der Bürgermeister der
Stadt“, „der Vorsitzende Richter“), and the officers, spokespeople, firefighters, drivers,
victims, relatives and witnesses who appear by name are invented and stand for no real
person.

Names: the police and fire spokespeople and officers (Florian Weichselgartner, police
spokesman in the Upper Palatinate; Sergeant Lisa Crombleholme, Cheshire; district fire
commander Gerhard Pöllabauer-Strommer, Styria; Battalion Chief Renard Okafor-Bristow,
Philadelphia; Roman Eggenberger-Flury, spokesman of the St. Gallen cantonal police;
Superintendent Joanne Kearsley-Vuong, NSW; Chief Superintendent Aoife Brannelly-Dunne,
Garda; Markus Dittrich-Halbwirth, spokesman of the Vienna police; Detective Sergeant Kerry
Ollerenshaw, Norfolk; Constable Ravi Dhaliwal-Bruce, Ontario; CHP spokesman Miguel
Sandoval-Reyes; station commander Tariq Lennox-Abara, London; Inspector Natalie
Whitfield-Gorman, Victoria; Judith Bolliger-Sennhauser, spokeswoman of the Zurich city
police; incident controller Brett Haldane-Moss, Victoria), the court spokeswoman Annegret
Voßkühler-Brandt (Stuttgart), the drivers and victims (Connor Ashworth-Pilling, Pauline
Westacott, Harold and Judith Pemberton-Laske), the trucker Dale Oberholtzer, the councillor
Margaret Duthie-Rennick and the priest Fr Donal Kierse-Moloney, and every unnamed spokesman,
spokeswoman, surgeon, father, lawyer, resident, battalion chief and defendant are invented.
Real bodies, courts, roads, hospitals, media and places ("dpa/lby", "dpa/lnw", "dpa/bb",
"dpa/lsw", "dpa/lni", "dpa/sn", "APA", "sda", „Le Nouvelliste“, "Polizeipräsidium
Oberpfalz", "Landespolizeidirektion Steiermark", "Landespolizeidirektion Tirol",
"Landespolizeidirektion Wien", "Landespolizeidirektion Oberösterreich", "Kantonspolizei St.
Gallen", "Kantonspolizei Wallis", "Kantonspolizei Zürich", "Stadtpolizei Zürich", "Schutz &
Rettung Zürich", "Polizei Köln", "Polizei Berlin", "Berliner Feuerwehr", "Polizeidirektion
Nord", "Polizeidirektion Göttingen", "Polizeidirektion Leipzig", "THW", "Landgericht"
Stuttgart, "Bezirksgericht Winterthur", "Zürcher Obergericht", "Unfallkrankenhaus Berlin",
"LKH Feldbach", "Krankenhaus St. Johann", "A 3", "A 7", "A1", "B 96", "B 178", Loferer
Straße, Triester Straße, Laxenburger Straße, Theodor-Heuss-Straße, Bornaische Straße,
Regensburg, Nürnberg, Pischelsdorf, Oststeiermark, Oberbüren, Thurgau, Köln-Mülheim, St.
Johann in Tirol, Tiroler Unterland, Oranienburg, Landkreis Oberhavel, Haute-Nendaz, Sitten,
Unterwallis, Kanton Aargau, Wien-Favoriten, Hildesheim, Laatzen, Winterthur, Oberwinterthur,
Leipzig-Connewitz, Berlin, Linz, Bezirk Braunau, Mattighofen, Tschechien, Zürich, Kreis 4,
Seebecken; Cheshire Police, National Highways, NSW Police, Transport for NSW, Operation Safe
Arrival, Gardaí, the Wisconsin State Patrol, the National Weather Service, the Scottish Fire
and Rescue Service, Police Scotland, Glasgow Sheriff Court, the Queen Elizabeth University
Hospital, the Arizona Department of Public Safety, DPS, Victoria Police, the VicEmergency
app, Norwich Crown Court, Norfolk Police, Ontario Provincial Police, the Chicago Fire
Department, the California Highway Patrol, CHP, the London Fire Brigade, the Metropolitan
Police, University Hospital Limerick, Reuters, PA, AP, AAP, CP, the M56, Interstate 94,
I-94, Interstate 10, the Hume Motorway, the Western Highway, Highway 401, the N24, and the
datelines' cities with Goulburn, Ballarat, Learmonth, Addington, Rockford, Mesa, Thetford,
Mississauga, Govanhill, Allison Street, Tower Hamlets, Hackney, Enfield, the Thames, Co
Kerry, Co Tipperary, Cahir and Clonmel) stand for the way wire copy names them; every crash,
fire, arrest, reading, sentence, toll, tally, sum and quote here is invented, and where a
real figure came to mind (a real holiday road toll, a real New Year's Eve call count, a real
drink-drive tally, a real stunt-driving total, a real year's road deaths) it was changed -
only the legal limits and penalties a check turns on are kept as wire copy would state them
(the Swiss "Raser" threshold and minimum sentence, the Irish and Californian alcohol limits,
the Austrian fine for fireworks in built-up areas, the Ontario stunt-driving penalties, the
Californian first-offence range).

Its weight: POLICE REPORTS, ROAD ACCIDENTS AND FIRES, the seventh round on police reports
(the eighty-first batch weighed police reports, traffic accidents, fires and rescues, the
hundred-fifty-second police, courts and crime on one day, the two-hundred-and-forty-third
police reports and crime news over one weekend - the third round -, the
two-hundred-and-ninety-eighth police reports and accidents over one week - the fourth -, the
three-hundred-and-fifty-second police reports, fires and rescues - the fifth - and the
four-hundred-and-thirteenth police reports and crime statistics - the sixth; beside them the
two-hundred-and-third weighed fires, accidents and rescues, the three-hundred-and-twelfth
and four-hundred-and-thirty-third road traffic and road safety statistics, the
hundred-seventh, two-hundred-and-thirty-first, three-hundred-and-thirty-ninth and
four-hundred-and-forty-third transport accidents and safety investigations, the
three-hundred-and-eighty-fifth industrial accidents and explosions, the
four-hundred-and-nineteenth disasters and accidents and the four-hundred-and-sixty-second
crime statistics, police and prisons; their decisions are kept, those on ages, clock times,
blood alcohol, speeds and speakers above all) - the two holiday weeks from Monday, December
20, to Sunday, January 2 (the weekdays those of 2032 and 2033), black ice, Christmas
candles, drink-driving checks, New Year's Eve and fireworks, as 30 short stories in story
order, the German and English ones interleaved by day, about half in each language. German
copy (dpa with its slugs "dpa/lby", "dpa/lnw", "dpa/bb", "dpa/lsw", "dpa/lni", "dpa/sn",
APA, Keystone-SDA as "sda"; police releases as the wires pass them - „teilte ... mit“, „wie
die Kantonspolizei ... mitteilte“, „nach Angaben der Landespolizeidirektion ...“, „nach
Polizeiangaben“, „hiess es bei der Kantonspolizei“; Austrian „heuer“, „Jänner“,
„Alkolenker“, „Lenkerinnen und Lenker“, „Lenkberechtigung“, „Bursche“, „auf freiem Fuß
angezeigt“, „Mistkübel“, „ersucht“, „Polizeiinspektion“, „LKH“, „in Vollbrand gestanden“,
„um sechs weniger“; Swiss „Neulenker“, „Führerausweis auf Probe“, „Automobilist“,
„Fussgängerstreifen“, „Busse“, „Spital“, „gemäss“, „Strasse“, „verliessen“, „weitergezogen“,
„110'000“, „300'000 Franken“, canton suffixes „Oberbüren SG“ and „Haute-Nendaz VS“, «»
quotes; German „“ quotes): a black-ice pile-up on the A 3, a cattle-shed fire in Styria, a
"Raser" on the Swiss A1, an Advent wreath fire in Cologne, a drunk driver on Christmas Eve
in Tyrol, a fatal tree crash on the B 96, a chalet fire in the Valais, the verdict in a
Stuttgart street-race trial, a chase through Favoriten, a burning lorry on the A 7, a
Winterthur court on a fatal crossing, car arsons in Connewitz, Berlin's New Year's Eve
balance, firecracker injuries in Upper Austria and New Year's Eve in Zurich. English copy
(PA from England, Scotland and Ireland, AP, AAP, CP and Reuters with a day in the dateline;
UK "lorry", "HGV", "carriageway", "appliances", "per cent", "£310,000", Irish "gardaí",
"garda", "Co Kerry", US "percent" as "%", "911", "two-alarm", "five-alarm", "semitrailers",
"booked into jail", "bond", Australian "P-plater", "double demerit points", "172km/h",
"41C", "$2,790", Canadian "stunt driving", "km/h", "$10,000"): a burning lorry on the M56, a
Philadelphia rowhouse fire, a P-plater before the NSW holiday blitz, the Garda Christmas
drink-drive figures, a snow pile-up on I-94, a Boxing Day tenement fire in Glasgow, a
wrong-way crash in Phoenix, a grass fire near Ballarat, a Norwich sentence for a 97mph
crash, a 201 km/h stunt driver on the 401, a five-alarm warehouse fire in Chicago, New
Year's enforcement in California, New Year's Eve in London, Victoria's holiday road toll and
a New Year's Day crash in Tipperary. Speakers as such copy has them: forces, directorates
and fire services that „teilte ... mit“ or "said", police and fire spokespeople and officers
with their rank, a court spokeswoman, and beside them the forms left unchecked (roles, „nach
Polizeiangaben“, „nach eigenen Angaben“, estimating verbs, "according to", data, plural
groups, descriptions such as "the force said", "the brigade said", "the agency said", "the
fire service said", Ontario's present-tense "say", Irish "gardaí said"). Figures as police
and fire copy has them: ages (compounds, „Jahre alt“, "aged 17 and 18", "Harold
Pemberton-Laske, 74,", „unter 18 Jahren“, „ein acht Monate alter Säugling“), damage and
fines in euros, francs, pounds and U.S., Canadian and Australian dollars, speeds, limits and
excesses („mit 189 km/h ..., erlaubt sind dort 100 km/h“, „Nach Abzug der Sicherheitsmarge
von 7 km/h ... 82 km/h“, "172km/h in a 110km/h zone", "97mph", "more than 45km/h over the
limit"), blood and breath alcohol („0,94 mg/l“, „knapp 1,9 Promille“, "0.21%", "more than
four times the legal limit", "50mg of alcohol in every 100ml of blood"), crews and vehicles
(„Elf Feuerwehren mit 168 Mitgliedern und 29 Fahrzeugen“, „mit 58 Kräften und 17
Fahrzeugen“, "eight appliances and about 50 firefighters", "38 tankers and four
water-bombing aircraft"), road closures in hours („für gut fünfeinhalb Stunden gesperrt“,
„für rund zweieinhalb Stunden nur einspurig“, "for almost 11 hours", "for about seven
hours"), court follow-ups (sentences, bans, probation, Busse, bond, the prosecution's
demand), holiday tallies, ranks in a series („der 19. Raser“, „der neunte Brandanschlag“,
"the 13th wrong-way crash"), temperatures, distances and dates. Negatives as such copy has
them - 55 rows, none with a figure: appeals for witnesses and footage, advice from police
and fire services, open questions, officers' and relatives' rhetoric, grief and shock, a
defence's label, a politician's verdict by office and a lawyer's comfort, each near a
check-worthy look-alike from the same story, most often the same speaker's figure.

242 rows (123 German, 119 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 23 carry no figure (13 German, 10 English), 277 expected quantities (143
counts, 86 durations - 55 in years, 13 in months, 9 in hours, 3 in minutes, 3 in days, 2 in
weeks, 1 in seconds -, 17 ordinals, 16 amounts of money - 8 EUR, 3 CHF, 2 USD, 1 GBP, 1 AUD,
1 CAD -, 6 percentages - all in "%" -, 5 dates - 1 with a year, 4 without -, 3 years, 1
fraction; none of them in a negative), 36 checked speakers (18 German, 18 English). These
counts were computed by a script over the list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported verdict,
  label, feeling, grief, comfort, warning, piece of advice or rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fifty-second, two-hundred-and-forty-third, four-hundred-and-thirteenth); a quoted
  or reported fact, figure, step or account is check-worthy with its speaker, also in
  Konjunktiv I (hundred-fifty-second, three-hundred-and-fifty-second). Pairs from one
  speaker: Weichselgartner's minus two degrees beside „Wer bei Blitzeis fährt wie im
  Hochsommer ...“; Pöllabauer-Strommer's building in Vollbrand beside „Die Kameraden haben
  ... Unglaubliches geleistet“; Eggenberger-Flury's 19th Raser beside «Wer so fährt, spielt
  mit dem Leben ...»; Kearsley-Vuong's breath tests beside "If you think the odds won't
  catch up with you ..."; Brannelly-Dunne's 9,400 tests beside "The morning after is still
  the blind spot ..."; Dittrich-Halbwirth's account of the youth beside „... ist pures
  Glück“; Dhaliwal-Bruce's 9,000 charges beside "There is no excuse ..."; Sandoval-Reyes's
  checkpoints beside "plan a sober ride home"; Lennox-Abara's crews pelted with fireworks
  beside "beyond contempt"; Whitfield-Gorman's 186 drivers beside "Every name on that list
  ..."; Bolliger-Sennhauser's twelve juveniles beside «Die allermeisten haben friedlich ...
  gefeiert»; and by office, unchecked, the fire commissioner's smoke alarms beside "This is
  the call every firefighter dreads ...".
- Appeals, advice, open questions, grief and labels are negatives, as the eighty-first,
  two-hundred-and-forty-third, two-hundred-and-ninety-eighth, three-hundred-and-fifty-second
  and four-hundred-and-thirteenth batches settle them: appeals for witnesses and footage
  („Die Polizei bittet Autofahrer, ...“, „Die Polizei sucht Zeugen, ...“, „Wer in der Nacht
  ... beobachtet hat, soll sich bei der Polizei melden.“, the Austrian „Die Polizei ersucht
  Zeugen, ...“, "Detectives want to hear from drivers ...", "Police Scotland appealed to
  anyone ...", "Anyone with video ... is asked to contact police.", "Gardaí are appealing to
  any road users ..."); advice („Die Feuerwehr rät, ...“ twice, „Die Kantonspolizei rät,
  ...“, „Die Kantonspolizei appelliert an Eltern, ...“, „„Wer trinkt, fährt nicht ...“,
  appellierte eine Polizeisprecherin“, „„Die Rettungsgasse ist keine Bitte, sondern
  Pflicht“, mahnte ...“, "Police urged drivers ...", "State officials urged ...", "Residents
  were urged ...", "Police urged motorists ...", "Ride-hailing companies encouraged revelers
  ..."); open questions („Ob ein technischer Defekt ... auslöste, war zunächst offen.“, „Wie
  lange die übrigen Bewohner ... bleiben müssen, war am Abend noch unklar.“, „Wie das Feuer
  an der Achse entstanden ist, ist noch unklar.“, "Fire officials have yet to say how the
  blaze started.", "It was unclear whether the suspect had hired a lawyer."; eighty-first);
  grief, shock and condolence (the mayor's „fassungslos“, the councillor's "heartbreaking",
  the priest's "in shock", Sergeant Crombleholme's "Our thoughts are with ...", the
  daughter's victim statement, the defendant's Schlusswort, the lawyer's „nur ein schwacher
  Trost“; hundred-fifty-second, two-hundred-and-forty-third); labels and verdicts (the
  defence's «tragischen Augenblicksversagen», 'Road safety campaigners described the term as
  "..."' - four-hundred-and-thirteenth: 'Road safety charity Brake called the sentence
  "..."' -, the Innensenatorin's „insgesamt ruhigeren Nacht“ and „völlig inakzeptabel“ by
  office, the judge's „... zur Rennstrecke gemacht ...“, a surgeon's „Jedes Jahr dieselben
  Bilder ...“, the battalion chief's "a brutal night"; two-hundred-and-fourth); scene colour
  (the father's «Es ging alles unglaublich schnell ...», the trucker's "nothing but white",
  the neighbours' description of the family; eighty-first, three-hundred-and-fifty-second).
- Check-worthy without a figure, as facts of record in police and fire copy (eighty-first,
  two-hundred-and-forty-third, two-hundred-and-ninety-eighth,
  three-hundred-and-fifty-second, four-hundred-and-thirteenth): a licence taken and a car
  seized (two-hundred-and-forty-third), a court appearance ("He is expected to appear at
  Glasgow Sheriff Court on Tuesday."), a chalet burnt down, a crash's course „nach
  Polizeiangaben“, the cause as investigators see it („Nach ersten Erkenntnissen hatte ein
  brennender Adventskranz ...“, "Investigators believe ...";
  three-hundred-and-fifty-second), „Die Brandursache ist noch unklar, die Staatsanwaltschaft
  hat eine Untersuchung eröffnet.“ (an open question beside a step of record,
  two-hundred-and-ninety-eighth), vague damage („im sechsstelligen Bereich“, „mehrere
  hunderttausend Franken“; fifty-eighth, three-hundred-and-fifty-second), the fire
  commissioner's finding on the smoke alarms (by office, unchecked), a firefighter's finding
  on the dead woman (a role), announced checks ("would be conducting random breath tests",
  "would also run sobriety checkpoints"; two-hundred-and-fourth: announced steps), the
  defence's Revision announced through a court spokeswoman, a Swiss verdict's remedy („Das
  Urteil kann ans Zürcher Obergericht weitergezogen werden.“, as „Das Urteil ist nicht
  rechtskräftig ...“ in the earlier court batches), the CHP's enforcement period from a
  clock time, residents housed overnight, a driver's account given "according to police",
  and two rules: the firework class „nicht zugelassen“ and "Each manslaughter count is a
  class 2 felony under Arizona law." (below).
- Ages are durations in years (every batch; the brief's "ein 34-Jähriger", "a 52-year-old
  man"): compounds („Ein 44-jähriger Alkolenker“, „einer 38-jährigen Deutschen“, „Der
  54-jährige Besitzer“, „ein 23-jähriger Neulenker“, „Ein 46-jähriger Mann und seine
  15-jährige Tochter“, „einen 24-Jährigen“, „mit einem 22-Jährigen“, „ein 17-Jähriger“,
  „Sein 16-jähriger Beifahrer“, „einen 63-jährigen Automobilisten“, „die 84-jährige Frau“,
  „ein 27-jähriger Mann“, "A 47-year-old lorry driver", "a 9-year-old girl", "A 34-year-old
  woman and her 12-year-old son", "An 18-year-old P-plater", "a 29-year-old man", "A
  66-year-old man", "A 58-year-old man", "a 31-year-old man", "A 27-year-old man", "A
  36-year-old firefighter", "a 16-year-old boy", "68-year-old Pauline Westacott", "a
  19-year-old driver", "a 32-year-old woman"), „ein 61 Jahre alter Lastwagenfahrer“, „eine
  81 Jahre alte Frau“, „ein 19 Jahre alter Autofahrer“, „Eine 31 Jahre alte Fußgängerin“,
  „Der 52 Jahre alte Fahrer“, „im Alter von sechs und neun Jahren“ and „im Alter von 17, 18
  und 20 Jahren“ (the unit written once, forty-sixth), "aged between 17 and 25" (no hedge)
  and "aged 17 and 18", ages in apposition ("Connor Ashworth-Pilling, 23,", "Her husband,
  71,", "Harold Pemberton-Laske, 74, and his wife, Judith, 72,"; sixty-third), „Jugendliche
  unter 18 Jahren“ 18 "under" (four-hundred-and-thirteenth: „Unmündige unter 14 Jahren“) and
  „ein acht Monate alter Säugling“ 8 months (an age in months is a duration in months,
  hundred-sixty-second: "ein drei Monate altes Baby"; hundred-seventy-seventh: „erst elf
  Monate alt“). "a couple in their 70s" and "A man in his 40s" carry none (fifty-fifth,
  three-hundred-and-fifty-second).
- Clock times, weekdays and holidays carry nothing, nor do "gegen", "about", "around" and
  "shortly" before a clock time (eighty-first, two-hundred-and-ninety-eighth,
  three-hundred-and-fifty-second, four-hundred-and-thirteenth): „kurz vor 6 Uhr“, „Zwischen
  19 und 6 Uhr“, „kurz nach Mitternacht“, "shortly after 3am", "reported at 2.14am",
  "shortly after 1 a.m. Sunday", "at 6 p.m. Friday", "between 8pm on New Year's Eve and 6am
  on New Year's Day", "shortly before 4pm", „am Montagmorgen“, „in der Nacht auf Dienstag“,
  „in der Nacht zum Freitag“, „am Mittwochabend“, „am Heiligen Abend“, „in der
  Silvesternacht“, „am Neujahrsmorgen“, „bis in die Morgenstunden“, "early Tuesday", "late
  Tuesday", "on Boxing Day", "New Year's Day", "since Bonfire Night", "this Christmas"; but
  „in der Nacht zum ersten Weihnachtsfeiertag“ is ordinal 1, as the
  four-hundred-and-twenty-ninth batch read „am ersten Weihnachtsfeiertag“.
- Blood and breath alcohol, speeds and limits (eighty-first, two-hundred-and-forty-third,
  two-hundred-and-ninety-eighth, three-hundred-and-fifty-second,
  four-hundred-and-thirteenth): „knapp 1,9 Promille“ 1.9 "nearly"; "0.21%", "the legal limit
  of 0.08%" and "0.08%, or 0.04%" percentages as written (three-hundred-and-fifty-second);
  "more than twice the legal limit" 2 "over" and "more than four times the legal limit" 4
  "over" (multiples of a limit, eighty-first, two-hundred-and-ninety-eighth); "50mg of
  alcohol in every 100ml of blood, and at 20" three counts (the elliptic 20 takes the unit
  of the first figure, four-hundred-and-thirteenth: "97 microgrammes per 100 millilitres").
  New: „0,94 mg/l, das entspricht knapp 1,9 Promille“ gives two counts, 0.94 and 1.9
  "nearly" - the Austrian breath reading with its unit abbreviated counts as „0,92
  Milligramm pro Liter“ (two-hundred-and-ninety-eighth) and „mehr als 100 mg/l“
  (seventy-fourth) do, and the blood value it is converted to is a second figure of record.
  Speeds are counts („mit 189 km/h ..., erlaubt sind dort 100 km/h“, „bis zu 148 km/h,
  erlaubt sind dort 50“ 148 "up_to" and 50 - the elliptic limit without a unit -, „bis zu
  130 km/h, erlaubt sind 50“, „mit rund 35 km/h“ "about", "172km/h in a 110km/h zone",
  "97mph", "at 91mph", "201 km/h ..., more than double the posted limit" 201 and 2 "over" -
  a multiple, hundred-sixth: "more than double the previous record" -, "100 km/h"), excesses
  as written („beträgt die Überschreitung 82 km/h“, „um mindestens 80 km/h“ "at_least",
  "more than 45km/h over the limit" "over"). New: „Nach Abzug der Sicherheitsmarge von 7
  km/h“ is count 7 - the margin written with its figure is a figure of record like the
  excess it leads to, while „Nach Abzug der Sicherheitsmarge“ alone carries none. „über 400
  PS“ 400 "over" (fourth, two-hundred-and-ninety-eighth). "double demerit points" carries
  none (four-hundred-and-thirty-third).
- Crews, vehicles and other counts (every batch): „23 Fahrzeuge“, „Vierzehn Menschen ...,
  drei von ihnen“, „rund 120 Helferinnen und Helfer“ "about", „Rund 60 weitere Tiere“
  "about" („weitere“ no hedge, two-hundred-and-ninety-eighth), „42 Rinder“, „Elf Feuerwehren
  mit 168 Mitgliedern und 29 Fahrzeugen“, „mit 58 Kräften und 17 Fahrzeugen ... 14 Bewohner
  ... aus dem fünfgeschossigen Haus“ (the storeys of a compound,
  two-hundred-and-ninety-eighth), „Fünf von ihnen“, „4.860 Alkotests ..., 112 Lenkerinnen
  und Lenker“, „38 Menschen, um sechs weniger“ 38 and 6 („um“ no hedge), „Seine drei
  Mitfahrer“, „Die sieben Feriengäste“, „Rund 45 Feuerwehrleute“, „mindestens neun rote
  Ampeln“ "at_least", „Rund 70 Einsatzkräfte von fünf Ortsfeuerwehren“, „fünf Autos ...,
  zwei weitere“, „31 Autos und drei Transporter“, „mit zwölf Beamtinnen und Beamten“, „1.614
  Einsätzen“, „421 Brände ..., darunter 17“, „287 Menschen“, „22 Polizistinnen und
  Polizisten sowie neun Einsatzkräfte“, „19 Menschen ..., fünf von ihnen“, „drei Finger“,
  „23 Menschen ..., neun davon“, „146 Einsätzen“, „14 Personen“, „Rund 110'000 Menschen“
  (Swiss grouping, tenth), „Zwölf der Festgenommenen“, „87 Einsätzen“, „die sechs
  Bewohnerinnen und Bewohner“, „19 Personen“, "Six fire engines and around 35 firefighters",
  "about 26 tonnes", "Three people", "About 85 firefighters", "the two-alarm blaze" 2 and "a
  five-alarm fire" 5 (three-hundred-and-fifty-second: "A two-alarm fire"), "Seventeen people
  ..., up from 11", "Of the 284 people ..., 61", "312 motorists", "up by 41 ..., and 68",
  "9,400 breath tests", "nine lives", "More than 40 vehicles ..., sending 19 people", "at
  least 12 semitrailers" "at_least", "under 200 feet" "under", "Twenty-two people", "eight
  appliances and about 50 firefighters", "all four floors" 4 ("all" no hedge), "about 4
  miles", "two counts of manslaughter and one count of extreme DUI" 2 and 1
  (two-hundred-and-thirteenth: "one count of"), "more than 1,100 hectares", "two homes",
  "more than 150 firefighters, 38 tankers and four water-bombing aircraft", "twice" 2, "more
  than 9,000 stunt driving charges", "more than 200 firefighters", "Two firefighters",
  "about 70 pieces of equipment", "The four-story brick building" 4, "1,184 people",
  "Thirty-eight people ..., and 14 of them", "1,493 calls", "284 fires, 61 of them", "96
  people", "Eleven officers", "More than 100,000 people", "Twenty-four people", "more than
  410,000 preliminary breath tests ... 1,047 drink-drivers", "11 were motorcyclists, and
  nine", "at least 68 people", "19 people ..., two more" ("more" after the figure no hedge),
  "two teenagers ... a two-car collision" 2 and 2, "158 fatalities". Physical measures and
  temperatures are counts (three-hundred-and-fifty-second): „auf mehr als 14 Kilometer“
  "over", „nach etwa 300 Metern“ and „auf etwa 60 Metern“ "about", "about 10cm", „bei minus
  zwei Grad“ -2 and „bei minus zwölf Grad“ -12 ("minus" the sign, hundred-twenty-sixth),
  "41C", "gusts of up to 70km/h" "up_to", "around 10 degrees Fahrenheit" 10 "about". None:
  „ihre beiden Kinder“, „Beiden Männern“, „beide Verteidiger“, "one of them", "both directions", call and service numbers ("911"), „THW“, „LKH“, road identifiers
  („A 3“, „A1“, „B 96“, „B 178“, „A 7“, "M56", "Interstate 94", "I-94", "Interstate 10", "Highway 401", "N24"; thirty-eighth), canton suffixes („SG“, „VS“;
  seventy-seventh) and „im Kreis 4“ (a district's number is its name, hundred-twenty-ninth:
  „im Kreis 12“). New: "the 401" carries none - a highway called by its number alone,
  without "Highway", is still a road's name, as "M56" and „A 7“ are. New: „Gegen 23
  Autofahrer, die keine Rettungsgasse gebildet hatten, leitete die Polizei Bußgeldverfahren
  ein“ is 23 with no hedge - „gegen“ is here the preposition of the proceedings (against the
  drivers), not the „gegen“ that stands before a clock time or a rough figure. New: „der
  Kategorie F4“ and „der Kategorie F2“ carry none - a firework class named by letter and
  figure is a designation, as "an EF4" (two-hundred-and-twelfth) and "Class 12" (fifteenth)
  are, unlike „die höchste Alarmstufe 4“, a level on a scale that is counted
  (hundred-sixty-ninth: „die höchste Meldestufe 4“). By the same rule "a class 2 felony"
  carries none - a grade inside a legal term, as "first-degree"
  (three-hundred-and-fifty-second).
- Ordinals and fractions (every batch): „der 19. Raser“ 19, „der 14. Verkehrstote“ 14, „im
  dritten Obergeschoss“ 3, „der dritte Chaletbrand“ 3, „Der zweite Fahrer“ 2, „der neunte
  Brandanschlag“ 9, "the first and second floors" 1 and 2, "a second-floor window" 2, "a
  first-floor bedroom" 1 (eighty-first: "the first floor"), "in the first three weeks" 1 and
  3 weeks (four-hundred-and-eighty-first: „während der ersten acht Jahre“), "the third major
  crash" 3, "the 13th wrong-way crash" 13, "A first DUI conviction" 1 (as "for the first
  time"), "the first death on Irish roads this year" 1, "the second car" 2; "its busiest
  night" none (a superlative, hundred-fifty-second). „mehr als ein Viertel davon“ 0.25
  "over" (two-hundred-and-forty-third: „mehr als ein Drittel“).
- Durations (the issue's "fünfstündigen", "zehn Minuten"; every batch): road closures („für
  gut fünfeinhalb Stunden gesperrt“ 5.5 hours "over" - halves in words as decimals,
  two-hundred-and-ninety-eighth -, „für rund zweieinhalb Stunden nur einspurig befahrbar“
  2.5 "about", „für rund fünf Stunden voll gesperrt“ "about", „für mehr als sieben Stunden
  voll gesperrt“ "over", "for almost 11 hours" "nearly", "more than six hours" "over", "for
  about seven hours", "for about nine hours" and "for about six hours" "about"), chases and
  responses („die Verfolgungsjagd dauerte rund 20 Minuten“ "about", "within four minutes" -
  "within" no hedge, three-hundred-and-fifty-second -, "in roughly 40 minutes" "about", "two
  seconds before the impact"), licences and bans („erst seit acht Monaten“ and „erst seit
  vier Monaten“ - „erst“ no hedge -, "suspended on the spot for six months", "confiscated
  for three months", "suspended for 30 days", "impounded for 14 days", "banned from driving
  for 10 years and eight months" two durations, "a licence suspension of up to three years"
  "up_to"), sentences („zu einer bedingten Freiheitsstrafe von 16 Monaten“, „Die Probezeit
  wurde auf zwei Jahre festgesetzt“, „20 Monate bedingt“, „für vier Jahre und neun Monate“,
  „drei Jahre und drei Monate Haft“, „frühestens nach fünf Jahren“ 5 years with no hedge -
  „frühestens“ bounds a date, not a figure, fortieth -, „von mindestens einem Jahr“ 1 year
  "at_least" - the number word one after a hedge before a singular unit, as „rund einen
  Kilometer“, three-hundred-and-fifty-second, and „einem bis vier Jahren“,
  four-hundred-and-thirteenth -, "for seven years and four months", "up to six months in
  jail" "up_to"), „Knapp 13 Monate nach“ "nearly", "runs for 12 days", "spent six weeks in
  hospital". None: "within an hour" and "within minutes" (an article and a plural without a
  figure; eighty-first), "for more than a decade" (an article before the word for the span),
  "the coming fortnight" and "the coming week" (three-hundred-and-fifty-second: "in a
  fortnight"), „im Vorjahr“, „im ganzen Vorjahr“, „im gesamten Vorjahr“, „in diesem Jahr“,
  „in diesem Winter“, „seit Anfang November“, „im vergangenen Februar“, "last year", "so far
  this year", "this winter", "a year earlier", "the year before", "in the year before the
  crash", "over the holiday period", "a day before".
- Money in the currency written (every batch): EUR („mindestens 450.000 Euro“ "at_least",
  „rund 250.000 Euro“, „rund 9.000 Euro“, „rund 400.000 Euro“, „rund 180.000 Euro“ and „rund
  6.000 Euro“ "about", „eine Belohnung von 3.000 Euro“, „bis zu 3.600 Euro“ "up_to"), CHF
  („eine Busse von 2500 Franken“, „eine Busse von 4000 Franken“, „rund 300'000 Franken“
  "about"; thirty-ninth), GBP ("about £310,000" "about"), USD ("a $500,000 bond" - bonds are
  money, three-hundred-and-eighteenth -, "fines and fees of more than $10,000" "over"), CAD
  ("up to $10,000" in CP copy, "$" in Canadian copy as CAD), AUD ("a $2,790 fine" in AAP
  copy, "$" in Australian copy as AUD). „beziffert“, „schätzt“ and „rechnet ... mit“ are no
  verbs of saying.
- Years and dates: „am 21. November 2031“ 2031-11-21 (a full date), „mehr als im gesamten
  Jahr 2031“ 2031 (the "mehr als" before it compares with words between and gives no hedge,
  three-hundred-and-fifty-second: "more than in the whole of 2024"), "built in 1912" 1912,
  "since 2023" 2023; „bis 6. Jänner“ --01-06 (Austrian „Jänner“), "since December 1"
  --12-01, "on 3 November" --11-03 (British day-month, fifty-fifth), the Reuters dateline
  "CHICAGO, Dec 30 (Reuters)" --12-30 (four-hundred-and-thirteenth); dpa, APA, sda, PA, AP,
  AAP and CP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly" "about"; „knapp“, "almost" "nearly"; „mehr als“, „gut“, „über“ before a figure,
  "more than", "More than" "over"; „unter“ before an age, "under" "under"; „bis zu“, "up to"
  "up_to"; „mindestens“, "at least" "at_least". No hedge: „insgesamt“, „bereits“, „erst“,
  „bisher“, „weitere“, „um“ before a change, „frühestens“, „gegen“ as a preposition,
  „zwischen“, "between", "all", "within", "more" after a figure, "up from", "up by", and
  "gegen", "about", "around", "shortly", „kurz vor“ and „kurz nach“ before a clock time.
- Speakers, checked only in forms the earlier batches settled. German: „teilte die
  Landespolizeidirektion Steiermark mit“, „teilte die Polizei Köln mit“, „teilte die
  Landespolizeidirektion Tirol mit“, „teilte die Polizeidirektion Nord mit“, „teilte die
  Polizeidirektion Göttingen mit“, „teilte die Polizeidirektion Leipzig mit“ and „teilte die
  Polizei Berlin mit“ the source with its article in the nominative (eighty-first,
  two-hundred-and-ninety-eighth, three-hundred-and-fifty-second); „wie die Kantonspolizei
  St. Gallen am Mittwoch mitteilte“, „wie die Kantonspolizei Wallis mitteilte“ and „wie die
  Stadtpolizei Zürich am Sonntag mitteilte“ (the weekday dropped;
  three-hundred-and-fifty-second: „wie die Stadtpolizei Winterthur am Samstag mitteilte“);
  „nach Angaben der Landespolizeidirektion Wien“ and „nach Angaben der
  Landespolizeidirektion Oberösterreich“ the body in the nominative (seventieth: „Nach
  Angaben der Polizei“); „sagte Polizeisprecher Florian Weichselgartner“, „sagte
  Bezirksfeuerwehrkommandant Gerhard Pöllabauer-Strommer“, „sagte Polizeisprecher Roman
  Eggenberger-Flury“, „sagte Polizeisprecherin Judith Bolliger-Sennhauser“,
  „Gerichtssprecherin Annegret Voßkühler-Brandt sagte, ...“ and „Polizeisprecher Markus
  Dittrich-Halbwirth sagte, ...“ the name with the title dropped
  (two-hundred-and-ninety-eighth, four-hundred-and-thirteenth). English: "Cheshire Police
  said", "NSW Police said", "Police Scotland said", "Victoria Police said" and "Norfolk
  Police said" as written (eighty-first, two-hundred-and-ninety-eighth,
  three-hundred-and-fifty-second); "The Wisconsin State Patrol said", "The Arizona
  Department of Public Safety said" and "The Metropolitan Police said" opening the row, ",
  the Scottish Fire and Rescue Service said" and ", the Chicago Fire Department said"
  closing it, each with the article in lower case (two-hundred-and-forty-third,
  four-hundred-and-thirteenth); "Battalion Chief Renard Okafor-Bristow said",
  "Superintendent Joanne Kearsley-Vuong said", "Chief Superintendent Aoife Brannelly-Dunne
  said", "Detective Sergeant Kerry Ollerenshaw said", "Constable Ravi Dhaliwal-Bruce said",
  "CHP spokesman Miguel Sandoval-Reyes said", "Station commander Tariq Lennox-Abara said"
  and "Inspector Natalie Whitfield-Gorman said" the name with the rank or role dropped
  (hundred-fifty-second, three-hundred-and-fifty-second, four-hundred-and-seventy-first:
  "Spokesman Ray Villarreal-Prentiss said"). Left unchecked (None): all negatives, also
  those with a named speaker; „nach Polizeiangaben“ (twice) and „nach eigenen Angaben“
  (compounds and own statements, three-hundred-and-seventy-first,
  four-hundred-and-twenty-fourth); „laut Polizei“ (as the earlier police batches left it),
  „Laut Anklage“ and „laut Gutachten“ (documents); „schätzt das Polizeipräsidium Oberpfalz“,
  „beziffert die Feuerwehr“, „schätzt sie“, „rechnet die Polizei mit“ (estimating verbs,
  hundred-tenth, two-hundred-and-ninety-eighth); „hiess es bei der Kantonspolizei Zürich“
  (two-hundred-and-ninety-eighth); „sagte ein Feuerwehrsprecher“ twice, „appellierte eine
  Polizeisprecherin“, „mahnte ein Sprecher der Autobahnpolizei“ (roles); „entschied das
  Landgericht“ (no verb of saying); "officials said", "authorities said", "Troopers said",
  "gardaí said" (plural groups, hundred-ninetieth: "Gardaí said"),
  "Ontario Provincial Police say" (a present-tense "say" no batch settled as checked,
  hundred-ninetieth), "the fire service said", "the medical examiner's office said", "the
  agency said", "the brigade said", "the force said", "Fire authorities said", "A National
  Highways spokesperson said", "A garda spokesman said", "a DPS spokesman said"
  (descriptions and roles, two-hundred-and-forty-third, three-hundred-and-fifty-second),
  "according to the National Weather Service", "according to Transport for NSW data",
  "according to DPS data", "according to city records", "according to CHP data", "according
  to Victoria Police", "according to police", "according to an AAP tally" (every "according
  to", two-hundred-and-fourth), "figures released on Thursday show" (data), "Norwich Crown
  Court heard" (two-hundred-and-thirteenth) and "The fire commissioner told reporters" (an
  office without a name). As the three-hundredth and four-hundred-and-thirteenth batches
  did, and to keep the checked speakers near 35, this batch also writes several figures with
  forms left unchecked (the Oberpfalz damage with „schätzt“, the Victoria breath tests with
  "according to", the Zurich canton's injured with „hiess es“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_487 = [
    # --- Massenkarambolage auf der A 3 (dpa/lby), Montag, 20. Dezember ---
    (
        "de",
        "Regensburg (dpa/lby) - Auf spiegelglatter Fahrbahn sind am Montagmorgen auf der A 3 bei Regensburg 23 Fahrzeuge ineinandergefahren.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Vierzehn Menschen wurden nach Polizeiangaben verletzt, drei von ihnen schwer.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Schwerverletzten ist ein 61 Jahre alter Lastwagenfahrer aus Tschechien, den ein Rettungshubschrauber in eine Klinik flog.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "de",
        "An der Unfallstelle arbeiteten rund 120 Helferinnen und Helfer von Feuerwehren, Rettungsdienst und THW.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "Die Autobahn blieb in Richtung Nürnberg für gut fünfeinhalb Stunden gesperrt, der Rückstau wuchs zeitweise auf mehr als 14 Kilometer.",
        True,
        [("duration", 5.5, "hour", "over"), ("count", 14, None, "over")],
        None,
    ),
    (
        "de",
        "Auf einer Brücke habe sich kurz vor 6 Uhr bei minus zwei Grad Blitzeis gebildet, sagte Polizeisprecher Florian Weichselgartner.",
        True,
        [("count", -2, None, None)],
        "Florian Weichselgartner",
    ),
    (
        "de",
        "Den Sachschaden schätzt das Polizeipräsidium Oberpfalz auf mindestens 450.000 Euro.",
        True,
        [("money", 450000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "„Wer bei Blitzeis fährt wie im Hochsommer, muss sich über solche Bilder nicht wundern“, sagte Weichselgartner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei bittet Autofahrer, die den Unfall mit einer Dashcam gefilmt haben, sich bei der Verkehrspolizei zu melden.",
        False,
        [],
        None,
    ),
    # --- Lorry driver dies in M56 fire (PA), Monday ---
    (
        "en",
        "CHESTER (PA) - A 47-year-old lorry driver has died after his HGV overturned and caught fire on the M56 in Cheshire in the early hours of Monday.",
        True,
        [("duration", 47, "year", None)],
        None,
    ),
    (
        "en",
        "Cheshire Police said the lorry, which was carrying about 26 tonnes of frozen food, left the carriageway shortly after 3am and struck a bridge support.",
        True,
        [("count", 26, None, "about")],
        "Cheshire Police",
    ),
    (
        "en",
        "Six fire engines and around 35 firefighters were sent to the scene, the fire service said.",
        True,
        [("count", 6, None, None), ("count", 35, None, "about")],
        None,
    ),
    (
        "en",
        "The motorway was closed in both directions for almost 11 hours while the wreckage was removed and the carriageway resurfaced.",
        True,
        [("duration", 11, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "A National Highways spokesperson said the resurfacing alone had taken more than six hours because the heat had damaged the road to a depth of about 10cm.",
        True,
        [("duration", 6, "hour", "over"), ("count", 10, None, "about")],
        None,
    ),
    (
        "en",
        "Damage to the bridge support and the carriageway has been put at about £310,000.",
        True,
        [("money", 310000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"Our thoughts are with the driver\'s family at what is an incredibly difficult time," said Sergeant Lisa Crombleholme.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Detectives want to hear from drivers whose dashcams were recording on the westbound carriageway.",
        False,
        [],
        None,
    ),
    # --- Stallbrand in der Oststeiermark (APA), Dienstag, 21. Dezember ---
    (
        "de",
        "Graz (APA) - Beim Brand eines Wirtschaftsgebäudes in Pischelsdorf in der Oststeiermark sind in der Nacht auf Dienstag 42 Rinder verendet.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Rund 60 weitere Tiere trieben der Landwirt und Feuerwehrleute ins Freie, teilte die Landespolizeidirektion Steiermark mit.",
        True,
        [("count", 60, None, "about")],
        "die Landespolizeidirektion Steiermark",
    ),
    (
        "de",
        "Elf Feuerwehren mit 168 Mitgliedern und 29 Fahrzeugen standen bis in die Morgenstunden im Einsatz.",
        True,
        [("count", 11, None, None), ("count", 168, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Der 54-jährige Besitzer erlitt beim Versuch, die Tiere zu retten, eine Rauchgasvergiftung und wurde ins LKH Feldbach gebracht.",
        True,
        [("duration", 54, "year", None)],
        None,
    ),
    (
        "de",
        "Das Gebäude sei beim Eintreffen der Feuerwehr bereits in Vollbrand gestanden, sagte Bezirksfeuerwehrkommandant Gerhard Pöllabauer-Strommer.",
        True,
        [],
        "Gerhard Pöllabauer-Strommer",
    ),
    (
        "de",
        "„Die Kameraden haben bei eisiger Kälte Unglaubliches geleistet“, sagte Pöllabauer-Strommer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schadenshöhe stand zunächst nicht fest, dürfte laut Polizei aber im sechsstelligen Bereich liegen.",
        True,
        [],
        None,
    ),
    ("de", "Ob ein technischer Defekt an der Heizanlage das Feuer auslöste, war zunächst offen.", False, [], None),
    # --- Philadelphia rowhouse fire (AP), Tuesday ---
    (
        "en",
        "PHILADELPHIA (AP) — Three people, including a 9-year-old girl, were killed early Tuesday when fire tore through a rowhouse in North Philadelphia, officials said.",
        True,
        [("count", 3, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Battalion Chief Renard Okafor-Bristow said the engine company pulled up within four minutes of the emergency call, with heavy flames showing on the first and second floors.",
        True,
        [("duration", 4, "minute", None), ("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        "Renard Okafor-Bristow",
    ),
    (
        "en",
        "About 85 firefighters brought the two-alarm blaze under control in roughly 40 minutes.",
        True,
        [("count", 85, None, "about"), ("count", 2, None, None), ("duration", 40, "minute", "about")],
        None,
    ),
    (
        "en",
        "A 34-year-old woman and her 12-year-old son got out through a second-floor window onto a porch roof and were hospitalized in stable condition.",
        True,
        [("duration", 34, "year", None), ("duration", 12, "year", None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "The fire commissioner told reporters the home had no working smoke alarms.", True, [], None),
    (
        "en",
        "Investigators believe a space heater in a first-floor bedroom sparked the fire.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"This is the call every firefighter dreads, and it always seems to come this close to Christmas," the commissioner said.',
        False,
        [],
        None,
    ),
    ("en", "Neighbors described the family as quiet, kind and always ready to help.", False, [], None),
    # --- Raser auf der A1 (Keystone-SDA), Mittwoch, 22. Dezember ---
    (
        "de",
        "St. Gallen (sda) - Auf der A1 bei Oberbüren SG ist ein 23-jähriger Neulenker mit 189 km/h in eine Radarkontrolle gefahren, erlaubt sind dort 100 km/h.",
        True,
        [("duration", 23, "year", None), ("count", 189, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Nach Abzug der Sicherheitsmarge von 7 km/h beträgt die Überschreitung 82 km/h, wie die Kantonspolizei St. Gallen am Mittwoch mitteilte.",
        True,
        [("count", 7, None, None), ("count", 82, None, None)],
        "die Kantonspolizei St. Gallen",
    ),
    (
        "de",
        "Der Mann aus dem Thurgau war in einem gemieteten Sportwagen mit über 400 PS unterwegs und besass den Führerausweis auf Probe erst seit acht Monaten.",
        True,
        [("count", 400, None, "over"), ("duration", 8, "month", None)],
        None,
    ),
    ("de", "Der Ausweis wurde ihm auf der Stelle abgenommen, das Fahrzeug beschlagnahmt.", True, [], None),
    (
        "de",
        "Als Raser gilt in der Schweiz, wer auf Autobahnen das Tempolimit um mindestens 80 km/h überschreitet; ihm droht eine Freiheitsstrafe von mindestens einem Jahr.",
        True,
        [("count", 80, None, "at_least"), ("duration", 1, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Es sei in diesem Jahr bereits der 19. Raser, den die Kantonspolizei auf den Autobahnen im Kanton erwischt habe, sagte Polizeisprecher Roman Eggenberger-Flury.",
        True,
        [("ordinal", 19, None, None)],
        "Roman Eggenberger-Flury",
    ),
    ("de", "Im ganzen Vorjahr waren es elf gewesen.", True, [("count", 11, None, None)], None),
    (
        "de",
        "«Wer so fährt, spielt mit dem Leben aller anderen auf der Strasse», sagte Eggenberger-Flury.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei appelliert an Eltern, mit jungen Neulenkern offen über die Gefahren hoher Geschwindigkeiten zu sprechen.",
        False,
        [],
        None,
    ),
    # --- P-plater clocked before holiday blitz (AAP), Wednesday ---
    (
        "en",
        "SYDNEY (AAP) - An 18-year-old P-plater has allegedly been caught driving at 172km/h in a 110km/h zone on the Hume Motorway near Goulburn, a day before a statewide holiday road blitz begins.",
        True,
        [("duration", 18, "year", None), ("count", 172, None, None), ("count", 110, None, None)],
        None,
    ),
    (
        "en",
        "NSW Police said the teenager's licence was suspended on the spot for six months, his car was confiscated for three months and he was handed a $2,790 fine.",
        True,
        [("duration", 6, "month", None), ("duration", 3, "month", None), ("money", 2790, "AUD", None)],
        "NSW Police",
    ),
    (
        "en",
        "Operation Safe Arrival runs for 12 days from Thursday, with double demerit points in force for the whole period.",
        True,
        [("duration", 12, "day", None)],
        None,
    ),
    (
        "en",
        "Seventeen people died on the state's roads during last year's operation, up from 11 the year before.",
        True,
        [("count", 17, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Superintendent Joanne Kearsley-Vuong said officers would be conducting random breath tests at any hour of the day or night.",
        True,
        [],
        "Joanne Kearsley-Vuong",
    ),
    (
        "en",
        '"If you think the odds won\'t catch up with you this Christmas, think again," Kearsley-Vuong said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Of the 284 people killed on NSW roads so far this year, 61 were aged between 17 and 25, according to Transport for NSW data.",
        True,
        [
            ("count", 284, None, None),
            ("count", 61, None, None),
            ("duration", 17, "year", None),
            ("duration", 25, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Police urged drivers to take regular breaks on long trips and never to get behind the wheel tired.",
        False,
        [],
        None,
    ),
    # --- Adventskranz löst tödlichen Wohnungsbrand aus (dpa/lnw), Donnerstag, 23. Dezember ---
    (
        "de",
        "Köln (dpa/lnw) - Bei einem Wohnungsbrand in Köln-Mülheim ist am Mittwochabend eine 81 Jahre alte Frau ums Leben gekommen.",
        True,
        [("duration", 81, "year", None)],
        None,
    ),
    (
        "de",
        "Nach ersten Erkenntnissen hatte ein brennender Adventskranz im Wohnzimmer das Feuer ausgelöst, teilte die Polizei Köln mit.",
        True,
        [],
        "die Polizei Köln",
    ),
    (
        "de",
        "Die Feuerwehr war mit 58 Kräften und 17 Fahrzeugen im Einsatz und brachte 14 Bewohner über Drehleitern und das Treppenhaus aus dem fünfgeschossigen Haus.",
        True,
        [("count", 58, None, None), ("count", 17, None, None), ("count", 14, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Fünf von ihnen kamen mit Verdacht auf Rauchgasvergiftung in Krankenhäuser, darunter ein acht Monate alter Säugling.",
        True,
        [("count", 5, None, None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "Den Schaden beziffert die Feuerwehr auf rund 250.000 Euro, die Wohnung im dritten Obergeschoss ist unbewohnbar.",
        True,
        [("money", 250000, "EUR", "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ein Feuerwehrsprecher sagte, die Frau sei bereits tot gewesen, als die Einsatzkräfte die Wohnung erreichten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Feuerwehr rät, Kerzen an Adventskränzen und Weihnachtsbäumen nie unbeaufsichtigt brennen zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie lange die übrigen Bewohner in Notunterkünften bleiben müssen, war am Abend noch unklar.",
        False,
        [],
        None,
    ),
    # --- Garda Christmas drink-drive figures (PA), Thursday ---
    (
        "en",
        "DUBLIN (PA) - Gardaí arrested 312 motorists for drink- or drug-driving in the first three weeks of their Christmas road safety campaign, figures released on Thursday show.",
        True,
        [("count", 312, None, None), ("ordinal", 1, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "The total is up by 41 on the corresponding weeks a year ago, and 68 of the arrests were made in Dublin.",
        True,
        [("count", 41, None, None), ("count", 68, None, None)],
        None,
    ),
    (
        "en",
        "Among those detected was a 29-year-old man stopped in Co Kerry on Sunday morning who allegedly gave a breath reading more than four times the legal limit.",
        True,
        [("duration", 29, "year", None), ("count", 4, None, "over")],
        None,
    ),
    (
        "en",
        "Chief Superintendent Aoife Brannelly-Dunne said 9,400 breath tests had been carried out at checkpoints since December 1.",
        True,
        [("count", 9400, None, None), ("date", "--12-01", None, None)],
        "Aoife Brannelly-Dunne",
    ),
    ("en", '"The morning after is still the blind spot for far too many drivers," she said.', False, [], None),
    (
        "en",
        "Irish law sets the limit for most motorists at 50mg of alcohol in every 100ml of blood, and at 20 for learner, novice and professional drivers.",
        True,
        [("count", 50, None, None), ("count", 100, None, None), ("count", 20, None, None)],
        None,
    ),
    ("en", "December has so far claimed nine lives on the roads in Ireland.", True, [("count", 9, None, None)], None),
    # --- Alkolenker verursacht Unfall am Heiligen Abend (APA), Freitag, 24. Dezember ---
    (
        "de",
        "Innsbruck (APA) - Ein 44-jähriger Alkolenker hat am Heiligen Abend im Tiroler Unterland einen Frontalzusammenstoß verursacht.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Der Einheimische geriet auf der Loferer Straße (B 178) bei St. Johann in Tirol auf die Gegenfahrbahn und prallte gegen das Auto einer 38-jährigen Deutschen, teilte die Landespolizeidirektion Tirol mit.",
        True,
        [("duration", 38, "year", None)],
        "die Landespolizeidirektion Tirol",
    ),
    (
        "de",
        "Die Frau und ihre beiden Kinder im Alter von sechs und neun Jahren wurden mit Verletzungen unbestimmten Grades ins Krankenhaus St. Johann gebracht.",
        True,
        [("duration", 6, "year", None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "de",
        "Ein Alkotest bei dem Unfalllenker ergab 0,94 mg/l, das entspricht knapp 1,9 Promille.",
        True,
        [("count", 0.94, None, None), ("count", 1.9, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die B 178 war für rund zweieinhalb Stunden nur einspurig befahrbar.",
        True,
        [("duration", 2.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Bei den Schwerpunktkontrollen über die Feiertage im Vorjahr führte die Tiroler Polizei 4.860 Alkotests durch, 112 Lenkerinnen und Lenker waren alkoholisiert.",
        True,
        [("count", 4860, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "de",
        "Heuer starben auf Tirols Straßen bisher 38 Menschen, um sechs weniger als im gesamten Vorjahr.",
        True,
        [("count", 38, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Wer trinkt, fährt nicht – schon gar nicht zu Weihnachten“, appellierte eine Polizeisprecherin.",
        False,
        [],
        None,
    ),
    # --- Pileup on I-94 in snow (AP), Friday ---
    (
        "en",
        "MADISON, Wis. (AP) — More than 40 vehicles crashed in a chain-reaction pileup on Interstate 94 west of Madison during a burst of heavy snow Friday, sending 19 people to hospitals.",
        True,
        [("count", 40, None, "over"), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The Wisconsin State Patrol said the eastbound lanes were closed for about seven hours while crews towed vehicles and cleared debris.",
        True,
        [("duration", 7, "hour", "about")],
        "the Wisconsin State Patrol",
    ),
    (
        "en",
        "A 66-year-old man from Rockford, Illinois, died at the scene, the medical examiner's office said.",
        True,
        [("duration", 66, "year", None)],
        None,
    ),
    (
        "en",
        "Visibility fell to under 200 feet within minutes, according to the National Weather Service.",
        True,
        [("count", 200, None, "under")],
        None,
    ),
    ("en", "Troopers said at least 12 semitrailers were involved.", True, [("count", 12, None, "at_least")], None),
    (
        "en",
        '"I could see taillights ahead of me, and then there was nothing but white," said trucker Dale Oberholtzer.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the third major crash on that stretch of I-94 this winter.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "State officials urged holiday travelers to put off trips until plows had cleared the roads.",
        False,
        [],
        None,
    ),
    # --- Tödlicher Baumunfall auf der B 96 (dpa/bb), Samstag, 25. Dezember ---
    (
        "de",
        "Oranienburg (dpa/bb) - Bei einem Unfall auf der B 96 bei Oranienburg ist in der Nacht zum ersten Weihnachtsfeiertag ein 19 Jahre alter Autofahrer ums Leben gekommen.",
        True,
        [("ordinal", 1, None, None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Polizeiangaben verlor er in einer lang gezogenen Kurve bei viel zu hohem Tempo die Kontrolle, der Kombi prallte frontal gegen eine Eiche.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seine drei Mitfahrer im Alter von 17, 18 und 20 Jahren wurden schwer verletzt.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 17, "year", None),
            ("duration", 18, "year", None),
            ("duration", 20, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Bundesstraße war für rund fünf Stunden voll gesperrt, ein Gutachter wurde hinzugezogen.",
        True,
        [("duration", 5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Der junge Mann hatte seinen Führerschein erst seit vier Monaten, teilte die Polizeidirektion Nord mit.",
        True,
        [("duration", 4, "month", None)],
        "die Polizeidirektion Nord",
    ),
    (
        "de",
        "Es ist bereits der 14. Verkehrstote im Landkreis Oberhavel in diesem Jahr, mehr als im gesamten Jahr 2031.",
        True,
        [("ordinal", 14, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind fassungslos und in Gedanken bei den Familien“, sagte der Bürgermeister der Stadt.",
        False,
        [],
        None,
    ),
    ("de", "Die Polizei sucht Zeugen, die den dunklen Kombi kurz vor dem Unfall gesehen haben.", False, [], None),
    # --- Boxing Day tenement fire in Glasgow (PA), Sunday ---
    (
        "en",
        "GLASGOW (PA) - Twenty-two people were led to safety from a tenement in the Govanhill area of Glasgow after fire broke out in a ground-floor flat on Boxing Day.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "At the height of the blaze, which was reported at 2.14am, eight appliances and about 50 firefighters were in attendance, the Scottish Fire and Rescue Service said.",
        True,
        [("count", 8, None, None), ("count", 50, None, "about")],
        "the Scottish Fire and Rescue Service",
    ),
    (
        "en",
        "A 58-year-old man was taken to the Queen Elizabeth University Hospital, where his condition was described as serious but stable.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "Crews wearing breathing apparatus searched all four floors of the building.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Police Scotland said the fire was being treated as wilful and a 31-year-old man had been arrested.",
        True,
        [("duration", 31, "year", None)],
        "Police Scotland",
    ),
    ("en", "He is expected to appear at Glasgow Sheriff Court on Tuesday.", True, [], None),
    ("en", "Residents were given emergency accommodation in a nearby community centre overnight.", True, [], None),
    (
        "en",
        '"It\'s heartbreaking to see families lose their homes at Christmas," said local councillor Margaret Duthie-Rennick.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police Scotland appealed to anyone who saw anything suspicious in Allison Street in the early hours to come forward.",
        False,
        [],
        None,
    ),
    # --- Chaletbrand im Wallis (Keystone-SDA), Sonntag, 26. Dezember ---
    (
        "de",
        "Sitten (sda) - In Haute-Nendaz VS ist in der Nacht auf Sonntag ein Chalet vollständig niedergebrannt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die sieben Feriengäste, eine Familie aus dem Kanton Aargau, kamen aus dem brennenden Haus, weil ein Rauchmelder sie rechtzeitig geweckt hatte, wie die Kantonspolizei Wallis mitteilte.",
        True,
        [("count", 7, None, None)],
        "die Kantonspolizei Wallis",
    ),
    (
        "de",
        "Ein 46-jähriger Mann und seine 15-jährige Tochter wurden mit Verdacht auf Rauchvergiftung ins Spital nach Sitten gebracht.",
        True,
        [("duration", 46, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Rund 45 Feuerwehrleute standen im Einsatz, bei minus zwölf Grad froren mehrere Schlauchleitungen ein.",
        True,
        [("count", 45, None, "about"), ("count", -12, None, None)],
        None,
    ),
    (
        "de",
        "Der Sachschaden beläuft sich gemäss ersten Schätzungen auf mehrere hunderttausend Franken.",
        True,
        [],
        None,
    ),
    ("de", "Die Brandursache ist noch unklar, die Staatsanwaltschaft hat eine Untersuchung eröffnet.", True, [], None),
    ("de", "Es ist der dritte Chaletbrand im Unterwallis in diesem Winter.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "«Es ging alles unglaublich schnell, wir hatten nur noch unsere Pyjamas an», sagte der Vater der Zeitung «Le Nouvelliste».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei rät, Kamine und Holzöfen in Ferienwohnungen vor dem Einheizen von einer Fachperson prüfen zu lassen.",
        False,
        [],
        None,
    ),
    # --- Wrong-way crash on I-10 (AP), Monday, Dec. 27 ---
    (
        "en",
        "PHOENIX (AP) — A 27-year-old man suspected of drunken driving has been arrested after a wrong-way crash on Interstate 10 that killed a couple in their 70s, authorities said Monday.",
        True,
        [("duration", 27, "year", None)],
        None,
    ),
    (
        "en",
        "The Arizona Department of Public Safety said the driver traveled about 4 miles in the eastbound lanes before colliding head-on with a minivan shortly after 1 a.m. Sunday.",
        True,
        [("count", 4, None, "about")],
        "the Arizona Department of Public Safety",
    ),
    (
        "en",
        "A preliminary breath test showed a blood alcohol content of 0.21%, more than twice the legal limit of 0.08%.",
        True,
        [("percent", 0.21, "%", None), ("count", 2, None, "over"), ("percent", 0.08, "%", None)],
        None,
    ),
    (
        "en",
        "The victims were identified as Harold Pemberton-Laske, 74, and his wife, Judith, 72, of Mesa.",
        True,
        [("duration", 74, "year", None), ("duration", 72, "year", None)],
        None,
    ),
    (
        "en",
        "He was booked into jail on two counts of manslaughter and one count of extreme DUI and is being held on a $500,000 bond.",
        True,
        [("count", 2, None, None), ("count", 1, None, None), ("money", 500000, "USD", None)],
        None,
    ),
    ("en", "Each manslaughter count is a class 2 felony under Arizona law.", True, [], None),
    (
        "en",
        "It was the 13th wrong-way crash on Phoenix-area freeways this year, according to DPS data.",
        True,
        [("ordinal", 13, None, None)],
        None,
    ),
    ("en", '"Nobody should ever have to take that phone call," a DPS spokesman said.', False, [], None),
    ("en", "It was unclear whether the suspect had hired a lawyer.", False, [], None),
    # --- Urteil im Raserprozess (dpa/lsw), Montag, 27. Dezember ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Knapp 13 Monate nach einem tödlichen illegalen Autorennen in der Stuttgarter Innenstadt muss ein 24-Jähriger für vier Jahre und neun Monate in Haft, entschied das Landgericht am Montag.",
        True,
        [
            ("duration", 13, "month", "nearly"),
            ("duration", 24, "year", None),
            ("duration", 4, "year", None),
            ("duration", 9, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Die Kammer sah es als erwiesen an, dass er sich am 21. November 2031 mit einem 22-Jährigen ein Rennen auf der Theodor-Heuss-Straße geliefert hatte.",
        True,
        [("date", "2031-11-21", None, None), ("duration", 22, "year", None)],
        None,
    ),
    (
        "de",
        "Sein Wagen erreichte dabei laut Gutachten bis zu 148 km/h, erlaubt sind dort 50.",
        True,
        [("count", 148, None, "up_to"), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Eine 31 Jahre alte Fußgängerin, die bei Grün die Straße überquerte, wurde erfasst und starb noch an der Unfallstelle.",
        True,
        [("duration", 31, "year", None)],
        None,
    ),
    (
        "de",
        "Der zweite Fahrer erhielt drei Jahre und drei Monate Haft.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Beiden Männern entzog das Gericht die Fahrerlaubnis, eine neue dürfen sie frühestens nach fünf Jahren beantragen.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Gerichtssprecherin Annegret Voßkühler-Brandt sagte, beide Verteidiger hätten bereits Revision angekündigt.",
        True,
        [],
        "Annegret Voßkühler-Brandt",
    ),
    (
        "de",
        "„Sie haben eine belebte Straße zur Rennstrecke gemacht und ein Leben ausgelöscht“, sagte der Vorsitzende Richter bei der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Familie der Getöteten sei das Urteil nur ein schwacher Trost, sagte ihr Anwalt nach der Verhandlung.",
        False,
        [],
        None,
    ),
    # --- Grass fire closes Western Highway (AAP), Tuesday ---
    (
        "en",
        "MELBOURNE (AAP) - A grass fire has burned through more than 1,100 hectares west of Ballarat, destroying two homes and closing the Western Highway for about nine hours.",
        True,
        [("count", 1100, None, "over"), ("count", 2, None, None), ("duration", 9, "hour", "about")],
        None,
    ),
    (
        "en",
        "Fire authorities said more than 150 firefighters, 38 tankers and four water-bombing aircraft were deployed at the height of the fire on Tuesday afternoon.",
        True,
        [("count", 150, None, "over"), ("count", 38, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Temperatures reached 41C in Ballarat, with wind gusts of up to 70km/h.",
        True,
        [("count", 41, None, None), ("count", 70, None, "up_to")],
        None,
    ),
    ("en", "A 36-year-old firefighter was treated for heat exhaustion.", True, [("duration", 36, "year", None)], None),
    (
        "en",
        "Victoria Police said a 16-year-old boy had been interviewed over the fire, which investigators believe was started by sparks from an angle grinder.",
        True,
        [("duration", 16, "year", None)],
        "Victoria Police",
    ),
    (
        "en",
        '"Days like today give our crews no margin for error," incident controller Brett Haldane-Moss said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents were urged to keep monitoring the VicEmergency app and to leave early if threatened.",
        False,
        [],
        None,
    ),
    # --- Verfolgungsjagd in Favoriten (APA), Dienstag, 28. Dezember ---
    (
        "de",
        "Wien (APA) - Ohne Lenkberechtigung ist ein 17-Jähriger in der Nacht auf Dienstag in Wien-Favoriten vor der Polizei geflüchtet, die Verfolgungsjagd dauerte rund 20 Minuten.",
        True,
        [("duration", 17, "year", None), ("duration", 20, "minute", "about")],
        None,
    ),
    (
        "de",
        "Der Bursche fuhr mit dem Auto seiner Mutter durch mehrere Bezirke und erreichte auf der Triester Straße bis zu 130 km/h, erlaubt sind 50.",
        True,
        [("count", 130, None, "up_to"), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Er missachtete nach Angaben der Landespolizeidirektion Wien mindestens neun rote Ampeln.",
        True,
        [("count", 9, None, "at_least")],
        "die Landespolizeidirektion Wien",
    ),
    (
        "de",
        "Nach einem Zusammenstoß mit einem geparkten Auto in der Laxenburger Straße flüchtete er zu Fuß und wurde nach etwa 300 Metern von Beamten gestellt.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Sein 16-jähriger Beifahrer blieb unverletzt, am Auto entstand ein Schaden von rund 9.000 Euro.",
        True,
        [("duration", 16, "year", None), ("money", 9000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Polizeisprecher Markus Dittrich-Halbwirth sagte, der Jugendliche habe angegeben, er sei aus Angst vor einer Strafe geflüchtet.",
        True,
        [],
        "Markus Dittrich-Halbwirth",
    ),
    (
        "de",
        "„Dass bei dieser Fahrt niemand verletzt wurde, ist pures Glück“, sagte Dittrich-Halbwirth.",
        False,
        [],
        None,
    ),
    # --- Speeding driver jailed over grandmother's death (PA), Wednesday ---
    (
        "en",
        "NORWICH (PA) - A driver who reached 97mph on a country road before crashing into a car and killing a grandmother was sent to prison on Wednesday for seven years and four months.",
        True,
        [("count", 97, None, None), ("duration", 7, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "en",
        "Connor Ashworth-Pilling, 23, of Thetford, had admitted causing death by dangerous driving at a hearing on 3 November, Norwich Crown Court heard.",
        True,
        [("duration", 23, "year", None), ("date", "--11-03", None, None)],
        None,
    ),
    (
        "en",
        "His Audi struck a Vauxhall Corsa driven by 68-year-old Pauline Westacott, who died at the scene.",
        True,
        [("duration", 68, "year", None)],
        None,
    ),
    (
        "en",
        "Her husband, 71, suffered a broken hip and spent six weeks in hospital.",
        True,
        [("duration", 71, "year", None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        "He was also banned from driving for 10 years and eight months and must pass an extended test before he can drive again.",
        True,
        [("duration", 10, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Norfolk Police said data recovered from the car showed it was travelling at 91mph two seconds before the impact.",
        True,
        [("count", 91, None, None), ("duration", 2, "second", None)],
        "Norfolk Police",
    ),
    (
        "en",
        "Detective Sergeant Kerry Ollerenshaw said Ashworth-Pilling had been caught speeding twice in the year before the crash.",
        True,
        [("count", 2, None, None)],
        "Kerry Ollerenshaw",
    ),
    (
        "en",
        '"Mum was taken from us because someone could not wait a few seconds," her daughter wrote in a victim statement read out by the prosecution.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Road safety campaigners described the term as "an insult to a family that lost everything".',
        False,
        [],
        None,
    ),
    # --- Lkw-Brand auf der A 7 (dpa/lni), Mittwoch, 29. Dezember ---
    (
        "de",
        "Hildesheim (dpa/lni) - Nach dem Brand eines mit Papierrollen beladenen Lastwagens ist die A 7 zwischen Hildesheim und Laatzen am Mittwoch für mehr als sieben Stunden voll gesperrt gewesen.",
        True,
        [("duration", 7, "hour", "over")],
        None,
    ),
    (
        "de",
        "Der 52 Jahre alte Fahrer bemerkte Rauch an der Hinterachse, stellte den Sattelzug auf dem Standstreifen ab und brachte sich in Sicherheit, teilte die Polizeidirektion Göttingen mit.",
        True,
        [("duration", 52, "year", None)],
        "die Polizeidirektion Göttingen",
    ),
    (
        "de",
        "Rund 70 Einsatzkräfte von fünf Ortsfeuerwehren löschten den Brand, der auch die Fahrbahn beschädigte.",
        True,
        [("count", 70, None, "about"), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Weil der Asphalt auf etwa 60 Metern aufgeplatzt war, blieb die rechte Spur bis in den späten Abend gesperrt.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "de",
        "Für Sattelzug, Ladung und Fahrbahn rechnet die Polizei mit einem Schaden von rund 400.000 Euro.",
        True,
        [("money", 400000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Gegen 23 Autofahrer, die keine Rettungsgasse gebildet hatten, leitete die Polizei Bußgeldverfahren ein.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "„Die Rettungsgasse ist keine Bitte, sondern Pflicht“, mahnte ein Sprecher der Autobahnpolizei.",
        False,
        [],
        None,
    ),
    ("de", "Wie das Feuer an der Achse entstanden ist, ist noch unklar.", False, [], None),
    # --- Stunt driver on Highway 401 (CP), Wednesday ---
    (
        "en",
        "TORONTO (CP) — Ontario Provincial Police say a 19-year-old driver was clocked at 201 km/h on Highway 401 in Mississauga late Tuesday, more than double the posted limit.",
        True,
        [("duration", 19, "year", None), ("count", 201, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "The driver was charged with stunt driving, his licence was suspended for 30 days and his car was impounded for 14 days.",
        True,
        [("duration", 30, "day", None), ("duration", 14, "day", None)],
        None,
    ),
    ("en", "The limit on that stretch of the 401 is 100 km/h.", True, [("count", 100, None, None)], None),
    (
        "en",
        "Constable Ravi Dhaliwal-Bruce said officers had laid more than 9,000 stunt driving charges across the province this year.",
        True,
        [("count", 9000, None, "over")],
        "Ravi Dhaliwal-Bruce",
    ),
    ("en", "The driver told officers he was late for a night shift, according to police.", True, [], None),
    (
        "en",
        "A stunt driving conviction carries a fine of up to $10,000 and a licence suspension of up to three years.",
        True,
        [("money", 10000, "CAD", "up_to"), ("duration", 3, "year", "up_to")],
        None,
    ),
    (
        "en",
        '"There is no excuse for that kind of speed, not on this highway and not anywhere else," Dhaliwal-Bruce said.',
        False,
        [],
        None,
    ),
    # --- Five-alarm warehouse fire in Chicago (Reuters), Thursday ---
    (
        "en",
        "CHICAGO, Dec 30 (Reuters) - A fire at a vacant warehouse on Chicago's South Side sent a plume of black smoke over the city on Thursday and drew more than 200 firefighters as temperatures hovered around 10 degrees Fahrenheit.",
        True,
        [("date", "--12-30", None, None), ("count", 200, None, "over"), ("count", 10, None, "about")],
        None,
    ),
    (
        "en",
        "The blaze was raised to a five-alarm fire within an hour, the Chicago Fire Department said.",
        True,
        [("count", 5, None, None)],
        "the Chicago Fire Department",
    ),
    (
        "en",
        "Two firefighters were treated for minor injuries, and spray from the hoses froze on nearby streets and power lines.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The department said about 70 pieces of equipment had been sent to the scene.",
        True,
        [("count", 70, None, "about")],
        None,
    ),
    (
        "en",
        "The four-story brick building, built in 1912, had stood empty for more than a decade, according to city records.",
        True,
        [("count", 4, None, None), ("year", 1912, None, None)],
        None,
    ),
    ("en", "Fire officials have yet to say how the blaze started.", False, [], None),
    (
        "en",
        '"It\'s a brutal night to be fighting fire," a battalion chief told reporters at the scene.',
        False,
        [],
        None,
    ),
    # --- Urteil nach Unfall auf dem Fussgängerstreifen (Keystone-SDA), Donnerstag, 30. Dezember ---
    (
        "de",
        "Winterthur (sda) - Das Bezirksgericht Winterthur hat einen 63-jährigen Automobilisten, der auf einem Fussgängerstreifen eine Seniorin tödlich erfasst hatte, zu einer bedingten Freiheitsstrafe von 16 Monaten verurteilt.",
        True,
        [("duration", 63, "year", None), ("duration", 16, "month", None)],
        None,
    ),
    (
        "de",
        "Die Probezeit wurde auf zwei Jahre festgesetzt, dazu kommt eine Busse von 2500 Franken.",
        True,
        [("duration", 2, "year", None), ("money", 2500, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte die 84-jährige Frau im vergangenen Februar in Oberwinterthur übersehen, als er bei tiefstehender Sonne abbog.",
        True,
        [("duration", 84, "year", None)],
        None,
    ),
    (
        "de",
        "Laut Anklage fuhr er mit rund 35 km/h über den Streifen, obwohl er wegen der Blendung kaum etwas sah.",
        True,
        [("count", 35, None, "about")],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte 20 Monate bedingt und eine Busse von 4000 Franken gefordert.",
        True,
        [("duration", 20, "month", None), ("money", 4000, "CHF", None)],
        None,
    ),
    ("de", "Das Urteil kann ans Zürcher Obergericht weitergezogen werden.", True, [], None),
    ("de", "«Ich werde diesen Moment nie vergessen», sagte der Beschuldigte in seinem Schlusswort.", False, [], None),
    (
        "de",
        "Die Verteidigung sprach von einem «tragischen Augenblicksversagen» eines bis dahin unbescholtenen Mannes.",
        False,
        [],
        None,
    ),
    # --- New Year's enforcement on California roads (AP), Friday, Dec. 31 ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — The California Highway Patrol began a maximum enforcement period at 6 p.m. Friday, putting every available officer on the road through the end of New Year's Day.",
        True,
        [],
        None,
    ),
    (
        "en",
        "During the same period last year, CHP officers arrested 1,184 people on suspicion of driving under the influence, the agency said.",
        True,
        [("count", 1184, None, None)],
        None,
    ),
    (
        "en",
        "Thirty-eight people died in crashes on California roads over last year's New Year's holiday, and 14 of them were not wearing seat belts, according to CHP data.",
        True,
        [("count", 38, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "CHP spokesman Miguel Sandoval-Reyes said officers would also run sobriety checkpoints in Los Angeles, Fresno and San Diego counties.",
        True,
        [],
        "Miguel Sandoval-Reyes",
    ),
    ("en", '"If you plan to celebrate, plan a sober ride home," Sandoval-Reyes said.', False, [], None),
    (
        "en",
        "In California, a driver is considered legally impaired at a blood alcohol content of 0.08%, or 0.04% for commercial drivers.",
        True,
        [("percent", 0.08, "%", None), ("percent", 0.04, "%", None)],
        None,
    ),
    (
        "en",
        "A first DUI conviction can bring up to six months in jail and fines and fees of more than $10,000.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", "up_to"), ("money", 10000, "USD", "over")],
        None,
    ),
    ("en", "Ride-hailing companies encouraged revelers to book their trips home early.", False, [], None),
    # --- Autobrände in Connewitz (dpa/sn), Freitag, 31. Dezember ---
    (
        "de",
        "Leipzig (dpa/sn) - In Leipzig-Connewitz sind in der Nacht zum Freitag fünf Autos in Flammen aufgegangen, zwei weitere wurden beschädigt.",
        True,
        [("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei geht von Brandstiftung aus, den Schaden schätzt sie auf rund 180.000 Euro.",
        True,
        [("money", 180000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits der neunte Brandanschlag auf Fahrzeuge in dem Stadtteil seit Anfang November, teilte die Polizeidirektion Leipzig mit.",
        True,
        [("ordinal", 9, None, None)],
        "die Polizeidirektion Leipzig",
    ),
    (
        "de",
        "Insgesamt brannten damit 31 Autos und drei Transporter.",
        True,
        [("count", 31, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Eine Ermittlungsgruppe mit zwölf Beamtinnen und Beamten hat die Fälle übernommen.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Für Hinweise, die zur Ergreifung der Täter führen, hat die Staatsanwaltschaft eine Belohnung von 3.000 Euro ausgesetzt.",
        True,
        [("money", 3000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wer in der Nacht in der Nähe der Bornaischen Straße etwas Verdächtiges beobachtet hat, soll sich bei der Polizei melden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Man traut sich abends kaum noch, das Auto auf der Straße abzustellen“, sagte eine Anwohnerin.",
        False,
        [],
        None,
    ),
    # --- Silvesterbilanz in Berlin (dpa/bb), Samstag, 1. Januar ---
    (
        "de",
        "Berlin (dpa/bb) - Die Berliner Feuerwehr ist in der Silvesternacht zu 1.614 Einsätzen ausgerückt, 14 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 1614, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Zwischen 19 und 6 Uhr seien 421 Brände gelöscht worden, darunter 17 in Wohnungen, sagte ein Feuerwehrsprecher am Neujahrsmorgen.",
        True,
        [("count", 421, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei nahm nach eigenen Angaben 287 Menschen vorübergehend fest, die meisten wegen Verstößen gegen das Sprengstoffgesetz.",
        True,
        [("count", 287, None, None)],
        None,
    ),
    (
        "de",
        "Verletzt wurden 22 Polizistinnen und Polizisten sowie neun Einsatzkräfte der Feuerwehr, teilte die Polizei Berlin mit.",
        True,
        [("count", 22, None, None), ("count", 9, None, None)],
        "die Polizei Berlin",
    ),
    (
        "de",
        "Im Unfallkrankenhaus Berlin wurden 19 Menschen mit Verletzungen an Händen und Augen behandelt, fünf von ihnen mussten operiert werden.",
        True,
        [("count", 19, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Innensenatorin sprach von einer „insgesamt ruhigeren Nacht“, nannte die Angriffe auf Rettungskräfte aber „völlig inakzeptabel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Feuerwehr rät, Blindgänger nicht erneut anzuzünden, sondern mit Wasser zu übergießen.",
        False,
        [],
        None,
    ),
    # --- New Year's Eve in London (PA), Saturday, January 1 ---
    (
        "en",
        "LONDON (PA) - The London Fire Brigade took 1,493 calls between 8pm on New Year's Eve and 6am on New Year's Day, its busiest night since Bonfire Night.",
        True,
        [("count", 1493, None, None)],
        None,
    ),
    (
        "en",
        "Crews attended 284 fires, 61 of them involving fireworks, the brigade said.",
        True,
        [("count", 284, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "The Metropolitan Police said 96 people were arrested across the capital for offences including assault and possession of offensive weapons.",
        True,
        [("count", 96, None, None)],
        "the Metropolitan Police",
    ),
    (
        "en",
        "Eleven officers were assaulted, one of them hit in the face by a rocket in Tower Hamlets, the force said.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "More than 100,000 people watched the display from ticketed areas along the Thames, down 8 per cent on last year.",
        True,
        [("count", 100000, None, "over"), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Station commander Tariq Lennox-Abara said crews had been pelted with fireworks in Hackney and Enfield.",
        True,
        [],
        "Tariq Lennox-Abara",
    ),
    ("en", '"Attacking firefighters who are there to help you is beyond contempt," he said.', False, [], None),
    ("en", "Anyone with video of the attack on officers in Tower Hamlets is asked to contact police.", False, [], None),
    # --- Böllerunfälle in Oberösterreich (APA), Samstag, 1. Jänner ---
    (
        "de",
        "Linz (APA) - Beim Hantieren mit einem Böller hat ein 27-jähriger Mann im Bezirk Braunau in der Silvesternacht drei Finger der linken Hand verloren.",
        True,
        [("duration", 27, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Sprengkörper der Kategorie F4 war nach Angaben der Landespolizeidirektion Oberösterreich nicht zugelassen und vermutlich aus Tschechien eingeführt worden.",
        True,
        [],
        "die Landespolizeidirektion Oberösterreich",
    ),
    (
        "de",
        "In ganz Oberösterreich wurden in der Nacht 23 Menschen durch Pyrotechnik verletzt, neun davon schwer.",
        True,
        [("count", 23, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Feuerwehren rückten zu 146 Einsätzen aus, meist wegen brennender Mistkübel, Hecken und Balkone.",
        True,
        [("count", 146, None, None)],
        None,
    ),
    (
        "de",
        "Im Ortsgebiet ist das Abschießen von Feuerwerkskörpern der Kategorie F2 verboten, Verstöße können bis zu 3.600 Euro kosten.",
        True,
        [("money", 3600, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Verbotszone in der Linzer Innenstadt gilt noch bis 6. Jänner.",
        True,
        [("date", "--01-06", None, None)],
        None,
    ),
    (
        "de",
        "Unbekannte sprengten in Mattighofen zudem einen Zigarettenautomaten, der Schaden beträgt rund 6.000 Euro.",
        True,
        [("money", 6000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Polizei ersucht Zeugen, die in der Nacht in Mattighofen verdächtige Wahrnehmungen gemacht haben, sich bei der nächsten Polizeiinspektion zu melden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Jedes Jahr dieselben Bilder, jedes Jahr dieselben zerfetzten Hände“, sagte ein Unfallchirurg des Klinikums.",
        False,
        [],
        None,
    ),
    # --- Victoria's holiday road toll (AAP), Sunday, January 2 ---
    (
        "en",
        "MELBOURNE (AAP) - Twenty-four people died on Victoria's roads over the Christmas and New Year period, the state's worst holiday toll since 2023.",
        True,
        [("count", 24, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Officers conducted more than 410,000 preliminary breath tests during the holiday operation and detected 1,047 drink-drivers, according to Victoria Police.",
        True,
        [("count", 410000, None, "over"), ("count", 1047, None, None)],
        None,
    ),
    (
        "en",
        "Of those killed, 11 were motorcyclists, and nine of the deaths happened on rural roads.",
        True,
        [("count", 11, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Inspector Natalie Whitfield-Gorman said 186 drivers had been caught travelling more than 45km/h over the limit and lost their licences on the spot.",
        True,
        [("count", 186, None, None), ("count", 45, None, "over")],
        "Natalie Whitfield-Gorman",
    ),
    (
        "en",
        '"Every name on that list leaves a household that has changed for good," Whitfield-Gorman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nationally, at least 68 people were killed on the roads over the holiday period, according to an AAP tally of state figures.",
        True,
        [("count", 68, None, "at_least")],
        None,
    ),
    (
        "en",
        "In NSW, 19 people died during Operation Safe Arrival, two more than a year earlier.",
        True,
        [("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Police urged motorists to stay alert as holidaymakers head home over the coming week.", False, [], None),
    # --- Silvesternacht in Zürich (Keystone-SDA), Sonntag, 2. Januar ---
    (
        "de",
        "Zürich (sda) - Die Stadtpolizei Zürich hat in der Silvesternacht 14 Personen festgenommen, unter anderem wegen Landfriedensbruchs und Gewalt gegen Beamte.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Rund 110'000 Menschen verfolgten das Feuerwerk über dem Seebecken, wie die Stadtpolizei Zürich am Sonntag mitteilte.",
        True,
        [("count", 110000, None, "about")],
        "die Stadtpolizei Zürich",
    ),
    (
        "de",
        "Zwölf der Festgenommenen seien Jugendliche unter 18 Jahren, sagte Polizeisprecherin Judith Bolliger-Sennhauser.",
        True,
        [("count", 12, None, None), ("duration", 18, "year", "under")],
        "Judith Bolliger-Sennhauser",
    ),
    (
        "de",
        "Schutz & Rettung Zürich rückte zu 87 Einsätzen aus, mehr als ein Viertel davon wegen Bränden durch Feuerwerkskörper.",
        True,
        [("count", 87, None, None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Im Kreis 4 brannte kurz nach Mitternacht ein Dachstock, die sechs Bewohnerinnen und Bewohner verliessen das Haus unverletzt.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    ("de", "Der Sachschaden wird auf rund 300'000 Franken geschätzt.", True, [("money", 300000, "CHF", "about")], None),
    (
        "de",
        "Im ganzen Kanton wurden 19 Personen mit Verletzungen durch Feuerwerk in Spitäler gebracht, hiess es bei der Kantonspolizei Zürich.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    ("de", "«Die allermeisten haben friedlich und vernünftig gefeiert», sagte Bolliger-Sennhauser.", False, [], None),
    # --- Fatal New Year's Day crash in Tipperary (PA), Sunday ---
    (
        "en",
        "DUBLIN (PA) - A man in his 40s has died and two teenagers were seriously injured in a two-car collision in Co Tipperary on New Year's Day.",
        True,
        [("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "The crash happened on the N24 near Cahir shortly before 4pm, gardaí said.", True, [], None),
    (
        "en",
        "The teenagers, aged 17 and 18, were taken to University Hospital Limerick.",
        True,
        [("duration", 17, "year", None), ("duration", 18, "year", None)],
        None,
    ),
    (
        "en",
        "Garda collision investigators kept the route shut for about six hours to examine the scene.",
        True,
        [("duration", 6, "hour", "about")],
        None,
    ),
    (
        "en",
        "It was the first death on Irish roads this year, after 158 fatalities were recorded last year.",
        True,
        [("ordinal", 1, None, None), ("count", 158, None, None)],
        None,
    ),
    (
        "en",
        "A garda spokesman said a 32-year-old woman driving the second car was arrested at the scene on suspicion of drink-driving.",
        True,
        [("duration", 32, "year", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Gardaí are appealing to any road users with camera footage who were travelling between Cahir and Clonmel to make it available to them.",
        False,
        [],
        None,
    ),
    ("en", '"The whole parish is in shock this morning," local priest Fr Donal Kierse-Moloney said.', False, [], None),
]
