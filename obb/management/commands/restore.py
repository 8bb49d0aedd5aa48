import hashlib
import json
import shutil
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings


class Command(BaseCommand):
    help = (
        "Genskaber en sikkerhedskopi fra `backup` i en tom database (efter `migrate`) og lægger de "
        "uploadede filer på plads."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="Mappen med sikkerhedskopien.")

    def handle(self, *args, source, **options):
        source = Path(source)
        manifest_path = source / "manifest.json"
        if not manifest_path.is_file():
            raise CommandError(f"{source} indeholder ingen sikkerhedskopi (manifest.json mangler).")
        manifest = json.loads(manifest_path.read_text())
        for name, digest in manifest["files"].items():
            if hashlib.sha256((source / name).read_bytes()).hexdigest() != digest:
                raise CommandError(f"{name} er ændret eller beskadiget siden sikkerhedskopien blev taget.")
        user_model = apps.get_model(settings.AUTH_USER_MODEL)
        if user_model.objects.exists():
            raise CommandError("Databasen er ikke tom. Genskab kun i en ny, migreret database.")
        # The backup holds the history tables themselves; loading must not add new entries.
        with transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("loaddata", str(source / "data.json"), verbosity=0)
        media_root = Path(settings.MEDIA_ROOT)
        with tarfile.open(source / "media.tar.gz") as archive:
            members = [m for m in archive.getmembers() if m.name.startswith("media") and ".." not in m.name]
            staging = media_root.parent / (media_root.name + ".restore")
            shutil.rmtree(staging, ignore_errors=True)
            archive.extractall(staging, members=members, filter="data")
        if (staging / "media").is_dir():
            shutil.copytree(staging / "media", media_root, dirs_exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        self.stdout.write(self.style.SUCCESS(f"Sikkerhedskopien fra {manifest['created']} er genskabt."))
