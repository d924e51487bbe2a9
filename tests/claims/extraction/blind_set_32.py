"""Thirty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, constituencies and
figures are made up or used only as sample data (real parties, agencies, police forces,
courts and places such as "ÖVP", "FPÖ", "Kantonspolizei Wallis", "West Yorkshire Police",
"London Fire Brigade", "the Old Bailey" or "PowerOutage.us" stand for the way wire copy names
them; what is said and counted here is invented).

Its weight: BREAKING NEWS AND LIVE COPY as it reaches a desk in its rawest form, half German
(dpa, APA, Keystone-SDA; Austrian "ersucht", "Schmerzengeld", "Wien-Favoriten" in
releases of the Landespolizeidirektion Wien, German Polizeipräsidium releases, Swiss
Kantonspolizei releases with "ss", "Spital", "Meter über Meer") and half English (Reuters,
AP, AFP, PA, AAP and Indian agency copy; "10.15pm", "2:17 p.m.", "Rs 5 lakh", "£500",
"44C"), told as 31 short stories and flash series: wire flashes and urgent leads ("+++
Eilmeldung +++", "+++ Liveticker +++", "EIL:", "BREAKING:", "URGENT:", "FLASH:", "UPDATE
1-", "UPDATE 2-" headlines and the desk's "(Updates death toll, ...)" line), live-ticker
entries with clock-time prefixes ("11.58 Uhr:", "+++ 13.47 Uhr +++", "+++ 06.12 Uhr +++",
"0347 GMT -", "1903 GMT -", "1432 AEDT -", "11:02 -", "12.47pm GMT -", "1 p.m. EDT
update:"), police and fire-brigade press releases (a train collision in Upper Bavaria, a
knife attack in Vienna-Favoriten, a fog pile-up on the A9, an avalanche above Zermatt, a
flat fire in Graz, a threat against a school in Winterthur; a stabbing in Leeds with
"Police were called at 10.15pm", a tower block fire in London, a motorway crash in NSW, a
mall shooting in Omaha), a court live ticker (a murder trial in Graz, a sentencing at the
Old Bailey), parliament live (the Bundestag's pension vote, a Commons third reading, a
Senate confirmation), election nights (the Salzburg state election with Hochrechnungen
and Mandate, a UK by-election count, a Wisconsin Supreme Court race), disaster tickers
(floods in Lower Austria, an earthquake in western Turkey, a quake in Mindanao, bushfires
in NSW, a hurricane off Tampa, a ferry disaster in Bangladesh, a building collapse near
Mumbai, a mine accident in Ontario), agency summaries ("Das Wichtigste in Kürze:" on a
Berlin blackout, "What we know so far:"), market flashes, and correction notices and
clarifications in both languages. Numbers as such copy has them: clock times, dates,
casualty counts with hedges ("mindestens", "mehr als", "rund", "knapp", "bis zu", "at
least", "more than", "about", "around", "almost", "nearly", "up to", "just under"),
rescue operation sizes, vote shares, seat counts, tallies, ages, durations, number words
("drei", "zwölf", "elf", "sechseinhalb", "Twenty-one", "five or six") and compounds
("58-jährige", "zweistündige", "fünfstufigen", "Ja-Stimmen", "four-storey", "20-storey",
"four-week", "35-year-old").

237 rows (121 German, 116 English), 50 negatives (23 German, 27 English), 187 check-worthy
rows of which 29 carry no figure (18 German, 11 English), 252 expected quantities (137
counts, 42 durations, 28 percentages, 17 ordinals, 8 amounts of money, 8 years, 7 dates,
5 fractions; 10 of them in negatives), 39 checked speakers (18 German, 21 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth batch); a
  Konjunktiv I paraphrase reporting a fact is check-worthy with the speaker its own
  attribution gives ("Beide Züge seien mit etwa 80 Kilometern pro Stunde unterwegs gewesen,
  sagte Polizeisprecher Stefan Huber am Unglücksort." -> "Stefan Huber").
- New: a live ticker's clock-time prefix is a clock time and carries no quantity, as clock
  times inside sentences ("um 16.00 Uhr", "0600 GMT", "11.30pm", ninth, fourteenth,
  sixteenth and thirtieth batches) - in every form this batch uses: "11.58 Uhr:", "+++
  13.47 Uhr +++", "0347 GMT -", "1903 GMT -", "1432 AEDT -", "11:02 -", "12.47pm GMT -",
  "1 p.m. EDT update:", also where its digits could be read as a date or a year ("+++
  06.12 Uhr +++" is no 6 December, "1903 GMT" no year 1903, "0347 GMT" no count 347). The
  rest of the entry is judged as a sentence on its own; an entry that is only a prefix and
  filler ("12.47 Uhr: Wir halten Sie auf dem Laufenden.", "11:45 - We'll bring you
  reaction from outside court shortly.") is a negative. "Stand: 18.45 Uhr" (a timestamp
  line) is a negative with no quantity. Clock times in sentences ("gegen 21.40 Uhr", "at
  10.15pm", "about 5.40am", "shortly after 3am", "by 6.12am", "at 10:41 p.m. ET", "by
  midnight", "at 6 p.m.") carry none.
- New: flash labels ("+++ Eilmeldung +++", "+++ Liveticker +++", "EIL:", "BREAKING:",
  "URGENT:", "FLASH:") carry nothing and do not change a row's worthiness; a headline
  without a full stop ("EIL: Tiroler Landeshauptmann Konrad Pichler tritt zurück", "UPDATE
  1-Gunman kills at least four at Nebraska mall, suspect in custody", "FLASH: Ferry
  capsizes on Bangladesh river, dozens missing - police") is judged as a sentence and is
  check-worthy when it states an event. "UPDATE 1-" and "UPDATE 2-" number versions of a
  story: identifiers with no quantity, as "A9", "911" and "Interstate 94" (ninth,
  twenty-sixth and thirtieth batches). "- police" closing a headline leaves the speaker
  unchecked.
- New: desk lines about the copy itself are negatives: the version note "(Updates death
  toll, adds comment from disaster agency)", the headings "Das Wichtigste in Kürze:" and
  "What we know so far:", and ticker filler ("Wir halten Sie auf dem Laufenden.", "Hier
  endet unser Liveblog ...", "Diese Meldung wird laufend aktualisiert.", "More to
  follow.", "This is a breaking news story and will be updated.", "Refresh this page for
  the latest updates.", "That's all from our live coverage tonight ..."). The bulleted
  facts under a summary heading are judged as any sentence.
- Correction notices and clarifications are negatives, as the correction note of the
  twentieth batch, their figures labelled as a figure in a negative is (sixteenth and
  seventeenth batches): "mit zwölf statt 21" counts 12 and 21, "im vierten Absatz"
  ordinal 4, "said 40 people were injured; the correct number is 14" counts 40 and 14,
  "amended on 12 December 2025" the date 2025-12-12; "Wir bitten, den Fehler zu
  entschuldigen." and "Clarification: A previous version ... did not make clear ..."
  carry none.
- Speculation phrased as fear or hope is a negative ("Rescuers fear the toll could rise
  ...", "Die Sorge ist groß, dass die Zahl der Opfer ... weiter steigt.", "Die
  Einsatzkräfte hoffen, dass der Regen ... nachlässt.", as the thirtieth batch's hopes);
  a forecast with a figure from an office or a named official is check-worthy ("soll nach
  Einschätzung der Bahn bis zu zwei Tage dauern", "Forecasters said parts of the Gulf
  Coast could see surge flooding of up to 12 feet.", "Rescue work is likely to continue
  for another 24 hours, ... told reporters.", "Temperatures are forecast to reach 44C").
- What is not yet known is a negative ("Warum ..., ist noch völlig offen.", "Wer hinter
  der Drohung steckt, ist noch unklar.", "The motive for the attack remains unclear.",
  "The cause of the fire is not yet known.", "Whether conditions will ease ... is
  uncertain.", as "Die Brandursache ist noch unklar." in the thirtieth batch); an
  investigation or a check under way is a fact ("Die Polizei prüft ein ...
  Bekennerschreiben", "Die Staatsanwaltschaft ... hat eine Untersuchung eröffnet.",
  "Ontario's chief mine inspector has opened an investigation.", as settled in session
  seven). "Ob er eine Koalition ... eingehen werde, wollte Riedl ... nicht beantworten."
  is a negative (an open question and a no-comment, twenty-first and twenty-ninth
  batches).
- Appeals and advice addressed to readers or the public are negatives ("Zeugen ... werden
  ersucht, sich ... zu melden.", "Die Polizei appelliert an alle Autofahrer ...", "Bitte
  halten Sie sich von Uferbereichen fern ...", "Witnesses, or anyone holding mobile phone
  footage, should call police on 101.", "Residents in the Bulahdelah area should leave
  now ...", "If you are told to evacuate, do not wait.", "Police urge anyone with dashcam
  footage ..."); so are quoted reactions and feelings (a witness, a candidate on election
  night, a Green MP, a shopper, a detective's condolences, a new MP, a winning judge, a
  neighbour), a defendant's last word and a judge's rebuke, scene colour ("brandete
  minutenlanger Jubel auf", "Die Mutter des Opfers brach im Saal in Tränen aus", "family
  wept in the public gallery", "Hundreds of relatives waited on the riverbank ...") and the
  caveat on unverifiable figures in both languages (nineteenth batch: "Die Opferzahlen der
  Behörden konnten vorerst nicht unabhängig bestätigt werden.", "Reuters could not
  immediately verify reports ..."). Figures in negatives are labelled ("five or six pops"
  counts 5 and 6, "Kayla Brandt, 31" and "Grace Adeyemi, 39" ages).
- Check-worthy without a figure: the facts of a police or fire release (a collision, a call
  to a disturbance, an arrest, a refusal to testify, a cordon in place, a blaze under
  control), a line closed, a minister on his way and a briefing planned, a prosecutor's
  demand and a defence plea, a verdict's status, a school evacuated, nothing found, a
  state of emergency, a race called, "Kessler had not conceded by midnight.", "The bill
  now goes to the House of Lords.", a search suspended, "Der Schaden gehe schon jetzt in
  die Hunderte Millionen Euro" (a vague magnitude, as "mehrere Millionen Euro", fifth,
  twenty-second and twenty-eighth batches), a probable fire cause given by the
  investigators (thirtieth batch), headlines of events.
- "Nach ersten Erkenntnissen" and "nach Polizeiangaben"/"nach offiziellen Angaben" carry no
  quantity (as "nach ersten Schätzungen" without an article, the lead's note in the
  sixteenth batch); "Laut der ersten Hochrechnung" is ordinal 1 (with an article, as "nach einer
  ersten Schätzung"); "erstmals" none; "the first services" ordinal 1; "FLASH: Dollar
  slips below 140 yen for first time since 2023" ordinal 1 (a headline drops "the"), 140
  JPY with "under" (an exchange rate is money in the priced currency, fourteenth and
  thirty-first batches) and the year 2023.
- Election nights: vote shares are percentages, a list with the unit written once ("Die
  SPÖ hält bei 17,4, die KPÖ bei 11,9 und die Grünen bei 6,3 Prozent.") percent for every
  item (eleventh batch); "ein Minus von 7,6 Prozentpunkten" 7.6 pp as written (eleventh);
  "um 6,2 Prozentpunkte", "Schwankungsbreite ... 1,8 Prozentpunkten" and "a swing of 9.6
  points" pp (poll and election points, twenty-third and twenty-ninth); "Im 36 Sitze
  zählenden Landtag ... auf zwölf Mandate, die ÖVP auf elf" counts 36, 12 and 11; "aller
  119 Gemeinden" count 119; "knapp 48.000 Stück" 48,000 "nearly"; "a majority of 4,212,
  down from 11,806" two counts; "came second with 12,904 votes" ordinal 2 and a count;
  "With about 91% of the expected vote counted" 91 % "about"; "the court's 4-3 liberal
  majority", "vote split 5-4", "voted 52-48" and "by 312 votes to 248, a majority of 64"
  counts (tallies, twenty-second and twenty-sixth batches); "at third reading" ordinal 3
  (as "in zweiter und dritter Lesung", twenty-ninth); "318 Ja-Stimmen bei 224
  Nein-Stimmen und 53 Enthaltungen" three counts; "jeder vierte FPÖ-Wähler" 0.25;
  "Almost two-thirds of postal votes" 0.6667 "nearly"; "bei unter 30-Jährigen" an age of
  30 years with "under" (as "Kinder unter 14 Jahren", twenty-third); "£500 deposit" GBP.
  "Laut Wahltagsbefragung" and "Laut der ersten Hochrechnung ..." (polls) leave the speaker
  unchecked.
- New: "Police were called at 10.15pm on Saturday 6 December ..." is a fact of the
  release and check-worthy, with the date --12-06 (a British day-month date) and no
  quantity for the clock time.
- Casualties and operations: "mindestens drei", "at least four", "Mindestens 27
  Gebäude", "at least 23 bodies" "at_least"; "Mehr als 350 Einsatzkräfte", "more than
  1,900 families", "More than 70 fires" "over"; "rund 120 Fahrgäste", "Around 2,300
  firefighters", "About a quarter" "about"; "41 ..., 14 von ihnen schwer", "23 Menschen
  ..., vier davon schwere" and "19 of them not yet contained" counts ("von ihnen", "davon",
  "of them" are pronouns, no fraction); "Für zwei von ihnen kam jede Hilfe zu spät" count
  2, a fact (twenty-eighth batch fix); "Three of the wounded", "Two of the injured miners"
  counts; "one of the cars" none (a pronoun, eleventh batch); "dozens", "Hundreds",
  "hundreds of homes" none; "Petrie stabbed Mr Nowak 14 times" count 14 (as "voted 12
  times"); "a father of three" count 3; "fast jeder fünfte Haushalt" 0.2 "nearly";
  "Rund ein Drittel der Gemeinden" 0.3333 "about".
- "Das ist mehr als das Dreifache der üblichen Regenmenge" is count 3 "times" with "over",
  as "fast das Dreifache" (thirty-first batch).
- Physical measures and scales are counts (fourth batch): "10,87 Metern", "rund 3.100
  Metern über Meer", "etwa 400 Meter", "unter 50 Metern" ("under"), "rund zehn Kilometern
  Tiefe", "bis zu 280 Liter Regen pro Quadratmeter", "etwa/rund 80 Kilometern pro Stunde",
  "18 km", "about 32 km", "about 12,000 hectares", "44C", "up to 90km/h", "140 mph", "12
  mph", "up to 12 feet", "about 1,200 metres"; "about 180 miles (290 kilometers)" is 180
  "about" and 290 with no hedge (the hedge stands before the first figure only);
  magnitudes "der Stärke 6,3", "magnitude 6.7", "at 7.0"; "a Category 4 storm" count 4;
  "die Gefahrenstufe 3 auf der fünfstufigen Lawinenskala" counts 3 and 5 (as "Stufe drei
  der fünfteiligen Skala", twenty-seventh); "unter 22.000 Punkte" count 22,000 "under"
  (index levels, twenty-sixth).
- Identifiers carry none: "A9", "WEGA", "THW", "999 control officers" (as "911"), "call
  police on 101", "UPDATE 2", "NDRF".
- "a four-storey residential building" count 4 and "the 20-storey building" count 20 (as
  "the two-storey home", thirtieth batch); "on the 11th floor", "im dritten Obergeschoss",
  "aus dem vierten und fünften Stock" ordinals; "den dritten und letzten Tag" ordinal 3;
  "der vierte Messerangriff", "die dritte derartige Drohung", "das dritte tödliche
  Lawinenunglück", "der zweite Anschlag", "das erste Todesopfer", "the third fatal
  stabbing" ordinals.
- Ages are durations in years ("ein 23-jähriger Mann", "Ein 31-jähriger Tatverdächtiger",
  "Ein 46 Jahre alter Lkw-Fahrer", "ein 29-jähriger Deutscher und eine 34-jährige
  Schweizerin", "der 58-jährige Lokführer", "einen 41-jährigen Steirer", "Ein 70-jähriger
  Mann", "a 22-year-old man", "aged 19 and 21", "A 17-year-old girl", "Liam Petrie, 29,",
  "Aaron Wells, 26,", "a 63-year-old woman", "a man aged 66", "The 41-year-old truck
  driver"). New: "The 35-year-old building" is 35 years as well (the age of a thing is
  written as a person's, and "a 25-year high" is a duration too, earlier batches).
- Durations: "binnen zwei Wochen" 2 weeks (thirty-first batch); "für gut sechseinhalb
  Stunden" 6.5 hours "over" ("gut" is "over", twentieth); "Nach mehr als drei Stunden
  Beratung" 3 hours "over"; "während fast fünf Stunden" 5 hours "nearly"; "eine
  zweistündige ... Debatte" 2 hours; "drei Tage Bedenkzeit" 3 days; "zu 20 Jahren Haft" 20
  years; "erst in 48 Stunden" 48 hours; "bis zu zwei Tage" 2 days "up_to"; "vor fünf
  Jahren" 5 years; "within six minutes" 6 minutes; "in nearly two decades" 20 years
  "nearly" (twentieth and thirty-first); "just under nine hours" 9 hours "under" (ninth);
  "a four-week trial" 4 weeks; "eight years and six months" two durations; "for life with
  a minimum term of 31 years" 31 years with no hedge (earlier batch); "more than 30 hours"
  30 hours "over"; "for almost seven hours" 7 hours "nearly"; "for another 24 hours" 24
  hours; "minutenlanger Jubel", "in den kommenden Stunden", "bis Freitagabend", "a short
  time later", "in seconds", "through the night" none.
- Money: "je 30.000 Euro Schmerzengeld" 30,000 EUR (no hedge for "je", thirty-first
  batch); "rund 1,2 Millionen Euro", "rund 120 Milliarden Euro" EUR "about"; "$5 million
  bail" USD; "topped $80 million" 80,000,000 USD with no hedge (a verb, as "could exceed",
  thirty-first); "Rs 5 lakh" 500,000 INR (twelfth and thirtieth). Years: "bis 2031", "bis
  2040", "seit 2011", "in 2022", "in 2014", "since 1984", "in May 2026" (the year).
  Datelines with a day ("OMAHA, Neb., Dec 6 (Reuters)", "MANILA, Nov 17", "SYDNEY, Jan 8
  (AAP)", "DHAKA, Oct 3 (AFP)") are dates without a year; "am 19. Dezember" --12-19;
  German, AP, PA and "MUMBAI:" datelines none; weekdays and months alone none.
- Speakers, checked only in forms the earlier batches settled, and in a few decided here:
  a title before a name is dropped ("Polizeisprecher", "Meinungsforscherin",
  "Gerichtssprecherin", "Arbeitsministerin", "Landesrat", "Police Chief", "RFS
  Commissioner", "Transport Secretary", "NDRF Commandant"), a phrase after the name too
  ("am Unglücksort", "im ORF", "im Plenum"); "teilte das Polizeipräsidium Oberbayern Süd /
  das Polizeipräsidium Oberfranken / die Landespolizeidirektion Wien / die Landeswahlbehörde
  / die Feuerwehr mit", "wie die Kantonspolizei Wallis / die Kantonspolizei mitteilte" the
  source with its article in the nominative, its region part of the name (as "die
  Stadtpolizei Zürich", thirtieth batch); "teilte das Innenministerium in Ankara mit" ->
  "das Innenministerium" (the place dropped, twenty-sixth); "so der Landesfeuerwehrverband"
  the source with its article; "Nach Angaben der Polizei" -> "die Polizei" (as "nach
  Angaben der Feuerwehr"); "police said" -> "police"; "West Yorkshire Police said",
  "London Fire Brigade said", "NSW Police said", "Northcrest Minerals said in a statement"
  and "according to PowerOutage.us" as written; "the U.S. Geological Survey", "the Crown
  Prosecution Service", "the London Ambulance Service", "the National Hurricane Center",
  "the Omaha Police Department", "the council", "the utility" said at the end and
  "according to the Brennan Center for Justice" with the article in lower case; "X told
  reporters" X. New: "Laut LPD Wien" -> "LPD Wien" as written (as "laut Polizei", "laut
  UNHCR"); "teilte Stromnetz Berlin mit" -> "Stromnetz Berlin" (a name without an
  article, as "wie Eurostat mitteilte"); "teilte das Land Niederösterreich mit" -> "das
  Land Niederösterreich"; "the airport said" -> "the airport" (as "the council said").
  Left unchecked (None): "nach Polizeiangaben", "nach offiziellen Angaben", "nach Angaben
  eines Sprechers der Bundespolizei", "nach Angaben der Deutschen Bahn" (a capitalised
  adjective heading the name, twentieth and thirty-first batches), "nach Angaben der ÖBB"
  (a plural name, as "wie die SBB mitteilten"), "nach Einschätzung der Bahn", "nach Angaben
  der Katastrophenschutzbehörde Afad" (a description before a name), "schätzt die
  Polizei", "beziffert das Arbeitsministerium" (no verb of saying), "bestätigte die
  Polizei" (a verb no batch settled), "so die Brandermittler" (a plural group), "Der
  Gerichtsmediziner sagt aus" (a role, no name), "Laut Wahltagsbefragung", "a hospital
  spokeswoman said", "disaster officials said", "the national disaster agency said" (an
  adjective, twenty-sixth), "the NSW Rural Fire Service says" (present tense after the
  claim, as "the WHO says"), "according to preliminary assessments", "officials said", "a
  municipal official said", "local police chief Abdul Karim told AFP" (a lower-case
  description before the name), "Forecasters said", "the court heard", "- police" closing
  a headline, and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_32 = [
    # === German =================================================================================
    # --- Eilmeldung: Zugunglück in Oberbayern (dpa), Liveblog ---------------------------------
    ("de", "+++ Eilmeldung +++ Bei einem Zugunglück im oberbayerischen Landkreis Traunstein sind nach Polizeiangaben mindestens drei Menschen ums Leben gekommen.", True,
     [("count", 3, None, "at_least")], None),
    ("de", "Ein Regionalzug war am Vormittag nahe Obing frontal mit einem Güterzug zusammengestoßen, teilte das Polizeipräsidium Oberbayern Süd mit.", True,
     [], "das Polizeipräsidium Oberbayern Süd"),
    ("de", "11.58 Uhr: Nach Angaben eines Sprechers der Bundespolizei befanden sich rund 120 Fahrgäste in dem Regionalzug.", True,
     [("count", 120, None, "about")], None),
    ("de", "12.14 Uhr: Die Zahl der Verletzten ist inzwischen auf 41 gestiegen, 14 von ihnen schwer.", True,
     [("count", 41, None, None), ("count", 14, None, None)], None),
    ("de", "12.30 Uhr: Mehr als 350 Einsatzkräfte von Feuerwehr, Rettungsdienst, THW und Polizei sind vor Ort, darunter sechs Rettungshubschrauber.", True,
     [("count", 350, None, "over"), ("count", 6, None, None)], None),
    ("de", "12.47 Uhr: Wir halten Sie auf dem Laufenden.", False, [], None),
    ("de", "Beide Züge seien mit etwa 80 Kilometern pro Stunde unterwegs gewesen, sagte Polizeisprecher Stefan Huber am Unglücksort.", True,
     [("count", 80, None, "about")], "Stefan Huber"),
    ("de", "13.05 Uhr: Die Strecke zwischen Rosenheim und Mühldorf bleibt nach Angaben der Deutschen Bahn mindestens bis Freitagabend gesperrt.", True, [], None),
    ("de", "13.22 Uhr: „Ich zittere immer noch am ganzen Körper“, sagte eine Anwohnerin, die den Zusammenstoß von ihrem Garten aus beobachtet hatte.", False, [], None),
    ("de", "13.40 Uhr: Warum die beiden Züge auf demselben Gleis unterwegs waren, ist noch völlig offen.", False, [], None),
    ("de", "14.10 Uhr: Bundesverkehrsminister Hendrik Baumgart ist auf dem Weg zur Unglücksstelle und will am Nachmittag vor die Presse treten.", True, [], None),
    ("de", "15.02 Uhr: Nach Angaben der Polizei ist unter den Toten auch der 58-jährige Lokführer des Regionalzugs.", True,
     [("duration", 58, "year", None)], "die Polizei"),
    ("de", "15.30 Uhr: Die Bergung der beiden Triebwagen soll nach Einschätzung der Bahn bis zu zwei Tage dauern.", True,
     [("duration", 2, "day", "up_to")], None),
    ("de", "16.20 Uhr: Hier endet unser Liveblog zum Zugunglück in Oberbayern.", False, [], None),
    # --- Landtagswahl Salzburg, Wahlabend live (APA) --------------------------------------------
    ("de", "17.00 Uhr: Die Wahllokale in Salzburg haben geschlossen, rund 390.000 Menschen waren wahlberechtigt.", True,
     [("count", 390000, None, "about")], None),
    ("de", "17.12 Uhr: Laut der ersten Hochrechnung von Foresight für den ORF kommt die ÖVP auf 29,8 Prozent, ein Minus von 7,6 Prozentpunkten.", True,
     [("ordinal", 1, None, None), ("percent", 29.8, "%", None), ("percent", 7.6, "pp", None)], None),
    ("de", "Die FPÖ legt demnach um 6,2 Prozentpunkte auf 31,1 Prozent zu und wäre damit erstmals stärkste Kraft im Land.", True,
     [("percent", 6.2, "pp", None), ("percent", 31.1, "%", None)], None),
    ("de", "Die SPÖ hält bei 17,4, die KPÖ bei 11,9 und die Grünen bei 6,3 Prozent.", True,
     [("percent", 17.4, "%", None), ("percent", 11.9, "%", None), ("percent", 6.3, "%", None)], None),
    ("de", "Die NEOS müssen mit 4,6 Prozent um den Wiedereinzug in den Landtag bangen.", True,
     [("percent", 4.6, "%", None)], None),
    ("de", "Die Schwankungsbreite der Hochrechnung liegt bei 1,8 Prozentpunkten.", True,
     [("percent", 1.8, "pp", None)], None),
    ("de", "17.40 Uhr: „Das ist ein schmerzhafter Abend, da gibt es nichts schönzureden“, sagte ÖVP-Spitzenkandidat Markus Riedl im ORF.", False, [], None),
    ("de", "Im Festzelt der Freiheitlichen in der Salzburger Altstadt brandete minutenlanger Jubel auf.", False, [], None),
    ("de", "Die FPÖ habe vor allem bei unter 30-Jährigen gepunktet, sagte Meinungsforscherin Christina Lenhart im ORF.", True,
     [("duration", 30, "year", "under")], "Christina Lenhart"),
    ("de", "Laut Wahltagsbefragung nannte jeder vierte FPÖ-Wähler die Teuerung als wichtigstes Wahlmotiv.", True,
     [("fraction", 0.25, None, None)], None),
    ("de", "18.55 Uhr: Nach Auszählung aller 119 Gemeinden ohne Wahlkarten kommt die FPÖ auf 31,6 Prozent, die ÖVP auf 29,2 Prozent.", True,
     [("count", 119, None, None), ("percent", 31.6, "%", None), ("percent", 29.2, "%", None)], None),
    ("de", "Die Wahlbeteiligung lag bei 71,3 Prozent, nach 71,8 Prozent vor fünf Jahren, teilte die Landeswahlbehörde mit.", True,
     [("percent", 71.3, "%", None), ("percent", 71.8, "%", None), ("duration", 5, "year", None)], "die Landeswahlbehörde"),
    ("de", "Die Wahlkarten werden am Montag ausgezählt, ausgestellt wurden knapp 48.000 Stück.", True,
     [("count", 48000, None, "nearly")], None),
    ("de", "Im 36 Sitze zählenden Landtag käme die FPÖ demnach auf zwölf Mandate, die ÖVP auf elf.", True,
     [("count", 36, None, None), ("count", 12, None, None), ("count", 11, None, None)], None),
    ("de", "Für eine absolute Mehrheit sind 19 Mandate nötig.", True,
     [("count", 19, None, None)], None),
    ("de", "Ob er eine Koalition mit der FPÖ eingehen werde, wollte Riedl am Wahlabend nicht beantworten.", False, [], None),
    # --- Messerangriff in Favoriten (APA, Aussendung der LPD Wien) ----------------------------
    ("de", "Wien (APA) - Bei einem Messerangriff in Wien-Favoriten ist am Sonntagabend ein 23-jähriger Mann lebensgefährlich verletzt worden.", True,
     [("duration", 23, "year", None)], None),
    ("de", "Die Polizei wurde gegen 21.40 Uhr zu einem Streit in der Quellenstraße gerufen, teilte die Landespolizeidirektion Wien am Montag mit.", True,
     [], "die Landespolizeidirektion Wien"),
    ("de", "Ein 31-jähriger Tatverdächtiger wurde nach kurzer Flucht von Beamten der Sondereinheit WEGA festgenommen.", True,
     [("duration", 31, "year", None)], None),
    ("de", "Laut LPD Wien erlitt das Opfer drei Stichverletzungen im Oberkörper.", True,
     [("count", 3, None, None)], "LPD Wien"),
    ("de", "Der Verdächtige verweigerte bisher die Aussage und wurde in die Justizanstalt Josefstadt eingeliefert.", True, [], None),
    ("de", "Zeugen, die den Vorfall beobachtet haben, werden ersucht, sich bei der Landespolizeidirektion Wien zu melden.", False, [], None),
    ("de", "Es ist bereits der vierte Messerangriff in Favoriten binnen zwei Wochen.", True,
     [("ordinal", 4, None, None), ("duration", 2, "week", None)], None),
    # --- Massenkarambolage auf der A9 (dpa, Polizeipräsidium Oberfranken) ----------------------
    ("de", "Bayreuth (dpa) - Bei einer Massenkarambolage im dichten Nebel auf der A9 in Oberfranken sind am Dienstagmorgen mehr als 40 Fahrzeuge ineinandergefahren.", True,
     [("count", 40, None, "over")], None),
    ("de", "Nach ersten Erkenntnissen erlitten 23 Menschen Verletzungen, vier davon schwere, teilte das Polizeipräsidium Oberfranken mit.", True,
     [("count", 23, None, None), ("count", 4, None, None)], "das Polizeipräsidium Oberfranken"),
    ("de", "Die Sichtweite lag zum Unfallzeitpunkt gegen 7.15 Uhr stellenweise bei unter 50 Metern.", True,
     [("count", 50, None, "under")], None),
    ("de", "Ein 46 Jahre alter Lkw-Fahrer soll den Unfall ausgelöst haben, als er trotz des Nebels mit rund 80 Kilometern pro Stunde unterwegs war.", True,
     [("duration", 46, "year", None), ("count", 80, None, "about")], None),
    ("de", "Die Autobahn blieb in Richtung München für gut sechseinhalb Stunden gesperrt.", True,
     [("duration", 6.5, "hour", "over")], None),
    ("de", "Den Sachschaden schätzt die Polizei auf rund 1,2 Millionen Euro.", True,
     [("money", 1200000, "EUR", "about")], None),
    ("de", "Die Polizei appelliert an alle Autofahrer, bei Nebel das Tempo deutlich zu drosseln und ausreichend Abstand zu halten.", False, [], None),
    # --- Lawinenunglück bei Zermatt (Keystone-SDA, Kantonspolizei Wallis) ----------------------
    ("de", "Sitten (Keystone-SDA) - Eine Lawine hat am Samstagnachmittag oberhalb von Zermatt vier Skitourengänger verschüttet.", True,
     [("count", 4, None, None)], None),
    ("de", "Für zwei von ihnen kam jede Hilfe zu spät, wie die Kantonspolizei Wallis mitteilte.", True,
     [("count", 2, None, None)], "die Kantonspolizei Wallis"),
    ("de", "Die beiden anderen, ein 29-jähriger Deutscher und eine 34-jährige Schweizerin, wurden mittelschwer verletzt ins Spital nach Visp geflogen.", True,
     [("duration", 29, "year", None), ("duration", 34, "year", None)], None),
    ("de", "Die Lawine war auf rund 3.100 Metern über Meer abgegangen und etwa 400 Meter breit.", True,
     [("count", 3100, None, "about"), ("count", 400, None, "about")], None),
    ("de", "Im Einsatz standen fünf Helikopter der Air Zermatt und der Rega sowie zwei Lawinenhunde.", True,
     [("count", 5, None, None), ("count", 2, None, None)], None),
    ("de", "Im Oberwallis galt am Samstag die Gefahrenstufe 3 auf der fünfstufigen Lawinenskala.", True,
     [("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Die Staatsanwaltschaft des Kantons Wallis hat eine Untersuchung eröffnet.", True, [], None),
    ("de", "Es ist das dritte tödliche Lawinenunglück im Wallis in diesem Winter.", True,
     [("ordinal", 3, None, None)], None),
    # --- Mordprozess in Graz, Gerichts-Liveticker (APA) ----------------------------------------
    ("de", "9.05 Uhr: Der Prozess gegen einen 41-jährigen Steirer, der seine frühere Lebensgefährtin getötet haben soll, geht am Landesgericht Graz in den dritten und letzten Tag.", True,
     [("duration", 41, "year", None), ("ordinal", 3, None, None)], None),
    ("de", "9.30 Uhr: Der Gerichtsmediziner sagt aus, die Frau sei durch mindestens 17 Messerstiche getötet worden.", True,
     [("count", 17, None, "at_least")], None),
    ("de", "11.15 Uhr: Die Staatsanwältin fordert in ihrem Schlussplädoyer eine lebenslange Freiheitsstrafe.", True, [], None),
    ("de", "11.50 Uhr: Der Verteidiger spricht von einer Tat im Affekt und plädiert auf Totschlag.", True, [], None),
    ("de", "12.20 Uhr: Der Angeklagte hat das letzte Wort: „Es tut mir unendlich leid, ich wollte das alles nicht.“", False, [], None),
    ("de", "12.25 Uhr: Die acht Geschworenen ziehen sich zur Beratung zurück.", True,
     [("count", 8, None, None)], None),
    ("de", "15.40 Uhr: Nach mehr als drei Stunden Beratung steht das Urteil fest.", True,
     [("duration", 3, "hour", "over")], None),
    ("de", "15.48 Uhr: Die Geschworenen sprechen den Angeklagten einstimmig des Mordes schuldig, er wird zu 20 Jahren Haft verurteilt.", True,
     [("duration", 20, "year", None)], None),
    ("de", "Zudem muss er den beiden Kindern des Opfers je 30.000 Euro Schmerzengeld zahlen.", True,
     [("money", 30000, "EUR", None)], None),
    ("de", "Der Verteidiger erbat drei Tage Bedenkzeit, das Urteil ist somit nicht rechtskräftig.", True,
     [("duration", 3, "day", None)], None),
    ("de", "15.55 Uhr: Der Verurteilte bleibt bis zur Rechtskraft des Urteils in Untersuchungshaft, sagte Gerichtssprecherin Barbara Lenz.", True,
     [], "Barbara Lenz"),
    ("de", "Die Mutter des Opfers brach im Saal in Tränen aus und musste von Angehörigen gestützt werden.", False, [], None),
    # --- Bundestag, Abstimmung über das Rentenpaket (dpa, live) --------------------------------
    ("de", "+++ 13.47 Uhr +++ Der Bundestag hat das Rentenpaket mit 318 Ja-Stimmen bei 224 Nein-Stimmen und 53 Enthaltungen beschlossen.", True,
     [("count", 318, None, None), ("count", 224, None, None), ("count", 53, None, None)], None),
    ("de", "Für die Kanzlermehrheit wären 316 Stimmen nötig gewesen.", True,
     [("count", 316, None, None)], None),
    ("de", "Das Gesetz schreibt das Rentenniveau bis 2031 bei 48 Prozent fest.", True,
     [("year", 2031, None, None), ("percent", 48, "%", None)], None),
    ("de", "Die Mehrkosten beziffert das Arbeitsministerium bis 2040 auf rund 120 Milliarden Euro.", True,
     [("year", 2040, None, None), ("money", 120000000000, "EUR", "about")], None),
    ("de", "Rund 21 Millionen Rentnerinnen und Rentner profitierten von der Haltelinie, sagte Arbeitsministerin Petra Kühn im Plenum.", True,
     [("count", 21000000, None, "about")], "Petra Kühn"),
    ("de", "Der Abstimmung war eine zweistündige, teils hitzige Debatte vorausgegangen.", True,
     [("duration", 2, "hour", None)], None),
    ("de", "„Dieses Paket ist ein Versprechen an die Jungen, das niemand halten kann“, rief die Grünen-Abgeordnete Lea Sommer ins Plenum.", False, [], None),
    ("de", "Abschließend befasst sich am 19. Dezember der Bundesrat mit dem Gesetz.", True,
     [("date", "--12-19", None, None)], None),
    # --- Hochwasser in Niederösterreich, Liveticker (APA) --------------------------------------
    ("de", "+++ Liveticker +++ Hochwasser in Niederösterreich: Das gesamte Bundesland ist seit Sonntagfrüh Katastrophengebiet.", True, [], None),
    ("de", "8.15 Uhr: Die Donau bei Kienstock hat in der Nacht einen Pegelstand von 10,87 Metern erreicht, teilte das Land Niederösterreich mit.", True,
     [("count", 10.87, None, None)], "das Land Niederösterreich"),
    ("de", "9.02 Uhr: Landesweit stehen derzeit mehr als 4.500 Feuerwehrleute im Einsatz, so der Landesfeuerwehrverband.", True,
     [("count", 4500, None, "over")], "der Landesfeuerwehrverband"),
    ("de", "9.40 Uhr: In Tulln mussten rund 250 Bewohner ihre Häuser verlassen, im Bezirk Melk wurden 42 Straßen gesperrt.", True,
     [("count", 250, None, "about"), ("count", 42, None, None)], None),
    ("de", "Rund ein Drittel der Gemeinden im Bezirk Tulln ist nur noch mit Booten erreichbar.", True,
     [("fraction", 0.3333, None, "about")], None),
    ("de", "10.12 Uhr: Ein 70-jähriger Mann ist in seinem überfluteten Keller in Böheimkirchen ertrunken, bestätigte die Polizei.", True,
     [("duration", 70, "year", None)], None),
    ("de", "Es ist das erste Todesopfer des Hochwassers in Österreich.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "10.30 Uhr: Seit Freitag sind in Teilen des Mostviertels bis zu 280 Liter Regen pro Quadratmeter gefallen.", True,
     [("count", 280, None, "up_to")], None),
    ("de", "Das ist mehr als das Dreifache der üblichen Regenmenge eines ganzen Septembers.", True,
     [("count", 3, "times", "over")], None),
    ("de", "Der Schaden gehe schon jetzt in die Hunderte Millionen Euro, so Landesrat Josef Hainzl.", True,
     [], "Josef Hainzl"),
    ("de", "11.05 Uhr: Die Weststrecke zwischen St. Pölten und Amstetten bleibt nach Angaben der ÖBB voraussichtlich bis Mittwoch unterbrochen.", True, [], None),
    ("de", "Bitte halten Sie sich von Uferbereichen fern und betreten Sie keine überfluteten Keller.", False, [], None),
    ("de", "Die Einsatzkräfte hoffen, dass der Regen wie vorhergesagt am Abend nachlässt.", False, [], None),
    # --- Stromausfall in Berlin, Das Wichtigste in Kürze (dpa) ---------------------------------
    ("de", "Das Wichtigste in Kürze:", False, [], None),
    ("de", "Nach einem Brandanschlag auf zwei Hochspannungsmasten sind im Südosten Berlins rund 45.000 Haushalte und 2.200 Gewerbebetriebe ohne Strom.", True,
     [("count", 2, None, None), ("count", 45000, None, "about"), ("count", 2200, None, None)], None),
    ("de", "Die Versorgung werde voraussichtlich erst in 48 Stunden vollständig wiederhergestellt sein, teilte Stromnetz Berlin mit.", True,
     [("duration", 48, "hour", None)], "Stromnetz Berlin"),
    ("de", "Betroffen ist damit fast jeder fünfte Haushalt im Bezirk Treptow-Köpenick.", True,
     [("fraction", 0.2, None, "nearly")], None),
    ("de", "Die Polizei prüft ein im Internet veröffentlichtes Bekennerschreiben einer linksextremen Gruppe.", True, [], None),
    ("de", "Der Staatsschutz beim Landeskriminalamt hat die Ermittlungen übernommen.", True, [], None),
    ("de", "Es ist der zweite Anschlag auf die Berliner Stromversorgung in diesem Jahr.", True,
     [("ordinal", 2, None, None)], None),
    # --- Eilmeldungen (Reuters, dpa, Keystone-SDA) ---------------------------------------------
    ("de", "EIL: Tiroler Landeshauptmann Konrad Pichler tritt zurück", True, [], None),
    ("de", "EIL: EZB senkt Einlagenzins überraschend um 0,25 Prozentpunkte - neuer Satz 2,0 Prozent", True,
     [("percent", 0.25, "pp", None), ("percent", 2.0, "%", None)], None),
    ("de", "EIL: Zürcher Stimmvolk lehnt Pistenverlängerung am Flughafen mit 58,4 Prozent ab", True,
     [("percent", 58.4, "%", None)], None),
    ("de", "EIL: Dax fällt erstmals seit April unter 22.000 Punkte", True,
     [("count", 22000, None, "under")], None),
    # --- Wohnungsbrand in Graz (APA, Aussendung der Berufsfeuerwehr) ---------------------------
    ("de", "Graz (APA) - Bei einem Wohnungsbrand in Graz-Lend sind in der Nacht auf Freitag zwei Menschen schwer verletzt worden.", True,
     [("count", 2, None, None)], None),
    ("de", "Die Berufsfeuerwehr Graz war mit 62 Einsatzkräften und 14 Fahrzeugen vor Ort, teilte die Feuerwehr mit.", True,
     [("count", 62, None, None), ("count", 14, None, None)], "die Feuerwehr"),
    ("de", "Die Einsatzkräfte retteten elf Bewohner über Drehleitern aus dem vierten und fünften Stock.", True,
     [("count", 11, None, None), ("ordinal", 4, None, None), ("ordinal", 5, None, None)], None),
    ("de", "Das Feuer war gegen 2.45 Uhr in einer Küche im dritten Obergeschoss ausgebrochen.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Brandursache dürfte eine eingeschaltete Herdplatte gewesen sein, so die Brandermittler.", True, [], None),
    ("de", "Das Haus ist vorerst unbewohnbar, die 26 Mieter wurden in einem Hotel untergebracht.", True,
     [("count", 26, None, None)], None),
    ("de", "Stand: 18.45 Uhr", False, [], None),
    # --- Korrekturen --------------------------------------------------------------------------
    ("de", "Berichtigung: In einer früheren Fassung dieser Meldung wurde die Zahl der Verletzten mit zwölf statt 21 angegeben.", False,
     [("count", 12, None, None), ("count", 21, None, None)], None),
    ("de", "Korrigiert wurde zudem die Schreibweise des Namens des Bürgermeisters im vierten Absatz.", False,
     [("ordinal", 4, None, None)], None),
    ("de", "Wir bitten, den Fehler zu entschuldigen.", False, [], None),
    # --- Drohung gegen Kantonsschule (Keystone-SDA, Kantonspolizei Zürich) ---------------------
    ("de", "Winterthur (Keystone-SDA) - Wegen einer Drohung per E-Mail hat die Kantonspolizei Zürich am Mittwochmorgen eine Kantonsschule in Winterthur evakuiert.", True, [], None),
    ("de", "Rund 1.100 Schülerinnen und Schüler sowie 140 Lehrpersonen mussten das Gebäude verlassen.", True,
     [("count", 1100, None, "about"), ("count", 140, None, None)], None),
    ("de", "Die Polizei stand mit einem Grossaufgebot und Sprengstoffspürhunden während fast fünf Stunden im Einsatz.", True,
     [("duration", 5, "hour", "nearly")], None),
    ("de", "Verdächtige Gegenstände wurden keine gefunden, wie die Kantonspolizei am Nachmittag mitteilte.", True,
     [], "die Kantonspolizei"),
    ("de", "Es ist bereits die dritte derartige Drohung gegen eine Schule im Kanton seit Anfang November.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Wer hinter der Drohung steckt, ist noch unklar.", False, [], None),
    # --- Erdbeben in der Westtürkei, Ticker (dpa) ----------------------------------------------
    ("de", "+++ 06.12 Uhr +++ Ein Erdbeben der Stärke 6,3 hat den Westen der Türkei erschüttert.", True,
     [("count", 6.3, None, None)], None),
    ("de", "Das Epizentrum lag nach Angaben der Katastrophenschutzbehörde Afad in rund zehn Kilometern Tiefe nahe der Kleinstadt Simav.", True,
     [("count", 10, None, "about")], None),
    ("de", "+++ 07.40 Uhr +++ Die Zahl der Toten ist nach offiziellen Angaben auf mindestens neun gestiegen, mehr als 150 Menschen wurden verletzt.", True,
     [("count", 9, None, "at_least"), ("count", 150, None, "over")], None),
    ("de", "Mindestens 27 Gebäude sind eingestürzt, unter den Trümmern werden noch Verschüttete vermutet.", True,
     [("count", 27, None, "at_least")], None),
    ("de", "+++ 08.15 Uhr +++ Rund 2.400 Helfer sind im Erdbebengebiet im Einsatz, teilte das Innenministerium in Ankara mit.", True,
     [("count", 2400, None, "about")], "das Innenministerium"),
    ("de", "Es war das stärkste Beben in der Region seit 2011.", True,
     [("year", 2011, None, None)], None),
    ("de", "Die Opferzahlen der Behörden konnten vorerst nicht unabhängig bestätigt werden.", False, [], None),
    ("de", "Die Sorge ist groß, dass die Zahl der Opfer in den kommenden Stunden weiter steigt.", False, [], None),
    ("de", "Diese Meldung wird laufend aktualisiert.", False, [], None),
    # === English ================================================================================
    # --- Shooting at a Nebraska mall (Reuters/AP, breaking) -----------------------------------
    ("en", "BREAKING: At least four people have been killed in a shooting at a shopping mall in Omaha, Nebraska, police said.", True,
     [("count", 4, None, "at_least")], "police"),
    ("en", "UPDATE 1-Gunman kills at least four at Nebraska mall, suspect in custody", True,
     [("count", 4, None, "at_least")], None),
    ("en", "OMAHA, Neb., Dec 6 (Reuters) - A gunman opened fire inside a crowded shopping mall in Omaha on Saturday afternoon, killing at least four people and wounding seven others before he was taken into custody, police said.", True,
     [("date", "--12-06", None, None), ("count", 4, None, "at_least"), ("count", 7, None, None)], "police"),
    ("en", "Officers were dispatched at 2:17 p.m. and the suspect, a 22-year-old man, was arrested within six minutes, Police Chief Dana Whitcomb told reporters.", True,
     [("duration", 22, "year", None), ("duration", 6, "minute", None)], "Dana Whitcomb"),
    ("en", "Three of the wounded were in critical condition at Nebraska Medical Center, a hospital spokeswoman said.", True,
     [("count", 3, None, None)], None),
    ("en", "The suspect is being held on $5 million bail at the Douglas County jail.", True,
     [("money", 5000000, "USD", None)], None),
    ("en", "It was the deadliest shooting in the city in nearly two decades.", True,
     [("duration", 20, "year", "nearly")], None),
    ("en", "\"I heard five or six pops and then everybody just started running,\" said shopper Kayla Brandt, 31.", False,
     [("count", 5, None, None), ("count", 6, None, None), ("duration", 31, "year", None)], None),
    ("en", "The suspect fired at least 30 rounds from a semi-automatic rifle, the Omaha Police Department said.", True,
     [("count", 30, None, "at_least")], "the Omaha Police Department"),
    ("en", "The motive for the attack remains unclear.", False, [], None),
    ("en", "More to follow.", False, [], None),
    # --- Earthquake in the southern Philippines (Reuters, UPDATE 2) ---------------------------
    ("en", "UPDATE 2-Strong quake hits southern Philippines, at least 11 dead", True,
     [("count", 11, None, "at_least")], None),
    ("en", "(Updates death toll, adds comment from disaster agency)", False, [], None),
    ("en", "MANILA, Nov 17 (Reuters) - A magnitude 6.7 earthquake struck the southern Philippine island of Mindanao early on Monday, killing at least 11 people and leaving hundreds of homes damaged, disaster officials said.", True,
     [("date", "--11-17", None, None), ("count", 6.7, None, None), ("count", 11, None, "at_least")], None),
    ("en", "The quake hit at a depth of 18 km about 32 km southeast of the town of Hinatuan, the U.S. Geological Survey said.", True,
     [("count", 18, None, None), ("count", 32, None, "about")], "the U.S. Geological Survey"),
    ("en", "The state seismology agency Phivolcs had initially put the magnitude at 7.0.", True,
     [("count", 7.0, None, None)], None),
    ("en", "At least 38 people were injured and more than 1,900 families had moved to evacuation centres, the national disaster agency said.", True,
     [("count", 38, None, "at_least"), ("count", 1900, None, "over")], None),
    ("en", "Rescuers fear the toll could rise as teams reach remote villages cut off by landslides.", False, [], None),
    ("en", "Reuters could not immediately verify reports of further casualties in the mountain villages.", False, [], None),
    # --- Fatal stabbing in Leeds (PA, West Yorkshire Police release) -------------------------
    ("en", "Police were called at 10.15pm on Saturday 6 December to reports of a disturbance on Briggate in Leeds city centre.", True,
     [("date", "--12-06", None, None)], None),
    ("en", "A 24-year-old man was found with stab wounds and taken to hospital, where he died a short time later, West Yorkshire Police said.", True,
     [("duration", 24, "year", None)], "West Yorkshire Police"),
    ("en", "Two men, aged 19 and 21, have been arrested on suspicion of murder and remain in custody.", True,
     [("count", 2, None, None), ("duration", 19, "year", None), ("duration", 21, "year", None)], None),
    ("en", "A 17-year-old girl, held on suspicion of assisting an offender, has since been bailed.", True,
     [("duration", 17, "year", None)], None),
    ("en", "A cordon remains in place while officers carry out house-to-house inquiries.", True, [], None),
    ("en", "Detective Chief Inspector Hannah Roe said: \"Our thoughts are with the young man's family at this incredibly difficult time.\"", False, [], None),
    ("en", "Witnesses, or anyone holding mobile phone footage, should call police on 101.", False, [], None),
    ("en", "It is the third fatal stabbing in the city since October.", True,
     [("ordinal", 3, None, None)], None),
    # --- By-election night (PA, live) ---------------------------------------------------------
    ("en", "0347 GMT - Labour has held Bexford West in the by-election with a majority of 4,212, down from 11,806 at the general election.", True,
     [("count", 4212, None, None), ("count", 11806, None, None)], None),
    ("en", "Reform UK came second with 12,904 votes, ahead of the Conservatives on 6,118.", True,
     [("ordinal", 2, None, None), ("count", 12904, None, None), ("count", 6118, None, None)], None),
    ("en", "Turnout was 38.2%, compared with 61.4% at last year's general election.", True,
     [("percent", 38.2, "%", None), ("percent", 61.4, "%", None)], None),
    ("en", "The result represents a swing of 9.6 points from Labour to Reform.", True,
     [("percent", 9.6, "pp", None)], None),
    ("en", "Almost two-thirds of postal votes had been returned before polling day.", True,
     [("fraction", 0.6667, None, "nearly")], None),
    ("en", "Counting at the Bexford Leisure Centre finished shortly before 3.30am, the council said.", True, [], "the council"),
    ("en", "The Liberal Democrats lost their deposit after winning just 3.9% of the vote.", True,
     [("percent", 3.9, "%", None)], None),
    ("en", "Candidates need 5% of the vote to keep their £500 deposit.", True,
     [("percent", 5, "%", None), ("money", 500, "GBP", None)], None),
    ("en", "The new MP, Grace Adeyemi, 39, told supporters: \"Bexford has sent a message tonight, and I heard it loud and clear.\"", False,
     [("duration", 39, "year", None)], None),
    # --- Wisconsin Supreme Court race (AP, election night) ------------------------------------
    ("en", "With about 91% of the expected vote counted, Judge Laura Mendel had 54.8% to Brian Kessler's 45.2% in the race for an open seat on the Wisconsin Supreme Court.", True,
     [("percent", 91, "%", "about"), ("percent", 54.8, "%", None), ("percent", 45.2, "%", None)], None),
    ("en", "The Associated Press called the race for Mendel at 10:41 p.m. ET.", True, [], None),
    ("en", "Her victory preserves the court's 4-3 liberal majority.", True,
     [("count", 4, None, None), ("count", 3, None, None)], None),
    ("en", "Spending in the race topped $80 million, according to the Brennan Center for Justice.", True,
     [("money", 80000000, "USD", None)], "the Brennan Center for Justice"),
    ("en", "Turnout reached nearly 2.3 million voters, roughly 39% of the voting-age population.", True,
     [("count", 2300000, None, "nearly"), ("percent", 39, "%", "about")], None),
    ("en", "\"Tonight, Wisconsin voters chose a court that answers to them,\" Mendel told cheering supporters in Madison.", False, [], None),
    ("en", "Kessler had not conceded by midnight.", True, [], None),
    # --- Murder sentencing at the Old Bailey (PA, live) ---------------------------------------
    ("en", "11:02 - Mrs Justice Harrow has begun her sentencing remarks at the Old Bailey.", True, [], None),
    ("en", "11:20 - Liam Petrie, 29, has been jailed for life with a minimum term of 31 years for the murder of delivery driver Tomasz Nowak.", True,
     [("duration", 29, "year", None), ("duration", 31, "year", None)], None),
    ("en", "Petrie stabbed Mr Nowak 14 times after a row over a parking space, the Crown Prosecution Service said.", True,
     [("count", 14, None, None)], "the Crown Prosecution Service"),
    ("en", "The jury took just under nine hours to convict him after a four-week trial.", True,
     [("duration", 9, "hour", "under"), ("duration", 4, "week", None)], None),
    ("en", "His co-defendant, Aaron Wells, 26, was jailed for eight years and six months for manslaughter.", True,
     [("duration", 26, "year", None), ("duration", 8, "year", None), ("duration", 6, "month", None)], None),
    ("en", "\"Your cowardice that night is matched only by your arrogance in this courtroom,\" the judge told Petrie.", False, [], None),
    ("en", "Members of Mr Nowak's family wept in the public gallery as the sentence was read out.", False, [], None),
    ("en", "11:45 - We'll bring you reaction from outside court shortly.", False, [], None),
    ("en", "12.47pm GMT - Mr Nowak, a father of three, had moved to London from Gdansk in 2014, the court heard.", True,
     [("count", 3, None, None), ("year", 2014, None, None)], None),
    # --- Commons and Senate votes (PA, AP) ----------------------------------------------------
    ("en", "1903 GMT - MPs have approved the Rail Ownership Bill at third reading by 312 votes to 248, a majority of 64.", True,
     [("ordinal", 3, None, None), ("count", 312, None, None), ("count", 248, None, None), ("count", 64, None, None)], None),
    ("en", "Twenty-one Labour MPs rebelled against the government.", True,
     [("count", 21, None, None)], None),
    ("en", "Transport Secretary Neil Carver said the first services would transfer to public ownership in May 2026.", True,
     [("ordinal", 1, None, None), ("year", 2026, None, None)], "Neil Carver"),
    ("en", "The bill now goes to the House of Lords.", True, [], None),
    ("en", "WASHINGTON (AP) — The Senate voted 52-48 on Thursday to confirm Marcus Ellery as U.S. ambassador to Japan.", True,
     [("count", 52, None, None), ("count", 48, None, None)], None),
    ("en", "Two Republicans joined 46 Democrats in opposing the nomination.", True,
     [("count", 2, None, None), ("count", 46, None, None)], None),
    # --- Bushfires in New South Wales (AAP, live) ---------------------------------------------
    ("en", "SYDNEY, Jan 8 (AAP) - More than 70 fires are burning across New South Wales, 19 of them not yet contained, the NSW Rural Fire Service says.", True,
     [("date", "--01-08", None, None), ("count", 70, None, "over"), ("count", 19, None, None)], None),
    ("en", "1432 AEDT - An emergency warning has been issued for a fire near Bulahdelah that has burned through about 12,000 hectares.", True,
     [("count", 12000, None, "about")], None),
    ("en", "At least 16 homes have been destroyed, according to preliminary assessments.", True,
     [("count", 16, None, "at_least")], None),
    ("en", "Temperatures are forecast to reach 44C in western Sydney on Friday, with winds gusting up to 90km/h.", True,
     [("count", 44, None, None), ("count", 90, None, "up_to")], None),
    ("en", "Around 2,300 firefighters and 85 aircraft have been deployed, RFS Commissioner Mark Delaney told reporters.", True,
     [("count", 2300, None, "about"), ("count", 85, None, None)], "Mark Delaney"),
    ("en", "Residents in the Bulahdelah area should leave now if the path is clear.", False, [], None),
    ("en", "Whether conditions will ease before the weekend is uncertain.", False, [], None),
    # --- Corrections --------------------------------------------------------------------------
    ("en", "Correction: An earlier version of this story said 40 people were injured; the correct number is 14.", False,
     [("count", 40, None, None), ("count", 14, None, None)], None),
    ("en", "This article was amended on 12 December 2025 to correct the spelling of a victim's name.", False,
     [("date", "2025-12-12", None, None)], None),
    ("en", "Clarification: A previous version of this story did not make clear that the casualty figures were provisional.", False, [], None),
    # --- Ferry disaster in Bangladesh (AFP, flash) --------------------------------------------
    ("en", "FLASH: Ferry capsizes on Bangladesh river, dozens missing - police", True, [], None),
    ("en", "DHAKA, Oct 3 (AFP) - A ferry carrying more than 150 passengers capsized on the Meghna river in central Bangladesh on Friday, police said, with at least 23 bodies recovered so far.", True,
     [("date", "--10-03", None, None), ("count", 150, None, "over"), ("count", 23, None, "at_least")], "police"),
    ("en", "Around 60 people swam to shore or were picked up by fishing boats, local police chief Abdul Karim told AFP.", True,
     [("count", 60, None, "about")], None),
    ("en", "The vessel was licensed to carry 90 people, officials said.", True,
     [("count", 90, None, None)], None),
    ("en", "Navy divers suspended the search at nightfall and will resume at dawn.", True, [], None),
    ("en", "Hundreds of relatives waited on the riverbank through the night, many of them weeping.", False, [], None),
    # --- Tower block fire in east London (PA, London Fire Brigade) ----------------------------
    ("en", "LONDON (PA) - Around 100 firefighters and 15 fire engines were called to a fire at a tower block in Tower Hamlets in the early hours of Wednesday.", True,
     [("count", 100, None, "about"), ("count", 15, None, None)], None),
    ("en", "The fire broke out on the 11th floor of the 20-storey building shortly after 3am, London Fire Brigade said.", True,
     [("ordinal", 11, None, None), ("count", 20, None, None)], "London Fire Brigade"),
    ("en", "Firefighters rescued six people and a further 45 left the building before crews arrived.", True,
     [("count", 6, None, None), ("count", 45, None, None)], None),
    ("en", "Three people were taken to hospital, the London Ambulance Service said.", True,
     [("count", 3, None, None)], "the London Ambulance Service"),
    ("en", "The brigade's 999 control officers took more than 60 calls about the blaze.", True,
     [("count", 60, None, "over")], None),
    ("en", "The fire was under control by 6.12am.", True, [], None),
    ("en", "The cause of the fire is not yet known.", False, [], None),
    # --- Hurricane Nadia (AP, live) -----------------------------------------------------------
    ("en", "1 p.m. EDT update: Hurricane Nadia has strengthened to a Category 4 storm with maximum sustained winds of 140 mph, the National Hurricane Center said.", True,
     [("count", 4, None, None), ("count", 140, None, None)], "the National Hurricane Center"),
    ("en", "The storm was about 180 miles (290 kilometers) south-southwest of Tampa and moving north at 12 mph.", True,
     [("count", 180, None, "about"), ("count", 290, None, None), ("count", 12, None, None)], None),
    ("en", "More than 1.4 million homes and businesses are without power, according to PowerOutage.us.", True,
     [("count", 1400000, None, "over")], "PowerOutage.us"),
    ("en", "Forecasters said parts of the Gulf Coast could see surge flooding of up to 12 feet.", True,
     [("count", 12, None, "up_to")], None),
    ("en", "About a quarter of customers in Pinellas County had lost power by early afternoon, the utility said.", True,
     [("fraction", 0.25, None, "about")], "the utility"),
    ("en", "Mandatory evacuation orders are in place in 11 counties.", True,
     [("count", 11, None, None)], None),
    ("en", "Tampa International Airport will close at 6 p.m. and remain closed until further notice, the airport said.", True, [], "the airport"),
    ("en", "If you are told to evacuate, do not wait.", False, [], None),
    # --- Building collapse near Mumbai (Indian agency copy) -----------------------------------
    ("en", "MUMBAI: At least seven people were killed and 12 injured after a four-storey residential building collapsed in Bhiwandi near Mumbai early on Tuesday, officials said.", True,
     [("count", 7, None, "at_least"), ("count", 12, None, None), ("count", 4, None, None)], None),
    ("en", "Two teams of the National Disaster Response Force are carrying out rescue operations, and nine people have been pulled out alive so far.", True,
     [("count", 2, None, None), ("count", 9, None, None)], None),
    ("en", "The 35-year-old building had been declared dangerous by the civic body in 2022, a municipal official said.", True,
     [("duration", 35, "year", None), ("year", 2022, None, None)], None),
    ("en", "The state government announced an ex gratia of Rs 5 lakh for the families of each of the deceased.", True,
     [("money", 500000, "INR", None)], None),
    ("en", "Around 20 families lived in the building, most of them powerloom workers.", True,
     [("count", 20, None, "about")], None),
    ("en", "Rescue work is likely to continue for another 24 hours, NDRF Commandant Anil Rawat told reporters.", True,
     [("duration", 24, "hour", None)], "Anil Rawat"),
    ("en", "\"We heard a loud crash and the whole building came down in seconds,\" said neighbour Ramesh Patil.", False, [], None),
    # --- Mine accident in Ontario (CP, what we know) ------------------------------------------
    ("en", "What we know so far:", False, [], None),
    ("en", "Four miners were killed and 27 rescued after a rockfall at a nickel mine near Sudbury, Ontario, on Thursday.", True,
     [("count", 4, None, None), ("count", 27, None, None)], None),
    ("en", "The rescue operation lasted more than 30 hours.", True,
     [("duration", 30, "hour", "over")], None),
    ("en", "The miners had been trapped about 1,200 metres underground.", True,
     [("count", 1200, None, "about")], None),
    ("en", "Two of the injured miners remain in hospital, Northcrest Minerals said in a statement.", True,
     [("count", 2, None, None)], "Northcrest Minerals"),
    ("en", "The mine employs about 650 people.", True,
     [("count", 650, None, "about")], None),
    ("en", "Ontario's chief mine inspector has opened an investigation.", True, [], None),
    ("en", "It was the deadliest mining accident in the province since 1984.", True,
     [("year", 1984, None, None)], None),
    # --- Market flashes (Reuters) -------------------------------------------------------------
    ("en", "BREAKING: Bank of England holds interest rates at 4%, vote split 5-4", True,
     [("percent", 4, "%", None), ("count", 5, None, None), ("count", 4, None, None)], None),
    ("en", "URGENT: Japan's Nikkei share average falls more than 4% in early trade", True,
     [("percent", 4, "%", "over")], None),
    ("en", "FLASH: Dollar slips below 140 yen for first time since 2023", True,
     [("money", 140, "JPY", "under"), ("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    # --- Crash on the Pacific Motorway (AAP, NSW Police release) ------------------------------
    ("en", "Emergency services were called to the Pacific Motorway at Ourimbah about 5.40am on Sunday after a truck and two cars collided.", True,
     [("count", 2, None, None)], None),
    ("en", "The driver of one of the cars, a 63-year-old woman, died at the scene, NSW Police said.", True,
     [("duration", 63, "year", None)], "NSW Police"),
    ("en", "Her passenger, a man aged 66, was airlifted to John Hunter Hospital in a serious condition.", True,
     [("duration", 66, "year", None)], None),
    ("en", "The 41-year-old truck driver was taken to hospital for mandatory testing.", True,
     [("duration", 41, "year", None)], None),
    ("en", "The southbound lanes were closed for almost seven hours.", True,
     [("duration", 7, "hour", "nearly")], None),
    ("en", "Police urge anyone with dashcam footage of the crash to come forward.", False, [], None),
    # --- Live-page filler ---------------------------------------------------------------------
    ("en", "This is a breaking news story and will be updated.", False, [], None),
    ("en", "Refresh this page for the latest updates.", False, [], None),
    ("en", "That's all from our live coverage tonight - thank you for following along.", False, [], None),
]
