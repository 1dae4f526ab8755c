using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.Builtins;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.Benchmarks;

/// <summary>Compiles the workload as a classic script (so run() is a global), loads it, calls run().</summary>
internal sealed class OdenEngine : IWorkloadEngine
{
    private Realm? _realm;
    private JsFunction? _run;

    public string Name => "Oden";

    public void Load(string path, string source)
    {
        var compilation = OdenCompilation.Create(new SourceFile(path, source), new CompilationOptions { Mode = ScriptMode.ClassicScript });
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(pe, pdb);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        pe.Position = 0;
        pdb.Position = 0;
        var assembly = new ScriptLoadContext("bench").LoadScript(pe, pdb);
        _realm = new Realm();
        ScriptAssembly.Run(assembly, _realm);
        _run = (JsFunction)_realm.GlobalObject.Get("run").AsObject;
    }

    public string Run()
    {
        JsValue v = _run!.Call0(default);
        if (v.IsObject && v.AsObject is JsPromise promise)
        {
            // An async workload: drain the jobs its promises queued, then read the settled result.
            _realm!.Jobs.RunUntilIdle();
            if (promise.State != PromiseState.Fulfilled) throw new InvalidOperationException($"run() promise is {promise.State}: {promise.Result}");
            v = promise.Result;
        }

        return v.IsNumber ? NumberFormatting.ToString(v.AsNumber) : v.ToString();
    }
}
