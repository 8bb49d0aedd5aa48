"""The staff register and the SCIM groups as scim2-server's storage.

scim2-server reads and validates each request, applies PUT and PATCH to the current resource,
and hands the storage the whole new state; this module turns that state into the register's
fields and back. How each attribute maps is in docs/identity.md, part 3.

Every change is saved with the change reason "SCIM"; a deactivation (active=false or DELETE)
goes through `obb.lifecycle.deactivate_leaver`, a change of manager through
`obb.lifecycle.change_manager`, so they mean what they mean for the file sync.
"""

import uuid
from typing import Any, Union

from django.contrib.auth.models import Group as AuthGroup
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Prefetch, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from scim2_models import (
    InvalidFilterException,
    InvalidValueException,
    Meta,
    NotFoundException,
    Resource,
    ResourceType,
    ResponseParameters,
    ScimFilter,
    SearchRequest,
    UniquenessException,
)
from scim2_models.path import CompareOperator, Comparison
from scim2_server.storage import ScimStorage, SearchPage
from scim2_server.utils import parametrize
from simple_history.utils import update_change_reason

from obb import lifecycle
from obb.models import Unit, User
from obb.roles import GROUP_NAMES, Role
from obb.scim import roles
from obb.scim.models import DeletedUser, ScimGroup
from obb.scim.resources import Email, EnterpriseUser, Group, Manager, MemberRef, Name, ScimUser, StaffGroup

REASON = "SCIM"

# Equality filters the database answers; any other filter is evaluated on the resources.
USER_LOOKUPS = {
    ("User[EnterpriseUser]", "user_name"): "username__iexact",
    ("User[EnterpriseUser]", "external_id"): "employee_number",
    ("EnterpriseUser", "employee_number"): "employee_number",
    ("User[EnterpriseUser]", "id"): "pk",
    ("Email", "value"): "email__iexact",
}
GROUP_LOOKUPS = {
    ("Group", "display_name"): "display_name__iexact",
    ("Group", "external_id"): "external_id",
    ("Group", "id"): "scim_id",
}


def _field_length(model, name):
    return model._meta.get_field(name).max_length


def _text(value, field, label, model=User):
    """A value for a text field, or a SCIM error naming the attribute when it is too long."""
    value = (value or "").strip()
    limit = _field_length(model, field)
    if len(value) > limit:
        raise InvalidValueException(detail=_("%(label)s må højst være %(limit)d tegn.") % {"label": label,
                                                                                            "limit": limit})
    return value


