"""Menu item and front-page panel of recruitment."""

from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item, add_panel


def _committee_cases(user):
    from hrtools.recruitment.models import RecruitmentCase

    cache = user.__dict__
    if "_recruitment_committee_cases" not in cache:
        cache["_recruitment_committee_cases"] = list(
            RecruitmentCase.objects.open().filter(committee=user).select_related("unit").order_by("pk")
        )
    return cache["_recruitment_committee_cases"]


def register():
    add_menu_item(_("Rekruttering"), "recruitment:case_list", visible=lambda user: user.is_hr or user.is_manager,
                  order=61)
    add_panel("hrtools/recruitment/panels/committee.html", lambda user: {"cases": _committee_cases(user)},
              visible=lambda user: bool(_committee_cases(user)), order=30)
