"""Benchmark the ``diary`` command line, as whole processes, against a "floor" script.

The floor is the least any encrypted command line must do: start Python, derive the wrapping key
with Argon2id at the diary's own parameters, unwrap the data key (AES-GCM), open the database
with sqlcipher3 and run the one query the command needs. Everything a ``diary`` command spends
beyond that is Hearth's own cost (imports, parsing, opening, tearing down).

Each command and its floor run interleaved, several rounds; medians are compared. The time of
the key derivation alone (measured inside the floor) is subtracted from both, so the ratio of
what is left ("beyond the KDF") shows Hearth's overhead, not the deliberate cost of Argon2id.
Peak memory is each child's own ``ru_maxrss`` (``os.wait4``). It prints figures; it asserts
nothing about time (see bench/README.md for the targets).

Subtracting a median KDF time leaves a small difference of two large, noisy figures (the KDF's
own time swings by tens of milliseconds from run to run). So the same commands are also run,
interleaved the same way, on a copy of the diary keyed with the cheapest parameters the test
policy allows (64 KiB, one pass): there the KDF takes a fraction of a millisecond and each whole
process *is* what it spends beyond the KDF. Hearth runs as ever (``main()`` as the ``diary``
script calls it, hardening and all); only its KDF policy is the test one, so it opens that diary.

Run::

    python bench/bench_cli.py [--rounds 7] [--cache-dir DIR] [--rebuild] [--no-direct]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "a bench passphrase, not a secret"
END = dt.date(2025, 12, 31)  # as bench_store.py: every build makes the same diary
SEED = 7
YEARS = 10
SEARCH_WORD = "walk"
SHOW_DAY = dt.date(2025, 6, 14)
LIST_MONTH = "2025-06"
TARGET_BEYOND_KDF = 1.3
TARGET_MEMORY = 1.1
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "hearth-bench-cli"
CHEAP = "diary-cheap-kdf"  # the same diary keyed with the test policy's cheapest parameters

# The floor: only the standard library, cryptography and sqlcipher3. It parses the first slot
# of diary.keys by hand (the layout of diary.storage.keyslots), reports the Argon2id time on
# stderr and runs the command's one query.
FLOOR = r"""
import struct, sys, time
from pathlib import Path
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
import sqlcipher3.dbapi2 as sqlcipher

folder, pass_file, what, arg = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
secret = pass_file.read_bytes().splitlines()[0]
data = (folder / "diary.keys").read_bytes()
head = struct.Struct(">BBIII16s")
kind, _kdf, memory, iterations, lanes, salt = head.unpack_from(data, 11)
nonce = data[11 + head.size : 11 + head.size + 12]
wrapped = data[11 + head.size + 12 : 11 + head.size + 12 + 48]
started, cpu = time.perf_counter(), time.process_time()
wrapping = Argon2id(
    salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory
).derive(secret)
kdf, kdf_cpu = time.perf_counter() - started, time.process_time() - cpu
key = AESGCM(wrapping).decrypt(nonce, wrapped, data[:10] + data[11 : 11 + head.size])
conn = sqlcipher.connect(str(folder / "diary.db"))
conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
if what == "search":
    rows = conn.execute(
        "SELECT rowid, snippet(day_text, -1, '[', ']', '…', 16) FROM day_text "
        "WHERE day_text MATCH ? ORDER BY rowid DESC LIMIT 200", (arg,)
    ).fetchall()
elif what == "show":
    rows = conn.execute("SELECT * FROM entry WHERE day = ?", (arg,)).fetchall()
elif what == "list":
    rows = conn.execute(
        "SELECT * FROM entry WHERE day BETWEEN ? AND ? ORDER BY day", (arg + "-01", arg + "-31")
    ).fetchall()
else:  # write: one row, committed with the diary's durability (WAL, full fsync)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "INSERT OR REPLACE INTO entry (uid, day, mood, energy, text) VALUES (?, ?, 5, 5, ?)",
        ("floor-" + arg, arg, "a line from the floor"),
    )
    conn.commit()
    rows = []
for row in rows:
    print(*row)
