"""Excel uploads that cost the server more than a workbook of the imports' size can: a
decompression bomb is refused before openpyxl reads it, with a Danish error, and the request's
memory stays bounded. Every case of the corpus's "xlsx" kind (tests/hostile/corpus.py) is also
tried against both imports in test_forms.py; this module measures what they cost."""

import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.hostile import corpus
from tests.hostile.conftest import changed_tables, database_state
from tests.hostile.targets import action_sheet, staff_sheet

# The peak of memory Python allocates while answering one upload (tracemalloc). The bomb is
# 65 KB that unpacks to 64 MB; read unguarded it peaks at about 135 MB (docs/security.md).
BOMB_PEAK_MB = 8
# A valid sheet of the imports, read, checked and shown as a preview or saved.
NORMAL_PEAK_MB = 8

IMPORTS = {
    "actions": ("strategy:action_import", lambda w: {"year": w.plan.year}, "mia", {}, action_sheet),
    "staffstats": ("staffstats:import", lambda w: {}, "hanne", {"year": "2022"}, staff_sheet),
}


def _login(client, world, which):
    client.force_login(getattr(world, IMPORTS[which][2]))


def _post(client, world, which, content=None):
    """Post `content` (default: a valid sheet) to the import; the response and the peak in MB."""
    url_name, kwargs, _person, data, valid = IMPORTS[which]
    if content is None:
        filename, content = valid(world)["file"]
    upload = SimpleUploadedFile("ark.xlsx", content)
    url = reverse(url_name, kwargs=kwargs(world))
    tracemalloc.start()
    try:
        response = client.post(url, {**data, "file": upload})
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()
    return response, peak


def _file_errors(response):
    return [str(message) for message in response.context["form"].errors.get("file", [])]


BOMBS = {
    "decompression-bomb": (corpus.xlsx_bomb, "Regnearket fylder for meget, når det pakkes ud (over 16 MB)."),
    "compresses-too-well": (corpus.xlsx_compresses_too_well,
                            "Regnearket ligner ikke et almindeligt Excel-ark: en del af filen pakkes ud til"),
    "lying-zip-header": (corpus.xlsx_lying_header, "Filen er ikke et Excel-regneark (.xlsx)."),
}


@pytest.mark.parametrize("which", IMPORTS)
@pytest.mark.parametrize("bomb", BOMBS)
def test_a_bomb_is_refused_in_danish_with_bounded_memory(world, client, which, bomb):
    build, message = BOMBS[bomb]
    _login(client, world, which)
    before = database_state()
    response, peak = _post(client, world, which, build())
    assert response.status_code == 200
    errors = _file_errors(response)
    assert any(error.startswith(message) for error in errors), errors
    assert not changed_tables(before, database_state())
    assert peak < BOMB_PEAK_MB, f"{which}: refusing the {bomb} took {peak:.1f} MB"


@pytest.mark.parametrize("which", IMPORTS)
def test_a_valid_sheet_is_read_with_bounded_memory(world, client, which):
    """The yardstick for the bound above: a valid sheet passes the checks and is read."""
    _login(client, world, which)
    response, peak = _post(client, world, which)
    if which == "actions":
        assert response.status_code == 200 and response.context["token"], _file_errors(response)
    else:
        assert response.status_code == 302, _file_errors(response)
    assert peak < NORMAL_PEAK_MB, f"{which}: a valid import took {peak:.1f} MB"


def test_the_bomb_is_small_and_unpacks_to_much():
    """The bomb is what the tests above say it is: a small file with a huge member."""
    import io
    import zipfile

    content = corpus.xlsx_bomb()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        member = archive.getinfo("xl/sharedStrings.xml")
    assert len(content) < 100 * 1024
    assert member.file_size > 64 * 1024 * 1024
