using System.Numerics;
using Oden.Runtime;

namespace Oden.Runtime.Tests.Values;

public class JsBigIntTests
{
    [Theory]
    [InlineData("", "0")]
    [InlineData("  42\n", "42")]
    [InlineData("-17", "-17")]
    [InlineData("+17", "17")]
    [InlineData("0x1F", "31")]
    [InlineData("0o777", "511")]
    [InlineData("0b1010", "10")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("0xffffffffffffffffffffffff", "79228162514264337593543950335")]
    public void TryParse_StringIntegerLiteral_Parses(string text, string expected)
    {
        Assert.True(JsBigInt.TryParse(text, out BigInteger value));
        Assert.Equal(BigInteger.Parse(expected), value);
    }

    [Theory]
    [InlineData("1n")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("-0x10")]
    [InlineData("0x")]
    [InlineData("1_000")]
    [InlineData("abc")]
    [InlineData("- 1")]
    public void TryParse_NotAnInteger_Fails(string text) => Assert.False(JsBigInt.TryParse(text, out _));

    [Theory]
    [InlineData("255", 16, "ff")]
    [InlineData("-255", 2, "-11111111")]
    [InlineData("0", 36, "0")]
    [InlineData("1267650600228229401496703205376", 32, "100000000000000000000")]
    [InlineData("-123456789012345678901234567890", 36, "-byw97um9s91dlz68tsi")]
    public void ToString_Radix_MatchesJavaScript(string value, int radix, string expected) =>
        Assert.Equal(expected, JsBigInt.Create(BigInteger.Parse(value)).ToString(radix));

    [Fact]
    public void Create_SmallValues_AreCached()
    {
        Assert.Same(JsBigInt.Create(5), JsBigInt.Create(new BigInteger(5)));
        Assert.Same(JsBigInt.Zero, JsBigInt.Create(0));
        Assert.Equal(JsBigInt.Create(BigInteger.Pow(2, 80)), JsBigInt.Create(BigInteger.Pow(2, 80)));
    }

    [Fact]
    public void JsValue_HoldsBigInt_In16Bytes()
    {
        JsValue v = JsBigInt.Create(7);
        Assert.True(v.IsBigInt);
        Assert.Equal(JsValueKind.BigInt, v.Kind);
        Assert.False(v.IsNumber);
        Assert.Equal("7n", v.ToString());
    }

    [Theory]
    [InlineData("9007199254740993", 9007199254740992.0, 1)]
    [InlineData("9007199254740992", 9007199254740992.0, 0)]
    [InlineData("1", 1.5, -1)]
    [InlineData("2", 1.5, 1)]
    [InlineData("-1", -1.5, 1)]
    [InlineData("0", -0.0, 0)]
    [InlineData("100000000000000000000000", double.PositiveInfinity, -1)]
    [InlineData("-100000000000000000000000", double.NegativeInfinity, 1)]
    public void CompareToNumber_IsExact(string bigint, double number, int expected) =>
        Assert.Equal(expected, JsBigInt.CompareToNumber(BigInteger.Parse(bigint), number));

    [Fact]
    public void CompareToNumber_NaN_IsUndefined() => Assert.Null(JsBigInt.CompareToNumber(BigInteger.One, double.NaN));

    [Theory]
    [InlineData("9007199254740993", 9007199254740992.0)]
    [InlineData("9007199254740995", 9007199254740996.0)]
    [InlineData("-18446744073709551617", -18446744073709551616.0)]
    public void ToDouble_RoundsToNearestEven(string bigint, double expected) =>
        Assert.Equal(expected, JsBigInt.Create(BigInteger.Parse(bigint)).ToDouble());
}
