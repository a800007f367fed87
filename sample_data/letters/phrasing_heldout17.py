"""Held-out phrasing bank ``heldout17`` (issue 19, round 14): data only.

Written by the bank17 lane, independently: its author did not read the decision rule
(audit/grounds/), its docs, benchmark or tests, any other phrasing bank, the committed sample
letters, nor the git history of any of these, and ran neither the benchmark nor ``nav-audit grounds``.
What it rests on: the generator (sample_data/letters/__init__.py), the spec of the kvp.grounds.* checks,
the background articles and legal review, and the author's knowledge of real KVP decisions, the
rundskriv to sosialtjenesteloven (Hovednr. 35) and forvaltningsloven §§ 24–25.

Register: a lawyer-drafted letter template in a large municipality in Eastern Norway (Innlandet / the
former Viken: Hamar, Gjøvik, Lillehammer, Ringsaker, Drammen, Lillestrøm, Asker). The municipality's
lawyer built the template on the legal method — «Saken gjelder», «Rettsgrunnlag», «Faktum»,
«Vurdering», «Konklusjon», «Klageadgang» — in a formal register: «søker», «vedkommende», «det legges til
grunn», «etter en konkret og individuell vurdering», references to the rundskriv, to NAV-loven § 14 a
and to forvaltningsloven. The caseworkers filling it in are of uneven skill: some write the facts
crisply («Søker er født i 1989.», «Alder: 34 år»), some write «Faktum:/Vurdering:» pairs, some use
plain du-language from an older klarspråk course, and some write long, correct-sounding assessments
that never say anything about this person. Mostly bokmål (the default 3 to 1), nynorsk where the
caseworker writes it. The office is one of the region's towns (the ``office`` filler replaces the
generator's default office names, so that the letter is signed by an office of this municipality).

Kinds and labels: ``grounds`` → ja (a fact about this person: a birth year, an age, a date, an amount,
a history, a named activity, or an assessment with what it rests on); ``named`` (the criterion is
named or concluded, or a reason that fits any applicant, or «opplysningene i saken» without saying
which), ``quoted`` (the law, the preparatory works or the rundskriv quoted or paraphrased, in legal or
plain words), ``negated`` (not assessed, not documented, left for later) and ``absent`` → nei.
A template of one criterion never gives a fact that grounds another criterion (no age in the
work-ability text, no diagnosis in the necessity text, no benefits in the programme text), so the
labels, which come from each criterion's own kind, stay true whatever the other criteria draw.
"""

BANK = "heldout17"

