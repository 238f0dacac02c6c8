"""The progression map: roles laid out in columns by career stage, routes drawn between them.

A small layered ("Sugiyama") layout, computed once per knowledge base (and once for each job's own
small map): break cycles, give each role a column by the longest chain of steps that leads to it, put
a waypoint in every column a long route crosses, order each column to cut crossings, then place boxes
from the top of each column and draw smooth curves. The template turns the result into SVG; nothing
here knows about HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from careers_bot.knowledge.model import KnowledgeBase, Route

# The map is drawn at its own size (it scrolls sideways, never shrinks), so these are CSS pixels: a
# title is 16px text (site.css), about 9.5px a character in bold, so 17 characters fit a 190px box.
NODE_WIDTH = 190
LINE_HEIGHT = 20
NODE_PADDING = 12
COLUMN_GAP = 56
WAYPOINT_HEIGHT = 22
ROW_GAP = 16
MARGIN = 24
WRAP_AT = 17  # characters per line of a role's title inside its box
ORDERING_SWEEPS = 8
BADGE_RADIUS = 10
BADGE_OFFSET = 26  # from the arrowheads, so both stay visible


@dataclass(frozen=True)
class MapNode:
    """A role's box: where it sits and the lines of its title."""

    role_id: str
    sector: str
    lines: tuple[str, ...]
    x: float
    y: float
    width: float
    height: float
    column: int

    @property
    def text_x(self) -> float:
        """Where the title's lines are centred."""
        return self.x + self.width / 2

    def line_ys(self) -> tuple[float, ...]:
        """The baseline of each line of the title."""
        top = self.y + (self.height - LINE_HEIGHT * len(self.lines)) / 2
        return tuple(top + LINE_HEIGHT * (i + 1) - 5 for i in range(len(self.lines)))


@dataclass(frozen=True)
class MapEdge:
    """A route drawn as a curve, with the apprenticeship level (if any) on a badge."""

    route_id: str
    from_role: str
    to_role: str
    path: str
    level: int | None
    badge: tuple[float, float] | None  # where the level is marked, if this route carries the mark


@dataclass(frozen=True)
class PathwayMap:
    """Everything the template needs to draw the map."""

    width: float
    height: float
    columns: int
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]


def wrap(title: str, width: int = WRAP_AT) -> tuple[str, ...]:
    """Split a title into short lines at spaces."""
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return tuple(lines) or ("",)


def _acyclic(role_ids: list[str], routes: tuple[Route, ...]) -> set[str]:
    """The ids of routes that close a cycle (found depth first, in file order)."""
    out: dict[str, list[Route]] = {r: [] for r in role_ids}
    for route in routes:
        out[route.from_role].append(route)
    back: set[str] = set()
    colour: dict[str, int] = {}

    def visit(role: str) -> None:
        colour[role] = 1
        for route in out[role]:
            seen = colour.get(route.to_role)
            if seen == 1:
                back.add(route.id)
            elif seen is None:
                visit(route.to_role)
        colour[role] = 2

    for role in role_ids:
        if role not in colour:
            visit(role)
    return back


def _crossings(upper: list[str], lower: list[str], segments: list[tuple[str, str]]) -> int:
    up = {item: i for i, item in enumerate(upper)}
    low = {item: i for i, item in enumerate(lower)}
    pairs = sorted((up[a], low[b]) for a, b in segments)
    return sum(1 for i, (_, b1) in enumerate(pairs) for _, b2 in pairs[i + 1 :] if b2 < b1)


def layout(kb: KnowledgeBase, routes: tuple[Route, ...] | None = None) -> PathwayMap:
    """Lay out every role and route of the knowledge base, or only these routes and the roles they join."""
    if routes is None:
        routes, role_ids = kb.routes, [r.id for r in kb.roles]
    else:
        joined = {r.from_role for r in routes} | {r.to_role for r in routes}
        role_ids = [r.id for r in kb.roles if r.id in joined]
    back = _acyclic(role_ids, routes)
    # Each route as (low, high) in column order: a route that closes a cycle is turned round.
    spans = {
        route.id: (route.to_role, route.from_role) if route.id in back else (route.from_role, route.to_role)
        for route in routes
    }
    into: dict[str, list[str]] = {r: [] for r in role_ids}
    for low, high in spans.values():
        into[high].append(low)

    @cache
    def column(role: str) -> int:
        return 1 + max((column(r) for r in into[role]), default=-1)

    columns = 1 + max((column(r) for r in role_ids), default=0)
    layers: list[list[str]] = [[] for _ in range(columns)]
    for role in role_ids:
        layers[column(role)].append(role)
    chains: dict[str, list[str]] = {}
    segments: list[list[tuple[str, str]]] = [[] for _ in range(columns)]
    for route_id, (low, high) in spans.items():
        chain = [low]
        for c in range(column(low) + 1, column(high)):
            waypoint = f"~{route_id}~{c}"
            layers[c].append(waypoint)
            chain.append(waypoint)
        chain.append(high)
        chains[route_id] = chain
        for a, b in zip(chain, chain[1:], strict=False):
            segments[column(a) if not a.startswith("~") else int(a.rsplit("~", 1)[1])].append((a, b))

    layers = _order(layers, segments)
    return _place(kb, routes, layers, chains, back)


