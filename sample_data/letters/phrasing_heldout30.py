"""Held-out phrasing bank «heldout30» (round 20): decisions printed from a case-management template at a
Nord-Norge office (Troms and Nordland).

Written by an independent author (round 20's bank30 lane) under the held-out rules of issue #19: the author never
opened, grepped or ran the grounds rule (audit/grounds/, docs/grounds.md), the benchmark (benchmarks/), the
grounds tests (tests/test_grounds*, tests/grounds_letters.py), the committed sample letters or any other phrasing
bank, and never ran ``grounds`` or ``benchmarks.grounds`` on anything. The bank was written from the generator
(sample_data/letters/__init__.py), the legal background and the check catalogue only.

Register: the template prints, per criterion, a field label and a value («Vurdering:», «Konklusjon:»,
«Dokumentasjon:», «Kilde:» / «Kjelde:»), check marks and status words («☒ Oppfylt», «[x] Ja», «Status: vurdert»)
and the caseworker's short free-text note after the label — in the third person («Bruker har …», «Vedkommende …»,
«Brukers …», nynorsk «Brukar …», «Vedkommande …») or subject-less («Ufaglært.», «Født 1987.») —, dates as
01.02.2025 and abbreviations (AEV, KVP, sotjl., jf., pr. mnd., t/uke). Some caseworkers add a sentence or two of
prose to «du». Bokmål and nynorsk 7 to 3. The office's own FRAME in field style and its own offices (the
``office`` filler), with no fact about the person.

Kinds and labels: ``grounds`` (ja) gives at least one fact about the person for its own criterion; ``named`` (nei)
ticks the box, concludes, or points to a document (AEV, plan, Folkeregisteret) without saying what it shows;
``quoted`` (nei) restates the law, the rundskriv or the office's practice, sometimes in the same words a grounds
note uses («spesielt tilpasset innsats», «37,5 timer», «arbeidstrening»), but about nobody in particular;
``negated`` (nei) is an empty template field, «ikke vurdert», «ikke dokumentert» or «vurderes senere». A phrasing
holds no fact of another criterion (age / work ability / benefits / necessity / programme, as the brief
partitions them).
"""

BANK = "heldout30"
LANG_WEIGHTS = (7, 3)

