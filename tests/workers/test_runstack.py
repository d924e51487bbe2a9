"""`make run` (manage.py runstack) as a sysadmin meets it: one per var dir, nothing left behind, honest exit codes."""

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import wait_for
from tests.workers.processes import database_url
from workers import runlock

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class Stacks:
    def __init__(self, tmp_path: Path):
        self.var = tmp_path / "var"
        self.env = {**os.environ, "DATABASE_URL": database_url(), "CELERY_BROKER_URL": "embedded://",
                    "BROKER_DIR": str(tmp_path / "broker"), "FACTCHECK_VAR_DIR": str(self.var),
                    "WEB_WORKERS": "1", "IO_CONCURRENCY": "1", "CPU_CONCURRENCY": "1", "PYTHONUNBUFFERED": "1"}
        self.env.pop("BROKER_KEY_PREFIX", None)
        self.tmp = tmp_path
        self.started: list[subprocess.Popen] = []
        self.pids: set[int] = set()

    def start(self, port: int, name: str) -> subprocess.Popen:
        log = open(self.tmp / f"{name}.log", "w")  # noqa: SIM115 closed with the process
        proc = subprocess.Popen(
            [sys.executable, "manage.py", "runstack", "--no-demo", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        proc.log_path = self.tmp / f"{name}.log"
        self.started.append(proc)
        return proc

    def output(self, proc) -> str:
        return proc.log_path.read_text()

    def serving(self, proc) -> None:
        wait_for(lambda: "Serving on" in self.output(proc) or proc.poll() is not None, timeout=120,
                 message="runstack to start its children")
        assert proc.poll() is None, self.output(proc)
        self.pids.update(_children(proc.pid))
        assert len(self.pids) == 4, self.pids  # web, two workers, beat

    def cleanup(self):
        for proc in self.started:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(40)
                except subprocess.TimeoutExpired:
                    proc.kill()
        for pid in self.pids:
            if _alive(pid):
                os.killpg(pid, signal.SIGKILL)


@pytest.fixture
def stacks(tmp_path, transactional_db):
    stacks = Stacks(tmp_path)
    yield stacks
    stacks.cleanup()


def test_a_second_stack_on_one_var_dir_is_refused_and_a_killed_one_leaves_nothing(stacks):
    # given: a stack running
    first = stacks.start(_free_port(), "first")
    stacks.serving(first)

    # when: a second one starts on the same var dir (another port, so the bind would not stop it)
    second = stacks.start(_free_port(), "second")
    second.wait(60)

    # then: it is refused before starting anything, and says why
    out = stacks.output(second)
    assert second.returncode != 0, out
    assert "already running" in out and "Serving on" not in out, out
    assert str(first.pid) in out

    # when: the first one's supervisor is killed outright (OOM killer, kill -9)
    os.kill(first.pid, signal.SIGKILL)
    first.wait(10)

    # then: its server, workers and beat stop too, and the var dir is free again
    wait_for(lambda: not any(_alive(pid) for pid in stacks.pids), timeout=60,
             message="the children of a killed runstack to stop")
    wait_for(lambda: not runlock.held(stacks.var), timeout=10, message="the run lock to be released")


def test_a_stack_whose_server_cannot_start_exits_with_an_error(stacks):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = stacks.start(taken.getsockname()[1], "taken")
        proc.wait(120)
    assert proc.returncode != 0, stacks.output(proc)
    assert "web exited" in stacks.output(proc)


def test_clean_stops_a_running_stack(stacks):
    proc = stacks.start(_free_port(), "cleaned")
    stacks.serving(proc)

    assert runlock.stop(stacks.var, timeout=60)

    assert proc.wait(10) == 0, stacks.output(proc)
    assert not any(_alive(pid) for pid in stacks.pids)
    assert "Stopped web, workers and beat." in stacks.output(proc)
