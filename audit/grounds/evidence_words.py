"""The words the learned reader's evidence may show as they are (audit/grounds/evidence.py).

The learned reader's features are lemmas of the letter. Shown as they are, some would tell what the letter says
about the person — a diagnosis («ha adhd»), a country, a workplace — in a column that travels with the case key
(grounds.csv, the review workbook's comments). The rule's evidence never did: it names declared terms. So the
evidence shows a lemma only when it is on this closed list — function words, and the words of the law, the
criteria and the case's handling, which say how a letter reasons, not who the person is — and every other lemma as
«(ord)» / «(word)». The paragraph number says where to read the rest.
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset("""
og eller men at som om for fordi derfor difor da då når hvis viss dersom så slik også òg ikke ikkje ingen inga
ingenting intet uten utan nok bare berre kun enn mer meir mest mindre lite mye mykje litt flere fleire alle all
noen nokon noe noko hver kvar annen annan anna andre selv sjølv samme same den det de dei denne dette disse desse
du deg din di ditt dine vi oss vår vårt våre han hun ho ham henne hans hennar hennes seg sin si sitt sine jeg eg
meg min mitt mine være vere ha bli verte kunne skulle ville måtte burde få gjøre gjere gå komme kome i på til fra
frå med av hos ved etter før under over mellom gjennom mot rundt innen innan siden sidan fram frem ut inn opp ned
her der nå no ennå enno allerede alt lenger lengre fortsatt framleis fremdeles igjen att aldri alltid ofte svært
veldig mange hel heil hele heile del gang tid år måned månad uke veke dag time dette en ein ei et eit mange
""".split())

CASE_WORDS = frozenset("""
vilkår lov paragraf rundskriv forskrift krav program kvalifiseringsprogram kvp arbeidsevne arbeidsevnevurdering
inntektsevne ytelse yting stønad kvalifiseringsstønad sosialhjelp økonomisk tiltak oppfølging nødvendig naudsynt
hensiktsmessig føremålstenleg tilpasset tilpassa innsats innsatsbehov vurdering vurdere alder yrkesaktiv vesentlig
vesentleg nedsatt nedsett begrenset avgrensa livsopphold livsopphald inntekt lønn arbeid jobb utdanning skole skule
helse sykdom sjukdom lege legeerklæring diagnose behandling plan aktivitet kurs praksis arbeidspraksis
arbeidstrening jobbsøking opplæring norskopplæring veileder rettleiar søker søkjar søknad vedtak nav kontor
oppfylt oppfylle dokumentasjon dokumentere opplysning begrunnelse grunngjeving grunnlag behov tett helhetlig
heilskapleg ordinær arbeidsmarkedstiltak aap arbeidsavklaringspenger dagpenger dagpengar uføretrygd bostøtte trygd
pensjon formue gjeld motta tidligere tidlegare lenge lang langvarig varig spesielt særleg tilby tilbud tilbod
innhold innhald fulltid heltid deltid erfaring arbeidserfaring arbeidsliv arbeidslivet tilknytning nedsettelse
""".split())

# more of how a letter reasons and of the programme's ordinary content (no health, family, origin or workplace)
REASONING_WORDS = frozenset("""
aev aldersgrense aldersgruppe alderskrav aldersvilkår altså anse arbeids- arbeidsrettet avbryte avklaring
avklaringstiltak avslag avslå begrense begynne bekrefte bestå betydning bort bruke både ca. dagpengeperiode dekke
deretter dermed dit egenaktivitet egnet eign eneste enkelttiltak fast fastsette forhold formell fortelle fullføre
fylle føre gi gjerne god gradvis grense grunn hindre hva individuell innenfor innvilge jf. jobbe kartlegge kompetanse
konkludere konkret kort kr kreve legge leve liten lovens mene meine middel mnd mål nedre nedsette ok opphøre
oppspart pensjonsalder periode person plass prøve rest resultat rett riktig sak samle samtale samtidig se sist
situasjon skattemelding skje skrive slutte sosial sosialtenestelove sparepenger spesiell stadfeste starte stor
struktur svak svær sykepenger søke søkers ta tidlegar tidlig tillegg tilpasse to tre tolv trenge trening tro
vedkommende veilede verken videregående vise å åp fastlege barnetrygd alderspensjon bustøtte jobbspesialist
jobbklubb jobbstøtte jobbsøkerkurs norskkurs norskkunnskap norskundervisning språkpraksis voksenopplæring datakurs
truckførerkurs fødselsår føde åring januar mandag tirsdag onsdag torsdag fredag
""".split())

SHOWN = FUNCTION_WORDS | CASE_WORDS | REASONING_WORDS

__all__ = ["CASE_WORDS", "FUNCTION_WORDS", "REASONING_WORDS", "SHOWN"]