FILLERS = {
    "office": ["Tromsø", "Harstad", "Narvik", "Senja", "Balsfjord", "Bodø", "Rana", "Vefsn", "Sortland", "Fauske"],
    "diag_nb": ["angst og depresjon", "kroniske ryggplager", "ADHD", "PTSD", "kroniske smerter i nakke og skuldre",
                "en rusavhengighet som nå er stabilisert"],
    "diag_nn": ["angst og depresjon", "kroniske ryggplager", "ADHD", "PTSD", "kroniske smerter i nakke og skuldrer",
                "eit rusproblem som no er stabilisert"],
    "sector_nb": ["fiskeindustrien", "renhold", "varehandel", "bygg og anlegg", "reiseliv", "lager og transport"],
    "sector_nn": ["fiskeindustrien", "reinhald", "varehandel", "bygg og anlegg", "reiseliv", "lager og transport"],
    "workplace_nb": ["et lager", "en matbutikk", "en kantine", "et vaskeri", "et bilverksted", "en barnehage"],
    "workplace_nn": ["eit lager", "ein matbutikk", "ei kantine", "eit vaskeri", "ein bilverkstad", "ein barnehage"],
    "course_nb": ["truckførerkurs", "kurs i jobbsøking", "datakurs", "hygienekurs", "kurs i kundebehandling"],
    "course_nn": ["truckførarkurs", "kurs i jobbsøking", "datakurs", "hygienekurs", "kurs i kundehandsaming"],
    "prev_nb": ["arbeidspraksis", "et avklaringstiltak", "jobbklubb", "arbeidsforberedende trening (AFT)",
                "et arbeidsmarkedskurs"],
    "prev_nn": ["arbeidspraksis", "eit avklaringstiltak", "jobbklubb", "arbeidsførebuande trening (AFT)",
                "eit arbeidsmarknadskurs"],
    "benefit_nb": ["dagpenger", "arbeidsavklaringspenger (AAP)", "overgangsstønad"],
    "benefit_nn": ["dagpengar", "arbeidsavklaringspengar (AAP)", "overgangsstønad"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Vurdering: Bruker er {age} år (f. {birth_year}) og er i yrkesaktiv alder. ☒ Oppfylt.",
                "Alder: ☒ Oppfylt\nBruker er født {birth_year}, dvs. {age} år ved søknadstidspunktet.",
                "Alder: Født {birth_year}. {age} år ved vedtak. Innenfor aldersgrensene. Status: vurdert.",
                "Alder: [x] Ja – bruker er {age} år. Kilde: Folkeregisteret.",
                "Konklusjon alder: Oppfylt. Vedkommende er {age} år gammel og dermed over 18 og under 67 år.",
                "Alder: {age} år (født {birth_year}). Vilkåret om yrkesaktiv alder er oppfylt.",
                "Brukers alder: {age} år. Vurdering: yrkesaktiv alder, ingen merknad.",
                "Vurdering av alder: Bruker er {age} år. Kilde: Folkeregisteret, kontrollert {date}.",
                "Alder – ☒ Oppfylt. Fødselsår {birth_year}; bruker er altså {age} år og i yrkesaktiv alder.",
                "Du er {age} år, og du er dermed i yrkesaktiv alder. Status: vurdert.",
                "Alder – vurdering:\n{age} år ved søknad, f. {birth_year}.\nKonklusjon: Oppfylt.",
                "Alder: Oppfylt (f. {birth_year}). Søker er {age} år og har mange år igjen i yrkesaktiv alder.",
            ],
            "nn": [
                "Vurdering: Brukar er {age} år (f. {birth_year}) og er i yrkesaktiv alder. ☒ Oppfylt.",
                "Alder: ☒ Oppfylt\nBrukar er fødd {birth_year}, dvs. {age} år då søknaden kom inn.",
                "Alder: Fødd {birth_year}. {age} år ved vedtak. Innanfor aldersgrensene. Status: vurdert.",
                "Alder: [x] Ja – brukar er {age} år. Kjelde: Folkeregisteret.",
                "Konklusjon alder: Oppfylt. Vedkommande er {age} år gammal og dermed over 18 og under 67 år.",
                "Alder: {age} år (fødd {birth_year}). Vilkåret om yrkesaktiv alder er oppfylt.",
                "Alderen til brukaren: {age} år. Vurdering: yrkesaktiv alder, ingen merknad.",
                "Vurdering av alder: Brukar er {age} år. Kjelde: Folkeregisteret, kontrollert {date}.",
                "Alder – ☒ Oppfylt. Fødselsår {birth_year}; brukar er altså {age} år og i yrkesaktiv alder.",
                "Du er {age} år, og du er dermed i yrkesaktiv alder. Status: vurdert.",
                "Alder – vurdering:\n{age} år ved søknad, f. {birth_year}.\nKonklusjon: Oppfylt.",
                "Alder: Oppfylt (f. {birth_year}). Søkjar er {age} år og har mange år att i yrkesaktiv alder.",
            ],
        },
        "named": {
            "nb": [
                "Alder: ☒ Oppfylt.",
                "Yrkesaktiv alder: [x] Ja.",
                "Vurdering alder: Bruker er i yrkesaktiv alder. Status: vurdert.",
                "Alder – Konklusjon: Vilkåret er oppfylt. Kilde: Folkeregisteret.",
                "Vedkommende er i yrkesaktiv alder, jf. opplysninger i saken.",
                "Alder: OK. Dokumentasjon: se Folkeregisteret.",
                "Vilkåret om alder er vurdert og er oppfylt.",
            ],
            "nn": [
                "Alder: ☒ Oppfylt.",
                "Yrkesaktiv alder: [x] Ja.",
                "Vurdering alder: Brukar er i yrkesaktiv alder. Status: vurdert.",
                "Alder – Konklusjon: Vilkåret er oppfylt. Kjelde: Folkeregisteret.",
                "Vedkommande er i yrkesaktiv alder, jf. opplysningar i saka.",
                "Alder: OK. Dokumentasjon: sjå Folkeregisteret.",
                "Vilkåret om alder er vurdert og er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Vurdering alder: Etter sotjl. § 29 må søker være i yrkesaktiv alder.",
                "Alder: Kvalifiseringsprogrammet er for personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 "
                "første ledd.",
                "Kilde: Rundskriv til sosialtjenesteloven (Hovednr. 35). Målgruppen er personer i yrkesaktiv alder, "
                "med nedre grense 18 år.",
                "Alder: Programmet gjelder fra fylte 18 år og normalt fram til alderspensjon, jf. rundskrivet.",
                "Konklusjon alder: Vilkåret gjelder personer mellom 18 og 67 år (kontorets praksis).",
                "Vurdering: Lovens krav er at søker er i yrkesaktiv alder. Nedre aldersgrense er 18 år fra "
                "01.01.2019.",
            ],
            "nn": [
                "Vurdering alder: Etter sosialtenestelova § 29 må søkjaren vere i yrkesaktiv alder.",
                "Alder: Kvalifiseringsprogrammet er for personar i yrkesaktiv alder, jf. sosialtenestelova § 29 "
                "første ledd.",
                "Kjelde: Rundskriv til sosialtenestelova (Hovednr. 35). Målgruppa er personar i yrkesaktiv alder, "
                "med nedre grense 18 år.",
                "Alder: Programmet gjeld frå fylte 18 år og normalt fram til alderspensjon, jf. rundskrivet.",
                "Konklusjon alder: Vilkåret gjeld personar mellom 18 og 67 år (praksis ved kontoret).",
                "Vurdering: Lova krev at søkjaren er i yrkesaktiv alder. Nedre aldersgrense er 18 år frå "
                "01.01.2019.",
            ],
        },
        "negated": {
            "nb": [
                "Alder: ☐ Oppfylt ☐ Ikke oppfylt\nVurdering: [fritekst]",
                "Vurdering alder: Ikke vurdert.",
                "Alder – Status: ikke kontrollert. Fødselsdato er ikke registrert i saken.",
                "Alder: Kilde ikke oppgitt. Vurderes ved neste gjennomgang av saken.",
            ],
            "nn": [
                "Alder: ☐ Oppfylt ☐ Ikkje oppfylt\nVurdering: [fritekst]",
                "Vurdering alder: Ikkje vurdert.",
                "Alder – Status: ikkje kontrollert. Fødselsdato er ikkje registrert i saka.",
                "Alder: Kjelde ikkje oppgitt. Blir vurdert ved neste gjennomgang av saka.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Vurdering: Bruker har {diag_nb} og har ikke vært i arbeid siden {year}. Arbeidsevnevurderingen viser "
                "vesentlig nedsatt arbeids- og inntektsevne. ☒ Oppfylt.",
                "Arbeidsevne: ☒ Oppfylt\nVedkommende har grunnskole som høyeste utdanning og bare kortere "
                "engasjementer innen {sector_nb}.\nHelseplager ({diag_nb}) begrenser hvilke jobber som er aktuelle.",
                "Arbeidsevne: Ufaglært. Siste arbeidsforhold innen {sector_nb}, avsluttet {year} pga. nedbemanning. "
                "Lite arbeidserfaring etter det. Status: vurdert.",
                "Arbeids- og inntektsevne: [x] Ja – AEV datert {date}: arbeidsevnen er vesentlig nedsatt pga. "
                "{diag_nb} og manglende formell kompetanse.",
                "Konklusjon arbeidsevne: Oppfylt. Bruker har to år på yrkesfag i videregående, uten fagbrev, og har "
                "vært ute av arbeidslivet i {years} år.",
                "Brukers helse: {diag_nb}, fulgt opp av fastlege. Bruker klarer i dag ikke å stå i ordinært arbeid. "
                "Kilde: legeerklæring {date}.",
                "Vurdering arbeidsevne: Bruker kom til Norge i {year} og har begrensede norskferdigheter. Ingen "
                "utdanning godkjent i Norge og ingen arbeidserfaring herfra.",
                "Arbeids- og inntektsevne: Vesentlig nedsatt. Bruker har {diag_nb} og har de siste {years} årene bare "
                "hatt korte perioder i arbeid.",
                "Du har lite arbeidserfaring og har ikke fullført videregående skole. I tillegg har du {diag_nb}. Vi "
                "vurderer derfor arbeids- og inntektsevnen din som vesentlig nedsatt.",
                "Arbeidsevne – vurdering:\nFullført grunnskole, avbrutt vgs.\nArbeidet innen {sector_nb} i noen år, "
                "ute av arbeid siden {year}.\nHelse: {diag_nb}.",
                "Arbeidsevne – Status: vurdert. Vedkommende sluttet i jobben innen {sector_nb} i {year} etter lengre "
                "sykefravær og har ikke kommet tilbake i arbeid.",
                "Dokumentasjon: AEV {date}, legeerklæring. Arbeidsevnevurderingen konkluderer med vesentlig nedsatt "
                "arbeidsevne; hovedårsaken er {diag_nb}, i tillegg til svak skolebakgrunn.",
            ],
            "nn": [
                "Vurdering: Brukar har {diag_nb} og har ikkje vore i arbeid sidan {year}. Arbeidsevnevurderinga viser "
                "vesentleg nedsett arbeids- og inntektsevne. ☒ Oppfylt.",
                "Arbeidsevne: ☒ Oppfylt\nVedkommande har grunnskule som høgaste utdanning og berre kortare "
                "engasjement innan {sector_nn}.\nHelseplager ({diag_nn}) avgrensar kva jobbar som er aktuelle.",
                "Arbeidsevne: Ufaglært. Siste arbeidsforhold innan {sector_nn}, avslutta {year} pga. nedbemanning. "
                "Lite arbeidserfaring etter det. Status: vurdert.",
                "Arbeids- og inntektsevne: [x] Ja – AEV datert {date}: arbeidsevna er vesentleg nedsett pga. "
                "{diag_nn} og manglande formell kompetanse.",
                "Konklusjon arbeidsevne: Oppfylt. Brukar har to år på yrkesfag i vidaregåande, utan fagbrev, og har "
                "vore ute av arbeidslivet i {years} år.",
                "Helsa til brukaren: {diag_nn}, følgd opp av fastlege. Brukar klarer i dag ikkje å stå i ordinært "
                "arbeid. Kjelde: legeerklæring {date}.",
                "Vurdering arbeidsevne: Brukar kom til Noreg i {year} og har avgrensa norskkunnskapar. Inga utdanning "
                "godkjend i Noreg og inga arbeidserfaring herifrå.",
                "Arbeids- og inntektsevne: Vesentleg nedsett. Brukar har {diag_nn} og har dei siste {years} åra berre "
                "hatt korte periodar i arbeid.",
                "Du har lite arbeidserfaring og har ikkje fullført vidaregåande skule. I tillegg har du {diag_nn}. Vi "
                "vurderer difor arbeids- og inntektsevna di som vesentleg nedsett.",
                "Arbeidsevne – vurdering:\nFullført grunnskule, avbroten vgs.\nArbeidde innan {sector_nn} i nokre år, "
                "ute av arbeid sidan {year}.\nHelse: {diag_nn}.",
                "Arbeidsevne – Status: vurdert. Vedkommande slutta i jobben innan {sector_nn} i {year} etter lengre "
                "sjukefråvær og har ikkje kome tilbake i arbeid.",
                "Dokumentasjon: AEV {date}, legeerklæring. Arbeidsevnevurderinga konkluderer med vesentleg nedsett "
                "arbeidsevne; hovudårsaka er {diag_nn}, i tillegg til svak skulebakgrunn.",
            ],
        },
        "named": {
            "nb": [
                "Arbeidsevne: ☒ Oppfylt. Kilde: AEV datert {date}.",
                "Vesentlig nedsatt arbeids- og inntektsevne: [x] Ja.",
                "Vurdering: Bruker har vesentlig nedsatt arbeids- og inntektsevne, jf. arbeidsevnevurdering.",
                "Arbeidsevne – Konklusjon: Vilkåret er oppfylt. Dokumentasjon: se AEV og legeerklæring i saken.",
                "Arbeidsevnevurdering er gjennomført. Arbeidsevne – Status: vurdert.",
                "Vedkommendes arbeids- og inntektsevne er vurdert som vesentlig nedsatt.",
                "Arbeids- og inntektsevne: Vilkåret anses oppfylt, se vedlagt AEV.",
            ],
            "nn": [
                "Arbeidsevne: ☒ Oppfylt. Kjelde: AEV datert {date}.",
                "Vesentleg nedsett arbeids- og inntektsevne: [x] Ja.",
                "Vurdering: Brukar har vesentleg nedsett arbeids- og inntektsevne, jf. arbeidsevnevurdering.",
                "Arbeidsevne – Konklusjon: Vilkåret er oppfylt. Dokumentasjon: sjå AEV og legeerklæring i saka.",
                "Arbeidsevnevurdering er gjennomført. Arbeidsevne – Status: vurdert.",
                "Arbeids- og inntektsevna til vedkommande er vurdert som vesentleg nedsett.",
                "Arbeids- og inntektsevne: Vilkåret blir rekna som oppfylt, sjå vedlagd AEV.",
            ],
        },
        "quoted": {
            "nb": [
                "Vurdering arbeidsevne: Det er et vilkår at arbeids- og inntektsevnen er vesentlig nedsatt, jf. "
                "sotjl. § 29.",
                "Arbeidsevne: Etter rundskrivet skal det gjøres en arbeidsevnevurdering etter NAV-loven § 14 a før det "
                "tas stilling til om KVP er aktuelt.",
                "Arbeidsevne: Målgruppen er personer med vesentlig nedsatt arbeids- og inntektsevne, ofte med "
                "sammensatte problemer og lang tid utenfor arbeidslivet (rundskriv Hovednr. 35).",
                "Kilde: sotjl. § 29. Vesentlig nedsatt arbeidsevne kan skyldes helse, sosiale forhold eller manglende "
                "kvalifikasjoner, og må vurderes konkret.",
                "Konklusjon arbeidsevne: Lovens krav er vesentlig nedsatt arbeids- og inntektsevne. Det kreves ikke at "
                "nedsettelsen skyldes sykdom.",
                "Vurdering: Arbeids- og inntektsevnen skal være vesentlig nedsatt. Kontoret legger rundskrivets "
                "beskrivelse av målgruppen til grunn.",
            ],
            "nn": [
                "Vurdering arbeidsevne: Det er eit vilkår at arbeids- og inntektsevna er vesentleg nedsett, jf. "
                "sosialtenestelova § 29.",
                "Arbeidsevne: Etter rundskrivet skal det gjerast ei arbeidsevnevurdering etter NAV-lova § 14 a før ein "
                "tek stilling til om KVP er aktuelt.",
                "Arbeidsevne: Målgruppa er personar med vesentleg nedsett arbeids- og inntektsevne, ofte med "
                "samansette problem og lang tid utanfor arbeidslivet (rundskriv Hovednr. 35).",
                "Kjelde: sosialtenestelova § 29. Vesentleg nedsett arbeidsevne kan kome av helse, sosiale forhold "
                "eller manglande kvalifikasjonar, og må vurderast konkret.",
                "Konklusjon arbeidsevne: Lova krev vesentleg nedsett arbeids- og inntektsevne. Det er ikkje eit krav at "
                "nedsetjinga kjem av sjukdom.",
                "Vurdering: Arbeids- og inntektsevna skal vere vesentleg nedsett. Kontoret legg til grunn korleis "
                "rundskrivet skildrar målgruppa.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevne: ☐ Oppfylt ☐ Ikke oppfylt\nVurdering: [Skriv vurdering her]",
                "Vurdering arbeidsevne: AEV er ikke ferdigstilt. Vilkåret vurderes når AEV foreligger.",
                "Arbeidsevne – Status: ikke vurdert. Legeerklæring er etterspurt, men ikke mottatt.",
                "Arbeids- og inntektsevne – Konklusjon: Ikke dokumentert i saken per {date}.",
            ],
            "nn": [
                "Arbeidsevne: ☐ Oppfylt ☐ Ikkje oppfylt\nVurdering: [Skriv vurdering her]",
                "Vurdering arbeidsevne: AEV er ikkje ferdigstilt. Vilkåret blir vurdert når AEV ligg føre.",
                "Arbeidsevne – Status: ikkje vurdert. Legeerklæring er etterspurd, men ikkje motteken.",
                "Arbeids- og inntektsevne – Konklusjon: Ikkje dokumentert i saka per {date}.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Vurdering: Bruker har ingen inntekt og mottar ikke ytelser fra folketrygden. Livsopphold dekkes i "
                "dag av økonomisk sosialhjelp. ☒ Oppfylt.",
                "Ytelser: ☒ Oppfylt\nDagpengene opphørte {date} (maksperioden er brukt opp). Ingen annen inntekt.",
                "Ytelser: Bruker har kun barnetrygd og bostøtte, til sammen ca. {amount} pr. mnd. Status: vurdert.",
                "Ytelser til livsopphold: [x] Ja – søknad om AAP avslått {date}. Bruker har ingen egen inntekt.",
                "Konklusjon ytelser: Oppfylt. Vedkommende har ingen oppsparte midler og har mottatt sosialhjelp "
                "sammenhengende siden {month} {year}.",
                "Kilde: A-ordningen og kontoutskrift. Ingen registrert inntekt siste tolv mnd. Saldo på brukskonto "
                "under {amount}.",
                "Vurdering ytelser: Bruker mottok {benefit_nb} fram til {month} i fjor. Ytelsen er brukt opp, og "
                "bruker har ikke rett på andre ytelser.",
                "Ytelser til livsopphold: Svært begrensede. Bruker har kun bostøtte på ca. {amount} pr. mnd.",
                "Du har ikke inntekt og har ikke rett til dagpenger eller andre ytelser fra NAV. Du har levd av "
                "økonomisk sosialhjelp siden {year}.",
                "Ytelser – vurdering:\nIngen arbeidsinntekt.\nIngen ytelser fra folketrygden.\nØkonomisk sosialhjelp "
                "ca. {amount} pr. mnd.",
                "Ytelser – Status: vurdert. Vedkommende eier ikke bolig eller bil av verdi og har ingen sparepenger. "
                "Inntekt: ingen.",
                "Dokumentasjon: skattemelding {year}, kontoutskrifter. Skattemeldingen viser ingen inntekt, og "
                "kontoutskriftene viser ingen oppsparte midler.",
            ],
            "nn": [
                "Vurdering: Brukar har inga inntekt og får ikkje ytingar frå folketrygda. Livsopphaldet blir i dag "
                "dekt av økonomisk sosialhjelp. ☒ Oppfylt.",
                "Ytingar: ☒ Oppfylt\nDagpengane fall bort {date} (maksperioden er brukt opp). Inga anna inntekt.",
                "Ytingar: Brukar har berre barnetrygd og bustøtte, til saman ca. {amount} pr. mnd. Status: vurdert.",
                "Ytingar til livsopphald: [x] Ja – søknad om AAP avslått {date}. Brukar har inga eiga inntekt.",
                "Konklusjon ytingar: Oppfylt. Vedkommande har ingen oppsparte midlar og har fått sosialhjelp "
                "samanhengande sidan {month} {year}.",
                "Kjelde: A-ordninga og kontoutskrift. Inga registrert inntekt siste tolv mnd. Saldo på brukskonto "
                "under {amount}.",
                "Vurdering ytingar: Brukar fekk {benefit_nn} fram til {month} i fjor. Ytinga er brukt opp, og brukar "
                "har ikkje rett på andre ytingar.",
                "Ytingar til livsopphald: Svært avgrensa. Brukar har berre bustøtte på ca. {amount} pr. mnd.",
                "Du har inga inntekt og har ikkje rett til dagpengar eller andre ytingar frå NAV. Du har levd av "
                "økonomisk sosialhjelp sidan {year}.",
                "Ytingar – vurdering:\nInga arbeidsinntekt.\nIngen ytingar frå folketrygda.\nØkonomisk sosialhjelp "
                "ca. {amount} pr. mnd.",
                "Ytingar – Status: vurdert. Vedkommande eig ikkje bustad eller bil av verdi og har ingen sparepengar. "
                "Inntekt: inga.",
                "Dokumentasjon: skattemelding {year}, kontoutskrifter. Skattemeldinga viser inga inntekt, og "
                "kontoutskriftene viser ingen oppsparte midlar.",
            ],
        },
        "named": {
            "nb": [
                "Ytelser: ☒ Oppfylt.",
                "Ingen eller svært begrensede ytelser til livsopphold: [x] Ja.",
                "Vurdering ytelser: Bruker har ingen eller svært begrensede ytelser, jf. dokumentasjon i saken.",
                "Ytelser – Konklusjon: Vilkåret er oppfylt. Dokumentasjon: kontoutskrifter og skattemelding er mottatt.",
                "Økonomi er kartlagt. Ytelser – Status: vurdert.",
                "Kilde: A-ordningen. Vilkåret om ytelser til livsopphold anses oppfylt.",
                "Vedkommende fyller vilkåret om ingen eller svært begrensede ytelser til livsopphold.",
            ],
            "nn": [
                "Ytingar: ☒ Oppfylt.",
                "Ingen eller svært avgrensa ytingar til livsopphald: [x] Ja.",
                "Vurdering ytingar: Brukar har ingen eller svært avgrensa ytingar, jf. dokumentasjon i saka.",
                "Ytingar – Konklusjon: Vilkåret er oppfylt. Dokumentasjon: kontoutskrifter og skattemelding er "
                "motteke.",
                "Økonomien er kartlagd. Ytingar – Status: vurdert.",
                "Kjelde: A-ordninga. Vilkåret om ytingar til livsopphald blir rekna som oppfylt.",
                "Vedkommande fyller vilkåret om ingen eller svært avgrensa ytingar til livsopphald.",
            ],
        },
        "quoted": {
            "nb": [
                "Vurdering ytelser: Søker kan ikke ha rett til andre ytelser som sikrer livsopphold, jf. sotjl. § 29.",
                "Ytelser: Etter § 29 gjelder retten personer med ingen eller svært begrensede ytelser til livsopphold "
                "etter folketrygdloven eller arbeidsmarkedsloven.",
                "Ytelser: Rundskrivet presiserer at KVP ikke skal erstatte statlige ytelser som AAP eller dagpenger.",
                "Kilde: sotjl. § 29 første ledd. Ytelser fra folketrygden går foran kvalifiseringsstønad.",
                "Konklusjon ytelser: Lovens vilkår er ingen eller svært begrensede ytelser. Økonomisk sosialhjelp "
                "regnes ikke som ytelse i denne sammenhengen.",
                "Vurdering ytelser: Det skal undersøkes om søker har krav på andre ytelser før KVP innvilges "
                "(kontorets praksis).",
            ],
            "nn": [
                "Vurdering ytingar: Søkjaren kan ikkje ha rett til andre ytingar som sikrar livsopphald, jf. "
                "sosialtenestelova § 29.",
                "Ytingar: Etter § 29 gjeld retten personar med ingen eller svært avgrensa ytingar til livsopphald "
                "etter folketrygdlova eller arbeidsmarknadslova.",
                "Ytingar: Rundskrivet presiserer at KVP ikkje skal erstatte statlege ytingar som AAP eller dagpengar.",
                "Kjelde: sosialtenestelova § 29 første ledd. Ytingar frå folketrygda går framfor "
                "kvalifiseringsstønad.",
                "Konklusjon ytingar: Vilkåret i lova er ingen eller svært avgrensa ytingar. Økonomisk sosialhjelp "
                "blir ikkje rekna som yting her.",
                "Vurdering ytingar: Det skal undersøkjast om søkjaren har krav på andre ytingar før KVP blir innvilga "
                "(praksis ved kontoret).",
            ],
        },
        "negated": {
            "nb": [
                "Ytelser: ☐ Oppfylt ☐ Ikke oppfylt\nDokumentasjon: [legg inn]",
                "Vurdering ytelser: Ikke kartlagt. Innhentes før oppstart.",
                "Ytelser – Status: ikke vurdert. Kontoutskrifter mangler.",
                "Ytelser til livsopphold – Konklusjon: Ikke dokumentert. Vurderes ved første evaluering.",
            ],
            "nn": [
                "Ytingar: ☐ Oppfylt ☐ Ikkje oppfylt\nDokumentasjon: [legg inn]",
                "Vurdering ytingar: Ikkje kartlagt. Blir henta inn før oppstart.",
                "Ytingar – Status: ikkje vurdert. Kontoutskrifter manglar.",
                "Ytingar til livsopphald – Konklusjon: Ikkje dokumentert. Blir vurdert ved første evaluering.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Vurdering: Bruker har tidligere deltatt i {prev_nb} uten å komme i arbeid. Ordinære tiltak har ikke vært "
                "tilstrekkelig, og tett oppfølging gjennom KVP vurderes nødvendig. ☒ Oppfylt.",
                "Innsatsbehov: ☒ Spesielt tilpasset innsats (oppfølgingsvedtak {date}).\nAndre tiltak er prøvd "
                "tidligere uten varig effekt.",
                "Nødvendighet: Deltok i {prev_nb} i {year}, avbrutt etter {months} måneder. Trenger et mer helhetlig "
                "og forpliktende opplegg. Status: vurdert.",
                "Nødvendig og hensiktsmessig: [x] Ja – KVP er valgt fordi bruker trenger et helhetlig program med "
                "daglig struktur, noe enkeltstående tiltak ikke gir.",
                "Konklusjon nødvendighet: Oppfylt. Vedkommende har hatt oppfølging fra NAV i flere år uten å komme i "
                "arbeid og trenger nå et program på full tid med tett oppfølging.",
                "Brukers innsatsbehov er vurdert til spesielt tilpasset innsats. Bruker har gjennomført {prev_nb} uten "
                "at det har ført til arbeid.",
                "Behov for KVP – vurdering: Tiltak prøvd: {prev_nb} ({year}). Effekt: begrenset. KVP gir mulighet for "
                "tettere oppfølging og kombinasjon av tiltak.",
                "Nødvendig og hensiktsmessig: Ja. Vedkommende har behov for et mer omfattende opplegg enn "
                "enkelttiltak; {prev_nb} ga tidligere ikke ønsket resultat.",
                "Du har tidligere deltatt i {prev_nb} hos oss uten at det har hjulpet deg nærmere arbeid. Vi mener derfor "
                "at du trenger den tette oppfølgingen KVP gir.",
                "Behov for KVP – vurdering:\nSpesielt tilpasset innsats.\nTidligere tiltak: {prev_nb}, avbrutt.\n"
                "KVP vurderes som mest hensiktsmessig.",
                "Nødvendighet – Status: vurdert. Bruker har ikke hatt nytte av ordinære arbeidsmarkedstiltak alene og "
                "trenger et helhetlig og koordinert løp over tid.",
                "Dokumentasjon: oppfølgingsvedtak {date}. Innsatsgruppe: spesielt tilpasset innsats. Andre tiltak "
                "er vurdert som mindre egnet enn KVP.",
            ],
            "nn": [
                "Vurdering: Brukar har tidlegare vore med i {prev_nn} utan å kome i arbeid. Ordinære tiltak har ikkje vore "
                "nok, og tett oppfølging gjennom KVP blir vurdert som naudsynt. ☒ Oppfylt.",
                "Innsatsbehov: ☒ Spesielt tilpassa innsats (oppfølgingsvedtak {date}).\nAndre tiltak er prøvde "
                "tidlegare utan varig effekt.",
                "Naudsyn: Deltok i {prev_nn} i {year}, avbrote etter {months} månader. Treng eit meir heilskapleg og "
                "forpliktande opplegg. Status: vurdert.",
                "Naudsynt og føremålstenleg: [x] Ja – KVP er valt fordi brukar treng eit heilskapleg program med "
                "dagleg struktur, noko enkeltståande tiltak ikkje gir.",
                "Konklusjon naudsyn: Oppfylt. Vedkommande har hatt oppfølging frå NAV i fleire år utan å kome i "
                "arbeid og treng no eit program på full tid med tett oppfølging.",
                "Innsatsbehovet til brukaren er vurdert til spesielt tilpassa innsats. Brukar har gjennomført "
                "{prev_nn} utan at det har ført til arbeid.",
                "Behov for KVP – vurdering: Tiltak prøvd: {prev_nn} ({year}). Effekt: avgrensa. KVP gir høve til "
                "tettare oppfølging og kombinasjon av tiltak.",
                "Naudsynt og føremålstenleg: Ja. Vedkommande har behov for eit meir omfattande opplegg enn "
                "enkelttiltak; {prev_nn} gav tidlegare ikkje ønskt resultat.",
                "Du har tidlegare vore med i {prev_nn} hos oss utan at det har hjelpt deg nærare arbeid. Vi meiner difor at "
                "du treng den tette oppfølginga KVP gir.",
                "Behov for KVP – vurdering:\nSpesielt tilpassa innsats.\nTidlegare tiltak: {prev_nn}, avbrote.\n"
                "KVP blir vurdert som mest føremålstenleg.",
                "Naudsyn – Status: vurdert. Brukar har ikkje hatt nytte av ordinære arbeidsmarknadstiltak åleine og "
                "treng eit heilskapleg og samordna løp over tid.",
                "Dokumentasjon: oppfølgingsvedtak {date}. Innsatsgruppe: spesielt tilpassa innsats. Andre tiltak er "
                "vurderte som mindre eigna enn KVP.",
            ],
        },
        "named": {
            "nb": [
                "Nødvendighet: ☒ Oppfylt.",
                "Nødvendig og hensiktsmessig: [x] Ja.",
                "Vurdering: KVP vurderes som nødvendig og hensiktsmessig for bruker. Status: vurdert.",
                "Nødvendighet – Konklusjon: Vilkåret er oppfylt. Kilde: oppfølgingsvedtak i Arena.",
                "Behov for KVP er vurdert, se journalnotat {date}.",
                "Vedkommende vurderes å ha behov for kvalifiseringsprogram.",
                "Nødvendig og hensiktsmessig: Vilkåret anses oppfylt etter samtale med bruker {date}.",
            ],
            "nn": [
                "Naudsyn: ☒ Oppfylt.",
                "Naudsynt og føremålstenleg: [x] Ja.",
                "Vurdering: KVP blir vurdert som naudsynt og føremålstenleg for brukar. Status: vurdert.",
                "Naudsyn – Konklusjon: Vilkåret er oppfylt. Kjelde: oppfølgingsvedtak i Arena.",
                "Behov for KVP er vurdert, sjå journalnotat {date}.",
                "Vedkommande blir vurdert å ha behov for kvalifiseringsprogram.",
                "Naudsynt og føremålstenleg: Vilkåret blir rekna som oppfylt etter samtale med brukar {date}.",
            ],
        },
        "quoted": {
            "nb": [
                "Vurdering nødvendighet: Programmet må være nødvendig og hensiktsmessig for å styrke søkers muligheter "
                "for arbeid, jf. sotjl. § 29.",
                "Nødvendighet: Etter loven skal det vurderes om deltakelse i programmet kan styrke mulighetene for "
                "overgang til arbeid.",
                "Kilde: Rundskriv Hovednr. 35. KVP er aktuelt når andre tiltak ikke er tilstrekkelige eller ikke "
                "vurderes som hensiktsmessige.",
                "Nødvendighet: Målgruppen er personer med behov for spesielt tilpasset innsats, jf. praksis.",
                "Konklusjon nødvendighet: Lovens vilkår er at programmet er nødvendig og hensiktsmessig. Dette "
                "vurderes konkret i hver sak.",
                "Vurdering: Det følger av rundskrivet at KVP skal være et tilbud til dem som trenger tettere og mer "
                "helhetlig bistand enn ordinære tiltak gir.",
            ],
            "nn": [
                "Vurdering naudsyn: Programmet må vere naudsynt og føremålstenleg for å styrkje moglegheitene søkjaren "
                "har for arbeid, jf. sosialtenestelova § 29.",
                "Naudsyn: Etter lova skal det vurderast om deltaking i programmet kan styrkje moglegheitene for "
                "overgang til arbeid.",
                "Kjelde: Rundskriv Hovednr. 35. KVP er aktuelt når andre tiltak ikkje er tilstrekkelege eller ikkje "
                "blir vurderte som føremålstenlege.",
                "Naudsyn: Målgruppa er personar med behov for spesielt tilpassa innsats, jf. praksis.",
                "Konklusjon naudsyn: Vilkåret i lova er at programmet er naudsynt og føremålstenleg. Dette blir "
                "vurdert konkret i kvar sak.",
                "Vurdering: Det følgjer av rundskrivet at KVP skal vere eit tilbod til dei som treng tettare og meir "
                "heilskapleg hjelp enn ordinære tiltak gir.",
            ],
        },
        "negated": {
            "nb": [
                "Nødvendighet: ☐ Oppfylt ☐ Ikke oppfylt\nBegrunnelse: [fritekst]",
                "Vurdering nødvendighet: Innsatsbehov er ikke fastsatt ennå. Vurderes etter AEV.",
                "Nødvendig og hensiktsmessig – Status: ikke vurdert.",
                "Nødvendighet – Konklusjon: Ikke dokumentert i saken. Ettersendes.",
            ],
            "nn": [
                "Naudsyn: ☐ Oppfylt ☐ Ikkje oppfylt\nGrunngjeving: [fritekst]",
                "Vurdering naudsyn: Innsatsbehov er ikkje fastsett enno. Blir vurdert etter AEV.",
                "Naudsynt og føremålstenleg – Status: ikkje vurdert.",
                "Naudsyn – Konklusjon: Ikkje dokumentert i saka. Blir ettersendt.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Vurdering: Programmet består av arbeidstrening i {workplace_nb} tre dager i uken og {course_nb} to "
                "dager i uken, til sammen {hours} timer. ☒ Oppfylt.",
                "Program: ☒ Tilpasset program kan tilbys\nArbeidstrening i {workplace_nb}.\nKurs: {course_nb}.\n"
                "Samtale med veileder hver uke.",
                "Programinnhold: {course_nb}, deretter praksis i {workplace_nb}. {hours} t/uke. Status: vurdert.",
                "Tilpasset program: [x] Ja – plan datert {date}: kurs i jobbsøking de første to månedene, "
                "deretter arbeidspraksis.",
                "Konklusjon program: Oppfylt. Vedkommende starter med {course_nb} og går over i arbeidstrening i "
                "{workplace_nb} når kurset er fullført.",
                "Brukers program: praksisplass i {workplace_nb} ({hours} timer i uken), oppfølging av veileder hver "
                "fjortende dag og {course_nb}.",
                "Aktiviteter i programmet: arbeidstrening, {course_nb} og fysisk aktivitet i gruppe én dag i uken. "
                "Omfang {hours} t/uke.",
                "Tilpasset program: Ja. Programmet starter med en kartleggingsperiode på fire uker, deretter "
                "arbeidstrening i {workplace_nb}.",
                "Du skal være i arbeidstrening i {workplace_nb}, og du skal ta {course_nb}. Programmet er på {hours} "
                "timer i uken.",
                "Programinnhold:\nUke 1–4: kartlegging og {course_nb}.\nFra uke 5: arbeidstrening i {workplace_nb}.\n"
                "Samlet omfang {hours} timer per uke.",
                "Program – Status: vurdert. Plan utarbeidet sammen med bruker {date}: arbeidspraksis i {workplace_nb} "
                "og {course_nb}, med mål om ordinært arbeid.",
                "Dokumentasjon: kvalifiseringsplan {date}. Planen har arbeidspraksis i {workplace_nb}, {course_nb} og "
                "jobbsøking, til sammen {hours} timer i uken.",
            ],
            "nn": [
                "Vurdering: Programmet består av arbeidstrening i {workplace_nn} tre dagar i veka og {course_nn} to "
                "dagar i veka, til saman {hours} timar. ☒ Oppfylt.",
                "Program: ☒ Tilpassa program kan tilbydast\nArbeidstrening i {workplace_nn}.\nKurs: {course_nn}.\n"
                "Samtale med rettleiar kvar veke.",
                "Programinnhald: {course_nn}, deretter praksis i {workplace_nn}. {hours} t/veke. Status: vurdert.",
                "Tilpassa program: [x] Ja – plan datert {date}: kurs i jobbsøking dei to første månadene, "
                "deretter arbeidspraksis.",
                "Konklusjon program: Oppfylt. Vedkommande startar med {course_nn} og går over i arbeidstrening i "
                "{workplace_nn} når kurset er fullført.",
                "Programmet til brukaren: praksisplass i {workplace_nn} ({hours} timar i veka), oppfølging av "
                "rettleiar kvar fjortande dag og {course_nn}.",
                "Aktivitetar i programmet: arbeidstrening, {course_nn} og fysisk aktivitet i gruppe ein dag i veka. "
                "Omfang {hours} t/veke.",
                "Tilpassa program: Ja. Programmet startar med ein kartleggingsperiode på fire veker, deretter "
                "arbeidstrening i {workplace_nn}.",
                "Du skal vere i arbeidstrening i {workplace_nn}, og du skal ta {course_nn}. Programmet er på {hours} "
                "timar i veka.",
                "Programinnhald:\nVeke 1–4: kartlegging og {course_nn}.\nFrå veke 5: arbeidstrening i {workplace_nn}."
                "\nSamla omfang {hours} timar per veke.",
                "Program – Status: vurdert. Plan utarbeidd saman med brukar {date}: arbeidspraksis i {workplace_nn} "
                "og {course_nn}, med mål om ordinært arbeid.",
                "Dokumentasjon: kvalifiseringsplan {date}. Planen har arbeidspraksis i {workplace_nn}, {course_nn} og "
                "jobbsøking, til saman {hours} timar i veka.",
            ],
        },
        "named": {
            "nb": [
                "Program: ☒ Oppfylt.",
                "Tilpasset program kan tilbys: [x] Ja.",
                "Vurdering program: NAV kan tilby et tilpasset program. Status: vurdert.",
                "Program – Konklusjon: Vilkåret er oppfylt. Dokumentasjon: se kvalifiseringsplan.",
                "Programmet er utarbeidet i samarbeid med bruker.",
                "Kilde: plan i Arena datert {date}. Tilpasset program kan tilbys.",
                "Vedkommende kan tilbys et program som er tilpasset behovet.",
            ],
            "nn": [
                "Program: ☒ Oppfylt.",
                "Tilpassa program kan tilbydast: [x] Ja.",
                "Vurdering program: NAV kan tilby eit tilpassa program. Status: vurdert.",
                "Program – Konklusjon: Vilkåret er oppfylt. Dokumentasjon: sjå kvalifiseringsplan.",
                "Programmet er utarbeidd i samarbeid med brukar.",
                "Kjelde: plan i Arena datert {date}. Tilpassa program kan tilbydast.",
                "Vedkommande kan få tilbod om eit program som er tilpassa behovet.",
            ],
        },
        "quoted": {
            "nb": [
                "Vurdering program: Kommunen må kunne tilby et tilpasset program, jf. sotjl. § 29.",
                "Program: Etter sotjl. § 30 skal programmet være arbeidsrettet og kan inneholde arbeidstrening, "
                "opplæring og andre tiltak som forbereder til arbeid.",
                "Kilde: Rundskrivet. Programmet skal tilpasses den enkeltes behov og forutsetninger.",
                "Program: Etter loven er programmet helårig og på full tid, normalt 37,5 timer i uken.",
                "Konklusjon program: Vilkåret er at det kan tilbys et program som er tilpasset søkers behov og "
                "forutsetninger.",
                "Vurdering program: Etter lovendringen i 2019 kan en søknad bare i unntakstilfeller avslås fordi NAV "
                "ikke kan tilby et tilpasset program.",
            ],
            "nn": [
                "Vurdering program: Kommunen må kunne tilby eit tilpassa program, jf. sosialtenestelova § 29.",
                "Program: Etter sosialtenestelova § 30 skal programmet vere arbeidsretta og kan innehalde "
                "arbeidstrening, opplæring og andre tiltak som førebur til arbeid.",
                "Kjelde: Rundskrivet. Programmet skal tilpassast behova og føresetnadene til den enkelte.",
                "Program: Etter lova er programmet heilårleg og på full tid, normalt 37,5 timar i veka.",
                "Konklusjon program: Vilkåret er at det kan tilbydast eit program som er tilpassa behova og "
                "føresetnadene til søkjaren.",
                "Vurdering program: Etter lovendringa i 2019 kan ein søknad berre i unntakstilfelle avslåast fordi NAV "
                "ikkje kan tilby eit tilpassa program.",
            ],
        },
        "negated": {
            "nb": [
                "Program: ☐ Oppfylt ☐ Ikke oppfylt\nPlan: [ikke utfylt]",
                "Vurdering program: Plan er ikke utarbeidet ennå. Innhold avtales på oppstartsmøtet.",
                "Program – Status: under arbeid. Tilpasset program vurderes senere.",
                "Programinnhold – Konklusjon: Ikke fastsatt. Kvalifiseringsplan ettersendes.",
            ],
            "nn": [
                "Program: ☐ Oppfylt ☐ Ikkje oppfylt\nPlan: [ikkje utfylt]",
                "Vurdering program: Plan er ikkje utarbeidd enno. Innhaldet blir avtalt på oppstartsmøtet.",
                "Program – Status: under arbeid. Tilpassa program blir vurdert seinare.",
                "Programinnhald – Konklusjon: Ikkje fastsett. Kvalifiseringsplan blir ettersend.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "1. Alder (sotjl. § 29)", "Vilkår: Yrkesaktiv alder"],
            "nn": ["Alder", "1. Alder (sosialtenestelova § 29)", "Vilkår: Yrkesaktiv alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "2. Vesentlig nedsatt arbeids- og inntektsevne",
                            "Vilkår: Arbeidsevne"],
                     "nn": ["Arbeids- og inntektsevne", "2. Vesentleg nedsett arbeids- og inntektsevne",
                            "Vilkår: Arbeidsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "3. Ingen eller svært begrensede ytelser",
                        "Vilkår: Inntekt og ytelser"],
                 "nn": ["Ytingar til livsopphald", "3. Ingen eller svært avgrensa ytingar",
                        "Vilkår: Inntekt og ytingar"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "4. Innsatsbehov / behov for KVP", "Vilkår: Behov for program"],
                  "nn": ["Naudsynt og føremålstenleg", "4. Innsatsbehov / behov for KVP", "Vilkår: Behov for program"]},
    "program": {"nb": ["Tilpasset program", "5. Programinnhold", "Vilkår: Tilpasset program kan tilbys"],
                "nn": ["Tilpassa program", "5. Programinnhald", "Vilkår: Tilpassa program kan tilbydast"]},
}

