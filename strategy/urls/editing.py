"""URLs of the strategy app: editing."""

urlpatterns = []
