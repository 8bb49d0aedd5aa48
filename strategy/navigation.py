"""The strategy app's menu items and front-page panels."""


def register():
    pass
