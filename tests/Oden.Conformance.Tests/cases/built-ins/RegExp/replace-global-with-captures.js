var csv = 'name=alice;age=30;city=oslo';
console.log(csv.replace(/(\w+)=(\w+)/g, '$2:$1'));
console.log(csv.replace(/(\w+)=(\w+)/g, function (m, k, v) { return k.toUpperCase() + '=' + v.length; }));
var re = /o/g;
re.lastIndex = 4;
console.log('foo boo'.replace(re, '0'), re.lastIndex);
console.log('camelCaseString'.replace(/([A-Z])/g, '_$1').toLowerCase());
console.log('  trim  me  '.replace(/^\s+|\s+$/g, '').replace(/\s+/g, ' '));
