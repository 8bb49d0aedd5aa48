"""Recruitment's part in `obb.lifecycle`: a leaver's seats in open hiring committees, and the open
cases they are the hiring manager of, are listed for handover."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from hrtools.recruitment.models import RecruitmentCase
from obb import lifecycle


def open_tasks(user):
    cases = (RecruitmentCase.objects.open().filter(Q(hiring_manager=user) | Q(committee=user))
             .distinct().order_by("application_deadline", "pk"))
    for case in cases:
        url = reverse("recruitment:case_detail", args=[case.pk])
        if case.hiring_manager_id == user.pk:
            yield lifecycle.OpenTask(_("Rekruttering"), _("Ansættende leder: %(title)s") % {"title": case.title},
                                     url)
        else:
            yield lifecycle.OpenTask(_("Ansættelsesudvalg"), _("Plads i udvalget: %(title)s")
                                     % {"title": case.title}, url)
