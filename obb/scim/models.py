"""What SCIM provisioning keeps beside the staff register: bearer tokens, groups, deletions."""

import hashlib
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords

TOKEN_PREFIX = "obbscim_"  # noqa: S105 (a prefix that makes a leaked token recognisable)


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ScimTokenQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(revoked_at__isnull=True)


class ScimToken(models.Model):
    """A bearer token the identity provider sends with every SCIM request. Only its SHA-256 digest
    is stored: the token itself is shown once, when it is made."""

    name = models.CharField(_("navn"), max_length=100,
                            help_text=_("Hvem eller hvad bruger nøglen, fx «Entra ID, produktion»."))
    digest = models.CharField(_("fingeraftryk (SHA-256)"), max_length=64, unique=True, editable=False)
    hint = models.CharField(_("begyndelse"), max_length=16, editable=False,
                            help_text=_("Nøglens første tegn, så den kan genkendes."))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("oprettet af"), null=True,
                                   blank=True, on_delete=models.SET_NULL, related_name="+", editable=False)
    created_at = models.DateTimeField(_("oprettet"), default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(_("sidst brugt"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("tilbagekaldt"), null=True, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["last_used_at"])
    objects = ScimTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("SCIM-nøgle")
        verbose_name_plural = _("SCIM-nøgler")

    def __str__(self):
        return self.name

    @classmethod
    def issue(cls, name, *, by=None):
        """Make a token. Returns the saved ScimToken and the token itself, which is not kept."""
        raw = TOKEN_PREFIX + secrets.token_urlsafe(48)
        token = cls(name=name, digest=_digest(raw), hint=raw[: len(TOKEN_PREFIX) + 4], created_by=by)
        token._history_user = by
        token.save()
        return token, raw

    @classmethod
    def authenticate(cls, raw):
        """The usable token `raw` is, or None. Notes when it was used."""
        if not raw or len(raw) > 200:
            return None
        token = cls.objects.usable().filter(digest=_digest(raw)).first()
        if token is not None:
            token.last_used_at = timezone.now()
            cls.objects.filter(pk=token.pk).update(last_used_at=token.last_used_at)
        return token

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    def revoke(self, *, by=None):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self._history_user = by
            self._change_reason = "Tilbagekaldt"
            self.save()


class ScimGroup(models.Model):
    """A group the identity provider pushes. A group whose display name or external id the
    setting SCIM_GROUP_ROLES names gives its members that role; any other group is only kept."""

    # The SCIM id: a UUID, so that no Group has the id of a User (RFC 7643 §3.1).
    scim_id = models.UUIDField(_("SCIM-id"), default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(_("navn"), max_length=255)
    external_id = models.CharField(_("id hos identitetsudbyderen"), max_length=255, null=True, blank=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, verbose_name=_("medlemmer"), blank=True,
                                     related_name="scim_groups")
    created_at = models.DateTimeField(_("oprettet"), default=timezone.now, editable=False)
    modified_at = models.DateTimeField(_("ændret"), default=timezone.now, editable=False)

    history = HistoricalRecords(m2m_fields=[members])

    class Meta:
        ordering = ["display_name", "pk"]
        verbose_name = _("SCIM-gruppe")
        verbose_name_plural = _("SCIM-grupper")

    def __str__(self):
        return self.display_name

    @property
    def role(self):
        from obb.scim.roles import role_of

        return role_of(self)


class DeletedUser(models.Model):
    """A member of staff the identity provider has deleted. The account is deactivated as a
    leaver and kept (the register's history stays whole); SCIM answers 404 for it from then on,
    as RFC 7644 §3.6 asks. Creating the same userName again brings it back (a rehire)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("medarbejder"),
                                on_delete=models.CASCADE, related_name="scim_deletion")
    deleted_at = models.DateTimeField(_("slettet"), default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-deleted_at", "pk"]
        verbose_name = _("medarbejder slettet via SCIM")
        verbose_name_plural = _("medarbejdere slettet via SCIM")

    def __str__(self):
        return str(self.user)
