#!/usr/bin/env python3
"""Runs the Debian `age` tool with a passphrase typed on a terminal, as a person would.

`age` reads passphrases only from a terminal, so this gives it a pseudo-terminal and types
the passphrase from the AGE_PASSPHRASE environment variable whenever age asks for one.

    AGE_PASSPHRASE=... age-pty.py -d -o plain.json backup.age
    AGE_PASSPHRASE=... age-pty.py -p -o out.age plain.json
"""
import os
import pty
import sys

passphrase = os.environ["AGE_PASSPHRASE"].encode() + b"\n"
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", *sys.argv[1:]])

seen = b""
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    # age asks "Enter passphrase" (and "Confirm passphrase" when encrypting).
    while b"passphrase" in seen.lower() and b":" in seen:
        os.write(fd, passphrase)
        seen = b""
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
