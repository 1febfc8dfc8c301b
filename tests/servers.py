"""Real servers for tests, started on loopback and stopped afterwards: PostgreSQL, SMTP, IMAP,
and Tocsin itself (`tocsin serve` in a process of its own)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_healthy(base: str, seconds: float) -> bool:
    """Poll a Tocsin server's /healthz until it answers 200; False if it never does."""
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            time.sleep(0.2)
    return False


@dataclass
class Inbox:
    """What a real SMTP server on loopback received."""

    messages: list[Message] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        msg = message_from_bytes(envelope.content)
        msg["X-Envelope-To"] = ",".join(envelope.rcpt_tos)
        self.messages.append(msg)
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Message]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.messages)


@contextmanager
def serving_smtp(handler: object, port: int | None = None) -> Iterator[int]:
    """An aiosmtpd server on loopback answering with `handler`, for the block; its port."""
    port = port or free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@contextmanager
def smtp_server(port: int | None = None) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    with serving_smtp(inbox, port) as port:
        yield inbox, port


@contextmanager
def serving_tocsin(env: dict[str, str], port: int | None = None) -> Iterator[subprocess.Popen]:
    """`tocsin serve` on a loopback port with ``env`` (its data folder and store), healthy
    before the body runs and stopped after it; ``server.args`` ends with the port."""
    port = port or free_port()
    command = [sys.executable, "-m", "tocsin.cli", "serve", "--host", "127.0.0.1"]
    server = subprocess.Popen(
        [*command, "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_until_healthy(f"http://127.0.0.1:{port}", 60), "the server did not start"
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)


def served_at(server: subprocess.Popen) -> str:
    return f"http://127.0.0.1:{server.args[-1]}"


def _pg_bin() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    return os.path.dirname(found[-1])


@contextmanager
def postgres_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster on a loopback port; yields its SQLAlchemy URL."""
    bindir = _pg_bin()
    workdir = tempfile.mkdtemp(prefix="tocsin-pg-")
    datadir = os.path.join(workdir, "data")
    port = free_port()
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(workdir, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]

    def run(*args: str) -> None:
        subprocess.run([*as_postgres, *args], check=True, capture_output=True, text=True)

    run(f"{bindir}/initdb", "-D", datadir, "-U", "tocsin", "--auth=trust", "-E", "UTF8")
    run(
        f"{bindir}/pg_ctl",
        "-D",
        datadir,
        "-w",
        "-l",
        os.path.join(workdir, "log"),
        "-o",
        f"-c listen_addresses=127.0.0.1 -p {port} -k {workdir} -c fsync=off",
        "start",
    )
    try:
        run(f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "tocsin", "tocsin")
        yield f"postgresql+psycopg://tocsin@127.0.0.1:{port}/tocsin"
    finally:
        subprocess.run(
            [*as_postgres, f"{bindir}/pg_ctl", "-D", datadir, "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    user: str
    password: str


_DOVECOT_CONF = """\
base_dir = {run}
state_dir = {state}
log_path = {work}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
mail_location = maildir:{work}/mail/%u
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = {work}/passwd
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={work}/mail/%u
}}
"""


@contextmanager
def imap_server() -> Iterator[ImapAccount]:
    """A throw-away Dovecot IMAP server on a loopback port with one mailbox account."""
    dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not os.path.exists(dovecot):
        raise RuntimeError("Dovecot is not installed (apt-get install dovecot-imapd)")
    work = tempfile.mkdtemp(prefix="tocsin-imap-")
    os.chmod(work, 0o755)
    if os.geteuid() == 0:  # mail processes never run as root: use the unprivileged "nobody"
        user, group, uid = "nobody", "nogroup", 65534
    else:
        import grp
        import pwd

        entry = pwd.getpwuid(os.geteuid())
        user, group, uid = entry.pw_name, grp.getgrgid(entry.pw_gid).gr_name, entry.pw_uid
    os.makedirs(os.path.join(work, "mail"))
    if os.geteuid() == 0:
        shutil.chown(os.path.join(work, "mail"), user, group)
    account = ImapAccount("127.0.0.1", free_port(), "monitor", "field-reports-2026")
    with open(os.path.join(work, "passwd"), "w") as handle:
        handle.write(f"{account.user}:{{PLAIN}}{account.password}::::::\n")
    conf = os.path.join(work, "dovecot.conf")
    with open(conf, "w") as handle:
        handle.write(
            _DOVECOT_CONF.format(
                run=os.path.join(work, "run"),
                state=os.path.join(work, "state"),
                work=work,
                user=user,
                group=group,
                uid=uid,
                port=account.port,
            )
        )
    process = subprocess.Popen(
        [dovecot, "-F", "-c", conf], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        _wait_for_port(account.port, process, os.path.join(work, "dovecot.log"))
        yield account
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(work, ignore_errors=True)


def _wait_for_port(port: int, process: subprocess.Popen, log: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            detail = open(log).read() if os.path.exists(log) else ""
            raise RuntimeError(f"the IMAP server stopped: {output}{detail}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the IMAP server did not listen on port {port}")
