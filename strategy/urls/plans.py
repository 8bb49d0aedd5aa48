"""URLs of the strategy app: reading the strategy and the yearly plan, and the dashboard."""

from django.urls import path

from strategy.views import plans

urlpatterns = [
    path("", plans.plan_current, name="plan_current"),
    path("overblik/", plans.dashboard, name="dashboard"),
    path("strategier/", plans.strategy_list, name="strategy_list"),
    path("strategier/<slug:slug>/", plans.strategy_detail, name="strategy_detail"),
    path("<int:year>/", plans.plan_detail, name="plan_detail"),
    path("<int:year>/overblik/", plans.dashboard, name="plan_dashboard"),
    path("<int:year>/pejlemaerke/<slug:slug>/", plans.pejlemaerke_detail, name="pejlemaerke_detail"),
]
