class AppError extends Error {
  constructor(message, code) { super(message); this.name = 'AppError'; this.code = code; }
}
const e = new AppError('bad thing', 42);
console.log(e instanceof AppError, e instanceof Error, e.message, e.code, e.name);
console.log(String(e), Object.prototype.toString.call(e));
console.log(Object.getPrototypeOf(e) === AppError.prototype, e.constructor === AppError);
console.log(typeof e.stack, e.hasOwnProperty('message'), Object.keys(e).join());
class NotFound extends AppError { constructor(what) { super(what + ' not found', 404); this.name = 'NotFound'; } }
const n = new NotFound('page');
console.log(n.message, n.code, n instanceof AppError, String(n));
class Typed extends TypeError {}
const t = new Typed('x');
console.log(t instanceof TypeError, t.name, t.constructor.name, String(t));
class Range extends RangeError { get name() { return 'CustomRange'; } }
console.log(String(new Range('r')));
try { throw new NotFound('user'); } catch (err) { console.log(err.constructor.name, err instanceof NotFound); }
class WithCause extends Error { constructor(m) { super(m, { cause: 'why' }); } }
console.log(new WithCause('c').cause);
class NoArgs extends Error {}
console.log(JSON.stringify(new NoArgs().message), new NoArgs('m').message, NoArgs.name);
const agg = new (class extends AggregateError {})([1, 2], 'agg');
console.log(agg.errors.length, agg.message, agg instanceof AggregateError);
