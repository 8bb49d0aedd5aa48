"""The one way the intranet sends a file: every download says what it is and may not be sniffed
as anything else, and one that holds HR data is kept by no cache (a shared computer's browser
cache, a proxy) once it has been shown."""

from django.http import HttpResponse

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download_response(content, *, filename, content_type, hr_data, inline=False):
    """An HttpResponse with `content` as the file `filename`. `hr_data` is a required choice:
    True for anything about members of staff (MUS, competences, personaleregnskab, recruitment,
    onboarding), False for the plan and other documents anyone with the link may keep."""
    response = HttpResponse(content, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    if hr_data:
        response["Cache-Control"] = "private, no-store"
    return response


def export_response(export, *, hr_data, inline=False):
    """The response for an exporter's `Export` (filename, content type, content)."""
    return download_response(export.content, filename=export.filename, content_type=export.content_type,
                             hr_data=hr_data, inline=inline)
