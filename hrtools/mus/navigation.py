"""Menu item and front-page panels of MUS."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item, add_panel
from obb.numbers import percent


def _latest_round():
    from hrtools.mus.models import Round

    return Round.objects.filter(opened_at__isnull=False).order_by("-year").first()


def _mine(user):
    """The employee's next booked conversation, whatever round it is in; without one, the
    conversation of the newest round."""
    from django.utils import timezone

    from hrtools.mus.models import Conversation

    mine = Conversation.objects.filter(employee=user).select_related("round", "manager")
    conversation = (mine.filter(scheduled_at__gte=timezone.now()).order_by("scheduled_at", "pk").first()
                    or mine.order_by("-round__year", "pk").first())
    return {"conversation": conversation}


def _has_conversation(user):
    from hrtools.mus.models import Conversation

    return Conversation.objects.filter(employee=user).exists()


def _counts(queryset):
    from hrtools.mus.models import Status

    counts = dict(queryset.values_list("status").annotate(number=Count("pk")).order_by())
    return [(status.label, counts.get(status, 0)) for status in Status], sum(counts.values())


def _my_unit(user):
    from hrtools.mus.models import Conversation, Status

    round_ = _latest_round()
    if round_ is None:
        return {"round": None}
    held = Conversation.objects.filter(round=round_, manager=user, employee__manager=user)
    counts, total = _counts(held)
    unscheduled = dict(counts).get(Status.NOT_SCHEDULED.label, 0)
    return {"round": round_, "counts": counts, "total": total, "unscheduled": unscheduled}


def _hr_round(user):
    from hrtools.mus.models import Conversation, Status

    round_ = _latest_round()
    if round_ is None:
        return {"round": None}
    counts, total = _counts(Conversation.objects.filter(round=round_))
    done = sum(number for label, number in counts
               if label in (Status.HELD.label, Status.FOLLOW_UP.label, Status.CLOSED.label))
    return {"round": round_, "counts": counts, "total": total, "done": done,
            "percent": percent(done, total)}


def register():
    add_menu_item(_("MUS"), "mus:index", order=45)
    add_panel("hrtools/mus/panels/mine.html", _mine, visible=_has_conversation, order=31)
    add_panel("hrtools/mus/panels/my_unit.html", _my_unit, visible=lambda user: user.is_manager, order=36)
    add_panel("hrtools/mus/panels/round.html", _hr_round, visible=lambda user: user.is_hr or user.is_leadership,
              order=25)
