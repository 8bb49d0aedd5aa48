"""URLs of the strategy app: plans."""

urlpatterns = []
