from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "strategy.followup"
    label = "followup"
    verbose_name = "Opfølgning på handlingsplanen"

    def ready(self):
        from strategy.followup import navigation, roles

        roles.register()
        navigation.register()
