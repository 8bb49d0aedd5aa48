"""Demo data: the default preparation template, this year's round opened for all staff, and
conversations in every status. Peter Nielsen ('medarbejder') has a planned conversation with his
leader Karen Mortensen ('leder') and has begun preparing; other people in Dalum Bibliotek show
the later statuses with a development plan. The round is for the current year, so that the
preparation shows the kompetencespejl of the same year (the competences demo data).

Run twice, it changes nothing: the round is found by its year and the statuses are only set on
the run that opened it."""

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from hrtools.mus.models import (
    Answer,
    Audience,
    Conversation,
    Goal,
    PreparationTemplate,
    Round,
    RoundQuestion,
    Status,
)
from hrtools.mus.services import open_round
from obb.demo.scale import BATCH_SIZE, STAFF_PREFIX, add_scaler, rng
from obb.models import User

TEMPLATE_NAME = "MUS ved Odense Biblioteker og Borgerservice"
TEMPLATE_DESCRIPTION = (
    "MUS er det helt centrale værktøj i vores medarbejder- og organisationsudvikling. Forbered dig ved at "
    "svare på spørgsmålene og se på dit kompetencespejl og dit karriereønske, før I mødes."
)
EMPLOYEE_QUESTIONS = [
    "Hvad er du mest tilfreds med i dit arbejde det seneste år?",
    "Hvilke opgaver eller situationer har udfordret dig, og hvad lærte du af dem?",
    "Hvordan har du brugt det, du lærte på kurser, uddannelse eller sidemandsoplæring, i det daglige arbejde?",
    "Hvilke kompetencer fra kompetencespejlet vil du gerne udvikle det kommende år, og hvorfor?",
    "Hvor ser du dig selv om to til tre år? Tænk på karrierevejene: fagligt spor, specialist, projektleder, leder.",
    "Hvad kan din leder og dine kolleger gøre for at støtte dig og din trivsel?",
]
MANAGER_QUESTIONS = [
    "Hvad har medarbejderen særligt bidraget med til enhedens opgaver og til strategiens pejlemærker?",
    "Hvor ser du medarbejderens styrker, og hvor er der plads til udvikling?",
    "Hvilke opgaver, projekter eller aktiviteter fra kataloget kunne styrke medarbejderen det kommende år?",
    "Hvordan følger I op på, hvad medarbejderen får ud af udviklingen, og hvordan det bruges i hverdagen?",
]
PETER_ANSWERS = [
    "Samarbejdet med skolerne om læseklubberne og de mange nye lånere i børneafdelingen.",
    "Omlægningen til selvbetjening om aftenen: svært i starten, men vi fandt en god rytme i teamet.",
    "Kurset i formidling har jeg brugt til vores fyraftensarrangementer.",
    "Digitale kompetencer og facilitering af fællesskaber – jeg vil gerne kunne hjælpe borgerne mere.",
]


def _template():
    template, created = PreparationTemplate.objects.get_or_create(
        name=TEMPLATE_NAME, defaults={"description": TEMPLATE_DESCRIPTION})
    if created:
        for audience, questions in ((Audience.EMPLOYEE, EMPLOYEE_QUESTIONS), (Audience.MANAGER, MANAGER_QUESTIONS)):
            for order, text in enumerate(questions, start=1):
                template.questions.create(audience=audience, order=order, text=text)
    return template


