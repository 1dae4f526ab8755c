// The tag is evaluated first, then the substitutions left to right; values are not converted.
const log = [];
function t(name, v) { log.push(name); return v; }
function tag(s, ...v) { log.push('call'); return v.map((x) => typeof x).join(); }
console.log(t('tag', tag)`${t('a', 1)}-${t('b', {})}-${t('c', null)}`);
console.log(log.join(' '));
log.length = 0;
const obj = { tag };
console.log(t('receiver', obj).tag`${t('x', Symbol())}`);
console.log(log.join(' '));
try { undefinedTag`x`; } catch (e) { console.log(e.constructor.name); }
try { (1)`x`; } catch (e) { console.log(e.constructor.name); }
