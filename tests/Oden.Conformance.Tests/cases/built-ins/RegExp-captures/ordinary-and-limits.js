// The capture rules leave ordinary patterns alone: captures outside loops, lookbehind, the i and u
// flags and case folding with u (the Kelvin sign without u is a known difference; the match timeout is checked by the runtime tests: node has none).
const show = (re, s) => {
  const m = re.exec(s);
  console.log(String(re), JSON.stringify(s), m ? JSON.stringify([...m]) + ' @' + m.index : 'null');
};
show(/(a)|b/, 'b');
show(/(\d{4})-(\d{2})-(\d{2})/, 'on 2024-03-15');
show(/(?<=\$)(\d+)(?:\.(\d+))?/, 'cost $12.50');
show(/(?<!x)(?:(a)|b)+/, 'xab ab');
show(/(?:(A)|b)+/i, 'aB');
show(/(?:(\u{1F600})|x)+/u, '\u{1F600}x');
show(/(?:(.)\1)+/s, 'aabb\n\n');
show(/^(?:(\w+)=(\w+)&?)+$/, 'a=1&b=2');
show(/(?:(\w)(?:\s|$))+/, 'a b c');
show(/[a-z]/iu, '\u212a');
show(/\u017f/i, 's');
show(/\w/iu, '\u017f');
let ok = 0;
const words = ['alpha', 'beta', 'gamma', 'delta'];
for (const w of words) if (/^(?:(a)|[^a])+$/.test(w)) ok++;
console.log('test', ok);
