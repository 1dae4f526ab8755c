// RepeatMatcher step 4: the captures inside a quantified atom are reset at the start of each iteration,
// so a group that the last iteration did not set is undefined, and a backreference to it matches empty.
const show = (re, s) => {
  const m = re.exec(s);
  console.log(String(re), JSON.stringify(s), m ? JSON.stringify([...m]) + ' @' + m.index : 'null');
};
show(/(?:(a)|b)+/, 'ab');
show(/((a)|b)+/, 'ab');
show(/((a)|(b))*/, 'ab');
show(/(z)((a+)?(b+)?(c))*/, 'zaacbbbcac');
show(/(?:(a)?b)+/, 'abb');
show(/(?:x(y)?)+/, 'xyx');
show(/(?:x(y)?)+?$/, 'xyx');
show(/^(?:(x)|y)+$/, 'xyy');
show(/(?:(?:(a))+|b)+/, 'aab');
show(/(?:(a)|b){2}/, 'ab');
show(/(?:(a)|b){1,3}?c/, 'abc');
show(/(?:(a)|b)*?c/, 'abc');
show(/(?:(?!(a))b)+/, 'bb');
show(/(?:(?=(a))a|b)+/, 'ab');
show(/(?:(?<=(a))b|c)+/, 'abc');
// Backreferences read the reset group as empty.
show(/(?:(a)|b)+\1c/, 'abc');
show(/(?:(a)|b)+\1c/, 'abac');
show(/(?:\1(a))+/, 'aaa');
show(/(?:(a)\1)+/, 'aaaa');
show(/(\2?(a))+/, 'aa');
show(/(?:(?<x>a)|b\k<x>)+/, 'abab');
// Groups that every iteration sets keep the last iteration's value.
show(/(?:(\d+)(,|;))*/, '1,2;3,');
show(/(?:(\d+),)+/, '10,20,30,');
show(/((?:a|b)+c)+/, 'abcbac');
// Named groups, indices (d) and the groups object.
const m = /(?:(?<a>a)|(?<b>b))+/d.exec('xab');
console.log(JSON.stringify(m.groups), JSON.stringify(m.indices), JSON.stringify(m.indices.groups));
const n = /(?:(?<word>\w+)\s?|(?<num>\d+))+/.exec('ab 12');
console.log(JSON.stringify(n.groups), n[0]);
// Sticky and global.
const y = /(?:(a)|b)+/y;
y.lastIndex = 1;
console.log(JSON.stringify(y.exec('xab')), y.lastIndex);
const g = /(?:(a)|b)+/g;
console.log(JSON.stringify([...'ab-ba-b'.matchAll(g)].map((x) => [...x])));
