"""Phrasing bank ``heldout32`` (round 22): long, formal decisions from a Vestland office.

Written by an independent author for issue #19, under the held-out rules: the author never opened the
rule (``audit/grounds/``, ``docs/grounds.md``), its benchmark or tests, the committed sample letters or any
other phrasing bank, and never ran ``grounds`` or its benchmark; only the generator
(``sample_data/letters/__init__.py``), the README and the legal background were read.

Register: the lawyers of a Vestland office (Voss, Odda, Stord, Førde) write long, formal decisions, mostly in
nynorsk. Each criterion is a paragraph or two of running prose in which the rule, the documents of the case and
the facts about the person are woven into the same long sentences («Etter ei samla vurdering av opplysningane i
saka, mellom anna …, finn NAV at …»), in the nominal and passive style («det vert lagt til grunn at», «det er på
det reine at», «søkjaren si helsemessige stode»), with references to the preparatory works (Ot.prp. nr. 70
(2006–2007), Prop. 12 L (2018–2019)), the regulation and the circular (rundskrivet, hovudnr. 35). The person is
«du» in some phrasings and «søkjaren» / «søkeren» in others (the slot ``{person_nn}`` / ``{person_nb}`` keeps
it the same within a letter where a phrasing uses it).

Kinds and labels: ``grounds`` (ja) holds at least one fact about the person for its own criterion, possibly deep
in a long sentence; ``named`` (nei) is as long and formal but holds no fact — it names the criterion, the
documents read and the assessment made, and concludes; ``quoted`` (nei) sets out the law, the regulation, the
preparatory works or the circular; ``negated`` (nei) says formally that the criterion is not yet clarified, not
documented, or will be assessed later. No phrasing holds a fact of another criterion (age / work ability /
benefits / necessity / programme as the brief partitions them), and the frame holds no fact about the person.
Nynorsk and bokmål 7 to 3.
"""

BANK = "heldout32"
LANG_WEIGHTS = (3, 7)

FILLERS = {
    "office": ["Voss", "Odda", "Stord", "Førde"],
    "person_nn": ["du", "søkjaren"],
    "person_nb": ["du", "søkeren"],
    "diag_nn": ["langvarige rygg- og nakkeplager", "ei moderat depressiv liding", "ei angstliding med unngåingsåtferd",
                "kroniske smerter etter ei arbeidsulukke", "lettare kognitive vanskar etter ein hovudskade",
                "ei rusliding som no er i stabil fase"],
    "diag_nb": ["langvarige rygg- og nakkeplager", "en moderat depressiv lidelse",
                "en angstlidelse med unngåelsesatferd",
                "kroniske smerter etter en arbeidsulykke", "lettere kognitive vansker etter en hodeskade",
                "en ruslidelse som nå er i stabil fase"],
    "job_nn": ["lagerarbeid", "reinhald", "fiskeforedling", "butikkarbeid", "anleggsarbeid",
               "kjøkkenarbeid på eit hotell"],
    "job_nb": ["lagerarbeid", "renhold", "fiskeforedling", "butikkarbeid", "anleggsarbeid",
               "kjøkkenarbeid på et hotell"],
    "act_nn": ["arbeidstrening i ei kommunal verksemd", "arbeidspraksis i ein bruktbutikk",
               "arbeidstrening på eit verkstad i regi av ei attføringsbedrift", "praksis på ein kafé i sentrum"],
    "act_nb": ["arbeidstrening i en kommunal virksomhet", "arbeidspraksis i en bruktbutikk",
               "arbeidstrening på et verksted i regi av en attføringsbedrift", "praksis på en kafé i sentrum"],
    "course_nn": ["norskopplæring på vaksenopplæringa", "eit kurs i grunnleggjande digital kompetanse",
                  "eit truckførarkurs", "eit kurs i jobbsøking og CV-skriving"],
    "course_nb": ["norskopplæring ved voksenopplæringen", "et kurs i grunnleggende digital kompetanse",
                  "et truckførerkurs", "et kurs i jobbsøking og CV-skriving"],
    "measure_nn": ["arbeidsførebuande trening (AFT)", "eit avklaringstiltak", "eit jobbklubbtiltak",
                   "eit arbeidsmarknadskurs"],
    "measure_nb": ["arbeidsforberedende trening (AFT)", "et avklaringstiltak", "et jobbklubbtiltak",
                   "et arbeidsmarkedskurs"],
}

CRITERIA = {}

CRITERIA["age"] = {
    "grounds": {
        "nn": [
            "Etter sosialtenestelova § 29 første ledd er det eit vilkår at søkjaren er i yrkesaktiv alder. Det går "
            "fram av folkeregisteropplysningane i saka at {person_nn} er fødd i {birth_year}, og det vert difor lagt "
            "til grunn at vilkåret om yrkesaktiv alder er oppfylt.",
            "Det er på det reine at du er {age} år gammal. Sidan den nedre aldersgrensa etter lovendringa i 2019 er "
            "18 år, og du enno har fleire år att før alminneleg pensjonsalder, finn NAV at du er i yrkesaktiv alder "
            "slik lova krev.",
            "Etter ei samla vurdering av opplysningane i saka, mellom anna søknaden og registeropplysningane som "
            "viser at søkjaren er {age} år, finn NAV at søkjaren fell innanfor den aldersgruppa lova omfattar, og at "
            "vilkåret om yrkesaktiv alder såleis er oppfylt.",
            "Vilkåret om yrkesaktiv alder, som i rundskrivet er forstått slik at det omfattar personar frå fylte 18 "
            "år og fram til alderspensjonsalderen, byr ikkje på tvil i denne saka, då søkjaren er fødd i "
            "{birth_year} og såleis no er {age} år.",
            "Det vert lagt til grunn at du, som er {age} år, er i yrkesaktiv alder etter § 29, og det er ikkje kome "
            "fram noko i saka som gjev grunn til ei anna vurdering av dette vilkåret.",
            "Når det gjeld alderskravet, viser NAV til at du fylte {age} år i {month}, noko som inneber at du både er "
            "over den nedre grensa på 18 år og godt under den alderen då det vert aktuelt med alderspensjon. "
            "Vilkåret er difor oppfylt.",
            "Søkjaren er fødd i {birth_year}. I samsvar med det som er lagt til grunn i førearbeida, Ot.prp. nr. 70 "
            "(2006–2007), om at programmet rettar seg mot personar i yrkesaktiv alder, finn NAV at alderskravet er "
            "oppfylt.",
            "Det følgjer av sosialtenestelova § 29 at retten til kvalifiseringsprogram er avgrensa til personar i "
            "yrkesaktiv alder, og etter lovendringa som tok til å gjelde 1. januar 2019, er den nedre grensa 18 år.\n"
            "I denne saka er det opplyst, og stadfesta av folkeregisteret, at søkjaren er {age} år. NAV legg dette "
            "til grunn, og vilkåret er oppfylt.",
            "Med omsyn til vilkåret om yrkesaktiv alder er det tilstrekkeleg å vise til at du er fødd i {birth_year} "
            "og dermed er {age} år på vedtakstidspunktet; du er såleis verken under den nedre aldersgrensa eller "
            "nær den øvre grensa for yrkesaktiv alder.",
            "Det er på det reine at søkjaren, som er {age} år, er i yrkesaktiv alder, og vilkåret vert ikkje nærare "
            "drøfta.",
            "I vurderinga av om søkjaren er i yrkesaktiv alder har NAV teke utgangspunkt i opplysningane i "
            "folkeregisteret, der det går fram at søkjaren er fødd i {birth_year}; med ein alder på {age} år er "
            "søkjaren innanfor det aldersspennet som lova og rundskrivet legg til grunn, og vilkåret er difor "
            "oppfylt.",
            "Du er {age} år gammal og er følgjeleg i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd.",
        ],
        "nb": [
            "Etter sosialtjenesteloven § 29 første ledd er det et vilkår at søkeren er i yrkesaktiv alder. Det "
            "fremgår av folkeregisteropplysningene i saken at {person_nb} er født i {birth_year}, og det legges "
            "derfor til grunn at vilkåret om yrkesaktiv alder er oppfylt.",
            "Det er på det rene at du er {age} år gammel. Ettersom den nedre aldersgrensen etter lovendringen i 2019 "
            "er 18 år, og du fortsatt har flere år igjen til alminnelig pensjonsalder, finner NAV at du er i "
            "yrkesaktiv alder slik loven krever.",
            "Etter en samlet vurdering av opplysningene i saken, herunder søknaden og registeropplysningene som "
            "viser at søkeren er {age} år, finner NAV at søkeren faller innenfor den aldersgruppen loven omfatter, "
            "og at vilkåret om yrkesaktiv alder dermed er oppfylt.",
            "Vilkåret om yrkesaktiv alder, som i rundskrivet er forstått slik at det omfatter personer fra fylte 18 "
            "år og frem til alderspensjonsalder, byr ikke på tvil i denne saken, idet søkeren er født i "
            "{birth_year} og således nå er {age} år.",
            "Det legges til grunn at du, som er {age} år, er i yrkesaktiv alder etter § 29, og det er ikke kommet "
            "frem noe i saken som gir grunn til en annen vurdering av dette vilkåret.",
            "Hva gjelder alderskravet, viser NAV til at du fylte {age} år i {month}, hvilket innebærer at du både er "
            "over den nedre grensen på 18 år og godt under den alder hvor alderspensjon blir aktuelt. Vilkåret er "
            "derfor oppfylt.",
            "Søkeren er født i {birth_year}. I samsvar med det som er lagt til grunn i forarbeidene, Ot.prp. nr. 70 "
            "(2006–2007), om at programmet retter seg mot personer i yrkesaktiv alder, finner NAV at alderskravet "
            "er oppfylt.",
            "Det følger av sosialtjenesteloven § 29 at retten til kvalifiseringsprogram er forbeholdt personer i "
            "yrkesaktiv alder, og etter lovendringen som trådte i kraft 1. januar 2019, er den nedre grensen 18 år.\n"
            "I denne saken er det opplyst, og bekreftet av folkeregisteret, at søkeren er {age} år. NAV legger dette "
            "til grunn, og vilkåret er oppfylt.",
            "Med hensyn til vilkåret om yrkesaktiv alder er det tilstrekkelig å vise til at du er født i "
            "{birth_year} og dermed er {age} år på vedtakstidspunktet; du er således verken under den nedre "
            "aldersgrensen eller nær den øvre grensen for yrkesaktiv alder.",
            "Det er på det rene at søkeren, som er {age} år, er i yrkesaktiv alder, og vilkåret drøftes ikke "
            "nærmere.",
            "I vurderingen av om søkeren er i yrkesaktiv alder har NAV tatt utgangspunkt i opplysningene i "
            "folkeregisteret, hvoretter søkeren er født i {birth_year}; med en alder på {age} år er søkeren innenfor "
            "det aldersspennet som loven og rundskrivet legger til grunn, og vilkåret er derfor oppfylt.",
            "Du er {age} år gammel og er følgelig i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd.",
        ],
    },
    "named": {
        "nn": [
            "Etter sosialtenestelova § 29 er det eit vilkår at søkjaren er i yrkesaktiv alder. NAV har kontrollert "
            "opplysningane i folkeregisteret, og det vert lagt til grunn at vilkåret er oppfylt.",
            "Du er i yrkesaktiv alder, og vilkåret i § 29 første ledd er såleis oppfylt.",
            "Etter ei samla vurdering av opplysningane i saka, mellom anna søknaden og dei registeropplysningane "
            "kontoret har henta inn, finn NAV at søkjaren er i yrkesaktiv alder slik lova krev.",
            "Det er på det reine at vilkåret om yrkesaktiv alder er oppfylt i denne saka. NAV har i vurderinga "
            "av dette vilkåret teke utgangspunkt i dei registeropplysningane som ligg føre, og det er ikkje "
            "kome fram noko i saka, verken i søknaden eller i dei dokumenta som seinare er lagde fram, som gjev"
            " grunn til å gå nærare inn på det.",
            "Alderskravet i sosialtenestelova § 29, slik det er forstått i rundskrivet og etter lovendringa i "
            "2019, jf. Prop. 12 L (2018–2019), er vurdert på grunnlag av opplysningane i folkeregisteret og dei"
            " personopplysningane som går fram av søknaden. Etter ein gjennomgang av desse opplysningane vert "
            "det lagt til grunn at vilkåret er oppfylt.",
            "Når det gjeld vilkåret om yrkesaktiv alder, har NAV gått gjennom dei opplysningane som ligg føre i "
            "saka, og det er ikkje noko som tilseier at {person_nn} fell utanfor den aldersgruppa som lova omfattar.",
            "Det vert lagt til grunn at søkjaren er i yrkesaktiv alder etter sosialtenestelova § 29, slik omgrepet "
            "er forstått i rundskrivet og i praksis.",
        ],
        "nb": [
            "Etter sosialtjenesteloven § 29 er det et vilkår at søkeren er i yrkesaktiv alder. NAV har kontrollert "
            "opplysningene i folkeregisteret, og det legges til grunn at vilkåret er oppfylt.",
            "Du er i yrkesaktiv alder, og vilkåret i § 29 første ledd er dermed oppfylt.",
            "Etter en samlet vurdering av opplysningene i saken, herunder søknaden og de registeropplysninger "
            "kontoret har innhentet, finner NAV at søkeren er i yrkesaktiv alder slik loven krever.",
            "Det er på det rene at vilkåret om yrkesaktiv alder er oppfylt i denne saken. NAV har i vurderingen"
            " av dette vilkåret tatt utgangspunkt i de registeropplysninger som foreligger, og det er ikke "
            "fremkommet noe i saken, verken i søknaden eller i de dokumenter som senere er fremlagt, som gir "
            "grunn til å gå nærmere inn på det.",
            "Alderskravet i sosialtjenesteloven § 29, slik det er forstått i rundskrivet og etter lovendringen "
            "i 2019, jf. Prop. 12 L (2018–2019), er vurdert på grunnlag av opplysningene i folkeregisteret og "
            "de personopplysninger som fremgår av søknaden. Etter en gjennomgang av disse opplysningene legges "
            "det til grunn at vilkåret er oppfylt.",
            "Hva gjelder vilkåret om yrkesaktiv alder, har NAV gjennomgått de opplysninger som foreligger i saken, "
            "og det er intet som tilsier at {person_nb} faller utenfor den aldersgruppen loven omfatter.",
            "Det legges til grunn at søkeren er i yrkesaktiv alder etter sosialtjenesteloven § 29, slik begrepet er "
            "forstått i rundskrivet og i praksis.",
        ],
    },
    "quoted": {
        "nn": [
            "Etter sosialtenestelova § 29 første ledd har personar i yrkesaktiv alder rett til kvalifiseringsprogram "
            "når dei øvrige vilkåra er oppfylte. Ved lovendringa som tok til å gjelde 1. januar 2019, jf. Prop. 12 L "
            "(2018–2019), vart den nedre aldersgrensa sett til 18 år.",
            "Kva som ligg i omgrepet «yrkesaktiv alder», er ikkje nærare definert i lova. I rundskrivet til "
            "sosialtenestelova er det lagt til grunn at omgrepet omfattar personar frå fylte 18 år og fram til den "
            "alderen då det er vanleg å gå over på alderspensjon.",
            "Av førearbeida, Ot.prp. nr. 70 (2006–2007), går det fram at kvalifiseringsprogrammet er meint for "
            "personar i yrkesaktiv alder, og at målgruppa elles skal avgrensast ut frå dei øvrige vilkåra i lova.",
            "Det første vilkåret i § 29 er at søkjaren er i yrkesaktiv alder. Etter fast praksis vert vilkåret rekna "
            "som oppfylt for personar mellom 18 og 67 år; etter lovendringa i 2019 kan programmet også gjevast til "
            "personar som nettopp har fylt 18 år.",
            "Sosialtenestelova § 29 set som vilkår at søkjaren er i yrkesaktiv alder. Føremålet med vilkåret er, "
            "slik det går fram av førearbeida, å avgrense programmet mot personar som har gått over på "
            "alderspensjon, og mot personar under 18 år.",
            "Etter rundskrivet skal vilkåret om yrkesaktiv alder tolkast i samsvar med føremålet med programmet, "
            "som er å styrkje moglegheitene for overgang til arbeid; det inneber at personar frå 18 år og opp til "
            "pensjonsalder som hovudregel er omfatta.",
        ],
        "nb": [
            "Etter sosialtjenesteloven § 29 første ledd har personer i yrkesaktiv alder rett til "
            "kvalifiseringsprogram når de øvrige vilkårene er oppfylt. Ved lovendringen som trådte i kraft 1. januar "
            "2019, jf. Prop. 12 L (2018–2019), ble den nedre aldersgrensen satt til 18 år.",
            "Hva som ligger i begrepet «yrkesaktiv alder», er ikke nærmere definert i loven. I rundskrivet til "
            "sosialtjenesteloven er det lagt til grunn at begrepet omfatter personer fra fylte 18 år og frem til den "
            "alder hvor det er vanlig å gå over på alderspensjon.",
            "Av forarbeidene, Ot.prp. nr. 70 (2006–2007), fremgår det at kvalifiseringsprogrammet er ment for "
            "personer i yrkesaktiv alder, og at målgruppen for øvrig skal avgrenses ut fra de øvrige vilkårene i "
            "loven.",
            "Det første vilkåret i § 29 er at søkeren er i yrkesaktiv alder. Etter fast praksis anses vilkåret "
            "oppfylt for personer mellom 18 og 67 år; etter lovendringen i 2019 kan programmet også gis til personer "
            "som nettopp har fylt 18 år.",
            "Sosialtjenesteloven § 29 stiller som vilkår at søkeren er i yrkesaktiv alder. Formålet med vilkåret er, "
            "slik det fremgår av forarbeidene, å avgrense programmet mot personer som har gått over på "
            "alderspensjon, og mot personer under 18 år.",
            "Etter rundskrivet skal vilkåret om yrkesaktiv alder tolkes i samsvar med programmets formål, som er å "
            "styrke mulighetene for overgang til arbeid; det innebærer at personer fra 18 år og opp til "
            "pensjonsalder som hovedregel er omfattet.",
        ],
    },
    "negated": {
        "nn": [
            "Vilkåret om yrkesaktiv alder er ikkje særskilt vurdert i dette vedtaket, då opplysningane frå "
            "folkeregisteret ikkje låg føre på vedtakstidspunktet. Kontoret vil kome attende til dette.",
            "Det ligg ikkje føre dokumentasjon i saka som gjer det mogleg å ta endeleg stilling til vilkåret om "
            "yrkesaktiv alder. Vilkåret vil bli vurdert når slik dokumentasjon er motteken.",
            "Vurderinga av alderskravet i § 29 er ikkje ferdigstilt. Dei opplysningane som er naudsynte for å "
            "ta stilling til om søkjaren er i yrkesaktiv alder, er etterspurde, og NAV vil gjere ei eiga "
            "vurdering av vilkåret i eit notat i saka så snart opplysningane ligg føre.",
            "Spørsmålet om søkjaren er i yrkesaktiv alder, er ikkje avklart i saka på det noverande tidspunktet, og "
            "NAV tek difor ikkje stilling til det i dette vedtaket.",
        ],
        "nb": [
            "Vilkåret om yrkesaktiv alder er ikke særskilt vurdert i dette vedtaket, da opplysningene fra "
            "folkeregisteret ikke forelå på vedtakstidspunktet. Kontoret vil komme tilbake til dette.",
            "Det foreligger ikke dokumentasjon i saken som gjør det mulig å ta endelig stilling til vilkåret om "
            "yrkesaktiv alder. Vilkåret vil bli vurdert når slik dokumentasjon er mottatt.",
            "Vurderingen av alderskravet i § 29 er ikke ferdigstilt. De opplysninger som er nødvendige for å ta"
            " stilling til om søkeren er i yrkesaktiv alder, er etterspurt, og NAV vil foreta en egen vurdering"
            " av vilkåret i et notat i saken så snart opplysningene foreligger.",
            "Spørsmålet om søkeren er i yrkesaktiv alder, er ikke avklart i saken på nåværende tidspunkt, og NAV "
            "tar derfor ikke stilling til det i dette vedtaket.",
        ],
    },
}

