"""Menu item and front-page panels of the kompetencespejl."""

from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item, add_panel


def _my_mirror(user):
    from hrtools.competences.models import Assessment, CareerAim, Competence
    from hrtools.competences.services import current_year

    year = current_year()
    own = Assessment.objects.filter(employee=user, year=year, kind=Assessment.Kind.SELF).count()
    aim = CareerAim.objects.filter(employee=user).select_related("step__track").first()
    return {"year": year, "own": own, "total": Competence.objects.filter(is_active=True).count(), "aim": aim}


def _my_staff(user):
    from hrtools.competences.models import Assessment
    from hrtools.competences.services import current_year

    year = current_year()
    staff = user.managed_staff().filter(is_active=True)
    assessed = (Assessment.objects.filter(employee__in=staff.values("pk"), year=year, kind=Assessment.Kind.MANAGER)
                .values("employee").distinct().count())
    return {"year": year, "staff_count": staff.count(), "assessed": assessed}


def register():
    add_menu_item(_("Kompetencer"), "competences:index", order=40)
    add_panel("hrtools/competences/panels/my_mirror.html", _my_mirror, order=30)
    add_panel("hrtools/competences/panels/my_staff.html", _my_staff, visible=lambda user: user.is_manager,
              order=35)
