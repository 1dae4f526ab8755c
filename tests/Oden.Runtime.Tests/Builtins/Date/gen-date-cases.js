// Prints the [InlineData] rows of the Date tests: `TZ=UTC node gen-date-cases.js parse` (modes: construct,
// single, parse, format, getters, setters); run once per zone (UTC, America/New_York).
const tz = process.env.TZ;
const q = s => JSON.stringify(s);
const num = v => Number.isNaN(v) ? "double.NaN" : (Object.is(v,-0) ? "-0.0" : String(v) + (Number.isInteger(v) && Math.abs(v) < 2**31 ? "" : (String(v).includes("e")||String(v).includes(".")? "":"d")));
const mode = process.argv[2];
const out = [];
if (mode === "construct") {
  const cases = ["2024, 0, 15, 10", "2024, 0, 15", "2024, 0", "99, 11, 31", "0, 0, 1", "-1, 0, 1", "100, 0, 1", "2024, 13, 1", "2024, -1, 1", "2024, 1, 30", "2024, 0, 0", "2024, 0, 1, 25, 61, 61, 1001", "2024, 0, 1, 0, 0, 0, 0.9", "2024, 2, 10, 2, 30", "2024, 10, 3, 1, 30", "2024, 2, 10, 3", "2024, 10, 3, 2", "1800, 0, 1", "275760, 8, 13", "275760, 8, 14", "-271821, 3, 20", "-271821, 3, 19", "NaN, 0", "2024, Infinity", "'2024', '1', '15'", "2024.9, 0.9, 1.9", "1e6, 0", "2024, 0, 1, 12, 30, 15, 250", "1970, 0, 1"];
  for (const c of cases) { const d = eval(`new Date(${c})`); out.push(`[InlineData(${q(tz)}, ${q(c)}, ${num(d.getTime())}, ${q(String(d))})]`); }
}
if (mode === "single") {
  const cases = ["0", "-1", "1705312800000", "8.64e15", "8640000000000001", "-8.64e15", "-8640000000000001", "1.5", "-1.5", "NaN", "Infinity", "true", "null", "'2024-01-15'", "'2024-01-15T10:00'", "[]", "[5]"];
  for (const c of cases) { const d = eval(`new Date(${c})`); out.push(`[InlineData(${q(tz)}, ${q(c)}, ${num(d.getTime())})]`); }
}
if (mode === "parse") {
  const cases = ["2024-01-15", "2024-01", "2024", "2024-01-15T10:00", "2024-01-15T10:00:00", "2024-01-15T10:00:00Z", "2024-01-15T10:00:00.123Z", "2024-01-15T10:00:00.1Z", "2024-01-15T10:00:00.123456Z", "2024-01-15T10:00:00+05:30", "2024-01-15T10:00:00-0800", "2024-01-15T24:00:00Z", "2024-01-15T24:00:01Z", "2024-01-15T25:00Z", "2024-01-15T10:60Z", "2024-02-30", "2024-13-01", "2024-00-10", "+275760-09-13T00:00:00.000Z", "+275760-09-13T00:00:00.001Z", "-271821-04-20T00:00:00.000Z", "-000001-01-01T00:00:00Z", "-000000-01-01T00:00:00Z", "+002024-01-15", "2024-01-15T10:00:00z", "2024-01-15t10:00:00Z", "2024-01-15 10:00", "2024-01-15 10:00:00Z", "2024-01-15T10:00Z junk", "2024-1-5", "2024/01/15", "2024/1/15 10:00", "01/15/2024", "1/15/2024 10:30:15", "1/15", "13/1/2024", "January 15, 2024 10:00:00", "January 15, 2024", "Jan 15 2024", "15 Jan 2024", "Jan 2024", "2024 Jan 15", "Jan 15", "Mon, 01 Jan 2024 00:00:00 GMT", "Mon, 15 Jan 2024 10:00:00 GMT", "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)", "Mon Jan 15 2024 10:00:00 GMT-0500 (Eastern Standard Time)", "Mon Jul 15 2024 10:00:00 GMT-0400 (Eastern Daylight Time)", "Mon Jan 15 2024", "Tuesday, January 16, 2024", "Jan 15 2024 10:00 PM", "Jan 15 2024 12:00 AM", "Jan 15 2024 12:30 pm", "Jan 15 2024 13:00 PM", "Jan 15 2024 10:00:00 EST", "Jan 15 2024 10:00:00 PDT", "Jan 15 2024 10:00:00 UTC", "Jan 15 2024 10:00:00 UTC+0130", "Jan 15 2024 10:00:00 GMT+5", "Jan 15 2024 10:00:00 GMT-05:30", "Jan 15 2024 10:00:00 Z", "10:00 1/15/2024", "Jan 15 2024 10:00:00.5", "1 Jan 50", "1 Jan 49", "1 Jan 99", "12/31/1969 23:59:59", "x 2024", "15.01.2024", "", " ", "foo", "2024-01-15T", "Jan 15 2024 (comment) 10:00", "Sat, 13 Sep 275760 00:00:00 GMT", "Sat, 13 Sep 275760 00:00:01 GMT", "Fri Jan 01 -0001 00:00:00 GMT+0000", "Mar 10 2024 02:30:00", "Nov 3 2024 01:30:00", "2024-03-10T02:30", "2024-11-03T01:30", "Sept 5 2024", "2024-01-15T10:00:00.000+24:00", "Thu, 01 Jan 1970 00:00:00 GMT+0100", "1/1/1970 00:00:00 +0000", "2024-06-15T12:00:00"];
  for (const c of cases) out.push(`[InlineData(${q(tz)}, ${q(c)}, ${num(Date.parse(c))})]`);
}
if (mode === "format") {
  const times = [0, 1705312800000, 1720987200123, -1, 951782400000, 1710054000000, 1730611800000, -5364662400000, -62198755200000, Date.UTC(-100,0,1), 8.64e15, -8.64e15, 253402300800000, NaN, 1705276799999, 1704067200000 - 1];
  const methods = ["toString","toDateString","toTimeString","toUTCString","toISOString","toLocaleString","toLocaleDateString","toLocaleTimeString","toJSON"];
  for (const t of times) for (const m of methods) { let r; try { r = String(new Date(t)[m]()); } catch (e) { r = String(e); } out.push(`[InlineData(${q(tz)}, ${num(t)}, ${q(m)}, ${q(r)})]`); }
}
if (mode === "getters") {
  const times = [0, 1705312800123, -1, 951782400000, 1710054000000, 1730611800000, -5364662400000, -62198755200000, 8.64e15, -8.64e15, NaN];
  const gs = ["getFullYear","getMonth","getDate","getDay","getHours","getMinutes","getSeconds","getMilliseconds","getUTCFullYear","getUTCMonth","getUTCDate","getUTCDay","getUTCHours","getUTCMinutes","getUTCSeconds","getUTCMilliseconds","getTimezoneOffset","getYear","getTime","valueOf"];
  for (const t of times) { const d = new Date(t); out.push(`[InlineData(${q(tz)}, ${num(t)}, ${q(gs.map(g => String(d[g]())).join(" "))})]`); }
}
if (mode === "setters") {
  const cases = [[1705312800123,"setMilliseconds","5"],[1705312800123,"setMilliseconds","1000"],[1705312800123,"setSeconds","75"],[1705312800123,"setSeconds","1, 2"],[1705312800123,"setMinutes","-1"],[1705312800123,"setMinutes","1, 2, 3"],[1705312800123,"setHours","23"],[1705312800123,"setHours","1, 2, 3, 4"],[1705312800123,"setHours","1, undefined"],[1705312800123,"setDate","31"],[1705312800123,"setDate","0"],[1705312800123,"setMonth","1"],[1705312800123,"setMonth","1, 30"],[1705312800123,"setFullYear","2000"],[1705312800123,"setFullYear","2000, 1, 29"],[1705312800123,"setFullYear","99"],[NaN,"setFullYear","2000"],[NaN,"setFullYear","2000, 5"],[NaN,"setMonth","1"],[NaN,"setHours","1"],[NaN,"setDate","1"],[1705312800123,"setTime","0"],[1705312800123,"setTime","'86400000'"],[1705312800123,"setTime","8640000000000001"],[1705312800123,"setTime",""],[1705312800123,"setUTCMilliseconds","999"],[1705312800123,"setUTCSeconds","59, 999"],[1705312800123,"setUTCMinutes","30, 30, 30"],[1705312800123,"setUTCHours","0, 0, 0, 0"],[1705312800123,"setUTCDate","29"],[1705312800123,"setUTCMonth","11, 31"],[1705312800123,"setUTCFullYear","-1"],[NaN,"setUTCFullYear","2020"],[NaN,"setUTCHours","1"],[1705312800123,"setYear","99"],[1705312800123,"setYear","2001"],[NaN,"setYear","5"],[1705312800123,"setYear","NaN"],[1705312800123,"setHours","NaN"],[1705312800123,"setDate",""],[1710046800000,"setHours","2, 30"],[1730606400000,"setHours","1, 30"],[1710046800000,"setMinutes","150"],[1705312800123,"setMonth","-13"],[8.64e15,"setMilliseconds","1"],[1705312800123,"setFullYear","275760, 8, 14"]];
  for (const [t, m, a] of cases) { const d = new Date(t); const r = eval(`d.${m}(${a})`); out.push(`[InlineData(${q(tz)}, ${num(t)}, ${q(m)}, ${q(a)}, ${num(r)})]`); }
}
console.log(out.join("\n"));
