"""Limits every form applies to what people type (see `obb.forms.StyledFormMixin`): no text
without an upper length, no date outside the years the intranet can mean, no whole number the
database cannot hold. Each limit says what is wrong in Danish."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

# A text field with no length of its own (a model TextField) takes at most this many characters:
# room for the longest foreword, far from what would fill a page, an e-mail or a PDF.
TEXT_MAX_LENGTH = 20_000
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2999, 12, 31)
# What a PostgreSQL integer column holds.
INTEGER_RANGE = (-(2**31), 2**31 - 1)
# The years a plan, an assessment, a MUS round or an imported timing may name.
YEAR_RANGE = (2000, 2100)


def year_validators():
    return [MinValueValidator(YEAR_RANGE[0]), MaxValueValidator(YEAR_RANGE[1])]


def text_length_validator(limit=TEXT_MAX_LENGTH):
    return MaxLengthValidator(limit)


def validate_date_in_range(value):
    if value is None:
        return
    day = value.date() if hasattr(value, "date") else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            _("Datoen skal ligge mellem %(first)s og %(last)s."),
            code="date_out_of_range",
            params={"first": date_format(EARLIEST_DATE), "last": date_format(LATEST_DATE)},
        )


def integer_range_validators():
    low, high = INTEGER_RANGE
    return [
        MinValueValidator(low, message=_("Tallet er for lille.")),
        MaxValueValidator(high, message=_("Tallet er for stort.")),
    ]