CRITERIA["work_ability"] = {
    "grounds": {
        "nn": [
            "Det andre vilkåret er at søkjaren har vesentleg nedsett arbeids- og inntektsevne. Etter ei samla "
            "vurdering av opplysningane i saka, mellom anna legeerklæringa og arbeidsevnevurderinga, der det går "
            "fram at {person_nn} har {diag_nn} som avgrensar både kor lenge og kor tungt det er mogleg å arbeide, "
            "finn NAV at arbeids- og inntektsevna er vesentleg nedsett.",
            "Det er på det reine at du ikkje har fullført vidaregåande opplæring, og at du sidan {year} ikkje har "
            "hatt fast tilknyting til arbeidslivet etter at arbeidsforholdet ditt innan {job_nn} tok slutt. Sett i "
            "samanheng med dei helsemessige avgrensingane som er skildra i legeerklæringa, vert det lagt til grunn "
            "at arbeids- og inntektsevna di er vesentleg nedsett.",
            "Søkjaren si helsemessige stode er prega av {diag_nn}, og fastlegen har i erklæringa si peika på at "
            "dette gjer det vanskeleg å stå i ordinært arbeid over tid. Det vert difor lagt til grunn at vilkåret om "
            "vesentleg nedsett arbeids- og inntektsevne er oppfylt.",
            "Av arbeidsevnevurderinga frå {month} går det fram at du har arbeidd i om lag {years} år med {job_nn}, "
            "men at du ikkje har vore i arbeid dei siste åra, og at dei norskkunnskapane du har i dag, ikkje er "
            "tilstrekkelege for dei fleste stillingane i den lokale arbeidsmarknaden. NAV finn etter dette at "
            "arbeids- og inntektsevna di er vesentleg nedsett.",
            "Vurderinga av om arbeids- og inntektsevna er vesentleg nedsett, skal etter rundskrivet byggje på ei "
            "konkret og individuell vurdering av ressursane og avgrensingane til søkjaren, og i denne saka er det "
            "særleg lagt vekt på at søkjaren har lite formell utdanning utover grunnskulen, kort og oppstykka "
            "arbeidserfaring, og at søkjaren etter eiga opplysning og etter fråsegna frå fastlegen strevar med "
            "{diag_nn}.",
            "Etter ei samla vurdering av opplysningane i saka, mellom anna at du har budd i Noreg i {years} år og "
            "framleis har avgrensa norskkunnskapar, at du ikkje har utdanning som er godkjend i Noreg, og at du ikkje "
            "har hatt lønna arbeid her i landet, finn NAV at arbeids- og inntektsevna di er vesentleg nedsett.",
            "Arbeidsevnevurderinga viser at søkjaren har gode ressursar når det gjeld motivasjon, men at {diag_nn} "
            "fører til hyppig fråvær og redusert uthald; søkjaren har såleis ikkje klart å halde på eit arbeid i "
            "meir enn nokre månader om gongen. Vilkåret om vesentleg nedsett arbeids- og inntektsevne er etter dette "
            "oppfylt.",
            "Etter sosialtenestelova § 29 må arbeids- og inntektsevna vere vesentleg nedsett. Det er ikkje krav om at "
            "nedsetjinga skal ha ei bestemt årsak; også sosiale forhold, manglande utdanning og lang tid utanfor "
            "arbeidslivet kan ha betydning, jf. rundskrivet.\n"
            "I saka di går det fram av legeerklæringa at du har {diag_nn}, og av kartleggingssamtalen at du sist var "
            "i arbeid i {year}, som tilsett innan {job_nn}. NAV legg etter dette til grunn at arbeids- og "
            "inntektsevna di er vesentleg nedsett.",
            "Det vert lagt til grunn at arbeids- og inntektsevna til søkjaren er vesentleg nedsett, då søkjaren, som "
            "avbraut vidaregåande skule og sidan berre har hatt kortvarige engasjement innan {job_nn}, etter det som "
            "er opplyst i saka ikkje har kvalifikasjonar som er etterspurde i arbeidsmarknaden i regionen.",
            "Du har opplyst, og det er stadfesta i legeerklæringa frå {month}, at du har {diag_nn}. Slik NAV ser det, "
            "gjer dette at du i dag ikkje kan nytte arbeidsevna di i eit ordinært arbeid, og vilkåret er oppfylt.",
            "Når det gjeld søkjaren si arbeids- og inntektsevne, er det på det reine at søkjaren miste arbeidet sitt "
            "innan {job_nn} i {year} då verksemda vart lagd ned, og at søkjaren i åra etterpå ikkje har lukkast med "
            "å kome i nytt arbeid, noko som etter arbeidsevnevurderinga har samanheng med manglande formell "
            "kompetanse og svake lese- og skriveferdigheiter. Vilkåret er difor oppfylt.",
            "Med omsyn til arbeids- og inntektsevna viser NAV til arbeidsevnevurderinga, der det er konkludert med "
            "at {person_nn} har vesentlege avgrensingar i arbeidsevna, særleg knytte til {diag_nn} og til at "
            "arbeidserfaringa er avgrensa til nokre få år med {job_nn}.",
        ],
        "nb": [
            "Det andre vilkåret er at søkeren har vesentlig nedsatt arbeids- og inntektsevne. Etter en samlet "
            "vurdering av opplysningene i saken, herunder legeerklæringen og arbeidsevnevurderingen, hvor det "
            "fremgår at {person_nb} har {diag_nb} som begrenser både hvor lenge og hvor tungt det er mulig å arbeide, "
            "finner NAV at arbeids- og inntektsevnen er vesentlig nedsatt.",
            "Det er på det rene at du ikke har fullført videregående opplæring, og at du siden {year} ikke har hatt "
            "fast tilknytning til arbeidslivet etter at arbeidsforholdet ditt innen {job_nb} opphørte. Sett i "
            "sammenheng med de helsemessige begrensningene som er beskrevet i legeerklæringen, legges det til grunn "
            "at arbeids- og inntektsevnen din er vesentlig nedsatt.",
            "Søkerens helsemessige situasjon er preget av {diag_nb}, og fastlegen har i sin erklæring påpekt at "
            "dette gjør det vanskelig å stå i ordinært arbeid over tid. Det legges derfor til grunn at vilkåret om "
            "vesentlig nedsatt arbeids- og inntektsevne er oppfylt.",
            "Av arbeidsevnevurderingen fra {month} fremgår det at du har arbeidet i om lag {years} år med {job_nb}, "
            "men at du ikke har vært i arbeid de siste årene, og at dine norskkunnskaper i dag ikke er tilstrekkelige "
            "for de fleste stillinger i det lokale arbeidsmarkedet. NAV finner etter dette at arbeids- og "
            "inntektsevnen din er vesentlig nedsatt.",
            "Vurderingen av om arbeids- og inntektsevnen er vesentlig nedsatt, skal etter rundskrivet bygge på en "
            "konkret og individuell vurdering av søkerens ressurser og begrensninger, og i denne saken er det "
            "særlig lagt vekt på at søkeren har lite formell utdanning utover grunnskolen, kort og oppstykket "
            "arbeidserfaring, og at søkeren etter egen opplysning og etter uttalelsen fra fastlegen strever med "
            "{diag_nb}.",
            "Etter en samlet vurdering av opplysningene i saken, herunder at du har bodd i Norge i {years} år og "
            "fortsatt har begrensede norskkunnskaper, at du ikke har utdanning som er godkjent i Norge, og at du ikke "
            "har hatt lønnet arbeid her i landet, finner NAV at arbeids- og inntektsevnen din er vesentlig nedsatt.",
            "Arbeidsevnevurderingen viser at søkeren har gode ressurser når det gjelder motivasjon, men at {diag_nb} "
            "medfører hyppig fravær og redusert utholdenhet; søkeren har således ikke klart å beholde et arbeid i mer "
            "enn noen måneder av gangen. Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er etter dette "
            "oppfylt.",
            "Etter sosialtjenesteloven § 29 må arbeids- og inntektsevnen være vesentlig nedsatt. Det er ikke krav om "
            "at nedsettelsen skal ha en bestemt årsak; også sosiale forhold, manglende utdanning og lang tid utenfor "
            "arbeidslivet kan ha betydning, jf. rundskrivet.\n"
            "I din sak fremgår det av legeerklæringen at du har {diag_nb}, og av kartleggingssamtalen at du sist var "
            "i arbeid i {year}, som ansatt innen {job_nb}. NAV legger etter dette til grunn at arbeids- og "
            "inntektsevnen din er vesentlig nedsatt.",
            "Det legges til grunn at søkerens arbeids- og inntektsevne er vesentlig nedsatt, idet søkeren, som "
            "avbrøt videregående skole og siden kun har hatt kortvarige engasjementer innen {job_nb}, etter det som "
            "er opplyst i saken ikke har kvalifikasjoner som er etterspurt i arbeidsmarkedet i regionen.",
            "Du har opplyst, og det er bekreftet i legeerklæringen fra {month}, at du har {diag_nb}. Slik NAV ser "
            "det, gjør dette at du i dag ikke kan utnytte arbeidsevnen din i et ordinært arbeid, og vilkåret er "
            "oppfylt.",
            "Hva gjelder søkerens arbeids- og inntektsevne, er det på det rene at søkeren mistet sitt arbeid innen "
            "{job_nb} i {year} da virksomheten ble nedlagt, og at søkeren i årene etter ikke har lykkes med å komme i "
            "nytt arbeid, noe som etter arbeidsevnevurderingen har sammenheng med manglende formell kompetanse og "
            "svake lese- og skriveferdigheter. Vilkåret er derfor oppfylt.",
            "Med hensyn til arbeids- og inntektsevnen viser NAV til arbeidsevnevurderingen, hvor det er konkludert "
            "med at {person_nb} har vesentlige begrensninger i arbeidsevnen, særlig knyttet til {diag_nb} og til at "
            "arbeidserfaringen er begrenset til noen få år med {job_nb}.",
        ],
    },
    "named": {
        "nn": [
            "Det andre vilkåret i § 29 er at søkjaren har vesentleg nedsett arbeids- og inntektsevne. NAV har gått "
            "gjennom legeerklæringa, arbeidsevnevurderinga og dei øvrige opplysningane i saka, og det vert etter ei "
            "samla vurdering lagt til grunn at vilkåret er oppfylt.",
            "Etter ei samla vurdering av opplysningane i saka, mellom anna søknaden, arbeidsevnevurderinga og det som "
            "kom fram i samtalane med rettleiaren, finn NAV at arbeids- og inntektsevna di er vesentleg nedsett.",
            "Det er på det reine at søkjaren har vesentleg nedsett arbeids- og inntektsevne. NAV har i "
            "vurderinga av dette vilkåret lagt til grunn arbeidsevnevurderinga etter NAV-lova § 14 a, dei "
            "medisinske opplysningane som er innhenta med samtykke frå søkjaren, og det som kom fram i "
            "kartleggingssamtalane ved kontoret, og har, etter ei samla vurdering av desse dokumenta sett opp "
            "mot dei krava som går fram av rundskrivet, kome til at vilkåret er oppfylt.",
            "Arbeidsevnevurderinga etter NAV-lova § 14 a er gjennomført og ligg til grunn for vedtaket. På bakgrunn "
            "av denne og dei medisinske opplysningane i saka finn NAV at vilkåret om vesentleg nedsett arbeids- og "
            "inntektsevne er oppfylt.",
            "Etter sosialtenestelova § 29 må arbeids- og inntektsevna vere vesentleg nedsett, og NAV har, i "
            "samsvar med rundskrivet, gjort ei konkret og individuell vurdering av om dette er tilfellet for "
            "din del. På grunnlag av arbeidsevnevurderinga, den dokumentasjonen du sjølv har lagt fram, og dei "
            "opplysningane kontoret elles har i saka, er det vår vurdering at du har vesentleg nedsett arbeids-"
            " og inntektsevne, og vilkåret er såleis oppfylt.",
            "NAV har vurdert søkjaren si arbeids- og inntektsevne på grunnlag av dei dokumenta som er lista opp i "
            "vedlegget til vedtaket, og har kome til at arbeids- og inntektsevna er vesentleg nedsett i den meininga "
            "lova legg til grunn.",
            "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er vurdert konkret og individuelt, slik "
            "rundskrivet føreset. Etter ei heilskapleg vurdering av dei ressursane og avgrensingane som er kartlagde "
            "i saka, vert det lagt til grunn at vilkåret er oppfylt.",
        ],
        "nb": [
            "Det andre vilkåret i § 29 er at søkeren har vesentlig nedsatt arbeids- og inntektsevne. NAV har "
            "gjennomgått legeerklæringen, arbeidsevnevurderingen og de øvrige opplysningene i saken, og det legges "
            "etter en samlet vurdering til grunn at vilkåret er oppfylt.",
            "Etter en samlet vurdering av opplysningene i saken, herunder søknaden, arbeidsevnevurderingen og det som "
            "fremkom i samtalene med veilederen, finner NAV at arbeids- og inntektsevnen din er vesentlig nedsatt.",
            "Det er på det rene at søkeren har vesentlig nedsatt arbeids- og inntektsevne. NAV har i "
            "vurderingen av dette vilkåret lagt til grunn arbeidsevnevurderingen etter NAV-loven § 14 a, de "
            "medisinske opplysningene som er innhentet med samtykke fra søkeren, og det som fremkom i "
            "kartleggingssamtalene ved kontoret, og har, etter en samlet vurdering av disse dokumentene holdt "
            "opp mot de krav som fremgår av rundskrivet, kommet til at vilkåret er oppfylt.",
            "Arbeidsevnevurderingen etter NAV-loven § 14 a er gjennomført og ligger til grunn for vedtaket. På "
            "bakgrunn av denne og de medisinske opplysningene i saken finner NAV at vilkåret om vesentlig nedsatt "
            "arbeids- og inntektsevne er oppfylt.",
            "Etter sosialtjenesteloven § 29 må arbeids- og inntektsevnen være vesentlig nedsatt, og NAV har, i "
            "samsvar med rundskrivet, foretatt en konkret og individuell vurdering av om dette er tilfellet for"
            " din del. På grunnlag av arbeidsevnevurderingen, den dokumentasjon du selv har lagt frem, og de "
            "opplysninger kontoret for øvrig har i saken, er det vår vurdering at du har vesentlig nedsatt "
            "arbeids- og inntektsevne, og vilkåret er dermed oppfylt.",
            "NAV har vurdert søkerens arbeids- og inntektsevne på grunnlag av de dokumenter som er listet opp i "
            "vedlegget til vedtaket, og har kommet til at arbeids- og inntektsevnen er vesentlig nedsatt i lovens "
            "forstand.",
            "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er vurdert konkret og individuelt, slik "
            "rundskrivet forutsetter. Etter en helhetlig vurdering av de ressurser og begrensninger som er kartlagt "
            "i saken, legges det til grunn at vilkåret er oppfylt.",
        ],
    },
    "quoted": {
        "nn": [
            "Etter sosialtenestelova § 29 første ledd er det eit vilkår for rett til kvalifiseringsprogram at "
            "søkjaren har vesentleg nedsett arbeids- og inntektsevne. Vurderinga skal byggje på ei "
            "arbeidsevnevurdering etter NAV-lova § 14 a.",
            "Det går fram av førearbeida, Ot.prp. nr. 70 (2006–2007), at vilkåret om vesentleg nedsett arbeids- og "
            "inntektsevne ikkje føreset at nedsetjinga har ei medisinsk årsak; også sosiale forhold, manglande "
            "utdanning og langt fråvær frå arbeidslivet kan føre til at vilkåret er oppfylt.",
            "Etter rundskrivet til sosialtenestelova skal det gjerast ei konkret og individuell vurdering av om "
            "arbeids- og inntektsevna er vesentleg nedsett, der både helsemessige, sosiale og andre forhold kan ha "
            "betydning, og der vurderinga skal sjåast i samanheng med krava i arbeidsmarknaden.",
            "Kravet om at arbeids- og inntektsevna skal vere «vesentleg nedsett», er meint å avgrense målgruppa til "
            "personar som står langt frå arbeidslivet. Det er i praksis ikkje sett noka fast prosentgrense for kor "
            "stor nedsetjinga må vere.",
            "Omgrepet arbeids- og inntektsevne omfattar både evna til å utføre arbeid og evna til å skaffe seg "
            "inntekt gjennom arbeid. Etter NAV-lova § 14 a har den som ønskjer eller treng bistand for å kome i "
            "arbeid, rett til å få vurdert behovet sitt for bistand, og denne vurderinga skal liggje til grunn når "
            "det vert teke stilling til vilkåret i sosialtenestelova § 29.",
            "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er i praksis tolka slik at det omfattar personar "
            "med langvarige og samansette utfordringar, som treng tett og koordinert oppfølging for å kunne nytte "
            "arbeidsevna si.",
        ],
        "nb": [
            "Etter sosialtjenesteloven § 29 første ledd er det et vilkår for rett til kvalifiseringsprogram at "
            "søkeren har vesentlig nedsatt arbeids- og inntektsevne. Vurderingen skal bygge på en "
            "arbeidsevnevurdering etter NAV-loven § 14 a.",
            "Det fremgår av forarbeidene, Ot.prp. nr. 70 (2006–2007), at vilkåret om vesentlig nedsatt arbeids- og "
            "inntektsevne ikke forutsetter at nedsettelsen har en medisinsk årsak; også sosiale forhold, manglende "
            "utdanning og langvarig fravær fra arbeidslivet kan medføre at vilkåret er oppfylt.",
            "Etter rundskrivet til sosialtjenesteloven skal det foretas en konkret og individuell vurdering av om "
            "arbeids- og inntektsevnen er vesentlig nedsatt, hvor både helsemessige, sosiale og andre forhold kan ha "
            "betydning, og hvor vurderingen skal ses i sammenheng med kravene i arbeidsmarkedet.",
            "Kravet om at arbeids- og inntektsevnen skal være «vesentlig nedsatt», er ment å avgrense målgruppen til "
            "personer som står langt fra arbeidslivet. Det er i praksis ikke satt noen fast prosentgrense for hvor "
            "stor nedsettelsen må være.",
            "Begrepet arbeids- og inntektsevne omfatter både evnen til å utføre arbeid og evnen til å skaffe seg "
            "inntekt gjennom arbeid. Etter NAV-loven § 14 a har den som ønsker eller trenger bistand for å komme i "
            "arbeid, rett til å få vurdert sitt bistandsbehov, og denne vurderingen skal ligge til grunn når det tas "
            "stilling til vilkåret i sosialtjenesteloven § 29.",
            "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er i praksis tolket slik at det omfatter personer "
            "med langvarige og sammensatte utfordringer, som trenger tett og koordinert oppfølging for å kunne "
            "utnytte sin arbeidsevne.",
        ],
    },
    "negated": {
        "nn": [
            "Arbeidsevnevurderinga er ikkje ferdigstilt, og vilkåret om vesentleg nedsett arbeids- og inntektsevne "
            "vil difor bli vurdert når vurderinga ligg føre.",
            "Det ligg på vedtakstidspunktet ikkje føre tilstrekkeleg dokumentasjon til å ta endeleg stilling til "
            "søkjaren si arbeids- og inntektsevne. NAV har bede om utfyllande opplysningar, og vilkåret vil bli "
            "vurdert på nytt når desse er mottekne.",
            "Spørsmålet om arbeids- og inntektsevna er vesentleg nedsett, er enno ikkje avklart og vert vurdert i "
            "samband med den første evalueringa av programmet.",
            "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er ikkje nærare vurdert i dette vedtaket, "
            "då arbeidsevnevurderinga etter NAV-lova § 14 a framleis er under arbeid og dei opplysningane som "
            "er bedne om, ikkje har kome inn. NAV vil ta stilling til vilkåret når saka er så godt opplyst som "
            "mogleg, jf. forvaltningslova § 17.",
        ],
        "nb": [
            "Arbeidsevnevurderingen er ikke ferdigstilt, og vilkåret om vesentlig nedsatt arbeids- og inntektsevne "
            "vil derfor bli vurdert når vurderingen foreligger.",
            "Det foreligger på vedtakstidspunktet ikke tilstrekkelig dokumentasjon til å ta endelig stilling til "
            "søkerens arbeids- og inntektsevne. NAV har bedt om utfyllende opplysninger, og vilkåret vil bli vurdert "
            "på nytt når disse er mottatt.",
            "Spørsmålet om arbeids- og inntektsevnen er vesentlig nedsatt, er ennå ikke avklart og vurderes i "
            "forbindelse med den første evalueringen av programmet.",
            "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er ikke nærmere vurdert i dette vedtaket, "
            "da arbeidsevnevurderingen etter NAV-loven § 14 a fortsatt er under arbeid og de opplysninger som "
            "er bedt om, ikke er kommet inn. NAV vil ta stilling til vilkåret når saken er så godt opplyst som "
            "mulig, jf. forvaltningsloven § 17.",
        ],
    },
}

