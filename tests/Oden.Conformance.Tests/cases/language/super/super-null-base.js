const o = { m() { return super.x; }, n() { super.y = 1; } };
Object.setPrototypeOf(o, null);
try { o.m(); } catch (e) { console.log('get', e.constructor.name); }
try { o.n(); } catch (e) { console.log('set', e.constructor.name); }
class A extends null { m() { return super.x; } static s() { return super.call === Function.prototype.call; } }
try { A.prototype.m.call({}); } catch (e) { console.log('class', e.constructor.name); }
console.log(A.s());
class B { m() { return super.hasOwnProperty('m'); } }
console.log(new B().m());
Object.setPrototypeOf(B.prototype, { hasOwnProperty() { return 'replaced'; } });
console.log(new B().m());
