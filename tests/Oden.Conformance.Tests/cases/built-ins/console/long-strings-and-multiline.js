console.log('first line\nsecond line');
console.log('tab\tseparated');
console.log(['a\nb']);
console.log({ text: 'multi\nline' });
console.log('a', 'b\nc', 'd');
