"""The `math` module (module.py); argument helpers shared by the built-in
modules (args.py)."""
