// The Oden side of the workload benchmark: the workload compiles as a classic script (its top-level
// `function run()` becomes a global), loads into a collectible context, runs its top level once, and
// each Run() calls the global run() through the runtime's ordinary call path.
using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.Benchmarks;

internal sealed class OdenEngine : IWorkloadEngine
{
    private Realm? _realm;
    private JsFunction? _run;

    public string Name => "Oden";

    public void Load(string path, string source)
    {
        var compilation = OdenCompilation.Create(new SourceFile(Path.GetFileName(path), source), new CompilationOptions { Mode = ScriptMode.ClassicScript });
        var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        pe.Position = 0;
        var assembly = new ScriptLoadContext(Path.GetFileName(path)).LoadScript(pe, null);
        _realm = new Realm();
        ScriptAssembly.Run(assembly, _realm);
        _run = _realm.GlobalObject.Get("run").TryGetObject as JsFunction
            ?? throw new InvalidOperationException($"{path} defines no global function run()");
    }

    public string Run()
    {
        JsValue value = _run!.Call0(JsValue.Undefined);
        return value.IsString ? value.AsString() : value.IsNumber ? NumberFormatting.ToString(value.AsNumber) : value.ToString();
    }
}
