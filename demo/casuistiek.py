"""Demo organisation: the practice cases (with expert keys), one of them linked from the leergang's analysekader
module, and a few earlier attempts by Sanne (klantmanager) so her calibration has a history."""

from casuistiek.models import Case, CaseAttempt
from casuistiek.services import record_agreements
from courses.models import ModulePage
from lms.framework.models import Framework

from .content.cases import CASES


def _link_leergang(case):
    module = ModulePage.objects.filter(kind="analysekader").first()
    if module is None:
        return
    data = list(module.body.raw_data)
    for block in data:
        if block["type"] == "case_exercise" and not block["value"].get("case"):
            block["value"]["case"] = case.pk
            module.body = data
            module.save_revision().publish()
            return


def load(demo):
    framework = Framework.current()
    for item in CASES:
        Case.objects.update_or_create(slug=item["slug"], defaults={
            "title": item["title"], "medium": item["medium"], "difficulty": item["difficulty"],
            "situation": item["situation"], "material": item["material"], "framework": framework,
            "expert_answers": item["expert"], "explanations": item["explanations"],
            "critical_moment": item["critical_moment"], "live": True,
        })
    first = Case.objects.get(slug=CASES[0]["slug"])
    _link_leergang(first)
    sanne = demo.users["klantmanager"]
    if not CaseAttempt.objects.filter(user=sanne).exists():
        for case in Case.objects.order_by("pk")[:3]:
            answers = dict(case.expert_answers)
            answers["echtheid-klantmanager"] = "3" if answers.get("echtheid-klantmanager") != "3" else "4"
            record_agreements(CaseAttempt.objects.create(user=sanne, case=case, framework=framework, answers=answers))
    demo.log(f"casuïstiek: {Case.objects.count()} casussen, leergang gekoppeld")
