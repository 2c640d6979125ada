"""posix.execv/execve: CPython's argument errors and the OSError of a
missing program (named by execve only), both run in forked children,
and pty.spawn (openpty, fork, execlp) copying a child's output."""
import os
import pty
import sys


def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


t('not list', lambda: os.execv('/bin/true', 'x'))
t('empty', lambda: os.execv('/bin/true', []))
t('first empty', lambda: os.execv('/bin/true', ['']))
t('int arg', lambda: os.execv('/bin/true', ['a', 1]))
t('nul', lambda: os.execv('/bin/true', ['a\0']))
t('missing', lambda: os.execv('/nonexistent', ['x']))
t('ve not list', lambda: os.execve('/bin/true', 'x', {}))
t('ve empty', lambda: os.execve('/bin/true', (), {}))
t('ve env', lambda: os.execve('/bin/true', ['x'], 5))
t('ve bad key', lambda: os.execve('/bin/true', ['x'], {'a=b': 'c'}))
t('ve missing', lambda: os.execve('/nonexistent', ['x'], {}))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'echo child $FOO'], {'FOO': 'bar'})
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os.execv('/bin/echo', ['echo', 'execv', 'works'])
os.waitpid(pid, 0)
out = []


def read(fd):
    data = os.read(fd, 1024)
    out.append(data)
    return data


sys.stdout.flush()
status = pty.spawn([sys.executable, '-c', 'print("hi there")'], read)
print(b''.join(out).replace(b'\r\n', b'\n'), os.waitstatus_to_exitcode(status))
