// toUpperCase, toLowerCase and the four normalization forms over every code point of planes 0 and 1
// (and the start of plane 2), summarized per block of 4096 code points as a count of changed code points
// and an FNV-1a hash of the results, so a difference points at its block. Code points that node 20's
// newer Unicode data (17.0) assigns or maps but Unicode 15.0 (libicu72) does not are left out: they
// are listed below as ranges. Greek letters with iota subscript check SpecialCasing's full mappings.
const newer = [
  [0x019B, 0x019B], [0x0264, 0x0264], [0xA7CB, 0xA7DC], [0xA7F1, 0xA7F1], [0x105C0, 0x105FF],
  [0x0897, 0x0897], [0x1C89, 0x1C8A], [0x2427, 0x2429], [0x31E4, 0x31E5], [0xA7CB, 0xA7CD], [0xA7DA, 0xA7DC],
  [0x10D40, 0x10D8F], [0x10EC2, 0x10EC4], [0x10EFC, 0x10EFC], [0x113A0, 0x113FF], [0x11BC0, 0x11BFF],
  [0x11F5A, 0x11F5A], [0x16100, 0x1613F], [0x16D40, 0x16D7F], [0x1CC00, 0x1CEBF], [0x1E5D0, 0x1E5FF],
  [0x1F8B2, 0x1F8BB], [0x1F8C0, 0x1F8C1], [0x1FA89, 0x1FA89], [0x1FA8F, 0x1FA8F], [0x1FABE, 0x1FABE],
  [0x1FAC6, 0x1FAC6], [0x1FADC, 0x1FADC], [0x1FADF, 0x1FADF], [0x1FAE9, 0x1FAE9], [0x1FBCB, 0x1FBEF],
  [0x10E80, 0x10EBF], [0x11380, 0x1139F], [0x1E4D0, 0x1E4FF], [0x18CFF, 0x18CFF], [0x1D2C0, 0x1D2DF],
  [0x16EA0, 0x16EDF], [0x1E6C0, 0x1E6FF], [0x11DB0, 0x11DEF], [0x10940, 0x1095F], [0x18D09, 0x18D1E],
];
function fnv(h, s) {
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}
const ops = [
  ['upper', (s) => s.toUpperCase()], ['lower', (s) => s.toLowerCase()],
  ['NFC', (s) => s.normalize('NFC')], ['NFD', (s) => s.normalize('NFD')],
  ['NFKC', (s) => s.normalize('NFKC')], ['NFKD', (s) => s.normalize('NFKD')],
];
const skipped = new Uint8Array(0x21000);
for (const [lo, hi] of newer) skipped.fill(1, lo, hi + 1);
skipped.fill(1, 0xD800, 0xE000);
for (let block = 0; block < 0x21000; block += 0x1000) {
  const hashes = ops.map(() => 2166136261), changed = ops.map(() => 0);
  for (let cp = block; cp < block + 0x1000; cp++) {
    if (skipped[cp]) continue;
    const s = String.fromCodePoint(cp);
    for (let k = 0; k < ops.length; k++) {
      const r = ops[k][1](s);
      if (r !== s) { changed[k]++; hashes[k] = fnv(fnv(hashes[k], s), r); }
    }
  }
  console.log(block.toString(16).padStart(5, '0'), ops.map(([name], k) => name + ':' + changed[k] + ':' + hashes[k].toString(16)).join(' '));
}
