// next/return/throw looked up and called with foreign receivers
function* g() { yield 1; }
const proto = Object.getPrototypeOf(g());
const next = Object.getPrototypeOf(proto).next;
try { next.call({}); } catch (e) { console.log('next on object:', e instanceof TypeError); }
try { next.call(undefined); } catch (e) { console.log('next on undefined:', e instanceof TypeError); }
try { Object.getPrototypeOf(proto).return.call([]); } catch (e) { console.log('return on array:', e instanceof TypeError); }
try { Object.getPrototypeOf(proto).throw.call(1, 2); } catch (e) { console.log('throw on number:', e instanceof TypeError); }
const it = g();
console.log(JSON.stringify(next.call(it)));
function* h() { yield 'h'; }
console.log(JSON.stringify(next.call(h())));
