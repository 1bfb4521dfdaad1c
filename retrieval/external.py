"""Moved to evaluation.external; this alias stays only until expertglm/ imports from there."""

from evaluation.external import *  # noqa: F401,F403
