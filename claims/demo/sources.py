"""SAMPLE DATA: a small fictional source corpus so sample claims find evidence offline.

Invented reports and statements about the invented countries in claims/demo/articles.py. Some agree
with the sample claims, some conflict, some only give context — as real sources do.
"""

SOURCES = [
    {
        "url": "https://sample.invalid/un/ostmark-talks-third-round",
        "title": "[Sample] UN mediators: third round of Ostmark talks held in Vienna",
        "publisher": "UN Mediation Office (Sample)",
        "language": "en",
        "published_at": "2026-11-18T18:00:00+00:00",
        "text": """The foreign ministers of Norland and Suedmark met in Vienna on Tuesday for the third time this year. The meeting at the Palais am Ring lasted seven hours, the UN mediation office said.

Talks are based on the UN's 12-point plan for the Ostmark region. The plan foresees a reduction of 2,000 troops on each side within 30 days and a reconstruction fund of 1.2 billion euros.""",
    },
    {
        "url": "https://sample.invalid/norland/aussenministerium/ostmark-lage",
        "title": "[Beispiel] Außenministerium Norland: Lage in der Ostmark",
        "publisher": "Außenministerium Norland (Beispiel)",
        "language": "de",
        "published_at": "2026-11-10T10:00:00+01:00",
        "text": """Nach Einschätzung des Außenministeriums kontrolliert Südmark derzeit etwa 25 Prozent der Ostmark. Im Frühjahr waren es noch rund ein Fünftel gewesen.

Außenministerin Lena Brandt traf ihren Amtskollegen Piet Haverkamp in diesem Jahr bereits zum zweiten Mal im Juni in Genf.""",
    },
    {
        "url": "https://sample.invalid/smr/haverkamp-interview",
        "title": "[Beispiel] SMR-Interview: Haverkamp zur Ostmark",
        "publisher": "SMR Rundfunk (Beispiel)",
        "language": "de",
        "published_at": "2026-11-18T20:00:00+01:00",
        "text": """Im Interview mit SMR sagte Außenminister Piet Haverkamp, Südmark kontrolliere weniger als ein Fünftel der Ostmark. Das Gespräch in Wien habe sieben Stunden gedauert und sei das dritte Treffen in diesem Jahr gewesen.""",
    },
    {
        "url": "https://sample.invalid/statistik/arbeitsmarkt-oktober",
        "title": "[Beispiel] Statistikamt Südmark: Arbeitsmarkt im Oktober",
        "publisher": "Statistikamt Südmark (Beispiel)",
        "language": "de",
        "published_at": "2026-11-20T08:00:00+01:00",
        "text": """Die Arbeitslosenquote lag im Oktober bei 6,1 Prozent, nach 5,7 Prozent im Oktober des Vorjahres. Südmark hatte zum Jahresende 2,38 Millionen Einwohner.

Seit 2019 ist die Zahl der Erwerbstätigen um 31.000 gestiegen.""",
    },
    {
        "url": "https://sample.invalid/kammer/umfrage-industrie",
        "title": "[Beispiel] Handelskammer: Umfrage zur Beschäftigung in der Industrie",
        "publisher": "Handelskammer Südmark (Beispiel)",
        "language": "de",
        "published_at": "2026-11-15T12:00:00+01:00",
        "text": """Laut der Herbstumfrage der Handelskammer plant jeder vierte Industriebetrieb, im kommenden Jahr Stellen abzubauen. 25 Prozent der befragten Unternehmen nannten die Energiepreise als Hauptgrund.""",
    },
    {
        "url": "https://sample.invalid/port-authority/strike-settlement",
        "title": "[Sample] Port authority statement on strike settlement",
        "publisher": "Hafenstadt Port Authority (Sample)",
        "language": "en",
        "published_at": "2026-11-21T15:00:00+00:00",
        "text": """The port authority and the dockworkers' union agreed on a wage increase of 4.5 percent, ending a strike that lasted two weeks. Around 8,500 workers had stopped work.

The chamber of commerce estimated the cost of the strike at $310 million. It was the port's first strike this year.""",
    },
    {
        "url": "https://sample.invalid/un/ostmark-roads-report",
        "title": "[Sample] UN assessment of Ostmark infrastructure",
        "publisher": "UN Development Office (Sample)",
        "language": "en",
        "published_at": "2026-10-30T09:00:00+00:00",
        "text": """An assessment by the UN development office found that 58 percent of roads in the Ostmark region were damaged during the conflict. Repairs will take at least five years.""",
    },
]
