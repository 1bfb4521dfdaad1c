"""The `expertglm` commands, one module per concern; `expertglm/cli.py` assembles them."""
