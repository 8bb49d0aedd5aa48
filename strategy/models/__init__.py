from strategy.models.actions import Action, Goal, ProgressNote
from strategy.models.keyfigures import KeyFigureRow, KeyFigureTable
from strategy.models.periods import Pejlemaerke, Priority, StrategyPeriod, Value
from strategy.models.plans import Foreword, Partner, PhotoCaption, Plan, Project

__all__ = [
    "Action",
    "Foreword",
    "Goal",
    "KeyFigureRow",
    "KeyFigureTable",
    "Partner",
    "Pejlemaerke",
    "PhotoCaption",
    "Plan",
    "Priority",
    "ProgressNote",
    "Project",
    "StrategyPeriod",
    "Value",
]
