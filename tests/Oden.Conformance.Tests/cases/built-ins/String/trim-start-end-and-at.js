function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('trimStart leaves end', function () { return JSON.stringify('\n x \n'.trimStart()); });
t('trimEnd leaves start', function () { return JSON.stringify('\n x \n'.trimEnd()); });
t('all whitespace', function () { return ['\t\n'.trimStart().length, '\t\n'.trimEnd().length]; });
t('zero width not trimmed', function () { return '\u200Bx\u200B'.trim().length; });
t('lengths and names', function () { return [String.prototype.trimStart.name, String.prototype.trimEnd.name, String.prototype.trim.length]; });
t('on object', function () { return String.prototype.trimEnd.call({ toString: function () { return ' o '; } }) + '|'; });
