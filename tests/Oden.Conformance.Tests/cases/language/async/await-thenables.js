// thenables: then is called with resolve/reject; non-callable then is a plain value
async function f() {
  const log = [];
  log.push(await { then(res) { res('resolved'); } });
  try { await { then(res, rej) { rej(new Error('rejected')); } }; } catch (e) { log.push(e.message); }
  try { await { then() { throw new TypeError('then threw'); } }; } catch (e) { log.push(e.constructor.name); }
  const notCallable = { then: 5 };
  log.push((await notCallable) === notCallable);
  log.push(await { then(res) { res({ then(r) { r('nested'); } }); } });
  log.push(await { then(res) { res('first'); res('second'); } });
  return log.join(' | ');
}
f().then(console.log);