CRITERIA["benefits"] = {
    "grounds": {
        "nn": [
            "Det tredje vilkåret er at søkjaren har ingen eller svært avgrensa ytingar til livsopphald etter "
            "folketrygdlova eller arbeidsmarknadslova. Det går fram av saka at {person_nn} har hatt økonomisk "
            "sosialhjelp som einaste inntekt sidan {year}, og vilkåret er etter dette oppfylt.",
            "Det er på det reine at retten din til arbeidsavklaringspengar tok slutt i {month} då den lengste "
            "stønadsperioden var nådd, og at du ikkje har fått innvilga andre ytingar frå folketrygda etter dette. "
            "NAV finn difor at du ikkje har ytingar til livsopphald som er til hinder for deltaking i programmet.",
            "Etter ei samla vurdering av opplysningane i saka, mellom anna kontoutskrifter for dei siste tre "
            "månadene og skattemeldinga for {year}, som viser at søkjaren hadde ei samla inntekt under to gonger "
            "grunnbeløpet og ikkje har oppsparte midlar av betydning, finn NAV at vilkåret om ingen eller svært "
            "avgrensa ytingar er oppfylt.",
            "Søkjaren sine ytingar til livsopphald er avgrensa til bustøtte på om lag {amount} i månaden og "
            "supplerande økonomisk sosialhjelp; det vert lagt til grunn at dette er svært avgrensa ytingar i den "
            "meininga lova legg til grunn.",
            "Søknaden din om dagpengar vart avslått i {month} fordi arbeidsinntekta di i tida før var for låg, og du "
            "har ikkje andre ytingar frå folketrygda eller etter arbeidsmarknadslova. Vilkåret er såleis oppfylt.",
            "Etter § 29 er det eit vilkår at søkjaren har ingen eller svært avgrensa ytingar til livsopphald etter "
            "folketrygdlova eller arbeidsmarknadslova. Etter rundskrivet er det storleiken og varigheita til "
            "ytingane som er avgjerande.\n"
            "I denne saka går det fram av registeropplysningane at du ikkje har motteke ytingar frå folketrygda dei "
            "siste {months} månadene, og at du har levd av økonomisk sosialhjelp på om lag {amount} i månaden. "
            "Vilkåret er oppfylt.",
            "Det vert lagt til grunn at søkjaren, som etter det opplyste har ei lita deltidsinntekt frå eit "
            "vikarbyrå på om lag {amount} i månaden og elles ingen ytingar, har svært avgrensa ytingar til "
            "livsopphald.",
            "Med omsyn til ytingar til livsopphald viser NAV til at du hadde dagpengar fram til {month} {year}, då "
            "stønadsperioden var oppbrukt, og at du ikkje har gått over på andre ytingar etter det. Vilkåret er "
            "oppfylt.",
            "Opplysningane i saka, under dette utskrift frå a-ordninga og kontoutskrifter, viser at søkjaren ikkje "
            "har hatt registrert inntekt sidan {year}, og at søkjaren ikkje har formue eller oppsparte midlar; "
            "søkjaren har såleis ingen ytingar til livsopphald.",
            "Du hadde overgangsstønad fram til {month}, då stønadsperioden tok slutt, og du har etter det NAV kjenner "
            "til, ingen andre ytingar til livsopphald i dag. Vilkåret i § 29 om ingen eller svært avgrensa ytingar "
            "er difor oppfylt.",
            "Etter ei samla vurdering, der NAV mellom anna har lagt vekt på at den einaste faste inntekta til "
            "søkjaren er barnetrygd, som ikkje er ei yting til livsopphald i lova si meining, og at søkjaren elles "
            "har motteke økonomisk stønad frå kontoret i {months} månader, finn NAV at vilkåret er oppfylt.",
            "Når det gjeld økonomien din, er det opplyst at du har ei gjeldsordning og lever på eit budsjett der "
            "den einaste inntekta er {amount} i månaden i økonomisk sosialhjelp; NAV finn at ytingane dine til "
            "livsopphald er svært avgrensa, og vilkåret er oppfylt.",
        ],
        "nb": [
            "Det tredje vilkåret er at søkeren har ingen eller svært begrensede ytelser til livsopphold etter "
            "folketrygdloven eller arbeidsmarkedsloven. Det fremgår av saken at {person_nb} har hatt økonomisk "
            "sosialhjelp som eneste inntekt siden {year}, og vilkåret er etter dette oppfylt.",
            "Det er på det rene at din rett til arbeidsavklaringspenger opphørte i {month} da maksimal stønadsperiode "
            "var nådd, og at du ikke har fått innvilget andre ytelser fra folketrygden etter dette. NAV finner derfor "
            "at du ikke har ytelser til livsopphold som er til hinder for deltakelse i programmet.",
            "Etter en samlet vurdering av opplysningene i saken, herunder kontoutskrifter for de siste tre månedene "
            "og skattemeldingen for {year}, som viser at søkeren hadde en samlet inntekt under to ganger "
            "grunnbeløpet og ikke har oppsparte midler av betydning, finner NAV at vilkåret om ingen eller svært "
            "begrensede ytelser er oppfylt.",
            "Søkerens ytelser til livsopphold er begrenset til bostøtte på om lag {amount} i måneden og supplerende "
            "økonomisk sosialhjelp; det legges til grunn at dette er svært begrensede ytelser i lovens forstand.",
            "Søknaden din om dagpenger ble avslått i {month} fordi arbeidsinntekten din i forkant var for lav, og du "
            "har ikke andre ytelser fra folketrygden eller etter arbeidsmarkedsloven. Vilkåret er således oppfylt.",
            "Etter § 29 er det et vilkår at søkeren har ingen eller svært begrensede ytelser til livsopphold etter "
            "folketrygdloven eller arbeidsmarkedsloven. Etter rundskrivet er det ytelsenes størrelse og varighet som "
            "er avgjørende.\n"
            "I denne saken fremgår det av registeropplysningene at du ikke har mottatt ytelser fra folketrygden de "
            "siste {months} månedene, og at du har levd av økonomisk sosialhjelp på om lag {amount} i måneden. "
            "Vilkåret er oppfylt.",
            "Det legges til grunn at søkeren, som etter det opplyste har en liten deltidsinntekt fra et vikarbyrå på "
            "om lag {amount} i måneden og for øvrig ingen ytelser, har svært begrensede ytelser til livsopphold.",
            "Med hensyn til ytelser til livsopphold viser NAV til at du mottok dagpenger frem til {month} {year}, da "
            "stønadsperioden var oppbrukt, og at du ikke har gått over på andre ytelser etter det. Vilkåret er "
            "oppfylt.",
            "Opplysningene i saken, herunder utskrift fra a-ordningen og kontoutskrifter, viser at søkeren ikke har "
            "hatt registrert inntekt siden {year}, og at søkeren ikke har formue eller oppsparte midler; søkeren har "
            "således ingen ytelser til livsopphold.",
            "Du mottok overgangsstønad frem til {month}, da stønadsperioden utløp, og du har etter det NAV kjenner "
            "til, ingen andre ytelser til livsopphold i dag. Vilkåret i § 29 om ingen eller svært begrensede ytelser "
            "er derfor oppfylt.",
            "Etter en samlet vurdering, hvor NAV blant annet har lagt vekt på at søkerens eneste faste inntekt er "
            "barnetrygd, som ikke er en ytelse til livsopphold i lovens forstand, og at søkeren for øvrig har mottatt "
            "økonomisk stønad fra kontoret i {months} måneder, finner NAV at vilkåret er oppfylt.",
            "Hva gjelder din økonomi, er det opplyst at du har en gjeldsordning og lever på et budsjett hvor eneste "
            "inntekt er {amount} i måneden i økonomisk sosialhjelp; NAV finner at dine ytelser til livsopphold er "
            "svært begrensede, og vilkåret er oppfylt.",
        ],
    },
    "named": {
        "nn": [
            "Det tredje vilkåret i § 29 gjeld ytingar til livsopphald. NAV har henta inn opplysningar frå eigne "
            "register og frå a-ordninga, og etter ein gjennomgang av desse vert det lagt til grunn at vilkåret om "
            "ingen eller svært avgrensa ytingar er oppfylt.",
            "Etter ei samla vurdering av dei økonomiske opplysningane i saka, mellom anna kontoutskriftene og "
            "skatteopplysningane som er innhenta, finn NAV at søkjaren fyller vilkåret om ingen eller svært avgrensa "
            "ytingar til livsopphald.",
            "Det er på det reine at vilkåret om ingen eller svært avgrensa ytingar til livsopphald etter "
            "folketrygdlova eller arbeidsmarknadslova er oppfylt i saka di. NAV har i denne vurderinga gått "
            "gjennom dei opplysningane om inntekt og ytingar som er henta frå a-ordninga og frå NAV sine eigne "
            "system, i tillegg til dei kontoutskriftene og skatteopplysningane du la ved søknaden, og det er "
            "ikkje kome fram noko som gjev grunn til ei anna vurdering.",
            "NAV har vurdert den økonomiske situasjonen din på grunnlag av dokumentasjonen du la ved søknaden, og "
            "finn at vilkåret i § 29 om ytingar til livsopphald er oppfylt.",
            "Når det gjeld ytingar til livsopphald, er det gjort ei konkret vurdering i samsvar med rundskrivet, og "
            "det vert lagt til grunn at søkjaren er innanfor målgruppa for programmet på dette punktet.",
            "Du fyller vilkåret om ingen eller svært avgrensa ytingar til livsopphald, jf. sosialtenestelova § "
            "29 første ledd. Vurderinga er gjord på grunnlag av dei økonomiske opplysningane som ligg føre i "
            "saka, og i samsvar med det som er lagt til grunn i førearbeida og i rundskrivet om kva ytingar som"
            " skal takast med i vurderinga.",
            "Opplysningane om inntekt og ytingar som ligg føre i saka, er gjennomgått, og det er ikkje kome fram noko "
            "som tilseier at {person_nn} har ytingar til livsopphald som er til hinder for deltaking i programmet.",
        ],
        "nb": [
            "Det tredje vilkåret i § 29 gjelder ytelser til livsopphold. NAV har innhentet opplysninger fra egne "
            "registre og fra a-ordningen, og etter en gjennomgang av disse legges det til grunn at vilkåret om ingen "
            "eller svært begrensede ytelser er oppfylt.",
            "Etter en samlet vurdering av de økonomiske opplysningene i saken, herunder kontoutskriftene og "
            "skatteopplysningene som er innhentet, finner NAV at søkeren fyller vilkåret om ingen eller svært "
            "begrensede ytelser til livsopphold.",
            "Det er på det rene at vilkåret om ingen eller svært begrensede ytelser til livsopphold etter "
            "folketrygdloven eller arbeidsmarkedsloven er oppfylt i din sak. NAV har i denne vurderingen "
            "gjennomgått de opplysninger om inntekt og ytelser som er hentet fra a-ordningen og fra NAVs egne "
            "systemer, i tillegg til de kontoutskrifter og skatteopplysninger du la ved søknaden, og det er "
            "ikke fremkommet noe som gir grunn til en annen vurdering.",
            "NAV har vurdert din økonomiske situasjon på grunnlag av dokumentasjonen du la ved søknaden, og finner at "
            "vilkåret i § 29 om ytelser til livsopphold er oppfylt.",
            "Hva gjelder ytelser til livsopphold, er det foretatt en konkret vurdering i samsvar med rundskrivet, og "
            "det legges til grunn at søkeren er innenfor programmets målgruppe på dette punkt.",
            "Du fyller vilkåret om ingen eller svært begrensede ytelser til livsopphold, jf. "
            "sosialtjenesteloven § 29 første ledd. Vurderingen er foretatt på grunnlag av de økonomiske "
            "opplysninger som foreligger i saken, og i samsvar med det som er lagt til grunn i forarbeidene og "
            "i rundskrivet om hvilke ytelser som skal medregnes.",
            "Opplysningene om inntekt og ytelser som foreligger i saken, er gjennomgått, og det er ikke fremkommet "
            "noe som tilsier at {person_nb} har ytelser til livsopphold som er til hinder for deltakelse i "
            "programmet.",
        ],
    },
    "quoted": {
        "nn": [
            "Etter sosialtenestelova § 29 er det eit vilkår at søkjaren har ingen eller svært avgrensa ytingar til "
            "livsopphald etter folketrygdlova eller arbeidsmarknadslova.",
            "Det går fram av førearbeida, Ot.prp. nr. 70 (2006–2007), at programmet ikkje er meint som eit "
            "alternativ for personar som har rett til arbeidsavklaringspengar eller andre tilsvarande ytingar, men "
            "at personar med svært avgrensa ytingar kan få programmet i kombinasjon med desse.",
            "Etter rundskrivet er det ikkje eit krav at søkjaren er utan inntekt; også personar med låge ytingar frå "
            "folketrygda eller med ei mindre arbeidsinntekt kan fylle vilkåret, og ytingane vert då trekte frå i "
            "kvalifiseringsstønaden etter forskrifta.",
            "Kva som er «svært avgrensa ytingar», må vurderast konkret. Etter fast praksis er det avgjerande om "
            "ytingane er så låge at dei ikkje gjev grunnlag for ei rimeleg inntektssikring medan ein deltek i "
            "arbeidsretta aktivitet.",
            "Vilkåret om ingen eller svært avgrensa ytingar til livsopphald skal sikre at kvalifiseringsprogrammet "
            "rettar seg mot personar som elles ville vore avhengige av økonomisk sosialhjelp over lengre tid, jf. "
            "førearbeida.",
            "Etter § 29 første ledd er det ytingar etter folketrygdlova og arbeidsløysetrygd etter "
            "arbeidsmarknadslova som skal vurderast; andre inntekter, som ei mindre arbeidsinntekt, vert handsama "
            "etter reglane om samordning i forskrift om kvalifiseringsprogram.",
        ],
        "nb": [
            "Etter sosialtjenesteloven § 29 er det et vilkår at søkeren har ingen eller svært begrensede ytelser til "
            "livsopphold etter folketrygdloven eller arbeidsmarkedsloven.",
            "Det fremgår av forarbeidene, Ot.prp. nr. 70 (2006–2007), at programmet ikke er ment som et alternativ "
            "for personer som har rett til arbeidsavklaringspenger eller andre tilsvarende ytelser, men at personer "
            "med svært begrensede ytelser kan få programmet i kombinasjon med disse.",
            "Etter rundskrivet er det ikke et krav at søkeren er uten inntekt; også personer med lave ytelser fra "
            "folketrygden eller med en mindre arbeidsinntekt kan fylle vilkåret, og ytelsene trekkes da fra i "
            "kvalifiseringsstønaden etter forskriften.",
            "Hva som er «svært begrensede ytelser», må vurderes konkret. Etter fast praksis er det avgjørende om "
            "ytelsene er så lave at de ikke gir grunnlag for en rimelig inntektssikring mens man deltar i "
            "arbeidsrettet aktivitet.",
            "Vilkåret om ingen eller svært begrensede ytelser til livsopphold skal sikre at kvalifiseringsprogrammet "
            "retter seg mot personer som ellers ville vært avhengige av økonomisk sosialhjelp over lengre tid, jf. "
            "forarbeidene.",
            "Etter § 29 første ledd er det ytelser etter folketrygdloven og arbeidsledighetstrygd etter "
            "arbeidsmarkedsloven som skal vurderes; andre inntekter, som en mindre arbeidsinntekt, behandles etter "
            "reglene om samordning i forskrift om kvalifiseringsprogram.",
        ],
    },
    "negated": {
        "nn": [
            "Dokumentasjonen av inntekt og ytingar er ikkje komplett, og vilkåret om ytingar til livsopphald vil bli "
            "vurdert når dei etterspurde opplysningane ligg føre.",
            "NAV har på vedtakstidspunktet ikkje motteke svar på førespurnaden om ytingar frå folketrygda, og "
            "vilkåret er difor ikkje endeleg avklart.",
            "Vilkåret om ingen eller svært avgrensa ytingar til livsopphald er ikkje vurdert i dette vedtaket og vil "
            "bli teke stilling til i samband med utrekninga av kvalifiseringsstønaden.",
            "Spørsmålet om søkjaren har ytingar til livsopphald som har betydning for retten til programmet, "
            "står att å vurdere. Opplysningane frå a-ordninga og frå andre delar av NAV er etterspurde, men "
            "ikkje mottekne, og vilkåret vil bli vurdert når saka er tilstrekkeleg opplyst.",
        ],
        "nb": [
            "Dokumentasjonen av inntekt og ytelser er ikke komplett, og vilkåret om ytelser til livsopphold vil bli "
            "vurdert når de etterspurte opplysningene foreligger.",
            "NAV har på vedtakstidspunktet ikke mottatt svar på forespørselen om ytelser fra folketrygden, og "
            "vilkåret er derfor ikke endelig avklart.",
            "Vilkåret om ingen eller svært begrensede ytelser til livsopphold er ikke vurdert i dette vedtaket og vil "
            "bli tatt stilling til i forbindelse med beregningen av kvalifiseringsstønaden.",
            "Spørsmålet om søkeren har ytelser til livsopphold som har betydning for retten til programmet, "
            "gjenstår å vurdere. Opplysningene fra a-ordningen og fra andre deler av NAV er etterspurt, men "
            "ikke mottatt, og vilkåret vil bli vurdert når saken er tilstrekkelig opplyst.",
        ],
    },
}