def _order(layers: list[list[str]], segments: list[list[tuple[str, str]]]) -> list[list[str]]:
    """Reorder each column by the mean position of its neighbours, keeping the best found."""

    def total(candidate: list[list[str]]) -> int:
        return sum(_crossings(candidate[c], candidate[c + 1], segments[c]) for c in range(len(candidate) - 1))

    best, best_score = [list(layer) for layer in layers], total(layers)
    current = [list(layer) for layer in layers]
    for sweep in range(ORDERING_SWEEPS):
        downward = sweep % 2 == 0
        indices = range(1, len(current)) if downward else range(len(current) - 2, -1, -1)
        for c in indices:
            fixed = current[c - 1] if downward else current[c + 1]
            where = {item: i for i, item in enumerate(fixed)}
            links: dict[str, list[int]] = {}
            for a, b in segments[c - 1] if downward else segments[c]:
                mine, theirs = (b, a) if downward else (a, b)
                links.setdefault(mine, []).append(where[theirs])
            position = {item: i for i, item in enumerate(current[c])}

            def key(
                item: str, links: dict[str, list[int]] = links, position: dict[str, int] = position
            ) -> float:
                found = links.get(item)
                return sum(found) / len(found) if found else float(position[item])

            current[c] = sorted(current[c], key=key)
        score = total(current)
        if score < best_score:
            best, best_score = [list(layer) for layer in current], score
    return best


def _place(
    kb: KnowledgeBase,
    routes: tuple[Route, ...],
    layers: list[list[str]],
    chains: dict[str, list[str]],
    back: set[str],
) -> PathwayMap:
    """Give every box and waypoint coordinates, then draw each route through its waypoints.

    Every column starts at the top: centred columns left a short first column floating in empty
    space, so a phone showed a blank box first.
    """
    lines = {role.id: wrap(role.title) for role in kb.roles}

    def height(item: str) -> float:
        if item.startswith("~"):
            return WAYPOINT_HEIGHT
        return LINE_HEIGHT * len(lines[item]) + 2 * NODE_PADDING

    column_heights = [sum(height(i) for i in layer) + ROW_GAP * (len(layer) - 1) for layer in layers]
    tallest = max(column_heights, default=0)
    centre: dict[str, tuple[float, float]] = {}
    nodes: list[MapNode] = []
    for c, layer in enumerate(layers):
        x: float = MARGIN + c * (NODE_WIDTH + COLUMN_GAP)
        y: float = MARGIN
        for item in layer:
            h = height(item)
            centre[item] = (x, y + h / 2)
            if not item.startswith("~"):
                role = kb.role(item)
                nodes.append(MapNode(item, role.sector, lines[item], x, y, NODE_WIDTH, h, c))
            y += h + ROW_GAP

    edges: list[_Edge] = []
    for route in routes:
        points: list[tuple[float, float]] = []
        for item in chains[route.id]:
            left, middle = centre[item]
            points += [(left, middle), (left + NODE_WIDTH, middle)]
        # Leave the first box from its right side and reach the last box at its left side.
        points = points[1:-1]
        if route.id in back:
            points.reverse()
        path = f"M{points[0][0]:.0f} {points[0][1]:.0f}"
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            bend = (x1 - x0) / 2
            path += f" C{x0 + bend:.0f} {y0:.0f} {x1 - bend:.0f} {y1:.0f} {x1:.0f} {y1:.0f}"
        level = kb.apprenticeship(route.apprenticeship).level if route.apprenticeship else None
        edges.append(_Edge(route, path, level, points[-1], route.id in back))
    width = 2 * MARGIN + len(layers) * NODE_WIDTH + (len(layers) - 1) * COLUMN_GAP
    return PathwayMap(width, 2 * MARGIN + tallest, len(layers), tuple(nodes), _with_badges(edges))


@dataclass(frozen=True)
class _Edge:
    route: Route
    path: str
    level: int | None
    end: tuple[float, float]
    backwards: bool  # drawn right to left, arriving at the target's right side


def _with_badges(edges: list[_Edge]) -> tuple[MapEdge, ...]:
    """Mark each level once where its steps arrive at a role, just before the arrowheads.

    Several routes into one role often share a level (every care job leads to senior care worker
    through the level 3 apprenticeship): one badge says it without piling numbers on each other.
    """
    placed: dict[tuple[str, int], int] = {}
    per_target: dict[tuple[float, float], int] = {}
    result = []
    for edge in edges:
        badge: tuple[float, float] | None = None
        if edge.level is not None and (edge.route.to_role, edge.level) not in placed:
            nth = per_target.get(edge.end, 0)
            per_target[edge.end] = nth + 1
            placed[(edge.route.to_role, edge.level)] = nth
            x, y = edge.end
            # A second or third level into the same role goes below, then above, the first.
            shift = (nth + 1) // 2 * (1 if nth % 2 else -1) * (2 * BADGE_RADIUS + 2)
            badge = (x - BADGE_OFFSET if not edge.backwards else x + BADGE_OFFSET, y + shift)
        route = edge.route
        result.append(MapEdge(route.id, route.from_role, route.to_role, edge.path, edge.level, badge))
    return tuple(result)
