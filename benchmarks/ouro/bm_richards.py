"""richards: Martin Richards' operating-system simulation (a scheduler,
an idle task, a worker, two handlers and two devices exchanging packets),
the workload of pyperformance's richards benchmark. Written for
Ouroboros; checks and prints the queue and hold counts."""
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class DeviceRec(object):
    def __init__(self):
        self.pending = None


class IdleRec(object):
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRec(object):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerRec(object):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class State(object):
    """The scheduler's shared state: the task table and the counters."""
    def __init__(self):
        self.task_tab = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0


STATE = State()


class Task(object):
    def __init__(self, ident, priority, input, pending, waiting, holding, rec):
        self.link = STATE.task_list
        self.ident = ident
        self.priority = priority
        self.input = input
        self.packet_pending = pending
        self.task_waiting = waiting
        self.task_holding = holding
        self.rec = rec
        STATE.task_list = self
        STATE.task_tab[ident] = self

    def held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run(self):
        if self.waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.packet_pending = False
            else:
                self.packet_pending = True
            self.task_waiting = False
            self.task_holding = False
        else:
            msg = None
        return self.fn(msg, self.rec)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        STATE.hold_count += 1
        self.task_holding = True
        return self.link

    def find(self, ident):
        t = STATE.task_tab[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def send(self, pkt):
        t = self.find(pkt.ident)
        STATE.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            pkt = rec.pending
            if pkt is None:
                return self.wait()
            rec.pending = None
            return self.send(pkt)
        rec.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, rec):
        if pkt is not None:
            if pkt.kind == K_WORK:
                rec.work_in_add(pkt)
            else:
                rec.device_in_add(pkt)
        work = rec.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            rec.work_in = work.link
            return self.send(work)
        dev = rec.device_in
        if dev is None:
            return self.wait()
        rec.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.send(dev)


class IdleTask(Task):
    def fn(self, pkt, rec):
        rec.count -= 1
        if rec.count == 0:
            return self.hold()
        if rec.control & 1 == 0:
            rec.control //= 2
            return self.release(I_DEVA)
        rec.control = (rec.control // 2) ^ 0xd008
        return self.release(I_DEVB)


A_CODE = ord('A')


class WorkTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            return self.wait()
        if rec.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        rec.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            rec.count += 1
            if rec.count > 26:
                rec.count = 1
            pkt.data[i] = A_CODE + rec.count - 1
        return self.send(pkt)


def schedule():
    t = STATE.task_list
    while t is not None:
        if t.held_or_waiting():
            t = t.link
        else:
            t = t.run()


def run_once():
    global STATE
    STATE = State()
    IdleTask(I_IDLE, 1, None, False, False, False, IdleRec())

    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(I_WORK, 1000, q, True, True, False, WorkerRec())

    q = Packet(None, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    HandlerTask(I_HANDLERA, 2000, q, True, True, False, HandlerRec())

    q = Packet(None, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    HandlerTask(I_HANDLERB, 3000, q, True, True, False, HandlerRec())

    DeviceTask(I_DEVA, 4000, None, False, True, False, DeviceRec())
    DeviceTask(I_DEVB, 5000, None, False, True, False, DeviceRec())

    schedule()
    return STATE.qpkt_count, STATE.hold_count


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    ok = 0
    for _ in range(loops):
        q, h = run_once()
        if q == 23246 and h == 9297:
            ok += 1
    print("richards", loops, q, h, "ok" if ok == loops else "WRONG")


if __name__ == "__main__":
    main()
