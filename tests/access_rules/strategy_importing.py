"""Access rules for strategy_importing: the Excel import of actions and copying a plan.

Leadership imports for any unit and a manager for the units they lead, so every manager may open
the import pages (rows for other units are refused row by row). Only leadership starts next
year's plan. HR, employees and the administrator (no leadership or manager role) get 403.
"""

from tests.access_rules.base import REDIRECT, Rule, only

IMPORTERS = ["manager", "other_manager", "leadership"]


def _year(world):
    return {"year": world.plan.year}


RULES = {
    "strategy:action_import": Rule(only(IMPORTERS), kwargs=_year),
    "strategy:action_import_template": Rule(only(IMPORTERS), kwargs=_year),
    "strategy:action_import_confirm": Rule(
        only(IMPORTERS, REDIRECT), kwargs=_year, method="post",
        notes="without a previewed sheet the importer is sent back to the upload page",
    ),
    "strategy:plan_copy": Rule(only(["leadership"]), kwargs=_year,
                               notes="GET shows the confirmation; the copy itself is a POST"),
}
