function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var names = ['getTime', 'getFullYear', 'toISOString', 'toString', 'toDateString', 'valueOf', 'setTime', 'getTimezoneOffset', 'toUTCString', 'toLocaleString'];
t('non-date this', function () { return names.map(function (n) { try { Date.prototype[n].call({}); return 'ok'; } catch (e) { return e.name; } }).join(); });
t('Date.prototype not a date', function () { try { return Date.prototype.getTime(); } catch (e) { return e.name; } });
t('toJSON generic ok', function () { return Date.prototype.toJSON.call({ toISOString: function () { return 'iso'; }, valueOf: function () { return 1; } }); });
t('subclass-like via proto', function () { var o = Object.create(Date.prototype); try { o.getTime(); } catch (e) { return e.name; } });
t('proxy of date', function () { try { return Date.prototype.getTime.call(new Proxy(new Date(0), {})); } catch (e) { return e.name; } });
t('valueOf vs toPrimitive', function () { var x = new Date(7); return [x - 0, x + '' === x.toString(), JSON.stringify({ x: x })]; });
t('lengths', function () { return ['setHours', 'setUTCHours', 'setMinutes', 'setSeconds', 'setMonth', 'setFullYear', 'setDate', 'setMilliseconds', 'setTime', 'toJSON'].map(function (n) { return Date.prototype[n].length; }).join(); });
