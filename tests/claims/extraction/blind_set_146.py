"""Hundred-and-forty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).
Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Judges, ministers, lawmakers, lawyers,
union and business officials, economists, advisers, firms and figures are made up (Sabine
Keppler-Thiel, Gernot Faßbender, Claudia Wenzel-Horn, Till Brackwede, Jörg Altenhövel -
"Joerg Altenhoevel" in English copy -, Jana Trebitz, Ansgar Hollmann, Mareike Dunst, Ole
Sandvoß - "Ole Sandvoss" in English copy -, Carsten Wellbrock, Kerstin Vahlkamp, Ilka
Nordhoff, Reto Gisler, Gisler & Partner, Theresia Gsöllpointner, Konstantin Wehrhahn,
Friederike Saalfeld, Bergmann Privatbank, Corvus Economics, Anja Reichert, Petra Ahlers; the
plaintiff from Heilbronn, the farmer from the Mühlviertel, every unnamed spokesperson,
official and speaker); the court's vice-president, the finance minister and the other named
office-holders are invented and stand for no real holder of an office, and office- holders
who would be real people appear by role only ("Bavaria's finance minister", "the head of a
regional crafts chamber", "a Verdi official"). Real bodies, parties, papers, laws and places
("Bundesverfassungsgericht", "Erster Senat", "Constitutional Court", "First Senate",
"Bundesfinanzhof", "Statistisches Bundesamt", "Federal Statistical Office",
"Bundesfinanzministerium", "Bundeskabinett", "Koalitionsausschuss", "Bundestag",
"Bundesrat", "Reichstag", "SPD", "Grüne", "Greens", "Linke", "Left Party", "AfD",
"Alternative for Germany", "Die Familienunternehmer", "Family Entrepreneurs association",
"Deutsche Industrie- und Handelskammer", "DIHK", "Deutscher Gewerkschaftsbund", "DGB",
"Verdi", "BDI", "BDA", "Arbeitgeberverbände", "Bund der Steuerzahler", "Paritätischer
Gesamtverband", "Greenpeace", "Oxfam", "Finanzwende", "DIW", "Ifo", "Institut der deutschen
Wirtschaft", "IW", "Association of German Cities", "Federal Audit Office", "SDax", "SDAX",
"NATO", "Sondervermögen", "Klima- und Transformationsfonds", "Schuldenbremse", "debt brake",
"Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "taz", "Handelsblatt", "Swissmem",
"SP", "Bundesamt für Statistik", "Kanton Zug", "Schwyz", "ÖVP", "SPÖ", "NEOS", "Momentum
Institut", "Agenda Austria", "Wirtschaftskammer", "Bayern", "Bavaria", "Karlsruhe",
"Heilbronn", "Hamburg", "Zürich", "Mühlviertel", "Dortmund", "Munich") stand for the way
wire copy names them; the ruling, the budget, every tally, sum, rate, share, survey,
forecast, quote and reaction here is invented, and where a real figure came to mind it was
changed.

Its weight: OPINION VERSUS CLAIM, sixth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first and hundred-thirty-eighth batches were the first
five, and their decisions are kept), centred on the reactions to one court ruling and one
budget - a Karlsruhe ruling that strikes down the inheritance tax relief for heirs of family
businesses, and the federal budget for 2027 - told as wire copy runs them over four months
of one year in story order (late May to late September: the ruling's day, the reactions, the
press, the advisers, the coalition's outline, the cabinet's draft, the reactions, the
economists, the first reading, the audit office and the reform draft), each story with a
dateline lead, the figures, attributed claims, the other side, quotes and follow-ups, the
German and English stories interleaved by date, most of the events told twice, once by a
German service and once by an English one. In every story parties, unions, employers, NGOs,
lawyers and economists speak, and nearly half the rows are evaluation, label, creed,
rhetoric, hope, doubt, warning, prediction without a figure or a summary of the mood, each
kind beside a check-worthy look-alike that carries evaluative words around a verifiable core
(a figure, a fact, a vote, a step taken or announced, a finding, a demand with a measure),
mostly from the same speaker or body in the next row. Half German (dpa, Reuters German, AFP
German, Keystone-SDA, APA; German „“ quotes, Swiss «» quotes, "begrüsste", "Vorstoss",
"Herbstsession", "1'900", "Franken", Austrian "Regierungsprogramm", "Betriebsübergaben",
"mitnaschen"): the ruling with its tally, its deadline, the relief's terms, the presiding
judge's findings and remark, the dissent and the plaintiff's case; the parties in Berlin;
the business lobbies and the unions with a survey, a tax bill, successors sought and gifts;
the plaintiff, his lawyer and a tax lawyer; Swiss advisers and the SP; the Austrian debate;
the coalition committee's five-point outline; the cabinet's draft budget; the lobbies', the
Greens' and the Left's criticism; the economists and the bond market; the first reading with
two papers quoted. Half English (Reuters, AP, AFP): the ruling in a Reuters lead and an AP
story on the plaintiff, the reactions of lobbies, unions, Oxfam, economists, parties and the
market, the papers and a campaign group, private banks and Swiss advisers, the budget in a
Reuters lead and an AP story on welfare cuts, business and economists on the budget, the
debate in parliament with a protest, the audit office's report and the ministry's reform
draft. Figures as such copy has them: tallies and definite groups ("mit sechs zu zwei
Stimmen", "ruled 6-2", "Two of the eight judges"), a dissent's pages, deadlines as full
dates and dates without a year, budget sums in billions of euros with dollar conversions in
brackets, francs, Cent, ranges ("zwischen drei und sechs Milliarden Euro", "between 3
billion and 6 billion euros"), caps, multiples ("fast das Doppelte", "nearly double", "four
times", "twice the rate"), shares in words ("gut jede fünfte", "knapp ein Drittel davon",
"gut jeden siebten Euro", "mehr als ein Fünftel", "half of all"), compounds and number words
("ein 23-seitiges abweichendes Votum", "das Fünf-Punkte-Papier", "das dritte Treffen",
"zweimal", "einer gut sechsstündigen Sitzung", "einer knapp einstündigen Rede", "gut
dreistündiger Debatte", "a 55-minute speech"), percentages and basis points, bond
maturities, ages, spans, hedges and years. Negatives as such copy has them: the opening
lines of reaction round-ups, a judge's remark, the dissent's and the lobbies', unions',
parties', NGOs' and papers' labels, ministers' and politicians' rhetoric, creeds and
promises, a plaintiff's feeling, a lawyer's verdict, verdicts with "hält ... für", warnings,
forecasts, doubts and market views without a figure (three with a year), hopes (two with a
figure), rhetorical questions, open questions (one with a count), a refusal to say, a
spokeswoman's hyperbole, placards, a sneer in the chamber, a mood and two vox pops with
their figures labelled.

240 rows (120 German, 120 English), 104 negatives (52 German, 52 English), 136 check-worthy
rows of which 23 carry no figure (9 German, 14 English), 213 expected quantities (69 amounts
of money - 60 EUR, 7 USD, 2 CHF -, 33 counts, 31 percentages - 29 in %, 2 in basis points -,
28 years, 25 durations - 17 in years, 4 in hours, 1 in months, 1 in days, 1 in weeks, 1 in
minutes -, 12 dates, 8 fractions, 7 ordinals; 13 of them in eleven negatives, as the
seventeenth batch labels a figure in a negative), 37 checked speakers (18 German, 19
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, promise or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, eighteenth, ninety-eighth,
  hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth); a
  quoted or reported statement of fact, figure, step or position is check-worthy with its
  speaker. The pairs from one speaker: Keppler-Thiel's findings ("Allein zwischen 2016 und
  2024 seien so Betriebsvermögen von rund 212 Milliarden Euro ... übertragen worden, sagte
  Gerichtsvizepräsidentin Sabine Keppler-Thiel bei der Urteilsverkündung." -> "Sabine
  Keppler-Thiel", "Die Arbeitsplätze ... seien nach der Übergabe nicht sicherer gewesen als
  in anderen Betrieben, sagte Keppler-Thiel." -> "Keppler-Thiel", "Presiding judge Sabine
  Keppler-Thiel said about 212 billion euros ..." -> "Sabine Keppler-Thiel") beside her
  remark "Steuergerechtigkeit sei „kein Luxus, ...“, fügte die Richterin hinzu." and its
  English twin (hundred-thirty-first: a judge's finding of fact in Konjunktiv I and in
  indirect speech with the title and the occasion dropped, the moral remark a label - a
  constitutional court's senate no different from a trial court); Altenhövel's announced
  draft and his statement that the reform's revenue is not in the budget beside „Wer
  Millionen erbt, ...“, „Haushalt des Aufbruchs“, „fairen Kompromiss ...“ and his
  reassurance „Wir werden diese Lücke schließen, ...“ (hundred-thirty-first); Trebitz's cap
  of 10 million euros and her 1.2 billion euros beside her „Sieg für die hart arbeitende
  Mitte“ and „Wir lassen keine Turnhalle verfallen“ (a promise as rhetoric,
  hundred-thirty-first); Hollmann's 58 percent beside his „Weckruf“; Dunst's 15 percent, her
  19 of 128.9 billion euros and her 2.4 billion euros beside „Verschiebebahnhof“; Sandvoß's
  3,900 heirs beside „Erbenrepublik“, „Dokument der sozialen Kälte“ and his rhetorical
  question; Wellbrock's 4.2 million euros beside „Geldkoffer“ and "a black day ...";
  Vahlkamp's half of all large inheritances beside "long overdue"; Gisler's 35 inquiries
  beside «kein Steuerparadies»; Wehrhahn's three to six billion euros beside „Der Haushalt
  kauft Zeit, ...“; Saalfeld's study beside her warning; Reichert's 1.6% beside "built on
  hope rather than data" and "running on credit and good intentions"; Nordhoff's 60
  inquiries beside "Panic is setting in ..."; Brackwede's refund statement beside "a victory
  with a bitter aftertaste".
- New: the opening line of a reaction round-up that sums the reactions up is a negative -
  "Das Urteil aus Karlsruhe hat in der Hauptstadt ein gespaltenes Echo ausgelöst.", "Der
  Haushaltsentwurf stößt bei Verbänden und Opposition auf scharfe Kritik.", "Das Karlsruher
  Urteil hat in Österreich die Debatte über eine Erbschaftssteuer neu angefacht.",
  "Wirtschaftsverbände haben das Urteil als Gefahr für Zehntausende Familienbetriebe
  gebrandmarkt.", "German business groups warned ... while unions and campaigners hailed it
  as overdue." (its dateline's date labelled), "German business leaders and economists gave
  a cool reception ... to the government's 2027 budget, ..." (date and year labelled),
  "German newspapers were split ..." - it states the desk's reading of the mood, not an
  event, as the heading of a press review (hundred-thirty-eighth) and a reaction or mood
  (ninety-eighth: "Anwohner reagierten mit Unverständnis."); so are "Family business groups
  reacted with dismay." and the writer's verdict opening the AFP German story ("Für den
  Kläger aus Heilbronn ist das Urteil ein später Triumph."). The leads that state the event
  stay check-worthy with their evaluative words (seventh, twenty-second, seventy-first,
  hundred-twenty-fourth): "hat die weitreichenden Steuervergünstigungen ... für
  verfassungswidrig erklärt", "ruled Tuesday that the country's inheritance tax unfairly
  favors the heirs ..." (the court's holding, not the writer's verdict), "Mit einem heftigen
  Schlagabtausch hat der Bundestag ... die Beratungen ... aufgenommen", "German lawmakers
  clashed bitterly ... as parliament opened its debate", "a budget that pours record sums
  into roads ... while squeezing some welfare programs"; New: so do the leads that report a
  rise without a figure ("melden sich bei Schweizer Treuhändern deutlich mehr deutsche
  Unternehmerfamilien", "German private banks and tax advisers are fielding a wave of calls
  ...") - a trend a reader can check, whose figure follows in the next row, as the
  check-worthy rows without a figure of the forty-first, sixty-fifth and ninety-eighth
  batches.
- The court (hundred-second, hundred-thirty-first, hundred-forty-first): the ruling, the
  tally, the deadline, the relief's terms, the dissent's existence and length, the case's
  facts, the earlier rulings ("Bereits zweimal zuvor hatte Karlsruhe das
  Erbschaftsteuerrecht beanstandet, zuletzt vor neun Jahren.") and the transitional rule for
  gifts are claims; the dissent's warning in its own words is a label ("Darin warnen sie vor
  einem „Frontalangriff auf den Mittelstand“."; ninety-eighth), the plaintiff's words a
  feeling („Ich wollte nie jemandem etwas wegnehmen, ...“ and its English twin;
  hundred-sixteenth), his lawyer's account of the refund a claim (hundred-forty-first: "Sein
  Anwalt Fernando Siqueira sagte") and his label a negative. New: "A company of the same
  value would have passed to him tax-free under the current rules, the court noted." is
  check-worthy with the speaker unchecked - "noted" is left unchecked for papers
  (hundred-twenty-fourth, hundred-thirty-eighth) and is not yet settled for a court.
- Parties, unions, employers and NGOs: labels, creeds and accusations without a checkable
  claim are negatives ("sprach von", "nannte", "bezeichnete ... als", "begrüßte das Urteil
  als „überfällig“", "vermissten „jeden Ehrgeiz ...“", "warf der Regierung vor, „auf dem
  Rücken der Ärmsten“ zu sparen", "called", "accused the government of balancing the books
  "on the backs of the poorest."", „Wer einen Betrieb vererbt, ...“, „Wer Eigentum
  besteuert, ...“, "hieß es dazu aus der ÖVP"; ninety-eighth, hundred-sixteenth,
  hundred-thirty-eighth); a welcome is a reaction ("Der Industrieverband Swissmem begrüsste,
  dass ..."; seventy-seventh and ninety-second: "Landlords welcomed the decision."); a
  verdict with "hält ... für" is a negative ("Der Bund der Steuerzahler hält das Urteil für
  ...", "Die Agenda Austria hält diese Zahlen für ...", "Ökonomen halten die
  Wachstumsannahmen ... für zu optimistisch."; ninety-eighth). Their look-alikes are
  check-worthy: demands with a measure and a figure ("forderte einen einheitlichen Satz von
  15 Prozent ...", "forderte, die Mehreinnahmen von mindestens fünf Milliarden Euro ...",
  "demanded a flat 15% rate ...", "said at least 5 billion euros a year in extra revenue
  should go to schools and daycare"; thirty-third, hundred-thirty-eighth), blame with a
  checkable claim ("Dunst warf dem Minister vor, 2,4 Milliarden Euro ... umzuschichten.",
  "accused him of shifting 2.4 billion euros ..."; twenty-fifth, ninety-eighth,
  hundred-thirty-first) - New: "kritisierte, dass" with a checkable clause ("Der Verband
  kritisierte zudem, dass die Mittel für die Migrationsberatung um 40 Prozent gekürzt
  werden.", "Greenpeace kritisierte, dass der Klima- und Transformationsfonds um 2,4
  Milliarden Euro schrumpft.") is such blame, the clause carrying the row as in "warf ...
  vor, ... gekürzt zu haben" -, stated steps and positions ("kündigte an, bis Jahresende
  einen Gesetzentwurf vorzulegen", "Bayern kündigte an, die Pläne im Bundesrat zu
  blockieren.", "Bavaria said it would block ...", "Verdi said it would stage protests in 40
  cities ...", "Die Partei will in der Herbstsession einen Vorstoss ... einreichen.", "Im
  Regierungsprogramm haben ÖVP, SPÖ und NEOS neue Vermögens- und Erbschaftssteuern
  ausgeschlossen."; ninety-eighth, hundred-twentieth, hundred-thirty-first), a label paired
  with a stated vote ("Die AfD sprach von einer „Enteignung mit Ansage“ und kündigte an, im
  Bundestag gegen jede Verschärfung zu stimmen.", "... called the ruling "expropriation
  foretold" and said it would vote against any tightening."; the label beside a checkable
  act, hundred-sixteenth and hundred-forty-first; a position stated as an act,
  ninety-eighth), the other side's figures ("Hollmann verwies darauf, dass ...", "Die
  Wirtschaftskammer verwies auf rund 45.000 Betriebsübergaben, ...", "Der Verband rechnete
  vor, dass ..."; hundred-twentieth), a survey's result and a campaign group's sum from the
  lobby register, and a denial ("The finance ministry rejected the criticism, saying every
  euro of investment was listed in the budget."; ninety-eighth; "every euro" none, as "jeden
  Euro", hundred-thirty-first).
- Economists and forecasts: forecasts, estimates and projections with a figure are claims
  (seventh, hundred-nineteenth, hundred-twenty-fourth, hundred-forty-first): Wehrhahn's
  range, the finance ministry's 3.8 billion euros from 2028, the growth forecasts, the
  consensus ("von Reuters befragte Volkswirte erwarten im Schnitt lediglich 0,9 Prozent",
  "Economists polled by Reuters expect ..."), the debt ratio's projection, and
  "Gsöllpointner sagte, eine Steuer auf Erbschaften ab einer Million Euro würde jährlich
  rund 1,5 Milliarden Euro bringen." (a hypothetical estimate with a figure, as a minister's
  projection under a condition, hundred-thirty-first). Forecasts, warnings, doubts and
  market views without a figure are negatives (thirty-eighth, forty-seventh,
  hundred-twenty-fourth): "Ökonomen rechnen damit, dass viele Unternehmer ...", "Economists
  expect the ruling to set off a rush of gifts ...", "The ruling is likely to reopen ...",
  "Advisers expect ...", "Analysts said a compromise ... would probably be watered down.",
  "Some tax lawyers expect ...", "warnte vor einer Welle von Firmenverkäufen ...", "warnte,
  eine zu strenge Reform könne Investitionen in Milliardenhöhe kosten" ("Milliardenhöhe"
  none, as "einen zweistelligen Millionenbetrag", hundred-sixth), "Tax lawyers warned ...",
  "Analysts at Corvus Economics said markets were overreacting.", "Investors see little risk
  ...", and the doubts with their years labelled ("Ob die Schuldenbremse ab 2028 noch
  einzuhalten ist, bezweifeln viele Volkswirte.", "Many economists doubt ... from 2028 ...",
  "Ob der Zeitplan bis Juni 2027 zu halten ist, bezweifeln selbst Koalitionspolitiker.";
  hundred-thirty-eighth). Market moves are claims (ninety-sixth): the SDAX down 0.8%, family
  firms lagging "for a second day", the Bund yields.
- Records, superlatives and evaluative words (twenty-ninth, hundred-twenty-fourth,
  hundred-thirty-eighth): "so viel wie nie zuvor" after its figure, "Pensions are the
  biggest item in the federal budget, ...", "among the highest in the industrialised world"
  after "at around 30%" and "the largest since reunification" are claims of a measure with a
  point of reference; „Wir investieren so viel wie nie, und wir tun es mit Maß“ and ""We are
  investing more than ever, and we are doing it with a sense of proportion,"" are a
  measurable record with an evaluation appended and check-worthy (hundred-thirty-first:
  quoted facts with praise appended), the speakers unchecked - New: "rief Altenhövel den
  Abgeordneten zu" is not yet settled as a verb of saying (the hundred-thirty-eighth's
  „...“, rief Vollmers den Delegierten zu was a negative), and "he told lawmakers" is a
  pronoun. Evaluative words in factual rows leave them check-worthy: "klafft", "bloß
  umgebuchte Altprojekte" in a quote, "marode Schwimmbäder", "wächst kräftig", "sinken ...
  drastisch", "climb steeply", "record investment", "a landmark ruling" only in the negative
  round-up lead.
- Papers (hundred-twenty-fourth, hundred-thirty-eighth): "Die „Süddeutsche Zeitung“ schrieb
  in einem Kommentar, ...", "The Frankfurter Allgemeine Zeitung called it ..." and
  "Left-leaning taz said the judges had done "what politicians have lacked the courage to do
  for twenty years."" (20 years labelled) are negatives; "Die „Frankfurter Allgemeine
  Zeitung“ verwies darauf, dass die Sozialausgaben inzwischen mehr als 45 Prozent des Etats
  ausmachen." (a commentary's ground of fact) and "The business daily Handelsblatt reported
  that ..." are claims with the speaker unchecked.
- Other negatives (ninety-eighth to hundred-forty-first): rhetorical questions („Wie
  erklären Sie einer Pflegekraft, ...?“ and its English twin, ""Who will still want to take
  over a bakery in this country?""), open questions ("Ob sich die Koalition bis zur
  Sommerpause auf Eckpunkte einigt, ist offen.", "Wie viele Familien tatsächlich umziehen,
  lässt sich laut Gisler noch nicht abschätzen.", "Whether the coalition can agree ...", "It
  was not immediately clear how the coalition's two partners would bridge their
  differences." with count 2 labelled - "two" before a noun, hundred-twenty-first), hopes
  with their figures labelled ("Die Kommunen hoffen, dass ... noch rund drei Milliarden Euro
  ...", "Municipal associations said they hoped parliament would add about 3 billion euros
  ..."; hundred-twenty-fourth), a refusal to say ("declined to say how many business owners
  had moved abroad"; hundred-thirty-eighth), a spokeswoman's hyperbole (""Our phones have
  not stopped ringing,""), resolve ("We will not let Berlin tax our family firms out of
  existence," of Bavaria's finance minister; hundred-nineteenth), the critics' view and a
  mood ("Critics say the rule is being bent ...", "Many Germans have grown weary ..."),
  placards ("Care, not cannons."; hundred-forty-first), a sneer in the chamber ("Several
  speakers accused each other of living in a parallel universe."; eighty-fourth: an
  accusation without a checkable claim) and two vox pops with their figures labelled (the
  34-year-old farmer's parents' 40 years, a creed as „Wer 45 Jahre gearbeitet hat, ...“ in
  the hundred-thirty-eighth, and "Petra Ahlers, 47,"; hundred-twenty-fourth).
- Counts (every batch): tallies ("mit sechs zu zwei Stimmen", "ruled 6-2"), "Two of the
  eight judges" (a definite group, forty-first), "ein 23-seitiges abweichendes Votum" and "a
  23-page opinion" 23 (hundred-forty-first: "ein 37-seitiges abweichendes Votum"), "Bereits
  zweimal" 2 (the issue's "viermal"), "das Fünf-Punkte-Papier" 5 (the issue's
  "28-Punkte-Entwurf"), "unter 1.240 Mitgliedsfirmen" 1,240 with no hedge ("unter" names the
  survey's base, hundred-fifteenth), "rund 38.000 Unternehmen" and "about 38,000 companies",
  "rund 3.900 Menschen", "About 3,100 estates", "Germany's 16 federal states", "Germany's
  100 richest families", "120 meetings ..., four times the usual number" 120 and 4
  (hundred-thirty-first: "three times the aid"), "twice the rate" 2 (hundred-twenty-first:
  "more than twice the previous record"), "fast das Doppelte des Wertes von 2021" and
  "nearly double the level of 2021" 2 "nearly" (hundred-forty-first: "nearly double the
  area"), "in 40 cities", "46 amendments", "rund 45.000 Betriebsübergaben", "rund 1'900
  Personen" (the Swiss apostrophe, tenth), "at about 800, organisers at 2,500" (the hedge on
  the first only). None: "Zehntausende", "billions", "Milliardenhöhe", "jedem Euro", "every
  euro", "kein einziges", "keinen Geldkoffer", "SDax", "SDAX", "NATO", "Ende November".
- Ordinals and fractions (the issue; hundred-twentieth, hundred-thirty-first): "Der Erste
  Senat" and "The court's First Senate" 1 (hundred-forty-first: "der Ersten Kammer"), "das
  dritte Treffen der Runde" 3 (the issue's "das sechste Treffen"), "in der ersten
  Sitzungswoche" 1, "den zweiten Etat der Koalition" and "his second budget" 2, "for a
  second day" 2. Fractions: "gut jede fünfte" 0.2 "over", "knapp ein Drittel davon" and
  "nearly a third of them" 0.3333 "nearly" ("davon" no hedge), "die Hälfte aller
  Erbschaften" and "half of all inheritances" 0.5, "mehr als ein Fünftel des gesamten Etats"
  0.2 "over", "gut jeden siebten Euro" 0.1429 "over" (hundred-sixteenth: "About one in
  seven"), "Nearly a third of the investment" 0.3333 "nearly".
- Percentages: "bis zu 95 Prozent" and "up to 95%" "up_to", "rund 58 Prozent" "about", "15
  Prozent" and "a flat 15% rate", "20 Prozent", "die reichsten fünf Prozent der Haushalte
  rund 40 Prozent" (the hedge on the second only), "3,2 Prozent mehr als im laufenden Jahr"
  (the "mehr als" after the figure compares, hundred-first), "um 40 Prozent" and "by 40%",
  "1,3 Prozent" and "lediglich 0,9 Prozent" ("im Schnitt", "lediglich" no hedge,
  hundred-forty-first), "im Schnitt 14 Prozent weniger" (the "weniger" after the figure
  compares), "mehr als 45 Prozent" and "more than 45%" "over", "up from 39% in 2019", "at
  around 30%" "about", "66.2% in 2027 from 63.9% this year", "3.1% of gross domestic
  product", "a 30% rise", "by 14% over two years", "slid 0.8%"; basis points in bp ("um vier
  Basispunkte", "rose just 4 basis points" - "just" no hedge, hundred-forty-first).
- Durations and ages (the issue: "fünfstündigen"; every batch): "acht Jahre lang" and "for
  eight years" 8 years, "fast neun Jahre lang" 9 years "nearly", "vor neun Jahren" 9 years
  (thirtieth: "five years ago"), "über bis zu zehn Jahre" and "for up to 10 years" 10 years
  "up_to" ("über" before the hedge names the span, hundred-sixteenth), "in sechs Monaten" 6
  months, "in three days" 3 days, "binnen vier Wochen" 4 weeks (hundred-thirty-eighth:
  "binnen zwei Jahren"), "Nach einer gut sechsstündigen Sitzung" 6 hours "over"
  (hundred-forty-first: "gut neunzehnstündigen"), "in einer knapp einstündigen Rede" 1 hour
  "nearly" (the number word "ein" read as in "einwöchigen", hundred-first and
  hundred-thirty-eighth), "Nach gut dreistündiger Debatte" and "After more than three hours
  of debate" 3 hours "over", "a 55-minute speech" 55 minutes, "over two years" 2 years
  ("over" before a span no hedge, hundred-sixteenth), "for the following three years" 3
  years, bond maturities ("zehnjähriger Bundesanleihen", "10-year Bunds" 10 years;
  eighty-seventh: "der zehnjährigen Bundesanleihe"). Ages are durations in years ("eines
  58-jährigen Erben", "Der 58-Jährige", "a 58-year-old man", and in negatives "ein
  34-jähriger Landwirt", "Petra Ahlers, 47,"; "40 Jahre ... gearbeitet" and "for twenty
  years" in negatives). None: "im vergangenen Jahr", "im laufenden Jahr", "im Jahr",
  "jährlich", "jedes Jahr", "bis Jahresende", "seit dem Morgen", "seit Dienstag", "in der
  Nacht", "bis zur Sommerpause", "in der Herbstsession", "last year", "this year", "next
  year", "a year", "in recent years", "before the end of the year", "since Tuesday morning",
  "in late November", "by the end of August", weekdays and months ("am Dienstag", "in
  January", "in May", "in October", "in September").
- Money in the currency written (every batch): EUR ("rund 212 Milliarden Euro", "rund
  410.000 Euro", "rund 11,4 Milliarden Euro", "bis zu 10 Millionen Euro je Erbfall" "up_to"
  - "je Erbfall" none -, "mehr als zehn Millionen Euro", "mehr als 20 Millionen Euro", "more
  than 20 million euros" and "more than 5 million euros each" "over" ("each" none), "rund
  4,2 Millionen Euro", "mindestens fünf Milliarden Euro im Jahr" and "at least 5 billion
  euros a year" "at_least", "auf 31,7 Milliarden Euro" and "totalled 31.7 billion euros" -
  "totalled" no hedge -, "ab einer Million Euro" 1,000,000 - the issue reads number words,
  "ab" no hedge -, "gut 71 Milliarden Euro" "over", "um 9,1 Milliarden auf 94,3 Milliarden
  Euro" and "by 9.1 billion euros to 94.3 billion euros" both EUR (the currency written once
  serves the earlier figure, hundred-twenty-fourth), "fast 19 Milliarden" after "128,9
  Milliarden Euro" EUR "nearly" (the currency written once serves the later figure,
  hundred-seventeenth), "zwischen drei und sechs Milliarden Euro" and "between 3 billion and
  6 billion euros" both with no hedge (hundred-twenty-eighth: "zwischen dreieinhalb und
  sechs Milliarden Euro"; ninety-eighth: "4 million to 6 million euros"), "an estimated 23
  billion euros" "about" (hundred-twenty-fourth), "record investment of 128.9 billion euros"
  ("record" no hedge, twenty-third), "38 Cent" 0.38 - Cent are EUR hundredths,
  hundred-fifteenth and hundred-thirty-eighth -, and in the hopes "rund drei Milliarden
  Euro" and "about 3 billion euros" "about"); USD in brackets with no hedge ("($26.1
  billion)", "($12.9 billion)", "($465,000)", "($146 billion)", "($611 billion)", "($1.5
  billion)", "($24,600)"; eightieth); CHF ("ab einem Nachlass von 5 Millionen Franken" with
  no hedge, "around 20,000 Swiss francs" "about"). New: a cap set by a verb or a noun
  carries the limit and the figure has no hedge - "die Verschonung auf 10 Millionen Euro je
  Erbe zu begrenzen" and "proposing to cap relief at 10 million euros per heir" are
  10,000,000 EUR with qualifier None, as "with payments capped at $155,000"
  (hundred-fifteenth) and "the most any worker would lose was £1,000" (hundred-nineteenth),
  while "bis zu 10 Millionen Euro" in Trebitz's row is "up_to".
- Years and dates: "zwischen 2016 und 2024" and "between 2016 and 2024" both, "bis 2027",
  "by mid-2027" and "until mid-2027" 2027 (hundred-thirty-first: "by mid-2027"), "2024"
  opening a row, "bis 2030", "ab 2028", "für 2027", "den Haushaltsentwurf für 2027", "den
  Haushalt 2027", "Für die Jahre 2028 bis 2030" both, "von 2021", "the level of 2021", "in
  2027, up from 39% in 2019", "a 2027 budget", "the 2027 budget", and in negatives "ab
  2028", "from 2028", "bis Juni 2027" (the year; hundred-forty-first: "seit Oktober 2023")
  and "the government's 2027 budget"; "bis zum 30. Juni 2027", "vor dem 30. Juni 2027" and
  "before June 30, 2027," 2027-06-30 (hundred-second: "bis zum 31. Dezember 2026";
  hundred-twenty-fourth: "by July 1, 2026"), "am 12. November" and "on Nov. 12" --11-12,
  "for Nov. 28" --11-28 dates without a year; Reuters datelines with a day ("KARLSRUHE,
  Germany, May 26" with the country between city and day - ninety-ninth -, "BERLIN, May 27"
  in a negative, "FRANKFURT, May 29", "BERLIN, July 1", "BERLIN, July 2" in a negative,
  "BERLIN, Sept 24") dates without a year; dpa, Reuters German, AFP German, Keystone-SDA,
  APA, AP ("BERLIN (AP) —") and AFP ("BERLIN (AFP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "about", "About", "around", "an estimated" "about";
  "knapp", "fast", "nearly", "Nearly" "nearly"; "mehr als", "gut", "more than" "over";
  "mindestens", "at least" "at_least"; "bis zu", "up to" "up_to". No hedge: "Allein",
  "derzeit", "nur noch", "nur", "jeweils", "lediglich", "im Schnitt", "just", "totalled",
  "record", "each", "ab", "zwischen", "between", "unter" before a survey's base, "über"
  before a span or before "bis zu", "over" before a span, "mehr als" and "weniger" after a
  figure, "up from", "below" before an article, a cap set by "auf ... zu begrenzen" or "cap
  ... at".
- Speakers, checked only in forms the earlier batches settled: "sagte
  Gerichtsvizepräsidentin Sabine Keppler-Thiel bei der Urteilsverkündung" -> "Sabine
  Keppler-Thiel" (the title and the occasion dropped, hundred-thirty-first), "sagte
  Keppler-Thiel" the hyphenated surname as written (ninety-fifth), "Trebitz sagte, ..."
  (twice), "Vahlkamp sagte, ..." and "Altenhövel sagte, ..." opening the row (forty-second,
  hundred-thirty-first), "Verbandsvize Carsten Wellbrock sagte", "DIW-Ökonom Konstantin
  Wehrhahn sagte", "SPÖ-Abgeordnete Theresia Gsöllpointner sagte" and "Die Hamburger
  Steueranwältin Ilka Nordhoff sagte" the name with article, place and title dropped
  (hundred-fifteenth, hundred-thirty-first: "der Vorsitzende Richter Hendrik Leuschner"),
  "Sein Anwalt Till Brackwede sagte" (hundred-forty-first), "sagte Partner Reto Gisler"
  after a Konjunktiv I paraphrase and "sagte Dunst" after a quote (hundred-fourteenth),
  "Sandvoß zufolge" -> "Sandvoß" (hundred-thirty-first: "Imboden zufolge"), "nach Angaben
  des Statistischen Bundesamts" -> "das Statistische Bundesamt" (the capitalised adjective
  in the nominative, hundred-fifteenth), "nach Angaben des Bundesfinanzministeriums" -> "das
  Bundesfinanzministerium", "nach Angaben des Finanzministeriums" -> "das
  Finanzministerium", "nach Angaben des Bundesamts für Statistik" -> "das Bundesamt für
  Statistik" (hundred-twenty-fourth). English: "Presiding judge Sabine Keppler-Thiel said",
  "Finance Minister Joerg Altenhoevel said", "Hamburg tax lawyer Ilka Nordhoff said" and
  "Social Democrat Jana Trebitz said" the name with the title or description dropped
  (fifteenth, ninety-eighth, hundred-eighteenth), "Altenhoevel told reporters" ->
  "Altenhoevel" (ninety-eighth: "Bellamy told reporters"), "His lawyer, Till Brackwede,
  said" the name in apposition (hundred-forty-first), "Wellbrock said", "Vahlkamp said" and
  "Reichert said" as written, "Bergmann Privatbank said" and "Verdi said" as written
  (eighteenth: "Unison said"), "In a report published in January, Oxfam said" -> "Oxfam" and
  "the Federal Audit Office said in a report on Thursday" -> "the Federal Audit Office"
  (hundred-ninth, hundred-thirty-eighth), "according to the Federal Statistical Office" and
  "according to the finance ministry" with the article (ninety-eighth), "The Association of
  German Cities said ...", "The government said ..." and "The ministry said ..." opening the
  row -> the article in lower case (hundred-fourteenth, hundred-thirty-eighth,
  hundred-forty-first). New: "Bavaria said it would block the plan in the Bundesrat, ..." ->
  "Bavaria" - a federal state speaking through its government is an institution named as
  written, as "Fulham said" and "Unison said" (eighteenth). Left unchecked (None): "kündigte
  an" (three times), "forderte", "verwies darauf" and "verwies auf", "rechnete vor",
  "kritisierte", "warf ... vor", "accused", "demanded" (hundredth, hundred-twentieth,
  hundred-thirty-first), "Nach Berechnungen des Finanzministeriums", "Nach Berechnungen des
  DGB", "Nach IW-Berechnungen", "Laut einer Berechnung des Momentum Instituts", "Laut
  Entwurf", "according to calculations by the DGB union federation", "according to Reuters
  calculations based on the draft" (documents, hundred-twentieth and hundred-twenty-fourth),
  "Nach einer Umfrage des Verbands" (a survey, hundred-twenty-fourth), "von Reuters befragte
  Volkswirte" and "Economists polled by Reuters" (hundred-forty-first), "according to
  finance ministry data" and "official data show" (data), "estimated" (an estimating verb,
  hundred-tenth), "The business daily Handelsblatt reported" and the FAZ's "verwies darauf"
  (papers, hundred-twenty-fourth), "Union federation DGB said" (a description before the
  name, fortieth), "Reto Gisler, a partner at Zurich firm Gisler & Partner, said" (a
  description after the name, hundred-twenty-fourth), "The group said" (hundred-tenth), "he
  told lawmakers" and "she said" (pronouns), "Police put the number ... at about 800,
  organisers at 2,500" (two sources, hundred-twenty-fourth), "the court noted" and "rief ...
  zu" (above). New, left unchecked until settled: "Nach DIHK-Angaben" (a compound "Nach
  X-Angaben"), "The DIHK chambers of commerce said", "The BDI industry federation said" and
  "The Paritätischer welfare association said" (a name with its description after it, before
  the verb), "The finance ministry rejected the criticism, saying ..." (the saying in a
  participle after an act); rows without attribution and all negatives, also those with a
  named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string."""

