console.log(Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
console.log(1.7976931348623157e308, 1.7976931348623158e308, 1.8e308);
console.log(2.2250738585072014e-308, 4.9e-324, 2.5e-324);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(9007199254740991 + 2, 9007199254740992 * 2);
