// RepeatMatcher step 2: once the minimum is reached, an iteration that matches the empty string fails,
// so the loop backtracks into it for a non-empty way or stops before it (keeping the earlier captures).
const show = (re, s) => {
  const m = re.exec(s);
  console.log(String(re), JSON.stringify(s), m ? JSON.stringify([...m]) + ' @' + m.index : 'null');
};
show(/(a*)+/, 'aaa');
show(/(a*)*/, 'b');
show(/(a*)*/, 'aab');
show(/(a*?)*/, 'aa');
show(/(a*)+?b/, 'aab');
show(/(a*){2,3}/, 'aaa');
show(/(a*){2}/, 'aaa');
show(/(a?){0,2}/, 'a');
show(/(?:a?|b)*/, 'b');
show(/(?:a?|b)*?c/, 'abc');
show(/(?:()|a)+/, 'aa');
show(/(?:a|())+/, 'aa');
show(/((?:a|b*)*)c/, 'aabbc');
show(/(?:(a)|b?)*/, 'ab');
show(/(?=(a))*/, 'a');
show(/(?=(a))+/, 'a');
show(/(?:\b)*x/, 'x');
show(/(?:^|,)*(\w*)/, ',,ab');
show(/(?:(?:a*)*b)+/, 'abab');
show(/((a*)*b)*/, 'abb');
show(/(?:(a)*)*/, 'aa');
show(/(|a)+/, 'aa');
show(/(|a)*b/, 'aab');
show(/(?:\s*(\w*))*$/, 'ab cd');
show(/([^,]*)(?:,|$)/, 'x,y');
show(/(a|)*?$/, 'aa');
show(/(?:[\q{}a])*/v, 'aa');
// String methods over such patterns.
console.log(JSON.stringify('aaa-b'.replace(/(a*)+/g, '[$1]')));
console.log(JSON.stringify('ab,ba'.replace(/(?:(a)|b)+/g, (m, a) => '<' + a + '>')));
console.log(JSON.stringify('a1b22c'.split(/(\d*)*/)));
console.log(JSON.stringify('xaxbx'.split(/(?:(a)|b)+/)));
console.log(JSON.stringify([...'aab-b'.matchAll(/(a*)*b/g)].map((x) => [...x])));
console.log(JSON.stringify('ab ab'.replace(/(?:(?<a>a)|b)+/g, '$<a>|')));
console.log(JSON.stringify('aaa'.match(/(a*)+/)), JSON.stringify('aaa'.match(/(a*)+/g)), 'xaab'.search(/(a*)+b/));
