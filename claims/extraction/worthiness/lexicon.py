"""The words features() looks up, as lower-case sets: the words that weigh by themselves, then the
trigger words without which a pattern does not run. classes.py gives each set its bit."""

from __future__ import annotations

import re

from ..wordtrie import word_list

# Evidence of a verifiable statement: event verbs, auxiliaries, stated positions, time words.
_FACT_VERBS_DE = frozenset(
    word_list("""
    wurde wurden worden starb starben getötet verletzt ums stieg stiegen
    sank sanken fiel fielen gewann gewannen verlor verloren beschloss beschlossen verabschiedete
    verabschiedeten unterzeichnete unterzeichneten traf trafen einigten vereinbarten festgenommen
    nahm nahmen kündigte meldete meldeten erhöhte senkte verhängte stimmte stimmten kostete kosten
    kostet betrug beträgt lag liegt erreichte zählte registrierte ordnete entließ reiste besuchte
    empfing eröffnete startete begann endete beschädigt zerstört evakuiert angeklagt verurteilt
    ernannt gewählt zurückgetreten trat legte legten erzielte erzielten teil statt fand fanden
    sagte sagten erklärte erklärten teilte teilten bestätigte berichtete wuchs schrumpfte
    verdoppelte halbierte zahlte investierte übernahm kaufte verkaufte schloss gründete gesunken
    gestiegen gefallen gestorben wies wiesen hob hoben gab gaben rief riefen stellte stellten setzte
    setzten sprach sprachen zog zogen griff griffen
    zerstörte zerstörten beschädigte beschädigten verletzte verletzten tötete töteten evakuierte
    evakuierten sperrte sperrten rettete retteten löschte löschten explodierte explodierten stürzte
    stürzten prallte prallten kollidierte kollidierten ereignete verhaftete verhafteten stoppte
    stoppten verkündete verkündeten genehmigte genehmigten verbot ernannte ernannten wählte
    wählten räumte räumten überflutete überfluteten
    verlief verliefen ergab ergaben erlitt erlitten entgleiste entgleisten kenterte brannte brannten landete
    landeten flüchtete flüchteten überschlug erfasste erfassten rammte ertrank ertranken überfiel überfielen
    erschoss erstach attackierte beschlagnahmte beschlagnahmten durchsuchte durchsuchten ermittelte ermittelt ermitteln
    beantragte kam kamen betragen vorverlegt verschoben abgesagt
    gestand bestritt widerrief entschied scheiterte scheiterten gelang misslang kletterte kletterten rutschte
    rutschten notierte notierten verzeichnete verzeichneten verbuchte verbuchten steigerte steigerten verringerte
    reduzierte erhielt erhielten bekam bekamen verließ überlebte überlebten erkrankte erkrankten passierte
    geschah unterschrieb vereinbarte untersagte entdeckte entdeckten lieferte lieferten strich strichen
    übertraf übertrafen verfehlte verfehlten siegte siegten besiegte verpasste verpassten unterlag unterlagen
    geriet gerieten schied wechselte verlängerte veröffentlichte veröffentlichten präsentierte warnte warnten
    verurteilte verurteilten bezifferte bezifferten verschüttete kassierte kassierten
    plädierte plädierten geständig teilgeständig erschien erschienen
    vertagte vertagten vertagt
    enthält umfasst riss rissen überschritt überschritten verpasst verwies verwiesen verdoppelt verdreifacht halbiert
    brach brachen dauerte dauerten
    holte holten angezeigt billigte billigten gebilligt
    hervor stammen stammt stammte stammten
    """)
)
_FACT_VERBS = _FACT_VERBS_DE | frozenset(
    word_list("""
    killed died injured rose fell dropped increased decreased won lost
    signed approved passed voted announced arrested charged convicted sentenced met visited agreed
    launched reported recorded reached cost costs totalled totaled fired resigned elected
    appointed evacuated destroyed damaged struck hit seized opened closed banned imposed raised
    cut grew shrank paid bought sold said told took held left began ended scored beat led fled
    spent ordered confirmed found upheld overturned acquitted quashed dismissed ruled
    broke broken went gone gave given made done taken seen shown written wrote driven drove spoken spoke
    stolen stole chosen chose fallen risen forgotten beaten sworn swore thrown threw grown drawn drew
    flown flew begun brought caught fought sought built sent kept stood heard laid withdrew withdrawn
    shook shaken sank sunk
    sued freed hired axed
    wore worn ran sat came became saw knew got shot struck hung fed dug drank ate hid hidden swam tore
    torn woke slid sped spun swept slept wept overtook overtaken undertook underwent undergone froze frozen
    sprang bore borne
    """)
)
_AUX = frozenset(
    word_list("""
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien wäre wären kann können soll
    sollen muss müssen will wollen gibt gab is are was were will has have had can could would
    should must does did do
    """)
)
# A present-tense event verb with a time anchor ahead ("Die Molkerei schließt zum Jahresende ihre
# Pforten", "Das Museum eröffnet am Montag"): a dated announcement, an event.
_DE_EVENT_NOW = frozenset(
    word_list("""
    schließt schließen eröffnet eröffnen öffnet öffnen startet starten beginnt beginnen endet enden
    sperrt sperren streicht streichen übernimmt übernehmen verlässt verlassen tritt treten folgt folgen
    """)
)
# More such verbs, only beside a date ahead (in a quote they state nothing by themselves): "Der Kanzler
# reist am Montag nach Kiew", "Das Parlament stimmt am Donnerstag ab"; the singular only ("Treffen",
# "Stimmen", "Reisen", "Tagen" are nouns too).
_DE_SCHEDULE_NOW = frozenset(word_list("tagt reist läuft trifft stimmt berät"))
# English present-tense verbs of a fixed event with a date ahead ("The trial opens on Monday",
# "Parliament votes on the bill next week"): a schedule, an event, as German's _DE_EVENT_NOW.
_EN_EVENT_NOW = frozenset(
    word_list("opens reopens closes starts begins ends resumes expires meets votes convenes reconvenes concludes")
)
# What a group says it will do after labelling a thing ("... and said farmers would block the main roads"): an act
# announced, which can be checked; not a forecast ("and said hiring would rebound").
ANNOUNCED_ACTS = (
    r"(?:block|blockade|strike|sue|appeal|vote|march|protest|walk\s+out|stage|file|challenge|boycott|resign|halt"
    r"|stop|suspend|close|occupy|picket|ballot|withdraw|refuse)\b"
)
# A denial is an act of record ("Both defendants deny the charges"), unless it is rhetoric about one
# ("Niemand kann bestreiten, dass ...", "You cannot deny ..."): score.py checks which.
_DENIALS = frozenset(word_list("bestreitet bestreiten dementiert dementieren dementierte dementierten denies deny"))
_POSITION = frozenset(
    word_list("""
    lehnt lehnen lehnte lehnten fordert fordern forderte unterstützt unterstützen bereit plant
    lehne fordere unterstütze plane beabsichtige befürworte
    planen beabsichtigt will wollen wollte wolle strebt befürwortet ablehnt rejects rejected
    supports supported plans planned intends opposes opposed demands demanded ready willing
    prepared wants wanted seeks
    """)
) | _DENIALS  # (a denial is a stated position too)
_TIME_WORDS = frozenset(
    word_list("""
    montag dienstag mittwoch donnerstag freitag samstag sonntag gestern vorgestern seit zuletzt
    vergangene vergangenen vergangener vergangenes vorige vorigen voriger monday tuesday wednesday
    thursday friday saturday sunday yesterday since earlier
    """)
)
# Signs of opinion, commentary and scene-setting.
_EVAL_WORDS = (
    r"gefährlich|falsch|absurd|inakzeptabel|skandalös|unerträglich|beschämend|großartig"
    r"|hervorragend|fantastisch|wunderbar|schrecklich|furchtbar|empörend|lächerlich"
    r"|unverantwortlich|verantwortungslos|dumm|peinlich|katastrophal|toll|stolz|traurig"
    r"|enttäuschend|bedauerlich|erfreulich|unfassbar|ungeheuerlich|zynisch|heuchlerisch"
    r"|arrogant|respektlos|widerlich|abscheulich|töricht|naiv|schlimm|unverschämt|Geschwätz"
    r"|Unsinn|Lüge|Lügen|richtig|wichtig|gut|schlecht|gefährlicher|unglaublich"
    r"|dangerous|wrong|absurd|unacceptable|outrageous|shameful|disgraceful|great|wonderful"
    r"|fantastic|terrible|horrible|ridiculous|irresponsible|proud|disgusting|appalling"
    r"|tremendous|incredible|amazing|awful|pathetic|stupid|nonsense|brilliant|beautiful|sad"
    r"|disappointing|deplorable|reckless|shocking|scandalous|insane|crazy|despicable|perfect"
    r"|excellent|magnificent|right|good|bad|important|unbelievable|honoured|honored|thrilled"
    r"|delighted|pleased|wrongheaded|misguided|shameless|hypocritical|cynical|Schande|Farce"
    r"|Armutszeugnis|Zumutung|Frechheit|Verrat|disgrace|shame|farce|travesty|ashamed|outrage|betrayal"
    r"|saddened|heartbroken|bestürzt|fassungslos|Trauerspiel|Blamage|Fiasko|Debakel|mess|fiasco|debacle"
    r"|tense|gloomy|sombre|somber|weltfremd|Tiefpunkt|insult|Beleidigung|glücklich|heroic|heldenhaft"
    r"|masterclass|Meisterleistung|blutleer|troubling|disturbing|turbulent"
)
# German adjectives take endings ("eine großartige Moral", "ein wunderbarer Abend"); not those
# that name facts as well ("gefährliche Körperverletzung", "wichtige", "gute", "richtige").
_EVAL_DE_INFLECTED = "|".join(
    stem + ending
    for stem in word_list("""
    falsch absurd inakzeptabel skandalös unerträglich beschämend großartig hervorragend fantastisch
    wunderbar schrecklich furchtbar empörend lächerlich unverantwortlich verantwortungslos dumm
    peinlich katastrophal toll traurig enttäuschend bedauerlich erfreulich unfassbar ungeheuerlich
    zynisch heuchlerisch arrogant respektlos widerlich abscheulich töricht naiv unverschämt
    unglaublich weltfremd glücklich heldenhaft blutleer turbulent
    """)
    for ending in ("e", "en", "er", "es", "em")
)
_EVAL_WORDS += "|" + _EVAL_DE_INFLECTED
_EVAL = frozenset(w.lower() for w in _EVAL_WORDS.split("|"))
# Scene-setting and colour: the verbs and adjectives that paint a scene, sounds and smells
# ("Rain lashed the windows", "Nebel hing über den Weinbergen", "A hush fell"; people waiting or wading
# and things drifting in a disaster's streets: "Families waited through the night at the gate", "Durch die
# Gassen treiben Heizöltanks"; a wait with a figure is news: "Patients waited 96 days"), and weather
# and light that count only beside them ("heavy snow" alone is news). Without a figure such a
# sentence describes, it does not claim.
_SCENE = frozenset(
    word_list("""
    hung hing lashed drifted rolled bathed roch fegte wehte peitschte prasselte silent empty leer
    eisig eisiger eisiges icy grey gray grau graue grauer graues grauen wolkenverhangen kalt hush smell
    scent stille duft geruch ausgestorben menschenleer
    riecht rochen duftet duftete duften stinkt stank smells smelled smelt reeks reeked quiet
    drummed drumming pattered trommelte trommelten
    waded wading wateten treiben trieben waited warteten
    wept weeping sobbed sobbing weinten weinte weinend schluchzten embraced hugged umarmten
    clutching jeered booed cheered applauded jubelten buhten applaudierten klatschten cheering
    """)
)
# Verbs of lying and hanging paint a scene beside weather and light ("Über dem Hafen liegt ein
# bleierner Nebel"); alone they state a level or a place ("Die Inflation lag bei ...").
_SCENE_POSTURE = frozenset(
    word_list("liegt lag liegen lagen hängt hängen lies lay hangs hang schwebt schwebte settled settles")
)
_SCENE_LIGHT = frozenset(
    word_list("""
    fog mist rain snow snowflakes skies sky sunshine dawn dusk twilight clouds
    nebel regen schnee schneeflocken himmel sonne dämmerung wolken wind
    silence gloom hauch schatten night darkness nacht dunkelheit
    """)
)
# Words of commentary without an evaluative adjective: intensifiers, character or virtue nouns
# and verbs of failure ("hat sich endgültig verzettelt", "mit viel Herz", "großen Charakter
# gezeigt", "simply run out of ideas", "nothing short of heroic", "lost touch with", "bungled").
_COMMENT = frozenset(
    word_list("""
    schlicht schlichtweg geradezu regelrecht ganzer simply squarely utterly truly schuld
    charakter moral herz leidenschaft gespür händchen übermenschliches kompass seele
    helden heldinnen wahrheit character spirit passion courage touch heroes truth asleep
    zauber charme flair magie charm magic deeply
    verzettelt verrannt verheddert verzockt vergaloppiert verschlafen blamiert bungled blundered dithered
    dithering floundering
    """)
)
# The writer's guess ("Der Streit dürfte die Koalition noch Monate beschäftigen", "is likely to"):
# without a figure or a source it forecasts nothing that can be checked.
_GUESS = frozenset(word_list("dürfte dürften likely probably"))
# Seeing one thing as another is a view, not an event ("Die Opposition sieht in dem Gesetz einen
# Anschlag auf die Pressefreiheit", "Critics see the plan as a giveaway"): like a guess it weighs
# -0.15 without a figure or a source.
_VIEW_WORDS = frozenset(word_list("sieht sehen sah sahen sees see saw"))
# Change or sameness without saying what ("Zehn Jahre danach ist vieles anders", "Much has
# changed since", "Nothing is the same"): commentary, -0.35, when no digit names a figure.
_VAGUE_WORDS = frozenset(word_list("vieles manches einiges nichts much nothing alles everything anything"))
# "us" is left out: lower-cased, it is also the US.
_FIRST_PERSON = frozenset(
    word_list("ich wir uns mir mich unser unsere unseren unserem unserer mein meine i we me our my")
)
_COPULA_SUBJECTS = frozenset(word_list("das dies es this that it what was it's that's what's it’s that’s what’s"))
_DEMONSTRATIVES = frozenset(word_list("this that diese dieser dieses the der die das"))
# Verbs of chanting: any quote beside one is a slogan.
_CHANT = frozenset(word_list("chanted chanting chant chants skandierten skandierte skandieren skandierend"))
# A joke reported as one ("A diplomat joked that ...", "scherzte der Minister"): -0.45 without a figure.
_JOKE = frozenset(
    word_list("""
    joked joking jokingly quipped quips jested scherzte scherzten scherzend scherzhaft witzelte witzelten
    flachste flachsten ulkte ulkten augenzwinkernd
    """)
)
# Trigger words: a pattern (_RHETORIC for _RHETORIC_TRIGGERS, ...) runs only when one of its words is in
# the sentence.
_RHETORIC_TRIGGERS = frozenset(
    word_list("""
    wissen weiß weiss geheimnis vor know knows secret mistake clear doubt zweifel zweifellos tag day signal
    zeichen message generation unclear unklar
    """)
)
_RHETORIC_MORE_TRIGGERS = frozenset(
    word_list("""
    gespannt abzuwarten seen shame schande history geschichte tell zeigen hoffen hope drehen guess frage
    fest klar sicher certain clear sure few many nobody wenige jemand niemand später later kurz sicht tages run
    saying adage proverb schön sprichwort erzählt legende legend goes anekdote
    prophet hellseher mathematiker genie experte genius scientist expert mathematician matter story blatt
    """)
)
_ADDRESS_TRIGGERS = frozenset(
    word_list("""
    liebe lieber geehrte dear please bitte do don't don’t get check take stay keep remember avoid follow
    imagine think sign subscribe click tap make
    gebeten aufgefordert empfohlen geraten ersucht angehalten advised asked urged encouraged requested reminded
    """)
)
# "I've" is one word to the engine's tokeniser, so the contractions trigger too.
_BELIEF_TRIGGERS = frozenset(word_list("ich wir i we i've we've i’ve we’ve meiner meines my stolz proud"))
_EXHORT_TRIGGERS = frozenset(
    word_list("lasst lassen let let's let’s müssen must need have sollten should muss höchste allerhöchste time")
)
_APPEAL_TRIGGERS = frozenset(
    word_list(
        "braucht brauchen need nobody niemand hoffentlich hopefully deserve deserves frankly honestly gesagt"
        " readers leser leserinnen perhaps arguably maybe admittedly undoubtedly vielleicht womöglich sicherlich"
        " freilich niemandem niemanden gleichgültig"
    )
)
_FEELING_TRIGGERS = frozenset(
    word_list(
        "can't can’t cannot couldn't couldn’t could sleep slept schlafe schlafen kann können fühle fühlen"
        " erlebt gesehen seen been riskiert gegeben gave risked"
    )
)
_SAYING_TRIGGERS = frozenset(
    word_list("""
    easier harder simpler quicker faster difficult leichter einfacher schwerer schwieriger schneller rascher
    """)
)
_GREETING_TRIGGERS = frozenset(
    word_list("""
    good nice great lovely wonderful glad pleased happy pleasure welcome willkommen grüß guten morning afternoon
    evening hello hallo servus schön nett toll gut wunderbar freude freut thank thanks danke dank
    congratulations glückwunsch birthday christmas weihnachten cheers prost
    """)
)
_EDITORIAL_TRIGGERS = frozenset(
    word_list("""
    material agenturmaterial kürze folgen folgt aktualisiert korrigiert ergänzt geändert überarbeitet erweitert
    berichtigt früheren refiled updated corrected amended changed revised earlier previous reporting writing
    editing compiled edited follow come soon updates adds corrects refiles korrektur berichtigung correction
    clarification mitarbeit developing breaking eilmeldung informationen angaben nachrichtenüberblick
    tagesvorschau wochenvorschau diary wiederholung sperrfrist embargo embargoed hinweis termine
    """)
)
_NO_COMMENT_TRIGGERS = frozenset(
    word_list("""
    comment stellungnahme äußern unbeantwortet anfrage request requests questions inquiries enquiries calls
    messages emails reagierte reagierten kommentieren kommentierte kommentierten responded replied commented
    study review examine analyse analyze prüfen analysieren studieren spekulieren speculate äussern
    """)
)
_HYPOTHETICAL_TRIGGERS = frozenset(
    word_list("""
    wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften käme kämen gäbe stünde
    stünden ginge would could might
    """)
)
# The words of a memory of one's own ("Ich erinnere mich noch gut", "I still remember", "never forget").
_MEMORY_TRIGGERS = frozenset(word_list("erinnere erinnern weiß remember forget vergessen"))
# A simile ("like a", "wie ein", "gleicht einer"), advice ("sollten", "should"), the reader or "us" as an
# object ("Make your voice heard", "Join us"): the trigger words of similes.py and address.py.
_SIMILE_TRIGGERS = frozenset(word_list("like wie gleicht gleichen glich glichen"))
_ADVICE_TRIGGERS = frozenset(word_list("sollte sollten should"))
_READER_TRIGGERS = frozenset(word_list("your yourself yourselves us"))
# An impression with nothing named ("There is something ... about", "hat etwas Gespenstisches").
_IMPRESSION_TRIGGERS = frozenset(["something", "etwas"])
# The words that gate public_advice.public_tip(): verbs of a tip to the public, reported or in the passive.
_TIP_TRIGGERS = frozenset(
    word_list("""
    rät raten riet rieten empfiehlt empfehlen bittet bitten ersucht ersuchen appelliert appellieren mahnte mahnt
    mahnten gebeten aufgefordert angehalten urged advised asked told warned encouraged reminded urge advise
    eingeladen aufgerufen invited inviting invites
    sucht suchen suchte suchten bat baten ersuchte appealed appeal appeals appealing appellierte appellierten forderte
    forderten rief riefen
    """)
)
# The words that gate notes.unverified_or_silent(): checking a claim, refusing to say, a silence.
_UNSAID_TRIGGERS = frozenset(
    word_list("""
    verify verified checked confirmed überprüfen bestätigen verifizieren declined refused receive get respond
    disclosed wollte wollten mochte mochten angaben auskunft auskünfte details figures breakdown numbers stillschweigen
    """)
)


