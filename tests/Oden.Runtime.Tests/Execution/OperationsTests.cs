using Oden.Runtime;
using Oden.Runtime.CompilerServices;

namespace Oden.Runtime.Tests.Execution;

public class OperationsTests
{
    private static readonly Realm s_realm = new();

    public static TheoryData<object?, object?, bool> LooseEqualityCases => new()
    {
        { null, "undefined", true },
        { 1.0, "1", true },
        { 0.0, "", true },
        { 0.0, " \n", true },
        { "1", true, true },
        { 2.0, true, false },
        { "null", "null-value", false },
        { double.NaN, double.NaN, false },
    };

    private static JsValue ToJs(object? o) => o switch
    {
        null => JsValue.Null,
        "undefined" => JsValue.Undefined,
        "null-value" => JsValue.Null,
        double d => d,
        bool b => b,
        string s => s,
        _ => throw new ArgumentException(),
    };

    [Theory]
    [MemberData(nameof(LooseEqualityCases))]
    public void IsLooselyEqual_Table(object? a, object? b, bool expected) =>
        Assert.Equal(expected, Operations.IsLooselyEqual(s_realm, ToJs(a), ToJs(b)));

    [Theory]
    [InlineData("", 0.0)]
    [InlineData("  12  ", 12.0)]
    [InlineData("0x1f", 31.0)]
    [InlineData("0b101", 5.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("infinity", double.NaN)]
    [InlineData("1e", double.NaN)]
    [InlineData("-0x10", double.NaN)]
    [InlineData("12px", double.NaN)]
    public void StringToNumber_Table(string s, double expected) =>
        Assert.Equal(expected, NumberFormatting.StringToNumber(s));

    [Theory]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-2.5e-7, "-2.5e-7")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(100.0, "100")]
    public void NumberToString_Table(double d, string expected) => Assert.Equal(expected, NumberFormatting.ToString(d));

    [Theory]
    [InlineData(4294967296.0 + 5, 5)]
    [InlineData(-1.0, -1)]
    [InlineData(2147483648.0, -2147483648)]
    [InlineData(double.NaN, 0)]
    [InlineData(-4294967297.5, -1)]
    public void ToInt32_Table(double d, int expected) => Assert.Equal(expected, Operations.ToInt32(d));

    [Fact]
    public void Add_StringAndNumber_Concatenates_ObjectsGoThroughToPrimitive()
    {
        Assert.Equal("12", Ops.Add(s_realm, "1", 2).AsString());
        Assert.Equal(3.0, Ops.Add(s_realm, 1, 2).AsNumber);
        var arr = JsArray.Create(s_realm);
        Assert.Equal(1.0, Ops.Add(s_realm, true, JsValue.Null).AsNumber);
        Assert.Equal("undefined", Ops.Add(s_realm, default, "").AsString());
        _ = arr;
    }

    [Fact]
    public void TypeOf_Table()
    {
        Assert.Equal("object", Operations.TypeOf(JsValue.Null));
        Assert.Equal("undefined", Operations.TypeOf(default));
        Assert.Equal("function", Operations.TypeOf(s_realm.Intrinsics.ObjectConstructor));
        Assert.Equal("symbol", Operations.TypeOf(JsSymbol.Iterator));
        Assert.Equal("string", Operations.TypeOf(JsValue.FromRef(JsRope.Concat(new string('a', 30), new string('b', 30)))));
    }

    [Fact]
    public void Realm_Interrupt_StopsAtTheNextCheck_AndIsSticky()
    {
        var realm = new Realm();
        realm.RequestInterrupt("stop");
        Assert.Throws<ScriptInterruptedException>(() => realm.EnterFunction());
        Assert.Throws<ScriptInterruptedException>(() => realm.EnterFunction());
        realm.ClearInterrupt();
        realm.EnterFunction();
    }

    [Fact]
    public void Errors_HaveNameMessageAndStack()
    {
        var ex = s_realm.TypeError("boom");
        var error = Assert.IsType<JsError>(ex.Value.AsObject);
        Assert.Equal("TypeError: boom", error.Summary);
        Assert.StartsWith("TypeError: boom", error.Get("stack").AsString());
        Assert.True(Operations.InstanceOf(s_realm, error, s_realm.Intrinsics.GetErrorConstructor(ErrorKind.Error)));
    }
}
