"""Access rules for leadership's edits of the plan's content: only leadership; everyone else
(the administrator too, who is not leadership) is refused with 403; anonymous visitors are
sent to log in. The plan in the test world is a draft, so leadership may edit it."""

from tests.access_rules.base import Rule, only

LEADERSHIP = only(["leadership"])


def _year(w):
    return {"year": w.plan.year}


RULES: dict[str, Rule] = {
    "strategy:plan_edit": Rule(LEADERSHIP, kwargs=_year),
    "strategy:pejlemaerke_edit": Rule(LEADERSHIP, kwargs=lambda w: {"year": w.plan.year,
                                                                    "slug": w.partnerskaber.slug}),
    "strategy:foreword_edit": Rule(LEADERSHIP, kwargs=lambda w: {"year": w.plan.year, "kind": "forord"}),
    "strategy:partners_edit": Rule(LEADERSHIP, kwargs=_year),
    "strategy:projects_edit": Rule(LEADERSHIP, kwargs=_year),
    "strategy:photos_edit": Rule(LEADERSHIP, kwargs=_year),
    "strategy:keyfigure_edit": Rule(LEADERSHIP, kwargs=lambda w: {"year": w.plan.year, "slug": w.key_figures.slug}),
}
