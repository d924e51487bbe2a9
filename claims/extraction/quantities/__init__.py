"""Quantities in German and English text: kinds, exact normalised values, units, hedges.

Kinds and values (``Quantity.value``):

- ``count``: int/float. ``unit`` is the counted noun as written ("Soldaten", "troops",
  "Punkte" for "28-Punkte-Entwurf"), ``"times"`` for "viermal"/"100 Mal"/"twice"/"-fach",
  or None when no noun follows.
- ``ordinal``: int ("sechste" -> 6, "12th" -> 12, "drittgrößte" -> 3, "Platz drei" -> 3).
- ``fraction``: decimal rounded to 4 places ("ein Drittel" -> 0.3333, "jeder vierte" -> 0.25).
- ``percent``: the number in percent; unit "%" ("pp" for percentage points, "bp" for
  basis points). "null"/"zero" is read only before a percent word ("bei null Prozent");
  spoken German decimals are read ("null Komma fünf Prozent" -> 0.5).
- ``duration``: value with unit second/minute/hour/day/week/month/year; decades and
  centuries become years. Ages ("45-jährige", "10-year-old", "Smith, 58,", "Maria K., 34,")
  are durations in years. A race time in the colon form gives one duration per unit ("nach
  2:41 Stunden" 2 hours and 41 minutes, "in 2:02:48" 2 hours, 2 minutes and 48 seconds).
- ``money``: value in units of the currency, unit an ISO 4217 code; bare "Dollar" is USD.
  An exchange rate after the currency it prices is money in that currency ("The yen weakened
  to 152.40 per dollar" -> 152.40 JPY, "Der Franken notierte bei 0,93 je Euro" -> 0.93 CHF).
- ``year``: int ("seit 2019"); month plus year ("im März 2024") also gives the year; a season
  gives both ("2023/24", "the 2025-26 season": 2023 and 2024, 2025 and 2026).
- ``date``: ISO string for a day: "2025-12-03", or "--12-03" when the year is missing.

Not reported, but recognised so their digits are not misread: times of day ("16.00 Uhr",
"3 p.m."), sports scores ("3:1"), identifiers ("Nr. 5", "Artikel 5", "G7", "Covid-19", "BBC Radio 4",
"A380", "section 114") and calibres ("9mm pistol", "155-mm-Granaten"), decades ("1990er", "1990s"), vague
plurals ("Tausende") and magnitudes ("mehrere hunderttausend Franken", "several
hundred"), idioms with an amount ("the billion-dollar question", "die 64.000-Dollar-Frage") and
fixed idioms with a number word ("unter vier Augen", "at the eleventh hour"; see ``idioms``).

``qualifier`` is one of QUALIFIERS: about, nearly, over, under, at_least, at_most, up_to
("genau", "exactly" state a figure as written: no hedge). The value stays as written ("über
3.000" -> 3000, qualifier "over"); the span covers the number expression without the hedge. A
tolerance ("plus or minus 2%") keeps the figure's sign and is no hedge; "more than" right after
a figure states a difference ("two more than the two-thirds majority"), not a hedge of what
follows; a comparison word before a definite article compares with a stated figure ("still below
the 6.8 million who came", "unter der 5-Prozent-Hürde") or spans a period ("over the 12-week
period"): no hedge ("mehr als die Hälfte" stays "over"). A bound after the figure closes an
inclusive one ("aged 65 and over" "at_least", "5 and under" "at_most"). A unit written once after the last
figure of a list of shares applies to each ("die ÖVP auf 21 und die SPÖ auf 20 Prozent"), as it
does in a range ("2 bis 3 Prozent").

The package, from the bottom of its imports to the top: ``hits`` (Quantity and the working hit),
``tables`` (months, time units, currencies), ``context`` (what stands before a number),
``units`` (what follows it), ``qualifiers`` (hedges), ``bounds_after`` (a bound after the
figure: "65 and over"), ``dates``, ``nouns`` (the counted noun), ``ages`` (with ``age_clauses``:
"She was 91.", "Lenz, then 41,"; ``age_heads``: "the pension age will rise from 66 to 67";
``age_groups``: "Menschen über 80", "Personen ab 75 Jahren", "the under-five death toll"),
``weights`` (pounds that weigh), ``dated`` (a figure
before a participle or a name that is a year), ``designations`` (a figure completing a type's
name: "Wi-Fi 7", "IC 2213", "Challenger 2 tanks"), ``cardinals`` (a parsed number gets its unit and
kind), ``marks`` (phone numbers, "3x", "Q3"/"H1"), ``prefixes`` (currency letters glued to a
figure: "R2.5bn", "KSh4.29 trillion"), ``vulgar`` (fraction characters: "3½",
"½ Liter"), ``places`` (roads, house and block numbers, kilometre markers: "die B 171",
"Bahnhofstraße 14", "the 400 block of"), ``digits``, ``german`` and ``english`` (number words; with
``english_ordinals``: "finished second", ``english_shares``: "a third", "half a mile", and
``english_ones``: "one witness said"),
``spoken`` (units carried over spoken ranges and self-corrections), ``neighbours`` (ranges and
carried units), ``compared`` (a figure compared with a measure: "32 hours a week, down from
38"), ``elliptic`` (a unit carried to an elliptic item: "bei 2.340 Euro, in Kärnten bei 3.110"),
``ranked_parts`` ("the poorest tenth"), ``parts`` (a part takes its whole's unit: "40 Jahre,
davon 26", "44 weeks, nine of them"), ``pairs`` (a unit after a bracketed figure, a bare
"bis", "Einkommen ab"), ``rate_pairs`` (an
exchange rate compared), ``sports`` (race times in the colon form, seasons, relays "4x100m"),
``race_seconds`` (bare stopwatch decimals: "timed at 9.82"), ``race_ranks`` ("won stage 15",
"world number two", "after day one", "three first-category climbs"), ``article_ones`` (German
"einem Schlag über Par", "sieben Birdies und einem Bogey"), ``idioms``,
``anchors`` and ``scanner`` (which ties them together).

Beside ``dated``: ``year_nouns`` (a year before a noun it dates: "für 2026 Einnahmen", "their 2025
returns"); beside ``anchors``: ``fiscal_years`` ("FY2027", "FY26") and ``frequencies`` (the number
word of a frequency: "einmal wöchentlich", "once-daily" count 1 "times"); beside ``cardinals``:
``shares`` (a part of a whole: "one in 25", "one in 40,000", "one child in 14", "zwei von drei"),
``currency_codes`` (a currency name's code, the currency of cents, the currency an exchange rate
prices), ``plain_counts`` (nothing unit-like follows: a count with its noun, a year, a phone number)
and ``plain_years`` (a plain four-digit figure that is a year: "the 1648 treaty", "die 1755 erbaute
Kirche", "bis 2030 neue Stellen");
beside ``scanner``: ``signs`` (a number word after "minus": "bis zu minus zwölf Grad" -12 "up_to");
beside ``digits``: ``demographics`` (ratings' ages: "adults 18-49", "the 18-49 demo"), ``digit_scores``
(scores and records, no quantities: "6-2 6-1", "121-112", "are 21-23"), ``glued_units`` (letters glued to a
figure: "12th", "1990s", "5km", "0.42sec", "155mm shells") and ``numbered`` (a figure that names or ranks a
thing: "Artikel 5", "Boeing 787-9", "Year 11 pupils", "Punkt 12 des Entwurfs", "world No. 1"); beside
``neighbours``: ``share_averages`` ("14 Punkte über dem Senderschnitt" in percentage points).
"""

