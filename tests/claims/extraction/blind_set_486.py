"""Four-hundred-and-eighty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government, ministers and the
heads of real agencies and charities appear only by office or role ("The prime minister",
"The finance minister", "The foreign secretary", "The U.N. relief chief", "Oxfam's Sudan
director", „Der Präsident“), and the spokespeople, field staff and coordinators of real
governments and bodies who appear by name are invented and stand for no real holder.

Names: the Nepali Home Ministry spokesman Dilliram Khadka-Basnet, the I.S.A.R. Germany team
leader Katrin Oberdörster-Lahm, the Caritas spokesman Bernhard Wiesinger-Pölzl, the OCHA
spokespeople Torvald Ekström-Baptiste, Leonie Brandstätter-Okafor and Rahel
Tesfamariam-Lowe, the Glückskette spokeswoman Mirjam Tschannen-Ruch, the MSF field
coordinator Anouk Verschueren-Dias, the Philippine civil defence spokesman Arnel
Pagdanganan-Cruz, the DEC spokeswoman Fenella Grayling-Moss, the Bundesheer spokesman Markus
Haselsteiner-Wolf, the IOM spokespeople Beatriz Alvarenga-Holt and Farhad Sultani-Kerr, the
IKRK spokesman Noah Wälchli-Bertschy, the WFP spokeswoman Gaëlle Ndlovu-Fournier, the
„Nachbar in Not“ spokeswoman Ulrike Rabensteiner-Koch, the WHO spokeswoman Claudia Imfeld-Ruggli, the
Pakistani provincial disaster management spokesman Nabeel Qureshi-Haddad, the Deza
spokeswoman Flurina Casanova-Egli, the NEMA spokesman Abubakar Danjuma-Ellis, the Caritas
coordinator Verena Aigner-Stadlmayr and the Welthungerhilfe spokeswoman Annegret
Vollmer-Sayed; the survivors and refugees Saraswati Dhami, Mohammed Ayaz, Kamala Bohara and
Hauwa Bukar; Typhoon Dalisay („Dalisay“) and the western Nepal earthquake itself; every
unnamed official, doctor, helper, farmer, camp leader, spokesperson and sea rescuer. Real
states, bodies, funds, camps, places and media (the United Nations, OCHA, UNHCR, UNICEF,
the World Food Programme, WFP, the World Health Organization, WHO, the International
Organization for Migration, IOM, the IFRC, the Red Cross, Doctors Without Borders, MSF,
Oxfam, the U.S. Geological Survey, Nepal's Home Ministry, the Disasters Emergency Committee,
DEC, UK Aid Match, the Foreign Office, the Rapid Support Forces, RSF, SADC, the National
Disaster Management Authority, the National Emergency Management Agency, the Central
Emergency Response Fund, the Alau dam, Bajhang, Bajura, Chainpur, Kathmandu, Tawila, El
Fasher, North Darfur, Isabela, Ilagan, Mindanao, Port-au-Prince, Solino, Cox's Bazar,
Lusaka, Zambia, Malawi, Matabeleland, Punjab, Maiduguri, Auswärtiges Amt, Bundesregierung,
I.S.A.R. Germany, Köln, Auslandskatastrophenfonds, Außenministerium, Österreichisches Rotes
Kreuz, Caritas, FPÖ, EDA, Bund, Rettungskette Schweiz, Humanitäre Hilfe, Glückskette, SRF,
RTS, RSI, Vereinte Nationen, Internationale Organisation für Migration, Innenministerium,
EU, Cagayan, Luzon, Bundesheer, AFDRU, Black Hawk, Konjic, Sarajevo, Mostar, Internationales
Komitee vom Roten Kreuz, IKRK, Sabratha, Lampedusa, Sea-Watch, „Nachbar in Not“, Care,
Welternährungsprogramm, Adré, Deza, Islam Qala, Kunar, Nangarhar, Taliban, Huthi,
Welthungerhilfe, Welthunger-Index, Bundeshaushalt, and the datelines' cities) stand for the
way wire copy names them; every toll, count of injured, missing, displaced, evacuated and
rescued people, rescue team, helper, aftershock, house, shelter, school, appeal, pledge,
disbursement, funding share, funding gap, donation, ration, price, temperature, case,
ranking and quote here is invented, and where a real figure came to mind (a real quake's
toll, a real appeal total or funding share, a real displacement, hunger, famine, cholera or
returnee figure, a real ration or voucher cut, a real count of districts in a disaster, a
real flood toll, a real pledge at a Sudan conference, a real hunger index's field, count or
target year, a real aid budget) it was changed (the date of Nepal's 2015 earthquake, the
start of the war in Sudan in April 2023, Malawi's 28 districts and the 2030 goal to end
hunger kept).

Its weight: HUMANITARIAN CRISES, AID AND DISASTERS ABROAD, the third round under this
heading (the sixty-ninth batch weighed humanitarian, development and UN/NGO reports and the
two-hundred-and-fifty-fifth humanitarian crises and aid; beside them the
hundred-thirty-seventh weighed casualty and humanitarian figures in dispute, the
ninety-ninth disasters and emergencies over a day, the hundred-thirty-fifth natural
disasters abroad, the two-hundred-and-twelfth storms, floods and earthquakes, the
two-hundred-and-ninety-first natural disasters over a year, the
three-hundred-and-sixty-third natural disasters, their tolls and their revisions, the
four-hundred-and-nineteenth disasters and accidents and the four-hundred-and-eightieth the
UN agencies' refugee figures and appeals beside war diplomacy; their decisions are kept) -
this time a made-up earthquake in western Nepal followed from the first night to a month
after, between the other crises and disasters of the same weeks abroad: 30 short stories in
story order over a made-up September and October, September 8 to October 9, the German and
English ones interleaved by date, each told as wire copy runs it (a dateline lead with the
toll or the appeal, the toll's updates, the injured, missing and displaced, rescue teams
and helpers counted, the days since the disaster, aid pledged against aid delivered, the
appeals' funding shares and gaps, officials' and aid agencies' statements, quotes and
reactions). Half German (dpa, APA, Keystone-SDA; Austrian „Auslandskatastrophenfonds“,
„heuer“, „Jänner“, „Bundesheer“ and „Nachbar in Not“, Swiss „innert“, „gemäss“,
„drittgrösste“, „Entscheide fällen“, „gesprochen“, „Mio. Franken“, „11'300“, „880'000“,
„1500“ and «» quotes, German „“ quotes): the quake's first toll with Berlin's aid and the
I.S.A.R. team, Austria's money from the Auslandskatastrophenfonds, Switzerland's team and
the Glückskette, the UN plan for Sudan, the end of the search in Nepal, Typhoon Dalisay's
toll, floods in Bosnia with the Bundesheer, the IKRK's cuts, a boat disaster off Libya,
„Nachbar in Not“ two weeks on, cholera in Yemen, Swiss money for Sudanese refugees in Chad,
returnees to Afghanistan, Nepal four weeks on and the Welthunger-Index. Half English
(Reuters with dated datelines, AP, AFP with dated and undated datelines, PA; US and UK
usage: "kph (... mph)", "kilometers", "meters (... feet)", "centres", "neighbourhood",
"£", "$", "percent" as "%"): the quake, its toll climbing on the second day, the U.N.'s
flash appeal, hunger around Tawila, Typhoon Dalisay, the DEC appeal, Haiti's displaced, a
fire in the Rohingya camps, drought in southern Africa, aid pledged and delivered in Nepal,
Pakistan's monsoon floods, Nepal three weeks on, the Sudan pledging conference in London,
a dam burst in Nigeria and Nepal a month on. Speakers as such copy has them: spokespeople
with a title before the name („sagte OCHA-Sprecherin X in Genf“, „IOM-Sprecher X sagte“,
"OCHA spokesman X told reporters", "Civil defence spokesman X said"), bodies with „teilte
... mit“, „wie ... mitteilte“, „nach Angaben der ...“ and "the ... said", and beside them
the forms left unchecked (offices and roles, plural officials, possessives, descriptions
before a name, adjective-headed bodies, compounds, „gemäss“, "according to", data,
documents and estimates, verbs of warning, correcting and putting a figure). Figures as
such copy has them: tolls rising and corrected, injured, missing, displaced, evacuated,
rescued and returning people with their hedges, rescue teams, helpers, soldiers, dogs and
helicopters, compounds („38-köpfiges“, "52-member", "50-kg"), magnitudes, depths, winds,
rain, heights and temperatures, days and weeks since the disaster („Fünf Tage nach“, „Am
vierten Tag nach dem Beben“, „Gut zwei Wochen nach“, "More than two weeks after", "Three
weeks after", „Vier Wochen nach“, "on the second day of the rescue operation"), appeals,
pledges, disbursements and budgets in dollars, euros, francs, pounds, Nepali rupees,
Sudanese pounds and pesos, funding shares and gaps in percent ("only 38%", „erst zu 23
Prozent finanziert“, "41% funded", "a funding gap of about 66%"), shares in words („etwa
die Hälfte“, „gut ein Fünftel weniger“, "Nearly one in four", "less than a fifth", "about a
third", "Only about one in five"), multiples („fast doppelt so viele“, "nearly three
times"), ranks, years and dates. Negatives as such copy has them - 58 rows, none with a
figure: officials', spokespeople's and aid workers' rhetoric in quotes, condolences,
labels, appeals and advice naming no measure, hopes and fears, complaints and accusations
naming no checkable act, open questions, no-comment lines, a forecast without a figure and
vox pops without ages, each near a check-worthy look-alike from the same story (often the
same speaker's figure).

240 rows (121 German, 119 English), 58 negatives (27 German, 31 English), 182 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 303 expected quantities (163 counts,
54 amounts of money - 19 USD, 17 EUR, 8 CHF, 5 GBP, 3 NPR, 1 SDG, 1 PHP -, 24 durations - 7
in weeks, 6 in years, 5 in hours, 4 in days, 2 in months -, 16 fractions, 15 percentages -
all in "%" -, 13 ordinals, 11 dates - 1 with a year, 10 without -, 7 years; none of them in
a negative), 37 checked speakers (19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported piece
  of rhetoric, condolence, label, appeal or piece of advice naming no measure, hope, fear,
  complaint or accusation naming no checkable act, warning or forecast without a figure,
  open question or no-comment line is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, two-hundred-and-fourth,
  two-hundred-and-fifty-fifth, three-hundred-and-sixty-third, four-hundred-and-nineteenth);
  a quoted or reported toll, figure, step, pledge, plan or forecast with a figure is
  check-worthy with its speaker, also in Konjunktiv I (hundred-thirty-seventh,
  four-hundred-and-nineteenth). Pairs from one speaker: Khadka-Basnet's 1,140 and 86 beside
  "Whole settlements have simply disappeared ..."; Oberdörster-Lahm's ten days beside „Jede
  Stunde zählt ...“; Wiesinger-Pölzl's five degrees beside „Wer jetzt spendet ...“;
  Ekström-Baptiste's 110,000 beside "Winter arrives in those mountains within weeks ..."
  and his 78 of 105 beside "The cameras left ..."; Tschannen-Ruch's 11'300 beside «Die
  Solidarität ... ist gross ...»; Verschueren-Dias's 1,240 beside "a famine unfolding in
  slow motion"; Brandstätter-Okafor's 970 million beside „die größte humanitäre Krise
  unserer Zeit“; Grayling-Moss's £3.4 million beside "opened their hearts yet again";
  Alvarenga-Holt's 54% beside "Families keep running ..."; Wälchli-Bertschy's 18 countries
  beside «... die uns das Herz brechen»; Ndlovu-Fournier's 4.2 and 6.5 million beside
  "Mothers are skipping meals ..."; Rabensteiner-Koch's eight organisations beside „... ein
  großes Herz gezeigt“; Imfeld-Ruggli's half beside „Cholera lässt sich verhindern ...“;
  Qureshi-Haddad's 2.4 million beside "Nobody living here ..."; Casanova-Egli's recipients
  beside «... schlicht unhaltbar»; Sultani-Kerr's 60 percent beside „Viele kommen in ein
  Land zurück ...“; Aigner-Stadlmayr's six weeks beside „Wir bauen gegen die Zeit“;
  Vollmer-Sayed's 2148 beside „Hunger ist kein Schicksal ...“. Offices in negatives: the
  prime minister's condolences and appeal, the U.N. relief chief's appeal, the president's
  „nationale Tragödie“ with his promise of help, the foreign secretary's "could not look
  away" (two-hundred-and-fourth, four-hundred-and-nineteenth). Negatives besides: labels
  („Die FPÖ kritisierte die Zahlung als ...“ - four-hundred-and-seventy-ninth:
  „kritisierte ... als“ -, „sprach von der „schlimmsten Naturkatastrophe seit
  Jahrzehnten““ - „seit Jahrzehnten“ none); appeals naming no measure ("urged donors to act
  before snow closes the mountain passes", "Officials urged families not to rebuild ...",
  „appellierte an die Bundesregierung, ihrer Verantwortung ... gerecht zu werden“, the
  Caritas plea; two-hundred-and-fourth, three-hundred-and-sixty-third); hopes, fears and
  feelings („Hilfsorganisationen befürchten“, „Viele Überlebende fürchten sich“, "Farmers
  ... said they feared", "Aid workers fear", "Many families said they hoped", "Residents
  ... said they no longer trusted the police"; two-hundred-and-forty-fourth); warnings
  naming no measure („Care warnte, ... drohe ... eine weitere Katastrophe“, "The WHO warned
  that stagnant water could fuel outbreaks"); a forecast without a figure ("Forecasters
  said a low-pressure area ... could strengthen"); complaints and accusations naming no
  checkable act ("Camp leaders complained ...", "Residents accused the authorities of
  ignoring years of warnings" - "years" none -, "Opposition MPs accused ministers ...",
  „Seenotretter warfen der EU vor“, „Menschenrechtler warfen ... vor“,
  „Hilfsorganisationen beklagten“; three-hundred-and-sixty-third,
  four-hundred-and-nineteenth); open questions („Ob ...“ three times, "How many people were
  still trapped ... was unclear", "Whether the government can rebuild ... remains unclear";
  two-hundred-and-fifty-fifth); no-comment lines ("Neither the army nor the RSF replied to
  AFP's questions ...", „wollten sich zu den Zahlen nicht äußern“; twenty-first); and
  scene quotes and vox pops without ages (Saraswati Dhami, Mohammed Ayaz, Kamala Bohara,
  Hauwa Bukar, the farmer in Ilagan, the district official in Bajhang, the helper in
  Bajura, the Sea-Watch spokesman, Oxfam's Sudan director).
  As the brief for these batches asks, negatives carry no expected quantities, and this
  batch writes no figure into them.
- Check-worthy without a figure (two-hundred-and-fifty-fifth, three-hundred-and-sixty-third,
  four-hundred-and-nineteenth), 6 rows: the EDA's stated reason for not sending the
  Rettungskette (Konjunktiv I), the search declared over („offiziell beendet“), the railway
  closed „mindestens bis Ende Oktober“ („mindestens“ before a month bounds no figure,
  three-hundred-and-sixty-third), Casanova-Egli's recipients of the Swiss money, the WFP's
  rations halved („halbieren“, a verb, none; three-hundred-and-sixty-third) and the army
  and the RSF left out of the London conference (a stated fact).
- Tolls and their updates are labelled figure by figure, the replaced and the standing one
  (ninety-ninth, three-hundred-and-sixty-third, four-hundred-and-nineteenth): "killing at
  least 312", „mindestens 312 Menschen“, "has now killed 764", "Officials had put the toll
  at 312 on Monday morning and at 518 by nightfall" 312 and 518 (the noun left out after
  the second figure, two-hundred-and-seventieth), „auf 1.146 gestiegen“, "stood at 1,187",
  „korrigierten die Zahl der Toten zuletzt auf 1.183, nachdem vier Opfer zweimal erfasst
  worden waren“ 1,183, 4 and 2 (three-hundred-and-sixty-third: „weil ein Opfer zweimal
  erfasst worden war“; the correcting verb leaves the source unchecked, ninety-ninth);
  "at least 23" and „auf 41 gestiegen“ for the typhoon, „18 Menschen würden noch vermisst“
  (digits opening the row, four-hundred-and-nineteenth); injured and missing ("1,140 ...
  and 86", "2,015 ... and 141", „Mehr als 1.100 ..., 86“, „Mehr als 3.280“, "with 3,412
  injured and 23"), the dead at sea („mindestens 61“, „mindestens 1.310“), the flood dead
  ("866 people ..., 241 of them children", "at least 54"), and the war's „mindestens
  61.000“ after „nach Schätzungen von Hilfsorganisationen“ (an estimate, unchecked).
- Days since the disaster (three-hundred-and-sixty-third, four-hundred-and-nineteenth): the
  span after the disaster is a duration („Fünf Tage nach dem Erdbeben“ 5 days -
  four-hundred-and-nineteenth: „Drei Tage nach“ -, „Gut zwei Wochen nach“ and "More than
  two weeks after" 2 weeks "over" - two-hundred-and-fifty-fifth: „gut zwei Jahre nach“ -,
  "Three weeks after" 3 weeks, „Vier Wochen nach“ 4 weeks), the day of the operation in
  order an ordinal ("on the second day of the rescue operation" 2, „Am vierten Tag nach dem
  Beben“ 4; three-hundred-and-sixty-third: „Am zweiten Tag der Suche“). Other spans: "for
  90 days" (three-hundred-and-sixty-third: "for 30 days"), "for more than 16 months"
  "over", "over the next three months" 3 months, "on 19 of the past 30 days" count 19 and 30
  days (four-hundred-and-fifty-first: „In 36 der vergangenen 40 Jahre“), "in its first 24
  hours" ordinal 1 and 24 hours (three-hundred-and-sixty-third: "in the first 24 hours"),
  "its first for a natural disaster in two years" 1 and 2 years, "for the second time in
  three years" 2 and 3 years, "the region's worst drought in four decades" 40 years
  (two-hundred-and-forty-fourth: "over the past two decades" 20 years), „innert 24
  Stunden“, „binnen zwölf Stunden“ (no hedge), „nach rund sechs Stunden“ and "about four
  hours" "about", „bis zu zehn Tage lang“ "up_to", „vorerst auf zwei Wochen“ („vorerst“ no
  hedge, as „vorläufig“, three-hundred-and-sixty-third), „in etwa sechs Wochen“ "about"
  („in etwa“ reads as „etwa“, two-hundred-and-forty-fourth), "about four weeks earlier
  than usual" "about"; ages („eine 62-jährige Frau“) and "children under five", „Kinder
  unter fünf Jahren“ 5 years "under" (two-hundred-and-fifty-fifth). None: weekdays and
  parts of days ("late on Sunday", „am späten Sonntagabend“, "by nightfall", "on Thursday
  night", „in der Nacht zum Mittwoch“, „am Freitagabend“, „bis Mittwochmittag“), clock
  times ("shortly after 2 a.m."), "for a week" and „nach so langer Zeit“ (no figure),
  "within weeks" (in a negative), "since June", "since July", "since August", "since late
  June", "since early last year", "in mid-October", „bis Mitte September“, „bis Mitte
  November“, „bis Ende Oktober“, „bis Ende Jänner“, "this year", "last month", "last
  week", "last year's", "next year's", „im vergangenen Jahr“, „im laufenden Jahr“, „im
  kommenden Jahr“, „im gesamten Vorjahr“, „im Vorjahreszeitraum“, „in diesem Jahr“,
  „heuer“, „Seit Jahresbeginn“, „täglich“, "a month", "monthly" and "per person".
- Rescue teams, helpers and other counts (every batch): „Insgesamt 27 internationale Such-
  und Rettungsteams mit rund 1.400 Helferinnen und Helfern“ 27 and 1,400 "about"
  („Insgesamt“ no hedge), "Search teams from 14 countries" 14, „ein 38-köpfiges Team mit
  sechs Rettungshunden“ 38 and 6 (the figure heading the compound, forty-first: „Im
  40-köpfigen Gemeinderat“), "a 52-member search and rescue team" 52
  (four-hundred-and-nineteenth: "a five-member commission"), „mit allen 38 Einsatzkräften
  und den sechs Hunden“ („allen“ no hedge), "2,600 soldiers and 11 helicopters", „zwei
  Hubschrauber vom Typ Black Hawk und 24 Soldaten“ (the type none,
  four-hundred-and-nineteenth), „mit zwölf Fachleuten“, "a team of 16 specialists", „zwei
  Trinkwasserexperten“, "the two districts" and "the two worst-hit districts" 2
  (four-hundred-and-eightieth: "the two people"; "both districts" none), "20 tonnes", "180
  tonnes", "about 1.1 million tonnes", "about 1.2 million acres", "1.9 million head of
  livestock" (three-hundred-and-sixty-third: "about 1,200 head of livestock"), "About 9,500
  cattle", „rund 1000 Kilokalorien pro Tag“ (Swiss four digits; kilocalories are counts,
  two-hundred-and-fifty-fifth; „pro Tag“ none), „rund 90.000 Liter“, "A 50-kg sack" 50 (the
  figure heading the compound), "three rivers", "two corridors", "in two instalments", "Four
  of the 11 hospitals in the two districts" 4, 11 and 2 (a number word opening the row reads
  as digits would, three-hundredth), "78 of the 105", "19 of its 28 districts", "114 of the
  212", "nearly 9,000 of them", „Nur 25 der rund 90 Insassen“ 25 and 90 "about" („Nur“ no
  hedge), "about 46,000 tarpaulins and 31,000 blankets" the hedge on the first only
  (two-hundred-and-forty-fourth), „über 880'000“ and „rund 11'300“ (the Swiss apostrophe,
  tenth), „rund 1500 Stellen“ (Swiss four digits). Magnitudes, depths, distances, winds,
  rain, heights and temperatures are counts (fourth, three-hundred-and-sixty-third,
  four-hundred-and-nineteenth): "A magnitude 6.9", „der Stärke 6,9“, "aftershocks of
  magnitude 4 or higher" 4 ("or higher" none), "14 km (9 miles)" 14 and 9, "about 38 km",
  „rund 14 Kilometern“, „rund 600 Kilometer“, "about 22 kilometers (14 miles)" 22 "about"
  and 14 with none (the converted figure in brackets, eightieth), "sustained winds of 190
  kph (118 mph) and gusts of up to 240 kph" 190, 118 and 240 "up_to", „Böen von bis zu 240
  Kilometern pro Stunde“, „bis zu 180 Liter Regen pro Quadratmeter“ "up_to" („pro
  Quadratmeter“ none), "on passes above 3,500 meters (11,500 feet)" 3,500 "over" ("above"
  before a figure, three-hundred-and-sixty-third) and 11,500 with none, „auf rund fünf Grad“
  5 "about". New: „auf bis zu minus zehn Grad“ is -10 "up_to" - in a forecast of falling
  temperatures „bis zu“ bounds the lowest reading as written, and the sign stays with the
  figure as in every temperature (fourth, four-hundred-and-fifty-first: „minus 23,7
  Grad“). None: "thousands of stone-and-mud houses", "most of them", "many", „Viele“, "some
  families", "the only road", "one like this" (in a negative).
- Appeals, pledges, deliveries and funding (sixty-ninth, two-hundred-and-fifty-fifth,
  four-hundred-and-nineteenth, four-hundred-and-eightieth): an appeal for a stated sum is
  check-worthy ("appealed on Wednesday for $96 million", "SADC has appealed for $3.1
  billion", "The Red Cross movement's emergency appeal for 14 million Swiss francs"), and
  so are pledges and deliveries, each with its sum ("pledged about $212 million ... only
  about $58 million has reached agencies", „Von den benötigten 4,2 Milliarden US-Dollar
  ... knapp 970 Millionen“ and „Von den beantragten 96 Millionen Dollar ... rund 33
  Millionen“ with the currency written once serving both (two-hundred-and-fifty-fifth),
  "Donors pledged $1.35 billion ..., less than a third of the $4.2 billion", "About 70% of
  the $1.1 billion pledged", the three pledges of the conference list). Funding shares are
  percentages with no hedge after "only", „erst“ or „bislang“ ("only 38%", „erst zu 23
  Prozent finanziert“, "only 14% funded", „erst zu 17 Prozent“, „erst zu 34 Prozent“, "41%
  funded"; two-hundred-and-fifty-fifth, four-hundred-and-eightieth). New: "leaving a
  funding gap of about 66%" is percent 66 "about" - the unfunded share of an appeal is read
  as the funded share is, as a percentage as written, and stands beside "only about a
  third" 0.3333 "about" in the same row, each as written and neither converted into the
  other. New: "will match the first £5 million donated" gives ordinal 1 and 5,000,000 GBP -
  "the first" before a sum names the first tranche as "the first instalment" names the
  first payment, and matching a stated sum names a measure, unlike "matches public
  donations pound for pound" (two-hundred-and-fifty-fifth New), which names none. New:
  „Deutschland sagte am Donnerstag weitere 45 Millionen Euro zu.“ is check-worthy with its
  sum and leaves the speaker unchecked - „sagte ... zu“ is the separable verb of pledging,
  not of saying, and a pledge with a sum is check-worthy without a verb of saying
  (four-hundred-and-nineteenth); „Die EU stellte ... bereit“ likewise.
- Money in the currency written (every batch): EUR („zunächst 2 Millionen Euro“ -
  „zunächst“ no hedge -, „1 Million Euro ... und 500.000 Euro“, „insgesamt 3,2 Millionen
  Euro“, „weitere 45 Millionen Euro“, „zudem 500.000 Euro“, „um 500.000 Euro auf insgesamt
  2 Millionen Euro“, „rund 3,6 Millionen Euro“, "190 million euros", "125 million euros",
  „312 Millionen Euro“, „980 Millionen Euro ..., nach 2,4 Milliarden Euro“), CHF („1,8 Mio.
  Franken“, „rund 2,4 Millionen Franken“, „gut 31 Mio. Franken“ "over", „1,98 Milliarden
  Franken“, „148 Mio. Franken“, „6 Mio. Franken“, „insgesamt 74 Mio. Franken“, "14 million
  Swiss francs"), GBP ("£5 million", "£3.4 million", "£8 million", "£27 million", "95
  million pounds"), USD ("$9 per person from $12.50" 9 and 12.5 - "monthly" and "per
  person" none -, "$5 million", "$6 million", „umgerechnet rund 120 Dollar“ "about"
  (hundred-thirty-fifth: „umgerechnet rund“ hedges the converted sum; „einmalige“ none, as
  "a one-off cash grant", two-hundred-and-fifty-fifth)), PHP ("2.9 billion pesos ($51
  million)" PHP and USD), and the converted figure in brackets with no hedge from outside
  them (eightieth, three-hundred-and-sixty-third: "an estimated 74 billion Nepali rupees
  ($540 million)" NPR "about" and USD with none). New: "about 95,000 Sudanese pounds" is SDG
  "about" - "pounds" after "Sudanese" names Sudan's currency, not sterling, as "2 billion
  Pakistani rupees" named Pakistan's (three-hundred-and-sixty-third: PKR). New: "Nepali
  rupees" are NPR, and the bare "50,000 rupees" and "25,000 rupees" in the Nepal stories
  are NPR too - "rupees" without an adjective takes the currency of the country the story
  reports on, as "Rs 2 lakh" in an Indian story was INR (four-hundred-and-nineteenth).
- Percentages, fractions and multiples as written (every batch): "24% more than in March"
  ("more" after a figure no hedge), "about 54%", "about 85%" (after "U.N. officials
  estimate", unchecked), „um 12 Prozent“, „um fast 60 Prozent“ "nearly", „rund 60 Prozent“
  twice "about", "About 70%"; fractions: "Nearly one in four" 0.25 "nearly", "more than
  half of the displaced" and "more than half the population" 0.5 "over", „etwa die Hälfte
  der Bevölkerung“, „nur etwa die Hälfte“ („nur“ no hedge) and „rund die Hälfte der
  Reisfelder“ 0.5 "about", "by about half" 0.5 "about", „gut ein Fünftel weniger“ 0.2
  "over" (two-hundred-and-fifty-fifth: „gut ein Drittel weniger“), "less than a fifth of
  that" 0.2 "under", „Bei mehr als einem Drittel“ 0.3333 "over", "less than half of what
  is needed" and „weniger als die Hälfte des Mindestbedarfs“ 0.5 "under", "less than a
  third" 0.3333 "under", "about a third of the city" and "only about a third" 0.3333
  "about", "Only about one in five" 0.2 "about" ("Only" no hedge); multiples are counts with
  their hedges („fast doppelt so viele“ 2 "nearly", "nearly three times its price" 3
  "nearly"; two-hundred-and-fifty-fifth); verbs carry none („halbieren“).
- Ordinals and ranks (the issue's „die drittgrößte Stadt“; every batch): "the 14th storm"
  14, "the third major fire" 3, „die drittgrösste staatliche Geldgeberin“ 3, "the first
  instalment" 1, "the second shelter instalment" 2, "in the first week" 1 with no duration
  (two-hundred-and-fifty-fifth: "in its first week"), "The first snow fell" 1
  (three-hundred-and-sixty-third: "the first survivor"). New: „die letzten drei von 129
  Plätzen“ gives counts 3 and 129 - three places named as a group at the foot of a ranking
  are counted, as "the remaining two" (three-hundred-and-sixty-third), while a single place
  is an ordinal with the field a count („auf Rang vier von 27 untersuchten Ländern“,
  four-hundred-and-seventy-third New). None: "the deadliest", „der stärkste Taifun“, "the
  region's worst drought", "its last appeal", „Beim letzten nationalen Sammeltag“, "the
  next harvest", „eine weitere Katastrophe“ (in a negative).
- Years and dates: „vom 25. April 2015“ 2015-04-25, „Am 17. September“ --09-17; years „im
  April 2023“, „im Jahr 2023“ twice, „seit 2020“, "since 2022", „bis 2030“ and „erst im
  Jahr 2148“ (a stated projection, check-worthy with its speaker). Reuters datelines with a
  day are dates without a year ("KATHMANDU, Sept 8 (Reuters)" --09-08, "GENEVA, Sept 10"
  --09-10, "MANILA, Sept 12" --09-12, "COX'S BAZAR, Bangladesh, Sept 18" --09-18 with the
  country between city and day, "KATHMANDU, Sept 24" --09-24, "LONDON, Oct 1" --10-01,
  "KATHMANDU, Oct 8" --10-08; three-hundred-and-sixty-third), and so are AFP English
  datelines with a day ("LUSAKA, Sept 22 (AFP)" --09-22, "ISLAMABAD, Sept 26 (AFP)" --09-26;
  four-hundred-and-eightieth); dpa (also "Sanaa/Genf"), APA (also "Kathmandu/Wien"),
  Keystone-SDA, AFP without a day ("TAWILA, Sudan (AFP) -"), AP ("BAJHANG, Nepal (AP) —",
  "PORT-AU-PRINCE, Haiti (AP) —", "CHAINPUR, Nepal (AP) —", "MAIDUGURI, Nigeria (AP) —")
  and PA ("LONDON (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „in etwa“, „umgerechnet rund“,
  "about", "About", "roughly", "some", "an estimated" "about"; „knapp“, „fast“, "nearly",
  "Nearly" "nearly"; „mehr als“, „Mehr als“, „gut“, „Gut“, „über“ before a figure, "more
  than", "More than", "above" before a figure "over"; „weniger als“, "less than" "under";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge: „zunächst“,
  „zudem“, „weitere“, „insgesamt“, „Insgesamt“, „allen“, „bislang“, „bereits“, „Bereits“,
  „erst“, „nur“, „Nur“, „vorerst“, „Allein“, „innert“, „binnen“, „um“ before a difference,
  "only", "Only", "alone", "another", "already", "more" after a figure, "or higher" after a
  figure, "from" between two sums, "against".
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Außenministerium am Dienstag mit“ -> "das Außenministerium" and „teilte das Auswärtige
  Amt am Montag mit“ -> "das Auswärtige Amt" (the weekday dropped;
  two-hundred-and-forty-fourth, two-hundred-and-ninety-first), „teilte das EDA mit“ -> "das
  EDA" (four-hundred-and-nineteenth), „teilte das Innenministerium in Kathmandu am Freitag
  mit“ -> "das Innenministerium" (the place and the weekday dropped,
  two-hundred-and-fifty-fifth), „wie das IKRK mitteilte“ -> "das IKRK"
  (four-hundred-and-fifty-first: „wie MeteoSchweiz mitteilte“), „teilte die Internationale
  Organisation für Migration (IOM) mit“ -> "die Internationale Organisation für Migration"
  (the abbreviation in brackets dropped, two-hundred-and-forty-fourth), „nach Angaben der
  Behörden“ -> "die Behörden" (three-hundred-and-sixty-third, four-hundred-and-nineteenth);
  the name with the title, the place and the audience dropped („sagte OCHA-Sprecherin
  Leonie Brandstätter-Okafor in Genf“, „sagte Bundesheer-Sprecher Markus
  Haselsteiner-Wolf“, „sagte IKRK-Sprecher Noah Wälchli-Bertschy“, „sagte Sprecherin Ulrike
  Rabensteiner-Koch“, „sagte Deza-Sprecherin Flurina Casanova-Egli“, „sagte
  Caritas-Koordinatorin Verena Aigner-Stadlmayr der APA“; two-hundred-and-fifty-fifth,
  four-hundred-and-nineteenth, four-hundred-and-eightieth), "X sagte, ..." opening the row
  („Glückskette-Sprecherin Mirjam Tschannen-Ruch sagte“, „WHO-Sprecherin Claudia
  Imfeld-Ruggli sagte in Genf“, „IOM-Sprecher Farhad Sultani-Kerr sagte“,
  „Welthungerhilfe-Sprecherin Annegret Vollmer-Sayed sagte“ the name; „Oberdörster-Lahm
  sagte“ and „Wiesinger-Pölzl sagte“ the surname as written; two-hundred-and-fifty-fifth).
  English: the name with the role dropped ("Home Ministry spokesman Dilliram Khadka-Basnet
  said" and "... told reporters that", "OCHA spokesman Torvald Ekström-Baptiste told
  reporters" and "... said", "MSF field coordinator Anouk Verschueren-Dias said", "Civil
  defence spokesman Arnel Pagdanganan-Cruz said", "DEC spokeswoman Fenella Grayling-Moss
  said", "IOM spokeswoman Beatriz Alvarenga-Holt told reporters", "WFP spokeswoman Gaëlle
  Ndlovu-Fournier said", "Provincial disaster management spokesman Nabeel Qureshi-Haddad
  said", "OCHA spokeswoman Rahel Tesfamariam-Lowe told reporters at the conference" - the
  occasion dropped -, "National Emergency Management Agency spokesman Abubakar
  Danjuma-Ellis said"; two-hundred-and-fifty-fifth, three-hundred-and-sixty-third,
  four-hundred-and-nineteenth); "UNICEF said ..." and "UNHCR said ..." opening the row as
  written (two-hundred-and-fifty-fifth); "the Foreign Office said" and "the National
  Disaster Management Authority said Friday" with their article and the weekday dropped
  (three-hundred-and-sixty-third); "The World Food Programme said ..." opening the row and
  the lead "The International Organization for Migration said Tuesday that ..." after its
  dateline, with the article lowered (four-hundred-and-fifty-first,
  four-hundred-and-seventy-third: "The World Meteorological Organization said", "The
  Office for National Statistics said"; the two-hundred-and-fifty-fifth had left "The World
  Food Programme said" open, and this batch keeps the later reading). Left unchecked
  (None): all negatives, also those with a named speaker; offices and roles ("The finance
  minister told parliament", "a hospital official said", "a fire service official said",
  „sagte eine Sprecherin der Organisation“; four-hundred-and-nineteenth); plural and
  unnamed groups ("officials said" four times, "Officials had put", "aid groups said",
  "district officials said", "district officials say", "emergency officials said", "U.N.
  officials said", "U.N. officials estimate", "Health officials have recorded";
  forty-first); possessives ("its embassy in Kathmandu said", "Nepal's Home Ministry said",
  "Nepal's government said", "the IFRC's Asia office said"; two-hundred-and-fifty-fifth);
  a description before a name ("the regional bloc SADC said"; fortieth); bodies headed by
  an adjective or a common noun („wie die nepalesische Erdbebenwarte mitteilte“, „teilte der
  nationale Katastrophenschutz am Samstag mit“, "the national disaster agency said";
  three-hundred-and-sixty-third); compounds („nach UN-Angaben“ four times, „nach
  IOM-Angaben“, „nach WHO-Angaben“; three-hundred-and-seventy-first); „gemäss IKRK“ and
  „gemäss UNHCR“ (four-hundred-and-fourth); „nach eigenen Angaben“ three times; „Nach
  Zahlen des Außenministeriums“ (four-hundred-and-seventy-third); „nach Schätzungen von
  Hilfsorganisationen“; „wie aus dem Welthunger-Index der Welthungerhilfe hervorgeht“
  (four-hundred-and-fifty-first New); every "according to" (the U.S. Geological Survey, the
  World Health Organization, Doctors Without Borders (MSF), OCHA, the agency, the veterinary
  services department, a preliminary count, a coordination group, UNICEF, the organisers
  twice, the RSF; four-hundred-and-seventy-third, four-hundred-and-eightieth); data,
  estimates and verbs not of saying ("WFP figures show", "U.N. figures show", "preliminary
  estimates show", "The agriculture department put", "The World Food Programme has
  warned", "Seismologists recorded", „Die Behörden korrigierten“, „Die italienischen
  Behörden registrierten“). To keep the checked speakers near 35, as the
  three-hundred-and-sixty-third and four-hundred-and-nineteenth batches did, several
  official figures are given by role, as compounds or with "according to".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_486 = [
    # --- Earthquake in western Nepal (Reuters), September 8 ---
    (
        "en",
        "KATHMANDU, Sept 8 (Reuters) - A magnitude 6.9 earthquake struck western Nepal late on Sunday, killing at least 312 people and flattening thousands of stone-and-mud houses in the hill districts of Bajhang and Bajura, officials said.",
        True,
        [("date", "--09-08", None, None), ("count", 6.9, None, None), ("count", 312, None, "at_least")],
        None,
    ),
    (
        "en",
        "The quake's depth was 14 km (9 miles), and its epicentre lay about 38 km north of the district town of Chainpur, according to the U.S. Geological Survey.",
        True,
        [("count", 14, None, None), ("count", 9, None, None), ("count", 38, None, "about")],
        None,
    ),
    (
        "en",
        "Home Ministry spokesman Dilliram Khadka-Basnet said 1,140 people had been injured and 86 were missing, most of them in villages that can be reached only on foot.",
        True,
        [("count", 1140, None, None), ("count", 86, None, None)],
        "Dilliram Khadka-Basnet",
    ),
    ("en", '"Whole settlements have simply disappeared from the hillsides," Khadka-Basnet said.', False, [], None),
    (
        "en",
        "Seismologists recorded more than 40 aftershocks of magnitude 4 or higher by Monday afternoon.",
        True,
        [("count", 40, None, "over"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The army deployed 2,600 soldiers and 11 helicopters to the two districts, where landslides had blocked the only road.",
        True,
        [("count", 2600, None, None), ("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The prime minister sent condolences to bereaved families and urged people to stay out of damaged buildings.",
        False,
        [],
        None,
    ),
    (
        "en",
        "India is sending a 52-member search and rescue team and 20 tonnes of relief supplies, its embassy in Kathmandu said.",
        True,
        [("count", 52, None, None), ("count", 20, None, None)],
        None,
    ),
    # --- Erdbeben in Nepal (dpa), 8. September ---
    (
        "de",
        "Kathmandu (dpa) - Bei einem schweren Erdbeben im Westen Nepals sind mindestens 312 Menschen ums Leben gekommen.",
        True,
        [("count", 312, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Beben der Stärke 6,9 ereignete sich am späten Sonntagabend Ortszeit in rund 14 Kilometern Tiefe, wie die nepalesische Erdbebenwarte mitteilte.",
        True,
        [("count", 6.9, None, None), ("count", 14, None, "about")],
        None,
    ),
    (
        "de",
        "Mehr als 1.100 Menschen wurden nach Angaben der Behörden verletzt, 86 galten am Montag noch als vermisst.",
        True,
        [("count", 1100, None, "over"), ("count", 86, None, None)],
        "die Behörden",
    ),
    (
        "de",
        "Die Bundesregierung gibt zunächst 2 Millionen Euro für die Soforthilfe frei, teilte das Auswärtige Amt am Montag mit.",
        True,
        [("money", 2000000, "EUR", None)],
        "das Auswärtige Amt",
    ),
    (
        "de",
        "Die Hilfsorganisation I.S.A.R. Germany schickt ein 38-köpfiges Team mit sechs Rettungshunden in das Katastrophengebiet.",
        True,
        [("count", 38, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Jede Stunde zählt, wenn Menschen unter Trümmern liegen“, sagte Einsatzleiterin Katrin Oberdörster-Lahm vor dem Abflug in Köln.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberdörster-Lahm sagte, das Team könne bis zu zehn Tage lang ohne Nachschub arbeiten.",
        True,
        [("duration", 10, "day", "up_to")],
        "Oberdörster-Lahm",
    ),
    ("de", "Ob die Helfer die abgelegenen Bergdörfer rechtzeitig erreichen, ist völlig offen.", False, [], None),
    (
        "de",
        "Das Epizentrum lag rund 600 Kilometer westlich der Hauptstadt Kathmandu.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    # --- Nepal toll climbs (AP), September 9 ---
    (
        "en",
        "BAJHANG, Nepal (AP) — Sunday's earthquake in western Nepal has now killed 764 people, officials said Tuesday, as soldiers reached villages cut off by landslides on the second day of the rescue operation.",
        True,
        [("count", 764, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Officials had put the toll at 312 on Monday morning and at 518 by nightfall.",
        True,
        [("count", 312, None, None), ("count", 518, None, None)],
        None,
    ),
    (
        "en",
        "Home Ministry spokesman Dilliram Khadka-Basnet told reporters that 2,015 people had been injured and 141 were still unaccounted for.",
        True,
        [("count", 2015, None, None), ("count", 141, None, None)],
        "Dilliram Khadka-Basnet",
    ),
    (
        "en",
        "Search teams from 14 countries, among them India, China and Japan, had joined Nepali police and soldiers by Tuesday evening.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "At the district hospital in Chainpur, doctors treated about 400 patients in tents set up in the car park, a hospital official said.",
        True,
        [("count", 400, None, "about")],
        None,
    ),
    (
        "en",
        '"I heard the roof crack and then I could not find my mother in the dust," said Saraswati Dhami, whose house collapsed around her.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 62,000 houses were destroyed or damaged, according to a preliminary count by the district administrations.",
        True,
        [("count", 62000, None, "about")],
        None,
    ),
    (
        "en",
        "How many people were still trapped under collapsed buildings in the remote villages was unclear.",
        False,
        [],
        None,
    ),
    # --- Österreichs Hilfe für Nepal (APA), 9. September ---
    (
        "de",
        "Wien (APA) - Österreich stellt nach dem Erdbeben in Nepal 1,5 Millionen Euro aus dem Auslandskatastrophenfonds zur Verfügung.",
        True,
        [("money", 1500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Davon gehen 1 Million Euro an das Österreichische Rote Kreuz und 500.000 Euro an die Caritas, teilte das Außenministerium am Dienstag mit.",
        True,
        [("money", 1000000, "EUR", None), ("money", 500000, "EUR", None)],
        "das Außenministerium",
    ),
    (
        "de",
        "Die Caritas hat nach eigenen Angaben bereits 200.000 Euro für Notunterkünfte, Decken und Wasserfilter freigegeben.",
        True,
        [("money", 200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt spendet, hilft Familien, die alles verloren haben, über den Winter“, sagte Caritas-Sprecher Bernhard Wiesinger-Pölzl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wiesinger-Pölzl sagte, in den betroffenen Bergdörfern fielen die Temperaturen in der Nacht schon jetzt auf rund fünf Grad.",
        True,
        [("count", 5, None, "about")],
        "Wiesinger-Pölzl",
    ),
    (
        "de",
        "Das Rote Kreuz entsendet zwei Trinkwasserexperten, die eine Aufbereitungsanlage für bis zu 6.000 Menschen betreiben sollen.",
        True,
        [("count", 2, None, None), ("count", 6000, None, "up_to")],
        None,
    ),
    ("de", "Die FPÖ kritisierte die Zahlung als „Geld, das im eigenen Land fehlt“.", False, [], None),
    (
        "de",
        "Nach dem Erdbeben vom 25. April 2015 hatte Österreich für Nothilfe und Wiederaufbau in Nepal insgesamt 3,2 Millionen Euro bereitgestellt.",
        True,
        [("date", "2015-04-25", None, None), ("money", 3200000, "EUR", None)],
        None,
    ),
    # --- U.N. flash appeal for Nepal (Reuters), September 10 ---
    (
        "en",
        "GENEVA, Sept 10 (Reuters) - The United Nations and its partners appealed on Wednesday for $96 million to help about 480,000 people hit by the earthquake in western Nepal over the next three months.",
        True,
        [
            ("date", "--09-10", None, None),
            ("money", 96000000, "USD", None),
            ("count", 480000, None, "about"),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "OCHA spokesman Torvald Ekström-Baptiste told reporters that about 110,000 people were sleeping in the open or under plastic sheeting.",
        True,
        [("count", 110000, None, "about")],
        "Torvald Ekström-Baptiste",
    ),
    (
        "en",
        '"Winter arrives in those mountains within weeks, and people have nothing left to face it with," Ekström-Baptiste said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The World Food Programme said it had delivered 180 tonnes of rice, lentils and high-energy biscuits, enough to feed 36,000 people for a week.",
        True,
        [("count", 180, None, None), ("count", 36000, None, None)],
        "the World Food Programme",
    ),
    (
        "en",
        "UNICEF said about 1,900 schools had been damaged, leaving roughly 210,000 children without a classroom.",
        True,
        [("count", 1900, None, "about"), ("count", 210000, None, "about")],
        "UNICEF",
    ),
    (
        "en",
        "Four of the 11 hospitals in the two districts can no longer be used, according to the World Health Organization.",
        True,
        [("count", 4, None, None), ("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "The U.N. relief chief urged donors to act before snow closes the mountain passes.", False, [], None),
    (
        "en",
        "Nepal's government has declared both districts disaster zones for 90 days.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    # --- Schweizer Hilfe und Glückskette (Keystone-SDA), 10. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz schickt ein Soforteinsatzteam der Humanitären Hilfe mit zwölf Fachleuten in das Erdbebengebiet in Westnepal.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Rettungskette Schweiz werde nicht aufgeboten, weil die Suche nach Verschütteten bereits weitgehend abgeschlossen sei, teilte das EDA mit.",
        True,
        [],
        "das EDA",
    ),
    (
        "de",
        "Der Bund stellt zudem 1,8 Mio. Franken für Notunterkünfte und Trinkwasser bereit.",
        True,
        [("money", 1800000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Glückskette eröffnete ein Spendenkonto und sammelte innert 24 Stunden rund 2,4 Millionen Franken.",
        True,
        [("duration", 24, "hour", None), ("money", 2400000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Glückskette-Sprecherin Mirjam Tschannen-Ruch sagte, bis Mittwochmittag seien rund 11'300 Spenden eingegangen.",
        True,
        [("count", 11300, None, "about")],
        "Mirjam Tschannen-Ruch",
    ),
    ("de", "«Die Solidarität der Bevölkerung ist gross, ja überwältigend», sagte Tschannen-Ruch.", False, [], None),
    (
        "de",
        "Am 17. September führt die Glückskette zusammen mit SRF, RTS und RSI einen nationalen Sammeltag durch.",
        True,
        [("date", "--09-17", None, None)],
        None,
    ),
    (
        "de",
        "Beim letzten nationalen Sammeltag für Erdbebenopfer im Jahr 2023 waren gut 31 Mio. Franken zusammengekommen.",
        True,
        [("year", 2023, None, None), ("money", 31000000, "CHF", "over")],
        None,
    ),
    # --- Hunger in North Darfur (AFP), September 11 ---
    (
        "en",
        "TAWILA, Sudan (AFP) - Hunger is tightening its grip on North Darfur, where about 640,000 people who fled El Fasher are crowded into camps around Tawila, aid groups said Thursday.",
        True,
        [("count", 640000, None, "about")],
        None,
    ),
    (
        "en",
        "Nearly one in four children under five screened in the camps last month was acutely malnourished, according to Doctors Without Borders (MSF).",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "en",
        "MSF field coordinator Anouk Verschueren-Dias said the group's clinic in Tawila had admitted 1,240 children with severe malnutrition since June.",
        True,
        [("count", 1240, None, None)],
        "Anouk Verschueren-Dias",
    ),
    (
        "en",
        '"This is a famine unfolding in slow motion while the world looks elsewhere," Verschueren-Dias said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "WFP figures show the agency reached only 38% of the people it had planned to feed in Darfur in August.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "A 50-kg sack of sorghum now costs about 95,000 Sudanese pounds in Tawila's market, nearly three times its price in January.",
        True,
        [("count", 50, None, None), ("money", 95000, "SDG", "about"), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        "El Fasher has been under siege by the Rapid Support Forces for more than 16 months.",
        True,
        [("duration", 16, "month", "over")],
        None,
    ),
    ("en", "Neither the army nor the RSF replied to AFP's questions about the blocked convoys.", False, [], None),
    # --- UN-Hilfsplan für den Sudan (dpa), 11. September ---
    (
        "de",
        "Genf (dpa) - Der humanitäre Hilfsplan der Vereinten Nationen für den Sudan ist nach UN-Angaben erst zu 23 Prozent finanziert.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Von den benötigten 4,2 Milliarden US-Dollar seien bislang knapp 970 Millionen eingegangen, sagte OCHA-Sprecherin Leonie Brandstätter-Okafor in Genf.",
        True,
        [("money", 4200000000, "USD", None), ("money", 970000000, "USD", "nearly")],
        "Leonie Brandstätter-Okafor",
    ),
    (
        "de",
        "Knapp 9,6 Millionen Menschen sind im Sudan als Binnenvertriebene registriert, teilte die Internationale Organisation für Migration (IOM) mit.",
        True,
        [("count", 9600000, None, "nearly")],
        "die Internationale Organisation für Migration",
    ),
    (
        "de",
        "Rund 26,1 Millionen Menschen, etwa die Hälfte der Bevölkerung, leiden unter akutem Hunger.",
        True,
        [("count", 26100000, None, "about"), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "de",
        "„Der Sudan ist die größte humanitäre Krise unserer Zeit, und sie bekommt die geringste Aufmerksamkeit“, sagte Brandstätter-Okafor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Deutschland sagte am Donnerstag weitere 45 Millionen Euro zu.",
        True,
        [("money", 45000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Hilfsorganisationen befürchten, dass sich die Hungersnot nach dem Ende der Regenzeit weiter ausbreitet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Beginn des Krieges im April 2023 wurden nach Schätzungen von Hilfsorganisationen mindestens 61.000 Menschen getötet.",
        True,
        [("year", 2023, None, None), ("count", 61000, None, "at_least")],
        None,
    ),
    # --- Typhoon Dalisay (Reuters), September 12 ---
    (
        "en",
        "MANILA, Sept 12 (Reuters) - Typhoon Dalisay killed at least 23 people in the northern Philippines and forced more than 310,000 from their homes, the national disaster agency said on Friday.",
        True,
        [("date", "--09-12", None, None), ("count", 23, None, "at_least"), ("count", 310000, None, "over")],
        None,
    ),
    (
        "en",
        "Dalisay came ashore in Isabela province with sustained winds of 190 kph (118 mph) and gusts of up to 240 kph.",
        True,
        [("count", 190, None, None), ("count", 118, None, None), ("count", 240, None, "up_to")],
        None,
    ),
    (
        "en",
        "Civil defence spokesman Arnel Pagdanganan-Cruz said 14 people were missing, most of them fishermen who had gone out before the warnings.",
        True,
        [("count", 14, None, None)],
        "Arnel Pagdanganan-Cruz",
    ),
    (
        "en",
        "More than 1,200 evacuation centres were open across 11 provinces.",
        True,
        [("count", 1200, None, "over"), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        '"We know storms, but we have never known one like this," said a farmer in Ilagan whose rice crop was flattened.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The agriculture department put crop losses at 2.9 billion pesos ($51 million).",
        True,
        [("money", 2900000000, "PHP", None), ("money", 51000000, "USD", None)],
        None,
    ),
    ("en", "Dalisay was the 14th storm to enter the Philippines this year.", True, [("ordinal", 14, None, None)], None),
    ("en", "Forecasters said a low-pressure area east of Mindanao could strengthen over the weekend.", False, [], None),
    # --- Nepal: Suche beendet (dpa), 12. September ---
    (
        "de",
        "Kathmandu (dpa) - Fünf Tage nach dem Erdbeben im Westen Nepals ist die Zahl der Toten auf 1.146 gestiegen.",
        True,
        [("duration", 5, "day", None), ("count", 1146, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 3.280 Menschen wurden verletzt, teilte das Innenministerium in Kathmandu am Freitag mit.",
        True,
        [("count", 3280, None, "over")],
        "das Innenministerium",
    ),
    (
        "de",
        "Insgesamt 27 internationale Such- und Rettungsteams mit rund 1.400 Helferinnen und Helfern waren im Einsatz.",
        True,
        [("count", 27, None, None), ("count", 1400, None, "about")],
        None,
    ),
    ("de", "Die Suche nach Überlebenden wurde am Freitagabend offiziell beendet.", True, [], None),
    (
        "de",
        "Am vierten Tag nach dem Beben hatten Helfer noch eine 62-jährige Frau lebend aus den Trümmern ihres Hauses im Bezirk Bajura geborgen.",
        True,
        [("ordinal", 4, None, None), ("duration", 62, "year", None)],
        None,
    ),
    (
        "de",
        "„Dass wir sie nach so langer Zeit noch gefunden haben, grenzt an ein Wunder“, sagte ein Helfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das I.S.A.R.-Team kehrt am Sonntag mit allen 38 Einsatzkräften und den sechs Hunden nach Deutschland zurück.",
        True,
        [("count", 38, None, None), ("count", 6, None, None)],
        None,
    ),
    ("de", "Viele Überlebende fürchten sich davor, in ihre beschädigten Häuser zurückzukehren.", False, [], None),
    # --- Taifun auf den Philippinen (dpa), 13. September ---
    (
        "de",
        "Manila (dpa) - Nach dem Durchzug des Taifuns „Dalisay“ ist die Zahl der Toten auf den Philippinen auf 41 gestiegen.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "18 Menschen würden noch vermisst, teilte der nationale Katastrophenschutz am Samstag mit.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 420.000 Menschen suchten in Notunterkünften Schutz.",
        True,
        [("count", 420000, None, "over")],
        None,
    ),
    (
        "de",
        "Der Taifun traf mit Böen von bis zu 240 Kilometern pro Stunde auf die Insel Luzon.",
        True,
        [("count", 240, None, "up_to")],
        None,
    ),
    (
        "de",
        "In der Provinz Cagayan stand rund die Hälfte der Reisfelder unter Wasser.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    ("de", "Der Präsident sprach von einer „nationalen Tragödie“ und versprach rasche Hilfe.", False, [], None),
    ("de", "Die EU stellte 1,5 Millionen Euro an Soforthilfe bereit.", True, [("money", 1500000, "EUR", None)], None),
    ("de", "„Dalisay“ war der stärkste Taifun auf Luzon seit 2020.", True, [("year", 2020, None, None)], None),
    # --- DEC appeal for Nepal (PA), September 15 ---
    (
        "en",
        "LONDON (PA) - The Disasters Emergency Committee has launched an appeal for survivors of the earthquake in western Nepal, its first for a natural disaster in two years.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The UK government will match the first £5 million donated by the public through its UK Aid Match scheme, the Foreign Office said.",
        True,
        [("ordinal", 1, None, None), ("money", 5000000, "GBP", None)],
        "the Foreign Office",
    ),
    (
        "en",
        "DEC spokeswoman Fenella Grayling-Moss said the appeal had raised £3.4 million in its first 24 hours.",
        True,
        [("money", 3400000, "GBP", None), ("ordinal", 1, None, None), ("duration", 24, "hour", None)],
        "Fenella Grayling-Moss",
    ),
    ("en", '"People across the UK have opened their hearts yet again," Grayling-Moss said.', False, [], None),
    (
        "en",
        "Britain had already pledged £8 million in humanitarian aid and sent a team of 16 specialists to Kathmandu.",
        True,
        [("money", 8000000, "GBP", None), ("count", 16, None, None)],
        None,
    ),
    ("en", "Opposition MPs accused ministers of treating emergency aid as an afterthought.", False, [], None),
    (
        "en",
        "The committee's last appeal, for floods in South Asia, raised £27 million.",
        True,
        [("money", 27000000, "GBP", None)],
        None,
    ),
    # --- Unwetter in Bosnien (APA), 15. September ---
    (
        "de",
        "Sarajevo (APA) - Nach schweren Unwettern in Bosnien-Herzegowina ist die Zahl der Toten auf 19 gestiegen.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Besonders betroffen ist die Region um Konjic, wo binnen zwölf Stunden bis zu 180 Liter Regen pro Quadratmeter fielen.",
        True,
        [("duration", 12, "hour", None), ("count", 180, None, "up_to")],
        None,
    ),
    (
        "de",
        "Das Bundesheer schickt zwei Hubschrauber vom Typ Black Hawk und 24 Soldaten der Katastrophenhilfseinheit AFDRU.",
        True,
        [("count", 2, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Der Einsatz sei vorerst auf zwei Wochen angelegt, sagte Bundesheer-Sprecher Markus Haselsteiner-Wolf.",
        True,
        [("duration", 2, "week", None)],
        "Markus Haselsteiner-Wolf",
    ),
    (
        "de",
        "Rund 3.500 Menschen mussten ihre Häuser verlassen, etwa 40 Dörfer sind von der Außenwelt abgeschnitten.",
        True,
        [("count", 3500, None, "about"), ("count", 40, None, "about")],
        None,
    ),
    ("de", "Die bosnische Regierung sprach von der „schlimmsten Naturkatastrophe seit Jahrzehnten“.", False, [], None),
    (
        "de",
        "Österreich stellt zudem 500.000 Euro aus dem Auslandskatastrophenfonds bereit.",
        True,
        [("money", 500000, "EUR", None)],
        None,
    ),
    ("de", "Die Bahnstrecke zwischen Sarajevo und Mostar bleibt mindestens bis Ende Oktober gesperrt.", True, [], None),
    # --- Haiti's displaced (AP), September 16 ---
    (
        "en",
        "PORT-AU-PRINCE, Haiti (AP) — The International Organization for Migration said Tuesday that gang violence has now forced about 1.46 million Haitians out of their homes.",
        True,
        [("count", 1460000, None, "about")],
        "the International Organization for Migration",
    ),
    (
        "en",
        "That is 24% more than in March, and more than half of the displaced are now living in 280 makeshift sites in and around the capital.",
        True,
        [("percent", 24, "%", None), ("fraction", 0.5, None, "over"), ("count", 280, None, None)],
        None,
    ),
    (
        "en",
        "IOM spokeswoman Beatriz Alvarenga-Holt told reporters that children made up about 54% of those uprooted.",
        True,
        [("percent", 54, "%", "about")],
        "Beatriz Alvarenga-Holt",
    ),
    (
        "en",
        '"Families keep running, and every time they run they lose a little more," Alvarenga-Holt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The U.N.'s humanitarian response plan for Haiti is only 14% funded, according to OCHA.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Gangs control about 85% of Port-au-Prince, U.N. officials estimate.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    (
        "en",
        "Residents of the Solino neighbourhood said they no longer trusted the police to protect them.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The WFP has served hot meals to about 96,000 people in the capital's displacement sites since August, according to the agency.",
        True,
        [("count", 96000, None, "about")],
        None,
    ),
    # --- IKRK kürzt (Keystone-SDA), 17. September ---
    (
        "de",
        "Genf (Keystone-SDA) - Wegen sinkender Beiträge der Geberstaaten kürzt das Internationale Komitee vom Roten Kreuz (IKRK) sein Budget für das kommende Jahr um 12 Prozent auf 1,98 Milliarden Franken.",
        True,
        [("percent", 12, "%", None), ("money", 1980000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Weltweit sollen rund 1500 Stellen wegfallen, wie das IKRK mitteilte.",
        True,
        [("count", 1500, None, "about")],
        "das IKRK",
    ),
    (
        "de",
        "Die Delegationen in 18 Ländern würden verkleinert, sagte IKRK-Sprecher Noah Wälchli-Bertschy.",
        True,
        [("count", 18, None, None)],
        "Noah Wälchli-Bertschy",
    ),
    ("de", "«Wir müssen Entscheide fällen, die uns das Herz brechen», sagte Wälchli-Bertschy.", False, [], None),
    (
        "de",
        "Die Schweiz bleibt mit einem Beitrag von 148 Mio. Franken die drittgrösste staatliche Geldgeberin des IKRK.",
        True,
        [("money", 148000000, "CHF", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Finanzbedarf der humanitären Organisationen übersteigt die verfügbaren Mittel gemäss IKRK um fast 60 Prozent.",
        True,
        [("percent", 60, "%", "nearly")],
        None,
    ),
    ("de", "Ob andere Staaten ihre Beiträge aufstocken, ist offen.", False, [], None),
    (
        "de",
        "Bereits im laufenden Jahr hatte das IKRK rund 900 Stellen abgebaut.",
        True,
        [("count", 900, None, "about")],
        None,
    ),
    # --- Fire in Rohingya camp (Reuters), September 18 ---
    (
        "en",
        "COX'S BAZAR, Bangladesh, Sept 18 (Reuters) - A fire swept through a Rohingya refugee camp in southeastern Bangladesh overnight, destroying about 1,800 shelters and leaving some 9,000 people homeless, officials said on Thursday.",
        True,
        [("date", "--09-18", None, None), ("count", 1800, None, "about"), ("count", 9000, None, "about")],
        None,
    ),
    (
        "en",
        "No one was killed, but 34 people were treated for burns and smoke inhalation, a fire service official said.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    (
        "en",
        "The blaze broke out shortly after 2 a.m. and took firefighters about four hours to bring under control.",
        True,
        [("duration", 4, "hour", "about")],
        None,
    ),
    (
        "en",
        "UNHCR said the camps in Cox's Bazar now shelter about 1.16 million Rohingya, including some 150,000 who have arrived since early last year.",
        True,
        [("count", 1160000, None, "about"), ("count", 150000, None, "about")],
        "UNHCR",
    ),
    (
        "en",
        '"We ran from Myanmar with nothing, and tonight we have nothing again," said Mohammed Ayaz, a refugee who lost his shelter.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The World Food Programme has warned it will cut monthly food vouchers to $9 per person from $12.50 in November unless new funding arrives.",
        True,
        [("money", 9, "USD", None), ("money", 12.5, "USD", None)],
        None,
    ),
    (
        "en",
        "Camp leaders complained that fire lanes promised after earlier blazes had never been cleared.",
        False,
        [],
        None,
    ),
    ("en", "It was the third major fire in the camps this year.", True, [("ordinal", 3, None, None)], None),
    # --- Bootsunglück vor Libyen (dpa), 19. September ---
    (
        "de",
        "Rom (dpa) - Bei einem Bootsunglück vor der libyschen Küste sind nach IOM-Angaben mindestens 61 Menschen ertrunken.",
        True,
        [("count", 61, None, "at_least")],
        None,
    ),
    (
        "de",
        "Nur 25 der rund 90 Insassen wurden gerettet, sagte eine Sprecherin der Organisation.",
        True,
        [("count", 25, None, None), ("count", 90, None, "about")],
        None,
    ),
    (
        "de",
        "Das Schlauchboot sei in der Nacht zum Mittwoch von Sabratha aus losgefahren und nach rund sechs Stunden auf offener See gekentert.",
        True,
        [("duration", 6, "hour", "about")],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn sind im zentralen Mittelmeer damit mindestens 1.310 Menschen ums Leben gekommen oder verschwunden.",
        True,
        [("count", 1310, None, "at_least")],
        None,
    ),
    ("de", "Seenotretter warfen der EU vor, das Sterben im Mittelmeer achselzuckend hinzunehmen.", False, [], None),
    (
        "de",
        "Die italienischen Behörden registrierten bis Mitte September knapp 48.000 Ankünfte über das Meer, gut ein Fünftel weniger als im Vorjahreszeitraum.",
        True,
        [("count", 48000, None, "nearly"), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "„Jeder dieser Toten hätte verhindert werden können“, sagte ein Sprecher der Organisation Sea-Watch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Rettungsschiff einer deutschen Hilfsorganisation brachte am Donnerstag 73 Überlebende eines anderen Bootes nach Lampedusa.",
        True,
        [("count", 73, None, None)],
        None,
    ),
    # --- Drought in southern Africa (AFP), September 22 ---
    (
        "en",
        "LUSAKA, Sept 22 (AFP) - Nearly 27 million people across southern Africa need food aid after the region's worst drought in four decades, the regional bloc SADC said Monday.",
        True,
        [("date", "--09-22", None, None), ("count", 27000000, None, "nearly"), ("duration", 40, "year", None)],
        None,
    ),
    (
        "en",
        "Zambia's maize harvest fell by about half, and the country must import about 1.1 million tonnes of grain before the next harvest.",
        True,
        [("fraction", 0.5, None, "about"), ("count", 1100000, None, "about")],
        None,
    ),
    (
        "en",
        "SADC has appealed for $3.1 billion but received less than a fifth of that, officials said.",
        True,
        [("money", 3100000000, "USD", None), ("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "WFP spokeswoman Gaëlle Ndlovu-Fournier said the agency was feeding 4.2 million people a month in the region, against 6.5 million who need its help.",
        True,
        [("count", 4200000, None, None), ("count", 6500000, None, None)],
        "Gaëlle Ndlovu-Fournier",
    ),
    (
        "en",
        '"Mothers are skipping meals so that their children can eat. That is where we are now," Ndlovu-Fournier said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Malawi has declared a state of disaster in 19 of its 28 districts.",
        True,
        [("count", 19, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "Farmers in southern Zambia said they feared they would have no seed left for the planting season.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 9,500 cattle have died in Zimbabwe's Matabeleland region since July, according to the veterinary services department.",
        True,
        [("count", 9500, None, "about")],
        None,
    ),
    # --- Nachbar in Not (APA), 23. September ---
    (
        "de",
        "Wien (APA) - Gut zwei Wochen nach dem Erdbeben in Nepal hat die Hilfsaktion „Nachbar in Not“ rund 3,6 Millionen Euro an Spenden gesammelt.",
        True,
        [("duration", 2, "week", "over"), ("money", 3600000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das Geld komme zu gleichen Teilen den acht beteiligten Hilfsorganisationen zugute, sagte Sprecherin Ulrike Rabensteiner-Koch.",
        True,
        [("count", 8, None, None)],
        "Ulrike Rabensteiner-Koch",
    ),
    (
        "de",
        "„Die Menschen in Österreich haben wieder ein großes Herz gezeigt“, sagte Rabensteiner-Koch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Außenministeriums hielten sich zum Zeitpunkt des Bebens 214 Österreicherinnen und Österreicher in Nepal auf, verletzt wurde keiner von ihnen.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Die Hilfsorganisation Care hat bislang Zeltplanen und Decken an rund 4.200 Familien im Bezirk Bajura verteilt.",
        True,
        [("count", 4200, None, "about")],
        None,
    ),
    (
        "de",
        "Care warnte, ohne winterfeste Unterkünfte drohe den Familien in den Bergdörfern eine weitere Katastrophe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis Mitte November sinken die Temperaturen in den betroffenen Tälern nachts auf bis zu minus zehn Grad.",
        True,
        [("count", -10, None, "up_to")],
        None,
    ),
    (
        "de",
        "Österreich erhöhte seine Hilfe für Nepal um 500.000 Euro auf insgesamt 2 Millionen Euro, die höchste Summe, die heuer aus dem Auslandskatastrophenfonds vergeben wurde.",
        True,
        [("money", 500000, "EUR", None), ("money", 2000000, "EUR", None)],
        None,
    ),
    # --- Nepal aid pledged and delivered (Reuters), September 24 ---
    (
        "en",
        "KATHMANDU, Sept 24 (Reuters) - More than two weeks after the earthquake in western Nepal, donors have pledged about $212 million in aid but only about $58 million has reached agencies on the ground, U.N. figures show.",
        True,
        [
            ("date", "--09-24", None, None),
            ("duration", 2, "week", "over"),
            ("money", 212000000, "USD", "about"),
            ("money", 58000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "The death toll stood at 1,187 on Wednesday, with 3,412 injured and 23 people still listed as missing, Nepal's Home Ministry said.",
        True,
        [("count", 1187, None, None), ("count", 3412, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "The quake destroyed 41,600 homes and damaged another 57,000, leaving about 260,000 people without a safe place to sleep.",
        True,
        [("count", 41600, None, None), ("count", 57000, None, None), ("count", 260000, None, "about")],
        None,
    ),
    (
        "en",
        "The finance minister told parliament that rebuilding would cost an estimated 74 billion Nepali rupees ($540 million).",
        True,
        [("money", 74000000000, "NPR", "about"), ("money", 540000000, "USD", None)],
        None,
    ),
    ("en", '"Promises do not put a roof over anyone\'s head," said a district official in Bajhang.', False, [], None),
    (
        "en",
        "The government has promised each family whose house was destroyed 50,000 rupees for a temporary shelter, to be paid in two instalments.",
        True,
        [("money", 50000, "NPR", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Only about one in five eligible families had received the first instalment by Tuesday, district officials said.",
        True,
        [("fraction", 0.2, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Many families said they hoped to rebuild before the snow but did not know how they would pay for it.",
        False,
        [],
        None,
    ),
    # --- Cholera im Jemen (dpa), 25. September ---
    (
        "de",
        "Sanaa/Genf (dpa) - Im Jemen breitet sich die Cholera wieder aus: Seit Jahresbeginn wurden nach WHO-Angaben rund 187.000 Verdachtsfälle und 640 Todesfälle registriert.",
        True,
        [("count", 187000, None, "about"), ("count", 640, None, None)],
        None,
    ),
    ("de", "Das sind fast doppelt so viele Fälle wie im gesamten Vorjahr.", True, [("count", 2, None, "nearly")], None),
    (
        "de",
        "Bei mehr als einem Drittel der Erkrankten handelt es sich um Kinder unter fünf Jahren.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "de",
        "WHO-Sprecherin Claudia Imfeld-Ruggli sagte in Genf, nur etwa die Hälfte der Gesundheitseinrichtungen im Land sei voll funktionsfähig.",
        True,
        [("fraction", 0.5, None, "about")],
        "Claudia Imfeld-Ruggli",
    ),
    (
        "de",
        "„Cholera lässt sich verhindern und behandeln, und trotzdem sterben daran Kinder“, sagte Imfeld-Ruggli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der humanitäre Hilfsplan für den Jemen ist nach UN-Angaben in diesem Jahr erst zu 17 Prozent finanziert.",
        True,
        [("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 18,2 Millionen Menschen im Jemen sind auf humanitäre Hilfe angewiesen.",
        True,
        [("count", 18200000, None, "about")],
        None,
    ),
    ("de", "Die Huthi-Behörden in Sanaa wollten sich zu den Zahlen nicht äußern.", False, [], None),
    # --- Monsoon floods in Pakistan (AFP), September 26 ---
    (
        "en",
        "ISLAMABAD, Sept 26 (AFP) - Monsoon floods have killed 866 people in Pakistan since late June, 241 of them children, the National Disaster Management Authority said Friday.",
        True,
        [("date", "--09-26", None, None), ("count", 866, None, None), ("count", 241, None, None)],
        "the National Disaster Management Authority",
    ),
    (
        "en",
        "In Punjab, three rivers burst their banks, inundating more than 4,100 villages.",
        True,
        [("count", 3, None, None), ("count", 4100, None, "over")],
        None,
    ),
    (
        "en",
        "Provincial disaster management spokesman Nabeel Qureshi-Haddad said 2.4 million people had been moved to safety, along with 1.9 million head of livestock.",
        True,
        [("count", 2400000, None, None), ("count", 1900000, None, None)],
        "Nabeel Qureshi-Haddad",
    ),
    ("en", '"Nobody living here has seen the rivers behave like this," Qureshi-Haddad said.', False, [], None),
    (
        "en",
        "The floods have damaged crops on about 1.2 million acres, preliminary estimates show.",
        True,
        [("count", 1200000, None, "about")],
        None,
    ),
    (
        "en",
        "The United Nations released $5 million from its emergency relief fund on Thursday.",
        True,
        [("money", 5000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The WHO warned that stagnant water could fuel outbreaks of dengue and diarrhoea in the relief camps.",
        False,
        [],
        None,
    ),
    ("en", "It is the deadliest monsoon season in Pakistan since 2022.", True, [("year", 2022, None, None)], None),
    # --- Nepal three weeks on (AP), September 29 ---
    (
        "en",
        "CHAINPUR, Nepal (AP) — Three weeks after the earthquake in western Nepal, more than 70,000 families in the two worst-hit districts are still living under tarpaulins or in tents, district officials say.",
        True,
        [("duration", 3, "week", None), ("count", 70000, None, "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"At night the cold comes through the plastic, and the children cannot sleep," said Kamala Bohara, who lost her house in the quake.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Schools reopened in 212 temporary learning centres on Monday, but about 38,000 children have yet to return to class, according to UNICEF.",
        True,
        [("count", 212, None, None), ("count", 38000, None, "about")],
        None,
    ),
    (
        "en",
        "The first snow fell last week on passes above 3,500 meters (11,500 feet), about four weeks earlier than usual.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3500, None, "over"),
            ("count", 11500, None, None),
            ("duration", 4, "week", "about"),
        ],
        None,
    ),
    (
        "en",
        "Aid groups have handed out about 46,000 tarpaulins and 31,000 blankets, less than half of what is needed, according to a coordination group led by the Red Cross.",
        True,
        [("count", 46000, None, "about"), ("count", 31000, None, None), ("fraction", 0.5, None, "under")],
        None,
    ),
    ("en", "Aid workers fear that some families will not survive the winter in tents.", False, [], None),
    (
        "en",
        "Nepal's government said it would start paying the second shelter instalment of 25,000 rupees in mid-October.",
        True,
        [("ordinal", 2, None, None), ("money", 25000, "NPR", None)],
        None,
    ),
    (
        "en",
        "Officials urged families not to rebuild with stone and mud before engineers had inspected their plots.",
        False,
        [],
        None,
    ),
    # --- Sudanesische Flüchtlinge im Tschad (Keystone-SDA), 30. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz stockt ihre humanitäre Hilfe für sudanesische Flüchtlinge im Tschad um 6 Mio. Franken auf.",
        True,
        [("money", 6000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Im Osten des Tschad leben gemäss UNHCR inzwischen über 880'000 Flüchtlinge aus dem Sudan, rund 60 Prozent davon Kinder.",
        True,
        [("count", 880000, None, "over"), ("percent", 60, "%", "about")],
        None,
    ),
    (
        "de",
        "Das Geld geht an das UNHCR und das Welternährungsprogramm, sagte Deza-Sprecherin Flurina Casanova-Egli.",
        True,
        [],
        "Flurina Casanova-Egli",
    ),
    ("de", "«Die Lage in den Lagern ist schlicht unhaltbar», sagte Casanova-Egli.", False, [], None),
    ("de", "Das Welternährungsprogramm musste die Rationen in den Lagern um Adré im August halbieren.", True, [], None),
    (
        "de",
        "Eine Person erhält damit noch Nahrung für rund 1000 Kilokalorien pro Tag, weniger als die Hälfte des Mindestbedarfs.",
        True,
        [("count", 1000, None, "about"), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "Die Schweiz hat im laufenden Jahr insgesamt 74 Mio. Franken für die Sudan-Krise gesprochen.",
        True,
        [("money", 74000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ob das Parlament die Kürzungen bei der internationalen Zusammenarbeit im Dezember bestätigt, ist offen.",
        False,
        [],
        None,
    ),
    # --- Sudan pledging conference (Reuters), October 1 ---
    (
        "en",
        "LONDON, Oct 1 (Reuters) - Donors pledged $1.35 billion for Sudan at a conference in London on Wednesday, less than a third of the $4.2 billion the United Nations is seeking for the country this year.",
        True,
        [
            ("date", "--10-01", None, None),
            ("money", 1350000000, "USD", None),
            ("fraction", 0.3333, None, "under"),
            ("money", 4200000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Britain pledged 95 million pounds, the European Union 190 million euros and Germany 125 million euros, according to a list published by the organisers.",
        True,
        [("money", 95000000, "GBP", None), ("money", 190000000, "EUR", None), ("money", 125000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The foreign secretary told delegates that the world could not look away from Sudan any longer.",
        False,
        [],
        None,
    ),
    ("en", "Neither Sudan's army nor the Rapid Support Forces had been invited to the meeting.", True, [], None),
    (
        "en",
        "OCHA spokeswoman Rahel Tesfamariam-Lowe told reporters at the conference that 29.7 million people in Sudan needed aid, more than half the population.",
        True,
        [("count", 29700000, None, None), ("fraction", 0.5, None, "over")],
        "Rahel Tesfamariam-Lowe",
    ),
    (
        "en",
        '"Pledges are welcome, but hungry people cannot eat pledges," said Oxfam\'s Sudan director.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 70% of the $1.1 billion pledged at last year's conference has been paid, according to the organisers.",
        True,
        [("percent", 70, "%", "about"), ("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "According to the RSF, two corridors for aid convoys into Darfur have been opened, a claim aid agencies could not verify.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Rückkehrer nach Afghanistan (dpa), 2. Oktober ---
    (
        "de",
        "Kabul (dpa) - Aus Pakistan und dem Iran sind seit Jahresbeginn nach UN-Angaben mehr als 2,3 Millionen Afghaninnen und Afghanen in ihre Heimat zurückgekehrt oder abgeschoben worden.",
        True,
        [("count", 2300000, None, "over")],
        None,
    ),
    (
        "de",
        "Allein im September überquerten am Grenzübergang Islam Qala täglich bis zu 18.000 Menschen die Grenze aus dem Iran.",
        True,
        [("count", 18000, None, "up_to")],
        None,
    ),
    (
        "de",
        "IOM-Sprecher Farhad Sultani-Kerr sagte, rund 60 Prozent der Rückkehrer seien Frauen und Kinder.",
        True,
        [("percent", 60, "%", "about")],
        "Farhad Sultani-Kerr",
    ),
    ("de", "„Viele kommen in ein Land zurück, das sie nie gesehen haben“, sagte Sultani-Kerr.", False, [], None),
    (
        "de",
        "Jede zurückkehrende Familie erhält an der Grenze eine einmalige Bargeldhilfe von umgerechnet rund 120 Dollar.",
        True,
        [("money", 120, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die Taliban-Regierung hat nach eigenen Angaben 14 Aufnahmelager an den Grenzen eingerichtet.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Menschenrechtler warfen Pakistan und dem Iran vor, die Abschiebungen ohne Rücksicht auf die Lage in Afghanistan voranzutreiben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In den Provinzen Kunar und Nangarhar leben nach einem Erdbeben im vergangenen Jahr noch immer rund 48.000 Menschen in Zelten.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    # --- Dam burst in Nigeria (AP), October 3 ---
    (
        "en",
        "MAIDUGURI, Nigeria (AP) — Floodwaters from a burst dam have killed at least 54 people in northeastern Nigeria and displaced more than 400,000, emergency officials said Friday.",
        True,
        [("count", 54, None, "at_least"), ("count", 400000, None, "over")],
        None,
    ),
    (
        "en",
        "The Alau dam, about 22 kilometers (14 miles) south of Maiduguri, gave way after days of heavy rain and submerged about a third of the city.",
        True,
        [("count", 22, None, "about"), ("count", 14, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "National Emergency Management Agency spokesman Abubakar Danjuma-Ellis said 126 people had been rescued by boat on Thursday night alone.",
        True,
        [("count", 126, None, None)],
        "Abubakar Danjuma-Ellis",
    ),
    (
        "en",
        '"The water came so fast that we carried nothing but our children," said Hauwa Bukar, who waded to a school on higher ground.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Health officials have recorded 212 suspected cholera cases in the displacement camps since the flood.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "The U.N. released $6 million from its Central Emergency Response Fund for the response.",
        True,
        [("money", 6000000, "USD", None)],
        None,
    ),
    ("en", "Residents accused the authorities of ignoring years of warnings that the dam was weak.", False, [], None),
    (
        "en",
        "The same dam gave way for the second time in three years.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    # --- Nepal vier Wochen danach (APA), 6. Oktober ---
    (
        "de",
        "Kathmandu/Wien (APA) - Vier Wochen nach dem Erdbeben im Westen Nepals ist der UN-Nothilfeappell erst zu 34 Prozent finanziert.",
        True,
        [("duration", 4, "week", None), ("percent", 34, "%", None)],
        None,
    ),
    (
        "de",
        "Von den beantragten 96 Millionen Dollar sind bislang rund 33 Millionen eingegangen.",
        True,
        [("money", 96000000, "USD", None), ("money", 33000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die Behörden korrigierten die Zahl der Toten zuletzt auf 1.183, nachdem vier Opfer zweimal erfasst worden waren.",
        True,
        [("count", 1183, None, None), ("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Rund 260.000 Menschen haben nach UN-Angaben noch immer keine winterfeste Unterkunft, die Regierung verspricht Fertigteilhäuser bis Ende Jänner.",
        True,
        [("count", 260000, None, "about")],
        None,
    ),
    (
        "de",
        "In den Bergen beginne der Winter in etwa sechs Wochen, sagte Caritas-Koordinatorin Verena Aigner-Stadlmayr der APA.",
        True,
        [("duration", 6, "week", "about")],
        "Verena Aigner-Stadlmayr",
    ),
    ("de", "„Wir bauen gegen die Zeit“, sagte Aigner-Stadlmayr.", False, [], None),
    (
        "de",
        "Das Österreichische Rote Kreuz hat im Bezirk Bajura bislang drei Trinkwasseranlagen errichtet, die täglich rund 90.000 Liter liefern.",
        True,
        [("count", 3, None, None), ("count", 90000, None, "about")],
        None,
    ),
    (
        "de",
        "Hilfsorganisationen beklagten, dass die internationale Aufmerksamkeit für Nepal schon nach wenigen Tagen nachgelassen habe.",
        False,
        [],
        None,
    ),
    # --- Nepal a month on (Reuters), October 8 ---
    (
        "en",
        "KATHMANDU, Oct 8 (Reuters) - Nepal has received only about a third of the $96 million the United Nations sought for earthquake relief, leaving a funding gap of about 66% as temperatures fall in the mountains, U.N. officials said on Wednesday.",
        True,
        [
            ("date", "--10-08", None, None),
            ("fraction", 0.3333, None, "about"),
            ("money", 96000000, "USD", None),
            ("percent", 66, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "OCHA spokesman Torvald Ekström-Baptiste said 78 of the 105 aid organisations that registered in the first week were still working in the two districts.",
        True,
        [("count", 78, None, None), ("count", 105, None, None), ("ordinal", 1, None, None), ("count", 2, None, None)],
        "Torvald Ekström-Baptiste",
    ),
    ("en", '"The cameras left, but the cold is only now arriving," Ekström-Baptiste said.', False, [], None),
    (
        "en",
        "The Red Cross movement's emergency appeal for 14 million Swiss francs is 41% funded, the IFRC's Asia office said.",
        True,
        [("money", 14000000, "CHF", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        "Landslides set off by the quake and late monsoon rains have blocked the road to Bajhang on 19 of the past 30 days.",
        True,
        [("count", 19, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Engineers have inspected about 31,000 damaged homes and declared nearly 9,000 of them unsafe.",
        True,
        [("count", 31000, None, "about"), ("count", 9000, None, "nearly")],
        None,
    ),
    ("en", "Whether the government can rebuild before next year's monsoon remains unclear.", False, [], None),
    (
        "en",
        "The government has cleared 114 of the 212 temporary schools for use in winter.",
        True,
        [("count", 114, None, None), ("count", 212, None, None)],
        None,
    ),
    # --- Welthunger-Index (dpa), 9. Oktober ---
    (
        "de",
        "Bonn (dpa) - Weltweit haben rund 712 Millionen Menschen nicht genug zu essen, wie aus dem Welthunger-Index der Welthungerhilfe hervorgeht.",
        True,
        [("count", 712000000, None, "about")],
        None,
    ),
    (
        "de",
        "Somalia, der Südsudan und der Jemen belegen im Index die letzten drei von 129 Plätzen.",
        True,
        [("count", 3, None, None), ("count", 129, None, None)],
        None,
    ),
    ("de", "In 39 Ländern gilt die Hungerlage als ernst oder sehr ernst.", True, [("count", 39, None, None)], None),
    (
        "de",
        "Welthungerhilfe-Sprecherin Annegret Vollmer-Sayed sagte, beim derzeitigen Tempo werde das Ziel, den Hunger bis 2030 zu beenden, erst im Jahr 2148 erreicht.",
        True,
        [("year", 2030, None, None), ("year", 2148, None, None)],
        "Annegret Vollmer-Sayed",
    ),
    (
        "de",
        "„Hunger ist kein Schicksal, sondern die Folge politischer Entscheidungen“, sagte Vollmer-Sayed.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Welthungerhilfe gab im vergangenen Jahr nach eigenen Angaben 312 Millionen Euro für Projekte in 36 Ländern aus.",
        True,
        [("money", 312000000, "EUR", None), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "Die Organisation appellierte an die Bundesregierung, ihrer Verantwortung für die Ärmsten gerecht zu werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundeshaushalt sieht für humanitäre Hilfe im kommenden Jahr 980 Millionen Euro vor, nach 2,4 Milliarden Euro im Jahr 2023.",
        True,
        [("money", 980000000, "EUR", None), ("money", 2400000000, "EUR", None), ("year", 2023, None, None)],
        None,
    ),
]
