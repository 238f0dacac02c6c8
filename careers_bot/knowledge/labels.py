"""Everyday words for the fixed values in the knowledge base (sectors, settings, topics, ...)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "sector": {"social-care": "Social care", "health": "Health (NHS and others)"},
    "setting": {
        "care-home": "Care homes",
        "peoples-homes": "People's own homes",
        "supported-living": "Supported living",
        "day-centre": "Day centres",
        "community": "In the community",
        "hospital": "Hospitals",
        "gp-surgery": "GP surgeries",
        "pharmacy": "Pharmacies",
        "ambulance": "Ambulance service",
        "office": "Offices",
    },
    "entry_route": {
        "direct": "Apply for a job straight away",
        "apprenticeship": "An apprenticeship (paid work while you learn)",
        "college": "A college course",
        "university": "A university degree",
        "t-level": "A T Level (at 16 to 18)",
        "volunteering": "Volunteering first",
        "traineeship": "A traineeship or pre-employment course",
    },
    "audience": {
        "student": "Students and young people",
        "jobseeker": "Jobseekers",
        "career-changer": "Career changers",
        "provider": "Care providers and employers",
    },
    "topic": {
        "careers-advice": "Careers advice",
        "jobs": "Finding a job",
        "apprenticeships": "Apprenticeships",
        "training": "Training and qualifications",
        "funding": "Funding",
        "recruitment": "Recruiting staff",
        "retention": "Keeping staff",
        "business-growth": "Business growth",
        "wellbeing": "Wellbeing",
        "urgent-help": "Urgent help",
    },
}


def label(value: object, kind: str) -> str:
    """The everyday words for a value of this kind (the value itself if there are none)."""
    text = str(value)
    return LABELS.get(kind, {}).get(text, text.replace("-", " ").capitalize())
