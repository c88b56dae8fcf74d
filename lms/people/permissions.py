"""Keeps the Django permissions of each role group in line with what the role may do in the Wagtail admin.

Permissions only exist after `migrate` has run its post_migrate step, so they are granted here (idempotent)
rather than in a data migration. The groups themselves are created by migration 0002.
"""

from django.contrib.auth.models import Group, Permission

from .roles import Role

# Role -> codenames ("app_label.codename") the role needs in the admin. Page permissions are granted per page
# tree by the apps that own the pages (courses, agenda).
ADMIN_PERMISSIONS = {
    Role.EDITOR: ["wagtailadmin.access_admin", "wagtailimages.add_image", "wagtailimages.change_image",
                  "wagtaildocs.add_document", "wagtaildocs.change_document", "wagtaildocs.choose_document",
                  "lms_casuistiek.add_case", "lms_casuistiek.change_case", "lms_casuistiek.publish_case"],
    Role.MANAGEMENT: ["wagtailadmin.access_admin"],
    Role.ADMINISTRATOR: ["wagtailadmin.access_admin", "lms_people.add_team", "lms_people.change_team",
                         "lms_people.delete_team", "lms_people.view_team", "lms_people.add_participant",
                         "lms_people.change_participant", "lms_people.view_participant",
                         "lms_people.add_groupmapping", "lms_people.change_groupmapping",
                         "lms_people.delete_groupmapping", "lms_people.view_groupmapping",
                         "lms_people.view_organisationaccount", "lms_people.delete_organisationaccount"],
}


# Editors build the leergang and other content pages anywhere in the page tree.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def grant_role_permissions(**kwargs):
    for role, names in ADMIN_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role.value)
        for name in names:
            app_label, codename = name.split(".")
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)
    _grant_editor_page_permissions()


def _grant_editor_page_permissions():
    from wagtail.models import GroupPagePermission, Page

    root = Page.get_first_root_node()
    if root is None:
        return
    editors = Group.objects.get(name=Role.EDITOR.value)
    for codename in EDITOR_PAGE_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
        if permission is not None:
            GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)
