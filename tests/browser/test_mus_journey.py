"""A MUS round from start to finish, in four browsers: hanne (HR) creates and opens next year's
round, mia schedules her conversation with alice, alice prepares it, mia writes the summary and
marks it held, alice confirms it, and hanne's overview shows the progress in alice's unit
without any of the content. With the mouse, and with the keyboard alone."""

from django.utils import timezone

from hrtools.mus.models import Conversation, Round, Status
from tests.browser.conftest import announced, press_and_wait, tab_to

ANSWER = "Jeg er glad for arbejdet med læseklubberne."
SUMMARY = "Vi talte om læseklubberne og aftalte et kursus i facilitering."


def _year():
    return timezone.localdate().year + 1


def _hanne_sees_the_progress(hanne, round_):
    hanne.goto(f"/hr/mus/runder/{round_.pk}/")
    row = hanne.get_by_role("row", name="Team Nord")
    headers = hanne.locator("thead th").all_inner_texts()
    cells = row.get_by_role("cell").all_inner_texts()
    by_status = dict(zip(headers[1:], cells, strict=True))
    assert by_status["Opfølgning"] == "1"  # alice's, confirmed
    assert by_status["Ikke planlagt"] == "1"  # nina's
    assert by_status["I alt"] == "2"
    # Counts only: nothing alice or mia wrote is on HR's page.
    assert ANSWER not in hanne.content() and SUMMARY not in hanne.content()


def _conversation(round_, world):
    return Conversation.objects.get(round=round_, employee=world.alice)


def test_a_mus_round_from_opening_to_confirmed_summary(world, open_page):
    year = _year()
    hanne = open_page(user=world.hanne)
    hanne.goto("/hr/mus/")
    hanne.get_by_role("link", name="MUS-runder").click()
    hanne.get_by_role("link", name="Ny runde").click()
    hanne.locator("#id_year").fill(str(year))
    hanne.locator("#id_name").fill(f"MUS {year}")
    hanne.locator("#id_period_start").fill(f"{year}-01-01")
    hanne.locator("#id_period_end").fill(f"{year}-12-12")
    hanne.get_by_label("Skabelon").select_option(label="MUS-skabelon")
    hanne.get_by_role("button", name="Opret runde").click()
    hanne.get_by_role("button", name="Åbn runden").click()
    announced(hanne, "Runden er åbnet: 7 nye samtaler oprettet")
    round_ = Round.objects.get(year=year)

    mia = open_page(user=world.mia)
    mia.goto("/")
    mia.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="MUS").click()
    mia.get_by_role("link", name="Mine medarbejderes samtaler").click()
    mia.get_by_role("link", name="Planlæg Alice Testesen").click()
    mia.get_by_label("Dato").fill(f"{year}-06-06")
    mia.get_by_label("Klokkeslæt").fill("10:00")
    mia.get_by_label("Sted").fill("Mødelokale 2, Nordhuset")
    mia.get_by_role("button", name="Planlæg og send invitation").click()
    announced(mia, "Samtalen er planlagt")

    alice = open_page(user=world.alice)
    alice.goto("/hr/mus/")
    alice.get_by_role("link", name=f"MUS {year}").click()
    alice.get_by_role("link", name="Forbered samtalen").click()
    alice.get_by_label("Hvad er du glad for?").fill(ANSWER)
    alice.get_by_role("button", name="Gem forberedelsen").click()
    announced(alice, "Din forberedelse er gemt.")
    alice.get_by_role("button", name="Markér min forberedelse som færdig").click()
    announced(alice, "markeret som færdig")

    mia.get_by_role("link", name="Skriv referat og markér som afholdt").click()
    mia.get_by_label("Referat").fill(SUMMARY)
    mia.get_by_role("button", name="Gem og markér samtalen som afholdt").click()
    announced(mia, "Samtalen er markeret som afholdt")
    assert ANSWER in mia.content()  # alice's preparation, now that the meeting is held

    alice.goto(_conversation(round_, world).get_absolute_url())
    assert SUMMARY in alice.locator(".obb-panel").inner_text()
    alice.get_by_label("Jeg bekræfter referatet", exact=True).check()
    alice.get_by_role("button", name="Send mit svar").click()
    announced(alice, "Dit svar på referatet er gemt.")

    assert _conversation(round_, world).status == Status.FOLLOW_UP
    _hanne_sees_the_progress(hanne, round_)


