"""The `_md5`, `_sha1` and `_sha256` modules (module.py)."""