CRITERIA["necessity"] = {
    "grounds": {
        "nn": [
            "Det fjerde vilkåret er at programmet er naudsynt og føremålstenleg. Det går fram av vurderinga etter "
            "NAV-lova § 14 a at {person_nn} har behov for spesielt tilpassa innsats, og NAV finn at eit heilskapleg "
            "og tett oppfølgt program er det tiltaket som best kan styrkje moglegheitene for overgang til arbeid.",
            "Det er på det reine at du tidlegare har delteke i {measure_nn} utan at dette førte til overgang til "
            "arbeid eller utdanning, og NAV legg difor til grunn at meir avgrensa tiltak ikkje er tilstrekkelege i "
            "saka di, og at kvalifiseringsprogram er naudsynt og føremålstenleg.",
            "Etter ei samla vurdering av opplysningane i saka, mellom anna at søkjaren har prøvd {measure_nn} i "
            "{months} månader utan varig effekt, og at enkeltståande tiltak ikkje har gjeve den samanhengen og "
            "stabiliteten søkjaren treng, finn NAV at programmet er naudsynt og føremålstenleg.",
            "NAV har i vurderinga etter NAV-lova § 14 a konkludert med at søkjaren har behov for spesielt tilpassa "
            "innsats. Det vert lagt til grunn at eit individuelt tilpassa kvalifiseringsprogram, med den tette "
            "oppfølginga og den økonomiske tryggleiken det gjev, er naudsynt for at søkjaren skal kunne nærme seg "
            "arbeidslivet.",
            "Søkjaren har sidan {year} vore følgd opp med ordinær arbeidsretta oppfølging frå kontoret utan at dette "
            "har ført fram, og det vert lagt til grunn at søkjaren treng eit meir forpliktande og samanhengande "
            "opplegg enn det andre tiltak kan gje. Programmet er såleis naudsynt og føremålstenleg.",
            "Etter § 29 må programmet vere naudsynt og føremålstenleg for å styrkje moglegheitene for arbeid, og det "
            "skal vurderast om andre tiltak kan vere betre eigna, jf. rundskrivet.\n"
            "I saka di har du tidlegare fått tilbod om {measure_nn}, men tiltaket vart avbrote etter kort tid fordi "
            "det ikkje gav den tette oppfølginga du trong. NAV finn at kvalifiseringsprogram er det tiltaket som best "
            "svarar til behova dine.",
            "Det vert lagt til grunn at du har behov for spesielt tilpassa innsats, og at den kombinasjonen av tett "
            "oppfølging, avklaring og arbeidsretta aktivitet over tid som du treng, ikkje kan givast gjennom "
            "enkeltståande tiltak; programmet er difor naudsynt og føremålstenleg.",
            "Med omsyn til om programmet er naudsynt og føremålstenleg, viser NAV til at {measure_nn}, som søkjaren "
            "deltok i i {year}, ikkje gav tilstrekkeleg progresjon, og at søkjaren etter dette har stått utan noko "
            "arbeidsretta tilbod; eit kvalifiseringsprogram vil gje den strukturen og oppfølginga som hittil har "
            "mangla.",
            "Av vurderinga etter NAV-lova § 14 a går det fram at innsatsbehovet er fastsett til spesielt tilpassa "
            "innsats, og at ordinære arbeidsretta tiltak åleine ikkje vil vere tilstrekkelege. NAV sluttar seg til "
            "denne vurderinga, og vilkåret er oppfylt.",
            "Det er på det reine at du har fått tilbod om fleire enkeltståande tiltak, sist {measure_nn}, utan at "
            "dette førte deg nærare arbeidslivet; NAV finn det difor føremålstenleg at du no får eit meir heilskapleg "
            "tilbod gjennom kvalifiseringsprogrammet.",
            "Etter ei samla vurdering av søkjaren sitt bistandsbehov, slik det er kartlagt i vurderinga etter "
            "NAV-lova § 14 a, der konklusjonen er at søkjaren treng spesielt tilpassa innsats, og av erfaringane frå "
            "{measure_nn}, som søkjaren avslutta utan å ha fått eit konkret arbeidsretta mål, finn NAV at "
            "kvalifiseringsprogram er naudsynt og føremålstenleg.",
            "Du har sjølv gjeve uttrykk for at dei tiltaka du har vore med på tidlegare, har vore for kortvarige til "
            "å gje resultat, og dette er i samsvar med det NAV kjenner til frå oppfølginga av deg dei siste {years} "
            "åra. Eit program over lengre tid vert difor vurdert som naudsynt og føremålstenleg.",
        ],
        "nb": [
            "Det fjerde vilkåret er at programmet er nødvendig og hensiktsmessig. Det fremgår av vurderingen etter "
            "NAV-loven § 14 a at {person_nb} har behov for spesielt tilpasset innsats, og NAV finner at et helhetlig "
            "og tett fulgt opp program er det tiltaket som best kan styrke mulighetene for overgang til arbeid.",
            "Det er på det rene at du tidligere har deltatt i {measure_nb} uten at dette førte til overgang til "
            "arbeid eller utdanning, og NAV legger derfor til grunn at mer avgrensede tiltak ikke er tilstrekkelige i "
            "din sak, og at kvalifiseringsprogram er nødvendig og hensiktsmessig.",
            "Etter en samlet vurdering av opplysningene i saken, herunder at søkeren har forsøkt {measure_nb} i "
            "{months} måneder uten varig effekt, og at enkeltstående tiltak ikke har gitt den sammenheng og "
            "stabilitet søkeren trenger, finner NAV at programmet er nødvendig og hensiktsmessig.",
            "NAV har i vurderingen etter NAV-loven § 14 a konkludert med at søkeren har behov for spesielt tilpasset "
            "innsats. Det legges til grunn at et individuelt tilpasset kvalifiseringsprogram, med den tette "
            "oppfølgingen og den økonomiske tryggheten det gir, er nødvendig for at søkeren skal kunne nærme seg "
            "arbeidslivet.",
            "Søkeren har siden {year} vært fulgt opp med ordinær arbeidsrettet oppfølging fra kontoret uten at dette "
            "har ført frem, og det legges til grunn at søkeren trenger et mer forpliktende og sammenhengende opplegg "
            "enn andre tiltak kan gi. Programmet er således nødvendig og hensiktsmessig.",
            "Etter § 29 må programmet være nødvendig og hensiktsmessig for å styrke mulighetene for arbeid, og det "
            "skal vurderes om andre tiltak kan være bedre egnet, jf. rundskrivet.\n"
            "I din sak har du tidligere fått tilbud om {measure_nb}, men tiltaket ble avbrutt etter kort tid fordi "
            "det ikke ga den tette oppfølgingen du trengte. NAV finner at kvalifiseringsprogram er det tiltaket som "
            "best svarer til dine behov.",
            "Det legges til grunn at du har behov for spesielt tilpasset innsats, og at den kombinasjonen av tett "
            "oppfølging, avklaring og arbeidsrettet aktivitet over tid som du trenger, ikke kan gis gjennom "
            "enkeltstående tiltak; programmet er derfor nødvendig og hensiktsmessig.",
            "Med hensyn til om programmet er nødvendig og hensiktsmessig, viser NAV til at {measure_nb}, som søkeren "
            "deltok i i {year}, ikke ga tilstrekkelig progresjon, og at søkeren etter dette har stått uten noe "
            "arbeidsrettet tilbud; et kvalifiseringsprogram vil gi den struktur og oppfølging som hittil har "
            "manglet.",
            "Av vurderingen etter NAV-loven § 14 a fremgår det at innsatsbehovet er fastsatt til spesielt tilpasset "
            "innsats, og at ordinære arbeidsrettede tiltak alene ikke vil være tilstrekkelige. NAV slutter seg til "
            "denne vurderingen, og vilkåret er oppfylt.",
            "Det er på det rene at du har fått tilbud om flere enkeltstående tiltak, sist {measure_nb}, uten at "
            "dette førte deg nærmere arbeidslivet; NAV finner det derfor hensiktsmessig at du nå får et mer "
            "helhetlig tilbud gjennom kvalifiseringsprogrammet.",
            "Etter en samlet vurdering av søkerens bistandsbehov, slik det er kartlagt i vurderingen etter NAV-loven "
            "§ 14 a, hvor konklusjonen er at søkeren trenger spesielt tilpasset innsats, og av erfaringene fra "
            "{measure_nb}, som søkeren avsluttet uten å ha fått et konkret arbeidsrettet mål, finner NAV at "
            "kvalifiseringsprogram er nødvendig og hensiktsmessig.",
            "Du har selv gitt uttrykk for at de tiltakene du har deltatt i tidligere, har vært for kortvarige til å "
            "gi resultater, og dette er i samsvar med det NAV kjenner til fra oppfølgingen av deg de siste {years} "
            "årene. Et program over lengre tid vurderes derfor som nødvendig og hensiktsmessig.",
        ],
    },
    "named": {
        "nn": [
            "Det fjerde vilkåret er at programmet er naudsynt og føremålstenleg for å styrkje moglegheitene søkjaren "
            "har for deltaking i arbeidslivet. NAV har vurdert dette på grunnlag av opplysningane i saka og finn at "
            "vilkåret er oppfylt.",
            "Etter ei samla vurdering av opplysningane i saka, mellom anna arbeidsevnevurderinga og dei samtalane som "
            "er førte med deg, finn NAV at kvalifiseringsprogram er naudsynt og føremålstenleg i ditt tilfelle.",
            "Det vert lagt til grunn at programmet er naudsynt og føremålstenleg, jf. sosialtenestelova § 29. "
            "NAV har i denne vurderinga mellom anna sett hen til arbeidsevnevurderinga, til dei opplysningane "
            "som kom fram i samtalane med søkjaren i samband med søknaden, og til den oversikta kontoret har "
            "over kva andre tiltak og verkemiddel som er tilgjengelege, og har etter ei samla vurdering kome "
            "til at vilkåret er oppfylt.",
            "NAV har vurdert om andre tiltak kunne vore betre eigna, slik rundskrivet føreset, og har etter ei "
            "samla vurdering kome til at kvalifiseringsprogram er det mest føremålstenlege tiltaket for søkjaren.",
            "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, er vurdert konkret og individuelt "
            "ut frå dei opplysningane som ligg føre i saka, slik førearbeida og rundskrivet føreset, og etter "
            "ein gjennomgang av dokumenta i saka, under dette vurderinga etter NAV-lova § 14 a og notata frå "
            "samtalane ved kontoret, finn NAV at vilkåret er oppfylt.",
            "Det er NAV si vurdering at {person_nn} fyller vilkåret om at programmet skal vere naudsynt og "
            "føremålstenleg; vurderinga er dokumentert i saka.",
            "Programmet vert vurdert som naudsynt og føremålstenleg. NAV har i denne vurderinga lagt til grunn dei "
            "opplysningane som kom fram i kartlegginga og i vurderinga etter NAV-lova § 14 a.",
        ],
        "nb": [
            "Det fjerde vilkåret er at programmet er nødvendig og hensiktsmessig for å styrke søkerens muligheter for "
            "deltakelse i arbeidslivet. NAV har vurdert dette på grunnlag av opplysningene i saken og finner at "
            "vilkåret er oppfylt.",
            "Etter en samlet vurdering av opplysningene i saken, herunder arbeidsevnevurderingen og de samtaler som "
            "er ført med deg, finner NAV at kvalifiseringsprogram er nødvendig og hensiktsmessig i ditt tilfelle.",
            "Det legges til grunn at programmet er nødvendig og hensiktsmessig, jf. sosialtjenesteloven § 29. "
            "NAV har i denne vurderingen blant annet sett hen til arbeidsevnevurderingen, til de opplysninger "
            "som fremkom i samtalene med søkeren i forbindelse med søknaden, og til den oversikt kontoret har "
            "over hvilke andre tiltak og virkemidler som er tilgjengelige, og har etter en samlet vurdering "
            "kommet til at vilkåret er oppfylt.",
            "NAV har vurdert om andre tiltak kunne vært bedre egnet, slik rundskrivet forutsetter, og har etter en "
            "samlet vurdering kommet til at kvalifiseringsprogram er det mest hensiktsmessige tiltaket for søkeren.",
            "Vilkåret om at programmet skal være nødvendig og hensiktsmessig, er vurdert konkret og individuelt"
            " ut fra de opplysninger som foreligger i saken, slik forarbeidene og rundskrivet forutsetter, og "
            "etter en gjennomgang av sakens dokumenter, herunder vurderingen etter NAV-loven § 14 a og notatene"
            " fra samtalene ved kontoret, finner NAV at vilkåret er oppfylt.",
            "Det er NAVs vurdering at {person_nb} fyller vilkåret om at programmet skal være nødvendig og "
            "hensiktsmessig; vurderingen er dokumentert i saken.",
            "Programmet vurderes som nødvendig og hensiktsmessig. NAV har i denne vurderingen lagt til grunn de "
            "opplysninger som fremkom i kartleggingen og i vurderingen etter NAV-loven § 14 a.",
        ],
    },
    "quoted": {
        "nn": [
            "Etter sosialtenestelova § 29 er det eit vilkår at Arbeids- og velferdsforvaltninga har vurdert at det "
            "er behov for spesielt tilpassa innsats for å betre moglegheita brukaren har til å kome i arbeid, og at "
            "programmet er naudsynt og føremålstenleg.",
            "Det går fram av førearbeida, Ot.prp. nr. 70 (2006–2007), at kvalifiseringsprogrammet skal vere eit "
            "tilbod til personar der andre tiltak ikkje er tilstrekkelege, og at det skal vurderast om programmet er "
            "naudsynt og føremålstenleg ut frå situasjonen til den einskilde.",
            "Etter rundskrivet skal NAV vurdere om eit kvalifiseringsprogram er naudsynt for å styrkje moglegheitene "
            "for arbeid, og om programmet er føremålstenleg, det vil seie om det er eigna til å nå målet om overgang "
            "til arbeid.",
            "Kravet om at programmet skal vere naudsynt og føremålstenleg, inneber i praksis at det må gjerast ei "
            "vurdering av om andre arbeidsretta tiltak eller ordinær oppfølging kan gje eit betre eller like godt "
            "resultat.",
            "Ved lovendringa i 2019, jf. Prop. 12 L (2018–2019), vart det presisert at vurderinga av innsatsbehovet "
            "etter NAV-lova § 14 a skal liggje til grunn når det vert avgjort om programmet er naudsynt og "
            "føremålstenleg.",
            "Etter praksis er det ikkje eit vilkår at andre tiltak er prøvde først; det avgjerande er om eit "
            "heilskapleg og tett oppfølgt program er det som best kan bidra til at den einskilde kjem i arbeid.",
        ],
        "nb": [
            "Etter sosialtjenesteloven § 29 er det et vilkår at Arbeids- og velferdsforvaltningen har vurdert at det "
            "er behov for spesielt tilpasset innsats for å bedre brukerens mulighet til å komme i arbeid, og at "
            "programmet er nødvendig og hensiktsmessig.",
            "Det fremgår av forarbeidene, Ot.prp. nr. 70 (2006–2007), at kvalifiseringsprogrammet skal være et "
            "tilbud til personer hvor andre tiltak ikke er tilstrekkelige, og at det skal vurderes om programmet er "
            "nødvendig og hensiktsmessig ut fra den enkeltes situasjon.",
            "Etter rundskrivet skal NAV vurdere om et kvalifiseringsprogram er nødvendig for å styrke mulighetene "
            "for arbeid, og om programmet er hensiktsmessig, det vil si om det er egnet til å nå målet om overgang "
            "til arbeid.",
            "Kravet om at programmet skal være nødvendig og hensiktsmessig, innebærer i praksis at det må foretas en "
            "vurdering av om andre arbeidsrettede tiltak eller ordinær oppfølging kan gi et bedre eller like godt "
            "resultat.",
            "Ved lovendringen i 2019, jf. Prop. 12 L (2018–2019), ble det presisert at vurderingen av innsatsbehovet "
            "etter NAV-loven § 14 a skal ligge til grunn når det avgjøres om programmet er nødvendig og "
            "hensiktsmessig.",
            "Etter praksis er det ikke et vilkår at andre tiltak er forsøkt først; det avgjørende er om et helhetlig "
            "og tett fulgt opp program er det som best kan bidra til at den enkelte kommer i arbeid.",
        ],
    },
    "negated": {
        "nn": [
            "Om programmet er naudsynt og føremålstenleg, er ikkje endeleg vurdert, då vurderinga av bistandsbehovet "
            "etter NAV-lova § 14 a ikkje er ferdigstilt.",
            "Det ligg ikkje føre dokumentasjon i saka som gjer det mogleg å ta stilling til om programmet er "
            "naudsynt og føremålstenleg. Vilkåret vil bli vurdert seinare.",
            "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, vert vurdert i samband med den første "
            "evalueringa og er ikkje teke stilling til i dette vedtaket.",
            "Spørsmålet om andre tiltak kan vere betre eigna enn kvalifiseringsprogram, er enno ikkje avklart, og "
            "NAV vil kome attende til det.",
        ],
        "nb": [
            "Om programmet er nødvendig og hensiktsmessig, er ikke endelig vurdert, da vurderingen av bistandsbehovet "
            "etter NAV-loven § 14 a ikke er ferdigstilt.",
            "Det foreligger ikke dokumentasjon i saken som gjør det mulig å ta stilling til om programmet er "
            "nødvendig og hensiktsmessig. Vilkåret vil bli vurdert senere.",
            "Vilkåret om at programmet skal være nødvendig og hensiktsmessig, vurderes i forbindelse med den første "
            "evalueringen og er ikke tatt stilling til i dette vedtaket.",
            "Spørsmålet om andre tiltak kan være bedre egnet enn kvalifiseringsprogram, er ennå ikke avklart, og NAV "
            "vil komme tilbake til det.",
        ],
    },
}

