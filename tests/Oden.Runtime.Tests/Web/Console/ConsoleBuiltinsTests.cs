// console.log of Map, Set, WeakMap, WeakSet, Date, typed arrays, ArrayBuffer and Promise against node 20's
// util.inspect output (expected strings were printed by node v20.20.2 from the JavaScript equivalent of
// each builder, shown in the comment beside it, and are hard-coded here).
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Web.Console;

public class ConsoleBuiltinsTests
{
    private static JsObject New(Realm r, string constructor, params JsValue[] args) =>
        (JsObject)Operations.Construct(r, r.GetPath(constructor), args).TryGetObject!;

    private static JsArray Range(Realm r, int count, int step) =>
        r.Arr(Enumerable.Range(0, count).Select(i => (JsValue)(i * step)).ToArray());

    private static JsPromise Settled(Realm r, JsValue value, bool reject)
    {
        JsPromise p = JsPromise.Create(r);
        if (reject)
        {
            // p.catch(() => {}) so that no unhandled rejection is reported.
            r.CallPath("Promise.prototype.catch", p, new JsLambda(r, (_, _) => default));
            p.Reject(r, value);
        }
        else
        {
            p.Resolve(r, value);
        }

        return p;
    }

    private static readonly Dictionary<string, (Func<Realm, JsValue[]> Build, string Expected)> s_cases = new()
    {
        // new Map([['a',1],['b',{x:1}]]), new Map()
        ["MapBasic"] = (r => [New(r, "Map", r.Arr(r.Arr("a", 1), r.Arr("b", r.Obj(("x", 1))))), New(r, "Map")], "Map(2) { 'a' => 1, 'b' => { x: 1 } } Map(0) {}"),
        // new Set([1,'x']), new Set()
        ["SetBasic"] = (r => [New(r, "Set", r.Arr(1, "x")), New(r, "Set")], "Set(2) { 1, 'x' } Set(0) {}"),
        // new WeakMap(), new WeakSet(), [new WeakMap()]
        ["Weak"] = (r => [New(r, "WeakMap"), New(r, "WeakSet"), r.Arr(New(r, "WeakMap"))], "WeakMap { <items unknown> } WeakSet { <items unknown> } [ WeakMap { <items unknown> } ]"),
        // new Date(Date.UTC(2024,0,15,10)), new Date(NaN), [new Date(0)]
        ["Date"] = (r => [New(r, "Date", 1705312800000d), New(r, "Date", double.NaN), r.Arr(New(r, "Date", 0))], "2024-01-15T10:00:00.000Z Invalid Date [ 1970-01-01T00:00:00.000Z ]"),
        // Object.assign(new Date(0), {k:1})
        ["DateKeys"] = (r => [r.With(New(r, "Date", 0), ("k", 1))], "1970-01-01T00:00:00.000Z { k: 1 }"),
        // new Uint8Array([1,2,3]), new Float64Array([1.5,-0]), new Int8Array(0)
        ["Typed"] = (r => [New(r, "Uint8Array", r.Arr(1, 2, 3)), New(r, "Float64Array", r.Arr(1.5, -0d)), New(r, "Int8Array", 0)], "Uint8Array(3) [ 1, 2, 3 ] Float64Array(2) [ 1.5, -0 ] Int8Array(0) []"),
        // Object.assign(new Uint8Array([1]), {x:1}), [new Float32Array([0.1])]
        ["TypedExtras"] = (r => [r.With(New(r, "Uint8Array", r.Arr(1)), ("x", 1)), r.Arr(New(r, "Float32Array", r.Arr(0.1)))], "Uint8Array(1) [ 1, x: 1 ] [ Float32Array(1) [ 0.10000000149011612 ] ]"),
        // new Int16Array(Array.from({length:10},(_, i)=>i*1000))
        ["TypedGrouped"] = (r => [New(r, "Int16Array", Range(r, 10, 1000))], "Int16Array(10) [\n     0, 1000, 2000,\n  3000, 4000, 5000,\n  6000, 7000, 8000,\n  9000\n]"),
        // new Uint8Array(120)
        ["TypedMoreItems"] = (r => [New(r, "Uint8Array", 120)], "Uint8Array(120) [\n" + string.Concat(Enumerable.Repeat("  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n", 8)) + "  0, 0, 0, 0,\n  ... 20 more items\n]"),
        // new Uint8Array([1,2]).buffer, new ArrayBuffer(0), new Uint8Array([0xab,0xff,0x10]).buffer
        ["ArrayBuffer"] = (r => [((JsTypedArray)New(r, "Uint8Array", r.Arr(1, 2))).Buffer, New(r, "ArrayBuffer", 0), ((JsTypedArray)New(r, "Uint8Array", r.Arr(0xab, 0xff, 0x10))).Buffer], "ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 } ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 } ArrayBuffer { [Uint8Contents]: <ab ff 10>, byteLength: 3 }"),
        // new ArrayBuffer(60)
        ["ArrayBufferLong"] = (r => [New(r, "ArrayBuffer", 60)], "ArrayBuffer {\n  [Uint8Contents]: <" + string.Join(" ", Enumerable.Repeat("00", 60)) + ">,\n  byteLength: 60\n}"),
        // new ArrayBuffer(102)
        ["ArrayBufferMoreBytes"] = (r => [New(r, "ArrayBuffer", 102)], "ArrayBuffer {\n  [Uint8Contents]: <" + string.Join(" ", Enumerable.Repeat("00", 100)) + " ... 2 more bytes>,\n  byteLength: 102\n}"),
        // Promise.resolve(1), new Promise(() => {}), { p: Promise.resolve('s') }
        ["Promise"] = (r => [Settled(r, 1, false), JsPromise.Create(r), r.Obj(("p", Settled(r, "s", false)))], "Promise { 1 } Promise { <pending> } { p: Promise { 's' } }"),
        // Promise.resolve({a:{b:{c:1}}}), Promise.resolve(new Map([[1,2]]))
        ["PromiseNested"] = (r => [Settled(r, r.Obj(("a", r.Obj(("b", r.Obj(("c", 1)))))), false), Settled(r, New(r, "Map", r.Arr(r.Arr(1, 2))), false)], "Promise { { a: { b: [Object] } } } Promise { Map(1) { 1 => 2 } }"),
        // Promise.reject(3), Promise.reject({a:1}) (both handled)
        ["PromiseRejected"] = (r => [Settled(r, 3, true), Settled(r, r.Obj(("a", 1)), true)], "Promise { <rejected> 3 } Promise { <rejected> { a: 1 } }"),
        // {m: new Map([[{k:1}, new Set([[1]])]])}
        ["MapNested"] = (r => [r.Obj(("m", New(r, "Map", r.Arr(r.Arr(r.Obj(("k", 1)), New(r, "Set", r.Arr(r.Arr(1))))))))], "{ m: Map(1) { { k: 1 } => Set(1) { [Array] } } }"),
        // [new Map([[1,{a:[1,2]}]]), new Set([new Set([1])])]
        ["InArray"] = (r => [r.Arr(New(r, "Map", r.Arr(r.Arr(1, r.Obj(("a", r.Arr(1, 2)))))), New(r, "Set", r.Arr(New(r, "Set", r.Arr(1)))))], "[ Map(1) { 1 => { a: [Array] } }, Set(1) { Set(1) { 1 } } ]"),
        // {a:{b:{c:X}}} for X = new Map([[1,2]]), new Set([1]), new Uint8Array(2), new Map(), Promise.resolve(1), new ArrayBuffer(1)
        ["DepthLimit"] = (r => new JsValue[] { New(r, "Map", r.Arr(r.Arr(1, 2))), New(r, "Set", r.Arr(1)), New(r, "Uint8Array", 2), New(r, "Map"), Settled(r, 1, false), New(r, "ArrayBuffer", 1) }.Select(x => (JsValue)r.Obj(("a", r.Obj(("b", r.Obj(("c", x))))))).ToArray(), "{ a: { b: { c: [Map] } } } { a: { b: { c: [Set] } } } { a: { b: { c: [Uint8Array] } } } { a: { b: { c: Map(0) {} } } } { a: { b: { c: [Promise] } } } { a: { b: { c: [ArrayBuffer] } } }"),
        // new Map([['aaaaaaaaaaaa',1111111111],['bbbbbbbbbbbbbb',2222222222],['cccccccccccc',3333333333]])
        ["MapLong"] = (r => [New(r, "Map", r.Arr(r.Arr("aaaaaaaaaaaa", 1111111111), r.Arr("bbbbbbbbbbbbbb", 2222222222d), r.Arr("cccccccccccc", 3333333333d)))], "Map(3) {\n  'aaaaaaaaaaaa' => 1111111111,\n  'bbbbbbbbbbbbbb' => 2222222222,\n  'cccccccccccc' => 3333333333\n}"),
        // new Set(Array.from({length:30},(_, i)=>i*37)): sets are never grouped into columns
        ["SetLong"] = (r => [New(r, "Set", Range(r, 30, 37))], "Set(30) {\n" + string.Join(",\n", Enumerable.Range(0, 30).Select(i => "  " + (i * 37))) + "\n}"),
        // new Set(Array.from({length:102},(_, i)=>i))
        ["SetMoreItems"] = (r => [New(r, "Set", Range(r, 102, 1))], "Set(102) {\n" + string.Join(",\n", Enumerable.Range(0, 100).Select(i => "  " + i)) + ",\n  ... 2 more items\n}"),
        // new Map([[Symbol('s'), Symbol.iterator]]), m = new Map([[1,2]]); m[Symbol('a')] = 1
        ["MapSymbols"] = (r => [New(r, "Map", r.Arr(r.Arr(new JsSymbol("s"), JsSymbol.Iterator))), r.With(New(r, "Map", r.Arr(r.Arr(1, 2))), (new JsSymbol("a"), 1))], "Map(1) { Symbol(s) => Symbol(Symbol.iterator) } Map(1) { 1 => 2, [Symbol(a)]: 1 }"),
        // Object.assign(new Map([[1,2]]), {extra: 'x'}), Object.assign(new Set(), {k:1})
        ["ExtraKeys"] = (r => [r.With(New(r, "Map", r.Arr(r.Arr(1, 2))), ("extra", "x")), r.With(New(r, "Set"), ("k", 1))], "Map(1) { 1 => 2, extra: 'x' } Set(0) { k: 1 }"),
        // const m = new Map(); m.set('self', m)
        ["MapCircular"] = (r => { var m = New(r, "Map"); r.CallPath("Map.prototype.set", m, "self", m); return [m]; }, "<ref *1> Map(1) { 'self' => [Circular *1] }"),
        // Object.setPrototypeOf(new Map([[1,2]]), null), Object.setPrototypeOf(new Uint8Array(2), null), Object.setPrototypeOf(new Set([1]), null)
        ["NullPrototype"] = (r => new[] { New(r, "Map", r.Arr(r.Arr(1, 2))), New(r, "Uint8Array", 2), New(r, "Set", r.Arr(1)) }.Select(o => { o.SetPrototypeOf(null); return (JsValue)o; }).ToArray(), "[Map(1): null prototype] { 1 => 2 } [Uint8Array(2): null prototype] [ 0, 0 ] [Set(1): null prototype] { 1 }"),
    };

    public static TheoryData<string> CaseNames => new(s_cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Log_Builtins_MatchNodeFormatting(string name)
    {
        var (build, expected) = s_cases[name];
        Realm realm = TestHost.CreateRealm(out TestHost host);
        realm.CallPath("console.log", realm.Intrinsics.Console, build(realm));
        Assert.Equal(expected, host.Output);
    }
}
