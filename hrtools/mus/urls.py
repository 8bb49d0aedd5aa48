from django.urls import path

from hrtools.mus import views

app_name = "mus"

urlpatterns = [
    path("", views.index, name="index"),
    path("mine-medarbejdere/", views.team, name="team"),
    # HR: rounds and templates; HR and leadership: completion (numbers only)
    path("runder/", views.rounds, name="rounds"),
    path("runder/ny/", views.round_add, name="round_add"),
    path("runder/<int:pk>/", views.round_detail, name="round"),
    path("runder/<int:pk>/aabn/", views.round_open, name="round_open"),
    path("skabeloner/", views.templates, name="templates"),
    path("skabeloner/ny/", views.template_add, name="template_add"),
    path("skabeloner/<int:pk>/", views.template_detail, name="template"),
    path("skabeloner/<int:pk>/spoergsmaal/nyt/", views.question_add, name="question_add"),
    path("spoergsmaal/<int:pk>/", views.question_edit, name="question_edit"),
    path("spoergsmaal/<int:pk>/fjern/", views.question_delete, name="question_delete"),
    # One conversation: the employee and the manager who holds it (HR when shared)
    path("samtaler/<int:pk>/", views.conversation_detail, name="conversation"),
    path("samtaler/<int:pk>/planlaeg/", views.schedule, name="schedule"),
    path("samtaler/<int:pk>/kalender.ics", views.calendar, name="ics"),
    path("samtaler/<int:pk>/forberedelse/", views.prepare, name="prepare"),
    path("samtaler/<int:pk>/forberedt/", views.prepared, name="prepared"),
    path("samtaler/<int:pk>/referat/", views.summary, name="summary"),
    path("samtaler/<int:pk>/svar/", views.respond, name="respond"),
    path("samtaler/<int:pk>/deling/", views.share, name="share"),
    path("samtaler/<int:pk>/afslut/", views.close, name="close"),
    path("samtaler/<int:pk>/historik/", views.history, name="history"),
    path("samtaler/<int:pk>/maal/nyt/", views.goal_add, name="goal_add"),
    path("maal/<int:pk>/", views.goal_edit, name="goal_edit"),
    path("maal/<int:pk>/opfoelgning/", views.goal_follow_up, name="goal_follow_up"),
]
