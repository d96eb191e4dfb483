"""How fast ``diary`` answers while the open app serves it, against unlocking by itself.

    python bench/bench_served.py                 # 10-year demo diary, 7 rounds
    python bench/bench_served.py --rounds 11 --work-dir /tmp/served   # keep the diaries
    python bench/bench_served.py --jrnl /path/to/jrnl-venv/bin/jrnl   # also time jrnl

Two copies of the same 10-year diary (3,653 days, product KDF): one is held open by a
stand-in for the desktop app (a process that unlocks it and runs ``diary.served``'s server, as
the app does with the Settings switch on), the other is not. Each command runs as a whole
process on both, interleaved round by round; medians are printed. With ``--jrnl`` the same
entries go into an encrypted jrnl journal and ``jrnl -contains WORD`` is timed in the same
rounds (issue 13's target: ``diary search`` with the app open ≤ 0.2× jrnl's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_app import END, PASSPHRASE, make_diary  # the same 10-year demo diary, product KDF

WORD = "walk"


def serve(folder: Path) -> None:
    """The stand-in app: unlock, serve until stdin closes (no window, the same server)."""
    from diary.cli import _serve_command
    from diary.served import CommandServer
    from diary.storage.kdf import PRODUCT_POLICY
    from diary.storage.vault import Vault

    vault = Vault(folder)
    vault.unlock(PASSPHRASE)

    def opened() -> tuple[Vault, object] | None:
        return (vault, vault.repository) if vault.unlocked else None

    server = CommandServer(
        folder, lambda request: _serve_command(request, opened=opened, policy=PRODUCT_POLICY)
    )
    server.start()
    print("ready", flush=True)
    sys.stdin.read()
    server.stop()
    vault.close()


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.decode()[:400]}")
    return elapsed * 1000


def make_jrnl(jrnl: Path, work: Path, years: int) -> dict[str, str]:
    """The same entries' text in an encrypted jrnl journal; returns its environment."""
    from diary.domain.sample import generate

    home = work / "jrnl-home"
    config = home / ".config" / "jrnl"
    config.mkdir(parents=True, exist_ok=True)
    journal = home / "journal.txt"
    (config / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals: {{default: {{journal: {journal}, encrypt: false}}}}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
        "version: v4.2\n",
        encoding="utf-8",
    )
    lines = []
    for entry in generate(END, years=years).entries:
        text = entry.text.strip() or "A quiet day."
        lines.append(f"[{entry.day.isoformat()} 09:00:00 PM] {text}\n\n")
    journal.write_text("".join(lines), encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    subprocess.run(
        [str(jrnl), "--encrypt"],
        input=f"{PASSPHRASE}\n{PASSPHRASE}\nn\n",
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--jrnl", type=Path, help="a jrnl executable (in its own venv)")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # the stand-in app
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return 0

    work = args.work_dir or Path(tempfile.mkdtemp(prefix="bench-served-"))
    work.mkdir(parents=True, exist_ok=True)
    served_copy, alone_copy = work / "served", work / "alone"
    if not (served_copy / "diary.keys").exists():
        print(f"building a {args.years}-year diary in {work} …", flush=True)
        make_diary(served_copy, args.years)
    if not (alone_copy / "diary.keys").exists():
        shutil.copytree(served_copy, alone_copy)
    secret = work / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    runtime = Path(tempfile.mkdtemp(prefix="hs", dir="/tmp"))  # a short socket path
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    jrnl_env = make_jrnl(args.jrnl, work, args.years) if args.jrnl else None

    app = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(served_copy)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdout is not None and app.stdin is not None
    if app.stdout.readline().strip() != "ready":
        raise RuntimeError("the stand-in app did not start")
    day = (END - dt.timedelta(days=30)).isoformat()
    commands = {
        "search": ["search", WORD],
        "show": ["show", "--date", day],
        "list --json": ["list", "--month", day[:7], "--json"],
        "write": ["write", "--date", END.isoformat(), "--mood", "6"],
    }
    diary = [sys.executable, "-m", "diary", "--passphrase-file", str(secret)]
    times: dict[tuple[str, str], list[float]] = {}
    try:
        for _ in range(args.rounds):
            for name, words in commands.items():
                for where, folder in (("app open", served_copy), ("unlocking", alone_copy)):
                    command = [*diary, "--data-dir", str(folder), *words]
                    times.setdefault((name, where), []).append(timed(command, env))
            if jrnl_env is not None:
                jrnl = [str(args.jrnl), "-contains", WORD]
                start = time.perf_counter()
                subprocess.run(jrnl, input=PASSPHRASE + "\n", env=jrnl_env, capture_output=True,
                               text=True, check=True)  # fmt: skip
                times.setdefault(("search", "jrnl"), []).append(
                    (time.perf_counter() - start) * 1000
                )
    finally:
        app.stdin.close()
        app.wait(timeout=30)
        shutil.rmtree(runtime, ignore_errors=True)
        if args.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)

    print(f"\n{args.years}-year diary, {args.rounds} rounds, whole processes, medians (ms)")
    print(f"{'command':<14}{'app open':>10}{'unlocking':>11}{'ratio':>8}")
    for name in commands:
        open_ms = statistics.median(times[(name, "app open")])
        alone_ms = statistics.median(times[(name, "unlocking")])
        print(f"{name:<14}{open_ms:>10.0f}{alone_ms:>11.0f}{open_ms / alone_ms:>8.2f}")
    if jrnl_env is not None:
        jrnl_ms = statistics.median(times[("search", "jrnl")])
        open_ms = statistics.median(times[("search", "app open")])
        verdict = "met" if open_ms <= 0.2 * jrnl_ms else "MISSED"
        print(f"jrnl -contains {WORD}: {jrnl_ms:.0f} ms; diary search with the app open is "
              f"{open_ms / jrnl_ms:.2f}× it (target ≤ 0.2×: {verdict})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
