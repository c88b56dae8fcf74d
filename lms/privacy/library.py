"""Privacy providers for the library tables: Wagtail, django-axes, Django's sessions and django-q2.

These apps are not ours, so they cannot register themselves; the privacy app registers them here (from
`PrivacyConfig.ready`), one provider per library, only when the library is installed. Most of these tables name a
person without a key to the account (a typed username, a pickled task argument, an encoded session), so their
`PersonalData` entries select rows with a function instead of a lookup path.

Erasure is the same in both modes of stepping out: log lines, login attempts, sessions and task records are no
contribution that others rely on. Editorial history (revisions, log entries, page ownership) stays, without the person.
"""

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Exists, Q, TextField
from django.db.models.functions import Cast

from .registry import PersonalData, PrivacyProvider, register

REPLACEMENT = "een oud-deelnemer"
SHORTEST_NAME = 3  # shorter first or last names ("Bo") are only searched as part of the full name


@dataclass
class LibraryData(PersonalData):
    """A library table that holds a person: `select(user)` finds the rows where it names them without a foreign
    key. Exported as the requester's own record (`own`): what they did as an editor, their failed logins, their
    sessions; none of these tables has a rule of the access policy."""

    select: Callable | None = None
    own: bool = True

    def rows(self, user):
        return self.select(user) if self.select else super().rows(user)


class ProbingProvider(PrivacyProvider):
    """A provider of many tables where most people have no rows (only editors have revisions, comments, ...).

    One query asks which tables hold the person at all; only those are read, so an export costs one query plus
    one per table that holds something, not one per table. The export's format stays the registry's.
    """

    def export(self, user):
        probe = get_user_model().objects.filter(pk=user.pk).values(**{
            f"has_{index}": Exists(item.rows(user)) for index, item in enumerate(self.data)}).first() or {}
        present = copy.copy(self)
        present.data = [item for index, item in enumerate(self.data) if probe.get(f"has_{index}")]
        result = PrivacyProvider.export(present, user) if present.data else {}
        return {item.model._meta.label: result.get(item.model._meta.label, []) for item in self.data}


def identifiers(user, distinctive=False) -> list[str]:
    """The strings that name this person: username, e-mail, full name, and first and last name when not too short.

    `distinctive` keeps only the e-mail address and the full name: those are rewritten in other people's text
    (a log label), where a bare username or first name ("nieuw", "Jan") could be an ordinary word.
    """
    if distinctive:
        names = [user.email, user.get_full_name().strip() if " " in user.get_full_name().strip() else ""]
    else:
        names = [user.get_username(), user.email, user.get_full_name().strip()]
        names += [name for name in (user.first_name, user.last_name) if len(name.strip()) >= SHORTEST_NAME]
    return sorted({name.strip() for name in names if name and name.strip()}, key=len, reverse=True)


def _pattern(name):
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)  # a whole word, not "Jan" in "Janssen"


def names_in(text, user, distinctive=False) -> bool:
    text = str(text)
    return any(_pattern(name).search(text) for name in identifiers(user, distinctive))


def scrub(text, user):
    """The text with the person's e-mail address and full name replaced, case-insensitively, as whole words."""
    for name in identifiers(user, distinctive=True):
        text = _pattern(name).sub(REPLACEMENT, text)
    return text


