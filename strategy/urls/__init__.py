"""The strategy app's URLs, one module per area of the app."""

from strategy.urls import actions, editing, importing, plans

app_name = "strategy"

urlpatterns = [
    *plans.urlpatterns,
    *actions.urlpatterns,
    *editing.urlpatterns,
    *importing.urlpatterns,
]
