from django.apps import AppConfig


class StaffstatsConfig(AppConfig):
    name = "hrtools.staffstats"
    label = "staffstats"
    verbose_name = "Personaleregnskab"

    def ready(self):
        from hrtools.staffstats import demo, navigation
        from obb.demo import add_loader

        navigation.register()
        add_loader("Personaleregnskab", demo.load_demo, order=40)
