"""Access rules for strategy_plans."""

from tests.access_rules.base import Rule  # noqa: F401

RULES = {}
