"""The columns of the staff file: their Danish headers (the template's) and accepted variants.

Headers compare without case, spaces or punctuation ("E-mail" = "email" = "E mail"), so each
variant below stands for all its spellings.
"""

import re

from django.utils.translation import gettext_lazy as _

# key → (the template's header, variants HR/payroll systems are known to write)
COLUMNS = {
    "employee_number": (_("Medarbejdernummer"),
                        ["medarbejdernr", "mednr", "medarbejder-id", "medarbejderid", "personalenummer",
                         "lønnummer", "employee number", "employee id", "employeeid"]),
    "first_name": (_("Fornavn"), ["fornavne", "first name", "given name", "givenname"]),
    "last_name": (_("Efternavn"), ["efternavne", "last name", "surname", "family name"]),
    "email": (_("E-mail"), ["mail", "e-mailadresse", "arbejdsmail", "email address"]),
    "unit": (_("Enhed"), ["enhedskode", "enhedsnavn", "afdeling", "organisationsenhed", "orgenhed", "unit",
                          "department"]),
    "job_title": (_("Stillingsbetegnelse"), ["stilling", "titel", "jobtitel", "job title", "title"]),
    "manager": (_("Nærmeste leders medarbejdernummer"),
                ["leders medarbejdernummer", "nærmeste leder", "leder", "ledernummer", "leder medarbejdernummer",
                 "manager", "manager employee number", "manager id"]),
    "start_date": (_("Ansat fra"), ["ansættelsesdato", "startdato", "tiltrådt", "start date", "hire date"]),
    "end_date": (_("Fratrådt"), ["fratrædelsesdato", "fratrædelse", "slutdato", "ansat til", "end date",
                                 "termination date"]),
}
REQUIRED = ("employee_number", "first_name", "last_name", "email", "unit")
# The model field each column writes (the manager column writes `manager`, by number).
FIELDS = {key: key for key in COLUMNS}


def header_key(text):
    """Headers compare without case, spaces or punctuation."""
    return re.sub(r"[\s\-_.,:;/()]+", "", str(text)).casefold()


def label(key):
    return COLUMNS[key][0]


def lookup():
    """Every accepted spelling (as `header_key`) → column key."""
    known = {}
    for key, (header, variants) in COLUMNS.items():
        for text in [str(header), *variants]:
            known[header_key(text)] = key
    return known
