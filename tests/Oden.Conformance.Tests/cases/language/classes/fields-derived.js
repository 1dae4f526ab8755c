const log = [];
class Base {
  baseField = (log.push('base field'), 'b');
  constructor() { log.push('base ctor'); }
}
class Derived extends Base {
  derivedField = (log.push('derived field: ' + this.baseField), 'd');
  constructor() {
    log.push('before super');
    super();
    log.push('after super: ' + this.derivedField);
  }
}
new Derived();
console.log(log.join(' | '));
class Implicit extends Base { extra = this.baseField + '!'; }
console.log(new Implicit().extra);
class ArrowSuper extends Base {
  f = 1;
  constructor() { const init = () => super(); init(); this.g = this.f + 1; }
}
console.log(JSON.stringify(new ArrowSuper()));
class Twice extends Base {
  count = (Twice.n = (Twice.n || 0) + 1);
  constructor() { super(); try { super(); } catch (e) { log.push(e.constructor.name); } }
}
log.length = 0;
new Twice();
console.log(Twice.n, log.join(' | '));
class Overrides extends Base { baseField = 'overridden'; }
console.log(new Overrides().baseField);
class ReturnsOther extends Base { tagged = true; constructor() { super(); return {}; } }
console.log(JSON.stringify(new ReturnsOther()));
