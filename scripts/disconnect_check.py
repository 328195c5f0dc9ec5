"""Disconnect every parameter of every algorithm in turn and check that the wiring test fails each time.

Runs ``tests/test_wiring.py::test_parameter_reaches_the_results`` with the ``wiring.disconnect`` plugin (each case's
parameter is cut off from ``compute``) and lists the cases that still passed: a parameter whose disconnection the
wiring test would not notice. Exit status 0 when there is none. ``make disconnect-check``.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> int:
    selection = "test_parameter_reaches_the_results"
    args = sys.argv[1:]
    if "-k" in args:  # narrow the sweep (e.g. -k ldnbalance) without running the wiring test's other tests
        i = args.index("-k")
        selection += f" and ({args[i + 1]})"
        args = args[:i] + args[i + 2:]
    cmd = [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "wiring.disconnect", "-p", "no:cacheprovider",
           os.path.join(ROOT, "tests", "test_wiring.py"), "-k", selection] + args
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    passed = re.findall(r"^PASSED .*\[(.+)\]$", proc.stdout, re.M)
    failed = re.findall(r"^FAILED .*\[(.+?)\]", proc.stdout, re.M)
    print(f"{len(failed)} disconnected parameter(s) caught by the wiring test, {len(passed)} not caught")
    for case in passed:
        print(f"  NOT CAUGHT: {case}")
    if not failed:
        print(proc.stdout[-3000:])
        return 2
    return 1 if passed else 0


if __name__ == "__main__":
    sys.exit(main())
