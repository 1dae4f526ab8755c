// odenc: the one command users type. Compile (the default), run, serve.
//   odenc handler.js -o handler.dll [--script] [--embed-pdb]
//   odenc run [--script] script.js
//   odenc serve handler.js|handler.dll [--urls http://127.0.0.1:8080] [--watch]
using System.Reflection;
using Oden.Cli.Commands;

namespace Oden.Cli;

public static class Program
{
    internal const string Usage = """
        odenc — compile JavaScript to .NET assemblies

        Usage:
          odenc <file.js> [-o <out.dll>] [--script] [--embed-pdb]
              Compile a CommonJS script and every file it require()s with a literal relative path
              into one assembly. Writes <out.dll> (default: <file>.dll next to the script) and a
              portable PDB beside it (<out>.pdb), or inside it with --embed-pdb.
          odenc run [--script] [--ic-stats] <file.js>
              Compile in memory and run (promise jobs and timers until none is left).
              console.log/info/debug go to stdout, warn/error to stderr. An uncaught error prints its
              JavaScript stack and exits with code 1. --ic-stats compiles a build whose sites count
              their accesses and prints the state of the script's inline caches to stderr at the end
              (cold/mono/poly/megamorphic sites; accesses, hits and misses).
          odenc serve <handler.js|handler.dll> [--urls <url>] [--watch] [--realms <n>]
              Serve an HTTP handler (registerExpressHandler, registerEventHandler or a module worker)
              on Kestrel (default --urls http://127.0.0.1:8080). --watch reloads on save.

        Options:
          -o, --output <path>   Where to write the assembly.
          --script              Treat the file as a classic script instead of a CommonJS module:
                                top-level var and function declarations become global properties
                                and `this` is the global object (as test suites expect).
          --embed-pdb           Embed the debug information in the assembly.
          -h, --help            Show this help.
          --version             Show the compiler and runtime ABI versions.

        Diagnostics print as `handler.js:3:5: error ODN1001: SyntaxError: …` with the source line and
        a caret. Exit codes: 0 success, 1 compile error or uncaught JavaScript error, 2 bad usage.
        """;

    public static int Main(string[] args)
    {
        try
        {
            return Dispatch(args, Console.Out, Console.Error);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("odenc: " + e.Message);
            Console.Error.WriteLine("Run 'odenc --help' for usage.");
            return 2;
        }
    }

    internal static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args.Contains("-h") || args.Contains("--help") || args[0] == "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "--version")
        {
            string version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            stdout.WriteLine($"odenc {version} (runtime ABI {Oden.Runtime.CompilerServices.RuntimeAbi.Version})");
            return 0;
        }

        if (args[0] == "run")
        {
            return RunCommand.Execute(CommandLine.Parse(args[1..], allowOutput: false), stdout, stderr);
        }

        if (args[0] == "serve")
        {
            return ServeCommand.Execute(ServeOptions.Parse(args[1..]), stdout, stderr);
        }

        if (args[0] == "compile")
        {
            args = args[1..];
        }

        return CompileCommand.Execute(CommandLine.Parse(args, allowOutput: true), stdout, stderr);
    }
}

internal sealed class UsageException(string message) : Exception(message);

/// <summary>The parsed options shared by the commands.</summary>
internal sealed record CommandLine(string Input, string? Output, bool ClassicScript, bool EmbedPdb, bool InlineCacheStats = false)
{
    public static CommandLine Parse(string[] args, bool allowOutput)
    {
        string? input = null;
        string? output = null;
        bool script = false;
        bool embed = false;
        bool icStats = false;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "-o" or "--output" when allowOutput:
                    if (i + 1 >= args.Length) throw new UsageException($"{a} needs a path");
                    output = args[++i];
                    break;
                case "--script":
                    script = true;
                    break;
                case "--embed-pdb" when allowOutput:
                    embed = true;
                    break;
                case "--ic-stats" when !allowOutput:
                    icStats = true;
                    break;
                default:
                    if (a.StartsWith('-')) throw new UsageException($"unknown option '{a}'");
                    if (input is not null) throw new UsageException($"more than one input file ('{input}', '{a}')");
                    input = a;
                    break;
            }
        }

        if (input is null) throw new UsageException("no input file");
        return new CommandLine(input, output, script, embed, icStats);
    }
}
