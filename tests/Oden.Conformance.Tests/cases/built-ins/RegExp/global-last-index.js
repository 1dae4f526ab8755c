var re = /o/g;
var s = 'foo boo';
console.log(re.lastIndex);
console.log(re.test(s), re.lastIndex);
console.log(re.test(s), re.lastIndex);
console.log(re.test(s), re.lastIndex);
console.log(re.test(s), re.lastIndex);
console.log(re.test(s), re.lastIndex);
console.log(re.test(s), re.lastIndex);
