// with, direct eval and new Function from the compiler's side: the shapes the binder produces, that
// code without them compiles exactly as before, the compile hook's absence, caching and unloading.
// The language semantics are covered by the conformance cases (language/with, eval, function-constructor).
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Tests.TestSupport;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using CapturingHost = Oden.TestUtilities.CapturingHost;
using JsRunner = Oden.Compiler.Tests.TestSupport.JsRunner;

namespace Oden.Compiler.Tests.EndToEnd;

public sealed class DynamicCodeTests
{
    private static void Check(string name, string js) =>
        Snapshot.Match("lowering_dynamic", name, "// " + js.Replace("\n", "\n// ") + "\n" + BoundTreePrinter.Print(Phases.LowerOrFail(js)));

    [Theory]
    [InlineData("with_read_write_call", "var y = 1; with (o) { x = y; f(x); }")]
    [InlineData("nested_with_closure", "function g(a) { with (a) { with (b) { return function () { return c + a; }; } } }")]
    [InlineData("eval_vars_checked", "var v = 1; function f() { eval(s); return v + w; }")]
    [InlineData("strict_eval_no_var_check", "function f() { 'use strict'; var k = 1; eval(s); return v + k; }")]
    [InlineData("plain_function_beside_eval", "function plain(a) { var b = a + 1; return b * z; }\nfunction other() { return eval('1'); }")]
    public void Lowering(string name, string js) => Check(name, js);

    /// <summary>The IL and locals of a function without with/eval do not change when another function of the script uses them.</summary>
    [Fact]
    public void FunctionWithoutEval_HasUnchangedIlAndLocals()
    {
        const string plain = "function plain(a) { var b = a + 1; for (var i = 0; i < 3; i++) b += i; return [b, typeof a, o.p]; }\nconsole.log(plain(1));\n";
        var alone = MethodBody(plain, "plain`");
        var beside = MethodBody(plain + "function other(s) { with ({}) { s += 1; } return eval(s); }\n", "plain`");
        Assert.Equal(Convert.ToHexString(alone.Il), Convert.ToHexString(beside.Il));
        Assert.Equal(Convert.ToHexString(alone.Locals), Convert.ToHexString(beside.Locals));
    }

