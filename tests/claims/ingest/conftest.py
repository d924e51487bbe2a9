"""Sample pages for ingest tests (our own writing)."""

GERMAN_PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Ministerium: Zahl der Ankünfte gestiegen | Beispielzeitung</title>
<meta name="author" content="Anna Beispiel">
<meta property="article:published_time" content="2026-11-02T08:30:00+01:00">
<meta property="og:site_name" content="Beispielzeitung"></head>
<body><nav>Startseite | Politik | Wirtschaft</nav>
<article><h1>Ministerium: Zahl der Ankünfte gestiegen</h1>
<p>Die Zahl der Ankünfte am Flughafen ist im Oktober um 4,7 Prozent gestiegen,
teilte das Verkehrsministerium am Montag mit.
Insgesamt wurden rund 2,4 Millionen Passagiere gezählt.</p>
<p>Für den Flughafen war es das dritte Rekordjahr in Folge, sagte Direktorin Maria Beispiel.
Ein Fünftel der Reisenden kam aus dem Ausland.</p>
<p>Das Ministerium hatte bereits im September einen 10-Punkte-Plan für den Ausbau vorgelegt.</p>
</article><footer>Impressum · Datenschutz · Sample page written for tests</footer></body></html>"""
