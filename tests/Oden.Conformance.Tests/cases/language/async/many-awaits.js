// a long-running async loop awaiting resolved promises
async function loop(n) { let s = 0; for (let i = 0; i < n; i++) s += await Promise.resolve(i); return s; }
loop(10000).then(v => console.log(v));
async function chain() { let p = 0; for (let i = 0; i < 1000; i++) p = await (async () => p + 1)(); return p; }
chain().then(v => console.log('chain', v));
