"""The `_io` built-in module: the io stack (FileIO, buffered and text
streams, StringIO, BytesIO) and open()."""
