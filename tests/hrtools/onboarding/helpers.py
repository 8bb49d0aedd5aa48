from hrtools.onboarding.models import Dimension, OffsetUnit, OnboardingTemplate, TemplateTask


def template_with(tasks, name="Skabelon", unit=None):
    """A template with tasks given as (title, phase, responsible, amount, unit)."""
    template = OnboardingTemplate.objects.create(name=name, unit=unit)
    for order, (title, phase, responsible, amount, offset_unit) in enumerate(tasks):
        TemplateTask.objects.create(template=template, title=title, phase=phase, dimension=Dimension.PROFESSIONAL,
                                    responsible=responsible, offset_amount=amount,
                                    offset_unit=offset_unit or OffsetUnit.DAYS, order=order)
    return template
