"""Inspiration til jobudvikling: search and filter the catalogue, propose an activity for a
development plan; the employee and their manager see the proposal, the manager decides."""

from django.urls import reverse

from hrtools.competences.models import DevelopmentActivity, DevelopmentProposal


def make_activities(world):
    network = DevelopmentActivity.objects.create(title="Netværk for formidlere", kind="netvaerk",
                                                 description="Møder fire gange om året.")
    network.competences.set([world.competence])
    rotation = DevelopmentActivity.objects.create(title="Jobrotation til borgerservice", kind="jobrotation",
                                                  description="En dag om ugen i tre måneder.")
    hidden = DevelopmentActivity.objects.create(title="Udgået kursus", kind="kursus", description="x",
                                                is_active=False)
    return network, rotation, hidden


def titles(response):
    return [item.title for item in response.context["activities"]]


def test_filter_by_competence_type_and_text(world, login):
    make_activities(world)
    client = login(world.alice)
    url = reverse("competences:catalogue")
    assert sorted(titles(client.get(url))) == ["Jobrotation til borgerservice", "Kursus i projektledelse",
                                               "Netværk for formidlere"]
    assert titles(client.get(url, {"kompetence": "vaertskab"})) == ["Netværk for formidlere"]
    assert titles(client.get(url, {"type": "jobrotation"})) == ["Jobrotation til borgerservice"]
    assert titles(client.get(url, {"q": "tre måneder"})) == ["Jobrotation til borgerservice"]
    assert titles(client.get(url, {"q": "digitale"})) == ["Kursus i projektledelse"]  # by competence name


def test_unknown_filter_values_give_a_danish_error_and_no_list(world, login):
    response = login(world.alice).get(reverse("competences:catalogue"), {"type": "dans", "kompetence": "findes-ikke"})
    assert response.status_code == 200
    assert titles(response) == []
    assert "Marker en gyldig" in response.content.decode() or "Vælg en gyldig" in response.content.decode()


def test_an_inactive_activity_is_not_in_the_catalogue(world, login):
    _network, _rotation, hidden = make_activities(world)
    assert login(world.alice).get(reverse("competences:activity", args=[hidden.pk])).status_code == 404


def test_alice_proposes_an_activity_for_her_own_plan(world, login):
    network, _rotation, _hidden = make_activities(world)
    client = login(world.alice)
    response = client.post(reverse("competences:propose", args=[network.pk]),
                           {"employee": world.alice.pk, "note": "Lyder spændende"})
    assert response.status_code == 302
    proposal = DevelopmentProposal.objects.get(activity=network)
    assert (proposal.employee, proposal.proposed_by, proposal.status) == (world.alice, world.alice, "foreslaaet")
    mirror = login(world.mia).get(reverse("competences:mirror", args=[world.alice.pk])).content.decode()
    assert "Netværk for formidlere" in mirror


def test_a_manager_cannot_propose_for_someone_they_do_not_manage(world, login):
    network, _rotation, _hidden = make_activities(world)
    response = login(world.otto).post(reverse("competences:propose", args=[network.pk]),
                                      {"employee": world.alice.pk})
    assert response.status_code == 400
    assert "Du kan kun foreslå aktiviteter for dig selv og de medarbejdere, du er leder for." in \
        response.content.decode()
    assert not DevelopmentProposal.objects.filter(activity=network).exists()


def test_mia_accepts_and_alice_cannot(world, login):
    url = reverse("competences:proposal_decide", args=[world.proposal.pk])
    assert login(world.alice).post(url, {"status": "accepteret"}).status_code == 403
    assert login(world.mia).post(url, {"status": "ukendt"}).status_code == 302
    world.proposal.refresh_from_db()
    assert world.proposal.status == "foreslaaet"
    assert login(world.mia).post(url, {"status": "accepteret"}).status_code == 302
    world.proposal.refresh_from_db()
    assert world.proposal.status == "accepteret"
    assert world.proposal.history.count() == 2


def test_catalogue_queries_do_not_grow_with_rows(world, login):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(world.alice)
    url = reverse("competences:catalogue")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for index in range(10):
        item = DevelopmentActivity.objects.create(title=f"Aktivitet {index}", kind="kursus", description="x")
        item.competences.set([world.competence, world.competence_digital])
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_hr_cannot_propose_for_alice_and_is_told_why(world, login):
    response = login(world.hanne).post(reverse("competences:propose", args=[world.activity.pk]),
                                       {"employee": world.alice.pk})
    assert response.status_code == 400
    assert "Du kan kun foreslå aktiviteter for dig selv" in response.content.decode()
    assert DevelopmentProposal.objects.filter(employee=world.alice).count() == 1
