from django.apps import AppConfig


class CompetencesConfig(AppConfig):
    name = "hrtools.competences"
    label = "competences"
    verbose_name = "Kompetencespejl, karrieremodel og jobudvikling"

    def ready(self):
        from hrtools.competences import demo, navigation, roles
        from obb.demo import add_loader

        roles.register()
        navigation.register()
        add_loader("Kompetencespejl, karriereveje og jobudvikling", demo.load_demo, order=40)
