var v = JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e"},"f":-1.5e2}');
console.log(v.a, v.b.length, v.b[2], v.c.d, v.f);
console.log(JSON.parse('123'), JSON.parse('"str"'), JSON.parse('null'), JSON.parse(' true '));
console.log(JSON.parse('"\\u0041\\n\\t\\"\\\\\\/"'));
console.log(JSON.stringify(JSON.parse('[1, [2, [3]], {}]')));
console.log(JSON.parse('-0') === 0, 1 / JSON.parse('-0'), JSON.parse('1E2'), JSON.parse('0.5e-1'));
var dup = JSON.parse('{"k":1,"k":2}');
console.log(dup.k, Object.keys(dup).length);
