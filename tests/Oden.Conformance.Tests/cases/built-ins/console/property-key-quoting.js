console.log({ 'a-b': 1, '1x': 2, valid_id: 3, $dollar: 4 });
console.log({ 1: 'one', 10: 'ten' });
console.log({ 'with space': true, "it's": 'q' });
console.log({ '': 'empty key' });
console.log({ a: { 'b-c': { d: 1 } } });