# ruff: noqa: E501
BLIND_SET_146 = [
    # --- Karlsruhe kippt Steuerprivilegien für Firmenerben (dpa) ---
    (
        "de",
        "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat die weitreichenden Steuervergünstigungen für Erben von Familienunternehmen für verfassungswidrig erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Erste Senat entschied am Dienstag mit sechs zu zwei Stimmen, dass die Verschonung großer Betriebsvermögen gegen den Gleichheitsgrundsatz verstößt.",
        True,
        [("ordinal", 1, None, None), ("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Gesetzgeber muss die Regeln bis zum 30. Juni 2027 neu fassen, bis dahin bleiben sie in Kraft.",
        True,
        [("date", "2027-06-30", None, None)],
        None,
    ),
    (
        "de",
        "Derzeit können Erben bis zu 95 Prozent eines Betriebsvermögens steuerfrei übernehmen, wenn sie die Firma acht Jahre lang fortführen und die Lohnsumme halten.",
        True,
        [("percent", 95, "%", "up_to"), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Allein zwischen 2016 und 2024 seien so Betriebsvermögen von rund 212 Milliarden Euro ganz oder teilweise steuerfrei übertragen worden, sagte Gerichtsvizepräsidentin Sabine Keppler-Thiel bei der Urteilsverkündung.",
        True,
        [("year", 2016, None, None), ("year", 2024, None, None), ("money", 212000000000, "EUR", "about")],
        "Sabine Keppler-Thiel",
    ),
    (
        "de",
        "Die Arbeitsplätze in den begünstigten Firmen seien nach der Übergabe nicht sicherer gewesen als in anderen Betrieben, sagte Keppler-Thiel.",
        True,
        [],
        "Keppler-Thiel",
    ),
    (
        "de",
        "Steuergerechtigkeit sei „kein Luxus, den sich ein Staat nur in guten Jahren leistet“, fügte die Richterin hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Richter Gernot Faßbender und Claudia Wenzel-Horn legten ein 23-seitiges abweichendes Votum vor.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    ("de", "Darin warnen sie vor einem „Frontalangriff auf den Mittelstand“.", False, [], None),
    (
        "de",
        "Auslöser war die Vorlage des Bundesfinanzhofs im Fall eines 58-jährigen Erben aus Heilbronn, der für ein geerbtes Mietshaus rund 410.000 Euro Steuer zahlen musste.",
        True,
        [("duration", 58, "year", None), ("money", 410000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Länder nahmen im vergangenen Jahr nach Angaben des Statistischen Bundesamts rund 11,4 Milliarden Euro an Erbschaft- und Schenkungsteuer ein.",
        True,
        [("money", 11400000000, "EUR", "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Bereits zweimal zuvor hatte Karlsruhe das Erbschaftsteuerrecht beanstandet, zuletzt vor neun Jahren.",
        True,
        [("count", 2, None, None), ("duration", 9, "year", None)],
        None,
    ),
    # --- Germany's top court (Reuters) ---
    (
        "en",
        "KARLSRUHE, Germany, May 26 (Reuters) - Germany's Constitutional Court on Tuesday struck down tax breaks that let heirs to family businesses avoid most or all inheritance tax, ordering lawmakers to rewrite the rules by mid-2027.",
        True,
        [("date", "--05-26", None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The court's First Senate ruled 6-2 that the exemptions, worth an estimated 23 billion euros ($26.1 billion) a year to heirs, breached the constitution's guarantee of equal treatment.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 6, None, None),
            ("count", 2, None, None),
            ("money", 23000000000, "EUR", "about"),
            ("money", 26100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Under current law, heirs can claim relief on up to 95% of a firm's value if they keep it running for eight years and maintain its payroll.",
        True,
        [("percent", 95, "%", "up_to"), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Presiding judge Sabine Keppler-Thiel said about 212 billion euros of business assets had been handed down wholly or partly tax-free between 2016 and 2024 with no test of whether jobs were at risk.",
        True,
        [("money", 212000000000, "EUR", "about"), ("year", 2016, None, None), ("year", 2024, None, None)],
        "Sabine Keppler-Thiel",
    ),
    ("en", 'Tax fairness "is not a luxury a state can afford only in good years," she said.', False, [], None),
    (
        "en",
        "Two of the eight judges dissented, warning in a 23-page opinion that the decision could force heirs to sell firms to pay the tax.",
        True,
        [("count", 2, None, None), ("count", 8, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Joerg Altenhoevel said the government would present draft legislation before the end of the year.",
        True,
        [],
        "Joerg Altenhoevel",
    ),
    (
        "en",
        '"Those who inherit millions must pay their fair share - that is a matter of decency," Altenhoevel told reporters in Berlin.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Germany's 16 federal states, which receive all inheritance tax revenue, collected about 11.4 billion euros ($12.9 billion) from the levy last year, according to the Federal Statistical Office.",
        True,
        [("count", 16, None, None), ("money", 11400000000, "EUR", "about"), ("money", 12900000000, "USD", None)],
        "the Federal Statistical Office",
    ),
    (
        "en",
        "Economists expect the ruling to set off a rush of gifts from business owners to their children before the new rules take effect.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The SDAX index of smaller companies, home to many family-controlled firms, slid 0.8%.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    ("en", "The ruling is likely to reopen one of the most divisive debates in German politics.", False, [], None),
    (
        "en",
        "Whether the coalition can agree on a reform before the court's deadline is far from certain.",
        False,
        [],
        None,
    ),
    # --- The plaintiff (AP) ---
    (
        "en",
        "BERLIN (AP) — Germany's highest court ruled Tuesday that the country's inheritance tax unfairly favors the heirs of family businesses, a decision that could cost some of the nation's wealthiest families billions.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The case was brought by a 58-year-old man from the southwestern city of Heilbronn who paid about 410,000 euros ($465,000) in tax on an apartment building he inherited from an aunt.",
        True,
        [("duration", 58, "year", None), ("money", 410000, "EUR", "about"), ("money", 465000, "USD", None)],
        None,
    ),
    (
        "en",
        "A company of the same value would have passed to him tax-free under the current rules, the court noted.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"I never wanted to take anything from anyone, I just wanted equal treatment," the man told reporters outside the courthouse.',
        False,
        [],
        None,
    ),
    (
        "en",
        "His lawyer, Till Brackwede, said the man would not get his money back because the old rules stay in force until mid-2027.",
        True,
        [("year", 2027, None, None)],
        "Till Brackwede",
    ),
    ("en", 'Brackwede called the outcome "a victory with a bitter aftertaste."', False, [], None),
    (
        "en",
        "About 3,100 estates worth more than 5 million euros each were taxed in Germany last year, official data show.",
        True,
        [("count", 3100, None, "about"), ("money", 5000000, "EUR", "over")],
        None,
    ),
    ("en", "Family business groups reacted with dismay.", False, [], None),
    (
        "en",
        '"This is a black day for every baker, every carpenter and every machine builder in this country," said Carsten Wellbrock, deputy head of the Family Entrepreneurs association.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wellbrock said a typical mid-sized company would face a tax bill of about 4.2 million euros at handover if the exemptions were scrapped entirely.",
        True,
        [("money", 4200000, "EUR", "about")],
        "Wellbrock",
    ),
    # --- Reaktionen in Berlin (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Urteil aus Karlsruhe hat in der Hauptstadt ein gespaltenes Echo ausgelöst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzminister Jörg Altenhövel kündigte an, bis Jahresende einen Gesetzentwurf vorzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wer Millionen erbt, muss seinen fairen Beitrag leisten, das ist eine Frage des Anstands“, sagte Altenhövel.",
        False,
        [],
        None,
    ),
    ("de", "SPD-Fraktionsvize Jana Trebitz sprach von einem „Sieg für die hart arbeitende Mitte“.", False, [], None),
    (
        "de",
        "Trebitz sagte, ihre Fraktion wolle Betriebsvermögen künftig nur noch bis zu 10 Millionen Euro je Erbfall verschonen.",
        True,
        [("money", 10000000, "EUR", "up_to")],
        "Trebitz",
    ),
    (
        "de",
        "Unionsfraktionsvize Ansgar Hollmann nannte das Urteil „einen Weckruf, aber keinen Freibrief für Steuererhöhungen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollmann verwies darauf, dass in Familienunternehmen rund 58 Prozent aller sozialversicherungspflichtig Beschäftigten arbeiten.",
        True,
        [("percent", 58, "%", "about")],
        None,
    ),
    ("de", "Die Grünen nannten die bisherigen Regeln „ein Steuerschlupfloch mit Verfassungsrang“.", False, [], None),
    (
        "de",
        "Grünen-Finanzpolitikerin Mareike Dunst forderte einen einheitlichen Satz von 15 Prozent auf alle Betriebsvermögen ohne Ausnahmen.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    ("de", "„Das ist ein Urteil gegen die Erbenrepublik“, sagte Linken-Finanzpolitiker Ole Sandvoß.", False, [], None),
    (
        "de",
        "Sandvoß zufolge erben in Deutschland jedes Jahr rund 3.900 Menschen Vermögen von jeweils mehr als zehn Millionen Euro.",
        True,
        [("count", 3900, None, "about"), ("money", 10000000, "EUR", "over")],
        "Sandvoß",
    ),
    (
        "de",
        "Die AfD sprach von einer „Enteignung mit Ansage“ und kündigte an, im Bundestag gegen jede Verschärfung zu stimmen.",
        True,
        [],
        None,
    ),
    ("de", "Ob sich die Koalition bis zur Sommerpause auf Eckpunkte einigt, ist offen.", False, [], None),
    # --- Wirtschaft und Gewerkschaften (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Wirtschaftsverbände haben das Urteil als Gefahr für Zehntausende Familienbetriebe gebrandmarkt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband Die Familienunternehmer sprach von einem „schwarzen Tag für den Standort Deutschland“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Umfrage des Verbands unter 1.240 Mitgliedsfirmen erwägt gut jede fünfte, Betriebsteile vor einer Reform zu verkaufen oder ins Ausland zu verlagern.",
        True,
        [("count", 1240, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Verbandsvize Carsten Wellbrock sagte, ein durchschnittlicher Mittelständler müsse bei einer Übergabe ohne Verschonung mit einer Steuerlast von rund 4,2 Millionen Euro rechnen.",
        True,
        [("money", 4200000, "EUR", "about")],
        "Carsten Wellbrock",
    ),
    (
        "de",
        "„Wer einen Betrieb vererbt, vererbt Verantwortung und keinen Geldkoffer“, sagte Wellbrock.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Industrie- und Handelskammer warnte vor einer Welle von Firmenverkäufen an Finanzinvestoren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach DIHK-Angaben suchen derzeit rund 38.000 Unternehmen einen Nachfolger, knapp ein Drittel davon im Handwerk.",
        True,
        [("count", 38000, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("de", "Der Deutsche Gewerkschaftsbund begrüßte das Urteil als „überfällig“.", False, [], None),
    (
        "de",
        "DGB-Vorstand Kerstin Vahlkamp forderte, die Mehreinnahmen von mindestens fünf Milliarden Euro im Jahr in Schulen und Kitas zu stecken.",
        True,
        [("money", 5000000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Vahlkamp sagte, die Hälfte aller Erbschaften von mehr als 20 Millionen Euro gehe derzeit steuerfrei an die Erben.",
        True,
        [("fraction", 0.5, None, None), ("money", 20000000, "EUR", "over")],
        "Vahlkamp",
    ),
    ("de", "Verdi nannte die Verschonungsregeln „Sozialismus für Superreiche“.", False, [], None),
    (
        "de",
        "Ökonomen rechnen damit, dass viele Unternehmer ihre Firmen nun noch rasch an ihre Kinder verschenken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schenkungen von Betriebsvermögen summierten sich nach Angaben des Bundesfinanzministeriums im vergangenen Jahr auf 31,7 Milliarden Euro.",
        True,
        [("money", 31700000000, "EUR", None)],
        "das Bundesfinanzministerium",
    ),
    # --- Der Kläger (AFP) ---
    ("de", "Karlsruhe (AFP) - Für den Kläger aus Heilbronn ist das Urteil ein später Triumph.", False, [], None),
    (
        "de",
        "Der 58-Jährige hatte sich fast neun Jahre lang durch die Instanzen geklagt.",
        True,
        [("duration", 58, "year", None), ("duration", 9, "year", "nearly")],
        None,
    ),
    (
        "de",
        "„Ich wollte nie jemandem etwas wegnehmen, ich wollte nur gleich behandelt werden“, sagte er nach der Verkündung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sein Anwalt Till Brackwede sagte, sein Mandant bekomme die gezahlte Steuer trotz des Urteils nicht zurück, weil die alten Regeln bis 2027 gelten.",
        True,
        [("year", 2027, None, None)],
        "Till Brackwede",
    ),
    ("de", "Brackwede nannte das Ergebnis „einen Sieg mit bitterem Beigeschmack“.", False, [], None),
    (
        "de",
        "Die Hamburger Steueranwältin Ilka Nordhoff sagte, ihre Kanzlei habe seit dem Morgen mehr als 60 Anfragen von Unternehmerfamilien erhalten.",
        True,
        [("count", 60, None, "over")],
        "Ilka Nordhoff",
    ),
    (
        "de",
        "Schenkungen, die vor dem 30. Juni 2027 vollzogen werden, fallen nach dem Urteil noch unter das alte Recht.",
        True,
        [("date", "2027-06-30", None, None)],
        None,
    ),
    (
        "de",
        "Der Bund der Steuerzahler hält das Urteil für „handwerklich sauber, aber politisch brandgefährlich“.",
        False,
        [],
        None,
    ),
    # --- Reactions (Reuters) ---
    (
        "en",
        "BERLIN, May 27 (Reuters) - German business groups warned on Wednesday that a landmark ruling on inheritance tax could push family firms into the arms of private equity, while unions and campaigners hailed it as overdue.",
        False,
        [("date", "--05-27", None, None)],
        None,
    ),
    (
        "en",
        "The DIHK chambers of commerce said about 38,000 companies were looking for a successor, nearly a third of them in the skilled trades.",
        True,
        [("count", 38000, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Union federation DGB said at least 5 billion euros a year in extra revenue should go to schools and daycare.",
        True,
        [("money", 5000000000, "EUR", "at_least")],
        None,
    ),
    (
        "en",
        '"This ruling is long overdue and it is a good day for fairness," said DGB board member Kerstin Vahlkamp.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vahlkamp said half of all inheritances worth more than 20 million euros currently passed to heirs tax-free.",
        True,
        [("fraction", 0.5, None, None), ("money", 20000000, "EUR", "over")],
        "Vahlkamp",
    ),
    ("en", 'Oxfam called the exemptions "a handout dressed up as job protection."', False, [], None),
    (
        "en",
        "In a report published in January, Oxfam said the wealth of Germany's 100 richest families had grown by 14% over two years.",
        True,
        [("count", 100, None, None), ("percent", 14, "%", None), ("duration", 2, "year", None)],
        "Oxfam",
    ),
    (
        "en",
        "Konstantin Wehrhahn, an economist at the DIW institute, estimated that a reform could raise between 3 billion and 6 billion euros a year for the states.",
        True,
        [("money", 3000000000, "EUR", None), ("money", 6000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        'The Ifo institute\'s tax expert Friederike Saalfeld said the ruling risked "a slow bleeding of the Mittelstand."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in family-controlled companies listed in Frankfurt lagged the broader market for a second day.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Analysts at Corvus Economics said markets were overreacting.", False, [], None),
    (
        "en",
        "The opposition Greens demanded a flat 15% rate on all business assets, with no exemptions.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        'The far-right Alternative for Germany called the ruling "expropriation foretold" and said it would vote against any tightening.',
        True,
        [],
        None,
    ),
    (
        "en",
        "It was not immediately clear how the coalition's two partners would bridge their differences.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    # --- The papers and the lawyers (AFP) ---
    (
        "en",
        "BERLIN (AFP) - German newspapers were split on Wednesday over the inheritance tax ruling, with conservative titles warning of an exodus of entrepreneurs.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The Frankfurter Allgemeine Zeitung called it "a verdict against the Mittelstand, delivered in the name of fairness."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Left-leaning taz said the judges had done "what politicians have lacked the courage to do for twenty years."',
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "The business daily Handelsblatt reported that tax advisers had seen a 30% rise in inquiries about moving holding companies abroad since the court's hearing in October.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "Hamburg tax lawyer Ilka Nordhoff said her firm had received more than 60 inquiries from business families since Tuesday morning.",
        True,
        [("count", 60, None, "over")],
        "Ilka Nordhoff",
    ),
    ("en", '"Panic is setting in, and panic is a bad tax adviser," Nordhoff said.', False, [], None),
    (
        "en",
        "Gifts completed before June 30, 2027, will still be taxed under the old rules, she said.",
        True,
        [("date", "2027-06-30", None, None)],
        None,
    ),
    (
        "en",
        'The campaign group Finanzwende said the ruling showed that "lobbying cannot buy a constitution."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The group said family business associations had spent 9.6 million euros on lobbying in Berlin last year, citing the Bundestag's lobby register.",
        True,
        [("money", 9600000, "EUR", None)],
        None,
    ),
    (
        "en",
        '"Who will still want to take over a bakery in this country?" the head of a regional crafts chamber asked on public radio.',
        False,
        [],
        None,
    ),
    # --- Schweizer Treuhänder (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Nach dem Karlsruher Urteil melden sich bei Schweizer Treuhändern deutlich mehr deutsche Unternehmerfamilien.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei der Zürcher Kanzlei Gisler & Partner seien seit Dienstag 35 Anfragen eingegangen, so viele wie sonst in sechs Monaten, sagte Partner Reto Gisler.",
        True,
        [("count", 35, None, None), ("duration", 6, "month", None)],
        "Reto Gisler",
    ),
    ("de", "«Die Schweiz ist kein Steuerparadies, aber sie ist berechenbar», sagte Gisler.", False, [], None),
    (
        "de",
        "Der Industrieverband Swissmem begrüsste, dass der Werkplatz Schweiz für Unternehmerfamilien attraktiv bleibe.",
        False,
        [],
        None,
    ),
    ("de", "Die SP sprach von «Steuerflüchtlingen, die niemand braucht».", False, [], None),
    (
        "de",
        "Die Partei will in der Herbstsession einen Vorstoss für eine nationale Erbschaftssteuer von 20 Prozent ab einem Nachlass von 5 Millionen Franken einreichen.",
        True,
        [("percent", 20, "%", None), ("money", 5000000, "CHF", None)],
        None,
    ),
    ("de", "Wie viele Familien tatsächlich umziehen, lässt sich laut Gisler noch nicht abschätzen.", False, [], None),
    (
        "de",
        "2024 zogen nach Angaben des Bundesamts für Statistik rund 1'900 Personen mit deutschem Pass in den Kanton Zug.",
        True,
        [("year", 2024, None, None), ("count", 1900, None, "about")],
        "das Bundesamt für Statistik",
    ),
    # --- Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Das Karlsruher Urteil hat in Österreich die Debatte über eine Erbschaftssteuer neu angefacht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "SPÖ-Abgeordnete Theresia Gsöllpointner sagte, eine Steuer auf Erbschaften ab einer Million Euro würde jährlich rund 1,5 Milliarden Euro bringen.",
        True,
        [("money", 1000000, "EUR", None), ("money", 1500000000, "EUR", "about")],
        "Theresia Gsöllpointner",
    ),
    ("de", "„Wer Eigentum besteuert, vertreibt die Betriebe aus dem Land“, hieß es dazu aus der ÖVP.", False, [], None),
    (
        "de",
        "Im Regierungsprogramm haben ÖVP, SPÖ und NEOS neue Vermögens- und Erbschaftssteuern ausgeschlossen.",
        True,
        [],
        None,
    ),
    ("de", "Die NEOS nannten die Debatte eine „Phantomdiskussion“.", False, [], None),
    (
        "de",
        "Laut einer Berechnung des Momentum Instituts erben die reichsten fünf Prozent der Haushalte rund 40 Prozent des gesamten Erbvolumens.",
        True,
        [("percent", 5, "%", None), ("percent", 40, "%", "about")],
        None,
    ),
    ("de", "Die Agenda Austria hält diese Zahlen für „politisch gefärbt“.", False, [], None),
    (
        "de",
        "Die Wirtschaftskammer verwies auf rund 45.000 Betriebsübergaben, die bis 2030 anstehen.",
        True,
        [("count", 45000, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "„Meine Eltern haben 40 Jahre für diesen Hof gearbeitet, da soll der Staat nicht mitnaschen“, sagte ein 34-jähriger Landwirt aus dem Mühlviertel.",
        False,
        [("duration", 40, "year", None), ("duration", 34, "year", None)],
        None,
    ),
    # --- Advisers and gifts (Reuters) ---
    (
        "en",
        "FRANKFURT, May 29 (Reuters) - German private banks and tax advisers are fielding a wave of calls from business owners who want to hand their firms to their children before the rules change.",
        True,
        [("date", "--05-29", None, None)],
        None,
    ),
    (
        "en",
        "Bergmann Privatbank said it had scheduled 120 meetings with clients on succession planning for June, four times the usual number.",
        True,
        [("count", 120, None, None), ("count", 4, None, None)],
        "Bergmann Privatbank",
    ),
    ("en", '"Our phones have not stopped ringing," a spokeswoman for the bank said.', False, [], None),
    (
        "en",
        "Gifts of business assets totalled 31.7 billion euros last year, according to finance ministry data.",
        True,
        [("money", 31700000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Tax lawyers warned that rushed gifts could backfire if families fell out or if the heirs were too young to run the business.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Most Swiss cantons exempt children from inheritance tax, and the canton of Schwyz levies none at all.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Reto Gisler, a partner at Zurich firm Gisler & Partner, said it had received 35 inquiries from German families in three days, with a first consultation costing around 20,000 Swiss francs ($24,600).",
        True,
        [
            ("count", 35, None, None),
            ("duration", 3, "day", None),
            ("money", 20000, "CHF", "about"),
            ("money", 24600, "USD", None),
        ],
        None,
    ),
    ("en", '"Switzerland is not a tax haven, but it is predictable," Gisler said.', False, [], None),
    (
        "en",
        "Germany's finance ministry declined to say how many business owners had moved abroad in recent years.",
        False,
        [],
        None,
    ),
    ("en", "Advisers expect many families to wait for the draft law before making any move.", False, [], None),
    # --- Koalitionsausschuss (dpa) ---
    (
        "de",
        "Berlin (dpa) - Nach einer gut sechsstündigen Sitzung hat sich der Koalitionsausschuss in der Nacht auf Eckpunkte für eine neue Erbschaftsteuer geeinigt.",
        True,
        [("duration", 6, "hour", "over")],
        None,
    ),
    (
        "de",
        "Es war das dritte Treffen der Runde zur Erbschaftsteuer binnen vier Wochen.",
        True,
        [("ordinal", 3, None, None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Das Fünf-Punkte-Papier sieht vor, die Verschonung auf 10 Millionen Euro je Erbe zu begrenzen.",
        True,
        [("count", 5, None, None), ("money", 10000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Steuer soll zudem zinslos über bis zu zehn Jahre gestundet werden können.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    ("de", "Altenhövel sprach von einem „fairen Kompromiss, der niemanden überfordert“.", False, [], None),
    (
        "de",
        "Nach Berechnungen des Finanzministeriums bringt die Reform den Ländern ab 2028 rund 3,8 Milliarden Euro im Jahr zusätzlich.",
        True,
        [("year", 2028, None, None), ("money", 3800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Familienunternehmer nannten das Papier „das Ende des Mittelstands, wie wir ihn kennen“.",
        False,
        [],
        None,
    ),
    ("de", "Bayern kündigte an, die Pläne im Bundesrat zu blockieren.", True, [], None),
    (
        "de",
        "Ob der Zeitplan bis Juni 2027 zu halten ist, bezweifeln selbst Koalitionspolitiker.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Haushalt 2027 (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Bundeskabinett hat den Haushaltsentwurf für 2027 gebilligt, der Ausgaben von 538,4 Milliarden Euro vorsieht.",
        True,
        [("year", 2027, None, None), ("money", 538400000000, "EUR", None)],
        None,
    ),
    ("de", "Das sind 3,2 Prozent mehr als im laufenden Jahr.", True, [("percent", 3.2, "%", None)], None),
    (
        "de",
        "Die Neuverschuldung im Kernhaushalt soll bei 84,7 Milliarden Euro liegen, hinzu kommen Kredite von gut 71 Milliarden Euro aus den Sondervermögen.",
        True,
        [("money", 84700000000, "EUR", None), ("money", 71000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für Investitionen sind 128,9 Milliarden Euro eingeplant, so viel wie nie zuvor.",
        True,
        [("money", 128900000000, "EUR", None)],
        None,
    ),
    ("de", "Finanzminister Altenhövel sprach von einem „Haushalt des Aufbruchs“.", False, [], None),
    (
        "de",
        "Altenhövel sagte, Mehreinnahmen aus der Erbschaftsteuerreform seien in dem Entwurf noch nicht eingerechnet.",
        True,
        [],
        "Altenhövel",
    ),
    (
        "de",
        "Für die Jahre 2028 bis 2030 klafft in der Finanzplanung eine Lücke von rund 176 Milliarden Euro.",
        True,
        [("year", 2028, None, None), ("year", 2030, None, None), ("money", 176000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wir werden diese Lücke schließen, ohne die Menschen im Land zu überfordern“, versicherte Altenhövel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zinsausgaben steigen nach Angaben des Finanzministeriums auf 37,6 Milliarden Euro und damit auf fast das Doppelte des Wertes von 2021.",
        True,
        [("money", 37600000000, "EUR", None), ("count", 2, None, "nearly"), ("year", 2021, None, None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Der Verteidigungsetat wächst kräftig, um 9,1 Milliarden auf 94,3 Milliarden Euro.",
        True,
        [("money", 9100000000, "EUR", None), ("money", 94300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bundestag soll den Etat in der ersten Sitzungswoche nach der Sommerpause beraten und Ende November beschließen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Budget (Reuters) ---
    (
        "en",
        "BERLIN, July 1 (Reuters) - Germany's cabinet approved a 2027 budget on Wednesday with record investment of 128.9 billion euros ($146 billion), but left a gap of about 176 billion euros in its plans for the following three years.",
        True,
        [
            ("date", "--07-01", None, None),
            ("year", 2027, None, None),
            ("money", 128900000000, "EUR", None),
            ("money", 146000000000, "USD", None),
            ("money", 176000000000, "EUR", "about"),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Total spending is set to rise 3.2% to 538.4 billion euros ($611 billion), while fresh borrowing in the core budget is to fall to 84.7 billion euros.",
        True,
        [
            ("percent", 3.2, "%", None),
            ("money", 538400000000, "EUR", None),
            ("money", 611000000000, "USD", None),
            ("money", 84700000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Including the special funds for infrastructure and defence, borrowing will total about 156 billion euros.",
        True,
        [("money", 156000000000, "EUR", "about")],
        None,
    ),
    ("en", 'Finance Minister Joerg Altenhoevel called it "a budget of new beginnings."', False, [], None),
    (
        "en",
        "Altenhoevel told reporters the plan did not yet include any revenue from the inheritance tax reform ordered by the Constitutional Court in May.",
        True,
        [],
        "Altenhoevel",
    ),
    (
        "en",
        "Defence spending will rise by 9.1 billion euros to 94.3 billion euros, lifting military outlays counted under NATO rules to 3.1% of gross domestic product.",
        True,
        [("money", 9100000000, "EUR", None), ("money", 94300000000, "EUR", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Interest payments are expected to climb steeply to 37.6 billion euros, nearly double the level of 2021.",
        True,
        [("money", 37600000000, "EUR", None), ("count", 2, None, "nearly"), ("year", 2021, None, None)],
        None,
    ),
    ("en", '"We will close this gap without overburdening people," Altenhoevel said.', False, [], None),
    (
        "en",
        "Economists polled by Reuters expect the economy to grow 0.9% next year, below the government's forecast of 1.3%.",
        True,
        [("percent", 0.9, "%", None), ("percent", 1.3, "%", None)],
        None,
    ),
    ("en", 'The Greens called it "a budget of postponement" that ducked every hard choice.', False, [], None),
    ("en", "Parliament is due to adopt the budget in late November.", True, [], None),
    ("en", "Investors see little risk that Germany will lose its top-notch credit rating.", False, [], None),
    # --- A budget for roads and tanks (AP) ---
    (
        "en",
        "BERLIN (AP) — Germany's government on Wednesday approved a budget that pours record sums into roads, railways and the military while squeezing some welfare programs.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The plan cuts funding for job training by 1.3 billion euros ($1.5 billion), according to calculations by the DGB union federation.",
        True,
        [("money", 1300000000, "EUR", None), ("money", 1500000000, "USD", None)],
        None,
    ),
    (
        "en",
        'Welfare groups accused the government of balancing the books "on the backs of the poorest."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Paritätischer welfare association said funding for migration counseling would be cut by 40%.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        '"How do you explain to a nurse that there is money for tanks but not for her hospital?" asked Ole Sandvoss, a Left Party lawmaker.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pensions are the biggest item in the federal budget, with subsidies to the statutory pension system set to reach 127.5 billion euros next year.",
        True,
        [("money", 127500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The government said the budget complied with the debt brake, the constitutional limit on structural borrowing.",
        True,
        [],
        "the government",
    ),
    ("en", "Critics say the rule is being bent through the use of off-budget special funds.", False, [], None),
    (
        "en",
        'Petra Ahlers, 47, a nurse in Dortmund, said she had stopped following the budget debates: "They always find money, just never for us."',
        False,
        [("duration", 47, "year", None)],
        None,
    ),
    ("en", "Many Germans have grown weary of the constant wrangling over the nation's finances.", False, [], None),
    ("en", "The budget now goes to parliament, where the governing coalition has a narrow majority.", True, [], None),
    # --- Kritik am Haushalt (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Haushaltsentwurf stößt bei Verbänden und Opposition auf scharfe Kritik.",
        False,
        [],
        None,
    ),
    ("de", "Der Bund der Steuerzahler sprach von einem „Schuldenhaushalt im Rekordtempo“.", False, [], None),
    (
        "de",
        "Der Verband rechnete vor, dass der Bund 2027 gut jeden siebten Euro seiner Steuereinnahmen für Zinsen ausgibt.",
        True,
        [("year", 2027, None, None), ("fraction", 0.1429, None, "over")],
        None,
    ),
    ("de", "Der DGB nannte den Entwurf „mutlos und sozial unausgewogen“.", False, [], None),
    (
        "de",
        "Nach Berechnungen des DGB sinken die Mittel für die Arbeitsmarktförderung drastisch, um 1,3 Milliarden Euro.",
        True,
        [("money", 1300000000, "EUR", None)],
        None,
    ),
    ("de", "Die Arbeitgeberverbände vermissten „jeden Ehrgeiz bei den Sozialausgaben“.", False, [], None),
    (
        "de",
        "Laut Entwurf steigen die Zuschüsse an die Rentenversicherung auf 127,5 Milliarden Euro, mehr als ein Fünftel des gesamten Etats.",
        True,
        [("money", 127500000000, "EUR", None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Der Paritätische Gesamtverband warf der Regierung vor, „auf dem Rücken der Ärmsten“ zu sparen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband kritisierte zudem, dass die Mittel für die Migrationsberatung um 40 Prozent gekürzt werden.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "„Dieser Haushalt ist ein Verschiebebahnhof, kein Zukunftsplan“, sagte Grünen-Haushälterin Mareike Dunst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Von den 128,9 Milliarden Euro für Investitionen sind fast 19 Milliarden bloß umgebuchte Altprojekte“, sagte Dunst.",
        True,
        [("money", 128900000000, "EUR", None), ("money", 19000000000, "EUR", "nearly")],
        "Dunst",
    ),
    (
        "de",
        "„Wie erklären Sie einer Pflegekraft, dass für Panzer Geld da ist und für ihr Krankenhaus nicht?“, fragte Linken-Politiker Sandvoß.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Greenpeace kritisierte, dass der Klima- und Transformationsfonds um 2,4 Milliarden Euro schrumpft.",
        True,
        [("money", 2400000000, "EUR", None)],
        None,
    ),
    ("de", "Die Umweltorganisation nannte das „klimapolitische Arbeitsverweigerung“.", False, [], None),
    (
        "de",
        "Die Kommunen hoffen, dass der Bund im parlamentarischen Verfahren noch rund drei Milliarden Euro für Kitas nachlegt.",
        False,
        [("money", 3000000000, "EUR", "about")],
        None,
    ),
    # --- Ökonomen zum Haushalt (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Ökonomen halten die Wachstumsannahmen des Haushaltsentwurfs für zu optimistisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung rechnet für 2027 mit einem Wachstum von 1,3 Prozent, von Reuters befragte Volkswirte erwarten im Schnitt lediglich 0,9 Prozent.",
        True,
        [("year", 2027, None, None), ("percent", 1.3, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "DIW-Ökonom Konstantin Wehrhahn sagte, die Erbschaftsteuerreform könne den Ländern je nach Ausgestaltung zwischen drei und sechs Milliarden Euro im Jahr bringen.",
        True,
        [("money", 3000000000, "EUR", None), ("money", 6000000000, "EUR", None)],
        "Konstantin Wehrhahn",
    ),
    ("de", "„Der Haushalt kauft Zeit, aber er löst kein einziges Strukturproblem“, sagte Wehrhahn.", False, [], None),
    (
        "de",
        "Die Ifo-Steuerexpertin Friederike Saalfeld warnte, eine zu strenge Reform könne Investitionen in Milliardenhöhe kosten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Saalfeld verwies auf eine Ifo-Studie, nach der Familienfirmen nach einer steuerpflichtigen Übergabe im Schnitt 14 Prozent weniger investieren.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Das Institut der deutschen Wirtschaft bezeichnete die Investitionsoffensive als „Etikettenschwindel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach IW-Berechnungen fließen von jedem Euro neuer Schulden nur 38 Cent in zusätzliche Investitionen.",
        True,
        [("money", 0.38, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen stieg nach Vorlage der Eckwerte um vier Basispunkte auf 2,71 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 2.71, "%", None)],
        None,
    ),
    (
        "de",
        "Ob die Schuldenbremse ab 2028 noch einzuhalten ist, bezweifeln viele Volkswirte.",
        False,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Business and economists on the budget (Reuters) ---
    (
        "en",
        "BERLIN, July 2 (Reuters) - German business leaders and economists gave a cool reception on Thursday to the government's 2027 budget, saying it did too little to revive a stagnating economy.",
        False,
        [("date", "--07-02", None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The BDI industry federation said Germany's combined tax burden on companies would stay at around 30%, among the highest in the industrialised world.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "The BDA employers' federation called the budget's approach to social spending \"a policy of looking the other way.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Social spending will account for more than 45% of federal outlays in 2027, up from 39% in 2019, according to Reuters calculations based on the draft.",
        True,
        [
            ("percent", 45, "%", "over"),
            ("year", 2027, None, None),
            ("percent", 39, "%", None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        'Anja Reichert, chief economist at Corvus Economics, said the growth forecast was "built on hope rather than data."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Reichert said the government assumed private consumption would rise 1.6% next year, twice the rate forecast by most private-sector economists.",
        True,
        [("percent", 1.6, "%", None), ("count", 2, None, None)],
        "Reichert",
    ),
    ("en", '"Germany is running on credit and good intentions," said Reichert.', False, [], None),
    (
        "en",
        "Verdi said it would stage protests in 40 cities in September against cuts to social programmes.",
        True,
        [("count", 40, None, None)],
        "Verdi",
    ),
    ("en", 'A Verdi official called the budget "an insult to every care worker."', False, [], None),
    (
        "en",
        "Germany's debt-to-GDP ratio is projected to rise to 66.2% in 2027 from 63.9% this year, according to the finance ministry.",
        True,
        [("percent", 66.2, "%", None), ("year", 2027, None, None), ("percent", 63.9, "%", None)],
        "the finance ministry",
    ),
    (
        "en",
        "The yield on 10-year Bunds rose just 4 basis points after the budget was published.",
        True,
        [("duration", 10, "year", None), ("percent", 4, "bp", None)],
        None,
    ),
    (
        "en",
        "Many economists doubt that the debt brake can be met from 2028 without spending cuts or tax rises.",
        False,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Municipal associations said they hoped parliament would add about 3 billion euros for daycare centres.",
        False,
        [("money", 3000000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The Association of German Cities said local authorities had run a combined deficit of 24.8 billion euros last year, the largest since reunification.",
        True,
        [("money", 24800000000, "EUR", None)],
        "the Association of German Cities",
    ),
    # --- Erste Lesung im Bundestag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Mit einem heftigen Schlagabtausch hat der Bundestag am Dienstag die Beratungen über den Haushalt 2027 aufgenommen, den zweiten Etat der Koalition.",
        True,
        [("year", 2027, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Altenhövel verteidigte den Entwurf in einer knapp einstündigen Rede gegen den Vorwurf, er schiebe die Probleme in die Zukunft.",
        True,
        [("duration", 1, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "„Wir investieren so viel wie nie, und wir tun es mit Maß“, rief Altenhövel den Abgeordneten zu.",
        True,
        [],
        None,
    ),
    ("de", "„Dieser Haushalt ist auf Sand gebaut“, hielt ein AfD-Redner dagegen.", False, [], None),
    (
        "de",
        "Dunst warf dem Minister vor, 2,4 Milliarden Euro aus dem Klimafonds in den Straßenbau umzuschichten.",
        True,
        [("money", 2400000000, "EUR", None)],
        None,
    ),
    ("de", "Sandvoß nannte den Etat „ein Dokument der sozialen Kälte“.", False, [], None),
    (
        "de",
        "Trebitz sagte, die Koalition wolle im Verfahren noch 1,2 Milliarden Euro für marode Schwimmbäder und Sporthallen bereitstellen.",
        True,
        [("money", 1200000000, "EUR", None)],
        "Trebitz",
    ),
    ("de", "„Wir lassen keine Turnhalle verfallen“, versprach Trebitz.", False, [], None),
    (
        "de",
        "Nach gut dreistündiger Debatte überwies das Parlament den Entwurf an den Haushaltsausschuss.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "de",
        "Der Ausschuss will seine Beratungen in der Bereinigungssitzung am 12. November abschließen.",
        True,
        [("date", "--11-12", None, None)],
        None,
    ),
    (
        "de",
        "Die „Süddeutsche Zeitung“ schrieb in einem Kommentar, der Minister zeige „mehr Mut zur Lücke als zur Reform“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Frankfurter Allgemeine Zeitung“ verwies darauf, dass die Sozialausgaben inzwischen mehr als 45 Prozent des Etats ausmachen.",
        True,
        [("percent", 45, "%", "over")],
        None,
    ),
    # --- The debate in parliament (AFP) ---
    (
        "en",
        "BERLIN (AFP) - German lawmakers clashed bitterly on Tuesday as parliament opened its debate on the 2027 budget.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Joerg Altenhoevel defended his second budget in a 55-minute speech, rejecting claims that he was pushing problems into the future.",
        True,
        [("ordinal", 2, None, None), ("duration", 55, "minute", None)],
        None,
    ),
    (
        "en",
        '"We are investing more than ever, and we are doing it with a sense of proportion," he told lawmakers.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Greens budget spokeswoman Mareike Dunst accused him of shifting 2.4 billion euros from the climate fund into road building.",
        True,
        [("money", 2400000000, "EUR", None)],
        None,
    ),
    ("en", '"This budget is a shunting yard, not a plan for the future," Dunst said.', False, [], None),
    (
        "en",
        "The far-right AfD tabled 46 amendments, all of them calling for cuts to climate and development spending.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    ("en", 'An AfD speaker called the budget "a monument to ideological waste."', False, [], None),
    (
        "en",
        "Social Democrat Jana Trebitz said the coalition planned to add 1.2 billion euros for the repair of swimming pools and sports halls.",
        True,
        [("money", 1200000000, "EUR", None)],
        "Jana Trebitz",
    ),
    ("en", '"No gym in this country will be left to crumble," she promised.', False, [], None),
    (
        "en",
        "After more than three hours of debate, the budget was referred to the budget committee, which is due to finish its work on Nov. 12.",
        True,
        [("duration", 3, "hour", "over"), ("date", "--11-12", None, None)],
        None,
    ),
    ("en", "The final vote is scheduled for Nov. 28.", True, [("date", "--11-28", None, None)], None),
    ("en", 'Outside the Reichstag, protesters waved placards reading "Care, not cannons."', False, [], None),
    (
        "en",
        "Police put the number of protesters at about 800, organisers at 2,500.",
        True,
        [("count", 800, None, "about"), ("count", 2500, None, None)],
        None,
    ),
    ("en", "Several speakers accused each other of living in a parallel universe.", False, [], None),
    # --- The audit office and the reform draft (Reuters) ---
    (
        "en",
        "BERLIN, Sept 24 (Reuters) - Nearly a third of the investment in the 2027 budget was not new spending but money shifted from the core budget into special funds, the Federal Audit Office said in a report on Thursday.",
        True,
        [("date", "--09-24", None, None), ("fraction", 0.3333, None, "nearly"), ("year", 2027, None, None)],
        "the Federal Audit Office",
    ),
    (
        "en",
        'The office called the practice "creative bookkeeping that erodes trust in the debt brake."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The finance ministry rejected the criticism, saying every euro of investment was listed in the budget.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The ministry said 41.2 billion euros from the infrastructure fund had been committed under contracts by the end of August.",
        True,
        [("money", 41200000000, "EUR", None)],
        "the ministry",
    ),
    (
        "en",
        "Separately, the ministry sent its draft inheritance tax reform to the states, proposing to cap relief at 10 million euros per heir.",
        True,
        [("money", 10000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Heirs above that threshold would have to prove that paying the tax in full would endanger the business.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The draft also lets heirs defer the tax interest-free for up to 10 years.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "en",
        'Family business groups called the plan "the end of the German Mittelstand as we know it."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bavaria said it would block the plan in the Bundesrat, the upper house where the states are represented.",
        True,
        [],
        "Bavaria",
    ),
    (
        "en",
        '"We will not let Berlin tax our family firms out of existence," Bavaria\'s finance minister told reporters in Munich.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said a compromise before the court's deadline was still possible but would probably be watered down.",
        False,
        [],
        None,
    ),
    ("en", "Some tax lawyers expect a new round of lawsuits in Karlsruhe whatever the outcome.", False, [], None),
]
