console.log(encodeURIComponent('a b&c=d/é?'), encodeURI('http://x.com/a b?q=1&r=é#h'));
console.log(decodeURIComponent('a%20b%26c'), decodeURI('a%20b%26c'));
console.log(encodeURIComponent("-_.!~*'()"), encodeURIComponent('😀'));
try { decodeURIComponent('%E0%A4%A'); } catch (e) { console.log(e.name, e instanceof URIError); }
try { encodeURIComponent('\uDC00'); } catch (e) { console.log(e.name); }
console.log(decodeURIComponent(encodeURIComponent('ünï©ødé 😀')) === 'ünï©ødé 😀');
