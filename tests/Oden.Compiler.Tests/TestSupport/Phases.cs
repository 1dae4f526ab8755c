// Runs the front phases on a source string, on the compiler's large-stack thread, for tests that look
// at one phase's output.
using Oden.Compiler.Binding;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Lowering;
using Oden.Compiler.Parsing;

namespace Oden.Compiler.Tests.TestSupport;

internal static class Phases
{
    public const string Path = "test.js";

    public static (BoundScript? Script, IReadOnlyList<Diagnostic> Diagnostics) Bind(string source, ScriptMode mode = ScriptMode.CommonJsModule) =>
        LargeStackThread.Run(() =>
        {
            var diagnostics = new DiagnosticBag();
            var file = new SourceFile(Path, source);
            var ast = JsParser.Parse(file, mode, diagnostics);
            var bound = ast is null ? null : Binder.Bind(ast, file, mode, diagnostics);
            return (bound, diagnostics.ToSortedList());
        });

    public static BoundScript LowerOrFail(string source, ScriptMode mode = ScriptMode.CommonJsModule) =>
        LargeStackThread.Run(() =>
        {
            var diagnostics = new DiagnosticBag();
            var file = new SourceFile(Path, source);
            var ast = JsParser.Parse(file, mode, diagnostics);
            var bound = ast is null ? null : Binder.Bind(ast, file, mode, diagnostics);
            var lowered = bound is null ? null : Lowerer.Lower(bound, diagnostics);
            Assert.True(lowered is not null, "lowering failed:\n" + string.Join("\n", diagnostics.ToSortedList()));
            return lowered!;
        });

    public static IReadOnlyList<Diagnostic> Diagnose(string source, ScriptMode mode = ScriptMode.CommonJsModule) => Bind(source, mode).Diagnostics;

    public static BoundScript BindOrFail(string source, ScriptMode mode = ScriptMode.CommonJsModule)
    {
        var (script, diagnostics) = Bind(source, mode);
        Assert.True(script is not null, "binding failed:\n" + string.Join("\n", diagnostics));
        return script!;
    }
}
