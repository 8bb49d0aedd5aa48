"""Lea (leadership) edits the plan's content: a pejlemærke and its priorities, the forewords,
the partners and the projects. Each change lands in the history with her name; bad input gets
a Danish error and changes nothing."""

from django.urls import reverse

from strategy.models import Foreword, Partner, Pejlemaerke, Plan, Priority, Project
from tests.strategy.edit_pages import post_as_page


def _management(prefix, total, initial):
    return {f"{prefix}-TOTAL_FORMS": total, f"{prefix}-INITIAL_FORMS": initial,
            f"{prefix}-MIN_NUM_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000}


def _priorities_post(world, priorities, name="Service", ambition="Ny ambition", extra=()):
    """`priorities`: [(priority or None, text, order, delete)]."""
    data = {"pejlemaerke-name": name, "pejlemaerke-ambition": ambition,
            **_management("priorities", len(priorities), sum(1 for p in priorities if p[0]))}
    for index, (priority, text, order, delete) in enumerate(priorities):
        data[f"priorities-{index}-id"] = priority.pk if priority else ""
        data[f"priorities-{index}-pejlemaerke"] = world.service.pk
        data[f"priorities-{index}-text"] = text
        data[f"priorities-{index}-ORDER"] = order
        if delete:
            data[f"priorities-{index}-DELETE"] = "on"
    return data


def test_lea_edits_the_ambition_and_adds_reorders_and_deletes_priorities(world, login):
    second = Priority.objects.create(pejlemaerke=world.service, order=1, text="Udvikle services")
    third = Priority.objects.create(pejlemaerke=world.service, order=2, text="Skal slettes")
    url = reverse("strategy:pejlemaerke_edit", args=[2023, "service"])
    response = post_as_page(login(world.lea), url, _priorities_post(world, [
        (world.priority, "Fokus på det personlige møde", 2, False),
        (second, "Udvikle services sammen med borgerne", 1, False),
        (third, "Skal slettes", 3, True),
        (None, "En ny prioritering", 3, False),
    ]))
    assert response.status_code == 302
    assert response["Location"] == reverse("strategy:pejlemaerke_detail", args=[2023, "service"])
    world.service.refresh_from_db()
    assert world.service.ambition == "Ny ambition"
    assert [p.text for p in world.service.priorities.all()] == [
        "Udvikle services sammen med borgerne", "Fokus på det personlige møde", "En ny prioritering"]
    assert not Priority.objects.filter(pk=third.pk).exists()
    # every change is in the history, with who made it
    assert world.service.history.first().history_user == world.lea
    assert Priority.history.filter(id=third.pk, history_type="-").get().history_user == world.lea
    assert Priority.history.filter(text="En ny prioritering", history_type="+").get().history_user == world.lea
    assert second.history.first().history_user == world.lea


def test_an_unchanged_priority_gets_no_new_history(world, login):
    before = world.priority.history.count()
    post_as_page(login(world.lea), reverse("strategy:pejlemaerke_edit", args=[2023, "service"]), _priorities_post(
        world, [(world.priority, "Fokus på det personlige møde", 1, False)],
        name="Service", ambition=world.service.ambition))
    assert world.priority.history.count() == before


def test_an_empty_name_or_priority_is_refused_and_nothing_changes(world, login):
    url = reverse("strategy:pejlemaerke_edit", args=[2023, "service"])
    response = post_as_page(login(world.lea), url, _priorities_post(
        world, [(world.priority, "", 1, False)], name="", ambition="Ændret"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ændringerne er ikke gemt" in page
    assert "Dette felt er påkrævet." in page
    assert 'href="#id_pejlemaerke-name"' in page  # the summary links to the field
    assert 'aria-invalid="true"' in page
    world.service.refresh_from_db()
    world.priority.refresh_from_db()
    assert (world.service.name, world.service.ambition) == ("Service", "Det er vores ambition at sikre godt værtskab.")
    assert world.priority.text == "Fokus på det personlige møde"


def test_a_script_in_a_text_is_stored_as_text_and_shown_as_plain_text(world, login):
    client = login(world.lea)
    post_as_page(client, reverse("strategy:pejlemaerke_edit", args=[2023, "service"]), _priorities_post(
        world, [(world.priority, "<script>alert('x')</script>", 1, False)]))
    page = client.get(reverse("strategy:plan_detail", args=[2023])).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_lea_writes_the_forewords(world, login):
    client = login(world.lea)
    url = reverse("strategy:foreword_edit", args=[2023, "fokus"])
    page = client.get(url).content.decode()
    assert 'value="Fokus"' in page  # a missing foreword starts with its heading
    response = post_as_page(client, url, {"heading": "Fokus", "byline": "Ved chefen", "body": "Et afsnit.\n\nEt til.",
                                 "signature_name": "Kent Skov Andreasen"})
    assert response.status_code == 302
    fokus = Foreword.objects.get(plan=world.plan, kind="fokus")
    assert fokus.paragraphs == ["Et afsnit.", "Et til."]
    assert fokus.history.get().history_user == world.lea
    post_as_page(client, url, {"heading": "Fokus 2023", "body": "Nyt."})
    assert Foreword.objects.get(pk=fokus.pk).heading == "Fokus 2023"
    assert fokus.history.count() == 2


def test_a_foreword_without_text_is_refused(world, login):
    response = post_as_page(login(world.lea), reverse("strategy:foreword_edit", args=[2023, "forord"]),
                                     {"heading": "", "body": ""})
    assert response.status_code == 200
    assert "Dette felt er påkrævet." in response.content.decode()
    assert not Foreword.objects.exists()


def _partners_post(partners, intro="Vi samarbejder med mange."):
    data = {"plan-partners_intro": intro, **_management("partners", len(partners), sum(1 for p in partners if p[0]))}
    for index, (partner, name, country, order, delete) in enumerate(partners):
        data.update({f"partners-{index}-id": partner.pk if partner else "", f"partners-{index}-name": name,
                     f"partners-{index}-country": country, f"partners-{index}-ORDER": order})
        if delete:
            data[f"partners-{index}-DELETE"] = "on"
    return data


def test_lea_adds_renames_and_deletes_partners(world, login):
    aarhus = Partner.objects.create(plan=world.plan, order=1, name="Aarhus Bibliotekerne")
    client = login(world.lea)
    response = post_as_page(client, reverse("strategy:partners_edit", args=[2023]), _partners_post([
        (world.partner, "Syddansk Universitet (SDU)", "", 2, False),
        (aarhus, "Aarhus Bibliotekerne", "", 1, True),
        (None, "Library Takeovers", "Norge", 1, False),
        (None, "", "", "", False),  # an empty extra row is ignored
    ]))
    assert response.status_code == 302
    assert [str(p) for p in world.plan.partners.all()] == ["Library Takeovers, Norge", "Syddansk Universitet (SDU)"]
    assert Plan.objects.get(pk=world.plan.pk).partners_intro == "Vi samarbejder med mange."
    assert Partner.history.filter(name="Library Takeovers").get().history_user == world.lea


def test_a_partner_without_a_name_is_refused_and_nothing_changes(world, login):
    response = post_as_page(login(world.lea), reverse("strategy:partners_edit", args=[2023]), _partners_post([
        (world.partner, "", "Danmark", 1, False),
        (None, "Ny partner", "", 2, False),
    ], intro="Ændret"))
    assert response.status_code == 200
    assert "Dette felt er påkrævet." in response.content.decode()
    assert list(Partner.objects.values_list("name", flat=True)) == ["Syddansk Universitet"]
    assert Plan.objects.get(pk=world.plan.pk).partners_intro == ""


def _project_row(index, project=None, **values):
    row = {"id": project.pk if project else "", "plan": "", "title": "", "pejlemaerke": "", "funder": "",
           "period": "", "start_year": "", "end_year": "", "note": "", "ORDER": index + 1, **values}
    return {f"projects-{index}-{key}": value for key, value in row.items() if value is not False}


def test_lea_adds_and_changes_projects(world, login):
    data = {**_management("projects", 2, 1),
            **_project_row(0, world.project, title="Værtskabskursus", pejlemaerke=world.service.pk,
                           funder="OBB", period="2022-23", start_year=2022, end_year=2023),
            **_project_row(1, title="UPSCALE", pejlemaerke=world.partnerskaber.pk, funder="Research Council of Norway",
                           period="2020-2023", start_year=2020, end_year=2023, international="on")}
    response = post_as_page(login(world.lea), reverse("strategy:projects_edit", args=[2023]), data)
    assert response.status_code == 302
    upscale = Project.objects.get(title="UPSCALE")
    assert upscale.international and upscale.pejlemaerke == world.partnerskaber and upscale.order == 1
    assert Project.objects.get(pk=world.project.pk).funder == "OBB"
    assert upscale.history.get().history_user == world.lea


def test_a_project_without_a_title_or_ending_before_it_starts_is_refused(world, login):
    data = {**_management("projects", 2, 1),
            **_project_row(0, world.project, title="", funder="Ændret"),
            **_project_row(1, title="Baglæns", start_year=2023, end_year=2020)}
    response = post_as_page(login(world.lea), reverse("strategy:projects_edit", args=[2023]), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dette felt er påkrævet." in page
    assert "Slutåret kan ikke ligge før startåret." in page
    assert Project.objects.count() == 1
    assert Project.objects.get().funder == "internt projekt i OBB"


def test_a_project_cannot_be_put_under_another_strategys_pejlemaerke(world, login):
    from strategy.models import StrategyPeriod

    other = StrategyPeriod.objects.create(slug="anden", name="Anden", start_year=2017, end_year=2020)
    foreign = Pejlemaerke.objects.create(strategy=other, number=1, slug="fremmed", name="Fremmed")
    data = {**_management("projects", 1, 1), **_project_row(0, world.project, title="X", pejlemaerke=foreign.pk)}
    response = post_as_page(login(world.lea), reverse("strategy:projects_edit", args=[2023]), data)
    assert response.status_code == 200
    assert Project.objects.get().pejlemaerke == world.service
