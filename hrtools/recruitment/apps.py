from django.apps import AppConfig


class RecruitmentConfig(AppConfig):
    name = "hrtools.recruitment"
    label = "recruitment"
    verbose_name = "Rekruttering"

    def ready(self):
        from hrtools.recruitment import demo, navigation
        from obb.demo import add_loader

        navigation.register()
        add_loader("Rekruttering", demo.load_demo, order=21)
