"""People in the ontwikkelcyclus: teams, participant profiles and owners' shares, beside the site's own user model
(any AUTH_USER_MODEL, Django's auth.User included; roles are its groups, see `roles`)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from theme.submissions import key_field

from .naming import display_name
from .roles import Role


class Team(models.Model):
    """A team of klantmanagers and werkregisseurs, led by one or more leidinggevenden."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    leaders = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="led_teams",
        verbose_name=_("leidinggevenden"),
        help_text=_("Wie dit team leidt. Zij zien nooit het leermateriaal van teamleden."),
    )

    coaches = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coached_teams",
        verbose_name=_("teamcoaches"),
        help_text=_("Teamcoaches zien welke modules van de leergang teamleden hebben afgerond, nooit hun antwoorden."),
    )

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Participant(models.Model):
    """The profile beside a user who takes part in the ontwikkelcyclus (also a leidinggevende as learner)."""

    class Function(models.TextChoices):
        CLIENT_MANAGER = "klantmanager", _("Klantmanager")
        WORK_DIRECTOR = "werkregisseur", _("Werkregisseur")
        MANAGER = "leidinggevende", _("Leidinggevende")
        COACH = "teamcoach", _("Teamcoach")
        RESEARCHER = "onderzoeker", _("Onderzoeker / neutrale functionaris")
        OTHER = "anders", _("Andere functie")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participant", verbose_name=_("gebruiker")
    )
    function = models.CharField(_("functie"), max_length=32, choices=Function.choices, default=Function.CLIENT_MANAGER)
    team = models.ForeignKey(
        Team, on_delete=models.SET_NULL, null=True, blank=True, related_name="members", verbose_name=_("team")
    )
    started_on = models.DateField(_("in dienst sinds"), null=True, blank=True)
    follows_leergang = models.BooleanField(
        _("volgt de leergang"), default=False, help_text=_("Nieuwe klantmanagers volgen de leergang.")
    )

    class Meta:
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        ordering = ["user__first_name", "user__last_name"]

    def __str__(self):
        return display_name(self.user)


def leader_pairs(people, leaders=None) -> set[tuple[int, int]]:
    """(leader id, person id) for each leidinggevende of a team one of `people` belongs to, in one query.

    With `leaders`, only pairs whose leader is one of them (e.g. the same list, to find hierarchy inside a group).
    Nobody leads themselves, as in `leads`.
    """
    led_by = Q(team__leaders__in=leaders) if leaders is not None else Q(team__leaders__isnull=False)
    # One filter() call, so the values below read the same join the condition used.
    rows = Participant.objects.filter(led_by, user__in=people).order_by().values_list("team__leaders", "user_id")
    return {(leader, person) for leader, person in rows if leader != person}


def leads(leader, person) -> bool:
    """True when `leader` is a leidinggevende of a team `person` belongs to (used for exclusions, warnings)."""
    if not leader or not person:
        return False
    return (leader.pk, person.pk) in leader_pairs([person], leaders=[leader])


# Apps register how to load their shareable objects for listings (e.g. a goal with its current text), so that
# the 'Gedeeld' page loads every shared item in one query per kind, whatever the app.
SHARE_TARGET_QUERYSETS = {}


def register_share_target(queryset):
    SHARE_TARGET_QUERYSETS[queryset.model._meta.label_lower] = queryset


class ShareQuerySet(models.QuerySet):
    def active(self, today=None):
        """Shares that still grant access: not revoked and not past their last day."""
        today = today or timezone.localdate()
        return self.filter(revoked_at__isnull=True).filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))

    def with_targets(self):
        return self.select_related("owner", "grantee", "content_type").prefetch_related(
            GenericPrefetch("target", list(SHARE_TARGET_QUERYSETS.values()))
        )

    def for_object(self, obj):
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)