FRAME = {
    "nb": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak om kvalifiseringsprogram – sotjl. § 29",
                  "Melding om vedtak: Kvalifiseringsprogram"],
        "intro": ["Søknad mottatt: {date}. Vi har behandlet søknaden din om kvalifiseringsprogram.",
                  "Vi viser til søknad om KVP datert {date} og samtale med veileder ved NAV {office}."],
        "decision": ["Vedtak: ☒ Innvilget ☐ Avslått. Periode: {date} – {date2}.",
                     "NAV {office} innvilger kvalifiseringsprogram fra {date} til {date2}, jf. sotjl. § 29.",
                     "Resultat: Innvilget. Hjemmel: sosialtjenesteloven §§ 29 og 30. Periode: {date} – {date2}."],
        "general": ["Vilkårene i sotjl. § 29 er vurdert nedenfor.",
                    "Alle vilkår må være oppfylt for å få KVP. Vurderingen per vilkår står under.",
                    "Vilkår for KVP: yrkesaktiv alder, vesentlig nedsatt arbeids- og inntektsevne, ingen eller svært "
                    "begrensede ytelser til livsopphold, programmet må være nødvendig og hensiktsmessig, og NAV må "
                    "kunne tilby et tilpasset program."],
        "reasons_heading": ["Vurdering av vilkår", "Begrunnelse (sotjl. § 29)", "VILKÅRSVURDERING"],
        "money_heading": ["Kvalifiseringsstønad", "Ytelse"],
        "money": ["Kvalifiseringsstønad: kr {kvp_amount} pr. år. Utbetales månedlig før den 20. Stønaden er "
                  "skattepliktig.",
                  "Stønad: kr {kvp_amount} pr. år, jf. sotjl. § 35. Utbetaling hver 14. dag etter innlevert "
                  "timeliste."],
        "start": ["Oppstart: {date}.", "Programstart: {date}. Varighet: inntil ett år."],
        "evaluation": ["Evaluering: hver 3. mnd., første gang ca. tre måneder etter oppstart.",
                       "Programmet evalueres jevnlig sammen med veileder."],
        "appeal_heading": ["Klageadgang", "Du kan klage"],
        "appeal": ["Klagefrist: 3 uker fra du mottok vedtaket, jf. fvl. § 29. Klagen sendes NAV {office}. "
                   "Statsforvalteren er klageinstans.",
                   "Du kan klage innen tre uker. Send klagen til NAV {office}. Får du ikke medhold, sendes klagen til "
                   "Statsforvalteren. Du har rett til å se dokumentene i saken, jf. fvl. § 18."],
        "closing": ["Med hilsen", "Vennlig hilsen", "Med vennlig hilsen"],
    },
    "nn": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak om kvalifiseringsprogram – sosialtenestelova § 29",
                  "Melding om vedtak: Kvalifiseringsprogram"],
        "intro": ["Søknad motteken: {date}. Vi har handsama søknaden din om kvalifiseringsprogram.",
                  "Vi viser til søknad om KVP datert {date} og samtale med rettleiar ved NAV {office}."],
        "decision": ["Vedtak: ☒ Innvilga ☐ Avslått. Periode: {date} – {date2}.",
                     "NAV {office} innvilgar kvalifiseringsprogram frå {date} til {date2}, jf. sosialtenestelova § 29.",
                     "Resultat: Innvilga. Heimel: sosialtenestelova §§ 29 og 30. Periode: {date} – {date2}."],
        "general": ["Vilkåra i sosialtenestelova § 29 er vurderte nedanfor.",
                    "Alle vilkåra må vere oppfylte for å få KVP. Vurderinga per vilkår står under.",
                    "Vilkår for KVP: yrkesaktiv alder, vesentleg nedsett arbeids- og inntektsevne, ingen eller svært "
                    "avgrensa ytingar til livsopphald, programmet må vere naudsynt og føremålstenleg, og NAV må "
                    "kunne tilby eit tilpassa program."],
        "reasons_heading": ["Vurdering av vilkår", "Grunngjeving (sosialtenestelova § 29)", "VILKÅRSVURDERING"],
        "money_heading": ["Kvalifiseringsstønad", "Yting"],
        "money": ["Kvalifiseringsstønad: kr {kvp_amount} pr. år. Blir utbetalt månadleg før den 20. Stønaden er "
                  "skattepliktig.",
                  "Stønad: kr {kvp_amount} pr. år, jf. sosialtenestelova § 35. Utbetaling kvar 14. dag etter innlevert "
                  "timeliste."],
        "start": ["Oppstart: {date}.", "Programstart: {date}. Varigheit: inntil eitt år."],
        "evaluation": ["Evaluering: kvar 3. mnd., første gong ca. tre månader etter oppstart.",
                       "Programmet blir evaluert jamleg saman med rettleiar."],
        "appeal_heading": ["Klagerett", "Du kan klage"],
        "appeal": ["Klagefrist: 3 veker frå du fekk vedtaket, jf. fvl. § 29. Klaga blir send til NAV {office}. "
                   "Statsforvaltaren er klageinstans.",
                   "Du kan klage innan tre veker. Send klaga til NAV {office}. Får du ikkje medhald, blir klaga send "
                   "til Statsforvaltaren. Du har rett til å sjå dokumenta i saka, jf. fvl. § 18."],
        "closing": ["Med helsing", "Venleg helsing", "Med venleg helsing"],
    },
}
