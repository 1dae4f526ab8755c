// Parameter TDZ errors are ReferenceErrors thrown at call time, before the body runs.
let bodyRan = false;
function f(a = b, b = 1) { bodyRan = true; return [a, b]; }
try { f(); } catch (e) { console.log(e.constructor.name, e instanceof ReferenceError, bodyRan); }
console.log(f(1).join(), bodyRan);
function g({ x = y }, y) { return x; }
try { g({}); } catch (e) { console.log('pattern default', e.constructor.name); }
console.log(g({ x: 'given' }));
function h(a = a) {}
try { h(); } catch (e) { console.log('self', e.constructor.name); }
const arrow = (p = q, q) => p;
try { arrow(); } catch (e) { console.log('arrow', e.constructor.name); }
function closureLater(get = () => later, later = 'ok') { return get(); }
console.log(closureLater());
function closureEarly(get = () => early, early = get()) { return early; }
try { closureEarly(); } catch (e) { console.log('closure before init', e.constructor.name); }
