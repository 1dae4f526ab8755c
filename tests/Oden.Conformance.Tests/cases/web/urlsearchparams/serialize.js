// Serialization: everything but ALPHA DIGIT * - . _ is percent-encoded; space is +.
const p = new URLSearchParams();
p.append('a b', 'c d');
p.append('sym', "!'()~*-._");
p.append('amp&eq=', '?#/');
p.append('utf', 'é€😀');
p.append('plus', '+');
p.append('pct', '%20');
p.append('empty', '');
p.append('lone', '\ud800');
console.log(p.toString());
console.log(String(p) === p.toString(), `${p}`.length);
let all = '';
for (let c = 0x20; c < 0x7f; c++) all += String.fromCharCode(c);
console.log(new URLSearchParams({ all }).toString());
