exports.partial = true;
throw new TypeError('module failed to initialize');
