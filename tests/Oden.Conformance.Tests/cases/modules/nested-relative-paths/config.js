exports.name = 'root config';