    private static (byte[] Il, byte[] Locals) MethodBody(string source, string namePrefix)
    {
        var (emit, pe, _) = JsRunner.Compile(source);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        using var reader = new PEReader(new MemoryStream(pe));
        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if (!metadata.GetString(method.Name).StartsWith(namePrefix, StringComparison.Ordinal)) continue;
            var body = reader.GetMethodBody(method.RelativeVirtualAddress);
            var locals = body.LocalSignature.IsNil ? [] : metadata.GetBlobBytes(metadata.GetStandaloneSignature(body.LocalSignature).Signature);
            return (IlWithNamedTokens(metadata, body.GetILBytes()!), locals);
        }
        throw new InvalidOperationException("no method " + namePrefix);
    }

    private static readonly Dictionary<short, System.Reflection.Emit.OpCode> s_opCodes = typeof(System.Reflection.Emit.OpCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => (System.Reflection.Emit.OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The IL with every metadata token replaced by the name it stands for (token numbers depend on what else the assembly holds).</summary>
    private static byte[] IlWithNamedTokens(MetadataReader metadata, byte[] il)
    {
        var result = new List<byte>();
        for (int i = 0; i < il.Length;)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var op = s_opCodes[value];
            result.AddRange(il.AsSpan(i, op.Size).ToArray());
            i += op.Size;
            int operandSize = op.OperandType switch
            {
                System.Reflection.Emit.OperandType.InlineNone => 0,
                System.Reflection.Emit.OperandType.ShortInlineBrTarget or System.Reflection.Emit.OperandType.ShortInlineI or System.Reflection.Emit.OperandType.ShortInlineVar => 1,
                System.Reflection.Emit.OperandType.InlineVar => 2,
                System.Reflection.Emit.OperandType.InlineI8 or System.Reflection.Emit.OperandType.InlineR => 8,
                System.Reflection.Emit.OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (op.OperandType is System.Reflection.Emit.OperandType.InlineField or System.Reflection.Emit.OperandType.InlineMethod
                or System.Reflection.Emit.OperandType.InlineType or System.Reflection.Emit.OperandType.InlineTok or System.Reflection.Emit.OperandType.InlineString)
            {
                result.AddRange(System.Text.Encoding.UTF8.GetBytes("[" + TokenName(metadata, BitConverter.ToInt32(il, i)) + "]"));
            }
            else
            {
                result.AddRange(il.AsSpan(i, operandSize).ToArray());
            }
            i += operandSize;
        }
        return [.. result];
    }

    private static string TokenName(MetadataReader metadata, int token)
    {
        var handle = MetadataTokens.EntityHandle(token);
        return handle.Kind switch
        {
            HandleKind.MethodDefinition => metadata.GetString(metadata.GetMethodDefinition((MethodDefinitionHandle)handle).Name),
            HandleKind.FieldDefinition => metadata.GetString(metadata.GetFieldDefinition((FieldDefinitionHandle)handle).Name),
            HandleKind.MemberReference => metadata.GetString(metadata.GetMemberReference((MemberReferenceHandle)handle).Name),
            HandleKind.TypeDefinition => metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)handle).Name),
            HandleKind.TypeReference => metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)handle).Name),
            _ => (token >> 24) == 0x70 ? metadata.GetUserString(MetadataTokens.UserStringHandle(token & 0xFFFFFF)) : token.ToString("X8"),
        };
    }

    [Fact]
    public void NoHook_EvalThrowsEvalError_FunctionThrowsTypeError()
    {
        var realm = new Realm();
        var eval = Assert.Throws<JsException>(() => realm.Intrinsics.EvalFunction.Call1(default, JsValue.FromString("1 + 1")));
        Assert.Equal("EvalError", JsException.Describe(eval.Value).Split(':')[0]);
        Assert.Contains("OdenCompilerHook.Install", JsException.Describe(eval.Value), StringComparison.Ordinal);
        var function = Assert.Throws<JsException>(() => realm.Intrinsics.FunctionConstructor.Call1(default, JsValue.FromString("return 1")));
        Assert.Equal("TypeError", JsException.Describe(function.Value).Split(':')[0]);
        // A non-string argument needs no compiler.
        Assert.Equal(42.0, realm.Intrinsics.EvalFunction.Call1(default, JsValue.FromNumber(42)).AsNumber);
    }

    [Fact]
    public void Hook_CompilesIndirectEvalAndFunction_WithoutAScript()
    {
        var realm = new Realm();
        OdenCompilerHook.Install(realm);
        Assert.Equal(7.0, realm.Intrinsics.EvalFunction.Call1(default, JsValue.FromString("var seven = 3 + 4; seven")).AsNumber);
        Assert.True(realm.GlobalObject.HasProperty("seven"));
        var add = realm.Intrinsics.FunctionConstructor.Call3(default, JsValue.FromString("a"), JsValue.FromString("b"), JsValue.FromString("return a * b"));
        Assert.Equal(42.0, Ops.Call2(realm, add, default, JsValue.FromNumber(6), JsValue.FromNumber(7), "add").AsNumber);
    }

    [Fact]
    public void RepeatedEval_ReusesCompiledCode()
    {
        var (emit, pe, pdb) = JsRunner.Compile("var s = 0; for (var i = 0; i < 100; i++) s += eval('i + 1'); console.log(s);");
        Assert.True(emit.Success);
        var (output, count) = RunCountingAssemblies(pe, pdb);
        Assert.Equal("5050\n", output);
        Assert.Equal(2, count); // the script and one eval assembly
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Output, int Assemblies) RunCountingAssemblies(byte[] pe, byte[] pdb)
    {
        int count = 0;
        var host = new CapturingHost();
        var alc = new Runtime.Loading.ScriptLoadContext("count");
        try
        {
            var assembly = alc.LoadScript(new MemoryStream(pe), new MemoryStream(pdb));
            Runtime.Loading.ScriptThread.Run(() =>
            {
                var realm = new Realm(host);
                OdenCompilerHook.Install(realm, alc);
                ScriptAssembly.Run(assembly, realm);
                count = alc.Assemblies.Count();
                return 0;
            });
        }
        finally
        {
            alc.Unload();
        }
        return (host.Stdout.ToString(), count);
    }

    [Fact]
    public void Unload_AfterEvalAndNewFunction_ContextIsCollected()
    {
        WeakReference context = RunAndUnload(
            "function f(x) { return eval('var y = x * 2; y + 1'); }\n" +
            "var g = new Function('a', 'return a + 1');\n" +
            "with ({ k: 1 }) { console.log(f(1), g(k), (0, eval)('typeof g')); }\n" +
            "try { eval('{'); } catch (e) { console.log(e.name); }\n");
        Assert.True(Oden.TestUtilities.JsRunner.WaitForCollection(context), "the script's AssemblyLoadContext (with its eval code) was not collected");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunAndUnload(string js)
    {
        var (emit, pe, pdb) = JsRunner.Compile(js);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var (output, error) = JsRunner.Execute(pe, pdb, out WeakReference context);
        Assert.Null(error);
        Assert.Equal("3 2 undefined\nSyntaxError\n", output);
        return context;
    }

    [Fact]
    public void ErrorInsideEval_StackNamesTheEvalAndItsCaller()
    {
        var result = JsRunner.Run("function handler() {\n  return eval('1;\\nnull.boom');\n}\ntry { handler(); } catch (e) { console.log(e.stack.split('\\n').slice(0, 3).join('|')); }\n", path: "handler.js");
        Assert.True(result.Compiled && result.Error is null, result.Error);
        Assert.Matches(@"^TypeError: .*\|    at eval \(eval at handler \(handler\.js:2:10\), <anonymous>:2:\d+\)\|    at handler \(handler\.js:2:\d+\)", result.Output.TrimEnd());
    }

    [Fact]
    public void RunawayLoopInsideEval_IsInterrupted()
    {
        var saved = Oden.TestUtilities.JsRunner.TimeLimit;
        Oden.TestUtilities.JsRunner.TimeLimit = TimeSpan.FromSeconds(1);
        try
        {
            var result = JsRunner.Run("try { eval('while (true) {}'); } catch (e) { console.log('caught'); }");
            Assert.StartsWith("interrupted", result.Error);
            Assert.Equal("", result.Output);
        }
        finally
        {
            Oden.TestUtilities.JsRunner.TimeLimit = saved;
        }
    }

    [Fact]
    public void DeepRecursionThroughEval_IsRangeError()
    {
        JsRunner.ExpectOutput("function r(n) { return eval('r(n + 1)'); }\ntry { r(0); } catch (e) { console.log(e.name); }", "RangeError");
    }

    /// <summary>A direct eval's arguments: several (the first is the code), or spread.</summary>
    [Theory]
    [InlineData("var k = 2; console.log(eval('k * 3', 'ignored'));", "6")]
    [InlineData("var k = 2; console.log(eval(...['k + 1']));", "3")]
    [InlineData("function f(...a) { var k = 5; return eval(...a); } console.log(f('k - 1'), f());", "4 undefined")]
    [InlineData("function* g(a) { var k = 1; yield eval('k + a'); yield eval('k * 10'); } console.log([...g(2)].join());", "3,10")]
    public void DirectEval_Arguments_FirstIsTheCode(string js, string expected) => JsRunner.ExpectOutput(js, expected);

    /// <summary>A call through a name that a with object or eval could intercept, with spread arguments.</summary>
    [Theory]
    [InlineData("var o = { f(...a) { return this === o && a.join(); } }; with (o) { console.log(f(...[1, 2, 3])); }", "1,2,3")]
    [InlineData("function h(...a) { return a.join('+'); } function g() { eval(''); return h(...[4, 5]); } console.log(g());", "4+5")]
    [InlineData("with ({}) { try { nothing(...[1]); } catch (e) { console.log(e.message); } }", "nothing is not defined")]
    public void DynamicNameCall_SpreadArguments(string js, string expected) => JsRunner.ExpectOutput(js, expected);
}
