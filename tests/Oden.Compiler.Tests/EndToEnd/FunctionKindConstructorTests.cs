using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;

namespace Oden.Compiler.Tests.EndToEnd;

/// <summary>
/// The generator and async function constructors and new.target in eval code go through the runtime's
/// compile hook (IDynamicCodeCompiler), which the compiler installs; the runtime never names the compiler.
/// </summary>
public sealed class FunctionKindConstructorTests
{
    [Fact]
    public void NoHook_GeneratorAndAsyncConstructors_ThrowTypeErrorNamingThemselves()
    {
        var realm = new Realm();
        foreach (var (constructor, name) in new[]
        {
            (realm.Intrinsics.GeneratorFunction, "GeneratorFunction"),
            (realm.Intrinsics.AsyncFunction, "AsyncFunction"),
            (realm.Intrinsics.AsyncGeneratorFunction, "AsyncGeneratorFunction"),
        })
        {
            var error = Assert.Throws<JsException>(() => constructor.Call1(default, JsValue.FromString("return 1")));
            var text = JsException.Describe(error.Value);
            Assert.StartsWith("TypeError: new " + name + "()", text, StringComparison.Ordinal);
            Assert.Contains("OdenCompilerHook.Install", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hook_GeneratorFunction_CompilesAGeneratorOfTheRealm()
    {
        var realm = new Realm();
        OdenCompilerHook.Install(realm);
        var g = realm.Intrinsics.GeneratorFunction.Call2(default, JsValue.FromString("a"), JsValue.FromString("yield a; yield a * 2;"));
        var function = Assert.IsAssignableFrom<JsClosure>(g._ref);
        Assert.Same(realm.Intrinsics.GeneratorFunctionPrototype, function.GetPrototypeOf());
        var iterator = Ops.Call1(realm, g, default, JsValue.FromNumber(21), "g");
        Assert.Same(realm.Intrinsics.GeneratorPrototype, ((JsObject)((JsObject)iterator._ref!).GetPrototypeOf()!).GetPrototypeOf());
        var next = ((JsObject)iterator._ref!).Get("next");
        Ops.Call0(realm, next, iterator, "next");
        var second = (JsObject)Ops.Call0(realm, next, iterator, "next")._ref!;
        Assert.Equal(42.0, second.Get("value").AsNumber);
    }

    /// <summary>
    /// The same eval source is a SyntaxError where the caller is not in a function and the caller's
    /// new.target where it is: the request's InFunction is part of the compiled program's cache key.
    /// </summary>
    [Fact]
    public void Hook_NewTargetInEval_DependsOnInFunction_AndIsCachedSeparately()
    {
        var realm = new Realm();
        OdenCompilerHook.Install(realm);
        var compiler = realm.DynamicCodeCompiler!;
        var outside = new DynamicCodeRequest(DynamicCodeKind.DirectEval, "new.target", Strict: false, "eval at test");
        for (int i = 0; i < 2; i++)
        {
            var error = Assert.Throws<JsException>(() => compiler.Compile(realm, outside));
            Assert.StartsWith("SyntaxError", JsException.Describe(error.Value), StringComparison.Ordinal);
            var code = compiler.Compile(realm, outside with { InFunction = true });
            var target = JsValue.FromRef(realm.Intrinsics.ArrayConstructor);
            Assert.Same(realm.Intrinsics.ArrayConstructor, code.Run(realm, null, default, target)._ref);
            Assert.True(code.Run(realm, null, default, default).IsUndefined);
        }
    }
}
