"""Prints scripts/bench.sh's one table (Markdown, as the README quotes it)
from what the run left behind:

  table.py WORK_DIR CRITERION_DIR STARTED_UNIX

WORK_DIR holds answer.txt (the answer benchmark's BENCH line), app.json
(bench/measure-app.mjs), sizes.txt (key=value lines), collector.txt
(scripts/bench-collector.sh's output, if it ran) and machine.txt. Criterion's
medians are read from CRITERION_DIR/<benchmark>/new/, only those written by
this run (newer than STARTED_UNIX).
"""

import json
import os
import re
import sys
from pathlib import Path

work, criterion_dir, started = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])


def criterion_medians():
    """Median in seconds of every criterion benchmark this run measured, by name."""
    found = {}
    for bench in criterion_dir.rglob("new/benchmark.json"):
        if bench.stat().st_mtime < started:
            continue
        full_id = json.loads(bench.read_text())["full_id"]
        estimates = json.loads((bench.parent / "estimates.json").read_text())
        found[full_id.strip()] = estimates["median"]["point_estimate"] / 1e9
    return found


def key_values(text):
    return {k: v for k, v in re.findall(r"(\w+)=(\S+)", text)}


def ms(seconds):
    value = seconds * 1000
    return f"{value:,.2f} ms" if value < 10 else f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def mb(n_bytes):
    return f"{n_bytes / 1e6:,.1f} MB"


def verdict(ok):
    return "met" if ok else "**missed**"


rows = []


def row(what, figure, target="", result=""):
    rows.append((what, figure, target, result))


medians = criterion_medians()


def median_of(name):
    return medians.get(name)


# Core, with criterion.
lessons = (work / "lessons.txt").read_text().strip()
core = [
    ("load and validate every lesson", f"load and validate all {lessons} lessons (`content check`)", None),
    ("start-up: catalog from the embedded JSON", "start-up: the lesson catalog from the JSON build.rs embeds", None),
    ("start-up: Fluent strings of both languages", "start-up: the Fluent strings of both languages", None),
    ("start-up: the service and its glossary index", "start-up: the service and its glossary index", None),
    (
        "first screen: open a new progress file and list profiles",
        "the first screen's one command, `startup`, on a new computer (create the progress file, list profiles)",
        None,
    ),
    (
        "first screen/a teacher's computer, the day's first start (with its backup)",
        "the same on a teacher's computer (45 learners, every quiz 10 times), the day's first start (with its backup)",
        None,
    ),
    (
        "first screen/a teacher's computer, a later start",
        "the same on the teacher's computer, a later start that day",
        None,
    ),
]
for name, what, _ in core:
    value = median_of(name)
    row(what, ms(value) if value is not None else "not run")

answer = key_values((work / "answer.txt").read_text())
row(
    f"record one answer (the use case: check, write in its own transaction, feedback), {int(answer['n']):,} answers",
    f"p50 {float(answer['p50_us']) / 1000:.2f} ms, p99 {float(answer['p99_us']) / 1000:.2f} ms "
    f"(max {float(answer['max_us']) / 1000:.1f} ms)",
)
class_view_32 = median_of("class view and both CSVs, 45 learners x 32 lessons x 10 attempts")
if class_view_32 is not None:
    row(
        "class view and both CSVs, 45 learners × 32 lessons × 10 attempts (the target's size)",
        ms(class_view_32),
        "under 50 ms",
        verdict(class_view_32 < 0.050),
    )
class_view = median_of("class view and both CSVs, 45 learners x every lesson x 10 attempts")
if class_view is not None:
    row(
        f"the same with all {lessons} lessons",
        ms(class_view),
        "under 50 ms",
        verdict(class_view < 0.050),
    )
    for part, label in [
        ("of which: reading the class's progress", "of which reading the class's progress from SQLite"),
        ("of which: matrix", "of which the learners × lessons matrix"),
        ("of which: hardest questions", "of which the hardest questions"),
    ]:
        value = median_of(part)
        if value is not None:
            row(f"  {label}", ms(value))
merge = median_of("merge 20 progress files of 45 learners")
if merge is not None:
    row("merge 20 progress files of 45 learners (2 quizzes each)", ms(merge), "under 1 s", verdict(merge < 1.0))
weekly = median_of("weekly report, 45 learners x every lesson")
if weekly is not None:
    row(f"weekly campaign report, a week in which 45 learners did all {lessons} lessons", ms(weekly))

# The whole app, from outside.
app = json.loads((work / "app.json").read_text())
launch = app["launchMedianMs"]
ratio = launch["app"] / launch["bare"]
n = len(app["launches"]["app"])
row(
    f"launch to the profile screen, WebDriver, median of {n} alternating launches each",
    f"{launch['app'] / 1000:.2f} s vs bare Tauri app {launch['bare'] / 1000:.2f} s: **{ratio:.2f}×**",
    "within 1.25×",
    verdict(ratio <= 1.25),
)


