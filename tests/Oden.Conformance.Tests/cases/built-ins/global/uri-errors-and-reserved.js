function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('encodeURIComponent', function () { return encodeURIComponent(';/?:@&=+$,#-_.!~*\'() aé\uD83D\uDE00'); });
t('encodeURI', function () { return encodeURI(';/?:@&=+$,#-_.!~*\'() aé[]'); });
t('lone high', function () { return encodeURIComponent('\uD800'); });
t('lone low', function () { return encodeURI('\uDC00'); });
t('reversed pair', function () { return encodeURIComponent('\uDC00\uD800'); });
t('decodeURIComponent', function () { return decodeURIComponent('%3B%2F%20%C3%A9%F0%9F%98%80'); });
t('decodeURI keeps reserved', function () { return decodeURI('%3B%2F%3F%23%20%41'); });
t('bad percent', function () { return decodeURIComponent('%'); });
t('bad hex', function () { return decodeURIComponent('%zz'); });
t('truncated utf8', function () { return decodeURIComponent('%C3'); });
t('overlong', function () { return decodeURIComponent('%C0%80'); });
t('surrogate in utf8', function () { return decodeURIComponent('%ED%A0%80'); });
t('invalid continuation', function () { return decodeURIComponent('%C3%41'); });
t('5-byte', function () { return decodeURIComponent('%F8%80%80%80%80'); });
t('above max', function () { return decodeURIComponent('%F4%90%80%80'); });
t('lowercase hex', function () { return decodeURIComponent('%c3%a9'); });
t('error class', function () { try { decodeURI('%'); } catch (e) { return [e.name, e instanceof URIError, e instanceof Error]; } });
t('lengths', function () { return [encodeURI.length, decodeURI.length, encodeURIComponent.length, decodeURIComponent.length]; });
