using System.Runtime.CompilerServices;
using Oden.Runtime;

namespace Oden.Runtime.Tests.Values;

public class JsValueTests
{
    [Fact]
    public void JsValue_Size_Is16Bytes() => Assert.Equal(16, Unsafe.SizeOf<JsValue>());

    [Fact]
    public void Default_IsUndefined()
    {
        JsValue v = default;
        Assert.True(v.IsUndefined);
        Assert.Equal(JsValueKind.Undefined, v.Kind);
        var arr = new JsValue[3];
        Assert.True(arr[1].IsUndefined);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    [InlineData(1e308)]
    public void Numbers_RoundTrip_WithoutAllocation(double d)
    {
        JsValue v = d;
        Assert.True(v.IsNumber);
        Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(v.AsNumber));
    }

    [Fact]
    public void Sentinels_HaveDistinctKinds()
    {
        Assert.Equal(JsValueKind.Null, JsValue.Null.Kind);
        Assert.Equal(JsValueKind.Boolean, JsValue.True.Kind);
        Assert.Equal(JsValueKind.Boolean, JsValue.False.Kind);
        Assert.True(JsValue.True.AsBoolean);
        Assert.False(JsValue.False.AsBoolean);
        Assert.Equal(JsValueKind.Internal, JsValue.Hole.Kind);
        Assert.True(JsValue.Null.IsNullish);
    }

    [Fact]
    public void Rope_FlattensOnce_AndConcatenationIsLinear()
    {
        object s = "";
        for (int i = 0; i < 200_000; i++)
        {
            s = JsRope.Concat(s, "ab");
        }

        var rope = Assert.IsType<JsRope>(s);
        Assert.Equal(400_000, rope.Length);
        string flat = rope.Flatten();
        Assert.Equal(400_000, flat.Length);
        Assert.Same(flat, rope.Flatten());
        Assert.StartsWith("abab", flat);
    }
}

public class JsRopeShapesTests
{
    [Fact]
    public void Flatten_MixedTree_KeepsOrder()
    {
        // ((a + (b + c)) + ((d + e) + f)) with every piece long enough to stay a rope node.
        string P(char c) => new(c, 30);
        object bc = JsRope.Concat(P('b'), P('c'));
        object abc = JsRope.Concat(P('a'), bc);
        object de = JsRope.Concat(P('d'), P('e'));
        object def = JsRope.Concat(de, P('f'));
        var all = Assert.IsType<JsRope>(JsRope.Concat(abc, def));
        Assert.Equal(P('a') + P('b') + P('c') + P('d') + P('e') + P('f'), all.Flatten());

        // A partly flattened subtree is reused.
        var again = Assert.IsType<JsRope>(JsRope.Concat(all, P('g')));
        Assert.Equal(P('a') + P('b') + P('c') + P('d') + P('e') + P('f') + P('g'), again.Flatten());
    }

    [Theory]
    [InlineData(5.0, "5")]
    [InlineData(1023.0, "1023")]
    [InlineData(1024.0, "1024")]
    [InlineData(5120.0, "5120")]
    [InlineData(-4096.0, "-4096")]
    [InlineData(2147483647.0, "2147483647")]
    public void IntegerToString_CachedAndUncached_Agree(double d, string expected)
    {
        Assert.Equal(expected, NumberFormatting.ToString(d));
        Assert.Equal(expected, NumberFormatting.ToString(d));
    }
}

public class JsRopeBuilderTests
{
    private static string Text(object s) => s is string str ? str : ((JsRope)s).Flatten();

    [Fact]
    public void Appends_ToOlderVersions_DoNotDisturbNewerOnes()
    {
        object a = new string('a', 100);
        object b = JsRope.Concat(a, "1");        // starts a builder
        object c = JsRope.Concat(b, "2");        // appends in place
        object d = JsRope.Concat(b, "X");        // b is no longer the newest: copies
        object e = JsRope.Concat(c, "3");
        Assert.Equal(new string('a', 100) + "1", Text(b));
        Assert.Equal(new string('a', 100) + "12", Text(c));
        Assert.Equal(new string('a', 100) + "1X", Text(d));
        Assert.Equal(new string('a', 100) + "123", Text(e));
    }

    [Fact]
    public void SelfConcatenation_AndTreesOverBuilders_Flatten()
    {
        object a = JsRope.Concat(new string('x', 70), "y");
        object twice = JsRope.Concat(a, a);
        Assert.Equal(new string('x', 70) + "y" + new string('x', 70) + "y", Text(twice));
        object prefix = JsRope.Concat("<", a);   // short left: a tree over a builder
        Assert.Equal("<" + new string('x', 70) + "y", Text(prefix));
    }
}
