"""Small number rules the apps share."""


def percent(part, whole):
    """`part` of `whole` as a whole percentage, rounded; 0 when `whole` is 0 (nothing to do is
    not "done")."""
    return round(100 * part / whole) if whole else 0
