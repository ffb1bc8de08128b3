"""The deployment files a deployer installs (deploy/): the systemd units and HAProxy's
configuration, read as systemd and HAProxy would read them."""

from __future__ import annotations

import configparser
import itertools
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from scripts.scaled import HaproxyLayout, render_haproxy_config
from tests.conftest import missing_service
from tests.import_graph import import_cycle

REPO = Path(__file__).resolve().parent.parent
UNITS = REPO / "deploy" / "systemd"
INSTALL_DIR = "/opt/advisor"  # where the units expect the checkout (docs/deployment.md)
SERVICES = (
    "advisor-actions.service",
    "advisor-rasa@.service",
    "advisor-web.service",
    "advisor-haproxy.service",
)
# What a secret on a command line would look like (`ps` shows command lines to everyone).
SECRET_SHAPES = re.compile(
    r"(--auth-token|--token|secret|password|token=|://[^/\s:]+:[^@\s]+@|[A-Za-z0-9_\-]{32,})", re.IGNORECASE
)


def read_unit(name: str) -> configparser.ConfigParser:
    # systemd repeats some keys (ExecStartPre=); strict=False keeps the parser going, and
    # the lines themselves are read by exec_lines().
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(UNITS / name)
    return parser


def exec_lines(name: str) -> list[list[str]]:
    """Every ExecStart*/ExecStop*/ExecReload command of a unit, split as systemd does."""
    lines = (UNITS / name).read_text().splitlines()
    return [
        shlex.split(line.split("=", 1)[1]) for line in lines if re.match(r"Exec(Start|Stop|Reload)\w*=", line)
    ]


def in_repo(path: str) -> Path:
    assert path.startswith(INSTALL_DIR + "/"), path
    return REPO / path.removeprefix(INSTALL_DIR + "/")


def module_file(module: str) -> Path:
    base = REPO.joinpath(*module.split("."))
    return base / "__main__.py" if base.is_dir() else base.with_suffix(".py")


@pytest.mark.parametrize("name", SERVICES)
def test_a_service_restarts_reads_its_environment_file_and_runs_as_the_service_user(name: str) -> None:
    service = read_unit(name)["Service"]
    assert service.get("Restart") in {"on-failure", "always"}
    assert service.get("EnvironmentFile") == "/etc/advisor/advisor.env"
    assert service.get("User") == "advisor"
    assert service.get("WorkingDirectory") == INSTALL_DIR
    assert read_unit(name)["Install"].get("WantedBy") == "advisor.target"


@pytest.mark.parametrize("name", SERVICES)
def test_a_service_runs_programs_and_modules_that_exist(name: str) -> None:
    for command in exec_lines(name):
        program = command[0]
        if program.startswith(INSTALL_DIR):
            assert program == f"{INSTALL_DIR}/.venv/bin/python", program
            assert command[1] == "-m"
            assert module_file(command[2]).is_file(), command[2]
        elif program == "/usr/sbin/haproxy":
            if shutil.which("haproxy") is None:
                missing_service("HAProxy is not installed here (apt-get install -y haproxy)")
            assert Path(program).is_file()
        else:
            assert program == "/bin/kill", program
        for option, value in itertools.pairwise(command):
            if option in {"--endpoints", "--credentials"}:
                assert (REPO / value).is_file(), value


@pytest.mark.parametrize("name", SERVICES)
def test_no_secret_is_on_a_command_line(name: str) -> None:
    for command in exec_lines(name):
        assert not SECRET_SHAPES.search(" ".join(command)), command
    environment = read_unit(name)["Service"].get("Environment", "")
    assert not SECRET_SHAPES.search(environment), environment


def test_the_internal_processes_listen_on_localhost_only() -> None:
    rasa = " ".join(exec_lines("advisor-rasa@.service")[0])
    assert "--interface 127.0.0.1" in rasa
    assert "ACTION_HOST=127.0.0.1" in read_unit("advisor-actions.service")["Service"]["Environment"]
    assert "WEB_HOST=127.0.0.1" in read_unit("advisor-web.service")["Service"]["Environment"]


def test_the_target_starts_every_process() -> None:
    target = read_unit("advisor.target")
    wanted = target["Unit"]["Wants"].split()
    assert {"advisor-actions.service", "advisor-web.service", "advisor-haproxy.service"} <= set(wanted)
    assert sum(unit.startswith("advisor-rasa@") for unit in wanted) >= 2
    for unit in wanted:
        template = re.sub(r"@[^.]+\.", "@.", unit)
        assert (UNITS / template).is_file(), unit
    assert target["Install"]["WantedBy"] == "multi-user.target"


def test_the_environment_example_names_every_secret_the_processes_need() -> None:
    example = (REPO / "deploy" / "advisor.env.example").read_text()
    names = {
        line.split("=", 1)[0] for line in example.splitlines() if "=" in line and not line.startswith("#")
    }
    assert {
        "RASA_AUTH_TOKEN",
        "ACTION_SERVER_SECRET",
        "CONVERSATION_SECRET",
        "STAFF_TOKEN",
        "RASA_CORS",
    } <= names


LAYOUT = HaproxyLayout(
    rasa_public_port=5005,
    web_public_port=8080,
    rasa_upstreams=("127.0.0.1:5101", "127.0.0.1:5102"),
    web_upstream="127.0.0.1:8081",
)


def test_haproxy_config_balances_sticks_checks_and_fails_over() -> None:
    config = render_haproxy_config(LAYOUT)
    assert "bind 127.0.0.1:5005" in config and "bind 127.0.0.1:8080" in config  # localhost by default
    assert "balance roundrobin" in config
    assert "stick match url_param(sid)" in config
    assert "json_query('$.sid')" in config  # learnt from the socket.io handshake
    assert "option httpchk GET /" in config
    assert re.search(r"retries [1-9]", config) and "option redispatch" in config
    assert "http-request set-header X-Forwarded-For %[src]" in config
    for line in ("timeout connect", "timeout client", "timeout server"):
        assert line in config
    assert config.count("    server rasa-") == 2


def test_haproxy_accepts_the_rendered_config(tmp_path: Path) -> None:
    binary = shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin")
    if binary is None:
        missing_service("HAProxy is not installed here (apt-get install -y haproxy)")
    path = tmp_path / "haproxy.cfg"
    path.write_text(render_haproxy_config(LAYOUT))
    checked = subprocess.run([binary, "-c", "-f", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert "WARNING" not in checked.stdout + checked.stderr, checked.stdout + checked.stderr


def script_imports(path: Path) -> set[str]:
    """The scripts.* modules a script imports, at any depth of its code."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("scripts."):
            found.add(node.module.removeprefix("scripts."))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("scripts.") for a in node.names if a.name.startswith("scripts.")}
    return found


def test_the_scripts_import_each_other_without_a_cycle_and_only_train_trains() -> None:
    graph = {p.stem: script_imports(p) for p in (REPO / "scripts").glob("*.py")}
    cycle = import_cycle(graph)
    assert cycle is None, f"import cycle: {' -> '.join(cycle or ())}"
    # Starting a form of the stack never trains: training is scripts/train.py's job.
    assert "train" not in graph["stack"] and "train" not in graph["scaled"]
    assert all('"train"' not in (REPO / "scripts" / f).read_text() for f in ("stack.py", "scaled.py"))
    assert "scripts.train" in (REPO / "Makefile").read_text()
    assert "scripts.run" in (REPO / "Makefile").read_text()
