"""The personaleregnskab's pages. HR and leadership see the published figures; only HR makes
snapshots, imports sheets and edits profiles and reference figures. Everyone else gets 403."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hrtools.staffstats import services
from hrtools.staffstats.dimensions import DIMENSIONS, UNIT_KEY
from hrtools.staffstats.figures import cached_report
from hrtools.staffstats.forms import (
    ConfirmReplaceForm,
    FilterForm,
    ImportForm,
    ReferenceForm,
    RegisterSnapshotForm,
    StaffProfileForm,
)
from hrtools.staffstats.models import (
    Snapshot,
    StaffProfile,
    can_manage_staffstats,
    can_view_staffstats,
)
from hrtools.staffstats.publication import publish_count
from obb.downloads import XLSX, download_response
from obb.models import User

PENDING_IMPORT = "staffstats_pending_import"


def _check_view(user):
    if not can_view_staffstats(user):
        raise PermissionDenied


def _check_manage(user):
    if not can_manage_staffstats(user):
        raise PermissionDenied


def _export_url(name, query):
    """The download URL of an export (the exports live in the reporting app)."""
    return reverse(f"reporting:{name}") + (f"?{query}" if query else "")


def _crumbs(*extra):
    return [{"label": _("Personaleregnskab"), "url": reverse("staffstats:overview")}, *extra]


@login_required
def overview(request):
    _check_view(request.user)
    form = FilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        raise Http404
    unit = form.cleaned_data.get("enhed") if form.is_bound else None
    key = form.cleaned_dimension() if form.is_bound else DIMENSIONS[0].key
    report = cached_report(unit)
    unit_query = {"enhed": unit.pk} if unit else {}
    tabs = [
        {"key": figures.key, "label": figures.label, "active": figures.key == key,
         "url": "?" + urlencode({**unit_query, "dimension": figures.key})}
        for figures in report.dimensions
    ]
    return render(request, "hrtools/staffstats/overview.html", {
        "form": form,
        "report": report,
        "figures": report.get(key),
        "tabs": tabs,
        "is_unit_dimension": key == UNIT_KEY,
        "pdf_url": _export_url("staffstats_pdf", urlencode(unit_query)),
        "xlsx_url": _export_url("staffstats_xlsx", urlencode(unit_query)),
        "can_manage": can_manage_staffstats(request.user),
        "crumbs": _crumbs(),
    })


@login_required
def snapshots(request):
    _check_manage(request.user)
    return _render_snapshots(request, RegisterSnapshotForm())


def _render_snapshots(request, form):
    rows = [
        {"snapshot": snapshot, "size": publish_count(snapshot.size)}
        for snapshot in Snapshot.objects.editable_by(request.user).select_related("created_by")
        .annotate(size=Count("people")).order_by("-year")
    ]
    return render(request, "hrtools/staffstats/snapshots.html", {
        "rows": rows, "form": form, "crumbs": _crumbs({"label": _("Årsopgørelser")}),
    })


@login_required
@require_POST
def snapshot_create(request):
    _check_manage(request.user)
    form = RegisterSnapshotForm(request.POST)
    if not form.is_valid():
        return _render_snapshots(request, form)
    snapshot = services.snapshot_from_register(form.cleaned_data["year"], user=request.user)
    messages.success(request, _("Opgørelsen for %(year)s er lavet ud fra medarbejderregisteret.")
                     % {"year": snapshot.year})
    return redirect("staffstats:snapshots")


@login_required
def import_upload(request):
    _check_manage(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        year, rows = form.cleaned_data["year"], form.cleaned_data["rows"]
        file_name = form.cleaned_data["file"].name[:200]
        if Snapshot.objects.filter(year=year).exists():
            request.session[PENDING_IMPORT] = {"year": year, "rows": rows, "file_name": file_name}
            return redirect("staffstats:import_confirm")
        services.import_snapshot(year, rows, user=request.user, file_name=file_name)
        messages.success(request, _("Arket er indlæst som opgørelsen for %(year)s.") % {"year": year})
        return redirect("staffstats:snapshots")
    return render(request, "hrtools/staffstats/import.html", {
        "form": form,
        "sheet_errors": getattr(form, "sheet_errors", []),
        "sheet_errors_hidden": getattr(form, "sheet_errors_hidden", 0),
        "crumbs": _crumbs({"label": _("Årsopgørelser"), "url": reverse("staffstats:snapshots")},
                          {"label": _("Indlæs fra lønsystemet")}),
    })


@login_required
def import_confirm(request):
    """Importing a year that exists replaces it only after HR says so here."""
    _check_manage(request.user)
    pending = request.session.get(PENDING_IMPORT)
    if not pending:
        messages.info(request, _("Der er ingen indlæsning, der venter på at blive bekræftet."))
        return redirect("staffstats:import")
    existing = get_object_or_404(Snapshot.objects.editable_by(request.user).annotate(size=Count("people")),
                                 year=pending["year"])
    form = ConfirmReplaceForm(request.POST or None)
    if request.method == "POST":
        if "cancel" in request.POST:
            del request.session[PENDING_IMPORT]
            messages.info(request, _("Indlæsningen er annulleret. Intet er ændret."))
            return redirect("staffstats:snapshots")
        if form.is_valid():
            services.import_snapshot(pending["year"], pending["rows"], user=request.user,
                                     file_name=pending["file_name"])
            del request.session[PENDING_IMPORT]
            messages.success(request, _("Opgørelsen for %(year)s er erstattet af det indlæste ark.")
                             % {"year": pending["year"]})
            return redirect("staffstats:snapshots")
    return render(request, "hrtools/staffstats/import_confirm.html", {
        "form": form, "pending": pending, "existing": existing,
        "existing_size": publish_count(existing.size), "new_size": publish_count(len(pending["rows"])),
        "crumbs": _crumbs({"label": _("Årsopgørelser"), "url": reverse("staffstats:snapshots")},
                          {"label": _("Bekræft erstatning")}),
    })


@login_required
def import_template(request):
    _check_manage(request.user)
    # The template lists no one, but it is HR's tool: kept out of caches like the rest of it.
    return download_response(services.template_workbook(), filename="personaleregnskab-skabelon.xlsx",
                             content_type=XLSX, hr_data=True)


@login_required
def references(request):
    _check_manage(request.user)
    form = ReferenceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Referencetallene for Odense er gemt."))
        return redirect("staffstats:overview")
    return render(request, "hrtools/staffstats/references.html", {
        "form": form, "crumbs": _crumbs({"label": _("Referencetal for Odense")}),
    })


PROFILES_PAGE_SIZE = 100


@login_required
def profiles(request):
    _check_manage(request.user)
    staff = (services.staff_on(timezone.localdate()).select_related("unit", "staff_profile")
             .order_by("unit__path", "first_name", "last_name", "pk"))
    page = Paginator(staff, PROFILES_PAGE_SIZE).get_page(request.GET.get("side"))
    people = [{"user": user, "has_profile": hasattr(user, "staff_profile")} for user in page.object_list]
    return render(request, "hrtools/staffstats/profiles.html", {
        "people": people,
        "page": page,
        "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1),
        "missing": staff.filter(staff_profile__isnull=True).count(),
        "crumbs": _crumbs({"label": _("Personaleprofiler")}),
    })


@login_required
def profile_edit(request, user_id):
    _check_manage(request.user)
    person = get_object_or_404(User.objects.filter(unit__isnull=False).select_related("unit"), pk=user_id)
    profile = StaffProfile.objects.editable_by(request.user).filter(user=person).first()
    form = StaffProfileForm(request.POST or None, instance=profile or StaffProfile(user=person))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Profilen for %(name)s er gemt.") % {"name": person})
        return redirect("staffstats:profiles")
    return render(request, "hrtools/staffstats/profile_edit.html", {
        "form": form, "person": person,
        "crumbs": _crumbs({"label": _("Personaleprofiler"), "url": reverse("staffstats:profiles")},
                          {"label": str(person)}),
    })
