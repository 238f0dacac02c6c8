"""The app factory, its settings from the environment, wsgi.py and `careers-bot serve`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from careers_bot import config, create_app
from careers_bot.cli import main
from careers_bot.knowledge import KnowledgeError

REAL_KEY = "k" * 40


def test_laptop_defaults_run_in_development_with_a_random_key() -> None:
    settings = config.settings({})
    assert settings["ENV"] == "development"
    assert len(settings["SECRET_KEY"]) >= 32
    assert settings["SECRET_KEY_GENERATED"]
    assert settings["SESSION_COOKIE_SECURE"] is False
    assert config.settings({})["SECRET_KEY"] != settings["SECRET_KEY"]


def test_production_without_a_secret_key_refuses_and_says_how_to_set_one() -> None:
    with pytest.raises(config.ConfigError) as raised:
        config.settings({"CAREERS_BOT_ENV": "production"})
    assert "CAREERS_BOT_SECRET_KEY" in str(raised.value)
    assert "secrets.token_hex" in str(raised.value)


@pytest.mark.parametrize("key", ["short", "change-me", "dev"])
def test_production_refuses_a_short_or_placeholder_key(key: str) -> None:
    with pytest.raises(config.ConfigError, match="too short or a placeholder"):
        config.settings({"CAREERS_BOT_ENV": "production", "CAREERS_BOT_SECRET_KEY": key})


def test_production_with_a_real_key_uses_it_and_secure_cookies() -> None:
    settings = config.settings({"CAREERS_BOT_ENV": "production", "CAREERS_BOT_SECRET_KEY": REAL_KEY})
    assert settings["SECRET_KEY"] == REAL_KEY
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["SESSION_COOKIE_HTTPONLY"] is True
    assert settings["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_an_unknown_environment_name_is_refused() -> None:
    with pytest.raises(config.ConfigError, match="CAREERS_BOT_ENV must be one of"):
        config.settings({"CAREERS_BOT_ENV": "staging"})


def test_settings_are_read_from_the_environment_into_their_types() -> None:
    settings = config.settings(
        {
            "CAREERS_BOT_KIOSK": "yes",
            "CAREERS_BOT_TRUSTED_PROXIES": "1",
            "CAREERS_BOT_CHAT_RATE_LIMIT": "10 per minute",
            "CAREERS_BOT_PUBLIC_URL": "https://careers.example.org",
        }
    )
    assert settings["KIOSK"] is True
    assert settings["TRUSTED_PROXIES"] == 1
    assert settings["CHAT_RATE_LIMIT"] == "10 per minute"
    assert settings["PUBLIC_URL"] == "https://careers.example.org"


def test_kiosk_mode_and_its_timings_are_read_from_the_environment() -> None:
    settings = config.settings(
        {
            "CAREERS_BOT_KIOSK": "1",
            "CAREERS_BOT_KIOSK_IDLE_SECONDS": "60",
            "CAREERS_BOT_KIOSK_WARNING_SECONDS": "20",
        }
    )
    assert settings["KIOSK"] is True
    assert settings["KIOSK_IDLE_SECONDS"] == 60
    assert settings["KIOSK_WARNING_SECONDS"] == 20
    assert config.settings({})["KIOSK_IDLE_SECONDS"] == 90


@pytest.mark.parametrize("value", ["soon", "0", "-5", "1.5"])
def test_kiosk_timings_must_be_whole_seconds(value: str) -> None:
    with pytest.raises(config.ConfigError, match="CAREERS_BOT_KIOSK_IDLE_SECONDS"):
        config.settings({"CAREERS_BOT_KIOSK_IDLE_SECONDS": value})


def test_a_setting_that_does_not_parse_is_named() -> None:
    with pytest.raises(config.ConfigError, match="CAREERS_BOT_TRUSTED_PROXIES"):
        config.settings({"CAREERS_BOT_TRUSTED_PROXIES": "two"})


def test_overrides_win_over_the_environment() -> None:
    settings = config.settings({"CAREERS_BOT_KIOSK": "1"}, {"KIOSK": False})
    assert settings["KIOSK"] is False


def test_testing_needs_no_secret_key_even_in_production() -> None:
    settings = config.settings({"CAREERS_BOT_ENV": "production"}, {"TESTING": True})
    assert settings["SECRET_KEY"]


def test_create_app_stops_with_the_knowledge_problems(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as raised:
        create_app({"TESTING": True, "KNOWLEDGE_DIR": str(tmp_path)})
    assert "roles.yaml" in str(raised.value)


def test_create_app_stops_without_a_secret_key_in_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERS_BOT_ENV", "production")
    monkeypatch.delenv("CAREERS_BOT_SECRET_KEY", raising=False)
    with pytest.raises(config.ConfigError):
        create_app()


def test_serve_prints_the_address_and_runs_waitress(monkeypatch: pytest.MonkeyPatch) -> None:
    served: dict[str, Any] = {}

    def fake_serve(app: object, **options: Any) -> None:
        served.update(options, app=app)

    monkeypatch.setattr("waitress.serve", fake_serve)
    monkeypatch.delenv("CAREERS_BOT_ENV", raising=False)
    result = CliRunner().invoke(main, ["serve", "--port", "8123", "--kiosk"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert "kiosk mode" in result.output
    assert served["port"] == 8123 and served["host"] == "127.0.0.1"
    assert served["app"].config["KIOSK"] is True


def test_serve_explains_a_missing_secret_key_in_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERS_BOT_ENV", "production")
    monkeypatch.delenv("CAREERS_BOT_SECRET_KEY", raising=False)
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 1
    assert "CAREERS_BOT_SECRET_KEY" in result.output


def test_serve_explains_knowledge_problems(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--knowledge", str(tmp_path)])
    assert result.exit_code == 1
    assert "The knowledge base has" in result.output


def test_wsgi_runs_in_production_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    monkeypatch.delenv("CAREERS_BOT_ENV", raising=False)
    monkeypatch.delenv("CAREERS_BOT_SECRET_KEY", raising=False)
    sys.modules.pop("wsgi", None)
    with pytest.raises(config.ConfigError):
        importlib.import_module("wsgi")
