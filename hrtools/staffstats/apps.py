from django.apps import AppConfig


class StaffstatsConfig(AppConfig):
    name = "hrtools.staffstats"
    label = "staffstats"
    verbose_name = "Personaleregnskab"
