"""The topic lexicon and the words of a sentence's structure: part of the declared vocabulary (rules 4e–4i).

``audit/grounds/vocabulary.py`` is the rule book and points here; it re-exports every name of this module, so a
reader (and classify.py) finds them as ``vocabulary.TOPICS``, ``vocabulary.PAST`` … This module holds what a
sentence is ABOUT by its content (round 10), what the programme holds (round 11) and the words by which round 12
reads a sentence's structure (who did what, when), whose fact and of what (round 13) and what a sentence does —
concludes, predicts, refers, restates (round 14), states the law in plain words, points to a source, says what a
conclusion rests on (round 15). Nothing here applies the lists: topics.py, facts.py and classify.py
do.
"""

from __future__ import annotations

# ----------------------------------------------------------------------------- what a sentence is about (round 10)
# TOPICS: per criterion, the words of its subject matter (lemmas; ``*`` as above). Round 10 attributes a sentence to
# a criterion by what it is about, not only by naming it:
#   - a sentence that names no criterion and stands in no criterion's section or list (or only continues the
#     sentence before it without a word of that one's topic) is about the criterion whose topic words it holds
#     most (all of them on a tie); it grounds that criterion when it carries a fact about the person (PERSON, a
#     date, an amount, a number with a unit, or a list item's own words) — evidence «tema»;
#     «Du har verken lønn, trygd eller andre faste inntekter» is about benefits without naming them;
#   - a sentence that NAMES a criterion grounds it by its own words (the structural rule's «faktum») only with a
#     topic word of that criterion or one of its facts: the rest of such a sentence is the conclusion
#     («Kvalifiseringsprogram er det tiltaket som best ivaretar behovene dine», «… noe både du og veilederen din
#     er enige i»): a bare conclusion is «nei» because it says nothing beyond the criterion and an evaluation;
#   - the programme's topic is what the applicant WILL do: a sentence in the past (``PAST``, without ``FUTURE``)
#     is history (necessity's), not the programme («Du deltok på et kurs i 2019»).
# Age is grounded only by an age or a birth date/year (``PATTERNS``); its topic words only attribute.
TOPICS: dict[str, tuple[str, ...]] = {
    "age": ("alder*", "født", "fødd", "fødselsdato", "fødselsår", "personalia"),
    "work_ability": (
        "helse*", "*helse", "sykdom*", "sjukdom*", "*sykdom", "*sjukdom", "diagnose*", "*smerte*", "smerte*",
        "*plage*", "plage*", "angst*", "depresj*", "depressiv*", "psykisk*", "skade*", "*skade", "lidelse*", "*lidelse", "liding*",
        "*liding", "utmatt*", "sliten", "orke", "orker", "klare", "klarer", "greie", "greier", "tåle", "tåler", "tole",
        "toler", "hvile", "kvile", "fysisk*", "stress*", "belastning*", "konsentrasjon*", "hukommelse*", "hørsel*",
        "høyrsel*", "sykmeld*", "sjukmeld*", "lege", "legen", "fastlege*", "legeerklæring*", "psykolog*",
        "behandling*", "medisin*", "funksjon*", "arbeidsdag*", "skolegang", "skulegang", "utdanning*", "fagbrev",
        "norskkunnskap*", "lese*", "skrive*", "ferdighet*", "ferdigheit*", "kompetanse", "*erfaring",
        "erfaring*", "ansettelse", "tilsetting", "begrenser", "avgrensar", "hindre*", "hindra", "hindret",
        # round 19 (rule 4z): health and language in everyday words — «Du har vært syk lenge», «Du har vondt i
        # ryggen», «problemer med å sove», «du snakker lite norsk»
        # (being ill, not falling ill: «avslutta fordi du vart sjuk» tells why a measure ended — necessity's)
        "vært syk", "vore sjuk", "er syk", "er sjuk", "syk lenge", "sjuk lenge", "*syke", "*sjuke", "vond", "vondt", "sove", "søvn*", "*søvn",
        "rygg", "ryggen", "hode", "hodet", "hovud", "hovudet", "kropp", "kroppen", "kne", "kneet", "skulder*", "nakke*",
        "lite norsk", "litt norsk", "dårlig norsk", "dårleg norsk", "snakker lite", "snakkar lite"),
    "benefits": (
        "inntekt*", "*inntekt", "*inntekter", "lønn", "løn", "trygd*", "*trygd", "sosialhjelp*", "dagpeng*",
        "arbeidsavklaringspeng*", "aap", "bostøtte", "barnetrygd", "pensjon*", "*pensjon", "sykepeng*",
        "sjukepeng*", "overgangsstønad*", "introduksjonsstønad*", "formue*", "sparepeng*", "oppspar*", "gjelda", "gjelden", "husleie*", "husleige*",
        "penger", "pengar", "rutte", "forsørg*", "underhold*", "økonomisk stønad", "sosialstønad", "rår over", "øsh",
        "ektefelle*"),
    "necessity": (
        "tiltakshistorikk*", "avklaringstiltak*", "kurs", "kurset", "*kurs", "søknader", "jobbsøknad*", "mentor*", "jobbcoach*", "avklaringstiltak*",
        "arbeidssøker*", "arbeidssøkjar*", "arbeidsledig*", "uten arbeid", "utan arbeid", "uten jobb", "utan jobb",
        # round 16: whether a measure worked, like «hjulpet» («Enkelttiltak har ikke fungert for deg før»)
        "hjulpet", "hjelpe", "fungert", "fungerte", "virket", "verka", "prøvd", "prøvt", "forsøkt", "deltatt", "delteke", "deltok", "avbrutt", "avbrote",
        "avbrøt", "avbraut", "falt ut", "fall ut", "mål", "målet", "ønske*", "ønskj*", "ynskj*", "gjerne",
        "oppfølgingsløp*", "ordinær*", "bistand", "tilknytning", "tilknyting", "historikk", "hjemme", "heime",
        "førte til",
        # round 19 (rule 4z): measures tried in everyday words — «Du har hatt avklaring», «Du har fått hjelp fra NAV i
        # sju år. Det har ikke ført til jobb.»
        "avklaring", "ført til", "hjelp fra nav", "hjelp frå nav",
        # round 12: measures tried by name of their kind (rehabilitation, adapted work)
        "rehabilitering*", "*rehabilitering", "tilrettelagt arbeid", "tilrettelagd arbeid",
        # round 14: measures that ended in an interruption («De korte tiltakene du har vært i, har endt med avbrudd»)
        "avbrudd", "avbrot", "avbrota"),
    # activities (a schedule's days and hours support them, they are no topic of their own: «i løpet av de
    # første ukene» is when a plan is made)
    "program": (
        "praksis*", "*praksis", "arbeidstrening*", "trening*", "*trening", "hospiter*", "kurs", "kurset", "*kurs",
        "opplæring*", "*opplæring", "undervisning*", "*undervisning", "undervising*", "*undervising", "jobbstøtte",
        "jobbsøking", "jobbsøkjing", "arbeidsgiver*", "arbeidsgjevar*", "arbeidsplass*", "bedrift*"),
}
# A naming sentence whose verb announces content («Programmet ditt består av gartnerarbeid», «skal inneholde …»):
# what follows is the content, so its own words count as in round 8 (no topic word needed).
ANNOUNCES_CONTENT = {"program": ("består", "bestå", "omfatter", "omfatte", "omfattar", "inneholde", "inneholder",
                                 "innehalde", "inneheld", "satt sammen av", "sett saman av", "sammensatt av",
                                 "samansett av", "bygget opp", "bygd opp")}

