"""Blind batches (sample data written for tests): the rates they reached must not drop.

Since the learned opinion model (worthiness/learned.py, trained on these batches), the floors of
negatives rejected and precision stay where the rules alone put them: the model lifts both, by an
amount each retraining moves a little; recall, quantities and speakers keep their raised floors, so a
retraining that costs a check-worthy row fails here.

First batch (blind_set.py, 246 sentences) as first run, before the fixes it prompted:
recall 0.995, negatives rejected 0.79, quantities exact 0.967 (0.960 with qualifier),
quantity precision 0.958, speakers 0.925. Second batch (blind_set_2.py, 140 sentences)
as first run after those fixes: recall 0.991, negatives rejected 0.958, quantities exact
0.960, quantity precision 0.966, speakers 1.0. Third batch (blind_set_3.py, 198 sentences)
as first run: recall 1.0, negatives rejected 0.833 (precision 0.964), quantities exact 0.971
(0.967 with qualifier), quantity precision 0.979, speakers 0.930 (one label was corrected
afterwards: "the two sides" is a count by the rules; on the corrected labels quantities exact
0.971, precision 0.983). Fourth batch (blind_set_4.py, 187 sentences: polls, markets,
sport, courts, weather, health, war reporting, headlines) as first run: recall 0.928
(verbless headlines with a figure were dropped), negatives rejected 0.765 (precision 0.947),
quantities exact 0.936 (the same with qualifier), quantity precision 0.956, speakers 1.0.
Fifth batch (blind_set_5.py, 190 sentences: wire leads with datelines, diplomacy, migration,
science, energy, transport, local news, US/UK political copy, two-sentence quotes, number
words in compounds) as first run: recall 1.0, negatives rejected 0.75 (precision 0.945),
quantities exact 0.981 (0.967 with qualifier), quantity precision 0.991, speakers 0.90 (on
the labels corrected after the run: vote tallies are two counts, as in the third batch;
on the labels as first written quantities exact 0.981, precision 0.962).
Sixth batch (blind_set_6.py, 161 sentences: wire leads with datelines, attributed numbers,
appositions with an age, two-sentence quotes, Konjunktiv I, number words in compounds,
hedges, money in eleven currencies, ranges, headlines, courts, sport, weather) as first
run: recall 1.0, negatives rejected 0.735 (precision 0.934), quantities exact 0.985 (the
same with qualifier), quantity precision 0.970, speakers 0.857.
Seventh batch (blind_set_7.py, 252 sentences: 118 negatives of many kinds, 134 verifiable
look-alikes with evaluative words, positions, intentions, forecasts with figures) as first
run: recall 0.993, negatives rejected 0.610 (precision 0.743), quantities exact 0.979 (the
same with qualifier), quantity precision 0.986, speakers 0.870. After the fixes it prompted
(forms of address and imperatives, scene-setting words, commentary words, German endings of
evaluative adjectives, "the X is ... <evaluative>"): negatives rejected 0.907, and in the
older batches the fourth 0.912 -> 1.0, the fifth 0.972 -> 1.0, the sixth 0.735 -> 0.941.
Then speakers ("chief executive Laura Kent said", "sagte sein Anwalt"), measures glued to
digits ("100mm") and a German separable verb ("wies ... ab") took it to recall, quantities
and speakers 1.0 (two labels corrected, see blind_set_7.py), with negatives rejected 0.898:
one more quoted opinion is returned now that its speaker is found.
Eighth batch (blind_set_8.py, 214 sentences: a general wire mix, half German, half English,
politics, war, markets, courts, health, weather, sport, culture, science, 41 negatives) as
first run: recall 0.988, negatives rejected 0.756 (precision 0.945), quantities exact 0.986
(0.982 with qualifier, 0.978 in claims with the language detected), quantity precision
0.989, speakers 0.927. After the fixes it prompted ("gut" before a figure is a hedge, court
verbs, "wie X ankündigte", "X say", "the CDC estimates", "edged up to", "by almost half",
"One can", a year before "Gold", "at 34", wishes, appeals to readers, scene and commentary
words): recall 1.0, negatives rejected 0.976, quantities exact 0.996, speakers 1.0.
Ninth batch (blind_set_9.py, 250 sentences: a general wire mix, half German with Austrian,
German and Swiss usage, half English with UK and US usage, 40 negatives) as first run:
recall 1.0, negatives rejected 0.65 (precision 0.9375), quantities exact 0.991 (0.984 with
qualifier, 0.991 in claims with the language detected), quantity precision 0.984, speakers
0.944. After the fixes it prompted (a dash after "%" is a range, "0600 GMT" a clock time,
"Paragrafen 218" an identifier, speakers after a dateline and after "union leader", "high
time", German hortatives, "anybody's guess", "Bleibt die Frage", calls to subscribe):
recall 1.0, negatives rejected 0.775, quantities exact 0.994, speakers 1.0.
Tenth batch (blind_set_10.py, 229 sentences: a general wire mix, half German, half English,
46 negatives, many of them idioms and metaphors without evaluative words) as first run: recall
1.0, negatives rejected 0.630 (precision 0.915), quantities exact 0.973 (0.964 with
qualifier), quantity precision 0.979, speakers 0.927. Rules added for opinion meanwhile
(idioms, quoted verdicts; their author never saw this batch) took negatives rejected to 0.696
on it before any fix it prompted. After the fixes it prompted (exchange rates as money in the
priced currency, "Dreierkoalition", "jede zehnte" after a year, "Viertelprozentpunkt", poll
points, ages after a role noun, "third-quarter", "plus or minus", "älter als", "an die",
"the billion-dollar question"; titles before names, lower-case sources, possessives, a
description before a name; proverbs, quoted feelings, "sprach von", views of "many"):
recall 1.0, negatives rejected 0.978, quantities exact 1.0, speakers 1.0.
Labels corrected on 2026-11-26: exchange rates in the second, third and fourth batches are
money in the priced currency (the ninth and tenth batches' convention), and the sixth
batch's "the statistics agency INSEE" is "INSEE" by its own rule.
Eleventh batch (blind_set_11.py, 236 sentences: a general news day with weight on earnings,
central banks, polls, sport, science, climate, transport, defence and courts; 48 negatives),
written after the tenth batch's fixes, as first run: recall 1.0, negatives rejected 0.604
(precision 0.908), quantities exact 0.987 on the labels after one correction (0.986 as first
written; 0.973 with qualifier), quantity precision 0.981, speakers 0.961. So the rules added
for the tenth batch's opinions did not carry to new copy; quantities and recall did. After
the fixes it prompted ("null Prozent", a unit written once for a list of shares, "einen bis
2028 laufenden Vertrag", "Der Bürgermeister, 61,", poll leads "narrowed to three points",
hedges before "ein halbes", comparisons with "the", "over N years" as a span, fiscal halves,
scores after "beating"; "..., schätzt das Bundesamt", a participle clause before "said";
looking back, "the days when ... are over", sayings, quoted feelings, scene words, idioms):
recall 1.0, negatives rejected 1.0, quantities exact 1.0, speakers 1.0.
Twelfth batch (blind_set_12.py, 217 sentences: agriculture, labour, housing, education,
migration, tech, space, energy, disasters, obituaries; Indian, Irish and US wire usage; 42
negatives), written after the eleventh batch's fixes, as first run: recall 1.0, negatives
rejected 0.643 (precision 0.921), quantities exact 0.981 (the same with qualifier), quantity
precision 0.978, speakers 0.898. Two sentences were split wrongly ("Zum 30. Jahrestag", "CAPE
CANAVERAL, Fla. (AP)"). After the fixes it prompted (rupees, lakh and crore, a euro "cent",
obituary ages, a year before "census", "Class 12" as a label; "wie X mitteilte" at the end, names
with "and", an attribution after the last comma, hyphenated roles, "an estimated"; the two
splits): recall 1.0, quantities exact 1.0, speakers 1.0; negatives rejected unchanged (0.643).
Thirteenth batch (blind_set_13.py, 170 sentences: 60 negatives and 110 facts, 40 of them
look-alikes without any figure: closures, appointments, arrests, rulings, launches), written
to judge a learned opinion signal, as first run: recall 0.964 (four plain German facts without
a figure: a weak preterite, a perfect and a state passive with "sein", a present-tense
closure), negatives rejected 0.75 (precision 0.876), quantities exact 1.0, speakers 0.95. A naive
Bayes opinion penalty trained on the first twelve batches took negatives rejected to 0.783 but
recall to 0.955 on it, and was not adopted. After the fixes it prompted (German perfect and
state passive with "sein", news verbs in the preterite, present-tense events with a time
anchor; "said navy spokesman Tom Reyes"): recall 1.0, speakers 1.0, negatives rejected 0.75.
Fourteenth batch (blind_set_14.py, 224 sentences: German-language and English wire copy on
diplomacy, war and peace talks, summits, sanctions, energy, economy and migration, weighted on
numbers as words and in compounds, hedges and every form of attribution; 46 negatives, many of
kinds the earlier batches had little of: wire boilerplate, no-comment lines, counterfactuals,
quoted pleasantries and slogans, concessions, maxims), written in session five after the
thirteenth batch's fixes, as first run: recall 1.0, negatives rejected 0.587 (precision 0.904),
quantities exact 0.988 (the same with qualifier), quantity precision 0.981, speakers 0.931.
Fifteenth batch (blind_set_15.py, 237 sentences: a regional and service news day, police and
fire, traffic, weather and hazards, health, schools, budgets, courts, sport tables, business,
culture, science; Austrian, Swiss, UK, US, Australian, Canadian and Indian usage; 45 negatives of
kinds the earlier batches had little of: editorial notes, teasers, counterfactuals, thanks,
speculation, service advice, horoscopes, recipe steps), written in session five after the
thirteenth batch's fixes, as first run: recall 1.0, negatives rejected 0.556 (precision 0.906),
quantities exact 0.981 (0.978 with qualifier), quantity precision 0.987, speakers 1.0.
Fixes for both (helpers hq5, hs5, ho5; ho5 developed the non-claim rules on the fourteenth's
negatives only and ran the twelfth, thirteenth and fifteenth for their rates only): "Dreiviertelstunde",
"halbstündig", "unter vier Augen" and other number idioms, "Drittstaaten", "zu drei Vierteln",
"nur noch Achter", "zwei seiner sieben Werke", "fünfstufig", vague "mehrere hunderttausend", cents in
the dollar named before them, "an estimated ... of", series scores; "Dem X in Y zufolge", genders of
normalised German sources ("das Ratssekretariat"), "für"-names, "said U.S. envoy X"; editorial and
no-comment lines, hypotheticals without a source, quoted greetings and slogans, concessions, maxims.
After them the fourteenth is at 1.0 everywhere and the fifteenth at quantities exact 0.997, speakers
1.0. Transfer of the non-claim rules to the three held-out batches: negatives rejected 0.643 -> 0.667
(twelfth), 0.75 -> 0.75 (thirteenth), 0.556 -> 0.622 (fifteenth), recall 1.0 on all three: +4 of 147.
The fifteenth's negatives are kept unfixed as a third yardstick.
Sixteenth batch (blind_set_16.py, 225 sentences: a full wire day, 26 stories of a dateline lead
and six to nine following sentences each, quotes continued in the next sentence, Konjunktiv I
paraphrase, "sagte X weiter", "he added"; 43 negatives as they occur, most of them quoted opinion
with a named speaker), written after the fourteenth/fifteenth fixes, as first run: recall 0.995 (a
whole-sentence quote continuation), negatives rejected 0.419 (precision 0.879), quantities exact
0.986 (0.983 with qualifier), quantity precision 0.997, speakers 0.931.
Seventeenth batch (blind_set_17.py, 232 sentences, 61 % German: hard number forms in ordinary news
sentences, number words of every size, fractions, compounds, ranges, hedges, "Tsd.", hryvnias; 40
negatives, 19 of them opinions that carry a figure), written after those fixes, as first run: recall
1.0, negatives rejected 0.50 (precision 0.906), quantities exact 0.997 (the same with qualifier),
quantity precision 1.0, speakers 0.963.
Eighteenth batch (blind_set_18.py, 227 sentences: an ordinary weekday, 30 short stories of six to
nine sentences in story order, German and English, politics, economy, markets, companies, courts,
crime, health, science, tech, climate, culture, sport, conflicts; 45 negatives as they occur, most
of them quoted opinion), written after the same fixes, as first run on committed code (9747f48):
recall 0.973 (five facts without a figure: "Das Urteil ... ist nicht rechtskräftig.", "einer der
größten Einzelfunde in der Geschichte", a scheduled debate, an attributed fact with a quoted verb
phrase, "Chilean presidents cannot serve consecutive terms."), negatives rejected 0.511 (precision
0.889), quantities exact 0.992 (0.987 with qualifier), quantity precision 0.992, speakers 0.793
(roles not in the role list before a name, attribution before a colon, "Police Scotland", names
joined by "and").
Nineteenth batch (blind_set_19.py, 230 sentences, 62 % German: Austrian, German and Swiss wire copy
and English copy on diplomacy and war, EU and national politics, economy, regional news, courts,
health and sport, names in several transliterations, every attribution form; 40 negatives as they
occur), written after the fixes for the fourteenth to seventeenth batches' quantities and the
fourteenth's speakers and non-claims, as first run on committed code (127b4e4): recall 0.979
(four plain facts without a figure: "bleibt ... vorerst gesperrt", "verlief positiv", "Das Urteil
ist noch nicht rechtskräftig.", "It was the lowest rate since March."), negatives rejected 0.475
(precision 0.899), quantities exact 0.992 (0.988 with qualifier), quantity precision 0.996, speakers
0.927. With the non-claim rules then being written for the sixteenth and seventeenth batches (not yet
committed; their author never saw this batch) negatives rejected was 0.625 at the same recall.
Fixes for the sixteenth to nineteenth batches (helpers hq6, hq7, hs6, hs7, ho6; ho6 developed on
the sixteenth's and seventeenth's rows only): "Platz eins", "came second", "left Madrid second",
poll points beside a share, "phased in over four years", "Das 1912 entstandene Gemälde", "below
1990 levels", "about a 35% chance", "verfügen über", a unit on the last item of a list; role nouns
by their endings before a name, "X, description, said:", names joined by "and" and continued by
"für", "Police Scotland", a place after the source, "according to" over a subject; quoted opinion
judged by what the quote itself states (positive evidence: a figure, an event, a position, a time,
a finding, a state, a name), verdicts over a figure, passive service appeals, memories. Transfer of
ho6's rules to batches it never saw: negatives rejected 0.511 -> 0.644 (eighteenth), 0.475 -> 0.650
(nineteenth), 0.622 -> 0.689 (fifteenth), 0.667 and 0.75 unchanged (twelfth, thirteenth), recall
unchanged everywhere: quoted opinion with a named speaker, the commonest non-claim in real wire copy,
is the first kind whose rule carried to new copy. Then the recall misses of the eighteenth and
nineteenth (helper hr7: a ruling's legal status, measured superlatives and records, scheduled events
with a date ahead, continuing states, term limits by law, a scare-quoted verb phrase in reported
speech, 102 more German news preterites) took both to recall 1.0 with no negative returned anew.
On 2026-11-26 one label each in the second, third and fourth batches was corrected by the
lead's convention: an exchange rate ("past 100 per dollar" after "The rouble", "past 155 per
dollar" after "The yen", "158 je Dollar" after "Der Yen") is money in the priced currency,
as the ninth and tenth batches label it; the engine gives it so since the same day.
Twentieth to twenty-third batches, written in session six by four helpers who read neither the
engine nor its unit tests, after all the fixes above, as first run on committed code (3d8d246):
twentieth (blind_set_20.py, 225 sentences, 71 % English: an English-language wire day, 32 stories,
US/UK/AU/IN/CA usage; 42 negatives): recall 0.995, negatives rejected 0.595 (precision 0.915),
quantities exact 0.976 (the same with qualifier), quantity precision 0.976, speakers 0.919;
twenty-first (blind_set_21.py, 237 sentences, 72 % German: an APA/dpa/SDA wire day, 32 stories;
42 negatives): recall 0.979 (five facts without a figure: Konjunktiv I with a time, a quoted verb
phrase in reported speech, a vague count, a referral to the second chamber), negatives rejected
0.548 (precision 0.91), quantities exact 0.993, quantity precision 0.993, speakers 0.95;
twenty-second (blind_set_22.py, 240 sentences, half each: facts without figures, opinion shaped
like fact, number forms that trip parsers; 54 negatives): recall 1.0, negatives rejected 0.63
(precision 0.903), quantities exact 0.976 (0.969 with qualifier), quantity precision 0.98,
speakers 0.981; twenty-third (blind_set_23.py, 235 sentences, half each: elections, markets,
public finance, prices, health, climate, sport figures; 48 negatives): recall 1.0, negatives
rejected 0.646 (precision 0.917), quantities exact 0.971 on the labels after one correction
(a currency carried over from the row before is a count: rows are judged alone), quantity
precision 0.979, speakers 0.953.
Fixes for them (helpers hq8, hs8, hr8; ho7's opinion rules were developed on the twelfth, thirteenth
and eighteenth batches only, while these four were being written): recall 1.0 and speakers 1.0 on all
four, quantities exact 1.0, 1.0, 1.0 and 0.997 (4.2pc, names with a number, "nearly double the",
lakh crore, cents before A$, ages, "Gesamtdritter", "Fr. 380 Mio.", "exactly" no hedge, counted
years and days); negatives rejected 0.595 -> 0.642, 0.548 -> 0.619, 0.63 -> 0.667, 0.646 -> 0.688 from ho7's
rules alone (never developed on these rows, which are kept as yardsticks); on the held-out fifteenth
and nineteenth 0.689 -> 0.733 and 0.65 -> 0.70.
Twenty-fourth (blind_set_24.py, 233 sentences, 56 % German: an ordinary mixed wire day, 30 stories;
44 negatives) and twenty-fifth (blind_set_25.py, 235 sentences, half each: a news day told through
statements and reactions; 66 negatives), written while those fixes were made, as first run on
committed code (2edc185, after every fix but the quantities'): twenty-fourth recall 1.0, negatives
rejected 0.523 (precision 0.90), quantities exact 0.989, quantity precision 0.986, speakers 0.976;
twenty-fifth recall 0.988 (a plea, a scheduled parliamentary decision), negatives rejected 0.455
(precision 0.823), quantities exact 0.985, quantity precision 0.985, speakers 0.985. Quoted opinion
with a named speaker is nearly all that is still returned. After the fixes they prompted (helpers
hsr9, hq9: offices as titles, a plea, a scheduled decision; English ages in pairs and ranges, "at
age 6", "one" as a pronoun, "seeded second", channel names, "two-party preferred"): recall,
speakers and quantities 1.0 but one label (see the floors); their negatives are kept as yardsticks.
Twenty-sixth (blind_set_26.py, 227 sentences, 64 % English: an ordinary wire day, 30 stories; 46
negatives) and twenty-seventh (blind_set_27.py, 230 sentences, 72 % German: an ordinary APA/dpa/SDA
day, 30 stories; 47 negatives), written after every other fix of session six, as first run on
committed code (4b4f73b): twenty-sixth recall 0.994 (a statement with a quoted time phrase),
negatives rejected 0.413 (precision 0.87), quantities exact 0.975, quantity precision 0.972,
speakers 0.955; twenty-seventh recall 0.989 (a partial confession, a scheduled race), negatives
rejected 0.532 (precision 0.892), quantities exact 0.989 (0.982 with qualifier), quantity precision
0.993, speakers 0.974. After the fixes they prompted (helpers hq10, hsr10: ages in words and after
"the oldest ... was", "in der 12. und 67. Minute", "all but one", "Hydro One", "the first 911 call",
"six quarters", "mindestens aber", "über neun Verhandlungstage erstreckt"; "X zufolge" inside a
clause, "für alpine Sicherheit" inside a name, a quoted time phrase, "teilgeständig", "folgt am
Sonntag"): recall and speakers 1.0, quantities exact 0.996 and 0.992 (label disagreements, see the
floors).
Twenty-eighth (blind_set_28.py, 213 sentences, half each: an ordinary wire day, 31 stories; 45
negatives), written at the end of session six, as first run on its final code (c4cc16c): recall 0.982
(three facts without a figure: "Zur Brandursache ermittelt die Kriminalpolizei.", "Für den Mann kam
jede Hilfe zu spät.", "The cause of the fire is under investigation." — the twenty-seventh labels its
German twin a negative), negatives rejected 0.556 (precision 0.892), quantities exact 0.980 (0.976
with qualifier), quantity precision 0.984, speakers 0.975. Fixed at once: a number word after a
dateline's dash ("Bern (SDA) - Drei Prozent ...", two leads) and, in the final review, a verb in the
past after a bound age ("Children under five accounted"); left for the next session: "said farmer
X, 52" (an age), "zwei Punkte" in a poll, "one by one", "less than a
30% chance", "Bahn-Vorständin Katrin Albers". All fixed in session seven, which settled the
investigation's status as a fact in both batches (see blind_set_27.py).
Twenty-ninth (blind_set_29.py, 226 sentences, half each: a fact-check desk's intake, politicians',
officials' and viral posts' claims, quoted facts and quoted opinion balanced; 53 negatives),
thirtieth (blind_set_30.py, 232 sentences, half each: a regional and business news day, 32 stories;
53 negatives) and thirty-first (blind_set_31.py, 225 sentences, half each: international and
diplomatic copy; 46 negatives), written in session seven, as first runs on committed code (271ed5e,
after the twenty-eighth batch's fixes): twenty-ninth recall 1.0, negatives rejected 0.453 (precision
0.856), quantities exact 0.996 (the same with qualifier), quantity precision 0.993, speakers 0.937;
thirtieth recall 0.994 (a damage estimate with "dürfte" and no figure), negatives rejected 0.472
(precision 0.864), quantities exact 0.968 (0.964 with qualifier: hundredths of a second, a seeding
"an Nummer drei", "aged six and nine", "a quarter mile", "a third below", "less than half full",
"61 five years ago", "Six Nations", "quoting log 1842"), quantity precision 0.974, speakers 0.943;
thirty-first recall 0.994 (a position reported beside a scare-quoted verdict), negatives rejected
0.413 (precision 0.868), quantities exact 0.996 (0.992 with qualifier), quantity precision 0.996,
speakers 0.935.
Thirty-second (blind_set_32.py, 237 sentences, half each: breaking news and live copy, flashes, ticker
entries with clock times, police releases, election nights, corrections; 50 negatives), thirty-third
(blind_set_33.py, 236 sentences, half each: economics, science and health desks and their fact
checks; 46 negatives) and thirty-fourth (blind_set_34.py, 236 sentences, half each: long-form and
background copy, explainers, profiles, factboxes; 47 negatives), written in session seven, as first
runs on committed code (55ce734): thirty-second recall 0.979 (headlines in the present tense, a fire
under control, "preserves the court's 4-3 majority"), negatives rejected 0.54 (precision 0.888),
quantities exact 0.976 (the same with qualifier), quantity precision 0.972, speakers 0.974;
thirty-third recall 0.995, negatives rejected 0.391 (precision 0.871), quantities exact 0.992,
quantity precision 0.992, speakers 0.947; thirty-fourth recall 0.995 (a denial), negatives rejected
0.617 (precision 0.913), quantities exact 0.986, quantity precision 0.986, speakers 1.0.
Thirty-fifth (blind_set_35.py, 224 sentences, half each: the sports desk, match reports, tables in
prose, transfers, records; 47 negatives), thirty-sixth (blind_set_36.py, 220 sentences, half each:
press releases, PR-heavy business copy, tech and start-up news; 49 negatives) and thirty-seventh
(blind_set_37.py, 223 sentences, half each: spoken language, interview transcripts with speaker
labels, parliamentary records, radio and TV excerpts, speeches; 50 negatives), written in session
seven, as first runs on committed code (0fc0095): thirty-fifth recall 0.994, negatives rejected 0.426
(precision 0.867), quantities exact 0.934 (0.926 with qualifier: split seconds, compact race times
"2:41 Stunden", seasons "2025/26", laps and grid places, scores, "über 100 Meter"), quantity
precision 0.945, speakers 0.969 — the first batch since the fourth below 0.95 on quantities: sports
number forms had not been written before; thirty-sixth recall 0.994, negatives rejected 0.408
(precision 0.854), quantities exact 0.99 (0.987 with qualifier), quantity precision 0.977, speakers
0.977; thirty-seventh recall 0.971 (belief frames beside figures, "das ist richtig" after figures),
negatives rejected 0.58 (precision 0.889), quantities exact 0.983 (0.949 with qualifier: spoken
hedges "so um die", "grob", "north of", "something like"), quantity precision 0.973, speakers 0.804
(transcript labels "Huber: ..." had no rule).
Thirty-eighth (blind_set_38.py, 224 sentences, half each: number-dense market, weather and traffic
service copy; 47 negatives), thirty-ninth (blind_set_39.py, 224 sentences, half each: courts, crime
and justice, obituaries and anniversaries; 46 negatives) and fortieth (blind_set_40.py, 227 sentences,
half each: Swiss, Austrian, Liechtenstein and South Tyrol German; Irish, Scottish, New Zealand, South
African, Nigerian, Kenyan, Singaporean and Canadian English; 46 negatives), written in session seven,
as first runs on committed code (73d1b0a for the thirty-eighth and fortieth, fe03ea8 for the
thirty-ninth): thirty-eighth recall 0.994, negatives rejected 0.447 (precision 0.871), quantities
exact 0.964 (0.961 with qualifier: index names, a bracketed reference rate, "US cents", "paise",
"Stufe 3 von 4"), quantity precision 0.964, speakers 0.926; thirty-ninth recall 0.989, negatives
rejected 0.304 (precision 0.846: tributes, condolences and courtroom rhetoric), quantities exact
0.985, quantity precision 0.988, speakers 1.0; fortieth recall 0.994, negatives rejected 0.348
(precision 0.857), quantities exact 0.934 (0.93 with qualifier: a letter currency prefix glued to a
decimal lost its integer part, "R2.5bn" read as 5e9, "N54.99 trillion", "KSh4.29 trillion"; "Mia."
for Milliarden), quantity precision 0.934, speakers 0.946.
Forty-first (blind_set_41.py, 232 sentences, half each: elections in depth and society statistics; 46
negatives), forty-second (blind_set_42.py, 223 sentences, half each: agriculture, commodities, energy
and climate policy; 47 negatives) and forty-third (blind_set_43.py, 220 sentences, half each: the short
forms, headlines, briefs, push alerts, captions, credits; 47 negatives), written at the end of session
seven, as first runs on committed code (03ea82c): forty-first recall 1.0, negatives rejected 0.37
(precision 0.865), quantities exact 0.974 (0.971 with qualifier: election points in seven forms),
quantity precision 0.981, speakers 0.976; forty-second recall 1.0, negatives rejected 0.511 (precision
0.884), quantities exact 0.994, quantity precision 0.988, speakers 1.0; forty-third recall 0.977
(headlines in the present tense and as participles), negatives rejected 0.809 (precision 0.949),
quantities exact 0.984, quantity precision 0.992, speakers 1.0.
Forty-fourth (blind_set_44.py, 209 sentences, half each: science, space, research and education; 53
negatives), forty-fifth (blind_set_45.py, 227 sentences: culture, religion and media; 48 negatives) and
forty-sixth (blind_set_46.py, 227 sentences, half each: tables and results written in running text,
lottery draws, agate, closing lists; 50 negatives), written at the end of session seven, as first runs on
committed code (a118e08): forty-fourth recall 1.0, negatives rejected 0.509 (precision 0.857), quantities
exact 0.981 (0.977 with qualifier), quantity precision 0.985, speakers 0.964; forty-fifth recall 1.0,
negatives rejected 0.438 (precision 0.869), quantities exact 0.975, quantity precision 0.969, speakers
0.944; forty-sixth recall 0.994, negatives rejected 0.62 (precision 0.903), quantities exact 0.906,
quantity precision 0.683 (a lottery draw's numbers, which its writer decided carry no quantity, were read
as counts; minutes in brackets, signs in closing lists).

Forty-seventh (blind_set_47.py, 231 sentences, half each: weather warnings, natural hazards and civil
protection; 49 negatives), forty-eighth (blind_set_48.py, 236 sentences: public transport, rail,
aviation, shipping and strikes; 48 negatives), forty-ninth (blind_set_49.py, 235 sentences: health
systems, waiting times and social services; 48 negatives), fiftieth (blind_set_50.py, 236 sentences:
defence procurement, military and security; 45 negatives) and fifty-first (blind_set_51.py, 233
sentences: technology, cybersecurity and telecoms; 50 negatives), written in session eight, as first
runs on committed code (78fc72e): forty-seventh recall 0.989, negatives rejected 0.592 (precision 0.9),
quantities exact 0.978 (0.975 with qualifier), quantity precision 0.989, speakers 1.0; forty-eighth
recall 1.0, negatives rejected 0.5 (precision 0.887), quantities exact 0.973 (0.970), quantity precision
0.953, speakers 0.949; forty-ninth recall 1.0, negatives rejected 0.333 (precision 0.854), quantities
exact 0.978 (0.961), quantity precision 0.972, speakers 0.968; fiftieth recall 1.0, negatives rejected
0.444 (precision 0.884), quantities exact 0.967 (0.962), quantity precision 0.967, speakers 0.983;
fifty-first recall 0.995, negatives rejected 0.42 (precision 0.863), quantities exact 0.938 (the same
with qualifier: data units glued to digits, "169Mbps", "2nm", "1.3TB", gave nothing; milliseconds,
identifiers "Wi-Fi 7", CVE ids, hotline numbers), quantity precision 0.938, speakers 0.943.
Fifty-second (blind_set_52.py, 237 sentences: housing, real estate, construction and mortgages; 49
negatives), fifty-third (blind_set_53.py, 232 sentences: public finances, budgets and taxes; 50
negatives), fifty-fourth (blind_set_54.py, 236 sentences: tourism, retail, food and consumer prices; 48
negatives), fifty-fifth (blind_set_55.py, 238 sentences: crime statistics, sentencing, prisons,
migration and asylum; 49 negatives), fifty-sixth (blind_set_56.py, 234 sentences: labour market, wages
and collective bargaining; 44 negatives) and fifty-seventh (blind_set_57.py, 234 sentences: energy
systems, emissions and environment in their units; 52 negatives), written in session eight while the
fixes for the batches before them landed, as first runs on the committed code of their day:
fifty-third (78fc72e) recall 1.0, negatives rejected 0.42 (precision 0.863), quantities exact 0.971
(0.967 with qualifier: fiscal years "FY2027", "eine Viertelmilliarde", elliptic amounts), quantity
precision 0.984, speakers 0.974; fifty-second (5fde428) recall 1.0, negatives rejected 0.327
(precision 0.851), quantities exact 0.99 (0.987), quantity precision 0.992, speakers 0.978;
fifty-fourth (5fde428) recall 1.0, negatives rejected 0.5 (precision 0.887), quantities exact 0.992
(0.989), quantity precision 1.0, speakers 1.0; fifty-fifth (e9b3035) recall 1.0, negatives rejected
0.49 (precision 0.883), quantities exact 0.982, quantity precision 0.977, speakers 1.0; fifty-sixth
(2a4b4ff) recall 1.0, negatives rejected 0.5 (precision 0.896), quantities exact 0.987, quantity
precision 0.987, speakers 0.957; fifty-seventh (2a4b4ff) recall 1.0, negatives rejected 0.385
(precision 0.85), quantities exact 0.986, quantity precision 0.994, speakers 1.0.
Fifty-eighth (blind_set_58.py, 231 sentences: local and regional news; 48 negatives), fifty-ninth
(blind_set_59.py, 237 sentences: chronologies, timelines, factboxes and backgrounders; 49 negatives) and
sixtieth (blind_set_60.py, 232 sentences: the motor industry and mobility; 48 negatives), written at
the end of session eight after three rounds of fixes, as first runs on committed code: sixtieth
(6e0d736) recall 1.0, negatives rejected 0.417 (precision 0.868), quantities exact 0.98, quantity
precision 0.973 (model names "EV.4", "Lauf 9" read as counts), speakers 1.0; fifty-ninth (e74fa90)
recall 0.973 (factbox lines "Born: 22/11/1991, ..."), negatives rejected 0.592 (precision 0.901),
quantities exact 0.962 (bare ages "She was 91.", "at 44"; day-first slash dates), quantity precision
0.967, speakers 1.0; fifty-eighth (0a1ede4) recall 0.989, negatives rejected 0.438 (precision 0.87),
quantities exact 0.966, quantity precision 0.923 (road and house numbers, "the 400 block of", the
first end of "von 10 bis 20.30 Uhr" read as counts), speakers 0.976.
Sixty-first (blind_set_61.py, 214 sentences: sports results beyond football, skiing, tennis, golf,
cricket, Formula 1, athletics, cycling, swimming; 46 negatives), sixty-second (blind_set_62.py, 216
sentences: financial markets in depth; 42 negatives) and sixty-third (blind_set_63.py, 220 sentences:
obituaries, profiles and personalia; 51 negatives), written at the end of session eight, as first runs
on committed code (f611e38, all of the session's fixes before them): sixty-first recall 0.994,
negatives rejected 0.63 (precision 0.908), quantities exact 0.908 (0.899 with qualifier: race times
without a unit word "1:52.23", bare seconds "timed at 9.82", relays "4x100", "stage 15"), quantity
precision 0.944, speakers 1.0; sixty-second recall 1.0, negatives rejected 0.548 (precision 0.902),
quantities exact 0.989, quantity precision 0.986 (index levels "auf 5.918 Punkte" read as percentage
points), speakers 0.846; sixty-third recall 0.994, negatives rejected 0.471 (precision 0.862),
quantities exact 0.956 (ages after "at": "published her first novel at 41"), quantity precision 0.967,
speakers 0.962.
Sixty-fourth to sixty-ninth (blind_set_64.py to blind_set_69.py, 224 to 230 sentences each, 47 to 50
negatives each), written at the start of session nine in domains no batch had covered, as first runs on
committed code (each on the commit that added it, all on the engine of ceff0aa): sixty-fourth
(medicine, pharmaceuticals, clinical trials) recall 0.994, negatives rejected 0.489 (precision 0.882),
quantities exact 0.974 (0.962 with qualifier: ages after "ab"/"über"/"over", "ages 2 through 49", "one in
40,000" read as 0.025, "über 68 Wochen hinweg" hedged), quantity precision 0.982, speakers 0.977;
sixty-fifth (parliamentary procedure, legislation, votes) recall 0.994, negatives rejected 0.489
(precision 0.882), quantities exact 0.991 ("at second reading", "eines Fünftels der Abgeordneten",
"H.R. 2882"), quantity precision 0.991, speakers 1.0; sixty-sixth (shipping, ports, logistics, trade)
recall 1.0, negatives rejected 0.521 (precision 0.888), quantities exact 0.997, quantity precision
0.995, speakers 0.951 ("Canal Administrator Elena Barrios"); sixty-seventh (insurance, pensions, social
security) recall 1.0, negatives rejected 0.4 (precision 0.856), quantities exact 0.966 (pension ages
without "years": "will rise from 66 to 67", "is now 60"), quantity precision 0.964, speakers 1.0;
sixty-eighth (war, ceasefire talks, diplomacy) recall 0.994, negatives rejected 0.312 (precision
0.841), quantities exact 0.992, quantity precision 0.984, speakers 0.855 ("al-Tijani", "X, Name, said
Kyiv would ...", a long body's name); sixty-ninth (humanitarian, development, UN and NGO reports)
recall 1.0, negatives rejected 0.438 (precision 0.871), quantities exact 0.977 ("um 910 Millionen auf
9,94 Milliarden Euro" read as 910 billion, "135 million of the world's ... people" as dollars),
quantity precision 0.98, speakers 0.971.
Seventieth (blind_set_70.py, 234 sentences: an ordinary German-language wire day, 75 % German; 44
negatives) and seventy-first (blind_set_71.py, 225 sentences: an ordinary English-language wire day, 75 %
English; 44 negatives), written in session nine while the first fixes for the sixty-fourth to
sixty-ninth were being made, as first runs on committed code (fc3647f, none of those fixes in it):
seventieth recall 0.995, negatives rejected 0.386 (precision 0.875), quantities exact 0.977 ("bis zu
minus zwölf Grad" read as 12, "auf 93,1 von 95,4 Prozent", "um zwölf Hundertstel"), quantity precision
0.98, speakers 0.964 ("laut Infratest dimap"); seventy-first recall 1.0, negatives rejected 0.364
(precision 0.866), quantities exact 0.972 ("on Dec. 18 and 19", "users under 16", "retire before 67",
"by 22 points" after percentage points), quantity precision 0.984, speakers 1.0.
Seventy-second to seventy-seventh (blind_set_72.py to blind_set_77.py, 230 to 238 sentences each, 45 to
51 negatives each; education, company earnings, climate science and nature, EU institutions, US politics
and polls, an Austrian and Swiss domestic day at 80 % German), written in session nine after the first
two rounds of its fixes, as first runs on committed code (87c84ea, with the whole-quote opinion rule,
which none of them was developed on): seventy-second recall 0.995, negatives rejected 0.588
(precision 0.899), quantities exact 0.971 (school grades "grade 4 or above", "12th-graders",
"Viertklässler", "some three million Australians" read as dollars), quantity precision 0.977, speakers
0.974; seventy-third recall 0.995, negatives rejected 0.378 (precision 0.872), quantities exact 0.99,
quantity precision 0.993, speakers 1.0; seventy-fourth recall 1.0, negatives rejected 0.333 (precision
0.852), quantities exact 0.986, quantity precision 0.994, speakers 1.0; seventy-fifth recall 0.994,
negatives rejected 0.588 (precision 0.896), quantities exact 0.984 ("in den 20 Euro-Ländern" read as
20 euros), quantity precision 0.978, speakers 1.0; seventy-sixth recall 0.989, negatives rejected
0.521 (precision 0.887), quantities exact 0.997, quantity precision 0.997, speakers 0.913 ("Sen. Owen
Bratton, D-Pa., said", "des Verbands der Automobilindustrie"); seventy-seventh recall 1.0, negatives
rejected 0.511 (precision 0.89), quantities exact 0.994, quantity precision 0.994, speakers 1.0.
Seventy-eighth to eighty-first (blind_set_78.py to blind_set_81.py, 229 to 240 sentences each, 43 to 48
negatives each: an ordinary Germany-focused wire day at 75 % German, an ordinary US- and UK-focused day at
75 % English, foreign news from Asia, Africa, Latin America and the Middle East, police reports, traffic
accidents and fires), written in session nine after three rounds of its fixes, as first runs on
committed code (610e362): seventy-eighth recall 0.989, negatives rejected 0.512 (precision 0.899),
quantities exact 0.997, quantity precision 1.0, speakers 0.92 ("Katrin Vogelsang (SPD)", "der
Staatlichen Museen zu Berlin"); seventy-ninth recall 0.989, negatives rejected 0.535 (precision 0.902),
quantities exact 0.985 (pairs of ages "were 15 and 17", floors "a third-floor apartment"), quantity
precision 0.961, speakers 0.895 (a relative clause or a role phrase between the name and "said");
eightieth recall 0.995, negatives rejected 0.34 (precision 0.861), quantities exact 0.956 (currencies
written as words: pesos, reais, rials, dong, Kenya shillings, the Egyptian pound, naira "N820"), quantity
precision 0.969, speakers 1.0; eighty-first recall 0.995, negatives rejected 0.479 (precision 0.882),
quantities exact 0.976, quantity precision 0.968, speakers 0.974.
Eighty-second to eighty-fifth (blind_set_82.py to blind_set_85.py, 230 to 236 sentences each, 47 to 52
negatives each: football, religion and society surveys, attributed political and diplomatic reporting,
official statistics releases), written in session nine after four rounds of its fixes, as first runs on
committed code (28ad784 for 82, 84 and 85; c926bb1 for 83): eighty-second recall 0.994, negatives
rejected 0.431 (precision 0.86), quantities exact 0.943 (minutes in goal lines "(90.+3)", "Redfearn 12",
"einen Punkt vor"), quantity precision 0.928, speakers 1.0; eighty-third recall 1.0, negatives rejected
0.469 (precision 0.876), quantities exact 0.987, quantity precision 0.981, speakers 0.963;
eighty-fourth recall 1.0, negatives rejected 0.365 (precision 0.845), quantities exact 0.996, quantity
precision 0.991, speakers 0.936 ("zitierte die Agentur Interfax X", "Finance Minister X's office");
eighty-fifth recall 1.0, negatives rejected 0.426 (precision 0.875), quantities exact 0.997, quantity
precision 0.997, speakers 1.0.
Eighty-sixth to eighty-ninth (blind_set_86.py to blind_set_89.py, 226 to 232 sentences each, 48 to 59
negatives each: claims as they reach a fact-check desk and the checks against them, central banks and
interest rates, the Alps, media and TV ratings), written in session nine after five rounds of its fixes
and the quote-evidence rules, as first runs on committed code (4dc3393 for 86, ed49e95 for 88, b6217c6
for 89, f4379c8 for 87): eighty-sixth recall 0.988, negatives rejected 0.492 (precision 0.846),
quantities exact 0.986, quantity precision 0.99, speakers 0.887 ("behauptete X", "hat X ... behauptet",
newly labelled as verbs of saying); eighty-seventh recall 1.0, negatives rejected 0.46 (precision
0.867), quantities exact 0.987 ("a quarter-point cut"), quantity precision 1.0, speakers 1.0;
eighty-eighth recall 1.0, negatives rejected 0.479 (precision 0.88), quantities exact 0.994, quantity
precision 1.0, speakers 1.0; eighty-ninth recall 1.0, negatives rejected 0.64 (precision 0.908),
quantities exact 0.97 (audiences "ab drei Jahren", "adults 18-49", "nach Angaben des ORF 317.000
Haushalte" read as nothing), quantity precision 0.975, speakers 1.0.
Ninetieth to ninety-third (blind_set_90.py to blind_set_93.py, 226 to 236 sentences each, 44 to 50
negatives each: an ordinary APA day at 80 % German, an ordinary world-news day at 75 % English, an
ordinary Swiss day at 80 % German, a German-language foreign desk on a day of negotiations in the seed's
domain), written at the end of session nine after six rounds of its fixes, as first runs on committed
code (d3e2620 for 90, 314b1dd for 91, b693c99 for 92, 3e9690f for 93): ninetieth recall 1.0, negatives
rejected 0.636 (precision 0.92), quantities exact 0.991, quantity precision 0.994, speakers 1.0;
ninety-first recall 1.0, negatives rejected 0.455 (precision 0.884), quantities exact 0.991, quantity
precision 0.988, speakers 0.983; ninety-second recall 0.984 (an award, a referral back to the other
chamber, a referendum called), negatives rejected 0.625 (precision 0.911), quantities exact 0.997,
quantity precision 0.991, speakers 0.926 (Swiss "gemäss X"); ninety-third recall 1.0, negatives rejected
0.58 (precision 0.893), quantities exact 1.0, quantity precision 1.0, speakers 0.971.
Ninety-fourth (blind_set_94.py, 219 sentences: a day of the German services of AFP and Reuters, 78 %
German; 45 negatives) and ninety-fifth (blind_set_95.py, 235 sentences: an ordinary dpa politics day, 81 %
German; 44 negatives), written at the very end of session nine, as first runs on committed code (3326e94,
867093b): ninety-fourth recall 1.0, negatives rejected 0.578 (precision 0.902), quantities exact 0.996,
quantity precision 0.992, speakers 0.974; ninety-fifth recall 0.979 (sentences whose only figure is a
clock time: "Die Sitzung dauerte bis kurz nach 1.00 Uhr."), negatives rejected 0.636 (precision 0.921),
quantities exact 0.983 (poll points "einen halben Punkt vor der Union", "auf 12, die Linke auf 10
Prozent"), quantity precision 0.983, speakers 1.0.
Ninety-sixth (blind_set_96.py, 207 sentences: an ordinary Reuters/AP business day, 75 % English; 46
negatives) and ninety-seventh (blind_set_97.py, 224 sentences: an ordinary science, health and technology
day, half German; 46 negatives), the last of session nine, as first runs on committed code (9c4f048 for 96;
7bab352 for 97, with the correction-tag and poll-point fixes of 94-96): ninety-sixth recall 1.0,
negatives rejected 0.543 (precision 0.885), quantities exact 0.985 ("four out of every five", "over the
last 20 trading days", a correction tag's "second paragraph"), quantity precision 0.988, speakers 1.0;
ninety-seventh recall 0.994, negatives rejected 0.609 (precision 0.908), quantities exact 0.991, quantity
precision 0.985, speakers 1.0.
Ninety-eighth (blind_set_98.py, 235 sentences: opinion versus claim on ordinary wire days, half German;
118 negatives — quoted reactions also in the German perfect, unquoted evaluations by a named body,
hopes, commentary, rhetoric, service lines — beside 117 check-worthy look-alikes of the same shapes,
45 of them without a figure), written in session ten as a fresh judge of opinion rejection, as first run
on committed code (3e9b9a5): recall 0.983 (a quoted record without a figure, "Die Ermittlungen dauern
an."), negatives rejected 0.50 (precision 0.661), quantities exact 0.990 ("to second, four points behind"),
quantity precision 1.0, speakers 0.973.
Ninety-ninth (blind_set_99.py, 235 sentences: disasters and emergencies over a day in story order, half
German; earthquakes, floods, fires, avalanches, industrial accidents; tolls hedged, revised and contradicted
between authorities, damage and aid in nine currencies; 51 negatives), as first run on committed code
(6458e69, after session ten's opinion rules): recall 1.0, negatives rejected 0.373 (precision 0.852:
condolences and prayers reported, "sprach ... sein Mitgefühl aus", "Our hearts go out", eyewitnesses'
quoted experiences, scene colour), quantities exact 1.0, quantity precision 1.0, speakers 1.0.
Hundredth (blind_set_100.py, 239 sentences: strikes, labour disputes and wage deals over several days, half
German; demands and offers in percent and per month, one-off payments, stages and terms, strike lengths
and ordinals, both sides' turnout claims, ballots; 53 negatives), as first run on committed code
(148678f): recall 1.0, negatives rejected 0.491 (precision 0.873: quoted reactions, slogans and placards,
threats as rhetoric), quantities exact 0.997 (0.991 with qualifier: "mindestens aber um 240 Euro"; "half
of their flights ... and a third at Marseille" read as an ordinal), quantity precision 0.991, speakers 1.0.
Hundred-and-first (blind_set_101.py, 244 sentences: war and diplomacy over a week in story order, half
German; the n-th round of talks and point plans, envoys spelt several ways, both sides' front-line and
casualty claims, drone and missile counts, sanctions packages, aid in eight currencies, a 30-day ceasefire
proposal; 51 negatives), as first run on committed code (5d8d4b9): recall 0.990 (a quoted scare word,
"saw "certain progress" in Geneva"), negatives rejected 0.667 (precision 0.918), quantities exact 1.0,
quantity precision 0.997 (the "2000" of "Panzerhaubitzen 2000" read as a year), speakers 0.961.
Hundred-and-second (blind_set_102.py, 244 sentences: courts, trials and investigations over several days,
half German; indictments and counts of charges, trial days, sentences in years and months, fines and
damages in seven currencies, jury tallies, appeals; 53 negatives), as first run on committed code
(5d8d4b9): recall 0.995 (a quoted denial), negatives rejected 0.472 (precision 0.872: pleas of innocence,
defence and victims' verdicts, resolve), quantities exact 0.994 (0.988 with qualifier: "ein bis zehn
Jahre", "in erster Instanz", "Scheinrechnungen über 212 Millionen Euro" read as "over"), quantity
precision 1.0, speakers 1.0.
Hundred-and-third (blind_set_103.py, 243 sentences: elections and parliamentary votes over an election week,
half German; turnout, results and swings in points, seat arithmetic and majorities, the n-th term, postal
votes and recounts, a Swiss Ständemehr, budget votes, campaign spending and checked campaign claims; 55
negatives), as first run on committed code (e18f1f3): recall 1.0, negatives rejected 0.545 (precision
0.883), quantities exact 0.975 (0.969 with qualifier: seats after party names "SPD (25)" read as ages,
"ein Mandat" and "one" in "six votes to one" missed, "weniger als 2022" a count, "65 or older" a count),
quantity precision 0.978, speakers 0.975 ("AfD-Haushälter Peter Bodenstedt" kept his role).
Hundred-and-fourth (blind_set_104.py, 243 sentences: migration, asylum and borders over several days, half
German; applications and recognition rates, deportations, rescues at sea with revised tolls, shares by
nationality, costs per person and day, processing times, contested claims and statistics offices'
rebuttals, camp capacities; 55 negatives), as first run on committed code (e18f1f3): recall 1.0, negatives
rejected 0.673 (precision 0.913), quantities exact 0.993 ("first decisions" as an ordinal; "a third
country" read as one), quantity precision 0.997, speakers 0.955 (a captain's title kept, a body's name cut
before "in der Kirche").
Hundred-and-fifth (blind_set_105.py, 243 sentences: infrastructure projects and municipal budgets over
several weeks, half German; cost overruns and delays, construction phases, lengths and frequencies, shares
paid by the state, audit offices' findings and rebuttals, council budgets, tax rates, debt per head, a
Swiss tunnel credit; 53 negatives), as first run on committed code (77d9733): recall 0.984 (a quoted record
"die größte Verkehrsinvestition in der Geschichte des Landes", a timetable "im Stundentakt", a lawsuit
filed "has sued to block the tolls"), negatives rejected 0.679 (precision 0.917), quantities exact 1.0
(0.997 with qualifier: "Nachtragshaushalt über 312 Millionen Euro" read as "over"), quantity precision
0.994, speakers 0.951.
Hundred-and-sixth (blind_set_106.py, 245 sentences: technology companies, data breaches and regulators over
several days, half German; breach counts revised, fines under GDPR and antitrust law, quarterly results,
layoffs, outages, market shares, complaints; 56 negatives), as first run on committed code (77d9733):
recall 1.0, negatives rejected 0.625 (precision 0.900: marketing claims, CEO visions, reassurances,
apologies), quantities exact 1.0, quantity precision 1.0, speakers 1.0.
Hundred-and-seventh (blind_set_107.py, 245 sentences: transport accidents and safety investigations over
several days, half German; tolls hedged and revised, passengers and crew, altitudes and speeds, the n-th
accident of its kind, rescue times, preliminary reports, groundings, compensation; 53 negatives), as first
run on committed code (7ded99c): recall 1.0, negatives rejected 0.453 (precision 0.869: condolences,
eyewitness colour, speculation), quantities exact 0.997 (0.993 with qualifier: "16.000
Sonderziehungsrechten" not read as XDR, "Reisegutschein über 300 Franken" read as "over"), quantity
precision 0.990, speakers 1.0.
Hundred-and-eighth (blind_set_108.py, 244 sentences: corporate insolvencies, bankruptcies and restructurings
over several weeks, half German; debts, jobs and stores, creditors' quotas and cents on the dollar,
insolvency pay, monthly statistics; 55 negatives), as first run on committed code (7ded99c): recall 1.0,
negatives rejected 0.582 (precision 0.892), quantities exact 0.997 ("within eight business days" labelled
8 days, where earlier batches count working days: "60 Arbeitstage", "63,000 working days"), quantity
precision 0.997, speakers 0.976 ("according to the Official Receiver" read as "Receiver").
Hundred-and-ninth (blind_set_109.py, 237 sentences: sports business and governance over a transfer window
and a doping case, half German; fees with add-ons, contract lengths, wages, club finances, points
deductions, broadcasting deals, bans, court rulings, rumours with figures; 56 negatives), as first run on
committed code (ce3d6b4): recall 1.0, negatives rejected 0.554 (precision 0.879), quantities exact 0.993
(0.987 with qualifier: "gefolgt vom SV Weserau mit 71 Millionen" without its currency, "when Hendry will be
33" a count, "Kaufpflicht über zwölf Millionen Euro" and "an die 36 Profiklubs" read as hedges), quantity
precision 0.987 ("Der Senat 5", "League Two club" counted), speakers 1.0.
Hundred-and-tenth (blind_set_110.py, 241 sentences: weather records and climate extremes over a summer and an
autumn, half German; temperature records, rainfall totals, deviations from averages, river levels, glacier
losses, burnt areas, heat deaths revised, attribution studies, insured losses; 55 negatives), as first run on
committed code (ce3d6b4): recall 0.989 (a quoted record „So viele Stationsrekorde ... hatten wir noch nie“, a
warning's definition), negatives rejected 0.564 (precision 0.885), quantities exact 0.997 (0.993 with
qualifier: "revised the figure up to 468" read as "up_to"; "nach ersten Schätzungen" labelled ordinal 1),
quantity precision 0.997, speakers 0.978.
Hundred-and-eleventh (blind_set_111.py, 244 sentences: disease outbreaks and vaccination campaigns over eight
weeks, half German; cases and incidences, deaths revised, vaccination rates, doses and costs, approvals with
trial figures, contested claims and fact checks; 54 negatives), as first run on committed code (2729e44):
recall 0.995, negatives rejected 0.630 (precision 0.904), quantities exact 0.987 (0.983 with qualifier:
ages after "participants over 60", "Ungeimpfte über 65", "by the age of five" read as counts, "nur einmal"
missed, "Umfrage ... unter 412 Praxen" read as "under"), quantity precision 0.990, speakers 1.0.
Hundred-and-twelfth (blind_set_112.py, 244 sentences: space missions and science news over eight weeks,
half German; launches and delays, costs, distances and speeds, mission lengths, discoveries, studies, Nobel
prizes; 59 negatives), as first run on committed code (ae556ce): recall 1.0, negatives rejected 0.424
(precision 0.845: visions and boasts, outreach invitations, wonder), quantities exact 0.993 (0.987 with
qualifier: "310 Beobachtungsstunden" read as hours where earlier batches count such compounds, "die andere
Hälfte" merged with the first), quantity precision 0.993, speakers 1.0.
Hundred-and-thirteenth (blind_set_113.py, 243 sentences: consumer protection, product recalls and food
safety over seven weeks, half German; recalls and batches, outbreaks revised, test results and grades,
shrinkflation, fines, class actions, hotlines and addresses; 54 negatives), as first run on committed code
(0b30c21): recall 0.995 (a Konjunktiv passive with "hieß es"), negatives rejected 0.500 (precision 0.874),
quantities exact 0.997 ("LSF 50" read as a name), quantity precision 0.980 (a telephone number, a postal
code and a unit number counted), speakers 0.979.
Hundred-and-fourteenth (blind_set_114.py, 239 sentences: churches and religion over several months, half
German; membership and departures, shares of the population, church tax, abuse studies revised,
compensation, synod votes, a papal trip; 56 negatives), as first run on committed code (8fda97d): recall
1.0, negatives rejected 0.607 (precision 0.893), quantities exact 0.994 ("Catholics under 30" a count;
"dropped by about 10 points" in a share labelled percentage points), quantity precision 0.994, speakers
0.951 ("the bishops' conference said" missed, "according to the Pew Research Center" lost to the subject).
Hundred-and-fifteenth to hundred-and-eighteenth (written in the twelfth session, each committed before its
first run; first run on committed code df0ae4b, the first with the learned opinion model, trained on batches
1-114 and the unit tests before these existed; "rules alone" is the same run with learned=False):
Hundred-and-fifteenth (blind_set_115.py, 245 sentences: agriculture, harvests, animal disease and food
prices over a season, half German; 58 negatives): recall 1.0, negatives rejected 0.759 (rules alone
0.552), quantities exact 0.993 ("by up to a third" an ordinal, "binnen zweier Tage" a count), quantity
precision 0.984 ("82 Rappen" in a negative, "a dozen" eggs, "a tale of two harvests"), speakers 1.0.
Hundred-and-sixteenth (blind_set_116.py, 242 sentences: political scandals, resignations and corruption
probes, half German; 58 negatives): recall 0.973 (denials and refusals without a figure: "Both lawmakers
deny any wrongdoing.", "Eine Rückgabe der Honorare lehnte er ab."; rules alone the same), negatives
rejected 0.810 (rules alone 0.569), quantities exact 1.0, speakers 0.974.
Hundred-and-seventeenth (blind_set_117.py, 239 sentences: trade disputes, tariffs and sanctions, half
German; 55 negatives): recall 0.989 (a decision postponed, a proposal's remaining steps), negatives
rejected 0.782 (rules alone 0.527), quantities exact 0.997 ("zunächst mit 10 und ... mit 25 Prozent" the
first a count), speakers 1.0.
Hundred-and-eighteenth (blind_set_118.py, 242 sentences: protests, demonstrations and crowd-size disputes,
half German; 58 negatives): recall 0.995 ("während gut zweier Stunden"), negatives rejected 0.810 (rules
alone 0.672), quantities exact 0.993 (pesos a count), 0.989 with qualifier, speakers 0.976.
Hundred-and-nineteenth to hundred-and-twenty-first (written later in the twelfth session, first run on
committed code 6429adf with the model trained on batches 1-118, and with learned=False for the rules alone):
Hundred-and-nineteenth (blind_set_119.py, 235 sentences: opinion versus claim, second round, 30 short
stories with 110 negatives beside look-alikes of the same shapes): recall 0.976 (rules alone 0.992: the
model vetoed two quoted statements of record, „Mein Mandant war zur Tatzeit nachweislich in Linz“ and
«Kündigungen wird es keine geben»), negatives rejected 0.818 (rules alone 0.664), quantities exact 0.989
("26 of the 28 days" labelled counts), speakers 0.926.
Hundred-and-twentieth (blind_set_120.py, 242 sentences: a televised election debate and the days after,
half German; fact-check paragraphs, ratings, polls; 55 negatives): recall 0.995 (rules alone 1.0: a
reported intention without a figure vetoed), negatives rejected 0.636 (rules alone 0.527), quantities
exact 0.977 ("ein halbes Prozent", "5.7m" without a noun, "between eight and 11 points" as percentage
points, "Puls 24" a channel read as a count), speakers 0.984.
Hundred-and-twenty-first (blind_set_121.py, 242 sentences: culture - festivals, museums, auctions, awards
and theatre, half German; 56 negatives): recall 0.995 (the same with the rules alone), negatives rejected
0.768 (rules alone 0.589), quantities exact 0.992 ("800'000 bis 1,2 Millionen Franken" the first without
its currency, "seventh-longest-running"), speakers 1.0.
Hundred-and-twenty-second to hundred-and-twenty-fifth (written in the thirteenth session, first run on
committed code 86604d3 with the model trained on batches 1-121, and with learned=False for the rules alone):
Hundred-and-twenty-second (blind_set_122.py, 241 sentences: defence budgets, arms deliveries, procurement
and conscription, half German; 56 negatives): recall 0.995 ("Conscription is not on the table", said a
spokesman), negatives rejected 0.768 (rules alone 0.536), quantities exact 0.992 ("bis mindestens 2035" a
count, "der Zivildienst neun" without its months, "ein weiteres Viertel"), speakers 0.972 ("the armed
forces ministry").
Hundred-and-twenty-third (blind_set_123.py, 238 sentences: hospitals, waiting lists, doctors and health
insurance, half German; 58 negatives): recall 0.989 (a bill sent on to the second chamber, a reform referred
to), negatives rejected 0.759 (rules alone 0.586), quantities exact 1.0, speakers 0.979 ("das Bundesamt für
Sicherheit im Gesundheitswesen" cut before "im").
Hundred-and-twenty-fourth (blind_set_124.py, 241 sentences: opinion versus claim, third round, about 30
short stories with 110 negatives): recall 0.977 (rules alone 0.985: the model vetoed a quoted statement of
record, „Seit Juli zahlen die Menschen ... keine Mehrwertsteuer mehr“), negatives rejected 0.782 (rules
alone 0.582), quantities exact 1.0 ("over 82 games" hedged), speakers 0.974.
Hundred-and-twenty-fifth (blind_set_125.py, 242 sentences: air and rail travel, airports, airlines and
punctuality, half German; 54 negatives): recall 1.0, negatives rejected 0.741 (rules alone 0.630),
quantities exact 0.995 (an amount after a conversion in brackets took the bracket's dollars, "half at
Marseille" after "a third of their flights"), speakers 0.976 ("HS2 Ltd." with the full stop).
Hundred-and-twenty-sixth to hundred-and-twenty-ninth (written later in the thirteenth session, first run on
committed code 0ab9c95 with the model trained on batches 1-125, and with learned=False for the rules alone):
Hundred-and-twenty-sixth (blind_set_126.py, 241 sentences: energy prices, heating and power grids over one
winter, half German; 57 negatives): recall 1.0, negatives rejected 0.737 (rules alone 0.596: vox pops with
the speaker's age, reassurances put as forecasts), quantities exact 1.0, speakers 1.0 (55 checked).
Hundred-and-twenty-seventh (blind_set_127.py, 244 sentences: interviews, press conferences and
transcripts, half German; 59 negatives, 97 checked speakers, 13 of them transcript labels): recall 0.989
(a first-person budget target with "müssen", a survey's rating "good or excellent"), negatives rejected
0.746 (rules alone 0.542), quantities exact 0.988 ("97,400 hours, not 94,000", "das restliche Drittel",
"Il Sole 24 Ore"), speakers 0.979 ("Hargrove: What I can say ..." gave "I can").
Hundred-and-twenty-eighth (blind_set_128.py, 243 sentences: technology - AI, chips, data centres and
telecoms, half German; 55 negatives): recall 0.989 (rules alone 0.995: the model vetoed a short quoted
refusal to pay a ransom), negatives rejected 0.727 (rules alone 0.564), quantities exact 0.994 ("a third"
as an elliptic ordinal, "mehr als einem Gigawatt"), speakers 0.975.
Hundred-and-twenty-ninth (blind_set_129.py, 238 sentences: local government and city hall news, half
German; 55 negatives): recall 0.995 ("Das Ergebnis bindet den Stadtrat für ein Jahr."), negatives rejected
0.818 (rules alone 0.545), quantities exact 0.991 ("three-weekly", "zweiwöchentlicher Leerung", "one
parent"), speakers 0.974 ("Cabinet member for waste Dominic Furness" kept whole).
Hundred-and-thirtieth to hundred-and-thirty-third (written last in the thirteenth session, first run on
committed code 2315aea with the model trained on batches 1-129, and with learned=False for the rules alone):
Hundred-and-thirtieth (blind_set_130.py, 244 sentences: banks, fintech and crypto, half German; 57
negatives): recall 0.984 (rules alone 0.989: the model vetoed a board's rejection of a bid with a quoted
reason; a regulator's powers and an approval still pending missed), negatives rejected 0.825 (rules alone
0.632), quantities exact 1.0 ("AT1-Anleihen über 750 Millionen Euro" hedged, "tier 1" counted), speakers
0.973.
Hundred-and-thirty-first (blind_set_131.py, 240 sentences: opinion versus claim, fourth round, officials'
statements of record beside their evaluations; 109 negatives): recall 0.992 (a mayor's quoted pledge),
negatives rejected 0.771 (rules alone 0.505), quantities exact 1.0, speakers 1.0 (66 checked).
Hundred-and-thirty-second (blind_set_132.py, 241 sentences: population, census and demographics, half
German; 55 negatives, 400 quantities): recall 0.995, negatives rejected 0.655 (rules alone 0.436),
quantities exact 0.968 ("zwischen 74 und 86 Millionen" and "um 1,6 bis 4,8 Millionen" without the first
end's scale, "um 33.900 oder 0,37 Prozent" a percentage, "will be 65 or older", "79,9 Lebensjahren",
"reaching 100", "Auf den Plätzen zwei und drei"), speakers 0.952 ("Census Bureau demographer Luis Ortega").
Hundred-and-thirty-third (blind_set_133.py, 240 sentences: winter sports and their business over one
season, half German; 55 negatives, 387 quantities): recall 0.989 (rules alone 0.995), negatives rejected
0.709 (rules alone 0.436), quantities exact 0.987 ("acht Hundertstel vor" a fraction, "by 18 hundredths",
"1:48 into overtime", "150 million crowns" without NOK), speakers 1.0.
Hundred-and-thirty-fourth to hundred-and-forty-first (written in the fourteenth session, first run on
committed code a1af215 with the model trained on batches 1-133, and with learned=False for the rules alone):
Hundred-and-thirty-fourth (blind_set_134.py, 242 sentences: opinion polls and surveys, half German; 56
negatives, 143 percentages): recall 0.973 (rules alone 0.984: the model vetoed a quoted analyst's finding
and a survey method line; "ein Punkt mehr" in a poll, a quoted finding about young voters), negatives
rejected 0.875 (rules alone 0.446), quantities exact 0.978 ("minus nine points" and "a two-point narrowing"
in poll points, "auf elf, ... auf acht und ... auf sechs Prozent", "von eins bis fünf"), speakers 0.947.
Hundred-and-thirty-fifth (blind_set_135.py, 244 sentences: natural disasters abroad, half German; 55
negatives): recall 0.995 ("By Friday the fire was 15% contained" read as a byline), negatives rejected
0.800 (rules alone 0.545), quantities exact 0.981 (taka, pesos and rupees of a named country, "a
one-in-100-year event", "Kategorie-4-Zyklon"), speakers 1.0.
Hundred-and-thirty-sixth (blind_set_136.py, 240 sentences: viral claims and fact-check copy, half German;
55 negatives): recall 0.973 (the same with the rules alone: "There is no such law or policy.", "Eine
solche Steuer gibt es nicht.", what an image shows), negatives rejected 0.909 (rules alone 0.818),
quantities exact 0.996, speakers 1.0.
Hundred-and-thirty-seventh (blind_set_137.py, 242 sentences: casualty and humanitarian figures in dispute,
half German; 57 negatives): recall 0.951, the lowest first run since the model (rules alone 0.962: "sprach
von gezielten Angriffen" and "von „vereinzelten“ Treffern" read as labels, a scare quote inside a reported
act read as a verdict, "By evening the toll had risen to 14" as a byline), negatives rejected 0.684 (rules
alone 0.561), quantities exact 0.996, speakers 0.976.
Hundred-and-thirty-eighth (blind_set_138.py, 240 sentences: opinion versus claim, fifth round - press
reviews, party and NGO statements, CEO letters, ministers' op-eds; 106 negatives): recall 0.985 (rules
alone 0.993), negatives rejected 0.802 (rules alone 0.642), quantities exact 0.996, speakers 1.0.
Hundred-and-thirty-ninth (blind_set_139.py, 240 sentences: central banks, inflation and interest rates,
half German; 58 negatives, 197 percentages): recall 0.989 (rules alone 1.0), negatives rejected 0.724
(rules alone 0.586), quantities exact 0.987 ("mit 5:4 Stimmen", "one or two further reductions", a
crown's rate per euro), speakers 0.976.
Hundred-and-fortieth (blind_set_140.py, 243 sentences: peace talks, summits and diplomatic meetings, half
German; 56 negatives): recall 0.984 (rules alone 0.989), negatives rejected 0.804 (rules alone 0.607),
quantities exact 0.992 ("ein halbes Dutzend", "450 billion pesos" of Colombia), speakers 0.947 ("I have
said it a hundred times: ...," read as the speaker "I"; "die Positionen Koroljew zufolge").
Hundred-and-forty-first (blind_set_141.py, 240 sentences: world news from the US, China, India, Brazil and
Africa, half German; 56 negatives): recall 0.995, negatives rejected 0.786 (rules alone 0.518), quantities
exact 0.986 (German "Reais", "von null auf 16 Prozent", "beyond 2027"), speakers 0.946 ("city attorney,
Daniel Okafor-Reyes, said", "Senatorin ... aus Oregon sagte").
Hundred-and-forty-second to hundred-and-forty-eighth (written later in the fourteenth session, first run on
committed code 5fe8e13 with the model trained on batches 1-141, and with learned=False for the rules alone):
Hundred-and-forty-second (blind_set_142.py, 244 sentences: peace negotiations over the war in Ukraine as
German-language wires file them, 70 % German; 56 negatives): recall 0.995, negatives rejected 0.714 (rules
alone 0.554), quantities exact 0.996 ("das von ihr kontrollierte Sechstel"), speakers 0.974 ("nach
Angaben von Arseni Wedenejew Istanbul als Verhandlungsort").
Hundred-and-forty-third (blind_set_143.py, 241 sentences: nuclear programmes, arms control and the IAEA,
half German; 56 negatives): recall 0.978 (the same with the rules alone: a label in quotes followed by a
report, "but that" after a quoted verdict, "no immediate reports of damage", a chamber deciding next),
negatives rejected 0.732 (rules alone 0.518), quantities exact 0.996 (German "Won"), speakers 0.974.
Hundred-and-forty-fourth (blind_set_144.py, 240 sentences: panorama and lighter news, half German; 58
negatives): recall 0.995, negatives rejected 0.603 (rules alone 0.397), quantities exact 0.981
("Fünffachjackpot", "rolled over 37 times", "worked under 14 head teachers", "her death at 91", pounds of
a pumpkin read as sterling), speakers 1.0.
Hundred-and-forty-fifth (blind_set_145.py, 240 sentences: climate summits and climate finance, half German;
56 negatives): recall 0.989, negatives rejected 0.857 (rules alone 0.661), quantities exact 0.997
("neunseitige"), speakers 0.973 ("the Foreign, Commonwealth and Development Office" cut at its comma).
Hundred-and-forty-sixth (blind_set_146.py, 240 sentences: opinion versus claim, sixth round - reactions to
a court ruling and a budget; 104 negatives): recall 0.971 (rules alone 0.985: "rief ... den Abgeordneten
zu" as no verb of saying, a bill going to parliament, a conditional rule), negatives rejected 0.788 (rules
alone 0.596), quantities exact 1.0, speakers 0.973 ("Social Democrat Jana Trebitz").
Hundred-and-forty-seventh (blind_set_147.py, 241 sentences: an ordinary English-language wire day, 75 %
English; 56 negatives): recall 1.0, negatives rejected 0.893 (rules alone 0.571), quantities exact 0.988
("second seed", "a top-five player", "by age five", "last-16", "over two days before finding"), speakers
0.974 ("Work and Pensions Secretary Helen Ashdown" split at "and").
Hundred-and-forty-eighth (blind_set_148.py, 244 sentences: an ordinary German-language wire day, 75 %
German; 57 negatives): recall 0.995, negatives rejected 0.860 (rules alone 0.561), quantities exact 0.993
("ihr 1.000. Konzert", "die ÖVP mit 21 und die SPÖ mit 19 Prozent", "Zehn- bis 17-Jährige"), speakers
0.889 ("Arbeitgeber-Verhandler", "Trooper", a missed quote without its speaker).
The model is trained on 1-148 at max_loss 0.002 since then (0.003 before): at 0.003 it vetoed one of the
seed article's reviewed claims; the in-sample rate of negatives rejected falls from about 0.93 to 0.87.
Hundred-and-forty-ninth to hundred-and-fifty-second (written last in the fourteenth session, first run on
committed code 361fc41 with the model trained on batches 1-148 at max_loss 0.002; the rules alone gave
the same recall in all four):
Hundred-and-forty-ninth (blind_set_149.py, 240 sentences: an ordinary mixed wire day, half German; 57
negatives): recall 0.989 (a quoted verdict followed by "and that" a report, a rule stated as a state),
negatives rejected 0.860 (rules alone 0.649), quantities exact 0.993 ("visitors under 26"), speakers
0.943 ("Producer X", "der vorläufige Sachwalter X").
Hundred-and-fiftieth (blind_set_150.py, 242 sentences: business and economy on an ordinary day, half
German; 58 negatives): recall 0.995, negatives rejected 0.759 (rules alone 0.621), quantities exact 1.0,
speakers 0.973.
Hundred-and-fifty-first (blind_set_151.py, 238 sentences: domestic politics on an ordinary day, half
German; 57 negatives): recall 0.989 (a conference's schedule in the present, a constitutional rule),
negatives rejected 0.842 (rules alone 0.667), quantities exact 0.997, speakers 0.943 ("NEOS-Klubchefin
Sandra Ebenführer", a surname ending like a role; "Delegate X").
Hundred-and-fifty-second (blind_set_152.py, 245 sentences: police, courts and crime on an ordinary day,
half German; 56 negatives, 118 durations): recall 1.0, negatives rejected 0.786 (rules alone 0.625),
quantities exact 1.0, speakers 0.923 ("wie die Kantonspolizei St. Gallen mitteilte", "nach Angaben des
Gerichts Schmuck", "das Hauptzollamt Frankfurt am Main").
Hundred-and-fifty-third to hundred-and-sixtieth (session fifteen; first run on 7f5560b-f2507d3 with the model
trained on 1-152): sports results on a weekend (245 sentences; recall 0.989, negatives rejected 0.764 - rules
alone 0.473 -, quantities exact 0.992, speakers 1.0), stock markets and currencies (244; 1.0, 0.782 - 0.509 -,
0.989, 0.947: "39 Cent auf 65,20 Dollar" as euro cents, "Zinsstratege X", "Central banks added a net 38
tonnes ..., according to ..."), health and medical studies (244; 0.995, 0.764 - 0.618 -, 0.994, 0.976),
schools and universities (240; 0.989, 0.946 - 0.714 -, 0.993, 0.974), housing and rents (244; 0.979: present
states without a figure, 0.873 - 0.527 -, 1.0, 1.0), opinion versus claim, seventh round (242, 100 negatives;
0.986, 0.570 - 0.510 -: reported hopes and convictions with figures, 0.993, 0.974), envoys' talks over
Ukraine, 65 % German (244; 0.973: "stehe nicht auf der Tagesordnung", a label and "but said ...", 0.786 -
0.607 -, 0.977: "three-way talks", "the remaining quarter of the Donetsk region", 1.0), environment and
pollution (245; 0.989, 0.821 - 0.696 -, 0.997, 1.0). Pooled: recall 0.988 (1,442 of 1,460), quantities
exact 0.992 (2,512 of 2,531).
Hundred-and-sixty-first to hundred-and-sixty-eighth (session fifteen; first run on bc0675b-7f20720, the model
trained on 1-160): the labour market (242 sentences; recall 0.995, negatives rejected 0.745 - rules alone 0.473 -,
quantities exact 0.995, speakers 0.976), drone and missile attacks, 65 % German (240; 0.995, 0.685 - 0.574 -,
0.996, 1.0), public finances (243; 0.984: a rating agency's quoted grades, 0.727 - 0.545 -, 1.0, 0.971), tourism
(242; 0.995, 0.673 - 0.545 -, 0.994: "152 soles", 1.0), opinion versus claim, eighth round (240, 103 negatives;
0.993, 0.660 - 0.544 -, 0.996, 1.0), obituaries and anniversaries (244; 0.995, 0.764 - 0.473 -, 0.983: ages
after a surname alone, "now 71", "Hundertjahrfeier", 1.0), the energy transition (245; 1.0, 0.839 - 0.571 -,
0.992, 1.0), an ordinary mixed wire day, second round (243; 0.989, 0.818 - 0.618 -, 0.989, 0.972). Pooled:
recall 0.993 (1,441 of 1,451), quantities exact 0.993 (2,490 of 2,508).
Hundred-and-sixty-ninth to hundred-and-seventy-sixth (session fifteen; first run on 7f20720-b142b7a, the model
trained on 1-160): natural hazards at home (241 sentences; recall 0.995, negatives rejected 0.727 - rules alone
0.582 -, quantities exact 1.0, speakers 1.0), digital rights and platforms (244, 39 rows without a figure;
0.968: decisions and orders without a figure, "must end ... within 60 days" read as an exhortation, 0.673 -
0.527 -, 0.987, 0.975), archaeology and history (242; 0.989, 0.800 - 0.618 -, 0.941: years before Christ,
"A.D. 79", "aus dem Jahr 274"; 0.972), referendums and local elections (244; 1.0, 0.764 - 0.527 -, 0.993, 1.0),
retail and prices (237; 1.0, 0.804 - 0.589 -, 1.0, 1.0), international courts and sanctions (240; 0.978, 0.786
- 0.607 -, 0.993, 0.971), opinion versus claim, ninth round (240, 104 negatives; 0.985, 0.740 - 0.481 -,
0.996, 1.0), reported speech from press briefings, 61 % German (244; 0.984, 0.673 - 0.618 -, 0.991: "an hour
and a half", 1.0). Pooled: recall 0.988 (1,423 of 1,441), quantities exact 0.987 (2,079 of 2,106).
Hundred-and-seventy-seventh to hundred-and-ninety-first (session fifteen; first run on 5d45b25-ced59ef, the model
trained on 1-176; recall / negatives rejected, rules alone in brackets / quantities exact / speakers): migration
(0.989 / 0.836 (0.618) / 0.997 / 0.976), the car industry and transport (1.0 / 0.772 (0.632) / 1.0 / 1.0), a
ceasefire and prisoner exchanges, 62 % German (0.979 / 0.655 (0.491) / 0.993 / 0.949), pensions and benefits
(1.0 / 0.782 (0.618) / 0.995 / 0.949), opinion versus claim in sport and culture, 101 negatives (1.0 / 0.485
(0.327) / 0.976 / 1.0), headlines, flashes and tickers (0.967: corrections notes and "Kreml: ..." headlines,
labelled as earlier batches did not / 0.825 (0.789) / 0.980 / 0.895), the health system and pharma (0.995 /
0.891 (0.727) / 0.997 / 0.974), an Austrian and Swiss regional day, 75 % German (0.989 / 0.772 (0.614) / 0.996
/ 1.0), science and space (1.0 / 0.724 (0.586) / 0.997 / 1.0), bank and insurer results (0.989 / 0.857 (0.554)
/ 0.994 / 1.0), crime statistics (0.995 / 0.818 (0.636) / 0.987 / 0.976), a parliamentary day (0.995 / 0.782
(0.473) / 0.996 / 1.0), opinion versus claim in domestic politics, 100 negatives (0.993 / 0.700 (0.460) /
0.992 / 0.976), farming and farm protests (1.0 / 0.839 (0.589) / 1.0 / 1.0), viral claims and fact-check copy,
second round (0.989 / 0.804 (0.696) / 0.996 / 0.973); about 240 sentences each. Pooled: recall 0.992 (2,670 of
2,692), quantities exact 0.993 (4,522 of 4,554).
Hundred-and-ninety-second (blind_set_192.py, 238 sentences: an ordinary English-language wire day, second round,
74 % English; first run on 56f6c41, the model trained on 1-176): recall 0.995, negatives rejected 0.745
(rules alone 0.636), quantities exact 0.987 ("over seven innings" read as a hedge, "vier von sechs Spielen" as
a share), speakers 1.0.
Hundred-and-ninety-third to two-hundredth (session fifteen; first run on 77c10f5-a5e2c8c, the model trained on
1-176; recall / negatives rejected (rules alone) / quantities exact / speakers): Kremlin and Kyiv statements on
talks, 70 % German (0.994 / 0.707 (0.552) / 1.0 / 1.0), weather and climate bulletins (0.995 / 0.737 (0.579) /
0.966: days on which something happened labelled counts where earlier batches have durations / 0.921), a football
match day (1.0 / 0.828 (0.569) / 0.990 / 1.0), opinion versus claim in business copy, 103 negatives (1.0 / 0.680
(0.495) / 1.0 / 1.0), US politics (0.994 / 0.818 (0.636) / 0.990 / 0.978), China, Asia and the Pacific (0.978 /
0.750 (0.554) / 0.984 / 0.970), hard number forms (1.0 / 0.875 (0.714) / 0.988 / 1.0), an ordinary German wire
day, second round (1.0 / 0.873 (0.655) / 1.0 / 0.971). Pooled: recall 0.995 (1,409 of 1,416), quantities exact
0.989 (2,445 of 2,473).
Two-hundred-and-first to two-hundred-and-fourth (session fifteen's last round; first run on 1146e84 and ca4a201,
the model trained on 1-200): a mixed wire day, third round (0.989 / 0.873 (0.618) / 0.993 / 0.943), EU
summits (0.994 / 0.889 (0.746) / 0.986 / 0.919), fires and rescues (0.984 / 0.836 (0.636) / 0.992 / 1.0),
opinion versus claim in security policy, 102 negatives (0.985 / 0.824 (0.676) / 1.0 / 1.0). Over all fifty-two
first runs of the session (153-204): recall 0.991 (9,231 of 9,315), quantities exact 0.991 (15,396 of 15,532).
Two-hundred-and-fifth to two-hundred-and-thirty-sixth (session sixteen, four rounds of eight, each first run on
committed code before the fixes it prompted, the model trained on 1-204; recall / negatives rejected (rules
alone) / quantities exact / speakers). Round one (first run on 5516af3): elections and polls (0.989 / 0.860
(0.579) / 0.983 / 0.971), railways, airlines and transport strikes (0.995 / 0.891 (0.618) / 0.990 / 1.0),
hospitals and health insurance (1.0 / 0.807 (0.579) / 0.994 / 0.973), opinion versus claim in culture, media and
education, 104 negatives (0.993 / 0.750 (0.538) / 0.986 / 1.0), peace talks and envoys, 65 % German (0.995 /
0.842 (0.632) / 0.991 / 0.974), hard number forms, second round (1.0 / 0.855 (0.655) / 0.984 / 1.0), technology
companies and telecoms (0.989 / 0.842 (0.579) / 1.0 / 0.976), storms, floods and earthquakes (1.0 / 0.754
(0.596) / 0.993 / 0.973); pooled recall 0.995 (1,415 of 1,422), quantities exact 0.990 (2,483 of 2,509).
Round two (first run on ec6b5f2): courts at home (0.978 / 0.750 (0.536) / 0.981 / 0.947), energy prices and
heating (1.0 / 0.786 (0.607) / 0.985 / 1.0), opinion versus claim in science, climate and health research, 100
negatives (0.993 / 0.820 (0.650) / 0.989 / 0.952), defence procurement, 65 % German (1.0 / 0.893 (0.732) / 0.989
/ 1.0), central banks and rates (0.995 / 0.782 (0.491) / 0.990 / 1.0), municipal news, 69 % German (1.0 / 0.833
(0.611) / 0.994 / 1.0), Africa and Latin America (0.995 / 0.857 (0.679) / 0.984 / 1.0), interviews in reported
speech (0.983 / 0.732 (0.500) / 1.0 / 1.0); pooled recall 0.993 (1,415 of 1,425), quantities exact 0.989 (2,565
of 2,594). Round three (first run on b6779a9): winter and individual sports (0.995 / 0.800 (0.455) / 0.987 /
1.0), opinion versus claim in migration and social policy, 102 negatives (1.0 / 0.853 (0.657) / 0.983 / 1.0),
frontline reports, 64 % German (0.995 / 0.655 (0.436) / 0.996 / 0.975), industry results and job cuts (0.995 /
0.891 (0.509) / 0.998 / 1.0), outbreaks (0.989 / 0.780 (0.610) / 0.983 / 0.914), housing and rents (0.989 /
0.855 (0.636) / 0.997 / 1.0), a mixed wire day, fourth round (1.0 / 0.927 (0.636) / 1.0 / 0.972), headlines,
flashes and tickers, second round (0.978 / 0.860 (0.789) / 0.987 / 1.0); pooled recall 0.992 (1,424 of 1,435),
quantities exact 0.992 (2,536 of 2,557). Round four (first run on cd99b5a): opinion versus claim in energy and
climate policy, 102 negatives (0.993 / 0.794 (0.676) / 1.0 / 1.0), trade and tariffs (0.995 / 0.821 (0.571) /
1.0 / 1.0), transport accidents (0.995 / 0.618 (0.545) / 0.993 / 0.974), budget debates, 71 % German (1.0 /
0.807 (0.544) / 0.992 / 1.0), wage deals (0.995 / 0.750 (0.607) / 0.991 / 1.0), space and big science (0.995 /
0.768 (0.589) / 1.0 / 0.947), elections abroad (0.995 / 0.860 (0.526) / 0.997 / 0.973), fact-check copy, third
round (0.973 / 0.839 (0.607) / 0.993 / 0.919); pooled recall 0.992 (1,426 of 1,437), quantities exact 0.995
(2,415 of 2,426). Round five (first run on a59e8ac, the model trained on 1-236; the two-hundred-and-forty-second,
written last, on 678b8b5 after the fixes the others prompted): Austrian domestic politics, 75 % German (0.989 /
0.891 (0.636) / 0.986 / 1.0), Swiss federal politics and direct democracy, 70 % German (0.979 / 0.909 (0.636) /
0.991 / 0.921), British politics and public services, 75 % English (0.994 / 0.847 (0.559) / 0.988 / 1.0), US
business and markets (0.989 / 0.945 (0.545) / 0.995 / 0.971), opinion versus claim in football and sport, 102
negatives (0.993 / 0.618 (0.392) / 0.957 / 1.0), food prices and consumers (1.0 / 0.807 (0.632) / 1.0 / 1.0),
police reports, third round (0.963: German police-report sentences of record without a figure / 0.857 (0.661) /
1.0 / 1.0), nature and wildlife (1.0 / 0.893 (0.732) / 0.991 / 0.947); pooled recall 0.988 (1,408 of 1,425),
quantities exact 0.989 (2,471 of 2,499). Over all forty first runs of the session (205-244): recall 0.992
(7,088 of 7,144), quantities exact 0.991 (12,470 of 12,585). Held out, the model trained on 1-204 (with the
session's rules) vetoes 428 of the 793 negatives the rules keep in 205-236 for 3 of 5,693 check-worthy rows;
trained on 1-228, 99 of 198 in 229-236 for none of 1,428; trained on 1-236, 122 of 208 in 237-244 for 2 of 1,413.
Two-hundred-and-forty-fifth to two-hundred-and-seventy-sixth (session seventeen, four rounds of eight, each first
run on committed code before the fixes it prompted, the model trained on 1-244; recall / negatives rejected (rules
alone) / quantities exact / speakers). Round one (first run on e0c8296): opinion versus claim in health policy and
pensions, 104 negatives (0.993 / 0.837 (0.596) / 0.985 / 0.976), German federal and state politics, 71 % German
(1.0 / 0.875 (0.732) / 0.987 / 1.0), aviation, airlines and tourism (0.995 / 0.862 (0.672) / 0.994 / 0.973),
international justice, 58 % English (1.0 / 0.778 (0.685) / 0.990 / 1.0), hard number forms, third round (0.995 /
0.891 (0.655) / 0.981 / 0.972), carmakers and electric vehicles (0.995 / 0.931 (0.707) / 0.994 / 1.0), weather and
climate statistics (1.0 / 0.877 (0.719) / 0.981 / 0.974), medical studies and trials (1.0 / 0.817 (0.533) / 0.997 /
1.0); pooled recall 0.997 (1,442 of 1,446), quantities exact 0.988 (2,631 of 2,662). Round two (first run on
d275543): opinion versus claim in education, 102 negatives (1.0 / 0.706 (0.559) / 0.983 / 0.977), banks, insurers
and regulators (1.0 / 0.855 (0.618) / 0.992 / 1.0), humanitarian crises (1.0 / 0.881 (0.542) / 0.993 / 1.0), sports
results (1.0 / 0.673 (0.436) / 0.973 / 0.976), crime statistics and courts in Austria and Switzerland, 70 % German
(0.995 / 0.818 (0.473) / 0.997 / 1.0), US politics, 70 % English (1.0 / 0.877 (0.596) / 0.991 / 1.0), agriculture
and harvests (1.0 / 0.839 (0.607) / 0.984 / 0.974), culture (0.994 / 0.810 (0.500) / 0.985 / 0.944); pooled recall
0.999 (1,428 of 1,430), quantities exact 0.987 (2,627 of 2,662). Round three (first run on c4f583a): opinion versus
claim in transport and infrastructure, 107 negatives (0.993 / 0.822 (0.626) / 1.0 / 0.977), Middle East diplomacy
(1.0 / 0.893 (0.661) / 0.993 / 1.0), labour markets (0.995 / 0.860 (0.509) / 0.989 / 1.0), construction and real
estate (1.0 / 0.839 (0.554) / 0.997 / 0.973), hard number forms, fourth round (0.989 / 0.893 (0.732) / 0.989 /
0.974), headlines, flashes and tickers, third round (0.957: market tickers after "dpa-AFX-Börsenticker:", results
lines, diary entries / 0.772 (0.632) / 0.972 / 0.971), AI, chips and cybersecurity (0.989 / 0.804 (0.589) / 1.0 /
1.0), a mixed Austrian and Swiss wire day, fifth round (0.994 / 0.897 (0.690) / 0.993 / 1.0); pooled recall 0.990
(1,411 of 1,426), quantities exact 0.991 (2,565 of 2,588). Round four (first run on 654c253): opinion versus claim
in tax and economic policy, 101 negatives (1.0 / 0.832 (0.653) / 0.990 / 1.0), the war in Ukraine, a diplomatic and
frontline day, 60 % German (0.983 / 0.793 (0.569) / 0.996 / 1.0), energy companies and utilities (0.995 / 0.873
(0.491) / 0.986 / 1.0), shipping and ports (1.0 / 0.949 (0.729) / 0.997 / 0.972), public health and drug policy
(0.994 / 0.931 (0.672) / 0.994 / 1.0), local and regional elections, 70 % German (0.984 / 0.836 (0.636) / 0.986 /
0.971), sports business (1.0 / 0.836 (0.636) / 0.997 / 0.973), environment and pollution (1.0 / 0.897 (0.655) /
0.993 / 1.0); pooled recall 0.994 (1,416 of 1,424), quantities exact 0.992 (2,497 of 2,517). Over all thirty-two
first runs of the session (245-276): recall 0.995 (5,697 of 5,726), quantities exact 0.990 (10,320 of 10,429).
Held out, the model trained on 1-244 vetoed 101 of 173, 127 of 227, 111 of 189 and 116 of 183 negatives the rules
kept in the four rounds for 1, 0, 0 and 0 check-worthy rows (of 1,443, 1,428, 1,411 and 1,416); with all the
session's rules, trained on 1-244, it vetoes 455 of the 768 negatives the rules keep in 245-276 for 1 of 5,702.
Two-hundred-and-seventy-seventh to three-hundredth (session eighteen, three rounds of eight, each first run on
committed code before the fixes it prompted, the model trained on 1-276 for the first two and on 1-292 for the
third; recall / negatives rejected (rules alone) / quantities exact / speakers). Round one (first run on c983bb2):
opinion versus claim in housing and rents, 102 negatives (1.0 / 0.784 (0.598) / 0.996 / 0.962), defence procurement
(0.995 / 0.789 (0.579) / 0.997 / 0.868: ranks before a name, "Heeresinspekteur X"), migration and asylum, 70 %
German (0.989 / 0.842 (0.667) / 0.996 / 1.0), consumer prices and retail, 60 % English (1.0 / 0.818 (0.564) / 0.993
/ 0.941), hard number forms, fifth round (1.0 / 0.894 (0.681) / 0.986 / 1.0), headlines, flashes and tickers, fourth
round (0.968: results lines without a verb, diary lines / 0.807 (0.737) / 0.962 / 1.0), science, space and research
(1.0 / 0.912 (0.719) / 0.997 / 1.0), a mixed Austrian and Swiss wire day, sixth round, 70 % German (0.995 / 0.873
(0.673) / 0.997 / 0.973); pooled recall 0.993 (1,433 of 1,443), quantities exact 0.990 (2,442 of 2,467). Round two
(first run on 04d8e8c, after round one's fixes, the model still on 1-276): opinion versus claim in culture and
media, 108 negatives (1.0 / 0.889 (0.602) / 1.0 / 1.0; ten of its fraction labels first carried the string "no unit"
and were corrected after its first run showed them, the run repeated on the same code), health systems, 60 % German
(0.989 / 0.934 (0.656) / 1.0 / 1.0), elections abroad, 60 % English (0.989 / 0.891 (0.473) / 0.986 / 0.944),
technology companies and quarterly results (0.995 / 1.0 (0.630) / 0.995 / 0.944), hard number forms, sixth round
(1.0 / 0.911 (0.622) / 0.982 / 1.0), criminal trials in Germany, 65 % German (0.995 / 0.818 (0.545) / 0.997 /
0.974), natural disasters (1.0 / 0.727 (0.545) / 1.0 / 1.0), schools and universities (1.0 / 0.983 (0.724) / 1.0 /
0.974); pooled recall 0.996 (1,417 of 1,423), quantities exact 0.994 (2,662 of 2,678). Round three (first run on
d623ad3, after round two's fixes, the model on 1-292): opinion versus claim in digital policy and platforms, 102
negatives (1.0 / 0.863 (0.647) / 0.995 / 1.0), a financial markets day (0.989 / 0.891 (0.582) / 0.991 / 1.0), the
energy transition, 60 % German (0.989 / 0.864 (0.644) / 1.0 / 1.0), Asia-Pacific politics and economy, 70 % English
(1.0 / 0.927 (0.709) / 0.994 / 1.0), hard number forms, seventh round (1.0 / 0.911 (0.600) / 0.954: "vH", "€ 12,50",
"eineinhalbtausend" / 0.974), police reports, fourth round, 70 % German (1.0 / 0.865 (0.712) / 0.996 / 1.0),
headlines, flashes and tickers, fifth round (0.950: diary lines by their clock time, results with period scores /
0.897 (0.793) / 0.963 / 1.0), labour disputes and strikes (0.995 / 0.873 (0.764) / 1.0 / 1.0); pooled recall 0.990
(1,409 of 1,423), quantities exact 0.986 (2,432 of 2,467). Over all twenty-four first runs of the session (277-300):
recall 0.993 (4,259 of 4,289), quantities exact 0.990 (7,536 of 7,612). Held out, the model trained on 1-276 vetoed
91 of the 172 negatives the rules kept in round one for 1 of 1,434 check-worthy rows, and 144 of 196 in round two
for none of 1,417; trained on 1-292, 98 of 154 in round three for 1 of 1,410.
Three-hundred-and-first to three-hundred-and-twenty-fourth (session nineteen, three rounds of eight, each first run
on committed code before the fixes it prompted, the model trained on 1-300; recall / negatives rejected (with the
model) / quantities exact / speakers). Round one (first run on 670a320, the session's start; 303 came last, on the
same code): obituaries and anniversaries (1.000 / 0.786 / 0.975 / 0.971); insolvencies and job cuts (0.989 / 0.839 /
0.996 / 0.973); parliaments and legislation (0.989 / 0.927 / 0.993 / 1.000); demography and census (0.995 / 0.745 /
0.970 / 1.000); aviation and airports (0.995 / 0.768 / 0.997 / 1.000); tourism and the ski season (0.995 / 0.839 /
1.000 / 1.000); opinion versus claim in commentary and talk shows, 100 negatives (0.986 / 0.860 / 1.000 / 1.000);
hard number forms, eighth round (1.000 / 0.873 / 0.978 / 1.000); pooled recall 0.994 (1,430 of 1,439), quantities
exact 0.987 (2,493 of 2,526). Round two (first run on 5b81335, after round one's fixes): municipal budgets (0.995 /
0.911 / 0.997 / 0.944); higher courts (0.995 / 0.847 / 0.993 / 1.000); telecoms, media and streaming (1.000 / 0.946
/ 0.997 / 1.000); road safety statistics (1.000 / 0.897 / 0.978 / 1.000); opinion versus claim in posts, open
letters and speeches, 102 negatives (1.000 / 0.853 / 1.000 / 0.943); headlines, flashes and tickers, sixth round
(0.961: data-calendar lines, flashes / 0.814 / 0.922: race times in a line of results, "Angaben in Prozent:" /
1.000); pensions (0.989 / 0.909 / 0.985 / 1.000); wildlife and forests (1.000 / 0.893 / 0.994 / 1.000); pooled
recall 0.992 (1,412 of 1,423), quantities exact 0.983 (2,415 of 2,458). Round three (first run on 1fe32db, after
round two's fixes): energy bills (0.995 / 0.946 / 0.994 / 0.974); crime and policing (0.984 / 0.782 / 0.997 /
0.971); product recalls and consumer protection (1.000 / 0.707 / 0.993 / 0.973); opinion versus claim in interviews,
100 negatives (1.000 / 0.940 / 0.996 / 1.000); hard number forms, ninth round (0.995 / 0.873 / 0.958 / 0.971);
winter sports (1.000 / 0.821 / 0.973 / 1.000); housing and rents (0.995 / 0.891 / 0.997 / 0.971); central banks
(0.995 / 0.818 / 0.985 / 0.971); pooled recall 0.995 (1,425 of 1,432), quantities exact 0.985 (2,689 of 2,730). Over
all twenty-four first runs of the session (301-324): recall 0.994 (4,267 of 4,294), quantities exact 0.985 (7,597 of
7,714). Held out, the model trained on 1-300 vetoed 126 of the 208 negatives the rules kept in round one for 1 of
1,439 check-worthy rows, 121 of 181 in round two for 1 of 1,423 and 136 of 207 in round three for 1 of 1,432.
Three-hundred-and-twenty-fifth to three-hundred-and-forty-eighth (session twenty, three rounds of eight, each first
run on committed code before the fixes it prompted, the model trained on 1-324; recall / negatives rejected (with
the model) / quantities exact / speakers). Round one (first run on ce04165, the session's start): football, third
round (1.000 / 0.875 / 0.984 / 1.000); envoys and peace plans, 60 % German (0.994 / 0.873 / 0.995 / 1.000); opinion
versus claim in praise and blame, 100 negatives (1.000 / 0.920 / 0.986 / 1.000); hard number forms, tenth round
(1.000 / 1.000 / 0.963: suspended number words, "a decade and a half", "40-odd", "better than" / 1.000); company
earnings (1.000 / 0.909 / 0.993 / 1.000); weather extremes and climate records (1.000 / 0.946 / 0.988 / 1.000);
migration and asylum (1.000 / 0.857 / 0.993 / 1.000); US politics and polls, 65 % English (0.994 / 0.800 / 0.978 /
0.972); pooled recall 0.999 (1,423 of 1,425), quantities exact 0.984 (2,427 of 2,466). Round two (first run on
2daf290, after round one's fixes): headlines, flashes and tickers, seventh round (0.966: headlines without a figure
/ 0.828 / 0.938: flashes in capitals, gaps "+0:21" in results lines / 0.973); hospitals and health insurance (0.995
/ 0.909 / 0.993 / 0.943); schools and universities (1.000 / 0.909 / 0.985 / 0.973); EU politics (0.972: rules of
procedure without a figure / 0.860 / 0.996 / 0.972); a mixed wire day, seventh round (1.000 / 0.772 / 0.990 /
0.972); agriculture and harvests (0.995 / 0.911 / 1.000 / 0.943); transport accidents (0.989 / 0.745 / 0.992 /
1.000); interviews and reported speech, 45 checked speakers (1.000 / 0.947 / 1.000 / 0.956); pooled recall 0.990
(1,446 of 1,461), quantities exact 0.986 (2,350 of 2,384). Round three (first run on 26a8191, after round two's
fixes): opinion versus claim in press releases, 100 negatives (0.986 / 0.870 / 0.990 / 1.000); hard number forms,
eleventh round (1.000 / 0.862 / 0.968: "mind.", "max.", "TEUR", "$85K", "50- bis 60.000" / 0.971); sports results
beyond football (1.000 / 0.927 / 0.962: race times after a place or a medal / 1.000); criminal trials (0.989 / 0.833
/ 0.990 / 0.941); oil, gas and power markets (1.000 / 0.912 / 0.980: crowns of a country the row does not name /
1.000); science and space (0.978 / 0.927 / 0.983 / 0.973); public finances (1.000 / 0.891 / 0.997 / 1.000); drone
and missile attacks, 60 % German (0.995 / 0.875 / 1.000 / 1.000); pooled recall 0.994 (1,425 of 1,434), quantities
exact 0.982 (2,448 of 2,494). Over all twenty-four first runs of the session (325-348): recall 0.994 (4,294 of
4,320), quantities exact 0.984 (7,225 of 7,344). Held out, the model trained on 1-324 vetoed 412 of the 582
negatives the rules (after the session's fixes) keep in 325-348 for 2 of 4,295 check-worthy rows (both in the
seventh round of headlines: a dissent told without a figure, a "LIVE MARKETS-" heading).
Round four (first run on e9eafcb, after round three's fixes and the model retrained on 1-348): envoys and talks on a
German foreign desk, 75 % German (1.000 / 0.793 / 0.991 / 1.000); opinion versus claim in the writer's own lines,
101 negatives (1.000 / 0.851 / 1.000 / 1.000); stock markets, currencies and commodities (1.000 / 0.778 / 0.995 /
1.000); police reports, fires and rescues (0.963: rows of record without a figure / 0.875 / 0.986 / 0.971); election
nights (1.000 / 0.889 / 0.992 / 0.972); technology and cybersecurity (0.989 / 0.860 / 0.992 / 0.972); construction
and housing (0.995 / 0.946 / 0.997 / 1.000); headlines, flashes and tickers, eighth round (0.989 / 0.764 / 0.936:
German flashes in capitals, diary dates "Sa., 7.9.", handball's "8/3", seeds "1-Luca Benedetti" / 1.000); pooled
recall 0.992 (1,413 of 1,425), quantities exact 0.986 (2,340 of 2,374). Over all thirty-two first runs of the
session (325-356): recall 0.993 (5,707 of 5,745), quantities exact 0.984 (9,565 of 9,718). Held out, the model
trained on 1-348 vetoed 126 of the 202 negatives the rules keep in 349-356 for 1 of 1,413 check-worthy rows (a
quoted refusal, "Wir zahlen den Erpressern keinen Cent").
Three-hundred-and-fifty-seventh to three-hundred-and-eighty-eighth (session twenty-one, four rounds of eight, each
first run on committed code before the fixes it prompted, the model trained on 1-356; recall / negatives rejected
(with the model) / quantities exact / speakers). Round one (first run on 8faec24, the session's start): a
rate-decision day (0.994 / 0.895 / 0.977 / 1.000); envoys and peace talks, third round (0.995 / 0.873 / 0.988 /
1.000); opinion versus claim in press reviews, columns and speeches, 105 negatives (1.000 / 0.876 / 0.995 / 1.000);
hard number forms, twelfth round (1.000 / 0.945 / 0.929: years and decimals said in words, temperatures below zero /
1.000); labour markets and wage bargaining (1.000 / 1.000 / 0.994 / 0.971); health and medicine (0.989 / 0.945 /
0.975 / 1.000); natural disasters (1.000 / 0.800 / 0.993 / 1.000); carmakers and industry (1.000 / 0.945 / 0.985 /
0.972); pooled recall 0.997 (1,420 of 1,424), quantities exact 0.978 (2,551 of 2,609). Round two (first run on
2943c6a, after round one's fixes): defence and NATO (0.989 / 0.911 / 0.988 / 1.000); aviation and tourism (0.995 /
0.875 / 1.000 / 1.000); constitutional courts and civil suits (0.973 / 0.893 / 0.996 / 0.971); referendums and
ballot measures (0.989 / 0.873 / 0.985 / 1.000); culture and entertainment (1.000 / 0.911 / 0.992 / 1.000); winter
sports results (1.000 / 0.909 / 0.938: race times in results lines / 1.000); climate and environment policy (0.995 /
0.909 / 0.986 / 0.971); fact-check copy with its verdicts (0.963 / 0.945 / 0.989 / 0.943); pooled recall 0.988
(1,468 of 1,486), quantities exact 0.983 (2,546 of 2,591). Round three (first run on 7c796b7, after round two's
fixes): pensions (0.995 / 1.000 / 0.985 / 1.000); banks and financial stability (0.995 / 0.964 / 0.997 / 1.000);
parliamentary debates and votes (1.000 / 0.927 / 0.997 / 0.951); hard number forms, thirteenth round (1.000 / 0.873
/ 0.912: hedges "reichlich", "getting on for", "close on", old currencies / 0.974); crime statistics (0.995 / 0.877
/ 0.981 / 0.972); football transfers and club finances (1.000 / 0.946 / 1.000 / 0.973); space flight and astronomy
(0.995 / 0.947 / 0.997 / 1.000); headlines, flashes and tickers, ninth round (0.913: headlines and diary lines
without a figure / 0.839 / 0.915: results diaries "(Q3)", German flashes, tennis seeds, calendar clocks / 0.943);
pooled recall 0.987 (1,462 of 1,482), quantities exact 0.972 (2,655 of 2,731). Round four (first run on 7795ea6,
after round three's fixes): opinion versus claim in speeches, talk shows and memos, 101 negatives (0.992 / 0.931 /
1.000 / 0.971); hard number forms, fourteenth round (1.000 / 0.927 / 0.907: en dashes as minus, US slashed dates,
poll changes in brackets / 1.000); retail and consumers (0.995 / 0.964 / 1.000 / 1.000); city councils (0.989 /
0.945 / 0.991 / 1.000); industrial accidents (1.000 / 0.839 / 0.992 / 0.943); press conferences and transcripts
(0.994 / 0.839 / 0.997 / 1.000); AI, chips and data centres (0.989 / 0.927 / 1.000 / 1.000); envoys and peace talks,
fourth round (0.973 / 0.807 / 0.992 / 0.972); pooled recall 0.992 (1,414 of 1,426), quantities exact 0.978 (2,420 of
2,474). Over all thirty-two first runs of the session (357-388): recall 0.991 (5,764 of 5,818), quantities exact
0.978 (10,172 of 10,405). Held out, the model trained on 1-356 vetoed 429 of the 553 negatives the rules (after the
session's fixes) keep in 357-380 for 3 of 4,358 check-worthy rows (a firm's stated intent to contest a case, a
denial told to a fact-check desk, a "FED MINUTES:" flash without a figure); trained on 1-380, 157 of 203 in 381-388
for 1 of 1,415 (a ruling-out told as a quote, "Mit mir wird es keine Erhöhung der Grunderwerbsteuer geben").
Three-hundred-and-eighty-ninth to four-hundred-and-twentieth (session twenty-two, four rounds of eight, each first
run on committed code before the fixes it prompted, the model trained on 1-388; recall / negatives rejected (with
the model) / quantities exact / speakers). Round one (first run on 227648c, the session's start): harvests and food
prices (0.995 / 0.966 / 0.975: grain prices in eighths, Australian cents, "N of the past M years" / 0.972); housing
and rents (1.000 / 0.893 / 0.997 / 1.000); migration and asylum (0.972 / 0.897 / 1.000 / 0.973); market reports
(1.000 / 0.897 / 0.995 / 1.000); an election night (0.989 / 0.818 / 0.987 / 0.971); energy supply and prices (1.000
/ 0.914 / 0.984 / 1.000); hard number forms, fifteenth round (1.000 / 0.931 / 0.951: "T€", "Mill.", "TRLN", mixed
thirds, odds "1-in-4", "c. 1650", "2./3. Lesung" / 1.000); athletics, tennis and cycling (1.000 / 0.912 / 0.976:
stages, gaps "1:23 behind", "800m standings" / 1.000); pooled recall 0.995 (1,461 of 1,469), quantities exact 0.982
(2,777 of 2,828). Round two (first run on abbb123, after round one's fixes): shipping and ports (1.000 / 0.895 /
0.997 / 0.946); tourism (0.994 / 0.877 / 0.994 / 1.000); clinical trials (0.995 / 0.965 / 0.987 / 1.000); opinion
beside look-alike claims, 99 negatives (0.993 / 0.889 / 0.995 / 0.972); railways and roads (0.995 / 0.965 / 0.988 /
1.000); a budget week (1.000 / 0.927 / 0.990 / 1.000); earnings (0.995 / 0.947 / 0.986 / 1.000); storms and floods
(1.000 / 0.789 / 1.000 / 1.000); pooled recall 0.996 (1,413 of 1,418), quantities exact 0.992 (2,537 of 2,559).
Round three (first run on 56f926c's rules, after round two's fixes): hard number forms, sixteenth round (1.000 /
0.879 / 0.966: "¢", "ppt", "zu dritt", "a maximum of" / 0.972); headlines, flashes and tickers, tenth round (0.973 /
0.807 / 0.972: flashes with dashes and glued "P"/"M", tennis seeds, a diary's date range / 1.000); courts (0.984 /
0.926 / 0.983 / 1.000); hospitals (0.995 / 0.947 / 0.997 / 0.944); schools (1.000 / 0.912 / 0.991 / 1.000); science
(1.000 / 0.895 / 0.979 / 1.000); football (1.000 / 0.870 / 0.995 / 1.000); fact-check copy, second round (0.984 /
0.964 / 0.996 / 0.972); pooled recall 0.992 (1,472 of 1,484), quantities exact 0.984 (2,671 of 2,716). Round four
(police reports, defence, climate talks, inflation, Swiss and Austrian politics and disasters first run on 56f926c's
rules; the labour market and press conferences, 65 checked speakers, on cab5562, after round three's fixes): police
(1.000 / 0.909 / 0.994 / 1.000); defence (1.000 / 0.891 / 0.997 / 1.000); climate talks (1.000 / 0.879 / 0.987 /
0.972); labour market (1.000 / 0.891 / 0.995 / 1.000); inflation (0.995 / 0.891 / 0.993 / 1.000); Swiss and Austrian
politics (0.989 / 0.857 / 0.992 / 1.000); disasters (0.995 / 0.893 / 1.000 / 1.000); press conferences (0.994 /
0.914 / 1.000 / 0.969); pooled recall 0.997 (1,470 of 1,475), quantities exact 0.995 (2,496 of 2,510). Over all
thirty-two first runs of the session (389-420): recall 0.995 (5,816 of 5,846), quantities exact 0.988 (10,482 of
10,613). Held out, the model trained on 1-388 vetoed 531 of the 711 negatives the rules (after the session's fixes)
keep in 389-420 for 3 of 5,817 check-worthy rows (a minister's plan told in reported speech, a caution by Frontex, a
refusal to intervene after "Asked about ..."); trained on 1-412, 115 of 162 in 413-420 for none of 1,470. Batch 72's
three "grade 4/7 or above" rows lost their qualifier floor: batches 156 and 409 label seven such thresholds
"at_least", which the engine now follows.
Four-hundred-and-twenty-first to four-hundred-and-fifty-first (session twenty-three, four rounds, each first run on
committed code before the fixes it prompted, the model trained on 1-420; recall / negatives rejected (with the
model) / quantities exact / speakers). Round one (first run on 93bd88f, the session's start; envoys on fe15086,
after the round's other fixes): envoys and peace talks (0.983 / 0.828 / 0.986 / 1.000); drone and missile war copy
(1.000 / 0.893 / 1.000 / 1.000); central banks (0.989 / 0.754 / 0.997: "a quarter-percentage point" / 0.944: "die
Bank of England", a role before a name in apposition); aviation (1.000 / 0.964 / 1.000 / 0.971); obituaries (0.994 /
0.862 / 0.994 / 1.000); hard number forms, seventeenth round (1.000 / 0.947 / 0.962: "a dozen and a half", scales in
a row, "Tageszweiter", "millionsten" / 0.973); tariffs and sanctions (0.994 / 0.912 / 1.000 / 1.000); winter sports
(0.995 / 0.891 / 0.987: bobsleigh disciplines, minutes in a list / 1.000); pooled recall 0.994 (1,443 of 1,451),
quantities exact 0.990 (2,523 of 2,549). Round two (first run on fe15086 and, for the headlines, fact-check copy and
opinion batches, on bba4ebc): telecoms and streaming (0.995 / 0.964 / 0.988: "412k", "96.4m wireless" / 0.973);
headlines, flashes and tickers, eleventh round (0.962 / 0.821 / 0.883: "MRD. EURO", "7-9 PCT", "3Q", "$10.7B",
"3-wk", ticker minutes / 0.974); viral claims and fact-check copy (1.000 / 0.965 / 0.993 / 0.974); population and
census (0.989 / 0.946 / 0.988 / 1.000); road safety (1.000 / 0.857 / 0.994 / 1.000); US polls and Congress (0.995 /
0.818 / 0.978: poll gaps in points, a House tally / 1.000); protests and crowd sizes (0.984 / 0.948 / 0.993 /
1.000); opinion beside look-alike claims, 80 negatives (0.987 / 0.938 / 1.000 / 1.000); pooled recall 0.989 (1,426
of 1,442), quantities exact 0.976 (2,413 of 2,473). Round three (first run on 0af566d): space missions (1.000 /
0.946 / 0.997 / 1.000); wildlife (1.000 / 0.911 / 0.997 / 0.971); churches (0.989 / 0.839 / 0.989 / 1.000); recalls
(0.994 / 0.862 / 0.996 / 0.974); AI and cybersecurity (1.000 / 0.945 / 1.000 / 1.000); pensions (0.989 / 1.000 /
0.978: pension ages / 0.947); transport safety investigations (0.989 / 0.782 / 0.993 / 0.973); pooled recall 0.994
(1,282 of 1,289), quantities exact 0.993 (2,112 of 2,128). Round four (first run on d1a6257, f7f94d6 and, for the
hard number forms, e8a161e): tables in running text (1.000 / 0.927 / 0.937: a table's points in brackets read as
ages / 0.972); hard number forms, eighteenth round (0.989 / 0.946 / 0.889: "at best", "and counting", "in the
vicinity of", "DM", "öS" / 0.976); courts (0.995 / 0.768 / 0.997 / 0.946); hospitals (0.989 / 0.964 / 0.993 /
1.000); energy bills (1.000 / 0.911 / 0.997 / 1.000); local news (0.989 / 0.911 / 0.993 / 0.973); medical studies
(1.000 / 0.873 / 0.990 / 0.972); weather records (1.000 / 0.946 / 0.983 / 1.000); pooled recall 0.995 (1,469 of
1,476), quantities exact 0.969 (2,649 of 2,735). Over all thirty-one first runs of the session (421-451): recall
0.993 (5,620 of 5,658), quantities exact 0.981 (9,698 of 9,885). Held out, the model trained on 1-420 vetoed 511 of
the 679 negatives the rules (after the session's fixes) keep in 421-451 for 4 of 5,436 check-worthy rows; trained on
1-443, 140 of 177 in 444-451 for none of 1,281. Label decisions the engine does not follow (the majority of earlier
batches labels them otherwise): "aged 11 and under" up_to (445; the engine reads at_most), German "gut ein Jahr" as
a duration (432; batch 27 leaves "seit mehr als einem Jahr" uncounted), days counted by their weather ("an fünf
Tagen", 451) as counts, "fünf und mehr Personen" without a bound (432).
Four-hundred-and-fifty-second to four-hundred-and-seventy-third (session twenty-four, three rounds, each first run
on committed code before the fixes it prompted, the model trained on 1-451; recall / negatives rejected (with the
model) / quantities exact / speakers). Round one (first run on 48a21bc, after the leftovers of 421-451 were fixed):
hard number forms, nineteenth round (0.995 / 0.855 / 0.919: the euro's forerunners by name, "Lire", "Gulden",
"guilders", "Irish pounds", "IR£", "XXVIII. Gesetzgebungsperiode", "31 below zero" / 0.973); headlines, flashes and
tickers, twelfth round (0.968 / 0.875 / 0.967: headline case, "-2.1 PCT YY", goal flashes, "90.+2 Min.:" / 1.000);
company results (1.000 / 0.964 / 0.994 / 1.000); migration statistics (0.994 / 0.945 / 1.000 / 0.946: "housing
lead X"); harvests and food prices (1.000 / 0.860 / 0.994 / 1.000); housing and rents (1.000 / 0.944 / 0.997 /
0.972); election nights (0.995 / 0.891 / 0.967: one seat, "SVP 48 (+3)", margins in points / 1.000); public
finances (1.000 / 0.891 / 0.995 / 1.000); pooled recall 0.994 (1,477 of 1,486), quantities exact 0.977 (2,990 of
3,060). Round two (first run on 6b26ac3): headlines, flashes and tickers, thirteenth round (0.962 / 0.821 / 0.965 /
1.000); crime statistics (1.000 / 0.927 / 0.995 / 0.943: "FBI Special Agent X"); public health (1.000 / 0.909 /
1.000 / 1.000); football (1.000 / 0.945 / 0.982: a table's points across "St. Gallen" / 1.000); the car industry
(1.000 / 0.893 / 0.994 / 1.000); the labour market (1.000 / 0.873 / 0.987: "(Vormonat: 6,2)", "Arbeitslosen 50+",
"the 16-24 age group" / 1.000); interviews and quotes, 47 checked speakers (0.994 / 1.000 / 1.000 / 1.000); pooled
recall 0.994 (1,284 of 1,292), quantities exact 0.989 (2,351 of 2,378). Round three (first runs on 2ce0af5 for the
hard number forms, 2323e91 for the rest): hard number forms, twentieth round (0.995 / 0.909 / 0.947: "at the
outside", "and then some", "plus x", ", if that" / 0.972); strikes and wage deals (0.989 / 0.879 / 0.988:
"Zehntelprozentpunkt", "in year one", "9,5 Prozent über zwei Jahre" / 1.000); tourism (0.989 / 0.911 / 0.997 /
1.000); schools (1.000 / 0.929 / 0.989: "statt 920 künftig 2'760 Franken" / 1.000); catastrophe losses (0.995 /
0.909 / 0.997 / 0.972); defence (1.000 / 0.929 / 0.997 / 0.892: "Brigadier X", "European states ..., SIPRI said"
named "European", "X vom Karrierecenter der Bundeswehr"); fact-check copy (0.989 / 0.966 / 0.993 / 0.973); pooled
recall 0.994 (1,281 of 1,289), quantities exact 0.986 (2,385 of 2,419). Over all twenty-two first runs of the session
(452-473): recall 0.994 (4,042 of 4,067), quantities exact 0.983 (7,726 of 7,857). Held out, the model trained on
1-451 vetoed 380 of the 488 negatives the rules (after the session's fixes) keep in 452-473 for 1 of 4,041
check-worthy rows; trained on 1-467, 107 of 135 in 468-473 for none of 1,097. Label decisions the engine does not
follow (earlier batches label them otherwise): "locker" before a figure as "over" (460; 2 earlier rows leave it
unhedged), "six years or longer" unhedged (472; "28 days or longer" and most "or more" rows are at_least), "0.5% or
less" up_to (458).
Four-hundred-and-seventy-fourth to four-hundred-and-ninety-third (session twenty-five, three rounds, each first run
on committed code before the fixes it prompted, the model trained on 1-473; recall / negatives rejected (with the
model) / quantities exact / speakers). Round one (first runs on 863e9be and 8ea62c8, after the leftovers of 452-473
were fixed): hard number forms, twenty-first round (1.000 / 0.891 / 0.910: guineas, "bucks", a "nickel",
"Zwanzigräppler", "17st 3lb", "three-quarters of a percent" / 0.943: "Trainer X"); headlines, flashes and tickers,
fourteenth round (0.934 / 0.821 / 0.993: agenda lines "09:00 Uhr · Wien · ...", "1230 - Britain - ...", "2 p.m. —
..." / 0.946: "X, chief investment strategist at Y, said"); central banks and markets (0.984 / 0.860 / 0.986: "a
quarter point" beside "a half-point cut", "US66.85 cents" / 0.973); air and rail (0.984 / 0.945 / 0.997 / 1.000);
winter sports and other results (1.000 / 0.893 / 0.984: "7-6 (9-7) 6-3", "a sub-3:50 mile" / 1.000); research funding
(1.000 / 0.930 / 0.991 / 0.973: "Die Vorsitzende des Forschungsrats, X, sagte"); peace talks (0.973 / 0.828 / 0.997:
"the remaining fifth as part of any deal" / 0.944); parliaments and polls (0.989 / 0.891 / 0.976: "21 Prozent (minus
2)", "split 50-50" / 0.946: "Sinn Féin TD X"); pooled recall 0.983 (1,458 of 1,483), quantities exact 0.977 (2,685 of
2,748). Round two (first runs on c9fb4a5): hard number forms, twenty-second round, dates, times and ages (0.995 /
0.673 / 0.933: "the twenty-first of May 1916", "Anfang 50", "the Fourth of July" / 1.000); mergers and insolvencies
(0.995 / 0.855 / 0.983 / 1.000); pharma (1.000 / 0.930 / 0.997 / 0.943); climate policy (0.989 / 0.964 / 0.997:
"Scope 1 and 2 emissions" / 0.972); humanitarian crises (1.000 / 0.879 / 0.987: Nepal's rupees / 1.000); police
reports (0.995 / 0.873 / 0.989 / 1.000); health myths, fact-check copy (0.989 / 0.964 / 0.993 / 1.000); obituaries
and anniversaries (0.995 / 0.800 / 0.974: "das Pestjahr 1634" / 1.000); pooled recall 0.995 (1,480 of 1,488),
quantities exact 0.980 (2,512 of 2,564). Round three (first runs on fc299b8): online headlines and push alerts,
fifteenth round of headlines (0.951 / 0.891 / 0.981: "Half-time: England 1-0 Wales", teaser questions / 1.000);
household finances (0.995 / 0.931 / 0.987 / 1.000); quotes with names in apposition (0.995 / 0.929 / 0.986 / 0.927:
„Laut dem Direktor des SLF, X, ...“); ranges and changes, twenty-third round of hard number forms (0.995 / 0.909 /
0.985 / 0.971); pooled recall 0.984 (731 of 743), quantities exact 0.985 (1,305 of 1,325). Over all twenty first runs
of the session (474-493): recall 0.988 (3,669 of 3,714), quantities exact 0.980 (6,502 of 6,637). Held out, the model
trained on 1-473 vetoed 269 of the 375 negatives the rules (after the session's fixes) keep in 474-489 for none of
2,943 check-worthy rows; trained on 1-489, 42 of 61 in 490-493 for 2 of 733. Label decisions the engine does not
follow (earlier batches label them otherwise): "N of the past M months/days" (the part a count in 351, 376, 382, 397
and 486; the span's unit in 74, 77, 110 and 157, which the engine follows), "an N Tagen" as a count (485, 488; most
batches a duration), "frühestens 2031" as at_least (485; batch 40 leaves it unhedged), "2034-35" without its years
(475; most batches give both), correction lines (475 negatives; 191, 236 and 473 check-worthy).
Four-hundred-and-ninety-fourth to five-hundred-and-ninth (session twenty-six, two rounds, each first run on committed
code before the fixes it prompted, the model trained on 1-493; recall / negatives rejected (with the model) /
quantities exact / speakers). Round one (first runs on de76b7c): hard number forms, twenty-fourth round, number words
and mixed forms (0.995 / 0.945 / 0.982: "a score of the 150-odd routes", "a dozen-odd", "one and a quarter per cent",
"alle dreiviertel Stunde" / 0.946); headlines, flashes and tickers, sixteenth round (0.979 / 0.873 / 0.978: "4:3 n.P.
(1:0, 2:2, 0:1)", "Tore: 8. X 1:0. 24. Y 1:1." / 0.973); courts and trials (0.995 / 0.875 / 0.975: "zu einem Jahr und
einem Monat", "sentenced to a year and a day", "(Az. 1 StR 212/27)" / 0.971); elections and results (0.995 / 0.945 /
0.954: net approval "minus 31 from minus 24", "the Liberals' primary vote rose 4.8 points", "down three", "Labour's
2024 voters" / 0.971); natural hazards (1.000 / 0.873 / 0.993 / 1.000); sports results and records (1.000 / 0.964 /
0.961: "26:21 over 10 kilometres", "halfway in 61:40", "in Runde 21 bereits", "drei Zehntel pro Runde" / 1.000);
science and medical studies (1.000 / 0.893 / 1.000 / 0.946: "Erstautor Severin X"); energy, grids and infrastructure
(1.000 / 0.945 / 0.997: "um knapp 8 Milliarden auf rund 44 Milliarden Euro" / 1.000); pooled recall 0.995 (1,483 of
1,490), quantities exact 0.979 (2,773 of 2,832); after the round's fixes 0.997 and 0.989. Round two (first runs on
ffb953e): hard number forms, twenty-fifth round, units and measures (1.000 / 0.891 / 0.956: pounds of pumpkins and
steers read as sterling, "2.4m by 3m" as millions / 1.000); speakers and attribution, 46 checked (0.989 / 0.909 /
0.975 / 0.870: "sagte der APA", "Laut dem Leiter des LKA, Oberst X,", "sagte ... bei der Vorstellung des
Jahresgutachtens", "above Wall Street estimates, X told analysts"); agriculture and food (0.995 / 0.909 / 0.994:
"about 41 cent this year" / 1.000); migration and asylum (1.000 / 0.927 / 0.992: "down from a fifth in early 2025" /
1.000); wage deals and labour disputes (0.989 / 0.875 / 0.988 / 0.971: "die Hotel & Gastro Union"); accidents and
safety investigations (0.989 / 0.909 / 0.990 / 0.971); an earnings season with the desks' dollars (1.000 / 0.945 /
0.914: a bare "$" in AAP and Canadian Press copy without its dateline / 1.000); hospitals and health services (1.000
/ 0.982 / 0.994: "von 2,9 auf voraussichtlich 3,3 Prozent" / 0.973); pooled recall 0.995 (1,471 of 1,478), quantities
exact 0.972 (2,781 of 2,861). Over all sixteen first runs of the session (494-509): recall 0.995 (2,954 of 2,968),
quantities exact 0.976 (5,554 of 5,693). Held out, the model trained on 1-493 vetoed 268 of the 342 negatives the
rules keep in 494-509 for 1 of 2,968 check-worthy rows. Label decisions the engine does not follow (earlier batches
label them otherwise or the sentence alone cannot tell): a bare "$" in an AAP or CP row whose dateline stands in an
earlier row (the engine reads the dateline, a home market named in the sentence - "Toronto Stock Exchange",
"Calgary-based", "fully franked" - or else USD), "nicht vor 2040" as at_least (501; 261 leaves "nicht vor 2033"
unhedged), "sieben von acht Breakbällen" as two counts (499; the engine reads "N von M" as a share), "time and a
half" and "double time" as multiples (506), the half-cantons "6 1/2 Ja zu 14 5/2 Nein" (497), "N or more" as at_least
(502, 506; several earlier batches leave it unhedged).
"""

