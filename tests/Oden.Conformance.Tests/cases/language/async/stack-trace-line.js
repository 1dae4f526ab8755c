// errors thrown after an await still carry this file's name in their stack
async function f() {
  await null;
  throw new Error('after await');
}
f().catch(e => {
  console.log(e.message);
  console.log(typeof e.stack, e.stack.indexOf('stack-trace-line.js') >= 0);
});
function* g() { yield 1; throw new Error('in generator'); }
const it = g(); it.next();
try { it.next(); } catch (e) { console.log(e.stack.indexOf('stack-trace-line.js') >= 0); }
