console.log(`tab\there`);
console.log(`backtick \` and dollar \${not} and $ alone`);
console.log(`\u0041\x42`);
console.log(`a\\b`);
console.log(`$`, `{}`, `$ {x}`);
