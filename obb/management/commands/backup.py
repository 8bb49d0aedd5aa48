import hashlib
import json
import tarfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

# Rebuilt by `migrate`, or not worth keeping: left out of the backup.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes"]


class Command(BaseCommand):
    help = "Tager en sikkerhedskopi af databasen (som JSON) og af de uploadede filer i en mappe."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="Mappe, som kopien skrives til (oprettes).")

    def handle(self, *args, output, **options):
        target = Path(output)
        if target.exists() and any(target.iterdir()):
            raise CommandError(f"Mappen {target} er ikke tom. Vælg en ny mappe til sikkerhedskopien.")
        target.mkdir(parents=True, exist_ok=True)
        data = target / "data.json"
        call_command("dumpdata", "--natural-foreign", "--natural-primary", "--indent", "0",
                     *[f"--exclude={label}" for label in EXCLUDED], output=str(data), verbosity=0)
        media = target / "media.tar.gz"
        with tarfile.open(media, "w:gz") as archive:
            root = Path(settings.MEDIA_ROOT)
            if root.is_dir():
                archive.add(root, arcname="media")
        manifest = {
            "created": datetime.now().isoformat(timespec="seconds"),
            "database": connection.vendor,
            "files": {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in (data, media)},
        }
        (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
        self.stdout.write(self.style.SUCCESS(f"Sikkerhedskopien er gemt i {target}"))
