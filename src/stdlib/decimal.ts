// decimal.ts — the decimal module: `_decimal` (native: Decimal, Context, getcontext/setcontext/
// localcontext, the rounding constants and limits; decimal-*.ts) and `decimal`, a short Python source that
// defines the signal classes (their multiple inheritance, e.g. DivisionByZero is also a
// ZeroDivisionError, is plain Python), DecimalTuple, registers Decimal as a numbers.Number and hands
// the classes to _decimal. Behaviour follows docs.python.org/3.11/library/decimal.html and python3 3.11.
import { PyModule, PyObject, PyType, None } from "../runtime/object.js";
import { typeError } from "../runtime/exceptions.js";
import { defineModuleFunctions } from "../runtime/builtin-function.js";
import { ROUNDING_NAMES } from "./decimal-num.js";
import {
  contextType, currentContext, setCurrentContext, localcontext, makeTemplates, registerState,
  MAX_PREC, MAX_EMAX, MIN_EMIN, SIGNAL_NAMES, type DecimalState,
} from "./decimal-context.js";
import { decimalType, contextTypeRef } from "./decimal-type.js";
import "./decimal-methods.js";

contextTypeRef.t = contextType;

const CLASS_NAMES = ["DecimalException", ...SIGNAL_NAMES, "ConversionSyntax", "DivisionImpossible", "DivisionUndefined", "InvalidContext"];

export function createDecimalCore(): PyModule {
  const m = new PyModule("_decimal");
  const [dflt, basic, ext] = makeTemplates();
  for (const t of [basic, ext]) t.isTemplate = true;
  m.dict.set("Decimal", decimalType);
  m.dict.set("Context", contextType);
  m.dict.set("DefaultContext", dflt);
  m.dict.set("BasicContext", basic);
  m.dict.set("ExtendedContext", ext);
  for (const r of ROUNDING_NAMES) m.dict.set(r, r);
  m.dict.set("MAX_PREC", MAX_PREC);
  m.dict.set("MAX_EMAX", MAX_EMAX);
  m.dict.set("MIN_EMIN", MIN_EMIN);
  m.dict.set("MIN_ETINY", MIN_EMIN - (MAX_PREC - 1n));
  m.dict.set("HAVE_THREADS", true);
  m.dict.set("HAVE_CONTEXTVAR", true);
  m.dict.set("__version__", "1.70");
  m.dict.set("__libmpdec_version__", "2.5.1");
  defineModuleFunctions(m, {
    getcontext: (args) => {
      if (args.length !== 0) throw typeError(`decimal.getcontext() takes no arguments (${args.length} given)`);
      return currentContext();
    },
    setcontext: (args) => {
      if (args.length !== 1) throw typeError(`decimal.setcontext() takes exactly one argument (${args.length} given)`);
      setCurrentContext(args[0]);
      return None;
    },
    localcontext: (args, kwargs) => localcontext(args, kwargs),
    _setup: (args) => {
      const [classes, decimalTuple] = args as [PyObject, PyObject];
      const map = new Map<string, PyType>();
      const items = (classes as unknown as { items: PyObject[] }).items;
      CLASS_NAMES.forEach((n, i) => map.set(n, items[i] as PyType));
      const state: DecimalState = { classes: map, decimalTuple, defaultContext: dflt, threadContexts: new WeakMap() };
      registerState(state);
      return None;
    },
  });
  return m;
}

export const decimalSource: string = String.raw`"""Decimal fixed point and floating point arithmetic (gilpy: the arithmetic is native, in _decimal)."""

import _decimal
from collections import namedtuple as _namedtuple
import numbers as _numbers



class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_decimal._setup((DecimalException, InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                 Subnormal, Inexact, Rounded, Clamped, ConversionSyntax, DivisionImpossible,
                 DivisionUndefined, InvalidContext), DecimalTuple)

from _decimal import (Decimal, Context, DefaultContext, BasicContext, ExtendedContext, getcontext,
                      setcontext, localcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                      ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, MAX_PREC, MAX_EMAX,
                      MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR, __version__,
                      __libmpdec_version__)

_numbers.Number.register(Decimal)
del _decimal, _namedtuple, _numbers
`;