import pytest

from .blind_set import BLIND_SET
from .blind_set_2 import BLIND_SET_2
from .blind_set_3 import BLIND_SET_3
from .blind_set_4 import BLIND_SET_4
from .blind_set_5 import BLIND_SET_5
from .blind_set_6 import BLIND_SET_6
from .blind_set_7 import BLIND_SET_7
from .blind_set_8 import BLIND_SET_8
from .blind_set_9 import BLIND_SET_9
from .blind_set_10 import BLIND_SET_10
from .blind_set_11 import BLIND_SET_11
from .blind_set_12 import BLIND_SET_12
from .blind_set_13 import BLIND_SET_13
from .blind_set_14 import BLIND_SET_14
from .blind_set_15 import BLIND_SET_15
from .blind_set_16 import BLIND_SET_16
from .blind_set_17 import BLIND_SET_17
from .blind_set_18 import BLIND_SET_18
from .blind_set_19 import BLIND_SET_19
from .blind_set_20 import BLIND_SET_20
from .blind_set_21 import BLIND_SET_21
from .blind_set_22 import BLIND_SET_22
from .blind_set_23 import BLIND_SET_23
from .blind_set_24 import BLIND_SET_24
from .blind_set_25 import BLIND_SET_25
from .blind_set_26 import BLIND_SET_26
from .blind_set_27 import BLIND_SET_27
from .blind_set_28 import BLIND_SET_28
from .blind_set_29 import BLIND_SET_29
from .blind_set_30 import BLIND_SET_30
from .blind_set_31 import BLIND_SET_31
from .blind_set_32 import BLIND_SET_32
from .blind_set_33 import BLIND_SET_33
from .blind_set_34 import BLIND_SET_34
from .blind_set_35 import BLIND_SET_35
from .blind_set_36 import BLIND_SET_36
from .blind_set_37 import BLIND_SET_37
from .blind_set_38 import BLIND_SET_38
from .blind_set_39 import BLIND_SET_39
from .blind_set_40 import BLIND_SET_40
from .blind_set_41 import BLIND_SET_41
from .blind_set_42 import BLIND_SET_42
from .blind_set_43 import BLIND_SET_43
from .blind_set_44 import BLIND_SET_44
from .blind_set_45 import BLIND_SET_45
from .blind_set_46 import BLIND_SET_46
from .blind_set_47 import BLIND_SET_47
from .blind_set_48 import BLIND_SET_48
from .blind_set_49 import BLIND_SET_49
from .blind_set_50 import BLIND_SET_50
from .blind_set_51 import BLIND_SET_51
from .blind_set_52 import BLIND_SET_52
from .blind_set_53 import BLIND_SET_53
from .blind_set_54 import BLIND_SET_54
from .blind_set_55 import BLIND_SET_55
from .blind_set_56 import BLIND_SET_56
from .blind_set_57 import BLIND_SET_57
from .blind_set_58 import BLIND_SET_58
from .blind_set_59 import BLIND_SET_59
from .blind_set_60 import BLIND_SET_60
from .blind_set_61 import BLIND_SET_61
from .blind_set_62 import BLIND_SET_62
from .blind_set_63 import BLIND_SET_63
from .blind_set_64 import BLIND_SET_64
from .blind_set_65 import BLIND_SET_65
from .blind_set_66 import BLIND_SET_66
from .blind_set_67 import BLIND_SET_67
from .blind_set_68 import BLIND_SET_68
from .blind_set_69 import BLIND_SET_69
from .blind_set_70 import BLIND_SET_70
from .blind_set_71 import BLIND_SET_71
from .blind_set_72 import BLIND_SET_72
from .blind_set_73 import BLIND_SET_73
from .blind_set_74 import BLIND_SET_74
from .blind_set_75 import BLIND_SET_75
from .blind_set_76 import BLIND_SET_76
from .blind_set_77 import BLIND_SET_77
from .blind_set_78 import BLIND_SET_78
from .blind_set_79 import BLIND_SET_79
from .blind_set_80 import BLIND_SET_80
from .blind_set_81 import BLIND_SET_81
from .blind_set_82 import BLIND_SET_82
from .blind_set_83 import BLIND_SET_83
from .blind_set_84 import BLIND_SET_84
from .blind_set_85 import BLIND_SET_85
from .blind_set_86 import BLIND_SET_86
from .blind_set_87 import BLIND_SET_87
from .blind_set_88 import BLIND_SET_88
from .blind_set_89 import BLIND_SET_89
from .blind_set_90 import BLIND_SET_90
from .blind_set_91 import BLIND_SET_91
from .blind_set_92 import BLIND_SET_92
from .blind_set_93 import BLIND_SET_93
from .blind_set_94 import BLIND_SET_94
from .blind_set_95 import BLIND_SET_95
from .blind_set_96 import BLIND_SET_96
from .blind_set_97 import BLIND_SET_97
from .blind_set_98 import BLIND_SET_98
from .blind_set_99 import BLIND_SET_99
from .blind_set_100 import BLIND_SET_100
from .blind_set_101 import BLIND_SET_101
from .blind_set_102 import BLIND_SET_102
from .blind_set_103 import BLIND_SET_103
from .blind_set_104 import BLIND_SET_104
from .blind_set_105 import BLIND_SET_105
from .blind_set_106 import BLIND_SET_106
from .blind_set_107 import BLIND_SET_107
from .blind_set_108 import BLIND_SET_108
from .blind_set_109 import BLIND_SET_109
from .blind_set_110 import BLIND_SET_110
from .blind_set_111 import BLIND_SET_111
from .blind_set_112 import BLIND_SET_112
from .blind_set_113 import BLIND_SET_113
from .blind_set_114 import BLIND_SET_114
from .blind_set_115 import BLIND_SET_115
from .blind_set_116 import BLIND_SET_116
from .blind_set_117 import BLIND_SET_117
from .blind_set_118 import BLIND_SET_118
from .blind_set_119 import BLIND_SET_119
from .blind_set_120 import BLIND_SET_120
from .blind_set_121 import BLIND_SET_121
from .blind_set_122 import BLIND_SET_122
from .blind_set_123 import BLIND_SET_123
from .blind_set_124 import BLIND_SET_124
from .blind_set_125 import BLIND_SET_125
from .blind_set_126 import BLIND_SET_126
from .blind_set_127 import BLIND_SET_127
from .blind_set_128 import BLIND_SET_128
from .blind_set_129 import BLIND_SET_129
from .blind_set_130 import BLIND_SET_130
from .blind_set_131 import BLIND_SET_131
from .blind_set_132 import BLIND_SET_132
from .blind_set_133 import BLIND_SET_133
from .blind_set_134 import BLIND_SET_134
from .blind_set_135 import BLIND_SET_135
from .blind_set_136 import BLIND_SET_136
from .blind_set_137 import BLIND_SET_137
from .blind_set_138 import BLIND_SET_138
from .blind_set_139 import BLIND_SET_139
from .blind_set_140 import BLIND_SET_140
from .blind_set_141 import BLIND_SET_141
from .blind_set_142 import BLIND_SET_142
from .blind_set_143 import BLIND_SET_143
from .blind_set_144 import BLIND_SET_144
from .blind_set_145 import BLIND_SET_145
from .blind_set_146 import BLIND_SET_146
from .blind_set_147 import BLIND_SET_147
from .blind_set_148 import BLIND_SET_148
from .blind_set_149 import BLIND_SET_149
from .blind_set_150 import BLIND_SET_150
from .blind_set_151 import BLIND_SET_151
from .blind_set_152 import BLIND_SET_152
from .blind_set_153 import BLIND_SET_153
from .blind_set_154 import BLIND_SET_154
from .blind_set_155 import BLIND_SET_155
from .blind_set_156 import BLIND_SET_156
from .blind_set_157 import BLIND_SET_157
from .blind_set_158 import BLIND_SET_158
from .blind_set_159 import BLIND_SET_159
from .blind_set_160 import BLIND_SET_160
from .blind_set_161 import BLIND_SET_161
from .blind_set_162 import BLIND_SET_162
from .blind_set_163 import BLIND_SET_163
from .blind_set_164 import BLIND_SET_164
from .blind_set_165 import BLIND_SET_165
from .blind_set_166 import BLIND_SET_166
from .blind_set_167 import BLIND_SET_167
from .blind_set_168 import BLIND_SET_168
from .blind_set_169 import BLIND_SET_169
from .blind_set_170 import BLIND_SET_170
from .blind_set_171 import BLIND_SET_171
from .blind_set_172 import BLIND_SET_172
from .blind_set_173 import BLIND_SET_173
from .blind_set_174 import BLIND_SET_174
from .blind_set_175 import BLIND_SET_175
from .blind_set_176 import BLIND_SET_176
from .blind_set_177 import BLIND_SET_177
from .blind_set_178 import BLIND_SET_178
from .blind_set_179 import BLIND_SET_179
from .blind_set_180 import BLIND_SET_180
from .blind_set_181 import BLIND_SET_181
from .blind_set_182 import BLIND_SET_182
from .blind_set_183 import BLIND_SET_183
from .blind_set_184 import BLIND_SET_184
from .blind_set_185 import BLIND_SET_185
from .blind_set_186 import BLIND_SET_186
from .blind_set_187 import BLIND_SET_187
from .blind_set_188 import BLIND_SET_188
from .blind_set_189 import BLIND_SET_189
from .blind_set_190 import BLIND_SET_190
from .blind_set_191 import BLIND_SET_191
from .blind_set_192 import BLIND_SET_192
from .blind_set_193 import BLIND_SET_193
from .blind_set_194 import BLIND_SET_194
from .blind_set_195 import BLIND_SET_195
from .blind_set_196 import BLIND_SET_196
from .blind_set_197 import BLIND_SET_197
from .blind_set_198 import BLIND_SET_198
from .blind_set_199 import BLIND_SET_199
from .blind_set_200 import BLIND_SET_200
from .blind_set_201 import BLIND_SET_201
from .blind_set_202 import BLIND_SET_202
from .blind_set_203 import BLIND_SET_203
from .blind_set_204 import BLIND_SET_204
from .blind_set_205 import BLIND_SET_205
from .blind_set_206 import BLIND_SET_206
from .blind_set_207 import BLIND_SET_207
from .blind_set_208 import BLIND_SET_208
from .blind_set_209 import BLIND_SET_209
from .blind_set_210 import BLIND_SET_210
from .blind_set_211 import BLIND_SET_211
from .blind_set_212 import BLIND_SET_212
from .blind_set_213 import BLIND_SET_213
from .blind_set_214 import BLIND_SET_214
from .blind_set_215 import BLIND_SET_215
from .blind_set_216 import BLIND_SET_216
from .blind_set_217 import BLIND_SET_217
from .blind_set_218 import BLIND_SET_218
from .blind_set_219 import BLIND_SET_219
from .blind_set_220 import BLIND_SET_220
from .blind_set_221 import BLIND_SET_221
from .blind_set_222 import BLIND_SET_222
from .blind_set_223 import BLIND_SET_223
from .blind_set_224 import BLIND_SET_224
from .blind_set_225 import BLIND_SET_225
from .blind_set_226 import BLIND_SET_226
from .blind_set_227 import BLIND_SET_227
from .blind_set_228 import BLIND_SET_228
from .blind_set_229 import BLIND_SET_229
from .blind_set_230 import BLIND_SET_230
from .blind_set_231 import BLIND_SET_231
from .blind_set_232 import BLIND_SET_232
from .blind_set_233 import BLIND_SET_233
from .blind_set_234 import BLIND_SET_234
from .blind_set_235 import BLIND_SET_235
from .blind_set_236 import BLIND_SET_236
from .blind_set_237 import BLIND_SET_237
from .blind_set_238 import BLIND_SET_238
from .blind_set_239 import BLIND_SET_239
from .blind_set_240 import BLIND_SET_240
from .blind_set_241 import BLIND_SET_241
from .blind_set_242 import BLIND_SET_242
from .blind_set_243 import BLIND_SET_243
from .blind_set_244 import BLIND_SET_244
from .blind_set_245 import BLIND_SET_245
from .blind_set_246 import BLIND_SET_246
from .blind_set_247 import BLIND_SET_247
from .blind_set_248 import BLIND_SET_248
from .blind_set_249 import BLIND_SET_249
from .blind_set_250 import BLIND_SET_250
from .blind_set_251 import BLIND_SET_251
from .blind_set_252 import BLIND_SET_252
from .blind_set_253 import BLIND_SET_253
from .blind_set_254 import BLIND_SET_254
from .blind_set_255 import BLIND_SET_255
from .blind_set_256 import BLIND_SET_256
from .blind_set_257 import BLIND_SET_257
from .blind_set_258 import BLIND_SET_258
from .blind_set_259 import BLIND_SET_259
from .blind_set_260 import BLIND_SET_260
from .blind_set_261 import BLIND_SET_261
from .blind_set_262 import BLIND_SET_262
from .blind_set_263 import BLIND_SET_263
from .blind_set_264 import BLIND_SET_264
from .blind_set_265 import BLIND_SET_265
from .blind_set_266 import BLIND_SET_266
from .blind_set_267 import BLIND_SET_267
from .blind_set_268 import BLIND_SET_268
from .blind_set_269 import BLIND_SET_269
from .blind_set_270 import BLIND_SET_270
from .blind_set_271 import BLIND_SET_271
from .blind_set_272 import BLIND_SET_272
from .blind_set_273 import BLIND_SET_273
from .blind_set_274 import BLIND_SET_274
from .blind_set_275 import BLIND_SET_275
from .blind_set_276 import BLIND_SET_276
from .blind_set_277 import BLIND_SET_277
from .blind_set_278 import BLIND_SET_278
from .blind_set_279 import BLIND_SET_279
from .blind_set_280 import BLIND_SET_280
from .blind_set_281 import BLIND_SET_281
from .blind_set_282 import BLIND_SET_282
from .blind_set_283 import BLIND_SET_283
from .blind_set_284 import BLIND_SET_284
from .blind_set_285 import BLIND_SET_285
from .blind_set_286 import BLIND_SET_286
from .blind_set_287 import BLIND_SET_287
from .blind_set_288 import BLIND_SET_288
from .blind_set_289 import BLIND_SET_289
from .blind_set_290 import BLIND_SET_290
from .blind_set_291 import BLIND_SET_291
from .blind_set_292 import BLIND_SET_292
from .blind_set_293 import BLIND_SET_293
from .blind_set_294 import BLIND_SET_294
from .blind_set_295 import BLIND_SET_295
from .blind_set_296 import BLIND_SET_296
from .blind_set_297 import BLIND_SET_297
from .blind_set_298 import BLIND_SET_298
from .blind_set_299 import BLIND_SET_299
from .blind_set_300 import BLIND_SET_300
from .blind_set_301 import BLIND_SET_301
from .blind_set_302 import BLIND_SET_302
from .blind_set_303 import BLIND_SET_303
from .blind_set_304 import BLIND_SET_304
from .blind_set_305 import BLIND_SET_305
from .blind_set_306 import BLIND_SET_306
from .blind_set_307 import BLIND_SET_307
from .blind_set_308 import BLIND_SET_308
from .blind_set_309 import BLIND_SET_309
from .blind_set_310 import BLIND_SET_310
from .blind_set_311 import BLIND_SET_311
from .blind_set_312 import BLIND_SET_312
from .blind_set_313 import BLIND_SET_313
from .blind_set_314 import BLIND_SET_314
from .blind_set_315 import BLIND_SET_315
from .blind_set_316 import BLIND_SET_316
from .blind_set_317 import BLIND_SET_317
from .blind_set_318 import BLIND_SET_318
from .blind_set_319 import BLIND_SET_319
from .blind_set_320 import BLIND_SET_320
from .blind_set_321 import BLIND_SET_321
from .blind_set_322 import BLIND_SET_322
from .blind_set_323 import BLIND_SET_323
from .blind_set_324 import BLIND_SET_324
from .blind_set_325 import BLIND_SET_325
from .blind_set_326 import BLIND_SET_326
from .blind_set_327 import BLIND_SET_327
from .blind_set_328 import BLIND_SET_328
from .blind_set_329 import BLIND_SET_329
from .blind_set_330 import BLIND_SET_330
from .blind_set_331 import BLIND_SET_331
from .blind_set_332 import BLIND_SET_332
from .blind_set_333 import BLIND_SET_333
from .blind_set_334 import BLIND_SET_334
from .blind_set_335 import BLIND_SET_335
from .blind_set_336 import BLIND_SET_336
from .blind_set_337 import BLIND_SET_337
from .blind_set_338 import BLIND_SET_338
from .blind_set_339 import BLIND_SET_339
from .blind_set_340 import BLIND_SET_340
from .blind_set_341 import BLIND_SET_341
from .blind_set_342 import BLIND_SET_342
from .blind_set_343 import BLIND_SET_343
from .blind_set_344 import BLIND_SET_344
from .blind_set_345 import BLIND_SET_345
from .blind_set_346 import BLIND_SET_346
from .blind_set_347 import BLIND_SET_347
from .blind_set_348 import BLIND_SET_348
from .blind_set_349 import BLIND_SET_349
from .blind_set_350 import BLIND_SET_350
from .blind_set_351 import BLIND_SET_351
from .blind_set_352 import BLIND_SET_352
from .blind_set_353 import BLIND_SET_353
from .blind_set_354 import BLIND_SET_354
from .blind_set_355 import BLIND_SET_355
from .blind_set_356 import BLIND_SET_356
from .blind_set_357 import BLIND_SET_357
from .blind_set_358 import BLIND_SET_358
from .blind_set_359 import BLIND_SET_359
from .blind_set_360 import BLIND_SET_360
from .blind_set_361 import BLIND_SET_361
from .blind_set_362 import BLIND_SET_362
from .blind_set_363 import BLIND_SET_363
from .blind_set_364 import BLIND_SET_364
from .blind_set_365 import BLIND_SET_365
from .blind_set_366 import BLIND_SET_366
from .blind_set_367 import BLIND_SET_367
from .blind_set_368 import BLIND_SET_368
from .blind_set_369 import BLIND_SET_369
from .blind_set_370 import BLIND_SET_370
from .blind_set_371 import BLIND_SET_371
from .blind_set_372 import BLIND_SET_372
from .blind_set_373 import BLIND_SET_373
from .blind_set_374 import BLIND_SET_374
from .blind_set_375 import BLIND_SET_375
from .blind_set_376 import BLIND_SET_376
from .blind_set_377 import BLIND_SET_377
from .blind_set_378 import BLIND_SET_378
from .blind_set_379 import BLIND_SET_379
from .blind_set_380 import BLIND_SET_380
from .blind_set_381 import BLIND_SET_381
from .blind_set_382 import BLIND_SET_382
from .blind_set_383 import BLIND_SET_383
from .blind_set_384 import BLIND_SET_384
from .blind_set_385 import BLIND_SET_385
from .blind_set_386 import BLIND_SET_386
from .blind_set_387 import BLIND_SET_387
from .blind_set_388 import BLIND_SET_388
from .blind_set_389 import BLIND_SET_389
from .blind_set_390 import BLIND_SET_390
from .blind_set_391 import BLIND_SET_391
from .blind_set_392 import BLIND_SET_392
from .blind_set_393 import BLIND_SET_393
from .blind_set_394 import BLIND_SET_394
from .blind_set_395 import BLIND_SET_395
from .blind_set_396 import BLIND_SET_396
from .blind_set_397 import BLIND_SET_397
from .blind_set_398 import BLIND_SET_398
from .blind_set_399 import BLIND_SET_399
from .blind_set_400 import BLIND_SET_400
from .blind_set_401 import BLIND_SET_401
from .blind_set_402 import BLIND_SET_402
from .blind_set_403 import BLIND_SET_403
from .blind_set_404 import BLIND_SET_404
from .blind_set_405 import BLIND_SET_405
from .blind_set_406 import BLIND_SET_406
from .blind_set_407 import BLIND_SET_407
from .blind_set_408 import BLIND_SET_408
from .blind_set_409 import BLIND_SET_409
from .blind_set_410 import BLIND_SET_410
from .blind_set_411 import BLIND_SET_411
from .blind_set_412 import BLIND_SET_412
from .blind_set_413 import BLIND_SET_413
from .blind_set_414 import BLIND_SET_414
from .blind_set_415 import BLIND_SET_415
from .blind_set_416 import BLIND_SET_416
from .blind_set_417 import BLIND_SET_417
from .blind_set_418 import BLIND_SET_418
from .blind_set_419 import BLIND_SET_419
from .blind_set_420 import BLIND_SET_420
from .blind_set_421 import BLIND_SET_421
from .blind_set_422 import BLIND_SET_422
from .blind_set_423 import BLIND_SET_423
from .blind_set_424 import BLIND_SET_424
from .blind_set_425 import BLIND_SET_425
from .blind_set_426 import BLIND_SET_426
from .blind_set_427 import BLIND_SET_427
from .blind_set_428 import BLIND_SET_428
from .blind_set_429 import BLIND_SET_429
from .blind_set_430 import BLIND_SET_430
from .blind_set_431 import BLIND_SET_431
from .blind_set_432 import BLIND_SET_432
from .blind_set_433 import BLIND_SET_433
from .blind_set_434 import BLIND_SET_434
from .blind_set_435 import BLIND_SET_435
from .blind_set_436 import BLIND_SET_436
from .blind_set_437 import BLIND_SET_437
from .blind_set_438 import BLIND_SET_438
from .blind_set_439 import BLIND_SET_439
from .blind_set_440 import BLIND_SET_440
from .blind_set_441 import BLIND_SET_441
from .blind_set_442 import BLIND_SET_442
from .blind_set_443 import BLIND_SET_443
from .blind_set_444 import BLIND_SET_444
from .blind_set_445 import BLIND_SET_445
from .blind_set_446 import BLIND_SET_446
from .blind_set_447 import BLIND_SET_447
from .blind_set_448 import BLIND_SET_448
from .blind_set_449 import BLIND_SET_449
from .blind_set_450 import BLIND_SET_450
from .blind_set_451 import BLIND_SET_451
from .blind_set_452 import BLIND_SET_452
from .blind_set_453 import BLIND_SET_453
from .blind_set_454 import BLIND_SET_454
from .blind_set_455 import BLIND_SET_455
from .blind_set_456 import BLIND_SET_456
from .blind_set_457 import BLIND_SET_457
from .blind_set_458 import BLIND_SET_458
from .blind_set_459 import BLIND_SET_459
from .blind_set_460 import BLIND_SET_460
from .blind_set_461 import BLIND_SET_461
from .blind_set_462 import BLIND_SET_462
from .blind_set_463 import BLIND_SET_463
from .blind_set_464 import BLIND_SET_464
from .blind_set_465 import BLIND_SET_465
from .blind_set_466 import BLIND_SET_466
from .blind_set_467 import BLIND_SET_467
from .blind_set_468 import BLIND_SET_468
from .blind_set_469 import BLIND_SET_469
from .blind_set_470 import BLIND_SET_470
from .blind_set_471 import BLIND_SET_471
from .blind_set_472 import BLIND_SET_472
from .blind_set_473 import BLIND_SET_473
from .blind_set_474 import BLIND_SET_474
from .blind_set_475 import BLIND_SET_475
from .blind_set_476 import BLIND_SET_476
from .blind_set_477 import BLIND_SET_477
from .blind_set_478 import BLIND_SET_478
from .blind_set_479 import BLIND_SET_479
from .blind_set_480 import BLIND_SET_480
from .blind_set_481 import BLIND_SET_481
from .blind_set_482 import BLIND_SET_482
from .blind_set_483 import BLIND_SET_483
from .blind_set_484 import BLIND_SET_484
from .blind_set_485 import BLIND_SET_485
from .blind_set_486 import BLIND_SET_486
from .blind_set_487 import BLIND_SET_487
from .blind_set_488 import BLIND_SET_488
from .blind_set_489 import BLIND_SET_489
from .blind_set_490 import BLIND_SET_490
from .blind_set_491 import BLIND_SET_491
from .blind_set_492 import BLIND_SET_492
from .blind_set_493 import BLIND_SET_493
from .blind_set_494 import BLIND_SET_494
from .blind_set_495 import BLIND_SET_495
from .blind_set_496 import BLIND_SET_496
from .blind_set_497 import BLIND_SET_497
from .blind_set_498 import BLIND_SET_498
from .blind_set_499 import BLIND_SET_499
from .blind_set_500 import BLIND_SET_500
from .blind_set_501 import BLIND_SET_501
from .blind_set_502 import BLIND_SET_502
from .blind_set_503 import BLIND_SET_503
from .blind_set_504 import BLIND_SET_504
from .blind_set_505 import BLIND_SET_505
from .blind_set_506 import BLIND_SET_506
from .blind_set_507 import BLIND_SET_507
from .blind_set_508 import BLIND_SET_508
from .blind_set_509 import BLIND_SET_509
from .metrics import evaluate, report

