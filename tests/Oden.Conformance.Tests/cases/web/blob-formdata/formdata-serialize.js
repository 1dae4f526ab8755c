// A FormData body is multipart/form-data with a random boundary (normalised here): names with newlines
// normalised to CR LF, then ", CR, LF escaped; file names escaped; string values with CR LF newlines;
// a file part's Content-Type is its type or application/octet-stream. It parses back with formData().
const norm = s => s.replace(/----formdata-[a-z]+-\w+/g, 'BOUNDARY');
(async () => {
  const fd = new FormData();
  fd.append('a', 'x\ny\rz\r\n"q"');
  fd.append('we"ird\nname', 'v');
  fd.append('f', new Blob(['hello'], { type: 'Text/Plain' }), 'h"i\n.txt');
  fd.append('g', new Blob([new Uint8Array([0, 1, 2, 254, 255, 13, 10])]), 'g.bin');
  fd.append('h', new File(['abc'], 'orig.bin', { type: 'application/x-thing' }));
  fd.append('ünï', 'çödé');
  const r = new Response(fd);
  const type = r.headers.get('content-type');
  console.log(norm(type), /^multipart\/form-data; boundary=-+formdata-[a-z]+-\w+$/.test(type));
  const bytes = new Uint8Array(await r.clone().arrayBuffer());
  console.log(JSON.stringify(norm(new TextDecoder().decode(bytes))));
  const boundary = type.slice(type.indexOf('=') + 1);
  console.log('starts', new TextDecoder().decode(bytes.slice(0, boundary.length + 2)) === '--' + boundary);
  console.log('ends', new TextDecoder().decode(bytes.slice(-boundary.length - 6)) === '--' + boundary + '--\r\n');
  // A Request body too, with a fresh boundary each time.
  const req = new Request('http://x/', { method: 'POST', body: fd });
  console.log(norm(req.headers.get('content-type')), req.headers.get('content-type') !== type);
  // Round trip: the same entries come back (names decoded, files with their names and types).
  const back = await r.formData();
  for (const [k, v] of back) {
    if (typeof v === 'string') console.log(JSON.stringify(k), JSON.stringify(v));
    else console.log(JSON.stringify(k), v.constructor.name, JSON.stringify(v.name), v.type, v.size, [...new Uint8Array(await v.arrayBuffer())].join(','));
  }
  console.log(r.bodyUsed);
  // An empty FormData is just the closing delimiter.
  const empty = new Response(new FormData());
  console.log(JSON.stringify(norm(await empty.text())));
  // A caller's Content-Type wins.
  console.log(new Response(fd, { headers: { 'content-type': 'text/plain' } }).headers.get('content-type'));
})();
