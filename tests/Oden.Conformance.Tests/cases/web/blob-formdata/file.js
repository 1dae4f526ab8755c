// File: a Blob with a name and lastModified; File.prototype inherits from Blob.prototype, File from Blob.
(async () => {
  const f = new File(['x', 'yz'], 'name.txt', { type: 'TEXT/x', lastModified: 1234 });
  console.log(f.name, f.type, f.size, f.lastModified, await f.text());
  console.log(f instanceof File, f instanceof Blob, Object.prototype.toString.call(f));
  console.log(Object.getPrototypeOf(File) === Blob, Object.getPrototypeOf(File.prototype) === Blob.prototype);
  console.log(new File([], 5).name, typeof new File([], 'a').lastModified, new File([], 'a').lastModified > 1600000000000);
  console.log(new File([], 'a', { lastModified: 1.9 }).lastModified, new File([], 'a', { lastModified: '12' }).lastModified, new File([], 'a', { lastModified: -5 }).lastModified);
  console.log(JSON.stringify(new File([], 'a\ud800b').name), new File([], '').name === '');
  const s = f.slice(0, 2);
  console.log(s.constructor.name, s instanceof File, s.size, JSON.stringify(s.type), 'name' in s);
  console.log(JSON.stringify(new File([], 'n', { type: 'Application/JSON' }).type), new File(['a\r\nb'], 'n', { endings: 'native' }).size);
  const seen = [];
  new File([], 'n', { get type() { seen.push('type'); return 'x/y'; }, get endings() { seen.push('endings'); return 'native'; }, get lastModified() { seen.push('lastModified'); return 5; } });
  console.log(seen.join(','));
  class MyFile extends File {
    describe() { return this.name + ':' + this.size; }
  }
  const mine = new MyFile(['abc'], 'mine.bin');
  console.log(mine.describe(), mine instanceof File, mine.constructor.name);
  for (const [label, fn] of [
    ['one argument', () => new File([])],
    ['no arguments', () => new File()],
    ['call', () => File([], 'a')],
    ['null bits', () => new File(null, 'a')],
  ]) {
    try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
  }
  try { Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()); } catch (e) { console.log('name on a Blob', e.constructor.name); }
})();
