"""Configuration read once from the environment and handed to the parts that need it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.connect import StoreSettings


@dataclass(frozen=True)
class Settings:
    """Everything configurable; all state lives under `home` (EXPERTGLM_HOME, default ~/.expertglm)."""

    store: StoreSettings

    @property
    def home(self) -> Path:
        return self.store.home

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        return cls(store=StoreSettings.from_env(dict(os.environ if env is None else env)))