# Tense for the programme's topic: a sentence with PAST and no FUTURE is history.
PAST = ("var", "vart", "ble", "hadde", "deltok", "startet", "starta", "begynte", "byrja", "tidligere", "tidlegare",
        "siden", "sidan", "har vært", "har vore", "har hatt", "har deltatt", "har delteke", "har fått", "har prøvd",
        "har gått", "falt", "avbrøt", "avbraut", "avsluttet", "avslutta", "fulgt", "følgt", "jobbet", "jobba",
        # a measure tried is history, in the passive too («Det er prøvd ut arbeidstrening i fire måneder»)
        "prøvd", "prøvt", "forsøkt",
        # round 12: the strong verbs' past forms (the weak ones — «jobbet», «prøvde», «sluttet» — are read by their
        # ending, topics.past_tense), «Etter kurset i 2019 fikk du en kort jobb, som tok slutt …»
        # (not «satt»: as often «sette»'s participle, «Programmet er satt opp slik:», as «sitte»'s past; round 16)
        "fikk", "fekk", "tok", "gikk", "gjekk", "kom", "sa", "gav", "ga", "fant", "fann", "sto", "stod",
        "mistet", "mista", "sluttet", "slutta")
FUTURE = ("skal", "vil", "starter", "startar", "begynner", "byrjar", "først", "deretter", "etterpå", "resten")

# What the programme holds (round 11, from round 10's letters): a programme fact is an activity the applicant WILL
# do. Three kinds of sentence name an activity and say nothing of the programme's content, whatever criterion they
# are read for:
#   - history (PAST without FUTURE, above);
#   - the applicant's NEED or GOAL: the activity is what the applicant lacks or wants («På sikt vil du gjerne ha
#     fast jobb som kokk, og du trenger både språkopplæring og arbeidserfaring for å nå dette» — necessity's
#     argument, not the programme's content);
#   - a plan to be made LATER: the plan or its content is the subject of a verb of making or deciding
#     («Aktivitetsplan: – utarbeides i første samtale», «Veilederen din setter opp en plan …», «Innholdet i
#     programmet blir bestemt i samarbeid med veilederen din»): named, no content.
# History and need yield when the sentence also COMMITS the applicant to the activity («Ut fra behovet ditt skal
# du ha norskkurs 15 timer i uken»); a plan to be made later never grounds the programme.
NEED = ("trenger", "treng", "behov", "behovet", "behova", "behovene", "ønske*", "ønskj*", "ynskj*", "gjerne",
        "på sikt", "mål", "målet", "veien dit", "vegen dit", "for å nå", "mangler", "manglar")
LATER_PLAN = ("utarbeides", "utarbeidast", "utarbeidd senere", "setter opp", "set opp", "settes opp",
              "setjast opp", "lages", "lagast", "blir laget", "blir laga", "vert laga", "lage en plan",
              "lage ein plan", "lage planen", "blir bestemt", "bestemmes", "vert bestemt", "blir avtalt senere",
              "fastsettes", "fastsetjast", "blir fastsatt", "vert fastsett", "avklares", "avklarast")
COMMITMENT = ("skal", "avtalt", "avtala", "starter", "startar", "begynner", "byrjar", "supplert", "supplert med",
              # round 15: a place secured or an enrolment («Kommunen har plass på … frå 01.03.2025, og du er påmeld …»)
              "påmeldt", "påmeld", "har plass", "fått plass", "har fått plass",
              *ANNOUNCES_CONTENT["program"])
