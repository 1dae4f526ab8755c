// console.log of the streams prints what node's custom inspection shows (locked, state, ...).
(async () => {
  const rs = new ReadableStream();
  console.log(rs);
  rs.getReader();
  console.log(rs);
  console.log(new ReadableStream({ start(c) { c.close(); } }));
  const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  console.log(errored);
  const ws = new WritableStream();
  console.log(ws);
  const w = ws.getWriter();
  await w.close();
  console.log(ws);
  const bad = new WritableStream({ start(c) { c.error('e'); } });
  await bad.getWriter().closed.catch(() => {});
  console.log(bad);
  console.log(new TransformStream());
})();
