"""The demo loader: a template, this year's round for all staff, the demo accounts in place;
running it twice changes nothing."""

from hrtools.competences.demo import load_demo as load_competences
from hrtools.mus.demo import load_demo
from hrtools.mus.models import Answer, Conversation, Goal, PreparationTemplate, Status
from obb.demo.staff import seed_organisation


def test_demo_loader_runs_twice_without_duplicates(db):
    seed_organisation()
    load_competences(None)
    load_demo(None)
    template = PreparationTemplate.objects.get()
    assert template.questions.filter(audience="medarbejder").count() == 6
    assert template.questions.filter(audience="leder").count() == 4
    peter = Conversation.objects.select_related("manager").get(employee__username="medarbejder")
    assert peter.status == Status.SCHEDULED and peter.manager.username == "leder"
    assert Answer.objects.filter(conversation=peter).count() >= 4
    statuses = set(Conversation.objects.filter(manager=peter.manager).values_list("status", flat=True))
    assert {Status.SCHEDULED, Status.PREPARED, Status.HELD, Status.FOLLOW_UP, Status.CLOSED} <= statuses
    assert Goal.objects.exists()
    counts = (Conversation.objects.count(), Answer.objects.count(), Goal.objects.count())
    load_demo(None)
    assert (Conversation.objects.count(), Answer.objects.count(), Goal.objects.count()) == counts
