"""Access rules for strategy_actions."""

from tests.access_rules.base import Rule  # noqa: F401

RULES = {}
