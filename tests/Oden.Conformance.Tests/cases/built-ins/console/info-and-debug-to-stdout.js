console.info('info goes to stdout', 1);
console.debug('debug goes to stdout', { a: 1 });
console.log('log goes to stdout');
console.info({ nested: [1, 2] });
console.debug('last');
