// Optional catch in functions, loops and with finally.
function safeParse(s, fallback = null) { try { return JSON.parse(s); } catch { return fallback; } }
console.log(safeParse('[1]'), safeParse('x'), safeParse('x', 'fb'));
function firstValid(list) { for (const s of list) { try { return JSON.parse(s); } catch { continue; } } return 'none'; }
console.log(firstValid(['{', '2', '3']), firstValid(['{']));
let order = [];
function withFinally() { try { throw 1; } catch { order.push('catch'); return 'c'; } finally { order.push('finally'); } }
console.log(withFinally(), order.join());
const attempts = [() => { throw new Error(); }, () => 'second works'];
let result;
for (const a of attempts) { try { result = a(); break; } catch {} }
console.log(result);
