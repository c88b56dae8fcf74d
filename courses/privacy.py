"""Personal data of the leergang: enrolment, progress, private answers and ticks."""

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import ChecklistTick, Enrolment, ModuleCompletion, ReflectionAnswer


@register
class CoursesProvider(PrivacyProvider):
    app_label = "lms_courses"
    data = [
        PersonalData(Enrolment, ("user",), "Welke leergang je volgt.", "Tot je uitstapt.", own=True),
        PersonalData(ModuleCompletion, ("user",), "Welke modules je afrondde.", "Tot je uitstapt."),
        PersonalData(ReflectionAnswer, ("user",), "Je antwoorden op reflectievragen (alleen voor jou).",
                     "Tot je uitstapt."),
        PersonalData(ChecklistTick, ("user",), "Je afgevinkte punten.", "Tot je uitstapt."),
    ]
