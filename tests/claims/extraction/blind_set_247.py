"""Two-hundred-and-forty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, one airline and one association
are made up (Gernot Weißkirchner, Doris Amstutz, Almut Verhoeven, Sabine Kreuzkamp, Reto
Hügli, Claudia Rennefeld, Ines Pramberger, Florian Aigner-Hollersbach, Marion Hellwege,
Joachim Ebersberger, Dirk Vogelsang, Annegret Voßberg, the Schutzverband Glattal; Paul
Fennimore, Dana Whitcombe and her airline Skyline Airways, Fergal Hanrahan, Pia Hallberg,
Harriet Lomax, Lucía Ferrándiz, Louise Marchant, Rhiannon Price, Made Wirasena, Neil
Ashcroft, Tanya Rourke, Tran Quoc Hung; every unnamed spokesperson, business traveller,
analyst, campaigner, resident, official and minister); chief executives, board members,
ministers, governors and heads of associations and agencies of real firms, governments and
bodies appear under made-up names that stand for no real holder, or by their role only
("ein Sprecher", "ein Geschäftsreisender im Terminal 1", "the transportation secretary",
"the tourism minister", "Ryanair's chief executive", "the transport minister"). Real
firms, bodies, places and things (Flughafen Wien, Schwechat, Austrian Airlines, AUA,
Bezirk Bruck an der Leitha, Fraport, EU-Fluggastrechteverordnung, Bundesamt für
Statistik, BFS, Hotelleriesuisse, Graubünden, Lufthansa, Lufthansa Airlines, Verdi,
Flughafenverband ADV, Potsdam, Flughafen Zürich AG, Kloten, Opfikon, Glattal,
Bundesverwaltungsgericht, Schlichtungsstelle für den öffentlichen Personenverkehr, söp,
BDL, Bundesverband der Deutschen Luftverkehrswirtschaft, Deutsche Flugsicherung, DFS,
vida, Statistik Austria, Tirol, Salzburg, Kärnten, Hoteliervereinigung, Statistisches
Bundesamt, Dehoga, Luftverkehrsteuer, Swiss, Stiftung für Konsumentenschutz, BER,
Schönefeld, Bund, Berlin, Brandenburg; Heathrow, the Transportation
Department, Dallas, Ryanair, Boeing, the Boeing 737 MAX, BEUC, Airlines for Europe, the
European Parliament, the Commission, the Japan National Tourism Organization, the Japan
Tourism Agency, Himeji Castle, Kamakura, the Great Buddha, easyJet, easyJet holidays, Milan
Linate, the National Statistics Institute, the Canary Islands, Catalonia, Malaga, the
DGAC, Paris-Orly, Nice, Marseille, Paris-Charles de Gaulle, the SNCTA union, Eurocontrol,
Qantas, Jetstar, Project Sunrise, the Airbus A350-1000, the Transport Workers' Union,
Gatwick, CAGNE, Horsham, Crawley, Sussex, Surrey, Bali, Canggu, Emirates Group, Dubai
International, Al Maktoum International, the Transportation Security Administration,
FlightAware, Chicago O'Hare, Detroit, Newark Liberty International Airport, Vietnam
Airlines, the National Authority of Tourism, Phu Quoc, Hoi An, and the datelines' cities)
stand for the way wire copy names them; every passenger, flight, cancellation, delay,
night, arrival, result, fare, fee, levy, tax, bonus, fine, order, cost, share, date and
quote here is invented, and where a real figure came to mind (a real quarterly or
half-year result, a real passenger total, a real runway length or cost, a real entry fee,
a real dividend, a real strike tally or a real visitor target) it was changed (the EU
compensation amounts of 250, 400 and 600 euros, their three-hour threshold and the year
2004, the U.S. refund rule's year, the 27 member states and Japan's 47 prefectures kept).

Its weight: AVIATION, AIRLINES AND TOURISM (the forty-eighth, fifty-fourth,
hundred-twenty-fifth, hundred-sixty-fourth and two-hundred-and-sixth batches weighed
transport, airlines and tourism before, and their decisions are kept) over one year in
story order (January to December of 2026, with the year 2025 reported in the first
stories), 28 short stories with the German and English ones interleaved by month, each
told as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, reactions). Half German (APA, dpa with its regional slugs "dpa/lby" and "dpa/bb",
dpa-AFX, Keystone-SDA; Austrian "heuer", "im Vorjahr", "Jänner", "Nächtigungen",
"Anrainer", "Kollektivvertragsabschlüsse", "um gut 3 Prozent mehr", Swiss
"Logiernächte", "Gemäss", "gemäss", "Anwohnende", "22'310", "1'300", «» quotes, German
„“ quotes): Vienna airport's record year and third runway, snow and ice at Frankfurt,
Munich and Hamburg, Swiss hotel nights, Lufthansa's annual results, a Verdi ground-staff
warning strike, Zurich airport's April and runway extensions, the söp's year of air
passenger complaints, the summer holidays' start at Munich airport, Austrian Airlines'
first half, Austria's summer season, Germany's overnight stays, German location costs and
low-cost carriers' cuts, Swiss's nine months and BER's year. Half English (Reuters, AP,
AFP, PA, AAP): Heathrow's record year, a U.S. tarmac-delay fine, Ryanair's third quarter,
the EU passenger rights deal, Japan's visitors, easyJet's half year, Spain's tourists and a
protest in Malaga, a French air traffic control strike, Qantas' results, Gatwick's
northern runway, Bali's arrivals and levy, Emirates' half year, Thanksgiving travel and
Vietnam's visitor record. Figures as such copy has them: passengers, flights, movements,
nights, arrivals and visitors in thousands and millions ("32,9 Millionen Passagieren",
"84.7 million passengers", "22'310 Maschinen", "332,5 Millionen Übernachtungen"),
cancellations and their shares ("rund 420 von 1.280 geplanten Flügen", "etwa jeden
fünften Flug", "roughly half of those cancellations"), delays and waits in minutes and
hours, compensation thresholds and amounts ("250, 400 oder 600 Euro", "after six
hours"), load factors, occupancy and moves in per cent and one move in percentage points,
results, fares, fees, levies, taxes, costs and bonuses in euros, cents, francs, pounds,
pence, dollars, Australian dollars, yen, dirhams, rupiah and dong (converted figures in
brackets), shares ("knapp jeden zweiten Passagier", "jeder dritte Abflug", "Knapp drei
Viertel", "Gut ein Drittel", "fast jeder dritte Betrieb", "more than a fifth", "About one
in five"), number words and compounds ("zweimal", "sechsstündigen", "elf", "Fünf-Punkte-
Plan", "zweieinhalb Stunden", "a two-day strike", "the 12-day holiday period", "30-day
visa-free stays", "nearly twice as many"), ordinals ("dritte Piste", "auf den zweiten
Platz", "ranking ninth", "the seventh walkout", "Britain's second-busiest airport", "im
ersten Halbjahr", "its first Airbus"), identifiers that carry none ("Pisten 28 und 32",
"Flug LX 38", "Terminal 1", "Terminal 2", "Boeing 737 MAX", "A320neo", "A350-1000",
"777-9"), years, seasons, dates and hedges. About 55 negatives as such copy has them:
executives', ministers', a governor's and union leaders' rhetoric and creed in quotes,
labels („nannte“, "called", „beklagte eine „Kostenlawine““), verdicts with „halten ...
für“, fears, doubts and worries, a warning that names no measure, an appeal, travel
advice (one with a figure), open questions and evasions, scene colour and vox pops (two
with figures), each near a check-worthy look-alike: the same speaker's figure, an act
filed in court, a union's demand, a criticism that states a checkable fact, a rule in
force.

241 rows (121 German, 120 English), 58 negatives (28 German, 30 English), 183 check-worthy
rows of which 10 carry no figure (6 German, 4 English), 322 expected quantities (97 counts,
53 amounts of money - 27 EUR, 6 USD, 5 GBP, 4 JPY, 3 each AUD and AED, 2 each CHF and IDR,
1 VND -, 51 percentages - 50 in %, 1 in percentage points -, 41 years, 31 durations - 8 in
hours, 8 in days, 5 in months, 4 in years, 4 in minutes, 2 in weeks -, 20 fractions, 17
ordinals, 12 dates; 7 of them in five negatives, as the seventeenth batch labels a figure
in a negative), 37 checked speakers (22 German, 15 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, hope, fear, doubt or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-sixty-fourth, two-hundred-and-fourth, two-hundred-and-forty-fourth); a quoted or
  reported statement of fact, figure, step, rule, plan, demand or forecast is check-worthy
  with its speaker, also in Konjunktiv I (hundred-twenty-fifth, hundred-sixty-fourth:
  „Für heuer rechne man ...“, „die Kernmarke ... habe ...“, „die Beschäftigten hätten
  ...“, „In 86 Prozent ... hätten ...“, „finde ...“, „sei ... hinausgewachsen“, „hätten
  ... gestrichen“, „werde ... anbieten“). Pairs from one speaker: Weißkirchner's 34
  million beside „Drehscheibe zwischen Ost und West“, Fennimore's 85.5 million beside
  "full to bursting", Amstutz's third beside «Sehnsuchtsziel schlechthin» (spoken by her
  in the row before), Hanrahan's 208.5 million beside "a joke", Verhoeven's 160 million
  euros beside „Sorgenkind“, Kreuzkamp's ten percent beside „Brosamen“, Lomax's 78 per
  cent beside "cut back on a great many things", Hügli's 60 days beside
  «Verspätungsflughafen», Rennefeld's 86 percent beside „das ärgert mich“, Ferrándiz's
  250 million euros beside "better tourism", Pramberger's 60 million euros beside „Die
  Richtung stimmt ...“ and her evasion, Marchant's first A350-1000 beside "Project
  Sunrise", Aigner-Hollersbach's 36 billion euros beside „mehr denn je“, Price's 12,500
  jobs beside "a vote of confidence", Wirasena's 320 billion rupiah beside "not a cheap
  party island", Ebersberger's 41 routes beside „ins Abseits“, Ashcroft's 290 aircraft
  beside "tested our patience", Vogelsang's 1'300 flights beside «der anspruchsvollste seit
  Jahren», Voßberg's 2027 beside „im Aufbruch“ and her evasion, Tran Quoc Hung's 25
  million beside "no longer a hidden gem".
- Negatives (ninety-eighth, hundred-twenty-fifth, hundred-sixty-fourth,
  two-hundred-and-fourth, two-hundred-and-forty-fourth): labels („Der Flughafenverband
  ADV nannte den Ausstand „maßlos überzogen“.“, "called the plan", "called the deal",
  "called the timing of the strike", "called the buyback", "said the fine was "pocket
  change"", „beklagte eine „Kostenlawine““, «..., kritisierte die Stiftung für
  Konsumentenschutz» - a label in a quote, hundred-twenty-fifth); verdicts with „halten
  ... für“ („Etikettenschwindel“, „klimapolitisches Geschenk“; hundred-sixty-fourth,
  two-hundred-and-forty-fourth); fears, doubts and worries (the Anrainer in Bruck an der
  Leitha, "Some analysts fear", "Campaigners fear", "Hoteliers in Hoi An worry", and
  „Branchenkenner bezweifeln, dass ... bis Ende 2027 ...“ with its year labelled); views
  ("said they thought", "said they believed" with "by the mid-2030s" none); a warning
  that names no measure („Die Hoteliervereinigung warnte, ...“; hundred-sixty-fourth);
  an appeal naming no measure („riefen Betroffene auf, ihre Bordkarten ...
  aufzubewahren“; two-hundred-and-fourth); travel advice („rät die söp“, "Travelers were
  advised", and „Reisende sollten mindestens zweieinhalb Stunden vor Abflug ..., rät der
  Flughafen.“ with 2.5 hours "at_least" labelled - hundred-twenty-fifth: advice with a
  figure stays a negative); complaints without a measure (Kamakura's residents, "Locals
  complain"); open questions and evasions („Ob ... ist offen“ twice, „ist nach
  Einschätzung des Verbands ungewiss“, „ließ Pramberger offen“, „wollte Voßberg nicht
  sagen“, "remains unclear", "It is unclear whether", "remains an open question"); scene
  colour (banners in Malaga); a tourism minister's aspiration in quotes with its 47 and 3
  labelled ("We want visitors to spread out across all 47 prefectures, not just crowd
  into three cities" - a wish, as the hopes of the two-hundred-and-forty-fourth); and vox
  pops with their figures labelled (the business traveller's „in 20 Jahren“ 20 years,
  Tanya Rourke's 70 minutes and her age 34 in years; hundred-twenty-fifth,
  hundred-sixty-fourth).
- Check-worthy without a figure (hundred-sixty-fourth, two-hundred-and-sixth,
  two-hundred-and-forty-fourth): the rule on extraordinary circumstances („Bei Unwettern
  als außergewöhnlichem Umstand haben Passagiere nach EU-Recht keinen Anspruch ...“) and
  the deal's rule on a personal item (rules passengers live under), the airline
  spokesperson's stated cause (Whitcombe; an account of one's own side, sixty-eighth), the
  Lufthansa's domestic cuts, the Schutzverband's complaint at the Bundesverwaltungsgericht
  (an act filed in court), the söp's record without a figure („so viele ... wie nie zuvor“),
  easyJet's new base, the Südbahn's night closure („bis Ende Juli“ none), the AUA's
  suspended long-haul flights and the carriers' waived change fees. The vida criticism
  that states a checkable fact is check-worthy with its figure („kritisierte, dass ... an
  bis zu sechs Tagen in Folge eingeteilt würden“; two-hundred-and-sixth: „Der VCÖ
  kritisierte, dass fast ein Drittel ...“), as the BDL's „verwies darauf, dass mehr als die
  Hälfte ...“ and the SNCTA union's and Verdi's demands with their figures
  (hundred-sixty-fourth, two-hundred-and-sixth).
- Passengers, flights, movements, nights, arrivals, visitors, jobs, routes and aircraft
  are counts (forty-eighth, hundred-twenty-fifth, hundred-sixty-fourth): "mit 32,9
  Millionen Passagieren", "auf knapp 238.700" "nearly", "gut 14,6 Millionen Fluggäste"
  "over", "etwa 34 Millionen Reisende", "a record 84.7 million" ("a record" no hedge),
  "3.4 million travellers" ("alone" no hedge), "85.5 million", "rund 420 von 1.280
  geplanten Flügen" the hedge on the first only, "mehr als 45.000 Passagiere", "41
  domestic flights", "43,2 Millionen Logiernächte", "20,6 Millionen Logiernächte", "mit
  knapp 2,9 Millionen Nächten" (nights are counts, hundred-sixty-fourth), "2,7 Millionen
  Logiernächten", "208.5 million passengers", "29 of the Boeing 737 MAX jets", "zusammen
  134 Millionen Passagiere" ("zusammen" no hedge), "Mehr als 3.400 Flüge ..., rund 510.000
  Passagiere", "die rund 25.000 Beschäftigten", "4.1 million", "980,000 ..., 870,000 ...
  640,000", "2,58 Millionen Passagiere", "22'310 Maschinen" and "rund 1'300 Flüge weniger"
  (Swiss apostrophes, tenth; "weniger" after the figure compares), "41.6 million
  passengers", "to 1.1 million", "19 new Airbus A320neo-family jets", "insgesamt 41.800
  Schlichtungsanträgen betrafen 36.900" ("insgesamt" no hedge), "8.9 million
  international tourists", "About 6,500 people", "43 neighbourhoods", "rund 370.000
  Passagiere", "knapp 1.200 Starts und Landungen" ("Allein" no hedge), "bis zu 10.500
  Flügen pro Tag" ("pro Tag" none), "about 1,700 flights", "520 flights, affecting more
  than 90,000 passengers", "1,200 extra controllers", "7,1 Millionen Fluggäste", "17 neue
  Jets", "41.2 million passengers", "82,4 Millionen Nächtigungen", "auf 24,3 Millionen",
  "mit 17,8 Millionen Nächtigungen", "auf 3,4 Nächte" 3.4 (hundred-sixty-fourth: "auf 3,3
  Nächte"), "up to 90,000 extra flights a year" "up_to", "about 75 million passengers a
  year, from 44.6 million", "12,500 jobs", "about 2,800 homes", "332,5 Millionen
  Übernachtungen", "auf 61,9 Millionen", "59,6 Millionen", "5.9 million foreign tourists",
  "in four regencies", "16 million foreign tourists", "insgesamt 41 Strecken", "27.8
  million passengers", "47.8 million passengers", "290 wide-body aircraft", "up to 240
  million passengers a year" "up_to", "14,1 Millionen Passagiere", "bis zu acht
  Langstreckenflugzeuge" "up_to", "sechs neue Airbus A350", "nearly 3.2 million people",
  "about 18.3 million travelers", "1,140 flights", "rund 27,4 Millionen Passagiere", "61
  Airlines ... zu 175 Zielen" ("Derzeit" no hedge), "nur sieben" ("nur" no hedge), "a
  record 23.4 million", "with 5.3 million, followed by ... 4.6 million", "12 more European
  countries" ("more" after the figure compares), "1.9 million international arrivals",
  "25 million foreign visitors", "14 international routes". Lengths are counts (forty-
  eighth, two-hundred-and-forty-fourth): "um 420 beziehungsweise 260 Meter", "flights of
  3,500 km or less" 3,500 with no hedge ("or less" after the figure, hundred-third). Limits
  and rates: "up to 52 movements an hour" "up_to" and "has capped departures at 30 an
  hour" with no hedge ("capped at", hundred-sixty-fourth; "an hour" none). Multiples and
  counts from words: "bis zu zweimal" 2 "up_to" (the issue's "viermal"), "an elf deutschen
  Flughäfen" 11, "in zwei Schritten" 2 (hundred-twenty-fifth: "in drei Stufen"), "einen
  Fünf-Punkte-Plan" 5 (the issue's "28-Punkte-Entwurf"), "the 10 largest U.S. carriers"
  10 (two-hundred-and-sixth), "the 27 member states" 27, "nearly twice as many as in 2024"
  2 "nearly" (two-hundred-and-forty-fourth: "nearly twice as many as a decade ago");
  "fast verdoppelt" a verb and none (hundred-sixty-fourth). None: "hours" alone, "for
  hours on end", "the most in its history", "so viele wie nie zuvor", "so viele wie noch
  nie", "its largest such penalty", "the world's busiest airport", "das
  nächtigungsstärkste Bundesland", "Several large carriers".
- Identifiers carry none (forty-sixth, forty-eighth, hundred-twenty-fifth,
  two-hundred-and-thirty-first: "runway 27"): "der Pisten 28 und 32" (runway designators),
  "Der Flug LX 38" (a flight number, forty-sixth), "im Terminal 1", "das Terminal 2",
  "Boeing 737 MAX", "A320neo-family", "der A320neo-Familie", "Airbus A350", "Airbus
  A350-1000", "Boeing 777-9".
- Percentages as written (every batch): "ein Plus von 6,2 Prozent", "um 4,1 Prozent",
  "up 1.9%", "61.8% of its flights", "2,1 Prozent mehr", "bei 56,4
  Prozent", "rose 7%", "as much as 4.6%" "up_to" (hundred-sixty-fourth), "rund 18 Prozent
  mehr" "about", "um 5 Prozent", "bei 83,1 Prozent", "um vier bis sechs Prozent" both
  with no hedge (the unit written once serves both, forty-sixth), "about 70%", "8 Prozent
  mehr Lohn", "4,8 Prozent", "fast zehn Prozent" "nearly", "up 13%", "about 15% below
  their 2019 level" ("below their" after the figure no hedge), "4,4 Prozent mehr", "7 per
  cent more ... 89.7 per cent of its seats", "3.2 per cent lower", "In 86 Prozent",
  "an increase of 5.4%", "up 8.4%", "35% of flights", "about
  28%", "um 6,8 Prozent", "um gut 3 Prozent mehr" "over", "up 8 per cent", "79.4 per cent,
  while fewer than 2 per cent" the second "under", "um 1,9 Prozent mehr", "um 2,6 Prozent",
  "1,1 Prozent mehr", "um 3,8 Prozent", "um 0,4 Prozent übertroffen worden"
  ("übertroffen" a verb, hundred-sixty-fourth), "up 9%" (twice), "only about 40%"
  ("only" no hedge), "rund 14 Prozent unter dem Niveau von 2019", "um 7 Prozent",
  "up 21%", "rose 6%", "reached 79.9%" (a seat factor, hundred-twenty-fifth), "4 Prozent
  weniger", "bei 84,7 Prozent", "gut 8 Prozent mehr" "over"; "two percentage points ahead"
  2 "pp" (hundred-twenty-fifth: "one percentage point" 1 pp).
- Shares as fractions (the issue; hundred-twenty-fifth, hundred-sixty-fourth,
  two-hundred-and-sixth): "knapp jeden zweiten Passagier" 0.5 "nearly", "about a third of
  its traffic" 0.3333 "about", "etwa jeden fünften Flug" 0.2 "about", "Half of the fine"
  0.5 (hundred-twenty-fifth: "by half"), "rund ein Drittel der Betriebe" 0.3333 "about",
  "um bis zu ein Drittel" 0.3333 "up_to" (two-hundred-and-forty-fourth: "up to a third"),
  "by more than a fifth" 0.2 "over", "Knapp drei Viertel" 0.75 "nearly", "mehr als die
  Hälfte" 0.5 "over", "about a fifth" 0.2 "about" ("each" no hedge), "jeder dritte
  Abflug" 0.3333, "a quarter at Paris-Charles de Gaulle" 0.25, "roughly half" 0.5
  "about", "about a third of the group's total" 0.3333 "about", "Gut ein Drittel" 0.3333
  "over", "Knapp ein Viertel" 0.25 "nearly", "fast jeder dritte Betrieb" 0.3333 "nearly",
  "more than a fifth of arrivals" 0.2 "over", "About one in five flights" 0.2 "about",
  "knapp ein Fünftel weniger" 0.2 "nearly" ("weniger" after the share compares).
- Ordinals (the issue; hundred-twenty-fifth, hundred-sixty-fourth): "Die geplante dritte
  Piste" 3 and "a third runway" 3 (an ordinal before a singular noun, no fraction),
  "the first flights" 1, "auf den zweiten Platz" 2, "ranking ninth" 9, "der dritte
  Warnstreik" 3, "the seventh walkout" 7, "im ersten Halbjahr" 1 (twice), "its first
  Airbus A350-1000 ... in the first half of next year" 1 and 1, "in the year's first nine
  months" 1 and 9 months (hundred-twenty-fifth: "in the year's first 10 months"), "in den
  ersten neun Monaten" 1 and 9 months, "in the first half of the year" 1, "its first
  Boeing 777-9" 1, "its first to Madrid" 1. New: "Britain's second-busiest airport" is
  ordinal 2 - the number word fused with a superlative ranks as "die drittgrößte Stadt"
  (the issue) and "the second-largest backer" (two-hundred-and-fourth) do; the bare
  superlative ("the world's busiest airport", "Britain's biggest airport") stays none.
  "die nächste Verhandlungsrunde" and "erstmals" none.
- Durations (the issue; hundred-twenty-fifth, hundred-sixty-fourth,
  two-hundred-and-sixth): "nach einer sechsstündigen Unterbrechung" 6 hours (the issue's
  "fünfstündigen"), "for more than three hours" 3 hours "over", "by three hours or more" 3
  hours with no hedge ("or more" after the figure, sixtieth), "to four hours", "once a
  delay reaches three hours", "only after six hours", "mehr als drei Stunden verspätet" 3
  hours "over", "in no more than 14 days" 14 days "at_most" (hundred-sixty-fourth: "no more
  than" "at_most"), "verteilt auf 28 Monate" 28 months (two-hundred-and-sixth: "Der
  Vertrag läuft 26 Monate"), "rund vier Jahre dauern" 4 years "about", "an rund 60 Tagen im
  Jahr" 60 days "about" (hundred-sixty-fourth: "on 66 days"; "im Jahr" none), "in the six
  months to March" and "in the six months to Sept. 30" 6 months (hundred-twenty-fifth:
  "in the 12 months to September"), "over three years" 3 years ("over" before a span no
  hedge), "mehr als 15 Minuten Verspätung" 15 minutes "over", "bei bis zu 50 Minuten" 50
  minutes "up_to", "im Schnitt 21 Minuten" no hedge, "a two-day strike" 2 days, "an bis zu
  sechs Tagen in Folge" 6 days "up_to" and "an elf Tagen" 11 days (hundredth: "an 23
  Tagen"), "within six weeks" 6 weeks ("within" no hedge), "a bonus equivalent to 18 weeks
  of salary" 18 weeks (hundred-thirty-eighth: "at least 14 weeks of base pay"), "the
  12-day holiday period" 12 days, "for up to 45 days" 45 days "up_to", "30-day visa-free
  stays" 30 days (the figure in the hyphenated compound, hundred-sixty-fourth: "the
  five-day holiday period"). None: "im Vorjahr", "im Vorjahresmonat", "im
  Vorjahreszeitraum", "im vergangenen Jahr", "in diesem Jahr", "heuer", "ein Jahr zuvor",
  "vor einem Jahr", "Von Jänner bis Juni", "von Mai bis August", "von Januar bis August",
  "im Sommer", "im Winter", "in der vergangenen Woche", "an diesem Wochenende", "in den
  Nachtstunden", "zu Spitzenzeiten", "ganztägigen", "ganzjährig", "des übernächsten
  Jahres", "bis Ende Juli", "bis auf Weiteres", "pro Tag", "im Monat", "a year earlier",
  "last year", "this year", "next year", "so far this year", "the
  year before", "the year to June", "the year to March", "the October-to-December quarter",
  "the January-March quarter", "during the month", "in the period", "the same period last
  year", "since January", "since September", "since the summer", "before the winter", "next
  spring", "the late 2030s", "the mid-2030s", "a year", "an hour", "every weekend", "after
  dark", "for hours", "for hours on end", "the Sunday following Thanksgiving" (an
  occasion, hundred-twenty-fifth), weekdays and months alone.
- Money in the currency written (every batch): EUR ("163 million euros ..., a loss of 9
  million euros", "between 2.05 billion and 2.15 billion euros" both, "1,9 Milliarden
  Euro", "39,6 Milliarden Euro", "35 Cent je Aktie" 0.35 - Cent are EUR hundredths,
  hundred-sixty-fourth; "je Aktie" none -, "rund 160 Millionen Euro", "between 250 and
  600 euros" both with no hedge, "compensation of 600 euros", "about 5.6 billion euros",
  "mindestens aber 400 Euro im Monat" "at_least" (hundred-twenty-fifth: "mindestens aber
  320 Euro im Monat"; "im Monat" none), "250, 400 oder 600 Euro" each (the currency
  written once serves each figure, hundred-seventeenth), "bei 418 Euro" ("durchschnittliche"
  no hedge), "12.1 billion euros", "250 million euros", "a bonus of 1,800 euros a year" ("a
  year" none), "38 Millionen Euro", "auf 1,24 Milliarden Euro", "um rund 60 Millionen Euro",
  "36 Milliarden Euro übersteigen" with no hedge ("übersteigen" a verb, as "übertroffen",
  hundred-sixty-fourth), "derzeit 15,80 Euro Luftverkehrsteuer", "mehr als 1,5
  Milliarden Euro" "over", "weitere 420 Millionen Euro" ("weitere" no hedge)), CHF ("rund
  310 Millionen Franken", "512 Millionen Franken"), GBP ("about 33 billion pounds", "289
  million pounds ..., from 347 million pounds", "472 pence" 4.72 - pence are GBP
  hundredths, forty-sixth -, "the 2.4 billion pound project" - the currency in the
  singular inside the compound, as "a 1.2 billion pound contract" in the hundred-fifty-fourth),
  USD ("$2.5 million", "about $640,000"), JPY ("2.4 trillion yen ($16 billion)" with the
  converted USD in brackets and no hedge, eightieth and hundred-sixty-fourth; "16 trillion
  yen"; "2,800 yen ..., ... 1,200 yen"), AUD ("A$2.51 billion", "A$1.71 billion from A$1.39
  billion"; forty-ninth), IDR ("200,000 rupiah ($12)", "about 320 billion rupiah"; as the
  hundred-thirty-fifth made Indonesian rupiah IDR), VND ("980 trillion dong ($37 billion)").
  New: dirhams are AED ("13.7 billion dirhams ($3.7 billion)", "76.4
  billion dirhams", "about 140 billion dirhams") - the currency word of the story's country
  names the code, as crowns in a Norwegian story are NOK (hundred-thirty-third) and baht
  are THB (hundred-sixty-fourth).
- Years and dates: "gegenüber 2024", "frühestens 2033" the year with no qualifier (fortieth,
  forty-fourth and fiftieth: "frühestens 2028"; the hedges bound amounts), "in 2025", "in
  2027 ... by 2035", "since 2023", "between 2022 and 2024" both, "finalized in 2024", "mehr
  als 2024" (the comparison names the year), "Für 2026", "bis Ende 2027" in a negative,
  "since 2004", "in 2025", "seit 2023", "their 2019 level", "by 2030" (twice), "2027
  beginnen", "since 2025" (twice), "Im Sommer 2025", "Bis 2028", "in 2029", "its 2019
  level", "von 2019" (twice), "Since 2024", "im Winterflugplan 2026/27" both years
  (hundred-sixty-fourth: "Für die Wintersaison 2026/27"), "seit 2019", "in 2027" (twice),
  "Ab März 2027" and "ab März 2027" the year only (hundred-sixty-fourth: "seit Mai 2024"),
  "seit der Eröffnung 2020" 2020 (two-hundred-and-forty-fourth: „seit der ersten Zählung
  2005“), "bis 2029", "Berliner Flughäfen 2019", "in 2026", "as in 2024". Dates without a
  year: Reuters datelines with a day ("LONDON, Jan 13" --01-13, "DUBLIN, Feb 2" --02-02,
  "BRUSSELS, March 19" --03-19, "TOKYO, April 15" --04-15, "MADRID, June 2" --06-02,
  "DUBAI, Nov 6" --11-06, "HANOI, Dec 29" --12-29; hundred-sixty-fourth), "für den 14. und
  15. April" two dates (hundred-twenty-fifth: "für den 27. und 28. Oktober"), "Since April
  1" --04-01, "to Sept. 30" --09-30, "zum 1. Januar des übernächsten Jahres" --01-01; APA,
  dpa ("Frankfurt/Main (dpa)", "Berlin (dpa)", "Wiesbaden (dpa)", "dpa/lby", "dpa/bb"),
  dpa-AFX, Keystone-SDA, AP ("WASHINGTON (AP) —"), AFP ("PARIS (AFP) -", "DENPASAR,
  Indonesia (AFP) -"), PA ("LONDON (PA) -") and AAP ("SYDNEY (AAP) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly" "about";
  "knapp", "Knapp", "fast", "nearly" "nearly"; "mehr als", "Mehr als", "gut", "Gut", "more
  than" "over"; "fewer than" "under"; "bis zu", "up to", "as much as" "up_to";
  "mindestens" "at_least"; "no more than" "at_most". No hedge: "a record", "alone",
  "Allein", "zusammen", "insgesamt", "derzeit", "Derzeit", "bereits", "nur", "only",
  "noch", "weitere", "each", "durchschnittliche", "im Schnitt", "between", "bis" and "to"
  in a range, "or more", "or less", "within", "over" before a span, "capped at",
  "frühestens", "übertroffen", "übersteigen", "below their", and "mehr", "weniger",
  "more", "lower" after a figure. New: "Über den Zürcher Flughafen reisten im April 2,58
  Millionen Passagiere" gives 2,580,000 with no hedge - „Über“ opening the row governs „den
  Zürcher Flughafen“ and names the route, not a bound, and a hedge stands right before its
  figure (hundred-twenty-fifth; hundred-sixty-fourth: „unter“ after „Umfrage“).
- Speakers, checked only in forms the earlier batches settled: „teilte der Flughafen am
  Dienstag mit“ -> "der Flughafen", „teilte die Flughafen Zürich AG am Mittwoch mit“ ->
  "die Flughafen Zürich AG", „teilte die söp am Dienstag mit“ -> "die söp" (as "die GDL"),
  „teilte die Airline am Donnerstag mit“ and „wie die Airline am Mittwoch mitteilte“ ->
  "die Airline", „wie der Konzern am Donnerstag mitteilte“ -> "der Konzern", „teilte die
  Statistik Austria am Freitag mit“ -> "die Statistik Austria", „teilte das Statistische
  Bundesamt am Mittwoch mit“ -> "das Statistische Bundesamt" (the source with its article
  in the nominative, the weekday dropped; hundred-twenty-fifth, hundred-sixty-fourth);
  „teilte das Bundesamt für Statistik (BFS) mit“ and „teilte der Bundesverband der
  Deutschen Luftverkehrswirtschaft (BDL) mit“ with the abbreviation in brackets dropped
  (two-hundred-and-forty-fourth); „sagte Flughafenvorstand Gernot Weißkirchner“ and
  „sagte söp-Leiterin Claudia Rennefeld“ the name with the title dropped; „Finanzvorständin
  Almut Verhoeven sagte, ...“, „Verdi-Vizechefin Sabine Kreuzkamp sagte, ...“,
  „AUA-Chefin Ines Pramberger sagte, ...“, „Tourismusstaatssekretär Florian
  Aigner-Hollersbach sagte, ...“, „Dehoga-Präsidentin Marion Hellwege sagte, ...“,
  „BDL-Präsident Joachim Ebersberger sagte, ...“ and „Flughafenchefin Annegret Voßberg
  sagte, ...“ the name (hundred-eightieth: the office heading "X sagte"); „Amstutz sagte,
  ...“, „Hügli sagte, ...“ and „Vogelsang sagte, ...“ the surname as written opening the
  row (two-hundred-and-forty-fourth). English: "Chief Executive Paul Fennimore said",
  "Airline spokesperson Dana Whitcombe said" (hundred-twenty-fifth: "Commission
  spokesperson Elena Marchetti said"), "Commission spokesperson Pia Hallberg said", "Chief
  executive Harriet Lomax said", "Tourism Minister Lucía Ferrándiz said", "Chief executive
  Louise Marchant said", "Aviation minister Rhiannon Price said", "Governor Made Wirasena
  said" (hundred-sixty-fourth: "Mayor Jaume Vilaró said"), "Emirates President Neil
  Ashcroft said" (hundred-twenty-fifth: "Ryanair marketing chief Dara Colgan") and "Deputy
  Culture Minister Tran Quoc Hung said" the name with the title dropped; "Chief Executive
  Fergal Hanrahan told reporters" -> "Fergal Hanrahan" ("told reporters" names the
  speaker, two-hundred-and-fourth); "the National Statistics Institute said on Tuesday"
  (hundred-sixty-fourth) and "the agency said Monday" -> "the agency" (hundred-sixty-fourth:
  "The agency said ..."; the weekday dropped); ", police said" -> "police"
  (hundred-sixty-fourth); "Ryanair said ..." as written (hundred-twenty-fifth). Left
  unchecked (None): all negatives, also those with a named speaker; "Britain's biggest
  airport said" and "the provincial statistics agency said" (a description heading the
  source; the two-hundred-and-sixth leaves checkable common nouns unchecked to keep the
  checked speakers near 35); „teilte ein Sprecher mit“ and "the chief executive added" (a
  role without a name, hundred-twenty-fifth); „nach Angaben des Betreibers Fraport“ (a
  description before the name, hundred-twenty-fifth); „Nach Schätzungen des
  Flughafenverbands ADV“ (estimates, hundred-tenth); „Gemäss BFS“ and „gemäss Swiss“
  (two-hundred-and-forty-fourth: „Gemäss Bafu“); „verwies darauf“, „verlangt Verdi“,
  „rechnet die Deutsche Flugsicherung“, „erwartet der Münchner Flughafen“, „nach eigener
  Prognose“, „plant der Vorstand“ (no verbs of saying, forecasts; hundred-sixty-fourth);
  "The carrier said", "Airlines for Europe said", "the group said" (checkable forms left
  unchecked, as the two-hundred-and-sixth and two-hundred-and-forty-fourth leave them);
  "Consumer group BEUC estimated" and "Heathrow has put" (a description before the name
  and an estimating verb, hundred-tenth); "Residents' group CAGNE said" (a description
  before the name, fortieth); "Provincial officials said" (a plural group, forty-first);
  "according to the Japan National Tourism Organization", "according to the National
  Authority of Tourism", "according to FlightAware", "according to Eurocontrol figures",
  "data from the Japan Tourism Agency showed", "government figures show", "government
  data showed" ("according to", data and documents, two-hundred-and-forty-fourth); "The
  Transportation Department on Tuesday fined", "The civil aviation authority DGAC asked",
  "the agency expected", "The airport plans", "Vietnam Airlines plans" (acts, requests and
  plans, no verbs of saying). New: „so die DFS“ is left unchecked - the earlier batches
  settled „so“ before a name and before "der Verband Deutscher Verkehrsunternehmen"
  (hundred-twenty-fifth) but left „so die Gewerkschaft“ unchecked (hundred-sixty-fourth),
  and an abbreviated body after „so“ is not settled here. New: "The airport says the ...
  project will ..." is left unchecked - a present-tense "says" of a common noun reports a
  standing position, and only the past "the airport said" is settled
  (hundred-twenty-fifth, hundred-sixty-fourth: "Airlines say" unchecked).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_247 = [
    # --- Flughafen Wien, Jahresbilanz (APA), Jänner ---
    (
        "de",
        "Schwechat (APA) - Der Flughafen Wien hat im Vorjahr mit 32,9 Millionen Passagieren einen neuen Rekord verbucht.",
        True,
        [("count", 32900000, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber 2024 bedeutet das ein Plus von 6,2 Prozent, teilte der Flughafen am Dienstag mit.",
        True,
        [("year", 2024, None, None), ("percent", 6.2, "%", None)],
        "der Flughafen",
    ),
    (
        "de",
        "Die Zahl der Starts und Landungen wuchs um 4,1 Prozent auf knapp 238.700.",
        True,
        [("percent", 4.1, "%", None), ("count", 238700, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Austrian Airlines beförderten ab Wien gut 14,6 Millionen Fluggäste und damit knapp jeden zweiten Passagier des Flughafens.",
        True,
        [("count", 14600000, None, "over"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für heuer rechne man mit einem Zuwachs auf etwa 34 Millionen Reisende, sagte Flughafenvorstand Gernot Weißkirchner.",
        True,
        [("count", 34000000, None, "about")],
        "Gernot Weißkirchner",
    ),
    (
        "de",
        "„Wien hat sich als Drehscheibe zwischen Ost und West endgültig etabliert“, sagte Weißkirchner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die geplante dritte Piste soll frühestens 2033 in Betrieb gehen.",
        True,
        [("ordinal", 3, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "Anrainer im Bezirk Bruck an der Leitha fürchten mehr Fluglärm in den Nachtstunden.",
        False,
        [],
        None,
    ),
    # --- Heathrow's record year (Reuters), January ---
    (
        "en",
        "LONDON, Jan 13 (Reuters) - Heathrow handled a record 84.7 million passengers in 2025, up 1.9% on the year before, Britain's biggest airport said on Tuesday.",
        True,
        [
            ("date", "--01-13", None, None),
            ("count", 84700000, None, None),
            ("year", 2025, None, None),
            ("percent", 1.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Transatlantic routes accounted for about a third of its traffic, with New York alone drawing 3.4 million travellers.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 3400000, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Paul Fennimore said the airport expected 85.5 million passengers this year.",
        True,
        [("count", 85500000, None, None)],
        "Paul Fennimore",
    ),
    (
        "en",
        '"Britain simply cannot afford to keep its only hub airport full to bursting," Fennimore said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The airport plans to submit its planning application for a third runway in 2027 and says the first flights from it could take off by 2035.",
        True,
        [
            ("ordinal", 3, None, None),
            ("year", 2027, None, None),
            ("ordinal", 1, None, None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "en",
        "Heathrow has put the cost of the expansion, including a new terminal and a diverted motorway, at about 33 billion pounds.",
        True,
        [("money", 33000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'Environmental campaigners called the plan "a slap in the face for every community under the flight path."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether ministers will sign off on the runway before the next general election remains unclear.",
        False,
        [],
        None,
    ),
    # --- Wintereinbruch an den Flughäfen (dpa), Januar ---
    (
        "de",
        "Frankfurt/Main (dpa) - Wegen Schneefalls und Eisregens sind am Frankfurter Flughafen am Mittwoch rund 420 von 1.280 geplanten Flügen ausgefallen.",
        True,
        [("count", 420, None, "about"), ("count", 1280, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen waren nach Angaben des Betreibers Fraport mehr als 45.000 Passagiere.",
        True,
        [("count", 45000, None, "over")],
        None,
    ),
    (
        "de",
        "In München strich die Flughafengesellschaft etwa jeden fünften Flug, teilte ein Sprecher mit.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Viele Maschinen mussten vor dem Abflug bis zu zweimal enteist werden.",
        True,
        [("count", 2, None, "up_to")],
        None,
    ),
    (
        "de",
        "In Hamburg lief der Flugbetrieb erst nach einer sechsstündigen Unterbrechung am Nachmittag wieder an.",
        True,
        [("duration", 6, "hour", None)],
        None,
    ),
    (
        "de",
        "„So ein Chaos habe ich in 20 Jahren Vielfliegerei noch nicht erlebt“, sagte ein Geschäftsreisender im Terminal 1.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Bei Unwettern als außergewöhnlichem Umstand haben Passagiere nach EU-Recht keinen Anspruch auf eine Entschädigung, wohl aber auf Verpflegung und Umbuchung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fluggastrechteportale riefen Betroffene auf, ihre Bordkarten unbedingt aufzubewahren.",
        False,
        [],
        None,
    ),
    # --- Tarmac delay fine (AP), February ---
    (
        "en",
        "WASHINGTON (AP) — The Transportation Department on Tuesday fined Skyline Airways $2.5 million for leaving passengers stuck on planes on the tarmac for hours, its largest such penalty since 2023.",
        True,
        [("money", 2500000, "USD", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Investigators found 41 domestic flights between 2022 and 2024 on which passengers were held on board for more than three hours without a chance to get off.",
        True,
        [
            ("count", 41, None, None),
            ("year", 2022, None, None),
            ("year", 2024, None, None),
            ("duration", 3, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "Half of the fine will be credited to passengers hit by future delays.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "The carrier said it had already paid about $640,000 in compensation to travelers on the affected flights.",
        True,
        [("money", 640000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Airline spokesperson Dana Whitcombe said the delays had been caused by a computer outage and a severe thunderstorm over Dallas.",
        True,
        [],
        "Dana Whitcombe",
    ),
    (
        "en",
        '"Nobody should ever be trapped in a metal tube for hours on end," the transportation secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under a rule finalized in 2024, airlines must refund passengers automatically when a domestic flight is delayed by three hours or more.",
        True,
        [("year", 2024, None, None), ("duration", 3, "hour", None)],
        None,
    ),
    (
        "en",
        "Skyline Airways operated 61.8% of its flights on time last year, ranking ninth among the 10 largest U.S. carriers.",
        True,
        [("percent", 61.8, "%", None), ("ordinal", 9, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        'Consumer advocates said the fine was "pocket change" for an airline of that size.',
        False,
        [],
        None,
    ),
    # --- Logiernächte 2025 (Keystone-SDA), Februar ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In den Schweizer Hotels sind im vergangenen Jahr 43,2 Millionen Logiernächte gezählt worden, 2,1 Prozent mehr als 2024.",
        True,
        [("count", 43200000, None, None), ("percent", 2.1, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Die Nachfrage inländischer Gäste ging leicht auf 20,6 Millionen Logiernächte zurück, teilte das Bundesamt für Statistik (BFS) mit.",
        True,
        [("count", 20600000, None, None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Gäste aus den USA buchten mit knapp 2,9 Millionen Nächten so viele wie nie zuvor und überholten damit erstmals die Deutschen.",
        True,
        [("count", 2900000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Deutschland fiel mit 2,7 Millionen Logiernächten auf den zweiten Platz unter den ausländischen Herkunftsmärkten zurück.",
        True,
        [("count", 2700000, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss BFS lag die durchschnittliche Zimmerauslastung bei 56,4 Prozent.",
        True,
        [("percent", 56.4, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Schweiz ist für viele Amerikaner das Sehnsuchtsziel schlechthin», sagte Hotelleriesuisse-Präsidentin Doris Amstutz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Amstutz sagte, rund ein Drittel der Betriebe finde in der Wintersaison nicht genügend Personal.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Amstutz",
    ),
    (
        "de",
        "Ob der starke Franken die Nachfrage aus Europa im Sommer dämpft, ist offen.",
        False,
        [],
        None,
    ),
    # --- Ryanair's third quarter (Reuters), February ---
    (
        "en",
        "DUBLIN, Feb 2 (Reuters) - Ryanair posted a profit after tax of 163 million euros for the October-to-December quarter, reversing a loss of 9 million euros a year earlier, as average fares rose 7%.",
        True,
        [
            ("date", "--02-02", None, None),
            ("money", 163000000, "EUR", None),
            ("money", 9000000, "EUR", None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Fergal Hanrahan told reporters the airline still expected to carry 208.5 million passengers in the year to March.",
        True,
        [("count", 208500000, None, None)],
        "Fergal Hanrahan",
    ),
    (
        "en",
        "Ryanair is still waiting for 29 of the Boeing 737 MAX jets due to arrive before the winter, the chief executive added.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "en",
        '"Boeing\'s delivery performance has been, frankly, a joke," Hanrahan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ryanair now sees full-year profit after tax of between 2.05 billion and 2.15 billion euros.",
        True,
        [("money", 2050000000, "EUR", None), ("money", 2150000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Ryanair shares rose as much as 4.6% in early Dublin trading.",
        True,
        [("percent", 4.6, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Analysts at one Dublin brokerage said they thought the new guidance still looked conservative.",
        False,
        [],
        None,
    ),
    # --- Lufthansa-Bilanz (dpa-AFX), März ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Lufthansa hat im vergangenen Jahr einen bereinigten operativen Gewinn von 1,9 Milliarden Euro erzielt, rund 18 Prozent mehr als 2024.",
        True,
        [("money", 1900000000, "EUR", None), ("percent", 18, "%", "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg um 5 Prozent auf 39,6 Milliarden Euro, wie der Konzern am Donnerstag mitteilte.",
        True,
        [("percent", 5, "%", None), ("money", 39600000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Die Aktionäre sollen eine Dividende von 35 Cent je Aktie erhalten.",
        True,
        [("money", 0.35, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Almut Verhoeven sagte, die Kernmarke Lufthansa Airlines habe erneut einen operativen Verlust von rund 160 Millionen Euro geschrieben.",
        True,
        [("money", 160000000, "EUR", "about")],
        "Almut Verhoeven",
    ),
    (
        "de",
        "„Die Kernmarke ist unser Sorgenkind, und das sagen wir auch offen“, sagte Verhoeven.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Konzerngesellschaften beförderten zusammen 134 Millionen Passagiere, die Sitzplatzauslastung lag bei 83,1 Prozent.",
        True,
        [("count", 134000000, None, None), ("percent", 83.1, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2026 plant der Vorstand ein Wachstum des Angebots um vier bis sechs Prozent.",
        True,
        [("year", 2026, None, None), ("percent", 4, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "Branchenkenner bezweifeln, dass die Airline ihr Sparziel bis Ende 2027 erreicht.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- EU passenger rights deal (Reuters), March ---
    (
        "en",
        "BRUSSELS, March 19 (Reuters) - EU negotiators struck a deal on Thursday that raises the delay after which air passengers can claim compensation to four hours on flights of 3,500 km or less.",
        True,
        [("date", "--03-19", None, None), ("duration", 4, "hour", None), ("count", 3500, None, None)],
        None,
    ),
    (
        "en",
        "Under the current rules, in force since 2004, passengers are entitled to between 250 and 600 euros once a delay reaches three hours.",
        True,
        [
            ("year", 2004, None, None),
            ("money", 250, "EUR", None),
            ("money", 600, "EUR", None),
            ("duration", 3, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "For longer flights, compensation of 600 euros will be due only after six hours.",
        True,
        [("money", 600, "EUR", None), ("duration", 6, "hour", None)],
        None,
    ),
    (
        "en",
        "Consumer group BEUC estimated that the change would strip about 70% of delayed passengers of their right to compensation.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        'BEUC called the deal "a historic step backwards for anyone who flies."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Airlines for Europe said compensation payments had cost its members about 5.6 billion euros in 2025.",
        True,
        [("money", 5600000000, "EUR", "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Commission spokesperson Pia Hallberg said carriers would in future have to settle claims in no more than 14 days.",
        True,
        [("duration", 14, "day", "at_most")],
        "Pia Hallberg",
    ),
    (
        "en",
        "It is unclear whether the European Parliament will back the compromise in a plenary vote.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The agreement still needs formal approval from the 27 member states and the Parliament.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "The deal also obliges airlines to let passengers take a small personal item on board free of charge.",
        True,
        [],
        None,
    ),
    # --- Warnstreik an Flughäfen (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Mit einem ganztägigen Warnstreik hat das Bodenpersonal am Montag den Flugverkehr an elf deutschen Flughäfen weitgehend lahmgelegt.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 3.400 Flüge wurden nach Schätzungen des Flughafenverbands ADV gestrichen, rund 510.000 Passagiere waren betroffen.",
        True,
        [("count", 3400, None, "over"), ("count", 510000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Lufthansa strich an ihren Drehkreuzen Frankfurt und München nahezu alle Inlandsverbindungen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die rund 25.000 Beschäftigten verlangt Verdi 8 Prozent mehr Lohn, mindestens aber 400 Euro im Monat.",
        True,
        [("count", 25000, None, "about"), ("percent", 8, "%", None), ("money", 400, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber haben bislang 4,8 Prozent mehr Geld in zwei Schritten angeboten, verteilt auf 28 Monate.",
        True,
        [("percent", 4.8, "%", None), ("count", 2, None, None), ("duration", 28, "month", None)],
        None,
    ),
    (
        "de",
        "Verdi-Vizechefin Sabine Kreuzkamp sagte, die Beschäftigten hätten seit 2023 real fast zehn Prozent an Kaufkraft verloren.",
        True,
        [("year", 2023, None, None), ("percent", 10, "%", "nearly")],
        "Sabine Kreuzkamp",
    ),
    (
        "de",
        "„Wer die Flughäfen am Laufen hält, darf nicht mit Brosamen abgespeist werden“, sagte Kreuzkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Warnstreik an deutschen Flughäfen in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV nannte den Ausstand „maßlos überzogen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die nächste Verhandlungsrunde ist für den 14. und 15. April in Potsdam angesetzt.",
        True,
        [("date", "--04-14", None, None), ("date", "--04-15", None, None)],
        None,
    ),
    # --- Japan's visitors (Reuters), April ---
    (
        "en",
        "TOKYO, April 15 (Reuters) - Japan welcomed a record 4.1 million foreign visitors in March, up 13% from a year earlier, according to the Japan National Tourism Organization.",
        True,
        [("date", "--04-15", None, None), ("count", 4100000, None, None), ("percent", 13, "%", None)],
        None,
    ),
    (
        "en",
        "South Korea was the largest source market with 980,000 arrivals, followed by China with 870,000 and Taiwan with 640,000.",
        True,
        [("count", 980000, None, None), ("count", 870000, None, None), ("count", 640000, None, None)],
        None,
    ),
    (
        "en",
        "Arrivals from China are still about 15% below their 2019 level.",
        True,
        [("percent", 15, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Foreign tourists spent 2.4 trillion yen ($16 billion) in the January-March quarter, data from the Japan Tourism Agency showed.",
        True,
        [("money", 2400000000000, "JPY", None), ("money", 16000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The government wants annual spending by foreign visitors to reach 16 trillion yen by 2030.",
        True,
        [("money", 16000000000000, "JPY", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Since April 1, foreign visitors have paid 2,800 yen to enter Himeji Castle, while local residents pay 1,200 yen.",
        True,
        [("date", "--04-01", None, None), ("money", 2800, "JPY", None), ("money", 1200, "JPY", None)],
        None,
    ),
    (
        "en",
        "Residents of Kamakura complain that day-trippers block the narrow lanes around the Great Buddha every weekend.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We want visitors to spread out across all 47 prefectures, not just crowd into three cities," the tourism minister said.',
        False,
        [("count", 47, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Pistenverlängerungen in Zürich (Keystone-SDA), Mai ---
    (
        "de",
        "Kloten (Keystone-SDA) - Über den Zürcher Flughafen reisten im April 2,58 Millionen Passagiere, 4,4 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 2580000, None, None), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "de",
        "Gestartet oder gelandet sind im April 22'310 Maschinen, teilte die Flughafen Zürich AG am Mittwoch mit.",
        True,
        [("count", 22310, None, None)],
        "die Flughafen Zürich AG",
    ),
    (
        "de",
        "Für die Verlängerung der Pisten 28 und 32 um 420 beziehungsweise 260 Meter rechnet die Betreiberin mit Kosten von rund 310 Millionen Franken.",
        True,
        [("count", 420, None, None), ("count", 260, None, None), ("money", 310000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die längeren Pisten sollen die Zahl der Verspätungen am Abend um bis zu ein Drittel senken.",
        True,
        [("fraction", 0.3333, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Bauarbeiten sollen 2027 beginnen und rund vier Jahre dauern.",
        True,
        [("year", 2027, None, None), ("duration", 4, "year", "about")],
        None,
    ),
    (
        "de",
        "«Ohne längere Pisten bleibt Zürich an jedem Winterabend ein Verspätungsflughafen», sagte Flughafenchef Reto Hügli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hügli sagte, bei Bise müssten heute an rund 60 Tagen im Jahr Starts auf eine kürzere Piste umgelegt werden.",
        True,
        [("duration", 60, "day", "about")],
        "Hügli",
    ),
    (
        "de",
        "Der Schutzverband Glattal hat beim Bundesverwaltungsgericht Beschwerde gegen die Plangenehmigung eingereicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Viele Anwohnende in Kloten und Opfikon halten die Ausbaupläne für einen Etikettenschwindel.",
        False,
        [],
        None,
    ),
    # --- easyJet's half year (PA), May ---
    (
        "en",
        "LONDON (PA) - EasyJet narrowed its seasonal loss to 289 million pounds in the six months to March, from 347 million pounds a year earlier.",
        True,
        [("money", 289000000, "GBP", None), ("duration", 6, "month", None), ("money", 347000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The airline flew 41.6 million passengers in the period, 7 per cent more than last year, and filled 89.7 per cent of its seats.",
        True,
        [("count", 41600000, None, None), ("percent", 7, "%", None), ("percent", 89.7, "%", None)],
        None,
    ),
    (
        "en",
        "Its holidays division increased customer numbers by more than a fifth to 1.1 million.",
        True,
        [("fraction", 0.2, None, "over"), ("count", 1100000, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Harriet Lomax said the summer was 78 per cent sold, two percentage points ahead of the same point last year.",
        True,
        [("percent", 78, "%", None), ("percent", 2, "pp", None)],
        "Harriet Lomax",
    ),
    (
        "en",
        '"People will cut back on a great many things before they give up their summer holiday," Lomax said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in the company closed 3.2 per cent lower at 472 pence.",
        True,
        [("percent", 3.2, "%", None), ("money", 4.72, "GBP", None)],
        None,
    ),
    (
        "en",
        "Some analysts fear that a higher air passenger duty could dent demand for short city breaks.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The carrier expects to take delivery of 19 new Airbus A320neo-family jets before the end of September.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "EasyJet will open a new base at Milan Linate next spring.",
        True,
        [],
        None,
    ),
    # --- Schlichtungsstelle söp (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Bei der Schlichtungsstelle für den öffentlichen Personenverkehr (söp) sind im vergangenen Jahr so viele Beschwerden von Fluggästen eingegangen wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den insgesamt 41.800 Schlichtungsanträgen betrafen 36.900 den Luftverkehr, teilte die söp am Dienstag mit.",
        True,
        [("count", 41800, None, None), ("count", 36900, None, None)],
        "die söp",
    ),
    (
        "de",
        "Knapp drei Viertel der Fälle drehten sich um Verspätungen und Annullierungen.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "In 86 Prozent der abgeschlossenen Verfahren hätten beide Seiten den Schlichtungsvorschlag angenommen, sagte söp-Leiterin Claudia Rennefeld.",
        True,
        [("percent", 86, "%", None)],
        "Claudia Rennefeld",
    ),
    (
        "de",
        "„Viele Airlines zahlen erst, wenn wir uns einschalten, und das ärgert mich“, sagte Rennefeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach der EU-Fluggastrechteverordnung stehen Reisenden je nach Flugstrecke 250, 400 oder 600 Euro zu, wenn sie mehr als drei Stunden verspätet ankommen.",
        True,
        [
            ("money", 250, "EUR", None),
            ("money", 400, "EUR", None),
            ("money", 600, "EUR", None),
            ("duration", 3, "hour", "over"),
        ],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Entschädigung je Verfahren lag bei 418 Euro.",
        True,
        [("money", 418, "EUR", None)],
        None,
    ),
    (
        "de",
        "Reisende sollten während einer langen Wartezeit alle Belege für Essen und Übernachtung sammeln, rät die söp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Luftverkehrsverband BDL verwies darauf, dass mehr als die Hälfte der Verspätungen auf Engpässe bei der Flugsicherung zurückgehe.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    # --- Spain's tourists (Reuters), June ---
    (
        "en",
        "MADRID, June 2 (Reuters) - Spain received 8.9 million international tourists in April, an increase of 5.4% on April last year, the National Statistics Institute said on Tuesday.",
        True,
        [("date", "--06-02", None, None), ("count", 8900000, None, None), ("percent", 5.4, "%", None)],
        "the National Statistics Institute",
    ),
    (
        "en",
        "Visitors spent 12.1 billion euros during the month, up 8.4%.",
        True,
        [("money", 12100000000, "EUR", None), ("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        "The Canary Islands and Catalonia each drew about a fifth of all arrivals.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Tourism Minister Lucía Ferrándiz said the government would spend 250 million euros over three years to promote inland destinations.",
        True,
        [("money", 250000000, "EUR", None), ("duration", 3, "year", None)],
        "Lucía Ferrándiz",
    ),
    (
        "en",
        '"Spain does not need more tourists, it needs better tourism," Ferrándiz said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 6,500 people marched through Malaga on Saturday against holiday flats and soaring rents, police said.",
        True,
        [("count", 6500, None, "about")],
        "police",
    ),
    (
        "en",
        'Protesters carried banners reading "Your holiday, our misery" past the cafes on the seafront.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Malaga has frozen new licences for tourist flats in 43 neighbourhoods since 2025.",
        True,
        [("count", 43, None, None), ("year", 2025, None, None)],
        None,
    ),
    # --- Ferienstart am Flughafen München (dpa/lby), Juli ---
    (
        "de",
        "München (dpa/lby) - Zum Start der bayerischen Sommerferien erwartet der Münchner Flughafen an diesem Wochenende rund 370.000 Passagiere.",
        True,
        [("count", 370000, None, "about")],
        None,
    ),
    (
        "de",
        "Allein am Freitag sind knapp 1.200 Starts und Landungen geplant, so viele wie noch nie an einem Ferienauftakt.",
        True,
        [("count", 1200, None, "nearly")],
        None,
    ),
    (
        "de",
        "In der vergangenen Woche hatte jeder dritte Abflug mehr als 15 Minuten Verspätung.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 15, "minute", "over")],
        None,
    ),
    (
        "de",
        "Die Wartezeit an der Sicherheitskontrolle lag zu Spitzenzeiten bei bis zu 50 Minuten.",
        True,
        [("duration", 50, "minute", "up_to")],
        None,
    ),
    (
        "de",
        "Reisende sollten mindestens zweieinhalb Stunden vor Abflug am Terminal sein, rät der Flughafen.",
        False,
        [("duration", 2.5, "hour", "at_least")],
        None,
    ),
    (
        "de",
        "Die Deutsche Flugsicherung rechnet im Sommer mit bis zu 10.500 Flügen pro Tag im deutschen Luftraum.",
        True,
        [("count", 10500, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ob die Flugsicherung den Ansturm ohne größere Engpässe bewältigt, ist offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wegen Bauarbeiten ist die Südbahn des Flughafens bis Ende Juli nur nachts gesperrt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Sommer 2025 hatten die Flüge in Deutschland im Schnitt 21 Minuten Verspätung, so die DFS.",
        True,
        [("year", 2025, None, None), ("duration", 21, "minute", None)],
        None,
    ),
    # --- French air traffic control strike (AFP), July ---
    (
        "en",
        "PARIS (AFP) - Airlines cancelled about 1,700 flights on Thursday as French air traffic controllers began a two-day strike at the start of the summer holidays.",
        True,
        [("count", 1700, None, "about"), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The civil aviation authority DGAC asked carriers to cut 35% of flights at Paris-Orly, Nice and Marseille and a quarter at Paris-Charles de Gaulle.",
        True,
        [("percent", 35, "%", None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Ryanair said it had scrapped 520 flights, affecting more than 90,000 passengers.",
        True,
        [("count", 520, None, None), ("count", 90000, None, "over")],
        "Ryanair",
    ),
    (
        "en",
        "Flights that merely cross French airspace accounted for roughly half of those cancellations.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        '"It is outrageous that passengers flying from Dublin to Madrid are held hostage by French unions," Ryanair\'s chief executive said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The SNCTA union is demanding 1,200 extra controllers by 2030 and a bonus of 1,800 euros a year.",
        True,
        [("count", 1200, None, None), ("year", 2030, None, None), ("money", 1800, "EUR", None)],
        None,
    ),
    (
        "en",
        'The transport minister called the timing of the strike "irresponsible."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the seventh walkout by French controllers since January.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "French strikes caused about 28% of all air traffic control delays in Europe last year, according to Eurocontrol figures.",
        True,
        [("percent", 28, "%", "about")],
        None,
    ),
    # --- AUA-Halbjahr (APA), August ---
    (
        "de",
        "Wien (APA) - Die Lufthansa-Tochter Austrian Airlines (AUA) hat im ersten Halbjahr einen operativen Verlust von 38 Millionen Euro geschrieben.",
        True,
        [("ordinal", 1, None, None), ("money", 38000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz wuchs um 6,8 Prozent auf 1,24 Milliarden Euro, teilte die Airline am Donnerstag mit.",
        True,
        [("percent", 6.8, "%", None), ("money", 1240000000, "EUR", None)],
        "die Airline",
    ),
    (
        "de",
        "Von Jänner bis Juni beförderte die AUA 7,1 Millionen Fluggäste und damit um gut 3 Prozent mehr als im Vorjahr.",
        True,
        [("count", 7100000, None, None), ("percent", 3, "%", "over")],
        None,
    ),
    (
        "de",
        "AUA-Chefin Ines Pramberger sagte, die Kollektivvertragsabschlüsse hätten die Personalkosten heuer um rund 60 Millionen Euro erhöht.",
        True,
        [("money", 60000000, "EUR", "about")],
        "Ines Pramberger",
    ),
    (
        "de",
        "„Die Richtung stimmt, doch bis zur Landung dauert es noch“, sagte Pramberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis 2028 sollen 17 neue Jets der A320neo-Familie die älteren Maschinen der Kurz- und Mittelstrecke ersetzen.",
        True,
        [("year", 2028, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida kritisierte, dass Flugbegleiterinnen und Flugbegleiter im Sommer an bis zu sechs Tagen in Folge eingeteilt würden.",
        True,
        [("duration", 6, "day", "up_to")],
        None,
    ),
    (
        "de",
        "Ob die AUA im Gesamtjahr schwarze Zahlen schreibt, ließ Pramberger offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die AUA hat ihre Langstreckenflüge nach Chicago und Washington bis auf Weiteres ausgesetzt.",
        True,
        [],
        None,
    ),
    # --- Qantas results (AAP), August ---
    (
        "en",
        "SYDNEY (AAP) - Qantas has posted an underlying pre-tax profit of A$2.51 billion for the year to June, up 8 per cent, on strong demand for international travel.",
        True,
        [("money", 2510000000, "AUD", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Statutory net profit rose to A$1.71 billion from A$1.39 billion.",
        True,
        [("money", 1710000000, "AUD", None), ("money", 1390000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Budget arm Jetstar carried 41.2 million passengers, about a third of the group's total.",
        True,
        [("count", 41200000, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Chief executive Louise Marchant said Qantas would receive its first Airbus A350-1000 for non-stop flights from Sydney to London in the first half of next year.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 1, None, None)],
        "Louise Marchant",
    ),
    (
        "en",
        '"Project Sunrise will change the way Australians see the world," Marchant said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "On-time arrivals improved to 79.4 per cent, while fewer than 2 per cent of flights were cancelled, government figures show.",
        True,
        [("percent", 79.4, "%", None), ("percent", 2, "%", "under")],
        None,
    ),
    (
        "en",
        'The Transport Workers\' Union called the buyback "an insult to the people who kept the airline flying."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether fares will ease as the new capacity arrives remains an open question.",
        False,
        [],
        None,
    ),
    # --- Sommersaison in Österreich (APA), September ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben von Mai bis August 82,4 Millionen Nächtigungen gezählt, um 1,9 Prozent mehr als im Vorjahr.",
        True,
        [("count", 82400000, None, None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Ankünfte legten um 2,6 Prozent auf 24,3 Millionen zu, teilte die Statistik Austria am Freitag mit.",
        True,
        [("percent", 2.6, "%", None), ("count", 24300000, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Gut ein Drittel aller Nächtigungen entfiel auf Gäste aus Deutschland.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Tirol blieb mit 17,8 Millionen Nächtigungen das nächtigungsstärkste Bundesland vor Salzburg und Kärnten.",
        True,
        [("count", 17800000, None, None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Aufenthaltsdauer ging auf 3,4 Nächte zurück.",
        True,
        [("count", 3.4, None, None)],
        None,
    ),
    (
        "de",
        "Tourismusstaatssekretär Florian Aigner-Hollersbach sagte, die Umsätze der Branche dürften heuer erstmals 36 Milliarden Euro übersteigen.",
        True,
        [("money", 36000000000, "EUR", None)],
        "Florian Aigner-Hollersbach",
    ),
    (
        "de",
        "„Die Gäste lieben Österreich im Sommer mehr denn je“, sagte Aigner-Hollersbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hoteliervereinigung warnte, steigende Lohnnebenkosten fräßen die Erträge der Betriebe auf.",
        False,
        [],
        None,
    ),
    # --- Gatwick's northern runway (PA), September ---
    (
        "en",
        "LONDON (PA) - The Government has approved plans for Gatwick to bring its standby northern runway into routine use, allowing up to 90,000 extra flights a year by the late 2030s.",
        True,
        [("count", 90000, None, "up_to")],
        None,
    ),
    (
        "en",
        "The airport says the 2.4 billion pound project will lift capacity to about 75 million passengers a year, from 44.6 million last year.",
        True,
        [("money", 2400000000, "GBP", None), ("count", 75000000, None, "about"), ("count", 44600000, None, None)],
        None,
    ),
    (
        "en",
        "Work is due to start next year, with the runway opening to traffic in 2029.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Aviation minister Rhiannon Price said the scheme would create 12,500 jobs across Sussex and Surrey.",
        True,
        [("count", 12500, None, None)],
        "Rhiannon Price",
    ),
    (
        "en",
        '"This is a vote of confidence in British aviation and in the South East," Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents' group CAGNE said it would apply for a judicial review within six weeks.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        "Campaigners fear that night noise over Horsham and Crawley will rise sharply.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Gatwick, Britain's second-busiest airport, can currently handle up to 52 movements an hour on its main runway.",
        True,
        [("ordinal", 2, None, None), ("count", 52, None, "up_to")],
        None,
    ),
    (
        "en",
        "Under the approval, the airport must keep average noise at its 2019 level and pay to insulate about 2,800 homes.",
        True,
        [("year", 2019, None, None), ("count", 2800, None, "about")],
        None,
    ),
    # --- Übernachtungen in Deutschland (dpa), Oktober ---
    (
        "de",
        "Wiesbaden (dpa) - Die Beherbergungsbetriebe in Deutschland haben von Januar bis August 332,5 Millionen Übernachtungen gezählt, 1,1 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 332500000, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Übernachtungen ausländischer Gäste stieg dabei um 3,8 Prozent auf 61,9 Millionen, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("percent", 3.8, "%", None), ("count", 61900000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Allein im August wurden 59,6 Millionen Übernachtungen gemeldet.",
        True,
        [("count", 59600000, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Viertel aller Übernachtungen entfiel auf Ferienwohnungen und Ferienhäuser.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das Vorkrisenniveau von 2019 ist damit um 0,4 Prozent übertroffen worden.",
        True,
        [("year", 2019, None, None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Dehoga-Präsidentin Marion Hellwege sagte, fast jeder dritte Betrieb habe im ersten Halbjahr Verluste geschrieben.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("ordinal", 1, None, None)],
        "Marion Hellwege",
    ),
    (
        "de",
        "Der Hotel- und Gaststättenverband beklagte eine „Kostenlawine“ bei Energie und Personal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Reiselust der Deutschen auch im Winter anhält, ist nach Einschätzung des Verbands ungewiss.",
        False,
        [],
        None,
    ),
    # --- Bali's arrivals and levy (AFP), October ---
    (
        "en",
        "DENPASAR, Indonesia (AFP) - Bali welcomed 5.9 million foreign tourists in the year's first nine months, up 9% on the same period last year, the provincial statistics agency said.",
        True,
        [
            ("count", 5900000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Australians made up more than a fifth of arrivals, followed by visitors from India and China.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "en",
        "Since 2024, foreign visitors have had to pay a levy of 200,000 rupiah ($12) on arrival.",
        True,
        [("year", 2024, None, None), ("money", 200000, "IDR", None), ("money", 12, "USD", None)],
        None,
    ),
    (
        "en",
        "Provincial officials said only about 40% of visitors actually paid it last year.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Governor Made Wirasena said the levy had raised about 320 billion rupiah so far this year.",
        True,
        [("money", 320000000000, "IDR", "about")],
        "Made Wirasena",
    ),
    (
        "en",
        '"Bali is not a cheap party island, and we want guests who respect our culture," Wirasena said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The island has barred new hotels and villas on productive farmland in four regencies since September.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Locals complain that traffic jams around Canggu now last for hours.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Indonesia aims to attract 16 million foreign tourists nationwide this year.",
        True,
        [("count", 16000000, None, None)],
        None,
    ),
    # --- Standortkosten und Streichungen (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Das Sitzplatzangebot im deutschen Luftverkehr liegt im Winterflugplan 2026/27 noch immer rund 14 Prozent unter dem Niveau von 2019.",
        True,
        [
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("percent", 14, "%", "about"),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im europäischen Durchschnitt sei das Angebot dagegen bereits um 7 Prozent über das Vorkrisenniveau hinausgewachsen, teilte der Bundesverband der Deutschen Luftverkehrswirtschaft (BDL) mit.",
        True,
        [("percent", 7, "%", None)],
        "der Bundesverband der Deutschen Luftverkehrswirtschaft",
    ),
    (
        "de",
        "Staatliche Standortkosten wie Luftverkehrsteuer, Flugsicherungs- und Luftsicherheitsgebühren haben sich seit 2019 fast verdoppelt.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Für einen Flug innerhalb Europas werden derzeit 15,80 Euro Luftverkehrsteuer fällig.",
        True,
        [("money", 15.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "BDL-Präsident Joachim Ebersberger sagte, mehrere Billigflieger hätten für den Winter insgesamt 41 Strecken ab deutschen Flughäfen gestrichen.",
        True,
        [("count", 41, None, None)],
        "Joachim Ebersberger",
    ),
    (
        "de",
        "„Deutschland besteuert seine Luftfahrt ins Abseits“, sagte Ebersberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband legte einen Fünf-Punkte-Plan zur Senkung der Standortkosten vor.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesregierung hat angekündigt, die Luftverkehrsteuer zum 1. Januar des übernächsten Jahres zu senken.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    (
        "de",
        "Umweltverbände halten die Steuersenkung für ein klimapolitisches Geschenk an die Airlines.",
        False,
        [],
        None,
    ),
    # --- Emirates' half year (Reuters), November ---
    (
        "en",
        "DUBAI, Nov 6 (Reuters) - Emirates Group posted a record half-year profit of 13.7 billion dirhams ($3.7 billion), up 21% from a year earlier, on strong demand for long-haul travel.",
        True,
        [
            ("date", "--11-06", None, None),
            ("money", 13700000000, "AED", None),
            ("money", 3700000000, "USD", None),
            ("percent", 21, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue rose 6% to 76.4 billion dirhams in the six months to Sept. 30, the group said.",
        True,
        [
            ("percent", 6, "%", None),
            ("money", 76400000000, "AED", None),
            ("duration", 6, "month", None),
            ("date", "--09-30", None, None),
        ],
        None,
    ),
    (
        "en",
        "The airline carried 27.8 million passengers and its seat factor reached 79.9%.",
        True,
        [("count", 27800000, None, None), ("percent", 79.9, "%", None)],
        None,
    ),
    (
        "en",
        "Dubai International handled 47.8 million passengers in the first half of the year, keeping its place as the world's busiest airport for international travel.",
        True,
        [("count", 47800000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Emirates President Neil Ashcroft said the airline had 290 wide-body aircraft on order and expected its first Boeing 777-9 in 2027.",
        True,
        [("count", 290, None, None), ("ordinal", 1, None, None), ("year", 2027, None, None)],
        "Neil Ashcroft",
    ),
    (
        "en",
        '"Boeing has tested our patience for far too long," Ashcroft said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The group will pay staff a bonus equivalent to 18 weeks of salary.",
        True,
        [("duration", 18, "week", None)],
        None,
    ),
    (
        "en",
        "Analysts said they believed the new Al Maktoum airport could take over all Emirates flights by the mid-2030s.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Dubai plans to spend about 140 billion dirhams on expanding Al Maktoum International so that it can handle up to 240 million passengers a year.",
        True,
        [("money", 140000000000, "AED", "about"), ("count", 240000000, None, "up_to")],
        None,
    ),
    # --- Swiss nach neun Monaten (Keystone-SDA), November ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Fluggesellschaft Swiss hat in den ersten neun Monaten einen operativen Gewinn von 512 Millionen Franken erzielt.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 512000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das sind 4 Prozent weniger als im Vorjahreszeitraum, wie die Airline am Mittwoch mitteilte.",
        True,
        [("percent", 4, "%", None)],
        "die Airline",
    ),
    (
        "de",
        "Die Swiss beförderte 14,1 Millionen Passagiere, die Auslastung der Flüge lag bei 84,7 Prozent.",
        True,
        [("count", 14100000, None, None), ("percent", 84.7, "%", None)],
        None,
    ),
    (
        "de",
        "Wegen Triebwerksinspektionen mussten gemäss Swiss im Sommer bis zu acht Langstreckenflugzeuge gleichzeitig am Boden bleiben.",
        True,
        [("count", 8, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Flug LX 38 nach San Francisco fiel im August an elf Tagen aus.",
        True,
        [("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "«Dieser Sommer war operativ der anspruchsvollste seit Jahren», sagte Swiss-Chef Dirk Vogelsang.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vogelsang sagte, die Swiss werde im Winter rund 1'300 Flüge weniger anbieten als ursprünglich geplant.",
        True,
        [("count", 1300, None, "about")],
        "Vogelsang",
    ),
    (
        "de",
        "Ab März 2027 sollen zudem sechs neue Airbus A350 die ältesten Langstreckenjets ersetzen.",
        True,
        [("year", 2027, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "«Für die Passagiere war dieser Sommer eine Zumutung», kritisierte die Stiftung für Konsumentenschutz.",
        False,
        [],
        None,
    ),
    # --- Thanksgiving travel (AP), November ---
    (
        "en",
        "WASHINGTON (AP) — The Transportation Security Administration screened nearly 3.2 million people on the Sunday following Thanksgiving, the most in its history, the agency said Monday.",
        True,
        [("count", 3200000, None, "nearly")],
        "the agency",
    ),
    (
        "en",
        "Over the 12-day holiday period, the agency expected to screen about 18.3 million travelers.",
        True,
        [("duration", 12, "day", None), ("count", 18300000, None, "about")],
        None,
    ),
    (
        "en",
        "U.S. airlines canceled 1,140 flights on Wednesday as a winter storm swept across the Great Lakes, according to FlightAware.",
        True,
        [("count", 1140, None, None)],
        None,
    ),
    (
        "en",
        "About one in five flights at Chicago O'Hare was delayed.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "\"I've been in this line for 70 minutes and I still don't know if I'll make my connection,\" said Tanya Rourke, 34, of Milwaukee.",
        False,
        [("duration", 70, "minute", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "Several large carriers waived change fees for travelers booked through Chicago and Detroit.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Travelers were advised to check their flight status before leaving for the airport.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Newark Liberty International Airport has capped departures at 30 an hour since the summer because of a shortage of air traffic controllers.",
        True,
        [("count", 30, None, None)],
        None,
    ),
    # --- BER-Bilanz (dpa/bb), Dezember ---
    (
        "de",
        "Schönefeld (dpa/bb) - Der Hauptstadtflughafen BER wird in diesem Jahr nach eigener Prognose rund 27,4 Millionen Passagiere abfertigen.",
        True,
        [("count", 27400000, None, "about")],
        None,
    ),
    (
        "de",
        "Das wären gut 8 Prozent mehr als im Vorjahr, jedoch knapp ein Fünftel weniger, als die Berliner Flughäfen 2019 zusammen zählten.",
        True,
        [("percent", 8, "%", "over"), ("fraction", 0.2, None, "nearly"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Flughafenchefin Annegret Voßberg sagte, das Terminal 2 werde ab März 2027 wieder ganzjährig geöffnet.",
        True,
        [("year", 2027, None, None)],
        "Annegret Voßberg",
    ),
    (
        "de",
        "Die Flughafengesellschaft hat seit der Eröffnung 2020 Verluste von mehr als 1,5 Milliarden Euro angehäuft.",
        True,
        [("year", 2020, None, None), ("money", 1500000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Bund, Berlin und Brandenburg sollen der Gesellschaft bis 2029 weitere 420 Millionen Euro zuschießen.",
        True,
        [("year", 2029, None, None), ("money", 420000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Der BER ist kein Sanierungsfall mehr, sondern ein Flughafen im Aufbruch“, sagte Voßberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit fliegen 61 Airlines vom BER zu 175 Zielen.",
        True,
        [("count", 61, None, None), ("count", 175, None, None)],
        None,
    ),
    (
        "de",
        "Direkte Langstreckenverbindungen gibt es nur sieben, darunter nach New York, Doha und Singapur.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Lufthansa künftig eigene Langstreckenflüge ab Berlin anbietet, wollte Voßberg nicht sagen.",
        False,
        [],
        None,
    ),
    # --- Vietnam's visitor record (Reuters), December ---
    (
        "en",
        "HANOI, Dec 29 (Reuters) - Vietnam welcomed a record 23.4 million foreign visitors in 2026, up 9% from last year, government data showed on Monday.",
        True,
        [
            ("date", "--12-29", None, None),
            ("count", 23400000, None, None),
            ("year", 2026, None, None),
            ("percent", 9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "China was the largest source of visitors with 5.3 million, followed by South Korea with 4.6 million.",
        True,
        [("count", 5300000, None, None), ("count", 4600000, None, None)],
        None,
    ),
    (
        "en",
        "Total tourism revenue reached 980 trillion dong ($37 billion), according to the National Authority of Tourism.",
        True,
        [("money", 980000000000000, "VND", None), ("money", 37000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Since 2025, citizens of 12 more European countries have been able to enter visa-free for up to 45 days.",
        True,
        [("year", 2025, None, None), ("count", 12, None, None), ("duration", 45, "day", "up_to")],
        None,
    ),
    (
        "en",
        "Phu Quoc island, which grants 30-day visa-free stays to all foreigners, drew 1.9 million international arrivals, nearly twice as many as in 2024.",
        True,
        [
            ("duration", 30, "day", None),
            ("count", 1900000, None, None),
            ("count", 2, None, "nearly"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Vietnam is no longer a hidden gem, it is a destination in its own right," Deputy Culture Minister Tran Quoc Hung said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Deputy Culture Minister Tran Quoc Hung said the country aimed to welcome 25 million foreign visitors in 2027.",
        True,
        [("count", 25000000, None, None), ("year", 2027, None, None)],
        "Tran Quoc Hung",
    ),
    (
        "en",
        "Hoteliers in Hoi An worry that the old town is becoming too crowded after dark.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Vietnam Airlines plans to open 14 international routes next year, including its first to Madrid.",
        True,
        [("count", 14, None, None), ("ordinal", 1, None, None)],
        None,
    ),
]
