"""Issue 13: paths a user names. A missing one, a dangling link, a device, a pipe or an
unreadable folder fails on its own line; the rest of the run loads (exit 3)."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from click.testing import CliRunner
from provgraph.cli.main import cli


@pytest.fixture
def corpus(seeds, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(seeds, folder)
    return folder


def load(*args: str):
    return CliRunner().invoke(cli, ["load", *args])


def test_a_missing_path_in_the_list_fails_alone(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "no-such-article.txt"
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    r = load(str(corpus), str(missing), str(dangling))
    assert r.exit_code == 3, r.output
    assert "5 loaded" in r.stdout
    assert f"failed: {missing}: no such file" in r.stderr and f"failed: {dangling}: no such file" in r.stderr


def test_a_device_or_a_pipe_is_refused_not_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    # were the pipe opened, this reader would never come: the test would hang, not pass
    timer = threading.Timer(20, lambda: os._exit(1))
    timer.start()
    try:
        r = load("/dev/zero", str(pipe))
    finally:
        timer.cancel()
    assert r.exit_code == 1
    assert "failed: /dev/zero: is not a regular file" in r.stderr and f"failed: {pipe}: is not a regular file" in r.stderr


def test_an_unreadable_folder_is_reported(corpus, tmp_path, monkeypatch):
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("“The ovens will stay open through the whole winter,” said Ines Duarte.\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        # what a folder without read permission does (the tests run as root, who may read anything)
        if not isinstance(path, int) and os.fspath(path) == str(locked):  # an int: a folder descriptor
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    r = load(str(corpus))
    assert r.exit_code == 3 and "5 loaded" in r.stdout
    assert f"failed: {locked}: folder cannot be read (permission denied)" in r.stderr
