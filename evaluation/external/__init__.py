"""Harnesses for public expert-finding benchmarks (read from ../shared/data, never committed)."""
