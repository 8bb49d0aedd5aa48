from django.apps import AppConfig


class RecruitmentConfig(AppConfig):
    name = "hrtools.recruitment"
    label = "recruitment"
    verbose_name = "Rekruttering"

    def ready(self):
        from hrtools.recruitment import demo, lifecycle, navigation
        from obb.demo import add_loader
        from obb.lifecycle import add_open_tasks

        navigation.register()
        add_open_tasks(lifecycle.open_tasks)
        add_loader("Rekruttering", demo.load_demo, order=21)
