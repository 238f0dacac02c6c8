"""Chat turns per second through the real server, against a bare Flask route on the same server.

Run: .venv/bin/python -m benchmarks.http [--turns 2000] [--clients 20] [--json]

The server is the app as `careers-bot serve` runs it: waitress, the same thread count, on 127.0.0.1 and
a free port, in a subprocess of its own (so the clients do not share its interpreter). Beside the app,
on the same waitress server, a bare Flask app with one route (POST /bare/echo: read a small JSON body,
answer a small JSON) is mounted for comparison; it exists only here. Both are measured in the same run,
with the same clients.

Each client is a real client: it opens the chat page for its session cookie and the CSRF token from the
page's meta tag, then posts JSON to /api/chat with the X-CSRFToken header, carrying the cookie the
server sends back after each turn. CSRF stays on. Only the rate limit is raised, for this run only.
A client plays a conversation of button taps and typed questions, over and over in one session (the
cookie holds the engine's state and the last few messages sent, never the replies, so it stays at its
steady size); the page loads that start the sessions, which replay those messages, are not timed.

Only loopback is used; request counts are bounded and each phase stops after --max-seconds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from benchmarks.latency import JOURNEY, messages

HOST = "127.0.0.1"
BARE_PATH = "/bare/echo"
COOKIE_NAME = "careers_bot"
TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
RATIO_TARGET = 0.5
P99_TARGET_MS = 50.0
# A conversation a client plays: the student's taps, a few typed questions, the jobseeker's journey.
STUDENT_TAPS = ["start:student", "answer:helping-people", "answer:hospital"]


def server_threads() -> int:
    """The thread count `careers-bot serve` uses: CAREERS_BOT_THREADS, else its --threads default."""
    from careers_bot.cli import serve

    default = next(p.default for p in serve.params if p.name == "threads")
    assert isinstance(default, int)
    return int(os.environ.get("CAREERS_BOT_THREADS") or default)


def serve(threads: int) -> None:
    """In the server process: the app and the bare app on one waitress server; print the port, then serve."""
    import logging

    from flask import Flask, jsonify, request
    from waitress import create_server
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    from careers_bot import create_app

    app = create_app(
        {
            "SECRET_KEY": secrets.token_hex(32),
            # For this benchmark only: 20 clients on one address would reach the production limit at once.
            "CHAT_RATE_LIMIT": "1000000 per minute",
        }
    )
    # Under full load waitress logs each time its queue backs up; the figures below say it better.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    bare = Flask("bare")

    @bare.post("/echo")
    def echo() -> Any:
        data = request.get_json(silent=True) or {}
        return jsonify(ok=True, you=str(data.get("message", ""))[:100])

    server = create_server(
        DispatcherMiddleware(app.wsgi_app, {"/bare": bare}),
        host=HOST,
        port=0,
        threads=threads,
        clear_untrusted_proxy_headers=True,
        ident="careers-bot",
    )
    print(server.effective_port, flush=True)
    server.run()


class Server:
    """The server subprocess; stopped by its own process id."""

    def __init__(self, threads: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.http", "--serve", "--threads", str(threads)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.isdigit():
            self.stop()
            raise SystemExit(f"The server did not start (it printed {line!r}).")
        self.port = int(line)

    def cpu_seconds(self) -> float | None:
        """CPU time the server process has used so far (Linux), to tell its cost from the clients'."""
        try:
            with open(f"/proc/{self.process.pid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """End the server process this benchmark started."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Client:
    """One client: a kept-alive connection, its session cookie and CSRF token, its place in a conversation."""

    port: int
    script: list[dict[str, str]]
    connection: http.client.HTTPConnection = field(init=False)
    cookie: str = ""
    token: str = ""
    step: int = 0

    def __post_init__(self) -> None:
        self.connection = http.client.HTTPConnection(HOST, self.port, timeout=30)

    def request(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> tuple[int, bytes]:
        if self.cookie:
            headers["Cookie"] = f"{COOKIE_NAME}={self.cookie}"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie" and value.startswith(COOKIE_NAME + "="):
                self.cookie = value.split(";", 1)[0].split("=", 1)[1]
        return response.status, data

    def start(self) -> None:
        """A new session: open the chat page for a cookie and the CSRF token, as a browser would."""
        self.cookie = ""
        status, page = self.request("GET", "/", None, {"Accept": "text/html"})
        found = TOKEN.search(page.decode())
        if status != 200 or not found:
            raise RuntimeError(f"the chat page answered {status} without a CSRF token")
        self.token = found.group(1)
        self.step = 0

    def chat_turn(self) -> None:
        """Post the next message of the conversation to /api/chat."""
        if not self.token:
            self.start()
        body = json.dumps(self.script[self.step % len(self.script)]).encode()
        self.step += 1
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "X-CSRFToken": self.token,
        }
        status, data = self.request("POST", "/api/chat", body, headers)
        if status != 200 or b'"messages"' not in data:
            raise RuntimeError(f"/api/chat answered {status}: {data[:200]!r}")

    def bare_turn(self) -> None:
        """Post a small JSON body to the bare route."""
        body = json.dumps(self.script[self.step % len(self.script)]).encode()
        self.step += 1
        status, data = self.request(
            "POST", BARE_PATH, body, {"Content-Type": "application/json", "Accept": "application/json"}
        )
        if status != 200 or b'"ok"' not in data:
            raise RuntimeError(f"{BARE_PATH} answered {status}: {data[:200]!r}")


def conversation() -> list[dict[str, str]]:
    """The messages a client sends, in order: taps as payloads, typed questions as text."""
    script = [{"payload": p} for p in STUDENT_TAPS]
    script += [{"message": text} for text in messages()[:6]]
    script += [{"payload": m.payload} if m.payload else {"message": m.text or ""} for m in JOURNEY]
    return script


@dataclass
class Figures:
    """What one phase measured."""

    requests: int
    seconds: float
    latencies_ms: list[float]
    server_cpu_ms: float | None = None

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]

    def as_dict(self) -> dict[str, float | None]:
        cpu = self.server_cpu_ms
        return {
            "server_cpu_ms_per_request": None if cpu is None else round(cpu / self.requests, 3),
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
            "per_second": round(self.per_second, 1),
            "median_ms": round(statistics.median(self.latencies_ms), 2),
            "p99_ms": round(self.percentile(0.99), 2),
            "max_ms": round(max(self.latencies_ms), 2),
        }


