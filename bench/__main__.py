"""`python -m bench [--quick] [--only pages|search]`: runs every bench module in turn, prints their tables.

A bench module offers `add_arguments(parser)` (optional, options prefixed with its name) and
`run(args, stdout) -> exit code`. The exit code is the worst of the modules' codes. Results are written under var/bench/.
"""

import argparse
import importlib
import sys

BENCHES = {"pages": "bench.pages", "search": "bench.search", "relevance": "bench.relevance"}


def main(argv=None):
    modules = {name: importlib.import_module(module_name) for name, module_name in BENCHES.items()}
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="Short runs (a smoke test, not a measurement).")
    parser.add_argument("--only", choices=sorted(BENCHES), help="Run one bench module.")
    for module in modules.values():
        if hasattr(module, "add_arguments"):
            module.add_arguments(parser)
    args = parser.parse_args(argv)
    worst = 0
    for name, module in modules.items():
        if args.only and name != args.only:
            continue
        print(f"\n===== bench: {name} =====", flush=True)
        worst = max(worst, module.run(args, sys.stdout) or 0)
    return worst


if __name__ == "__main__":
    sys.exit(main())
