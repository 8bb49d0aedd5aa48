from django.apps import AppConfig


class MusConfig(AppConfig):
    name = "hrtools.mus"
    label = "mus"
    verbose_name = "MUS – medarbejderudviklingssamtaler"
