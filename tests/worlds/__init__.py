"""Each area of the app adds its own objects to the shared test world (see tests/conftest.py):
a module here with `build(world)` that creates them and stores them on `world.extra`."""

from tests.worlds import competences, followup, mus, onboarding_recruitment, staffstats, strategy

BUILDERS = [strategy.build, competences.build, staffstats.build, onboarding_recruitment.build, mus.build,
            followup.build]
