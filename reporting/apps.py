from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = "Rapporter og eksport"

    def ready(self):
        from reporting import services
        from reporting.exporters import competences, mus, plan, register, staffstats
        from strategy.services import publication

        publication.on_publish(services.store_published_documents)

        # The one registry of exports, filled here: the download views and `manage.py` commands
        # look exporters up by identifier (and the plan's by format) without importing them.
        register(plan.PlanPdfExporter, plan.PlanHtmlExporter, plan.PlanXlsxExporter,
                 competences.CompetenceUnitExporter, mus.MusPlanPdfExporter,
                 staffstats.StaffstatsXlsxExporter, staffstats.StaffstatsPdfExporter)
