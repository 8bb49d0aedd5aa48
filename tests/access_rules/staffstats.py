"""Access rules for staffstats."""

from tests.access_rules.base import Rule  # noqa: F401

RULES = {}