FILLERS = {
    # the offices of the region (overrides the generator's default office names)
    "office": ["Hamar", "Gjøvik", "Lillehammer", "Ringsaker", "Drammen", "Lillestrøm", "Asker"],
    "pron": ["han", "hun"],
    "pron_nn": ["han", "ho"],
    "diagnose": ["angst og depresjon", "kroniske ryggsmerter", "ADHD", "posttraumatisk stresslidelse",
                 "fibromyalgi", "en alvorlig spiseforstyrrelse", "epilepsi", "bipolar lidelse"],
    "diagnose_nn": ["angst og depresjon", "kroniske ryggsmerter", "ADHD", "posttraumatisk stressliding",
                    "fibromyalgi", "epilepsi", "bipolar liding"],
    "behandler": ["fastlegen", "behandlende lege", "spesialisthelsetjenesten", "Sykehuset Innlandet",
                  "Vestre Viken HF", "legespesialist"],
    "behandler_nn": ["fastlegen", "behandlande lege", "spesialisthelsetenesta", "Sykehuset Innlandet"],
    "yrke": ["lagermedarbeider", "renholder", "butikkmedarbeider", "sjåfør", "kokk", "pleieassistent",
             "anleggsarbeider", "servitør"],
    "yrke_nn": ["lagermedarbeidar", "reinhaldar", "butikkmedarbeidar", "sjåfør", "kokk", "pleieassistent",
                "anleggsarbeidar"],
    "skole": ["ikke fullført videregående skole", "kun grunnskole", "grunnskole fra hjemlandet",
              "avbrutt yrkesfaglig utdanning", "ingen formell utdanning"],
    "skole_nn": ["ikkje fullført vidaregåande skule", "berre grunnskule", "grunnskule frå heimlandet",
                 "avbrote yrkesfagleg utdanning", "inga formell utdanning"],
    "land": ["Somalia", "Eritrea", "Syria", "Afghanistan", "Polen", "Irak", "Ukraina"],
    "ytelse": ["arbeidsavklaringspenger", "dagpenger", "sykepenger"],
    "ytelse_nn": ["arbeidsavklaringspengar", "dagpengar", "sjukepengar"],
    "tiltak": ["arbeidstrening", "avklaring i ekstern regi", "jobbsøkerkurs", "oppfølging fra jobbspesialist",
               "arbeidsforberedende trening (AFT)", "et arbeidsmarkedskurs"],
    "tiltak_nn": ["arbeidstrening", "avklaring i ekstern regi", "jobbsøkjarkurs", "oppfølging frå jobbspesialist",
                  "arbeidsførebuande trening (AFT)", "eit arbeidsmarknadskurs"],
    "maal": ["helsefagarbeider", "barne- og ungdomsarbeider", "lagermedarbeider", "sjåfør", "renholder",
             "kokk", "butikkmedarbeider", "tømrer"],
    "maal_nn": ["helsefagarbeidar", "barne- og ungdomsarbeidar", "lagermedarbeidar", "sjåfør", "reinhaldar",
                "kokk", "tømrar"],
    "kurs": ["norskopplæring på B1-nivå", "AMO-kurs i lager og logistikk", "truckførerkurs",
             "grunnskoleopplæring for voksne", "kurs i arbeidsrettet norsk", "forberedende kurs til fagbrev",
             "kurs i renholdsoperatørfaget", "datakurs for nybegynnere"],
    "kurs_nn": ["norskopplæring på B1-nivå", "AMO-kurs i lager og logistikk", "truckførarkurs",
                "grunnskuleopplæring for vaksne", "kurs i arbeidsretta norsk", "førebuande kurs til fagbrev",
                "datakurs for nybyrjarar"],
    "praksis": ["en dagligvarebutikk i sentrum", "Fretex", "kommunens driftsavdeling", "et vaskeri",
                "en kommunal barnehage", "et bilverksted", "en lokal arbeidsmarkedsbedrift", "et sykehjem i kommunen",
                "et lager for byggevarer"],
    "praksis_nn": ["ein daglegvarebutikk i sentrum", "Fretex", "driftsavdelinga i kommunen", "eit vaskeri",
                   "ein kommunal barnehage", "ein bilverkstad", "ei lokal arbeidsmarknadsbedrift",
                   "ein sjukeheim i kommunen"],
    "aktivitet": ["fysisk trening i regi av frisklivssentralen", "økonomisk rådgivning", "aktiv jobbsøking",
                  "egentrening to ganger i uken", "gruppe for jobbsøking ved NAV-kontoret"],
    "aktivitet_nn": ["fysisk trening i regi av frisklivssentralen", "økonomisk rådgjeving", "aktiv jobbsøking",
                     "eigentrening to gonger i veka"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Søker er født i {birth_year}.",
                "Søker er {age} år og er dermed i yrkesaktiv alder, jf. sosialtjenesteloven § 29.",
                "Faktum: Søker er født i {birth_year} og er i dag {age} år.\nVurdering: Søker har fylt 18 år og har "
                "ikke nådd alderen for uttak av alderspensjon. Vilkåret om yrkesaktiv alder er oppfylt.",
                "Det legges til grunn at vedkommende, som er {age} år, er i yrkesaktiv alder.",
                "Alder: {age} år (f. {birth_year}). Vilkåret er oppfylt.",
                "Du er {age} år gammel. Du er dermed innenfor aldersgruppen 18 til 67 år som programmet er ment for.",
                "Søker er {age} år og har ikke tatt ut alderspensjon eller AFP. Vilkåret om alder er oppfylt.",
                "Ifølge folkeregisteret er søker født i {birth_year}. Søker er følgelig i yrkesaktiv alder.",
                "Søker ({age} år) fyller vilkåret om yrkesaktiv alder.",
                "Søker, f. {birth_year}, er i yrkesaktiv alder.",
                "Vilkåret om yrkesaktiv alder er oppfylt. Vi har lagt vekt på at du er {age} år.",
                "Det følger av sosialtjenesteloven § 29 første ledd at retten til kvalifiseringsprogram gjelder "
                "personer i yrkesaktiv alder. Den nedre grensen er 18 år. Søker er født i {birth_year} og er dermed "
                "{age} år på vedtakstidspunktet. Vilkåret er oppfylt.",
                "Søker er {age} år gammel og er i yrkesaktivt alder.",
                "Konklusjon: Søker er født {birth_year} og er innenfor aldersgrensene i § 29.",
                "Vedkommende er {age} år. Det er ingen opplysninger om at vedkommende mottar alderspensjon, og "
                "søker er etter dette i yrkesaktiv alder.",
            ],
            "nn": [
                "Søkjar er fødd i {birth_year}.",
                "Søkjar er {age} år og er dermed i yrkesaktiv alder, jf. sosialtenestelova § 29.",
                "Faktum: Søkjar er fødd i {birth_year} og er {age} år.\nVurdering: Søkjar har fylt 18 år og har ikkje "
                "nådd alderen for uttak av alderspensjon. Vilkåret er oppfylt.",
                "Alder: {age} år (f. {birth_year}). Vilkåret er oppfylt.",
                "Du er {age} år gammal og er dermed innanfor aldersgruppa 18 til 67 år som programmet er meint for.",
                "Det vert lagt til grunn at vedkomande, som er {age} år, er i yrkesaktiv alder.",
                "Søkjar, f. {birth_year}, er i yrkesaktiv alder.",
                "Søkjar er {age} år og har ikkje teke ut alderspensjon. Vilkåret om alder er oppfylt.",
                "Konklusjon: Søkjar er fødd {birth_year} og er innanfor aldersgrensene i § 29.",
            ],
        },
        "named": {
            "nb": [
                "Søker er i yrkesaktiv alder.",
                "Vilkåret om yrkesaktiv alder er oppfylt.",
                "Det legges til grunn at vedkommende er i yrkesaktiv alder.",
                "Alder: Oppfylt.",
                "Etter en gjennomgang av opplysningene i saken finner NAV at aldersvilkåret er oppfylt.",
                "Ved vurderingen av om søker er i yrkesaktiv alder har NAV tatt utgangspunkt i opplysningene som er "
                "registrert i saken. Det er ikke fremkommet forhold som tilsier at søker faller utenfor den "
                "aldersgruppen programmet retter seg mot, og vilkåret anses oppfylt.",
                "Faktum: Det vises til saksopplysningene.\nVurdering: Søker er innenfor aldersgrensene som gjelder "
                "for kvalifiseringsprogram, og vilkåret anses oppfylt.",
            ],
            "nn": [
                "Søkjar er i yrkesaktiv alder.",
                "Vilkåret om yrkesaktiv alder er oppfylt.",
                "Det vert lagt til grunn at vedkomande er innanfor aldersgrensene for programmet.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 29 første ledd er kvalifiseringsprogram forbeholdt personer i "
                "yrkesaktiv alder.",
                "Med yrkesaktiv alder menes etter rundskrivet (Hovednr. 35) punkt 4.29 som hovedregel alderen fra 18 "
                "til 67 år. Den nedre aldersgrensen ble senket fra 19 til 18 år med virkning fra 1. januar 2019.",
                "Rettsgrunnlag: sosialtjenesteloven § 29 første ledd – «personer i yrkesaktiv alder».",
                "Du må være mellom 18 og 67 år for å kunne delta i kvalifiseringsprogrammet.",
                "Loven krever at søker er i yrkesaktiv alder. Personer som har tatt ut alderspensjon, faller etter "
                "rundskrivet normalt utenfor målgruppen for programmet.",
            ],
            "nn": [
                "Etter sosialtenestelova § 29 første ledd er kvalifiseringsprogram for personar i yrkesaktiv alder.",
                "Med yrkesaktiv alder er det etter rundskrivet meint alderen frå 18 til 67 år. Den nedre "
                "aldersgrensa vart senka frå 19 til 18 år frå 1. januar 2019.",
                "Du må vere mellom 18 og 67 år for å kunne delta i kvalifiseringsprogrammet.",
            ],
        },
        "negated": {
            "nb": [
                "Søkers alder er ikke nærmere vurdert i vedtaket.",
                "Fødselsdato fremgår ikke av saksdokumentene, og vilkåret om yrkesaktiv alder er derfor ikke vurdert.",
                "Vilkåret om alder: ikke vurdert.",
                "Aldersvilkåret er ikke dokumentert i saken og vil bli kontrollert før programmet starter.",
            ],
            "nn": [
                "Alderen til søkjar er ikkje nærare vurdert i vedtaket.",
                "Vilkåret om alder: ikkje vurdert.",
                "Fødselsdato går ikkje fram av saksdokumenta, og vilkåret om alder er difor ikkje vurdert.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Søker har ikke vært i arbeid siden {year}, da arbeidsforholdet som {yrke} opphørte. Søker har "
                "{diagnose}, og {behandler} bekrefter at tilstanden begrenser hvilke arbeidsoppgaver søker kan utføre.",
                "Faktum: Søker har {skole} og har kun hatt korte arbeidsforhold som {yrke}. Søker har i tillegg "
                "{diagnose}.\nVurdering: Arbeids- og inntektsevnen anses vesentlig nedsatt på grunn av manglende "
                "formell kompetanse kombinert med helseutfordringer.",
                "Søker har {diagnose} og er under behandling hos {behandler}. Søker har ikke hatt lønnet arbeid de "
                "siste {years} årene.",
                "Du har lite arbeidserfaring og har {skole}. Du har {diagnose}, noe som gjør at du i perioder ikke "
                "klarer å møte opp til avtaler. Vi vurderer derfor at arbeids- og inntektsevnen din er vesentlig "
                "nedsatt.",
                "Søker kom til Norge fra {land} i {year} og har fortsatt begrensede norskkunnskaper. Søker har ingen "
                "utdanning som er godkjent i Norge og har ikke vært i ordinært arbeid her.",
                "Vedkommende har {skole}, har tidligere hatt et langvarig rusproblem og har vært rusfri siden "
                "{month} {year}. Vedkommende har aldri hatt fast arbeid.",
                "Følgende er vektlagt i vurderingen av arbeids- og inntektsevnen:\n– {diagnose}, bekreftet av "
                "{behandler}\n– ingen arbeidstilknytning siden {year}\n– {skole}",
                "Søker forsøkte å komme tilbake i arbeid som {yrke} i {year}, men måtte avslutte etter kort tid på "
                "grunn av {diagnose}. Det legges til grunn at arbeids- og inntektsevnen er vesentlig nedsatt.",
                "Arbeidsevne: Søker har jobbet som {yrke}, men har ikke kunnet fortsette i yrket etter at {pron} fikk "
                "diagnosen {diagnose} i {year}.",
                "Etter en konkret og individuell vurdering finner NAV at søkers arbeids- og inntektsevne er vesentlig "
                "nedsatt. Det er særlig lagt vekt på at søker har {diagnose}, at søker har {skole}, og at søker ikke "
                "har hatt arbeidsinntekt siden {year}.",
                "Du forteller at du har {diagnose}, og at dette gjør det vanskelig å holde på en jobb. Dette er "
                "bekreftet av {behandler}. Du har ikke hatt fast jobb siden {year}.",
                "Søker har {diagnose}. Ingen arbeidserfaring i Norge.",
                "Søker har ifht. arbeid kun erfaring fra ekstrahjelp som {yrke} og har {skole}. Arbeids og "
                "inntektsevnen vurderes som vesentlig nedsatt.",
                "I samtale med veileder opplyste søker at {diagnose} har gjort det umulig å fortsette som {yrke}. "
                "Søker har siden {year} bare hatt kortvarige engasjementer. Dette underbygges av legeerklæring fra "
                "{behandler}.",
                "Faktum: Søker flyttet til Norge fra {land} i {year}, har {skole} og snakker lite norsk.\n"
                "Vurdering: Manglende språk og utdanning gjør at søker i dag ikke kan konkurrere om ordinært arbeid. "
                "Arbeids- og inntektsevnen er vesentlig nedsatt.",
            ],
            "nn": [
                "Søkjar har ikkje vore i arbeid sidan {year}, då arbeidsforholdet som {yrke_nn} tok slutt. Søkjar har "
                "{diagnose_nn}, og {behandler_nn} stadfestar at dette avgrensar kva arbeid søkjar kan gjere.",
                "Faktum: Søkjar har {skole_nn} og har berre hatt korte arbeidsforhold som {yrke_nn}.\nVurdering: "
                "Arbeids- og inntektsevna er vesentleg nedsett fordi søkjar manglar formell kompetanse.",
                "Du har {diagnose_nn} og har ikkje hatt løna arbeid dei siste {years} åra. Vi meiner difor at evna "
                "di til å arbeide og tene pengar er vesentleg nedsett.",
                "Søkjar kom til Noreg frå {land} i {year} og har framleis avgrensa norskkunnskapar. Søkjar har ikkje "
                "vore i ordinært arbeid her.",
                "Følgjande er vektlagt:\n– {diagnose_nn}, stadfesta av {behandler_nn}\n– inga arbeidstilknyting sidan "
                "{year}\n– {skole_nn}",
                "Etter ei konkret og individuell vurdering er arbeids- og inntektsevna til søkjar vesentleg nedsett. "
                "Det er lagt vekt på at søkjar har {diagnose_nn} og {skole_nn}.",
                "Søkjar prøvde å kome tilbake i arbeid som {yrke_nn} i {year}, men måtte avslutte etter kort tid på "
                "grunn av {diagnose_nn}.",
                "Søkjar har {skole_nn}. Inga arbeidserfaring i Noreg.",
                "Du fortel at du har {diagnose_nn}, og at det gjer det vanskeleg å halde på ein jobb. Dette er "
                "stadfesta av {behandler_nn}.",
            ],
        },
        "named": {
            "nb": [
                "Søker har vesentlig nedsatt arbeids- og inntektsevne.",
                "Etter en konkret og individuell vurdering av opplysningene i saken har NAV kommet til at søkers "
                "arbeids- og inntektsevne er vesentlig nedsatt.",
                "NAV har vurdert søkers arbeids- og inntektsevne ut fra en helhetlig vurdering av søkers ressurser og "
                "utfordringer, sett opp mot de krav som stilles i arbeidslivet. Det er lagt vekt på søkers samlede "
                "situasjon slik den fremgår av saken. Etter dette legges det til grunn at arbeids- og inntektsevnen er "
                "vesentlig nedsatt, og vilkåret anses oppfylt.",
                "Arbeids- og inntektsevne: Vesentlig nedsatt.",
                "Det er gjennomført arbeidsevnevurdering i saken, og det fremgår at søkers arbeids- og inntektsevne er "
                "nedsatt i vesentlig grad.",
                "Vi mener at evnen din til å jobbe og tjene penger er vesentlig nedsatt. Dette bygger på "
                "opplysningene vi har i saken din.",
                "Det vises til samtale med søker {date}. Søkers arbeids- og inntektsevne anses vesentlig nedsatt.",
            ],
            "nn": [
                "Søkjar har vesentleg nedsett arbeids- og inntektsevne.",
                "Etter ei konkret og individuell vurdering av opplysningane i saka har NAV kome til at arbeids- og "
                "inntektsevna til søkjar er vesentleg nedsett.",
                "Arbeids- og inntektsevne: Vesentleg nedsett.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår etter sosialtjenesteloven § 29 at søker har vesentlig nedsatt arbeids- og "
                "inntektsevne.",
                "Etter rundskrivet Hovednr. 35 punkt 4.29 innebærer vilkåret at søkeren har betydelige begrensninger "
                "i mulighetene til å komme i eller beholde arbeid. Begrensningene kan skyldes helse, sosiale forhold, "
                "manglende utdanning eller arbeidserfaring, eller en kombinasjon av slike forhold. Det kreves ikke at "
                "nedsettelsen skyldes sykdom.",
                "For å få kvalifiseringsprogram må evnen din til å jobbe og tjene penger være mye lavere enn vanlig.",
                "Rettsgrunnlag: sosialtjenesteloven § 29 første ledd (vesentlig nedsatt arbeids- og inntektsevne). "
                "Vurderingen skal bygge på en arbeidsevnevurdering etter NAV-loven § 14 a.",
                "Arbeids- og inntektsevnen må være nedsatt i vesentlig grad. Det er ikke tilstrekkelig at en person "
                "er arbeidsledig; det må foreligge forhold ved personen selv som gjør det vanskelig å komme i arbeid, "
                "jf. rundskrivet.",
            ],
            "nn": [
                "Det er eit vilkår etter sosialtenestelova § 29 at søkjar har vesentleg nedsett arbeids- og "
                "inntektsevne.",
                "Etter rundskrivet inneber vilkåret at søkjaren har store avgrensingar i høvet til å kome i eller "
                "halde på arbeid, til dømes på grunn av helse, sosiale forhold eller manglande utdanning.",
                "For å få kvalifiseringsprogram må evna di til å arbeide og tene pengar vere mykje lågare enn vanleg.",
            ],
        },
        "negated": {
            "nb": [
                "Søkers arbeids- og inntektsevne er ikke nærmere vurdert.",
                "Det foreligger ikke dokumentasjon på søkers helse eller arbeidsevne i saken. Vilkåret om vesentlig "
                "nedsatt arbeids- og inntektsevne vurderes ved første evaluering.",
                "Arbeids- og inntektsevne: Ikke vurdert.",
                "Vi har ikke hatt grunnlag for å vurdere arbeidsevnen din nå, fordi legeerklæringen ikke er mottatt. "
                "Dette vil bli vurdert når opplysningene foreligger.",
            ],
            "nn": [
                "Arbeids- og inntektsevna til søkjar er ikkje nærare vurdert.",
                "Arbeids- og inntektsevne: Ikkje vurdert.",
                "Det ligg ikkje føre dokumentasjon på helse eller arbeidsevne i saka. Vilkåret vert vurdert ved "
                "første evaluering.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Søker mottar i dag økonomisk sosialhjelp etter sosialtjenesteloven § 18 og har ingen andre inntekter.",
                "Søker har ingen løpende ytelser fra folketrygden. Søknad om {ytelse} ble avslått i {month} {year}.",
                "Faktum: Søker har siden {year} mottatt økonomisk stønad fra NAV. Søker har ikke rett til dagpenger, "
                "da kravet til tidligere arbeidsinntekt ikke er oppfylt.\nVurdering: Søker har ingen ytelser til "
                "livsopphold etter folketrygdloven eller arbeidsmarkedsloven. Vilkåret er oppfylt.",
                "Du har ikke inntekt, og du får ikke arbeidsavklaringspenger, dagpenger eller andre trygdeytelser. Du "
                "har fått sosialhjelp fra oss de siste {months} månedene.",
                "Søkers eneste faste utbetaling er bostøtte fra Husbanken. Bostøtte er ikke en ytelse til "
                "livsopphold etter folketrygdloven eller arbeidsmarkedsloven.",
                "Søker mottar {ytelse} med {amount} per måned, som ligger langt under det søker trenger til "
                "livsopphold og må suppleres med økonomisk sosialhjelp. Ytelsen anses som svært begrenset.",
                "Retten til {ytelse} opphørte i {month} {year}. Søker har siden vært avhengig av økonomisk "
                "sosialhjelp.",
                "Søker har ikke hatt tilstrekkelig arbeidsinntekt til å fylle minstekravet for dagpenger, og har ikke "
                "søkt om andre ytelser. Søker forsørges i dag av sosialhjelp.",
                "Inntekter siste tre måneder:\n– arbeidsinntekt: ingen\n– ytelser fra folketrygden: ingen\n– økonomisk "
                "sosialhjelp: {amount} per måned",
                "Søker mottok {ytelse} frem til {month} {year}, da maksimal periode var brukt opp. Søker har ikke "
                "andre ytelser.",
                "NAV har kontrollert søkers inntektsforhold i a-ordningen og i NAVs fagsystemer per {date}. Det er "
                "ikke registrert noen ytelser til livsopphold.",
                "Du søkte om {ytelse}, men fikk avslag i {month} {year}. Du har derfor ikke ytelser å leve av i dag, "
                "bortsett fra sosialhjelp.",
                "Ytelser: Ingen. Søker har levd av økonomisk sosialhjelp siden {year}.",
                "Det legges til grunn at søker ikke har rett til ytelser etter folketrygdloven eller "
                "arbeidsmarkedsloven. Vilkårene for {ytelse} er ikke oppfylt etter vedtak av {month} {year}, og søker "
                "har siden mottatt supplerende økonomisk sosialhjelp.",
                "Søker har ingen trygdeytelser, jf. utskrift fra NAVs systemer. Stønad til livsopphold utbetales i dag "
                "etter sosialtjenesteloven § 18 med {amount} per mnd.",
            ],
            "nn": [
                "Søkjar får i dag økonomisk sosialhjelp etter sosialtenestelova § 18 og har ingen andre inntekter.",
                "Søkjar har ingen løpande ytingar frå folketrygda. Søknaden om {ytelse_nn} vart avslått i {month} "
                "{year}.",
                "Retten til {ytelse_nn} fall bort i {month} {year}. Søkjar har sidan vore avhengig av økonomisk "
                "sosialhjelp.",
                "Du har ikkje inntekt, og du får ikkje arbeidsavklaringspengar, dagpengar eller andre trygdeytingar. "
                "Du har fått sosialhjelp frå oss dei siste {months} månadene.",
                "Faktum: Søkjar har sidan {year} fått økonomisk stønad frå NAV.\nVurdering: Søkjar har ingen ytingar "
                "til livsopphald etter folketrygdlova eller arbeidsmarknadslova.",
                "Inntekter siste tre månader:\n– arbeidsinntekt: inga\n– ytingar frå folketrygda: ingen\n– økonomisk "
                "sosialhjelp: {amount} per månad",
                "Søkjar får bustøtte frå Husbanken. Dette er ikkje ei yting til livsopphald etter "
                "folketrygdlova eller arbeidsmarknadslova, og søkjar har ingen andre ytingar.",
                "Ytingar: Ingen. Søkjar har levd av økonomisk sosialhjelp sidan {year}.",
                "NAV har kontrollert inntektsforholda til søkjar i a-ordninga per {date}. Det er ikkje registrert "
                "nokon ytingar til livsopphald.",
            ],
        },
        "named": {
            "nb": [
                "Søker har ingen eller svært begrensede ytelser til livsopphold.",
                "Vilkåret om at søker ikke har andre ytelser til livsopphold, anses oppfylt.",
                "Det legges til grunn at vedkommende ikke har rett til andre ytelser.",
                "Ytelser til livsopphold: Vilkåret er oppfylt, jf. opplysningene i saken.",
                "NAV har foretatt en gjennomgang av søkers økonomiske situasjon. Etter en samlet vurdering av søkers "
                "rettigheter etter folketrygdloven og arbeidsmarkedsloven er NAV kommet frem til at søker ikke har "
                "ytelser som sikrer livsoppholdet. Vilkåret anses etter dette oppfylt.",
                "Du har ikke andre ytelser som du kan leve av.",
                "Ut fra søkers økonomiske situasjon, slik denne er kjent for NAV, legges det til grunn at vilkåret er "
                "oppfylt.",
            ],
            "nn": [
                "Søkjar har ingen eller svært avgrensa ytingar til livsopphald.",
                "Det vert lagt til grunn at vedkomande ikkje har rett til andre ytingar.",
                "Ytingar til livsopphald: Vilkåret er oppfylt, jf. opplysningane i saka.",
            ],
        },
        "quoted": {
            "nb": [
                "Kvalifiseringsprogram gis til personer som har «ingen eller svært begrensede ytelser til livsopphold "
                "etter folketrygdloven eller arbeidsmarkedsloven», jf. sosialtjenesteloven § 29 første ledd.",
                "Etter rundskrivet skal vilkåret avgrense mot personer som har rett til arbeidsavklaringspenger eller "
                "andre ytelser til livsopphold fra folketrygden. Personer med svært begrensede ytelser, for eksempel "
                "en lav ytelse som må suppleres med økonomisk stønad, kan likevel ha rett til programmet.",
                "Du kan ikke få kvalifiseringsprogram hvis du har rett til for eksempel arbeidsavklaringspenger eller "
                "dagpenger som du kan leve av.",
                "Rettsgrunnlag: sosialtjenesteloven § 29 første ledd, vilkåret om ytelser til livsopphold.",
                "Vilkåret er oppfylt dersom søker ikke mottar, eller bare mottar svært begrensede, ytelser etter "
                "folketrygdloven eller arbeidsmarkedsloven.",
            ],
            "nn": [
                "Kvalifiseringsprogram vert gitt til personar som har «ingen eller svært avgrensa ytingar til "
                "livsopphald etter folketrygdlova eller arbeidsmarknadslova», jf. sosialtenestelova § 29.",
                "Du kan ikkje få kvalifiseringsprogram dersom du har rett til til dømes arbeidsavklaringspengar eller "
                "dagpengar som du kan leve av.",
                "Etter rundskrivet skal vilkåret avgrense mot personar som har rett til andre ytingar til livsopphald "
                "frå folketrygda.",
            ],
        },
        "negated": {
            "nb": [
                "Søkers rett til andre ytelser er ikke avklart.",
                "Det er ikke undersøkt om søker har rett til ytelser etter folketrygdloven. Dette vil bli avklart før "
                "programstart.",
                "Ytelser til livsopphold: ikke vurdert.",
                "Vi har ikke fått opplysninger om inntektene dine og har derfor ikke vurdert dette vilkåret.",
            ],
            "nn": [
                "Retten søkjar har til andre ytingar, er ikkje avklart.",
                "Ytingar til livsopphald: ikkje vurdert.",
                "Vi har ikkje fått opplysningar om inntektene dine, og har difor ikkje vurdert dette vilkåret.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Det ble gjennomført arbeidsevnevurdering etter NAV-loven § 14 a {date}. Konklusjonen er at søker har "
                "behov for spesielt tilpasset innsats. Søker har tidligere deltatt i {tiltak} uten å komme i arbeid, "
                "og NAV vurderer at et helhetlig og forpliktende program med tett oppfølging er nødvendig for at "
                "søker skal komme nærmere arbeidslivet.",
                "Faktum: Arbeidsevnevurdering ble ferdigstilt {date}. Søker har selv et mål om å bli {maal}.\n"
                "Vurdering: Ordinære arbeidsrettede tiltak har ikke ført frem; søker avbrøt {tiltak} i {year}. Et "
                "program på fulltid med individuell oppfølging anses nødvendig og hensiktsmessig.",
                "Du har et klart mål om å få fast jobb som {maal}. Arbeidsevnevurderingen datert {date} viser at "
                "du trenger mer enn enkeltstående tiltak for å nå målet. Vi mener derfor at kvalifiseringsprogram er "
                "nødvendig og riktig for deg.",
                "AEV {date}: behov for spesielt tilpasset innsats. Søker har prøvd {tiltak} uten resultat. Nødvendig "
                "og hensiktsmessig.",
                "Søker har vært registrert som arbeidssøker siden {year} og har deltatt i {tiltak} uten å få arbeid. "
                "Arbeidsevnevurderingen viser behov for et mer omfattende og strukturert opplegg. Programmet vurderes "
                "å styrke søkers mulighet for deltakelse i arbeidslivet.",
                "NAV har lagt vekt på at søker selv ønsker arbeid som {maal} og har møtt stabilt til alle avtaler med "
                "veileder siden {month}. Arbeidsevnevurderingen konkluderer med at søker har behov for arbeidsrettet "
                "bistand over tid.",
                "Vurderingen bygger på:\n– arbeidsevnevurdering datert {date} (behov for spesielt tilpasset "
                "innsats)\n– søkers eget mål om arbeid som {maal}\n– at {tiltak} i {year} ikke ga varig arbeid",
                "Søker er motivert, men trenger struktur i hverdagen og hjelp til å holde avtaler. Dette fremkommer i "
                "arbeidsevnevurderingen av {date}. Et program med fast timeplan på {hours} timer i uken anses derfor "
                "både nødvendig og hensiktsmessig.",
                "Etter en konkret og individuell vurdering er NAV kommet til at programmet er nødvendig og "
                "hensiktsmessig. Det er lagt vekt på at enkeltstående tiltak som {tiltak} ikke har gitt varig effekt, "
                "og at søker etter arbeidsevnevurderingen har behov for helhetlig oppfølging over tid.",
                "Innsatsbehov: spesielt tilpasset innsats (AEV {date}). Søker trenger tettere oppfølging enn NAV kan "
                "gi gjennom ordinære tiltak, og har takket ja til å forplikte seg til et program på fulltid.",
                "Du har tidligere fått oppfølging fra NAV gjennom {tiltak}, men det har ikke vært nok. I "
                "arbeidsevnevurderingen vi gjorde sammen med deg {date}, kom vi frem til at du trenger et "
                "program med tett oppfølging hver uke.",
                "Det legges til grunn at søker har behov for et helhetlig program. Det fremgår av "
                "arbeidsevnevurderingen av {date} at søker trenger avklaring av arbeidsevnen i praksis og opplæring "
                "over tid før ordinært arbeid er realistisk.",
                "Søker ønsker å jobbe som {maal}. For å nå dette målet trenger søker både opplæring og praksis over "
                "tid, og NAV vurderer at kvalifiseringsprogram er det tiltaket som best kan gi dette innenfor en "
                "forutsigbar ramme. Vurderingen er i tråd med arbeidsevnevurdering gjennomført {date}.",
                "Arbeidsevnevurdering etter NAV-loven § 14 a ble gjennomført i samarbeid med søker {date}. Vurderingen "
                "konkluderer med at søker har behov for spesielt tilpasset innsats. Søker har over tid hatt "
                "oppfølging fra NAV gjennom {tiltak} uten at dette har ført til arbeid, og søker har uttrykt et ønske "
                "om å jobbe som {maal}. NAV finner på denne bakgrunn at et kvalifiseringsprogram er nødvendig og "
                "hensiktsmessig for å styrke søkers mulighet for deltakelse i arbeidslivet.",
                "Søker har fått tilbud om {tiltak} to ganger tidligere, men har ikke klart å gjennomføre uten tettere "
                "oppfølging. Arbeidsevnevurdring datert {date} anbefaler KVP.",
            ],
            "nn": [
                "Det vart gjennomført arbeidsevnevurdering etter NAV-lova § 14 a {date}. Konklusjonen er at søkjar har "
                "behov for spesielt tilpassa innsats. Søkjar har tidlegare delteke i {tiltak_nn} utan å kome i arbeid, "
                "og NAV meiner difor at eit heilskapleg program med tett oppfølging er naudsynt.",
                "Faktum: Arbeidsevnevurderinga vart ferdigstilt {date}. Søkjar har eit mål om å bli {maal_nn}.\n"
                "Vurdering: {tiltak_nn} i {year} førte ikkje fram. Eit program på fulltid er naudsynt og "
                "føremålstenleg.",
                "Du har eit klart mål om å få fast jobb som {maal_nn}. Arbeidsevnevurderinga datert {date} viser "
                "at du treng meir enn einskilde tiltak for å nå målet.",
                "AEV {date}: behov for spesielt tilpassa innsats. Søkjar har prøvd {tiltak_nn} utan resultat. "
                "Naudsynt og føremålstenleg.",
                "Vurderinga byggjer på:\n– arbeidsevnevurdering datert {date} (behov for spesielt tilpassa innsats)\n"
                "– målet søkjar har om arbeid som {maal_nn}\n– at {tiltak_nn} i {year} ikkje gav varig arbeid",
                "Etter ei konkret og individuell vurdering er programmet naudsynt og føremålstenleg. Det er lagt vekt "
                "på at {tiltak_nn} ikkje har gitt varig effekt, og at søkjar etter arbeidsevnevurderinga av {date} "
                "treng heilskapleg oppfølging over tid.",
                "Søkjar har vore registrert som arbeidssøkjar sidan {year} og har delteke i {tiltak_nn} utan å få "
                "arbeid. Arbeidsevnevurderinga viser behov for eit meir omfattande opplegg.",
                "Søkjar ønskjer å arbeide som {maal_nn} og har møtt stabilt til alle avtalar med rettleiar sidan "
                "{month}. Arbeidsevnevurderinga konkluderer med behov for arbeidsretta bistand over tid.",
                "Søkjar har fått tilbod om {tiltak_nn} to gonger tidlegare, men har ikkje klart å gjennomføre utan "
                "tettare oppfølging. Arbeidsevnevurderinga datert {date} tilrår KVP.",
            ],
        },
        "named": {
            "nb": [
                "Programmet anses nødvendig og hensiktsmessig for å styrke søkers mulighet for deltakelse i "
                "arbeidslivet.",
                "NAV har foretatt en helhetlig vurdering av om kvalifiseringsprogram er nødvendig og hensiktsmessig. "
                "I vurderingen er det sett hen til søkers ressurser, begrensninger og behov, og til hvilke andre "
                "tiltak som kunne vært aktuelle. Etter en konkret og individuell vurdering er NAV kommet til at "
                "vilkåret er oppfylt.",
                "Det er gjennomført arbeidsevnevurdering. Program anses nødvendig og hensiktsmessig.",
                "Vi mener kvalifiseringsprogram er det beste tilbudet for deg nå.",
                "Søker har behov for tett og helhetlig oppfølging for å komme i arbeid, og programmet vurderes derfor "
                "som nødvendig og hensiktsmessig.",
                "Nødvendig og hensiktsmessig: Ja, jf. arbeidsevnevurderingen i saken.",
                "Kvalifiseringsprogram vil etter NAVs vurdering gi søker bedre muligheter for å komme i arbeid enn "
                "andre tiltak.",
            ],
            "nn": [
                "Programmet vert vurdert som naudsynt og føremålstenleg for å styrkje høvet søkjar har til å delta i "
                "arbeidslivet.",
                "Det er gjennomført arbeidsevnevurdering. Programmet er naudsynt og føremålstenleg.",
                "Etter ei heilskapleg vurdering av ressursane, avgrensingane og behova til søkjar har NAV kome til at "
                "programmet er naudsynt og føremålstenleg.",
            ],
        },
        "quoted": {
            "nb": [
                "Det følger av sosialtjenesteloven § 29 at programmet må fremstå som nødvendig og hensiktsmessig for å "
                "styrke søkers mulighet for deltakelse i arbeidslivet, og at det skal være gjennomført en "
                "arbeidsevnevurdering etter NAV-loven § 14 a.",
                "Etter rundskrivet skal vurderingen av om programmet er nødvendig og hensiktsmessig bygge på "
                "arbeidsevnevurderingen. Det skal blant annet vurderes om andre tiltak er bedre egnet, og om søkeren "
                "har behov for den tette og helhetlige oppfølgingen programmet gir.",
                "Programmet skal hjelpe deg nærmere arbeid, og NAV må ha vurdert arbeidsevnen din før du kan få det.",
                "Rettsgrunnlag: sosialtjenesteloven § 29, jf. NAV-loven § 14 a (arbeidsevnevurdering).",
                "Kvalifiseringsprogrammet er ment for personer som trenger tettere og mer omfattende bistand enn "
                "ordinære arbeidsrettede tiltak kan gi, jf. Ot.prp. nr. 70 (2006–2007).",
            ],
            "nn": [
                "Det følgjer av sosialtenestelova § 29 at programmet må vere naudsynt og føremålstenleg, og at det "
                "skal vere gjennomført ei arbeidsevnevurdering etter NAV-lova § 14 a.",
                "Etter rundskrivet skal vurderinga byggje på arbeidsevnevurderinga, og det skal vurderast om andre "
                "tiltak er betre eigna.",
                "Rettsgrunnlag: sosialtenestelova § 29, jf. NAV-lova § 14 a.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnevurdering etter NAV-loven § 14 a er ikke gjennomført. Den vil bli gjennomført i løpet av "
                "de første månedene i programmet.",
                "Det er ikke foretatt noen vurdering av om programmet er nødvendig og hensiktsmessig.",
                "Nødvendig og hensiktsmessig: Vurderes ved første evaluering.",
                "Arbeidsevnevurderingen er påbegynt, men ikke ferdigstilt. Vilkåret vil derfor bli vurdert senere.",
            ],
            "nn": [
                "Arbeidsevnevurdering etter NAV-lova § 14 a er ikkje gjennomført. Ho vil bli gjennomført i løpet av "
                "dei første månadene i programmet.",
                "Naudsynt og føremålstenleg: Vert vurdert ved første evaluering.",
                "Det er ikkje gjort nokon vurdering av om programmet er naudsynt og føremålstenleg.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet vil bestå av {kurs} tre dager i uken og arbeidspraksis hos {praksis} to dager i uken, til "
                "sammen {hours} timer per uke.",
                "Programinnhold:\n– {kurs}\n– arbeidspraksis hos {praksis}\n– {aktivitet}\n– samtale med veileder "
                "hver annen uke",
                "NAV har avtalt praksisplass for søker hos {praksis} fra {date}. I tillegg skal søker delta på {kurs}. "
                "Kommunen kan dermed tilby et program som er tilpasset søkers behov.",
                "Det er utarbeidet en individuell plan sammen med søker {date}. Planen inneholder {kurs}, "
                "arbeidstrening hos {praksis} og jevnlige samtaler med veileder.",
                "Program: {kurs} + praksis hos {praksis}, {hours} t/uke. Plass er bekreftet.",
                "Programmet er satt sammen ut fra søkers mål om arbeid som {maal}: {kurs} det første halvåret, "
                "deretter arbeidspraksis hos {praksis} med sikte på ansettelse.",
                "NAV kan tilby et tilpasset program. Programmet starter med {months} måneder {kurs} og fortsetter med "
                "praksis hos {praksis}.",
                "Tilpasset program: Ja. Søker får plass på {kurs} fra {date}, og NAV har inngått avtale med {praksis} "
                "om arbeidstrening.",
                "Vi har laget en plan sammen med deg. De første {months} månedene skal du gå på {kurs}. Etter det skal "
                "du ha praksis hos {praksis}. Du skal også ha samtale med veilederen din hver uke.",
                "Det er avklart med {praksis} at søker kan starte i arbeidspraksis. Sammen med {kurs} og {aktivitet} "
                "utgjør dette et helhetlig program på fulltid.",
                "Programmet vil inneholde {kurs} og {aktivitet}. Timeplan på {hours} timer i uken er utarbeidet og "
                "gjennomgått med søker.",
                "Søker har i samarbeid med veileder satt opp følgende ukeplan:\nMandag–onsdag: {kurs}\nTorsdag: "
                "arbeidspraksis hos {praksis}\nFredag: {aktivitet}",
                "Kommunen har ledig plass på {kurs} med oppstart {date}. Søker ønsker selv dette, og kursdeltakelsen "
                "kombineres med {aktivitet}. Et tilpasset program kan dermed tilbys.",
                "Etter en konkret vurdering finner NAV at det kan tilbys et program tilpasset søker. Det er lagt vekt "
                "på at søker har takket ja til praksisplass hos {praksis}, og at {kurs} passer med søkers mål om "
                "arbeid som {maal}.",
                "Innhold: {kurs}, praksis ({praksis}), {aktivitet}. Totalt {hours} timer/uke.",
            ],
            "nn": [
                "Programmet vil innehalde {kurs_nn} tre dagar i veka og arbeidspraksis hos {praksis_nn} to dagar i "
                "veka, til saman {hours} timar per veke.",
                "Programinnhald:\n– {kurs_nn}\n– arbeidspraksis hos {praksis_nn}\n– {aktivitet_nn}",
                "NAV har avtalt praksisplass for søkjar hos {praksis_nn} frå {date}. I tillegg skal søkjar delta på "
                "{kurs_nn}.",
                "Det er utarbeidd ein individuell plan saman med søkjar {date}. Planen inneheld {kurs_nn} og "
                "arbeidstrening hos {praksis_nn}.",
                "Program: {kurs_nn} + praksis hos {praksis_nn}, {hours} t/veke. Plassen er stadfesta.",
                "Vi har laga ein plan saman med deg. Dei første {months} månadene skal du gå på {kurs_nn}. Etter det "
                "skal du ha praksis hos {praksis_nn}.",
                "Tilpassa program: Ja. Søkjar får plass på {kurs_nn} frå {date}, og NAV har avtale med {praksis_nn} om "
                "arbeidstrening.",
                "Søkjar har saman med rettleiar sett opp denne vekeplanen:\nMåndag–onsdag: {kurs_nn}\nTorsdag: "
                "arbeidspraksis hos {praksis_nn}\nFredag: {aktivitet_nn}",
                "Innhald: {kurs_nn}, praksis ({praksis_nn}), {aktivitet_nn}. Totalt {hours} timar/veke.",
            ],
        },
        "named": {
            "nb": [
                "NAV kan tilby søker et tilpasset program.",
                "Det vurderes at kommunen har mulighet til å tilby et program som er tilpasset søkers behov.",
                "Programmet vil bli utformet i nært samarbeid med søker og skal inneholde arbeidsrettede tiltak, "
                "opplæring og andre aktiviteter som kan bidra til å styrke søkers muligheter for å komme i arbeid. NAV "
                "vil sørge for at programmet til enhver tid er tilpasset søkers behov og forutsetninger.",
                "Tilpasset program: Oppfylt.",
                "Programmet vil bestå av tiltak som er tilpasset søkers behov, og vil bli nærmere beskrevet i "
                "aktivitetsplanen.",
                "Du vil få et program som er laget for deg.",
                "Det vises til individuell plan i saken. NAV kan tilby et tilpasset program.",
            ],
            "nn": [
                "NAV kan tilby søkjar eit tilpassa program.",
                "Tilpassa program: Oppfylt.",
                "Programmet vil bli utforma i samarbeid med søkjar og tilpassa behova og føresetnadene til søkjar.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår at NAV-kontoret kan tilby et tilpasset program, jf. sosialtjenesteloven § 29. Etter "
                "lovendringen i 2019 skal avslag med den begrunnelse at kontoret ikke kan tilby program bare skje i "
                "unntakstilfeller.",
                "Programmet skal etter sosialtjenesteloven § 30 være helårig og på fulltid, og inneholde "
                "arbeidsrettede tiltak, opplæringstiltak, tiltak som forbereder til arbeidslivet og andre tiltak som "
                "kan støtte og motivere til overgang til arbeid.",
                "Programmet skal passe til deg og det du trenger, og du skal være med på å lage det.",
                "Rettsgrunnlag for vilkåret om tilpasset program: sosialtjenesteloven §§ 29 og 30 og forskrift om "
                "kvalifiseringsprogram og kvalifiseringsstønad.",
                "Etter rundskrivet skal programmet utformes individuelt på grunnlag av arbeidsevnevurderingen og "
                "deltakerens egne ønsker og forutsetninger.",
            ],
            "nn": [
                "Det er eit vilkår at NAV-kontoret kan tilby eit tilpassa program, jf. sosialtenestelova § 29.",
                "Programmet skal etter sosialtenestelova § 30 vere heilårleg og på fulltid, og innehalde arbeidsretta "
                "tiltak, opplæring og andre tiltak som kan støtte overgang til arbeid.",
                "Programmet skal passe til deg og det du treng, og du skal vere med på å lage det.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke fastsatt. Det vil bli utarbeidet en individuell plan etter oppstart.",
                "Det er ikke vurdert hvilke tiltak programmet skal inneholde.",
                "Tilpasset program: Avklares etter vedtak.",
                "Vi har foreløpig ikke funnet aktiviteter til programmet ditt. Dette vil veilederen din ta opp med "
                "deg.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje fastsett. Det vil bli utarbeidd ein individuell plan etter oppstart.",
                "Tilpassa program: Vert avklart etter vedtaket.",
                "Det er ikkje vurdert kva tiltak programmet skal innehalde.",
            ],
        },
    },
}