CRITERIA["program"] = {
    "grounds": {
        "nn": [
            "Det siste vilkåret er at kontoret kan tilby eit tilpassa program. Programmet ditt er sett saman av "
            "{act_nn} tre dagar i veka og {course_nn} to dagar i veka, til saman {hours} timar i veka, og NAV finn at "
            "kontoret såleis kan tilby eit tilpassa program på heiltid.",
            "Etter ei samla vurdering av dei tilboda kontoret rår over, mellom anna avtalen med ei attføringsbedrift "
            "i kommunen og tilbodet om {course_nn}, og av den planen som er utarbeidd i samarbeid med søkjaren, der "
            "{act_nn} utgjer hovuddelen av programmet, finn NAV at kontoret kan tilby eit tilpassa program.",
            "Programmet er fastsett til {hours} timar i veka og vil i den første perioden innehalde {course_nn}, "
            "jobbsøkingsaktivitetar og faste samtalar med rettleiaren; etter kvart er det meint at {act_nn} skal "
            "utgjere ein større del av programmet.",
            "Det er i samarbeid med deg utarbeidd ein plan for programmet, som i den første programperioden skal "
            "innehalde:\n"
            "– {act_nn}, tre dagar i veka\n"
            "– {course_nn}, to dagar i veka\n"
            "– oppfølgingssamtalar med rettleiaren annakvar veke\n"
            "NAV finn etter dette at kontoret kan tilby eit tilpassa program.",
            "Det er på det reine at kontoret kan tilby søkjaren eit tilpassa program, idet det er avtalt at søkjaren "
            "skal byrje med {act_nn} frå oppstart, med ei gradvis opptrapping til {hours} timar i veka i løpet av "
            "dei første {months} vekene.",
            "Med omsyn til innhaldet i programmet vert det vist til den individuelle planen, datert {date}, der det "
            "går fram at du skal delta i {course_nn} og deretter i {act_nn}, og at programmet samla skal utgjere "
            "{hours} timar i veka. Kontoret kan såleis tilby eit tilpassa program.",
            "Det vert lagt til grunn at eit program med {act_nn} som hovudaktivitet, supplert med {course_nn} og "
            "eigenaktivitet, til saman {hours} timar i veka, vil vere tilpassa søkjaren, og at kontoret kan tilby "
            "dette frå oppstartsdatoen.",
            "Etter § 29 er det eit vilkår at kontoret kan tilby eit tilpassa program, og etter § 30 skal programmet "
            "vere på heiltid og innehalde arbeidsretta tiltak, opplæring og andre tiltak som kan støtte opp under "
            "overgang til arbeid.\n"
            "Programmet ditt vil innehalde {act_nn} og {course_nn}, og det er sett av tid til eigenaktivitet innanfor "
            "dei {hours} timane i veka som programmet utgjer.",
            "Etter ei samla vurdering, der NAV mellom anna har lagt vekt på at søkjaren sjølv har ønskt å prøve seg "
            "innan praktisk arbeid, og at det er gjort avtale om {act_nn} med start i {month}, finn NAV at kontoret "
            "kan tilby eit tilpassa program.",
            "Programmet vil i hovudsak gå føre seg i lokala til kontoret og hjå samarbeidande verksemder i kommunen, "
            "og det er sett opp ein vekeplan med {course_nn} måndag og tysdag og {act_nn} dei tre andre "
            "vekedagane. Vilkåret er etter dette oppfylt.",
            "Du skal etter planen delta i {course_nn} i dei første {months} månadene av programmet, og parallelt med "
            "dette vil du ha {act_nn}; innhaldet vil bli justert ved evalueringane dersom det viser seg naudsynt. "
            "Vilkåret om at kontoret kan tilby eit tilpassa program, er etter dette oppfylt.",
            "NAV har, i samråd med søkjaren, kome fram til at programmet skal innehalde {act_nn} med rettleiing frå "
            "ein fast kontaktperson på arbeidsplassen, og at dette vil utgjere {hours} timar i veka saman med "
            "jobbsøking og samtalar ved kontoret.",
        ],
        "nb": [
            "Det siste vilkåret er at kontoret kan tilby et tilpasset program. Programmet ditt er satt sammen av "
            "{act_nb} tre dager i uken og {course_nb} to dager i uken, til sammen {hours} timer i uken, og NAV finner "
            "at kontoret dermed kan tilby et tilpasset program på heltid.",
            "Etter en samlet vurdering av de tilbud kontoret rår over, herunder avtalen med en attføringsbedrift i "
            "kommunen og tilbudet om {course_nb}, og av den planen som er utarbeidet i samarbeid med søkeren, hvor "
            "{act_nb} utgjør hoveddelen av programmet, finner NAV at kontoret kan tilby et tilpasset program.",
            "Programmet er fastsatt til {hours} timer i uken og vil i den første perioden inneholde {course_nb}, "
            "jobbsøkingsaktiviteter og faste samtaler med veilederen; etter hvert er det meningen at {act_nb} skal "
            "utgjøre en større del av programmet.",
            "Det er i samarbeid med deg utarbeidet en plan for programmet, som i den første programperioden skal "
            "inneholde:\n"
            "– {act_nb}, tre dager i uken\n"
            "– {course_nb}, to dager i uken\n"
            "– oppfølgingssamtaler med veilederen annenhver uke\n"
            "NAV finner etter dette at kontoret kan tilby et tilpasset program.",
            "Det er på det rene at kontoret kan tilby søkeren et tilpasset program, idet det er avtalt at søkeren "
            "skal begynne med {act_nb} fra oppstart, med en gradvis opptrapping til {hours} timer i uken i løpet av "
            "de første {months} ukene.",
            "Med hensyn til programmets innhold vises det til den individuelle planen, datert {date}, hvor det "
            "fremgår at du skal delta i {course_nb} og deretter i {act_nb}, og at programmet samlet skal utgjøre "
            "{hours} timer i uken. Kontoret kan således tilby et tilpasset program.",
            "Det legges til grunn at et program med {act_nb} som hovedaktivitet, supplert med {course_nb} og "
            "egenaktivitet, til sammen {hours} timer i uken, vil være tilpasset søkeren, og at kontoret kan tilby "
            "dette fra oppstartsdatoen.",
            "Etter § 29 er det et vilkår at kontoret kan tilby et tilpasset program, og etter § 30 skal programmet "
            "være på heltid og inneholde arbeidsrettede tiltak, opplæring og andre tiltak som kan støtte opp under "
            "overgang til arbeid.\n"
            "Programmet ditt vil inneholde {act_nb} og {course_nb}, og det er satt av tid til egenaktivitet innenfor "
            "de {hours} timene i uken som programmet utgjør.",
            "Etter en samlet vurdering, hvor NAV blant annet har lagt vekt på at søkeren selv har ønsket å prøve seg "
            "innen praktisk arbeid, og at det er inngått avtale om {act_nb} med oppstart i {month}, finner NAV at "
            "kontoret kan tilby et tilpasset program.",
            "Programmet vil i hovedsak foregå i kontorets lokaler og hos samarbeidende virksomheter i kommunen, og "
            "det er satt opp en ukeplan med {course_nb} mandag og tirsdag og {act_nb} de tre øvrige ukedagene. "
            "Vilkåret er etter dette oppfylt.",
            "Du skal etter planen delta i {course_nb} i de første {months} månedene av programmet, og parallelt med "
            "dette vil du ha {act_nb}; innholdet vil bli justert ved evalueringene dersom det viser seg nødvendig. "
            "Vilkåret om at kontoret kan tilby et tilpasset program, er etter dette oppfylt.",
            "NAV har, i samråd med søkeren, kommet frem til at programmet skal inneholde {act_nb} med veiledning fra "
            "en fast kontaktperson på arbeidsplassen, og at dette vil utgjøre {hours} timer i uken sammen med "
            "jobbsøking og samtaler ved kontoret.",
        ],
    },
    "named": {
        "nn": [
            "Det femte vilkåret i sosialtenestelova § 29 er at kontoret kan tilby eit tilpassa program, og "
            "etter § 30 og forskrift om kvalifiseringsprogram skal programmet vere heilårleg, på full tid og "
            "individuelt tilpassa. NAV har vurdert kva tilbod kontoret og samarbeidspartnarane rår over, og har"
            " saman med deg gått gjennom den planen som er utarbeidd; etter ei samla vurdering finn NAV at "
            "vilkåret er oppfylt.",
            "Etter ei samla vurdering av opplysningane i saka og dei tilboda kontoret har tilgjengelege, finn NAV at "
            "det kan tilbydast eit program som er tilpassa søkjaren.",
            "Det er utarbeidd ein individuell plan for programmet i samarbeid med deg. Planen ligg ved vedtaket, og "
            "NAV finn at kontoret kan tilby eit tilpassa program.",
            "Kontoret kan tilby eit tilpassa program, jf. sosialtenestelova § 29. Denne vurderinga byggjer på "
            "den individuelle planen som er utarbeidd i samarbeid med deg, og på dei tilboda kontoret har "
            "tilgjengelege, og NAV har ved gjennomgangen av planen lagt vekt på at programmet skal fylle krava "
            "i lova og forskrifta. Vilkåret er etter dette oppfylt.",
            "Det vert lagt til grunn at programmet kan tilpassast føresetnadene og behova til søkjaren innanfor dei "
            "rammene lova og forskrifta set.",
            "Innhaldet i programmet er drøfta med deg i samtalar ved kontoret og går fram av den vedlagde planen. "
            "NAV har vurdert planen opp mot krava i § 30 og forskrift om kvalifiseringsprogram, og kontoret kan "
            "tilby eit tilpassa program.",
            "Når det gjeld vilkåret om at kontoret kan tilby eit tilpassa program, er det på det reine at vilkåret "
            "er oppfylt; innhaldet i programmet vil bli nærare fastsett i planen.",
        ],
        "nb": [
            "Det femte vilkåret i sosialtjenesteloven § 29 er at kontoret kan tilby et tilpasset program, og "
            "etter § 30 og forskrift om kvalifiseringsprogram skal programmet være helårig, på full tid og "
            "individuelt tilpasset. NAV har vurdert hvilke tilbud kontoret og samarbeidspartnerne rår over, og "
            "har sammen med deg gjennomgått den planen som er utarbeidet; etter en samlet vurdering finner NAV "
            "at vilkåret er oppfylt.",
            "Etter en samlet vurdering av opplysningene i saken og de tilbud kontoret har tilgjengelig, finner NAV at "
            "det kan tilbys et program som er tilpasset søkeren.",
            "Det er utarbeidet en individuell plan for programmet i samarbeid med deg. Planen følger vedlagt "
            "vedtaket, og NAV finner at kontoret kan tilby et tilpasset program.",
            "Kontoret kan tilby et tilpasset program, jf. sosialtjenesteloven § 29. Denne vurderingen bygger på"
            " den individuelle planen som er utarbeidet i samarbeid med deg, og på de tilbud kontoret har "
            "tilgjengelig, og NAV har ved gjennomgangen av planen lagt vekt på at programmet skal oppfylle "
            "kravene i loven og forskriften. Vilkåret er etter dette oppfylt.",
            "Det legges til grunn at programmet kan tilpasses søkerens forutsetninger og behov innenfor de rammer "
            "loven og forskriften setter.",
            "Programmets innhold er drøftet med deg i samtaler ved kontoret og fremgår av den vedlagte planen. NAV "
            "har vurdert planen opp mot kravene i § 30 og forskrift om kvalifiseringsprogram, og kontoret kan tilby "
            "et tilpasset program.",
            "Hva gjelder vilkåret om at kontoret kan tilby et tilpasset program, er det på det rene at vilkåret er "
            "oppfylt; programmets innhold vil bli nærmere fastsatt i planen.",
        ],
    },
    "quoted": {
        "nn": [
            "Etter sosialtenestelova § 29 er det eit vilkår at kontoret kan tilby eit tilpassa program. Etter "
            "lovendringa i 2019, jf. Prop. 12 L (2018–2019), skal det berre unntaksvis gjevast avslag med "
            "grunngjeving i at kontoret ikkje kan tilby eit slikt program.",
            "Etter sosialtenestelova § 30 skal programmet vere arbeidsretta, heilårleg og på full tid, og det kan "
            "innehalde arbeidstrening, arbeidspraksis, opplæring og andre tiltak som kan støtte opp under overgang "
            "til arbeid.",
            "Det går fram av førearbeida, Ot.prp. nr. 70 (2006–2007), at programmet skal vere individuelt tilpassa, "
            "og at innhaldet skal fastsetjast etter ei konkret vurdering av ressursane og behova til deltakaren.",
            "Etter forskrift om kvalifiseringsprogram skal det utarbeidast ein plan for programmet, og det skal "
            "avtalast når og korleis programmet skal evaluerast. Innanfor programtida kan det setjast av tid til "
            "medisinsk behandling, opptrening og eigenaktivitet.",
            "Rundskrivet legg til grunn at programmet skal setjast saman ut frå behova til den einskilde, og at "
            "standardiserte kurs åleine normalt ikkje oppfyller kravet om eit tilpassa program.",
            "Etter praksis skal programmet svare til ei vanleg arbeidsveke, i utgangspunktet 37,5 timar, men det kan "
            "gjerast tilpassingar når det er fagleg grunngjeve.",
        ],
        "nb": [
            "Etter sosialtjenesteloven § 29 er det et vilkår at kontoret kan tilby et tilpasset program. Etter "
            "lovendringen i 2019, jf. Prop. 12 L (2018–2019), skal det bare unntaksvis gis avslag med begrunnelse i "
            "at kontoret ikke kan tilby et slikt program.",
            "Etter sosialtjenesteloven § 30 skal programmet være arbeidsrettet, helårig og på full tid, og det kan "
            "inneholde arbeidstrening, arbeidspraksis, opplæring og andre tiltak som kan støtte opp under overgang "
            "til arbeid.",
            "Det fremgår av forarbeidene, Ot.prp. nr. 70 (2006–2007), at programmet skal være individuelt tilpasset, "
            "og at innholdet skal fastsettes etter en konkret vurdering av deltakerens ressurser og behov.",
            "Etter forskrift om kvalifiseringsprogram skal det utarbeides en plan for programmet, og det skal avtales "
            "når og hvordan programmet skal evalueres. Innenfor programtiden kan det settes av tid til medisinsk "
            "behandling, opptrening og egenaktivitet.",
            "Rundskrivet legger til grunn at programmet skal settes sammen ut fra den enkeltes behov, og at "
            "standardiserte kurs alene normalt ikke oppfyller kravet om et tilpasset program.",
            "Etter praksis skal programmet tilsvare en vanlig arbeidsuke, i utgangspunktet 37,5 timer, men det kan "
            "gjøres tilpasninger når det er faglig begrunnet.",
        ],
    },
    "negated": {
        "nn": [
            "Innhaldet i programmet er ikkje endeleg fastsett. Det vil bli avklart i samarbeid med deg før "
            "oppstart, og planen vil då bli send deg som eit eige dokument; NAV tek difor ikkje i dette "
            "vedtaket stilling til korleis programmet skal vere sett saman.",
            "Planen for programmet er under utarbeiding, og det er difor ikkje teke endeleg stilling til om kontoret "
            "kan tilby eit tilpassa program.",
            "Vilkåret om at kontoret kan tilby eit tilpassa program, er ikkje vurdert særskilt i dette vedtaket og "
            "vil bli vurdert når planen ligg føre.",
            "Det ligg på vedtakstidspunktet ikkje føre noka oversikt over aktivitetar og timetal, og "
            "programinnhaldet vert difor fastsett seinare.",
        ],
        "nb": [
            "Programmets innhold er ikke endelig fastsatt. Det vil bli avklart i samarbeid med deg før "
            "oppstart, og planen vil da bli sendt deg som et eget dokument; NAV tar derfor ikke i dette "
            "vedtaket stilling til hvordan programmet skal være sammensatt.",
            "Planen for programmet er under utarbeidelse, og det er derfor ikke tatt endelig stilling til om "
            "kontoret kan tilby et tilpasset program.",
            "Vilkåret om at kontoret kan tilby et tilpasset program, er ikke vurdert særskilt i dette vedtaket og "
            "vil bli vurdert når planen foreligger.",
            "Det foreligger på vedtakstidspunktet ingen oversikt over aktiviteter og timetall, og programinnholdet "
            "fastsettes derfor senere.",
        ],
    },
}
HEADINGS = {
    "age": {"nn": ["Vilkåret om yrkesaktiv alder", "Alder"],
            "nb": ["Vilkåret om yrkesaktiv alder", "Alder"]},
    "work_ability": {"nn": ["Vilkåret om vesentleg nedsett arbeids- og inntektsevne", "Arbeids- og inntektsevne"],
                     "nb": ["Vilkåret om vesentlig nedsatt arbeids- og inntektsevne", "Arbeids- og inntektsevne"]},
    "benefits": {"nn": ["Vilkåret om ytingar til livsopphald", "Ytingar til livsopphald"],
                 "nb": ["Vilkåret om ytelser til livsopphold", "Ytelser til livsopphold"]},
    "necessity": {"nn": ["Er programmet naudsynt og føremålstenleg?", "Naudsynt og føremålstenleg"],
                  "nb": ["Er programmet nødvendig og hensiktsmessig?", "Nødvendig og hensiktsmessig"]},
    "program": {"nn": ["Innhaldet i programmet", "Tilpassa program", "Kan kontoret tilby eit tilpassa program?"],
                "nb": ["Innholdet i programmet", "Tilpasset program", "Kan kontoret tilby et tilpasset program?"]},
}

