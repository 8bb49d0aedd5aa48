from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "strategy.followup"
    label = "followup"
    verbose_name = "Opfølgning på handlingsplanen"

    def ready(self):
        from obb.demo import add_loader
        from strategy.followup import demo, indicator_demo, navigation, roles

        roles.register()
        navigation.register()
        add_loader("Opfølgning på handlingsplanen", demo.load_demo, order=15)
        add_loader("Indikatorer", indicator_demo.load_demo, order=16)
