console.log('before');
console.error('this goes to stderr and is not in the expected file');
console.warn('so does this', { a: 1 });
console.log('after');
console.log('end');