FRAME = {
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram etter sosialtenestelova § 29",
                  "Vedtak – søknad om deltaking i kvalifiseringsprogram"],
        "intro": ["NAV {office} viser til søknaden om kvalifiseringsprogram, motteken ved kontoret {date}, og til "
                  "dei opplysningane og dokumenta som har kome inn i saka i samband med handsaminga.",
                  "Det vert vist til søknad om deltaking i kvalifiseringsprogram, datert {date}. Søknaden er no "
                  "ferdig handsama ved NAV {office}, og det vert i det følgjande gjort greie for vedtaket og "
                  "grunngjevinga for det."],
        "decision": ["NAV {office} har med heimel i lov om sosiale tenester i arbeids- og velferdsforvaltninga "
                     "(sosialtenestelova) § 29 gjort slikt vedtak: Søknaden om kvalifiseringsprogram vert innvilga "
                     "med verknad frå {date}.",
                     "Vedtak: Søknaden vert innvilga, og det vert gjeve tilbod om kvalifiseringsprogram i perioden "
                     "{date} til {date2}, jf. sosialtenestelova §§ 29 og 30."],
        "general": ["Etter sosialtenestelova § 29 har personar i yrkesaktiv alder med vesentleg nedsett arbeids- og "
                    "inntektsevne og ingen eller svært avgrensa ytingar til livsopphald rett til kvalifiseringsprogram "
                    "når programmet er naudsynt og føremålstenleg og kontoret kan tilby eit tilpassa program. "
                    "Vilkåra er kumulative og må vere oppfylte samstundes.",
                    "Vedtaket er gjort etter ei samla vurdering av vilkåra i sosialtenestelova § 29, forskrift om "
                    "kvalifiseringsprogram og Arbeids- og velferdsdirektoratet sitt rundskriv til lova (hovudnr. 35)."],
        "reasons_heading": ["Grunngjeving", "Grunngjeving for vedtaket", "Rettsleg grunnlag og vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Om kvalifiseringsstønaden"],
        "money": ["Under deltaking i programmet vert det ytt kvalifiseringsstønad med {kvp_amount} kroner i året, "
                  "jf. sosialtenestelova § 35. Stønaden vert utbetalt etterskotsvis kvar månad og er skattepliktig.",
                  "Kvalifiseringsstønaden er fastsett til kr {kvp_amount} per år, jf. sosialtenestelova § 35 første "
                  "ledd. Det vert gjort skattetrekk i stønaden, og fråvær utan gyldig grunn kan føre til trekk."],
        "start": ["Programmet tek til {date}. Programperioden er fastsett til eitt år, med høve til forlenging "
                  "etter § 30.",
                  "Oppstartsdato er fastsett til {date}."],
        "evaluation": ["Programmet skal evaluerast jamleg og minst kvar tredje månad i samråd med rettleiaren, "
                       "og evalueringane vert dokumenterte i saka.",
                       "Det vert lagt opp til evaluering av programmet kvar tredje månad."],
        "appeal_heading": ["Klagerett", "Høve til å klage"],
        "appeal": ["Vedtaket kan påklagast til Statsforvaltaren i Vestland innan tre veker frå det tidspunktet "
                   "vedtaket kom fram, jf. forvaltningslova §§ 28 og 29. Klaga skal vere skriftleg og sendast til "
                   "NAV {office}, som vurderer saka på nytt før ho eventuelt vert send vidare.",
                   "Klagefristen er tre veker, jf. forvaltningslova § 29. Ei eventuell klage vert å sende til NAV "
                   "{office}. Dersom kontoret held fast ved vedtaket, vert klaga send til Statsforvaltaren i Vestland "
                   "for endeleg avgjerd. Du har rett til innsyn i dokumenta i saka, jf. forvaltningslova § 18."],
        "closing": ["Med venleg helsing", "Med helsing"],
    },
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram etter sosialtjenesteloven § 29",
                  "Vedtak – søknad om deltakelse i kvalifiseringsprogram"],
        "intro": ["NAV {office} viser til søknaden om kvalifiseringsprogram, mottatt ved kontoret {date}, og til de "
                  "opplysninger og dokumenter som er kommet inn i saken i forbindelse med behandlingen.",
                  "Det vises til søknad om deltakelse i kvalifiseringsprogram, datert {date}. Søknaden er nå "
                  "ferdigbehandlet ved NAV {office}, og det redegjøres i det følgende for vedtaket og begrunnelsen "
                  "for det."],
        "decision": ["NAV {office} har med hjemmel i lov om sosiale tjenester i arbeids- og velferdsforvaltningen "
                     "(sosialtjenesteloven) § 29 fattet slikt vedtak: Søknaden om kvalifiseringsprogram innvilges "
                     "med virkning fra {date}.",
                     "Vedtak: Søknaden innvilges, og det gis tilbud om kvalifiseringsprogram i perioden {date} til "
                     "{date2}, jf. sosialtjenesteloven §§ 29 og 30."],
        "general": ["Etter sosialtjenesteloven § 29 har personer i yrkesaktiv alder med vesentlig nedsatt arbeids- og "
                    "inntektsevne og ingen eller svært begrensede ytelser til livsopphold rett til "
                    "kvalifiseringsprogram når programmet er nødvendig og hensiktsmessig og kontoret kan tilby et "
                    "tilpasset program. Vilkårene er kumulative og må være oppfylt samtidig.",
                    "Vedtaket er truffet etter en samlet vurdering av vilkårene i sosialtjenesteloven § 29, forskrift "
                    "om kvalifiseringsprogram og Arbeids- og velferdsdirektoratets rundskriv til loven (hovednr. 35)."],
        "reasons_heading": ["Begrunnelse", "Begrunnelse for vedtaket", "Rettslig grunnlag og vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Om kvalifiseringsstønaden"],
        "money": ["Under deltakelse i programmet ytes kvalifiseringsstønad med {kvp_amount} kroner i året, jf. "
                  "sosialtjenesteloven § 35. Stønaden utbetales etterskuddsvis hver måned og er skattepliktig.",
                  "Kvalifiseringsstønaden er fastsatt til kr {kvp_amount} per år, jf. sosialtjenesteloven § 35 første "
                  "ledd. Det foretas skattetrekk i stønaden, og fravær uten gyldig grunn kan føre til trekk."],
        "start": ["Programmet starter {date}. Programperioden er fastsatt til ett år, med adgang til forlengelse "
                  "etter § 30.",
                  "Oppstartsdato er fastsatt til {date}."],
        "evaluation": ["Programmet skal evalueres jevnlig og minst hver tredje måned i samråd med veilederen, og "
                       "evalueringene dokumenteres i saken.",
                       "Det legges opp til evaluering av programmet hver tredje måned."],
        "appeal_heading": ["Klagerett", "Adgang til å klage"],
        "appeal": ["Vedtaket kan påklages til Statsforvalteren i Vestland innen tre uker fra det tidspunkt vedtaket "
                   "kom frem, jf. forvaltningsloven §§ 28 og 29. Klagen skal være skriftlig og sendes til NAV "
                   "{office}, som vurderer saken på nytt før den eventuelt sendes videre.",
                   "Klagefristen er tre uker, jf. forvaltningsloven § 29. En eventuell klage sendes NAV {office}. "
                   "Dersom kontoret opprettholder vedtaket, oversendes klagen til Statsforvalteren i Vestland for "
                   "endelig avgjørelse. Du har rett til innsyn i sakens dokumenter, jf. forvaltningsloven § 18."],
        "closing": ["Med vennlig hilsen", "Med hilsen"],
    },
}