# A sentence attributed to the programme by its topic alone (it names no criterion and stands in no section) needs
# an ANCHOR beside the activity: a commitment (COMMITMENT), a place («hos Fretex»), a time in the week or the
# programme year (hours, days, weeks, months, a weekday, a date) — not a bare topic word («kurs» in a sentence
# about something else).
ANCHOR = COMMITMENT + (
    # round 15: the person doing the activity now, in a decision letter what the programme holds («I tillegg tar du
    # kurs i hygiene», «I tillegg tek du norskopplæring»), and a place given by where the person lives («praksisen er
    # lagt nær der du bor»); a named place or employer anchors too (topics.programme_anchor)
    "tar du", "du tar", "tek du", "du tek", "går du på", "du går på", "deltar du", "du deltar", "deltek du",
    "du deltek", "der du bor", "der du bur",
    "hos", "timer", "timar", "dager", "dagar", "uke*", "veke*", "måned*", "månad*",
                       "mandag*", "tirsdag*", "onsdag*", "torsdag*", "fredag*", "måndag*", "tysdag*", "ettermiddag*",
                       "formiddag*", "deretter", "først", "etterpå")

# A weak verb's past form is read by its ending (topics.past_tense) only as a verb: beside a subject or an auxiliary.
VERB_NEIGHBOURS = ("du", "han", "hun", "ho", "vi", "dei", "de", "søkeren", "søkjaren", "har", "hadde", "ble", "vart",
                   "blei")

# The person's work history (round 12, 4g): a sentence about the person's own work placed in time — a WORK word and a
# year, a date, a duration or a WORK_TIME word («Du har ikke vært i jobb siden 2019», «– siste arbeid i 2021», «Etter
# astma har du hatt lange fravær fra jobben og sa opp stillingen i 2016») — is about work ability when no criterion's
# topic words claim it (a measure tried and its outcome is necessity's: «… har prøvd arbeidstrening, men ikke fått
# jobb»). «arbeid» and «jobb» alone say nothing (they are in every criterion's words); in time they are a history.
WORK = ("jobb", "jobben", "jobbe", "arbeid", "arbeidet", "arbeide", "stilling*", "vikariat*", "fravær*", "yrke",
        "yrket", "yrkes*", "arbeidsforhold*", "sykefravær*", "sjukefråvær*", "fråvær*", "oppsagt", "sa opp", "sagt opp")
WORK_TIME = ("siden", "sidan", "siste", "sist", "lenge", "tidligere", "tidlegare")

# A rule stated in general terms, by structure: a modal verb with a generic subject (not «du»), no second person
# and no date or number («Søkeren skal ikke ha, eller bare ha svært begrensede, ytelser …», «Programmet skal være
# helårig»): the law paraphrased, not applied. And a sentence whose subject is the law in any compound
# («Lovteksten sier …»: ``LAW_WORD``) refers to the law.
# round 18: «trenger ikke» / «treng ikkje» with an infinitive is the modal «need not» («Nedsatt arbeidsevne trenger ikke
# skyldes sykdom»: what the law does not require), as «må» is what it requires
MODAL = ("skal", "må", "bør", "kan", "trenger ikke", "treng ikkje", "trenger ikkje", "behøver ikke", "behøver ikkje")
GENERIC_SUBJECT = ("søkeren", "søker", "søkjaren", "søkjar", "personer", "personar", "den som", "deltakeren",
                   "deltakaren", "brukeren", "brukaren", "et kvalifiseringsprogram", "eit kvalifiseringsprogram",
                   # round 14: anyone at all — «dem som», «dei som», «den enkelte» («Vilkåret om ytingar skal sikre at
                   # programmet når dei som ikkje har anna inntektssikring»)
                   "dem som", "dei som", "de som", "alle som", "den enkelte", "den enkeltes", "den einskilde",
                   "den einskilde sine")
# Round 18 (rule 4v): a class of persons — a plural or an indefinite group, not a person — as whom a sentence speaks
# of («programmet er for personer med behov for …», «brukere som har prøvd andre tiltak», «målgruppen er …»): what
# the law or the circular says of anyone in the group, not what the case found about this person.
GENERIC_CLASS = ("personer", "personar", "brukere", "brukarar", "søkere", "søkjarar", "deltakere", "deltakarar",
                 "mennesker", "menneske", "dem som", "dei som", "de som", "alle som", "den som", "målgruppe*",
                 "målgruppa", "målgruppen")
SECOND_PERSON = ("du", "deg", "din", "di", "ditt", "dine", "dykk")
LAW_WORD = r"^(?:lov|lova|loven|lovens|lovas|lovtekst\w*|lovverk\w*|lovgiv\w*|lovgjev\w*|lovføresegn\w*|lovbestemmels\w*)$"

# Not assessed, by structure: the office (``AGENCY``) as the subject, followed within three words by a negation
# («Vi har ikke fått oversikt over inntektene dine», «NAV har ikkje kontrollert …»): what the office did not do is
# no fact about the person.
AGENCY = ("vi", "nav")
# Round 18 (rule 4v): the stems of the verbs of assessing whose indirect question («vurderes om …») states the test
ASSESS_STEMS = ("vurder", "avgjø", "avgje", "undersøk", "avklar")
# Round 18 (rule 4u): words after which a capitalised word continues a phrase and cannot begin a label (prepositions,
# conjunctions: «… vurdert mot AAP-løp og ordinær oppfølging: …»)
GOVERNS = ("mot", "med", "til", "om", "for", "av", "i", "på", "fra", "frå", "etter", "ved", "under", "og", "eller",
           "enn", "som", "hos", "hjå")