# What happened, its cause or its victims after "sprach von" (labels.py, quotes.py): the speaker
# characterises an event a reporter can check.
_DE_EVENT_NOUN = re.compile(
    r"(?i)(?:anschlag|angriff|attacke|unfall|defekt|brandstiftung|tat|täter|mord|totschlag|suizid|selbstmord"
    r"|explosion|überfall|amok\w*|hochwasser|erdbeben|unglück|sabotage|einbruch|entführung|vergiftung|infektion"
    r"|ausbruch|fehlalarm|versehen|notwehr|toten|tote|verletzten|verletzte|opfer|vermissten|festnahmen?"
    r"|fälschung|betrug|manipulation|leck|störung|ausfall|panne|absturz|einsturz|brand|anschläge|angriffe"
    r"|treffer|schüsse|schüssen|bombardierung|beschuss|gefechte?"
    # a military strike ("von einem Schlag gegen ...", "Luftschläge"), not "Rückschlag", "Vorschlag"
    r"|(?:(?<![a-zäöüß])|luft|militär|vergeltungs|raketen|drohnen|gegen|präventiv)(?:schlag|schläge|schlägen))"
    r"(?:e|en|es|n|s)?\b"
)
# A denial, a demand or a step of record before "und sprach von" (labels.py, quotes.py): "Die Miliz wies
# die Vorwürfe zurück und sprach von „Propaganda“" reports the denial; the label stands beside it.
_DE_ACT_THEN_SPOKE = re.compile(
    r"\b(?:wies|wiesen|weist|forderte|forderten|fordert|verlangte|verlangten|lehnte|lehnten|bestritt|bestritten|bestreitet"
    r"|dementiert|dementierte"
    r"|dementierten|kündigte|kündigten|bestätigte|bestätigten|reichte|reichten|zog|zogen)\b"
    r"[^.;:!?]*?\sund\s+(?:[\wäöüß]+\s+){0,2}?s$"
)
