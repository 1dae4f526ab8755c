function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('dot surrogate', function () { return ['\uD83D\uDE00'.match(/./)[0].length, '\uD83D\uDE00'.match(/./u)[0].length]; });
t('class surrogate', function () { return /^[\uD83D\uDE00]$/u.test('\uD83D\uDE00'); });
t('code point escape', function () { return /\u{1F600}/u.test('\uD83D\uDE00'); });
t('u{} without u', function () { return /\u{2}/.test('uu'); });
t('lastIndex in pair', function () { var r = /\uDE00/gu; r.lastIndex = 0; return r.exec('\uD83D\uDE00'); });
t('lone surrogate match no-u', function () { return /\uDE00/.exec('\uD83D\uDE00').index; });
t('case-insensitive u', function () { return [/\u017F/i.test('s'), /\u212A/iu.test('k')]; });
t('invalid escape u', function () { try { new RegExp('\\-', 'u'); } catch (e) { return e.name; } });
t('identity escape no-u', function () { return /\-/.test('-'); });
t('quantifier count', function () { return '\uD83D\uDE00\uD83D\uDE00'.match(/^.{2}$/u) !== null; });
t('unicode flag prop', function () { return [/a/u.unicode, /a/.unicode]; });
t('empty match advance unicode', function () { return '\uD83D\uDE00'.replace(/(?:)/gu, '-').length; });
t('empty match advance no-u', function () { return '\uD83D\uDE00'.replace(/(?:)/g, '-').length; });
t('brace quantifier u strict', function () { try { new RegExp('a{', 'u'); } catch (e) { return e.name; } });
t('brace literal no-u', function () { return /a{/.test('a{'); });
