class Model {
  constructor(data) {
    Object.defineProperty(this, '_data', { value: data, enumerable: false });
    Object.defineProperty(this, 'id', { get() { return this._data.id; }, enumerable: true });
  }
  get json() { return JSON.stringify(this); }
}
const m = new Model({ id: 7, secret: 'x' });
console.log(m.id, m.json, Object.keys(m).join());
try { 'use strict'; m.id = 8; } catch (e) { console.log(e.constructor.name); }
console.log(m.id);
class Frozen { constructor() { this.a = 1; Object.freeze(this); } }
let err;
class Child extends Frozen { constructor() { super(); try { this.b = 2; } catch (e) { err = e.constructor.name; } } }
const c = new Child();
console.log(c.b, err, Object.isFrozen(c));
class Sealed { constructor() { Object.seal(this); } }
class WithField extends Sealed { f = 1; }
try { new WithField(); } catch (e) { console.log('field on sealed', e.constructor.name); }