# Round 18 (rule 4w): a subject after an opening «har» / «hadde» that is not the person («Har NAV …», «Har veilederen
# …», «Har det …»): the sentence is a question or inverted, its subject not left out
OTHER_SUBJECTS = ("nav", "kommunen", "kontoret", "veileder", "veilederen", "rettleiar", "rettleiaren", "det", "dette",
                  "den", "de", "dei", "vi")

# ----------------------------------------------------------------------------- whose fact, and of what (round 13)
# Round 13, from round 12's first independent bank (tuning12) and hand-built letters: what makes a sentence the law
# paraphrased rather than a fact about this person, and a conclusion rather than a reason, by its shape.
#
# A definition of a criterion («Med vesentlig nedsatt arbeidsevne menes at …», «… er meint at …», «… vil si at …»)
# without the second person states the law, whatever causes it lists («på grunn av helse, sosiale forhold …»).
DEFINITION = ("menes", "meinast", "er meint", "er ment", "meiner ein", "mener en", "mener man",
              # round 15: a classification («Sosialhjelp regnes ikke som en slik ytelse») defines too
              "regnes", "reknast", "regnast", "forstås", "forståast", "vil si", "vil seie", "betyr at", "tyder at",
              "innebærer at", "inneber at", "defineres", "definerast")
# Round 16 (rule 4l): the subject that points back to the sentence before, in a sentence that explains it («Det
# betyr at …», «Dette vil seie at …»).
ANAPHORIC_SUBJECT = ("det", "dette")
# A legal source cited (besides a § or a statute, sentence.law_only): the preparatory works, a circular, a
# proposition, case law. A sentence citing one refers to the law: no fact, no stated cause.
LAW_SOURCE = ("forarbeid*", "lovforarbeid*", "rundskriv*", "hovednr", "hovudnr", "prop", "proposisjon*", "nou",
              "ot.prp", "rettspraksis", "lovkommentar*", "merknad*", "innst")
# A limit: a number in a sentence that speaks of a limit and not of the person («den nedre aldersgrensen er 18 år
# (før var den 19 år)») is the limit, not an age or a fact.
LIMIT = ("*grense", "*grensen", "*grensa", "grense*", "nedre", "øvre")
# What a date or a number is the date of: a date, a year or a duration grounds a criterion only beside a word that
# says what happened (a content word: not NOT_A_FACT, not a name, not negated); «Arbeidsevnen din er vurdert i møte
# med veileder 17.05.2024 og funnet vesentlig nedsatt» dates the procedure (the meeting is in NOT_A_FACT), «Dagpengene
# dine falt bort 01.03.2024» dates a fact.
DATED = ("dato", "årstall", "varighet")
# A goal or need referred to without saying what it is («… ut fra hva du trenger for å nå målet ditt»): these facts
# count only with a content word beside them («målet ditt er å bli fagarbeider»).
REFERENCE_FACTS = ("mål", "målet", "ditt mål", "målet ditt", "ønske*", "ønskj*", "ynskje*")
# The condition itself in a compound («inntektsvilkåret», «alderskravet», «aldersgrensen»): a declared fact inside such
# a word («inntekt*») is the condition named, not a fact about the person.
CONDITION_COMPOUND = ("*vilkår", "*vilkåret", "*vilkåra", "*vilkårene", "*krav", "*kravet", "*grense", "*grensen",
                      "*grensa")
# Round 20 (rule 5g): a compound is what its last part is — one whose head is a situation («inntektssituasjonen din er
# gjennomgått», «helsesituasjonen», «bustadsituasjonen») names a matter, a category, not a fact inside it.
CATEGORY_COMPOUND = ("*situasjon", "*situasjonen", "*situasjoner", "*situasjonar", "*situasjonene", "*situasjonane")
# Someone else: a relative with a possessive («Mora di …», «Broren din …», «din far …») as a sentence's subject
# (opening it, before «du»/«deg» or any PERSON word of the applicant): what the sentence says is that person's,
# not the applicant's. The spouse or partner is not here: the household's income is part of what it lives on.
RELATIVE = ("mor", "mora", "moren", "moder", "far", "faren", "bror", "broren", "brør*", "søster", "søstera",
            "søsteren", "søsken*", "sønn", "sønnen", "sonen", "son", "datter", "datteren", "dotter", "dottera",
            "barn", "barnet", "barna", "foreldre*", "forelder*", "besteforeld*", "onkel*", "tante*", "svoger*",
            "svigerfar*", "svigermor*", "fetter*", "kusine*")
POSSESSIVE = ("din", "di", "ditt", "dine", "hans", "hennes", "sin", "si", "sitt", "sine")
# A denied health fact («Du har ikke hatt ryggsmerter», «Du har ingen helseplager») is no reason: a negation within
# DENIAL_REACH words before a HEALTH word, with no cause between («… ikke kunnet jobbe på grunn av ryggsmerter» keeps
# the cause). What the person lacks is a fact («uten fullført videregående», «ikke hatt inntekt siden 2021»): only
# HEALTH words are denied this way.
HEALTH = ("helse*", "*helse", "sykdom*", "sjukdom*", "*sykdom", "*sjukdom", "diagnose*", "*smerte*", "smerte*",
          "*plage*", "plage*", "angst*", "depresj*", "depressiv*", "psykisk*", "skade*", "*skade", "lidelse*", "*lidelse", "liding*",
          "*liding", "utmatt*", "*piner", "hodepine*", "hovudpine*", "migrene", "diabetes", "epilepsi", "kols", "astma")
