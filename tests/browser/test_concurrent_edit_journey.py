"""mia and lea edit the same action at the same time, each in their own browser. lea saves
first; mia's save is refused with a Danish message, and the text she typed is still in the form.
With the mouse, and with the keyboard alone."""

from playwright.sync_api import expect

from tests.browser.conftest import announced, expect_status, press_and_wait, tab_to

LEA_TEXT = "OBB afvikler et tværgående værtskabskursus for alle nye medarbejdere"
MIA_TEXT = "OBB afvikler to værtskabskurser, et forår og et efterår"
REFUSAL = "Handlingen er blevet ændret af en anden, mens du redigerede den."


def _both_open_the_form(world, open_page):
    edit = f"/strategi/handlinger/{world.action_a.pk}/rediger/"
    mia, lea = open_page(user=world.mia), open_page(user=world.lea)
    for page in (mia, lea):
        page.goto(f"/strategi/handlinger/{world.action_a.pk}/")
    expect_status(mia, edit)  # the refused save answers 409 Conflict
    return mia, lea


def _mia_is_refused_and_keeps_her_text(world, mia):
    alert = mia.get_by_role("alert")
    expect(alert).to_contain_text(REFUSAL)
    assert "din tekst er bevaret" in alert.inner_text()
    assert mia.locator("#id_text").input_value() == MIA_TEXT
    # What lea changed is shown beside the form, and the stored action is lea's.
    assert LEA_TEXT in mia.get_by_role("region", name="Ændret i mellemtiden").inner_text()
    world.action_a.refresh_from_db()
    assert world.action_a.text == LEA_TEXT


def test_the_later_save_is_refused_and_the_text_kept(world, open_page):
    mia, lea = _both_open_the_form(world, open_page)
    for page in (mia, lea):
        page.get_by_role("link", name="Rediger").click()

    lea.locator("#id_text").fill(LEA_TEXT)
    lea.get_by_role("button", name="Gem ændringer").click()
    announced(lea, "Handlingen er gemt.")

    mia.locator("#id_text").fill(MIA_TEXT)
    mia.get_by_role("button", name="Gem ændringer").click()
    _mia_is_refused_and_keeps_her_text(world, mia)


def _edit_with_keyboard(page, text):
    tab_to(page, "Rediger", tag="a", exact=True)
    press_and_wait(page, "Enter", "/rediger/")
    tab_to(page, "Handling", tag="textarea")
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def _save_with_keyboard(page):
    tab_to(page, "Gem ændringer", tag="button", exact=True)
    press_and_wait(page, "Enter")


def test_the_same_with_the_keyboard_alone(world, open_page):
    mia, lea = _both_open_the_form(world, open_page)
    _edit_with_keyboard(mia, MIA_TEXT)
    _edit_with_keyboard(lea, LEA_TEXT)
    _save_with_keyboard(lea)
    announced(lea, "Handlingen er gemt.")
    _save_with_keyboard(mia)
    _mia_is_refused_and_keeps_her_text(world, mia)
