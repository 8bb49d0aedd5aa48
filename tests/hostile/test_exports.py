"""Text users write, shown everywhere it goes out of the app: Excel files never hold it as a
formula, the PDF prints it as the text it is (no markup, no local file, no internal address),
the HTML download and the pages escape it, and e-mails and calendar files carry it as plain
text. Every user-written text of the plan is filled with the corpus's markup and formulas."""

import io
import itertools

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape
from openpyxl import load_workbook

from hrtools.competences.models import Competence
from hrtools.mus.models import Conversation
from hrtools.mus.services import send_invitation
from hrtools.staffstats.models import ReferenceFigure
from obb.models import Unit
from reporting.exporters.competences import CompetenceUnitExporter
from reporting.exporters.mus import MusPlanPdfExporter
from reporting.exporters.staffstats import StaffstatsXlsxExporter
from reporting.services import export_plan
from strategy.models import Action, Foreword, KeyFigureRow, PhotoCaption, Priority
from strategy.services.importing import template_workbook as action_template
from tests.hostile.corpus import EXPORT_TEXTS, FORMULA_STARTS, FORMULAS, SCRIPT
from tests.reporting.pdftext import read_pdf


def fresh(instance):
    """The object as stored: the corpus's world is shared by the module's tests (each rolled back
    in the database), so its in-memory objects are never changed."""
    return type(instance).objects.get(pk=instance.pk)


def _texts():
    return itertools.cycle(EXPORT_TEXTS)


def fill_plan(world):
    """Put a hostile text in every text of the plan a user writes."""
    texts = _texts()
    plan = fresh(world.plan)
    plan.partners_intro = next(texts)
    plan.save()
    for pejlemaerke in (fresh(world.service), fresh(world.partnerskaber)):
        pejlemaerke.ambition = next(texts)
        pejlemaerke.save()
    priority = fresh(world.priority)
    priority.text = FORMULAS[0]
    priority.save()
    for action in (fresh(world.action_a), fresh(world.action_b), fresh(world.action_lea)):
        action.text = next(texts)
        action.save()
    note = fresh(world.note)
    note.text = next(texts)
    note.save()
    partner = fresh(world.partner)
    partner.name, partner.country = FORMULAS[1], SCRIPT
    partner.save()
    project = fresh(world.project)
    project.title, project.funder, project.note = FORMULAS[2], FORMULAS[3], SCRIPT
    project.save()
    table = fresh(world.key_figures)
    table.title, table.notes, table.source = SCRIPT, FORMULAS[0], FORMULAS[4]
    table.save()
    KeyFigureRow.objects.filter(table=table).update(label=FORMULAS[0])
    Foreword.objects.create(plan=plan, kind="forord", heading=SCRIPT, byline=FORMULAS[0],
                            body="\n\n".join(EXPORT_TEXTS), signature_name=FORMULAS[1])
    PhotoCaption.objects.create(plan=plan, caption=SCRIPT, alt_text=FORMULAS[0])
    return plan


def assert_no_formulas(content, where):
    """Every cell value of the workbook; fails if any cell is a formula."""
    workbook = load_workbook(io.BytesIO(content))
    formulas = [(sheet.title, cell.coordinate, cell.value) for sheet in workbook for row in sheet.iter_rows()
                for cell in row if cell.data_type == "f"]
    assert not formulas, f"{where}: formulas in the workbook: {formulas}"
    return {str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row
            if cell.value is not None}


