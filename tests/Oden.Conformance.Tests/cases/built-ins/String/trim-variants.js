function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var ws = '\u0009\u000A\u000B\u000C\u000D\u0020\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';
t('trim all ws', function () { return (ws + 'x' + ws).trim(); });
t('trimStart', function () { return JSON.stringify((' x ').trimStart()); });
t('trimEnd', function () { return JSON.stringify((' x ').trimEnd()); });
t('not ws', function () { return ['\u180E', '\u200B', '\u0085'].map(function (c) { return (c + 'x').trim().length; }); });
t('aliases', function () { return [String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd]; });
t('names', function () { return [String.prototype.trimLeft.name, String.prototype.trimRight.name]; });
t('on number', function () { return String.prototype.trim.call(42); });
t('on undefined', function () { return String.prototype.trim.call(undefined); });
t('empty', function () { return JSON.stringify('   '.trim()); });
t('parseFloat uses same ws', function () { return parseFloat(ws + '1.5'); });
t('Number uses same ws', function () { return Number(ws + '12' + ws); });
