using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.Cli.Commands;

/// <summary>odenc run script.js: compile in memory, run in a fresh realm, report an uncaught error.</summary>
internal static class RunCommand
{
    public static int Execute(CommandLine options, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(options.Input))
        {
            stderr.WriteLine($"{options.Input}: error ODN0001: file not found");
            return 1;
        }

        var compilation = OdenCompilation.Create(options.Input, new CompilationOptions
        {
            Mode = options.ClassicScript ? ScriptMode.ClassicScript : ScriptMode.CommonJsModule,
        });

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(pe, pdb);
        Reporting.Print(result.Diagnostics, compilation, stderr);
        if (!result.Success) return 1;

        pe.Position = 0;
        pdb.Position = 0;
        var context = new ScriptLoadContext(Path.GetFileName(options.Input));
        var assembly = context.LoadScript(pe, pdb);
        var host = new WriterHost(stdout, stderr);
        return ScriptThread.Run(() =>
        {
            var realm = new Realm(host);
            try
            {
                ScriptAssembly.Run(assembly, realm);
                // Promise jobs, timers and immediates until none is left, as node does.
                using var loop = new EventLoop(realm);
                loop.RunUntilComplete();
                return 0;
            }
            catch (JsException e)
            {
                stdout.Flush();
                stderr.WriteLine(e.JsStack);
                if (Environment.GetEnvironmentVariable("ODEN_DOTNET_STACK") == "1")
                {
                    // For debugging the runtime or the compiler: the .NET frames behind the JavaScript error.
                    stderr.WriteLine(e.ToString());
                }

                return 1;
            }
            catch (ScriptInterruptedException e)
            {
                stderr.WriteLine("odenc: " + e.Message);
                return 1;
            }
        });
    }

    private sealed class WriterHost(TextWriter stdout, TextWriter stderr) : IRealmHost
    {
        public void WriteConsole(ConsoleLevel level, string text) =>
            (level is ConsoleLevel.Warn or ConsoleLevel.Error ? stderr : stdout).WriteLine(text);
    }
}
