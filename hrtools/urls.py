app_name = "hrtools"

urlpatterns = []
