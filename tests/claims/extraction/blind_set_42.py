"""Forty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Hartmut Lenz, Lukas Hirschmann, Nora Hellwig, Eva Brunnhuber, Markus Haider, Dan Crowley,
Greg Hollis, Ellen Vroom, Tom Hartley, Ramesh Yadav, Norvika, Maya Lorne, Warm Homes Now,
Tom Aldridge, Kristof Maes, Claire Dufresne, Aroha Tane, Maya Ortiz, Dale Iverson); real
names such as "Bundesnetzagentur", "Umweltbundesamt", "Landwirtschaftskammer", "Bundesamt
für Energie", "Bundesamt für Statistik", "EU-Kommission", "Epex Spot", "Euronext", "KfW",
"Gösgen", "USDA", "ABARES", "Defra", "Argus", "Gas Infrastructure Europe", "Gassco",
"Ofgem", "the Energy Information Administration", "EDF", "RTE", "Flamanville", "Paluel",
"the Climate Change Committee", "Fonterra", "the International Energy Agency", "the
National Energy System Operator", "Eraring" or "the Australian Energy Market Operator"
stand for the way wire copy names them; what is said, measured and counted here is
invented.

Its weight: AGRICULTURE, COMMODITIES, ENERGY AND CLIMATE POLICY - half German (dpa, dpa-AFX,
APA, Keystone-SDA, Reuters German; Austrian "heuer", Swiss "ss", "Hektaren", "47'700",
"Fr. 52.50", «» quotes, German „“ quotes), half English (Reuters, AP, AFP, PA, AAP, PTI;
US, UK, Australian, Indian and New Zealand usage: "per cent", "£78.40/MWh", "A$2 million",
"NZ$10.00", "Rs 1.68 lakh crore", "1,097 lakh hectares", "2025-26", "Dec. 30, 2026"), told
as short stories in story order (a dateline lead, figures, attribution, a quote, a closing
line). 17 German stories: the German grain harvest, the Austrian wine harvest and hail,
bird flu on a turkey farm (culled animals, protection and surveillance zones, a housing
order), foot-and-mouth disease at the Hungarian border, milk prices and dairy farms, wheat,
rapeseed and fertiliser prices at Euronext with EU tariffs on Russian fertiliser, gas
storage levels, day-ahead and forward power prices (a negative price), onshore wind, solar
and offshore additions and an auction, the Gösgen nuclear outage and Swiss winter imports,
Austria's emissions and its 2040 climate-neutrality target, EU and German CO2 prices and
ETS2, infringement procedures over the renewable energy directive (deadline, article,
targets), a farmers' protest in Brussels and the EU farm budget, Swiss direct payments and
harvests, heat-pump subsidies and the 2045 deadline, African swine fever and pig prices. 20
English stories: the USDA crop report (bushels, acres, bushels per acre, corn futures),
Australia's winter crop and drought loans, bird flu at an Iowa egg farm and egg prices,
bluetongue in England, India's kharif sowing and fertiliser subsidies, global urea prices
and a plant closure, European gas storage and TTF, the UK price cap and wholesale power,
U.S. generating capacity additions and tax credits, French nuclear output and outages, the
EU carbon price and CBAM (a regulation and its article), the UK's seventh carbon budget,
the French wine harvest and vine pull-up aid, New Zealand dairy prices, global CO2
emissions, the EU deforestation law's delay, a climate march in New York, the UK grid
connection queue, U.S. farm aid and soybean exports, an Australian coal plant closure and
rooftop solar. Figures as such copy has them: tonnes, hectolitres, hectares and acres,
yields per hectare and per acre, culled animals, zones in kilometres, prices per tonne,
kilogram, bushel, dozen and megawatt hour, cents and Cent, gigawatts, megawatts and
terawatt hours, storage levels in percent, emissions in million and billion tonnes,
targets for 2030, 2040, 2045 and 2050, deadlines as dates, subsidies and funds, hedges.
Negatives as such copy has them: farmers' and growers' quoted feelings and complaints,
lobbyists', industry representatives' and campaigners' opinions, activists' slogans and
chants, banners, appeals and advice, traders' and analysts' vague outlooks, hopes,
commentary and open questions.

223 rows (112 German, 111 English), 47 negatives (24 German, 23 English), 176 check-worthy
rows of which 12 carry no figure (9 German, 3 English), 323 expected quantities (105
counts, 53 years, 51 amounts of money, 48 percentages, 30 dates, 18 durations, 12
fractions, 6 ordinals; 2 of them in negatives), 38 checked speakers (17 German, 21
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact or a plan is check-worthy with the speaker its own attribution gives
  ("Bei den Tieren sei der hochansteckende Subtyp H5N1 nachgewiesen worden, teilte das
  Landwirtschaftsministerium in Hannover mit." -> "das Landwirtschaftsministerium"; "Den
  Entwurf für ein neues Klimaschutzgesetz wolle sie bis Jahresende in Begutachtung
  schicken, sagte Umweltministerin Eva Brunnhuber." -> "Eva Brunnhuber", a stated next
  step, as in the twenty-seventh batch).
- New: yields are counts of the figure before the unit, the rate word carrying nothing:
  "7,6 Tonnen je Hektar", "36 Dezitonnen je Hektar" (and "32,5 Dezitonnen"), "188.8
  bushels per acre", "53.6 bushels per acre" (physical units are counts, fourth batch; "je
  Hektar", "per acre", "pro Kopf" none, as "je Aktie" and "pro Stunde"). Areas and volumes
  likewise: "knapp 2,8 Millionen Hektar", "21,9 Hektaren" (Swiss plural), "97.3 million
  acres", "rund 2,2 Millionen Hektoliter", "37.4 million hectolitres" (as "2,1 Millionen
  Hektolitern" and "4.800 Hektar", thirtieth), "16.7 billion bushels", "332 million cubic
  metres a day"; "1,097 lakh hectares" 109,700,000 and "438.6 lakh hectares" 43,860,000
  (lakh, twelfth and thirtieth). Culled and kept animals are counts ("rund 17.500 Puten",
  "about 4.2 million hens", "21,2 Millionen Schweine").
- Prices per unit are money in the currency written (eighth, twenty-third, thirty-third
  and thirty-eighth batches: "46,80 Euro je Megawattstunde"): "194,75 Euro je Tonne",
  "Fr. 52.50 pro Tonne" (52.5 CHF, fortieth), "1,85 Euro je Kilogramm Schlachtgewicht",
  "160 Euro je Hektar", "4,000 euros per hectare", "$472 a tonne", "84.10 euros a tonne",
  "4,580 pounds a tonne" GBP, "$3.88 a bushel", "NZ$10.00 per kilogram of milk solids" NZD;
  new: "32.45 euros per megawatt hour" and "61.50 euros per megawatt hour" EUR, "£78.40/MWh"
  78.4 GBP (the slash unit carries nothing, as "a barrel"); new: "$5.90 a dozen" 5.9 USD -
  "a dozen" after a price names the unit priced, as "a tonne" and "a barrel", and carries
  no count ("two dozen" with a number word stays 24, the issue). "52,8 Cent je Kilogramm"
  0.528 EUR and "46,1 Cent" (German wire Cent is the euro cent, twelfth); "um 15 Cent" 0.15
  EUR; "6,83 Cent je Kilowattstunde" 0.0683 EUR (thirty-third); "fell 12 cents" 0.12 USD.
- New: "auf minus 18,50 Euro je Megawattstunde" (a negative power price) is money -18.5
  EUR: "minus" before a figure is its sign, as "minus 19,4 Grad" (thirty-eighth) and
  "minus 0,1 Prozent" (thirty-third); "Negative Strompreise" carries none.
- Energy and capacity are counts (fourth, twenty-third, thirty-sixth and fortieth batches):
  "3,7 Gigawatt", "3.410 Megawatt", "1010 Megawatt" (Swiss copy without a separator, as
  "3100 Metern"), "rund 250 Terawattstunden", "bis zu 4 Terawattstunden" ("up_to"), "63
  gigawatts", "32.5 GW", "nearly 12 GW", "2,880 megawatts", "430 TWh". New: "373 terawatt
  hours" is count 373 - the English energy unit written as two words is no duration, as
  "Terawattstunden" in the twenty-third batch; "megawatt hour" likewise. "in 453 Stunden"
  (hours with negative prices) is a duration of 453 hours.
- Emissions are counts (thirty-third batch): "rund 64,8 Millionen Tonnen", "20,1 Millionen
  Tonnen", "about 1.1 billion tonnes", "371 million tonnes of carbon dioxide equivalent",
  "a record 37.8 billion tonnes"; "CO2", "CO2-Zertifikate", "die Tonne CO2" carry no
  quantity (a gas's name, as "CO2-Äquivalent", thirty-third); "eine Tonne", "die Tonne" and
  "a tonne" none (an article, no figure). Temperatures are counts: "2,6 Grad"; new:
  "1,5-Grad-Ziel" is count 1.5, a figure inside a compound name read as written, as
  "Zwei-Prozent-Ziel" (percent 2) and "28-Punkte-Plan" (twenty-ninth).
- Storage levels and shares are percentages ("zu 76,4 Prozent gefüllt", "83% full",
  "81.5% full", "the 90% filling target", "zu 90 Prozent voll"); "4 Prozent unter dem
  Durchschnitt" gives no qualifier (the hedge word stands after the figure, a comparison,
  not a bound).
- New: legal references are identifiers and carry no quantity: "Nach Artikel 6 der
  Richtlinie" and "Under Article 7 of ..." as "Artikel 5 des Nato-Vertrags" (twenty-first
  batch) and "Paragraf 218" (ninth); the number of an EU act ("Regulation (EU) 2023/956",
  "Gebäuderichtlinie (EU) 2024/1275") is a document number and gives neither a year nor a
  count (the year in it is part of the number, unlike "the Private Securities Litigation
  Reform Act of 1995", thirty-sixth, where "of 1995" names the year). Names carry none:
  "H5N1" and "BTV-3" (as "H3N2"), "ETS2" (as "COP30"), "Day-Ahead-Handel", "Epex Spot",
  "TTF", "EPR", "CBAM", "Grade A". New: "Reactor 2 at the Paluel plant" carries no
  quantity - a numbered unit of a plant is an identifier, as "Nr. 5", "A9" and "Interstate
  94" (unlike a level on a scale, "Signal No. 4", thirty-eighth).
- Targets and deadlines: "Klimaneutralität bis 2040", "bis 2030", "Ab 2045", "ab 2030",
  "by 2040", "net zero by 2050", "by 2030", "by June 2026" the year ("bis 2040" twentieth
  and thirty-second batches: a time preposition before a year is no hedge); "ab Juli
  2026", "seit Februar 2025", "since February 2023", "since March 2024" the year; "am 21.
  Mai 2025", "on Jan. 1, 2026", "after July 4, 2026", "from Dec. 30, 2026", "from June 30,
  2027" full dates; "bis zum 15. Dezember", "am 1. November", "from July 1", "from January
  1", "until December 31", "between Oct. 1 and Dec. 1", "by Nov. 1", "from Jan. 31", "by
  Feb. 28", "began Sept. 1" dates without a year; "der Jahre 2018 bis 2021", "from 2038 to
  2042", "2028 statt 2027" two years each; "2025-26" both years (fortieth); "bis Ende
  Oktober", "bis Jahresende", "frühestens Ende Februar", "in mid-March", months and seasons
  alone none. A target with a figure is check-worthy (twenty-third batch).
- Durations: "binnen zehn Jahren" 10 years, "binnen zwölf Monaten" 12 months, "zwei Monate
  Zeit" 2 months, "für sieben Jahre" 7 years, "seit gut vier Jahren" 4 years "over",
  "erstmals seit mehr als 50 Jahren" 50 years "over"; "Fünfjahresschnitt", "the five-year
  average" 5 years (thirtieth) and "the 10-year average" 10 years (as "a 25-year high");
  "in the past three months" 3 months; "after 12 years of delays" 12 years; "two years ago"
  2 years (as "five years ago", thirtieth); "two years later than planned" 2 years; "in
  den ersten neun Monaten" ordinal 1 and 9 months, "in the first four months" ordinal 1 and
  4 months (twenty-fifth); "im ersten Halbjahr" ordinal 1; "im Vorjahr", "Vor einem Jahr",
  "a year earlier", "a year", "jährlich", "in diesem Jahr", "this season", "this winter"
  none. Ages: "Greg Hollis, 58" and "19-year-old organizer" (both in negatives, labelled).
- Counts, fractions, ordinals: "fast doppelt so viele" count 2 "times" with "nearly" and
  "gut doppelt so viel" count 2 "times" with "over" (twelfth, sixteenth and twentieth);
  "Eleven of France's 57 reactors" counts 11 and 57 (a definite group, thirty-eighth);
  "voted 402-250 ..., with 8 abstentions" three counts (a tally, thirty-first); "Die vier
  Reaktoren", "zwei kleinere Grenzübergänge", "lediglich zwölf Windturbinen", "Twenty-eight
  people", "A 45-kg bag" (a figure in a compound, as "a 43-kilometre transit corridor")
  counts; "mit einem Radius von drei Kilometern" and "zehn Kilometer weit" counts 3 and 10;
  "Norvika, one of Europe's largest", "one of the great ones" none (a pronoun);
  "Mehrere tausend", "Thousands", "mehrere hundert Millionen Franken" none (vague
  magnitudes); "rund ein Drittel", "fast ein Drittel", "gut ein Drittel", "more than a
  third", "etwa einem Viertel", "about a quarter", "about a fifth", "about half",
  "two-thirds" fractions with their hedges; new: "by as much as a third" is 0.3333 with
  "up_to", as "as much as 9.2%" (twenty-sixth). "Der zweite Emissionshandel" ordinal 2,
  "the seventh carbon budget" ordinal 7, "for the first time" ordinal 1; "erstmals",
  "jüngsten", "next year" none.
- Hedges: "rund", "etwa", "about", "around", "roughly" "about"; "knapp", "fast", "nearly"
  "nearly"; "mehr als", "gut", "more than" "over"; "mindestens", "at least" "at_least";
  "bis zu", "up to", "as much as" "up_to"; "höchstens" "at_most" (first batch); "im
  Schnitt", "insgesamt", "lediglich", "bereits", "zusammen", "just", "alone", "a record",
  "an average of" no hedge.
- Dates in datelines: "CHICAGO, Aug 12 (Reuters)", "CANBERRA, Sept 2 (AAP)", "LONDON, Nov 3
  (Reuters)", "FRANKFURT, Oct 15 (Reuters)", "WASHINGTON, Feb 24 (Reuters)", "PARIS, Jan 9
  (Reuters)", "BRUSSELS, Dec 2 (Reuters)", "LONDON, Feb 26 (Reuters)", "PARIS, Nov 7 (AFP)",
  "WELLINGTON, May 28 (Reuters)", "PARIS, March 12 (Reuters)", "BRUSSELS, Dec 4 (Reuters)",
  "LONDON, April 15 (Reuters)", "SYDNEY, Oct 30 (AAP)" dates without a year; German
  datelines, "DES MOINES, Iowa (AP) —", "LONDON (PA) -", "NEW YORK (AP) —", "WASHINGTON
  (AP) —" and "NEW DELHI:" none.
- Check-worthy without a figure: a virus subtype detected, no suspected cases registered, a
  nuclear plant off the grid longer than planned and its outage's cause, a vague cost
  estimate ("nach ersten Schätzungen mehrere hundert Millionen Franken", no ordinal without
  an article, sixteenth and fortieth), a ministry's stated next step, member states'
  notification, a protest that took place ("Mehrere tausend Bauern ...", "Thousands of
  climate activists marched ..."), an import stop, a reactor's expected return, what a
  regulation requires.
- Negatives: quoted feelings and complaints of farmers, growers and their lobbies (a
  farmers' president, a wine growers' president, a poultry lobby spokesman, a pig farmers'
  association, a Swiss fruit grower, a farmer at a megaphone, a grain broker, Mallee, Iowa, Waikato
  and Nebraska farmers, a Bordeaux winemaker, an NFU board chair's verdict), opinions of
  industry and energy representatives (a wind lobby head, a municipal utility chief, a
  power-industry representative, an EDF executive, an installer), economists' and
  analysts' verdicts, campaigners' and the opposition's rhetoric, activists' slogans,
  banners and chants ("„Ohne Bauern keine Zukunft!“ stand auf einem der Transparente.",
  "„Klimaschutz ist kein Luxus, ...“, riefen Aktivistinnen ...", "Climate campaigners
  chanted "No more delay!" ...", "Protesters carried banners reading ..."), hopes ("Die
  Winzer hoffen ...", "Growers are hoping ...", thirtieth), fears ("Viele Milchbauern
  fürchten ...", "Many growers fear ..."), traders' and analysts' vague outlooks
  ("Händler sprachen von einem nervösen Markt ...", "Marktbeobachter rechnen damit, dass
  ... bald wieder anziehen.", "Analysts said the market was likely to stay tight ...",
  thirty-eighth), commentary ("Von einer echten Trendwende kann ... keine Rede sein."),
  reproaches without a checkable claim ("Naturschützer werfen den Regierungen vor ..."),
  open questions ("Ob ..., ist offen.", "... remains anyone's guess."), appeals and advice
  ("Geflügelhalter werden dringend gebeten ...", "Spaziergänger werden gebeten ...",
  "Verbraucher sollten ... sparsam heizen, mahnte die Behörde.", "Backyard flock owners
  are urged ...", "Customers struggling to pay should contact ...", twenty-eighth and
  thirty-eighth).
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Bauernpräsident", "Branchenverbandschefin", "Landwirtschaftsminister",
  "Umweltministerin", "Agriculture Minister", "Energy Secretary"), a phrase after the name
  too ("bei der Vorstellung der Erntebilanz", as "vor der Presse"); "X said ..." opening
  the sentence and "X told parliament" give X (twenty-seventh and twenty-ninth); "teilte
  die Landwirtschaftskammer / die Bundesnetzagentur / das Wirtschaftsministerium / das
  Landwirtschaftsministerium in Hannover mit" (the place dropped), "wie das Statistische
  Bundesamt / das Umweltbundesamt / das Bundesamt für Statistik mitteilte", "Nach Angaben
  des Gesundheitsministeriums", "nach Angaben des Statistischen Bundesamts" and "nach
  Angaben der EU-Kommission" the source with its article in the nominative; "Laut
  Bundesnetzagentur", "laut Bundesamt für Energie", "laut UN-Umweltprogramm" as written;
  "the USDA said" (as "the ONS said"), "the Labor Department said", "the utility said",
  "the agriculture ministry said" (twice), "the Energy Information Administration said",
  "the Climate Change Committee said", "the International Energy Agency said", "the
  National Energy System Operator said", "the Agriculture Department said Monday",
  "according to the U.S. Department of Agriculture / the European Commission / the
  Australian Energy Market Operator" with the article in lower case; "Ofgem said", "Defra
  said", "according to ABARES / Argus / Gas Infrastructure Europe" as written; "police
  said" -> "police". Left unchecked (None): "teilte der Bayerische Bauernverband / der
  Schweizer Obstverband / die Deutsche Emissionshandelsstelle mit" (a capitalised
  adjective heading the name, twentieth and thirty-first), "wie die Betreiberin mitteilte"
  (a description), "beziffert die Österreichische Hagelversicherung" (no verb of saying),
  "Laut der Gebäuderichtlinie" (a document), "sagte ein Sprecher des Landvolks", "The
  agency pegged", "The regulator said", "The committee said" and "The Commission
  estimates/has estimated" opening the sentence, "the agency said" at the end (a
  description), "Norvika said" (a company at the head of reported speech), "Fonterra
  forecast", "according to Ofgem's latest figures", "according to grid operator RTE" (a
  description before a name), "data from operator Gassco showed" and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_42 = [
    # === German =================================================================================
    # --- Getreideernte (dpa) ----------------------------------------------------------------------
    ("de", "Berlin (dpa) - Die deutschen Landwirte haben in diesem Jahr rund 43,5 Millionen Tonnen Getreide eingefahren, knapp 8 Prozent mehr als im schwachen Vorjahr.", True,
     [("count", 43500000, None, "about"), ("percent", 8, "%", "nearly")], None),
    ("de", "Beim Winterweizen lag der durchschnittliche Ertrag bei 7,6 Tonnen je Hektar, sagte Bauernpräsident Hartmut Lenz bei der Vorstellung der Erntebilanz.", True,
     [("count", 7.6, None, None)], "Hartmut Lenz"),
    ("de", "Angebaut wurde Weizen auf knapp 2,8 Millionen Hektar, das sind rund 260.000 Hektar mehr als 2024.", True,
     [("count", 2800000, None, "nearly"), ("count", 260000, None, "about"), ("year", 2024, None, None)], None),
    ("de", "Beim Raps meldeten die Betriebe im Schnitt 36 Dezitonnen je Hektar, nach 32,5 Dezitonnen im Vorjahr.", True,
     [("count", 36, None, None), ("count", 32.5, None, None)], None),
    ("de", "„Die Stimmung auf den Höfen ist trotz der ordentlichen Mengen miserabel, weil die Preise einfach nicht kostendeckend sind“, fügte Lenz hinzu.", False, [], None),
    ("de", "Für eine Tonne Brotweizen zahlte der Landhandel zuletzt etwa 185 Euro und damit rund ein Drittel weniger als im Sommer 2022.", True,
     [("money", 185, "EUR", "about"), ("fraction", 0.3333, None, "about"), ("year", 2022, None, None)], None),
    ("de", "Ob sich der Anbau von Brotgetreide für viele Familienbetriebe künftig überhaupt noch rechnet, ist offen.", False, [], None),
    # --- Weinlese (APA) -----------------------------------------------------------------------------
    ("de", "Wien (APA) - Die heimische Weinernte dürfte heuer rund 2,2 Millionen Hektoliter ergeben, teilte die Landwirtschaftskammer am Montag mit.", True,
     [("count", 2200000, None, "about")], "die Landwirtschaftskammer"),
    ("de", "Das wären etwa 12 Prozent weniger als im Vorjahr und knapp 9 Prozent unter dem Fünfjahresschnitt.", True,
     [("percent", 12, "%", "about"), ("percent", 9, "%", "nearly"), ("duration", 5, "year", None)], None),
    ("de", "Besonders betroffen ist die Steiermark, wo Hagelunwetter Ende Juli auf rund 1.900 Hektar Rebfläche schwere Schäden anrichteten.", True,
     [("count", 1900, None, "about")], None),
    ("de", "Die Österreichische Hagelversicherung beziffert den Gesamtschaden in der Landwirtschaft heuer auf 96 Millionen Euro.", True,
     [("money", 96000000, "EUR", None)], None),
    ("de", "Bewirtschaftet werden in Österreich derzeit etwa 44.000 Hektar Weingärten von gut 10.000 Betrieben.", True,
     [("count", 44000, None, "about"), ("count", 10000, None, "over")], None),
    ("de", "„Qualitativ wird das ein großartiger Jahrgang, davon bin ich felsenfest überzeugt“, sagte Weinbaupräsident Lukas Hirschmann.", False, [], None),
    ("de", "Die Winzer hoffen nun auf einen goldenen Herbst und stabile Preise im Fassweinhandel.", False, [], None),
    # --- Geflügelpest (dpa) ---------------------------------------------------------------------------
    ("de", "Hannover (dpa) - Nach dem Ausbruch der Geflügelpest in einem Mastbetrieb im Landkreis Cloppenburg sind rund 17.500 Puten getötet worden.", True,
     [("count", 17500, None, "about")], None),
    ("de", "Bei den Tieren sei der hochansteckende Subtyp H5N1 nachgewiesen worden, teilte das Landwirtschaftsministerium in Hannover mit.", True,
     [], "das Landwirtschaftsministerium"),
    ("de", "Um den Hof wurde eine Schutzzone mit einem Radius von drei Kilometern eingerichtet, die Überwachungszone reicht zehn Kilometer weit.", True,
     [("count", 3, None, None), ("count", 10, None, None)], None),
    ("de", "Seit September wurden in Niedersachsen damit bereits 38 Ausbrüche in Nutztierhaltungen gemeldet, mehr als 1,1 Millionen Tiere mussten getötet werden.", True,
     [("count", 38, None, None), ("count", 1100000, None, "over")], None),
    ("de", "Der Landkreis hat für alle Geflügelhalter eine Stallpflicht angeordnet, die zunächst bis zum 15. Dezember gilt.", True,
     [("date", "--12-15", None, None)], None),
    ("de", "„Für die betroffene Familie ist das eine Katastrophe, da hängt die ganze Existenz dran“, sagte ein Sprecher des Landvolks.", False, [], None),
    ("de", "Geflügelhalter werden dringend gebeten, jeden Kontakt zu Wildvögeln zu vermeiden und verendete Tiere umgehend zu melden.", False, [], None),
    # --- Maul- und Klauenseuche (APA) ---------------------------------------------------------------
    ("de", "Eisenstadt (APA) - Wegen der Maul- und Klauenseuche in Ungarn hat das Burgenland zwei kleinere Grenzübergänge vorübergehend geschlossen.", True,
     [("count", 2, None, None)], None),
    ("de", "In dem betroffenen ungarischen Betrieb mit etwa 1.400 Rindern war die Seuche vergangene Woche erstmals seit mehr als 50 Jahren festgestellt worden.", True,
     [("count", 1400, None, "about"), ("duration", 50, "year", "over")], None),
    ("de", "Nach Angaben des Gesundheitsministeriums wurden in Österreich bisher keine Verdachtsfälle registriert.", True,
     [], "das Gesundheitsministerium"),
    ("de", "Die Sorge unter den Rinderbauern im Seewinkel ist groß, wie ein Landwirt der APA schilderte.", False, [], None),
    # --- Milchpreis (dpa) ---------------------------------------------------------------------------
    ("de", "München (dpa) - Die Molkereien in Bayern zahlen ihren Lieferanten im Schnitt 52,8 Cent je Kilogramm konventioneller Milch, teilte der Bayerische Bauernverband mit.", True,
     [("money", 0.528, "EUR", None)], None),
    ("de", "Vor einem Jahr hatte der Erzeugerpreis noch bei 46,1 Cent gelegen.", True,
     [("money", 0.461, "EUR", None)], None),
    ("de", "Die Milchanlieferung in Deutschland sank im ersten Halbjahr um 1,4 Prozent auf rund 16,1 Millionen Tonnen.", True,
     [("ordinal", 1, None, None), ("percent", 1.4, "%", None), ("count", 16100000, None, "about")], None),
    ("de", "Die Zahl der Milchkuhhalter ging binnen zehn Jahren um fast 40 Prozent auf knapp 49.000 zurück, wie das Statistische Bundesamt mitteilte.", True,
     [("duration", 10, "year", None), ("percent", 40, "%", "nearly"), ("count", 49000, None, "nearly")], "das Statistische Bundesamt"),
    ("de", "Viele Milchbauern fürchten, dass der Höhenflug beim Milchpreis nur von kurzer Dauer sein wird.", False, [], None),
    ("de", "Ein Liter Vollmilch kostet im Supermarkt derzeit 1,15 Euro.", True,
     [("money", 1.15, "EUR", None)], None),
    # --- Getreide- und Düngerpreise (Reuters) -------------------------------------------------------
    ("de", "Paris (Reuters) - Der Weizenpreis an der Pariser Euronext ist am Donnerstag um 1,3 Prozent auf 194,75 Euro je Tonne gefallen.", True,
     [("percent", 1.3, "%", None), ("money", 194.75, "EUR", None)], None),
    ("de", "Das ist der niedrigste Stand für den vorderen Dezember-Kontrakt seit gut vier Jahren.", True,
     [("duration", 4, "year", "over")], None),
    ("de", "Raps verteuerte sich dagegen um 3,50 Euro auf 478,25 Euro je Tonne.", True,
     [("money", 3.5, "EUR", None), ("money", 478.25, "EUR", None)], None),
    ("de", "Stickstoffdünger wie Kalkammonsalpeter kostete im Großhandel zuletzt rund 340 Euro je Tonne und damit 15 Prozent mehr als im Frühjahr.", True,
     [("money", 340, "EUR", "about"), ("percent", 15, "%", None)], None),
    ("de", "Die EU-Zölle auf Düngemittel aus Russland und Belarus steigen ab Juli 2026 schrittweise auf bis zu 315 Euro je Tonne im Jahr 2028.", True,
     [("year", 2026, None, None), ("money", 315, "EUR", "up_to"), ("year", 2028, None, None)], None),
    ("de", "Händler sprachen von einem nervösen Markt, der auf jede Wettermeldung aus der Schwarzmeerregion überreagiere.", False, [], None),
    # --- Gasspeicher (dpa) --------------------------------------------------------------------------
    ("de", "Bonn (dpa) - Die deutschen Gasspeicher sind zum Beginn der Heizsaison zu 76,4 Prozent gefüllt, teilte die Bundesnetzagentur am Mittwoch mit.", True,
     [("percent", 76.4, "%", None)], "die Bundesnetzagentur"),
    ("de", "Im Vorjahr hatte der Füllstand zum selben Zeitpunkt bei mehr als 95 Prozent gelegen.", True,
     [("percent", 95, "%", "over")], None),
    ("de", "Die Speicher fassen zusammen rund 250 Terawattstunden Erdgas, das entspricht etwa einem Viertel des jährlichen Verbrauchs.", True,
     [("count", 250, None, "about"), ("fraction", 0.25, None, "about")], None),
    ("de", "Die gesetzliche Vorgabe, wonach die Speicher am 1. November zu 90 Prozent voll sein mussten, wurde im Frühjahr auf 70 Prozent gesenkt.", True,
     [("date", "--11-01", None, None), ("percent", 90, "%", None), ("percent", 70, "%", None)], None),
    ("de", "Laut Bundesnetzagentur lag der Gasverbrauch der Industrie im Oktober 4 Prozent unter dem Durchschnitt der Jahre 2018 bis 2021.", True,
     [("percent", 4, "%", None), ("year", 2018, None, None), ("year", 2021, None, None)], "Bundesnetzagentur"),
    ("de", "„Ein richtig kalter Februar kann uns trotzdem noch in Schwierigkeiten bringen“, warnte der Chef eines kommunalen Versorgers.", False, [], None),
    ("de", "Verbraucher sollten auch in diesem Winter sparsam heizen, mahnte die Behörde.", False, [], None),
    # --- Strombörse (dpa-AFX) -----------------------------------------------------------------------
    ("de", "Frankfurt (dpa-AFX) - Strom zur Lieferung am Freitag kostete im Day-Ahead-Handel an der Börse Epex Spot im Schnitt 112,40 Euro je Megawattstunde.", True,
     [("money", 112.4, "EUR", None)], None),
    ("de", "Am vergangenen Sonntag war der Preis wegen des hohen Solarangebots zur Mittagszeit auf minus 18,50 Euro je Megawattstunde gefallen.", True,
     [("money", -18.5, "EUR", None)], None),
    ("de", "Negative Strompreise gab es in Deutschland in diesem Jahr bereits in 453 Stunden, so viele wie nie zuvor.", True,
     [("duration", 453, "hour", None)], None),
    ("de", "Der Terminkontrakt für das kommende Jahr notierte bei 86,15 Euro, nach 84,90 Euro am Vortag.", True,
     [("money", 86.15, "EUR", None), ("money", 84.9, "EUR", None)], None),
    ("de", "Marktbeobachter rechnen damit, dass die Preise bei schwachem Wind bald wieder anziehen.", False, [], None),
    # --- Ausbau der Erneuerbaren (dpa) --------------------------------------------------------------
    ("de", "Berlin (dpa) - In Deutschland sind in den ersten neun Monaten Windräder an Land mit einer Leistung von 3,7 Gigawatt neu ans Netz gegangen.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 3.7, None, None)], None),
    ("de", "Das waren 612 Anlagen und damit fast doppelt so viele wie im Vorjahreszeitraum, sagte Branchenverbandschefin Nora Hellwig.", True,
     [("count", 612, None, None), ("count", 2, "times", "nearly")], "Nora Hellwig"),
    ("de", "Bei der Photovoltaik kamen im selben Zeitraum gut 12,4 Gigawatt hinzu.", True,
     [("count", 12.4, None, "over")], None),
    ("de", "Das Ziel der Bundesregierung sieht bis 2030 eine installierte Leistung von 115 Gigawatt Windkraft an Land und 215 Gigawatt Solar vor.", True,
     [("year", 2030, None, None), ("count", 115, None, None), ("count", 215, None, None)], None),
    ("de", "Bei der jüngsten Ausschreibung der Bundesnetzagentur erhielten 287 Projekte mit zusammen 3.410 Megawatt einen Zuschlag.", True,
     [("count", 287, None, None), ("count", 3410, None, None)], None),
    ("de", "Der durchschnittliche Zuschlagswert lag bei 6,83 Cent je Kilowattstunde.", True,
     [("money", 0.0683, "EUR", None)], None),
    ("de", "„Wir sind endlich wieder auf Kurs, aber die Genehmigungsbehörden müssen noch viel schneller werden“, sagte Hellwig.", False, [], None),
    ("de", "Auf See gingen bis Ende September lediglich zwölf Windturbinen mit 180 Megawatt in Betrieb.", True,
     [("count", 12, None, None), ("count", 180, None, None)], None),
    # --- Kernkraftwerk Gösgen (Keystone-SDA) --------------------------------------------------------
    ("de", "Olten (Keystone-SDA) - Das Kernkraftwerk Gösgen bleibt länger vom Netz als geplant und soll frühestens Ende Februar wieder Strom liefern.", True, [], None),
    ("de", "Der Reaktor ist seit Ende Mai wegen einer Revision und anschliessender Prüfungen am Speisewassersystem abgeschaltet, wie die Betreiberin mitteilte.", True, [], None),
    ("de", "Gösgen produziert mit einer Leistung von 1010 Megawatt rund 13 Prozent des in der Schweiz verbrauchten Stroms.", True,
     [("count", 1010, None, None), ("percent", 13, "%", "about")], None),
    ("de", "Der Ausfall kostet die Eigentümer nach ersten Schätzungen mehrere hundert Millionen Franken.", True, [], None),
    ("de", "Im Winterhalbjahr muss die Schweiz laut Bundesamt für Energie bis zu 4 Terawattstunden Strom importieren.", True,
     [("count", 4, None, "up_to")], "Bundesamt für Energie"),
    ("de", "Die vier Reaktoren des Landes lieferten 2024 zusammen 23,3 Terawattstunden, gut ein Drittel der Landesproduktion.", True,
     [("count", 4, None, None), ("year", 2024, None, None), ("count", 23.3, None, None), ("fraction", 0.3333, None, "over")], None),
    ("de", "«Ohne Kernenergie ist die Versorgungssicherheit im Winter schlicht nicht zu haben», sagte ein Vertreter der Strombranche.", False, [], None),
    # --- Klimabilanz (APA) --------------------------------------------------------------------------
    ("de", "Wien (APA) - Österreichs Treibhausgasausstoß ist 2025 um 2,6 Prozent auf rund 64,8 Millionen Tonnen gesunken, wie das Umweltbundesamt mitteilte.", True,
     [("year", 2025, None, None), ("percent", 2.6, "%", None), ("count", 64800000, None, "about")], "das Umweltbundesamt"),
    ("de", "Gegenüber 1990 liegen die Emissionen damit um knapp 18 Prozent niedriger.", True,
     [("year", 1990, None, None), ("percent", 18, "%", "nearly")], None),
    ("de", "Die Regierung hält offiziell am Ziel der Klimaneutralität bis 2040 fest, ein entsprechendes Klimaschutzgesetz fehlt aber seit Jahren.", True,
     [("year", 2040, None, None)], None),
    ("de", "Der Verkehrssektor verursachte mit 20,1 Millionen Tonnen fast ein Drittel der Emissionen.", True,
     [("count", 20100000, None, None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Für das EU-Ziel für 2030 müsste Österreich die Emissionen außerhalb des Emissionshandels um 48 Prozent gegenüber 2005 senken.", True,
     [("year", 2030, None, None), ("percent", 48, "%", None), ("year", 2005, None, None)], None),
    ("de", "Mit den bisherigen Zusagen steuert die Welt laut UN-Umweltprogramm auf eine Erwärmung von 2,6 Grad zu, weit über dem 1,5-Grad-Ziel von Paris.", True,
     [("count", 2.6, None, None), ("count", 1.5, None, None)], "UN-Umweltprogramm"),
    ("de", "Den Entwurf für ein neues Klimaschutzgesetz wolle sie bis Jahresende in Begutachtung schicken, sagte Umweltministerin Eva Brunnhuber.", True,
     [], "Eva Brunnhuber"),
    ("de", "„Klimaschutz ist kein Luxus, sondern eine Überlebensfrage“, riefen Aktivistinnen vor dem Bundeskanzleramt.", False, [], None),
    ("de", "Von einer echten Trendwende kann angesichts dieser Zahlen freilich noch keine Rede sein.", False, [], None),
    # --- CO2-Preis (Reuters) ------------------------------------------------------------------------
    ("de", "Brüssel (Reuters) - Der Preis für CO2-Zertifikate im EU-Emissionshandel ist am Montag auf 81,20 Euro je Tonne gestiegen, den höchsten Stand seit Februar 2025.", True,
     [("money", 81.2, "EUR", None), ("year", 2025, None, None)], None),
    ("de", "Der zweite Emissionshandel für Gebäude und Verkehr, das sogenannte ETS2, startet nach einem Beschluss der Mitgliedstaaten erst 2028 statt 2027.", True,
     [("ordinal", 2, None, None), ("year", 2028, None, None), ("year", 2027, None, None)], None),
    ("de", "In Deutschland kostet die Tonne CO2 im nationalen Emissionshandel in diesem Jahr 55 Euro, 2026 sollen es zwischen 55 und 65 Euro sein.", True,
     [("money", 55, "EUR", None), ("year", 2026, None, None), ("money", 55, "EUR", None), ("money", 65, "EUR", None)], None),
    ("de", "Die Einnahmen aus dem Emissionshandel flossen 2024 mit 18,5 Milliarden Euro in den Klima- und Transformationsfonds, teilte die Deutsche Emissionshandelsstelle mit.", True,
     [("year", 2024, None, None), ("money", 18500000000, "EUR", None)], None),
    ("de", "„Ein verlässlicher CO2-Preis ist das beste Klimaschutzinstrument, das wir haben“, sagte ein Ökonom des Instituts.", False, [], None),
    # --- EU-Richtlinie (dpa) ------------------------------------------------------------------------
    ("de", "Brüssel (dpa) - Die EU-Kommission hat gegen 19 Mitgliedstaaten Vertragsverletzungsverfahren eingeleitet, weil sie die Erneuerbare-Energien-Richtlinie nicht fristgerecht umgesetzt haben.", True,
     [("count", 19, None, None)], None),
    ("de", "Die Frist für die Umsetzung der meisten Vorgaben war am 21. Mai 2025 abgelaufen.", True,
     [("date", "2025-05-21", None, None)], None),
    ("de", "Nach Artikel 6 der Richtlinie müssen Genehmigungsverfahren für Anlagen in Beschleunigungsgebieten binnen zwölf Monaten abgeschlossen sein.", True,
     [("duration", 12, "month", None)], None),
    ("de", "Deutschland und Österreich haben nach Angaben der EU-Kommission zumindest Teile der Vorgaben fristgerecht gemeldet.", True,
     [], "die EU-Kommission"),
    ("de", "Die betroffenen Länder haben nun zwei Monate Zeit, um auf die Mahnschreiben zu antworten.", True,
     [("duration", 2, "month", None)], None),
    ("de", "Bis 2030 soll der Anteil erneuerbarer Energien am Endenergieverbrauch in der EU auf mindestens 42,5 Prozent steigen.", True,
     [("year", 2030, None, None), ("percent", 42.5, "%", "at_least")], None),
    ("de", "Laut der Gebäuderichtlinie (EU) 2024/1275 müssen neue Gebäude ab 2030 emissionsfrei sein.", True,
     [("year", 2030, None, None)], None),
    ("de", "Naturschützer werfen den Regierungen vor, den Ausbau aus Bequemlichkeit zu verschleppen.", False, [], None),
    # --- Bauernprotest und Agrarbudget (APA) --------------------------------------------------------
    ("de", "Brüssel (APA) - Mehrere tausend Bauern aus ganz Europa haben am Donnerstag in Brüssel gegen Kürzungen im EU-Agrarbudget protestiert.", True, [], None),
    ("de", "Die Polizei zählte rund 1.300 Traktoren, die Veranstalter sprachen von 10.000 Teilnehmenden.", True,
     [("count", 1300, None, "about"), ("count", 10000, None, None)], None),
    ("de", "Die Kommission will die Agrarmittel im Finanzrahmen ab 2028 in einen gemeinsamen Fonds überführen und dabei mindestens 300 Milliarden Euro für Direktzahlungen reservieren.", True,
     [("year", 2028, None, None), ("money", 300000000000, "EUR", "at_least")], None),
    ("de", "Derzeit entfallen auf die Agrarpolitik knapp 387 Milliarden Euro für sieben Jahre, rund ein Drittel des EU-Haushalts.", True,
     [("money", 387000000000, "EUR", "nearly"), ("duration", 7, "year", None), ("fraction", 0.3333, None, "about")], None),
    ("de", "Österreichs Landwirte erhalten aus Brüssel jährlich rund 1,8 Milliarden Euro an Förderungen, sagte Landwirtschaftsminister Markus Haider.", True,
     [("money", 1800000000, "EUR", "about")], "Markus Haider"),
    ("de", "Die Basisprämie für Ackerland beträgt 2026 rund 160 Euro je Hektar.", True,
     [("year", 2026, None, None), ("money", 160, "EUR", "about")], None),
    ("de", "„Ohne Bauern keine Zukunft!“ stand auf einem der Transparente.", False, [], None),
    ("de", "„Brüssel lässt die Familienbetriebe im Stich“, rief ein Landwirt aus dem Mühlviertel ins Megafon.", False, [], None),
    # --- Landwirtschaft Schweiz (Keystone-SDA) ------------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Der Bund hat den Bauern im vergangenen Jahr Direktzahlungen von insgesamt 2,8 Milliarden Franken ausgerichtet.", True,
     [("money", 2800000000, "CHF", None)], None),
    ("de", "Die Zahl der Landwirtschaftsbetriebe sank um 1,2 Prozent auf 47'700, wie das Bundesamt für Statistik mitteilte.", True,
     [("percent", 1.2, "%", None), ("count", 47700, None, None)], "das Bundesamt für Statistik"),
    ("de", "Im Schnitt bewirtschaftete ein Betrieb 21,9 Hektaren, gut doppelt so viel wie noch 1990.", True,
     [("count", 21.9, None, None), ("count", 2, "times", "over"), ("year", 1990, None, None)], None),
    ("de", "Die Apfelernte fiel mit 118'000 Tonnen um 14 Prozent tiefer aus als im Vorjahr, teilte der Schweizer Obstverband mit.", True,
     [("count", 118000, None, None), ("percent", 14, "%", None)], None),
    ("de", "Für Zuckerrüben zahlen die Zuckerfabriken ab der kommenden Kampagne Fr. 52.50 pro Tonne.", True,
     [("money", 52.5, "CHF", None)], None),
    ("de", "«Mit diesen Preisen kann kein junger Bauer eine Familie ernähren», sagte ein Obstbauer aus dem Thurgau.", False, [], None),
    # --- Wärmepumpenförderung (dpa) -----------------------------------------------------------------
    ("de", "Berlin (dpa) - Für den Einbau einer Wärmepumpe können Eigentümer eine Förderung von bis zu 70 Prozent der Kosten erhalten, insgesamt jedoch höchstens 21.000 Euro.", True,
     [("percent", 70, "%", "up_to"), ("money", 21000, "EUR", "at_most")], None),
    ("de", "Bis Ende Oktober gingen bei der staatlichen Förderbank KfW rund 242.000 Anträge ein, teilte das Wirtschaftsministerium mit.", True,
     [("count", 242000, None, "about")], "das Wirtschaftsministerium"),
    ("de", "Im Jahr 2024 waren in Deutschland 193.000 Wärmepumpen verkauft worden, 46 Prozent weniger als im Rekordjahr 2023.", True,
     [("year", 2024, None, None), ("count", 193000, None, None), ("percent", 46, "%", None), ("year", 2023, None, None)], None),
    ("de", "Ab 2045 dürfen Heizungen in Deutschland nach dem Gebäudeenergiegesetz nicht mehr mit fossilen Brennstoffen betrieben werden.", True,
     [("year", 2045, None, None)], None),
    ("de", "„Die Menschen brauchen endlich Planungssicherheit statt ständig neuer Regeln“, sagte die Geschäftsführerin eines Installateurbetriebs.", False, [], None),
    # --- Afrikanische Schweinepest (Reuters) --------------------------------------------------------
    ("de", "Düsseldorf (Reuters) - Nach dem Fund eines mit der Afrikanischen Schweinepest infizierten Wildschweins im Sauerland ist der Schweinepreis um 15 Cent gefallen.", True,
     [("money", 0.15, "EUR", None)], None),
    ("de", "Die maßgebliche Notierung liegt nun bei 1,85 Euro je Kilogramm Schlachtgewicht.", True,
     [("money", 1.85, "EUR", None)], None),
    ("de", "Mehrere asiatische Länder, darunter China und Südkorea, stoppten umgehend die Einfuhr von deutschem Schweinefleisch.", True, [], None),
    ("de", "Deutschland hielt im Mai nach Angaben des Statistischen Bundesamts noch 21,2 Millionen Schweine, so wenige wie seit 1996 nicht mehr.", True,
     [("count", 21200000, None, None), ("year", 1996, None, None)], "das Statistische Bundesamt"),
    ("de", "Rund um den Fundort wurde eine Sperrzone von 15 Kilometern eingerichtet, in der Jäger verstärkt nach Kadavern suchen.", True,
     [("count", 15, None, None)], None),
    ("de", "„Wieder trifft es die Schweinehalter, die ohnehin schon mit dem Rücken zur Wand stehen“, klagte ein Sprecher der Interessengemeinschaft.", False, [], None),
    ("de", "Spaziergänger werden gebeten, in den betroffenen Wäldern auf den Wegen zu bleiben und Hunde anzuleinen.", False, [], None),
    # === English ================================================================================
    # --- USDA crop report (Reuters) -----------------------------------------------------------------
    ("en", "CHICAGO, Aug 12 (Reuters) - The U.S. Department of Agriculture raised its forecast for the corn harvest to a record 16.7 billion bushels on Tuesday, well above trade expectations.", True,
     [("date", "--08-12", None, None), ("count", 16700000000, None, None)], None),
    ("en", "The agency pegged the average corn yield at 188.8 bushels per acre, up from 181.0 bushels in its July outlook.", True,
     [("count", 188.8, None, None), ("count", 181.0, None, None)], None),
    ("en", "Farmers planted 97.3 million acres of corn this year, the most since 1936, the USDA said.", True,
     [("count", 97300000, None, None), ("year", 1936, None, None)], "the USDA"),
    ("en", "Soybean production was forecast at 4.29 billion bushels, with yields averaging 53.6 bushels per acre.", True,
     [("count", 4290000000, None, None), ("count", 53.6, None, None)], None),
    ("en", "Corn futures for December delivery fell 12 cents to $3.88 a bushel on the Chicago Board of Trade after the report.", True,
     [("money", 0.12, "USD", None), ("money", 3.88, "USD", None)], None),
    ("en", "\"Nobody in the trade saw a number like that coming,\" said a grain broker in Kansas City.", False, [], None),
    ("en", "Many growers fear prices will stay below their cost of production well into next year.", False, [], None),
    # --- Australian winter crop (AAP) ---------------------------------------------------------------
    ("en", "CANBERRA, Sept 2 (AAP) - Australia's winter crop is expected to reach 62.2 million tonnes this season, according to ABARES.", True,
     [("date", "--09-02", None, None), ("count", 62200000, None, None)], "ABARES"),
    ("en", "Wheat production is forecast at 30.6 million tonnes, about 11 per cent above the 10-year average.", True,
     [("count", 30600000, None, None), ("percent", 11, "%", "about"), ("duration", 10, "year", None)], None),
    ("en", "Dry conditions in South Australia and western Victoria cut expected yields there by as much as a third.", True,
     [("fraction", 0.3333, None, "up_to")], None),
    ("en", "Agriculture Minister Dan Crowley said farmers in drought-hit areas could apply for concessional loans of up to A$2 million.", True,
     [("money", 2000000, "AUD", "up_to")], "Dan Crowley"),
    ("en", "\"You do everything right and then it just doesn't rain,\" said Mallee farmer Greg Hollis, 58.", False,
     [("duration", 58, "year", None)], None),
    ("en", "Growers are hoping for a late spring break to salvage what is left of the season.", False, [], None),
    # --- Bird flu at an egg farm (AP) ---------------------------------------------------------------
    ("en", "DES MOINES, Iowa (AP) — Bird flu has been confirmed at a commercial egg farm in northwest Iowa, forcing the culling of about 4.2 million hens.", True,
     [("count", 4200000, None, "about")], None),
    ("en", "It is the state's largest outbreak since 2022, when the virus led to the loss of more than 13 million birds in Iowa alone.", True,
     [("year", 2022, None, None), ("count", 13000000, None, "over")], None),
    ("en", "Nationwide, more than 30 million egg-laying hens have been lost to the H5N1 virus in the past three months, according to the U.S. Department of Agriculture.", True,
     [("count", 30000000, None, "over"), ("duration", 3, "month", None)], "the U.S. Department of Agriculture"),
    ("en", "Grade A large eggs cost an average of $5.90 a dozen in January, the Labor Department said.", True,
     [("money", 5.9, "USD", None)], "the Labor Department"),
    ("en", "Investigators have also found the virus in dairy herds in 17 states since March 2024.", True,
     [("count", 17, None, None), ("year", 2024, None, None)], None),
    ("en", "\"It's heartbreaking to watch a whole barn go like that,\" said Ellen Vroom, who manages a neighboring farm.", False, [], None),
    ("en", "Backyard flock owners are urged to keep their birds away from wild waterfowl and report sick animals immediately.", False, [], None),
    # --- Bluetongue (PA) ----------------------------------------------------------------------------
    ("en", "LONDON (PA) - The restricted zone for bluetongue virus has been extended to cover all of England from July 1, Defra said.", True,
     [("date", "--07-01", None, None)], "Defra"),
    ("en", "More than 200 cases of the BTV-3 strain have been confirmed on farms in England since the outbreak began in 2023.", True,
     [("count", 200, None, "over"), ("year", 2023, None, None)], None),
    ("en", "The disease does not affect humans or food safety but can cut milk yields and kill up to 30% of infected sheep.", True,
     [("percent", 30, "%", "up_to")], None),
    ("en", "NFU livestock board chair Tom Hartley said the decision was \"a pragmatic step that most farmers will welcome\".", False, [], None),
    # --- Kharif sowing and fertiliser (PTI) ---------------------------------------------------------
    ("en", "NEW DELHI: Farmers have sown kharif crops on 1,097 lakh hectares so far this season, 2.8% more than a year earlier, the agriculture ministry said.", True,
     [("count", 109700000, None, None), ("percent", 2.8, "%", None)], "the agriculture ministry"),
    ("en", "Paddy was planted on 438.6 lakh hectares, up from 408.7 lakh hectares last year.", True,
     [("count", 43860000, None, None), ("count", 40870000, None, None)], None),
    ("en", "The government has budgeted Rs 1.68 lakh crore for fertiliser subsidies in 2025-26.", True,
     [("money", 1680000000000, "INR", None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("en", "India imports about a fifth of its urea, recently at prices of around $455 a tonne.", True,
     [("fraction", 0.2, None, "about"), ("money", 455, "USD", "about")], None),
    ("en", "A 45-kg bag of urea is sold to farmers at a fixed price of Rs 242.", True,
     [("count", 45, None, None), ("money", 242, "INR", None)], None),
    ("en", "\"Whenever we need fertiliser most, it's never there,\" said Ramesh Yadav, a farmer in Uttar Pradesh.", False, [], None),
    # --- Fertiliser market (Reuters) ----------------------------------------------------------------
    ("en", "LONDON, Nov 3 (Reuters) - Global urea prices have risen by nearly 40% since January as Chinese export curbs and European plant closures tighten supply.", True,
     [("date", "--11-03", None, None), ("percent", 40, "%", "nearly")], None),
    ("en", "Granular urea from the Middle East traded at $472 a tonne last week, according to Argus.", True,
     [("money", 472, "USD", None)], "Argus"),
    ("en", "Norvika, one of Europe's largest fertiliser makers, said it would shut an ammonia plant in Belgium, cutting 90 jobs.", True,
     [("count", 90, None, None)], None),
    ("en", "Natural gas accounts for up to 80% of the cost of making ammonia.", True,
     [("percent", 80, "%", "up_to")], None),
    ("en", "Analysts said the market was likely to stay tight through the spring planting season.", False, [], None),
    # --- European gas storage (Reuters) -------------------------------------------------------------
    ("en", "FRANKFURT, Oct 15 (Reuters) - European gas storage sites were 83% full on Monday, according to Gas Infrastructure Europe, compared with 95% a year earlier.", True,
     [("date", "--10-15", None, None), ("percent", 83, "%", None), ("percent", 95, "%", None)], "Gas Infrastructure Europe"),
    ("en", "The Dutch front-month contract at the TTF hub rose 2.1% to 32.45 euros per megawatt hour.", True,
     [("percent", 2.1, "%", None), ("money", 32.45, "EUR", None)], None),
    ("en", "Germany's storage levels stood at 76%, the lowest among the bloc's largest economies.", True,
     [("percent", 76, "%", None)], None),
    ("en", "Austria's sites were 81.5% full, while Latvia's stood at just 58%.", True,
     [("percent", 81.5, "%", None), ("percent", 58, "%", None)], None),
    ("en", "EU rules now allow countries to meet the 90% filling target at any point between Oct. 1 and Dec. 1 instead of by Nov. 1.", True,
     [("percent", 90, "%", None), ("date", "--10-01", None, None), ("date", "--12-01", None, None), ("date", "--11-01", None, None)], None),
    ("en", "Norwegian pipeline exports averaged 332 million cubic metres a day in September, data from operator Gassco showed.", True,
     [("count", 332000000, None, None)], None),
    ("en", "How much liquefied natural gas Asia will soak up this winter remains anyone's guess.", False, [], None),
    # --- Energy price cap (PA) ----------------------------------------------------------------------
    ("en", "LONDON (PA) - A typical dual-fuel household in Britain will pay £1,755 a year under the energy price cap from January 1, up 2%, Ofgem said.", True,
     [("money", 1755, "GBP", None), ("date", "--01-01", None, None), ("percent", 2, "%", None)], "Ofgem"),
    ("en", "That is an increase of £35 compared with the current cap, which runs until December 31.", True,
     [("money", 35, "GBP", None), ("date", "--12-31", None, None)], None),
    ("en", "Wholesale electricity for next-day delivery in Britain averaged £78.40/MWh in October.", True,
     [("money", 78.4, "GBP", None)], None),
    ("en", "The regulator said network costs now make up about a fifth of a typical bill.", True,
     [("fraction", 0.2, None, "about")], None),
    ("en", "Around 7.6 million households in England owe their supplier money, according to Ofgem's latest figures.", True,
     [("count", 7600000, None, "about")], None),
    ("en", "\"Families are being squeezed again and again, and this winter will be no different,\" said Maya Lorne of the charity Warm Homes Now.", False, [], None),
    ("en", "Customers struggling to pay should contact their supplier as early as possible, the regulator advised.", False, [], None),
    # --- U.S. capacity additions (Reuters) ----------------------------------------------------------
    ("en", "WASHINGTON, Feb 24 (Reuters) - U.S. developers plan to add a record 63 gigawatts of new generating capacity this year, the Energy Information Administration said.", True,
     [("date", "--02-24", None, None), ("count", 63, None, None)], "the Energy Information Administration"),
    ("en", "Solar accounts for about half of the planned additions at 32.5 GW, followed by battery storage with 18.2 GW.", True,
     [("fraction", 0.5, None, "about"), ("count", 32.5, None, None), ("count", 18.2, None, None)], None),
    ("en", "Texas alone is expected to connect nearly 12 GW of solar, more than any other state.", True,
     [("count", 12, None, "nearly")], None),
    ("en", "Wind additions are forecast to slow to 7.7 GW, down from 11.5 GW two years ago.", True,
     [("count", 7.7, None, None), ("count", 11.5, None, None), ("duration", 2, "year", None)], None),
    ("en", "Operators plan to retire 12.3 GW of capacity in 2025, two-thirds of it coal-fired.", True,
     [("count", 12.3, None, None), ("year", 2025, None, None), ("fraction", 0.6667, None, None)], None),
    ("en", "The 30% investment tax credit for projects that begin construction after July 4, 2026 is being phased out under the new law.", True,
     [("percent", 30, "%", None), ("date", "2026-07-04", None, None)], None),
    # --- French nuclear output (Reuters) ------------------------------------------------------------
    ("en", "PARIS, Jan 9 (Reuters) - EDF's nuclear reactors produced 373 terawatt hours of electricity in 2025, the upper end of its forecast range, the utility said.", True,
     [("date", "--01-09", None, None), ("count", 373, None, None), ("year", 2025, None, None)], "the utility"),
    ("en", "Output was the highest since 2019 but still well below the record of 430 TWh set in 2005.", True,
     [("year", 2019, None, None), ("count", 430, None, None), ("year", 2005, None, None)], None),
    ("en", "Eleven of France's 57 reactors were offline on Friday for maintenance or refuelling, according to grid operator RTE.", True,
     [("count", 11, None, None), ("count", 57, None, None)], None),
    ("en", "Reactor 2 at the Paluel plant is expected to return to service in mid-March after an unplanned outage.", True, [], None),
    ("en", "The new EPR at Flamanville, connected to the grid in December 2024 after 12 years of delays, reached full power for the first time in the autumn.", True,
     [("year", 2024, None, None), ("duration", 12, "year", None), ("ordinal", 1, None, None)], None),
    ("en", "French baseload power for next year traded at 61.50 euros per megawatt hour.", True,
     [("money", 61.5, "EUR", None)], None),
    ("en", "\"Nuclear remains the backbone of our system and will stay that way,\" an EDF executive told a conference.", False, [], None),
    # --- EU carbon market and CBAM (Reuters) --------------------------------------------------------
    ("en", "BRUSSELS, Dec 2 (Reuters) - The benchmark EU carbon permit price climbed 1.8% to 84.10 euros a tonne on Tuesday, its highest since February 2023.", True,
     [("date", "--12-02", None, None), ("percent", 1.8, "%", None), ("money", 84.1, "EUR", None), ("year", 2023, None, None)], None),
    ("en", "The bloc's Carbon Border Adjustment Mechanism enters its definitive phase on Jan. 1, 2026, when importers must start paying for emissions embedded in steel, cement, aluminium and fertilisers.", True,
     [("date", "2026-01-01", None, None)], None),
    ("en", "Under Article 7 of Regulation (EU) 2023/956, importers must report the embedded emissions of their goods.", True, [], None),
    ("en", "The Commission estimates that CBAM will raise about 1.5 billion euros a year by 2030.", True,
     [("money", 1500000000, "EUR", "about"), ("year", 2030, None, None)], None),
    ("en", "Emissions covered by the EU's carbon market fell 5% in 2024 to about 1.1 billion tonnes, according to the European Commission.", True,
     [("percent", 5, "%", None), ("year", 2024, None, None), ("count", 1100000000, None, "about")], "the European Commission"),
    ("en", "\"Carbon pricing is working, and anyone who says otherwise is ignoring the data,\" said Kristof Maes, an analyst at a Brussels think tank.", False, [], None),
    # --- UK carbon budget (Reuters) -----------------------------------------------------------------
    ("en", "LONDON, Feb 26 (Reuters) - Britain should cut its greenhouse gas emissions by 87% from 1990 levels by 2040 to stay on track for net zero by 2050, the Climate Change Committee said.", True,
     [("date", "--02-26", None, None), ("percent", 87, "%", None), ("year", 1990, None, None), ("year", 2040, None, None), ("year", 2050, None, None)], "the Climate Change Committee"),
    ("en", "The advice covers the seventh carbon budget, which runs from 2038 to 2042.", True,
     [("ordinal", 7, None, None), ("year", 2038, None, None), ("year", 2042, None, None)], None),
    ("en", "UK emissions fell to 371 million tonnes of carbon dioxide equivalent last year, about 54% below 1990 levels.", True,
     [("count", 371000000, None, None), ("percent", 54, "%", "about"), ("year", 1990, None, None)], None),
    ("en", "The committee said about 80% of the required cuts would come from technologies already available, such as heat pumps and electric cars.", True,
     [("percent", 80, "%", "about")], None),
    ("en", "Energy Secretary Tom Aldridge told parliament the government would write the budget into law by June 2026.", True,
     [("year", 2026, None, None)], "Tom Aldridge"),
    ("en", "\"Net zero is a fantasy that working families simply cannot afford,\" said a spokesman for the opposition.", False, [], None),
    ("en", "Climate campaigners chanted \"No more delay!\" outside the committee's offices in Westminster.", False, [], None),
    # --- French wine harvest (AFP) ------------------------------------------------------------------
    ("en", "PARIS, Nov 7 (AFP) - France's wine harvest is expected to total 37.4 million hectolitres this year, down 16% from 2024 and 13% below the five-year average, the agriculture ministry said.", True,
     [("date", "--11-07", None, None), ("count", 37400000, None, None), ("percent", 16, "%", None), ("year", 2024, None, None), ("percent", 13, "%", None), ("duration", 5, "year", None)], "the agriculture ministry"),
    ("en", "Burgundy was among the hardest-hit regions after hail storms in June destroyed grapes on roughly 3,000 hectares.", True,
     [("count", 3000, None, "about")], None),
    ("en", "The government has set aside 120 million euros to help growers pull up around 30,000 hectares of vines.", True,
     [("money", 120000000, "EUR", None), ("count", 30000, None, "about")], None),
    ("en", "Growers will receive 4,000 euros per hectare of vineyard removed.", True,
     [("money", 4000, "EUR", None)], None),
    ("en", "\"This vintage will be small, but I think it could be one of the great ones,\" said Bordeaux winemaker Claire Dufresne.", False, [], None),
    # --- Dairy in New Zealand (Reuters) -------------------------------------------------------------
    ("en", "WELLINGTON, May 28 (Reuters) - Fonterra forecast a farmgate milk price of NZ$10.00 per kilogram of milk solids for the new season, the highest opening forecast on record.", True,
     [("date", "--05-28", None, None), ("money", 10.0, "NZD", None)], None),
    ("en", "The dairy cooperative collects about 80% of New Zealand's milk from around 8,500 farms.", True,
     [("percent", 80, "%", "about"), ("count", 8500, None, "about")], None),
    ("en", "Whole milk powder prices rose 3.2% at the latest Global Dairy Trade auction to an average of $4,210 a tonne.", True,
     [("percent", 3.2, "%", None), ("money", 4210, "USD", None)], None),
    ("en", "\"It's a good number, but costs have gone up just as fast,\" said Waikato dairy farmer Aroha Tane.", False, [], None),
    # --- Global emissions (Reuters) -----------------------------------------------------------------
    ("en", "PARIS, March 12 (Reuters) - Global energy-related carbon dioxide emissions rose 0.8% in 2025 to a record 37.8 billion tonnes, the International Energy Agency said.", True,
     [("date", "--03-12", None, None), ("percent", 0.8, "%", None), ("year", 2025, None, None), ("count", 37800000000, None, None)], "the International Energy Agency"),
    ("en", "China's emissions were broadly flat as solar and wind additions of more than 350 GW covered almost all new demand.", True,
     [("count", 350, None, "over")], None),
    ("en", "India's emissions grew by about 4%, the fastest pace among major economies.", True,
     [("percent", 4, "%", "about")], None),
    ("en", "Coal still met more than a third of global electricity demand, the agency said.", True,
     [("fraction", 0.3333, None, "over")], None),
    ("en", "\"The world is moving in the right direction, just not nearly fast enough,\" said the agency's executive director.", False, [], None),
    # --- EU deforestation law (Reuters) -------------------------------------------------------------
    ("en", "BRUSSELS, Dec 4 (Reuters) - EU lawmakers voted 402-250 to delay the bloc's anti-deforestation law by another year, with 8 abstentions.", True,
     [("date", "--12-04", None, None), ("count", 402, None, None), ("count", 250, None, None), ("count", 8, None, None)], None),
    ("en", "Large companies will now have to comply from Dec. 30, 2026, and small firms from June 30, 2027.", True,
     [("date", "2026-12-30", None, None), ("date", "2027-06-30", None, None)], None),
    ("en", "The law bans the sale in the EU of coffee, cocoa, soy, palm oil, beef, wood and rubber linked to land cleared after 2020.", True,
     [("year", 2020, None, None)], None),
    ("en", "The Commission has estimated that the rules would prevent the loss of at least 71,920 hectares of forest a year.", True,
     [("count", 71920, None, "at_least")], None),
    ("en", "Cocoa futures in London fell 2.4% to 4,580 pounds a tonne after the vote.", True,
     [("percent", 2.4, "%", None), ("money", 4580, "GBP", None)], None),
    ("en", "\"Today the European Parliament chose paperwork over forests,\" said a campaigner for the environmental group Fern.", False, [], None),
    # --- Climate march (AP) -------------------------------------------------------------------------
    ("en", "NEW YORK (AP) — Thousands of climate activists marched through Manhattan on Sunday, demanding an end to new oil and gas drilling.", True, [], None),
    ("en", "Police estimated the crowd at about 15,000; organizers put it at 40,000.", True,
     [("count", 15000, None, "about"), ("count", 40000, None, None)], None),
    ("en", "Protesters carried banners reading \"Planet over profit\" and \"System change, not climate change.\"", False, [], None),
    ("en", "Twenty-eight people were arrested after sitting down in front of a bank's headquarters, police said.", True,
     [("count", 28, None, None)], "police"),
    ("en", "\"We're not going away until they listen to us,\" said 19-year-old organizer Maya Ortiz.", False,
     [("duration", 19, "year", None)], None),
    # --- Grid connection queue (Reuters) ------------------------------------------------------------
    ("en", "LONDON, April 15 (Reuters) - Britain's grid connection queue has been cut from more than 700 GW of projects to about 283 GW under new rules, the National Energy System Operator said.", True,
     [("date", "--04-15", None, None), ("count", 700, None, "over"), ("count", 283, None, "about")], "the National Energy System Operator"),
    ("en", "Projects that miss the new readiness criteria will lose their place in the queue from Jan. 31.", True,
     [("date", "--01-31", None, None)], None),
    ("en", "The reform affects about 1,700 projects, including more than 600 battery storage schemes.", True,
     [("count", 1700, None, "about"), ("count", 600, None, "over")], None),
    ("en", "The government wants 43 to 50 GW of offshore wind capacity by 2030, up from about 16 GW today.", True,
     [("count", 43, None, None), ("count", 50, None, None), ("year", 2030, None, None), ("count", 16, None, "about")], None),
    # --- Farm aid (AP) ------------------------------------------------------------------------------
    ("en", "WASHINGTON (AP) — The Trump administration will send $12 billion in emergency aid to farmers hurt by trade disputes and low crop prices, the Agriculture Department said Monday.", True,
     [("money", 12000000000, "USD", None)], "the Agriculture Department"),
    ("en", "Of that, $11 billion will go to growers of row crops such as corn, soybeans and wheat, with payments starting by Feb. 28.", True,
     [("money", 11000000000, "USD", None), ("date", "--02-28", None, None)], None),
    ("en", "U.S. soybean exports to China fell by more than 80% in the first four months of the marketing year, which began Sept. 1.", True,
     [("percent", 80, "%", "over"), ("ordinal", 1, None, None), ("duration", 4, "month", None), ("date", "--09-01", None, None)], None),
    ("en", "\"A check from Washington doesn't replace a market,\" said Nebraska soybean grower Dale Iverson.", False, [], None),
    # --- Coal plant closure (AAP) -------------------------------------------------------------------
    ("en", "SYDNEY, Oct 30 (AAP) - The Eraring coal-fired power station, Australia's largest with a capacity of 2,880 megawatts, will now close in 2029, two years later than planned.", True,
     [("date", "--10-30", None, None), ("count", 2880, None, None), ("year", 2029, None, None), ("duration", 2, "year", None)], None),
    ("en", "The plant supplies about a quarter of New South Wales' electricity, according to the Australian Energy Market Operator.", True,
     [("fraction", 0.25, None, "about")], "the Australian Energy Market Operator"),
    ("en", "Rooftop solar now sits on more than four million Australian homes, with a combined capacity of about 27 GW.", True,
     [("count", 4000000, None, "over"), ("count", 27, None, "about")], None),
]
