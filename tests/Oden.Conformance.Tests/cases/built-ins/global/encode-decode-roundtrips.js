function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var samples = ['', 'plain', 'a b&c=d?e#f', '\u00e9\u00e8', '\u4e2d\u6587', '\uD83D\uDE00\uD83C\uDF89', "-_.!~*'()", '/?:@&=+$,#', '%41%'];
t('component roundtrip', function () { return samples.every(function (s) { return decodeURIComponent(encodeURIComponent(s)) === s; }); });
t('uri roundtrip', function () { return samples.every(function (s) { return decodeURI(encodeURI(s)) === s; }); });
t('encodeURI keeps', function () { return encodeURI("http://x.y/a b?q=1&r=\u00e9#h"); });
t('encodeURIComponent table', function () { var out = ''; for (var c = 32; c < 127; c++) { var ch = String.fromCharCode(c); if (encodeURIComponent(ch) === ch) out += ch; } return out; });
t('encodeURI table', function () { var out = ''; for (var c = 32; c < 127; c++) { var ch = String.fromCharCode(c); if (encodeURI(ch) === ch) out += ch; } return out; });
t('decodeURI does not decode reserved', function () { return decodeURI('%2F%3F%26%23%24%2C%2B%3A%3B%3D%40'); });
t('decode mixed case', function () { return [decodeURIComponent('%e2%82%AC'), decodeURI('%E2%82%ac')]; });
t('max code point', function () { return encodeURIComponent('\uDBFF\uDFFF'); });
