from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = "Rapporter og eksport"

    def ready(self):
        from reporting.exporters import plan  # noqa: F401 - registers the plan's exporters
