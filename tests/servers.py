"""Start real servers on 127.0.0.1 for tests, and stop them."""
from __future__ import annotations

import subprocess
import sys
import time
from contextlib import contextmanager

import httpx
from conftest import free_port


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server at {url} did not start in {seconds} s")


@contextmanager
def oxigraph_server(binary: str, location: str):
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", location, "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


@contextmanager
def policykg_server(data_dir: str, env: dict):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "policykg.api.cli", "serve", "--data", data_dir, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", proc, seconds=120)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)
