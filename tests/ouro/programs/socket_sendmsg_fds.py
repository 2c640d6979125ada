"""socket.sendmsg/recvmsg with SCM_RIGHTS: descriptors passed over an
AF_UNIX socketpair (usable on arrival), several buffers joined, no
ancillary data, socket.send_fds/recv_fds, CMSG_LEN/CMSG_SPACE, and what
multiprocessing.reduction concludes from them (HAVE_SEND_HANDLE)."""
import socket, array, os
a, b = socket.socketpair()
r, w = os.pipe()
fds = array.array('i', [r, w])
print(a.sendmsg([b'x', b'y'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)]))
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(8))
print(msg, len(anc), anc[0][0], anc[0][1], len(anc[0][2]), flags, addr)
got = array.array('i'); got.frombytes(anc[0][2])
os.write(got[1], b'via passed fd'); print(os.read(r, 100))
print(socket.CMSG_LEN(0), socket.CMSG_LEN(8), socket.CMSG_SPACE(8), socket.CMSG_SPACE(1))
a.sendmsg([b'plain'])
print(b.recvmsg(10))
print(socket.send_fds(a, [b'z'], [r]), socket.recv_fds(b, 5, 1)[0])
from multiprocessing import reduction
print(reduction.HAVE_SEND_HANDLE)
