"""Lea (leadership) keeps the plan's photos: she uploads a photo with its caption and
alternative text, places it, reorders and deletes. The photo appears in the plan's document;
a file that is not an image, or an image without an alternative text, is refused in Danish and
nothing changes."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from reporting.exporters.plan import render_plan_html
from strategy.models import PhotoCaption
from tests.hostile.corpus import png
from tests.strategy.edit_pages import post_as_page

URL = reverse("strategy:photos_edit", args=[2023])


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def _post(rows):
    """`rows`: [(photo or None, {field: value}, order, delete)]."""
    data = {"photos-TOTAL_FORMS": len(rows), "photos-INITIAL_FORMS": sum(1 for row in rows if row[0]),
            "photos-MIN_NUM_FORMS": 0, "photos-MAX_NUM_FORMS": 1000}
    for index, (photo, values, order, delete) in enumerate(rows):
        data[f"photos-{index}-id"] = photo.pk if photo else ""
        data[f"photos-{index}-plan"] = ""
        data[f"photos-{index}-ORDER"] = order
        data.update({f"photos-{index}-{name}": value for name, value in values.items()})
        if delete:
            data[f"photos-{index}-DELETE"] = "on"
    return data


def _upload(name="laesekreds.png", content=None):
    return ContentFile(content if content is not None else png(64, 48), name=name)


def test_lea_uploads_a_photo_with_caption_and_alternative_text_and_it_is_in_the_plan(world, login, media):
    client = login(world.lea)
    plan_edit = client.get(reverse("strategy:plan_edit", args=[2023])).content.decode()
    assert "Billeder og billedtekster (0 billeder)" in plan_edit
    response = post_as_page(client, URL, _post([(None, {
        "caption": "Læsekreds i Dalum Bibliotek", "alt_text": "Seks voksne om et bord med bøger",
        "placement": "handlinger_intro", "image": _upload()}, 1, False)]))
    assert response.status_code == 302
    photo = PhotoCaption.objects.get()
    assert (photo.plan, photo.caption, photo.placement, photo.order) == (
        world.plan, "Læsekreds i Dalum Bibliotek", "handlinger_intro", 0)
    assert (media / photo.image.name).read_bytes() == png(64, 48)
    assert PhotoCaption.history.get().history_user == world.lea
    html = render_plan_html(world.plan, include_draft_mark=False)
    assert f'<img src="/media/{photo.image.name}" alt="Seks voksne om et bord med bøger">' in html
    assert "Læsekreds i Dalum Bibliotek" in html


def test_lea_recaptions_reorders_places_and_deletes(world, login):
    first = PhotoCaption.objects.create(plan=world.plan, order=0, caption="Borgernes Hus", placement="after_forewords")
    second = PhotoCaption.objects.create(plan=world.plan, order=1, caption="Dalum Bibliotek")
    third = PhotoCaption.objects.create(plan=world.plan, order=2, caption="Tarup Bibliotek")
    response = post_as_page(login(world.lea), URL, _post([
        (first, {"caption": "Borgernes Hus, Odense", "alt_text": "", "placement": "after_forewords"}, 2, False),
        (second, {"caption": "Dalum Bibliotek", "alt_text": "", "placement": ""}, 1, False),
        (third, {"caption": "Tarup Bibliotek", "alt_text": "", "placement": ""}, 3, True),
        (None, {"caption": "", "alt_text": "", "placement": ""}, "", False),  # an empty new row is ignored
    ]))
    assert response.status_code == 302
    assert [(p.caption, p.order, p.placement) for p in world.plan.photos.order_by("order")] == [
        ("Dalum Bibliotek", 0, ""), ("Borgernes Hus, Odense", 1, "after_forewords")]


@pytest.mark.parametrize(("values", "message"), [
    ({"caption": "Tarup", "alt_text": "Et bibliotek", "image": _upload("tarup.png", b"%PDF-1.7 not an image")},
     "Indsend en billedfil."),
    ({"caption": "Tarup", "alt_text": "", "image": _upload()}, "Skriv en alternativ tekst"),
    ({"caption": "", "alt_text": "Et bibliotek", "image": _upload()}, "Dette felt er påkrævet."),
    ({"caption": "Tarup", "alt_text": "", "placement": "forsiden"}, "Marker en gyldig valgmulighed."),
])
def test_bad_input_is_refused_in_danish_and_nothing_changes(world, login, media, values, message):
    kept = PhotoCaption.objects.create(plan=world.plan, order=0, caption="Borgernes Hus")
    response = post_as_page(login(world.lea), URL, _post([
        (kept, {"caption": "Ændret", "alt_text": "", "placement": ""}, 1, False),
        (None, {"placement": "", **values}, 2, False),
    ]))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(PhotoCaption.objects.values_list("caption", flat=True)) == ["Borgernes Hus"]
    assert list(media.rglob("*.*")) == []


def test_a_save_from_a_page_opened_before_someone_elses_is_refused_and_keeps_the_text(world, login):
    photo = PhotoCaption.objects.create(plan=world.plan, order=0, caption="Borgernes Hus")
    client = login(world.lea)
    page = client.get(URL).context
    opened = {"saved_state": page["state_form"]["saved_state"].value(),
              "opened_at": page["state_form"]["opened_at"].value()}
    PhotoCaption.objects.filter(pk=photo.pk).update(caption="Borgernes Hus (ret af en anden)")
    response = client.post(URL, {**opened, **_post([
        (photo, {"caption": "Min tekst", "alt_text": "", "placement": ""}, 1, False)])})
    assert response.status_code == 409
    assert "Min tekst" in response.content.decode()
    assert "vælg det igen, før du gemmer" in response.content.decode()  # a browser forgets a chosen file
    assert PhotoCaption.objects.get().caption == "Borgernes Hus (ret af en anden)"


def test_lea_removes_an_image_and_keeps_its_caption(world, login):
    photo = PhotoCaption(plan=world.plan, order=0, caption="Borgernes Hus", alt_text="Huset set fra pladsen")
    photo.image.save("huset.png", _upload(), save=True)
    response = post_as_page(login(world.lea), URL, _post([
        (photo, {"caption": "Borgernes Hus", "alt_text": "", "placement": "", "image-clear": "on"}, 1, False)]))
    assert response.status_code == 302
    photo.refresh_from_db()
    assert (photo.caption, bool(photo.image)) == ("Borgernes Hus", False)
    assert '<span class="plan-photo-label">Foto</span> Borgernes Hus' in render_plan_html(
        world.plan, include_draft_mark=False)