DENIAL_REACH = 3
# Where a negated clause (facts.negated_positions) and a prediction (facts.predicted_positions) end: a punctuation
# mark, or a conjunction that opens the next clause («… ikke sjekket om du har rett til dagpenger, men du har …»).
CLAUSE_END = (",", ";", ".", ":", "men", "og", "fordi", "ettersom", "sidan", "siden")
DENIAL_BREAK = ("på", "grunn", "pga", "grunnet", "følge", "følgje", "etter", "fordi", "men", "og", ",", ";", ".")

# ----------------------------------------------------------------------------- what a sentence does (round 14)
# Round 14, from round 13's second independent bank (heldout15) and its first (heldout14): a «nei» in words the rule
# had not seen was read as grounds, and grounds as «nei», by the shape of the sentence rather than its words.
#
# No need to assess further is no «not assessed»: a negation followed at once (within NO_NEED_REACH words) by «grunn
# til», «behov for å» … («Du er fødd i 1970, og me ser difor ingen grunn til å vurdere alderen nærmare», «vi har ikke
# funnet grunn til å gå nærmere inn på dette») says the matter is clear; the sentence is judged by what else it says
# (the year of birth grounds the age; a bare «dette har vi ikke funnet grunn til å gå inn på» names it only).
NO_NEED = ("grunn til", "grunnar til", "grunner til", "behov for å", "trong for å", "nødvendig å", "naudsynt å",
           "nødvendig med", "naudsynt med", "behov for nærmere", "behov for nærare")
NO_NEED_REACH = 2

# A report referred to, not given: a report cue of CAUSE («har fortalt», «beskriver», «går fram av» …) in a clause
# that opens with a relative or a pronoun standing for what was said (REFERRED within REFERRED_REACH words before
# the cue: «det du selv har fortalt i samtalene», «slik du selv har beskrevet det i søknaden», «som det går fram av
# søknaden din») points to content without saying it — no stated cause. «Legen har fortalt at du …» gives it.
REPORT_CUES = ("viser at", "beskriver", "har fortalt", "har fortalt at", "opplyst at", "kom fram til at",
               "går fram at", "går fram av", "kjem fram at", "kommer fram at")
REFERRED = ("det", "slik", "som", "hva", "kva", "dette", "sånn")
REFERRED_REACH = 3

# What a programme MAY hold is the law's menu, not this programme: the possibility modal «kan» before a verb that
# announces content (ANNOUNCES_CONTENT: «Det kan inneholde arbeidsrettede tiltak, opplæring og tid til behandling»,
# «Programmet skal innehalde arbeidsretta tiltak og kan òg innehalde opplæring …») within POSSIBLE_REACH words, in a
# sentence without the second person and without a place or a time (PLACE_OR_TIME) — a rule in general terms.
POSSIBLE = ("kan",)
POSSIBLE_REACH = 3
PLACE_OR_TIME = tuple(t for t in ANCHOR if t not in COMMITMENT)

# Facts first, conclusion after — in one sentence too: what comes before a conclusion is its premise. A sentence
# (or its last clause) that concludes ONE criterion after a cue (CONCLUDES: «derfor», «difor», «dermed», «etter
# dette» …, or the office's judgement opening a clause: «…, og vi meiner arbeidsevna di er vesentleg nedsett»,
# JUDGE after AGENCY) makes what stands before the cue that criterion's premise: another criterion named or
# self-named there only by its words («du trenger spesielt tilpasset innsats», «treng tett oppfølging») is part of
# the argument for the one concluded, not a ground of its own («I AEV-en kom vi fram til at du trenger spesielt
# tilpasset innsats, og vi legger derfor til grunn at arbeids- og inntektsevnen din er vesentlig nedsatt»: work
# ability's premise, not necessity's grounds). The same for a whole sentence followed by a bare conclusion with such
# a cue («Behandlaren din skriv at du … treng tett oppfølging over tid. Vi ser difor arbeidsevna som vesentleg
# nedsett.»), and for a parenthesis after the criterion concluded («Arbeidsevnen er vurdert som vesentlig nedsatt
# (AEV 22.07.2025, spesielt tilpasset innsats)»: the source of that conclusion).
CONCLUDES = ("derfor", "difor", "dermed", "såleis", "etter dette", "på bakgrunn av dette", "ut fra dette",
             "ut frå dette", "gjør dette at", "gjer dette at", "dette gjør at", "dette gjer at", "dette gjør", "dette gjer")
JUDGE = ("mener", "meiner", "anser", "ser", "vurderer", "legger", "legg", "konkluderer", "konkluderar")

# A prediction is no fact: a modal (PREDICT) followed within PREDICT_REACH words by a verb of effect (EFFECT: «vil
# hjelpe deg nærmere arbeid», «kan gi deg betre moglegheiter», «vil styrke mulighetene dine») or a verb of effect with
# a comparative («gir deg bedre sjanser») says what the programme is expected to do, for anyone: its words up to the
# end of the clause are neither content nor a stated cause («… fordi det vil gi deg bedre muligheter til å komme i
# arbeid»).
PREDICT = ("vil", "kan", "skal", "kunne", "ville", "bør")
EFFECT = ("hjelpe", "hjelpa", "hjelper", "hjelp", "gi", "gje", "gir", "styrke", "styrkje", "styrker", "bedre", "betre",
          "øke", "auke", "bidra", "bidrar", "føre", "fører", "gjøre", "gjere", "gjør", "gjer", "løfte", "åpne", "opne")
