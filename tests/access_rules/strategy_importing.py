"""Access rules for strategy_importing."""

from tests.access_rules.base import Rule  # noqa: F401

RULES = {}
