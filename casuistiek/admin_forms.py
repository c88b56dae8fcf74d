"""The case editor's form in the Wagtail admin: its fragment chooser offers what the policy lets the editor use."""

from wagtail.admin.forms import WagtailAdminModelForm

from lms.people import access

from .rules import TRAIN, training_fragments


class CaseForm(WagtailAdminModelForm):
    """Only fragments that may be used for training now (the client's consent active and allowing it), asked of
    the policy for the person editing: a fragment of any other cycle is neither listed nor accepted."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("fragment")
        if field is not None:
            field.queryset = access.visible_to(self.for_user, training_fragments(), TRAIN)