COMPARATIVE = ("bedre", "betre", "større", "flere", "fleire", "mer", "meir", "økte", "auka")
PREDICT_REACH = 2

# A plan already made is no plan to be made later: a LATER_PLAN verb in its past participle after a perfect auxiliary
# (PERFECT, same clause: «Vi har saman med deg laga ein plan som startar med …», «Vi har laget en plan …») states what
# the plan holds; «… skal lage en plan», «planen blir laget» stay a plan to come.
PERFECT = ("har", "hadde")

# A question word names necessity as a heading («Hvorfor får du kvalifiseringsprogram?», «Kvifor KVP?») only when the
# question names no other criterion: «Hvorfor mener vi at arbeidsevnen din er nedsatt?» heads work ability's section.
QUESTION_LABELS = ("hvorfor", "kvifor")
# Round 19 (rule 4y): the question asked of the decision's answer («Hvorfor får du ja?», «Kvifor sa vi ja?») heads all
# the reasons, as «Begrunnelse» does: it names no criterion.
# Round 19 (rule 4y): the words of a bare verdict as a label's value («Arbeid og helse: ok.», «Alder: i orden.»).
VERDICT = ("ok", "okay", "greit", "i", "orden", "ja", "oppfylt", "oppfylte", "innfridd", "godkjent", "fint", "bra",
           "klart", "avklart")
# Round 19 (rule 4y): the rule by its own name, and the verbs by which a short sentence after it names its source
# («Regelen om penger:», «Det sier reglene.», «Det står i loven.»).
RULE_NOUN = ("regel", "regelen", "reglene", "reglane", "reglar", "regler", "krav", "kravet", "krava", "kravene",
             "vilkår", "vilkåret", "vilkåra", "vilkårene")
SOURCE_VERB = ("sier", "seier", "står", "følger", "følgjer")
# Round 19 (rule 4z): whether a measure helped — not necessity's topic in a present relative clause («som hjelper deg»).
MEASURE_EFFECT = ("hjulpet", "hjelpe", "hjelper", "hjelpar", "fungert", "fungerer", "virket", "verka", "verkar")
DECISION_ANSWER = ("ja", "svaret", "innvilget", "innvilga", "innvilgar", "innvilger")
# Round 20 (rule 5b): the words that answer a yes-or-no question — a sentence opening with one answers the question of
# this case («Ja, …», «Nei – …»), it does not state the law in general terms, whatever modal verb follows.
ANSWER_WORDS = ("ja", "nei", "jo")
# Round 20 (rule 5c): the comparison that measures a fact against the rule («… slik loven krever», «… slik lova krev»):
# the rule named as the yardstick of the sentence's own fact is applied, not stated.
COMPARISON = ("slik", "sånn")
# Round 20 (rule 5d): the prepositions that make the programme's start the time of an activity named before it
# («arbeidstrening … fra oppstart», «kurs ved oppstart»): what the programme holds and when, not the frame's start date.
START_AS_TIME = ("fra", "frå", "ved", "etter")

# A difficulty without saying which is no fact (added to NOT_A_FACT's words by facts.is_content): «Du har utfordringer
# som gjør det vanskelig å komme i arbeid», «Det betyr at du har store hindringer for å komme i jobb» — the words a
# conclusion is made of; «problemer med søvn og konsentrasjon» keeps its facts.
DIFFICULTY = ("utfordring*", "hindring*", "vanske", "vansker", "vanskar", "problem", "problemer", "problema",
              "problemene", "vanskelig*", "vanskeleg*", "gjør", "gjer", "bety", "betyr", "tyder")

# An assessment put off is «not assessed»: the office waiting (AGENCY with WAIT right after it: «Vi venter på svar på
# søknaden din om dagpenger») or an assessment word (ASSESS) with a time to come (LATER: «Vilkåret om ytelser vurderer
# vi når svaret kommer», «Om programmet er riktig for deg, blir vurdert nærmere etter de første tolv månedene»,
# «Vurderinga blir ettersend») or after «vil»/«skal» («Vi vil vurdere …»), in a sentence not in the past: the
# sentence gives no reason, and the one after it does not continue it.
WAIT = ("venter", "ventar", "avventer", "avventar", "venter fortsatt", "ventar framleis")
ASSESS = ("vurdere", "vurdert", "vurderes", "vurderast", "vurderer", "vurderer vi", "vurdering*", "avklare", "avklares",
          "avklarast", "ta stilling", "teke stilling", "tatt stilling", "kartlegge", "kartlegges", "kartleggast")
LATER = ("senere", "seinare", "seinere", "ettersend*", "når", "etter oppstart", "ved første", "ved fyrste",
         "etter de første", "etter dei første", "etter dei fyrste", "på et senere tidspunkt", "på eit seinare tidspunkt",
         "i første oppfølgingssamtale", "i fyrste oppfølgingssamtale", "etter hvert", "etter kvart")
