from obb.models.units import Unit
from obb.models.users import User

__all__ = ["Unit", "User"]
