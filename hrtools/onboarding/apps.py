from django.apps import AppConfig


class OnboardingConfig(AppConfig):
    name = "hrtools.onboarding"
    label = "onboarding"
    verbose_name = "Onboarding"
