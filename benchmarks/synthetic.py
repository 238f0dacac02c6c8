"""A synthetic knowledge base N times the size of the bundled one, for scaling benchmarks.

Each copy renames every record and adds made-up words to its phrasings, so the vocabulary and the
indexes grow as they would with real content, not just repeat.
"""

from __future__ import annotations

from dataclasses import replace

from careers_bot.knowledge.model import KnowledgeBase


def scaled(kb: KnowledgeBase, times: int) -> KnowledgeBase:
    """The knowledge base with every role, apprenticeship, route, service, FAQ and synonym copied `times` times."""
    roles, apprenticeships, routes, services, faqs, synonyms = [], [], [], [], [], []
    for copy in range(times):

        def rid(record_id: str, copy: int = copy) -> str:
            return record_id if copy == 0 else f"{record_id}-copy-{copy}"

        def word(n: int, copy: int = copy) -> str:
            return "" if copy == 0 else f" zq{copy}w{n}"

        roles += [replace(r, id=rid(r.id), title=r.title + word(i)) for i, r in enumerate(kb.roles)]
        apprenticeships += [
            replace(a, id=rid(a.id), roles=tuple(rid(r) for r in a.roles)) for a in kb.apprenticeships
        ]
        routes += [
            replace(
                r,
                id=rid(r.id),
                from_role=rid(r.from_role),
                to_role=rid(r.to_role),
                apprenticeship=rid(r.apprenticeship) if r.apprenticeship else None,
            )
            for r in kb.routes
        ]
        services += [
            replace(s, id=rid(s.id), replaced_by=rid(s.replaced_by) if s.replaced_by else None)
            for s in kb.services
        ]
        faqs += [
            replace(
                f,
                id=rid(f.id),
                phrasings=tuple(p + word(i * 10 + j) for j, p in enumerate(f.phrasings)),
                follow_ups=tuple(rid(x) for x in f.follow_ups),
                roles=tuple(rid(x) for x in f.roles),
                services=tuple(rid(x) for x in f.services),
            )
            for i, f in enumerate(kb.faqs)
        ]
        synonyms += [
            replace(s, id=rid(s.id), words=tuple(w + word(i) for w in s.words) if copy else s.words)
            for i, s in enumerate(kb.synonyms)
        ]
    return replace(
        kb,
        roles=tuple(roles),
        apprenticeships=tuple(apprenticeships),
        routes=tuple(routes),
        services=tuple(services),
        faqs=tuple(faqs),
        synonyms=tuple(synonyms),
    )
