// FormData's entry list: append/set/get/getAll/has/delete, iteration order (live), forEach, and the
// conversion of Blob values to Files (name "blob", or the filename argument).
(async () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('b', 2);
  fd.append('a', '3');
  fd.append('c', { toString() { return 'obj'; } });
  console.log(JSON.stringify([...fd]), fd.get('a'), JSON.stringify(fd.getAll('a')), fd.get('zzz'), JSON.stringify(fd.getAll('zzz')));
  console.log(fd.has('a'), fd.has('zzz'), [...fd.keys()].join(','), [...fd.values()].join(','));
  fd.set('a', 'only');
  console.log(JSON.stringify([...fd.entries()]));
  fd.set('new', 'last');
  fd.delete('b');
  console.log(JSON.stringify([...fd]));
  fd.delete('nothing');
  const seen = [];
  fd.forEach(function (value, key, form) { seen.push(key + '=' + value + ':' + (form === fd) + ':' + (this === seen)); }, seen);
  console.log(seen.join(' '));
  // Iteration is live: entries appended during it are visited.
  const live = new FormData();
  live.append('x', '0');
  const out = [];
  for (const [k, v] of live) {
    out.push(k + v);
    if (out.length < 3) live.append('x', String(out.length));
  }
  console.log(out.join(','));
  // Names and values are USVStrings.
  const u = new FormData();
  u.append('\ud800', 'v\udc00');
  console.log(JSON.stringify([...u.keys()][0]) === JSON.stringify('\ufffd'), u.get('\ufffd') === 'v\ufffd');
  // Blobs become Files.
  const files = new FormData();
  const blob = new Blob(['hello'], { type: 'text/plain' });
  files.append('blob', blob);
  files.append('named', blob, 'greeting.txt');
  const file = new File(['abc'], 'orig.bin', { type: 'application/x-thing', lastModified: 42 });
  files.append('file', file);
  files.append('renamed', file, 'other.bin');
  for (const [k, v] of files) console.log(k, v instanceof File, v.name, v.type, v.size, await v.text());
  console.log(files.get('blob') === blob, files.get('file') === file, files.get('renamed') === file, files.get('renamed').lastModified);
  files.set('file', new Blob(['z']), 'set.txt');
  console.log(files.get('file').name, files.getAll('file').length);
  for (const [label, fn] of [
    ['filename with a string value', () => fd.append('x', 'y', 'z')],
    ['one argument', () => fd.append('x')],
    ['get without name', () => fd.get()],
    ['forEach without callback', () => fd.forEach()],
    ['form argument', () => new FormData({})],
    ['null form', () => new FormData(null)],
    ['call', () => FormData()],
    ['append on non-FormData', () => FormData.prototype.append.call({}, 'a', 'b')],
  ]) {
    try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
  }
  console.log(new FormData(undefined).has('a'));
  const it = fd.keys();
  console.log(typeof it.next, it[Symbol.iterator]() === it, JSON.stringify(it.next()));
})();
