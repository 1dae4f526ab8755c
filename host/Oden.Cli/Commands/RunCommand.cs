using Oden.Compiler;
using Oden.Hosting;
using Oden.Hosting.Loading;
using Oden.Runtime;
using Oden.Runtime.Loading;

namespace Oden.Cli.Commands;

/// <summary>odenc run script.js: compile in memory (ScriptLoader, as the host does), run in a fresh realm, report an uncaught error.</summary>
internal static class RunCommand
{
    public static int Execute(CommandLine options, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(options.Input))
        {
            stderr.WriteLine($"{options.Input}: error ODN0001: file not found");
            return 1;
        }

        LoadResult load = ScriptLoader.Load(OdenHandlerSource.FromFile(options.Input), Path.GetFileNameWithoutExtension(options.Input),
            options.ClassicScript ? ScriptMode.ClassicScript : ScriptMode.CommonJsModule, countCacheAccesses: options.InlineCacheStats);
        if (load.Script is not { } script)
        {
            stderr.WriteLine(load.Error);
            return 1;
        }

        var host = new WriterHost(stdout, stderr);
        return ScriptThread.Run(() =>
        {
            var realm = new Realm(host);
            OdenCompilerHook.Install(realm, script.Context);
            try
            {
                script.Entry(realm);
                // Promise jobs, timers and immediates until none is left, as node does.
                using var loop = new EventLoop(realm);
                loop.RunUntilComplete();
                if (options.InlineCacheStats) stderr.WriteLine(Oden.Runtime.CompilerServices.InlineCacheStatistics.Collect(script.Context.Assemblies));
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

        /// <summary>
        /// A rejection still unhandled after the microtasks that followed it: as in node (whose default is
        /// --unhandled-rejections=throw), it ends the run like an uncaught error, with its stack and exit code 1.
        /// </summary>
        public void OnUnhandledRejection(Realm realm, JsObject promise, JsValue reason) => throw new JsException(reason);
    }
}
