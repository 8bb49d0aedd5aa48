from django.apps import AppConfig


class OnboardingConfig(AppConfig):
    name = "hrtools.onboarding"
    label = "onboarding"
    verbose_name = "Onboarding"

    def ready(self):
        from hrtools.onboarding import demo, navigation
        from obb.demo import add_loader

        navigation.register()
        add_loader("Onboarding", demo.load_demo, order=20)
