"""Demo organisation: the five intervisie methods as published snippets."""

from wagtail.blocks import StreamValue

from intervisie.models import Method

from .content.intervisie_methods import METHODS


def load(demo):
    for item in METHODS:
        if Method.objects.filter(slug=item["slug"]).exists():
            continue
        method = Method(name=item["name"], slug=item["slug"], summary=item["summary"],
                        uses_video_fragments=item["uses_video_fragments"])
        method.phases = StreamValue(Method.phases.field.stream_block,
                                    [{"type": "phase", "value": phase} for phase in item["phases"]], is_lazy=True)
        method.save()
    demo.log(f"intervisie: {Method.objects.count()} methoden")
