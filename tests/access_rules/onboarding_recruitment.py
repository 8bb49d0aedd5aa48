"""Access rules for onboarding_recruitment."""

from tests.access_rules.base import Rule  # noqa: F401

RULES = {}
