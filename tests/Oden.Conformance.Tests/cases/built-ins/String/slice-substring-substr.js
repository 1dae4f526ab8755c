var s = 'JavaScript';
console.log(s.slice(0, 4), s.slice(4), s.slice(-6), s.slice(-6, -3), JSON.stringify(s.slice(5, 2)));
console.log(s.substring(0, 4), s.substring(4, 0), s.substring(-3, 2), s.substring(4), s.substring(NaN, 2));
console.log(s.substr(4, 3), s.substr(-6, 3), s.substr(4), JSON.stringify(s.substr(2, -1)));
console.log(s.slice(2.8, 5.1), s.substring('1', '3'), s.substr(0, 1.9));
console.log(JSON.stringify(s.slice(100)), s.substring(100).length);
