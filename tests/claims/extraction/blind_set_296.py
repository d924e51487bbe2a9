"""Two-hundred-and-ninety-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Ding
Huiwen, Harriet Lomax, Anil Bhatnagar, Liu Changming, Yumiko Saeki, Yoon Jae-sung, Bambang
Wirjosaputro, Lachlan Forsyth, Megan Ashworth, Daniel Crowe, Hideo Kanamori, Rachel Pomare,
Ngaire Tuhoe, Kang Ji-hoon, Park Min-seo, Wang Heng, Ravi Chandrasekhar, Budi Hartanto,
Suresh Iyengar, Sri Wahyuningsih, Lee Sang-woo, Zhou Weiping, Vivek Agarwal, Ana Fifita,
Choi Dong-hyun, Yukiko Shimazu, Tane Whaanga, Graham Mitchell, Jacinta Coulter, Martin
Haskell, Hua Lin, Kenta Morishige, Oliver Kettering, Moira Delaney); leaders, ministers,
governors and spokespeople who would be real people appear under made-up names that stand
for no real holder of an office, or by role only ("Indonesia's president", "ein
Regierungssprecher", "a foreign ministry spokeswoman", "the party's chairman", "der
Regierungschef des Bundesstaats", "ein Analyst einer japanischen Großbank", "ein Sprecher
der Kommission"). Real states, bodies, parties, indexes and places (National Bureau of
Statistics, People's Bank of China, Volkskongress, Große Halle des Volkes, Xinhua, Rengo,
Bank of Japan, Nikkei, Kyodo News, NHK, Liberal Democratic Party, Constitutional Democratic
Party, Reserve Bank of Australia, Australian Bureau of Statistics, ABS, ABC, Victorian
Electoral Commission, Reserve Bank of India, RBI, Nifty 50, Tiruppur, Statistics Indonesia,
Reserve Bank of New Zealand, the Treasury, Crown, National Party, Labour, Act-Partei, Bank of
Korea, Kospi, National Election Commission, Association of Southeast Asian Nations, BJP,
Kongresspartei, Bihar, Galwan-Tal, Himalaya, and the datelines' cities) stand for the way
wire copy names them; every rate, growth figure, trade sum, exchange rate, seat, tally,
share, date and quote here is invented, and where a real figure came to mind (a real growth
rate, policy rate, tariff, seat count or population) it was changed (the years of laws and
past events kept).

Its weight: ASIA-PACIFIC POLITICS AND ECONOMY - China, Japan, South Korea, India,
Indonesia, Australia, New Zealand (the hundred-ninety-eighth batch weighed China, Asia and
the Pacific, the hundred-forty-first world news from China and India, the hundred-seventeenth
and later batches trade and tariffs, the stock-market, currency and election batches markets
and votes, and their decisions are kept) over one year in story order (January to
December), 30 short stories, about 70 % English and 30 % German, typhoon-free ordinary news
told as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, reactions). English (Reuters with datelines carrying a day, AP, AFP, AAP, Kyodo;
"per cent" in Australian and New Zealand copy, "percent" in Kyodo's, "%" in Reuters'):
China's 2025 growth, an Australia-Indonesia defence pact, India's quarterly growth, Japan's
spring wage talks, South Korea's exports, the Reserve Bank of Australia, the Bank of Japan,
New Zealand's budget, South Korea's local elections, Indonesia's trade, the Reserve Bank of
India, Indonesia's budget, China's August trade and the yuan fixing, India-U.S. trade talks,
the Reserve Bank of New Zealand, South Korea's third quarter, Japan's general election, an
Australian prime minister in Beijing, a Japan-South Korea summit, a Victorian state election
and a China-Japan diplomatic row. German (dpa, AFP, Reuters German; "Billionen Yen",
"Billionen Yuan", "je Dollar", "australische Dollar", "US-Dollar", "Prozentpunkte"): Japan's
January exports, China's National People's Congress, Bank Indonesia and the rupiah, India
and China's border talks, the Bank of Korea and the won, New Zealand's election, the Bihar
state election, Australian iron ore and China's economic work conference with the yuan.
Figures as such copy has them: growth, inflation, trade and turnout rates in percent,
changes in percentage points and policy moves in basis points, money in nine currencies
(USD, JPY, IDR, AUD, CNY, INR, KRW, NZD, EUR) with converted figures in brackets, exchange
rates per dollar, seats, tallies, voters, index levels and tonnes as counts, ordinals of
quarters, rounds, terms and months in a row, durations and compounds („einwöchigen“,
„zweitägige“, "a four-day visit", "a two-year ban", "the full four-year term", "the
10-member Association", "16- to 24-year-olds"), shares in words ("about a sixth", "by a
third", "about a quarter", „rund drei Viertel“), dates and years, hedges. Negatives as such
copy has them - about a quarter of the rows: leaders', governors', ministers' and
spokespeople's rhetoric in quotes, labels ("called", "described ... as", „nannte“, „sprach
von“), a named speaker's reported evaluation or optimism, economists' and analysts' worries,
doubts and cautions without a figure, an appeal, a vow, a criticism naming no act, hopes and
fears, open questions and traders' surprise, each near a check-worthy look-alike from the
same story: the same speaker's figure, plan or position, a central bank's decision, a
poll's forecast with its figure.

236 rows (73 German, 163 English), 55 negatives (18 German, 37 English), 181 check-worthy
rows of which 5 carry no figure (2 German, 3 English), 354 expected quantities (131
percentages - 119 in %, 6 in percentage points, 6 in basis points -, 60 amounts of money -
20 USD, 8 JPY, 7 each AUD and IDR, 6 CNY, 4 each INR and KRW, 3 NZD, 1 EUR -, 58 counts, 32
ordinals, 32 durations - 16 in years, 7 in months, 6 in days, 2 in weeks, 1 in hours -, 23
years, 14 dates, 4 fractions; none in a negative), 34 checked speakers (11 German, 23
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, doubt or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-forty-first, hundred-ninety-eighth, two-hundred-and-seventy-sixth); a quoted or
  reported statement of fact, figure, decision, plan, position or forecast with a figure is
  check-worthy with its speaker, also in Konjunktiv I (hundred-forty-first,
  hundred-sixtieth). Pairs from one speaker: Bhatnagar's 6.5% beside "the brightest spot",
  Saeki's 6 percent beside "the norm, not the exception", Yoon's 9.8% beside "remarkable
  resilience", Wirjosaputro's inflation band beside „Die Fundamente unserer Wirtschaft sind
  stark“, Forsyth's reported cut debate beside "There is no rush", Kanamori's 2 percent
  target beside "carefully examine", Pomare's 46.5% beside "a responsible budget",
  Chandrasekhar's three passes beside Wang's „auf einem guten Weg“, Hartanto's 80% beside
  his optimism about "a huge boost" (a named speaker's feeling, a negative), Iyengar's 3.1%
  beside "the bedrock", Agarwal's 80 million families beside "No deal is better than a bad
  deal", Fifita's 25 basis points beside "determined", Shimazu's plan beside "with
  humility" and "share a future", Whaanga's coalition talks beside „für Stabilität
  entschieden“, Mitchell's lifted restrictions beside "cooperate where we can", Kettering's
  173 billion beside „ein unverzichtbarer Partner“, Coulter's term beside "a positive plan";
  Choi's "on a firm footing", Haskell's "tired but not yet ready for change" and Ding's
  "foundations remained solid" are reported evaluations with a named speaker and stay
  negatives (two-hundred-and-fourth).
- Forecasts, expectations and targets with a figure are check-worthy (hundred-tenth,
  hundred-sixtieth, hundred-ninety-eighth): "faster than the 6.6% expected by economists",
  "Economists polled by Reuters had expected", „Volkswirte hatten im Schnitt mit ... 5,5
  Prozent gerechnet“, "The Treasury expects economic growth of 1.9%", „Ökonomen in Peking
  erwarten, dass ... „rund fünf Prozent““, "pricing in a roughly 70 per cent chance",
  targets and plans („strebt ... „rund fünf Prozent“ an“, „höchstens 2 Prozent“, "aim to
  lift bilateral trade to $500 billion by 2030"); worries, doubts, cautions and hopes without
  a figure are negatives ("Many economists worry ...", "Some economists doubt ...",
  "Analysts cautioned ...", „Westliche Diplomaten ... bezweifeln“, „Viele Exporteure hoffen
  ...“, "Retailers hope ..."). Plans and positions of record without a figure are
  check-worthy (hundred-ninety-eighth): "told reporters she would stay on and form a new
  cabinet", „er werde noch in dieser Woche Koalitionsgespräche aufnehmen“, „Chinas Führung
  will die Binnennachfrage ... zur obersten wirtschaftspolitischen Aufgabe machen“, "the
  board had discussed a cut", "Tokyo had lodged a protest". New: "Garment exporters in
  Tiruppur say their orders have dropped by a third" is check-worthy with fraction 0.3333
  and speaker None - a group's reported figure can be checked, unlike its hope or vow
  ("Farmers' unions vowed to resist ...", a negative).
- Rates (hundred-ninety-eighth): percentages as written ("per cent", "percent", "%",
  „Prozent“), a change in points "pp" ("8.3 percentage points", "3.4 percentage points",
  "0.25 percentage point", „0,25 Prozentpunkte“, „knapp 1,5 Prozentpunkte“ "nearly", „um bis
  zu 0,3 Prozentpunkte“ "up_to"), basis points "bp" ("by 25 basis points", "by 50 basis
  points", "a total reduction to 300 basis points", "fell 6 basis points", "by 75 basis
  points in all", "of up to 25 basis points" "up_to"); "2 to 3 per cent" and „zwischen 1,5
  und 3,5 Prozent“ both figures with no hedge; "3.60 per cent" 3.6, "1.0 percent" 1.0, „um
  5,0 Prozent“ 5.0, "2.50%" 2.5. "more than 5 percent" "over". "The benchmark 10-year bond"
  is a duration of 10 years (thirteenth: "The 10-year Treasury yield"). "year-on-year",
  "from a year earlier", "on a quarterly basis", "medium-term", „im Jahresvergleich“,
  „Vorjahresmonat“ none.
- Money in the currency written (every batch): USD ("$56.2 billion", "$0.6435" and
  "$0.5912" after the Australian and New Zealand dollars - the quote is in U.S. dollars, as
  "fetched 65.42 US cents" USD, forty-sixth -, „104 US-Dollar“, „mehr als 2 Milliarden
  Dollar“ "over", „rund 128 Milliarden Dollar“ "about" and „fast 99 Milliarden Dollar“
  "nearly" in an India-China story), JPY („rund 1,37 Billionen Yen (etwa 8,6 Milliarden
  Euro)“ both "about", a German "Billion" being a million millions; "200 billion yen", "at
  least 14 trillion yen" "at_least"), CNY („rund 1,86 Billionen Yuan“, "2.36 trillion
  yuan"), INR ("11.9 trillion rupees"), IDR ("3,850 trillion rupiah ($236 billion)" both
  with no hedge, "about 780 trillion rupiah"), KRW ("150,000 to 450,000 won per person"
  both, "per person" none), AUD ("A$1,850 a year", "some A$20 billion a year" "about",
  „11,8 Milliarden australische Dollar“), NZD ("NZ$9.4 billion", "NZ$620 million").
  Exchange rates are money in the priced currency (hundred-forty-first,
  hundred-ninety-eighth): "1,431.5 per dollar" after "The won" KRW, "87.12 per dollar" and
  "Thursday's close of 87.18" INR, „knapp 149 je Dollar“ JPY "nearly", "143.20 per dollar
  ..., up from 145.05" JPY both, „auf 16.870 je Dollar“ and „1.468 je Dollar“ IDR and KRW,
  "16,245 per dollar" IDR, "7.1268 per dollar" after "the yuan's midpoint" CNY, „auf
  7,0815“ after „Der Yuan legte zum Dollar“ CNY. New: "an exchange rate of 16,500 rupiah to
  the dollar" is 16,500 IDR - the currency is named after the figure, as "151.30 per
  dollar" is priced after its currency's name. "an average of" no hedge.
- Counts (hundred-forty-first, hundred-ninety-eighth): seats and tallies ("246 of the 465
  seats", "198 seats, down 23 ..., gained 19 to 167", "needs 233 seats", "11 of the 17
  mayoral and gubernatorial races", "at least 47 of the 88 seats" "at_least", „161 der 243
  Sitze“, „nur auf 9 Sitze, 10 weniger“, „im 123 Sitze zählenden Parlament“, „auf 50
  Mandate“, „mit zusammen 64 Sitzen“, „rund 560.000 Sonderstimmen“ "about"), voters ("More
  than 44 million people" "over", "about 4.5 million people" "about", „rund 74 Millionen
  Wahlberechtigten“), votes of boards ("Eight of the nine board members", "Four of the six
  rate-setters ..., and two"), index levels ("to 36,214.80" after the Nikkei, „auf 3.105
  Punkte“; ninety-first: "Nifty 50" none), tonnes („83,5 Millionen Tonnen“, "4,890
  tonnes"), populations ("by 1.6 million to 1.403 billion people", "about 285 million",
  „rund 285 Millionen Einwohnern“), "the 10-member Association" 10 (the issue's
  "28-Punkte-Entwurf"; hundred-ninth: "The three-member panel"), "a Reuters poll of 14
  economists", "nine agreements", „42 Verbindungen pro Woche“, „drei Pässe“, „in zwei
  Phasen“, „in den 70 größten Städten“, „knapp 2.900 Delegierte“ "nearly", „mehr als zwölf
  Millionen neue Arbeitsplätze“ "over", "up to 2,000 troops" and "up to 20,000 young people
  a year" "up_to", "at least 12 ... events" "at_least". New: "roughly 10 times that of
  Australia" is count 10 "about" - a multiple as "35 times" (hundred-sixtieth) and "2.5
  times as many" (two-hundred-and-seventy-sixth). None: "one", "a party or bloc", "the
  remaining member", "eine Tonne", „fast aller Stimmen“ (no figure).
- Ordinals (the issue's "das sechste Treffen"): quarters ("in the fourth quarter", "the
  third quarter"), streaks ("a fourth consecutive year", "a 39th straight month", "the 16th
  straight month", "the 22nd consecutive monthly surplus", "its 62nd consecutive monthly
  surplus", "a 48th straight month", "the 13th consecutive monthly decline", "for a sixth
  straight month", "a sixth straight quarter", "for a fifth month", "the fourth quarter
  running", "a second straight meeting", "the third straight year", „zum dritten Mal in
  Folge“), rounds and terms ("a fifth round", „der 25. Runde“, "a fourth term", „die vierte
  Zinssenkung“, "its third reduction", "eighth cut", "the third meeting", "for the second
  time in a month"), firsts ("the first nationwide vote", "first female prime minister",
  "the first by an Australian leader", "first formal defence treaty", „der erste seit
  2022“), "in its fifth year of decline" 5 (no duration, as „im ersten Jahr“,
  two-hundred-and-fourth), "the second-lowest" 2 (the issue's „die drittgrößte Stadt“),
  „in den ersten zehn Monaten“ ordinal 1 and 10 months (hundred-ninety-eighth: „in den
  ersten neun Monaten“). None: "largest", "record", "highest", "weakest", „höchsten“,
  „tiefsten“, „stärksten“, „obersten“.
- Durations and ages (the issue: "fünfstündigen Treffen", "dreitägige Reise"): „einwöchigen“
  1 week, „zweitägige“ and „zweitägigen“ 2 days, "a four-day visit" 4 days, "a two-year
  ban", "the full four-year term", "16- to 24-year-olds" 16 and 24 years (hundred-ninety-
  eighth: „Unter den 16- bis 24-Jährigen“ both), "the highest level in 31 years", "in two
  years", "in three years", "its fastest pace in two years", "the highest in nine years",
  "from four years ago", "over four years" ("over" before a span no hedge,
  two-hundred-and-seventy-sixth), "after nine years of negotiations", "the previous three
  months" 3 months (hundred-ninety-eighth: "in the first three months"), "in seven months",
  "in the 12 months to June", „binnen zwölf Monaten“, „seit 18 Monaten“, „seit gut 14
  Monaten“ "over", „nach fünf Jahren Unterbrechung“, „vor drei Jahren“, „in zwei Wochen“,
  „mehr als zwölf Stunden“ "over", „im Abstand von fünf Tagen“, "to 30 days", "for up to 13
  days" "up_to"; "every five years" 5 years (hundred-ninety-first: "every three years").
  None: "last year", "this year", "next year", "a year ago", "a year earlier", "the
  following year", "each quarter", "every year", "in a month", "the full year", "for the
  month", „im vergangenen Jahr“, „im laufenden Jahr“, „im kommenden Jahr“, „pro Woche“,
  "mid-November", "the March quarter", "the June quarter", "the October-December quarter",
  "the July-September period".
- Years and dates: Reuters datelines with a day ("BEIJING, Jan 19", "SYDNEY, Feb 9", "NEW
  DELHI, Feb 27", "SEOUL, March 1", "WELLINGTON, May 21", "JAKARTA, July 15", "MUMBAI, Aug
  6", "BEIJING, Sept 8", "SEOUL, Oct 23", "TOKYO, Oct 26", "BEIJING, Dec 3") are dates
  without a year (hundred-sixtieth, hundred-ninety-eighth), and so are "ending March 31"
  --03-31 and „ab dem 1. Oktober“ --10-01; "for the year to June 30, 2027," is 2027-06-30
  (two-hundred-and-sixty-fifth: "for the year to June 30" gives the date). dpa, AFP, AP,
  AAP, Kyodo and Reuters German datelines none (seventy-ninth). Years: "in 2025", "since
  August 2022", "since February 2025", "since July 2024", "since November 2024", "since
  August 2024", "from April 2027", "to March 2027" (twice), "by 2029", "by 2030", "since
  2003", "a 1995 security pact was scrapped in 1999" both, "in 2020", „seit 1998“, „seit
  März 2009“, „seit 2022“, „im Jahr 2020“, „seit 1951“, „bei der Wahl 2020“.
- Fractions (the issue's "ein Fünftel", "a quarter"): "about a sixth" 0.1667 "about",
  "about a quarter" 0.25 "about", „rund drei Viertel davon“ 0.75 "about", "by a third"
  0.3333.
- Hedges, only the names in use: "about", "About", "around", "roughly", "some", „rund“,
  „etwa“ "about"; "nearly", „knapp“, „fast“ "nearly"; "more than", "More than", „mehr
  als“, „gut“ "over"; "at least", „mindestens“ "at_least"; "up to", "as much as" ("fell as
  much as 9%"; hundred-sixth: "slid as much as 9.3%"), „bis zu“ "up_to"; „höchstens“
  "at_most". No hedge: "just", "alone", "in all", "an average of", "on average", „im
  Schnitt“, „nur“, „zuletzt“, „zeitweise“, „zunächst“, "between", "to" in a range, "little
  changed", "unchanged".
- Speakers, checked only in forms the earlier batches settled: „teilte das
  Finanzministerium in Tokio am Mittwoch mit“ -> "das Finanzministerium", „teilte die
  Wahlkommission am Sonntag mit“ -> "die Wahlkommission", „teilte die Behörde am Donnerstag
  mit“ -> "die Behörde", „teilte die Notenbank mit“ -> "die Notenbank" (the place and
  weekday dropped, hundred-forty-first, hundred-ninety-eighth), „nach Angaben der
  Wahlkommission“ -> "die Wahlkommission" (hundred-ninety-eighth); „Zentralbankchef Bambang
  Wirjosaputro sagte, ...“, „Außenamtssprecher Ravi Chandrasekhar sagte, ...“,
  „Notenbankchef Lee Sang-woo sagte, ...“, „Premierminister Tane Whaanga sagte, ...“,
  „Handelsminister Oliver Kettering sagte, ...“ the name (hundred-eightieth: the office
  heading "X sagte"), „..., sagte ABS-Chefvolkswirtin Moira Delaney.“ the name
  (hundred-ninety-eighth: "sagte Regierungssprecher Hiroshi Tanabe"). English: the name with
  the role dropped ("Defence Minister Harriet Lomax said", "Chief Economic Adviser Anil
  Bhatnagar said", "Rengo president Yumiko Saeki said", "Treasurer Megan Ashworth said",
  "Finance Minister Rachel Pomare said", "Governor Suresh Iyengar said", "Governor Ana
  Fifita said"; hundred-forty-fifth, hundred-sixtieth), told forms ("Trade Minister Yoon
  Jae-sung told reporters", "Governor Lachlan Forsyth told reporters", "Governor Hideo
  Kanamori told a news conference", "Finance Minister Sri Wahyuningsih told reporters",
  "Commerce Secretary Vivek Agarwal told reporters", "Prime Minister Yukiko Shimazu told
  reporters", "Premier Jacinta Coulter told reporters", "Chief Cabinet Secretary Kenta
  Morishige told a regular news conference"; hundred-ninety-eighth,
  two-hundred-and-fourth), a surname opening the row ("Hartanto said", "Mitchell told
  reporters", "Park told a joint news conference"; forty-second,
  two-hundred-and-seventy-sixth), "the Australian Bureau of Statistics said", "the Bank of
  Korea said", "The Victorian Electoral Commission said" -> "the Victorian Electoral
  Commission" (hundred-ninety-eighth: "the National Bureau of Statistics said"),
  "according to the National Election Commission" (hundred-ninety-eighth: "according to the
  Election Commission"), "Statistics Indonesia said" as written
  (two-hundred-and-seventy-sixth: "Wessex Fold Water said"). Left unchecked (None): all
  negatives, also those with a named speaker; possessives heading the source ("Seoul's trade
  ministry said", "Japan's largest labour federation said"; hundred-ninety-eighth), sources
  with a lower-case adjective („teilte das indische Außenministerium mit“, „Das teilte die
  amtliche Nachrichtenagentur Xinhua ... mit“; hundred-ninety-eighth), „kündigte ... an“
  (two-hundred-and-seventy-sixth), „nach Angaben des Statistikamts ABS“ (New: a body's
  name with its acronym in apposition left open, as "according to the Lowy Institute, an
  Australian think tank", hundred-ninety-eighth), „nach eigenen Angaben“, "official figures
  released on Monday showed", "government data showed", "customs data showed", "labour
  ministry data showed", "according to South Korean data", "according to Kyodo News",
  "according to a tally by Kyodo News", "according to the commerce ministry", "public
  broadcaster NHK said" (hundred-ninety-eighth: "state broadcaster CCTV reported"), "the ABC
  projects", "officials said", "a foreign ministry spokeswoman said", "The Treasury expects",
  "Economists polled by Reuters" and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and means no unit for the other kinds (written as the Python value None); a
qualifier is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_296 = [
    # --- China's 2025 growth (Reuters), January ---
    ("en", "BEIJING, Jan 19 (Reuters) - China's economy grew 4.8% in 2025, roughly in line with the government's target of around 5%, official figures released on Monday showed.", True, [("date", "--01-19", None, None), ("percent", 4.8, "%", None), ("year", 2025, None, None), ("percent", 5, "%", "about")], None),
    ("en", "Gross domestic product expanded 4.5% year-on-year in the fourth quarter, down from 4.7% in the July-September period.", True, [("percent", 4.5, "%", None), ("ordinal", 4, None, None), ("percent", 4.7, "%", None)], None),
    ("en", "On a quarterly basis, the economy grew 1.1% in October-December, slightly faster than the 0.9% forecast by economists in a Reuters poll.", True, [("percent", 1.1, "%", None), ("percent", 0.9, "%", None)], None),
    ("en", "Industrial output rose 6.1% in December from a year earlier, while retail sales, a gauge of consumption, grew just 2.3%, the weakest pace since August 2022.", True, [("percent", 6.1, "%", None), ("percent", 2.3, "%", None), ("year", 2022, None, None)], None),
    ("en", "Fixed-asset investment fell 1.4% for the full year, dragged down by a property sector now in its fifth year of decline.", True, [("percent", 1.4, "%", None), ("ordinal", 5, None, None)], None),
    ("en", 'Bureau spokeswoman Ding Huiwen told a news conference that the economy had withstood "severe external shocks" and that its foundations remained solid.', False, [], None),
    ("en", "The surveyed urban unemployment rate stood at 5.1% in December, while the jobless rate for 16- to 24-year-olds excluding students eased to 15.7%.", True, [("percent", 5.1, "%", None), ("duration", 16, "year", None), ("duration", 24, "year", None), ("percent", 15.7, "%", None)], None),
    ("en", "The country's population declined for a fourth consecutive year, shrinking by 1.6 million to 1.403 billion people.", True, [("ordinal", 4, None, None), ("count", 1600000, None, None), ("count", 1403000000, None, None)], None),
    ("en", "Consumer prices were flat in 2025 as a whole, while producer prices dropped for a 39th straight month in December.", True, [("year", 2025, None, None), ("ordinal", 39, None, None)], None),
    ("en", "Many economists worry that deflationary pressure will deepen unless Beijing does more to put money in households' pockets.", False, [], None),
    # --- Australia-Indonesia defence pact (Reuters), February ---
    ("en", "SYDNEY, Feb 9 (Reuters) - Australia and Indonesia signed a defence cooperation agreement on Monday that allows joint exercises of up to 2,000 troops on each other's territory.", True, [("date", "--02-09", None, None), ("count", 2000, None, "up_to")], None),
    ("en", "Defence Minister Harriet Lomax said the treaty would be reviewed every five years by officials from both countries.", True, [("duration", 5, "year", None)], "Harriet Lomax"),
    ("en", "It is Indonesia's first formal defence treaty with Australia since a 1995 security pact was scrapped in 1999.", True, [("ordinal", 1, None, None), ("year", 1995, None, None), ("year", 1999, None, None)], None),
    ("en", '"This is a historic moment for our two nations and for the region," Lomax said.', False, [], None),
    ("en", "Indonesia's population of about 285 million is roughly 10 times that of Australia.", True, [("count", 285000000, None, "about"), ("count", 10, None, "about")], None),
    # --- Japan's exports (dpa), February ---
    ("de", "Tokio (dpa) - Japans Exporte sind im Januar um 7,2 Prozent im Vergleich zum Vorjahresmonat gestiegen, teilte das Finanzministerium in Tokio am Mittwoch mit.", True, [("percent", 7.2, "%", None)], "das Finanzministerium"),
    ("de", "Besonders kräftig legten die Ausfuhren nach China mit einem Plus von 18,4 Prozent zu, während die Lieferungen in die USA um 3,9 Prozent zurückgingen.", True, [("percent", 18.4, "%", None), ("percent", 3.9, "%", None)], None),
    ("de", "Die Einfuhren sanken um 2,1 Prozent, vor allem weil Japan weniger Flüssiggas aus Australien bezog.", True, [("percent", 2.1, "%", None)], None),
    ("de", "Die Handelsbilanz wies ein Defizit von rund 1,37 Billionen Yen (etwa 8,6 Milliarden Euro) aus.", True, [("money", 1370000000000, "JPY", "about"), ("money", 8600000000, "EUR", "about")], None),
    ("de", "Volkswirte hatten im Schnitt mit einem Exportplus von 5,5 Prozent gerechnet.", True, [("percent", 5.5, "%", None)], None),
    ("de", "Der Yen notierte am Nachmittag bei knapp 149 je Dollar.", True, [("money", 149, "JPY", "nearly")], None),
    ("de", "Ein Regierungssprecher nannte die Zahlen „ein ermutigendes Zeichen für die Exportwirtschaft“.", False, [], None),
    ("de", "„Das ist noch kein Grund zur Entwarnung“, sagte ein Analyst einer japanischen Großbank.", False, [], None),
    ("de", "Ob sich der Aufschwung im Frühjahr fortsetzt, gilt unter Analysten in Tokio als offen.", False, [], None),
    # --- India's GDP (Reuters), February ---
    ("en", "NEW DELHI, Feb 27 (Reuters) - India's economy grew 7.1% in the October-December quarter from a year earlier, faster than the 6.6% expected by economists, government data showed on Friday.", True, [("date", "--02-27", None, None), ("percent", 7.1, "%", None), ("percent", 6.6, "%", None)], None),
    ("en", "The statistics ministry raised its estimate for growth in the fiscal year ending March 31 to 6.9% from 6.5%.", True, [("date", "--03-31", None, None), ("percent", 6.9, "%", None), ("percent", 6.5, "%", None)], None),
    ("en", "Manufacturing output expanded 8.2%, while farm output grew 3.7% after a strong monsoon.", True, [("percent", 8.2, "%", None), ("percent", 3.7, "%", None)], None),
    ("en", "Chief Economic Adviser Anil Bhatnagar said growth of at least 6.5% was within reach in the next fiscal year as well.", True, [("percent", 6.5, "%", "at_least")], "Anil Bhatnagar"),
    ("en", '"India remains the brightest spot in a gloomy global economy," Bhatnagar said.', False, [], None),
    ("en", "The rupee ended at 87.12 per dollar, little changed from Thursday's close of 87.18.", True, [("money", 87.12, "INR", None), ("money", 87.18, "INR", None)], None),
    ("en", "India's fiscal deficit for April to January reached 11.9 trillion rupees, or 74.6% of the budget target for the full year.", True, [("money", 11900000000000, "INR", None), ("percent", 74.6, "%", None)], None),
    ("en", "The Reserve Bank of India has lowered its key repo rate by 75 basis points in all since February 2025.", True, [("percent", 75, "bp", None), ("year", 2025, None, None)], None),
    ("en", "Opposition leaders questioned whether the headline figures reflected the hardship of rural households.", False, [], None),
    # --- China's National People's Congress (dpa), March ---
    ("de", "Peking (dpa) - Chinas Regierung strebt für das laufende Jahr erneut ein Wirtschaftswachstum von „rund fünf Prozent“ an.", True, [("percent", 5, "%", "about")], None),
    ("de", "Das kündigte Ministerpräsident Liu Changming zum Auftakt der einwöchigen Jahrestagung des Volkskongresses in Peking an.", True, [("duration", 1, "week", None)], None),
    ("de", "Das Haushaltsdefizit soll bei 4 Prozent der Wirtschaftsleistung liegen, die Inflation bei höchstens 2 Prozent.", True, [("percent", 4, "%", None), ("percent", 2, "%", "at_most")], None),
    ("de", "Die Verteidigungsausgaben sollen um 7,1 Prozent auf rund 1,86 Billionen Yuan steigen.", True, [("percent", 7.1, "%", None), ("money", 1860000000000, "CNY", "about")], None),
    ("de", "Zudem will Peking Sonderanleihen im Umfang von 1,5 Billionen Yuan ausgeben, davon 500 Milliarden Yuan zur Stärkung der großen Staatsbanken.", True, [("money", 1500000000000, "CNY", None), ("money", 500000000000, "CNY", None)], None),
    ("de", "In den Städten sollen mehr als zwölf Millionen neue Arbeitsplätze entstehen.", True, [("count", 12000000, None, "over")], None),
    ("de", "An der Sitzung in der Großen Halle des Volkes nehmen knapp 2.900 Delegierte teil.", True, [("count", 2900, None, "nearly")], None),
    ("de", "Liu sprach von einem „Jahr voller Chancen und Herausforderungen“.", False, [], None),
    ("de", "Westliche Diplomaten in Peking bezweifeln, dass das Wachstumsziel ohne neue Konjunkturprogramme erreichbar ist.", False, [], None),
    # --- Japan's spring wage talks (Kyodo), March ---
    ("en", "TOKYO (Kyodo) - Japan's largest labour federation said Friday its member unions had secured an average pay rise of 5.38 percent in this year's spring wage talks, the third straight year of raises of more than 5 percent.", True, [("percent", 5.38, "%", None), ("ordinal", 3, None, None), ("percent", 5, "%", "over")], None),
    ("en", "Unions at small and medium-sized firms won increases of 4.9 percent on average.", True, [("percent", 4.9, "%", None)], None),
    ("en", "About 5,200 unions took part in the talks, covering roughly 3 million workers.", True, [("count", 5200, None, "about"), ("count", 3000000, None, "about")], None),
    ("en", "Real wages fell 1.8 percent in January from a year earlier, the 13th consecutive monthly decline, labour ministry data showed.", True, [("percent", 1.8, "%", None), ("ordinal", 13, None, None)], None),
    ("en", "Rengo president Yumiko Saeki said the federation would demand raises of at least 6 percent next year.", True, [("percent", 6, "%", "at_least")], "Yumiko Saeki"),
    ("en", '"Wage increases must become the norm, not the exception," Saeki said.', False, [], None),
    # --- South Korea's exports (Reuters), March ---
    ("en", "SEOUL, March 1 (Reuters) - South Korea's exports rose 11.3% in February from a year earlier to $56.2 billion, led by record semiconductor shipments, Seoul's trade ministry said on Sunday.", True, [("date", "--03-01", None, None), ("percent", 11.3, "%", None), ("money", 56200000000, "USD", None)], None),
    ("en", "Chip exports jumped 34% to a record $14.9 billion, the 16th straight month of growth.", True, [("percent", 34, "%", None), ("money", 14900000000, "USD", None), ("ordinal", 16, None, None)], None),
    ("en", "Shipments to China, South Korea's largest market, grew 6.8%, while exports to the United States slipped 1.2% amid U.S. tariffs on cars and steel.", True, [("percent", 6.8, "%", None), ("percent", 1.2, "%", None)], None),
    ("en", "Imports climbed 4.4%, leaving a trade surplus of $5.7 billion, the 22nd consecutive monthly surplus.", True, [("percent", 4.4, "%", None), ("money", 5700000000, "USD", None), ("ordinal", 22, None, None)], None),
    ("en", "Trade Minister Yoon Jae-sung told reporters that daily average exports, which adjust for the number of working days, rose 9.8%.", True, [("percent", 9.8, "%", None)], "Yoon Jae-sung"),
    ("en", '"Our exporters have shown remarkable resilience in a very difficult environment," Yoon said.', False, [], None),
    ("en", "The won firmed 0.4% to 1,431.5 per dollar after the data.", True, [("percent", 0.4, "%", None), ("money", 1431.5, "KRW", None)], None),
    ("en", "Analysts cautioned that the chip boom could fade later in the year if global demand for artificial intelligence servers cools.", False, [], None),
    # --- Bank Indonesia (AFP), March ---
    ("de", "Jakarta (AFP) - Die indonesische Zentralbank hat ihren Leitzins überraschend um 0,25 Prozentpunkte auf 4,5 Prozent gesenkt.", True, [("percent", 0.25, "pp", None), ("percent", 4.5, "%", None)], None),
    ("de", "Es war die vierte Zinssenkung binnen zwölf Monaten.", True, [("ordinal", 4, None, None), ("duration", 12, "month", None)], None),
    ("de", "Die Rupiah fiel daraufhin zeitweise auf 16.870 je Dollar, den tiefsten Stand seit 1998.", True, [("money", 16870, "IDR", None), ("year", 1998, None, None)], None),
    ("de", "Zentralbankchef Bambang Wirjosaputro sagte, die Inflation werde im laufenden Jahr zwischen 1,5 und 3,5 Prozent liegen.", True, [("percent", 1.5, "%", None), ("percent", 3.5, "%", None)], "Bambang Wirjosaputro"),
    ("de", "„Die Fundamente unserer Wirtschaft sind stark“, sagte Wirjosaputro.", False, [], None),
    ("de", "Die Wirtschaft des Inselstaats mit rund 285 Millionen Einwohnern war im vergangenen Jahr um 5,0 Prozent gewachsen.", True, [("count", 285000000, None, "about"), ("percent", 5.0, "%", None)], None),
    ("de", "Um die Währung zu stützen, verkaufte die Notenbank nach eigenen Angaben Devisen im Wert von mehr als 2 Milliarden Dollar.", True, [("money", 2000000000, "USD", "over")], None),
    ("de", "Händler in Jakarta zeigten sich von dem Schritt überrascht.", False, [], None),
    # --- Reserve Bank of Australia (AAP), April ---
    ("en", "CANBERRA (AAP) - Australian borrowers got no relief on Tuesday as the Reserve Bank held its cash rate at 3.60 per cent for a second straight meeting.", True, [("percent", 3.6, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Annual inflation eased to 2.7 per cent in the March quarter, inside the central bank's 2 to 3 per cent target band for the fourth quarter running.", True, [("percent", 2.7, "%", None), ("percent", 2, "%", None), ("percent", 3, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "Governor Lachlan Forsyth told reporters the board had discussed a cut but judged that the labour market remained too tight.", True, [], "Lachlan Forsyth"),
    ("en", '"There is no rush, and there is no need for one," Forsyth said.', False, [], None),
    ("en", "The unemployment rate held at 4.1 per cent in March, with 32,400 jobs added, the Australian Bureau of Statistics said.", True, [("percent", 4.1, "%", None), ("count", 32400, None, None)], "the Australian Bureau of Statistics"),
    ("en", "The Australian dollar fell 0.3% to $0.6435 after the decision.", True, [("percent", 0.3, "%", None), ("money", 0.6435, "USD", None)], None),
    ("en", "Treasurer Megan Ashworth said households had received tax cuts worth an average of A$1,850 a year since July 2024.", True, [("money", 1850, "AUD", None), ("year", 2024, None, None)], "Megan Ashworth"),
    ("en", 'Opposition treasury spokesman Daniel Crowe called the decision "a kick in the guts for mortgage holders".', False, [], None),
    ("en", "Financial markets are pricing in a roughly 70 per cent chance of a cut at the board's next meeting in May.", True, [("percent", 70, "%", "about")], None),
    # --- Bank of Japan (Kyodo), April ---
    ("en", "TOKYO (Kyodo) - The Bank of Japan lifted its short-term interest rate by 0.25 percentage point to 1.0 percent on Friday, the highest level in 31 years.", True, [("percent", 0.25, "pp", None), ("percent", 1.0, "%", None), ("duration", 31, "year", None)], None),
    ("en", "Eight of the nine board members backed the move, while the remaining member dissented.", True, [("count", 8, None, None), ("count", 9, None, None)], None),
    ("en", "Governor Hideo Kanamori told a news conference that underlying inflation was moving steadily toward the bank's 2 percent target.", True, [("percent", 2, "%", None)], "Hideo Kanamori"),
    ("en", "Core consumer prices, which exclude fresh food, rose 2.9 percent in March from a year earlier, staying above the target for a 48th straight month.", True, [("percent", 2.9, "%", None), ("ordinal", 48, None, None)], None),
    ("en", "The yen strengthened to 143.20 per dollar after the announcement, up from 145.05 before the decision.", True, [("money", 143.2, "JPY", None), ("money", 145.05, "JPY", None)], None),
    ("en", '"We will continue to carefully examine the impact of higher rates on the economy," Kanamori said.', False, [], None),
    ("en", "The bank will slow the pace of its bond tapering, cutting monthly purchases by 200 billion yen each quarter from April 2027 instead of 400 billion yen.", True, [("money", 200000000000, "JPY", None), ("year", 2027, None, None), ("money", 400000000000, "JPY", None)], None),
    ("en", "Japan's Nikkei share average fell 1.3% to 36,214.80 as exporters' shares slid on the stronger yen.", True, [("percent", 1.3, "%", None), ("count", 36214.8, None, None)], None),
    ("en", "Some economists doubt the bank will be able to raise rates again before the end of the year.", False, [], None),
    # --- New Zealand's budget (Reuters), May ---
    ("en", "WELLINGTON, May 21 (Reuters) - New Zealand's government forecast a budget deficit of NZ$9.4 billion for the year to June 30, 2027, narrowing to a surplus by 2029.", True, [("date", "--05-21", None, None), ("money", 9400000000, "NZD", None), ("date", "2027-06-30", None, None), ("year", 2029, None, None)], None),
    ("en", "Finance Minister Rachel Pomare said net core Crown debt would peak at 46.5% of GDP in two years before falling.", True, [("percent", 46.5, "%", None), ("duration", 2, "year", None)], "Rachel Pomare"),
    ("en", "The budget sets aside NZ$1.3 billion over four years for hospital upgrades and NZ$620 million for school buildings.", True, [("money", 1300000000, "NZD", None), ("duration", 4, "year", None), ("money", 620000000, "NZD", None)], None),
    ("en", "The Treasury expects economic growth of 1.9% in the year to March 2027, picking up to 2.8% the following year.", True, [("percent", 1.9, "%", None), ("year", 2027, None, None), ("percent", 2.8, "%", None)], None),
    ("en", '"This is a responsible budget for tough times," Pomare told parliament.', False, [], None),
    ("en", 'Labour\'s finance spokeswoman Ngaire Tuhoe described the plan as "a budget of cuts dressed up as prudence".', False, [], None),
    ("en", "The New Zealand dollar rose 0.2% to $0.5912.", True, [("percent", 0.2, "%", None), ("money", 0.5912, "USD", None)], None),
    # --- South Korea's local elections (AP), June ---
    ("en", "SEOUL (AP) - South Korea's ruling party won 11 of the 17 mayoral and gubernatorial races in Wednesday's local elections, according to the National Election Commission.", True, [("count", 11, None, None), ("count", 17, None, None)], "the National Election Commission"),
    ("en", "Turnout was 58.7%, up 8.3 percentage points from four years ago.", True, [("percent", 58.7, "%", None), ("percent", 8.3, "pp", None), ("duration", 4, "year", None)], None),
    ("en", "In Seoul, the opposition candidate, former lawmaker Kang Ji-hoon, won the mayoral race with 52.4% of the vote.", True, [("percent", 52.4, "%", None)], None),
    ("en", "More than 44 million people were eligible to vote for about 4,000 posts, including local council seats and education superintendents.", True, [("count", 44000000, None, "over"), ("count", 4000, None, "about")], None),
    ("en", "The elections were the first nationwide vote since President Park Min-seo took office a year ago.", True, [("ordinal", 1, None, None)], None),
    ("en", '"The people have sent us a clear message, and we will listen," the party\'s chairman told supporters.', False, [], None),
    ("en", "Political analysts said it was too early to say whether the result would weaken the president's grip on parliament.", False, [], None),
    # --- India and China border talks (dpa), June ---
    ("de", "Neu-Delhi (dpa) - Indien und China haben sich bei der 25. Runde ihrer Grenzgespräche auf die Wiederaufnahme direkter Flüge zwischen beiden Ländern geeinigt.", True, [("ordinal", 25, None, None)], None),
    ("de", "Die Flüge sollen nach fünf Jahren Unterbrechung ab dem 1. Oktober wieder aufgenommen werden, teilte das indische Außenministerium mit.", True, [("duration", 5, "year", None), ("date", "--10-01", None, None)], None),
    ("de", "Zunächst sind 42 Verbindungen pro Woche zwischen Delhi, Mumbai, Peking, Shanghai und Guangzhou geplant.", True, [("count", 42, None, None)], None),
    ("de", "Der zweitägige Besuch des chinesischen Außenministers Wang Heng war der erste seit 2022.", True, [("duration", 2, "day", None), ("ordinal", 1, None, None), ("year", 2022, None, None)], None),
    ("de", "Außenamtssprecher Ravi Chandrasekhar sagte, beide Seiten hätten zudem vereinbart, den Grenzhandel über drei Pässe im Himalaya wieder zu öffnen.", True, [("count", 3, None, None)], "Ravi Chandrasekhar"),
    ("de", "„Die Beziehungen sind auf einem guten Weg“, sagte Wang.", False, [], None),
    ("de", "Das bilaterale Handelsvolumen war im vergangenen Fiskaljahr auf rund 128 Milliarden Dollar gestiegen, wobei Indien ein Defizit von fast 99 Milliarden Dollar verzeichnete.", True, [("money", 128000000000, "USD", "about"), ("money", 99000000000, "USD", "nearly")], None),
    ("de", "Seit den tödlichen Zusammenstößen im Galwan-Tal im Jahr 2020 waren die Beziehungen schwer belastet.", True, [("year", 2020, None, None)], None),
    ("de", "Kritiker in Neu-Delhi warnen davor, Peking zu viel Vertrauen entgegenzubringen.", False, [], None),
    # --- Indonesia's trade (Reuters), July ---
    ("en", "JAKARTA, July 15 (Reuters) - Indonesia posted a trade surplus of $3.94 billion in June, its 62nd consecutive monthly surplus, Statistics Indonesia said on Tuesday.", True, [("date", "--07-15", None, None), ("money", 3940000000, "USD", None), ("ordinal", 62, None, None)], "Statistics Indonesia"),
    ("en", "Exports fell 2.6% year-on-year to $22.1 billion as lower coal prices offset a 19% jump in nickel-based shipments.", True, [("percent", 2.6, "%", None), ("money", 22100000000, "USD", None), ("percent", 19, "%", None)], None),
    ("en", "Coal exports, which account for about a sixth of the total, dropped 14.8% in value.", True, [("fraction", 0.1667, None, "about"), ("percent", 14.8, "%", None)], None),
    ("en", "Imports rose 5.3% to $18.2 billion, driven by purchases of machinery and other capital goods.", True, [("percent", 5.3, "%", None), ("money", 18200000000, "USD", None)], None),
    ("en", "Economists polled by Reuters had expected a surplus of $4.3 billion.", True, [("money", 4300000000, "USD", None)], None),
    ("en", 'Trade Minister Budi Hartanto said he was optimistic that a trade deal with the European Union would give exporters "a huge boost".', False, [], None),
    ("en", "Hartanto said the agreement, concluded after nine years of negotiations, would remove import duties on about 80% of Indonesian exports to the bloc.", True, [("duration", 9, "year", None), ("percent", 80, "%", "about")], "Hartanto"),
    ("en", "The rupiah was little changed at 16,245 per dollar.", True, [("money", 16245, "IDR", None)], None),
    # --- Reserve Bank of India (Reuters), August ---
    ("en", "MUMBAI, Aug 6 (Reuters) - India's central bank trimmed its benchmark lending rate on Wednesday by 25 basis points, bringing it to 5.25% in its third reduction this year.", True, [("date", "--08-06", None, None), ("percent", 25, "bp", None), ("percent", 5.25, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "Four of the six rate-setters on the panel backed the move, and two wanted to hold.", True, [("count", 4, None, None), ("count", 6, None, None), ("count", 2, None, None)], None),
    ("en", "Governor Suresh Iyengar said retail inflation was projected to average 3.1% in the fiscal year to March 2027, down from an earlier forecast of 3.7%.", True, [("percent", 3.1, "%", None), ("year", 2027, None, None), ("percent", 3.7, "%", None)], "Suresh Iyengar"),
    ("en", "The central bank kept its growth forecast unchanged at 6.6%.", True, [("percent", 6.6, "%", None)], None),
    ("en", '"Price stability is the bedrock of sustainable growth," Iyengar said.', False, [], None),
    ("en", "Consumer price inflation slowed to 2.4% in June, below the RBI's 4% medium-term target for a fifth month.", True, [("percent", 2.4, "%", None), ("percent", 4, "%", None), ("ordinal", 5, None, None)], None),
    ("en", "The rupee weakened to 88.41 per dollar, and the yield on India's 10-year benchmark bond dropped 6 basis points to 6.18%.", True, [("money", 88.41, "INR", None), ("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 6.18, "%", None)], None),
    ("en", "India's Nifty 50 index rose 0.7% in afternoon trade.", True, [("percent", 0.7, "%", None)], None),
    ("en", "Some economists questioned whether the cut would reach borrowers quickly.", False, [], None),
    # --- Indonesia's budget (AP), August ---
    ("en", "JAKARTA (AP) - Indonesia's president proposed a 3,850 trillion rupiah ($236 billion) budget for next year on Friday, with a deficit of 2.6% of gross domestic product.", True, [("money", 3850000000000000, "IDR", None), ("money", 236000000000, "USD", None), ("percent", 2.6, "%", None)], None),
    ("en", "Indonesian law caps the budget deficit at 3% of GDP, a limit in place since 2003.", True, [("percent", 3, "%", None), ("year", 2003, None, None)], None),
    ("en", "The budget assumes economic growth of 5.4% and an exchange rate of 16,500 rupiah to the dollar.", True, [("percent", 5.4, "%", None), ("money", 16500, "IDR", None)], None),
    ("en", "Spending on the free school meals programme will rise to 335 trillion rupiah, reaching nearly 83 million children and pregnant women.", True, [("money", 335000000000000, "IDR", None), ("count", 83000000, None, "nearly")], None),
    ("en", "Finance Minister Sri Wahyuningsih told reporters the government would issue about 780 trillion rupiah in bonds to cover the deficit.", True, [("money", 780000000000000, "IDR", "about")], "Sri Wahyuningsih"),
    ("en", "Indonesian stocks fell 1.1% and the rupiah weakened 0.5% to 16,390 per dollar.", True, [("percent", 1.1, "%", None), ("percent", 0.5, "%", None), ("money", 16390, "IDR", None)], None),
    ("en", "Economists warned that the programme's rapid expansion could strain public finances.", False, [], None),
    # --- Bank of Korea and the won (dpa), August ---
    ("de", "Seoul (dpa) - Südkoreas Notenbank lässt den Leitzins zum dritten Mal in Folge unverändert bei 2,5 Prozent.", True, [("ordinal", 3, None, None), ("percent", 2.5, "%", None)], None),
    ("de", "Der Won war zuvor auf 1.468 je Dollar gefallen, den schwächsten Stand seit März 2009.", True, [("money", 1468, "KRW", None), ("year", 2009, None, None)], None),
    ("de", "Notenbankchef Lee Sang-woo sagte, eine weitere Abwertung der Währung könne die Inflation um bis zu 0,3 Prozentpunkte erhöhen.", True, [("percent", 0.3, "pp", "up_to")], "Lee Sang-woo"),
    ("de", "Die Verbraucherpreise waren im Juli um 2,2 Prozent gestiegen.", True, [("percent", 2.2, "%", None)], None),
    ("de", "Ihre Wachstumsprognose für das laufende Jahr senkte sie von 1,6 auf 1,3 Prozent, teilte die Notenbank mit.", True, [("percent", 1.6, "%", None), ("percent", 1.3, "%", None)], "die Notenbank"),
    ("de", "Der Leitindex Kospi gab um 1,8 Prozent auf 3.105 Punkte nach.", True, [("percent", 1.8, "%", None), ("count", 3105, None, None)], None),
    ("de", "„Wir beobachten die Entwicklung an den Devisenmärkten sehr genau“, sagte Lee.", False, [], None),
    ("de", "Viele Exporteure hoffen dagegen, dass ihnen der schwache Won Marktanteile sichert.", False, [], None),
    # --- China's August trade and the yuan (Reuters), September ---
    ("en", "BEIJING, Sept 8 (Reuters) - China's exports rose 5.9% in August from a year earlier, beating expectations of 4.2%, customs data showed on Monday.", True, [("date", "--09-08", None, None), ("percent", 5.9, "%", None), ("percent", 4.2, "%", None)], None),
    ("en", "Imports grew 1.3%, leaving a trade surplus of $102.6 billion for the month.", True, [("percent", 1.3, "%", None), ("money", 102600000000, "USD", None)], None),
    ("en", "Shipments to the United States slumped 27% for a sixth straight month, while exports to the 10-member Association of Southeast Asian Nations jumped 16.5%.", True, [("percent", 27, "%", None), ("ordinal", 6, None, None), ("count", 10, None, None), ("percent", 16.5, "%", None)], None),
    ("en", "In yuan terms, exports rose 6.4% to 2.36 trillion yuan.", True, [("percent", 6.4, "%", None), ("money", 2360000000000, "CNY", None)], None),
    ("en", "China's rare earth exports fell 11% to 4,890 tonnes in August.", True, [("percent", 11, "%", None), ("count", 4890, None, None)], None),
    ("en", "The central bank fixed the yuan's official midpoint at 7.1268 per dollar, its strongest fixing since November 2024.", True, [("money", 7.1268, "CNY", None), ("year", 2024, None, None)], None),
    ("en", "Analysts said the resilience of exports masked weak demand at home.", False, [], None),
    ('en', 'Commerce ministry spokesman Zhou Weiping called the latest U.S. tariff threats "typical economic bullying".', False, [], None),
    # --- India-U.S. trade talks (AP), September ---
    ("en", "NEW DELHI (AP) - India and the United States concluded a fifth round of trade talks on Thursday without agreeing on tariffs on farm goods, officials said.", True, [("ordinal", 5, None, None)], None),
    ("en", "Washington imposed a 40% tariff on many Indian goods in August, hitting textiles, shrimp and jewellery.", True, [("percent", 40, "%", None)], None),
    ("en", "India's exports to the U.S. fell 12.4% to $6.1 billion in September, according to the commerce ministry.", True, [("percent", 12.4, "%", None), ("money", 6100000000, "USD", None)], None),
    ("en", "Commerce Secretary Vivek Agarwal told reporters that India would not open its dairy sector, which supports about 80 million families.", True, [("count", 80000000, None, "about")], "Vivek Agarwal"),
    ("en", '"No deal is better than a bad deal," Agarwal said.', False, [], None),
    ("en", "The two countries aim to lift bilateral trade to $500 billion by 2030.", True, [("money", 500000000000, "USD", None), ("year", 2030, None, None)], None),
    ("en", "Garment exporters in Tiruppur say their orders have dropped by a third since the tariffs took effect.", True, [("fraction", 0.3333, None, None)], None),
    ("en", "Farmers' unions vowed to resist any deal that lowers duties on U.S. corn and soybeans.", False, [], None),
    # --- Reserve Bank of New Zealand (AAP), October ---
    ("en", "WELLINGTON (AAP) - The Reserve Bank of New Zealand slashed its benchmark rate by 50 basis points on Wednesday, taking it to 2.5 per cent, a larger step than most forecasters had pencilled in.", True, [("percent", 50, "bp", None), ("percent", 2.5, "%", None)], None),
    ("en", "It was the bank's eighth cut since August 2024, taking the total reduction to 300 basis points.", True, [("ordinal", 8, None, None), ("year", 2024, None, None), ("percent", 300, "bp", None)], None),
    ("en", "Governor Ana Fifita said the bank saw room for a further cut of up to 25 basis points by February.", True, [("percent", 25, "bp", "up_to")], "Ana Fifita"),
    ("en", "The economy shrank 0.9 per cent in the June quarter, and unemployment has risen to 5.2 per cent, the highest in nine years.", True, [("percent", 0.9, "%", None), ("percent", 5.2, "%", None), ("duration", 9, "year", None)], None),
    ("en", '"We are determined to get the economy moving again," Fifita said.', False, [], None),
    ("en", "The New Zealand dollar dropped 1.1 per cent to $0.5742, its lowest since April.", True, [("percent", 1.1, "%", None), ("money", 0.5742, "USD", None)], None),
    ("en", "Retailers hope lower mortgage rates will revive spending before Christmas.", False, [], None),
    # --- South Korea's third quarter (Reuters), October ---
    ("en", "SEOUL, Oct 23 (Reuters) - South Korea's economy expanded 1.2% in the third quarter from the previous three months, its fastest pace in two years, the Bank of Korea said on Thursday.", True, [("date", "--10-23", None, None), ("percent", 1.2, "%", None), ("ordinal", 3, None, None), ("duration", 3, "month", None), ("duration", 2, "year", None)], "the Bank of Korea"),
    ("en", "From a year earlier, gross domestic product expanded 1.7%, beating a median forecast of 1.4% in a Reuters poll of 14 economists.", True, [("percent", 1.7, "%", None), ("percent", 1.4, "%", None), ("count", 14, None, None)], None),
    ("en", "Private consumption rose 1.3%, helped by government cash handouts of 150,000 to 450,000 won per person.", True, [("percent", 1.3, "%", None), ("money", 150000, "KRW", None), ("money", 450000, "KRW", None)], None),
    ("en", "Exports rose 1.5% while construction investment contracted for a sixth straight quarter.", True, [("percent", 1.5, "%", None), ("ordinal", 6, None, None)], None),
    ("en", "The Bank of Korea has kept its policy rate at 2.50% since May.", True, [("percent", 2.5, "%", None)], None),
    ("en", 'Finance Minister Choi Dong-hyun said the recovery was "on a firm footing".', False, [], None),
    # --- Japan's general election (Reuters), October ---
    ("en", "TOKYO, Oct 26 (Reuters) - Japan's ruling Liberal Democratic Party and its coalition partner won 246 of the 465 seats in Sunday's lower house election, keeping a narrow majority, public broadcaster NHK said.", True, [("date", "--10-26", None, None), ("count", 246, None, None), ("count", 465, None, None)], None),
    ("en", "The LDP alone secured 198 seats, down 23 from before the election, while the main opposition Constitutional Democratic Party gained 19 to 167.", True, [("count", 198, None, None), ("count", 23, None, None), ("count", 19, None, None), ("count", 167, None, None)], None),
    ("en", "A party or bloc needs 233 seats for a simple majority in the lower house.", True, [("count", 233, None, None)], None),
    ("en", "Prime Minister Yukiko Shimazu told reporters she would stay on and form a new cabinet by the end of the month.", True, [], "Yukiko Shimazu"),
    ("en", "Shimazu became the country's first female prime minister in March after winning the LDP leadership race in a runoff.", True, [("ordinal", 1, None, None)], None),
    ("en", "Turnout was 53.9%, the second-lowest in the postwar era, according to Kyodo News.", True, [("percent", 53.9, "%", None), ("ordinal", 2, None, None)], None),
    ("en", '"We take this result with humility," Shimazu said.', False, [], None),
    ("en", "Whether the coalition can pass its spending plans through the upper house, where it lacks a majority, remains unclear.", False, [], None),
    ("en", "The yen weakened 0.6% to 152.80 per dollar in early Asian trade on Monday.", True, [("percent", 0.6, "%", None), ("money", 152.8, "JPY", None)], None),
    ("en", "Shimazu's cabinet has promised a supplementary budget of at least 14 trillion yen to ease the burden of higher food prices.", True, [("money", 14000000000000, "JPY", "at_least")], None),
    # --- New Zealand's election (dpa), October ---
    ("de", "Wellington (dpa) - Bei der neuseeländischen Parlamentswahl hat die konservative National Party nach Auszählung fast aller Stimmen 38,6 Prozent erreicht.", True, [("percent", 38.6, "%", None)], None),
    ("de", "Die Labour-Partei kam auf 31,2 Prozent, die Grünen auf 10,4 Prozent, teilte die Wahlkommission am Sonntag mit.", True, [("percent", 31.2, "%", None), ("percent", 10.4, "%", None)], "die Wahlkommission"),
    ("de", "Im 123 Sitze zählenden Parlament kommt National damit auf 50 Mandate und könnte mit der liberalen Act-Partei mit zusammen 64 Sitzen regieren.", True, [("count", 123, None, None), ("count", 50, None, None), ("count", 64, None, None)], None),
    ("de", "Die Wahlbeteiligung lag bei 77,9 Prozent und damit knapp 1,5 Prozentpunkte niedriger als vor drei Jahren.", True, [("percent", 77.9, "%", None), ("percent", 1.5, "pp", "nearly"), ("duration", 3, "year", None)], None),
    ("de", "Noch nicht ausgezählt sind rund 560.000 Sonderstimmen, darunter die von Wählern im Ausland; das Endergebnis wird in zwei Wochen erwartet.", True, [("count", 560000, None, "about"), ("duration", 2, "week", None)], None),
    ("de", "Premierminister Tane Whaanga sagte, er werde noch in dieser Woche Koalitionsgespräche aufnehmen.", True, [], "Tane Whaanga"),
    ("de", "„Neuseeland hat sich für Stabilität entschieden“, sagte Whaanga vor jubelnden Anhängern in Auckland.", False, [], None),
    ("de", "Ob die Regierung eine volle Amtszeit übersteht, bleibt nach Einschätzung von Beobachtern fraglich.", False, [], None),
    # --- Australia-China visit (AFP), November ---
    ("en", "BEIJING (AFP) - Australian Prime Minister Graham Mitchell arrived in Beijing on Monday for a four-day visit, the first by an Australian leader in three years.", True, [("duration", 4, "day", None), ("ordinal", 1, None, None), ("duration", 3, "year", None)], None),
    ("en", "China is Australia's largest trading partner, with two-way trade worth about A$312 billion last year.", True, [("money", 312000000000, "AUD", "about")], None),
    ("en", "Mitchell told reporters that Chinese restrictions on Australian barley, wine, coal and timber, which once affected goods worth some A$20 billion a year, had all been lifted.", True, [("money", 20000000000, "AUD", "about")], "Mitchell"),
    ("en", "The two sides signed nine agreements covering trade, education, climate and people-to-people exchanges.", True, [("count", 9, None, None)], None),
    ("en", "Beijing extended visa-free entry for Australian citizens to 30 days, a foreign ministry spokeswoman said.", True, [("duration", 30, "day", None)], None),
    ("en", "Australian wine exports to China rebounded to A$1.1 billion in the 12 months to June, close to their level before Beijing imposed punitive tariffs in 2020.", True, [("money", 1100000000, "AUD", None), ("duration", 12, "month", None), ("year", 2020, None, None)], None),
    ("en", '"We will cooperate where we can, disagree where we must," Mitchell said.', False, [], None),
    ("en", "Human rights groups urged Mitchell to raise the cases of detained Australians with Chinese leaders.", False, [], None),
    # --- Japan-South Korea summit (AP), November ---
    ("en", "TOKYO (AP) - The leaders of Japan and South Korea agreed on Saturday to resume reciprocal visits every year and to expand a currency swap arrangement to $15 billion.", True, [("money", 15000000000, "USD", None)], None),
    ("en", "It was the third meeting between Shimazu and Park in seven months.", True, [("ordinal", 3, None, None), ("duration", 7, "month", None)], None),
    ("en", "Park told a joint news conference that the two countries would also launch a working holiday programme for up to 20,000 young people a year.", True, [("count", 20000, None, "up_to")], "Park"),
    ("en", "About 8.8 million South Koreans visited Japan last year, while Japanese visitors to South Korea numbered 3.2 million.", True, [("count", 8800000, None, "about"), ("count", 3200000, None, None)], None),
    ("en", "Trade between the two countries was worth $77 billion in 2025, according to South Korean data.", True, [("money", 77000000000, "USD", None), ("year", 2025, None, None)], None),
    ("en", '"Our two nations share values, and we share a future," Shimazu said.', False, [], None),
    ("en", "Survivors' groups in Seoul criticised the summit for ignoring the legacy of wartime forced labour.", False, [], None),
    # --- Bihar state election (AFP), November ---
    ("de", "Neu-Delhi (AFP) - Bei der Wahl im ostindischen Bundesstaat Bihar hat die hindunationalistische BJP mit ihren Verbündeten 161 der 243 Sitze gewonnen.", True, [("count", 161, None, None), ("count", 243, None, None)], None),
    ("de", "Die Auszählung der Stimmen von rund 74 Millionen Wahlberechtigten dauerte mehr als zwölf Stunden.", True, [("count", 74000000, None, "about"), ("duration", 12, "hour", "over")], None),
    ("de", "Die Wahlbeteiligung lag nach Angaben der Wahlkommission bei 66,9 Prozent, dem höchsten Wert seit 1951.", True, [("percent", 66.9, "%", None), ("year", 1951, None, None)], "die Wahlkommission"),
    ("de", "Gewählt wurde in zwei Phasen im Abstand von fünf Tagen.", True, [("count", 2, None, None), ("duration", 5, "day", None)], None),
    ("de", "Die Kongresspartei kam nur auf 9 Sitze, 10 weniger als bei der Wahl 2020.", True, [("count", 9, None, None), ("count", 10, None, None), ("year", 2020, None, None)], None),
    ("de", "Der Regierungschef des Bundesstaats sprach von einem „historischen Sieg der Entwicklung über die Spaltung“.", False, [], None),
    ("de", "Die Opposition sprach von einer „gekauften Wahl“.", False, [], None),
    # --- Australian iron ore (dpa), November ---
    ("de", "Sydney (dpa) - Australiens Exporte von Eisenerz sind im Oktober auf den höchsten Stand seit 18 Monaten gestiegen.", True, [("duration", 18, "month", None)], None),
    ("de", "Nach Angaben des Statistikamts ABS wurden 83,5 Millionen Tonnen verschifft, rund drei Viertel davon nach China.", True, [("count", 83500000, None, None), ("fraction", 0.75, None, "about")], None),
    ("de", "Der Exportwert stieg um 9,2 Prozent auf 11,8 Milliarden australische Dollar, sagte ABS-Chefvolkswirtin Moira Delaney.", True, [("percent", 9.2, "%", None), ("money", 11800000000, "AUD", None)], "Moira Delaney"),
    ("de", "Der Handelsüberschuss des Landes lag bei 5,6 Milliarden australischen Dollar, teilte die Behörde am Donnerstag mit.", True, [("money", 5600000000, "AUD", None)], "die Behörde"),
    ("de", "Handelsminister Oliver Kettering sagte, die Ausfuhren nach China hätten in den ersten zehn Monaten des Jahres 173 Milliarden australische Dollar erreicht.", True, [("ordinal", 1, None, None), ("duration", 10, "month", None), ("money", 173000000000, "AUD", None)], "Oliver Kettering"),
    ("de", "Der Preis für eine Tonne Eisenerz lag zuletzt bei 104 US-Dollar.", True, [("money", 104, "USD", None)], None),
    ("de", "„China bleibt für uns ein unverzichtbarer Partner“, sagte Kettering.", False, [], None),
    ("de", "Bergbaukonzerne fürchten, dass eine Abkühlung des chinesischen Immobilienmarkts die Nachfrage dämpfen könnte.", False, [], None),
    # --- Victorian state election (AAP), November ---
    ("en", "MELBOURNE (AAP) - Victoria's Labor government has been returned for a fourth term, winning at least 47 of the 88 seats in the lower house, the ABC projects.", True, [("ordinal", 4, None, None), ("count", 47, None, "at_least"), ("count", 88, None, None)], None),
    ("en", "Labor's primary vote fell 3.4 percentage points to 33.6 per cent, while the Liberal-National coalition rose to 34.9 per cent.", True, [("percent", 3.4, "pp", None), ("percent", 33.6, "%", None), ("percent", 34.9, "%", None)], None),
    ("en", "Premier Jacinta Coulter told reporters at a Melbourne hotel that she would serve the full four-year term.", True, [("duration", 4, "year", None)], "Jacinta Coulter"),
    ("en", "The Victorian Electoral Commission said about 4.5 million people were enrolled and more than 1.9 million had voted early.", True, [("count", 4500000, None, "about"), ("count", 1900000, None, "over")], "the Victorian Electoral Commission"),
    ("en", "Counting of postal votes can continue for up to 13 days after polling day.", True, [("duration", 13, "day", "up_to")], None),
    ("en", '"Victorians have backed a positive plan over fear and division," Coulter said.', False, [], None),
    ("en", 'Opposition leader Martin Haskell said the result showed the state was "tired but not yet ready for change".', False, [], None),
    # --- China-Japan row (Reuters), December ---
    ("en", "BEIJING, Dec 3 (Reuters) - China's foreign ministry on Wednesday summoned Japan's ambassador for the second time in a month over comments by a Japanese minister on Taiwan.", True, [("date", "--12-03", None, None), ("ordinal", 2, None, None)], None),
    ("en", "Beijing also advised its citizens to avoid travel to Japan, where Chinese tourists made up about a quarter of the 36.9 million foreign visitors last year.", True, [("fraction", 0.25, None, "about"), ("count", 36900000, None, None)], None),
    ("en", "Shares of Japanese department stores and cosmetics makers fell as much as 9% in Tokyo trade on Thursday.", True, [("percent", 9, "%", "up_to")], None),
    ("en", "Chief Cabinet Secretary Kenta Morishige told a regular news conference that Tokyo had lodged a protest through diplomatic channels.", True, [], "Kenta Morishige"),
    ("en", "China has cancelled at least 12 cultural and youth exchange events with Japan since mid-November, according to a tally by Kyodo News.", True, [("count", 12, None, "at_least")], None),
    ("en", "Seafood imports from Japan, resumed in June after a two-year ban, were halted again.", True, [("duration", 2, "year", None)], None),
    ("en", 'Foreign ministry spokeswoman Hua Lin called the remarks "extremely dangerous" and "a serious provocation".', False, [], None),
    ("en", "It was unclear whether a planned trilateral summit with South Korea would go ahead in January.", False, [], None),
    # --- China's economic work conference (Reuters German), December ---
    ("de", "Peking (Reuters) - Chinas Führung will die Binnennachfrage im kommenden Jahr zur obersten wirtschaftspolitischen Aufgabe machen.", True, [], None),
    ("de", "Das teilte die amtliche Nachrichtenagentur Xinhua nach der zweitägigen zentralen Wirtschaftsarbeitskonferenz mit.", True, [("duration", 2, "day", None)], None),
    ("de", "Der Yuan legte zum Dollar um 0,3 Prozent auf 7,0815 zu, den stärksten Stand seit gut 14 Monaten.", True, [("percent", 0.3, "%", None), ("money", 7.0815, "CNY", None), ("duration", 14, "month", "over")], None),
    ("de", "Die Industrieproduktion war im November um 4,8 Prozent gestiegen, die Einzelhandelsumsätze nur um 1,3 Prozent.", True, [("percent", 4.8, "%", None), ("percent", 1.3, "%", None)], None),
    ("de", "Die Preise neuer Wohnungen in den 70 größten Städten fielen im Jahresvergleich um 3,1 Prozent.", True, [("count", 70, None, None), ("percent", 3.1, "%", None)], None),
    ("de", "Ökonomen in Peking erwarten, dass die Regierung das Wachstumsziel im März erneut bei „rund fünf Prozent“ festlegt.", True, [("percent", 5, "%", "about")], None),
    ("de", "Ein Sprecher der Kommission sprach von einem „soliden Fundament für das neue Jahr“.", False, [], None),
]
