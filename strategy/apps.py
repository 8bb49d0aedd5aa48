from django.apps import AppConfig


class StrategyConfig(AppConfig):
    name = "strategy"
    verbose_name = "Strategi og handlingsplan"

    def ready(self):
        from obb.demo import add_loader
        from strategy import demo, navigation, roles

        roles.register()
        navigation.register()
        add_loader("Strategi og handlingsplan", demo.load_demo, order=10)
