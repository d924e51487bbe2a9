"""Four-hundred-and-fifty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
executive or office-holder is named: every company that reports here is invented, and the
officials of real governments and bodies appear by their role only („Der oberösterreichische
Wirtschaftslandesrat“, „Der Bürgermeister von Meschede“, "ACEA's director general"); the
analyst of a real research house appears under a made-up name that stands for no real
holder.

Names: the firms Wupperchem, Harlow & Pike (with its brands Brisko and Tallow Creek),
Aromalp, Valtrona NV, Kochertal Automotive, Brightway Stores, Traunseer Fahrzeugtechnik,
Shiranami Motor Corp, Fichtelberg Sport, Caldermoor, Chocolaterie Broye, Maison Ardaillon,
Hallertau, Tolland Chemical, Modalino, Lakeshore Motors, Ennsfaser, Seorin Battery Co.,
Bilker Markenartikel, Nordhamn, Glattfelder Antriebstechnik, Harcourt & Vale, Sauerländer
Reifenwerke, Qingyun Auto (with its Lanque models), Fuldataler Kali, Penfield's and
Technikhaus Rhein are invented, and so are Birgit Schallenberg-Ruhl, Wendell Ashgrove,
Séraphine Maillard-Jost, Matthieu Kerbrat-Ollier, Armin Treiber-Wöhrle, Dolores
Whitcomb-Haye, Herbert Aichhorn-Steinmaurer, Haruto Ishizaki-Mori, Konstantin
Reischl-Amberg, Rosalind Penhaligon, Annemarie Gfeller-Pittet, Clémence Vautrin-Lebas,
Cornelia Haberstroh-Lentz, Garrett Holloway-Price, Lena Hinrichsmeyer, Renée
Castellanos-Ward, Darnell Okafor-Briggs, Waltraud Pichelmayr-Leitner, Yoon Seo-jin, Jonas
Welsch-Ambrosi, Astrid Lindqvist-Boberg, Reto Brändli-Suter, Imelda Stroud-Fanshawe, Uwe
Kemper-Schlotmann, Zhao Minghui, Gerolf Mannsbach-Trapp, Margo Delacroix-Hunt, Tanja
Overbeck-Rosario and every unnamed trader, analyst, strategist, fund manager, union
spokesman, works council chair, retail executive and board. Real exchanges, indices, data
providers, banks, unions, associations and places (Xetra, Dax, MDax, SDax, SIX, Wiener
Börse, STOXX 600, S&P 500, Wall Street, LSEG, FactSet, Bloomberg, Bloomberg Intelligence,
AWP, Zürcher Kantonalbank, Bernstein, DZ Bank, IG Metall, Unia, Deutsche Presse-Agentur,
dpa-AFX, the European Automobile Manufacturers' Association (ACEA), the European Union, the
European Free Trade Association, the National Retail Federation, Leverkusen, Atlanta,
Dübendorf, Milan, Schwäbisch Hall, Crailsheim, Zwickau, Minneapolis, Gmunden, Vöcklabruck,
Tokyo, Bayreuth, London, Payerne, Paris, München, Texas, Louisiana, Detroit, Toledo, Linz,
Steyr, Ennstal, Tschechien, Seoul, Georgia, Düsseldorf, Stockholm, Bülach, Schaffhausen,
Ungarn, Meschede, Sauerland, Shanghai, Hong Kong, Kassel, Duisburg, Brussels, Frankfurt and
the datelines' cities) stand for the way wire copy names them; every result, margin, range,
dividend, consensus, job cut, share price, market share, registration figure, season tally
and quote here is invented for a fiscal year 2028 that has not been reported, and where a
real figure came to mind (a real group's quarter, a real cocoa or potash price, a real
index level or beat rate) it was changed.

Its weight: INDUSTRY AND RETAIL QUARTERLY RESULTS, sixth round of the results seasons (the
seventy-third batch weighed company earnings and corporate news, the hundred-eighty-sixth
banks' and insurers' quarterly results, the two-hundred-and-eighty-eighth tech companies and
quarterly results, the three-hundred-and-twenty-ninth company earnings and outlooks and the
four-hundred-and-third corporate earnings and guidance; the two-hundred-and-twenty-fourth
weighed industry results and job cuts, the three-hundred-and-sixty-fourth automotive and
industrial companies in a reporting season, the sixtieth, hundred-seventy-eighth and
two-hundred-and-fiftieth cars, carmakers and suppliers, the fifty-fourth,
hundred-seventy-third, two-hundred-and-forty-second, two-hundred-and-eightieth and
three-hundred-and-eighty-third retail and consumers, and the three-hundred-and-second job
cuts and restructuring; their decisions are kept) - carmakers, suppliers, chemicals,
retailers and consumer goods over one third-quarter reporting season, Tuesday, October 24,
to Thursday, November 16, of one year (2028), as 30 short stories in story order with the
German and the English ones interleaved by day, each told as wire copy runs it (a dateline
lead, the figures against the prior year and the consensus, the guidance, attributed
claims, quotes of chief executives and finance chiefs, the share price, the reaction of
unions, analysts and traders). Half German (dpa-AFX with its prior-year figures in brackets
„(Vorjahr: ...)“ and „(Vj. ...)“, „Q3-Umsatz“, „währungsbereinigt“, the Dax lines and an
end-of-season Analyse; Reuters German; dpa with "dpa/lnw"; APA with Austrian „Jänner“,
„heuer“, „Unterm Strich“, „Personalstand“, „Kurzarbeit“, „Generaldirektorin“,
„Wirtschaftslandesrat“; awp and Keystone-SDA with „Mrd Fr.“, „Mio Fr.“, „104,35 Fr.“,
„1'612 Fr.“, „143'600 Tonnen“, „Mitarbeitende“, „Bestellungseingang“, „in Lokalwährungen“,
„an einer Telefonkonferenz“, „hiess“, „liess“, „gemäss“, «» quotes; German „“ quotes): a
chemicals group's cut guidance and job cuts, a Swiss flavours maker's nine months, a car
supplier's job cuts and two plant closures, an Austrian supplier's loss and short-time work,
a sporting goods maker's quarter, a Swiss chocolate maker's nine months, a carmaker's
quarter with its margin in basis points, an online fashion retailer's quarter, an Austrian
fibre maker's loss and job cuts, a consumer goods group's raised targets, a Swiss drive
maker's job cuts, a tyre plant's closure, a potash miner's quarter, an electronics
retailer's fiscal year 2027/28 with its dividend and the season's tally of the Dax. Half
English (Reuters with dated datelines, AP, PA with "per cent", pence and "£612m",
Bloomberg's "(Bloomberg) --" lead): a U.S. household products maker's beat "in the three
months to Sept. 30", a European carmaker's second margin cut, a U.S. discount chain's
fiscal third quarter, a Japanese carmaker's first half in yen, a British supermarket's 26
weeks, a French cosmetics group's sales "at constant exchange rates", a U.S. chemicals
maker's loss and plant closures, a Detroit automaker's quarter, a Korean battery maker's
loss in won, a Swedish appliance maker's job cuts in crowns "in the three months to
September", a British fashion retailer's profit warning, a Chinese electric-vehicle maker's
first profit in yuan, a U.S. department store chain's closures, EU car registrations and the
season's tally of the S&P 500. Speakers as such copy has them: the companies with „teilte
... mit“, „wie ... mitteilte“, "said" and "said Thursday that"; chief executives and finance
chiefs by name with their title before it („Finanzvorständin“, „Konzernchefin“,
„Vorstandschef“, „Co-Vorstandschefin“, „Generaldirektorin“, „Betriebsratschef“, "Chief
Financial Officer", "Chief executive", "President"), "told analysts", "told reporters", "said
X, a union steward at the plant"; beside them the forms left unchecked (consensus sources,
data, „hieß es“, „nach Unternehmensangaben“, verbs of expecting and aiming, roles, plural
groups and pronouns). Figures as such copy has them: revenue, EBIT, EBITDA, net profit and
losses, per-share figures, dividends, tariff bills, charges and savings in euros, dollars,
pounds and pence, francs, yen, won, crowns and yuan; margins, organic and currency-adjusted
growth, market shares, guidance ranges and share moves in percent, basis points and
percentage points; job cuts, staff, stores, deliveries, registrations and tonnes as counts;
shares of staff, prices and sales as fractions; quarters, halves and fiscal periods as
ordinals („im dritten Quartal“, „Q3-Umsatz“, "third-quarter", "first-half", "in the
fourth"); spans as durations ("in the three months to September", "in the 26 weeks to
October 14", „in den ersten neun Monaten“, „in den zwölf Monaten bis Ende September“);
fiscal years („Geschäftsjahr 2027/28“, "the business year to March 2029"), years and dates;
hedges throughout. Negatives as such copy has them - 56 rows, none with a figure:
executives' quoted rhetoric, resolve, regret, boasts and reassurance, outlooks without a
figure (the board's „keine rasche Besserung“, "The company expects demand ... to stay weak",
"Industry executives expect ..."), labels of unions, a works council, traders and a mayor,
analysts', investors' and strategists' views, doubts, warnings and open questions, an
evasion, and the headings of an Analyse and a FACTBOX, each near a check-worthy look-alike
from the same story (often the same speaker's figure).

241 rows (123 German, 118 English), 56 negatives (29 German, 27 English), 185 check-worthy
rows of which 2 carry no figure (1 German, 1 English), 463 expected quantities (154 amounts
of money - 60 EUR, 48 USD, 15 GBP, 10 CHF, 9 JPY, 4 KRW, 4 SEK, 4 CNY -, 131 percentages -
124 in "%", 4 in basis points "bp", 3 in percentage points "pp" -, 53 counts, 44 ordinals,
35 years, 21 durations - 14 in months, 3 in years, 2 in weeks, 2 in days -, 16 dates, 9
fractions; none of them in a negative), 36 checked speakers (19 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported piece of
  rhetoric, resolve, regret, boast, reassurance, label, view, doubt, warning naming no
  measure, forecast without a figure, evasion or open question is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth, four-hundred-and-third);
  a quoted or reported figure, forecast with a figure, step, plan, cause or position is
  check-worthy with its speaker, also in Konjunktiv I (seventy-third, hundred-eighty-sixth).
  Pairs from one speaker: Schallenberg-Ruhl's 350 million euros beside „Strukturkrise“,
  Ashgrove's third of the portfolio beside "not walking away", Maillard-Jost's fifth beside
  «knausern», Kerbrat-Ollier's two plants beside "fewer cars" (resolve, as the
  three-hundred-and-sixty-fourth's "chase volume"), Treiber-Wöhrle's quarter beside „zu
  lange auf eine Erholung gehofft“ (regret), Whitcomb-Haye's shoppers beside "stretched",
  Aichhorn-Steinmaurer's 180 beside „gesundes Unternehmen in einem kranken Markt“,
  Ishizaki-Mori's 60 yen beside "storms like this", Reischl-Amberg's 2029 beside „Laufen ist
  Alltag“, Penhaligon's 2,800 products beside "Value is not a campaign", Gfeller-Pittet's
  6200 pounds beside «ein kleines Vergnügen» and the evasion told by her role,
  Vautrin-Lebas's 1.2 billion euros beside "China will come back" (a forecast without a
  figure), Haberstroh-Lentz's 1.3 billion euros beside „Rabattjäger“, Holloway-Price's
  $275 million beside "hard decisions", Hinrichsmeyer's 1.8 points beside „Inspiration“,
  Castellanos-Ward's tariff bill beside "choices", Pichelmayr-Leitner's 71 percent beside
  „mitten im Sturm“, Welsch-Ambrosi's points beside „ein Anker“, Lindqvist-Boberg's 2.2
  billion crowns beside "leaner and quicker", Brändli-Suter's move to Hungary beside
  «leichtfertig», Stroud-Fanshawe's 10 per cent beside "not an excuse", Kemper-Schlotmann's
  4 percent beside „Sand in die Augen“, Zhao's fifth beside "Price wars end",
  Mannsbach-Trapp's range beside „in die Karten“, Delacroix-Hunt's 2,900 workers beside
  "smaller, stronger" and Overbeck-Rosario's 27.6 percent beside „der beste Abholpunkt“.
- Results and guidance (seventy-third, two-hundred-and-twenty-fourth,
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth, four-hundred-and-third):
  revenue, EBIT, EBITDA, net profit, losses, per-share figures, dividends, margins, orders
  and volumes are check-worthy with or without a figure; so are leads whose only figures are the quarter
  and the dateline (Fichtelberg, Hallertau, Bilker, Fuldataler, Maison Ardaillon, Seorin), an announced step
  (Nordhamn's skipped dividend, the board's review of Harcourt & Vale's dividend,
  Brändli-Suter's move to Hungary), a stated cause and a shift in what shoppers buy
  (Whitcomb-Haye, told without a figure) and where cuts fall (Kochertal's two sites,
  Ennsfaser's Steyr and Czech share). Consensus figures are check-worthy with their sources
  unchecked („gemäss dem AWP-Konsens“ - four-hundred-and-fourth: „gemäss“ before a source -,
  "topping the average analyst forecast of $1.58, according to LSEG data", "the 1.62
  billion-euro average of analyst estimates compiled by Bloomberg", "The average forecast of
  21 analysts in an LSEG poll" count 21, "in a company-compiled consensus", "Analysts polled
  by LSEG", "The average of analyst estimates compiled by Bloomberg", "beating Wall Street
  estimates of $1.55, according to FactSet", "wider than the 9 cents analysts had expected";
  "short of", "topping", "beating", "wider than" and "below" before an article no hedge), and
  a consensus told without a figure stays check-worthy („Analysten hatten mit einem deutlich
  milderen Rückgang gerechnet.“; three-hundred-and-twenty-ninth, four-hundred-and-third). A
  firm's expectation with a figure is check-worthy with the speaker unchecked („erwartet der
  Vorstand“, „rechnet Kochertal“, „peilt Fichtelberg ... an“, „stellt Modalino ... in
  Aussicht“, "now expects", "now sees", "now forecasts"; three-hundred-and-sixty-fourth).
  Ranges keep both ends with the unit written once and no hedge („zwischen 1,55 und 1,65
  Milliarden Euro, bislang waren 1,8 bis 2,0 Milliarden Euro“, „von 7,6 bis 7,9 Milliarden
  Euro“, „von 4 bis 5%“, „von 4 bis 6%“, „zwischen 3,5 und 4,5 Prozent statt bisher 2,5 bis
  4 Prozent“, „bei 14,5 bis 15 Prozent ..., nach bislang 14 bis 15 Prozent“ - the repeated 15
  labelled twice, seventy-third -, „um 12 bis 16 Prozent“, „zwischen 340 und 380 Millionen
  Euro“, „von 900 bis 940 Mio Fr.“, „von 720 bis 780 Millionen Euro, bislang waren es 620 bis
  720 Millionen Euro“ - 720 twice -, „von 440 bis 490 Millionen Euro“, "$6.40 to $6.55 per
  share from $6.25 to $6.45", "4% to 5% ..., down from 5.5% to 7%", "between £1.34bn and
  £1.40bn", "$4 billion to $4.5 billion", "$3.1 billion to $3.3 billion, from $3.5 billion to
  $3.8 billion", "$14.2 billion to $14.5 billion, down from $14.8 billion to $15.1 billion",
  "between 2.5% and 3.5%", "240,000 to 255,000" counts). "flat to up 1%" is 1 with no hedge
  (three-hundred-and-twenty-ninth: "flat to down 2%") and "growth of up to 2.5%" 2.5
  "up_to". dpa-AFX's prior-year figures in brackets give two quantities in order, the scale
  word and unit after the bracket serving both („auf 412 (Vorjahr: 538) Millionen Euro“,
  „auf 241 (Vorjahr: 197) Millionen Euro“, „auf 10,2 (8,7) Prozent“, „auf 214,6 (Vj. 138,2)
  Millionen Euro“, „auf 1,07 (0,94) Milliarden Euro“; three-hundred-and-twenty-ninth,
  three-hundred-and-sixty-fourth). „nach minus 12 Millionen Euro“ is -12,000,000 EUR and
  "to minus 1.8%" -1.8 („minus“ and "minus" a sign, seventy-third), while „das Minus 4,1
  Prozent“ (a noun, three-hundred-and-sixty-fourth: „mit einem Minus von 4,1 Prozent“),
  „einen Verlust von 23,4 Mio. Euro“, „einen Verlust von 86,3 Mio. Euro“, "The net loss was
  $212 million", "a loss of 205 billion won" and "a loss of 2.08 billion yuan" keep their
  amounts as written (two-hundred-and-fiftieth). Guidance told as a vague magnitude carries
  no quantity and the row stays check-worthy („im niedrigen zweistelligen Millionenbereich“
  - two-hundred-and-twenty-fourth -, „um einen hohen einstelligen Prozentsatz“ -
  four-hundred-and-third: „im hohen einstelligen Prozentbereich“). New: "to stay in the high
  teens in the fourth quarter" carries no quantity but the ordinal 4 - "the high teens" names
  a band of percentages without writing a figure, as "a mid-single-digit percentage"
  (three-hundred-and-twenty-ninth) and „im hohen einstelligen Prozentbereich“
  (four-hundred-and-third); the row is check-worthy as guidance. New: „am oberen Ende der
  Spanne von 5 bis 7 Prozent“, „am unteren Ende der Zielspanne von 5 bis 7 Prozent“ and „am
  oberen Ende der Spanne von 7,3 bis 7,6 Millionen Tonnen“ keep both ends of the range with
  no hedge - the end named places the figure inside the range without bounding either end,
  as „im Bereich von“ added no hedge of its own (four-hundred-and-third) and a range keeps
  the ends it writes (three-hundred-and-twenty-ninth).
- New: „währungsbereinigt“ and „währungsbereinigtes“, „bei konstanten Wechselkursen“ and "At
  constant exchange rates" carry no quantity and no hedge, and the rate after them is as
  written („währungsbereinigt betrug das Minus 4,1 Prozent“ 4.1, „stieg währungsbereinigt um
  8,4 Prozent“ 8.4, „um 12 bis 16 Prozent“ both ends, "fell 6.5%" 6.5) - they name the basis
  of the measure, as „in Lokalwährungen“ (three-hundred-and-twenty-ninth; here three times),
  "in constant currency" (two-hundred-and-eighty-eighth), „organisch“ and "organic"
  (four-hundred-and-third), "like-for-like" (tenth) and „real“ (three-hundred-and-sixty-
  fourth) do.
- Money in the currency written (every batch): EUR for „Millionen Euro“, „Milliarden Euro“,
  „Mio. Euro“, „Mrd. Euro“, „38,62 Euro“, „0,25 Euro je Aktie“ and "1.41 billion euros ($1.63
  billion)" with the bracketed dollars unhedged (eightieth); "a 1.62 billion-euro average"
  1,620,000,000 EUR (three-hundred-and-sixty-fourth: "a 2 billion-euro program"); „je
  Tonne“, „je Aktie“, „je Vorzugsaktie“, "per share", "a share", "a year" and „jährliche“
  carry none. CHF for awp's „5,18 Mrd Fr.“, „612 Mio Fr.“, „688 Mio Fr.“, „von bis zu 45 Mio
  Fr.“ "up_to", „104,35 Fr.“, „36,85 Fr.“, for Keystone-SDA's „3,94 Milliarden Franken“ and
  „1'612 Fr.“ with the Swiss apostrophe (tenth, three-hundred-and-sixty-fourth); GBP for PA's
  "£612m", "£548m", "£23.8bn", "£1.34bn", "£1.40bn", "at least £1.3bn" "at_least", "about
  £185m", "£230m", "about £410m", for pence ("by 0.4p to 4.3p a share" 0.004 and 0.043,
  "318.2p" 3.182, "2.4p a share" 0.024, "142.6p" 1.426; hundred-eighty-sixth) and for
  „rund 6200 Pfund“ in German copy (the cocoa price in London; Swiss four digits without a
  separator, hundred-tenth); USD for dollars and U.S. cents ("94 cents per share" 0.94, "41
  cents a share", "57 cents", "31 cents", "4 cents", "18 cents", "9 cents";
  two-hundred-and-eighty-eighth) and for the bracketed conversions of yen, won, crowns and
  yuan; JPY for "720 billion yen ($4.9 billion)", "60 yen per share" and "the yen will
  average 138 per dollar ..., compared with 146 previously" - the currency quoted against the
  dollar, the later figure taking the currency written once (four-hundred-and-third: "the yen
  averaging 142 per dollar"); KRW for "318 billion won ($228 million)" and "5.2 trillion won"
  (three-hundred-and-sixty-fourth); SEK for "1.12 billion Swedish crowns", "860 million
  crowns", "2.2 billion crowns" and "a profit of 240 million" in the Stockholm story, the
  currency written once serving the later figure (two-hundred-and-twenty-fourth,
  three-hundred-and-twenty-ninth); CNY for "yuan" (hundred-eighth).
- Margins, rates and moves are percentages as written, "per cent" as "%" (every batch):
  margins („Ebit-Marge ... auf 1,8 Prozent von 4,3 Prozent“, „EBIT-Marge lag bei 2,4% nach
  7,9%“, "Vehicle margin" none, "an adjusted operating margin of 4% to 5%"), shares
  („Online-Anteil ... 27,6 Prozent“, "their share of the market to 23.1% from 18.4%",
  „Retourenquote ... 47,3 Prozent“, „Auslastung ... bei nur 71 Prozent“ - „nur“ no hedge),
  beat rates ("76% beat", "a long-run average beat rate is 67%, against 78%"), "roughly 5% of
  its workforce" and "roughly 8% more" "about" ("more" after the figure no hedge), „um mehr
  als 40 Prozent“ "over", „eine Ebitda-Marge von über 21%“ "over" („über“ straight before the
  figure a hedge, as the issue's „über 3.000 Soldaten“; four-hundred-and-third: „über dem
  Vorjahresquartal“ none, governed by the noun), „von durchschnittlich 14%“, „im Schnitt um
  24 Prozent“ and „um durchschnittlich 9 Prozent“ with no hedge; changes of a margin in basis
  points "bp" („um 230 Basispunkte“, "by 310 basis points", "390 basis points", "widened 18bps"
  - the abbreviation glued to the figure, as "a 25bp cut" and "6 bps", hundred-thirty-ninth,
  two-hundred-and-seventeenth) and of a rate or a contribution in percentage points "pp" („um
  1,8 Prozentpunkte“, „rund 2 Prozentpunkte ..., höhere Mengen knapp 3 Prozentpunkte“ 2
  "about" and 3 "nearly"; three-hundred-and-twenty-ninth); share moves as written („um 9,3
  Prozent auf 38,62 Euro“, "as much as 7.2%" and "as much as 8.9%" "up_to" -
  three-hundred-and-sixty-fourth -, "fell 11.6% to $47.80", "slumped 19 per cent to 142.6p",
  "extending their decline this year to 41%"). New: "Nordhamn's B shares" carry nothing - the
  letter of a share class is a name as „Vorzugsaktie“ and "Inhaberaktien" are
  (three-hundred-and-twenty-ninth), like the index names "Dax", "MDax", "SDax", "STOXX 600"
  and "S&P 500" and the model name "Lanque" (four-hundred-and-third).
- Jobs, staff, stores and volumes are counts with their hedges (two-hundred-and-twenty-
  fourth, three-hundred-and-second, three-hundred-and-sixty-fourth): „rund 1.800 Stellen“,
  „rund 3.200 Stellen ... zwei seiner Werke“, „Crailsheim mit 640 und Zwickau mit 410
  Beschäftigten“, „Für rund 900 der 2.350 Beschäftigten“, „um 180 auf 2.350“, „weitere 420
  Stellen“ („weitere“ no hedge), „Rund 260 der 420 Stellen“, „rund 340 der gut 1'360
  Mitarbeitenden“ 340 "about" and 1360 "over", „mit 1.050 Beschäftigten“, „rund 300 Stellen“,
  "about 1,150 jobs", "three plants", "about 2,700 jobs", "about 2,900 workers", "38 of its
  512 stores", "about 95,000 seasonal workers, 10,000 fewer" ("fewer" after the figure no
  hedge), "more than 2,800 products" "over", "a shift at two of its Italian plants" 2 ("a
  shift" none), „um 240.000 auf 49,6 Millionen“, „143'600 Tonnen“, „551.300 Fahrzeuge,
  darunter 131.800“ („darunter“ no hedge), „7,3 bis 7,6 Millionen Tonnen“, "1.18 million
  vehicles", "214,600 vehicles", "about 62,000 electric pickups", "197,400", "8.93 million
  vehicles", "14,300 cars", "only four of the 15 biggest manufacturers" 4 and 15 ("only" no
  hedge); tallies („37 der 40 Dax-Konzerne ..., 21 davon“, „Neun Unternehmen ..., sechs
  davon“ - a number word opening the row reads as digits would, three-hundredth -, "Of the
  458 companies"). Multiples are counts with their hedges: „fast doppelt so viel wie“ 2
  "nearly" (four-hundred-and-fifty-first: „fast dreimal so viele“); verbs carry none ("more
  than tripled"; three-hundred-and-sixty-fourth: "more than doubled"). Quarters counted are
  counts, not durations: „nach drei Quartalen“ 3 and "over the past four quarters" 4, as „in
  den ersten drei Quartalen“ 3 (thirty-sixth, four-hundred-and-third) and "the highest in 10
  quarters" 10 (two-hundred-and-eighty-eighth).
- Fractions (the issue's „jeder vierte“, "a quarter"): „um rund ein Fünftel“ 0.2 "about",
  „um knapp ein Viertel“ and „auf knapp ein Viertel“ 0.25 "nearly", „rund ein Viertel seiner
  Stellen“ 0.25 "about", „um fast die Hälfte“ 0.5 "nearly", "about a third of its U.S.
  portfolio" 0.3333 "about", "fell by almost a third" 0.3333 "nearly" beside "first-half" 1,
  "nearly a fifth of sales" 0.2 "nearly", "slid by nearly a quarter" 0.25 "nearly" (the
  fraction word after "by" no quarter of the year; three-hundred-and-twenty-ninth).
- Fiscal periods (seventy-third, three-hundred-and-twenty-ninth,
  three-hundred-and-sixty-fourth, four-hundred-and-third): quarters and halves are ordinals
  („im dritten Quartal“, „nach einem schwachen dritten Quartal“, „zum dritten Quartal“,
  "third-quarter", "fiscal third quarter", "in the second quarter", "in the fourth quarter",
  "in the fourth" with the noun left out - seventy-third: "in the third" -, "the third
  quarter of 2020" 3 and the year, "first-half", "in the first half", "in the second half");
  „in den ersten neun Monaten“ ordinal 1 with 9 months, with „2028“ after it its year
  (twenty-fifth), „in den ersten drei Quartalen“ ordinal 1 and count 3, "In the year's first
  10 months" ordinal 1 with 10 months (four-hundred-and-twentieth: "in the year's first nine
  months"). New: „Der Q3-Umsatz“ gives ordinal 3 - "Q3" heading a hyphenated German
  compound reads as "in Q3" (thirty-sixth, four-hundred-and-third) and as „im dritten
  Quartal“, the hyphen changing nothing, as in „Sechs-Jahres-Tief“
  (three-hundred-and-sixty-fourth). Streaks and firsts are ordinals: "a second straight
  quarter" 2 (four-hundred-and-third: "for a fourth straight quarter"), "for a second time in
  three months" and "its second profit warning in three months" 2 with 3 months
  (three-hundred-and-sixty-fourth), "its first quarterly profit" 1 ("quarterly" none, as
  "monthly" in "third monthly rise", three-hundred-and-fifty-sixth), "the third monthly
  decline in a row" 3, „die erste Ausschüttung seit dem Geschäftsjahr 2021/22“ 1 and both
  years, "a third plant" 3, "a second shift" 2 (hundred-seventy-eighth: "the plant's second
  shift"), "Japan's No. 5 automaker" 5 (three-hundred-and-twenty-ninth: "Japan's No. 3
  automaker"). None: „Schlusslicht“, „Dax-Spitze“, „der stärkste Anstieg“, „größter
  Gewinner“, "the biggest decline", "steepest", "lowest", „tiefsten“, "the strongest".
- Spans (the issue's „fünfstündigen“, "a two-week visit"): "for the three months to Sept.
  30" 3 months and the date, "for the three months ended Oct. 28" 3 months and the date,
  "in the three months through September" and "in the three months to September" 3 months
  (four-hundred-and-third), "in the six months to September" 6 months, "in the 26 weeks to
  October 14" and "in the 13 weeks to October 28" weeks with their dates
  (three-hundred-and-twenty-ninth), „in den zwölf Monaten bis Ende September“ 12 months,
  „binnen drei Monaten“ 3 months („binnen“ no hedge), „zunächst für drei Monate“ 3 months
  („zunächst“ no hedge), „im Herbst vor zwei Jahren“ and „so stark wie seit
  zwei Jahren nicht mehr“ 2 years, "their steepest one-day drop" and "their
  biggest one-day drop in 16 years" 1 day and 16 years (two-hundred-and-twenty-fourth,
  four-hundred-and-third: "the highest in 12 years"). None: „im Vorjahr“, „im
  Vorjahresquartal“, „im Vorjahreszeitraum“, „im Vorquartal“, „ein Jahr zuvor“, „seit
  Jahresbeginn“, „Für das Gesamtjahr“, „Für heuer“, „in diesem Jahr“, „für die kommenden
  Monate“, „von Jänner bis September“, „vom Frühjahr“, „jahrelang“, „Ende November“, "from
  July through September", "the November-January quarter", "full-year", "a year earlier",
  "a year ago", "this year", "last year", "next year", "early next year", "well into next
  year", "in January", "since March", "in August", "in October", "a year".
- Years and dates: Reuters datelines with a day are dates without a year ("ATLANTA, Oct 24"
  --10-24, "TOKYO, Oct 27", "PARIS, Nov 1", "NEW YORK, Nov 2", "STOCKHOLM, Nov 8",
  "SHANGHAI, Nov 10", "BRUSSELS, Nov 15", "NEW YORK, Nov 16"; three-hundred-and-sixty-fourth,
  four-hundred-and-third); dpa-AFX ("LEVERKUSEN (dpa-AFX) -"), awp ("Dübendorf (awp) -"),
  Keystone-SDA ("Payerne VD" - the canton letters none), APA, Reuters German ("Schwäbisch
  Hall (Reuters) -"), dpa ("Meschede (dpa/lnw) -"), AP ("MINNEAPOLIS (AP) —"), PA ("LONDON
  (PA) -") and Bloomberg ("(Bloomberg) --") datelines none (seventy-ninth). "Sept. 30",
  "Oct. 28", "October 14", "October 28", "Nov. 2" (in "the quarter ended Nov. 2",
  three-hundred-and-twenty-ninth: "the quarter ended July 4"), "on January 12", „ab 1.
  Dezember“ --12-01 („ab“ before a date no hedge) and „am 24. Oktober“ --10-24 are dates
  without a year. Fiscal years give both years („im Geschäftsjahr 2027/28“, „seit dem
  Geschäftsjahr 2021/22“, „Für 2028/29“; four-hundred-and-third), "the business year to
  March 2029" its year (four-hundred-and-third: "the year to March 2028"), "model years 2026
  to 2028" both (three-hundred-and-sixty-fourth); „bis Ende 2030“, „bis Ende 2029“, „Für
  2028“, „für 2028“, „das Frühjahr 2029“, „bis Mitte 2030“, „seit 2022“, „erst 2026“, „seit
  2009“, "from 2030", "until 2030", "since April 2025", "since 2020", "since 2009", "for
  2028", "in 2029" and "the bloc's 2030 emissions targets" the years. Clock times ("by 0915
  GMT") none.
- Hedges, only the names in use: „rund“, „Rund“, "about", "roughly" "about"; „knapp“,
  „fast“, "almost", "nearly" "nearly"; „gut“, „mehr als“, „über“ straight before a figure,
  "more than" "over"; „bis zu“, "up to", "as much as" "up_to"; "at least" "at_least". No
  hedge: „im Schnitt“, „durchschnittlich“, „nur“, „nur noch“, „bislang“, „bisher“, „statt“,
  „zunächst“, „derzeit“, „erst“, „weitere“, „darunter“, „davon“, „binnen“, „zwischen“, „bis“
  and "to" in a range, „am oberen Ende“, „am unteren Ende“ (above), „währungsbereinigt“, „in
  Lokalwährungen“, „bei konstanten Wechselkursen“, "at constant exchange rates", "organic",
  "like-for-like", "flat to", "only", "short of", "topping", "beating", "wider than", "fewer"
  and "more" after a figure, „um“ and "by" before a difference or a share, "over" before a
  span.
- Speakers, checked only in forms the earlier batches settled. German: „teilte Wupperchem am
  Dienstag mit“ -> "Wupperchem" and „teilte Hallertau am Donnerstag in München mit“ ->
  "Hallertau" (the weekday and the place dropped; three-hundred-and-twenty-ninth: „teilte
  Sprintara am Dienstag mit“), „wie das Unternehmen am Donnerstag mitteilte“ and „teilte das
  Unternehmen am Freitag mit“ -> "das Unternehmen", „teilte der Konzern am Dienstag mit“ ->
  "der Konzern" (three-hundred-and-sixty-fourth, four-hundred-and-third); the name with the
  title, occasion and addressee dropped („Finanzvorständin Birgit Schallenberg-Ruhl sagte in
  einer Telefonkonferenz, ...“, „Konzernchefin Séraphine Maillard-Jost sagte an einer
  Telefonkonferenz, ...“, „Vorstandschef Armin Treiber-Wöhrle sagte, ...“, „Finanzvorstand
  Herbert Aichhorn-Steinmaurer sagte, ...“, „Finanzchef Konstantin Reischl-Amberg sagte,
  ...“, „Konzernchefin Annemarie Gfeller-Pittet sagte, ...“, „Finanzvorständin Cornelia
  Haberstroh-Lentz sagte in einer Telefonkonferenz, ...“, „Generaldirektorin Waltraud
  Pichelmayr-Leitner sagte, ...“, „Finanzvorstand Jonas Welsch-Ambrosi sagte, ...“,
  „Konzernchef Reto Brändli-Suter sagte an einer Telefonkonferenz, ...“, „Betriebsratschef
  Uwe Kemper-Schlotmann sagte der Deutschen Presse-Agentur, ...“ - the addressee dropped as
  „sagte der Nachrichtenagentur dpa“, four-hundred-and-twentieth -, „Vorstandschef Gerolf
  Mannsbach-Trapp sagte, ...“, „Finanzchefin Tanja Overbeck-Rosario sagte, ...“;
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth, four-hundred-and-third).
  New: „Co-Vorstandschefin Lena Hinrichsmeyer sagte, ...“ -> "Lena Hinrichsmeyer" - the
  prefix "Co-" belongs to the title and goes with it, as the parts of „Prof. Dr.“
  (four-hundred-and-twentieth) and of „Herren-Cheftrainer“ (four-hundred-and-twentieth) did.
  English: "Brightway Stores said Thursday that ..." as written (three-hundred-and-twenty-
  ninth: "Sunmoor Airlines said Wednesday that ..."), "Shiranami said", "Seorin said" and
  "Nordhamn also said" as written (four-hundred-and-third: "Pellham said"); the name with the
  office and the audience dropped ("Chief Financial Officer Wendell Ashgrove told analysts",
  "Chief Financial Officer Matthieu Kerbrat-Ollier told reporters", "Chief Executive Dolores
  Whitcomb-Haye told reporters", "Chief Financial Officer Haruto Ishizaki-Mori told
  reporters", "Chief executive Rosalind Penhaligon said", "Chief Financial Officer Clémence
  Vautrin-Lebas told analysts", "Chief Executive Garrett Holloway-Price said", "Chief
  Financial Officer Renée Castellanos-Ward said", "Chief Executive Astrid Lindqvist-Boberg
  said", "Chief executive Imelda Stroud-Fanshawe said", "President Zhao Minghui told
  analysts", "Chief Executive Margo Delacroix-Hunt said"; three-hundred-and-twenty-ninth,
  four-hundred-and-third), a statement followed by "said Darnell Okafor-Briggs, a union
  steward at the plant" the name (fifteenth, hundred-tenth: "said Jo Harker, a hydrologist at
  ..."). Left unchecked (None): all negatives, also those with a named speaker ("said
  Bloomberg Intelligence analyst Yoon Seo-jin" among them); „hieß es aus dem Unternehmen“,
  „hieß es“, „nach Unternehmensangaben“ (three-hundred-and-sixty-fourth); „gemäss dem
  AWP-Konsens“, „wie eine Auswertung der Nachrichtenagentur dpa-AFX zeigt“ (four-hundred-and-
  fifty-first: a document as the subject of „zeigt“); verbs that are not of saying
  („erwartet“, „rechnet“, „peilt ... an“, „stellt ... in Aussicht“, „bestätigte“, „verwies“,
  "expects", "now sees", "now forecasts", "forecasts", "promised"); "according to LSEG data",
  "according to LSEG", "according to FactSet", "according to a statement Wednesday",
  "compiled by Bloomberg", "Analysts polled by LSEG", "data from the European Automobile
  Manufacturers' Association (ACEA) showed" (two-hundred-and-fourth,
  three-hundred-and-sixty-fourth); roles and pronouns („Der Vorstand“, „das Management“,
  "It also plans", "It raised", "The company now assumes", "ACEA's director general told
  reporters"); descriptions before a name ("Swedish home appliance maker Nordhamn",
  "Department store chain Penfield's"; fortieth) and rows without attribution. As the
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth and four-hundred-and-third
  batches did, and to keep the checked speakers near 35, several figures are given no
  attribution or one of the unchecked forms.
- Negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-twenty-ninth,
  three-hundred-and-sixty-fourth, four-hundred-and-third), none with a figure: executives'
  quoted rhetoric, resolve, regret, boasts and reassurance (the pairs above, „Rabattjäger“ -
  a boast without a benchmark, two-hundred-and-eleventh); outlooks without a figure („Für
  die kommenden Monate stellte der Vorstand keine rasche Besserung in Aussicht.“, "The
  company expects demand from carmakers to stay weak well into next year.", "Industry
  executives expect the market to stay subdued ..."; three-hundred-and-sixty-fourth:
  „Branchenbeobachter erwarten, dass ...“ - "next year" none); labels of traders, a union, a
  works council, an official and a mayor („sprach von einem „Offenbarungseid mit Ansage““,
  „nannte die Pläne „ein Armutszeugnis für das Management““, „zeigte sich „besorgt, aber
  nicht alarmiert““, „nannte die Zahlen „rundum gelungen““, „nannte den Abbau „einen
  rabenschwarzen Tag für das Ennstal““, „bezeichnete den Abbau als «Kahlschlag auf Vorrat»“,
  „sprach von einer „bitteren Nachricht für das ganze Sauerland““, "called the closure "a
  slap in the face ..."", "cautiously optimistic"); analysts', investors' and strategists'
  views, verdicts and doubts („hiess es, die Zahlen zeigten eine «bemerkenswerte
  Preissetzungsmacht»“, „hielten die Spanne ... für zu zaghaft“, „hält die neue Prognose für
  „eher vorsichtig gerechnet““, "still looked optimistic", "had been widely expected", "the
  chain was winning the price war", "had braced for worse", "had been too slow", "are split
  on whether", "doubted the savings would be enough", "have long questioned whether", "warned
  that the tariff bill ... had yet to show up"; a warning naming no measure,
  three-hundred-and-fifty-sixth); an evasion („Ob weitere Preiserhöhungen nötig würden, liess
  die Konzernchefin offen.“) and an open question („Ob das Weihnachtsgeschäft ... hängt ...
  an der Rabattwoche Ende November.“); a strategist's quoted verdict; and the headings
  „Analyse: Autobauer bremsen, Konsumgüter tragen - die Bilanz der Berichtssaison“ and
  "FACTBOX-Retailers head into the holidays: who is upbeat and who is worried"
  (three-hundred-and-fifty-sixth, four-hundred-and-third). As the brief for these batches
  asks, negatives carry no expected quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_454 = [
    # --- Wupperchem: Prognose gesenkt, Stellenabbau (dpa-AFX), Dienstag, 24. Oktober ---
    ("de", "LEVERKUSEN (dpa-AFX) - Der Spezialchemiekonzern Wupperchem senkt nach einem schwachen dritten Quartal seine Ziele für das Gesamtjahr und will weltweit rund 1.800 Stellen streichen.", True, [("ordinal", 3, None, None), ("count", 1800, None, "about")], None),
    ("de", "Das bereinigte Ebitda fiel im dritten Quartal auf 412 (Vorjahr: 538) Millionen Euro, teilte Wupperchem am Dienstag mit.", True, [("ordinal", 3, None, None), ("money", 412000000, "EUR", None), ("money", 538000000, "EUR", None)], "Wupperchem"),
    ("de", "Der Umsatz sank um 6,8 Prozent auf 2,71 Milliarden Euro; währungsbereinigt betrug das Minus 4,1 Prozent.", True, [("percent", 6.8, "%", None), ("money", 2710000000, "EUR", None), ("percent", 4.1, "%", None)], None),
    ("de", "Analysten hatten mit einem deutlich milderen Rückgang gerechnet.", True, [], None),
    ("de", "Für das Gesamtjahr erwartet der Vorstand nun ein bereinigtes Ebitda zwischen 1,55 und 1,65 Milliarden Euro, bislang waren 1,8 bis 2,0 Milliarden Euro angepeilt.", True, [("money", 1550000000, "EUR", None), ("money", 1650000000, "EUR", None), ("money", 1800000000, "EUR", None), ("money", 2000000000, "EUR", None)], None),
    ("de", "Finanzvorständin Birgit Schallenberg-Ruhl sagte in einer Telefonkonferenz, der Abbau solle bis Ende 2030 jährliche Einsparungen von 350 Millionen Euro bringen.", True, [("year", 2030, None, None), ("money", 350000000, "EUR", None)], "Birgit Schallenberg-Ruhl"),
    ("de", "„Die Chemie in Europa steckt nicht in einer Delle, sondern in einer Strukturkrise“, sagte Schallenberg-Ruhl.", False, [], None),
    ("de", "Die Aktie brach auf Xetra um 9,3 Prozent auf 38,62 Euro ein und war damit Schlusslicht im MDax.", True, [("percent", 9.3, "%", None), ("money", 38.62, "EUR", None)], None),
    ("de", "Ein Händler sprach von einem „Offenbarungseid mit Ansage“.", False, [], None),
    # --- Harlow & Pike third-quarter results (Reuters), Tuesday, Oct 24 ---
    ("en", "ATLANTA, Oct 24 (Reuters) - Harlow & Pike, the maker of Brisko cleaning sprays and Tallow Creek soaps, reported third-quarter profit above Wall Street forecasts on Tuesday as higher prices offset a second straight quarter of falling volumes.", True, [("date", "--10-24", None, None), ("ordinal", 3, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Adjusted earnings came in at $1.64 a share for the three months to Sept. 30, topping the average analyst forecast of $1.58, according to LSEG data.", True, [("money", 1.64, "USD", None), ("duration", 3, "month", None), ("date", "--09-30", None, None), ("money", 1.58, "USD", None)], None),
    ("en", "Net sales rose 2.1% to $5.93 billion, while organic sales, which strip out currency swings and acquisitions, grew 3.4%.", True, [("percent", 2.1, "%", None), ("money", 5930000000, "USD", None), ("percent", 3.4, "%", None)], None),
    ("en", "Harlow & Pike raised its forecast for full-year adjusted earnings to $6.40 to $6.55 per share from $6.25 to $6.45.", True, [("money", 6.4, "USD", None), ("money", 6.55, "USD", None), ("money", 6.25, "USD", None), ("money", 6.45, "USD", None)], None),
    ("en", "Chief Financial Officer Wendell Ashgrove told analysts the company would raise prices on about a third of its U.S. portfolio in January.", True, [("fraction", 0.3333, None, "about")], "Wendell Ashgrove"),
    ("en", '"Consumers are tired, but they are not walking away from the brands they trust," Ashgrove said.', False, [], None),
    ("en", "Shares rose 3.8% to $142.17 in morning trading.", True, [("percent", 3.8, "%", None), ("money", 142.17, "USD", None)], None),
    # --- Aromalp nach neun Monaten (awp), Mittwoch, 25. Oktober ---
    ("de", "Dübendorf (awp) - Der Aromen- und Duftstoffhersteller Aromalp ist in den ersten neun Monaten 2028 in Lokalwährungen um 5,6% gewachsen.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("year", 2028, None, None), ("percent", 5.6, "%", None)], None),
    ("de", "In Franken sank der Umsatz wegen der Währungseffekte jedoch um 1,3% auf 5,18 Mrd Fr.", True, [("percent", 1.3, "%", None), ("money", 5180000000, "CHF", None)], None),
    ("de", "Analysten hatten gemäss dem AWP-Konsens mit einem Plus von 4,8% gerechnet.", True, [("percent", 4.8, "%", None)], None),
    ("de", "Konzernchefin Séraphine Maillard-Jost sagte an einer Telefonkonferenz, die Preise für Vanillin und Zitrusöle seien seit Jahresbeginn um rund ein Fünftel gestiegen.", True, [("fraction", 0.2, None, "about")], "Séraphine Maillard-Jost"),
    ("de", "«Wir sehen keine Anzeichen dafür, dass die Leute bei Duschgel und Deo knausern», sagte Maillard-Jost.", False, [], None),
    ("de", "Die mittelfristigen Ziele - ein organisches Wachstum von 4 bis 5% und eine Ebitda-Marge von über 21% - bestätigte Aromalp.", True, [("percent", 4, "%", None), ("percent", 5, "%", None), ("percent", 21, "%", "over")], None),
    ("de", "Die Aktie legte an der SIX bis zum Mittag 3,1% auf 104,35 Fr. zu.", True, [("percent", 3.1, "%", None), ("money", 104.35, "CHF", None)], None),
    ("de", "Bei der Zürcher Kantonalbank hiess es, die Zahlen zeigten eine «bemerkenswerte Preissetzungsmacht».", False, [], None),
    # --- Valtrona cuts margin target (Bloomberg), Wednesday, Oct 25 ---
    ("en", "(Bloomberg) -- Valtrona NV lowered its annual margin goal for a second time in three months as slumping demand for its electric models in Europe and price cuts in China weighed on third-quarter earnings.", True, [("ordinal", 2, None, None), ("duration", 3, "month", None), ("ordinal", 3, None, None)], None),
    ("en", "The carmaker now expects an adjusted operating margin of 4% to 5% this year, down from 5.5% to 7% previously, according to a statement Wednesday.", True, [("percent", 4, "%", None), ("percent", 5, "%", None), ("percent", 5.5, "%", None), ("percent", 7, "%", None)], None),
    ("en", "Adjusted operating income fell 38% to 1.41 billion euros ($1.63 billion) in the quarter, short of the 1.62 billion-euro average of analyst estimates compiled by Bloomberg.", True, [("percent", 38, "%", None), ("money", 1410000000, "EUR", None), ("money", 1630000000, "USD", None), ("money", 1620000000, "EUR", None)], None),
    ("en", "The margin narrowed by 310 basis points to 4.6%, its weakest since the third quarter of 2020.", True, [("percent", 310, "bp", None), ("percent", 4.6, "%", None), ("ordinal", 3, None, None), ("year", 2020, None, None)], None),
    ("en", "Chief Financial Officer Matthieu Kerbrat-Ollier told reporters the company would drop a shift at two of its Italian plants from January.", True, [("count", 2, None, None)], "Matthieu Kerbrat-Ollier"),
    ("en", '"We would rather build fewer cars than give them away," Kerbrat-Ollier said.', False, [], None),
    ("en", "The shares dropped as much as 7.2% in Milan, the most since April 2025.", True, [("percent", 7.2, "%", "up_to"), ("year", 2025, None, None)], None),
    ("en", "Analysts at Bernstein said the new guidance still looked optimistic.", False, [], None),
    # --- Kochertal Automotive: Stellenabbau (Reuters German), Donnerstag, 26. Oktober ---
    ("de", "Schwäbisch Hall (Reuters) - Der Autozulieferer Kochertal Automotive streicht bis Ende 2030 rund 3.200 Stellen in Deutschland und schließt zwei seiner Werke.", True, [("year", 2030, None, None), ("count", 3200, None, "about"), ("count", 2, None, None)], None),
    ("de", "Betroffen seien die Standorte Crailsheim mit 640 und Zwickau mit 410 Beschäftigten, hieß es aus dem Unternehmen.", True, [("count", 640, None, None), ("count", 410, None, None)], None),
    ("de", "Im dritten Quartal fiel der Umsatz um 11 Prozent auf 1,94 Milliarden Euro, die bereinigte Ebit-Marge schrumpfte auf 1,8 Prozent von 4,3 Prozent ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("percent", 11, "%", None), ("money", 1940000000, "EUR", None), ("percent", 1.8, "%", None), ("percent", 4.3, "%", None)], None),
    ("de", "Vorstandschef Armin Treiber-Wöhrle sagte, die Abrufe der Autobauer lägen um knapp ein Viertel unter der Planung vom Frühjahr.", True, [("fraction", 0.25, None, "nearly")], "Armin Treiber-Wöhrle"),
    ("de", "„Wir haben zu lange auf eine Erholung gehofft, die nicht gekommen ist“, sagte Treiber-Wöhrle.", False, [], None),
    ("de", "Die IG Metall verwies auf einen Standortsicherungsvertrag, der betriebsbedingte Kündigungen bis Ende 2029 ausschließt.", True, [("year", 2029, None, None)], None),
    ("de", "Ein Sprecher der Gewerkschaft nannte die Pläne „ein Armutszeugnis für das Management“.", False, [], None),
    ("de", "Für 2028 rechnet Kochertal nur noch mit einem Umsatz von 7,6 bis 7,9 Milliarden Euro.", True, [("year", 2028, None, None), ("money", 7600000000, "EUR", None), ("money", 7900000000, "EUR", None)], None),
    # --- Brightway Stores trims holiday forecast (AP), Thursday, Oct 26 ---
    ("en", "MINNEAPOLIS (AP) — Brightway Stores said Thursday that comparable sales rose 2.6% in its fiscal third quarter, but the discount chain trimmed its forecast for the holiday season.", True, [("percent", 2.6, "%", None), ("ordinal", 3, None, None)], "Brightway Stores"),
    ("en", "The Minneapolis-based retailer earned $1.02 billion, or $2.21 per share, for the three months ended Oct. 28, compared with $948 million, or $2.03 per share, a year earlier.", True, [("money", 1020000000, "USD", None), ("money", 2.21, "USD", None), ("duration", 3, "month", None), ("date", "--10-28", None, None), ("money", 948000000, "USD", None), ("money", 2.03, "USD", None)], None),
    ("en", "Brightway now expects comparable sales in the November-January quarter to be flat to up 1%, below its earlier forecast of growth of up to 2.5%.", True, [("percent", 1, "%", None), ("percent", 2.5, "%", "up_to")], None),
    ("en", "Chief Executive Dolores Whitcomb-Haye told reporters that shoppers were buying fewer home goods and more groceries, which carry lower margins.", True, [], "Dolores Whitcomb-Haye"),
    ("en", '"Our guests are telling us they are stretched, and we are listening," Whitcomb-Haye said.', False, [], None),
    ("en", "It also plans to hire about 95,000 seasonal workers, 10,000 fewer than last year.", True, [("count", 95000, None, "about"), ("count", 10000, None, None)], None),
    ("en", "Analysts said the lower forecast had been widely expected.", False, [], None),
    # --- Traunseer Fahrzeugtechnik nach drei Quartalen (APA), Freitag, 27. Oktober ---
    ("de", "Gmunden (APA) - Der oberösterreichische Autozulieferer Traunseer Fahrzeugtechnik ist in den ersten drei Quartalen in die roten Zahlen gerutscht.", True, [("ordinal", 1, None, None), ("count", 3, None, None)], None),
    ("de", "Unterm Strich stand von Jänner bis September ein Verlust von 23,4 Mio. Euro nach einem Gewinn von 11,2 Mio. Euro im Vorjahreszeitraum.", True, [("money", 23400000, "EUR", None), ("money", 11200000, "EUR", None)], None),
    ("de", "Der Umsatz ging um 14,7 Prozent auf 612,8 Mio. Euro zurück.", True, [("percent", 14.7, "%", None), ("money", 612800000, "EUR", None)], None),
    ("de", "Für rund 900 der 2.350 Beschäftigten in Gmunden und Vöcklabruck gilt ab 1. Dezember Kurzarbeit, zunächst für drei Monate.", True, [("count", 900, None, "about"), ("count", 2350, None, None), ("date", "--12-01", None, None), ("duration", 3, "month", None)], None),
    ("de", "Finanzvorstand Herbert Aichhorn-Steinmaurer sagte, der Personalstand sei seit Jahresbeginn um 180 auf 2.350 gesunken.", True, [("count", 180, None, None), ("count", 2350, None, None)], "Herbert Aichhorn-Steinmaurer"),
    ("de", "„Wir sind ein gesundes Unternehmen in einem kranken Markt“, sagte Aichhorn-Steinmaurer.", False, [], None),
    ("de", "Für heuer erwartet das Management einen Umsatz von rund 800 Mio. Euro und ein negatives Ebit im niedrigen zweistelligen Millionenbereich.", True, [("money", 800000000, "EUR", "about")], None),
    ("de", "Der oberösterreichische Wirtschaftslandesrat zeigte sich „besorgt, aber nicht alarmiert“.", False, [], None),
    # --- Shiranami Motor cuts forecast (Reuters), Friday, Oct 27 ---
    ("en", "TOKYO, Oct 27 (Reuters) - Shiranami Motor Corp lowered its annual operating profit outlook by 18% on Friday, blaming U.S. tariffs and a firmer yen, after first-half profit fell by almost a third.", True, [("date", "--10-27", None, None), ("percent", 18, "%", None), ("ordinal", 1, None, None), ("fraction", 0.3333, None, "nearly")], None),
    ("en", "Japan's No. 5 automaker now expects operating profit of 720 billion yen ($4.9 billion) in the business year to March 2029, down from 880 billion yen.", True, [("ordinal", 5, None, None), ("money", 720000000000, "JPY", None), ("money", 4900000000, "USD", None), ("year", 2029, None, None), ("money", 880000000000, "JPY", None)], None),
    ("en", "The average forecast of 21 analysts in an LSEG poll was 805 billion yen.", True, [("count", 21, None, None), ("money", 805000000000, "JPY", None)], None),
    ("en", "Operating profit in the six months to September fell 31% to 298.6 billion yen.", True, [("duration", 6, "month", None), ("percent", 31, "%", None), ("money", 298600000000, "JPY", None)], None),
    ("en", "Shiranami said tariffs cost it 164 billion yen in the first half and would cost about 330 billion yen over the full year.", True, [("money", 164000000000, "JPY", None), ("ordinal", 1, None, None), ("money", 330000000000, "JPY", "about")], "Shiranami"),
    ("en", "The company now assumes the yen will average 138 per dollar in the second half, compared with 146 previously.", True, [("money", 138, "JPY", None), ("ordinal", 2, None, None), ("money", 146, "JPY", None)], None),
    ("en", "Chief Financial Officer Haruto Ishizaki-Mori told reporters the company would keep its dividend forecast of 60 yen per share unchanged.", True, [("money", 60, "JPY", None)], "Haruto Ishizaki-Mori"),
    ("en", '"We have been through storms like this before, and we know the way out," Ishizaki-Mori said.', False, [], None),
    # --- Fichtelberg Sport im dritten Quartal (dpa-AFX), Dienstag, 31. Oktober ---
    ("de", "BAYREUTH (dpa-AFX) - Der Sportartikelhersteller Fichtelberg Sport hat im dritten Quartal dank starker Laufschuhverkäufe mehr umgesetzt als erwartet.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der Q3-Umsatz stieg währungsbereinigt um 8,4 Prozent, in Euro gerechnet um 3,9 Prozent auf 2,36 Milliarden Euro.", True, [("ordinal", 3, None, None), ("percent", 8.4, "%", None), ("percent", 3.9, "%", None), ("money", 2360000000, "EUR", None)], None),
    ("de", "Das operative Ergebnis legte auf 241 (Vorjahr: 197) Millionen Euro zu, die operative Marge auf 10,2 (8,7) Prozent.", True, [("money", 241000000, "EUR", None), ("money", 197000000, "EUR", None), ("percent", 10.2, "%", None), ("percent", 8.7, "%", None)], None),
    ("de", "Finanzchef Konstantin Reischl-Amberg sagte, im Großhandel lägen die Vorbestellungen für das Frühjahr 2029 um einen hohen einstelligen Prozentsatz über dem Vorjahr.", True, [("year", 2029, None, None)], "Konstantin Reischl-Amberg"),
    ("de", "„Laufen ist kein Trend mehr, Laufen ist Alltag“, sagte Reischl-Amberg.", False, [], None),
    ("de", "Für das Gesamtjahr peilt Fichtelberg nun ein währungsbereinigtes Umsatzplus am oberen Ende der Spanne von 5 bis 7 Prozent an.", True, [("percent", 5, "%", None), ("percent", 7, "%", None)], None),
    ("de", "Im frühen Xetra-Handel kletterte das Papier um 5,6 Prozent auf 211,40 Euro und setzte sich an die Dax-Spitze.", True, [("percent", 5.6, "%", None), ("money", 211.4, "EUR", None)], None),
    ("de", "Ein Händler nannte die Zahlen „rundum gelungen“.", False, [], None),
    # --- Caldermoor half-year results (PA), Tuesday, Oct 31 ---
    ("en", "LONDON (PA) - Supermarket chain Caldermoor lifted its annual profit outlook on Tuesday after like-for-like sales climbed 4.6 per cent in the 26 weeks to October 14.", True, [("percent", 4.6, "%", None), ("duration", 26, "week", None), ("date", "--10-14", None, None)], None),
    ("en", "Pre-tax profit climbed to £612m from £548m a year earlier, while group sales excluding fuel rose 5.1 per cent to £23.8bn.", True, [("money", 612000000, "GBP", None), ("money", 548000000, "GBP", None), ("percent", 5.1, "%", None), ("money", 23800000000, "GBP", None)], None),
    ("en", "The grocer now sees adjusted operating profit for the year at between £1.34bn and £1.40bn, having previously guided to at least £1.3bn.", True, [("money", 1340000000, "GBP", None), ("money", 1400000000, "GBP", None), ("money", 1300000000, "GBP", "at_least")], None),
    ("en", "The adjusted operating margin widened 18bps to 4.2 per cent.", True, [("percent", 18, "bp", None), ("percent", 4.2, "%", None)], None),
    ("en", "It raised its interim dividend by 0.4p to 4.3p a share.", True, [("money", 0.004, "GBP", None), ("money", 0.043, "GBP", None)], None),
    ("en", "Chief executive Rosalind Penhaligon said the group had cut the prices of more than 2,800 products since March.", True, [("count", 2800, None, "over")], "Rosalind Penhaligon"),
    ("en", '"Value is not a campaign for us, it is the whole business," Ms Penhaligon said.', False, [], None),
    ("en", "Shares in the company rose 6.4 per cent to 318.2p by mid-morning.", True, [("percent", 6.4, "%", None), ("money", 3.182, "GBP", None)], None),
    ("en", "One analyst said the update showed the chain was winning the price war without bleeding for it.", False, [], None),
    # --- Chocolaterie Broye nach neun Monaten (Keystone-SDA), Mittwoch, 1. November ---
    ("de", "Payerne VD (Keystone-SDA) - Der Schokoladenhersteller Chocolaterie Broye hat in den ersten neun Monaten wegen der teuren Kakaobohnen spürbar weniger Tafeln und Pralinen abgesetzt.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None)], None),
    ("de", "Die Verkaufsmenge sank um 7,9% auf 143'600 Tonnen.", True, [("percent", 7.9, "%", None), ("count", 143600, None, None)], None),
    ("de", "Dank Preiserhöhungen von durchschnittlich 14% stieg der Umsatz in Lokalwährungen dennoch um 5,2% auf 3,94 Milliarden Franken.", True, [("percent", 14, "%", None), ("percent", 5.2, "%", None), ("money", 3940000000, "CHF", None)], None),
    ("de", "Konzernchefin Annemarie Gfeller-Pittet sagte, die Tonne Kakao koste in London derzeit rund 6200 Pfund und damit fast doppelt so viel wie im Herbst vor zwei Jahren.", True, [("money", 6200, "GBP", "about"), ("count", 2, None, "nearly"), ("duration", 2, "year", None)], "Annemarie Gfeller-Pittet"),
    ("de", "«Schokolade bleibt ein kleines Vergnügen, das sich die Leute auch in schwierigen Zeiten gönnen», sagte Gfeller-Pittet.", False, [], None),
    ("de", "Die Prognose eines Umsatzwachstums in Lokalwährungen von 4 bis 6% für 2028 bestätigte das Unternehmen.", True, [("percent", 4, "%", None), ("percent", 6, "%", None), ("year", 2028, None, None)], None),
    ("de", "Ob weitere Preiserhöhungen nötig würden, liess die Konzernchefin offen.", False, [], None),
    ("de", "Die Aktie schloss an der SIX 2,2% tiefer bei 1'612 Fr.", True, [("percent", 2.2, "%", None), ("money", 1612, "CHF", None)], None),
    # --- Maison Ardaillon third-quarter sales (Reuters), Wednesday, Nov 1 ---
    ("en", "PARIS, Nov 1 (Reuters) - French cosmetics group Maison Ardaillon posted slower third-quarter sales growth on Wednesday as demand in China weakened and U.S. shoppers turned to cheaper brands.", True, [("date", "--11-01", None, None), ("ordinal", 3, None, None)], None),
    ("en", "Like-for-like sales, which exclude currency effects and acquisitions, rose 3.2% to 9.87 billion euros, short of the 4.1% analysts had expected in a company-compiled consensus.", True, [("percent", 3.2, "%", None), ("money", 9870000000, "EUR", None), ("percent", 4.1, "%", None)], None),
    ("en", "At constant exchange rates, sales in mainland China fell 6.5%, after a 2.1% decline in the second quarter.", True, [("percent", 6.5, "%", None), ("percent", 2.1, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Chief Financial Officer Clémence Vautrin-Lebas told analysts the group would spend about 1.2 billion euros on advertising in the fourth quarter, roughly 8% more than a year earlier.", True, [("money", 1200000000, "EUR", "about"), ("ordinal", 4, None, None), ("percent", 8, "%", "about")], "Clémence Vautrin-Lebas"),
    ("en", '"Beauty has never moved in a straight line, and China will come back," Vautrin-Lebas said.', False, [], None),
    ("en", "Maison Ardaillon shares fell 4.7% in Paris, the biggest decline on the STOXX 600.", True, [("percent", 4.7, "%", None)], None),
    ("en", "Investors are split on whether the slowdown in China is cyclical or the start of a longer decline.", False, [], None),
    # --- Hallertau im dritten Quartal (dpa-AFX), Donnerstag, 2. November ---
    ("de", "MÜNCHEN (dpa-AFX) - Der Autobauer Hallertau hat im dritten Quartal wegen der Flaute in China und hoher Kosten für neue Elektromodelle deutlich weniger verdient.", True, [("ordinal", 3, None, None)], None),
    ("de", "Das Ergebnis vor Zinsen und Steuern (Ebit) fiel um 27 Prozent auf 2,84 Milliarden Euro, teilte Hallertau am Donnerstag in München mit.", True, [("percent", 27, "%", None), ("money", 2840000000, "EUR", None)], "Hallertau"),
    ("de", "Die Ebit-Marge im Autogeschäft sank um 230 Basispunkte auf 5,8 Prozent und lag damit am unteren Ende der Zielspanne von 5 bis 7 Prozent.", True, [("percent", 230, "bp", None), ("percent", 5.8, "%", None), ("percent", 5, "%", None), ("percent", 7, "%", None)], None),
    ("de", "Die Auslieferungen gingen um 6 Prozent auf 551.300 Fahrzeuge zurück, darunter 131.800 reine Elektroautos.", True, [("percent", 6, "%", None), ("count", 551300, None, None), ("count", 131800, None, None)], None),
    ("de", "Der Anteil der Elektroautos an den Auslieferungen stieg damit auf knapp ein Viertel.", True, [("fraction", 0.25, None, "nearly")], None),
    ("de", "Finanzvorständin Cornelia Haberstroh-Lentz sagte in einer Telefonkonferenz, die US-Zölle kosteten den Konzern in diesem Jahr rund 1,3 Milliarden Euro.", True, [("money", 1300000000, "EUR", "about")], "Cornelia Haberstroh-Lentz"),
    ("de", "„Wir bauen Autos für Menschen, die Qualität schätzen, nicht für Rabattjäger“, sagte Haberstroh-Lentz.", False, [], None),
    ("de", "Für die kommenden Monate stellte der Vorstand keine rasche Besserung in Aussicht.", False, [], None),
    ("de", "Die Vorzugsaktie verlor am Nachmittag 3,4 Prozent auf 79,86 Euro.", True, [("percent", 3.4, "%", None), ("money", 79.86, "EUR", None)], None),
    # --- Tolland Chemical loss and plant closures (Reuters), Thursday, Nov 2 ---
    ("en", "NEW YORK, Nov 2 (Reuters) - Tolland Chemical posted a surprise third-quarter loss on Thursday and said it would close three plants in Texas and Louisiana, cutting about 1,150 jobs, as weak demand from builders and carmakers hit its coatings and plastics units.", True, [("date", "--11-02", None, None), ("ordinal", 3, None, None), ("count", 3, None, None), ("count", 1150, None, "about")], None),
    ("en", "The net loss was $212 million, or 94 cents per share, compared with a profit of $318 million, or $1.39 per share, a year earlier.", True, [("money", 212000000, "USD", None), ("money", 0.94, "USD", None), ("money", 318000000, "USD", None), ("money", 1.39, "USD", None)], None),
    ("en", "Excluding items, it earned 41 cents a share, short of the 57 cents analysts had expected, according to LSEG data.", True, [("money", 0.41, "USD", None), ("money", 0.57, "USD", None)], None),
    ("en", "Chief Executive Garrett Holloway-Price said the closures would save $275 million a year from 2030 and result in charges of up to $480 million.", True, [("money", 275000000, "USD", None), ("year", 2030, None, None), ("money", 480000000, "USD", "up_to")], "Garrett Holloway-Price"),
    ("en", '"These are hard decisions about good people," Holloway-Price said.', False, [], None),
    ("en", "Tolland also lowered its adjusted EBITDA outlook for the year to $3.1 billion to $3.3 billion, from $3.5 billion to $3.8 billion.", True, [("money", 3100000000, "USD", None), ("money", 3300000000, "USD", None), ("money", 3500000000, "USD", None), ("money", 3800000000, "USD", None)], None),
    ("en", "Shares fell 11.6% to $47.80, their steepest one-day drop since 2020.", True, [("percent", 11.6, "%", None), ("money", 47.8, "USD", None), ("duration", 1, "day", None), ("year", 2020, None, None)], None),
    ("en", 'The union at the Louisiana plant called the closure "a slap in the face of a town that built this company."', False, [], None),
    # --- Modalino im dritten Quartal (Reuters German), Freitag, 3. November ---
    ("de", "Berlin (Reuters) - Der Online-Modehändler Modalino hat im dritten Quartal wieder mehr Kunden gewonnen als verloren.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Zahl der aktiven Kunden stieg binnen drei Monaten um 240.000 auf 49,6 Millionen, nach Unternehmensangaben so stark wie seit zwei Jahren nicht mehr.", True, [("duration", 3, "month", None), ("count", 240000, None, None), ("count", 49600000, None, None), ("duration", 2, "year", None)], None),
    ("de", "Das Bruttowarenvolumen wuchs um 4,7 Prozent auf 3,52 Milliarden Euro, der Umsatz um 3,1 Prozent auf 2,41 Milliarden Euro.", True, [("percent", 4.7, "%", None), ("money", 3520000000, "EUR", None), ("percent", 3.1, "%", None), ("money", 2410000000, "EUR", None)], None),
    ("de", "Das bereinigte Ebit verbesserte sich auf 38 Millionen Euro nach minus 12 Millionen Euro im Vorjahresquartal.", True, [("money", 38000000, "EUR", None), ("money", -12000000, "EUR", None)], None),
    ("de", "Co-Vorstandschefin Lena Hinrichsmeyer sagte, die Retourenquote sei um 1,8 Prozentpunkte auf 47,3 Prozent gesunken.", True, [("percent", 1.8, "pp", None), ("percent", 47.3, "%", None)], "Lena Hinrichsmeyer"),
    ("de", "„Wir verkaufen nicht mehr einfach nur Kleidung, wir verkaufen Inspiration“, sagte Hinrichsmeyer.", False, [], None),
    ("de", "Für 2028 stellt Modalino ein bereinigtes Ebit zwischen 340 und 380 Millionen Euro in Aussicht.", True, [("year", 2028, None, None), ("money", 340000000, "EUR", None), ("money", 380000000, "EUR", None)], None),
    ("de", "Mehrere Analysten hielten die Spanne angesichts des starken Quartals für zu zaghaft.", False, [], None),
    ("de", "Die Aktie sprang im SDax um 12,4 Prozent nach oben.", True, [("percent", 12.4, "%", None)], None),
    # --- Lakeshore Motors third quarter (AP), Friday, Nov 3 ---
    ("en", "DETROIT (AP) — Lakeshore Motors posted a 22% drop in third-quarter net income Friday, as tariffs on imported parts and a costly recall of electric pickups ate into strong sales of gas-powered SUVs.", True, [("percent", 22, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "The Detroit automaker earned $1.48 billion from July through September, down from $1.9 billion a year ago.", True, [("money", 1480000000, "USD", None), ("money", 1900000000, "USD", None)], None),
    ("en", "Excluding one-time items, it made $1.71 per share, beating Wall Street estimates of $1.55, according to FactSet.", True, [("money", 1.71, "USD", None), ("money", 1.55, "USD", None)], None),
    ("en", "Chief Financial Officer Renée Castellanos-Ward said tariffs cost the company $1.1 billion in the quarter and would cost $4 billion to $4.5 billion for the full year.", True, [("money", 1100000000, "USD", None), ("money", 4000000000, "USD", None), ("money", 4500000000, "USD", None)], "Renée Castellanos-Ward"),
    ("en", "The recall of about 62,000 electric pickups from model years 2026 to 2028 cost $640 million.", True, [("count", 62000, None, "about"), ("year", 2026, None, None), ("year", 2028, None, None), ("money", 640000000, "USD", None)], None),
    ("en", '"Our customers keep telling us they want choices, and we keep giving them choices," Castellanos-Ward said.', False, [], None),
    ("en", "The company promised a second shift at its Toledo plant in 2029 and the union will hold it to that, said Darnell Okafor-Briggs, a union steward at the plant.", True, [("ordinal", 2, None, None), ("year", 2029, None, None)], "Darnell Okafor-Briggs"),
    ("en", "Analysts said investors had braced for worse.", False, [], None),
    # --- Ennsfaser nach drei Quartalen (APA), Dienstag, 7. November ---
    ("de", "Linz (APA) - Der oberösterreichische Faserhersteller Ennsfaser hat nach drei Quartalen einen Verlust von 86,3 Mio. Euro geschrieben und baut weitere 420 Stellen ab.", True, [("count", 3, None, None), ("money", 86300000, "EUR", None), ("count", 420, None, None)], None),
    ("de", "Von Jänner bis September schrumpften die Erlöse um 9,2 Prozent auf 1,87 Mrd. Euro, das Ebitda brach um fast die Hälfte auf 143,5 Mio. Euro ein.", True, [("percent", 9.2, "%", None), ("money", 1870000000, "EUR", None), ("fraction", 0.5, None, "nearly"), ("money", 143500000, "EUR", None)], None),
    ("de", "Rund 260 der 420 Stellen entfallen auf das Stammwerk in Steyr, der Rest auf Tschechien.", True, [("count", 260, None, "about"), ("count", 420, None, None)], None),
    ("de", "Generaldirektorin Waltraud Pichelmayr-Leitner sagte, die Auslastung der Viskoseanlagen liege derzeit bei nur 71 Prozent.", True, [("percent", 71, "%", None)], "Waltraud Pichelmayr-Leitner"),
    ("de", "„Wir stehen mitten im Sturm, aber das Schiff ist dicht“, sagte Pichelmayr-Leitner.", False, [], None),
    ("de", "Der Betriebsratsvorsitzende nannte den Abbau „einen rabenschwarzen Tag für das Ennstal“.", False, [], None),
    ("de", "An der Wiener Börse rutschte die Ennsfaser-Aktie um 6,1 Prozent auf 27,30 Euro ab, den tiefsten Stand seit 2009.", True, [("percent", 6.1, "%", None), ("money", 27.3, "EUR", None), ("year", 2009, None, None)], None),
    # --- Seorin Battery wider loss (Bloomberg), Tuesday, Nov 7 ---
    ("en", "(Bloomberg) -- Seorin Battery Co., a South Korean maker of batteries for electric cars, reported a wider-than-expected operating loss for the third quarter as slowing EV sales in Europe and the US cut orders from carmakers.", True, [("ordinal", 3, None, None)], None),
    ("en", "The operating loss widened to 318 billion won ($228 million) in the three months through September, from 94 billion won a year earlier.", True, [("money", 318000000000, "KRW", None), ("money", 228000000, "USD", None), ("duration", 3, "month", None), ("money", 94000000000, "KRW", None)], None),
    ("en", "The average of analyst estimates compiled by Bloomberg was a loss of 205 billion won.", True, [("money", 205000000000, "KRW", None)], None),
    ("en", "Revenue fell 19% to 5.2 trillion won.", True, [("percent", 19, "%", None), ("money", 5200000000000, "KRW", None)], None),
    ("en", "Seorin said it would cut capital spending next year by about 30% and delay the start of a third plant in Georgia until 2030.", True, [("percent", 30, "%", "about"), ("ordinal", 3, None, None), ("year", 2030, None, None)], "Seorin"),
    ("en", "The company expects demand from carmakers to stay weak well into next year.", False, [], None),
    ("en", "The shares fell as much as 8.9% in Seoul, extending their decline this year to 41%.", True, [("percent", 8.9, "%", "up_to"), ("percent", 41, "%", None)], None),
    ("en", '"The whole battery chain is still digesting a year of overbuilding," said Bloomberg Intelligence analyst Yoon Seo-jin.', False, [], None),
    # --- Bilker Markenartikel hebt Ziele an (dpa-AFX), Mittwoch, 8. November ---
    ("de", "DÜSSELDORF (dpa-AFX) - Der Konsumgüterkonzern Bilker Markenartikel hebt nach einem starken dritten Quartal seine Jahresziele an.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der Umsatz wuchs organisch um 4,9 Prozent auf 5,63 Milliarden Euro.", True, [("percent", 4.9, "%", None), ("money", 5630000000, "EUR", None)], None),
    ("de", "Für 2028 erwartet der Vorstand nun ein organisches Umsatzwachstum zwischen 3,5 und 4,5 Prozent statt bisher 2,5 bis 4 Prozent.", True, [("year", 2028, None, None), ("percent", 3.5, "%", None), ("percent", 4.5, "%", None), ("percent", 2.5, "%", None), ("percent", 4, "%", None)], None),
    ("de", "Die bereinigte Umsatzrendite soll bei 14,5 bis 15 Prozent liegen, nach bislang 14 bis 15 Prozent.", True, [("percent", 14.5, "%", None), ("percent", 15, "%", None), ("percent", 14, "%", None), ("percent", 15, "%", None)], None),
    ("de", "Das bereinigte Ergebnis je Vorzugsaktie soll bei konstanten Wechselkursen um 12 bis 16 Prozent zulegen.", True, [("percent", 12, "%", None), ("percent", 16, "%", None)], None),
    ("de", "Finanzvorstand Jonas Welsch-Ambrosi sagte, Preiserhöhungen hätten rund 2 Prozentpunkte zum Wachstum beigetragen, höhere Mengen knapp 3 Prozentpunkte.", True, [("percent", 2, "pp", "about"), ("percent", 3, "pp", "nearly")], "Jonas Welsch-Ambrosi"),
    ("de", "„Starke Marken sind in unsicheren Zeiten ein Anker“, sagte Welsch-Ambrosi.", False, [], None),
    ("de", "Die Vorzugsaktie gewann 4,3 Prozent auf 88,12 Euro, das war der stärkste Anstieg im Dax.", True, [("percent", 4.3, "%", None), ("money", 88.12, "EUR", None)], None),
    # --- Nordhamn job cuts (Reuters), Wednesday, Nov 8 ---
    ("en", "STOCKHOLM, Nov 8 (Reuters) - Swedish home appliance maker Nordhamn will cut about 2,700 jobs, or roughly 5% of its workforce, after a slump in demand for fridges and washing machines in North America pushed it to a third-quarter loss.", True, [("date", "--11-08", None, None), ("count", 2700, None, "about"), ("percent", 5, "%", "about"), ("ordinal", 3, None, None)], None),
    ("en", "The operating loss was 1.12 billion Swedish crowns ($103 million) in the three months to September, against a profit of 860 million crowns a year earlier.", True, [("money", 1120000000, "SEK", None), ("money", 103000000, "USD", None), ("duration", 3, "month", None), ("money", 860000000, "SEK", None)], None),
    ("en", "Analysts polled by LSEG had forecast a profit of 240 million.", True, [("money", 240000000, "SEK", None)], None),
    ("en", "The adjusted operating margin fell 390 basis points to minus 1.8%.", True, [("percent", 390, "bp", None), ("percent", -1.8, "%", None)], None),
    ("en", "Chief Executive Astrid Lindqvist-Boberg said the cuts, mostly in North America and in administration, would save 2.2 billion crowns a year from 2030.", True, [("money", 2200000000, "SEK", None), ("year", 2030, None, None)], "Astrid Lindqvist-Boberg"),
    ("en", "Nordhamn also said it would pay no dividend for 2028.", True, [("year", 2028, None, None)], "Nordhamn"),
    ("en", '"We will come out of this leaner and quicker on our feet," Lindqvist-Boberg said.', False, [], None),
    ("en", "Nordhamn's B shares fell 13.2% by 0915 GMT, their biggest one-day drop in 16 years.", True, [("percent", 13.2, "%", None), ("duration", 1, "day", None), ("duration", 16, "year", None)], None),
    ("en", "Some analysts doubted the savings would be enough to restore margins.", False, [], None),
    # --- Glattfelder Antriebstechnik baut Stellen ab (awp), Donnerstag, 9. November ---
    ("de", "Bülach (awp) - Der Autozulieferer Glattfelder Antriebstechnik baut wegen der schwachen Nachfrage nach Elektroantrieben rund ein Viertel seiner Stellen in der Schweiz ab.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Betroffen sind rund 340 der gut 1'360 Mitarbeitenden in Bülach und Schaffhausen, wie das Unternehmen am Donnerstag mitteilte.", True, [("count", 340, None, "about"), ("count", 1360, None, "over")], "das Unternehmen"),
    ("de", "Der Bestellungseingang sank in den ersten neun Monaten um 17% auf 612 Mio Fr., der Umsatz um 9% auf 688 Mio Fr.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 17, "%", None), ("money", 612000000, "CHF", None), ("percent", 9, "%", None), ("money", 688000000, "CHF", None)], None),
    ("de", "Die EBIT-Marge lag bei 2,4% nach 7,9% im Vorjahr.", True, [("percent", 2.4, "%", None), ("percent", 7.9, "%", None)], None),
    ("de", "Konzernchef Reto Brändli-Suter sagte an einer Telefonkonferenz, ein Teil der Produktion werde bis Mitte 2030 nach Ungarn verlagert.", True, [("year", 2030, None, None)], "Reto Brändli-Suter"),
    ("de", "«Niemand in diesem Haus trifft einen solchen Entscheid leichtfertig», sagte Brändli-Suter.", False, [], None),
    ("de", "Für das Gesamtjahr rechnet Glattfelder mit einem Umsatz von 900 bis 940 Mio Fr. und einem Restrukturierungsaufwand von bis zu 45 Mio Fr.", True, [("money", 900000000, "CHF", None), ("money", 940000000, "CHF", None), ("money", 45000000, "CHF", "up_to")], None),
    ("de", "Die Gewerkschaft Unia bezeichnete den Abbau als «Kahlschlag auf Vorrat».", False, [], None),
    ("de", "Die Aktie verlor an der SIX 7,4% auf 36,85 Fr.", True, [("percent", 7.4, "%", None), ("money", 36.85, "CHF", None)], None),
    # --- Harcourt & Vale profit warning (PA), Thursday, Nov 9 ---
    ("en", "LONDON (PA) - Fashion and homeware retailer Harcourt & Vale has issued its second profit warning in three months after a warm October left its winter coats on the rails.", True, [("ordinal", 2, None, None), ("duration", 3, "month", None)], None),
    ("en", "The group now forecasts annual pre-tax profit of about £185m, compared with the £230m it guided to in August.", True, [("money", 185000000, "GBP", "about"), ("money", 230000000, "GBP", None)], None),
    ("en", "Full-price sales in the 13 weeks to October 28 fell 3.8 per cent, and online sales dropped 6.1 per cent.", True, [("duration", 13, "week", None), ("date", "--10-28", None, None), ("percent", 3.8, "%", None), ("percent", 6.1, "%", None)], None),
    ("en", "Chief executive Imelda Stroud-Fanshawe said the retailer had cut its orders for spring by about 10 per cent.", True, [("percent", 10, "%", "about")], "Imelda Stroud-Fanshawe"),
    ("en", '"The weather is not an excuse, it is a fact of life in retail," Ms Stroud-Fanshawe said.', False, [], None),
    ("en", "The board will also review the interim dividend of 2.4p a share, which was due to be paid on January 12.", True, [("money", 0.024, "GBP", None), ("date", "--01-12", None, None)], None),
    ("en", "Shares in the retailer slumped 19 per cent to 142.6p, valuing the group at about £410m.", True, [("percent", 19, "%", None), ("money", 1.426, "GBP", None), ("money", 410000000, "GBP", "about")], None),
    ("en", "Analysts said the group had been too slow to clear its autumn ranges.", False, [], None),
    # --- Sauerländer Reifenwerke schließt Werk (dpa), Freitag, 10. November ---
    ("de", "Meschede (dpa/lnw) - Der Reifenhersteller Sauerländer Reifenwerke schließt sein Werk in Meschede mit 1.050 Beschäftigten bis Ende 2029.", True, [("count", 1050, None, None), ("year", 2029, None, None)], None),
    ("de", "Die Produktion von Pkw-Reifen in Meschede sei seit 2022 um mehr als 40 Prozent gesunken, teilte das Unternehmen am Freitag mit.", True, [("year", 2022, None, None), ("percent", 40, "%", "over")], "das Unternehmen"),
    ("de", "Im dritten Quartal verbuchte der Konzern einen Umsatzrückgang um 7 Prozent auf 1,12 Milliarden Euro und einen operativen Verlust von 34 Millionen Euro.", True, [("ordinal", 3, None, None), ("percent", 7, "%", None), ("money", 1120000000, "EUR", None), ("money", 34000000, "EUR", None)], None),
    ("de", "Für die Schließung rechnet der Vorstand mit Kosten von rund 210 Millionen Euro.", True, [("money", 210000000, "EUR", "about")], None),
    ("de", "Die Beschäftigten sollen Angebote für rund 300 Stellen in anderen Werken erhalten, hieß es.", True, [("count", 300, None, "about")], None),
    ("de", "Der Bürgermeister von Meschede sprach von einer „bitteren Nachricht für das ganze Sauerland“.", False, [], None),
    ("de", "Betriebsratschef Uwe Kemper-Schlotmann sagte der Deutschen Presse-Agentur, die Belegschaft habe erst 2026 auf 4 Prozent ihres Lohns verzichtet, um das Werk zu retten.", True, [("year", 2026, None, None), ("percent", 4, "%", None)], "Uwe Kemper-Schlotmann"),
    ("de", "„Man hat uns jahrelang Sand in die Augen gestreut“, sagte Kemper-Schlotmann.", False, [], None),
    # --- Qingyun Auto swings to profit (Reuters), Friday, Nov 10 ---
    ("en", "SHANGHAI, Nov 10 (Reuters) - Chinese electric-vehicle maker Qingyun Auto swung to its first quarterly profit on Friday, helped by a 64% jump in deliveries of its cheaper Lanque models.", True, [("date", "--11-10", None, None), ("ordinal", 1, None, None), ("percent", 64, "%", None)], None),
    ("en", "Net profit was 1.36 billion yuan ($189 million) in the third quarter, compared with a loss of 2.08 billion yuan a year earlier.", True, [("money", 1360000000, "CNY", None), ("money", 189000000, "USD", None), ("ordinal", 3, None, None), ("money", 2080000000, "CNY", None)], None),
    ("en", "Revenue rose 48% to 41.7 billion yuan, beating the 39.9 billion yuan average of analysts' estimates compiled by LSEG.", True, [("percent", 48, "%", None), ("money", 41700000000, "CNY", None), ("money", 39900000000, "CNY", None)], None),
    ("en", "Qingyun delivered 214,600 vehicles in the quarter and expects to deliver 240,000 to 255,000 in the fourth.", True, [("count", 214600, None, None), ("count", 240000, None, None), ("count", 255000, None, None), ("ordinal", 4, None, None)], None),
    ("en", "It expects its vehicle margin to stay in the high teens in the fourth quarter.", True, [("ordinal", 4, None, None)], None),
    ("en", "President Zhao Minghui told analysts that exports, mainly to Europe and Southeast Asia, made up nearly a fifth of sales.", True, [("fraction", 0.2, None, "nearly")], "Zhao Minghui"),
    ("en", '"Price wars end, and the strongest will still be standing," Zhao said.', False, [], None),
    ("en", "Its Hong Kong-listed shares rose 9.7%.", True, [("percent", 9.7, "%", None)], None),
    # --- Fuldataler Kali im dritten Quartal (dpa-AFX), Montag, 13. November ---
    ("de", "KASSEL (dpa-AFX) - Der Düngemittelhersteller Fuldataler Kali hat dank höherer Kalipreise im dritten Quartal operativ deutlich mehr verdient als erwartet.", True, [("ordinal", 3, None, None)], None),
    ("de", "Das Ebitda stieg auf 214,6 (Vj. 138,2) Millionen Euro, der Umsatz auf 1,07 (0,94) Milliarden Euro.", True, [("money", 214600000, "EUR", None), ("money", 138200000, "EUR", None), ("money", 1070000000, "EUR", None), ("money", 940000000, "EUR", None)], None),
    ("de", "Der durchschnittliche Preis je Tonne Kali lag bei 338 Euro nach 296 Euro ein Jahr zuvor.", True, [("money", 338, "EUR", None), ("money", 296, "EUR", None)], None),
    ("de", "Für 2028 erwartet der Vorstand nun ein Ebitda von 720 bis 780 Millionen Euro, bislang waren es 620 bis 720 Millionen Euro.", True, [("year", 2028, None, None), ("money", 720000000, "EUR", None), ("money", 780000000, "EUR", None), ("money", 620000000, "EUR", None), ("money", 720000000, "EUR", None)], None),
    ("de", "Vorstandschef Gerolf Mannsbach-Trapp sagte, der Absatz solle 2028 am oberen Ende der Spanne von 7,3 bis 7,6 Millionen Tonnen liegen.", True, [("year", 2028, None, None), ("count", 7300000, None, None), ("count", 7600000, None, None)], "Gerolf Mannsbach-Trapp"),
    ("de", "„Wir haben unsere Arbeit gemacht, jetzt spielt uns endlich auch der Markt in die Karten“, sagte Mannsbach-Trapp.", False, [], None),
    ("de", "Die Aktie legte um 7,8 Prozent auf 14,62 Euro zu und war damit größter Gewinner im MDax.", True, [("percent", 7.8, "%", None), ("money", 14.62, "EUR", None)], None),
    ("de", "Ein Analyst der DZ Bank hält die neue Prognose für „eher vorsichtig gerechnet“.", False, [], None),
    # --- Penfield's cuts forecast, closes stores (AP), Tuesday, Nov 14 ---
    ("en", "NEW YORK (AP) — Department store chain Penfield's cut its annual sales forecast Tuesday and said it would close 38 of its 512 stores early next year after shoppers pulled back on clothing and home furnishings.", True, [("count", 38, None, None), ("count", 512, None, None)], None),
    ("en", "The company lost $87 million, or 31 cents per share, in the quarter ended Nov. 2, compared with a profit of $12 million, or 4 cents per share, a year earlier.", True, [("money", 87000000, "USD", None), ("money", 0.31, "USD", None), ("date", "--11-02", None, None), ("money", 12000000, "USD", None), ("money", 0.04, "USD", None)], None),
    ("en", "Adjusted for one-time items, the loss was 18 cents per share, wider than the 9 cents analysts had expected, according to LSEG.", True, [("money", 0.18, "USD", None), ("money", 0.09, "USD", None)], None),
    ("en", "Penfield's now expects full-year sales of $14.2 billion to $14.5 billion, down from $14.8 billion to $15.1 billion.", True, [("money", 14200000000, "USD", None), ("money", 14500000000, "USD", None), ("money", 14800000000, "USD", None), ("money", 15100000000, "USD", None)], None),
    ("en", "Chief Executive Margo Delacroix-Hunt said the store closures would affect about 2,900 workers.", True, [("count", 2900, None, "about")], "Margo Delacroix-Hunt"),
    ("en", '"We are building a smaller, stronger Penfield\'s," Delacroix-Hunt said.', False, [], None),
    ("en", "Shares tumbled 14% in morning trading, hitting their lowest level since 2009.", True, [("percent", 14, "%", None), ("year", 2009, None, None)], None),
    ("en", "Retail analysts have long questioned whether the chain can compete with discounters and online rivals.", False, [], None),
    # --- Technikhaus Rhein Geschäftsjahr 2027/28 (Reuters German), Dienstag, 14. November ---
    ("de", "Duisburg (Reuters) - Die Elektronikmarktkette Technikhaus Rhein hat im Geschäftsjahr 2027/28 dank eines starken Online-Geschäfts wieder einen Gewinn erzielt.", True, [("year", 2027, None, None), ("year", 2028, None, None)], None),
    ("de", "Unter dem Strich stand in den zwölf Monaten bis Ende September ein Überschuss von 94 Millionen Euro nach einem Verlust von 61 Millionen Euro im Vorjahr.", True, [("duration", 12, "month", None), ("money", 94000000, "EUR", None), ("money", 61000000, "EUR", None)], None),
    ("de", "Der Umsatz stieg um 3,4 Prozent auf 22,9 Milliarden Euro, das bereinigte Ebit um 18 Prozent auf 412 Millionen Euro, teilte der Konzern am Dienstag mit.", True, [("percent", 3.4, "%", None), ("money", 22900000000, "EUR", None), ("percent", 18, "%", None), ("money", 412000000, "EUR", None)], "der Konzern"),
    ("de", "Die Aktionäre sollen eine Dividende von 0,25 Euro je Aktie erhalten, die erste Ausschüttung seit dem Geschäftsjahr 2021/22.", True, [("money", 0.25, "EUR", None), ("ordinal", 1, None, None), ("year", 2021, None, None), ("year", 2022, None, None)], None),
    ("de", "Finanzchefin Tanja Overbeck-Rosario sagte, der Online-Anteil am Umsatz sei auf 27,6 Prozent gestiegen.", True, [("percent", 27.6, "%", None)], "Tanja Overbeck-Rosario"),
    ("de", "„Der Laden ist nicht tot, er ist der beste Abholpunkt, den es gibt“, sagte Overbeck-Rosario.", False, [], None),
    ("de", "Für 2028/29 peilt der Vorstand ein bereinigtes Ebit von 440 bis 490 Millionen Euro an.", True, [("year", 2028, None, None), ("year", 2029, None, None), ("money", 440000000, "EUR", None), ("money", 490000000, "EUR", None)], None),
    ("de", "Ob das Weihnachtsgeschäft die hohen Erwartungen erfüllt, hängt nach Einschätzung von Händlern vor allem an der Rabattwoche Ende November.", False, [], None),
    ("de", "Die Aktie gewann im MDax 5,2 Prozent.", True, [("percent", 5.2, "%", None)], None),
    # --- EU car registrations in October (Reuters), Wednesday, Nov 15 ---
    ("en", "BRUSSELS, Nov 15 (Reuters) - The number of new cars registered across the European Union fell 3.6% in October, the third monthly decline in a row, data from the European Automobile Manufacturers' Association (ACEA) showed on Wednesday.", True, [("date", "--11-15", None, None), ("percent", 3.6, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "Sales of battery-electric cars rose 21% to 197,400, taking their share of the market to 23.1% from 18.4% a year earlier.", True, [("percent", 21, "%", None), ("count", 197400, None, None), ("percent", 23.1, "%", None), ("percent", 18.4, "%", None)], None),
    ("en", "Registrations of petrol cars dropped 17%, and diesel sales slid by nearly a quarter.", True, [("percent", 17, "%", None), ("fraction", 0.25, None, "nearly")], None),
    ("en", "In the year's first 10 months, registrations were down 1.2% at 8.93 million vehicles.", True, [("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 1.2, "%", None), ("count", 8930000, None, None)], None),
    ("en", "Across the EU, Britain and the European Free Trade Association, October sales fell 2.9%.", True, [("percent", 2.9, "%", None)], None),
    ("en", "Among carmakers, Valtrona's registrations fell 8.4%, while Qingyun more than tripled its sales to 14,300 cars.", True, [("percent", 8.4, "%", None), ("count", 14300, None, None)], None),
    ("en", "ACEA's director general told reporters that only four of the 15 biggest manufacturers were on course to meet the bloc's 2030 emissions targets.", True, [("count", 4, None, None), ("count", 15, None, None), ("year", 2030, None, None)], None),
    ("en", "Industry executives expect the market to stay subdued until new, cheaper electric models arrive.", False, [], None),
    # --- Bilanz der Berichtssaison (dpa-AFX), Donnerstag, 16. November ---
    ("de", "Analyse: Autobauer bremsen, Konsumgüter tragen - die Bilanz der Berichtssaison", False, [], None),
    ("de", "FRANKFURT (dpa-AFX) - 37 der 40 Dax-Konzerne haben inzwischen ihre Zahlen zum dritten Quartal vorgelegt, 21 davon lagen beim Gewinn über den Erwartungen der Analysten, wie eine Auswertung der Nachrichtenagentur dpa-AFX zeigt.", True, [("count", 37, None, None), ("count", 40, None, None), ("ordinal", 3, None, None), ("count", 21, None, None)], None),
    ("de", "Neun Unternehmen senkten ihre Prognosen, sechs davon aus der Auto- und Chemiebranche.", True, [("count", 9, None, None), ("count", 6, None, None)], None),
    ("de", "Die Gewinne der Autobauer und -zulieferer im Index schrumpften im Schnitt um 24 Prozent.", True, [("percent", 24, "%", None)], None),
    ("de", "Die Konsumgüterhersteller dagegen steigerten ihr operatives Ergebnis um durchschnittlich 9 Prozent.", True, [("percent", 9, "%", None)], None),
    ("de", "Seit Beginn der Berichtssaison am 24. Oktober hat der Dax 2,8 Prozent verloren.", True, [("date", "--10-24", None, None), ("percent", 2.8, "%", None)], None),
    ("de", "„Die Saison hat gezeigt, wer Preise durchsetzen kann und wer nicht“, sagte ein Frankfurter Aktienstratege.", False, [], None),
    # --- Retailers and the S&P 500 after the season (Reuters), Thursday, Nov 16 ---
    ("en", "FACTBOX-Retailers head into the holidays: who is upbeat and who is worried", False, [], None),
    ("en", "NEW YORK, Nov 16 (Reuters) - Of the 458 companies in the S&P 500 that have reported third-quarter results, 76% beat analysts' profit estimates, according to LSEG data.", True, [("date", "--11-16", None, None), ("count", 458, None, None), ("ordinal", 3, None, None), ("percent", 76, "%", None)], None),
    ("en", "The long-run average beat rate is 67%, against 78% over the past four quarters.", True, [("percent", 67, "%", None), ("percent", 78, "%", None), ("count", 4, None, None)], None),
    ("en", "Among automakers and parts suppliers in the index, third-quarter earnings dropped 14.6% from a year earlier.", True, [("ordinal", 3, None, None), ("percent", 14.6, "%", None)], None),
    ("en", "The National Retail Federation forecasts holiday sales in November and December will grow between 2.5% and 3.5%.", True, [("percent", 2.5, "%", None), ("percent", 3.5, "%", None)], None),
    ("en", "Strategists warned that the tariff bill for retailers had yet to show up fully in shelf prices.", False, [], None),
    ("en", 'Several retail executives told analysts on earnings calls they were "cautiously optimistic" about the holidays.', False, [], None),
]
