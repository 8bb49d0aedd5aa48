"""Who may come in through single sign-on, and the roles the provider's groups give.

A person is matched to a member of staff by the provider's stable id (`User.sso_subject`),
or, the first time, by e-mail; the id is then stored, so a later change of e-mail address does
not lose the person. Nobody is let in who has left, and no account is made for a stranger
unless OIDC_CREATE_USERS is on.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from obb.models import User
from obb.roles import GROUP_NAMES, Role
from obb.sso import config

logger = logging.getLogger("obb.sso")


class Refused(Exception):
    """The provider vouched for the person, but the intranet does not let them in."""

    UNKNOWN = "ukendt"
    LEFT = "fratraadt"
    CONFLICT = "konflikt"
    AMBIGUOUS = "flertydig"
    NO_SUBJECT = "mangler-id"
    INVALID = "ugyldig"
    CANCELLED = "afbrudt"
    UNAVAILABLE = "utilgaengelig"

    MESSAGES = {
        UNKNOWN: _("Du er ikke oprettet i personaleregistret, så du kan ikke logge ind på intranettet endnu."),
        LEFT: _("Din ansættelse er afsluttet, så du har ikke længere adgang til intranettet."),
        CONFLICT: _("Din e-mailadresse hører til en medarbejder, der allerede er knyttet til en anden "
                    "konto hos kommunens log ind. Derfor kan du ikke logges ind automatisk."),
        AMBIGUOUS: _("Flere medarbejdere i personaleregistret har din e-mailadresse, så vi kan ikke se, "
                     "hvem du er."),
        NO_SUBJECT: _("Kommunens log ind sendte ikke det id, intranettet kender dig på."),
        INVALID: _("Log ind kunne ikke gennemføres, fordi svaret fra kommunens log ind ikke kunne "
                   "godkendes. Prøv igen fra intranettets forside."),
        CANCELLED: _("Log ind blev afbrudt hos kommunens log ind."),
        UNAVAILABLE: _("Kommunens log ind svarer ikke lige nu. Prøv igen om lidt."),
    }

    def __init__(self, reason, subject=""):
        super().__init__(reason)
        self.reason = reason
        self.subject = subject

    @classmethod
    def message(cls, reason):
        return cls.MESSAGES.get(reason, cls.MESSAGES[cls.INVALID])


def admit(claims: dict) -> User:
    """The member of staff these verified claims belong to, with the provider's roles applied.
    Raises Refused when the person may not come in."""
    subject = str(claims.get(settings.OIDC_SUBJECT_CLAIM) or "").strip()
    if not subject:
        raise Refused(Refused.NO_SUBJECT)
    email = str(claims.get(settings.OIDC_EMAIL_CLAIM) or "").strip()
    with transaction.atomic():
        user = _match(subject, email, claims)
        if user.sso_subject != subject:
            user.sso_subject = subject
            user.save(update_fields=["sso_subject"])
        apply_group_roles(user, claims)
    return user


def _match(subject, email, claims):
    user = User.objects.select_for_update().filter(sso_subject=subject).first()
    if user is not None:
        if not User.objects.current().filter(pk=user.pk).exists():
            raise Refused(Refused.LEFT, subject)
        return user
    if email:
        same_email = list(User.objects.select_for_update().filter(email__iexact=email))
        current_ids = set(User.objects.current().filter(pk__in=[u.pk for u in same_email])
                          .values_list("pk", flat=True))
        current = [u for u in same_email if u.pk in current_ids]
        if len(current) > 1:
            raise Refused(Refused.AMBIGUOUS, subject)
        if current:
            if current[0].sso_subject:
                raise Refused(Refused.CONFLICT, subject)
            return current[0]
        if same_email:
            raise Refused(Refused.LEFT, subject)
    if settings.OIDC_CREATE_USERS and email:
        return _create(subject, email, claims)
    raise Refused(Refused.UNKNOWN, subject)


def _create(subject, email, claims):
    base = email.lower()[:140]
    username, n = base, 1
    while User.objects.filter(username=username).exists():
        n += 1
        username = f"{base}-{n}"
    user = User.objects.create_user(
        username=username, email=email, sso_subject=subject,
        first_name=str(claims.get("given_name") or "")[:150],
        last_name=str(claims.get("family_name") or "")[:150],
    )
    user.groups.add(Group.objects.get_or_create(name=GROUP_NAMES[Role.EMPLOYEE])[0])
    logger.info("Single sign-on created user %s for subject %s", user.pk, subject)
    return user


def apply_group_roles(user: User, claims: dict):
    """Grant the roles OIDC_GROUP_ROLES gives the person's groups. With OIDC_GROUP_ROLES_MODE
    "replace", the roles the mapping names are also taken away from someone no longer in a
    group that gives them; roles the mapping does not name are never touched. A token without
    the groups claim changes nothing."""
    mapping = config.group_roles()
    if not mapping or settings.OIDC_GROUPS_CLAIM not in claims:
        return
    groups = claims.get(settings.OIDC_GROUPS_CLAIM) or []
    if isinstance(groups, str):
        groups = [groups]
    groups = {str(group) for group in groups}
    granted = {role for group, role in mapping if group in groups}
    managed = {role for _group, role in mapping}
    removed = managed - granted if settings.OIDC_GROUP_ROLES_MODE == "replace" else set()
    have = set(user.groups.values_list("name", flat=True))
    to_add = [GROUP_NAMES[role] for role in granted if GROUP_NAMES[role] not in have]
    to_remove = [GROUP_NAMES[role] for role in removed if GROUP_NAMES[role] in have]
    if to_add:
        user.groups.add(*[Group.objects.get_or_create(name=name)[0] for name in to_add])
    if to_remove:
        user.groups.remove(*Group.objects.filter(name__in=to_remove))
    # The Django admin is for administrators: the flag follows the role when the mapping names it.
    if Role.ADMINISTRATOR in managed and not user.is_superuser:
        is_staff = Role.ADMINISTRATOR in granted or (GROUP_NAMES[Role.ADMINISTRATOR] in have
                                                     and Role.ADMINISTRATOR not in removed)
        if user.is_staff != is_staff:
            user.is_staff = is_staff
            user.save(update_fields=["is_staff"])
    if to_add or to_remove:
        user.__dict__.pop("roles", None)
        logger.info("Single sign-on roles for user %s: added %s, removed %s", user.pk, to_add, to_remove)
