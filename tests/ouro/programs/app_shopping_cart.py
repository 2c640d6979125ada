import argparse
import json
import sys
from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP
from collections import OrderedDict

CATALOG = {
    "apple": Decimal("0.40"),
    "bread": Decimal("2.15"),
    "cheese": Decimal("7.99"),
    "milk": Decimal("1.09"),
}


class CartError(Exception):
    pass


@dataclass
class Line:
    sku: str
    qty: int
    unit: Decimal

    @property
    def total(self):
        return self.unit * self.qty


@dataclass
class Cart:
    lines: "OrderedDict[str, Line]" = field(default_factory=OrderedDict)
    coupon: str | None = None

    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise CartError(f"unknown product {sku!r}")
        if qty <= 0:
            raise CartError(f"quantity must be positive, got {qty}")
        if sku in self.lines:
            self.lines[sku].qty += qty
        else:
            self.lines[sku] = Line(sku, qty, CATALOG[sku])

    def remove(self, sku):
        try:
            del self.lines[sku]
        except KeyError:
            raise CartError(f"{sku!r} is not in the cart") from None

    def subtotal(self):
        return sum((l.total for l in self.lines.values()), Decimal("0"))

    def discount(self):
        if self.coupon == "TENOFF":
            return (self.subtotal() * Decimal("0.10")).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if self.coupon == "CHEESE" and "cheese" in self.lines:
            return self.lines["cheese"].unit
        return Decimal("0.00")

    def receipt(self):
        rows = [f"{l.sku:<8} {l.qty:>3} x {l.unit:>5} = {l.total:>7}" for l in self.lines.values()]
        rows.append(f"{'subtotal':<20} {self.subtotal():>7}")
        if self.discount():
            rows.append(f"{'discount (' + self.coupon + ')':<20} {-self.discount():>7}")
        rows.append(f"{'TOTAL':<20} {self.subtotal() - self.discount():>7}")
        return "\n".join(rows)


def main(argv):
    p = argparse.ArgumentParser(prog="cart")
    p.add_argument("items", nargs="*", help="sku[:qty]")
    p.add_argument("--coupon")
    p.add_argument("--remove", action="append", default=[])
    p.add_argument("--json", action="store_true")
    ns = p.parse_args(argv)
    cart = Cart(coupon=ns.coupon)
    for item in ns.items:
        sku, _, qty = item.partition(":")
        try:
            cart.add(sku, int(qty) if qty else 1)
        except (CartError, ValueError) as e:
            print(f"skipping {item!r}: {e}", file=sys.stderr)
    for sku in ns.remove:
        try:
            cart.remove(sku)
        except CartError as e:
            print("error:", e, file=sys.stderr)
    if ns.json:
        print(json.dumps({k: {**asdict(v), "unit": str(v.unit)} for k, v in cart.lines.items()}, sort_keys=True))
    else:
        print(cart.receipt())
    return 0 if cart.lines else 1


for argv in (["apple:6", "bread", "cheese", "apple:2"], ["milk:2", "cheese", "--coupon", "TENOFF"],
             ["cheese:2", "--coupon", "CHEESE", "--remove", "bread"], ["caviar", "milk:x", "milk:-1", "bread:3", "--json"], []):
    print("$ cart", " ".join(argv))
    print("exit status", main(argv))
try:
    main(["--bogus"])
except SystemExit as e:
    print("argparse exit", e.code)
sys.exit(main(["apple:0"]))