DEFER_MODAL = ("vil", "skal")
# Round 17 (rule 4q): information asked for and not (yet) in the case — a request word with a negation or a wait
# («Dokumentasjon av inntekt etterspurt, ikke mottatt», «Vi har bedt om kontoutskrifter og venter på dem»): the fact the
# criterion needs is missing, the matter is not assessed.
# … and the office («vi», «NAV») that has not (yet) received it: «Vi har ennå ikke fått den nye legeerklæringen»
RECEIVED = ("fått", "mottatt", "motteke", "motteken", "mottekne")
REQUESTED = ("etterspurt", "etterspurd", "etterlyst", "etterlyse*", "bedt om", "bede om", "innhentes", "innhentast",
             "innhentet", "innhenta", "etterspør*")
# … unless the sentence also says what was agreed or what the programme holds (ANNOUNCES_CONTENT, AGREED): then the
# assessment to come is the next step after content given.
AGREED = ("avtalt", "avtala", "enige", "einige", "enig", "einig")

# ----------------------------------------------------------------------------- what a sentence does (round 15)
# Round 15, from the misjudged letters of heldout16–heldout19 (four independent authors, measured with round 14's
# rule, then round 15's development banks), grouped by what the sentence does, not by its words.
#
# The law in plain words: a sentence with a modal verb (MODAL) that refers to no person at all (no PERSON word, no
# second person) and holds no particular (no date, year, amount or number, no named place or course — a capitalised
# word inside the sentence — and no place or time of a programme: PLACE_OR_TIME) states what the law allows or
# requires, whatever causes it lists: «Vesentlig nedsatt arbeids- og inntektsevne kan skyldes helseproblemer, sosiale
# problemer, manglende utdanning …», «Både helse, sosiale forhold og manglende kvalifikasjoner kan gi nedsatt
# arbeidsevne», «Kommunen kan bare unntaksvis avslå en søknad fordi …», «Arbeids- og inntektsevna må vere vesentleg
# nedsett». A sentence that announces a programme's content («Programmet skal bestå av …») is not caught by this: what
# a programme MAY hold is round 14's POSSIBLE. The impersonal subject («man», «ein»/«en» after a verb or a modal:
# «Med vesentleg nedsett arbeids- og inntektsevne meiner ein at personen …», «Etter lova må ein vere i yrkesaktiv
# alder», «Det er ikkje nok at ein er utan arbeid») states the law with or without a modal (IMPERSONAL); «meiner ein»
# is the nynorsk active of «menes» (DEFINITION).
IMPERSONAL = ("man", "meiner ein", "mener en", "mener man", "må ein", "må en", "kan ein", "skal ein", "bør ein",
              "at ein er", "at en er", "at ein har", "at en har")
# A reference to a source, the procedure of assessing and a category are no particular of the person (added to the
# words that carry no fact, facts.is_content): a letter that says where its facts are («Dette bygger på
# opplysningene vi har i saken din», «Det vises til samtale med søker 26.02.2024», «slik den fremgår av saken»,
# «Dette er stadfesta av fastlegen», «slik denne er kjent for NAV») points to a document without giving its content;
# «NAV har foretatt en gjennomgang av …», «etter en konkret og individuell vurdering» say how the office worked; «søkers
# ressurser og utfordringer», «forutsetningene dine», «den samlede situasjonen» name a category, not a fact.
SOURCE_REFERENCE = ("vises", "visast", "bygger", "bygge", "byggjer", "bygd", "bygget",
                    "underbygg*", "stadfest*", "bekreft*", "fremgå*", "framgå*", "fremkommer", "framkjem", "kjent",
                    "foreta", "foretatt", "foretar", "gjennomgang*", "gjennomgått", "konkret", "samle", "samlede",
                    "samla", "samlet", "ressurs*", "forutsetning*", "føresetnad*", "stilles", "stillast")
# What a conclusion rests on (BASIS): a sentence saying what was weighed («Det er særlig lagt vekt på at søker har …, og
# at søker ikke har hatt arbeidsinntekt siden 2016», «Vi har lagt vekt på at du er 29 år», «Grunnlag: ADHD, …») gives
# the grounds of the criterion the sentence before it concluded (or, for a lead-in with its list — «Vi har lagt vekt
# på følgende:» — of the criterion concluded right after the list): its facts are that criterion's, even those that
# would name another one by themselves («arbeidsinntekt» is benefits' word, but here work ability's premise).
BASIS = ("lagt vekt på", "lagt vekt", "lagt særleg vekt", "lagt særlig vekt", "legg vekt på", "legger vekt på",
         "legges vekt på", "leggjast vekt på", "vektlagt", "vektlagd", "grunnlag", "grunnlaget",
         # «Vurderingen bygger på at du har PTSD, lite arbeidserfaring og at du har vært uten inntekt siden 2018»
         "bygger på", "byggjer på", "bygd på", "bygget på")
