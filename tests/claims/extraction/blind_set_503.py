"""Five-hundred-and-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear either by their role only („die Sprecherin“, „der Minister“,
„der Landespolizeipräsident“, „der Oberbürgermeister“, „der Präsident des Spitalverbands
H+“, „der Obmann der Bundessparte Tourismus in der Wirtschaftskammer“, „ein Sprecher des
Verteidigungsministeriums“, "the Prime Minister's official spokesman", "The Health
Secretary", "the head of the International Air Transport Association", "a spokeswoman for
the federal sports minister") or under made-up names that stand for no real holder
(ministers, a deputy central bank governor, a police commissioner, a governor, a premier,
agency heads, spokespeople, union leaders, a council of economic experts' chair and the
executives of made-up firms).

Names: Ilka Wendehorst-Marquardt (spokeswoman of the Bundesgesundheitsministerium), Rainer
Quadflieg-Ostermann (chair of the board of the GKV-Spitzenverband), Gottfried
Haiderer-Plankensteiner (Austrian finance minister), Adrian Zwyssig-Berisha (chief executive
of the Post), Wolfram Achatz-Demirel (head of the Bayerisches Landeskriminalamt), Annegret
Kühlwein-Sarpong (chair of the board of the Bundesagentur für Arbeit), Jens Heuberger-Nnamdi
(DGB board member), Florian Wimmleitner-Ekwueme (Austrian education minister), Gerhard
Ebenbichler-Tanriverdi (chair of the compulsory-school teachers' union), Urs
Gnehm-Baumgartner (head of the VBS), Pirmin Gisler-Kündig (chair of the National Council's
security policy committee), Dagny Oberscheidt-Mensah, Tillmann Roggendorf-Asare and Holger
Pfannstiel-Yıldız (chief executive, finance chief and works council chief of the made-up
Rothwald Chemie), Konrad Ebbinghaus-Tetteh (federal transport minister), Bernd Tiedtke-Abara
(managing director of the Autobahn GmbH), Svenja Hollerith-Amoah (Green transport
politician), Christian Gföllner-Ibrahim (head of Vienna's Landeskriminalamt), Ruth
Escher-Adjei and Tobias Kranewitter-Aboagye (chair and member of the Sachverständigenrat),
Nathalie Brügger-Rama (Zurich's health director), Sabine Hülskötter-Eze (president of the
Bundeswehr's personnel office), André Wessolowski-Doku (chair of the Bundeswehrverband) and
Karin Moosbrugger-Adoma (president of the ÖHV); Malin Forsgren-Adeyemi (deputy governor of
the Riksbank), Lars Tengvall-Okafor (chief economist at the made-up Skerrby Bank), Darnell
Ogunwale-Price (Baltimore police commissioner), Renee Castellow-Banks (head of an outreach
group), Priya Halvorsen-Mbeki and Ruben Estrada-Vollmer (chief executive and chief financial
officer of the made-up Cobrenna Semiconductor), Philippa Gorringe-Adu (Home Secretary),
Marcus Elphick-Dunne (shadow home secretary), Enver Solak-Bright (migration researcher),
Maartje Oosterbroek-Vlaar (Dutch housing minister), Amara Koroma-Lindqvist (WFP regional
director), Jens Ahlgren-Mwangi (UNHCR spokesperson), Harriet Moncrieff-Obi (ACCC deputy
chair), Jarrah Ferrier-Nakamura (assistant treasurer), Lorraine Vukelić-Hayes (FEMA
administrator), Warren Pettibone-Oakes (senator), Helena Okwuosa-Reid (national medical
director), Imogen Sallis-Achterberg (head of the Royal College of Emergency Medicine),
Marcus Delahunt-Oyelaran (analyst at the made-up Fenmarsh Securities), Adriana
Solórzano-Pike (governor of California), Dwight Larkspur-Ebo (Assembly Republican leader),
Lena Marchetti-Wolde (spokesperson of California's Department of Finance), Fintan
Mulrooney-Asaolu (chief executive of the made-up lessor Kilcoran Aviation), Sofía
Arrieta-Mbatha (IATA's chief economist), Colm Brennagh-Adeyinka (Irish housing minister),
Gráinne Tallon-Eze (chief executive of Focus Ireland), Geneviève Arsenault-Kimura (Canadian
finance minister), Blaine Tolliver-Nwosu (Conservative finance critic), Lachlan
Strathdee-Ofori (Queensland premier) and Tess Varga-Holmwood (Queensland opposition leader)
are invented, and so are the firms (Skerrby Bank, Cobrenna Semiconductor, Rothwald Chemie,
the packaging makers Pellmoor Group and Kapelhof Verpakking, Fenmarsh Securities, Kilcoran
Aviation), with every unnamed spokesperson, official, officer, economist, analyst, trader,
executive and source. Real states, bodies, firms, parties, media and places (Berlin, the
Bundesgesundheitsministerium, the Regierungspressekonferenz, the GKV-Spitzenverband, the
„Rheinische Post“, the Finanzministerium, the Grünen, Wien, the Ministerrat and its
Pressefoyer, the ÖVP, the FPÖ, the NEOS, the Budgetdienst des Parlaments, the Maastricht
limit, Bern, the Post, Syndicom, München, Oberbayern, Schwaben, the Bayerisches
Landeskriminalamt, the Bundesagentur für Arbeit, the Funke-Mediengruppe, the DGB, the
Ifo-Institut, the Ö1-Morgenjournal, the APA, the Bundesrat, the VBS, the SP, the Mitte, the
Eidgenössische Finanzverwaltung, the Sicherheitspolitische Kommission des Nationalrats,
Patriot systems, Ludwigshafen, the Deutschlandfunk, the Autobahn GmbH, the „Süddeutsche
Zeitung“, the ADAC, the Verkehrsministerium, the Wiener Polizei, the Türkei, Polen, the
Seniorenbund, Duisburg and its port, the Warn-App Nina, the Sachverständigenrat, the DIHK,
Zürich, the Spitalverband H+, the Bundesamt für Statistik, the Bundeswehr, the
Verteidigungsministerium, the „Bild“, the Bundesamt für das Personalmanagement der
Bundeswehr, the Bundeswehrverband, the Linke, the Österreichische Hoteliervereinigung ÖHV,
the Statistik Austria, the Wirtschaftskammer, the union vida; Stockholm, Sweden, the
Riksbank, Statistics Sweden, Reuters, Baltimore, West Baltimore, the City Council, the FBI,
San Francisco, Wall Street, Oregon, LSEG, London, the Channel, the Home Office, the
University of Oxford, Amsterdam, the Netherlands, ANP, Statistics Netherlands, Bouwend
Nederland, ING, Geneva, the World Food Programme, East Africa, Kenya, UNHCR, the U.N., the
United States, Canberra, the Australian Competition and Consumer Commission, the Australian
Bureau of Statistics, Washington, FEMA, Congress, the White House, England, the PA news
agency, the Royal College of Emergency Medicine, the Liberal Democrats, the Department of
Health and Social Care, Sacramento, California, the Legislative Analyst's Office, the Labor
Department, the Department of Finance, Dublin, the International Air Transport Association,
IATA, Aer Lingus, Boeing, Airbus, Ireland, the Department of Housing, the Dáil, Sinn Féin,
Focus Ireland, the Residential Tenancies Board, Ottawa, Canada, CBC Radio, the Bank of
Montreal, the Parliamentary Budget Officer, Brisbane, Queensland, ABC Radio Brisbane, the
Greens, and the datelines' cities) stand for the way wire copy names them; every count,
rate, share, sum, date, age, span and quote here is invented, and where a real figure came
to mind (a real deficit, a real jobless total, a real homicide count, a real crossing tally,
a real scam loss, a real disaster fund balance, a real bridge count, a real troop strength,
a real budget target) it was changed. Kept as the fact it is: the Maastricht limit of 3
percent for a deficit.

Its weight: SPEAKERS AND ATTRIBUTION, the eighth round of the interviews and press
conferences weighed by the hundred-twenty-seventh (interviews, press conferences and
transcripts), two-hundred-and-twentieth (interviews and press conferences in reported
speech), three-hundred-and-fortieth (interviews, press conferences and reported speech),
three-hundred-and-eighty-sixth (press conferences and interview transcripts),
four-hundred-and-twentieth (press conferences, interviews and attribution),
four-hundred-and-sixty-seventh and four-hundred-and-ninety-second (interviews, press
conferences and quotes) batches, with the thirty-seventh (spoken language), eighty-fourth
(attributed political and diplomatic reporting) and hundred-seventy-sixth (reported-speech
chains from briefings) beside them; their decisions are kept, those of the
four-hundred-and-sixty-seventh and four-hundred-and-ninety-second first of all, and the
bodies' forms as the four-hundred-and-forty-fourth, four-hundred-and-seventy-fourth and
four-hundred-and-ninetieth checked them. Three wire weeks, Monday, November 8, to Friday,
November 26, 2027, as 30 short stories in date order with the German and English desks
interleaved, one of each a day, each told as such copy runs it (a lead with the speaker or a
lead with the figure and the attribution in the next sentence, the chain in Konjunktiv I or
reported speech, quotes, the other side, data beside the speakers): the health insurers'
deficit at the Regierungspressekonferenz, a Riksbank deputy governor's Reuters interview,
the Austrian budget at the Pressefoyer, Baltimore homicides at a police news conference,
Swiss post office closures at a media conference in Bern, a chipmaker's analyst call, a
drugs raid at an LKA press conference, Channel crossings at the lobby briefing and before
MPs, the German labour market in the Funke papers, the Dutch housing shortage quoted by ANP,
the Austrian teacher shortage in the Ö1-Morgenjournal, WFP ration cuts at a Geneva briefing,
the Swiss army budget before the media in Bern, Australian scam losses, a chemical maker's
job cuts, FEMA's fund before senators, motorway bridges in a Deutschlandfunk interview and
the „Süddeutsche Zeitung“, flu in English hospitals told to the PA news agency and MPs,
phone fraud at a Vienna police press conference, a packaging takeover told to Reuters by
sources and confirmed in a statement, a port fire in Duisburg, California's budget gap, the
German council of economic experts' annual report, the aircraft shortage at a Dublin
conference, Zurich's hospital deficits, Irish homelessness before the Dáil, Bundeswehr
recruitment in the „Bild“, Canada's fiscal update and a CBC Radio interview, Austria's
winter season at an ÖHV press conference and Olympic venue costs in Brisbane. Half German
(dpa with "dpa/lby" and "dpa/lnw", dpa-AFX, APA, Keystone-SDA; Austrian „heuer“, „Jänner“,
„Pensionistinnen und Pensionisten“, „Nächtigungen“, „Obmann“, Swiss „schliessen“, „liess“,
„Gemäss“, „1'100“ with the apostrophe, «» quotes, German „“ quotes), half English (Reuters
with dated datelines, AP, PA with a Dublin dateline, AAP; British "A&E", "the lobby
briefing", "told MPs", Irish "the Dáil", Australian "per cent" and "$" in AAP copy, Canadian
"C$", U.S. "R-Miss.", "Gov."). Its weight is who said it, in the forms such copy uses: names
with roles before and after them; apposition with the role first („Der Vorstandsvorsitzende
des GKV-Spitzenverbands, X, sagte der „Rheinischen Post““, „Der Vorsitzende der
Pflichtschullehrergewerkschaft, X, sagte der APA“, „Der Geschäftsführer der Autobahn GmbH,
X, sagte der „Süddeutschen Zeitung““, „Die Vorsitzende des Sachverständigenrats, X, sagte am
Dienstag bei der Vorstellung ...“, "the agency's regional director, X, told a briefing",
"IATA's chief economist, X, said", "A spokesperson for the Department of Finance, X, said")
and after the verb („sagte die Sprecherin des Bundesgesundheitsministeriums, X, am Montag in
der Regierungspressekonferenz“) beside the name first with its role behind it, which stays
unchecked ("X, the chief financial officer, said", "X, the commission's deputy chair, told
reporters", "X, the assistant treasurer, said", "X, the Assembly Republican leader, said",
"X, chief executive of Focus Ireland, said", "X, the Conservative finance critic, said", "X,
the opposition leader, said", "X, a migration researcher at ..., said", "X, who runs ...,
said", "X, who took office in June, said"); "told reporters", "told Reuters in an
interview", "told analysts on a conference call", "told MPs", "told senators", "told a
briefing", "told the same briefing", "told the Dáil", "has told the PA news agency", "has
told reporters", "quoted ... as saying"; „sagte der Zeitung“, „sagte ... den Zeitungen der
Funke-Mediengruppe“, „sagte der APA“, „im Ö1-Morgenjournal“, „Im Interview mit dem
Deutschlandfunk sagte“, „zitierte ... mit den Worten“; „so X“, „fügte X hinzu“, „meinte X“,
„X zufolge“, „Laut dem Leiter ..., X,“; "X said in a statement" and a firm "said in a
statement"; quotes split around the verb („„...“, sagte X, „...““, '"...," X said, "..."');
attributions in the following sentence („Das sagte der Leiter ..., X, ...“, „Das sagte
VBS-Vorsteher X ...“, „Das sagte die Zürcher Gesundheitsdirektorin X ...“, „Das sagte die
Präsidentin der ... (ÖHV), X, ...“, „Das kündigte ... an“, „Das teilte ein Sprecher ...
mit“); a fronted occasion ("Asked about ..., X said", "Speaking on the sidelines of ..., X
said", "In a CBC Radio interview ..., X said"); and, left unchecked, pronouns and roles in
the chain, plural and anonymous sources ("three sources with knowledge of the talks told
Reuters", "two of the sources said", "A senior U.N. official, speaking on condition of
anonymity, said", "Democrats on the committee said", "White House officials said", "Industry
executives said", "Ministers said", „teilten die Ermittler mit“, „hieß es“), parties, data
and documents, verbs that are no saying and every "according to". Figures stand in most
rows. Negatives stand beside them - 55 rows, none with a figure: the speakers' rhetoric,
moods and vows in quotes (most of them from the same speaker who gave a figure a row
before), labels („sprach von“, „nannte“, "called"), evasions and dodges („wollte ... nicht
sagen“, „ließ ... offen“, „liess ... offen“, „konnte ... nicht sagen“, „nannte ... nicht“,
"declined to comment", "Asked whether ..., X said "every option is on the table.""), advice
(„riet“), views told as reports ("Some City Council members said", "Some analysts said",
"Tenant groups said", "Aid groups said", "Economists at Bank of Montreal said", "The Greens
argued") and a government spokesman's promise to study a report.

240 rows (120 German, 120 English), 55 negatives (28 German, 27 English), 185 check-worthy
rows of which 14 carry no figure (12 German, 2 English), 285 expected quantities (81 counts,
65 percentages - 62 in "%", 3 in percentage points "pp" -, 60 amounts of money - 22 EUR, 15
USD, 8 CHF, 7 AUD, 5 CAD, 3 GBP -, 29 years, 19 durations - 12 in years, 5 in months, 1 in
days, 1 in hours -, 13 fractions, 9 ordinals, 9 dates - 0 with a year, 9 without -; none of
them in a negative), 46 checked speakers (23 German, 23 English). These counts were computed
by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The invented names and firms were
checked against the earlier batches and appear in none of them.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, plan or demand with a measure is check-worthy with the speaker its own attribution
  gives, also in Konjunktiv I; quoted or reported rhetoric, verdicts, moods, vows, labels,
  evasions and dodges are negatives with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, two-hundred-and-fourth, two-hundred-and-twentieth,
  three-hundred-and-fortieth, four-hundred-and-twentieth, four-hundred-and-sixty-seventh,
  four-hundred-and-ninety-second). So Quadflieg-Ostermann's 1.4 billion euros beside his
  „Rechnung für eine verschleppte Reform“, Haiderer-Plankensteiner's 3.4 and 2.9 percent
  beside „die Hausaufgaben gemacht“, Forsgren-Adeyemi's quarter point beside "not on
  autopilot", Ogunwale-Price's 141 killings beside "those are families", Zwyssig-Berisha's
  170 branches beside «die Schweiz von gestern», Achatz-Demirel's attribution row beside
  „das Rückgrat gebrochen“, the official spokesman's 31,000 beside "a numbers game",
  Kühlwein-Sarpong's attribution row beside „Panik wäre aber der falsche Ratgeber“,
  Oosterbroek-Vlaar's 396,000 homes beside "I will not pretend otherwise",
  Wimmleitner-Ekwueme's 1,200 teachers beside his vow („versprach“), Koroma-Lindqvist's 1.4
  million refugees beside "the hardest call", Gnehm-Baumgartner's 2.3 billion francs beside
  «die Bedrohungslage», Moncrieff-Obi's $710 million (told with her role after her name)
  beside "they are ruthless", Oberscheidt-Mensah's 180 million euros beside the works
  council chief's label, Pettibone-Oakes's $410 million beside "the check is in the mail",
  Ebbinghaus-Tetteh's 2.8 billion euros beside „über Jahrzehnte liegen geblieben“ and his
  silence on debt, Okwuosa-Reid's 94% beside "the earliest and sharpest start",
  Gföllner-Ibrahim's 79 years beside his warning to the public, Mulrooney-Asaolu's third
  beside "no quick fix", Escher-Adjei's attribution row beside „verwaltet seinen Abstieg“,
  Brügger-Rama's attribution row beside «nicht mehr finanzierbar» and her silence on
  closures, Brennagh-Adeyinka's 34,500 homes beside "we are getting there", Tallon-Eze's 21
  months beside "a child without a bedroom", Arsenault-Kimura's C$38.2 billion beside
  "careful, not timid", Moosbrugger-Adoma's 6 to 8 percent beside „aber sie kommen“,
  Strathdee-Ofori's $7.9 billion beside "every dollar will leave a legacy", and the
  Bundeswehrverband's 9,000 (told with a verb of putting a figure) beside its chair's
  verdict on the barracks, a negative although it names him.
- Speakers checked, German, in the forms the earlier batches settled (the title, the party,
  the weekday, the occasion, the place and the paper, programme or agency dropped): „sagte
  Finanzminister Gottfried Haiderer-Plankensteiner (ÖVP) am Dienstag beim Pressefoyer nach
  dem Ministerrat“ (four-hundred-and-twentieth: „sagte Finanzminister Bernhard Kogelnig
  (ÖVP) beim Pressefoyer nach dem Ministerrat am Mittwoch“), „sagte Post-Chef Adrian
  Zwyssig-Berisha am Mittwoch an einer Medienkonferenz in Bern“ (three-hundred-and-fortieth:
  „Post-Chef Matthias Imboden“; four-hundred-and-twentieth: „an einer Medienkonferenz in
  Bern“), „sagte Bildungsminister Florian Wimmleitner-Ekwueme (NEOS) am Montag im
  Ö1-Morgenjournal“ (two-hundred-and-twentieth, three-hundred-and-fortieth,
  four-hundred-and-sixty-seventh), „Finanzchef Tillmann Roggendorf-Asare sagte in einer
  Telefonkonferenz mit Analysten, ...“ (three-hundred-and-eighty-sixth), „Im Interview mit
  dem Deutschlandfunk sagte Bundesverkehrsminister Konrad Ebbinghaus-Tetteh am Donnerstag,
  ...“ (three-hundred-and-fortieth, four-hundred-and-twentieth), „fügte
  Haiderer-Plankensteiner hinzu“ (eighty-fourth, three-hundred-and-fortieth), „so
  Gnehm-Baumgartner“ (tenth, three-hundred-and-fortieth, four-hundred-and-ninety-second),
  „meinte Moosbrugger-Adoma“ after a stated range (four-hundred-and-sixty-seventh),
  „Wessolowski-Doku zufolge“ (four-hundred-and-ninety-second: „Wellendorf-Amsel zufolge“), a
  quote split around „sagte Oberscheidt-Mensah“ with the figure in its first half
  (four-hundred-and-sixty-seventh, four-hundred-and-ninety-second). The role first with the
  name set off by commas gives the name, with the paper or agency addressed dropped: „Der
  Vorstandsvorsitzende des GKV-Spitzenverbands, Rainer Quadflieg-Ostermann, sagte der
  „Rheinischen Post“ (Dienstag), ...“, „Der Vorsitzende der Pflichtschullehrergewerkschaft,
  Gerhard Ebenbichler-Tanriverdi, sagte der APA, ...“ (four-hundred-and-sixty-seventh:
  „sagte X gegenüber der APA“), „Der Geschäftsführer der Autobahn GmbH, Bernd Tiedtke-Abara,
  sagte der „Süddeutschen Zeitung“, ...“, „Die Vorsitzende des Sachverständigenrats, Ruth
  Escher-Adjei, sagte am Dienstag bei der Vorstellung des Jahresgutachtens in Berlin, ...“
  (four-hundred-and-forty-fourth, four-hundred-and-sixty-seventh,
  four-hundred-and-ninety-second), and so does the inverted „sagte die Sprecherin des
  Bundesgesundheitsministeriums, Ilka Wendehorst-Marquardt, am Montag in der
  Regierungspressekonferenz in Berlin“ (eightieth: „sagte ein Sprecher der Nationalgarde,
  Mourad Ben Slimane“; four-hundred-and-ninety-second: "said the bank's chief economist,
  Deirdre Hanrahan-Lyle,"). „Laut dem Leiter des Landeskriminalamts, Oberst Christian
  Gföllner-Ibrahim, sind ...“ gives the name with the rank dropped
  (four-hundred-and-ninety-second: „Laut dem Direktor des SLF, Jürg Zgraggen-Tresch,“ and
  „Der Leiter der Ermittlungskommission, Kriminaldirektor Holger Stratmann-Yilmaz, sagte“).
  „Nach Angaben der Feuerwehr“ gives "die Feuerwehr" (three-hundred-and-fifty-sixth,
  four-hundred-and-twentieth). Each row's diacritics and hyphens are its speaker's
  („Kühlwein-Sarpong“, „Brügger-Rama“, „Hülskötter-Eze“; four-hundred-and-twentieth).
- Attribution in the next sentence (fifth, two-hundred-and-twentieth,
  three-hundred-and-fortieth, three-hundred-and-eighty-sixth,
  four-hundred-and-sixty-seventh, four-hundred-and-ninety-second): the lead states the
  figure without a speaker and the following row is check-worthy without a figure, with the
  name where it is „Das sagte“ with a role and the name set off by commas („Das sagte der
  Leiter des Bayerischen Landeskriminalamts, Wolfram Achatz-Demirel, am Donnerstag bei einer
  Pressekonferenz in München.“, „Das sagte die Vorstandsvorsitzende der Bundesagentur für
  Arbeit, Annegret Kühlwein-Sarpong, den Zeitungen der Funke-Mediengruppe (Freitag).“, „Das
  sagte die Präsidentin der Österreichischen Hoteliervereinigung (ÖHV), Karin
  Moosbrugger-Adoma, ...“ - the abbreviation in brackets goes with the role,
  four-hundred-and-ninety-second), with a title before the name („Das sagte VBS-Vorsteher
  Urs Gnehm-Baumgartner am Dienstag vor den Medien in Bern.“;
  three-hundred-and-eighty-sixth, four-hundred-and-sixty-seventh) or with the article and
  the town's adjective before the title („Das sagte die Zürcher Gesundheitsdirektorin
  Nathalie Brügger-Rama am Mittwoch vor den Medien.“ - dropped with the title as in „Der
  Winterthurer Stadtpräsident Reto Ambauen-Kälin sagte“, four-hundred-and-sixty-seventh),
  and with the speaker unchecked where it uses a verb no batch settled with a speaker („Das
  kündigte Vorstandschefin Dagny Oberscheidt-Mensah am Mittwoch in Ludwigshafen an.“,
  three-hundred-and-eighty-sixth) or names a role only („Das teilte ein Sprecher des
  Verteidigungsministeriums am Donnerstag in Berlin mit.“, four-hundred-and-sixty-seventh:
  „Ein Sprecher des Bundesinnenministeriums sagte“).
- Speakers checked, English, in the forms the earlier batches settled (the title, the
  weekday, the outlet and the audience dropped): "Deputy Governor Malin Forsgren-Adeyemi
  told Reuters in an interview on Monday" (four-hundred-and-twentieth: "Governor Kjersti
  Bråthen-Aas told Reuters in an interview on Thursday"), "Police Commissioner Darnell
  Ogunwale-Price told reporters Tuesday" (four-hundred-and-ninety-second), "Chief Executive
  Priya Halvorsen-Mbeki told analysts on a conference call on Wednesday"
  (three-hundred-and-fortieth), "Home Secretary Philippa Gorringe-Adu told MPs"
  (sixty-eighth, four-hundred-and-forty-fourth), "FEMA Administrator Lorraine Vukelić-Hayes
  told senators on Wednesday" (four-hundred-and-twentieth: "FAA Administrator ... told
  senators"), "Sen. Warren Pettibone-Oakes, R-Miss., said" (hundred-forty-first,
  four-hundred-and-sixty-seventh), "National medical director Helena Okwuosa-Reid has told
  the PA news agency" (four-hundred-and-sixty-seventh), "Gov. Adriana Solórzano-Pike said
  Monday" (hundred-seventy-fifth, three-hundred-and-eighty-sixth), "Minister for Housing
  Colm Brennagh-Adeyinka told the Dáil" (four-hundred-and-ninetieth: "Minister for Finance
  ... told the Dáil"), "Premier Lachlan Strathdee-Ofori has told reporters"
  (three-hundred-and-eighty-sixth: "Treasurer Angus Penrose has told reporters"), "UNHCR
  spokesperson Jens Ahlgren-Mwangi told the same briefing that" (four-hundred-and-twentieth:
  "UNICEF spokesperson ... told the same briefing"), "ANP news agency quoted Housing
  Minister Maartje Oosterbroek-Vlaar as saying on Friday" (four-hundred-and-twentieth:
  "Kyodo News quoted Tominaga-Seki as saying"), "Asked about the crown, Forsgren-Adeyemi
  said" (hundred-twenty-seventh, four-hundred-and-twentieth), "In a CBC Radio interview on
  Thursday evening, Arsenault-Kimura said" (three-hundred-and-fortieth: "In an interview
  with CBC Radio ..., Lachapelle-Ward said"), "Speaking on the sidelines of the same
  conference, Kilcoran Aviation Chief Executive Fintan Mulrooney-Asaolu said" (a fronted
  phrase naming the occasion is dropped, four-hundred-and-fifty-seventh: "Writing for the
  majority, Judge ... said"; the firm drops with the title, four-hundred-and-twentieth:
  "Veridane Chief Executive ..."), a quote split around "Halvorsen-Mbeki said" with the
  figure in its second half (three-hundred-and-fortieth, four-hundred-and-sixty-seventh);
  the role first with the name set off by commas ("the agency's regional director, Amara
  Koroma-Lindqvist, told a briefing in Geneva on Monday", "IATA's chief economist, Sofía
  Arrieta-Mbatha, said"; sixty-eighth, three-hundred-and-fortieth) and the indefinite
  spokesperson with the name so set off ("A spokesperson for the Department of Finance, Lena
  Marchetti-Wolde, said"; four-hundred-and-ninety-second: "An AFP spokeswoman, Commander
  ..., said"); "the Prime Minister's official spokesman said on Thursday"
  (three-hundred-and-eighty-sixth, four-hundred-and-sixty-seventh); "the Australian
  Competition and Consumer Commission said on Tuesday" with its article
  (four-hundred-and-twentieth, four-hundred-and-fortieth); "Pellmoor said in a statement
  that ..." the firm as written (four-hundred-and-twentieth: "Veridane said it expected";
  four-hundred-and-seventy-fifth: "Keystone & Western said in a statement"). Each row's
  diacritics are its speaker's ("Vukelić-Hayes", "Solórzano-Pike", "Sofía Arrieta-Mbatha",
  "Geneviève Arsenault-Kimura").
- New: „Die „Bild“-Zeitung zitierte die Präsidentin des Bundesamts für das
  Personalmanagement der Bundeswehr, Sabine Hülskötter-Eze, mit den Worten, jeder fünfte
  Rekrut breche die Grundausbildung vorzeitig ab.“ -> "Sabine Hülskötter-Eze" - the paper
  relays and the person speaks, as in „Die „Welt am Sonntag“ zitierte Bundesverkehrsminister
  ... mit den Worten“ (three-hundred-and-fortieth), and the role with the name set off by
  commas gives the name there as it does before „sagte“ (four-hundred-and-sixty-seventh).
- New: "Finance Minister Geneviève Arsenault-Kimura said in a fiscal update on Thursday" ->
  "Geneviève Arsenault-Kimura" - the document she presents is dropped as "said in a
  statement" (tenth, four-hundred-and-twentieth) and "said in a post on LinkedIn"
  (four-hundred-and-forty-first) are, while the same document as the subject of a verb ("the
  update showed") is data and stays unchecked (three-hundred-and-fortieth).
- New: the name first with its role set off by commas stays unchecked with "told reporters"
  as it does with "said" - "Harriet Moncrieff-Obi, the commission's deputy chair, told
  reporters in Canberra that ..." (hundred-sixteenth, two-hundred-and-thirty-third,
  three-hundred-and-fortieth, four-hundred-and-twentieth, four-hundred-and-sixty-seventh and
  four-hundred-and-ninety-second for "X, director of ..., said"); the verb that follows does
  not mend the break between a subject and its verb. So also "Ruben Estrada-Vollmer, the
  chief financial officer, said", "Jarrah Ferrier-Nakamura, the assistant treasurer, said",
  "Dwight Larkspur-Ebo, the Assembly Republican leader, said", "Gráinne Tallon-Eze, chief
  executive of Focus Ireland, said", "Blaine Tolliver-Nwosu, the Conservative finance
  critic, said", "Tess Varga-Holmwood, the opposition leader, said", "Enver Solak-Bright, a
  migration researcher at the University of Oxford, said", and the relative clauses "Renee
  Castellow-Banks, who runs an outreach group in West Baltimore, said" and "Vukelić-Hayes,
  who took office in June, said" (hundred-sixteenth, three-hundred-and-eighty-sixth) - each
  check-worthy with its figures.
- Left unchecked (None) besides: all negatives, also those with a named speaker; pronouns
  and roles in the chain („so die Sprecherin“, „so der Minister“ twice, „sagte der
  Minister“, „so der Post-Chef“, „sagte die Personalchefin der Post“, „so der LKA-Chef“,
  „sagte die Oberstaatsanwältin“, „sagte sie“, „laut dem Minister“, „sagte der
  Landespolizeipräsident“, „sagte ein Feuerwehrsprecher“, „so der Einsatzleiter“, „so die
  Gesundheitsdirektorin“, „sagte der Präsident des Spitalverbands H+“, „sagte der Obmann der
  Bundessparte Tourismus in der Wirtschaftskammer der APA“, „Ein Sprecher des
  Finanzministeriums sagte“, "he said", "she said", "She also said", "the commissioner
  said", "he told the lobby briefing", "The Health Secretary told MPs", "A Home Office
  spokesperson said", "A spokeswoman for the mayor said in a statement", "Its chief
  executive told Reuters", "the head of the International Air Transport Association told
  reporters", "The delivery authority's chief executive told ABC Radio Brisbane", "a
  spokeswoman for the federal sports minister said"; four-hundred-and-twentieth,
  four-hundred-and-sixty-seventh, four-hundred-and-ninety-second); plural and anonymous
  sources ("Economists polled by Reuters", "three sources with knowledge of the talks told
  Reuters", "two of the sources said", "A senior U.N. official, speaking on condition of
  anonymity, said", "Democrats on the committee said", "White House officials said",
  "Consumer groups said", "Teachers unions said", "Industry executives said", "Ministers
  said", "Economists at ING expect", „teilten die Ermittler mit“, „Ökonomen des
  Ifo-Instituts rechnen“, „Die Wirtschaftsweisen erwarten“, „hieß es bei der
  Pressekonferenz“; forty-first, four-hundred-and-twentieth,
  four-hundred-and-ninety-second); parties ("Sinn Féin said", "The Liberal Democrats called
  for", "The Government has said", „Die Grünen rechneten vor“, „Die Grünen verwiesen
  darauf“, „Die FPÖ verwies auf“, „Die SP kritisierte“; hundred-sixty-first,
  four-hundred-and-sixty-seventh); a description before a name ("the construction industry
  association Bouwend Nederland said"; fortieth); verbs that are no saying („kündigte ...
  an“, „forderte“ three times, „bezifferte“ and „bezifferten“, „rechnete vor“ -
  four-hundred-and-seventy-third -, „rechnet damit“, „legte ... dar“, „hielt dagegen“,
  „warnten“, "had put the gap at", "expect"; three-hundred-and-eighty-sixth,
  four-hundred-and-twentieth, four-hundred-and-seventy-ninth,
  four-hundred-and-ninety-second); compounds and masculine genitives („Laut Konzernangaben“,
  „nach eigenen Angaben“, „Nach Angaben des Verbands“, „nach Angaben des Betreibers“;
  hundredth, three-hundred-and-seventy-first); „Gemäss Eidgenössischer Finanzverwaltung“ and
  „Gemäss Bundesamt für Statistik“ (four-hundred-and-fourth,
  four-hundred-and-ninety-second); data and documents („Nach Berechnungen des Budgetdienstes
  des Parlaments“, „Nach Zahlen der Gewerkschaft Syndicom“, „nach Zahlen der Autobahn GmbH“,
  „Nach Zahlen des Verkehrsministeriums“, „laut Gutachten“, „Wie aus Zahlen der Statistik
  Austria hervorgeht“, "the minutes showed", "data from Statistics Sweden showed", "FBI data
  show", "Home Office figures show", "Statistics Netherlands data showed", "the agency's
  annual report shows", "the commission's report found", "Figures published on Thursday
  show", "Company data show", "the update showed"; three-hundred-and-fortieth,
  four-hundred-and-ninety-second); and every "according to" (LSEG data, a company statement,
  the land registry, U.N. figures, the Australian Bureau of Statistics, the Labor
  Department, the airline, Department of Housing figures, the Residential Tenancies Board,
  the Parliamentary Budget Officer, the authority's latest report; two-hundred-and-fourth,
  four-hundred-and-twentieth, four-hundred-and-ninety-second). To keep the checked speakers
  near 45, as the brief for this batch asks, the chains after a named lead use pronouns and
  roles, several spokespeople and executives are named only with their role after the name,
  and several figures are given as data.
- Check-worthy without a figure (hundred-twenty-seventh, two-hundred-and-twentieth,
  three-hundred-and-fortieth, four-hundred-and-sixty-seventh, four-hundred-and-ninetieth):
  the attribution rows above, the finance minister's „derzeit kein Thema“ after „Auf die
  Frage, ob ...“ (a denial of a plan, three-hundred-and-eighty-sixth; the role leaves the
  speaker unchecked), the council's expected stagnation, the call centres „hieß es“, the
  reported absence „Verletzt wurde niemand“ (four-hundred-and-ninetieth), the police
  investigation, the planned funding request and Pellmoor's statement on the talks. A demand
  with a measure and a figure is check-worthy (two-hundred-and-fourth,
  four-hundred-and-ninety-second): the DGB's 24 months and 60 billion euros, the
  Seniorenbund's 5,000 euros and 75 years, the Liberal Democrats' £1 billion; so is a
  warning with a figure (the insurers' 7 percent) and a party's or union's counter with one
  (the Greens' two thirds and three rises, the FPÖ's 62 percent, the SP's 320 million
  francs, vida's third and 2,100 euros, Sinn Féin's 1,200).
- Quantities as the earlier batches read them. Datelines: Reuters datelines with a day
  ("STOCKHOLM, Nov 8", "SAN FRANCISCO, Nov 10", "AMSTERDAM, Nov 12", "GENEVA, Nov 15",
  "WASHINGTON, Nov 17", "LONDON, Nov 19", "DUBLIN, Nov 23", "OTTAWA, Nov 25") dates without
  a year (four-hundred-and-sixty-seventh, four-hundred-and-ninety-second); dpa (also
  "dpa/lby" and "dpa/lnw"), dpa-AFX, APA, Keystone-SDA, AP ("BALTIMORE (AP) —", "SACRAMENTO,
  Calif. (AP) —"), PA ("LONDON (PA) -", "DUBLIN (PA) -") and AAP datelines none
  (seventy-ninth). „am 24. Januar“ --01-24 (tenth). Years as written („2028“ twice, „seit
  2023“, „bis 2029“, „bis Ende 2030“, „bis Ende 2029“, „als 2015“, „seit 2015“, „bis 2033“,
  „ab 2029“, „bis 2032“, „mehr als 2027“, „seit 2022“, „erst 2041“, „Bis 2030“, „2026“
  twice, „Bis 2031“, "of 2026", "in 2026" twice, "since 2020", "since 2025", "since 2024"
  twice, "into 2030", "by 2030" twice, "the 2032 Olympic and Paralympic Games" - a year
  before a noun, as "the 2026-27 financial year", four-hundred-and-eighty-second). None:
  weekdays, months („im Oktober“, „Seit Jänner“, "since January", "in December", "by March",
  "between January and June", "between October and December", "between January and March",
  "between January and October"), „heuer“, „im Winter“, „im vergangenen Winter“, „im
  kommenden Jahr“, „im Vorjahr“, „im Vorjahreszeitraum“, „zum Vorjahresmonat“, „seit
  Jahresbeginn“, „bis Ende des Jahrzehnts“, „jeden Monat“, „pro Jahr“, „im Jahr“,
  „jährlich“, „im Jahresschnitt“, "this year", "last year", "next year", "a year earlier",
  "a year ago", "a year", "last financial year", "the current fiscal year", "the year to
  September", "within weeks", "by late February". Ordinals: „im vierten Quartal“ 4, „im
  dritten Quartal“ 3, „im ersten Halbjahr“ 1, „in den ersten neun Monaten“ 1 with 9 months
  (four-hundred-and-sixty-seventh), "fourth-quarter" 4 (four-hundred-and-ninety-third:
  "second-quarter" 2), "in the third quarter" 3 three times, "a third shift" 3
  (four-hundred-and-ninety-second: "a fourth person" 4); "the highest of any state", "the
  hardest" and "the earliest" none. Durations and ages: „in den vergangenen fünf Jahren“ 5
  years, „für bis zu 24 Monate“ "up_to", „bis zu 15 Jahre Haft“ "up_to", „mit einer Laufzeit
  von zehn Jahren“ 10 years, "the 12 months to September" 12 months twice
  (four-hundred-and-ninety-third: "over the twelve months to May"), "within 10 days"
  ("within" no hedge), "more than 12 hours" "over", "21 months", "over five years" ("over"
  before a span no hedge, four-hundred-and-ninety-second), "in less than two years" "under";
  ages „zwischen 19 und 57 Jahre alt“ both (four-hundred-and-sixty-seventh: „im Alter von 29
  und 36 Jahren“), „im Schnitt 79 Jahre alt“ („im Schnitt“ no hedge), „bei 21,3 Jahren“ for
  an average age (four-hundred-and-ninety-third: „im Mittel 30,9 Jahre alt“), „älter als 55
  Jahre“ "over" and „über 75 Jahren“ "over", "aged over 65" "over" (every round since the
  fifty-fifth: "aged under 25"). Shares: „zwei Drittel“ 0.6667, „dreimal“ count 3 (the
  issue: „viermal“), „jede vierte Lehrkraft“ 0.25, „gut ein Viertel“ 0.25 "over", „um ein
  Drittel“ 0.3333, „um fast ein Drittel mehr“ 0.3333 "nearly", „jedes dritte Unternehmen“
  0.3333, „jeder fünfte Rekrut“ 0.2, „ein Drittel der Beschäftigten“ 0.3333, "about a
  quarter" 0.25 "about", "around two-thirds" 0.6667 "about", "about a fifth" 0.2 "about",
  "about a third" 0.3333 "about", "only one in five victims" 0.2 ("only" no hedge;
  four-hundred-and-twentieth: "about one in five"). Counts: people, things and tallies („14
  mutmaßliche Drogenhändler“, „rund 320 Kilogramm“ and „1,1 Tonnen ..., 400 Kilogramm mehr“
  - weights as counts, the unit unchecked, forty-second -, „weitere 170 eigene Filialen“ -
  „weitere“ no hedge -, „mindestens 780 Standorte ..., davon rund 200“, „1'100 Stellen“,
  „mehr als 3,2 Millionen“, „598.000“, „rund 1.200“, „5.000 Quereinsteigerinnen und
  Quereinsteiger“, „mehr als 2.500 Vollzeitstellen“, „höchstens 450 Brücken“ "at_most", „92
  Autobahnbrücken für Lastwagen über 7,5 Tonnen“ 92 and 7.5 "over", „1.840 Fälle“, „37
  Verdächtige ..., 29 davon“, „bis zu 30 Metern“, „in drei Stadtteilen“, „etwa 2.500
  Tonnen“, „rund 21.400“, „auf 203.000 ..., derzeit sind es 182.600“, „rund 9.000“, „rund 72
  Millionen Nächtigungen“, „Rund 12.000 Stellen“, "141 killings compared with 172", "1,940
  illegal guns, including 212", "30 more violence interrupters" ("more" after the figure
  compares), "86 disputes", "More than 31,000 migrants", "4,300 people", "2,150 people
  arrived on 38 boats ..., an average of about 57" ("an average" no hedge), "more than 1,100
  additional" ("additional" no hedge), "about 396,000 homes", "100,000 homes a year, but
  only 71,300", "an estimated 25,000 homes" "about" (four-hundred-and-ninety-second), "about
  1.4 million refugees", "two camps", "two major donors", "more than 120,000 suspicious
  payments", "About 2.6 million Australians", "roughly 1,900 staff", "about 2,900 flu
  patients a day, almost 1,000 more", "61,400 patients", "1.1 million more people", "900
  extra beds" ("extra" no hedge), "three sources" and "two of the sources" (the sources
  counted as people, as "Three men", four-hundred-and-ninety-second), "around 5,200 people
  at 31 plants", "2,400 vacant state jobs", "about 3,100 classroom aides", "roughly 5,000
  jets", "1,150 flights", "1,210 jets", "Some 16,240 people" "about"
  (four-hundred-and-first: "Some 27,400 people"), "4,870 children", "34,500 new homes ...,
  up from 30,300", "by 1,200", "50,000 homes a year", "Two of the bank's five policymakers"
  and "14 of the 21 new or upgraded venues" both (four-hundred-and-ninety-second: "Nine of
  the 10")). Percentages and points: „von 2,9 auf voraussichtlich 3,3 Prozent“ both
  („voraussichtlich“ no hedge), „über der Maastricht-Grenze von 3 Prozent“ 3 with no hedge
  („über der“ before the article, as "above the", hundred-eleventh), „2,0 Prozent“ 2.0
  (seventy-first: trailing zero), „um 6 bis 8 Prozent“ both, „knapp 12 Prozent mehr“
  "nearly", „gut 4 Prozent“ "over", „Rund 40 Prozent“ "about", „etwa 2 Prozent“ "about",
  „bis zu 7 Prozent“ "up_to", „bis zu 0,5 Prozentpunkte“ 0.5 "pp" "up_to", "by a further
  quarter of a percentage point" 0.25 "pp" ("further" no hedge, as "another",
  three-hundred-and-eighty-sixth; four-hundred-and-ninety-third: "about a quarter of a
  percentage point"), "roughly 0.3 percentage point" "pp" "about", "just above the bank's 2%
  target" 2 with no hedge (four-hundred-and-ninety-third: "a shade above the"), "at 1.75%
  until at least March" 1.75 with no hedge ("at least" stands before a point in time,
  four-hundred-and-sixty-seventh), "by up to 40%" "up_to", "more than 40 per cent" "over",
  "about 15%", "about 4%", "about 9%", "about 58%", "about 41%", "roughly 4.9%", "about 5%"
  "about", "Only 38%" ("Only" no hedge). Money in the currency written: EUR („rund 6,2
  Milliarden Euro“, „knapp 1,4 Milliarden Euro“ "nearly", „79,4 Milliarden Euro“, „2
  Milliarden Euro“, „rund 4,6 Milliarden Euro, davon 1,9 Milliarden Euro“, „mehr als 3
  Millionen Euro“ "over", „rund 4 Milliarden Euro im Jahr“, „180 Millionen Euro“, „3,9
  Milliarden Euro“, „zwischen 1,1 und 1,3 Milliarden Euro“ both - the scale and currency
  written once serve the earlier figure, three-hundred-and-eighty-sixth -, „2,8 Milliarden
  Euro ..., 400 Millionen Euro mehr“, „rund 14,5 Millionen Euro“, „von mehr als 5.000 Euro“
  "over", „geschätzt 8 Millionen Euro“ "about" (sixty-ninth: „auf geschätzt 4,8 Millionen“),
  „60 Milliarden Euro“, „weniger als 2.100 Euro brutto“ "under", "486,000 euros", "about 2.1
  billion euros ($2.4 billion)" EUR "about" with the converted USD in brackets and no hedge
  (seventy-eighth), "1.46 billion euros"), CHF („142 Millionen Franken“, „rund 10,4
  Milliarden Franken pro Jahr“, „zusätzliche 2,3 Milliarden Franken“ - „zusätzliche“ no
  hedge -, „rund 320 Millionen Franken“, „bis zu 3 Milliarden Franken“ "up_to", „212
  Millionen Franken“, „rund 250 Millionen Franken“, „98 Milliarden Franken“), USD ("$3.1
  billion to $3.3 billion" both, "$2.9 billion", "$1.72 billion", "$4.2 million", "$310
  million", "about $18 billion", "about $6.3 billion", "$410 million", "about $31 billion",
  "$24 billion", "$9 billion", "$4.7 billion", "about $14 billion"), GBP ("£1 billion",
  "about 600 million pounds", "about 3.4 billion pounds"), CAD ("C$38.2 billion ... C$47.9
  billion", "C$4.5 billion", "C$112 billion", "C$1.3870 to the U.S. dollar" 1.387 - the
  exchange rate in the currency written, as "to $1.3412", four-hundred-and-ninety-third),
  and "$" in AAP copy as AUD ("$1.62 billion", "$710 million", "$298 million", "$7.9
  billion, $1.1 billion more", "$3.8 billion", "$3.4 billion";
  four-hundred-and-eighty-seventh, four-hundred-and-ninety-second).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „geschätzt“, "about", "About",
  "roughly", "around", "Some", "an estimated" "about"; „knapp“, „fast“, "almost" "nearly";
  „gut“, „mehr als“, „über“ right before a figure, „älter als“, "more than", "More than",
  "over" before an age; „weniger als“, "less than" "under"; „bis zu“, "up to" "up_to";
  „mindestens“ "at_least"; „höchstens“ "at_most". No hedge: „voraussichtlich“, „allein“,
  „nur“, „erst“, „bereits“, „derzeit“, „weitere“, „zusätzliche“, „im Schnitt“, "only",
  "Only", "just", "alone", "additional", "extra", "further", "an average", "within", "over"
  before a span, "more" and „mehr“ after a figure.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_503 = [
    # --- Krankenkassen-Defizit (dpa), Montag, 8. November ---
    (
        "de",
        "BERLIN (dpa) - Die gesetzlichen Krankenkassen steuern 2028 auf eine Finanzlücke von rund 6,2 Milliarden Euro zu, sagte die Sprecherin des Bundesgesundheitsministeriums, Ilka Wendehorst-Marquardt, am Montag in der Regierungspressekonferenz in Berlin.",
        True,
        [("year", 2028, None, None), ("money", 6200000000, "EUR", "about")],
        "Ilka Wendehorst-Marquardt",
    ),
    (
        "de",
        "Der durchschnittliche Zusatzbeitrag müsse deshalb von 2,9 auf voraussichtlich 3,3 Prozent steigen, so die Sprecherin.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Ob der Bund den Kassen mit einem zusätzlichen Darlehen hilft, wollte Wendehorst-Marquardt nicht sagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Vorstandsvorsitzende des GKV-Spitzenverbands, Rainer Quadflieg-Ostermann, sagte der „Rheinischen Post“ (Dienstag), allein im vierten Quartal fehlten den Kassen knapp 1,4 Milliarden Euro.",
        True,
        [("ordinal", 4, None, None), ("money", 1400000000, "EUR", "nearly")],
        "Rainer Quadflieg-Ostermann",
    ),
    (
        "de",
        "„Die Beitragszahler sollen erneut die Rechnung für eine verschleppte Reform bezahlen“, sagte Quadflieg-Ostermann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Verbands stiegen die Ausgaben der Kassen für Krankenhausbehandlungen in den ersten neun Monaten um 7,8 Prozent auf 79,4 Milliarden Euro.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 7.8, "%", None),
            ("money", 79400000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Grünen verwiesen darauf, dass die Kassen ihre Beiträge seit 2023 bereits dreimal angehoben hätten.",
        True,
        [("year", 2023, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Finanzministeriums sagte, ein Bundeszuschuss von 2 Milliarden Euro sei im Haushaltsentwurf für 2028 bereits eingeplant.",
        True,
        [("money", 2000000000, "EUR", None), ("year", 2028, None, None)],
        None,
    ),
    # --- Riksbank deputy governor interview (Reuters), Monday, Nov 8 ---
    (
        "en",
        "STOCKHOLM, Nov 8 (Reuters) - Sweden's central bank could lower its policy rate by a further quarter of a percentage point in December if inflation keeps easing, Deputy Governor Malin Forsgren-Adeyemi told Reuters in an interview on Monday.",
        True,
        [("date", "--11-08", None, None), ("percent", 0.25, "pp", None)],
        "Malin Forsgren-Adeyemi",
    ),
    (
        "en",
        "Underlying inflation slowed to 2.1% in October from 2.6% in September, she said, leaving it just above the bank's 2% target.",
        True,
        [("percent", 2.1, "%", None), ("percent", 2.6, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        '"We are not on autopilot, and every meeting is live," Forsgren-Adeyemi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asked about the crown, Forsgren-Adeyemi said it had gained about 4% against the euro since June, which would take roughly 0.3 percentage point off inflation next year.",
        True,
        [("percent", 4, "%", "about"), ("percent", 0.3, "pp", "about")],
        "Forsgren-Adeyemi",
    ),
    (
        "en",
        "Economists polled by Reuters last week expected the Riksbank to hold its rate at 1.75% until at least March.",
        True,
        [("percent", 1.75, "%", None)],
        None,
    ),
    (
        "en",
        "Two of the bank's five policymakers voted for a cut at the September meeting, the minutes showed.",
        True,
        [("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        'Lars Tengvall-Okafor, chief economist at Skerrby Bank, said a December cut was now "more likely than not".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The economy shrank 0.2% in the third quarter, data from Statistics Sweden showed last month.",
        True,
        [("percent", 0.2, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Budget im Ministerrat (APA), Dienstag, 9. November ---
    (
        "de",
        "WIEN (APA) - Das Budgetdefizit wird heuer bei 3,4 Prozent der Wirtschaftsleistung liegen und damit über der Maastricht-Grenze von 3 Prozent, sagte Finanzminister Gottfried Haiderer-Plankensteiner (ÖVP) am Dienstag beim Pressefoyer nach dem Ministerrat.",
        True,
        [("percent", 3.4, "%", None), ("percent", 3, "%", None)],
        "Gottfried Haiderer-Plankensteiner",
    ),
    (
        "de",
        "Im kommenden Jahr werde das Defizit auf 2,9 Prozent sinken, fügte Haiderer-Plankensteiner hinzu.",
        True,
        [("percent", 2.9, "%", None)],
        "Haiderer-Plankensteiner",
    ),
    (
        "de",
        "Die Regierung habe sich auf ein Sparpaket von rund 4,6 Milliarden Euro geeinigt, davon 1,9 Milliarden Euro bei den Förderungen, so der Minister.",
        True,
        [("money", 4600000000, "EUR", "about"), ("money", 1900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir haben die Hausaufgaben gemacht, die andere jahrelang liegen gelassen haben“, sagte Haiderer-Plankensteiner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen rechneten vor, dass zwei Drittel der Kürzungen Familien sowie Pensionistinnen und Pensionisten träfen.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Die FPÖ sprach von einem „Budget der verpassten Chancen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Budgetdienstes des Parlaments steigt die Staatsschuldenquote bis 2029 auf 85,1 Prozent.",
        True,
        [("year", 2029, None, None), ("percent", 85.1, "%", None)],
        None,
    ),
    (
        "de",
        "Auf die Frage, ob auch die Mineralölsteuer erhöht werde, sagte der Minister, das sei „derzeit kein Thema“.",
        True,
        [],
        None,
    ),
    # --- Baltimore homicides (AP), Tuesday, Nov 9 ---
    (
        "en",
        "BALTIMORE (AP) — Homicides in Baltimore are down 18% so far this year, with 141 killings compared with 172 at the same point last year, Police Commissioner Darnell Ogunwale-Price told reporters Tuesday.",
        True,
        [("percent", 18, "%", None), ("count", 141, None, None), ("count", 172, None, None)],
        "Darnell Ogunwale-Price",
    ),
    (
        "en",
        "Nonfatal shootings fell by about a quarter over the same period, he said.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        '"Those are not statistics to me, those are families," Ogunwale-Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The department has seized 1,940 illegal guns since January, including 212 untraceable so-called ghost guns, the commissioner said.",
        True,
        [("count", 1940, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "A spokeswoman for the mayor said in a statement that the city would hire 30 more violence interrupters next year at a cost of $4.2 million.",
        True,
        [("count", 30, None, None), ("money", 4200000, "USD", None)],
        None,
    ),
    (
        "en",
        "Renee Castellow-Banks, who runs an outreach group in West Baltimore, said her workers had mediated 86 disputes since the summer that could have turned deadly.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    (
        "en",
        "Some City Council members said the decline owed more to a national trend than to anything the department had done.",
        False,
        [],
        None,
    ),
    (
        "en",
        "FBI data show homicides fell about 15% nationwide between January and June.",
        True,
        [("percent", 15, "%", "about")],
        None,
    ),
    # --- Poststellen (Keystone-SDA), Mittwoch, 10. November ---
    (
        "de",
        "BERN (Keystone-SDA) - Bis Ende 2030 will die Post weitere 170 eigene Filialen in Partnerfilialen umwandeln oder schliessen, sagte Post-Chef Adrian Zwyssig-Berisha am Mittwoch an einer Medienkonferenz in Bern.",
        True,
        [("year", 2030, None, None), ("count", 170, None, None)],
        "Adrian Zwyssig-Berisha",
    ),
    (
        "de",
        "Am Schalter würden heute 58 Prozent weniger Briefe aufgegeben als 2015, so der Post-Chef.",
        True,
        [("percent", 58, "%", None), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "«Wir können kein Netz betreiben, das für die Schweiz von gestern gebaut wurde», sagte Zwyssig-Berisha.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von der Umwandlung seien rund 700 Mitarbeitende betroffen, Entlassungen werde es aber keine geben, sagte die Personalchefin der Post.",
        True,
        [("count", 700, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Zahlen der Gewerkschaft Syndicom sind im Filialnetz in den vergangenen fünf Jahren bereits 1'100 Stellen verschwunden.",
        True,
        [("duration", 5, "year", None), ("count", 1100, None, None)],
        None,
    ),
    (
        "de",
        "Laut Konzernangaben schrieb die Post im ersten Halbjahr einen Gewinn von 142 Millionen Franken.",
        True,
        [("ordinal", 1, None, None), ("money", 142000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das Netz soll auch künftig mindestens 780 Standorte umfassen, davon rund 200 mit eigenem Personal.",
        True,
        [("count", 780, None, "at_least"), ("count", 200, None, "about")],
        None,
    ),
    (
        "de",
        "Wie viele Poststellen in Berggebieten betroffen sind, liess der Konzernchef offen.",
        False,
        [],
        None,
    ),
    # --- Cobrenna Semiconductor's forecast (Reuters), Wednesday, Nov 10 ---
    (
        "en",
        "SAN FRANCISCO, Nov 10 (Reuters) - Cobrenna Semiconductor expects fourth-quarter revenue of $3.1 billion to $3.3 billion, above Wall Street estimates, Chief Executive Priya Halvorsen-Mbeki told analysts on a conference call on Wednesday.",
        True,
        [
            ("date", "--11-10", None, None),
            ("ordinal", 4, None, None),
            ("money", 3100000000, "USD", None),
            ("money", 3300000000, "USD", None),
        ],
        "Priya Halvorsen-Mbeki",
    ),
    (
        "en",
        "Analysts on average had expected $2.9 billion, according to LSEG data.",
        True,
        [("money", 2900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Data center sales rose 41% from a year earlier to $1.72 billion in the third quarter, according to a company statement.",
        True,
        [("percent", 41, "%", None), ("money", 1720000000, "USD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Demand is running well ahead of what we can ship," Halvorsen-Mbeki said, "and we have added a third shift at our Oregon plant to close that gap."',
        True,
        [("ordinal", 3, None, None)],
        "Halvorsen-Mbeki",
    ),
    (
        "en",
        "Shares of the company jumped 9% in extended trading.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Ruben Estrada-Vollmer, the chief financial officer, said gross margin would be about 58%, down from 61% a year ago, as the company absorbed start-up costs at the new plant.",
        True,
        [("percent", 58, "%", "about"), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        'Asked whether the company would resume share buybacks, Estrada-Vollmer said the board "looks at capital returns every quarter."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some analysts said the outlook looked conservative.",
        False,
        [],
        None,
    ),
    # --- Drogenrazzia in Bayern (dpa/lby), Donnerstag, 11. November ---
    (
        "de",
        "MÜNCHEN (dpa/lby) - Ermittler haben bei einer Razzia in Oberbayern und Schwaben 14 mutmaßliche Drogenhändler festgenommen und rund 320 Kilogramm Marihuana sichergestellt.",
        True,
        [("count", 14, None, None), ("count", 320, None, "about")],
        None,
    ),
    (
        "de",
        "Das sagte der Leiter des Bayerischen Landeskriminalamts, Wolfram Achatz-Demirel, am Donnerstag bei einer Pressekonferenz in München.",
        True,
        [],
        "Wolfram Achatz-Demirel",
    ),
    (
        "de",
        "Auf der Straße hätten die Drogen mehr als 3 Millionen Euro eingebracht, so der LKA-Chef.",
        True,
        [("money", 3000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Festgenommenen seien zwischen 19 und 57 Jahre alt, sagte die Oberstaatsanwältin.",
        True,
        [("duration", 19, "year", None), ("duration", 57, "year", None)],
        None,
    ),
    (
        "de",
        "„Wir haben diesem Händlerring das Rückgrat gebrochen“, sagte Achatz-Demirel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Hauptbeschuldigten drohen bis zu 15 Jahre Haft, teilten die Ermittler mit.",
        True,
        [("duration", 15, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Woher die Drogen stammten, wollte die Oberstaatsanwältin mit Verweis auf die laufenden Ermittlungen nicht sagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat das LKA nach eigenen Angaben bereits 1,1 Tonnen Cannabis beschlagnahmt, 400 Kilogramm mehr als im gesamten Vorjahr.",
        True,
        [("count", 1.1, None, None), ("count", 400, None, None)],
        None,
    ),
    # --- Channel crossings at the lobby briefing (PA), Thursday, Nov 11 ---
    (
        "en",
        "LONDON (PA) - More than 31,000 migrants have reached the UK by small boat across the Channel since January, the Prime Minister's official spokesman said on Thursday.",
        True,
        [("count", 31000, None, "over")],
        "the Prime Minister's official spokesman",
    ),
    (
        "en",
        "That was down about 9% on the equivalent period of 2026, he told the lobby briefing.",
        True,
        [("percent", 9, "%", "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        '"We are not going to get into a numbers game week by week," the spokesman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Home Secretary Philippa Gorringe-Adu told MPs the Government had removed 4,300 people with no right to remain since July.",
        True,
        [("count", 4300, None, None)],
        "Philippa Gorringe-Adu",
    ),
    (
        "en",
        'Shadow home secretary Marcus Elphick-Dunne called the figures "a monument to failure".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Home Office figures show 2,150 people arrived on 38 boats in October, an average of about 57 people per boat.",
        True,
        [("count", 2150, None, None), ("count", 38, None, None), ("count", 57, None, "about")],
        None,
    ),
    (
        "en",
        "Enver Solak-Bright, a migration researcher at the University of Oxford, said crossings usually fell by around two-thirds between October and December.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "A Home Office spokesperson said more than 1,100 additional immigration enforcement officers would be in post by March.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    # --- Arbeitsmarkt im Winter (dpa), Freitag, 12. November ---
    (
        "de",
        "BERLIN (dpa) - Die Zahl der Arbeitslosen in Deutschland dürfte im Winter auf mehr als 3,2 Millionen steigen, so viele wie seit 2015 nicht mehr.",
        True,
        [("count", 3200000, None, "over"), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Das sagte die Vorstandsvorsitzende der Bundesagentur für Arbeit, Annegret Kühlwein-Sarpong, den Zeitungen der Funke-Mediengruppe (Freitag).",
        True,
        [],
        "Annegret Kühlwein-Sarpong",
    ),
    (
        "de",
        "In der Industrie gingen derzeit jeden Monat rund 10.000 Stellen verloren, sagte sie.",
        True,
        [("count", 10000, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Lage ist ernst, Panik wäre aber der falsche Ratgeber“, sagte Kühlwein-Sarpong.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der gemeldeten offenen Stellen lag im Oktober bei 598.000, ein Minus von 11 Prozent zum Vorjahresmonat.",
        True,
        [("count", 598000, None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "DGB-Vorstandsmitglied Jens Heuberger-Nnamdi forderte, das Kurzarbeitergeld wieder für bis zu 24 Monate zu zahlen.",
        True,
        [("duration", 24, "month", "up_to")],
        None,
    ),
    (
        "de",
        "Ökonomen des Ifo-Instituts rechnen für das kommende Jahr mit einer Arbeitslosenquote von 6,6 Prozent.",
        True,
        [("percent", 6.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber bezifferten die Kosten einer solchen Verlängerung auf rund 4 Milliarden Euro im Jahr.",
        True,
        [("money", 4000000000, "EUR", "about")],
        None,
    ),
    # --- Dutch housing shortage (Reuters), Friday, Nov 12 ---
    (
        "en",
        "AMSTERDAM, Nov 12 (Reuters) - The Netherlands is short of about 396,000 homes, roughly 4.9% of its housing stock, ANP news agency quoted Housing Minister Maartje Oosterbroek-Vlaar as saying on Friday.",
        True,
        [("date", "--11-12", None, None), ("count", 396000, None, "about"), ("percent", 4.9, "%", "about")],
        "Maartje Oosterbroek-Vlaar",
    ),
    (
        "en",
        "The government aims to build 100,000 homes a year, but only 71,300 were completed in the 12 months to September, she said.",
        True,
        [("count", 100000, None, None), ("count", 71300, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        '"We are building, but not fast enough, and I will not pretend otherwise," Oosterbroek-Vlaar said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Building permits fell 14% in the third quarter, Statistics Netherlands data showed.",
        True,
        [("percent", 14, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Nitrogen rules have stalled an estimated 25,000 homes, the construction industry association Bouwend Nederland said.",
        True,
        [("count", 25000, None, "about")],
        None,
    ),
    (
        "en",
        "Tenant groups said rents in the free sector had moved out of reach for teachers and nurses.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Average house prices rose 8.7% from a year earlier to 486,000 euros in October, according to the land registry.",
        True,
        [("percent", 8.7, "%", None), ("money", 486000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Economists at ING expect price growth to slow to about 5% next year.",
        True,
        [("percent", 5, "%", "about")],
        None,
    ),
    # --- Lehrermangel (APA), Montag, 15. November ---
    (
        "de",
        "WIEN (APA) - Österreichs Schulen suchen derzeit rund 1.200 Lehrerinnen und Lehrer, sagte Bildungsminister Florian Wimmleitner-Ekwueme (NEOS) am Montag im Ö1-Morgenjournal.",
        True,
        [("count", 1200, None, "about")],
        "Florian Wimmleitner-Ekwueme",
    ),
    (
        "de",
        "Rund 40 Prozent der offenen Stellen gebe es in Wien, so der Minister.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Bis 2030 sollen laut dem Minister 5.000 Quereinsteigerinnen und Quereinsteiger ausgebildet werden.",
        True,
        [("year", 2030, None, None), ("count", 5000, None, None)],
        None,
    ),
    (
        "de",
        "„Wir lassen keine Schule im Stich“, versprach Wimmleitner-Ekwueme.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lehrergewerkschaft bezifferte den Personalmangel dagegen auf mehr als 2.500 Vollzeitstellen.",
        True,
        [("count", 2500, None, "over")],
        None,
    ),
    (
        "de",
        "Der Vorsitzende der Pflichtschullehrergewerkschaft, Gerhard Ebenbichler-Tanriverdi, sagte der APA, jede vierte Lehrkraft an Volksschulen sei älter als 55 Jahre.",
        True,
        [("fraction", 0.25, None, None), ("duration", 55, "year", "over")],
        "Gerhard Ebenbichler-Tanriverdi",
    ),
    (
        "de",
        "Die FPÖ verwies auf eine Umfrage, wonach 62 Prozent der Eltern den Unterrichtsausfall als Problem sehen.",
        True,
        [("percent", 62, "%", None)],
        None,
    ),
    (
        "de",
        "Wie viele Klassen von Lehrkräften ohne abgeschlossene Ausbildung unterrichtet werden, konnte das Ministerium nicht sagen.",
        False,
        [],
        None,
    ),
    # --- WFP ration cuts (Reuters), Monday, Nov 15 ---
    (
        "en",
        "GENEVA, Nov 15 (Reuters) - The World Food Programme will cut rations for about 1.4 million refugees in East Africa by up to 40% from December because of a funding shortfall, the agency's regional director, Amara Koroma-Lindqvist, told a briefing in Geneva on Monday.",
        True,
        [("date", "--11-15", None, None), ("count", 1400000, None, "about"), ("percent", 40, "%", "up_to")],
        "Amara Koroma-Lindqvist",
    ),
    (
        "en",
        "WFP needs $310 million to keep full rations in place through June, she said.",
        True,
        [("money", 310000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Taking food away from families who have nothing left is the hardest call we ever make," Koroma-Lindqvist said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "UNHCR spokesperson Jens Ahlgren-Mwangi told the same briefing that acute malnutrition had reached 17% among children in two camps in northern Kenya.",
        True,
        [("percent", 17, "%", None), ("count", 2, None, None)],
        "Jens Ahlgren-Mwangi",
    ),
    (
        "en",
        "Only 38% of the agency's appeal for the region has been funded this year, according to U.N. figures.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "A senior U.N. official, speaking on condition of anonymity, said two major donors had yet to confirm their contributions for next year.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Aid groups said the cuts would push families to sell livestock and pull children out of school.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The United States provided about 41% of WFP's funding in 2026, the agency's annual report shows.",
        True,
        [("percent", 41, "%", "about"), ("year", 2026, None, None)],
        None,
    ),
    # --- Armeebudget (Keystone-SDA), Dienstag, 16. November ---
    (
        "de",
        "BERN (Keystone-SDA) - Der Bundesrat will die Armeeausgaben bis 2033 auf 1,1 Prozent des Bruttoinlandprodukts erhöhen, das wären rund 10,4 Milliarden Franken pro Jahr.",
        True,
        [("year", 2033, None, None), ("percent", 1.1, "%", None), ("money", 10400000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das sagte VBS-Vorsteher Urs Gnehm-Baumgartner am Dienstag vor den Medien in Bern.",
        True,
        [],
        "Urs Gnehm-Baumgartner",
    ),
    (
        "de",
        "Allein für die bodengestützte Luftverteidigung seien bis Ende des Jahrzehnts zusätzliche 2,3 Milliarden Franken nötig, so Gnehm-Baumgartner.",
        True,
        [("money", 2300000000, "CHF", None)],
        "Gnehm-Baumgartner",
    ),
    (
        "de",
        "«Die Bedrohungslage hat sich grundlegend verändert, und wir können nicht so tun, als wäre nichts geschehen», sagte der VBS-Vorsteher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SP kritisierte, gleichzeitig wolle der Bund bei der Entwicklungszusammenarbeit rund 320 Millionen Franken einsparen.",
        True,
        [("money", 320000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Gemäss Eidgenössischer Finanzverwaltung droht dem Bund ab 2029 ein strukturelles Defizit von jährlich bis zu 3 Milliarden Franken.",
        True,
        [("year", 2029, None, None), ("money", 3000000000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Der Präsident der Sicherheitspolitischen Kommission des Nationalrats, Pirmin Gisler-Kündig (Mitte), kündigte an, die Kommission werde das Geschäft am 24. Januar beraten.",
        True,
        [("date", "--01-24", None, None)],
        None,
    ),
    (
        "de",
        "Einen Liefertermin für die bestellten Patriot-Systeme nannte Gnehm-Baumgartner nicht.",
        False,
        [],
        None,
    ),
    # --- Scam losses (AAP), Tuesday, Nov 16 ---
    (
        "en",
        "CANBERRA (AAP) - Australians reported losing $1.62 billion to scams in the 12 months to September, down 19 per cent on the previous year, the Australian Competition and Consumer Commission said on Tuesday.",
        True,
        [("money", 1620000000, "AUD", None), ("duration", 12, "month", None), ("percent", 19, "%", None)],
        "the Australian Competition and Consumer Commission",
    ),
    (
        "en",
        "Harriet Moncrieff-Obi, the commission's deputy chair, told reporters in Canberra that investment scams made up $710 million of the losses, or more than 40 per cent.",
        True,
        [("money", 710000000, "AUD", None), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "en",
        "People aged over 65 lost the most, $298 million, she said.",
        True,
        [("duration", 65, "year", "over"), ("money", 298000000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"Scammers are patient, they are professional and they are ruthless," Ms Moncrieff-Obi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Jarrah Ferrier-Nakamura, the assistant treasurer, said new scam prevention laws had helped banks block more than 120,000 suspicious payments since March.",
        True,
        [("count", 120000, None, "over")],
        None,
    ),
    (
        "en",
        "Consumer groups said only one in five victims reported their losses to police.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "About 2.6 million Australians were exposed to a scam last financial year, according to the Australian Bureau of Statistics.",
        True,
        [("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "Banks reimbursed just 7 per cent of reported losses, the commission's report found.",
        True,
        [("percent", 7, "%", None)],
        None,
    ),
    # --- Rothwald Chemie baut Stellen ab (dpa-AFX), Mittwoch, 17. November ---
    (
        "de",
        "LUDWIGSHAFEN (dpa-AFX) - Der Spezialchemiekonzern Rothwald Chemie streicht bis Ende 2029 weltweit 2.400 Stellen, rund 1.500 davon in Deutschland.",
        True,
        [("year", 2029, None, None), ("count", 2400, None, None), ("count", 1500, None, "about")],
        None,
    ),
    (
        "de",
        "Das kündigte Vorstandschefin Dagny Oberscheidt-Mensah am Mittwoch in Ludwigshafen an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben im dritten Quartal 180 Millionen Euro weniger verdient als vor einem Jahr“, sagte Oberscheidt-Mensah, „und das liegt nicht allein am Gaspreis.“",
        True,
        [("ordinal", 3, None, None), ("money", 180000000, "EUR", None)],
        "Oberscheidt-Mensah",
    ),
    (
        "de",
        "Der Umsatz sank im Quartal um 6 Prozent auf 3,9 Milliarden Euro.",
        True,
        [("percent", 6, "%", None), ("money", 3900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzchef Tillmann Roggendorf-Asare sagte in einer Telefonkonferenz mit Analysten, für das Gesamtjahr rechne der Konzern mit einem bereinigten operativen Ergebnis zwischen 1,1 und 1,3 Milliarden Euro.",
        True,
        [("money", 1100000000, "EUR", None), ("money", 1300000000, "EUR", None)],
        "Tillmann Roggendorf-Asare",
    ),
    (
        "de",
        "Betriebsratschef Holger Pfannstiel-Yıldız nannte die Pläne „eine Kriegserklärung an die Belegschaft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie verlor am Nachmittag gut 4 Prozent.",
        True,
        [("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Ein Händler sprach von „schwachen Zahlen mit einem kleinen Lichtblick“.",
        False,
        [],
        None,
    ),
    # --- FEMA before senators (Reuters), Wednesday, Nov 17 ---
    (
        "en",
        "WASHINGTON, Nov 17 (Reuters) - The Federal Emergency Management Agency's disaster relief fund could run dry by late February unless Congress approves about $18 billion in new money, FEMA Administrator Lorraine Vukelić-Hayes told senators on Wednesday.",
        True,
        [("date", "--11-17", None, None), ("money", 18000000000, "USD", "about")],
        "Lorraine Vukelić-Hayes",
    ),
    (
        "en",
        "The fund had about $6.3 billion left at the end of October, she said.",
        True,
        [("money", 6300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Sen. Warren Pettibone-Oakes, R-Miss., said his state was still waiting for $410 million in reimbursements for repairs after a tornado outbreak in April.",
        True,
        [("money", 410000000, "USD", None)],
        "Warren Pettibone-Oakes",
    ),
    (
        "en",
        '"People in my state are tired of being told the check is in the mail," Pettibone-Oakes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democrats on the committee said the agency had lost roughly 1,900 staff, or about a fifth of its permanent workforce, since January.",
        True,
        [("count", 1900, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Vukelić-Hayes, who took office in June, said FEMA had processed 96% of individual assistance claims within 10 days.",
        True,
        [("percent", 96, "%", None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        'Asked whether FEMA would have to pause long-term rebuilding projects, she said "every option is on the table."',
        False,
        [],
        None,
    ),
    (
        "en",
        "White House officials said a request for supplemental funding would be sent to Congress within weeks.",
        True,
        [],
        None,
    ),
    # --- Marode Autobahnbrücken (dpa), Donnerstag, 18. November ---
    (
        "de",
        "BERLIN (dpa) - Von den rund 4.000 Autobahnbrücken, die bis 2032 saniert oder ersetzt werden sollen, ist nach Zahlen der Autobahn GmbH bislang erst gut ein Viertel fertig.",
        True,
        [("count", 4000, None, "about"), ("year", 2032, None, None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Im Interview mit dem Deutschlandfunk sagte Bundesverkehrsminister Konrad Ebbinghaus-Tetteh am Donnerstag, im kommenden Jahr stünden dafür 2,8 Milliarden Euro bereit, 400 Millionen Euro mehr als 2027.",
        True,
        [("money", 2800000000, "EUR", None), ("money", 400000000, "EUR", None), ("year", 2027, None, None)],
        "Konrad Ebbinghaus-Tetteh",
    ),
    (
        "de",
        "„Wir sanieren jetzt, was über Jahrzehnte liegen geblieben ist“, sagte Ebbinghaus-Tetteh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Geschäftsführer der Autobahn GmbH, Bernd Tiedtke-Abara, sagte der „Süddeutschen Zeitung“, pro Jahr könnten höchstens 450 Brücken erneuert werden.",
        True,
        [("count", 450, None, "at_most")],
        "Bernd Tiedtke-Abara",
    ),
    (
        "de",
        "Der ADAC verwies darauf, dass die Zahl der gesperrten Brücken seit 2022 um ein Drittel gestiegen sei.",
        True,
        [("year", 2022, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Verkehrsministeriums sind derzeit 92 Autobahnbrücken für Lastwagen über 7,5 Tonnen gesperrt.",
        True,
        [("count", 92, None, None), ("count", 7.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Grünen-Verkehrspolitikerin Svenja Hollerith-Amoah rechnet damit, dass die Sanierung ohne zusätzliche Mittel erst 2041 abgeschlossen wird.",
        True,
        [("year", 2041, None, None)],
        None,
    ),
    (
        "de",
        "Ob der Bund dafür neue Schulden aufnimmt, ließ Ebbinghaus-Tetteh offen.",
        False,
        [],
        None,
    ),
    # --- Flu pressure on the NHS (PA), Thursday, Nov 18 ---
    (
        "en",
        "LONDON (PA) - Hospitals in England are treating about 2,900 flu patients a day, almost 1,000 more than at this point last winter.",
        True,
        [("count", 2900, None, "about"), ("count", 1000, None, "nearly")],
        None,
    ),
    (
        "en",
        "National medical director Helena Okwuosa-Reid has told the PA news agency that 94% of general and acute beds were occupied on Sunday.",
        True,
        [("percent", 94, "%", None)],
        "Helena Okwuosa-Reid",
    ),
    (
        "en",
        '"This is the earliest and sharpest start to a flu season that many of us have seen," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Figures published on Thursday show 61,400 patients in England had a wait of more than 12 hours in A&E during October.",
        True,
        [("count", 61400, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "The Health Secretary told MPs that 1.1 million more people had been vaccinated against flu than at the same point last year.",
        True,
        [("count", 1100000, None, None)],
        None,
    ),
    (
        "en",
        'Dr Imogen Sallis-Achterberg, who leads the Royal College of Emergency Medicine, said corridor care had become "the norm, not the exception".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Liberal Democrats called for an emergency winter fund of £1 billion.",
        True,
        [("money", 1000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Ministers said 900 extra beds had been opened since September.",
        True,
        [("count", 900, None, None)],
        None,
    ),
    # --- Telefonbetrug in Wien (APA), Freitag, 19. November ---
    (
        "de",
        "WIEN (APA) - Bei der Wiener Polizei sind heuer bereits 1.840 Fälle von Telefonbetrug angezeigt worden, um fast ein Drittel mehr als im gesamten Vorjahr.",
        True,
        [("count", 1840, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Schaden belaufe sich auf rund 14,5 Millionen Euro, sagte der Landespolizeipräsident am Freitag bei einer Pressekonferenz.",
        True,
        [("money", 14500000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Laut dem Leiter des Landeskriminalamts, Oberst Christian Gföllner-Ibrahim, sind die Opfer im Schnitt 79 Jahre alt.",
        True,
        [("duration", 79, "year", None)],
        "Christian Gföllner-Ibrahim",
    ),
    (
        "de",
        "„Kein Polizist wird Sie jemals am Telefon nach Ihrem Schmuck fragen“, sagte Gföllner-Ibrahim.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Täter sitzen meist in Callcentern in der Türkei und in Polen, hieß es bei der Pressekonferenz.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Jänner wurden 37 Verdächtige festgenommen, 29 davon sogenannte Abholer.",
        True,
        [("count", 37, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Der Seniorenbund forderte, Banken sollten Überweisungen von mehr als 5.000 Euro bei Kundinnen und Kunden über 75 Jahren verzögern dürfen.",
        True,
        [("money", 5000, "EUR", "over"), ("duration", 75, "year", "over")],
        None,
    ),
    (
        "de",
        "Ein Polizeisprecher riet, im Zweifel sofort aufzulegen und den Notruf zu wählen.",
        False,
        [],
        None,
    ),
    # --- Pellmoor in talks for Kapelhof (Reuters), Friday, Nov 19 ---
    (
        "en",
        "LONDON, Nov 19 (Reuters) - British packaging maker Pellmoor Group is in talks to buy Dutch rival Kapelhof Verpakking for about 2.1 billion euros ($2.4 billion), three sources with knowledge of the talks told Reuters.",
        True,
        [
            ("date", "--11-19", None, None),
            ("money", 2100000000, "EUR", "about"),
            ("money", 2400000000, "USD", None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "An announcement could come as early as December, two of the sources said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'Pellmoor said in a statement that talks were at "an early stage" and there was no certainty an offer would be made.',
        True,
        [],
        "Pellmoor",
    ),
    (
        "en",
        "Kapelhof declined to comment.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Its chief executive told Reuters in September that the group had about 600 million pounds available for acquisitions.",
        True,
        [("money", 600000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Pellmoor shares rose 3.8% in early trading, giving it a market value of about 3.4 billion pounds.",
        True,
        [("percent", 3.8, "%", None), ("money", 3400000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Kapelhof, which employs around 5,200 people at 31 plants, had sales of 1.46 billion euros in 2026.",
        True,
        [
            ("count", 5200, None, "about"),
            ("count", 31, None, None),
            ("money", 1460000000, "EUR", None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "\"It's a sensible deal at a full price,\" said Marcus Delahunt-Oyelaran, an analyst at Fenmarsh Securities.",
        False,
        [],
        None,
    ),
    # --- Großbrand im Duisburger Hafen (dpa/lnw), Montag, 22. November ---
    (
        "de",
        "DUISBURG (dpa/lnw) - Ein Großbrand in einer Lagerhalle im Duisburger Hafen hat einen Schaden von geschätzt 8 Millionen Euro verursacht.",
        True,
        [("money", 8000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Feuerwehr waren in der Nacht zum Montag rund 180 Einsatzkräfte vor Ort.",
        True,
        [("count", 180, None, "about")],
        "die Feuerwehr",
    ),
    (
        "de",
        "Verletzt wurde niemand, sagte ein Feuerwehrsprecher.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Flammen hätten zeitweise eine Höhe von bis zu 30 Metern erreicht, so der Einsatzleiter.",
        True,
        [("count", 30, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Stadt rief Anwohner in drei Stadtteilen über die Warn-App Nina auf, Fenster und Türen geschlossen zu halten.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Kriminalpolizei ermittelt wegen des Verdachts der fahrlässigen Brandstiftung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Einsatzkräfte haben in dieser Nacht Unglaubliches geleistet“, sagte der Oberbürgermeister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Betreibers waren in der Halle etwa 2.500 Tonnen Altpapier gelagert.",
        True,
        [("count", 2500, None, "about")],
        None,
    ),
    # --- California budget gap (AP), Monday, Nov 22 ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — California faces a budget shortfall of about $31 billion next year, Gov. Adriana Solórzano-Pike said Monday, as weaker capital gains revenue eats into the state's finances.",
        True,
        [("money", 31000000000, "USD", "about")],
        "Adriana Solórzano-Pike",
    ),
    (
        "en",
        "The Legislative Analyst's Office had put the gap at $24 billion in a report last week.",
        True,
        [("money", 24000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"We are going to make hard choices, and we are going to make them together," Solórzano-Pike told reporters at the Capitol.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She also said she would propose taking $9 billion out of reserves and freezing 2,400 vacant state jobs.",
        True,
        [("money", 9000000000, "USD", None), ("count", 2400, None, None)],
        None,
    ),
    (
        "en",
        "Dwight Larkspur-Ebo, the Assembly Republican leader, said state spending had grown by 38% since 2020.",
        True,
        [("percent", 38, "%", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Teachers unions said schools had already lost about 3,100 classroom aides since 2025.",
        True,
        [("count", 3100, None, "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "California's unemployment rate was 5.4% in October, the highest of any state, according to the Labor Department.",
        True,
        [("percent", 5.4, "%", None)],
        None,
    ),
    (
        "en",
        "A spokesperson for the Department of Finance, Lena Marchetti-Wolde, said personal income tax receipts were running $4.7 billion below forecast.",
        True,
        [("money", 4700000000, "USD", None)],
        "Lena Marchetti-Wolde",
    ),
    # --- Jahresgutachten der Wirtschaftsweisen (dpa), Dienstag, 23. November ---
    (
        "de",
        "BERLIN (dpa) - Die Wirtschaftsweisen erwarten für das kommende Jahr ein Wachstum der deutschen Wirtschaft von nur 0,4 Prozent.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Vorsitzende des Sachverständigenrats, Ruth Escher-Adjei, sagte am Dienstag bei der Vorstellung des Jahresgutachtens in Berlin, für dieses Jahr rechne das Gremium mit einer Stagnation.",
        True,
        [],
        "Ruth Escher-Adjei",
    ),
    (
        "de",
        "„Deutschland verwaltet seinen Abstieg, statt ihn aufzuhalten“, sagte Escher-Adjei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Teuerung dürfte laut Gutachten im Jahresschnitt bei 2,3 Prozent liegen und danach auf 2,0 Prozent zurückgehen.",
        True,
        [("percent", 2.3, "%", None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Ratsmitglied Tobias Kranewitter-Aboagye legte in einem Minderheitsvotum dar, die Schuldenbremse koste jährlich bis zu 0,5 Prozentpunkte Wachstum.",
        True,
        [("percent", 0.5, "pp", "up_to")],
        None,
    ),
    (
        "de",
        "Ein Regierungssprecher sagte, man werde das Gutachten „sorgfältig auswerten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der DIHK rechnet damit, dass jedes dritte Unternehmen im kommenden Jahr Stellen abbaut.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der DGB forderte ein Investitionsprogramm von 60 Milliarden Euro mit einer Laufzeit von zehn Jahren.",
        True,
        [("money", 60000000000, "EUR", None), ("duration", 10, "year", None)],
        None,
    ),
    # --- Aircraft shortage at a Dublin conference (Reuters), Tuesday, Nov 23 ---
    (
        "en",
        "DUBLIN, Nov 23 (Reuters) - Aircraft delivery delays will cost airlines worldwide about $14 billion this year, the head of the International Air Transport Association told reporters in Dublin on Tuesday.",
        True,
        [("date", "--11-23", None, None), ("money", 14000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Airlines are short of roughly 5,000 jets they had expected to have in service by now, he said.",
        True,
        [("count", 5000, None, "about")],
        None,
    ),
    (
        "en",
        "Speaking on the sidelines of the same conference, Kilcoran Aviation Chief Executive Fintan Mulrooney-Asaolu said lease rates for narrowbody jets had risen by about a third since 2024.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2024, None, None)],
        "Fintan Mulrooney-Asaolu",
    ),
    (
        "en",
        '"There is no quick fix here, and anyone who tells you otherwise is selling something," Mulrooney-Asaolu said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aer Lingus will cancel 1,150 flights between January and March because of engine inspections, according to the airline.",
        True,
        [("count", 1150, None, None)],
        None,
    ),
    (
        "en",
        "Company data show Boeing and Airbus together delivered 1,210 jets between January and October.",
        True,
        [("count", 1210, None, None)],
        None,
    ),
    (
        "en",
        "Industry executives said the shortage was likely to last into 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "IATA's chief economist, Sofía Arrieta-Mbatha, said higher fares had so far not dented demand, with passenger traffic up 6.1% in September.",
        True,
        [("percent", 6.1, "%", None)],
        "Sofía Arrieta-Mbatha",
    ),
    # --- Zürcher Spitäler im Minus (Keystone-SDA), Mittwoch, 24. November ---
    (
        "de",
        "ZÜRICH (Keystone-SDA) - Die Zürcher Spitäler sind 2026 zusammen 212 Millionen Franken ins Minus gerutscht.",
        True,
        [("year", 2026, None, None), ("money", 212000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das sagte die Zürcher Gesundheitsdirektorin Nathalie Brügger-Rama am Mittwoch vor den Medien.",
        True,
        [],
        "Nathalie Brügger-Rama",
    ),
    (
        "de",
        "Für das laufende Jahr rechne sie mit einem Fehlbetrag von rund 250 Millionen Franken, so die Gesundheitsdirektorin.",
        True,
        [("money", 250000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Das Spitalsystem, wie wir es kennen, ist so nicht mehr finanzierbar», sagte Brügger-Rama.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Tarife deckten im Schnitt nur 88 Prozent der Kosten ambulanter Behandlungen, sagte der Präsident des Spitalverbands H+.",
        True,
        [("percent", 88, "%", None)],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Statistik stiegen die Kosten des Gesundheitswesens 2026 um 4,1 Prozent auf 98 Milliarden Franken.",
        True,
        [("year", 2026, None, None), ("percent", 4.1, "%", None), ("money", 98000000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Krankenversicherer warnten, die Prämien im Kanton könnten im kommenden Jahr um bis zu 7 Prozent steigen.",
        True,
        [("percent", 7, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Ob der Kanton einzelne Spitäler schliessen will, liess Brügger-Rama offen.",
        False,
        [],
        None,
    ),
    # --- Homelessness in Ireland (PA), Wednesday, Nov 24 ---
    (
        "en",
        "DUBLIN (PA) - Some 16,240 people, including 4,870 children, were living in emergency accommodation in Ireland in October, a record, according to Department of Housing figures.",
        True,
        [("count", 16240, None, "about"), ("count", 4870, None, None)],
        None,
    ),
    (
        "en",
        "Minister for Housing Colm Brennagh-Adeyinka told the Dáil that 34,500 new homes would be completed this year, up from 30,300 last year.",
        True,
        [("count", 34500, None, None), ("count", 30300, None, None)],
        "Colm Brennagh-Adeyinka",
    ),
    (
        "en",
        "Sinn Féin said the number of children in emergency accommodation had risen by 1,200 since the Government took office.",
        True,
        [("count", 1200, None, None)],
        None,
    ),
    (
        "en",
        "Gráinne Tallon-Eze, chief executive of Focus Ireland, said the average family spent 21 months in emergency accommodation before finding a home.",
        True,
        [("duration", 21, "month", None)],
        None,
    ),
    (
        "en",
        '"Behind each of these numbers is a child without a bedroom of their own," Ms Tallon-Eze said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Government has said it wants to deliver 50,000 homes a year by 2030.",
        True,
        [("count", 50000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        'Asked whether the target would be met, Mr Brennagh-Adeyinka said "we are getting there."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rents rose 5.8% in the year to September, according to the Residential Tenancies Board.",
        True,
        [("percent", 5.8, "%", None)],
        None,
    ),
    # --- Bundeswehr-Rekrutierung (dpa), Donnerstag, 25. November ---
    (
        "de",
        "BERLIN (dpa) - Die Bundeswehr hat in diesem Jahr bislang rund 21.400 neue Soldatinnen und Soldaten eingestellt, knapp 12 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 21400, None, "about"), ("percent", 12, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Das teilte ein Sprecher des Verteidigungsministeriums am Donnerstag in Berlin mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die „Bild“-Zeitung zitierte die Präsidentin des Bundesamts für das Personalmanagement der Bundeswehr, Sabine Hülskötter-Eze, mit den Worten, jeder fünfte Rekrut breche die Grundausbildung vorzeitig ab.",
        True,
        [("fraction", 0.2, None, None)],
        "Sabine Hülskötter-Eze",
    ),
    (
        "de",
        "Bis 2031 soll die Truppe auf 203.000 aktive Soldatinnen und Soldaten wachsen, derzeit sind es 182.600.",
        True,
        [("year", 2031, None, None), ("count", 203000, None, None), ("count", 182600, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundeswehrverband bezifferte die Lücke bei den Unteroffizieren auf rund 9.000.",
        True,
        [("count", 9000, None, "about")],
        None,
    ),
    (
        "de",
        "Viele Kasernen seien in einem Zustand, der junge Menschen abschrecke, sagte der Vorsitzende des Verbands, André Wessolowski-Doku.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke sprach von einer „schleichenden Militarisierung der Gesellschaft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wessolowski-Doku zufolge liegt das Durchschnittsalter der neuen Rekruten bei 21,3 Jahren.",
        True,
        [("duration", 21.3, "year", None)],
        "Wessolowski-Doku",
    ),
    # --- Canada's fiscal update (Reuters), Thursday, Nov 25 ---
    (
        "en",
        "OTTAWA, Nov 25 (Reuters) - Canada's budget deficit will narrow to C$38.2 billion in the current fiscal year from C$47.9 billion last year, Finance Minister Geneviève Arsenault-Kimura said in a fiscal update on Thursday.",
        True,
        [
            ("date", "--11-25", None, None),
            ("money", 38200000000, "CAD", None),
            ("money", 47900000000, "CAD", None),
        ],
        "Geneviève Arsenault-Kimura",
    ),
    (
        "en",
        "The government expects the economy to grow 1.3% next year, below the 1.6% it forecast in April, the update showed.",
        True,
        [("percent", 1.3, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "en",
        '"We are being careful, not timid," Arsenault-Kimura told reporters in Ottawa.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In a CBC Radio interview on Thursday evening, Arsenault-Kimura said Ottawa would spend an extra C$4.5 billion over five years on military procurement.",
        True,
        [("money", 4500000000, "CAD", None), ("duration", 5, "year", None)],
        "Arsenault-Kimura",
    ),
    (
        "en",
        "Blaine Tolliver-Nwosu, the Conservative finance critic, said the government had added C$112 billion to the federal debt since 2024.",
        True,
        [("money", 112000000000, "CAD", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'Economists at Bank of Montreal said the update was "more prudent than expected."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Federal debt will reach 43.5% of gross domestic product by 2030, according to the Parliamentary Budget Officer.",
        True,
        [("percent", 43.5, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The Canadian dollar was little changed at C$1.3870 to the U.S. dollar.",
        True,
        [("money", 1.387, "CAD", None)],
        None,
    ),
    # --- Wintersaison (APA), Freitag, 26. November ---
    (
        "de",
        "WIEN (APA) - Die österreichischen Hoteliers rechnen für die kommende Wintersaison mit rund 72 Millionen Nächtigungen, etwa 2 Prozent mehr als im Vorjahr.",
        True,
        [("count", 72000000, None, "about"), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "de",
        "Das sagte die Präsidentin der Österreichischen Hoteliervereinigung (ÖHV), Karin Moosbrugger-Adoma, am Freitag bei einer Pressekonferenz in Wien.",
        True,
        [],
        "Karin Moosbrugger-Adoma",
    ),
    (
        "de",
        "Die Zimmerpreise in der gehobenen Hotellerie würden im Schnitt um 6 bis 8 Prozent steigen, meinte Moosbrugger-Adoma.",
        True,
        [("percent", 6, "%", None), ("percent", 8, "%", None)],
        "Moosbrugger-Adoma",
    ),
    (
        "de",
        "„Wir spüren, dass die Gäste genauer rechnen, aber sie kommen“, sagte die ÖHV-Präsidentin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie aus Zahlen der Statistik Austria hervorgeht, kamen im vergangenen Winter 38 Prozent der Gäste aus Deutschland.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 12.000 Stellen im Tourismus seien derzeit unbesetzt, sagte der Obmann der Bundessparte Tourismus in der Wirtschaftskammer der APA.",
        True,
        [("count", 12000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida hielt dagegen, ein Drittel der Beschäftigten im Gastgewerbe verdiene weniger als 2.100 Euro brutto.",
        True,
        [("fraction", 0.3333, None, None), ("money", 2100, "EUR", "under")],
        None,
    ),
    (
        "de",
        "Wie sich die Schneelage auf die Buchungen auswirke, sei noch offen, hieß es bei der ÖHV.",
        False,
        [],
        None,
    ),
    # --- Olympic venue costs (AAP), Friday, Nov 26 ---
    (
        "en",
        "BRISBANE (AAP) - The cost of venues for the 2032 Olympic and Paralympic Games in Brisbane has risen to $7.9 billion, $1.1 billion more than the estimate released in March, Premier Lachlan Strathdee-Ofori has told reporters.",
        True,
        [("year", 2032, None, None), ("money", 7900000000, "AUD", None), ("money", 1100000000, "AUD", None)],
        "Lachlan Strathdee-Ofori",
    ),
    (
        "en",
        "The main stadium alone will cost $3.8 billion, he said.",
        True,
        [("money", 3800000000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"Every dollar will be accounted for, and every dollar will leave a legacy," Mr Strathdee-Ofori said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tess Varga-Holmwood, the opposition leader, said the budget had blown out by more than 40 per cent in less than two years.",
        True,
        [("percent", 40, "%", "over"), ("duration", 2, "year", "under")],
        None,
    ),
    (
        "en",
        "The delivery authority's chief executive told ABC Radio Brisbane that 14 of the 21 new or upgraded venues were on schedule.",
        True,
        [("count", 14, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "The Greens argued the money should go to public housing instead.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Construction costs in south-east Queensland rose 7.2 per cent in the year to September, according to the authority's latest report.",
        True,
        [("percent", 7.2, "%", None)],
        None,
    ),
    (
        "en",
        "The federal government has committed $3.4 billion to the venues, a spokeswoman for the federal sports minister said.",
        True,
        [("money", 3400000000, "AUD", None)],
        None,
    ),
]
