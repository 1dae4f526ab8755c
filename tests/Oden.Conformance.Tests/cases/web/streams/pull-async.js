// An asynchronous pull: no new pull until its promise settles; a rejected pull errors the stream.
const events = [];
let i = 0;
const rs = new ReadableStream({
  pull(c) {
    i++;
    events.push('pull' + i);
    return Promise.resolve().then(() => {
      if (i === 3) throw new Error('boom');
      c.enqueue('chunk' + i);
    });
  },
}, { highWaterMark: 0 });
const r = rs.getReader();
r.read().then(x => { events.push(x.value); return r.read(); })
  .then(x => { events.push(x.value); return r.read(); })
  .then(x => events.push('unexpected ' + x.value), e => { events.push('error ' + e.message); return r.closed; })
  .catch(e => events.push('closed rejects ' + e.message))
  .then(() => console.log(events.join(' ')));
