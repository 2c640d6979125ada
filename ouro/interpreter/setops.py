"""The set opcodes of the eval loop: BUILD_SET, SET_ADD, SET_UPDATE."""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.interpreter import frame as framemod
from ouro.objspace.setobject import (W_BaseSetObject, newset_from, set_add_key,
                                     set_update_internal)


def dispatch(f: framemod.Frame, opcode: int, oparg: int = 0) -> None:
    if opcode == op.BUILD_SET:
        items = f.popn(oparg)
        w_new = newset_from(None)
        for w_item in items:
            set_add_key(w_new, w_item)
        f.push(w_new)
    elif opcode == op.SET_ADD:
        w_item = f.pop()
        w_set = f.peek(oparg)
        assert isinstance(w_set, W_BaseSetObject)
        set_add_key(w_set, w_item)
    elif opcode == op.SET_UPDATE:
        w_iterable = f.pop()
        w_set = f.peek(oparg)
        assert isinstance(w_set, W_BaseSetObject)
        set_update_internal(w_set, w_iterable)
