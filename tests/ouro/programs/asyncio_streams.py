# asyncio streams over the loopback: start_server + open_connection (TCP on
# 127.0.0.1 and a Unix socket), low-level sock_* calls, connection refused
import asyncio
import os
import socket
import tempfile


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b"echo: " + line.upper())
        await writer.drain()
    print("server: client left", peer[0] if isinstance(peer, tuple) else repr(peer))
    writer.close()
    await writer.wait_closed()


async def client(open_conn, lines):
    reader, writer = await open_conn()
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        print("client got", await reader.readline())
    writer.write_eof()
    print("at eof:", await reader.read())
    writer.close()
    await writer.wait_closed()


async def tcp():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving(), server.sockets[0].family.name)
    async with server:
        await client(lambda: asyncio.open_connection("127.0.0.1", port), ["hello", "world"])
        await client(lambda: asyncio.open_connection("127.0.0.1", port), ["second"])
        # a big payload in both directions
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        payload = b"x" * 50000 + b"\n"
        writer.write(payload)
        await writer.drain()
        got = await reader.readline()
        print("big reply", len(got), got[:10])
        writer.write_eof()
        print("at eof:", await reader.read())
        writer.close()
        await writer.wait_closed()
    print("serving after close:", server.is_serving())


async def unix():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "echo.sock")
        server = await asyncio.start_unix_server(handle, path)
        async with server:
            await client(lambda: asyncio.open_unix_connection(path), ["over unix"])


async def low_level():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    recv = loop.create_task(loop.sock_recv(b, 100))
    await asyncio.sleep(0)
    await loop.sock_sendall(a, b"via sock_sendall")
    print(await recv)
    fut = loop.create_future()
    loop.add_reader(b.fileno(), lambda: fut.set_result(b.recv(10)))
    a.send(b"reader cb")
    print(await fut)
    loop.remove_reader(b.fileno())
    a.close()
    b.close()


async def refused():
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
    except OSError as e:
        print("again:", type(e).__name__)


async def main():
    await tcp()
    await unix()
    await low_level()
    await refused()


asyncio.run(main())
print("done")
