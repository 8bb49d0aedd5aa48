app_name = "staffstats"

urlpatterns = []
