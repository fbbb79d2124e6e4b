"""Runs a command in a pseudo-terminal and answers its prompts, for tests of coop's interactive mode.

usage: python3 answer-prompts.py STEPS_JSON COMMAND [ARG...]
STEPS_JSON is a list of [text to wait for, keys to send]. Prints everything the terminal showed
and exits with the command's exit code.
"""
import json
import os
import pty
import select
import sys
import time

steps = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])

seen = b""


def read(until=None, timeout=30.0):
    global seen
    end = time.time() + timeout
    while time.time() < end:
        if until is not None and until in seen:
            return True
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        seen += data
    return until is None


for wait, keys in steps:
    if not read(wait.encode()):
        sys.stderr.write("answer-prompts.py: never saw %r\n" % wait)
        break
    time.sleep(0.3)  # let the prompt finish drawing and filtering
    os.write(fd, keys.encode())
    time.sleep(0.3)
    os.write(fd, b"\r")
read(timeout=30.0)
done, status = os.waitpid(pid, os.WNOHANG)
if done == 0:  # still waiting for an answer nobody will give
    os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(seen)
sys.exit(os.waitstatus_to_exitcode(status))
