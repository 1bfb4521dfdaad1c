"""Grounded answers: prompts from the expert subgraph, answer backends, and a guard against invented facts."""
