from django.apps import AppConfig


class StrategyConfig(AppConfig):
    name = "strategy"
    verbose_name = "Strategi og handlingsplan"

    def ready(self):
        from obb.demo import add_loader
        from strategy import demo, roles

        roles.register()
        add_loader("Strategi og handlingsplan", demo.load_demo, order=10)
