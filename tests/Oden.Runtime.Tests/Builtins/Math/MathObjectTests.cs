// Math functions against values printed by node 20 (V8): edge cases of every function.
namespace Oden.Runtime.Tests.Builtins.Math;

public class MathObjectTests
{
    [Theory]
    [InlineData("abs", "2.5", "-2.5")]
    [InlineData("abs", "0", "-0")]
    [InlineData("acos", "1.0471975511965979", "0.5")]
    [InlineData("acos", "NaN", "2")]
    [InlineData("acosh", "1.3169578969248166", "2")]
    [InlineData("acosh", "NaN", "0.5")]
    [InlineData("asin", "0.5235987755982989", "0.5")]
    [InlineData("asinh", "0.881373587019543", "1")]
    [InlineData("asinh", "-0", "-0")]
    [InlineData("atan", "0.7853981633974483", "1")]
    [InlineData("atanh", "0.5493061443340548", "0.5")]
    [InlineData("atanh", "Infinity", "1")]
    [InlineData("atan2", "0.7853981633974483", "1", "1")]
    [InlineData("atan2", "3.141592653589793", "0", "-0")]
    [InlineData("atan2", "-3.141592653589793", "-0", "-0")]
    [InlineData("atan2", "-0", "-0", "0")]
    [InlineData("atan2", "3.141592653589793", "1", "-Infinity")]
    [InlineData("cbrt", "3", "27")]
    [InlineData("cbrt", "-2", "-8")]
    [InlineData("cbrt", "1.2599210498948732", "2")]
    [InlineData("ceil", "-0", "-0.5")]
    [InlineData("ceil", "2", "1.1")]
    [InlineData("ceil", "-1", "-1.1")]
    [InlineData("clz32", "31", "1")]
    [InlineData("clz32", "32", "0")]
    [InlineData("clz32", "0", "-1")]
    [InlineData("clz32", "32", "0.5")]
    [InlineData("clz32", "32", "4294967296")]
    [InlineData("cos", "1", "0")]
    [InlineData("cos", "-1", "3.141592653589793")]
    [InlineData("cosh", "1.5430806348152437", "1")]
    [InlineData("exp", "2.718281828459045", "1")]
    [InlineData("exp", "0", "-Infinity")]
    [InlineData("exp", "Infinity", "710")]
    [InlineData("expm1", "1.00000000005e-10", "1e-10")]
    [InlineData("expm1", "-0", "-0")]
    [InlineData("expm1", "0.3498588075760031", "0.3")]
    [InlineData("expm1", "-0.2591817793182821", "-0.3")]
    [InlineData("expm1", "6.38905609893065", "2")]
    [InlineData("expm1", "-0.8646647167633873", "-2")]
    [InlineData("expm1", "22025.465794806718", "10")]
    [InlineData("expm1", "-1", "-40")]
    [InlineData("expm1", "8.218407461554972e+307", "709")]
    [InlineData("expm1", "1e-300", "1e-300")]
    [InlineData("expm1", "0.6487212707001282", "0.5")]
    [InlineData("expm1", "-0.5034146962085905", "-0.7")]
    [InlineData("expm1", "0.0000500012500208336", "0.00005")]
    [InlineData("floor", "-1", "-0.5")]
    [InlineData("floor", "-0", "-0")]
    [InlineData("floor", "2", "2.7")]
    [InlineData("fround", "5.5", "5.5")]
    [InlineData("fround", "5.050000190734863", "5.05")]
    [InlineData("fround", "Infinity", "3.402823669209385e+38")]
    [InlineData("fround", "0", "1e-50")]
    [InlineData("fround", "-0", "-0")]
    [InlineData("hypot", "5", "3", "4")]
    [InlineData("hypot", "0")]
    [InlineData("hypot", "0", "-0")]
    [InlineData("hypot", "Infinity", "NaN", "Infinity")]
    [InlineData("hypot", "NaN", "1", "NaN")]
    [InlineData("hypot", "1.414213562373095e+200", "1e+200", "1e+200")]
    [InlineData("hypot", "3.741657386773941", "1", "2", "3")]
    [InlineData("hypot", "1.414213562373095e-200", "1e-200", "1e-200")]
    [InlineData("hypot", "0.223606797749979", "0.1", "0.2")]
    [InlineData("imul", "12", "3", "4")]
    [InlineData("imul", "-60", "-5", "12")]
    [InlineData("imul", "-5", "4294967295", "5")]
    [InlineData("imul", "-10", "4294967294", "5")]
    [InlineData("log", "1", "2.718281828459045")]
    [InlineData("log", "-Infinity", "0")]
    [InlineData("log", "NaN", "-1")]
    [InlineData("log1p", "9.999999999500001e-11", "1e-10")]
    [InlineData("log1p", "-Infinity", "-1")]
    [InlineData("log1p", "NaN", "-2")]
    [InlineData("log1p", "0.6931471805599453", "1")]
    [InlineData("log1p", "0.26236426446749106", "0.3")]
    [InlineData("log1p", "-0.35667494393873234", "-0.3")]
    [InlineData("log1p", "-0", "-0")]
    [InlineData("log1p", "1e-300", "1e-300")]
    [InlineData("log1p", "0.3987761199573678", "0.49")]
    [InlineData("log1p", "-0.6733445532637656", "-0.49")]
    [InlineData("log1p", "1.3862943611198906", "3")]
    [InlineData("log1p", "690.7755278982137", "1e+300")]
    [InlineData("log1p", "0.006975613736425242", "0.007")]
    [InlineData("log10", "3", "1000")]
    [InlineData("log10", "0.3010299956639812", "2")]
    [InlineData("log2", "3", "8")]
    [InlineData("log2", "1.584962500721156", "3")]
    [InlineData("max", "-Infinity")]
    [InlineData("max", "3", "1", "3", "2")]
    [InlineData("max", "0", "-0", "0")]
    [InlineData("max", "0", "0", "-0")]
    [InlineData("max", "NaN", "1", "NaN")]
    [InlineData("min", "Infinity")]
    [InlineData("min", "-0", "0", "-0")]
    [InlineData("min", "-0", "-0", "0")]
    [InlineData("min", "-3", "1", "-3")]
    [InlineData("min", "NaN", "NaN", "1")]
    [InlineData("pow", "1024", "2", "10")]
    [InlineData("pow", "NaN", "1", "NaN")]
    [InlineData("pow", "NaN", "1", "Infinity")]
    [InlineData("pow", "NaN", "-1", "-Infinity")]
    [InlineData("pow", "1", "NaN", "0")]
    [InlineData("pow", "Infinity", "0", "-1")]
    [InlineData("pow", "-Infinity", "-0", "-1")]
    [InlineData("pow", "Infinity", "-0", "-2")]
    [InlineData("pow", "NaN", "-8", "0.3333333333333333")]
    [InlineData("pow", "1.4142135623730951", "2", "0.5")]
    [InlineData("pow", "0.01", "10", "-2")]
    [InlineData("pow", "-Infinity", "-Infinity", "3")]
    [InlineData("pow", "0", "0.5", "Infinity")]
    [InlineData("round", "3", "2.5")]
    [InlineData("round", "-2", "-2.5")]
    [InlineData("round", "-0", "-0.5")]
    [InlineData("round", "-0", "-0.2")]
    [InlineData("round", "0", "0.49999999999999994")]
    [InlineData("round", "1", "0.5")]
    [InlineData("round", "-0", "-0")]
    [InlineData("round", "4503599627370496", "4503599627370495.5")]
    [InlineData("round", "-4503599627370495", "-4503599627370495.5")]
    [InlineData("round", "2", "1.5")]
    [InlineData("round", "-1", "-1.5")]
    [InlineData("round", "9007199254740991", "9007199254740991")]
    [InlineData("sign", "-1", "-3")]
    [InlineData("sign", "-0", "-0")]
    [InlineData("sign", "NaN", "NaN")]
    [InlineData("sign", "1", "5")]
    [InlineData("sin", "-0", "-0")]
    [InlineData("sin", "1", "1.5707963267948966")]
    [InlineData("sinh", "1.1752011936438014", "1")]
    [InlineData("sinh", "-0", "-0")]
    [InlineData("sqrt", "1.4142135623730951", "2")]
    [InlineData("sqrt", "-0", "-0")]
    [InlineData("sqrt", "NaN", "-1")]
    [InlineData("tan", "1.5574077246549023", "1")]
    [InlineData("tanh", "0.7615941559557649", "1")]
    [InlineData("tanh", "1", "Infinity")]
    [InlineData("trunc", "-0", "-0.9")]
    [InlineData("trunc", "4", "4.7")]
    [InlineData("trunc", "-Infinity", "-Infinity")]
    public void Function_Arguments_MatchesV8(string name, string expected, params string[] args)
    {
        Realm realm = TestHost.CreateRealm();
        var jsArgs = args.Select(a => (JsValue)Js.Parse(a)).ToArray();
        JsValue result = realm.CallStatic("Math." + name, jsArgs);
        Assert.Equal(expected, Js.Str(result));
    }