def _id_of(value):
    """The primary key a SCIM id names, or None."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 19 else None


def _uuid_of(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _id_from_reference(reference):
    if not reference:
        return None
    return _id_of(str(reference).rstrip("/").rsplit("/", 1)[-1])


def _saved(obj, reason=REASON):
    obj._history_user = None
    obj._change_reason = reason
    obj.save()
    return obj


class RegisterStorage(ScimStorage):
    """Users are the staff register (`obb.User`), Groups are `ScimGroup`s."""

    def operation(self):
        return transaction.atomic()

    # --- Reading ---------------------------------------------------------------------------

    def users(self):
        last_change = (User.history.model.objects.filter(id=OuterRef("pk"))
                       .order_by("-history_date").values("history_date")[:1])
        return (User.objects.filter(is_break_glass=False, scim_deletion__isnull=True)
                .select_related("unit", "manager")
                .prefetch_related(Prefetch("scim_groups", queryset=ScimGroup.objects.order_by("display_name", "pk")))
                .annotate(scim_modified=Subquery(last_change)))

    def groups(self):
        return ScimGroup.objects.prefetch_related(
            Prefetch("members", queryset=User.objects.order_by("pk")))

    def _kind(self, resource_type: ResourceType):
        return "Group" if resource_type.name == "Group" else "User"

    def get(self, resource_type, resource_id, *, response_parameters: ResponseParameters | None = None):
        obj = self._object(resource_type, resource_id)
        return self.user_resource(obj) if self._kind(resource_type) == "User" else self.group_resource(obj)

    def _object(self, resource_type, resource_id):
        if self._kind(resource_type) == "User":
            pk = _id_of(resource_id)
            obj = self.users().filter(pk=pk).first() if pk is not None else None
        else:
            scim_id = _uuid_of(resource_id)
            obj = self.groups().filter(scim_id=scim_id).first() if scim_id is not None else None
        if obj is None:
            raise NotFoundException(detail=_("%(type)s «%(id)s» findes ikke.") % {"type": resource_type.name,
                                                                                  "id": resource_id})
        return obj

    def user_resource(self, user: User) -> Resource[Any]:
        manager = None
        if user.manager_id:
            manager = Manager(value=str(user.manager_id), ref=f"Users/{user.manager_id}")
        enterprise = EnterpriseUser(
            employee_number=user.employee_number or None,
            department=(user.unit.code or user.unit.name) if user.unit_id else None,
            manager=manager,
        )
        name = None
        if user.first_name or user.last_name:
            name = Name(given_name=user.first_name or None, family_name=user.last_name or None)
        modified = getattr(user, "scim_modified", None) or user.date_joined
        return ScimUser(
            id=str(user.pk),
            external_id=user.employee_number or None,
            user_name=user.username,
            name=name,
            display_name=user.get_full_name() or None,
            title=user.job_title or None,
            active=user.is_active,
            emails=[Email(value=user.email, type="work")] if user.email else None,
            groups=[StaffGroup(value=str(group.scim_id), ref=f"Groups/{group.scim_id}", display=group.display_name)
                    for group in user.scim_groups.all()] or None,
            EnterpriseUser=enterprise if enterprise.model_dump(exclude_none=True) else None,
            meta=Meta(resource_type="User", created=user.date_joined, last_modified=max(modified, user.date_joined)),
        )

    def group_resource(self, group: ScimGroup) -> Resource[Any]:
        return Group(
            id=str(group.scim_id),
            external_id=group.external_id or None,
            display_name=group.display_name,
            members=[MemberRef(value=str(user.pk), ref=f"Users/{user.pk}")
                     for user in group.members.all()] or None,
            meta=Meta(resource_type="Group", created=group.created_at, last_modified=group.modified_at),
        )

    # --- Searching -------------------------------------------------------------------------

    def search(self, resource_types, search_request: SearchRequest, *, position=None) -> SearchPage:
        if len(resource_types) != 1:
            return self._search_everything(resource_types, search_request)
        resource_type = resource_types[0]
        is_user = self._kind(resource_type) == "User"
        queryset = self.users() if is_user else self.groups()
        to_resource = self.user_resource if is_user else self.group_resource
        start = search_request.start_index_0 or 0
        count = search_request.count
        scim_filter = search_request.filter
        lookup = self._lookup(scim_filter, USER_LOOKUPS if is_user else GROUP_LOOKUPS)
        if scim_filter is not None and lookup is None:
            # Filters other than an equality on an indexed attribute: evaluated on every resource.
            found = [resource for resource in map(to_resource, queryset) if scim_filter.match(resource)]
            stop = None if count is None else start + count
            return SearchPage(len(found), found[start:stop])
        if lookup is not None:
            field, value = lookup
            if field in ("pk", "scim_id"):
                value = _id_of(value) if field == "pk" else _uuid_of(value)
                queryset = queryset.filter(**{field: value}) if value is not None else queryset.none()
            else:
                queryset = queryset.filter(**{field: value})
        total = queryset.count()
        page = queryset[start:] if count is None else queryset[start:start + count]
        return SearchPage(total, [to_resource(obj) for obj in page])

    def _search_everything(self, resource_types, search_request):
        """A search at the root (/.search): Users then Groups, as one list."""
        found = []
        for resource_type in resource_types:
            if self._kind(resource_type) == "User":
                found += map(self.user_resource, self.users())
            else:
                found += map(self.group_resource, self.groups())
        scim_filter = search_request.filter
        if scim_filter is not None:
            if not scim_filter.models:
                models = tuple(dict.fromkeys(type(resource) for resource in found))
                scim_filter = parametrize(ScimFilter, Union[models])(str(scim_filter))  # noqa: UP007
            found = [resource for resource in found if scim_filter.match(resource)]
        start = search_request.start_index_0 or 0
        stop = None if search_request.count is None else start + search_request.count
        return SearchPage(len(found), found[start:stop])

    @staticmethod
    def _lookup(scim_filter, lookups):
        if scim_filter is None:
            return None
        node = scim_filter.ast
        if not isinstance(node, Comparison) or node.op != CompareOperator.eq or not isinstance(node.value, str):
            return None
        try:
            binding = scim_filter.resolve_comparison(node.attr_path, strict=False)
        except Exception as error:  # an attribute the schema does not have
            raise InvalidFilterException(detail=str(error)) from error
        if binding is None or binding.target_model is None:
            return None
        field = lookups.get((binding.target_model.__name__, binding.target_field_name))
        return (field, node.value) if field else None

    # --- Writing ---------------------------------------------------------------------------

    def create(self, resource_type, resource):
        try:
            with transaction.atomic():
                if self._kind(resource_type) == "User":
                    return self.user_resource(self._write_user(None, resource))
                return self.group_resource(self._write_group(ScimGroup(), resource))
        except IntegrityError as error:
            raise UniquenessException(detail=_("En værdi, der skal være entydig, er allerede i brug.")) from error

    def update(self, resource_type, resource, *, expected_version=None):
        obj = self._object(resource_type, resource.id)
        try:
            with transaction.atomic():
                if self._kind(resource_type) == "User":
                    return self.user_resource(self._write_user(obj, resource))
                return self.group_resource(self._write_group(obj, resource))
        except IntegrityError as error:
            raise UniquenessException(detail=_("En værdi, der skal være entydig, er allerede i brug.")) from error

    def delete(self, resource_type, resource_id, *, expected_version=None):
        obj = self._object(resource_type, resource_id)
        if self._kind(resource_type) == "Group":
            members = list(obj.members.all())
            role = obj.role
            obj._history_user, obj._change_reason = None, REASON
            obj.delete()
            roles.sync_roles(members, changed_roles={role})
            return
        self._deactivate(obj)
        deletion = DeletedUser(user=obj)
        _saved(deletion)

    # --- Users -----------------------------------------------------------------------------

    def _write_user(self, user: User | None, resource) -> User:
        enterprise = resource[EnterpriseUser] if hasattr(resource, "__getitem__") else None
        enterprise = enterprise or EnterpriseUser()
        username = _text(resource.user_name, "username", "userName")
        if not username:
            raise InvalidValueException(detail=_("userName mangler."))
        if user is None:
            user = self._rehired(username)
        creating = user is None
        if creating:
            user = User(username=username)
            user.set_unusable_password()
        current_number = user.employee_number
        clash = User.objects.filter(username__iexact=username).exclude(pk=user.pk)
        if clash.exists():
            raise UniquenessException(detail=_("userName «%(name)s» er allerede i brug.") % {"name": username})
        user.username = username
        user.first_name = _text(resource.name.given_name if resource.name else None, "first_name", "name.givenName")
        user.last_name = _text(resource.name.family_name if resource.name else None, "last_name", "name.familyName")
        user.job_title = _text(resource.title, "job_title", "title")
        user.email = _text(self._email(resource), "email", "emails")
        if creating and not user.email and "@" in username:
            user.email = username
        number = self._employee_number(resource.external_id, enterprise.employee_number, current_number)
        if number and User.objects.filter(employee_number=number).exclude(pk=user.pk).exists():
            raise UniquenessException(detail=_("Medarbejdernummer «%(number)s» er allerede i brug.") % {
                "number": number})
        user.employee_number = number or None
        user.unit = self._unit(enterprise.department)
        manager = self._manager(enterprise.manager, user)
        _saved(user)
        if creating:
            user.groups.add(AuthGroup.objects.get_or_create(name=GROUP_NAMES[Role.EMPLOYEE])[0])
        if (manager.pk if manager else None) != user.manager_id:
            try:
                lifecycle.change_manager(user, manager, by=None, reason=REASON)
            except ValueError as error:
                raise InvalidValueException(detail=str(error)) from error
        if resource.active is False and user.is_active:
            self._deactivate(user)
        elif resource.active is not False and not user.is_active:
            user.is_active = True
            user.end_date = None
            _saved(user, reason=f"{REASON}: {_('genansat')}")
        return self.users().get(pk=user.pk)

    @staticmethod
    def _rehired(username):
        """A member of staff deleted through SCIM whose userName comes again: brought back."""
        deletion = DeletedUser.objects.select_related("user").filter(user__username__iexact=username).first()
        if deletion is None:
            return None
        user = deletion.user
        deletion._history_user, deletion._change_reason = None, REASON
        deletion.delete()
        return user

    @staticmethod
    def _email(resource):
        emails = [email for email in resource.emails or [] if email.value]
        work = next((email for email in emails if str(email.type or "work").lower() == "work"), None)
        return (work or emails[0]).value if emails else None

    @staticmethod
    def _employee_number(external_id, employee_number, current):
        """externalId and the enterprise employeeNumber are the same medarbejdernummer. When they
        differ, the one that changed (or was removed) wins; when both changed, externalId."""
        external_id = _text(external_id, "employee_number", "externalId")
        employee_number = _text(employee_number, "employee_number", "employeeNumber")
        if external_id != employee_number and external_id == (current or ""):
            return employee_number
        return external_id

    @staticmethod
    def _unit(department):
        department = (department or "").strip()
        if not department:
            return None
        unit = Unit.objects.filter(code=department).first()
        if unit is not None:
            return unit
        by_name = list(Unit.objects.filter(name__iexact=department)[:2])
        if len(by_name) == 1:
            return by_name[0]
        if by_name:
            raise InvalidValueException(detail=_(
                "Flere enheder hedder «%(name)s»; brug enhedens kode fra HR-systemet.") % {"name": department})
        raise InvalidValueException(detail=_(
            "Enheden «%(name)s» findes ikke i intranettet. Brug en enhedskode eller et enhedsnavn, "
            "som intranettet kender (se /scim/v2/Schemas), eller opret enheden først.") % {"name": department})

    def _manager(self, manager: Manager | None, user: User):
        if manager is None or not (manager.value or manager.ref):
            return None
        candidates = [pk for pk in (_id_of(manager.value), _id_from_reference(manager.ref)) if pk is not None]
        found = set(self.users().filter(pk__in=candidates).values_list("pk", flat=True))
        pk = next((pk for pk in candidates if pk in found), None)
        if pk is None:
            raise InvalidValueException(detail=_("Lederen «%(id)s» findes ikke.") % {
                "id": manager.value or manager.ref})
        if pk == user.pk:
            raise InvalidValueException(detail=_("En medarbejder kan ikke være sin egen leder."))
        return User.objects.get(pk=pk)

    @staticmethod
    def _deactivate(user):
        if lifecycle.deactivate_leaver(user, by=None):
            update_change_reason(user, f"{REASON}: {_('fratrådt')}")
        elif user.is_active:  # already had an end date: only the account is closed
            user.is_active = False
            _saved(user, reason=f"{REASON}: {_('fratrådt')}")

    # --- Groups ----------------------------------------------------------------------------

    def _write_group(self, group: ScimGroup, resource) -> ScimGroup:
        name = _text(resource.display_name, "display_name", "displayName", model=ScimGroup)
        if not name:
            raise InvalidValueException(detail=_("displayName mangler."))
        if ScimGroup.objects.filter(display_name__iexact=name).exclude(pk=group.pk).exists():
            raise UniquenessException(detail=_("Gruppen «%(name)s» findes allerede.") % {"name": name})
        external_id = _text(resource.external_id, "external_id", "externalId", model=ScimGroup) or None
        if external_id and ScimGroup.objects.filter(external_id=external_id).exclude(pk=group.pk).exists():
            raise UniquenessException(detail=_("En gruppe har allerede externalId «%(id)s».") % {"id": external_id})
        old_role = group.role if group.pk else None
        old_members = set(group.members.values_list("pk", flat=True)) if group.pk else set()
        wanted = self._members(resource.members or [])
        group.display_name, group.external_id = name, external_id
        group.modified_at = timezone.now()
        _saved(group)
        if wanted != old_members:
            group._history_user, group._change_reason = None, REASON
            group.members.set(wanted)
        new_role = group.role
        if new_role != old_role:
            affected = old_members | wanted
        else:
            affected = old_members ^ wanted
        people = list(User.objects.filter(pk__in=affected).prefetch_related("scim_groups"))
        roles.sync_roles(people, changed_roles={old_role, new_role})
        return self.groups().get(pk=group.pk)

    def _members(self, members) -> set[int]:
        wanted = {}
        for member in members:
            pk = _id_of(member.value) or _id_from_reference(member.ref)
            wanted[pk] = member.value or member.ref
        known = set(self.users().filter(pk__in=[pk for pk in wanted if pk is not None]).values_list("pk", flat=True))
        unknown = [str(label) for pk, label in wanted.items() if pk not in known]
        if unknown:
            raise InvalidValueException(detail=_("Ukendte medlemmer: %(ids)s.") % {"ids": ", ".join(unknown)})
        return known


def unit_names() -> list[str]:
    """What the department attribute accepts: each active unit's code, or its name without one."""
    return [unit.code or unit.name for unit in Unit.objects.filter(is_active=True).order_by("path", "pk")]

