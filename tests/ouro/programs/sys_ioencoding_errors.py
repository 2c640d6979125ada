"""PYTHONIOENCODING's error handler part for stdin and stdout ("ascii:",
":ignore", "utf-8:replace"; an encoding alone means strict; ignored
under -E and -I); stderr stays backslashreplace."""
import os, subprocess, sys
code = "import sys; print(sys.stdin.errors, sys.stdout.errors, sys.stderr.errors)"
for enc in [None, ":ignore", "utf-8:replace", "utf-8", "UTF8:", ":", "", "utf-8:surrogatepass"]:
    for opts in [[], ["-E"], ["-I"]]:
        env = dict(os.environ)
        env["LC_ALL"] = "C"
        env.pop("PYTHONIOENCODING", None)
        if enc is not None:
            env["PYTHONIOENCODING"] = enc
        p = subprocess.run([sys.executable] + opts + ["-c", code], capture_output=True, env=env)
        print(repr(enc), opts, p.stdout.decode().strip(), p.returncode)
env = dict(os.environ)
env["PYTHONIOENCODING"] = "utf-8:replace"
p = subprocess.run([sys.executable, "-c", "print('a\\udcff\\ud800b')"], capture_output=True, env=env)
print(p.stdout, p.returncode)
