// The base is evaluated once; short-circuiting skips the rest of the chain, including calls and keys.
const log = [];
const obj = {
  get a() { log.push('get a'); return this._a; },
  _a: null,
  get b() { log.push('get b'); return { c: () => { log.push('call c'); return 'C'; } }; },
};
console.log(obj.a?.x.y, log.join());
log.length = 0;
console.log(obj.b?.c(), log.join());
log.length = 0;
function base() { log.push('base'); return obj; }
console.log(base()?.b.c(), log.join());
log.length = 0;
console.log(base()?.a?.[log.push('key')], log.join());
// assignments happen only when not short-circuited
let hits = 0;
const maybe = null;
maybe?.[hits++];
console.log(hits);
// optional chains in conditions and with other operators
const cfg = { opts: { on: true } };
if (cfg?.opts?.on) console.log('on');
if (!cfg?.missing?.on) console.log('missing is falsy');
console.log(cfg?.opts?.on && 'and', cfg?.x?.y || 'or', cfg?.x?.y ?? 'nullish');
console.log(`${cfg?.opts?.on}`, [cfg?.x?.y], { v: cfg?.opts?.on });
