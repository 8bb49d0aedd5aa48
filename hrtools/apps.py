from django.apps import AppConfig


class HrtoolsConfig(AppConfig):
    name = "hrtools"
    verbose_name = "HR-værktøjer"
