"""Access rules for MUS."""

from tests.access_rules.base import Rule  # noqa: F401

RULES = {}
