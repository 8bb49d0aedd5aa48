"""Leadership prints "Det gør vi 2023": the PDF holds the whole plan in the printed order, as a
tagged PDF in Danish with the design system's fonts embedded."""

import re

import pytest

pytestmark = pytest.mark.django_db


def squeeze(text):
    """Text without whitespace, case-folded: line breaks and CSS capitals do not matter."""
    return re.sub(r"\s+", "", text).casefold()


@pytest.fixture(scope="module")
def reader(rendered_2023):
    return rendered_2023.reader


@pytest.fixture(scope="module")
def pages(reader):
    return reader.page_texts()


def test_every_pejlemaerke_action_and_project_of_the_seed_is_in_the_pdf(rendered_2023, pages):
    text = squeeze("\n".join(pages))
    missing = []
    pejlemaerker = {p["slug"]: p["name"] for p in _strategy(rendered_2023)["pejlemaerker"]}
    assert len(pejlemaerker) == 8
    for name in pejlemaerker.values():
        if squeeze(name) not in text:
            missing.append(name)
    actions = [action for texts in rendered_2023.texts["actions"].values() for action in texts]
    assert len(actions) == 30
    missing += [action for action in actions if squeeze(action) not in text]
    projects = rendered_2023.tables["projects"]
    assert len(projects) == 13
    missing += [project["title"] for project in projects if squeeze(project["title"]) not in text]
    assert not missing


def test_the_budget_table_totals_are_printed_in_danish_format(rendered_2023, pages):
    text = "\n".join(pages)
    budget = next(t for t in rendered_2023.tables["key_figure_tables"] if t["slug"] == "budget-2022")
    assert "72.453.217" in text
    for row in budget["rows"]:
        if row["level"] == 0:
            value = row["values"][0]
            printed = f"{abs(value):,}".replace(",", ".")
            assert ("\u2212" + printed if value < 0 else printed) in text, row["label"]


def test_sections_come_in_the_printed_order_each_pejlemaerke_on_its_own_page(rendered_2023, pages):
    def first_page(needle):
        return next(index for index, page in enumerate(pages) if squeeze(needle) in squeeze(page))

    cover = first_page("Strategi- og handlingsplan 2023")
    forord = first_page("I foråret 2022 havde vi i By- og Kulturudvalget")
    fokus = first_page("Odense Biblioteker og Borgerservice ønsker at være")
    partners = first_page("ADD-projektet")
    vision = first_page("sparringspartner i borgernes liv og udvikling")
    strategy = _strategy(rendered_2023)
    sections = [first_page(p["ambition"][-60:]) for p in strategy["pejlemaerker"]]
    projects = first_page("UPSCALE")
    budget = first_page("72.453.217")
    assert cover == 0
    assert cover < forord < fokus < partners < vision < sections[0]
    assert sections == sorted(set(sections)), "each pejlemærke starts a page of its own"
    assert sections[-1] < projects < budget
    assert len(pages) >= 20


def test_the_table_of_contents_gives_the_page_numbers(rendered_2023, pages):
    toc_index = next(i for i, page in enumerate(pages) if "INDHOLD" in page)
    toc = pages[toc_index]
    strategy = _strategy(rendered_2023)
    for pejlemaerke in strategy["pejlemaerker"]:
        ambition = squeeze(pejlemaerke["ambition"][-60:])
        page_number = next(i for i, page in enumerate(pages) if ambition in squeeze(page)) + 1
        match = re.search(re.escape(pejlemaerke["name"]) + r"[\s.]*?(\d+)\s*$", toc, re.M)
        assert match, pejlemaerke["name"]
        assert int(match[1]) == page_number, pejlemaerke["name"]


def test_running_header_and_page_numbers_on_every_page_but_the_cover(pages):
    for number, page in enumerate(pages[1:], start=2):
        assert "DET GØR VI 2023" in page
        assert re.search(rf"(^|\n){number}\s*$", page.strip()) or f"\n{number}\n" in page, number


def test_a_draft_is_marked_kladde_on_every_page(pages):
    assert all("KLADDE" in page for page in pages)


def test_the_pdf_is_tagged_in_danish_with_a_title(reader, rendered_2023):
    catalog = reader.text(reader.catalog)
    assert re.search(r"/StructTreeRoot\s+\d+ 0 R", catalog)
    assert "/Lang (da)" in catalog
    assert re.search(r"/MarkInfo\s*<<\s*/Marked true", catalog)
    assert "/DisplayDocTitle true" in catalog
    structure = reader.text(int(re.search(r"/StructTreeRoot\s+(\d+) 0 R", catalog)[1]))
    assert "/StructTreeRoot" in structure
    metadata = reader.streams[reader.ref(reader.catalog, "Metadata")].decode("utf-8")
    assert "Det gør vi 2023" in metadata
    assert "pdfuaid:part" in metadata or "pdfuaid" in metadata


def _structure_elements(reader):
    """(type, dictionary text) of every element of the structure tree."""
    return [(re.search(r"/S\s*/([A-Za-z0-9]+)", text)[1], text) for text in reader.objects.values()
            if re.search(r"/Type\s*/StructElem\b", text)]


def test_the_structure_tree_has_headings_tables_and_figures_with_alternative_text(reader):
    elements = _structure_elements(reader)
    kinds = {kind for kind, _text in elements}
    assert {"H1", "H2"} <= kinds, sorted(kinds)
    assert {"Table", "TR", "TH", "TD"} <= kinds, sorted(kinds)
    figures = [text for kind, text in elements if kind == "Figure"]
    assert figures, sorted(kinds)
    without_alt = [text[:200] for text in figures if not re.search(r"/Alt\s*[(<]", text)]
    assert not without_alt, without_alt


def test_fonts_are_embedded_and_come_with_the_project(reader):
    fonts = [text for text in reader.objects.values() if re.search(r"/Type\s*/FontDescriptor", text)]
    assert fonts
    assert all(re.search(r"/FontFile[23]?\s+\d+ 0 R", text) for text in fonts)
    assert any("IBM-Plex-Sans" in text for text in fonts)


def test_the_budget_and_e_resources_charts_are_drawn_as_svg(rendered_2023):
    html = rendered_2023.html
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg"') == 2
    assert "Budget 2022" in html


def test_photo_captions_are_shown_where_the_plan_has_them(rendered_2023, pages):
    text = squeeze("\n".join(pages))
    for photo in rendered_2023.texts["photo_captions"]:
        assert squeeze(photo["caption"]) in text


def test_the_html_is_the_source_of_the_pdf_and_names_no_owners(rendered_2023):
    html = rendered_2023.html
    assert '<html lang="da">' in html
    assert "plan-draft-mark" in html
    assert "Ansvarlig" not in html and "Statusnote" not in html


def _strategy(rendered):
    import json
    from pathlib import Path

    from django.conf import settings

    data = json.loads((Path(settings.BASE_DIR) / "fixtures" / "source" / "strategies.json").read_text("utf-8"))
    return next(s for s in data["strategies"] if s["slug"] == rendered.texts["strategy"])