def phase_median(which, phase):
    """Median over the launches of one phase's length in ms (see bench/measure-app.mjs)."""
    values = sorted(v for v in (phase(p) for p in app["phases"][which]) if v is not None)
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def since(start, end):
    return lambda p: None if p[start] is None or p[end] is None else p[end] - p[start]


phases = [
    ("from the launch until the page starts loading", lambda p: p["toNavigation"]),
    ("then until the page's scripts have run", since("toNavigation", "toScripts")),
    ("then until the first screen shows", since("toScripts", "total")),
]
for label, phase in phases:
    a, b = phase_median("app", phase), phase_median("bare", phase)
    if a is not None and b is not None:
        row(f"  of which {label} (medians of every launch)", f"{a:,.0f} ms vs {b:,.0f} ms")

memory = app["memoryMedianKb"]
runs = len(app["memoryKb"]["tenth"])


def pss(kb):
    return mb(kb * 1024)


pss_ratio = memory["tenth"] / memory["bare"]
growth = memory["tenth"] - memory["first"]
row(
    f"memory (PSS of the app and its WebKit processes) with a lesson open, median of {runs}",
    f"after the 10th lesson {pss(memory['tenth'])} vs bare app {pss(memory['bare'])}: **{pss_ratio:.2f}×**",
    "within 1.2×",
    verdict(pss_ratio <= 1.2),
)
# The bound the README states for opening lesson after lesson.
row(
    "  of which growth from the 1st lesson to the 10th",
    f"{pss(memory['first'])} → {pss(memory['tenth'])}: +{pss(growth)}",
    "under 10 MB",
    verdict(growth * 1024 < 10e6),
)


def process_name(comm):
    """A process by what it is (/proc/<pid>/comm keeps 15 characters)."""
    return {"WebKitWebProces": "web process", "WebKitNetworkPr": "network process"}.get(comm, "own process")


if app.get("lastParts"):
    parts = ", ".join(f"{process_name(p['name'])} {pss(p['kb'])}" for p in app["lastParts"]["app"])
    bare_parts = ", ".join(f"{process_name(p['name'])} {pss(p['kb'])}" for p in app["lastParts"]["bare"])
    row("  by process (last run)", f"app: {parts}; bare: {bare_parts}")

if app.get("withJit"):
    jit = app["withJit"]["memoryMedianKb"]
    row(
        "  the same with JavaScriptCore's JIT on (`JSC_useJIT=true`; the app turns it off, src-tauri/src/javascript_engine.rs)",
        f"{pss(jit)}: {jit / memory['bare']:.2f}× the bare app, {pss(jit - memory['tenth'])} more",
    )
if app.get("classViewMedianMs"):
    views = app["classViewMedianMs"]
    count = len(app["classViewMs"]["app"])
    row(
        f"a class's screen on the teacher's computer, from pressing \"open\" until its table ({app['classCells']} cells: 45 learners × their band's lessons) is painted, by the page's clock, median of {count}",
        f"{views['app']:,.0f} ms; with the JIT on {views['withJit']:,.0f} ms",
    )

sizes = key_values((work / "sizes.txt").read_text())
row(
    "release binary",
    f"{mb(int(sizes['app_binary']))} vs bare Tauri app {mb(int(sizes['bare_binary']))}",
)
if "deb" in sizes:
    deb = int(sizes["deb"])
    row(
        f"`.deb` ({sizes['deb_name']})",
        f"{mb(deb)}; installed {mb(int(sizes['deb_installed_kb']) * 1024)}",
        "under 12 MB",
        verdict(deb < 12e6),
    )
else:
    row("`.deb`", "no .deb was built (`npx tauri build --bundles deb` failed: see the log)", "under 12 MB", "not measured")

# The collector, from its own load test.
collector = work / "collector.txt"
if collector.exists():
    header = next((l for l in collector.read_text().splitlines() if l.startswith("collector load test:")), "")
    for line in collector.read_text().splitlines():
        backend = line.split(" ", 1)[0]
        if backend not in ("sqlite", "postgres"):
            continue
        kv = key_values(line)
        rps, p99 = float(kv["rps"]), float(kv["p99_ms"])
        name = "SQLite" if backend == "sqlite" else "PostgreSQL (temporary cluster, same cores)"
        target, result = ("5,000/s, p99 under 20 ms", verdict(rps >= 5000 and p99 < 20)) if backend == "sqlite" else ("report only", "")
        row(
            f"collector under load, {name}: {header.split(': ', 1)[-1]}",
            f"{rps:,.0f} reports/s, p50 {float(kv['p50_ms']):.1f} ms, p99 {p99:.1f} ms; aggregates exact: {kv['aggregates_exact']}",
            target,
            result,
        )
else:
    row("collector under load", "not run this time (BENCH_COLLECTOR=0)")

print((work / "machine.txt").read_text().strip())
print()
print("| what | figure | target | |")
print("|---|---|---|---|")
for what, figure, target, result in rows:
    what = "↳ " + what[2:] if what.startswith("  ") else what
    print(f"| {what} | {figure} | {target} | {result} |")
print()
print(f"`scripts/bench.sh` took {(float(os.environ.get('BENCH_FINISHED', started)) - started) / 60:.1f} min.")
