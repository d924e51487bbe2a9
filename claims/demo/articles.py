"""SAMPLE DATA: fictional wire-style articles written for this project (not real news).

The countries Norland and Südmark and every person named here are invented. The texts carry the
same kinds of claims a desk meets in agency copy: ordinals written as words, fractions, compound
durations, "12-Punkte-Plan", attributed quotes, and a name spelled two ways.
"""

SAMPLE_NOTE = "Beispieldaten / sample data — fiktiver Text, keine echte Meldung."

ARTICLES = [
    {
        "key": "norland-gespraeche",
        "title": "[Beispiel] Norland und Südmark verhandeln erneut über Grenzregion",
        "publisher": "Beispielagentur (Sample)",
        "language": "de",
        "published_at": "2026-11-18T14:30:00+01:00",
        "text": """Wien, 18. November (Beispielagentur) - Die Außenminister von Norland und Südmark haben sich am Dienstag in Wien zu weiteren Gesprächen über die umstrittene Grenzregion Ostmark getroffen. Für Außenministerin Lena Brandt war es in diesem Jahr das dritte Treffen mit ihrem südmärkischen Amtskollegen Piet Haverkamp.

An dem siebenstündigen Gespräch im Palais am Ring nahmen auch die Vermittler der Vereinten Nationen teil. "Wir haben heute mehr erreicht als in den vergangenen zwei Jahren", sagte Brandt nach dem Treffen vor Journalisten.

Grundlage der Verhandlungen ist ein 12-Punkte-Plan der UN-Vermittler. Nach Angaben der norländischen Regierung kontrolliert Südmark derzeit rund ein Viertel der Ostmark. Haferkamp widersprach dieser Darstellung: Es handle sich um weniger als ein Fünftel des Gebiets, sagte der Minister dem Sender SMR.

Der Plan sieht unter anderem vor, dass beide Seiten binnen 30 Tagen ihre Truppen um jeweils 2.000 Soldaten verringern. Zudem sollen 1,2 Milliarden Euro aus einem Wiederaufbaufonds in die Region fließen.

Das ist ein historischer Moment für unsere Völker. Die nächste Runde ist für Januar geplant, teilte das Außenministerium in Wien mit.""",
    },
    {
        "key": "suedmark-wirtschaft",
        "title": "[Beispiel] Südmark meldet höhere Arbeitslosigkeit",
        "publisher": "Beispielagentur (Sample)",
        "language": "de",
        "published_at": "2026-11-20T09:15:00+01:00",
        "text": """Hafenstadt, 20. November (Beispielagentur) - Die Arbeitslosenquote in Südmark ist im Oktober auf 6,1 Prozent gestiegen. Das teilte das Statistikamt am Donnerstag mit. Im Vorjahresmonat hatte sie bei 5,7 Prozent gelegen.

Besonders betroffen ist die Industrie: Jeder vierte Betrieb plant nach einer Umfrage der Handelskammer, im kommenden Jahr Stellen abzubauen. Die Regierung kündigte ein Hilfspaket über 800 Millionen Euro an.

"Seit 2019 haben wir mehr als 40.000 neue Arbeitsplätze geschaffen", sagte Wirtschaftsminister Jonas Keller. Die Opposition wirft ihm vor, die Zahlen schönzureden. Das Land hat etwa 2,4 Millionen Einwohner.

Wir sind stolz auf das, was wir erreicht haben.""",
    },
    {
        "key": "norland-troops-en",
        "title": "[Sample] Norland to pull back troops from border region",
        "publisher": "Sample Wire (Sample)",
        "language": "en",
        "published_at": "2026-11-19T11:00:00+00:00",
        "text": """VIENNA, Nov 19 (Sample Wire) - Norland will withdraw about 2,000 soldiers from the disputed Ostmark region within 30 days, the defence ministry said on Wednesday, a day after a seven-hour meeting between the foreign ministers of Norland and Suedmark.

It was the third meeting of the two ministers this year, according to the Norland foreign ministry. Foreign Minister Lena Brandt called the talks "a breakthrough".

Suedmark controls roughly one-fifth of the Ostmark region, Suedmark's foreign minister Piet Haverkamp told reporters. Norland puts the figure at a quarter.

The United Nations plan behind the talks has 12 points and foresees a reconstruction fund of 1.2 billion euros. Nearly 60% of the region's roads were damaged during the conflict, the UN said.

We are proud of our diplomats.""",
    },
    {
        "key": "harbour-strike-en",
        "title": "[Sample] Dock workers in Suedmark end two-week strike",
        "publisher": "Sample Wire (Sample)",
        "language": "en",
        "published_at": "2026-11-21T16:45:00+00:00",
        "text": """HAFENSTADT, Nov 21 (Sample Wire) - Dock workers at Suedmark's largest port ended a two-week strike on Friday after the port authority agreed to raise wages by 4.5 percent, the union said.

The strike, the longest since 2014, cost the economy more than $300 million, according to the chamber of commerce. About 8,500 workers took part.

It was the second strike at the port this year. Union leader Marta Ilves said members had voted by a two-thirds majority to accept the offer.

What a week it has been for everyone involved!""",
    },
]
