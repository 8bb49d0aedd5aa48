"""Starter content of the kompetencespejl, the career model and the catalogue: real content that
HR changes afterwards. `load_starter_content()` is idempotent and never overwrites what HR has
changed: it only creates what is missing (by slug or name) and links a starter competence to the
strategy's pejlemærker while it has none."""

from django.db import transaction

from hrtools.competences.models import (
    CareerStep,
    CareerTrack,
    Competence,
    DevelopmentActivity,
    JobFamily,
    Profile,
    ProfileLevel,
)

# slug, name, description, pejlemærke slugs (from the 2023 plan's priorities)
COMPETENCES = [
    ("vaertskab", "Værtskab og service",
     "Tager imod alle borgere personligt, i øjenhøjde og med nærvær; kender servicekodekset og giver "
     "borgeren en større oplevelse, end de forventer.", ["service", "fysiske-rum"]),
    ("digitale-kompetencer", "Digitale kompetencer",
     "Bruger og forklarer bibliotekets og kommunens digitale løsninger sikkert og holder sin digitale viden "
     "ved lige.", ["digitalt-bibliotek-og-digital-borgerbetjening"]),
    ("digital-dannelse", "Digital vejledning og dannelse",
     "Hjælper borgerne til at klare sig i det digitale Danmark og til at bruge nettet kritisk og trygt.",
     ["digitalt-bibliotek-og-digital-borgerbetjening", "livsoplysning"]),
    ("projektkompetencer", "Projektkompetencer",
     "Planlægger, leder og gennemfører projekter med mål, tidsplan, økonomi og opfølgning.",
     ["kompetence-og-organisation", "partnerskaber"]),
    ("netvaerk-og-partnerskaber", "Netværk og partnerskaber",
     "Skaber og plejer samarbejder med lokale, regionale, nationale og internationale partnere.",
     ["partnerskaber", "byrummet"]),
    ("formidling", "Formidling",
     "Formidler litteratur, viden, kultur og debat til forskellige målgrupper, fysisk og digitalt.",
     ["livsoplysning"]),
    ("facilitering-af-faellesskaber", "Facilitering af fællesskaber",
     "Kan bistå etablering, facilitering og procesledelse af fællesskaber som læsekredse, "
     "sprogfællesskaber og skriveværksteder.", ["faellesskaber"]),
    ("borgerservicefaglighed", "Borgerservicefaglighed",
     "Behersker lovgivning og sagsgange i borgerservice (pas, kørekort, folkeregister, ydelser) og "
     "vejleder korrekt og forståeligt.", ["service", "digitalt-bibliotek-og-digital-borgerbetjening"]),
    ("brugerinvolvering", "Brugerinvolvering og samskabelse",
     "Inddrager borgerne i at udvikle services og rum og giver plads til brugerdrevne initiativer.",
     ["fysiske-rum", "faellesskaber"]),
    ("samarbejde-og-feedback", "Samarbejde og feedback",
     "Spiller kollegerne gode, giver og modtager feedback og bidrager til trivsel og et godt arbejdsmiljø.",
     ["kompetence-og-organisation"]),
    ("forandringsparathed", "Forandringsparathed og udvikling",
     "Er åben over for forandring, afprøver nye idéer og lærer af fejl.", ["kompetence-og-organisation"]),
]

# name, job titles, desired level per competence slug
JOB_FAMILIES = [
    ("Bibliotekar", ["Bibliotekar", "Børnebibliotekar", "Digital formidler"],
     {"vaertskab": 4, "digitale-kompetencer": 4, "digital-dannelse": 4, "projektkompetencer": 3,
      "netvaerk-og-partnerskaber": 3, "formidling": 4, "facilitering-af-faellesskaber": 3,
      "brugerinvolvering": 3, "samarbejde-og-feedback": 4, "forandringsparathed": 4}),
    ("Biblioteksassistent og kulturformidler", ["Biblioteksassistent", "Kulturformidler", "Materialemedarbejder",
                                                "Logistikmedarbejder"],
     {"vaertskab": 4, "digitale-kompetencer": 3, "digital-dannelse": 3, "formidling": 3,
      "facilitering-af-faellesskaber": 3, "samarbejde-og-feedback": 4, "forandringsparathed": 3}),
    ("Borgerservicemedarbejder", ["Borgerservicemedarbejder", "Specialist", "Kontorassistent", "Kontorelev"],
     {"vaertskab": 4, "digitale-kompetencer": 4, "digital-dannelse": 3, "borgerservicefaglighed": 4,
      "samarbejde-og-feedback": 4, "forandringsparathed": 3}),
    ("Projekt og udvikling", ["Projektmedarbejder", "Udvikler", "IT-medarbejder", "Konsulent", "Specialkonsulent"],
     {"digitale-kompetencer": 4, "projektkompetencer": 4, "netvaerk-og-partnerskaber": 4,
      "brugerinvolvering": 4, "samarbejde-og-feedback": 4, "forandringsparathed": 4}),
    ("Leder", ["Biblioteksleder", "Teamleder", "Borgerservicechef", "Bibliotekschef, Borgernes Hus",
               "Områdeleder for lokalbibliotekerne", "Stabschef", "Biblioteks- og borgerservicechef"],
     {"vaertskab": 4, "projektkompetencer": 4, "netvaerk-og-partnerskaber": 4, "samarbejde-og-feedback": 5,
      "forandringsparathed": 5, "brugerinvolvering": 3}),
]