def scrub_value(value, user):
    """Scrub strings anywhere inside a JSON-like value (dicts, lists, strings)."""
    if isinstance(value, str):
        return scrub(value, user)
    if isinstance(value, dict):
        return {key: scrub_value(item, user) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [scrub_value(item, user) for item in value]
    return value


def text_mentions(queryset, fields, user, distinctive=False):
    """Rows whose text fields (or JSON cast to text) contain a name of the person; portable to SQLite and PostgreSQL.

    `icontains` on the cast text is case-insensitive on both databases, so a username typed in capitals is found.
    """
    condition = Q()
    annotations = {}
    for field in fields:
        annotations[f"_text_{field}"] = Cast(field, TextField())
        for name in identifiers(user, distinctive):
            condition |= Q(**{f"_text_{field}__icontains": name})
    if not condition:
        return queryset.none()
    return queryset.annotate(**annotations).filter(condition)


def refers_to(value, user, ids=True) -> bool:
    """Whether a decoded task argument or result names the person: their account object, a name, or (when `ids`)
    their primary key as a number. Bare numbers and short names are ambiguous, so queued work (which would be lost)
    is matched only on objects, keys named after a user, and distinctive names; finished results on everything.
    """
    user_model = get_user_model()
    if isinstance(value, user_model):
        return value.pk == user.pk
    if isinstance(value, models.Model):
        return any(getattr(value, field.attname, None) == user.pk for field in value._meta.concrete_fields
                   if getattr(field, "related_model", None) is user_model)
    if isinstance(value, str):
        return names_in(value, user, distinctive=not ids)
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return ids and value == user.pk
    if isinstance(value, dict):
        return any(refers_to(key, user, ids) or refers_to(item, user, ids)
                   or (str(key).endswith(("user", "user_id")) and item == user.pk) for key, item in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(refers_to(item, user, ids) for item in value)
    return False


# --- Wagtail -------------------------------------------------------------------------------------------------------


def _wagtail_log_entries(model):
    def select(user):
        user_type = apps.get_model("contenttypes", "ContentType").objects.get_for_model(get_user_model())
        about = Q(content_type=user_type, object_id=str(user.pk)) if model._meta.model_name == "modellogentry" else Q()
        by = model.objects.filter(Q(user_id=user.pk) | about) if about else model.objects.filter(user_id=user.pk)
        named = text_mentions(model.objects.all(), ("label", "data"), user, distinctive=True).values("pk")
        return model.objects.filter(Q(pk__in=by.values("pk")) | Q(pk__in=named))
    return select


class WagtailProvider(ProbingProvider):
    """Editorial history and the admin's personal rows. Log entries and revisions stay for the pages' history, without
    the person: `user` cleared, names in labels and data replaced; log entries about the account itself go."""

    app_label = "wagtailcore"
    title = "Beheeromgeving (Wagtail)"

    def __init__(self):
        get = apps.get_model
        self.data = [
            LibraryData(get("wagtailcore", "PageLogEntry"), ("user",), "Wie wat aan een pagina veranderde.",
                        "Zolang de pagina bestaat; bij uitstappen zonder je naam.",
                        select=_wagtail_log_entries(get("wagtailcore", "PageLogEntry"))),
            LibraryData(get("wagtailcore", "ModelLogEntry"), ("user",), "Wie wat aan beheerde inhoud veranderde.",
                        "Zolang de inhoud bestaat; bij uitstappen zonder je naam.",
                        select=_wagtail_log_entries(get("wagtailcore", "ModelLogEntry"))),
            LibraryData(get("wagtailcore", "Revision"), ("user",), "Wie een versie van een pagina maakte.",
                         "Zolang de pagina bestaat; bij uitstappen zonder je naam."),
            LibraryData(get("wagtailcore", "Page"), ("owner", "locked_by"), "Wie een pagina maakte of vergrendelde.",
                         "Zolang de pagina bestaat; bij uitstappen zonder je naam."),
            LibraryData(get("wagtailcore", "Comment"), ("user", "resolved_by"), "Opmerkingen bij pagina's.",
                         "Tot de opmerking is afgehandeld; bij uitstappen verwijderd."),
            LibraryData(get("wagtailcore", "CommentReply"), ("user",), "Antwoorden op opmerkingen bij pagina's.",
                         "Tot de opmerking is afgehandeld; bij uitstappen verwijderd.",
                         name="antwoorden op opmerkingen"),
            LibraryData(get("wagtailcore", "PageSubscription"), ("user",), "Meldingen over opmerkingen die je volgt.",
                         "Zolang je meedoet.", name="gevolgde opmerkingen"),
            LibraryData(get("wagtailcore", "WorkflowState"), ("requested_by",), "Wie een pagina ter goedkeuring gaf.",
                         "Zolang de pagina bestaat; bij uitstappen zonder je naam.", name="goedkeuringsrondes"),
            LibraryData(get("wagtailcore", "TaskState"), ("finished_by",), "Wie een goedkeuringsstap afrondde.",
                         "Zolang de pagina bestaat; bij uitstappen zonder je naam.", name="goedkeuringsstappen"),
            LibraryData(get("wagtailcore", "UploadedFile"), ("uploaded_by_user",), "Bestanden die je aan het uploaden "
                         "bent.", "Tot het uploaden klaar is.", name="bestanden die je uploadt"),
        ]
        optional = [
            ("wagtailcore", "APIToken", ("user",), "Sleutels voor de beheer-API.", "Zolang je meedoet.",
             "sleutels voor de beheer-API"),
            ("wagtailusers", "UserProfile", ("user",), "Je voorkeuren in het beheer.", "Zolang je meedoet.",
             "voorkeuren in het beheer"),
            ("wagtailadmin", "EditingSession", ("user",), "Wie een pagina op dit moment bewerkt.", "Een paar minuten.",
             "pagina's die je nu bewerkt"),
            ("wagtailadmin", "FormState", ("user",), "Een half ingevuld beheerformulier.", "Tot je het opslaat.",
             "half ingevulde beheerformulieren"),
            ("wagtailimages", "Image", ("uploaded_by_user",), "Wie een afbeelding uploadde.",
             "Zolang de afbeelding bestaat; bij uitstappen zonder je naam.", "afbeeldingen"),
            ("wagtaildocs", "Document", ("uploaded_by_user",), "Wie een document uploadde.",
             "Zolang het document bestaat; bij uitstappen zonder je naam.", "documenten"),
        ]
        for app_label, model_name, paths, purpose, retention, name in optional:
            model = _model_or_none(app_label, model_name)
            if model is not None:
                self.data.append(LibraryData(model, paths, purpose, retention, name=name))

    def erase(self, user, mode):
        """Keep the editorial history, without the person; remove what only served them."""
        get = apps.get_model
        changed = 0
        user_type = get("contenttypes", "ContentType").objects.get_for_model(get_user_model())
        for name in ("PageLogEntry", "ModelLogEntry"):
            model = get("wagtailcore", name)
            if name == "ModelLogEntry":  # entries about the account itself ("created user X") carry its name
                changed += model.objects.filter(content_type=user_type, object_id=str(user.pk)).delete()[0]
            changed += model.objects.filter(user_id=user.pk).update(user=None)
            for entry in text_mentions(model.objects.all(), ("label", "data"), user, distinctive=True):
                label, data = scrub(entry.label, user), scrub_value(entry.data, user)
                if (label, data) != (entry.label, entry.data):
                    model.objects.filter(pk=entry.pk).update(label=label, data=data)
                    changed += 1
        page_model = get("wagtailcore", "Page")
        touched = set(page_model.objects.filter(Q(owner=user) | Q(locked_by=user)).values_list("pk", flat=True))
        changed += page_model.objects.filter(owner=user).update(owner=None)
        changed += page_model.objects.filter(locked_by=user).update(locked_by=None, locked=False, locked_at=None)
        revision_model = get("wagtailcore", "Revision")
        # A revision's content is a serialised page: its `owner` and `locked_by` keys point at the person too.
        objects = {str(pk) for pk in touched} | set(revision_model.objects.filter(user=user).values_list(
            "object_id", flat=True))
        changed += revision_model.objects.filter(user=user).update(user=None)
        for revision in revision_model.objects.filter(object_id__in=objects):
            content = dict(revision.content or {})
            if any(content.get(key) == user.pk for key in ("owner", "locked_by")):
                content.update({key: None for key in ("owner", "locked_by") if content.get(key) == user.pk})
                revision_model.objects.filter(pk=revision.pk).update(content=content)
                changed += 1
        for item in self.data:
            model = item.model
            label = model._meta.label
            if label in ("wagtailcore.Comment",):
                changed += model.objects.filter(resolved_by=user).update(resolved_by=None, resolved_at=None)
                changed += model.objects.filter(user=user).delete()[0]
            elif label in ("wagtailcore.CommentReply", "wagtailcore.PageSubscription", "wagtailcore.APIToken",
                           "wagtailusers.UserProfile", "wagtailadmin.EditingSession", "wagtailadmin.FormState",
                           "wagtailcore.UploadedFile"):
                changed += model.objects.filter(**{item.paths[0]: user}).delete()[0]
            elif label in ("wagtailcore.WorkflowState", "wagtailcore.TaskState", "wagtailimages.Image",
                           "wagtaildocs.Document"):
                changed += model.objects.filter(**{item.paths[0]: user}).update(**{item.paths[0]: None})
        return changed


def _installed(app_label):
    return any(config.label == app_label for config in apps.get_app_configs())


def _model_or_none(app_label, name):
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None


# --- django-axes ---------------------------------------------------------------------------------------------------


def _attempts_by(model):
    def select(user):
        names = {name.lower() for name in (user.get_username(), user.email) if name}
        condition = Q()
        for name in names:
            condition |= Q(username__iexact=name)
        return model.objects.filter(condition) if condition else model.objects.none()
    return select


class AxesProvider(ProbingProvider):
    """Failed and successful logins kept to stop password guessing: the typed username, address and browser."""

    app_label = "axes"
    title = "Beveiliging van het inloggen"

    def __init__(self):
        purpose = "Inlogpogingen (gebruikersnaam, adres, browser), om het raden van wachtwoorden te stoppen."
        self.data = [
            LibraryData(apps.get_model("axes", model_name), (), purpose, "Een half uur na de laatste poging; bij "
                        "uitstappen verwijderd.", select=_attempts_by(apps.get_model("axes", model_name)), name=name)
            for model_name, name in (("AccessAttempt", "inlogpogingen"), ("AccessFailureLog", "mislukte inlogpogingen"),
                                     ("AccessLog", "keren dat je inlogde"))]

    def erase(self, user, mode):
        return sum(item.rows(user).delete()[0] for item in self.data)


# --- Django's sessions ---------------------------------------------------------------------------------------------


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def _sessions_of(user):
    """The person's sessions, found by decoding them: the one place that knows whose a session is.

    A side index (session key → user, written at login) would miss sessions made before it existed or by another
    login path, and goes stale when Django cycles the key; decoding reads the truth, and stepping out is rare.
    """
    store = _session_store()
    model = store.get_model_class()
    keys = []
    for key, data in model.objects.values_list("session_key", "session_data").iterator():
        decoded = store().decode(data)
        if str(decoded.get("_auth_user_id")) == str(user.pk):
            keys.append(key)
    return model.objects.filter(session_key__in=keys)


class SessionsProvider(PrivacyProvider):
    """Logged-in sessions; and messages in other people's sessions that name the person."""

    app_label = "sessions"

    def __init__(self):
        self.data = [LibraryData(_session_store().get_model_class(), (), "Ingelogd blijven tijdens je werkdag.",
                                 "Tot je uitlogt, hooguit een werkdag.", select=_sessions_of)]

    def export(self, user):
        """Only when a session ends: the key and contents would let the reader log in as the person."""
        return {self.data[0].model._meta.label: [{"verloopt": expire} for expire in
                                                 self.data[0].rows(user).values_list("expire_date", flat=True)]}

    def erase(self, user, mode):
        store_class = _session_store()
        model = store_class.get_model_class()
        removed = 0
        for session in self.data[0].rows(user):
            store_class(session.session_key).delete()  # also clears a cached copy (cached_db)
            removed += 1
        for key, data in model.objects.values_list("session_key", "session_data").iterator():
            decoded = store_class().decode(data)
            named = [name for name, value in decoded.items() if not name.startswith("_auth")
                     and names_in(value, user, distinctive=True)]
            if named:  # e.g. a waiting message "Je buddy X ..." for someone else: that entry goes, they stay logged in
                store = store_class(key)
                for name in named:
                    del store[name]
                store.save()  # through the store, so a cached copy (cached_db) changes too
                removed += 1
        return removed


# --- django-q2 -----------------------------------------------------------------------------------------------------


def _tasks_of(user):
    """Finished tasks whose name, arguments or result name the person (bare ids count: a result log can go)."""
    model = apps.get_model("django_q", "Task")
    keys = [task.pk for task in model.objects.iterator()
            if refers_to([task.name, task.args, task.kwargs, task.result], user)]
    return model.objects.filter(pk__in=keys)


def _queued_for(user):
    """Queued tasks that name the person; bare numbers are ambiguous here, so only names and objects count."""
    model = apps.get_model("django_q", "OrmQ")
    keys = [queued.pk for queued in model.objects.iterator()
            if refers_to([queued.task.get(key) for key in ("name", "args", "kwargs")], user, ids=False)]
    return model.objects.filter(pk__in=keys)


def _schedules_for(user):
    model = apps.get_model("django_q", "Schedule")
    return text_mentions(model.objects.all(), ("name", "args", "kwargs"), user)


class DjangoQProvider(PrivacyProvider):
    """Background work: queued tasks, their results, and schedules, when they name the person."""

    app_label = "django_q"

    def __init__(self):
        get = apps.get_model
        self.data = [
            LibraryData(get("django_q", "Task"), (), "Afgeronde achtergrondtaken (zoals e-mails en downloads).",
                        "Tot de taak is opgeruimd; bij uitstappen verwijderd.", select=_tasks_of,
                        name="afgeronde achtergrondtaken"),
            LibraryData(get("django_q", "OrmQ"), (), "Achtergrondtaken die nog moeten draaien.",
                        "Tot de taak draait; bij uitstappen verwijderd.", select=_queued_for,
                        name="achtergrondtaken in de wachtrij"),
            LibraryData(get("django_q", "Schedule"), (), "Geplande taken die je noemen.",
                        "Zolang de planning bestaat; bij uitstappen verwijderd.", select=_schedules_for,
                        name="geplande taken"),
        ]

    def export(self, user):
        """What ran and when, not the pickled arguments (they may hold other people's ids)."""
        task, queued, schedule = (item.rows(user) for item in self.data)
        return {
            self.data[0].model._meta.label: list(task.values("name", "func", "started", "stopped", "success")),
            self.data[1].model._meta.label: [{"id": q.pk, "taak": q.task.get("name")} for q in queued],
            self.data[2].model._meta.label: list(schedule.values("name", "func", "next_run")),
        }

    def erase(self, user, mode):
        return sum(item.rows(user).delete()[0] for item in self.data)


def register_installed():
    """Register a provider for each library that is installed (a host site may leave axes or django-q2 out)."""
    for app_label, provider_class in (("wagtailcore", WagtailProvider), ("axes", AxesProvider),
                                      ("sessions", SessionsProvider), ("django_q", DjangoQProvider)):
        if _installed(app_label):
            register(provider_class)
