"""Access rules for strategy_editing."""

from tests.access_rules.base import Rule  # noqa: F401

RULES = {}
