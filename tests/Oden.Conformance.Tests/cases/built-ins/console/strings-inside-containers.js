console.log(['single', "it's", 'say "hi"']);
console.log({ s: 'text', empty: '' });
console.log(['line\nbreak', 'tab\there', 'back\\slash']);
console.log('top-level strings are not quoted', ['but these are']);
console.log(['mixed \'single\' and "double"']);
