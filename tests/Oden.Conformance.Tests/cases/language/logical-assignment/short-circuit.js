// The right side and the store are skipped entirely when the left side decides.
const log = [];
const rhs = (v) => { log.push('rhs ' + v); return v; };
const o = { set s(v) { log.push('set ' + v); }, get s() { log.push('get'); return 'truthy'; } };
o.s ||= rhs(1);
o.s &&= rhs(2);
o.s ??= rhs(3);
console.log(log.join(', '));
log.length = 0;
const proxy = new Proxy({ p: 0 }, {
  get(t, k) { log.push('get ' + k); return t[k]; },
  set(t, k, v) { log.push('set ' + k + '=' + v); t[k] = v; return true; },
});
proxy.p ||= 5;
proxy.p ||= 6;
proxy.q ??= 7;
proxy.q &&= 8;
console.log(log.join(', '));
