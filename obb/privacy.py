"""The small-group rule every figure about members of staff follows (personaleregnskab,
kompetencespejl): a count of fewer than SMALL_GROUP people is not shown but said to be
"færre end 5", and a number that would give such a group away (a sum less a shown part) is
"skjult". Zero is shown: an empty group reveals no one."""

from django.utils.translation import gettext_lazy as _

SMALL_GROUP = 5
SMALL_LABEL = _("færre end 5")
HIDDEN_LABEL = _("skjult")


def is_small(count):
    """Whether a group of `count` people is too small to show (0 is not: it names no one)."""
    return 0 < count < SMALL_GROUP
