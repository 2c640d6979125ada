"""mailbox: an mbox and a Maildir in a temporary directory: adding,
iterating, flags, removing, and reading the messages back."""
import email.message
import mailbox
import os
import tempfile


def make(i):
    m = email.message.EmailMessage()
    m["From"] = "sender%d@example.com" % i
    m["To"] = "rcpt@example.com"
    m["Subject"] = "Message %d" % i
    m.set_content("Body of message %d.\nFrom the start of a line.\n" % i)
    return m


with tempfile.TemporaryDirectory() as d:
    mb = mailbox.mbox(os.path.join(d, "box.mbox"))
    mb.lock()
    keys = [mb.add(make(i)) for i in range(3)]
    mb.flush()
    mb.unlock()
    print(keys, len(mb))
    for key, msg in sorted(mb.items()):
        print(key, msg["subject"], msg.get_from().split()[0], repr(msg.get_payload().splitlines()[1]))
    m = mb[1]
    m.set_flags("RO")
    mb[1] = m
    del mb[0]
    mb.flush()
    print(sorted(mb.keys()), mb[1].get_flags(), mb[1]["status"])
    with open(os.path.join(d, "box.mbox")) as f:
        content = f.read()
    print(content.count("\nFrom "), content.count(">From the start"))
    mb.close()

    md = mailbox.Maildir(os.path.join(d, "maildir"), create=True)
    k = md.add(make(7))
    msg = md[k]
    print(type(msg).__name__, msg.get_subdir(), msg["subject"])
    msg.set_subdir("cur")
    msg.add_flag("S")
    md[k] = msg
    print(md[k].get_subdir(), md[k].get_flags(), len(md))
    sub = md.add_folder("Archive")
    sub.add(make(8))
    print(md.list_folders(), len(md.get_folder("Archive")))
    print(sorted(os.listdir(os.path.join(d, "maildir"))))
    try:
        md["nokey"]
    except KeyError as e:
        print("KeyError:", e)
    md.remove(k)
    print(len(md))
    mm = mailbox.mboxMessage(make(9))
    mm.set_from("someone@example.com", (2024, 1, 2, 3, 4, 5, 0, 0, 0))
    print(mm.get_from())
    mh = mailbox.MHMessage(mm)
    mh.add_sequence("unseen")
    print(mh.get_sequences(), type(mailbox.MaildirMessage(mm)).__name__, mailbox.MaildirMessage(mm).get_flags())
