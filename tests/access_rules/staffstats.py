"""Access rules for the personaleregnskab: HR and leadership see the published figures; only HR
makes snapshots, imports, and edits profiles and reference figures. Managers, employees and
administrators (who have neither role) are refused: the figures come from confidential data."""

from tests.access_rules.base import REDIRECT, Rule, only

SEE = ["hr", "leadership"]
MANAGE = ["hr"]

RULES: dict[str, Rule] = {
    "staffstats:overview": Rule(only(SEE)),
    "staffstats:snapshots": Rule(only(MANAGE)),
    "staffstats:snapshot_create": Rule(only(MANAGE, REDIRECT), method="post", data=lambda w: {"year": 2022},
                                       notes="HR makes the 2022 snapshot and is sent back to the list"),
    "staffstats:import": Rule(only(MANAGE)),
    "staffstats:import_confirm": Rule(only(MANAGE, REDIRECT),
                                      notes="with no import waiting, HR is sent back to the upload page"),
    "staffstats:import_template": Rule(only(MANAGE)),
    "staffstats:references": Rule(only(MANAGE)),
    "staffstats:profiles": Rule(only(MANAGE)),
    "staffstats:profile_edit": Rule(only(MANAGE), kwargs=lambda w: {"user_id": w.alice.pk}),
}

# The exports live in reporting (reporting/urls_staffstats.py).
RULES["reporting:staffstats_pdf"] = Rule(only(SEE))
RULES["reporting:staffstats_xlsx"] = Rule(only(SEE))