def _type_date(page, day_and_month, year):
    """Type a date into a focused date field; day and month are equal, so the order of the
    field's segments does not matter."""
    page.keyboard.type(f"{day_and_month:02d}{day_and_month:02d}{year}")


def test_the_same_round_with_the_keyboard_alone(world, open_page):
    year = _year()
    hanne = open_page(user=world.hanne)
    hanne.goto("/hr/mus/")
    tab_to(hanne, "MUS-runder", tag="a")
    press_and_wait(hanne, "Enter", "/runder/")
    tab_to(hanne, "Ny runde", tag="a")
    press_and_wait(hanne, "Enter", "/runder/ny/")
    tab_to(hanne, "År", tag="input")
    hanne.keyboard.press("Control+A")
    hanne.keyboard.type(str(year))
    hanne.keyboard.press("Tab")
    hanne.keyboard.type(f"MUS {year}")
    hanne.keyboard.press("Tab")
    _type_date(hanne, 1, year)
    tab_to(hanne, "Perioden slutter", tag="input")
    _type_date(hanne, 12, year)
    tab_to(hanne, "Skabelon", tag="select")
    hanne.keyboard.press("ArrowDown")  # from "---------" to the only active template
    tab_to(hanne, "Opret runde", tag="button")
    press_and_wait(hanne, "Enter")
    tab_to(hanne, "Åbn runden", tag="button")
    press_and_wait(hanne, "Enter")
    announced(hanne, "Runden er åbnet: 7 nye samtaler oprettet")
    round_ = Round.objects.get(year=year)
    assert round_.opened_at is not None and round_.period_end.day == 12

    mia = open_page(user=world.mia)
    mia.goto("/hr/mus/")
    tab_to(mia, "Mine medarbejderes samtaler", tag="a")
    press_and_wait(mia, "Enter", "/mine-medarbejdere/")
    tab_to(mia, "Planlæg Alice Testesen", tag="a")
    press_and_wait(mia, "Enter", "/planlaeg/")
    tab_to(mia, "Dato", tag="input")
    _type_date(mia, 6, year)
    tab_to(mia, "Klokkeslæt", tag="input")  # Tab first walks through the date's own segments
    mia.keyboard.type("1000")
    if mia.locator("#id_time").input_value() != "10:00":  # a 12-hour clock asks for AM/PM
        mia.keyboard.type("A")
    tab_to(mia, "Sted", tag="input")
    mia.keyboard.type("Mødelokale 2, Nordhuset")
    tab_to(mia, "Planlæg og send invitation", tag="button")
    press_and_wait(mia, "Enter")
    announced(mia, "Samtalen er planlagt")
    conversation = _conversation(round_, world)
    assert timezone.localtime(conversation.scheduled_at).hour == 10

    alice = open_page(user=world.alice)
    alice.goto("/hr/mus/")
    tab_to(alice, f"MUS {year}", tag="a")
    press_and_wait(alice, "Enter", "/samtaler/")
    tab_to(alice, "Forbered samtalen", tag="a")
    press_and_wait(alice, "Enter", "/forberedelse/")
    tab_to(alice, "Hvad er du glad for?", tag="textarea")
    alice.keyboard.type(ANSWER)
    tab_to(alice, "Gem forberedelsen", tag="button")
    press_and_wait(alice, "Enter")
    tab_to(alice, "Markér min forberedelse som færdig", tag="button")
    press_and_wait(alice, "Enter")
    announced(alice, "markeret som færdig")

    mia.goto(conversation.get_absolute_url())
    tab_to(mia, "Skriv referat og markér som afholdt", tag="a")
    press_and_wait(mia, "Enter", "/referat/")
    tab_to(mia, "Referat", tag="textarea")
    mia.keyboard.type(SUMMARY)
    tab_to(mia, "Gem og markér samtalen som afholdt", tag="button")
    press_and_wait(mia, "Enter")
    announced(mia, "Samtalen er markeret som afholdt")

    alice.goto(conversation.get_absolute_url())
    tab_to(alice, "Jeg bekræfter referatet", tag="input", exact=True)
    alice.keyboard.press("Space")
    assert alice.get_by_label("Jeg bekræfter referatet", exact=True).is_checked()
    tab_to(alice, "Send mit svar", tag="button")
    press_and_wait(alice, "Enter")
    announced(alice, "Dit svar på referatet er gemt.")

    assert _conversation(round_, world).status == Status.FOLLOW_UP
    _hanne_sees_the_progress(hanne, round_)
