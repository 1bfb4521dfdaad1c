"""The HTTP service: app factory (`app.py`), gate (`gate.py`), OpenAI-compatible routes (`chat.py`), error
mapping (`errors.py`), running (`run.py`)."""

from expertglm.server.app import create_app, thread_safe
from expertglm.server.gate import TokenBucket
from expertglm.server.run import app_from_settings, running, serve

__all__ = ["TokenBucket", "app_from_settings", "create_app", "running", "serve", "thread_safe"]
