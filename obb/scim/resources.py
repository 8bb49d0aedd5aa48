"""The SCIM resources the intranet serves: the attributes of the staff register, and no others.

The standard User schema has some sixty attributes; the intranet keeps a dozen. It publishes
only those (RFC 7643 §7 lets a service provider choose its attributes), so a client can read
from /Schemas what is kept, and everything it writes there is read back unchanged.
"""

from typing import Annotated, Any, ClassVar

from pydantic import Field
from scim2_models import (
    URN,
    CaseExact,
    ComplexAttribute,
    ExtensibleStringEnum,
    Extension,
    Mutability,
    Reference,
    Required,
    Resource,
    Uniqueness,
)

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"


class Name(ComplexAttribute):
    given_name: str | None = None
    """Fornavn."""

    family_name: str | None = None
    """Efternavn."""


class Email(ComplexAttribute):
    class Type(ExtensibleStringEnum):
        work = "work"

    value: str | None = None
    """The work e-mail address."""

    type: Type | None = None
    """Always "work": the intranet keeps one address, the work address."""


class StaffGroup(ComplexAttribute):
    value: Annotated[str | None, Mutability.read_only] = None
    ref: Annotated[Reference["Group"] | None, Mutability.read_only] = Field(  # noqa: F821
        None, serialization_alias="$ref", validation_alias="$ref"
    )
    display: Annotated[str | None, Mutability.read_only] = None


class User(Resource[Any]):
    """A member of staff."""

    __schema__ = URN(USER_SCHEMA)

    user_name: Annotated[str | None, Uniqueness.server, Required.true] = None
    """The login name (Entra ID: the user principal name)."""

    name: Name | None = None
    Name: ClassVar[type[ComplexAttribute]] = Name

    display_name: Annotated[str | None, Mutability.read_only] = None
    """Given and family name, as the intranet shows them."""

    title: str | None = None
    """Stillingsbetegnelse."""

    active: bool | None = None
    """False for a leaver: the account is closed and the sessions end."""

    emails: list[Email] | None = None
    Emails: ClassVar[type[ComplexAttribute]] = Email

    groups: Annotated[list[StaffGroup] | None, Mutability.read_only] = None
    Groups: ClassVar[type[ComplexAttribute]] = StaffGroup


class Manager(ComplexAttribute):
    value: Annotated[str | None, CaseExact.true] = None
    """The id of the manager's User resource."""

    ref: Reference["User"] | None = Field(  # noqa: F821
        None, serialization_alias="$ref", validation_alias="$ref"
    )


class EnterpriseUser(Extension):
    """What the HR system knows of a member of staff."""

    __schema__ = URN(ENTERPRISE_SCHEMA)

    employee_number: str | None = None
    """Medarbejdernummer (the same value as externalId)."""

    department: str | None = None
    """The unit: its code in the HR system, or its name. /Schemas lists the known ones."""

    manager: Manager | None = None


class MemberRef(ComplexAttribute):
    value: Annotated[str | None, Mutability.immutable, CaseExact.true] = None
    ref: Annotated[Reference["User"] | None, Mutability.immutable] = Field(  # noqa: F821
        None, serialization_alias="$ref", validation_alias="$ref"
    )


class Group(Resource[Any]):
    """A group of the identity provider; some groups give a role (SCIM_GROUP_ROLES)."""

    __schema__ = URN(GROUP_SCHEMA)

    display_name: Annotated[str | None, Required.true] = None
    members: list[MemberRef] | None = None
    Members: ClassVar[type[ComplexAttribute]] = MemberRef


ScimUser = User[EnterpriseUser]
