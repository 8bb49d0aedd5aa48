"""Candidates' data is for HR, the hiring manager and that case's committee only."""

from django.urls import reverse

from hrtools.recruitment.models import RecruitmentCase


def test_candidate_data_only_for_hr_and_the_committee(world, login):
    case, candidate = world.recruitment_case, world.candidate
    case.committee.add(world.bob)  # bob sits on the committee though he works elsewhere
    urls = [reverse("recruitment:case_detail", args=[case.pk]),
            reverse("recruitment:candidate_detail", args=[candidate.pk])]
    for person in [world.hanne, world.mia, world.bob]:
        for url in urls:
            page = login(person).get(url)
            assert page.status_code == 200, (person, url)
            assert "Karl Kandidat" in page.content.decode()
    for person in [world.alice, world.otto, world.lea, world.adam]:
        for url in urls:
            assert login(person).get(url).status_code == 404, (person, url)
    assert login(world.bob).get(reverse("recruitment:candidate_detail", args=[candidate.pk])).status_code == 200


def test_a_committee_member_writes_notes_but_does_not_edit_or_hire(world, login):
    world.recruitment_case.committee.add(world.bob)
    client = login(world.bob)
    url = reverse("recruitment:candidate_detail", args=[world.candidate.pk])
    assert client.post(url, {"text": "Gode referencer."}).status_code == 302
    assert world.candidate.notes.filter(author=world.bob, text="Gode referencer.").exists()
    assert client.get(reverse("recruitment:candidate_edit", args=[world.candidate.pk])).status_code == 403
    assert client.get(reverse("recruitment:candidate_hire", args=[world.candidate.pk])).status_code == 403
    assert "Meget stærk samtale" in client.get(url).content.decode()


def test_the_case_list_shows_each_person_their_own_cases(world, login):
    world.recruitment_case.committee.add(world.bob)
    assert "Bibliotekar" in login(world.bob).get(reverse("recruitment:case_list")).content.decode()
    assert "Bibliotekar" not in login(world.otto).get(reverse("recruitment:case_list")).content.decode()
    assert "Bibliotekar" in login(world.hanne).get(reverse("recruitment:case_list")).content.decode()


def test_visibility_has_one_answer_for_lists_and_objects(world):
    case = world.recruitment_case
    case.committee.add(world.bob)
    for person in [world.alice, world.bob, world.mia, world.otto, world.hanne, world.lea, world.adam]:
        assert (case in RecruitmentCase.objects.visible_to(person)) == case.can_view(person)
