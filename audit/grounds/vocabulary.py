"""The declared vocabulary: what in a decision letter counts as naming a criterion and as a reason.

This is the one place a lawyer reads to know how ``nav-audit grounds`` decides, with its sibling
``vocabulary_topics.py`` (the topic lexicon and the structure words of rules 4e–4g, re-exported here).
Nothing about the words lives anywhere else (terms.py, layout.py, topics.py, facts.py, sentence.py and classify.py
only apply these lists).

How to read a term
------------------
A term is one or more words separated by spaces; the letter must have them in that
order, one after the other. Each word is compared with both the word in the letter
(lower case) and its dictionary form (lemma, from simplemma's bokmål and nynorsk
dictionaries), so «arbeidsevnen», «arbeidsevna» and «arbeidsevne» all match
``arbeidsevne``. A compound written with a hyphen also matches by its last part
(«hjerneslag-diagnose» matches ``diagnose*``). A ``*`` stands for any letters:
``helseplage*`` matches «helseplagene»; ``*plage`` matches «ryggplage»; ``*smerte*``
matches «ryggsmertene».
Bokmål and nynorsk forms are listed side by side.

How a criterion is judged (per letter)
--------------------------------------
1. The letter is split into paragraphs (numbered as they stand, empty lines not
   counted) and sentences.
2. A sentence *names* a criterion when it has one of its ``names``. A short paragraph
   without a full stop that names exactly one criterion is a *heading*: the paragraphs
   under it are about that criterion until the next heading.
2a. A paragraph ending with «:» is a *lead-in*; the paragraphs after it that start with a
   bullet or a number, or are short (``LIST_BULLET``, ``LIST_ITEM_WORDS``), are its list
   items. Each item is read as one sentence: the lead-in followed by the item
   («Programinnhold: - norskkurs, 15 timer i uken»), so a fact in an item counts for the
   criterion the lead-in (or the heading above it) names.
   A short question is a heading too («Er programmet nødvendig?»).
3. The criteria a sentence is about: those it names; else those the sentence before it
   in the same paragraph named (when it named one or two); else the heading's.
   The sentence before passes nothing on when it said the matter was not assessed
   («Nødvendig og hensiktsmessig: Ikke vurdert.») or quoted the law, and a sentence that names its own criterion by a ``self_naming`` fact is about that
   one, not the one before. A sentence between two criteria whose facts fit both goes to
   the second («Programmet er nødvendig. Du har en hjerneskade og har ikke fullført
   tidligere tiltak. Arbeidsevnen din er vesentlig nedsatt.»: the middle sentence is about
   work ability). A sentence in a criterion's section is about that criterion even when
   the sentence before it named it (it is addressed by the section, rule 4a, not only
   continued).
4. In such a sentence, a *reason* for a criterion is one of its ``facts`` (a fact about
   the person) or one of its ``patterns`` (a date, an amount, a number of years …).
   A fact counts only in a sentence that names the criterion itself, is about the person
   (``PERSON`` words) or has a date, year or amount: «nedsatt arbeidsevne kan skyldes helsemessige forhold» states
   the rule, not a fact about this applicant.
   ``self_naming`` facts count even in a sentence that does not name the criterion
   («du er 34 år», «du har mottatt sosialhjelp siden 2021»), and in a sentence that
   continues the criterion named before it («Alder – oppfylt. Du er 45 år.»).
   A *stated cause* is a reason too: in a sentence that names the criterion, «på grunn
   av …», «fordi …», «viser at …» (``CAUSE``) followed by a word that is not empty
   (``CAUSE_EMPTY``: law, procedure, the criteria's own words) — «arbeidsevnen er nedsatt
   på grunn av astma», not «… fordi du oppfyller vilkårene».
   Facts in the sentence just before the one that names the criterion count for it
   («Du har hatt ryggsmerter i ti år. Arbeidsevnen din er derfor nedsatt.»); its dates
   and numbers, and the facts of every sentence since the last one that named a
   criterion, only when the naming sentence says so (``LOOK_BACK``: «derfor», «dette»,
   «samlet» …).
4a. The structural rule (round 8; the block above ``NOT_A_FACT`` below says it in full): a
   sentence that addresses a criterion (names it, stands in its section or list, or continues
   the sentence that named it without holding another criterion's facts) grounds it when it
   refers to the person or holds a number with a unit (``UNIT_NUMBER``) and has a content word
   none of ``NOT_A_FACT`` («Arbeidsevnen din» / «Du har sarkoidose og orker lite.»: ja; «Alder:
   52 år.»: ja; «Arbeidsevnen din er vurdert som vesentlig nedsatt.»: nei). In a heading, a
   lead-in or a list item a criterion is also named by its ``label_names`` («Planen for
   programmet», «Økonomien din»).
4b. A condition (``CONDITION``: «hvis», «dersom», «viss») that opens a sentence states the rule
   (rule 5); after the sentence's main clause it only makes what follows hypothetical: the
   sentence is read up to it («Veilederen din mener at du har gode muligheter til å få jobb
   som kokk hvis du får tett oppfølging»: the prospect counts, the condition does not).
4c. Facts first, conclusion after: a sentence that argues a criterion without naming it
   grounds it when the next sentence names that one criterion with a ``LOOK_BACK`` word
   («Veilederen din mener at du kan få jobb som kokk. Programmet er derfor hensiktsmessig.»)
   and it carries a fact about the person by the structural rule (4a), unless it holds a
   declared fact of another criterion. A lead-in's «dette» points forward to its list
   («Dette er planen for de første månedene:»), not back, and a lead-in's own words are no
   fact (its list items are).
4d. Which criterion a sentence naming two of them grounds: a declared fact (``facts``,
   ``self_naming``) of only one of them goes to that one; other reasons go to the criterion
   named nearest. The programme named as the subject of necessity's predicate («vi vurderer
   programmet som nødvendig», «programmet ditt er hensiktsmessig»: ``PREDICATE_OF``) does not
   name the programme criterion.
4e. What a sentence is about by its content (round 10; ``TOPICS`` below says it in full): a sentence
   that names no criterion and stands in no section is about the criterion whose topic words it
   holds most, and grounds it with a fact about the person; a sentence that names a criterion
   grounds it by its own words only with a word of that criterion's topic or facts (a bare
   conclusion is «nei»); a rule in general terms (``MODAL`` + ``GENERIC_SUBJECT``), the law in any
   compound (``LAW_WORD``) and the office as the subject of «ikke» (``AGENCY``) are structure too.
4f. What the programme holds (round 11; ``NEED``, ``LATER_PLAN``, ``COMMITMENT``, ``ANCHOR``): an activity the applicant
   WILL do, not history, a need or goal, or a plan to be made later.
4g. Who and when (round 12, from round 11's letters): the person's own work placed in time (``WORK`` with a year, a
   date, a duration or ``WORK_TIME``: «du har ikke vært i jobb siden 2019», «– siste arbeid i 2021») is work ability's
   topic when no topic word claims the sentence (with a measure tried, necessity's); a tie of topics goes to the
   topic of the sentence before; a list is read as one (an item without a topic word of its own, or
   with a tie, takes its list's); a lead-in with a list speaks for its items only, and the section it stands in goes
   on around it; a list's items share their form (after a bulleted item a short plain paragraph is a heading); a label
   inside a sentence («Ukeplanen din: mandag til onsdag …», ``INLINE_LABEL_WORDS``) names by ``label_names``; a
   weekly rhythm with a commitment («skal du være … fire dager i uken»: ``ukerytme``) names and grounds the
   programme; past tense is read by grammar too (strong forms in ``PAST``; a weak verb's «-et/-te/-de» beside its
   subject or auxiliary), and an activity in the past or as a need is necessity's topic; a sentence that names its
   own criterion by a fact is what the next sentence continues; an age in apposition or as a person's attribute
   («en kvinne på 41 år», «du er i dag 52 år»; a birth date needs no person word in the age's section); the capacity
   named with a possessive between («evnen din til å arbeide og tjene penger»). Words: ``vocabulary_topics.py``.
4h. Whose fact, and of what (round 13, from round 12's first independent bank, ``tuning12``, and hand-built letters;
   ``vocabulary_topics.py`` declares the words, facts.py applies them): a definition of a criterion («Med … menes at»:
   ``DEFINITION``) and a legal source cited (``LAW_SOURCE``: forarbeidene, rundskriv, Prop.) are the law, and a stated
   cause in them is no reason; a stated cause is the reason of the criterion named nearest before it; a number in a
   sentence about a limit (``LIMIT``) is the limit; a date, year or duration counts only beside a word saying what
   happened (not the date of a meeting or an assessment); a goal or need referred to without what it is
   (``REFERENCE_FACTS``: «for å nå målet ditt») is no fact; a declared fact inside another criterion's name is that name
   («inntekt*» in «inntektsevne»); a relative's facts (``RELATIVE`` with a possessive: «Mora di …») are not the
   applicant's; a denied health fact (``HEALTH`` right after a negation: «Du har ikke hatt ryggsmerter») is none, while
   what the person lacks is one («ikke hatt inntekt siden 2021», «uten fullført videregående»); «Label: verdi» lines
   run together are one sentence per label, and a label with its value on its own line is read as a sentence too.
4i. What a sentence does (round 14, from heldout15 and heldout14; words and reasons in ``vocabulary_topics.py``).
4j. What a sentence does, continued (round 15, from heldout16 … heldout19; ``vocabulary_topics.py``, «round 15»): the
   law in plain words (a modal, no person, no particular; the impersonal subject; a classification), a source referred
   to is no content, what a conclusion rests on is that criterion's (``BASIS``, a list of facts before a conclusion),
   an assessment's conclusion yields to the conclusion drawn from it, a condition applied with a date is no rule, and
   the programme's content by its plan's label, its start WITH an activity, an enrolment or a named place.
4k. A condition without «hvis» (round 16, from heldout20 and heldout21): «om» + a subject pronoun after the main
   clause (``CONDITION_OM``; not after a verb of inquiry, ``INQUIRY``) and a verb-first condition («Har du fått …,
   blir …») are no fact. 4l. «Et vilkår er at …» states the rule, and «Det betyr at …» right after the rule states it
   too. 4m. Necessity's name in a causal clause after the programme argues the programme's activity (``CAUSAL``).
   4n. The sources an assessment rests on («Den bygger på samtaler …, legeerklæring …») and a conversation's date
   inside a sentence are no content (furniture); benefits rest only on a word of money (4j's basis).
4x–4z. Round 19 (from heldout27's easy-read letters; docs/grounds.md): the frame in everyday words is furniture and a
   heading over it names nothing; «Hvorfor får du ja?», a label with a bare verdict (``VERDICT``), «Det betyr at …»
   restating a criterion, a sentence with its source after it (``SOURCE_VERB``) and a list under the rule's noun
   (``RULE_NOUN``) give no reason; everyday health, language, measure and workplace words are facts, and help in the
   present in a relative clause («som hjelper deg», ``MEASURE_EFFECT``) is the programme's, not a measure tried.
5a–5g. Round 20 (from heldout26's question-and-answer letters; roles.py, docs/grounds.md): a question states nothing —
   it names the matter asked about, and what follows answers it as a field's value answers its label; «ja» / «nei»
   opening a sentence (``ANSWER_WORDS``) answers this case, no law in plain words; the rule as the yardstick of the
   person's fact («slik loven krever», ``COMPARISON``) is applied; the start after a preposition of time
   (``START_AS_TIME``) is an activity's time, not the frame; «det er ikke et vilkår at …» states the rule; a negation
   in a clause of cause (``CAUSAL``) is the reason given; a compound whose last part is a situation
   (``CATEGORY_COMPOUND``) names a matter, no fact.
5. A sentence gives no reason when
   - it states the rule (``RULE_STATEMENT``: «det er et vilkår at …», «dersom …»), or
   - it says the matter was not assessed (a ``NEGATION`` followed, within
     ``NEGATION_REACH`` words and before a comma, by an ``ABSENCE`` word: «ikke vurdert»,
     «ikkje kartlagt», «ingen opplysninger om …»), or
   - for that criterion, it has an ``excluded`` term (the sentence is about something
     else: an amount of kvalifiseringsstønad is not a fact about other benefits).
   A conclusion alone («vi vurderer at du fyller vilkåret») is not a reason, nor is a
   quoted rule («du oppfyller vilkårene i § 29»).
6. ``ja`` when at least one reason counts; ``nei`` otherwise: the evidence then says
   whether the criterion was named without a reason, only quoted as a rule, said not to
   be assessed, or not mentioned at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("nb", "nn")  # simplemma dictionaries, bokmål first

# Words that make a sentence about the applicant.
PERSON = (
    "du", "deg", "din", "ditt", "dine", "søker", "søkeren", "søkjar", "søkjaren",
    "han", "hun", "ho", "ham", "henne", "honom", "hans", "hennes", "brukeren", "brukaren",
    # round 17 (rule 4r): a case note's third person for the applicant («Bruker har hatt jobbklubb», «Vedkomande er 52 år»)
    "vedkommende", "vedkomande",
    # round 21 (rule 6b): the nynorsk spelling with a double m («Vedkommande har behov for …»)
    "vedkommande",
    "familien", "familia", "husstanden", "hushaldet",
    # genitives («husstandens eneste inntekt», «søkers helse»)
    "søkers", "søkerens", "søkjars", "søkjarens", "brukerens", "brukarens", "familiens", "husstandens",
    # «Begrunnelse: kols, lite skolegang.» gives this applicant's reasons
    "begrunnelse", "grunngjeving", "grunngiving",
)

# A negation and what, after it, means "not assessed / not known".
NEGATION = ("ikke", "ikkje", "ingen", "inga", "ingenting", "uten", "utan", "mangle", "mangler", "manglar")
NEGATION_REACH = 4
ABSENCE = (
    "vurdere", "vurdert", "vurdering", "vurder*", "dokumentere", "dokumentert", "dokumentasjon",
    "begrunne", "begrunnet", "begrunnelse", "grunngi", "grunngje", "grunngjeve", "grunngiving", "grunngjeving",
    "kartlegge", "kartlagt", "kartlagd", "kartlagde", "kartlagte", "kartlegging", "gjennomføre", "gjennomført", "avklare", "avklart", "utrede", "utgreie",
    "undersøke", "undersøkt", "opplysning", "opplysningar", "opplyse", "opplyst", "informasjon", "kjenne",
    "innhente", "innhenta", "innhentet", "hente inn", "hentet inn", "henta inn", "ta stilling", "teke stilling", "tatt stilling", "grunnlag", "nærmere", "nærare",
    "konkret", "sett på", "se på", "sjå på", "bestemt", "fastsatt", "fastsett",
)

# A sentence that states the rule rather than applying it.
RULE_STATEMENT = (
    "det er et vilkår", "det er eit vilkår", "det er vilkår", "det er et krav", "det er eit krav",
    "vilkårene for", "vilkåra for", "vilkårene er", "vilkåra er", "dersom", "hvis", "viss",
    # round 16: the condition said to be what the law asks («Et vilkår er at programmet er nødvendig …»)
    "vilkår er at", "vilkåret er at", "krav er at", "kravet er at",
    "for å få", "for å ha rett", "for å kunne få", "loven krever", "lova krev", "forutsetter", "føreset",
    "kan få kvalifiseringsprogram", "kan gis", "kan bare gis", "kan berre givast", "kan berre gjevast", "kan bli gitt", "kan tildeles", "målgruppen er", "målgruppa er",
)

# A condition (rule 4b): opening a sentence it states the rule (above: «Dersom du har nedsatt arbeidsevne, kan du
# få …»); after a main clause it makes only what follows hypothetical: the main clause before it is read, the
# condition is not («Veilederen din mener at du har gode muligheter til å få jobb som kokk, hvis du får tett
# oppfølging» — the prospect is a fact about the person, the «hvis …» clause is not).
CONDITION = ("dersom", "hvis", "viss")
# Round 16 (rule 4k): «om» followed by a subject pronoun after the main clause is a conjunction, a condition («Ta
# gjerne kontakt om du trenger hjelp til å skrive klagen») or an indirect question («Vi har spurt om du ønsker …»):
# neither asserts what follows. «om» with an object form or a noun («om deg», «om helsa di») is the preposition.
# After a verb of inquiry (INQUIRY, within two words: «ba oss undersøke om du hadde rett til sykepenger») the clause
# is the question the letter goes on to answer: it names the matter and is read (only a condition is cut).
CONDITION_OM = "om"
# A causal conjunction: the clause it opens gives the reason for what the sentence said before it (rule 4m).
CAUSAL = ("siden", "sidan", "fordi", "ettersom")
PROGRAMME_WORDS = ("program", "programmet", "programmer", "kvalifiseringsprogram*", "kvp")
# «nærmere» after a verb of getting somewhere is the comparative of «nær» («uten å komme nærmere jobb»: a measure that
# did not help), not the «nærmere» of an assessment not made («ikke vurdert nærmere», ABSENCE; round 16).
CLOSER = ("nærmere", "nærare")
APPROACH = ("komme", "kome", "føre", "bringe")
# The finite auxiliaries and modals that open a verb-first condition («Hadde du inntekt i fjor, …», «Skal du …»).
FINITE_AUX = ("har", "hadde", "er", "var", "får", "fikk", "fekk", "blir", "ble", "vart", "vert", "kan", "kunne",
              "skal", "skulle", "vil", "ville", "må", "måtte", "treng", "trenger")
# A subordinating conjunction (and a relative or comparative word) opening a sentence before a subject pronoun: the
# clause is one of fact or time («Da du var 20, …», «Etter at du …»), not a verb-first condition (rule 4k).
SUBORDINATORS = ("da", "når", "før", "etter", "siden", "sidan", "som", "fordi", "at", "om", "hvis", "dersom", "viss",
                 "mens", "medan", "enn", "slik", "selv", "sjølv", "til", "inntil", "så", "og", "men", "eller", "der",
                 "her", "nå", "no", "hvor", "kvar", "hva", "kva", "hvordan", "korleis", "hvorfor", "kvifor", "ettersom")
SUBJECT_PRONOUNS = ("du", "dere", "vi", "jeg", "eg", "man", "han", "hun", "ho")
INQUIRY = ("undersøk*", "spør*", "spurt*", "sjekk*", "kontroller*", "vurder*", "avklar*", "lure*", "lurt*", "finne ut",
           "finna ut", "se på", "sjå på", "ta stilling", "teke stilling", "tatt stilling", "kartlegg*", "*vurdering",
           "*vurderinga", "*vurderingen", "spørsmål*", "tvil*")

# The programme as the subject of necessity's predicate (rule 4c): a name of the programme followed, within
# PREDICATE_GAP words, by a name of necessity («vi vurderer programmet som nødvendig», «programmet ditt er
# hensiktsmessig») is what necessity judges; it does not name the programme criterion.
PREDICATE_OF = {"necessity": "program"}
PREDICATE_GAP = 2

# A stated cause: in a sentence that names a criterion, «… på grunn av X» / «… fordi X» is a
# reason (pattern name «årsak») when X, up to the next comma, has a content word that is
# not in CAUSE_EMPTY («fordi du oppfyller vilkårene», «på bakgrunn av opplysningene i saken»
# say nothing about the person).
CAUSE = ("på grunn av", "fordi", "ettersom", "grunnet", "som følge av", "som følgje av", "skyldes", "skuldast",
         "på bakgrunn av", "årsaken er", "årsaka er",
         # round 13: the cue in a compound or the plural («Hovedårsakene er ME og …», «Hovudårsaka er …»)
         "*årsaken er", "*årsaka er", "*årsakene er", "*årsakane er",
         # what an assessment or the applicant reported
         "viser at", "beskriver", "har fortalt", "har fortalt at", "opplyst at", "kom fram til at", "går fram at",
         "går fram av", "kjem fram at", "kommer fram at")
CAUSE_EMPTY = (
    # law and procedure
    "vilkår*", "krav*", "lov*", "forskrift*", "paragraf*", "oppfylle", "oppfyller", "oppfylt", "oppfylte",
    "opplysning*", "sak*", "vurdering*", "vurdere", "vurdert", "helhetsvurdering*", "heilskapsvurdering*",
    "forhold", "forholdet", "forholda", "situasjon*", "behov*", "dokument*", "søknad*", "vedtak*", "regel*",
    "reglene", "regelverk*", "målgruppe*", "programmet", "program", "kvalifiseringsprogram*", "tiltak*",
    # the criteria's own words
    "arbeidsevne*", "inntektsevne*", "nedsatt", "nedsett", "vesentlig", "vesentleg", "ytelse*", "yting*",
    "livsopphold*", "livsopphald*", "nødvendig", "naudsynt", "hensiktsmessig", "føremålstenleg", "tilpasset",
    "tilpassa", "alder*", "yrkesaktiv",
    # function words of four letters or more
    "ikke", "ikkje", "etter", "under", "over", "også", "dette", "disse", "desse", "være", "vere", "vært", "vore",
    "mellom", "blir", "bli", "kunne", "skulle", "ville", "måtte", "noen", "nokon", "noko", "andre", "annen",
    "annan", "dine", "ditt", "sine", "sitt", "deres", "hennes", "hans", "slik", "sånn", "mange", "flere",
    "fleire", "gjennom", "utan", "uten", "derfor", "difor", "dermed", "dei", "deim", "dere", "hvor", "kor",
    "hvordan", "korleis", "gjelder", "gjeld", "enkelte", "enkelt", "denne", "hele", "heile", "selv",
    "sjølv", "både", "bare", "berre", "mest", "mer", "meir", "godt", "gode", "stor", "store", "liten",
    "lite", "vanskelig*", "vanskeleg*",
)
# A sentence that names a criterion with one of these takes the facts of the sentence just before it
# («Du har hatt ryggsmerter i ti år. Arbeidsevnen din er derfor vesentlig nedsatt.»).
LOOK_BACK = ("derfor", "difor", "dermed", "dette", "dette gjer", "på bakgrunn av", "samlet", "samla", "til sammen",
             "til saman", "sammen med", "saman med")

# A list: a paragraph ending with «:» (a lead-in: «Programinnhold:», «Programmet består av:») followed by
# list items — paragraphs that start with a bullet or a number, or are no longer than LIST_ITEM_WORDS
# words. Each item is read as the lead-in continued («Programmet består av: norskkurs»), so the lead-in's
# criterion, its person words («din økonomiske situasjon:») and its rule words («vilkårene er:») apply to it.
LIST_BULLET = r"^\s*(?:[-–—•·▪*]|\d{1,2}[.)]|[a-h][.)])\s+"
LIST_ITEM_WORDS = 12
# A label inside a sentence (round 12): up to INLINE_LABEL_WORDS words and a colon before the content («Ukeplanen din:
# mandag til onsdag kurs …», «Inntekt: 0.») name a criterion by its label_names, as a heading or a lead-in does.
INLINE_LABEL_WORDS = 4
# Round 17 (rule 4o): a case header's value is short — the programme's name, perhaps «søknad om» and a date
HEADER_VALUE_WORDS = 6

# A paragraph that starts with one of these ends the section under a criterion heading.
SECTION_END = ("klage*", "hilsen", "helsing", "innsyn", "med vennlig", "med venleg")

# Reason patterns (regular expressions on the sentence as written), by name — ``PATTERNS`` (an age, a birth year, a
# date, a year, an amount, a duration, hours, a weekly rhythm) and ``CONCRETE`` (the ones that make a sentence
# concrete) — are declared in the sibling module vocabulary_patterns.py, part of this rule book; re-exported here.
from audit.grounds.vocabulary_patterns import CONCRETE, PATTERNS  # noqa: E402

# ----------------------------------------------------------------------------- the structural rule (round 8)
# A criterion also counts as grounded when a sentence that ADDRESSES it — names it, stands in its
# heading's section, is an item of a list whose lead-in names it — carries a fact about this person
# in words the lists above do not know. Such a sentence must
#   - refer to the person (``PERSON``: du, deg, din, søkeren …) or hold a number with a unit
#     (``UNIT_NUMBER``: 50 prosent, 41 år, 3 000 kroner, 37,5 timer, 6 måneder; not the limits 18 and 67 år) or a date/year/amount;
#   - hold a content word (four letters or more) that is none of ``NOT_A_FACT`` (law, procedure,
#     conclusions, the criteria's own words, the letter's frame, function words), of ``PERSON``, of
#     ``NEGATION`` or of any criterion's ``names``;
#   - not quote the law (a § or a statute), not state the rule, not say the matter was not assessed
#     (rules 5 above), and not be about the letter's frame (``FRAME``: the amount of
#     kvalifiseringsstønad, the start date, the appeal).
# «Arbeidsevnen din er vurdert som vesentlig nedsatt» has no such word (a conclusion: nei); «Du har
# fibromyalgi» under the heading «Arbeids- og inntektsevne» has one (ja, pattern name «faktum»); so
# has «Alder: 41 år» (a number with a unit). The evidence names the pattern «faktum» or
# «tall med enhet», never the word. A sentence that only continues the one before it (rule 3) is
# not addressed by structure: it still needs one of the criterion's ``facts`` (in a running text the
# next sentence is often about the next criterion). ``open_facts=False`` switches the content-word
# part off for a criterion (age: only an age or a year of birth is a fact).
UNIT_NUMBER = (r"\b(?!18\s+(?:og|til)\b)(?!(?:18|67)\s*år\b)(?<!og\s)(?<!til\s)\d+(?:[,.]\d+)?\s*"
               r"(?:%|prosent|år|kroner|kr|timer|timar|måneder|månader|uker|veker|dager|dagar)(?![\w-])")
FRAME = ("kvalifiseringsstønad*", "stønaden", "stønad", "utbetal*", "skattepliktig*", "klage*", "klagefrist*",
         "klageinstans*", "oppstart*", "evaluer*", "grunnbeløp*", "programmet starter", "programmet startar",
         "programmet begynner", "programmet byrjar", "varer i", "varer fram", "programperiode*")
# The programme's start in FRAME (round 15): «Programmet starter 01.03.2025» is the frame, «Programmet byrjar (difor)
# med truckførarkurs på formiddagane» says what the programme holds (sentence.frame).
PROGRAMME_START = ("programmet starter", "programmet startar", "programmet begynner", "programmet byrjar")
NOT_A_FACT = (
    # law and procedure
    "vilkår*", "*vilkår", "*vilkåret", "krav*", "*krav", "*kravet", "lov*", "*loven", "*lova", "forskrift*",
    "paragraf*", "ledd", "oppfyll*", "oppfylt*", "innfri*", "fylle", "fyller", "fylt", "tilstrekkel*", "opplysning*",
    "sak", "saka", "saken", "vurdering*", "vurder*", "*vurdering", "*vurderinga", "*vurderingen", "helhetsvurdering*",
    "heilskapsvurdering*", "konklu*", "forhold", "forholdet", "forholda", "situasjon*", "behov*", "behova", "dokument*",
    "søknad*", "vedtak*", "regel*", "reglene", "regelverk*", "målgruppe*", "*program", "*programmet", "program*",
    "tiltak*", "*tiltak", "*tiltaket", "tilbud*", "tilbod*", "tilby", "tilbys", "tilbode", "innvilg*", "kommune*",
    "veileder*", "rettleiar*", "kontaktperson*", "saksbehandl*", "sakshandsam*", "avtal*", "bestem*", "fastsett*", "fastsatt*", "utform*", "utarbeid*",
    "første", "fyrste", "samarbeid*", "lage", "laget",
    # round 13: the procedure a date belongs to («vurdert i møte med veileder 17.05.2024», «i samråd med deg»)
    "møte", "møtet", "møter", "samtale*", "samråd", "funnet", "funne", "dato", "datert", "satt", "enig*", "einig*",
    "nytte", "nyttig",  # «du vil ha nytte av programmet»: a conclusion
    "laga", "mene", "mener", "meiner", "meine",
    "tro", "tror", "tru", "trur",  # round 15: «Vi tror derfor programmet er det beste for deg»: a judgement, as «mener»
    "anse", "anser", "anses", "ansett", "rekna", "regnet", "regnes",
    "komme", "kommet", "kome", "kjem", "kommer", "fram", "frem", "finne", "finner", "finn", "legge", "legger", "legg",
    "lagt", "sett", "sjekk*", "grunn", "grunnlag", "bakgrunn", "vekt", "vektlagt", "tvil", "hinder", "aktuell*", "passe", "passer",
    "passar", "riktig*", "rette", "egne", "egnet", "eigna", "tilfelle", "tilfellet", "grad", "graden", "betydning",
    "avklar*", "plan", "planen", "individuell", "senere", "seinare", "ennå", "enno", "delta", "deltakelse",
    "deltaking", "folketrygd*", "mulighet*", "moglegheit*", "mulig", "mogleg", "styrke", "styrkje", "arbeid", "arbeidet",
    "arbeidslivet", "jobb", "kreves", "krevst", "gjelder", "gjeld", "dekke", "dekkje", "manglende", "manglande",
    "andre", "annen", "annan", "enkelte", "enkeltes", "personer", "personar", "person", "individ*",
    # the criteria's own words and their conclusions
    "arbeidsevne*", "inntektsevne*", "arbeids-", "nedsatt", "nedsett", "redusert", "svekket", "svekt", "begrens*",
    "avgrens*", "vesentlig*", "vesentleg*", "sterkt", "ytelse*", "yting*", "livsopphold*", "livsopphald*",
    "nødvendig*", "naudsynt*", "hensiktsmessig*", "føremålstenleg*", "formålstjenlig*", "tilpass*", "alder*",
    "*alder", "alderen", "yrkesaktiv", "gammel", "gamal", "ung", "økonomi*", "innsats", "kvalifisering*",
    "aldersgrense*", "*grense", "*grensene", "innenfor", "innanfor",
    # degree and judgement: how sure or how much, not what («klart nedsatt», «vi konstaterer at …»)
    "klart", "klar", "tydelig*", "tydeleg*", "betydelig*", "betydeleg*", "markert", "åpenbart", "openbert",
    "utvilsomt", "ganske", "nokså", "veldig", "delvis", "fullt", "helt", "konstater*", "synes", "syns",
    "nytt",  # round 20: «gjennomgått på nytt» — done again, how the office worked
    "anbefal*", "tilrå*", "kvalifisert", "oppfyllelse", "framover", "fremover", "periode*", "tiden", "tida",
    # what every programme is (§ 30), not a fact about this person
    "helhetlig*", "heilskapleg*", "helheitleg*", "forpliktende", "forpliktande", "tett", "tettere", "tettare",
    "oppfølging*", "oppfølgjing*", "løp", "løpet", "opplegg*", "omfattende", "omfattande",
    # function words of four letters or more
    "ikke", "ikkje", "etter", "under", "over", "også", "dette", "disse", "desse", "være", "vere", "vært", "vore",
    "mellom", "blir", "bli", "blitt", "vorte", "kunne", "skulle", "ville", "måtte", "noen", "nokon", "noko", "nokre",
    "dine", "ditt", "sine", "sitt", "deres", "hennes", "hans", "slik", "sånn", "mange", "flere", "fleire", "gjennom",
    "utan", "uten", "derfor", "difor", "dermed", "såleis", "altså", "dere", "hvor", "kor", "hvordan", "korleis",
    "hvorfor", "kvifor", "denne", "hele", "heile", "selv", "sjølv", "både", "bare", "berre", "mest", "meir", "godt",
    "gode", "stor", "store", "liten", "lite", "svært", "blant", "annet", "anna", "heilt", "vårt", "våre",
    "allerede", "fortsatt", "framleis", "samlet", "samla", "sammen", "saman", "gjøre", "gjere", "gjort", "gjøres",
    "hatt", "have", "fått", "gitt", "gis", "givast", "gjevast", "skal", "ingen", "inga", "eller", "enten",
    "akkurat", "ellers", "elles", "fordi", "ettersom", "sidan", "siden", "når", "dersom", "hvis", "viss", "nemlig",
    "med", "inn", "for", "frå", "fra", "mot", "dei", "deim", "dem", "deira", "hver", "kvar",
    "derimot", "likevel", "heller", "dessuten", "dessutan", "særlig", "særleg", "spesielt", "spesielle",
)


# The topic lexicon and the structure words (rules 4e–4g: TOPICS, PAST, FUTURE, NEED, LATER_PLAN, COMMITMENT, ANCHOR,
# MODAL, GENERIC_SUBJECT, LAW_WORD, AGENCY …) are declared in the sibling module vocabulary_topics.py, part of this
# rule book; they are re-exported here.
from audit.grounds.vocabulary_topics import *  # noqa: E402,F401,F403
from audit.grounds.vocabulary_topics import __all__ as _TOPIC_NAMES  # noqa: E402


@dataclass(frozen=True)
class Criterion:
    key: str  # short id, as in the check id kvp.grounds.<key>
    column: str  # canonical column of the case data
    law: str  # how sosialtjenesteloven § 29 words it
    names: tuple[str, ...]  # terms that name the criterion
    facts: tuple[str, ...] = ()  # facts about the person that are a reason
    patterns: tuple[str, ...] = ()  # names in PATTERNS that are a reason
    self_naming: tuple[str, ...] = ()  # facts / pattern names that count without the criterion being named
    excluded: tuple[str, ...] = ()  # a sentence with one of these gives no reason for this criterion
    self_naming_cues: tuple[str, ...] = ()  # if given, self_naming facts count only with one of these in the sentence
    open_facts: bool = True  # the structural rule's content words count (see NOT_A_FACT)
    facts_without_person: bool = False  # structural rule: a sentence naming it needs no person word («Vi har avtalt at programmet skal inneholde norskundervisning»)
    label_names: tuple[str, ...] = ()  # name the criterion only in a heading, a lead-in («…:») or its list items
    notes: str = ""
    extra: dict = field(default_factory=dict)


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        key="age", column="ground_age",
        label_names=("alderen din", "alderen di"),
        law="i yrkesaktiv alder",
        names=("alder", "alders*", "*alder", "*alderen", "yrkesaktiv", "år gammel", "år gamal", "fødselsår"),
        patterns=("alder_i_år", "fødselsår"),
        self_naming=("alder_i_år", "fødselsår"),
        open_facts=False,
        notes="A reason is the applicant's age or year of birth. «Du er i yrkesaktiv alder» or «du har fylt 18 år» "
              "only restates the criterion.",
    ),
    Criterion(
        key="work_ability", column="ground_work_ability",
        label_names=("helse", "helsa", "helse og arbeid", "helsesituasjon*", "helsetilstand*"),
        law="vesentlig nedsatt arbeids- og inntektsevne",
        names=("arbeidsevne", "inntektsevne", "arbeids- og inntektsevne", "arbeidsførhet", "arbeidsførleik",
               "evne til å arbeide", "evne til å jobbe", "evne til arbeid", "evne til å forsørge", "evne * til å forsørge",
               # round 12: the capacity with a possessive between («evnen din til å arbeide»), and to earn
               "evne * til å arbeide", "evne * til å jobbe", "evne * til arbeid", "evne til å tjene", "evne * til å tjene",
               "tjene penger", "tene pengar", "tjene til livets opphold",
               # round 13: the capacity to get an income paraphrased («evnen din til å skaffe deg inntekt»)
               "evne til å skaffe", "evne * til å skaffe", "skaffe deg inntekt", "skaffe seg inntekt",
               "skaffe deg arbeid", "skaffe seg arbeid",
               "evne til å forsørgje", "evne * til å forsørgje"),
        facts=(
            # health, not a trade («helsefagarbeider», «helsesektoren»)
            "helse", "helsa", "helseplage*", "helseproblem*", "helsesituasjon*", "helsetilstand*", "helsemessig*",
            "helseutfordring*", "helsegrunn*", "helseårsak*", "helsesvikt", "*helse", "sykdom*", "sjukdom*", "*sykdom", "*sjukdom", "diagnose*", "*smerte*", "*plage", "plage*",
            "angst*", "depresjon*", "depressiv", "psykisk*", "rus*", "avhengig*", "*skade", "skade*", "funksjons*",
            "konsentrasjon*", "lærevanske*", "lese- og skrivevansker", "dysleksi", "traume*", "*traume", "søvn*",
            "norsk*", "språk*", "utdanning*", "utdanning", "skolegang", "grunnskole", "vidaregåande", "videregående",
            "*erfaring", "utenfor arbeidslivet", "utanfor arbeidslivet", "sykmeld*", "sjukmeld*", "lege*", "fastlege*",
            "psykolog*", "spesialist*", "behandling*", "*behandling", "bolig*", "bustad*", "gjelda", "gjelden", "gjeldsproblem*", "forbruksgjeld", "studiegjeld",
            "aleneforsørger", "åleineforsørgjar", "omsorg*", "flyktning*", "innvandr*", "kompetanse",
            "hodepine*", "hovudpine*", "*piner", "hørsel*", "høyrsel*", "revmat*", "ptsd", "lønnet arbeid", "løna arbeid",
            "vanlig jobb", "vanleg jobb", "diabetes", "vært i arbeid", "vore i arbeid", "hatt arbeid", "hatt jobb",
            "ute av arbeid", "lidelse*", "*lidelse", "liding*", "*liding", "beholde", "halde på", "stå i jobb",
            "stå i arbeid", "vært i jobb", "vore i jobb", "jobbet som", "arbeidet som", "botid", "migrene", "*forstyrrelse",
            "*forstyrring", "epilepsi", "hjerneslag*", "nedsatt syn", "nedsett syn", "ferdighet*", "ferdigheit*",
            "måttet slutte", "måtta slutte", "ute av arbeidslivet", "kols", "tinnitus", "svimmel*", "bipolar*",
            "arbeidsforhold*",
        ),
        patterns=("varighet", "årstall", "dato"),
        notes="A reason is a fact about the applicant's health, skills, language, education, work history or life "
              "situation, or how long they have been out of work.",
    ),
    Criterion(
        key="benefits", column="ground_benefits",
        label_names=("økonomi", "økonomien", "økonomien din", "økonomisk situasjon", "økonomiske situasjon", "inntekt", "inntekter", "inntekta"),
        law="ingen eller svært begrensede ytelser til livsopphold",
        names=("ytelse*", "yting*", "livsopphold", "livsopphald", "forsørge seg", "forsørgje seg", "forsørge deg",
               "forsørgje deg", "begrensede ytelser", "avgrensa ytingar", "leve av", "lever av", "leve på"),
        facts=(
            "sosialhjelp*", "*sosialhjelp", "økonomisk stønad", "sosialstønad", "dagpenger", "dagpengar",
            # round 15: økonomisk sosialhjelp by its abbreviation in a case system's field («Livsopphold: ØSH siden mars
            # 2023»), as «aap» is arbeidsavklaringspenger's
            "øsh",
            "dagpenge*", "dagpengar*", "sykepenge*", "sjukepenga*", "uføretrygd*", "arbeidsavklaringspenge*",
            "arbeidsavklaringspenga*",
            "arbeidsavklaringspenger", "arbeidsavklaringspengar", "aap", "uføretrygd", "uføre*", "sykepenger",
            "sjukepengar", "introduksjonsstønad*", "lønn", "løn", "arbeidsinntekt", "inntekt*", "*inntekt",
            # a pension («uførepensjonen»), not the pension age («langt unna pensjonsalderen»)
            "pensjon", "*pensjon",
            "bostøtte", "barnetrygd", "formue", "sparepenger", "oppsparte", "oppspart", "oppbrukt", "oppbrukte",
            "brukt opp", "deltid*", "deltidsjobb*", "*stønad", "falt bort", "fall bort", "bortfall*", "opphørt",
            "opphøyrt", "avsluttet", "avslutta",
        ),
        patterns=("beløp", "dato", "årstall", "varighet"),
        self_naming=("sosialhjelp*", "*sosialhjelp", "økonomisk stønad", "sosialstønad", "dagpenger", "dagpengar", "øsh",
                     # compounds of a benefit («dagpengeperioden», «uføretrygdsaken», «sykepengeretten»)
                     "dagpenge*", "dagpengar*", "sykepenge*", "sjukepenga*", "uføretrygd*", "arbeidsavklaringspenge*",
                     "arbeidsavklaringspenga*",
                     "arbeidsavklaringspenger", "arbeidsavklaringspengar", "aap", "uføretrygd", "sykepenger",
                     "sjukepengar", "arbeidsinntekt", "introduksjonsstønad*", "overgangsstønad*", "barnetrygd", "bostøtte",
                     "samlet inntekt",
                     "samla inntekt"),
        excluded=("kvalifiseringsstønad*", "stønaden", "stønaden din", "grunnbeløp*", "skattepliktig", "skattepliktig*"),
        notes="A reason is what the applicant lives on today (social assistance, benefits they have or have used up, "
              "income, amounts). The amount of kvalifiseringsstønad granted is not a reason.",
    ),
    Criterion(
        key="necessity", column="ground_necessity",
        label_names=("hvorfor", "kvifor", "behovet ditt", "behovet for", "passer for deg", "passar for deg"),
        law="programmet er nødvendig og hensiktsmessig (etter en arbeidsevnevurdering)",
        names=("nødvendig", "naudsynt", "nødvendig og hensiktsmessig", "hensiktsmessig", "føremålstenleg",
               "formålstjenlig", "innsatsbehov*", "egnet", "eigna", "rett tiltak",
               "riktig* tilbud*", "rett* tilbod*", "riktig* tiltak*", "beste tilbud*", "beste tilbod*",
               "passer best", "passar best", "trenger et", "trenger eit", "treng eit", "treng et",
               # the law's own parts of the criterion: other measures, the need (not the work ability assessment
               # itself: it holds the health facts of work ability, «I arbeidsevnevurderingen kommer det fram at du har ME»)
               "andre tiltak", "trenger", "treng", "det riktige", "det rette",
               "riktig for deg", "rett for deg",
               # round 15: the programme as what is needed or best («KVP … er det som trengst for at du skal …», «er
               # det som skal til», «Vi tror derfor programmet er det beste for deg nå»)
               "det som trengs", "det som trengst", "det som skal til", "best for deg", "beste for deg"),
        facts=(
            # the work ability assessment's conclusion (its mere mention is not a reason: «det er gjort en
            # arbeidsevnevurdering, og programmet anses nødvendig» names the criterion only)
            "innsatsbehov*", "tilpasset innsats", "tilpassa innsats", "spesielt tilpasset", "spesielt tilpassa",
            "særleg tilpassa", "varig tilpasset", "varig tilpassa", "tett oppfølging", "tettere oppfølging",
            "tidligere tiltak", "tidlegare tiltak", "prøvd", "prøvt",
            # round 16: the introduction programme for refugees is a measure (its benefit is benefits' fact)
            "introduksjonsprogram*",
            "prøve", "forsøkt", "deltatt", "delteke", "mål", "målet", "jobbmål*", "yrkesmål*", "arbeidsmål*",
            "ønske*", "ønskj*", "ynskje*", "avklaring*", "*kurs", "kurs*", "praksis*", "*praksis",
            "vært med på", "vore med på", "tidligere", "tidlegare", "oppfølging fra", "oppfølging frå",
            "hatt oppfølging", "i lang tid", "lenge",
            # a history of seeking work without result
            "registrert som arbeidssøker", "registrert som arbeidssøkjar", "arbeidssøker", "arbeidssøkjar",
            "uten å få jobb", "utan å få jobb", "uten å få arbeid", "utan å få arbeid", "uten resultat", "utan resultat",
            "søkt jobb", "søkt jobber", "søkt mange jobber", "søkt på jobber", "intervju*", "utenfor arbeidslivet",
            "utanfor arbeidslivet",
            # measures that did not help
            "ordinære tiltak", "arbeidsrettede tiltak", "arbeidsretta tiltak", "ikke ført fram", "ikkje ført fram",
            "ikke vært nok", "ikkje vore nok",
            # round 15: the same in the simple past («introduksjonsprogrammet var ikkje nok til å få deg i arbeid»)
            "var ikke nok", "var ikkje nok", "ikke var nok", "ikkje var nok", "avbrøt", "avbraut", "avbrutt", "avbrote",
        ),
        # the assessment's conclusion and measures that did not help name the criterion themselves
        self_naming=("innsatsbehov*", "tilpasset innsats", "tilpassa innsats", "ikke vært nok", "ikkje vore nok",
                     "var ikke nok", "var ikkje nok", "ikke var nok", "ikkje var nok",
                     "ditt mål", "målet ditt",
                     "ikke ført fram", "ikkje ført fram", "uten resultat", "utan resultat", "registrert som arbeidssøker",
                     "registrert som arbeidssøkjar"),
        patterns=("dato", "årstall", "varighet"),
        excluded=("styrke mulighetene", "styrkje moglegheitene", "styrke dine muligheter",
                  "styrke muligheten", "deltakelse i arbeidslivet"),
        notes="A reason refers to the work ability assessment's conclusion (the need for help), to "
              "measures tried before, or to the applicant's own goal. «Programmet er nødvendig og hensiktsmessig for å "
              "styrke mulighetene for deltakelse i arbeidslivet» quotes the law.",
    ),
    Criterion(
        key="program", column="ground_program",
        facts_without_person=True,
        label_names=("plan", "planen", "planen din", "ukeplan*", "programmet ditt", "innholdet i programmet", "innhaldet i programmet",
                     # round 15: the field label «Prog.: …», «Kvalifiseringsplan (…):»
                     "prog", "kvalifiseringsplan*"),
        law="et tilpasset program kan tilbys",
        names=("programmet ditt", "programmet skal", "programmet vil", "i programmet", "programmet består",
               "programmet omfatter", "programmet blir", "programplan*", "tilpasset program",
               "tilpassa program", "program som", "program med", "tilby", "innhold", "innhald",
               "inneholde", "innehalde", "aktivitet*", "aktivitetsplan*", "programinnhold*", "programinnhald*",
               "satt sammen av", "sett saman av", "sammensatt av", "samansett av", "bygget opp", "bygd opp",
               "bygt opp",
               # starting an activity (present tense only: «begynte i» is history) is the programme
               "begynner i", "begynner på", "byrjar i", "byrjar på",
               "starter i", "starter på", "startar i", "startar på"),
        facts=(
            "praksis*", "*praksis", "arbeidstrening*", "*kurs", "kurs*", "opplæring*", "*opplæring", "jobbsøk*",
            "jobbsøking", "søknadsskriving", "cv", "jobbklubb*", "lønnstilskudd", "lønnstilskot", "tiltaksplass*",
            "arbeidsgiver*", "arbeidsgjevar*", "arbeidsplass*", "bedrift*", "butikk*", "barnehage*", "lager*",
            "trening", "egenaktivitet", "eigenaktivitet", "fysioterapi*", "oppfølgingssamtale*", "timer",
            "jobbverksted*", "jobbverkstad*", "jobbspesialist*", "truck*",
            # round 19 (rule 4z): the workplaces of a work placement in everyday words («I programmet skal du jobbe på
            # et vaskeri»), as «butikk», «lager» and «barnehage» above
            "vaskeri*", "kantine*", "bruktmarked*", "bruktbutikk*", "gartneri*", "verksted*", "verkstad*",
            "kafé*", "kafe", "kafeen", "kafeer", "restaurant*", "hotell*", "sykehjem*", "sjukeheim*", "fabrikk*",
            "*butikk", "*butikken", "*kantine", "*kantina", "*kantinen",
            "*verksted", "*verkstad",
        ),
        self_naming=("praksis*", "*praksis", "arbeidstrening*", "*kurs", "kurs*", "opplæring*", "*opplæring",
                     "jobbsøk*", "lønnstilskudd", "lønnstilskot", "jobbverksted*", "jobbverkstad*", "ukerytme"),
        self_naming_cues=("skal du", "skal", "planen", "plan", "avtalt", "starter med", "startar med", "vil du",
                          # starting an activity, present tense (a plan): «Du starter 07.03.2024 med arbeidspraksis»
                          "starter", "startar", "begynner", "byrjar",
                          "deretter", "første månedene", "første månadene", "fyrste månadene"),
        patterns=("timer", "ukerytme"),
        # a workplace in the applicant's goal («ditt mål er å jobbe i barnehage») is not a programme activity
        excluded=("kvalifiseringsstønad*", "ditt mål", "målet ditt", "mål er å", "ønsker å", "ønskjer å"),
        notes="A reason says what the programme will hold for this applicant (work practice, courses, language "
              "training, job seeking, hours). «Du får et program tilpasset dine behov» only names the criterion.",
    ),
)

BY_KEY = {c.key: c for c in CRITERIA}
BY_COLUMN = {c.column: c for c in CRITERIA}
COLUMNS = tuple(c.column for c in CRITERIA)

__all__ = ["HEADER_VALUE_WORDS", "CLOSER", "APPROACH", "CAUSAL", "PROGRAMME_WORDS", "SUBJECT_PRONOUNS", "INQUIRY", "SUBORDINATORS", "FINITE_AUX", "ABSENCE", "BY_COLUMN", "BY_KEY", "CAUSE", "CAUSE_EMPTY", "COLUMNS", "CONCRETE", "CONDITION", "CONDITION_OM", "CRITERIA",
           "Criterion", "FRAME", "LANGUAGES", "INLINE_LABEL_WORDS", "LIST_BULLET", "LIST_ITEM_WORDS", "LOOK_BACK", "NEGATION",
           "NEGATION_REACH", "NOT_A_FACT", "PATTERNS", "PERSON", "PREDICATE_GAP", "PREDICATE_OF", "PROGRAMME_START", "RULE_STATEMENT",
           "SECTION_END", "UNIT_NUMBER", *_TOPIC_NAMES]
