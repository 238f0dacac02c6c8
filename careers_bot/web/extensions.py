"""The Flask extensions, made once and bound to each app in the factory."""

from __future__ import annotations

from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