class Share(models.Model):
    """An owner's explicit, revocable grant to one named person to see one of their items.

    Sharing is per item and private by default (DOMAIN.md, principle 2). A share is never deleted when revoked:
    the revocation date is the history the owner sees. Create and revoke shares through `services`.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares_given", verbose_name=_("eigenaar")
    )
    grantee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="shares_received",
        verbose_name=_("gedeeld met"),
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("soort item"))
    object_id = models.PositiveBigIntegerField(verbose_name=_("nummer van het item"))
    target = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("gedeeld op"), default=timezone.now)
    expires_on = models.DateField(
        _("gedeeld tot en met"), null=True, blank=True, help_text=_("Leeg laten om te delen tot je het intrekt.")
    )
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    submission_key = key_field()

    objects = ShareQuerySet.as_manager()

    class Meta:
        verbose_name = _("gedeeld item")
        verbose_name_plural = _("gedeelde items")
        ordering = ["-created_at"]
        indexes = [
            # The policy asks "is this object shared with this person?" on every shared view.
            models.Index(fields=["content_type", "object_id", "grantee"], name="share_target_grantee"),
            models.Index(fields=["grantee", "revoked_at"], name="share_grantee_revoked"),
            models.Index(fields=["owner", "revoked_at"], name="share_owner_revoked"),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(owner=models.F("grantee")), name="share_not_with_self"),
            models.UniqueConstraint(
                fields=["content_type", "object_id", "grantee"],
                condition=Q(revoked_at__isnull=True),
                name="share_one_open_grant_per_person",
            ),
            models.UniqueConstraint(fields=["owner", "submission_key"], name="share_once_per_form"),
        ]

    def __str__(self):
        return f"{self.content_type.name} #{self.object_id} → {self.grantee_id}"

    def is_active(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.revoked_at is None and (self.expires_on is None or self.expires_on >= today)


class GroupMapping(models.Model):
    """What a group from the organisation's login means here: a team, a role, or both.

    The organisation's login (OpenID Connect, README "Inloggen met je gemeente-account") sends the groups a person
    is in; the functional administrator keeps this list in the Wagtail admin. Nothing maps by name alone: a group
    that happens to be called "mt" gives no role until a row here says so. A person whose groups map to no role
    is an ordinary participant (deelnemer); the MT role is only ever granted by a row that names it. A group maps
    to at most one team and to any number of roles (one row per role).
    """

    group = models.CharField(
        _("groep bij de gemeente"), max_length=255, db_index=True,
        help_text=_("Precies zoals de gemeente-login de groep meestuurt: een naam, of bij Entra ID het object-ID van "
                    "de groep."),
    )
    team = models.ForeignKey(Team, on_delete=models.CASCADE, null=True, blank=True, related_name="group_mappings",
                             verbose_name=_("team"), help_text=_("Leden van deze groep horen bij dit team."))
    role = models.CharField(_("rol"), max_length=32, blank=True, choices=Role.choices,
                            help_text=_("Leden van deze groep krijgen deze rol. Voor twee rollen maak je twee regels."))

    class Meta:
        verbose_name = _("groepskoppeling")
        verbose_name_plural = _("groepskoppelingen")
        ordering = ["group", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(team=None, role=""), name="groupmapping_team_or_role",
                                   violation_error_message=_("Kies een team, een rol of allebei.")),
            models.UniqueConstraint(fields=["group"], condition=Q(team__isnull=False), name="groupmapping_one_team",
                                    violation_error_message=_("Deze groep hoort al bij een team. Een groep hoort "
                                                              "bij hooguit één team.")),
            models.UniqueConstraint(fields=["group", "role"], condition=~Q(role=""), name="groupmapping_role_once",
                                    violation_error_message=_("Deze groep geeft deze rol al.")),
        ]

    def __str__(self):
        parts = [str(part) for part in (self.team, self.get_role_display() if self.role else "") if part]
        return f"{self.group} → {', '.join(parts)}"


class OrganisationAccount(models.Model):
    """The link between a person here and their account at the organisation's login (OpenID Connect).

    A person is known by the login's issuer and its stable subject (`sub`), never by e-mail address: addresses
    change and are handed out again. When the person steps out, the link loses its user and keeps only the subject
    and the date: logging in with that account is refused until the functional administrator deletes the row
    (lets them back in), after which the next login starts a new account. `granted_roles` and `granted_team` are
    what the last login gave, so the next one can take back what the organisation no longer grants, and leave
    alone what was given here (the buddy role someone took by offering places, a role the administrator gave).
    """

    issuer = models.CharField(_("inlogdienst"), max_length=255)
    subject = models.CharField(_("kenmerk"), max_length=255)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True,
                                related_name="organisation_account", verbose_name=_("gebruiker"))
    created_at = models.DateTimeField(_("eerste keer ingelogd"), default=timezone.now)
    stepped_out_at = models.DateTimeField(_("uitgestapt op"), null=True, blank=True)
    granted_roles = models.JSONField(_("rollen van de gemeente-login"), default=list, blank=True)
    granted_team = models.ForeignKey(Team, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                     verbose_name=_("team van de gemeente-login"))

    class Meta:
        verbose_name = _("gemeente-account")
        verbose_name_plural = _("gemeente-accounts")
        ordering = ["-stepped_out_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="organisation_account_once"),
            # Linked to a person, or stepped out: never both, never neither.
            models.CheckConstraint(
                condition=Q(user__isnull=False, stepped_out_at__isnull=True)
                | Q(user__isnull=True, stepped_out_at__isnull=False),
                name="organisation_account_linked_or_stepped_out"),
        ]

    def __str__(self):
        return str(_("gemeente-account %(subject)s") % {"subject": self.subject})
