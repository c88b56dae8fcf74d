"""StreamField blocks of a leergang module. Blocks with per-participant state (reflectievraag, checklist) are
keyed by the block's own id, which Wagtail keeps stable across revisions."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .embeds import allowed_hosts, parsed_ok

TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class AllowListEmbedBlock(EmbedBlock):
    """An embed from the allow-list only; anything else gets a clear Dutch error in the editor."""

    def clean(self, value):
        url = getattr(value, "url", value)
        if url and not parsed_ok(str(url)):
            raise ValidationError(
                _("Deze video kan niet worden ingesloten. Toegestaan zijn links naar: %(hosts)s.")
                % {"hosts": ", ".join(allowed_hosts())}
            )
        return super().clean(value)


class VideoBlock(blocks.StructBlock):
    url = AllowListEmbedBlock(label=_("Link naar de video"), help_text=_("YouTube of Vimeo; speelt nooit vanzelf af."))
    title = blocks.CharBlock(label=_("Titel"))
    transcript = blocks.TextBlock(label=_("Tekstversie"), help_text=_("Wat de video vertelt en laat zien, voor wie "
                                                                     "hem niet kan of wil bekijken."))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    source = blocks.CharBlock(label=_("Van wie"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "courses/blocks/quote.html"


class ReflectionQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"))
    help_text = blocks.TextBlock(label=_("Toelichting"), required=False)

    class Meta:
        icon = "help"
        label = _("Reflectievraag")
        template = "courses/blocks/reflection_question.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punt")), label=_("Punten"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "courses/blocks/checklist.html"


class CaseExerciseBlock(blocks.StructBlock):
    """A short anonymised case to analyse with the Kijkwijzer (on paper now; the casuïstiek app adds the key)."""

    title = blocks.CharBlock(label=_("Titel"))
    situation = blocks.TextBlock(label=_("Situatie"))
    excerpt = blocks.TextBlock(label=_("Fragment uit het gesprek"), help_text=_("Eén regel per beurt, bijvoorbeeld "
                                                                            "'Klantmanager: …'."))
    task = blocks.TextBlock(label=_("Opdracht"))
    case = SnippetChooserBlock("lms_casuistiek.Case", required=False, label=_("Oefening met expertanalyse"),
                               help_text=_("Kies een casus; de deelnemer analyseert hem en krijgt terugkoppeling."))

    class Meta:
        icon = "doc-full"
        label = _("Casus-oefening")
        template = "courses/blocks/case_exercise.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Tekst van de link"))

    class Meta:
        icon = "download"
        label = _("Download")
        template = "courses/blocks/download.html"


NEXT_STEP_TARGETS = [
    ("next_module", _("Volgende module")),
    ("video_cycle", _("Een video-reflectie aanmelden")),
    ("goals", _("Mijn ontwikkelplan")),
    ("buddy", _("Je buddy (je buddy-pagina)")),
    ("intervisie", _("Intervisie (je overzicht)")),
]


class NextStepBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Tekst"))
    link_label = blocks.CharBlock(label=_("Tekst van de knop"))
    target = blocks.ChoiceBlock(choices=NEXT_STEP_TARGETS, label=_("Waarheen"), widget=forms.Select)

    class Meta:
        icon = "arrow-right"
        label = _("Volgende stap")
        template = "courses/blocks/next_step.html"


class ModuleBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Tekst"))
    video = VideoBlock()
    quote = QuoteBlock()
    reflection_question = ReflectionQuestionBlock()
    checklist = ChecklistBlock()
    case_exercise = CaseExerciseBlock()
    download = DownloadBlock()
    next_step = NextStepBlock()
