from django.apps import AppConfig


class StrategyConfig(AppConfig):
    name = "strategy"
    verbose_name = "Strategi og handlingsplan"

    def ready(self):
        from obb.demo import add_loader
        from obb.lifecycle import add_open_tasks
        from strategy import demo, lifecycle, navigation, roles

        roles.register()
        add_open_tasks(lifecycle.open_tasks)
        navigation.register()
        add_loader("Strategi og handlingsplan", demo.load_demo, order=10)
