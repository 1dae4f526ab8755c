function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('escape ascii', function () { return escape('abc ABC 123 @*_+-./'); });
t('escape specials', function () { return escape('!"#$%&\'(),:;<=>?[\\]^`{|}~'); });
t('escape latin1', function () { return escape('\u00e9\u00ff\u0080'); });
t('escape unicode', function () { return escape('\u0100\uD83D\uDE00\uFFFF'); });
t('unescape', function () { return unescape('%41%u0042%zz%u12%4'); });
t('unescape roundtrip', function () { var s = 'h\u00e9llo \uD83D\uDE00 wörld%'; return unescape(escape(s)) === s; });
t('unescape case', function () { return unescape('%e9%U00E9%u00e9'); });
t('coercion', function () { return [escape(undefined), escape(null), unescape(12)]; });
t('lengths', function () { return [escape.length, unescape.length, escape.name]; });
t('symbol', function () { return escape(Symbol()); });
