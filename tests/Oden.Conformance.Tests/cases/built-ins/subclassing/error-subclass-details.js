class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  get name() { return 'HttpError'; }
  toJSON() { return { status: this.status, message: this.message }; }
}
const e = new HttpError(404, 'missing');
console.log(String(e), JSON.stringify(e), e.name, e.hasOwnProperty('name'));
class Named extends Error {}
Named.prototype.name = 'NamedError';
console.log(new Named('proto name').stack.split('\n')[0], String(new Named('s')));
class SetsName extends Error { constructor(m) { super(m); this.name = 'SetsName'; } }
console.log(new SetsName('own name').stack.split('\n')[0]);
console.log(Object.prototype.toString.call(e), e instanceof HttpError);
class Silent extends Error { constructor() { super(); } }
console.log(JSON.stringify(String(new Silent())), new Silent().message === '');
class Coded extends SyntaxError { constructor(code) { super('code ' + code); this.code = code; } }
const c = new Coded(7);
console.log(c.name, c.message, c instanceof SyntaxError, c instanceof Error, Object.getPrototypeOf(Coded) === SyntaxError);
try { null.x; } catch (err) { console.log(err instanceof TypeError, err.constructor === TypeError); }
const errors = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map(E => new (class extends E {})('m'));
console.log(errors.map(x => x.name + ':' + (x instanceof Error)).join());
