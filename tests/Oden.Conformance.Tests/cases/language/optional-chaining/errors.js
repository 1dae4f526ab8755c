// Only null/undefined short-circuit; other failures still throw.
function attempt(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name); } }
const o = { notFn: 1, zero: 0, obj: {} };
attempt('call non-function', () => o.notFn?.());
attempt('call object', () => o.obj?.());
attempt('member of undefined after chain', () => o.missing?.x + o.missing.x);
attempt('zero is not nullish', () => o.zero?.toString());
attempt('false member', () => false?.foo);
attempt('undeclared base', () => undeclaredVariable?.x);
attempt('typeof undeclared', () => typeof undeclaredVariable?.x);
attempt('getter throws', () => ({ get g() { throw new RangeError(); } })?.g);
attempt('short circuit skips throwing args', () => o.missing?.(ThrowsIfEvaluated()));
attempt('nullish base call', () => null?.());
