exports.ok = 'good module loaded';