def assert_kept_as_text(content, text, where):
    """`text` reached the workbook unchanged, in a text cell marked to stay text (no apostrophe
    glued into it), and no cell of the workbook is a formula."""
    # A workbook is XML, and every XML reader (Excel's too) reads a carriage return as the line
    # break "\n": that is the text a spreadsheet shows for it.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    workbook = load_workbook(io.BytesIO(content))
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    formulas = [(cell.parent.title, cell.coordinate, cell.value) for cell in cells if cell.data_type == "f"]
    assert not formulas, f"{where}: formulas in the workbook: {formulas}"
    holding = [cell for cell in cells if cell.value == text]
    assert holding, f"{where}: {text!r} is not in the workbook " + repr(
        [cell.value for cell in cells if isinstance(cell.value, str) and text.strip()[1:12] in cell.value])
    for cell in holding:
        assert cell.data_type == "s" and cell.quotePrefix, (
            f"{where}: {cell.parent.title}!{cell.coordinate} holds {text!r} as {cell.data_type!r} without quotePrefix")
    assert not [cell for cell in cells if cell.value == "'" + text], f"{where}: an apostrophe was added to {text!r}"


STARTS = [pytest.param(text, id=name) for name, text in FORMULA_STARTS.items()]


def _contains(values, text):
    return any(text in value for value in values)


def test_plan_excel_holds_every_text_as_text(world):
    values = assert_no_formulas(export_plan(fill_plan(world), "xlsx").content, "plan xlsx")
    assert _contains(values, FORMULAS[0]) and _contains(values, SCRIPT)


@pytest.mark.parametrize("text", STARTS)
def test_plan_excel_keeps_formula_like_text_as_text(world, text):
    Action.objects.filter(pk=world.action_a.pk).update(text=text)
    assert_kept_as_text(export_plan(fresh(world.plan), "xlsx").content, text, "plan xlsx")


@pytest.mark.parametrize("text", STARTS)
def test_action_import_template_keeps_unit_names_and_priorities_as_text(world, text):
    Unit.objects.filter(pk=world.team_a.pk).update(name=text)
    content = action_template(fresh(world.plan), world.lea)
    assert_kept_as_text(content, text, "action import template, unit")
    Priority.objects.filter(pk=world.priority.pk).update(text=text)
    Unit.objects.filter(pk=world.team_a.pk).update(name="Team Nord")
    assert_kept_as_text(action_template(fresh(world.plan), world.lea), text, "action import template, priority")


@pytest.mark.parametrize("text", STARTS)
def test_staffstats_template_keeps_unit_names_as_text(world, login, text):
    Unit.objects.filter(pk=world.house_a.pk).update(name=text)
    response = login(world.hanne).get(reverse("staffstats:import_template"))
    assert response.status_code == 200
    assert_kept_as_text(response.content, text, "staffstats template")


@pytest.mark.parametrize("text", STARTS)
def test_staffstats_excel_keeps_unit_names_as_text(world, text):
    Unit.objects.filter(pk=world.house_a.pk).update(name=text)
    assert_kept_as_text(StaffstatsXlsxExporter().render().content, text, "staffstats xlsx")


def test_staffstats_excel_holds_every_text_as_text(world):
    Unit.objects.filter(pk=world.house_a.pk).update(name=FORMULAS[0])
    ReferenceFigure.objects.create(dimension="gender", category="kvinde", share=100, source=FORMULAS[0])
    assert _contains(assert_no_formulas(StaffstatsXlsxExporter().render().content, "staffstats xlsx"), FORMULAS[0])
    values = assert_no_formulas(StaffstatsXlsxExporter(world.house_a).render().content, "staffstats xlsx for a unit")
    assert _contains(values, FORMULAS[0])


@pytest.mark.parametrize("text", STARTS)
def test_competences_excel_keeps_competence_names_as_text(world, text):
    competence = Competence.objects.order_by("pk").first()
    competence.name = text
    competence.save()
    export = CompetenceUnitExporter(fresh(world.house_a), world.alice_self.year).render()
    assert_kept_as_text(export.content, text, "competences xlsx")


def test_plan_pdf_prints_markup_as_text(world):
    text = read_pdf(export_plan(fill_plan(world), "pdf").content).full_text()
    assert "obb-xss" in text  # the script is printed, not run or dropped
    assert "file:///etc/passwd" in text  # the local URL is text, nothing was fetched from it
    assert "169.254.169.254" in text


