using Oden.Runtime;
using Oden.Runtime.Builtins;
using Oden.Runtime.CompilerServices;

namespace Oden.Runtime.Tests.CompilerServices;

public class PatternOpsTests
{
    private static JsArray Numbers(Realm realm, int count)
    {
        var a = JsArray.Create(realm);
        for (int i = 0; i < count; i++) a.Push(i);
        return a;
    }

    [Fact]
    public void SpreadToArray_PlainArray_AllocatesOnlyTheArgumentArray()
    {
        var realm = new Realm();
        var array = JsValue.FromRef(Numbers(realm, 100));
        Ops.SpreadToArray(realm, array); // warm up (lazy intrinsics)
        long before = GC.GetAllocatedBytesForCurrentThread();
        var args = Ops.SpreadToArray(realm, array);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, args.Length);
        Assert.Equal(99, args[99].AsNumber);
        // one JsValue[100] (16-byte elements plus the array header), nothing else
        Assert.InRange(allocated, 100 * 16, 100 * 16 + 64);
    }

    [Theory]
    [InlineData("f(...a)")]
    [InlineData("f(0, ...a)")]
    [InlineData("[...a]")]
    [InlineData("[0, ...a]")]
    public void Spread_ArrayWithIteratorGetter_ReadsIteratorOnce(string spread) =>
        Oden.TestUtilities.JsRunner.ExpectOutput($$"""
            var reads = 0, a = [1, 2];
            Object.defineProperty(a, Symbol.iterator, { get() { reads++; return function* () { yield 7; }; } });
            function f() { return arguments.length; }
            {{spread}};
            console.log(reads);
            """, "1");

    [Fact]
    public void ObjectRest_CopiesOwnEnumerableMinusExcluded_InKeyOrder()
    {
        var realm = new Realm();
        var source = new JsObject(realm.Intrinsics.ObjectPrototype);
        source.Set("b", 1);
        source.Set("a", 2);
        source.Set(PropertyKey.FromIndex(3), 3);
        source.Set("c", 4);
        var rest = (JsObject)Ops.ObjectRest(realm, JsValue.FromRef(source), [JsValue.FromString("a"), JsValue.FromNumber(3)])._ref!;
        Assert.Equal(["b", "c"], rest.OwnPropertyKeys().Select(k => k.Name));
    }

    [Fact]
    public void IteratorStepOrUndefined_AfterDone_IsUndefinedWithoutStepping()
    {
        var realm = new Realm();
        var record = IteratorRecord.GetIterator(realm, JsValue.FromRef(Numbers(realm, 1)));
        Assert.Equal(0, Ops.IteratorStepOrUndefined(record, realm).AsNumber);
        Assert.True(Ops.IteratorStepOrUndefined(record, realm).IsUndefined);
        Assert.True(record.Done);
        Assert.True(Ops.IteratorStepOrUndefined(record, realm).IsUndefined);
    }

    [Fact]
    public void TemplateSite_SameObjectPerRealm_FrozenWithRaw()
    {
        var site = new TemplateSite(["a", null], ["a", "\\u"]);
        var realm = new Realm();
        var first = Ops.GetTemplateObject(realm, site);
        Assert.Equal(first._ref, Ops.GetTemplateObject(realm, site)._ref);
        Assert.NotEqual(first._ref, Ops.GetTemplateObject(new Realm(), site)._ref);
        var template = (JsObject)first._ref!;
        Assert.True(template.Get(PropertyKey.FromIndex(1)).IsUndefined);
        Assert.False(template.Set(PropertyKey.FromIndex(0), JsValue.FromString("x")));
        var raw = (JsObject)template.Get("raw")._ref!;
        Assert.Equal("\\u", raw.Get(PropertyKey.FromIndex(1))._ref as string);
    }
}