HEADINGS = {
    "age": {
        "nb": ["Yrkesaktiv alder", "Vilkåret om alder", "Alder", "Alder (sosialtjenesteloven § 29)"],
        "nn": ["Yrkesaktiv alder", "Vilkåret om alder"],
    },
    "work_ability": {
        "nb": ["Vesentlig nedsatt arbeids- og inntektsevne", "Arbeids- og inntektsevne",
               "Vilkåret om nedsatt arbeids- og inntektsevne"],
        "nn": ["Vesentleg nedsett arbeids- og inntektsevne", "Arbeids- og inntektsevne"],
    },
    "benefits": {
        "nb": ["Ytelser til livsopphold", "Ingen eller svært begrensede ytelser", "Økonomi og ytelser"],
        "nn": ["Ytingar til livsopphald", "Ingen eller svært avgrensa ytingar"],
    },
    "necessity": {
        "nb": ["Nødvendig og hensiktsmessig", "Arbeidsevnevurdering – nødvendig og hensiktsmessig",
               "Vilkåret om at programmet er nødvendig og hensiktsmessig"],
        "nn": ["Naudsynt og føremålstenleg", "Arbeidsevnevurdering – naudsynt og føremålstenleg"],
    },
    "program": {
        "nb": ["Tilpasset program", "Programmets innhold", "Kan kommunen tilby et tilpasset program?"],
        "nn": ["Tilpassa program", "Innhaldet i programmet"],
    },
}

