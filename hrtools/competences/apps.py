from django.apps import AppConfig


class CompetencesConfig(AppConfig):
    name = "hrtools.competences"
    label = "competences"
    verbose_name = "Kompetencespejl, karrieremodel og jobudvikling"