# kind, name, description, [(step name, description, competence slugs)]
TRACKS = [
    (CareerTrack.Kind.PROFESSIONAL, "Det faglige spor",
     "Karriere i kerneopgaven: at blive stadig dygtigere til at betjene, vejlede og formidle.", [
         ("Medarbejder", "Løser kerneopgaven selvstændigt og i samarbejde med kolleger.",
          ["vaertskab", "samarbejde-og-feedback"]),
         ("Erfaren fagperson", "Tager ansvar for et fagområde i huset og oplærer nye kolleger.",
          ["formidling", "digitale-kompetencer", "samarbejde-og-feedback"]),
         ("Faglig koordinator", "Koordinerer et fagområde på tværs af huse og udvikler praksis.",
          ["formidling", "facilitering-af-faellesskaber", "forandringsparathed"]),
     ]),
    (CareerTrack.Kind.SPECIALIST, "Specialistsporet",
     "Karriere ved at udvikle et strategisk vigtigt speciale, fx digital dannelse, børn og unge eller "
     "borgerservicejura.", [
         ("Specialist under udvikling", "Opbygger et speciale og deler det i sit team.",
          ["digitale-kompetencer", "formidling"]),
         ("Specialist", "Er organisationens kapacitet på sit område og rådgiver kolleger og ledere.",
          ["digital-dannelse", "netvaerk-og-partnerskaber", "formidling"]),
         ("Ekspert", "Er kendt nationalt på sit område og præger udviklingen i biblioteksverdenen.",
          ["netvaerk-og-partnerskaber", "projektkompetencer", "forandringsparathed"]),
     ]),
    (CareerTrack.Kind.PROJECT, "Projektledersporet",
     "Karriere som en rigtig dygtig projektleder: fra projektdeltager til leder af store, eksternt "
     "finansierede projekter.", [
         ("Projektdeltager", "Bidrager til projekter og kender projektets mål og metoder.",
          ["projektkompetencer", "samarbejde-og-feedback"]),
         ("Projektleder", "Leder projekter med mål, tidsplan og budget og afrapporterer til ledelsen.",
          ["projektkompetencer", "netvaerk-og-partnerskaber", "brugerinvolvering"]),
         ("Senior projektleder", "Leder store og eksternt finansierede projekter, også internationale.",
          ["projektkompetencer", "netvaerk-og-partnerskaber", "forandringsparathed"]),
     ]),
    (CareerTrack.Kind.MANAGER, "Ledersporet",
     "Karriere som leder af mennesker, i overensstemmelse med kommunens ledelsesgrundlag.", [
         ("Koordinator", "Fordeler opgaver og vagter i et team og er kollegernes sparringspartner.",
          ["samarbejde-og-feedback", "vaertskab"]),
         ("Teamleder", "Leder et team med personaleansvar og gennemfører MUS.",
          ["samarbejde-og-feedback", "forandringsparathed", "projektkompetencer"]),
         ("Biblioteksleder eller afdelingsleder", "Leder et bibliotek eller en afdeling med økonomi- og "
          "personaleansvar og omsætter strategien lokalt.",
          ["forandringsparathed", "netvaerk-og-partnerskaber", "brugerinvolvering"]),
         ("Chef", "Leder et område og er en del af ledelsen af Odense Biblioteker og Borgerservice.",
          ["forandringsparathed", "netvaerk-og-partnerskaber", "samarbejde-og-feedback"]),
     ]),
]

