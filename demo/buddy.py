"""Demo organisation: Kees (buddy) has done the whole leergang and offers two places; no pair exists yet, so
the teamcoach can make the first proposal for Yara (nieuw)."""

from buddy import services
from courses.models import ModuleCompletion, ModulePage


def load(demo):
    kees = demo.users["buddy"]
    for module in ModulePage.objects.live():
        ModuleCompletion.objects.get_or_create(user=kees, module=module)
    services.set_offer(kees, capacity=2, team_preference="other", mode="either")
    demo.log("buddy: Kees biedt 2 plekken aan")
