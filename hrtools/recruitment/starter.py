"""The recruitment guide's starter content: the nine steps of the HR strategy's
rekrutteringsguide, from needs analysis to the answer to the other applicants. Loaded by
`manage.py load_recruitment_guide` and by the demo loader."""

from django.db import transaction

from hrtools.recruitment.models import GuideStep

GUIDE_STEPS = [
    ("Behovsafklaring", "Afklar, hvorfor stillingen skal besættes, og om opgaverne kan løses på en ny måde. "
     "Hvilke kompetencer mangler enheden set i lyset af strategiens pejlemærker og kompetencespejlet?", -35),
    ("Job- og personprofil", "Beskriv stillingens opgaver og de faglige og personlige kompetencer, der søges. "
     "Tænk på balance og bredde i alder, uddannelse, køn og etnicitet i medarbejdergruppen.", -28),
    ("Stillingsopslag", "Skriv opslaget ud fra profilen, og få det godkendt af HR. Nedsæt ansættelsesudvalget, "
     "og aftal datoer for udvælgelse og samtaler.", -21),
    ("Ansøgningsfrist", "Ansøgningerne samles og deles med ansættelsesudvalget.", 0),
    ("Udvælgelse", "Udvalget gennemgår ansøgningerne mod profilen og udvælger kandidater til samtale. "
     "Begrund valget kort i noterne.", 4),
    ("Samtaler", "Brug samme spørgeramme til alle kandidater. Overvej en case eller en 2. samtale.", 10),
    ("Referencer", "Indhent referencer med kandidatens samtykke, helst fra nærmeste leder.", 14),
    ("Tilbud og kontrakt", "Giv tilbuddet mundtligt, og send kontrakten via HR. Registrér den valgte "
     "kandidat som ansat: så oprettes medarbejderen, og onboardingen starter.", 17),
    ("Svar til øvrige ansøgere", "Giv alle øvrige ansøgere et venligt og rettidigt svar. Kandidaternes "
     "persondata anonymiseres automatisk 6 måneder efter, at sagen er lukket.", 21),
]


@transaction.atomic
def load_guide():
    """Create the nine steps when the guide is empty; returns how many were created. A guide HR
    has started (or trimmed) is left as it is, so running it again changes nothing."""
    if GuideStep.objects.exists():
        return 0
    for order, (title, text, offset) in enumerate(GUIDE_STEPS, start=1):
        GuideStep.objects.create(order=order, title=title, text=text, offset_days=offset)
    return len(GUIDE_STEPS)
