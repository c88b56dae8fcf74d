"""Replace Wagtail's placeholder welcome page with our home page and make it the default site's root."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    placeholder_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=placeholder_type, slug="home", depth=2).delete()

    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    homepage = HomePage.objects.create(
        title="Van Kijken naar Zien",
        draft_title="Van Kijken naar Zien",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        intro=(
            "<p>Het leerplatform voor klantmanagers en werkregisseurs: samen gesprekken terugkijken, "
            "leren van wat cliënten ervaren en werken aan je eigen ontwikkeldoelen.</p>"
        ),
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": homepage, "site_name": "Van Kijken naar Zien"},
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(slug="home", depth=2).delete()
    apps.get_model("contenttypes.ContentType").objects.filter(model="homepage", app_label="home").delete()


class Migration(migrations.Migration):
    # Before the locale migration, so that the page gets the default locale like every other page.
    run_before = [("wagtailcore", "0053_locale_model")]

    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
