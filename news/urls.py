unlocalized_urlpatterns = []
urlpatterns = []
