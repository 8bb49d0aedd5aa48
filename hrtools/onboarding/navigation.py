"""Menu item and front-page panels of onboarding."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hrtools.onboarding.dates import week_of
from obb.navigation import add_menu_item, add_panel


def _hr_or_manager(user):
    return user.is_hr or user.is_manager


def _own_onboarding(user):
    from hrtools.onboarding.models import Onboarding

    cache = user.__dict__
    if "_own_onboarding" not in cache:
        cache["_own_onboarding"] = (Onboarding.objects.filter(new_hire=user).open()
                                    .select_related("mentor").first())
    return cache["_own_onboarding"]


def _my_onboarding_context(user):
    onboarding = _own_onboarding(user)
    tasks = list(onboarding.tasks.all())
    done = sum(1 for task in tasks if task.done_at)
    upcoming = [task for task in tasks if task.done_at is None][:3]
    return {"onboarding": onboarding, "done": done, "total": len(tasks), "upcoming": upcoming}


def _my_tasks_queryset(user):
    from hrtools.onboarding.models import OnboardingTask

    _monday, sunday = week_of(timezone.localdate())
    return (OnboardingTask.objects.responsible_for(user).open().exclude(onboarding__new_hire=user)
            .filter(due_date__lte=sunday).select_related("onboarding__new_hire").order_by("due_date", "pk"))


def _my_tasks_visible(user):
    cache = user.__dict__
    if "_onboarding_my_tasks" not in cache:
        cache["_onboarding_my_tasks"] = list(_my_tasks_queryset(user)[:11])
    return bool(cache["_onboarding_my_tasks"])


def _my_tasks_context(user):
    tasks = user.__dict__.get("_onboarding_my_tasks")
    if tasks is None:
        tasks = list(_my_tasks_queryset(user)[:11])
    return {"tasks": tasks[:10], "more": len(tasks) > 10, "today": timezone.localdate()}


def register():
    add_menu_item(_("Onboarding"), "onboarding:overview", visible=_hr_or_manager, order=62)
    add_panel("hrtools/onboarding/panels/my_onboarding.html", _my_onboarding_context,
              visible=lambda user: _own_onboarding(user) is not None, order=20)
    add_panel("hrtools/onboarding/panels/my_tasks.html", _my_tasks_context, visible=_my_tasks_visible, order=25)