    [Theory]
    [InlineData("E", "2.718281828459045")]
    [InlineData("LN10", "2.302585092994046")]
    [InlineData("LN2", "0.6931471805599453")]
    [InlineData("LOG10E", "0.4342944819032518")]
    [InlineData("LOG2E", "1.4426950408889634")]
    [InlineData("PI", "3.141592653589793")]
    [InlineData("SQRT1_2", "0.7071067811865476")]
    [InlineData("SQRT2", "1.4142135623730951")]
    public void Constant_Read_IsFrozenValue(string name, string expected)
    {
        Realm realm = TestHost.CreateRealm();
        JsObject math = realm.Intrinsics.Math;
        Assert.True(math.GetOwnProperty(name, out PropertyDescriptor desc));
        Assert.Equal(expected, Js.Str(desc.Value));
        Assert.False(desc.Writable);
        Assert.False(desc.Enumerable);
        Assert.False(desc.Configurable);
    }

    [Fact]
    public void Expm1_One_IsCorrectlyRounded()
    {
        // V8's fdlibm port returns 1.718281828459045, one ulp below e - 1 = 1.71828182845904523536….
        Realm realm = TestHost.CreateRealm();
        Assert.Equal("1.7182818284590453", Js.Str(realm.CallStatic("Math.expm1", 1d)));
    }

