"""A throwaway OpenSSH server on 127.0.0.1: its own config, host key and user key in a
temporary directory, running as the current user, stopped after the test."""

from __future__ import annotations

import getpass
import os
import shlex
import shutil
import socket
import subprocess
import time
from pathlib import Path

SSHD_MISSING = "OpenSSH's sshd could not start: the tests of the reader over SSH did NOT run"
SKIPPED: list[str] = []
"""Why the SSH tests were skipped, for the run's summary."""

_CONFIG = """\
Port {port}
ListenAddress 127.0.0.1
HostKey {dir}/host_key
PidFile {dir}/sshd.pid
AuthorizedKeysFile {dir}/authorized_keys
AllowUsers {user}
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitUserEnvironment no
PrintMotd no
PrintLastLog no
Banner none
"""


class SshdUnavailable(Exception):
    """sshd is not installed or did not come up; the message says why, in one line."""


def _sshd_binary() -> str:
    found = shutil.which("sshd") or next(
        (p for p in ("/usr/sbin/sshd", "/usr/local/sbin/sshd") if os.access(p, os.X_OK)), None)
    if found is None or shutil.which("ssh") is None or shutil.which("ssh-keygen") is None:
        raise SshdUnavailable("sshd, ssh or ssh-keygen is not installed "
                              "(Debian: apt-get install openssh-server openssh-client; "
                              ".ci/run installs them)")
    return os.path.abspath(found)  # sshd re-executes itself: it wants an absolute path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SshServer:
    """sshd on 127.0.0.1 for the current user, keys and config under `directory`."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.user = getpass.getuser()
        self.port = _free_port()
        self.key = directory / "user_key"
        self.log = directory / "sshd.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        sshd = _sshd_binary()
        if os.geteuid() == 0:
            Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation
        for name in ("host_key", "user_key"):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name,
                            "-f", str(self.directory / name)], check=True, timeout=60)
        shutil.copy(self.directory / "user_key.pub", self.directory / "authorized_keys")
        host_key = (self.directory / "host_key.pub").read_text().split()[:2]
        (self.directory / "known_hosts").write_text(
            f"[127.0.0.1]:{self.port} {' '.join(host_key)}\n")
        config = self.directory / "sshd_config"
        config.write_text(_CONFIG.format(port=self.port, dir=self.directory, user=self.user))
        try:
            check = subprocess.run([sshd, "-t", "-f", str(config)], capture_output=True,
                                   text=True, timeout=60)
            if check.returncode != 0:
                raise SshdUnavailable(f"sshd refused its config: {check.stderr.strip()}")
            self.process = subprocess.Popen(
                [sshd, "-D", "-f", str(config), "-E", str(self.log)], stdin=subprocess.DEVNULL)
        except OSError as error:
            raise SshdUnavailable(f"{sshd} cannot run: {error}") from None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SshdUnavailable(f"sshd exited ({self.process.returncode}): "
                                      + self.log.read_text(errors="replace").strip()[-300:])
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        raise SshdUnavailable(f"sshd did not listen on 127.0.0.1:{self.port} in 20 s")

    def ssh_args(self, *options: str) -> list[str]:
        """`ssh` to this server with its keys and nothing from ~/.ssh or /etc/ssh/ssh_config
        (Debian's sends LANG and LC_*: here the remote end gets TERM alone)."""
        return ["ssh", "-F", "/dev/null", "-i", str(self.key), "-p", str(self.port),
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=yes",
                "-o", f"UserKnownHostsFile={self.directory / 'known_hosts'}",
                "-o", "LogLevel=ERROR", *options, f"{self.user}@127.0.0.1"]

    def command_line(self, remote_command: str, *options: str) -> str:
        """A shell command line that runs `remote_command` on this server."""
        return shlex.join([*self.ssh_args(*options), remote_command])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
