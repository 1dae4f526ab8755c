function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('anchor', function () { return 'x'.anchor('a"b'); });
t('link', function () { return 'x'.link('u'); });
t('fontcolor', function () { return 'x'.fontcolor('red'); });
t('fontsize', function () { return 'x'.fontsize(7); });
t('simple tags', function () { return ['big', 'blink', 'bold', 'fixed', 'italics', 'small', 'strike', 'sub', 'sup'].map(function (m) { return 'x'[m](); }).join(''); });
t('undefined attr', function () { return 'x'.anchor(); });
t('on number', function () { return String.prototype.bold.call(5); });
t('on null', function () { return String.prototype.bold.call(null); });
t('symbol attr', function () { return 'x'.link(Symbol()); });
t('lengths', function () { return ['anchor', 'big', 'fontcolor', 'fontsize', 'link', 'sup'].map(function (m) { return String.prototype[m].length; }); });