def _at(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def _weekday(day):
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _answer_all(conversation, author, texts=None):
    for index, question in enumerate(q for q in conversation.round.questions.all()
                                     if q.audience == conversation.audience_of(author)):
        text = texts[index] if texts and index < len(texts) else (
            "Det tager vi op til samtalen." if texts is None else "")
        if text:
            Answer.objects.update_or_create(conversation=conversation, question=question,
                                            defaults={"text": text, "author": author})


def _goals(conversation, activities, competences, today, *, followed_up=False, overdue=False):
    plans = [
        ("Blive tryg i at facilitere borgermøder og læsekredse", 0),
        ("Sidemandsoplæring i makerspace med en kollega fra Borgernes Hus", 1),
    ]
    for index, (text, offset) in enumerate(plans):
        activity = activities[(conversation.pk + index) % len(activities)] if activities and index == 0 else None
        goal = Goal(
            conversation=conversation, activity=activity, free_text="" if activity else text,
            competence=competences[(conversation.pk + index) % len(competences)] if competences else None,
            due_date=today + timedelta(days=90 + 30 * offset) if not (followed_up or overdue)
            else today - timedelta(days=40 - offset),
            follow_up_date=today - timedelta(days=10 + offset) if (followed_up or overdue)
            else today + timedelta(days=120 + 30 * offset),
        )
        if followed_up:
            goal.status = Goal.Status.DONE
            goal.outcome = "Mere sikkerhed i at lede en gruppe og nye idéer til formidling."
            goal.use_in_daily_work = "Bruges ved de ugentlige læsekredse og i samarbejdet med skolerne."
            goal.followed_up_at = timezone.now() - timedelta(days=5)
        elif overdue:
            goal.status = Goal.Status.IN_PROGRESS
        goal.save()


@transaction.atomic
def load_demo(stdout=None):
    from hrtools.competences.models import Competence, DevelopmentActivity

    template = _template()
    today = timezone.localdate()
    hr = User.objects.filter(username="hr").first()
    round_, created = Round.objects.get_or_create(
        year=today.year,
        defaults={"name": f"MUS {today.year}", "template": template,
                  "period_start": today - timedelta(days=60), "period_end": today + timedelta(days=45)},
    )
    result = open_round(round_, user=hr)
    if not created:
        return f"runden {round_.name} fandtes; {result.created} nye samtaler"

    activities = list(DevelopmentActivity.objects.filter(is_active=True)[:6])
    competences = list(Competence.objects.filter(is_active=True)[:6])
    leder = User.objects.filter(username="leder").first()
    peter = User.objects.filter(username="medarbejder").first()
    conversations = {c.employee.username: c for c in Conversation.objects.filter(round=round_)
                     .select_related("employee", "manager", "round")}

    # Peter: planned next week, has begun preparing.
    if peter and peter.username in conversations:
        conversation = conversations.pop(peter.username)
        conversation.status = Status.SCHEDULED
        conversation.scheduled_at = _at(_weekday(today + timedelta(days=7)), 10)
        conversation.place = "Mødelokalet, Dalum Bibliotek"
        conversation.save()
        _answer_all(conversation, peter, PETER_ANSWERS)

    # The rest of Karen's people, one in each later status.
    dalum = sorted((c for c in conversations.values() if leder and c.manager_id == leder.pk),
                   key=lambda c: c.employee.username)
    steps = [Status.PREPARED, Status.HELD, Status.FOLLOW_UP, Status.CLOSED, Status.SCHEDULED]
    for conversation, status in zip(dalum, steps, strict=False):
        conversations.pop(conversation.employee.username, None)
        past = status in (Status.HELD, Status.FOLLOW_UP, Status.CLOSED)
        day = _weekday(today - timedelta(days={Status.HELD: 3, Status.FOLLOW_UP: 45, Status.CLOSED: 50}[status])
                       if past else today + timedelta(days=10 + len(conversation.employee.username) % 5))
        conversation.scheduled_at = _at(day, 13)
        conversation.place = "Kontoret, Dalum Bibliotek"
        conversation.status = status
        _answer_all(conversation, conversation.employee)
        if status != Status.SCHEDULED:
            _answer_all(conversation, conversation.manager)
            conversation.employee_prepared_at = conversation.manager_prepared_at = conversation.scheduled_at
        if past:
            conversation.summary = (
                "Vi talte om året, der gik, og om kompetencespejlet. Medarbejderen vil gerne arbejde mere med "
                "fællesskaber og formidling. Vi aftalte to mål i udviklingsplanen og følger op efter tre måneder."
            )
            conversation.summary_version = 1
            conversation.held_at = conversation.scheduled_at
        if status in (Status.FOLLOW_UP, Status.CLOSED):
            conversation.employee_response = Conversation.Response.CONFIRMED
            conversation.responded_at = conversation.scheduled_at + timedelta(days=2)
        if status == Status.CLOSED:
            conversation.closed_at = timezone.now() - timedelta(days=2)
        conversation.save()
        if past:
            _goals(conversation, activities, competences, today, followed_up=status == Status.CLOSED,
                   overdue=status == Status.FOLLOW_UP)

    # Everyone else: a spread of statuses (no content), so that the completion chart says something.
    rng = random.Random(2023)  # noqa: S311 - deterministic demo data
    weights = [(Status.NOT_SCHEDULED, 4), (Status.SCHEDULED, 3), (Status.PREPARED, 1), (Status.HELD, 1),
               (Status.FOLLOW_UP, 1), (Status.CLOSED, 2)]
    statuses = [status for status, weight in weights for _n in range(weight)]
    for username in sorted(conversations):
        conversation = conversations[username]
        status = rng.choice(statuses)
        if status == Status.NOT_SCHEDULED:
            continue
        offset = rng.randint(3, 40)
        day = _weekday(today + timedelta(days=offset) if status in (Status.SCHEDULED, Status.PREPARED)
                       else today - timedelta(days=offset))
        Conversation.objects.filter(pk=conversation.pk).update(status=status, scheduled_at=_at(day, 9 + offset % 6))
    return f"{round_.name} åbnet med {result.created} samtaler"


# --- At scale (seed_demo --scale N) ----------------------------------------------------------

def _scale_past_round(year, template, hr, generator, activities):
    """A finished round of `year`: questions, a conversation for everyone employed then who has
    a manager, most of them closed, and one goal in each closed conversation."""
    start, end = date(year, 9, 1), date(year, 11, 30)
    round_ = Round.objects.create(year=year, name=f"MUS {year}", template=template, period_start=start,
                                  period_end=end, opened_at=_at(start, 8), opened_by=hr)
    RoundQuestion.objects.bulk_create([
        RoundQuestion(round=round_, source=question, audience=question.audience, order=question.order,
                      text=question.text)
        for question in template.questions.all()
    ])
    staff = (User.objects.filter(manager__isnull=False, start_date__lte=start, is_active=True)
             .order_by("username").only("pk", "manager_id"))
    weights = [(Status.CLOSED, 14), (Status.FOLLOW_UP, 2), (Status.HELD, 1), (Status.NOT_SCHEDULED, 1)]
    statuses = [status for status, weight in weights for _n in range(weight)]
    conversations = []
    for person in staff:
        status = generator.choice(statuses)
        day = _weekday(start + timedelta(days=generator.randint(0, 80)))
        conversation = Conversation(round=round_, employee_id=person.pk, manager_id=person.manager_id,
                                    status=status)
        if status != Status.NOT_SCHEDULED:
            conversation.scheduled_at = conversation.held_at = _at(day, 9 + generator.randint(0, 5))
            conversation.employee_prepared_at = conversation.manager_prepared_at = conversation.scheduled_at
            conversation.summary = "Vi talte om året, der gik, og aftalte mål i udviklingsplanen."
            conversation.summary_version = 1
            conversation.employee_response = Conversation.Response.CONFIRMED
            conversation.responded_at = conversation.scheduled_at + timedelta(days=2)
        if status == Status.CLOSED:
            conversation.closed_at = conversation.scheduled_at + timedelta(days=90)
        conversation._history_date = _at(start, 8)
        conversations.append(conversation)
    conversations = bulk_create_with_history(conversations, Conversation, batch_size=BATCH_SIZE, default_user=hr)
    goals = []
    for conversation in conversations:
        if conversation.status != Status.CLOSED:
            continue
        activity = generator.choice(activities) if activities else None
        goal = Goal(conversation=conversation, activity=activity,
                    free_text="" if activity else "Sidemandsoplæring hos en kollega",
                    due_date=end + timedelta(days=120), follow_up_date=end + timedelta(days=150),
                    status=Goal.Status.DONE, outcome="Mere sikkerhed i opgaverne.",
                    use_in_daily_work="Bruges i den daglige formidling.",
                    followed_up_at=conversation.closed_at)
        goal._history_date = conversation.closed_at
        goals.append(goal)
    bulk_create_with_history(goals, Goal, batch_size=BATCH_SIZE)
    return len(conversations)


def scale_demo(n):
    """A MUS round for each of the N years up to this one: this year's round opened again for
    the extra staff (with a spread of statuses), and finished rounds for the years before."""
    from hrtools.competences.models import DevelopmentActivity

    today = timezone.localdate()
    hr = User.objects.filter(username="hr").first()
    template = _template()
    current = Round.objects.filter(year=today.year).first()
    added = 0
    if current is not None:
        added = open_round(current, user=hr).created
        if added:
            generator = rng("mus", today.year)
            weights = [(Status.NOT_SCHEDULED, 4), (Status.SCHEDULED, 3), (Status.PREPARED, 1), (Status.HELD, 1),
                       (Status.FOLLOW_UP, 1), (Status.CLOSED, 2)]
            statuses = [status for status, weight in weights for _n in range(weight)]
            by_status = {}
            for pk in (Conversation.objects.filter(round=current, employee__username__startswith=STAFF_PREFIX)
                       .order_by("employee__username").values_list("pk", flat=True)):
                by_status.setdefault(generator.choice(statuses), []).append(pk)
            for status, pks in by_status.items():
                if status != Status.NOT_SCHEDULED:
                    Conversation.objects.filter(pk__in=pks).update(status=status,
                                                                   scheduled_at=_at(_weekday(today), 10))
    activities = list(DevelopmentActivity.objects.filter(is_active=True).order_by("pk")[:10])
    rounds = conversations = 0
    for year in range(today.year - n + 1, today.year):
        if Round.objects.filter(year=year).exists():
            continue
        conversations += _scale_past_round(year, template, hr, rng("mus", year), activities)
        rounds += 1
    return f"{added} nye samtaler i årets runde, {rounds} tidligere runder med {conversations} samtaler"


add_scaler("MUS", scale_demo, order=60)
