from django.apps import AppConfig


class MusConfig(AppConfig):
    name = "hrtools.mus"
    label = "mus"
    verbose_name = "MUS – medarbejderudviklingssamtaler"

    def ready(self):
        from hrtools.mus import demo, navigation, roles, signals  # noqa: F401 - signals registers receivers
        from obb.demo import add_loader
        from obb.lifecycle import add_waiting

        roles.register()
        navigation.register()
        add_waiting(signals.waiting)
        add_loader("MUS", demo.load_demo, order=60)
