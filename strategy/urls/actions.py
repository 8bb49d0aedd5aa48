"""URLs of the strategy app: actions."""

urlpatterns = []
