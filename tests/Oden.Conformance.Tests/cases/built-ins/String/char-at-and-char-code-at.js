var s = 'Hello';
console.log(s.charAt(0), s.charAt(4), JSON.stringify(s.charAt(5)), JSON.stringify(s.charAt(-1)));
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(5), s.charCodeAt(-1));
console.log(s.charAt(1.9), s.charAt('2'), s.charAt(), s.charCodeAt());
console.log('é€'.charCodeAt(0), 'é€'.charCodeAt(1));