from .hits import KINDS, QUALIFIERS, Quantity
from .scanner import extract_quantities

# isort: split
# Internals that tests/claims/extraction/test_fast_paths.py checks against plain regexes.
from .anchors import _R_DIGIT_ANCHOR as _R_DIGIT_ANCHOR
from .anchors import _anchors as _anchors
from .context import _CURRENCY_CODES as _CURRENCY_CODES
from .context import _IDENTIFIER_GATE as _IDENTIFIER_GATE
from .context import _LEFT_CURRENCY as _LEFT_CURRENCY
from .context import _LEFT_IDENTIFIER as _LEFT_IDENTIFIER
from .context import _LEFT_MINUS as _LEFT_MINUS
from .context import _LEFT_RANK as _LEFT_RANK
from .context import _LETTERS as _LETTERS
from .context import _RANK_GATE as _RANK_GATE
from .context import _is_word_char as _is_word_char
from .context import _may_end_with as _may_end_with
from .context import _word_end as _word_end
from .dates import _EN_DATE_FIRST as _EN_DATE_FIRST
from .dates import _R_EN_DATE as _R_EN_DATE
from .dates import _R_TIME_AFTER as _R_TIME_AFTER
from .dates import _TIME_FIRST as _TIME_FIRST
from .tables import _MONTH_EN as _MONTH_EN

__all__ = ["KINDS", "QUALIFIERS", "Quantity", "extract_quantities"]
