"""A transcript's speaker label opening the sentence: "Huber: Ende November waren ...", "Ruiz: Right now
we have ..." (interviews, hearings and press conferences print the speaker's surname before the answer).

Only a name in title case, one or two words, counts: not a role or the interviewer ("Antwort:", "Q:",
"The Prime Minister:", "STANDARD:"), not a flash or section label ("EIL:", "Fazit:", "Hintergrund:"),
nor a German abstract noun by its ending ("Zusammenfassung:", "Bilanz"-like labels are listed)."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .words import UPPER

_LABEL = re.compile(
    r"[\s„“\"»«]*(" + UPPER + r"[a-zäöüßéèáàóíúñç'’\-]+(?: " + UPPER + r"[a-zäöüßéèáàóíúñç'’\-]+)?):\s+\S"
)
_NOT_NAMES = frozenset(
    word_list("""
    Frage Antwort Eilmeldung Update Kommentar Analyse Hintergrund Porträt Rückfragehinweis Media Note Hinweis
    Stand Achtung Korrektur Berichtigung Correction Clarification Fazit Bilanz Ausblick Prognose Tipp Tipps
    Wetter Sport Politik Wirtschaft Kultur Chronik Quelle Quellen Source Sources Foto Photo Video Audio Grafik
    Lesen Read Mehr More Also Auch Zitat Quote Zahlen Daten Facts Fakten Fact Claim Claims Behauptung Verdict
    Urteil Rating Summary Überblick Live Liveticker Ticker Editor Editors Redaktion Anmerkung Disclaimer Warnung
    Warning Breaking Exklusiv Exclusive Interview Transcript Protokoll Agenda Tagesordnung Beginn Ende Start
    Ziel Ergebnis Ergebnisse Result Results Standings Tabelle Termine Termin Datum Date Ort Place Zeit Time
    Preis Price Kosten Hotline Kontakt Contact Tel Fax Email Web Internet Info Infos Information Informationen
    Service Dossier Serie Teil Part Kapitel Chapter Fall Case Thema Topic Question Answer Background Analysis
    Comment Opinion Meinung Leitartikel Glosse Reportage Feature Explainer Factbox Profile Reuters Dpa Apa Afp
    Ap Sda Kna Epd Ots Pa Aap Cp Bloomberg Xinhua Tass Interfax Ukrinform Montag Dienstag Mittwoch Donnerstag
    Freitag Samstag Sonntag Monday Tuesday Wednesday Thursday Friday Saturday Sunday Heute Gestern Morgen Today
    Yesterday Tomorrow Jetzt Now Neu New Wichtig Important Vorsicht Caution Attention Ps Nb Beispiel Example
    Fragen Questions Antworten Answers Aktualisiert Updated Korrigiert Corrected Ergänzt Neustart Hinweise
    Erklärung Statement Mitteilung Pressemitteilung Presseaussendung Aussendung Release Contacts Über About
    Abstract Methodik Methodology Mit Von Vom Zum Zur Im Am In Auf Für Nach Vor Bei Beim Aus Unter Ohne Trotz
    Wegen Dazu Kurz Klar Fest Sicher Aber Und Oder Doch So Nun Kurzum Immerhin Trotzdem Fakt Der Die Das Ein
    Eine Es Er Sie Wir Ich Man Wer Was Wie Wo Warum Wann Dies Diese Dieser Dann Denn Damit Daher Deshalb Somit
    Kein Keine With From To On At For By After Before Bottom Key Main Big Short Long First Second Third Last
    Finally The A An It He She We They I You What Who Why When Where How This That These Those But And Or Yes No
    Merke Lesetipp Siehe See Tip Hint Takeaway Lesson Bonus Spoiler Quiz Editorial Leader Speaker Chair Chairman
    President Präsident Präsidentin Madam Mr Mrs Ms Herr Frau
    Goals Scorers Scoring Goalscorers Torschützen Torschützenliste Tore Runde Spieltag Etappe Gesamtwertung Endstand
    """)
)
# German abstract nouns used as labels ("Zusammenfassung:", "Einschätzung:", "Wirtschaftlichkeit:").
_ABSTRACT = re.compile(r"(?:ung|heit|keit|ion|tät|nis|schaft|tum|ismus|ik)$")


def transcript_label(text: str) -> str | None:
    """The speaker label opening ``text``, or None."""
    m = _LABEL.match(text)
    # (an answer is a sentence; a label before an unpunctuated headline names its topic: "Lufthansa: Gewinn
    # bricht ein")
    if m is None or text.rstrip(" \"“”»«'’)")[-1:] not in ".!?…":
        return None
    label = m.group(1)
    words = label.split()
    if any(w in _NOT_NAMES for w in words) or _ABSTRACT.search(words[-1]):
        return None
    return label
