"""An ingest killed with SIGKILL mid-run resumes without duplicates or losses."""

import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from dateline.store import Store
from dateline.store.schema import articles, sources

N_FILES = 3000


def _count(db_url):
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            return (conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                    conn.execute(select(func.count(func.distinct(articles.c.source_id)))).scalar_one())
    finally:
        store.close()


def test_killed_ingest_resumes_without_duplicates(db_url, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(N_FILES):
        (folder / f"{n:05d}.txt").write_text(
            f" date 2023-01-02 SEOUL, Jan 1 (Wire) - North Korea fired missile number {n} on Sunday, "
            f"officials said.\n\nIt was report {n} of the day.\n")
    Store(db_url).close()  # migrate first, so the child starts writing at once
    env = {**os.environ, "DATELINE_BATCH_SIZE": "25"}
    cmd = [sys.executable, "-m", "dateline", "--db", db_url, "ingest", "--no-understand", str(folder)]
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db_url)[0] < 100 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    done_before, _ = _count(db_url)
    assert 0 < done_before < N_FILES, "the run should have been killed half-way"

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    total, distinct_sources = _count(db_url)
    assert total == distinct_sources == N_FILES
    store = Store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(sources)).scalar_one() == N_FILES
    # A third run finds everything done.
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert f"│   0 │       0 │      {N_FILES} │" in again.stdout and _count(db_url)[0] == N_FILES
    store.close()
