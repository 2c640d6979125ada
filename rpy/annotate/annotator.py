"""The annotator: infers and checks the type of every variable of every graph.

It starts from entry_point(argv: list[str]) and follows calls.  Signatures
are declared, so each graph is annotated on its own: the input types of its
start block come from the signature and the rest is a fixpoint over the
blocks.  Each operation's rule (op_<name>) computes the result's SomeType
and stores in `op.info` what it resolved (which function a call reaches,
which field an attribute is, ...), for the rtyper.
"""
from __future__ import annotations

import ast
import builtins
import inspect
import re
import sys
import math
import types
import typing
from typing import Any

from rpy.annotate import model as M
from rpy.annotate.classdef import BUILTIN_EXCEPTIONS, ClassDef, own_annotations
from rpy.annotate.model import (DictDef, ListDef, SomeBool, SomeBytes, SomeConst, SomeDict,
                                SomeFloat, SomeFuncPtr, SomeImpossible, SomeInstance, SomeInt,
                                SomeIter, SomeIterable, SomeList, SomeNone, SomeStr, SomeTuple,
                                SomeType, SomeUInt, UnionError, s_bool, s_bytes, s_float,
                                s_impossible, s_int, s_none, s_str, s_uint, union)
from rpy.annotate.signature import (AnnotationError, bind_typevars, has_typevars,
                                    sometype_from_annotation)
from rpy.errors import RPyError
from rpy.flow.builder import EXC_VALUE, LAST_EXCEPTION, UNDEF_VALUE, LambdaFunction, build_flow_graph
from rpy.flow.check import checkgraph
from rpy.flow.model import Block, Constant, FunctionGraph, SpaceOperation, Variable
from rpy.rlib import rarithmetic, rgc, objectmodel, jit, rweakref
from rpy.rtype import externals


class FuncDesc:
    """One function (or one specialization of a generic one) to translate."""

    def __init__(self, func: Any, name: str, argnames: list[str], argtypes: list[SomeType],
                 result: SomeType | None, owner: ClassDef | None) -> None:
        self.func = func
        self.name = name
        self.argnames = argnames
        self.argtypes = argtypes
        self.result = result          # None: inferred (lambdas)
        self.owner = owner
        self.graph: FunctionGraph | None = None
        self.bindings: dict = {}
        self.lambdas: list[LambdaFunction] = []
        self.annotated = False

    def __repr__(self) -> str:
        return '<FuncDesc %s>' % self.name


def varname(v: Any) -> str:
    if isinstance(v, Variable):
        return v.name.rsplit('_', 1)[0]
    return repr(v)