SETS = {
    "first": BLIND_SET,
    "second": BLIND_SET_2,
    "third": BLIND_SET_3,
    "fourth": BLIND_SET_4,
    "fifth": BLIND_SET_5,
    "sixth": BLIND_SET_6,
    "seventh": BLIND_SET_7,
    "eighth": BLIND_SET_8,
    "ninth": BLIND_SET_9,
    "tenth": BLIND_SET_10,
    "eleventh": BLIND_SET_11,
    "twelfth": BLIND_SET_12,
    "thirteenth": BLIND_SET_13,
    "fourteenth": BLIND_SET_14,
    "fifteenth": BLIND_SET_15,
    "sixteenth": BLIND_SET_16,
    "seventeenth": BLIND_SET_17,
    "eighteenth": BLIND_SET_18,
    "nineteenth": BLIND_SET_19,
    "twentieth": BLIND_SET_20,
    "twenty-first": BLIND_SET_21,
    "twenty-second": BLIND_SET_22,
    "twenty-third": BLIND_SET_23,
    "twenty-fourth": BLIND_SET_24,
    "twenty-fifth": BLIND_SET_25,
    "twenty-sixth": BLIND_SET_26,
    "twenty-seventh": BLIND_SET_27,
    "twenty-eighth": BLIND_SET_28,
    "twenty-ninth": BLIND_SET_29,
    "thirtieth": BLIND_SET_30,
    "thirty-first": BLIND_SET_31,
    "thirty-second": BLIND_SET_32,
    "thirty-third": BLIND_SET_33,
    "thirty-fourth": BLIND_SET_34,
    "thirty-fifth": BLIND_SET_35,
    "thirty-sixth": BLIND_SET_36,
    "thirty-seventh": BLIND_SET_37,
    "thirty-eighth": BLIND_SET_38,
    "thirty-ninth": BLIND_SET_39,
    "fortieth": BLIND_SET_40,
    "forty-first": BLIND_SET_41,
    "forty-second": BLIND_SET_42,
    "forty-third": BLIND_SET_43,
    "forty-fourth": BLIND_SET_44,
    "forty-fifth": BLIND_SET_45,
    "forty-sixth": BLIND_SET_46,
    "forty-seventh": BLIND_SET_47,
    "forty-eighth": BLIND_SET_48,
    "forty-ninth": BLIND_SET_49,
    "fiftieth": BLIND_SET_50,
    "fifty-first": BLIND_SET_51,
    "fifty-second": BLIND_SET_52,
    "fifty-third": BLIND_SET_53,
    "fifty-fourth": BLIND_SET_54,
    "fifty-fifth": BLIND_SET_55,
    "fifty-sixth": BLIND_SET_56,
    "fifty-seventh": BLIND_SET_57,
    "fifty-eighth": BLIND_SET_58,
    "fifty-ninth": BLIND_SET_59,
    "sixtieth": BLIND_SET_60,
    "sixty-first": BLIND_SET_61,
    "sixty-second": BLIND_SET_62,
    "sixty-third": BLIND_SET_63,
    "sixty-fourth": BLIND_SET_64,
    "sixty-fifth": BLIND_SET_65,
    "sixty-sixth": BLIND_SET_66,
    "sixty-seventh": BLIND_SET_67,
    "sixty-eighth": BLIND_SET_68,
    "sixty-ninth": BLIND_SET_69,
    "seventieth": BLIND_SET_70,
    "seventy-first": BLIND_SET_71,
    "seventy-second": BLIND_SET_72,
    "seventy-third": BLIND_SET_73,
    "seventy-fourth": BLIND_SET_74,
    "seventy-fifth": BLIND_SET_75,
    "seventy-sixth": BLIND_SET_76,
    "seventy-seventh": BLIND_SET_77,
    "seventy-eighth": BLIND_SET_78,
    "seventy-ninth": BLIND_SET_79,
    "eightieth": BLIND_SET_80,
    "eighty-first": BLIND_SET_81,
    "eighty-second": BLIND_SET_82,
    "eighty-third": BLIND_SET_83,
    "eighty-fourth": BLIND_SET_84,
    "eighty-fifth": BLIND_SET_85,
    "eighty-sixth": BLIND_SET_86,
    "eighty-seventh": BLIND_SET_87,
    "eighty-eighth": BLIND_SET_88,
    "eighty-ninth": BLIND_SET_89,
    "ninetieth": BLIND_SET_90,
    "ninety-first": BLIND_SET_91,
    "ninety-second": BLIND_SET_92,
    "ninety-third": BLIND_SET_93,
    "ninety-fourth": BLIND_SET_94,
    "ninety-fifth": BLIND_SET_95,
    "ninety-sixth": BLIND_SET_96,
    "ninety-seventh": BLIND_SET_97,
    "ninety-eighth": BLIND_SET_98,
    "ninety-ninth": BLIND_SET_99,
    "hundredth": BLIND_SET_100,
    "hundred-and-first": BLIND_SET_101,
    "hundred-and-second": BLIND_SET_102,
    "hundred-and-third": BLIND_SET_103,
    "hundred-and-fourth": BLIND_SET_104,
    "hundred-and-fifth": BLIND_SET_105,
    "hundred-and-sixth": BLIND_SET_106,
    "hundred-and-seventh": BLIND_SET_107,
    "hundred-and-eighth": BLIND_SET_108,
    "hundred-and-ninth": BLIND_SET_109,
    "hundred-and-tenth": BLIND_SET_110,
    "hundred-and-eleventh": BLIND_SET_111,
    "hundred-and-twelfth": BLIND_SET_112,
    "hundred-and-thirteenth": BLIND_SET_113,
    "hundred-and-fourteenth": BLIND_SET_114,
    "hundred-and-fifteenth": BLIND_SET_115,
    "hundred-and-sixteenth": BLIND_SET_116,
    "hundred-and-seventeenth": BLIND_SET_117,
    "hundred-and-eighteenth": BLIND_SET_118,
    "hundred-and-nineteenth": BLIND_SET_119,
    "hundred-and-twentieth": BLIND_SET_120,
    "hundred-and-twenty-first": BLIND_SET_121,
    "hundred-and-twenty-second": BLIND_SET_122,
    "hundred-and-twenty-third": BLIND_SET_123,
    "hundred-and-twenty-fourth": BLIND_SET_124,
    "hundred-and-twenty-fifth": BLIND_SET_125,
    "hundred-and-twenty-sixth": BLIND_SET_126,
    "hundred-and-twenty-seventh": BLIND_SET_127,
    "hundred-and-twenty-eighth": BLIND_SET_128,
    "hundred-and-twenty-ninth": BLIND_SET_129,
    "hundred-and-thirtieth": BLIND_SET_130,
    "hundred-and-thirty-first": BLIND_SET_131,
    "hundred-and-thirty-second": BLIND_SET_132,
    "hundred-and-thirty-third": BLIND_SET_133,
    "hundred-and-thirty-fourth": BLIND_SET_134,
    "hundred-and-thirty-fifth": BLIND_SET_135,
    "hundred-and-thirty-sixth": BLIND_SET_136,
    "hundred-and-thirty-seventh": BLIND_SET_137,
    "hundred-and-thirty-eighth": BLIND_SET_138,
    "hundred-and-thirty-ninth": BLIND_SET_139,
    "hundred-and-fortieth": BLIND_SET_140,
    "hundred-and-forty-first": BLIND_SET_141,
    "hundred-and-forty-second": BLIND_SET_142,
    "hundred-and-forty-third": BLIND_SET_143,
    "hundred-and-forty-fourth": BLIND_SET_144,
    "hundred-and-forty-fifth": BLIND_SET_145,
    "hundred-and-forty-sixth": BLIND_SET_146,
    "hundred-and-forty-seventh": BLIND_SET_147,
    "hundred-and-forty-eighth": BLIND_SET_148,
    "hundred-and-forty-ninth": BLIND_SET_149,
    "hundred-and-fiftieth": BLIND_SET_150,
    "hundred-and-fifty-first": BLIND_SET_151,
    "hundred-and-fifty-second": BLIND_SET_152,
    "hundred-and-fifty-third": BLIND_SET_153,
    "hundred-and-fifty-fourth": BLIND_SET_154,
    "hundred-and-fifty-fifth": BLIND_SET_155,
    "hundred-and-fifty-sixth": BLIND_SET_156,
    "hundred-and-fifty-seventh": BLIND_SET_157,
    "hundred-and-fifty-eighth": BLIND_SET_158,
    "hundred-and-fifty-ninth": BLIND_SET_159,
    "hundred-and-sixtieth": BLIND_SET_160,
    "hundred-and-sixty-first": BLIND_SET_161,
    "hundred-and-sixty-second": BLIND_SET_162,
    "hundred-and-sixty-third": BLIND_SET_163,
    "hundred-and-sixty-fourth": BLIND_SET_164,
    "hundred-and-sixty-fifth": BLIND_SET_165,
    "hundred-and-sixty-sixth": BLIND_SET_166,
    "hundred-and-sixty-seventh": BLIND_SET_167,
    "hundred-and-sixty-eighth": BLIND_SET_168,
    "hundred-and-sixty-ninth": BLIND_SET_169,
    "hundred-and-seventieth": BLIND_SET_170,
    "hundred-and-seventy-first": BLIND_SET_171,
    "hundred-and-seventy-second": BLIND_SET_172,
    "hundred-and-seventy-third": BLIND_SET_173,
    "hundred-and-seventy-fourth": BLIND_SET_174,
    "hundred-and-seventy-fifth": BLIND_SET_175,
    "hundred-and-seventy-sixth": BLIND_SET_176,
    "hundred-and-seventy-seventh": BLIND_SET_177,
    "hundred-and-seventy-eighth": BLIND_SET_178,
    "hundred-and-seventy-ninth": BLIND_SET_179,
    "hundred-and-eightieth": BLIND_SET_180,
    "hundred-and-eighty-first": BLIND_SET_181,
    "hundred-and-eighty-second": BLIND_SET_182,
    "hundred-and-eighty-third": BLIND_SET_183,
    "hundred-and-eighty-fourth": BLIND_SET_184,
    "hundred-and-eighty-fifth": BLIND_SET_185,
    "hundred-and-eighty-sixth": BLIND_SET_186,
    "hundred-and-eighty-seventh": BLIND_SET_187,
    "hundred-and-eighty-eighth": BLIND_SET_188,
    "hundred-and-eighty-ninth": BLIND_SET_189,
    "hundred-and-ninetieth": BLIND_SET_190,
    "hundred-and-ninety-first": BLIND_SET_191,
    "hundred-and-ninety-second": BLIND_SET_192,
    "hundred-and-ninety-third": BLIND_SET_193,
    "hundred-and-ninety-fourth": BLIND_SET_194,
    "hundred-and-ninety-fifth": BLIND_SET_195,
    "hundred-and-ninety-sixth": BLIND_SET_196,
    "hundred-and-ninety-seventh": BLIND_SET_197,
    "hundred-and-ninety-eighth": BLIND_SET_198,
    "hundred-and-ninety-ninth": BLIND_SET_199,
    "two-hundredth": BLIND_SET_200,
    "two-hundred-and-first": BLIND_SET_201,
    "two-hundred-and-second": BLIND_SET_202,
    "two-hundred-and-third": BLIND_SET_203,
    "two-hundred-and-fourth": BLIND_SET_204,
    "two-hundred-and-fifth": BLIND_SET_205,
    "two-hundred-and-sixth": BLIND_SET_206,
    "two-hundred-and-seventh": BLIND_SET_207,
    "two-hundred-and-eighth": BLIND_SET_208,
    "two-hundred-and-ninth": BLIND_SET_209,
    "two-hundred-and-tenth": BLIND_SET_210,
    "two-hundred-and-eleventh": BLIND_SET_211,
    "two-hundred-and-twelfth": BLIND_SET_212,
    "two-hundred-and-thirteenth": BLIND_SET_213,
    "two-hundred-and-fourteenth": BLIND_SET_214,
    "two-hundred-and-fifteenth": BLIND_SET_215,
    "two-hundred-and-sixteenth": BLIND_SET_216,
    "two-hundred-and-seventeenth": BLIND_SET_217,
    "two-hundred-and-eighteenth": BLIND_SET_218,
    "two-hundred-and-nineteenth": BLIND_SET_219,
    "two-hundred-and-twentieth": BLIND_SET_220,
    "two-hundred-and-twenty-first": BLIND_SET_221,
    "two-hundred-and-twenty-second": BLIND_SET_222,
    "two-hundred-and-twenty-third": BLIND_SET_223,
    "two-hundred-and-twenty-fourth": BLIND_SET_224,
    "two-hundred-and-twenty-fifth": BLIND_SET_225,
    "two-hundred-and-twenty-sixth": BLIND_SET_226,
    "two-hundred-and-twenty-seventh": BLIND_SET_227,
    "two-hundred-and-twenty-eighth": BLIND_SET_228,
    "two-hundred-and-twenty-ninth": BLIND_SET_229,
    "two-hundred-and-thirtieth": BLIND_SET_230,
    "two-hundred-and-thirty-first": BLIND_SET_231,
    "two-hundred-and-thirty-second": BLIND_SET_232,
    "two-hundred-and-thirty-third": BLIND_SET_233,
    "two-hundred-and-thirty-fourth": BLIND_SET_234,
    "two-hundred-and-thirty-fifth": BLIND_SET_235,
    "two-hundred-and-thirty-sixth": BLIND_SET_236,
    "two-hundred-and-thirty-seventh": BLIND_SET_237,
    "two-hundred-and-thirty-eighth": BLIND_SET_238,
    "two-hundred-and-thirty-ninth": BLIND_SET_239,
    "two-hundred-and-fortieth": BLIND_SET_240,
    "two-hundred-and-forty-first": BLIND_SET_241,
    "two-hundred-and-forty-second": BLIND_SET_242,
    "two-hundred-and-forty-third": BLIND_SET_243,
    "two-hundred-and-forty-fourth": BLIND_SET_244,
    "two-hundred-and-forty-fifth": BLIND_SET_245,
    "two-hundred-and-forty-sixth": BLIND_SET_246,
    "two-hundred-and-forty-seventh": BLIND_SET_247,
    "two-hundred-and-forty-eighth": BLIND_SET_248,
    "two-hundred-and-forty-ninth": BLIND_SET_249,
    "two-hundred-and-fiftieth": BLIND_SET_250,
    "two-hundred-and-fifty-first": BLIND_SET_251,
    "two-hundred-and-fifty-second": BLIND_SET_252,
    "two-hundred-and-fifty-third": BLIND_SET_253,
    "two-hundred-and-fifty-fourth": BLIND_SET_254,
    "two-hundred-and-fifty-fifth": BLIND_SET_255,
    "two-hundred-and-fifty-sixth": BLIND_SET_256,
    "two-hundred-and-fifty-seventh": BLIND_SET_257,
    "two-hundred-and-fifty-eighth": BLIND_SET_258,
    "two-hundred-and-fifty-ninth": BLIND_SET_259,
    "two-hundred-and-sixtieth": BLIND_SET_260,
    "two-hundred-and-sixty-first": BLIND_SET_261,
    "two-hundred-and-sixty-second": BLIND_SET_262,
    "two-hundred-and-sixty-third": BLIND_SET_263,
    "two-hundred-and-sixty-fourth": BLIND_SET_264,
    "two-hundred-and-sixty-fifth": BLIND_SET_265,
    "two-hundred-and-sixty-sixth": BLIND_SET_266,
    "two-hundred-and-sixty-seventh": BLIND_SET_267,
    "two-hundred-and-sixty-eighth": BLIND_SET_268,
    "two-hundred-and-sixty-ninth": BLIND_SET_269,
    "two-hundred-and-seventieth": BLIND_SET_270,
    "two-hundred-and-seventy-first": BLIND_SET_271,
    "two-hundred-and-seventy-second": BLIND_SET_272,
    "two-hundred-and-seventy-third": BLIND_SET_273,
    "two-hundred-and-seventy-fourth": BLIND_SET_274,
    "two-hundred-and-seventy-fifth": BLIND_SET_275,
    "two-hundred-and-seventy-sixth": BLIND_SET_276,
    "two-hundred-and-seventy-seventh": BLIND_SET_277,
    "two-hundred-and-seventy-eighth": BLIND_SET_278,
    "two-hundred-and-seventy-ninth": BLIND_SET_279,
    "two-hundred-and-eightieth": BLIND_SET_280,
    "two-hundred-and-eighty-first": BLIND_SET_281,
    "two-hundred-and-eighty-second": BLIND_SET_282,
    "two-hundred-and-eighty-third": BLIND_SET_283,
    "two-hundred-and-eighty-fourth": BLIND_SET_284,
    "two-hundred-and-eighty-fifth": BLIND_SET_285,
    "two-hundred-and-eighty-sixth": BLIND_SET_286,
    "two-hundred-and-eighty-seventh": BLIND_SET_287,
    "two-hundred-and-eighty-eighth": BLIND_SET_288,
    "two-hundred-and-eighty-ninth": BLIND_SET_289,
    "two-hundred-and-ninetieth": BLIND_SET_290,
    "two-hundred-and-ninety-first": BLIND_SET_291,
    "two-hundred-and-ninety-second": BLIND_SET_292,
    "two-hundred-and-ninety-third": BLIND_SET_293,
    "two-hundred-and-ninety-fourth": BLIND_SET_294,
    "two-hundred-and-ninety-fifth": BLIND_SET_295,
    "two-hundred-and-ninety-sixth": BLIND_SET_296,
    "two-hundred-and-ninety-seventh": BLIND_SET_297,
    "two-hundred-and-ninety-eighth": BLIND_SET_298,
    "two-hundred-and-ninety-ninth": BLIND_SET_299,
    "three-hundredth": BLIND_SET_300,
    "three-hundred-and-first": BLIND_SET_301,
    "three-hundred-and-second": BLIND_SET_302,
    "three-hundred-and-third": BLIND_SET_303,
    "three-hundred-and-fourth": BLIND_SET_304,
    "three-hundred-and-fifth": BLIND_SET_305,
    "three-hundred-and-sixth": BLIND_SET_306,
    "three-hundred-and-seventh": BLIND_SET_307,
    "three-hundred-and-eighth": BLIND_SET_308,
    "three-hundred-and-ninth": BLIND_SET_309,
    "three-hundred-and-tenth": BLIND_SET_310,
    "three-hundred-and-eleventh": BLIND_SET_311,
    "three-hundred-and-twelfth": BLIND_SET_312,
    "three-hundred-and-thirteenth": BLIND_SET_313,
    "three-hundred-and-fourteenth": BLIND_SET_314,
    "three-hundred-and-fifteenth": BLIND_SET_315,
    "three-hundred-and-sixteenth": BLIND_SET_316,
    "three-hundred-and-seventeenth": BLIND_SET_317,
    "three-hundred-and-eighteenth": BLIND_SET_318,
    "three-hundred-and-nineteenth": BLIND_SET_319,
    "three-hundred-and-twentieth": BLIND_SET_320,
    "three-hundred-and-twenty-first": BLIND_SET_321,
    "three-hundred-and-twenty-second": BLIND_SET_322,
    "three-hundred-and-twenty-third": BLIND_SET_323,
    "three-hundred-and-twenty-fourth": BLIND_SET_324,
    "three-hundred-and-twenty-fifth": BLIND_SET_325,
    "three-hundred-and-twenty-sixth": BLIND_SET_326,
    "three-hundred-and-twenty-seventh": BLIND_SET_327,
    "three-hundred-and-twenty-eighth": BLIND_SET_328,
    "three-hundred-and-twenty-ninth": BLIND_SET_329,
    "three-hundred-and-thirtieth": BLIND_SET_330,
    "three-hundred-and-thirty-first": BLIND_SET_331,
    "three-hundred-and-thirty-second": BLIND_SET_332,
    "three-hundred-and-thirty-third": BLIND_SET_333,
    "three-hundred-and-thirty-fourth": BLIND_SET_334,
    "three-hundred-and-thirty-fifth": BLIND_SET_335,
    "three-hundred-and-thirty-sixth": BLIND_SET_336,
    "three-hundred-and-thirty-seventh": BLIND_SET_337,
    "three-hundred-and-thirty-eighth": BLIND_SET_338,
    "three-hundred-and-thirty-ninth": BLIND_SET_339,
    "three-hundred-and-fortieth": BLIND_SET_340,
    "three-hundred-and-forty-first": BLIND_SET_341,
    "three-hundred-and-forty-second": BLIND_SET_342,
    "three-hundred-and-forty-third": BLIND_SET_343,
    "three-hundred-and-forty-fourth": BLIND_SET_344,
    "three-hundred-and-forty-fifth": BLIND_SET_345,
    "three-hundred-and-forty-sixth": BLIND_SET_346,
    "three-hundred-and-forty-seventh": BLIND_SET_347,
    "three-hundred-and-forty-eighth": BLIND_SET_348,
    "three-hundred-and-forty-ninth": BLIND_SET_349,
    "three-hundred-and-fiftieth": BLIND_SET_350,
    "three-hundred-and-fifty-first": BLIND_SET_351,
    "three-hundred-and-fifty-second": BLIND_SET_352,
    "three-hundred-and-fifty-third": BLIND_SET_353,
    "three-hundred-and-fifty-fourth": BLIND_SET_354,
    "three-hundred-and-fifty-fifth": BLIND_SET_355,
    "three-hundred-and-fifty-sixth": BLIND_SET_356,
    "three-hundred-and-fifty-seventh": BLIND_SET_357,
    "three-hundred-and-fifty-eighth": BLIND_SET_358,
    "three-hundred-and-fifty-ninth": BLIND_SET_359,
    "three-hundred-and-sixtieth": BLIND_SET_360,
    "three-hundred-and-sixty-first": BLIND_SET_361,
    "three-hundred-and-sixty-second": BLIND_SET_362,
    "three-hundred-and-sixty-third": BLIND_SET_363,
    "three-hundred-and-sixty-fourth": BLIND_SET_364,
    "three-hundred-and-sixty-fifth": BLIND_SET_365,
    "three-hundred-and-sixty-sixth": BLIND_SET_366,
    "three-hundred-and-sixty-seventh": BLIND_SET_367,
    "three-hundred-and-sixty-eighth": BLIND_SET_368,
    "three-hundred-and-sixty-ninth": BLIND_SET_369,
    "three-hundred-and-seventieth": BLIND_SET_370,
    "three-hundred-and-seventy-first": BLIND_SET_371,
    "three-hundred-and-seventy-second": BLIND_SET_372,
    "three-hundred-and-seventy-third": BLIND_SET_373,
    "three-hundred-and-seventy-fourth": BLIND_SET_374,
    "three-hundred-and-seventy-fifth": BLIND_SET_375,
    "three-hundred-and-seventy-sixth": BLIND_SET_376,
    "three-hundred-and-seventy-seventh": BLIND_SET_377,
    "three-hundred-and-seventy-eighth": BLIND_SET_378,
    "three-hundred-and-seventy-ninth": BLIND_SET_379,
    "three-hundred-and-eightieth": BLIND_SET_380,
    "three-hundred-and-eighty-first": BLIND_SET_381,
    "three-hundred-and-eighty-second": BLIND_SET_382,
    "three-hundred-and-eighty-third": BLIND_SET_383,
    "three-hundred-and-eighty-fourth": BLIND_SET_384,
    "three-hundred-and-eighty-fifth": BLIND_SET_385,
    "three-hundred-and-eighty-sixth": BLIND_SET_386,
    "three-hundred-and-eighty-seventh": BLIND_SET_387,
    "three-hundred-and-eighty-eighth": BLIND_SET_388,
    "three-hundred-and-eighty-ninth": BLIND_SET_389,
    "three-hundred-and-ninetieth": BLIND_SET_390,
    "three-hundred-and-ninety-first": BLIND_SET_391,
    "three-hundred-and-ninety-second": BLIND_SET_392,
    "three-hundred-and-ninety-third": BLIND_SET_393,
    "three-hundred-and-ninety-fourth": BLIND_SET_394,
    "three-hundred-and-ninety-fifth": BLIND_SET_395,
    "three-hundred-and-ninety-sixth": BLIND_SET_396,
    "three-hundred-and-ninety-seventh": BLIND_SET_397,
    "three-hundred-and-ninety-eighth": BLIND_SET_398,
    "three-hundred-and-ninety-ninth": BLIND_SET_399,
    "four-hundredth": BLIND_SET_400,
    "four-hundred-and-first": BLIND_SET_401,
    "four-hundred-and-second": BLIND_SET_402,
    "four-hundred-and-third": BLIND_SET_403,
    "four-hundred-and-fourth": BLIND_SET_404,
    "four-hundred-and-fifth": BLIND_SET_405,
    "four-hundred-and-sixth": BLIND_SET_406,
    "four-hundred-and-seventh": BLIND_SET_407,
    "four-hundred-and-eighth": BLIND_SET_408,
    "four-hundred-and-ninth": BLIND_SET_409,
    "four-hundred-and-tenth": BLIND_SET_410,
    "four-hundred-and-eleventh": BLIND_SET_411,
    "four-hundred-and-twelfth": BLIND_SET_412,
    "four-hundred-and-thirteenth": BLIND_SET_413,
    "four-hundred-and-fourteenth": BLIND_SET_414,
    "four-hundred-and-fifteenth": BLIND_SET_415,
    "four-hundred-and-sixteenth": BLIND_SET_416,
    "four-hundred-and-seventeenth": BLIND_SET_417,
    "four-hundred-and-eighteenth": BLIND_SET_418,
    "four-hundred-and-nineteenth": BLIND_SET_419,
    "four-hundred-and-twentieth": BLIND_SET_420,
    "four-hundred-and-twenty-first": BLIND_SET_421,
    "four-hundred-and-twenty-second": BLIND_SET_422,
    "four-hundred-and-twenty-third": BLIND_SET_423,
    "four-hundred-and-twenty-fourth": BLIND_SET_424,
    "four-hundred-and-twenty-fifth": BLIND_SET_425,
    "four-hundred-and-twenty-sixth": BLIND_SET_426,
    "four-hundred-and-twenty-seventh": BLIND_SET_427,
    "four-hundred-and-twenty-eighth": BLIND_SET_428,
    "four-hundred-and-twenty-ninth": BLIND_SET_429,
    "four-hundred-and-thirtieth": BLIND_SET_430,
    "four-hundred-and-thirty-first": BLIND_SET_431,
    "four-hundred-and-thirty-second": BLIND_SET_432,
    "four-hundred-and-thirty-third": BLIND_SET_433,
    "four-hundred-and-thirty-fourth": BLIND_SET_434,
    "four-hundred-and-thirty-fifth": BLIND_SET_435,
    "four-hundred-and-thirty-sixth": BLIND_SET_436,
    "four-hundred-and-thirty-seventh": BLIND_SET_437,
    "four-hundred-and-thirty-eighth": BLIND_SET_438,
    "four-hundred-and-thirty-ninth": BLIND_SET_439,
    "four-hundred-and-fortieth": BLIND_SET_440,
    "four-hundred-and-forty-first": BLIND_SET_441,
    "four-hundred-and-forty-second": BLIND_SET_442,
    "four-hundred-and-forty-third": BLIND_SET_443,
    "four-hundred-and-forty-fourth": BLIND_SET_444,
    "four-hundred-and-forty-fifth": BLIND_SET_445,
    "four-hundred-and-forty-sixth": BLIND_SET_446,
    "four-hundred-and-forty-seventh": BLIND_SET_447,
    "four-hundred-and-forty-eighth": BLIND_SET_448,
    "four-hundred-and-forty-ninth": BLIND_SET_449,
    "four-hundred-and-fiftieth": BLIND_SET_450,
    "four-hundred-and-fifty-first": BLIND_SET_451,
    "four-hundred-and-fifty-second": BLIND_SET_452,
    "four-hundred-and-fifty-third": BLIND_SET_453,
    "four-hundred-and-fifty-fourth": BLIND_SET_454,
    "four-hundred-and-fifty-fifth": BLIND_SET_455,
    "four-hundred-and-fifty-sixth": BLIND_SET_456,
    "four-hundred-and-fifty-seventh": BLIND_SET_457,
    "four-hundred-and-fifty-eighth": BLIND_SET_458,
    "four-hundred-and-fifty-ninth": BLIND_SET_459,
    "four-hundred-and-sixtieth": BLIND_SET_460,
    "four-hundred-and-sixty-first": BLIND_SET_461,
    "four-hundred-and-sixty-second": BLIND_SET_462,
    "four-hundred-and-sixty-third": BLIND_SET_463,
    "four-hundred-and-sixty-fourth": BLIND_SET_464,
    "four-hundred-and-sixty-fifth": BLIND_SET_465,
    "four-hundred-and-sixty-sixth": BLIND_SET_466,
    "four-hundred-and-sixty-seventh": BLIND_SET_467,
    "four-hundred-and-sixty-eighth": BLIND_SET_468,
    "four-hundred-and-sixty-ninth": BLIND_SET_469,
    "four-hundred-and-seventieth": BLIND_SET_470,
    "four-hundred-and-seventy-first": BLIND_SET_471,
    "four-hundred-and-seventy-second": BLIND_SET_472,
    "four-hundred-and-seventy-third": BLIND_SET_473,
    "four-hundred-and-seventy-fourth": BLIND_SET_474,
    "four-hundred-and-seventy-fifth": BLIND_SET_475,
    "four-hundred-and-seventy-sixth": BLIND_SET_476,
    "four-hundred-and-seventy-seventh": BLIND_SET_477,
    "four-hundred-and-seventy-eighth": BLIND_SET_478,
    "four-hundred-and-seventy-ninth": BLIND_SET_479,
    "four-hundred-and-eightieth": BLIND_SET_480,
    "four-hundred-and-eighty-first": BLIND_SET_481,
    "four-hundred-and-eighty-second": BLIND_SET_482,
    "four-hundred-and-eighty-third": BLIND_SET_483,
    "four-hundred-and-eighty-fourth": BLIND_SET_484,
    "four-hundred-and-eighty-fifth": BLIND_SET_485,
    "four-hundred-and-eighty-sixth": BLIND_SET_486,
    "four-hundred-and-eighty-seventh": BLIND_SET_487,
    "four-hundred-and-eighty-eighth": BLIND_SET_488,
    "four-hundred-and-eighty-ninth": BLIND_SET_489,
    "four-hundred-and-ninetieth": BLIND_SET_490,
    "four-hundred-and-ninety-first": BLIND_SET_491,
    "four-hundred-and-ninety-second": BLIND_SET_492,
    "four-hundred-and-ninety-third": BLIND_SET_493,
    "four-hundred-and-ninety-fourth": BLIND_SET_494,
    "four-hundred-and-ninety-fifth": BLIND_SET_495,
    "four-hundred-and-ninety-sixth": BLIND_SET_496,
    "four-hundred-and-ninety-seventh": BLIND_SET_497,
    "four-hundred-and-ninety-eighth": BLIND_SET_498,
    "four-hundred-and-ninety-ninth": BLIND_SET_499,
    "five-hundredth": BLIND_SET_500,
    "five-hundred-and-first": BLIND_SET_501,
    "five-hundred-and-second": BLIND_SET_502,
    "five-hundred-and-third": BLIND_SET_503,
    "five-hundred-and-fourth": BLIND_SET_504,
    "five-hundred-and-fifth": BLIND_SET_505,
    "five-hundred-and-sixth": BLIND_SET_506,
    "five-hundred-and-seventh": BLIND_SET_507,
    "five-hundred-and-eighth": BLIND_SET_508,
    "five-hundred-and-ninth": BLIND_SET_509,
}
_ALL_ONE = {
    "recall": 1.0,
    "precision": 1.0,
    "negatives_rejected": 1.0,
    "recall_language_detected": 1.0,
    "quantity_accuracy": 1.0,
    "quantity_accuracy_with_qualifier": 1.0,
    "quantity_accuracy_in_claims_language_detected": 1.0,
    "quantity_precision": 1.0,
    "speaker_accuracy": 1.0,
}
FLOORS = {
    "first": _ALL_ONE,
    "second": _ALL_ONE,
    # "genau 1.047" got the qualifier "exactly" until session six; the row, labelled before the run,
    # has none (the issue's rules name hedges only; the twenty-second batch labels "Exactly" alike).
    "third": _ALL_ONE,
    # Missed: a verbless headline without a figure ("CDU in neuer Umfrage erstmals vor der
    # AfD"); "Das Urteil ist nicht rechtskräftig." is returned since session five.
    "fourth": {
        **_ALL_ONE,
        "recall": 0.993,
        "recall_language_detected": 0.993,
    },
    "fifth": _ALL_ONE,
    "sixth": _ALL_ONE,
    # Returned: "The manager has built something special here." (praise shaped like a fact:
    # a perfect tense, a named role).
    "seventh": {
        **_ALL_ONE,
        "precision": 0.992,
        "negatives_rejected": 0.991,
    },
    "eighth": _ALL_ONE,
    "ninth": _ALL_ONE,
    # Returned: "Two years on, the scars of the flood are still visible." ("Two years on" reads
    # as a figure; "Dreieinhalb Jahre nach dem Hochwasser ist die Bahnstrecke wieder in
    # Betrieb" in the sixth batch is a fact of the same shape).
    "tenth": {
        **_ALL_ONE,
        "precision": 0.994,
        "negatives_rejected": 0.978,
    },
    "eleventh": _ALL_ONE,
    # Returned: 8 of 42 negatives (15 at first: proverbs, quoted feelings, metaphors, similes, scene-setting,
    # an appeal after a colon; 14 before session six's shape rules, developed on this batch, the
    # thirteenth and the eighteenth). Word lists fitted to each batch have not carried to the next.
    "twelfth": {
        **_ALL_ONE,
        "precision": 0.956,
        "negatives_rejected": 0.809,
    },
    # Returned: 15 of 60 negatives (proverbs, idioms, similes, quoted feelings, a reported
    # feeling, an appeal, scene-setting, looking back); kept as they are, like the twelfth's.
    # 9 of 60 after session six's shape rules (developed on it).
    "thirteenth": {
        **_ALL_ONE,
        "precision": 0.948,
        "negatives_rejected": 0.9,
    },
    # All fixed (quantities, speakers, non-claim kinds: see the docstring).
    "fourteenth": _ALL_ONE,
    # Returned: 14 of 45 negatives (17 at first; 3 fewer from the sixteenth/seventeenth batches'
    # rules, whose author never saw this batch); kept unfixed like the twelfth's and thirteenth's.
    # 12 of 45 after session six's shape rules (held out from their development: 14 before).
    "fifteenth": {
        **_ALL_ONE,
        "precision": 0.941,
        "negatives_rejected": 0.733,
    },
    # Missed: a whole-sentence quote continuation ("Transatlantic flights are almost full until
    # February.", its speaker in the sentence before). Returned: 5 of 43 negatives.
    "sixteenth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.994,
        "negatives_rejected": 0.976,
        "recall_language_detected": 0.994,
    },
    # Returned: "Half a dozen summits later, the rhetoric has barely changed, ...".
    "seventeenth": {
        **_ALL_ONE,
        "precision": 0.994,
        "negatives_rejected": 0.975,
    },
    # Negatives as they stand after the sixteenth/seventeenth batches' rules (never developed on these).
    # Returned: 16 of 45 and 14 of 40 negatives (never developed on), mostly quoted opinion built on a
    # lexical verb and scene-setting.
    # Session six's shape rules were developed on the eighteenth (16 -> 11 returned) and held out
    # from the nineteenth (14 -> 12).
    "eighteenth": {
        **_ALL_ONE,
        "precision": 0.978,
        "negatives_rejected": 0.911,
    },
    "nineteenth": {
        **_ALL_ONE,
        "precision": 0.969,
        "negatives_rejected": 0.85,
    },
    # Session six's batches after its fixes (first runs in the docstring); their returned opinions
    # are kept unfixed as yardsticks for unseen copy.
    # (lowered in session twenty by one row: "Each of the past 11 years has been among the 11 warmest" is
    # labelled a count here; the 74th, 251st and 330th batches label the same words a duration)
    "twentieth": {
        **_ALL_ONE,
        "precision": 0.958,
        "negatives_rejected": 0.809,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
    },
    "twenty-first": {
        **_ALL_ONE,
        "precision": 0.975,
        "negatives_rejected": 0.88,
    },
    "twenty-second": {
        **_ALL_ONE,
        "precision": 0.93,
        "negatives_rejected": 0.74,
    },
    # Left: "Reicht ein Plus von vier Punkten ...?" is labelled percentage points; alone, the row
    # names no poll or share that would tell them from index or league points. (Lowered in session twenty
    # by one more row: "Each of the last 10 years" is labelled a count here, a duration in three later batches.)
    "twenty-third": {
        **_ALL_ONE,
        "precision": 0.968,
        "negatives_rejected": 0.875,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
    },
    # (lowered in session twenty by one row: "Von 93 vermessenen Gletschern hat sich nur einer nicht
    # zurückgezogen." is labelled without the one, while the 241st and 320th batches count "nur eines" after
    # "von den letzten zwölf Heimspielen", as "all but one of" counts one)
    "twenty-fourth": {
        **_ALL_ONE,
        "precision": 0.94,
        "negatives_rejected": 0.727,
        "quantity_precision": 0.996,
    },
    # Left: "nach ersten Schätzungen" is labelled ordinal 1; the sixth, ninth and sixteenth batches
    # give no ordinal without an article.
    "twenty-fifth": {
        **_ALL_ONE,
        "precision": 0.894,
        "negatives_rejected": 0.696,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
    },
    # After the fixes their first runs prompted (see the docstring); negatives kept as yardsticks.
    # Left in the twenty-sixth: "It was first spotted on July 1" is labelled ordinal 1 ("first" as
    # an adverb is none in the fourth, seventh and eighteenth batches) and a dateline date is unlabelled.
    "twenty-sixth": {
        **_ALL_ONE,
        "precision": 0.914,
        "negatives_rejected": 0.63,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
    },
    # The twenty-seventh's "drei von vier Befragten" (counts) and "Die genaue Unfallursache ist noch
    # Gegenstand der Ermittlungen." (a negative) were relabelled in session seven to settle conflicts
    # with earlier batches and with the twenty-eighth (see its docstring).
    "twenty-seventh": {
        **_ALL_ONE,
        "precision": 0.948,
        "negatives_rejected": 0.782,
    },
    # First run on the final code of session six (see the docstring); all its misses but the
    # returned negatives fixed in sessions six and seven.
    "twenty-eighth": {
        **_ALL_ONE,
        "precision": 0.943,
        "negatives_rejected": 0.777,
    },
    # (The eighteenth to thirty-first batches' precision and negatives rejected were raised in session seven
    # where its quoted-rhetoric shapes, developed on the first to thirty-first batches, rejected more: 24
    # negatives in all, no check-worthy row lost.)
    # Session seven's batches after the fixes their first runs prompted (see the docstring); negatives kept
    # as yardsticks (the thirty-first's fell from 0.413 to 0.391: a quoted reaction whose speaker is now
    # found, "said Bogo resident Mark Villanueva, 41").
    "twenty-ninth": {
        **_ALL_ONE,
        "precision": 0.905,
        "negatives_rejected": 0.66,
    },
    # Left in the thirtieth: "nach ersten Verkostungen" is labelled ordinal 1 (as the twenty-fifth's "nach
    # ersten Schätzungen"; the sixth, ninth and sixteenth give no ordinal without an article), and "Der
    # Sachschaden dürfte mehrere hunderttausend Franken betragen." (a guess at a sum without a figure) is missed.
    "thirtieth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.908,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
    },
    "thirty-first": {
        **_ALL_ONE,
        "precision": 0.922,
        "negatives_rejected": 0.673,
    },
    "thirty-second": {
        **_ALL_ONE,
        "precision": 0.949,
        "negatives_rejected": 0.8,
    },
    "thirty-third": {
        **_ALL_ONE,
        "precision": 0.926,
        "negatives_rejected": 0.673,
    },
    # (one negative more rejected by the quoted-rhetoric shapes, developed without this batch: 0.617 -> 0.638)
    "thirty-fourth": {
        **_ALL_ONE,
        "precision": 0.94,
        "negatives_rejected": 0.744,
    },
    "thirty-fifth": {
        **_ALL_ONE,
        "precision": 0.903,
        "negatives_rejected": 0.595,
    },
    "thirty-sixth": {
        **_ALL_ONE,
        "precision": 0.919,
        "negatives_rejected": 0.693,
    },
    # Left in the thirty-seventh: "\"Every dollar of it is new money,\" Park said." (labelled a claim).
    "thirty-seventh": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.924,
        "negatives_rejected": 0.72,
        "recall_language_detected": 0.994,
        "speaker_accuracy": 0.989,
    },
    # The thirty-eighth to fortieth after the fixes their first runs prompted (see the docstring); one quantity
    # each is lost where the language is detected (a short row read as the other language).
    "thirty-eighth": {
        **_ALL_ONE,
        "precision": 0.926,
        "negatives_rejected": 0.702,
        "quantity_accuracy_in_claims_language_detected": 0.996,
    },
    # Left in the thirty-ninth: "the centenary of its central library" is labelled ordinal 100 (a word that
    # names a number, as its docstring argues); read since the fifty-eighth labelled "marks its centenary" so
    # too (test_anniversary_words_and_grade_ordinals.py), the floor kept.
    "thirty-ninth": {
        **_ALL_ONE,
        "precision": 0.885,
        "negatives_rejected": 0.5,
    },
    "fortieth": {
        **_ALL_ONE,
        "precision": 0.918,
        "negatives_rejected": 0.652,
        "quantity_accuracy_in_claims_language_detected": 0.996,
    },
    "forty-first": {
        **_ALL_ONE,
        "precision": 0.911,
        "negatives_rejected": 0.608,
    },
    "forty-second": {
        **_ALL_ONE,
        "precision": 0.951,
        "negatives_rejected": 0.808,
    },
    # Left in the forty-third: a verbless headline with a vague count ("Tausende bei Klima-Demo in Wien"), as
    # the fourth batch's "CDU in neuer Umfrage ..."; one short row read as the other language.
    "forty-third": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.988,
        "negatives_rejected": 0.957,
        "recall_language_detected": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.991,
    },
    # The forty-fourth to forty-sixth after a 25-minute round of fixes at the end of session seven: their
    # misses are named in blind_set_44..46's first-run lists; left among them, label conflicts with earlier
    # batches ("83 von 100 Tumoren" counts vs the fraction of four batches; "in den ersten zehn Tagen" without
    # the ordinal 1 of batches 25/28; "The British Museum said" opening the sentence, unchecked in batch 28),
    # agate forms ("Saka 14", "Celtics 118, Knicks 109", "Leverkusen (26)"), and "Liverpool have a game in hand."
    # (missed; a lottery draw line that lost its figures is a fact again by worthiness/states.py's _DRAW).
    "forty-fourth": {
        **_ALL_ONE,
        "precision": 0.896,
        "negatives_rejected": 0.66,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.996,
    },
    "forty-fifth": {
        **_ALL_ONE,
        "precision": 0.881,
        "negatives_rejected": 0.5,
        "quantity_precision": 0.987,
        "speaker_accuracy": 0.944,
    },
    "forty-sixth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.956,
        "negatives_rejected": 0.84,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.983,
        "quantity_precision": 0.983,
    },
    # The forty-seventh to sixty-third after the fixes of session eight (first runs in the docstring). Every
    # quantity miss left is a label that contradicts an earlier batch's convention, kept as it was: "drei von
    # vier" / "neun von zehn Pflegebedürftigen" / "zwei von drei bestellten" labelled two counts (batches 10,
    # 17, 19, 22 and 27 give a fraction), a move of a share in points labelled a count ("um 0,4 Punkte auf 6,6
    # Prozent", "rose 4 points to 62%"; elsewhere percentage points); "Zweierbob" labelled no count (the
    # tenth batch: count 2) and "knapp eine Sekunde" one second (the twenty-first and twenty-seventh: "mehr als
    # einer Stunde" no quantity). ("in erster Instanz", labelled ordinal 1 here and by the fifty-fifth and the
    # hundred-and-second, is one since session eleven, as "in erster Lesung".)
    "forty-seventh": {
        **_ALL_ONE,
        "precision": 0.943,
        "negatives_rejected": 0.775,
    },
    # (lowered in session nineteen by the rows that give "or more" after a bare figure or a span no
    # hedge: most batches label it "at_least", the 304th and 308th among them; see bounds_after.py)
    "forty-eighth": {
        **_ALL_ONE,
        "precision": 0.944,
        "negatives_rejected": 0.77,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
    },
    "forty-ninth": {
        **_ALL_ONE,
        "precision": 0.939,
        "negatives_rejected": 0.75,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.997,
    },
    "fiftieth": {
        **_ALL_ONE,
        "precision": 0.931,
        "negatives_rejected": 0.688,
    },
    "fifty-first": {
        **_ALL_ONE,
        "precision": 0.933,
        "negatives_rejected": 0.74,
    },
    "fifty-second": {
        **_ALL_ONE,
        "precision": 0.895,
        "negatives_rejected": 0.551,
    },
    "fifty-third": {
        **_ALL_ONE,
        "precision": 0.91,
        "negatives_rejected": 0.64,
    },
    "fifty-fourth": {
        **_ALL_ONE,
        "precision": 0.912,
        "negatives_rejected": 0.625,
    },
    "fifty-fifth": {
        **_ALL_ONE,
        "precision": 0.904,
        "negatives_rejected": 0.591,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
    },
    # (lowered in session nineteen by the rows that give "or more" after a bare figure or a span no
    # hedge: most batches label it "at_least", the 304th and 308th among them; see bounds_after.py)
    "fifty-sixth": {
        **_ALL_ONE,
        "precision": 0.926,
        "negatives_rejected": 0.659,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
    },
    "fifty-seventh": {
        **_ALL_ONE,
        "precision": 0.952,
        "negatives_rejected": 0.826,
    },
    "fifty-eighth": {
        **_ALL_ONE,
        "precision": 0.897,
        "negatives_rejected": 0.562,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
    },
    "fifty-ninth": {
        **_ALL_ONE,
        "precision": 0.954,
        "negatives_rejected": 0.816,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.997,
    },
    "sixtieth": {
        **_ALL_ONE,
        "precision": 0.906,
        "negatives_rejected": 0.604,
    },
    "sixty-first": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.932,
        "negatives_rejected": 0.739,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 1.0,
    },
    "sixty-second": {
        **_ALL_ONE,
        "precision": 0.94,
        "negatives_rejected": 0.738,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 0.923,
    },
    "sixty-third": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.879,
        "negatives_rejected": 0.549,
        "recall_language_detected": 0.994,
    },
    # Label conflicts met in session nine, kept as labelled (the engine follows the older or the larger side):
    # "Jugendliche ab 12 Jahren" without a hedge (92nd; the 64th: "ab 60 Jahren" at_least); "9.000 Unterrichtsstunden"
    # a count (86th; the 72nd: hours); "Each of the past 10 years ... among the 10 warmest" ten years (74th, and since
    # session twenty the 251st and 330th too; the 20th and 23rd: a count); "fish on 130 days" counts (75th; the 57th
    # and 74th: "an 27 Tagen" days); "Up to a half inch" a count (79th; the 30th: "a quarter mile" a fraction);
    # "biggest one-day gain" nothing (79th; five batches: one day); "The peso traded at 1,455 per dollar" pesos
    # without a country named in the row (91st); "The Archdiocese of Dubuque" with a capital article (83rd).
    # The sixty-fourth to sixty-ninth after the first fixes of session nine (first runs in the docstring): every
    # quantity and speaker right. Left: "£35,000 or less" labelled at_most in the sixty-seventh, where a bound
    # after the figure is read for ages only (bounds_after.py; "$806,500 or below" is labelled without one).
    "sixty-fourth": {
        **_ALL_ONE,
        "recall": 1.0,
        "precision": 0.923,
        "negatives_rejected": 0.68,
        "recall_language_detected": 1.0,
    },
    "sixty-fifth": {
        **_ALL_ONE,
        "precision": 0.909,
        "negatives_rejected": 0.617,
    },
    "sixty-sixth": {
        **_ALL_ONE,
        "precision": 0.914,
        "negatives_rejected": 0.645,
    },
    "sixty-seventh": {
        **_ALL_ONE,
        "precision": 0.894,
        "negatives_rejected": 0.58,
        "quantity_accuracy_with_qualifier": 0.997,
    },
    "sixty-eighth": {
        **_ALL_ONE,
        "precision": 0.916,
        "negatives_rejected": 0.666,
    },
    "sixty-ninth": {
        **_ALL_ONE,
        "precision": 0.919,
        "negatives_rejected": 0.666,
    },
    # (lowered in session nineteen by one row: "entschied der XI. Zivilsenat" is labelled without a figure here,
    # while the 310th batch gives a senate's Roman numeral its ordinal, as "der 4. Strafsenat" has one)
    "seventieth": {
        **_ALL_ONE,
        "recall": 1.0,
        "precision": 0.9,
        "negatives_rejected": 0.522,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.964,
    },
    "seventy-first": {
        **_ALL_ONE,
        "precision": 0.923,
        "negatives_rejected": 0.659,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
    },
    # The seventy-second to seventy-seventh at their first runs (session nine).
    "seventy-second": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.934,
        "negatives_rejected": 0.745,
        "recall_language_detected": 0.994,
        # (its three "grade 4/7 or above" thresholds were labelled bare; batches 156 and 409 label seven
        # "at_least", which the engine follows since session twenty-two)
        "quantity_accuracy_with_qualifier": 0.991,
    },
    "seventy-third": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.909,
        "negatives_rejected": 0.577,
        "recall_language_detected": 0.994,
    },
    "seventy-fourth": {
        **_ALL_ONE,
        "precision": 0.901,
        "negatives_rejected": 0.583,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
    },
    # (lowered in session nineteen by the rows that give "or more" after a bare figure or a span no
    # hedge: most batches label it "at_least", the 304th and 308th among them; see bounds_after.py)
    "seventy-fifth": {
        **_ALL_ONE,
        "recall": 1.0,
        "precision": 0.937,
        "negatives_rejected": 0.764,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
    },
    "seventy-sixth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.913,
        "negatives_rejected": 0.645,
        "recall_language_detected": 0.994,
    },
    "seventy-seventh": {
        **_ALL_ONE,
        "precision": 0.911,
        "negatives_rejected": 0.617,
    },
    # The seventy-eighth to eighty-first at their first runs (session nine).
    "seventy-eighth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.921,
        "negatives_rejected": 0.627,
        "recall_language_detected": 0.994,
    },
    "seventy-ninth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.929,
        "negatives_rejected": 0.674,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
    },
    "eightieth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.918,
        "negatives_rejected": 0.638,
        "recall_language_detected": 0.994,
    },
    "eighty-first": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.93,
        "negatives_rejected": 0.708,
        "recall_language_detected": 0.994,
    },
    # The eighty-second to eighty-fifth at their first runs (session nine).
    "eighty-second": {
        **_ALL_ONE,
        "recall": 1.0,
        "precision": 0.876,
        "negatives_rejected": 0.509,
        "recall_language_detected": 1.0,
        "quantity_precision": 0.996,
    },
    "eighty-third": {
        **_ALL_ONE,
        "precision": 0.897,
        "negatives_rejected": 0.571,
        "quantity_precision": 0.997,
        "speaker_accuracy": 0.962,
    },
    "eighty-fourth": {
        **_ALL_ONE,
        "precision": 0.882,
        "negatives_rejected": 0.538,
    },
    "eighty-fifth": {
        **_ALL_ONE,
        "precision": 0.904,
        "negatives_rejected": 0.574,
    },
    # The eighty-sixth to eighty-ninth at their first runs (session nine).
    "eighty-sixth": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.86,
        "negatives_rejected": 0.542,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
    },
    "eighty-seventh": {
        **_ALL_ONE,
        "precision": 0.897,
        "negatives_rejected": 0.6,
    },
    "eighty-eighth": {
        **_ALL_ONE,
        "precision": 0.92,
        "negatives_rejected": 0.666,
    },
    "eighty-ninth": {
        **_ALL_ONE,
        "precision": 0.917,
        "negatives_rejected": 0.68,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
    },
    # The ninetieth to ninety-third at their first runs (session nine).
    "ninetieth": {
        **_ALL_ONE,
        "precision": 0.934,
        "negatives_rejected": 0.704,
    },
    "ninety-first": {
        **_ALL_ONE,
        "precision": 0.91,
        "negatives_rejected": 0.59,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.99,
    },
    "ninety-second": {
        **_ALL_ONE,
        "recall": 0.994,
        "precision": 0.92,
        "negatives_rejected": 0.666,
        "recall_language_detected": 0.994,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.99,
    },
    "ninety-third": {
        **_ALL_ONE,
        "precision": 0.911,
        "negatives_rejected": 0.66,
    },
    # The ninety-fourth and ninety-fifth at their first runs (session nine).
    "ninety-fourth": {
        **_ALL_ONE,
        "precision": 0.95,
        "negatives_rejected": 0.8,
        "quantity_precision": 0.992,
        "speaker_accuracy": 0.973,
    },
    "ninety-fifth": {
        **_ALL_ONE,
        "recall": 0.989,
        "precision": 0.93,
        "negatives_rejected": 0.681,
        "recall_language_detected": 0.989,
        "quantity_precision": 0.993,
    },
    # The ninety-sixth and ninety-seventh (session nine).
    "ninety-sixth": {
        **_ALL_ONE,
        "precision": 0.914,
        "negatives_rejected": 0.673,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
    },
    "ninety-seventh": {
        **_ALL_ONE,
        "recall": 1.0,
        "precision": 0.917,
        "negatives_rejected": 0.652,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.99,
    },
    "ninety-eighth": {
        "recall": 1.0,
        "precision": 0.818,
        "negatives_rejected": 0.779,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "ninety-ninth": {
        **_ALL_ONE,
        "precision": 0.953,
        "negatives_rejected": 0.823,
    },
    "hundredth": {
        "recall": 1.0,
        "precision": 0.902,
        "negatives_rejected": 0.622,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-first": {
        "recall": 1.0,
        "precision": 0.936,
        "negatives_rejected": 0.745,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-second": {
        "recall": 1.0,
        "precision": 0.884,
        "negatives_rejected": 0.528,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-third": {
        "recall": 1.0,
        "precision": 0.899,
        "negatives_rejected": 0.618,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fourth": {
        "recall": 1.0,
        "precision": 0.93,
        "negatives_rejected": 0.745,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.977,
    },
    "hundred-and-fifth": {
        "recall": 0.994,
        "precision": 0.917,
        "negatives_rejected": 0.679,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixth": {
        "recall": 1.0,
        "precision": 0.921,
        "negatives_rejected": 0.714,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventh": {
        "recall": 1.0,
        "precision": 0.909,
        "negatives_rejected": 0.641,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighth": {
        "recall": 1.0,
        "precision": 0.904,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.975,
    },
    "hundred-and-ninth": {
        "recall": 1.0,
        "precision": 0.896,
        "negatives_rejected": 0.625,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-tenth": {
        "recall": 0.989,
        "precision": 0.884,
        "negatives_rejected": 0.563,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.977,
    },
    "hundred-and-eleventh": {
        "recall": 0.994,
        "precision": 0.917,
        "negatives_rejected": 0.685,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twelfth": {
        "recall": 1.0,
        "precision": 0.856,
        "negatives_rejected": 0.474,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirteenth": {
        "recall": 0.994,
        "precision": 0.874,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.99,
        "speaker_accuracy": 0.979,
    },
    "hundred-and-fourteenth": {
        "recall": 1.0,
        "precision": 0.892,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.997,
        "speaker_accuracy": 0.975,
    },
    "hundred-and-fifteenth": {
        "recall": 1.0,
        "precision": 0.93,
        "negatives_rejected": 0.758,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixteenth": {
        "recall": 0.983,
        "precision": 0.942,
        "negatives_rejected": 0.81,
        "recall_language_detected": 0.983,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.973,
    },
    "hundred-and-seventeenth": {
        "recall": 0.994,
        "precision": 0.938,
        "negatives_rejected": 0.781,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighteenth": {
        "recall": 1.0,
        "precision": 0.943,
        "negatives_rejected": 0.81,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-nineteenth": {
        "recall": 0.992,
        "precision": 0.859,
        "negatives_rejected": 0.818,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 0.988,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.988,
        "speaker_accuracy": 0.981,
    },
    "hundred-and-twentieth": {
        "recall": 1.0,
        "precision": 0.902,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.988,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.98,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-first": {
        "recall": 0.994,
        "precision": 0.934,
        "negatives_rejected": 0.767,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-second": {
        "recall": 0.994,
        "precision": 0.876,
        "negatives_rejected": 0.535,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-third": {
        "recall": 1.0,
        "precision": 0.881,
        "negatives_rejected": 0.586,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-fourth": {
        "recall": 1.0,
        "precision": 0.737,
        "negatives_rejected": 0.581,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    # Below its first run (1.0): "Wer eine BahnCard 25 besitzt, zahlt ... den vollen Preis." was kept for the
    # count 25 its label denies (a product's name, as "Billboard 200"); without it the rules read the "Wer ..."
    # sentence as a maxim.
    # (lowered in session nineteen by the rows that give "or more" after a bare figure or a span no
    # hedge: most batches label it "at_least", the 304th and 308th among them; see bounds_after.py)
    "hundred-and-twenty-fifth": {
        "recall": 0.994,
        "precision": 0.903,
        "negatives_rejected": 0.629,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-sixth": {
        "recall": 1.0,
        "precision": 0.888,
        "negatives_rejected": 0.596,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-seventh": {
        "recall": 0.994,
        "precision": 0.871,
        "negatives_rejected": 0.542,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-eighth": {
        "recall": 0.994,
        "precision": 0.886,
        "negatives_rejected": 0.563,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-twenty-ninth": {
        "recall": 0.994,
        "precision": 0.879,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirtieth": {
        "recall": 0.989,
        "precision": 0.898,
        "negatives_rejected": 0.631,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.972,
    },
    "hundred-and-thirty-first": {
        "recall": 0.992,
        "precision": 0.706,
        "negatives_rejected": 0.504,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirty-second": {
        "recall": 1.0,
        "precision": 0.856,
        "negatives_rejected": 0.436,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirty-third": {
        "recall": 0.994,
        "precision": 0.855,
        "negatives_rejected": 0.436,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirty-fourth": {
        "recall": 0.989,
        "precision": 0.855,
        "negatives_rejected": 0.446,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.994,
        "speaker_accuracy": 0.973,
    },
    "hundred-and-thirty-fifth": {
        "recall": 1.0,
        "precision": 0.882,
        "negatives_rejected": 0.545,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirty-sixth": {
        "recall": 0.994,
        "precision": 0.947,
        "negatives_rejected": 0.818,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirty-seventh": {
        "recall": 0.994,
        "precision": 0.876,
        "negatives_rejected": 0.561,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirty-eighth": {
        "recall": 1.0,
        "precision": 0.777,
        "negatives_rejected": 0.641,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-thirty-ninth": {
        "recall": 1.0,
        "precision": 0.883,
        "negatives_rejected": 0.586,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fortieth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-forty-first": {
        "recall": 0.994,
        "precision": 0.871,
        "negatives_rejected": 0.517,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-forty-second": {
        "recall": 1.0,
        "precision": 0.882,
        "negatives_rejected": 0.553,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.974,
    },
    "hundred-and-forty-third": {
        "recall": 1.0,
        "precision": 0.87,
        "negatives_rejected": 0.517,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-forty-fourth": {
        "recall": 0.994,
        "precision": 0.837,
        "negatives_rejected": 0.396,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.989,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-forty-fifth": {
        "recall": 0.989,
        "precision": 0.905,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-forty-sixth": {
        "recall": 0.992,
        "precision": 0.761,
        "negatives_rejected": 0.596,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-forty-seventh": {
        "recall": 1.0,
        "precision": 0.885,
        "negatives_rejected": 0.571,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.973,
    },
    "hundred-and-forty-eighth": {
        "recall": 1.0,
        "precision": 0.882,
        "negatives_rejected": 0.561,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-forty-ninth": {
        "recall": 0.994,
        "precision": 0.9,
        "negatives_rejected": 0.649,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fiftieth": {
        "recall": 1.0,
        "precision": 0.892,
        "negatives_rejected": 0.62,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-first": {
        "recall": 1.0,
        "precision": 0.904,
        "negatives_rejected": 0.666,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-second": {
        "recall": 1.0,
        "precision": 0.9,
        "negatives_rejected": 0.625,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-third": {
        "recall": 0.994,
        "precision": 0.878,
        "negatives_rejected": 0.527,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-fourth": {
        "recall": 1.0,
        "precision": 0.875,
        "negatives_rejected": 0.509,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-fifth": {
        "recall": 0.994,
        "precision": 0.899,
        "negatives_rejected": 0.618,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.988,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-sixth": {
        "recall": 0.994,
        "precision": 0.919,
        "negatives_rejected": 0.714,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-seventh": {
        "recall": 0.989,
        "precision": 0.876,
        "negatives_rejected": 0.527,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-fifty-eighth": {
        "recall": 1.0,
        "precision": 0.76,
        "negatives_rejected": 0.56,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.974,
    },
    "hundred-and-fifty-ninth": {
        "recall": 1.0,
        "precision": 0.899,
        "negatives_rejected": 0.625,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixtieth": {
        "recall": 1.0,
        "precision": 0.917,
        "negatives_rejected": 0.696,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-first": {
        "recall": 1.0,
        "precision": 0.865,
        "negatives_rejected": 0.472,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-second": {
        "recall": 1.0,
        "precision": 0.889,
        "negatives_rejected": 0.574,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-third": {
        "recall": 0.994,
        "precision": 0.882,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.971,
    },
    "hundred-and-sixty-fourth": {
        "recall": 0.994,
        "precision": 0.881,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-fifth": {
        "recall": 0.992,
        "precision": 0.743,
        "negatives_rejected": 0.543,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.988,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-sixth": {
        "recall": 0.994,
        "precision": 0.866,
        "negatives_rejected": 0.472,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.988,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-seventh": {
        "recall": 1.0,
        "precision": 0.887,
        "negatives_rejected": 0.571,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-eighth": {
        "recall": 0.994,
        "precision": 0.898,
        "negatives_rejected": 0.618,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-sixty-ninth": {
        "recall": 1.0,
        "precision": 0.889,
        "negatives_rejected": 0.581,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventieth": {
        "recall": 0.984,
        "precision": 0.877,
        "negatives_rejected": 0.527,
        "recall_language_detected": 0.984,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.991,
        "speaker_accuracy": 0.975,
    },
    "hundred-and-seventy-first": {
        "recall": 0.989,
        "precision": 0.898,
        "negatives_rejected": 0.618,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.972,
    },
    "hundred-and-seventy-second": {
        "recall": 1.0,
        "precision": 0.879,
        "negatives_rejected": 0.527,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventy-third": {
        "recall": 1.0,
        "precision": 0.887,
        "negatives_rejected": 0.589,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventy-fourth": {
        "recall": 0.989,
        "precision": 0.891,
        "negatives_rejected": 0.607,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    # (lowered in session sixteen by one row: "one river at a time" is labelled count 1 here, while the
    # 171st, 198th and 208th batches label the figure of speech without a count)
    "hundred-and-seventy-fifth": {
        "recall": 0.992,
        "precision": 0.714,
        "negatives_rejected": 0.48,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventy-sixth": {
        "recall": 0.994,
        "precision": 0.899,
        "negatives_rejected": 0.618,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventy-seventh": {
        "recall": 0.989,
        "precision": 0.897,
        "negatives_rejected": 0.618,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventy-eighth": {
        "recall": 1.0,
        "precision": 0.899,
        "negatives_rejected": 0.631,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-seventy-ninth": {
        "recall": 0.989,
        "precision": 0.868,
        "negatives_rejected": 0.49,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eightieth": {
        "recall": 1.0,
        "precision": 0.9,
        "negatives_rejected": 0.618,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.991,
        "speaker_accuracy": 0.974,
    },
    "hundred-and-eighty-first": {
        "recall": 1.0,
        "precision": 0.673,
        "negatives_rejected": 0.326,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.966,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighty-second": {
        "recall": 0.972,
        "precision": 0.936,
        "negatives_rejected": 0.789,
        "recall_language_detected": 0.972,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.959,
        "quantity_precision": 0.961,
        "speaker_accuracy": 0.894,
    },
    "hundred-and-eighty-third": {
        "recall": 1.0,
        "precision": 0.925,
        "negatives_rejected": 0.727,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighty-fourth": {
        "recall": 1.0,
        "precision": 0.891,
        "negatives_rejected": 0.614,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighty-fifth": {
        "recall": 1.0,
        "precision": 0.884,
        "negatives_rejected": 0.586,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighty-sixth": {
        "recall": 0.989,
        "precision": 0.88,
        "negatives_rejected": 0.553,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighty-seventh": {
        "recall": 0.994,
        "precision": 0.901,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighty-eighth": {
        "recall": 0.994,
        "precision": 0.865,
        "negatives_rejected": 0.472,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-eighty-ninth": {
        "recall": 0.992,
        "precision": 0.72,
        "negatives_rejected": 0.46,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.995,
        "speaker_accuracy": 0.976,
    },
    "hundred-and-ninetieth": {
        "recall": 1.0,
        "precision": 0.89,
        "negatives_rejected": 0.589,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-ninety-first": {
        "recall": 0.989,
        "precision": 0.914,
        "negatives_rejected": 0.696,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 0.981,
        "quantity_precision": 0.995,
        "speaker_accuracy": 0.972,
    },
    "hundred-and-ninety-second": {
        "recall": 0.994,
        "precision": 0.9,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.984,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-ninety-third": {
        "recall": 0.994,
        "precision": 0.871,
        "negatives_rejected": 0.551,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-ninety-fourth": {
        "recall": 0.994,
        "precision": 0.885,
        "negatives_rejected": 0.578,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.969,
        "quantity_accuracy_with_qualifier": 0.969,
        "quantity_accuracy_in_claims_language_detected": 0.968,
        "quantity_precision": 0.974,
        "speaker_accuracy": 0.947,
    },
    "hundred-and-ninety-fifth": {
        "recall": 1.0,
        "precision": 0.879,
        "negatives_rejected": 0.568,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.981,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-ninety-sixth": {
        "recall": 1.0,
        "precision": 0.718,
        "negatives_rejected": 0.495,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "hundred-and-ninety-seventh": {
        "recall": 0.994,
        "precision": 0.899,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.977,
    },
    "hundred-and-ninety-eighth": {
        "recall": 0.978,
        "precision": 0.878,
        "negatives_rejected": 0.553,
        "recall_language_detected": 0.978,
        "quantity_accuracy": 0.987,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.987,
        "quantity_precision": 0.984,
        "speaker_accuracy": 0.969,
    },
    "hundred-and-ninety-ninth": {
        "recall": 1.0,
        "precision": 0.919,
        "negatives_rejected": 0.714,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "two-hundredth": {
        "recall": 1.0,
        "precision": 0.909,
        "negatives_rejected": 0.654,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.971,
    },
    "two-hundred-and-first": {
        "recall": 0.994,
        "precision": 0.896,
        "negatives_rejected": 0.618,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.992,
        "speaker_accuracy": 0.942,
    },
    "two-hundred-and-second": {
        "recall": 0.994,
        "precision": 0.914,
        "negatives_rejected": 0.746,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.978,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.986,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-third": {
        "recall": 1.0,
        "precision": 0.9,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fourth": {
        "recall": 0.992,
        "precision": 0.802,
        "negatives_rejected": 0.676,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.981,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifth": {
        "recall": 0.988,
        "precision": 0.88,
        "negatives_rejected": 0.578,
        "recall_language_detected": 0.988,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.971,
    },
    "two-hundred-and-sixth": {
        "recall": 1.0,
        "precision": 0.896,
        "negatives_rejected": 0.618,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventh": {
        "recall": 1.0,
        "precision": 0.882,
        "negatives_rejected": 0.578,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-eighth": {
        "recall": 1.0,
        "precision": 0.741,
        "negatives_rejected": 0.538,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninth": {
        "recall": 0.994,
        "precision": 0.896,
        "negatives_rejected": 0.631,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-tenth": {
        "recall": 1.0,
        "precision": 0.909,
        "negatives_rejected": 0.654,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eleventh": {
        "recall": 1.0,
        "precision": 0.885,
        "negatives_rejected": 0.578,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twelfth": {
        "recall": 1.0,
        "precision": 0.889,
        "negatives_rejected": 0.596,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-thirteenth": {
        "recall": 0.994,
        "precision": 0.876,
        "negatives_rejected": 0.535,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.973,
    },
    "two-hundred-and-fourteenth": {
        "recall": 1.0,
        "precision": 0.892,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifteenth": {
        "recall": 1.0,
        "precision": 0.801,
        "negatives_rejected": 0.65,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.976,
    },
    "two-hundred-and-sixteenth": {
        "recall": 1.0,
        "precision": 0.923,
        "negatives_rejected": 0.732,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventeenth": {
        "recall": 1.0,
        "precision": 0.869,
        "negatives_rejected": 0.49,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eighteenth": {
        "recall": 1.0,
        "precision": 0.898,
        "negatives_rejected": 0.611,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-nineteenth": {
        "recall": 0.994,
        "precision": 0.91,
        "negatives_rejected": 0.678,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twentieth": {
        "recall": 0.988,
        "precision": 0.864,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.988,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twenty-first": {
        "recall": 0.994,
        "precision": 0.861,
        "negatives_rejected": 0.454,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twenty-second": {
        "recall": 1.0,
        "precision": 0.801,
        "negatives_rejected": 0.656,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.983,
        "quantity_accuracy_with_qualifier": 0.983,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twenty-third": {
        "recall": 0.994,
        "precision": 0.857,
        "negatives_rejected": 0.436,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.991,
        "speaker_accuracy": 0.975,
    },
    "two-hundred-and-twenty-fourth": {
        "recall": 0.994,
        "precision": 0.873,
        "negatives_rejected": 0.509,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twenty-fifth": {
        "recall": 0.988,
        "precision": 0.885,
        "negatives_rejected": 0.61,
        "recall_language_detected": 0.988,
        "quantity_accuracy": 0.986,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.986,
        "speaker_accuracy": 0.971,
    },
    "two-hundred-and-twenty-sixth": {
        "recall": 0.989,
        "precision": 0.9,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twenty-seventh": {
        "recall": 1.0,
        "precision": 0.903,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twenty-eighth": {
        "recall": 1.0,
        "precision": 0.937,
        "negatives_rejected": 0.789,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.982,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-twenty-ninth": {
        "recall": 0.992,
        "precision": 0.804,
        "negatives_rejected": 0.676,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.985,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-thirtieth": {
        "recall": 0.994,
        "precision": 0.885,
        "negatives_rejected": 0.571,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-thirty-first": {
        "recall": 1.0,
        "precision": 0.883,
        "negatives_rejected": 0.545,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.988,
        "speaker_accuracy": 0.974,
    },
    "two-hundred-and-thirty-second": {
        "recall": 1.0,
        "precision": 0.874,
        "negatives_rejected": 0.543,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-thirty-third": {
        "recall": 0.994,
        "precision": 0.893,
        "negatives_rejected": 0.607,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-thirty-fourth": {
        "recall": 0.994,
        "precision": 0.888,
        "negatives_rejected": 0.589,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-thirty-fifth": {
        "recall": 0.994,
        "precision": 0.873,
        "negatives_rejected": 0.526,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-thirty-sixth": {
        "recall": 0.978,
        "precision": 0.893,
        "negatives_rejected": 0.607,
        "recall_language_detected": 0.978,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.974,
        "quantity_precision": 0.985,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-thirty-seventh": {
        "recall": 0.989,
        "precision": 0.901,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.986,
        "quantity_accuracy_with_qualifier": 0.982,
        "quantity_accuracy_in_claims_language_detected": 0.985,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-thirty-eighth": {
        "recall": 0.984,
        "precision": 0.903,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.984,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.973,
    },
    "two-hundred-and-thirty-ninth": {
        "recall": 0.994,
        "precision": 0.871,
        "negatives_rejected": 0.559,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fortieth": {
        "recall": 0.994,
        "precision": 0.88,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-forty-first": {
        "recall": 0.992,
        "precision": 0.691,
        "negatives_rejected": 0.392,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 0.967,
        "quantity_accuracy_with_qualifier": 0.967,
        "quantity_accuracy_in_claims_language_detected": 0.975,
        "quantity_precision": 0.974,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-forty-second": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.631,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-forty-third": {
        "recall": 0.984,
        "precision": 0.906,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.984,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.984,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-forty-fourth": {
        "recall": 1.0,
        "precision": 0.923,
        "negatives_rejected": 0.732,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.947,
    },
    "two-hundred-and-forty-fifth": {
        "recall": 1.0,
        "precision": 0.77,
        "negatives_rejected": 0.596,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.976,
    },
    "two-hundred-and-forty-sixth": {
        "recall": 1.0,
        "precision": 0.926,
        "negatives_rejected": 0.732,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    # (lowered in session nineteen by the rows that give "or more" after a bare figure or a span no
    # hedge: most batches label it "at_least", the 304th and 308th among them; see bounds_after.py)
    "two-hundred-and-forty-seventh": {
        "recall": 0.994,
        "precision": 0.905,
        "negatives_rejected": 0.672,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-forty-eighth": {
        "recall": 1.0,
        "precision": 0.922,
        "negatives_rejected": 0.703,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-forty-ninth": {
        "recall": 1.0,
        "precision": 0.912,
        "negatives_rejected": 0.672,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fiftieth": {
        "recall": 1.0,
        "precision": 0.916,
        "negatives_rejected": 0.706,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-first": {
        "recall": 1.0,
        "precision": 0.921,
        "negatives_rejected": 0.719,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.986,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-second": {
        "recall": 1.0,
        "precision": 0.867,
        "negatives_rejected": 0.533,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-third": {
        "recall": 1.0,
        "precision": 0.76,
        "negatives_rejected": 0.568,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.982,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-fourth": {
        "recall": 1.0,
        "precision": 0.903,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-fifth": {
        "recall": 1.0,
        "precision": 0.866,
        "negatives_rejected": 0.542,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-sixth": {
        "recall": 1.0,
        "precision": 0.857,
        "negatives_rejected": 0.436,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-seventh": {
        "recall": 0.994,
        "precision": 0.866,
        "negatives_rejected": 0.472,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-eighth": {
        "recall": 1.0,
        "precision": 0.888,
        "negatives_rejected": 0.596,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-fifty-ninth": {
        "recall": 1.0,
        "precision": 0.895,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixtieth": {
        "recall": 0.994,
        "precision": 0.859,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-sixty-first": {
        "recall": 0.992,
        "precision": 0.77,
        "negatives_rejected": 0.626,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.987,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixty-second": {
        "recall": 1.0,
        "precision": 0.904,
        "negatives_rejected": 0.66,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixty-third": {
        "recall": 0.994,
        "precision": 0.869,
        "negatives_rejected": 0.508,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixty-fourth": {
        "recall": 1.0,
        "precision": 0.881,
        "negatives_rejected": 0.553,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixty-fifth": {
        "recall": 1.0,
        "precision": 0.926,
        "negatives_rejected": 0.732,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.997,
        "speaker_accuracy": 0.974,
    },
    "two-hundred-and-sixty-sixth": {
        "recall": 0.994,
        "precision": 0.896,
        "negatives_rejected": 0.631,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixty-seventh": {
        "recall": 0.994,
        "precision": 0.887,
        "negatives_rejected": 0.589,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixty-eighth": {
        "recall": 0.994,
        "precision": 0.909,
        "negatives_rejected": 0.689,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-sixty-ninth": {
        "recall": 1.0,
        "precision": 0.802,
        "negatives_rejected": 0.653,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventieth": {
        "recall": 0.983,
        "precision": 0.875,
        "negatives_rejected": 0.568,
        "recall_language_detected": 0.983,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventy-first": {
        "recall": 0.994,
        "precision": 0.866,
        "negatives_rejected": 0.49,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.986,
        "quantity_accuracy_with_qualifier": 0.98,
        "quantity_accuracy_in_claims_language_detected": 0.985,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventy-second": {
        "recall": 1.0,
        "precision": 0.918,
        "negatives_rejected": 0.728,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-seventy-third": {
        "recall": 1.0,
        "precision": 0.905,
        "negatives_rejected": 0.672,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventy-fourth": {
        "recall": 0.984,
        "precision": 0.902,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.984,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventy-fifth": {
        "recall": 1.0,
        "precision": 0.903,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.981,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-seventy-sixth": {
        "recall": 1.0,
        "precision": 0.9,
        "negatives_rejected": 0.655,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.982,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventy-seventh": {
        "recall": 1.0,
        "precision": 0.777,
        "negatives_rejected": 0.598,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.982,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-seventy-eighth": {
        "recall": 0.994,
        "precision": 0.883,
        "negatives_rejected": 0.578,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 0.973,
    },
    "two-hundred-and-seventy-ninth": {
        "recall": 0.994,
        "precision": 0.905,
        "negatives_rejected": 0.666,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eightieth": {
        "recall": 1.0,
        "precision": 0.886,
        "negatives_rejected": 0.563,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.97,
    },
    "two-hundred-and-eighty-first": {
        "recall": 1.0,
        "precision": 0.928,
        "negatives_rejected": 0.68,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eighty-second": {
        "recall": 0.983,
        "precision": 0.962,
        "negatives_rejected": 0.877,
        "recall_language_detected": 0.983,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eighty-third": {
        "recall": 1.0,
        "precision": 0.918,
        "negatives_rejected": 0.719,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eighty-fourth": {
        "recall": 1.0,
        "precision": 0.912,
        "negatives_rejected": 0.672,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eighty-fifth": {
        "recall": 1.0,
        "precision": 0.755,
        "negatives_rejected": 0.601,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eighty-sixth": {
        "recall": 0.988,
        "precision": 0.892,
        "negatives_rejected": 0.655,
        "recall_language_detected": 0.988,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-eighty-seventh": {
        "recall": 0.989,
        "precision": 0.865,
        "negatives_rejected": 0.472,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.986,
        "quantity_accuracy_with_qualifier": 0.983,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.994,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-eighty-eighth": {
        "recall": 0.994,
        "precision": 0.903,
        "negatives_rejected": 0.629,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.972,
    },
    "two-hundred-and-eighty-ninth": {
        "recall": 1.0,
        "precision": 0.917,
        "negatives_rejected": 0.622,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninetieth": {
        "recall": 0.994,
        "precision": 0.88,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.974,
    },
    "two-hundred-and-ninety-first": {
        "recall": 1.0,
        "precision": 0.88,
        "negatives_rejected": 0.545,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-second": {
        "recall": 1.0,
        "precision": 0.917,
        "negatives_rejected": 0.724,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-third": {
        "recall": 1.0,
        "precision": 0.783,
        "negatives_rejected": 0.647,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-fourth": {
        "recall": 0.989,
        "precision": 0.887,
        "negatives_rejected": 0.581,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-fifth": {
        "recall": 0.994,
        "precision": 0.896,
        "negatives_rejected": 0.644,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-sixth": {
        "recall": 1.0,
        "precision": 0.918,
        "negatives_rejected": 0.709,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.98,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-seventh": {
        "recall": 1.0,
        "precision": 0.912,
        "negatives_rejected": 0.6,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-eighth": {
        "recall": 1.0,
        "precision": 0.926,
        "negatives_rejected": 0.711,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "two-hundred-and-ninety-ninth": {
        "recall": 0.977,
        "precision": 0.936,
        "negatives_rejected": 0.793,
        "recall_language_detected": 0.972,
        "quantity_accuracy": 0.98,
        "quantity_accuracy_with_qualifier": 0.98,
        "quantity_accuracy_in_claims_language_detected": 0.978,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "three-hundredth": {
        "recall": 0.994,
        "precision": 0.935,
        "negatives_rejected": 0.763,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-first": {
        "recall": 1.0,
        "precision": 0.853,
        "negatives_rejected": 0.428,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-second": {
        "recall": 0.989,
        "precision": 0.875,
        "negatives_rejected": 0.535,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.972,
    },
    "three-hundred-and-third": {
        "recall": 0.989,
        "precision": 0.916,
        "negatives_rejected": 0.69,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fourth": {
        "recall": 0.994,
        "precision": 0.855,
        "negatives_rejected": 0.436,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.989,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifth": {
        "recall": 0.994,
        "precision": 0.884,
        "negatives_rejected": 0.571,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixth": {
        "recall": 0.994,
        "precision": 0.868,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-seventh": {
        "recall": 0.992,
        "precision": 0.812,
        "negatives_rejected": 0.68,
        "recall_language_detected": 0.992,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighth": {
        "recall": 1.0,
        "precision": 0.911,
        "negatives_rejected": 0.672,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-tenth": {
        "recall": 0.994,
        "precision": 0.882,
        "negatives_rejected": 0.593,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.982,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eleventh": {
        "recall": 1.0,
        "precision": 0.93,
        "negatives_rejected": 0.75,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twelfth": {
        "recall": 1.0,
        "precision": 0.914,
        "negatives_rejected": 0.706,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirteenth": {
        "recall": 1.0,
        "precision": 0.752,
        "negatives_rejected": 0.568,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fourteenth": {
        "recall": 0.977,
        "precision": 0.897,
        "negatives_rejected": 0.661,
        "recall_language_detected": 0.977,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifteenth": {
        "recall": 0.989,
        "precision": 0.907,
        "negatives_rejected": 0.654,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.988,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixteenth": {
        "recall": 1.0,
        "precision": 0.898,
        "negatives_rejected": 0.625,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-seventeenth": {
        "recall": 0.994,
        "precision": 0.901,
        "negatives_rejected": 0.642,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighteenth": {
        "recall": 1.0,
        "precision": 0.889,
        "negatives_rejected": 0.581,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.986,
        "speaker_accuracy": 0.971,
    },
    "three-hundred-and-nineteenth": {
        "recall": 1.0,
        "precision": 0.863,
        "negatives_rejected": 0.5,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.972,
    },
    "three-hundred-and-twentieth": {
        "recall": 1.0,
        "precision": 0.748,
        "negatives_rejected": 0.53,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-first": {
        "recall": 0.994,
        "precision": 0.902,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.97,
    },
    "three-hundred-and-twenty-second": {
        "recall": 1.0,
        "precision": 0.884,
        "negatives_rejected": 0.571,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.985,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-third": {
        "recall": 0.994,
        "precision": 0.9,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-fourth": {
        "recall": 1.0,
        "precision": 0.885,
        "negatives_rejected": 0.563,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-fifth": {
        "recall": 1.0,
        "precision": 0.886,
        "negatives_rejected": 0.571,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-sixth": {
        "recall": 0.994,
        "precision": 0.899,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-seventh": {
        "recall": 1.0,
        "precision": 0.786,
        "negatives_rejected": 0.62,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-eighth": {
        "recall": 1.0,
        "precision": 0.9,
        "negatives_rejected": 0.642,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-twenty-ninth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.6,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirtieth": {
        "recall": 1.0,
        "precision": 0.91,
        "negatives_rejected": 0.678,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirty-first": {
        "recall": 1.0,
        "precision": 0.876,
        "negatives_rejected": 0.535,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirty-second": {
        "recall": 0.994,
        "precision": 0.865,
        "negatives_rejected": 0.49,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirty-third": {
        "recall": 0.977,
        "precision": 0.9,
        "negatives_rejected": 0.672,
        "recall_language_detected": 0.977,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirty-fourth": {
        "recall": 0.994,
        "precision": 0.906,
        "negatives_rejected": 0.654,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirty-fifth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.6,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.984,
        "quantity_accuracy_with_qualifier": 0.981,
        "quantity_accuracy_in_claims_language_detected": 0.984,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.972,
    },
    "three-hundred-and-thirty-sixth": {
        "recall": 0.972,
        "precision": 0.866,
        "negatives_rejected": 0.526,
        "recall_language_detected": 0.972,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirty-seventh": {
        "recall": 1.0,
        "precision": 0.872,
        "negatives_rejected": 0.543,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.989,
        "speaker_accuracy": 0.972,
    },
    "three-hundred-and-thirty-eighth": {
        "recall": 0.994,
        "precision": 0.929,
        "negatives_rejected": 0.75,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-thirty-ninth": {
        "recall": 0.989,
        "precision": 0.897,
        "negatives_rejected": 0.618,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fortieth": {
        "recall": 1.0,
        "precision": 0.876,
        "negatives_rejected": 0.543,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-first": {
        "recall": 0.985,
        "precision": 0.748,
        "negatives_rejected": 0.54,
        "recall_language_detected": 0.985,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.985,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-second": {
        "recall": 1.0,
        "precision": 0.857,
        "negatives_rejected": 0.482,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.988,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.97,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-third": {
        "recall": 1.0,
        "precision": 0.87,
        "negatives_rejected": 0.49,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.989,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-fourth": {
        "recall": 0.989,
        "precision": 0.874,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.941,
    },
    "three-hundred-and-forty-fifth": {
        "recall": 1.0,
        "precision": 0.884,
        "negatives_rejected": 0.578,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.982,
        "quantity_accuracy_with_qualifier": 0.982,
        "quantity_accuracy_in_claims_language_detected": 0.982,
        "quantity_precision": 0.979,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-sixth": {
        "recall": 0.978,
        "precision": 0.908,
        "negatives_rejected": 0.672,
        "recall_language_detected": 0.978,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.989,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-seventh": {
        "recall": 1.0,
        "precision": 0.902,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-eighth": {
        "recall": 0.994,
        "precision": 0.905,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-forty-ninth": {
        "recall": 1.0,
        "precision": 0.875,
        "negatives_rejected": 0.568,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fiftieth": {
        "recall": 1.0,
        "precision": 0.841,
        "negatives_rejected": 0.732,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-first": {
        "recall": 1.0,
        "precision": 0.845,
        "negatives_rejected": 0.37,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-second": {
        "recall": 0.962,
        "precision": 0.896,
        "negatives_rejected": 0.625,
        "recall_language_detected": 0.962,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-third": {
        "recall": 1.0,
        "precision": 0.866,
        "negatives_rejected": 0.462,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 0.972,
    },
    "three-hundred-and-fifty-fourth": {
        "recall": 0.994,
        "precision": 0.869,
        "negatives_rejected": 0.526,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.974,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-fifth": {
        "recall": 0.994,
        "precision": 0.9,
        "negatives_rejected": 0.642,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-sixth": {
        "recall": 0.988,
        "precision": 0.904,
        "negatives_rejected": 0.654,
        "recall_language_detected": 0.988,
        "quantity_accuracy": 0.975,
        "quantity_accuracy_with_qualifier": 0.975,
        "quantity_accuracy_in_claims_language_detected": 0.954,
        "quantity_precision": 0.975,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-seventh": {
        "recall": 0.994,
        "precision": 0.864,
        "negatives_rejected": 0.508,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.976,
        "quantity_accuracy_with_qualifier": 0.976,
        "quantity_accuracy_in_claims_language_detected": 0.976,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-eighth": {
        "recall": 0.994,
        "precision": 0.912,
        "negatives_rejected": 0.672,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-fifty-ninth": {
        "recall": 1.0,
        "precision": 0.715,
        "negatives_rejected": 0.504,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixtieth": {
        "recall": 1.0,
        "precision": 0.871,
        "negatives_rejected": 0.509,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.986,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-first": {
        "recall": 1.0,
        "precision": 0.933,
        "negatives_rejected": 0.767,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-second": {
        "recall": 0.989,
        "precision": 0.906,
        "negatives_rejected": 0.654,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-third": {
        "recall": 1.0,
        "precision": 0.86,
        "negatives_rejected": 0.454,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-fourth": {
        "recall": 1.0,
        "precision": 0.875,
        "negatives_rejected": 0.509,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-fifth": {
        "recall": 0.988,
        "precision": 0.89,
        "negatives_rejected": 0.607,
        "recall_language_detected": 0.988,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-sixth": {
        "recall": 0.994,
        "precision": 0.882,
        "negatives_rejected": 0.553,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-seventh": {
        "recall": 0.978,
        "precision": 0.893,
        "negatives_rejected": 0.607,
        "recall_language_detected": 0.978,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.981,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-eighth": {
        "recall": 0.989,
        "precision": 0.891,
        "negatives_rejected": 0.6,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-sixty-ninth": {
        "recall": 1.0,
        "precision": 0.876,
        "negatives_rejected": 0.535,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-seventieth": {
        "recall": 1.0,
        "precision": 0.86,
        "negatives_rejected": 0.454,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.972,
        "quantity_accuracy_with_qualifier": 0.972,
        "quantity_accuracy_in_claims_language_detected": 0.97,
        "quantity_precision": 0.968,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-seventy-first": {
        "recall": 0.994,
        "precision": 0.886,
        "negatives_rejected": 0.563,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.988,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.994,
        "speaker_accuracy": 0.971,
    },
    "three-hundred-and-seventy-second": {
        "recall": 0.968,
        "precision": 0.923,
        "negatives_rejected": 0.727,
        "recall_language_detected": 0.968,
        "quantity_accuracy": 0.988,
        "quantity_accuracy_with_qualifier": 0.984,
        "quantity_accuracy_in_claims_language_detected": 0.981,
        "quantity_precision": 0.988,
        "speaker_accuracy": 0.971,
    },
    "three-hundred-and-seventy-third": {
        "recall": 0.994,
        "precision": 0.928,
        "negatives_rejected": 0.75,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.987,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.987,
        "quantity_precision": 0.987,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-seventy-fourth": {
        "recall": 0.994,
        "precision": 0.908,
        "negatives_rejected": 0.654,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-seventy-fifth": {
        "recall": 1.0,
        "precision": 0.901,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.975,
    },
    "three-hundred-and-seventy-sixth": {
        "recall": 1.0,
        "precision": 0.897,
        "negatives_rejected": 0.618,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.951,
        "quantity_accuracy_with_qualifier": 0.946,
        "quantity_accuracy_in_claims_language_detected": 0.951,
        "quantity_precision": 0.956,
        "speaker_accuracy": 0.974,
    },
    "three-hundred-and-seventy-seventh": {
        "recall": 0.994,
        "precision": 0.938,
        "negatives_rejected": 0.789,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-seventy-eighth": {
        "recall": 1.0,
        "precision": 0.89,
        "negatives_rejected": 0.589,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.972,
    },
    "three-hundred-and-seventy-ninth": {
        "recall": 0.994,
        "precision": 0.88,
        "negatives_rejected": 0.561,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eightieth": {
        "recall": 0.945,
        "precision": 0.892,
        "negatives_rejected": 0.625,
        "recall_language_detected": 0.945,
        "quantity_accuracy": 0.965,
        "quantity_accuracy_with_qualifier": 0.962,
        "quantity_accuracy_in_claims_language_detected": 0.943,
        "quantity_precision": 0.965,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-first": {
        "recall": 1.0,
        "precision": 0.773,
        "negatives_rejected": 0.613,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-second": {
        "recall": 1.0,
        "precision": 0.916,
        "negatives_rejected": 0.69,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.935,
        "quantity_accuracy_with_qualifier": 0.933,
        "quantity_accuracy_in_claims_language_detected": 0.935,
        "quantity_precision": 0.948,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-third": {
        "recall": 0.994,
        "precision": 0.921,
        "negatives_rejected": 0.709,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-fourth": {
        "recall": 0.989,
        "precision": 0.884,
        "negatives_rejected": 0.563,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-fifth": {
        "recall": 1.0,
        "precision": 0.878,
        "negatives_rejected": 0.535,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.971,
    },
    "three-hundred-and-eighty-sixth": {
        "recall": 0.994,
        "precision": 0.862,
        "negatives_rejected": 0.548,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-seventh": {
        "recall": 0.989,
        "precision": 0.882,
        "negatives_rejected": 0.563,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-eighth": {
        "recall": 0.978,
        "precision": 0.861,
        "negatives_rejected": 0.491,
        "recall_language_detected": 0.978,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-eighty-ninth": {
        "recall": 1.0,
        "precision": 0.91,
        "negatives_rejected": 0.689,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.981,
        "quantity_accuracy_with_qualifier": 0.981,
        "quantity_accuracy_in_claims_language_detected": 0.981,
        "quantity_precision": 0.984,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninetieth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-first": {
        "recall": 0.977,
        "precision": 0.858,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.977,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-second": {
        "recall": 1.0,
        "precision": 0.86,
        "negatives_rejected": 0.482,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-third": {
        "recall": 0.989,
        "precision": 0.88,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-fourth": {
        "recall": 1.0,
        "precision": 0.898,
        "negatives_rejected": 0.637,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.987,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.987,
        "quantity_precision": 0.987,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-fifth": {
        "recall": 1.0,
        "precision": 0.912,
        "negatives_rejected": 0.706,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-sixth": {
        "recall": 1.0,
        "precision": 0.868,
        "negatives_rejected": 0.508,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-seventh": {
        "recall": 1.0,
        "precision": 0.881,
        "negatives_rejected": 0.578,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.972,
    },
    "three-hundred-and-ninety-eighth": {
        "recall": 0.994,
        "precision": 0.881,
        "negatives_rejected": 0.578,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "three-hundred-and-ninety-ninth": {
        "recall": 0.994,
        "precision": 0.871,
        "negatives_rejected": 0.526,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundredth": {
        "recall": 0.993,
        "precision": 0.794,
        "negatives_rejected": 0.626,
        "recall_language_detected": 0.993,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-first": {
        "recall": 0.994,
        "precision": 0.91,
        "negatives_rejected": 0.684,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-second": {
        "recall": 1.0,
        "precision": 0.888,
        "negatives_rejected": 0.581,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-third": {
        "recall": 0.994,
        "precision": 0.883,
        "negatives_rejected": 0.578,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fourth": {
        "recall": 1.0,
        "precision": 0.905,
        "negatives_rejected": 0.666,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fifth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.62,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.977,
        "quantity_accuracy_with_qualifier": 0.977,
        "quantity_accuracy_in_claims_language_detected": 0.975,
        "quantity_precision": 0.983,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-sixth": {
        "recall": 0.972,
        "precision": 0.898,
        "negatives_rejected": 0.649,
        "recall_language_detected": 0.972,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.981,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventh": {
        "recall": 0.984,
        "precision": 0.874,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.984,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eighth": {
        "recall": 0.994,
        "precision": 0.887,
        "negatives_rejected": 0.596,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.944,
    },
    "four-hundred-and-ninth": {
        "recall": 1.0,
        "precision": 0.905,
        "negatives_rejected": 0.666,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.988,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-tenth": {
        "recall": 1.0,
        "precision": 0.915,
        "negatives_rejected": 0.701,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.985,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eleventh": {
        "recall": 1.0,
        "precision": 0.876,
        "negatives_rejected": 0.5,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.976,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twelfth": {
        "recall": 0.984,
        "precision": 0.939,
        "negatives_rejected": 0.785,
        "recall_language_detected": 0.984,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 0.987,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirteenth": {
        "recall": 1.0,
        "precision": 0.88,
        "negatives_rejected": 0.545,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fourteenth": {
        "recall": 1.0,
        "precision": 0.924,
        "negatives_rejected": 0.727,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fifteenth": {
        "recall": 1.0,
        "precision": 0.901,
        "negatives_rejected": 0.655,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.987,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.987,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixteenth": {
        "recall": 1.0,
        "precision": 0.921,
        "negatives_rejected": 0.709,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.986,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventeenth": {
        "recall": 0.994,
        "precision": 0.906,
        "negatives_rejected": 0.654,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eighteenth": {
        "recall": 0.989,
        "precision": 0.884,
        "negatives_rejected": 0.571,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-nineteenth": {
        "recall": 0.994,
        "precision": 0.902,
        "negatives_rejected": 0.642,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twentieth": {
        "recall": 1.0,
        "precision": 0.885,
        "negatives_rejected": 0.603,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-first": {
        "recall": 0.983,
        "precision": 0.859,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.983,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-second": {
        "recall": 1.0,
        "precision": 0.902,
        "negatives_rejected": 0.642,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-third": {
        "recall": 0.994,
        "precision": 0.857,
        "negatives_rejected": 0.473,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-fourth": {
        "recall": 1.0,
        "precision": 0.917,
        "negatives_rejected": 0.714,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.971,
    },
    "four-hundred-and-twenty-fifth": {
        "recall": 0.994,
        "precision": 0.861,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-sixth": {
        "recall": 1.0,
        "precision": 0.866,
        "negatives_rejected": 0.508,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-seventh": {
        "recall": 1.0,
        "precision": 0.927,
        "negatives_rejected": 0.754,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-eighth": {
        "recall": 0.994,
        "precision": 0.878,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.989,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-twenty-ninth": {
        "recall": 0.994,
        "precision": 0.925,
        "negatives_rejected": 0.732,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirtieth": {
        "recall": 0.989,
        "precision": 0.905,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.944,
        "quantity_precision": 0.973,
        "speaker_accuracy": 0.973,
    },
    "four-hundred-and-thirty-first": {
        "recall": 1.0,
        "precision": 0.9,
        "negatives_rejected": 0.649,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.992,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirty-second": {
        "recall": 0.989,
        "precision": 0.892,
        "negatives_rejected": 0.607,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirty-third": {
        "recall": 1.0,
        "precision": 0.891,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.977,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.984,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirty-fourth": {
        "recall": 0.994,
        "precision": 0.893,
        "negatives_rejected": 0.6,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirty-fifth": {
        "recall": 0.983,
        "precision": 0.927,
        "negatives_rejected": 0.758,
        "recall_language_detected": 0.983,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirty-sixth": {
        "recall": 0.987,
        "precision": 0.87,
        "negatives_rejected": 0.712,
        "recall_language_detected": 0.987,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirty-seventh": {
        "recall": 1.0,
        "precision": 0.881,
        "negatives_rejected": 0.553,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-thirty-eighth": {
        "recall": 1.0,
        "precision": 0.877,
        "negatives_rejected": 0.535,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.971,
    },
    "four-hundred-and-thirty-ninth": {
        "recall": 0.989,
        "precision": 0.886,
        "negatives_rejected": 0.571,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fortieth": {
        "recall": 0.994,
        "precision": 0.888,
        "negatives_rejected": 0.62,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.973,
    },
    "four-hundred-and-forty-first": {
        "recall": 1.0,
        "precision": 0.905,
        "negatives_rejected": 0.654,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.973,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-forty-second": {
        "recall": 0.989,
        "precision": 0.923,
        "negatives_rejected": 0.732,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-forty-third": {
        "recall": 0.994,
        "precision": 0.865,
        "negatives_rejected": 0.472,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.983,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-forty-fourth": {
        "recall": 1.0,
        "precision": 0.896,
        "negatives_rejected": 0.6,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.959,
        "quantity_accuracy_with_qualifier": 0.959,
        "quantity_accuracy_in_claims_language_detected": 0.959,
        "quantity_precision": 0.977,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-forty-fifth": {
        "recall": 0.989,
        "precision": 0.902,
        "negatives_rejected": 0.642,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.939,
        "quantity_accuracy_with_qualifier": 0.912,
        "quantity_accuracy_in_claims_language_detected": 0.939,
        "quantity_precision": 0.968,
        "speaker_accuracy": 0.975,
    },
    "four-hundred-and-forty-sixth": {
        "recall": 0.994,
        "precision": 0.849,
        "negatives_rejected": 0.428,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-forty-seventh": {
        "recall": 0.989,
        "precision": 0.906,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-forty-eighth": {
        "recall": 1.0,
        "precision": 0.876,
        "negatives_rejected": 0.535,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-forty-ninth": {
        "recall": 0.988,
        "precision": 0.859,
        "negatives_rejected": 0.482,
        "recall_language_detected": 0.988,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-fiftieth": {
        "recall": 1.0,
        "precision": 0.865,
        "negatives_rejected": 0.49,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-fifty-first": {
        "recall": 1.0,
        "precision": 0.898,
        "negatives_rejected": 0.625,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.982,
        "quantity_accuracy_with_qualifier": 0.98,
        "quantity_accuracy_in_claims_language_detected": 0.982,
        "quantity_precision": 0.98,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fifty-second": {
        "recall": 0.994,
        "precision": 0.902,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.963,
        "quantity_accuracy_with_qualifier": 0.963,
        "quantity_accuracy_in_claims_language_detected": 0.963,
        "quantity_precision": 0.97,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-fifty-third": {
        "recall": 0.989,
        "precision": 0.905,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.988,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.969,
        "quantity_precision": 0.98,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fifty-fourth": {
        "recall": 1.0,
        "precision": 0.889,
        "negatives_rejected": 0.589,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.995,
        "quantity_accuracy_with_qualifier": 0.995,
        "quantity_accuracy_in_claims_language_detected": 0.995,
        "quantity_precision": 0.995,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fifty-fifth": {
        "recall": 0.994,
        "precision": 0.89,
        "negatives_rejected": 0.6,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-fifty-sixth": {
        "recall": 1.0,
        "precision": 0.912,
        "negatives_rejected": 0.684,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.993,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fifty-seventh": {
        "recall": 1.0,
        "precision": 0.891,
        "negatives_rejected": 0.574,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.989,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-fifty-eighth": {
        "recall": 1.0,
        "precision": 0.874,
        "negatives_rejected": 0.509,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-fifty-ninth": {
        "recall": 1.0,
        "precision": 0.873,
        "negatives_rejected": 0.509,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixtieth": {
        "recall": 0.994,
        "precision": 0.91,
        "negatives_rejected": 0.672,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.967,
        "quantity_accuracy_with_qualifier": 0.952,
        "quantity_accuracy_in_claims_language_detected": 0.967,
        "quantity_precision": 0.953,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-sixty-first": {
        "recall": 0.961,
        "precision": 0.902,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.961,
        "quantity_accuracy": 0.965,
        "quantity_accuracy_with_qualifier": 0.965,
        "quantity_accuracy_in_claims_language_detected": 0.92,
        "quantity_precision": 0.947,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixty-second": {
        "recall": 1.0,
        "precision": 0.911,
        "negatives_rejected": 0.672,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 0.971,
    },
    "four-hundred-and-sixty-third": {
        "recall": 1.0,
        "precision": 0.885,
        "negatives_rejected": 0.563,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixty-fourth": {
        "recall": 1.0,
        "precision": 0.87,
        "negatives_rejected": 0.49,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.982,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixty-fifth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.973,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixty-sixth": {
        "recall": 1.0,
        "precision": 0.892,
        "negatives_rejected": 0.581,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.997,
        "quantity_accuracy_in_claims_language_detected": 0.989,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixty-seventh": {
        "recall": 0.994,
        "precision": 0.888,
        "negatives_rejected": 0.633,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixty-eighth": {
        "recall": 0.989,
        "precision": 0.895,
        "negatives_rejected": 0.637,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-sixty-ninth": {
        "recall": 0.989,
        "precision": 0.863,
        "negatives_rejected": 0.482,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.997,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventieth": {
        "recall": 1.0,
        "precision": 0.911,
        "negatives_rejected": 0.678,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.991,
        "quantity_accuracy_with_qualifier": 0.988,
        "quantity_accuracy_in_claims_language_detected": 0.991,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventy-first": {
        "recall": 0.994,
        "precision": 0.875,
        "negatives_rejected": 0.509,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventy-second": {
        "recall": 1.0,
        "precision": 0.89,
        "negatives_rejected": 0.607,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.991,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventy-third": {
        "recall": 0.989,
        "precision": 0.882,
        "negatives_rejected": 0.586,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.993,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.979,
        "quantity_precision": 0.989,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventy-fourth": {
        "recall": 1.0,
        "precision": 0.88,
        "negatives_rejected": 0.545,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.917,
        "quantity_accuracy_with_qualifier": 0.91,
        "quantity_accuracy_in_claims_language_detected": 0.917,
        "quantity_precision": 0.938,
        "speaker_accuracy": 0.971,
    },
    "four-hundred-and-seventy-fifth": {
        "recall": 0.972,
        "precision": 0.912,
        "negatives_rejected": 0.696,
        "recall_language_detected": 0.972,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.957,
        "quantity_precision": 0.952,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventy-sixth": {
        "recall": 0.989,
        "precision": 0.863,
        "negatives_rejected": 0.491,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.989,
        "quantity_precision": 0.997,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-seventy-seventh": {
        "recall": 0.983,
        "precision": 0.901,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.983,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 0.993,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventy-eighth": {
        "recall": 1.0,
        "precision": 0.878,
        "negatives_rejected": 0.535,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.984,
        "quantity_accuracy_with_qualifier": 0.984,
        "quantity_accuracy_in_claims_language_detected": 0.984,
        "quantity_precision": 0.978,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-seventy-ninth": {
        "recall": 1.0,
        "precision": 0.879,
        "negatives_rejected": 0.561,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.984,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.99,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eightieth": {
        "recall": 0.972,
        "precision": 0.863,
        "negatives_rejected": 0.517,
        "recall_language_detected": 0.972,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.996,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.993,
        "speaker_accuracy": 0.944,
    },
    "four-hundred-and-eighty-first": {
        "recall": 0.989,
        "precision": 0.89,
        "negatives_rejected": 0.581,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 1.0,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.994,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-eighty-second": {
        "recall": 0.994,
        "precision": 0.88,
        "negatives_rejected": 0.545,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.957,
        "quantity_accuracy_with_qualifier": 0.948,
        "quantity_accuracy_in_claims_language_detected": 0.957,
        "quantity_precision": 0.919,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eighty-third": {
        "recall": 0.994,
        "precision": 0.886,
        "negatives_rejected": 0.563,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.982,
        "quantity_accuracy_with_qualifier": 0.979,
        "quantity_accuracy_in_claims_language_detected": 0.982,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eighty-fourth": {
        "recall": 1.0,
        "precision": 0.893,
        "negatives_rejected": 0.614,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.996,
        "quantity_accuracy_with_qualifier": 0.993,
        "quantity_accuracy_in_claims_language_detected": 0.996,
        "quantity_precision": 0.996,
        "speaker_accuracy": 0.942,
    },
    "four-hundred-and-eighty-fifth": {
        "recall": 0.989,
        "precision": 0.906,
        "negatives_rejected": 0.654,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-eighty-sixth": {
        "recall": 1.0,
        "precision": 0.866,
        "negatives_rejected": 0.517,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eighty-seventh": {
        "recall": 0.994,
        "precision": 0.911,
        "negatives_rejected": 0.672,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.989,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.985,
        "quantity_precision": 0.985,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eighty-eighth": {
        "recall": 0.989,
        "precision": 0.906,
        "negatives_rejected": 0.66,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.992,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.982,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-eighty-ninth": {
        "recall": 0.994,
        "precision": 0.849,
        "negatives_rejected": 0.4,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.976,
        "quantity_accuracy_with_qualifier": 0.976,
        "quantity_accuracy_in_claims_language_detected": 0.976,
        "quantity_precision": 0.962,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninetieth": {
        "recall": 0.967,
        "precision": 0.956,
        "negatives_rejected": 0.854,
        "recall_language_detected": 0.967,
        "quantity_accuracy": 0.98,
        "quantity_accuracy_with_qualifier": 0.972,
        "quantity_accuracy_in_claims_language_detected": 0.937,
        "quantity_precision": 0.984,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninety-first": {
        "recall": 0.994,
        "precision": 0.898,
        "negatives_rejected": 0.637,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.987,
        "quantity_accuracy_with_qualifier": 0.987,
        "quantity_accuracy_in_claims_language_detected": 0.987,
        "quantity_precision": 0.987,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninety-second": {
        "recall": 1.0,
        "precision": 0.911,
        "negatives_rejected": 0.678,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.985,
        "quantity_accuracy_with_qualifier": 0.982,
        "quantity_accuracy_in_claims_language_detected": 0.985,
        "quantity_precision": 0.985,
        "speaker_accuracy": 0.951,
    },
    "four-hundred-and-ninety-third": {
        "recall": 1.0,
        "precision": 0.931,
        "negatives_rejected": 0.745,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.985,
        "quantity_accuracy_with_qualifier": 0.979,
        "quantity_accuracy_in_claims_language_detected": 0.985,
        "quantity_precision": 0.987,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninety-fourth": {
        "recall": 1.0,
        "precision": 0.939,
        "negatives_rejected": 0.781,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.989,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.982,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninety-fifth": {
        "recall": 0.984,
        "precision": 0.925,
        "negatives_rejected": 0.727,
        "recall_language_detected": 0.984,
        "quantity_accuracy": 0.978,
        "quantity_accuracy_with_qualifier": 0.978,
        "quantity_accuracy_in_claims_language_detected": 0.963,
        "quantity_precision": 0.949,
        "speaker_accuracy": 0.972,
    },
    "four-hundred-and-ninety-sixth": {
        "recall": 1.0,
        "precision": 0.89,
        "negatives_rejected": 0.589,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.99,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.984,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninety-seventh": {
        "recall": 0.994,
        "precision": 0.903,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.972,
        "quantity_accuracy_with_qualifier": 0.97,
        "quantity_accuracy_in_claims_language_detected": 0.972,
        "quantity_precision": 0.975,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninety-eighth": {
        "recall": 1.0,
        "precision": 0.875,
        "negatives_rejected": 0.527,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.992,
        "quantity_accuracy_with_qualifier": 0.985,
        "quantity_accuracy_in_claims_language_detected": 0.992,
        "quantity_precision": 0.996,
        "speaker_accuracy": 1.0,
    },
    "four-hundred-and-ninety-ninth": {
        "recall": 1.0,
        "precision": 0.869,
        "negatives_rejected": 0.49,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.983,
        "quantity_accuracy_with_qualifier": 0.983,
        "quantity_accuracy_in_claims_language_detected": 0.979,
        "quantity_precision": 0.986,
        "speaker_accuracy": 1.0,
    },
    "five-hundredth": {
        "recall": 1.0,
        "precision": 0.898,
        "negatives_rejected": 0.625,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 1.0,
        "speaker_accuracy": 1.0,
    },
    "five-hundred-and-first": {
        "recall": 1.0,
        "precision": 0.885,
        "negatives_rejected": 0.563,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 1.0,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 1.0,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "five-hundred-and-second": {
        "recall": 1.0,
        "precision": 0.901,
        "negatives_rejected": 0.636,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.971,
        "quantity_accuracy_with_qualifier": 0.958,
        "quantity_accuracy_in_claims_language_detected": 0.971,
        "quantity_precision": 0.984,
        "speaker_accuracy": 1.0,
    },
    "five-hundred-and-third": {
        "recall": 0.994,
        "precision": 0.867,
        "negatives_rejected": 0.49,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.978,
        "quantity_accuracy_with_qualifier": 0.978,
        "quantity_accuracy_in_claims_language_detected": 0.978,
        "quantity_precision": 0.982,
        "speaker_accuracy": 0.956,
    },
    "five-hundred-and-fourth": {
        "recall": 0.994,
        "precision": 0.889,
        "negatives_rejected": 0.581,
        "recall_language_detected": 0.994,
        "quantity_accuracy": 0.997,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.997,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "five-hundred-and-fifth": {
        "recall": 1.0,
        "precision": 0.92,
        "negatives_rejected": 0.709,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.994,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "five-hundred-and-sixth": {
        "recall": 0.989,
        "precision": 0.865,
        "negatives_rejected": 0.5,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.988,
        "quantity_accuracy_with_qualifier": 0.985,
        "quantity_accuracy_in_claims_language_detected": 0.988,
        "quantity_precision": 0.994,
        "speaker_accuracy": 1.0,
    },
    "five-hundred-and-seventh": {
        "recall": 0.989,
        "precision": 0.902,
        "negatives_rejected": 0.636,
        "recall_language_detected": 0.989,
        "quantity_accuracy": 0.99,
        "quantity_accuracy_with_qualifier": 0.986,
        "quantity_accuracy_in_claims_language_detected": 0.99,
        "quantity_precision": 0.986,
        "speaker_accuracy": 0.971,
    },
    "five-hundred-and-eighth": {
        "recall": 1.0,
        "precision": 0.898,
        "negatives_rejected": 0.618,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.937,
        "quantity_accuracy_with_qualifier": 0.937,
        "quantity_accuracy_in_claims_language_detected": 0.937,
        "quantity_precision": 0.935,
        "speaker_accuracy": 1.0,
    },
    "five-hundred-and-ninth": {
        "recall": 1.0,
        "precision": 0.915,
        "negatives_rejected": 0.696,
        "recall_language_detected": 1.0,
        "quantity_accuracy": 0.994,
        "quantity_accuracy_with_qualifier": 0.991,
        "quantity_accuracy_in_claims_language_detected": 0.994,
        "quantity_precision": 0.994,
        "speaker_accuracy": 0.972,
    },
}


@pytest.fixture(scope="module")
def rates():
    return {name: evaluate(rows) for name, rows in SETS.items()}


@pytest.mark.parametrize("name", SETS)
def test_blind_set_is_substantial(name):
    rows = SETS[name]
    assert len(rows) >= 120
    assert {row[0] for row in rows} == {"de", "en"}
    negatives = sum(1 for row in rows if not row[2])
    assert negatives >= 20
    # An opinion batch (half negatives, like the ninety-eighth) weighs its negatives, not figures.
    assert sum(len(row[3]) for row in rows) >= (100 if negatives >= 100 else 140)


@pytest.mark.parametrize(("name", "rate"), [(n, r) for n in FLOORS for r in FLOORS[n]])
def test_rate_stays_at_its_floor(rates, name, rate):
    got = rates[name]
    assert got[rate] >= FLOORS[name][rate], (got[rate], got["misses"])


if __name__ == "__main__":  # python -m tests.claims.extraction.test_blind_set
    for name, rows in SETS.items():
        print(f"--- {name} batch")
        report(rows)