def run_phase(
    server: Server, kind: str, clients: int, total: int, max_seconds: float, think_ms: float = 0.0
) -> Figures:
    """`total` requests of one kind from `clients` concurrent clients.

    Each client sends its next request as soon as it has the answer, or `think_ms` after it.
    """
    script = conversation()
    pool = [Client(server.port, script) for _ in range(clients)]
    for client in pool:
        if kind == "chat":
            client.start()  # sessions begin before the clock starts, as open pages would
    share = [total // clients + (1 if i < total % clients else 0) for i in range(clients)]
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors: list[BaseException] = []
    deadline = time.perf_counter() + max_seconds
    gate = threading.Barrier(clients + 1)

    def work(index: int) -> None:
        client, mine = pool[index], latencies[index]
        send = client.chat_turn if kind == "chat" else client.bare_turn
        gate.wait()
        try:
            for _ in range(share[index]):
                if time.perf_counter() > deadline:
                    break
                began = time.perf_counter()
                send()
                mine.append((time.perf_counter() - began) * 1000)
                if think_ms:
                    time.sleep(think_ms / 1000)
        except BaseException as error:  # reported below; the other clients carry on
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    cpu_before = server.cpu_seconds()
    gate.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    cpu_after = server.cpu_seconds()
    cpu_ms = None if cpu_before is None or cpu_after is None else (cpu_after - cpu_before) * 1000
    for client in pool:
        client.connection.close()
    if errors:
        raise SystemExit(f"{kind}: {len(errors)} client(s) failed, the first with: {errors[0]}")
    done = [ms for mine in latencies for ms in mine]
    return Figures(len(done), elapsed, done, cpu_ms)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Start the server, warm it up, then time the bare route and chat turns at 1 and N clients."""
    threads = server_threads()
    server = Server(threads)
    try:
        for kind in ("bare", "chat"):
            run_phase(server, kind, 4, 200, args.max_seconds)  # warm up: imports, caches, connections
        results: dict[str, Any] = {"threads": threads, "clients": args.clients, "phases": {}}
        for clients, total in ((1, max(args.turns // 4, 50)), (args.clients, args.turns)):
            for kind in ("bare", "chat"):
                figures = run_phase(server, kind, clients, total, args.max_seconds)
                results["phases"][f"{kind}@{clients}"] = figures.as_dict()
        if args.think_ms:
            paced = run_phase(server, "chat", args.clients, args.paced_turns, args.max_seconds, args.think_ms)
            results["phases"][f"chat@{args.clients}+pause"] = paced.as_dict()
    finally:
        server.stop()
    phases = results["phases"]
    for clients in (1, args.clients):
        results[f"ratio@{clients}"] = round(
            phases[f"chat@{clients}"]["per_second"] / phases[f"bare@{clients}"]["per_second"], 3
        )
    results["p99_ms"] = phases[f"chat@{args.clients}"]["p99_ms"]
    return results


def report(results: dict[str, Any], args: argparse.Namespace) -> None:
    """Print the figures, each against its target."""
    phases, clients = results["phases"], args.clients
    print(
        f"Server: waitress, {results['threads']} threads (as `careers-bot serve`), on {HOST}, in its own "
        f"process; the bare route is a one-route Flask app at {BARE_PATH} on the same server."
    )
    print(
        "Chat turns: POST /api/chat with a real session cookie and CSRF token (CSRF on, as in production); "
        "rate limit raised for this run only."
    )
    print(
        f"{'phase':>16} {'req/s':>8} {'median':>9} {'p99':>9} {'max':>9} {'server CPU':>12} {'requests':>9}"
    )
    for name, figures in phases.items():
        cpu = figures["server_cpu_ms_per_request"]
        cpu_text = "?" if cpu is None else f"{cpu:.2f}ms/req"
        print(
            f"{name:>16} {figures['per_second']:>8.1f} {figures['median_ms']:>7.2f}ms "
            f"{figures['p99_ms']:>7.2f}ms {figures['max_ms']:>7.2f}ms {cpu_text:>12} {figures['requests']:>9}"
        )
    print(
        "(name@N: N clients, each sending as soon as it has its answer; +pause: each waits "
        f"{args.think_ms:.0f} ms between turns, like a person reading)"
    )
    ratio, p99 = results[f"ratio@{clients}"], results["p99_ms"]
    print(f"Ratio, chat turns/s over bare requests/s, 1 client:  {results['ratio@1']:.2f}")
    verdict = "meets" if ratio >= RATIO_TARGET else "MISSES"
    print(
        f"Ratio, chat turns/s over bare requests/s, {clients} clients: {ratio:.2f} ({verdict} the target >= {RATIO_TARGET})"
    )
    verdict = "meets" if p99 < P99_TARGET_MS else "MISSES"
    print(
        f"99th-percentile chat turn, {clients} concurrent clients back to back: {p99:.1f} ms "
        f"({verdict} the target < {P99_TARGET_MS:.0f} ms)"
    )
    paced = phases.get(f"chat@{clients}+pause")
    if paced:
        print(
            f"99th-percentile chat turn, {clients} concurrent clients with pauses: {paced['p99_ms']:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=2000, help="requests per phase at full concurrency")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="cut a phase short after this")
    parser.add_argument(
        "--think-ms", type=float, default=500.0, help="pause between turns (0: no paced phase)"
    )
    parser.add_argument("--paced-turns", type=int, default=600, help="requests in the paced phase")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.threads or server_threads())
        return
    results = measure(args)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        report(results, args)


if __name__ == "__main__":
    main()
