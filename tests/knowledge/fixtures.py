"""A tiny, valid knowledge base as data, for tests that break one thing at a time."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

REVIEWED = "2026-11-01"
SOURCE = "Test fixture"

MINIMAL: dict[str, list[dict[str, Any]]] = {
    "levels": [
        {
            "id": "level-2",
            "level": 2,
            "name": "Level 2",
            "like": "GCSEs",
            "summary": "You learn the basics of a job.",
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "roles": [
        {
            "id": "care-worker",
            "title": "Care worker",
            "sector": "social-care",
            "summary": "You help people with everyday life.",
            "day_to_day": "You help people get up.",
            "settings": ["care-home"],
            "entry_routes": ["direct"],
            "you_need": "Kindness.",
            "you_do_not_need": "Qualifications.",
            "pay": {"summary": "About £12.60 an hour.", "as_of": "2025-12", "source": SOURCE},
            "no_qualifications_needed": True,
            "entry_role": True,
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
        {
            "id": "senior-care-worker",
            "title": "Senior care worker",
            "sector": "social-care",
            "summary": "You lead a shift.",
            "day_to_day": "You guide the team.",
            "settings": ["care-home"],
            "entry_routes": ["apprenticeship"],
            "you_need": "Experience.",
            "you_do_not_need": "A degree.",
            "pay": {"summary": "About £12.75 an hour.", "as_of": "2024-12", "source": SOURCE},
            "senior": True,
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "apprenticeships": [
        {
            "id": "lead-adult-care-worker",
            "name": "Lead Adult Care Worker",
            "level": 3,
            "reference": "ST0006",
            "duration": "about 18 months",
            "entry_requirements": "A job in care.",
            "summary": "You learn to lead care.",
            "roles": ["senior-care-worker"],
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "routes": [
        {
            "id": "care-worker-to-senior-care-worker",
            "from_role": "care-worker",
            "to_role": "senior-care-worker",
            "via": "Experience.",
            "apprenticeship": "lead-adult-care-worker",
            "typical_time": "1 to 2 years",
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "services": [
        {
            "id": "skills-for-care",
            "name": "Skills for Care",
            "organisation": "Skills for Care",
            "description": "Help for care employers.",
            "audiences": ["provider"],
            "topics": ["training"],
            "areas": ["national"],
            "status": "active",
            "url": "https://www.skillsforcare.org.uk",
            "phone": "0113 245 1716",
            "email": "info@skillsforcare.org.uk",
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
        {
            "id": "old-hub",
            "name": "Old hub",
            "organisation": "Old partnership",
            "description": "A hub that closed.",
            "audiences": ["provider"],
            "topics": ["business-growth"],
            "areas": ["charnwood"],
            "status": "closed",
            "replaced_by": "skills-for-care",
            "closed_note": "It closed in 2024.",
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "faqs": [
        {
            "id": "do-i-need-qualifications",
            "question": "Do I need qualifications?",
            "phrasings": [
                "do i need qualifications",
                "no gcses can i work in care",
                "qualifications for care",
            ],
            "answer": "No. Your employer trains you.",
            "roles": ["care-worker"],
            "services": ["skills-for-care"],
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "synonyms": [
        {
            "id": "care-worker",
            "term": "care worker",
            "words": ["carer", "care assistant"],
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "areas": [
        {
            "id": "charnwood",
            "name": "Charnwood",
            "council": "Leicestershire County Council",
            "towns": ["Loughborough"],
            "adult_social_care": "skills-for-care",
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
    "flows": [
        {
            "id": "student",
            "title": "I'm at school",
            "audience": "student",
            "intro": "Great.",
            "steps": [
                {
                    "id": "interest",
                    "ask": "What do you enjoy?",
                    "slot": "interest",
                    "options": [{"label": "Helping people", "value": "helping-people"}],
                }
            ],
            "outcome": "suggest-roles",
            "faqs": ["do-i-need-qualifications"],
            "reviewed": REVIEWED,
            "source": SOURCE,
        },
    ],
}


def minimal() -> dict[str, list[dict[str, Any]]]:
    """A fresh copy of the minimal knowledge base, safe to change."""
    return copy.deepcopy(MINIMAL)


def write(folder: Path, data: dict[str, list[dict[str, Any]]]) -> Path:
    """Write each kind to its YAML file in a folder, and return the folder."""
    for kind, records in data.items():
        (folder / f"{kind}.yaml").write_text(yaml.safe_dump(records, sort_keys=False), encoding="utf-8")
    return folder
