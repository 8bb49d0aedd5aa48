from django.apps import AppConfig


class OnboardingConfig(AppConfig):
    name = "hrtools.onboarding"
    label = "onboarding"
    verbose_name = "Onboarding"

    def ready(self):
        from hrtools.onboarding import demo, lifecycle, navigation
        from obb import lifecycle as staff_lifecycle
        from obb.demo import add_loader

        navigation.register()
        staff_lifecycle.add_waiting(lifecycle.waiting)
        staff_lifecycle.add_open_tasks(lifecycle.open_tasks)
        add_loader("Onboarding", demo.load_demo, order=20)
