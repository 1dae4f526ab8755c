using Oden.Runtime;

namespace Oden.Runtime.Tests.Objects;

public class JsArrayTests
{
    [Fact]
    public void Holes_AreNotOwnProperties()
    {
        var realm = new Realm();
        var a = new JsArray(realm.Intrinsics.ArrayPrototype, [JsValue.Hole, 1], 2);
        Assert.False(a.HasProperty(PropertyKey.FromIndex(0)));
        Assert.True(a.HasProperty(PropertyKey.FromIndex(1)));
        Assert.Equal(["1", "length"], a.OwnPropertyKeys().Select(k => k.Name));
    }

    [Fact]
    public void SettingLength_Truncates_AndGrowingLeavesHoles()
    {
        var realm = new Realm();
        var a = JsArray.Create(realm);
        for (int i = 0; i < 5; i++) a.Push(i);
        Assert.True(a.Set("length", 2));
        Assert.Equal(2u, a.Length);
        Assert.True(a.Get(PropertyKey.FromIndex(3)).IsUndefined);
        Assert.True(a.Set("length", 4));
        Assert.False(a.HasProperty(PropertyKey.FromIndex(3)));
        Assert.True(a.Set(PropertyKey.FromIndex(10), 1));
        Assert.Equal(11u, a.Length);
        Assert.False(a.HasProperty(PropertyKey.FromIndex(9)));
    }

    [Fact]
    public void FarIndex_GoesSparse_AndKeepsSemantics()
    {
        var realm = new Realm();
        var a = JsArray.Create(realm);
        a.Push(1);
        Assert.True(a.Set(PropertyKey.FromIndex(1_000_000), 2));
        Assert.Equal(1_000_001u, a.Length);
        Assert.Equal(2.0, a.Get(PropertyKey.FromIndex(1_000_000)).AsNumber);
        Assert.Equal(["0", "1000000", "length"], a.OwnPropertyKeys().Select(k => k.Name));
    }

    [Fact]
    public void NonWritableLength_RefusesAppends()
    {
        var realm = new Realm();
        var a = JsArray.Create(realm);
        a.Push(1);
        Assert.True(a.DefineOwnProperty("length", new PropertyDescriptor { Writable = false, HasWritable = true }));
        Assert.False(a.Set(PropertyKey.FromIndex(1), 2));
        Assert.Equal(1u, a.Length);
    }
}
