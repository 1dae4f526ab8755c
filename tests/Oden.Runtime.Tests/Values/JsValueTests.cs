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
