"""Thirty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real broadcasters, programmes, papers, agencies, parties and
places - "Ö1-Morgenjournal", "ZDF-Morgenmagazin", "ORF-Pressestunde", "Maischberger", «Echo
der Zeit», "STANDARD", "SPIEGEL", "FALTER", the BBC's Today programme, CNN's "State of the
Union", NBC's "Meet the Press", ABC Radio, NDTV, RTE's Morning Ireland, WBUR, Newstalk 1010,
Bloomberg Television, Ofgem, AAA, PitchBook - stand for the way wire copy names them; the
ministers, officials, executives, candidates and MPs who speak here are invented, and so is
what anybody says and counts).

Its weight: SPOKEN LANGUAGE AS NEWS COPY RECORDS IT - interview transcripts (German
"Frage:/Antwort:", "STANDARD: ... Huber: ...", "SPIEGEL: ... Brenner: ...", "FALTER: ...
Nemeth: ..."; English "Q:/A:" from a Reuters interview and a White House briefing),
parliamentary transcripts (a Bundestag Plenarprotokoll with the chair, stage directions and
heckles; Prime Minister's Questions; a House hearing), press conferences (crime statistics,
a company's results, a governor, a football manager), radio and TV interview excerpts
("sagte ... im Ö1-Morgenjournal", "im ZDF-Morgenmagazin", "in der ORF-„Pressestunde“", "im
«Echo der Zeit» von Radio SRF", "im WDR-Hörfunk", "in der ARD-Sendung „Maischberger“", "im
Gespräch mit Radio Tirol", "im ORF-Interview"; "told the BBC's Today programme", "told CNN's
...", "told NBC's ...", "told ABC Radio", "told broadcaster NDTV in an interview", "told ITV's
Good Morning Britain", "told RTE's Morning Ireland programme", "told WBUR radio", "said in an
interview with Bloomberg Television"), podcasts and campaign speeches (a Landtag campaign
launch, a Senate candidate's rally, an Indian election rally, a party conference). The
claims are made in spoken form: first person ("Wir haben ...", "We've lost four of our last
five"), hedges of the speaker ("ich glaube", "so schätze ich", "ich sag mal", "I think", "I
believe", "See,"), spoken hedges before figures ("ungefähr", "so um die", "grob gerechnet",
"deutlich über", "somewhere around", "something like", "north of", "roughly"), numbers said as
words ("zweieinhalb Milliarden", "zweitausend", "fünfhunderttausend", "zwölfhundert",
"fünfundzwanzigtausend", "dreieinhalb Prozent", "a hundred and twenty thousand", "two and a
half billion dollars", "three quarters of a million", "four and a half per cent", "nineteen
hundred", "four crore"), self-corrections ("14, nein, Entschuldigung, 16", "£1.5 billion -
sorry, £1.6 billion"), spoken ranges ("dreißig, vierzig", "20, 25 percent", "six, maybe eight
weeks"), fillers ("äh", "ich sag jetzt einmal") and figures rounded in speech beside the
exact figures of record that copy sets against them. Half German (APA, dpa, dpa-AFX,
Keystone-SDA, magazine interviews; Austrian "heuer", "Jänner", Swiss "ss", «» quotes, German
„“ quotes), half English (Reuters, AP, PA, AAP, CP; UK, US, Australian, Indian, Irish,
Canadian and New Zealand usage: "per cent", "Rs ... lakh crore", "crore", "£", "Jan. 1").
Negatives as spoken copy has them: interviewers' questions, pleasantries and thanks,
evasions and no-comment lines ("Dazu sage ich heute nichts.", "Ausschließen tue ich gar
nichts.", "I'm not going to negotiate on the radio."), opinions and feelings, slogans and
rally flourishes, stage directions and the chair's procedure, credit lines.

223 rows (115 German, 108 English), 50 negatives (27 German, 23 English), 173 check-worthy
rows of which 5 carry no figure (4 German, 1 English), 296 expected quantities (102 counts,
53 percentages, 46 amounts of money, 32 years, 30 durations, 13 fractions, 13 ordinals, 7
dates; 11 of them in negatives), 97 checked speakers (47 German, 50 English; 16 of them
transcript labels, see below). Sentences sharing a run of eight or more words with any file
under tests/ (checked by a script that printed only this batch's sentences) were reworded
before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; the others are new here):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  ("Die Inflation werde ... zurückgehen, ..., sagte Hanke im Podcast." -> "Hanke").
- New: transcript labels. A question put by the interviewer or by an MP, whatever its label
  ("Frage:", "STANDARD:", "SPIEGEL:", "FALTER:", "Q:", "Rep. Jane Miller:", "Leader of the
  Opposition:"), is a negative, and stays one when it carries a premise with a figure
  ("SPIEGEL: Die Zahl der Firmenpleiten ist im Herbst um 17 Prozent gestiegen, und Sie
  sprechen von Aufschwung?" with percent 17 labelled), as questions with figures in the
  fourteenth and thirty-fourth batches. An answer is judged on what it states. A bare
  surname label before an answer in a transcript ("Huber: ...", "Brenner: ...", "Nemeth:
  ...", "Ruiz: ...") names who speaks, exactly as "sagte Huber" would: the speaker is the
  surname as written, and it is checked (16 rows). "Antwort:" and "A:" name nobody (speaker
  unchecked); "The Prime Minister:" is a role without a name (unchecked, as "The Prime
  Minister said" in the twenty-ninth batch); a name with a party in brackets ("Marco Schwab
  (AfD):", "Thomas Kessel (SPD):") stays unchecked, as "Hanna Lemke (SPD) sagte" in the
  twenty-ninth. A label carries no quantity.
- New: the chair's procedure and stage directions in a parliamentary transcript are
  negatives ("Vizepräsidentin Petra Lorenz: Das Wort hat jetzt ...", "(Beifall bei der SPD
  und dem BÜNDNIS 90/DIE GRÜNEN)", "Mr Speaker: Order, order!", "Hon. Members: Hear,
  hear!"), as is the greeting "Frau Präsidentin, liebe Kolleginnen und Kollegen!"; "BÜNDNIS
  90/DIE GRÜNEN" is a party's name and carries no quantity, nor do "Ö1", "Newstalk 1010"
  and "Super-G" (names, as "Covid-19" and "H3N2" in the twenty-ninth batch). A claim a
  heckling MP makes as a statement ("Marco Schwab (AfD): Herr Kollege, in Ihrer Amtszeit
  sind die Mieten in Berlin um 28 Prozent gestiegen!") is check-worthy - it is what the
  desk checks - and so is the figure copy sets against it.
- New: credit and editorial lines ("Das Interview führte Julia Brandt.", "Excerpts from the
  interview follow, edited for length and clarity.") are negatives, as headings and factbox
  lead-ins in the thirty-fourth batch.
- New: a speaker's own hedge around a statement ("ich glaube", "so schätze ich", "ich sag
  mal", "ich sag jetzt einmal", "I think", "I believe", "See,") does not turn a checkable
  figure into an opinion: "„Wir geben, ich glaube, 13,4 – nein, 13,6 Prozent der
  Wirtschaftsleistung für Gesundheit aus“" and ""I think it was a hundred and twelve calls in
  the first hour alone"" are check-worthy, while "Ich glaube, dass wir auf einem guten Weg
  sind." (dev set) stays a negative (no figure, no fact). Such a hedge is no qualifier of
  the figure. Fillers carry nothing: "äh" none, and "einmal" in "ich sag jetzt einmal" is no
  count.
- New: spoken hedges before a figure - "ungefähr", "so um die", "um die", "grob", "grob
  gerechnet", "somewhere around", "something like" are "about" (as "an die", tenth batch,
  and "circa", seventeenth); "roughly", "rund", "etwa", "around" "about" (earlier batches);
  "deutlich über", "north of", "somewhere north of" are "over" (as "gut" and "more than");
  "knapp" "nearly"; "bis zu" "up_to"; "genau", "im Schnitt", "durchschnittlich", "allein",
  "alone", "Right now", "only", "weitere" no hedge. "give or take" after a figure adds
  nothing to the hedge before it.
- Numbers said as words: "zweieinhalb Milliarden Euro" 2.5e9 EUR, "gut fünfeinhalb
  Milliarden Euro" 5.5e9 "over", "eineinhalb Millionen Euro" 1.5e6 EUR, "dreieinhalb
  Prozent" 3.5 (fourteenth, fifteenth and seventeenth batches); "zweitausend" 2000,
  "fünfhunderttausend" 500,000, "fünfundzwanzigtausend" 25,000 (as "dreihunderttausend",
  seventeenth); "etwa eine halbe Million" 500,000 "about" (thirty-fourth); "ein Prozent" 1.
  New: "zwölfhundert" is 1200 and "nineteen hundred" 1900 (hundreds counted past ten, as
  speech has them); "a hundred and twenty thousand" 120,000, "a hundred and forty-two
  thousand" 142,000 and "a hundred and twelve" 112 ("and" inside an English number is part
  of it, and the article is the figure one, as "A hundred days" is 100 days in the
  seventeenth batch); "two and a half billion dollars" 2.5e9 USD (as "two and a half years",
  seventeenth); "three quarters of a million" is count 750,000 "about" after "roughly" - a
  fraction of a magnitude word is the count it makes, as "half a million" is 500,000
  (fifteenth), not the fraction 0.75; "four and a half per cent" 4.5; "five dollars a
  gallon" 5 USD and "two pounds a month" 2 GBP; "roughly eight thousand" 8000 "about"; "more
  than a million" 1e6 "over"; "ten companies" count 10.
- New: a self-correction keeps both figures, the one taken back and the one that stands,
  since both are in the text an editor reads ("14, nein, Entschuldigung, 16" counts 14 and
  16; "2023, nein, 2024" two years; "£1.5 billion - sorry, £1.6 billion" two amounts; "27
  billion euros - no, I'm told 29 billion euros" two amounts; ""a hundred and forty thousand
  - no, a hundred and forty-two thousand"" counts 140,000 and 142,000); "13,4 – nein, 13,6
  Prozent" gives the unit written once to both (percent 13.4 and 13.6), as a range does.
- New: a spoken range without "bis" or "to" gives both figures, the unit written once to
  both: "dreißig, vierzig davon" counts 30 and 40, "20, 25 percent" percent 20 and 25, "six,
  maybe eight weeks" 6 and 8 weeks (as "sieben bis acht Stunden", thirtieth batch).
- Check-worthy in speech: first-person factual claims in quotes or after a label ("„Wir
  haben in fünf Jahren 120 neue Kindergartengruppen eröffnet ...“", ""We've lost four of our
  last five ..."", "Brenner: Die Insolvenzen liegen noch immer unter dem Niveau von 2015
  ..."), as quoted figures in the twenty-fifth batch; claims of a measurable record ("so
  viele wie noch nie", "a record", twenty-ninth); a forecast or plan with a figure by a
  named speaker (Hanke's inflation and unemployment, Leitner's savings, Kerridge's cut, a
  pledge of 1.5 million homes, twenty-ninth); a position without a figure ("Einen Kauf
  weiterer Kampfjets schloss Imhof ... aus.", "Bäder und Bibliotheken will die Stadt ...
  nicht schließen."), guidance in a vague range (thirty-third), a player's injury record.
  ""Every dollar of it is new money," Park said." is check-worthy, a claim about a budget
  that can be checked, as ""Every single House Democrat voted no"" (twenty-ninth); "The
  Prime Minister: I am proud that we have kept the £2 bus fare cap in place until 2027." and
  ""That's roughly two pounds a month, and I know it's not a lot,"" are check-worthy, the
  feeling wrapped round a checkable fact (thirty-fourth batch's mixed sentences).
- Negatives besides questions, labels and procedure: evasions and no-comment lines ("Dazu
  sage ich heute nichts.", "„Das ist heute kein Thema.“", "Ausschließen tue ich gar
  nichts.", "wollte die Ministerin nicht kommentieren", "I'm not going to get into
  hypotheticals ...", "I'm not going to negotiate ...", "That's a question for the fire
  marshal", "declined to say", twenty-first and twenty-fifth batches), pleasantries and
  thanks ("STANDARD: Danke für das Gespräch.", "„Da bin ich ganz bei Ihnen, Frau
  Maischberger“", "Good morning, and thanks for coming in."), opinions and feelings with a
  named speaker, confidence ("Er sei „sehr zuversichtlich“, dass ..." with its 3 years
  labelled), slogans and rally flourishes ("„Die anderen reden, wir arbeiten!“", ""They
  want your car, your stove and your hamburger,""), a warning phrased as a value, boasts with
  no measure (""the envy of the world"", „Das ist die Wende in der Migrationspolitik ...“),
  an antithesis ("„Das ist kein Sparpaket, das ist ein Sanierungspfad“", as in the
  thirty-first batch), a single family's anecdote (""I met a family in Dayton who already pay
  $1,400 a month,"" with its amount labelled, as the founder's anecdote in the
  thirty-fourth batch) and a podcast guest's verdict.
- Durations: "seit zwei Jahren", "binnen drei Jahren" (thirty-first), "in fünf Jahren", "in
  drei Jahren", "als vor drei Jahren" (as "vor zwei Jahren", thirty-fourth), "in den
  letzten drei Jahren", "in den nächsten zehn Jahren", "In ten years", "vor 14 Monaten",
  "fünf Monate", "bis zu neun Monate" ("up_to"), "142 Tage", "within 18 weeks", "within 40
  minutes", "in the three months to September", "over three years" and "over four years"
  (no hedge, twenty-fifth), "the highest in nine years" (twenty-eighth), "two-year
  extension", "10-year gilt yield" (twentieth), "0,27 Sekunden"; ages "die 24-Jährige",
  "Mendes, 27,", "älter als 50 Jahre" and "über 50 Jahre" 50 years "over" (twenty-sixth and
  twenty-seventh); "binnen einer Woche", "over the next decade", "vor einem Jahr", "a year
  ago", "im Jahr", "im Monat", "pro Jahr", "jährlich", "jedes Jahr", "a month", "a year",
  "last year", "this fiscal year", "since the summer" carry none.
- Ordinals: "in our first 100 days" ordinal 1 and 100 days, "the first six months" ordinal 1
  and 6 months (twenty-fifth: "in den ersten neun Monaten"); "zum ersten Mal", "in the first
  hour", "of the first call", "in the second half of 2026", "by the fourth quarter", "die
  vierte Verhandlungsrunde", "ihr dritter Weltcupsieg", "19th in the Premier League", "its
  23rd day", "on the third floor"; "erstmals" none (eighteenth and thirty-second).
- Counts: "four of our last five" counts 4 and 5 (a definite group, as "five of the nine");
  "every one of the 14 spending bills" count 14 ("one" a pronoun); "three of them" count 3;
  "five times" count 5 (as "traf ... zweimal"); "14-mal im Jahr" count 14 (twenty-eighth);
  "a six-storey apartment block" count 6 (as "the two-storey home", thirtieth); "the quickest
  in six quarters" count 6 (twenty-sixth); "1.800 Bahnhöfe", "4.000 Kilometer" counts
  (physical units, fourth); "das Doppelte" count 2 "times" with no hedge (as "fast das
  Doppelte", thirtieth), "roughly twice that" 2 "times" "about" (twentieth), "more than
  double next year" 2 "times" "over" (twenty-sixth); "halved" none (a verb); "crore": "four
  crore houses" 4e7, "about 3.8 crore homes" 3.8e7 "about", "1.2 crore households" 1.2e7
  (fifteenth); "a single" and "eine einzige" none.
- Fractions: "rund ein Viertel" 0.25 "about", "Ungefähr ein Drittel" 0.3333 "about", "zu
  einem Drittel" 0.3333, "Jeder dritte Euro" 0.3333, "fast ein Fünftel" 0.2 "nearly", "gut
  zwei Drittel" 0.6667 "over", "knapp die Hälfte" 0.5 "nearly", "die Hälfte davon" 0.5,
  "roughly half" 0.5 "about", "About half" 0.5 "about", "about a third" 0.3333 "about", "a
  fifth" 0.2, "about a quarter" 0.25 "about".
- Money: "Rs 11 lakh crore" 1.1e13 INR "about" after "something like", "Rs 11.11 lakh
  crore" 1.111e13 INR (twentieth); "von 1,4 auf 1,3 Milliarden Euro" and "von 1,80 auf 2,10
  Euro je Aktie" give the currency to both (twenty-seventh); "7,50 Euro pro Quadratmeter"
  7.5 EUR; "$5.02 a gallon", "about $3.30" USD; "£1,731 a year" GBP; "175 basis points" bp.
- Dates and years: datelines with a day ("LONDON, Dec 2 (Reuters)", "WELLINGTON, Nov 27
  (Reuters)", "NEW DELHI, Jan 30 (Reuters)") dates without a year; AP, PA, AAP, CP and German
  datelines none; "Zum 1. Januar", "am 25. Jänner", "Am 12. November", "from Jan. 1" dates;
  "seit 2021", "zwischen 2021 und 2025", "bis Ende 2027", "bis 2032", "in June 2022", "in
  January 2023", "since she took office in 2023", "since 2000", "its highest since 2008" the
  years; months alone, weekdays and "shortly after 11 p.m." none.
- Speakers, checked only in forms the earlier batches settled, and the labels above: a title
  before a name is dropped ("Gesundheitsministerin", "Verteidigungsministerin",
  "Innenminister", "BK-Direktor", "Verkehrsminister", "Landeshauptmann", "Vorstandschef",
  "Health Secretary", "Governor", "Gov.", "Senator", "Republican Senator", "Chief Executive",
  "Treasurer", "Finance Minister", "Wolves manager", "Police Chief", "Mayor", "Housing
  Secretary", "EU Economy Commissioner", "Ofgem Chief Executive", "Home Minister"); "sagte X
  im Ö1-Morgenjournal" (eighth and eleventh batches), "im ORF-Interview" (twelfth), "im
  Interview mit dem Deutschlandfunk" (twenty-fifth) and likewise "im ZDF-Morgenmagazin", "in
  der ORF-„Pressestunde“", "im WDR-Hörfunk", "in der ARD-Sendung „Maischberger“", "im
  Gespräch mit Radio Tirol", "im Podcast", "bei der Bilanzpressekonferenz", "auf Nachfrage"
  give the name, the programme or occasion dropped (as "sagte Merz im Bundestag",
  twenty-ninth); "wie X ... sagte" the name (eleventh: "wie Gouverneur Leopold Aigner am
  Freitag sagte"), also with "im «Echo der Zeit» von Radio SRF" or "bei der Präsentation der
  Kriminalstatistik" between; "so Mair" the name; "X told the BBC's Today programme" the
  name (ninth: "told the BBC"), and so "told Reuters in an interview", "told broadcaster NDTV
  in an interview", "told ABC Radio", "told CNN's ...", "told NBC's ...", "told ITV's ...",
  "told RTE's ... programme", "told WBUR radio", "told Newstalk 1010", "told a news
  conference" (thirty-first), "told a rally" and "told an election rally" (twenty-fifth and
  twenty-ninth), "told the Labour conference" (as "told the party's conference",
  twenty-ninth), "said on the "Build Mode" podcast", "said in an interview with Bloomberg
  Television"; "X said ..." opening and "X said" closing the sentence the name; "nach
  Angaben der Bundespolizei", "wie das Statistische Bundesamt mitteilte" the source with
  its article in the nominative; "Laut OECD", "laut Landesregierung" as written; "according
  to the Legislative Analyst's Office", "the commission said", "the finance department said"
  with the article in lower case; "according to AAA / PitchBook / Ofgem" as written. Left
  unchecked (None): pronouns and roles ("wie er ... sagte", "fügte der CSU-Politiker hinzu",
  "sagte der Minister", "sagte sie", "he said", "She said"), "nach Darstellung von", "nach
  Worten von", "nach Hagedorns Worten", "nach den Worten der Bauministerin" (forms no batch
  settled), "räumte ... ein", "kündigte ... an", "schloss ... aus", "rechnet", "erwartet",
  "das hat das DIW ausgerechnet", "wie aus Zahlen des Finanzministeriums hervorgeht", "nach
  Daten des Portals Immowelt", "Laut Rechnungsabschluss", "Antwort:", "A:", "The Prime
  Minister:", a name label with a party in brackets, "NHS England figures show", "the
  figures showed", "Office for National Statistics figures show", "FBI data show", "Senate
  records show", "Government data show", "Official figures show", "The Australian Bureau of
  Statistics said" and "The Office of Personnel Management said in a court filing" opening
  the sentence (twenty-eighth and twenty-ninth), "The Congressional Budget Office has
  estimated", "The CBO put", "A state audit ... put the number at", and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_37 = [
    # === German =================================================================================
    # --- Finanzminister im Ö1-Morgenjournal (APA) ----------------------------------------------
    ("de", "Wien (APA) - Finanzminister Markus Leitner rechnet heuer mit einem Budgetdefizit von rund 4,2 Prozent der Wirtschaftsleistung, wie er am Dienstag im Ö1-Morgenjournal sagte.", True,
     [("percent", 4.2, "%", "about")], None),
    ("de", "„Wir werden im nächsten Jahr ungefähr zweieinhalb Milliarden Euro einsparen müssen“, sagte Leitner im Ö1-Morgenjournal.", True,
     [("money", 2500000000, "EUR", "about")], "Leitner"),
    ("de", "„Ich glaube, wir werden so um die 40 Prozent davon auf der Einnahmenseite holen, den Rest bei den Ausgaben“, sagte Leitner.", True,
     [("percent", 40, "%", "about")], "Leitner"),
    ("de", "Auf die Frage, ob die Mehrwertsteuer steigen werde, sagte Leitner: „Dazu sage ich heute nichts.“", False, [], None),
    ("de", "Die Zinsausgaben des Bundes sind seit 2021 von 3,6 auf zuletzt 8,1 Milliarden Euro gestiegen, wie aus Zahlen des Finanzministeriums hervorgeht.", True,
     [("year", 2021, None, None), ("money", 3600000000, "EUR", None), ("money", 8100000000, "EUR", None)], None),
    ("de", "„Das ist kein Sparpaket, das ist ein Sanierungspfad“, sagte Leitner.", False, [], None),
    ("de", "Der Fiskalrat hatte Ende Oktober ein Defizit von 4,5 Prozent prognostiziert.", True,
     [("percent", 4.5, "%", None)], None),
    ("de", "Er sei „sehr zuversichtlich“, dass Österreich das EU-Defizitverfahren binnen drei Jahren wieder verlassen könne, sagte der Minister.", False,
     [("duration", 3, "year", None)], None),
    # --- Interview mit der Bahnchefin, Frage und Antwort (dpa) ---------------------------------
    ("de", "Frage: Frau Seidl, warum kommen Ihre Fernzüge eigentlich so oft zu spät?", False, [], None),
    ("de", "Antwort: Wir bauen im Moment an ungefähr 1.050 Stellen gleichzeitig im Netz, und jede Baustelle kostet Zeit.", True,
     [("count", 1050, None, "about")], None),
    ("de", "Antwort: Täglich fahren bei uns rund 800 Fernzüge, und eine einzige gestörte Weiche bringt schnell dreißig, vierzig davon aus dem Takt.", True,
     [("count", 800, None, "about"), ("count", 30, None, None), ("count", 40, None, None)], None),
    ("de", "Frage: Im Oktober kamen nur 58 Prozent der Fernzüge pünktlich an – ist das nicht ein Armutszeugnis?", False,
     [("percent", 58, "%", None)], None),
    ("de", "Antwort: Im Oktober waren es 61,4 Prozent, das muss man fairerweise dazusagen.", True,
     [("percent", 61.4, "%", None)], None),
    ("de", "Antwort: Und im Regionalverkehr liegen wir seit Jahresbeginn stabil bei gut 90 Prozent.", True,
     [("percent", 90, "%", "over")], None),
    ("de", "Antwort: Bis 2030 sanieren wir rund 4.000 Kilometer Strecke auf den am stärksten belasteten Korridoren.", True,
     [("year", 2030, None, None), ("count", 4000, None, "about")], None),
    ("de", "Antwort: Die Generalsanierung der Riedbahn hat genau fünf Monate gedauert, und seither gibt es dort um die 80 Prozent weniger Störungen.", True,
     [("duration", 5, "month", None), ("percent", 80, "%", "about")], None),
    ("de", "Das Interview führte Julia Brandt.", False, [], None),
    # --- STANDARD-Interview mit der AMS-Chefin -------------------------------------------------
    ("de", "STANDARD: Frau Huber, die Arbeitslosigkeit steigt jetzt seit zwei Jahren – was läuft da schief?", False,
     [("duration", 2, "year", None)], None),
    ("de", "Huber: Ende November waren knapp 390.000 Menschen arbeitslos oder in Schulung, das sind um die acht Prozent mehr als vor einem Jahr.", True,
     [("count", 390000, None, "nearly"), ("percent", 8, "%", "about")], "Huber"),
    ("de", "Huber: Ungefähr ein Drittel, also grob 130.000 Personen, und die Hälfte davon ist älter als 50 Jahre.", True,
     [("fraction", 0.3333, None, "about"), ("count", 130000, None, "about"), ("fraction", 0.5, None, None), ("duration", 50, "year", "over")], "Huber"),
    ("de", "Huber: Es sinkt heuer von 1,4 auf 1,3 Milliarden Euro, das ist richtig.", True,
     [("money", 1400000000, "EUR", None), ("money", 1300000000, "EUR", None)], "Huber"),
    ("de", "Huber: Das halte ich arbeitsmarktpolitisch für den falschen Weg, aber das entscheide nicht ich.", False, [], None),
    ("de", "Huber: Im Schnitt dauert es inzwischen 142 Tage, bis Arbeitslose über 50 Jahre wieder eine Stelle finden.", True,
     [("duration", 142, "day", None), ("duration", 50, "year", "over")], "Huber"),
    ("de", "STANDARD: Danke für das Gespräch.", False, [], None),
    # --- SPIEGEL-Gespräch mit dem Wirtschaftsminister ------------------------------------------
    ("de", "SPIEGEL: Herr Brenner, wann kommt die versprochene Senkung der Stromsteuer?", False, [], None),
    ("de", "Brenner: Zum 1. Januar, und zwar für alle, so hat es das Kabinett beschlossen.", True,
     [("date", "--01-01", None, None)], "Brenner"),
    ("de", "Brenner: Das entlastet Haushalte und Betriebe um gut fünfeinhalb Milliarden Euro im Jahr.", True,
     [("money", 5500000000, "EUR", "over")], "Brenner"),
    ("de", "Brenner: Die Netzentgelte übernimmt der Bund ab Januar zu einem Drittel, das sind 6,5 Milliarden Euro.", True,
     [("fraction", 0.3333, None, None), ("money", 6500000000, "EUR", None)], "Brenner"),
    ("de", "Brenner: Ökonomen halten vieles für zu wenig, das gehört zu ihrem Beruf.", False, [], None),
    ("de", "Brenner: Wir haben seit Amtsantritt 14, nein, Entschuldigung, 16 Entlastungsgesetze durch den Bundestag gebracht.", True,
     [("count", 14, None, None), ("count", 16, None, None)], "Brenner"),
    ("de", "SPIEGEL: Die Zahl der Firmenpleiten ist im Herbst um 17 Prozent gestiegen, und Sie sprechen von Aufschwung?", False,
     [("percent", 17, "%", None)], None),
    ("de", "Brenner: Die Insolvenzen liegen noch immer unter dem Niveau von 2015, auch wenn das niemand hören will.", True,
     [("year", 2015, None, None)], "Brenner"),
    ("de", "Die Amtsgerichte meldeten im September 2.093 beantragte Unternehmensinsolvenzen, ein Plus von 17,2 Prozent zum Vorjahresmonat, wie das Statistische Bundesamt mitteilte.", True,
     [("count", 2093, None, None), ("percent", 17.2, "%", None)], "das Statistische Bundesamt"),
    # --- Innenminister im ZDF-Morgenmagazin (dpa) ----------------------------------------------
    ("de", "Berlin (dpa) - Die Zahl der unerlaubten Einreisen ist seit Jahresbeginn nach Darstellung von Bundesinnenminister Jonas Reuter um rund ein Viertel gesunken.", True,
     [("fraction", 0.25, None, "about")], None),
    ("de", "„Wir reden von etwa 43.000 Menschen weniger als im Vorjahreszeitraum“, sagte Reuter im ZDF-Morgenmagazin.", True,
     [("count", 43000, None, "about")], "Reuter"),
    ("de", "An allen neun Landgrenzen seien weiterhin Bundespolizisten im Einsatz, fügte der CSU-Politiker hinzu.", True,
     [("count", 9, None, None)], None),
    ("de", "„Das ist die Wende in der Migrationspolitik, die wir versprochen haben“, sagte Reuter.", False, [], None),
    ("de", "Nach Angaben der Bundespolizei wurden von Januar bis Oktober 38.700 unerlaubte Einreisen festgestellt.", True,
     [("count", 38700, None, None)], "die Bundespolizei"),
    # --- Bundestag, aus dem Plenarprotokoll ----------------------------------------------------
    ("de", "Vizepräsidentin Petra Lorenz: Das Wort hat jetzt der Kollege Thomas Kessel für die SPD-Fraktion.", False, [], None),
    ("de", "Thomas Kessel (SPD): Frau Präsidentin, liebe Kolleginnen und Kollegen!", False, [], None),
    ("de", "Wir haben in dieser Wahlperiode über 400.000 neue Wohnungen genehmigt, so viele wie seit 2001 nicht mehr.", True,
     [("count", 400000, None, "over"), ("year", 2001, None, None)], None),
    ("de", "(Beifall bei der SPD und dem BÜNDNIS 90/DIE GRÜNEN)", False, [], None),
    ("de", "Es sind genau 412.300 Baugenehmigungen, das können Sie beim Statistischen Bundesamt nachlesen.", True,
     [("count", 412300, None, None)], None),
    ("de", "Und die Mietpreisbremse hat in den 17 größten Städten die Angebotsmieten um bis zu vier Prozent gedämpft, das hat das DIW ausgerechnet.", True,
     [("count", 17, None, None), ("percent", 4, "%", "up_to")], None),
    ("de", "Marco Schwab (AfD): Herr Kollege, in Ihrer Amtszeit sind die Mieten in Berlin um 28 Prozent gestiegen!", True,
     [("percent", 28, "%", None)], None),
    ("de", "Die Angebotsmieten in Berlin stiegen nach Daten des Portals Immowelt zwischen 2021 und 2025 um 24,8 Prozent.", True,
     [("year", 2021, None, None), ("year", 2025, None, None), ("percent", 24.8, "%", None)], None),
    ("de", "Bis Ende 2027 sollen nach den Worten der Bauministerin jedes Jahr 100.000 Sozialwohnungen entstehen.", True,
     [("year", 2027, None, None), ("count", 100000, None, None)], None),
    # --- Gesundheitsministerin in der ORF-Pressestunde (APA) -----------------------------------
    ("de", "Wien (APA) - In Österreichs Spitälern fehlen derzeit ungefähr zweitausend diplomierte Pflegekräfte, sagte Gesundheitsministerin Sabine Koller in der ORF-„Pressestunde“.", True,
     [("count", 2000, None, "about")], "Sabine Koller"),
    ("de", "„Wir bilden heuer so viele aus wie noch nie, nämlich über 6.000 Personen“, sagte Koller.", True,
     [("count", 6000, None, "over")], "Koller"),
    ("de", "„Es gibt heute knapp fünfhunderttausend Menschen, die Pflegegeld beziehen“, sagte Koller.", True,
     [("count", 500000, None, "nearly")], "Koller"),
    ("de", "Auf eine Hüftoperation warte man in manchen Bundesländern bis zu neun Monate, räumte Koller ein.", True,
     [("duration", 9, "month", "up_to")], None),
    ("de", "Die Ausbildungsprämie für Pflegeschülerinnen und Pflegeschüler werde ab Herbst auf 600 Euro im Monat angehoben, kündigte Koller an.", True,
     [("money", 600, "EUR", None)], None),
    ("de", "„Wir geben, ich glaube, 13,4 – nein, 13,6 Prozent der Wirtschaftsleistung für Gesundheit aus“, sagte Koller.", True,
     [("percent", 13.4, "%", None), ("percent", 13.6, "%", None)], "Koller"),
    ("de", "Laut OECD lag der Anteil zuletzt bei 11,2 Prozent.", True,
     [("percent", 11.2, "%", None)], "OECD"),
    ("de", "Ob die Gesundheitskasse mit den Ländern fusioniert werden soll, wollte die Ministerin nicht kommentieren.", False, [], None),
    # --- Verteidigungsministerin im «Echo der Zeit» (Keystone-SDA) -----------------------------
    ("de", "Bern (sda) - Die Armee braucht bis 2032 zusätzlich rund 13 Milliarden Franken, wie Verteidigungsministerin Claudia Imhof im «Echo der Zeit» von Radio SRF sagte.", True,
     [("year", 2032, None, None), ("money", 13000000000, "CHF", "about")], "Claudia Imhof"),
    ("de", "«Das sind grob gerechnet 1,3 Milliarden Franken pro Jahr mehr als heute», sagte Imhof.", True,
     [("money", 1300000000, "CHF", "about")], "Imhof"),
    ("de", "Einen Kauf weiterer Kampfjets schloss Imhof für diese Legislatur aus.", True, [], None),
    ("de", "«Heute sind rund 140.000 Armeeangehörige eingeteilt, vorgeschrieben wären 100.000», sagte Imhof.", True,
     [("count", 140000, None, "about"), ("count", 100000, None, None)], "Imhof"),
    ("de", "«Wir haben 2023, nein, 2024 erstmals seit dem Kalten Krieg wieder eine grosse Mobilmachungsübung durchgeführt», sagte Imhof.", True,
     [("year", 2023, None, None), ("year", 2024, None, None)], "Imhof"),
    ("de", "Das Armeebudget soll nach dem Willen des Parlaments bis 2032 auf ein Prozent des Bruttoinlandprodukts steigen.", True,
     [("year", 2032, None, None), ("percent", 1, "%", None)], None),
    # --- Wahlkampfauftakt in Niederösterreich (APA) --------------------------------------------
    ("de", "St. Pölten (APA) - Vor rund 3.000 Anhängern hat ÖVP-Spitzenkandidatin Katrin Vogl am Samstag den Landtagswahlkampf eröffnet.", True,
     [("count", 3000, None, "about")], None),
    ("de", "„Wir haben in fünf Jahren 120 neue Kindergartengruppen eröffnet, mehr als jedes andere Bundesland“, sagte Vogl.", True,
     [("duration", 5, "year", None), ("count", 120, None, None)], "Vogl"),
    ("de", "„Die anderen reden, wir arbeiten!“, rief Vogl unter dem Jubel der Anhänger.", False, [], None),
    ("de", "„Jeder dritte Euro im Landesbudget fließt schon heute in Gesundheit und Pflege“, sagte Vogl.", True,
     [("fraction", 0.3333, None, None)], "Vogl"),
    ("de", "Laut Rechnungsabschluss entfielen 2024 genau 29,6 Prozent der Ausgaben auf diese beiden Bereiche.", True,
     [("year", 2024, None, None), ("percent", 29.6, "%", None)], None),
    ("de", "Vogl kündigte an, im Fall eines Wahlsiegs bis 2030 weitere 1.500 Pflegeplätze zu schaffen.", True,
     [("year", 2030, None, None), ("count", 1500, None, None)], None),
    ("de", "Die Landtagswahl findet am 25. Jänner statt.", True,
     [("date", "--01-25", None, None)], None),
    # --- Wifo-Chef im Podcast (APA) ------------------------------------------------------------
    ("de", "Wien (APA) - Wifo-Chef Georg Hanke rechnet für 2026 mit einem Wirtschaftswachstum von nur 0,8 Prozent, wie er im Podcast „Wirtschaft im Ohr“ sagte.", True,
     [("year", 2026, None, None), ("percent", 0.8, "%", None)], None),
    ("de", "Die Inflation werde im kommenden Jahr auf etwa 2,4 Prozent zurückgehen, nach 3,5 Prozent heuer, sagte Hanke im Podcast.", True,
     [("percent", 2.4, "%", "about"), ("percent", 3.5, "%", None)], "Hanke"),
    ("de", "„Die Lohnabschlüsse von im Schnitt dreieinhalb Prozent sind da schon eingepreist“, sagte Hanke.", True,
     [("percent", 3.5, "%", None)], "Hanke"),
    ("de", "„Die Arbeitslosenquote wird, so schätze ich, im Jahresschnitt bei 7,6 Prozent liegen“, sagte Hanke.", True,
     [("percent", 7.6, "%", None)], "Hanke"),
    # --- Skirennläuferin im ORF-Interview (APA) ------------------------------------------------
    ("de", "„Ich bin heute zum ersten Mal seit meiner Knieoperation vor 14 Monaten ganz ohne Schmerzen gefahren“, sagte Lisa Pichler im ORF-Interview.", True,
     [("ordinal", 1, None, None), ("duration", 14, "month", None)], "Lisa Pichler"),
    ("de", "„Einfach nur unglaublich, mir fehlen die Worte“, sagte die 24-Jährige.", False,
     [("duration", 24, "year", None)], None),
    ("de", "Pichler gewann den Super-G mit 0,27 Sekunden Vorsprung auf die Schweizerin Noemi Kälin, es war ihr dritter Weltcupsieg.", True,
     [("duration", 0.27, "second", None), ("ordinal", 3, None, None)], None),
    ("de", "Pichler hatte sich im Oktober des Vorjahres das Kreuzband gerissen und eine ganze Saison verpasst.", True, [], None),
    # --- Kriminalstatistik, Pressekonferenz (APA) ----------------------------------------------
    ("de", "Wien (APA) - Die Zahl der Anzeigen in Österreich ist im Vorjahr auf knapp 535.000 gestiegen, wie Innenminister Gerhard Lindner bei der Präsentation der Kriminalstatistik sagte.", True,
     [("count", 535000, None, "nearly")], "Gerhard Lindner"),
    ("de", "„Wir hatten, äh, 534.800 Anzeigen, das ist ein Plus von 2,6 Prozent“, sagte Lindner auf Nachfrage.", True,
     [("count", 534800, None, None), ("percent", 2.6, "%", None)], "Lindner"),
    ("de", "Bei Internetbetrug gebe es einen Anstieg um fast ein Fünftel, sagte BK-Direktor Andreas Pfeifer.", True,
     [("fraction", 0.2, None, "nearly")], "Andreas Pfeifer"),
    ("de", "Die Zahl der Messerangriffe sei um 11 Prozent auf 3.212 Fälle gestiegen, sagte Lindner.", True,
     [("percent", 11, "%", None), ("count", 3212, None, None)], "Lindner"),
    ("de", "„Wer bei uns Straftaten begeht, wird die volle Härte des Rechtsstaats spüren“, betonte Lindner.", False, [], None),
    ("de", "Die Aufklärungsquote lag bei 52,3 Prozent, nach 52,8 Prozent im Jahr davor.", True,
     [("percent", 52.3, "%", None), ("percent", 52.8, "%", None)], None),
    # --- Oberbürgermeister im WDR-Hörfunk (dpa) ------------------------------------------------
    ("de", "Köln (dpa) - Die Stadt Köln muss im kommenden Jahr nach Worten von Oberbürgermeister Tim Hagedorn rund 210 Millionen Euro einsparen.", True,
     [("money", 210000000, "EUR", "about")], None),
    ("de", "„Allein die Sozialausgaben sind in drei Jahren um 180 Millionen Euro gestiegen“, sagte Hagedorn im WDR-Hörfunk.", True,
     [("duration", 3, "year", None), ("money", 180000000, "EUR", None)], "Hagedorn"),
    ("de", "„Wir haben heute rund 3.900 Menschen mehr in Notunterkünften als vor drei Jahren“, sagte Hagedorn.", True,
     [("count", 3900, None, "about"), ("duration", 3, "year", None)], "Hagedorn"),
    ("de", "Bäder und Bibliotheken will die Stadt nach Hagedorns Worten nicht schließen.", True, [], None),
    ("de", "Der Kölner Haushalt umfasst für 2026 rund 6,1 Milliarden Euro.", True,
     [("year", 2026, None, None), ("money", 6100000000, "EUR", "about")], None),
    # --- Gewerkschafter im Interview, Frage und Antwort (APA) ----------------------------------
    ("de", "Frage: Herr Wögerer, Sie fordern 4,9 Prozent mehr Lohn – ist das in dieser Lage nicht überzogen?", False,
     [("percent", 4.9, "%", None)], None),
    ("de", "Antwort: Die rollierende Inflation liegt bei 3,8 Prozent, und die Unternehmen haben in den letzten drei Jahren Rekordgewinne ausgeschüttet.", True,
     [("percent", 3.8, "%", None), ("duration", 3, "year", None)], None),
    ("de", "Frage: Schließen Sie Streiks aus?", False, [], None),
    ("de", "Antwort: Ausschließen tue ich gar nichts.", False, [], None),
    ("de", "Antwort: Wir haben am Montag 230 Betriebsversammlungen abgehalten, mit deutlich über 40.000 Teilnehmern.", True,
     [("count", 230, None, None), ("count", 40000, None, "over")], None),
    ("de", "Antwort: Ein Facharbeiter verdient bei uns im Schnitt rund 3.400 Euro brutto, und das 14-mal im Jahr.", True,
     [("money", 3400, "EUR", "about"), ("count", 14, None, None)], None),
    ("de", "Antwort: Am 12. November, das ist dann schon die vierte Verhandlungsrunde.", True,
     [("date", "--11-12", None, None), ("ordinal", 4, None, None)], None),
    # --- Verkehrsminister bei „Maischberger“ (dpa) ---------------------------------------------
    ("de", "Der Bund investiere in diesem Jahr „so um die 20 Milliarden Euro“ in die Schiene, sagte Verkehrsminister Peter Sattler in der ARD-Sendung „Maischberger“.", True,
     [("money", 20000000000, "EUR", "about")], "Peter Sattler"),
    ("de", "Tatsächlich sind im Bundeshaushalt 2025 für die Schiene 19,6 Milliarden Euro veranschlagt.", True,
     [("year", 2025, None, None), ("money", 19600000000, "EUR", None)], None),
    ("de", "„Da bin ich ganz bei Ihnen, Frau Maischberger“, sagte Sattler.", False, [], None),
    ("de", "Sattler sagte, der Bund werde bis 2029 rund 1.800 Bahnhöfe barrierefrei umbauen.", True,
     [("year", 2029, None, None), ("count", 1800, None, "about")], "Sattler"),
    ("de", "„Von den 5.400 Bahnhöfen sind heute, ich sag mal, gut zwei Drittel stufenfrei erreichbar“, sagte Sattler.", True,
     [("count", 5400, None, None), ("fraction", 0.6667, None, "over")], "Sattler"),
    # --- Landeshauptmann im Radio Tirol (APA) --------------------------------------------------
    ("de", "„Wir haben heuer zwölfhundert Lawinenverbauungen kontrolliert, so viele wie nie“, sagte Landeshauptmann Anton Mair im Gespräch mit Radio Tirol.", True,
     [("count", 1200, None, None)], "Anton Mair"),
    ("de", "Für den Schutzwald stelle das Land in den nächsten zehn Jahren jährlich eineinhalb Millionen Euro bereit, sagte Mair.", True,
     [("duration", 10, "year", None), ("money", 1500000, "EUR", None)], "Mair"),
    ("de", "Im Februar hatten Lawinen in Tirol binnen einer Woche sieben Menschen getötet, so Mair.", True,
     [("count", 7, None, None)], "Mair"),
    ("de", "Rund fünfundzwanzigtausend Tirolerinnen und Tiroler leben laut Landesregierung in Gebieten mit erhöhter Lawinengefahr.", True,
     [("count", 25000, None, "about")], "Landesregierung"),
    # --- FALTER-Interview mit der Wohnbaustadträtin --------------------------------------------
    ("de", "FALTER: Frau Nemeth, wie viele Gemeindewohnungen hat Wien zuletzt tatsächlich gebaut?", False, [], None),
    ("de", "Nemeth: Seit 2020 haben wir rund 5.500 neue Gemeindewohnungen auf den Weg gebracht, 1.800 davon sind bereits bezogen.", True,
     [("year", 2020, None, None), ("count", 5500, None, "about"), ("count", 1800, None, None)], "Nemeth"),
    ("de", "Nemeth: Der Stadt gehören rund 220.000 Gemeindewohnungen, und etwa eine halbe Million Menschen wohnen darin.", True,
     [("count", 220000, None, "about"), ("count", 500000, None, "about")], "Nemeth"),
    ("de", "Nemeth: Auf eine Wohnung wartet man im Schnitt, ich sag jetzt einmal, zwei Jahre, bei kleinen Wohnungen eher weniger.", True,
     [("duration", 2, "year", None)], "Nemeth"),
    ("de", "Nemeth: Die Miete liegt im Gemeindebau bei durchschnittlich 7,50 Euro pro Quadratmeter, am freien Markt zahlt man oft das Doppelte.", True,
     [("money", 7.5, "EUR", None), ("count", 2, "times", None)], "Nemeth"),
    # --- Bilanzpressekonferenz eines Maschinenbauers (dpa-AFX) ---------------------------------
    ("de", "München (dpa-AFX) - Der Maschinenbauer Hallmann hat im abgelaufenen Geschäftsjahr den Umsatz um 6,2 Prozent auf 3,41 Milliarden Euro gesteigert.", True,
     [("percent", 6.2, "%", None), ("money", 3410000000, "EUR", None)], None),
    ("de", "„Wir haben, äh, zum ersten Mal die Marke von drei Milliarden Euro Umsatz geknackt“, sagte Vorstandschef Ralf Hallmann bei der Bilanzpressekonferenz.", True,
     [("ordinal", 1, None, None), ("money", 3000000000, "EUR", None)], "Ralf Hallmann"),
    ("de", "Die Dividende soll von 1,80 auf 2,10 Euro je Aktie steigen.", True,
     [("money", 1.8, "EUR", None), ("money", 2.1, "EUR", None)], None),
    ("de", "Auf die Frage nach einem möglichen Stellenabbau sagte Hallmann nur: „Das ist heute kein Thema.“", False, [], None),
    ("de", "Hallmann beschäftigt weltweit etwa 14.500 Menschen, knapp die Hälfte davon in Deutschland.", True,
     [("count", 14500, None, "about"), ("fraction", 0.5, None, "nearly")], None),
    ("de", "Für das laufende Jahr erwartet Hallmann ein Umsatzplus im niedrigen einstelligen Prozentbereich.", True, [], None),
    ("de", "„Ich bin, ehrlich gesagt, stolz auf diese Mannschaft“, sagte Hallmann.", False, [], None),
    # === English ================================================================================
    # --- Health secretary on the BBC's Today programme (Reuters) -------------------------------
    ("en", "LONDON, Dec 2 (Reuters) - Britain will train a hundred and twenty thousand more nurses over the next decade, Health Secretary Daniel Marsh told the BBC's Today programme on Tuesday.", True,
     [("date", "--12-02", None, None), ("count", 120000, None, None)], "Daniel Marsh"),
    ("en", "\"Waiting lists are down by roughly 200,000 since the summer, and they will keep coming down,\" Marsh said.", True,
     [("count", 200000, None, "about")], "Marsh"),
    ("en", "Asked whether resident doctors would strike again in January, Marsh said: \"I'm not going to negotiate on the radio.\"", False, [], None),
    ("en", "NHS England figures show the waiting list for routine hospital treatment stood at 7.41 million in October.", True,
     [("count", 7410000, None, None)], None),
    ("en", "Marsh said the government would put £1.5 billion - sorry, £1.6 billion - into new diagnostic centres by 2028.", True,
     [("money", 1500000000, "GBP", None), ("money", 1600000000, "GBP", None), ("year", 2028, None, None)], "Marsh"),
    ("en", "About 62% of patients were seen within 18 weeks in October, against a target of 92%, the figures showed.", True,
     [("percent", 62, "%", "about"), ("duration", 18, "week", None), ("percent", 92, "%", None)], None),
    # --- Q&A with a central bank governor (Reuters) --------------------------------------------
    ("en", "WELLINGTON, Nov 27 (Reuters) - The Reserve Bank of New Zealand is likely to cut its official cash rate again early next year, Governor Anna Kerridge told Reuters in an interview on Thursday.", True,
     [("date", "--11-27", None, None)], "Anna Kerridge"),
    ("en", "Excerpts from the interview follow, edited for length and clarity.", False, [], None),
    ("en", "Q: How far do you expect inflation to fall this year?", False, [], None),
    ("en", "A: We think it will be somewhere around 2.5 percent by the fourth quarter, give or take.", True,
     [("percent", 2.5, "%", "about"), ("ordinal", 4, None, None)], None),
    ("en", "Q: Markets are pricing in two more cuts - are they right?", False,
     [("count", 2, None, None)], None),
    ("en", "A: What I can tell you is that we have cut five times since last August, by a total of 175 basis points.", True,
     [("count", 5, None, None), ("percent", 175, "bp", None)], None),
    ("en", "A: House prices are up about 4 percent on the year nationally, and in Auckland roughly twice that.", True,
     [("percent", 4, "%", "about"), ("count", 2, "times", "about")], None),
    ("en", "A: Unemployment is 5.3 percent, the highest in nine years, so there is slack in the economy.", True,
     [("percent", 5.3, "%", None), ("duration", 9, "year", None)], None),
    ("en", "A: Net migration has dropped to about 12,000 a year, from more than 130,000 at its peak in 2023.", True,
     [("count", 12000, None, "about"), ("count", 130000, None, "over"), ("year", 2023, None, None)], None),
    # --- Governor's news conference on homelessness (AP) ---------------------------------------
    ("en", "SACRAMENTO, Calif. (AP) - California will spend two and a half billion dollars over three years to clear homeless encampments, Gov. Elena Park told a news conference on Monday.", True,
     [("money", 2500000000, "USD", None), ("duration", 3, "year", None)], "Elena Park"),
    ("en", "\"Every dollar of it is new money,\" Park said.", True, [], "Park"),
    ("en", "Park said the state had moved \"a hundred and forty thousand - no, a hundred and forty-two thousand\" people into housing since she took office in 2023.", True,
     [("count", 140000, None, None), ("count", 142000, None, None), ("year", 2023, None, None)], "Park"),
    ("en", "A state audit released in April put the number at about 98,000.", True,
     [("count", 98000, None, "about")], None),
    ("en", "\"I'm not going to get into hypotheticals about the budget,\" she said.", False, [], None),
    ("en", "The state faces a projected deficit of $18 billion in the next fiscal year, according to the Legislative Analyst's Office.", True,
     [("money", 18000000000, "USD", None)], "the Legislative Analyst's Office"),
    ("en", "California counted 187,000 homeless people in its most recent point-in-time survey, about 28% of the national total.", True,
     [("count", 187000, None, None), ("percent", 28, "%", "about")], None),
    # --- Prime Minister's Questions, from the transcript (PA) ----------------------------------
    ("en", "Mr Speaker: Order, order!", False, [], None),
    ("en", "The Prime Minister: We have delivered 1.8 million extra NHS appointments in our first 100 days.", True,
     [("count", 1800000, None, None), ("ordinal", 1, None, None), ("duration", 100, "day", None)], None),
    ("en", "Hon. Members: Hear, hear!", False, [], None),
    ("en", "Leader of the Opposition: Will the Prime Minister finally admit that unemployment has risen in every single month since the Budget?", False, [], None),
    ("en", "The Prime Minister: Unemployment is 4.9 per cent, and there are 410,000 more people in work than a year ago.", True,
     [("percent", 4.9, "%", None), ("count", 410000, None, None)], None),
    ("en", "The Prime Minister: Net migration has halved, Mr Speaker, from 906,000 to 431,000.", True,
     [("count", 906000, None, None), ("count", 431000, None, None)], None),
    ("en", "Office for National Statistics figures show the unemployment rate rose from 4.4% to 4.9% over the past year.", True,
     [("percent", 4.4, "%", None), ("percent", 4.9, "%", None)], None),
    ("en", "The Prime Minister: I am proud that we have kept the £2 bus fare cap in place until 2027.", True,
     [("money", 2, "GBP", None), ("year", 2027, None, None)], None),
    # --- Senate candidate at a rally, with an AP check -----------------------------------------
    ("en", "ERIE, Pa. (AP) - \"When I took office, gas was five dollars a gallon,\" Senator Mark Delaney told a rally in Erie on Saturday.", True,
     [("money", 5, "USD", None)], "Mark Delaney"),
    ("en", "The national average price for regular gasoline peaked at $5.02 a gallon in June 2022, according to AAA.", True,
     [("money", 5.02, "USD", None), ("year", 2022, None, None)], "AAA"),
    ("en", "Delaney took office in January 2023, when the average was about $3.30.", True,
     [("year", 2023, None, None), ("money", 3.3, "USD", "about")], None),
    ("en", "\"Crime is down 20, 25 percent in every city that took our approach,\" Delaney said.", True,
     [("percent", 20, "%", None), ("percent", 25, "%", None)], "Delaney"),
    ("en", "FBI data show violent crime fell about 4.5% nationally in 2024.", True,
     [("percent", 4.5, "%", "about"), ("year", 2024, None, None)], None),
    ("en", "Delaney said he had voted against every one of the 14 spending bills that reached the Senate floor last year.", True,
     [("count", 14, None, None)], "Delaney"),
    ("en", "Senate records show he voted for three of them.", True,
     [("count", 3, None, None)], None),
    ("en", "\"They want your car, your stove and your hamburger,\" he told the crowd.", False, [], None),
    # --- A chief executive on a podcast (Reuters) ----------------------------------------------
    ("en", "SAN FRANCISCO (Reuters) - Lumora has sold roughly three quarters of a million of its mixed-reality headsets since launch, Chief Executive Priya Nair said on the \"Build Mode\" podcast.", True,
     [("count", 750000, None, "about")], "Priya Nair"),
    ("en", "\"Honestly, the first six months were brutal,\" Nair said.", False,
     [("ordinal", 1, None, None), ("duration", 6, "month", None)], None),
    ("en", "She said the company, which employs about 1,400 people, expected to turn a profit in the second half of 2026.", True,
     [("count", 1400, None, "about"), ("ordinal", 2, None, None), ("year", 2026, None, None)], None),
    ("en", "Lumora raised $600 million at a $4.2 billion valuation in March, according to PitchBook.", True,
     [("money", 600000000, "USD", None), ("money", 4200000000, "USD", None)], "PitchBook"),
    ("en", "Nair declined to say whether Lumora was preparing a stock market listing.", False, [], None),
    # --- Treasurer on ABC radio (AAP) ----------------------------------------------------------
    ("en", "CANBERRA (AAP) - Australia's unemployment rate will probably peak at around four and a half per cent, Treasurer Mark Ellison told ABC Radio on Wednesday.", True,
     [("percent", 4.5, "%", "about")], "Mark Ellison"),
    ("en", "\"We've created more than a million jobs since we came to government,\" Ellison said.", True,
     [("count", 1000000, None, "over")], "Ellison"),
    ("en", "The Australian Bureau of Statistics said on Thursday the jobless rate held at 4.3% in November.", True,
     [("percent", 4.3, "%", None)], None),
    ("en", "\"Inflation is roughly half what it was when we came in,\" Ellison said.", True,
     [("fraction", 0.5, None, "about")], "Ellison"),
    ("en", "Headline inflation peaked at 7.8% in the December quarter of 2022 and was 3.2% in the year to September.", True,
     [("percent", 7.8, "%", None), ("year", 2022, None, None), ("percent", 3.2, "%", None)], None),
    # --- Finance minister on NDTV (Reuters) ----------------------------------------------------
    ("en", "NEW DELHI, Jan 30 (Reuters) - India will hold its fiscal deficit at 4.4% of GDP in the coming fiscal year, Finance Minister Arvind Rao told broadcaster NDTV in an interview.", True,
     [("date", "--01-30", None, None), ("percent", 4.4, "%", None)], "Arvind Rao"),
    ("en", "\"See, capital expenditure will be something like Rs 11 lakh crore, that much I can tell you,\" Rao said.", True,
     [("money", 11000000000000, "INR", "about")], "Rao"),
    ("en", "The government budgeted capital expenditure of Rs 11.11 lakh crore for the current fiscal year.", True,
     [("money", 11110000000000, "INR", None)], None),
    ("en", "\"Our growth will be the envy of the world, no doubt about it,\" he said.", False, [], None),
    ("en", "Rao said output grew at an annual 8.2% pace between July and September, the quickest in six quarters.", True,
     [("percent", 8.2, "%", None), ("count", 6, None, None)], "Rao"),
    # --- Manager's news conference (PA) --------------------------------------------------------
    ("en", "\"We've lost four of our last five, that's the reality and I won't hide from it,\" Wolves manager Liam Carver told a news conference on Friday.", True,
     [("count", 4, None, None), ("count", 5, None, None)], "Liam Carver"),
    ("en", "Carver said striker Joao Mendes would be out for \"six, maybe eight weeks\" with a hamstring injury.", True,
     [("duration", 6, "week", None), ("duration", 8, "week", None)], "Carver"),
    ("en", "Wolves are 19th in the Premier League, six points from safety, with 10 points from 16 games.", True,
     [("ordinal", 19, None, None), ("count", 6, None, None), ("count", 10, None, None), ("count", 16, None, None)], None),
    ("en", "Mendes, 27, has seven goals in 16 league appearances this season.", True,
     [("duration", 27, "year", None), ("count", 7, None, None), ("count", 16, None, None)], None),
    # --- Sunday shows on health subsidies (Reuters) --------------------------------------------
    ("en", "WASHINGTON (Reuters) - About 22 million Americans will see their premiums more than double next year if enhanced subsidies expire, Senator Ruth Albright told CNN's \"State of the Union\" on Sunday.", True,
     [("count", 22000000, None, "about"), ("count", 2, "times", "over")], "Ruth Albright"),
    ("en", "\"I met a family in Dayton who already pay $1,400 a month,\" Albright said.", False,
     [("money", 1400, "USD", None)], None),
    ("en", "The Congressional Budget Office has estimated that about 4 million more people would be uninsured by 2034 without the subsidies.", True,
     [("count", 4000000, None, "about"), ("year", 2034, None, None)], None),
    ("en", "Republican Senator Tom Reddick told NBC's \"Meet the Press\" the subsidies cost \"north of $30 billion a year\" and mostly went to insurers.", True,
     [("money", 30000000000, "USD", "over")], "Tom Reddick"),
    ("en", "The CBO put the cost of a permanent extension at $35 billion a year.", True,
     [("money", 35000000000, "USD", None)], None),
    ("en", "Asked whether she would back a two-year extension, Albright said: \"I'm not going to negotiate against myself on television.\"", False,
     [("duration", 2, "year", None)], None),
    # --- Police chief on local radio (AP) ------------------------------------------------------
    ("en", "\"I think it was a hundred and twelve calls in the first hour alone,\" Police Chief Dana Whitlock told WBUR radio.", True,
     [("count", 112, None, None), ("ordinal", 1, None, None)], "Dana Whitlock"),
    ("en", "Whitlock said 14 people were taken to hospital and two remained in critical condition on Sunday.", True,
     [("count", 14, None, None), ("count", 2, None, None)], "Whitlock"),
    ("en", "Whitlock said about 60 firefighters had been on scene within 40 minutes of the first call.", True,
     [("count", 60, None, "about"), ("duration", 40, "minute", None), ("ordinal", 1, None, None)], "Whitlock"),
    ("en", "The fire broke out shortly after 11 p.m. on the third floor of a six-storey apartment block in Dorchester.", True,
     [("ordinal", 3, None, None), ("count", 6, None, None)], None),
    ("en", "\"That's a question for the fire marshal,\" Whitlock said when asked about the cause.", False, [], None),
    # --- Airline chief on Bloomberg Television (Reuters) ---------------------------------------
    ("en", "Skyline Air will cut about 1,200 jobs, or roughly 8% of its workforce, Chief Executive Tom Hurley said in an interview with Bloomberg Television.", True,
     [("count", 1200, None, "about"), ("percent", 8, "%", "about")], "Tom Hurley"),
    ("en", "\"Fuel is up something like 30 percent on where we planned, and we simply can't absorb that,\" Hurley said.", True,
     [("percent", 30, "%", "about")], "Hurley"),
    ("en", "Hurley said the airline carried 21.3 million passengers last year, a record.", True,
     [("count", 21300000, None, None)], "Hurley"),
    ("en", "Hurley said the fleet of 96 aircraft would shrink by six next year.", True,
     [("count", 96, None, None), ("count", 6, None, None)], "Hurley"),
    ("en", "\"I feel terrible for the people affected,\" he said.", False, [], None),
    ("en", "The cuts will fall mainly on its maintenance base in Tulsa, which employs around 3,000 people.", True,
     [("count", 3000, None, "about")], None),
    # --- House hearing, from the transcript (Reuters) ------------------------------------------
    ("en", "Rep. Jane Miller: Director, how many agents are deployed on the southern border right now?", False, [], None),
    ("en", "Ruiz: Right now we have nineteen hundred agents in the Rio Grande Valley sector alone.", True,
     [("count", 1900, None, None)], "Ruiz"),
    ("en", "Ruiz: Encounters at the border fell to roughly eight thousand in November, the lowest monthly figure since 2000.", True,
     [("count", 8000, None, "about"), ("year", 2000, None, None)], "Ruiz"),
    ("en", "Ruiz: We've hired 2,600 new agents this fiscal year, and about a third of them are already in the field.", True,
     [("count", 2600, None, None), ("fraction", 0.3333, None, "about")], "Ruiz"),
    # --- Mayor on talk radio (CP) --------------------------------------------------------------
    ("en", "TORONTO (CP) - Toronto will hire 500 more transit operators next year, Mayor Anita Brar told Newstalk 1010 on Wednesday.", True,
     [("count", 500, None, None)], "Anita Brar"),
    ("en", "\"Ridership is back to about 85 per cent of pre-pandemic levels,\" Brar said.", True,
     [("percent", 85, "%", "about")], "Brar"),
    ("en", "The Toronto Transit Commission recorded 1.6 million average weekday trips in October, the commission said.", True,
     [("count", 1600000, None, None)], "the commission"),
    # --- Housing secretary at the party conference (PA) ----------------------------------------
    ("en", "\"We'll build 1.5 million homes in this parliament,\" Housing Secretary Rachel Moran told the Labour conference in Liverpool.", True,
     [("count", 1500000, None, None)], "Rachel Moran"),
    ("en", "Official figures show 208,600 net additional dwellings were delivered in England in the year to March.", True,
     [("count", 208600, None, None)], None),
    ("en", "Moran said planning approvals had risen by a fifth since July, to about 31,000 in the three months to September.", True,
     [("fraction", 0.2, None, None), ("count", 31000, None, "about"), ("duration", 3, "month", None)], "Moran"),
    ("en", "\"Home ownership is the dream of every family in this country,\" she said.", False, [], None),
    # --- EU commissioner interviewed by Reuters ------------------------------------------------
    ("en", "\"We have paid out 27 billion euros - no, I'm told 29 billion euros - so far,\" EU Economy Commissioner Henrik Lind told Reuters in an interview.", True,
     [("money", 27000000000, "EUR", None), ("money", 29000000000, "EUR", None)], "Henrik Lind"),
    ("en", "The Ukraine Facility, agreed in 2024, is worth 50 billion euros over four years.", True,
     [("year", 2024, None, None), ("money", 50000000000, "EUR", None), ("duration", 4, "year", None)], None),
    ("en", "Lind said the next tranche of 4.1 billion euros would be paid in March.", True,
     [("money", 4100000000, "EUR", None)], "Lind"),
    # --- Energy regulator on breakfast TV (PA) -------------------------------------------------
    ("en", "Typical household energy bills will drop by about £24 a year from January, Ofgem Chief Executive Miriam Holt told ITV's Good Morning Britain.", True,
     [("money", 24, "GBP", "about")], "Miriam Holt"),
    ("en", "\"That's roughly two pounds a month, and I know it's not a lot,\" Holt said.", True,
     [("money", 2, "GBP", "about")], "Holt"),
    ("en", "The price cap for a typical dual-fuel household will be £1,731 a year from Jan. 1, according to Ofgem.", True,
     [("money", 1731, "GBP", None), ("date", "--01-01", None, None)], "Ofgem"),
    ("en", "Good morning, and thanks for coming in.", False, [], None),
    # --- White House briefing, from the transcript (AP) ----------------------------------------
    ("en", "Q: Can you say how many federal workers have been laid off so far?", False, [], None),
    ("en", "A: I believe the number is somewhere north of 4,000, but I'd refer you to OPM for the exact figure.", True,
     [("count", 4000, None, "over")], None),
    ("en", "A: The president signed 14 executive orders last week alone, and two more are coming tomorrow.", True,
     [("count", 14, None, None), ("count", 2, None, None)], None),
    ("en", "A: The president regrets nothing, except that Democrats walked away from the table.", False, [], None),
    ("en", "The Office of Personnel Management said in a court filing that 4,100 employees had received layoff notices.", True,
     [("count", 4100, None, None)], None),
    ("en", "The shutdown entered its 23rd day on Thursday, with about 750,000 federal employees furloughed.", True,
     [("ordinal", 23, None, None), ("count", 750000, None, "about")], None),
    # --- Finance minister on RTE radio (Reuters) -----------------------------------------------
    ("en", "DUBLIN (Reuters) - Ireland will run a budget surplus of roughly 8 billion euros this year, Finance Minister Cian Doherty told RTE's Morning Ireland programme.", True,
     [("money", 8000000000, "EUR", "about")], "Cian Doherty"),
    ("en", "\"About half of our corporation tax comes from ten companies, and that is a risk,\" Doherty said.", True,
     [("fraction", 0.5, None, "about"), ("count", 10, None, None)], "Doherty"),
    ("en", "Corporation tax receipts reached 28.1 billion euros last year, the finance department said.", True,
     [("money", 28100000000, "EUR", None)], "the finance department"),
    # --- Election rally in Bihar (Reuters) -----------------------------------------------------
    ("en", "PATNA, India (Reuters) - \"In ten years we have built four crore houses for the poor,\" Home Minister Rajiv Sinha told an election rally in Patna.", True,
     [("duration", 10, "year", None), ("count", 40000000, None, None)], "Rajiv Sinha"),
    ("en", "Government data show about 3.8 crore homes have been completed under the scheme since 2015.", True,
     [("count", 38000000, None, "about"), ("year", 2015, None, None)], None),
    ("en", "Sinha said 1.2 crore households in Bihar had received free gas cylinders.", True,
     [("count", 12000000, None, None)], "Sinha"),
    ("en", "\"The opposition only knows how to loot,\" Sinha said to loud cheers.", False, [], None),
    # --- Gilts on an economics podcast (Reuters) -----------------------------------------------
    ("en", "\"The gilt market is basically the boss now,\" former Bank of England policymaker Rupert Hale said on a podcast.", False, [], None),
    ("en", "The 10-year gilt yield rose to 4.9% in January, its highest since 2008.", True,
     [("duration", 10, "year", None), ("percent", 4.9, "%", None), ("year", 2008, None, None)], None),
    ("en", "Hale said about a quarter of outstanding gilts were now held by overseas investors.", True,
     [("fraction", 0.25, None, "about")], "Hale"),

]