K = DevelopmentActivity.Kind
# title, kind, duration, provider, competence slugs, description
ACTIVITIES = [
    ("Diplomuddannelse i ledelse", K.EDUCATION, "2–3 år på deltid", "Professionshøjskole",
     ["samarbejde-og-feedback", "forandringsparathed"],
     "Den offentlige lederuddannelse på diplomniveau; moduler i ledelse af forandring og medarbejdere."),
    ("Master i informationsvidenskab", K.EDUCATION, "2 år på deltid", "Universitet",
     ["digitale-kompetencer", "formidling"], "Videregående uddannelse for bibliotekarer med fokus på viden og data."),
    ("Kursus i projektledelse", K.COURSE, "3 dage", "Odense Kommune",
     ["projektkompetencer"], "Grundlæggende projektledelse: mål, interessenter, tidsplan, risici og afslutning."),
    ("Kursus i facilitering og procesledelse", K.COURSE, "2 dage", "",
     ["facilitering-af-faellesskaber", "brugerinvolvering"],
     "Værktøjer til at lede møder, workshops og fællesskaber, så alle kommer til orde."),
    ("Digitale borgerløsninger – opdatering", K.ELEARNING, "4 timer", "KL og Digitaliseringsstyrelsen",
     ["digitale-kompetencer", "borgerservicefaglighed"], "E-læring om MitID, Digital Post og borger.dk."),
    ("Formidling og fortælling", K.COURSE, "2 dage", "",
     ["formidling"], "Mundtlig formidling af litteratur og viden til børn, unge og voksne."),
    ("Sidemandsoplæring i borgerservice", K.SIDE_BY_SIDE, "2 uger", "Borgerservice",
     ["borgerservicefaglighed", "vaertskab"], "Følg en erfaren kollega i pas og kørekort eller folkeregister."),
    ("Sidemandsoplæring i makerspace", K.SIDE_BY_SIDE, "4 vagter", "Makerspace",
     ["digitale-kompetencer", "brugerinvolvering"], "Lær udstyret og vejledningen i makerspace at kende."),
    ("Jobrotation mellem bibliotek og borgerservice", K.ROTATION, "3 måneder, 1 dag om ugen", "",
     ["borgerservicefaglighed", "vaertskab", "samarbejde-og-feedback"],
     "Arbejd en fast dag om ugen i den anden del af huset og tag erfaringerne med hjem."),
    ("Jobrotation mellem lokalbibliotekerne", K.ROTATION, "1–3 måneder", "",
     ["vaertskab", "forandringsparathed"], "Arbejd en periode på et andet lokalbibliotek."),
    ("Deltagelse i et udviklingsprojekt", K.PROJECT, "6–12 måneder", "",
     ["projektkompetencer", "brugerinvolvering"], "Vær med i et af årets udviklingsprojekter som projektdeltager."),
    ("Projektleder på et lokalt arrangement", K.PROJECT, "3 måneder", "",
     ["projektkompetencer", "netvaerk-og-partnerskaber", "formidling"],
     "Stå for et arrangement fra idé til evaluering sammen med en lokal partner."),
    ("Fagligt netværk for digital dannelse", K.NETWORK, "4 møder om året", "Danmarks Biblioteksforening",
     ["digital-dannelse", "netvaerk-og-partnerskaber"], "Nationalt netværk om digital dannelse i bibliotekerne."),
    ("Netværk for frivillighed og fællesskaber", K.NETWORK, "Løbende", "Odense Kommune",
     ["facilitering-af-faellesskaber", "netvaerk-og-partnerskaber"],
     "Udveksling med kommunens kulturhuse og foreninger om frivillige og fællesskaber."),
    ("Mentorforløb med en erfaren kollega", K.MENTOR, "6 måneder", "",
     ["samarbejde-og-feedback", "forandringsparathed"],
     "Faste samtaler med en mentor om faglig og personlig udvikling."),
    ("Studietur til et nordisk bibliotek", K.CONFERENCE, "3 dage", "",
     ["forandringsparathed", "brugerinvolvering"], "Se, hvordan andre biblioteker indretter rum og services."),
]


@transaction.atomic
def load_starter_content():
    """Create the starter competences, job-family profiles, career tracks and catalogue."""
    from strategy.models import Pejlemaerke, StrategyPeriod

    created = {"competences": 0, "profiles": 0, "tracks": 0, "activities": 0}
    strategy = StrategyPeriod.objects.filter(kind=StrategyPeriod.Kind.MAIN).order_by("-start_year").first()
    pejlemaerker = {p.slug: p for p in Pejlemaerke.objects.filter(strategy=strategy)} if strategy else {}
    competences = {}
    for order, (slug, name, description, pejle_slugs) in enumerate(COMPETENCES, start=1):
        competence, was_created = Competence.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order * 10})
        created["competences"] += was_created
        competences[slug] = competence
        if pejlemaerker and not competence.pejlemaerker.exists():
            competence.pejlemaerker.set([pejlemaerker[s] for s in pejle_slugs if s in pejlemaerker])

    for name, titles, levels in JOB_FAMILIES:
        family, _created = JobFamily.objects.get_or_create(name=name, defaults={"job_titles": "\n".join(titles)})
        profile, was_created = Profile.objects.get_or_create(
            job_family=family, defaults={"name": f"Profil for {name.lower()}"})
        created["profiles"] += was_created
        if was_created:
            for slug, level in levels.items():
                ProfileLevel.objects.create(profile=profile, competence=competences[slug], level=level)

    for order, (kind, name, description, steps) in enumerate(TRACKS, start=1):
        track, was_created = CareerTrack.objects.get_or_create(
            kind=kind, defaults={"name": name, "description": description, "order": order})
        created["tracks"] += was_created
        if was_created:
            for number, (step_name, step_description, slugs) in enumerate(steps, start=1):
                step = CareerStep.objects.create(track=track, order=number, name=step_name,
                                                 description=step_description)
                step.competences.set([competences[s] for s in slugs])

    for title, kind, duration, provider, slugs, description in ACTIVITIES:
        activity, was_created = DevelopmentActivity.objects.get_or_create(
            title=title, defaults={"kind": kind, "duration": duration, "provider": provider,
                                   "description": description})
        created["activities"] += was_created
        if was_created:
            activity.competences.set([competences[s] for s in slugs])
    return created
