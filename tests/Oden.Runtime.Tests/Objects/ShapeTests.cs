using Oden.Runtime;

namespace Oden.Runtime.Tests.Objects;

public class ShapeTests
{
    [Fact]
    public void AddProperty_SameKeys_SharesTheChild()
    {
        Shape a = Shape.Empty.AddProperty("x", PropertyFlags.Default).AddProperty("y", PropertyFlags.Default);
        Shape b = Shape.Empty.AddProperty("x", PropertyFlags.Default).AddProperty("y", PropertyFlags.Default);
        Assert.Same(a, b);
        Assert.Equal(2, a.Count);
    }

    [Fact]
    public void AddProperty_DifferentOrder_DifferentShapes()
    {
        Shape a = Shape.Empty.AddProperty("x", PropertyFlags.Default).AddProperty("y", PropertyFlags.Default);
        Shape b = Shape.Empty.AddProperty("y", PropertyFlags.Default).AddProperty("x", PropertyFlags.Default);
        Assert.NotSame(a, b);
    }

    [Fact]
    public void TryGetSlot_FindsSlotsInInsertionOrder_SmallAndLarge()
    {
        Shape s = Shape.Empty;
        for (int i = 0; i < 40; i++) s = s.AddProperty("k" + i, PropertyFlags.Default);
        for (int i = 0; i < 40; i++)
        {
            Assert.True(s.TryGetSlot("k" + i, out int slot, out _));
            Assert.Equal(i, slot);
        }

        Assert.False(s.TryGetSlot("nope", out _, out _));
        Assert.Equal("k0", s.Keys[0].Name);
    }

    [Fact]
    public void Objects_FromTwoRealms_ShareShapes()
    {
        var r1 = new Realm();
        var r2 = new Realm();
        var o1 = new JsObject(r1.Intrinsics.ObjectPrototype);
        var o2 = new JsObject(r2.Intrinsics.ObjectPrototype);
        o1.Set("a", 1);
        o1.Set("b", 2);
        o2.Set("a", 3);
        o2.Set("b", 4);
        Assert.Same(o1.Shape, o2.Shape);
    }

    [Fact]
    public void Delete_LastProperty_GoesBackToParent_OtherwiseDictionary()
    {
        var realm = new Realm();
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        o.Set("a", 1);
        Shape afterA = o.Shape;
        o.Set("b", 2);
        Assert.True(o.Delete("b"));
        Assert.Same(afterA, o.Shape);

        o.Set("b", 2);
        o.Set("c", 3);
        Assert.True(o.Delete("a"));
        Assert.True(o.Shape.IsDictionary);
        Assert.Equal(["b", "c"], o.OwnPropertyKeys().Select(k => k.Name));
        Assert.Equal(3, o.Get("c").AsNumber);
    }

    [Fact]
    public void OwnPropertyKeys_IndicesFirstAscending_ThenStrings_ThenSymbols()
    {
        var realm = new Realm();
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        var sym = new JsSymbol("s");
        o.Set("b", 1);
        o.Set(PropertyKey.FromSymbol(sym), 1);
        o.Set("10", 1);
        o.Set("a", 1);
        o.Set("2", 1);
        Assert.Equal(["2", "10", "b", "a", "Symbol(s)"], o.OwnPropertyKeys().Select(k => k.ToString()));
    }

    [Fact]
    public void ManyProperties_SwitchToDictionaryMode_AndKeepOrder()
    {
        var realm = new Realm();
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        for (int i = 0; i < Shape.MaxShapeProperties + 10; i++) o.Set("p" + i, i);
        Assert.True(o.Shape.IsDictionary);
        var keys = o.OwnPropertyKeys();
        Assert.Equal(Shape.MaxShapeProperties + 10, keys.Count);
        Assert.Equal("p0", keys[0].Name);
        Assert.Equal(130.0, o.Get("p130").AsNumber);
    }

    [Fact]
    public void PropertyKey_CanonicalIndices()
    {
        Assert.True(PropertyKey.FromString("0").IsIndex);
        Assert.True(PropertyKey.FromString("4294967294").IsIndex);
        Assert.False(PropertyKey.FromString("4294967295").IsIndex);
        Assert.False(PropertyKey.FromString("01").IsIndex);
        Assert.False(PropertyKey.FromString("-1").IsIndex);
        Assert.Equal(PropertyKey.FromIndex(7), PropertyKey.FromString("7"));
    }
}
