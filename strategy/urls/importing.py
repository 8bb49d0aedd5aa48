"""URLs of the strategy app: importing."""

urlpatterns = []
