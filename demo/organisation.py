"""What the loaders share, and the order they run in.

Each loader is a `load(demo)` function in a module of this package; they run in LOADERS order inside one
transaction, foundations first, and find the users, teams and whatever earlier loaders put in `extra`. Every
loader is safe to run again: it looks before it creates.
"""

from dataclasses import dataclass, field

from django.core.management.base import BaseCommand
from django.db import transaction

from . import (
    analysekader,
    buddy,
    casuistiek,
    colleagues,
    cycles,
    goals,
    home,
    intervisie,
    leeragenda,
    leergang,
    notices,
    people,
    ratings,
    samenleerwijzer,
)

LOADERS = [
    people.load,
    notices.load,
    analysekader.load,
    goals.load,
    home.load,
    leergang.load,
    casuistiek.load,
    buddy.load,
    intervisie.load,
    cycles.load,  # after intervisie: a cycle is brought into a session of a demo group
    ratings.load,
    samenleerwijzer.load,
    leeragenda.load,
    colleagues.load,
]


@dataclass
class DemoOrganisation:
    command: BaseCommand
    users: dict = field(default_factory=dict)
    teams: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    def log(self, message):
        self.command.stdout.write(f"  - {message}")


def load_all(command: BaseCommand) -> DemoOrganisation:
    demo = DemoOrganisation(command=command)
    with transaction.atomic():
        for load in LOADERS:
            load(demo)
    return demo
