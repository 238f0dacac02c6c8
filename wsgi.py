"""The app for a WSGI server, e.g. `gunicorn wsgi:app` or `waitress-serve wsgi:app`.

A WSGI server means a real deployment, so this runs in production mode unless CAREERS_BOT_ENV says
otherwise: the app refuses to start without CAREERS_BOT_SECRET_KEY (see README.md).
"""

import os

from careers_bot import create_app

os.environ.setdefault("CAREERS_BOT_ENV", "production")
app = create_app()