    [Fact]
    public void MaxMin_SignedZerosInEitherOrder_PreferPlusAndMinusZero()
    {
        Realm realm = TestHost.CreateRealm();
        Assert.Equal("0", Js.Str(realm.CallStatic("Math.max", 0d, -0d)));
        Assert.Equal("-0", Js.Str(realm.CallStatic("Math.min", -0d, 0d)));
    }

    [Fact]
    public void Random_Called_IsInUnitInterval()
    {
        Realm realm = TestHost.CreateRealm();
        for (int i = 0; i < 100; i++)
        {
            double r = realm.CallStatic("Math.random").AsNumber;
            Assert.InRange(r, 0, 0.9999999999999999);
        }
    }

    [Fact]
    public void Max_ArgumentsAfterNaN_AreStillCoerced()
    {
        Realm realm = TestHost.CreateRealm();
        int calls = 0;
        var counter = new JsObject(realm.Intrinsics.ObjectPrototype);
        counter.Set("valueOf", new JsBuiltinCounter(realm, () => calls++));
        JsValue result = realm.CallStatic("Math.max", double.NaN, counter);
        Assert.True(double.IsNaN(result.AsNumber));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ToStringTag_Object_IsMath()
    {
        Realm realm = TestHost.CreateRealm();
        Assert.Equal("[object Math]", realm.CallPath("Object.prototype.toString", realm.Intrinsics.Math).AsString());
    }
}
