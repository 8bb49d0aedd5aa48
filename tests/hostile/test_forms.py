"""Every field of every form, tried with every hostile value of its kind (tests/hostile/corpus.py).

A value the form must refuse (overlong text, an impossible date, a number that is none, an id
the person may not use, a broken file) gets a clear Danish error and changes nothing in the
database, history tables included. A value that is legitimate text (markup, a formula) may be
saved, but is then shown escaped on every page that displays it.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from tests.hostile import corpus
from tests.hostile.conftest import changed_tables, database_state
from tests.hostile.harness import assert_danish, baseline, error_messages, forms_in_context
from tests.hostile.targets import TARGETS

# Holes these cases found and that are not mended yet: a row id of another plan posted in a
# leadership formset is taken as a new row (Django's model formset creates a row for an id it
# does not know) instead of being refused; a profile may be made for a closed unit. Strict: the
# case fails once the hole is closed, so the mark goes with it.
KNOWN_HOLES = {
    ("strategy:pejlemaerke_edit", "priorities-0-id"), ("strategy:partners_edit", "partners-0-id"),
    ("strategy:projects_edit", "projects-0-id"), ("strategy:photos_edit", "photos-0-id"),
    ("strategy:keyfigure_edit", "rows-0-id"), ("competences:profile_add", "unit"),
}


def _cases():
    for target in TARGETS:
        for name, kind in target.fields.items():
            for payload in corpus.BY_KIND[kind]:
                marks = ()
                if payload.name == "foreign-id" and (target.url, name) in KNOWN_HOLES:
                    marks = pytest.mark.xfail(strict=True, reason="a foreign id is not refused (KNOWN_HOLES)")
                yield pytest.param(target, name, kind, payload, id=f"{target.url}|{name}|{payload.name}", marks=marks)


def _url(world, name, kwargs):
    return reverse(name, kwargs=kwargs(world))


def _person(world, target):
    return getattr(world, target.person) if target.person else None


# Every test starts from the same world (see conftest.py), so a target's page, its baseline data
# and its valid upload are read once per module and reused.
_OPENED = {}


def open_form(client, world, target):
    """The forms the page renders, and the data and files that submit them unchanged."""
    if target.setup:
        target.setup(world)
    key = (id(world), target.url)
    if key not in _OPENED:
        containers, data = [], {}
        page = target.page or (target.url, target.kwargs)
        if target.page or target.url in _PAGES_WITH_FORM:
            response = client.get(_url(world, *page))
            assert response.status_code == 200, f"{target.url}: the form's page answers {response.status_code}"
            containers = forms_in_context(response, target.keys)
            data = baseline(containers)
        data.update(target.data(world))
        uploads = target.files(world) if target.files else {}
        _OPENED[key] = (containers, data, uploads)
    containers, data, uploads = _OPENED[key]
    files = {name: SimpleUploadedFile(filename, content) for name, (filename, content) in uploads.items()}
    return containers, dict(data), files


# Targets whose own URL shows the form on GET (the others are POST-only or use `page`).
_PAGES_WITH_FORM = {t.url for t in TARGETS if t.page is None and t.url not in {
    "strategy:action_status", "strategy:action_archive", "strategy:action_move",
    "competences:proposal_decide", "strategy:action_import_confirm", "staff_sync_confirm",
}}


# Models whose every object a form may offer anyone, so that no id of them is foreign.
OFFERS_EVERY_OBJECT = {
    "strategy.Goal": "every action may support every Odensemål and Verdensmål; no goal is foreign",
    "strategy.Pejlemaerke": "a competence may serve any pejlemærke of any strategy",
    "strategy.Plan": "the admin's photo form offers the administrator every plan",
    "competences.Competence": "the catalogue's forms offer HR every competence",
    "competences.CareerTrack": "HR edits every career track",
    "competences.CareerStep": "HR edits every career step",
    "competences.DevelopmentActivity": "every activity of the catalogue may be proposed to anyone",
    "competences.JobFamily": "a profile may name any job family",
    "onboarding.OnboardingTemplate": "HR starts an onboarding from any template",
    "mus.PreparationTemplate": "HR opens a round with any preparation template",
}


def _field(containers, posted_name):
    from tests.hostile.harness import all_forms

    for container in containers:
        for form in all_forms(container):
            for name, field in form.fields.items():
                if form.add_prefix(name) == posted_name:
                    return field
    raise AssertionError(f"no field {posted_name}")


def _formset_of(containers, posted_name):
    """The formset whose row has the field `posted_name`, or None."""
    from django.forms.formsets import BaseFormSet

    for container in containers:
        if isinstance(container, BaseFormSet) and any(
                form.add_prefix(name) == posted_name for form in container.forms for name in form.fields):
            return container
    return None


def _foreign(containers, posted_name, kind):
    """The id of an object of the field's model that the form does not offer this person. A
    model formset's row id field lists every row of the model; the rows the formset edits are
    its queryset."""
    field = _field(containers, posted_name)
    queryset = field.queryset
    formset = _formset_of(containers, posted_name)
    if formset is not None and posted_name.endswith("-id") and hasattr(formset, "get_queryset"):
        queryset = formset.get_queryset()
    other = queryset.model._base_manager.exclude(pk__in=queryset.values("pk")).order_by("pk").first()
    if other is None:
        reason = OFFERS_EVERY_OBJECT.get(queryset.model._meta.label)
        if reason is None:
            pytest.fail(f"{posted_name}: the world has no {queryset.model._meta.label} this form does not offer; "
                        "add one (conftest.add_foreign_plan) so the case can run")
        pytest.skip(reason)
    return [str(other.pk)] if kind == "ids" else str(other.pk)


def _displayed(text):
    return text if isinstance(text, str) else " ".join(text)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # the refusal is what is tested
@pytest.mark.parametrize(("target", "name", "kind", "payload"), list(_cases()))
def test_hostile_value(target, name, kind, payload, world, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    if target.person:
        client.force_login(_person(world, target))
    name = target.field_name(world, name)
    foreign = getattr(payload, "value", None) == corpus.FOREIGN
    containers, data, files = open_form(client, world, target)
    if isinstance(payload, corpus.FilePayload):
        files[name] = SimpleUploadedFile(payload.filename, payload.build(settings))
        expect, markup = corpus.REJECT, False
    else:
        value = _foreign(containers, name, kind) if foreign else payload.value
        data[name] = value
        expect, markup = payload.expect, payload.markup
    before = database_state()
    response = client.post(_url(world, target.url, target.kwargs), {**data, **files})
    after = database_state()
    where = f"{target.url} {name}={payload.name}"
    content = response.content.decode("utf-8", "replace")
    if markup:
        assert _displayed(payload.value) not in content, f"{where}: the value is shown unescaped"
    changed = changed_tables(before, after)
    messages = error_messages(response)
    if expect == corpus.REJECT or messages:
        assert response.status_code in (200, 302, 400, 409), f"{where}: answered {response.status_code}"
        assert not changed, f"{where}: refused input changed {changed}"
        assert_danish(messages, where)
        if response.status_code != 302:
            assert "form-error" in content or "alert-error" in content or messages, where
        return
    assert response.status_code in (target.ok, 302), f"{where}: answered {response.status_code}"
    if markup and changed:
        for page_name, page_kwargs in target.shown_at:
            page = client.get(_url(world, page_name, page_kwargs))
            assert page.status_code == 200, f"{where}: {page_name} answered {page.status_code}"
            shown = page.content.decode("utf-8", "replace")
            assert _displayed(payload.value) not in shown, f"{where}: {page_name} shows the value unescaped"


@pytest.mark.parametrize("target", [pytest.param(t, id=t.url) for t in TARGETS])
def test_baseline_is_accepted(target, world, client, settings, tmp_path):
    """The corpus's starting point is a valid submission: each hostile case changes one field
    of it, so a refusal is the hostile value's doing."""
    settings.MEDIA_ROOT = tmp_path
    if target.person:
        client.force_login(_person(world, target))
    _containers, data, files = open_form(client, world, target)
    response = client.post(_url(world, target.url, target.kwargs), {**data, **files})
    messages = error_messages(response)
    if target.url in {"strategy:action_import_confirm", "staff_sync_confirm"}:
        assert messages  # no preview waits: refused, with a reason
        return
    if response.status_code != target.ok and response.context is not None:
        from tests.hostile.harness import _context_forms

        details = [(getattr(f, "prefix", None), getattr(f, "errors", None)) for f in _context_forms(response)
                   if getattr(f, "is_bound", False)]
        messages = [*messages, details, {k: v for k, v in data.items() if not isinstance(v, list)}]
    assert response.status_code == target.ok, (response.status_code, messages)
    assert not messages, messages


def test_escaped_value_is_what_users_see():
    # The checks above look for the raw markup; this is what the pages show instead.
    assert escape(corpus.SCRIPT) == "&lt;script&gt;alert(&quot;obb-xss&quot;)&lt;/script&gt;"
