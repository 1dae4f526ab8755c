// formData() on multipart/form-data and application/x-www-form-urlencoded bodies, and its TypeErrors.
const mk = (body, type) => new Response(body, { headers: { 'content-type': type } });
const dump = async (label, promise) => {
  try {
    const fd = await promise;
    const out = [];
    for (const [k, v] of fd) out.push(typeof v === 'string' ? [k, v] : [k, v.constructor.name, v.name, v.type, await v.text()]);
    console.log(label, JSON.stringify(out));
  } catch (e) {
    console.log(label, 'rejects', e.constructor.name);
  }
};
(async () => {
  const B = 'XyZ';
  const parts = `--${B}\r\nContent-Disposition: form-data; name="t"\r\n\r\nhello\r\n` +
    `--${B}\r\ncontent-disposition: form-data; name="f"; filename="a.txt"\r\n\r\nfile body\r\n` +
    `--${B}\r\nContent-Disposition: form-data; name="g"; filename="b.json"\r\nContent-Type: Application/JSON; charset=utf-8\r\n\r\n{"x":1}\r\n` +
    `--${B}\r\nContent-Disposition: form-data; name="u"\r\nContent-Type: text/plain\r\n\r\nwith type\r\n` +
    `--${B}\r\nContent-Disposition: form-data; name="e"\r\n\r\n\r\n--${B}--`;
  await dump('plain', mk(parts, `multipart/form-data; boundary=${B}`).formData());
  await dump('final crlf', mk(parts + '\r\n', `multipart/form-data; boundary=${B}`).formData());
  await dump('quoted boundary', mk(parts, `multipart/form-data; boundary="${B}"`).formData());
  await dump('upper-case type', mk(parts, `Multipart/Form-Data; Boundary=${B}`).formData());
  await dump('request', new Request('http://x/', { method: 'POST', body: parts, headers: { 'content-type': `multipart/form-data; boundary=${B}` } }).formData());
  await dump('other headers', mk(`--${B}\r\nContent-Disposition: form-data; name="a"\r\nX-Other: 1\r\n\r\nz\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('base64', mk(`--${B}\r\nContent-Disposition: form-data; name="a"\r\nContent-Transfer-Encoding: base64\r\n\r\nYWJj\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('type trimmed', mk(`--${B}\r\nContent-Disposition: form-data; name="a"; filename="x"\r\nContent-Type:  image/png  \r\n\r\nz\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('utf-8', mk(`--${B}\r\nContent-Disposition: form-data; name="ñ"; filename="é.txt"\r\n\r\nü\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('empty filename', mk(`--${B}\r\nContent-Disposition: form-data; name="a"; filename=""\r\n\r\nz\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('escaped name', mk(`--${B}\r\nContent-Disposition: form-data; name="a%22b%0D%0Ac"\r\n\r\nz\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('no parts', mk(`--${B}--\r\n`, `multipart/form-data; boundary=${B}`).formData());
  await dump('binary', mk(new Uint8Array([...new TextEncoder().encode(`--${B}\r\nContent-Disposition: form-data; name="b"; filename="b"\r\n\r\n`), 0, 255, 13, 10, 45, ...new TextEncoder().encode(`\r\n--${B}--`)]), `multipart/form-data; boundary=${B}`).formData()
    .then(async fd => { console.log('binary bytes', [...new Uint8Array(await fd.get('b').arrayBuffer())].join(',')); return fd; }));
  // Failures.
  await dump('no boundary', mk(parts, 'multipart/form-data').formData());
  await dump('wrong boundary', mk(parts, 'multipart/form-data; boundary=other').formData());
  await dump('preamble', mk('pre\r\n' + parts, `multipart/form-data; boundary=${B}`).formData());
  await dump('epilogue', mk(parts + '\r\nepilogue', `multipart/form-data; boundary=${B}`).formData());
  await dump('unterminated', mk(`--${B}\r\nContent-Disposition: form-data; name="t"\r\n\r\nhello`, `multipart/form-data; boundary=${B}`).formData());
  await dump('no disposition', mk(`--${B}\r\nX: y\r\n\r\nhello\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('lf only', mk(`--${B}\nContent-Disposition: form-data; name="t"\n\nhello\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('attachment', mk(`--${B}\r\nContent-Disposition: attachment; name="a"\r\n\r\nz\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  await dump('space after boundary', mk(`--${B}  \r\nContent-Disposition: form-data; name="a"\r\n\r\nz\r\n--${B}--`, `multipart/form-data; boundary=${B}`).formData());
  // application/x-www-form-urlencoded.
  await dump('urlencoded', mk('a=1&b=%20+x&a=2&=e&c', 'application/x-www-form-urlencoded;charset=UTF-8').formData());
  await dump('urlencoded case', mk('a=1', 'Application/X-WWW-Form-Urlencoded').formData());
  await dump('urlencoded utf-8', mk('%C3%A9=%E2%82%AC&x=%FF', 'application/x-www-form-urlencoded').formData());
  await dump('from URLSearchParams', new Response(new URLSearchParams({ q: 'a b', r: 'é' })).formData());
  // Other types.
  await dump('text/plain', mk('a=1', 'text/plain').formData());
  await dump('no type', new Response(new Uint8Array([1])).formData());
  await dump('bad type', mk('a=1', 'nonsense').formData());
  const used = mk('a=1', 'application/x-www-form-urlencoded');
  await used.text();
  await dump('used', used.formData());
})();
