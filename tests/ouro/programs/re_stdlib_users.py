"""re through its users in the standard library: textwrap, string.Template,
fnmatch, json, configparser, argparse, shlex, ipaddress, difflib,
urllib.parse."""
import textwrap, string, fnmatch, json
print(textwrap.wrap("The quick brown fox jumps over the lazy dog " * 3, 30))
print(textwrap.dedent("    a\n      b\n    c"))
print(textwrap.fill("hello   world  this is   text", width=12))
print(textwrap.shorten("Hello  world! This is a test", width=15))
print(textwrap.indent("a\nb\n", "> "))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Template("$a $$ $b").safe_substitute(a=1))
print(fnmatch.translate("*.py"), fnmatch.fnmatch("x.py", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"))
print(json.loads('{"a": [1, 2.5, "x\\u00e9", true, null], "b": {"c": -3e2}}'))
print(json.dumps({"k": "v\n\u00e9"}), json.dumps([1, 2], indent=2))
import configparser
cp = configparser.ConfigParser()
cp.read_string("[sec]\nkey = value\nnum = 3\n")
print(cp["sec"]["key"], cp.getint("sec", "num"))
import argparse
ap = argparse.ArgumentParser(prog="x")
ap.add_argument("--n", type=int, default=1)
ap.add_argument("files", nargs="*")
print(ap.parse_args(["--n", "3", "a", "b"]))
import shlex
print(shlex.split("a 'b c' \"d e\" f\\ g"))
import ipaddress
print(ipaddress.ip_address("192.168.1.1"), ipaddress.ip_network("10.0.0.0/8").num_addresses)
import difflib
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"])))
import urllib.parse
print(urllib.parse.urlparse("http://u:p@host:80/p/a?q=1#f"), urllib.parse.quote("a b/é"))
