"""A message after an action (saved, refused) carries its kind's icon, so the alert's space
for an icon is never an empty gap."""

import re

from django.urls import reverse


def test_a_success_message_has_its_icon(world, login):
    back = reverse("strategy:action_detail", args=[world.action_a.pk])
    response = login(world.mia).post(reverse("strategy:action_status", args=[world.action_a.pk]),
                                     {"status": "i_gang", "version": 1, "next": back}, follow=True)
    assert response.status_code == 200
    alert = re.search(r'<div class="alert alert-success" role="status">(.*?)</div>\s*</div>',
                      response.content.decode(), re.S).group(1)
    assert 'class="icon-svg alert-icon"' in alert and "#success" in alert
    assert "Status for handlingen er nu I gang." in alert


def test_an_error_message_has_its_icon(world, login):
    back = reverse("strategy:action_detail", args=[world.action_a.pk])
    response = login(world.mia).post(reverse("strategy:action_status", args=[world.action_a.pk]),
                                     {"status": "slettet", "version": 1, "next": back}, follow=True)
    assert response.status_code == 200
    alert = re.search(r'<div class="alert alert-error" role="alert">(.*?)</div>\s*</div>',
                      response.content.decode(), re.S).group(1)
    assert "#error" in alert and "Vælg en gyldig status." in alert
