"""URLs of the strategy app: leadership edits the plan's printed content."""

from django.urls import path

from strategy.views import editing

urlpatterns = [
    path("<int:year>/rediger/", editing.plan_edit, name="plan_edit"),
    path("<int:year>/rediger/pejlemaerke/<slug:slug>/", editing.pejlemaerke_edit, name="pejlemaerke_edit"),
    path("<int:year>/rediger/forord/<slug:kind>/", editing.foreword_edit, name="foreword_edit"),
    path("<int:year>/rediger/partnere/", editing.partners_edit, name="partners_edit"),
    path("<int:year>/rediger/projekter/", editing.projects_edit, name="projects_edit"),
    path("<int:year>/rediger/billeder/", editing.photos_edit, name="photos_edit"),
    path("<int:year>/rediger/noegletal/<slug:slug>/", editing.keyfigure_edit, name="keyfigure_edit"),
]