conn.close()
print(f"kdf {kdf * 1000:.3f} {kdf_cpu * 1000:.3f}", file=sys.stderr)
"""


@dataclass
class Samples:
    """Wall and CPU times (ms) and peak memory (KiB) of the runs of one command and its floor."""

    hearth_ms: list[float] = field(default_factory=list)
    floor_ms: list[float] = field(default_factory=list)
    kdf_ms: list[float] = field(default_factory=list)
    hearth_cpu: list[float] = field(default_factory=list)
    floor_cpu: list[float] = field(default_factory=list)
    kdf_cpu: list[float] = field(default_factory=list)
    hearth_kib: list[int] = field(default_factory=list)
    floor_kib: list[int] = field(default_factory=list)


@dataclass
class Run:
    """One whole child process: wall and CPU (user + system) time in ms, peak RSS in KiB."""

    wall_ms: float
    cpu_ms: float
    peak_kib: int
    stdout: str
    stderr: str


def run_process(argv: Sequence[str], env: dict[str, str]) -> Run:
    """Run one child to its end and measure it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        _pid, status, usage = os.wait4(child.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000.0
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}):\n{stderr}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1000.0
    return Run(elapsed, cpu, usage.ru_maxrss, stdout, stderr)


def build(cache: Path, rebuild: bool) -> Path:
    """The 10-year diary in ``cache/diary`` (built with the product KDF once, then reused).

    Its twin keyed with the test policy's cheapest parameters is built beside it, in
    ``cache/diary-cheap-kdf`` (the direct measure beyond the KDF).
    """
    pristine = cache / "diary"
    cheap = cache / CHEAP
    if (pristine / "diary.keys").exists() and (cheap / "diary.keys").exists() and not rebuild:
        return pristine
    sys.path.insert(0, str(ROOT))
    from diary.domain.sample import generate
    from diary.storage.kdf import PRODUCT_POLICY, TEST_POLICY
    from diary.storage.vault import Vault

    sample = generate(END, years=YEARS, seed=SEED)
    for folder, policy in ((pristine, PRODUCT_POLICY), (cheap, TEST_POLICY)):
        if (folder / "diary.keys").exists() and not rebuild:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building a {YEARS}-year diary in {folder} (once; reused after) ...", flush=True)
        with Vault(folder, policy) as vault:
            vault.create(PASSPHRASE)
            vault.repository.import_records(
                circles=sample.circles,
                people=sample.people,
                entries=sample.entries,
                interactions=sample.interactions,
            )
    return pristine


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--rebuild", action="store_true", help="build the diary again")
    parser.add_argument("--out", type=Path, help="also write DIR/bench_cli.json")
    parser.add_argument(
        "--source",
        type=Path,
        default=ROOT,
        help="the checkout of Hearth whose diary command is timed (default: this one)",
    )
    parser.add_argument(
        "--no-direct",
        action="store_true",
        help="skip the direct measure beyond the KDF (the same runs on a cheap-KDF diary)",
    )
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.build_only:
        build(args.cache_dir, args.rebuild)
        return 0
    # Built in a child: on Linux a child's ru_maxrss starts from its parent's size at fork, so
    # this process must stay small (it never imports diary before the report).
    pristine = args.cache_dir / "diary"
    missing = not (pristine / "diary.keys").exists()
    if args.rebuild or missing or not (args.cache_dir / CHEAP / "diary.keys").exists():
        again = ["--rebuild"] if args.rebuild else []
        subprocess.run(
            [sys.executable, __file__, "--build-only", "--cache-dir", str(args.cache_dir), *again],
            check=True,
        )
    work = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    try:
        hearth_dir, floor_dir = work / "hearth", work / "floor"
        shutil.copytree(pristine, hearth_dir)
        shutil.copytree(pristine, floor_dir)
        pass_file = work / "passphrase"
        pass_file.write_text(PASSPHRASE + "\n")
        floor_script = work / "floor.py"
        floor_script.write_text(FLOOR)
        env = dict(os.environ, PYTHONPATH=str(args.source), HOME=str(work), NO_COLOR="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # Started as the ``diary`` script starts it (an editable install may point elsewhere).
        start = f"import sys; sys.path.insert(0, {str(args.source)!r}); from diary.cli import main"
        hearth = [sys.executable, "-c", start + "; sys.exit(main())"]
        hearth += ["--data-dir", str(hearth_dir)]
        hearth += ["--passphrase-file", str(pass_file)]
        floor = [sys.executable, str(floor_script), str(floor_dir), str(pass_file)]

        results = run_rounds(hearth, floor, env, args.rounds)
        direct: dict[str, Samples] | None = None
        if not args.no_direct:
            cheap_hearth, cheap_floor = work / "hearth-cheap", work / "floor-cheap"
            shutil.copytree(args.cache_dir / CHEAP, cheap_hearth)
            shutil.copytree(args.cache_dir / CHEAP, cheap_floor)
            # The test policy in place of the product's before diary.cli reads it: main() then
            # runs exactly as the script runs it (hardening, the quick exit), on this diary.
            cheap_start = (
                f"import sys; sys.path.insert(0, {str(args.source)!r}); "
                "import diary.storage.kdf as kdf; kdf.PRODUCT_POLICY = kdf.TEST_POLICY; "
                "from diary.cli import main; sys.exit(main())"
            )
            direct = run_rounds(
                [sys.executable, "-c", cheap_start, "--data-dir", str(cheap_hearth)]
                + ["--passphrase-file", str(pass_file)],
                [sys.executable, str(floor_script), str(cheap_floor), str(pass_file)],
                env,
                args.rounds,
            )
        report(results, args.rounds, pristine, args.out, args.source, direct)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def commands(
    hearth: list[str], floor: list[str], round_: int
) -> dict[str, tuple[list[str], list[str]]]:
    """Each command of a round, Hearth's and the floor's (``write`` makes a new day each round)."""
    new_day = (END + dt.timedelta(days=1 + round_)).isoformat()
    return {
        f"diary search {SEARCH_WORD}": (
            [*hearth, "search", SEARCH_WORD],
            [*floor, "search", SEARCH_WORD],
        ),
        f"diary show --date {SHOW_DAY}": (
            [*hearth, "show", "--date", SHOW_DAY.isoformat()],
            [*floor, "show", SHOW_DAY.isoformat()],
        ),
        f"diary list --month {LIST_MONTH} --json": (
            [*hearth, "list", "--month", LIST_MONTH, "--json"],
            [*floor, "list", LIST_MONTH],
        ),
        "diary write (new day)": (
            [*hearth, "write", "--date", new_day, "--mood", "6", "--text", "a new day"],
            [*floor, "write", new_day],
        ),
    }


def run_rounds(
    hearth: list[str], floor: list[str], env: dict[str, str], rounds: int
) -> dict[str, Samples]:
    """Every command and its floor, interleaved (which goes first alternates), after a warm-up."""
    # One warm-up of each, so the first round does not pay for cold file caches.
    for pair in commands(hearth, floor, -1 - rounds).values():
        for argv_ in pair:
            run_process(argv_, env)
    results: dict[str, Samples] = {name: Samples() for name in commands(hearth, floor, 0)}
    for round_ in range(rounds):
        for name, (hearth_argv, floor_argv) in commands(hearth, floor, round_).items():
            pair = [("hearth", hearth_argv), ("floor", floor_argv)]
            if round_ % 2:  # alternate which goes first
                pair.reverse()
            for who, argv_ in pair:
                run = run_process(argv_, env)
                s = results[name]
                if who == "hearth":
                    s.hearth_ms.append(run.wall_ms)
                    s.hearth_cpu.append(run.cpu_ms)
                    s.hearth_kib.append(run.peak_kib)
                else:
                    s.floor_ms.append(run.wall_ms)
                    s.floor_cpu.append(run.cpu_ms)
                    s.floor_kib.append(run.peak_kib)
                    kdf_wall, kdf_cpu = run.stderr.rsplit("kdf ", 1)[1].split()
                    s.kdf_ms.append(float(kdf_wall))
                    s.kdf_cpu.append(float(kdf_cpu))
        print(f"  round {round_ + 1}/{rounds} done", flush=True)
    return results


def report_direct(direct: dict[str, Samples]) -> dict[str, dict[str, float]]:
    """The direct measure: whole processes on the cheap-KDF diary, each run's own KDF taken off."""
    print()
    print("Beyond the KDF measured directly (the same diary keyed with 64 KiB x 1 pass; each")
    print("whole process minus that run's own KDF: the floor's as it timed it, Hearth's as the")
    print("median of the floor's, a fraction of a millisecond either way)")
    head = (
        f"{'':<36} {'H wall':>7} {'F wall':>7} {'ratio':>6} {'H CPU':>7} {'F CPU':>7} {'ratio':>6}"
    )
    print(head)
    print("-" * len(head))
    figures: dict[str, dict[str, float]] = {}
    for name, s in direct.items():
        kdf_wall, kdf_cpu = median(s.kdf_ms), median(s.kdf_cpu)
        hw = median(s.hearth_ms) - kdf_wall
        fw = median([f - k for f, k in zip(s.floor_ms, s.kdf_ms, strict=True)])
        hc = median(s.hearth_cpu) - kdf_cpu
        fc = median([f - k for f, k in zip(s.floor_cpu, s.kdf_cpu, strict=True)])
        walls = f"{hw:>7,.0f} {fw:>7,.0f} {hw / fw:>6.2f}"
        print(f"{name:<36} {walls} {hc:>7,.0f} {fc:>7,.0f} {hc / fc:>6.2f}")
        figures[name] = {
            "hearth_wall_ms": hw,
            "floor_wall_ms": fw,
            "ratio_wall": hw / fw,
            "hearth_cpu_ms": hc,
            "floor_cpu_ms": fc,
            "ratio_cpu": hc / fc,
        }
    return figures


def report(
    results: dict[str, Samples],
    rounds: int,
    pristine: Path,
    out: Path | None,
    source: Path,
    direct: dict[str, Samples] | None = None,
) -> None:
    """Print the two tables (wall time, CPU time) and the verdicts; write the JSON if asked."""
    sys.path.insert(0, str(ROOT))
    from diary.storage import keyslots

    params = keyslots.decode((pristine / "diary.keys").read_bytes())[0].params
    kdf_wall = median([k for s in results.values() for k in s.kdf_ms])
    kdf_cpu = median([k for s in results.values() for k in s.kdf_cpu])
    print()
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}; {YEARS}-year diary; "
        f"Argon2id {params.memory_kib // 1024} MiB x {params.iterations} passes x "
        f"{params.lanes} lanes; {rounds} rounds, medians"
    )
    print(f"Hearth from {source}")
    print(
        f"KDF alone (Argon2id timed inside the floor, median of {rounds * len(results)}): "
        f"{kdf_wall:,.0f} ms wall, {kdf_cpu:,.0f} ms CPU"
    )
    figures: dict[str, dict[str, object]] = {name: {} for name in results}
    verdicts: dict[str, list[str]] = {name: [] for name in results}
    for clock, kdf in (("wall", kdf_wall), ("cpu", kdf_cpu)):
        print()
        label = "wall ms" if clock == "wall" else "CPU ms (user + system, every thread)"
        head = f"{label:<36} {'Hearth':>7} {'floor':>7} {'H-KDF':>7} {'F-KDF':>7} {'ratio':>6}" + (
            f" {'H MiB':>6} {'F MiB':>6} {'ratio':>6}" if clock == "wall" else ""
        )
        print(head)
        print("-" * len(head))
        for name, s in results.items():
            h = median(s.hearth_ms if clock == "wall" else s.hearth_cpu)
            f = median(s.floor_ms if clock == "wall" else s.floor_cpu)
            hb, fb = h - kdf, f - kdf
            ratio = hb / fb if fb > 0 else float("inf")
            line = f"{name:<36} {h:>7,.0f} {f:>7,.0f} {hb:>7,.0f} {fb:>7,.0f} {ratio:>6.2f}"
            figures[name].update(
                {
                    f"hearth_{clock}_ms": h,
                    f"floor_{clock}_ms": f,
                    f"hearth_beyond_kdf_{clock}_ms": hb,
                    f"floor_beyond_kdf_{clock}_ms": fb,
                    f"ratio_beyond_kdf_{clock}": ratio,
                }
            )
            ok = "met" if ratio <= TARGET_BEYOND_KDF else "MISSED"
            verdicts[name].append(f"beyond KDF ({clock}) {ratio:.2f}x: {ok}")
            if clock == "wall":
                hm, fm = median(s.hearth_kib) / 1024, median(s.floor_kib) / 1024
                line += f" {hm:>6.1f} {fm:>6.1f} {hm / fm:>6.2f}"
                figures[name].update({"hearth_peak_mib": hm, "floor_peak_mib": fm})
                if not name.startswith("diary write"):  # the memory target is for reads
                    ok = "met" if hm / fm <= TARGET_MEMORY else "MISSED"
                    verdicts[name].append(f"peak memory {hm / fm:.2f}x: {ok}")
            print(line)
    print()
    print("Whole processes; H-KDF / F-KDF: beyond the KDF; MiB: peak RSS (each child's ru_maxrss).")
    print(
        f"Targets: beyond the KDF <= {TARGET_BEYOND_KDF}x the floor; peak memory of a read "
        f"<= {TARGET_MEMORY}x. CPU time is the steadier figure on a busy machine."
    )
    for name, said in verdicts.items():
        print(f"{name}: " + "; ".join(said))
    direct_figures = report_direct(direct) if direct is not None else None
    if direct_figures is not None:
        for name, figure in direct_figures.items():
            said = [
                f"directly ({clock}) {figure[f'ratio_{clock}']:.2f}x: "
                + ("met" if figure[f"ratio_{clock}"] <= TARGET_BEYOND_KDF else "MISSED")
                for clock in ("wall", "cpu")
            ]
            print(f"{name}: " + "; ".join(said))
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for name, s in results.items():
            figures[name]["samples"] = s.__dict__
        data = {
            "kdf_wall_ms": kdf_wall,
            "kdf_cpu_ms": kdf_cpu,
            "rounds": rounds,
            "source": str(source),
            "commands": figures,
            "direct_beyond_kdf": direct_figures,
        }
        (out / "bench_cli.json").write_text(json.dumps(data, indent=2))


if __name__ == "__main__":
    sys.exit(main())