# A list of facts, then the conclusion: a list whose lead-in names no criterion, followed at once by a paragraph whose
# first sentence names one criterion (and no other), is that criterion's premise (4c for a list): every item is read
# as addressed by it, whatever its own words would say («Vi har lagt vekt på følgende: – kols – ingen fullført
# videregående opplæring – ingen arbeidsinntekt siden 2012» / «Arbeids- og inntektsevnen er etter vår vurdering
# vesentlig nedsatt.»).
#
# An assessment's conclusion as a premise: the work ability assessment's finding («behov for spesielt tilpasset
# innsats») names necessity by itself (a self-naming fact), but in a sentence that is the premise of the next
# sentence's bare conclusion of another criterion («… konkluderer med at du treng spesielt tilpassa innsats. Arbeids- og
# inntektsevna di er difor vesentleg nedsett.») it argues that one, as round 14 already read it inside one sentence.
# A fact about the person's life keeps its own criterion there («Du lever av sosialhjelp. Programmet er derfor
# nødvendig.»: benefits' fact).
ASSESSMENT_CONCLUSION = ("innsatsbehov*", "tilpasset innsats", "tilpassa innsats")
#
# The aim of a plan is no need: NEED's goal words inside PLAN_AIM («… deretter praksis på Kiwi med mål om jobb som
# butikkmedarbeidar») say what the plan is for; the activities before them are the plan's content.
PLAN_AIM = ("med mål om", "med mål å", "med mål om å", "med sikte på", "med målet om")
# What every programme is (§ 30: full-time, all year): a sentence saying so without a person or a particular is the law
# even where it announces content («Programmet skal vere heilårleg og på full tid, og skal innehalde arbeidsretta
# tiltak, opplæring og motiverande aktivitetar»).
EVERY_PROGRAMME = ("helårig", "helårlig", "heilårleg", "heilårig", "full tid", "fulltid", "helårsprogram*")
#
# A topic word that is also an adjective («eit klart mål», «du er klar for»): ``klare`` is work ability's topic as a
# verb only — before «å» or after an auxiliary or a negation («har ikkje klart å …», «du klarer ikke …»).
VERB_ONLY = {"klart": ("å",), "klar": ("å",)}
VERB_BEFORE = ("har", "hadde", "ikke", "ikkje", "aldri", "ha")
# A rule applied, not stated: a sentence that speaks of a condition («Vilkårene for dagpenger er ikke oppfylt etter
# vedtak av mars 2023, og søker har siden mottatt supplerende økonomisk sosialhjelp») in the past and with a date or a
# year tells this person's history (no law has a date); only a condition that opens the sentence («Dersom …») still
# states the rule.
#
# Round 21 (rule 6a): measures had — a sentence that says the person had, got or went without a measure (a measure
# noun, ``MEASURE_NOUN``, with a verb of having in the perfect or «uten», ``MEASURE_HAD``) tells the person's history
# of measures and how it went: necessity's topic and fact («du har vært uten tiltak i flere år», «oppfølgingen du har
# fått, har vært for lite»). Not when the sentence names the programme (the programme offered is the decision), nor
# with a health word (treatment followed up by a doctor is work ability's).
MEASURE_NOUN = ("tiltak", "tiltaket", "tiltaka", "tiltakene", "*tiltak", "*tiltaka", "*tiltakene", "oppfølging*", "oppfølgjing*", "tilbud", "tilbudet",
                "tilboda", "tilbudene", "tilbod", "tilbodet")
MEASURE_HAD = ("hatt", "fått", "uten", "utan", "hadde", "fikk", "fekk")
MEASURE_NOT_HAD = ("kvalifiseringsprogram*", "program", "programmet", "programmer", "kvp")
# Round 21 (rule 6b): the finite verbs after a bare «bruker» / «brukar» that make it the applicant in a case note.
CASE_NOTE_VERBS = ("har", "hadde", "er", "var", "trenger", "treng", "får", "fikk", "fekk", "ønsker", "ønskjer",
                   "mangler", "manglar", "klarer", "klarar", "ble", "blei", "vart", "sluttet",
                   "slutta", "deltok", "deltek", "deltar", "bor", "budde", "bodde", "mottar", "mottek", "søkte")

__all__ = ["CASE_NOTE_VERBS", "MEASURE_NOUN", "MEASURE_HAD", "MEASURE_NOT_HAD", "ANAPHORIC_SUBJECT", "PLAN_AIM", "EVERY_PROGRAMME", "ASSESSMENT_CONCLUSION", "IMPERSONAL", "SOURCE_REFERENCE", "BASIS", "VERB_ONLY", "VERB_BEFORE", "CLAUSE_END", "AGREED", "WAIT", "ASSESS", "LATER", "DEFER_MODAL", "REQUESTED", "RECEIVED", "DIFFICULTY", "QUESTION_LABELS", "MEASURE_EFFECT", "DECISION_ANSWER", "ANSWER_WORDS", "COMPARISON", "CATEGORY_COMPOUND", "START_AS_TIME", "VERDICT", "RULE_NOUN", "SOURCE_VERB", "PERFECT", "PREDICT", "EFFECT", "COMPARATIVE", "PREDICT_REACH", "CONCLUDES", "JUDGE", "POSSIBLE", "POSSIBLE_REACH", "PLACE_OR_TIME", "REPORT_CUES", "REFERRED", "REFERRED_REACH", "NO_NEED", "NO_NEED_REACH", "CONDITION_COMPOUND", "DATED", "DEFINITION", "DENIAL_BREAK", "DENIAL_REACH", "HEALTH", "LAW_SOURCE", "LIMIT", "POSSESSIVE",
           "REFERENCE_FACTS", "RELATIVE", "VERB_NEIGHBOURS", "WORK", "WORK_TIME", "AGENCY", "ANCHOR", "ANNOUNCES_CONTENT", "COMMITMENT", "FUTURE", "GENERIC_SUBJECT", "GENERIC_CLASS", "OTHER_SUBJECTS", "ASSESS_STEMS", "GOVERNS", "LATER_PLAN", "LAW_WORD",
           "MODAL", "NEED", "PAST", "SECOND_PERSON", "TOPICS"]
