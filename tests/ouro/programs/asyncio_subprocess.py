# asyncio subprocesses with SafeChildWatcher (SIGCHLD through
# add_signal_handler and waitpid(WNOHANG)) and PidfdChildWatcher; the
# default watcher of 3.11 is a thread, which ouro does not have yet
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec(
        "sh", "-c", "read x; echo got $x; echo err >&2; exit 3",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate(b"input\n")
    print(out, err, p.returncode)
    p = await asyncio.create_subprocess_shell("echo shell; sleep 0.05",
                                              stdout=asyncio.subprocess.PIPE)
    print(await p.stdout.readline(), await p.wait())
    procs = [await asyncio.create_subprocess_exec("sh", "-c", f"exit {i}") for i in range(3)]
    print(await asyncio.gather(*(q.wait() for q in procs)))
    p = await asyncio.create_subprocess_exec("sleep", "10")
    p.terminate()
    print("terminated:", await p.wait())
    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print(type(e).__name__, e.filename)


asyncio.set_child_watcher(asyncio.SafeChildWatcher())
asyncio.run(main())


# the same with PidfdChildWatcher (os.pidfd_open: the loop reads the pidfd)
async def with_pidfd():
    p = await asyncio.create_subprocess_exec("sh", "-c", "echo pidfd; exit 5",
                                             stdout=asyncio.subprocess.PIPE)
    print(await p.stdout.read(), await p.wait())


asyncio.set_child_watcher(asyncio.PidfdChildWatcher())
asyncio.run(with_pidfd())
try:
    __import__("os").pidfd_open(-5)
except OSError as e:
    print(type(e).__name__, e.errno)