def test_plan_html_download_escapes_markup(world):
    html = export_plan(fill_plan(world), "html").content.decode()
    for text in EXPORT_TEXTS:
        if "<" in text:
            assert text not in html


@pytest.mark.parametrize("name", ["strategy:plan_detail", "reporting:plan_detail", "strategy:action_list"])
def test_plan_pages_escape_markup(world, login, name):
    plan = fill_plan(world)
    kwargs = {} if name == "strategy:action_list" else {"year": plan.year}
    html = login(world.lea).get(reverse(name, kwargs=kwargs)).content.decode()
    # Shown escaped (lists may shorten a long text, so its beginning is what is looked for).
    assert any(escape(text)[:20] in html for text in EXPORT_TEXTS if "<" in text)
    for text in EXPORT_TEXTS:
        if "<" in text:
            assert text not in html


def _fill_conversation(world):
    conversation = Conversation.objects.get(pk=world.mus_alice.pk)
    conversation.summary = "\n\n".join(EXPORT_TEXTS)
    conversation.employee_comment = SCRIPT
    conversation.place = f"Mødelokale 2\r\nATTENDEE:mailto:ude@example.org\r\n{SCRIPT}"
    conversation.save()
    goal = fresh(world.mus_goal)
    goal.free_text, goal.outcome = SCRIPT, FORMULAS[0]
    goal.save()
    return conversation


def test_mus_development_plan_pdf_prints_markup_as_text(world):
    conversation = _fill_conversation(world)
    text = read_pdf(MusPlanPdfExporter(conversation).render().content).full_text()
    assert "obb-xss" in text


def test_mus_invitation_is_plain_text_and_the_calendar_file_is_not_injected(world):
    conversation = _fill_conversation(world)
    assert send_invitation(conversation)
    message = mail.outbox[-1]
    assert not getattr(message, "alternatives", None), "the e-mail has an HTML part"
    assert message.content_subtype == "plain"
    ics = next(content for name, content, _type in message.attachments if name.endswith(".ics"))
    ics = ics.decode() if isinstance(ics, bytes) else ics
    unfolded = ics.replace("\r\n ", "")
    assert "\r\nATTENDEE:mailto:ude@example.org" not in unfolded  # the place cannot add an attendee
    location = next(line for line in unfolded.split("\r\n") if line.startswith("LOCATION:"))
    assert "\\n" in location and SCRIPT.replace(",", "\\,").replace(";", "\\;") in location


def test_mus_calendar_download_is_not_injected(world, login):
    _fill_conversation(world)
    response = login(world.alice).get(reverse("mus:ics", kwargs={"pk": world.mus_alice.pk}))
    unfolded = response.content.decode().replace("\r\n ", "")
    assert "\r\nATTENDEE:mailto:ude@example.org" not in unfolded


@pytest.mark.parametrize("content", [b"ikke et billede", None], ids=["broken-image", "missing-file"])
def test_plan_pdf_with_a_broken_photo_is_no_error_page(world, login, settings, tmp_path, content):
    """A photo whose file cannot be read (broken, or gone from the disk) never gives the generic
    error page: the PDF comes without it, or lea is told in Danish why there is none."""
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "plan-photos").mkdir()
    if content is not None:
        (tmp_path / "plan-photos" / "foto.png").write_bytes(content)
    PhotoCaption.objects.create(plan=world.plan, caption="Borgernes Hus", image="plan-photos/foto.png")
    client = login(world.lea)
    response = client.get(reverse("reporting:plan_download", kwargs={"year": world.plan.year, "fmt": "pdf"}))
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response["Content-Type"] == "application/pdf"
        assert "Borgernes Hus" in read_pdf(response.content).full_text()
    else:
        assert_danish_message(client.get(response["Location"]))


def assert_danish_message(page):
    from django.contrib.messages import get_messages

    texts = [str(message) for message in get_messages(page.wsgi_request)]
    assert page.status_code == 200 and any("PDF" in text for text in texts), texts
