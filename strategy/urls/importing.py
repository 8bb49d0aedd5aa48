"""URLs of the strategy app: importing actions from Excel, and starting next year's plan."""

from django.urls import path

from strategy.views import importing

urlpatterns = [
    path("<int:year>/importer/", importing.action_import, name="action_import"),
    path("<int:year>/importer/skabelon.xlsx", importing.action_import_template, name="action_import_template"),
    path("<int:year>/importer/bekraeft/", importing.action_import_confirm, name="action_import_confirm"),
    path("<int:year>/kopier/", importing.plan_copy, name="plan_copy"),
]
