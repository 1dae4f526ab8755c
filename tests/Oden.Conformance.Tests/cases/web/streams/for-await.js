// for await over a ReadableStream; break cancels the stream and releases the lock.
async function main() {
  const rs = new ReadableStream({ start(c) { ['a', 'b', 'c'].forEach(x => c.enqueue(x)); c.close(); } });
  const seen = [];
  for await (const chunk of rs) seen.push(chunk);
  console.log(seen.join(), rs.locked);
  let canceled = null;
  const endless = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { canceled = r; } });
  let n = 0;
  for await (const x of endless) { n += x; if (n === 3) break; }
  console.log(n, canceled, endless.locked);
  const res = new Response('for await body');
  let text = '';
  const decoder = new TextDecoder();
  for await (const bytes of res.body) text += decoder.decode(bytes, { stream: true });
  console.log(text, res.bodyUsed);
  const failing = new ReadableStream({ start(c) { c.enqueue('x'); c.error(new Error('mid-stream')); } });
  try { for await (const x of failing) console.log('got', x); } catch (e) { console.log('caught', e.message); }
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(rs.values()));
  console.log(typeof proto[Symbol.asyncIterator], proto === Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())).__proto__);
}
main();
