// for await inside try/finally with awaits, nested loops and labels
const log = [];
async function* nums(n, tag) { try { for (let i = 0; i < n; i++) yield i; } finally { log.push('close ' + tag); } }
async function f() {
  outer: for await (const a of nums(3, 'outer')) {
    try {
      for await (const b of nums(3, 'inner' + a)) {
        if (b === 1) continue outer;
        if (a === 2) break outer;
        log.push(a + '' + b);
      }
    } finally {
      await null;
      log.push('finally ' + a);
    }
  }
  return 'done';
}
f().then(v => { log.push(v); console.log(log.join(' ')); });
