import textwrap
import string
from collections import Counter, defaultdict
from statistics import mean, median

LOG = """\
2024-01-03 alice login ok
2024-01-03 bob login failed
2024-01-03 bob login ok
2024-01-04 carol upload 1532
2024-01-04 alice upload 200
2024-01-04 alice logout ok
2024-01-05 bob upload 99999
2024-01-05 dave login failed
2024-01-05 dave login failed
2024-01-05 dave login failed
2024-01-06 carol download 512
"""

events = []
for n, line in enumerate(LOG.splitlines(), 1):
    date, user, action, detail = line.split(maxsplit=3)
    events.append({"n": n, "date": date, "user": user, "action": action, "detail": detail})

by_user = defaultdict(list)
for ev in events:
    by_user[ev["user"]].append(ev)
uploads = [int(ev["detail"]) for ev in events if ev["action"] == "upload"]
failed = Counter(ev["user"] for ev in events if ev["detail"] == "failed")

tmpl = string.Template("""\
Activity report
===============
Events:   $events
Users:    $users
Uploads:  $n_up (mean $mean_up bytes, median $median_up)
""")
print(tmpl.substitute(events=len(events), users=", ".join(sorted(by_user)), n_up=len(uploads),
                      mean_up=f"{mean(uploads):,.1f}", median_up=median(uploads)))
print(f"{'user':<8}{'events':>7}{'first seen':>12}{'actions':>30}")
for user in sorted(by_user, key=lambda u: (-len(by_user[u]), u)):
    evs = by_user[user]
    actions = ",".join(sorted({e["action"] for e in evs}))
    print(f"{user:<8}{len(evs):>7}{evs[0]['date']:>12}{actions:>30}")
print()
for user, n in failed.most_common():
    flag = " <-- locked" if n >= 3 else ""
    print(f"{user}: {n} failed login{'s' if n != 1 else ''}{flag}")
daily = Counter(ev["date"] for ev in events)
peak = max(daily.values())
for day, n in sorted(daily.items()):
    print(f"{day} {'█' * n}{' (peak)' if n == peak else ''}")
summary = ("Dave failed to log in three times on the fifth, which locked the account; "
           "Bob's upload of 99,999 bytes is an outlier that skews the mean upload size far "
           "above the median.")
print(textwrap.fill(summary, width=48, initial_indent="Note: ", subsequent_indent="      "))
print(textwrap.indent(textwrap.dedent("""\
    - review dave
    - check bob's upload
    """), "  "), end="")
largest = max(events, key=lambda e: int(e["detail"]) if e["detail"].isdigit() else -1)
print(largest["user"], largest["detail"], sum(1 for e in events if e["detail"] == "ok"))
print(str.title("the end"), "=" * 12)
