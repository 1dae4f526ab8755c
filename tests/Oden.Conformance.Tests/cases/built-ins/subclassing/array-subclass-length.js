class Stack extends Array {
  peek() { return this[this.length - 1]; }
  get top() { return this.peek(); }
}
const s = new Stack();
s.push('a'); s.push('b');
console.log(s.length, s.peek(), s.top, s.pop(), s.length);
s[3] = 'd';
console.log(s.length, JSON.stringify(s), 1 in s, Object.keys(s).join());
s.length = 0;
console.log(s.length, s.top);
console.log(String(Stack.of(1, 2)), Stack.of(3).toString(), JSON.stringify({ s: Stack.of(1) }));
const big = new Stack(5);
console.log(big.length, big.every(x => false), JSON.stringify(big));
try { new Stack(-1); } catch (e) { console.log(e.constructor.name); }
console.log(Array.prototype.concat.call(Stack.of(1), Stack.of(2)).length);
console.log(Stack.from('abc').reverse().join(''), Stack.from(new Set([1, 1, 2])).length);
const sorted = Stack.of(3, 1, 2).sort();
console.log(sorted instanceof Stack, sorted.join());
console.log(Object.getOwnPropertyNames(s).join());