FRAME = {
    "nb": {
        "title": ["Vedtak – kvalifiseringsprogram", "VEDTAK OM KVALIFISERINGSPROGRAM OG KVALIFISERINGSSTØNAD",
                  "Vedtak om kvalifiseringsprogram etter sosialtjenesteloven § 29"],
        "intro": ["Saken gjelder: Søknad om kvalifiseringsprogram, mottatt {date}.",
                  "Saken gjelder søknad om kvalifiseringsprogram (KVP) etter lov om sosiale tjenester i arbeids- og "
                  "velferdsforvaltningen (sosialtjenesteloven) § 29. Søknaden ble mottatt av NAV {office} {date}.",
                  "Det vises til søknad om kvalifiseringsprogram mottatt {date} og til samtale med veileder i "
                  "forbindelse med søknaden."],
        "decision": ["Vedtak: Søknaden om kvalifiseringsprogram innvilges for perioden {date}–{date2}, jf. "
                     "sosialtjenesteloven § 29.",
                     "NAV {office} har fattet følgende vedtak: Søker innvilges deltakelse i kvalifiseringsprogram med "
                     "kvalifiseringsstønad fra {date} til {date2}.",
                     "Konklusjon: Søknaden innvilges. Vedtaket er fattet med hjemmel i sosialtjenesteloven §§ 29 "
                     "og 35."],
        "general": ["Rettsgrunnlag: Vedtaket er fattet etter sosialtjenesteloven §§ 29 til 35 og forskrift om "
                    "kvalifiseringsprogram og kvalifiseringsstønad. Søker oppfyller vilkårene for rett til "
                    "kvalifiseringsprogram.",
                    "Etter sosialtjenesteloven § 29 har personer i yrkesaktiv alder med vesentlig nedsatt arbeids- og "
                    "inntektsevne og ingen eller svært begrensede ytelser til livsopphold rett til "
                    "kvalifiseringsprogram, når programmet etter en arbeidsevnevurdering er nødvendig og "
                    "hensiktsmessig og kontoret kan tilby et tilpasset program. NAV har kommet til at vilkårene er "
                    "oppfylt.",
                    "Søker fyller samtlige vilkår i sosialtjenesteloven § 29."],
        "reasons_heading": ["Vurdering", "NAVs vurdering", "Begrunnelse, jf. forvaltningsloven §§ 24 og 25",
                            "Faktum og vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Kvalifiseringsstønaden er fastsatt til kr {kvp_amount} per år, jf. sosialtjenesteloven § 35. "
                  "Stønaden utbetales månedlig og er skattepliktig.",
                  "Søker har rett til kvalifiseringsstønad på kr {kvp_amount} på årsbasis. Fravær uten gyldig grunn "
                  "gir trekk i stønaden, jf. forskrift om kvalifiseringsprogram og kvalifiseringsstønad."],
        "start": ["Programmet starter {date}. Vedtaket gjelder til og med {date2}.", "Oppstart: {date}.",
                  "Programstart er satt til {date}."],
        "evaluation": ["Programmet og den individuelle planen vil bli evaluert jevnlig i samarbeid med søker.",
                       "Det vil bli gjennomført evaluering av programmet underveis."],
        "appeal_heading": ["Klageadgang", "Klagerett og innsyn"],
        "appeal": ["Vedtaket kan påklages til Statsforvalteren, jf. sosialtjenesteloven § 48. Klagefristen er tre "
                   "uker fra det tidspunkt vedtaket kom frem, jf. forvaltningsloven § 29. Klagen sendes NAV {office}. "
                   "Dersom vi ikke gir deg medhold, sendes klagen videre til Statsforvalteren for endelig avgjørelse.",
                   "Du kan klage på vedtaket. Fristen er tre uker fra du mottok dette brevet, jf. forvaltningsloven "
                   "§§ 28 og 29. Du har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19."],
        "closing": ["Med hilsen", "Med vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak – kvalifiseringsprogram", "VEDTAK OM KVALIFISERINGSPROGRAM OG KVALIFISERINGSSTØNAD"],
        "intro": ["Saka gjeld: Søknad om kvalifiseringsprogram, motteken {date}.",
                  "Saka gjeld søknad om kvalifiseringsprogram (KVP) etter sosialtenestelova § 29. Søknaden kom inn "
                  "til NAV {office} {date}."],
        "decision": ["Vedtak: Søknaden om kvalifiseringsprogram vert innvilga for perioden {date}–{date2}, jf. "
                     "sosialtenestelova § 29.",
                     "Konklusjon: Søknaden vert innvilga. Vedtaket er gjort med heimel i sosialtenestelova §§ 29 "
                     "og 35."],
        "general": ["Rettsgrunnlag: Vedtaket er gjort etter sosialtenestelova §§ 29 til 35 og forskrift om "
                    "kvalifiseringsprogram og kvalifiseringsstønad. Søkjar oppfyller vilkåra for rett til "
                    "kvalifiseringsprogram.",
                    "Søkjar fyller alle vilkåra i sosialtenestelova § 29."],
        "reasons_heading": ["Vurdering", "Grunngjeving, jf. forvaltningslova §§ 24 og 25"],
        "money_heading": ["Kvalifiseringsstønad"],
        "money": ["Kvalifiseringsstønaden er fastsett til kr {kvp_amount} per år, jf. sosialtenestelova § 35. "
                  "Stønaden vert utbetalt månadleg og er skattepliktig."],
        "start": ["Programmet startar {date}. Vedtaket gjeld til og med {date2}.", "Oppstart: {date}."],
        "evaluation": ["Programmet og den individuelle planen vil bli evaluert jamleg saman med søkjar."],
        "appeal_heading": ["Klageadgang", "Klagerett"],
        "appeal": ["Vedtaket kan klagast på til Statsforvaltaren, jf. sosialtenestelova § 48. Klagefristen er tre "
                   "veker frå vedtaket kom fram, jf. forvaltningslova § 29. Klaga sender du til NAV {office}."],
        "closing": ["Med helsing", "Med venleg helsing"],
    },
}
