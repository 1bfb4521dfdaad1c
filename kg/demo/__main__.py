"""`python -m kg.demo OUT.jsonl [-n N] [--seed S]`: write the demo expert data set as JSONL."""

import argparse
import sys
import time

from kg.demo.generator import write_demo_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.demo", description=__doc__)
    parser.add_argument("out", help="JSONL file to write")
    parser.add_argument("-n", type=int, default=10_000, help="number of records (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    count = write_demo_data(args.out, args.n, args.seed)
    seconds = time.perf_counter() - start
    print(f"wrote {count} records to {args.out} in {seconds:.1f}s ({count / max(seconds, 1e-9):,.0f}/s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
