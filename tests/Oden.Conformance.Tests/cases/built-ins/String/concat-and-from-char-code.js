console.log('a'.concat('b', 'c'), 'x'.concat(1, null, undefined, [2, 3]));
console.log(JSON.stringify(''.concat()), typeof ''.concat(5));
console.log(String.fromCharCode(72, 101, 108, 108, 111));
console.log(JSON.stringify(String.fromCharCode()), JSON.stringify(String.fromCharCode(0)).length);
console.log(String.fromCharCode(65.9, '66', 0x10043), String.fromCharCode(-65535 + 65536 + 64));
