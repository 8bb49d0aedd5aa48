app_name = "competences"

urlpatterns = []
