from django.apps import AppConfig


class RecruitmentConfig(AppConfig):
    name = "hrtools.recruitment"
    label = "recruitment"
    verbose_name = "Rekruttering"
