"""The project's django-simple-history: the same history, with its models named in Danish.

django-simple-history names a model's history "historical <verbose name>" in every language,
and that name reaches the admin wherever permissions are given ("Kan se historical handling").
"""

from django.utils.encoding import smart_str
from django.utils.text import format_lazy
from simple_history import models as simple_history


class HistoricalRecords(simple_history.HistoricalRecords):
    def get_meta_options(self, model):
        options = super().get_meta_options(model)
        if not self.user_set_verbose_name:
            options["verbose_name"] = format_lazy("historisk {}", smart_str(model._meta.verbose_name))
        if not self.user_set_verbose_name_plural:
            options["verbose_name_plural"] = format_lazy("historik for {}",
                                                         smart_str(model._meta.verbose_name_plural))
        return options

    def get_meta_options_m2m(self, through_model):
        # The history of a many-to-many field is named after its class ("HistoricalAction_goals").
        options = super().get_meta_options_m2m(through_model)
        source = through_model._meta.auto_created  # the model with the field (Action), or False
        fields = source._meta.many_to_many if source else []
        field = next((field for field in fields if through_model.__name__ == f"{source.__name__}_{field.name}"), None)
        if field is not None:
            options["verbose_name"] = format_lazy("historik for {}: {}", smart_str(source._meta.verbose_name),
                                                  smart_str(field.verbose_name))
        return options
