app_name = "mus"

urlpatterns = []
