// Encoding labels: case-insensitive, whitespace-trimmed; unknown labels are RangeErrors.
const labels = ['utf-8', 'UTF8', ' unicode-1-1-utf-8 ', 'utf-16le', 'utf-16', 'UTF-16BE', 'latin1', 'ascii', 'iso-8859-1', 'windows-1252', 'us-ascii'];
for (const l of labels) console.log(JSON.stringify(l), new TextDecoder(l).encoding);
for (const bad of ['utf-7', 'nope', '', 'utf_8']) {
  try { new TextDecoder(bad); console.log(bad, 'ok'); } catch (e) { console.log(JSON.stringify(bad), e.constructor.name); }
}