class Annotator:
    def __init__(self) -> None:
        self.classdefs: dict[type, ClassDef] = {}
        self.descs: dict[Any, FuncDesc] = {}
        self.pending: list[FuncDesc] = []
        self.const_types: dict[int, tuple[Any, SomeType]] = {}
        self.method_families: set[tuple[ClassDef, str]] = set()
        self.entry: FuncDesc | None = None
        self.dict_key_types: list[SomeType] = []
        self.changed = False
        self.current: FuncDesc | None = None
        self.current_op: SpaceOperation | None = None
        # JitDriver -> [(kind, desc, lineno, green and red types, op)] of its markers
        self.jit_markers: dict[Any, list[tuple[str, FuncDesc, int, list[SomeType],
                                               SpaceOperation]]] = {}
        M.FUNCPTR_HOOK = self.funcptr_of

    def funcptr_of(self, func: Any) -> SomeFuncPtr | None:
        if isinstance(func, staticmethod):
            func = func.__func__
        if not isinstance(func, types.FunctionType) or self.method_owner(func) is not None:
            return None
        try:
            d = self.get_desc(func, None)
        except (AnnotationError, RPyError):
            return None
        return SomeFuncPtr(d.argtypes, d.result)  # type: ignore[arg-type]

    # ------------------------------------------------------------ driver

    def build(self, entry_point: Any) -> None:
        desc = self.get_desc(entry_point, None)
        if [a for a in desc.argtypes] != [SomeList(ListDef(s_str))] or desc.result != s_int:
            g = entry_point.__code__
            raise RPyError("entry_point must be 'def entry_point(argv: list[str]) -> int'",
                           g.co_filename, g.co_firstlineno)
        self.entry = desc
        self.complete()
        self.check_jit_drivers()

    def complete(self) -> None:
        """Annotate until nothing is pending (also after build: the JIT's
        glue, rpy/jit/translator/warmspot.py, adds functions)."""
        while True:
            while self.pending:
                d = self.pending.pop()
                self.annotate_desc(d)
            self.scan_dict_keys()
            if self.scan_prebuilt_funcptrs():
                continue
            if not self.complete_method_families():
                break

    def scan_prebuilt_funcptrs(self) -> bool:
        """Functions stored in prebuilt data (a field, list item, dict value
        or tuple item declared `Callable[...]`) are called through that data
        only: annotate them too.  Likewise the classes of prebuilt instances
        stored where a base class is declared (a field of type Base holding
        an instance of a subclass the code never names): they get their
        classdef now, before type ids are assigned (else the database met
        them only when emitting the constant: type id 0, a crash at the
        first virtual call).  Walks the constants the annotated graphs use,
        through the declared types of their contents.  True if new
        functions were scheduled or new classes found."""
        seen: set[int] = set()
        before = len(self.pending)
        new_classes: list[ClassDef] = []

        def visit(value: Any, t: Any) -> None:
            if value is None or t is None:
                return
            if isinstance(t, SomeFuncPtr):
                if isinstance(value, (types.FunctionType, staticmethod)):
                    d = self.funcptr_desc(value, t)
                    if not d.annotated and d not in self.pending:
                        self.pending.append(d)
                return
            if id(value) in seen:
                return
            if isinstance(t, SomeInstance):
                seen.add(id(value))
                cls = type(value)
                if cls not in self.classdefs:
                    if cls.__module__ == 'builtins' or not isinstance(value, t.classdef.cls):
                        return
                    cd = self.getclassdef(cls)
                    cd.instantiated = True
                    new_classes.append(cd)
                cd = self.classdefs[cls]
                for name, ft in cd.fields.items():
                    fv = value.__dict__.get(name)
                    check_prebuilt_field(cd, name, fv, ft)
                    if isinstance(ft, (SomeFuncPtr, SomeInstance, SomeList, SomeDict, SomeTuple)):
                        visit(fv, ft)
            elif isinstance(t, SomeList) and isinstance(value, list):
                seen.add(id(value))
                if isinstance(t.item, (SomeFuncPtr, SomeInstance, SomeList, SomeDict, SomeTuple)):
                    for x in value:
                        visit(x, t.item)
            elif isinstance(t, SomeDict) and isinstance(value, dict):
                seen.add(id(value))
                if isinstance(t.valuetype, (SomeFuncPtr, SomeInstance, SomeList, SomeDict, SomeTuple)):
                    for x in value.values():
                        visit(x, t.valuetype)
                if isinstance(t.keytype, SomeInstance):
                    for x in value.keys():
                        visit(x, t.keytype)
            elif isinstance(t, SomeTuple) and isinstance(value, tuple):
                seen.add(id(value))
                for x, xt in zip(value, t.items):
                    visit(x, xt)

        for d in list(self.descs.values()):
            if d.graph is None or not d.annotated:
                continue
            for block in d.graph.iterblocks():
                for op in block.operations:
                    for a in op.args:
                        if isinstance(a, Constant):
                            visit(a.value, a.annotation)
                for link in block.exits:
                    for a in link.args:
                        if isinstance(a, Constant):
                            visit(a.value, a.annotation)
        return len(self.pending) > before or len(new_classes) > 0

    def scan_dict_keys(self) -> None:
        """Dict types declared in annotations: their keys' __hash__/__eq__ are needed too."""
        seen: set[int] = set()

        def visit(t: Any) -> None:
            if t is None or id(t) in seen:
                return
            seen.add(id(t))
            if isinstance(t, SomeDict):
                if t.keytype is not None:
                    self.note_dict_key(t.keytype)
                visit(t.keytype)
                visit(t.valuetype)
            elif isinstance(t, SomeList):
                visit(t.item)
            elif isinstance(t, SomeTuple):
                for x in t.items:
                    visit(x)
        for d in list(self.descs.values()):
            for t in d.argtypes:
                visit(t)
            visit(d.result)
            if d.graph is None:
                continue
            for block in d.graph.iterblocks():
                for v in block.inputargs:
                    visit(v.annotation)
                for op in block.operations:
                    visit(op.result.annotation)
        for cd in list(self.classdefs.values()):
            for t in cd.fields.values():
                visit(t)

    def complete_method_families(self) -> bool:
        """Overrides of methods called through a base class must be translated too."""
        added = False
        for classdef, name in list(self.method_families):
            for sub in classdef.all_subdefs():
                if name in sub.cls.__dict__ and isinstance(sub.cls.__dict__[name], types.FunctionType):
                    d = self.get_method_desc(sub, name)
                    if not d.annotated and d not in self.pending:
                        self.pending.append(d)
        return bool(self.pending)

    def all_descs(self) -> list[FuncDesc]:
        return [d for d in self.descs.values() if d.graph is not None]

    # ------------------------------------------------------------ classes

    def getclassdef(self, cls: type) -> ClassDef:
        cd = self.classdefs.get(cls)
        if cd is not None:
            return cd
        if cls is object or cls is BaseException:
            raise AnnotationError("instances of '%s' are not supported" % cls.__name__)
        if cls in (set, frozenset):
            raise AnnotationError("sets are not supported; use a dict with None values")
        if cls.__module__ == 'builtins' and cls not in BUILTIN_EXCEPTIONS:
            raise AnnotationError("built-in class '%s' cannot be used as an RPy class"
                                  % cls.__name__)
        bases = [b for b in cls.__bases__ if b is not object]
        if len(bases) > 1:
            tmp = ClassDef(cls, None)
            raise RPyError("multiple inheritance is not supported: class '%s' has bases %s"
                           % (cls.__name__, ', '.join(b.__name__ for b in bases)),
                           tmp.filename, tmp.lineno)
        base = None
        if bases and cls is not Exception:
            b = bases[0]
            if b is BaseException:
                b = Exception
            base = self.getclassdef(b)
        cd = ClassDef(cls, base)
        self.classdefs[cls] = cd
        # fields
        if base is not None:
            cd.fields.update(base.fields)
            cd.field_owner.update(base.field_owner)
        if cls is Exception:
            cd.fields['__msg'] = s_str.with_nullable(True)
            cd.field_owner['__msg'] = cd
        if not cd.is_builtin_exc:
            for name, ann in own_annotations(cls).items():
                try:
                    t = sometype_from_annotation(ann, self.getclassdef)
                except AnnotationError as e:
                    raise RPyError("field '%s.%s': %s" % (cls.__name__, name, e),
                                   cd.filename, cd.lineno)
                if name in cd.fields:
                    if cd.fields[name] != t:
                        raise RPyError("field '%s.%s' redeclared with another type" %
                                       (cls.__name__, name), cd.filename, cd.lineno)
                    continue
                cd.fields[name] = t
                cd.field_owner[name] = cd
            for name, value in cls.__dict__.items():
                if isinstance(value, (classmethod, property)):
                    raise RPyError("decorator '%s' is not supported (only @staticmethod)"
                                   % type(value).__name__, cd.filename, cd.lineno)
            self.check_immutable_fields(cd)
        return cd

    def check_immutable_fields(self, cd: ClassDef) -> None:
        """`_immutable_fields_ = ['f', 'items[*]']`, a hint for the JIT: the
        fields must be declared ('[*]': a list whose items do not change either)."""
        spec = cd.cls.__dict__.get('_immutable_fields_')
        if spec is None:
            return
        if not isinstance(spec, (list, tuple)) or not all(isinstance(f, str) for f in spec):
            raise RPyError("%s._immutable_fields_ must be a list of field names" % cd.name,
                           cd.filename, cd.lineno)
        for f in spec:
            fname = f[:-3] if f.endswith('[*]') else f
            ft = cd.fields.get(fname)
            if ft is None:
                raise RPyError("%s._immutable_fields_ names '%s', which is not a declared field "
                               "of %s" % (cd.name, fname, cd.name), cd.filename, cd.lineno)
            if f.endswith('[*]') and not isinstance(ft, SomeList):
                raise RPyError("%s._immutable_fields_: '%s' is %s, not a list"
                               % (cd.name, f, ft.name()), cd.filename, cd.lineno)

    # ------------------------------------------------------------ function descs

    def signature_of(self, func: Any) -> dict:
        try:
            return typing.get_type_hints(func)
        except Exception as e:
            code = func.__code__
            raise RPyError("cannot evaluate the annotations of %s(): %s" % (func.__name__, e),
                           code.co_filename, code.co_firstlineno)

    def get_desc(self, func: Any, owner: ClassDef | None,
                 actual: list[SomeType] | None = None) -> FuncDesc:
        """The FuncDesc of a function; generic ones are specialized on `actual`."""
        if isinstance(func, LambdaFunction):
            assert actual is not None
            key = (func, tuple(actual))
            d = self.descs.get(key)
            if d is None:
                names = [a.arg for a in func.node.args.args]
                d = FuncDesc(func, func.__name__, names, list(actual), None, None)
                self.descs[key] = d
                self.annotate_desc(d)   # lambdas are annotated at once: their result is inferred
            return d
        if not isinstance(func, types.FunctionType):
            raise AnnotationError("%r is not an RPy function" % (func,))
        code = func.__code__
        self.check_decorators(func)
        hints = self.signature_of(func)
        names = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
        generic = any(has_typevars(hints.get(n)) for n in names) or has_typevars(hints.get('return'))
        key: Any = (func, owner)
        bindings: dict = {}
        if generic:
            if actual is None:
                raise AnnotationError("generic function %s() cannot be used as a value"
                                      % func.__name__)
            for n, a in zip(names, actual):
                if n in hints:
                    bind_typevars(hints[n], a, bindings)
            key = (func, owner, tuple(sorted((tv.__name__, t.name()) for tv, t in bindings.items())))
        d = self.descs.get(key)
        if d is not None:
            return d
        argtypes = []
        for i, n in enumerate(names):
            if i == 0 and owner is not None:
                argtypes.append(SomeInstance(owner))
                continue
            if n not in hints:
                raise RPyError("missing type annotation for parameter '%s' of %s(); "
                               "write '%s: TYPE'" % (n, func.__name__, n),
                               code.co_filename, code.co_firstlineno)
            if hints[n] is object and owner is not None and func.__name__ in ('__eq__', '__ne__'):
                # the mypy-clean `def __eq__(self, other: object)`: other is one of ours
                argtypes.append(SomeInstance(owner.mro()[-1]))
                continue
            try:
                argtypes.append(sometype_from_annotation(hints[n], self.getclassdef, bindings))
            except AnnotationError as e:
                raise RPyError("parameter '%s' of %s(): %s" % (n, func.__name__, e),
                               code.co_filename, code.co_firstlineno)
        try:
            result = sometype_from_annotation(hints.get('return'), self.getclassdef, bindings)
        except AnnotationError as e:
            raise RPyError("return type of %s(): %s" % (func.__name__, e),
                           code.co_filename, code.co_firstlineno)
        name = func.__qualname__.replace('.<locals>.', '_')
        if owner is not None:
            name = '%s.%s' % (owner.name, func.__name__)
        if generic:
            name += '__' + '_'.join(t.name() for t in bindings.values())
        d = FuncDesc(func, name, names, argtypes, result, owner)
        d.bindings = bindings
        self.descs[key] = d
        self.pending.append(d)
        pred = getattr(func, '_jit_look_inside_iff_', None)
        if pred is not None:
            self.check_look_inside_predicate(d, pred)
        return d

    def check_look_inside_predicate(self, d: FuncDesc, pred: Any) -> None:
        """@look_inside_iff(pred): pred takes the function's arguments, gives a bool."""
        code = d.func.__code__
        try:
            pd = self.get_desc(pred, None)
        except AnnotationError as e:
            raise RPyError("look_inside_iff predicate of %s(): %s" % (d.name, e),
                           code.co_filename, code.co_firstlineno)
        if len(pd.argtypes) != len(d.argtypes):
            raise RPyError("look_inside_iff: the predicate %s() takes %d arguments, %s() takes %d"
                           % (pd.name, len(pd.argtypes), d.name, len(d.argtypes)),
                           code.co_filename, code.co_firstlineno)
        for n, want, got in zip(pd.argnames, pd.argtypes, d.argtypes):
            try:
                self.check_assignable(got, want, "look_inside_iff: the predicate %s() declares "
                                      "'%s' as %s, but %s() passes %s" % (
                                          pd.name, n, want.name(), d.name, got.name()))
            except AnnotationError as e:
                raise RPyError(str(e), code.co_filename, code.co_firstlineno)
        if pd.result != s_bool:
            raise RPyError("look_inside_iff: the predicate %s() must return a bool" % pd.name,
                           code.co_filename, code.co_firstlineno)

    def is_generic(self, func: Any) -> bool:
        if not isinstance(func, types.FunctionType):
            return isinstance(func, LambdaFunction)
        hints = self.signature_of(func)
        return any(has_typevars(h) for h in hints.values())

    def check_decorators(self, func: Any) -> None:
        from rpy.flow.source import function_node
        node = function_node(func)
        if node is None:
            return
        for d in node.decorator_list:  # type: ignore[attr-defined]
            name = ast.unparse(d.func if isinstance(d, ast.Call) else d)
            if name.rsplit('.', 1)[-1] in jit.DECORATORS and jit.jit_hints_of(func):
                continue        # a JIT hint (rpy.rlib.jit): the function itself is unchanged
            if name != 'staticmethod':
                raise RPyError("decorator '%s' is not supported (only @staticmethod and the "
                               "JIT hints of rpy.rlib.jit)" % name,
                               func.__code__.co_filename, d.lineno)

    def get_method_desc(self, classdef: ClassDef, name: str) -> FuncDesc:
        found = classdef.lookup(name)
        assert found is not None
        owner, func = found
        return self.get_desc(func, owner)

    # ------------------------------------------------------------ one graph

    def annotate_desc(self, desc: FuncDesc) -> None:
        if desc.annotated:
            return
        desc.annotated = True
        owner_cls = desc.owner.cls if desc.owner is not None else None
        graph, lambdas = build_flow_graph(desc.func, owner_cls, desc.name)
        try:
            checkgraph(graph)
        except AssertionError as e:
            raise RPyError("internal: malformed flow graph: %s" % e, graph.filename,
                           graph.firstlineno)
        desc.graph = graph
        desc.lambdas = lambdas
        saved = self.current
        self.current = desc
        try:
            self.annotate_graph(desc, graph)
        finally:
            self.current = saved

    def annotate_graph(self, desc: FuncDesc, graph: FunctionGraph) -> None:
        for v, t in zip(graph.startblock.inputargs, desc.argtypes):
            v.annotation = t
        inferred_results: list[SomeType] = []
        for _ in range(200):
            self.changed = False
            for block in list(graph.iterblocks()):
                if block.kind:
                    continue
                if any(v.annotation is None for v in block.inputargs):
                    continue
                self.annotate_block(graph, block)
            if not self.changed:
                break
        # results
        rb = graph.returnblock.inputargs[0]
        if desc.result is None:
            desc.result = rb.annotation if rb.annotation is not None else s_none
        self.check_graph_complete(graph)

    def check_graph_complete(self, graph: FunctionGraph) -> None:
        for block in graph.iterblocks():
            if any(v.annotation is None for v in block.inputargs):
                continue            # never reached
            for op in block.operations:
                if op.info is None and op.opname in ('call', 'call_method') and \
                        isinstance(op.result.annotation, SomeImpossible):
                    unknown = [a for a in op.args if isinstance(a, Variable) and incomplete(a.annotation)]
                    what = ("the type of '%s'" % varname(unknown[0])) if unknown else "the types here"
                    raise RPyError("cannot infer %s: it is never given a value of a known type "
                                   "(declare it, e.g. 'x: list[int] = []')" % what,
                                   graph.filename, op.lineno)
                t = op.result.annotation
                if isinstance(t, SomeList) and t.item is None:
                    raise RPyError("cannot infer the item type of this list; declare it, "
                                   "e.g. 'x: list[int] = []'", graph.filename, op.lineno)
                if isinstance(t, SomeDict) and (t.keytype is None or t.valuetype is None):
                    raise RPyError("cannot infer the key and value types of this dict; declare "
                                   "it, e.g. 'd: dict[str, int] = {}'", graph.filename, op.lineno)

    def setbinding(self, v: Variable, t: SomeType) -> None:
        old = v.annotation
        if old is None:
            v.annotation = t
            self.changed = True
            return
        new = union(old, t)
        if new != old or type(new) is not type(old):
            v.annotation = new
            self.changed = True

    def annotate_block(self, graph: FunctionGraph, block: Block) -> None:
        for op in block.operations:
            self.current_op = op
            try:
                t = self.annotate_op(op)
            except UnionError as e:
                raise RPyError(str(e), graph.filename, op.lineno)
            except AnnotationError as e:
                raise RPyError(str(e), graph.filename, op.lineno)
            except RPyError as e:
                raise e.located(graph.filename, op.lineno)
            if t is None:
                t = s_none
            if op.result.annotation is None or op.result.annotation != t:
                self.changed = True
                if isinstance(op.result.annotation, (SomeList, SomeDict)) and isinstance(t, type(op.result.annotation)):
                    t = union(op.result.annotation, t)
            op.result.annotation = t
        if isinstance(block.exitswitch, Variable):
            st = block.exitswitch.annotation
            if not isinstance(st, (SomeBool, SomeImpossible)):
                raise RPyError("internal: branch on a non-bool", graph.filename, block.lineno)
        for link in block.exits:
            if isinstance(block.exitswitch, Constant) and block.exitswitch is not LAST_EXCEPTION \
                    and link.exitcase != bool(block.exitswitch.value):
                continue            # a branch never taken ('while True:')
            for a, target in zip(link.args, link.target.inputargs):
                if a is EXC_VALUE:
                    t = SomeInstance(self.getclassdef(Exception))
                else:
                    t = self.typeof(a)
                try:
                    self.setbinding(target, t)
                except UnionError as e:
                    lineno = self.defining_line(block, a)
                    if target in graph.returnblock.inputargs:
                        raise RPyError(str(e), graph.filename, lineno)
                    raise RPyError("variable '%s' holds %s" % (varname(target), e),
                                   graph.filename, lineno)

    def defining_line(self, block: Block, v: Any) -> int:
        """The best line to report a problem with v flowing out of block."""
        for op in block.operations:
            if op.result is v or (op.opname == 'same_as' and op.args[0] is v):
                return op.lineno
        if block.operations:
            return block.operations[-1].lineno
        # an empty block: the line of what flows into it
        graph = self.current.graph if self.current is not None else None
        if graph is not None:
            for b in graph.iterblocks():
                for link in b.exits:
                    if link.target is block and b.operations:
                        return b.operations[-1].lineno
            return graph.firstlineno
        return 0

    def typeof(self, v: Any) -> SomeType:
        if isinstance(v, Variable):
            if v.annotation is None:
                return s_impossible
            return v.annotation
        assert isinstance(v, Constant)
        if v is UNDEF_VALUE:
            return s_impossible
        if v.annotation is None:
            v.annotation = self.constant_type(v.value)
        return v.annotation

    # ------------------------------------------------------------ constants

    def constant_type(self, value: Any) -> SomeType:
        if value is None:
            return s_none
        if isinstance(value, bool):
            return s_bool
        if isinstance(value, rarithmetic.r_uint):
            return s_uint
        if isinstance(value, int):
            if not rarithmetic.MININT <= value <= rarithmetic.MAXINT:
                raise AnnotationError("integer constant %d does not fit a machine word" % value)
            return s_int
        if isinstance(value, float):
            return s_float
        if isinstance(value, str):
            return s_str
        if isinstance(value, (bytes, bytearray)):
            # a bytearray is the storage of a prebuilt rbytebuf.ByteBuf
            # (prebuilt strings are writable data)
            return s_bytes
        cached = self.const_types.get(id(value))
        if cached is not None and cached[0] is value:
            return cached[1]
        t = self.compute_constant_type(value)
        self.const_types[id(value)] = (value, t)
        return t

    def compute_constant_type(self, value: Any) -> SomeType:
        if isinstance(value, tuple):
            if len(value) == 2 and value[0] == 'base_init':
                return SomeConst(value)
            if value and all(isinstance(x, type) for x in value):
                return SomeConst(value)
            return SomeTuple([self.constant_type(x) for x in value])
        if isinstance(value, list):
            item = None
            for x in value:
                t = self.constant_type(x)
                item = t if item is None else union(item, t)
            return SomeList(ListDef(item))
        if isinstance(value, dict):
            k = v = None
            for key, val in value.items():
                tk, tv = self.constant_type(key), self.constant_type(val)
                k = tk if k is None else union(k, tk)
                v = tv if v is None else union(v, tv)
            d = SomeDict(DictDef(k, v))
            if k is not None:
                self.note_dict_key(k)
            return d
        if isinstance(value, (set, frozenset)):
            raise AnnotationError("sets are not supported; use a dict with None values")
        if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, type,
                              types.ModuleType, LambdaFunction, staticmethod)):
            return SomeConst(value)
        if isinstance(value, types.WrapperDescriptorType) and value.__name__ == '__init__':
            return SomeConst(value)     # Exception.__init__ / object.__init__, called explicitly
        cls = type(value)
        if cls is rgc.FinalizerQueue:
            return SomeConst(value)     # only as an argument of rgc's finalizer functions
        if cls is rweakref.WeakRef:
            raise AnnotationError("prebuilt weak references are not supported: create them "
                                  "at run time with weakref_create()")
        if cls is jit.JitDriver:
            raise AnnotationError("a JitDriver can only be used as driver.jit_merge_point(...), "
                                  "driver.can_enter_jit(...) and in set_param/set_user_param/"
                                  "get_param, through a module-level constant")
        if cls.__module__ != 'builtins' or cls in BUILTIN_EXCEPTIONS:
            cd = self.getclassdef(cls)
            cd.instantiated = True
            return SomeInstance(cd)
        raise AnnotationError("the constant %r of type %s is not supported in RPy"
                              % (value, cls.__name__))

    def note_dict_key(self, k: SomeType) -> None:
        if isinstance(k, SomeInstance):
            if k.classdef.lookup('__hash__') is None or k.classdef.lookup('__hash__')[1] is None:
                pass
            if not self.has_custom_hash(k.classdef):
                for c in k.classdef.mro():
                    c.needs_identity_hash = True
            else:
                self.get_method_desc(k.classdef, '__hash__')
                self.get_method_desc(k.classdef, '__eq__')
        if isinstance(k, SomeTuple):
            for x in k.items:
                self.note_dict_key(x)

    def has_custom_hash(self, cd: ClassDef) -> bool:
        found = cd.lookup('__eq__')
        return found is not None and isinstance(found[1], types.FunctionType)

    # ------------------------------------------------------------ operations

    def annotate_op(self, op: SpaceOperation) -> SomeType:
        if op.opname not in GENERALIZING_OPS:
            # an input not known yet (an empty list's item...): wait for the fixpoint
            if any(shallow_incomplete(self.typeof(a)) for a in op.args):
                return s_impossible
        elif op.opname in ('call_method', 'setattr') and \
                isinstance(self.typeof(op.args[0]), SomeImpossible):
            return s_impossible
        elif op.opname in ('setitem', 'list_append_comp', 'newlist', 'newdict', 'newtuple') and \
                any(shallow_incomplete(self.typeof(a)) for a in op.args):
            return s_impossible
        meth = getattr(self, 'op_' + op.opname, None)
        if meth is None:
            if op.opname.startswith('inplace_'):
                res = self.binop(op, op.opname[len('inplace_'):])
                if op.info == 'list':
                    # `l += x` and `l *= n` change l itself (aliases see it)
                    op.info = 'list_inplace'
                    res = self.typeof(op.args[0]).with_nullable(False)
                    res.listdef.find().resized = True  # type: ignore[attr-defined]
                return res
            return self.binop(op, op.opname)
        return meth(op)

    def argtypes(self, op: SpaceOperation) -> list[SomeType]:
        return [self.typeof(a) for a in op.args]

    # ------------------------------------------------------------ JIT hints

    def op_jit_promote(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        if op.args[1].value == 'promote_string' and not isinstance(t, SomeStr):
            raise AnnotationError("promote_string() takes a str, not %s" % t.name())
        if isinstance(t, (SomeList, SomeDict)):
            raise AnnotationError("promote() of %s: promote ints, floats, strings or instances "
                                  "(a list's identity is rarely constant; promote its length or "
                                  "the object holding it)" % t.name())
        return t

    def op_jit_marker(self, op: SpaceOperation) -> SomeType:
        kind, driver = op.extra
        values = op.args
        types_ = [self.typeof(v) for v in values]
        names = driver.greens + driver.reds
        for n, t in zip(driver.greens, types_):
            if isinstance(t, (SomeList, SomeDict, SomeFuncPtr)) or \
                    (isinstance(t, SomeConst) and not isinstance(t.value, (int, str, float))):
                raise AnnotationError(
                    "%s.%s(): the green '%s' is %s; greens must be ints, floats, bools, strs or "
                    "instances (e.g. a code object whose fields do not change)"
                    % (driver.name, kind, n, t.name()))
        for n in driver.virtualizables:
            t = types_[names.index(n)]
            if not isinstance(t, SomeInstance):
                raise AnnotationError("%s.%s(): the virtualizable '%s' must be an instance, not %s"
                                      % (driver.name, kind, n, t.name()))
            self.check_virtualizable(t.classdef, n)
        assert self.current is not None and self.current_op is not None
        entries = self.jit_markers.setdefault(driver, [])
        entries[:] = [e for e in entries if e[1] is not self.current or e[2] != op.lineno
                      or e[0] != kind]
        for okind, odesc, oline, otypes, _ in entries:
            for n, t1, t2 in zip(names, types_, otypes):
                if t1 != t2 or type(t1) is not type(t2):
                    color = 'green' if n in driver.greens else 'red'
                    raise AnnotationError(
                        "%s.%s(): the %s '%s' is %s here but %s at the %s of %s:%d; each live "
                        "variable must have one type at every marker of a driver"
                        % (driver.name, kind, color, n, t1.name(), t2.name(), okind,
                           odesc.graph.filename if odesc.graph else '?', oline))
        entries.append((kind, self.current, op.lineno, types_, op))
        if kind == 'jit_merge_point' and driver.get_printable_location is not None:
            self.check_printable_location(driver, types_[:len(driver.greens)])
        return s_none

    def check_virtualizable(self, cd: ClassDef, name: str) -> None:
        spec = None
        for klass in cd.cls.__mro__:
            if '_virtualizable_' in klass.__dict__:
                spec = klass.__dict__['_virtualizable_']
                break
        if spec is None:
            raise AnnotationError("the virtualizable '%s' is a %s, whose class does not list its "
                                  "fields in _virtualizable_ = ['field', 'array[*]', ...]"
                                  % (name, cd.name))
        if not isinstance(spec, (list, tuple)) or not all(isinstance(f, str) for f in spec):
            raise AnnotationError("%s._virtualizable_ must be a list of field names" % cd.name)
        for f in spec:
            fname = f[:-3] if f.endswith('[*]') else f
            ft = cd.fields.get(fname)
            if ft is None:
                raise AnnotationError("%s._virtualizable_ names '%s', which is not a declared "
                                      "field of %s" % (cd.name, fname, cd.name))
            if f.endswith('[*]') and not isinstance(ft, SomeList):
                raise AnnotationError("%s._virtualizable_: '%s' is %s, not a list"
                                      % (cd.name, f, ft.name()))

    def check_printable_location(self, driver: Any, green_types: list[SomeType]) -> None:
        fn = driver.get_printable_location
        d = self.get_desc(fn, None)
        for n, want, got in zip(driver.greens, d.argtypes, green_types):
            self.check_assignable(got, want, "%s: get_printable_location() declares the green "
                                  "'%s' as %s, but it is %s" % (driver.name, n, want.name(),
                                                                got.name()))
        if d.result != s_str and d.result is not None:
            raise AnnotationError("%s: get_printable_location() must return a str"
                                  % driver.name)

    def check_jit_drivers(self) -> None:
        """One jit_merge_point per driver; can_enter_jit only next to it."""
        for driver, entries in self.jit_markers.items():
            merges = [e for e in entries if e[0] == 'jit_merge_point']
            enters = [e for e in entries if e[0] == 'can_enter_jit']
            def where(e: Any) -> tuple[str, int]:
                return (e[1].graph.filename, e[2])
            if not merges:
                raise RPyError("%s.can_enter_jit() without a jit_merge_point of the same driver"
                               % driver.name, *where(enters[0]))
            if len(merges) > 1:
                f, l = where(merges[0])
                raise RPyError("%s.jit_merge_point() appears twice (also at %s:%d): a driver has "
                               "one merge point, at the top of its dispatch loop"
                               % (driver.name, f, l), *where(merges[1]))
            portal = merges[0][1]
            for e in enters:
                if e[1] is not portal:
                    raise RPyError("%s.can_enter_jit() must be in the function of its "
                                   "jit_merge_point (%s)" % (driver.name, portal.name), *where(e))
            for e in merges + enters:
                self.check_marker_liveness(driver, e[0], e[1].graph, e[4])

    def check_marker_liveness(self, driver: Any, kind: str, graph: FunctionGraph | None,
                              marker: SpaceOperation) -> None:
        """Every variable live across a merge point must be one of its greens
        or reds: the JIT rebuilds the interpreter's state from them alone."""
        assert graph is not None
        live_in: dict[Block, set] = {}
        blocks = [b for b in graph.iterblocks()]

        def live_at_end(block: Block) -> set:
            live: set = set()
            if isinstance(block.exitswitch, Variable):
                live.add(block.exitswitch)
            for link in block.exits:
                tlive = live_in.get(link.target, set())
                for a, t in zip(link.args, link.target.inputargs):
                    if isinstance(a, Variable) and t in tlive:
                        live.add(a)
            return live

        def scan(block: Block, stop: int) -> set:
            live = live_at_end(block)
            for op in reversed(block.operations[stop:]):
                live.discard(op.result)
                for a in op.args:
                    if isinstance(a, Variable):
                        live.add(a)
            return live
        changed = True
        while changed:
            changed = False
            for block in blocks:
                new = scan(block, 0)
                if new != live_in.get(block):
                    live_in[block] = new
                    changed = True
        for block in blocks:
            for i, op in enumerate(block.operations):
                if op is marker:
                    after = scan(block, i + 1)
                    extra = [v for v in after if v not in marker.args]
                    if extra:
                        names = sorted(set(varname(v) for v in extra))
                        raise RPyError(
                            "%s.%s(): the variable%s %s %s live across this point but %s "
                            "neither green nor red; add %s to the driver's reds (or greens), "
                            "or compute %s after the merge point"
                            % (driver.name, kind, 's' if len(names) > 1 else '',
                               ', '.join("'%s'" % n for n in names),
                               'are' if len(names) > 1 else 'is',
                               'are' if len(names) > 1 else 'is',
                               'them' if len(names) > 1 else 'it',
                               'them' if len(names) > 1 else 'it'),
                            graph.filename, marker.lineno)

    def op_same_as(self, op: SpaceOperation) -> SomeType:
        return self.typeof(op.args[0])

    def op_typehint(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        ann = op.args[1].value
        try:
            declared = sometype_from_annotation(ann, self.getclassdef,
                                                getattr(self.current, 'bindings', None))
        except AnnotationError as e:
            raise AnnotationError("annotation of '%s': %s" % (varname(op.result), e))
        self.check_assignable(t, declared, "'%s' is declared %s, not %s" % (
            varname(op.result), declared.name(), t.name()))
        op.info = declared
        return declared

    def check_assignable(self, actual: SomeType, declared: SomeType, msg: str) -> None:
        """Can a value of type `actual` be stored where `declared` is expected?"""
        if isinstance(actual, SomeImpossible):
            return
        if isinstance(actual, SomeNone):
            if not declared.nullable:
                raise AnnotationError("None is not allowed here: %s is not nullable" % declared.name())
            return
        if isinstance(declared, SomeFloat) and isinstance(actual, (SomeInt, SomeBool)):
            return
        if isinstance(declared, SomeInt) and isinstance(actual, SomeBool):
            return
        if isinstance(declared, SomeFuncPtr) and isinstance(actual, SomeConst):
            self.funcptr_desc(actual.value, declared)
            return
        if actual.nullable and not declared.nullable:
            # like RPython: a value that may be None can be passed on; using
            # None where an object is needed stops the program with a clear error
            actual = actual.with_nullable(False)
        try:
            u = union(declared, actual)
        except UnionError:
            raise AnnotationError(msg)
        if u != declared.with_nullable(u.nullable) if hasattr(declared, 'copy') else u != declared:
            raise AnnotationError(msg)

    def funcptr_desc(self, func: Any, fp: SomeFuncPtr) -> FuncDesc:
        if isinstance(func, staticmethod):
            func = func.__func__
        if isinstance(func, LambdaFunction):
            return self.get_desc(func, None, list(fp.args))
        if not isinstance(func, types.FunctionType):
            raise AnnotationError("%r cannot be used as a %s" % (func, fp.name()))
        d = self.get_desc(func, None)
        if d.argtypes != fp.args or d.result != fp.result:
            raise AnnotationError("function %s() does not match %s" % (func.__name__, fp.name()))
        return d

    def op_returnhint(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        desc = self.current
        assert desc is not None
        if desc.result is not None:
            declared = desc.result
            if isinstance(t, SomeNone) and not declared.nullable:
                raise AnnotationError("returns None but is declared %s" % declared.name())
            self.check_assignable(t, declared, "returns %s but is declared %s" % (
                t.name(), declared.name()))
            return declared
        return t

    def op_checkexc(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        if not (isinstance(t, SomeInstance) and t.classdef.issubclass(self.getclassdef(Exception))):
            raise AnnotationError("only exception instances can be raised, not %s" % t.name())
        return t.with_nullable(False)

    def exc_classes(self, v: Any) -> list[ClassDef]:
        if not isinstance(v, Constant):
            raise AnnotationError("except clauses must name exception classes")
        value = v.value
        classes = value if isinstance(value, tuple) else (value,)
        result = []
        for c in classes:
            if not (isinstance(c, type) and issubclass(c, BaseException)):
                raise AnnotationError("%r is not an exception class" % (c,))
            result.append(self.getclassdef(Exception if c is BaseException else c))
        return result

    def op_narrow(self, op: SpaceOperation) -> SomeType:
        """After `isinstance(x, C)` succeeded: x is a C; after `x is not None`: not None."""
        t = self.typeof(op.args[0])
        cls = op.args[1].value
        if cls is None:
            if isinstance(t, SomeNone):
                # only None reached so far (the fixpoint may widen it later):
                # the not-None branch is not reachable yet
                return SomeImpossible()
            return t.with_nullable(False) if t.nullable else t
        classes = cls if isinstance(cls, tuple) else (cls,)
        if isinstance(t, SomeInstance) and len(classes) == 1 and isinstance(classes[0], type):
            try:
                cd = self.getclassdef(classes[0])
            except AnnotationError:
                return t
            if cd.issubclass(t.classdef):
                return SomeInstance(cd)
            return t.with_nullable(False)
        return t

    def op_exc_match(self, op: SpaceOperation) -> SomeType:
        op.info = self.exc_classes(op.args[1])
        return s_bool

    def op_exc_cast(self, op: SpaceOperation) -> SomeType:
        cds = self.exc_classes(op.args[1])
        common = cds[0]
        for c in cds[1:]:
            common = common.commonbase(c)  # type: ignore[assignment]
        return SomeInstance(common)

    # --- truth, comparison, arithmetic

    def dunder(self, op: SpaceOperation, name: str, args: list) -> SomeType | None:
        """If args[0] is an instance whose class defines `name` (__add__, __len__...),
        annotate op as that method call (op.info as for call_method) and
        return its result type; else None."""
        t = self.typeof(args[0])
        if not isinstance(t, SomeInstance):
            return None
        found = t.classdef.lookup(name)
        if found is None or not isinstance(found[1], types.FunctionType):
            return None
        res = self.call_function(op, found[1], found[0], list(args[1:]), {}, args[0])
        if isinstance(res, SomeImpossible) and op.info is None:
            return res
        self.method_families.add((t.classdef, name))
        op.info = ('method', t.classdef, name, op.info[1], op.info[2])
        return res

    def op_bool(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        if isinstance(t, (SomeConst, SomeIter, SomeIterable)):
            raise AnnotationError("cannot use %s as a truth value" % t.name())
        for name in ('__bool__', '__len__'):
            res = self.dunder(op, name, [op.args[0]])
            if res is not None:
                op.info = ('truth',) + op.info[1:]
                return s_bool
        return s_bool

    def op_not_(self, op: SpaceOperation) -> SomeType:
        return s_bool

    def op_is_(self, op: SpaceOperation) -> SomeType:
        return s_bool

    op_is_not = op_is_

    def compare(self, op: SpaceOperation) -> SomeType:
        a, b = self.argtypes(op)
        if isinstance(a, SomeInstance) or isinstance(b, SomeInstance):
            res = self.dunder(op, '__%s__' % op.opname, list(op.args))
            if res is None:
                # Python's reflected comparison: a > b tries b.__lt__(a)
                mirror = {'lt': 'gt', 'gt': 'lt', 'le': 'ge', 'ge': 'le', 'eq': 'eq', 'ne': 'ne'}
                res = self.dunder(op, '__%s__' % mirror[op.opname], [op.args[1], op.args[0]])
            if res is not None:
                return res
        kind = self.compare_kind(a, b, op.opname)
        if kind is None:
            raise AnnotationError("cannot compare %s and %s with '%s'" % (
                a.name(), b.name(), {'lt': '<', 'le': '<=', 'eq': '==', 'ne': '!=', 'gt': '>',
                                     'ge': '>='}[op.opname]))
        if isinstance(kind, tuple) and kind[0] == 'list':
            from rpy.rtype import llhelpers
            kind = ('listeq', self.get_desc(llhelpers.ll_list_eq, None, [a, a]))
        op.info = kind
        return s_bool

    def compare_kind(self, a: SomeType, b: SomeType, opname: str) -> Any:
        num = (SomeInt, SomeBool, SomeFloat)
        if isinstance(a, num) and isinstance(b, num):
            return 'float' if isinstance(a, SomeFloat) or isinstance(b, SomeFloat) else 'int'
        if isinstance(a, SomeUInt) and isinstance(b, (SomeUInt, SomeInt)):
            return 'uint'
        if isinstance(a, SomeInt) and isinstance(b, SomeUInt):
            return 'uint'
        if isinstance(a, (SomeStr, SomeNone)) and isinstance(b, (SomeStr, SomeNone)) and not (
                isinstance(a, SomeNone) and isinstance(b, SomeNone)):
            return 'str'
        if isinstance(a, (SomeBytes, SomeNone)) and isinstance(b, (SomeBytes, SomeNone)):
            return 'str'
        if isinstance(a, SomeTuple) and isinstance(b, SomeTuple) and len(a.items) == len(b.items):
            for x, y in zip(a.items, b.items):
                if self.compare_kind(x, y, opname) is None:
                    return None
            return ('tuple', a, b)
        if opname in ('eq', 'ne'):
            if isinstance(a, SomeInstance) and isinstance(b, (SomeInstance, SomeNone)):
                if self.has_custom_hash(a.classdef) and isinstance(b, SomeInstance):
                    return ('eqmethod', self.get_method_desc(a.classdef, '__eq__'))
                return 'ptr'
            if isinstance(a, (SomeNone, SomeList, SomeDict, SomeInstance)) and isinstance(
                    b, (SomeNone, SomeList, SomeDict, SomeInstance)):
                if isinstance(a, SomeList) and isinstance(b, SomeList):
                    return ('list', a, b)
                return 'ptr'
        return None

    op_lt = op_le = op_eq = op_ne = op_gt = op_ge = compare

    def binop(self, op: SpaceOperation, name: str) -> SomeType:
        types_ = self.argtypes(op)
        if len(types_) == 1:
            return self.unaryop(op, name, types_[0])
        a, b = types_
        ovf = name.endswith('_ovf')
        base = name[:-4] if ovf else name
        num = (SomeInt, SomeBool)
        if isinstance(a, num) and isinstance(b, num):
            if base == 'truediv':
                op.info = 'int_truediv'
                return s_float
            if base == 'pow':
                op.info = 'int_pow'
                return s_int
            op.info = 'int'
            if base in ('and_', 'or_', 'xor') and isinstance(a, SomeBool) and isinstance(b, SomeBool):
                op.info = 'bool'
                return s_bool
            return s_int
        if isinstance(a, (SomeUInt, SomeInt, SomeBool)) and isinstance(b, (SomeUInt, SomeInt, SomeBool)) \
                and (isinstance(a, SomeUInt) or isinstance(b, SomeUInt)):
            if base in ('truediv', 'pow'):
                raise AnnotationError("'%s' is not supported on r_uint" % base)
            op.info = 'uint'
            return s_uint
        fnum = (SomeInt, SomeBool, SomeFloat)
        if isinstance(a, fnum) and isinstance(b, fnum) and not ovf:
            if base in ('lshift', 'rshift', 'and_', 'or_', 'xor'):
                raise AnnotationError("unsupported operand types for %s: %s and %s" % (
                    OPSYMBOLS[base], a.name(), b.name()))
            op.info = 'float'
            return s_float
        if base == 'add':
            if isinstance(a, SomeStr) and isinstance(b, SomeStr) or \
                    isinstance(a, SomeBytes) and isinstance(b, SomeBytes):
                op.info = 'str'
                return a.with_nullable(False)
            if isinstance(a, SomeList) and isinstance(b, SomeList):
                op.info = 'list'
                return union(a, b).with_nullable(False)
            if isinstance(a, SomeTuple) and isinstance(b, SomeTuple):
                op.info = 'tuple'
                return SomeTuple(a.items + b.items)
        if base == 'mul':
            if isinstance(a, (SomeStr, SomeBytes)) and isinstance(b, num):
                op.info = 'str'
                return a.with_nullable(False)
            if isinstance(a, SomeList) and isinstance(b, num):
                op.info = 'list'
                return a.with_nullable(False)
            if isinstance(b, (SomeStr, SomeBytes, SomeList)) and isinstance(a, num):
                op.info = 'rmul'
                return b.with_nullable(False)
        if base == 'mod' and isinstance(a, SomeStr):
            return self.string_format(op, a, b)
        dname = base.rstrip('_')
        if op.opname.startswith('inplace_'):
            res = self.dunder(op, '__i%s__' % dname, list(op.args))
            if res is not None:
                return res
        res = self.dunder(op, '__%s__' % dname, list(op.args))
        if res is None:
            res = self.dunder(op, '__r%s__' % dname, [op.args[1], op.args[0]])
        if res is not None:
            return res
        raise AnnotationError("unsupported operand types for %s: %s and %s" % (
            OPSYMBOLS.get(base, base), a.name(), b.name()))

    def unaryop(self, op: SpaceOperation, name: str, t: SomeType) -> SomeType:
        ovf = name.endswith('_ovf')
        base = name[:-4] if ovf else name
        if isinstance(t, (SomeInt, SomeBool)):
            op.info = 'int'
            return s_int
        if isinstance(t, SomeUInt) and base != 'pos':
            op.info = 'uint'
            return s_uint
        if isinstance(t, SomeFloat) and base in ('neg', 'pos'):
            op.info = 'float'
            return s_float
        res = self.dunder(op, '__%s__' % base, [op.args[0]])
        if res is not None:
            return res
        raise AnnotationError("bad operand type for unary %s: %s" % (
            {'neg': '-', 'pos': '+', 'invert': '~'}.get(base, base), t.name()))

    def string_format(self, op: SpaceOperation, a: SomeType, b: SomeType) -> SomeType:
        fmt = op.args[0]
        if not isinstance(fmt, Constant):
            raise AnnotationError("the format of '%' must be a constant string")
        from rpy.rtype.strformat import parse_format
        try:
            specs = parse_format(fmt.value)
        except ValueError as e:
            raise AnnotationError(str(e))
        values = b.items if isinstance(b, SomeTuple) else [b]
        nconv = sum(1 for s in specs if not isinstance(s, str))
        if nconv != len(values):
            raise AnnotationError("the format has %d conversions but %d values are given"
                                  % (nconv, len(values)))
        for s, v in zip([s for s in specs if not isinstance(s, str)], values):
            self.check_format_arg(s.conv, v)
        op.info = ('format', specs, values)
        return s_str

    def check_format_arg(self, conv: str, v: SomeType) -> None:
        if conv != '' and conv in 'diuxXo' and not isinstance(v, (SomeInt, SomeBool, SomeUInt)):
            raise AnnotationError("%%%s needs an int, not %s" % (conv, v.name()))
        if conv != '' and conv in 'fFeEgG' and not isinstance(v, (SomeInt, SomeBool, SomeFloat)):
            raise AnnotationError("%%%s needs a float, not %s" % (conv, v.name()))
        if conv != '' and conv in 'sr':
            self.check_stringable(v)

    def check_stringable(self, v: SomeType) -> None:
        if incomplete(v):
            return
        if isinstance(v, (SomeInt, SomeBool, SomeFloat, SomeUInt, SomeStr, SomeBytes, SomeNone)):
            return
        if isinstance(v, SomeInstance):
            self.str_method(v.classdef)
            return
        if isinstance(v, (SomeList, SomeDict)):
            from rpy.rtype import llhelpers
            if not incomplete(v.item if isinstance(v, SomeList) else v.keytype or s_impossible) and \
                    not (isinstance(v, SomeDict) and v.valuetype is None) and \
                    not (isinstance(v, SomeList) and v.item is None):
                helper = llhelpers.ll_list_repr if isinstance(v, SomeList) else llhelpers.ll_dict_repr
                self.get_desc(helper, None, [v])
        if isinstance(v, (SomeList, SomeTuple, SomeDict)):
            items = (v.items if isinstance(v, SomeTuple) else
                     [v.item] if isinstance(v, SomeList) else [v.keytype, v.valuetype])
            for x in items:
                if x is not None:
                    self.check_stringable(x)
            return
        raise AnnotationError("cannot convert %s to str" % v.name())

    def str_method(self, cd: ClassDef, name: str = '__str__') -> FuncDesc | None:
        for meth in ((name, '__repr__') if name == '__str__' else (name,)):
            found = cd.lookup(meth)
            if found is not None and isinstance(found[1], types.FunctionType):
                d = self.get_method_desc(cd, meth)
                self.method_families.add((cd, meth))
                return d
        return None

    # --- containers

    def op_newtuple(self, op: SpaceOperation) -> SomeType:
        return SomeTuple(self.argtypes(op))

    def as_value(self, t: SomeType) -> SomeType:
        """A function constant stored as data is a function pointer."""
        if isinstance(t, SomeConst):
            fp = self.funcptr_of(t.value)
            if fp is not None:
                return fp
        return t

    def op_newlist(self, op: SpaceOperation) -> SomeType:
        old = op.result.annotation
        listdef = old.listdef if isinstance(old, SomeList) else ListDef(None)
        item = listdef.find().item
        types_ = [self.as_value(t) for t in self.argtypes(op)]
        for t in types_:
            try:
                item = t if item is None else union(item, t)
            except UnionError:
                raise AnnotationError("list items of different types: %s and %s" % (
                    item.name(), t.name()))  # type: ignore[union-attr]
        if item is not None and listdef.find().item != item:
            listdef.find().item = item
            self.changed = True
        return SomeList(listdef)

    def op_newdict(self, op: SpaceOperation) -> SomeType:
        old = op.result.annotation
        dictdef = old.dictdef if isinstance(old, SomeDict) else DictDef(None, None)
        types_ = [self.as_value(t) for t in self.argtypes(op)]
        root = dictdef.find()
        for kt, vt in zip(types_[::2], types_[1::2]):
            self.generalize_dict(root, kt, vt)
        return SomeDict(dictdef)

    def generalize_dict(self, root: DictDef, kt: SomeType | None, vt: SomeType | None) -> None:
        if vt is not None:
            vt = self.as_value(vt)
        if kt is not None and shallow_incomplete(kt):
            kt = None
        if vt is not None and shallow_incomplete(vt):
            vt = None
        if kt is not None:
            k = kt if root.key is None else union(root.key, kt)
            if k != root.key:
                if root.key is not None and not isinstance(root.key, SomeImpossible):
                    raise AnnotationError("dict keys of different types: %s and %s" % (
                        root.key.name(), kt.name()))
                root.key = k
                self.note_dict_key(k)
                self.changed = True
        if vt is not None:
            v = vt if root.value is None else union(root.value, vt)
            if v != root.value:
                if root.value is not None and not (
                        isinstance(root.value, SomeNone) or isinstance(vt, SomeNone)):
                    raise AnnotationError("dict values of different types: %s and %s" % (
                        root.value.name(), vt.name()))
                root.value = v
                self.changed = True

    def generalize_list(self, l: SomeList, t: SomeType) -> None:
        t = self.as_value(t)
        if shallow_incomplete(t):
            return
        root = l.listdef.find()
        if root.item is None:
            root.item = t
            self.changed = True
            return
        if isinstance(root.item, SomeFloat) and isinstance(t, (SomeInt, SomeBool)):
            return
        if t.nullable and not root.item.nullable and not isinstance(t, SomeNone):
            t = t.with_nullable(False)      # as for arguments: checked when used
        try:
            u = union(root.item, t)
        except UnionError:
            raise AnnotationError("list items of different types: %s and %s" % (
                root.item.name(), t.name()))
        if u != root.item:
            if not isinstance(t, SomeNone) and not isinstance(root.item, SomeNone):
                raise AnnotationError("list items of different types: %s and %s" % (
                    root.item.name(), t.name()))
            root.item = u
            self.changed = True

    def op_list_append_comp(self, op: SpaceOperation) -> SomeType:
        l, t = self.argtypes(op)
        assert isinstance(l, SomeList)
        l.listdef.find().resized = True
        self.generalize_list(l, t)
        return s_none

    def op_unpack(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        i, n = op.args[1].value, op.args[2].value
        if isinstance(t, SomeTuple):
            if len(t.items) != n:
                raise AnnotationError("cannot unpack a tuple of %d items into %d targets"
                                      % (len(t.items), n))
            op.info = 'tuple'
            return t.items[i]
        if isinstance(t, SomeList) and t.item is not None:
            op.info = 'list'
            return t.item
        raise AnnotationError("cannot unpack %s" % t.name())

    def op_getitem(self, op: SpaceOperation) -> SomeType:
        c, i = self.argtypes(op)
        res = self.dunder(op, '__getitem__', list(op.args))
        if res is not None:
            return res
        if isinstance(c, SomeList) and isinstance(i, (SomeInt, SomeBool)):
            op.info = 'list'
            return c.item or s_impossible
        if isinstance(c, SomeStr) and isinstance(i, (SomeInt, SomeBool)):
            op.info = 'str'
            return s_str
        if isinstance(c, SomeBytes) and isinstance(i, (SomeInt, SomeBool)):
            op.info = 'bytes'
            return s_int
        if isinstance(c, SomeDict):
            self.check_key(c, i)
            op.info = 'dict'
            return c.valuetype or s_impossible
        if isinstance(c, SomeTuple):
            idx = op.args[1]
            if not isinstance(idx, Constant) or not isinstance(idx.value, int):
                if not isinstance(i, (SomeInt, SomeBool)):
                    raise AnnotationError("tuple indices must be integers, not %s" % i.name())
                item = c.items[0] if c.items else s_impossible
                for x in c.items[1:]:
                    try:
                        item = union(item, x)
                    except UnionError:
                        raise AnnotationError("a tuple of different types (%s) can only be "
                                              "indexed by a constant" % c.name())
                op.info = 'tuple_var'
                return item
            if not -len(c.items) <= idx.value < len(c.items):
                raise AnnotationError("tuple index out of range")
            op.info = 'tuple'
            return c.items[idx.value]
        raise AnnotationError("'%s' object is not subscriptable by %s" % (c.name(), i.name()))

    def check_key(self, d: SomeDict, k: SomeType) -> None:
        if d.keytype is None:
            self.generalize_dict(d.dictdef.find(), k, None)
            return
        if isinstance(d.keytype, SomeFloat) and isinstance(k, (SomeInt, SomeBool)):
            return
        if d.keytype != k.with_nullable(d.keytype.nullable) if hasattr(k, 'copy') else d.keytype != k:
            if isinstance(k, SomeImpossible):
                return
            if isinstance(d.keytype, SomeInstance) and isinstance(k, SomeInstance) and \
                    k.classdef.issubclass(d.keytype.classdef):
                return
            raise AnnotationError("dict key must be %s, not %s" % (d.keytype.name(), k.name()))

    def op_setitem(self, op: SpaceOperation) -> SomeType:
        c, i, v = self.argtypes(op)
        res = self.dunder(op, '__setitem__', list(op.args))
        if res is not None:
            return res
        if isinstance(c, SomeList) and isinstance(i, (SomeInt, SomeBool)):
            self.generalize_list(c, v)
            op.info = 'list'
            return s_none
        if isinstance(c, SomeDict):
            root = c.dictdef.find()
            if root.key is not None:
                self.check_key(c, i)
            else:
                self.generalize_dict(root, i, None)
            if root.value is not None and isinstance(root.value, SomeFloat) and isinstance(v, (SomeInt, SomeBool)):
                pass
            else:
                self.generalize_dict(root, None, v)
            op.info = 'dict'
            return s_none
        raise AnnotationError("'%s' object does not support item assignment" % c.name())

    def op_delitem(self, op: SpaceOperation) -> SomeType:
        c, i = self.argtypes(op)
        res = self.dunder(op, '__delitem__', list(op.args))
        if res is not None:
            return res
        if isinstance(c, SomeList) and isinstance(i, (SomeInt, SomeBool)):
            c.listdef.find().resized = True
            op.info = 'list'
            return s_none
        if isinstance(c, SomeDict):
            self.check_key(c, i)
            op.info = 'dict'
            return s_none
        raise AnnotationError("'%s' object does not support item deletion" % c.name())

    def check_slice_args(self, op: SpaceOperation, args: list) -> None:
        for a in args:
            t = self.typeof(a)
            if not isinstance(t, (SomeInt, SomeBool, SomeNone)):
                raise AnnotationError("slice indices must be integers, not %s" % t.name())

    def slice_call_args(self, args: list) -> list:
        """start, stop, step, has_start, has_stop for a slice helper (None: omitted)."""
        start, stop, step = args
        def given(a: Any) -> bool:
            return not (isinstance(a, Constant) and a.value is None) and \
                not isinstance(self.typeof(a), SomeNone)
        if not given(step):
            step = Constant(1)
        return [start if given(start) else Constant(0), stop if given(stop) else Constant(0), step,
                Constant(given(start)), Constant(given(stop))]

    def op_getslice(self, op: SpaceOperation) -> SomeType:
        c = self.typeof(op.args[0])
        self.check_slice_args(op, op.args[1:])
        if isinstance(c, (SomeList, SomeStr, SomeBytes)):
            op.info = 'list' if isinstance(c, SomeList) else 'str'
            return c.with_nullable(False)
        raise AnnotationError("'%s' object cannot be sliced" % c.name())

    def op_setslice(self, op: SpaceOperation) -> SomeType:
        c = self.typeof(op.args[0])
        self.check_slice_args(op, op.args[1:4])
        v = self.typeof(op.args[4])
        if isinstance(c, SomeList) and isinstance(v, SomeList):
            c.listdef.find().resized = True
            union(c, v)
            if not (isinstance(op.args[3], Constant) and op.args[3].value is None):
                from rpy.rtype import llhelpers
                d = self.get_desc(llhelpers.ll_list_setslice_step, None, [c, s_int, s_int, s_int,
                                                                          s_bool, s_bool, c])
                op.info = ('direct', d, [op.args[0]] + self.slice_call_args(op.args[1:4]) + [op.args[4]])
            return s_none
        raise AnnotationError("'%s' object does not support slice assignment" % c.name())

    def op_delslice(self, op: SpaceOperation) -> SomeType:
        c = self.typeof(op.args[0])
        self.check_slice_args(op, op.args[1:])
        if isinstance(c, SomeList):
            c.listdef.find().resized = True
            if not (isinstance(op.args[3], Constant) and op.args[3].value is None):
                from rpy.rtype import llhelpers
                d = self.get_desc(llhelpers.ll_list_delslice_step, None, [c, s_int, s_int, s_int,
                                                                          s_bool, s_bool])
                op.info = ('direct', d, [op.args[0]] + self.slice_call_args(op.args[1:4]))
            return s_none
        raise AnnotationError("'%s' object does not support slice deletion" % c.name())

    def op_contains(self, op: SpaceOperation) -> SomeType:
        c, x = self.argtypes(op)
        res = self.dunder(op, '__contains__', list(op.args))
        if res is not None:
            op.info = ('truth',) + op.info[1:]
            return s_bool
        if isinstance(c, SomeList):
            if c.item is not None:
                kind = self.compare_kind(c.item, x, 'eq')
                if kind is None:
                    raise AnnotationError("cannot look for %s in %s" % (x.name(), c.name()))
                op.info = ('list', kind)
            return s_bool
        if isinstance(c, SomeStr) and isinstance(x, SomeStr) or \
                isinstance(c, SomeBytes) and isinstance(x, SomeBytes):
            op.info = 'str'
            return s_bool
        if isinstance(c, SomeDict):
            self.check_key(c, x)
            op.info = 'dict'
            return s_bool
        if isinstance(c, SomeTuple):
            kinds = []
            for item in c.items:
                kind = self.compare_kind(item, x, 'eq')
                if kind is None:
                    raise AnnotationError("cannot look for %s in %s" % (x.name(), c.name()))
                kinds.append(kind)
            op.info = ('tuple', kinds)
            return s_bool
        raise AnnotationError("argument of type '%s' is not iterable" % c.name())

    # --- iteration

    def op_iter(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        return self.iter_of(t)

    def iter_of(self, t: SomeType) -> SomeIter:
        if isinstance(t, SomeList):
            return SomeIter('list', t, t.item or s_impossible)
        if isinstance(t, SomeStr):
            return SomeIter('str', t, s_str)
        if isinstance(t, SomeBytes):
            return SomeIter('bytes', t, s_int)
        if isinstance(t, SomeDict):
            return SomeIter('dictkeys', t, t.keytype or s_impossible)
        if isinstance(t, SomeTuple):
            item = t.items[0] if t.items else s_impossible
            for x in t.items[1:]:
                try:
                    item = union(item, x)
                except UnionError:
                    raise AnnotationError("cannot iterate over a tuple of different types (%s)" % t.name())
            return SomeIter('tuple', t, item)
        if isinstance(t, SomeIterable):
            if t.kind == 'enumerate':
                inner = self.iter_of(t.source)  # type: ignore[arg-type]
                return SomeIter('enumerate', None, SomeTuple([s_int, inner.item]), (inner,))
            if t.kind == 'zip':
                inners = tuple(self.iter_of(p) for p in t.parts)
                return SomeIter('zip', None, SomeTuple([i.item for i in inners]), inners)
            return SomeIter(t.kind, t.source, t.item, t.parts)
        raise AnnotationError("'%s' object is not iterable" % t.name())

    def op_iter_has(self, op: SpaceOperation) -> SomeType:
        return s_bool

    def op_iter_next(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        assert isinstance(t, SomeIter)
        return t.item

    # --- attributes

    def op_getattr(self, op: SpaceOperation) -> SomeType:
        obj = self.typeof(op.args[0])
        name = op.args[1].value
        if isinstance(obj, SomeInstance):
            cd = obj.classdef
            if name in cd.fields:
                op.info = ('field', cd.field_owner[name], name)
                return cd.fields[name]
            found = cd.lookup(name)
            if found is not None:
                owner, value = found
                if isinstance(value, (types.FunctionType, staticmethod)):
                    raise AnnotationError("bound methods cannot be used as values; call "
                                          "'%s(...)' directly" % name)
                t = self.constant_type(value)
                for sub in cd.all_subdefs():
                    found2 = sub.lookup(name)
                    if found2 is not None and found2[1] is not value:
                        t = union(t, self.constant_type(found2[1]))
                # which subclasses override it is decided by the C backend, once
                # every class is known (a subclass may appear later in annotation)
                op.info = ('classconst', cd, name, value, t)
                return t
            raise AnnotationError("'%s' object has no attribute '%s'" % (cd.name, name))
        if isinstance(obj, SomeNone):
            raise AnnotationError("'None' object has no attribute '%s'" % name)
        raise AnnotationError("'%s' object has no attribute '%s'" % (obj.name(), name))

    def op_setattr(self, op: SpaceOperation) -> SomeType:
        obj = self.typeof(op.args[0])
        name = op.args[1].value
        v = self.typeof(op.args[2])
        if isinstance(obj, SomeInstance):
            cd = obj.classdef
            if name not in cd.fields:
                if cd.lookup(name) is not None:
                    raise AnnotationError("cannot assign to class attribute '%s' of '%s'; "
                                          "declare it as a field" % (name, cd.name))
                raise AnnotationError("class '%s' has no declared field '%s'; declare it in "
                                      "the class body as '%s: TYPE'" % (cd.name, name, name))
            declared = cd.fields[name]
            self.check_assignable(v, declared, "field '%s.%s' is declared %s, not %s" % (
                cd.field_owner[name].name, name, declared.name(), v.name()))
            op.info = ('field', cd.field_owner[name], name)
            return s_none
        if isinstance(obj, SomeConst):
            raise AnnotationError("cannot assign to class attribute '%s'" % name)
        raise AnnotationError("'%s' object has no attribute '%s'" % (obj.name(), name))

    # --- strings

    def op_format_value(self, op: SpaceOperation) -> SomeType:
        t = self.typeof(op.args[0])
        spec = op.args[1].value
        conv = op.args[2].value
        if spec:
            from rpy.rtype.strformat import parse_spec
            try:
                c = parse_spec(spec, t)
            except ValueError as e:
                raise AnnotationError(str(e))
            if c.needs_padding_helper:
                from rpy.rtype import llhelpers
                self.get_desc(PAD_HELPERS[c.align](), None)
        self.check_stringable(t)
        if conv == 'r' or (isinstance(t, SomeInstance) and not spec):
            pass
        return s_str

    def op_str_concat_n(self, op: SpaceOperation) -> SomeType:
        return s_str

    # --- calls

    def op_call(self, op: SpaceOperation) -> SomeType:
        fn = op.args[0]
        ft = self.typeof(fn)
        kwnames = op.extra or []
        args = op.args[1:]
        nkw = len(kwnames)
        posargs = args[:len(args) - nkw]
        kwargs = dict(zip(kwnames, args[len(args) - nkw:]))
        if isinstance(ft, SomeFuncPtr):
            if kwargs:
                raise AnnotationError("keyword arguments cannot be used with function values")
            self.check_call_args('function value', ['arg%d' % i for i in range(len(ft.args))],
                                 ft.args, posargs, op)
            op.info = ('indirect', ft)
            return ft.result
        if not isinstance(ft, SomeConst):
            raise AnnotationError("'%s' object is not callable" % ft.name())
        value = ft.value
        if isinstance(value, staticmethod):
            value = value.__func__
        if isinstance(value, tuple) and len(value) == 2 and value[0] == 'base_init':
            return self.call_base_init(op, value[1], posargs)
        if isinstance(value, types.WrapperDescriptorType) and value.__name__ == '__init__' and \
                (issubclass(value.__objclass__, BaseException) or value.__objclass__ is object):
            if not posargs:
                raise AnnotationError("%s.__init__() needs the instance" % value.__objclass__.__name__)
            return self.call_base_init(op, value.__objclass__, posargs)
        if isinstance(value, types.FunctionType):
            if value.__module__ == 'rpy.rtype.llhelpers' and value.__name__.startswith('_prim_'):
                op.info = ('builtin', value.__name__, [self.typeof(a) for a in posargs])
                return s_none
            if value.__module__ == 'rpy.rlib.jit' and value.__name__ == 'we_are_jitted':
                return self.call_external(op, value, posargs, kwargs)
            if value.__module__ in ('rpy.rlib.rarithmetic', 'rpy.rlib.rgc', 'rpy.rlib.ros',
                                    'rpy.rlib.rtime', 'rpy.rlib.objectmodel', 'rpy.rlib.rmath',
                                    'rpy.rlib.rsignal', 'rpy.rlib.rgcref', 'rpy.rlib.rjitmem',
                                    'rpy.rlib.rweakref', 'rpy.rlib.rsocket', 'rpy.rlib.rprocess',
                                    'rpy.rlib.rzlib', 'rpy.rlib.runix', 'rpy.rlib.rthread',
                                    'rpy.rlib.rexpat', 'rpy.rlib.rsqlite', 'rpy.rlib.rbz2',
                                    'rpy.rlib.rlzma', 'rpy.rlib.rmmap', 'rpy.rlib.rlocale',
                                    'rpy.rlib.rposix'):
                return self.call_external(op, value, posargs, kwargs)
            if value.__module__ == 'rpy.rlib.rbytebuf' and externals.lookup(value) is not None:
                # rbytebuf mixes externals (its storage primitives) with RPy code
                return self.call_external(op, value, posargs, kwargs)
            owner = self.method_owner(value)
            if owner is not None and posargs:
                res = self.call_function(op, value, owner, posargs[1:], kwargs, posargs[0])
                return res
            return self.call_function(op, value, None, posargs, kwargs, None)
        if isinstance(value, type):
            if value is rarithmetic.r_uint:
                return self.call_external(op, value, posargs, kwargs)
            if value.__module__ == 'builtins' and value not in BUILTIN_EXCEPTIONS:
                return self.call_builtin(op, value.__name__, posargs, kwargs)
            return self.call_class(op, value, posargs, kwargs)
        if isinstance(value, types.BuiltinFunctionType):
            if getattr(value, '__module__', None) == 'math' or value.__self__ is math or \
                    value is sys.exit:
                return self.call_external(op, value, posargs, kwargs)
            if value.__self__ is builtins or getattr(value, '__module__', '') == 'builtins':
                return self.call_builtin(op, value.__name__, posargs, kwargs)
        if isinstance(value, LambdaFunction):
            d = self.get_desc(value, None, [self.typeof(a) for a in posargs])
            op.info = ('direct', d, list(posargs))
            return d.result  # type: ignore[return-value]
        modname = getattr(value, '__module__', None) or getattr(getattr(value, '__self__', None),
                                                               '__name__', None)
        qual = '%s.%s' % (modname, getattr(value, '__name__', '?')) if modname else repr(value)
        raise AnnotationError("%s() is not supported in RPy; see docs/rpy.md for what rpy.rlib "
                              "offers (ros, rtime, rmath, rgc)" % qual)

    def method_owner(self, func: Any) -> ClassDef | None:
        """The class whose body defines func, if it is a method of an RPy class."""
        if '.' not in func.__qualname__ or '<locals>' in func.__qualname__:
            return None
        for cls, cd in list(self.classdefs.items()):
            if cls.__dict__.get(func.__name__) is func:
                return cd
        module = inspect.getmodule(func)
        clsname = func.__qualname__.rsplit('.', 1)[0]
        cls = getattr(module, clsname, None)
        if isinstance(cls, type) and cls.__dict__.get(func.__name__) is func:
            return self.getclassdef(cls)
        return None

    def call_external(self, op: SpaceOperation, value: Any, posargs: list, kwargs: dict) -> SomeType:
        if kwargs:
            raise AnnotationError("keyword arguments are not supported here")
        if any(incomplete(self.typeof(a)) for a in posargs):
            return s_impossible
        ext = externals.lookup(value)
        if ext is None:
            raise AnnotationError("%s() is not supported in RPy" % getattr(value, '__name__', value))
        types_ = [self.typeof(a) for a in posargs]
        if isinstance(ext, externals.SiteExt):
            # the result type (and C code) depends on the call site's arguments
            site = ext.at_site(self, types_)
            if isinstance(site, str):
                raise AnnotationError(site)
            op.info = ('external', site, types_)
            return site.result
        result = ext.annotate(types_, self)
        if isinstance(result, str):
            raise AnnotationError(result)
        op.info = ('external', ext, types_)
        return result

    def match_args(self, fname: str, names: list[str], posargs: list, kwargs: dict,
                   defaults: dict[str, Any], skip: int = 0) -> list:
        """Order the arguments of a call like Python does; constants for defaults."""
        params = names[skip:]
        if len(posargs) > len(params):
            raise AnnotationError("%s() takes %d arguments but %d were given" % (
                fname, len(params), len(posargs)))
        result: list = list(posargs) + [None] * (len(params) - len(posargs))
        for k, v in kwargs.items():
            if k not in params:
                raise AnnotationError("%s() got an unexpected keyword argument '%s'" % (fname, k))
            i = params.index(k)
            if result[i] is not None:
                raise AnnotationError("%s() got multiple values for argument '%s'" % (fname, k))
            result[i] = v
        for i, p in enumerate(params):
            if result[i] is None:
                if p in defaults:
                    result[i] = Constant(defaults[p])
                else:
                    given = len(posargs) + len(kwargs)
                    raise AnnotationError("%s() takes %d arguments but %d were given" % (
                        fname, len(params), given))
        return result

    def defaults_of(self, func: Any) -> dict[str, Any]:
        code = func.__code__
        names = code.co_varnames[:code.co_argcount]
        d = {}
        if func.__defaults__:
            for n, v in zip(names[len(names) - len(func.__defaults__):], func.__defaults__):
                d[n] = v
        if func.__kwdefaults__:
            d.update(func.__kwdefaults__)
        return d

    def check_call_args(self, fname: str, names: list[str], declared: list[SomeType],
                        args: list, op: SpaceOperation) -> None:
        if len(args) != len(declared):
            raise AnnotationError("%s takes %d arguments but %d were given" % (
                fname, len(declared), len(args)))
        for n, d, a in zip(names, declared, args):
            t = self.typeof(a)
            if isinstance(t, SomeNone) and not d.nullable:
                raise AnnotationError("argument '%s' of %s: None is not allowed, %s is not "
                                      "nullable" % (n, fname, d.name()))
            self.check_assignable(t, d, "argument '%s' of %s expects %s, got %s" % (
                n, fname, d.name(), t.name()))

    def check_function_shape(self, func: Any) -> None:
        """Refuse *args/**kwargs at the definition, before matching a call against it."""
        code = func.__code__
        if code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS):
            kind = '*args' if code.co_flags & inspect.CO_VARARGS else '**kwargs'
            raise RPyError("%s parameters are not supported; pass a %s" % (
                kind, 'list' if kind == '*args' else 'dict'), code.co_filename, code.co_firstlineno)
        if code.co_flags & (inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR):
            build_flow_graph(func)      # reports the yield/await with its line

    def call_function(self, op: SpaceOperation, func: Any, owner: ClassDef | None,
                      posargs: list, kwargs: dict, selfarg: Any) -> SomeType:
        self.check_function_shape(func)
        code = func.__code__
        names = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
        skip = 1 if selfarg is not None else 0
        fname = func.__name__
        ordered = self.match_args(fname + '', names, posargs, kwargs, self.defaults_of(func), skip)
        if selfarg is not None:
            ordered = [selfarg] + ordered
        actual = [self.typeof(a) for a in ordered]
        if any(incomplete(a) for a in actual) and self.is_generic(func):
            return s_impossible      # specialize once the argument types are known
        d = self.get_desc(func, owner, actual)
        self.check_call_args(fname + '()', d.argnames[skip:], d.argtypes[skip:], ordered[skip:], op)
        op.info = ('direct', d, ordered)
        return d.result  # type: ignore[return-value]

    def call_class(self, op: SpaceOperation, cls: type, posargs: list, kwargs: dict) -> SomeType:
        cd = self.getclassdef(cls)
        cd.instantiated = True
        found = cd.lookup('__init__')
        inst = SomeInstance(cd)
        if found is not None and isinstance(found[1], types.FunctionType):
            owner, init = found
            code = init.__code__
            names = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
            ordered = self.match_args(cls.__name__, names, posargs, kwargs,
                                      self.defaults_of(init), 1)
            d = self.get_desc(init, owner)
            self.check_call_args(cls.__name__ + '()', d.argnames[1:], d.argtypes[1:], ordered, op)
            op.info = ('new', cd, d, ordered)
            return inst
        # a built-in exception class (or a subclass without __init__): optional message
        if kwargs or len(posargs) > 1:
            raise AnnotationError("%s() takes at most 1 argument (a message)" % cls.__name__)
        if posargs:
            t = self.typeof(posargs[0])
            if not isinstance(t, (SomeStr, SomeNone)):
                raise AnnotationError("the message of %s() must be a str, not %s" % (
                    cls.__name__, t.name()))
            if not cd.issubclass(self.getclassdef(Exception)):
                raise AnnotationError("%s() takes no arguments" % cls.__name__)
        op.info = ('new', cd, None, list(posargs))
        return inst

    def call_base_init(self, op: SpaceOperation, base: type, posargs: list) -> SomeType:
        selfarg = posargs[0]
        rest = posargs[1:]
        if issubclass(base, BaseException):
            if len(rest) > 1:
                raise AnnotationError("Exception.__init__() takes at most a message")
            if rest and not isinstance(self.typeof(rest[0]), (SomeStr, SomeNone)):
                raise AnnotationError("the message of an exception must be a str")
            op.info = ('exc_init', self.getclassdef(Exception), [selfarg] + rest)
        else:
            if rest:
                raise AnnotationError("object.__init__() takes no arguments")
            op.info = ('noop',)
        return s_none

    def op_call_method(self, op: SpaceOperation) -> SomeType:
        obj = op.args[0]
        t = self.typeof(obj)
        name = op.args[1].value
        kwnames = op.extra or []
        args = op.args[2:]
        nkw = len(kwnames)
        posargs = args[:len(args) - nkw]
        kwargs = dict(zip(kwnames, args[len(args) - nkw:]))
        if isinstance(t, SomeInstance):
            cd = t.classdef
            if name in cd.fields:
                ft = cd.fields[name]
                if isinstance(ft, SomeFuncPtr):
                    self.check_call_args("'%s'" % name, ['arg%d' % i for i in range(len(ft.args))],
                                         ft.args, posargs, op)
                    op.info = ('fieldcall', cd.field_owner[name], name, ft)
                    return ft.result
                raise AnnotationError("'%s' object is not callable" % ft.name())
            found = cd.lookup(name)
            if found is None:
                raise AnnotationError("'%s' object has no attribute '%s'" % (cd.name, name))
            owner, func = found
            if isinstance(func, staticmethod):
                res = self.call_function(op, func.__func__, None, posargs, kwargs, None)
                op.info = ('direct',) + op.info[1:]
                return res
            if not isinstance(func, types.FunctionType):
                raise AnnotationError("'%s.%s' is not callable" % (cd.name, name))
            res = self.call_function(op, func, owner, posargs, kwargs, obj)
            # virtual dispatch if a subclass overrides it
            self.method_families.add((cd, name))
            op.info = ('method', cd, name, op.info[1], op.info[2])
            return res
        from rpy.annotate import methods
        if shallow_incomplete(t) or any(shallow_incomplete(self.typeof(a))
                                        for a in list(posargs) + list(kwargs.values())):
            return s_impossible
        if name not in GENERALIZING_METHODS and (
                incomplete(t) or any(incomplete(self.typeof(a)) for a in list(posargs) + list(kwargs.values()))):
            return s_impossible
        return methods.call_builtin_method(self, op, t, name, posargs, kwargs)

    def call_builtin(self, op: SpaceOperation, name: str, posargs: list, kwargs: dict) -> SomeType:
        if name != 'print' and any(incomplete(self.typeof(a)) for a in list(posargs) + list(kwargs.values())):
            if not (name in ('list', 'dict') and not posargs):
                return s_impossible
        from rpy.annotate import builtin_calls
        return builtin_calls.call(self, op, name, posargs, kwargs)


def incomplete(t: SomeType | None) -> bool:
    """Does t still contain a not-yet-known part?"""
    if t is None or isinstance(t, SomeImpossible):
        return True
    if isinstance(t, SomeList):
        return t.item is None or incomplete(t.item)
    if isinstance(t, SomeDict):
        return incomplete(t.keytype) or incomplete(t.valuetype)
    if isinstance(t, SomeTuple):
        return any(incomplete(x) for x in t.items)
    if isinstance(t, (SomeIter, SomeIterable)):
        return incomplete(t.item)
    return False


def shallow_incomplete(t: SomeType) -> bool:
    """Incomplete, not counting empty containers (ops on those generalize them)."""
    if isinstance(t, SomeImpossible):
        return True
    if isinstance(t, SomeTuple):
        return any(shallow_incomplete(x) for x in t.items)
    if isinstance(t, (SomeIter, SomeIterable)):
        return shallow_incomplete(t.item)
    return False


def _pad(name: str) -> Any:
    from rpy.rtype import llhelpers
    return lambda: getattr(llhelpers, name)


PAD_HELPERS = {'<': _pad('ll_str_ljust'), '>': _pad('ll_str_rjust'), '^': _pad('ll_format_center')}

GENERALIZING_METHODS = frozenset(['append', 'insert', 'extend', 'setdefault', 'update', 'join'])

GENERALIZING_OPS = frozenset(['newlist', 'newdict', 'newtuple', 'setitem', 'setattr',
                              'list_append_comp', 'call_method', 'call', 'same_as', 'typehint',
                              'returnhint', 'bool', 'not_', 'is_', 'is_not', 'str_concat_n'])

OPSYMBOLS = {'add': '+', 'sub': '-', 'mul': '*', 'truediv': '/', 'floordiv': '//', 'mod': '%',
             'pow': '**', 'lshift': '<<', 'rshift': '>>', 'and_': '&', 'or_': '|', 'xor': '^'}


# what a prebuilt value of each declared field type may be (None: unset,
# or a nullable field's None, is checked elsewhere)
_FIELD_VALUES: list[tuple[type, tuple[type, ...]]] = [
    (SomeStr, (str,)), (SomeBytes, (bytes, bytearray)), (SomeInt, (int,)), (SomeUInt, (int,)),
    (SomeBool, (bool, int)), (SomeFloat, (float, int)), (SomeList, (list,)), (SomeDict, (dict,)),
    (SomeTuple, (tuple,))]


def check_prebuilt_field(cd: ClassDef, name: str, value: Any, t: Any) -> None:
    """A prebuilt instance's field holds a value of the field's declared
    type: anything else (a mutated literal, `Box(7)` for a str field) would
    reach the C database as a constant of the wrong kind."""
    if value is None or t is None:
        return
    bad = False
    for st, allowed in _FIELD_VALUES:
        if isinstance(t, st):
            bad = not isinstance(value, allowed)
            break
    else:
        if isinstance(t, SomeInstance):
            bad = isinstance(value, (str, bytes, int, float, list, dict, tuple))
    if bad:
        owner = cd.field_owner.get(name, cd)
        raise RPyError("prebuilt instance of '%s': field '%s' holds %r (%s), declared %s"
                       % (cd.cls.__name__, name, value, type(value).__name__, t.name()),
                       owner.filename, owner.lineno)
